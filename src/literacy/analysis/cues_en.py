"""English cues and where their source stands: the hooks `sources.py` calls for English.

The source stands before its cue ("the mayor said", "officials have also said"), before an
apposition ("Jane Doe, the mayor, said"), or after the cue in an inversion ("…," said the
mayor) and after a preposition ("according to officials"). A cue word is a cue only where
English uses it as one: not as a noun ("the report"), an infinitive ("declined to comment"),
a name ("The Washington Post") or a naming verb ("a group called …"). The phrase itself is
parsed by `phrases_en.py`.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from functools import cache
from itertools import compress

from literacy.analysis.casing import capitals_say_nothing, case_of
from literacy.analysis.document import Document
from literacy.analysis.lexicon import CueRow
from literacy.analysis.names_en import adjacent, head_role
from literacy.analysis.phrases import Phrase
from literacy.analysis.phrases_en import hidden_name, parse_phrase, phrase_ending_at

_APPOSITION_WINDOW = 30
_OCCASION_WORDS = 5  # the longest official context: "in a joint statement"
_APPOSITION_COMMAS = 4
_AGENT_WINDOW = 3
_COLON_LABEL = 5
_PARENTHESIS = 8
_ADJECTIVES = 2
# Before a participle these make it a verb: "is saying", "has been claiming".
_AUXILIARIES = frozenset({"is", "are", "was", "were", "been", "be", "keeps", "kept"})
# Before these a cue word is a noun or an infinitive, not a report: "the report", "to say".
_NOT_BEFORE_VERB = frozenset({"to", "the", "a", "an", "his", "her", "their", "its", "our"})
_INVERSION_MARKS = frozenset({",", '"', ":", "'"})
# A subject that points back to a source already named.
_PRONOUNS = frozenset({"he", "she", "they", "it", "i", "we"})
# Verbs that also give something its name: "a group called X".
_NAMING = frozenset({"called", "dubbed", "named", "titled", "labelled", "labeled", "branded"})
# After these a word in -ing is a noun, not a report: "under questioning", "the theme of
# questioning trade deals", "without saying".
_GERUND_AFTER = frozenset({"of", "under", "without"})
# A verb that is a preposition when "to" or "with" follows at once: "…, compared with $93,000".
_PREPOSITIONAL = frozenset({"compared"})
# The words that make an unnamed source one person: "a nurse", "one diplomat".
_ONE = frozenset({"a", "an", "one", "another"})
# A form of "be" between a subject and a past participle makes it passive.
_BE = frozenset({"is", "are", "was", "were", "be", "been", "being"})

_POSSESSIVE = "'"
# Before a phrase these make it a preposition's object: "a study of 42 people published …".
_OBJECT_AFTER = frozenset({"of", "about", "among", "with", "without", "between", "against"})
# ", of Springfield, Va.,": where somebody comes from, in an apposition.
_PLACE_LINKS = frozenset({"of", "from"})
# "in April", "last March" between a source and its cue.
_WHO = frozenset({"who", "whose"})
_HONORIFIC = {"mr": "he", "mrs": "she", "ms": "she", "miss": "she"}
_RELATIVE_WINDOW = 12
_PEOPLE_HEADS = frozenset({"anonymous", "title", "person"})
_MONTH_PREPOSITIONS = frozenset({"in", "since", "last", "early", "late"})


def parse_backward(doc: Document, cue: int, lo: int) -> Phrase | None:
    """The source phrase right before a cue (skipping "has also" and the like), or the one
    before an apposition ("Jane Doe, the city's mayor, said"). After a form of "be" the
    verb is passive ("he was accused", "were rejected"): its subject is no source."""
    j = _back_over_fillers(doc, cue, lo)
    if j <= lo:
        return None
    if any(w in _BE for w in doc.words[j:cue]) and not doc.words[cue].endswith("ing"):
        return None
    if doc.words[j - 1] == ")":
        j = _before_parenthesis(doc, j - 1, lo)  # "Sen. Jane Doe (D-Wis.) said"
        if j <= lo:
            return None
    if doc.words[j - 1] == ",":
        return _before_apposition(doc, j - 1, lo)
    if _dash(doc, j - 1):
        return _before_dashes(doc, j - 1, lo)
    if (subject := _before_relative_clause(doc, j, lo)) is not None:
        return subject
    phrase = phrase_ending_at(doc, j, lo)
    if phrase is not None and _object_of_preposition(doc, phrase.i, lo):
        return None  # "a study of 42 people published in 2022": not the subject
    return phrase or _before_participle(doc, j, lo)


def _before_relative_clause(doc: Document, j: int, lo: int) -> Phrase | None:
    """ "A woman who lives next door said", "a parent whose two children attend the school
    told": the source is the person before "who"/"whose", not the clause's last words.
    ("an official who asked not to be named said" is one phrase: `phrase_ending_at`.)"""
    for r in range(j - 2, max(lo, j - _RELATIVE_WINDOW) - 1, -1):
        word = doc.words[r]
        if word in _WHO:
            if r == lo or hidden_name(doc, r, j) == j:
                return None
            phrase = phrase_ending_at(doc, r, lo)
            return phrase if phrase is not None and phrase.head in _PEOPLE_HEADS else None
        if doc.is_punct(r) or doc.has(r, "cue"):
            return None
    return None


def _object_of_preposition(doc: Document, k: int, lo: int) -> bool:
    """Do a document and its preposition (and perhaps a number) stand right before token k
    ("a study of 42 people", "a survey of voters")? The phrase is what the document is
    about, not who reports. (Not "members of Congress", "eight of 10 voters".)"""
    if k > lo and doc.is_number(k - 1):
        k -= 1
    return (
        k - 1 > lo and doc.words[k - 1] in _OBJECT_AFTER and head_role(doc, k - 2)[0] == "document"
    )


def _before_participle(doc: Document, j: int, lo: int) -> Phrase | None:
    """ "A report issued on Monday shows", "a poll released last week found": a document
    and the past participle that says when or by whom it came out."""
    k = j - 1
    if k <= lo or not doc.words[k].endswith("ed") or doc.has(k, "cue"):
        return None  # a participle that is a cue ("released") has taken the phrase already
    phrase = phrase_ending_at(doc, k, lo)
    return phrase if phrase is not None and phrase.head == "document" else None


def colon_label(doc: Document, phrase: Phrase, colon: int) -> bool:
    """Is a phrase before a colon a speaker ("PENCE:", "Mayor Jane Doe:", "Police:") rather
    than a headline's first half ("Little Relief for Refugees: …")?"""
    if phrase.j != colon or phrase.j - phrase.i > _COLON_LABEL:
        return False  # "Kelbridge flood barrier: …": more than a name before the colon
    if phrase.j - phrase.i == 1 and phrase.head in ("anonymous", "document"):
        return False  # "Source: NATO", "Photo: …"
    if phrase.kind != "person" or phrase.j - phrase.i <= 2:
        return True
    return any(
        case_of(doc, k) == "upper"
        or any(h.kind == "entity" and h.role in ("given_name", "person") for h in doc.hits[k])
        or head_role(doc, k)[0] == "title"
        for k in range(phrase.i, phrase.j)
    )


