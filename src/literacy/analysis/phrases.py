"""The source phrase: a small grammar of Arabic noun phrases, driven by the lexicon.

A phrase starts at a head — a quantifier («أحد», «عدد من»), an anonymous noun («مصادر»,
«شهود»), a title («وزير», «قائد»), an organisation («وزارة», «الجيش»), a group («حلفاء»),
a document («بيان») or a known name — and grows while the next word can belong to it:
an adjective that agrees in definiteness (nisba «السوري», «ميدانيون», a participle
«المتواجدون»), a genitive after a noun in construct («وزارة الدفاع», «غرفة عمليات حلفاء
سوريا»), a coordinated noun («وحلفاؤه»), a name, a preposition inside an anonymous phrase
(«مسؤول في الوزارة»), and «رفض الكشف عن اسمه». Anything else ends it.

The kind follows from the head: quantifiers and anonymous nouns stay anonymous whatever
adjectives follow («قائد عسكري رفيع»), a singular definite title is a person («وزير
الخارجية»), an organisation needs to be named («وكالة» alone is anonymous).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from literacy.analysis import names_ar
from literacy.analysis import wordclass as wc
from literacy.analysis.document import Document
from literacy.analysis.lexicon import Hit
from literacy.analysis.model import SourceKind
from literacy.analysis.rows import DATE_SIGNALS, SURNAME_CATEGORIES, SourceWordRow

_MAX_TOKENS = 18
_TAIL_WINDOW = 6
_BACK_WINDOW = 12
_JOINED_TAIL = 2  # words after subjects joined by «و» before their verb, still theirs

_LINKING_HEADS = ("anonymous", "title", "quantifier")
_REPORT_AHEAD = 10  # words between a quoted newspaper's verb and what it said
_THOSE_WHO = 7  # words of «حضروا اجتماع المجلس البلدي» after «بعض من», up to the report
_INSTITUTION_HEADS = ("title", "organization", "document", "named_organization")
_PEOPLE_OR_REPORTS = ("anonymous", "title", "document", "person")
_POINTED_AT = ("anonymous", "title", "document", "organization")  # «هذا الشاهد»
_QUOTE_SPAN = 5
_QUOTED_PHRASE_SPAN = 9  # «"الهيئة العامة لسلامة الغذاء في الكويت"»: a source phrase
_BRACKETED = 5  # «(TGC)», «(إيكاو)»: an abbreviation in brackets after a name
_ASIDE_SPAN = 9  # «، في نسختها التابعة لحكومة عدن،» before a verb, commas included
_CONTEXT_SPAN = 5  # «في مؤتمر صحفي» before a verb
_RELATIVE_ASIDE_SPAN = 16  # «، الذي …،»: an aside that opens with a relative pronoun
_COMMAS = ("،", ",")  # «وكانت مصادر مطلعة, أوضحت»: the Latin comma in Arabic text too
_APPOSED_NAME = 4  # words of a name between two commas after an office
_NAME_RUN_ON = 3  # «حركة الراية السوداء اتهمت»: words of a name between its head and the verb
_PUBLISHED_REACH = 6  # «نشرت في 10 أكتوبر في مجلة …»
_NAME_LIST_REACH = 5  # «سامي حداد وكريم»: words to the next name of a list
_TITLE_RELATIVE = 8  # «… المتحدث باسم الشركة التي تدير الميناء إن»: words up to the report
# what ends a sentence: unknown words running up to one are no name («أشاد الرئيس بجهودهم.»)
FULL_STOPS = frozenset({".", "!", "?", "؟"})


@dataclass(frozen=True, slots=True)
class Phrase:
    i: int  # first token
    j: int  # one past the last token
    nstart: int  # normalised start (may skip letters glued to the first token)
    nend: int
    kind: SourceKind
    head: str = "anonymous"  # the head's role: a statement («بيان») makes the source official


@dataclass(slots=True)
class _State:
    head: str
    definite: bool
    plural: bool
    construct: bool  # the last noun awaits a genitive
    genitive: bool = False  # some genitive filled a construct
    uncut: bool = False  # a sound plural with its «ن» («محتجون»): in no construct
    named: bool = False
    hidden: bool = False  # «رفض الكشف عن اسمه», «بلاغ مقدم من مواطنين»: nobody named
    quantified: bool = False
    linked: bool = False  # a preposition already continued the phrase («مسؤول في …»)
    coordinated: bool = False  # a second head joined by «و» («… وقيادة الحرس الثوري»)
    # the last noun is an institution or office that «لـ» may complete («… للشركة
    # العمانية», «باسم الأمين العام» + «للأمم المتحدة»)
    institution: bool = False
    titled: bool = False  # a name took its title after it («… المنصوري المدير العام»)
    # the noun after a link has the article: its adjectives have it too, whatever the head's
    # («متحدث باسم المفوضية الأوروبية», «مسؤول في الحكومة البريطانية»)
    linked_definite: bool = False
    # an office without the article, then «في …»: one of many («عضو في مكتب المرشد»)
    one_of: bool = False
    # the head itself has the article: «الناشط في المعارضة» is one known person
    head_definite: bool = False
    # a common noun without the article completes the construct: «مركز أبحاث», «وكالة
    # أنباء» say what kind of institution, not which one
    common_genitive: bool = False
    # a relative's genitive is a name: the names after it say whose relative («عائلة حمزة بن
    # دلاج»), not who speaks
    kin: bool = False
    # the head is a trade, not an office («استشاري أمراض معدية»): unnamed without a name
    profession: bool = False
    own_links: frozenset[str] = frozenset()  # the head's own links: «النائب عن …»
    # a statement's genitive is a person's office or someone unnamed («بيان لوزير
    # الخارجية», «تصريح لمسؤول في الوزارة»): whose kind the statement takes
    speaker: str | None = None


def parse_phrase(
    doc: Document, i: int, hi: int, *, cut: int = 0, genitive: bool = False
) -> Phrase | None:
    """The source phrase starting at token i (skipping `cut` glued letters), or None.

    With `genitive` (after a noun cue such as «إعلان») only a named phrase counts.
    """
    if i >= hi:
        return None
    if doc.words[i] in doc.lexicon.grammar.quote_marks:
        return _quoted(doc, i, hi)  # «قالت "حماس"»
    if doc.words[i] == "(" and (close := _bracketed_name(doc, i, hi)) is not None:
        return _bracketed_outlet(doc, i, close)  # «وخلصت (تايم) إلى أن»
    if doc.is_punct(i):
        return None
    if not cut and doc.words[i] in doc.lexicon.grammar.demonstratives and i + 1 < hi:
        # «وحسب هذا الشاهد», «هذه المصادر»: the one named before, pointed at again
        inner = parse_phrase(doc, i + 1, hi)
        if inner is None or inner.i != i + 1 or inner.head not in _POINTED_AT:
            return None
        return inner
    if (
        not cut
        and doc.words[i] in doc.lexicon.grammar.honorific_starts
        and (honoured := _honoured(doc, i, hi)) is not None
    ):
        return honoured  # «معالي وزير الخارجية», «صاحب السمو الشيخ …»
    word = doc.words[i][cut:]
    restored = _article_after_lam(doc, i, cut)
    if restored is not None:
        word = restored  # «وفقاً للوزير»: «ل» + «الوزير», though the text shows «لوزير»
    # «علي الحسيني», «أم أحمد»: a name written like a function word
    written_name = not cut and (names_ar.written_name(doc, i) or names_ar.kunya(doc, i))
    if (
        word in doc.lexicon.grammar.function_words
        and not _office_as_written(doc, i, cut)
        and not written_name
    ):
        return None  # «أمام» is never «إمام», «على» never «علي»
    # the token's own readings when it is read whole (the document dropped «قوى» + «ه»
    # from «قوية»); a lookup when a glued letter was cut or restored
    hits = doc.hits[i] if word == doc.words[i] else wc.lookup(doc, word)
    grammar = doc.lexicon.grammar
    if len(word) > 3 and word[0] in grammar.conjunction_letters:
        stripped = wc.lookup(doc, word[1:])
        head = wc.head(hits)
        if wc.head(stripped) and (not head or (head == wc.head(stripped) and _glued(hits))):
            # «ومصادر تتحدث»: the source is «مصادر», its «و» the sentence's
            cut, word, hits = cut + 1, word[1:], stripped
    glued = (
        not cut and word[:1] in grammar.preposition_letters and all(h.affixed for h in hits)
    ) and bool(hits)
    if glued and wc.head(wc.lookup(doc, word[1:])):
        return None  # «قال لوكالة …»: whom it was said to, not who said it
    # «للوزير», whole: «لوزير» would read "for a minister"
    nstart = doc.starts[i] + (cut - 1 if restored is not None else cut)

    state: _State | None = None
    k = i
    head = wc.head(hits)
    if word in grammar.name_particles and all(h.rest for h in hits):
        # «عبد الله الشمري»: a particle is no listed name («عبد الناصر») unless it goes on as one
        head = wc.multiword_head(doc, i, hi, hits)
    if head is None and (written_name or (word in grammar.name_particles and i + 1 < hi)):
        head = "person"  # «أبو بكر البغدادي», «عبد الرحمن»
        if (
            not written_name
            and not doc.is_punct(i + 1)
            and (not names_ar.function_word(doc, i + 1) or names_ar.spelled_as_name(doc, i + 1))
        ):
            k += 1  # the particle takes the word after it, whatever it is («آيت الطالب», «أبو علي»)
    if head is None and (described := _described(doc, i, word, hi)) is not None:
        return described  # «الفلكي توني فيليبس إن», «المصري محمد صلاح إن»
    if (
        head is None
        and word in grammar.superlatives
        and i + 1 < hi
        and wc.head(doc.hits[i + 1]) == "document"
        and (latest := parse_phrase(doc, i + 1, hi)) is not None
    ):
        # «بحسب آخر حصيلة رسمية»: the latest of a document, which heads the phrase
        return Phrase(i, latest.j, nstart, latest.nend, latest.kind, latest.head)
    if head is None and not cut and (seat := government_seat(doc, i)) is not None:
        return seat  # «وتقول موسكو إن …»: the capital for its government
    if head is None and (counted := _counted(doc, i, hi)) is not None:
        return counted  # «ثلاثة مصادر مطلعة», «5 مسؤولين»: how many, still nobody named
    if head is None and _nationals(doc, i, word, hits):
        # «وتظاهر اللبنانيون … مطالبين»: a people, nobody the reader can ask (what follows
        # is where or how they are, «في احتجاجات», seldom who)
        return Phrase(i, i + 1, nstart, doc.ends[i], "anonymous", "anonymous")
    if head is None and names_ar.abbreviated_title(doc, i, hi):
        head = "person"  # «د. خالد الزعاق»
        k = names_ar.abbreviated_name(doc, i + 2, hi) - 1
    if head == "quantifier" and names_ar.possessed(doc, word) and wc.nounish(doc, i):
        # «أحدهم», «بعضهم», «إحداهن»: one or some of a group named before, nobody in particular
        return Phrase(i, i + 1, nstart, doc.ends[i], "anonymous")
    if head == "quantifier":
        k += 1
        if k < hi and doc.words[k] in grammar.quantifier_links:
            k += 1
        if k >= hi:
            return None
        hits, word = doc.hits[k], doc.words[k]
        if (
            k == i + 1
            and bare_word(doc, doc.words[i]) in grammar.named_groups
            and word in grammar.quote_marks
            and (close := _closing_quote(doc, _last_mark(doc, k, hi), hi)) is not None
        ):
            # «مجموعة "الفجر" للاتصالات»: a company named in quotation marks
            end = _last_mark(doc, close, hi) + 1
            return Phrase(i, end, nstart, doc.ends[end - 1], "organization", "organization")
        if word in grammar.function_words and not _office_as_written(doc, k, 0):
            # «وتظاهر المئات أمام البرلمان»: «أمام» is no «إمام»; the crowd is the source
            definite = doc.lexicon.morphology.split_article(doc.words[i])[0]
            if definite and k == i + 1:
                return Phrase(i, k, nstart, doc.ends[i], "anonymous")
            return None
        head = wc.head(hits)
        if (
            head is None
            and k == i + 1
            and bare_word(doc, doc.words[i]) in grammar.named_groups
            and doc.lexicon.morphology.split_article(word)[0]
            and not (wc.nisba(doc, word) or names_ar.people(doc, word, hits))
        ):
            # «مجموعة الاتصالات الفلسطينية», «مجموعة العشرين»: a company or a club of states
            # named so (not «مجموعة من المواطنين», «مجموعة الأطباء»: some people)
            end = k + 1
            while end < hi and end - k < _NAME_RUN_ON and wc.adjective(doc, end, True):
                end += 1
            return Phrase(i, end, nstart, doc.ends[end - 1], "organization", "organization")
        if head is None and k == i + 2 and (end := _those_who(doc, k, hi)) is not None:
            # «وقال بعض من حضروا الاجتماع إن …»: some of those who did something, unnamed
            return Phrase(i, end, nstart, doc.ends[end - 1], "anonymous")
        if head is None and not (wc.nisba(doc, word) or names_ar.people(doc, word, hits)):
            return None  # «أحد المسؤولين», «أحد المحققين», never «أحد الأيام»
        state = _State(
            head or "anonymous", wc.definite(doc, word, hits), True, False, quantified=True
        )
        entity = wc.entity_extent(doc, k, hi, hits)
        if entity > 1:  # «بعض وسائل الإعلام»: the whole of a listed phrase
            k += entity - 1
            state.definite = state.definite or bool(
                doc.lexicon.morphology.split_article(doc.words[k])[0]
            )
    elif head is None:
        return None
    if state is None:
        head = wc.multiword_head(doc, k, hi, hits) or head
        plural = wc.plural(doc, word, hits)
        definite = wc.definite(doc, word, hits)
        # «محتجون», «مسؤولين»: people in a sound plural with its «ن» are in no construct
        # (the genitive after it would be «محتجو الحزب»); what follows is no genitive of
        # theirs (documents keep their «لـ»: «بيانين لمنظمتين», two groups' statements)
        uncut = plural and head in ("anonymous", "title") and word.endswith(names_ar.PEOPLE_PLURALS)
        state = _State(
            head,
            definite,
            plural,
            construct=not definite and not uncut and head not in wc.HEAD_ENTITIES.values(),
            uncut=uncut,
        )
        state.named = head == "person"
        state.institution = head == "organization"
        # «عائلة حمزة بن دلاج», «شقيق الرئيس محمد مرسي»: a relative in construct; the names
        # after it say whose relative (not «الوالدة سعاد محمد», named in apposition)
        state.kin = state.construct and _kin(doc, k)
        state.profession = head == "title" and _marked(doc, k, lambda row: row.profession)
        state.own_links = _own_links(doc, k)
        state.head_definite = definite
        entity = wc.entity_extent(doc, k, hi, hits)
        if entity > 1:  # «الأمم المتحدة», «رئيس الوزراء», «مدير عام»
            k += entity - 1
            last = doc.words[k]
            if doc.lexicon.morphology.split_article(last)[0] or head == "named_organization":
                # «رئيس الوزراء»: complete; «حزب الله» a name, definite as names are
                # («حزب الله اللبناني»)
                state.construct, state.definite, state.genitive = False, True, True
            elif last in grammar.function_words:
                state.construct = True  # «القائمون على»: what they are in charge of follows
    # «المصلحة الوطنية لنهر الليطاني» is an authority, «المصلحة الوطنية» the national interest
    place_only = (
        wc.entity_extent(doc, i, hi) < 2
        and any(h.kind == "source" and h.entry in grammar.place_genitive_heads for h in hits)
        # a listed name is named already: «مصلحة السجون»; so is the service after it:
        # «مصلحة الدفاع المدني»
        and not (
            i + 1 < hi
            and any(
                h.kind == "entity" and h.role == "organization" and doc.extent(i + 1, h)
                for h in doc.hits[i + 1]
            )
        )
    )
    k += 1
    k = _grow(doc, k, hi, i, state)
    if place_only and not _names_a_place(doc, i + 1, k):
        return None
    quotes = doc.lexicon.grammar.quote_marks
    dangling = sum(1 for t in range(i, k) if doc.words[t] in quotes) % 2
    if k > i + 1 and doc.words[k - 1] in quotes and dangling:
        k -= 1  # an opening quote left at the end
    people = (state.head == "anonymous" and doc.words[i].endswith(names_ar.PEOPLE_PLURALS)) or (
        state.head in ("anonymous", "group")
        and any(h.plural for h in doc.hits[i] if h.kind == "source")
    )  # «تصريحات قوى سياسية», «روايات شهود»: plural people nobody names
    if genitive and not (
        state.named or state.definite or state.genitive or people
    ):  # «اتهامات مسؤولين أمريكيين»: unnamed, but who speaks; not «تصريحات صحفية»
        return None
    if (named := _named_between_commas(doc, k, hi, state)) is not None:
        return Phrase(i, named.j, nstart, named.nend, "person", state.head)
    if (
        not state.named
        and (state.quantified or not (state.genitive or state.linked or state.kin))
        and (close := _name_in_brackets(doc, k, hi)) is not None
    ):
        # «أحد الباحثين في المعهد (سامر حداد)»: the person described, named in brackets
        # (not «محامي المتهم (خالد سعيد)», «مسؤول في مدرسة (خالد بن الوليد)»: the name of
        # the genitive or of the place)
        return Phrase(i, close + 1, nstart, doc.ends[close], "person", state.head)
    return Phrase(i, k, nstart, doc.ends[k - 1], _kind(state), state.head)


def own_record(doc: Document, phrase: Phrase) -> bool:
    """Is the phrase one word, a page or a statement with a possessive pronoun («صفحته»,
    «بيانها»): the article's own word for a speaker it has named, made definite by the
    pronoun, not the article?"""
    if phrase.j != phrase.i + 1:
        return False
    if doc.lexicon.morphology.carries_article(doc.words[phrase.i]):
        return False  # «الصفحة», «وبالبيان», «للدراسة»: the article, after its clitics
    return any(
        h.kind == "source" and h.entry in doc.lexicon.grammar.own_records and h.definite
        for h in doc.hits[phrase.i]
    )


def _name_in_brackets(doc: Document, k: int, hi: int) -> int | None:
    """The closing bracket of a personal name in brackets at token k («(محمد سالم)»): a
    first name the lexicon knows, or two or three unknown words."""
    if k + 3 >= hi or doc.words[k] != "(":
        return None
    end = names_ar.name_run(doc, k + 1, hi)
    if end is None or end >= hi or doc.words[end] != ")":
        return None
    if names_ar.given_name(doc, k + 1) or (
        end - (k + 1) >= names_ar.UNKNOWN_NAME and unknown_name(doc, k + 1, end)
    ):
        return end
    return None


def _nationals(doc: Document, i: int, word: str, hits: tuple[Hit, ...]) -> bool:
    """«الإسرائيليون», «السوريين»: a nationality in the plural of people, standing alone."""
    return wc.definite(doc, word, hits) and (
        any(h.kind == "entity" and h.role == "nationality" for h in hits)
        and word.endswith(names_ar.PEOPLE_PLURALS)
    )


def _article_after_lam(doc: Document, i: int, cut: int) -> str | None:
    """After a cue that takes «لـ» («وفقاً لـ»), «لل» is «ل» and the article, whose alef the
    spelling drops: token i, its first `cut` letters cut off, read as «الوزير» for «للوزير».
    None when the word is not written so, or when the lexicon knows the word as it stands
    and not with the article («للبنان» is «ل» + «لبنان»)."""
    word = doc.words[i]
    prefix = doc.lexicon.grammar.genitive_prefix
    if not cut or not prefix or len(word) < cut + 3 or not word[cut - 1 :].startswith(prefix):
        return None
    article = doc.lexicon.morphology.article
    # «للوزير» is «ل» + «الوزير»; «للجنة» is «ل» + «اللجنة», whose own «ل» follows the article
    for restored in (article + word[cut + 1 :], article + word[cut:]):
        if wc.lookup(doc, restored):
            return restored
    return None if wc.lookup(doc, word[cut:]) else article + word[cut + 1 :]


def _described(doc: Document, i: int, word: str, hi: int) -> Phrase | None:
    """A definite nisba the lexicon does not know as a source word, then the person's title
    and name («الفلكي الدكتور توني فيليبس») or a name the report opens after («المصري محمد
    صلاح إن»): what the person is, then who. None otherwise."""
    if i + 1 >= hi or not wc.nisba(doc, word) or not wc.definite(doc, word, doc.hits[i]):
        return None
    title = _apposed_title(doc, i + 1, hi)
    if title is not None and title.j - title.i > 1:
        return Phrase(i, title.j, doc.starts[i], title.nend, "person", "title")
    end = names_ar.name_run(doc, i + 1, hi)
    if end is None:
        return None
    if not names_ar.report_opens(doc, end, hi):
        # «الإيطالي ماركو بيلي رئيس الاتحاد الدولي إن»: the name, then the office it holds
        office = parse_phrase(doc, end, hi)
        if office is None or office.head != "title" or not names_ar.report_opens(doc, office.j, hi):
            return None
        end = office.j
    return Phrase(i, end, doc.starts[i], doc.ends[end - 1], "person", "person")


def _names_a_place(doc: Document, lo: int, hi: int) -> bool:
    """Does a kind of place and then its name stand among tokens lo..hi («لنهر الليطاني»)?"""
    letters = doc.lexicon.grammar.preposition_letters
    for t in range(lo, hi - 1):
        word = doc.words[t]
        bare = word[1:] if word[:1] in letters else word
        if any(h.role == "place_trigger" for h in wc.lookup(doc, bare)) and wc.nounish(doc, t + 1):
            return True
    return False


def _names_someone(doc: Document, phrase: Phrase) -> bool:
    """Does the phrase hold a listed first or family name («الدكتور حاتم …») or a particle
    inside a name («العالية منت بوبكر»)?"""
    particles = doc.lexicon.grammar.name_particles
    return any(wc.name(doc.hits[t]) for t in range(phrase.i, phrase.j)) or any(
        doc.words[t] in particles for t in range(phrase.i + 1, phrase.j - 1)
    )


def _named_between_commas(doc: Document, k: int, hi: int, state: _State) -> Phrase | None:
    """«وقال محامي المتهمين، خالد أبو بكر، إن …», «المتحدث باسم الجيش، العقيد أحمد
    المسماري، إن …»: one person's office, then between two commas the name, then the report."""
    grammar = doc.lexicon.grammar
    if (
        state.head == "title"
        and state.genitive
        and k + 5 < hi
        and len(doc.words[k]) > 3
        and doc.words[k][0] in grammar.conjunction_letters
        and names_ar.written_definite(doc, k + 1)
        and doc.words[k + 2] in grammar.apposition_marks
    ):
        # «وزير الشباب والرياضة وإصلاح المنشآت، كمال الدرعي، …»: the last of the
        # ministry's fields, then the name between commas
        k += 2
    if (
        k + 3 >= hi
        or doc.words[k] not in grammar.apposition_marks
        or state.named
        or (state.plural and not state.quantified)  # «أحد السكان، محمد علي، إن»
        or state.head not in ("anonymous", "title")
        or not (state.definite or state.genitive)
    ):
        return None
    if doc.words[k + 1] in grammar.seat_prepositions:
        # «مدير الإعلام، في وزارة الصحة، سامي حداد، إن»: where the office sits, between
        # commas of its own, then the name
        seat = parse_phrase(doc, k + 2, hi)
        if seat is None or seat.kind != "organization" or seat.j + 3 >= hi:
            return None
        if doc.words[seat.j] != doc.words[k]:
            return None
        k = seat.j
    name = parse_phrase(doc, k + 1, hi)
    unknown = False
    if (
        name is not None
        and name.kind == "person"
        and name.j < hi
        and doc.words[name.j] != doc.words[k]
        and (end := _apposed_name_end(doc, k + 1, hi)) is not None
        and end > name.j
        and end < hi
        and doc.words[end] == doc.words[k]
    ):
        name = None  # «، خديجة منت محمد فال،»: the name runs on to the closing comma
    if name is None or name.kind != "person":
        # «أحد مستخدمي تويتر، غايسون إليا، أن»: two or three words the lexicon does not know
        end = names_ar.name_run(doc, k + 1, hi)
        if end is None or end - k <= names_ar.UNKNOWN_NAME or not unknown_name(doc, k + 1, end):
            end = _apposed_name_end(doc, k + 1, hi)
        if end is None:
            return None
        name = Phrase(k + 1, end, doc.starts[k + 1], doc.ends[end - 1], "person", "person")
        unknown = True
    if (
        (unknown or _names_someone(doc, name))
        and name.j < hi
        and doc.words[name.j] not in grammar.apposition_marks
        and name.j - name.i >= 2
        and (
            # where it was said ends only at the report it opens («إن», «:»)
            names_ar.context_ends(doc, name.j, hi) is not None
            # «، ماريا كوفاتش إلى أن»: no comma closes the name, the report opens after it
            or names_ar.report_opens(doc, name.j, hi)
        )
    ):
        return name  # «، سلمى قرداحي في حديث للإذاعة، إن»: where it was said, then the report
    if (
        name.j >= hi
        or doc.words[name.j] != doc.words[k]
        or not (
            # «وحذر وزير الصحة، رافائيل ديوغو، من …»: what the verb is about, where the
            # subject had to end
            name.j + 1 == hi
            or doc.words[name.j + 1] in grammar.content_openers
            # «أدان وزير الداخلية، سمير حداد، الهجوم»: the verb's object after the name
            or (unknown and _plain_name(doc, name))
            or _names_someone(doc, name)
            # «، ميريام كوتانيو، للإذاعة، إن»: whom it was told to, then the report; after
            # a rank and a name the lexicon does not know, where it was said («، العقيد
            # سامر فتوحي، في مؤتمر صحافي أن»)
            or (
                (unknown or name.head == "title")
                and (
                    names_ar.report_opens(doc, name.j + 1, hi, bridged=False)
                    or names_ar.context_ends(doc, name.j + 1, hi) is not None
                )
            )
        )
        or name.j - name.i < 2
        or not (unknown or name.head == "title" or _names_someone(doc, name))
    ):
        return None
    return name


