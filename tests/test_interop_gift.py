"""GIFT export: escaping, weights, feedback, and export → import giving the questions back."""

from __future__ import annotations

import pytest
from interop_support import BUNDLED, bukamal, quiz

from literacy.interop import from_gift, to_gift
from literacy.interop.gift import escape
from literacy.quiz import MarkWords, load_quiz


@pytest.mark.parametrize(
    "text, expected",
    [
        ("plain text", "plain text"),
        ("a~b=c#d", "a\\~b\\=c\\#d"),
        ("{x}", "\\{x\\}"),
        ("time: 10:30", "time\\: 10\\:30"),
        ("back\\slash", "back\\\\slash"),
        ("two\nlines", "two\\nlines"),
        ("crlf\r\nline", "crlf\\nline"),
        ("literal \\n", "literal \\\\n"),
        ("عربي ‏«مقتبس»", "عربي ‏«مقتبس»"),
    ],
)
def test_escape(text, expected):
    assert escape(text) == expected


def _fields(question) -> dict:
    return question.model_dump(mode="json")


@pytest.mark.parametrize("path", BUNDLED, ids=lambda p: p.stem)
def test_bundled_quiz_round_trips(path):
    source = load_quiz(path)
    text, _ = to_gift(source)
    back, problems = from_gift(text, filename="x.gift")
    marked = {q.id: q for q in source.questions if isinstance(q, MarkWords)}
    kept = [q for q in source.questions if q.id not in marked]
    assert [_fields(q) for q in back.questions if q.id not in marked] == [_fields(q) for q in kept]
    assert (back.id, back.title, back.language) == (source.id, source.title, source.language)
    assert back.article.text == source.article.text.strip()
    assert back.article.title == source.article.title
    # mark_words travels as a multiple-answer question over the passage's words: it comes
    # back as one, or, when the passage has more words than a question may have choices,
    # as a problem that says so, never silently dropped.
    returned = {q.id: q for q in back.questions if q.id in marked}
    for question_id, original in marked.items():
        if question_id in returned:
            assert set(returned[question_id].answers) == set(original.targets)
    assert len(problems) == len(marked) - len(returned)


def test_single_choice_syntax():
    question = {
        "type": "single_choice",
        "id": "q1",
        "prompt": "Who says so?",
        "choices": ["The ministry", "Sources"],
        "answer": "b",
        "feedback": {"a": "The ministry is named."},
        "explanation": "Unnamed sources cannot be checked.",
    }
    text, _ = to_gift(quiz([question]))
    block = text.split("\n\n")[-1]
    assert block.splitlines() == [
        "// [points:1] [tag:general]",
        '::q1::[html]<div dir\\="ltr" lang\\="en">Who says so?</div>{',
        '\t~<div dir\\="ltr" lang\\="en">The ministry</div>#<div dir\\="ltr" lang\\="en">'
        "The ministry is named.</div>",
        '\t=<div dir\\="ltr" lang\\="en">Sources</div>',
        '\t####<div dir\\="ltr" lang\\="en">Unnamed sources cannot be checked.</div>',
        "}",
    ]


@pytest.mark.parametrize(
    "answer, feedback, expected",
    [
        (True, {}, "{TRUE}"),
        (True, {"false": "No."}, "{TRUE#<No.>}"),
        (True, {"true": "Yes."}, "{TRUE##<Yes.>}"),
        (False, {"true": "No.", "false": "Yes."}, "{FALSE#<No.>#<Yes.>}"),
    ],
)
def test_true_false_feedback_order(answer, feedback, expected):
    # GIFT puts the feedback for a wrong answer first, then for the right one.
    question = {"type": "true_false", "prompt": "Is it?", "answer": answer, "feedback": feedback}
    text, _ = to_gift(quiz([question]))
    answers = text.rstrip().split("</div>{", 1)[1]
    simplified = answers.replace('<div dir\\="ltr" lang\\="en">', "<").replace("</div>", ">")
    assert "{" + simplified == expected


def test_multiple_answer_weights_are_moodles():
    question = {
        "type": "multiple_choice",
        "prompt": "Pick all.",
        "choices": ["a1", "a2", "a3", "b1", "b2"],
        "answers": ["a1", "a2", "a3"],
    }
    text, warnings = to_gift(quiz([question]))
    marks = [line.split("<", 1)[0] for line in text.splitlines() if line.startswith("\t~")]
    assert marks == ["\t~%33.33333%"] * 3 + ["\t~%-33.33333%"] * 2
    assert "=" not in "".join(marks)  # no "=": Moodle lets the student tick several
    assert not [w for w in warnings if "percentages" in w.message]


def test_hostile_text_is_escaped_in_the_file():
    question = {
        "type": "single_choice",
        "prompt": "Is {this} = that? ~ # :: \\ </text>",
        "choices": ["=right", "~wrong #1"],
        "answer": "a",
    }
    text, _ = to_gift(quiz([question]))
    block = text.split("\n\n")[-1]
    body = block.split("\n", 1)[1]
    assert "Is \\{this\\} \\= that? \\~ \\# \\:\\: \\\\ &lt;/text&gt;" in body
    assert "=<div" in body and "\\=right" in body and "\\~wrong \\#1" in body


def test_points_travel_in_a_comment_with_a_warning():
    question = {"type": "true_false", "id": "tf", "prompt": "Is it?", "answer": True, "points": 2.5}
    text, warnings = to_gift(quiz([question]))
    assert "// [points:2.5] [tag:general]" in text
    assert any("marks" in w.message and "tf" in w.message for w in warnings)
    back, _ = from_gift(text)
    assert back.questions[0].points == 2.5


def test_category_and_shuffle_warning():
    question = {"type": "true_false", "prompt": "Is it?", "answer": True}
    text, warnings = to_gift(quiz([question], settings={"shuffle_choices": False}), category="W3")
    assert text.startswith("$CATEGORY: $course$/top/W3\n\n")
    assert any("shuffl" in w.message for w in warnings)
    back, _ = from_gift(text, filename="w.gift")
    assert back.title == "W3"


def test_bukamal_warnings():
    _, warnings = to_gift(bukamal())
    messages = [str(w) for w in warnings]
    assert any(m.startswith("question mark-support-loaded: mark_words") for m in messages)
    assert any("confidence" in m for m in messages)


def test_a_title_cannot_pass_for_metadata():
    question = {"type": "true_false", "prompt": "Is it?", "answer": True}
    text, _ = to_gift(quiz([question], id="real", title="Sneaky [quiz:other] [language:ar]"))
    back, _ = from_gift(text)
    assert (back.id, back.language, back.title) == (
        "real",
        "en",
        "Sneaky [quiz:other] [language:ar]",
    )
