"""The analyser's quicker algorithms against the slower ones they replaced.

Each reference below is the earlier, straightforward version of a step that was rewritten
for speed (issue 3 and 8: the analyser against one regex pass). Both run on the golden
articles, on development paragraphs when `../shared/eval` is there, and on generated text;
they must agree exactly. The references live only here.
"""

from __future__ import annotations

import json
import re
import unicodedata
from functools import cache
from itertools import compress
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from literacy.analysis import casing, names_en
from literacy.analysis.document import Document
from literacy.analysis.lexicon import lexicon
from literacy.analysis.loaded import _MARK_RUN, _SHOUTING
from literacy.analysis.signals import _NUMERIC_DATE
from literacy.errors import UnsupportedLanguageError
from literacy.text import (
    _ABBREVIATION,
    _ARABIC_LETTER,
    _COMBINING,
    _LATIN_LETTER,
    LANGUAGES,
    Normalized,
    _terminators,
    detect_language,
    normalize,
    sentence_spans,
)

REPO = Path(__file__).resolve().parent.parent
EVAL = REPO.parent / "shared" / "eval"


def _texts() -> list[str]:
    texts = [
        p.read_text(encoding="utf-8-sig") for p in sorted((REPO / "tests/golden").glob("*.txt"))
    ]
    texts += [  # headlines in title case and in capitals, with and without diacritics
        "Mayor Slams Council Over Flood Cuts\n\nThe mayor said on Monday that …",
        "MAYOR SLAMS COUNCIL OVER FLOOD CUTS\nJoan Peters, a teacher, told the Courier: “No.”",
        "Kelbridge Flood Barrier: What We Know So Far\u00ad\n\n“It was a nightmare,” said Joan.",
        "وزير الخارجية: \u064eالعالم Über ÉTAT Mayor Says Élysée Palace Is Wrong",
    ]
    ct22 = EVAL / "ct22-claims-dev.tsv"
    if ct22.is_file():  # tweets: links, handles, emoji, dialect
        texts += [line.split("\t")[3] for line in ct22.read_text("utf-8").splitlines()[1:150]]
    armpro = EVAL / "armpro-spans-dev.jsonl"
    if armpro.is_file():
        texts += [json.loads(line)["paragraph"] for line in armpro.open(encoding="utf-8")][:150]
    ptc = EVAL / "en" / "ptc-train" / "articles"
    if ptc.is_dir():
        texts += [p.read_text("utf-8") for p in sorted(ptc.glob("*.txt"))[:15]]
    return texts


TEXTS = _texts()
WORDS = "قال وقالت مصادر مطلعة إن الجيش السوري تحرير مجزرة أحد للأمم المتحدة وزير"
WORDS += " The Mayor said U.S. Dr. officials told Joan Peters in Millbrook council"
WORDS += " MAYOR SLAMS COUNCIL Over Cuts WHO NATO Élysée ÉTAT"
MARKS = '« » " : ، . , ! !! ؟! ?! ( ) - ―'
pieces = st.sampled_from(
    [
        *WORDS.split(),
        *MARKS.split(),
        *(" ", "  ", "\n", "\n\n", "١٢٠", "17/11/2017", "2017-11-17", "3.5", "1.2.33", "12/1/99"),
        *("85%", "#فيروس_كورونا", "https://t.co/x1", "@user", "😀", "İstanbul", "ǅemal", "x²"),
        *("Ⅻ", "\u064e", "\u0651", "\u0640", "\u200f", "\u2067", "\u00a0", "\ufeff", "\u00ad"),
    ]
)
generated = st.lists(pieces, max_size=60).map("".join)
common = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


# -- the references --------------------------------------------------------------------------