def source_of(doc: Document, row: CueRow, i: int, n: int, lo: int, hi: int) -> Phrase | None:
    """The source a cue at token i (n tokens) attributes its claim to, if it names one."""
    after = i + n
    phrase: Phrase | None = None
    if row.kind == "verb" and passive_with_agent(doc, i, n, lo, hi):
        phrase = parse_phrase(doc, after + 1, hi)  # "was first reported by The Post"
    elif row.kind in ("verb", "participle"):
        if row.kind == "participle" and not _after_auxiliary(doc, i, lo):
            return None  # "…, saying": the subject already in the sentence
        inverted = (i == lo or doc.words[i - 1] in _INVERSION_MARKS) and (
            doc.words[i] in doc.lexicon.grammar.inversion_cues
        )
        # after a plain comma an apposition comes first ("Jane Doe, a senator, said");
        # after a quotation, the inversion ('"…," said the mayor')
        quoted = i - 2 >= lo and doc.words[i - 2] in doc.lexicon.grammar.quote_marks
        if not (inverted and quoted):
            phrase = parse_backward(doc, i, lo)
        if phrase is None and inverted:  # "…," said the mayor; "…, said Jane Doe, a teacher."
            phrase = parse_phrase(doc, doc.skip_fillers(after, hi), hi)
            if phrase is not None and not _clause_ends(doc, doc.skip_fillers(phrase.j, hi), hi):
                phrase = None  # "…, told councillors that …": whom it was told
            if phrase is not None and _may_be_named(doc, phrase):
                phrase = _named_in_apposition(doc, phrase, hi)
        if phrase is None and quoted:
            phrase = parse_backward(doc, i, lo)
    elif row.kind == "preposition":
        phrase = parse_phrase(doc, doc.skip_fillers(after, hi), hi)
    elif row.kind == "passive":
        phrase = _after_agent(doc, row, after, hi, window=1)
    elif row.kind == "noun":
        owned = _before_adjectives(doc, i, lo)  # "the mayor's earlier claim"
        if owned - 2 >= lo and doc.words[owned - 2] == _POSSESSIVE and doc.words[owned - 1] == "s":
            phrase = phrase_ending_at(doc, owned - 2, lo)  # "the mayor's remarks"
        elif owned - 1 > lo and doc.words[owned - 1] == _POSSESSIVE:
            phrase = phrase_ending_at(doc, owned - 1, lo)  # "the officials' claims"
        else:
            phrase = _after_agent(doc, row, after, hi, window=_AGENT_WINDOW)
    if phrase is not None and row.source_heads and phrase.head not in row.source_heads:
        opener = doc.words[after] if after < hi else ""
        if opener not in doc.lexicon.grammar.content_openers:
            return None  # "police found a body"; but "the judge found that …"
    return phrase


