"""Many students at once, a teacher locking mid-answer, an app restart: nothing lost, nothing
doubled, on SQLite and PostgreSQL."""

from __future__ import annotations

import threading
import time
from concurrent.futures import ThreadPoolExecutor

import pytest
from classroom_support import right_response, small_quiz, table_rows, with_backends, wrong_response

from literacy.classroom import ClassroomStore, DuplicateName, QuestionLocked, SessionOptions
from literacy.scoring import Answer

STUDENTS = 200
QUESTIONS = 10


def _response(quiz, student: int, question: int):
    """Student `student`'s final answer: right unless (student + question) % 3 == 0."""
    question_id = quiz.questions[question].id
    if (student + question) % 3 == 0:
        return wrong_response(quiz, question_id)
    return right_response(quiz, question_id)


def _expected_correct(question: int) -> int:
    return sum((student + question) % 3 != 0 for student in range(STUDENTS))


@with_backends
def test_200_students_answering_10_questions_at_once(make_store, database_url, request):
    store = make_store()
    quiz = small_quiz(QUESTIONS)
    started = store.create_session(quiz, SessionOptions(show_results="at_end"))
    code = started.session.join_code
    barrier = threading.Barrier(STUDENTS)

    def student(number: int) -> int:
        token = store.join(code, f"Student {number}").token
        barrier.wait()  # everyone answers at the same moment
        first = quiz.questions[0].id
        # Every student changes their mind once on question 1: the upsert path under load.
        store.submit(token, first, Answer(response=right_response(quiz, first)))
        saved = 0
        for question in range(QUESTIONS):
            confidence = 1 + (number + question) % 5
            answer = Answer(response=_response(quiz, number, question), confidence=confidence)
            store.submit(token, quiz.questions[question].id, answer)
            saved += 1
        return saved

    began = time.perf_counter()
    with ThreadPoolExecutor(max_workers=STUDENTS) as pool:
        saved = list(pool.map(student, range(STUDENTS)))
    elapsed = time.perf_counter() - began
    backend = request.node.callspec.id
    print(f"\n{backend}: {STUDENTS} students × {QUESTIONS} answers in {elapsed:.2f} s")
    assert sum(saved) == STUDENTS * QUESTIONS

    stored = table_rows(database_url)["answers"]
    keys = [(row[2], row[3]) for row in stored]  # participant_id, question_id
    assert len(stored) == STUDENTS * QUESTIONS == len(set(keys))

    results = store.class_results(started.host_key)
    assert len(results.participants) == STUDENTS
    assert all(p.answered == QUESTIONS for p in results.participants)
    for question, stats in enumerate(results.questions):
        assert stats.answered == STUDENTS
        assert stats.correct == _expected_correct(question), stats.question_id
    revisions = {q: saved.revision for p in results.participants for q, saved in p.answers.items()}
    assert revisions[quiz.questions[0].id] == 2 and revisions[quiz.questions[1].id] == 1
    expected_credit = sum(
        quiz.questions[q].points
        for s in range(STUDENTS)
        for q in range(QUESTIONS)
        if (s + q) % 3 != 0
    )
    assert sum(p.result.credit for p in results.participants) == pytest.approx(expected_credit)
    assert sum(level.answered for level in results.confidence) == STUDENTS * QUESTIONS


@with_backends
def test_a_lock_in_the_middle_of_answering_loses_no_acknowledged_answer(make_store):
    store = make_store()
    quiz = small_quiz(2)
    started = store.create_session(quiz, SessionOptions(show_results="at_end"))
    # Fewer students than pooled connections: the subject here is the lock, not the pool.
    tokens = [store.join(started.session.join_code, f"s{i}").token for i in range(10)]
    question = quiz.questions[0].id
    go = threading.Event()

    def keep_changing(token: str) -> int:
        acknowledged = 0
        go.wait()
        while True:
            try:
                store.submit(token, question, Answer(response=acknowledged % 3))
            except QuestionLocked:
                return acknowledged
            acknowledged += 1
            time.sleep(0.001)  # a student, not a tight loop: let the teacher's thread run

    with ThreadPoolExecutor(max_workers=len(tokens)) as pool:
        futures = [pool.submit(keep_changing, token) for token in tokens]
        go.set()
        time.sleep(0.3)
        store.lock_question(started.host_key, question)
        acknowledged = [f.result(timeout=60) for f in futures]

    # Every answer the store said it saved is there, and none that it refused.
    results = store.class_results(started.host_key)
    revisions = [p.answers[question].revision if p.answers else 0 for p in results.participants]
    assert revisions == acknowledged
    assert sum(acknowledged) >= 1  # how many land before the lock depends on the machine


@with_backends
def test_a_restart_in_the_middle_of_a_session_loses_nothing(make_store):
    quiz = small_quiz(QUESTIONS)
    before = make_store()
    started = before.create_session(quiz, SessionOptions(show_results="at_end"))
    code, host = started.session.join_code, started.host_key
    tokens = [before.join(code, f"Student {i}").token for i in range(30)]
    for i, token in enumerate(tokens):
        for question in range(QUESTIONS // 2):
            before.submit(
                token, quiz.questions[question].id, Answer(response=_response(quiz, i, question))
            )
    before.lock_question(host, quiz.questions[0].id)
    before.close()  # the app process goes away; only the database remains

    after = make_store()
    for i, token in enumerate(tokens):
        state = after.resume(code, token)
        assert len(state.answers) == QUESTIONS // 2
        assert state.current == quiz.questions[QUESTIONS // 2].id  # the first unanswered
        for question in range(QUESTIONS // 2, QUESTIONS):
            after.submit(
                token, quiz.questions[question].id, Answer(response=_response(quiz, i, question))
            )
    results = after.class_results(host)
    assert results.session.questions[0].locked
    assert [p.answered for p in results.participants] == [QUESTIONS] * len(tokens)
    for question, stats in enumerate(results.questions):
        assert stats.correct == sum((s + question) % 3 != 0 for s in range(len(tokens)))


@with_backends
def test_two_students_taking_one_name_at_once_get_one_seat(make_store):
    store = make_store()
    started = store.create_session(small_quiz(2))
    barrier = threading.Barrier(16)

    def join() -> str:
        barrier.wait()
        try:
            store.join(started.session.join_code, "Sara")
        except DuplicateName:
            return "duplicate"
        return "joined"

    with ThreadPoolExecutor(max_workers=16) as pool:
        outcomes = sorted(pool.map(lambda _: join(), range(16)))
    assert outcomes == ["duplicate"] * 15 + ["joined"]
    assert len(store.class_results(started.host_key).participants) == 1


def test_the_store_is_shared_by_threads_with_one_engine(tmp_path):
    store = ClassroomStore(f"sqlite:///{tmp_path / 'c.sqlite3'}")
    try:
        engines = set()
        with ThreadPoolExecutor(max_workers=4) as pool:
            list(pool.map(lambda _: engines.add(id(store.database.engine)), range(8)))
        assert len(engines) == 1
    finally:
        store.close()
