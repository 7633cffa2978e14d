"""Normalisation, sentences and tokens, every span with offsets into the original text.

One normalisation serves the lexicons and the text alike, so a lexicon entry written
«إرهابيّون» matches «ارهابيون» in an article. Characters that carry no meaning for
matching (tashkeel, tatweel, bidi and zero-width marks) are dropped; everything else is
mapped one character to one character, so the map back to the original text is a short
list of the places where something was dropped.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field

from literacy.errors import UnsupportedLanguageError

LANGUAGES = ("ar", "en")

# Arabic harakat, shadda, sukun, superscript alef and Quranic marks.
_DIACRITICS = "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e8\u06ea-\u06ed"
_TATWEEL = "\u0640"
# Soft hyphen, zero-width space/joiners, LRM/RLM, bidi embeddings/overrides/isolates, ALM, BOM.
_FORMAT = "\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\u061c\ufeff"
_DROPPED = re.compile(f"[{_DIACRITICS}{_TATWEEL}{_FORMAT}]+")
_COMBINING = re.compile(f"[{_DIACRITICS}]+")

_ONE_TO_ONE = str.maketrans(
    {
        # alef forms, alef maqsura, ta marbuta
        "أ": "ا",
        "إ": "ا",
        "آ": "ا",
        "ٱ": "ا",
        "ى": "ي",
        "ة": "ه",
        # Persian/Urdu letter forms that turn up in Arabic web text
        "ی": "ي",
        "ک": "ك",
        "ە": "ه",
        # Arabic-Indic and extended Arabic-Indic digits
        **{chr(0x0660 + d): str(d) for d in range(10)},
        **{chr(0x06F0 + d): str(d) for d in range(10)},
        # every kind of space is a space; typographic quotes and dashes are plain
        "\u00a0": " ",
        "\u202f": " ",
        "\u205f": " ",
        "\u3000": " ",
        **{chr(c): " " for c in range(0x2000, 0x200B)},
        "\u2018": "'",
        "\u2019": "'",
        "\u201b": "'",
        "\u2032": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201f": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": "-",
        "\u2014": "-",
        "\u2015": "-",
        # str.lower() would turn İ into two characters; keep the map one-to-one
        "\u0130": "i",
        # hashtags join words with underscores: #فيروس_كورونا is two words
        "_": " ",
    }
)
# str.translate looks every character up in a dict; a replace per mapped character is a
# fast C scan, ~20 times quicker on Arabic text, with the same result.
_REPLACEMENTS = tuple((chr(k), v) for k, v in _ONE_TO_ONE.items())
# Arabic presentation forms, which text copied out of a PDF often carries: each shape of a
# letter (isolated, initial, medial, final) is a character of its own. Each folds to its
# letter (NFKC), where that is one letter; the ligatures («ﻻ», «ﷲ») stay, as one character
# cannot stand for two.
_PRESENTATION = re.compile("[\ufb50-\ufdff\ufe70-\ufefc]")
_PRESENTATION_MAP = {
    c: folded
    for c in (*range(0xFB50, 0xFE00), *range(0xFE70, 0xFEFD))
    if len(folded := unicodedata.normalize("NFKC", chr(c))) == 1 and folded != chr(c)
}


@dataclass(frozen=True, slots=True)
class Normalized:
    """A normalised text and the way back to offsets in the original."""

    original: str
    text: str
    # Normalised positions at which dropped characters used to stand, and the running
    # total of dropped characters up to and including each of those places.
    _gaps: tuple[int, ...] = field(default=(), repr=False)
    _dropped: tuple[int, ...] = field(default=(), repr=False)

    @property
    def dropped_any(self) -> bool:
        """Were characters dropped, so offsets differ from the original's?"""
        return bool(self._gaps)

    def original_index(self, index: int) -> int:
        """The original index of the character at normalised `index`."""
        if not self._gaps:
            return index
        k = bisect.bisect_right(self._gaps, index)
        return index + (self._dropped[k - 1] if k else 0)

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a normalised span back, keeping the diacritics of its last letter."""
        gaps = self._gaps
        if not gaps:
            return start, end
        if end <= start:
            position = self.original_index(start)
            return position, position
        # original_index of start and of end - 1 (plus one), sharing the search
        dropped = self._dropped
        k = bisect.bisect_right(gaps, start)
        o_start = start + (dropped[k - 1] if k else 0)
        k = bisect.bisect_right(gaps, end - 1, k)
        o_end = end + (dropped[k - 1] if k else 0)
        # diacritics on the last letter: only where characters were dropped right after it
        if k < len(gaps) and gaps[k] == end:
            tail = _COMBINING.match(self.original, o_end)
            if tail:
                o_end = tail.end()
        return o_start, o_end


def normalize(text: str, language: str = "ar") -> Normalized:
    """Normalise `text` for matching: the same function runs over lexicons and articles."""
    check_language(language)
    gaps: list[int] = []
    dropped: list[int] = []
    total = 0
    pieces: list[str] = []
    last = 0
    for match in _DROPPED.finditer(text):
        pieces.append(text[last : match.start()])
        total += match.end() - match.start()
        gaps.append(match.start() - total + (match.end() - match.start()))
        dropped.append(total)
        last = match.end()
    if gaps:
        pieces.append(text[last:])
        kept = "".join(pieces)
    else:
        kept = text
    if _PRESENTATION.search(kept):
        kept = kept.translate(_PRESENTATION_MAP)
    for char, replacement in _REPLACEMENTS:
        if char in kept:
            kept = kept.replace(char, replacement)
    return Normalized(text, kept.lower(), tuple(gaps), tuple(dropped))


def written_letters(text: str) -> str:
    """The text as written less the marks normalisation drops (tashkeel, tatweel, bidi and
    zero-width marks): its letters, «ة» still «ة»."""
    return _DROPPED.sub("", text)


def normalize_key(text: str, language: str = "ar") -> str:
    """The normalised form of a short string, with runs of spaces collapsed (lexicon keys)."""
    return " ".join(normalize(text, language).text.split())


def check_language(language: str) -> str:
    if language not in LANGUAGES:
        raise UnsupportedLanguageError(language, LANGUAGES)
    return language


# Runs rather than single letters: summing a few hundred run lengths is much quicker than
# building a list of thousands of one-letter strings.
# the Arabic block's letters, its supplements, and the presentation forms of PDF text
_ARABIC_LETTER = re.compile(
    r"[\u0621-\u064a\u0671-\u06d3\u06fa-\u06ff\u0750-\u077f\u08a0-\u08ff"
    r"\ufb50-\ufdff\ufe70-\ufefc]+"
)
_LATIN_LETTER = re.compile(r"[A-Za-z\u00c0-\u024f]+")


def detect_language(text: str) -> str:
    """'ar' or 'en' from the script of the letters; raises when neither script is present.

    Arabic wins when at least a third of the letters are Arabic: an Arabic article
    quoting English names is still Arabic, an English article with one Arabic name is not.
    """
    first = _ARABIC_LETTER.search(text)
    if first is None:
        if _LATIN_LETTER.search(text):
            return "en"
        letters = [c for c in text if c.isalpha()]
        if not letters:
            return "ar" if not text.strip() else "en"
        script = unicodedata.name(letters[0], "UNKNOWN").split(" ")[0].lower()
        if script == "arabic":
            return "ar"  # a rarer letter of the script («ە», Kurdish AE)
        raise UnsupportedLanguageError(script, LANGUAGES)
    latin = sum(map(len, _LATIN_LETTER.findall(text)))
    # Arabic letters are counted only until there are enough of them: in an Arabic
    # article the first few words settle it, instead of a pass over the whole text.
    arabic = 0
    for run in _ARABIC_LETTER.finditer(text, first.start()):
        arabic += run.end() - run.start()
        if arabic * 2 >= latin:
            return "ar"
    return "en"


# A run of letters or digits, or one other visible character: the tokens of an article
# (`analysis.document`) and of every lexicon form ("won't" is won ' t, "U.S." is u . s .).
# Digits written together with the Arabic letters after them are two words («٢٠٢٠قالت»: a
# date, then «قالت»); letters then digits stay one («عربي21», an outlet's name).
TOKEN = re.compile(r"(\d+(?=[\u0621-\u064a])|\w+|[^\w\s])")


def key_words(text: str, language: str = "ar") -> tuple[str, ...]:
    """The normalised tokens of a short string, the way a lexicon indexes it."""
    return tuple(TOKEN.findall(normalize(text, language).text))


@dataclass(frozen=True, slots=True)
class Span:
    """A piece of the original text: `original[start:end] == text`."""

    start: int
    end: int
    text: str


# A word: letters/digits with internal apostrophes, hyphens and decimal separators.
# A date or time stays one word between digits: «17/11/2017», «16:40».
_WORD = re.compile(r"\w+(?:(?:['\-.,٫]|(?<=\d)[/:](?=\d))\w+)*")


def tokens(text: str, language: str = "ar") -> list[Span]:
    """Words of `text` with original offsets (diacritics and tatweel stay inside a word)."""
    norm = normalize(text, language)
    out = []
    for match in _WORD.finditer(norm.text):
        start, end = norm.original_span(match.start(), match.end())
        out.append(Span(start, end, text[start:end]))
    return out


# A sentence ends at . ! ? ؟ … (and runs of them, e.g. «!!» or «؟!») followed by a space,
# a closing quote or bracket, or the end; or at a line break. A full stop between two
# digits (116.000), after a single Latin capital (U.S.) or after a title, a state or a time
# ("Sen.", "(D-Wis.)", "9 a.m.") is not an ending.
_TERMINATOR = re.compile(r"""(?:\.(?!\d)|[!?؟…])+["'»”)\]]*(?=\s|$)|\n""")
# Every terminator starts with one of these: find them first, then try the full pattern.
_TERMINATOR_START = re.compile(r"[.!?؟…\n]")
_ABBREVIATION = re.compile(
    r"(?:\b(?:[A-Z]|Mr|Mrs|Ms|Dr|Prof|St|Gen|Col|Lt|Sgt|Rep|Sen|Gov|Jr|Sr|Inc|Co|Corp|Ltd|"
    r"vs|etc|No|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|[ap]\.m|Ala|Ariz|Ark|Calif|"
    r"Colo|Conn|Fla|Ga|Ill|Ind|Kan|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb|Nev|Okla|Ore|Pa|"
    r"Tenn|Tex|Va|Vt|Wash|Wis|Wyo|Capt|Supt|Det|Insp|Rev|Hon|Adm|Maj|Cmdr|Dept|Univ|Ave)"
    r"|(?<!\w)[دأا])\.\)?$"
)


