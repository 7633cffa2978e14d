"""Who says so: reporting cues and the source phrase each one attributes a claim to.

A cue is a reporting verb («قال», «أكدته», «أفادنا»), a participle («زاعمين»), a passive
(«أفيد»), a preposition («بحسب», «وفقاً لـ») or a noun («اتهامات … من قبل»). The source is
the phrase after the cue (Arabic's usual verb–subject order) or right before it («شهوداً
عدة قالوا»); when neither is there, the cue continues the previous source («وأضاف أن»).
The phrase grammar lives in `phrases.py`; the words it knows are in the lexicon files.

`find_sources` is the skeleton both languages share; whom a cue attributes its claim to is
decided per language, by `_arabic_source` and `_english_source` (whose English hooks are in
`cues_en.py`).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from types import ModuleType

from literacy.analysis import cues_en, names_ar, phrases, phrases_en, quotations
from literacy.analysis import wordclass as wc
from literacy.analysis.document import Document
from literacy.analysis.lexicon import CueRow, Hit
from literacy.analysis.model import CueStance, SourceKind
from literacy.analysis.names_ar import NAME_RUN, UNKNOWN_NAME, report_opens, written_name
from literacy.analysis.phrases import (
    FULL_STOPS,
    Phrase,
    bare_name,
    name_before,
    object_pronoun,
    parse_backward,
    parse_phrase,
    people_after,
    pronoun_after,
    skip_phrase,
    unknown_name,
)
from literacy.text import written_letters

# How far a cue may look for its source, in tokens.
_AGENT_WINDOW = 3
_SOURCE_AFTER_WINDOW = 8
_RELAYER_TAIL = 7  # tokens describing an outlet between it and «عن»: «الصادرة اليوم الخميس»
# «وصل الوزير إلى عمان … وقال»: how far a conjoined verb may stand from the sentence's
# opening verb whose subject it shares, and what that subject may be
_SHARED_MIN = 3
_SHARED_REACH = 16
_SHARED_HEADS = ("title", "anonymous", "organization", "named_organization", "person", "quantifier")
_ASIDE_WINDOW = 12  # «، التي نشرت نتائجها يوم الخميس،»
_COLON_WINDOW = 10
_OFFICE_RUN_ON = 5  # words of an office the grammar left before its holder's name
_BACK_REFERENCE_SENTENCES = 2  # «المسؤول» points back this far to the official named
_LABEL_WORDS = 2  # «المحروق:», «المركزي العراقي:»: a headline's short label named later
_LABEL_REACH = 8  # words before the label's words, later, that may name them in full
# A headline's or tweet's kicker ends at a bar, within its first few words: «عاجل | …»
_KICKER_BARS = frozenset("|")
_KICKER_WINDOW = 4
_TAG_RUN = 4  # «#عاجل #فيديو»: the tags a tweet may open with before its verb
_OPENING_MARKS = frozenset("([{'")
_FRONTED_WINDOW = 10  # «وحول موعد افتتاح الطريق الجديد بين المدينتين قال …»
_DESCRIBED_AGAIN = 2  # «الناشط المصري …»: the words that describe a person named before
_DESCRIBED_SPAN = 8  # tokens of «، الصحفية المغربية في القناة،» after a name, to the comma
_NOUN_ADJECTIVES = 2  # «تصريحات صحفية سابقة لـ…»
# «الخرطوم : السوداني أعلن»: a place of up to two words, a colon, an outlet's name
_DATELINE_PLACE = 2
_DATELINE_OUTLET = 3
_MASTHEAD_WORDS = 6  # «… : د. خالد بن ثامر آل سالم»
_FRONTED_WORDS = 6  # «وفي السياق ذاته،» before a verb that opens its sentence
_TALK_REACH = 3  # words between a word of talk and «التي» («تصريحات الوزير الأخيرة التي»)
_EARLIER_REACH = 14  # «سبق لـ» + the subject and an apposition + «أن»
_INSTITUTIONS = ("organization", "named_organization")  # heads that name no person
_LONG_SUBJECT = 5  # words of a subject after which the word a cue needs is looked for again
_INTERVIEWED = 8  # tokens of «مع» + the one interviewed before «قال فيها»


@dataclass(frozen=True, slots=True)
class FoundSource:
    """A source in normalised offsets, before it becomes a `Source` of the analysis."""

    start: int
    end: int
    kind: SourceKind
    cue_start: int
    cue_end: int
    cue_token: int  # the token where the cue starts
    stance: CueStance
    cue_entry: str
    official: bool
    sentence: int


@dataclass(frozen=True, slots=True)
class Attributions:
    sources: list[FoundSource]
    # (cue token, source index) for every cue, including those that continue an earlier
    # source without naming it again («وأضاف أن …»)
    links: list[tuple[int, int]]


def find_sources(doc: Document, credits: Sequence[tuple[int, int]] = ()) -> Attributions:
    """Every source of the article and, for every cue, the source it links to; none in the
    `credits` (normalised spans of lines such as «المصدر: وكالات»).

    Sentence by sentence: first the sources a punctuation mark attributes, then each cue
    word that `_reports`, attributed by the language's own rules (`_arabic_source`,
    `_english_source`) to a phrase of its own or to an earlier source it continues."""
    sources: list[FoundSource] = []
    links: list[tuple[int, int]] = []
    seen: set[tuple[int, int]] = set()  # (start, cue_start) of every source so far
    kinds: list[str] = []  # the kind of every source, brought up to date after each sentence
    cues = doc.lexicon.cues
    english = _grammar(doc) is phrases_en
    said_by = _english_source if english else _arabic_source
    for s, (lo, hi) in enumerate(doc.sentences):
        if credits and any(a <= doc.starts[lo] and doc.ends[hi - 1] <= b for a, b in credits):
            continue
        first_in_sentence = len(sources)
        for phrase, mark in _punctuation_sources(doc, lo, hi):
            sources.append(_found(doc, phrase, mark, mark + 1, None, s))
            links.append((mark, len(sources) - 1))
            seen.add((sources[-1].start, sources[-1].cue_start))
        free = lo  # tokens before this belong to a cue already used
        for i, n, hit in doc.in_range("cue", lo, hi):
            if i < free or hit.role == "context" or i + n > hi:
                continue
            row = cues[hit.entry]
            if not _reports(doc, row, i, n, lo, hi, sources, s):
                continue
            source = said_by(doc, row, i, n, lo, hi, sources, first_in_sentence, s)
            if source is None:
                continue
            free = i + n
            if isinstance(source, int):  # «وأضاف أن …», "she added": an earlier source goes on
                links.append((i, source))
                continue
            phrases = [source]
            if source.i >= free:  # the source follows its cue
                if english or row.kind == "preposition":
                    # "according to a summary published on …", «بحسب تصريح وزير المالية»: no
                    # cue inside the source
                    free = source.j
                elif row.agent and row.kind != "verb":
                    phrases += _more_agents(doc, row, source, hi)
                    free = phrases[-1].j  # «اتهامات على لسان …»: «على لسان» is no cue of its own
                elif row.source_after and (
                    relay := _relayer(doc, row, i + n, source)
                    or (parse_backward(doc, i, lo) if row.kind == "verb" else None)
                ):
                    # «ونقلت وكالة رويترز عن مسؤول»: the official first (the claim is his),
                    # then the agency that carried it, after the verb or before it («وكانت
                    # صحيفة "الغد" قد نقلت عن مصدر …»)
                    phrases.append(relay)
                if not english and row.kind in ("verb", "preposition"):
                    # «وقال مسؤولون ووزير الداخلية إن …», «بحسب مصادر طبية والشرطة،»
                    more = _conjoined(doc, source, hi)
                    phrases[1:1] = more
                    if more and row.kind == "preposition":
                        free = more[-1].j
            if not english:
                phrases = [part for each in phrases for part in _split_conjoined(doc, each, hi)]
            for each in phrases:
                found = _found(doc, each, i, i + n, row, s)
                if found.kind == "anonymous" and (
                    _named_before(doc, each, sources) or _named_person_again(doc, each, sources)
                ):  # «وقال الشاهد» after «يوسف الشاهد»: his family name, no witness
                    found = replace(found, kind="person")
                elif found.kind == "person" and _bare_courtesy(doc, each):
                    found = replace(found, kind="anonymous")  # «وقالت السيدة إنها …»
                elif found.kind == "anonymous" and (again := _referred_back(doc, each, sources)):
                    found = replace(found, kind=again)
                elif found.kind == "anonymous" and _group_again(doc, each, sources):
                    found = replace(found, kind="organization")  # «وقالت المجموعة»
                elif found.kind == "organization" and _named_person_again(doc, each, sources):
                    found = replace(found, kind="person")  # «وأضاف النادي» after «محسن النادي»
                elif found.kind == "organization" and _unnamed_group(doc, each, sources):
                    found = replace(found, kind="anonymous")  # «وحذرت المنظمات الدولية»
                elif found.kind == "person" and (
                    _bracketed_alias(doc, each) or _institution_again(doc, each)
                ):
                    found = replace(found, kind="organization")  # «… (أنميس) … وأكدت أنميس»
                if (found.start, found.cue_start) in seen:
                    continue
                seen.add((found.start, found.cue_start))
                same = _same_span(sources, first_in_sentence, found)
                if same is not None:  # "according to a report … published last month"
                    links.append((i, same))
                    continue
                sources.append(found)
                links.append((i, len(sources) - 1))
        kinds += [found.kind for found in sources[len(kinds) :]]
        if (
            english
            and (quoted := quotations.quotation_goes_on(doc, s, lo, links, kinds)) is not None
        ):
            links.append((lo, quoted))
    if english:
        links = quotations.quotation_opened_before(doc, links, kinds)
    return Attributions(sources, links)


def _reports(
    doc: Document,
    row: CueRow,
    i: int,
    n: int,
    lo: int,
    hi: int,
    sources: list[FoundSource],
    sentence: int,
) -> bool:
    """Does the cue word at token i (n tokens long) report here? Each rule turns away one
    use of a cue word that reports nothing, or one whose source is found another way."""
    if _future(doc, i, lo):
        return False  # «ستعلن الحكومة»: an announcement to come is not a source yet
    negated = i > lo and doc.words[i - 1] in doc.lexicon.grammar.negations
    if negated and not row.after_negation:
        return False  # «ولم تعلن أي جهة رسمية»: a report nobody made
    if _in_aside(doc, i, lo):
        return False  # «يذكر أن …»: the writer's aside
    if (
        row.kind == "verb"
        and i > lo
        and doc.words[i - 1] in doc.lexicon.grammar.noun_prepositions
        and not names_ar.spelled_as_name(doc, i - 1)
    ):
        return False  # «عن كشف علمي "مهم"»: the discovery, no verb and no speaker
    if row.opens_sentence and i > lo and not _fronted_phrase(doc, i, lo):
        return False  # «كما طالب المنظمات كافة العمل»: the verb's object after it
    if doc.tagged(i):
        return False  # «#الشيخ_أحمد_طالب_حميد»: a word of a hashtag, no verb
    if (
        row.kind == "verb"
        and doc.is_number(i + n)
        and object_pronoun(doc, i)
        and not _verb_first(doc, i, lo)
    ):
        # «بمبلغ قدره 50 ألفاً»: after a noun, its amount (not «وأكدها 3 شهود»: a verb
        # opening its clause, and the counted witnesses its subject)
        return False
    if _first_person(doc, i, row.id):
        return False  # «نؤكد», «نصر»: the speaker's own verb, or a name («فادي نصر»)
    if (
        row.source_after
        and not _marker_follows(doc, i + n, hi, row.source_after)
        and not _marker_follows(doc, i + n, hi, row.source_after, pronoun=True)
        and not _after_relative(doc, i, lo)
        and not _outlet_reports(doc, i + n, hi)
    ):
        return False  # «ونقل عدة قادة»: moved, not reported
    if row.written_not and _written_as(doc, i, row.written_not):
        return False  # «رجل يدعى أحمد»: is called, not claims
    if row.after_relative and not _after_relative(doc, i, lo):
        return False  # «نشر الجيش قواته»: deployed, not published
    if not _needs_met(doc, row, i + n, hi):
        return False  # «علقت سويسرا رحلاتها»: suspended, not commented
    if row.not_after and any(_marker_follows(doc, i + n, hi, m) for m in row.not_after):
        return False  # «وعبر المهاجرون عن طريق البحر»: crossed, not expressed
    if row.not_next and i + n < hi and doc.words[i + n] in row.not_next:
        return False  # "bees exposed to a weedkiller": exposed, not revealed
    if _grammar(doc) is phrases_en:
        if row.kind in ("verb", "participle") and not cues_en.cue_allowed(doc, i, lo, hi):
            return False  # "the report", "declined to comment", "The Washington Post"
        if cues_en.quoted_inside(doc, i, lo, hi):
            return False  # '"People think it is about money," she said': she is the source
    if row.object_first and not _object_first(doc, i + n, hi):
        return False  # «تحيل متهمين في قضية»: defendants, not accusing
    if row.object_first and i > lo and doc.is_number(i - 1):
        return False  # «بسجن 8 متهمين بالسرقة»: counted defendants, whatever follows
    feminine = doc.lexicon.grammar.feminine_ending
    ambiguous = row.needs_content
    if ambiguous is None:
        ambiguous = row.kind == "passive" or (
            row.kind == "participle" and bool(feminine) and doc.words[i].endswith(feminine)
        )
    # an ambiguous cue reports only before its content: «بما يقال بخصوص»; «مضيفه» the host;
    # "added 300 jobs"
    return (
        not ambiguous
        or _content_follows(doc, i, i + n, hi)
        or (row.kind == "participle" and _bridged(doc, i + n, hi, sources, sentence))
    )


# Whom a cue attributes its claim to: a phrase of its own, the index of an earlier source it
# continues («وأضاف أن …», "she added"), or None when it reports nothing after all.
_SaidBy = Phrase | int | None


def _arabic_source(
    doc: Document,
    row: CueRow,
    i: int,
    n: int,
    lo: int,
    hi: int,
    sources: list[FoundSource],
    first_in_sentence: int,
    sentence: int,
) -> _SaidBy:
    """Whom the Arabic cue at token i attributes its claim to: the phrase it names, else the
    source it continues, else the subject a participle or a passive implies."""
    earlier = _earlier_source(sources, first_in_sentence, sentence, row)
    again = sources[earlier] if earlier is not None else None
    phrase = _arabic_phrase(
        doc, row, i, n, lo, hi, alone=earlier is None, again=again, before=sources
    )
    if row.kind == "verb" and row.source_heads and not _shown_by_document(doc, row, phrase, hi):
        # «يظهر أن …» (it seems), «أظهر الوزير أن …»: no document shows it; nor an
        # indefinite one the grammar cannot bound («أظهرت دراسة تمت أن»)
        return None
    if (
        row.opens_sentence
        and phrase is not None
        and phrase.head != "title"
        and not wc.definite(doc, doc.words[phrase.i], doc.hits[phrase.i])
    ):
        return None  # «طالب جامعة القاهرة الفائز … قال»: the university's student
    if (
        row.kind == "verb"
        and i + n < hi
        and doc.words[i + n] in doc.lexicon.grammar.statement_pronouns
        and (
            phrase is None
            or (
                phrase.head == "document"
                and _only_time_between(doc, phrase.j, i)
                and _issuing_verb(doc, lo, phrase.i) is not None
                and parse_phrase(doc, i + n + 1, hi) is None  # «… قالت فيها المختطفة»
            )
        )
    ):
        # «وأصدر نادي الوداد بياناً أعلن فيه»: who issued the statement (not the statement
        # itself, «بياناً», read as the verb's subject before it; not who received it: «وتلقت
        # الشرطة بلاغاً أكد فيه …»); «ومن جانبه، أصدر …»: after a fronted «من جانبه»
        if phrase is None and _at_the_time(doc, i, lo):
            # «في وقت أكد فيه الوزير أن …»: at the time when, the subject after «فيه»
            return parse_phrase(doc, i + n + 1, hi)
        limit = i if phrase is None else phrase.i
        start = _issuing_verb(doc, lo, limit)
        named = parse_phrase(doc, i + n + 1, hi) if phrase is None and start is not None else None
        if (
            named is not None
            and named.head != "document"
            and not _lone_unlisted(doc, named)
            and not row.object_before  # «بياناً طالبت فيه النقابة بـ…»: whom it asked
            and row.id not in doc.lexicon.grammar.telling_cues  # «أبلغت فيه السفير»: whom
            # the report opens after who spoke (not «أعلن فيه المدرب الجديد»: what it
            # announced; «نعى فيه الأمين العام السابق»: whom it mourned)
            and report_opens(doc, named.j, hi, bridged=False)
        ):
            # «أصدرت الوزارة بياناً أعلن فيه الوزير …»: who spoke in it, named after «فيه»
            return named
        if phrase is None and start is None and (guest := _interviewed(doc, lo, i)) is not None:
            return guest  # «مقابلة مع أحد المسعفين قال فيها إن»: the one interviewed
        issuer = subject_phrase(doc, lo if start is None else start, limit)
        if issuer is not None and start is not None and issuer.head == "document":
            issuer = None  # «وأصدر بياناً»: what it issued, not who
        if issuer is None and start is not None:
            # «وأصدر بياناً أكد فيه …»: the issuer left out, the source before it continued
            # (the statement it issued is no source of its own)
            return earlier
        phrase = issuer or phrase
    if phrase is None and row.kind == "verb":
        phrase = _family_name(doc, doc.skip_fillers(i + n, hi), hi, sources)
    # «الأخير», «نظيره»: whoever was named last, in this sentence or the two before
    named_from = doc.sentences[max(0, sentence - 2)][0]
    if phrase is None and row.kind in ("verb", "preposition"):
        phrase = _latter(doc, i + n, hi, named_from)
    if phrase is None and row.kind == "verb":
        phrase = _latter_before(doc, i, lo, named_from)
    if phrase is None and row.kind == "verb":
        phrase = _counterpart(doc, i + n, hi, named_from)
    if phrase is None and row.kind == "verb":
        phrase = _subject_of_kana(doc, i, lo)
    if phrase is None and row.kind == "verb":
        phrase = _shared_subject(doc, i, lo, hi)
    if (
        phrase is not None
        and earlier is not None
        and phrase.i > lo
        and doc.words[phrase.i - 1] in doc.lexicon.grammar.demonstratives
        # not «كما أكدت ذلك وزارة الإسكان»: a noun without the article takes no
        # demonstrative; «ذلك» is the verb's object, the phrase its subject
        and doc.lexicon.morphology.carries_article(doc.words[phrase.i])
    ):
        return earlier  # «وقالت مصادر … وأضافت هذه المصادر أن»: the same sources again
    if phrase is not None and earlier is not None and phrases.own_record(doc, phrase):
        # «وذكرت مصادر، بحسب صفحاتها، أن»: their own pages, this sentence's source (across
        # sentences the pronoun may point at someone else)
        return earlier
    if phrase is not None:
        return _called(doc, phrase, hi) or phrase
    if earlier is not None and not _own_subject_follows(doc, row, i + n, hi):
        return earlier  # but «وقالت إحدى الضحايا …»: somebody new, not the last source
    if row.kind == "participle":
        return subject_phrase(doc, lo, i) or _name_after_opening_verb(doc, lo, i)
    if row.kind == "passive":
        return _somebody(doc, i, n)
    return None


def _at_the_time(doc: Document, i: int, lo: int) -> bool:
    """Does the verb at token i follow a noun of time, right before it or before a relative
    pronoun («في وقت أكد فيه», «في الوقت الذي قالت فيه»)?"""
    grammar = doc.lexicon.grammar
    k = i - 1
    if k > lo and doc.words[k] in grammar.relative_pronouns:
        k -= 1
    return k >= lo and doc.words[k] in grammar.time_nouns


def _only_time_between(doc: Document, j: int, i: int) -> bool:
    """Do tokens j..i hold nothing but commas and words of time («بياناً مقتضباً، مساء
    اليوم، نفى فيه»)?"""
    while j < i:
        if doc.words[j] == "،":
            j += 1
            continue
        after = doc.skip_fillers(j, i)
        if after == j:
            return False
        j = after
    return True


def _name_after_opening_verb(doc: Document, lo: int, i: int) -> Phrase | None:
    """«ورحب كوبيلوف بالزيارة، معتبراً أن …»: the participle at token i reports for the
    subject of the verb opening its sentence, a name the lexicon does not know, which ends
    where the verb's object or a comma starts; a nisba with the article may end it («كنان
    الزعبي»)."""
    if lo + 2 >= i or not doc.has(lo, "cue", "verb"):
        return None
    end = names_ar.name_run(doc, lo + 1, i)
    if end is None or end >= i:
        return None
    last = end - 1
    family = last > lo + 1 and not doc.hits[last] and wc.nisba(doc, doc.words[last])
    if not unknown_name(doc, lo + 1, last if family else end):
        return None
    word = doc.words[end]
    if not (
        doc.is_punct(end)
        or names_ar.glued_preposition(doc, word)
        or word in doc.lexicon.grammar.function_words
        or _told_to_source(doc, word)  # «وتحدث كنان الزعبي لوسائل إعلام …، قائلاً»
    ):
        return None
    return Phrase(lo + 1, end, doc.starts[lo + 1], doc.ends[end - 1], "person", "person")


def _pronoun_subject(doc: Document, i: int, lo: int) -> bool:
    """Does the verb at token i follow «أنه», «إنها», «بأنهم»: «أن» with the pronoun that is
    the verb's subject, so the noun after the verb is its object?"""
    if i <= lo:
        return False
    word = doc.words[i - 1]
    return word in doc.lexicon.grammar.content_openers and any(
        word.endswith(e) and len(word) > len(e) + 1
        for e in doc.lexicon.morphology.noun_enclitics
        if e
    )


