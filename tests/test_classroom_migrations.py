"""Schema migrations: idempotent, safe from many processes at once, and the schema they make
is the one the code expects; where the database lives by default."""

from __future__ import annotations

import subprocess
import sys
import threading
from concurrent.futures import ThreadPoolExecutor

import pytest
import sqlalchemy as sa
from classroom_support import ROOT, table_rows, with_backends

from literacy.classroom import LATEST_VERSION, ClassroomError, ClassroomStore, SchemaTooNew
from literacy.classroom.database import Database, database_url
from literacy.classroom.migrations import current_version, migrate
from literacy.classroom.schema import metadata


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
def test_the_migrated_schema_is_the_schema_the_code_uses(database_url):
    ClassroomStore(database_url).close()
    engine = sa.create_engine(database_url, poolclass=sa.NullPool)
    try:
        inspector = sa.inspect(engine)
        assert set(inspector.get_table_names()) == set(metadata.tables)
        for table in metadata.sorted_tables:
            found = {c["name"]: c for c in inspector.get_columns(table.name)}
            assert list(found) == [c.name for c in table.columns], table.name
            for column in table.columns:
                assert found[column.name]["nullable"] == column.nullable, (table, column)
            unique = {u["name"] for u in inspector.get_unique_constraints(table.name)}
            unique |= {i["name"] for i in inspector.get_indexes(table.name) if i["unique"]}
            wanted = {c.name for c in table.constraints if isinstance(c, sa.UniqueConstraint)}
            wanted |= {i.name for i in table.indexes if i.unique}
            assert wanted <= unique, table.name
    finally:
        engine.dispose()


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
