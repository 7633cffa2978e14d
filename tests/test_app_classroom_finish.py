"""Finishing a classroom quiz on the student's page (AppTest): a confirmation, then the
results; reloading, editing the link or answering from a page left open elsewhere cannot
undo it. The teacher's dashboard shows who finished."""

from __future__ import annotations

import pytest
from app_support import (
    add_quiz,
    answer_key,
    click,
    errors,
    fixture_source,
    html_text,
    joined_student,
    reload,
    start,
)

from literacy.classroom import ClassroomStore, SessionOptions
from literacy.quiz import Quiz

IN_ORDER = SessionOptions(shuffle_questions=False)


@pytest.fixture
def mini(data_dir) -> Quiz:
    return add_quiz(data_dir, fixture_source("en-mini.yaml", show_explanations="at_end"))


@pytest.fixture
def store(data_dir):
    made = ClassroomStore.from_environment()
    yield made
    made.close()


def saved(store: ClassroomStore, host_key: str, name: str = "Sara") -> dict:
    results = store.class_results(host_key)
    entry = next(p for p in results.participants if p.participant.name == name)
    return {q: (a.answer.response, a.revision) for q, a in entry.answers.items()}


def test_a_student_finishes_after_a_confirmation_and_then_nothing_can_change(mini, store):
    started = store.create_session(mini, IN_ORDER)
    code, host = started.session.join_code, started.host_key
    at = joined_student(code, "Sara")
    first, second = mini.questions[0], mini.questions[1]
    at.radio(key=answer_key(mini, at, first.id)).set_value(0).run()
    click(at, "join/next")
    at.radio(key=answer_key(mini, at, second.id)).set_value(True).run()
    token = at.query_params["token"]
    # Another tab, left open on question 1.
    elsewhere = start("join", code=code, token=token, q="1", lang="en")

    at.query_params["q"] = "4"
    at.run()
    assert first.explanation not in html_text(at)  # nothing before finishing
    assert [w.value for w in at.warning] == [
        "No answer yet for question(s) 3 and 4: they will count as wrong."
    ]
    click(at, "join/finish")  # inside the "Finish" confirmation
    assert store.resume(code, token).finished
    assert at.success[0].value == (
        "You have finished. Your answers are saved and can no longer change."
    )
    assert at.metric[0].label == "Score"
    assert first.explanation in html_text(at)  # the review, "when they finish"
    assert not at.radio and not at.checkbox and not at.pills  # no question any more
    assert "q" not in at.query_params and "done" not in at.query_params

    before = saved(store, host)
    for again in (
        reload(at),
        start("join", code=code, token=token, q="1", lang="en"),  # an edited link
        start("join", code=code, token=token, q="2", done="0", lang="en"),
    ):
        assert not again.radio and not again.checkbox and not again.pills
        assert again.success[0].value.startswith("You have finished.")

    elsewhere.radio(key=answer_key(mini, elsewhere, first.id)).set_value(1).run()
    assert errors(elsewhere) == [
        "You have finished the quiz, so your answer to question 1 can no longer change."
    ]
    assert not elsewhere.radio  # the page now shows the end, as everywhere else
    assert saved(store, host) == before == {first.id: (0, 1), second.id: (True, 1)}


def test_answering_everything_shows_nothing_until_the_student_finishes(mini, store):
    """The old "done" flag in the link no longer shows results: only finishing does."""
    started = store.create_session(mini, IN_ORDER)
    at = joined_student(started.session.join_code, "Omar")
    token = at.query_params["token"]
    for question in mini.questions:
        store.submit(token, question.id, {"response": _any_response(question)})
    at = start("join", code=started.session.join_code, token=token, q="4", done="1", lang="en")
    assert at.radio or at.checkbox or at.pills  # still the questions
    assert not any(q.explanation in html_text(at) for q in mini.questions)
    assert not at.metric
    assert not at.warning  # everything answered: the confirmation lists nothing missing
    click(at, "join/finish")
    assert all(q.explanation.replace('"', "&quot;") in html_text(at) for q in mini.questions)


def _any_response(question):
    return {"single_choice": 0, "true_false": True}.get(question.type, (0,))


def test_with_feedback_after_each_answer_finishing_early_ends_the_quiz(data_dir, store):
    quiz = add_quiz(data_dir, fixture_source("en-mini.yaml"))  # after_each
    started = store.create_session(quiz, IN_ORDER)
    at = joined_student(started.session.join_code, "Hadi")
    first = quiz.questions[0]
    key = answer_key(quiz, at, first.id)
    at.radio(key=key).set_value(0).run()
    click(at, f"{key.removesuffix('-answer')}-check")
    assert first.explanation in html_text(at)  # at once: this answer is final
    at.query_params["q"] = "4"
    at.run()
    click(at, "join/finish")
    assert at.metric[0].label == "Score"
    assert at.metric[0].value == "1 of 4 points (25%)"
    token = at.query_params["token"]
    again = start("join", code=started.session.join_code, token=token, q="2", lang="en")
    assert not again.radio and again.success[0].value.startswith("You have finished.")


def test_teacher_paced_students_do_not_finish_by_themselves(mini, store):
    started = store.create_session(mini, SessionOptions(pacing="teacher"))
    at = joined_student(started.session.join_code, "Lina")
    for question in mini.questions:
        store.open_question(started.host_key, question.id)
        at.run()
        assert at.get("popover") == [] and "join/finish" not in [b.key for b in at.button]
    store.lock_session(started.host_key)
    at.run()
    assert at.success[0].value == "All your answers are saved."  # the teacher ended it


def test_the_dashboard_shows_who_finished(mini, store):
    started = store.create_session(mini, IN_ORDER)
    code = started.session.join_code
    for name in ("Ali", "Badr", "Carla"):
        at = joined_student(code, name)
        at.radio(key=answer_key(mini, at, mini.questions[0].id)).set_value(0).run()
        if name == "Badr":
            at.query_params["q"] = "4"
            at.run()
            click(at, "join/finish")
    host = start("classroom", host=started.host_key, lang="en")
    metrics = {m.label: m.value for m in host.metric}
    assert metrics["Finished"] == "1 of 3"
    table = host.dataframe[0].value
    assert list(table["name"]) == ["Ali", "Badr", "Carla"]
    assert list(table["finished"]) == ["", "✓", ""]

    paced = store.create_session(mini, SessionOptions(pacing="teacher"))
    joined_student(paced.session.join_code, "Dana")
    host = start("classroom", host=paced.host_key, lang="ar")
    metrics = {m.label: m.value for m in host.metric}
    assert metrics["أجابوا عن كل الأسئلة"] == "0 من 1"  # no one finishes by themselves here
    assert "finished" not in host.dataframe[0].value.columns


def test_when_the_teacher_locks_everything_a_self_paced_student_sees_the_end(mini, store):
    started = store.create_session(mini, IN_ORDER)
    at = joined_student(started.session.join_code, "Rami")
    at.radio(key=answer_key(mini, at, mini.questions[0].id)).set_value(0).run()
    store.lock_session(started.host_key)
    at.run()
    assert at.success[0].value == "All your answers are saved."
    assert at.metric[0].label == "Score"  # nothing can change now: "when they finish" is now
    assert not at.radio and at.get("popover") == []
