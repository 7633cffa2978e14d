"""Arabic names in a source phrase, by their shape: the lexicon does not list most names.

A name the lexicon does not know is a run of unknown words (or first names it does know),
with «بن»/«أبو» inside and a family name with the article to end it (`name_run`); a title
written short before it («د.», `abbreviated_title`); a hyphen inside it («جان-إيف»). Such a
run counts as a source only where the report opens right after it (`report_opens`), perhaps
after a time or a context («في تصريح لصحيفة …», `context_ends`). `phrases.py` uses these
where its grammar meets a word it does not know.
"""

from __future__ import annotations

from literacy.analysis import wordclass as wc
from literacy.analysis.document import Document
from literacy.analysis.lexicon import Hit
from literacy.text import written_letters

NAME_RUN = 3  # words of a name after a title or a first name
UNKNOWN_NAME = 2  # words, at least, of a name the lexicon does not know: a first and a last
_BARE_NAME_RUN = 5  # words of a name standing alone after a verb («قيس بن سعود الزكواني»)
_CONTEXT_REACH = 14  # words a context («في تصريح لصحيفة …») may run before the report
_QUOTED_WORDS = 4  # words of a quotation, at least, after a context: what was said, no name
_ASIDE = 8  # tokens of an aside in brackets after a name, brackets included
_TOLD = 6  # tokens of whom it was said to («للجزيرة نت») before the report opens
_APPOSITION = 16  # tokens of «، قائد الفريق،» after a name, commas included
_QUOTED_NAME = 4  # words of a name in quotation marks («"الواحة"»)
_CIRCUMSTANCE = 32  # tokens of «، خلال ندوة نظمتها …،» after a name, commas included
_OCCASION = 16  # tokens of «على هامش زيارته للمعرض» after «في تصريح», up to «أن»
_DESCRIBING = frozenset({"title", "anonymous", "quantifier"})
_TANWIN_FATH = "\u064b"  # «ً», the accusative's tanwin («شخصاً», «نقدًا»)
_ACRONYM = 6  # letters of an institution's initials in Latin capitals («CNN», «UNICEF»)
# Sound plurals of people: after «لـ» they say whom something was told to.
PEOPLE_PLURALS = ("ين", "ون")
# «العديدون», «التحديات»: no family name with the article ends so («الحسين» may end in «ين»)
_NO_FAMILY_ENDINGS = ("ون", "ات")
# The dual's endings in the nominative and after it («المنظمتان», «المركزين»).
DUAL_ENDINGS = ("ان", "ين")


def name_run(doc: Document, i: int, hi: int) -> int | None:
    """One past a run of words that may make up a name the lexicon does not know: unknown
    words or first names, «بن»/«أبو» with the word after, and a family name with the
    article to end it («مي الكيلة»). None when the run is empty."""
    grammar = doc.lexicon.grammar
    j = i
    while j < hi and j - i < _BARE_NAME_RUN:
        word = doc.words[j]
        if j > i and last_name_written(doc, j, hi):
            j += 1  # «منى علي، ربة منزل»: «علي» as written ends the name
            break
        if doc.is_punct(j) or doc.is_number(j) or function_word(doc, j) or len(word) < 2:
            break  # a lone «لـ» is whom it was said to («كولينز لـ"الجزيرة"»); no name has a figure
        if glued_preposition(doc, word):
            break  # «أقول للناس إن»: whom it was said to; no name starts «لل» or «بال»
        if function_word_with_pronoun(doc, word):
            break  # «وأكد خلاله أن», «وقال عنه إن»: during it, about him; no name
        if accusative_written(doc, j):
            break  # «ووجه سامي حداد نقدًا للمدرب»: the verb's object
        if word in grammar.name_particles and j + 1 < hi and not doc.is_punct(j + 1):
            j += 2  # «قيس بن سعود», «آيت الطالب»
            continue
        if known(doc, j) and not given_name(doc, j):
            break
        if written_definite(doc, j):
            if j > i or family_name(doc, j):
                j += 1  # a family name with the article ends the name: «واوضح الشرقاوي أن»
            break
        if not known(doc, j) and (
            possessed(doc, word)
            or (wc.plural_shape(doc, word) and not plural_shaped_name(doc, i, j, hi))
        ):
            break  # «زعم صاحبها أنها»: its owner; «قال محققون إن»: a group; nobody's name
        j += 1
    return j if j > i else None


