"""Choosing the questions: skills spread as asked, reliable and unreliable items balanced,
the asked difficulty first, and no finding asked about twice."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from literacy.generate.draft import FAMILIES, Draft

LEVELS = ("easy", "medium", "hard")
# The same sentence may carry one question per skill, but not more than this in all.
_PER_SPAN = 2
# Families asked first when the article gives material for them: the headline is where a
# reader's judgement starts.
_FIRST = {"headline"}


@dataclass(frozen=True)
class Shortfall:
    """A skill that had too little material for the questions asked of it."""

    skill: str
    wanted: int
    found: int


def quotas(total: int, skills: Sequence[str]) -> dict[str, int]:
    base, extra = divmod(total, len(skills))
    return {skill: base + (1 if i < extra else 0) for i, skill in enumerate(skills)}


def _rank(draft: Draft, difficulty: str | None) -> int:
    if difficulty is None or draft.question.difficulty is None:
        return 0
    return abs(LEVELS.index(draft.question.difficulty) - LEVELS.index(difficulty))


def choose(
    drafts: Sequence[Draft], skills: Sequence[str], total: int, difficulty: str | None
) -> tuple[list[Draft], list[Shortfall]]:
    pools = {
        skill: sorted(
            (d for d in drafts if d.question.skill == skill),
            key=lambda d: (_rank(d, difficulty), FAMILIES.index(d.family)),
        )
        for skill in skills
    }
    wanted = quotas(total, skills)
    picked: list[Draft] = []
    state = _State()
    shortfalls = []
    for skill in skills:
        got = state.take(pools[skill], wanted[skill], picked)
        if got < wanted[skill]:
            shortfalls.append(Shortfall(skill, wanted[skill], got))
    # What one skill could not fill, the others fill from their own material, if they can.
    missing = total - len(picked)
    for skill in skills:
        if missing <= 0:
            break
        missing -= state.take(pools[skill], missing, picked)
    order = {skill: i for i, skill in enumerate(skills)}
    picked.sort(key=lambda d: (order[d.question.skill], d.span[0], FAMILIES.index(d.family)))
    return picked, shortfalls


class _State:
    def __init__(self) -> None:
        self.practice: Counter[str] = Counter()
        self.focus: set[str] = set()
        self.spans: Counter[tuple[int, int]] = Counter()
        self.families: Counter[str] = Counter()

    def fits(self, draft: Draft) -> bool:
        return draft.focus not in self.focus and self.spans[draft.span] < _PER_SPAN

    def take(self, pool: list[Draft], count: int, picked: list[Draft]) -> int:
        got = 0
        while got < count:
            candidates = [d for d in pool if self.fits(d)]
            if not candidates:
                break
            draft = min(candidates, key=self._preference)
            pool.remove(draft)
            picked.append(draft)
            self.focus.add(draft.focus)
            self.spans[draft.span] += 1
            self.families[draft.family] += 1
            if draft.question.practice:
                self.practice[draft.question.practice] += 1
            got += 1
        return got

    def _preference(self, draft: Draft) -> tuple[int, int, int]:
        """Keep reliable and unreliable items near half and half (once they are two apart,
        balance comes first), otherwise prefer a family used less (variety); the pool's
        own order breaks ties."""
        reliable, unreliable = self.practice["reliable"], self.practice["unreliable"]
        lagging = "reliable" if reliable < unreliable else "unreliable"
        practice = draft.question.practice
        balance = 0 if practice == lagging else 1 if practice is None else 2
        first = 0 if draft.family in _FIRST else 1
        if abs(reliable - unreliable) >= 2:
            return balance, self.families[draft.family], first
        return self.families[draft.family], first, balance
