"""Many articles in one process: JSON lines in, JSON lines out (`literacy analyze --batch`)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from literacy.analysis import analyze
from literacy.errors import LiteracyError


@dataclass(frozen=True, slots=True)
class BatchLine:
    """One output line; `error` is set (and `json` holds {"id", "error"}) when the input
    line could not be analysed."""

    json: str
    error: str | None = None


def analyze_lines(lines: Iterable[str], language: str | None = None) -> Iterator[BatchLine]:
    """For each input line `{"id": …, "text": …}` one output line `{"id": …, <analysis>}`.

    A broken line yields an error line with the same id (or the line number) instead of
    stopping the batch, so outputs stay aligned with inputs.
    """
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        item_id: object = number
        try:
            item = json.loads(line)
            if not isinstance(item, dict) or not isinstance(item.get("text"), str):
                raise ValueError('expected an object with a "text" string')
            item_id = item.get("id", number)
            analysis = analyze(item["text"], item.get("language", language))
        except (ValueError, LiteracyError) as error:
            message = f"line {number}: {error}"
            yield BatchLine(
                json.dumps({"id": item_id, "error": message}, ensure_ascii=False), message
            )
            continue
        body = analysis.model_dump_json()
        yield BatchLine('{"id": ' + json.dumps(item_id, ensure_ascii=False) + ", " + body[1:])
