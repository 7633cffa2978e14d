"""The classroom store: teachers run sessions, students join and answer, nothing is lost.

Who may do what is decided here, not by the pages: every teacher action takes the session's
host key and every student action the student's identity token; only their hashes are stored.
The projector's view key opens a session for reading only: no method that changes anything
accepts it, and the host key is looked up by its own hash alone.

Concurrency: every teacher action takes the session row FOR UPDATE before it changes anything,
and every answer takes it FOR SHARE before it reads the question's state, so an answer either
lands before a lock or close or is refused after it, never half-way (PostgreSQL; on SQLite
writers are serialised by BEGIN IMMEDIATE anyway). Answers from many students proceed at once;
a student's answers and their "finish" take the student's own row in turn (`answering`).
"""

from __future__ import annotations

import datetime
import os
import secrets
from collections.abc import Callable, Mapping
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection
from sqlalchemy.exc import IntegrityError

from literacy.classroom import answering, joining, progress, rows
from literacy.classroom import results as results_module
from literacy.classroom.database import Database, database_url
from literacy.classroom.errors import (
    ClassroomError,
    NotAuthorized,
    ParticipantRemoved,
    SessionClosed,
    SessionNotFound,
    UnknownQuestion,
)
from literacy.classroom.keys import (
    looks_like_join_code,
    new_join_code,
    new_secret,
    normalize_join_code,
    secret_hash,
    teacher_password_ok,
    view_key_for,
)
from literacy.classroom.migrations import migrate
from literacy.classroom.models import (
    Joined,
    NewSession,
    Participant,
    QuestionState,
    SavedAnswer,
    SessionInfo,
    SessionOptions,
    StudentState,
)
from literacy.classroom.schema import participants, session_questions, sessions
from literacy.classroom.snapshots import QuizCache, take_snapshot
from literacy.quiz import Quiz
from literacy.scoring import Answer

_JOIN_CODE_ATTEMPTS = 20


def _now() -> datetime.datetime:
    return datetime.datetime.now(datetime.UTC)


