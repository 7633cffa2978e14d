"""The generator in English: valid, balanced, deterministic quizzes in natural English, and
the same ambiguity validator rejecting bad English questions."""

from __future__ import annotations

import random
import re
from collections import Counter
from pathlib import Path

import pytest

from literacy.analysis import Analysis, analyze
from literacy.generate import NotEnoughMaterial, generate, generate_report, shortfall_message
from literacy.generate.context import Context
from literacy.generate.draft import Draft, make_question
from literacy.generate.families_source import KINDS, names_overlap, source_kind, source_who
from literacy.generate.templates import templates
from literacy.generate.validate import problems
from literacy.quiz import dumps_quiz, loads_quiz

ARTICLE = (Path(__file__).parent / "golden" / "kelbridge-flood-barrier.txt").read_text(
    encoding="utf-8-sig"
)


@pytest.fixture(scope="module")
def quiz():
    return generate(ARTICLE, quiz_id="kelbridge-generated")


def test_a_generated_english_quiz_validates_and_spreads_over_the_skills(quiz):
    assert quiz.language == "en"
    assert loads_quiz(dumps_quiz(quiz)) == quiz
    assert len(quiz.questions) == 12
    assert Counter(q.skill for q in quiz.questions) == {
        "source": 4,
        "checkability": 4,
        "loaded_language": 4,
    }
    practices = Counter(q.practice for q in quiz.questions if q.practice)
    assert abs(practices["reliable"] - practices["unreliable"]) <= 2, practices
    for question in quiz.questions:
        assert question.evidence is not None and question.evidence.quote in quiz.article.text
        assert question.explanation and question.difficulty


def test_the_english_wording_reads_as_english(quiz):
    text = dumps_quiz(quiz)
    assert "““" not in text and "””" not in text  # no quotation marks doubled
    for question in quiz.questions:
        prompt = question.prompt
        assert prompt.endswith(("?", "”")), prompt
        assert not re.search(r"[\u0600-\u06ff]", prompt + question.explanation)
        assert question.explanation[0].isupper() or question.explanation[0] == "“"
        assert "checked: " not in question.explanation  # reasons are sentences, not a list


def test_same_article_and_seed_give_byte_identical_english_yaml(quiz):
    again = generate(ARTICLE, quiz_id="kelbridge-generated")
    assert dumps_quiz(again) == dumps_quiz(quiz)
    other = generate(ARTICLE, quiz_id="kelbridge-generated", seed=5)
    assert dumps_quiz(other) != dumps_quiz(quiz)


def test_every_question_family_speaks_english():
    report = generate_report(ARTICLE, questions=40)
    families = {d.family for d in report.picked}
    assert {"source_who", "source_kind", "cue_stance", "checkable_tf", "which_checkable"} <= (
        families
    )
    assert families & {"loaded_which", "mark_words", "neutral_alternative", "no_loaded_tf"}
    headline = generate(
        "BREAKING: Shocking chaos as council slashes bus routes!!\n\n"
        + ARTICLE.split("\n\n", 1)[1],
        questions=40,
    )
    assert any(q.prompt.startswith("What makes the headline") for q in headline.questions)


def test_a_reporting_verb_question_never_offers_a_loaded_verb_as_neutral(quiz):
    for question in quiz.questions:
        if question.prompt.startswith("Which of these reporting verbs"):
            assert not {"slam", "slammed", "blasted"} & set(question.choices)
            assert len(set(question.choices)) == 4


def test_a_short_english_article_says_which_skill_had_too_little():
    report = generate_report("The health ministry said on Monday that 12 people were hurt.")
    assert report.quiz.questions
    short = {s.skill for s in report.shortfalls}
    assert "loaded_language" in short
    messages = [shortfall_message(s, "en") for s in report.shortfalls]
    assert any("too few loaded words" in m for m in messages)


def test_nothing_to_ask_is_a_clear_message_in_english():
    with pytest.raises(NotEnoughMaterial, match="too few"):
        generate("!!! ???", language="en")


# -- the validator on hand-made English questions ---------------------------------------------

TEXT = (
    "BREAKING: Shocking chaos in Millbrook!\n"
    "The mayor said 40 people were hurt on 3 March 2021.\n"
    "Critics claimed that greedy bosses hid the damage.\n"
    "The police announced an inquiry.\n"
    "Officials revealed that the fire was deliberate.\n"
    "The town lies on the west bank of the river.\n"
    "Residents slammed the delay.\n"
)
LINES = TEXT.splitlines()


