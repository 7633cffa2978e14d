"""The take page through AppTest: every question type, confidence, explanation timing,
the score `literacy.scoring` computes, and nothing lost on a rerun."""

from __future__ import annotations

import pytest
from app_support import (
    BUKAMAL,
    add_quiz,
    attempt_of,
    click,
    fixture_source,
    html_text,
    right_answer,
    set_answer,
    start,
    wrong_answer,
)

from literacy.quiz import MarkWords, load_quiz
from literacy.scoring import score
from literacy.ui.attempt import answers, question_order
from literacy.ui.html import escape_markdown


def test_bukamal_to_the_end_shows_the_score_scoring_computes(data_dir):
    quiz = load_quiz(BUKAMAL)
    at = start("take", quiz=quiz.id)
    attempt = attempt_of(at, quiz.id)
    order = question_order(quiz, attempt)
    for number, question in enumerate(order):
        response = right_answer(question) if number % 3 else wrong_answer(question)
        set_answer(at, attempt, question, response, confidence=1 + number % 5)
        click(at, "take/check")
        assert question.id in attempt.checked
        click(at, "take/finish" if number == len(order) - 1 else "take/next")
    assert attempt.finished
    expected = score(quiz, answers(quiz, attempt))
    assert expected.percent not in (0, 100)
    shown = at.metric[0].value
    assert f"({round(expected.percent)}%)" in shown
    assert f"{expected.credit:g}" in shown.replace(".0 ", " ")
    assert expected.confidence.rated == len(order)


@pytest.fixture
def mini(data_dir):
    def make(**settings):
        return add_quiz(data_dir, fixture_source("en-mini.yaml", **settings))

    return make


def test_after_each_shows_feedback_and_evidence_once_checked(mini):
    quiz = mini(show_explanations="after_each")
    at = start("take", quiz=quiz.id, lang="en")
    attempt = attempt_of(at, quiz.id)
    first = question_order(quiz, attempt)[0]
    assert "lit-evidence" not in html_text(at)
    set_answer(at, attempt, first, wrong_answer(first))
    click(at, "take/check")
    html = html_text(at)
    assert first.explanation.replace('"', "&quot;") in html
    assert '<mark class="lit-evidence">' in html
    assert at.error[0].value == "Not quite."


def test_checking_without_an_answer_says_what_to_do(mini):
    quiz = mini()
    at = start("take", quiz=quiz.id, lang="en")
    click(at, "take/check")
    assert [w.value for w in at.warning] == ["Choose one answer first."]
    assert not attempt_of(at, quiz.id).checked


def test_mark_words_by_clicking_words(mini):
    quiz = mini(shuffle_questions=False)
    at = start("take", quiz=quiz.id, lang="en")
    attempt = attempt_of(at, quiz.id)
    question = quiz.questions[3]
    assert isinstance(question, MarkWords)
    attempt.position = 3
    at.run()
    pills = at.pills(key=attempt.widget_key(question.id, "words"))
    assert [o.rstrip("\u200b") for o in pills.options] == [w.text for w in question.words]
    words = {w.text: i for i, w in enumerate(question.words)}
    set_answer(at, attempt, question, (words["claimed"], words["shocking"], words["taxpayers"]))
    click(at, "take/check")
    html = html_text(at)
    assert html.count("lit-word-hit") == 1  # shocking
    assert html.count("lit-word-false-alarm") == 2  # claimed, taxpayers
    assert html.count("lit-word-miss") == 1  # disaster
    assert "plain description of who pays" in html
    assert [e.value for e in at.error] == ["Not quite."]  # (1 right − 2 wrong) / 2 → 0
    click(at, "take/finish")
    assert "lit-word-hit" in html_text(at)


