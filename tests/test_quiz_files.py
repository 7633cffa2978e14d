"""Quiz files load, dump readably and round-trip; the bundled quizzes and the schema stay valid."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from literacy.quiz import (
    MarkWords,
    MultipleChoice,
    Quiz,
    SingleChoice,
    TrueFalse,
    dumps_quiz,
    load_quiz,
    loads_quiz,
    quiz_schema,
)
from literacy.text import normalize_key

ROOT = Path(__file__).resolve().parents[1]
QUIZ_FILES = sorted((ROOT / "quizzes").rglob("*.yaml"))


def test_there_are_bundled_quizzes_in_both_languages():
    languages = {load_quiz(path).language for path in QUIZ_FILES}
    assert languages == {"ar", "en"}


@pytest.mark.parametrize("path", QUIZ_FILES, ids=lambda p: str(p.relative_to(ROOT)))
def test_bundled_quiz_is_valid_and_complete(path):
    quiz = load_quiz(path)
    assert path.stem == quiz.id, "a bundled quiz file is named after its id"
    assert len(quiz.questions) >= 12
    assert {q.skill for q in quiz.questions} >= {"source", "checkability", "loaded_language"}
    for question in quiz.questions:
        assert question.evidence is not None, question.id
        assert question.explanation, question.id
        span = quiz.article.text[question.evidence.start : question.evidence.end]
        assert normalize_key(span) == normalize_key(question.evidence.quote), question.id
    practices = [q.practice for q in quiz.questions if q.practice]
    reliable = practices.count("reliable")
    assert 0.35 <= reliable / len(practices) <= 0.65, "reliable and unreliable items mixed"


@pytest.mark.parametrize("path", QUIZ_FILES, ids=lambda p: str(p.relative_to(ROOT)))
def test_bundled_quiz_round_trips_byte_for_byte(path):
    quiz = load_quiz(path)
    dumped = dumps_quiz(quiz)
    assert loads_quiz(dumped) == quiz
    assert dumps_quiz(loads_quiz(dumped)) == dumped


def test_dumped_arabic_stays_arabic_and_long_text_is_a_block():
    quiz = load_quiz(ROOT / "quizzes/ar/bukamal-2017.yaml")
    dumped = dumps_quiz(quiz)
    assert "\\u" not in dumped
    assert "تحرير البوكمال" in dumped
    assert re.search(r"^  text: \|", dumped, re.MULTILINE)


def test_schema_file_is_in_sync_with_the_models():
    on_disk = json.loads((ROOT / "quizzes/schema.json").read_text(encoding="utf-8"))
    assert on_disk == quiz_schema(), "run: literacy schema -o quizzes/schema.json"


def test_schema_lists_the_question_types_and_shorthand():
    schema = quiz_schema()
    text = json.dumps(schema)
    for kind in ("single_choice", "multiple_choice", "true_false", "mark_words"):
        assert kind in text
    evidence = schema["$defs"]["SingleChoice"]["properties"]["evidence"]
    assert {"type": "string"} in evidence["anyOf"], "evidence may be a plain quote"


def test_readme_example_quiz_is_valid():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```yaml\n(.*?)```", readme, re.DOTALL)
    assert blocks, "the README shows an example quiz"
    quiz = loads_quiz(blocks[0], "README.md")
    assert quiz.questions


def test_question_ids_are_stable_content_hashes():
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    block = re.findall(r"```yaml\n(.*?)```", text, re.DOTALL)[0]
    first = loads_quiz(block)
    again = loads_quiz(block.replace("answer: b", "answer: Unnamed sources"))
    assert [q.id for q in first.questions] == [q.id for q in again.questions]
    assert all(re.fullmatch(r"q-[0-9a-f]{10}", q.id) for q in first.questions)


# ---- property tests -----------------------------------------------------------------------

# Arabic, Latin, digits, punctuation that YAML cares about, spaces, NBSP, bidi marks, emoji.
ALPHABET = st.sampled_from(
    [
        *"abcXYZ سلامقالتحريرَُِّـ٠١٢٣ 0123456789:#-?!,{}[]&*|>'\"%@`\u00a0\u200f\u202b\u202c",
        "\n",
        "🙂",
        "\t",
        "\\",
        "\x85",
        "\u2028",
        "\u2029",
    ]
)
texts = st.text(ALPHABET, min_size=1, max_size=40).filter(lambda s: s.strip())


@st.composite
def quizzes(draw) -> Quiz:
    article = draw(st.text(ALPHABET, min_size=20, max_size=300).filter(lambda s: s.strip()))
    questions = []
    for _ in range(draw(st.integers(1, 5))):
        start = draw(st.integers(0, len(article) - 1))
        quote = article[start : start + draw(st.integers(1, 30))]
        evidence = quote if quote.strip() else None
        common = {
            "prompt": draw(texts),
            "skill": draw(
                st.sampled_from(["source", "checkability", "loaded_language", "general"])
            ),
            "practice": draw(st.sampled_from([None, "reliable", "unreliable"])),
            "difficulty": draw(st.sampled_from([None, "easy", "medium", "hard"])),
            "explanation": draw(st.none() | texts),
            "points": draw(st.sampled_from([1, 2, 0.5, 1.25])),
            "evidence": evidence,
        }
        kind = draw(st.sampled_from(["single", "multiple", "true_false", "mark"]))
        if kind in ("single", "multiple"):
            choices = draw(
                st.lists(texts, min_size=2, max_size=5, unique_by=lambda c: normalize_key(c))
            )
            if kind == "single":
                questions.append(
                    SingleChoice(
                        type="single_choice",
                        choices=choices,
                        answer=draw(st.sampled_from(choices)),
                        **common,
                    )
                )
            else:
                answers = draw(st.lists(st.sampled_from(choices), min_size=1, unique=True))
                questions.append(
                    MultipleChoice(
                        type="multiple_choice", choices=choices, answers=answers, **common
                    )
                )
        elif kind == "true_false":
            questions.append(TrueFalse(type="true_false", answer=draw(st.booleans()), **common))
        else:
            words = draw(
                st.lists(
                    st.sampled_from(["قالت", "الحكومة", "فلول", "slammed", "the", "plan", "وفلول"]),
                    min_size=1,
                    max_size=8,
                )
            )
            passage = " ".join(words)
            targets = draw(st.lists(st.sampled_from(words), min_size=1, max_size=3, unique=True))
            questions.append(
                MarkWords(type="mark_words", passage=passage, targets=targets, **common)
            )
    ids = {q.id for q in questions}
    if len(ids) < len(questions):  # two identical questions: a quiz refuses those
        questions = list({q.id: q for q in questions}.values())
    return Quiz(
        id="prop",
        title=draw(texts),
        language=draw(st.sampled_from(["ar", "en"])),
        description=draw(st.none() | texts),
        tags=draw(st.lists(texts, max_size=3)),
        article={"text": article, "title": draw(st.none() | texts)},
        settings={
            "shuffle_choices": draw(st.booleans()),
            "show_explanations": draw(st.sampled_from(["after_each", "at_end", "never"])),
        },
        questions=questions,
    )


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(quizzes())
def test_any_quiz_survives_dump_and_load(quiz):
    dumped = dumps_quiz(quiz)
    loaded = loads_quiz(dumped)
    assert loaded == quiz
    assert dumps_quiz(loaded) == dumped
    for before, after in zip(quiz.questions, loaded.questions, strict=True):
        if before.evidence is not None:
            assert (after.evidence.start, after.evidence.end) == (
                before.evidence.start,
                before.evidence.end,
            )


def test_questions_shared_by_two_quizzes_keep_their_own_evidence_offsets():
    question = {"type": "true_false", "prompt": "p", "answer": True, "evidence": "needle"}
    first = Quiz.model_validate(
        {
            "id": "a",
            "title": "A",
            "language": "en",
            "article": {"text": "needle first"},
            "questions": [question],
        }
    )
    second = Quiz.model_validate(
        {
            "id": "b",
            "title": "B",
            "language": "en",
            "article": {"text": "much later: the needle"},
            "questions": first.questions,
        }
    )
    assert first.questions[0].evidence.start == 0
    assert second.questions[0].evidence.start == 16


def test_a_revised_quiz_locates_its_evidence_again():
    quiz = Quiz.model_validate(
        {
            "id": "a",
            "title": "A",
            "language": "en",
            "article": {"text": "needle first"},
            "questions": [
                {"type": "true_false", "prompt": "p", "answer": True, "evidence": "needle"}
            ],
        }
    )
    moved = quiz.revised(article={"text": "later, the needle"})
    assert moved.questions[0].evidence.start == 11
    assert quiz.questions[0].evidence.start == 0


@pytest.mark.parametrize("odd", ["a\x85b", "a\u2028b", "a\u2029b", "two\nlines\x85"])
def test_unusual_line_breaks_survive_dump_and_load(odd):
    quiz = Quiz.model_validate(
        {
            "id": "nel",
            "title": odd,
            "language": "en",
            "article": {"text": f"x {odd} y"},
            "questions": [{"type": "true_false", "prompt": odd, "answer": True, "evidence": odd}],
        }
    )
    again = loads_quiz(dumps_quiz(quiz))
    assert again == quiz and again.title == odd


def test_a_file_nested_hundreds_deep_is_a_clear_problem():
    from literacy.errors import QuizFileError

    with pytest.raises(QuizFileError, match="nested too deeply"):
        loads_quiz("a: " + "[" * 5000 + "]" * 5000)


def test_an_earlier_variant_of_the_quote_is_the_first_occurrence():
    article = 'He said “no” today. Later he said "no" again.'
    quiz = Quiz.model_validate(
        {
            "id": "occ",
            "title": "T",
            "language": "en",
            "article": {"text": article},
            "questions": [
                {"type": "true_false", "prompt": "a", "answer": True, "evidence": 'said "no"'},
                {
                    "type": "true_false",
                    "prompt": "b",
                    "answer": True,
                    "evidence": {"quote": 'said "no"', "occurrence": 2},
                },
            ],
        }
    )
    assert [q.evidence.start for q in quiz.questions] == [3, 29]
