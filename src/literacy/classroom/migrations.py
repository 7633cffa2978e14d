"""Versioned schema migrations: each runs once per database, in order, in one transaction.

`migrate` may run from many processes at once (every app process calls it on start): on
PostgreSQL a transaction-scoped advisory lock per schema, on SQLite BEGIN IMMEDIATE, lets one
of them migrate while the others wait and then find nothing left to do. DDL is transactional
on both, so a migration that fails leaves no half-made tables behind, and its version is
recorded in the same transaction as its changes.

Each migration is frozen once released: migration 1 creates the tables of `schema_v1` (a copy
that never changes), and every later one changes them by itself (ALTER …), with `schema.py`
changed to match. `test_classroom_migrations` checks that migration 1 still makes what the
version-1 code made, and that the fully migrated database and `schema.py` agree.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from literacy.classroom import schema_v1
from literacy.classroom.database import Database
from literacy.classroom.errors import SchemaTooNew

# pg_advisory_xact_lock(int, int): this number ("lit" + 1) and a hash of the schema's name.
_LOCK_NAMESPACE = 0x6C697401

# The bookkeeping table is part of version 1 and never changes.
_versions = schema_v1.schema_version


@dataclass(frozen=True)
class Migration:
    version: int
    description: str
    apply: Callable[[Connection], None]


def _v1(conn: Connection) -> None:
    tables = [
        schema_v1.sessions,
        schema_v1.session_questions,
        schema_v1.participants,
        schema_v1.answers,
    ]
    schema_v1.metadata.create_all(conn, tables=tables, checkfirst=False)


# Written out, not taken from `schema.py`: what migration 2 adds must not change later.
_MOMENT = {"sqlite": "DATETIME", "postgresql": "TIMESTAMP WITH TIME ZONE"}


def _add_column(conn: Connection, table: str, column: str, sql_type: str) -> None:
    """ALTER TABLE … ADD COLUMN, skipped when the column is there already."""
    if any(found["name"] == column for found in sa.inspect(conn).get_columns(table)):
        return
    conn.exec_driver_sql(f"ALTER TABLE {table} ADD COLUMN {column} {sql_type}")


def _v2(conn: Connection) -> None:
    _add_column(conn, "participants", "finished_at", _MOMENT[conn.dialect.name])


_FALSE_TRUE = {"sqlite": ("0", "1"), "postgresql": ("false", "true")}


def _v3(conn: Connection) -> None:
    false, true = _FALSE_TRUE[conn.dialect.name]
    _add_column(conn, "class_sessions", "view_key_hash", "VARCHAR(64)")
    _add_column(conn, "class_sessions", "projector_names", f"BOOLEAN DEFAULT {true} NOT NULL")
    _add_column(conn, "class_sessions", "projector_answer_key", f"BOOLEAN DEFAULT {false} NOT NULL")
    conn.exec_driver_sql(
        "CREATE UNIQUE INDEX IF NOT EXISTS uq_class_sessions_view_key_hash "
        "ON class_sessions (view_key_hash)"
    )


MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "class sessions, their questions, participants and answers", _v1),
    Migration(2, "participants.finished_at: when a student finished the quiz", _v2),
    Migration(3, "class_sessions: a read-only projector key and the projector's settings", _v3),
)
LATEST_VERSION = MIGRATIONS[-1].version


def migrate(database: Database, *, up_to: int | None = None) -> tuple[int, ...]:
    """Bring the schema up to date (or up to version `up_to`); return the versions applied
    now (none when there was nothing to do). Refuses a database newer than this code."""
    target = LATEST_VERSION if up_to is None else up_to
    if not 0 <= target <= LATEST_VERSION:
        raise ValueError(f"no schema version {target}; the newest is {LATEST_VERSION}")
    with database.write() as conn:
        if database.backend == "postgresql":
            conn.execute(
                sa.text("SELECT pg_advisory_xact_lock(:namespace, hashtext(current_schema()))"),
                {"namespace": _LOCK_NAMESPACE},
            )
        _versions.create(conn, checkfirst=True)
        done = set(conn.scalars(sa.select(_versions.c.version)))
        newest = max(done, default=0)
        if newest > LATEST_VERSION:
            raise SchemaTooNew(newest, LATEST_VERSION)
        applied = []
        for migration in MIGRATIONS:
            if migration.version in done or migration.version > target:
                continue
            migration.apply(conn)
            conn.execute(
                _versions.insert().values(
                    version=migration.version,
                    description=migration.description,
                    applied_at=datetime.datetime.now(datetime.UTC),
                )
            )
            applied.append(migration.version)
    return tuple(applied)


def current_version(database: Database) -> int:
    with database.read() as conn:
        if not sa.inspect(conn).has_table(_versions.name):
            return 0
        return conn.scalar(sa.select(sa.func.max(_versions.c.version))) or 0
