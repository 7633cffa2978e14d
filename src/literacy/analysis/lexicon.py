"""A language's lexicons: read once from `literacy/lexicons/<lang>/`, validated, indexed.

Every data file is plain YAML or TSV with a stable `id` per row. Loading validates each row
(a broken row names its file, row and field), normalises every form with the same function
the articles go through, and expands it through the language's morphology into one index:
normalised surface → the lexicon entries it can be. The result is immutable and cached per
language, so one copy serves every thread (Streamlit serves all users from one process).
"""

from __future__ import annotations

import csv
import io
import threading
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from types import MappingProxyType
from typing import Any, Literal, TypeVar

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from literacy.analysis.model import CueStance
from literacy.analysis.morphology import Inflect, Morphology
from literacy.errors import LiteracyError, Problem, UnsupportedLanguageError
from literacy.text import LANGUAGES, normalize_key

# The files a language needs before the analyser can run on it.
REQUIRED_FILES = (
    "morphology.yaml",
    "grammar.yaml",
    "cues.yaml",
    "source_words.yaml",
    "entities.tsv",
    "claim_signals.yaml",
    "loaded.yaml",
    "reasons.yaml",
)
LOADED_CATEGORIES = (
    "label",
    "framing",
    "intensifier",
    "sensational",
    "emotional",
    "glorifying",
    "exaggeration",
    "evaluative",
)
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_R = TypeVar("_R", bound=BaseModel)


