"""The Author page end to end in a real browser (Debian's chromium, `streamlit run`): an
Arabic article pasted, analysed, reviewed, turned into questions, previewed, downloaded
as YAML that validates and exported for Moodle. Screenshots of each step, in the Arabic
and the English interface, go to tests/artifacts/author-*.png.

The server, browser and helpers are the ones test_browser.py defines.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from app_support import ROOT
from test_browser import browser, expect, open_page, page, server, settle, shot  # noqa: F401

from literacy.quiz import load_quiz, loads_quiz
from literacy.ui.findings_html import SYMBOLS
from literacy.ui.i18n import Messages

pytestmark = pytest.mark.browser

ARTICLE = (ROOT / "tests" / "golden" / "pelest-bukamal-2017.txt").read_text(encoding="utf-8")


def analyse(screen, base: str, lang: str, button: str) -> None:
    open_page(screen, f"{base}/author?lang={lang}", ".st-key-author-article textarea")
    screen.locator(".st-key-author-article textarea").fill(ARTICLE)
    settle(screen)
    shot(screen, f"author-{lang}-article")
    screen.get_by_role("button", name=button).click()
    screen.locator(".lit-analysis").wait_for()
    settle(screen)


def tab(screen, name: str) -> None:
    screen.get_by_role("tab", name=name, exact=True).click()
    settle(screen)


def test_an_arabic_article_becomes_a_quiz_that_downloads_and_validates(server, page, tmp_path):  # noqa: F811
    analyse(page, server, "ar", "حلّل المقال")
    article = page.locator(".lit-analysis")
    assert article.evaluate("e => getComputedStyle(e).direction") == "rtl"
    legend = page.locator(".lit-legend-list li")
    expect(legend).to_have_count(7)
    # Each kind is told apart by its symbol as well as by its colour.
    assert legend.first.locator(".lit-sym").inner_text() == SYMBOLS["checkable"]
    shot(page, "author-ar-review", tall=True)

    loaded = page.locator(".lit-analysis .lit-f-loaded").count()
    tab(page, "الكلمات المشحونة")
    shot(page, "author-ar-review-loaded")
    page.locator(".st-key-author-findings-loaded [data-testid=stCheckbox]").first.click()
    settle(page)
    expect(page.locator(".lit-analysis .lit-f-loaded")).to_have_count(loaded - 1)

    # A finding half typed into the add panel survives a look at another tab.
    tab(page, "أضف")
    words = page.get_by_label("المصدر كما يسمّيه المقال")
    words.fill("أحد القادة العسكريين")
    shot(page, "author-ar-review-add")
    tab(page, "المصادر")
    tab(page, "أضف")
    expect(page.get_by_label("المصدر كما يسمّيه المقال")).to_have_value("أحد القادة العسكريين")

    page.get_by_role("button", name="اذهب إلى الأسئلة").click()
    settle(page)
    page.get_by_role("button", name="أنشئ الأسئلة", exact=True).click()
    page.get_by_text("أُنشئ 12 سؤالًا", exact=False).wait_for()
    page.locator("[data-testid=stRadio]").first.wait_for()
    settle(page)
    shot(page, "author-ar-questions", tall=True)
    tab(page, "بصيغة YAML")
    editor = page.locator(".st-key-author-yaml textarea")
    assert editor.evaluate("e => getComputedStyle(e).direction") == "ltr"
    shot(page, "author-ar-yaml", tall=True)

    tab(page, "4. معاينة")
    page.locator(".st-key-author-preview .lit-prompt").wait_for()
    shot(page, "author-ar-preview", tall=True)

    tab(page, "5. الحفظ والتصدير")
    with page.expect_download() as download:
        page.get_by_role("button", name="نزّل الاختبار (YAML)").click()
    saved = tmp_path / download.value.suggested_filename
    download.value.save_as(saved)
    assert saved.suffix == ".yaml"
    quiz = loads_quiz(saved.read_bytes(), saved.name)
    assert quiz.language == "ar" and len(quiz.questions) == 12
    with page.expect_download() as download:
        page.get_by_role("button", name="Moodle XML").click()
    moodle = tmp_path / download.value.suggested_filename
    download.value.save_as(moodle)
    tree = ET.fromstring(moodle.read_bytes())
    assert tree.tag == "quiz" and quiz.questions[0].prompt.split()[0] in moodle.read_text("utf-8")
    shot(page, "author-ar-publish", tall=True)


def test_the_english_interface_over_an_arabic_article(server, page):  # noqa: F811
    open_page(page, f"{server}/author?lang=en", ".st-key-author-article textarea")
    russian = "Мэр сказал в понедельник, что новые автобусы пойдут в июне."
    page.locator(".st-key-author-article textarea").fill(russian)
    page.get_by_role("button", name="Analyse the article").click()
    page.get_by_text(
        "the analyser can read only Arabic and English articles", exact=False
    ).wait_for()
    assert page.locator(".st-key-author-article textarea").input_value() == russian
    shot(page, "author-en-unsupported")

    analyse(page, server, "en", "Analyse the article")
    assert page.locator(".lit-analysis").evaluate("e => getComputedStyle(e).direction") == "rtl"
    assert page.locator(".lit-legend-list").evaluate("e => getComputedStyle(e).direction") == "ltr"
    shot(page, "author-en-review", tall=True)
    tab(page, "Claims")
    shot(page, "author-en-review-claims")
    tab(page, "Add")
    shot(page, "author-en-review-add")

    tab(page, "3. Questions")
    page.get_by_role("button", name="Generate questions", exact=True).click()
    page.get_by_text("12 questions generated", exact=False).wait_for()
    shot(page, "author-en-form", tall=True)
    tab(page, "As YAML")
    editor = page.locator(".st-key-author-yaml textarea")
    broken = editor.input_value().replace("type: true_false", "type: truefalse", 1)
    editor.fill(broken)
    editor.blur()
    page.locator(".lit-problems").wait_for()
    assert "is not a question type" in page.locator(".lit-problems").inner_text()
    assert editor.input_value() == broken
    shot(page, "author-en-yaml-errors", tall=True)


def open_exports(screen, base: str, lang: str) -> None:
    """The bundled worked-example quiz opened from the library, at its Save-and-export step
    with its export notes shown."""
    msg = Messages(lang)
    title = load_quiz(ROOT / "quizzes" / "ar" / "bukamal-2017.yaml").title
    open_page(screen, f"{base}/library?lang={lang}", ".lit-heading")
    screen.locator(".st-key-card-bukamal-2017").get_by_text(msg("author.edit_link")).click()
    screen.get_by_text(msg("author.opened", title=title)).wait_for()
    tab(screen, msg("author.step_publish"))
    screen.locator(".lit-problems li").first.wait_for()


def test_a_library_quiz_opens_in_the_editor_with_its_exports(server, page):  # noqa: F811
    open_exports(page, server, "en")
    assert page.get_by_text("already has the id “bukamal-2017”", exact=False).is_visible()
    notes = page.locator(".lit-problems li")
    assert notes.count() >= 3 and "mark_words" in " ".join(notes.all_inner_texts())
    shot(page, "author-en-publish", tall=True)


def test_export_notes_read_right_to_left_in_the_arabic_interface(server, page):  # noqa: F811
    open_exports(page, server, "ar")
    notes = page.locator(".lit-problems li")
    texts = notes.all_inner_texts()
    assert len(texts) >= 3 and any("«حدّد الكلمات»" in t for t in texts)
    assert not any("mark_words has no equivalent" in t for t in texts)
    assert notes.first.evaluate("e => getComputedStyle(e).direction") == "rtl"
    shot(page, "author-ar-publish", tall=True)
