"""The class's results, as the live dashboard, the results page and the exports show them.

Built from the session, its quiz snapshot and one query's rows (every participant with every
answer), so a dashboard refreshing every two seconds costs two small queries however many
students there are. Removed participants are listed apart and counted nowhere.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from statistics import fmean
from typing import Any

from pydantic import BaseModel, ConfigDict

from literacy.classroom import rows
from literacy.classroom.models import Participant, SavedAnswer, SessionInfo
from literacy.quiz import MarkWords, MultipleChoice, Question, Quiz, SingleChoice, TrueFalse
from literacy.quiz.model import LETTERS
from literacy.scoring import (
    Answer,
    Discernment,
    QuestionResult,
    Result,
    SkillResult,
    discernment,
    score,
)


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True)


class OptionCount(_Frozen):
    """How many students picked one option: a choice (by letter), true/false, or a word."""

    key: str
    label: str
    count: int
    correct: bool


class QuestionStats(_Frozen):
    question_id: str
    number: int
    type: str
    skill: str
    practice: str | None
    answered: int
    correct: int
    mean_credit_fraction: float | None
    mean_confidence: float | None
    options: tuple[OptionCount, ...]
    locked: bool
    revealed: bool

    @property
    def percent_correct(self) -> float | None:
        return 100.0 * self.correct / self.answered if self.answered else None


class ParticipantResult(_Frozen):
    participant: Participant
    answers: dict[str, SavedAnswer]
    result: Result

    @property
    def answered(self) -> int:
        return len(self.answers)


class ConfidenceLevel(_Frozen):
    """Answers given with one confidence level (1–5), and how many of them were right."""

    level: int
    answered: int
    correct: int

    @property
    def percent_correct(self) -> float | None:
        return 100.0 * self.correct / self.answered if self.answered else None


class ClassResults(_Frozen):
    session: SessionInfo
    quiz: Quiz
    participants: tuple[ParticipantResult, ...]
    removed: tuple[Participant, ...]
    questions: tuple[QuestionStats, ...]
    skills: tuple[SkillResult, ...]
    discernment: Discernment
    mean_d_prime: float | None
    confidence: tuple[ConfidenceLevel, ...]
    generated_at: datetime.datetime

    @property
    def percent(self) -> float | None:
        """The class average score."""
        if not self.participants:
            return None
        return fmean(p.result.percent for p in self.participants)

    def leaderboard(self) -> list[tuple[int, ParticipantResult]]:
        """Ranked by points only (never by speed); equal points share a rank."""

        # Points rounded, so 0.1 + 0.2 and 0.3 points tie as a teacher would expect.
        def points(entry: ParticipantResult) -> float:
            return round(entry.result.credit, 9)

        ranked = sorted(self.participants, key=lambda p: (-points(p), p.participant.name))
        out: list[tuple[int, ParticipantResult]] = []
        for i, entry in enumerate(ranked):
            tied = out and points(out[-1][1]) == points(entry)
            out.append((out[-1][0] if tied else i + 1, entry))
        return out


def build(session: SessionInfo, quiz: Quiz, answer_rows: Iterable[Any]) -> ClassResults:
    people: dict[int, Participant] = {}
    given: dict[int, dict[str, SavedAnswer]] = {}
    for row in answer_rows:
        if row.id not in people:
            people[row.id] = rows.participant_from_row(row)
            given[row.id] = {}
        if row.question_id is not None:
            given[row.id][row.question_id] = SavedAnswer(
                question_id=row.question_id,
                answer=rows.to_answer(row.response, row.confidence),
                revision=row.revision,
                answered_at=rows.aware(row.answered_at),
                updated_at=rows.aware(row.updated_at),
            )
    active = [p for p in people.values() if not p.removed]
    results = tuple(
        ParticipantResult(
            participant=p,
            answers=given[p.id],
            result=score(quiz, {q: saved.answer for q, saved in given[p.id].items()}),
        )
        for p in active
    )
    pooled = [q for entry in results for q in entry.result.questions]
    d_primes = [e.result.discernment.d_prime for e in results]
    return ClassResults(
        session=session,
        quiz=quiz,
        participants=results,
        removed=tuple(p for p in people.values() if p.removed),
        questions=tuple(_question_stats(session, quiz, results)),
        skills=_skills(results),
        discernment=discernment(pooled),
        mean_d_prime=fmean(d for d in d_primes if d is not None)
        if any(d is not None for d in d_primes)
        else None,
        confidence=_confidence(pooled),
        generated_at=datetime.datetime.now(datetime.UTC),
    )


def _question_stats(session: SessionInfo, quiz: Quiz, results: tuple[ParticipantResult, ...]):
    graded_by_student = [{r.question_id: r for r in e.result.questions} for e in results]
    for state in session.questions:
        question = quiz.question(state.question_id)
        graded: list[QuestionResult] = []
        responses: list[Answer] = []
        for entry, by_question in zip(results, graded_by_student, strict=True):
            saved = entry.answers.get(question.id)
            if saved is not None:
                responses.append(saved.answer)
                graded.append(by_question[question.id])
        confidences = [r.confidence for r in graded if r.confidence is not None]
        yield QuestionStats(
            question_id=question.id,
            number=state.number,
            type=question.type,
            skill=question.skill,
            practice=question.practice,
            answered=len(graded),
            correct=sum(r.correct for r in graded),
            mean_credit_fraction=fmean(r.credit / r.points for r in graded) if graded else None,
            mean_confidence=fmean(confidences) if confidences else None,
            options=_options(question, responses),
            locked=state.locked,
            revealed=state.revealed,
        )


def _options(question: Question, responses: list[Answer]) -> tuple[OptionCount, ...]:
    if isinstance(question, TrueFalse):
        return tuple(
            OptionCount(
                key=str(value).lower(),
                label=str(value).lower(),
                count=sum(a.response is value for a in responses),
                correct=value == question.answer,
            )
            for value in (True, False)
        )
    if isinstance(question, SingleChoice | MultipleChoice):
        labels = question.choices
        right = (
            {question.answer_index}
            if isinstance(question, SingleChoice)
            else question.answer_indices
        )
        keys = [LETTERS[i] for i in range(len(labels))]
    elif isinstance(question, MarkWords):
        labels = tuple(word.text for word in question.words)
        right = question.target_words
        keys = [str(i) for i in range(len(labels))]
    else:
        return ()
    counts = [0] * len(labels)
    for answer in responses:
        picked = answer.response if isinstance(answer.response, tuple) else (answer.response,)
        for index in set(picked):
            counts[index] += 1
    return tuple(
        OptionCount(key=keys[i], label=labels[i], count=counts[i], correct=i in right)
        for i in range(len(labels))
    )


def _skills(results: tuple[ParticipantResult, ...]) -> tuple[SkillResult, ...]:
    """Per skill over the whole class: every student weighs the same, since every student
    has the same questions, so the pooled percent is the mean of the students' percents."""
    totals: dict[str, list[SkillResult]] = {}
    for entry in results:
        for skill in entry.result.skills:
            totals.setdefault(skill.skill, []).append(skill)
    return tuple(
        SkillResult(
            skill=skill,
            questions=found[0].questions,
            answered=sum(s.answered for s in found),
            points=sum(s.points for s in found),
            credit=sum(s.credit for s in found),
        )
        for skill, found in totals.items()
    )


def _confidence(pooled: list[QuestionResult]) -> tuple[ConfidenceLevel, ...]:
    return tuple(
        ConfidenceLevel(
            level=level,
            answered=sum(1 for r in pooled if r.confidence == level),
            correct=sum(1 for r in pooled if r.confidence == level and r.correct),
        )
        for level in range(1, 6)
    )