def common_word_surname(doc: Document, i: int, j: int, hi: int) -> bool:
    """«قال خالد مجاهد، مدير المدرسة، إن», «وقال سعيد قرى إن», «قال حميد آذار الأمين العام
    للنقابة إن»: a word the lexicon knows only as loaded or as a claim signal, without the
    article, right after a first name and right before a comma, the report or an office, is
    the family name («مجاهد», not "a fighter"; «قرى», not "villages"; «آذار», not March).
    Not a time or an adverb («قال محمد أمس إن»: source words that stand between a verb and
    its report)."""
    return (
        i < j < hi - 1
        and given_name(doc, j - 1)
        and not written_definite(doc, j)
        and not function_word(doc, j)
        and common_word(doc, j)
        and (
            doc.words[j + 1] == "،"
            or report_opens(doc, j + 1, hi)
            or wc.head(doc.hits[j + 1]) == "title"
        )
    )


def common_word(doc: Document, k: int) -> bool:
    """Does the lexicon know token k only as a loaded word or a claim signal, article or not
    («مجاهد», «قرى», «العدوان»): a word a family name may also be?"""
    hits = doc.hits[k]
    return bool(hits) and all(h.kind in ("loaded", "signal") for h in hits)


def acronym(doc: Document, i: int, end: int) -> bool:
    """«ذكرت CNN», «وقالت "BBC"»: one word in Latin capitals in an Arabic text is an
    institution's initials (a network, an agency), not a person's name."""
    if end != i + 1:
        return False
    written = doc.surface(i)
    return 2 <= len(written) <= _ACRONYM and written.isascii() and written.isupper()


def written_definite(doc: Document, j: int) -> bool:
    """Does token j begin with the article as written? Not when its alef carries a hamza
    («ألبرت», «إلهام»): normalised, such a name looks definite."""
    morphology = doc.lexicon.morphology
    return (
        morphology.split_article(doc.words[j])[0]
        and doc.surface(j)[:1] not in morphology.hamza_alefs
    )


def glued_preposition(doc: Document, word: str) -> bool:
    """Is the word a preposition glued to the article («للناس», «بالمدينة») or to a
    function word («لهذا», «بذلك»)? No name starts that way."""
    grammar = doc.lexicon.grammar
    if word[:1] in grammar.preposition_letters and word[1:] in grammar.function_words:
        return True
    morphology = doc.lexicon.morphology
    article = morphology.article
    plain = {article} | {c + article for c in grammar.conjunction_letters}
    return any(
        word.startswith(p) and len(word) - len(p) >= 3
        for p in morphology.definite_prefixes
        if p not in plain
    )


def plural_shaped_name(doc: Document, i: int, j: int, hi: int) -> bool:
    """«كارين سميث», «جون ويلسون»: a name shaped like a sound plural, told from one
    («محققين», «مستوطنون») by a name word beside it in the run that starts at i, and by
    neither the article nor the «م» of a participle («المتظاهرين», «مراقبين») unless a first
    name the lexicon knows comes right before it («ستيفن منوشين»)."""
    grammar = doc.lexicon.grammar
    word = doc.words[j]
    if doc.lexicon.morphology.split_article(word)[0]:
        return False
    if word.startswith(grammar.participle_prefix):
        # only right after a first name the lexicon knows («ستيفن منوشين», not «مراقبين»),
        # or after a word it does not know when the report opens right after the two
        # («وقال دين ماكيسون إن»: no participle ends a plural subject that way)
        # (not «وقال شباب متطوعون إن»: a group and what they are)
        return j > i and (
            wc.name(doc.hits[j - 1])
            or (
                j == i + 1
                and _name_word(doc, i)
                and not _doers(doc, doc.words[i])
                and report_opens(doc, j + 1, hi)
            )
        )
    if wc.nisba(doc, word):
        return False  # «فلسطينيون»: a people
    return (
        (j > i and _name_word(doc, j - 1))
        or (j + 1 < hi and _name_word(doc, j + 1))
        # one word alone with the report right after it and a foreign family name's
        # ending («وشدد هندرسون على أن»), not a group («وقال خريجون إن», «فلاحون»)
        or (j == i and _foreign_ending(doc, word) and report_opens(doc, j + 1, hi))
        # «وقال حدادين إن» after «… نمر حدادين،»: ending a name given before
        or (j == i and _ended_a_name(doc, j) and report_opens(doc, j + 1, hi))
    )