def _told_to_source(doc: Document, word: str) -> bool:
    """«لوسائل», «لصحيفة»: a glued «ل» and a word that heads a source, whom it was told to."""
    prefix = doc.lexicon.grammar.genitive_prefix
    return bool(prefix) and word[:1] == prefix[:1] and wc.head(wc.lookup(doc, word[1:])) is not None


def _named_after_run_on(doc: Document, row: CueRow, i: int, after: int, hi: int) -> Phrase | None:
    """«… لعام دراسي جديد أعلن وزير التربية محمد سالم عن …»: a headline run into
    the text leaves the verb after a noun that is not its subject; a named person after the
    verb, with what was said right after them, is. After a verb of saying, which takes
    no such object, so is anybody («… حرائق الغابات تمتد قال مسؤول في الدفاع المدني إن …»)."""
    j = doc.skip_fillers(after, hi)
    phrase = parse_phrase(doc, j, hi)
    if phrase is None:
        return None
    saying = row.id in doc.lexicon.grammar.saying_cues
    if (
        (
            not saying
            and phrase.kind != "organization"  # «دمشق – متابعة أفادت وكالة "سانا" أن»
            and (
                phrase.kind != "person"
                or not any(wc.name(doc.hits[t]) for t in range(phrase.i, phrase.j))
            )
        )
        # the content right after them, or after a time between commas («، اليوم، بأن»),
        # unless the verb takes an object before it («إغلاق المعبر ناشد الأمم المتحدة، أمس،
        # أن تضغط»: whom it appealed to)
        or not (
            _content_follows(doc, i, phrase.j, hi)
            or (not row.object_before and report_opens(doc, phrase.j, hi))
        )
        or _object_of(doc, row, phrase, hi)  # «حملة تدعو الرئيس محمد سالم إلى أن …»
        or not _agrees(doc, i, phrase)  # «عريضة تطالب الوزير … بأن»: its object, a man
    ):
        return None
    return phrase


def _shared_subject(doc: Document, i: int, lo: int, hi: int) -> Phrase | None:
    """«وصل وزير الخارجية إلى عمان أمس وقال إن …», «واعتصم عشرات المعلمين … وطالبوا …»: a
    reporting verb with «و» and no subject of its own shares the subject of the verb that
    opens its sentence, when that subject is people or an institution and agrees with it
    (not yet across a clause between them: «وظهرت إحدى الصفحات … حيث قامت … وادعت»)."""
    grammar = doc.lexicon.grammar
    if not (_SHARED_MIN <= i - lo <= _SHARED_REACH) or not phrases.conjoined(doc, i):
        return None
    opening = doc.words[lo]
    if (
        doc.is_punct(lo)
        or opening in grammar.function_words
        or opening in grammar.clause_openers
        or any(h.kind in ("source", "entity") for h in doc.hits[lo])
    ):
        return None  # the sentence opens with a noun or a particle, not a verb of its own
    if any(hit.role != "context" for _, _, hit in doc.in_range("cue", lo, i)):
        return None  # a report before it: its own rules decide (not «على فيسبوك», a place)
    phrase = parse_phrase(doc, lo + 1, _object_at(doc, lo + 1, i))
    if (
        phrase is None
        or phrase.j >= i
        or phrase.head not in _SHARED_HEADS
        or not _agrees(doc, i, phrase)
    ):
        return None
    return phrase


def _object_at(doc: Document, j: int, hi: int) -> int:
    """Where the opening verb's object starts, from j on, so its subject ends before it: a
    word the lexicon does not know written with the accusative ending and no article
    («اجتماعاً»), or with the article and shaped like a participle after the first word
    («المعرض», which the phrase grammar would read as an adjective)."""
    morphology = doc.lexicon.morphology
    endings = morphology.accusative_suffix
    prefix = doc.lexicon.grammar.participle_prefix
    for k in range(j, hi):
        word = doc.words[k]
        if doc.hits[k] or len(word) <= 3:
            continue
        definite, stem = morphology.split_article(word)
        if (not definite and word.endswith(endings)) or (
            definite and k > j and prefix and stem.startswith(prefix)
        ):
            return k
    return hi


def _english_source(
    doc: Document,
    row: CueRow,
    i: int,
    n: int,
    lo: int,
    hi: int,
    sources: list[FoundSource],
    first_in_sentence: int,
    sentence: int,
) -> _SaidBy:
    """Whom the English cue at token i attributes its claim to: the phrase it names or the
    subject of the sentence, else the source its pronoun points back to, else the subject a
    participle or a passive implies."""
    phrase = cues_en.source_of(doc, row, i, n, lo, hi)
    if phrase is None and len(sources) == first_in_sentence and cues_en.coordinated(doc, i, lo):
        phrase = _trusted_subject(doc, lo, i)  # "Cruz exhorted Republicans … and said"
    if phrase is not None:
        return phrase
    if row.source_heads and not _content_after(doc, i + n, hi):
        # a document's verb with no subject of its own and no content continues
        # nobody ("… and found special protection", "and read a book"); "He found
        # that …" does
        return None
    earlier = _earlier_source(sources, first_in_sentence, sentence, row)
    if row.kind == "verb" and earlier is not None:
        if not cues_en.continues(doc, i, lo):
            earlier = None  # "Businesses on the high street say": not "they say"
        else:  # "he claims" after an agency: not the agency, the person before
            earlier = _pronoun_antecedent(doc, i, lo, sources, earlier, sentence)
    if earlier is not None:
        return earlier
    if row.kind == "verb":
        return cues_en.previous_subject(doc, i, lo)
    if row.kind == "participle":
        return _trusted_subject(doc, lo, i)  # "Chastened by …, Trump revised his plan, promising"
    if row.kind == "passive":
        return _somebody(doc, i, n)
    return None


def _shown_by_document(doc: Document, row: CueRow, phrase: Phrase | None, hi: int) -> bool:
    """Is the phrase one of the documents the verb is said of, with a definite word in it
    («أظهرت الدراسة أن»), or an unnamed one or an institution's that what it shows follows
    right after («أظهرت دراسة حديثة أن»)?"""
    if phrase is None:
        return False
    heads = row.source_heads
    # an institution the lexicon knows by its name («علمت "قدس برس"») is one too
    head = "organization" if phrase.head == "named_organization" else phrase.head
    if head not in heads and not any(
        h.kind == "source" and h.role in heads for h in doc.hits[phrase.i]
    ):  # «وأظهرت استطلاعات الرأي أن»: polls nobody names, still a document that shows
        return False
    if phrase.head == "named_organization" or any(
        wc.definite(doc, doc.words[t], doc.hits[t]) for t in range(phrase.i, phrase.j)
    ):
        return True
    # or «دراسة لجامعة هارفارد أن»: an institution named by a name the lexicon does not know
    institution = any(
        wc.head(doc.hits[t]) in ("organization", "named_organization")
        for t in range(phrase.i + 1, phrase.j)
    )
    return (phrase.kind == "anonymous" or institution) and _content_after(doc, phrase.j, hi)


def _trusted_subject(doc: Document, lo: int, i: int) -> Phrase | None:
    """The English sentence's subject before cue i, if its words can be trusted to be one."""
    phrase = subject_phrase(doc, lo, i)
    if phrase is not None and not cues_en.trusted_subject(doc, phrase):
        return None
    return phrase


def _somebody(doc: Document, i: int, n: int) -> Phrase:
    """«قيل إن»: a passive cue with no agent stands for somebody unnamed."""
    return Phrase(i, i + n, doc.starts[i], doc.ends[i + n - 1], "anonymous")


def _content_after(doc: Document, k: int, hi: int) -> bool:
    """Does content ("that", "whether", a colon) follow at token k?"""
    return k < hi and doc.words[k] in doc.lexicon.grammar.content_openers


def _pronoun_antecedent(
    doc: Document, i: int, lo: int, sources: list[FoundSource], last: int, sentence: int
) -> int | None:
    """The latest source (from `last` back, within the previous two sentences) that the
    English subject of cue i can point back to: '… told the Gazette that staff had
    complained. "…," she said' is the parent, not the staff."""
    for k in range(last, -1, -1):
        found = sources[k]
        if found.sentence < sentence - 2 or (
            k < last and cues_en.subject_pronoun(doc, i, lo) not in ("he", "she")
        ):
            break  # "it" may be anything: only the last source, if an organisation
        if cues_en.pronoun_fits(doc, i, lo, found.kind, found.start, found.end):
            return k
    return None


def _family_name(doc: Document, j: int, hi: int, sources: list[FoundSource]) -> Phrase | None:
    """«قال أوريان شمعوني، المتحدث …» then «وأضاف شمعوني في تغريدة»: a word the lexicon does
    not know, right after the verb, that ended the name of a person found before (after a
    first name or another unknown word, and before the title that may follow the
    name) is that person again. Not «العام» after «الأمين العام», nor «غزة» after «رئيس
    بلدية غزة»: words the lexicon knows as written (but «صباحي» read as «صباح» + «ي» may be
    a name)."""
    if j >= hi:
        return None
    quotes = doc.lexicon.grammar.quote_marks
    if j + 2 < hi and doc.words[j] in quotes and doc.words[j + 2] in quotes:
        # «واسترسل "حداد" في حديثه»: the family name in quotation marks
        return _family_name(doc, j + 1, j + 2, sources)
    if doc.is_punct(j):
        return None

    def ended_a_name(t: int) -> bool:  # after a first name, or an unknown word
        return (_unlisted(doc, t) and not names_ar.known(doc, t - 1)) or wc.name(doc.hits[t - 1])

    if (
        (
            # «دشن محمد الكبير …» then «وقال الكبير: …»: a family name that is also an
            # adjective, given before right after a first name, and the report opens after it
            _only_described(doc, j)
            and names_ar.introduced(doc, j)
            and names_ar.report_opens(doc, j + 1, hi, bridged=False)
        )
        or (
            # «وحذر العدوان …» after «سمير العدوان»: a family name that is also a loaded word
            # or a signal, with the article or without it («وأوضح مجاهد» after «خالد مجاهد»)
            (_unlisted(doc, j) or names_ar.common_word(doc, j))
            and _in_a_person(doc, doc.words[j], sources, ended_a_name)
        )
        or _nationality_surname(doc, j, sources)
    ):
        return _one_word_person(doc, j)
    return None


# words after statements and whose they are to the verb that says what they said («تصريحات
# سابقة للوزارة كانت تتحدث عن …»)
_SAID_VERB_REACH = 3
# words between «كان» and «قد» («وكانت الوزارة، في بيان سابق، قد أعلنت»)
_KANA_REACH = 12


def _latter(doc: Document, j: int, hi: int, start: int) -> Phrase | None:
    """«وقال الأخير إن …», «وحسب هذا الأخير، …»: the latter, right after the cue at token j,
    is whoever the article named last before it, looking back to token `start`; nobody
    when it named no one there («في الأخير»: in the end, no subject)."""
    grammar = doc.lexicon.grammar
    k = j + 1 if j + 1 < hi and doc.words[j] in grammar.demonstratives else j
    if k >= hi or doc.words[k] not in grammar.latter_words:
        return None
    kind = _named_last(doc, start, j, doc.words[k].endswith(grammar.feminine_ending))
    if kind is None:
        return None
    return Phrase(j, k + 1, doc.starts[j], doc.ends[k], kind, kind)


def _latter_before(doc: Document, i: int, lo: int, start: int) -> Phrase | None:
    """«لكن الأخير اتهم …», «، وهذا الأخير أكد …», «والأخير أكد»: the latter right before
    the verb at token i, opening its clause (the sentence's start, a comma, «أن» or a word
    such as «لكن» before it), is whoever the article named last, as after the verb."""
    grammar = doc.lexicon.grammar
    k = i - 1
    if k < lo:
        return None
    word = doc.words[k]
    first, glued = k, 0
    if word[:1] in grammar.conjunction_letters and word[1:] in grammar.latter_words:
        word, glued = word[1:], 1  # «والأخير أكد»: the phrase starts after «و»
    elif word not in grammar.latter_words:
        return None
    elif k - 1 >= lo:
        before = doc.words[k - 1]
        if before in grammar.demonstratives:
            first = k - 1
        elif before[:1] in grammar.conjunction_letters and before[1:] in grammar.demonstratives:
            first, glued = k - 1, 1  # «وهذا الأخير»: the phrase starts after «و»
    if (
        first > lo
        and not glued
        and not (
            doc.is_punct(first - 1)
            or doc.words[first - 1] in grammar.clause_openers
            or doc.words[first - 1] in grammar.content_openers  # «إلا أن الأخير قال»
        )
    ):
        return None  # «في الأخير أكد …»: in the end
    kind = _named_last(doc, start, first, word.endswith(grammar.feminine_ending))
    if kind is None:
        return None
    return Phrase(first, k + 1, doc.starts[first] + glued, doc.ends[k], kind, kind)


def _called(doc: Document, phrase: Phrase, hi: int) -> Phrase | None:
    """«وقال شاب يدعى أبو سليم إن …», «صديقة أخرى، وتدعى …»: somebody unnamed, then the name
    they are called by («يدعى», as written) in two words or more, is that person, the name
    and all."""
    grammar = doc.lexicon.grammar
    j = phrase.j
    if j + 2 < hi and doc.words[j] == "،":
        j += 1  # «صديق آخر، ويدعى …»
    if phrase.kind != "anonymous" or j + 1 >= hi:
        return None
    called = written_letters(doc.surface(j))
    if called[:1] in grammar.conjunction_letters:
        called = called[1:]
    if called not in grammar.calling_words:
        return None
    end = names_ar.name_run(doc, j + 1, hi)
    if end is None or end - j < 3:
        return None  # «رجل يدعى أحمد»: a first name alone, one of many
    return Phrase(phrase.i, end, phrase.nstart, doc.ends[end - 1], "person", "person")


