"""Database rows to library types and back, and the few queries more than one action shares."""

from __future__ import annotations

import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from literacy.classroom.models import (
    Participant,
    ProjectorSettings,
    QuestionState,
    SessionInfo,
    SessionOptions,
)
from literacy.classroom.schema import answers, participants, session_questions, sessions
from literacy.quiz import Quiz
from literacy.scoring import Answer

# Everything but the snapshot, which only the quiz cache reads.
_SESSION_COLUMNS = [
    c for c in sessions.c if c.name not in ("quiz_yaml", "host_key_hash", "view_key_hash")
]


def aware(moment: datetime.datetime | None) -> datetime.datetime | None:
    """SQLite hands back naive datetimes; every time the store writes is UTC."""
    if moment is not None and moment.tzinfo is None:
        return moment.replace(tzinfo=datetime.UTC)
    return moment


def session_values(
    quiz: Quiz,
    snapshot: str,
    options: SessionOptions,
    join_code: str,
    now: datetime.datetime,
) -> dict[str, Any]:
    import hashlib

    return {
        "join_code": join_code,
        "quiz_id": quiz.id,
        "quiz_title": quiz.title,
        "language": quiz.language,
        "quiz_yaml": snapshot,
        "quiz_sha256": hashlib.sha256(snapshot.encode("utf-8")).hexdigest(),
        "pacing": options.pacing,
        "shuffle_questions": bool(options.shuffle_questions),
        "shuffle_choices": bool(options.shuffle_choices),
        "leaderboard": options.leaderboard,
        "anonymous": options.anonymous,
        "show_results": options.show_results,
        "created_at": now,
    }


def load_session(conn: Connection, **where: Any) -> SessionInfo | None:
    """The session (by `id`, `host_key_hash` or `view_key_hash`) and the state of each of
    its questions, in one query."""
    found = conn.execute(
        sa.select(
            *_SESSION_COLUMNS,
            session_questions.c.question_id,
            session_questions.c.position,
            session_questions.c.opened_at,
            session_questions.c.locked_at,
            session_questions.c.revealed_at,
        )
        .join(session_questions, session_questions.c.session_id == sessions.c.id)
        .where(*(sessions.c[column] == value for column, value in where.items()))
        .order_by(session_questions.c.position)
    ).all()
    if not found:
        return None
    first = found[0]
    closed = first.closed_at is not None
    return SessionInfo(
        id=first.id,
        join_code=first.join_code,
        quiz_id=first.quiz_id,
        quiz_title=first.quiz_title,
        language=first.language,
        quiz_sha256=first.quiz_sha256,
        options=SessionOptions(
            pacing=first.pacing,
            shuffle_questions=first.shuffle_questions,
            shuffle_choices=first.shuffle_choices,
            leaderboard=first.leaderboard,
            anonymous=first.anonymous,
            show_results=first.show_results,
        ),
        current_position=first.current_position,
        created_at=aware(first.created_at),
        closed_at=aware(first.closed_at),
        questions=tuple(
            QuestionState(
                question_id=row.question_id,
                position=row.position,
                opened=row.opened_at is not None,
                locked=closed or row.locked_at is not None,
                revealed=row.revealed_at is not None,
            )
            for row in found
        ),
        projector=ProjectorSettings(
            names=first.projector_names, answer_key=first.projector_answer_key
        ),
    )


def participant_from_row(row: Any) -> Participant:
    return Participant(
        id=row.id,
        session_id=row.session_id,
        name=row.name,
        joined_at=aware(row.joined_at),
        removed=row.removed_at is not None,
        finished_at=aware(row.finished_at),
        shuffle_seed=row.shuffle_seed,
    )


_PARTICIPANT_COLUMNS = [
    participants.c.id,
    participants.c.session_id,
    participants.c.name,
    participants.c.joined_at,
    participants.c.removed_at,
    participants.c.finished_at,
    participants.c.shuffle_seed,
]


