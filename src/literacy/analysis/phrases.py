"""The source phrase: a small grammar of Arabic noun phrases, driven by the lexicon.

A phrase starts at a head — a quantifier («أحد», «عدد من»), an anonymous noun («مصادر»,
«شهود»), a title («وزير», «قائد»), an organisation («وزارة», «الجيش»), a group («حلفاء»),
a document («بيان») or a known name — and grows while the next word can belong to it:
an adjective that agrees in definiteness (nisba «السوري», «ميدانيون», a participle
«المتواجدون»), a genitive after a noun in construct («وزارة الدفاع», «غرفة عمليات حلفاء
سوريا»), a coordinated noun («وحلفاؤه»), a name, a preposition inside an anonymous phrase
(«مسؤول في الوزارة»), and «رفض الكشف عن اسمه». Anything else ends it.

The kind follows from the head: quantifiers and anonymous nouns stay anonymous whatever
adjectives follow («قائد عسكري رفيع»), a singular definite title is a person («وزير
الخارجية»), an organisation needs to be named («وكالة» alone is anonymous).
"""

from __future__ import annotations

from dataclasses import dataclass

from literacy.analysis import wordclass as wc
from literacy.analysis.document import Document
from literacy.analysis.model import SourceKind

_MAX_TOKENS = 10
_NAME_RUN = 3
_TAIL_WINDOW = 6
_BACK_WINDOW = 12

_LINKING_HEADS = ("anonymous", "title", "quantifier")
_INSTITUTION_HEADS = ("title", "organization", "document", "named_organization")
_QUOTE_SPAN = 5


@dataclass(frozen=True, slots=True)
class Phrase:
    i: int  # first token
    j: int  # one past the last token
    nstart: int  # normalised start (may skip letters glued to the first token)
    nend: int
    kind: SourceKind
    head: str = "anonymous"  # the head's role: a statement («بيان») makes the source official


@dataclass(slots=True)
class _State:
    head: str
    definite: bool
    plural: bool
    construct: bool  # the last noun awaits a genitive
    genitive: bool = False  # some genitive filled a construct
    named: bool = False
    hidden: bool = False  # «رفض الكشف عن اسمه»
    quantified: bool = False
    linked: bool = False  # a preposition already continued the phrase («مسؤول في …»)
    coordinated: bool = False  # a second head joined by «و» («… وقيادة الحرس الثوري»)


def parse_phrase(
    doc: Document, i: int, hi: int, *, cut: int = 0, genitive: bool = False
) -> Phrase | None:
    """The source phrase starting at token i (skipping `cut` glued letters), or None.

    With `genitive` (after a noun cue such as «إعلان») only a named phrase counts.
    """
    if i >= hi or doc.is_punct(i):
        return None
    word = doc.words[i][cut:]
    if word in doc.lexicon.grammar.function_words:
        return None  # «أمام» is never «إمام», «على» never «علي»
    hits = wc.lookup(doc, word)
    grammar = doc.lexicon.grammar
    if not wc.head(hits) and len(word) > 3 and word[0] in grammar.conjunction_letters:
        stripped = wc.lookup(doc, word[1:])
        if wc.head(stripped):
            cut, word, hits = cut + 1, word[1:], stripped
    glued = (
        not cut and word[:1] in grammar.preposition_letters and all(h.affixed for h in hits)
    ) and bool(hits)
    if glued and wc.head(wc.lookup(doc, word[1:])):
        return None  # «قال لوكالة …»: whom it was said to, not who said it
    if word in doc.lexicon.grammar.quote_marks:
        return _quoted(doc, i, hi)
    nstart = doc.starts[i] + cut

    state: _State | None = None
    k = i
    head = wc.head(hits)
    if head is None and word in doc.lexicon.grammar.name_particles and i + 1 < hi:
        head = "person"  # «أبو بكر البغدادي», «عبد الرحمن»
    if head == "quantifier":
        k += 1
        if k < hi and doc.words[k] in grammar.quantifier_links:
            k += 1
        if k >= hi:
            return None
        hits, word = doc.hits[k], doc.words[k]
        head = wc.head(hits)
        if head is None and not wc.nisba(doc, word):
            return None
        state = _State(
            head or "anonymous", wc.definite(doc, word, hits), True, False, quantified=True
        )
    elif head is None:
        return None
    if state is None:
        plural = any(h.plural for h in hits if h.kind == "source") or wc.plural_shape(doc, word)
        definite = wc.definite(doc, word, hits)
        state = _State(
            head, definite, plural, construct=not definite and head not in wc.HEAD_ENTITIES.values()
        )
        state.named = head == "person"
        entity = wc.entity_extent(doc, k, hi)
        if entity > 1:  # «الأمم المتحدة», «رئيس الوزراء», «مدير عام»
            k += entity - 1
            last = doc.words[k]
            if doc.lexicon.morphology.split_article(last)[0]:  # «رئيس الوزراء»: complete
                state.construct, state.definite, state.genitive = False, True, True
    k += 1
    k = _grow(doc, k, hi, i, state)
    quotes = doc.lexicon.grammar.quote_marks
    dangling = sum(1 for t in range(i, k) if doc.words[t] in quotes) % 2
    if k > i + 1 and doc.words[k - 1] in quotes and dangling:
        k -= 1  # an opening quote left at the end
    if genitive and not (state.named or state.definite or state.genitive):
        return None
    return Phrase(i, k, nstart, doc.ends[k - 1], _kind(state), state.head)


