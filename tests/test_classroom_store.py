"""A whole session through the store, on SQLite and PostgreSQL: teacher, students, results."""

from __future__ import annotations

import pytest
from classroom_support import bukamal, right_response, small_quiz, with_backends, wrong_response

from literacy.classroom import (
    AnswerFinal,
    ClassroomError,
    ClassroomStore,
    DuplicateName,
    NotAuthorized,
    ParticipantRemoved,
    QuestionLocked,
    QuestionNotOpen,
    SessionClosed,
    SessionNotFound,
    SessionOptions,
    UnknownQuestion,
)
from literacy.scoring import Answer, InvalidAnswer

CHANGEABLE = SessionOptions(show_results="at_end")


@with_backends
def test_self_paced_session_from_start_to_results(store: ClassroomStore):
    quiz = bukamal()
    started = store.create_session(quiz, CHANGEABLE)
    code = started.session.join_code
    assert started.session.is_open and len(started.session.questions) == len(quiz.questions)
    assert started.session.options.shuffle_choices is True  # from the quiz's settings

    sara = store.join(code.lower(), "  Sara  ")
    omar = store.join(code, "عمر")
    assert sara.participant.name == "Sara"
    first = quiz.questions[0].id

    state = store.resume(code, sara.token)
    assert state.current == first and state.answers == {} and state.result is None
    assert state.feedback_visible == frozenset()

    store.submit(sara.token, first, Answer(response=wrong_response(quiz, first), confidence=2))
    saved = store.submit(sara.token, first, Answer(response=right_response(quiz, first)))
    assert saved.revision == 2  # changed, not added
    store.submit(omar.token, first, Answer(response=wrong_response(quiz, first), confidence=5))

    state = store.resume(code, sara.token)
    assert state.answers[first].response == right_response(quiz, first)
    assert state.current == quiz.questions[1].id

    results = store.class_results(started.host_key)
    assert [p.participant.name for p in results.participants] == ["Sara", "عمر"]
    stats = results.questions[0]
    assert (stats.answered, stats.correct, stats.percent_correct) == (2, 1, 50.0)
    assert sum(o.count for o in stats.options) == 2
    assert [o.count for o in stats.options if o.correct] == [1]
    assert results.questions[1].answered == 0
    assert results.participants[0].result.credit == quiz.questions[0].points
    by_level = {c.level: c for c in results.confidence}
    assert (by_level[5].answered, by_level[5].correct) == (1, 0)
    assert by_level[2].answered == 0  # Sara's first answer was replaced, confidence and all


@with_backends
def test_answers_from_every_question_type_are_graded_and_counted(store: ClassroomStore):
    quiz = small_quiz(8)
    started = store.create_session(quiz, CHANGEABLE)
    student = store.join(started.session.join_code, "Lina")
    for question in quiz.questions:
        store.submit(student.token, question.id, Answer(response=right_response(quiz, question.id)))
    state = store.resume(None, student.token)
    assert state.all_answered and state.current is None and not state.finished
    assert state.result is None  # every answer can still change until the student finishes
    state = store.finish(student.token)
    assert state.result is not None and state.result.percent == 100.0
    assert state.feedback_visible == {q.id for q in quiz.questions}
    results = store.class_results(started.host_key)
    assert all(q.percent_correct == 100.0 for q in results.questions)
    assert {s.skill: s.percent for s in results.skills}["loaded_language"] == 100.0
    assert results.discernment.hit_rate == 1.0 and results.discernment.false_alarm_rate == 0.0


@with_backends
def test_teacher_paced_session(store: ClassroomStore):
    quiz = small_quiz(4)
    started = store.create_session(quiz, SessionOptions(pacing="teacher", show_results="never"))
    host, code = started.host_key, started.session.join_code
    student = store.join(code, "Maya")
    assert store.resume(code, student.token).current is None  # nothing open yet
    with pytest.raises(QuestionNotOpen, match="question 1 is not open"):
        store.submit(student.token, "s0", Answer(response=0))

    session = store.next_question(host)
    assert session.current_question.question_id == "s0"
    store.submit(student.token, "s0", Answer(response=1))
    assert store.resume(code, student.token).current == "s0"
    with pytest.raises(QuestionNotOpen):
        store.submit(student.token, "t1", Answer(response=False))

    session = store.reveal(host, "s0")
    assert session.questions[0].revealed and session.questions[0].locked
    state = store.resume(code, student.token)
    assert state.feedback_visible == {"s0"} and state.result is None
    with pytest.raises(QuestionLocked, match="question 1 is locked"):
        store.submit(student.token, "s0", Answer(response=0))

    store.open_question(host, "m2")  # the teacher may skip ahead
    store.submit(student.token, "m2", Answer(response=(0, 3)))
    with pytest.raises(ClassroomError, match="self-paced"):
        store.open_question(store.create_session(quiz).host_key, "s0")