def span(fragment: str) -> tuple[int, int]:
    start = TEXT.index(fragment)
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


ANALYSIS = Analysis.model_validate(
    {
        "language": "en",
        "text": TEXT,
        "headline": finding(LINES[0]),
        "sources": [
            source("The mayor", "person", "said"),
            source("Critics", "anonymous", "claimed", "doubt"),
            source("The police", "organization", "announced"),
            source("Officials", "anonymous", "revealed", "proven"),
            source("Residents", "anonymous", "slammed"),
        ],
        "claims": [
            claim(LINES[1], True, ["has_date", "has_number", "named_source"], 0),
            claim(LINES[2], False, ["anonymous_source"], 1),
            claim(LINES[3], True, ["named_source"], 2),
            claim(LINES[4], False, ["anonymous_source", "proven_cue"], 3),
            claim(LINES[5], True, ["names_place"], None),
        ],
        "loaded": [
            finding("Shocking", category="sensational", neutral=["new"], note="Headline bait."),
            finding("chaos", category="emotional", neutral=["disorder"], note="A disaster word."),
            finding("greedy", category="label", neutral=["company"], note="Assigns a vice."),
        ],
    }
)
CTX = Context.build(ANALYSIS, None)
T = templates("en")


def single(family, choices, answer, meaning, asks, evidence_fragment):
    question = make_question(
        "single_choice",
        prompt="Question?",
        choices=choices,
        answer=answer,
        evidence=TEXT[slice(*span(evidence_fragment))],
    )
    return Draft(family, question, span(evidence_fragment), "x", tuple(meaning), asks)


def test_sound_english_questions_pass():
    sound = [
        single(
            "source_who", ["Critics", "The mayor", "The police"], "Critics", [1, 0, 2], 1, LINES[2]
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
            ["claimed", "said", "announced", "told"],
            "claimed",
            ["doubt", "neutral", "neutral", "neutral"],
            "doubt",
            LINES[2],
        ),
        single(
            "loaded_which",
            ["greedy", "bosses", "damage"],
            "greedy",
            [span("greedy"), span("bosses"), span("damage")],
            span("greedy"),
            LINES[2],
        ),
    ]
    for draft in sound:
        assert problems(draft, CTX) == [], draft.family


BAD = [
    (
        "the answer is another claim's source",
        single(
            "source_who",
            ["Critics", "The mayor", "The police"],
            "The mayor",
            [1, 0, 2],
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
        "a loaded verb offered as a neutral one",
        single(
            "cue_stance",
            ["claimed", "said", "slammed", "told"],
            "claimed",
            ["doubt", "neutral", "neutral", "neutral"],
            "doubt",
            LINES[2],
        ),
        "is a loaded word",
    ),
    (
        "two verbs carry a stance",
        single(
            "cue_stance",
            ["claimed", "revealed", "said", "told"],
            "claimed",
            ["doubt", "neutral", "neutral", "neutral"],
            "doubt",
            LINES[2],
        ),
        "is not neutral either",
    ),
    (
        "an option is not a reporting verb of the article",
        single(
            "cue_stance",
            ["claimed", "hid", "said", "told"],
            "claimed",
            ["doubt", "neutral", "neutral", "neutral"],
            "doubt",
            LINES[2],
        ),
        "not a reporting verb",
    ),
    (
        "a distractor is a loaded word",
        single(
            "loaded_which",
            ["greedy", "chaos", "damage"],
            "greedy",
            [span("greedy"), span("chaos"), span("damage")],
            span("greedy"),
            LINES[2],
        ),
        "is loaded too",
    ),
    (
        "a distractor is checkable too",
        single(
            "which_checkable", [LINES[4], LINES[1], LINES[2]], LINES[4], [3, 0, 1], False, LINES[4]
        ),
        "has the asked checkability too",
    ),
]


@pytest.mark.parametrize(("draft", "expected"), [b[1:] for b in BAD], ids=[b[0] for b in BAD])
def test_ambiguous_or_wrong_english_questions_are_rejected(draft, expected):
    found = problems(draft, CTX)
    assert any(expected in p for p in found), found


def test_english_evidence_that_is_not_in_the_article_is_rejected():
    question = make_question(
        "true_false", prompt="Question?", answer=True, evidence="A sentence not in the article."
    )
    draft = Draft("checkable_tf", question, (0, 1), "x", (), 0)
    assert "the evidence quote does not occur in the article" in problems(draft, CTX)


def test_options_that_differ_only_in_capitals_never_become_an_english_question():
    with pytest.raises(ValueError, match="repeats choice"):
        single(
            "loaded_which",
            ["greedy", "bosses", "Bosses"],
            "greedy",
            [span("greedy"), span("bosses"), span("bosses")],
            span("greedy"),
            LINES[2],
        )


def test_the_generator_trusts_a_teachers_english_edits():
    analysis = analyze(TEXT, "en")
    mayor = next(i for i, s in enumerate(analysis.sources) if s.text == "The mayor")
    sources = list(analysis.sources)
    sources[mayor] = sources[mayor].model_copy(update={"kind": "anonymous"})
    edited = analysis.model_copy(update={"sources": tuple(sources)})
    quiz = generate(edited, questions=12)
    for question in quiz.questions:
        if "What kind of source" in question.prompt and "The mayor said" in question.prompt:
            assert question.answer == T.text("kinds.anonymous")
    assert isinstance(edited, Analysis)


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        # a source named again by its office alone is the same source for a student
        ("the judge", "Judge Patricia Onwu", True),
        ("the aide", "A senior Republican aide", True),
        ("Frost", "Tate's lawyer, Daniel Frost", True),
        # … but two people with the same title are two sources
        ("Sen. Jane Doe", "Sen. Mark Ruiz", False),
        ("the company", "The Advertising Standards Authority", False),
        ("the judge", "Prosecutors", False),
    ],
)
def test_a_source_named_again_is_never_a_distractor_for_itself(a, b, same):
    assert names_overlap(a, b, "en") is same