def _apposed_name_end(doc: Document, start: int, hi: int) -> int | None:
    """One past a name the lexicon does not know in full, right after the comma that follows
    an office («مدير الهيئة، أوشيك سلطان،», «، مرتضى الزغبيري،», «، أدروب جبريل موسى،»): two to
    four words, each unknown, a first name, or (past the first) a title-like word without
    the article («سلطان»); a family name with the article may end it; at least one word
    the lexicon does not know at all. Nothing that is a cue, a place or an institution."""
    split_article = doc.lexicon.morphology.split_article
    particles = doc.lexicon.grammar.name_particles
    unknown = False
    j = start
    joined = 0  # particles, which lengthen a name without counting as one of its words
    while j < hi and j - start - joined < _APPOSED_NAME:
        if doc.is_punct(j) or doc.is_number(j) or names_ar.function_word(doc, j):
            break
        word = doc.words[j]
        # a multi-word entry whose other words are not there says nothing («سيدي بوزيد»)
        hits = tuple(h for h in doc.hits[j] if doc.extent(j, h))
        definite = split_article(word)[0]
        if (
            j == start
            and definite
            and j + 2 < hi
            and doc.words[j + 1] in particles
            and not doc.is_punct(j + 2)
        ):
            j += 3  # «المختار ولد داهي», «الحسن بن طلال»: with the article, then «son of»
            joined += 1
            unknown = True
            continue
        if j > start and word in particles and j + 1 < hi and not doc.is_punct(j + 1):
            j += 2  # «سيدي ولد الزحاف»: «son of», then the father's name
            joined += 1
            unknown = True
            continue
        if not hits:
            if wc.plural_shape(doc, word) and not names_ar.plural_shaped_name(doc, start, j, hi):
                return None  # «، برفقة مجندين،»: a group, not a name
            unknown = unknown or not definite
            j += 1
            if definite:
                break  # «الزغبيري»: a family name with the article ends the name
            continue
        if wc.name(hits) and not definite:
            j += 1
            continue
        titled = all(h.kind == "source" and h.role == "title" for h in hits)
        if j > start and not definite and titled:
            j += 1  # «أوشيك سلطان»
            continue
        break
    if j - start < names_ar.UNKNOWN_NAME or not unknown:
        return None
    grammar = doc.lexicon.grammar
    if any(
        bare_word(doc, doc.words[t]) in grammar.fronting_prepositions
        or bare_word(doc, doc.words[t]) in grammar.directions
        for t in range(start, j)
    ):
        return None  # «، عقب الاجتماع،», «، وسط تصفيق الحضور،», «، شمال البلاد،»: when or where
    if doc.words[start][:1] in grammar.preposition_letters:
        return None  # «، برفقة …،», «، بشكل حاد،»: with whom or how, not who
    return j


def _plain_name(doc: Document, name: Phrase) -> bool:
    """Are the words of an unlisted name free of a preposition's letter in front («بشكل
    حاد», «لهذا السبب»: how or why, between commas, not who)?"""
    letters = doc.lexicon.grammar.preposition_letters
    return not any(doc.words[t][:1] in letters for t in range(name.i, name.j))


def bare_name(doc: Document, i: int, hi: int, *, through_context: bool = False) -> Phrase | None:
    """Unlisted words right after a reporting verb, closed by what opens the report (a
    colon, a quotation, «أن»): a name the lexicon does not know («وأضاف كولفيل: …»). The
    name may hold «بن» or «أبو» («قيس بن سعود الزكواني»), take its title after it («…
    الرئيس التنفيذي للشركة»), and have a time between it and the report («، الأربعاء، إن»).
    With `through_context` (a verb of saying, which takes no object) a context such as «في
    تصريح لصحيفة …» may stand between too; after «أكد» it could be an object («وأكد ترحيبه
    في كلمة … أن»)."""
    if i + 1 < hi and doc.words[i] in doc.lexicon.grammar.content_openers:
        return None  # «ويقول إنه يتبنى "…"»: the report opens, no name before it
    if i + 1 < hi and names_ar.function_word_with_pronoun(doc, doc.words[i]):
        i += 1  # «قال عنها مفتاح "…"»: about it, then who said it
    if (
        i + 2 < hi
        and names_ar.written_definite(doc, i)
        and doc.has(i, "entity", "nationality")
        and not doc.has(i + 1, "entity")
        and (named := bare_name(doc, i + 1, hi, through_context=through_context)) is not None
        and named.kind == "person"
    ):
        # «وقال البرازيلي ماركينيوس مدرب الفريق إن …»: «the Turk», then his name
        return Phrase(i, named.j, doc.starts[i], named.nend, "person", "person")
    end = names_ar.name_run(doc, i, hi)
    if end is None and _titled_after(doc, i + 1, hi) is not None and _surname(doc, i):
        end = i + 1  # «صرح الحداد رئيس النادي»: a family name alone, then the title
    if end is None:
        if (
            i < hi
            and not names_ar.known(doc, i)
            and not names_ar.function_word(doc, i)  # «وأضافت بأنها "…"»: the report opens
            and names_ar.possessed(doc, doc.words[i])
            and names_ar.report_opens(doc, i + 1, hi)
        ):  # «زعم صاحبها أنها …»: its owner, somebody the article does not name
            return Phrase(i, i + 1, doc.starts[i], doc.ends[i], "anonymous")
        return None

    # «إلى أن» opens the report after one word or a first name the lexicon knows, not
    # after a noun and its genitive («ويشير ارتفاع الأسعار إلى أن …»)
    bridged = end == i + 1 or names_ar.given_name(doc, i)

    def report_opens(j: int) -> bool:
        j = _past_relative(doc, j, hi)
        if (
            through_context
            and j + 1 < hi
            and doc.words[j] == "،"
            and (after := names_ar.context_ends(doc, j + 1, hi)) is not None
        ):
            # «وقال الكبيسي، في تصريح لصحيفة "الأفق"، إن»: the context between commas
            return names_ar.report_opens(doc, after, hi, bridged=bridged)
        if (
            through_context
            and (after := names_ar.context_ends(doc, j, hi)) is not None
            and not (
                doc.words[after] in doc.lexicon.grammar.quote_marks
                and end - i < names_ar.UNKNOWN_NAME
                and not names_ar.written_definite(doc, i)
            )
        ):
            # (not a quotation after one word without the article: «وقال متأثرا في كلمته
            # "…"», how he said it, is no name; «وقال الزعبي في لقاء مع إذاعة محلية "…"» is)
            j = after
        return names_ar.report_opens(doc, j, hi, bridged=bridged)

    # a name of two words or more, none of them a word the lexicon knows («منجي الورتاني»,
    # not «بإسهاب الخبر»), may be followed by who they are
    unlisted = end - i >= names_ar.UNKNOWN_NAME and not any(doc.hits[t] for t in range(i, end))
    title = _titled_after(doc, end, hi, described=unlisted)
    if title is not None and (
        report_opens(title.j)
        or (
            title.i > i + 1
            and title.j + 1 < hi
            and doc.words[title.j] == "،"
            and wc.nounish(doc, title.j + 1)
            and not names_ar.function_word(doc, title.j + 1)
        )
    ):
        # «انتقد ماورو بيانكي مدرب الفريق، قرارات الحكم»: a name of two words, then the title
        # of one office closed by a comma and the verb's object, is who spoke (not «وانتقد
        # سامي حداد رئيس الحكومة», «… مدرب الفريق، لأنه …»: he may have criticised the coach)
        end = title.j
    elif (
        not report_opens(end)
        and not (
            end == i + 1 and (names_ar.introduced(doc, i) or names_ar.stated_noun_after(doc, i, hi))
        )
        and not (unlisted and _described_next(doc, end, hi))
    ):
        # but «وقال كرارة في تصريح لاحق …»: the family name of a man named before; «وأكد
        # الأنصاري أهمية …»: a nisba, then what was stated
        return None
    kind: SourceKind = "organization" if names_ar.acronym(doc, i, end) else "person"
    return Phrase(i, end, doc.starts[i], doc.ends[end - 1], kind, "person")


def _past_relative(doc: Document, j: int, hi: int) -> int:
    """Past a short relative clause at token j, up to the report it is followed by («وقال زاكاري
    هولبروك المتحدث باسم الشركة التي تدير الميناء إن»): the token of «أن», or j itself
    when no relative opens there or a mark or another cue comes first."""
    grammar = doc.lexicon.grammar
    if j >= hi or doc.words[j] not in grammar.relative_pronouns:
        return j
    for t in range(j + 1, min(hi, j + 1 + _TITLE_RELATIVE)):
        if doc.is_punct(t) or doc.has(t, "cue") is not None:
            return j
        if doc.words[t] in grammar.content_openers:
            return t
    return j


def _described_next(doc: Document, k: int, hi: int) -> bool:
    """Does «وهو»/«وهي» (perhaps after a comma) open at token k who the words before it are:
    a word for someone after it («وقال زاكاري هولبروك وهو خبير في الطاقة إن»; not «وقال بصوت خافت
    وهو يبكي»)?"""
    if k < hi and doc.words[k] == "،":
        k += 1
    return (
        k + 1 < hi
        and doc.words[k] in doc.lexicon.grammar.describing_pronouns
        and doc.has(k + 1, "source") is not None
    )


def _titled_after(doc: Document, k: int, hi: int, *, described: bool = False) -> Phrase | None:
    """The title of one office at token k, which a name before it may take («مدرب
    الفريق», «رئيس نادي الشباب»), or None. With `described` (after a name of two words or
    more), a definite word for one person too («الخبير في الشأن المالي»)."""
    if k >= hi:
        return None
    title = parse_phrase(doc, k, hi)
    if title is None:
        return None
    j = title.j
    if (
        j < hi
        and names_ar.glued_preposition(doc, doc.words[j])
        and any(h.kind == "entity" and h.role in ("country", "place") for h in doc.hits[j])
    ):
        # «… الممثل الخاص للمنظمة بالأردن»: where the office is, glued to «بـ»
        title = replace(title, j=j + 1, nend=doc.ends[j])
    if title.head == "title" and title.kind == "person":
        return title
    # «… الخبير في الشأن المالي», «… المحلل الاقتصادي»: one person, described
    hits = doc.hits[k]
    one = (
        title.head == "anonymous"
        and wc.definite(doc, doc.words[k], hits)
        and not wc.plural(doc, doc.words[k], hits)
        and doc.has(k, "source", "anonymous") is not None
    )
    # what was said after it, not what it was about («… المتخصص عن اللقاح»)
    about = title.j < hi and doc.words[title.j] in doc.lexicon.grammar.about_openers
    return title if described and one and not about else None


