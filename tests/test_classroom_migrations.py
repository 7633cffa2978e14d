"""Schema migrations: idempotent, safe from many processes at once, migration 1 frozen as the
version-1 code made it, a version-1 database with data upgraded without loss, and the schema
they make is the one the code expects; where the database lives by default."""

from __future__ import annotations

import datetime
import json
import subprocess
import sys
import threading
from concurrent.futures import ThreadPoolExecutor

import pytest
import sqlalchemy as sa
from classroom_support import ROOT, describe_schema, small_quiz, table_rows, with_backends

from literacy.classroom import (
    LATEST_VERSION,
    ClassroomError,
    ClassroomStore,
    NotAuthorized,
    ParticipantFinished,
    ProjectorSettings,
    SchemaTooNew,
)
from literacy.classroom import schema_v1 as v1
from literacy.classroom.database import Database, database_url
from literacy.classroom.keys import secret_hash, view_key_for
from literacy.classroom.migrations import current_version, migrate
from literacy.classroom.schema import metadata
from literacy.classroom.snapshots import take_snapshot
from literacy.scoring import Answer

# What the version-1 code (commit 6761d41) created, on each backend. Never regenerate it: it
# is the record of what databases in schools hold, not of what the code makes today.
GOLDEN_V1 = json.loads((ROOT / "tests/golden/classroom/schema-v1.json").read_text("utf-8"))
V1_CODE, V1_HOST_KEY = "HJK479", "host key of a version-1 session"
SARA, OMAR = "token of Sara, version 1", "token of Omar, version 1"


@with_backends
def test_migrations_run_once_however_often_they_are_asked(database_url):
    database = Database(database_url)
    try:
        assert current_version(database) == 0
        assert migrate(database) == tuple(range(1, LATEST_VERSION + 1))
        assert migrate(database) == ()
        assert migrate(database) == ()
        assert current_version(database) == LATEST_VERSION
    finally:
        database.dispose()
    versions = [row[0] for row in table_rows(database_url)["schema_version"]]
    assert versions == list(range(1, LATEST_VERSION + 1))


@with_backends
def test_migrations_from_many_threads_at_once(database_url):
    barrier = threading.Barrier(6)

    def start() -> tuple[int, ...]:
        database = Database(database_url)
        try:
            barrier.wait()
            return migrate(database)
        finally:
            database.dispose()

    with ThreadPoolExecutor(max_workers=6) as pool:
        applied = list(pool.map(lambda _: start(), range(6)))
    assert sorted(applied) == [()] * 5 + [tuple(range(1, LATEST_VERSION + 1))]
    assert len(table_rows(database_url)["schema_version"]) == LATEST_VERSION


@with_backends
def test_migrations_from_several_processes_at_once(database_url):
    script = (
        "import sys; from literacy.classroom import ClassroomStore; "
        "ClassroomStore(sys.argv[1]).close()"
    )
    processes = [
        subprocess.Popen(
            [sys.executable, "-c", script, database_url], cwd=ROOT, stderr=subprocess.PIPE
        )
        for _ in range(3)
    ]
    for process in processes:
        _, err = process.communicate(timeout=120)
        assert process.returncode == 0, err.decode()
    assert len(table_rows(database_url)["schema_version"]) == LATEST_VERSION


@with_backends
def test_the_migrated_schema_is_the_schema_the_code_uses(database_url, other_database_url):
    """Migration 1 and every later one, applied in turn, make exactly what `schema.py` would
    create in one go: the same columns in the same order, types, keys and constraints."""
    ClassroomStore(database_url).close()
    engine = sa.create_engine(other_database_url, poolclass=sa.NullPool)
    try:
        metadata.create_all(engine)
    finally:
        engine.dispose()
    migrated, wanted = describe_schema(database_url), describe_schema(other_database_url)
    assert set(migrated) == set(metadata.tables)
    for table in metadata.tables:
        assert migrated[table] == wanted[table], table


@with_backends
def test_a_database_from_a_newer_version_is_refused(database_url):
    ClassroomStore(database_url).close()
    engine = sa.create_engine(database_url, poolclass=sa.NullPool)
    with engine.begin() as conn:
        conn.execute(
            sa.text(
                "INSERT INTO schema_version (version, description, applied_at) "
                "VALUES (:v, 'from the future', CURRENT_TIMESTAMP)"
            ),
            {"v": LATEST_VERSION + 1},
        )
    engine.dispose()
    with pytest.raises(SchemaTooNew, match="upgrade literacy"):
        ClassroomStore(database_url)


def test_the_default_database_is_an_sqlite_file_in_the_data_dir(tmp_path, monkeypatch):
    assert database_url({}) == "sqlite:///var/classroom.sqlite3"
    assert database_url({"LITERACY_DATABASE_URL": "postgresql+psycopg://h/db"}).startswith("post")
    data_dir = tmp_path / "not" / "yet"
    store = ClassroomStore.from_environment({"LITERACY_DATA_DIR": str(data_dir)})
    try:
        assert (data_dir / "classroom.sqlite3").is_file()
        with store.database.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000
    finally:
        store.close()
    monkeypatch.chdir(tmp_path)
    ClassroomStore.from_environment({}).close()
    assert (tmp_path / "var" / "classroom.sqlite3").is_file()


