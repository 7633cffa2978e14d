"""A student finishing the quiz, on SQLite and PostgreSQL: recorded once, final (no answer
changes after it, however it is sent), and the moment results shown "when they finish"
appear; refused where finishing means nothing."""

from __future__ import annotations

import threading
import time
from concurrent.futures import ThreadPoolExecutor

import pytest
from classroom_support import small_quiz, table_rows, with_backends

from literacy.classroom import (
    ClassroomError,
    ClassroomStore,
    NotAuthorized,
    ParticipantFinished,
    ParticipantRemoved,
    SessionClosed,
    SessionOptions,
)
from literacy.scoring import Answer

QUIZ = small_quiz(4)  # s0 single choice, t1 true/false, m2 multiple choice, w3 mark words
ALL = frozenset(q.id for q in QUIZ.questions)


@with_backends
def test_a_student_who_finished_can_change_nothing(store: ClassroomStore):
    started = store.create_session(QUIZ, SessionOptions(show_results="at_end"))
    code, host = started.session.join_code, started.host_key
    sara = store.join(code, "Sara")
    store.submit(sara.token, "s0", Answer(response=1, confidence=4))
    store.submit(sara.token, "t1", Answer(response=False))
    before = store.resume(code, sara.token)
    assert before.can_finish and not before.finished and before.unanswered == (3, 4)
    assert before.result is None and before.feedback_visible == frozenset()

    state = store.finish(sara.token)
    assert state.finished and not state.can_finish and state.current is None
    assert state.participant.finished_at is not None
    assert state.result is not None and state.feedback_visible == ALL  # "when they finish"
    assert state.unanswered == (3, 4)  # unanswered questions count as wrong

    for question_id, response, number in (("s0", 0, 1), ("t1", True, 2), ("m2", (0, 3), 3)):
        with pytest.raises(ParticipantFinished, match=f"finished this quiz.*question {number}"):
            store.submit(sara.token, question_id, Answer(response=response))
    with pytest.raises(ParticipantFinished) as refused:
        store.submit(sara.token, "s0", {"response": 0, "confidence": 1})
    assert (refused.value.question_id, refused.value.number) == ("s0", 1)

    again = store.finish(sara.token)  # a double click, a second tab: the first moment stays
    assert again.participant.finished_at == state.participant.finished_at
    resumed = store.resume(code, sara.token)  # a reload
    assert resumed.finished and resumed.result == state.result

    results = store.class_results(host)
    saved = results.participants[0].answers
    assert {q: (a.answer.response, a.revision) for q, a in saved.items()} == {
        "s0": (1, 1),
        "t1": (False, 1),
    }
    assert results.participants[0].participant.finished_at == state.participant.finished_at
    assert all(a.updated_at <= state.participant.finished_at for a in saved.values())


@with_backends
def test_finishing_is_refused_where_it_means_nothing(store: ClassroomStore, database_url):
    started = store.create_session(QUIZ, SessionOptions(show_results="at_end"))
    code, host = started.session.join_code, started.host_key
    removed, late, early = (store.join(code, name) for name in ("Adam", "Lina", "Omar"))
    with pytest.raises(NotAuthorized):
        store.finish("not-a-token")

    store.remove_participant(host, removed.participant.id)
    with pytest.raises(ParticipantRemoved, match="removed 'Adam'"):
        store.finish(removed.token)

    store.finish(early.token)
    store.close_session(host)
    with pytest.raises(SessionClosed):
        store.finish(late.token)
    assert store.finish(early.token).finished  # finished before the close: still so

    paced = store.create_session(QUIZ, SessionOptions(pacing="teacher", show_results="at_end"))
    student = store.join(paced.session.join_code, "Maya")
    assert not store.resume(None, student.token).can_finish
    with pytest.raises(ClassroomError, match="teacher-paced"):
        store.finish(student.token)

    finished = [row[-1] is not None for row in table_rows(database_url)["participants"]]
    assert finished == [False, False, True, False]  # Adam, Lina, Omar, Maya


# Per mode: what a student who answered s0 and t1 sees (feedback, and whether their score
# shows) at each step: before finishing, after it, and once the teacher closed the session.
VISIBILITY = [
    ("at_end", ({}, False), (ALL, True), (ALL, True)),
    ("after_each", ({"s0", "t1"}, False), (ALL, True), (ALL, True)),
    ("after_close", ({}, False), ({}, False), (ALL, True)),
    ("never", ({}, False), ({}, False), ({}, False)),
]