def _surname(doc: Document, k: int) -> bool:
    """Is token k a word with the article that the lexicon does not know, which after a verb
    and before a title is a family name («الحداد»)?"""
    return (
        names_ar.written_definite(doc, k)
        and not doc.hits[k]
        and not names_ar.function_word(doc, k)
        and not doc.is_punct(k)
    )


def _had(doc: Document, k: int, lo: int, verb: int) -> bool:
    """Does token k, right before the subject of «قد» and the verb at token `verb`, make
    «قد» say "had": a «كان» («وكان الوزير قد أعلن»), or «أن» before a verb in the past
    («أن وزير المالية، …، قد أكد»)? Otherwise «قد يعلن» says "may"."""
    if k < lo:
        return False
    word = doc.words[k]
    grammar = doc.lexicon.grammar
    return word in grammar.perfect_auxiliaries or (
        word in grammar.content_openers and doc.words[verb] in doc.lexicon.past_cues
    )


def parse_backward(doc: Document, cue: int, lo: int, *, relative: bool = False) -> Phrase | None:
    """The source phrase that fills the clause right before a cue («شهوداً عدة قالوا»), or
    that a relative pronoun right before it stands for («… الوزير الذي قال إن»)."""
    grammar = doc.lexicon.grammar
    if not relative and cue - 1 > lo and doc.words[cue - 1] in grammar.relative_pronouns:
        if object_pronoun(doc, cue) or pronoun_after(doc, cue + 1) or people_after(doc, cue + 1):
            # «التصريح الذي قاله الوزير», «اللقاح الذي أعلن عنه بوتين», «الشائعات التي
            # أكد مراقبون أنها …»: what was said, its sayer after the verb
            return None
        return parse_backward(doc, cue - 1, lo, relative=True)
    if not relative and (opening := _aside_before(doc, cue, lo)) is not None:
        # «وكالة سبأ، في نسختها العربية، قالت إن»: the subject before an aside
        # «لكن جوني رودريجز، رئيس جمعية …، يقول إن»: a name the lexicon does not know
        outer = parse_backward(doc, opening, lo) or name_before(doc, opening, lo)
        if outer is not None and outer.kind == "person" and _holder_between(doc, opening, cue):
            # «رئيس النادي والنائب السابق، المحامي سامي العلي، أعلن»: the offices, then
            # between commas the name of the one who holds them
            return Phrase(outer.i, cue - 1, outer.nstart, doc.ends[cue - 2], "person", outer.head)
        return outer
    if not relative and (opening := _context_before(doc, cue, lo)) is not None:
        # «لكن هيئة الأرصاد في بيان أكدت أن»: the subject before where it was said
        return parse_backward(doc, opening, lo)
    if not relative and cue - 1 > lo and doc.words[cue - 1] in _COMMAS:
        # «وكانت هيئة الدواء المصرية، أعلنت»: a comma after the subject of «كان»; «أما
        # حركة حماس، فقالت»: after a topic, the «ف» on the verb
        phrase = parse_backward(doc, cue - 1, lo, relative=False)
        before = doc.words[phrase.i - 1] if phrase is not None and phrase.i > lo else ""
        had = before in grammar.perfect_auxiliaries
        topic = (
            before in grammar.topic_openers and doc.words[cue][:1] in grammar.conjunction_letters
        )
        # «وزير الطاقة الروسي ألكسندر نوفاك، يعلن أن …»: a headline's named subject, opening
        # the sentence, then a verb of saying that agrees with it and what was said (not
        # «الوزير، أعلن»: a fronted word; nor «… ترامب، كشفت عن تفاصيل محاكمته صحيفة …»)
        # «يذكر أن الحكومة المصرية، أعلنت …»: the subject of «أن», a comma, its verb
        reported = (
            before in grammar.content_openers and phrase is not None and phrase.kind != "anonymous"
        )
        headline = (
            phrase is not None
            and phrase.i == lo
            and phrase.kind != "anonymous"
            and (
                any(
                    not doc.hits[t] or wc.name(doc.hits[t]) or doc.has(t, "entity") is not None
                    for t in range(phrase.i, phrase.j)
                )
                # «وزير الداخلية، أفاد بأن …»: an office and its institution, no lone word
                or (phrase.head == "title" and phrase.j - phrase.i > 1)
            )
            and any(h.kind == "cue" and h.entry in grammar.headline_cues for h in doc.hits[cue])
            and cue + 1 < len(doc.words)
            and doc.words[cue + 1] in grammar.content_openers
            and doc.words[cue + 1] not in grammar.about_openers
            and _same_gender(doc, cue, phrase.i)
        )
        return phrase if had or topic or headline or reported else None
    if relative and cue - 1 > lo and doc.words[cue - 1] in grammar.apposition_marks:
        # «… آبي أحمد، رئيس الوزراء الإثيوبي، الذي أكد أن»: the pronoun after an apposition
        # stands for the one it describes
        return parse_backward(doc, cue - 1, lo, relative=True)
    if not relative and cue - 2 > lo and doc.words[cue - 1] == ")":
        # «نقابة الصحافيين في تركيا (TGC) قالت»: the subject, then its abbreviation
        for opening in range(cue - 2, max(lo, cue - _BRACKETED) - 1, -1):
            if doc.words[opening] == "(":
                inner = parse_backward(doc, opening, lo)
                if inner is None:
                    return None
                return Phrase(inner.i, cue, inner.nstart, doc.ends[cue - 1], inner.kind, inner.head)
        return None
    if not relative and cue - 2 >= lo and doc.words[cue - 1] in grammar.quote_marks:
        # «"نقابة الأطباء" تدعو إلى …», ««سبوتنيك» تكشف …»: a quoted name opening the clause
        quoted = _quoted_subject(doc, cue, lo)
        if quoted is not None:
            return quoted
    particle = cue - 1 > lo and doc.words[cue - 1] in grammar.perfect_particles
    # «أما وزارة الداخلية فقد أكدت»: the topic's «ف» on «قد»; the subject stands before it
    topical = (
        not particle
        and cue - 1 > lo
        and doc.words[cue - 1][:1] in grammar.conjunction_letters
        and doc.words[cue - 1][1:] in grammar.perfect_particles
    )
    if topical:
        cue -= 1
    verb = cue
    if particle:
        cue -= 1  # «وكان وزير الخارجية قد أعلن»: the subject stands before «قد»
        if not relative and cue - 1 > lo and doc.words[cue - 1] in grammar.perfect_auxiliaries:
            # «وزارة الصحة كانت قد أعلنت»: the subject before «كان» itself
            return parse_backward(doc, cue - 1, lo)
        if not relative and cue - 2 >= lo and doc.words[cue - 1] in grammar.quote_marks:
            # «وكانت "الوكالة" قد نقلت عن …»: a quoted name before «قد»
            quoted = _quoted_subject(doc, cue, lo)
            if quoted is not None:
                return quoted
        # «وكان عبد الكريم ديبي، نجل الرئيس التشادي، قد أعلن»: an aside before «قد»;
        # «وكانت وزارة الآثار، قد أعلنت»: a comma after the subject of «كان», before «قد»
        opening = None if relative else _aside_before(doc, cue, lo)
        if opening is None and not relative and cue - 1 > lo and doc.words[cue - 1] in _COMMAS:
            opening = cue - 1
        if opening is None and not relative and (held := _held_before(doc, cue, lo, verb)):
            return held  # «وكان محافظ المدينة، سامر حداد قد أعلن»: no comma closes the name
        if opening is not None:
            phrase = parse_backward(doc, opening, lo)
            if phrase is None or not _had(doc, phrase.i - 1, lo, verb):
                return None
            if phrase.head == "title" and _holder_between(doc, opening, cue):
                # «أن وزير المالية، سامي حداد، قد أكد»: the office, then the
                # name of its holder between commas
                return Phrase(
                    phrase.i, cue - 1, phrase.nstart, doc.ends[cue - 2], "person", phrase.head
                )
            return phrase
    start = None
    for k in range(cue - 1, max(lo, cue - _BACK_WINDOW) - 1, -1):
        word = doc.words[k]
        if (
            (doc.is_punct(k) and word not in grammar.quote_marks)
            or word in grammar.clause_openers
            or word in grammar.perfect_auxiliaries  # «وكانت نقابة الصحافيين قالت»
            or _labels_end(doc, k, cue, lo)  # «#عاجل بوتين يعلن»
            or time_ends(doc, k, lo)  # «… في نوفمبر المقبل رئيس البلدية يعلن»
        ):
            start = k + 1
            break
        if (
            names_ar.function_word(doc, k)
            and not doc.has(k, "source", "link")
            and not office_before_genitive(doc, k, cue)
        ):
            start = k + 1
            break
    else:
        start = lo if cue - lo <= _BACK_WINDOW else None
    while start is not None and start < cue and doc.is_number(start):
        start += 1  # «21:13 رئيس الوزراء يتعهد»: a time in a live blog
    if start is None or start >= cue:
        return None
    if start > lo and doc.words[start - 1] in grammar.fronting_prepositions and not relative:
        # «كتب … على تويتر يقول»: a noun after a preposition is no subject, unless reports
        # or people nobody names («عقب تقارير صحفية أكدت …») or a new clause opens after it
        return _described_by_verb(doc, start, cue) or _subject_after_and(doc, start, cue)
    if particle and not _had(doc, start - 1, lo, verb):
        return None  # «الوزير قد يعلن»: «قد» without «كان» says "may", not "had"
    if topical and not (start > lo and doc.words[start - 1] in grammar.topic_openers):
        return None  # «فقد» after a subject only when «أما» opened it
    phrase = parse_phrase(doc, start, cue)
    if phrase is None and cue == start + 1 and names_ar.introduced(doc, start):
        # «وكان باريرا قد أكد»: the family name of a man named in full before
        phrase = Phrase(start, cue, doc.starts[start], doc.ends[start], "person", "person")
    if (
        phrase is not None
        and phrase.i > lo
        and doc.words[phrase.i - 1] in grammar.perfect_auxiliaries
        and wc.accusative(doc, phrase.i)
    ):
        return None  # «كان شخصاً أكد …»: the predicate of «كان», not the verb's subject
    if phrase is not None and phrase.j == cue:
        if not (relative and _man_before_feminine(doc, phrase, cue)):
            return phrase
        phrase = None  # «عضو مؤسس في جبهة النقابات … التي دعت»: not the man, the alliance
    if not relative and phrase is not None and (joined := _joined_subjects(doc, start, cue)):
        return joined
    if (
        not relative
        and phrase is not None
        and phrase.head == "person"
        and phrase.j < cue
        and _described_after(doc, phrase.j)
        and (who := parse_phrase(doc, phrase.j, cue)) is not None
        and who.j == cue
    ):
        # «رامي عواد الطبيب السوري أكد»: a name, who they are, then the verb
        return Phrase(phrase.i, cue, phrase.nstart, who.nend, "person", "person")
    if phrase is None and not relative:
        # «في ختام جلسات حوار شهدت …», «عقب تقارير صحفية أكدت …»: reports or people nobody
        # names, right before the verb that describes them (a clause with no «التي»)
        for k in range(start + 1, cue):
            if (inner := _described_by_verb(doc, k, cue)) is not None:
                return inner
    if phrase is None and relative:
        # «وعلى الرغم من الأصوات المنتقدة التي تتهم», «ما صحة الأنباء التي تحدثت»: the
        # pronoun stands for the noun phrase right before it, wherever the clause began
        for k in range(start + 1, cue):
            inner = parse_phrase(doc, k, cue)
            # people or a report, not a place («الطبيب … في ألمانيا الذي صرح»); one
            # institution («في قائمة المنظمة التي اعتبرت»), not several («الحكومات الأوروبية
            # التي تغرد بعضها خارج السرب»)
            if (
                inner is not None
                and inner.j == cue
                and _stands_for(doc, inner)
                and not _man_before_feminine(doc, inner, cue)
            ):
                return inner
    if phrase is not None and _rest_of_name(doc, phrase, cue):
        # «جمعية حماية المستهلك حذرت», «حركة الراية السوداء اتهمت»: the clause before the
        # verb is its subject, so an institution's name runs on up to it
        nend = doc.ends[cue - 1]
        return Phrase(phrase.i, cue, phrase.nstart, nend, "organization", phrase.head)
    quotes = grammar.quote_marks
    opening = doc.words[start] in quotes
    if opening and not any(doc.words[k] in quotes for k in range(start + 1, cue)):
        # «"الوزير قال إن …"»: a quotation mark that opens the whole sentence, not a name
        phrase = parse_phrase(doc, start + 1, cue)
        if phrase is not None and phrase.j == cue:
            return phrase
    if particle:
        return _name_before_particle(doc, start, cue)
    if relative and unknown_name(doc, start, cue):
        # «… إلى هتلر الذي أعلن»: «الذي» follows a definite noun, so unknown words without
        # the article right before it are a name
        return Phrase(start, cue, doc.starts[start], doc.ends[cue - 1], "person", "person")
    if not relative and (phrase is None or phrase.j != cue):
        return _subject_after_and(doc, start, cue)
    return None


def _subject_after_and(doc: Document, start: int, cue: int) -> Phrase | None:
    """«قصف على المدينة والجيش يقول إن …», «… ومنظمة الصحة تصرح»: a new clause opened by
    «و» glued to its subject, which runs right up to the verb at token `cue` and agrees
    with it in gender and number. Not inside a list, nor after a statement's or a report's
    word (who issued it: «بيان صادر عن الوزارة والجيش يؤكد»), nor when the verb has a subject
    of its own after it («دمرت الغارات المستشفى والمدرسة تقول الأمم المتحدة إن»)."""
    grammar = doc.lexicon.grammar
    and_letter = grammar.and_letter
    hi = doc.sentence_of(cue)[1]
    after = parse_phrase(doc, cue + 1, hi) if cue + 1 < hi else None
    if after is not None and names_ar.report_opens(doc, after.j, hi):
        return None
    plural_verb = _plural_verb(doc, cue)
    clause = start  # back to the mark that opens the clause, past a fronting preposition
    while clause > 0 and not doc.is_punct(clause - 1) and doc.sentence_of(clause - 1)[1] > cue:
        clause -= 1
    if any(doc.has(t, "source", "document") is not None for t in range(clause, cue)):
        return None
    for k in range(start + 1, cue):
        if doc.words[k][:1] != and_letter:
            continue
        if doc.words[k - 1][:1] == and_letter or any(
            doc.words[t][:1] == and_letter for t in range(k + 1, cue)
        ):
            return None  # a list, not a clause: «حول الطلاب والمعلمين والأمن يؤكد»
        inner = parse_phrase(doc, k, cue)
        if inner is None or inner.j != cue:
            continue
        named = any(h.kind == "entity" and h.role == "organization" for h in doc.hits[k])
        many = wc.plural(doc, doc.words[k], doc.hits[k]) or wc.plural_shape(doc, doc.words[k])
        if plural_verb and not many:
            return None  # «… الذين اعتقلتهم الشرطة والجيش يقولون»: the plural is who says
        # a name the lexicon knows as an organisation takes either gender («الأمم المتحدة
        # تدعو»), a country the feminine («وروسيا تعلن»; not «لمصر وقطر يدعو»)
        country = any(h.kind == "entity" and h.role == "country" for h in doc.hits[k])
        if named or (country and wc.feminine_verb(doc, cue)) or _same_gender(doc, cue, inner.i):
            return inner
    return None


def _plural_verb(doc: Document, verb: int) -> bool:
    """Is the verb at token `verb` in the plural («يقولون», «قالوا»)?"""
    return doc.words[verb].endswith(doc.lexicon.grammar.plural_verb_endings)


def office_before_genitive(doc: Document, k: int, cue: int) -> bool:
    """Is token k, though spelt like a function word, an office that an institution or a
    place follows before token `cue`: «والي الجهة صرح» (the governor; «والى» is also
    «وإلى» written without its hamza)?"""
    if k + 1 >= cue or doc.has(k, "source", "title") is None:
        return False
    nxt = doc.hits[k + 1]
    if not nxt:  # «والي سنار»: a city the lexicon does not know
        return not doc.is_punct(k + 1) and not names_ar.function_word(doc, k + 1)
    return wc.head(nxt) in ("organization", "named_organization") or any(
        h.kind == "entity" and h.role in ("place", "country") for h in nxt
    )


def _held_before(doc: Document, cue: int, lo: int, verb: int) -> Phrase | None:
    """An office, a comma, then its holder's name right up to «قد» at token `cue`, after
    «كان» («وكان محافظ المدينة، سامر حداد قد أعلن»): the office and the name, one person."""
    comma = next(
        (t for t in range(cue - 2, max(lo, cue - _APPOSED_NAME - 2), -1) if doc.words[t] == "،"),
        None,
    )
    if comma is None or any(doc.is_punct(t) for t in range(comma + 1, cue)):
        return None
    office = parse_backward(doc, comma, lo)
    if office is None or office.head != "title" or not _had(doc, office.i - 1, lo, verb):
        return None
    if not _person_named(doc, comma + 1, cue) and _apposed_name_end(doc, comma + 1, cue) != cue:
        return None
    return Phrase(office.i, cue, office.nstart, doc.ends[cue - 1], "person", office.head)


def _holder_between(doc: Document, opening: int, cue: int) -> bool:
    """Is the aside between the comma at `opening` and the one before the verb at `cue` the
    name of one person, with or without a title («، المحامي سامي العلي،»)? Not a second
    person joined by «و» («، والسفير جون سميث، قالا»: the verb in the dual says two), nor a
    description with no name («، ممثلاً الرئيس،»)."""
    grammar = doc.lexicon.grammar
    first, word, verb = opening + 1, doc.words[opening + 1], doc.words[cue]
    if wc.accusative(doc, first):
        return False  # «، ممثلاً الرئيس،»: in what role, no name
    if word[:1] in grammar.conjunction_letters and wc.lookup(doc, word[1:]):
        return False  # «والسفير …» (but «وليد» is a name)
    if any(
        verb.endswith(e) and any(h.kind == "cue" for h in wc.lookup(doc, verb[: -len(e)]))
        for e in grammar.dual_suffixes
    ):
        return False  # «قالا», «أكدا»: two spoke
    return _person_named(doc, first, cue - 1)