def cue_allowed(doc: Document, i: int, lo: int, hi: int) -> bool:
    """A cue word used as a cue: not a noun after a determiner ("the report"), not an
    infinitive ("declined to comment"), not part of a name ("The Washington Post")."""
    word = doc.words[i]
    if i > lo and doc.words[i - 1] in _NOT_BEFORE_VERB:
        return False
    if word in _PREPOSITIONAL and i + 1 < hi and doc.words[i + 1] in ("to", "with"):
        return False  # "earned $98,000, compared with $93,000"; but "compared Trump to …"
    if i > lo and word.endswith("ing") and doc.words[i - 1] in _GERUND_AFTER:
        return False  # "who was under questioning from the committee"
    if i > lo and word.endswith("s") and _group_adjective(doc, i - 1, lo):
        return False  # "Republican claims", "Russian reports": a noun, not "Republicans claim"
    if i + 1 < hi and doc.words[i + 1] == "by" and doc.words[i].endswith("ed"):
        # "figures published by the council" names a document; "the story was first
        # reported by The Post" reports, its source the agent
        return passive_with_agent(doc, i, 1, lo, hi)
    if i > lo and (doc.is_number(i - 1) or doc.has(i - 1, "signal", "number_word")):
        return False  # "two questions", "seven rate brackets"
    if doc.words[i] in _NAMING and i + 1 < hi and i > lo:
        before = doc.words[i - 1]
        named = doc.words[i + 1] in doc.lexicon.grammar.quote_marks or case_of(doc, i + 1) in (
            "title",
            "upper",
        )
        if named and (before == "," or case_of(doc, i - 1) == "lower"):
            return False  # "a group called Lashkar-e-Taiba": a name given, not a report
    if i > lo and doc.words[i - 1] == "s" and i > lo + 1 and doc.words[i - 2] == _POSSESSIVE:
        return False  # "the council's report"
    if case_of(doc, i) in ("title", "upper") and i > lo and doc.words[i - 1] not in ('"', ":"):
        return capitals_say_nothing(doc, lo, hi)
    return True


