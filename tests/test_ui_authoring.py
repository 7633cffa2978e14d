"""The teacher's review of an analysis (literacy.ui.authoring) and the analysis drawn on the
article (literacy.ui.findings_html): decisions become an edited Analysis the generator
uses, and the HTML nests, escapes and marks every kind by a symbol as well as a colour."""

from __future__ import annotations

import functools
import html.parser
from pathlib import Path

import pytest

from literacy import analyze
from literacy.analysis import Analysis
from literacy.generate import NotEnoughMaterial, generate_report
from literacy.ui.authoring import Review, ReviewError, locate, verdict_of
from literacy.ui.findings_html import (
    KINDS,
    SYMBOLS,
    FindingLabels,
    Highlight,
    analysis_html,
    kind_counts,
    legend_html,
    nested_html,
)

GOLDEN = Path(__file__).parent / "golden" / "pelest-bukamal-2017.txt"
LABELS = FindingLabels(
    kinds={kind: f"<{kind}>" for kind in KINDS},
    categories={"label": "a label"},
    cue="cue",
    neutral="neutral",
)


@functools.cache
def bukamal() -> Analysis:
    return analyze(GOLDEN.read_text(encoding="utf-8"))


def every_span_holds(analysis: Analysis) -> None:
    for finding in (*analysis.sources, *analysis.claims, *analysis.loaded):
        assert analysis.text[finding.start : finding.end] == finding.text


def test_an_untouched_review_is_the_analysis():
    assert Review.of(bukamal()).edited() == bukamal()


def test_rejecting_a_source_renumbers_claims_and_leaves_its_claim_unattributed():
    analysis = bukamal()
    review = Review.of(analysis)
    claim_index = next(i for i, c in enumerate(analysis.claims) if c.source == 0)
    assert "named_source" in analysis.claims[claim_index].reasons
    review.keep("sources", 0, False)
    edited = review.edited()
    assert len(edited.sources) == len(analysis.sources) - 1
    claim = next(c for c in edited.claims if c.start == analysis.claims[claim_index].start)
    assert claim.source is None
    assert "unattributed" in claim.reasons and "named_source" not in claim.reasons
    # Every other claim still names the same source, at its new place.
    for before, after in zip(analysis.claims, edited.claims, strict=True):
        if before.source not in (None, 0):
            assert edited.sources[after.source] == analysis.sources[before.source]
    review.keep("sources", 0, True)
    assert review.edited() == analysis


def test_a_new_kind_brings_its_attribution_reason():
    analysis = bukamal()
    review = Review.of(analysis)
    review.set_kind(0, "anonymous")
    claim = next(c for c in review.edited().claims if c.source == 0)
    assert "anonymous_source" in claim.reasons and "named_source" not in claim.reasons
    assert review.edited().sources[0].kind == "anonymous"


def test_a_verdict_changes_with_the_reasons_the_teacher_gives():
    analysis = bukamal()
    review = Review.of(analysis)
    index = next(i for i, c in enumerate(analysis.claims) if c.factual and not c.checkable)
    review.set_verdict(index, "checkable", ["has_date", "anonymous_source"])
    claim = review.edited().claims[index]
    assert verdict_of(claim) == "checkable"
    assert "has_date" in claim.reasons
    assert "anonymous_source" not in claim.reasons  # a reason for the other verdict
    review.set_verdict(index, "opinion")
    assert verdict_of(review.edited().claims[index]) == "opinion"


def test_an_added_source_finds_its_reporting_verb_and_attributes_its_claim():
    text = "قال الوزير أحمد سالم إن الميناء سيفتح غدًا. وقال شهود إن الطريق مغلق."
    analysis = Analysis(language="ar", text=text)  # as if the analyser found nothing
    review = Review.of(analysis)
    review.add_claim("الميناء سيفتح غدًا", "checkable", ["has_date", "named_source"])
    added = review.add_source("الوزير أحمد سالم", "person", "قال")
    assert not added.again
    source = review.edited().sources[0]
    assert (source.text, source.cue, source.cue_start) == ("الوزير أحمد سالم", "قال", 0)
    # The claim's words do not include the verb; its sentence would. Add the sentence too.
    review.add_claim("قال الوزير أحمد سالم إن الميناء سيفتح غدًا.", "checkable", ["has_date"])
    edited = review.edited()
    assert [c.source for c in edited.claims] == [None, 0]
    every_span_holds(edited)


@pytest.mark.parametrize(
    "words, occurrence, code",
    [
        ("", 1, "empty"),
        ("   ", 1, "empty"),
        ("ليست في المقال", 1, "not_found"),
        ("قال", 3, "not_found"),
    ],
)
def test_words_that_are_not_there_say_why(words, occurrence, code):
    review = Review.of(Analysis(language="ar", text="قال الوزير. وقال الشهود."))
    with pytest.raises(ReviewError) as error:
        review.add_loaded(words, "label", occurrence=occurrence)
    assert error.value.code == code


def test_the_second_occurrence_and_normalised_spelling_are_found():
    text = "قال الوزير. وقال الشهود إن الإرهابيين هاجموا."
    assert locate(text, "قال", "ar", 2).start == text.index("وقال") + 1
    span = locate(text, "الارهابيين", "ar")  # written without hamza
    assert span is not None and span.text == "الإرهابيين"