def _person_named(doc: Document, start: int, end: int) -> bool:
    """Do tokens start..end-1 make one person's phrase holding a name: a first name the
    lexicon knows or a word it does not know («المحامي سامي العلي», «أوميد خوشناو»)?"""
    inner = parse_phrase(doc, start, end)
    return (
        inner is not None
        and inner.j == end
        and inner.kind == "person"
        and any(wc.name(doc.hits[t]) or not doc.hits[t] for t in range(inner.i, inner.j))
    )


def bare_word(doc: Document, word: str) -> str:
    """The word without a «و»/«ف» glued on, when what is left is a word of its own."""
    letters = doc.lexicon.grammar.conjunction_letters
    return word[1:] if word[:1] in letters and doc.lexicon.lookup(word[1:], ()) else word


def _quoted_subject(doc: Document, cue: int, lo: int) -> Phrase | None:
    """The quoted name that closes right before the verb at token `cue` and opens its clause
    (the sentence's first word, or after «كان», a clause opener or «إن»): a source phrase; or,
    opening the sentence before a feminine verb with no subject after it, one or two words the
    lexicon does not know or one with the article, an outlet or an institution («"سبوتنيك"
    تكشف», «"الصباح" قالت»)."""
    grammar = doc.lexicon.grammar
    close = cue - 1
    opened = next(
        (
            k
            for k in range(close - 1, max(lo, close - 1 - _QUOTE_SPAN) - 1, -1)
            if doc.words[k] in grammar.quote_marks
        ),
        None,
    )
    if opened is None or opened + 1 >= close:
        return None
    before = doc.words[opened - 1] if opened > lo else ""
    opens = (
        before in grammar.perfect_auxiliaries
        or before in grammar.clause_openers
        # «إن "الحكومة" تعلن», «فإن "حركة الشباب" أعلنت أنها …»
        or before in grammar.content_openers
        or (before[:1] in grammar.conjunction_letters and before[1:] in grammar.content_openers)
    )
    if opened > lo and not opens:
        return None  # «… وصفها بـ"الدولة المارقة" تعلن»: a quotation inside the clause
    inner = parse_phrase(doc, opened + 1, close)
    if inner is not None and inner.j == close:  # «"هيومن رايتس ووتش" تتهم السلطات …»
        word = doc.words[inner.i]
        if (
            inner.kind == "anonymous"
            and wc.feminine_verb(doc, cue)
            and wc.plural_shape(doc, word)  # not «"مصادر مطلعة" تكشف»
            # men of a trade («المعلمين»), not officials («"مسؤولين أمريكيين" تكشف») nor
            # women («"ناشطات" تروي»)
            and not word.endswith(doc.lexicon.morphology.feminine_plural)
            and all(
                h.entry in grammar.trades
                for h in doc.hits[inner.i]
                if h.kind == "source" and h.role == "anonymous"
            )
        ):
            # «"المعلمين اليمنيين" تدعو»: people in quotation marks, then a feminine verb in
            # the singular: the short name of their union, not the people themselves
            return Phrase(inner.i, inner.j, inner.nstart, inner.nend, "organization", inner.head)
        return inner
    if (
        opened > lo
        or close - opened > 3
        or not wc.feminine_verb(doc, cue)
        # «"الصباح" قالت إن …»: one word with the article too, a newspaper's name
        or not (
            unknown_name(doc, opened + 1, close)
            or (
                close == opened + 2
                and _outlet_word(doc, opened + 1)
                # not «"الحقيقة" قالت كلمتها»: a saying, no newspaper
                and _report_ahead(doc, cue + 1)
            )
        )
        # «"خيبة" تقول الجماهير»: a noun with the article after the verb is its subject
        or (cue + 1 < len(doc.words) and names_ar.written_definite(doc, cue + 1))
        or (cue + 1 < len(doc.words) and parse_phrase(doc, cue + 1, len(doc.words)))
    ):
        return None  # «"بريكست" يهدد …», «ثم "نعم" قالت …»: a word in quotes, no name
    return Phrase(
        opened + 1, close, doc.starts[opened + 1], doc.ends[close - 1], "organization", "person"
    )


def _report_ahead(doc: Document, k: int) -> bool:
    """Does what was said open within a few words from token k, in the same sentence («قالت
    استناداً إلى مصادرها أن …»)?"""
    end = min(doc.sentence_of(k)[1], k + _REPORT_AHEAD) if k < len(doc.words) else k
    return any(names_ar.report_opens(doc, t, end) for t in range(k, end))


def unknown_name(doc: Document, start: int, end: int) -> bool:
    """Are tokens start..end-1 words the lexicon does not know, none with the article, that
    may make up a name («هتلر الذي», «غاريث بايل: …»)?"""
    split_article = doc.lexicon.morphology.split_article
    return names_ar.name_run(doc, start, end) == end and not any(
        doc.hits[k] or split_article(doc.words[k])[0] for k in range(start, end)
    )


def _rest_of_name(doc: Document, phrase: Phrase, cue: int) -> bool:
    """Are the few words between an institution's phrase and the verb after it plain words
    of its name: no mark, no function word, no cue, no source word of their own?"""
    if phrase.head != "organization" or not phrase.j < cue <= phrase.j + _NAME_RUN_ON:
        return False
    if phrase.kind != "organization" and not wc.definite(
        doc, doc.words[cue - 1], doc.hits[cue - 1]
    ):
        return False  # «جمعية خيرية قالت»: an association, unnamed
    return all(
        not doc.is_punct(k)
        and not names_ar.function_word(doc, k)
        and not any(h.kind in ("cue", "source") for h in doc.hits[k])
        for k in range(phrase.j, cue)
    )


def _those_who(doc: Document, k: int, hi: int) -> int | None:
    """After «بعض من» at token k, a clause of who they are («حضروا الاجتماع») running up to
    the report's opening: where it ends, or None. Its first word is no noun the lexicon
    knows (those take the grammar's way: «بعض من المسؤولين»)."""
    if (
        any(h.kind in ("source", "cue", "entity") for h in doc.hits[k])
        or doc.is_punct(k)
        or names_ar.function_word(doc, k)
    ):
        return None
    for t in range(k + 1, min(hi, k + _THOSE_WHO)):
        if doc.is_punct(t) and doc.words[t] not in doc.lexicon.grammar.quote_marks:
            return t if names_ar.report_opens(doc, t, hi) else None
        if doc.has(t, "cue", "verb"):
            return None
        if names_ar.report_opens(doc, t, hi):
            return t
    return None


def _full_name_reports(doc: Document, k: int, hi: int) -> bool:
    """Does a first name at token k, with a family name after it, end right where the report
    opens («… سامي حداد إن», «… سامي حداد:», «… سامي حداد،»)?"""
    end = names_ar.name_run(doc, k, hi)
    return (
        end is not None
        and end - k >= 2
        and (
            names_ar.report_opens(doc, end, hi, bridged=False)
            or (end < hi and doc.words[end] == "،")
        )
    )


def pronoun_after(doc: Document, j: int) -> bool:
    """Is token j a preposition with a pronoun glued on («عنه», «فيها», «عليه»)?"""
    if j >= len(doc.words):
        return False
    word = doc.words[j]
    grammar = doc.lexicon.grammar
    if word in grammar.content_openers:
        return False  # «صرح بأنه …»: the report opens
    prepositions = grammar.function_words
    return any(
        word.endswith(ending) and word[: -len(ending)] in prepositions
        for ending in doc.lexicon.morphology.noun_enclitics
    )


def _listed_plural(doc: Document, word: str, hits: tuple[Hit, ...]) -> bool:
    """Is the word, but for its article, a plural of people as listed («الأهالي»)? Not a
    nisba made from one («العمالي», the workers')."""
    if not any(h.kind == "source" and h.plural for h in hits):
        return False
    stem = doc.lexicon.morphology.split_article(word)[1]
    return any(
        h.kind == "source" and h.plural and not h.affixed for h in doc.lexicon.lookup(stem, ())
    )


def skip_phrase(doc: Document, k: int) -> int:
    """How many tokens of a phrase of several words that stands between a cue and its source
    («من جهتها», «في وقت سابق») start at token k: 0 for none."""
    return max(
        (n for _, n, hit in doc.in_range("source", k, k + 1) if n > 1 and hit.role == "skip"),
        default=0,
    )


def courtesy(doc: Document, i: int) -> int:
    """How many tokens of a courtesy («سعادة», «صاحب السمو») start at token i: 0 for none."""
    grammar = doc.lexicon.grammar
    if doc.words[i] not in grammar.honorific_starts:
        return 0
    for honorific in grammar.honorifics:
        if tuple(doc.words[i : i + len(honorific)]) == honorific:
            return len(honorific)
    return 0


def _honoured(doc: Document, i: int, hi: int) -> Phrase | None:
    """A courtesy at token i before the title or name it honours: that person's phrase,
    from the courtesy on."""
    after = i + courtesy(doc, i)
    if after - i > 1 and after == hi:
        # «صاحب السمو يهنئ …»: alone before the verb, the courtesy stands for the ruler
        return Phrase(i, after, doc.starts[i], doc.ends[after - 1], "person", "title")
    if after == i or after >= hi:
        return None
    phrase = parse_phrase(doc, after, hi)
    if phrase is None or phrase.kind != "person":
        return None
    return Phrase(i, phrase.j, doc.starts[i], phrase.nend, "person", phrase.head)


def people_after(doc: Document, j: int) -> bool:
    """Does the own subject of a relative clause's verb open at token j: a plural of people
    without the article («التي أكد مراقبون أنها»), or a named source the report follows
    («القاعدة التي قالت فرنسا إنها …», «المشروع الذي أعلنت اليابان عنه»)?"""
    if j >= len(doc.words):
        return False
    word, hits = doc.words[j], doc.hits[j]
    if (
        wc.head(hits) == "anonymous"
        and wc.plural(doc, word, hits)
        and not doc.lexicon.morphology.split_article(word)[0]
    ):
        return True
    hi = doc.sentence_of(j)[1]
    phrase = parse_phrase(doc, j, hi)
    return (
        phrase is not None
        and phrase.kind != "anonymous"
        and phrase.j < hi
        and (
            # «أن», «إنها», «بأن» («الذي قال الجيش بأنه …»), but not a verb's own object
            # marker: «التي اتهمت الوزير بأنه …» names its object first
            (
                doc.words[phrase.j] in doc.lexicon.grammar.content_openers
                and not _object_marker(doc, j - 1, doc.words[phrase.j])
            )
            # «المشروع الذي أعلنت اليابان عنه»; an unknown name of one word only (in «الذي
            # أعلن ماكرون التوصل إليه» a verbal noun would pass for its family name)
            or (pronoun_after(doc, phrase.j) and (phrase.head != "person" or phrase.j == j + 1))
        )
    )


def _object_marker(doc: Document, cue: int, word: str) -> bool:
    """Does `word` start with a preposition the cue verb at token `cue` takes after its object
    («اتهم الوزير بأنه», «وصفه بأنه»)?"""
    letter = word[:1]
    if letter not in doc.lexicon.grammar.preposition_letters:
        return False
    cues = doc.lexicon.cues
    return any(
        h.kind == "cue" and h.entry in cues and letter in cues[h.entry].object_before
        for h in doc.hits[cue]
    )


def _man_before_feminine(doc: Document, phrase: Phrase, pronoun: int) -> bool:
    """Does a feminine relative pronoun («التي») follow a phrase headed by one man («عضو»,
    «رئيس»: a title, singular, without the feminine ending; «الرجل», «المواطن»: a word for
    somebody)? Then it stands for a noun inside the phrase or before it, not for him. (An
    anonymous head in the plural may be things: «الأنباء التي تحدثت».)"""
    grammar = doc.lexicon.grammar
    if doc.words[pronoun] not in grammar.feminine_relatives or phrase.head not in (
        "title",
        "anonymous",
    ):
        return False
    word, hits = doc.words[phrase.i], doc.hits[phrase.i]
    rows = doc.lexicon.source_words
    # a word for people whose singular the lexicon tells from its plural («رجل» / «رجال»,
    # «مواطن» / «مواطنون»), not one written only in the plural («أنباء», «أصوات»)
    one = phrase.head == "title" or any(
        h.kind == "source"
        and h.role == "anonymous"
        and not h.plural
        and h.entry in rows
        and (bool(rows[h.entry].plural) or rows[h.entry].inflect == "adjective")
        for h in hits
    )
    return (
        one
        and wc.head(hits) == phrase.head
        and not wc.plural(doc, word, hits)
        and not word.endswith(grammar.feminine_ending)
        # «عضو مجلس الشيوخ إليزابيث وارن التي …»: a woman with a masculine title
        and not any(wc.name(doc.hits[t]) for t in range(phrase.i, phrase.j))
    )


def _stands_for(doc: Document, phrase: Phrase) -> bool:
    """Can a relative pronoun stand for this phrase, found inside a longer noun phrase? People,
    a report, an organisation the lexicon knows, one institution; not a place or a country."""
    if phrase.head in _PEOPLE_OR_REPORTS:
        return True
    if phrase.head == "named_organization":  # «الحوثيون، الذين يقولون»; not a country
        return any(h.kind == "entity" and h.role == "organization" for h in doc.hits[phrase.i])
    return phrase.head == "organization" and not wc.plural(
        doc, doc.words[phrase.i], doc.hits[phrase.i]
    )


def _aside_before(doc: Document, cue: int, lo: int) -> int | None:
    """The comma opening an aside between commas right before a verb («، في نسختها
    الإنجليزية، قالت», «، التي تسيطر على غزة، قالت», «، واحدة من جماعات احتجاجية،
    اتهمت»), or None. The caller still needs the subject to fill the clause before it."""
    if cue - 1 <= lo or doc.words[cue - 1] != "،":
        return None
    relatives = doc.lexicon.grammar.relative_pronouns
    for k in range(cue - 2, max(lo, cue - _RELATIVE_ASIDE_SPAN) - 1, -1):
        if doc.words[k] == "،":
            if k + 1 == cue - 1:
                return None
            if doc.words[k + 1] in doc.lexicon.grammar.content_openers:
                return None  # «ذكرت الهيئة، أن الوزير، أبلغ …»: the subject of «أن», no aside
            # a relative clause is bounded by its pronoun, so it may run longer («، الذي
            # يزور المنطقة للمرة الأولى منذ توليه منصبه، أكد»)
            return k if cue - k <= _ASIDE_SPAN or doc.words[k + 1] in relatives else None
        if doc.is_punct(k) or (doc.has(k, "cue", "verb") and not _verbal_noun(doc, k, lo)):
            return None
    return None


def _labels_end(doc: Document, k: int, cue: int, lo: int) -> bool:
    """Do a tweet's labels opening the sentence end at token k, the verb at `cue` having
    its own subject after them («#عاجل بوتين يعلن»)? Tags that are no name nor source word (in
    «#الأردن تعلن», «وزير #التعليم يؤكد» the tag is the subject's), and not before the
    tag's own nationality («#أرامكو السعودية تعلن»; but «#كورونا أمريكا تصرح»: a country,
    the subject) or an object («#اللقاح بياناً قال فيه»)."""
    if k + 1 >= cue or doc.tagged(k + 1) or not all(doc.tagged(t) for t in range(lo, k + 1)):
        return False
    describes_tag = (
        k + 2 == cue
        and names_ar.written_definite(doc, k + 1)
        and any(
            h.kind == "entity" and h.role in ("nationality", "country") for h in doc.hits[k + 1]
        )
    )
    return (
        not describes_tag
        and not wc.accusative(doc, k + 1)
        and wc.head(doc.hits[k]) is None
        and not any(h.kind == "entity" for h in doc.hits[k])
    )


def _same_gender(doc: Document, verb: int, noun: int) -> bool:
    """Do the verb at token `verb` and the noun at token `noun` agree: a feminine verb
    («أعلنت», «تعلن») with a feminine noun («وزارة»), a masculine one with the rest?"""
    feminine_noun = doc.words[noun].endswith(doc.lexicon.morphology.feminine_ending)
    return wc.feminine_verb(doc, verb) == feminine_noun


def _context_before(doc: Document, cue: int, lo: int) -> int | None:
    """Where a context such as «في بيان», «في تصريح صحفي» that ends right before the verb
    opens, or None."""
    for k, n, hit in doc.in_range("cue", max(lo + 1, cue - _CONTEXT_SPAN), cue):
        if hit.role == "context" and k + n == cue:
            return k
    return None


def _verbal_noun(doc: Document, k: int, lo: int) -> bool:
    """Is the cue word at k a verbal noun after a preposition («، قبل نشر الورقة،», «، وبعد
    إعلان النتائج،»): an event the aside dates, not a report of its own?"""
    return k > lo and fronting_preposition(doc, k - 1)


def fronting_preposition(doc: Document, k: int) -> bool:
    """Is token k a preposition that opens an adverbial («في», «قبل»), alone or after «و»
    or «ف» («وفي», «فعلى»)?"""
    grammar = doc.lexicon.grammar
    word = doc.words[k]
    glued = len(word) > 2 and word[0] in grammar.conjunction_letters
    if word in grammar.fronting_prepositions or (
        glued and word[1:] in grammar.fronting_prepositions
    ):
        return True
    # «وقبلها ذكرت …», «وعنه قال …»: with a pronoun glued on, before it or about it
    bare = word[1:] if glued else word
    return any(
        bare.endswith(ending) and bare[: -len(ending)] in grammar.fronting_prepositions
        for ending in doc.lexicon.morphology.noun_enclitics
    )


def object_pronoun(doc: Document, cue: int) -> bool:
    """Does the verb at token `cue` carry an object pronoun («قاله», «أكدته»)?"""
    word = doc.words[cue]
    return any(
        word.endswith(ending)
        and any(h.kind == "cue" for h in doc.lexicon.lookup(word[: -len(ending)], ()))
        for ending in doc.lexicon.morphology.verb_enclitics
    )


