"""Capital letters in a cased language (English): which tokens are names.

English marks proper names with a capital letter, except where capitals carry no news: the
first word of a sentence or a quotation, and headlines set in title case or in capitals. The
analyser works on lower-cased normalised text, so these helpers read the original.
A word in a script without capitals (an Arabic name in an English article) counts as a name.
"""

from __future__ import annotations

import re

from literacy.analysis.document import Document
from literacy.analysis.lexicon import Hit

# Share of capitalised longer words above which a sentence is in title case or capitals.
_TITLE_CASE_SHARE = 0.7
_TITLE_CASE_MIN_WORDS = 3
# Marks after which a word starts a sentence-like stretch and is capitalised anyway.
STRETCH_OPENERS = frozenset({'"', "'", ":", "(", "-", "[", "\u2015"})
_LOWER_WORD = re.compile(r"(?<![\w'’-])[a-z]+(?![\w'’-])")


def case_of(doc: Document, i: int) -> str:
    """ "upper" (two or more capitals), "title", "lower", or "none" (no letter with a case)."""
    cases = doc.memo.get("cases")
    if cases is None:
        cases = doc.memo["cases"] = _cases(doc)
    return cases[i]  # type: ignore[index, no-any-return]


def _cases(doc: Document) -> list[str]:
    """The case of every token, read once from the original text."""
    text = doc.text
    if doc.norm.dropped_any:
        words = [doc.surface(i) for i in range(len(doc.words))]
    else:  # one character in, one out: the normalised offsets index the original too
        words = [text[s:e] for s, e in zip(doc.starts, doc.ends, strict=True)]
    return [_case(word) for word in words]


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
    key = ("capitals", lo, hi)
    found = doc.memo.get(key)
    if found is None:
        longer = capitalised = 0
        for k in range(lo, hi):
            if len(doc.words[k]) > 3 and doc.words[k].isalpha():
                longer += 1
                capitalised += case_of(doc, k) in ("title", "upper")
        found = longer >= _TITLE_CASE_MIN_WORDS and capitalised >= _TITLE_CASE_SHARE * longer
        doc.memo[key] = found
    return found  # type: ignore[no-any-return]


def starts_stretch(doc: Document, k: int, lo: int) -> bool:
    """The first word of a sentence, a quotation or a label: capitalised whatever it is."""
    return k <= lo or doc.words[k - 1] in STRETCH_OPENERS


def is_name_word(doc: Document, k: int, lo: int, loose: bool) -> bool:
    """Could token k be (part of) a proper name? `loose`: the sentence's capitals say nothing,
    so any word the lexicon does not know as a common word may be a name."""
    if not loose and not starts_stretch(doc, k, lo):
        return plain_names(doc)[k]
    return _name_word(doc, k, loose, True)


def plain_names(doc: Document) -> list[bool]:
    """For every token, could it be a name inside a sentence (where the answer depends on the
    token alone)? Computed once per article."""
    plain = doc.memo.get("names")
    if plain is None:
        cases = doc.memo.get("cases") or _cases(doc)
        doc.memo["cases"] = cases
        plain = doc.memo["names"] = [
            case != "lower" and _name_word(doc, j, False, False)
            for j, case in enumerate(cases)  # type: ignore[arg-type]
        ]
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
    hits = doc.hits[k]
    if any(h.kind == "signal" and h.role in ("month", "weekday") for h in hits):
        return False
    if case == "upper":  # an acronym ("US", "WHO") or a name in capitals
        if any(h.kind == "source" for h in hits) and not _entity(hits):
            return False  # "GP", "CEO", "MP": an office or a trade, not a name
        return not loose or not _common(hits) or _entity(hits)
    if len(word) == 1:
        return word not in ("i", "a")  # an initial: "John F. Kennedy", "U.S."
    if word in grammar.function_words:
        return False
    if loose or stretch:
        if _entity(hits):
            return True  # "South Korean President …", "Lynch said"
        if word in lower_case_words(doc):
            return False  # "Get those jokes off", "Third, …": an ordinary word capitalised
        return not _common(hits)
    return True


def lower_case_words(doc: Document) -> frozenset[str]:
    """Words the article also writes in lower case: never names, even when capitalised."""
    found = doc.memo.get("lower_case_words")
    if found is None:
        found = frozenset(m.group().lower() for m in _LOWER_WORD.finditer(doc.text))
        doc.memo["lower_case_words"] = found
    return found  # type: ignore[return-value]


def _entity(hits: tuple[Hit, ...]) -> bool:
    return any(h.kind == "entity" for h in hits)


def _common(hits: tuple[Hit, ...]) -> bool:
    """A word the lexicon knows as a common word (not merely as the first of several words:
    "Lynch" is a name, though "lynch mob" is loaded)."""
    return any(h.kind != "entity" and not h.rest for h in hits)
