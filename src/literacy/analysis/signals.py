"""The signals of one claim unit: what the lexicon, the sources and the article's dates,
numbers and loaded words say about it. `claims.py` weighs them into verdicts.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import compress
from operator import itemgetter

from literacy.analysis.casing import case_of
from literacy.analysis.document import Document
from literacy.analysis.loaded import FoundLoaded
from literacy.analysis.names_ar import possessed
from literacy.analysis.names_en import names_in
from literacy.analysis.rows import COUNTED_SIGNALS, DATE_SIGNALS, SPANNED_SIGNALS
from literacy.analysis.sources import Attributions

# A number with its decimal or thousands separators («116.000», «3.5»); ASCII digits only,
# since the normaliser turns every other digit into one.
_NUMBER = re.compile(r"[0-9]+(?:[.,٫][0-9]+)*")
# 17/11/2017, 17-11-17, 2017/11/17. The first digit stands outside the alternation so the
# regex engine can skip ahead to digits (three times quicker than `(?:[0-9]{1,2}…|[0-9]{4}…)`,
# same matches); a digit just before the match is checked by hand (no lookbehind).
_NUMERIC_DATE = re.compile(
    r"[0-9](?:[0-9]?[/\-.][0-9]{1,2}[/\-.](?:[0-9]{4}|[0-9]{2})|[0-9]{3}[/\-.][0-9]{1,2}[/\-.][0-9]{1,2})(?![0-9])"
)
_YEARS = range(1900, 2100)
_EVIDENCE_WINDOW = 6  # «وثائق … تثبت», "documents seen by the Courier show"
_NAME_WINDOW = 2
_AND_GAP = 2  # « و» between two subjects of one cue, in normalised characters
_QUOTE_WORDS = 3
# Signals counted per unit, and signals kept with the words that show them.
_COUNTED = frozenset(COUNTED_SIGNALS)
_SPANNED = frozenset(SPANNED_SIGNALS)
_EVENT_PARTS = frozenset({"generalisation", "negation"})
_ASIDE_ONLY = frozenset({"prediction", "speculation"})
_GUESSES = _ASIDE_ONLY | {"modal"}  # the roles an aside's words are kept apart for
_COMMAS = frozenset({",", "،"})
_STANCE_REASONS = {"doubt": "doubt_cue", "proven": "proven_cue", "emphasis": "emphasis_cue"}


@dataclass(slots=True)
class Signals:
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

    def totals(self) -> dict[str, int]:
        """How many times each signal was seen (evidence and counts together)."""
        out = dict(self.counts)
        for name, spans in self.evidence.items():
            out[name] = out.get(name, 0) + len(spans)
        return out


@dataclass(frozen=True, slots=True)
class Facts:
    """Spans found once per article, then shared out to the claims by position."""

    dates: list[tuple[int, int]]
    numbers: list[tuple[int, int]]
    loaded: list[tuple[int, int]]
    links: list[tuple[int, int]]
    quotes: list[int]  # tokens that are quotation marks
    # (cue token, link number) for every attribution link, by cue token
    cues: list[tuple[int, int]]

    @classmethod
    def of(cls, doc: Document, loaded: Sequence[FoundLoaded], attributions: Attributions) -> Facts:
        text = doc.norm.text
        dates = [
            m.span()
            for m in _NUMERIC_DATE.finditer(text)
            if not (m.start() and text[m.start() - 1].isdigit())
        ]
        numbers = []
        for match in _NUMBER.finditer(text):
            span = match.span()
            if not dates or not any(s <= span[0] < e for s, e in dates):
                numbers.append(span)
        words = [(f.start, f.end) for f in loaded if f.entry != "punctuation-shouting"]
        marks = doc.lexicon.grammar.quote_marks.__contains__
        quotes = list(compress(range(len(doc.words)), map(marks, doc.words)))
        cues = sorted((cue, n) for n, (cue, _) in enumerate(attributions.links))
        return cls(dates, numbers, words, list(doc.links), quotes, cues)

    def sources_in(self, attributions: Attributions, lo: int, hi: int) -> list[int]:
        """The sources linked to a cue in tokens lo..hi-1, in the order they were linked."""
        found = self.cues[bisect_left(self.cues, (lo,)) : bisect_left(self.cues, (hi,))]
        if len(found) > 1:
            found.sort(key=itemgetter(1))
        links = attributions.links
        return [links[n][1] for _, n in found]

    def share(self, doc: Document, start: int, end: int, signals: Signals) -> None:
        """Add the dates, numbers, loaded words and links found in [start, end)."""
        for span in within(self.dates, start, end):
            signals.add("has_date", *span)
        for s, e in within(self.numbers, start, end):
            digits = doc.norm.text[s:e]
            year = len(digits) == 4 and digits.isdigit() and int(digits) in _YEARS
            signals.add("has_date" if year else "has_number", s, e)
        for span in within(self.loaded, start, end):
            signals.add("loaded_language", *span)
        if within(self.links, start, end):
            signals.count("link")


def within(spans: list[tuple[int, int]], start: int, end: int) -> list[tuple[int, int]]:
    """The spans (sorted by start) that start inside [start, end)."""
    return spans[bisect_left(spans, (start,)) : bisect_left(spans, (end,))]


def scan(doc: Document, lo: int, hi: int, signals: Signals) -> None:
    starts, ends = doc.starts, doc.ends
    if doc.lexicon.grammar.cased:  # capitals mark the names, listed or not
        for reason, k, end in names_in(doc, lo, hi):
            if reason == "nationality":
                signals.count(reason)
            else:
                signals.add(reason, starts[k], ends[end - 1])
    for k, n, hit in () if doc.lexicon.grammar.cased else doc.in_range("entity", lo, hi):
        role, span = hit.role, (starts[k] + doc.clitic_length(k, hit), ends[k + n - 1])
        if role in ("place", "country"):
            signals.add("names_place", *span)
        elif role == "nationality":
            signals.count("nationality")
        elif role == "organization":
            signals.add("names_organization", *span)
        elif role == "person" or (role == "given_name" and _followed_by_name(doc, k, hi)):
            last = k + 1
            if last + 1 < hi and doc.words[last] in doc.lexicon.grammar.name_particles:
                last += 1  # «محمد عبد الحميد», «أحمد أبو زيد»
            signals.add("names_person", span[0], ends[min(last, hi - 1)])
    evidence_noun_at = holder_at = -99
    hits = [(k, n, hit) for k, n, hit in doc.in_range("signal", lo, hi) if k + n <= hi]
    # the copula of a longer phrase is that phrase's ("is expected to", "it is clear")
    phrases = [(k, k + n) for k, n, hit in hits if n > 1 and hit.role != "present_copula"]
    # and the "no one" of "No one was injured" is the event's: no sweeping generalisation
    events = [(k, k + n) for k, n, hit in hits if n > 1 and hit.role == "fact_verb"]
    # only a guess needs them: most units have none, and this is a walk over the unit
    guesses = any(hit.role in _GUESSES for _, _, hit in hits)
    asides = _relative_asides(doc, lo, hi) if guesses else ()
    # «بهدف لمثله» (one goal each) is a score, and its «بهدف» no «in order to»
    scores = [(k, k + n) for k, n, hit in hits if n > 1 and hit.role == "number_word"]
    if events:
        signals.count("event_phrase")  # no weight: it only keeps the unit from being a fragment
    for k, n, hit in hits:
        role, span = hit.role, (starts[k], ends[k + n - 1])
        if role == "present_copula" and any(a <= k < b for a, b in phrases):
            continue
        if events and role in _EVENT_PARTS and any(a <= k < b for a, b in events):
            continue
        if asides and role in _ASIDE_ONLY and any(a <= k < b for a, b in asides):
            continue  # "The plan, which the council says will save £1.2m, was approved"
        if scores and role == "motive" and any(a <= k < b for a, b in scores):
            continue
        # "may simply have", "could face"; "could be" and "could lead to" are their own
        if (
            role == "modal"
            and _hedges(doc, k, n, lo, hi)
            and not any(a <= k < b for a, b in (*phrases, *asides))
        ):
            signals.add("speculation", *span)
        if role in _COUNTED:
            signals.count(role)
        elif role in _SPANNED:
            signals.add(role, *span)
        elif role in DATE_SIGNALS:
            if not doc.lexicon.signals[hit.entry].needs_number or _number_near(
                doc, k, k + n, lo, hi
            ):
                signals.add("has_date", *span)
        elif role in ("number_word", "percent"):
            signals.add("has_number", *span)
        elif role == "place_trigger":
            if k + 1 < hi and _proper_after(doc, k + 1):
                signals.add("names_place", starts[k], ends[k + 1])
        elif role == "question_word":
            if k <= lo + 1:
                signals.add("question", *span)
        elif role == "evidence_holder":
            holder_at = k
        elif role == "evidence_limit":  # "too small to show": what it could not show
            evidence_noun_at = -99
        elif role == "evidence_noun":
            evidence_noun_at = k
            if holder_at == k - 1:  # «بوجود وثائق»
                signals.add("undisclosed_evidence", starts[k - 1], ends[k])
        elif role == "evidence_verb" and 0 < k - evidence_noun_at <= _EVIDENCE_WINDOW:
            signals.add("undisclosed_evidence", starts[evidence_noun_at], span[1])


def _hedges(doc: Document, k: int, n: int, lo: int, hi: int) -> bool:
    """A modal that makes a guess of what follows ("may simply have", "could face"): not
    "May" the name or month, not what someone could not do, nor a purpose ("so she could")."""
    grammar = doc.lexicon.grammar
    if n != 1 or doc.words[k] not in grammar.hedging_modals or k + 1 >= hi:
        return False
    if case_of(doc, k) != "lower" or not doc.words[k + 1].isalpha():
        return False
    if doc.words[k + 1] in grammar.unhedged_after or doc.has(k + 1, "signal", "negation"):
        return False
    return not any(w in grammar.unhedged_before for w in doc.words[max(lo, k - 4) : k])


def _relative_asides(doc: Document, lo: int, hi: int) -> list[tuple[int, int]]:
    """Relative clauses set off by commas inside the unit, with the unit going on after
    them (", which the council says will save £1.2m,"): their guesses are theirs."""
    words, relatives = doc.words, doc.lexicon.grammar.relative_pronouns
    asides = []
    for c in range(lo, hi - 2):
        # not "that": after a comma it is more often "that" the pronoun ("However, that may …")
        if words[c] in _COMMAS and words[c + 1] in relatives and words[c + 1] != "that":
            close = next((k for k in range(c + 2, hi - 1) if words[k] in _COMMAS), None)
            if close is not None:
                asides.append((c + 1, close))
    return asides


def attribute(
    doc: Document, lo: int, hi: int, attributions: Attributions, facts: Facts, signals: Signals
) -> int | None:
    """The unit's source (its first cue's) and the reasons it brings; other sources in the
    unit («بعد إعلان الجيش …») only count as names."""
    in_unit = facts.sources_in(attributions, lo, hi)
    if not in_unit:
        signals.add("unattributed", doc.starts[lo], doc.ends[hi - 1])
        return None
    in_unit = _own_source_first(doc, lo, in_unit, attributions)
    in_unit = _closing_source_first(doc, lo, hi, in_unit, attributions, facts.quotes)
    in_unit = _named_subject_first(in_unit, attributions)
    for index in in_unit[1:]:
        found = attributions.sources[index]
        if found.kind != "anonymous":
            name = "names_person" if found.kind == "person" else "names_organization"
            signals.add(name, found.start, found.end)
    found = attributions.sources[in_unit[0]]
    span = (found.start, found.end)
    if found.kind == "anonymous":
        signals.add("anonymous_source", *span)
    else:
        signals.add("named_source", *span)
        signals.add("names_person" if found.kind == "person" else "names_organization", *span)
        if found.official:
            signals.add("official_statement", found.cue_start, found.cue_end)
    # the stance of the unit's own cue: "… said X and claimed Y" doubts Y
    cue_stance, cue_start, cue_end = _unit_cue(doc, lo, hi, in_unit[0], attributions, facts)
    if cue_stance is None:
        cue_stance, cue_start, cue_end = found.stance, found.cue_start, found.cue_end
    if cue_stance in _STANCE_REASONS:
        signals.add(_STANCE_REASONS[cue_stance], cue_start, cue_end)
    marks = facts.quotes[bisect_left(facts.quotes, lo) : bisect_left(facts.quotes, hi)]
    for open_, close in zip(marks[::2], marks[1::2], strict=False):
        if close - open_ > _QUOTE_WORDS:  # a quoted name («"داعش"») is not a quotation
            signals.add("direct_quote", doc.starts[open_], doc.ends[close])
            break
    return in_unit[0]


def _named_subject_first(in_unit: list[int], attributions: Attributions) -> list[int]:
    """Of the subjects one cue names together («وقال مسؤولون محليون ومحافظ المدينة سامر
    العلي إن …»), a named one is the unit's source: a reader can hold him to it."""
    first = last = attributions.sources[in_unit[0]]
    if first.kind != "anonymous":
        return in_unit
    for k in sorted(in_unit[1:], key=lambda t: attributions.sources[t].start):
        other = attributions.sources[k]
        # joined to the one before it by «و» alone (not «نقل موقع … عن مسؤولين»: the site
        # only carried what the officials said)
        if other.cue_start != first.cue_start or not 0 < other.start - last.end <= _AND_GAP:
            continue
        if other.kind != "anonymous":
            return [k, *(t for t in in_unit if t != k)]
        last = other
    return in_unit