def _subject_of_kana(doc: Document, i: int, lo: int) -> Phrase | None:
    """«وكانت الوزارة، في بيان سابق، قد أعلنت …», «وكان الوزير خلال زيارته قد أكد»:
    the subject right after «كان», then where or when, then «قد» before the verb at token i;
    the subject's phrase must stop where a preposition or a comma starts."""
    grammar = doc.lexicon.grammar
    particle = i - 1
    if particle <= lo or doc.words[particle] not in grammar.perfect_particles:
        return None
    for aux in range(particle - 2, max(lo, particle - _KANA_REACH) - 1, -1):
        if doc.words[aux] in grammar.perfect_auxiliaries:
            break
        if doc.is_punct(aux) and doc.words[aux] != "،":
            return None
    else:
        return None
    subject = parse_phrase(doc, aux + 1, particle)
    if subject is None or subject.j >= particle:
        return None
    after = doc.words[subject.j]
    if after != "،" and after not in grammar.noun_prepositions:
        return None
    if any(doc.has(k, "cue", "verb") for k in range(subject.j, particle)):
        return None  # «وكان الوزير الذي أعلن … قد»: another verb of report between
    return subject


def _counterpart(doc: Document, j: int, hi: int, start: int) -> Phrase | None:
    """«وأكد نظيره القطري أن …»: a counterpart right after the verb at token j, with the
    adjectives of nationality after it, answers whoever was named last before it (back to
    token `start`) and is of its kind: an office's, a person; an institution's («البنك
    المركزي … وأكد نظيره التركي»), an institution; a person when none is found."""
    grammar = doc.lexicon.grammar
    word = doc.words[j] if j < hi else ""
    if word not in grammar.counterpart_words:
        return None
    k = j + 1
    while k < hi and wc.nisba(doc, doc.words[k]):
        k += 1
    # «نظيرته»: a feminine counterpart, whoever's it is
    kind = _named_last(doc, start, j, word in grammar.feminine_counterparts) or "person"
    return Phrase(j, k, doc.starts[j], doc.ends[k - 1], kind, "title" if kind == "person" else kind)


def _named_last(doc: Document, start: int, end: int, feminine: bool) -> SourceKind | None:
    """The kind of whoever was named last between tokens `start` and `end`, of the gender
    the latter's word has: a person (a first name or a person the lexicon knows, an office:
    «رئيس الحكومة», «المتحدث باسم الوزارة») or an institution («وزارة الصحة»). An office or
    an institution agrees in gender and is singular (not «الأخير» after «الحكومة» or
    «النقابات»); a first name is taken as it comes; a country or a place is passed over
    («زار الوزير اليابان، وقال الأخير …»: the minister, who speaks)."""
    grammar = doc.lexicon.grammar
    ending = grammar.feminine_ending
    named = {  # last token -> (first token, role) of the names the lexicon lists
        m[0] + m[1] - 1: (m[0], m[2].role)
        for m in doc.in_range("entity", start, end)
        if m[2].role in ("person", "organization") and m[0] + m[1] <= end
    }

    def agrees(t: int) -> bool:
        word = doc.words[t]
        return word.endswith(ending) == feminine and not wc.plural(doc, word, doc.hits[t])

    def office(t: int) -> bool:  # a singular title: «رئيس», «الوزيرة»
        return doc.has(t, "source", "title") is not None and not wc.plural(
            doc, doc.words[t], doc.hits[t]
        )

    for t in range(end - 1, start - 1, -1):
        first, role = named.get(t, (t, ""))
        if names_ar.given_name(doc, t) or role == "person":
            return "person"
        if office(t) and agrees(t):
            return "person"
        if role == "organization" or (doc.has(t, "source", "organization") and agrees(t)):
            # the institution of an office named with it is the office's, a person's
            # («رئيس الحكومة», «المتحدث باسم الوزارة»; not «ممثلي الشركة», another gender)
            head = (
                first - 2
                if first > start + 1 and doc.words[first - 1] in grammar.on_behalf
                else first - 1
            )
            return "person" if head >= start and office(head) and agrees(head) else "organization"
    return None


def _nationality_surname(doc: Document, j: int, sources: Sequence[FoundSource]) -> bool:
    """«وأشار الهندي إلى …» after «عبد الحكيم الهندي»: an adjective of nationality with the
    article that ended the name of a person found before, after a first name, is his family
    name again (alone it is no source: «وقال السوداني» names nobody unless so)."""
    if not (names_ar.written_definite(doc, j) and doc.has(j, "entity", "nationality")):
        return False
    particles = doc.lexicon.grammar.name_particles
    return _in_a_person(
        doc,
        doc.words[j],
        sources,
        lambda t: names_ar.given_name(doc, t - 1) or (t >= 2 and doc.words[t - 2] in particles),
    )


def _one_word_person(doc: Document, j: int) -> Phrase:
    """Token j alone as a person's source phrase: a family name standing for someone named
    in full before."""
    return Phrase(j, j + 1, doc.starts[j], doc.ends[j], "person", "person")


def _only_described(doc: Document, k: int) -> bool:
    """Is token k a word with the article that the lexicon knows only as an adjective of a
    source or a signal («الكبير», «الصغير»), no source of its own?"""
    return _known_only_as(doc, k, lambda h: h.kind == "source" and h.role == "modifier")


def _known_only_as(doc: Document, k: int, accepts: Callable[[Hit], bool]) -> bool:
    """Is token k a word with the article whose every reading in the lexicon `accepts`
    takes or is a signal?"""
    hits = doc.hits[k]
    return (
        bool(hits)
        and all(accepts(h) or h.kind == "signal" for h in hits)
        and doc.lexicon.morphology.split_article(doc.words[k])[0]
    )


def _unlisted(doc: Document, k: int) -> bool:
    """Does the lexicon know token k only through its clitics, if at all?"""
    return all(h.affixed for h in doc.hits[k])


def _source_words(doc: Document, source: FoundSource) -> tuple[str, ...]:
    """The normalised words of a source found before."""
    k = _token_at(doc, source.start)
    return tuple(doc.words[k : bisect_left(doc.starts, source.end, lo=k)])


def _token_at(doc: Document, start: int) -> int:
    """The token holding normalised offset `start` (a source may start inside its first
    token, after a glued «ل»: «للوزير»)."""
    return max(bisect_right(doc.starts, start) - 1, 0)


def _names_again(doc: Document, phrase: Phrase, earlier: FoundSource) -> bool:
    """Are the phrase's words the opening words of the earlier source («الملك» after «الملك
    عبد الله»)? Not «الرئيس الصيني» after «الرئيس الأمريكي»: another man, the verb's object."""
    words = tuple(doc.words[phrase.i : phrase.j])
    opening = _source_words(doc, earlier)
    return len(words) <= len(opening) and opening[: len(words)] == words


def _head_again(
    doc: Document, phrase: Phrase, before: Sequence[FoundSource], again: FoundSource | None
) -> bool:
    """Does the phrase name again an institution found as a source before: in the same
    words («وحذر المركز الوطني للأرصاد من …» after it issued a warning), or by its head
    alone, definite («الهيئة» after «هيئة المتقاعدين», «الوزارة» after «وزارة الصحة»)? Only
    where the source the verb would otherwise continue is that institution's own statement
    or its head alone («وأشار البيان …», «وقدر المركز …»): after another body or person
    («وقال الاتحاد … وطالبت الوزارة بـ») the institution is what they asked of."""
    if phrase.kind != "organization" or again is None:
        return False
    words = tuple(doc.words[phrase.i : phrase.j])
    continued = _source_words(doc, again)
    if _is_statement(doc, again):
        # whose statement it is: the last source before it that is not one
        owners = [s for s in before if s.start < again.start and not _is_statement(doc, s)]
        if not owners:
            return False
        before = owners[-1:]  # «وقالت نقابة المعلمين … وأضاف البيان … وطالبت الوزارة»: not hers
    elif continued != words[:1]:
        return False
    definite, head = doc.lexicon.morphology.split_article(words[0])
    return any(
        source.kind == "organization"
        and (
            _source_words(doc, source) == words
            or (len(words) == 1 and definite and _source_words(doc, source)[:1] == (head,))
        )
        for source in before
    )


def _phrase_of(doc: Document, found: FoundSource) -> Phrase:
    """A source found before as a phrase of its tokens, to test the grammar on it again."""
    span = _tokens_of(doc, found)
    return Phrase(span.start, span.stop, found.start, found.end, found.kind, found.kind)


def _opens_with(doc: Document, phrase: Phrase, earlier: FoundSource) -> bool:
    """Do the phrase's words begin with all the words of the earlier source and go on
    («هيئة الرقابة الغذائية» after «هيئة الرقابة»)?"""
    words = _source_words(doc, earlier)
    return (
        phrase.j - phrase.i > len(words)
        and tuple(doc.words[phrase.i : phrase.i + len(words)]) == words
    )


def _is_statement(doc: Document, source: FoundSource) -> bool:
    """Is the source found before a statement or a report («البيان»)?"""
    return any(
        h.kind == "source" and h.role == "document" for h in doc.hits[_token_at(doc, source.start)]
    )


def _earlier_source(
    sources: list[FoundSource], first_in_sentence: int, sentence: int, row: CueRow
) -> int | None:
    """The source a cue without its own continues: one already in this sentence, or for a
    verb («وأضاف») the last one of the previous two sentences; of several one cue named
    («وقالت الشرطة وشهود عيان»), the first."""
    if len(sources) > first_in_sentence or (
        row.kind == "verb" and sources and sources[-1].sentence >= sentence - 2
    ):
        last = len(sources) - 1
        while last > 0 and sources[last - 1].cue_start == sources[last].cue_start:
            last -= 1
        return last
    return None


def _same_span(sources: list[FoundSource], first: int, found: FoundSource) -> int | None:
    """A source of this sentence with the very words of `found`: one source, two cues."""
    for k in range(first, len(sources)):
        if sources[k].start == found.start and sources[k].end == found.end:
            return k
    return None


def _found(
    doc: Document, phrase: Phrase, ci: int, cj: int, row: CueRow | None, sentence: int
) -> FoundSource:
    cue_start = _after_conjunction(doc, ci, row) if row is not None else doc.starts[ci]
    kind = phrase.kind
    if kind == "organization" and _unnamed_institution(doc, phrase):
        kind = "anonymous"
    # «وأفيد بأن …»: the passive verb stands for its unnamed source, without its «و»
    start = cue_start if phrase.i == ci and phrase.nstart == doc.starts[ci] else phrase.nstart
    return FoundSource(
        start=start,
        end=phrase.nend,
        kind=kind,
        cue_start=cue_start,
        cue_end=doc.ends[cj - 1],
        cue_token=ci,
        stance=row.stance if row else "neutral",
        cue_entry=row.id if row else "colon",
        official=bool(row and row.official)
        or (phrase.head == "document" and phrase.kind == "organization")
        or _near_context(doc, min(ci, phrase.i), ci, sentence),
        sentence=sentence,
    )


def _named_before(doc: Document, phrase: Phrase, sources: list[FoundSource]) -> bool:
    """«وأكد المحقق أن …» after «وأشار المحقق جون روي إلى …»: one definite word that opened
    a named person's source earlier in the article is that person again; so are two («وقال
    الناشط المصري المقيم في باريس» after «الناشط المصري عمرو حمزاوي»)."""
    i = phrase.i
    if not doc.lexicon.morphology.split_article(doc.words[i])[0]:
        return False
    opening = tuple(doc.words[i : min(phrase.j, i + _DESCRIBED_AGAIN)])
    others = doc.lexicon.grammar.other_words
    if any(doc.words[t] in others for t in range(i, phrase.j)):
        return False  # «المسؤول الأمريكي الآخر»: another one
    for earlier in sources:
        if earlier.kind != "person":
            continue
        k = _token_at(doc, earlier.start)
        # the same opening words, and either nothing after them now or a name after them then
        if tuple(doc.words[k : k + len(opening)]) == opening and (
            phrase.j - i == len(opening) or doc.ends[k + len(opening) - 1] < earlier.end
        ):
            return True
        if _described_again(doc, earlier, phrase):
            return True
    return False


def _described_again(doc: Document, earlier: FoundSource, phrase: Phrase) -> bool:
    """Does the phrase say again who a person found before was, between commas right after
    their name: the same first word, article aside, perhaps with a nisba that the first
    description does not contradict («وقالت سعاد حداد، الباحثة في علم الاجتماع، …» then
    «وأضافت الباحثة المغربية»; not «الصحفية الإسبانية» after «…، الصحفية المغربية،»)?"""
    i, n = phrase.i, phrase.j - phrase.i
    first = bisect_left(doc.starts, earlier.end) + 1  # the description's first word
    if first >= len(doc.words) or doc.words[first - 1] != "،":
        return False
    split = doc.lexicon.morphology.split_article
    if split(doc.words[first])[1] != split(doc.words[i])[1]:
        return False
    if n == 1:
        return True
    if n != 2 or not wc.nisba(doc, doc.words[i + 1]):
        return False
    for t in range(first + 1, min(len(doc.words), first + _DESCRIBED_SPAN)):
        if doc.words[t] == "،":
            break
        if wc.nisba(doc, doc.words[t]) and doc.words[t] != doc.words[i + 1]:
            return False  # another nationality: another one
    return True


def _named_person_again(doc: Document, phrase: Phrase, sources: list[FoundSource]) -> bool:
    """Is the one word of the phrase the family name of a person found before, right after
    their first name («وأضاف النادي» after «قال محسن النادي …»), though the lexicon reads it as
    an institution («النادي», the club)?"""
    return phrase.j - phrase.i == 1 and _in_a_person(
        doc, doc.words[phrase.i], sources, lambda t: wc.name(doc.hits[t - 1])
    )


def _in_a_person(
    doc: Document, word: str, sources: Sequence[FoundSource], fits: Callable[[int], bool]
) -> bool:
    """Does `word` stand in the span of a person found before, past its first word, at a
    token t that `fits` (right after their first name, say)?"""
    return any(
        doc.words[t] == word and fits(t)
        for found in sources
        if found.kind == "person"
        for t in _tokens_of(doc, found)[1:]
    )


def _tokens_of(doc: Document, found: FoundSource) -> range:
    """The tokens a source found before spans."""
    first = _token_at(doc, found.start)
    return range(first, min(bisect_left(doc.ends, found.end), len(doc.words) - 1) + 1)


def _referred_back(doc: Document, phrase: Phrase, sources: list[FoundSource]) -> SourceKind | None:
    """The kind of the source a definite word points back to: «المصدر ذاته», «الشاهد نفسه»
    (the same one) is the last source named by the same word, whatever its kind; «المسؤول»
    alone, right after an official named in full, is that person (not after a lawyer or an
    analyst: «المسؤول» is then somebody else, on the other side)."""
    if not sources:
        return None
    i, j = phrase.i, phrase.j
    # «ذات المصدر», «نفس المصدر»: the same words put first
    same_first = j - i == 2 and any(h.kind == "source" and h.entry == "dhat" for h in doc.hits[i])
    if same_first:
        i += 1
    if not doc.lexicon.morphology.split_article(doc.words[i])[0] or wc.plural(
        doc, doc.words[i], doc.hits[i]
    ):
        return None
    entries = {h.entry for h in doc.hits[i] if h.kind == "source"}
    grammar = doc.lexicon.grammar
    previous = bool(entries & grammar.same_source_words) and (
        j - i == 1  # «وأضاف المصدر»: the source just quoted
        or (j - i == 2 and doc.words[j - 1] in grammar.same_source_after)  # «المصدر السابق»
    )
    if same_first or previous or (j - i >= 2 and _emphatic(doc, j - 1)):
        for found in reversed(sources):  # «المصدر ذاته» after «مصدر أمني»
            first = doc.hits[_token_at(doc, found.start)]
            if entries & {h.entry for h in first if h.kind == "source"}:
                return found.kind
        # «المصدر ذاته» after «المديرية العامة للأمن»: the source, whoever it was (not «الشاهد
        # نفسه» after the police: some witness named before)
        if entries & grammar.same_source_words:
            return sources[-1].kind
        # «ذات المتحدث», «المسؤول نفسه» after «والي العاصمة سامي حداد»: an office, the
        # person who spoke last
        office = entries & grammar.back_references or wc.head(doc.hits[i]) == "title"
        return "person" if office and sources[-1].kind == "person" else None
    last = sources[-1]
    span = _tokens_of(doc, last)
    official = (
        entries & grammar.back_references
        and (
            j - i == 1
            or (  # «المسؤول الحكومي», not «المسؤول الإيطالي»: another one
                j - i == 2
                and wc.nisba(doc, doc.words[i + 1])
                and not any(h.kind == "entity" for h in doc.hits[i + 1])
            )
        )
        and last.kind == "person"
        and _sentences_between(doc, span.start, i) <= _BACK_REFERENCE_SENTENCES
        # an official: a title in the span (not after an analyst, a lawyer or a farmer), or
        # a name alone after an official named by his title just before («قال مدير مكتب
        # المفوضية … وأضاف كارلوس ريبيرو … وأكد المسؤول الأممي»)
        and (
            _official(doc, span)
            or (
                j - i == 2
                and not any(wc.head(doc.hits[t]) == "title" for t in span)
                and len(sources) > 1
                and sources[-2].kind == "person"
                and _official(doc, _tokens_of(doc, sources[-2]))
                # the adjective names his office: «الأممي» after «… للأمم المتحدة», not
                # after a prime minister («المسؤول الأممي» is then somebody else)
                and _stem_in(doc, doc.words[i + 1], _tokens_of(doc, sources[-2]))
            )
        )
    )
    return "person" if official else None


