"""Capital letters in a cased language (English): which tokens are names.

English marks proper names with a capital letter, except where capitals carry no news: the
first word of a sentence or a quotation, and headlines set in title case or in capitals. The
analyser works on lower-cased normalised text, so these helpers read the original.
A word in a script without capitals (an Arabic name in an English article) counts as a name.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from operator import itemgetter

from literacy.analysis.document import Document
from literacy.analysis.lexicon import Hit

# Share of capitalised longer words above which a sentence is in title case or capitals.
_TITLE_CASE_SHARE = 0.7
_TITLE_CASE_MIN_WORDS = 3
# Marks after which a word starts a sentence-like stretch and is capitalised anyway.
STRETCH_OPENERS = frozenset({'"', "'", ":", "(", "-", "[", "\u2015"})
# The case of a token from its first character, for every ASCII character that settles it;
# a capital or a letter outside ASCII needs a closer look (`_NEEDS_A_LOOK`).
_ASCII_CASE = {
    chr(c): "lower" if chr(c).islower() else "none" for c in range(128) if not chr(c).isupper()
}
_NEEDS_A_LOOK = re.compile(r"[A-Z\x80-\U0010ffff]")


@dataclass(frozen=True, slots=True)
class _Capitals:
    """The capitals of one article, read once (most tokens are lower case or punctuation,
    so only the others are looked at one by one)."""

    cases: list[str]  # the case of every token
    looked_at: list[int]  # tokens that are neither lower case nor ASCII punctuation or digits
    capitalised: list[int]  # words of 4+ letters in title case or capitals, in order


def case_of(doc: Document, i: int) -> str:
    """ "upper" (two or more capitals), "title", "lower", or "none" (no letter with a case)."""
    return _capitals(doc).cases[i]


def not_lower_case(doc: Document) -> list[int]:
    """The tokens that are not lower-case words (nor ASCII digits or punctuation), in order:
    the only ones that can be names outside a headline in title case."""
    return _capitals(doc).looked_at


def _capitals(doc: Document) -> _Capitals:
    found = doc.memo.get("capitals")
    if found is None:
        found = doc.memo["capitals"] = _read_capitals(doc)
    return found  # type: ignore[return-value]


def _read_capitals(doc: Document) -> _Capitals:
    text, starts, ends, words = doc.text, doc.starts, doc.ends, doc.words
    if doc.norm.dropped_any:  # offsets differ from the original's: token by token
        cases = [_case(doc.surface(i)) for i in range(len(words))]
        looked_at = [k for k, case in enumerate(cases) if case != "lower"]
    else:  # one character in, one out: the normalised offsets index the original too
        if len(starts) > 1:  # the first character of every token, in one C-level call
            firsts = "".join(itemgetter(*starts)(text))
        else:  # itemgetter of a single index returns no tuple
            firsts = "".join(text[start] for start in starts)
        cases = list(map(_ASCII_CASE.get, firsts))  # type: ignore[arg-type]
        looked_at = [m.start() for m in _NEEDS_A_LOOK.finditer(firsts)]
        for k in looked_at:
            cases[k] = _case(text[starts[k] : ends[k]])
    capitalised = [k for k in looked_at if cases[k] in ("title", "upper") and _longer(words[k])]
    return _Capitals(cases, looked_at, capitalised)


def _longer(word: str) -> bool:
    return len(word) > 3 and word.isalpha()


def _case(word: str) -> str:
    first = word[:1]
    if not first.isalpha():
        return "none"
    if first.isupper():
        return "upper" if len(word) > 1 and word.isupper() else "title"
    if first.islower():
        return "lower"
    return "none"


def capitals_say_nothing(doc: Document, lo: int, hi: int) -> bool:
    """A headline in title case ("Mayor Slams Council Over Cuts") or a line in capitals."""
    capitals = _capitals(doc).capitalised
    capitalised = bisect_left(capitals, hi) - bisect_left(capitals, lo)
    if capitalised < _TITLE_CASE_SHARE * _TITLE_CASE_MIN_WORDS:
        return False  # too few capitals for any number of longer words: most sentences
    key = ("capitals", lo, hi)
    found = doc.memo.get(key)
    if found is None:
        longer = sum(map(_longer, doc.words[lo:hi]))
        found = longer >= _TITLE_CASE_MIN_WORDS and capitalised >= _TITLE_CASE_SHARE * longer
        doc.memo[key] = found
    return found  # type: ignore[return-value]


def starts_stretch(doc: Document, k: int, lo: int) -> bool:
    """The first word of a sentence, a quotation or a label: capitalised whatever it is."""
    return k <= lo or doc.words[k - 1] in STRETCH_OPENERS


def is_name_word(doc: Document, k: int, lo: int, loose: bool) -> bool:
    """Could token k be (part of) a proper name? `loose`: the sentence's capitals say nothing,
    so any word the lexicon does not know as a common word may be a name."""
    if not loose and k > lo and doc.words[k - 1] not in STRETCH_OPENERS:  # not starts_stretch
        return plain_names(doc)[k]
    return _name_word(doc, k, loose, True)


def plain_names(doc: Document) -> list[bool]:
    """For every token, could it be a name inside a sentence (where the answer depends on the
    token alone)? Computed once per article."""
    plain = doc.memo.get("names")
    if plain is None:
        capitals = _capitals(doc)
        plain = doc.memo["names"] = [False] * len(doc.words)
        for k in capitals.looked_at:  # a lower-case word, a digit or a comma is no name
            plain[k] = capitals.cases[k] != "lower" and _name_word(doc, k, False, False)
    return plain  # type: ignore[return-value]


def _name_word(doc: Document, k: int, loose: bool, stretch: bool) -> bool:
    word = doc.words[k]
    if not word[:1].isalpha():
        return False
    grammar = doc.lexicon.grammar
    case = case_of(doc, k)
    if case == "none":
        return True
    if case == "lower" or word in grammar.not_names:
        return False
    if case == "title" and len(word) > 1 and word in grammar.function_words:
        return False  # "The", "In": capitalised at the start (before "the"'s many hits are read)
    hits = doc.hits[k]  # most names are unknown to the lexicon: no hits to look through
    if hits and any(h.kind == "signal" and h.role in ("month", "weekday") for h in hits):
        return False
    if case == "upper":  # an acronym ("US", "WHO") or a name in capitals
        if hits and any(h.kind == "source" for h in hits) and not _entity(hits):
            return False  # "GP", "CEO", "MP": an office or a trade, not a name
        return not loose or not _common(hits) or _entity(hits)
    if len(word) == 1:
        return word not in ("i", "a")  # an initial: "John F. Kennedy", "U.S."
    if loose or stretch:
        if hits and any(h.kind == "entity" and doc.extent(k, h) for h in hits):
            return True  # "South Korean President …", "Lynch said"; not "Doctors" alone
        if written_in_lower_case(doc, word) and not _charity_name(doc, k):
            return False  # "Get those jokes off", "Third, …": an ordinary word capitalised
        return not _common(hits)
    return True


def _charity_name(doc: Document, k: int) -> bool:
    """ "Diabetes UK said", "Asthma Australia said": an ordinary word opening a sentence is the
    first word of a name when a country and a cue follow at once (the article may well write
    "diabetes" elsewhere)."""
    words, hits = doc.words, doc.hits
    return (
        k + 2 < len(words)
        and not hits[k]
        and case_of(doc, k + 1) in ("title", "upper")
        and any(h.kind == "entity" and h.role == "country" for h in hits[k + 1])
        and any(h.kind == "cue" for h in hits[k + 2])
    )


def written_in_lower_case(doc: Document, word: str) -> bool:
    """Does the article also write `word` as a word of its own in lower case ("third" as well
    as "Third")? Then it is never a name, even when capitalised. Asked for a few words per
    article, so the text is searched for each rather than scanned for all of them."""
    if not (word.isascii() and word.isalpha() and word.islower()):
        return False  # only [a-z]+ words count
    text, size = doc.text, len(word)
    at = text.find(word)
    while at >= 0:
        end = at + size
        if (at == 0 or not _joins(text[at - 1])) and (end == len(text) or not _joins(text[end])):
            return True
        at = text.find(word, at + 1)
    return False


def _joins(char: str) -> bool:
    """A character that would make a word run on: a letter, a digit, "_", ' or -."""
    return char.isalnum() or char in "_'’-"


def _entity(hits: tuple[Hit, ...]) -> bool:
    return any(h.kind == "entity" for h in hits)


def _common(hits: tuple[Hit, ...]) -> bool:
    """A word the lexicon knows as a common word (not merely as the first of several words:
    "Lynch" is a name, though "lynch mob" is loaded)."""
    return any(h.kind != "entity" and not h.rest for h in hits)