@pytest.mark.parametrize(
    "url, message",
    [
        ("sqlite://", "not an in-memory database"),
        ("sqlite:///:memory:", "not an in-memory database"),
        ("mysql://h/db", "SQLite and PostgreSQL"),
    ],
)
def test_databases_the_store_cannot_use(url, message):
    with pytest.raises(ClassroomError, match=message):
        ClassroomStore(url)


def test_the_teacher_password_comes_from_the_environment(tmp_path):
    store = ClassroomStore.from_environment(
        {"LITERACY_DATA_DIR": str(tmp_path), "LITERACY_TEACHER_PASSWORD": "secret"}
    )
    try:
        assert store.teacher_password == "secret"
    finally:
        store.close()


# ---- from version 1 -------------------------------------------------------------------------


def version_1_database(url: str) -> None:
    """A database at version 1 with a self-paced session in it: Sara answered two questions
    (one of them twice), Omar one before the teacher removed him."""
    database = Database(url)
    try:
        assert migrate(database, up_to=1) == (1,)
        snapshot, quiz = take_snapshot(small_quiz(4))
        moment = datetime.datetime(2025, 3, 4, 9, 30, tzinfo=datetime.UTC)
        with database.write() as conn:
            session_id = conn.execute(
                v1.sessions.insert()
                .values(
                    join_code=V1_CODE,
                    host_key_hash=secret_hash(V1_HOST_KEY),
                    quiz_id=quiz.id,
                    quiz_title=quiz.title,
                    language=quiz.language,
                    quiz_yaml=snapshot,
                    quiz_sha256="0" * 64,
                    pacing="self",
                    shuffle_questions=False,
                    shuffle_choices=False,
                    leaderboard=False,
                    anonymous=False,
                    show_results="at_end",
                    created_at=moment,
                )
                .returning(v1.sessions.c.id)
            ).scalar_one()
            conn.execute(
                v1.session_questions.insert(),
                [
                    {
                        "session_id": session_id,
                        "question_id": q.id,
                        "position": i,
                        "opened_at": moment,
                    }
                    for i, q in enumerate(quiz.questions)
                ],
            )
            people = {}
            for name, token, removed in (("Sara", SARA, None), ("عمر", OMAR, moment)):
                people[token] = conn.execute(
                    v1.participants.insert()
                    .values(
                        session_id=session_id,
                        name=name,
                        name_key=name.casefold(),
                        token_hash=secret_hash(token),
                        shuffle_seed=7,
                        joined_at=moment,
                        removed_at=removed,
                    )
                    .returning(v1.participants.c.id)
                ).scalar_one()
            given = ((SARA, "s0", 1, 2), (SARA, "t1", False, 1), (OMAR, "s0", 0, 1))
            conn.execute(
                v1.answers.insert(),
                [
                    {
                        "session_id": session_id,
                        "participant_id": people[token],
                        "question_id": question_id,
                        "response": response,
                        "confidence": 3,
                        "credit": 0.0,
                        "correct": False,
                        "revision": revision,
                        "answered_at": moment,
                        "updated_at": moment,
                    }
                    for token, question_id, response, revision in given
                ],
            )
    finally:
        database.dispose()


@with_backends
def test_migration_1_still_makes_the_version_1_tables(database_url):
    database = Database(database_url)
    try:
        assert migrate(database, up_to=1) == (1,)
        assert current_version(database) == 1
        with database.read() as conn:
            columns = [c["name"] for c in sa.inspect(conn).get_columns("participants")]
    finally:
        database.dispose()
    backend = database_url.split(":")[0].split("+")[0]
    assert describe_schema(database_url) == GOLDEN_V1[backend]
    assert "finished_at" not in columns
    if backend == "sqlite":
        engine = sa.create_engine(database_url, poolclass=sa.NullPool)
        with engine.connect() as conn:
            found = conn.exec_driver_sql(
                "SELECT name, sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY name"
            )
            assert dict(found.all()) == GOLDEN_V1["sqlite_sql"]
        engine.dispose()


