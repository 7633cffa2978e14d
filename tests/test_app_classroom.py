"""The classroom pages through AppTest: a teacher starts and runs a session, students join and
answer, and every refusal is a clear sentence in the interface language.

A reload is a new AppTest with the same URL: session state is gone, only the URL and the
database remain, as in a browser.
"""

from __future__ import annotations

import pytest
from app_support import (
    add_quiz,
    answer_key,
    click,
    errors,
    fixture_source,
    html_text,
    joined_student,
    reload,
    start,
)

from literacy.classroom import ClassroomStore, SessionOptions
from literacy.quiz import Quiz

HOST = "views/classroom.py"


@pytest.fixture
def mini(data_dir) -> Quiz:
    return add_quiz(data_dir, fixture_source("en-mini.yaml", show_explanations="at_end"))


@pytest.fixture
def store(data_dir):
    made = ClassroomStore.from_environment()
    yield made
    made.close()


# ---- the teacher ---------------------------------------------------------------------------


def test_starting_a_session_puts_the_host_key_in_the_url_and_shows_the_code(mini, store):
    at = start("classroom", quiz=mini.id, lang="en")
    assert at.radio(key="classroom/pacing").value == "self"
    assert at.toggle(key="classroom/leaderboard").value is False  # off by default
    assert at.selectbox(key="classroom/show-results").value == "at_end"  # from the quiz
    at.radio(key="classroom/pacing").set_value("teacher").run()
    click(at, "classroom/start")
    host_key = at.query_params["host"]
    session = store.session_for_host(host_key)
    assert session.options.pacing == "teacher" and session.options.leaderboard is False
    html = html_text(at)
    assert f'class="lit-join-code" dir="ltr" lang="en">{session.join_code[:3]} ' in html
    assert f"/join?code={session.join_code}&amp;lang=en" in html
    assert len(at.get("image")) == 1  # the QR code
    secret = [c.value for c in at.code]
    assert secret == [f"http://localhost:8501/classroom?host={host_key}&lang=en"]
    assert host_key not in html  # only in the teacher's own link box


def test_after_each_quizzes_suggest_a_mode_where_answers_can_change(data_dir):
    quiz = add_quiz(data_dir, fixture_source("en-mini.yaml"))  # after_each
    at = start("classroom", quiz=quiz.id, lang="en")
    assert at.selectbox(key="classroom/show-results").value == "after_each"
    assert "first answer is final" in at.info[0].value
    at.selectbox(key="classroom/show-results").set_value("at_end").run()
    assert not at.info


def test_a_teacher_password_gates_starting_a_session(mini, store, monkeypatch):
    monkeypatch.setenv("LITERACY_TEACHER_PASSWORD", "كلمة-سر")
    at = start("classroom", quiz=mini.id, lang="en")
    at.text_input(key="classroom/password").set_value("wrong").run()
    click(at, "classroom/start")
    assert errors(at) == ["The teacher password is not right."]
    assert "host" not in at.query_params
    at.text_input(key="classroom/password").set_value("كلمة-سر").run()
    click(at, "classroom/start")
    assert "host" in at.query_params


def test_a_wrong_host_key_says_so(data_dir):
    at = start("classroom", host="not-a-key", lang="ar")
    assert errors(at) == ["رابط المعلّم هذا لا يفتح أي جلسة. تأكّد أنك نسخته كاملًا."]


# ---- students ------------------------------------------------------------------------------


def test_join_refusals_are_clear_sentences(mini, store):
    started = store.create_session(mini)
    code = started.session.join_code
    at = start("join", code="WWWWWW", lang="en")
    assert errors(at) == ["No open session has the code WWWWWW. Check the code your teacher shows."]
    joined_student(code, "Sara")
    at = start("join", code=code, lang="en")
    for name, expected in (
        ("sara", "Someone in this session is already called \u2068sara\u2069."),
        ("<b>Sam</b>", "A name may not contain < or >."),
        ("\u202eevil", "invisible character that changes the direction"),
        ("", "Type your name first."),
        ("\u200b\u200e ", "Type your name first."),  # only invisible marks
        ("a\x07b", "a character that cannot be shown"),
    ):
        at.text_input(key="join/name").set_value(name).run()
        click(at, "join/join")
        assert len(errors(at)) == 1 and expected in errors(at)[0], (name, errors(at))
        assert "token" not in at.query_params
    store.close_session(started.host_key)
    at = start("join", code=code, lang="ar")
    assert errors(at) == ["هذه الجلسة مغلقة؛ لم تعد تقبل طلابًا ولا إجابات."]


def test_typing_the_code_leads_to_the_name_form(mini, store):
    code = store.create_session(mini).session.join_code
    at = start("join", lang="en")
    at.text_input(key="join/code").set_value(f"{code[:3].lower()} {code[3:]}").run()
    assert at.text_input(key="join/name")  # the session was found
    assert mini.title in html_text(at)


