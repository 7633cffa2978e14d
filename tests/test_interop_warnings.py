"""Export warnings in the teacher's interface language: every message of `warnings.yaml` in
Arabic and English, filled the same way, and each warning an export gives told in both."""

from __future__ import annotations

import re
import string
from importlib import resources

import pytest
import yaml
from interop_support import BUNDLED, quiz

from literacy.interop import FORMATS, ExportWarning, export
from literacy.quiz import load_quiz

CATALOGUE = yaml.safe_load(
    resources.files("literacy.interop").joinpath("warnings.yaml").read_text(encoding="utf-8")
)
ARABIC_LETTER = re.compile("[\u0621-\u064a]")


def fields(message: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(message) if name}


def test_both_languages_have_every_message_with_the_same_fields():
    english, arabic = CATALOGUE["en"], CATALOGUE["ar"]
    assert english["messages"].keys() == arabic["messages"].keys()
    for code, message in english["messages"].items():
        assert fields(message) == fields(arabic["messages"][code]), code
    assert english["terms"].keys() == arabic["terms"].keys()
    for name, terms in english["terms"].items():
        assert terms.keys() == arabic["terms"][name].keys(), name
    assert fields(english["question"]) == fields(arabic["question"]) == {"question", "message"}


def every_kind_of_warning():
    """A quiz that gives each warning a Moodle, GIFT or Canvas export can give."""
    many = [f"choice {i}" for i in range(13)]
    passage = "a brutal and brutal regime"
    questions = [
        {"type": "multiple_choice", "id": "many", "prompt": "Pick\x07.", "choices": many,
         "answers": many[:12]},
        {"type": "true_false", "id": "tf", "prompt": "Is it?", "answer": True, "points": 2},
        {"type": "mark_words", "id": "mw", "prompt": "Mark.", "passage": passage,
         "targets": ["brutal"]},
    ]  # fmt: skip
    settings = {
        "time_limit_minutes": 15,
        "shuffle_questions": True,
        "shuffle_choices": False,
        "show_explanations": "never",
        "ask_confidence": True,
    }
    made = quiz(questions, settings=settings)
    return {w for fmt in FORMATS for w in export(made, fmt).warnings}


def test_every_message_is_given_by_some_export():
    given = {w.code for w in every_kind_of_warning()}
    assert given | {"mark_words_as_list"} == CATALOGUE["en"]["messages"].keys()


@pytest.mark.parametrize("language", ["ar", "en"])
def test_every_warning_is_filled_in_either_language(language):
    warnings = every_kind_of_warning() | {
        w for path in BUNDLED for fmt in FORMATS for w in export(load_quiz(path), fmt).warnings
    }
    for warning in warnings:
        text = warning.text(language)
        assert "{" not in text and "}" not in text, text
        if language == "ar":
            assert ARABIC_LETTER.search(text), text
            assert text != warning.message
        else:
            assert text == str(warning)


def test_arabic_warnings_translate_their_terms_and_join_lists_the_arabic_way():
    warnings = every_kind_of_warning()
    (moodle,) = {w for w in warnings if w.code == "explanations_timing" and "Moodle" in str(w)}
    assert moodle.text("ar") == (
        "يُصدَّر الشرح ملاحظةً عامة على السؤال، أما إخفاؤه فيُضبط في اختبار Moodle"
    )
    assert str(moodle).endswith("showing them never is set on the Moodle quiz")
    marks = ExportWarning.of("gift_marks", questions=("q1", "q2"))
    # a right-to-left mark after «،», so Latin ids still read right to left
    assert "q1،\u200f q2" in marks.text("ar") and "q1, q2" in marks.message
    (weights,) = {w for w in warnings if w.code == "moodle_weights"}
    assert weights.text("ar").startswith("السؤال many: ")
    assert "10 % أو 5 %" in weights.text("ar")
    assert str(weights).startswith("question many: Moodle accepts only its own list")
    assert "10 % or 5 %" in str(weights)


def test_a_warning_that_does_not_fit_its_message_is_a_mistake_in_the_code():
    with pytest.raises(KeyError, match="no export warning 'nope'"):
        ExportWarning.of("nope")
    with pytest.raises(KeyError, match=r"takes \['minutes', 'platform'\]"):
        ExportWarning.of("time_limit", minutes=5)
    with pytest.raises(KeyError, match="'later' is not one of the timing terms"):
        ExportWarning.of("explanations_timing", timing="later", platform="moodle")


def test_the_same_warning_is_equal_whatever_order_its_values_came_in():
    one = ExportWarning.of("time_limit", minutes=5, platform="moodle")
    assert one == ExportWarning.of("time_limit", platform="moodle", minutes=5)
    assert len({one, ExportWarning.of("time_limit", platform="moodle", minutes=5)}) == 1
