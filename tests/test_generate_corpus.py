"""Every paragraph of the development data becomes a valid quiz, or a clear message.

A corpus test, not a timed one: it reads the research data in ../shared/eval (never copied
into this repository) and is skipped, saying so, on a machine without it.
"""

from __future__ import annotations

import csv
import json
import os
from pathlib import Path

import pytest

from literacy.analysis import analyze
from literacy.generate import NotEnoughMaterial, generate_report
from literacy.generate.context import Context
from literacy.generate.validate import problems
from literacy.quiz import dumps_quiz, loads_quiz

EVAL = Path(
    os.environ.get("LITERACY_EVAL_DIR", Path(__file__).resolve().parents[2] / "shared" / "eval")
)
pytestmark = pytest.mark.skipif(
    not EVAL.is_dir(), reason=f"no evaluation data at {EVAL} (set LITERACY_EVAL_DIR)"
)


def _tsv(name: str, column: str) -> list[str]:
    with open(EVAL / name, encoding="utf-8") as stream:
        return [
            row[column] for row in csv.DictReader(stream, delimiter="\t", quoting=csv.QUOTE_NONE)
        ]


def _paragraphs() -> list[str]:
    texts = [
        json.loads(line)["paragraph"]
        for line in (EVAL / "armpro-spans-dev.jsonl").read_text(encoding="utf-8").splitlines()
    ]
    texts += _tsv("thatiar-subjectivity-dev.tsv", "sentence")
    texts += _tsv("ct22-claims-dev.tsv", "tweet_text")
    texts += [d["text"] for d in json.loads((EVAL / "wanlp22-spans-dev.json").read_text("utf-8"))]
    return texts


def test_every_development_paragraph_gives_a_valid_quiz_or_a_clear_message():
    paragraphs = _paragraphs()
    assert len(paragraphs) > 1000
    quizzes = 0
    for text in paragraphs:
        try:
            report = generate_report(text)
        except NotEnoughMaterial as error:
            assert error.shortfalls and str(error), text
            continue
        quizzes += 1
        quiz = report.quiz
        assert loads_quiz(dumps_quiz(quiz)) == quiz, text
        # Checked again against an analysis made afresh, not the generator's own state.
        fresh = analyze(text)
        ctx = Context.build(fresh, fresh)
        for draft, question in zip(report.picked, quiz.questions, strict=True):
            assert draft.question.id == question.id
            assert problems(draft, ctx) == [], (text, question.prompt)
    assert quizzes > len(paragraphs) // 2


def _english_paragraphs() -> list[str]:
    english = EVAL / "en"
    texts = _tsv("en/checkthat-subjectivity-dev.tsv", "sentence")
    for name in sorted((english / "polnear-dev" / "text").glob("*.txt"))[:40]:
        texts += [p for p in name.read_text(encoding="utf-8").split("\n\n") if p.strip()]
    for name in sorted((english / "ptc-train" / "articles").glob("*.txt"))[:40]:
        texts += [p for p in name.read_text(encoding="utf-8").split("\n\n") if p.strip()]
    return texts


@pytest.mark.skipif(not (EVAL / "en").is_dir(), reason=f"no English evaluation data in {EVAL}")
def test_every_english_development_paragraph_gives_a_valid_quiz_or_a_clear_message():
    paragraphs = _english_paragraphs()
    assert len(paragraphs) > 1000
    quizzes = 0
    for text in paragraphs:
        try:
            report = generate_report(text, language="en")
        except NotEnoughMaterial as error:
            assert error.shortfalls and str(error), text
            continue
        quizzes += 1
        quiz = report.quiz
        assert quiz.language == "en"
        assert loads_quiz(dumps_quiz(quiz)) == quiz, text
        fresh = analyze(text, "en")
        ctx = Context.build(fresh, fresh)
        for draft, question in zip(report.picked, quiz.questions, strict=True):
            assert problems(draft, ctx) == [], (text, question.prompt)
    assert quizzes > len(paragraphs) // 3
