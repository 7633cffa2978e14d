"""An article prepared for the detectors: normalised once, tokenised once, looked up once.

Detectors work on normalised token positions; `Document.span` maps a normalised range back
to the exact original text, so every finding satisfies `text[start:end] == finding.text`.
Lexicon matches (multi-word ones included) are resolved here once and grouped by kind, so
each detector visits only the tokens it cares about.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field, replace
from itertools import accumulate, compress, repeat
from operator import add

from literacy.analysis.lexicon import Hit, Lexicon
from literacy.text import (
    TOKEN,
    Normalized,
    normalize,
    normalized_position,
    sentence_spans,
    written_letters,
)

# Split on `TOKEN` keeps the separators, so token offsets come from summing lengths
# (C-level) instead of a loop over matches.
_TOKEN = TOKEN
# Links, e-mail addresses and @handles: not words of the article (their digits are no
# numbers, their letters no names).
_NOISE = re.compile(r"(?:https?://|www\.)\S+|\S+@\S+\.\w+|@\w+")
_NOISE_HINT = re.compile(r"https?:|www\.|@")
_NO_HITS: tuple[Hit, ...] = ()
_HASH = "#"
# A reporting verb glued to the word before it: at least this many letters in all, and three
# before the verb's conjunction («الخميسوأعلنت»)
_GLUED_MIN = 8
_GLUED_BEFORE = 3  # letters before the verb's conjunction
_GLUED_VERB = 4  # letters of the verb after it: «وأعلنت», not «ورات» in «المكورات»

# (token, number of tokens, hit) for one lexicon match.
Match = tuple[int, int, Hit]


@dataclass(slots=True)
class Document:
    """One article during one analysis; never shared between threads."""

    text: str
    norm: Normalized
    lexicon: Lexicon
    starts: list[int]
    ends: list[int]
    words: list[str]
    hits: list[tuple[Hit, ...]]
    sentences: list[tuple[int, int]]  # token ranges [lo, hi)
    links: list[tuple[int, int]]  # normalised spans of links, addresses and @handles
    hash_marks: frozenset[int]  # where a hashtag's «#» stood before the word it tags
    matches: dict[str, list[Match]] = field(default_factory=dict)  # by hit kind, in order
    # what a detector computed once for this article (e.g. the words seen in lower case)
    memo: dict[object, object] = field(default_factory=dict)
    _positions: dict[str, list[int]] = field(default_factory=dict)  # token of each match
    # tokens whose readings were narrowed after the lookup («قوية»): matched from `hits`,
    # not from the lexicon's precomputed continuations of the word
    _narrowed: set[int] = field(default_factory=set)

    @classmethod
    def build(cls, text: str, lexicon: Lexicon) -> Document:
        norm = normalize(text, lexicon.language)
        normalized = norm.text
        # C-level passes (split, map, accumulate) rather than a Python loop per token
        parts = _TOKEN.split(normalized)
        words = parts[1::2]
        starts = list(accumulate(map(len, parts)))[0::2][: len(words)]
        noise: list[tuple[int, int]] = []
        if _NOISE_HINT.search(normalized):
            noise = [m.span() for m in _NOISE.finditer(normalized)]
            if noise:
                starts, words = _without(starts, words, noise)
        marks: frozenset[int] = frozenset()
        if _HASH in normalized:
            starts, words, marks = _without_hash_marks(norm, starts, words)
        if lexicon.grammar.glued_cues:
            starts, words = _unglued(lexicon, starts, words)
        doc = cls(
            text=text,
            norm=norm,
            lexicon=lexicon,
            starts=starts,
            ends=list(map(add, starts, map(len, words))),
            words=words,
            hits=list(map(lexicon.lookup, words, repeat(_NO_HITS))),
            sentences=[],
            links=noise,
            hash_marks=marks,
        )
        if lexicon.grammar.feminine_ending:
            _no_pronoun_after_ta_marbuta(doc, lexicon.grammar.feminine_ending)
        for start, end in _sentence_spans(norm, lexicon.grammar.cased, lexicon.language):
            lo = bisect_left(starts, start)
            hi = bisect_left(starts, end)
            if hi > lo:
                doc.sentences.append((lo, hi))
        doc.matches = doc._resolve()
        doc._positions = {kind: [m[0] for m in found] for kind, found in doc.matches.items()}
        return doc

    def _resolve(self) -> dict[str, list[Match]]:
        """Every lexicon match whose other words are really there, grouped by kind."""
        out: dict[str, list[Match]] = {
            k: [] for k in ("cue", "source", "entity", "signal", "loaded")
        }
        keep = {kind: found.append for kind, found in out.items()}
        words = self.words
        size = len(words)
        hits_of = self.hits
        continuations = self.lexicon.continuations
        for i in compress(range(size), hits_of):  # only the tokens the lexicon knows
            hits = hits_of[i]
            ahead = continuations.get(words[i])
            if ahead is not None and i not in self._narrowed:
                # the multi-word entries that can go on with the next word
                singles, by_next = ahead
                hits = by_next.get(words[i + 1], singles) if i + 1 < size else singles
            for hit in hits:
                if not hit.rest:
                    keep[hit.kind]((i, 1, hit))
                elif n := self.extent(i, hit):
                    keep[hit.kind]((i, n, hit))
        return out

    def in_range(self, kind: str, lo: int, hi: int) -> list[Match]:
        """Matches of `kind` starting at tokens lo..hi-1."""
        positions = self._positions[kind]
        first = bisect_left(positions, lo)
        return self.matches[kind][first : bisect_left(positions, hi, lo=first)]

    def span(self, nstart: int, nend: int) -> tuple[int, int, str]:
        """Original (start, end, text) of the normalised character range [nstart, nend);
        a range that starts at a hashtag's word takes in its «#» («#ميركل»)."""
        if self.hash_marks and self.norm.text[nstart - 1 : nstart] == _HASH:
            nstart -= 1
        start, end = self.norm.original_span(nstart, nend)
        return start, end, self.text[start:end]

    def extent(self, i: int, hit: Hit) -> int:
        """How many tokens `hit` covers from token i: 1 + its other words, or 0 if they
        are not there. Later words may carry the article when the first one does
        («الفضيحة المدوية» for «فضيحة مدوية»)."""
        if not hit.rest:
            return 1
        words = self.words
        article = self.lexicon.morphology.article
        j = i + 1
        for word in hit.rest:
            if j >= len(words) or (words[j] != word and words[j] != article + word):
                return 0
            j += 1
        return j - i

    def has(self, i: int, kind: str, role: str | None = None) -> Hit | None:
        """The first single-word hit of token i with this kind (and role)."""
        if i < 0 or i >= len(self.hits):
            return None
        for hit in self.hits[i]:
            if hit.kind == kind and (role is None or hit.role == role) and not hit.rest:
                return hit
        return None

    def has_multiword(self, i: int, kind: str, role: str) -> bool:
        """Does a multi-word entry of this kind and role start at token i and fit?"""
        return any(
            hit.kind == kind and hit.role == role and hit.rest and self.extent(i, hit)
            for hit in self.hits[i]
        )

    def clitic_length(self, i: int, hit: Hit) -> int:
        """Letters glued in front of token i (و، ف، ب، ل) that are not part of the lexicon
        entry: the finding is «فلول», not «وفلول»; «بادية الشام», not «ببادية الشام»."""
        if not hit.affixed:
            return 0
        word = self.words[i]
        letters = self.lexicon.grammar.clitic_letters
        for k in (2, 1):
            # k letters, each a conjunction or a preposition, before a word of 3 or more
            if len(word) - k < 3 or word[:k].strip(letters):
                continue
            for h in self.lexicon.lookup(word[k:], ()):
                # or a loaded word of one word under any entry: «وعرقلة» is «و» + «عرقلة»
                # though the lexicon files the verbal noun under another entry than the verb
                if h.kind == hit.kind and (
                    h.entry == hit.entry or (hit.kind == "loaded" and not (h.rest or hit.rest))
                ):
                    return k
        return 0

    def skip_fillers(self, j: int, hi: int, limit: int = 6) -> int:
        """Step over what may stand between a cue and its source: «لنا», «أمس», «في بيان له»,
        "on Monday", "in a statement"; a context's adjectives with it («في بيان آخر»)."""
        for _ in range(limit):
            if j >= hi:
                break
            step = context = 0
            for hit in self.hits[j]:
                if hit.kind == "source" and hit.role == "skip":
                    step = max(step, self.extent(j, hit))
                elif hit.kind == "cue" and hit.role == "context":
                    context = max(context, self.extent(j, hit))
            if context > step:
                step = context
                while j + step < hi and self._modifier_only(j + step):
                    step += 1  # «في بيان آخر», «في بيان مشترك»: the statement's adjective
            if not step:
                break
            j += step
        return j

    def _modifier_only(self, k: int) -> bool:
        """Is token k a source word only as an adjective («آخر», «مشترك»; not «مسؤول», an
        official too)?"""
        hits = [hit for hit in self.hits[k] if hit.kind == "source"]
        return bool(hits) and all(hit.role == "modifier" for hit in hits)

    def surface(self, i: int) -> str:
        """Token i as written in the original text (capitals, diacritics and all)."""
        start, end = self.norm.original_span(self.starts[i], self.ends[i])
        return self.text[start:end]

    def tagged(self, i: int) -> bool:
        """Is token i (part of) a hashtag («#عاجل», «#خبر_عاجل»)?"""
        return bool(self.hash_marks) and _in_hashtag(self.norm, self.starts[i])

    def sentence_of(self, i: int) -> tuple[int, int]:
        """The token range of the sentence holding token i."""
        k = bisect_right(self.sentences, (i, len(self.words) + 1)) - 1
        if k >= 0 and i < self.sentences[k][1]:
            return self.sentences[k]
        return (i, i + 1)

    def is_number(self, i: int) -> bool:
        return 0 <= i < len(self.words) and self.words[i][:1].isdigit()

    def is_punct(self, i: int) -> bool:
        return 0 <= i < len(self.words) and not self.words[i][:1].isalnum()