def test_answers_are_saved_at_once_and_come_back_after_a_reload(mini, store):
    started = store.create_session(mini, SessionOptions(shuffle_questions=False))
    at = joined_student(started.session.join_code, "Omar")
    first, second = mini.questions[0], mini.questions[1]
    at.radio(key=answer_key(mini, at, first.id)).set_value(1).run()
    results = store.class_results(started.host_key)
    assert results.participants[0].answers[first.id].answer.response == 1  # no button needed
    assert "✓ Saved" in [c.value for c in at.caption]
    click(at, "join/next")
    at.radio(key=answer_key(mini, at, second.id)).set_value(True).run()
    assert at.query_params["q"] == "2"

    again = reload(at)
    assert again.radio(key=answer_key(mini, again, second.id)).value is True
    click(again, "join/previous")
    assert again.radio(key=answer_key(mini, again, first.id)).value == 1
    again.radio(key=answer_key(mini, again, first.id)).set_value(0).run()  # still changeable
    saved = store.class_results(started.host_key).participants[0].answers[first.id]
    assert (saved.answer.response, saved.revision) == (0, 2)


def test_nothing_of_the_answer_key_reaches_a_student_before_the_teacher_allows_it(mini, store):
    started = store.create_session(mini, SessionOptions(pacing="teacher"))
    host_key = started.host_key
    at = joined_student(started.session.join_code, "Lina")
    assert "Wait for your teacher" in at.info[0].value
    store.next_question(host_key)
    at.run()
    question = mini.questions[0]
    secrets = [question.explanation, *question.feedback.values(), "lit-correct", "lit-evidence"]

    def page_text() -> str:
        parts = [html_text(at)] + [str(e.value) for e in at.get("caption")]
        parts += [str(getattr(e, "proto", "")) for e in at.get("radio")]
        return "\n".join(parts)

    at.radio(key=answer_key(mini, at, question.id)).set_value(1).run()
    assert not any(secret in page_text() for secret in secrets)
    store.lock_question(host_key, question.id)
    at.run()
    assert "This question is locked" in at.info[0].value
    assert not any(secret in page_text() for secret in secrets)
    store.reveal(host_key, question.id)
    at.run()
    assert question.explanation in page_text() and "lit-correct" in page_text()


def test_a_locked_question_and_a_removed_student_are_told_so(mini, store):
    started = store.create_session(mini, SessionOptions(shuffle_questions=False))
    at = joined_student(started.session.join_code, "Nour")
    first = mini.questions[0]
    key = answer_key(mini, at, first.id)
    store.lock_question(started.host_key, first.id)
    at.radio(key=key).set_value(2).run()  # the widget was drawn before the lock
    assert errors(at) == ["Question 1 is locked; your answer to it can no longer change."]
    participant = store.class_results(started.host_key).participants[0].participant
    store.remove_participant(started.host_key, participant.id)
    at.run()
    assert errors(at) == ["Your teacher removed \u2068Nour\u2069 from this session."]


def test_the_dashboard_shows_who_joined_and_what_they_answered(mini, store):
    started = store.create_session(mini, SessionOptions(shuffle_questions=False))
    for name, response in (("Ali", 0), ("Badr", 0), ("Carla", 2)):
        at = joined_student(started.session.join_code, name)
        at.radio(key=answer_key(mini, at, mini.questions[0].id)).set_value(response).run()
    host = start("classroom", host=started.host_key, lang="en")
    metrics = {m.label: m.value for m in host.metric}
    assert metrics["Students"] == "3" and metrics["Finished"] == "0 of 3"
    table = host.dataframe[0].value
    assert list(table["name"]) == ["Ali", "Badr", "Carla"]
    assert list(table["answered"]) == [1, 1, 1]
    assert "Answered by 3." in [c.value for c in host.caption]
    click(host, "classroom/lock-session")
    assert store.session_for_host(started.host_key).questions[0].locked
    click(host, "classroom/close")
    assert not store.session_for_host(started.host_key).is_open
    assert "The session is closed" in host.info[0].value
    assert list(host.dataframe[0].value["name"]) == ["Ali", "Badr", "Carla"]  # still there


def test_ticks_and_marked_words_are_saved_as_they_change(mini, store):
    started = store.create_session(mini, SessionOptions(shuffle_questions=False))
    at = joined_student(started.session.join_code, "Rana")
    multiple, words = mini.questions[2], mini.questions[3]
    at.query_params["q"] = "3"
    at.run()
    for i in (0, 2):
        at.checkbox(key=answer_key(mini, at, multiple.id, f"choice-{i}")).check().run()
    at.checkbox(key=answer_key(mini, at, multiple.id, "choice-2")).uncheck().run()
    at.checkbox(key=answer_key(mini, at, multiple.id, "choice-0")).uncheck().run()
    # Unticking the last box asks for an answer and keeps the one saved before.
    assert at.warning[0].value == "Tick at least one answer first."
    click(at, "join/next")
    text = [w.text for w in words.words]
    pills = at.pills(key=answer_key(mini, at, words.id, "words"))
    pills.set_value([text.index("shocking"), text.index("disaster")]).run()
    saved = store.class_results(started.host_key).participants[0].answers
    assert saved[multiple.id].answer.response == (0,)
    assert saved[words.id].answer.response == (text.index("shocking"), text.index("disaster"))


