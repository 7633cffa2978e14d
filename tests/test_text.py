"""Normalisation, sentences and tokens: the offsets every finding depends on."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from literacy.errors import UnsupportedLanguageError
from literacy.text import (
    _TERMINATOR,
    _terminators,
    detect_language,
    find,
    normalize,
    normalize_key,
    sentences,
    tokens,
)

TASHKEEL = "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652"
BIDI = "\u200e\u200f\u202a\u202b\u202c\u2066\u2067\u2069\u061c"
arabic_text = st.text(
    alphabet=st.sampled_from(
        list("ابتثجحخدذرسشصضطظعغفقكلمنهويءأإآةىؤئ")
        + list(TASHKEEL)
        + ["\u0640"]
        + list(BIDI)
        + list(' \n.،!؟?:"«»')
        + list("0123456789٠١٢٣٤٥٦٧٨٩")
        + ["\u00a0", "_"]
    ),
    max_size=200,
)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("إرهابيّون", "ارهابيون"),  # hamza on alef, shadda
        ("مَجْزَرَةٌ", "مجزره"),  # tashkeel, ta marbuta
        ("مستشفى", "مستشفي"),  # alef maqsura
        ("الـــجيش", "الجيش"),  # tatweel
        ("١٢٠ ۱۲۰", "120 120"),  # Arabic-Indic and extended digits
        ("«قال»", '"قال"'),  # guillemets are plain quotes
        ("فيروس_كورونا", "فيروس كورونا"),  # hashtag underscores split words
        ("a\u00a0b\u200fc", "a bc"),  # NBSP is a space; bidi marks are dropped
        ("İstanbul", "istanbul"),  # one character stays one character
        # presentation forms, as text copied out of a PDF carries them: one letter each
        ("\ufed7\ufe8e\ufedd \ufe8d\ufedf\ufeed\ufeaf\ufef3\ufeae", "قال الوزير"),
    ],
)
def test_normalize(raw, expected):
    assert normalize(raw).text == expected


@given(arabic_text)
@settings(max_examples=150)
def test_normalisation_is_idempotent_and_maps_back(text):
    norm = normalize(text)
    assert normalize(norm.text).text == norm.text
    for match in re.finditer(r"\w+", norm.text):
        start, end = norm.original_span(match.start(), match.end())
        assert 0 <= start <= end <= len(text)
        assert normalize(text[start:end]).text == match.group()


def test_original_span_keeps_the_diacritics_of_the_last_letter():
    text = "في مَجْزَرَةٍ مروعة"
    norm = normalize(text)
    k = norm.text.index("مجزره")
    start, end = norm.original_span(k, k + len("مجزره"))
    assert text[start:end] == "مَجْزَرَةٍ"


def test_normalize_key_collapses_spaces():
    assert normalize_key("  الكيان   الصهيوني ") == "الكيان الصهيوني"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # headlines without final punctuation end at the line break
        ("خبر عاجل\nقال الوزير إن الوضع مستقر.", ["خبر عاجل", "قال الوزير إن الوضع مستقر."]),
        # «!!» and «؟!» end a sentence once
        ("هل هذا معقول؟! لا أصدق!! انتهى.", ["هل هذا معقول؟!", "لا أصدق!!", "انتهى."]),
        # numbers with a full stop inside are not endings
        ("بلغ عدد السكان 116.000 نسمة. ثم زاد.", ["بلغ عدد السكان 116.000 نسمة.", "ثم زاد."]),
        # a closing quote stays with its sentence
        ('قال: "انتهى الأمر." ثم غادر.', ['قال: "انتهى الأمر."', "ثم غادر."]),
        # abbreviations
        (
            "Mr. Smith met the U.S. envoy. Then he left.",
            ["Mr. Smith met the U.S. envoy.", "Then he left."],
        ),
        ("", []),
        ("... !!! ؟؟", []),
    ],
)
def test_sentences(text, expected):
    assert [s.text for s in sentences(text)] == expected


@given(arabic_text)
@settings(max_examples=150)
def test_sentences_are_ordered_trimmed_spans_of_the_text(text):
    previous_end = 0
    for sentence in sentences(text):
        assert text[sentence.start : sentence.end] == sentence.text
        assert sentence.text == sentence.text.strip() and sentence.text
        assert sentence.start >= previous_end
        previous_end = sentence.end


@given(st.text(alphabet=st.sampled_from(list("ab .!?؟…\n1\"'»)")), max_size=80))
@settings(max_examples=200)
def test_the_fast_terminator_search_finds_what_the_pattern_finds(text):
    assert [m.span() for m in _terminators(text)] == [m.span() for m in _TERMINATOR.finditer(text)]


def test_tokens_keep_diacritics_and_tatweel_inside_words():
    text = "قُتِلَ الـجيش"
    assert [t.text for t in tokens(text)] == ["قُتِلَ", "الـجيش"]
    for t in tokens(text):
        assert text[t.start : t.end] == t.text


def test_find_matches_after_normalisation():
    span = find("أعلن الجيشُ  السوري", "الجيش السوري")
    assert span is not None and span.text == "الجيشُ  السوري"
    assert find("نص", "غائب") is None


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("قال الوزير إن الوضع مستقر", "ar"),
        ("The minister said the situation was stable", "en"),
        ("قال الرئيس الأمريكي Donald Trump إن الاتفاق انتهى", "ar"),  # quoting an English name
        ("", "ar"),
        ("\ufed7\ufe8e\ufedd \ufe8d\ufedf\ufeed\ufeaf\ufef3\ufeae", "ar"),  # PDF letter forms
        ("\u0762\u0763", "ar"),  # letters of the Arabic Supplement
        ("\u06d5", "ar"),  # any other letter of the Arabic script
    ],
)
def test_detect_language(text, language):
    assert detect_language(text) == language


def test_detect_language_names_an_unsupported_script():
    with pytest.raises(UnsupportedLanguageError, match="cyrillic"):
        detect_language("Министр сказал")


def test_an_article_copied_out_of_a_pdf_is_analysed_as_arabic():
    """Presentation forms (one character per shape of a letter) fold to their letters, so
    the article is Arabic and its source is found, with offsets into the text as pasted."""
    from literacy.analysis import analyze

    text = (
        "\ufed7\ufe8e\ufedd \ufe8d\ufedf\ufeed\ufeaf\ufef3\ufeae \ufe87\ufee5"
        " \ufe8d\ufedf\ufeed\ufebf\ufecc \ufee3\ufeb4\ufe98\ufed8\ufeae."
    )  # «قال الوزير إن الوضع مستقر.» in the letters' shapes
    analysis = analyze(text)
    assert analysis.language == "ar"
    ((start, end, kind),) = [(s.start, s.end, s.kind) for s in analysis.sources]
    assert (text[start:end], kind) == ("\ufe8d\ufedf\ufeed\ufeaf\ufef3\ufeae", "person")
