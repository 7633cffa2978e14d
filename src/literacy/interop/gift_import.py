"""GIFT, Moodle's plain-text question format: reading it into a quiz.

Read as Moodle reads it (question/format/gift): questions are separated by blank lines,
`//` lines are comments, `::name::` names a question, `[html]`/`[moodle]`/`[plain]`/
`[markdown]` gives the text format, the answers sit in the first `{…}`, `####` starts the
general feedback and `\\` escapes `~ = # { } :` and itself (`\\n` is a line break).

Imported: single choice (`=right ~wrong`), true/false (`{T}`, `{FALSE#…#…}`), multiple
answer (`~%50%right ~%-50%wrong`, always scored by literacy's rule), per-answer feedback,
general feedback as the explanation, and missing-word questions (text after the braces),
whose blank is written `_____` as Moodle shows it. Not imported, each reported with its
line: short answer, numerical, matching and essay questions, several `=` answers, and
partial credit on a wrong single-choice answer.

GIFT has no article. The first description item (text with no braces) becomes the
article; without one the article is a placeholder the teacher is told to replace.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import PurePath
from typing import Any, get_args

from pydantic import TypeAdapter, ValidationError

from literacy import text as textlib
from literacy.errors import Problem, QuizFileError, UnsupportedLanguageError
from literacy.interop.common import follows_literacy_rule
from literacy.interop.gift_source import Block, GiftText, blocks, kind
from literacy.interop.markup import Parsed, html_to_text
from literacy.quiz.model import SKILLS, Difficulty, Practice, Question, Quiz

PLACEHOLDER_ARTICLE = {
    "ar": "ضع هنا نص المقال الذي تدور حوله الأسئلة.",
    "en": "Replace this text with the article the questions are about.",
}
DEFAULT_TITLE = {"ar": "اختبار مستورد", "en": "Imported quiz"}
_QUESTION = TypeAdapter(Question)
# Moodle tags that mean a literacy field; the three vocabularies do not overlap.
_TAG_FIELDS = {
    "skill": frozenset(SKILLS),
    "practice": frozenset(get_args(Practice)),
    "difficulty": frozenset(get_args(Difficulty)),
}
_WEIGHT = re.compile(r"^%(-?\d+(?:\.\d*)?)%")
_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")
_QUIZ_ID = re.compile(r"^[a-z0-9][a-z0-9_-]*$")


@dataclass
class _Reading:
    filename: str
    problems: list[Problem] = field(default_factory=list)
    quiz_meta: dict[str, str] = field(default_factory=dict)
    category: str | None = None
    article: Parsed | None = None
    article_name: str | None = None
    questions: list[tuple[int | None, dict[str, Any]]] = field(default_factory=list)

    def problem(self, line: int | None, message: str) -> None:
        self.problems.append(Problem(self.filename, line, (), message))


def from_gift(
    source: str,
    *,
    language: str | None = None,
    title: str | None = None,
    quiz_id: str | None = None,
    filename: str = "<gift>",
) -> tuple[Quiz, list[Problem]]:
    """A quiz from GIFT text, and every construct that could not come along, with its line.

    `language`, `title` and `quiz_id` override what the file says or implies. Raises
    `QuizFileError` when no question at all could be imported.
    """
    if language is not None and language not in PLACEHOLDER_ARTICLE:
        raise UnsupportedLanguageError(language, tuple(PLACEHOLDER_ARTICLE))
    reading = _Reading(filename)
    for block in blocks(source.removeprefix("\ufeff")):
        _block(reading, block)
    language = language or _language(reading)
    _drop_missing_evidence(reading, language)
    questions = _validated(reading)
    if not questions:
        reading.problem(None, "no question could be imported")
        raise QuizFileError(reading.problems)
    article = reading.article
    if article is None:
        reading.problem(
            None,
            "GIFT has no article and this file has no description item (text without { }) "
            "to use as one, so article → text is a placeholder: replace it with the article",
        )
    data = {
        "id": quiz_id or _quiz_id(reading),
        "title": title or _title(reading, language),
        "language": language,
        "article": {
            "text": article.text if article else PLACEHOLDER_ARTICLE[language],
            "title": article.title if article else None,
        },
        "questions": questions,
    }
    try:
        return Quiz.model_validate(data), reading.problems
    except ValidationError as error:
        for detail in error.errors(include_url=False):
            where = " → ".join(str(p) for p in detail["loc"])
            reading.problem(None, f"{where}: {detail['msg']}")
        raise QuizFileError(reading.problems) from None


def _block(reading: _Reading, block: Block) -> None:
    for key in ("quiz", "language"):
        if block.meta.get(key):
            reading.quiz_meta.setdefault(key, block.meta[key][0])
    if not block.content:
        return
    first = block.content[0][1].strip()
    if first.startswith("$CATEGORY:"):
        reading.category = reading.category or first.removeprefix("$CATEGORY:").strip()
        if len(block.content) > 1:
            reading.problem(
                block.content[1][0],
                "put a blank line after $CATEGORY: Moodle reads the lines that follow it as "
                "part of the category name (read here as a question)",
            )
            _block(reading, Block(block.content[1:], block.meta))
        return
    _question(reading, GiftText.read(block.content).strip(), block.meta)


def _question(reading: _Reading, text: GiftText, meta: dict[str, list[str]]) -> None:
    line = text.line()
    name = None
    if text.find("::") == 0 and (close := text.find("::", 2)) >= 0:
        name = " ".join(text.cut(2, close).plain().split())
        text = text.cut(close + 2).strip()
    fmt, text = text.text_format("moodle")
    opening, closing = text.find("{"), text.find("}")
    if opening < 0 and closing < 0:
        _description(reading, line, name, _read(text, fmt))
        return
    if opening < 0 or closing < opening:
        reading.problem(line, "unbalanced braces { }: question skipped")
        return
    after = text.cut(closing + 1).strip()
    if after.has("{") or after.has("}"):
        reading.problem(line, "more than one answer block { } in one question: skipped")
        return
    prompt_source = text.cut(0, opening).strip()
    if after.parts:
        # Missing-word format: Moodle shows a blank where the braces were.
        prompt_source += GiftText.read([(after.line() or 0, " _____ ")]) + after
    prompt = _read(prompt_source, fmt)
    answers = text.cut(opening + 1, closing).strip()
    explanation = None
    general = answers.rfind("####")
    if general >= 0:
        explanation = _read_part(answers.cut(general + 4), fmt)
        answers = answers.cut(0, general).strip()
    data: dict[str, Any] = {"prompt": prompt.text}
    if name and (ident := _identifier(name)):
        data["id"] = ident
    data |= _metadata(reading, line, meta)
    quoted = explanation if explanation and explanation.evidence else prompt
    if quoted.evidence:
        data["evidence"] = {"quote": quoted.evidence, "occurrence": quoted.occurrence}
    if explanation and explanation.text:
        data["explanation"] = explanation.text
    found = kind(answers)
    if found == "multichoice":
        ok = _choices(reading, answers, fmt, data)
    elif found == "true/false":
        ok = _true_false(answers, fmt, data)
    else:
        reading.problem(
            line,
            f"{found} questions are not supported (literacy has single choice, multiple "
            "choice and true/false): skipped",
        )
        return
    if ok:
        reading.questions.append((line, data))


def _read(text: GiftText, fmt: str) -> Parsed:
    source = text.plain()
    if fmt in ("plain", "markdown"):
        return Parsed(source.strip())
    # Moodle's own format is HTML in which a line break stays a line break.
    return html_to_text(source, keep_newlines=fmt == "moodle")


def _read_part(text: GiftText, question_format: str) -> Parsed:
    """An answer or feedback: in the question's format unless it names its own."""
    fmt, text = text.strip().text_format(question_format)
    return _read(text, fmt)


