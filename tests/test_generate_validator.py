"""The ambiguity validator accepts sound questions and rejects hand-made bad ones."""

from __future__ import annotations

import pytest

from literacy.analysis import Analysis
from literacy.generate.context import Context
from literacy.generate.draft import Draft, make_question
from literacy.generate.families_source import KINDS
from literacy.generate.templates import templates
from literacy.generate.validate import problems

# A small article with one source of each kind, checkable and uncheckable claims and
# loaded words, analysed by hand so the expectations do not depend on the analyser.
TEXT = (
    "عاجل: مجزرة مروعة في المدينة!\n"
    "قال وزير الصحة أحمد سالم إن 40 شخصاً أصيبوا يوم 3 آذار 2021.\n"
    "وزعمت مصادر مطلعة أن فلول المسلحين هربوا عبر الأنفاق.\n"
    "وأعلنت وزارة الداخلية فتح تحقيق في الحادث.\n"
    "وكشف ناشطون أن القصف كان متعمداً.\n"
    "وتقع المدينة على الضفة الغربية للنهر.\n"
)


def span(fragment: str, occurrence: int = 1) -> tuple[int, int]:
    start = -1
    for _ in range(occurrence):
        start = TEXT.index(fragment, start + 1)
    return start, start + len(fragment)


def finding(fragment: str, **fields) -> dict:
    start, end = span(fragment)
    return {"start": start, "end": end, "text": fragment, **fields}


def source(fragment: str, kind: str, cue: str, stance: str = "neutral") -> dict:
    cue_start, cue_end = span(cue)
    return finding(
        fragment, kind=kind, cue=cue, cue_start=cue_start, cue_end=cue_end, cue_stance=stance
    )


def claim(fragment: str, checkable: bool, reasons: list[str], source: int | None) -> dict:
    return finding(
        fragment,
        factual=True,
        subjective=False,
        checkable=checkable,
        reasons=reasons,
        source=source,
    )


LINES = TEXT.splitlines()
ANALYSIS = Analysis.model_validate(
    {
        "language": "ar",
        "text": TEXT,
        "headline": finding(LINES[0]),
        "sources": [
            source("وزير الصحة أحمد سالم", "person", "قال"),
            source("مصادر مطلعة", "anonymous", "وزعمت", "doubt"),
            source("وزارة الداخلية", "organization", "وأعلنت"),
            source("ناشطون", "anonymous", "وكشف", "proven"),
        ],
        "claims": [
            claim(LINES[1], True, ["has_date", "has_number", "named_source"], 0),
            claim(LINES[2], False, ["only_anonymous"], 1),
            claim(LINES[3], True, ["named_source"], 2),
            claim(LINES[4], False, ["only_anonymous", "motive"], 3),
            claim(LINES[5], True, ["names_place"], None),
        ],
        "loaded": [
            finding("مجزرة", category="framing", neutral=["هجوم أوقع قتلى"], note="حكم على الحدث."),
            finding("مروعة", category="emotional", neutral=[], note="تستدر العاطفة."),
            finding("فلول", category="label", neutral=["من تبقى من"], note="بقايا جيش مهزوم."),
            finding("متعمداً", category="framing", neutral=["مقصوداً"], note="ينسب نية."),
        ],
    }
)
CTX = Context.build(ANALYSIS, None)
T = templates("ar")


def single(family, choices, answer, meaning, asks, evidence_fragment, **extra):
    question = make_question(
        "single_choice",
        prompt="سؤال",
        choices=choices,
        answer=answer,
        evidence=TEXT[slice(*span(evidence_fragment))],
        **extra,
    )
    return Draft(family, question, span(evidence_fragment), "x", tuple(meaning), asks)


def true_false(family, answer, asks, evidence_fragment):
    question = make_question(
        "true_false", prompt="سؤال", answer=answer, evidence=TEXT[slice(*span(evidence_fragment))]
    )
    return Draft(family, question, span(evidence_fragment), "x", (), asks)


GOOD = [
    single(
        "source_who",
        ["مصادر مطلعة", "وزارة الداخلية", "ناشطون"],
        "مصادر مطلعة",
        [1, 2, 3],
        1,
        LINES[2],
    ),
    single(
        "source_kind",
        [T.text(f"kinds.{k}") for k in KINDS],
        T.text("kinds.anonymous"),
        KINDS,
        1,
        LINES[2],
    ),
    single(
        "cue_stance",
        ["وزعمت", "قال", "وأعلنت", "أوضح"],
        "وزعمت",
        ["doubt", "neutral", "neutral", "neutral"],
        "doubt",
        LINES[2],
    ),
    true_false("checkable_tf", True, 0, LINES[1]),
    # LINES[n] is claim n - 1: the headline comes first
    single("which_checkable", [LINES[4], LINES[1], LINES[3]], LINES[4], [3, 0, 2], False, LINES[4]),
    single(
        "loaded_which",
        ["فلول", "المسلحين", "الأنفاق"],
        "فلول",
        [span("فلول"), span("المسلحين"), span("الأنفاق")],
        span("فلول"),
        LINES[2],
    ),
    single(
        "neutral_alternative",
        ["من تبقى من", "مجزرة", "مروعة"],
        "من تبقى من",
        [2, "loaded", "loaded"],
        2,
        LINES[2],
    ),
    true_false("no_loaded_tf", True, 2, LINES[3]),
]


