"""The analysis of one article: sources, claims and loaded words, each with exact offsets.

This is the contract other parts rely on (the generator, the app, outside scripts reading
`literacy analyze` JSON): every finding satisfies `text[start:end] == finding.text`.
A teacher may edit the JSON by hand; `Analysis.model_validate_json` checks it back in.
"""

from __future__ import annotations

from typing import Literal, Self

from pydantic import BaseModel, ConfigDict, Field, model_validator

Language = Literal["ar", "en"]
SourceKind = Literal["person", "organization", "anonymous"]
# How a reporting verb presents what follows: «قال» / "said" is neutral, «زعم» / "claimed"
# signals doubt, «كشف» / "revealed" presents the claim as proven, «أكد» / "confirmed" lends weight.
CueStance = Literal["neutral", "doubt", "proven", "emphasis"]


class _Finding(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str


class Source(_Finding):
    kind: SourceKind
    cue: str
    cue_start: int = Field(ge=0)
    cue_end: int = Field(ge=0)
    cue_stance: CueStance = "neutral"
    cue_entry: str | None = None  # the reporting cue's lexicon id, e.g. "zaama" for «زعم»


class Evidence(_Finding):
    """The words in a claim that earned it a reason: «17/11/2017» for `has_date`."""

    reason: str


class Claim(_Finding):
    factual: bool
    subjective: bool
    checkable: bool
    reasons: tuple[str, ...] = ()
    source: int | None = None
    evidence: tuple[Evidence, ...] = ()


class Loaded(_Finding):
    category: str
    neutral: tuple[str, ...] = ()
    note: str = ""
    entry: str | None = None  # the lexicon entry id, when the finding came from the lexicon
    omit: bool = False  # the neutral version simply drops the word («بلا أدنى شك»)


class Headline(_Finding):
    pass


class Analysis(BaseModel):
    """What the analyser found in `text`; serialises to the JSON of `literacy analyze`."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    language: Language
    text: str
    headline: Headline | None = None
    sources: tuple[Source, ...] = ()
    claims: tuple[Claim, ...] = ()
    loaded: tuple[Loaded, ...] = ()

    @model_validator(mode="after")
    def _offsets_index_the_text(self) -> Self:
        # One quick pass over every finding; the named error comes from `_check_offsets`.
        text = self.text
        findings: list[_Finding] = [*self.sources, *self.claims, *self.loaded]
        for claim in self.claims:
            findings += claim.evidence
        if self.headline is not None:
            findings.append(self.headline)
        size = len(self.sources)
        if (
            all(f.start <= f.end and text[f.start : f.end] == f.text for f in findings)
            and all(s.cue_start <= s.cue_end for s in self.sources)
            and all(text[s.cue_start : s.cue_end] == s.cue for s in self.sources)
            and all(c.source is None or 0 <= c.source < size for c in self.claims)
        ):
            return self
        return self._check_offsets()

    def _check_offsets(self) -> Self:
        """Raise the error that names the first finding whose offsets are wrong."""
        spans: list[tuple[str, _Finding]] = [
            (f"sources[{i}]", s) for i, s in enumerate(self.sources)
        ]
        spans += [(f"claims[{i}]", c) for i, c in enumerate(self.claims)]
        spans += [(f"loaded[{i}]", w) for i, w in enumerate(self.loaded)]
        spans += [
            (f"claims[{i}].evidence[{j}]", e)
            for i, c in enumerate(self.claims)
            for j, e in enumerate(c.evidence)
        ]
        if self.headline is not None:
            spans.append(("headline", self.headline))
        for name, span in spans:
            if span.start > span.end:
                raise ValueError(f"{name}: start {span.start} is after end {span.end}")
            if self.text[span.start : span.end] != span.text:
                raise ValueError(
                    f"{name}: text[{span.start}:{span.end}] is "
                    f"{self.text[span.start : span.end]!r}, not {span.text!r}"
                )
        for i, source in enumerate(self.sources):
            if source.cue_start > source.cue_end:
                raise ValueError(f"sources[{i}]: cue_start is after cue_end")
            if self.text[source.cue_start : source.cue_end] != source.cue:
                raise ValueError(f"sources[{i}]: cue offsets do not match {source.cue!r}")
        for i, claim in enumerate(self.claims):
            if claim.source is not None and not 0 <= claim.source < len(self.sources):
                raise ValueError(
                    f"claims[{i}].source is {claim.source}, but there are "
                    f"{len(self.sources)} sources"
                )
        return self

    def to_json(self, **kwargs) -> str:
        return self.model_dump_json(**kwargs)
