"""Scoring tables: credit per question type, partial credit, totals, skills, discernment."""

from __future__ import annotations

from statistics import NormalDist

import pytest

from literacy.quiz import loads_quiz
from literacy.scoring import Answer, InvalidAnswer, credit_fraction, discernment, score

QUIZ = loads_quiz("""
id: scoring
title: Scoring
language: ar
article:
  text: وقال قادة ميدانيون بأنهم قضوا على فلول مسلحي التنظيم. بلغ عدد السكان 116.000 نسمة.
questions:
  - type: single_choice
    id: single
    prompt: من المصدر؟
    skill: source
    practice: unreliable
    choices: [قادة ميدانيون بلا أسماء, وزارة الدفاع, لا مصدر]
    answer: a
  - type: multiple_choice
    id: multi
    prompt: اختر كل ما ينطبق
    skill: checkability
    practice: unreliable
    points: 2
    choices: [أ, ب, ج, د]
    answers: [a, b]
  - type: true_false
    id: tf
    prompt: يمكن التحقق من عدد السكان.
    skill: checkability
    practice: reliable
    answer: true
  - type: mark_words
    id: mark
    prompt: اضغط على الكلمات المشحونة
    skill: loaded_language
    practice: unreliable
    passage: وقال قادة ميدانيون بأنهم قضوا على فلول مسلحي التنظيم
    targets: [فلول, قضوا على]
""")


def question(question_id):
    return QUIZ.question(question_id)


@pytest.mark.parametrize(
    ("question_id", "response", "credit"),
    [
        ("single", 0, 1.0),
        ("single", 1, 0.0),
        ("tf", True, 1.0),
        ("tf", False, 0.0),
        # multiple choice: (right − wrong) / right, floor 0; two right answers out of four
        ("multi", (0, 1), 1.0),
        ("multi", (0,), 0.5),
        ("multi", (0, 2), 0.0),
        ("multi", (0, 1, 2), 0.5),
        ("multi", (0, 1, 2, 3), 0.0),
        ("multi", (2, 3), 0.0),
        ("multi", (), 0.0),
        # mark_words over the passage's words: قضوا على is two target words, فلول one
        ("mark", (4, 5, 6), 1.0),
        ("mark", (6,), 1 / 3),
        ("mark", (4, 5, 6, 0), 2 / 3),
        ("mark", (0, 1, 2), 0.0),
        ("mark", tuple(range(9)), 0.0),
    ],
)
def test_credit_fraction(question_id, response, credit):
    assert credit_fraction(question(question_id), response) == pytest.approx(credit)


def test_mark_words_targets_are_the_words_in_the_passage():
    mark = question("mark")
    assert [mark.words[i].text for i in sorted(mark.target_words)] == ["قضوا", "على", "فلول"]


@pytest.mark.parametrize(
    ("question_id", "response", "message"),
    [
        ("single", 3, "choice 3 does not exist"),
        ("single", True, "takes one choice number"),
        ("single", (0,), "takes one choice number"),
        ("tf", 1, "takes true or false"),
        ("multi", (0, 9), "choice 9 does not exist"),
        ("multi", True, "takes a list of choice numbers"),
        ("multi", 1, "takes a list of choice numbers"),
        ("multi", (1, 1), "a choice is picked twice"),
        ("mark", (42,), "word 42 does not exist"),
    ],
)
def test_answers_that_cannot_fit_the_question_are_refused(question_id, response, message):
    with pytest.raises(InvalidAnswer, match=message):
        credit_fraction(question(question_id), response)


def test_a_full_result_with_partial_credit_and_unanswered_questions():
    result = score(
        QUIZ,
        {
            "single": Answer(response=0, confidence=5),
            "multi": Answer(response=(0, 2, 1), confidence=2),
            "tf": Answer(response=False, confidence=4),
        },
    )
    assert result.points == 5
    assert result.credit == pytest.approx(1 + 2 * 0.5 + 0)
    assert result.percent == pytest.approx(40.0)
    assert result.unanswered == ("mark",)
    by_skill = {s.skill: s for s in result.skills}
    assert by_skill["checkability"].points == 3
    assert by_skill["checkability"].credit == pytest.approx(1.0)
    assert by_skill["loaded_language"].answered == 0
    assert [q.correct for q in result.questions] == [True, True, False, False]
    # confidence beside correctness
    assert result.confidence.mean_when_correct == pytest.approx(3.5)
    assert result.confidence.mean_when_wrong == pytest.approx(4.0)
    assert result.confidence.rated == 3


