"""Interface text: both catalogues complete and alike, every key the pages use exists,
and the library under src/ never imports Streamlit."""

from __future__ import annotations

import re

import pytest
from app_support import ROOT

from literacy.ui.i18n import UI_LANGUAGES, Messages, catalogue, direction, placeholders, ui_language


def test_catalogues_have_the_same_keys():
    arabic, english = catalogue("ar"), catalogue("en")
    assert set(arabic) == set(english)
    assert len(arabic) > 100


@pytest.mark.parametrize("key", sorted(catalogue("en")))
def test_messages_take_the_same_placeholders(key):
    assert placeholders(catalogue("ar")[key]) == placeholders(catalogue("en")[key])
    for language in UI_LANGUAGES:
        assert catalogue(language)[key], f"{language}: {key} is empty"


def _keys_used_in_views() -> set[str]:
    used = set()
    for path in [ROOT / "app.py", *(ROOT / "views").glob("*.py")]:
        used |= set(re.findall(r"""msg\(\s*f?["']([a-z_]+\.[a-z_.]+)["']""", path.read_text()))
    return used


def test_every_key_the_pages_use_exists():
    used = _keys_used_in_views()
    assert len(used) > 40
    assert used - set(catalogue("en")) == set()


def test_messages_format_and_name_things():
    msg = Messages("ar")
    assert msg("take.progress", number=3, total=16) == "السؤال 3 من 16"
    assert msg.skill("source") == "من المصدر؟"
    assert Messages("en").level("hard") == "hard"
    assert msg.dir == "rtl" and Messages("en").dir == "ltr"


def test_direction_and_fallback_language():
    assert direction("ar") == "rtl" and direction("en") == "ltr"
    assert ui_language("en") == "en"
    assert ui_language(None) == ui_language("fr") == ui_language(["en"]) == "ar"


def test_no_streamlit_in_the_library():
    offenders = [
        str(path.relative_to(ROOT))
        for path in (ROOT / "src" / "literacy").rglob("*.py")
        if re.search(r"^\s*(import|from)\s+streamlit\b", path.read_text(), re.MULTILINE)
    ]
    assert offenders == []


@pytest.mark.parametrize(
    ("language", "items", "expected"),
    [
        ("en", [], ""),
        ("en", ["Arabic"], "Arabic"),
        ("en", ["Arabic", "English"], "Arabic and English"),
        ("en", ["a", "b", "c"], "a, b and c"),
        ("ar", ["العربية", "الإنجليزية"], "العربية والإنجليزية"),
        ("ar", ["أ", "ب", "ج"], "أ، ب وج"),
    ],
)
def test_lists_are_joined_as_each_language_writes_them(language, items, expected):
    from literacy.ui.i18n import Messages

    assert Messages(language).join(items) == expected
