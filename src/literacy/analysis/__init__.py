"""The article analyser: sources, claims and loaded words, each with exact offsets.

`analyze(text)` runs the stages in order — normalise, tokenise and look every token up
once (`document`), the page furniture (`layout`), sources (`sources`, with the noun-phrase
grammar in `phrases`, its word classes in `wordclass` and the shapes of Arabic names the
lexicon does not list in `names_ar`), loaded words (`loaded`), claims
(`claims`, weighing the `signals` of each sentence) — and returns the `Analysis` contract
(`model`). Overlapping findings go through one policy (`overlaps`). Everything
language-specific is data under `literacy/lexicons/<lang>/` (row schemas in `rows`,
expanded through `morphology`, indexed by `index`, loaded once per process by `lexicon`),
except the little grammar a language needs that data cannot say: English capitals mark
names (`casing`, `names_en`), its source phrase ends in its head (`phrases_en`) and stands
before its cue or after it in an inversion (`cues_en`); `grammar.yaml`'s `phrase_order`
chooses it.
"""

from __future__ import annotations

import re

from literacy.analysis.claims import find_claims
from literacy.analysis.document import Document
from literacy.analysis.layout import find_layout
from literacy.analysis.lexicon import lexicon as load_lexicon
from literacy.analysis.lexicon import supported_languages
from literacy.analysis.loaded import find_loaded
from literacy.analysis.model import Analysis, Claim, Evidence, Headline, Loaded, Source
from literacy.analysis.reasons import REASON_CODES, reason_text, reason_texts
from literacy.analysis.sources import find_sources
from literacy.text import detect_language

_LETTER = re.compile(r"[^\W\d_]")

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
    if language is None:
        # a text without a single letter has no language to detect: nothing to find in it
        language = detect_language(text) if _LETTER.search(text) else supported_languages()[0]
    doc = Document.build(text, load_lexicon(language))
    layout = find_layout(doc.norm.text, doc.lexicon)
    attributions = find_sources(doc, layout.credits)
    # a first name inside a named source is no loaded word («حازم الببلاوي»)
    loaded = find_loaded(
        doc, [(s.start, s.end) for s in attributions.sources if s.kind == "person"]
    )
    claims = find_claims(doc, layout, attributions, loaded)

    # plain dicts validated in one go by pydantic's core: much quicker than building each
    # finding as a model first, and the whole Analysis (every offset) is still checked
    span = doc.span
    sources = []
    for found in attributions.sources:
        start, end, phrase = span(found.start, found.end)
        cue_start, cue_end, cue = span(found.cue_start, found.cue_end)
        sources.append(
            {
                "start": start,
                "end": end,
                "text": phrase,
                "kind": found.kind,
                "cue": cue,
                "cue_start": cue_start,
                "cue_end": cue_end,
                "cue_stance": found.stance,
                "cue_entry": found.cue_entry,
            }
        )
    out_claims = []
    for found in claims:
        start, end, sentence = span(found.start, found.end)
        evidence = []
        for reason, s, e in found.evidence:
            es, ee, words = span(s, e)
            evidence.append({"start": es, "end": ee, "text": words, "reason": reason})
        out_claims.append(
            {
                "start": start,
                "end": end,
                "text": sentence,
                "factual": found.factual,
                "subjective": found.subjective,
                "checkable": found.checkable,
                "reasons": found.reasons,
                "source": found.source,
                "evidence": evidence,
            }
        )
    out_loaded = []
    for found in loaded:
        start, end, word = span(found.start, found.end)
        out_loaded.append(
            {
                "start": start,
                "end": end,
                "text": word,
                "category": found.category,
                "neutral": found.neutral,
                "note": found.note,
                "entry": found.entry,
                "omit": found.omit,
            }
        )
    headline = None
    if layout.headline is not None:
        start, end, line = span(*layout.headline)
        headline = {"start": start, "end": end, "text": line}
    return Analysis.model_validate(
        {
            "language": language,
            "text": text,
            "headline": headline,
            "sources": sources,
            "claims": out_claims,
            "loaded": out_loaded,
        }
    )