def _no_pronoun_after_ta_marbuta(doc: Document, ending: str) -> None:
    """«قوية», «نادية»: normalised, «ة» is the pronoun «ه», so «قويه» also reads «قوى» (forces)
    + «ه» and «ناديه» «نادي» (a club) + «ه». A word written with «ة» has no such pronoun. Its
    reading through one is dropped where it cannot be the word's feminine: a plural's
    («قوى»), a listed name's («نادية»), a verb's («إضافة» is no «أضافه»). Otherwise it is the
    feminine of the noun («شابة», «نقيبة», «مكتبة»), indefinite like any word without the
    article."""
    lookup = doc.lexicon.lookup
    size = len(ending)
    # a slice, not a call per token: most tokens end in another letter
    ending_here = [i for i, word in enumerate(doc.words) if word[-size:] == ending]
    for i in ending_here:
        word, hits = doc.words[i], doc.hits[i]
        if len(word) < 3 or not hits or not any(h.affixed for h in hits):
            continue
        stem_hits = lookup(word[:-size], _NO_HITS)
        # a verb with its object pronoun: «إضافة» (an addition) is no «أضافه» (he added it)
        verbs = {h.entry for h in stem_hits if h.kind == "cue" and h.role == "verb"}
        stem = {h.entry for h in stem_hits if h.kind == "source"}
        if not (stem or verbs):
            continue
        if doc.lexicon.morphology.carries_article(word):
            stem = set()  # «القوية»: definite by its article, not by a pronoun
        if not (stem or verbs) or written_letters(doc.surface(i)).endswith(ending):
            continue  # «صفحته», «بيانه»: written with the pronoun
        named = any(h.kind == "entity" and not h.affixed and not h.rest for h in hits)
        plural = {h.entry for h in stem_hits if h.kind == "source" and h.plural}
        narrowed: list[Hit] = []
        for h in hits:
            if h.kind == "cue" and h.role == "verb" and h.affixed and h.entry in verbs:
                continue
            if h.kind == "source" and h.affixed and h.definite and h.entry in stem:
                if named or h.entry in plural:
                    continue
                h = replace(h, definite=False)  # «شابة»: a young woman, not «his young man»
            narrowed.append(h)
        doc._narrowed.add(i)
        doc.hits[i] = tuple(narrowed)