def detect_reference(text: str) -> str:
    arabic = sum(map(len, _ARABIC_LETTER.findall(text)))
    latin = sum(map(len, _LATIN_LETTER.findall(text)))
    if arabic == 0 and latin == 0:
        letters = [c for c in text if c.isalpha()]
        if not letters:
            return "ar" if not text.strip() else "en"
        script = unicodedata.name(letters[0], "UNKNOWN").split(" ")[0].lower()
        raise UnsupportedLanguageError(script, LANGUAGES)
    return "ar" if arabic * 2 >= latin else "en"


_OLD_DATE = re.compile(
    r"(?:[0-9]{1,2}[/\-.][0-9]{1,2}[/\-.](?:[0-9]{4}|[0-9]{2})"
    r"|[0-9]{4}[/\-.][0-9]{1,2}[/\-.][0-9]{1,2})(?![0-9])"
)


def sentences_reference(text: str) -> list[tuple[int, int]]:
    out, start = [], 0
    ends = []
    for match in _terminators(text):
        end = match.end()
        if match.group() != "\n" and _ABBREVIATION.search(text, max(start, end - 8), end):
            continue
        ends.append((start, end))
        start = end
    ends.append((start, len(text)))
    for start, end in ends:
        piece = text[start:end]
        stripped = piece.strip()
        if stripped and any(c.isalnum() for c in stripped):
            s = start + (len(piece) - len(piece.lstrip()))
            out.append((s, s + len(stripped)))
    return out


def original_span_reference(norm: Normalized, start: int, end: int) -> tuple[int, int]:
    if end <= start:
        return norm.original_index(start), norm.original_index(start)
    o_end = norm.original_index(end - 1) + 1
    tail = _COMBINING.match(norm.original, o_end)
    return norm.original_index(start), tail.end() if tail else o_end


@cache
def _followers(language: str) -> dict[str, frozenset[str]]:
    lex = lexicon(language)
    article = lex.morphology.article
    out = {}
    for surface, hits in lex.index.items():
        nexts = {w for h in hits if h.rest for w in (h.rest[0], article + h.rest[0])}
        if nexts:
            out[surface] = frozenset(nexts)
    return out


def resolve_reference(doc: Document) -> dict[str, list]:
    out: dict[str, list] = {k: [] for k in ("cue", "source", "entity", "signal", "loaded")}
    words, article = doc.words, doc.lexicon.morphology.article
    followers = _followers(doc.lexicon.language)
    for i in compress(range(len(words)), doc.hits):
        following = words[i + 1] if i + 1 < len(words) else ""
        extends = following in followers.get(words[i], frozenset())
        for hit in doc.hits[i]:
            if not hit.rest:
                out[hit.kind].append((i, 1, hit))
            elif (
                extends
                and following in (hit.rest[0], article + hit.rest[0])
                and (n := doc.extent(i, hit))
            ):
                out[hit.kind].append((i, n, hit))
    return out


def capitals_reference(doc: Document, lo: int, hi: int) -> bool:
    longer = capitalised = 0
    for k in range(lo, hi):
        if len(doc.words[k]) > 3 and doc.words[k].isalpha():
            longer += 1
            capitalised += casing._case(doc.surface(k)) in ("title", "upper")
    return longer >= 3 and capitalised >= 0.7 * longer


def names_reference(doc: Document, lo: int, hi: int) -> list[tuple[str, int, int]]:
    """`names_in` stepping over every token, as it did."""
    first, last = doc.sentence_of(lo)
    if casing.capitals_say_nothing(doc, first, last):
        return []
    plain, words, out = casing.plain_names(doc), doc.words, []
    k = lo
    while k < hi:
        stretch = k == first or words[k - 1] in casing.STRETCH_OPENERS
        if not (casing.is_name_word(doc, k, first, False) if stretch else plain[k]):
            k += 1
            continue
        end = names_en.name_run(doc, k, hi, first, False)
        if end == k + 1 and stretch and not any(h.kind == "entity" for h in doc.hits[k]):
            k = end
            continue
        places = [
            h
            for h in doc.hits[k]
            if h.kind == "entity" and h.role in ("place", "country") and doc.extent(k, h)
        ]
        named = names_en.after_institution(doc, k, end) and names_en._determined(doc, k - 1, first)
        kind = "organization" if named else names_en.name_kind(doc, k, end)
        place_word = {words[k], words[end - 1]} & doc.lexicon.grammar.place_words
        if (
            places
            or place_word
            or (kind == "person" and k > lo and words[k - 1] in names_en._LOCATIVES)
        ):
            out.append(("names_place", k, end))
        elif kind in ("organization", "person"):
            out.append((f"names_{kind}", k, end))
        else:
            out.append(("nationality", k, end))
        k = end
    return out