def _choices(reading: _Reading, answers: GiftText, fmt: str, data: dict[str, Any]) -> bool:
    pieces = answers.split_at("~=")
    if pieces and pieces[0].parts[0] not in ("~", "="):
        if pieces[0].plain().strip():
            reading.problem(pieces[0].line(), "text before the first ~ or = is ignored")
        pieces = pieces[1:]
    choices: list[str] = []
    weights: list[float] = []
    feedback: dict[str, str] = {}
    for piece in pieces:
        body = piece.cut(1).strip()
        weight = 100.0 if piece.parts[0] == "=" else 0.0
        if match := _WEIGHT.match(body.plain()):
            weight = float(match.group(1))
            body = body.cut(len(match.group(0)))
        hash_at = body.find("#")
        choice = _read_part(body.cut(0, hash_at) if hash_at >= 0 else body, fmt).text
        choices.append(choice)
        weights.append(weight)
        if hash_at >= 0 and (note := _read_part(body.cut(hash_at + 1), fmt).text):
            feedback[choice] = note
    line = answers.line()
    data["choices"] = choices
    if feedback:
        data["feedback"] = feedback
    marks = [piece.parts[0] for piece in pieces]
    if "=" in marks:
        if marks.count("=") > 1:
            reading.problem(
                line, "several = answers (any one of them right) are not supported: skipped"
            )
            return False
        if any(w not in (0.0, 100.0) for w in weights):
            reading.problem(
                line,
                "partial credit for a wrong answer (~%n%) is not supported in a single-choice "
                "question: those answers now earn nothing",
            )
        data["type"] = "single_choice"
        data["answer"] = choices[marks.index("=")]
        return True
    right = [c for c, w in zip(choices, weights, strict=True) if w > 0]
    if not right:
        reading.problem(line, "no answer has a positive weight, so none is right: skipped")
        return False
    data["type"] = "multiple_choice"
    data["answers"] = right
    if not follows_literacy_rule(weights):
        reading.problem(
            line,
            "the answer weights differ from literacy's rule (+100/k % for each of the k right "
            "answers, −100/k % for each wrong one, never below 0): imported with that rule",
        )
    return True


