"""Moodle XML: the question-bank format Moodle imports and exports with nothing lost.

The article becomes a `description` question (no grade) in front of the questions; each
question keeps its id as the name, its points as the default mark, per-choice feedback,
the explanation (after the evidence quote) as general feedback, and skill, practice and
difficulty as tags. HTML goes inside `<text>` escaped by ElementTree: Moodle reads
`&lt;div&gt;` exactly as it reads a CDATA section, and no text can end the element early.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

from literacy.interop import markup
from literacy.interop.common import (
    ExportWarning,
    Item,
    choice_percents,
    items,
    removed_warning,
    settings_warnings,
    sub,
    xml_document,
)
from literacy.quiz.model import Question, Quiz

# Moodle's defaults: a third of the mark lost per retry in interactive mode, all of it
# for true/false. literacy has no retries, so these only matter in Moodle's own modes.
_PENALTY = {"multichoice": "0.3333333", "truefalse": "1"}


def to_moodle_xml(quiz: Quiz, *, category: str | None = None) -> tuple[str, list[ExportWarning]]:
    """The quiz as a Moodle XML question file, and what it could not say exactly."""
    root = ET.Element("quiz")
    if category:
        question = sub(root, "question", type="category")
        _text(sub(question, "category"), category_path(category))
    _description(root, quiz)
    converted, warnings = items(quiz)
    for item in converted:
        warnings += _question(root, item, quiz.language, quiz.shuffles_choices(item.question))
    document, removed = xml_document(root)
    return document, warnings + settings_warnings(quiz, "moodle-xml") + removed_warning(removed)


def category_path(name: str) -> str:
    """A category under the course's top category; `/` inside a name is written `//`."""
    name = " ".join(name.split()).replace("/", "//")
    return f"$course$/top/{name}"


def _text(parent: ET.Element, value: str) -> ET.Element:
    return sub(parent, "text", value)


def _html(parent: ET.Element, tag: str, value: str | None) -> ET.Element:
    element = sub(parent, tag, format="html")
    _text(element, value or "")
    return element


def _description(root: ET.Element, quiz: Quiz) -> None:
    question = sub(root, "question", type="description")
    _text(sub(question, "name"), quiz.title)
    _html(question, "questiontext", markup.article(quiz.article, quiz.language))
    _html(question, "generalfeedback", None)
    sub(question, "defaultgrade", "0")
    sub(question, "penalty", "0")
    sub(question, "hidden", "0")


def points_text(points: float) -> str:
    """Moodle keeps marks to 7 decimals: 1.0 → "1", 2.5 → "2.5"."""
    return f"{points:.7f}".rstrip("0").rstrip(".")


def _question(root: ET.Element, item: Item, language: str, shuffle: bool) -> list[ExportWarning]:
    source = item.question
    kind = "truefalse" if item.kind == "true_false" else "multichoice"
    question = sub(root, "question", type=kind)
    _text(sub(question, "name"), source.id or "")
    _html(question, "questiontext", item.prompt_html)
    _html(question, "generalfeedback", item.general_html)
    sub(question, "defaultgrade", points_text(source.points))
    sub(question, "penalty", _PENALTY[kind])
    sub(question, "hidden", "0")
    warnings: list[ExportWarning] = []
    if item.kind == "true_false":
        for choice in item.choices:
            # Moodle finds the true and the false answer by these exact words.
            answer = sub(question, "answer", fraction="100" if choice.right else "0")
            answer.set("format", "moodle_auto_format")
            _text(answer, choice.key)
            _html(answer, "feedback", choice.feedback_html)
    else:
        single = item.kind == "single"
        sub(question, "single", "true" if single else "false")
        sub(question, "shuffleanswers", "true" if shuffle else "false")
        # Latin letters look out of place before Arabic choices; numbers read either way.
        sub(question, "answernumbering", "123" if language in markup.RTL_LANGUAGES else "abc")
        sub(question, "showstandardinstruction", "0")
        for tag in ("correctfeedback", "partiallycorrectfeedback", "incorrectfeedback"):
            _html(question, tag, None)
        if not single:
            sub(question, "shownumcorrect")
        fractions = _fractions(item, warnings)
        for choice, fraction in zip(item.choices, fractions, strict=True):
            answer = sub(question, "answer", fraction=fraction, format="html")
            _text(answer, choice.html)
            _html(answer, "feedback", choice.feedback_html)
    _tags(question, source)
    return warnings


def _fractions(item: Item, warnings: list[ExportWarning]) -> list[str]:
    if item.kind == "single":
        return ["100" if c.right else "0" for c in item.choices]
    return choice_percents(item, warnings)


def _tags(question: ET.Element, source: Question) -> None:
    names = [source.skill, source.practice, source.difficulty]
    tags = sub(question, "tags")
    for name in names:
        if name:
            _text(sub(tags, "tag"), name)
