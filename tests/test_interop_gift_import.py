"""GIFT import: what comes in, what is reported (with its line), what the article becomes."""

from __future__ import annotations

import textwrap

import pytest
from interop_support import ROOT, check_golden

from literacy.errors import QuizFileError
from literacy.interop import from_gift
from literacy.interop.gift_import import PLACEHOLDER_ARTICLE
from literacy.quiz import MultipleChoice, SingleChoice, TrueFalse, dumps_quiz, loads_quiz

TEACHER = ROOT / "tests" / "golden" / "interop" / "teacher.gift"


def _one(source: str, **options):
    quiz, problems = from_gift(textwrap.dedent(source), **options)
    assert len(quiz.questions) == 1, problems
    return quiz.questions[0], problems


def test_teacher_file_matches_golden_yaml():
    quiz, _ = from_gift(TEACHER.read_text(encoding="utf-8"), filename="teacher.gift")
    yaml_text = dumps_quiz(quiz)
    assert loads_quiz(yaml_text) == quiz
    check_golden("teacher.yaml", yaml_text)


def test_teacher_file_problems_name_their_lines():
    _, problems = from_gift(TEACHER.read_text(encoding="utf-8"), filename="teacher.gift")
    found = [(p.file, p.line, p.message.split(" ")[0]) for p in problems]
    assert found == [
        ("teacher.gift", 26, "the"),  # weights without a penalty: imported with literacy's rule
        ("teacher.gift", 28, "short"),
        ("teacher.gift", 30, "numerical"),
        ("teacher.gift", 32, "matching"),
        ("teacher.gift", 34, "essay"),
        ("teacher.gift", 36, "several"),
        ("teacher.gift", 38, "unbalanced"),
    ]
    assert "weights differ" in problems[0].message
    assert str(problems[1]).startswith("teacher.gift:28: short answer questions are not supported")


def test_single_choice_with_feedback():
    question, problems = _one(
        """
        ::q::Who?{=Named#Good. ~Unnamed#They cannot be checked.####Because.}
        """
    )
    assert isinstance(question, SingleChoice)
    assert question.id == "q"
    assert question.choices == ("Named", "Unnamed")
    assert question.answer == "Named"
    assert question.feedback == {"Named": "Good.", "Unnamed": "They cannot be checked."}
    assert question.explanation == "Because."
    assert not [p for p in problems if p.line is not None]


@pytest.mark.parametrize(
    "answers, verdict, feedback",
    [
        ("{T}", True, {}),
        ("{TRUE}", True, {}),
        ("{F}", False, {}),
        ("{FALSE#Wrong.#Right.}", False, {"true": "Wrong.", "false": "Right."}),
        ("{TRUE#Wrong.#Right.####General.}", True, {"false": "Wrong.", "true": "Right."}),
        ("{TRUE##Right.}", True, {"true": "Right."}),
    ],
)
def test_true_false(answers, verdict, feedback):
    question, _ = _one(f"It is so.{answers}")
    assert isinstance(question, TrueFalse)
    assert question.answer is verdict
    assert question.feedback == feedback


def test_escapes_are_text():
    question, _ = _one(r"A \{b\} \= c \~ d \# e\: f \\ g\ntwo{=x\=y ~p\#q}")
    assert question.prompt == "A {b} = c ~ d # e: f \\ g\ntwo"
    assert question.choices == ("x=y", "p#q")


def test_comments_and_blank_lines_separate_questions():
    quiz, _ = from_gift(
        "// a comment\nOne?{T}\n\n  \n// another\nTwo?{=a ~b}\n   // indented comment\n"
    )
    assert [q.prompt for q in quiz.questions] == ["One?", "Two?"]


def test_formats():
    question, _ = _one("[html]<p>A &amp; <b>B</b></p>{=<i>x</i> ~y}")
    assert question.prompt == "A & B"
    assert question.choices == ("x", "y")
    question, _ = _one("[plain]<b> stays{=a ~b}")
    assert question.prompt == "<b> stays"
    question, _ = _one("[moodle]first line\nsecond line{=a ~b}")
    assert question.prompt == "first line\nsecond line"


