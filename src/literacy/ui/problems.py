"""Quiz-file problems in the interface language.

The library words its `Problem`s in English. The common ones are recognised here by their
wording and given the catalogue's sentence (`problem.<kind>` in `messages/<lang>.yaml`),
with the values the English sentence quoted; anything not recognised stays English, which
is never wrong, only less friendly. A test feeds real library problems through these
patterns, so a change of wording in the library shows up as a failing test.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

# (kind, pattern over the whole English message). Named groups become the values.
_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (kind, re.compile(pattern, re.DOTALL))
    for kind, pattern in (
        ("required", r"is required"),
        ("blank", r"must not be empty"),
        (
            "unknown_field_hint",
            r"unknown field '(?P<field>[^']*)'; did you mean '(?P<hint>[^']*)'\?"
            r"(?: Allowed here: (?P<allowed>.*))?",
        ),
        ("unknown_field", r"unknown field '(?P<field>[^']*)'(?: Allowed here: (?P<allowed>.*))?"),
        ("needs_type", r"needs `type`: one of (?P<allowed>.*)"),
        (
            "bad_type",
            r"type '(?P<value>[^']*)' is not a question type.*; use one of (?P<allowed>.*)",
        ),
        ("not_allowed", r"(?P<value>.*) is not allowed; use one of (?P<allowed>.*)"),
        ("bad_id", r"(?P<value>.*) is not a valid id: use lower-case letters, digits, - and _.*"),
        ("bad_url", r"(?P<value>.*) is not a web address \(it should start with https://\)"),
        ("not_text", r"should be text, not (?P<kind>.*)"),
        ("not_list", r"should be a list \(one `- item` per line\), not (?P<kind>.*)"),
        ("not_mapping", r"should be a mapping of fields, not (?P<kind>.*)"),
        ("no_questions", r"a quiz needs at least one question"),
        (
            "not_a_choice",
            r"(?P<value>.*) is not one of the choices a–(?P<last>[a-z]) \(give the letter or "
            r"the exact text of a choice\)",
        ),
        (
            "quote_missing",
            r"the quote (?P<quote>.*) does not occur(?: (?P<times>\d+) times)? in article → "
            r"text \(copy it from the article exactly\)",
        ),
        ("duplicate_id", r"(?P<value>.*) is also the id of question (?P<number>\d+); .*"),
        ("not_in_passage", r"(?P<value>.*) is not a word or phrase of the passage"),
        ("listed_twice", r"(?P<value>.*) is listed twice"),
        ("repeated_choice", r"repeats choice (?P<letter>[a-z]) \((?P<value>.*)\)"),
        ("bad_feedback", r"(?P<value>.*) is not an answer of this question; .*"),
        ("key_twice", r"appears twice \(first on line (?P<line>\d+)\); remove one of them"),
        ("aliases", r"anchors and aliases \(& and \*\) are not supported in quiz files; .*"),
        ("not_a_quiz", r"a quiz file is a mapping with id, title, language, article and questions"),
        ("no_passage", r"give a passage, or an evidence quote to use as the passage"),
        ("yaml", r"is not valid YAML: (?P<detail>.*)"),
        ("not_utf8", r"is not UTF-8 text \((?P<detail>.*)\); save it as UTF-8"),
        ("too_big", r"is (?P<size>[\d.]+) MB; a quiz file may be at most 2 MB"),
    )
)

# What "should be text, not …" says the value was: `problem.kind_<name>` words it.
_KINDS: Mapping[str, str] = MappingProxyType(
    {"empty": "empty", "true/false": "boolean", "a mapping": "mapping", "a list": "list"}
)
_NUMBER = re.compile(r"the number (?P<value>.*)")


@dataclass(frozen=True, slots=True)
class Recognised:
    """A problem the catalogue can word: `problem.<kind>` filled with `values`; when
    `value_kind` is set, `{kind}` is `problem.kind_<value_kind>` filled with `{value}`."""

    kind: str
    values: Mapping[str, str]
    value_kind: str | None = None


def recognise(message: str) -> Recognised | None:
    """The catalogue's kind of an English problem message, or None."""
    for kind, pattern in _PATTERNS:
        match = pattern.fullmatch(message)
        if match is None:
            continue
        values = {name: value or "" for name, value in match.groupdict().items()}
        if "kind" in values:
            given = values.pop("kind")
            number = _NUMBER.fullmatch(given)
            if number is not None:
                return Recognised(kind, {"value": number["value"]}, "number")
            return Recognised(kind, {"value": given}, _KINDS.get(given, "value"))
        if kind == "quote_missing" and values.get("times"):
            return Recognised("quote_missing_times", values)
        values.pop("times", None)
        if kind.startswith("unknown_field") and not values.get("allowed"):
            values["allowed"] = "—"
        return Recognised(kind, values)
    return None
