"""Students' names: what is kept, what is refused and why, how they are shown."""

from __future__ import annotations

import unicodedata

import pytest
from classroom_support import small_quiz, table_rows, with_backends
from hypothesis import given
from hypothesis import strategies as st

from literacy.classroom import DuplicateName, InvalidName, name_html, name_text
from literacy.classroom.names import MAX_NAME_LENGTH, clean_name, name_key


@pytest.mark.parametrize(
    "typed, stored",
    [
        ("  Sara  ", "Sara"),
        ("Sara\t \n Ali", "Sara Ali"),
        ("أحمد", "أحمد"),
        ("\u200fمريم\u200e", "مريم"),  # RLM/LRM from a phone keyboard: dropped
        ("Zo\u0065\u0301", "Zoé"),  # NFC
        ("Tom & Jerry", "Tom & Jerry"),
        ("👩\u200d🎓 Lina", "👩\u200d🎓 Lina"),
        ("x" * MAX_NAME_LENGTH, "x" * MAX_NAME_LENGTH),
    ],
)
def test_names_kept(typed, stored):
    assert clean_name(typed) == stored


@pytest.mark.parametrize(
    "typed, reason",
    [
        ("", "empty"),
        ("   \u200f ", "empty"),
        ("x" * (MAX_NAME_LENGTH + 1), "too_long"),
        ("x" * 100_000, "too_long"),
        ("<script>alert(1)</script>", "markup"),
        ("<b>Sara</b>", "markup"),
        ("\u202eanaS", "direction_control"),  # RLO: would show as «Sana»
        ("Sara\u202d", "direction_control"),  # LRO
        ("\u2067Omar\u2069", "direction_control"),  # RLI … PDI
        ("Sara\x00", "control"),
        ("Sara\x1b[31m", "control"),
        ("Sara\ue000", "control"),  # private use
    ],
)
def test_names_refused_with_a_reason(typed, reason):
    with pytest.raises(InvalidName) as caught:
        clean_name(typed)
    assert caught.value.reason == reason
    assert str(caught.value)  # a sentence the page can show


@pytest.mark.parametrize(
    "first, second",
    [
        ("Sara", "SARA"),
        ("Sara", "Sara\u200d"),
        ("أحمد", "احمد"),
        ("يحيى", "يحيي"),
        ("Ｓａｒａ", "Sara"),
    ],
)
def test_names_that_are_the_same_name(first, second):
    assert name_key(clean_name(first)) == name_key(clean_name(second))


def test_names_are_shown_safely():
    assert name_html("Tom & <Jerry>") == "<bdi>Tom &amp; &lt;Jerry&gt;</bdi>"
    assert name_html('"x"') == "<bdi>&quot;x&quot;</bdi>"
    assert name_text("مريم") == "\u2068مريم\u2069"


@with_backends
def test_refused_names_leave_nothing_behind(store, database_url):
    started = store.create_session(small_quiz(2))
    code = started.session.join_code
    store.join(code, "Sara")
    for bad in ("x" * 500, "<img src=x onerror=alert(1)>", "\u202eanaS", "", "Sa\x00ra"):
        with pytest.raises(InvalidName):
            store.join(code, bad)
    with pytest.raises(DuplicateName, match="already called"):
        store.join(code, " sara ")
    people = table_rows(database_url)["participants"]
    assert [row[2] for row in people] == ["Sara"]
    assert store.join(code, "Sara B").participant.name == "Sara B"


@given(st.text(max_size=60))
def test_any_text_is_either_a_safe_name_or_refused(typed):
    try:
        name = clean_name(typed)
    except InvalidName as error:
        assert error.reason in {"empty", "too_long", "markup", "direction_control", "control"}
        return
    assert 0 < len(name) <= MAX_NAME_LENGTH and name == name.strip()
    assert not any(unicodedata.category(c) in ("Cc", "Cs") for c in name)
    assert not set(name) & set("<>\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
    assert clean_name(name) == name
    inner = name_html(name).removeprefix("<bdi>").removesuffix("</bdi>")
    assert "<" not in inner and ">" not in inner