def _unit_cue(
    doc: Document, lo: int, hi: int, index: int, attributions: Attributions, facts: Facts
) -> tuple[str | None, int, int]:
    """The stance and span of the verb in tokens lo..hi-1 that links source `index` when
    the unit does not hold the source's own cue: "… said X | and claimed Y" doubts Y."""
    if lo <= attributions.sources[index].cue_token < hi:
        return None, 0, 0
    for token, n in facts.cues[bisect_left(facts.cues, (lo,)) : bisect_left(facts.cues, (hi,))]:
        if attributions.links[n][1] != index:
            continue
        for _, size, hit in doc.in_range("cue", token, token + 1):
            row = doc.lexicon.cues[hit.entry]
            if row.kind in ("verb", "participle"):
                return row.stance, doc.starts[token], doc.ends[token + size - 1]
    return None, 0, 0


def _own_source_first(
    doc: Document, lo: int, in_unit: list[int], attributions: Attributions
) -> list[int]:
    """«ويتوقع أن …، وفقاً لما ذكرته صحيفة الأهرام»: a source the unit names with «بحسب» or
    «وفقاً لـ» comes before a cue that only continues an earlier sentence's source."""
    sources = attributions.sources
    if len(in_unit) < 2 or sources[in_unit[0]].start >= doc.starts[lo]:
        return in_unit
    first_cue = next((t for t, n in attributions.links if n == in_unit[0] and t >= lo), None)
    continuing = doc.hits[first_cue] if first_cue is not None else ()
    if any(h.kind == "cue" and h.entry in doc.lexicon.grammar.saying_cues for h in continuing):
        return in_unit  # «وأضاف أن …، بحسب وكالة رويترز»: he added it, Reuters carried it
    relatives = doc.lexicon.grammar.report_relatives
    for index in in_unit[1:]:
        found = sources[index]
        row = doc.lexicon.cues.get(found.cue_entry)
        cue = found.cue_token
        by_way_of = (row is not None and row.kind == "preposition") or (
            cue > lo and doc.words[cue - 1] in relatives  # «وفقاً لما ذكرته», «بحسب ما نقلته»
        )
        if found.start >= doc.starts[lo] and by_way_of:
            return [index] + [k for k in in_unit if k != index]
    return in_unit