@with_backends
def test_a_version_1_database_with_data_is_upgraded_without_loss(database_url):
    version_1_database(database_url)
    before = table_rows(database_url)
    store = ClassroomStore(database_url)  # migrates on start
    try:
        after = table_rows(database_url)
        assert [row[0] for row in after["schema_version"]] == [1, 2, 3]
        for table in ("session_questions", "answers"):
            assert after[table] == before[table], table
        assert after["participants"] == [(*row, None) for row in before["participants"]]
        # No view key yet; the projector shows names and keeps the answer key, as before.
        assert after["class_sessions"] == [
            (*row, None, True, False) for row in before["class_sessions"]
        ]

        # The old session carries on: Sara resumes, finishes, and is held to it.
        state = store.resume(V1_CODE, SARA)
        assert state.answers["s0"].response == 1 and state.answers["t1"].response is False
        assert not state.finished and state.participant.finished_at is None
        finished = store.finish(SARA)
        assert finished.finished and finished.result is not None
        with pytest.raises(ParticipantFinished):
            store.submit(SARA, "m2", Answer(response=(0,)))
        results = store.class_results(V1_HOST_KEY)
        assert [p.participant.name for p in results.participants] == ["Sara"]
        assert [p.name for p in results.removed] == ["عمر"]
        assert results.participants[0].answers["s0"].revision == 2
        assert results.participants[0].participant.finished_at is not None
    finally:
        store.close()


@with_backends
def test_a_version_2_session_gets_a_projector_link_from_its_host(database_url):
    """A database the previous release (schema 2) wrote: its running session carries on, and
    its host's page gets the projector link, which no one could open before."""
    version_1_database(database_url)
    database = Database(database_url)
    try:
        assert migrate(database, up_to=2) == (2,)
    finally:
        database.dispose()
    store = ClassroomStore(database_url)  # migration 3 on start
    try:
        assert current_version(store.database) == 3
        session = store.session_for_host(V1_HOST_KEY)
        assert session.projector == ProjectorSettings(names=True, answer_key=False)
        view_key = view_key_for(V1_HOST_KEY)
        with pytest.raises(NotAuthorized):
            store.session_for_view(view_key)  # no hash stored yet: nothing opens it
        assert store.view_key(V1_HOST_KEY) == view_key  # the host's page asks: now stored
        assert store.view_key(V1_HOST_KEY) == view_key  # and asking again changes nothing
        assert store.session_for_view(view_key).id == session.id
        assert [p.participant.name for p in store.view_results(view_key).participants] == ["Sara"]
        store.set_projector(V1_HOST_KEY, names=False, answer_key=True)
        assert store.session_for_view(view_key).projector.answer_key is True
        assert store.resume(V1_CODE, SARA).answers["s0"].response == 1  # students carry on
        dump = repr(table_rows(database_url))
        assert view_key not in dump and secret_hash(view_key) in dump
    finally:
        store.close()


@with_backends
def test_upgrading_version_1_from_many_threads_at_once(database_url):
    version_1_database(database_url)
    before = table_rows(database_url)
    barrier = threading.Barrier(5)

    def start() -> tuple[int, ...]:
        database = Database(database_url)
        try:
            barrier.wait()
            return migrate(database)
        finally:
            database.dispose()

    with ThreadPoolExecutor(max_workers=5) as pool:
        applied = list(pool.map(lambda _: start(), range(5)))
    assert sorted(applied) == [()] * 4 + [(2, 3)]
    after = table_rows(database_url)
    assert [row[0] for row in after["schema_version"]] == [1, 2, 3]
    assert after["participants"] == [(*row, None) for row in before["participants"]]
    assert after["answers"] == before["answers"]


@with_backends
def test_upgrading_version_1_from_several_processes_at_once(database_url):
    version_1_database(database_url)
    script = (
        "import sys; from literacy.classroom import ClassroomStore; "
        "ClassroomStore(sys.argv[1]).close()"
    )
    processes = [
        subprocess.Popen(
            [sys.executable, "-c", script, database_url], cwd=ROOT, stderr=subprocess.PIPE
        )
        for _ in range(3)
    ]
    for process in processes:
        _, err = process.communicate(timeout=120)
        assert process.returncode == 0, err.decode()
    assert [row[0] for row in table_rows(database_url)["schema_version"]] == [1, 2, 3]
    store = ClassroomStore(database_url)
    try:
        assert store.class_results(V1_HOST_KEY).participants[0].answers["s0"].revision == 2
    finally:
        store.close()


@with_backends
def test_a_newer_database_is_refused_before_anything_changes(database_url):
    version_1_database(database_url)
    engine = sa.create_engine(database_url, poolclass=sa.NullPool)
    with engine.begin() as conn:
        conn.execute(
            sa.text(
                "INSERT INTO schema_version (version, description, applied_at) "
                "VALUES (:v, 'from the future', CURRENT_TIMESTAMP)"
            ),
            {"v": LATEST_VERSION + 1},
        )
    engine.dispose()
    before = table_rows(database_url)
    with pytest.raises(SchemaTooNew) as refused:
        ClassroomStore(database_url)
    assert (refused.value.found, refused.value.known) == (LATEST_VERSION + 1, LATEST_VERSION)
    assert table_rows(database_url) == before  # migrations 2 and 3 were not applied


def test_there_is_no_migrating_to_a_version_that_does_not_exist(tmp_path):
    database = Database(f"sqlite:///{tmp_path / 'c.sqlite3'}")
    try:
        with pytest.raises(ValueError, match="no schema version"):
            migrate(database, up_to=LATEST_VERSION + 1)
    finally:
        database.dispose()