def _ended_a_name(doc: Document, j: int) -> bool:
    """Did token j's word come earlier right after a word that may begin a name: a first
    name, or a word the lexicon knows at most as a signal («نمر حدادين»)?"""
    word = doc.words[j]
    return any(
        doc.words[e] == word
        and not doc.is_punct(e - 1)
        and not function_word(doc, e - 1)
        and (wc.name(doc.hits[e - 1]) or all(h.kind == "signal" for h in doc.hits[e - 1]))
        and not doc.lexicon.morphology.split_article(doc.words[e - 1])[0]
        for e in range(1, j)
    )


def _foreign_ending(doc: Document, word: str) -> bool:
    """«هندرسون», «كلينتون»: the letter before the plural's ending is one a foreign family
    name ends on, and the word is not shaped like doers."""
    grammar = doc.lexicon.grammar
    return not _doers(doc, word) and any(
        word.endswith(suffix) and word[: -len(suffix)][-1:] in grammar.foreign_name_letters
        for suffix in grammar.plural_suffixes
    )


def _doers(doc: Document, word: str) -> bool:
    """«ناشطون», «فلاحون», «شباب»: a plural with the doer's long vowel second or third."""
    letter = doc.lexicon.grammar.doer_letter
    return bool(letter) and letter in word[1:3]


def _name_word(doc: Document, k: int) -> bool:
    """A word that may stand in a name beside a plural-shaped one: a first name the lexicon
    knows, or a word it does not know that has neither a plural's shape nor the article."""
    word = doc.words[k]
    if doc.is_punct(k) or doc.is_number(k) or word in doc.lexicon.grammar.function_words:
        return False
    if wc.name(doc.hits[k]):
        return True
    return (
        not doc.hits[k]
        and len(word) > 2
        and not wc.plural_shape(doc, word)
        and not written_definite(doc, k)
    )


def function_word(doc: Document, k: int) -> bool:
    """Is token k a function word here («على», «في»)? Not «علي» written as a first name."""
    return doc.words[k] in doc.lexicon.grammar.function_words and not written_name(doc, k)


def given_name(doc: Document, k: int) -> bool:
    """Is token k a first name or a listed person: one the lexicon knows, «علي» as written
    before a name, or «عبدالكريم» with its particle glued on?"""
    if wc.name(doc.hits[k]):
        return True
    word = doc.words[k]
    return any(
        word.startswith(start) and len(word) > len(start) + 1
        for start in doc.lexicon.grammar.glued_name_starts
    ) or written_name(doc, k)


def kunya(doc: Document, k: int) -> bool:
    """«وقالت أم أحمد إن …»: «أم» (also "or") with a first name after it is a mother's kunya."""
    grammar = doc.lexicon.grammar
    word = doc.words[k]
    return (
        word in grammar.name_particles
        and word in grammar.function_words
        and k + 1 < len(doc.words)
        and wc.name(doc.hits[k + 1])
    )


def spelled_as_name(doc: Document, k: int) -> bool:
    """Is token k written as a first name that normalises to a function word: «علي», not the
    preposition «على» as written?"""
    if doc.words[k] not in doc.lexicon.grammar.written_names:
        return False
    return doc.surface(k)[-1:] == doc.words[k][-1:]


def last_name_written(doc: Document, k: int, hi: int) -> bool:
    """«وقالت منى علي، ربة منزل، إن»: a first name that normalises to a function word,
    written as a name («علي», not «على»), ends a name when a comma or the report follows."""
    return (
        spelled_as_name(doc, k)
        and k + 1 < hi
        and (doc.words[k + 1] == "،" or report_opens(doc, k + 1, hi))
    )