def test_at_end_keeps_answers_editable_and_explains_on_the_result_page(mini):
    quiz = mini(show_explanations="at_end", ask_confidence=False)
    at = start("take", quiz=quiz.id, lang="en")
    attempt = attempt_of(at, quiz.id)
    order = question_order(quiz, attempt)
    set_answer(at, attempt, order[0], wrong_answer(order[0]))
    assert order[0].id in attempt.responses  # saved the moment it is given
    assert not _has(at, "take/check")
    assert "lit-choices" not in html_text(at)
    click(at, "take/next")
    click(at, "take/previous")
    widget = at.radio(key=attempt.widget_key(order[0].id, "answer"))
    assert widget.value == wrong_answer(order[0])  # the answer came back with the question
    assert not at.warning  # and Streamlit has nothing to say about how it came back
    set_answer(at, attempt, order[0], right_answer(order[0]))  # and can still change
    for _ in order[1:]:
        click(at, "take/next")
    click(at, "take/finish")
    assert not attempt.finished
    assert "2, 3, 4" in at.warning[0].value
    click(at, "take/finish-anyway")
    assert attempt.finished
    assert "(25%)" in at.metric[0].value
    assert at.expander  # the review, question by question
    assert quiz.questions[0].explanation in html_text(at)


def test_never_shows_no_explanation(mini):
    quiz = mini(show_explanations="never", ask_confidence=False)
    at = start("take", quiz=quiz.id, lang="en")
    attempt = attempt_of(at, quiz.id)
    order = question_order(quiz, attempt)
    for question in order:
        set_answer(at, attempt, question, right_answer(question))
        click(at, "take/finish" if question is order[-1] else "take/next")
    assert attempt.finished
    assert "(100%)" in at.metric[0].value
    assert not at.expander
    assert any("chose not to show the answers" in i.value for i in at.info)
    assert all(q.explanation not in html_text(at) for q in quiz.questions)


def test_confidence_is_optional_and_reported(mini):
    quiz = mini(show_explanations="at_end")
    at = start("take", quiz=quiz.id, lang="en")
    attempt = attempt_of(at, quiz.id)
    order = question_order(quiz, attempt)
    for i, question in enumerate(order):
        set_answer(at, attempt, question, right_answer(question), confidence=5 if i else None)
        click(at, "take/finish" if question is order[-1] else "take/next")
    assert len(attempt.confidence) == len(order) - 1
    assert any("5.0 out of 5" in m.value for m in at.markdown)


def test_discernment_is_explained_in_one_sentence(mini):
    quiz = mini(show_explanations="at_end", ask_confidence=False, shuffle_questions=False)
    at = start("take", quiz=quiz.id, lang="en")
    attempt = attempt_of(at, quiz.id)
    # Distrust everything: right on the two weak items, wrong on the two sound ones.
    plan = [wrong_answer, wrong_answer, right_answer, right_answer]
    for question, pick in zip(quiz.questions, plan, strict=True):
        set_answer(at, attempt, question, pick(question))
        click(at, "take/finish" if question is quiz.questions[-1] else "take/next")
    values = [m.value for m in at.metric]
    assert "2 of 2 (100%)" in values  # weak practice spotted
    assert values.count("2 of 2 (100%)") == 2  # and sound practice distrusted
    assert any("recognised 2 of 2" in m.value for m in at.markdown)


def test_try_again_starts_a_new_shuffled_attempt(mini):
    quiz = mini(show_explanations="never", ask_confidence=False)
    at = start("take", quiz=quiz.id, lang="en")
    attempt = attempt_of(at, quiz.id)
    for question in question_order(quiz, attempt):
        set_answer(at, attempt, question, right_answer(question))
        click(
            at, "take/next" if question is not question_order(quiz, attempt)[-1] else "take/finish"
        )
    click(at, "take/try-again")
    again = attempt_of(at, quiz.id)
    assert again.number == 2 and not again.responses and not again.finished
    assert at.radio or at.checkbox or at.pills


