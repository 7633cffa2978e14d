"""Live classroom sessions: the store behind the teacher's dashboard and the students' phones.

store = ClassroomStore.from_environment()        # once per process, shared by threads
started = store.create_session(quiz, SessionOptions(pacing="teacher"))
joined = store.join(started.session.join_code, "Sara")
store.submit(joined.token, question_id, Answer(response=1))
store.finish(joined.token)                                # self-paced: no more changes
store.resume(started.session.join_code, joined.token)   # after a reload
store.class_results(started.host_key)                     # the dashboard
store.view_results(started.view_key)                      # the projector (read only)
"""

from literacy.classroom.database import database_url
from literacy.classroom.errors import (
    AnswerFinal,
    ClassroomError,
    DuplicateName,
    InvalidName,
    NotAuthorized,
    ParticipantFinished,
    ParticipantRemoved,
    QuestionLocked,
    QuestionNotOpen,
    SchemaTooNew,
    SessionClosed,
    SessionNotFound,
    UnknownQuestion,
)
from literacy.classroom.export import CSV_ENCODING, answers_csv, results_json, summary_csv
from literacy.classroom.keys import normalize_join_code, teacher_password_ok
from literacy.classroom.migrations import LATEST_VERSION, migrate
from literacy.classroom.models import (
    Joined,
    NewSession,
    Participant,
    ProjectorSettings,
    QuestionState,
    SavedAnswer,
    SessionInfo,
    SessionOptions,
    StudentState,
)
from literacy.classroom.names import MAX_NAME_LENGTH, name_html, name_text
from literacy.classroom.qr import join_qr_svg
from literacy.classroom.results import (
    ClassResults,
    ConfidenceLevel,
    OptionCount,
    ParticipantResult,
    QuestionStats,
)
from literacy.classroom.store import ClassroomStore

__all__ = [
    "CSV_ENCODING",
    "LATEST_VERSION",
    "MAX_NAME_LENGTH",
    "AnswerFinal",
    "ClassResults",
    "ClassroomError",
    "ClassroomStore",
    "ConfidenceLevel",
    "DuplicateName",
    "InvalidName",
    "Joined",
    "NewSession",
    "NotAuthorized",
    "OptionCount",
    "Participant",
    "ParticipantFinished",
    "ParticipantRemoved",
    "ParticipantResult",
    "ProjectorSettings",
    "QuestionLocked",
    "QuestionNotOpen",
    "QuestionState",
    "QuestionStats",
    "SavedAnswer",
    "SchemaTooNew",
    "SessionClosed",
    "SessionInfo",
    "SessionNotFound",
    "SessionOptions",
    "StudentState",
    "UnknownQuestion",
    "answers_csv",
    "database_url",
    "join_qr_svg",
    "migrate",
    "name_html",
    "name_text",
    "normalize_join_code",
    "results_json",
    "summary_csv",
    "teacher_password_ok",
]