def written_name(doc: Document, k: int) -> bool:
    """«وقال علي الحسيني إن»: a first name that normalises to a function word («على»), told
    from it by how the article writes it («علي») and by a name going on after it: a first
    name, «بن»/«عبد», or a family name with the article that the lexicon does not know."""
    if not spelled_as_name(doc, k) or k + 1 >= len(doc.words):
        return False
    nxt, hits = doc.words[k + 1], doc.hits[k + 1]
    if wc.name(hits) or nxt in doc.lexicon.grammar.name_particles:
        return True
    return (
        bool(doc.lexicon.morphology.split_article(nxt)[0])
        and wc.nisba(doc, nxt)
        and not known(doc, k + 1)
    )


def function_word_with_pronoun(doc: Document, word: str) -> bool:
    """«خلاله», «عنه», «لديها»: a function word with a pronoun attached."""
    function_words = doc.lexicon.grammar.function_words
    return any(
        ending and word.endswith(ending) and word[: -len(ending)] in function_words
        for ending in doc.lexicon.morphology.noun_enclitics
    )


def possessed(doc: Document, word: str) -> bool:
    """A noun with a possessive ending of two letters or more («صاحبها», «أسعارها»,
    «بلادهم»), which no name has."""
    return any(
        len(ending) > 1 and word.endswith(ending) and len(word) - len(ending) >= 3
        for ending in doc.lexicon.morphology.noun_enclitics
    )


def accusative_written(doc: Document, k: int) -> bool:
    """Is token k written with the accusative's tanwin («نقدًا», «انتقاداً»), which no name
    carries?"""
    return _TANWIN_FATH in doc.surface(k)[-3:]


def feminine_written(doc: Document, k: int) -> bool:
    """Does token k end in «ة» as written («سامية»), not a «ه» («جوزيه»)?"""
    ending = doc.lexicon.grammar.feminine_ending
    return doc.words[k].endswith(ending) and not written_letters(doc.surface(k)).endswith(ending)


def pronoun_ended(doc: Document, k: int) -> bool:
    """Is token k a noun with «his», «her» or «their» on it as written, right before a
    preposition («قلقه من», «استياءها من», «ترحيبهم بـ…»): the verb's object, not a name?
    A final «ه» counts only when the text writes «ه», not «ة» («حمزة»); and the preposition
    keeps names that end so («جوزيه مورينيو», «شحاته عطيه») and «-نا» («كريستالينا»)."""
    word = doc.words[k]
    pronoun = doc.lexicon.grammar.feminine_ending  # «ه»: his, and «ة» once normalised
    endings = [e for e in doc.lexicon.morphology.noun_enclitics if e.startswith(pronoun)]
    ending = next((e for e in sorted(endings, key=len, reverse=True) if word.endswith(e)), "")
    if not ending or len(word) - len(ending) < 3:
        return False
    if ending == pronoun and not written_letters(doc.surface(k)).endswith(pronoun):
        return False
    nxt = k + 1
    grammar = doc.lexicon.grammar
    return (
        nxt < len(doc.words)
        and (function_word(doc, nxt) or glued_preposition(doc, doc.words[nxt]))
        # «غيابه عن», «ترحيبه بـ»: a preposition, though it may open a report elsewhere
        and (
            doc.words[nxt] not in grammar.content_openers
            or doc.words[nxt] in grammar.noun_prepositions
        )
    )


def known(doc: Document, k: int) -> bool:
    """Does the lexicon know token k as a word here? A multi-word entry that starts with
    it but does not go on («بابو» for «أبوظبي») does not count."""
    return any(not hit.rest or doc.extent(k, hit) for hit in doc.hits[k])