_LOWER_WORD = re.compile(r"(?<![\w'’-])[a-z]+(?![\w'’-])")


def clitic_reference(doc: Document, i: int, hit) -> int:  # type: ignore[no-untyped-def]
    if not hit.affixed:
        return 0
    word = doc.words[i]
    letters = doc.lexicon.grammar.conjunction_letters + doc.lexicon.grammar.preposition_letters
    for k in (2, 1):
        if len(word) - k < 3 or not all(c in letters for c in word[:k]):
            continue
        for h in doc.lexicon.lookup(word[k:], ()):
            same = h.entry == hit.entry
            loaded_word = hit.kind == "loaded" and not h.rest and not hit.rest
            if h.kind == hit.kind and (same or loaded_word):
                return k
    return 0


# -- the comparisons -------------------------------------------------------------------------


def check_text(text: str) -> None:
    try:
        expected = detect_reference(text)
    except UnsupportedLanguageError:
        with pytest.raises(UnsupportedLanguageError):
            detect_language(text)
    else:
        assert detect_language(text) == expected
    for language in ("ar", "en"):
        norm = normalize(text, language)
        for source in (norm.text, text):
            assert sentence_spans(source, language) == sentences_reference(source)
        dates = [m.span() for m in _OLD_DATE.finditer(norm.text)]
        assert [m.span() for m in _NUMERIC_DATE.finditer(norm.text)] == dates
        shouting = [m.span() for m in _SHOUTING.finditer(norm.text)]
        runs = _MARK_RUN.finditer(norm.text)
        assert [
            m.span() for r in runs for m in _SHOUTING.finditer(norm.text, *r.span())
        ] == shouting
        doc = Document.build(text, lexicon(language))
        assert doc._resolve() == resolve_reference(doc)
        for i, hits in enumerate(doc.hits):
            for hit in hits:
                assert doc.clitic_length(i, hit) == clitic_reference(doc, i, hit)
        cases = [casing._case(doc.surface(i)) for i in range(len(doc.words))]
        assert [casing.case_of(doc, i) for i in range(len(doc.words))] == cases
        plain = [
            c != "lower" and casing._name_word(doc, i, False, False) for i, c in enumerate(cases)
        ]
        assert casing.plain_names(doc) == plain
        lower = frozenset(_LOWER_WORD.findall(text))
        for word in {*doc.words, *lower, *(w.lower() for w in text.split())}:
            assert casing.written_in_lower_case(doc, word) == (word in lower)
        for lo, hi in [*doc.sentences, (0, len(doc.words))]:
            assert casing.capitals_say_nothing(doc, lo, hi) == capitals_reference(doc, lo, hi)
            if language == "en":
                assert list(names_en.names_in(doc, lo, hi)) == names_reference(doc, lo, hi)
    norm = normalize(text)
    for start in range(0, len(norm.text) + 1, 7):
        for end in (start, start + 1, start + 5, len(norm.text)):
            if end <= len(norm.text):
                assert norm.original_span(start, end) == original_span_reference(norm, start, end)


@pytest.mark.parametrize("n", range(len(TEXTS)))
def test_quicker_steps_agree_on_articles_and_paragraphs(n: int) -> None:
    check_text(TEXTS[n])


@common
@given(generated)
def test_quicker_steps_agree_on_generated_text(text: str) -> None:
    check_text(text)
