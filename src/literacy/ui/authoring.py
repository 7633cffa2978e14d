"""The teacher's review of an analysis: accept or reject each finding, change a source's
kind or a claim's verdict, add what the analyser missed. The result is an edited
`Analysis` the generator trusts as it trusts the analyser's own.

Findings keep their place in the lists (the analyser's first, the teacher's after), so a
rejected finding can be accepted again; `edited()` drops the rejected ones, renumbers the
claims' sources and keeps each claim's attribution reason in step with its source.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Literal, get_args

from literacy import text as textlib
from literacy.analysis import Analysis, Claim, Loaded, Source
from literacy.analysis.model import CueStance, SourceKind
from literacy.analysis.reasons import CHECKABLE, NOT_CHECKABLE
from literacy.text import Span

Group = Literal["sources", "claims", "loaded"]
GROUPS: tuple[Group, ...] = get_args(Group)
Verdict = Literal["checkable", "uncheckable", "opinion"]
VERDICTS: tuple[Verdict, ...] = get_args(Verdict)
SOURCE_KINDS: tuple[SourceKind, ...] = get_args(SourceKind)
CUE_STANCES: tuple[CueStance, ...] = get_args(CueStance)
# The reason that says who a claim rests on; it follows the claim's source when it changes.
ATTRIBUTION = ("named_source", "anonymous_source", "unattributed")


class ReviewError(Exception):
    """A finding the teacher asked to add that cannot be added; `code` names why (the
    interface words it), `values` fill its message."""

    def __init__(self, code: str, **values: object):
        self.code = code
        self.values = values
        super().__init__(code)


@dataclass(frozen=True, slots=True)
class Added:
    """Where a finding the teacher added sits; `again` when it was one they had rejected."""

    group: Group
    index: int
    again: bool = False


def verdict_of(claim: Claim) -> Verdict:
    if not claim.factual:
        return "opinion"
    return "checkable" if claim.checkable else "uncheckable"


def reasons_for(verdict: Verdict) -> tuple[str, ...]:
    """The reason codes that can support a verdict (none for an opinion)."""
    return {"checkable": CHECKABLE, "uncheckable": NOT_CHECKABLE, "opinion": ()}[verdict]


def attribution_reason(source: Source | None) -> str:
    if source is None:
        return "unattributed"
    return "anonymous_source" if source.kind == "anonymous" else "named_source"


def locate(text: str, words: str, language: str, occurrence: int = 1) -> Span | None:
    """The `occurrence`-th place `words` occur in `text`, matched as `literacy.text.find`
    matches (exactly, else after normalisation), trimmed of surrounding space."""
    words = words.strip()
    if not words or occurrence < 1:
        return None
    span = None
    position = 0
    for _ in range(occurrence):
        span = textlib.find(text, words, language, position)
        if span is None:
            return None
        position = span.start + 1
    return span


def _nearest(text: str, words: str, language: str, near: Span) -> Span | None:
    """The occurrence of `words` closest to `near` (a reporting verb next to its source)."""
    best: Span | None = None
    position = 0
    while (span := textlib.find(text, words.strip(), language, position)) is not None:
        distance = max(span.start - near.end, near.start - span.end, 0)
        if best is None or distance < max(best.start - near.end, near.start - best.end, 0):
            best = span
        position = span.start + 1
    return best


@dataclass
class Review:
    """One session's review of one analysis (mutable; lives in that session's state)."""

    analysis: Analysis
    sources: list[Source] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    loaded: list[Loaded] = field(default_factory=list)
    rejected: set[tuple[Group, int]] = field(default_factory=set)
    # Claims whose reasons the teacher chose: their attribution reason is left alone.
    chosen_reasons: set[int] = field(default_factory=set)
    _edited: Analysis | None = field(default=None, repr=False)

    @classmethod
    def of(cls, analysis: Analysis) -> Review:
        return cls(
            analysis,
            list(analysis.sources),
            list(analysis.claims),
            list(analysis.loaded),
        )

    @property
    def language(self) -> str:
        return self.analysis.language

    @property
    def text(self) -> str:
        return self.analysis.text

    def findings(self, group: Group) -> Sequence[Source | Claim | Loaded]:
        return {"sources": self.sources, "claims": self.claims, "loaded": self.loaded}[group]

    def is_added(self, group: Group, index: int) -> bool:
        return index >= len(getattr(self.analysis, group))

    def kept(self, group: Group, index: int) -> bool:
        return (group, index) not in self.rejected

    @property
    def changed(self) -> bool:
        """Whether the teacher decided anything (analysing again would drop it)."""
        return self.edited() != self.analysis

    def counts(self, group: Group) -> tuple[int, int]:
        """(kept, all) findings of a group."""
        total = len(self.findings(group))
        return total - sum(1 for g, _ in self.rejected if g == group), total

    # ---- the teacher's decisions --------------------------------------------------------

    def keep(self, group: Group, index: int, kept: bool) -> None:
        if kept:
            self.rejected.discard((group, index))
        else:
            self.rejected.add((group, index))
        self._edited = None

    def set_kind(self, index: int, kind: SourceKind) -> None:
        self.sources[index] = self.sources[index].model_copy(update={"kind": kind})
        self._edited = None

    def set_verdict(self, index: int, verdict: Verdict, reasons: Iterable[str] = ()) -> None:
        """A claim's verdict and the reasons for it (codes on the verdict's side); the
        claim's other reasons (the writer's voice, a question …) stay."""
        claim = self.claims[index]
        side = set(CHECKABLE) | set(NOT_CHECKABLE)
        chosen = [code for code in reasons if code in reasons_for(verdict)]
        others = [code for code in claim.reasons if code not in side]
        updated = tuple(dict.fromkeys([*chosen, *others]))
        self.claims[index] = claim.model_copy(
            update={
                "factual": verdict != "opinion",
                "checkable": verdict == "checkable",
                "subjective": claim.subjective or verdict == "opinion",
                "reasons": updated,
                "evidence": tuple(e for e in claim.evidence if e.reason in updated),
            }
        )
        self.chosen_reasons.add(index)
        self._edited = None

    # ---- findings the analyser missed ---------------------------------------------------

    def _place(self, group: Group, words: str, occurrence: int) -> tuple[Span, Added | None]:
        """Where the words are; and, when they are a finding the teacher had rejected,
        that finding accepted again instead of a copy of it."""
        if not words.strip():
            raise ReviewError("empty")
        span = locate(self.text, words, self.language, occurrence)
        if span is None:
            raise ReviewError("not_found", words=words.strip(), occurrence=occurrence)
        for i, finding in enumerate(self.findings(group)):
            if (finding.start, finding.end) == (span.start, span.end):
                if self.kept(group, i):
                    raise ReviewError("duplicate", words=span.text)
                self.keep(group, i, True)
                return span, Added(group, i, again=True)
        return span, None

    def _append(self, group: Group, finding: Source | Claim | Loaded) -> Added:
        findings = self.findings(group)
        findings.append(finding)  # type: ignore[attr-defined]
        self._edited = None
        return Added(group, len(findings) - 1)

    def add_source(
        self,
        words: str,
        kind: SourceKind,
        cue: str,
        stance: CueStance = "neutral",
        occurrence: int = 1,
    ) -> Added:
        """A source and the words that attribute a claim to it (said, according to …)."""
        if not cue.strip():
            raise ReviewError("cue_missing")
        span, again = self._place("sources", words, occurrence)
        if again is not None:
            return again
        cue_span = _nearest(self.text, cue, self.language, span)
        if cue_span is None:
            raise ReviewError("cue_not_found", cue=cue.strip())
        # A reporting verb the analyser knows keeps its lexicon entry (a verb, a noun …).
        key = textlib.normalize_key(cue_span.text, self.language)
        known = next(
            (
                s
                for s in self.analysis.sources
                if textlib.normalize_key(s.cue, self.language) == key
            ),
            None,
        )
        source = Source(
            start=span.start,
            end=span.end,
            text=span.text,
            kind=kind,
            cue=cue_span.text,
            cue_start=cue_span.start,
            cue_end=cue_span.end,
            cue_stance=stance,
            cue_entry=known.cue_entry if known is not None else None,
        )
        return self._append("sources", source)

    def add_claim(
        self, words: str, verdict: Verdict, reasons: Iterable[str] = (), occurrence: int = 1
    ) -> Added:
        span, again = self._place("claims", words, occurrence)
        if again is not None:
            return again
        chosen = tuple(code for code in reasons if code in reasons_for(verdict))
        claim = Claim(
            start=span.start,
            end=span.end,
            text=span.text,
            factual=verdict != "opinion",
            subjective=verdict == "opinion",
            checkable=verdict == "checkable",
            reasons=chosen if verdict != "opinion" else ("writer_judgement",),
        )
        self.chosen_reasons.add(len(self.claims))
        return self._append("claims", claim)

    def add_loaded(
        self,
        words: str,
        category: str,
        neutral: Iterable[str] = (),
        note: str = "",
        occurrence: int = 1,
    ) -> Added:
        span, again = self._place("loaded", words, occurrence)
        if again is not None:
            return again
        alternatives = tuple(dict.fromkeys(w.strip() for w in neutral if w.strip()))
        loaded = Loaded(
            start=span.start,
            end=span.end,
            text=span.text,
            category=category,
            neutral=alternatives,
            note=note.strip(),
        )
        return self._append("loaded", loaded)

    # ---- the edited analysis ------------------------------------------------------------

    def edited(self) -> Analysis:
        """The analysis as the teacher left it, validated like the analyser's own."""
        if self._edited is None:
            self._edited = self._build()
        return self._edited

    def _build(self) -> Analysis:
        kept_sources = [i for i in range(len(self.sources)) if self.kept("sources", i)]
        renumber = {old: new for new, old in enumerate(kept_sources)}
        added = [i for i in kept_sources if self.is_added("sources", i)]
        claims = []
        for i, claim in enumerate(self.claims):
            if not self.kept("claims", i):
                continue
            source = renumber.get(claim.source) if claim.source is not None else None
            if source is None:
                # A source the teacher added attributes the claim its reporting verb is in.
                source = next(
                    (
                        renumber[j]
                        for j in added
                        if claim.start <= self.sources[j].cue_start
                        and self.sources[j].cue_end <= claim.end
                    ),
                    None,
                )
            data = claim.model_dump()
            data["source"] = source
            if i not in self.chosen_reasons:
                data["reasons"] = self._attribution(i, claim, source, kept_sources)
            claims.append(data)
        return Analysis.model_validate(
            {
                "language": self.analysis.language,
                "text": self.analysis.text,
                "headline": self.analysis.headline,
                "sources": [self.sources[i].model_dump() for i in kept_sources],
                "claims": claims,
                "loaded": [
                    w.model_dump() for i, w in enumerate(self.loaded) if self.kept("loaded", i)
                ],
            }
        )

    def _attribution(
        self, index: int, claim: Claim, source: int | None, kept_sources: list[int]
    ) -> tuple[str, ...]:
        """The claim's reasons with its attribution reason following its source, when the
        teacher changed that source (rejected it, changed its kind, or added one)."""
        before = None if claim.source is None else self.analysis.sources[claim.source]
        now = None if source is None else self.sources[kept_sources[source]]
        if index >= len(self.analysis.claims) or attribution_reason(before) == attribution_reason(
            now
        ):
            return claim.reasons
        wanted = attribution_reason(now)
        reasons = list(claim.reasons)
        at = next((k for k, code in enumerate(reasons) if code in ATTRIBUTION), None)
        reasons = [code for code in reasons if code not in ATTRIBUTION]
        reasons.insert(len(reasons) if at is None else at, wanted)
        return tuple(dict.fromkeys(reasons))
