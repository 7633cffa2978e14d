"""How a student gets a seat in a session: by its join code, under a name no one else there
has (or a nickname the store draws, in an anonymous session)."""

from __future__ import annotations

import datetime
import secrets

import sqlalchemy as sa
from sqlalchemy.engine import Connection
from sqlalchemy.exc import IntegrityError

from literacy.classroom import rows
from literacy.classroom.database import Database
from literacy.classroom.errors import (
    ClassroomError,
    DuplicateName,
    SessionClosed,
    SessionNotFound,
)
from literacy.classroom.keys import secret_hash
from literacy.classroom.models import Participant
from literacy.classroom.names import clean_name, name_key
from literacy.classroom.schema import participants, sessions

_NICKNAME = {"ar": "طالب", "en": "Student"}


def join_once(database: Database, code: str, name: str | None, token: str) -> Participant | None:
    """The new participant, or None when the nickname drawn was taken (draw again)."""
    cleaned = None
    anonymous = False
    try:
        with database.write() as conn:
            # Shared: a teacher closing the session waits for the students joining it.
            found = conn.execute(
                sa.select(sessions.c.id, sessions.c.anonymous, sessions.c.language)
                .where(sessions.c.join_code == code, sessions.c.closed_at.is_(None))
                .with_for_update(read=True)
            ).one_or_none()
            if found is None:
                raise missing_session(conn, code)
            anonymous = found.anonymous
            cleaned = _nickname(found.language) if anonymous else clean_name(name or "")
            key = name_key(cleaned)
            taken = conn.scalar(
                sa.select(participants.c.id).where(
                    participants.c.session_id == found.id, participants.c.name_key == key
                )
            )
            if taken is not None:
                if anonymous:
                    return None
                raise DuplicateName(cleaned)
            participant_id = conn.execute(
                participants.insert()
                .values(
                    session_id=found.id,
                    name=cleaned,
                    name_key=key,
                    token_hash=secret_hash(token),
                    shuffle_seed=secrets.randbits(62),
                    joined_at=datetime.datetime.now(datetime.UTC),
                )
                .returning(participants.c.id)
            ).scalar_one()
            return rows.load_participant(conn, id=participant_id)
    except IntegrityError:
        # Two students took the same name at the same moment (PostgreSQL; the unique
        # constraint decided between them).
        if anonymous or cleaned is None:
            return None
        raise DuplicateName(cleaned) from None


def code_in_use(database: Database, code: str) -> bool:
    """Whether an open session has `code`."""
    with database.read() as conn:
        found = conn.scalar(
            sa.select(sessions.c.id).where(
                sessions.c.join_code == code, sessions.c.closed_at.is_(None)
            )
        )
    return found is not None


def missing_session(conn: Connection, code: str) -> ClassroomError:
    closed = conn.scalar(sa.select(sessions.c.id).where(sessions.c.join_code == code).limit(1))
    return SessionClosed(code) if closed is not None else SessionNotFound(code)


def _nickname(language: str) -> str:
    return f"{_NICKNAME.get(language, _NICKNAME['en'])} {secrets.randbelow(900) + 100}"
