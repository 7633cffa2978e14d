"""Changes a teacher makes to a quiz through a form rather than in its YAML.

Each change goes through the quiz file's own validation (`loads_quiz`), so a form can
never make a quiz that the YAML editor, the library or the command line would refuse, and
what is wrong comes back as the same `Problem`s, with the field it concerns.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from literacy.quiz import Quiz, validate_quiz
from literacy.quiz.model import MultipleChoice, SingleChoice


def quiz_data(quiz: Quiz) -> dict[str, Any]:
    """The quiz as plain data, the way its YAML file holds it."""
    return quiz.model_dump(mode="json", exclude_none=True)


def rebuilt(data: dict[str, Any]) -> Quiz:
    """A quiz from plain data, validated as a file is; raises `QuizFileError`."""
    return validate_quiz(data, "form")


def lines(text: str) -> list[str]:
    """One item per non-empty line (choices, words to mark)."""
    return [line.strip() for line in text.splitlines() if line.strip()]


def revise_question(quiz: Quiz, index: int, changes: dict[str, Any]) -> Quiz:
    """The quiz with question `index` changed. Empty text fields are taken out; feedback on
    a choice follows the choice to its new wording when the choices are reworded."""
    data = quiz_data(quiz)
    question = dict(data["questions"][index])
    old = quiz.questions[index]
    if "choices" in changes and isinstance(old, SingleChoice | MultipleChoice):
        question["feedback"] = _follow(old, changes["choices"])
    for name, value in changes.items():
        if value is None or (isinstance(value, str) and not value.strip()):
            question.pop(name, None)
        else:
            question[name] = value
    if not question.get("feedback"):
        question.pop("feedback", None)
    data["questions"][index] = question
    return rebuilt(data)


def _follow(question: SingleChoice | MultipleChoice, choices: Sequence[str]) -> dict[str, str]:
    feedback = {}
    for i, old in enumerate(question.choices):
        note = question.feedback.get(old)
        if note is not None and i < len(choices):
            feedback[choices[i]] = note
    return feedback


def remove_question(quiz: Quiz, index: int) -> Quiz:
    data = quiz_data(quiz)
    del data["questions"][index]
    return rebuilt(data)


def move_question(quiz: Quiz, index: int, offset: int) -> Quiz:
    data = quiz_data(quiz)
    questions = data["questions"]
    target = min(max(index + offset, 0), len(questions) - 1)
    questions.insert(target, questions.pop(index))
    return rebuilt(data)


def revise_quiz(quiz: Quiz, fields: dict[str, Any], settings: dict[str, Any]) -> Quiz:
    """The quiz with its own fields (id, title, description, level) and settings changed;
    an empty field or a setting of None is taken out (back to its default)."""
    data = quiz_data(quiz)
    for name, value in fields.items():
        if value is None or (isinstance(value, str) and not value.strip()):
            data.pop(name, None)
        else:
            data[name] = value
    merged = {**data.get("settings", {}), **settings}
    data["settings"] = {name: value for name, value in merged.items() if value is not None}
    return rebuilt(data)
