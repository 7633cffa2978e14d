"""GIFT, Moodle's plain-text question format: writing it.

Every text is HTML (see `markup`), declared once with `[html]` on the question and then
escaped for GIFT: `\\ ~ = # { } :` get a backslash and a line break becomes `\\n`, so no
teacher's text can open an answer block, start a choice or end a feedback.

GIFT has no marks and no metadata, so each question is preceded by a comment Moodle
ignores and `from_gift` reads: `// [points:2] [tag:source] [tag:unreliable] [tag:easy]`
(and `[shuffle:false]` for a question whose choices keep their order)
(Moodle 3.6 and later also turn the `[tag:…]` parts into question tags).
"""

from __future__ import annotations

from literacy.interop import markup
from literacy.interop.common import (
    ExportWarning,
    Item,
    choice_percents,
    items,
    settings_warnings,
)
from literacy.interop.moodle import category_path, points_text
from literacy.quiz.model import Quiz

_ESCAPED = {c: "\\" + c for c in "\\~=#{}:"} | {"\n": "\\n", "\r": ""}


def escape(text: str) -> str:
    """Text as GIFT reads it back unchanged (Moodle's own escaping, `repchar`)."""
    return "".join(_ESCAPED.get(c, c) for c in text)


def _comment(text: str) -> str:
    # A comment is one line; GIFT has no escapes inside comments.
    return "// " + " ".join(text.split())


def to_gift(quiz: Quiz, *, category: str | None = None) -> tuple[str, list[ExportWarning]]:
    """The quiz as a GIFT file, and what GIFT could not say exactly."""
    blocks = []
    if category:
        # Moodle does not unescape the category line, so it is written as it is.
        blocks.append(f"$CATEGORY: {category_path(category)}")
    # The machine-read line comes first: a [quiz:…] typed into the title must not win.
    header = [
        _comment(f"literacy quiz, GIFT for Moodle. [quiz:{quiz.id}] [language:{quiz.language}]"),
        _comment(quiz.title),
    ]
    article = markup.article(quiz.article, quiz.language)
    blocks.append("\n".join([*header, f"::{escape(quiz.title)}::[html]{escape(article)}"]))
    converted, warnings = items(quiz)
    for item in converted:
        block, notes = _question(item)
        blocks.append(block)
        warnings += notes
    marked = [q.id for q in quiz.questions if q.points != 1]
    if marked:
        warnings.append(ExportWarning.of("gift_marks", questions=tuple(marked)))
    warnings += settings_warnings(quiz, "gift")
    return "\n\n".join(blocks) + "\n", warnings


def _question(item: Item) -> tuple[str, list[ExportWarning]]:
    source = item.question
    meta = [f"[points:{points_text(source.points)}]"]
    meta += [f"[tag:{t}]" for t in (source.skill, source.practice, source.difficulty) if t]
    own_shuffle = getattr(source, "shuffle_choices", None)
    if own_shuffle is not None:  # Moodle shuffles per quiz; this reads back into literacy
        meta.append(f"[shuffle:{str(own_shuffle).lower()}]")
    head = (
        f"{_comment(' '.join(meta))}\n::{escape(source.id or '')}::[html]{escape(item.prompt_html)}"
    )
    general = f"####{escape(item.general_html)}" if item.general_html else ""
    warnings: list[ExportWarning] = []
    if item.kind == "true_false":
        right = next(c for c in item.choices if c.right)
        wrong = next(c for c in item.choices if not c.right)
        # {TRUE#shown for a wrong answer#shown for the right answer}
        answer = "TRUE" if right.key == "true" else "FALSE"
        notes = ""
        if wrong.feedback_html or right.feedback_html:
            notes = f"#{escape(wrong.feedback_html or '')}"
        if right.feedback_html:
            notes += f"#{escape(right.feedback_html)}"
        return f"{head}{{{answer}{notes}{general}}}", warnings
    if item.kind == "single":
        marks = ["=" if c.right else "~" for c in item.choices]
    else:
        # No "=" at all: Moodle then lets the student tick several choices.
        marks = [f"~%{grade}%" for grade in choice_percents(item, warnings)]
    lines = [head + "{"]
    for mark, choice in zip(marks, item.choices, strict=True):
        feedback = f"#{escape(choice.feedback_html)}" if choice.feedback_html else ""
        lines.append(f"\t{mark}{escape(choice.html)}{feedback}")
    if general:
        lines.append(f"\t{general}")
    lines.append("}")
    return "\n".join(lines), warnings