def _group_adjective(doc: Document, k: int, lo: int) -> bool:
    """A nationality or party word in its adjective form ("Republican", "Russian") with no
    article before it, which would make it a person ("the Republican claims …"), nor a
    capitalised word, which would make it the end of a name ("The New American writes")."""
    if doc.words[k].endswith("s"):
        return False
    if k > lo and (doc.words[k - 1] in ("a", "an", "the") or case_of(doc, k - 1) != "lower"):
        return False
    return any(h.kind == "entity" and h.role == "nationality" for h in doc.hits[k])


def passive_with_agent(doc: Document, i: int, n: int, lo: int, hi: int) -> bool:
    """A reporting verb in the passive with its agent after "by": "was first reported by
    The Post", "were rejected by the council", "has been endorsed by three papers"."""
    if i + n + 1 >= hi or doc.words[i + n] != "by" or doc.words[i].endswith("ing"):
        return False
    j = _back_over_fillers(doc, i, lo)
    return any(word in _BE for word in doc.words[j:i])


def continues(doc: Document, i: int, lo: int) -> bool:
    """Does a verb without a source phrase continue an earlier source? Only after a
    pronoun ("he added", "she said"), in an inversion or at the start of a clause."""
    j = _back_over_fillers(doc, i, lo)
    if j <= lo:
        return True
    word = doc.words[j - 1]
    if word in doc.lexicon.grammar.quote_marks:
        return j - 2 >= lo and doc.words[j - 2] == ","  # '"…," she said', not '"Dr Rick" says'
    if word == ",":
        return False  # "Tate, who sat through the hearing, showed …": Tate's, not the last one
    return word in _PRONOUNS or word in _INVERSION_MARKS or word in ("and", "but")


def quoted_inside(doc: Document, i: int, lo: int, hi: int) -> bool:
    """Is cue i inside a quotation that the sentence attributes outside it ('"People think
    it is about money," she said')? Then the speaker is the source, not the cue's subject."""
    marks = _quote_marks(doc)
    paragraph = bisect_left(doc.starts, doc.norm.text.rfind("\n", 0, doc.starts[lo]) + 1)
    before = bisect_left(marks, i)  # one past the last mark before the cue
    if (before - bisect_left(marks, paragraph)) % 2 == 0:
        return False  # the quotation opened (and closed) in an earlier sentence
    after = bisect_right(marks, i)  # the mark that closes the quotation, if this sentence has it
    if after == len(marks) or marks[after] >= hi:
        return False
    outside = [*range(lo, marks[before - 1]), *range(marks[after] + 1, hi)]
    return any(
        h.kind == "cue" and h.role in ("verb", "preposition") for k in outside for h in doc.hits[k]
    )


def _quote_marks(doc: Document) -> list[int]:
    """The tokens that are quotation marks, in order; found once per article."""
    found = doc.memo.get("quote_marks")
    if found is None:
        marks = doc.lexicon.grammar.quote_marks.__contains__
        found = doc.memo["quote_marks"] = list(
            compress(range(len(doc.words)), map(marks, doc.words))
        )
    return found  # type: ignore[return-value]


def coordinated(doc: Document, i: int, lo: int) -> bool:
    """A verb joined to an earlier one by "and" or "but", so their subject is the same."""
    j = _back_over_fillers(doc, i, lo)
    return j > lo + 1 and doc.words[j - 1] in ("and", "but")


def previous_subject(doc: Document, i: int, lo: int) -> Phrase | None:
    """ "Paula Greaves was furious. She said …": a "he" or "she" opening the sentence of
    cue i, with no earlier source to point to, is the person who opens the sentence before."""
    j = _back_over_fillers(doc, i, lo)
    if j != lo + 1 or doc.words[lo] not in ("he", "she") or lo == 0:
        return None
    first, last = doc.sentence_of(lo - 1)
    phrase = parse_phrase(doc, first, last)
    if phrase is None or phrase.kind != "person" or phrase.j >= last or doc.is_punct(phrase.j):
        return None  # "Jane Doe, 45, …": an apposition; only a plain subject and its verb
    return phrase