def context_ends(doc: Document, j: int, hi: int) -> int | None:
    """Where a context such as «في تصريح لصحيفة …» or «في مقابلة مع قناة …» ends: at the
    report that follows it within a few words («إن», «:»), with no other verb or full stop
    on the way. None when no context starts at j or no report follows."""
    grammar = doc.lexicon.grammar
    if j >= hi:
        return None
    contexts = [h for h in doc.hits[j] if h.kind == "cue" and h.role == "context"]
    step = max((doc.extent(j, h) for h in contexts), default=0)
    if not step:
        return None
    opened = False  # inside a quoted name («لصحيفة " غلف نيوز "»): its closing mark opens nothing
    for k in range(j + step, min(hi, j + step + _CONTEXT_REACH)):
        word = doc.words[k]
        if word in grammar.content_openers or word == grammar.colon_cue:
            return k
        if word in grammar.quote_marks:
            opened = not opened
        if opened and word in grammar.quote_marks and _long_quotation(doc, k, hi):
            # «في مؤتمر صحفي إثر النطق بالحكم "سنطعن في القرار"»: what was said; but a long
            # name in quotation marks with «إن» after it is a name («مع برنامج "…" إن»)
            close = next((t for t in range(k + 1, hi) if doc.words[t] in grammar.quote_marks), None)
            if close is not None and close + 1 < hi:
                after = doc.words[close + 1]
                if after in grammar.content_openers or after == grammar.colon_cue:
                    return close + 1
            return k
        if (doc.is_punct(k) and word not in grammar.quote_marks and word != "،") or doc.has(
            k, "cue", "verb"
        ):
            return None
    return None


def _long_quotation(doc: Document, k: int, hi: int) -> bool:
    """Does the quotation mark at token k open what was said, running over more words
    before its closing mark than a quoted name has («"سنطعن في هذا القرار"», not «مع "الشرق
    الأوسط"»), and not right after an outlet or a document it names («لقناة "…"»)?"""
    quotes = doc.lexicon.grammar.quote_marks
    if k > 0 and any(doc.has(k - 1, "source", role) for role in ("organization", "document")):
        return False  # «لقناة "…"», «في بيان "…"»: the outlet's or the document's name
    words = 0
    for t in range(k + 1, hi):
        if doc.words[t] in quotes:
            return False
        words += not doc.is_punct(t)
        if words >= _QUOTED_WORDS:
            return True
    return False


def family_name(doc: Document, k: int) -> bool:
    """«وأوضح الشرقاوي»: a family name on its own, which the article gave in full before
    («محمد الشرقاوي»), or a nisba or a word the lexicon does not know that the report opens
    right after, or after where it was said («وأوضح الزهراني أن», «وأضاف العبادلة:», «وقالت
    الدباغ في حديث لإذاعة …، إن»: a paragraph quoted from an article that named them
    before it). The trades and fields a nisba also names («الحقوقي»,
    «الاقتصادي») and the plurals of sources («الصحف») are source words of their own."""
    word = doc.words[k]
    if introduced(doc, k, loosely=True):
        return True
    if not (wc.nisba(doc, word) or not doc.hits[k]):
        return False
    if word.endswith(_NO_FAMILY_ENDINGS) and written_definite(doc, k):
        return False  # «وقال العديدون إن», «أبرز التحديات أن»: plurals, no family
    hi = len(doc.words)
    after = context_ends(doc, k + 1, hi)  # «وأضافت الدباغ في حديث لإذاعة …، أن»
    if after is None and k + 2 < hi and doc.words[k + 1] == "،":
        after = context_ends(doc, k + 2, hi)  # «وقالت الدباغ، في حديث لإذاعة …، أن»
    # «إلى أن» only after a masculine nisba («ونوه الموسوي إلى أن»), not a plural or an
    # abstract noun («وتشير التوقعات إلى أن», «وتشير الفرضية إلى أن»)
    bridged = wc.nisba(doc, word) and not word.endswith(doc.lexicon.grammar.feminine_ending)
    if bridged and stated_noun_after(doc, k, hi):
        return True  # «وأكد الأنصاري أهمية الحوار», «وشدد الحمادي على ضرورة …»
    return report_opens(doc, k + 1 if after is None else after, hi, bridged=bridged)


