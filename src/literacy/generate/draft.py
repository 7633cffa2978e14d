"""A generated question before it is accepted: the question, its family and what it is about."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from literacy.quiz.model import QUESTION_TYPES, Question

FAMILIES = (
    "source_who",  # 1. who is the source of this claim?
    "source_kind",  # 2. named person, named organisation, anonymous, no source?
    "cue_stance",  # 3. which reporting verb doubts / presents as proven / lends weight?
    "checkable_tf",  # 4. can a reader check this claim?
    "which_checkable",  # 5. which of these claims could (not) be checked?
    "loaded_which",  # 6. which word in this sentence is loaded?
    "mark_words",  # 7. mark the loaded words in this passage
    "neutral_alternative",  # 8. which is a neutral alternative for this loaded word?
    "headline",  # 9. what makes the headline sensational?
    "no_loaded_tf",  # 10. does this sentence contain loaded words?
)


@dataclass(frozen=True)
class Draft:
    """A candidate question with what the validator needs to check it against the analysis.

    `focus` names the finding the question is about (e.g. "claim:3", "loaded:5"), so the
    selection can avoid asking twice about the same thing; `meaning` says what each option
    stands for in the analysis (a source index, a claim index, a stance …), which the
    ambiguity validator checks against the analysis rather than trusting.
    """

    family: str
    question: Question
    span: tuple[int, int]
    focus: str
    meaning: tuple[Any, ...] = ()
    asks: Any = None


def make_question(kind: str, **fields: Any) -> Question:
    fields = {k: v for k, v in fields.items() if v is not None and v != {}}
    return QUESTION_TYPES[kind].model_validate({"type": kind, **fields})


def shuffled_choices(
    rng: random.Random,
    correct: str,
    distractors: Sequence[str],
    meanings: Sequence[Any],
    correct_meaning: Any,
) -> tuple[list[str], tuple[Any, ...]]:
    """The choices in a seeded random order, and what each one means, in the same order."""
    pairs = [(correct, correct_meaning), *zip(distractors, meanings, strict=True)]
    rng.shuffle(pairs)
    return [p[0] for p in pairs], tuple(p[1] for p in pairs)
