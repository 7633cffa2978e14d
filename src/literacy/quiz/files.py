"""Quiz files: YAML in (safe loader only, every problem with its line), YAML out, JSON Schema.

Every problem in a file is reported at once as `FILE:LINE: path → to → field: message`.
Positions in lists (questions, choices, answers) count from 1, as a teacher counts them.
"""

from __future__ import annotations

import difflib
import re
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ValidationError

from literacy.errors import Problem, QuizFileError
from literacy.quiz.model import QUESTION_TYPES, Article, Quiz, Settings

MAX_BYTES = 2 * 1024 * 1024

PathKey = tuple[str | int, ...]


class _Loader(yaml.SafeLoader):
    """The safe loader; we compose the node tree ourselves to keep every line number.

    Only `true`, `false` and `null` are read as anything but text: a teacher's `yes`, `no`,
    `2012` or `1.50` stays exactly as typed (YAML 1.1 would make them booleans and numbers),
    and fields that want a number or a date convert the text themselves.
    """


_Loader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag.endswith(":null")]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
for _first in "tTfF":
    _Loader.add_implicit_resolver(
        "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), [_first]
    )


def loads_quiz(source: str | bytes, filename: str = "<quiz>") -> Quiz:
    """Parse and validate quiz YAML; raise `QuizFileError` listing every problem."""
    if isinstance(source, bytes):
        if len(source) > MAX_BYTES:
            raise QuizFileError([_too_big(filename, len(source))])
        try:
            source = source.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            raise QuizFileError(
                [
                    Problem(
                        filename,
                        None,
                        (),
                        f"is not UTF-8 text ({error.reason} "
                        f"at byte {error.start}); save it as UTF-8",
                    )
                ]
            ) from None
    elif len(source.encode("utf-8", "surrogatepass")) > MAX_BYTES:
        raise QuizFileError([_too_big(filename, len(source.encode("utf-8", "surrogatepass")))])
    source = source.removeprefix("\ufeff")

    loader = _Loader(source)
    try:
        node = loader.get_single_node()
        lines: dict[PathKey, int] = {}
        problems: list[Problem] = []
        if node is not None:
            _walk(loader, node, (), lines, problems, filename, set())
        if problems:
            raise QuizFileError(problems)
        data = loader.construct_document(node) if node is not None else None
    except RecursionError:
        raise QuizFileError(
            [
                Problem(
                    filename,
                    None,
                    (),
                    "is nested too deeply to be a quiz "
                    "(lists or mappings inside each other hundreds of times)",
                )
            ]
        ) from None
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = mark.line + 1 if mark else None
        message = " ".join(p for p in (error.context, error.problem) if p)
        message += _SYNTAX_HINTS.get(error.problem or "", "")
        raise QuizFileError(
            [Problem(filename, line, (), f"is not valid YAML: {message}")]
        ) from None
    except yaml.YAMLError as error:
        raise QuizFileError([Problem(filename, None, (), f"is not valid YAML: {error}")]) from None
    finally:
        loader.dispose()

    if not isinstance(data, dict):
        raise QuizFileError(
            [
                Problem(
                    filename,
                    1,
                    (),
                    "a quiz file is a mapping with id, title, language, article and questions",
                )
            ]
        )
    return _validated(data, lines, filename)


def validate_quiz(data: Any, filename: str = "<quiz>") -> Quiz:
    """A quiz from plain data (a form's fields, parsed JSON): the same checks and messages as
    a file, with field paths but no line numbers."""
    if not isinstance(data, dict):
        raise QuizFileError(
            [
                Problem(
                    filename,
                    None,
                    (),
                    "a quiz file is a mapping with id, title, language, article and questions",
                )
            ]
        )
    return _validated(data, {}, filename)


def _validated(data: dict, lines: dict[PathKey, int], filename: str) -> Quiz:
    try:
        return Quiz.model_validate(data)
    except ValidationError as error:
        raise QuizFileError(_problems(error, data, lines, filename)) from None


_SYNTAX_HINTS = {
    "mapping values are not allowed here": (
        " (a value that contains ': ' must be put in quotes, or written as a block: `>-` "
        "and the text on the next lines, indented)"
    ),
    "found character '\\t' that cannot start any token": (" (indent with spaces, not tabs)"),
}


