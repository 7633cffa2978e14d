"""Where a student is in a session and what they may see of the answers, from stored facts.

Nothing is shown while the answer it is about can still change. A student's quiz is over
when their answers can no longer change: they finished it (self-paced), the session closed,
every question is locked, or (after_each, where every answer is final) every question is
answered or locked. Feedback on a question (right or wrong, the answer, the explanation) is
visible when the teacher revealed it, or when the session's `show_results` allows:
- after_each: as soon as the student answered it (that answer is then final);
- at_end ("when they finish"): once the student's quiz is over;
- after_close: once the teacher closed the session;
- never: only what the teacher reveals.
The student's score follows the same rule, except that after_each also waits for the end.
"""

from __future__ import annotations

from typing import Any

from literacy.classroom.errors import (
    ParticipantFinished,
    ParticipantRemoved,
    QuestionLocked,
    QuestionNotOpen,
    SessionClosed,
    UnknownQuestion,
)
from literacy.classroom.models import Participant, SessionInfo, StudentState
from literacy.quiz import Quiz
from literacy.scoring import Answer, score


def student_state(
    session: SessionInfo, participant: Participant, quiz: Quiz, answers: dict[str, Answer]
) -> StudentState:
    order = participant.question_order(session)
    states = {q.question_id: q for q in session.questions}
    mode = session.options.show_results
    settled = all(
        states[question_id].locked or (mode == "after_each" and question_id in answers)
        for question_id in order
    )
    over = not session.is_open or participant.finished or settled
    end_visible = (mode == "after_close" and not session.is_open) or (
        mode in ("after_each", "at_end") and over
    )
    visible = {q.question_id for q in session.questions if q.revealed}
    if end_visible:
        visible.update(order)
    elif mode == "after_each":
        visible.update(answers)
    return StudentState(
        session=session,
        participant=participant,
        quiz=quiz,
        question_order=order,
        current=None if participant.finished else _current(session, order, answers),
        answers=answers,
        feedback_visible=frozenset(visible),
        result=score(quiz, answers) if end_visible else None,
    )


def _current(
    session: SessionInfo, order: tuple[str, ...], answers: dict[str, Answer]
) -> str | None:
    if not session.is_open:
        return None
    if session.options.pacing == "teacher":
        current = session.current_question
        return current.question_id if current else None
    states = {q.question_id: q for q in session.questions}
    for question_id in order:
        if question_id not in answers and not states[question_id].locked:
            return question_id
    return None


def check_answerable(row: Any, question_id: str) -> None:
    """Refuse an answer the session's state does not allow (`row`: `rows.SUBMIT_CHECK`)."""
    if row.removed_at is not None:
        raise ParticipantRemoved(row.name)
    if row.closed_at is not None:
        raise SessionClosed(row.join_code)
    if row.position is None:
        raise UnknownQuestion(question_id)
    if row.finished_at is not None:
        raise ParticipantFinished(question_id, row.position + 1)
    if row.locked_at is not None:
        raise QuestionLocked(question_id, row.position + 1)
    if row.pacing == "teacher" and row.current_position != row.position:
        raise QuestionNotOpen(question_id, row.position + 1)