def _stem_in(doc: Document, nisba: str, span: range) -> bool:
    """Is the stem of the nisba («الأممي»: «أمم») part of a word of the span («للأمم»)?"""
    morphology = doc.lexicon.morphology
    stem = morphology.split_article(nisba)[1]
    for suffix in doc.lexicon.grammar.nisba_suffixes:
        if stem.endswith(suffix):
            stem = stem[: -len(suffix)]
            break
    return len(stem) >= 3 and any(stem in doc.words[t] for t in span)


def _official(doc: Document, span: range) -> bool:
    """Does the span hold a title that is no profession («المحلل», «المحامي»)?"""
    return any(
        wc.head(doc.hits[t]) == "title"
        and not any(
            h.kind == "source"
            and h.entry in doc.lexicon.source_words
            and doc.lexicon.source_words[h.entry].profession
            for h in doc.hits[t]
        )
        for t in span
    )


def _sentences_between(doc: Document, a: int, b: int) -> int:
    """How many sentence ends lie between tokens a and b."""
    return sum(1 for lo, _ in doc.sentences if a < lo <= b)


def _emphatic(doc: Document, k: int) -> bool:
    """Is token k the emphatic «ذاته», «نفسه» (the same one)?"""
    return any(h.kind == "source" and h.entry == "nafsuhu" for h in doc.hits[k])


def _unnamed_institution(doc: Document, phrase: Phrase) -> bool:
    """«وقالت الشركة», «وخلص التقرير», «الوكالة الأميركية»: one institution or document of
    many (a `generic` source word), with the article and at most a nationality, in a text that
    names no organisation before it and has not mentioned one of its kind. Which one, the
    reader cannot tell. In a whole article the name usually comes first («شركة فايزر …
    وقالت الشركة»), and the source stays an organisation. A document of such a one is as
    unnamed («تقرير الدراسة», «تقرير الشركة»)."""
    i = phrase.i
    if phrase.head not in ("organization", "document") or phrase.j - i > 2:
        return False
    rows = doc.lexicon.source_words

    def generic_heads(k: int, *, plural: bool) -> set[str] | None:
        heads = {
            h.entry
            for h in doc.hits[k]
            if h.kind == "source" and not h.rest and (plural or not h.plural) and h.entry in rows
        }
        return heads if heads and all(rows[e].generic for e in heads) else None

    split_article = doc.lexicon.morphology.split_article
    if (
        phrase.head == "document"
        and phrase.j - i == 2
        and not split_article(doc.words[i])[0]
        and generic_heads(i, plural=True)
    ):
        i += 1  # the document's, then whose it is
    if not split_article(doc.words[i])[0]:
        return False
    heads = generic_heads(i, plural=False)
    if heads is None:
        return False
    if any(h.kind == "entity" and doc.extent(i, h) for h in doc.hits[i]):
        return False  # «الاتحاد الأوروبي»: a name the lexicon knows
    if phrase.j - i == 2 and not doc.has(i + 1, "entity", "nationality"):
        return False  # «الوكالة الأمريكية» is one of many, «البنك الدولي» is one
    if phrase.j - i == 2 and split_article(doc.words[i])[1] in doc.lexicon.grammar.national_outlets:
        return False  # «التلفزيون العراقي»: the country's own broadcaster
    for _, _, hit in doc.in_range("entity", 0, phrase.i):
        if hit.role in ("organization", "country"):
            return False  # «حماس … وقالت الحركة»: the one named before
    return not any(hit.entry in heads for _, _, hit in doc.in_range("source", 0, phrase.i))


def _bare_courtesy(doc: Document, phrase: Phrase) -> bool:
    """«وقالت السيدة إنها …»: a courtesy title alone (`bare_courtesy`), with no title after it
    («السيد الرئيس») and no name after it anywhere before in the article («التقى الرئيس
    بالسيد جون سميث … وقال السيد»): a person nobody names."""
    i = phrase.i
    courtesy = doc.lexicon.grammar.bare_courtesy

    def is_courtesy(t: int) -> bool:
        return any(h.kind == "source" and h.entry in courtesy for h in doc.hits[t])

    if phrase.j - i != 1 or not is_courtesy(i) or doc.has(i + 1, "source", "title"):
        return False
    return not any(
        is_courtesy(t)
        and not doc.is_punct(t + 1)
        and (wc.name(doc.hits[t + 1]) or not doc.hits[t + 1])
        for t in range(i)
    )


def _bracketed_alias(doc: Document, phrase: Phrase) -> bool:
    """«وأوضحت بعثة الأمم المتحدة (أنميس) … وأكدت أنميس أن»: one word the lexicon does
    not know as a name, which the article gave before in brackets on its own, after the name
    it abbreviates: an institution's short name, not a person's."""
    k = phrase.i
    if phrase.j - k != 1 or wc.name(doc.hits[k]):
        return False
    word, words = doc.words[k], doc.words
    return any(
        words[t] == word and words[t - 1] == "(" and words[t + 1] == ")" for t in range(1, k - 1)
    )


def _group_again(doc: Document, phrase: Phrase, sources: list[FoundSource]) -> bool:
    """«وأوضحت المجموعة أن» after «مجموعة "الفجر"»: the company named before by that
    word, not some group of people."""
    if phrase.j - phrase.i != 1:
        return False
    definite, stem = doc.lexicon.morphology.split_article(doc.words[phrase.i])
    return (
        definite
        and stem in doc.lexicon.grammar.named_groups
        and any(
            found.kind == "organization" and _source_words(doc, found)[:1] == (stem,)
            for found in sources
        )
    )


def _institution_again(doc: Document, phrase: Phrase) -> bool:
    """«وأكد البرنامج أن …» after «برنامج الأغذية العالمي»: one word with the article whose
    bare form opens the name of an institution the article named before (the lexicon's
    own name of several words) is that institution again, not a family name."""
    k = phrase.i
    if phrase.j - k != 1:
        return False
    definite, stem = doc.lexicon.morphology.split_article(doc.words[k])
    return definite and any(
        hit.role == "organization" and n > 1 and doc.words[t] == stem
        for t, n, hit in doc.in_range("entity", 0, k)
    )


def _unnamed_group(doc: Document, phrase: Phrase, sources: list[FoundSource]) -> bool:
    """«وحذرت المنظمات الدولية من …», «وقالت الشركات إن …»: institutions of a kind there
    are many of (a `generic` source word), in the plural with the article and at most
    adjectives after it, none a nationality. Which ones, the reader cannot tell. Not when
    counted («الأحزاب الثلاثة»), named before by that plural («كتائب الشهيد … وذكرت
    الكتائب») or alone after institutions of its kind named one by one («نقابة الأطباء ونقابة
    الصيادلة … وأكدت النقابات»), nor the dual, which points back to two named just before
    («المنظمتان»); a genitive, a nationality or the state's own adjective says whose they are
    («روابط المتقاعدين», «المصارف المغربية», «الأجهزة الأمنية»)."""
    i = phrase.i
    if phrase.head != "organization":
        return False
    word = doc.words[i]
    definite, stem = doc.lexicon.morphology.split_article(word)
    if not definite or word.endswith(names_ar.PEOPLE_PLURALS + names_ar.DUAL_ENDINGS):
        return False
    rows = doc.lexicon.source_words
    hits = doc.hits[i]
    if not wc.plural(doc, word, hits) or not any(
        h.kind == "source" and not h.rest and h.entry in rows and rows[h.entry].generic
        for h in hits
    ):
        return False
    grammar = doc.lexicon.grammar
    for t in range(i + 1, phrase.j):
        if (
            not wc.adjective(doc, t, True)
            or doc.has(t, "entity", "nationality")
            or doc.words[t] in grammar.state_adjectives
        ):
            return False  # «المصارف المغربية», «الأجهزة الأمنية»: a country's own
    if phrase.j < len(doc.words) and any(
        h.kind == "signal" and h.role == "number_word"
        for h in doc.lexicon.lookup(
            doc.lexicon.morphology.split_article(doc.words[phrase.j])[1], ()
        )
    ):
        return False  # «الأحزاب الثلاثة»: counted, so named before
    if any(
        doc.lexicon.morphology.split_article(doc.words[_token_at(doc, found.start)])[1] == stem
        for found in sources
    ):
        return False
    # «انسحب حزب العمال وحزب الخضر … وقالت الأحزاب»: the plural alone, after institutions
    # of its kind named one by one just before, is those institutions
    kinds = {h.entry for h in hits if h.kind == "source"}
    since = doc.sentence_of(i)[0]
    if since > 0:
        since = doc.sentence_of(since - 1)[0]  # this sentence and the one before
    return phrase.j - i > 1 or not any(
        h.kind == "source" and h.entry in kinds and not wc.plural(doc, doc.words[t], (h,))
        for t in range(since, i)
        for h in doc.hits[t]
    )


def _punctuation_sources(doc: Document, lo: int, hi: int) -> list[tuple[Phrase, int]]:
    """The sources a punctuation mark attributes in the sentence at lo, each with the token
    of its mark: the label before a colon, the name after a signature's dash."""
    found = []
    if (colon := _colon_attribution(doc, lo, hi)) is not None:
        found.append(colon)
    if (signed := _signature(doc, lo, hi)) is not None:
        found.append((signed, lo))
    return found


def _grammar(doc: Document) -> ModuleType:
    """The phrase grammar of the article's language (see `phrase_order` in grammar.yaml)."""
    return phrases_en if doc.lexicon.grammar.phrase_order == "head_last" else phrases


def _arabic_phrase(
    doc: Document,
    row: CueRow,
    i: int,
    n: int,
    lo: int,
    hi: int,
    *,
    alone: bool,
    again: FoundSource | None = None,
    before: Sequence[FoundSource] = (),
) -> Phrase | None:
    """The source phrase the Arabic cue at token i names: after a verb (verb–subject order) or
    before it, after the agent marker of a passive or a noun, after a preposition. `alone`:
    no source came just before for the verb to continue, so the phrase after it that could
    be its object («ودعت الأمم المتحدة إلى …») is its subject; `again`: the source it would
    continue, whose opening words after the verb name that source again; `before`: the
    sources found earlier, an institution among them named again by its head alone."""
    after = i + n
    if row.kind == "verb" and not row.source_after and _pronoun_subject(doc, i, lo):
        # «قال الوزير إنه أبلغ الرئيس …»: «ـه» said it, the president is told (but «أنها نقلت
        # عن مسؤول»: who it quoted follows «عن»)
        return None
    if row.kind == "verb":
        # «نقل» reports only as «نقل عن» (otherwise it means "moved"), or after «ما»
        if row.source_after:
            phrase = _after_words(doc, after, hi, row.source_after, _SOURCE_AFTER_WINDOW)
            if phrase is not None:
                return phrase  # «(بحسب ما) نقلت وكالة رويترز عن مصدر مطلع»: the source
            if (
                not _after_relative(doc, i, lo)
                and not _marker_follows(doc, after, hi, row.source_after, pronoun=True)
                and not _outlet_reports(doc, after, hi)  # «ونقلت الوكالة أن …»: its own report
            ):
                return None
            # «ونقلت قناة "العربية" عنه أن …»: the one it quotes is only a pronoun, so the
            # reader's source is the verb's own subject, the channel that quotes him
        fronted = _fronted(doc, i, lo)
        if not _plural_verb(doc.words[i]) and (fronted or _verb_first(doc, i, lo)):
            j = doc.skip_fillers(after, hi)
            relative = i > lo and doc.words[i - 1] in doc.lexicon.grammar.relative_pronouns
            if relative and pronoun_after(doc, j):  # «اللقاح الذي أعلن عنه الرئيس»
                j = doc.skip_fillers(j + 1, hi)
            saying = row.id in doc.lexicon.grammar.saying_cues
            phrase = (
                parse_phrase(doc, j, _before_object_marker(doc, row, j, hi))
                or bare_name(doc, j, hi, through_context=saying)
                or _subject_after_object(doc, j, hi)
                or _subject_after_outlet(doc, j, hi)
                or _another(doc, j, hi)
                # «والطريق طويل، يضيف بنمنصور، لكنه ممكن»: a verb of saying between commas
                # inside what was said, then a name up to the closing comma
                or (
                    _name_up_to_comma(doc, j, hi)
                    if saying and i > lo and doc.words[i - 1] == "،"
                    else None
                )
            )
            if phrase is not None and names_ar.glued_preposition(doc, doc.words[phrase.i]):
                # «قال للأناضول»: whom it was told to, never who said it; the speaker may follow
                # («وقال للأناضول مسؤول تركي إن …»)
                phrase = parse_phrase(doc, doc.skip_fillers(phrase.j, hi), hi)
                if phrase is not None and _lone_unlisted(doc, phrase):
                    phrase = None  # «قال للصحفيين الأجانب»: their adjective, nobody's name
            if phrase is not None:
                phrase = _named_after_office(doc, phrase, hi)
            # «ووصفها الوزير بأنها …»: with its object glued on, the phrase after the verb is
            # its subject, whatever follows it
            if phrase is not None and _marks_report(doc, row, phrase):
                phrase = None  # «قد نشر تدوينة»: what it published, its subject before it
            if phrase is not None and (
                object_pronoun(doc, i)
                or (alone and row.subject_before_too and _agrees(doc, i, phrase))
                # «كما طالب البيان بإنهاء …», «وحذر البيان من …»: nobody asks a statement
                # anything, so it is the subject
                or (
                    row.subject_before_too and phrase.head == "document" and _agrees(doc, i, phrase)
                )
                # «انتقد الملك عبد الله … كما دعا الملك إلى»: the source before, named again
                or (again is not None and _names_again(doc, phrase, again))
                # «أعلنت هيئة المتقاعدين … وأشار البيان … وطالبت الهيئة بـ»: that
                # institution again, after its own statement
                or (_agrees(doc, i, phrase) and _head_again(doc, phrase, before, again))
                # «قال الوزير … وحذرت هيئة الأرصاد من …»: after a source of an earlier
                # sentence the verb cannot agree with, an institution that agrees with it is
                # its subject; so is the earlier institution named again in full («هيئة
                # الرقابة تحذر … حذرت هيئة الرقابة الغذائية من»). Otherwise the verb goes on
                # with the earlier source, and the institution is whom it warned or called
                # on («وقالت الحكومة … ودعت الأمم المتحدة إلى سحب بعثتها»)
                or (
                    phrase.kind == "organization"
                    and again is not None
                    and again.start < doc.starts[lo]
                    and _agrees(doc, i, phrase)
                    and (
                        not _agrees(doc, i, _phrase_of(doc, again))
                        or _opens_with(doc, phrase, again)
                    )
                )
                or not _object_of(doc, row, phrase, hi)
                or _nominative_plural(doc, phrase)
            ):
                return phrase
        if (earlier := _earlier_subject(doc, i, lo)) is not None:
            return earlier  # «وسبق للسفير الصيني أن صرح»
        # before the verb stands an adverbial («على المستوى السياسي»), never its subject
        if fronted:
            return _agent(doc, row, after, hi)
        # «… من #تشاد ويوجه رسالة»: a verb with «و» glued on opens a clause of its own, the
        # noun before it is no subject
        word = doc.words[i]
        grammar = doc.lexicon.grammar
        glued = (
            word[:1] in grammar.conjunction_letters
            and any(h.kind == "cue" and h.entry == row.id for h in doc.lexicon.lookup(word[1:], ()))
            and not any(w in grammar.topic_openers for w in doc.words[lo:i])
        )  # not «وصف», whose «و» is its own
        phrase = (None if glued else parse_backward(doc, i, lo)) or _agent(doc, row, after, hi)
        if (
            phrase is not None
            and phrase.j == i
            and phrase.i > lo
            and doc.words[phrase.i - 1] in (grammar.colon_cue, "-")  # «التغيير : الخرطوم …»
            and phrases.government_seat(doc, phrase.i) is not None
            and (named := parse_phrase(doc, doc.skip_fillers(after, hi), hi)) is not None
            and named.kind != "anonymous"
            and _agrees(doc, i, named)
            and not _object_of(doc, row, named, hi)
        ):
            # «التغيير : الخرطوم نفت هيئة مياه الولاية …»: after an outlet's label, the city
            # is the dateline and the verb's subject follows it (a headline's «موسكو تتهم
            # واشنطن …» is Moscow's)
            phrase = named
        if (
            phrase is not None
            and phrase.i - 1 >= lo
            and doc.words[phrase.i - 1] == "-"
            and (byline := _named_after_run_on(doc, row, i, after, hi)) is not None
        ):
            # «القاهرة – سامي حداد كشف وزير السياحة … أن»: a dateline and the writer's name,
            # then the verb with a named subject and what was said
            return byline
        if (
            phrase is None
            and not _plural_verb(doc.words[i])
            and report_opens(doc, after, hi, bridged=False)
        ):  # not «نشرة تشير إلى أن»: a note, no name
            phrase = name_before(doc, i, lo)  # «لكن روميرو قال إن …»
        if (
            phrase is None
            and not _plural_verb(doc.words[i])
            and report_opens(doc, after, hi)
            and (named := name_before(doc, i, lo)) is not None
            and named.j == named.i + 1
            and names_ar.introduced(doc, named.i, loosely=True)
        ):
            phrase = named  # «لكن كوفاتش أكدت على أن …»: a family name named in full before
        if phrase is None and not glued:
            phrase = _named_after_run_on(doc, row, i, after, hi)
        return phrase
    if row.kind == "participle":
        return None  # the subject already in the sentence, found by `_earlier_source`
    if row.kind == "passive":
        for marker in row.agent:
            phrase = _after_words(doc, after, hi, marker, window=1)
            if phrase is not None:
                return phrase
        return None
    if row.kind == "preposition":
        j, cut = _after_glue(doc, row, doc.skip_fillers(after, hi), hi)
        phrase = parse_phrase(doc, j, hi, cut=cut)
        if phrase is None and (
            # «… وفق ديلوار»: the family name of a man named in full before
            (not cut and j < hi and names_ar.introduced(doc, j))
            or (not cut and j < hi and _nationality_surname(doc, j, before))
            # «وفقاً للفالح»: the same, with «لـ» glued on, shown whole (not «وفقاً للشرع
            # الإسلامي» after «أحمد الشرع»: a noun and its adjective)
            or (
                cut
                and phrases.lam_named(doc, j)
                and not (j + 1 < hi and doc.lexicon.morphology.split_article(doc.words[j + 1])[0])
            )
        ):
            phrase = _one_word_person(doc, j)
        if phrase is None and not cut and not row.source_heads:
            phrase = phrases.quoted_title(doc, j, hi)  # «وفق «راديو الشمس»»: an outlet
        if phrase is None and not cut and not row.source_heads:
            # «وجاء على لسان سهى بنمنصور أن …», «وبحسب سهى بنمنصور، فإن …»: a name the lexicon
            # does not know, then the report or a comma (not «حسب رأيها»: whose view)
            phrase = phrases.bare_name(doc, j, hi, through_context=True)
            if phrase is None or phrase.kind != "person":
                phrase = _name_up_to_comma(doc, j, hi, shortest=names_ar.UNKNOWN_NAME)
        if phrase is not None and row.source_heads and phrase.head not in row.source_heads:
            return None  # «وجاء في المركز الثاني»: a rank, not a statement
        if phrase is not None:
            phrase = _named_at_stop(doc, phrase, hi)
        if (
            phrase is not None
            and phrase.kind == "anonymous"
            and phrase.j < hi
            and doc.words[phrase.j] in doc.lexicon.grammar.owner_pronouns
        ):
            return None  # «جاء ذلك في تصريح صحفي لها»: hers, somebody named before
        return phrase
    if row.kind == "noun":
        spoken_of = any(
            h.kind == "cue" and h.entry in doc.lexicon.grammar.spoken_of_nouns for h in doc.hits[i]
        )
        if (
            row.then
            and (phrase := _of_whom(doc, row, _noun_adjectives(doc, after, hi), hi))
            and not (spoken_of and not _said_after(doc, phrase.j, hi))
        ):
            # «تصريحات صحفية لوزير الخارجية أن …», «تصريحات سابقة لوزارة المالية»: after the
            # noun's adjectives, «لـ» and whose they are (not an outlet, whom they were for)
            return phrase
        definite = any(h.kind == "cue" and h.entry == row.id and h.definite for h in doc.hits[i])
        # «إعلان الجيش»: whose statement; a noun with the article takes no genitive
        # («بالتأكيد الدوحة …»: "certainly", then a new subject)
        phrase = None if definite else parse_phrase(doc, after, hi, genitive=True)
        if phrase is not None and names_ar.glued_preposition(doc, doc.words[phrase.i]):
            phrase = None  # «في تصريح للأناضول»: whom it was made to; a genitive has no «لـ»
        if phrase is not None and _feminine_adjective(doc, phrase.i):
            phrase = None  # «في تصريحات صحافية ببغداد»: press statements, no journalist's
        if phrase is not None and spoken_of and not _said_after(doc, phrase.j, hi):
            # «أثارت تصريحات الرئيس غضبا», «رفضها لتصريحات الوزير حول …»: statements spoken
            # of, not what they said (but «تصريحات الوزير بأن …»; «إعلان روسيا تسجيل لقاح»
            # says what was announced)
            phrase = None
        if phrase is not None:
            return phrase
        for marker in row.agent:
            phrase = _after_words(doc, after, hi, marker, window=_AGENT_WINDOW)
            if phrase is not None:
                return phrase
    return None