@pytest.mark.parametrize(
    ("sentence", "asked"),
    [
        # a source inside a subordinate clause speaks for that clause, not the sentence
        (
            "The deal collapsed on Tuesday night, after Republican leaders demanded deep cuts.",
            False,
        ),
        # … a source opening the sentence, or after "and", speaks for all of it
        ("Republican leaders demanded deep cuts to the climate research budget.", True),
    ],
)
def test_who_said_it_is_asked_only_of_a_source_that_speaks_for_the_sentence(sentence, asked):
    text = (
        sentence + " The mayor said the road would reopen in May. Officials said the fire was"
        " deliberate. The charity said in a statement that it had new controls."
    )
    ctx = Context.build(analyze(text, "en"), None)
    drafts = source_who(ctx, random.Random(0)) + source_kind(ctx, random.Random(0))
    assert any(d.span[0] == 0 for d in drafts) is asked


@pytest.mark.parametrize(
    ("text", "fragment", "asked"),
    [
        # the second half of a sentence, its subject in the first half, is never quoted alone
        (
            'Sen. Mark Ruiz said he was "disappointed" and urged leaders to return to the table.',
            "and urged leaders",
            False,
        ),
        # … but a second half with a subject of its own may be
        (
            "The mayor said the plan was safe on Monday, but residents said it would fail.",
            "but residents said",
            True,
        ),
    ],
)
def test_a_checkability_question_never_quotes_half_a_sentence_without_its_subject(
    text, fragment, asked
):
    from literacy.generate.families_checkability import checkable_tf

    ctx = Context.build(analyze(text, "en"), None)
    drafts = checkable_tf(ctx, random.Random(0))
    assert any(fragment in d.question.prompt for d in drafts) is asked


@pytest.mark.parametrize(
    ("sentence", "judging"),
    [
        ('"We were poor for an hour, but Sam was brilliant," the coach said.', "poor"),
        ("The club had a great season and the fans were brilliant, the chairman said.", "great"),
    ],
)
def test_a_word_that_judges_is_never_offered_as_a_neutral_word(sentence, judging):
    ctx = Context.build(analyze(sentence, "en"), None)
    words = [w.text for w in ctx.neutral_words(0, len(sentence))]
    assert words, "the sentence has neutral words to offer"
    assert judging not in words


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        # the second half of a sentence is quoted with the first, which holds its subject
        (
            "Sen. Mark Ruiz said he was disappointed and accused leaders of a shameful "
            "betrayal of voters.",
            "“Sen. Mark Ruiz said he was disappointed and accused leaders of a shameful "
            "betrayal of voters.”",
        ),
        # a sentence of its own is quoted alone
        (
            "The mayor opened the bridge on Monday. Critics called the new bridge across the "
            "river a shameful project for the town.",
            "“Critics called the new bridge across the river a shameful project for the town.”",
        ),
    ],
)
def test_a_loaded_word_question_quotes_the_sentence_from_its_start(text, quoted):
    from literacy.generate.families_loaded import loaded_which

    ctx = Context.build(analyze(text, "en"), None)
    drafts = loaded_which(ctx, random.Random(0))
    assert drafts
    assert all(d.question.prompt.startswith(quoted) for d in drafts)