def pronoun_fits(doc: Document, i: int, lo: int, kind: str, start: int, end: int) -> bool:
    """Can the pronoun before cue i point back to an earlier source of this kind (normalised
    span start..end)? "he said" is a person, named or one unnamed person ("a senior nurse …
    she said"), "it said" an organisation; other subjects can be anything."""
    word = subject_pronoun(doc, i, lo)
    if (
        word in ("he", "she")
        and _HONORIFIC.get(doc.words[bisect_left(doc.starts, start)], word) != word
    ):
        return False  # "Mr. Leahy … she said"
    if word in ("he", "she") and kind == "anonymous":
        return _one_unnamed_person(doc, start, end)
    if word in ("he", "she", "i"):
        return kind == "person"
    if word == "it":
        return kind == "organization"
    return True


def subject_pronoun(doc: Document, i: int, lo: int) -> str:
    """The word right before cue i (over "has also" and the like): "he", "it", a name …"""
    j = _back_over_fillers(doc, i, lo)
    return doc.words[j - 1] if j > lo else ""


def _one_unnamed_person(doc: Document, start: int, end: int) -> bool:
    """ "a senior nurse", "one diplomat": a single person, unnamed (normalised span)."""
    words = doc.norm.text[start:end].split()
    if len(words) < 2 or words[0] not in _ONE:
        return False  # "one", "officials"
    if words[1] == "of":
        return words[0] == "one"  # "one of the residents"
    if doc.has_multiword(bisect_left(doc.starts, start), "source", "quantifier"):
        return False  # "a number of people", "a group of residents"
    first, last = bisect_left(doc.starts, start), bisect_right(doc.starts, end - 1) - 1
    for k in range(first + 1, last + 1):  # the head, before "from Bath", "who asked …"
        role, plural = head_role(doc, k)
        if role in ("title", "anonymous"):
            return not plural  # not "a number of people", "a few residents"
        if doc.has(k, "source", "link") or doc.words[k] in doc.lexicon.grammar.relative_pronouns:
            break
    return False


def content_follows(doc: Document, i: int, j: int, hi: int) -> bool:
    """Does the cue at token i really report something? Content follows it ("that", a
    colon, a quotation), it closes the clause ("…, she added."), or it comes after the
    content in an inversion ("…," added the mayor)."""
    lo, end = doc.sentence_of(i)
    if i > lo and doc.words[i - 1] in _INVERSION_MARKS:
        return True
    if passive_with_agent(doc, i, j - i, lo, min(hi, end)):
        return True  # what was reported is the subject: "the story was reported by …"
    grammar = doc.lexicon.grammar
    j = doc.skip_fillers(j, hi)
    if j >= hi or doc.is_punct(j):
        return True
    word = doc.words[j]
    return word in grammar.content_openers or word in grammar.quote_marks


# -- the parts of a phrase -------------------------------------------------------------------


def _after_agent(doc: Document, row: CueRow, j: int, hi: int, window: int) -> Phrase | None:
    """The phrase after "by" (or another agent marker) within a few words of a cue."""
    for marker in row.agent:
        words = doc.lexicon.key(marker)
        for k in range(j, min(hi, j + window)):
            if tuple(doc.words[k : k + len(words)]) == words:
                return parse_phrase(doc, k + len(words), hi)
    return None


def _back_over_fillers(doc: Document, cue: int, lo: int) -> int:
    """Step back over auxiliaries and adverbs between a source and its cue: "officials have
    also said", "the mayor flatly denied", "was quoted as saying"."""
    key = ("fillers", cue, lo)  # most checks of a cue ask again
    found = doc.memo.get(key)
    if found is None:
        found = doc.memo[key] = _step_back(doc, cue, lo)
    return found  # type: ignore[return-value]


