"""Finishing a self-paced classroom quiz in a real browser: the confirmation, the results,
and every way back refused: an answer from a tab left open, an edited link, a reload. The
teacher's dashboard shows who finished. Screenshots in tests/artifacts/."""

from __future__ import annotations

import time

import pytest
from test_browser import settle
from test_browser_classroom import (
    PHONE,
    PROJECTOR,
    QUIZ,
    SHOWN,
    Student,
    app,  # noqa: F401 (a fixture)
    browser,  # noqa: F401 (a fixture)
    confirm,
    shot,
)

from literacy.classroom import ClassroomStore, SessionOptions

pytestmark = pytest.mark.browser

FINISHED = "You have finished. Your answers are saved and can no longer change."
REFUSED = "You have finished the quiz, so your answer to question 1 can no longer change."


def test_a_student_finishes_sees_results_and_cannot_go_back(browser, app):  # noqa: F811
    # Imported here: without playwright this module still loads, and the fixture says why.
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    first, second = QUIZ.questions[0], QUIZ.questions[1]
    store = ClassroomStore(f"sqlite:///{app.data / 'classroom.sqlite3'}")
    try:
        started = store.create_session(
            QUIZ, SessionOptions(show_results="at_end", shuffle_questions=False)
        )
        code, host_key = started.session.join_code, started.host_key

        sara = Student(browser, app, code, "Sara")
        sara.join()
        Student(browser, app, code, "Omar").join()
        sara.pick("A named organisation")
        sara.page.get_by_role("button", name="Next question", exact=True).click()
        settle(sara.page)
        sara.pick("False")
        url = sara.page.url
        token = url.split("token=")[1].split("&")[0]
        # A second tab on question 1, opened before finishing and left there.
        elsewhere = sara.context.new_page()
        elsewhere.goto(url.replace("q=2", "q=1"))
        elsewhere.locator(SHOWN).first.wait_for()

        sara.page.goto(url.replace("q=2", "q=4"))
        sara.page.locator(".lit-prompt").wait_for()
        assert first.explanation not in sara.received()  # nothing before finishing
        confirm(sara.page, "After that your answers can no longer change.")
        sara.page.get_by_text("question(s) 3 and 4: they will count as wrong").wait_for()
        shot(sara.page, "classroom-finish-confirm-en", PHONE)
        confirm(sara.page, "After that your answers can no longer change.")  # placed anew
        sara.page.get_by_role("button", name="Yes, finish", exact=True).click()
        deadline = time.monotonic() + 20
        while not store.resume(code, token).finished:
            assert time.monotonic() < deadline, "finishing was not stored"
            time.sleep(0.05)
        before = _saved(store, host_key)

        # The tab left open sends a change right away: refused, and it shows the end too.
        try:
            elsewhere.locator(SHOWN).filter(has_text="An anonymous source").click(timeout=3_000)
            elsewhere.get_by_text(REFUSED).wait_for()
        except PlaywrightTimeout:
            print("the watcher of the other tab noticed the finish before the click")
        elsewhere.get_by_text(FINISHED).wait_for()
        settle(elsewhere)
        assert elsewhere.locator(SHOWN).count() == 0

        sara.page.get_by_text(FINISHED).wait_for()
        # The results, "when they finish": the score and the review of every question.
        sara.page.locator("[data-testid=stMetric]", has_text="Score").wait_for()
        sara.page.locator("[data-testid=stExpander] summary").first.click()
        sara.page.get_by_text(first.explanation).first.wait_for()
        assert "done=" not in sara.page.url and "q=" not in sara.page.url
        shot(sara.page, "classroom-finished-en", PHONE)

        # An edited link (back to question 1, the old "done" flag off) and a reload.
        for go in (lambda: sara.page.goto(url.replace("q=2", "q=1") + "&done=0"), sara.page.reload):
            go()
            sara.page.get_by_text(FINISHED).wait_for()
            settle(sara.page)
            assert sara.page.locator(SHOWN).count() == 0
        assert _saved(store, host_key) == before == {first.id: (0, 1), second.id: (False, 1)}

        teacher_context = browser.new_context(viewport=PROJECTOR)
        teacher = teacher_context.new_page()
        teacher.set_default_timeout(30_000)
        teacher.goto(f"{app.base}/classroom?host={host_key}&lang=en")
        finished = teacher.locator("[data-testid=stMetric]", has_text="Finished")
        finished.get_by_text("1 of 2").wait_for()
        teacher.locator("[data-testid=stDataFrame]").first.wait_for()
        shot(teacher, "classroom-host-finished-en", PROJECTOR)
        teacher_context.close()
    finally:
        store.close()


def _saved(store: ClassroomStore, host_key: str) -> dict:
    entry = next(
        p for p in store.class_results(host_key).participants if p.participant.name == "Sara"
    )
    return {q: (a.answer.response, a.revision) for q, a in entry.answers.items()}
