"""The article analyser: sources, claims and loaded words, each with exact offsets.

`analyze(text)` runs the stages in order — normalise and tokenise (`document`), the page
furniture (`layout`), sources (`sources`, `phrases`), loaded words (`loaded`), claims
(`claims`) — and returns the `Analysis` contract (`model`). Everything language-specific is
data under `literacy/lexicons/<lang>/`, loaded once per process (`lexicon`).
"""

from __future__ import annotations

from literacy.analysis.claims import find_claims
from literacy.analysis.document import Document
from literacy.analysis.layout import find_layout
from literacy.analysis.lexicon import lexicon, supported_languages
from literacy.analysis.loaded import find_loaded
from literacy.analysis.model import Analysis, Claim, Evidence, Headline, Loaded, Source
from literacy.analysis.reasons import REASON_CODES, reason_text, reason_texts
from literacy.analysis.sources import find_sources
from literacy.text import detect_language

__all__ = [
    "REASON_CODES",
    "Analysis",
    "Claim",
    "Evidence",
    "Headline",
    "Loaded",
    "Source",
    "analyze",
    "reason_text",
    "reason_texts",
    "supported_languages",
]


def analyze(text: str, language: str | None = None) -> Analysis:
    """Analyse one article. `language` is detected from the script when None; a language
    without lexicons raises `UnsupportedLanguageError` (never a silent fallback)."""
    if not isinstance(text, str):
        raise TypeError(f"analyze() needs the article as str, not {type(text).__name__}")
    language = detect_language(text) if language is None else language
    doc = Document.build(text, lexicon(language))
    layout = find_layout(doc.norm.text, doc.lexicon)
    attributions = find_sources(doc)
    loaded = find_loaded(doc)
    claims = find_claims(doc, layout, attributions, loaded)

    sources = []
    for found in attributions.sources:
        start, end, span = doc.span(found.start, found.end)
        cue_start, cue_end, cue = doc.span(found.cue_start, found.cue_end)
        sources.append(
            Source(
                start=start,
                end=end,
                text=span,
                kind=found.kind,
                cue=cue,
                cue_start=cue_start,
                cue_end=cue_end,
                cue_stance=found.stance,
                cue_entry=found.cue_entry,
            )
        )
    out_claims = []
    for found in claims:
        start, end, span = doc.span(found.start, found.end)
        evidence = []
        for reason, s, e in found.evidence:
            es, ee, etext = doc.span(s, e)
            evidence.append(Evidence(start=es, end=ee, text=etext, reason=reason))
        out_claims.append(
            Claim(
                start=start,
                end=end,
                text=span,
                factual=found.factual,
                subjective=found.subjective,
                checkable=found.checkable,
                reasons=found.reasons,
                source=found.source,
                evidence=tuple(evidence),
            )
        )
    out_loaded = []
    for found in loaded:
        start, end, span = doc.span(found.start, found.end)
        out_loaded.append(
            Loaded(
                start=start,
                end=end,
                text=span,
                category=found.category,
                neutral=found.neutral,
                note=found.note,
                entry=found.entry,
                omit=found.omit,
            )
        )
    headline = None
    if layout.headline is not None:
        start, end, span = doc.span(*layout.headline)
        headline = Headline(start=start, end=end, text=span)
    return Analysis(
        language=language,
        text=text,
        headline=headline,
        sources=tuple(sources),
        claims=tuple(out_claims),
        loaded=tuple(out_loaded),
    )