def _step_back(doc: Document, cue: int, lo: int) -> int:
    by_last = doc.memo.get("fillers")
    if by_last is None:  # hashing the grammar's fillers for the cache once per article
        by_last = doc.memo["fillers"] = _fillers_by_last_word(
            doc.lexicon.grammar.between_source_and_cue
        )
    words = doc.words
    j = cue
    while j > lo:
        word = words[j - 1]
        step = 0
        for filler in by_last.get(word, ()):  # longest first
            n = len(filler)
            if j - n >= lo and (n == 1 or tuple(words[j - n : j]) == filler):
                step = n
                break
        if not step:
            step = _time_before(doc, j, lo)  # "Sanders on Tuesday said"
        if not step and doc.words[cue] in doc.lexicon.grammar.inversion_cues:
            step = _occasion_before(doc, j, lo)  # "officials at a news conference said"
        if step:
            j -= step
        elif (
            len(word) > 4
            and word.endswith("ly")
            and all(h.kind in ("loaded", "signal") for h in doc.hits[j - 1])
        ):
            j -= 1  # "flatly", "angrily", "cynically"
        else:
            return j
    return j


def _time_before(doc: Document, j: int, lo: int) -> int:
    """How many tokens a time expression ("on Tuesday", "yesterday", "in April") ending at
    j covers."""
    if (
        j - 2 >= lo
        and doc.words[j - 2] in _MONTH_PREPOSITIONS
        and doc.has(j - 1, "signal", "month") is not None
    ):
        return 2  # "prosecutors in April charged"
    for k in range(max(lo, j - 2), j):
        for hit in doc.hits[k]:
            timed = (hit.kind == "signal" and hit.role == "weekday") or (
                hit.kind == "source" and hit.role == "skip"
            )
            if timed and k + doc.extent(k, hit) == j:
                return j - k
    return 0


def _occasion_before(doc: Document, j: int, lo: int) -> int:
    """How many tokens an official occasion ("at a news conference", "in a statement")
    ending at j covers: it stands between the source and its cue, in neither."""
    for k in range(max(lo, j - _OCCASION_WORDS), j):
        for hit in doc.hits[k]:
            if (
                hit.kind == "cue"
                and hit.role == "context"
                and doc.lexicon.cues[hit.entry].official
                and k + doc.extent(k, hit) == j
            ):
                return j - k
    return 0


@cache  # one grammar's fillers, indexed once
def _fillers_by_last_word(
    fillers: tuple[tuple[str, ...], ...],
) -> dict[str, tuple[tuple[str, ...], ...]]:
    out: dict[str, list[tuple[str, ...]]] = {}
    for filler in sorted(fillers, key=len, reverse=True):
        out.setdefault(filler[-1], []).append(filler)
    return {word: tuple(found) for word, found in out.items()}


def _dash(doc: Document, k: int) -> bool:
    """A dash between words ("Jane Doe — a senator — said"; "--" is two), not a hyphen."""
    return doc.words[k] == "-" and not adjacent(doc, k)


def _before_dashes(doc: Document, close: int, lo: int) -> Phrase | None:
    """ "Kall -- co-editor of a book about the debates -- said": the source is the phrase
    before the aside between dashes."""
    while close > lo and doc.words[close - 1] == "-":
        close -= 1  # the first of "--"
    for c in range(close - 1, max(lo, close - _APPOSITION_WINDOW) - 1, -1):
        word = doc.words[c]
        if word in doc.lexicon.grammar.quote_marks or word in (";", ":"):
            return None
        if word == "." and not _abbreviation_stop(doc, c, lo):
            return None
        if _dash(doc, c):
            while c > lo and doc.words[c - 1] == "-":
                c -= 1  # the first of "--"
            phrase = phrase_ending_at(doc, c, lo) if c > lo else None
            if (
                phrase is not None
                and phrase.head in ("title", "anonymous")  # an office, not "In Leeds, the union"
                and phrase.i > lo
                and doc.words[phrase.i - 1] == ","
            ):
                # "John Dickey, the chief executive of Ora Media -- …-- told": an apposition
                return _before_apposition(doc, c, lo) or phrase
            return phrase
    return None


