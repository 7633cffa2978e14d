"""English: the analyser never crashes and every offset indexes the text it was given."""

from __future__ import annotations

import random
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_analysis_properties import BIDI, assert_offsets

from literacy import analyze

GOLDEN = Path(__file__).parent / "golden"
WORKED_EXAMPLE = (GOLDEN / "kelbridge-flood-barrier.txt").read_text(encoding="utf-8-sig")
pieces = st.sampled_from(
    [
        "The",
        "mayor",
        "said",
        "Said",
        "told",
        "according to",
        "officials",
        "a senior official",
        "who asked not to be named",
        "Mr.",
        "U.S.",
        "Jane",
        "Doe",
        "(D-Wis.)",
        "slammed",
        "BREAKING",
        "outrageous",
        "'s",
        "’",
        "'",
        '"',
        "“",
        "”",
        "―",
        "—",
        "-",
        ",",
        ".",
        ":",
        "!!",
        "?!",
        "\n",
        "\n\n",
        " ",
        "  ",
        "12 March 2021",
        "40%",
        "£14m",
        "forty-two",
        "#FloodWatch",
        "https://t.co/x1",
        "@user",
        "😀",
        "قال",
        "محمد",
        "\u00a0",
        "İstanbul",
        "ß",
        "Ǆ",
        *BIDI,
    ]
)
english_mess = st.lists(pieces, max_size=60).map(" ".join)
english_glued = st.lists(pieces, max_size=60).map("".join)


@given(st.text(max_size=300))
@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_any_unicode_text_analyses_as_english_without_crashing(text):
    assert_offsets(text, analyze(text, "en"))


@given(english_mess)
@settings(max_examples=120, deadline=None)
def test_news_like_mess_keeps_offsets_valid(text):
    assert_offsets(text, analyze(text, "en"))


@given(english_glued)
@settings(max_examples=80, deadline=None)
def test_pieces_glued_together_keep_offsets_valid(text):
    assert_offsets(text, analyze(text, "en"))


@pytest.mark.parametrize(
    "text",
    [
        "",
        "...!!!??,,::",
        "SHOUTING HEADLINE: OFFICIALS SAY EVERYTHING IS FINE!!",
        "said said said according to according to",
        "Mr. Mr. Mr. U.S. U.S.",
        '"""""',
        "who asked not to be named who asked not to be named",
        "The ﬁrm said İ was ﬁne.",  # ligatures and a dotted capital I keep their offsets
        "\ufeffThe mayor said the road was open.",
        "The mayor said\u200b the road\u200f was open.",
    ],
)
def test_odd_inputs(text):
    assert_offsets(text, analyze(text, "en"))


def test_a_megabyte_of_english():
    paragraphs = WORKED_EXAMPLE.split("\n\n")
    rng = random.Random(2)
    text = "\n\n".join(rng.choice(paragraphs) for _ in range(5_000))[:1_000_000]
    analysis = analyze(text, "en")
    assert len(text) > 900_000
    assert len(analysis.sources) > 1_000
    assert_offsets(text, analysis)


def test_format_characters_change_nothing_but_offsets():
    plain = analyze(WORKED_EXAMPLE, "en")
    marked = WORKED_EXAMPLE.replace(" said ", " sa\u00adid\u200b ").replace("Mayor", "\u200eMayor")
    decorated = analyze(marked, "en")
    assert_offsets(marked, decorated)
    assert [s.kind for s in decorated.sources] == [s.kind for s in plain.sources]
    assert len(decorated.loaded) == len(plain.loaded)


def test_threads_share_the_english_lexicons_and_get_the_same_answers():
    texts = [WORKED_EXAMPLE, *WORKED_EXAMPLE.split("\n\n")[:10]]
    expected = [analyze(t, "en").model_dump_json() for t in texts]
    with ThreadPoolExecutor(max_workers=4) as pool:
        got = list(pool.map(lambda t: analyze(t, "en").model_dump_json(), texts * 3))
    assert got == expected * 3
