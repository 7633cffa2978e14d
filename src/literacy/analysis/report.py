"""A readable terminal report of an analysis (`literacy analyze --format text`)."""

from __future__ import annotations

import threading
from collections.abc import Mapping
from functools import cache
from types import MappingProxyType

from literacy.analysis.model import Analysis
from literacy.analysis.reasons import reason_texts

_LOCK = threading.Lock()


def render_text(analysis: Analysis) -> str:
    """Arabic (or English) text stays as written; labels follow the article's language."""
    words = _labels(analysis.language)
    reasons = reason_texts(analysis.language)
    out: list[str] = []
    if analysis.headline is not None:
        out += [f"{words['headline']}: {analysis.headline.text}", ""]

    out.append(f"{words['sources']} ({len(analysis.sources)})")
    for n, s in enumerate(analysis.sources, 1):
        out.append(
            f"  {n}. {s.text}  [{s.kind}]  {words['cue']}: {s.cue} ({s.cue_stance})  @{s.start}"
        )
    if not analysis.sources:
        out.append(f"  {words['none']}")
    out.append("")

    out.append(f"{words['claims']} ({len(analysis.claims)})")
    for n, c in enumerate(analysis.claims, 1):
        flags = ", ".join(
            f
            for f, on in (
                ("factual", c.factual),
                ("subjective", c.subjective),
                ("checkable", c.checkable),
            )
            if on
        )
        out.append(f"  {n}. [{flags or '-'}] {_short(c.text)}  @{c.start}")
        if c.source is not None:
            out.append(f"     {words['source']}: {c.source + 1}. {analysis.sources[c.source].text}")
        else:
            out.append(f"     {words['source']}: {words['unattributed']}")
        details = {e.reason: e.text for e in c.evidence}
        for code in c.reasons:
            detail = f" «{_short(details[code], 40)}»" if code in details else ""
            out.append(f"       - {code}: {reasons.get(code, code)}{detail}")
    out.append("")

    out.append(f"{words['loaded']} ({len(analysis.loaded)})")
    for w in analysis.loaded:
        alternative = words["separator"].join(w.neutral) if w.neutral else words["omit"]
        out.append(f"  {w.text}  [{w.category}]  {words['neutral']}: {alternative}  @{w.start}")
        if w.note:
            out.append(f"     {w.note}")
    return "\n".join(out) + "\n"


def _short(text: str, limit: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _labels(language: str) -> Mapping[str, str]:
    with _LOCK:
        return _load_labels(language)


@cache
def _load_labels(language: str) -> Mapping[str, str]:
    from literacy.analysis.lexicon import read_data

    return MappingProxyType({str(k): str(v) for k, v in read_data(language, "report.yaml").items()})
