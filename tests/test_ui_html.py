"""The HTML the app builds: escaped, in the content's own direction, marks in place."""

from __future__ import annotations

import datetime

import pytest
from app_support import fixture_source

from literacy.errors import Problem
from literacy.quiz import Article, loads_quiz
from literacy.ui.html import (
    ChoiceLabels,
    Mark,
    WordLabels,
    article_html,
    choices_review_html,
    code_html,
    escape_markdown,
    evidence_html,
    heading_html,
    marked_words_html,
    paragraph_html,
    problems_html,
    quote_html,
    tags_html,
    text_html,
    word_notes_html,
)
from literacy.ui.review import ChoiceReview

NASTY = '<script>alert(1)</script> <img src=x onerror=alert(2)> & "quotes"'


def test_article_escapes_everything_and_takes_its_direction():
    article = Article(
        text=f"{NASTY}\n\nالفقرة الثانية",
        title=NASTY,
        outlet="<b>outlet</b>",
        published=datetime.date(2017, 12, 4),
        url='https://example.org/a?x="><script>',
    )
    html = article_html(article, "ar")
    assert "<script>" not in html and "<img" not in html and "<b>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert html.startswith('<article class="lit-article" dir="rtl" lang="ar">')
    assert html.count("<p>") == 2
    assert 'href="https://example.org/a?x=&quot;&gt;&lt;script&gt;"' in html
    assert "2017-12-04" in html


def test_marks_wrap_exactly_their_span_even_across_paragraphs():
    text = "One two three.\n\nFour five six."
    html = article_html(Article(text=text), "en", [Mark(4, 21)])
    assert '<p>One <mark class="lit-evidence">two three.</mark></p>' in html
    assert '<p><mark class="lit-evidence">Four </mark>five six.</p>' in html
    assert 'dir="ltr" lang="en"' in html


def test_an_escaped_mark_never_splits_an_entity():
    text = "a < b & c"
    html = article_html(Article(text=text), "en", [Mark(2, 5)])
    assert 'a <mark class="lit-evidence">&lt; b</mark> &amp; c' in html


def test_text_and_quote_keep_line_breaks_and_escape():
    assert (
        text_html("a\n<b>", "en")
        == '<div class="lit-text" dir="ltr" lang="en">a<br>&lt;b&gt;</div>'
    )
    assert "&lt;script&gt;" in quote_html("<script>", "ar")


def test_marked_words_use_a_symbol_as_well_as_a_colour():
    quiz = loads_quiz(fixture_source("en-mini.yaml"))
    question = quiz.questions[3]
    index = {w.text: i for i, w in enumerate(question.words)}
    labels = WordLabels("right <b>", "wrong", "missed")
    html = marked_words_html(question, [index["shocking"], index["claimed"]], "en", labels)
    assert 'lit-word-hit" title="right &lt;b&gt;">shocking<sup>✓</sup>' in html
    assert 'lit-word-false-alarm" title="wrong">claimed<sup>✗</sup>' in html
    assert 'lit-word-miss" title="missed">disaster<sup>○</sup>' in html
    # Everything that is not a word (spaces, punctuation) is kept as it was.
    assert html.count("<sup>") == 3 and "for taxpayers" in html


def test_problems_each_with_its_line_and_escaped():
    problems = [
        Problem("f.yaml", 7, ("questions", 2, "answer"), "'<e>' is not one of the choices"),
        Problem("f.yaml", None, (), "is not UTF-8 text"),
    ]
    html = problems_html(problems, lambda n: f"line {n}" if n else "whole file")
    assert (
        '<bdi class="lit-line">line 7</bdi> '
        '<bdi dir="ltr"><code>questions → 2 → answer</code>: '
        "&#x27;&lt;e&gt;&#x27; is not one of the choices</bdi>"
    ) in html
    assert '<bdi class="lit-line">whole file</bdi> <bdi dir="ltr">is not UTF-8 text' in html
    assert html.count("<li>") == 2


@pytest.mark.parametrize(
    "text, expected",
    [
        ("*bold* _it_", r"\*bold\* \_it\_"),
        ("[a](javascript:x)", r"\[a\]\(javascript\:x\)"),
        ("$x$ :smile: <b>", r"\$x\$ \:smile\: \<b\>"),
        ("سطر\nآخر", "سطر آخر"),
        ("116.000", r"116\.000"),
    ],
)
def test_escape_markdown(text, expected):
    assert escape_markdown(text) == expected


def test_choice_review_marks_by_symbol_and_escapes():
    rows = [
        ChoiceReview(text="<b>right</b>", correct=True, picked=False, feedback="why <i>"),
        ChoiceReview(text="wrong & picked", correct=False, picked=True, feedback="no <script>"),
        ChoiceReview(text="other", correct=False, picked=False, feedback="not shown"),
    ]
    html = choices_review_html(rows, "ar", ChoiceLabels(picked="اختيارك", right="الصحيحة"))
    assert html.startswith('<ul class="lit-choices" dir="rtl" lang="ar">')
    assert (
        '<li class="lit-correct"><span class="lit-symbol">✓</span>&lt;b&gt;right&lt;/b&gt;' in html
    )
    assert '<bdi class="lit-tag">(الصحيحة)</bdi><div class="lit-feedback">why &lt;i&gt;' in html
    assert "✗</span>wrong &amp; picked" in html and "no &lt;script&gt;" in html
    assert "not shown" not in html


def test_small_blocks_escape_their_text():
    assert (
        heading_html("<x>", "ar", 3) == '<h3 class="lit-heading" dir="rtl" lang="ar">&lt;x&gt;</h3>'
    )
    assert (
        tags_html(["<i>"], "en")
        == '<div class="lit-tags" dir="ltr" lang="en"><span>&lt;i&gt;</span></div>'
    )
    assert "&lt;b&gt;" in paragraph_html("<b>", "en", "lit-card-meta")
    assert code_html("a<b>.yaml") == '<p dir="ltr"><code>a&lt;b&gt;.yaml</code></p>'
    assert word_notes_html([("<w>", "n")], "ar").count("&lt;w&gt;") == 1


def test_evidence_in_its_paragraph_clipped_around_a_long_one():
    text = "First paragraph.\n\n" + "word " * 100 + "THE QUOTE here" + " more" * 100 + "\n\nLast."
    start = text.index("THE QUOTE")
    html = evidence_html(text, start, start + len("THE QUOTE"), "en", context=30)
    assert html.count("<p>") == 1 and "First" not in html and "Last" not in html
    assert '<mark class="lit-evidence">THE QUOTE</mark>' in html
    assert "<p>… word" in html and "more …</p>" in html
    short = evidence_html("Before. <b>Quote</b> after.", 8, 20, "ar")
    assert short == (
        '<blockquote class="lit-quote" dir="rtl" lang="ar"><p>Before. '
        '<mark class="lit-evidence">&lt;b&gt;Quote&lt;/b&gt;</mark> after.</p></blockquote>'
    )