def _said_after(doc: Document, j: int, hi: int) -> bool:
    """Does what statements said follow their owner at token j: the report («أن», «:»), a
    verb of saying that has them for subject («… كانت تتحدث عن», «… تؤكد أن»), or one that
    says what was in them («… التي جاء فيها أن», «… التي قال فيها»)? Not a verb after a comma
    (another speaker's: «وتعليقا على تصريحات الرئيس، قال المتحدث …», though an aside on
    who carried them counts: «…، نقلتها الوكالة، …») nor one whose object they are («…
    التي وصفتها الوزارة بالاستفزازية»)."""
    if report_opens(doc, j, hi):
        return True
    grammar = doc.lexicon.grammar
    if j < hi and doc.words[j] in grammar.relative_pronouns:
        verb = j + 1
        return (
            verb + 1 < hi
            and any(h.kind == "cue" for h in doc.hits[verb])
            and doc.words[verb + 1] in grammar.statement_pronouns
        )
    for t in range(j, min(hi, j + _SAID_VERB_REACH)):
        if doc.is_punct(t):
            # «…، نقلتها وكالة تاس، …»: an aside on who carried them, quoted statements
            return (
                doc.words[t] == "،"
                and doc.has(t + 1, "cue", "verb") is not None
                and object_pronoun(doc, t + 1)
            )
        if doc.has(t, "cue", "verb"):
            return True
    return False


def _name_up_to_comma(doc: Document, j: int, hi: int, *, shortest: int = 1) -> Phrase | None:
    """A name the lexicon does not know from token j (a first name it knows may open it), of
    `shortest` words or more, closed by a comma: the person it names."""
    end = names_ar.name_run(doc, j, hi)
    if end is None or end - j < shortest or end >= hi or doc.words[end] != "،":
        return None
    if (
        end - j > 1
        and not names_ar.given_name(doc, j)
        and names_ar.written_definite(doc, end - 1)
        and not wc.nisba(doc, doc.words[end - 1])
    ):
        return None  # «وبحسب موعد الرحلة، فإن»: a noun and its genitive, no first name
    return Phrase(j, end, doc.starts[j], doc.ends[end - 1], "person", "person")


def _feminine_adjective(doc: Document, k: int) -> bool:
    """Is token k a nisba in the feminine without the article («صحفية», «رسمية»), which after a
    noun is its adjective, not a genitive of a person («تصريحات صحفية»)?"""
    word = doc.words[k]
    feminine = doc.lexicon.grammar.feminine_ending
    return (
        bool(feminine)
        and word.endswith(feminine)
        and not names_ar.written_definite(doc, k)
        and wc.nisba(doc, word)
    )


def _noun_adjectives(doc: Document, k: int, hi: int) -> int:
    """One past the indefinite adjectives right after a noun cue («تصريحات صحفية سابقة»)."""
    start = k
    while k < hi and k - start < _NOUN_ADJECTIVES and wc.adjective(doc, k, False):
        k += 1
    return k


def _after_glue(doc: Document, row: CueRow, j: int, hi: int) -> tuple[int, int]:
    """Where the source starts after the row's `then` preposition at token j: the next token
    when it is written apart («وفقاً لـ "…"»), letters cut off the same token when glued
    («لوزارة»); (j, 0) when it is not there."""
    if row.then and j < hi:
        glue = doc.lexicon.key(row.then)[0]
        if doc.words[j] == glue:
            return j + 1, 0
        if doc.words[j].startswith(glue) and len(doc.words[j]) > len(glue) + 1:
            return j, len(glue)
    return j, 0


def _of_whom(doc: Document, row: CueRow, k: int, hi: int) -> Phrase | None:
    """A named source after the row's glued preposition at token k: «… لوزير الخارجية»,
    «… للرئيس»."""
    k, cut = _after_glue(doc, row, k, hi)
    if not cut or wc.told_to(doc, doc.words[k]):
        return None
    phrase = parse_phrase(doc, k, hi, cut=cut)
    return phrase if phrase is not None and phrase.kind != "anonymous" else None


def _relayer(doc: Document, row: CueRow, after: int, source: Phrase) -> Phrase | None:
    """The outlet or person that carried a report, between «نقل» and its «عن»: «ونقلت وكالة
    رويترز عن مسؤول أمريكي», «ونسبت الصحيفة إلى مصدر …». None when the verb has no subject
    of its own there («ونقل عن الوزير قوله»)."""
    marker = source.i - len(doc.lexicon.key(row.source_after))
    j = doc.skip_fillers(after, marker)
    end = marker  # «ونقلت وكالة رويترز أمس عن …»: a time between the outlet and «عن»
    while end - 1 > j:
        if doc.has(end - 1, "source", "skip") or doc.words[end - 1] == "،":
            end -= 1  # «ونقلت الوكالة، مساء أمس، عن …»: a time between commas too
        elif (opening := _skip_phrase_ending(doc, j, end)) is not None:
            end = opening  # «وعلمت الجزيرة من جهتها من مصادر …»
        else:
            break
    if j >= end:
        return None
    phrase = parse_phrase(doc, j, end)
    if phrase is None:
        return None
    quotes = doc.lexicon.grammar.quote_marks
    # «علمت "قدس برس" من …»: a quoted name ends at its closing mark
    closed = all(doc.words[t] in quotes for t in range(phrase.j, end))
    # «ونقلت صحيفة «الأيام» الأسبوعية الصادرة اليوم عن …», «ونقلت وكالة الأنباء الألمانية
    # «د.ب.أ» عن …»: an outlet, then a few words describing it that name nobody else
    described = (
        phrase.kind == "organization"
        and any(
            h.kind == "source" and h.entry in doc.lexicon.grammar.told_outlets
            for h in doc.hits[phrase.i]
        )  # an outlet («مجلة», «وكالة»), not «ونقلت الحكومة صلاحيات واسعة عن …»
        and end - phrase.j <= _RELAYER_TAIL
        # what it carried, not what describes it: «ونقلت القناة صوراً نادرة عن الجيش»
        and not any(wc.accusative(doc, t) for t in range(phrase.j, end))
        and not any(
            h.kind == "cue" or (h.kind == "source" and not _describing_word(doc, t, h.role))
            for t in range(phrase.j, end)
            for h in doc.hits[t]
            if not h.rest or doc.extent(t, h)  # not «في» that would open «في بيان»
        )
    )
    # «ونقلت الهيئة، ومقرها جنيف، عن …», «ونقلت تقارير محلية، ترجمتها وكالة …، عن …»: an
    # aside between commas that reports nothing itself
    aside = (
        doc.words[phrase.j] == "،"
        and doc.words[marker - 1] == "،"
        and marker - phrase.j <= _ASIDE_WINDOW
        and not any(doc.has(t, "cue") for t in range(phrase.j, marker))
    )
    return phrase if closed or described or aside else None


def _describing_word(doc: Document, t: int, role: str) -> bool:
    """May a source word at token t stand in an outlet's description before «عن»: a word
    that stands between a cue and its source, a link («في»), «عددها» (its issue, in «في
    عددها الصادر أمس»), not «عدد من …», or what an agency is for («وكالة رويترز للأنباء»)?"""
    word = doc.words[t]
    prefix = doc.lexicon.grammar.genitive_prefix
    return (
        role in ("skip", "link")
        or (role == "quantifier" and names_ar.possessed(doc, word))
        or (role in ("anonymous", "document") and bool(prefix) and word.startswith(prefix))
    )


def _outlet_reports(doc: Document, j: int, hi: int) -> bool:
    """Is the verb's subject an outlet, with the report («أن») after it: «ونقلت وكالة الأنباء
    العمانية أن …», what it carried, not who it quoted?"""
    k = doc.skip_fillers(j, hi)
    outlets = doc.lexicon.grammar.told_outlets
    if k >= hi or not any(
        h.kind == "source" and h.entry in outlets and not h.rest for h in doc.hits[k]
    ):
        return False
    outlet = parse_phrase(doc, k, hi)
    if outlet is None:
        return False
    # the report right after the outlet's name, or after an aside between commas (not «ونقلت
    # القناة المباراة مباشرة بعد أن …»: what it carried, then another clause)
    end = doc.skip_fillers(outlet.j, hi)
    if end < hi and doc.words[end] in doc.lexicon.grammar.apposition_marks:
        close = _aside_end(doc, end, hi)
        end = doc.skip_fillers(close + 1, hi) if close is not None else end
    openers = doc.lexicon.grammar.content_openers
    return end < hi and doc.words[end] in openers and doc.words[end] not in ("عن",)


def _skip_phrase_ending(doc: Document, lo: int, end: int) -> int | None:
    """Where a phrase of several words standing between a cue and its source («من جهتها»)
    starts, when it ends right before token `end` (and starts after `lo`)."""
    for k in range(end - 2, lo, -1):
        if (n := skip_phrase(doc, k)) and k + n == end:
            return k
    return None


def _subject_after_object(doc: Document, j: int, hi: int) -> Phrase | None:
    """«ودعا إلى الإضراب الاتحاد العمالي»: a preposition and one definite noun right after the
    verb, then a named subject."""
    if j + 2 >= hi or doc.words[j] not in doc.lexicon.grammar.fronting_prepositions:
        return None
    noun = j + 1
    if wc.head(doc.hits[noun]) is not None or not wc.definite(doc, doc.words[noun], doc.hits[noun]):
        return None
    if not wc.nounish(doc, noun) or wc.adjective(doc, noun + 1, True):
        return None  # «وأشار إلى الاتفاق الموقع»: the agreement signed, no subject
    phrase = parse_phrase(doc, noun + 1, hi)
    return phrase if phrase is not None and phrase.kind != "anonymous" else None


def _earlier_subject(doc: Document, i: int, lo: int) -> Phrase | None:
    """«وسبق للمبعوث الأممي الخاص، غسان سلامة، أن صرح»: the one who had already said it,
    after the «لـ» of «سبق» and before «أن» and the cue at token i."""
    grammar = doc.lexicon.grammar
    link = i - 1
    if link - 2 < lo or doc.words[link] != grammar.earlier_link:
        return None
    for k in range(link - 2, max(lo, link - _EARLIER_REACH) - 1, -1):
        if doc.words[k] in grammar.earlier_verbs:
            break
    else:
        return None
    # the «ل» glued to the subject; «سبق له أن»: only a pronoun, somebody named before
    lam = grammar.genitive_prefix[:1]
    phrase = parse_phrase(doc, k + 1, link, cut=1) if doc.words[k + 1][:1] == lam else None
    if phrase is None or phrase.j == link:
        return phrase
    # an apposition between commas may close it: «…، غسان سلامة، أن», the name kept
    if doc.words[phrase.j] == "،" and doc.words[link - 1] == "،":
        if names_ar.name_run(doc, phrase.j + 1, link - 1) == link - 1:
            return Phrase(phrase.i, link - 1, phrase.nstart, doc.ends[link - 2], "person", "person")
        return phrase
    return None


def _agent(doc: Document, row: CueRow, after: int, hi: int) -> Phrase | None:
    """«وأُعلن عن القرار من قبل وزارة الداخلية»: a verb with no subject of its own, read as a
    passive, names its source after one of the row's `agent` markers."""
    for marker in row.agent:
        phrase = _after_words(doc, after, hi, marker, window=_SOURCE_AFTER_WINDOW)
        if phrase is not None:
            return phrase
    return None


def _own_subject_follows(doc: Document, row: CueRow, j: int, hi: int) -> bool:
    """After a verb that takes no object («قال»), a source word the phrase grammar could not
    complete («إحدى الضحايا») is still the verb's own subject."""
    if row.id not in doc.lexicon.grammar.saying_cues:
        return False
    j = doc.skip_fillers(j, hi)
    grammar = doc.lexicon.grammar
    if j >= hi or doc.words[j][:1] in grammar.preposition_letters:
        return False  # «وقال للصحفيين»: whom it was said to
    if doc.words[j] in grammar.function_words:
        return False  # «وقال للصحفيين أمام المحكمة»: where, not «إمام»
    return any(
        h.kind == "source" and h.role not in ("skip", "link", "modifier") for h in doc.hits[j]
    )


def _object_first(doc: Document, j: int, hi: int) -> bool:
    """An object or the content right after a participle: a word that is no mark and no
    preposition or particle, or «أن» opening the content."""
    if j >= hi or doc.is_punct(j):
        return False
    grammar = doc.lexicon.grammar
    word = doc.words[j]
    return word not in grammar.function_words or word in grammar.content_openers


def _bridged(doc: Document, j: int, hi: int, sources: list[FoundSource], sentence: int) -> bool:
    """«قالت الوزيرة …، مشيرة إلى وجود …»: after a source of the same sentence, a feminine
    participle followed by its preposition reports, though no «أن» opens the content."""
    return (
        bool(sources)
        and sources[-1].sentence == sentence
        and j < hi
        and doc.words[j] in doc.lexicon.grammar.content_bridges
    )


def _lone_unlisted(doc: Document, phrase: Phrase) -> bool:
    """Is the phrase one word read as a person's name that the lexicon does not list?"""
    return phrase.j == phrase.i + 1 and phrase.head == "person" and not wc.name(doc.hits[phrase.i])


def _issuing_verb(doc: Document, lo: int, limit: int) -> int | None:
    """The verb that issues a statement opening the clause at `lo`, perhaps after a fronted
    «من جانبه» and its comma («ومن جانبه، أصدر المكتب الإعلامي بياناً …»)."""
    k = doc.skip_fillers(lo, limit)
    if k < limit and doc.words[k] in doc.lexicon.grammar.apposition_marks:
        k += 1
    if k < limit and phrases.bare_word(doc, doc.words[k]) in doc.lexicon.grammar.issuing_verbs:
        return k
    return None