def name_before(doc: Document, cue: int, lo: int) -> Phrase | None:
    """«لكن روميرو قال إن …»: a clause that is only a short run of words the lexicon does
    not know, right before a verb of saying whose report opens after it, is a name (the
    caller checks the report). «هناك من يقول»: somebody unnamed."""
    grammar = doc.lexicon.grammar
    if cue <= lo or conjoined(doc, cue):
        return None  # «… ضد #كورونا وتؤكد أنه»: «و» opens a clause whose subject came earlier
    start = cue - 1
    while start > lo and cue - start < names_ar.NAME_RUN:
        word = doc.words[start - 1]
        if doc.is_punct(start - 1) or word in grammar.clause_openers:
            break
        if (
            word in grammar.content_openers
            and start - 2 >= lo
            and doc.words[start - 2] in grammar.clause_openers
        ):
            break  # «إلا أن جوني رودريجز يقول»: "but", then the clause's subject
        if names_ar.function_word(doc, start - 1):
            k = start - 1
            for hit in doc.hits[k]:
                if (
                    hit.kind == "source"
                    and hit.role == "anonymous"
                    and k + doc.extent(k, hit) == cue
                ):
                    return Phrase(
                        k, cue, doc.starts[k], doc.ends[cue - 1], "anonymous"
                    )  # «هناك من»
            return None
        start -= 1
    if start >= cue or names_ar.name_run(doc, start, cue) != cue:
        return None
    if start > lo and not (
        doc.is_punct(start - 1)
        or doc.words[start - 1] in grammar.clause_openers
        or (start - 2 >= lo and doc.words[start - 2] in grammar.clause_openers)
    ):
        return None  # «… في زيارة تستغرق يومين أكد»: the end of a longer clause, no name
    if doc.words[start][:1] in grammar.conjunction_letters:
        return None  # «وبالتالي يؤكد», «ولكنني أعترف»: a conjunction glued on, no name
    if any(names_ar.known(doc, k) and not names_ar.given_name(doc, k) for k in range(start, cue)):
        return None
    return Phrase(start, cue, doc.starts[start], doc.ends[cue - 1], "person", "person")


def government_seat(doc: Document, i: int) -> Phrase | None:
    """A capital written alone that stands for its government (grammar `government_seats`):
    «موسكو», «تل أبيب»; not «بموسكو»."""
    seats = doc.lexicon.grammar.government_seats
    for hit in doc.hits[i]:
        if hit.kind == "entity" and hit.entry in seats and not hit.affixed:
            n = doc.extent(i, hit)
            if n:
                end = i + n
                return Phrase(
                    i, end, doc.starts[i], doc.ends[end - 1], "organization", "named_organization"
                )
    return None


def _counted(doc: Document, i: int, hi: int) -> Phrase | None:
    """A number before people or reports («ثلاثة مصادر مطلعة», «4 مسؤولين أمنيين», «ثلاث
    منظمات حقوقية»), or before «من» and them («أربعة من الجنود»): unnamed however
    many they are."""
    if i + 1 >= hi or not (doc.is_number(i) or doc.has(i, "signal", "number_word")):
        return None
    if doc.is_number(i + 1) or doc.has(i + 1, "signal", "number_word"):
        return None  # «2020 5»: no count of people
    k = i + 1
    of = doc.words[k] in doc.lexicon.grammar.quantifier_links
    if of and k + 1 < hi:
        k += 1
    counted = parse_phrase(doc, k, hi)
    if counted is None or counted.head not in (*_PEOPLE_OR_REPORTS, "organization"):
        return None
    if of and not wc.plural(doc, doc.words[k], doc.hits[k]):
        return None  # «ثلاثة من الوزارة»: people of it, but not said who
    return Phrase(i, counted.j, doc.starts[i], counted.nend, "anonymous", counted.head)


def _office_as_written(doc: Document, i: int, cut: int) -> bool:
    """«والي البنك» (the governor) against «وإلى البنك» / «والى» (and to): the same once
    normalised, told apart by how the article writes the last letter («ي», not «ى»)."""
    if cut or doc.has(i, "source", "title") is None:
        return False
    written = doc.surface(i)
    return written.endswith("ي") and "إ" not in written  # ي, no إ


def _glued(hits: tuple[Hit, ...]) -> bool:
    """Were all of a word's source readings reached through a clitic or an inflection?"""
    return all(h.affixed for h in hits if h.kind == "source")


def conjoined(doc: Document, cue: int) -> bool:
    """Is the verb at token `cue` written with «و» or «ف» glued on («ويؤكد», «وتعلن»)?"""
    word = doc.words[cue]
    if word[:1] not in doc.lexicon.grammar.conjunction_letters:
        return False
    return any(h.kind == "cue" for h in doc.lexicon.lookup(word[1:], ()))


def _described_by_verb(doc: Document, k: int, cue: int) -> Phrase | None:
    """The anonymous phrase from token k up to the verb at `cue`, in the plural and without
    the article («تقارير صحفية», «مصادر مطلعة»): the verb describes it and it said so."""
    inner = parse_phrase(doc, k, cue)
    if (
        inner is not None
        and inner.j == cue
        and inner.kind == "anonymous"
        and not names_ar.written_definite(doc, k)
        and wc.plural(doc, doc.words[k], doc.hits[k])
    ):
        return inner
    return None


def _name_before_particle(doc: Document, start: int, end: int) -> Phrase | None:
    """«وكان قيس سعيد قد قال»: between the clause's opening and «قد» stands the subject, so
    a short run of unknown words holding a first name the lexicon knows is a person."""
    if names_ar.name_run(doc, start, end) != end:
        return None  # «وكانت مواقع التواصل قد تناقلت»: no name
    if not any(wc.name(doc.hits[k]) for k in range(start, end)):
        return None  # «وكانت عائلة الضحية قد أكدت»: no first name, no telling it is a name
    return Phrase(start, end, doc.starts[start], doc.ends[end - 1], "person", "person")


def _grow(doc: Document, k: int, hi: int, i: int, state: _State) -> int:
    grammar = doc.lexicon.grammar
    while k < hi and k - i < _MAX_TOKENS:
        word = doc.words[k]
        hits = doc.hits[k]
        if word in grammar.quote_marks:
            close = _closing_quote(doc, _last_mark(doc, k, hi), hi)
            if close is None or not (state.construct or _quoted_name_after(doc, k, close, state)):
                # a quoted name completes a noun waiting for one («قناة "العربية"») or names
                # the office or agency before it («وكالة الأنباء القطرية "قنا"»); after a
                # person's name, the quotation is what was said («قال جون سميث "نحن هنا"»)
                break
            opened = _last_mark(doc, k, hi) + 1
            k = _last_mark(doc, close, hi) + 1  # a quoted name: «وفقاً لمدونة «ناسا» العالمية»
            if _described_one(state) or _name_quoted(doc, opened, close, state):
                state.named = True  # «الرحالة المصري "أحمد سالم"»: the person described
            if state.construct:
                state.definite = True  # «موقع "واللا" العبري»: named, so its adjectives agree
            state.genitive = state.genitive or state.construct
            state.construct = False
            continue
        if word == "(" and state.construct and state.institution:
            close = _bracketed_name(doc, k, hi)
            if close is None:
                break
            k = close + 1  # «صحيفة (الحياة)»: an outlet named in brackets, as in quotes
            state.definite = state.genitive = True
            state.construct = False
            continue
        if (
            word == "("
            and state.head == "title"
            and not state.named
            and state.genitive
            and (close := _bracketed_name(doc, k, hi)) is not None
            and close + 2 < hi
            and (
                names_ar.given_name(doc, close + 1)
                or ((end := names_ar.name_run(doc, close + 1, hi)) is not None and end - close > 2)
            )
        ):
            # «رئيس وكالة الطاقة الذرية (IAEA) رافائيل غروسي»: the institution's short name,
            # then the name of the one who holds the office
            k = close + 1
            continue
        if word == "-" and state.named and k + 1 < hi and names_ar.joined_name(doc, k):
            k += 2  # «جان-إيف لودريان»
            continue
        if state.named and wc.name(doc.hits[k - 1]) and names_ar.last_name_written(doc, k, hi):
            k += 1  # «محمد علي، موظف حكومي»: «علي» as written, no «على»
            continue
        if state.named and names_ar.common_word_surname(doc, k - 1, k, hi):
            k += 1  # «خالد مجاهد، مدير …»: a family name the lexicon knows as another word
            continue
        if doc.is_punct(k) or (
            word in doc.lexicon.morphology.definite_prefixes and word not in grammar.name_particles
        ):
            break  # «بالـ"تنطع"»: a preposition and article written apart open no name; «آل»
            # («فواز آل خليفة») normalises to «ال» and goes on
        if doc.has_multiword(k, "cue", "context"):
            break  # «… الجواهري في مؤتمر صحفي إن»: where it was said, not who said it
        entity = wc.entity_extent(doc, k, hi)
        # (not «سامر الزعبي لوسائل إعلام محلية»: whom it was told to)
        if entity > 1 and (state.construct or state.named) and not wc.told_to(doc, word):
            state.one_of = state.one_of or _one_of_by_lam(doc, k, state)
            # «… المنصوري المدير العام»: a name's title after it may name its institution
            state.titled = state.titled or (state.named and doc.has_multiword(k, "source", "title"))
            if state.head == "document" and state.construct:
                state.speaker = wc.multiword_head(doc, k, hi)  # «بيان رئيس الوزراء»
            k += entity
            state.genitive, state.construct, state.definite = True, False, True
            continue
        if (
            state.construct
            and state.head in _INSTITUTION_HEADS
            and word in grammar.name_particles
            and _named_genitive(doc, k, hi)
        ):
            k += 2  # «جريدة أم القرى», «جامعة أم درمان»: «أم» opens a name, not "or"
            state.genitive, state.construct = True, False
            continue
        if state.head == "document" and (outlet := _published_in(doc, k, hi, state, i)) is not None:
            # «دراسة نشرت في مجلة Nature Medicine»: the journal's; «البلاغ المقدم من المحامي
            # سامي خليل»: the lawyer's; «… المقدم من مواطنين»: nobody's the reader can check
            if outlet.kind == "person":
                state.named = True
            elif outlet.kind == "anonymous":
                state.hidden = True
            else:
                state.genitive = True
            return outlet.j
        if state.head == "document" and word in grammar.published_verbs:
            break  # «بيان صادر أمس»: issued, by nobody named; no name of its own
        if (
            names_ar.function_word(doc, k)
            and not doc.has(k, "source", "link")
            and word not in state.own_links
        ):
            break
        if state.named and not state.titled and (title := _apposed_title(doc, k, hi)):
            state.titled = True  # «توماس ريختر المتحدث باسم الأمين العام»
            return title.j
        if (
            not state.named
            and state.definite
            and not state.plural
            and not state.quantified
            and (
                state.head == "title"
                or (
                    state.head == "anonymous"
                    and (
                        not (state.linked or state.genitive)
                        or _marked(doc, k + _unknown_adjective(doc, k, state), _learned)
                    )
                )
            )
            and (title := _apposed_title(doc, k + _unknown_adjective(doc, k, state), hi))
            is not None
            and title.j - title.i > 1
        ):
            # «الناطق باسم الوزارة الدكتور حاتم الأزرعي», «استشاري الغدد الصماء الدكتور …»,
            # «الخبير الاقتصادي الدكتور أحمد سالم», «الخبير في الأوبئة الدكتور …»: one person,
            # described and then named (not «الباحث في جامعة الملك سعود»: the king names
            # the university)
            state.named = state.titled = True
            return title.j
        if state.construct and state.head != "anonymous" and _nisba_in_construct(doc, k, hi):
            k += 1  # «وزير خارجية بريطانيا»: a noun, though shaped like an adjective
            state.genitive = True
            continue
        # «إدارة نادي بايرن ميونيخ»: an institution's noun in the chain, though shaped like
        # an adjective, is the genitive below
        in_chain = state.construct and wc.head(hits) == "organization"
        # «وحثت الوزارة المواطنين على …», «… الأهالي إلى …»: a plural of people modifies no
        # single thing, though shaped like a nisba
        plural_people = not state.plural and (
            (wc.plural_shape(doc, word) and wc.head(hits)) or _listed_plural(doc, word, hits)
        )
        if not (in_chain or plural_people) and (
            wc.adjective(doc, k, state.definite)
            or (state.linked_definite and wc.adjective(doc, k, True))
        ):
            k += 1
            state.construct = False
            continue
        if word in grammar.name_particles and k + 1 < hi and not doc.is_punct(k + 1):
            k += 2
            while k < hi and doc.words[k - 1] in grammar.name_particles and not doc.is_punct(k):
                k += 1  # «بن عبد الله», «ولد أبو بكر»: a particle after the particle
            state.named = state.named or not state.kin  # «عائلة حمزة بن دلاج»: still his
            continue
        if names_ar.abbreviated_title(doc, k, hi):
            k = names_ar.abbreviated_name(doc, k + 2, hi)  # «الباحث الفلكي د. خالد الزعاق»
            state.named = True
            continue
        if names_ar.given_name(doc, k) and _told_by_name(doc, k):
            break  # «وقال الرئيس لسامح الحكيم إن»: whom he told, named after «لـ»
        if (
            state.plural
            and not (state.construct or state.quantified)
            and k > i + 1
            and names_ar.given_name(doc, k)
            and not _names_listed(doc, k, hi)
        ):
            break  # «وطالب النواب المستقلون سامي حداد بـ…»: many take no one's name; the object
            # (but «رؤساء البلديات السابقون سامي حداد وكريم سالم»: who they are)
        if names_ar.given_name(doc, k):
            after_title = k > 0 and doc.has(k - 1, "source", "title") is not None
            k += 1
            # «مصدر بمطار مرسى علم»: a name inside an anonymous source's genitive names a
            # place or an office, not the source («المحلل محمد أحمد» is named, and so is
            # «الناشط في المعارضة محمد الأحمد»: a definite head is somebody in particular)
            # and a name in an institution's own name names the institution («وكالة تسنيم»,
            # «جامعة الملك سعود», «قوات حفتر»)
            institution = state.head in ("organization", "named_organization")
            inside = state.kin or (
                state.head == "anonymous"
                and (state.genitive or state.linked)
                # «مسؤول في البلدية سامي حداد»: after a noun that awaits no genitive (its
                # article, a place), a name and its family name are the one official's own
                # (not «مقربون من الرئيس دونالد ترامب»: whom they are close to, the title's)
                and (
                    state.construct
                    or state.plural
                    or after_title
                    or not _full_name_reports(doc, k - 1, hi)
                )
                and not (
                    state.head_definite
                    and state.linked
                    and not (state.quantified or state.construct)
                    # «المسؤول في إدارة الإنقاذ محمد سالم»: the official's name, after a
                    # genitive that is no office («جامعة الملك سعود»: the king's name)
                    and not after_title
                )
            )
            state.named = state.named or _apposed_to_one(state) or not (inside or institution)
            state.genitive = state.genitive or institution or state.kin
            state.construct = state.construct and not state.kin
            continue
        if (
            state.named
            and all(
                h.kind == "signal"
                or (
                    h.kind == "loaded"
                    and wc.praise_surname(doc, k, h.role, titled=state.head == "title")
                    and not word.endswith(grammar.feminine_ending)
                    and (
                        names_ar.report_opens(doc, k + 1, hi)
                        # a verb right after it, when a word of praise («أحمد الصامد قال»);
                        # after an office, «وأدان الملك عبدالله الإرهاب وقال» is his object
                        or (doc.has(k + 1, "cue", "verb") and h.role in SURNAME_CATEGORIES)
                    )
                )
                for h in hits
            )
            and doc.lexicon.morphology.split_article(word)[0]
        ):
            # a family name with the article after a first name: «هيثم الزناد», and one that
            # is also an adjective of judgement or praise: «رفعت الشريف», and «أحمد الصامد»
            # when the report opens right after it (not «انتقد النائب سامي الفشل الذريع»,
            # the verb's object; nor «توجيهات الشيخ محمد الحكيمة», his guidance's adjective)
            k += 1
            continue
        if (
            state.named
            and k + 1 < hi
            and wc.name(doc.hits[k - 1])
            # a name as written, not «لأردوغان»: whom it was said to
            and any(h.kind == "entity" and not h.affixed for h in doc.hits[k + 1])
            and wc.name(doc.hits[k + 1])
            and hits
            and all(h.kind == "signal" for h in hits)
            and not doc.lexicon.morphology.split_article(word)[0]
        ):
            # «رجب طيب أردوغان»: between two names, a word the claim signals list (as
            # dialect, «طيب») is a middle name
            k += 1
            continue
        if (
            state.named
            and k - 1 >= i
            and wc.name(doc.hits[k - 1])
            and doc.lexicon.morphology.split_article(word)[0]
            and hits
            and all(h.kind == "source" and not h.plural for h in hits)
            and names_ar.report_opens(doc, k + 1, hi)
        ):
            # «رئيس الحكومة يوسف الشاهد إن»: a family name that is also a word for a source
            # (a witness), right after a first name, and the report opens after it
            k += 1
            continue
        if state.head == "document" and not state.named and lam_named(doc, k):
            # «في تصريحات صحفية للحربي»: «لـ» and the family name of a person named before
            state.speaker = "person"
            state.genitive = state.definite = True
            k += 1
            break
        if (
            k == i + 1
            and doc.is_number(k)
            and doc.words[i] in grammar.numbered_units
            and _unit_number_ends(doc, k + 1, hi)
        ):
            k += 1  # «اللواء 444»: a brigade by its number, no general's rank
            while (
                k < hi
                and k - i < _NAME_RUN_ON
                and not doc.is_punct(k)
                and not names_ar.function_word(doc, k)
                and not names_ar.known(doc, k)
            ):
                k += 1  # «اللواء 444 قتال»: the rest of its name
            state.head = "named_organization"
            state.genitive = state.definite = True
            state.construct = state.named = False
            continue
        if k == i + 1 and doc.is_number(k) and _outlet_named(doc, i, k):
            k += 1  # «القناة 14 الإسرائيلية»: a channel named by its number
            state.genitive = state.definite = True
            state.construct = False
            continue
        if _seated_after_adjective(doc, k, state):
            # «مسؤول رفيع بوزارة الصحة», «مصادر رسمية بالوزارة»: where the source sits
            state.linked = state.genitive = state.institution = True
            state.construct = not wc.definite(doc, word, hits)
            state.definite = not state.construct  # «… بالبنك المركزي»: its adjectives agree
            k += 1
            continue
        if _seated_by_letter(doc, k, hi, state):
            # «رئيس حزب الأمة بالسودان مبارك الفاضل»: where the office is, then its holder
            state.linked = True
            k += 1
            continue
        if (step := _lam_genitive(doc, k, hi, state)) is not None:
            k += step  # «الأمين العام للأمم المتحدة», «تقرير للأمم المتحدة»
            state.one_of = state.one_of or _one_of_by_lam(doc, k - step, state)
            state.linked = state.genitive = state.definite = True
            continue
        # «خبراء من جامعة …»: linked to an institution, the institution's genitive,
        # a name the lexicon may not know («هارفارد»)
        role = "organization" if state.linked and state.institution else state.head
        if (
            state.construct
            and (wc.genitive(doc, k, role) or _outlet_named(doc, i, k))
            # «أصدرت شرطة بريستول بياناً»: a noun written in the accusative is the verb's
            # object, no genitive; so is a statement after the name of who issued it
            and not names_ar.accusative_written(doc, k)
            and not (
                state.genitive and wc.head(hits) == "document" and not wc.definite(doc, word, hits)
            )
        ):
            state.one_of = state.one_of or _one_of_by_lam(doc, k, state)  # «متحدث لوزارة …»
            if state.head == "document" and not state.genitive:
                # «تصريحات رؤساء البلديات»: offices, plural, name nobody
                offices = any(h.kind == "source" and h.role == "title" and h.plural for h in hits)
                state.speaker = "anonymous" if offices else wc.head(hits)
                if (
                    state.speaker == "title"
                    and word.endswith(grammar.feminine_ending)
                    and any(h.kind == "source" and h.role == "organization" for h in hits)
                ):
                    state.speaker = "organization"  # «بيان لمحافظة …»: the governorate's
            state.genitive = True
            state.institution = wc.head(hits) == "organization"  # «مدير عام الشركة …»
            if wc.definite(doc, word, hits):
                state.construct, state.definite = False, True
            # a word the lexicon does not know names it: «وكالة أنباء جيجي»
            state.common_genitive = names_ar.known(doc, k) and not (state.definite or wc.name(hits))
            k += 1
            continue
        if (step := _coordinated(doc, k, state)) is not None:
            # an indefinite institution or title awaits its genitive: «ورئيس الوزراء»
            state.construct = _awaits_genitive(doc, doc.words[k][1:])
            state.coordinated = True
            state.linked = False  # the second head's own link: «… والناطق باسم الشرطة»
            k += step
            continue
        if (
            (state.head in _LINKING_HEADS or state.quantified or _seated(doc, k, hi, state))
            # «المفوضية العليا لحقوق الإنسان في العراق»: where, after what it is for;
            # «مدير الإدارة العامة للمرور في وزارة الداخلية»: the office's ministry
            and (not state.linked or _seated(doc, k, hi, state) or _office_in(doc, k, hi, state))
            and k + 1 < hi
            and (
                doc.has(k, "source", "link")
                or (word in state.own_links and _institution_or_place(doc, k + 1))
            )
            and wc.nounish(doc, k + 1)
            and not _dated(doc, k + 1, hi)
            # «وأكد الوزير من جهته أن»: «من جهته» stands between a source and the report
            and not skip_phrase(doc, k)
            # a named person goes on only to an institution or a place («من مدينة رفح»):
            # «… "ناجي غوركان" من هزة قوية» is what he warned of
            and not (
                state.named
                and not _institution_or_place(doc, k + 1)
                and not (k + 2 < hi and _institution_or_place(doc, k + 2))
            )
            and not (
                state.head == "title"
                # «قال الوزير في ختام الاجتماع»: after a definite office, «في» goes on only
                # to where the office is, not to when it spoke
                and (state.genitive or (state.head_definite and word in grammar.seat_prepositions))
                and not state.coordinated
                and not _institution_or_place(doc, k + 1)
            )
        ):
            state.one_of = state.head == "title" and not (
                state.definite or state.genitive or state.named
            )
            state.linked = True
            # «المتحدث باسم الأمين العام للأمم المتحدة»: an office or institution after the
            # link may still say whose it is
            state.institution = wc.head(doc.hits[k + 1]) in ("title", "organization")
            entity = wc.entity_extent(doc, k + 1, hi)
            if entity > 1:  # «مسؤول في مجلس الأمن»
                k += 1 + entity
                state.construct = False
                state.genitive = True  # «… باسم وزارة المياه والري»
                continue
            state.construct = not wc.definite(doc, doc.words[k + 1], doc.hits[k + 1])
            state.linked_definite = not state.construct
            k += 2
            continue
        if (end := _hidden_name(doc, k, hi)) is not None:
            state.hidden = True
            return end
        if (end := _unknown_name(doc, k, hi, state)) is not None:
            state.named = True
            k = end
            continue
        break
    return k


