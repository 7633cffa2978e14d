"""Fixtures for the classroom tests: a fresh database on each backend, stores, quizzes.

PostgreSQL tests use the server named by LITERACY_TEST_POSTGRES_URL (`.ci/run` sets it) and
give every test its own schema, named after this process, so several people can run the
suite on one server at once; schemas left by runs that died are dropped on the next run.
"""

from __future__ import annotations

import hashlib
import os
import secrets
import socket
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlalchemy.engine import make_url

from literacy.classroom import ClassroomStore
from literacy.quiz import Quiz, load_quiz, loads_quiz

ROOT = Path(__file__).resolve().parent.parent
POSTGRES_ENV = "LITERACY_TEST_POSTGRES_URL"
SKIP_POSTGRES = (
    f"{POSTGRES_ENV} is not set; to run the PostgreSQL tests, start a server and set e.g. "
    f"{POSTGRES_ENV}=postgresql+psycopg://postgres@127.0.0.1:5432/test (.ci/run does both)"
)
SCHEMA_PREFIX = "literacy_test_"

BACKENDS = [
    pytest.param("sqlite", id="sqlite"),
    pytest.param("postgresql", id="postgresql", marks=pytest.mark.postgres),
]


def postgres_url() -> str | None:
    url = os.environ.get(POSTGRES_ENV, "").strip()
    if not url:
        return None
    parsed = make_url(url)
    if parsed.drivername in ("postgresql", "postgres"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    return parsed.render_as_string(hide_password=False)


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


_cleaned_stale = False


# This machine, short and safe in a schema name: several machines may share one server.
_HOST = hashlib.blake2b(socket.gethostname().encode(), digest_size=3).hexdigest()


def _drop_stale_schemas(engine: sa.Engine) -> None:
    """Schemas of test runs whose process is gone (a run killed before its clean-up)."""
    global _cleaned_stale
    if _cleaned_stale:
        return
    _cleaned_stale = True
    with engine.begin() as conn:
        names = conn.scalars(
            sa.text("SELECT nspname FROM pg_namespace WHERE nspname LIKE :p"),
            {"p": SCHEMA_PREFIX + "%"},
        ).all()
        for name in names:
            # Only this machine's runs: a process id means nothing on another host.
            host, _, rest = name.removeprefix(SCHEMA_PREFIX).partition("_")
            pid = rest.split("_")[0]
            if host == _HOST and pid.isdigit() and not _pid_alive(int(pid)):
                conn.execute(sa.text(f'DROP SCHEMA IF EXISTS "{name}" CASCADE'))


@contextmanager
def empty_database(backend: str, folder: Path, name: str = "classroom") -> Iterator[str]:
    """A URL to an empty database: an SQLite file in `folder`, or a new PostgreSQL schema
    (dropped at the end)."""
    if backend == "sqlite":
        yield f"sqlite:///{folder / f'{name}.sqlite3'}"
        return
    base = postgres_url()
    if base is None:
        pytest.skip(SKIP_POSTGRES)
    admin = sa.create_engine(base, poolclass=sa.NullPool)
    _drop_stale_schemas(admin)
    schema = f"{SCHEMA_PREFIX}{_HOST}_{os.getpid()}_{secrets.token_hex(4)}"
    with admin.begin() as conn:
        conn.execute(sa.text(f'CREATE SCHEMA "{schema}"'))
    url = make_url(base).update_query_dict({"options": f"-csearch_path={schema}"})
    try:
        yield url.render_as_string(hide_password=False)
    finally:
        with admin.begin() as conn:
            conn.execute(sa.text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
        admin.dispose()


@pytest.fixture
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A URL to an empty database: an SQLite file, or a new PostgreSQL schema."""
    with empty_database(request.param, tmp_path) as url:
        yield url


@pytest.fixture
def other_database_url(database_url: str, tmp_path: Path) -> Iterator[str]:
    """A second empty database on the same backend as `database_url`."""
    with empty_database(make_url(database_url).get_backend_name(), tmp_path, "other") as url:
        yield url


def with_backends(function: Callable) -> Callable:
    """Run a test once on SQLite and once on PostgreSQL."""
    return pytest.mark.parametrize("database_url", BACKENDS, indirect=True)(function)


@pytest.fixture
def make_store(database_url: str) -> Iterator[Callable[..., ClassroomStore]]:
    """Stores on the test's database (several = several app processes); closed at the end."""
    made: list[ClassroomStore] = []

    def make(**options) -> ClassroomStore:
        store = ClassroomStore(database_url, **options)
        made.append(store)
        return store

    yield make
    for store in made:
        store.close()


@pytest.fixture
def store(make_store: Callable[..., ClassroomStore]) -> ClassroomStore:
    return make_store()


_quizzes: dict[str, Quiz] = {}


def bukamal() -> Quiz:
    """The Arabic worked example: every question type, discernment items, 16 questions."""
    if "bukamal" not in _quizzes:
        _quizzes["bukamal"] = load_quiz(ROOT / "quizzes" / "ar" / "bukamal-2017.yaml")
    return _quizzes["bukamal"]


SMALL_QUIZ = """\
id: small
title: Ten quick questions
language: en
article:
  text: The ministry said on 3 May that 40 people were hurt. Sources claimed thugs did it.
questions:
"""


def small_quiz(questions: int = 10) -> Quiz:
    """An English quiz of `questions` questions cycling through every type."""
    key = f"small-{questions}"
    if key not in _quizzes:
        items = []
        for i in range(questions):
            kind = i % 4
            if kind == 0:
                items.append(
                    f"  - {{type: single_choice, id: s{i}, prompt: 'Who said it? ({i})', "
                    "skill: source, practice: reliable, choices: [the ministry, sources, "
                    "nobody], answer: a}"
                )
            elif kind == 1:
                items.append(
                    f"  - {{type: true_false, id: t{i}, prompt: 'Checkable? ({i})', "
                    "skill: checkability, practice: unreliable, answer: false}"
                )
            elif kind == 2:
                items.append(
                    f"  - {{type: multiple_choice, id: m{i}, prompt: 'Which are named? ({i})', "
                    "choices: [the ministry, sources, witnesses, the mayor], "
                    "answers: [a, d]}"
                )
            else:
                items.append(
                    f"  - {{type: mark_words, id: w{i}, prompt: 'Mark the loaded word ({i})', "
                    "skill: loaded_language, passage: Sources claimed thugs did it., "
                    "targets: [thugs]}"
                )
        _quizzes[key] = loads_quiz(SMALL_QUIZ + "\n".join(items) + "\n")
    return _quizzes[key]


def right_response(quiz: Quiz, question_id: str):
    """The fully correct response to a question of `quiz`."""
    question = quiz.question(question_id)
    if question.type == "true_false":
        return question.answer
    if question.type == "single_choice":
        return question.answer_index
    if question.type == "multiple_choice":
        return tuple(sorted(question.answer_indices))
    return tuple(sorted(question.target_words))


def wrong_response(quiz: Quiz, question_id: str):
    """A response to a question of `quiz` that earns nothing."""
    question = quiz.question(question_id)
    if question.type == "true_false":
        return not question.answer
    if question.type == "single_choice":
        return (question.answer_index + 1) % len(question.choices)
    if question.type == "multiple_choice":
        return tuple(i for i in range(len(question.choices)) if i not in question.answer_indices)
    return tuple(i for i in range(len(question.words)) if i not in question.target_words)


def table_rows(url: str) -> dict[str, list[tuple]]:
    """Every row of every classroom table, read straight from the database."""
    engine = sa.create_engine(url, poolclass=sa.NullPool)
    try:
        with engine.connect() as conn:
            return {
                table: [tuple(row) for row in conn.execute(sa.text(f"SELECT * FROM {table}"))]
                for table in (
                    "schema_version",
                    "class_sessions",
                    "session_questions",
                    "participants",
                    "answers",
                )
            }
    finally:
        engine.dispose()


def describe_schema(url: str) -> dict:
    """The classroom tables of a database as plain data, to compare two databases' schemas:
    columns with their types, keys, constraints and indexes as the database reports them."""
    engine = sa.create_engine(url, poolclass=sa.NullPool)
    try:
        inspector = sa.inspect(engine)
        tables = {}
        for name in sorted(inspector.get_table_names()):
            tables[name] = {
                "columns": [
                    [
                        c["name"],
                        str(c["type"].compile(dialect=engine.dialect)),
                        c["nullable"],
                        c.get("default"),
                    ]
                    for c in inspector.get_columns(name)
                ],
                "primary_key": inspector.get_pk_constraint(name)["constrained_columns"],
                "foreign_keys": sorted(
                    [
                        fk["constrained_columns"],
                        fk["referred_table"],
                        fk["referred_columns"],
                        fk["options"].get("ondelete"),
                    ]
                    for fk in inspector.get_foreign_keys(name)
                ),
                "unique": sorted(
                    [u["name"], u["column_names"]] for u in inspector.get_unique_constraints(name)
                ),
                "indexes": sorted(
                    [
                        i["name"],
                        i["column_names"],
                        bool(i["unique"]),
                        str(i.get("dialect_options", {}).get(f"{engine.dialect.name}_where")),
                    ]
                    for i in inspector.get_indexes(name)
                ),
                "checks": sorted(
                    [c["name"], " ".join(c["sqltext"].split())]
                    for c in inspector.get_check_constraints(name)
                ),
            }
        return tables
    finally:
        engine.dispose()
