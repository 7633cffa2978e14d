"""Interface text in Arabic and English, from the catalogues in `messages/<lang>.yaml`.

The language is always passed in: one Streamlit process serves every classroom, so a
module-level "current language" would leak from one student to the next.
"""

from __future__ import annotations

import functools
import string
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from importlib import resources
from types import MappingProxyType
from typing import Any, Literal

import yaml

from literacy.text import check_language

UI_LANGUAGES: tuple[str, ...] = ("ar", "en")
DEFAULT_LANGUAGE = "ar"
Direction = Literal["rtl", "ltr"]


def direction(language: str) -> Direction:
    """The writing direction of text in `language` (content or interface)."""
    return "rtl" if check_language(language) == "ar" else "ltr"


@functools.cache
def catalogue(language: str) -> Mapping[str, str]:
    """Every message of one language, keyed `section.name`, read once per process."""
    check_language(language)
    source = resources.files("literacy.ui").joinpath("messages", f"{language}.yaml")
    data = yaml.safe_load(source.read_text(encoding="utf-8-sig"))
    return MappingProxyType(dict(_flatten(data, "")))


def _flatten(data: Mapping[Any, Any], prefix: str):
    for key, value in data.items():
        name = f"{prefix}{key}"
        if isinstance(value, Mapping):
            yield from _flatten(value, name + ".")
        else:
            yield name, str(value).strip()


def placeholders(message: str) -> frozenset[str]:
    """The `{names}` a message expects."""
    return frozenset(name for _, name, _, _ in string.Formatter().parse(message) if name)


@dataclass(frozen=True, slots=True)
class Messages:
    """The messages of one interface language: `msg("take.check")`, `msg("x", n=3)`."""

    language: str

    def __call__(self, key: str, **values: Any) -> str:
        text = catalogue(self.language)[key]
        return text.format(**values) if values else text

    @property
    def dir(self) -> Direction:
        return direction(self.language)

    def skill(self, skill: str) -> str:
        return self(f"skills.{skill}")

    def level(self, level: str) -> str:
        return self(f"levels.{level}")

    def language_name(self, language: str) -> str:
        return self(f"languages.{language}")

    def join(self, items: Sequence[str]) -> str:
        """«أ» و«ب» / "a, b and c": a list as a reader of this language writes it."""
        if not items:
            return ""
        joined = items[0]
        for i, item in enumerate(items[1:], start=2):
            key = "app.list_last" if i == len(items) else "app.list_more"
            joined = self(key, items=joined, item=item)
        return joined


def ui_language(requested: object) -> str:
    """A supported interface language from whatever the URL or state holds."""
    return requested if requested in UI_LANGUAGES else DEFAULT_LANGUAGE
