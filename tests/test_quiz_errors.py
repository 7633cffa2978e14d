"""Broken quiz files: every problem names its line, its field path and what to do."""

from __future__ import annotations

import textwrap

import pytest

from literacy.errors import QuizFileError
from literacy.quiz import loads_quiz

VALID = """\
id: t1
title: T
language: en
article:
  text: The mayor said 40 buses will run by June. Critics slammed the plan.
questions:
  - type: single_choice
    prompt: Who is the source?
    evidence: The mayor said
    choices: [The mayor, Critics]
    answer: a
"""


def test_the_base_file_is_valid():
    quiz = loads_quiz(VALID)
    assert quiz.questions[0].answer == "The mayor"


def edit(line: int, new: str) -> str:
    """VALID with its 1-based `line` replaced by `new` (which may span several lines)."""
    lines = VALID.splitlines()
    lines[line - 1] = new
    return "\n".join(lines) + "\n"


def question(body: str) -> str:
    """VALID with its only question replaced; the new question starts on line 7."""
    head = "\n".join(VALID.splitlines()[:6])
    return head + "\n" + textwrap.indent(textwrap.dedent(body), "  ")


CASES = [
    # (name, file text, line, path, fragment of the message)
    (
        "unknown language",
        edit(3, "language: fr"),
        3,
        "language",
        "'fr' is not allowed; use one of 'ar' or 'en'",
    ),
    (
        "answer letter out of range",
        edit(11, "    answer: e"),
        11,
        "questions → 1 → answer",
        "'e' is not one of the choices a–b",
    ),
    (
        "answer text not a choice",
        edit(11, "    answer: The governor"),
        11,
        "questions → 1 → answer",
        "'The governor' is not one of the choices",
    ),
    (
        "misspelt question type",
        edit(7, "  - type: singel_choice"),
        7,
        "questions → 1",
        "did you mean 'single_choice'",
    ),
    (
        "question without a type",
        edit(7, "  - points: 1"),
        7,
        "questions → 1",
        "needs `type`: one of single_choice, multiple_choice, true_false, mark_words",
    ),
    (
        "misspelt field",
        edit(8, "    promt: Who is the source?"),
        8,
        "questions → 1 → promt",
        "unknown field 'promt'; did you mean 'prompt'?",
    ),
    ("missing prompt", edit(8, ""), 7, "questions → 1 → prompt", "is required"),
    (
        "evidence not in the article",
        edit(9, "    evidence: The governor said"),
        9,
        "questions → 1 → evidence",
        "does not occur in article → text",
    ),
    (
        "evidence occurrence too high",
        edit(9, "    evidence: {quote: The mayor said, occurrence: 2}"),
        9,
        "questions → 1 → evidence",
        "does not occur 2 times",
    ),
    (
        "duplicate key",
        edit(3, "title: Again\nlanguage: en"),
        3,
        "title",
        "appears twice (first on line 2)",
    ),
    (
        "colon in a plain value",
        edit(2, "title: Sources: who says so?"),
        2,
        "",
        "must be put in quotes",
    ),
    ("tab indentation", edit(5, "\ttext: The mayor said"), 5, "", "not valid YAML"),
    ("missing article text", edit(5, "  title: Buses"), 4, "article → text", "is required"),
    (
        "quiz id with spaces",
        edit(1, "id: My Quiz"),
        1,
        "id",
        "'My Quiz' is not a valid id: use lower-case letters, digits, - and _",
    ),
    (
        "unknown skill",
        edit(8, "    prompt: Who?\n    skill: sources"),
        9,
        "questions → 1 → skill",
        "'sources' is not allowed; use one of 'source', 'checkability', 'loaded_language' or "
        "'general'",
    ),
    (
        "negative points",
        edit(11, "    answer: a\n    points: -1"),
        12,
        "questions → 1 → points",
        "greater than 0",
    ),
    (
        "unknown explanation timing",
        edit(6, "settings:\n  show_explanations: later\nquestions:"),
        7,
        "settings → show_explanations",
        "use one of 'after_each', 'at_end' or 'never'",
    ),
    (
        "no questions",
        "\n".join(VALID.splitlines()[:5]) + "\nquestions: []\n",
        6,
        "questions",
        "a quiz needs at least one question",
    ),
    (
        "a single choice",
        edit(10, "    choices: [The mayor]"),
        10,
        "questions → 1 → choices",
        "at least 2 items",
    ),
    (
        "choices repeated after normalisation",
        edit(10, "    choices: [The mayor, 'the  Mayor']"),
        10,
        "questions → 1 → choices → 2",
        "repeats choice a",
    ),
    (
        "feedback for a choice that does not exist",
        edit(11, "    answer: a\n    feedback: {c: Nope}"),
        12,
        "questions → 1 → feedback → c",
        "'c' is not an answer of this question; feedback can be given for Critics, The mayor",
    ),
    (
        "multiple choice answer listed twice",
        question("""\
        - type: multiple_choice
          prompt: Pick
          choices: [one, two, three]
          answers: [a, one]
        """),
        10,
        "questions → 1 → answers → 2",
        "'one' is listed twice",
    ),
    (
        "multiple choice answer out of range",
        question("""\
        - type: multiple_choice
          prompt: Pick
          choices: [one, two, three]
          answers: [a, z]
        """),
        10,
        "questions → 1 → answers → 2",
        "'z' is not one of the choices a–c",
    ),
    (
        "mark_words target not in the passage",
        question("""\
        - type: mark_words
          prompt: Mark the loaded words
          evidence: Critics slammed the plan.
          targets: [slammed, greedy]
        """),
        10,
        "questions → 1 → targets → 2",
        "'greedy' is not a word or phrase of the passage",
    ),
    (
        "mark_words with nothing to mark",
        question("""\
        - type: mark_words
          prompt: Mark the loaded words
          targets: [slammed]
        """),
        7,
        "questions → 1 → passage",
        "give a passage, or an evidence quote",
    ),
    (
        "true_false answer that is not true or false",
        question("""\
        - type: true_false
          prompt: The mayor is named.
          answer: perhaps
        """),
        9,
        "questions → 1 → answer",
        "valid boolean",
    ),
    (
        "same question twice",
        VALID + "  - type: single_choice\n    prompt: Who is the source?\n"
        "    evidence: The mayor said\n    choices: [The mayor, Critics]\n    answer: a\n",
        12,
        "questions → 2 → id",
        "is also the id of question 1",
    ),
    (
        "date in words",
        edit(5, "  text: The mayor said 40 buses will run.\n  published: 4 May 2017"),
        6,
        "article → published",
        "date",
    ),
    (
        "url without a scheme",
        edit(5, "  text: The mayor said 40 buses.\n  url: example.com/buses"),
        6,
        "article → url",
        "is not a web address",
    ),
    ("title that is a list", edit(2, "title: [a, b]"), 2, "title", "should be text, not a list"),
    (
        "anchors and aliases",
        edit(2, "title: &t T\ndescription: *t"),
        3,
        "description",
        "anchors and aliases (& and *) are not supported",
    ),
    ("top level is a list", "- id: t1\n", 1, "", "a quiz file is a mapping"),
    ("empty file", "", 1, "", "a quiz file is a mapping"),
]