def load_quiz(path: str | Path) -> Quiz:
    path = Path(path)
    size = path.stat().st_size
    if size > MAX_BYTES:
        raise QuizFileError([_too_big(str(path), size)])
    return loads_quiz(path.read_bytes(), str(path))


def _too_big(filename: str, size: int) -> Problem:
    return Problem(
        filename, None, (), f"is {size / 1024 / 1024:.1f} MB; a quiz file may be at most 2 MB"
    )


def _walk(
    loader: _Loader,
    node: yaml.Node,
    path: PathKey,
    lines: dict[PathKey, int],
    problems: list[Problem],
    filename: str,
    seen: set[int],
) -> None:
    # An alias makes the composer hand us the same node twice; refusing aliases also
    # refuses "billion laughs" files that expand to gigabytes.
    if id(node) in seen:
        problems.append(
            Problem(
                filename,
                lines.get(path, node.start_mark.line + 1),
                _display(path),
                "anchors and aliases (& and *) are not supported in quiz files; "
                "write the value out",
            )
        )
        return
    seen.add(id(node))
    lines.setdefault(path, node.start_mark.line + 1)
    if isinstance(node, yaml.MappingNode):
        keys: dict[Any, int] = {}
        for key_node, value_node in node.value:
            key = _key(loader, key_node)
            line = key_node.start_mark.line + 1
            if key in keys:
                problems.append(
                    Problem(
                        filename,
                        line,
                        _display((*path, key)),
                        f"appears twice (first on line {keys[key]}); remove one of them",
                    )
                )
                continue
            keys[key] = line
            lines[(*path, key)] = line
            _walk(loader, value_node, (*path, key), lines, problems, filename, seen)
    elif isinstance(node, yaml.SequenceNode):
        for i, item in enumerate(node.value):
            _walk(loader, item, (*path, i), lines, problems, filename, seen)


def _key(loader: _Loader, node: yaml.Node) -> Any:
    """The key as the loader will construct it, so `true` and `True` count as the same key."""
    if isinstance(node, yaml.ScalarNode):
        return loader.construct_object(node)
    return f"<{node.tag} on line {node.start_mark.line + 1}>"


def _display(path: PathKey) -> tuple[str | int, ...]:
    """Every position in a list counts from 1, as people count questions and choices."""
    return tuple(
        part + 1 if isinstance(part, int) and not isinstance(part, bool) else part for part in path
    )


def _problems(
    error: ValidationError, data: Any, lines: dict[PathKey, int], filename: str
) -> list[Problem]:
    problems = []
    details = error.errors(include_url=False)
    for detail in details:
        if detail["type"] == "too_short" and _explained_deeper(detail["loc"], details):
            continue  # pydantic counts the items left after the broken ones were dropped
        path = _data_path(detail["loc"], data)
        line = _line_for(path, lines)
        problems.append(Problem(filename, line, _display(path), _message(detail, path, data)))
    return sorted(problems, key=lambda p: p.line or 0)


def _explained_deeper(loc: tuple, details: list[dict]) -> bool:
    return any(len(d["loc"]) > len(loc) and d["loc"][: len(loc)] == loc for d in details)


def _data_path(loc: tuple, data: Any) -> PathKey:
    """Pydantic's location with the union tags taken out, e.g. questions → 0 → answer."""
    path: list[str | int] = []
    node = data
    for part in loc:
        in_dict = isinstance(node, dict) and part in node
        in_list = isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node)
        if in_dict or in_list:
            node = node[part]
        elif part in QUESTION_TYPES or (isinstance(part, str) and "[" in part):
            continue  # a discriminator tag or a validator name, not a place in the file
        else:
            node = None
        path.append(part)
    return tuple(path)


def _line_for(path: PathKey, lines: dict[PathKey, int]) -> int | None:
    for cut in range(len(path), -1, -1):
        if path[:cut] in lines:
            return lines[path[:cut]]
    return None


