"""Quiz text as the small HTML every LMS shows, and that HTML back as text.

Export: each text is escaped (`html.escape`), a line break becomes `<br>`, and the whole
is wrapped in `<div dir="rtl" lang="ar">` (or `ltr`/`en`) so Arabic reads right-to-left
even in a Moodle or Canvas whose interface is English. Nothing the teacher wrote can
become markup: `</text>`, `]]>` and `<script>` come out as text.

Import: `html_to_text` undoes exactly that (so an export reads back equal) and is lenient
with a teacher's own HTML: tags are dropped, `<br>` and block ends become line breaks.
Three marked elements carry structure: `blockquote.literacy-evidence` (the evidence quote),
`.literacy-title` (the article's title) and `.literacy-byline` (outlet, author, date).
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from html.parser import HTMLParser

from literacy.quiz.model import Article, Evidence

RTL_LANGUAGES = frozenset({"ar"})

EVIDENCE_CLASS = "literacy-evidence"
PASSAGE_CLASS = "literacy-passage"
TITLE_CLASS = "literacy-title"
BYLINE_CLASS = "literacy-byline"


def direction(language: str) -> str:
    return "rtl" if language in RTL_LANGUAGES else "ltr"


def _lines(text: str) -> str:
    """Escaped text with every line break as `<br>`; CR and CRLF count as one break."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return "<br>".join(html.escape(line, quote=False) for line in text.split("\n"))


def wrap(inner: str, language: str) -> str:
    return f'<div dir="{direction(language)}" lang="{html.escape(language)}">{inner}</div>'


def inline(text: str, language: str) -> str:
    """A prompt, choice or feedback: one direction-marked div, lines kept."""
    return wrap(_lines(text), language)


def with_passage(prompt: str, passage: str, language: str) -> str:
    """A prompt followed by the passage it is about, as a quotation."""
    return wrap(
        f'{_lines(prompt)}<blockquote class="{PASSAGE_CLASS}">{_lines(passage)}</blockquote>',
        language,
    )


def general_feedback(
    evidence: Evidence | None, explanation: str | None, language: str
) -> str | None:
    """What the student sees after answering: the evidence quote, then the explanation.

    The quote goes here rather than into the question because it can give the answer away
    (a "which of these can be checked?" question quotes its right choice).
    """
    parts = []
    if evidence is not None:
        occurrence = f' data-occurrence="{evidence.occurrence}"' if evidence.occurrence > 1 else ""
        quote = _lines(evidence.quote)
        parts.append(f'<blockquote class="{EVIDENCE_CLASS}"{occurrence}>{quote}</blockquote>')
    if explanation is not None:
        parts.append(_lines(explanation))
    return wrap("".join(parts), language) if parts else None


def article(article: Article, language: str) -> str:
    """The article as a reading passage: title, byline, then one <p> per paragraph."""
    parts = []
    if article.title:
        parts.append(f'<h3 class="{TITLE_CLASS}">{_lines(article.title)}</h3>')
    byline = [x for x in (article.outlet, article.author) if x]
    if article.published:
        byline.append(article.published.isoformat())
    links = ""
    if article.url:
        url = html.escape(article.url, quote=True)
        links = f'{" · " if byline else ""}<a href="{url}">{html.escape(article.url)}</a>'
    if byline or links:
        text = " · ".join(html.escape(x, quote=False) for x in byline)
        parts.append(f'<p class="{BYLINE_CLASS}">{text}{links}</p>')
    body = article.text.replace("\r\n", "\n").replace("\r", "\n").strip()
    for paragraph in re.split(r"\n[ \t]*\n", body):
        if paragraph.strip():
            parts.append(f"<p>{_lines(paragraph.strip())}</p>")
    return wrap("".join(parts), language)


# ---- reading HTML back ----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Parsed:
    """HTML read back: the text, and what the marked elements carried."""

    text: str
    evidence: str | None = None
    occurrence: int = 1
    title: str | None = None


_BLOCKS = frozenset(
    {
        "address", "article", "aside", "blockquote", "dd", "div", "dl", "dt", "figcaption",
        "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "li", "main", "nav",
        "ol", "p", "pre", "section", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
    }
)  # fmt: skip
_SKIPPED = frozenset({"script", "style", "template"})
_VOID = frozenset({"area", "col", "embed", "hr", "img", "input", "link", "meta", "source", "wbr"})


class _Reader(HTMLParser):
    def __init__(self, keep_newlines: bool) -> None:
        super().__init__(convert_charrefs=True)
        self.keep_newlines = keep_newlines
        self.blocks: list[str] = []
        self.buffer: list[str] = []
        # Open elements, each with where its text goes: "text", "evidence", "title" or "skip".
        self.open: list[tuple[str, str]] = []
        self.evidence: list[str] = []
        self.occurrence = 1
        self.title: list[str] = []

    def _target(self) -> str:
        return self.open[-1][1] if self.open else "text"

    def _flush(self, always: bool = False) -> None:
        if self.buffer or always:
            self.blocks.append("".join(self.buffer))
            self.buffer = []

    def _add(self, data: str) -> None:
        target = self._target()
        if target == "text":
            self.buffer.append(data)
        elif target == "evidence":
            self.evidence.append(data)
        elif target == "title":
            self.title.append(data)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "br":
            self._add("\n")
            return
        if tag in _VOID:
            if tag == "hr" and self._target() == "text":
                self._flush()
            return
        values = dict(attrs)
        classes = (values.get("class") or "").split()
        target = self._target()
        if tag in _SKIPPED or BYLINE_CLASS in classes:
            target = "skip"
        elif EVIDENCE_CLASS in classes:
            target = "evidence"
            occurrence = values.get("data-occurrence") or "1"
            self.occurrence = (
                int(occurrence) if occurrence.isascii() and occurrence.isdecimal() else 1
            )
        elif TITLE_CLASS in classes:
            target = "title"
        if tag in _BLOCKS and target == "text":
            self._flush()
        self.open.append((tag, target))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "br":
            self._add("\n")

    def handle_endtag(self, tag: str) -> None:
        # Close up to the matching start tag; a stray end tag is ignored.
        for depth in range(len(self.open) - 1, -1, -1):
            if self.open[depth][0] == tag:
                target = self.open[depth][1]
                del self.open[depth:]
                if tag in _BLOCKS and target == "text":
                    # An empty <p></p> is an empty line, so export → import keeps it.
                    self._flush(always=tag == "p")
                return

    def handle_data(self, data: str) -> None:
        # Source line breaks are layout in HTML; Moodle's own text format keeps them.
        data = data.replace("\r\n", "\n").replace("\r", "\n")
        self._add(data if self.keep_newlines else data.replace("\n", " "))


def html_to_text(source: str, keep_newlines: bool = False) -> Parsed:
    reader = _Reader(keep_newlines)
    reader.feed(source)
    reader.close()
    reader._flush()
    text = "\n\n".join(reader.blocks).strip()
    evidence = "".join(reader.evidence).strip() or None
    title = "".join(reader.title).strip() or None
    return Parsed(text, evidence, reader.occurrence, title)
