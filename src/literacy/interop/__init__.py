"""Quizzes to and from other learning platforms: Moodle XML, GIFT and QTI 1.2 (Canvas) out,
GIFT in.

`export(quiz, "moodle-xml")` returns an `Export` with everything a download needs
(`content` bytes, `filename`, `mime`) and the `warnings`: what the format could not say
exactly as the quiz does. `from_gift(text)` returns a quiz and the problems (with line
numbers) of what could not come along.
"""

from __future__ import annotations

from dataclasses import dataclass

from literacy.errors import LiteracyError
from literacy.interop.common import ExportWarning
from literacy.interop.formats import FORMAT_INFO, FORMATS, Format, FormatInfo
from literacy.interop.gift import to_gift
from literacy.interop.gift_import import from_gift
from literacy.interop.moodle import to_moodle_xml
from literacy.interop.qti import to_qti_zip
from literacy.quiz.model import Quiz


class UnknownFormatError(LiteracyError, ValueError):
    def __init__(self, fmt: str):
        self.format = fmt
        super().__init__(f"{fmt!r} is not an export format; use one of {', '.join(FORMATS)}")


@dataclass(frozen=True, slots=True)
class Export:
    """One exported file, ready for a download button or a disk."""

    format: Format
    content: bytes
    filename: str
    mime: str
    warnings: tuple[ExportWarning, ...]


def export(quiz: Quiz, fmt: Format | str, *, category: str | None = None) -> Export:
    """The quiz in format `fmt` (one of `FORMATS`). `category` puts the questions in that
    question-bank category on import (Moodle XML and GIFT)."""
    if fmt == "moodle-xml":
        text, warnings = to_moodle_xml(quiz, category=category)
        content = text.encode("utf-8")
    elif fmt == "gift":
        text, warnings = to_gift(quiz, category=category)
        content = text.encode("utf-8")
    elif fmt == "qti":
        content, warnings = to_qti_zip(quiz)
    else:
        raise UnknownFormatError(fmt)
    info = FORMAT_INFO[fmt]
    return Export(fmt, content, quiz.id + info.suffix, info.mime, tuple(dict.fromkeys(warnings)))


__all__ = [
    "FORMATS",
    "FORMAT_INFO",
    "Export",
    "ExportWarning",
    "FormatInfo",
    "UnknownFormatError",
    "export",
    "from_gift",
    "to_gift",
    "to_moodle_xml",
    "to_qti_zip",
]
