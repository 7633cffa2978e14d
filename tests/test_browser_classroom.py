"""A live classroom session end to end in real browsers: one teacher and three students, each
in their own browser context, against `streamlit run app.py` on an SQLite file.

The session runs teacher-paced: the teacher opens the projector view from the host page's
link (it follows every step below, with no controls); students join (two names are refused
on the way), answer, one reloads, the teacher reveals; then the app process is killed and
started again on the same database in the middle of a question, and the session carries on
to the close. Before
each reveal the students' page source and every websocket frame they received are searched
for the answer key. Screenshots of the host page, the projector view and a student's phone,
in the English and the Arabic interface, go to tests/artifacts/.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from app_support import BUKAMAL, FIXTURES, ROOT
from classroom_support import right_response, wrong_response
from test_browser import ARTIFACTS, CHROMIUM, _browser_missing, _free_port, expect, settle

from literacy.classroom import ClassroomStore, SessionOptions
from literacy.quiz import load_quiz
from literacy.scoring import Answer

pytestmark = pytest.mark.browser

QUIZ = load_quiz(FIXTURES / "en-mini.yaml")
PHONE = {"width": 420, "height": 860}
PROJECTOR = {"width": 1400, "height": 1000}
SHOWN = '[data-testid="stRadioOption"]'
# Anything on the page that acts: buttons (but not a chart's or image's own view toolbar),
# downloads, popovers, toggles.
CONTROLS = ", ".join(
    f"[data-testid=stMain] {selector}"
    for selector in (
        "[data-testid^=stBaseButton]:not([data-testid=stBaseButton-elementToolbar])",
        "[data-testid=stDownloadButton]",
        "[data-testid=stPopover]",
        "[data-testid=stCheckbox]",
    )
)


class App:
    """`streamlit run app.py` on a fixed port and data folder, which can be killed and
    started again (a crash, a redeploy) while browsers stay connected."""

    def __init__(self, data: Path, port: int):
        self.data, self.port = data, port
        self.base = f"http://127.0.0.1:{port}"
        self.process: subprocess.Popen | None = None

    def start(self) -> None:
        log = (self.data / "streamlit.log").open("a")
        command = [sys.executable, "-m", "streamlit", "run", "app.py"]
        command += ["--server.headless", "true", "--server.port", str(self.port)]
        command += ["--browser.gatherUsageStats", "false"]
        self.process = subprocess.Popen(
            command,
            cwd=ROOT,
            env={**os.environ, "LITERACY_DATA_DIR": str(self.data)},
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"{self.base}/_stcore/health", timeout=2) as answer:
                    if answer.status == 200:
                        return
            except OSError:
                pass
            if self.process.poll() is not None or time.monotonic() > deadline:
                pytest.fail(
                    "streamlit did not start:\n" + (self.data / "streamlit.log").read_text()
                )
            time.sleep(0.3)

    def kill(self) -> None:
        """As a crash would: no clean shutdown."""
        if self.process is not None and self.process.poll() is None:
            self.process.kill()
            self.process.wait(timeout=10)


@pytest.fixture(scope="module")
def browser():
    missing = _browser_missing()
    if missing:
        if os.environ.get("LITERACY_REQUIRE_BROWSER"):
            pytest.fail(f"browser tests are required here but {missing}")
        pytest.skip(f"browser tests skipped: {missing} (see tests/test_browser.py)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=["--no-sandbox"])
        yield chromium
        chromium.close()


@pytest.fixture
def app(browser, tmp_path):
    data = tmp_path / "data"
    (data / "quizzes").mkdir(parents=True)
    shutil.copy(FIXTURES / "en-mini.yaml", data / "quizzes" / "en-mini.yaml")
    served = App(data, _free_port())
    served.start()
    yield served
    served.kill()


class Student:
    """One phone: its own browser context, and every websocket frame it received."""

    def __init__(self, browser, app: App, code: str, name: str):
        self.name = name
        self.context = browser.new_context(viewport=PHONE)
        self.page = self.context.new_page()
        self.page.set_default_timeout(30_000)
        self.frames: list[bytes] = []
        self.page.on("websocket", self._listen)
        self.page.goto(f"{app.base}/join?code={code}&lang=en")
        self.page.get_by_label("Your name").wait_for()

    def _listen(self, socket) -> None:
        def keep(payload) -> None:
            self.frames.append(payload if isinstance(payload, bytes) else payload.encode())

        socket.on("framereceived", keep)

    def join(self, name: str | None = None) -> None:
        self.page.get_by_label("Your name").fill(name or self.name)
        self.page.get_by_role("button", name="Join", exact=True).click()
        settle(self.page)

    def received(self) -> str:
        """Everything the server sent and everything on the page, as text to search."""
        frames = b"".join(self.frames).decode("utf-8", errors="replace")
        return frames + self.page.content()

    def pick(self, label: str) -> None:
        self.page.locator(SHOWN).filter(has_text=label).click()
        settle(self.page)

    def picked(self) -> list[str]:
        checked = self.page.locator(f"{SHOWN}:has(input:checked)")
        return [text.strip() for text in checked.all_inner_texts()]

    def wait_for_a_pick(self) -> None:
        """A reloaded page may draw the saved answer's radio button a moment after «✓
        Saved»: wait until one is checked (a lost answer still fails, by timing out)."""
        self.page.locator(f"{SHOWN}:has(input:checked)").first.wait_for()


def secrets_of(question, marks: bool = True) -> list[str]:
    """What would give the answer away: the explanation, the author's feedback, and (before
    any reveal) the classes that mark a right answer or the evidence."""
    found = [question.explanation, *question.feedback.values()]
    # As attributes: the stylesheet on every page names the classes too.
    return found + (['class="lit-correct"', 'class="lit-evidence"'] if marks else [])


def shot(page, name: str, size: dict) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    height = page.evaluate(
        "() => document.querySelector('[data-testid=stMainBlockContainer]').scrollHeight"
    )
    page.set_viewport_size({"width": size["width"], "height": max(size["height"], height + 120)})
    page.wait_for_timeout(700)
    page.screenshot(path=ARTIFACTS / f"{name}.png")
    page.set_viewport_size(size)


def confirm(page, question: str) -> None:
    """Open a student's "Finish" confirmation (again, when open: a screenshot's resizing
    leaves it where the page was before)."""
    if page.get_by_text(question).is_visible():
        page.keyboard.press("Escape")
        page.get_by_text(question).wait_for(state="hidden")
    page.locator("[data-testid=stPopover] button").click()
    page.get_by_text(question).wait_for()


def choose(page, label: str, option: str) -> None:
    page.get_by_label(label).click()
    page.get_by_role("option", name=option, exact=True).click()
    settle(page)


def click(page, name: str) -> None:
    page.get_by_role("button", name=name, exact=True).click()
    settle(page)


def test_a_whole_teacher_paced_session_survives_a_reload_and_a_restart(browser, app):
    first, second = QUIZ.questions[0], QUIZ.questions[1]
    teacher_context = browser.new_context(viewport=PROJECTOR)
    teacher = teacher_context.new_page()
    teacher.set_default_timeout(30_000)
    teacher.goto(f"{app.base}/classroom?quiz={QUIZ.id}&lang=en")
    teacher.get_by_text("Teacher-paced", exact=True).click()
    settle(teacher)
    choose(teacher, "When students see whether they were right", "Only what you reveal")
    click(teacher, "Start the session")
    teacher.locator(".lit-join-code").wait_for()
    code = teacher.locator(".lit-join-code").inner_text().replace(" ", "")
    assert "host=" in teacher.url and len(code) == 6

    # The projector view opens in a new tab from the host page's link: the same code, no
    # host key in its address, nothing to press.
    with teacher_context.expect_page() as opened:
        teacher.get_by_role("link", name="Open the projector view").click()
    projector = opened.value
    projector.set_default_timeout(30_000)
    projector.locator(".lit-join-code").wait_for()
    assert projector.locator(".lit-join-code").inner_text().replace(" ", "") == code
    host_key = teacher.url.split("host=")[1].split("&")[0]
    assert "view=" in projector.url and host_key not in projector.url
    projector.get_by_text("Projector view: it follows", exact=False).wait_for()
    expect(projector.locator(CONTROLS)).to_have_count(0)
    assert teacher.locator(CONTROLS).count() >= 5  # the same selector finds the host's

    # Three students; two names are refused first, with a sentence that says why.
    sara = Student(browser, app, code, "Sara")
    sara.join("<b>Sara</b>")
    expect(sara.page.get_by_text("A name may not contain < or >.")).to_be_visible()
    sara.join("\u202eevil")
    expect(sara.page.get_by_text("changes the direction of the text", exact=False)).to_be_visible()
    sara.join()
    omar = Student(browser, app, code, "عمر")
    omar.join()
    tom = Student(browser, app, code, 'Tom & "Jerry" *x*')
    tom.join()
    students = (sara, omar, tom)
    for student in students:
        student.page.get_by_text("Wait for your teacher to open the first question.").wait_for()

    # The dashboard lists them as typed, never as markup.
    names = teacher.locator(".lit-names li")
    names.nth(2).wait_for()
    assert names.all_inner_texts() == ["Sara", "عمر", 'Tom & "Jerry" *x*']

    click(teacher, "Open the first question")
    for student in students:
        student.page.locator(".lit-prompt").wait_for()
        assert first.prompt in student.page.locator(".lit-prompt").inner_text()
    # The projector follows by itself (its dashboard refreshes every two seconds).
    projector.locator(".lit-prompt", has_text=first.prompt).wait_for(timeout=15_000)
    projector.get_by_text("Question 1", exact=True).wait_for()
    sara.pick("A named organisation")
    omar.pick("An anonymous source")
    tom.pick("A named organisation")
    for student in students:
        received = student.received()
        assert [secret for secret in secrets_of(first) if secret in received] == []

    # A reload brings Sara back to the same question with the same answer.
    sara.page.reload()
    sara.page.locator(".lit-prompt").wait_for()
    sara.page.get_by_text("✓ Saved").wait_for()
    sara.wait_for_a_pick()
    assert sara.picked() == ["A named organisation"]

    teacher.get_by_text("Answered by 3.").wait_for(timeout=15_000)
    # While the question is open the projector shows how many chose each option, never who
    # is right: no scores, no percent correct, only the answer chart.
    teacher.get_by_text("would give the answer away", exact=False).wait_for()
    expect(teacher.locator("[data-testid=stVegaLiteChart]")).to_have_count(1)
    assert "Class average" not in teacher.locator("[data-testid=stMetric]").all_inner_texts()
    shot(teacher, "classroom-host-en", PROJECTOR)
    shot(omar.page, "classroom-student-en", PHONE)
    projector.get_by_text("Answered by 3.").wait_for(timeout=15_000)
    expect(projector.locator(".lit-names li")).to_have_count(3)
    assert "Green marks the right answer." not in projector.content()
    expect(projector.locator(CONTROLS)).to_have_count(0)
    expect(projector.locator("[data-testid=stDataFrame]")).to_have_count(0)  # no one's progress
    click(teacher, "Reveal the answer")
    for student in students:
        student.page.locator(".lit-choices").wait_for(timeout=15_000)
        assert first.explanation in student.page.locator(".lit-text").first.inner_text()
    teacher.locator("[data-testid=stVegaLiteChart]").nth(2).wait_for()  # revealed: every chart
    shot(teacher, "classroom-host-en-revealed", PROJECTOR)
    projector.get_by_text("Green marks the right answer.").wait_for(timeout=15_000)
    shot(projector, "classroom-projector-en-revealed", PROJECTOR)
    wrong = 'class="lit-wrong-pick"'
    assert wrong in omar.page.content() and wrong not in sara.page.content()

    click(teacher, "Open the next question")
    for student in students:
        student.page.locator(".lit-prompt", has_text=second.prompt).wait_for(timeout=15_000)
    sara.pick("True")
    omar.pick("False")

    # The app process dies mid-question and comes back on the same database; every page
    # notices, reconnects by itself and reruns from its URL.
    app.kill()
    pages = [student.page for student in students] + [teacher, projector]
    for page in pages:
        page.locator("[data-testid=stStatusWidget]").wait_for(timeout=30_000)
    app.start()
    for page in pages:
        settle(page)
    for student in (sara, omar):
        student.page.get_by_text("✓ Saved").wait_for(timeout=30_000)
        student.wait_for_a_pick()
    assert sara.picked() == ["True"] and omar.picked() == ["False"]
    tom.pick("True")  # answering works again after the restart
    tom.page.get_by_text("✓ Saved").wait_for()
    teacher.get_by_text("Answered by 3.").wait_for(timeout=30_000)
    for student in students:
        received = student.received()
        assert [secret for secret in secrets_of(second, False) if secret in received] == []

    projector.locator(".lit-prompt", has_text=second.prompt).wait_for(timeout=30_000)
    store = ClassroomStore(f"sqlite:///{app.data / 'classroom.sqlite3'}")
    try:
        results = store.class_results(host_key)
    finally:
        store.close()
    given = {p.participant.name: p.answers for p in results.participants}
    assert {name: len(answers) for name, answers in given.items()} == {
        "Sara": 2,
        "عمر": 2,
        'Tom & "Jerry" *x*': 2,
    }
    assert given["عمر"][second.id].answer.response is False

    # The Arabic interface on the same session, for the screenshots.
    arabic = teacher_context.new_page()
    arabic.goto(teacher.url.replace("lang=en", "lang=ar"))
    arabic.get_by_text("أجاب عنه 3.").wait_for(timeout=30_000)
    arabic.get_by_text("أيَّ الإجابات صحيحة", exact=False).wait_for()  # question 2 is still open
    expect(arabic.locator("[data-testid=stVegaLiteChart]")).to_have_count(1)
    shot(arabic, "classroom-host-ar", PROJECTOR)
    projector_ar = teacher_context.new_page()
    projector_ar.goto(projector.url.replace("lang=en", "lang=ar"))
    projector_ar.get_by_text("أجاب عنه 3.").wait_for(timeout=30_000)
    projector_ar.get_by_text("السؤال 2", exact=True).wait_for()
    expect(projector_ar.locator(".stMain")).to_have_css(
        "direction", "rtl"
    )  # the stylesheet may come late
    shot(projector_ar, "classroom-projector-ar", PROJECTOR)
    omar_ar = omar.context.new_page()
    omar_ar.goto(omar.page.url.replace("lang=en", "lang=ar"))
    omar_ar.get_by_text("✓ حُفظت").wait_for()
    assert omar_ar.locator(".lit-prompt").evaluate("e => getComputedStyle(e).direction") == "ltr"
    expect(omar_ar.locator(".stMain")).to_have_css(
        "direction", "rtl"
    )  # the stylesheet may come late
    shot(omar_ar, "classroom-student-ar", PHONE)

    click(teacher, "Reveal the answer")
    for student in students:
        student.page.get_by_text(second.explanation).wait_for(timeout=15_000)
    projector_ar.get_by_text("الأخضر يدلّ على الإجابة الصحيحة.").wait_for(timeout=15_000)
    shot(projector_ar, "classroom-projector-ar-revealed", PROJECTOR)
    teacher.get_by_role("button", name="Close the session").click()
    click(teacher, "Close it now")
    teacher.get_by_text("The session is closed.", exact=False).wait_for()
    for student in students:
        student.page.get_by_text("The session is closed. Your answers are saved.").wait_for(
            timeout=20_000
        )
    expect(teacher.get_by_text("Answered by 3.")).to_be_visible()  # results stay after closing
    with teacher.expect_download() as download:
        teacher.get_by_role("button", name="Answers (CSV)").click()
    table = Path(download.value.path()).read_bytes()
    assert table.startswith(b"\xef\xbb\xbf")  # a spreadsheet reads the Arabic as UTF-8
    rows = table.decode("utf-8-sig").splitlines()
    assert len(rows) == 1 + 3 * len(QUIZ.questions)
    assert any(row.split(",")[2] == "عمر" for row in rows[1:])
    teacher_context.close()
    for student in students:
        student.context.close()


def test_an_arabic_session_on_the_projector_and_on_a_phone(browser, app):
    """The Arabic worked example, self-paced, with a class already answering (through the
    store), seen by the teacher and by one more student who joins in the browser."""
    quiz = load_quiz(BUKAMAL)
    store = ClassroomStore(f"sqlite:///{app.data / 'classroom.sqlite3'}")
    try:
        started = store.create_session(
            quiz, SessionOptions(show_results="at_end", shuffle_questions=False)
        )
        code = started.session.join_code
        for number, name in enumerate(("ليلى", "يوسف", "مريم", "Adam", "خالد", "نور")):
            token = store.join(code, name).token
            for position, question in enumerate(quiz.questions[:6]):
                plan = wrong_response if (number + position) % 3 == 0 else right_response
                response = plan(quiz, question.id)
                confidence = 1 + (number + position) % 5
                store.submit(token, question.id, Answer(response=response, confidence=confidence))
    finally:
        store.close()

    phone = browser.new_context(viewport=PHONE)
    student = phone.new_page()
    student.set_default_timeout(30_000)
    student.goto(f"{app.base}/join?code={code}&lang=ar")
    student.get_by_label("اسمك").fill("سارة")
    student.get_by_role("button", name="انضمّ", exact=True).click()
    student.locator(".lit-prompt").wait_for()
    first = quiz.questions[0]
    student.locator(SHOWN).filter(has_text=first.choices[first.answer_index]).click()
    settle(student)
    student.get_by_text("✓ حُفظت").wait_for()
    assert first.explanation not in student.content()  # at the end, not before
    assert student.locator(".lit-prompt").evaluate("e => getComputedStyle(e).direction") == "rtl"
    shot(student, "classroom-student-ar-bukamal", PHONE)

    # She finishes early: the confirmation names the questions left, then her results.
    student.goto(re.sub(r"([?&]q=)\d+", rf"\g<1>{len(quiz.questions)}", student.url))
    question = "هل تنهي الاختبار؟ بعد ذلك لا يمكن تغيير إجاباتك."
    confirm(student, question)
    left = "، ".join(str(n) for n in range(2, len(quiz.questions))) + f" و{len(quiz.questions)}"
    student.get_by_text(f"السؤال (الأسئلة) {left}: ستُحسب خاطئة.").wait_for()
    shot(student, "classroom-finish-confirm-ar", PHONE)
    confirm(student, question)
    student.get_by_role("button", name="نعم، أنهِ", exact=True).click()
    done = student.get_by_text("أنهيت الاختبار. إجاباتك محفوظة ولا يمكن تغييرها بعد الآن.")
    done.wait_for()
    settle(student)
    assert done.evaluate("e => getComputedStyle(e).direction") == "rtl"
    student.locator("[data-testid=stExpander] summary").first.click()
    student.get_by_text(first.explanation).first.wait_for()
    shot(student, "classroom-finished-ar", PHONE)

    teacher_context = browser.new_context(viewport=PROJECTOR)
    teacher = teacher_context.new_page()
    teacher.set_default_timeout(30_000)
    teacher.goto(f"{app.base}/classroom?host={started.host_key}&lang=ar")
    teacher.get_by_text("أجاب عنه 7.").wait_for()
    # The dashboard re-renders every 2 s: wait for the chips rather than count them at an
    # instant that may fall inside a re-render.
    expect(teacher.locator(".lit-names li")).to_have_count(7)
    finished = teacher.locator("[data-testid=stMetric]", has_text="أنهوا الاختبار")
    finished.get_by_text("1 من 7").wait_for()
    # Self-paced and still open: the projector keeps who is right to itself …
    expect(teacher.locator("[data-testid=stVegaLiteChart]")).to_have_count(1)
    shot(teacher, "classroom-host-ar-bukamal", PROJECTOR)
    # … until the teacher asks for the right answers in the sidebar.
    teacher.get_by_text("أظهر الإجابات الصحيحة").click()
    teacher.locator("[data-testid=stVegaLiteChart]").nth(2).wait_for()
    shot(teacher, "classroom-host-ar-bukamal-answers", PROJECTOR)
    teacher_context.close()
    phone.close()
