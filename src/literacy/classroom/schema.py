"""The classroom tables as they are after the newest migration (`migrations.py` makes them;
`schema_v1.py` is how they began).

Every rule that keeps the data right lives in the database, so it holds whichever process or
thread writes: one answer per participant and question, answers only to questions of the
session's own quiz and only from that session's participants, one open session per join code.
"""

from __future__ import annotations

import sqlalchemy as sa

metadata = sa.MetaData(
    naming_convention={
        "ix": "ix_%(table_name)s_%(column_0_N_name)s",
        "uq": "uq_%(table_name)s_%(column_0_N_name)s",
        "ck": "ck_%(table_name)s_%(constraint_name)s",
        "fk": "fk_%(table_name)s_%(column_0_N_name)s",
        "pk": "pk_%(table_name)s",
    }
)

Moment = sa.DateTime(timezone=True)

schema_version = sa.Table(
    "schema_version",
    metadata,
    sa.Column("version", sa.Integer, primary_key=True, autoincrement=False),
    sa.Column("description", sa.String(200), nullable=False),
    sa.Column("applied_at", Moment, nullable=False),
)

sessions = sa.Table(
    "class_sessions",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("join_code", sa.String(6), nullable=False),
    sa.Column("host_key_hash", sa.String(64), nullable=False, unique=True),
    sa.Column("quiz_id", sa.String(200), nullable=False),
    sa.Column("quiz_title", sa.Text, nullable=False),
    sa.Column("language", sa.String(8), nullable=False),
    # The quiz as YAML at the moment the session started: the file may change or go away.
    sa.Column("quiz_yaml", sa.Text, nullable=False),
    sa.Column("quiz_sha256", sa.String(64), nullable=False),
    sa.Column("pacing", sa.String(16), nullable=False),
    sa.Column("shuffle_questions", sa.Boolean, nullable=False),
    sa.Column("shuffle_choices", sa.Boolean, nullable=False),
    sa.Column("leaderboard", sa.Boolean, nullable=False),
    sa.Column("anonymous", sa.Boolean, nullable=False),
    sa.Column("show_results", sa.String(16), nullable=False),
    # Teacher-paced only: the position of the one question that takes answers now.
    sa.Column("current_position", sa.Integer, nullable=True),
    sa.Column("created_at", Moment, nullable=False),
    sa.Column("closed_at", Moment, nullable=True),
    # Migration 3: the projector's read-only key (its hash; NULL for sessions started before
    # it, until the teacher's page sets it) and what the projected dashboard may show.
    sa.Column("view_key_hash", sa.String(64), nullable=True),
    sa.Column("projector_names", sa.Boolean, nullable=False, server_default=sa.true()),
    sa.Column("projector_answer_key", sa.Boolean, nullable=False, server_default=sa.false()),
    sa.CheckConstraint("pacing IN ('self', 'teacher')", name="pacing"),
    sa.CheckConstraint(
        "show_results IN ('after_each', 'at_end', 'after_close', 'never')", name="show_results"
    ),
    sa.CheckConstraint("current_position IS NULL OR current_position >= 0", name="position"),
    sa.CheckConstraint("length(join_code) = 6", name="join_code_length"),
)
# A code belongs to one open session; closing a session frees its code. Partial unique indexes
# work the same on SQLite (3.8+) and PostgreSQL.
sa.Index(
    "uq_class_sessions_open_join_code",
    sessions.c.join_code,
    unique=True,
    sqlite_where=sessions.c.closed_at.is_(None),
    postgresql_where=sessions.c.closed_at.is_(None),
)

# An index rather than a UNIQUE column: SQLite cannot add a UNIQUE column to a table.
sa.Index("uq_class_sessions_view_key_hash", sessions.c.view_key_hash, unique=True)

session_questions = sa.Table(
    "session_questions",
    metadata,
    sa.Column(
        "session_id",
        sa.Integer,
        sa.ForeignKey(sessions.c.id, ondelete="CASCADE"),
        primary_key=True,
    ),
    sa.Column("question_id", sa.String(200), primary_key=True),
    sa.Column("position", sa.Integer, nullable=False),
    sa.Column("opened_at", Moment, nullable=True),
    sa.Column("locked_at", Moment, nullable=True),
    sa.Column("revealed_at", Moment, nullable=True),
    sa.UniqueConstraint("session_id", "position"),
    sa.CheckConstraint("position >= 0", name="position"),
)

participants = sa.Table(
    "participants",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column(
        "session_id",
        sa.Integer,
        sa.ForeignKey(sessions.c.id, ondelete="CASCADE"),
        nullable=False,
    ),
    sa.Column("name", sa.String(64), nullable=False),
    sa.Column("name_key", sa.String(256), nullable=False),
    sa.Column("token_hash", sa.String(64), nullable=False, unique=True),
    # Seeds this student's question and choice order, so a reload shows the same order.
    sa.Column("shuffle_seed", sa.BigInteger, nullable=False),
    sa.Column("joined_at", Moment, nullable=False),
    sa.Column("removed_at", Moment, nullable=True),
    # Set once, when the student finishes (self-paced): no answer changes after it. Migration 2.
    sa.Column("finished_at", Moment, nullable=True),
    sa.UniqueConstraint("session_id", "name_key"),
    # The target of answers' two-column foreign key below.
    sa.UniqueConstraint("id", "session_id"),
)

answers = sa.Table(
    "answers",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("session_id", sa.Integer, nullable=False, index=True),
    sa.Column("participant_id", sa.Integer, nullable=False),
    sa.Column("question_id", sa.String(200), nullable=False),
    sa.Column("response", sa.JSON, nullable=False),
    sa.Column("confidence", sa.SmallInteger, nullable=True),
    sa.Column("credit", sa.Float, nullable=False),
    sa.Column("correct", sa.Boolean, nullable=False),
    # 1 on the first answer, +1 each time the student changes it.
    sa.Column("revision", sa.Integer, nullable=False),
    sa.Column("answered_at", Moment, nullable=False),
    sa.Column("updated_at", Moment, nullable=False),
    sa.UniqueConstraint("participant_id", "question_id", name="uq_answers_once"),
    sa.ForeignKeyConstraint(
        ["participant_id", "session_id"],
        [participants.c.id, participants.c.session_id],
        ondelete="CASCADE",
    ),
    sa.ForeignKeyConstraint(
        ["session_id", "question_id"],
        [session_questions.c.session_id, session_questions.c.question_id],
        ondelete="CASCADE",
    ),
    sa.CheckConstraint("confidence IS NULL OR confidence BETWEEN 1 AND 5", name="confidence"),
    sa.CheckConstraint("credit >= 0", name="credit"),
    sa.CheckConstraint("revision >= 1", name="revision"),
)
