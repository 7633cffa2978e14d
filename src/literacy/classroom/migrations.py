"""Versioned schema migrations: each runs once per database, in order, in one transaction.

`migrate` may run from many processes at once (every app process calls it on start): on
PostgreSQL a transaction-scoped advisory lock per schema, on SQLite BEGIN IMMEDIATE, lets one
of them migrate while the others wait and then find nothing left to do. DDL is transactional
on both, so a migration that fails leaves no half-made tables behind.

A later migration changes tables by itself (ALTER …) and `schema.py` is changed to match;
migration 1 keeps creating version 1 then. `test_classroom_migrations` checks that the
migrated database and `schema.py` agree.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from literacy.classroom import schema
from literacy.classroom.database import Database
from literacy.classroom.errors import SchemaTooNew

# pg_advisory_xact_lock(int, int): this number ("lit" + 1) and a hash of the schema's name.
_LOCK_NAMESPACE = 0x6C697401


@dataclass(frozen=True)
class Migration:
    version: int
    description: str
    apply: Callable[[Connection], None]


_V1_TABLES = (schema.sessions, schema.session_questions, schema.participants, schema.answers)


def _v1(conn: Connection) -> None:
    schema.metadata.create_all(conn, tables=list(_V1_TABLES), checkfirst=False)


MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "class sessions, their questions, participants and answers", _v1),
)
LATEST_VERSION = MIGRATIONS[-1].version


def migrate(database: Database) -> tuple[int, ...]:
    """Bring the schema up to date; return the versions applied now (none when up to date)."""
    with database.write() as conn:
        if database.backend == "postgresql":
            conn.execute(
                sa.text("SELECT pg_advisory_xact_lock(:namespace, hashtext(current_schema()))"),
                {"namespace": _LOCK_NAMESPACE},
            )
        schema.schema_version.create(conn, checkfirst=True)
        done = set(conn.scalars(sa.select(schema.schema_version.c.version)))
        newest = max(done, default=0)
        if newest > LATEST_VERSION:
            raise SchemaTooNew(newest, LATEST_VERSION)
        applied = []
        for migration in MIGRATIONS:
            if migration.version in done:
                continue
            migration.apply(conn)
            conn.execute(
                schema.schema_version.insert().values(
                    version=migration.version,
                    description=migration.description,
                    applied_at=datetime.datetime.now(datetime.UTC),
                )
            )
            applied.append(migration.version)
    return tuple(applied)


def current_version(database: Database) -> int:
    with database.read() as conn:
        if not sa.inspect(conn).has_table(schema.schema_version.name):
            return 0
        return conn.scalar(sa.select(sa.func.max(schema.schema_version.c.version))) or 0