@with_backends
def test_after_each_shows_feedback_at_once_and_keeps_the_first_answer(store: ClassroomStore):
    quiz = small_quiz(4)
    started = store.create_session(quiz, SessionOptions(show_results="after_each"))
    student = store.join(started.session.join_code, "Nour")
    store.submit(student.token, "s0", Answer(response=2))
    assert store.resume(None, student.token).feedback_visible == {"s0"}
    with pytest.raises(AnswerFinal, match="question 1 is already answered"):
        store.submit(student.token, "s0", Answer(response=0))
    assert store.resume(None, student.token).answers["s0"].response == 2


@with_backends
def test_what_students_may_not_do(store: ClassroomStore):
    quiz = small_quiz(4)
    started = store.create_session(quiz, CHANGEABLE)
    host, code = started.host_key, started.session.join_code
    student = store.join(code, "Adam")

    with pytest.raises(UnknownQuestion, match="no question 'q-nope'"):
        store.submit(student.token, "q-nope", Answer(response=0))
    with pytest.raises(InvalidAnswer, match=r"question 1: .*takes one choice number"):
        store.submit(student.token, "s0", Answer(response=True))
    with pytest.raises(InvalidAnswer, match="choice 7 does not exist"):
        store.submit(student.token, "s0", Answer(response=7))
    with pytest.raises(InvalidAnswer, match="true or false"):
        store.submit(student.token, "t1", Answer(response=1))
    with pytest.raises(InvalidAnswer, match="confidence: Input should be less than or equal to 5"):
        store.submit(student.token, "s0", {"response": 0, "confidence": 9})
    with pytest.raises(NotAuthorized):
        store.submit("not-a-token", "s0", Answer(response=0))
    with pytest.raises(NotAuthorized):
        store.resume("CFGHJK", student.token)  # another session's code
    with pytest.raises(DuplicateName, match="already called 'ADAM'"):
        store.join(code, "ADAM")
    with pytest.raises(SessionNotFound, match="no open session has the code 'CFGHJK'"):
        store.join("CFGHJK", "Eve")
    with pytest.raises(SessionNotFound):
        store.join("<script>", "Eve")

    store.submit(student.token, "s0", Answer(response=0))
    store.lock_question(host, "s0")
    with pytest.raises(QuestionLocked):
        store.submit(student.token, "s0", Answer(response=1))

    store.remove_participant(host, student.participant.id)
    with pytest.raises(ParticipantRemoved, match="removed 'Adam'"):
        store.submit(student.token, "t1", Answer(response=False))
    with pytest.raises(ParticipantRemoved):
        store.resume(code, student.token)

    other = store.join(code, "Eve")
    store.close_session(host)
    with pytest.raises(SessionClosed, match="closed"):
        store.submit(other.token, "t1", Answer(response=False))
    with pytest.raises(SessionClosed):
        store.join(code, "Late")

    # Nothing refused was stored; the one answer given before the lock is intact.
    results = store.class_results(host)
    assert [p.participant.name for p in results.participants] == ["Eve"]
    assert [p.name for p in results.removed] == ["Adam"]
    assert results.questions[0].answered == 0  # Adam's answer no longer counts
    state = store.resume(code, other.token)
    assert state.current is None and state.result is not None  # results after closing