def _interviewed(doc: Document, lo: int, i: int) -> Phrase | None:
    """The one an interview was with, when «مقابلة مع …» ends right before the verb at
    token i («وأجرت القناة مقابلة مع أحد المسعفين قال فيها»)."""
    grammar = doc.lexicon.grammar
    for k in range(i - 2, max(lo, i - _INTERVIEWED) - 1, -1):
        if doc.is_punct(k):
            return None
        if doc.words[k] in grammar.interview_with and k > lo:
            if phrases.bare_word(doc, doc.words[k - 1]) not in grammar.interview_nouns:
                return None
            guest = parse_phrase(doc, k + 1, i)
            if guest is None or guest.j != i or guest.kind == "organization":
                return None  # «في حوار مع صحيفة … قال فيه الوزير»: whom it was given to
            return guest
    return None


def subject_phrase(doc: Document, lo: int, limit: int) -> Phrase | None:
    """The subject a participle such as «زاعمين» refers to: a source phrase opening the
    sentence, or right after its first word (the verb), once what may open it is stepped
    over («ومن جهته، أنحى الوزير …، مطالبا»: not «جهته»)."""
    opened = doc.skip_fillers(lo, limit)
    if lo < opened < limit and doc.words[opened] in doc.lexicon.grammar.apposition_marks:
        opened += 1
    lo = opened
    for j in (lo, lo + 1):
        if j == lo and doc.has(lo, "cue", "verb") is not None and lo + 1 < limit:
            continue  # «وعزت تلك القفزة إلى …، لافتة»: the verb, not the name «عزت»
        if j < limit:
            phrase = _grammar(doc).parse_phrase(doc, j, limit)
            if phrase is not None:
                return phrase
    return None


def _own_document(doc: Document, phrase: Phrase, colon: int) -> bool:
    """Is the label before the colon one document word in the first person («رسالتي»,
    «بياننا»)?"""
    grammar = doc.lexicon.grammar
    word = doc.words[phrase.i]
    return (
        phrase.i + 1 == colon
        and phrase.head == "document"
        and word.endswith(grammar.my_suffixes + grammar.we_suffixes)
    )


def _colon_attribution(doc: Document, lo: int, hi: int) -> tuple[Phrase, int] | None:
    """«وزير الصحة: …», «مدير المعهد الوطني للأمراض المعدية: …» opening a sentence: the
    colon is the cue and the whole label before it (headed by a source word) the source."""
    colon = doc.lexicon.grammar.colon_cue
    end = min(hi - 1, lo + _COLON_WINDOW)
    if colon not in doc.words[lo + 1 : end]:
        return None  # most sentences: one C-level search instead of a look at every word
    start = _label_start(doc, lo, end)
    if start is None:
        return None
    lo = start
    end = min(hi - 1, lo + _COLON_WINDOW)
    function_words = doc.lexicon.grammar.function_words
    abbreviations = doc.lexicon.grammar.abbreviations
    for j in range(lo + 1, end):
        word = doc.words[j]
        if word == "." and doc.words[j - 1] in abbreviations:
            continue  # «د. عبد الرحمن الشامي: …»
        if word == colon:
            grammar = _grammar(doc)
            phrase = grammar.parse_phrase(doc, lo, j)
            if phrase is None and grammar is phrases and _name_label(doc, lo, j):
                # «غاريث بايل: شعور رائع …»: a name alone
                phrase = Phrase(lo, j, doc.starts[lo], doc.ends[j - 1], "person", "person")
            if phrase is None and grammar is phrases and (kind := _named_later(doc, lo, j)):
                # a headline's «المحروق: …», «المركزي العراقي: …» before the story names
                # «محافظ البنك المركزي عادل المحروق» in full
                phrase = Phrase(lo, j, doc.starts[lo], doc.ends[j - 1], kind, "person")
            if phrase is None or (
                grammar is phrases_en and not cues_en.colon_label(doc, phrase, j)
            ):
                return None
            if phrase.j == j and phrases.government_seat(doc, phrase.i) is not None:
                return None  # «دمشق: …», «الخرطوم - …»: a dateline, not the government
            if j == lo + 1 and doc.words[lo] in doc.lexicon.grammar.media_labels:
                return None  # «شاهد: وصول أول رحلة …»: "watch", a video's label
            if _own_document(doc, phrase, j):
                return None  # «رسالتي: …»: the writer's own
            if _counted_label(doc, phrase.i):
                return None  # «5000 متطوع في تجارب اللقاح: …»: a headline counting people
            if grammar is phrases and _place_label(doc, lo, j, hi):
                return None  # «اليمن: تأجيل المفاوضات», «عمان ـ بترا: …»
            if grammar is phrases and _topic_label(doc, lo, j, hi):
                return None  # «ميناء بيروت: أربع سنوات …», «المصارف اللبنانية: أزمة …»
            if grammar is phrases and _masthead(doc, lo, j, hi):
                return None  # «رئيس التحرير: سامي حداد»: who holds the office, said nothing
            if any(doc.has(k, "cue", "verb") for k in range(phrase.j, j)):
                return None  # «رئيس الوزراء يتعهد … ويقول:»: the verb's own subject
            if phrase.j < j:  # the label runs on to the colon: «… للأمراض المعدية:»
                if _headline_verb(doc, phrase.j, j):
                    return None  # «#تونس تطلق حملة للتشجير: …»: a headline, no label
                last = j
                while doc.is_punct(last - 1):
                    last -= 1  # «"#وزارة_النقل":»
                kind = phrase.kind
                if kind == "anonymous" and _named_at_end(doc, phrase.j, last):
                    kind = "person"  # «استشارية طب الأطفال بمستشفى الولادة د. منى …:»
                phrase = Phrase(
                    phrase.i, last, phrase.nstart, doc.ends[last - 1], kind, phrase.head
                )
            return phrase, j
        if doc.is_punct(j) and word not in doc.lexicon.grammar.quote_marks:
            return None
        if word in function_words and not doc.has(j, "source", "link"):
            return None
    return None


def _counted_label(doc: Document, i: int) -> bool:
    """Does a figure count the label starting at token i («300 متطوع في حملة …:»)? Not the
    time of a live blog's entry («10:15 مصادر طبية:»), nor a date on the line above."""
    k = i - 1 if i > 0 and doc.is_number(i - 1) else i
    if not doc.is_number(k):
        return False
    if k < i and "\n" in doc.norm.text[doc.ends[k] : doc.starts[i]]:
        return False  # «2024/11/21» on the line above: a page's date, no count
    return not (
        k >= 2 and doc.words[k - 1] == doc.lexicon.grammar.colon_cue and doc.is_number(k - 2)
    )


def _place_label(doc: Document, lo: int, colon: int, hi: int) -> bool:
    """Is the label before a colon a place, alone (a country: the news's topic) or with the
    agencies that carried the story (a dateline whose dashes were tatweel: «عمان ـ بترا ـ أ ف
    ب: …»)? Not when what follows speaks in the first person plural («السودان: لن نقبل …»,
    «إيران: لن نتفاوض»), nor a longer name that starts with a place («نيويورك تايمز:»)."""
    place = longest = 0
    for h in doc.hits[lo]:
        if h.kind == "entity":
            n = doc.extent(lo, h) or 1
            longest = max(longest, n)
            if h.role in ("place", "country"):
                place = max(place, n)
    if not place or longest > place:
        return False
    if lo + place < colon:  # the agencies that carried it: outlets, initials, no office
        return all(
            doc.is_punct(k)
            or len(doc.words[k]) == 1
            or wc.head(doc.hits[k]) in (None, "named_organization")
            for k in range(lo + place, colon)
        ) and not any(_we(doc, k) for k in range(colon + 1, hi))
    # a country alone: the news's topic («مصر: الإفراج عن …», «لبنان: انفجار ضخم …»),
    # unless what follows speaks: as «we» («السودان: لن نقبل …»), with a negation or an
    # obligation («إيران: العقوبات لن تغير موقفنا», «الصين: على واشنطن وقف …»), or quoted
    return not _label_speaks(doc, colon, hi)


def _label_speaks(doc: Document, colon: int, hi: int) -> bool:
    """Does what follows a label's colon speak: as «we», with a negation or an obligation,
    or quoted?"""
    grammar = doc.lexicon.grammar
    return any(
        _we(doc, k)
        or doc.words[k] in grammar.negations
        or doc.words[k] in grammar.quote_marks
        or (k == colon + 1 and doc.words[k] in grammar.obligation_openers)
        for k in range(colon + 1, hi)
    )


def _topic_label(doc: Document, lo: int, colon: int, hi: int) -> bool:
    """Is the label before a colon an institution that is mostly the news's place or topic
    (an airport, a port: grammar `topic_label_heads`), or institutions in the plural, with
    nothing after the colon that speaks?"""
    heads = doc.lexicon.grammar.topic_label_heads
    return any(
        h.kind == "source"
        and h.role == "organization"
        and not h.rest
        and (h.entry in heads or h.plural)
        for h in doc.hits[lo]
    ) and not _label_speaks(doc, colon, hi)


def _we(doc: Document, k: int) -> bool:
    """Is token k a word in the first person plural: «استقبلنا», «بلادنا», «لن نتفاوض»?"""
    grammar = doc.lexicon.grammar
    word = doc.words[k]
    if word in grammar.function_words or any(h.kind in ("source", "entity") for h in doc.hits[k]):
        return False
    if word.endswith(grammar.we_suffixes) and len(word) > 3:
        return True
    return (
        k > 0
        and doc.words[k - 1] in grammar.negations
        and word.startswith(grammar.first_person_prefixes)
    )


def _masthead(doc: Document, lo: int, colon: int, hi: int) -> bool:
    """Is all that follows the colon at token `colon`, to the line's end, a short name, or a
    few between commas, one holding a first name the lexicon knows («رئيس التحرير: سامي
    حداد», «كتابة: سلمى حداد، ندى سالم»)? One name only after an office of the masthead
    (grammar `masthead_labels`) that the label before the colon, from token lo, is:
    «وزير الخارجية: سامي مخطئ» is what the minister said."""
    k = colon + 1
    end = hi
    while end > k and doc.is_punct(end - 1):
        end -= 1
    if names_ar.abbreviated_title(doc, k, end):
        k += 2  # «د. …»
    if k >= end:
        return False
    parts = [k]
    for t in range(k, end):
        if doc.words[t] == "،":
            parts.append(t + 1)
    bounds = [*(p - 1 for p in parts[1:]), end]
    label = " ".join(doc.words[lo:colon])
    if len(parts) == 1 and not (
        label in doc.lexicon.grammar.masthead_labels and wc.name(doc.hits[k])
    ):
        return False
    if len(parts) > 1 and not any(wc.name(h) for h in doc.hits[k:end]):
        return False  # a list of names holds a first name the lexicon knows
    return all(
        0 < stop - start <= _MASTHEAD_WORDS and names_ar.name_run(doc, start, stop) == stop
        for start, stop in zip(parts, bounds, strict=True)
    )


def _named_at_end(doc: Document, lo: int, end: int) -> bool:
    """Does a named person close the words lo..end of a label («… بمستشفى الولادة د. منى
    الشريف»)?"""
    parse = _grammar(doc).parse_phrase
    for k in range(lo, end):
        phrase = parse(doc, k, end)
        if phrase is not None and phrase.j == end and phrase.kind == "person":
            return True
        # «… في علم الأوبئة عبدالله سالم»: a first name the lexicon knows opens the name
        if names_ar.given_name(doc, k) and names_ar.name_run(doc, k, end) == end:
            return True
    return False


def _label_start(doc: Document, lo: int, end: int) -> int | None:
    """Where the label before a colon starts: after a live blog's time («22:49 وزير الصحة:
    …»); where news tweets write labels (`tweet_labels`), after a kicker and its bar
    («عاجل | رويترز: …») and an emoji or bullet («▶️ وزير الصحة: …»). None where a hashtag
    opens the label of a language whose tweets tag topics that way ("#EbolaDRC: …")."""
    words = doc.words
    grammar = doc.lexicon.grammar
    if grammar.tweet_labels:
        for k in range(lo, min(end, lo + _KICKER_WINDOW)):
            if words[k] == grammar.colon_cue:
                break  # «الاسم: … | الهاتف: …»: a list of fields, no kicker
            if words[k] in _KICKER_BARS:
                lo = k + 1
                break
    while lo < end and (
        doc.is_number(lo)
        or (words[lo] == grammar.colon_cue and doc.is_number(lo - 1))
        or (
            grammar.tweet_labels
            and doc.is_punct(lo)
            and words[lo] not in grammar.quote_marks
            and words[lo] not in _OPENING_MARKS  # "[JF: …": an editor's note
        )
    ):
        lo += 1
    hashtag = lo < end and doc.starts[lo] - 1 in doc.hash_marks
    return None if hashtag and not grammar.tweet_labels else lo


def _headline_verb(doc: Document, k: int, colon: int) -> bool:
    """Is the word after a colon label's phrase a headline's verb, with more words after it
    («تونس تطلق حملة للتشجير: …», «المغرب يفتح حدوده: …»): a present tense's prefix on a
    word the lexicon knows as no name or source, no article? A speaker's label goes on with a
    complement («مستشار الرئيس للشؤون الصحية:») or a name («… سامي الحداد:») instead."""
    word, hits = doc.words[k], doc.hits[k]
    return (
        k + 1 < colon
        and len(word) >= 4
        and word.startswith(doc.lexicon.grammar.third_person_prefixes)
        and not any(h.kind in ("source", "entity") for h in hits)
        and not wc.definite(doc, word, hits)
    )


def _named_later(doc: Document, lo: int, colon: int) -> SourceKind | None:
    """The kind of the speaker whose name ends in the one or two words of a label before a
    colon (tokens lo..colon), when the story after it names them in full where they speak
    (a cue right before or after): «… قال محافظ البنك المركزي ماهر الحديدي» for «الحديدي:»
    (a family name, after a first name), «نفى البنك المركزي التونسي» for «المركزي التونسي:»,
    «قالت وزارة الثقافة» for «الثقافة:» (the article aside). Not a topic that a title or an
    institution merely ends with («رئيس شعبة الذهب» for «الذهب:»)."""
    if not 1 <= colon - lo <= _LABEL_WORDS or any(
        doc.is_punct(k) or names_ar.function_word(doc, k) for k in range(lo, colon)
    ):
        return None
    if phrases.government_seat(doc, lo) is not None:
        return None  # «دمشق: …»: a dateline
    bare = doc.lexicon.morphology.split_article
    label = [bare(w)[1] for w in doc.words[lo:colon]]
    n = len(label)
    given_or_unknown = not doc.hits[lo] or wc.name(doc.hits[lo])
    for t in range(colon + 1, len(doc.words) - n + 1):
        if [bare(w)[1] for w in doc.words[t : t + n]] != label:
            continue
        end = t + n
        if n == 1 and wc.name(doc.hits[t - 1]) and _speaks(doc, t - 1, end):
            return "person"  # «… ماهر الحديدي»: the family name, after the first name
        for start in range(max(0, t - _LABEL_REACH), t):
            phrase = phrases.parse_phrase(doc, start, end)
            if (
                phrase is not None
                and phrase.j == end
                and (
                    phrase.kind == "organization"
                    # «ريم السيد: …» before «قالت الوزيرة ريم السيد»: a name of two words,
                    # the first no source word (not «الأمن العام» for «مدير الأمن العام»)
                    or (phrase.kind == "person" and n > 1 and given_or_unknown)
                )
                and (n > 1 or start + 1 == t)  # «وزارة الثقافة», not «شعبة تجار الذهب»
                # the institution itself, not the genitive of someone's office («رئيس بلدية
                # صفاقس» for «صفاقس:»)
                and not (start > 0 and wc.head(doc.hits[start - 1]) is not None)
                and _speaks(doc, start, end)
            ):
                return phrase.kind
    return None


def _speaks(doc: Document, start: int, end: int) -> bool:
    """Does the name or phrase at tokens start..end speak: a cue verb right before or after
    it, or the report right after it («… ماهر الحديدي إن …»)?"""
    return (
        doc.has(start - 1, "cue", "verb") is not None
        or doc.has(end, "cue", "verb") is not None
        or names_ar.report_opens(doc, end, len(doc.words))
    )


def _name_label(doc: Document, lo: int, colon: int) -> bool:
    """Is the label before a colon a name the lexicon does not know: two or three words, no
    article, none shaped like an adjective («مسائية DW:» is a programme); or the family name
    alone of a person the article named in full before («كريستنسن: …»)?"""
    if colon == lo + 1 and not doc.hits[lo] and names_ar.introduced(doc, lo):
        return True
    if any(doc.surface(k).isascii() and doc.surface(k)[:1].islower() for k in range(lo, colon)):
        return False  # «Read more: …»: English words in an Arabic page, a menu's (a name
        # in Latin letters capitalises each word: «Elon Musk: …»)
    return (
        UNKNOWN_NAME <= colon - lo <= NAME_RUN
        and unknown_name(doc, lo, colon)
        and not any(wc.nisba(doc, doc.words[k]) for k in range(lo, colon))
    )


def _signature(doc: Document, lo: int, hi: int) -> Phrase | None:
    """ "“…” ― Sonya Herridge": a dash after a quotation, then the name of who said it."""
    grammar = doc.lexicon.grammar
    if not grammar.signature_dash or doc.words[lo] != grammar.signature_dash or lo == 0:
        return None
    if doc.words[lo - 1] not in grammar.quote_marks:
        return None
    phrase = _grammar(doc).parse_phrase(doc, lo + 1, hi)
    if (
        phrase is None
        or phrase.kind == "anonymous"
        or any(not doc.is_punct(k) for k in range(phrase.j, hi))
    ):
        return None
    return phrase