def _message(detail: dict, path: PathKey, data: Any) -> str:
    kind = detail["type"]
    if kind == "extra_forbidden":
        field = str(path[-1])
        allowed = _allowed_fields(path[:-1], data)
        hint = difflib.get_close_matches(field, allowed, n=1)
        return (
            f"unknown field {field!r}"
            + (f"; did you mean {hint[0]!r}?" if hint else "")
            + (f" Allowed here: {', '.join(allowed)}" if allowed else "")
        )
    if kind == "missing":
        return "is required"
    if kind == "union_tag_not_found":
        return "needs `type`: one of " + ", ".join(QUESTION_TYPES)
    if kind == "union_tag_invalid":
        given = str(detail["ctx"].get("tag", ""))
        hint = difflib.get_close_matches(given, QUESTION_TYPES, n=1)
        return (
            f"type {given!r} is not a question type"
            + (f" (did you mean {hint[0]!r}?)" if hint else "")
            + "; use one of "
            + ", ".join(QUESTION_TYPES)
        )
    if kind in ("literal_error", "enum"):
        expected = detail.get("ctx", {}).get("expected", "")
        return f"{detail['input']!r} is not allowed; use one of {expected}"
    if kind == "string_pattern_mismatch" and path[-1:] == ("id",):
        return f"{detail['input']!r} is not a valid id: use lower-case letters, digits, - and _" + (
            " (question ids may also use capitals and .)" if len(path) > 1 else ""
        )
    if kind == "string_pattern_mismatch" and path[-1:] == ("url",):
        return f"{detail['input']!r} is not a web address (it should start with https://)"
    if kind == "string_type":
        return f"should be text, not {_yaml_kind(detail['input'])}"
    if kind in ("tuple_type", "list_type"):
        return f"should be a list (one `- item` per line), not {_yaml_kind(detail['input'])}"
    if kind in ("model_type", "model_attributes_type", "dict_type"):
        return f"should be a mapping of fields, not {_yaml_kind(detail['input'])}"
    if kind == "too_short" and path[-1:] == ("questions",):
        return "a quiz needs at least one question"
    message = detail["msg"]
    return message[0].lower() + message[1:] if message else kind


def _yaml_kind(value: Any) -> str:
    if value is None:
        return "empty"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int | float):
        return f"the number {value}"
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    return repr(value)


def _allowed_fields(path: PathKey, data: Any) -> list[str]:
    model: type[BaseModel] | None = {(): Quiz, ("article",): Article, ("settings",): Settings}.get(
        path
    )
    if model is None and len(path) == 2 and path[0] == "questions":
        try:
            model = QUESTION_TYPES.get(data["questions"][path[1]]["type"])
        except (KeyError, IndexError, TypeError):
            model = None
    if model is None:
        return []
    return list(model.model_fields)


# ---- writing -------------------------------------------------------------------------------


class _Dumper(yaml.SafeDumper):
    pass


def _represent_str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    # Multi-line text reads best as a literal block; the emitter falls back to quotes by
    # itself when a block cannot hold the text exactly (e.g. trailing spaces on a line).
    if any(c in value for c in "\r\x85\u2028\u2029"):
        # Line breaks YAML folds away outside double quotes: only escapes keep them exact.
        return dumper.represent_scalar("tag:yaml.org,2002:str", value, style='"')
    block = "\n" in value and "\ufeff" not in value
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style="|" if block else None)


_Dumper.add_representer(str, _represent_str)


def dumps_quiz(quiz: Quiz) -> str:
    """The quiz as readable YAML (Arabic as Arabic, long text in blocks) that loads back equal."""
    data = quiz.model_dump(mode="json", exclude_none=True, exclude_defaults=True)
    data.setdefault("questions", [])
    ordered = {key: data[key] for key in Quiz.model_fields if key in data}
    return yaml.dump(ordered, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=88)


def dump_quiz(quiz: Quiz, path: str | Path) -> None:
    Path(path).write_text(dumps_quiz(quiz), encoding="utf-8")


def quiz_schema() -> dict[str, Any]:
    """The JSON Schema of quiz files, for editors with a YAML language server."""
    schema = Quiz.model_json_schema()
    schema["title"] = "literacy quiz"
    return schema
