"""The quiz a teacher writes by hand in YAML, and the generator writes for them.

Shorthand that makes hand-writing pleasant (documented in README and the JSON Schema):
- `evidence` may be a plain quote; `{quote, occurrence}` picks a later occurrence.
- `answer` / `answers` may name a choice by its text or by its letter (a, b, c …).
- `feedback` is keyed by choice text or letter, by `true`/`false`, or by a marked word.
- `mark_words` takes its passage from `evidence` when `passage` is left out.
- `id` may be left out: it becomes a stable hash of the question's content.
"""

from __future__ import annotations

import datetime
import hashlib
import json
import string
from typing import Annotated, Any, Literal, Self

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    PrivateAttr,
    ValidationError,
    ValidationInfo,
    field_validator,
    model_serializer,
    model_validator,
)
from pydantic_core import InitErrorDetails, PydanticCustomError

from literacy import text as textlib
from literacy.errors import LiteracyError
from literacy.quiz import marking
from literacy.text import Span

Language = Literal["ar", "en"]
Skill = Literal["source", "checkability", "loaded_language", "general"]
Practice = Literal["reliable", "unreliable"]
Difficulty = Literal["easy", "medium", "hard"]
ExplanationTiming = Literal["after_each", "at_end", "never"]

SKILLS: tuple[Skill, ...] = ("source", "checkability", "loaded_language", "general")
LETTERS = string.ascii_lowercase


class QuestionNotFound(LiteracyError, KeyError):
    """No question with this id in the quiz (a KeyError too, for dict-like callers)."""

    def __init__(self, quiz_id: str, question_id: str):
        self.quiz_id = quiz_id
        self.question_id = question_id
        super().__init__(f"quiz {quiz_id!r} has no question {question_id!r}")

    def __str__(self) -> str:
        return self.args[0]


def _not_blank(value: str) -> str:
    if not value.strip():
        raise PydanticCustomError("blank", "must not be empty")
    return value


