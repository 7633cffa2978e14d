"""The library index, attempts (orders, answers) and answer review, without Streamlit."""

from __future__ import annotations

from pathlib import Path

import pytest
from app_support import BUKAMAL, fixture_source, right_answer, wrong_answer

from literacy.quiz import load_quiz, loads_quiz
from literacy.scoring import score
from literacy.ui.attempt import (
    Attempt,
    answers,
    choice_order,
    has_response,
    question_order,
    quiz_version,
    unanswered,
    verdict,
)
from literacy.ui.library import Filters, read_library, save_quiz_source, search, stamp
from literacy.ui.review import review_choices, word_feedback


@pytest.fixture
def folders(tmp_path: Path):
    bundled, saved = tmp_path / "bundled", tmp_path / "saved"
    (bundled / "ar").mkdir(parents=True)
    saved.mkdir()
    (bundled / "ar" / "bukamal-2017.yaml").write_bytes(BUKAMAL.read_bytes())
    (saved / "en-mini.yml").write_text(fixture_source("en-mini.yaml"), encoding="utf-8")
    return bundled, saved


def test_library_reads_both_folders_bundled_first(folders):
    bundled, saved = folders
    library = read_library(stamp([("bundled", bundled), ("saved", saved)]))
    assert [(e.id, e.origin) for e in library.entries] == [
        ("bukamal-2017", "bundled"),
        ("en-mini", "saved"),
    ]
    entry = library.get("bukamal-2017")
    assert entry.skills == ("source", "checkability", "loaded_language")
    assert library.get("nope") is None and not library.broken


def test_an_id_clash_and_a_bad_file_are_reported(folders):
    bundled, saved = folders
    (saved / "copy.yaml").write_bytes(BUKAMAL.read_bytes())
    (saved / "bad.yaml").write_text("id: [", encoding="utf-8")
    library = read_library(stamp([("bundled", bundled), ("saved", saved)]))
    assert len(library.entries) == 2
    problems = {b.path.name: b.problems[0] for b in library.broken}
    assert "already the id of" in problems["copy.yaml"].message
    assert problems["bad.yaml"].line == 1


def test_the_stamp_changes_when_a_file_does(folders, tmp_path):
    saved = folders[1]
    before = stamp([("saved", saved)])
    (saved / "en-mini.yml").write_text(fixture_source("en-mini.yaml") + "\n", encoding="utf-8")
    assert stamp([("saved", saved)]) != before
    assert stamp([("saved", tmp_path / "missing")]) == ()


@pytest.mark.parametrize(
    "filters, ids",
    [
        (Filters(), ["bukamal-2017", "en-mini"]),
        (Filters(query="البوكمال"), ["bukamal-2017"]),
        (Filters(query="قابليه التحقق"), ["bukamal-2017"]),  # a tag, ta marbuta normalised
        (Filters(query="BRIDGE council"), ["en-mini"]),
        (Filters(query="bridge البوكمال"), []),
        (Filters(language="en"), ["en-mini"]),
        (Filters(level="medium"), ["bukamal-2017"]),
        (Filters(skill="checkability"), ["bukamal-2017", "en-mini"]),
        (Filters(skill="general"), []),
    ],
)
def test_search(folders, filters, ids):
    bundled, saved = folders
    library = read_library(stamp([("bundled", bundled), ("saved", saved)]))
    assert [e.id for e in search(library, filters)] == ids


def test_save_writes_the_file_as_given(tmp_path):
    source = fixture_source("en-mini.yaml")
    path = save_quiz_source(source, loads_quiz(source), tmp_path / "quizzes")
    assert path.name == "en-mini.yaml" and path.read_text(encoding="utf-8") == source
    assert [p.name for p in path.parent.iterdir()] == ["en-mini.yaml"]


