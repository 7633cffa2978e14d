"""Form edits of a quiz (literacy.ui.editing), quiz-file problems in Arabic
(literacy.ui.problems) and the time limit of a try (literacy.ui.attempt)."""

from __future__ import annotations

import pytest
from app_support import FIXTURES

from literacy.errors import QuizFileError
from literacy.quiz import dumps_quiz, loads_quiz
from literacy.ui.attempt import Attempt, answers, end_on_time, seconds_left
from literacy.ui.editing import move_question, remove_question, revise_question, revise_quiz
from literacy.ui.html import problems_html
from literacy.ui.problems import recognise

MINI = (FIXTURES / "en-mini.yaml").read_text(encoding="utf-8")


def mini(**settings):
    quiz = loads_quiz(MINI)
    return revise_quiz(quiz, {}, settings) if settings else quiz


def test_a_reworded_question_is_revalidated_with_its_evidence():
    quiz = mini()
    first = quiz.questions[0]
    revised = revise_question(quiz, 0, {"prompt": "Who says the vote was rigged?"})
    assert revised.questions[0].prompt == "Who says the vote was rigged?"
    assert revised.questions[0].evidence.start == first.evidence.start  # offsets found again
    assert loads_quiz(dumps_quiz(revised)) == revised


def test_feedback_follows_a_reworded_choice():
    quiz = mini()
    index, question = next(
        (i, q)
        for i, q in enumerate(quiz.questions)
        if getattr(q, "feedback", None) and getattr(q, "choices", None)
    )
    noted = next(i for i, c in enumerate(question.choices) if c in question.feedback)
    choices = [c + " (reworded)" for c in question.choices]
    revised = revise_question(
        quiz, index, {"choices": choices, "answer": choices[question.answer_index]}
    ).questions[index]
    assert revised.feedback[choices[noted]] == question.feedback[question.choices[noted]]


def test_a_change_that_breaks_the_quiz_says_where():
    quiz = mini()
    with pytest.raises(QuizFileError) as error:
        revise_question(quiz, 0, {"choices": ["Only one"]})
    paths = [p.path for p in error.value.problems]
    assert ("questions", 1, "choices") in paths


def test_questions_move_and_go():
    quiz = mini()
    ids = [q.id for q in quiz.questions]
    assert [q.id for q in move_question(quiz, 0, 1).questions] == [ids[1], ids[0], *ids[2:]]
    assert [q.id for q in remove_question(quiz, 1).questions] == [ids[0], *ids[2:]]
    with pytest.raises(QuizFileError):
        remove_question(remove_question(remove_question(remove_question(quiz, 0), 0), 0), 0)


def test_settings_and_fields_change_and_empty_means_default():
    quiz = revise_quiz(mini(), {"title": "New", "description": ""}, {"time_limit_minutes": 15})
    assert quiz.title == "New" and quiz.description is None
    assert quiz.settings.time_limit_minutes == 15
    assert revise_quiz(quiz, {}, {"time_limit_minutes": None}).settings.time_limit_minutes is None


# ---- problems in Arabic -------------------------------------------------------------------


def problems_of(source: str):
    with pytest.raises(QuizFileError) as error:
        loads_quiz(source)
    return error.value.problems


BROKEN = {
    "required": MINI.replace("title:", "titel:"),
    "unknown_field_hint": MINI.replace("prompt:", "promt:", 1),
    "not_a_choice": MINI.replace("answer: a", "answer: z"),
    "not_allowed": MINI.replace("skill: checkability", "skill: maths"),
    "bad_id": MINI.replace("id: en-mini", "id: En Mini"),
    "bad_type": MINI.replace("type: true_false", "type: truefalse"),
    "yaml": "id: x\n  title: [unclosed\n",
    "not_a_quiz": "- just\n- a list\n",
}


@pytest.mark.parametrize("kind", BROKEN)
def test_the_library_problems_teachers_meet_most_are_worded_in_arabic(kind):
    problems = problems_of(BROKEN[kind])
    found = [recognise(p.message) for p in problems]
    assert kind in {r.kind for r in found if r is not None}, [p.message for p in problems]
    html = problems_html(problems, lambda n: f"السطر {n}", "ar")
    assert '<bdi dir="rtl">' in html
    assert html == problems_html(problems, lambda n: f"السطر {n}", "ar")


def test_quotes_and_evidence_problems_keep_their_values_isolated():
    source = MINI.replace("evidence: ", "evidence: NOT IN THE ARTICLE ", 1)
    problems = problems_of(source)
    html = problems_html(problems, str, "ar")
    assert "لا يرد في نص المقال" in html
    assert "<bdi>&#x27;NOT IN THE ARTICLE" in html


def test_an_unrecognised_problem_stays_english_and_english_is_untouched():
    problems = problems_of(MINI.replace("id: statement-kind", "id: statement-kind\n    points: -3"))
    assert [recognise(p.message) for p in problems] == [None]
    for language in ("ar", "en"):
        html = problems_html(problems, str, language)
        assert f'<bdi dir="ltr"><code>questions → 1 → points</code>: {problems[0].message}' in html
    assert recognise("something the library will say one day") is None


# ---- the time limit -----------------------------------------------------------------------


def test_time_left_counts_down_from_when_the_clock_started():
    quiz = mini(time_limit_minutes=10)
    attempt = Attempt(quiz.id, seed=1)
    assert seconds_left(quiz, attempt, 1000.0) is None  # not started
    attempt.started_at = 1000.0
    assert seconds_left(quiz, attempt, 1000.0 + 90) == 510
    assert seconds_left(quiz, attempt, 1000.0 + 3600) == 0
    assert seconds_left(mini(), attempt, 5000.0) is None  # no limit


def test_when_time_is_up_every_answer_given_counts():
    quiz = mini(time_limit_minutes=5, show_explanations="after_each")
    attempt = Attempt(quiz.id, seed=1)
    first = quiz.questions[0]
    attempt.responses[first.id] = first.answer_index
    assert answers(quiz, attempt) == {}  # given, not yet checked
    end_on_time(quiz, attempt)
    assert attempt.finished and attempt.timed_out
    assert list(answers(quiz, attempt)) == [first.id]