def _sentence_spans(norm: Normalized, cased: bool, language: str) -> list[tuple[int, int]]:
    """Sentence spans in normalised offsets. Where capitals matter ("Mr. Obama", "U.S.
    officials" are no sentence ends, "He fell ill." is) the sentences are found in the
    original text and mapped over."""
    if not cased or not norm.dropped_any:
        return sentence_spans(norm.original if cased else norm.text, language)
    return [
        (normalized_position(norm, start), normalized_position(norm, end))
        for start, end in sentence_spans(norm.original, language)
    ]


def _without(
    starts: list[int], words: list[str], noise: list[tuple[int, int]]
) -> tuple[list[int], list[str]]:
    """Tokens outside the noise spans (both sorted by position)."""
    kept_starts, kept_words = [], []
    k = 0
    for start, word in zip(starts, words, strict=True):
        while k < len(noise) and noise[k][1] <= start:
            k += 1
        if k < len(noise) and noise[k][0] < start + len(word):
            continue
        kept_starts.append(start)
        kept_words.append(word)
    return kept_starts, kept_words


def _without_hash_marks(
    norm: Normalized, starts: list[int], words: list[str]
) -> tuple[list[int], list[str], frozenset[int]]:
    """Tokens without the «#» glued to the front of a hashtag, so that «سفيرة #فرنسا
    بالرباط» and «#ميركل: …» read as the words they tag (the normalisation has already
    turned a tag's underscores into spaces), and where those marks stood (`Document.span`
    gives them back to a finding that starts at the tag). Between two tags the mark stays
    a token, a boundary: «#عاجل #الأردن تعلن» is no phrase «عاجل الأردن»."""
    last = len(words) - 1
    dropped = [
        word == _HASH
        and k < last
        and starts[k + 1] == starts[k] + 1
        and words[k + 1][:1].isalnum()
        and not (k and _in_hashtag(norm, starts[k - 1]))
        for k, word in enumerate(words)
    ]
    if not any(dropped):
        return starts, words, frozenset()
    kept = [not d for d in dropped]
    return (
        list(compress(starts, kept)),
        list(compress(words, kept)),
        frozenset(compress(starts, dropped)),
    )