@pytest.mark.parametrize("draft", GOOD, ids=lambda d: d.family)
def test_sound_questions_pass(draft):
    assert problems(draft, CTX) == []


BAD = [
    (
        "a distractor is another source of the same claim",
        single(
            "source_who",
            ["مصادر مطلعة", "وزير الصحة أحمد سالم", "ناشطون"],
            "ناشطون",
            [1, 0, 3],
            1,
            LINES[2],
        ),
        "the answer is not a source",
    ),
    (
        "the answer kind is wrong",
        single(
            "source_kind",
            [T.text(f"kinds.{k}") for k in KINDS],
            T.text("kinds.person"),
            KINDS,
            1,
            LINES[2],
        ),
        "not the kind",
    ),
    (
        "two doubting verbs among the options",
        single(
            "cue_stance",
            ["وزعمت", "وكشف", "قال"],
            "وزعمت",
            ["doubt", "neutral", "neutral"],
            "doubt",
            LINES[2],
        ),
        "is not neutral either",
    ),
    (
        "an option is not a reporting verb of the article",
        single(
            "cue_stance",
            ["وزعمت", "هربوا", "قال"],
            "وزعمت",
            ["doubt", "neutral", "neutral"],
            "doubt",
            LINES[2],
        ),
        "not a reporting verb",
    ),
    (
        "checkable claim marked uncheckable",
        true_false("checkable_tf", False, 0, LINES[1]),
        "contradicts",
    ),
    (
        "a distractor is checkable too",
        single(
            "which_checkable", [LINES[4], LINES[1], LINES[2]], LINES[4], [3, 0, 1], False, LINES[4]
        ),
        "has the asked checkability too",
    ),
    (
        "a distractor is a loaded word",
        single(
            "loaded_which",
            ["فلول", "المسلحين", "مجزرة"],
            "فلول",
            [span("فلول"), span("المسلحين"), span("مجزرة")],
            span("فلول"),
            LINES[2],
        ),
        "is loaded too",
    ),
    (
        "a distractor is a neutral alternative",
        single(
            "neutral_alternative",
            ["من تبقى من", "مجزرة", "هجوم أوقع قتلى"],
            "من تبقى من",
            [2, "loaded", "loaded"],
            2,
            LINES[2],
        ),
        "could pass as neutral",
    ),
    (
        "a loaded sentence called clean",
        true_false("no_loaded_tf", True, 1, LINES[2]),
        "contradicts the loaded words",
    ),
]


@pytest.mark.parametrize(("draft", "expected"), [b[1:] for b in BAD], ids=[b[0] for b in BAD])
def test_ambiguous_or_wrong_questions_are_rejected(draft, expected):
    found = problems(draft, CTX)
    assert any(expected in p for p in found), found


def test_evidence_that_is_not_in_the_article_is_rejected():
    question = make_question(
        "true_false", prompt="سؤال", answer=True, evidence="جملة ليست في المقال"
    )
    draft = Draft("checkable_tf", question, (0, 1), "x", (), 0)
    assert "the evidence quote does not occur in the article" in problems(draft, CTX)


def test_options_equal_after_normalisation_never_become_a_question():
    with pytest.raises(ValueError, match="repeats choice"):
        single(
            "loaded_which",
            ["فلول", "المسلحين", "المسلّحين"],
            "فلول",
            [span("فلول"), span("المسلحين"), span("المسلحين")],
            span("فلول"),
            LINES[2],
        )


def with_loaded(fragment: str) -> Context:
    """CTX with one more loaded finding, as if a teacher had added it."""
    start, end = span(fragment)
    extra = ANALYSIS.loaded[0].model_copy(update={"start": start, "end": end, "text": fragment})
    return Context.build(ANALYSIS.model_copy(update={"loaded": (*ANALYSIS.loaded, extra)}), None)


def test_mark_words_must_target_every_loaded_word_of_the_passage():
    question = make_question("mark_words", prompt="اضغط", evidence=LINES[2], targets=["فلول"])
    draft = Draft("mark_words", question, span(LINES[2]), "x", (), 1)
    assert problems(draft, CTX) == []
    found = problems(draft, with_loaded("الأنفاق"))
    assert any("'الأنفاق' is loaded but not a target" in p for p in found), found


def test_headline_distractor_that_is_true_is_rejected():
    choices = [
        "كلمات مثيرة",
        T.text("headline.distractors.gives_number"),
        T.text("headline.distractors.names_source"),
    ]
    question = make_question(
        "single_choice", prompt="سؤال", evidence=LINES[0], choices=choices, answer="كلمات مثيرة"
    )
    draft = Draft(
        "headline", question, span(LINES[0]), "headline", ("loaded", "gives_number", "names_source")
    )
    assert problems(draft, CTX) == []
    # The same options for a headline that gives a number and names its source.
    data = with_loaded("أصيبوا").analysis.model_dump()
    data["headline"] = ANALYSIS.claims[0].model_dump(include={"start", "end", "text"})
    ctx = Context.build(Analysis.model_validate(data), None)
    found = problems(draft, ctx)
    assert any("'" + choices[1] + "' is true of the headline" in p for p in found), found
    assert any("'" + choices[2] + "' is true of the headline" in p for p in found), found
