"""Quotations that run on in English: a quoted sentence keeps the source of the quotation.

English news quotes a speaker over several sentences and names the speaker once: before
("… ," said the leader. "Families have waited long enough.") or after the first sentence
("My kitchen was flooded. It was a nightmare," said Joan Peters). `sources.py` links such
sentences to that source, as it links "she added" to the source named before.
"""

from __future__ import annotations

from bisect import bisect_right

from literacy.analysis.document import Document


def quotation_goes_on(
    doc: Document,
    s: int,
    lo: int,
    links: list[tuple[int, int]],
    kinds: list[str],
) -> int | None:
    """A sentence that opens a quotation right after a quoted sentence with a source, and
    names no source of its own, goes on quoting that source ("… ," said the leader. "Families
    have waited long enough.")."""
    quotes = doc.lexicon.grammar.quote_marks
    if s == 0 or doc.words[lo] not in quotes or not links or links[-1][0] >= lo:
        return None
    before_lo, before_hi = doc.sentences[s - 1]
    cue, index = links[-1]
    if not before_lo <= cue < before_hi or kinds[index] == "anonymous":
        return None
    if not any(doc.words[k] in quotes for k in range(before_lo, before_hi)):
        return None
    return index


def quotation_opened_before(
    doc: Document, links: list[tuple[int, int]], kinds: list[str]
) -> list[tuple[int, int]]:
    """A quotation that runs over two sentences takes the source named after it ("My
    kitchen was flooded. It was a nightmare," said Joan Peters.): the sentence that opens it
    gets the source of the sentence that closes it."""
    quotes = doc.lexicon.grammar.quote_marks
    firsts = [lo for lo, _ in doc.sentences]
    linked = {bisect_right(firsts, cue) - 1: index for cue, index in links}
    added = []
    for s, (lo, hi) in enumerate(doc.sentences[:-1]):
        if s in linked or doc.words[lo] not in quotes:
            continue
        if sum(doc.words[k] in quotes for k in range(lo, hi)) % 2 == 0:
            continue  # the quotation closes in this sentence
        index = linked.get(s + 1)
        if index is not None and kinds[index] != "anonymous":
            added.append((lo, index))
    return sorted(links + added)