def _unglued(lexicon: Lexicon, starts: list[int], words: list[str]) -> tuple[list[int], list[str]]:
    """Tokens with a reporting verb split off the word it was glued to when a space went
    missing («… يوم الخميسوأعلنت الوزارة»: «الخميس» + «وأعلنت»). Only a word the lexicon
    does not know, cut before the conjunction `glued_cues` names («و», not «ف»: «المستفيدين»
    holds «فيدين») where what follows it is a reporting verb's past form as written alone
    (`past_cues`: «أعلنت», never «ليتهم» in «مسؤوليتهم»), four letters or more, and three
    letters or more stay before it."""
    lookup = lexicon.lookup
    letter = lexicon.grammar.glued_cues
    verbs = lexicon.past_cues
    cut: dict[int, int] = {}
    long_enough = map(_GLUED_MIN.__le__, map(len, words))  # C-level: most words are short
    for k, word in compress(enumerate(words), long_enough):
        if lookup(word, _NO_HITS):
            continue
        for at in range(_GLUED_BEFORE, len(word) - _GLUED_VERB):
            if word[at] == letter and word[at + 1 :] in verbs:
                cut[k] = at
                break
    if not cut:
        return starts, words
    new_starts: list[int] = []
    new_words: list[str] = []
    for k, (start, word) in enumerate(zip(starts, words, strict=True)):
        at = cut.get(k)
        if at is None:
            new_starts.append(start)
            new_words.append(word)
        else:
            new_starts += [start, start + at]
            new_words += [word[:at], word[at:]]
    return new_starts, new_words


def _in_hashtag(norm: Normalized, start: int) -> bool:
    """Is the token at normalised `start` part of a hashtag («#فيروس_كورونا»)?"""
    original = norm.original
    p = norm.original_index(start)
    while p > 0 and not original[p - 1].isspace():
        p -= 1
    return original[p : p + 1] == _HASH