def _before_apposition(doc: Document, comma: int, lo: int) -> Phrase | None:
    """ "Jane Doe, the mayor, said" and "Schiff, 56, who has served …, said": the source is
    the phrase before the comma that opens the apposition."""
    commas = 0
    for c in range(comma - 1, max(lo, comma - _APPOSITION_WINDOW) - 1, -1):
        word = doc.words[c]
        if word in doc.lexicon.grammar.quote_marks or word in (";", ":"):
            return None
        if word == "." and not _abbreviation_stop(doc, c, lo):
            return None  # a sentence's end; but "Mr. Peña Nieto", "Lawrence B. Cummings"
        if word != ",":
            continue
        if not _apposition_opens(doc, c + 1):
            return None  # "…, earned a salary, compared with …": not an apposition
        end = _before_parenthesis(doc, c - 1, lo) if doc.words[c - 1] == ")" else c
        phrase = phrase_ending_at(doc, end, lo)
        if phrase is not None and _place_apposition(doc, phrase, lo):
            phrase = None  # "Jane Doe, of Springfield, Va., said": the place is no source
        if phrase is not None:
            if hidden_name(doc, c + 1, comma) == comma:  # ", who asked not to be named,"
                return Phrase(
                    phrase.i, phrase.j, phrase.nstart, phrase.nend, "anonymous", "anonymous"
                )
            if _may_be_named(doc, phrase):  # "The finance director, Helen Marsh, told …"
                name = parse_phrase(doc, c + 1, comma)
                if name is not None and name.j == comma and name.head == "person":
                    return Phrase(phrase.i, comma, phrase.nstart, name.nend, "person", "person")
            if phrase.head in ("title", "organization"):  # "Britain's regulator, the MHRA,"
                name = parse_phrase(doc, c + 1, comma)
                heads = ("named_organization",)
                if phrase.head == "organization" and _unlisted_word(doc, c + 1, comma):
                    heads += ("person",)  # "the biggest union, Unite,": an unlisted name
                if name is not None and name.j == comma and name.head in heads:
                    return Phrase(
                        phrase.i, comma, phrase.nstart, name.nend, "organization", "organization"
                    )
            return phrase
        if commas == 0 and (named := _named_subject(doc, lo, c, comma)) is not None:
            return named  # "The company behind them, Verdant Health Ltd, claims …"
        commas += 1
        if commas >= _APPOSITION_COMMAS:
            return None
    return None


def _unlisted_word(doc: Document, k: int, end: int) -> bool:
    """One word the lexicon does not know as a person's name ("Unite", not "Adam")."""
    return end == k + 1 and not any(
        h.kind == "entity" and h.role in ("person", "given_name") for h in doc.hits[k]
    )


def _named_subject(doc: Document, lo: int, c: int, comma: int) -> Phrase | None:
    """A subject the phrase grammar cannot read ("The company behind them") followed by its
    name in apposition: the name, when the subject opens the sentence with a determiner
    and the noun that heads it is the name's kind (an institution for an organisation's
    name, a title or one person for a person's)."""
    if (
        c - lo > _APPOSITION_WINDOW // 3
        or doc.words[lo] not in doc.lexicon.grammar.definite_determiners
    ):
        return None
    name = parse_phrase(doc, c + 1, comma)
    if name is None or name.j != comma or name.head not in ("person", "named_organization"):
        return None
    roles = {head_role(doc, k)[0] for k in range(lo + 1, c)}
    fits = {"organization"} if name.head == "named_organization" else {"title", "anonymous"}
    if not roles & fits:
        return None
    return Phrase(lo, comma, doc.starts[lo], name.nend, name.kind, name.head)


def _before_adjectives(doc: Document, i: int, lo: int) -> int:
    """The token after the owner of a noun cue, over the adjectives between them: "the
    mayor's earlier claim", "the firm's repeated denials" (at most `_ADJECTIVES`; a verb
    form there is an adjective too)."""
    grammar = doc.lexicon.grammar
    k = i
    while k > lo and i - k < _ADJECTIVES:
        word = doc.words[k - 1]
        if not word.isalpha() or word in grammar.function_words or case_of(doc, k - 1) != "lower":
            break
        if any(h.kind == "source" and h.role != "skip" for h in doc.hits[k - 1]):
            break  # "the mayor's press officer": a phrase, not an adjective
        k -= 1
    return k


def _place_apposition(doc: Document, phrase: Phrase, lo: int) -> bool:
    """Is the phrase the place of an apposition (", of Springfield,", ", from Ohio,")?"""
    k = phrase.i
    return k - 2 >= lo and doc.words[k - 1] in _PLACE_LINKS and doc.words[k - 2] == ","