def test_a_source_without_its_verb_is_refused():
    review = Review.of(Analysis(language="ar", text="قال الوزير إن الطريق مغلق."))
    with pytest.raises(ReviewError) as error:
        review.add_source("الوزير", "person", "")
    assert error.value.code == "cue_missing"
    with pytest.raises(ReviewError) as error:
        review.add_source("الوزير", "person", "أعلن")
    assert error.value.code == "cue_not_found"


def test_adding_a_rejected_finding_accepts_it_again_and_a_kept_one_is_a_duplicate():
    analysis = bukamal()
    review = Review.of(analysis)
    word = analysis.loaded[1]
    review.keep("loaded", 1, False)
    occurrence = analysis.text[: word.start].count(word.text) + 1
    added = review.add_loaded(word.text, word.category, occurrence=occurrence)
    assert added.again and added.index == 1 and review.kept("loaded", 1)
    with pytest.raises(ReviewError) as error:
        review.add_loaded(word.text, word.category, occurrence=occurrence)
    assert error.value.code == "duplicate"


def test_the_generator_asks_about_what_the_teacher_added_and_not_what_they_rejected():
    analysis = bukamal()
    review = Review.of(analysis)
    for i in range(len(review.loaded)):
        review.keep("loaded", i, False)
    review.add_loaded("مسلحو", "label", ["مقاتلو"], "يصف المقاتلين بسلاحهم وحده.")
    quiz = generate_report(review.edited(), skills=["loaded_language"], questions=6).quiz
    rejected = {w.text for w in analysis.loaded}
    answers = {getattr(q, "answer", None) for q in quiz.questions}
    assert "مسلحو" in answers
    assert not answers & rejected


def test_an_article_without_findings_gives_the_generator_nothing():
    with pytest.raises(NotEnoughMaterial) as error:
        generate_report(Review.of(analyze("مرحبا بكم")).edited())
    assert {s.skill for s in error.value.shortfalls} == {
        "source",
        "checkability",
        "loaded_language",
    }


# ---- the HTML ---------------------------------------------------------------------------


class _Balance(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.depth = 0
        self.text = []
        self.deepest = 0

    def handle_starttag(self, tag, attrs):
        if tag == "span":
            self.depth += 1
            self.deepest = max(self.deepest, self.depth)

    def handle_endtag(self, tag):
        if tag == "span":
            self.depth -= 1
            assert self.depth >= 0

    def handle_data(self, data):
        self.text.append(data)


@pytest.mark.parametrize(
    "marks",
    [
        [(0, 6, "checkable"), (2, 8, "person"), (3, 4, "loaded")],  # crossing
        [(0, 10, "uncheckable"), (0, 10, "anonymous"), (0, 10, "loaded")],  # the same span
        [(5, 9, "loaded"), (1, 3, "organization")],  # out of order
    ],
)
def test_highlights_nest_and_keep_every_character(marks):
    text = "abcdefghij"
    highlights = [Highlight(s, e, kind, kind) for s, e, kind in marks]
    out = nested_html(text, 0, len(text), highlights)
    parser = _Balance()
    parser.feed(out)
    assert parser.depth == 0
    shown = "".join(parser.text)
    for symbol in SYMBOLS.values():
        shown = shown.replace(symbol, "")
    assert shown == text
    # Each finding's symbol is drawn once, where it starts, however often it was reopened.
    for _, _, kind in marks:
        assert out.count(f">{SYMBOLS[kind]}<") == 1


def test_article_text_and_titles_are_escaped_and_arabic_runs_right_to_left():
    text = 'قال <script>alert(1)</script> الوزير "x" إن الطريق مغلق.'
    analysis = Analysis.model_validate(
        {
            "language": "ar",
            "text": text,
            "loaded": [
                {
                    "start": 4,
                    "end": 12,
                    "text": "<script>",
                    "category": "label",
                    "note": '<img onerror="x">',
                }
            ],
        }
    )
    out = analysis_html(analysis, LABELS)
    assert "<script>" not in out and "<img" not in out
    assert "&lt;script&gt;" in out and "&lt;img onerror=&quot;x&quot;&gt;" in out
    assert 'dir="rtl" lang="ar"' in out


def test_every_kind_has_its_own_symbol_class_and_legend_entry():
    assert len(set(SYMBOLS.values())) == len(KINDS)
    analysis = bukamal()
    counts = kind_counts(analysis)
    assert counts["loaded"] == len(analysis.loaded)
    assert sum(counts[k] for k in ("person", "organization", "anonymous")) == len(analysis.sources)
    legend = legend_html(LABELS, counts, "en")
    for kind in KINDS:
        assert f"lit-f-{kind}" in legend and SYMBOLS[kind] in legend
        assert f"&lt;{kind}&gt;" in legend  # interface text is escaped too
    drawn = analysis_html(analysis, LABELS)
    for kind in KINDS:
        assert (f"lit-f-{kind}" in drawn) == (counts[kind] > 0)
