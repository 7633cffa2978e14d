"""Names in an English claim: capitalised words are names even when no lexicon lists them.

A claim names a place ("in Millbrook", "Bridge Street"), an organisation ("Kelbridge Borough
Council") or a person ("Joan Peters"); `signals.py` turns these into the checkable reasons
names_place, names_organization and names_person.
"""

from __future__ import annotations

from collections.abc import Iterator

from literacy.analysis.casing import (
    STRETCH_OPENERS,
    capitals_say_nothing,
    is_name_word,
    plain_names,
)
from literacy.analysis.document import Document
from literacy.analysis.phrases_en import name_kind, name_run

# Before an unknown name these make it a place: "in Millbrook", "near Leeds".
_LOCATIVES = frozenset({"in", "at", "on", "near", "from", "across", "outside", "inside", "around"})


def names_in(doc: Document, lo: int, hi: int) -> Iterator[tuple[str, int, int]]:
    """The capitalised names in tokens lo..hi-1, as (signal, first token, end token): a
    place ("in Millbrook"), an organisation, a person, or a group ("nationality")."""
    first, last = doc.sentence_of(lo)
    if capitals_say_nothing(doc, first, last):
        return  # a headline in title case: every word is capitalised
    plain = plain_names(doc)
    words = doc.words
    k = lo
    while k < hi:
        stretch = k == first or words[k - 1] in STRETCH_OPENERS
        if not (is_name_word(doc, k, first, False) if stretch else plain[k]):
            k += 1
            continue
        end = name_run(doc, k, hi, first, False)
        if end == k + 1 and stretch and not any(h.kind == "entity" for h in doc.hits[k]):
            k = end
            continue  # "Work on the barrier …", "Opposition councillor …": maybe no name
        places = [h for h in doc.hits[k] if h.kind == "entity" and h.role in ("place", "country")]
        kind = name_kind(doc, k, end)
        place_word = {words[k], words[end - 1]} & doc.lexicon.grammar.place_words
        if places or place_word or (kind == "person" and k > lo and words[k - 1] in _LOCATIVES):
            yield "names_place", k, end
        elif kind == "organization":
            yield "names_organization", k, end
        elif kind == "person":
            yield "names_person", k, end
        else:
            yield "nationality", k, end
        k = end
