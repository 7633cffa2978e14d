"""The lexicon index: every normalised surface a lexicon form can take, and what it can be.

A language's lexicons expand, through its morphology, into one dictionary from a normalised
token to the entries it may be (`Hit`), so matching a token in an article is one lookup.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from literacy.analysis.morphology import Inflect, Morphology
from literacy.analysis.rows import _Row
from literacy.text import key_words, normalize_key

# Named entities whose spelling, as written, hides a source word read through its affixes.
_NAMED = frozenset({"organization", "person", "country", "place"})

HitKind = Literal["cue", "source", "entity", "signal", "loaded"]


@dataclass(frozen=True, slots=True)
class Hit:
    """One lexicon entry a normalised token can be."""

    kind: HitKind
    role: str  # the cue kind, source-word role, entity type, signal or loaded category
    entry: str  # the row id
    rest: tuple[str, ...]  # the following words of a multi-word entry
    affixed: bool  # reached through a clitic or an inflection
    definite: bool
    plural: bool


class IndexBuilder:
    def __init__(self, language: str, morphology: Morphology):
        self.language = language
        self.morphology = morphology
        self.raw: dict[str, list[Hit]] = {}

    def add_row(self, kind: HitKind, role: str, row: _Row, default: Inflect = "noun") -> None:
        inflect = row.inflect if "inflect" in row.model_fields_set else default
        for form in row.forms:
            self._add_form(kind, role, row.id, form, inflect, plural=False)
        for form in row.plural:
            self._add_form(kind, role, row.id, form, inflect, plural=True)
        for past in row.past:
            self._add_verb(kind, role, row.id, past, None)
        for present in row.present:
            self._add_verb(kind, role, row.id, None, present)

    def _add_form(
        self, kind: HitKind, role: str, entry: str, form: str, inflect: Inflect, plural: bool
    ) -> None:
        words = key_words(form, self.language)
        if not words:
            return
        first, rest = words[0], tuple(words[1:])
        if not any(c.isalnum() for c in first):  # punctuation entries such as «%»
            self._put(first, Hit(kind, role, entry, rest, False, False, plural))
            return
        self._put_all(self.morphology.surfaces(first, inflect), kind, role, entry, rest, plural)

    def _add_verb(
        self, kind: HitKind, role: str, entry: str, past: str | None, present: str | None
    ) -> None:
        past = normalize_key(past, self.language) if past else None
        present = normalize_key(present, self.language) if present else None
        surfaces = self.morphology.verb_surfaces(past, present)
        self._put_all(surfaces, kind, role, entry, (), False)

    def _put_all(self, surfaces, kind, role, entry, rest, plural) -> None:  # type: ignore[no-untyped-def]
        # at most four distinct hits per form: share them across its many surfaces
        hits = {
            (affixed, definite): Hit(kind, role, entry, rest, affixed, definite, plural)
            for affixed in (False, True)
            for definite in (False, True)
        }
        raw = self.raw
        for text, affixed, definite in surfaces:
            hit = hits[affixed, definite]
            found = raw.get(text)
            if found is None:
                raw[text] = [hit]
            elif hit not in found:
                found.append(hit)

    def _put(self, surface: str, hit: Hit) -> None:
        self.raw.setdefault(surface, []).append(hit)

    def finish(self) -> dict[str, tuple[Hit, ...]]:
        """Drop inflected readings that collide with a word as written (سوريا is the country,
        not سوري + tanwin), then duplicates; keep lexicon order so results are stable."""
        out: dict[str, tuple[Hit, ...]] = {}
        for surface, hits in self.raw.items():
            if len(hits) == 1:
                out[surface] = (hits[0],)
                continue
            # a word as written in a multi-word entry («الكاتب» of «الكاتب العام») hides no
            # reading: the entry may not go on
            plain_kinds = {h.kind for h in hits if not h.affixed and not h.rest}
            if any(
                h.kind == "entity" and h.role in _NAMED and not h.affixed and not h.rest
                for h in hits
            ):
                plain_kinds.add("source")  # «ناسا» is NASA, not «ناس» + tanwin
            plain_entries = {(h.kind, h.entry) for h in hits if not h.affixed and not h.rest}
            kept: list[Hit] = []
            seen: set[tuple[str, str, str, tuple[str, ...]]] = set()
            for hit in sorted(hits, key=lambda h: h.affixed):
                if (
                    hit.affixed
                    and hit.kind in plain_kinds
                    and (hit.kind, hit.entry) not in plain_entries
                ):
                    continue
                key = (hit.kind, hit.role, hit.entry, hit.rest)
                if key not in seen:
                    seen.add(key)
                    kept.append(hit)
            out[surface] = tuple(kept)
        return out