Text = Annotated[str, AfterValidator(_not_blank)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


def _fail(errors: list[InitErrorDetails], title: str) -> None:
    if errors:
        raise ValidationError.from_exception_data(title, errors)


def _error(loc: tuple[str | int, ...], kind: str, message: str, value: Any) -> InitErrorDetails:
    return InitErrorDetails(type=PydanticCustomError(kind, message), loc=loc, input=value)


class Evidence(_Strict):
    """A quote from the article; `start`/`end` are found when the quiz is validated."""

    quote: Text
    occurrence: int = Field(1, ge=1, description="Which occurrence of the quote, from 1.")
    _span: tuple[int, int] | None = PrivateAttr(default=None)

    @property
    def start(self) -> int | None:
        return self._span[0] if self._span else None

    @property
    def end(self) -> int | None:
        return self._span[1] if self._span else None

    @model_serializer(mode="wrap")
    def _plain_when_first(self, handler) -> Any:
        return self.quote if self.occurrence == 1 else handler(self)


def _evidence_input(value: Any) -> Any:
    return {"quote": value} if isinstance(value, str) else value


EvidenceField = Annotated[
    Evidence | None,
    BeforeValidator(_evidence_input, json_schema_input_type=str | Evidence | None),
]


def _feedback_input(value: Any) -> Any:
    # YAML reads `true:` and `false:` keys as booleans; keep every key a string.
    if isinstance(value, dict):
        return {(str(k).lower() if isinstance(k, bool) else k): v for k, v in value.items()}
    return value


FeedbackField = Annotated[
    dict[str, Text],
    BeforeValidator(_feedback_input),
    Field(
        description="Feedback on particular answers, keyed by choice text or letter, "
        "true/false, or a marked word."
    ),
]


class _Question(_Strict):
    # Always a str once validated: left out, it becomes a hash of the content.
    id: str = Field(
        None,  # type: ignore[assignment]
        pattern=r"^[A-Za-z0-9][A-Za-z0-9_.-]*$",
        description="Stable id; a hash of the content when left out.",
    )
    prompt: Text
    skill: Skill = "general"
    practice: Practice | None = Field(
        None,
        description="For discernment: does the item show a reliable or an unreliable practice?",
    )
    difficulty: Difficulty | None = None
    evidence: EvidenceField = None
    explanation: Text | None = None
    feedback: FeedbackField = Field(default_factory=dict)
    points: float = Field(1.0, gt=0, le=100)

    @model_validator(mode="after")
    def _whole_question(self) -> Self:
        # One ordered pass: resolve shorthand first, so feedback keys and the content
        # hash always see the canonical answer (a choice's text, never its letter).
        errors = self._resolve()
        if not errors:
            errors = self._resolve_feedback()
        _fail(errors, type(self).__name__)
        if self.id is None:
            self.__dict__["id"] = self.content_hash()
        return self

    def _resolve(self) -> list[InitErrorDetails]:
        """Check what this type of question needs and put its answer in canonical form."""
        return []

    def _feedback_keys(self) -> dict[str, str]:
        """Every accepted feedback key, mapped to its canonical form."""
        return {}

    def _resolve_feedback(self) -> list[InitErrorDetails]:
        keys = self._feedback_keys()
        errors = []
        canonical: dict[str, str] = {}
        for key, note in self.feedback.items():
            if key in keys:
                canonical[keys[key]] = note
            else:
                errors.append(
                    _error(
                        ("feedback", key),
                        "feedback_key",
                        f"{key!r} is not an answer of this question; feedback can "
                        f"be given for {self._feedback_hint(keys)}",
                        key,
                    )
                )
        self.__dict__["feedback"] = canonical
        return errors

    def _feedback_hint(self, keys: dict[str, str]) -> str:
        allowed = sorted(set(keys.values()))
        return ", ".join(allowed) if allowed else "nothing"

    def content_hash(self) -> str:
        """A hash of what makes the question this question (not its explanation or id)."""
        content = {name: getattr(self, name, None) for name in _IDENTITY}
        if self.evidence is not None:
            content["evidence"] = [self.evidence.quote, self.evidence.occurrence]
        blob = json.dumps(content, ensure_ascii=False, sort_keys=True).encode()
        return "q-" + hashlib.blake2b(blob, digest_size=5).hexdigest()

    @model_serializer(mode="wrap")
    def _readable(self, handler) -> dict[str, Any]:
        data = handler(self)
        if data.get("id") == self.content_hash():
            data.pop("id")
        if "points" in data and float(data["points"]).is_integer():
            data["points"] = int(data["points"])
        if self.evidence is not None and data.get("passage") == self.evidence.quote:
            data.pop("passage")
        return {key: data[key] for key in _ORDER if key in data}


_IDENTITY = ("type", "prompt", "choices", "answer", "answers", "passage", "targets")
# The order a teacher reads a question in.
_ORDER = (
    "type",
    "id",
    "prompt",
    "skill",
    "practice",
    "difficulty",
    "evidence",
    "passage",
    "choices",
    "shuffle_choices",
    "answer",
    "answers",
    "targets",
    "explanation",
    "feedback",
    "points",
)


def _choices_input(value: Any) -> Any:
    if isinstance(value, list | tuple):
        return tuple(value)
    return value


def _resolve_choice(choices: tuple[str, ...], given: str) -> int | None:
    """The index of a choice named by its exact text or by its letter."""
    stripped = given.strip()
    for i, choice in enumerate(choices):
        if choice.strip() == stripped:
            return i
    letter = stripped.rstrip(")").lower()
    if len(letter) == 1 and letter in LETTERS[: len(choices)]:
        return LETTERS.index(letter)
    return None


def _unknown_choice(choices: tuple[str, ...], given: str) -> str:
    return (
        f"{given!r} is not one of the choices a–{LETTERS[len(choices) - 1]} (give the "
        "letter or the exact text of a choice)"
    )


# Cross-field checks are field validators that read the fields validated before them
# (`info.data`), so a file with a misspelt prompt still reports its wrong answer too.


class _WithChoices(_Question):
    choices: Annotated[tuple[Text, ...], BeforeValidator(_choices_input)] = Field(
        min_length=2, max_length=len(LETTERS)
    )
    shuffle_choices: bool | None = Field(
        None,
        description="Shuffle this question's choices; left out, as the quiz's settings say. "
        "false keeps the order, e.g. a catch-all choice last.",
    )

    @field_validator("choices")
    @classmethod
    def _choices_distinct(cls, choices: tuple[str, ...]) -> tuple[str, ...]:
        seen: dict[str, int] = {}
        errors = []
        for i, choice in enumerate(choices):
            key = textlib.normalize_key(choice)
            if key in seen:
                errors.append(
                    _error(
                        (i,),
                        "duplicate_choice",
                        f"repeats choice {LETTERS[seen[key]]} ({choice!r})",
                        choice,
                    )
                )
            seen.setdefault(key, i)
        _fail(errors, cls.__name__)
        return choices

    def _feedback_keys(self) -> dict[str, str]:
        keys = {LETTERS[i]: c for i, c in enumerate(self.choices)}
        keys.update({c: c for c in self.choices})
        return keys


class SingleChoice(_WithChoices):
    """One correct choice."""

    type: Literal["single_choice"]
    answer: Text = Field(description="The correct choice: its text or its letter.")

    @field_validator("answer")
    @classmethod
    def _answer_is_a_choice(cls, answer: str, info: ValidationInfo) -> str:
        choices = info.data.get("choices")
        if choices is None:
            return answer  # the choices have their own error
        index = _resolve_choice(choices, answer)
        if index is None:
            raise PydanticCustomError("unknown_choice", _unknown_choice(choices, answer))
        return choices[index]

    @property
    def answer_index(self) -> int:
        return self.choices.index(self.answer)


class MultipleChoice(_WithChoices):
    """Select all that apply; partial credit, wrong picks cost."""

    type: Literal["multiple_choice"]
    answers: Annotated[tuple[Text, ...], BeforeValidator(_choices_input)] = Field(
        min_length=1, description="The correct choices: texts or letters."
    )

    @field_validator("answers")
    @classmethod
    def _answers_are_choices(
        cls, answers: tuple[str, ...], info: ValidationInfo
    ) -> tuple[str, ...]:
        choices = info.data.get("choices")
        if choices is None:
            return answers
        indices: list[int] = []
        errors = []
        for i, given in enumerate(answers):
            index = _resolve_choice(choices, given)
            if index is None:
                errors.append(
                    _error((i,), "unknown_choice", _unknown_choice(choices, given), given)
                )
            elif index in indices:
                errors.append(_error((i,), "duplicate_answer", f"{given!r} is listed twice", given))
            else:
                indices.append(index)
        _fail(errors, cls.__name__)
        return tuple(choices[i] for i in sorted(indices))

    @property
    def answer_indices(self) -> frozenset[int]:
        return frozenset(self.choices.index(a) for a in self.answers)


class TrueFalse(_Question):
    """A statement the student marks true or false."""

    type: Literal["true_false"]
    answer: bool

    def _feedback_keys(self) -> dict[str, str]:
        return {"true": "true", "false": "false"}


class MarkWords(_Question):
    """The student clicks the loaded words in a short passage."""

    type: Literal["mark_words"]
    passage: Text | None = Field(
        None, description="The passage to mark; the evidence quote when left out."
    )
    targets: Annotated[tuple[Text, ...], BeforeValidator(_choices_input)] = Field(
        min_length=1, description="The words (or phrases) to mark, as they appear in the passage."
    )
    _words: tuple[Span, ...] = PrivateAttr(default=())
    _target_words: frozenset[int] = PrivateAttr(default=frozenset())

    @field_validator("targets")
    @classmethod
    def _targets_are_in_the_passage(
        cls, targets: tuple[str, ...], info: ValidationInfo
    ) -> tuple[str, ...]:
        passage = _passage(info.data.get("passage"), info.data.get("evidence"))
        if passage is not None:
            _fail(_mark(passage, targets)[1], cls.__name__)
        return targets

    def _resolve(self) -> list[InitErrorDetails]:
        passage = _passage(self.passage, self.evidence)
        if passage is None:
            return [
                _error(
                    ("passage",),
                    "passage_missing",
                    "give a passage, or an evidence quote to use as the passage",
                    None,
                )
            ]
        self.__dict__["passage"] = passage
        self._words = tuple(textlib.tokens(passage))
        self._target_words = _mark(passage, self.targets)[0]
        return []

    def _feedback_hint(self, keys: dict[str, str]) -> str:
        return "a word of the passage, written as it appears there"

    @property
    def words(self) -> tuple[Span, ...]:
        """The clickable words of the passage, with offsets into the passage."""
        return self._words

    @property
    def target_words(self) -> frozenset[int]:
        """Indices into `words` of the words to mark."""
        return self._target_words

    def _feedback_keys(self) -> dict[str, str]:
        keys = {t: t for t in self.targets}
        for word in self._words:
            keys[word.text] = word.text
            for bare in marking.unclitic_forms(word.text):  # «اتهامات» names «واتهامات»
                keys.setdefault(bare, word.text)
        return keys


def _passage(passage: str | None, evidence: Evidence | None) -> str | None:
    if passage is not None:
        return passage
    return evidence.quote if evidence is not None else None


def _mark(passage: str, targets: tuple[str, ...]) -> tuple[frozenset[int], list[InitErrorDetails]]:
    """The passage's word indices that `targets` name, and an error for each that names none."""
    keys = marking.passage_keys(passage)
    marked: set[int] = set()
    errors = []
    for i, target in enumerate(targets):
        found = marking.runs(keys, target)
        if not found:
            errors.append(
                _error(
                    (i,),
                    "target_not_in_passage",
                    f"{target!r} is not a word or phrase of the passage",
                    target,
                )
            )
        for run in found:
            marked.update(run)
    return frozenset(marked), errors


Question = Annotated[
    SingleChoice | MultipleChoice | TrueFalse | MarkWords,
    Field(discriminator="type"),
]
QUESTION_TYPES: dict[str, type[_Question]] = {
    "single_choice": SingleChoice,
    "multiple_choice": MultipleChoice,
    "true_false": TrueFalse,
    "mark_words": MarkWords,
}


class Article(_Strict):
    text: Text
    title: str | None = None
    outlet: str | None = None
    author: str | None = None
    published: datetime.date | None = Field(None, description="YYYY-MM-DD")
    url: str | None = Field(None, pattern=r"^https?://\S+$")


class Settings(_Strict):
    shuffle_questions: bool = False
    shuffle_choices: bool = False
    show_explanations: ExplanationTiming = Field(
        "after_each", description="after_each answer, at_end of the quiz, or never."
    )
    ask_confidence: bool = Field(False, description="Ask how sure the student is (1–5).")
    time_limit_minutes: int | None = Field(None, ge=1, le=600)


class Quiz(_Strict):
    """A whole quiz: metadata, the article, settings and questions."""

    model_config = ConfigDict(
        extra="forbid",
        frozen=True,
        json_schema_extra={"$schema": "https://json-schema.org/draft/2020-12/schema"},
    )

    id: str = Field(
        pattern=r"^[a-z0-9][a-z0-9_-]*$",
        description="lower-case letters, digits, - and _ (used in file names and URLs)",
    )
    title: Text
    language: Language
    description: str | None = None
    level: Difficulty | None = None
    tags: tuple[Text, ...] = ()
    article: Article
    settings: Settings = Field(default_factory=Settings)
    questions: tuple[Question, ...] = Field(min_length=1)

    @model_validator(mode="after")
    def _evidence_and_ids(self) -> Self:
        errors = []
        seen: dict[str, int] = {}
        located: list[Question] = []
        for i, question in enumerate(self.questions):
            located.append(question)
            if question.id in seen:
                errors.append(
                    _error(
                        ("questions", i, "id"),
                        "duplicate_id",
                        f"{question.id!r} is also the id of question "
                        f"{seen[question.id] + 1}; ids must be unique (identical "
                        "questions get identical ids)",
                        question.id,
                    )
                )
            seen.setdefault(question.id, i)
            evidence = question.evidence
            if evidence is None:
                continue
            span = _locate(self.article.text, evidence.quote, evidence.occurrence, self.language)
            if span is None:
                errors.append(
                    _error(
                        ("questions", i, "evidence"),
                        "evidence_not_in_article",
                        f"the quote {_clip(evidence.quote)!r} does not occur"
                        + (f" {evidence.occurrence} times" if evidence.occurrence > 1 else "")
                        + " in article → text (copy it from the article exactly)",
                        evidence.quote,
                    )
                )
            else:
                # Copies, never the given objects: the same question may sit in another quiz
                # with another article (pydantic reuses validated instances).
                found = evidence.model_copy()
                found._span = span
                located[i] = question.model_copy(update={"evidence": found})
        _fail(errors, "Quiz")
        self.__dict__["questions"] = tuple(located)
        return self

    def revised(self, **changes: Any) -> Quiz:
        """A copy with `changes` applied and everything validated again (evidence offsets
        included); use it instead of `model_copy` when the article or questions change."""
        data = self.model_dump(mode="python", exclude_none=True)
        data.update(changes)
        return Quiz.model_validate(data)

    def shuffles_choices(self, question: Question) -> bool:
        """Whether `question`'s choices are shown shuffled: its own say, else the quiz's."""
        own = getattr(question, "shuffle_choices", None)
        return self.settings.shuffle_choices if own is None else own

    def question(self, question_id: str) -> Question:
        for question in self.questions:
            if question.id == question_id:
                return question
        raise QuestionNotFound(self.id, question_id)


def _locate(article: str, quote: str, occurrence: int, language: str) -> tuple[int, int] | None:
    position = 0
    span = None
    for _ in range(occurrence):
        span = textlib.find(article, quote, language, position)
        if span is None:
            return None
        position = span.start + 1
    return (span.start, span.end) if span else None


def _clip(value: str, limit: int = 60) -> str:
    return value if len(value) <= limit else value[: limit - 1] + "…"