def _true_false(answers: GiftText, fmt: str, data: dict[str, Any]) -> bool:
    # {TRUE#feedback for a wrong answer#feedback for the right answer}
    verdict, *notes = answers.split_at("#")[:3]
    right_answer = verdict.plain().strip().upper() in ("T", "TRUE")
    wrong, right = ([_read_part(n.cut(1), fmt).text for n in notes] + ["", ""])[:2]
    data["type"] = "true_false"
    data["answer"] = right_answer
    feedback = {str(right_answer).lower(): right, str(not right_answer).lower(): wrong}
    if any(feedback.values()):
        data["feedback"] = {k: v for k, v in feedback.items() if v}
    return True


def _description(reading: _Reading, line: int | None, name: str | None, parsed: Parsed) -> None:
    if reading.article is None and parsed.text:
        reading.article, reading.article_name = parsed, name
    else:
        reading.problem(
            line,
            "only the first description item (text without { }) becomes the article: skipped",
        )


def _identifier(name: str) -> str | None:
    if _ID.match(name):
        return name
    slug = re.sub(r"[^A-Za-z0-9_.-]+", "-", name).strip("-._")
    return slug if _ID.match(slug) else None


def _metadata(reading: _Reading, line: int | None, meta: dict[str, list[str]]) -> dict[str, Any]:
    """Points and tags from the question's comments: `// [points:2] [tag:source]`."""
    data: dict[str, Any] = {}
    for value in meta.get("points", []):
        try:
            points = float(value)
        except ValueError:
            points = 0.0
        if 0 < points <= 100:
            data["points"] = points
        else:
            reading.problem(line, f"[points:{value}] is not a number from 0 to 100: ignored")
    for value in meta.get("shuffle", []):
        if value.lower() in ("true", "false"):
            data["shuffle_choices"] = value.lower() == "true"
        else:
            reading.problem(line, f"[shuffle:{value}] is neither true nor false: ignored")
    for tag in meta.get("tag", []):
        for name, values in _TAG_FIELDS.items():
            if tag.lower() in values:  # Moodle's tags ignore case
                data[name] = tag.lower()
    return data


def _language(reading: _Reading) -> str:
    given = reading.quiz_meta.get("language")
    if given in PLACEHOLDER_ARTICLE:
        return given
    sample = " ".join(str(data.get("prompt", "")) for _, data in reading.questions)
    if reading.article:
        sample += " " + reading.article.text
    try:
        return textlib.detect_language(sample)
    except UnsupportedLanguageError:
        return "en"


def _drop_missing_evidence(reading: _Reading, language: str) -> None:
    article = reading.article.text if reading.article else ""
    for line, data in reading.questions:
        evidence = data.get("evidence")
        if evidence is None:
            continue
        position, found = 0, None
        for _ in range(evidence["occurrence"]):
            found = textlib.find(article, evidence["quote"], language, position)
            if found is None:
                break
            position = found.start + 1
        if found is None:
            del data["evidence"]
            reading.problem(line, "the quoted evidence is not in the article: left out")


def _validated(reading: _Reading) -> list[dict[str, Any]]:
    """Each question checked on its own, so one bad question does not sink the file."""
    out: list[dict[str, Any]] = []
    seen: dict[str, int | None] = {}
    for line, data in reading.questions:
        try:
            question = _QUESTION.validate_python(data)
        except ValidationError as error:
            reasons = "; ".join(_reason(detail) for detail in error.errors())
            reading.problem(line, f"skipped: {reasons}")
            continue
        ident = question.id or ""
        if ident in seen and "id" not in data:
            # No name, so the id is a hash of the content: the same question twice.
            reading.problem(line, f"the same question as on line {seen[ident]}: skipped")
            continue
        number = 2
        while ident in seen:  # a repeated name gets a number
            ident = f"{question.id}-{number}"
            number += 1
        data["id"] = ident
        seen[ident] = line
        out.append(data)
    return out


def _reason(detail: Any) -> str:
    where = " → ".join(str(p) for p in detail["loc"][1:])  # [0] is the question type
    if detail["type"] == "too_long" and where == "choices":
        found, most = detail["ctx"]["actual_length"], detail["ctx"]["max_length"]
        return f"{found} choices, but a question may have at most {most}"
    message = detail["msg"]
    return f"{where}: {message[0].lower()}{message[1:]}" if where else message


def _quiz_id(reading: _Reading) -> str:
    given = reading.quiz_meta.get("quiz", "")
    if _QUIZ_ID.match(given):
        return given
    stem = PurePath(reading.filename).name.lower()
    for suffix in (".txt", ".gift"):
        stem = stem.removesuffix(suffix)
    slug = re.sub(r"[^a-z0-9_-]+", "-", stem).strip("-_")
    return slug if _QUIZ_ID.match(slug) else "imported-quiz"


def _title(reading: _Reading, language: str) -> str:
    if reading.category:
        # Moodle separates categories with / and writes a / inside a name as //.
        last = re.split(r"(?<!/)/(?!/)", reading.category)[-1].replace("//", "/").strip()
        if last and last != "top" and not last.startswith("$"):
            return last
    return reading.article_name or DEFAULT_TITLE[language]