def stated_noun_after(doc: Document, k: int, hi: int) -> bool:
    """Does a noun that opens what was stated («أهمية», «ضرورة») follow a masculine nisba at
    token k, perhaps after «على»: the nisba a family name, the subject of a verb before it?"""
    grammar = doc.lexicon.grammar
    word = doc.words[k]
    if not wc.nisba(doc, word) or word.endswith(grammar.feminine_ending):
        return False
    if word in grammar.other_words:
        return False  # «وأكد الثاني أهمية …»: the second one, no family name
    if k == 0 or doc.has(k - 1, "cue", "verb") is None:
        return False  # right after the verb: not «كتب عبر حسابه الشخصي بموقع …»
    j = k + 1
    if j < hi and doc.words[j] in grammar.content_bridges:
        j += 1
    if j >= hi:
        return False
    word = doc.words[j]
    # or what was acknowledged or praised, with «بـ» glued on: «واعترف العتيبي بفشل …»,
    # «وأشاد الحمادي بجهود …» (not «بعد», «به»)
    governed = (
        word[:1] in grammar.content_bridges  # the one-letter bridge, «ب»
        and len(word) > 3
        and word not in grammar.function_words
        and not function_word_with_pronoun(doc, word)
    )
    return word in grammar.stated_nouns or governed


def introduced(doc: Document, k: int, *, loosely: bool = False, word: str = "") -> bool:
    """Did the article give token k's word before as the last part of a name, right after a
    first name or a title («محمد الشرقاوي», «الفنان أمير كرارة»)? News names a person in full
    once, then by family name alone («وقال كرارة»). `loosely`: after any word the lexicon does
    not know too, for a word the name's own shape already marks (a family name with the
    article). `word`: token k's word read without a glued letter («للمعلمي» as «المعلمي»)."""
    if doc.is_punct(k):
        return False  # «عن منسوب الاثنين.»: a full stop repeats no name
    word = word or doc.words[k]
    return any(
        doc.words[e] == word
        and wc.nounish(doc, e - 1)
        and ((loosely and not known(doc, e - 1)) or _after_name_or_title(doc, e))
        for e in range(1, k)
    )


def _after_name_or_title(doc: Document, e: int) -> bool:
    """Does a first name or a title stand right before token e, or before one or two words
    the lexicon does not know that lead up to it («الوزير سامح كرارة»)?"""
    for d in range(e - 1, max(-1, e - 4), -1):
        if wc.name(doc.hits[d]) or wc.head(doc.hits[d]) == "title":
            return True
        if known(doc, d) or not wc.nounish(doc, d):
            return False
    return False


def report_opens(doc: Document, j: int, hi: int, *, bridged: bool = True) -> bool:
    """Does the report open at token j, perhaps after a time («، الأربعاء،», «في وقت
    سابق») or a comma: a colon, a quotation or «أن»; with `bridged`, «أن» after a
    preposition too («إلى أن»)?"""
    grammar = doc.lexicon.grammar
    before = j
    j = doc.skip_fillers(j, hi)
    if before < j < hi:
        # «وأكد العلوي في تصريح على هامش زيارته للمعرض … أن»: after where it was said, on
        # what occasion, with no mark between
        j = _said_where(doc, j, hi, _OCCASION)
    if j + 1 < hi and accusative_written(doc, j):
        j += 1  # «… دوجاريك مجدداً إن»: an adverb, then the report
    described = _apposition(doc, j, hi)
    if described > j:
        described = _said_where(doc, described, hi)
        # «، المدير الفني للفريق، اليوم الأحد، إن»: a time between commas after who they are
        when = doc.skip_fillers(described, hi)
        if described < when < hi and doc.words[when] == "،":
            described = when + 1
    j = _circumstance(doc, described, hi)
    if j < hi and doc.words[j] == "،":  # «، الأربعاء، إن», «، إن»
        k = doc.skip_fillers(j + 1, hi)
        if k > j + 1 and k < hi and doc.words[k] == "،":
            j = k + 1
        elif (said := context_ends(doc, j + 1, hi)) is not None:
            j = said  # «، في تصريحاته لقناة "…" أن»: where it was said, then the report
        else:
            j += 1
    j = _told(doc, _aside(doc, j, hi), hi)
    if j < hi and doc.words[j] in grammar.quoting_nouns:
        # «ونقل البيان عن وانغ قوله «…»»: "his saying", then what he said
        j += 1
        if j < hi and doc.words[j] == "،":
            j += 1
    if j >= hi:
        return False
    word = doc.words[j]
    if bridged and word in grammar.content_bridges and j + 1 < hi:
        word = doc.words[j + 1]  # «وأشار كوبيلوف إلى أن …», «وشدد هندرسون على أن …»
        return word in grammar.content_openers
    return (
        word == grammar.colon_cue or word in grammar.quote_marks or word in grammar.content_openers
    )