def load_participant(conn: Connection, *, lock: bool = False, **where: Any) -> Participant | None:
    """The participant `where` names; with `lock`, their row is held until the end of the
    transaction (FOR NO KEY UPDATE: answers still reference it, other writers wait)."""
    query = sa.select(*_PARTICIPANT_COLUMNS).where(
        *(participants.c[column] == value for column, value in where.items())
    )
    if lock:
        query = query.with_for_update(key_share=True)
    row = conn.execute(query).one_or_none()
    return participant_from_row(row) if row is not None else None


def participant_answers(conn: Connection, participant_id: int) -> dict[str, Answer]:
    found = conn.execute(
        sa.select(answers.c.question_id, answers.c.response, answers.c.confidence).where(
            answers.c.participant_id == participant_id
        )
    )
    return {row.question_id: to_answer(row.response, row.confidence) for row in found}


def to_answer(response: Any, confidence: int | None) -> Answer:
    return Answer(
        response=tuple(response) if isinstance(response, list) else response, confidence=confidence
    )


# The statements every answer runs are built once: building one costs more than running it.
_question = session_questions.alias("question")

# The session and the student's own row, shared: waits for a teacher's lock or close, or the
# student's "finish", in progress, and holds off the next one until this answer is in
# (PostgreSQL; SQLite ignores FOR SHARE). Students never wait for each other.
SUBMIT_LOCK = (
    sa.select(sessions.c.id)
    .join(participants, participants.c.session_id == sessions.c.id)
    .where(participants.c.token_hash == sa.bindparam("token_hash"))
    .with_for_update(read=True, of=[sessions, participants])
)

# "Finish" takes the session shared (a close or a removal waits for it), then the student's
# row exclusively (`load_participant(lock=True)`), so an answer in flight lands first and the
# next one sees `finished_at`.
SESSION_OF_TOKEN = (
    sa.select(sessions.c.id)
    .join(participants, participants.c.session_id == sessions.c.id)
    .where(participants.c.token_hash == sa.bindparam("token_hash"))
    .with_for_update(read=True, of=sessions)
)

# What decides whether the answer may be saved, read after SUBMIT_LOCK so it is current.
SUBMIT_CHECK = (
    sa.select(
        participants.c.id.label("participant_id"),
        participants.c.name,
        participants.c.removed_at,
        participants.c.finished_at,
        sessions.c.join_code,
        sessions.c.closed_at,
        sessions.c.pacing,
        sessions.c.current_position,
        sessions.c.show_results,
        _question.c.position,
        _question.c.locked_at,
    )
    .select_from(participants)
    .join(sessions, sessions.c.id == participants.c.session_id)
    .outerjoin(
        _question,
        sa.and_(
            _question.c.session_id == sessions.c.id,
            _question.c.question_id == sa.bindparam("question_id"),
        ),
    )
    .where(participants.c.token_hash == sa.bindparam("token_hash"))
)


def class_answers_query(session_id: int) -> sa.Select:
    """Every participant with every answer (one row each, or one empty row for a participant
    with none): the whole dashboard in one query."""
    return (
        sa.select(
            *_PARTICIPANT_COLUMNS,
            answers.c.question_id,
            answers.c.response,
            answers.c.confidence,
            answers.c.revision,
            answers.c.answered_at,
            answers.c.updated_at,
        )
        .select_from(participants)
        .outerjoin(answers, answers.c.participant_id == participants.c.id)
        .where(participants.c.session_id == session_id)
        .order_by(participants.c.id)
    )


def answer_upserts(insert: Any) -> tuple[Any, Any]:
    """The two ways to save an answer, for the backend whose INSERT is `insert`: the first
    inserts or changes the answer already there (revision + 1); the second, for answers that
    are final once given, leaves an existing one alone. Both return the saved row's revision
    and times, or no row."""
    once = ["participant_id", "question_id"]
    changed = ("response", "confidence", "credit", "correct", "updated_at")
    statement = insert(answers)
    changing = statement.on_conflict_do_update(
        index_elements=once,
        set_={key: statement.excluded[key] for key in changed}
        | {"revision": answers.c.revision + 1},
    )
    final = statement.on_conflict_do_nothing(index_elements=once)
    saved = (answers.c.revision, answers.c.answered_at, answers.c.updated_at)
    return changing.returning(*saved), final.returning(*saved)