def sentences(text: str, language: str = "ar") -> list[Span]:
    """Sentences with original offsets, trimmed of surrounding space.

    Copes with news mess: headlines and lines without final punctuation end at the line
    break, «!!» and «؟!» end a sentence once, and closing quotes stay with their sentence.
    """
    return [Span(s, e, text[s:e]) for s, e in sentence_spans(text, language)]


def sentence_spans(text: str, language: str = "ar") -> list[tuple[int, int]]:
    """The (start, end) of each of `sentences`, without building their texts."""
    check_language(language)
    out: list[tuple[int, int]] = []
    start = 0
    for match in _terminators(text):
        end = match.end()
        if match.group() != "\n" and _ABBREVIATION.search(text, max(start, end - 8), end):
            continue
        _add_trimmed(out, text, start, end)
        start = end
    _add_trimmed(out, text, start, len(text))
    return out


def _terminators(text: str) -> Iterator[re.Match[str]]:
    """Same matches as `_TERMINATOR.finditer(text)`, trying the pattern only where a
    terminator can start (the full pattern is slow to try at every character)."""
    done = 0
    for candidate in _TERMINATOR_START.finditer(text):
        position = candidate.start()
        if position < done:
            continue
        match = _TERMINATOR.match(text, position)
        if match:
            done = match.end()
            yield match


