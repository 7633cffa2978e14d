"""What the classroom store takes and returns: frozen, validated, no database rows leak out."""

from __future__ import annotations

import datetime
import random
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from literacy.classroom.names import name_html, name_text
from literacy.quiz import Question, Quiz
from literacy.scoring import Answer, Result

Pacing = Literal["self", "teacher"]
# When a student sees whether they were right, the explanation and their score.
ShowResults = Literal["after_each", "at_end", "after_close", "never"]

# A quiz's `show_explanations` as a session's `show_results`: the same words today, kept as
# a mapping because the two vocabularies may part (a session adds "after_close").
_FROM_QUIZ_SETTINGS: dict[str, ShowResults] = {
    "after_each": "after_each",
    "at_end": "at_end",
    "never": "never",
}


class _Frozen(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class SessionOptions(_Frozen):
    """How a session runs. There is no speed bonus and no countdown to choose: speed rewards
    guessing and penalises careful readers, and scoring never looks at the clock."""

    pacing: Pacing = Field(
        "self",
        description="self: students move on their own; teacher: "
        "the teacher opens one question at a time.",
    )
    shuffle_questions: bool | None = Field(None, description="None: as the quiz's settings say.")
    shuffle_choices: bool | None = Field(None, description="None: as the quiz's settings say.")
    leaderboard: bool = False
    anonymous: bool = Field(False, description="Students get a nickname instead of their name.")
    show_results: ShowResults | None = Field(None, description="None: as the quiz says.")

    def resolved(self, quiz: Quiz) -> SessionOptions:
        """These options with every `None` filled in from the quiz's own settings."""
        settings = quiz.settings
        return self.model_copy(
            update={
                "shuffle_questions": _first(self.shuffle_questions, settings.shuffle_questions),
                "shuffle_choices": _first(self.shuffle_choices, settings.shuffle_choices),
                "show_results": self.show_results
                or _FROM_QUIZ_SETTINGS[settings.show_explanations],
            }
        )


def _first(value: bool | None, default: bool) -> bool:
    return default if value is None else value


class ProjectorSettings(_Frozen):
    """What the projected dashboard may show, set by the teacher and kept with the session,
    so the projector view (another browser, another device) follows it."""

    names: bool = Field(True, description="Who joined, by name.")
    answer_key: bool = Field(
        False,
        description="Mark the right answers and show scores before they are settled; "
        "without it the key shows only once the teacher reveals a question or nothing can "
        "change any more.",
    )


class QuestionState(_Frozen):
    question_id: str
    position: int = Field(description="From 0, in the session's order.")
    opened: bool
    locked: bool
    revealed: bool

    @property
    def number(self) -> int:
        """From 1, as a teacher counts."""
        return self.position + 1


class SessionInfo(_Frozen):
    id: int
    join_code: str
    quiz_id: str
    quiz_title: str
    language: str
    quiz_sha256: str
    options: SessionOptions
    current_position: int | None
    created_at: datetime.datetime
    closed_at: datetime.datetime | None
    questions: tuple[QuestionState, ...]
    projector: ProjectorSettings = ProjectorSettings()

    @property
    def is_open(self) -> bool:
        return self.closed_at is None

    @property
    def current_question(self) -> QuestionState | None:
        if self.options.pacing != "teacher" or self.current_position is None:
            return None
        return self.questions[self.current_position]

    def question_state(self, question_id: str) -> QuestionState | None:
        for state in self.questions:
            if state.question_id == question_id:
                return state
        return None


class NewSession(_Frozen):
    session: SessionInfo
    host_key: str = Field(description="Shown once: only its hash is stored.", repr=False)
    view_key: str = Field(
        description="The projector's read-only key; only its hash is stored.", repr=False
    )


class Participant(_Frozen):
    id: int
    session_id: int
    name: str
    joined_at: datetime.datetime
    removed: bool = False
    finished_at: datetime.datetime | None = Field(
        None, description="When the student finished the quiz; no answer changes after it."
    )
    # Internal: seeds the shuffles; not shown, not exported.
    shuffle_seed: int = Field(repr=False, exclude=True)

    @property
    def finished(self) -> bool:
        return self.finished_at is not None

    @property
    def name_html(self) -> str:
        return name_html(self.name)

    @property
    def name_text(self) -> str:
        return name_text(self.name)

    def question_order(self, session: SessionInfo) -> tuple[str, ...]:
        """The order this student sees the questions in; the same after every reload."""
        ordered = [q.question_id for q in sorted(session.questions, key=lambda q: q.position)]
        if session.options.pacing == "self" and session.options.shuffle_questions:
            random.Random(f"{self.shuffle_seed}:questions").shuffle(ordered)
        return tuple(ordered)

    def choice_order(self, session: SessionInfo, question: Question) -> tuple[int, ...]:
        """The order to show `question`'s choices in (indices into the quiz's order); () for
        a question without choices. The question's own `shuffle_choices` wins over the
        session's, so a catch-all choice the author kept last stays last."""
        choices = getattr(question, "choices", None)
        if not choices:
            return ()
        order = list(range(len(choices)))
        own = getattr(question, "shuffle_choices", None)
        if session.options.shuffle_choices if own is None else own:
            random.Random(f"{self.shuffle_seed}:{question.id}").shuffle(order)
        return tuple(order)


class Joined(_Frozen):
    participant: Participant
    token: str = Field(description="Shown once: only its hash is stored.", repr=False)


class SavedAnswer(_Frozen):
    question_id: str
    answer: Answer
    revision: int
    answered_at: datetime.datetime
    updated_at: datetime.datetime


class StudentState(_Frozen):
    """Everything a student's page needs after a reload. `quiz` holds the answer key: a page
    shows a question's answer and explanation only when its id is in `feedback_visible`, and
    shows them as they are (the store already held back what could still change)."""

    session: SessionInfo
    participant: Participant
    quiz: Quiz = Field(repr=False)
    question_order: tuple[str, ...]
    current: str | None = Field(description="The question to show now; None when done.")
    answers: dict[str, Answer]
    feedback_visible: frozenset[str]
    result: Result | None = Field(description="The student's score, once they may see it.")

    @property
    def finished(self) -> bool:
        """The student finished the quiz (`ClassroomStore.finish`): nothing can change now."""
        return self.participant.finished

    @property
    def can_finish(self) -> bool:
        """Self-paced students finish themselves; in a teacher-paced session the teacher
        decides when the quiz is over, and a closed session is over anyway."""
        return self.session.options.pacing == "self" and self.session.is_open and not self.finished

    @property
    def all_answered(self) -> bool:
        return all(question_id in self.answers for question_id in self.question_order)

    @property
    def unanswered(self) -> tuple[int, ...]:
        """The numbers (from 1, in this student's order) of the questions not answered yet."""
        return tuple(
            number
            for number, question_id in enumerate(self.question_order, 1)
            if question_id not in self.answers
        )
