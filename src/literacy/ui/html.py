"""HTML the app builds itself: the article with highlights, passages, problem lists, CSS.

Every piece of article, quiz or user text goes through `html.escape` here, and nowhere
else builds HTML from such text. Content carries its own `dir` and `lang`: an Arabic
article is right-to-left whatever the interface language, an English one left-to-right.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from html import escape

from literacy.errors import Problem
from literacy.quiz.model import Article, MarkWords
from literacy.ui.i18n import catalogue, direction
from literacy.ui.problems import recognise
from literacy.ui.review import ChoiceReview

# Named fonts for Arabic content only: Streamlit's own font has no Arabic letters, and a
# font set on `*` would also replace the icon font.
ARABIC_FONTS = (
    '"Noto Sans Arabic", "Noto Naskh Arabic", "Amiri", "Geeza Pro", "Segoe UI", '
    'Tahoma, "DejaVu Sans", sans-serif'
)


@dataclass(frozen=True, slots=True)
class Mark:
    """A highlighted span `[start, end)` of a text, drawn with CSS class `lit-<kind>`."""

    start: int
    end: int
    kind: str = "evidence"


def content_attrs(language: str) -> str:
    """`dir` and `lang` for an element holding content in `language`."""
    return f'dir="{direction(language)}" lang="{escape(language)}"'


def heading_html(text: str, language: str, level: int = 2) -> str:
    return f'<h{level} class="lit-heading" {content_attrs(language)}>{escape(text)}</h{level}>'


def paragraph_html(text: str, language: str, css_class: str) -> str:
    return f'<p class="{css_class}" {content_attrs(language)}>{escape_text(text)}</p>'


def tags_html(tags: Iterable[str], language: str) -> str:
    chips = "".join(f"<span>{escape(tag)}</span>" for tag in tags)
    return f'<div class="lit-tags" {content_attrs(language)}>{chips}</div>'


def code_html(text: str) -> str:
    """A file name or path, always left-to-right."""
    return f'<p dir="ltr"><code>{escape(text)}</code></p>'


def escape_text(text: str) -> str:
    """Escaped text with its line breaks kept."""
    return escape(text).replace("\n", "<br>")


def text_html(text: str, language: str, css_class: str = "lit-text") -> str:
    """A block of quiz text (a prompt, an explanation) in its own direction."""
    return f'<div class="{css_class}" {content_attrs(language)}>{escape_text(text)}</div>'


_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n\s*")


def paragraphs(text: str) -> Iterable[tuple[int, int]]:
    """`(start, end)` of each paragraph of `text` (blank lines between paragraphs)."""
    start = 0
    for match in _PARAGRAPH_BREAK.finditer(text):
        if text[start : match.start()].strip():
            yield start, match.start()
        start = match.end()
    if text[start:].strip():
        yield start, len(text.rstrip())


def _marked(text: str, start: int, end: int, marks: Sequence[Mark]) -> str:
    """`text[start:end]` escaped, with the parts of `marks` inside it wrapped in <mark>."""
    out = []
    position = start
    for mark in sorted(marks, key=lambda m: m.start):
        s, e = max(mark.start, position), min(mark.end, end)
        if s >= e:
            continue
        out.append(escape_text(text[position:s]))
        out.append(f'<mark class="lit-{escape(mark.kind)}">{escape_text(text[s:e])}</mark>')
        position = e
    out.append(escape_text(text[position:end]))
    return "".join(out)


def article_html(article: Article, language: str, marks: Sequence[Mark] = ()) -> str:
    """The article as a readable column; `marks` are offsets into `article.text`."""
    parts = [f'<article class="lit-article" {content_attrs(language)}>']
    if article.title:
        parts.append(f'<h3 class="lit-article-title">{escape(article.title)}</h3>')
    byline = [x for x in (article.outlet, article.author) if x]
    if article.published:
        byline.append(article.published.isoformat())
    if byline:
        parts.append(f'<p class="lit-byline">{" · ".join(escape(x) for x in byline)}</p>')
    text = article.text
    for start, end in paragraphs(text):
        parts.append(f"<p>{_marked(text, start, end, marks)}</p>")
    if article.url:
        url = escape(article.url, quote=True)
        parts.append(
            f'<p class="lit-byline"><a href="{url}" target="_blank" '
            f'rel="noopener noreferrer nofollow" dir="ltr">{escape(article.url)}</a></p>'
        )
    parts.append("</article>")
    return "".join(parts)


def evidence_html(text: str, start: int, end: int, language: str, context: int = 220) -> str:
    """The quote in its place in the article: the paragraph around it, the quote marked,
    so the student sees it in context even when the article column is scrolled away.
    A very long paragraph is cut at a space some way either side, shown by "…"."""
    pieces = []
    for p_start, p_end in paragraphs(text):
        if p_start >= end or p_end <= start:
            continue
        s, e = max(p_start, start - context), min(p_end, end + context)
        if s > p_start:
            s = text.find(" ", s, start) + 1 or s
        if e < p_end:
            cut = text.rfind(" ", end, e)
            e = cut if cut > 0 else e
        body = _marked(text, s, e, [Mark(start, end)])
        pieces.append(f"<p>{'… ' if s > p_start else ''}{body}{' …' if e < p_end else ''}</p>")
    return f'<blockquote class="lit-quote" {content_attrs(language)}>{"".join(pieces)}</blockquote>'


def quote_html(quote: str, language: str) -> str:
    """An evidence quote, marked the same way as in the article."""
    return (
        f'<blockquote class="lit-quote" {content_attrs(language)}>'
        f'<mark class="lit-evidence">{escape_text(quote)}</mark></blockquote>'
    )


@dataclass(frozen=True, slots=True)
class WordLabels:
    """The words a student reads beside each marker (in the interface language)."""

    right: str
    wrong: str
    missed: str


def marked_words_html(
    question: MarkWords, picked: Iterable[int], language: str, labels: WordLabels
) -> str:
    """The passage after answering: right marks ✓, wrong marks ✗, missed targets ○.

    Colour alone would fail colour-blind readers, so each kind also has its own symbol and
    line style, and a title a screen reader can speak.
    """
    passage = question.passage or ""
    picked = set(picked)
    targets = question.target_words
    out = []
    position = 0
    for index, word in enumerate(question.words):
        out.append(escape_text(passage[position : word.start]))
        if index in picked and index in targets:
            kind, symbol, title = "hit", "✓", labels.right
        elif index in picked:
            kind, symbol, title = "false-alarm", "✗", labels.wrong
        elif index in targets:
            kind, symbol, title = "miss", "○", labels.missed
        else:
            kind = ""
        if kind:
            out.append(
                f'<span class="lit-word lit-word-{kind}" title="{escape(title)}">'
                f"{escape(word.text)}<sup>{symbol}</sup></span>"
            )
        else:
            out.append(escape(word.text))
        position = word.end
    out.append(escape_text(passage[position:]))
    return f'<div class="lit-passage" {content_attrs(language)}>{"".join(out)}</div>'


@dataclass(frozen=True, slots=True)
class ChoiceLabels:
    """Interface words for the choice review."""

    picked: str
    right: str


def choices_review_html(rows: Sequence[ChoiceReview], language: str, labels: ChoiceLabels) -> str:
    """Every choice after answering: ✓ on the right ones, ✗ on a wrong pick (a symbol as
    well as a colour), the author's feedback under the choices it concerns."""
    items = []
    for row in rows:
        if row.correct:
            css, symbol = "lit-correct", "✓"
        elif row.picked:
            css, symbol = "lit-wrong-pick", "✗"
        else:
            css, symbol = "", ""
        pairs = ((row.picked, labels.picked), (row.correct, labels.right))
        tags = [label for flag, label in pairs if flag]
        # <bdi> keeps an interface word in one language from reordering a choice in another.
        tag = f'<bdi class="lit-tag">({escape(" · ".join(tags))})</bdi>' if tags else ""
        note = ""
        if row.shows_feedback and row.feedback:
            note = f'<div class="lit-feedback">{escape_text(row.feedback)}</div>'
        items.append(
            f'<li class="{css}"><span class="lit-symbol">{symbol}</span>'
            f"{escape(row.text)}{tag}{note}</li>"
        )
    return f'<ul class="lit-choices" {content_attrs(language)}>{"".join(items)}</ul>'