def _more_agents(doc: Document, row: CueRow, phrase: Phrase, hi: int) -> list[Phrase]:
    """More agents of the same noun or passive cue, each after «ثم» or «أو» with the agent's
    preposition repeated: «اتهامات من قبل وزارة الدفاع الروسية ثم من المستوى السياسي
    السوري». Without it, or with a reporting verb after it, the phrase starts a clause of
    its own («… ثم الجيش أعلن الهدنة»)."""
    grammar = doc.lexicon.grammar
    markers = [doc.lexicon.key(marker) for marker in row.agent]
    more: list[Phrase] = []
    j = phrase.j
    while j + 1 < hi and doc.words[j] in grammar.agent_joiners:
        k = j + 1
        for words in markers:
            if tuple(doc.words[k : k + len(words)]) == words:
                k += len(words)
                break
            if doc.words[k] == words[0]:  # «ثم من …» for «ثم من قبل …»
                k += 1
                break
        else:
            return more  # «… ثم الجيش أعلن»: without the preposition, a new clause
        found = parse_phrase(doc, k, hi)
        if found is None or (found.j < hi and doc.has(found.j, "cue", "verb")):
            break
        more.append(found)
        j = found.j
    return more


def _split_conjoined(doc: Document, phrase: Phrase, hi: int) -> list[Phrase]:
    """A source phrase that joins, by «و», heads of different kinds, as one source each: «وزير
    المالية ومصادر أمنية», «الشرطة وشهود عيان» (the second taken to its own end). Not a
    genitive's own conjunct («وزير الصحة والسكان», «مدرب منتخب الأردن ونادي …»), nor a
    second description of one person («الكاتب والباحث السياسي سامي حداد»)."""
    for k in range(phrase.i + 1, phrase.j):
        second = phrases.conjunct(doc, k, phrase.j)
        if (
            second is None
            or second.kind == phrase.kind  # the whole has the first one's kind
            or not phrases.joined_tail(doc, second.j, phrase.j)
        ):
            continue
        second = replace(second, j=phrase.j, nend=phrase.nend)
        # «للشرطة وشهود عيان»: the first as the cue read it, with «لـ» glued on
        first = parse_phrase(doc, phrase.i, k) or parse_phrase(doc, phrase.i, k, cut=1)
        if (
            first is None
            or first.j != k
            or first.kind == second.kind
            or first.head == second.head == "document"  # «لدراسات وإحصائيات …»: nobody's
            or (k - phrase.i == 1 and _one_person(doc, phrase.i, k))
            or (k - phrase.i > 1 and _genitive_conjunct(doc, k, second))
        ):
            continue
        whole = phrases.conjunct(doc, k, hi)
        if whole is not None and whole.j > second.j and _report_after(doc, whole.j, hi):
            second = whole  # «… وشهود عيان إن»: the grammar had stopped at «وشهود»
        return [replace(first, nstart=phrase.nstart), *_split_conjoined(doc, second, hi)]
    return [phrase]


def _named_at_stop(doc: Document, phrase: Phrase, hi: int) -> Phrase:
    """After «بحسب», «وفقاً لـ», the words the lexicon does not know between one person's title
    (or first name) and the end of the sentence are that person's name: «…، وفقاً للصحفي
    فراس العبدلي.» (after a verb, such words before a full stop are its object)."""
    end = names_ar.name_run(doc, phrase.j, hi)
    last = phrase.j - 1
    if (
        end is None
        or end - phrase.j > UNKNOWN_NAME
        or not (end == hi or doc.words[end] in FULL_STOPS)
        or any(h.plural for h in doc.hits[phrase.i])
        or not (
            names_ar.given_name(doc, last)
            or doc.has(phrase.i, "source", "title")
            # «للصحفي», «المحلل»: one particular person, named next
            or (
                phrase.head == "anonymous"
                and wc.definite(doc, doc.words[phrase.i], doc.hits[phrase.i])
            )
        )
    ):
        return phrase
    return replace(phrase, j=end, nend=doc.ends[end - 1], kind="person")


def _one_person(doc: Document, i: int, k: int) -> bool:
    """«الكاتب والباحث …», «الوزير ورجل القانون»: one word for a single person, then another
    for one person, no institution: the same person described twice."""
    rest = doc.words[k][1:]
    hits = wc.lookup(doc, rest)
    return (
        not any(h.plural for h in doc.hits[i])
        and not any(h.plural for h in hits)
        and wc.head(doc.hits[i]) not in _INSTITUTIONS
        and wc.head(hits) not in _INSTITUTIONS
    )


def _genitive_conjunct(doc: Document, k: int, second: Phrase) -> bool:
    """After a genitive, a conjunct that may be one more genitive: a definite word after a
    definite one («وزير الصحة والسكان», «وزير الزراعة والري السوداني», «… والأوقاف»), an
    institution after an institution or a country («مدرب منتخب الأردن ونادي …»; not «شهود
    عيان والدفاع المدني»)."""
    last, rest = doc.words[k - 1], doc.words[k][1:]
    both_definite = wc.definite(doc, rest, wc.lookup(doc, rest)) and wc.definite(
        doc, last, doc.hits[k - 1]
    )
    if second.kind == "organization":
        # «وزير الشؤون الإسلامية والأوقاف»: one definite word, a portfolio of the office
        return (
            wc.head(doc.hits[k - 1]) in _INSTITUTIONS
            or doc.has(k - 1, "entity") is not None
            or (both_definite and second.j == k + 1)
        )
    return both_definite


def _report_after(doc: Document, j: int, hi: int) -> bool:
    """Does what the verb says follow at token j («إن …», «إلى …», «بزيادة …», «، …»), not a
    clause of its own?"""
    bridges = doc.lexicon.grammar.content_bridges
    return (
        j >= hi
        or doc.is_punct(j)
        or doc.words[j] in bridges
        or doc.words[j][:1] in bridges  # «بزيادة الأجور»
        or names_ar.report_opens(doc, j, hi)
    )


def _conjoined(doc: Document, phrase: Phrase, hi: int) -> list[Phrase]:
    """More sources after the first one a verb or a preposition names, each after «و», that
    the phrase grammar did not join to it, when what was said follows the last of them:
    «وقال مسؤولون ووزير الداخلية إن …» gives «وزير الداخلية» too."""
    more = phrases.conjuncts(doc, phrase.j, hi)
    return more if more and _report_after(doc, more[-1].j, hi) else []


def _fronted(doc: Document, i: int, lo: int) -> bool:
    """Does an adverbial opened by a preposition stand before the verb in its clause
    («وفي هذا السياق قال …», «من جهته أكد …», «بدوره أشار …»)? Then the subject follows
    the verb, and the words before it are no source."""
    grammar = doc.lexicon.grammar
    if not grammar.fronting_prepositions or i == lo:
        return False
    if doc.words[i - 1] in grammar.relative_pronouns:
        return False  # «الأصوات التي تتهم بوتين»: the subject is the noun before «التي»
    start = max(lo, i - _FRONTED_WINDOW)
    for k in range(i - 1, start - 1, -1):
        word = doc.words[k]
        if (doc.is_punct(k) and word not in grammar.quote_marks) or word in grammar.clause_openers:
            start = k + 1
            break
        if word in grammar.content_openers and _subject_up_to(doc, k + 1, i):
            return False  # «وفي حين أن مبعوث المنظمة … قال»: «أن»'s subject first
        if (verb := doc.has(k, "cue", "verb")) is not None and _needs_met(
            doc, doc.lexicon.cues[verb.entry], k + 1, i
        ):
            return False  # another reporting verb first: no adverbial, a clause of its own
    else:
        if i - lo > _FRONTED_WINDOW:
            return False
    if start >= i or written_name(doc, start) or phrases.office_before_genitive(doc, start, i):
        return False  # «علي الحسيني قال»: a name, not «على»; «والي الجهة»: no «وإلى»
    return phrases.fronting_preposition(doc, start)  # «في», «وفي», «فعلى»


def _subject_up_to(doc: Document, j: int, i: int) -> bool:
    """Does a source phrase fill tokens j..i-1, right up to the verb at token i (not «أن
    الوزير سيستقيل قال»: a clause with a verb of its own before it)?"""
    phrase = _grammar(doc).parse_phrase(doc, j, i)
    if phrase is None or phrase.j != i:
        return False
    # a word the lexicon does not know right after a word it knows, no first name, is the
    # clause's own verb read as a name («أن الوزير سيستقيل قال»), not a family name
    last = i - 1
    return not (
        last > j and not doc.hits[last] and doc.hits[last - 1] and not wc.name(doc.hits[last - 1])
    )


def _needs_met(doc: Document, row: CueRow, j: int, hi: int) -> bool:
    """Does one of the words a cue needs after it (`needs_after`) follow from token j, if it
    needs any? Otherwise the word is no cue here («علقت سويسرا رحلاتها»: suspended; «في أول
    رد حكومي أكد …»: a reply, the noun)."""
    if not row.needs_after:
        return True
    # not past another reporting verb, whose own word it would be («الشرطة اكتشفت مخبأ …
    # ويتوقع أن»)
    until = _past_next_verb(doc, j, hi)
    if any(_marker_follows(doc, j, until, m) for m in row.needs_after):
        return True
    # «وأظهرت دراسة حديثة أعدتها الهيئة العليا لشؤون … أن»: a subject too long for the
    # window, the word after it
    words = [doc.lexicon.key(m) for m in row.needs_after]
    ahead = doc.words[j + _LONG_SUBJECT : j + _LONG_SUBJECT + 2 * _SOURCE_AFTER_WINDOW]
    if not any(w[0] in ahead for w in words):
        return False  # the word is not there at all: no subject to parse
    subject = _grammar(doc).parse_phrase(doc, doc.skip_fillers(j, hi), hi)
    if subject is None or subject.j - j < _LONG_SUBJECT:
        return False
    # not past another reporting verb, whose own word it would be («… ثم أكد فيه أن»)
    end = next(
        (
            t
            for t in range(subject.j, min(hi, subject.j + _SOURCE_AFTER_WINDOW))
            if doc.has(t, "cue", "verb")
        ),
        hi,
    )
    return any(_marker_follows(doc, subject.j, end, m) for m in row.needs_after)


def _past_next_verb(doc: Document, j: int, hi: int) -> int:
    """One past the next reporting verb from token j, not counting one in an aside between
    commas («ووجد الباحثون، وفق ما أعلنته الجامعة، أن»); the verb itself may be the word a
    cue needs («ويواصل الاتحاد حث الأندية …»)."""
    marks = doc.lexicon.grammar.apposition_marks
    k, end = j, min(hi, j + 2 * _SOURCE_AFTER_WINDOW)
    while k < end:
        if doc.words[k] in marks and (close := _aside_end(doc, k, hi)) is not None:
            k = close + 1
            continue
        if doc.has(k, "cue", "verb"):
            return k + 1
        k += 1
    return hi


def _fronted_phrase(doc: Document, i: int, lo: int) -> bool:
    """Does a fronted phrase and its comma open the sentence before token i («وفي هذا
    الصدد، طالب …», «من جهته، طالب …»)?"""
    if i - 1 <= lo or doc.words[i - 1] != "،" or i - lo > _FRONTED_WORDS:
        return False
    first = doc.words[lo]
    grammar = doc.lexicon.grammar
    if first[:1] in grammar.conjunction_letters and len(first) > 1:
        first = first[1:]
    return first in grammar.fronting_prepositions or skip_phrase(doc, lo) is not None


def _written_as(doc: Document, i: int, forms: tuple[str, ...]) -> bool:
    """Is token i written as one of `forms`, perhaps after a glued «و»/«ف»?"""
    written = written_letters(doc.surface(i))
    if written[:1] in doc.lexicon.grammar.conjunction_letters and written[1:] in forms:
        return True
    return written in forms


def _after_relative(doc: Document, i: int, lo: int) -> bool:
    """«بحسب ما نقلته وكالة …», «حسبما نقلت الصحيفة»: the verb follows «ما», so what it
    carries is what was said, and its subject after it is the source. So after «التي» or
    «الذي» that stands for words of talk, the verb's object pronoun («حديثه الذي نقلته قناة
    …»; not «القوات التي نشرها الجيش»)."""
    if i <= lo:
        return False
    grammar = doc.lexicon.grammar
    before = doc.words[i - 1]
    if before in grammar.report_relatives:
        return True
    if before not in grammar.relative_pronouns or i - 2 < lo or not object_pronoun(doc, i):
        return False
    # the noun it stands for, perhaps before its genitive or adjective («تصريحات الوزير
    # التي نقلتها …», «الحديث الصحفي الذي نشرته …»)
    for t in range(i - 2, max(lo, i - 2 - _TALK_REACH) - 1, -1):
        if doc.is_punct(t):
            break
        if _talk(doc, t):
            return True
    return False


def _talk(doc: Document, t: int) -> bool:
    """Is token t a word of talk (grammar `talk_nouns`, a statement or report, a noun cue),
    with its clitics and the article («بتصريحاته», «كلمته», «الحديث»)? Not «الحديثة»
    (modern), written with «ة»."""
    if wc.head(doc.hits[t]) == "document" or doc.has(t, "cue", "noun"):
        return True
    grammar = doc.lexicon.grammar
    morphology = doc.lexicon.morphology
    word = doc.words[t]
    words = [word, word[1:]] if word[:1] in grammar.clitic_letters and len(word) > 3 else [word]
    feminine = grammar.feminine_ending
    written_ta = written_letters(doc.surface(t)).endswith("ة")
    for stem in (morphology.split_article(w)[1] for w in words):
        for noun in grammar.talk_nouns:
            forms = [noun]
            if feminine and noun.endswith(feminine):
                forms.append(noun[: -len(feminine)] + "ت")  # «كلمة» → «كلمته»
            for form in forms:
                rest = stem[len(form) :]
                if stem.startswith(form) and (
                    rest in ("", "ات")
                    or (rest in morphology.noun_enclitics and not (written_ta and rest == feminine))
                ):
                    return True
    return False


def _in_aside(doc: Document, i: int, lo: int) -> bool:
    """Is token i inside an aside that opens the sentence at lo («يذكر أن»)?"""
    return any(
        i < lo + len(aside) and tuple(doc.words[lo : lo + len(aside)]) == aside
        for aside in doc.lexicon.grammar.asides
    )


def _future(doc: Document, i: int, lo: int) -> bool:
    """A future verb: «سيعلن», «وستقول», or after «سوف»."""
    grammar = doc.lexicon.grammar
    word = doc.words[i]
    if word[:1] in grammar.conjunction_letters:
        word = word[1:]
    for prefix in grammar.future_prefixes:
        if (i > lo and doc.words[i - 1] == prefix) or (
            word.startswith(prefix)
            and any(h.kind == "cue" for h in doc.lexicon.lookup(word[len(prefix) :], ()))
        ):
            return True
    return False


def _first_person(doc: Document, i: int, entry: str) -> bool:
    """A present verb of «we» («نؤكد»): the same verb with the third person's prefix
    instead of the first letter is the cue; or of «I», written with a hamza that the past
    never has («أستنكر», «استنكر»)."""
    grammar = doc.lexicon.grammar
    if _speaker_hamza(doc, i, entry):
        return True
    prefixes = grammar.first_person_prefixes
    word = doc.words[i]
    if word[:1] in grammar.conjunction_letters and word[1:].startswith(prefixes or ("\0",)):
        word = word[1:]  # «ونصف» (and half): «و» + «نصف», «we describe»
    if not prefixes or not word.startswith(prefixes) or len(word) < 3:
        return False
    he = doc.lexicon.morphology.present_persons[0] + word[1:]
    return any(h.kind == "cue" and h.entry == entry for h in doc.lexicon.lookup(he, ()))


def _speaker_hamza(doc: Document, i: int, entry: str) -> bool:
    """«وأستنكرها بقوة»: a verb written with a first-person mark (grammar `first_person_marks`)
    that none of its past forms starts with, so the writer's own present, not a report."""
    marks = doc.lexicon.grammar.first_person_marks
    row = doc.lexicon.cues.get(entry)
    if not marks or row is None:
        return False
    word = doc.words[i]
    glued = word[:1] in doc.lexicon.grammar.conjunction_letters
    stem = word[1:] if glued else word
    # its present with the first person's letter for the third's: «أطالب», «أؤكد»
    he = doc.lexicon.morphology.present_persons[0] + stem[1:]
    present = any(h.kind == "cue" and h.entry == entry for h in doc.lexicon.lookup(he, ()))
    if row.past:
        # the past form the word was read as, if written without a first-person mark:
        # «استنكر» for «أستنكرها» (not «أعلن» for «أعلنها»); or none, and the present's
        # letter makes it this verb's present («أؤكد», not «أكد»)
        pasts = [doc.lexicon.key(form)[0] for form in row.past]
        if not any(
            form[:1] not in marks and stem.startswith(key)
            for form, key in zip(row.past, pasts, strict=True)
        ) and (any(stem.startswith(key) for key in pasts) or not present):
            return False
    elif any(stem == doc.lexicon.key(form)[0] for form in row.forms) or not present:
        return False  # a row of listed forms: «أطالب» is none of them («طالبت», «يطالب»)
    written = doc.surface(i)
    if glued and written[:1] == word[:1]:
        written = written[1:]
    return written[:1] in marks


def _content_follows(doc: Document, i: int, j: int, hi: int) -> bool:
    """Reported content opens here: «أن …», «إلى أن …», «: …», a quotation."""
    if _grammar(doc) is phrases_en:
        return cues_en.content_follows(doc, i, j, hi)
    grammar = doc.lexicon.grammar
    for k in range(j, min(hi, j + 2)):
        word = doc.words[k]
        if word in grammar.content_openers or word == grammar.colon_cue:
            return True
        if word in grammar.quote_marks:
            return True
        if word not in grammar.content_bridges:
            return False
    return False


