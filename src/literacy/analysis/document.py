"""An article prepared for the detectors: normalised once, tokenised once, looked up once.

Detectors work on normalised token positions; `Document.span` maps a normalised range back
to the exact original text, so every finding satisfies `text[start:end] == finding.text`.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from literacy.analysis.lexicon import Hit, Lexicon
from literacy.text import Normalized, normalize, sentences

# Numbers (with decimal or thousands separators), runs of letters, or one other character.
_TOKEN = re.compile(r"\d+(?:[.,٫]\d+)*|[^\W\d_]+|[^\w\s]")
# Links, e-mail addresses and @handles: not words of the article (their digits are no
# numbers, their letters no names).
_NOISE = re.compile(r"(?:https?://|www\.)\S+|\S+@\S+\.\w+|@\w+")
_NO_HITS: tuple[Hit, ...] = ()


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

    @classmethod
    def build(cls, text: str, lexicon: Lexicon) -> Document:
        norm = normalize(text, lexicon.language)
        spans = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(norm.text)]
        noise = [m.span() for m in _NOISE.finditer(norm.text)]
        if noise:
            spans = _without(spans, noise)
        starts = [s for s, _, _ in spans]
        words = [w for _, _, w in spans]
        index = lexicon.index
        doc = cls(
            text=text,
            norm=norm,
            lexicon=lexicon,
            starts=starts,
            ends=[e for _, e, _ in spans],
            words=words,
            hits=[index.get(w, _NO_HITS) for w in words],
            sentences=[],
            links=noise,
        )
        for sentence in sentences(norm.text, lexicon.language):
            lo = bisect_left(starts, sentence.start)
            hi = bisect_left(starts, sentence.end)
            if hi > lo:
                doc.sentences.append((lo, hi))
        return doc

    def __len__(self) -> int:
        return len(self.words)

    def span(self, nstart: int, nend: int) -> tuple[int, int, str]:
        """Original (start, end, text) of the normalised character range [nstart, nend)."""
        start, end = self.norm.original_span(nstart, nend)
        return start, end, self.text[start:end]

    def token_span(self, i: int, j: int) -> tuple[int, int, str]:
        """Original (start, end, text) covering tokens i..j-1."""
        return self.span(self.starts[i], self.ends[j - 1])

    def extent(self, i: int, hit: Hit) -> int:
        """How many tokens `hit` covers from token i: 1 + its other words, or 0 if they
        are not there. Later words may carry the article when the first one does
        («الفضيحة المدوية» for «فضيحة مدوية»)."""
        if not hit.rest:
            return 1
        words = self.words
        j = i + 1
        for word in hit.rest:
            if j >= len(words) or (words[j] != word and words[j] != "ال" + word):
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

    def is_number(self, i: int) -> bool:
        return 0 <= i < len(self.words) and self.words[i][:1].isdigit()

    def is_punct(self, i: int) -> bool:
        return 0 <= i < len(self.words) and not self.words[i][:1].isalnum()


def _without(
    spans: list[tuple[int, int, str]], noise: list[tuple[int, int]]
) -> list[tuple[int, int, str]]:
    """Tokens outside the noise spans (both lists are sorted by position)."""
    kept = []
    k = 0
    for span in spans:
        while k < len(noise) and noise[k][1] <= span[0]:
            k += 1
        if k < len(noise) and noise[k][0] < span[1]:
            continue
        kept.append(span)
    return kept
