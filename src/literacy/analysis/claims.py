"""Claims: every sentence that asserts something, whether it is factual, subjective and
checkable, and the reasons a student can read.

A claim unit is a sentence, split again where a new reporting clause starts («… باتجاه الفرات
وأشار قائد عسكري …») so each unit has one source. The signals come from the lexicon
(`claim_signals.yaml`), the sources and the loaded words already found; the verdicts are a few
readable rules over those signals, with weights tuned on the training splits of the
evaluation data (see `benchmarks/eval.py`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from literacy.analysis.document import Document
from literacy.analysis.layout import Layout
from literacy.analysis.loaded import FoundLoaded
from literacy.analysis.reasons import CHECKABLE, NOT_CHECKABLE, NOT_FACTUAL, SUBJECTIVE
from literacy.analysis.sources import Attributions

# Pictographs and symbols people type in chat, rarely in reports.
_EMOJI = re.compile("[\U0001f300-\U0001faff\u2600-\u27bf]")
_NUMERIC_DATE = re.compile(
    r"(?<!\d)(?:\d{1,2}[/\-.]\d{1,2}[/\-.](?:\d{4}|\d{2})|\d{4}[/\-.]\d{1,2}[/\-.]\d{1,2})(?!\d)"
)
_YEARS = range(1900, 2100)
_MIN_UNIT_TOKENS = 4  # a reporting clause shorter than this stays with its sentence
_EVIDENCE_WINDOW = 3
_NAME_WINDOW = 2
_QUOTE_WORDS = 3

# Subjectivity: a weighted count of the writer's own voice, against a threshold.
_SUBJECTIVE_WEIGHTS = {
    "first_person": 2.0,
    "exclamation": 2.0,
    "question": 2.0,
    "loaded_language": 1.0,
    "dialect": 1.0,
    "prediction": 1.0,
    "judgement": 0.5,
    "obligation": 0.5,
    # facts and attribution pull towards a report
    "has_number": -1.0,
    "has_date": -0.5,
    "named_source": -2.0,
    "anonymous_source": -2.0,
}
_SUBJECTIVE_THRESHOLD = 2.0
# Factual: anchors in the world count for, the marks of talk, address and opinion against.
_FACTUAL_WEIGHTS = {
    "has_number": 1.0,
    "has_date": 1.0,
    "names_place": 1.0,
    "names_person": 1.0,
    "names_organization": 1.5,
    "named_source": 2.0,
    "anonymous_source": 1.5,
    "link": 0.5,
    "nationality": 1.0,
    "fact_verb": 0.5,
    "question": -3.0,
    "prayer": -3.0,
    "first_person": -3.0,
    "dialect": -3.0,
    "call_to_action": -1.0,
    "fragment": -1.0,
    "emoji": -1.0,
    "exclamation": -0.5,
}
_FACTUAL_BASE = 0.0
_FACTUAL_PER_WORD = 0.0
_FACTUAL_WORDS_CAP = 10
_FACTUAL_THRESHOLD = 1.0
# Attributed speech reports someone else's view: it weighs less as the writer's own.
_ATTRIBUTED_DISCOUNT = 0.25


@dataclass(frozen=True, slots=True)
class FoundClaim:
    start: int
    end: int
    factual: bool
    subjective: bool
    checkable: bool
    reasons: tuple[str, ...]
    source: int | None
    evidence: tuple[tuple[str, int, int], ...]  # (reason, normalised start, end)


@dataclass(slots=True)
class _Signals:
    evidence: dict[str, list[tuple[int, int]]] = field(default_factory=dict)
    counts: dict[str, int] = field(default_factory=dict)

    def add(self, reason: str, start: int, end: int) -> None:
        self.evidence.setdefault(reason, []).append((start, end))

    def count(self, name: str, n: int = 1) -> None:
        self.counts[name] = self.counts.get(name, 0) + n

    def has(self, name: str) -> bool:
        return name in self.evidence or self.counts.get(name, 0) > 0

    def n(self, name: str) -> int:
        return len(self.evidence.get(name, ())) + self.counts.get(name, 0)


def claim_units(doc: Document, layout: Layout, reports: set[int]) -> list[tuple[int, int]]:
    """Token ranges of the claim units: sentences minus furniture, split where a new report
    starts (`reports`: tokens of cues that found a source)."""
    furniture = [(s, e) for s, e in layout.furniture]
    units: list[tuple[int, int]] = []
    for lo, hi in doc.sentences:
        if any(s <= doc.starts[lo] and doc.ends[hi - 1] <= e for s, e in furniture):
            continue
        start = lo
        for k in range(lo + _MIN_UNIT_TOKENS, hi - 1):
            if k in reports and k - start >= _MIN_UNIT_TOKENS and _opens_report(doc, k):
                units.append((start, k))
                start = k
        units.append((start, hi))
    return units


def _opens_report(doc: Document, k: int) -> bool:
    """«وأشار …», «كما اتهم …»: a conjoined reporting verb starts a new attribution."""
    word = doc.words[k]
    grammar = doc.lexicon.grammar
    if doc.words[k - 1] in grammar.clause_openers and doc.has(k, "cue", "verb"):
        return True
    return word[:1] in "وف" and any(
        h.kind == "cue" and h.role == "verb" for h in doc.lexicon.index.get(word[1:], ())
    )


def find_claims(
    doc: Document,
    layout: Layout,
    attributions: Attributions,
    loaded: Sequence[FoundLoaded],
) -> list[FoundClaim]:
    claims = []
    reports = {cue for cue, _ in attributions.links}
    for lo, hi in claim_units(doc, layout, reports):
        if _content_words(doc, lo, hi) == 0:
            continue
        claims.append(_claim(doc, lo, hi, attributions, loaded))
    return claims


def _claim(
    doc: Document, lo: int, hi: int, attributions: Attributions, loaded: Sequence[FoundLoaded]
) -> FoundClaim:
    start, end = doc.starts[lo], doc.ends[hi - 1]
    signals = _Signals()
    _scan(doc, lo, hi, signals)
    _dates_and_numbers(doc, lo, hi, signals)
    for item in loaded:
        if start <= item.start < end and item.entry != "punctuation-shouting":
            signals.add("loaded_language", item.start, item.end)
    source = _attribute(doc, lo, hi, attributions, signals)
    text = doc.norm.text[start:end]
    if _EMOJI.search(text):
        signals.count("emoji")
    if any(start <= s < end for s, _ in doc.links):
        signals.count("link")
    if text.rstrip("\"' )»").endswith(("?", "؟")):
        signals.add("question", end - 1, end)
    if "!" in text:
        bang = start + text.index("!")
        signals.add("exclamation", bang, bang + 1)
    words = _content_words(doc, lo, hi)
    if words < 3 and not (signals.has("has_number") or signals.has("has_date")):
        signals.add("fragment", start, end)

    factual = _factual(signals, words)
    subjective = _subjective(signals, attributed=source is not None)
    if subjective:
        signals.add("writer_judgement", start, end)
    checkable = factual and _checkable(signals)
    reasons = tuple(
        r for r in (*CHECKABLE, *NOT_CHECKABLE, *SUBJECTIVE, *NOT_FACTUAL) if signals.has(r)
    )
    evidence = tuple(
        (reason, s, e)
        for reason in reasons
        for s, e in signals.evidence.get(reason, [])[:1]
        if reason not in ("writer_judgement", "unattributed", "fragment")
    )
    return FoundClaim(start, end, factual, subjective, checkable, reasons, source, evidence)


def _factual(signals: _Signals, words: int) -> bool:
    """Does it assert something about the world (not a question, call, prayer or slogan)?

    A weighted count of what anchors a statement in the world (names, numbers, dates,
    sources, event verbs) against what marks talk, address or opinion, over a threshold.
    """
    score = _FACTUAL_BASE + _FACTUAL_PER_WORD * min(words, _FACTUAL_WORDS_CAP)
    for name, weight in _FACTUAL_WEIGHTS.items():
        score += weight * min(signals.n(name), 2)
    return score >= _FACTUAL_THRESHOLD


def _subjective(signals: _Signals, attributed: bool) -> bool:
    score = 0.0
    for name, weight in _SUBJECTIVE_WEIGHTS.items():
        score += weight * min(signals.n(name), 2)
    if attributed:
        score *= _ATTRIBUTED_DISCOUNT
    return score >= _SUBJECTIVE_THRESHOLD


def _checkable(signals: _Signals) -> bool:
    if any(signals.has(r) for r in ("speculation", "prediction", "motive", "undisclosed_evidence")):
        return False
    if signals.has("writer_judgement"):
        return False
    if signals.has("anonymous_source") and not signals.has("official_statement"):
        return False
    return any(signals.has(r) for r in CHECKABLE if r != "direct_quote")


def _content_words(doc: Document, lo: int, hi: int) -> int:
    function_words = doc.lexicon.grammar.function_words
    return sum(
        1
        for k in range(lo, hi)
        if doc.words[k][:1].isalpha() and doc.words[k] not in function_words
    )


def _scan(doc: Document, lo: int, hi: int, signals: _Signals) -> None:
    lexicon = doc.lexicon
    starts, ends, words = doc.starts, doc.ends, doc.words
    evidence_noun_at = -99
    for k in range(lo, hi):
        for hit in doc.hits[k]:
            if hit.kind == "entity":
                if hit.rest and not doc.extent(k, hit):
                    continue
                n = doc.extent(k, hit)
                if hit.role in ("place", "country"):
                    signals.add("names_place", starts[k], ends[k + n - 1])
                elif hit.role == "nationality":
                    signals.count("nationality")
                elif hit.role == "organization":
                    signals.add("names_organization", starts[k], ends[k + n - 1])
                elif hit.role == "person" or (
                    hit.role == "given_name" and _followed_by_name(doc, k, hi)
                ):
                    signals.add("names_person", starts[k], ends[min(k + 1, hi - 1)])
                continue
            if hit.kind != "signal":
                continue
            n = doc.extent(k, hit)
            if not n or k + n > hi:
                continue
            role, span = hit.role, (starts[k], ends[k + n - 1])
            if role in ("month", "hijri_month", "weekday"):
                row = lexicon.signals[hit.entry]
                if not row.needs_number or _number_near(doc, k, k + n, lo, hi):
                    signals.add("has_date", *span)
            elif role in ("number_word", "percent"):
                signals.add("has_number", *span)
            elif role == "vague_quantity":
                signals.add("vague_quantity", *span)
            elif role == "place_trigger":
                if k + 1 < hi and _proper_after(doc, k + 1):
                    signals.add("names_place", starts[k], ends[k + 1])
            elif role in (
                "speculation",
                "prediction",
                "motive",
                "obligation",
                "prayer",
                "call_to_action",
            ):
                signals.add(role, *span)
            elif role == "question_word":
                if k <= lo + 1:
                    signals.add("question", *span)
            elif role == "evidence_noun":
                evidence_noun_at = k
                if k > lo and words[k - 1] in (
                    "بوجود",
                    "وجود",
                    "لدينا",
                    "لديه",
                    "بحوزتنا",
                    "بحوزته",
                ):
                    signals.add("undisclosed_evidence", starts[k - 1], ends[k])
            elif role == "evidence_verb":
                if 0 < k - evidence_noun_at <= _EVIDENCE_WINDOW:
                    signals.add("undisclosed_evidence", starts[evidence_noun_at], ends[k + n - 1])
            elif role in ("judgement", "first_person", "dialect", "fact_verb", "official"):
                signals.count(role)


def _dates_and_numbers(doc: Document, lo: int, hi: int, signals: _Signals) -> None:
    start, end = doc.starts[lo], doc.ends[hi - 1]
    text = doc.norm.text[start:end]
    dated: list[tuple[int, int]] = []
    for match in _NUMERIC_DATE.finditer(text):
        span = (start + match.start(), start + match.end())
        dated.append(span)
        signals.add("has_date", *span)
    for k in range(lo, hi):
        word = doc.words[k]
        if not word[:1].isdigit():
            continue
        if any(s <= doc.starts[k] < e for s, e in dated):
            continue
        if len(word) == 4 and word.isdigit() and int(word) in _YEARS:
            signals.add("has_date", doc.starts[k], doc.ends[k])
        else:
            signals.add("has_number", doc.starts[k], doc.ends[k])


def _attribute(
    doc: Document, lo: int, hi: int, attributions: Attributions, signals: _Signals
) -> int | None:
    """The unit's source (its first cue's), and the reasons it brings."""
    in_unit = [index for cue, index in attributions.links if lo <= cue < hi]
    if not in_unit:
        signals.add("unattributed", doc.starts[lo], doc.ends[hi - 1])
        return None
    for index in in_unit:
        found = attributions.sources[index]
        span = (found.start, found.end)
        if found.kind == "anonymous":
            signals.add("anonymous_source", *span)
        else:
            signals.add("named_source", *span)
            signals.add("names_person" if found.kind == "person" else "names_organization", *span)
            if found.official:
                signals.add("official_statement", found.cue_start, found.cue_end)
        stance = {"doubt": "doubt_cue", "proven": "proven_cue", "emphasis": "emphasis_cue"}
        if found.stance in stance:
            signals.add(stance[found.stance], found.cue_start, found.cue_end)
    if signals.has("named_source"):
        signals.evidence.pop("anonymous_source", None)  # a named source can be asked
    quotes = doc.lexicon.grammar.quote_marks
    marks = [k for k in range(lo, hi) if doc.words[k] in quotes]
    for open_, close in zip(marks[::2], marks[1::2], strict=False):
        if close - open_ > _QUOTE_WORDS:  # a quoted name («"داعش"») is not a quotation
            signals.add("direct_quote", doc.starts[open_], doc.ends[close])
            break
    return in_unit[0]


def _number_near(doc: Document, i: int, j: int, lo: int, hi: int) -> bool:
    return any(
        doc.is_number(k) for k in range(max(lo, i - _NAME_WINDOW), min(hi, j + _NAME_WINDOW))
    )


def _followed_by_name(doc: Document, k: int, hi: int) -> bool:
    """A first name counts as naming a person when a second name follows («محمد صالح»)."""
    if k + 1 >= hi or doc.is_punct(k + 1):
        return False
    nxt = doc.words[k + 1]
    if nxt in doc.lexicon.grammar.name_particles:
        return True
    if any(h.kind == "entity" and h.role in ("given_name", "person") for h in doc.hits[k + 1]):
        return True
    return not doc.hits[k + 1] and nxt not in doc.lexicon.grammar.function_words and len(nxt) > 2


def _proper_after(doc: Document, k: int) -> bool:
    """«مدينة البوكمال»: the word after a place noun is a name, not an adjective."""
    word = doc.words[k]
    if doc.is_punct(k) or word in doc.lexicon.grammar.function_words:
        return False
    if any(h.kind == "entity" and h.role in ("place", "country") for h in doc.hits[k]):
        return True
    if doc.hits[k]:
        return False
    return not word.endswith(doc.lexicon.grammar.nisba_suffixes)