def word_notes_html(notes: Iterable[tuple[str, str]], language: str) -> str:
    """The author's feedback on particular words of a passage."""
    items = "".join(f"<li><b>{escape(word)}</b>: {escape_text(note)}</li>" for word, note in notes)
    return f'<ul class="lit-choices" {content_attrs(language)}>{items}</ul>'


def problems_html(
    problems: Sequence[Problem],
    line_label: Callable[[int | None], str],
    language: str = "en",
) -> str:
    """Every problem of a quiz file, one per line, each with its line number first.

    The line label is interface text and the list follows the interface's direction. A
    problem the catalogue of `language` can word (see `literacy.ui.problems`) is shown in
    it, the values it quotes each in their own isolate; any other stays the library's
    English sentence, in a left-to-right isolate, so its quotes stay where they belong.
    """
    items = []
    for problem in problems:
        where = " → ".join(str(p) for p in problem.path)
        code = f"<code>{escape(where)}</code>" if where else ""
        worded = _worded(problem.message, language)
        if worded is None:
            message = f'<bdi dir="ltr">{code + ": " if code else ""}{escape(problem.message)}</bdi>'
        else:
            path = f'<bdi dir="ltr">{code}</bdi>: ' if code else ""
            message = f'<bdi dir="{direction(language)}">{path}{worded}</bdi>'
        items.append(
            f'<li><bdi class="lit-line">{escape(line_label(problem.line))}</bdi> {message}</li>'
        )
    return f'<ul class="lit-problems">{"".join(items)}</ul>'


def _worded(message: str, language: str) -> str | None:
    """The problem in the interface language, as HTML, or None to keep the English."""
    if language == "en":
        return None
    found = recognise(message)
    if found is None:
        return None
    template = catalogue(language).get(f"author.problem.{found.kind}")
    if template is None:
        return None
    values = {name: f"<bdi>{escape(value)}</bdi>" for name, value in found.values.items()}
    if found.value_kind is not None:
        kind = catalogue(language)[f"author.problem.kind_{found.value_kind}"]
        values["kind"] = escape(kind).format(**values)
    return escape(template).format(**values)


def list_html(items: Iterable[str], language: str, css_class: str) -> str:
    """A plain list of texts (notes, warnings), each escaped."""
    rows = "".join(f"<li>{escape_text(item)}</li>" for item in items)
    return f'<ul class="{css_class}" {content_attrs(language)}>{rows}</ul>'


_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~$:])")


def escape_markdown(text: str) -> str:
    """Quiz text safe to use as a Streamlit widget label or option (they render Markdown):
    a choice like `*all* of [these](…)` shows exactly as written."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", text.replace("\n", " "))