def _abbreviation_stop(doc: Document, k: int, lo: int) -> bool:
    """Is the full stop at token k part of an abbreviation or an initial ("Mr.", "B.")
    rather than the end of a sentence? A comma right after it ("of Springfield, Va., said")
    says so for any abbreviation."""
    if k + 1 < len(doc.words) and doc.words[k + 1] == ",":
        return True
    return k > lo and doc.words[k - 1] in doc.lexicon.grammar.abbreviations


def _may_be_named(doc: Document, phrase: Phrase) -> bool:
    """An office or one unnamed person that a name in apposition may follow: "the finance
    director, Helen Marsh", "Tate's lawyer, Daniel Frost", "a local resident, John Smith"."""
    if phrase.head == "title":
        return True
    if phrase.head != "anonymous" or phrase.kind != "anonymous":
        return False
    role, plural = head_role(doc, phrase.j - 1)
    return role == "anonymous" and not plural and doc.has(phrase.i, "source", "quantifier") is None


def _named_in_apposition(doc: Document, phrase: Phrase, hi: int) -> Phrase:
    """ "said the council leader, Priya Natarajan.": the office and the name it comes with."""
    k = phrase.j
    if k + 1 >= hi or doc.words[k] != ",":
        return phrase
    name = parse_phrase(doc, k + 1, hi)
    if name is None or name.kind != "person" or name.head != "person":
        return phrase
    if not _clause_ends(doc, name.j, hi):
        return phrase
    return Phrase(phrase.i, name.j, phrase.nstart, name.nend, "person", "person")


def _clause_ends(doc: Document, k: int, hi: int) -> bool:
    """The end of the sentence, a comma, a quotation, a relative clause ("who …") or a
    parenthesis after a name ("said Rep. Jane Doe (D-Wis.), …")."""
    if k >= hi:
        return True
    word = doc.words[k]
    grammar = doc.lexicon.grammar
    return (
        word in (".", ",", ";", "!", "?", ":", "(")
        or word in grammar.quote_marks
        or (word in grammar.relative_pronouns)
    )


def _before_parenthesis(doc: Document, close: int, lo: int) -> int:
    """The token after the phrase that a short parenthesis follows, or lo if none."""
    for k in range(close - 1, max(lo, close - _PARENTHESIS) - 1, -1):
        if doc.words[k] == "(":
            return k
    return lo


def _apposition_opens(doc: Document, k: int) -> bool:
    """Can token k open an apposition ("the mayor", "56", "who has served", "former
    minister")? Not a preposition, a verb or an adverb ("for example", "earned", "really")."""
    grammar = doc.lexicon.grammar
    word = doc.words[k]
    if word in grammar.function_words:
        return (
            word in grammar.definite_determiners
            or word in grammar.indefinite_determiners
            or word in grammar.relative_pronouns
            or doc.has(k, "source", "quantifier") is not None
            or doc.has(k, "source", "link") is not None  # ", at a later briefing,"
        )
    if doc.is_punct(k) or (word.endswith("ly") and not doc.has(k, "source")):
        return False
    if word.endswith("ed"):
        return True  # "The study, published in The Lancet, found …"
    return not any(
        (h.kind == "cue" and h.role in ("verb", "participle"))
        or (h.kind == "signal" and h.role == "fact_verb")
        for h in doc.hits[k]
    )


def trusted_subject(doc: Document, phrase: Phrase) -> bool:
    """A sentence's first phrase taken as the subject of "…, saying": not a lone capitalised
    word that may be an ordinary word ("Chastened by …", "Following a meeting, …")."""
    if phrase.j - phrase.i > 1 or phrase.head != "person":
        return True
    return any(h.kind == "entity" for h in doc.hits[phrase.i])


def _after_auxiliary(doc: Document, i: int, lo: int) -> bool:
    """ "is saying", "has been claiming": a participle used as a finite verb."""
    j = _back_over_fillers(doc, i, lo)
    return any(word in _AUXILIARIES for word in doc.words[j:i])
