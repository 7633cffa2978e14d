"""The analyser never crashes, and every offset it reports indexes the text it was given."""

from __future__ import annotations

import random
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from literacy import analyze
from literacy.analysis import Analysis
from literacy.analysis.lexicon import lexicon
from literacy.text import normalize

GOLDEN = Path(__file__).parent / "golden"
WORKED_EXAMPLE = (GOLDEN / "pelest-bukamal-2017.txt").read_text(encoding="utf-8-sig")
TASHKEEL = "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652"
BIDI = "\u200e\u200f\u202a\u202b\u202c\u2066\u2067\u2068\u2069\u061c\ufeff"
pieces = st.sampled_from(
    [
        "قال",
        "وقالت",
        "مصادر",
        "مطلعة",
        "إن",
        "الجيش",
        "السوري",
        "تحرير",
        "مجزرة",
        "أحد",
        "القادة",
        "أفادنا",
        "«",
        "»",
        '"',
        ":",
        "،",
        ".",
        "!!",
        "؟!",
        "\n",
        "\n\n",
        " ",
        "  ",
        "١٢٠",
        "17/11/2017",
        "85%",
        "#فيروس_كورونا",
        "#",
        "#وزير_الصحة",
        "|",
        "عاجل",
        "▶️",
        "د.",
        "https://t.co/x1",
        "@user",
        "😀",
        "🇸🇾",
        "Trump",
        "said",
        "ـــ",
        *TASHKEEL,
        *BIDI,
        "\u00a0",
        "لـ",
        "بحسب",
        "زعم",
        "نفسهلقوات",
        "الخميسوأعلنت",
        "والذين",
        "موسكو",
        "ثلاثة",
        "وأستنكرها",
        "خلاله",
        "النائب",
        "عن",
        "ما",
        "نقلت",
        "معالي",
        "صاحب السمو",
        "علمت",
        "من",
        "التي",
        "هندرسون",
        "إلى أن",
        "معتبرا",
        "الأهالي",
        "السوداني",
        "سماحة",
        "ودعا",
        "من جهتها",
        # the pieces of 2026-12-07's rules: tanwin as written, brackets, a sentence-opening
        # «طالب», complaints, a courtesy alone, a particle, a long aside, a tag's label
        "نقدًا",
        "مجدداً",
        "(",
        ")",
        "طالب",
        "تشكو",
        "أطالب",
        "ولذلك",
        "القائمون على",
        "آيت",
        "خلال",
        "في بيان",
        "قلقه",
        "أهمية",
        "بفشل",
        "يهنئ",
        "إمارة",
        "مواقع إخبارية",
    ]
)
mixed_text = st.lists(pieces, max_size=60).map("".join)


def assert_offsets(text: str, analysis: Analysis) -> None:
    assert analysis.text == text
    spans = [*analysis.sources, *analysis.claims, *analysis.loaded]
    spans += [e for c in analysis.claims for e in c.evidence]
    if analysis.headline:
        spans.append(analysis.headline)
    for span in spans:
        assert 0 <= span.start <= span.end <= len(text)
        assert text[span.start : span.end] == span.text
    for source in analysis.sources:
        assert text[source.cue_start : source.cue_end] == source.cue
    for claim in analysis.claims:
        assert claim.source is None or 0 <= claim.source < len(analysis.sources)


@given(st.text(max_size=300))
@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_any_unicode_text_analyses_as_arabic_without_crashing(text):
    assert_offsets(text, analyze(text, "ar"))


@given(mixed_text)
@settings(max_examples=120, deadline=None)
def test_news_like_mess_keeps_offsets_valid(text):
    assert_offsets(text, analyze(text, "ar"))


@pytest.mark.parametrize(
    "text",
    [
        "",
        " \n\t ",
        "...!!!؟؟،،::",
        "١٢٣٤٥٦٧٨٩٠ 0123456789",
        "😀🇸🇾🎉",
        "نفسهلقواتالجيشالسوريقالمصدرإن",  # words glued together
        "ـــــــ" * 50,
        BIDI * 20,
        TASHKEEL * 30,
        "قال\u200fوزير\u202bالخارجية\u202c إن",
        "\ufeffقال الوزير إن الوضع مستقر.",  # a BOM left in the string
    ],
)
def test_odd_inputs(text):
    assert_offsets(text, analyze(text, "ar"))


def test_empty_and_letterless_text_need_no_language():
    assert analyze("").language == "ar"
    assert analyze("!!! 123").claims == ()


def test_a_megabyte_of_text():
    paragraphs = WORKED_EXAMPLE.split("\n\n")
    rng = random.Random(1)
    text = "\n\n".join(rng.choice(paragraphs) for _ in range(12_000))[:1_000_000]
    analysis = analyze(text)
    assert len(text) > 900_000
    assert len(analysis.sources) > 100
    assert_offsets(text, analysis)


def _decorate(text: str, rng: random.Random) -> str:
    """Tashkeel, tatweel and bidi marks sprinkled between letters, digits made Arabic-Indic."""
    out = []
    for char in text:
        out.append(char)
        if "\u0621" <= char <= "\u064a" and rng.random() < 0.6:
            out.append(rng.choice(TASHKEEL + "\u0640\u200f"))
    return "".join(out).translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"))


def test_diacritics_tatweel_bidi_and_indic_digits_change_nothing_but_offsets():
    plain = analyze(WORKED_EXAMPLE)
    decorated_text = _decorate(WORKED_EXAMPLE, random.Random(7))
    decorated = analyze(decorated_text)
    assert_offsets(decorated_text, decorated)

    def key(span):
        return normalize(span.text).text

    assert [key(s) for s in decorated.sources] == [key(s) for s in plain.sources]
    assert [s.kind for s in decorated.sources] == [s.kind for s in plain.sources]
    assert [key(w) for w in decorated.loaded] == [key(w) for w in plain.loaded]
    assert [(c.factual, c.subjective, c.checkable, c.reasons) for c in decorated.claims] == [
        (c.factual, c.subjective, c.checkable, c.reasons) for c in plain.claims
    ]


def test_threads_share_the_lexicons_and_get_the_same_answers():
    texts = [WORKED_EXAMPLE, *WORKED_EXAMPLE.split("\n\n")[:12]]
    expected = [analyze(t).model_dump_json() for t in texts]
    with ThreadPoolExecutor(max_workers=4) as pool:
        got = list(pool.map(lambda t: analyze(t).model_dump_json(), texts * 3))
    assert got == expected * 3


@pytest.mark.parametrize(
    ("language", "templates"),
    [
        ("ar", ("وقال {} إن الوضع صعب.", "{} أكد أن", "وكان {} قد أعلن أن", "بحسب {}، فإن")),
        ("en", ("{} said the plan failed.", '"It failed," said {}.', "According to {}, it did.")),
    ],
)
def test_every_ambiguous_lexicon_word_as_a_source(language, templates):
    """Each word the lexicon knows in two ways (a name and a title, a cue and a name) put
    where a source stands: once «أعلن رئيسي أن …» crashed the analyser. About 30 s."""
    index = lexicon(language).index
    ambiguous = [s for s, hits in index.items() if len({(h.kind, h.role) for h in hits}) > 1]
    assert len(ambiguous) > 300
    for surface in ambiguous:
        for template in templates:
            text = template.format(surface)
            assert_offsets(text, analyze(text, language))
