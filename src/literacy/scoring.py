"""Grading: a pure function from a quiz and a student's answers to a result.

Credit per question, as a fraction of its points:
- single_choice, true_false: 1 for the right answer, else 0.
- multiple_choice: (right picks − wrong picks) / number of right choices, never below 0.
  Picking everything therefore earns nothing when half or more of the choices are wrong.
- mark_words: the same rule over the passage's words: (target words marked − other words
  marked) / number of target words, never below 0.

Discernment (signal detection) over the items marked `practice: reliable|unreliable`:
an unreliable item answered correctly is a *hit* (the student recognised the poor
practice), a reliable item answered wrongly is a *false alarm* (the student distrusted
sound practice). An item counts as answered correctly when it earns at least half its
points; unanswered items count for neither. d′ = z(H) − z(F) and c = −(z(H) + z(F)) / 2,
computed on rates with the log-linear correction (Hautus 1995): (count + 0.5) / (n + 1),
so rates of 0 and 1 give finite values. The raw rates are reported alongside.
"""

from __future__ import annotations

from collections.abc import Mapping
from statistics import NormalDist, fmean
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StrictBool, StrictInt

from literacy.errors import LiteracyError
from literacy.quiz.model import (
    SKILLS,
    MarkWords,
    MultipleChoice,
    Practice,
    Question,
    Quiz,
    SingleChoice,
    Skill,
    TrueFalse,
)

Confidence = Annotated[int, Field(ge=1, le=5)]


class InvalidAnswer(LiteracyError):
    """An answer that does not fit its question (wrong kind, a choice that does not exist)."""


