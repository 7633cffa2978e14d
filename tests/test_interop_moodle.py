"""Moodle XML: well-formed, every field where Moodle looks for it, scoring reproduced."""

from __future__ import annotations

import itertools
import xml.etree.ElementTree as ET

import pytest
from interop_support import bukamal, moodle_questions, quiz, read

from literacy.interop import to_moodle_xml
from literacy.interop.common import MOODLE_FRACTIONS, follows_literacy_rule, moodle_weights
from literacy.quiz import MarkWords, MultipleChoice, SingleChoice, TrueFalse
from literacy.scoring import credit_fraction


@pytest.fixture(scope="module")
def exported() -> tuple[str, list]:
    return to_moodle_xml(bukamal())


def test_article_comes_first_as_a_description(exported):
    document, _ = exported
    first = moodle_questions(document)[0]
    assert first.get("type") == "description"
    assert first.findtext("defaultgrade") == "0"
    article = read(first.findtext("questiontext/text"))
    assert article.title == bukamal().article.title
    assert article.text == bukamal().article.text.strip()


def test_every_question_keeps_its_fields(exported):
    document, _ = exported
    source = bukamal()
    questions = moodle_questions(document)[1:]
    assert [q.findtext("name/text") for q in questions] == [q.id for q in source.questions]
    for element, question in zip(questions, source.questions, strict=True):
        expected_type = "truefalse" if isinstance(question, TrueFalse) else "multichoice"
        assert element.get("type") == expected_type
        assert float(element.findtext("defaultgrade")) == question.points
        text = read(element.findtext("questiontext/text")).text
        assert text.startswith(question.prompt)
        general = read(element.findtext("generalfeedback/text"))
        assert general.text == (question.explanation or "")
        if not isinstance(question, MarkWords):
            assert general.evidence == question.evidence.quote
        tags = [t.findtext("text") for t in element.iter("tag")]
        assert question.skill in tags
        if question.practice:
            assert question.practice in tags


def test_choices_answers_and_feedback(exported):
    document, _ = exported
    for element, question in zip(moodle_questions(document)[1:], bukamal().questions, strict=True):
        answers = element.findall("answer")
        if isinstance(question, TrueFalse):
            texts = [a.findtext("text") for a in answers]
            assert texts == ["true", "false"]
            right = texts[[a.get("fraction") for a in answers].index("100")]
            assert right == str(question.answer).lower()
            for answer in answers:
                note = read(answer.findtext("feedback/text")).text
                assert note == question.feedback.get(answer.findtext("text"), "")
        elif isinstance(question, SingleChoice | MultipleChoice):
            texts = [read(a.findtext("text")).text for a in answers]
            assert texts == list(question.choices)
            assert element.findtext("single") == str(isinstance(question, SingleChoice)).lower()
            for answer, choice in zip(answers, question.choices, strict=True):
                note = read(answer.findtext("feedback/text")).text
                assert note == question.feedback.get(choice, "")


def test_shuffle_follows_the_settings():
    question = {"type": "single_choice", "prompt": "Which?", "choices": ["a", "b"], "answer": "a"}
    for shuffle in (True, False):
        document, _ = to_moodle_xml(quiz([question], settings={"shuffle_choices": shuffle}))
        assert moodle_questions(document)[1].findtext("shuffleanswers") == str(shuffle).lower()


def test_arabic_is_utf8_and_right_to_left(exported):
    document, _ = exported
    assert "من يقول ذلك" in document  # not &#1605;… entities
    assert "&#" not in document
    assert '&lt;div dir="rtl" lang="ar"&gt;' in document
    english, _ = to_moodle_xml(quiz([{"type": "true_false", "prompt": "Is it?", "answer": True}]))
    assert '&lt;div dir="ltr" lang="en"&gt;' in english


def _moodle_grade(fractions: list[float], picked: tuple[int, ...]) -> float:
    """Moodle's multiple-answer grade: the picked fractions summed, clamped to 0…1."""
    return min(1.0, max(0.0, sum(fractions[i] for i in picked)))


def test_weights_reproduce_literacy_scoring(exported):
    document, _ = exported
    checked = 0
    for element, question in zip(moodle_questions(document)[1:], bukamal().questions, strict=True):
        if not isinstance(question, MultipleChoice):
            continue
        fractions = [float(a.get("fraction")) / 100 for a in element.findall("answer")]
        for size in range(len(fractions) + 1):
            for picked in itertools.combinations(range(len(fractions)), size):
                expected = credit_fraction(question, picked)
                assert _moodle_grade(fractions, picked) == pytest.approx(expected, abs=1e-6)
                checked += 1
    assert checked >= 16


