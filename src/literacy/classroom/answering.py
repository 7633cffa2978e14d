"""What a student does to their own answers: give or change one, and finish the quiz.

Both run inside the store's writing transaction and take their locks first (see
`rows.SUBMIT_LOCK` and `rows.SESSION_OF_TOKEN`): an answer and the student's "finish" never
interleave, so no answer is saved after the moment `finished_at` records, and a teacher's
lock, close or removal waits for both.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping
from typing import Any

from pydantic import ValidationError
from sqlalchemy.engine import Connection

from literacy.classroom import progress, rows
from literacy.classroom.errors import (
    AnswerFinal,
    ClassroomError,
    NotAuthorized,
    ParticipantRemoved,
    SessionClosed,
)
from literacy.classroom.keys import secret_hash
from literacy.classroom.models import SavedAnswer, StudentState
from literacy.classroom.schema import participants
from literacy.quiz import Quiz
from literacy.scoring import Answer, InvalidAnswer, credit_fraction

QuizOf = Callable[[Connection, int], Quiz]
_NO_STUDENT = "this link does not belong to any student; join again"


def validated(answer: Answer | Mapping[str, Any]) -> Answer:
    try:
        return Answer.model_validate(answer)
    except ValidationError as error:
        problem = error.errors(include_url=False)[0]
        where = ".".join(str(part) for part in problem["loc"])
        raise InvalidAnswer(f"not an answer: {where}: {problem['msg']}") from None


def save(
    conn: Connection,
    token: str,
    question_id: str,
    answer: Answer,
    quiz_of: QuizOf,
    upserts: tuple[Any, Any],
) -> SavedAnswer:
    """Save the answer, or change the one saved, when the session's state allows it.
    `upserts`: `rows.answer_upserts` (changing, final)."""
    token_hash = secret_hash(token)
    session_id = conn.scalar(rows.SUBMIT_LOCK, {"token_hash": token_hash})
    if session_id is None:
        raise NotAuthorized(_NO_STUDENT)
    row = conn.execute(
        rows.SUBMIT_CHECK, {"token_hash": token_hash, "question_id": question_id}
    ).one()
    progress.check_answerable(row, question_id)
    question = quiz_of(conn, session_id).question(question_id)
    try:
        fraction = credit_fraction(question, answer.response)
    except InvalidAnswer as error:
        raise InvalidAnswer(f"question {row.position + 1}: {error}") from None
    now = datetime.datetime.now(datetime.UTC)
    values = {
        "session_id": session_id,
        "participant_id": row.participant_id,
        "question_id": question_id,
        "response": answer.model_dump(mode="json")["response"],
        "confidence": answer.confidence,
        "credit": fraction * question.points,
        "correct": fraction >= 0.5,
        "revision": 1,
        "answered_at": now,
        "updated_at": now,
    }
    # With feedback right after each answer, the first answer is final.
    changing, final = upserts
    saved = conn.execute(final if row.show_results == "after_each" else changing, values)
    saved = saved.one_or_none()
    if saved is None:
        raise AnswerFinal(question_id, row.position + 1)
    return SavedAnswer(
        question_id=question_id,
        answer=answer,
        revision=saved.revision,
        answered_at=rows.aware(saved.answered_at),
        updated_at=rows.aware(saved.updated_at),
    )


def finish(conn: Connection, token: str, quiz_of: QuizOf) -> StudentState:
    """Record that the student finished (once: finishing again keeps the first moment) and
    return where they are now. Refused for a removed student, in a closed session (unless
    they had finished before it closed) and in a teacher-paced session."""
    token_hash = secret_hash(token)
    session_id = conn.scalar(rows.SESSION_OF_TOKEN, {"token_hash": token_hash})
    participant = rows.load_participant(conn, lock=True, token_hash=token_hash)
    if session_id is None or participant is None:
        raise NotAuthorized(_NO_STUDENT)
    if participant.removed:
        raise ParticipantRemoved(participant.name)
    session = rows.load_session(conn, id=session_id)
    assert session is not None  # the row is locked
    if not participant.finished:
        if not session.is_open:
            raise SessionClosed(session.join_code)
        if session.options.pacing != "self":
            raise ClassroomError("this session is teacher-paced: your teacher ends the quiz")
        conn.execute(
            participants.update()
            .where(participants.c.id == participant.id, participants.c.finished_at.is_(None))
            .values(finished_at=datetime.datetime.now(datetime.UTC))
        )
        participant = rows.load_participant(conn, id=participant.id)
        assert participant is not None
    given = rows.participant_answers(conn, participant.id)
    return progress.student_state(session, participant, quiz_of(conn, session_id), given)