def _marks_report(doc: Document, row: CueRow, phrase: Phrase) -> bool:
    """Is the phrase after the verb one of the words its row needs after its source
    («تدوينة» after «نشر»)? Then it is what was said, not who said it."""
    return any(doc.lexicon.key(m) == (doc.words[phrase.i],) for m in row.needs_after)


def _marker_follows(doc: Document, j: int, hi: int, marker: str, *, pronoun: bool = False) -> bool:
    """Does `marker` follow within a few words? An aside between commas is not counted
    («وأظهرت الدراسة، التي نشرت نتائجها يوم الخميس، أن …»). With `pronoun`, a one-word
    marker with a pronoun attached instead («عنه», «عنها»). A demonstrative may stand inside
    a marker of two words or more («رد … على هذه الاتهامات» for «على الاتهامات»)."""
    words = doc.lexicon.key(marker)
    marks = doc.lexicon.grammar.apposition_marks
    forms = {words}
    if pronoun:
        if len(words) != 1:
            return False
        forms = {(words[0] + e,) for e in doc.lexicon.morphology.noun_enclitics if e}
    demonstratives = doc.lexicon.grammar.demonstratives if len(words) > 1 else frozenset()
    k, seen = j, 0
    while k < hi and seen < _SOURCE_AFTER_WINDOW:
        if tuple(doc.words[k : k + len(words)]) in forms:
            return True
        if (
            k + 1 < hi
            and doc.words[k] == words[0]
            and doc.words[k + 1] in demonstratives
            and tuple(doc.words[k + 2 : k + 1 + len(words)]) == words[1:]
        ):
            return True
        if doc.words[k] in marks and tuple(doc.words[k + 1 : k + 1 + len(words)]) in forms:
            return True  # «ونقلت الإذاعة، عن شاهد عيان، أن»: the aside opens with it
        if doc.words[k] in marks and (close := _aside_end(doc, k, hi)) is not None:
            k = close + 1
            continue
        # marks are not words: «صحيفة «الأيام» الأسبوعية …», «وكالة الأنباء الألمانية «د.ب.أ»»
        seen += not doc.is_punct(k)
        k += 1
    return False


def _aside_end(doc: Document, k: int, hi: int) -> int | None:
    """The comma closing an aside opened by the comma at k, if one closes it soon."""
    for j in range(k + 1, min(hi, k + _ASIDE_WINDOW)):
        if doc.words[j] == doc.words[k]:
            return j
        if doc.is_punct(j):
            return None
    return None


def _after_words(doc: Document, j: int, hi: int, marker: str, window: int) -> Phrase | None:
    """The source phrase after `marker` within `window` words; not a marker that opens a
    phrase standing between a cue and its source («وعلمت الجزيرة من جهتها أن …»)."""
    words = doc.lexicon.key(marker)
    k, seen = j, 0
    while k < hi and seen < window:
        if tuple(doc.words[k : k + len(words)]) == words and not skip_phrase(doc, k):
            grammar = _grammar(doc)
            after = k + len(words)
            phrase = grammar.parse_phrase(doc, after, hi)
            if phrase is None and grammar is phrases:
                # «عن حنان قداس المتحدثة باسم …»: a name the lexicon does not know, its title
                # after it, then the report
                phrase = bare_name(doc, after, hi)
            return phrase  # type: ignore[no-any-return]
        seen += not doc.is_punct(k)  # marks are not words, as in `_marker_follows`
        k += 1
    return None


def _object_of(doc: Document, row: CueRow, phrase: Phrase, hi: int) -> bool:
    """«ودعا الإدارة الجديدة لتوفير …», «واتهمها بـ…»: with the subject left out, the
    phrase after the verb is its object, recognised by the preposition that follows it."""
    if not row.object_before or phrase.j >= hi:
        return False
    nxt = doc.words[phrase.j]
    grammar = doc.lexicon.grammar
    if (
        nxt in grammar.warning_prepositions
        and phrase.j + 1 < hi
        and doc.words[phrase.j + 1] in grammar.content_openers
    ):
        return False  # «حذرت الأمم المتحدة من أن …»: the warning opens, its subject before it
    for marker in doc.lexicon.key(" ".join(row.object_before)):
        if nxt == marker or (len(marker) == 1 and nxt.startswith(marker) and len(nxt) > 3):
            return True
    return False


def _named_after_office(doc: Document, phrase: Phrase, hi: int) -> Phrase:
    """The office phrase after a verb, run on to the holder's name when a few more words of
    the office come first and the report opens right after the name («المحامي وعضو الفرع
    المحلي للمحامين مهدي التلمودي إن», «منسق حملة "أوقفوا التلوث" المحلية خير الدين دبية
    إن»): the grammar stopped early, the name says whom it describes."""
    if phrase.kind != "person" or phrase.head == "person":
        return phrase
    if any(wc.name(doc.hits[t]) for t in range(phrase.i, phrase.j)):
        return phrase  # named already
    quotes = doc.lexicon.grammar.quote_marks
    for k in range(phrase.j, min(hi, phrase.j + _OFFICE_RUN_ON + 1)):
        if names_ar.given_name(doc, k):
            end = names_ar.name_run(doc, k, hi)
            if end is not None and end > k + 1 and report_opens(doc, end, hi, bridged=False):
                return Phrase(phrase.i, end, phrase.nstart, doc.ends[end - 1], "person", "title")
            return phrase
        word = doc.words[k]
        if (doc.is_punct(k) and word not in quotes) or names_ar.function_word(doc, k):
            return phrase
        if any(h.kind == "cue" for h in doc.hits[k]):
            return phrase
        if word.startswith(doc.lexicon.grammar.genitive_prefix[:1]) and any(
            h.kind == "source" and h.role == "title" for h in doc.hits[k]
        ):
            return phrase  # «الرئيس لوزير الخارجية … أيمن الصفدي»: whom he told, named
    return phrase


def _nominative_plural(doc: Document, phrase: Phrase) -> bool:
    """Is the phrase headed by people in a sound plural in the nominative («المحتجون»), which
    is a subject, never an object (not «التلفزيون», «المضمون»: no plurals)?"""
    head = doc.words[phrase.i]
    stem = doc.lexicon.morphology.split_article(head)[1]
    return (
        wc.plural_shape(doc, head)
        and stem.endswith(doc.lexicon.morphology.nominative_suffixes)
        and any(h.kind == "source" and h.role in ("anonymous", "title") for h in doc.hits[phrase.i])
    )


def _subject_after_outlet(doc: Document, j: int, hi: int) -> Phrase | None:
    """«وصرح لـ"الجزيرة نت" مدير المكتب بأن …»: the outlet it was told to, then the subject,
    then what was said."""
    end = phrases.told_outlet_end(doc, j, hi)
    if end is None:
        return None
    phrase = parse_phrase(doc, doc.skip_fillers(end, hi), hi)
    if phrase is None or not report_opens(doc, phrase.j, hi):
        return None
    return phrase


def _another(doc: Document, j: int, hi: int) -> Phrase | None:
    """«وقال آخر إن …», «وأضافت أخرى أن …»: one more of the people the article quotes,
    unnamed, when what was said opens right after."""
    word = doc.words[j] if j < hi else ""
    if word not in doc.lexicon.grammar.other_words or doc.lexicon.morphology.split_article(word)[0]:
        return None
    if not report_opens(doc, j + 1, hi):
        return None
    return Phrase(j, j + 1, doc.starts[j], doc.ends[j], "anonymous", "anonymous")


def _before_object_marker(doc: Document, row: CueRow, j: int, hi: int) -> int:
    """Where the subject after a verb must end: before the first preposition written as a
    word of its own that marks what the verb is about («وحذر خبراء من مجاعة وشيكة»: the
    experts, not «خبراء من مجاعة»); and before what the verb needs after its subject
    («وأدلت رئيسة الوزراء بحديث …»: the prime minister, not «… بحديث»)."""
    markers = {
        key[0]
        for m in (*row.object_before, *row.needs_after)
        if len(m) > 1 and len(key := doc.lexicon.key(m)) == 1
    }  # as the text is normalised («رأيه» is «رايه»)
    for k in range(j, min(hi, j + _SOURCE_AFTER_WINDOW)):
        if doc.words[k] in markers:
            return k
    return hi


def _agrees(doc: Document, i: int, phrase: Phrase) -> bool:
    """Can the phrase after the verb at token i be its subject, by gender and case? «دعا
    الإدارة» (a masculine verb, a feminine noun) and «دعت رئيس الوزراء» (the other way
    round) name its object, and so does an accusative («تدعو أشخاصاً»). The letter that
    makes a noun feminine before a pronoun («حكومتها») marks the feminine verb («دعت»,
    «تدعو»)."""
    morphology = doc.lexicon.morphology
    feminine_verb = wc.feminine_verb(doc, i)
    # «حذر سماحة الشيخ»: the title after a courtesy agrees, if the phrase goes on past it
    courtesy = phrases.courtesy(doc, phrase.i)
    k = phrase.i + courtesy if courtesy < phrase.j - phrase.i else phrase.i
    head = doc.words[k]
    hits = doc.hits[k]
    stem = morphology.split_article(head)[1]
    if wc.accusative(doc, k):
        return False  # «أشخاصاً»: the accusative's tanwin
    if wc.plural_shape(doc, head) and stem.endswith(morphology.oblique_suffixes):
        return False  # «وحث المواطنين على …»: the plural's object case
    feminine_noun = head.endswith(morphology.feminine_ending) or any(
        h.plural for h in hits if h.kind == "source"
    )
    masculine_one = not feminine_noun and not wc.plural_shape(doc, head)
    if feminine_verb:
        return not (masculine_one and wc.head(hits) in ("title", "anonymous"))
    # «ودعا قادة الدول إلى …»: a broken plural of men may end like a feminine noun
    return not head.endswith(morphology.feminine_ending) or any(
        h.plural for h in hits if h.kind == "source"
    )


def _verb_first(doc: Document, i: int, lo: int) -> bool:
    """Does the cue open its clause (verb–subject order)? After a noun it is the predicate
    of that noun, and the phrase after it is an object («تحرير البوكمال يكشف بعض …»)."""
    grammar = doc.lexicon.grammar
    word = doc.words[i]
    if i == lo or (word[0] in grammar.conjunction_letters and doc.lexicon.lookup(word[1:], ())):
        return True
    if _after_dateline(doc, i, lo) or _after_tags(doc, i, lo) or _after_time(doc, i, lo):
        return True
    k = i - 1
    word = doc.words[k]
    if (
        word in grammar.apposition_marks
        and word != "-"
        and any(h.kind == "cue" and h.entry in grammar.telling_cues for h in doc.hits[i])
        and parse_backward(doc, i, lo) is not None
    ):
        # «أن وزير الدفاع يوسي كوهين، أبلغ رئيس الأركان أنه …»: the subject of «أن» (or of
        # «كان», or a topic) and a comma before a verb of telling; after it, who was told
        # (not «أن الحكومة مستقيلة، نفى المتحدث ذلك»: another clause, its subject after it)
        return False
    if word in grammar.perfect_particles and parse_backward(doc, i, lo) is not None:
        # «وكانت المنظمة قد دعت الطرفين إلى …»: the subject of «كان» before «قد»;
        # after the verb, its object
        return False
    if word in grammar.relative_pronouns:
        # «الذي يعتبر أحد مؤسسيه»: the subject is the noun before «الذي»; but in «اللقاح
        # الذي أعلن عنه الرئيس» that noun is what was said, and the subject follows
        return object_pronoun(doc, i) or pronoun_after(doc, i + 1) or people_after(doc, i + 1)
    return (
        (doc.is_punct(k) and not _closing_quote_mark(doc, k, lo))
        or doc.is_number(k)
        or word in grammar.function_words
        or word in grammar.clause_openers
        or doc.has(k, "source", "skip") is not None
        or any(h.kind == "signal" and h.role in ("month", "weekday") for h in doc.hits[k])
    )


def _closing_quote_mark(doc: Document, k: int, lo: int) -> bool:
    """Does the quotation mark at token k close a name that completes a source word before it
    («رئيس "مجلس السيادة" يطالب»: the verb after it has its subject before it)? Not a
    quotation («"الأمن لن يتهاون" قال الوزير»: its sayer follows the verb)."""
    quotes = doc.lexicon.grammar.quote_marks
    if doc.words[k] not in quotes:
        return False
    opened = next((t for t in range(k - 1, lo - 1, -1) if doc.words[t] in quotes), None)
    return (
        opened is not None
        and opened > lo
        and wc.head(doc.hits[opened - 1]) is not None
        # the name's phrase is the verb's subject, opening the clause («رئيس "مجلس
        # السيادة" يطالب»), not the end of an adverbial («وخلال لقائه وفد حركة "حماس" أكد»)
        and parse_backward(doc, k + 1, lo) is not None
    )


def _after_time(doc: Document, i: int, lo: int) -> bool:
    """«ويوم السبت الفائت أعلنت …», «وفي الأسبوع الماضي قال …»: a time adverb opens the
    clause, a day or a period and its adjective, then the verb. Not «بطل الموسم الماضي
    أكد»: after another noun the time is that noun's genitive."""
    grammar = doc.lexicon.grammar
    if not phrases.time_ends(doc, i - 1, lo):
        return False
    period = i - 2
    before = period - 1
    return (
        period == lo
        or doc.has(before, "source", "skip") is not None  # «ويوم الأربعاء الماضي»
        or doc.words[before] in grammar.fronting_prepositions  # «في الأسبوع الماضي»
        or doc.words[before] in grammar.clause_openers
        or (len(doc.words[before]) > 1 and doc.words[before][1:] in grammar.fronting_prepositions)
    )


def _after_tags(doc: Document, i: int, lo: int) -> bool:
    """«#عاجل أعلن الرئيس …», «#فيديو #هام أكد الوزير …»: only a tweet's tags before the
    verb, none of them a name or a source word (in «#الأردن تعلن» the tag is the subject)."""
    return i - lo <= _TAG_RUN and all(
        doc.tagged(k)
        and (
            doc.is_punct(k)
            or (wc.head(doc.hits[k]) is None and not any(h.kind == "entity" for h in doc.hits[k]))
        )
        for k in range(lo, i)
    )


def _after_dateline(doc: Document, i: int, lo: int) -> bool:
    """«الخرطوم : السوداني أعلن …»: a place, a colon and the outlet's name open the sentence;
    the verb after them opens its clause. Not after a dash: «عمان - الصفدي حذر إسرائيل»
    opens with the place, then the verb's own subject, whose name the lexicon cannot tell
    from an outlet's."""
    if _agency_dateline(doc, i, lo) or _place_dateline(doc, i, lo):
        return True
    colon = doc.lexicon.grammar.colon_cue
    marks = [k for k in range(max(lo, i - _DATELINE_OUTLET - 1), i) if doc.words[k] == colon]
    if not marks or marks[-1] == lo or marks[-1] - lo > _DATELINE_PLACE:
        return False
    outlet = range(marks[-1] + 1, i)
    if any(doc.is_punct(k) or wc.head(doc.hits[k]) is not None for k in outlet):
        return False  # «القاهرة : الوزير أعلن»: a subject, not an outlet's name
    return any(h.kind == "entity" and h.role in ("place", "country") for h in doc.hits[lo])


def _place_dateline(doc: Document, i: int, lo: int) -> bool:
    """«مكة المكرمة ــ أعلنت الوزارة …»: a place of several words alone before the verb (its
    dash was tatweel, which normalising drops), not a government that speaks («موسكو
    أعلنت»)."""
    if i - lo < 2 or phrases.government_seat(doc, lo) is not None:
        return False
    return any(
        h.kind == "entity" and h.role == "place" and lo + doc.extent(lo, h) == i
        for h in doc.hits[lo]
        if h.rest
    )


def _agency_dateline(doc: Document, i: int, lo: int) -> bool:
    """«روما (أ ف ب) انتقد …», «عمان (رويترز) - أعلن …»: a place and an agency's initials in
    brackets, perhaps a dash or a colon, then the verb."""
    if lo + 2 >= i or doc.words[lo + 1] != "(":
        return False
    if not any(h.kind == "entity" and h.role in ("place", "country") for h in doc.hits[lo]):
        return False
    close = next(
        (k for k in range(lo + 2, min(i, lo + _DATELINE_OUTLET + 2)) if doc.words[k] == ")"), None
    )
    return close is not None and all(doc.is_punct(k) for k in range(close, i))


def _plural_verb(word: str) -> bool:
    """A verb agreeing with a plural subject before it («قالوا», «يقولون»)."""
    return word.endswith(("وا", "ون")) and len(word) > 4


def _after_conjunction(doc: Document, i: int, row: CueRow) -> int:
    """Start of the cue without a glued «و»/«ف» (the cue of «وقال» is «قال», of «ورأى» «رأى»:
    a row whose forms are written with their conjunction, `glued`)."""
    word = doc.words[i]
    if len(word) < 3 or word[0] not in doc.lexicon.grammar.conjunction_letters:
        return doc.starts[i]
    hits = doc.lexicon.lookup(word[1:], ())
    if len(word) == 3:  # «وحث»: only when the two letters after «و» are this very cue
        hits = tuple(h for h in hits if h.kind == "cue" and h.entry == row.id)
    if row.glued or hits:
        return doc.starts[i] + 1
    return doc.starts[i]


def _near_context(doc: Document, start: int, i: int, sentence: int) -> bool:
    """An official-statement context («في بيان», "in a statement") within a few words of the
    source and its cue (token `start` is the first of the two, `i` the cue)."""
    lo, hi = doc.sentences[sentence]
    for _, _, hit in doc.in_range("cue", max(lo, start - 4), min(hi, i + 6)):
        if hit.role == "context" and doc.lexicon.cues[hit.entry].official:
            return True
    return False