def test_with_feedback_after_each_answer_the_check_button_saves_a_final_answer(data_dir, store):
    quiz = add_quiz(data_dir, fixture_source("en-mini.yaml"))  # after_each
    started = store.create_session(quiz, SessionOptions(shuffle_questions=False))
    at = joined_student(started.session.join_code, "Hadi")
    first = quiz.questions[0]
    key = answer_key(quiz, at, first.id)
    at.radio(key=key).set_value(1).run()
    assert store.class_results(started.host_key).participants[0].answers == {}  # not yet
    click(at, f"{key.removesuffix('-answer')}-check")
    assert first.explanation.replace('"', "&quot;") in html_text(at)
    assert at.radio(key=key).disabled
    saved = store.class_results(started.host_key).participants[0].answers[first.id]
    assert saved.answer.response == 1


def test_an_anonymous_session_gives_nicknames_and_the_leaderboard_ranks_by_points(mini, store):
    started = store.create_session(
        mini, SessionOptions(anonymous=True, leaderboard=True, shuffle_questions=False)
    )
    at = start("join", code=started.session.join_code, lang="en")
    assert not at.text_input  # no name to type
    click(at, "join/join")
    assert at.query_params["token"]
    at.radio(key=answer_key(mini, at, mini.questions[0].id)).set_value(0).run()
    host = start("classroom", host=started.host_key, lang="en")
    # While answers can still change, the projector shows no points (nor a leaderboard).
    assert len(host.dataframe) == 1 and "percent" not in host.dataframe[0].value.columns
    store.lock_session(started.host_key)
    host = start("classroom", host=started.host_key, lang="en")
    board = host.dataframe[1].value
    assert list(board["rank"]) == [1] and list(board["points"]) == ["1"]
    assert board["name"][0].startswith("Student ")
    assert [b.label for b in host.get("download_button")] == [
        "Answers (CSV)",
        "Per student (CSV)",
        "Everything (JSON)",
    ]


def test_teacher_paced_controls_open_reveal_and_lock_through_the_page(mini, store):
    started = store.create_session(mini, SessionOptions(pacing="teacher"))
    host = start("classroom", host=started.host_key, lang="en")
    assert host.button(key="classroom/reveal").disabled  # nothing open to reveal yet
    click(host, "classroom/next")
    session = store.session_for_host(started.host_key)
    first = session.current_question
    assert first is not None and first.number == 1 and not first.locked
    assert "Question 1 of 4 is open" in host.markdown[0].value
    click(host, "classroom/lock-question")
    assert store.session_for_host(started.host_key).current_question.locked
    click(host, "classroom/reveal")
    assert store.session_for_host(started.host_key).current_question.revealed
    assert host.button(key="classroom/reveal").disabled
    click(host, "classroom/next")
    assert store.session_for_host(started.host_key).current_question.number == 2


def test_a_link_that_belongs_to_no_student_says_so_and_offers_to_join_again(mini, store):
    code = store.create_session(mini).session.join_code
    at = start("join", code=code, token="not-a-token", lang="en")
    assert errors(at) == [
        "This link does not belong to anyone in a session. Join again with the code."
    ]
    click(at, "join/again")
    assert "token" not in at.query_params
    assert at.text_input(key="join/name")


def test_the_projector_gives_no_answer_away_while_answers_can_change(mini, store):
    started = store.create_session(mini, SessionOptions(show_results="at_end"))
    at = start("join", code=started.session.join_code, lang="en")
    at.text_input(key="join/name").set_value("Sara")
    click(at, "join/join")
    at.radio(key=answer_key(mini, at, mini.questions[0].id)).set_value(0).run()
    host = start("classroom", host=started.host_key, lang="en")
    students = host.dataframe[0].value
    assert "percent" not in students.columns
    assert "Class average" not in [m.label for m in host.metric]
    assert not host.get("arrow_vega_lite_chart") or all(
        "percent" not in str(chart.proto.spec) for chart in host.get("arrow_vega_lite_chart")
    )
    assert any("give the answer away" in c.value for c in host.caption)
    # The teacher asks to see the right answers: everything appears.
    host.toggle(key="classroom/key").set_value(True).run()
    assert "percent" in host.dataframe[0].value.columns
    assert "Class average" in [m.label for m in host.metric]