@pytest.mark.parametrize("mode, answering, finished, closed", VISIBILITY, ids=lambda v: str(v))
@with_backends
def test_what_a_student_sees_before_and_after_finishing(
    store: ClassroomStore, mode, answering, finished, closed
):
    started = store.create_session(QUIZ, SessionOptions(show_results=mode))
    student = store.join(started.session.join_code, "Nour")
    store.submit(student.token, "s0", Answer(response=0))
    store.submit(student.token, "t1", Answer(response=False))

    def seen(state) -> tuple[set[str], bool]:
        return set(state.feedback_visible), state.result is not None

    assert seen(store.resume(None, student.token)) == (set(answering[0]), answering[1])
    assert seen(store.finish(student.token)) == (set(finished[0]), finished[1])
    store.close_session(started.host_key)
    assert seen(store.resume(None, student.token)) == (set(closed[0]), closed[1])


@with_backends
def test_answering_everything_is_not_finishing_unless_every_answer_is_final(
    store: ClassroomStore,
):
    def everything(options: SessionOptions):
        started = store.create_session(QUIZ, options)
        token = store.join(started.session.join_code, "Sam").token
        for question_id, response in (("s0", 0), ("t1", True), ("m2", (0,)), ("w3", (1,))):
            store.submit(token, question_id, Answer(response=response))
        return started, store.resume(None, token)

    # "When they finish": answers can still change, so nothing shows until they finish.
    _, state = everything(SessionOptions(show_results="at_end"))
    assert state.all_answered and state.result is None and not state.feedback_visible
    # After each answer: every answer is final once given, so the score shows at once.
    _, state = everything(SessionOptions(show_results="after_each"))
    assert state.result is not None and state.feedback_visible == ALL
    # Teacher-locked: nothing can change any more.
    started, _ = everything(SessionOptions(show_results="at_end"))
    store.lock_session(started.host_key)
    student = store.class_results(started.host_key).participants[0]
    assert not student.participant.finished  # locking is the teacher's, not the student's


@with_backends
def test_teacher_paced_results_wait_for_the_last_question_to_be_locked(store: ClassroomStore):
    started = store.create_session(QUIZ, SessionOptions(pacing="teacher", show_results="at_end"))
    host = started.host_key
    token = store.join(started.session.join_code, "Hadi").token
    for question_id, response in (("s0", 0), ("t1", True), ("m2", (0,)), ("w3", (1,))):
        store.open_question(host, question_id)
        store.submit(token, question_id, Answer(response=response))
        if question_id != "w3":
            store.reveal(host, question_id)
    state = store.resume(None, token)
    # Every question answered, but the last one is still open for the class.
    assert state.all_answered and state.result is None
    assert state.feedback_visible == {"s0", "t1", "m2"}  # what the teacher revealed
    store.lock_question(host, "w3")
    state = store.resume(None, token)
    assert state.result is not None and state.feedback_visible == ALL
    assert not state.finished and not state.can_finish


@with_backends
def test_finishing_in_the_middle_of_answering_loses_nothing_and_admits_nothing_after(
    make_store,
):
    store = make_store()
    started = store.create_session(QUIZ, SessionOptions(show_results="at_end"))
    token = store.join(started.session.join_code, "Rana").token
    go = threading.Event()

    def keep_changing(question_id: str) -> list[float]:
        """Answers until refused; the times at which each acknowledged answer returned."""
        acknowledged = []
        go.wait()
        while True:
            try:
                store.submit(token, question_id, Answer(response=len(acknowledged) % 3))
            except ParticipantFinished:
                return acknowledged
            acknowledged.append(question_id)
            time.sleep(0.001)

    with ThreadPoolExecutor(max_workers=3) as pool:
        futures = [pool.submit(keep_changing, "s0"), pool.submit(keep_changing, "s0")]
        go.set()
        time.sleep(0.2)
        state = store.finish(token)
        acknowledged = [f.result(timeout=60) for f in futures]

    saved = store.class_results(started.host_key).participants[0].answers["s0"]
    # Every acknowledged answer is stored (one revision each), all before the finish; the
    # database's own times say so (a thread's clock after `submit` returns could lag).
    assert saved.revision == sum(len(a) for a in acknowledged) >= 1
    assert saved.updated_at <= state.participant.finished_at
