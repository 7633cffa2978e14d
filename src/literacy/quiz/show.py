"""A quiz as readable plain text, for `literacy show` and for reviewing a quiz in a terminal.

Right-to-left text is printed in logical order, untouched: the terminal's bidi support
lays it out, and nothing here reverses or reshapes it.
"""

from __future__ import annotations

import textwrap

from literacy.quiz.model import LETTERS, MarkWords, MultipleChoice, Quiz, SingleChoice, TrueFalse

_TRUE_FALSE = {"ar": ("صح", "خطأ"), "en": ("true", "false")}
_QUOTES = {"ar": ("«", "»"), "en": ("“", "”")}


def quiz_as_text(quiz: Quiz, width: int = 88) -> str:
    lines = [quiz.title, "=" * min(len(quiz.title), width)]
    meta = [f"id: {quiz.id}", f"language: {quiz.language}"]
    if quiz.level:
        meta.append(f"level: {quiz.level}")
    if quiz.tags:
        meta.append("tags: " + ", ".join(quiz.tags))
    lines.append(" · ".join(meta))
    if quiz.description:
        lines += ["", *textwrap.wrap(quiz.description, width)]
    article = quiz.article
    byline = " · ".join(str(x) for x in (article.outlet, article.author, article.published) if x)
    lines += ["", "Article" + (f": {article.title}" if article.title else "")]
    if byline:
        lines.append(byline)
    for paragraph in article.text.strip().splitlines():
        lines += textwrap.wrap(paragraph.strip(), width) or [""]
    for number, question in enumerate(quiz.questions, 1):
        lines += [
            "",
            f"{number}. [{question.type} · {question.skill}"
            + (f" · {question.practice}" if question.practice else "")
            + (f" · {question.difficulty}" if question.difficulty else "")
            + (f" · {question.points:g} points" if question.points != 1 else "")
            + f"] {question.id}",
        ]
        lines += textwrap.wrap(question.prompt, width)
        if question.evidence is not None:
            opening, closing = _QUOTES[quiz.language]
            lines.append(f"   evidence: {opening}{question.evidence.quote}{closing}")
        if isinstance(question, SingleChoice | MultipleChoice):
            right = (
                {question.answer} if isinstance(question, SingleChoice) else set(question.answers)
            )
            for letter, choice in zip(LETTERS, question.choices, strict=False):
                mark = "✓" if choice in right else " "
                lines.append(f"   {mark} {letter}) {choice}")
        elif isinstance(question, TrueFalse):
            yes, no = _TRUE_FALSE[quiz.language]
            lines.append(f"   answer: {yes if question.answer else no}")
        elif isinstance(question, MarkWords):
            lines.append(f"   passage: {question.passage}")
            lines.append(
                "   words to mark: " + "، ".join(question.targets)
                if quiz.language == "ar"
                else "   words to mark: " + ", ".join(question.targets)
            )
        for key, note in question.feedback.items():
            lines.append(f"   feedback on {key}: {note}")
        if question.explanation:
            lines += textwrap.wrap(
                question.explanation, width, initial_indent="   why: ", subsequent_indent="        "
            )
    return "\n".join(lines) + "\n"
