"""Where the classroom data lives: the database URL, one engine per store, and transactions.

SQLite (the default, a file under `LITERACY_DATA_DIR`) runs in WAL mode so the dashboard can
read while students write, waits for a busy database instead of failing, checks foreign keys,
and starts every writing transaction with BEGIN IMMEDIATE: a transaction that reads and then
writes would otherwise fail at once with "database is locked" when another writer got there
first, whatever the busy timeout. PostgreSQL needs none of that.
"""

from __future__ import annotations

import os
import sqlite3
import threading
import time
from collections import deque
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import URL, Connection, Engine, make_url

from literacy.classroom.errors import ClassroomError

DEFAULT_DATA_DIR = "var"
SQLITE_FILE = "classroom.sqlite3"
BUSY_TIMEOUT_SECONDS = 30


def database_url(environ: Mapping[str, str] | None = None) -> str:
    """`LITERACY_DATABASE_URL`, else an SQLite file in `LITERACY_DATA_DIR` (default ./var/)."""
    env = os.environ if environ is None else environ
    url = env.get("LITERACY_DATABASE_URL", "").strip()
    if url:
        return url
    data_dir = Path(env.get("LITERACY_DATA_DIR", "").strip() or DEFAULT_DATA_DIR)
    return URL.create("sqlite", database=str(data_dir / SQLITE_FILE)).render_as_string()


def _normalized(url: str | URL) -> URL:
    parsed = make_url(url)
    # psycopg (3) is the driver the project installs; SQLAlchemy's default would be psycopg2.
    if parsed.drivername in ("postgresql", "postgres"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    return parsed


def create_engine(url: str | URL) -> Engine:
    parsed = _normalized(url)
    backend = parsed.get_backend_name()
    if backend == "sqlite":
        return _sqlite_engine(parsed)
    if backend == "postgresql":
        # pre_ping: a restarted database server costs one failed check, not a failed request.
        return sa.create_engine(parsed, pool_pre_ping=True, pool_size=5, max_overflow=10)
    raise ClassroomError(
        f"the classroom store supports SQLite and PostgreSQL, not {backend!r} ({parsed!r})"
    )


def _sqlite_engine(url: URL) -> Engine:
    if url.database in (None, "", ":memory:") or url.query.get("mode") == "memory":
        # Each pooled connection would get its own empty in-memory database.
        raise ClassroomError("the classroom store needs an SQLite file, not an in-memory database")
    if not url.database.startswith("file:"):
        Path(url.database).parent.mkdir(parents=True, exist_ok=True)
    engine = sa.create_engine(
        url,
        connect_args={"timeout": BUSY_TIMEOUT_SECONDS, "check_same_thread": False},
        pool_size=5,
        max_overflow=10,
    )

    @sa.event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Take BEGIN out of the driver's hands so _on_begin can choose the kind.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_SECONDS * 1000}")
        _use_wal(cursor)
        cursor.execute("PRAGMA foreign_keys = ON")
        # In WAL mode NORMAL loses no committed transaction when the app process dies, only
        # (possibly) the last ones on a power cut, and saves an fsync per answer.
        cursor.execute("PRAGMA synchronous = NORMAL")
        cursor.close()

    @sa.event.listens_for(engine, "begin")
    def _on_begin(connection: Connection) -> None:
        writing = connection.get_execution_options().get("literacy_write", False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if writing else "BEGIN")

    return engine


def _use_wal(cursor: Any) -> None:
    """Switch the file to WAL (a setting the file keeps). Switching waits for no busy timeout:
    when several processes open a new database at once, all but one are told "database is
    locked" at once, so they try again for a while."""
    deadline = time.monotonic() + BUSY_TIMEOUT_SECONDS
    while cursor.execute("PRAGMA journal_mode").fetchone()[0].lower() != "wal":
        try:
            cursor.execute("PRAGMA journal_mode = WAL")
        except sqlite3.OperationalError as error:
            if "locked" not in str(error) or time.monotonic() > deadline:
                raise
            time.sleep(0.02)


class FairLock:
    """A lock handed to waiters in the order they came.

    SQLite has one writer at a time, and a writer that finds it busy polls with growing sleeps,
    so under a burst of answers the teacher's "lock question" could wait for seconds while
    students who came later slip in between polls. Queueing this process's writers here first
    makes them take turns; the busy timeout is left for writers from other processes."""

    def __init__(self) -> None:
        self._mutex = threading.Lock()
        self._waiters: deque[threading.Lock] = deque()
        self._held = False

    def acquire(self) -> None:
        with self._mutex:
            if not self._held:
                self._held = True
                return
            turn = threading.Lock()
            turn.acquire()
            self._waiters.append(turn)
        turn.acquire()  # released by the holder before us, who hands the lock straight on

    def release(self) -> None:
        with self._mutex:
            if self._waiters:
                self._waiters.popleft().release()
            else:
                self._held = False


class Database:
    """An engine and the two kinds of transaction the store uses. Thread-safe: the engine's
    pool hands each transaction its own connection."""

    def __init__(self, url: str | URL):
        self.url = _normalized(url)
        self.engine = create_engine(self.url)
        self.backend = self.url.get_backend_name()
        self._writer = self.engine.execution_options(literacy_write=True)
        self._write_turns = FairLock() if self.backend == "sqlite" else None

    def read(self):
        """A transaction that only reads (several run at once, on both backends)."""
        return self.engine.begin()

    @contextmanager
    def write(self) -> Iterator[Connection]:
        """A transaction that writes; on SQLite it holds the write lock from its first read."""
        if self._write_turns is None:
            with self._writer.begin() as conn:
                yield conn
            return
        self._write_turns.acquire()
        try:
            with self._writer.begin() as conn:
                yield conn
        finally:
            self._write_turns.release()

    def insert(self, table: sa.Table):
        """An INSERT that knows ON CONFLICT on this backend."""
        return (postgresql if self.backend == "postgresql" else sqlite).insert(table)

    def dispose(self) -> None:
        self.engine.dispose()