@pytest.mark.parametrize("right", range(1, 26))
def test_weights_are_on_moodles_list(right):
    weights = moodle_weights(right)
    assert len(weights.right) == right
    assert all(w in MOODLE_FRACTIONS or w == 0 for w in weights.right)
    assert -weights.wrong in MOODLE_FRACTIONS
    assert weights.exact == (right <= 10 or right == 20)  # 1/20 is on the list too
    if right <= 20:
        assert sum(weights.right) == pytest.approx(1, abs=1e-6)
    if weights.exact:
        assert all(abs(float(w) - 1 / right) < 1e-6 for w in weights.right)


def test_rounded_weights_are_warned_about():
    choices = [f"choice {i}" for i in range(13)]
    question = {
        "type": "multiple_choice",
        "id": "many",
        "prompt": "Pick.",
        "choices": choices,
        "answers": choices[:12],
    }
    document, warnings = to_moodle_xml(quiz([question]))
    fractions = {a.get("fraction") for a in moodle_questions(document)[1].findall("answer")}
    assert fractions == {"10", "5", "-10"}
    assert any(w.question_id == "many" and "percentages" in w.message for w in warnings)


def test_mark_words_becomes_multiple_answer_with_a_warning(exported):
    document, warnings = exported
    source = bukamal()
    index = next(i for i, q in enumerate(source.questions) if isinstance(q, MarkWords))
    question = source.questions[index]
    element = moodle_questions(document)[index + 1]
    assert element.get("type") == "multichoice"
    assert element.findtext("single") == "false"
    answers = element.findall("answer")
    words = [read(a.findtext("text")).text for a in answers]
    assert words == list(dict.fromkeys(w.text for w in question.words))
    right = {w for w, a in zip(words, answers, strict=True) if float(a.get("fraction")) > 0}
    assert right == {"بانكشاف", "الواضح", "والصريح"}
    # Feedback keyed by a word of the passage lands on that word's choice.
    notes = {w: read(a.findtext("feedback/text")).text for w, a in zip(words, answers, strict=True)}
    assert notes["واتهامات"] == question.feedback["واتهامات"]
    assert read(element.findtext("questiontext/text")).text.endswith(question.passage)
    (warning,) = [w for w in warnings if w.question_id == question.id]
    assert "mark_words" in warning.message and "multiple-answer" in warning.message


def test_quiz_settings_moodle_cannot_carry_are_warned_about():
    question = {"type": "true_false", "prompt": "Is it?", "answer": True}
    settings = {"time_limit_minutes": 20, "shuffle_questions": True, "ask_confidence": True}
    _, warnings = to_moodle_xml(quiz([question], settings=settings))
    messages = " ".join(w.message for w in warnings)
    assert "time limit (20 minutes)" in messages
    assert "shuffling the questions" in messages
    assert "confidence" in messages


def test_category_is_optional():
    question = {"type": "true_false", "prompt": "Is it?", "answer": True}
    plain, _ = to_moodle_xml(quiz([question]))
    assert 'type="category"' not in plain
    document, _ = to_moodle_xml(quiz([question]), category="Media / week 3")
    first = ET.fromstring(document).find("question")
    assert first.get("type") == "category"
    assert first.findtext("category/text") == "$course$/top/Media // week 3"


@pytest.mark.parametrize(
    "percentages, expected",
    [
        ([50, 50, -50, -50], True),
        ([33.33333, 33.33333, 33.33333, -33.33333], True),
        ([100, -100, -100], True),
        ([50, 50, 0, 0], False),  # no penalty for a wrong pick
        ([100, 0, 0], False),
        ([70, 30, -50], False),
        ([-50, -50], False),
    ],
)
def test_follows_literacy_rule(percentages, expected):
    assert follows_literacy_rule(percentages) is expected


def test_exported_weights_follow_literacys_rule_for_any_count():
    for right in range(1, 21):
        weights = moodle_weights(right)
        percentages = [float(w) * 100 for w in weights.right] + [float(weights.wrong) * 100] * 3
        assert follows_literacy_rule(percentages)
