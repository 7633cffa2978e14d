"""One student's try at a quiz: the order questions and choices are shown in, and the
answers given so far. Grading itself is `literacy.scoring`'s job.

The orders are recomputed from a seed on every rerun rather than stored, so the session
holds only ids and answers, and a rerun can never reshuffle what the student sees.
"""

from __future__ import annotations

import hashlib
import random
from dataclasses import dataclass, field
from typing import Literal

from literacy.quiz.model import MarkWords, MultipleChoice, Question, Quiz, SingleChoice, TrueFalse
from literacy.scoring import Answer, credit_fraction

Response = bool | int | tuple[int, ...]
Verdict = Literal["correct", "partly", "wrong"]


@dataclass
class Attempt:
    """Session state for one try: ids and answers only (the quiz itself is loaded from disk).

    `responses` keeps whatever the student has chosen so far, the moment they choose it;
    `checked` holds the questions whose answer is final (after "check my answer").
    """

    quiz_id: str
    seed: int
    version: str = ""
    number: int = 1
    position: int = 0
    responses: dict[str, Response] = field(default_factory=dict)
    confidence: dict[str, int] = field(default_factory=dict)
    checked: set[str] = field(default_factory=set)
    finished: bool = False
    # When the clock started (seconds since the epoch), for a quiz with a time limit.
    started_at: float | None = None
    timed_out: bool = False

    def widget_key(self, question_id: str, part: str) -> str:
        """A widget key unique to this try, so a new try starts with empty widgets."""
        return f"take/{self.quiz_id}/{self.version}/{self.number}/{question_id}/{part}"

    def retry(self, seed: int) -> Attempt:
        return Attempt(self.quiz_id, seed=seed, version=self.version, number=self.number + 1)


def seconds_left(quiz: Quiz, attempt: Attempt, now: float) -> float | None:
    """Seconds until the quiz's time limit runs out (never below 0); None without a limit
    or before the clock has started."""
    limit = quiz.settings.time_limit_minutes
    if limit is None or attempt.started_at is None:
        return None
    return max(0.0, attempt.started_at + 60 * limit - now)


def end_on_time(quiz: Quiz, attempt: Attempt) -> None:
    """The time is up: every answer given so far counts (checked or not), and the try ends."""
    for question in quiz.questions:
        qid = question.id or ""
        if has_response(question, attempt.responses.get(qid)):
            attempt.checked.add(qid)
    attempt.finished = True
    attempt.timed_out = True


def quiz_version(quiz: Quiz) -> str:
    """Changes when a question changes, so answers given to an older version of a quiz
    (a teacher replaced the file mid-try) are never graded against the new one."""
    hashes = "|".join(q.content_hash() for q in quiz.questions)
    return hashlib.blake2b(hashes.encode(), digest_size=4).hexdigest()


def _rng(attempt: Attempt, *salt: str) -> random.Random:
    # A string seed is hashed with SHA-512 by `random`, so the order is the same in every
    # process and on every rerun.
    return random.Random(":".join((str(attempt.seed), attempt.quiz_id, *salt)))


def question_order(quiz: Quiz, attempt: Attempt) -> tuple[Question, ...]:
    """The questions in the order this try shows them. A second try is always shuffled, so
    trying again tests the reading, not the memory of an order."""
    questions = list(quiz.questions)
    if quiz.settings.shuffle_questions or attempt.number > 1:
        _rng(attempt, "questions").shuffle(questions)
    return tuple(questions)


def choice_order(quiz: Quiz, question: Question, attempt: Attempt) -> tuple[int, ...]:
    """Indices (in file order) of the question's choices, in the order they are shown."""
    if not isinstance(question, SingleChoice | MultipleChoice):
        return ()
    order = list(range(len(question.choices)))
    if quiz.shuffles_choices(question):
        _rng(attempt, "choices", question.id).shuffle(order)
    return tuple(order)


def has_response(question: Question, response: Response | None) -> bool:
    """Whether `response` is an answer at all (an empty selection is not)."""
    if response is None:
        return False
    if isinstance(question, MultipleChoice | MarkWords):
        return isinstance(response, tuple) and len(response) > 0
    if isinstance(question, TrueFalse):
        return isinstance(response, bool)
    return isinstance(response, int) and not isinstance(response, bool)


def is_final(quiz: Quiz, attempt: Attempt, question: Question) -> bool:
    """An answer counts once it is checked (explanations after each answer) or, otherwise,
    as soon as it is given: the student may still change it until they finish."""
    if quiz.settings.show_explanations == "after_each":
        return question.id in attempt.checked
    return has_response(question, attempt.responses.get(question.id or ""))


def answers(quiz: Quiz, attempt: Attempt) -> dict[str, Answer]:
    """The answers to grade with `literacy.scoring.score`."""
    out = {}
    for question in quiz.questions:
        qid = question.id or ""
        if is_final(quiz, attempt, question):
            out[qid] = Answer(
                response=attempt.responses[qid], confidence=attempt.confidence.get(qid)
            )
    return out


def unanswered(quiz: Quiz, attempt: Attempt) -> list[int]:
    """Numbers (from 1, in the order shown) of the questions without a counted answer."""
    return [
        number
        for number, question in enumerate(question_order(quiz, attempt), 1)
        if not is_final(quiz, attempt, question)
    ]


def verdict(question: Question, response: Response) -> Verdict:
    fraction = credit_fraction(question, response)
    if fraction >= 1.0:
        return "correct"
    return "partly" if fraction > 0 else "wrong"