@with_backends
def test_teacher_actions_need_the_host_key(make_store):
    store = make_store(teacher_password="كلمة سر")
    with pytest.raises(NotAuthorized, match="teacher password"):
        store.create_session(small_quiz(2))
    with pytest.raises(NotAuthorized):
        store.create_session(small_quiz(2), teacher_password="wrong")
    started = store.create_session(small_quiz(2), teacher_password="كلمة سر")
    for action in (store.session_for_host, store.class_results, store.close_session):
        with pytest.raises(NotAuthorized, match="host link"):
            action(started.host_key + "x")
    with pytest.raises(ClassroomError, match="no participant 999"):
        store.remove_participant(started.host_key, 999)
    with pytest.raises(UnknownQuestion):
        store.lock_question(started.host_key, "nope")


@with_backends
def test_anonymous_sessions_give_nicknames(store: ClassroomStore):
    started = store.create_session(bukamal(), SessionOptions(anonymous=True))
    names = {store.join(started.session.join_code, "Real Name").participant.name for _ in range(5)}
    assert len(names) == 5
    assert all(name.startswith("طالب ") and "Real" not in name for name in names)


@with_backends
def test_shuffled_order_is_per_student_and_survives_a_reload(store: ClassroomStore):
    quiz = bukamal()
    started = store.create_session(quiz, SessionOptions(shuffle_questions=True))
    code = started.session.join_code
    orders = []
    for name in ("a", "b", "c"):
        token = store.join(code, name).token
        first, again = store.resume(code, token), store.resume(code, token)
        assert first.question_order == again.question_order
        assert sorted(first.question_order) == sorted(q.id for q in quiz.questions)
        choices = first.participant.choice_order(first.session, quiz.questions[0])
        assert sorted(choices) == [0, 1, 2, 3]
        assert first.participant.choice_order(first.session, first.quiz.questions[0]) == choices
        orders.append(first.question_order)
    assert len(set(orders)) > 1


@with_backends
def test_a_question_that_keeps_its_choices_in_order_keeps_them_in_a_session(
    store: ClassroomStore,
):
    quiz = bukamal()  # shuffle_choices in its settings, but the kind questions keep theirs
    kept, shuffled = quiz.question("army-announcement-kind"), quiz.question("air-cover-source")
    started = store.create_session(quiz)
    assert started.session.options.shuffle_choices is True
    students = [store.join(started.session.join_code, f"s{i}").participant for i in range(12)]
    assert {p.choice_order(started.session, kept) for p in students} == {(0, 1, 2, 3)}
    assert len({p.choice_order(started.session, shuffled) for p in students}) > 3
    assert students[0].choice_order(started.session, quiz.question("population-checkable")) == ()
    plain = store.create_session(quiz, SessionOptions(shuffle_choices=False))
    student = store.join(plain.session.join_code, "t").participant
    assert student.choice_order(plain.session, shuffled) == (0, 1, 2, 3)


@with_backends
def test_the_session_runs_on_its_snapshot(store: ClassroomStore, tmp_path):
    from literacy.quiz import dump_quiz, load_quiz

    path = tmp_path / "quiz.yaml"
    dump_quiz(small_quiz(4), path)
    started = store.create_session(load_quiz(path))
    path.unlink()  # the teacher deletes the file mid-session
    student = store.join(started.session.join_code, "Sam")
    store.submit(student.token, "s0", Answer(response=0))
    assert store.quiz(started.session) == small_quiz(4)
    assert store.class_results(started.host_key).participants[0].result.credit == 1.0


@with_backends
def test_deleting_a_session_deletes_its_students_and_answers(store: ClassroomStore):
    started = store.create_session(small_quiz(2))
    student = store.join(started.session.join_code, "Sam")
    store.submit(student.token, "s0", Answer(response=0))
    store.delete_session(started.host_key)
    with pytest.raises(NotAuthorized):
        store.resume(None, student.token)
    with pytest.raises(NotAuthorized):
        store.class_results(started.host_key)


@with_backends
def test_the_dashboard_costs_the_same_queries_for_3_or_30_students(store: ClassroomStore):
    import sqlalchemy as sa

    quiz = small_quiz(4)
    counts = []
    for students in (3, 30):
        started = store.create_session(quiz, CHANGEABLE)
        for i in range(students):
            token = store.join(started.session.join_code, f"s{i}").token
            store.submit(token, "s0", Answer(response=i % 3))
        store.class_results(started.host_key)  # the snapshot is cached from here on
        statements = []

        def count(_conn, _cursor, statement, *_rest, statements=statements):
            if not statement.startswith("BEGIN"):  # SQLite's, sent by the store itself
                statements.append(statement)

        sa.event.listen(store.database.engine, "before_cursor_execute", count)
        try:
            results = store.class_results(started.host_key)
        finally:
            sa.event.remove(store.database.engine, "before_cursor_execute", count)
        assert len(results.participants) == students
        counts.append(len(statements))
    assert counts[0] == counts[1] <= 2