@pytest.mark.parametrize(
    ("text", "line", "path", "fragment"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_a_broken_file_names_line_path_and_remedy(text, line, path, fragment):
    with pytest.raises(QuizFileError) as caught:
        loads_quiz(text, "week3.yaml")
    rendered = [str(p) for p in caught.value.problems]
    prefix = f"week3.yaml:{line}: " + (f"{path}: " if path else "")
    matching = [r for r in rendered if r.startswith(prefix) and fragment in r]
    assert matching, f"expected {prefix!r}…{fragment!r} in {rendered}"


def test_every_problem_in_a_file_is_reported_at_once():
    text = edit(3, "language: fr").replace("answer: a", "answer: e").replace("prompt:", "promt:")
    with pytest.raises(QuizFileError) as caught:
        loads_quiz(text, "q.yaml")
    lines = sorted(p.line for p in caught.value.problems)
    assert lines == [3, 7, 8, 11], [str(p) for p in caught.value.problems]


def test_a_file_over_two_megabytes_is_refused_before_parsing():
    big = VALID + "description: " + "x" * (2 * 1024 * 1024) + "\n"
    with pytest.raises(QuizFileError, match="may be at most 2 MB"):
        loads_quiz(big.encode(), "big.yaml")


def test_bytes_that_are_not_utf8_are_reported():
    with pytest.raises(QuizFileError, match="is not UTF-8 text"):
        loads_quiz("title: é".encode("latin-1"), "latin.yaml")


def test_a_bom_is_accepted():
    assert loads_quiz(b"\xef\xbb\xbf" + VALID.encode()).id == "t1"


def test_yaml_tags_that_construct_objects_are_refused():
    text = VALID.replace("title: T", "title: !!python/object/apply:os.system ['true']")
    with pytest.raises(QuizFileError, match="not valid YAML"):
        loads_quiz(text)


def test_yes_no_and_numbers_stay_text_where_text_is_wanted():
    quiz = loads_quiz(
        edit(10, "    choices: [yes, no, 2012, 1.50]").replace("answer: a", "answer: 1.50")
    )
    assert quiz.questions[0].choices == ("yes", "no", "2012", "1.50")
    assert quiz.questions[0].answer == "1.50"


def test_plain_data_is_checked_like_a_file_without_lines():
    from literacy.quiz import validate_quiz

    with pytest.raises(QuizFileError) as caught:
        validate_quiz(
            {
                "id": "t1",
                "title": "T",
                "language": "fr",
                "article": {"text": "x"},
                "questions": [{"type": "true_false", "prompt": "p", "answer": True}],
            },
            "form",
        )
    assert [str(p) for p in caught.value.problems] == [
        "form: language: 'fr' is not allowed; use one of 'ar' or 'en'"
    ]
    with pytest.raises(QuizFileError, match="a quiz file is a mapping"):
        validate_quiz(["not", "a", "quiz"])