def bare_name(doc: Document, i: int, hi: int) -> Phrase | None:
    """Unlisted words right after a reporting verb, closed by a colon, a quotation or «أن»
    («وأضاف كولفيل: …»): a name the lexicon does not know."""
    state = _State("person", True, False, construct=False, named=True)
    end = _unknown_name(doc, i, hi, state)
    if end is None or end >= hi:
        return None
    word = doc.words[end]
    grammar = doc.lexicon.grammar
    if word == grammar.colon_cue or word in grammar.quote_marks or word in grammar.content_openers:
        return Phrase(i, end, doc.starts[i], doc.ends[end - 1], "person", "person")
    return None


def parse_backward(doc: Document, cue: int, lo: int) -> Phrase | None:
    """The source phrase that fills the clause right before a cue («شهوداً عدة قالوا»)."""
    grammar = doc.lexicon.grammar
    start = None
    for k in range(cue - 1, max(lo, cue - _BACK_WINDOW) - 1, -1):
        word = doc.words[k]
        if (doc.is_punct(k) and word not in grammar.quote_marks) or word in grammar.clause_openers:
            start = k + 1
            break
        if word in grammar.function_words and not doc.has(k, "source", "link"):
            start = k + 1
            break
    else:
        start = lo if cue - lo <= _BACK_WINDOW else None
    if start is None or start >= cue:
        return None
    phrase = parse_phrase(doc, start, cue)
    if phrase is not None and phrase.j == cue:
        return phrase
    return None


def _grow(doc: Document, k: int, hi: int, i: int, state: _State) -> int:
    grammar = doc.lexicon.grammar
    while k < hi and k - i < _MAX_TOKENS:
        word = doc.words[k]
        hits = doc.hits[k]
        if word in grammar.quote_marks:
            close = _closing_quote(doc, k, hi)
            if close is None:
                break
            k = close + 1  # a quoted name: «وفقاً لمدونة «ناسا» العالمية»
            state.genitive = state.genitive or state.construct
            state.construct = False
            continue
        if doc.is_punct(k):
            break
        entity = wc.entity_extent(doc, k, hi)
        if entity > 1 and (state.construct or state.named):
            k += entity
            state.genitive, state.construct, state.definite = True, False, True
            continue
        if word in grammar.function_words and not doc.has(k, "source", "link"):
            break
        if wc.adjective(doc, k, state.definite):
            k += 1
            state.construct = False
            continue
        if word in grammar.name_particles and k + 1 < hi and not doc.is_punct(k + 1):
            k += 2
            state.named = True
            continue
        if wc.name(hits):
            k += 1
            # «مصدر بمطار مرسى علم»: a name inside an anonymous source's genitive names a
            # place or an office, not the source («المحلل محمد أحمد» is named)
            state.named = state.named or not (
                state.head == "anonymous" and (state.genitive or state.linked)
            )
            continue
        if state.named and not hits and doc.lexicon.morphology.split_article(word)[0]:
            k += 1  # a family name with the article after a first name: «هيثم الزناد»
            continue
        if (step := _lam_genitive(doc, k, hi, state)) is not None:
            k += step  # «الأمين العام للأمم المتحدة», «تقرير للأمم المتحدة»
            state.linked = state.genitive = True
            continue
        if state.construct and wc.genitive(doc, k, state.head):
            state.genitive = True
            if wc.definite(doc, word, hits):
                state.construct, state.definite = False, True
            k += 1
            continue
        if (step := _coordinated(doc, k, state)) is not None:
            # an indefinite institution or title awaits its genitive: «ورئيس الوزراء»
            state.construct = _awaits_genitive(doc, doc.words[k][1:])
            state.coordinated = True
            k += step
            continue
        if (
            (state.head in _LINKING_HEADS or state.quantified)
            and not state.linked
            and doc.has(k, "source", "link")
            and k + 1 < hi
            and wc.nounish(doc, k + 1)
        ):
            state.linked = True
            entity = wc.entity_extent(doc, k + 1, hi)
            if entity > 1:  # «مسؤول في مجلس الأمن»
                k += 1 + entity
                state.construct = False
                continue
            state.construct = not wc.definite(doc, doc.words[k + 1], doc.hits[k + 1])
            k += 2
            continue
        if (end := _hidden_name(doc, k, hi)) is not None:
            state.hidden = True
            return end
        if (end := _unknown_name(doc, k, hi, state)) is not None:
            state.named = True
            k = end
            continue
        break
    return k


