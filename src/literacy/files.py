"""Reading the user's text files: UTF-8, a BOM dropped, `-` for stdin, clear errors."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TextIO

from literacy.errors import LiteracyError


def read_text(name: str) -> str:
    """The whole file (or stdin for "-") as text; offsets then index the text after any BOM."""
    with _opened(name) as stream:
        try:
            return stream.read()
        except UnicodeDecodeError as error:
            raise _not_utf8(name, error) from None


def iter_lines(name: str) -> Iterator[str]:
    """The file's lines, one at a time (a batch may hold thousands of articles)."""
    with _opened(name) as stream:
        try:
            yield from stream
        except UnicodeDecodeError as error:
            raise _not_utf8(name, error) from None


@contextmanager
def _opened(name: str) -> Iterator[TextIO]:
    if name == "-":
        if hasattr(sys.stdin, "reconfigure"):
            sys.stdin.reconfigure(encoding="utf-8-sig")
        yield sys.stdin
        return
    with open(name, encoding="utf-8-sig") as stream:
        yield stream


def _not_utf8(name: str, error: UnicodeDecodeError) -> LiteracyError:
    where = "<stdin>" if name == "-" else name
    return LiteracyError(f"{where} is not UTF-8 text ({error.reason} at byte {error.start})")
