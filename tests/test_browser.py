"""End to end in a real browser: Debian's chromium drives `streamlit run app.py`.

One server and one browser serve the whole module. Screenshots of every page, in the
Arabic and the English interface, go to tests/artifacts/ for a person to look at.
Without chromium these tests skip (saying how to enable them), unless
LITERACY_REQUIRE_BROWSER is set, as CI does: then they fail.
"""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from app_support import BUKAMAL, FIXTURES, ROOT, right_answer, wrong_answer

from literacy.errors import QuizFileError
from literacy.quiz import MarkWords, MultipleChoice, SingleChoice, TrueFalse, load_quiz, loads_quiz
from literacy.scoring import Answer, score

pytestmark = pytest.mark.browser

CHROMIUM = Path(os.environ.get("LITERACY_CHROMIUM", "/usr/bin/chromium"))
ARTIFACTS = ROOT / "tests" / "artifacts"
WIDTH, HEIGHT = 1400, 1000


def expect(target):
    """Playwright's waiting assertions, imported on use: without playwright this module (and
    those importing from it) still loads, and the browser fixture says what is missing."""
    from playwright.sync_api import expect as waiting

    return waiting(target)


def _browser_missing() -> str | None:
    if not CHROMIUM.exists():
        return f"{CHROMIUM} is missing"
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "the playwright package is missing"
    return None


@pytest.fixture(scope="module")
def browser():
    missing = _browser_missing()
    if missing:
        if os.environ.get("LITERACY_REQUIRE_BROWSER"):
            pytest.fail(f"browser tests are required here but {missing}")
        pytest.skip(
            f"browser tests skipped: {missing}. To run them: apt-get install chromium "
            "fonts-noto-core and pip install -e '.[test]' (or set LITERACY_CHROMIUM)"
        )
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=["--no-sandbox"])
        yield chromium
        chromium.close()


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="module")
def server(browser, tmp_path_factory):
    """`streamlit run app.py` on a free port, with its own data folder holding the
    markup-laden test quiz; stopped when the module's tests are done."""
    data = tmp_path_factory.mktemp("data")
    (data / "quizzes").mkdir()
    for name in ("xss.yaml", "en-mini.yaml"):
        shutil.copy(FIXTURES / name, data / "quizzes" / name)
    port = _free_port()
    log = (data / "streamlit.log").open("w")
    command = [sys.executable, "-m", "streamlit", "run", "app.py", "--server.headless", "true"]
    command += ["--server.port", str(port), "--browser.gatherUsageStats", "false"]
    process = subprocess.Popen(
        command,
        cwd=ROOT,
        env={**os.environ, "LITERACY_DATA_DIR": str(data)},
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"{base}/_stcore/health", timeout=2) as answer:
                    if answer.status == 200:
                        break
            except OSError:
                pass
            if process.poll() is not None or time.monotonic() > deadline:
                pytest.fail("streamlit did not start:\n" + (data / "streamlit.log").read_text())
            time.sleep(0.3)
        yield base
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
        log.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": WIDTH, "height": HEIGHT})
    tab = context.new_page()
    tab.set_default_timeout(30_000)
    yield tab
    context.close()