def described_after(doc: Document, j: int, hi: int) -> bool:
    """Does who they are follow between commas at token j («، قائد الفصيل،»)? Then what
    stands before it names a person."""
    return _apposition(doc, j, hi) > j


def _apposition(doc: Document, j: int, hi: int) -> int:
    """After a name, who they are between commas («، قائد الفريق،», «، أحد سكان القرية،»):
    one past the closing comma, when a title or a source word opens it; or where they are
    from («، من جامعة ريدينغ إن»), an institution after «من»."""
    if j + 1 >= hi or doc.words[j] != "،":
        return j
    if not _describes(doc, j + 1) and not _from_institution(doc, j + 1, hi):
        return j
    for k in range(j + 2, min(hi, j + _APPOSITION)):
        if doc.words[k] == "،":
            # «، المتحدث باسم رئيس الوزراء، هايلي ديسالين،»: the name of the one whose
            # office it is, between commas of its own
            end = name_run(doc, k + 1, hi)
            if end is not None and end - k > 2 and end < hi and doc.words[end] == "،":
                return end + 1
            return k + 1
        if doc.words[k] in doc.lexicon.grammar.content_openers:
            return k  # «، الأمين العام للمنظمة لوكالة فرانس برس إن»: no closing comma
        if doc.words[k] == doc.lexicon.grammar.colon_cue:
            return k  # «، مديرة مكتب الأصول: "…"»: the colon opens the report
        if doc.words[k] in doc.lexicon.grammar.quote_marks:
            if k > j + 2 and not _closes_soon(doc, k, hi):
                return k  # «، مدير البرامج بالمنظمة "…"»: no comma, the quotation opens
            continue  # «، رئيس جمعية "الواحة"،»: a quoted name inside
        if doc.is_punct(k) or doc.has(k, "cue", "verb"):
            break
    return j


def _closes_soon(doc: Document, k: int, hi: int) -> bool:
    """Does the quotation mark at token k close again within a name's few words?"""
    marks = doc.lexicon.grammar.quote_marks
    k += 1
    while k < hi and doc.words[k] in marks:
        k += 1  # «''»: one mark written twice
    return any(doc.words[t] in marks for t in range(k + 1, min(hi, k + 1 + _QUOTED_NAME)))


def _said_where(doc: Document, j: int, hi: int, window: int = _CIRCUMSTANCE) -> int:
    """After who they are between commas, where it was said, opened by a preposition
    («، رئيس مجلس الإدارة، في تعليقه على النتائج أن»), with at most a comma before a
    quotation or «أن», or a colon: the report's opening word or mark, when one follows;
    otherwise j."""
    words = doc.words
    if j >= hi or words[j] not in doc.lexicon.grammar.fronting_prepositions:
        return j
    grammar = doc.lexicon.grammar
    for k in range(j + 1, min(hi, j + window)):
        if words[k] in grammar.content_openers or words[k] == grammar.colon_cue:
            return k  # «…، في تصريح صحفي: "…"»
        if (
            words[k] == "،"
            and k + 1 < hi
            and (words[k + 1] in grammar.quote_marks or words[k + 1] in grammar.content_openers)
        ):
            return k + 1  # «…، في تعليقه على النتائج، "…"»: a comma, then the quotation
        if doc.is_punct(k) or doc.has(k, "cue", "verb"):
            break
    return j


def _from_institution(doc: Document, k: int, hi: int) -> bool:
    """«من جامعة …», «في مركز …»: a link word at token k, then an institution."""
    return (
        k + 1 < hi
        and doc.has(k, "source", "link") is not None
        and wc.head(doc.hits[k + 1]) in ("organization", "named_organization")
    )


