"""Class results as files a teacher keeps: CSV (one row per student and question, and one per
student) and JSON (everything). `finished_at` is when a student finished (empty: not yet), so
a teacher can see that no answer changed after it.

Write the CSV text with `CSV_ENCODING`: spreadsheet programs read UTF-8 Arabic correctly only
when the file starts with a byte-order mark.
"""

from __future__ import annotations

import csv
import datetime
import io
import json
import re
from typing import Any

from literacy.classroom.results import ClassResults
from literacy.quiz import MarkWords, Question, SingleChoice, TrueFalse
from literacy.quiz.model import LETTERS, MultipleChoice
from literacy.scoring import SKILLS

CSV_ENCODING = "utf-8-sig"

ANSWER_COLUMNS = (
    "session",
    "participant_id",
    "name",
    "number",
    "question_id",
    "skill",
    "practice",
    "response",
    "response_text",
    "correct",
    "credit",
    "points",
    "confidence",
    "revision",
    "answered_at",
    "updated_at",
    "finished_at",
)


def answers_csv(results: ClassResults) -> str:
    """One row per student and question, unanswered questions included (empty response)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(ANSWER_COLUMNS)
    for entry in results.participants:
        graded = {r.question_id: r for r in entry.result.questions}
        for state in results.session.questions:
            question = results.quiz.question(state.question_id)
            saved = entry.answers.get(question.id)
            mark = graded[question.id]
            writer.writerow(
                _safe(
                    [
                        results.session.join_code,
                        entry.participant.id,
                        entry.participant.name,
                        state.number,
                        question.id,
                        question.skill,
                        question.practice or "",
                        _response_key(saved.answer.response) if saved else "",
                        _response_text(question, saved.answer.response) if saved else "",
                        _flag(mark.correct) if saved else "",
                        _number(mark.credit),
                        _number(mark.points),
                        mark.confidence or "",
                        saved.revision if saved else "",
                        saved.answered_at.isoformat() if saved else "",
                        saved.updated_at.isoformat() if saved else "",
                        _moment(entry.participant.finished_at),
                    ]
                )
            )
    return out.getvalue()


def summary_columns() -> tuple[str, ...]:
    skills = tuple(f"{skill}_percent" for skill in SKILLS)
    return (
        "session",
        "participant_id",
        "name",
        "joined_at",
        "finished_at",
        "answered",
        "questions",
        "credit",
        "points",
        "percent",
        *skills,
        "hit_rate",
        "false_alarm_rate",
        "d_prime",
        "criterion",
        "confidence_when_correct",
        "confidence_when_wrong",
    )


def summary_csv(results: ClassResults) -> str:
    """One row per student: score, per-skill percent, discernment, confidence."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(summary_columns())
    for entry in results.participants:
        result = entry.result
        skills = {s.skill: s for s in result.skills}
        writer.writerow(
            _safe(
                [
                    results.session.join_code,
                    entry.participant.id,
                    entry.participant.name,
                    entry.participant.joined_at.isoformat(),
                    _moment(entry.participant.finished_at),
                    entry.answered,
                    len(result.questions),
                    _number(result.credit),
                    _number(result.points),
                    _number(result.percent),
                    *(_number(skills[s].percent) if s in skills else "" for s in SKILLS),
                    _number(result.discernment.hit_rate),
                    _number(result.discernment.false_alarm_rate),
                    _number(result.discernment.d_prime),
                    _number(result.discernment.criterion),
                    _number(result.confidence.mean_when_correct),
                    _number(result.confidence.mean_when_wrong),
                ]
            )
        )
    return out.getvalue()


def results_json(results: ClassResults) -> str:
    """Everything: the session, each student's answers and result, the class statistics.
    The quiz itself is left out (it is the session's snapshot; export it as YAML)."""
    data = results.model_dump(mode="json", exclude={"quiz"})
    data["class_percent"] = results.percent
    for entry, dumped in zip(results.participants, data["participants"], strict=True):
        dumped["result"]["percent"] = entry.result.percent
    return json.dumps(data, ensure_ascii=False, indent=2)


def _response_key(response: bool | int | tuple[int, ...]) -> str:
    if isinstance(response, bool):
        return str(response).lower()
    if isinstance(response, int):
        return str(response)
    return " ".join(str(i) for i in response)


def _response_text(question: Question, response: Any) -> str:
    """The answer as a teacher reads it: the letter and text of a choice, the marked words."""
    if isinstance(question, TrueFalse):
        return str(response).lower()
    picked = response if isinstance(response, tuple) else (response,)
    if isinstance(question, SingleChoice | MultipleChoice):
        return " | ".join(f"{LETTERS[i]}) {question.choices[i]}" for i in picked)
    if isinstance(question, MarkWords):
        return " | ".join(question.words[i].text for i in picked)
    return _response_key(response)


def _moment(value: datetime.datetime | None) -> str:
    """A time as ISO 8601; empty when it has not happened (a student who has not finished)."""
    return "" if value is None else value.isoformat()


def _flag(value: bool) -> str:
    return "1" if value else "0"


def _number(value: float | None) -> str:
    return "" if value is None else f"{value:.4g}"


# A cell a spreadsheet would run as a formula (a student named "=HYPERLINK(…)") is prefixed
# with an apostrophe, the spreadsheet's own way of saying "this is text"; a plain number such
# as a negative d′ stays a number.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


_NUMBER = re.compile(r"-?\d+(?:\.\d+)?(?:e[+-]?\d+)?")


def _safe(row: list[Any]) -> list[Any]:
    return [
        "'" + cell
        if isinstance(cell, str) and cell.startswith(_FORMULA_START) and not _NUMBER.fullmatch(cell)
        else cell
        for cell in row
    ]
