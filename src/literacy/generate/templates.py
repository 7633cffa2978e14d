"""Question wording per language, read from `literacy/templates/<lang>.yaml`."""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources
from typing import Any

import yaml

from literacy.text import check_language


@dataclass(frozen=True)
class Templates:
    """The wording of one language; `text("source_who.prompt", quote=…)` fills a template."""

    language: str
    data: dict[str, Any]

    def text(self, key: str, **values: str) -> str:
        return str(self.raw(key)).format(**values).strip()

    def raw(self, key: str) -> Any:
        node: Any = self.data
        for part in key.split("."):
            node = node[part]
        return node

    def quote(self, value: str) -> str:
        opening, closing = self.data["quotes"]
        return f"{opening}{value.strip()}{closing}"

    def join(self, values: Sequence[str]) -> str:
        """«أ» و«ب» / “a” and “b”: a list as a reader would write it."""
        items = [self.quote(v) for v in values]
        if len(items) <= 1:
            return "".join(items)
        return (
            self.data["list_separator"].join(items[:-1])
            + self.data["list_last_separator"]
            + items[-1]
        )

    def clip(self, value: str, words: int = 18) -> str:
        parts = value.split()
        return (
            value.strip()
            if len(parts) <= words
            else " ".join(parts[:words]) + self.data["ellipsis"]
        )


@functools.cache
def templates(language: str) -> Templates:
    check_language(language)
    source = resources.files("literacy").joinpath("templates", f"{language}.yaml")
    data = yaml.safe_load(source.read_text(encoding="utf-8"))
    return Templates(language, data)
