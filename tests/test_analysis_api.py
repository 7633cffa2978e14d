"""The public entry points: `literacy.analyze`, languages, reason sentences."""

from __future__ import annotations

import pytest

import literacy
from literacy.analysis import REASON_CODES, Analysis, reason_text, reason_texts
from literacy.errors import UnsupportedLanguageError


def test_analyze_is_exported_lazily_from_the_package():
    analysis = literacy.analyze("قال وزير الخارجية إن المحادثات ستستأنف غداً.")
    assert isinstance(analysis, Analysis)
    assert analysis.language == "ar"
    assert [s.text for s in analysis.sources] == ["وزير الخارجية"]


def test_english_is_detected_and_analysed_with_its_own_lexicons():
    analysis = literacy.analyze("The minister said on Monday that the talks would resume.")
    assert analysis.language == "en"
    assert [(s.text, s.kind, s.cue) for s in analysis.sources] == [
        ("The minister", "person", "said")
    ]


@pytest.mark.parametrize(
    ("text", "language", "named"),
    [
        ("Министр сказал, что переговоры возобновятся.", None, "cyrillic"),
        ("部长说会谈将恢复。", None, "cjk"),
        ("قال الوزير", "fr", "fr"),
        ("The minister said the talks would resume.", "de", "de"),
    ],
)
def test_unsupported_language_is_an_error_never_a_fallback(text, language, named):
    with pytest.raises(UnsupportedLanguageError) as error:
        literacy.analyze(text, language)
    message = str(error.value)
    assert f"language {named!r} is not supported" in message
    assert "supported languages: ar, en" in message


def test_every_reason_code_has_a_sentence_in_arabic_and_english():
    for code in REASON_CODES:
        assert reason_text(code, "ar")
        assert reason_text(code, "en")
    assert set(reason_texts("ar")) == set(REASON_CODES) == set(reason_texts("en"))


def test_unknown_reason_code_names_the_known_ones():
    with pytest.raises(KeyError, match="has_date"):
        reason_text("no_such_reason", "en")


def test_a_finding_whose_start_is_after_its_end_is_refused():
    from literacy.analysis import Analysis

    with pytest.raises(ValueError, match="start 5 is after end 2"):
        Analysis.model_validate(
            {
                "language": "ar",
                "text": "قال الوزير كلاما",
                "loaded": [{"start": 5, "end": 2, "text": "", "category": "label"}],
            }
        )
