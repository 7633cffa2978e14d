"""Loaded words: lexicon entries found in the text, checked against their cheap context rules,
plus punctuation that shouts («!!», «؟!»)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from literacy.analysis.document import Document
from literacy.analysis.lexicon import Hit
from literacy.analysis.overlaps import resolve_overlaps

# A run of two or more of ! ? ؟ with at least one exclamation mark.
_SHOUTING = re.compile(r"[!?؟]*![!?؟]+|[!?؟]+![!?؟]*")
_SHOUTING_ID = "punctuation-shouting"
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


def find_loaded(doc: Document) -> list[FoundLoaded]:
    lexicon = doc.lexicon
    found: list[FoundLoaded] = []
    for i, hits in enumerate(doc.hits):
        for hit in hits:
            if hit.kind != "loaded":
                continue
            n = doc.extent(i, hit)
            if not n or not _context_allows(doc, i, n, hit.entry):
                continue
            row = lexicon.loaded[hit.entry]
            start = doc.starts[i] + _clitic_length(doc, i, hit)
            found.append(
                FoundLoaded(
                    start,
                    doc.ends[i + n - 1],
                    row.id,
                    row.category,
                    row.neutral,
                    row.note,
                    row.omit,
                )
            )
    note = lexicon.reasons.get("exclamation", "")
    for match in _SHOUTING.finditer(doc.norm.text):
        found.append(
            FoundLoaded(match.start(), match.end(), _SHOUTING_ID, "sensational", (), note, True)
        )
    # a multi-word entry beats the words inside it; an entry beats bare punctuation
    return resolve_overlaps(found, priority=lambda f: f.entry != _SHOUTING_ID)


def _context_allows(doc: Document, i: int, n: int, entry: str) -> bool:
    words = doc.words
    if i and words[i - 1] in doc.lexicon.grammar.name_particles:
        return False  # «عبد العظيم», «أبو خالد»: part of a name
    context = doc.lexicon.loaded_context.get(entry)
    if context is None:
        return True
    prev_not, next_not, next_role = context
    if i and _bare(words[i - 1]) & prev_not:
        return False
    after = i + n
    if after < len(words) and _bare(words[after]) & next_not:
        return False
    if next_role:
        if after >= len(words):
            return False
        wanted = {t for role in next_role for t in _ROLE_TYPES[role]}
        return any(h.kind == "entity" and h.role in wanted for h in doc.hits[after])
    return True


def _bare(word: str) -> set[str]:
    """A context word as written and without one glued letter («لمنظمة» → «منظمة»)."""
    return {word, word[1:]} if len(word) > 3 and word[0] in "وفبلك" else {word}


def _clitic_length(doc: Document, i: int, hit: Hit) -> int:
    """Letters glued in front of the word (و، ف، ب، ل) that are not part of it: the finding
    is «فلول», not «وفلول»."""
    if not hit.affixed:
        return 0
    word = doc.words[i]
    index = doc.lexicon.index
    for k in (2, 1):
        if (
            len(word) - k >= 3
            and all(c in "وفبلك" for c in word[:k])
            and any(h.kind == "loaded" and h.entry == hit.entry for h in index.get(word[k:], ()))
        ):
            return k
    return 0
