"""Why a classroom action was refused, each with the data a page needs to say so in any language.

The messages are plain enough to show a student or a teacher as they are; a translated face
picks its own sentence by the class and the attributes instead.
"""

from __future__ import annotations

from literacy.errors import LiteracyError


class ClassroomError(LiteracyError):
    """Base class of everything the classroom store refuses on purpose."""


class NotAuthorized(ClassroomError):
    """A host key, identity token or teacher password that does not match."""


class SessionNotFound(ClassroomError):
    def __init__(self, code: str):
        self.code = code
        super().__init__(
            f"no open session has the code {code!r}; check the code your teacher shows"
        )


class SessionClosed(ClassroomError):
    def __init__(self, code: str):
        self.code = code
        super().__init__(f"session {code} is closed; it no longer takes answers or students")


class InvalidName(ClassroomError, ValueError):
    """A display name that cannot be used; `reason` is a short machine-readable word."""

    def __init__(self, reason: str, message: str):
        self.reason = reason
        super().__init__(message)


class DuplicateName(ClassroomError):
    def __init__(self, name: str):
        self.name = name
        super().__init__(
            f"someone in this session is already called {name!r}; add an initial or a number"
        )


class ParticipantRemoved(ClassroomError):
    def __init__(self, name: str):
        self.name = name
        super().__init__(f"the teacher removed {name!r} from this session")


class UnknownQuestion(ClassroomError):
    def __init__(self, question_id: str):
        self.question_id = question_id
        super().__init__(f"this session's quiz has no question {question_id!r}")


class QuestionLocked(ClassroomError):
    def __init__(self, question_id: str, number: int):
        self.question_id = question_id
        self.number = number
        super().__init__(f"question {number} is locked; answers to it can no longer change")


class QuestionNotOpen(ClassroomError):
    def __init__(self, question_id: str, number: int):
        self.question_id = question_id
        self.number = number
        super().__init__(f"question {number} is not open now; wait for the teacher to open it")


class AnswerFinal(ClassroomError):
    def __init__(self, question_id: str, number: int):
        self.question_id = question_id
        self.number = number
        super().__init__(
            f"question {number} is already answered and its feedback shown; "
            "the answer cannot change"
        )


class ParticipantFinished(ClassroomError):
    """An answer from a student who already finished the quiz (self-paced)."""

    def __init__(self, question_id: str, number: int):
        self.question_id = question_id
        self.number = number
        super().__init__(
            f"you have finished this quiz; your answer to question {number} can no longer change"
        )


class SchemaTooNew(ClassroomError):
    def __init__(self, found: int, known: int):
        self.found = found
        self.known = known
        super().__init__(
            f"the classroom database has schema version {found}, but this version of literacy "
            f"knows versions up to {known}; upgrade literacy before using this database"
        )
