"""The library's exceptions: one base class, a few subclasses that carry what went wrong."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


class LiteracyError(Exception):
    """Base class: every error the library raises on purpose is one of these."""


@dataclass(frozen=True, slots=True)
class Problem:
    """One problem in a file: where it is and what to do about it."""

    file: str
    line: int | None
    path: tuple[str | int, ...]
    message: str

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line is not None else self.file
        if self.path:
            return f"{where}: {' → '.join(str(p) for p in self.path)}: {self.message}"
        return f"{where}: {self.message}"


class QuizFileError(LiteracyError):
    """A quiz file that cannot be used; `problems` lists every problem found at once."""

    def __init__(self, problems: Sequence[Problem]):
        self.problems = tuple(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


class UnsupportedLanguageError(LiteracyError, ValueError):
    def __init__(self, language: str, supported: Sequence[str]):
        self.language = language
        self.supported = tuple(supported)
        super().__init__(
            f"language {language!r} is not supported; supported languages: "
            + ", ".join(self.supported)
        )