def _names_listed(doc: Document, k: int, hi: int) -> bool:
    """Is the name at token k (or the word before it) joined by «و» to another, or another
    joined so follows within its next words («سامي حداد وكريم سالم»): several people named one by
    one?"""
    and_letter = doc.lexicon.grammar.and_letter
    return any(
        doc.words[t][:1] == and_letter and names_ar.given_name(doc, t)
        for t in range(k - 1, min(hi, k + _NAME_LIST_REACH))
    )


def _nationality_only(doc: Document, j: int) -> bool:
    """Is token j known only as an adjective of nationality («السوداني»)?"""
    hits = doc.hits[j]
    return bool(hits) and all(h.kind == "entity" and h.role == "nationality" for h in hits)


def _described_after(doc: Document, j: int) -> bool:
    """Is token j one definite person described after a name: a singular source word of
    people or offices with the article («… الطبيب», «… الخبير»)?"""
    word, hits = doc.words[j], doc.hits[j]
    return (
        wc.head(hits) in ("anonymous", "title")
        and wc.definite(doc, word, hits)
        and not wc.plural(doc, word, hits)
    )


def _name_quoted(doc: Document, k: int, close: int, state: _State) -> bool:
    """«خبير الزلازل التركي الشهير "ناجي غوركان"»: after one person's description, a
    quoted name is that person's when it opens with a first name the lexicon knows or is
    two or three words it does not know (not «مدير مستشفى "الأمل"», the hospital's)."""
    if state.head not in ("anonymous", "title") or state.plural or not state.definite:
        return False
    if k >= close:
        return False
    return wc.name(doc.hits[k]) or (2 <= close - k <= 3 and unknown_name(doc, k, close))


def _described_one(state: _State) -> bool:
    """Does the phrase so far describe one person a quoted name may follow («الرحالة المصري
    "أحمد سالم"»)? Not a name that completes a genitive or a link («الباحثون في المركز
    الوطني «نور»»), nor people («مستخدمو موقع تويتر»)."""
    return (
        state.head in ("anonymous", "title")
        and state.definite
        and not (state.construct or state.genitive or state.linked or state.plural)
    )


def _quoted_name_after(doc: Document, k: int, close: int, state: _State) -> bool:
    """Can the quotation opening at token k and closing at `close` name what the phrase so
    far describes? Not after a person's name, nor with a word no name holds («"نحن هنا"»,
    «"بالنجاح"»), nor a definite word after a person's title («المتحدث "الأوضاع مستقرة"»)."""
    if state.named:
        return False
    function_words = doc.lexicon.grammar.function_words
    inner = range(_last_mark(doc, k, close) + 1, close)
    if names_ar.glued_preposition(doc, doc.words[inner.start]):
        return False
    if state.head in ("title", "anonymous") and names_ar.written_definite(doc, inner.start):
        return False  # «وقال المتحدث "الأوضاع مستقرة"»: a person's name has no article
    return all(wc.nounish(doc, t) and doc.words[t] not in function_words for t in inner)


def _last_mark(doc: Document, k: int, hi: int) -> int:
    """The last of the quotation marks written together from token k: a mark written twice
    («صحيفة ""الوطن""», as a spreadsheet escapes it) opens or closes the name once."""
    quotes = doc.lexicon.grammar.quote_marks
    while k + 1 < hi and doc.words[k + 1] in quotes and doc.ends[k] == doc.starts[k + 1]:
        k += 1
    return k


def told_outlet_end(doc: Document, j: int, hi: int) -> int | None:
    """Where the outlet a verb's words were told to ends, when one starts at token j:
    «لـ"الجزيرة نت"», «لوكالة الأنباء الألمانية», «لرويترز» («وقال لـ"الجزيرة نت" مدير
    المكتب …»); None when no outlet starts there."""
    if j >= hi:
        return None
    grammar = doc.lexicon.grammar
    word = doc.words[j]
    if (
        word == grammar.genitive_prefix[:1]
        and j + 1 < hi
        and doc.words[j + 1] in grammar.quote_marks
    ):
        close = _closing_quote(doc, _last_mark(doc, j + 1, hi), hi)
        return None if close is None else _last_mark(doc, close, hi) + 1
    if not wc.told_to(doc, word):
        return None
    outlet = parse_phrase(doc, j, hi, cut=1)
    return j + 1 if outlet is None else outlet.j


def _bracketed_name(doc: Document, k: int, hi: int) -> int | None:
    """The closing bracket of a short name in brackets opening at token k («(الحياة)»,
    «(نيويورك تايمز)»): nouns only, no function word, nothing glued on («(تابعة للحكومة)»,
    «(مقرها لندن)»), not one adjective alone («(خيرية)»)."""
    function_words = doc.lexicon.grammar.function_words
    for j in range(k + 1, min(hi, k + _QUOTE_SPAN + 1)):
        word = doc.words[j]
        if word == ")":
            if j == k + 1 or (
                j == k + 2
                and wc.nisba(doc, doc.words[k + 1])
                and not names_ar.written_definite(doc, k + 1)
            ):
                return None  # «(خيرية)»: what kind, not which («(العربية)» is a name)
            return j
        if (
            doc.is_punct(j)
            or not wc.nounish(doc, j)
            or word in function_words
            or names_ar.glued_preposition(doc, word)
            or names_ar.possessed(doc, word)
            or (word[:1] in doc.lexicon.grammar.preposition_letters and wc.told_to(doc, word))
        ):
            return None
    return None


def _bracketed_outlet(doc: Document, k: int, close: int) -> Phrase | None:
    """«وخلصت (تايم) إلى أن», «وكتبت (لوموند) أن»: a name in brackets right after a feminine
    reporting verb, with no first name in it and the report opening right after it, is an
    outlet's or an institution's, as a quoted one is."""
    if not (k > 0 and doc.has(k - 1, "cue", "verb") and wc.feminine_verb(doc, k - 1)):
        return None
    if any(wc.name(doc.hits[t]) for t in range(k + 1, close)):
        return None  # «وقالت (سعاد) إن»: a woman's first name
    if any(
        any(
            h.kind in ("cue", "signal", "loaded")
            or (h.kind == "source" and h.role != "organization")
            for h in doc.hits[t]
        )
        for t in range(k + 1, close)
    ):
        return None  # «وأكدت (مرة أخرى) أن»: how or when, no outlet
    feminine = doc.lexicon.grammar.feminine_ending
    if (
        close == k + 2
        and not names_ar.written_definite(doc, k + 1)
        and doc.words[k + 1].endswith(feminine)
    ):
        return None  # «وأضافت (ضاحكة) أن»: how she said it
    # (the report may open past where the subject had to end: «إلى أن» after «خلصت»)
    if not names_ar.report_opens(doc, close + 1, doc.sentence_of(close)[1]):
        return None
    return Phrase(
        k + 1, close, doc.starts[k + 1], doc.ends[close - 1], "organization", "organization"
    )


def _closing_quote(doc: Document, k: int, hi: int, span: int = _QUOTE_SPAN) -> int | None:
    quotes = doc.lexicon.grammar.quote_marks
    for j in range(k + 1, min(hi, k + span + 1)):
        if doc.words[j] in quotes:
            return j if j > k + 1 else None
        if doc.is_punct(j):
            return None
    return None


def _quoted(doc: Document, i: int, hi: int) -> Phrase | None:
    """«قالت "حماس"», «وقال "الروبى"»: a quoted name right after the cue."""
    i = _last_mark(doc, i, hi)
    close = _closing_quote(doc, i, hi)
    if close is None:
        # longer, only a whole source phrase: «أعلنت "الهيئة العامة لسلامة الغذاء في الكويت"»
        close = _closing_quote(doc, i, hi, _QUOTED_PHRASE_SPAN)
        inner = parse_phrase(doc, i + 1, close) if close is not None else None
        return inner if inner is not None and inner.j == close else None
    inner = parse_phrase(doc, i + 1, close)
    if inner is not None and inner.j == close:
        return inner
    words = range(i + 1, close)
    if close - i > names_ar.NAME_RUN or not all(wc.nounish(doc, k) for k in words):
        return None
    if names_ar.glued_preposition(doc, doc.words[i + 1]):
        return None  # «وتعهدت "بالنجاح"»: what she pledged, no name starts «بال»
    # One unknown word («وقال "الروبى" رأي …»), or a short name the report follows («وقال
    # "مجاهد" إن …»); not a short quotation («وقال "الهدوء الحذر" يسود …»).
    after = _last_mark(doc, close, hi) + 1
    if (close == i + 2 and not doc.hits[i + 1]) or names_ar.report_opens(doc, after, hi):
        # «وأوضحت "تي موبايل"»: a name of two words in quotation marks after a feminine
        # verb, with no first name the lexicon knows, is a company's or an institution's (one
        # word may be a woman's: «وقالت "أمل"»)
        feminine = i > 0 and doc.has(i - 1, "cue", "verb") and wc.feminine_verb(doc, i - 1)
        # «وفقاً لـ"سونا"», «بحسب "بترا"»: one word after a preposition of attribution is an
        # agency's or an outlet's name, unless it is the family name of a person named before
        before = (
            i - 1
            if i > 0 and doc.words[i - 1] != doc.lexicon.grammar.genitive_prefix[:1]
            else i - 2
        )
        cited = (
            before >= 0
            and doc.has(before, "cue", "preposition")
            and close == i + 2
            and not wc.name(doc.hits[i + 1])
            and not doc.has(i + 1, "source", "document")  # «بحسب "الدستور"»: no outlet
            and not names_ar.introduced(doc, i + 1, loosely=True)
            and not _after_first_name(doc, i + 1)
        )
        institution = (
            names_ar.acronym(doc, i + 1, close)
            or cited
            # «وقالت "الصباح" إن», not followed by who it is
            or (
                close == i + 2
                and _outlet_word(doc, i + 1)
                and not names_ar.described_after(doc, after, hi)
            )
            # «وأفادت "الدعم السريع"»: a name of two words or more whose first word has the
            # article and is no first name is an institution's (a person's opens without it)
            or (
                close - i > 2
                and names_ar.written_definite(doc, i + 1)
                # not «"الحاج محمود"» (a first name inside), nor a nickname followed by who
                # the person is («"الذئب الأبيض"، قائد الفصيل، إن»)
                and not any(wc.name(doc.hits[t]) for t in range(i + 1, close))
                and not names_ar.described_after(doc, after, hi)
            )
            or (
                feminine
                and close - i > 2
                # «"هبة سعيد"», «"رغد العلي"»: a first name or a family name with the article
                and not any(
                    wc.name(doc.hits[t]) or names_ar.written_definite(doc, t)
                    for t in range(i + 1, close)
                )
                and not names_ar.introduced(doc, i + 1, loosely=True)  # «"هارتمان"»: named before
            )
        )
        kind: SourceKind = "organization" if institution else "person"
        return Phrase(i + 1, close, doc.starts[i + 1], doc.ends[close - 1], kind, "person")
    return None


def _outlet_word(doc: Document, k: int) -> bool:
    """Is token k, quoted on its own, a newspaper's or a channel's name («"الصباح"»): one word
    with the article, not a family name shaped as one («"الروبي"») nor one named so before?"""
    return (
        names_ar.written_definite(doc, k)
        and not wc.nisba(doc, doc.words[k])
        and not names_ar.introduced(doc, k, loosely=True)
        and not _after_first_name(doc, k)
    )


def _after_first_name(doc: Document, k: int) -> bool:
    """Did the word at token k stand earlier in the article right after a first name, in
    quotation marks or not («المدرب أحمد "بيبو"», «سامي "الخطيب"»): a person's own name?"""
    quotes = doc.lexicon.grammar.quote_marks
    word, words = doc.words[k], doc.words
    for t in range(1, k - 1):
        if words[t] != word:
            continue
        first = t - 2 if words[t - 1] in quotes else t - 1
        if first >= 0 and wc.name(doc.hits[first]):
            return True
    return False


def quoted_title(doc: Document, i: int, hi: int) -> Phrase | None:
    """«بحسب «راديو الشمس»», «وفق "الشرق الأوسط"»: after a preposition of attribution, a
    short quoted name of nouns is who said it: an outlet or an institution, or a person when
    it opens with a first name the lexicon knows."""
    if i >= hi or doc.words[i] not in doc.lexicon.grammar.quote_marks:
        return None
    quotes = doc.lexicon.grammar.quote_marks
    opened = _last_mark(doc, i, hi)
    close = next(
        (t for t in range(opened + 2, min(hi, opened + _QUOTE_SPAN + 2)) if doc.words[t] in quotes),
        None,
    )
    if close is None:
        return None
    inner = range(opened + 1, close)
    if not all(
        doc.words[t] == "-"  # «العربية – الحدث»
        or doc.has(t, "source", "skip")  # «راديو اليوم»
        or not (doc.is_punct(t) or names_ar.function_word(doc, t) or doc.has(t, "cue", "verb"))
        for t in inner
    ):
        return None  # «بحسب "ما نشر"»: a quotation, no name
    one_name = len(inner) == 1 and names_ar.written_definite(doc, inner.start)  # «"الوطن"»
    if names_ar.glued_preposition(doc, doc.words[inner.start]) or not (
        one_name or any(_names_something(doc, t) for t in inner)
    ):
        return None  # «وفق "القانون الجديد"», «"للمعايير الدولية"»: a title, nobody's name
    kind: SourceKind = "person" if wc.name(doc.hits[inner.start]) else "organization"
    return Phrase(inner.start, close, doc.starts[inner.start], doc.ends[close - 1], kind, "person")


