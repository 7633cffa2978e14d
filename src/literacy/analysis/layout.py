"""The article's furniture: headline, kicker, dateline and byline lines before the body.

News pasted from the web starts with lines that are not sentences: «خبر عاجل», the headline
(often twice), «نشر الاثنين 04 ديسمبر, 2017 …», the site name, «- وليد عبد الرحيم». They are
not claims. The headline is reported on its own (the quiz asks what makes it sensational) and
counts as one claim, once, however often it is repeated.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from literacy.analysis.lexicon import Lexicon

_LINE = re.compile(r"[^\n]+")
_WORD = re.compile(r"\w")
_ARABIC_OR_LATIN = re.compile(r"[A-Za-z\u0621-\u064a]")
_LATIN = re.compile(r"[A-Za-z]")
_TIME = re.compile(r"\d{1,2}:\d{2}")
_BODY_ENDINGS = (".", "؟", "?", '."', ".»", ":")
_BYLINE_NOT = (".", "؟", "?", ":", "،", ",", "«", '"')  # a sentence or a quotation, no byline
# A body paragraph is long or ends like a sentence; anything before the first one is furniture.
_BODY_WORDS = 25
_SENTENCE_WORDS = 6
_HEADLINE_MIN_WORDS = 3
_HEADLINE_MAX_WORDS = 25


@dataclass(frozen=True, slots=True)
class Layout:
    headline: tuple[int, int] | None  # normalised span of the first headline line
    furniture: tuple[tuple[int, int], ...]  # normalised spans that are not claims
    credits: tuple[tuple[int, int], ...] = ()  # «المصدر: وكالات»: furniture naming no source


def find_layout(text: str, lexicon: Lexicon) -> Layout:
    """`text` is the normalised article; spans index it."""
    lines = [(m.start(), m.end(), m.group().strip()) for m in _LINE.finditer(text)]
    lines = [(s, e, t) for s, e, t in lines if _WORD.search(t)]
    if len(lines) < 2:
        return Layout(None, ())
    openers = lexicon.grammar.byline_openers
    body = next((n for n, (_, _, t) in enumerate(lines) if _is_body(t)), None)
    # «المصدر: وكالات» closing the article: a credit line wherever it stands; «كتب سامي
    # حداد» between the headline and the body (a headline may open with «كتب» too)
    signed = lexicon.grammar.byline_verbs
    credits = [
        _trim(text, s, e)
        for n, (s, e, t) in enumerate(lines)
        if _credit(t, openers) or (0 < n < (body or 0) and _byline(t, signed))
    ]
    if not body:  # no body paragraph, or the text starts with one: no furniture
        return Layout(None, tuple(credits), tuple(credits))
    headline: tuple[int, int] | None = None
    headline_key = None
    furniture: list[tuple[int, int]] = []
    for start, end, line in lines[:body]:
        span = _trim(text, start, end)
        words = len(line.split())
        key = " ".join(line.split())
        if headline_key is not None and key == headline_key:
            furniture.append(span)  # the headline repeated
        elif span in credits:
            continue
        elif (
            headline is None
            and _HEADLINE_MIN_WORDS <= words <= _HEADLINE_MAX_WORDS
            and not _is_meta(line, openers, lexicon.grammar.script)
        ):
            headline, headline_key = span, key
        else:
            furniture.append(span)
    if headline_key is not None:
        first_word = headline_key.split(" ", 1)[0]
        for start, end, line in lines[body:]:
            # lines are stripped: a repeat starts with the headline's first word
            if line.startswith(first_word) and " ".join(line.split()) == headline_key:
                furniture.append(_trim(text, start, end))
    return Layout(headline, tuple(sorted({*furniture, *credits})), tuple(credits))


def _is_body(line: str) -> bool:
    words = len(line.split())
    return words >= _BODY_WORDS or (words >= _SENTENCE_WORDS and line.endswith(_BODY_ENDINGS))


def _is_meta(line: str, openers: tuple[str, ...], script: str) -> bool:
    """A dateline, byline or site name rather than a headline: a site name is often in
    another script than the article's (a Latin name above an Arabic article)."""
    letters = _ARABIC_OR_LATIN.findall(line)
    latin = sum(1 for c in letters if _LATIN.match(c))
    foreign = len(letters) - latin if script == "latin" else latin
    return (
        line.startswith(("-", "/", *openers))
        or bool(_TIME.search(line))
        or (bool(letters) and foreign * 2 > len(letters))
        or "http" in line
    )


def _credit(line: str, openers: tuple[str, ...]) -> bool:
    """«المصدر: وكالات», «بقلم: …»: a short line of an opener and a colon credits the article,
    says nothing."""
    if len(line.split()) > _SENTENCE_WORDS:
        return False
    return any(line.startswith(o) and line[len(o) :].lstrip().startswith(":") for o in openers)


def _byline(line: str, verbs: frozenset[str]) -> bool:
    """«كتب سامي حداد», «كتب فتحي علي و محمد عراقي»: a short line of a verb that signs and
    the writers' names, with no colon and no end of a sentence, credits the article."""
    words = line.split()
    return (
        1 < len(words) <= _SENTENCE_WORDS
        and words[0] in verbs
        and not any(mark in line for mark in _BYLINE_NOT)
    )


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    piece = text[start:end]
    left = len(piece) - len(piece.lstrip())
    return start + left, start + len(piece.rstrip())
