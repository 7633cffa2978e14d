"""GIFT source as Moodle splits it (question/format/gift): questions, escapes, formats.

Questions are separated by blank lines; a line starting with `//` is a comment; `\\`
escapes `~ = # { } :` and itself, and `\\n` is a line break. `GiftText` keeps every
character with its line number and knows which characters were escaped, so structure
(`{`, `~`, `#`, …) is found only where the teacher meant it.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

COMMENT_META = re.compile(r"\[([a-z][a-z-]*):([^\]\n]*)\]")
TEXT_FORMATS = ("html", "moodle", "plain", "markdown")
_ESCAPABLE = "\\~=#{}:n"


@dataclass(frozen=True, slots=True)
class GiftText:
    """Each part is one character, or a backslash and the character it escapes."""

    parts: tuple[str, ...]
    lines: tuple[int, ...]

    @classmethod
    def read(cls, rows: list[tuple[int, str]]) -> GiftText:
        parts: list[str] = []
        lines: list[int] = []
        for number, row in rows:
            if parts:
                parts.append("\n")
                lines.append(number)
            i = 0
            while i < len(row):
                escaped = row[i] == "\\" and i + 1 < len(row) and row[i + 1] in _ESCAPABLE
                width = 2 if escaped else 1
                parts.append(row[i : i + width])
                lines.append(number)
                i += width
        return cls(tuple(parts), tuple(lines))

    def _at(self, token: str, i: int) -> bool:
        return tuple(token) == self.parts[i : i + len(token)]

    def find(self, token: str, start: int = 0) -> int:
        for i in range(start, len(self.parts) - len(token) + 1):
            if self._at(token, i):
                return i
        return -1

    def rfind(self, token: str) -> int:
        for i in range(len(self.parts) - len(token), -1, -1):
            if self._at(token, i):
                return i
        return -1

    def has(self, char: str) -> bool:
        return char in self.parts

    def cut(self, start: int, end: int | None = None) -> GiftText:
        return GiftText(self.parts[start:end], self.lines[start:end])

    def __add__(self, other: GiftText) -> GiftText:
        return GiftText(self.parts + other.parts, self.lines + other.lines)

    def line(self) -> int | None:
        return self.lines[0] if self.lines else None

    def plain(self) -> str:
        """The text with escapes resolved."""
        return "".join("\n" if p == "\\n" else p[-1] for p in self.parts)

    def strip(self) -> GiftText:
        start, end = 0, len(self.parts)
        while start < end and self.parts[start].isspace():
            start += 1
        while end > start and self.parts[end - 1].isspace():
            end -= 1
        return self.cut(start, end)

    def split_at(self, markers: str) -> list[GiftText]:
        """Pieces that each start at an unescaped marker (the first may not)."""
        edges = [0, *(i for i, p in enumerate(self.parts) if len(p) == 1 and p in markers)]
        edges.append(len(self.parts))
        return [self.cut(a, b) for a, b in itertools.pairwise(edges) if b > a]

    def text_format(self, default: str) -> tuple[str, GiftText]:
        """A leading [html], [moodle], [plain] or [markdown] names the text's format."""
        plain = self.plain()
        for fmt in TEXT_FORMATS:
            if plain.startswith(f"[{fmt}]"):
                return fmt, self.cut(len(fmt) + 2).strip()
        return default, self


@dataclass(frozen=True, slots=True)
class Block:
    """One question's lines: the content, and the `[key:value]` parts of its comments."""

    content: list[tuple[int, str]]
    meta: dict[str, list[str]]


def blocks(source: str) -> list[Block]:
    """Numbered lines grouped into questions at blank lines, comments set apart."""
    out: list[Block] = []
    content: list[tuple[int, str]] = []
    meta: dict[str, list[str]] = {}
    # Only \n, \r\n and \r end a line: U+2028 and friends are text inside a question.
    rows = source.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    for number, row in enumerate([*rows, ""], 1):
        if not row.strip():
            if content or meta:
                out.append(Block(content, meta))
            content, meta = [], {}
        elif row.strip().startswith("//"):
            for key, value in COMMENT_META.findall(row):
                meta.setdefault(key, []).append(value.strip())
        else:
            content.append((number, row))
    return out


def kind(answers: GiftText) -> str:
    """The question type of an answer block, decided in Moodle's order."""
    if not answers.parts:
        return "essay"
    if answers.parts[0] == "#":
        return "numerical"
    if answers.has("~"):
        return "multichoice"
    if answers.has("=") and answers.find("->") >= 0:
        return "matching"
    hash_at = answers.find("#")
    verdict = answers.cut(0, hash_at) if hash_at >= 0 else answers
    if verdict.plain().strip().upper() in ("T", "TRUE", "F", "FALSE"):
        return "true/false"
    return "short answer"