class LexiconError(LiteracyError):
    """A lexicon file that cannot be used; `problems` lists what is wrong and where."""

    def __init__(self, problems: Iterable[Problem]):
        self.problems = tuple(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


# -- rows ------------------------------------------------------------------------------------


class _Row(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(min_length=1)
    forms: tuple[str, ...] = ()
    plural: tuple[str, ...] = ()
    inflect: Inflect = "noun"
    past: tuple[str, ...] = ()
    present: tuple[str, ...] = ()

    @field_validator("id")
    @classmethod
    def _id_is_trimmed(cls, value: str) -> str:
        if value != value.strip() or "\n" in value:
            raise ValueError("an id has no surrounding spaces or line breaks")
        return value


class CueRow(_Row):
    kind: Literal["verb", "participle", "passive", "preposition", "noun", "context"]
    stance: CueStance = "neutral"
    official: bool = False
    then: str | None = None  # «وفقاً لـ»: the source is glued to this preposition
    agent: tuple[str, ...] = ()  # «اتهامات من قبل X»
    source_after: str | None = None  # «نقل عن X»
    object_before: tuple[str, ...] = ()  # «دعا X إلى»: X is the object when the subject is left out


class SourceWordRow(_Row):
    role: Literal[
        "anonymous",
        "title",
        "organization",
        "group",
        "document",
        "quantifier",
        "modifier",
        "link",
        "skip",
        "hidden_name",
        "hiding_verb",
    ]


class EntityRow(_Row):
    type: Literal["given_name", "person", "organization", "country", "place", "nationality"]


class SignalRow(_Row):
    signal: Literal[
        "month",
        "hijri_month",
        "weekday",
        "number_word",
        "percent",
        "vague_quantity",
        "place_trigger",
        "speculation",
        "prediction",
        "motive",
        "evidence_noun",
        "evidence_verb",
        "judgement",
        "first_person",
        "obligation",
        "call_to_action",
        "prayer",
        "question_word",
        "dialect",
        "official",
        "fact_verb",
    ]
    needs_number: bool = False


class LoadedContext(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    next_not: tuple[str, ...] = ()
    prev_not: tuple[str, ...] = ()
    next_role: tuple[Literal["nationality", "place", "name"], ...] = ()


class LoadedRow(_Row):
    category: Literal[LOADED_CATEGORIES]  # type: ignore[valid-type]
    neutral: tuple[str, ...] = ()
    omit: bool = False
    note: str = Field(min_length=1)
    context: LoadedContext | None = None


class ReasonRow(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(pattern=r"^[a-z][a-z_]*$")
    text: str = Field(min_length=1)


@dataclass(frozen=True, slots=True)
class Grammar:
    function_words: frozenset[str]
    clause_openers: frozenset[str]
    nisba_suffixes: tuple[str, ...]
    participle_prefix: str
    colon_cue: str
    quote_marks: frozenset[str]
    name_particles: frozenset[str]
    byline_openers: tuple[str, ...]


# -- the index -------------------------------------------------------------------------------

HitKind = Literal["cue", "source", "entity", "signal", "loaded"]


@dataclass(frozen=True, slots=True)
class Hit:
    """One lexicon entry a normalised token can be."""

    kind: HitKind
    role: str  # the cue kind, source-word role, entity type, signal or loaded category
    entry: str  # the row id
    rest: tuple[str, ...]  # the following words of a multi-word entry
    affixed: bool  # reached through a clitic or an inflection
    definite: bool
    plural: bool


@dataclass(frozen=True, slots=True)
class Lexicon:
    language: str
    morphology: Morphology
    grammar: Grammar
    index: Mapping[str, tuple[Hit, ...]]
    cues: Mapping[str, CueRow]
    source_words: Mapping[str, SourceWordRow]
    entities: Mapping[str, EntityRow]
    signals: Mapping[str, SignalRow]
    loaded: Mapping[str, LoadedRow]
    # entry id → (words that may not precede, words that may not follow, required next roles)
    loaded_context: Mapping[str, tuple[frozenset[str], frozenset[str], tuple[str, ...]]]
    reasons: Mapping[str, str]

    def key(self, text: str) -> tuple[str, ...]:
        """Normalised words of a lexicon string, the way the index stores them."""
        return tuple(normalize_key(text, self.language).split())


# -- loading ---------------------------------------------------------------------------------

_LOCK = threading.Lock()


def supported_languages() -> tuple[str, ...]:
    """Languages with every lexicon file the analyser needs."""
    root = resources.files("literacy") / "lexicons"
    found = []
    for language in LANGUAGES:
        folder = root / language
        if all((folder / name).is_file() for name in REQUIRED_FILES):
            found.append(language)
    return tuple(found)


def lexicon(language: str) -> Lexicon:
    """The lexicon of `language`, loaded on first use and shared afterwards."""
    supported = supported_languages()
    if language not in supported:
        raise UnsupportedLanguageError(language, supported)
    with _LOCK:  # one load per language, even when many threads ask at once
        return _load(language)


def read_data(language: str, name: str) -> Any:
    """The parsed content of one data file (YAML, or TSV as a list of dicts)."""
    path = resources.files("literacy") / "lexicons" / language / name
    text = path.read_text(encoding="utf-8-sig")
    if name.endswith(".tsv"):
        lines = [line for line in text.splitlines() if line and not line.startswith("#")]
        return list(csv.DictReader(io.StringIO("\n".join(lines)), delimiter="\t"))
    try:
        return yaml.load(text, Loader=_Loader)
    except yaml.YAMLError as error:
        raise LexiconError([Problem(_where(language, name), None, (), str(error))]) from error


def read_rows(language: str, name: str, model: type[_R]) -> list[_R]:
    """Validate every row of a data file, reporting all the broken rows at once."""
    data = read_data(language, name)
    if not isinstance(data, list):
        raise LexiconError([Problem(_where(language, name), None, (), "expected a list of rows")])
    rows, problems = [], []
    for i, item in enumerate(data):
        if name.endswith(".tsv"):
            item = {**item, "forms": tuple(f for f in (item.get("forms") or "").split("|") if f)}
        try:
            rows.append(model.model_validate(item))
        except ValidationError as error:
            for e in error.errors():
                label = item.get("id", i) if isinstance(item, dict) else i
                problems.append(Problem(_where(language, name), None, (label, *e["loc"]), e["msg"]))
    seen: set[str] = set()
    for row in rows:
        if row.id in seen:  # type: ignore[attr-defined]
            problems.append(Problem(_where(language, name), None, (row.id,), "duplicate id"))  # type: ignore[attr-defined]
        seen.add(row.id)  # type: ignore[attr-defined]
    if problems:
        raise LexiconError(problems)
    return rows


def _where(language: str, name: str) -> str:
    return f"lexicons/{language}/{name}"


@cache
def _load(language: str) -> Lexicon:
    morphology = _morphology(language)
    grammar = _grammar(language)
    cues = read_rows(language, "cues.yaml", CueRow)
    words = read_rows(language, "source_words.yaml", SourceWordRow)
    entities = read_rows(language, "entities.tsv", EntityRow)
    signals = read_rows(language, "claim_signals.yaml", SignalRow)
    loaded = read_rows(language, "loaded.yaml", LoadedRow)
    reasons = read_rows(language, "reasons.yaml", ReasonRow)

    builder = _IndexBuilder(language, morphology)
    for cue in cues:
        builder.add_row("cue", cue.kind, cue, default="verb" if cue.kind == "verb" else "none")
    for word in words:
        builder.add_row("source", word.role, word)
    for entity in entities:
        inflect = "adjective" if entity.type == "nationality" else "name"
        builder.add_row("entity", entity.type, entity, default=inflect)
    for signal in signals:
        builder.add_row("signal", signal.signal, signal)
    for entry in loaded:
        builder.add_row("loaded", entry.category, entry)

    index = builder.finish()
    for word in grammar.function_words:  # «على» is never the name «علي»; «لدى» is not «ل» + «دي»
        if word in index:
            index[word] = tuple(h for h in index[word] if h.kind != "entity" and not h.affixed)
    return Lexicon(
        language=language,
        morphology=morphology,
        grammar=grammar,
        index=MappingProxyType(index),
        cues=MappingProxyType({c.id: c for c in cues}),
        source_words=MappingProxyType({w.id: w for w in words}),
        entities=MappingProxyType({e.id: e for e in entities}),
        signals=MappingProxyType({s.id: s for s in signals}),
        loaded=MappingProxyType({w.id: w for w in loaded}),
        loaded_context=MappingProxyType(
            {
                w.id: (
                    frozenset(normalize_key(x, language) for x in w.context.prev_not),
                    frozenset(normalize_key(x, language) for x in w.context.next_not),
                    w.context.next_role,
                )
                for w in loaded
                if w.context is not None
            }
        ),
        reasons=MappingProxyType({r.id: r.text for r in reasons}),
    )


def _morphology(language: str) -> Morphology:
    data = read_data(language, "morphology.yaml")
    try:
        fields = {k: tuple(normalize_key(str(v), language) for v in vs) for k, vs in data.items()}
        return Morphology(**fields)
    except (AttributeError, TypeError) as error:
        raise LexiconError(
            [Problem(_where(language, "morphology.yaml"), None, (), str(error))]
        ) from error


def _grammar(language: str) -> Grammar:
    data = read_data(language, "grammar.yaml")

    def words(key: str) -> frozenset[str]:
        return frozenset(normalize_key(str(w), language) for w in data.get(key, ()))

    return Grammar(
        function_words=words("function_words"),
        clause_openers=words("clause_openers"),
        nisba_suffixes=tuple(sorted(words("nisba_suffixes"), key=len, reverse=True)),
        participle_prefix=normalize_key(str(data.get("participle_prefix", "")), language),
        colon_cue=str(data.get("colon_cue", ":")),
        quote_marks=words("quote_marks"),
        name_particles=words("name_particles"),
        byline_openers=tuple(sorted(words("byline_openers"))),
    )


class _IndexBuilder:
    def __init__(self, language: str, morphology: Morphology):
        self.language = language
        self.morphology = morphology
        self.raw: dict[str, list[Hit]] = {}

    def add_row(self, kind: HitKind, role: str, row: _Row, default: Inflect = "noun") -> None:
        inflect = row.inflect if "inflect" in row.model_fields_set else default
        for form in row.forms:
            self._add_form(kind, role, row.id, form, inflect, plural=False)
        for form in row.plural:
            self._add_form(kind, role, row.id, form, inflect, plural=True)
        for past in row.past:
            self._add_verb(kind, role, row.id, past, None)
        for present in row.present:
            self._add_verb(kind, role, row.id, None, present)

    def _add_form(
        self, kind: HitKind, role: str, entry: str, form: str, inflect: Inflect, plural: bool
    ) -> None:
        words = normalize_key(form, self.language).split()
        if not words:
            return
        first, rest = words[0], tuple(words[1:])
        if not any(c.isalnum() for c in first):  # punctuation entries such as «%»
            self._put(first, Hit(kind, role, entry, rest, False, False, plural))
            return
        self._put_all(self.morphology.surfaces(first, inflect), kind, role, entry, rest, plural)

    def _add_verb(
        self, kind: HitKind, role: str, entry: str, past: str | None, present: str | None
    ) -> None:
        past = normalize_key(past, self.language) if past else None
        present = normalize_key(present, self.language) if present else None
        surfaces = self.morphology.verb_surfaces(past, present)
        self._put_all(surfaces, kind, role, entry, (), False)

    def _put_all(self, surfaces, kind, role, entry, rest, plural) -> None:  # type: ignore[no-untyped-def]
        # at most four distinct hits per form: share them across its many surfaces
        hits = {
            (affixed, definite): Hit(kind, role, entry, rest, affixed, definite, plural)
            for affixed in (False, True)
            for definite in (False, True)
        }
        raw = self.raw
        for text, affixed, definite in surfaces:
            hit = hits[affixed, definite]
            found = raw.get(text)
            if found is None:
                raw[text] = [hit]
            elif hit not in found:
                found.append(hit)

    def _put(self, surface: str, hit: Hit) -> None:
        self.raw.setdefault(surface, []).append(hit)

    def finish(self) -> dict[str, tuple[Hit, ...]]:
        """Drop inflected readings that collide with a word as written (سوريا is the country,
        not سوري + tanwin), then duplicates; keep lexicon order so results are stable."""
        out: dict[str, tuple[Hit, ...]] = {}
        for surface, hits in self.raw.items():
            if len(hits) == 1:
                out[surface] = (hits[0],)
                continue
            plain_kinds = {h.kind for h in hits if not h.affixed}
            plain_entries = {(h.kind, h.entry) for h in hits if not h.affixed}
            kept: list[Hit] = []
            seen: set[tuple[str, str, str, tuple[str, ...]]] = set()
            for hit in sorted(hits, key=lambda h: h.affixed):
                if (
                    hit.affixed
                    and hit.kind in plain_kinds
                    and (hit.kind, hit.entry) not in plain_entries
                ):
                    continue
                key = (hit.kind, hit.role, hit.entry, hit.rest)
                if key not in seen:
                    seen.add(key)
                    kept.append(hit)
            out[surface] = tuple(kept)
        return out
