"""The one policy for overlapping findings."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from literacy.analysis.overlaps import resolve_overlaps


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    name: str = ""


@pytest.mark.parametrize(
    ("spans", "kept"),
    [
        ([], []),
        ([Span(0, 5, "a")], ["a"]),
        # the longer span wins; the words inside it go
        ([Span(0, 5, "فضيحة"), Span(0, 11, "فضيحة مدوية"), Span(6, 11, "مدوية")], ["فضيحة مدوية"]),
        # equal length: the earlier one
        ([Span(3, 8, "later"), Span(0, 5, "earlier")], ["earlier"]),
        # touching is not overlapping
        ([Span(0, 5, "a"), Span(5, 9, "b")], ["a", "b"]),
        # identical spans collapse to one; empty spans are dropped
        ([Span(2, 4, "x"), Span(2, 4, "y"), Span(6, 6, "empty")], ["x"]),
        # a chain: the middle long span beats both neighbours
        ([Span(0, 4, "l"), Span(3, 10, "m"), Span(9, 12, "r")], ["m"]),
    ],
)
def test_resolve_overlaps(spans, kept):
    assert [s.name for s in resolve_overlaps(spans)] == kept


def test_priority_breaks_ties_and_order_does_not_matter():
    spans = [Span(0, 2, "!!"), Span(0, 2, "word")]
    for order in (spans, spans[::-1]):
        assert [s.name for s in resolve_overlaps(order, priority=lambda s: s.name == "word")] == [
            "word"
        ]
