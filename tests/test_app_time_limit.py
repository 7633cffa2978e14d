"""A quiz's time limit on the take page (and in the Author page's preview): the time left
is shown, and when it runs out the try ends and the results show. The clock is the
attempt's `started_at`, set back in the test: no sleeping."""

from __future__ import annotations

from app_support import add_quiz, attempt_of, click, fixture_source, set_answer, start

from literacy.ui.attempt import question_order


def test_without_a_limit_there_is_no_clock(data_dir):
    quiz = add_quiz(data_dir, fixture_source("en-mini.yaml"))
    at = start("take", quiz=quiz.id, lang="en")
    assert attempt_of(at, quiz.id).started_at is None
    assert not any("Time left" in c.value for c in at.caption)


def test_the_time_left_shows_and_the_try_ends_when_it_runs_out(data_dir):
    quiz = add_quiz(
        data_dir,
        fixture_source("en-mini.yaml", time_limit_minutes=10, show_explanations="after_each"),
    )
    at = start("take", quiz=quiz.id, lang="en")
    attempt = attempt_of(at, quiz.id)
    assert attempt.started_at is not None
    assert any(c.value.endswith("Time left: 10 min") for c in at.caption)

    attempt.started_at -= 9 * 60 + 30  # half a minute to go
    at.run()
    assert "Less than a minute left." in [w.value for w in at.warning]

    # An answer given but not yet checked when the time runs out still counts.
    first = question_order(quiz, attempt)[0]
    set_answer(at, attempt, first, first.answer_index)
    attempt.started_at -= 60
    at.run()
    assert not at.exception, at.exception
    assert attempt.finished and attempt.timed_out
    assert at.warning[0].value.startswith("Time is up: the quiz ended after 10 minutes")
    assert "(25%)" in at.metric[0].value  # one question of four, answered right

    click(at, "take/try-again")
    again = attempt_of(at, quiz.id)
    assert not again.finished and not again.timed_out and again.started_at is not None


def test_the_time_is_up_in_arabic_too(data_dir):
    quiz = add_quiz(data_dir, fixture_source("en-mini.yaml", time_limit_minutes=5))
    at = start("take", quiz=quiz.id, lang="ar")
    attempt_of(at, quiz.id).started_at -= 3600
    at.run()
    assert at.warning[0].value.startswith("انتهى الوقت")
