"""The projector's view key, through the store on SQLite and PostgreSQL: it reads the session,
follows the teacher's live state and settings, never changes anything, and is stored only as
a hash."""

from __future__ import annotations

import pytest
from classroom_support import small_quiz, table_rows, with_backends

from literacy.classroom import (
    ClassroomStore,
    NotAuthorized,
    ProjectorSettings,
    SessionOptions,
)
from literacy.classroom.keys import secret_hash, view_key_for
from literacy.scoring import Answer

TEACHER_PACED = SessionOptions(pacing="teacher", shuffle_questions=False)


@with_backends
def test_the_view_key_reads_the_session_as_the_teacher_runs_it(store: ClassroomStore):
    started = store.create_session(small_quiz(4), TEACHER_PACED)
    view_key = started.view_key
    assert view_key != started.host_key and len(view_key) >= 43  # 256 bits, URL-safe
    assert store.view_key(started.host_key) == view_key  # the host's page can always show it
    session = store.session_for_view(view_key)
    assert session.id == started.session.id and session.join_code == started.session.join_code
    assert session.current_question is None
    assert session.projector == ProjectorSettings(names=True, answer_key=False)

    token = store.join(started.session.join_code, "Sara").token
    store.next_question(started.host_key)
    store.submit(token, "s0", Answer(response=0))
    seen = store.view_results(view_key)
    assert seen.session.current_question.question_id == "s0"
    assert [p.participant.name for p in seen.participants] == ["Sara"]
    assert next(q for q in seen.questions if q.question_id == "s0").answered == 1
    store.reveal(started.host_key, "s0")
    assert store.session_for_view(view_key).current_question.revealed

    store.set_projector(started.host_key, names=False, answer_key=True)
    assert store.session_for_view(view_key).projector == ProjectorSettings(
        names=False, answer_key=True
    )
    # one setting at a time: a toggle on one device never undoes the other's change
    store.set_projector(started.host_key, names=True)
    assert store.session_for_view(view_key).projector == ProjectorSettings(
        names=True, answer_key=True
    )
    store.set_projector(started.host_key, answer_key=False)
    assert store.session_for_view(view_key).projector == ProjectorSettings(
        names=True, answer_key=False
    )
    store.close_session(started.host_key)
    assert not store.view_results(view_key).session.is_open  # results stay readable


@with_backends
def test_the_view_key_changes_nothing(store: ClassroomStore, database_url):
    started = store.create_session(small_quiz(4), TEACHER_PACED)
    view_key = started.view_key
    participant = store.join(started.session.join_code, "Sara").participant
    store.next_question(started.host_key)
    before = table_rows(database_url)
    actions = [
        (store.session_for_host, ()),
        (store.class_results, ()),
        (store.view_key, ()),
        (store.open_question, ("t1",)),
        (store.next_question, ()),
        (store.lock_question, ("s0",)),
        (store.reveal, ("s0",)),
        (store.lock_session, ()),
        (store.close_session, ()),
        (store.remove_participant, (participant.id,)),
        (lambda key: store.set_projector(key, answer_key=True), ()),
        (store.delete_session, ()),
    ]
    for action, args in actions:
        with pytest.raises(NotAuthorized, match="host link"):
            action(view_key, *args)
    with pytest.raises(NotAuthorized):
        store.resume(started.session.join_code, view_key)  # nor is it a student's token
    with pytest.raises(NotAuthorized):
        store.submit(view_key, "s0", Answer(response=0))
    assert table_rows(database_url) == before


@with_backends
def test_a_wrong_view_key_is_refused_the_same_way_whatever_it_is(store: ClassroomStore):
    started = store.create_session(small_quiz(2))
    other = store.create_session(small_quiz(2))
    joined = store.join(started.session.join_code, "Sara")
    refusals = set()
    for wrong in (
        "not-a-key",
        "",
        started.host_key,  # a host key is no view key, and the refusal does not say it is one
        secret_hash(started.view_key),
        joined.token,
        started.view_key + "x",
    ):
        with pytest.raises(NotAuthorized) as refused:
            store.session_for_view(wrong)
        with pytest.raises(NotAuthorized):
            store.view_results(wrong)
        refusals.add(str(refused.value))
    assert refusals == {"this projector link does not open any session"}
    assert store.session_for_view(other.view_key).id == other.session.id  # each its own
    store.delete_session(started.host_key)
    with pytest.raises(NotAuthorized):
        store.session_for_view(started.view_key)


@with_backends
def test_view_keys_are_stored_only_as_hashes(store: ClassroomStore, database_url):
    started = store.create_session(small_quiz(2))
    assert started.view_key == view_key_for(started.host_key)
    dump = repr(table_rows(database_url))
    assert started.view_key not in dump
    assert secret_hash(started.view_key) in dump
    # The view key is not a hash the database holds either (the host key's, say).
    assert secret_hash(started.host_key) in dump
    assert started.view_key not in repr(started)  # nor in logs
    assert started.host_key not in repr(started)
