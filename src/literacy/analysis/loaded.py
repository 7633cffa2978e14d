"""Loaded words: lexicon entries found in the text, checked against their cheap context rules,
plus punctuation that shouts («!!», «؟!»)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from literacy.analysis import wordclass as wc
from literacy.analysis.casing import capitals_say_nothing, case_of, starts_stretch
from literacy.analysis.document import Document
from literacy.analysis.overlaps import resolve_overlaps

# A run of two or more of ! ? ؟ with at least one exclamation mark.
_SHOUTING = re.compile(r"[!?؟]*![!?؟]+|[!?؟]+![!?؟]*")
# The runs `_SHOUTING` can match in: it is tried only there (a pattern that may start with
# an empty `[!?؟]*` is slow to try at every character of an article).
_MARK_RUN = re.compile(r"[!?؟]{2,}")
_SHOUTING_ID = "punctuation-shouting"
_CONTEXT_WINDOW = 3  # words after an entry that `next_not` looks at
_APOSTROPHES = frozenset("'’")  # a possessive "'s" is no word of the window
_ROLE_TYPES = {
    "nationality": ("nationality",),
    "place": ("place", "country"),
    "name": ("given_name", "person"),
}


@dataclass(frozen=True, slots=True)
class FoundLoaded:
    """A loaded word in normalised offsets."""

    start: int
    end: int
    entry: str
    category: str
    neutral: tuple[str, ...]
    note: str
    omit: bool


def find_loaded(doc: Document, names: Sequence[tuple[int, int]] = ()) -> list[FoundLoaded]:
    """Every loaded word of the article. `names`: the normalised spans of named people found
    as sources; a first name inside one is a name («حازم سليمان»), not a judgement, and so
    is a family name of praise after it («أحمد الصامد إن»)."""
    lexicon = doc.lexicon
    found: list[FoundLoaded] = []
    # where each match starts, by the token it ends on: a later conjunct looks back through it
    conjuncts = {i + n - 1: i for i, n, _ in doc.matches["loaded"]}
    # the tokens of names of several words after their first («مراسلون بلا حدود»,
    # «حركة المقاومة الإسلامية»): no loaded word inside one (but «الجهاد الإسلامي» may be a
    # call to jihad, not only the movement's name)
    named = {t for i, n, _ in doc.matches["entity"] if n > 1 for t in range(i + 1, i + n)}
    for i, n, hit in doc.matches["loaded"]:
        if named and all(t in named for t in range(i, i + n)):
            continue
        if not _context_allows(doc, i, n, hit.entry, conjuncts):
            continue
        if n == 1 and names and _named_here(doc, i, hit.entry, names):
            continue
        row = lexicon.loaded[hit.entry]
        clitic = doc.clitic_length(i, hit)
        start = doc.starts[i] + clitic
        end = doc.ends[i + n - 1]
        neutral = row.neutral
        if n == 1 and row.inflect == "adjective" and neutral:
            neutral = _agreeing(doc, doc.words[i][clitic:], row.forms, neutral)
        found.append(FoundLoaded(start, end, row.id, row.category, neutral, row.note, row.omit))
    if "!" in doc.norm.text:
        note = lexicon.reasons.get("exclamation", "")
        for run in _MARK_RUN.finditer(doc.norm.text):
            for match in _SHOUTING.finditer(doc.norm.text, run.start(), run.end()):
                found.append(
                    FoundLoaded(
                        match.start(), match.end(), _SHOUTING_ID, "sensational", (), note, True
                    )
                )
    # a multi-word entry beats the words inside it; an entry beats bare punctuation
    return resolve_overlaps(found, priority=lambda f: f.entry != _SHOUTING_ID)


# Endings an adjective takes to agree (normalised, «ه» for «ة»), and how each is written.
_AGREEMENT = {"ه": "ة", "ون": "ون", "ين": "ين", "ات": "ات", "ان": "ان", "تان": "تان", "تين": "تين"}


def _agreeing(
    doc: Document, core: str, forms: tuple[str, ...], neutral: tuple[str, ...]
) -> tuple[str, ...]:
    """The neutral alternatives of an adjective agreeing with the form found: «الإرهابية» →
    «المسلحة», «إرهابيون» → «مسلحون». Only one-word alternatives written bare change."""
    article = doc.lexicon.morphology.article
    if not article:
        return neutral  # a language without an article to agree in (English)
    definite = core.startswith(article)
    stem = core[len(article) :] if definite else core
    suffix = None
    for form in forms:
        (base, *more) = doc.lexicon.key(form)
        if more or not stem.startswith(base):
            continue
        rest = stem[len(base) :]
        if rest == "" or rest in _AGREEMENT:
            suffix = rest
            break
    if suffix is None or (suffix == "" and not definite):
        return neutral
    written = _AGREEMENT.get(suffix, "")
    out: list[str] = []
    for word in neutral:
        if " " not in word and not word.startswith("ال"):
            ending = written if _adjective_shaped(word) and not word.endswith("ة") else ""
            word = ("ال" if definite else "") + word + ending
        if word not in out:
            out.append(word)
    return tuple(out)


def _named_here(doc: Document, i: int, entry: str, names: Sequence[tuple[int, int]]) -> bool:
    """Is token i part of a named person's span as their name: a first name the lexicon
    knows («حازم سليمان»), or a word of praise with the article right after one («أحمد
    الصامد»; the source grammar took it as the family name only where the report opens
    right after it)?"""
    start, end = doc.starts[i], doc.ends[i]
    if not any(s <= start and end <= e for s, e in names):
        return False
    if wc.first_name(doc.hits[i]):
        return True
    row = doc.lexicon.loaded.get(entry)
    return row is not None and wc.praise_surname(doc, i, row.category)


def _adjective_shaped(word: str) -> bool:
    """Shaped like an adjective that takes «ة», «ون» (a participle «مسلح», a nisba «سياسي»,
    «كبير», «ناشط»), unlike the nouns some lists offer («عنف», «تطور», «هجوم»)."""
    if len(word) < 4:
        return False
    return word[0] == "م" or word[-1] == "ي" or word[2] == "ي" or word[1] == "ا"


def _context_allows(doc: Document, i: int, n: int, entry: str, conjuncts: dict[int, int]) -> bool:
    words = doc.words
    if i and words[i - 1] in doc.lexicon.grammar.name_particles:
        return False  # «عبد العظيم», «أبو خالد»: part of a name
    if doc.lexicon.grammar.cased and n == 1 and _inside_name(doc, i):
        return False  # "the Freedom Caucus": a capital inside a sentence ("Big Pharma" is loaded)
    if _mentioned(doc, i):
        return False  # 'the word "idiot"': the word is named, not used
    if _toned_down(doc, i):
        return False  # "somewhat naive", "a bit irresponsible": a judgement hedged, not loaded
    context = doc.lexicon.loaded_context.get(entry)
    if context is None:
        return True
    prev_not, next_not, next_role = context
    letters = doc.lexicon.grammar.conjunction_letters + doc.lexicon.grammar.preposition_letters
    before = _word_before(doc, i)
    if before > 0 and words[before] in doc.lexicon.grammar.quote_marks:
        before -= 1  # «إن موكليه "أبرياء"»: the word before the quotation
    # "criticised as racist and sexist", "were shocked and appalled": a later conjunct of a
    # list of loaded words has the first one's word before
    while before > 0 and words[before] in doc.lexicon.grammar.coordinators:
        if before - 1 not in conjuncts:
            break
        before = _word_before(doc, conjuncts[before - 1])
    if before >= 0 and _bare(words[before], letters) & prev_not:
        return False
    after = i + n
    # the object may follow the subject: «احتل الفريق المركز الأول»
    for word in _words_after(doc, after):
        if _bare(word, letters) & next_not:
            return False
    if next_role:
        if after >= len(words):
            return False
        wanted = {t for role in next_role for t in _ROLE_TYPES[role]}
        return any(h.kind == "entity" and h.role in wanted for h in doc.hits[after])
    return True


def _mentioned(doc: Document, i: int) -> bool:
    """A quoted word right after a noun that names it ('the word "idiot"', 'the term
    "extremist"'): the writer talks about the word and does not use it."""
    grammar = doc.lexicon.grammar
    before = i - 1
    return (
        before > 0
        and doc.words[before] in grammar.quote_marks
        and doc.words[before - 1] in grammar.mention_nouns
    )


def _toned_down(doc: Document, i: int) -> bool:
    """The word right after a downtoner ("somewhat", "slightly", "a bit"): the writer
    weakens the judgement instead of pressing it on the reader."""
    downtoners = doc.lexicon.grammar.downtoners
    if not downtoners:
        return False
    return any(i >= k and " ".join(doc.words[i - k : i]) in downtoners for k in (1, 2))


def _words_after(doc: Document, after: int) -> list[str]:
    """The `_CONTEXT_WINDOW` words from token `after` on, a possessive "'s" not counted
    ("destroy Iran's centrifuges": "centrifuges" is the third word)."""
    words = doc.words
    found: list[str] = []
    k = after
    while k < len(words) and len(found) < _CONTEXT_WINDOW:
        if words[k] in _APOSTROPHES and k + 1 < len(words) and words[k + 1] == "s":
            k += 2
            continue
        found.append(words[k])
        k += 1
    return found


def _word_before(doc: Document, i: int) -> int:
    """The word before token i, seen through a hyphen glued to both ("counter-propaganda":
    "counter"); -1 at the start."""
    before = i - 1
    if (
        before > 0
        and doc.words[before] == "-"
        and doc.ends[before - 1] == doc.starts[before]
        and doc.ends[before] == doc.starts[i]
    ):
        return before - 1
    return before


def _inside_name(doc: Document, i: int) -> bool:
    """A capitalised word that does not start its sentence is part of a name, unless the
    whole sentence is a headline in title case or capitals."""
    if case_of(doc, i) != "title":
        return False
    lo, hi = doc.sentence_of(i)
    return not starts_stretch(doc, i, lo) and not capitals_say_nothing(doc, lo, hi)


def _bare(word: str, letters: str) -> set[str]:
    """A context word as written and without one glued letter («لمنظمة» → «منظمة»)."""
    return {word, word[1:]} if len(word) > 3 and word[0] in letters else {word}
