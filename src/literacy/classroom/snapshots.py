"""The quiz a session runs, frozen as YAML when it starts, and parsed at most once per process.

The snapshot is the quiz file's own text form, so a teacher can read it in the database and
`literacy validate` can check it; question ids are content hashes (or the author's ids), so
stored answers keep matching it after the original file is edited or deleted.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable

from literacy.classroom.errors import ClassroomError
from literacy.quiz import Quiz, dumps_quiz, loads_quiz

_CACHE_SIZE = 64


def take_snapshot(quiz: Quiz) -> tuple[str, Quiz]:
    """The quiz's YAML and the quiz loaded back from it: the session runs on the latter, so it
    behaves exactly as it will after a restart."""
    text = dumps_quiz(quiz)
    frozen = loads_quiz(text, f"<snapshot of quiz {quiz.id}>")
    if [q.id for q in frozen.questions] != [q.id for q in quiz.questions]:
        raise ClassroomError(f"quiz {quiz.id!r} changes when saved and loaded; fix it first")
    return text, frozen


# A session's id and its snapshot's SHA-256: SQLite may give a deleted session's id to the
# next one (another process may have done so), so the id alone could name an old quiz.
SnapshotKey = tuple[int, str]


class QuizCache:
    """Parsed snapshots by session id and snapshot hash, shared by every thread. A snapshot
    never changes, so an entry never goes stale; the oldest are dropped past a few dozen."""

    def __init__(self, size: int = _CACHE_SIZE):
        self._size = size
        self._quizzes: OrderedDict[SnapshotKey, Quiz] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: SnapshotKey, read_snapshot: Callable[[], str]) -> Quiz:
        with self._lock:
            quiz = self._quizzes.get(key)
        if quiz is None:
            # Parsed outside the lock: two threads may both parse once, neither waits.
            quiz = loads_quiz(read_snapshot(), f"<session {key[0]} snapshot>")
            self.put(key, quiz)
        return quiz

    def put(self, key: SnapshotKey, quiz: Quiz) -> None:
        with self._lock:
            self._quizzes[key] = quiz
            self._quizzes.move_to_end(key)
            while len(self._quizzes) > self._size:
                self._quizzes.popitem(last=False)

    def forget(self, key: SnapshotKey) -> None:
        with self._lock:
            self._quizzes.pop(key, None)