def _closing_source_first(
    doc: Document,
    lo: int,
    hi: int,
    in_unit: list[int],
    attributions: Attributions,
    quotes: list[int],
) -> list[int]:
    """ "Most teachers feel unsupported, a new survey shows.": a source and cue that close the
    unit after a comma report everything before them, a source inside included, unless that
    one only said it (a plain verb of saying: "Police said …, according to the family's
    lawyer"). Not inside a quotation, nor before a colon (it opens what follows)."""
    if len(in_unit) < 2:
        return in_unit
    saying = doc.lexicon.grammar.saying_cues
    if attributions.sources[in_unit[0]].cue_entry in saying:
        return in_unit  # «وقال الوزير إن …، بحسب التقرير»: the minister said it
    last = in_unit[-1]
    found = attributions.sources[last]
    starts = doc.starts
    begin = min(bisect_left(starts, found.start), found.cue_token)
    if begin <= lo or doc.words[begin - 1] not in _COMMAS:
        return in_unit
    if (bisect_left(quotes, begin) - bisect_left(quotes, lo)) % 2:
        return in_unit
    after = bisect_left(starts, max(found.end, found.cue_end))
    colon = doc.lexicon.grammar.colon_cue
    if any(not doc.is_punct(k) or doc.words[k] == colon for k in range(after, hi)):
        return in_unit
    return [last, *in_unit[:-1]]


def reports_speech(doc: Document, cue_entry: str) -> bool:
    """Is the unit someone else's speech? Not when its only cue is a noun in the writer's
    own sentence («… واتهامات مباشرة من قبل الوزارة»)."""
    row = doc.lexicon.cues.get(cue_entry)
    return row is None or row.kind != "noun"


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
    if possessed(doc, nxt):
        return False  # «رفعت أسعارها»: raised their prices, not a man called Rifaat
    if any(h.kind == "entity" and h.role in ("given_name", "person") for h in doc.hits[k + 1]):
        return True
    dated = any(h.kind == "signal" and h.role in DATE_SIGNALS for h in doc.hits[k])
    if dated and doc.lexicon.morphology.split_article(nxt)[0]:
        return False  # «في شهر رمضان الحالي»: a month (also a name) and its adjective
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
