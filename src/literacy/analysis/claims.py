"""Claims: every sentence that asserts something, whether it is factual, subjective and
checkable, and the reasons a student can read.

A claim unit is a sentence, split again where a new reporting clause starts («… باتجاه الفرات
وأشار قائد عسكري …») so each unit has one source. The signals come from the lexicon
(`claim_signals.yaml`), the sources and the loaded words already found; the verdicts are a few
readable rules over those signals, with weights (`weights.yaml`, per language) tuned on the
training splits of the evaluation data (see `benchmarks/eval.py`).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import compress

from literacy.analysis import phrases
from literacy.analysis.document import Document
from literacy.analysis.layout import Layout
from literacy.analysis.lexicon import Verdict
from literacy.analysis.loaded import FoundLoaded
from literacy.analysis.reasons import CHECKABLE, REASON_CODES
from literacy.analysis.signals import Facts, Signals, attribute, reports_speech, scan
from literacy.analysis.sources import Attributions

# Pictographs and symbols people type in chat, rarely in reports.
_EMOJI = re.compile("[\U0001f300-\U0001faff\u2600-\u27bf]")
_MIN_UNIT_TOKENS = 4  # a reporting clause shorter than this stays with its sentence
_REASON_ORDER = {code: n for n, code in enumerate(REASON_CODES)}
# A claim with any of these cannot be checked as it stands; it can with one of the others
# (a quotation alone does not make it checkable).
_UNCHECKABLE = frozenset(
    {
        "speculation",
        "prediction",
        "motive",
        "undisclosed_evidence",
        "writer_judgement",
        "reported_opinion",
    }
)
_CHECKABLE = frozenset(CHECKABLE) - {"direct_quote"}
# Reasons whose evidence is shown in reading order (see `_shown`).
_IN_READING_ORDER = frozenset({"has_number", "has_date"})
# Reasons that stand for the whole claim, so no words in it are their evidence.
_NO_EVIDENCE = frozenset({"writer_judgement", "reported_opinion", "unattributed", "fragment"})


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


def claim_units(doc: Document, layout: Layout, reports: set[int]) -> list[tuple[int, int]]:
    """Token ranges of the claim units: sentences minus furniture, split where a new report
    starts (`reports`: tokens of cues that found a source) or a contrast follows a comma."""
    furniture = [(s, e) for s, e in layout.furniture]
    grammar = doc.lexicon.grammar
    openers = grammar.contrast_openers
    # "… and accused …", «… فيما أفاد شهود»: where a conjunction is a word of its own (not
    # «و» glued to the verb), the new claim starts with it
    breaks = sorted(
        {
            k if doc.words[k - 1] not in grammar.clause_openers else k - 1
            for k in reports
            if _opens_report(doc, k)
        }
        | {
            k
            for k in compress(range(len(doc.words)), map(openers.__contains__, doc.words))
            if _opens_contrast(doc, k)
        }
    )
    units: list[tuple[int, int]] = []
    for lo, hi in doc.sentences:
        if furniture and any(s <= doc.starts[lo] and doc.ends[hi - 1] <= e for s, e in furniture):
            continue
        start = lo
        for k in breaks[bisect_left(breaks, lo + _MIN_UNIT_TOKENS) :]:
            if k >= hi - _MIN_UNIT_TOKENS:
                break
            if k - start >= _MIN_UNIT_TOKENS:
                units.append((start, _before_comma(doc, start, k)))
                start = k
        units.append((start, hi))
    return units


def _before_comma(doc: Document, start: int, end: int) -> int:
    """A claim cut before ", but" ends before its comma, which belongs to neither part."""
    if end - 1 > start and doc.is_punct(end - 1) and doc.words[end - 1] in (",", "،", ";"):
        return end - 1
    return end


def _opens_contrast(doc: Document, k: int) -> bool:
    """«…، لكن …»: after a comma, a contrast starts a claim of its own (often with a
    source of its own: «أعلن الجيش …، لكن … هذا ما أكدته مصادر»)."""
    if doc.words[k] not in doc.lexicon.grammar.contrast_openers or not doc.is_punct(k - 1):
        return False
    return not _inside_quotation(doc, k)


def _inside_quotation(doc: Document, k: int) -> bool:
    """Is token k inside a quotation that opens and closes in its sentence ('"A jump is
    impressive, but one bad year can wipe it out," she said')? It is one speaker's."""
    lo, hi = doc.sentence_of(k)
    quotes = doc.lexicon.grammar.quote_marks
    before = sum(1 for j in range(lo, k) if doc.words[j] in quotes)
    return before % 2 == 1 and any(doc.words[j] in quotes for j in range(k + 1, hi))


def _opens_report(doc: Document, k: int) -> bool:
    """«وأشار …», «كما اتهم …»: a conjoined reporting verb starts a new attribution."""
    word = doc.words[k]
    grammar = doc.lexicon.grammar
    if doc.words[k - 1] in grammar.clause_openers and doc.has(k, "cue", "verb"):
        return True
    if phrases.time_ends(doc, k - 1, 0) and doc.has(k, "cue", "verb"):
        return True  # «…، وفي الأسبوع الماضي قال رئيس الحكومة …»: a time adverb opens it
    return word[:1] in grammar.conjunction_letters and any(
        h.kind == "cue" and h.role == "verb" for h in doc.lexicon.lookup(word[1:], ())
    )


def find_claims(
    doc: Document,
    layout: Layout,
    attributions: Attributions,
    loaded: Sequence[FoundLoaded],
) -> list[FoundClaim]:
    claims = []
    reports = {cue for cue, _ in attributions.links}
    facts = Facts.of(doc, loaded, attributions)
    for lo, hi in claim_units(doc, layout, reports):
        words = _content_words(doc, lo, hi)
        if words == 0:
            continue
        claims.append(_claim(doc, lo, hi, words, attributions, facts))
    return claims


def _claim(
    doc: Document, lo: int, hi: int, words: int, attributions: Attributions, facts: Facts
) -> FoundClaim:
    start, end = doc.starts[lo], doc.ends[hi - 1]
    signals = Signals()
    scan(doc, lo, hi, signals)
    facts.share(doc, start, end, signals)
    source = attribute(doc, lo, hi, attributions, facts, signals)
    text = doc.norm.text[start:end]
    if _EMOJI.search(text):
        signals.count("emoji")
    if text.rstrip("\"' )»").endswith(("?", "؟")):
        signals.add("question", end - 1, end)
    if "!" in text:
        bang = start + text.index("!")
        signals.add("exclamation", bang, bang + 1)
    if words < 3 and not (
        signals.has("has_number") or signals.has("has_date") or signals.has("event_phrase")
    ):  # "No one was injured." is short, and still reports an event
        signals.add("fragment", start, end)

    weights = doc.lexicon.weights
    totals = signals.totals()  # every total is at least 1
    factual = _factual(totals, words, weights.factual)
    reported = source is not None and reports_speech(doc, attributions.sources[source].cue_entry)
    subjective = _subjective(totals, reported, weights.subjective)
    if subjective:  # the writer's own, or the opinion of the source whose speech it reports
        voice = "reported_opinion" if reported else "writer_judgement"
        signals.add(voice, start, end)
        totals[voice] = totals.get(voice, 0) + 1
    checkable = factual and _checkable(totals)
    reasons = tuple(sorted(totals.keys() & _REASON_ORDER.keys(), key=_REASON_ORDER.__getitem__))
    evidence = tuple(
        (reason, *_shown(reason, signals.evidence, doc.norm.text))
        for reason in reasons
        if reason in signals.evidence and reason not in _NO_EVIDENCE
    )
    return FoundClaim(start, end, factual, subjective, checkable, reasons, source, evidence)


def _shown(reason: str, evidence: dict[str, list[tuple[int, int]]], text: str) -> tuple[int, int]:
    """The words shown as a reason's evidence. A number or a date: the first in reading
    order, with the words that go on right after it («12 million», «60 per cent», «85%»),
    not the "per cent" of a later figure, and for a number not the day of a date ("12" of
    "12 February") when there is another. Any other reason: the first found, which puts a
    claim's own source before the names it only mentions."""
    spans = evidence[reason]
    if reason not in _IN_READING_ORDER:
        return spans[0]
    ordered = sorted(spans)
    if reason == "has_number":
        dates = evidence.get("has_date", ())
        apart = [
            (s, e)
            for s, e in ordered
            if not any(ds <= e + 1 and s <= de + 1 for ds, de in dates)  # touches a date
        ]
        ordered = apart or ordered
    start, end = ordered[0]
    for s, e in ordered[1:]:
        if s < end or text[end:s].isspace() or s == end:
            end = max(end, e)
        else:
            break
    return start, end


def _factual(totals: dict[str, int], words: int, verdict: Verdict) -> bool:
    """Does it assert something about the world (not a question, call, prayer or slogan)?

    A weighted count of what anchors a statement in the world (names, numbers, dates,
    sources, event verbs) against what marks talk, address or opinion, over a threshold
    (the weights are data: `lexicons/<lang>/weights.yaml`).
    """
    score = verdict.base + verdict.per_word * min(words, verdict.words_cap)
    weight = verdict.weights.get
    for name, n in totals.items():  # each signal counts at most twice
        score += weight(name, 0.0) * (n if n < 2 else 2)
    return score >= verdict.threshold


def _subjective(totals: dict[str, int], attributed: bool, verdict: Verdict) -> bool:
    """The writer's own voice: a weighted count of its marks against a threshold. Attributed
    speech reports someone else's view, so it weighs less as the writer's own."""
    score = 0.0
    weight = verdict.weights.get
    for name, n in totals.items():
        if not attributed and name in ("named_source", "anonymous_source"):
            continue
        score += weight(name, 0.0) * (n if n < 2 else 2)
    if attributed:
        score = score * verdict.attributed_discount + verdict.weights.get("attributed", 0.0)
    return score >= verdict.threshold


def _checkable(totals: dict[str, int]) -> bool:
    if not totals.keys().isdisjoint(_UNCHECKABLE):
        return False
    if "anonymous_source" in totals and "official_statement" not in totals:
        return False
    return not totals.keys().isdisjoint(_CHECKABLE)


def _content_words(doc: Document, lo: int, hi: int) -> int:
    """Words that are neither punctuation, numbers nor function words."""
    words = doc.words[lo:hi]
    function_words = doc.lexicon.grammar.function_words
    return sum(map(str.isalpha, words)) - sum(map(function_words.__contains__, words))