# A letter or digit: `[^\W_]` is exactly str.isalnum() (a regex word character but "_").
_ALNUM = re.compile(r"[^\W_]")


def _add_trimmed(out: list[tuple[int, int]], text: str, start: int, end: int) -> None:
    """The piece of text trimmed of space, unless nothing but punctuation is left."""
    piece = text[start:end]
    stripped = piece.strip()
    if stripped and _ALNUM.search(stripped):
        s = start + (len(piece) - len(piece.lstrip()))
        out.append((s, s + len(stripped)))


def find(haystack: str, needle: str, language: str = "ar", start: int = 0) -> Span | None:
    """The first occurrence of `needle` in `haystack` from `start`, as written or after
    normalisation (any run of spaces matching any run of spaces); the span is in the
    haystack's own offsets. An earlier variant («ارهاب» before «إرهاب», "no" before “no”)
    comes before a later exact match, so occurrences are counted the same either way."""
    words = normalize(needle, language).text.split()
    exact = haystack.find(needle, start)
    if not words:
        return Span(exact, exact + len(needle), needle) if exact >= 0 else None
    # Only the text before an exact match can hold an earlier variant: normalise just that.
    end = exact + len(needle) if exact >= 0 else len(haystack)
    region = normalize(haystack[start:end], language)
    pattern = r"\s+".join(re.escape(w) for w in words)
    match = re.compile(pattern).search(region.text)
    if match is not None:
        s, e = region.original_span(match.start(), match.end())
        if exact < 0 or start + s < exact:
            return Span(start + s, start + e, haystack[start + s : start + e])
    if exact >= 0:
        return Span(exact, exact + len(needle), needle)
    return None


def normalized_position(norm: Normalized, original: int) -> int:
    """The normalised index of the first character at or after original index `original`."""
    if original <= 0:
        return 0
    lo, hi = 0, len(norm.text)
    while lo < hi:  # smallest normalised index whose original index is >= `original`
        mid = (lo + hi) // 2
        if norm.original_index(mid) < original:
            lo = mid + 1
        else:
            hi = mid
    return lo