def shot(page, name: str, tall: bool = False) -> None:
    """Save what the student sees. Streamlit scrolls inside its main block, so a full page
    is taken by making the window as tall as the content."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    if tall:
        height = page.evaluate(
            "() => document.querySelector('[data-testid=stMainBlockContainer]').scrollHeight"
        )
        page.set_viewport_size({"width": WIDTH, "height": max(HEIGHT, height + 120)})
        page.wait_for_timeout(500)
    page.screenshot(path=ARTIFACTS / f"{name}.png")
    page.set_viewport_size({"width": WIDTH, "height": HEIGHT})


def open_page(page, url: str, ready: str) -> None:
    page.goto(url)
    page.wait_for_selector(ready, state="visible")
    page.wait_for_timeout(800)  # fonts and late widgets


def settle(page) -> None:
    """Wait until Streamlit has finished the rerun a click started."""
    page.wait_for_timeout(300)
    page.wait_for_function(
        "() => !document.querySelector('[data-testid=stStatusWidget]')", timeout=30_000
    )
    page.wait_for_timeout(300)


def give(page, quiz, question, response) -> None:
    """Answer the question on screen the way a student would: click it."""
    content = page.locator(f".st-key-{quiz.language}-question")
    if isinstance(question, SingleChoice | TrueFalse):
        if isinstance(question, TrueFalse):
            label = {True: "صح", False: "خطأ"}[response]
        else:
            label = question.choices[response]
        option = content.locator("[data-testid=stRadioOption]")
        option.filter(has=page.get_by_text(label, exact=True)).click()
    elif isinstance(question, MultipleChoice):
        for i in response:
            box = content.locator("[data-testid=stCheckbox]")
            box.filter(has=page.get_by_text(question.choices[i], exact=True)).click()
            settle(page)
    elif isinstance(question, MarkWords):
        for i in response:
            content.locator("[data-testid=stButtonGroup] button").nth(i).click()
            settle(page)
    settle(page)


def test_arabic_quiz_to_the_end_in_the_browser(server, page):
    quiz = load_quiz(BUKAMAL)
    by_prompt = {" ".join(q.prompt.split()): q for q in quiz.questions}
    open_page(page, f"{server}/take?quiz={quiz.id}&lang=ar", ".lit-prompt")
    article = page.locator("article.lit-article")
    assert article.evaluate("e => getComputedStyle(e).direction") == "rtl"
    assert "Noto Sans Arabic" in article.evaluate("e => getComputedStyle(e).fontFamily")
    shot(page, "take-ar")

    given: dict[str, Answer] = {}
    total = len(quiz.questions)
    for number in range(1, total + 1):
        page.get_by_text(f"السؤال {number} من {total}", exact=True).wait_for()
        question = by_prompt[" ".join(page.locator(".lit-prompt").inner_text().split())]
        plan = right_answer if quiz.questions.index(question) % 3 else wrong_answer
        response = plan(question)
        if isinstance(question, MarkWords):
            # Also the second «من»: a word that occurs twice must be marked where clicked.
            texts = [w.text for w in question.words]
            second = texts.index("من", texts.index("من") + 1)
            response = tuple(sorted({*response, second}))
        give(page, quiz, question, response)
        if isinstance(question, MarkWords):
            pills = page.locator(".st-key-ar-question [data-testid=stButtonGroup] button")
            assert pills.nth(second).get_attribute("data-selected") == "true"
            assert pills.nth(texts.index("من")).get_attribute("data-selected") != "true"
        given[question.id] = Answer(response=response)
        if isinstance(question, MultipleChoice):
            shot(page, "take-ar-multiple-choice")
        page.get_by_role("button", name="تحقّق من إجابتي").click()
        page.locator(".lit-choices, .lit-passage").first.wait_for()
        if number == 1:
            shot(page, "take-ar-feedback", tall=True)
        if isinstance(question, MarkWords):
            shot(page, "take-ar-mark-words", tall=True)
        last = number == total
        page.get_by_role("button", name="اعرض نتيجتي" if last else "السؤال التالي").click()
        settle(page)

    expected = score(quiz, given)
    assert 0 < expected.percent < 100
    page.get_by_text("نتيجتك", exact=True).wait_for()
    shown = page.locator("[data-testid=stMetricValue]").first.inner_text()
    assert f"({round(expected.percent)}%)" in shown
    page.locator("[data-testid=stVegaLiteChart], .vega-embed").first.wait_for()
    page.wait_for_timeout(800)
    shot(page, "results-ar", tall=True)
    page.get_by_role("radio", name="English").click()
    page.get_by_text("Your results", exact=True).wait_for()
    page.wait_for_timeout(800)
    shot(page, "results-en", tall=True)


def test_markup_in_a_quiz_shows_as_text_and_never_runs(server, page):
    dialogs = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    open_page(page, f"{server}/take?quiz=xss-test&lang=en", ".lit-prompt")
    article = page.locator("article.lit-article")
    for literal in (
        "<script>window.__pwned = 'article'</script>",
        "<img src=x onerror=\"window.__pwned = 'img'\">",
        "[link](javascript:alert(1))",
        "<script>window.__pwned = 'article-title'</script>Headline",
    ):
        assert literal in article.inner_text()
    prompt = page.locator(".lit-prompt").inner_text()
    assert "<script>window.__pwned = 'prompt'</script>" in prompt
    options = page.locator("[data-testid=stRadioOption]")
    shown = [text.strip() for text in options.all_inner_texts()]
    assert shown == [
        "<img src=x onerror=\"window.__pwned = 'choice'\">",
        "*stars* and [a link](javascript:alert(1)) and $x$",
    ]
    title = page.locator("h2.lit-heading").inner_text()
    assert title == "<script>window.__pwned = 'title'</script>Markup <b>test</b>"
    options.nth(0).click()
    settle(page)
    page.get_by_role("button", name="Check my answer").click()
    page.locator(".lit-choices").wait_for()
    feedback = page.locator(".lit-choices").inner_text()
    assert "<img src=x onerror=\"window.__pwned = 'feedback'\">" in feedback
    assert (
        "<script>window.__pwned = 'explanation'</script>Shown as text."
        in page.locator(".lit-text").all_inner_texts()
    )
    shot(page, "take-en-markup", tall=True)

    open_page(page, f"{server}/?lang=en", ".lit-heading")
    expect(page.get_by_text("<i>tag</i>", exact=True)).to_be_visible()
    assert page.evaluate("() => window.__pwned") is None
    assert dialogs == []
    assert page.locator("article script, .stHtml script, .stHtml img").count() == 0


def test_every_page_in_both_languages(server, page):
    broken = (FIXTURES / "en-mini.yaml").read_text(encoding="utf-8")
    broken = broken.replace("answer: a", "answer: z").replace("skill: checkability", "skill: maths")
    with pytest.raises(QuizFileError) as error:
        loads_quiz(broken)
    lines = sorted(p.line for p in error.value.problems)
    assert len(lines) == 2
    for lang, library_title in (("ar", "مكتبة الاختبارات"), ("en", "Quiz library")):
        open_page(page, f"{server}/library?lang={lang}", "[data-testid=stFileUploaderDropzone]")
        expect(page.get_by_role("heading", name=library_title)).to_be_visible()
        shot(page, f"library-{lang}", tall=True)
        page.locator("[data-testid=stFileUploaderDropzoneInput]").set_input_files(
            {"name": "week3.yaml", "mimeType": "application/x-yaml", "buffer": broken.encode()}
        )
        page.locator(".lit-problems").wait_for()
        problems = page.locator(".lit-problems li").all_inner_texts()
        assert [int(re.search(r"\d+", p).group()) for p in problems] == lines
        shot(page, f"library-{lang}-upload-errors", tall=True)

        open_page(page, f"{server}/take?lang={lang}", "[data-testid=stSelectbox]")
        shot(page, f"take-{lang}-choose")

        open_page(page, f"{server}/about?lang={lang}", "h3")
        expect(page.locator("h3")).to_have_count(4)
        shot(page, f"about-{lang}", tall=True)

    # English content stays left-to-right in the Arabic interface.
    open_page(page, f"{server}/take?quiz=en-mini&lang=ar", ".lit-prompt")
    article = page.locator("article.lit-article")
    assert article.evaluate("e => getComputedStyle(e).direction") == "ltr"
    shot(page, "take-ar-english-quiz")

    # The language switch in the sidebar, and a page that keeps the language it was given.
    open_page(page, f"{server}/take?quiz=bukamal-2017&lang=en", ".lit-prompt")
    expect(page.get_by_text("Question 1 of 16", exact=True)).to_be_visible()
    shot(page, "take-en")
    page.get_by_role("radio", name="العربية").click()
    page.get_by_text("السؤال 1 من 16", exact=True).wait_for()
    assert "lang=ar" in page.url
