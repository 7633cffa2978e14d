"""The analysis drawn on the article: every source, claim and loaded word highlighted, with
a legend. Each kind of finding has a colour *and* a symbol and a line style of its own,
so a reader who cannot tell the colours apart can still read it.

Findings nest (a source inside a claim, a loaded word inside a source) and can cross; the
HTML stays well nested by closing and reopening the inner highlights where an outer one
ends. All article text is escaped here.
"""

from __future__ import annotations

import itertools
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from html import escape
from types import MappingProxyType

from literacy.analysis import Analysis, Claim, Loaded, Source
from literacy.ui.authoring import verdict_of
from literacy.ui.html import content_attrs, escape_text, paragraphs

# The kinds of highlight, outermost first, with the symbol each carries. Filled shapes are
# named sources, the hollow one an unnamed source.
SYMBOLS: Mapping[str, str] = MappingProxyType(
    {
        "checkable": "✔",
        "uncheckable": "✘",
        "opinion": "✎",
        "person": "●",
        "organization": "■",
        "anonymous": "○",
        "loaded": "▲",
    }
)
KINDS = tuple(SYMBOLS)
# Claims hold sources, sources can hold loaded words: the order highlights open in.
_LAYER: Mapping[str, int] = MappingProxyType(
    {"checkable": 0, "uncheckable": 0, "opinion": 0, "person": 1, "organization": 1}
    | {"anonymous": 1, "loaded": 2}
)


@dataclass(frozen=True, slots=True)
class Highlight:
    """One finding's span `[start, end)`, drawn with CSS class `lit-f-<kind>`; `title` is
    what a pointer or a screen reader shows for it."""

    start: int
    end: int
    kind: str
    title: str

    @property
    def layer(self) -> int:
        return _LAYER[self.kind]


@dataclass(frozen=True, slots=True)
class FindingLabels:
    """Interface words: a name per kind (`KINDS`), per loaded-word category, and the
    words that introduce a reporting verb and a neutral alternative."""

    kinds: Mapping[str, str]
    categories: Mapping[str, str]
    cue: str
    neutral: str


def _source_title(source: Source, labels: FindingLabels) -> str:
    return f"{labels.kinds[source.kind]} · {labels.cue}: {source.cue}"


def _loaded_title(word: Loaded, labels: FindingLabels, language: str) -> str:
    parts = [f"{labels.kinds['loaded']} ({labels.categories.get(word.category, word.category)})"]
    if word.neutral:
        separator = "، " if language == "ar" else ", "
        parts.append(f"{labels.neutral}: {separator.join(word.neutral)}")
    if word.note:
        parts.append(word.note)
    return " · ".join(parts)


def _claim_title(claim: Claim, labels: FindingLabels) -> str:
    return labels.kinds[verdict_of(claim)]


def highlights(analysis: Analysis, labels: FindingLabels) -> list[Highlight]:
    """Every finding of the analysis as a highlight."""
    out = [
        Highlight(c.start, c.end, verdict_of(c), _claim_title(c, labels)) for c in analysis.claims
    ]
    out += [Highlight(s.start, s.end, s.kind, _source_title(s, labels)) for s in analysis.sources]
    out += [
        Highlight(w.start, w.end, "loaded", _loaded_title(w, labels, analysis.language))
        for w in analysis.loaded
    ]
    return [h for h in out if h.end > h.start]


def _open(highlight: Highlight, first: bool) -> str:
    symbol = (
        f'<sup class="lit-sym" aria-hidden="true">{SYMBOLS[highlight.kind]}</sup>' if first else ""
    )
    return f'<span class="lit-f lit-f-{highlight.kind}" title="{escape(highlight.title)}">{symbol}'


def nested_html(text: str, start: int, end: int, marks: Sequence[Highlight]) -> str:
    """`text[start:end]` escaped, each highlight inside it wrapped in a <span>. Where an
    outer highlight ends inside an inner one, the inner one is closed and opened again, so
    the markup nests; its symbol is drawn only where it really starts."""
    inside = [h for h in marks if h.start < end and start < h.end and max(h.start, start) < h.end]
    # Outer first: the longer highlight, then the lower layer, opens first.
    inside.sort(key=lambda h: (max(h.start, start), -min(h.end, end), h.layer))
    boundaries = sorted(
        {start, end, *(max(h.start, start) for h in inside)} | {min(h.end, end) for h in inside}
    )
    out: list[str] = []
    stack: list[Highlight] = []
    pending = iter(inside)
    upcoming = next(pending, None)
    for here, following in itertools.pairwise(boundaries):
        ending = [h for h in stack if min(h.end, end) <= here]
        if ending:
            depth = min(stack.index(h) for h in ending)
            reopen = [h for h in stack[depth:] if h not in ending]
            out.append("</span>" * (len(stack) - depth))
            del stack[depth:]
            for h in reopen:
                out.append(_open(h, first=False))
                stack.append(h)
        while upcoming is not None and max(upcoming.start, start) == here:
            out.append(_open(upcoming, first=upcoming.start >= start))
            stack.append(upcoming)
            upcoming = next(pending, None)
        out.append(escape_text(text[here:following]))
    out.append("</span>" * len(stack))
    return "".join(out)


def analysis_html(analysis: Analysis, labels: FindingLabels) -> str:
    """The article as a readable column with every finding highlighted."""
    marks = highlights(analysis, labels)
    text = analysis.text
    body = "".join(
        f"<p>{nested_html(text, start, end, marks)}</p>" for start, end in paragraphs(text)
    )
    return (
        f'<article class="lit-article lit-analysis" {content_attrs(analysis.language)}>'
        f"{body}</article>"
    )


def legend_html(labels: FindingLabels, counts: Mapping[str, int], language: str) -> str:
    """What each colour, line and symbol means, with how many of each the article has."""
    items = []
    for kind in KINDS:
        items.append(
            f'<li><span class="lit-f lit-f-{kind}"><sup class="lit-sym" aria-hidden="true">'
            f"{SYMBOLS[kind]}</sup>{escape(labels.kinds[kind])}</span> "
            f'<bdi class="lit-count">{counts.get(kind, 0)}</bdi></li>'
        )
    return f'<ul class="lit-legend-list" {content_attrs(language)}>{"".join(items)}</ul>'


def kind_counts(analysis: Analysis) -> dict[str, int]:
    counts = dict.fromkeys(KINDS, 0)
    for claim in analysis.claims:
        counts[verdict_of(claim)] += 1
    for source in analysis.sources:
        counts[source.kind] += 1
    counts["loaded"] = len(analysis.loaded)
    return counts


def loaded_details_html(word: Loaded, labels: FindingLabels, ui: str, language: str) -> str:
    """Under a loaded word in the review: its category and neutral alternatives (in the
    interface's words, the alternatives in the article's), and the lexicon's note."""
    category = escape(labels.categories.get(word.category, word.category))
    lines = [category]
    if word.neutral:
        separator = "، " if language == "ar" else ", "
        alternatives = escape(separator.join(word.neutral))
        lines.append(
            f"{escape(labels.neutral)}: <bdi {content_attrs(language)}>{alternatives}</bdi>"
        )
    note = f"<p {content_attrs(language)}>{escape_text(word.note)}</p>" if word.note else ""
    return (
        f'<div class="lit-card-meta lit-loaded-details"><p {content_attrs(ui)}>'
        f"{' · '.join(lines)}</p>{note}</div>"
    )