class Answer(BaseModel):
    """What a student gave for one question.

    `response` is a bool for true_false, a choice index (from 0, in the quiz file's order,
    whatever order the choices were shown in) for single_choice, and a list of choice indices
    or of word indices (`MarkWords.words`) for multiple_choice and mark_words.
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    # Strict: a web form's "1" or 1.0 must not turn into true, nor true into choice 1.
    response: StrictBool | StrictInt | tuple[StrictInt, ...]
    confidence: Confidence | None = None


class QuestionResult(BaseModel):
    model_config = ConfigDict(frozen=True)

    question_id: str
    skill: Skill
    practice: Practice | None
    points: float
    credit: float
    answered: bool
    correct: bool
    confidence: int | None = None


class SkillResult(BaseModel):
    model_config = ConfigDict(frozen=True)

    skill: Skill
    questions: int
    answered: int
    points: float
    credit: float

    @property
    def percent(self) -> float:
        return 100.0 * self.credit / self.points if self.points else 0.0


class Discernment(BaseModel):
    """Separating reliable from unreliable practice, apart from general scepticism."""

    model_config = ConfigDict(frozen=True)

    hits: int
    misses: int
    false_alarms: int
    correct_rejections: int
    hit_rate: float | None
    false_alarm_rate: float | None
    d_prime: float | None
    criterion: float | None


class ConfidenceSummary(BaseModel):
    model_config = ConfigDict(frozen=True)

    mean_when_correct: float | None
    mean_when_wrong: float | None
    rated: int


class Result(BaseModel):
    model_config = ConfigDict(frozen=True)

    questions: tuple[QuestionResult, ...]
    points: float
    credit: float
    skills: tuple[SkillResult, ...]
    discernment: Discernment
    confidence: ConfidenceSummary

    @property
    def percent(self) -> float:
        return 100.0 * self.credit / self.points if self.points else 0.0

    @property
    def unanswered(self) -> tuple[str, ...]:
        return tuple(q.question_id for q in self.questions if not q.answered)


def credit_fraction(question: Question, response: bool | int | tuple[int, ...]) -> float:
    """The share of the question's points that `response` earns; `InvalidAnswer` if it
    cannot be an answer to this question."""
    if isinstance(question, TrueFalse):
        if not isinstance(response, bool):
            raise InvalidAnswer("a true/false question takes true or false")
        return 1.0 if response == question.answer else 0.0
    if isinstance(question, SingleChoice):
        index = _one_index(response, len(question.choices))
        return 1.0 if index == question.answer_index else 0.0
    if isinstance(question, MultipleChoice):
        picked = _indices(response, len(question.choices), "choice")
        return _overlap_credit(picked, question.answer_indices)
    if isinstance(question, MarkWords):
        picked = _indices(response, len(question.words), "word")
        return _overlap_credit(picked, question.target_words)
    raise InvalidAnswer(f"unknown question type {type(question).__name__}")


def _overlap_credit(picked: frozenset[int], right: frozenset[int]) -> float:
    gained = len(picked & right) - len(picked - right)
    return max(0.0, gained / len(right))


def _one_index(response: object, count: int) -> int:
    if isinstance(response, bool) or not isinstance(response, int):
        raise InvalidAnswer("a single-choice question takes one choice number")
    if not 0 <= response < count:
        raise InvalidAnswer(f"choice {response} does not exist (there are {count})")
    return response


def _indices(response: object, count: int, what: str) -> frozenset[int]:
    if not isinstance(response, tuple | list | frozenset | set):
        raise InvalidAnswer(f"this question takes a list of {what} numbers")
    picked = frozenset(response)
    if len(picked) != len(response):
        raise InvalidAnswer(f"a {what} is picked twice")
    for index in picked:
        if isinstance(index, bool) or not isinstance(index, int) or not 0 <= index < count:
            raise InvalidAnswer(f"{what} {index!r} does not exist (there are {count})")
    return picked


def score(quiz: Quiz, answers: Mapping[str, Answer]) -> Result:
    """Grade `answers` (keyed by question id) against `quiz`; missing ids are unanswered."""
    known = {q.id for q in quiz.questions}
    unknown = sorted(set(answers) - known)
    if unknown:
        raise InvalidAnswer(
            f"answers to questions that are not in quiz {quiz.id!r}: " + ", ".join(unknown)
        )
    results = []
    for question in quiz.questions:
        answer = answers.get(question.id)
        fraction = credit_fraction(question, answer.response) if answer else 0.0
        results.append(
            QuestionResult(
                question_id=question.id,
                skill=question.skill,
                practice=question.practice,
                points=question.points,
                credit=fraction * question.points,
                answered=answer is not None,
                correct=answer is not None and fraction >= 0.5,
                confidence=answer.confidence if answer else None,
            )
        )
    return Result(
        questions=tuple(results),
        points=sum(r.points for r in results),
        credit=sum(r.credit for r in results),
        skills=_per_skill(results),
        discernment=discernment(results),
        confidence=_confidence(results),
    )


def _per_skill(results: list[QuestionResult]) -> tuple[SkillResult, ...]:
    out = []
    for skill in SKILLS:
        mine = [r for r in results if r.skill == skill]
        if mine:
            out.append(
                SkillResult(
                    skill=skill,
                    questions=len(mine),
                    answered=sum(r.answered for r in mine),
                    points=sum(r.points for r in mine),
                    credit=sum(r.credit for r in mine),
                )
            )
    return tuple(out)


def discernment(results: list[QuestionResult] | tuple[QuestionResult, ...]) -> Discernment:
    """Hit and false-alarm rates, d′ and criterion c over the answered discernment items."""
    unreliable = [r for r in results if r.answered and r.practice == "unreliable"]
    reliable = [r for r in results if r.answered and r.practice == "reliable"]
    hits = sum(r.correct for r in unreliable)
    false_alarms = sum(not r.correct for r in reliable)
    d_prime = criterion = None
    if unreliable and reliable:
        z = NormalDist().inv_cdf
        z_hit = z((hits + 0.5) / (len(unreliable) + 1))
        z_fa = z((false_alarms + 0.5) / (len(reliable) + 1))
        d_prime = z_hit - z_fa
        criterion = -(z_hit + z_fa) / 2
    return Discernment(
        hits=hits,
        misses=len(unreliable) - hits,
        false_alarms=false_alarms,
        correct_rejections=len(reliable) - false_alarms,
        hit_rate=hits / len(unreliable) if unreliable else None,
        false_alarm_rate=false_alarms / len(reliable) if reliable else None,
        d_prime=d_prime,
        criterion=criterion,
    )


def _confidence(results: list[QuestionResult]) -> ConfidenceSummary:
    rated = [r for r in results if r.confidence is not None]
    right = [r.confidence for r in rated if r.correct]
    wrong = [r.confidence for r in rated if not r.correct]
    return ConfidenceSummary(
        mean_when_correct=fmean(right) if right else None,
        mean_when_wrong=fmean(wrong) if wrong else None,
        rated=len(rated),
    )