def test_orders_follow_the_settings_and_the_seed():
    quiz = load_quiz(BUKAMAL)  # shuffle_choices, but the kind questions keep their order
    first = Attempt(quiz.id, seed=1)
    assert question_order(quiz, first) == quiz.questions
    shuffled = quiz.question("air-cover-source")
    orders = {choice_order(quiz, shuffled, Attempt(quiz.id, seed=s)) for s in range(20)}
    assert len(orders) > 5 and all(sorted(o) == [0, 1, 2, 3] for o in orders)
    assert choice_order(quiz, shuffled, first) == choice_order(
        quiz, shuffled, Attempt(quiz.id, seed=1)
    )
    kept = quiz.question("army-announcement-kind")
    assert {choice_order(quiz, kept, Attempt(quiz.id, seed=s)) for s in range(5)} == {(0, 1, 2, 3)}
    again = first.retry(seed=2)
    assert again.number == 2 and question_order(quiz, again) != quiz.questions
    assert sorted(q.id for q in question_order(quiz, again)) == sorted(q.id for q in quiz.questions)


def test_no_choice_shuffle_unless_asked():
    quiz = loads_quiz(fixture_source("en-mini.yaml"))
    assert choice_order(quiz, quiz.questions[0], Attempt(quiz.id, seed=9)) == (0, 1, 2)
    assert choice_order(quiz, quiz.questions[1], Attempt(quiz.id, seed=9)) == ()


@pytest.mark.parametrize(
    "index, response, expected",
    [
        (0, 1, True),
        (0, True, False),
        (0, None, False),
        (1, False, True),
        (1, 0, False),
        (2, (), False),
        (2, (1,), True),
        (3, (), False),
        (3, (0, 2), True),
    ],
)
def test_has_response(index, response, expected):
    quiz = loads_quiz(fixture_source("en-mini.yaml"))
    assert has_response(quiz.questions[index], response) is expected


def test_answers_count_when_checked_or_given_per_timing():
    after_each = loads_quiz(fixture_source("en-mini.yaml"))
    at_end = loads_quiz(fixture_source("en-mini.yaml", show_explanations="at_end"))
    for quiz, counted in (
        (after_each, {"statement-kind"}),
        (at_end, {"statement-kind", "loaded-words"}),
    ):
        attempt = Attempt(quiz.id, seed=0)
        attempt.responses = {"statement-kind": 0, "loaded-words": (1,)}
        attempt.confidence = {"statement-kind": 4}
        attempt.checked = {"statement-kind"}
        given = answers(quiz, attempt)
        assert set(given) == counted
        assert given["statement-kind"].confidence == 4
        assert unanswered(quiz, attempt) == [
            n for n, q in enumerate(quiz.questions, 1) if q.id not in counted
        ]
        assert score(quiz, given).points == 4


def test_verdicts_and_choice_review():
    quiz = loads_quiz(fixture_source("en-mini.yaml"))
    single, true_false, multiple, words = quiz.questions
    assert verdict(single, right_answer(single)) == "correct"
    assert verdict(multiple, (0,)) == "partly" and verdict(multiple, (2, 3)) == "wrong"
    rows = review_choices(single, 1, (2, 1, 0))
    assert [r.text for r in rows] == [
        "No source at all",
        "An anonymous source",
        "A named organisation",
    ]
    assert [(r.correct, r.picked, r.shows_feedback) for r in rows] == [
        (False, False, False),
        (False, True, True),
        (True, False, False),
    ]
    rows = review_choices(true_false, False, true_false=("صح", "خطأ"))
    assert [(r.text, r.correct, r.picked) for r in rows] == [
        ("صح", True, False),
        ("خطأ", False, True),
    ]
    assert rows[1].feedback.startswith("Council votes are public")
    taxpayers = [w.text for w in words.words].index("taxpayers")
    assert word_feedback(words, (taxpayers,)) == [
        ("taxpayers", '"Taxpayers" is a plain description of who pays.')
    ]
    assert word_feedback(words, wrong_answer(words)) == []


def test_quiz_version_follows_the_questions_not_the_settings():
    source = fixture_source("en-mini.yaml")
    version = quiz_version(loads_quiz(source))
    assert quiz_version(loads_quiz(source)) == version
    assert quiz_version(loads_quiz(fixture_source("en-mini.yaml", ask_confidence=False))) == version
    assert (
        quiz_version(loads_quiz(source.replace("Click the loaded", "Mark the loaded"))) != version
    )
    assert Attempt("q", seed=1, version="v").retry(seed=2).version == "v"
