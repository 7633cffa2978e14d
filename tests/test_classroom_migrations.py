"""Schema migrations: idempotent, safe from many processes at once, migration 1 frozen as the
version-1 code made it, a version-1 database with data upgraded without loss, and the schema
they make is the one the code expects; where the database lives by default."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
from concurrent.futures import ThreadPoolExecutor

import pytest
import sqlalchemy as sa
from classroom_support import ROOT, describe_schema, table_rows, with_backends

from literacy.classroom import (
    LATEST_VERSION,
    ClassroomError,
    ClassroomStore,
    SchemaTooNew,
)
from literacy.classroom.database import Database, database_url
from literacy.classroom.migrations import current_version, migrate
from literacy.classroom.schema import metadata

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


# ---- version 1 is frozen ---------------------------------------------------------------------


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


def test_there_is_no_migrating_to_a_version_that_does_not_exist(tmp_path):
    database = Database(f"sqlite:///{tmp_path / 'c.sqlite3'}")
    try:
        with pytest.raises(ValueError, match="no schema version"):
            migrate(database, up_to=LATEST_VERSION + 1)
    finally:
        database.dispose()