def _names_something(doc: Document, t: int) -> bool:
    """Is token t a listed name, an institution's noun or a word in Latin letters?"""
    hits = doc.hits[t]
    return (
        doc.surface(t).isascii()
        or wc.head(hits) in ("organization", "named_organization", "person")
        or any(h.kind == "entity" for h in hits)
    )


def _kind(state: _State) -> SourceKind:
    if state.hidden or state.quantified:
        return "anonymous"
    if state.named:
        return "person"
    if state.head == "title":
        if state.plural or state.one_of or state.profession:
            # «قادة», «عضو في مكتب المرشد», «استشاري أمراض معدية»: who, it does not say
            return "anonymous"
        return "person" if state.definite or state.genitive else "anonymous"
    if state.head == "document" and state.plural and not state.genitive:
        return "anonymous"  # «وفق الدراسات الفلكية»: whose studies, it does not say
    if state.head == "document" and state.speaker in ("title", "person"):
        return "person"  # «بيان لوزير الخارجية»: the minister's
    if state.head == "document" and state.speaker in ("anonymous", "quantifier"):
        # «تصريح لمسؤول في الوزارة», «إفادة أحد الموظفين»: an official's, one employee's,
        # unnamed
        return "anonymous"
    if state.head == "organization" and state.common_genitive and not state.definite:
        return "anonymous"  # «مركز أبحاث أسترالي»: a kind of institution, none named
    if state.head in ("organization", "group", "document"):
        return "organization" if state.definite or state.genitive else "anonymous"
    if state.head == "named_organization":
        return "organization"
    return "anonymous"


def _told_by_name(doc: Document, k: int) -> bool:
    """Is token k a first name the lexicon knows only with a preposition glued on («لسامح»,
    «لنادين»): the one told, not the name of who spoke?"""
    names = [h for h in doc.hits[k] if h.kind == "entity" and h.role == "given_name"]
    return (
        doc.words[k][:1] in doc.lexicon.grammar.preposition_letters
        and bool(names)
        and all(h.affixed for h in names)
    )


def _one_of_by_lam(doc: Document, k: int, state: _State) -> bool:
    """«ممثلة للصليب الأحمر», «مستشار لرئيس الوزراء»: an office without the article, then
    its institution or office after a glued «لـ» at token k, is one of theirs, unnamed
    (the construct, «ممثلة الصليب الأحمر», names the one)."""
    return (
        state.head == "title"
        and not (state.definite or state.genitive or state.named)
        and doc.words[k][:1] == doc.lexicon.grammar.genitive_prefix[:1]
        and any(h.affixed for h in doc.hits[k])
    )


def _lam_genitive(doc: Document, k: int, hi: int, state: _State) -> int | None:
    """«of» written with a glued «ل»: an institution's title or document names it this way
    («الأمين العام للأمم المتحدة», «المدير التنفيذي لشركة …», «وزير الدولة لشؤون الإعلام»),
    and an institution's own name goes on with what it is for («الهيئة العامة للإحصاء»).
    Not whom something was said to: «قال المتحدث للصحفيين», «… لوكالة رويترز»; nor after a
    second head («اتهامات من قيادة الحرس والجيش للولايات المتحدة»). Sets the state for
    what follows («لمجلس» awaits its genitive) and returns the tokens taken."""
    if state.coordinated or not (state.head in _INSTITUTION_HEADS or state.titled):
        return None
    if state.linked and not state.institution:
        return None  # after «في …» or «باسم …», «لـ» may only complete an institution or office
    word = doc.words[k]
    grammar = doc.lexicon.grammar
    prefix = grammar.genitive_prefix
    if prefix and word == prefix[0] and k + 1 < hi:
        return _lam_apart(doc, k, hi, state)
    # a noun of three letters or more after the glued «ل» or «لل»: «لحزب», «للأمم»; never
    # «لها», «لهم»
    if not prefix or not word.startswith(prefix[0]) or len(word) < 4:
        return None
    if word.startswith(prefix) and len(word) < len(prefix) + 3:
        return None
    article = doc.lexicon.morphology.article
    if word.startswith(prefix):  # «لل» is «ل» + «ال»
        bare = article + word[len(prefix) :]
    elif state.definite:  # «لمجلس»: only after a definite title or name
        bare = word[len(prefix) - 1 :]
    else:
        return None
    stem = doc.lexicon.morphology.split_article(bare)[1]
    hits = wc.lookup(doc, bare)
    if any(h.kind == "source" and h.entry in grammar.told_outlets for h in hits) and not (
        # «الموقع الإلكتروني للصحيفة»: an outlet's own site, described, then whose (not
        # «وقالت القناة لصحيفة …»: whom the channel told)
        state.head == "organization"
        and k >= 2
        and wc.adjective(doc, k - 1, True)
        and any(h.kind == "source" and h.entry in grammar.told_outlets for h in doc.hits[k - 2])
    ):
        return None  # «قال المتحدث لوكالة …»: the outlet it was said to
    institution = wc.head(hits) in ("organization", "named_organization")
    if bare == word[1:] and institution and wc.head(hits) == "named_organization":
        institution = False  # «لرويترز», «لأرامكو»: told or of, no telling which
    purpose = (
        (state.institution or state.head == "title")  # «المدير العام للتنقل»
        and state.definite
        and wc.adjective(doc, k - 1, True)  # «الهيئة العامة للإحصاء», never «الشركة لعملائها»
        and _purpose_noun(doc, bare, hits)
        # «للإحصاء», or an indefinite noun in construct: «لخدمات المياه», never «لعملائه أن»,
        # or a place's name after its kind: «لنهر الليطاني»
        and (
            word.startswith(prefix)
            or _genitive_follows(doc, k + 1, hi)
            or (
                any(h.role == "place_trigger" for h in hits)
                and _genitive_follows(doc, k + 1, hi, place=True)
            )
        )
    )
    # «لشؤون» after an office or an institution: «المفوضة العليا للأمم المتحدة لشؤون اللاجئين»
    office = stem in grammar.lam_genitive_nouns and (state.head == "title" or state.institution)
    # «الحملة الانتخابية للمرشح الجمهوري», «المكتب الإعلامي للرئيس»: the office's holder;
    # «المستشار الاقتصادي لرئيس الحكومة»: an adviser's, his office after his field
    owner = (
        (state.institution and word.startswith(prefix))
        or (state.head == "title" and state.definite and not state.linked)
    ) and (
        wc.head(hits) == "title"
        and wc.adjective(doc, k - 1, True)  # not «وقالت الشركة للمرشح»: whom it told
    )
    if not (institution or purpose or office or owner):
        return None
    state.construct = not wc.definite(doc, bare, hits)
    state.institution = institution
    return max(1, wc.entity_extent(doc, k, hi))


def _lam_apart(doc: Document, k: int, hi: int, state: _State) -> int | None:
    """«لـ» written apart before an institution's noun, after a definite title or institution
    («المدير العام لـ منظمة الصحة العالمية», «الأمين العام لـ الجامعة العربية»). A name on
    its own after it may be whom it was said to («لـ رويترز»), so only an institution's noun."""
    if not state.definite or doc.is_punct(k + 1):
        return None
    bare = doc.words[k + 1]
    hits = wc.lookup(doc, bare)
    if wc.head(hits) != "organization":
        return None
    if any(h.kind == "source" and h.entry in doc.lexicon.grammar.told_outlets for h in hits):
        return None  # «قال المتحدث لـ صحيفة …»: the outlet it was said to
    state.construct = not wc.definite(doc, bare, hits)
    state.institution = True
    return 1 + max(1, wc.entity_extent(doc, k + 1, hi))


def _purpose_noun(doc: Document, word: str, hits: tuple[Hit, ...]) -> bool:
    """What an institution is for, after «لـ» in its name («للإحصاء», «لخدمات المياه»):
    no name, cue or person the lexicon knows, nor a plural of people («للمستثمرين»: told
    to). A statistic or a report may be what it is for («الهيئة العامة للإحصاء»)."""
    if word in doc.lexicon.grammar.function_words:
        return False
    for hit in hits:
        if hit.kind == "entity" and hit.rest:
            continue  # «نهر» opens «نهر النيل», which is not what follows here
        if hit.kind in ("cue", "entity") or (hit.kind == "source" and hit.role != "document"):
            return False
    stem = doc.lexicon.morphology.split_article(word)[1]
    return len(stem) >= 3 and not stem.endswith(names_ar.PEOPLE_PLURALS)


def _genitive_follows(doc: Document, j: int, hi: int, *, place: bool = False) -> bool:
    """A noun follows at token j, not a nisba adjective («لخدمات المياه», not «لنظيره
    الروسي»); after a kind of place, its name may be shaped like one («لنهر الليطاني»)."""
    if j >= hi or not wc.nounish(doc, j) or (wc.nisba(doc, doc.words[j]) and not place):
        return False
    return not any(h.role in ("modifier", "nationality") for h in doc.hits[j])


def _apposed_title(doc: Document, k: int, hi: int) -> Phrase | None:
    """A definite title right after a name, saying who the person is («… المتحدث باسم
    الأمين العام للأمم المتحدة», «… رئيس الحزب الاشتراكي»): the name's phrase takes the whole
    title phrase."""
    hits = doc.hits[k]
    if wc.head(hits) != "title":
        return None
    title = parse_phrase(doc, k, hi)
    if title is None or title.kind != "person":
        return None
    if not doc.lexicon.morphology.split_article(doc.words[k])[0] and title.j - k < 2:
        return None  # without the article, only a title its genitive makes definite
    return title


def _unknown_adjective(doc: Document, k: int, state: _State) -> int:
    """1 when token k is a definite word the lexicon does not know right after a definite
    genitive: an adjective of it the grammar cannot tell by its shape («الغدد الصماء»),
    taken only when a title and a name follow (the caller checks)."""
    word = doc.words[k]
    if not state.genitive or state.construct or doc.hits[k] or k + 1 >= len(doc.words):
        return 0
    return int(doc.lexicon.morphology.split_article(word)[0] and not doc.is_punct(k))


def _nisba_in_construct(doc: Document, k: int, hi: int) -> bool:
    """«وزير خارجية بريطانيا», «رئيس جمهورية الشيشان»: after a noun in construct, a word
    shaped like an indefinite nisba and followed by a country or a definite noun is a noun
    in the chain, not an adjective of the noun before it (that would be indefinite too)."""
    word, hits = doc.words[k], doc.hits[k]
    if k + 1 >= hi or not wc.nisba(doc, word) or wc.definite(doc, word, hits):
        return False
    after = doc.hits[k + 1]
    if any(h.kind == "entity" and h.role in ("country", "place") and not h.affixed for h in after):
        return True
    return (
        wc.nounish(doc, k + 1)
        and not doc.has(k + 1, "source", "skip")
        and not wc.adjective(doc, k + 1, True)
        and doc.lexicon.morphology.split_article(doc.words[k + 1])[0]
    )


def _institution_or_place(doc: Document, k: int) -> bool:
    """«رئيس قسم الجراحة في مستشفى …»: after an office its genitive already names, «في» goes
    on only to an institution or a place, not to when it was said («… في ختام الاجتماع»)."""
    hits = doc.hits[k]
    return wc.head(hits) in ("organization", "named_organization") or any(
        h.kind == "entity" and h.role in ("place", "country") for h in hits
    )


def _seated(doc: Document, k: int, hi: int, state: _State) -> bool:
    """«نقابة الصحافيين في تركيا», «السفارة الأمريكية في القاهرة»: an institution, then
    «في» and the country or city where it sits."""
    return (
        state.head in ("organization", "named_organization")
        and doc.words[k] in doc.lexicon.grammar.seat_prepositions
        and k + 1 < hi
        and any(h.kind == "entity" and h.role in ("place", "country") for h in doc.hits[k + 1])
    )


def _office_in(doc: Document, k: int, hi: int, state: _State) -> bool:
    """«مدير الإدارة العامة للمرور في وزارة الداخلية»: after an office and what it is for, «في»
    and the ministry or body that holds it (not a place: where it spoke)."""
    grammar = doc.lexicon.grammar
    if not (
        state.head == "title"
        and doc.words[k] in grammar.seat_prepositions
        and k + 1 < hi
        and wc.head(doc.hits[k + 1]) == "organization"
        and not any(h.kind == "entity" for h in doc.hits[k + 1])
    ):
        return False
    word = doc.words[k + 1]
    # «في مكتبه», «في محافظة حمص», «في منتدى الاستثمار»: where or at what it spoke
    stem = doc.lexicon.morphology.split_article(word)[1]
    return not names_ar.pronoun_ended(doc, k + 1) and stem not in grammar.seats_not_offices


def _unit_number_ends(doc: Document, j: int, hi: int) -> bool:
    """After «اللواء 444», does what follows at token j go on with a unit's name or end it
    (a word the lexicon does not know, a mark, the report), rather than make the number a
    date or a count («اللواء 12 مارس», «اللواء 3 أيام», «اللواء 2 من قادة …»)?"""
    if j >= hi or doc.is_punct(j):
        return True
    word = doc.words[j]
    return (
        not doc.hits[j] and not names_ar.function_word(doc, j)
    ) or word in doc.lexicon.grammar.content_openers


def _outlet_named(doc: Document, i: int, k: int) -> bool:
    """«صحيفة الصباح», «جريدة المساء», «القناة 14»: right after an outlet's noun at token i, a
    word of time that names outlets (grammar `outlet_time_names`; not a weekday: «صحيفة
    الأحد» is a day's) or a channel's number."""
    grammar = doc.lexicon.grammar
    return (
        k == i + 1
        and (
            doc.words[k] in grammar.outlet_time_names
            # «القناة 14»: a channel by its number (not «الصحيفة 3 أسباب»: a count)
            or (doc.is_number(k) and doc.words[i] in grammar.numbered_outlets)
        )
        and any(
            h.kind == "source" and h.entry in doc.lexicon.grammar.outlet_heads for h in doc.hits[i]
        )
    )


def _seated_after_adjective(doc: Document, k: int, state: _State) -> bool:
    """Is token k an institution with the seat's letter glued on («بوزارة», «بالوزارة»),
    right after the adjective of an unnamed source or an office not yet linked anywhere
    («مصادر رسمية بوزارة الصحة»)? (Right after the head, «مسؤول بوزارة» is its genitive.)
    Only when a verb or the report follows the institution's name: in «وندد مصدر حكومي
    بالحكومة السابقة» the «بـ» is the verb's, the government what it denounced."""
    word = doc.words[k]
    return (
        state.head in _LINKING_HEADS
        and not (state.linked or state.construct or state.genitive or state.named)
        and k > 0
        # or right after a sound plural, which takes no genitive («عاملون بالمستشفى أن»)
        and (wc.adjective(doc, k - 1, state.definite) or state.uncut)
        and word[:1] in doc.lexicon.grammar.seat_letters
        and any(h.kind == "source" and h.role == "organization" and h.affixed for h in doc.hits[k])
        and _verb_or_report_after_name(doc, k + 1)
    )


def _seated_by_letter(doc: Document, k: int, hi: int, state: _State) -> bool:
    """Is token k a country or a city with the seat's letter glued on («بالعراق»), after an
    office and its institution, with the holder's first name right after it? (Not «ندد
    وزير الخارجية بإسرائيل»: what the verb's «بـ» denounced; nor «قال وزير الخارجية
    بالقاهرة إن»: where he spoke.)"""
    word = doc.words[k]
    return (
        state.head == "title"
        and state.genitive
        and not (state.linked or state.named or state.construct)
        and word[:1] in doc.lexicon.grammar.seat_letters
        and any(
            h.kind == "entity" and h.role in ("place", "country") and h.affixed for h in doc.hits[k]
        )
        and k + 1 < hi
        and names_ar.given_name(doc, k + 1)
    )


def _verb_or_report_after_name(doc: Document, k: int) -> bool:
    """Do a cue verb, the reported content or the outlet it was told to follow the few
    definite words of a name starting at token k («… بوزارة الصحة العامة إن»)?"""
    hi = len(doc.words)
    grammar = doc.lexicon.grammar
    for t in range(k, min(hi, k + _NAME_RUN_ON + 1)):
        word = doc.words[t]
        if (
            word in grammar.content_openers
            # the verb whose subject this is: «مصادر رسمية بالوزارة أكدت», not a second
            # clause's «وقال» after the verb's object («وندد مسؤول فلسطيني بالحكومة وقال»)
            or (doc.has(t, "cue", "verb") and word[:1] not in grammar.conjunction_letters)
            or wc.told_to(doc, word)
        ):
            return True
        if doc.is_punct(t):
            return False
        if not wc.definite(doc, word, doc.hits[t]) and not (
            # «بوزارة الشباب والرياضة أكدت»: the name's last field after «و»
            word[:1] in grammar.conjunction_letters
            and wc.definite(doc, word[1:], wc.lookup(doc, word[1:]))
        ):
            return False
    return False


def _kin(doc: Document, i: int) -> bool:
    """Does the phrase at token i open with a relative («عائلة», «والدة», «شقيق»: source
    words marked `kin`), whose genitive says whose relative, not who speaks?"""
    return _marked(doc, i, lambda row: row.kin)


def _own_links(doc: Document, i: int) -> frozenset[str]:
    """The prepositions the source word at token i alone may take («نائب» + «عن»)."""
    rows = doc.lexicon.source_words
    return frozenset(
        doc.lexicon.key(link)[0]
        for h in doc.hits[i]
        if h.kind == "source" and h.entry in rows
        for link in rows[h.entry].links
    )


def _learned(row: SourceWordRow) -> bool:
    return row.learned


def _marked(doc: Document, i: int, flag: Callable[[SourceWordRow], bool]) -> bool:
    """Is token i a source word whose row has `flag`?"""
    rows = doc.lexicon.source_words
    return any(h.kind == "source" and h.entry in rows and flag(rows[h.entry]) for h in doc.hits[i])


def _dated(doc: Document, k: int, hi: int) -> bool:
    """A month or a weekday at token k, or after a word the lexicon does not know («في يناير
    الماضي», «في شهر رمضان»): after «في» a time, not where the source works («وسائل إعلام
    في طهران الإثنين» is a place, then the day)."""
    if not doc.hits[k] and k + 1 < hi:
        k += 1
    return any(h.kind == "signal" and h.role in DATE_SIGNALS for h in doc.hits[k])