class ClassroomStore:
    """Sessions, participants and answers in one database. Build one per process (e.g. with
    `st.cache_resource`) and share it between threads; every method is thread-safe."""

    def __init__(
        self,
        url: str | None = None,
        *,
        teacher_password: str | None = None,
        join_codes: Callable[[], str] = new_join_code,
    ):
        self.database = Database(url or database_url())
        self.teacher_password = teacher_password or None
        self._new_join_code = join_codes
        self._quizzes = QuizCache()
        self._save_answer, self._save_final = rows.answer_upserts(self.database.insert)
        migrate(self.database)

    @classmethod
    def from_environment(cls, environ: Mapping[str, str] | None = None) -> ClassroomStore:
        """The store that `LITERACY_DATABASE_URL`, `LITERACY_DATA_DIR` and
        `LITERACY_TEACHER_PASSWORD` describe."""
        env = os.environ if environ is None else environ
        return cls(database_url(env), teacher_password=env.get("LITERACY_TEACHER_PASSWORD"))

    def close(self) -> None:
        self.database.dispose()

    # ---- teacher ------------------------------------------------------------------------

    def create_session(
        self,
        quiz: Quiz,
        options: SessionOptions | None = None,
        *,
        teacher_password: str | None = None,
    ) -> NewSession:
        """Start a session on a snapshot of `quiz`; the host key and the projector's view key
        are in the result only."""
        if not teacher_password_ok(teacher_password, self.teacher_password):
            raise NotAuthorized("the teacher password is not right")
        options = (options or SessionOptions()).resolved(quiz)
        snapshot, frozen = take_snapshot(quiz)
        order = [q.id for q in frozen.questions]
        if options.pacing == "teacher" and options.shuffle_questions:
            secrets.SystemRandom().shuffle(order)
        now = _now()
        for _ in range(_JOIN_CODE_ATTEMPTS):
            host_key = new_secret()
            values = rows.session_values(frozen, snapshot, options, self._new_join_code(), now)
            try:
                with self.database.write() as conn:
                    session_id = conn.execute(
                        sessions.insert()
                        .values(
                            host_key_hash=secret_hash(host_key),
                            view_key_hash=secret_hash(view_key_for(host_key)),
                            **values,
                        )
                        .returning(sessions.c.id)
                    ).scalar_one()
                    conn.execute(
                        session_questions.insert(),
                        [
                            {
                                "session_id": session_id,
                                "question_id": question_id,
                                "position": position,
                                "opened_at": now if options.pacing == "self" else None,
                            }
                            for position, question_id in enumerate(order)
                        ],
                    )
            except IntegrityError:
                if not joining.code_in_use(self.database, values["join_code"]):
                    raise
                continue  # the code belongs to another open session: draw another
            with self.database.read() as conn:
                session = _loaded(rows.load_session(conn, id=session_id))
            self._quizzes.put((session.id, session.quiz_sha256), frozen)
            return NewSession(session=session, host_key=host_key, view_key=view_key_for(host_key))
        raise ClassroomError("could not find a free join code; close some old sessions")

    def session_for_host(self, host_key: str) -> SessionInfo:
        with self.database.read() as conn:
            return self._host_session(conn, host_key)

    def view_key(self, host_key: str) -> str:
        """The projector's read-only key for the session `host_key` runs. A session started
        before view keys existed gets its key (its hash) stored now."""
        view_key = view_key_for(host_key)
        with self.database.read() as conn:
            session = self._host_session(conn, host_key)
            stored = conn.scalar(
                sa.select(sessions.c.view_key_hash).where(sessions.c.id == session.id)
            )
        if stored is None:
            with self.database.write() as conn:
                conn.execute(
                    sessions.update()
                    .where(sessions.c.id == session.id, sessions.c.view_key_hash.is_(None))
                    .values(view_key_hash=secret_hash(view_key))
                )
        return view_key

    def session_for_view(self, view_key: str) -> SessionInfo:
        """The session the projector's `view_key` shows (read only)."""
        with self.database.read() as conn:
            return self._view_session(conn, view_key)

    def view_results(self, view_key: str) -> results_module.ClassResults:
        """What the projected dashboard draws from; the same figures as `class_results`,
        read with the view key. The page decides which of them a projector may show."""
        with self.database.read() as conn:
            return self._results(conn, self._view_session(conn, view_key))

    def set_projector(
        self, host_key: str, *, names: bool | None = None, answer_key: bool | None = None
    ) -> SessionInfo:
        """What the projected dashboard may show: names, and the answer key before it is
        revealed. Only the settings given change, so a toggle flipped on one of the teacher's
        devices never undoes the other setting changed on another. Allowed after closing
        too: the results stay on the projector, which still looks for changes now and then."""
        changes = {
            column: value
            for column, value in (("projector_names", names), ("projector_answer_key", answer_key))
            if value is not None
        }
        with self.database.write() as conn:
            session = self._host_session(conn, host_key, lock=True)
            if changes:
                conn.execute(sessions.update().where(sessions.c.id == session.id).values(**changes))
            return _loaded(rows.load_session(conn, id=session.id))

    def quiz(self, session: SessionInfo) -> Quiz:
        """The snapshot the session runs (with its answer key)."""
        with self.database.read() as conn:
            return self._quiz(conn, session)

    def open_question(self, host_key: str, question_id: str) -> SessionInfo:
        """Teacher-paced: make `question_id` the one question that takes answers now."""
        with self.database.write() as conn:
            session = self._host_session(conn, host_key, lock=True, must_be_open=True)
            if session.options.pacing != "teacher":
                raise ClassroomError("this session is self-paced: every question is open")
            state = _state_of(session, question_id)
            conn.execute(
                sessions.update()
                .where(sessions.c.id == session.id)
                .values(current_position=state.position)
            )
            self._set_question(conn, session, question_id, opened_at=_now())
            return _loaded(rows.load_session(conn, id=session.id))

    def next_question(self, host_key: str) -> SessionInfo:
        """Teacher-paced: open the question after the current one (the first at the start)."""
        session = self.session_for_host(host_key)
        position = 0 if session.current_position is None else session.current_position + 1
        if position >= len(session.questions):
            raise ClassroomError("the last question is already open")
        return self.open_question(host_key, session.questions[position].question_id)

    def lock_question(self, host_key: str, question_id: str) -> SessionInfo:
        """No more answers or changes to `question_id`."""
        with self.database.write() as conn:
            session = self._host_session(conn, host_key, lock=True)
            _state_of(session, question_id)
            self._set_question(conn, session, question_id, locked_at=_now())
            return _loaded(rows.load_session(conn, id=session.id))

    def reveal(self, host_key: str, question_id: str) -> SessionInfo:
        """Show everyone the answer and the explanation; locks the question first."""
        with self.database.write() as conn:
            session = self._host_session(conn, host_key, lock=True)
            _state_of(session, question_id)
            now = _now()
            self._set_question(conn, session, question_id, locked_at=now, revealed_at=now)
            return _loaded(rows.load_session(conn, id=session.id))

    def lock_session(self, host_key: str) -> SessionInfo:
        """Lock every question; students can still look at their answers and results."""
        with self.database.write() as conn:
            session = self._host_session(conn, host_key, lock=True)
            self._set_question(conn, session, None, locked_at=_now())
            return _loaded(rows.load_session(conn, id=session.id))

    def close_session(self, host_key: str) -> SessionInfo:
        """Lock every question, refuse new students, free the join code. Results stay."""
        with self.database.write() as conn:
            session = self._host_session(conn, host_key, lock=True)
            now = _now()
            self._set_question(conn, session, None, locked_at=now)
            conn.execute(
                sessions.update()
                .where(sessions.c.id == session.id, sessions.c.closed_at.is_(None))
                .values(closed_at=now)
            )
            return _loaded(rows.load_session(conn, id=session.id))

    def remove_participant(self, host_key: str, participant_id: int) -> Participant:
        """Take a student out of the session and of its results; their answers are kept."""
        with self.database.write() as conn:
            session = self._host_session(conn, host_key, lock=True)
            conn.execute(
                participants.update()
                .where(
                    participants.c.id == participant_id,
                    participants.c.session_id == session.id,
                    participants.c.removed_at.is_(None),
                )
                .values(removed_at=_now())
            )
            participant = rows.load_participant(conn, id=participant_id, session_id=session.id)
            if participant is None:
                raise ClassroomError(f"this session has no participant {participant_id}")
            return participant

    def delete_session(self, host_key: str) -> None:
        """Delete the session and everything its students gave (e.g. at the end of a term)."""
        with self.database.write() as conn:
            session = self._host_session(conn, host_key, lock=True)
            conn.execute(sessions.delete().where(sessions.c.id == session.id))
        self._quizzes.forget((session.id, session.quiz_sha256))

    def class_results(self, host_key: str) -> results_module.ClassResults:
        """Everything the live dashboard shows, in two queries; works after closing too."""
        with self.database.read() as conn:
            return self._results(conn, self._host_session(conn, host_key))

    def _results(self, conn: Connection, session: SessionInfo) -> results_module.ClassResults:
        answer_rows = conn.execute(rows.class_answers_query(session.id)).all()
        return results_module.build(session, self._quiz(conn, session), answer_rows)

    # ---- student ------------------------------------------------------------------------

    def join(self, code: str, name: str | None = None) -> Joined:
        """Join the open session with `code`; the identity token is in the result only.
        In an anonymous session `name` is ignored and the student gets a nickname."""
        code = normalize_join_code(code)
        if not looks_like_join_code(code):
            raise SessionNotFound(code)
        for _ in range(_JOIN_CODE_ATTEMPTS):
            token = new_secret()
            participant = joining.join_once(self.database, code, name, token)
            if participant is not None:
                return Joined(participant=participant, token=token)
        raise ClassroomError("could not find a free nickname; try again")

    def open_session(self, code: str) -> SessionInfo:
        """The open session `code` names, for a join page to show its title before a student
        gives a name; no answer key, no participants."""
        code = normalize_join_code(code)
        if not looks_like_join_code(code):
            raise SessionNotFound(code)
        with self.database.read() as conn:
            session = rows.load_session(conn, join_code=code, closed_at=None)
            if session is None:
                raise joining.missing_session(conn, code)
        return session

    def resume(self, code: str | None, token: str) -> StudentState:
        """Where the student with `token` is: their answers, the question to show, and what
        feedback they may see. `code` (when given) must be their session's."""
        with self.database.read() as conn:
            participant = rows.load_participant(conn, token_hash=secret_hash(token))
            if participant is None:
                raise NotAuthorized("this link does not belong to any student; join again")
            session = _loaded(rows.load_session(conn, id=participant.session_id))
            if code is not None and normalize_join_code(code) != session.join_code:
                raise NotAuthorized("this link belongs to another session; join again")
            if participant.removed:
                raise ParticipantRemoved(participant.name)
            given = rows.participant_answers(conn, participant.id)
            quiz = self._quiz(conn, session)
        return progress.student_state(session, participant, quiz, given)

    def submit(
        self, token: str, question_id: str, answer: Answer | Mapping[str, Any]
    ) -> SavedAnswer:
        """Save the answer now (or change it while the question is open and the student has
        not finished)."""
        answer = answering.validated(answer)
        with self.database.write() as conn:
            upserts = (self._save_answer, self._save_final)
            return answering.save(conn, token, question_id, answer, self._quiz, upserts)

    def finish(self, token: str) -> StudentState:
        """Self-paced: the student is done. From now on their answers cannot change, and
        results shown "when they finish" are theirs to see. Finishing again changes nothing."""
        with self.database.write() as conn:
            return answering.finish(conn, token, self._quiz)

    # ---- inside ------------------------------------------------------------------------

    def _host_session(
        self, conn: Connection, host_key: str, *, lock: bool = False, must_be_open: bool = False
    ) -> SessionInfo:
        """The session `host_key` opens; with `lock`, its row is held FOR UPDATE until the end
        of the transaction (see the module's docstring)."""
        host_key_hash = secret_hash(host_key)
        if lock:
            conn.execute(
                sa.select(sessions.c.id)
                .where(sessions.c.host_key_hash == host_key_hash)
                .with_for_update()
            )
        session = rows.load_session(conn, host_key_hash=host_key_hash)
        if session is None:
            raise NotAuthorized("this host link does not open any session")
        if must_be_open and not session.is_open:
            raise SessionClosed(session.join_code)
        return session

    def _view_session(self, conn: Connection, view_key: str) -> SessionInfo:
        # Looked up by the view key's hash only: a host key (or anything else) finds nothing,
        # and the refusal is the same whether or not it is some session's host key.
        session = rows.load_session(conn, view_key_hash=secret_hash(view_key))
        if session is None:
            raise NotAuthorized("this projector link does not open any session")
        return session

    def _set_question(
        self, conn: Connection, session: SessionInfo, question_id: str | None, **times: Any
    ) -> None:
        """Set each of `times` (opened_at, locked_at, revealed_at) where it is not set yet."""
        for column, moment in times.items():
            where = [session_questions.c.session_id == session.id]
            if question_id is not None:
                where.append(session_questions.c.question_id == question_id)
            where.append(session_questions.c[column].is_(None))
            conn.execute(session_questions.update().where(*where).values({column: moment}))

    def _quiz(self, conn: Connection, session: SessionInfo | int) -> Quiz:
        """The session's parsed snapshot, cached by id and snapshot hash (one indexed read for
        the hash when only the id is at hand)."""
        if isinstance(session, SessionInfo):
            session_id, sha = session.id, session.quiz_sha256
        else:
            session_id = session
            sha = conn.scalar(sa.select(sessions.c.quiz_sha256).where(sessions.c.id == session_id))
        return self._quizzes.get(
            (session_id, sha),
            lambda: conn.scalar(sa.select(sessions.c.quiz_yaml).where(sessions.c.id == session_id)),
        )


def _loaded(session: SessionInfo | None) -> SessionInfo:
    # Called only inside the transaction that found the session, so it exists.
    assert session is not None
    return session


def _state_of(session: SessionInfo, question_id: str) -> QuestionState:
    state = session.question_state(question_id)
    if state is None:
        raise UnknownQuestion(question_id)
    return state