def test_multiple_answer_with_literacys_weights_has_no_problem():
    question, problems = _one("Pick.{~%50%a ~%50%b ~%-50%c ~%-50%d}")
    assert isinstance(question, MultipleChoice)
    assert question.answers == ("a", "b")
    assert problems == [p for p in problems if p.line is None]  # only the article note


def test_partial_credit_in_single_choice_is_reported():
    question, problems = _one("Pick.{=a ~%50%b ~c}")
    assert isinstance(question, SingleChoice)
    assert any(p.line == 1 and "partial credit" in p.message for p in problems)


def test_missing_word_prompt_has_a_blank():
    question, _ = _one("The {=mayor ~crowd} said so.")
    assert question.prompt == "The _____ said so."


def test_no_description_gives_a_placeholder_article():
    quiz, problems = from_gift("Is it?{T}", language="ar")
    assert quiz.article.text == PLACEHOLDER_ARTICLE["ar"]
    assert any(p.line is None and "placeholder" in p.message for p in problems)


def test_only_the_first_description_is_the_article():
    quiz, problems = from_gift("First text.\n\nSecond text.\n\nIs it?{T}")
    assert quiz.article.text == "First text."
    assert any(p.line == 3 and "only the first description" in p.message for p in problems)


def test_evidence_not_in_the_article_is_left_out_and_said():
    source = (
        '[html]<p>Article.</p>\n\n::q::[html]Q?{T####[html]<blockquote class="literacy-evidence">'
        "Not there</blockquote>Why.}"
    )
    quiz, problems = from_gift(source)
    assert quiz.questions[0].evidence is None
    assert quiz.questions[0].explanation == "Why."
    assert any(p.line == 3 and "evidence" in p.message for p in problems)


def test_language_title_and_id_options():
    quiz, _ = from_gift(
        "Is it?{T}", language="en", title="My quiz", quiz_id="mine", filename="x.gift"
    )
    assert (quiz.language, quiz.title, quiz.id) == ("en", "My quiz", "mine")
    quiz, _ = from_gift("هل هذا صحيح؟{T}", filename="Week 3.gift.txt")
    assert (quiz.language, quiz.id) == ("ar", "week-3")


def test_repeated_names_are_numbered_and_repeated_questions_dropped():
    quiz, problems = from_gift("::q::A?{T}\n\n::q::B?{F}\n\nC?{T}\n\nC?{T}")
    assert [q.id for q in quiz.questions][:2] == ["q", "q-2"]
    assert len(quiz.questions) == 3
    assert any(p.line == 7 and "same question as on line 5" in p.message for p in problems)


def test_nothing_importable_is_an_error_with_every_problem():
    with pytest.raises(QuizFileError) as raised:
        from_gift("Who?{=a =b}\n\nHow many?{#3}", filename="bad.gift")
    lines = [p.line for p in raised.value.problems]
    assert lines == [1, 3, None]
    assert "no question could be imported" in str(raised.value)


def test_category_followed_by_a_question_is_read_and_reported():
    quiz, problems = from_gift("$CATEGORY: top/Week 1\nIs it?{T}")
    assert quiz.title == "Week 1"
    assert len(quiz.questions) == 1
    assert any(p.line == 2 and "blank line after $CATEGORY" in p.message for p in problems)


def test_moodle_tags_set_skill_practice_and_difficulty():
    question, _ = _one("// [tag:Source] [tag:UNRELIABLE] [tag:hard] [tag:week3]\nWho?{T}")
    assert (question.skill, question.practice, question.difficulty) == (
        "source",
        "unreliable",
        "hard",
    )


def test_an_evidence_occurrence_that_is_not_a_plain_number_falls_back_to_the_first():
    from literacy.interop.markup import html_to_text

    for odd in ("²", "٢", "x", ""):
        html = f'<blockquote class="literacy-evidence" data-occurrence="{odd}">quote</blockquote>'
        assert html_to_text(html).occurrence == 1
    html = '<blockquote class="literacy-evidence" data-occurrence="3">quote</blockquote>'
    assert html_to_text(html).occurrence == 3