def _circumstance(doc: Document, j: int, hi: int) -> int:
    """After a name, where and when it was said, between commas and opened by a preposition
    («، خلال ندوة نظمتها الغرفة التجارية لعرض خطة …، إن»): the closing comma, when the
    report opens right after it; otherwise j."""
    words = doc.words
    if (
        j + 1 >= hi
        or words[j] != "،"
        or words[j + 1] not in doc.lexicon.grammar.fronting_prepositions
    ):
        return j
    if j > 0 and written_definite(doc, j - 1) and not wc.nisba(doc, words[j - 1]):
        return j  # «ويؤكد التاريخ، عبر قرون …، أن»: a noun, not a family name
    for k in range(j + 2, min(hi - 1, j + _CIRCUMSTANCE)):
        if words[k] == "،":
            return k if words[k + 1] in doc.lexicon.grammar.content_openers else j
        if doc.is_punct(k):
            break
    return j


def _describes(doc: Document, k: int) -> bool:
    """A source word opens token k: one word, or several that are all there («الأمين العام»)."""
    return any(
        h.kind == "source" and h.role in _DESCRIBING and (not h.rest or doc.extent(k, h))
        for h in doc.hits[k]
    )


def _aside(doc: Document, j: int, hi: int) -> int:
    """After a name, a short aside in brackets («(صاحبة المكتبة)»): where it ends."""
    if j >= hi or doc.words[j] != "(":
        return j
    for k in range(j + 1, min(hi, j + _ASIDE)):
        if doc.words[k] == ")":
            return k + 1
    return j


def _told(doc: Document, j: int, hi: int) -> int:
    """«للجزيرة نت», «لوكالة رويترز», «لـ"العربية"»: whom it was said to, a word with a glued
    «لـ» and a short name after it, when the report opens right after."""
    grammar = doc.lexicon.grammar
    lam = grammar.genitive_prefix[:1]
    if j >= hi or not lam or not doc.words[j].startswith(lam):
        return j
    if doc.words[j] != lam and (len(doc.words[j]) < 4 or doc.words[j] in grammar.function_words):
        return j  # «له», «لدى»: no outlet
    for k in range(j + 1, min(hi, j + _TOLD)):
        k = doc.skip_fillers(k, hi)  # «لوكالة فرانس برس في وقت سابق من هذا الأسبوع أن»
        if k >= hi:
            return j
        word = doc.words[k]
        if word == grammar.colon_cue or word in grammar.content_openers:
            return k
        if word == "،" and k + 1 < hi and doc.words[k + 1] in grammar.content_openers:
            return k + 1  # «للإذاعة، إن»: a comma, then the report
        if (doc.is_punct(k) and word not in grammar.quote_marks) or word in grammar.function_words:
            return j
    return j


def abbreviated_title(doc: Document, k: int, hi: int) -> bool:
    """«د. خالد», «أ. سامي»: a title written short, its full stop, then a name."""
    words = doc.words
    return (
        words[k] in doc.lexicon.grammar.abbreviations
        and k + 2 < hi
        and words[k + 1] == "."
        and wc.nounish(doc, k + 2)
        and not doc.has(k + 2, "cue", "verb")
    )


def abbreviated_name(doc: Document, k: int, hi: int) -> int:
    """One past the name after «د.»: up to three words that are no cue, function word or
    mark, whatever else the lexicon says of them («د. سامر الحلبي»: «سامر» is also a
    verb), ending at a family name with the article, unless the word with the article ends
    a compound first name («د. عبد الكريم النجار»)."""
    split_article = doc.lexicon.morphology.split_article
    particles = doc.lexicon.grammar.name_particles
    j = k
    while j < hi and j - k < NAME_RUN and wc.nounish(doc, j):
        j += 1
        if split_article(doc.words[j - 1])[0] and j - 1 > k and doc.words[j - 2] not in particles:
            break
    return j


def joined_name(doc: Document, k: int) -> bool:
    """A hyphen inside a name, with no space either side («جان-إيف»)."""
    return (
        doc.ends[k - 1] == doc.starts[k]
        and doc.ends[k] == doc.starts[k + 1]
        and wc.nounish(doc, k + 1)
        and not doc.hits[k + 1]
    )


def people(doc: Document, word: str, hits: tuple[Hit, ...]) -> bool:
    """A sound plural of people the lexicon does not know («المحققين»)."""
    return not hits and wc.plural_shape(doc, word) and word.endswith(PEOPLE_PLURALS)