def _coordinated(doc: Document, k: int, state: _State) -> int | None:
    """«الجيش السوري وحلفاؤه», «المصادر والعسكريون»: a conjoined head of the same kind;
    without the article, only one unnamed group after another («مصادر أمنية وشهود عيان»)."""
    word = doc.words[k]
    if len(word) < 4 or word[0] not in doc.lexicon.grammar.conjunction_letters:
        return None
    rest = word[1:]
    # a listed phrase counts only whole: «بنك وربة» is no «ربة منزل»
    hits = tuple(h for h in wc.lookup(doc, rest) if doc.extent(k, h))
    if not state.definite:
        both_unnamed = state.head == "anonymous" and wc.head(hits) == "anonymous"
        return (
            _conjoined_extent(doc, k) if both_unnamed and not wc.definite(doc, rest, hits) else None
        )
    if wc.head(hits) or (wc.definite(doc, rest, hits) and wc.nisba(doc, rest)):
        return _conjoined_extent(doc, k)
    if (
        (state.genitive or state.institution)
        # «مصادر مطلعة بوزارة الشباب والرياضة»: the institution a source is linked to
        and (state.head in _INSTITUTION_HEADS or (state.linked and state.genitive))
        and not hits
        and rest.startswith(doc.lexicon.morphology.article)
    ):
        return 1  # «وزارة المياه والري», «المتحدث باسم وزارة التربية والتعليم»
    if (
        state.genitive
        and state.head in _INSTITUTION_HEADS
        and not hits
        and not wc.definite(doc, rest, hits)
        and k + 1 < len(doc.words)
        and not doc.is_punct(k + 1)
        and names_ar.written_definite(doc, k + 1)
        and wc.nounish(doc, k + 1)
    ):
        return 2  # «وزارة الزراعة واستصلاح الأراضي», «وزارة الصناعة وتنمية الصادرات»: a field
    return None


def _courtesy_surname(doc: Document, j: int) -> bool:
    """Is token j «السيد» (Mr) written as a family name after a first name, the lexicon's
    courtesy title (`bare_courtesy`) with the article and no more («ريم السيد»)?"""
    courtesy = doc.lexicon.grammar.bare_courtesy
    return (
        names_ar.written_definite(doc, j)
        and bool(doc.hits[j])
        and all(h.kind == "source" and h.entry in courtesy and not h.rest for h in doc.hits[j])
        and not doc.words[j].endswith(doc.lexicon.grammar.feminine_ending)
    )


def _joined_subjects(doc: Document, start: int, cue: int) -> Phrase | None:
    """«الشرطة وشهود عيان أكدوا», «الهلال الأحمر ومسؤول في قافلة … أعلنا»: source phrases
    joined by «و» that fill the clause before their verb, as one phrase (`sources` reports
    each of its own kind)."""
    and_letter = doc.lexicon.grammar.and_letter
    for k in range(start + 1, cue):
        if not and_letter or doc.words[k][:1] != and_letter:
            continue
        first = parse_phrase(doc, start, k)
        if first is None or first.j != k:
            continue
        more = conjuncts(doc, k, cue)
        if more and joined_tail(doc, more[-1].j, cue):
            return Phrase(start, cue, first.nstart, doc.ends[cue - 1], first.kind, first.head)
    return None


def joined_tail(doc: Document, j: int, end: int) -> bool:
    """Are the words from j to `end` (none, or a few) what the last of several joined
    subjects still holds, its genitive the grammar did not take («… في قافلة للإغاثة
    الطبية»)? No mark, function word or cue among them."""
    return end - j <= _JOINED_TAIL and not any(
        doc.is_punct(t) or names_ar.function_word(doc, t) or doc.has(t, "cue")
        for t in range(j, end)
    )


def conjuncts(doc: Document, k: int, hi: int) -> list[Phrase]:
    """The source phrases from token k on, each after «و» and each right after the one before
    («… ومسؤولون محليون ومحافظ المدينة»); none when token k opens none."""
    found: list[Phrase] = []
    while (other := conjunct(doc, k, hi)) is not None:
        found.append(other)
        k = other.j
    return found


def conjunct(doc: Document, k: int, hi: int) -> Phrase | None:
    """The source phrase after the «و» glued to token k («وشهود عيان»), without the «و»."""
    and_letter = doc.lexicon.grammar.and_letter
    if not and_letter or k >= hi or len(word := doc.words[k]) < 4 or word[0] != and_letter:
        return None
    if any(not h.affixed for h in doc.hits[k]):
        return None  # «وزارة», «وكالة»: the word's own «و»
    return parse_phrase(doc, k, hi, cut=1)


def _conjoined_extent(doc: Document, k: int) -> int:
    """The conjoined head at token k: one word, or the whole of a source phrase the lexicon
    lists that opens there («مصادر أمنية ووسائل إعلام محلية», not «… ووسائل»)."""
    return max([doc.extent(k, h) for h in doc.hits[k] if h.kind == "source" and h.rest] + [1])


def _awaits_genitive(doc: Document, word: str) -> bool:
    """A conjoined institution or title without the article («وقيادة», «ورئيس») is in
    construct: its genitive follows. Not a group («وحلفاؤه»: its own pronoun ends it)."""
    hits = wc.lookup(doc, word)
    return wc.head(hits) in ("organization", "title") and not wc.definite(doc, word, hits)


def _named_genitive(doc: Document, k: int, hi: int) -> bool:
    """A name particle and a word after it that heads no source phrase («أم القرى», «أبو
    ظبي»)."""
    j = k + 1
    return j < hi and wc.nounish(doc, j) and wc.head(doc.hits[j]) is None


def _published_in(doc: Document, k: int, hi: int, state: _State, document: int) -> Phrase | None:
    """«نشرت في مجلة …», «صدر عن البنك الدولي», «المقدم من المحامي …» after a document:
    the outlet, institution or person that published it, when one follows within a few
    words; «أجرتها جامعة …»: the one that made it, right after the verb; «في وزارة …»: the
    institution that holds it."""
    grammar = doc.lexicon.grammar
    if (
        (doc.words[k] in grammar.seat_prepositions or doc.words[k] in grammar.origin_prepositions)
        and k + 1 < hi
        and not _inquiry(doc, document)
        and wc.head(doc.hits[k + 1]) in ("organization", "named_organization")
        and not any(h.kind == "entity" and h.role in ("place", "country") for h in doc.hits[k + 1])
    ):
        # «الأرقام الرسمية في وزارة التجارة», «دراسة في جامعة …», «أرقام من وزارة
        # الزراعة»: the institution's own (not «في سوريا»: where the figures are about)
        held = parse_phrase(doc, k + 1, hi)
        return held if held is not None and held.kind == "organization" else None
    verb = k + 1 if doc.words[k] in grammar.relative_pronouns else k
    if (
        verb + 2 < hi
        and doc.words[verb] in grammar.conducted_verbs
        and doc.words[verb + 1] in grammar.conducted_objects
        and not state.genitive
    ):
        # «الاستطلاع الذي قام به المعهد»: carried out by; «تصريحات أدلى بها وزير الزراعة»:
        # made by, the relative left out after a noun without the article
        return parse_phrase(doc, doc.skip_fillers(verb + 2, hi), hi)
    if verb > k and verb + 1 < hi and doc.words[verb] in grammar.authored_verbs:
        k = verb  # «المعطيات التي جمعتها وزارة الداخلية»: the relative, then who made it
    if doc.words[k] in grammar.authored_verbs:
        # «دراسة أجرتها جامعة هارفارد»: made by; not «بيان للبلدية نشرته إذاعة …», the
        # council's statement that a radio carried
        if state.genitive:
            return None
        return parse_phrase(doc, doc.skip_fillers(k + 1, hi), hi)
    if doc.words[k] not in grammar.published_verbs:
        return None
    j, reach = k + 1, min(hi, k + _PUBLISHED_REACH)
    while j < reach:
        if doc.words[j] in _COMMAS and (close := _aside_closes(doc, j, hi)) is not None:
            # «أرقام صادرة، الاثنين، عن المعهد», «تقرير صادر، في منتصف الأسبوع الماضي، عن …»:
            # when, between commas, then who issued it
            j, reach = close + 1, min(hi, close + 1 + _PUBLISHED_REACH)
            continue
        if doc.is_punct(j):
            return None
        if doc.words[j] in grammar.published_by:
            by = j + 2 if j + 2 < hi and doc.words[j + 1] in grammar.published_agents else j + 1
            outlet = parse_phrase(doc, by, hi)
            if outlet is not None:
                return outlet
        j += 1
    return None


def _aside_closes(doc: Document, j: int, hi: int) -> int | None:
    """The comma closing a short aside that opens with the comma at token j and that a
    publisher's preposition follows («، في منتصف الأسبوع الماضي، عن»): no other mark, verb
    or cue inside."""
    grammar = doc.lexicon.grammar
    for k in range(j + 1, min(hi - 1, j + 1 + _ASIDE_SPAN)):
        if doc.words[k] == doc.words[j]:
            return k if k > j + 1 and doc.words[k + 1] in grammar.published_by else None
        if doc.is_punct(k) or doc.has(k, "cue", "verb"):
            return None
    return None


def _inquiry(doc: Document, i: int) -> bool:
    """Is the document at token i an inquiry, whose «في» names what it looks into («تحقيق في
    وزارة الدفاع»), not where it is kept?"""
    word = doc.words[i]
    morphology = doc.lexicon.morphology
    return any(
        morphology.split_article(word[cut:])[1] in doc.lexicon.grammar.inquiries
        for cut in (0, 1, 2)
    )


def _hidden_name(doc: Document, k: int, hi: int) -> int | None:
    """«(الذي) رفض الكشف عن اسمه»: returns the index after «اسمه»."""
    if doc.words[k] in doc.lexicon.grammar.relative_pronouns:
        k += 1
    if k >= hi or not doc.has(k, "source", "hiding_verb"):
        return None
    for j in range(k + 1, min(hi, k + _TAIL_WINDOW)):
        if doc.has(j, "source", "hidden_name"):
            return j + 1
    return None


def _apposed_to_one(state: _State) -> bool:
    """One person picked out by a definite genitive, so a name after it is theirs
    («مدرب الهلال جورجي جيسوس», «محامي الدفاع أحمد الجمال»), not a place inside an
    indefinite genitive («مصدر بمطار مرسى علم») or after a preposition («مسؤول في …»)."""
    return (
        state.head == "anonymous"
        and not (state.plural or state.linked or state.construct or state.quantified)
        and not state.kin  # «والد الطفل محمد»: the child's name
        and state.genitive
        and state.definite
    )


def _signal_not_here(doc: Document, j: int) -> bool:
    """Does token j open only phrases of claim signals that do not go on here?"""
    return all(h.kind == "signal" for h in doc.hits[j]) and not names_ar.known(doc, j)


def lam_named(doc: Document, k: int) -> bool:
    """Is token k «لـ» glued to the family name of a person the article named before?"""
    prefix = doc.lexicon.grammar.genitive_prefix
    word = doc.words[k]
    if not prefix or not word.startswith(prefix[:1]) or len(word) < 4 or doc.hits[k]:
        return False
    bare = (
        doc.lexicon.morphology.article + word[len(prefix) :]
        if word.startswith(prefix)
        else word[1:]
    )
    return names_ar.introduced(doc, k, loosely=True, word=bare)


def time_ends(doc: Document, k: int, lo: int) -> bool:
    """Does a time adverb end at token k: a month, a day or a period and its adjective
    («أكتوبر المقبل», «الأسبوع الماضي»)?"""
    grammar = doc.lexicon.grammar
    if k - 1 < lo or doc.words[k] not in grammar.time_adjectives:
        return False
    return doc.words[k - 1] in grammar.time_periods or any(
        h.kind == "signal" and h.role in ("month", "weekday") for h in doc.hits[k - 1]
    )


def _unknown_name(doc: Document, k: int, hi: int, state: _State) -> int | None:
    """Unlisted words after a definite title or a name, taken as a name only when the
    phrase clearly ends right after them («المتحدث باسم الجيش أفيخاي أدرعي إن …»)."""
    # «متحدث باسم CNN»: the name belongs to the organisation; after «المتحدث باسم الجيش»,
    # complete with the article, it is the spokesman's own
    # (not «… لإي أف بي»: «لـ» says whom it was told to)
    spokesman = (
        state.head == "title"
        and state.head_definite
        and not state.construct
        and not doc.words[k].startswith(doc.lexicon.grammar.genitive_prefix[:1])
    )
    # «الباحث في الشؤون الإسرائيلية أنطوان شلحت أن …»: after a link, a name only when the
    # report opens right after it
    linked = state.linked and not state.named and not spokesman
    # «متحدثة باسم مفوضية … إلينا سوريس إلى أن»: an office without the article may take
    # its holder's name after its institution; a word for someone unnamed may not («مصدر
    # بمطار المدينة»: a place)
    if state.plural or (linked and not state.head_definite and state.head != "title"):
        return None
    if not (
        state.named
        or (state.head in ("title", "anonymous") and state.definite)
        or (linked and state.head == "title")
    ):
        return None
    apposed = state.named or state.head != "anonymous" or _apposed_to_one(state)
    grammar = doc.lexicon.grammar
    j = k
    while (
        j < hi
        and j - k < names_ar.NAME_RUN
        and (
            not doc.hits[j]
            or (j > k and wc.name(doc.hits[j]))  # «جوزيف خليل»
            or (j > k and _signal_not_here(doc, j))  # «منصور عطا الله»: no «الله يحفظ» here
            or (j > k and _courtesy_surname(doc, j))  # «ميرنا السيد»: a family name
        )
        and not doc.is_punct(j)
    ):
        word = doc.words[j]
        if word in grammar.function_words or len(word) < 2 or names_ar.glued_preposition(doc, word):
            break  # «… العبادي لـ"بترا"»: a lone «ل» is whom it was said to, not a name;
            # nor «لهذا الخبر», «للناس»
        if names_ar.accusative_written(doc, j) and (j > k or state.named):
            break  # «نقدًا»: the verb's object (first, «المنتخبة حديثاً …»: an adverb)
        if j == k and not state.named and names_ar.pronoun_ended(doc, j):
            break  # «وأبدى الوزير قلقه من …»: his concern, the verb's object; no name
        first = k - 1 if state.named else k  # «جيمس ويلسون»: the first name before it
        if wc.plural_shape(doc, word) and not names_ar.plural_shaped_name(doc, first, j, hi):
            break
        if names_ar.written_definite(doc, j):
            if j == k:
                break
            j += 1  # a family name with the article: «مي الكيلة»
            break
        j += 1
        if (
            j < hi
            and k > 0
            and wc.name(doc.hits[k - 1])
            and names_ar.written_definite(doc, j)
            and _nationality_only(doc, j)
        ):
            # after a first name the lexicon knows, a family name shaped like a nationality
            # ends the name: «محمد شياع السوداني» (not «وزير الخارجية لنظيره الروسي»)
            j += 1
            break
    if j == k:
        return None
    if linked:
        # two words or more, then «أن» (perhaps after a comma): «في الشؤون الإسرائيلية
        # أنطوان شلحت أن», «في الشؤون الأوروبية لوران ديبون، إن»
        after = j + 1 if j + 1 < hi and doc.words[j] == "،" else j
        if (
            not state.head_definite
            and after + 1 < hi
            and doc.words[after] in grammar.content_bridges
        ):
            after += 1  # «… إلينا سوريس إلى أن»
        opens = after < hi and doc.words[after] in grammar.content_openers
        return j if opens and j - k >= names_ar.UNKNOWN_NAME else None
    if j >= hi:
        return j  # the phrase's end: the cue after it («… فلاديمير بوتن أعلن»)
    if names_ar.accusative_written(doc, j) and names_ar.report_opens(doc, j, hi):
        return j  # «المتحدث ستيفان دوجاريك مجدداً إن»: an adverb, then the report
    if doc.is_punct(j):
        if doc.words[j] in FULL_STOPS:
            return None  # «وأشاد الرئيس بجهود فرق الإنقاذ.»: its object, not a name
        return j
    if doc.words[j] in grammar.demonstratives:
        return None  # «نفى المتحدث العسكري صحة هذه الأنباء»: the object, in construct
    if doc.words[j] in grammar.function_words:
        # «المصدر ارتفاع درجة حرارتها يوم أمس»: after an anonymous word, only a report
        # opening right after (or after where it was said: «في حوار مع مجلة …:») shows
        # the unknown words were a name
        if (
            apposed
            or doc.words[j] in grammar.content_openers
            or names_ar.context_ends(doc, j, hi) is not None
            # «المواطنة سامية حسن من …»: a woman's first name («-ة» as written), then one
            # the lexicon knows (not «المواطن جار محمد»: his neighbour's name)
            or (
                names_ar.feminine_written(doc, k)
                and any(wc.name(doc.hits[t]) for t in range(k + 1, j))
            )
            # «الباحثة كارين هارتمان من معهد …»: two words or more, then where they work
            or (
                j - k >= names_ar.UNKNOWN_NAME
                and j + 1 < hi
                and doc.has(j, "source", "link") is not None
                and wc.head(doc.hits[j + 1]) in ("organization", "named_organization")
            )
        ):
            return j
        return None
    if state.named and (
        doc.has(j, "cue", "verb")
        or doc.has(j, "source", "skip")
        or _apposed_title(doc, j, hi)
        or _described_after(doc, j)
        or wc.accusative(doc, j)
        or names_ar.accusative_written(doc, j)
        or conjunct(doc, j, hi) is not None
    ):
        # then its verb, a time, its title or who they are: «سيرجي تومانوف قال», «…
        # لودريان الجمعة», «رامي عواد الطبيب في …»; or the verb's object: «ووجه … سامي
        # حداد انتقاداً للمدرب»; or one more source: «… سامي حداد ومسؤولون إن»
        return j
    if wc.told_to(doc, doc.words[j]):
        return j  # «المحلل المالي يوهان برغمان لصحيفة الغارديان»: whom he told
    if (
        state.head == "title"
        and state.head_definite
        and j - k >= names_ar.UNKNOWN_NAME
        and _apposed_title(doc, j, hi) is not None
    ):
        return j  # «النقيب زاكاري هولبروك المتحدث باسم الشرطة»: a rank, the name, the office
    return None
