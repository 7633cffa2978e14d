"""The one policy for findings of the same kind that overlap."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Iterable
from typing import Protocol, TypeVar


class _Spanned(Protocol):
    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


S = TypeVar("S", bound=_Spanned)


def resolve_overlaps(findings: Iterable[S], priority: Callable[[S], int] = lambda _: 0) -> list[S]:
    """Keep a set of non-overlapping findings, sorted by position.

    Policy: the longer span wins (a multi-word entry such as «فضيحة مدوية» beats the single
    word «فضيحة» inside it); between equal lengths the higher `priority`, then the earlier
    one. Identical spans collapse to one. Deterministic for any input order.
    """
    ranked = sorted(findings, key=lambda f: (-(f.end - f.start), -priority(f), f.start, f.end))
    kept: list[S] = []
    # kept spans never overlap, so sorted by start their ends are sorted too: only the
    # nearest kept span starting before a candidate's end can overlap it
    starts: list[int] = []
    ends: list[int] = []
    for finding in ranked:
        if finding.end <= finding.start:
            continue
        k = bisect_left(starts, finding.end)
        if k and ends[k - 1] > finding.start:
            continue
        starts.insert(k, finding.start)
        ends.insert(k, finding.end)
        kept.append(finding)
    return sorted(kept, key=lambda f: (f.start, f.end))