def test_a_no_loaded_words_question_quotes_the_sentence_from_its_start():
    from literacy.generate.families_loaded import no_loaded_tf

    text = (
        "The health charity said there was no evidence that the juice diet works and warned "
        "that the shameful advert had misled thousands of patients."
    )
    ctx = Context.build(analyze(text, "en"), None)
    prompts = [d.question.prompt for d in no_loaded_tf(ctx, random.Random(0))]
    assert prompts
    assert not any("“and warned" in p for p in prompts)
    assert any("“The health charity said" in p and "shameful" in p for p in prompts)


def test_a_sentence_cut_in_two_claims_gets_one_no_loaded_words_question():
    from literacy.generate.families_loaded import no_loaded_tf

    text = (
        "The Dental Association said it welcomed the new guidance but urged parents to keep "
        "taking their children for check-ups twice a year."
    )
    analysis = analyze(text, "en")
    assert len(analysis.claims) == 2  # "…, but urged …" is a claim of its own
    ctx = Context.build(analysis, None)
    prompts = [d.question.prompt for d in no_loaded_tf(ctx, random.Random(0))]
    assert len(prompts) == 1
    assert "“The Dental Association said" in prompts[0] and "twice a year" in prompts[0]


@pytest.mark.parametrize(
    ("text", "language", "silent", "asked"),
    [
        (
            "A council spokesperson declined to comment on the documents. "
            "The mayor said the roof had been inspected in March.",
            "en",
            "declined to comment",
            "The mayor said",
        ),
        (
            "ورفض الوزير التعليق على الاتهامات. وقال المتحدث باسم الوزارة إن التحقيق مستمر.",
            "ar",
            "ورفض الوزير التعليق",
            "وقال المتحدث باسم الوزارة",
        ),
    ],
)
def test_a_reported_non_answer_is_never_asked_about(text, language, silent, asked):
    """ "X declined to comment" asserts nothing to check and has no source of its own: no
    checkability or source question quotes it, while the sentence after it is asked about."""
    from literacy.generate.families_checkability import checkable_tf
    from literacy.generate.families_source import source_kind, source_who

    ctx = Context.build(analyze(text, language), None)
    prompts = [
        d.question.prompt
        for family in (checkable_tf, source_who, source_kind)
        for d in family(ctx, random.Random(0))
    ]
    assert not any(silent in p for p in prompts)
    assert any(asked in p for p in prompts)


def test_a_fragment_is_never_asked_whether_it_can_be_checked():
    """'"We have no choice.' cut from a longer quotation asserts too little to ask whether a
    reader could check it; the quotation's next sentence, with a figure in it, is asked."""
    from literacy.generate.families_checkability import checkable_tf, which_checkable

    text = (
        '"We have no choice. The government has cut our grant three years running," '
        "Councillor Mark Hale told the Eastwick Gazette. Critics say the council wasted "
        "millions on a new headquarters."
    )
    analysis = analyze(text, "en")
    fragment = next(c for c in analysis.claims if c.text.endswith("no choice."))
    assert "fragment" in fragment.reasons
    ctx = Context.build(analysis, None)
    prompts = [
        d.question.prompt
        for family in (checkable_tf, which_checkable)
        for d in family(ctx, random.Random(0))
    ]
    assert prompts
    assert not any("no choice" in p for p in prompts)
    assert any("three years running" in p for p in prompts)


def test_a_loaded_words_choices_never_repeat_the_answer_left_unflagged_elsewhere():
    """ "The Dictator Pope" (a title, so not flagged) and "a manipulative dictator" in one
    sentence: "Dictator" is no neutral distractor for "dictator". Before, the question failed
    validation and generation crashed."""
    from literacy.generate.families_loaded import loaded_which

    text = (
        "Readers of The Dictator Pope will find the author calling Francis a manipulative "
        "dictator who silenced his critics."
    )
    ctx = Context.build(analyze(text, "en"), None)
    for seed in range(20):
        for draft in loaded_which(ctx, random.Random(seed)):
            keys = [c.lower() for c in draft.question.choices]
            assert len(keys) == len(set(keys))
    assert any(d.question.answer == "dictator" for d in loaded_which(ctx, random.Random(0)))