def test_order_is_stable_across_reruns(data_dir):
    quiz = load_quiz(BUKAMAL)
    at = start("take", quiz=quiz.id)
    attempt = attempt_of(at, quiz.id)
    first = question_order(quiz, attempt)[0]
    options = at.radio[0].options
    for _ in range(3):
        at.run()
        assert at.radio[0].options == options
    assert question_order(quiz, attempt_of(at, quiz.id))[0].id == first.id


def test_unknown_quiz_says_so_and_offers_the_list(data_dir):
    at = start("take", quiz="no-such-quiz", lang="en")
    assert escape_markdown("no-such-quiz") in at.error[0].value  # Markdown from a URL is text
    at.selectbox(key="take/choose").set_value("bukamal-2017").run()
    assert not at.exception and at.query_params["quiz"] == "bukamal-2017"
    assert at.progress[0].proto.text == "Question 1 of 16"


def _has(at, key):
    return any(b.key == key for b in at.button)


def test_jump_to_any_question_while_answers_can_change(mini):
    quiz = mini(show_explanations="at_end", ask_confidence=False)
    at = start("take", quiz=quiz.id, lang="en")
    attempt = attempt_of(at, quiz.id)
    order = question_order(quiz, attempt)
    set_answer(at, attempt, order[0], right_answer(order[0]))
    jump = at.pills(key=attempt.widget_key("quiz", "jump"))
    assert jump.options[:2] == ["1 ✓", "2"]
    jump.set_value(2).run()
    assert attempt.position == 2
    assert at.progress[0].proto.text == "Question 3 of 4"
    click(at, "take/previous")
    assert at.pills(key=attempt.widget_key("quiz", "jump")).value == 1


def test_switching_language_mid_quiz_keeps_the_answers(mini):
    quiz = mini(show_explanations="at_end", shuffle_questions=False)
    at = start("take", quiz=quiz.id, lang="en")
    attempt = attempt_of(at, quiz.id)
    click(at, "take/next")  # question 2 is true/false, whose labels are interface text
    set_answer(at, attempt, quiz.questions[1], False, confidence=3)
    at.segmented_control(key="lang").set_value("ar").run()
    assert not at.exception
    assert at.progress[0].proto.text == "السؤال 2 من 4"
    radio = at.radio(key=attempt.widget_key("vote-checkable", "answer"))
    assert radio.value is False and radio.options == ["صح", "خطأ"]
    assert attempt.responses["vote-checkable"] is False
    assert attempt.confidence["vote-checkable"] == 3


def test_a_word_that_occurs_twice_can_be_marked_on_its_own(data_dir):
    quiz = load_quiz(BUKAMAL)
    position, question = next(
        (i, q) for i, q in enumerate(quiz.questions) if isinstance(q, MarkWords)
    )
    texts = [w.text for w in question.words]
    second = texts.index("من", texts.index("من") + 1)
    at = start("take", quiz=quiz.id)
    attempt = attempt_of(at, quiz.id)
    attempt.position = position
    at.run()
    set_answer(at, attempt, question, (second,))
    assert attempt.responses[question.id] == (second,)
    click(at, "take/check")
    assert at.pills(key=attempt.widget_key(question.id, "words")).value == [second]


def test_a_quiz_changed_mid_try_starts_again_instead_of_grading_old_answers(mini, data_dir):
    quiz = mini(shuffle_questions=False)
    at = start("take", quiz=quiz.id, lang="en")
    attempt = attempt_of(at, quiz.id)
    set_answer(at, attempt, quiz.questions[0], 2)  # "No source at all"
    click(at, "take/check")
    path = data_dir / "quizzes" / f"{quiz.id}.yaml"
    source = path.read_text(encoding="utf-8").replace("No source at all", "Nobody")
    path.write_text(source, encoding="utf-8")
    at.run()
    assert not at.exception
    assert "was changed since you started" in at.info[0].value
    fresh = attempt_of(at, quiz.id)
    assert fresh is not attempt and not fresh.responses and not fresh.checked
