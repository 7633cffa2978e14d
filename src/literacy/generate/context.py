"""What the question families need to know about an analysed article, computed once."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from literacy import text as textlib
from literacy.analysis import Analysis, Claim, Source
from literacy.analysis.lexicon import lexicon
from literacy.generate.templates import Templates, templates
from literacy.text import Span

_LETTER = re.compile(r"[^\W\d_]")


def article_text(text: str) -> str:
    """The article as the quiz keeps it: every line stripped of the spaces around it (web
    pages indent with NBSPs) and one blank line between paragraphs, so the YAML holds it as a
    readable block and every export format carries it unchanged."""
    lines = "\n".join(line.strip() for line in text.strip().split("\n"))
    return re.sub(r"\n{3,}", "\n\n", lines) + "\n"


@functools.cache
def function_words(language: str) -> frozenset[str]:
    """Words too small to make a fair distractor (في، من، the, of), normalised."""
    return lexicon(language).grammar.function_words


@functools.cache
def loaded_forms(language: str) -> dict[str, tuple[str, str]]:
    """Every loaded lexicon form, normalised → (its entry id, its category)."""
    lex = lexicon(language)
    return {
        textlib.normalize_key(form, language): (entry, row.category)
        for entry, row in sorted(lex.loaded.items())
        for form in (*row.forms, *row.plural, *row.past, *row.present)
    }


# Signals of the writer's judgement: such a word is no fair "not loaded" distractor ("poor").
_JUDGING = frozenset(
    {"judgement", "certainty", "intensifier", "assessment", "comparison", "generalisation"}
)


@functools.cache
def judging_words(language: str) -> frozenset[str]:
    """One-word forms the subjectivity signals count as judging, normalised."""
    return frozenset(
        textlib.normalize_key(form, language)
        for row in lexicon(language).signals.values()
        if row.signal in _JUDGING
        for form in row.forms
        if " " not in form
    )


@functools.cache
def loaded_examples(language: str) -> dict[str, tuple[tuple[str, str], ...]]:
    """Per category, each loaded entry's id and its first form as a reader would see it."""
    out: dict[str, list[tuple[str, str]]] = {}
    for entry, row in sorted(lexicon(language).loaded.items()):
        shown = (*row.forms, *row.past)
        if shown:
            out.setdefault(row.category, []).append((entry, shown[0]))
    return {category: tuple(rows) for category, rows in out.items()}


@functools.cache
def cue_kind(language: str, entry: str | None) -> str | None:
    """The lexicon's kind of a reporting cue: verb, participle, noun, preposition …"""
    row = lexicon(language).cues.get(entry) if entry else None
    return row.kind if row is not None else None


@dataclass(frozen=True)
class Context:
    analysis: Analysis
    t: Templates
    # Loaded spans from the (possibly teacher-edited) analysis and from the lexicon itself:
    # a word either of them calls loaded is never offered as a "neutral" distractor.
    loaded_spans: tuple[tuple[int, int], ...]
    # The article as the quiz will carry it (see `article_text`): evidence must occur here.
    article: str
    _claim_sources: dict[int, frozenset[int]] = field(default_factory=dict, repr=False)
    # Per-context memo of neutral words by span: several findings share a sentence.
    _neutral: dict[tuple[int, int], list[Span]] = field(default_factory=dict, repr=False)

    @classmethod
    def build(cls, analysis: Analysis, lexicon_view: Analysis | None) -> Context:
        spans = {(w.start, w.end) for w in analysis.loaded}
        if lexicon_view is not None:
            spans |= {(w.start, w.end) for w in lexicon_view.loaded}
        claim_sources: dict[int, frozenset[int]] = {}
        for i, claim in enumerate(analysis.claims):
            found = {j for j, s in enumerate(analysis.sources) if _inside(s, claim)}
            if claim.source is not None:
                found.add(claim.source)
            claim_sources[i] = frozenset(found)
        return cls(
            analysis,
            templates(analysis.language),
            tuple(sorted(spans)),
            article_text(analysis.text),
            claim_sources,
        )

    @property
    def language(self) -> str:
        return self.analysis.language

    def reports_silence(self, claim: Claim) -> bool:
        """Does the claim report that someone would not answer ("A council spokesperson
        declined to comment", «ورفض الوزير التعليق»)? It asserts nothing to check and has
        no source of its own, so no question asks either of it."""
        pattern = _no_comment(self.language)
        return pattern is not None and bool(
            pattern.search(textlib.normalize_key(claim.text, self.language))
        )

    @property
    def text(self) -> str:
        return self.analysis.text

    def sources_of(self, claim_index: int) -> frozenset[int]:
        """Every source the article gives for a claim: its own, and any cited inside it."""
        return self._claim_sources.get(claim_index, frozenset())

    def claim_of_source(self, source_index: int) -> int | None:
        for i, sources in self._claim_sources.items():
            if source_index in sources:
                return i
        return None

    def in_headline(self, start: int, end: int) -> bool:
        head = self.analysis.headline
        return head is not None and start < head.end and head.start < end

    def claim_containing(self, start: int, end: int) -> int | None:
        for i, claim in enumerate(self.analysis.claims):
            if claim.start <= start and end <= claim.end:
                return i
        return None

    def is_loaded(self, start: int, end: int) -> bool:
        return any(s < end and start < e for s, e in self.loaded_spans)

    def loaded_in(self, start: int, end: int) -> list[int]:
        """Indices of the analysis's loaded findings inside [start, end)."""
        return [i for i, w in enumerate(self.analysis.loaded) if start <= w.start and w.end <= end]

    def neutral_words(self, start: int, end: int) -> list[Span]:
        """Content words of text[start:end] that nothing calls loaded, each once."""
        if (start, end) not in self._neutral:
            self._neutral[(start, end)] = self._find_neutral_words(start, end)
        return list(self._neutral[(start, end)])

    def _find_neutral_words(self, start: int, end: int) -> list[Span]:
        seen: set[str] = set()
        out = []
        small = function_words(self.language) | judging_words(self.language)
        for word in textlib.tokens(self.text[start:end], self.language):
            s, e = start + word.start, start + word.end
            key = textlib.normalize_key(word.text, self.language)
            letters = len(_LETTER.findall(key))
            if letters < 3 or key in small or key in seen or self.is_loaded(s, e):
                continue
            seen.add(key)
            out.append(Span(s, e, word.text))
        return out

    def evidence(self, start: int, end: int) -> dict[str, str | int]:
        """The quote at [start, end) as quiz evidence, naming which occurrence it is."""
        raw = self.text[start:end]
        quote = raw.strip()
        start += len(raw) - len(raw.lstrip())
        occurrence = 1
        position = self.text.find(quote)
        while -1 < position < start:
            position = self.text.find(quote, position + 1)
            if -1 < position <= start:
                occurrence += 1
        return {"quote": quote, "occurrence": occurrence} if occurrence > 1 else {"quote": quote}


@functools.cache
def _no_comment(language: str) -> re.Pattern[str] | None:
    """The grammar's non-answer phrases as one pattern; «…» in a phrase stands for up to
    four words («رفض … التعليق»: «رفض الوزير التعليق»)."""
    phrases = lexicon(language).grammar.no_comment
    if not phrases:
        return None
    gap = r"(?:\s+\S+){0,4}\s+"
    return re.compile(
        "|".join(
            gap.join(re.escape(part) for part in phrase.split(" … ")) for phrase in sorted(phrases)
        )
    )


def _inside(source: Source, claim: Claim) -> bool:
    return claim.start <= source.cue_start and source.cue_end <= claim.end