@with_backends
def test_leaderboard_ranks_by_points_alone(store: ClassroomStore):
    quiz = small_quiz(2)
    started = store.create_session(quiz, SessionOptions(leaderboard=True, show_results="at_end"))
    code = started.session.join_code
    for name, right in (("slow but right", 2), ("fast", 1), ("also one", 1), ("none", 0)):
        token = store.join(code, name).token
        for question in quiz.questions[:right]:
            store.submit(token, question.id, Answer(response=right_response(quiz, question.id)))
    board = store.class_results(started.host_key).leaderboard()
    assert [(rank, e.participant.name) for rank, e in board] == [
        (1, "slow but right"),
        (2, "also one"),
        (2, "fast"),
        (4, "none"),
    ]


@with_backends
def test_equal_points_tie_even_when_floating_point_sums_differ(store: ClassroomStore):
    from literacy.quiz import loads_quiz

    quiz = loads_quiz("""
id: tenths
title: Tenths
language: en
article: {text: A short article.}
questions:
  - {type: true_false, id: a, prompt: One, answer: true, points: 0.1}
  - {type: true_false, id: b, prompt: Two, answer: true, points: 0.2}
  - {type: true_false, id: c, prompt: Three, answer: true, points: 0.3}
""")
    started = store.create_session(quiz, SessionOptions(leaderboard=True, show_results="at_end"))
    code = started.session.join_code
    for name, answered in (("Ann", ("a", "b")), ("Bo", ("c",))):
        token = store.join(code, name).token
        for question_id in answered:
            store.submit(token, question_id, Answer(response=True))
    board = store.class_results(started.host_key).leaderboard()
    assert [(rank, e.participant.name) for rank, e in board] == [(1, "Ann"), (1, "Bo")]


@with_backends
def test_locking_the_session_stops_answers_but_not_reading(store: ClassroomStore):
    quiz = small_quiz(3)
    started = store.create_session(quiz, CHANGEABLE)
    student = store.join(started.session.join_code, "Sam")
    store.submit(student.token, "s0", Answer(response=0))
    session = store.lock_session(started.host_key)
    assert all(q.locked for q in session.questions) and session.is_open
    with pytest.raises(QuestionLocked):
        store.submit(student.token, "t1", Answer(response=False))
    state = store.resume(None, student.token)
    assert state.current is None and state.result is not None  # done: every question locked


@with_backends
def test_a_join_page_can_look_up_an_open_session_by_its_code(store: ClassroomStore):
    started = store.create_session(small_quiz(4))
    code = started.session.join_code
    found = store.open_session(f" {code[:3].lower()}-{code[3:]} ")
    assert (found.id, found.quiz_title) == (started.session.id, "Ten quick questions")
    for typo in ("", "ABC", "OOOOOO", "CCCCCC"):
        with pytest.raises(SessionNotFound):
            store.open_session(typo)
    store.close_session(started.host_key)
    with pytest.raises(SessionClosed):
        store.open_session(code)


@with_backends
def test_a_session_id_reused_after_a_delete_never_serves_the_old_quiz(make_store):
    # Two app processes on one database; SQLite gives a deleted session's id to the next one.
    first, second = make_store(), make_store()
    old = first.create_session(small_quiz(2))
    sam = second.join(old.session.join_code, "Sam")
    second.submit(sam.token, "s0", Answer(response=0))  # `second` now has the old quiz cached
    first.delete_session(old.host_key)
    new = first.create_session(small_quiz(6))
    ada = second.join(new.session.join_code, "Ada")
    saved = second.submit(ada.token, "m2", Answer(response=(0,)))
    assert saved.question_id == "m2"
    assert [q.id for q in second.quiz(new.session).questions] == [
        q.id for q in small_quiz(6).questions
    ]
