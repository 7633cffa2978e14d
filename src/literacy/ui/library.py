"""The quiz library: the bundled quizzes and the ones a school saved, as one searchable list.

A file that cannot be used is not dropped silently: it is listed with its problems, so
a teacher who put a file in the folder by hand can see why it does not show up.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from literacy.errors import Problem, QuizFileError
from literacy.quiz import Quiz, load_quiz
from literacy.text import normalize_key

Origin = Literal["bundled", "saved"]
SUFFIXES = (".yaml", ".yml")
# One stat result per file: enough to notice an edit, cheap enough to check on every rerun.
Stamp = tuple[tuple[str, str, int, int], ...]


@dataclass(frozen=True, slots=True)
class QuizEntry:
    quiz: Quiz
    origin: Origin
    path: Path

    @property
    def id(self) -> str:
        return self.quiz.id

    @property
    def skills(self) -> tuple[str, ...]:
        """The skills the quiz practises, in the order of its questions."""
        return tuple(dict.fromkeys(q.skill for q in self.quiz.questions))


@dataclass(frozen=True, slots=True)
class BrokenFile:
    path: Path
    origin: Origin
    problems: tuple[Problem, ...]


@dataclass(frozen=True, slots=True)
class Library:
    entries: tuple[QuizEntry, ...]
    broken: tuple[BrokenFile, ...]

    def get(self, quiz_id: str) -> QuizEntry | None:
        for entry in self.entries:
            if entry.id == quiz_id:
                return entry
        return None


def quiz_files(folder: Path) -> list[Path]:
    """Every quiz file under `folder`, in a stable order; none when it does not exist."""
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.rglob("*") if p.suffix in SUFFIXES and p.is_file())


def stamp(folders: Iterable[tuple[Origin, Path]]) -> Stamp:
    """What the library depends on: which files exist, their sizes and modification times."""
    out = []
    for origin, folder in folders:
        for path in quiz_files(folder):
            info = path.stat()
            out.append((origin, str(path), info.st_mtime_ns, info.st_size))
    return tuple(out)


def read_library(files: Stamp, load: Callable[[Path], Quiz] = load_quiz) -> Library:
    """Load every file of `stamp(...)`; bundled quizzes come first and win an id clash."""
    entries: list[QuizEntry] = []
    broken: list[BrokenFile] = []
    owner: dict[str, Path] = {}
    for origin, name, _, _ in files:
        path = Path(name)
        try:
            quiz = load(path)
        except QuizFileError as error:
            broken.append(BrokenFile(path, origin, error.problems))
            continue
        except OSError as error:
            problem = Problem(name, None, (), f"cannot be read: {error.strerror or error}")
            broken.append(BrokenFile(path, origin, (problem,)))
            continue
        if quiz.id in owner:
            problem = Problem(
                name, None, ("id",), f"{quiz.id!r} is already the id of {owner[quiz.id]}"
            )
            broken.append(BrokenFile(path, origin, (problem,)))
            continue
        owner[quiz.id] = path
        entries.append(QuizEntry(quiz, origin, path))
    return Library(tuple(entries), tuple(broken))


@dataclass(frozen=True, slots=True)
class Filters:
    """What a teacher or student narrowed the list to; `None` means any."""

    query: str = ""
    language: str | None = None
    level: str | None = None
    skill: str | None = None


def _haystack(entry: QuizEntry) -> str:
    quiz = entry.quiz
    parts = [quiz.id, quiz.title, quiz.description or "", *quiz.tags, quiz.article.title or ""]
    return normalize_key(" ".join(parts), "ar")


def matches(entry: QuizEntry, filters: Filters) -> bool:
    """Every word of the query occurs (after Arabic normalisation) and every filter holds."""
    quiz = entry.quiz
    if filters.language and quiz.language != filters.language:
        return False
    if filters.level and quiz.level != filters.level:
        return False
    if filters.skill and filters.skill not in entry.skills:
        return False
    words = normalize_key(filters.query, "ar").split()
    haystack = _haystack(entry)
    return all(word in haystack for word in words)


def search(library: Library, filters: Filters) -> list[QuizEntry]:
    return [entry for entry in library.entries if matches(entry, filters)]


def saved_path(folder: Path, quiz: Quiz) -> Path:
    """Where a saved quiz lives: its id is a safe file name (lower-case letters, digits, - _)."""
    return folder / f"{quiz.id}.yaml"


def save_quiz_source(source: str, quiz: Quiz, folder: Path) -> Path:
    """Write the teacher's file as they wrote it (comments and all), atomically, so a
    reader never sees half a file."""
    folder.mkdir(parents=True, exist_ok=True)
    path = saved_path(folder, quiz)
    handle, temporary = tempfile.mkstemp(dir=folder, prefix=".upload-", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as out:
            out.write(source)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return path