def _closing_quote(doc: Document, k: int, hi: int) -> int | None:
    quotes = doc.lexicon.grammar.quote_marks
    for j in range(k + 1, min(hi, k + _QUOTE_SPAN + 1)):
        if doc.words[j] in quotes:
            return j if j > k + 1 else None
        if doc.is_punct(j):
            return None
    return None


def _quoted(doc: Document, i: int, hi: int) -> Phrase | None:
    """«قالت "حماس"», «وقال "الروبى"»: a quoted name right after the cue."""
    close = _closing_quote(doc, i, hi)
    if close is None:
        return None
    inner = parse_phrase(doc, i + 1, close)
    if inner is not None and inner.j == close:
        return inner
    if all(
        not doc.hits[k] and doc.words[k] not in doc.lexicon.grammar.function_words
        for k in range(i + 1, close)
    ):
        return Phrase(i + 1, close, doc.starts[i + 1], doc.ends[close - 1], "person", "person")
    return None


def _kind(state: _State) -> SourceKind:
    if state.hidden or state.quantified:
        return "anonymous"
    if state.named:
        return "person"
    if state.head == "title":
        return "person" if not state.plural and (state.definite or state.genitive) else "anonymous"
    if state.head in ("organization", "group", "document"):
        return "organization" if state.definite or state.genitive else "anonymous"
    if state.head == "named_organization":
        return "organization"
    return "anonymous"


def _lam_genitive(doc: Document, k: int, hi: int, state: _State) -> int | None:
    """«of» written as a glued «لل»: an institution's title or document names it this way.
    Only for an institution: «قال المتحدث للصحفيين» is whom he told; and not after a
    second head, where «لل» says to whom («اتهامات من قيادة الحرس والجيش للولايات المتحدة»)."""
    if state.linked or state.coordinated or state.head not in _INSTITUTION_HEADS:
        return None
    word = doc.words[k]
    prefix = doc.lexicon.grammar.genitive_prefix
    if not prefix or not word.startswith(prefix) or len(word) <= len(prefix) + 2:
        return None
    bare = doc.lexicon.morphology.article + word[len(prefix) :]
    if wc.head(wc.lookup(doc, bare)) not in ("organization", "named_organization"):
        return None
    return max(1, wc.entity_extent(doc, k, hi))


def _coordinated(doc: Document, k: int, state: _State) -> int | None:
    """«الجيش السوري وحلفاؤه», «المصادر والعسكريون»: a conjoined head of the same kind."""
    word = doc.words[k]
    if not state.definite or len(word) < 4:
        return None
    if word[0] not in doc.lexicon.grammar.conjunction_letters:
        return None
    rest = word[1:]
    hits = wc.lookup(doc, rest)
    if wc.head(hits) or (wc.definite(doc, rest, hits) and wc.nisba(doc, rest)):
        return 1
    return None


def _awaits_genitive(doc: Document, word: str) -> bool:
    """A conjoined institution or title without the article («وقيادة», «ورئيس») is in
    construct: its genitive follows. Not a group («وحلفاؤه»: its own pronoun ends it)."""
    hits = wc.lookup(doc, word)
    return wc.head(hits) in ("organization", "title") and not wc.definite(doc, word, hits)


def _hidden_name(doc: Document, k: int, hi: int) -> int | None:
    """«(الذي) رفض الكشف عن اسمه»: returns the index after «اسمه»."""
    if doc.words[k] in doc.lexicon.grammar.relative_pronouns:
        k += 1
    if k >= hi or not doc.has(k, "source", "hiding_verb"):
        return None
    for j in range(k + 1, min(hi, k + _TAIL_WINDOW)):
        if doc.has(j, "source", "hidden_name"):
            return j + 1
    return None


def _unknown_name(doc: Document, k: int, hi: int, state: _State) -> int | None:
    """Unlisted words after a definite title or a name, taken as a name only when the
    phrase clearly ends right after them («المتحدث باسم الجيش أفيخاي أدرعي إن …»)."""
    if state.linked or state.plural:
        return None  # «متحدث باسم CNN»: the name belongs to the organisation
    if not (state.named or (state.head in ("title", "anonymous") and state.definite)):
        return None
    grammar = doc.lexicon.grammar
    j = k
    while j < hi and j - k < _NAME_RUN and not doc.hits[j] and not doc.is_punct(j):
        word = doc.words[j]
        if word in grammar.function_words or wc.plural_shape(doc, word):
            break
        if doc.lexicon.morphology.split_article(word)[0]:
            if j == k:
                break
            j += 1  # a family name with the article: «مي الكيلة»
            break
        j += 1
    if j == k:
        return None
    if j >= hi or doc.is_punct(j) or doc.words[j] in grammar.function_words:
        return j
    return None