def test_answers_to_questions_not_in_the_quiz_are_refused():
    with pytest.raises(InvalidAnswer, match="not in quiz 'scoring': nope"):
        score(QUIZ, {"nope": Answer(response=True)})


@pytest.mark.parametrize("loose", ["1", 1.0, "true", (True,), [1.0]])
def test_answers_are_strict_about_their_kind(loose):
    with pytest.raises(ValueError):
        Answer(response=loose)


def test_an_unknown_question_id_is_a_library_error():
    from literacy.errors import LiteracyError

    with pytest.raises(LiteracyError, match="quiz 'scoring' has no question 'nope'"):
        QUIZ.question("nope")
    with pytest.raises(KeyError):
        QUIZ.question("nope")


def test_answers_arrive_as_json_from_a_browser_or_database():
    assert Answer.model_validate_json('{"response": [1, 2], "confidence": 3}').response == (1, 2)
    assert Answer.model_validate_json('{"response": true}').response is True
    assert Answer.model_validate_json('{"response": 2}').response == 2
    with pytest.raises(ValueError):
        Answer.model_validate_json('{"response": 1, "confidence": 9}')


def _results(hits, unreliable, false_alarms, reliable):
    from literacy.scoring import QuestionResult

    def item(practice, correct):
        return QuestionResult(
            question_id="x",
            skill="general",
            practice=practice,
            points=1,
            credit=float(correct),
            answered=True,
            correct=correct,
        )

    return [item("unreliable", i < hits) for i in range(unreliable)] + [
        item("reliable", i >= false_alarms) for i in range(reliable)
    ]


Z = NormalDist().inv_cdf


@pytest.mark.parametrize(
    ("hits", "n_u", "fas", "n_r", "d_prime", "criterion"),
    [
        # log-linear correction: (count + 0.5) / (n + 1)
        (3, 4, 1, 4, Z(3.5 / 5) - Z(1.5 / 5), -(Z(3.5 / 5) + Z(1.5 / 5)) / 2),
        # perfect discernment stays finite
        (4, 4, 0, 4, Z(4.5 / 5) - Z(0.5 / 5), 0.0),
        # calling everything unreliable: all hits, all false alarms: no discernment, liberal bias
        (4, 4, 4, 4, 0.0, -Z(4.5 / 5)),
        # calling everything reliable: no hits, no false alarms: no discernment, conservative bias
        (0, 4, 0, 4, 0.0, -Z(0.5 / 5)),
        # unequal numbers of items
        (1, 1, 0, 3, Z(1.5 / 2) - Z(0.5 / 4), -(Z(1.5 / 2) + Z(0.5 / 4)) / 2),
    ],
)
def test_discernment_d_prime_and_criterion(hits, n_u, fas, n_r, d_prime, criterion):
    result = discernment(_results(hits, n_u, fas, n_r))
    assert result.hits == hits and result.misses == n_u - hits
    assert result.false_alarms == fas and result.correct_rejections == n_r - fas
    assert result.hit_rate == pytest.approx(hits / n_u)
    assert result.false_alarm_rate == pytest.approx(fas / n_r)
    assert result.d_prime == pytest.approx(d_prime, abs=1e-9)
    assert result.criterion == pytest.approx(criterion, abs=1e-9)


def test_discernment_needs_both_kinds_of_item():
    only_unreliable = discernment(_results(2, 3, 0, 0))
    assert only_unreliable.hit_rate == pytest.approx(2 / 3)
    assert only_unreliable.false_alarm_rate is None
    assert only_unreliable.d_prime is None and only_unreliable.criterion is None
    nothing = discernment([])
    assert nothing.hit_rate is None and nothing.d_prime is None


def test_unanswered_items_count_for_neither_rate():
    result = score(QUIZ, {"tf": Answer(response=True)})
    assert result.discernment.hits == 0 and result.discernment.misses == 0
    assert result.discernment.correct_rejections == 1
    assert result.discernment.hit_rate is None


def test_a_target_word_marks_every_place_it_appears():
    quiz = loads_quiz("""
id: twice
title: T
language: en
article: {text: Greedy bosses and greedy unions.}
questions:
  - type: mark_words
    prompt: Mark the loaded words
    passage: Greedy bosses and greedy unions.
    targets: [greedy]
""")
    question = quiz.questions[0]
    assert question.target_words == frozenset({0, 3})
    assert credit_fraction(question, (0, 3)) == 1.0
    assert credit_fraction(question, (0,)) == 0.5
