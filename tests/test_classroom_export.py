"""Exports a teacher keeps (CSV, JSON) read back and checked; the projector's QR code."""

from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET

import pytest
from classroom_support import bukamal, right_response, with_backends, wrong_response

from literacy.classroom import (
    CSV_ENCODING,
    SessionOptions,
    answers_csv,
    join_qr_svg,
    results_json,
    summary_csv,
)
from literacy.classroom.export import ANSWER_COLUMNS, summary_columns
from literacy.scoring import Answer


def _rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


@pytest.fixture
def finished(store):
    """A closed session of the Arabic quiz: Sara right on everything (and finished), a
    formula-named student wrong on the first three questions, a third who answered nothing."""
    quiz = bukamal()
    started = store.create_session(quiz, SessionOptions(show_results="at_end"))
    code = started.session.join_code
    sara = store.join(code, "Sara")
    sly = store.join(code, "=HYPERLINK(1)")
    store.join(code, "مريم")
    for question in quiz.questions:
        store.submit(sara.token, question.id, Answer(response=right_response(quiz, question.id)))
    store.finish(sara.token)
    for question in quiz.questions[:3]:
        answer = Answer(response=wrong_response(quiz, question.id), confidence=5)
        store.submit(sly.token, question.id, answer)
    store.close_session(started.host_key)
    return quiz, store.class_results(started.host_key)


@with_backends
def test_answers_csv_has_a_row_per_student_and_question(finished):
    quiz, results = finished
    rows = _rows(answers_csv(results))
    assert tuple(rows[0]) == ANSWER_COLUMNS
    assert len(rows) == 3 * len(quiz.questions)
    sara = [r for r in rows if r["name"] == "Sara"]
    assert [r["question_id"] for r in sara] == [q.id for q in quiz.questions]
    assert all(r["correct"] == "1" for r in sara)
    assert sum(float(r["credit"]) for r in sara) == pytest.approx(
        sum(q.points for q in quiz.questions)
    )
    first = sara[0]
    assert first["response_text"].startswith("b) ")  # the letter and the choice's text
    marked = next(r for r in sara if r["question_id"] == "mark-support-loaded")
    assert "الواضح" in marked["response_text"]

    sly = [r for r in rows if r["participant_id"] == str(results.participants[1].participant.id)]
    assert sly[0]["name"] == "'=HYPERLINK(1)"  # never a formula in a spreadsheet
    assert [r["correct"] for r in sly[:4]] == ["0", "0", "0", ""]
    assert sly[0]["confidence"] == "5" and sly[3]["response"] == ""
    assert all(r["response"] == "" for r in rows if r["name"] == "مريم")
    finished = results.participants[0].participant.finished_at
    assert {r["finished_at"] for r in sara} == {finished.isoformat()}
    assert all(r["finished_at"] == "" for r in rows if r["name"] != "Sara")


@with_backends
def test_summary_csv_has_a_row_per_student(finished):
    quiz, results = finished
    rows = _rows(summary_csv(results))
    assert tuple(rows[0]) == summary_columns()
    assert [r["name"] for r in rows] == ["Sara", "'=HYPERLINK(1)", "مريم"]
    assert [r["answered"] for r in rows] == [str(len(quiz.questions)), "3", "0"]
    assert rows[0]["finished_at"] >= rows[0]["joined_at"] and rows[0]["finished_at"]
    assert [r["finished_at"] for r in rows[1:]] == ["", ""]
    assert float(rows[0]["percent"]) == 100.0 and float(rows[2]["percent"]) == 0.0
    assert float(rows[0]["hit_rate"]) == 1.0 and float(rows[0]["false_alarm_rate"]) == 0.0
    assert float(rows[0]["source_percent"]) == 100.0
    assert rows[2]["d_prime"] == ""  # nothing answered, nothing to measure
    assert summary_csv(results).encode(CSV_ENCODING).startswith(b"\xef\xbb\xbf")


@with_backends
def test_json_export_holds_everything(finished):
    quiz, results = finished
    data = json.loads(results_json(results))
    assert data["session"]["join_code"] == results.session.join_code
    assert data["session"]["closed_at"] is not None
    assert [p["participant"]["name"] for p in data["participants"]] == [
        "Sara",
        "=HYPERLINK(1)",  # JSON is data, not a spreadsheet: the name as typed
        "مريم",
    ]
    sara = data["participants"][0]
    assert len(sara["answers"]) == len(quiz.questions)
    finished = results.participants[0].participant.finished_at
    assert sara["participant"]["finished_at"] == finished.isoformat().replace("+00:00", "Z")
    assert [p["participant"]["finished_at"] for p in data["participants"][1:]] == [None, None]
    assert sara["result"]["percent"] == 100.0
    assert "token" not in json.dumps(data) and "host_key" not in json.dumps(data)
    first = data["questions"][0]
    assert (first["answered"], first["correct"]) == (2, 1)
    assert sum(o["count"] for o in first["options"]) == 2
    assert data["class_percent"] == pytest.approx(results.percent)


def test_the_join_qr_code_is_an_svg_that_scales():
    svg = join_qr_svg("https://school.example/join?code=CFG349")
    root = ET.fromstring(svg)
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    assert root.get("viewBox") and root.get("width") is None
    assert join_qr_svg("https://school.example/join?code=CFG349") == svg
    assert join_qr_svg("https://school.example/join?code=HJK777") != svg


def test_numbers_stay_numbers_and_formulas_stay_text():
    from literacy.classroom.export import _safe

    assert _safe(["-0.6745", "-1e-05", "12", "=HYPERLINK(1)", "-x", "@a", "Sara"]) == [
        "-0.6745",
        "-1e-05",
        "12",
        "'=HYPERLINK(1)",
        "'-x",
        "'@a",
        "Sara",
    ]
