"""The classroom pages' logic without Streamlit: links, refusals, dashboard rows."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from classroom_support import small_quiz, with_backends

from literacy.classroom import (
    AnswerFinal,
    ClassroomError,
    ClassroomStore,
    DuplicateName,
    InvalidName,
    NotAuthorized,
    ParticipantFinished,
    ParticipantRemoved,
    QuestionLocked,
    QuestionNotOpen,
    SessionClosed,
    SessionNotFound,
    UnknownQuestion,
)
from literacy.quiz import loads_quiz
from literacy.scoring import Answer, InvalidAnswer
from literacy.ui.classroom import (
    NAME_REASONS,
    app_base_url,
    host_url,
    is_local,
    join_code_html,
    join_url,
    option_rows,
    projector_url,
    refusal,
    response_or_none,
)
from literacy.ui.i18n import Messages


@pytest.mark.parametrize(
    "page, public, expected",
    [
        ("http://192.168.1.20:8501/classroom", None, "http://192.168.1.20:8501"),
        ("https://school.example/quiz/classroom", None, "https://school.example/quiz"),
        ("https://school.example/classroom/", None, "https://school.example"),
        (
            "http://localhost:8501/classroom",
            "https://quiz.school.example/ ",
            "https://quiz.school.example",
        ),
        (None, None, "http://localhost:8501"),
    ],
)
def test_the_join_link_starts_where_the_browser_found_the_app(page, public, expected):
    assert app_base_url(page, public) == expected


def test_links_and_the_code():
    assert (
        join_url("https://s.example", "HJK479", "ar")
        == "https://s.example/join?code=HJK479&lang=ar"
    )
    assert host_url("https://s.example", "a/b+c", "en").endswith("host=a%2Fb%2Bc&lang=en")
    assert (
        projector_url("https://s.example", "a/b+c", "ar")
        == "https://s.example/classroom?view=a%2Fb%2Bc&lang=ar"
    )
    assert is_local("http://127.0.0.1:8501/join") and not is_local("http://10.0.0.5/join")
    assert ">HJK 479</div>" in join_code_html("HJK479", "<Code>")
    assert "&lt;Code&gt;" in join_code_html("HJK479", "<Code>")


ERRORS = [
    SessionNotFound("AB*CD"),
    SessionClosed("HJK479"),
    DuplicateName("*Sara* [x](javascript:alert(1))"),
    ParticipantRemoved("عمر"),
    QuestionLocked("q", 3),
    QuestionNotOpen("q", 4),
    AnswerFinal("q", 5),
    ParticipantFinished("q", 6),
    UnknownQuestion("q"),
    InvalidAnswer("no"),
    NotAuthorized("no"),
    ClassroomError("something else"),
    *(InvalidName(reason, "x") for reason in NAME_REASONS),
]


@pytest.mark.parametrize("language", ["ar", "en"])
@pytest.mark.parametrize("error", ERRORS, ids=lambda e: type(e).__name__)
def test_every_refusal_has_a_sentence_in_both_languages(error, language):
    msg = Messages(language)
    for who in ("student", "host", "teacher", "view"):
        notice = refusal(error, who)
        text = msg(notice.key, **notice.values)
        assert text and "{" not in text


def test_a_wrong_projector_link_is_told_to_ask_the_teacher():
    notice = refusal(NotAuthorized("this projector link does not open any session"), "view")
    assert "Ask your teacher for the projector link" in Messages("en")(notice.key)
    assert "اطلب من معلّمك رابط شاشة العرض" in Messages("ar")(notice.key)


def test_names_in_refusals_cannot_format_the_message():
    notice = refusal(DuplicateName("*Sara* [x](javascript:alert(1))"))
    assert notice.values["name"] == (
        "\u2068\\*Sara\\* \\[x\\]\\(javascript\\:alert\\(1\\)\\)\u2069"
    )


def test_a_bug_is_not_dressed_up_as_a_refusal():
    with pytest.raises(KeyError):
        refusal(KeyError("x"))


def test_widget_values_become_answers_only_when_they_are_answers():
    quiz = small_quiz(4)
    single, true_false, multiple, words = quiz.questions
    assert response_or_none(single, None) is None
    assert response_or_none(single, 2) == 2 and response_or_none(single, 7) is None
    assert response_or_none(single, True) is None
    assert response_or_none(true_false, False) is False
    assert response_or_none(multiple, [3, 0, 3]) == (0, 3)
    assert response_or_none(multiple, []) is None and response_or_none(words, None) is None


@with_backends
def test_the_answer_chart_marks_the_right_answer_only_when_asked(store: ClassroomStore):
    quiz = loads_quiz(
        "id: q\ntitle: T\nlanguage: ar\narticle: {text: قال الوزير إن الخطة ستنجح.}\n"
        "questions:\n  - {type: single_choice, id: who, prompt: من؟, choices: [الوزير, مصادر],"
        " answer: a}\n"
    )
    started = store.create_session(quiz)
    for name, pick in (("a", 0), ("b", 1), ("c", 1)):
        store.submit(
            store.join(started.session.join_code, name).token, "who", Answer(response=pick)
        )
    results = store.class_results(started.host_key)
    hidden = option_rows(results, "who", ("صح", "خطأ"), show_key=False)
    assert hidden == [
        {"option": "الوزير", "count": 1, "kind": "any"},
        {"option": "مصادر", "count": 2, "kind": "any"},
    ]
    shown = option_rows(results, "who", ("صح", "خطأ"), show_key=True)
    assert [row["kind"] for row in shown] == ["right", "other"]


def test_every_setting_the_readme_names_is_one_the_code_reads():
    root = Path(__file__).resolve().parents[1]
    readme = (root / "README.md").read_text(encoding="utf-8")
    named = set(re.findall(r"`(LITERACY_[A-Z_]+)`", readme))
    assert {"LITERACY_DATABASE_URL", "LITERACY_TEACHER_PASSWORD", "LITERACY_PUBLIC_URL"} <= named
    code = "".join(
        path.read_text(encoding="utf-8")
        for folder in ("src", "views")
        for path in (root / folder).rglob("*.py")
    )
    assert {name for name in named if name not in code} == set()
