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

from literacy.analysis.document import Document
from literacy.analysis.lexicon import Hit
from literacy.analysis.model import SourceKind

_MAX_TOKENS = 10
_NAME_RUN = 3
_TAIL_WINDOW = 6
_BACK_WINDOW = 12

_HEAD_ROLES = ("quantifier", "title", "organization", "group", "document", "anonymous")
_HEAD_ENTITIES = {
    "person": "person",
    "given_name": "person",
    "organization": "named_organization",
    "country": "named_organization",
}
_LINKING_HEADS = ("anonymous", "title", "quantifier")
# What may follow a bare name after a reporting verb: «إن …», «أن …», «بأن …».
_CLOSERS = frozenset({"ان", "بان", "انه", "انها", "بانه", "بانها"})
# Plural endings: «منتقدون» is a group, never a name.
_PLURAL_ENDINGS = ("ون", "ات")
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
    hits = _lookup(doc, word)
    if not _head(hits) and len(word) > 3 and word[0] in "وف":  # «وحلفاء سوريا قالوا»
        stripped = _lookup(doc, word[1:])
        if _head(stripped):
            cut, word, hits = cut + 1, word[1:], stripped
    glued = not cut and word[:1] in "لبك" and hits and all(h.affixed for h in hits)
    if glued and _head(_lookup(doc, word[1:])):
        return None  # «قال لوكالة …»: whom it was said to, not who said it
    if word in doc.lexicon.grammar.quote_marks:
        return _quoted(doc, i, hi)
    nstart = doc.starts[i] + cut

    state: _State | None = None
    k = i
    head = _head(hits)
    if head is None and word in doc.lexicon.grammar.name_particles and i + 1 < hi:
        head = "person"  # «أبو بكر البغدادي», «عبد الرحمن»
    if head == "quantifier":
        k += 1
        if k < hi and doc.words[k] == "من":
            k += 1
        if k >= hi:
            return None
        hits, word = doc.hits[k], doc.words[k]
        head = _head(hits)
        if head is None and not _nisba(doc, word):
            return None
        state = _State(
            head or "anonymous", _definite(doc, word, hits), True, False, quantified=True
        )
    elif head is None:
        return None
    if state is None:
        entity = _entity_extent(doc, k, hi)
        if entity:  # «الأمم المتحدة», «المدير العام»
            k += entity - 1
        plural = any(h.plural for h in hits if h.kind == "source") or _plural_shape(doc, word)
        definite = _definite(doc, word, hits)
        state = _State(
            head, definite, plural, construct=not definite and head not in _HEAD_ENTITIES.values()
        )
        state.named = head == "person"
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
    if word == grammar.colon_cue or word in grammar.quote_marks or word in _CLOSERS:
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
        entity = _entity_extent(doc, k, hi)
        if entity > 1 and (state.construct or state.named):
            k += entity
            state.genitive, state.construct, state.definite = True, False, True
            continue
        if word in grammar.function_words and not doc.has(k, "source", "link"):
            break
        if _adjective(doc, k, state.definite):
            k += 1
            state.construct = False
            continue
        if word in grammar.name_particles and k + 1 < hi and not doc.is_punct(k + 1):
            k += 2
            state.named = True
            continue
        if _name(hits):
            k += 1
            state.named = True
            continue
        if state.named and not hits and doc.lexicon.morphology.split_article(word)[0]:
            k += 1  # a family name with the article after a first name: «هيثم الزناد»
            continue
        if state.construct and _genitive(doc, k, state.head):
            state.genitive = True
            if _definite(doc, word, hits):
                state.construct, state.definite = False, True
            k += 1
            continue
        if (step := _coordinated(doc, k, state)) is not None:
            k += step
            continue
        if (
            (state.head in _LINKING_HEADS or state.quantified)
            and not state.linked
            and doc.has(k, "source", "link")
            and k + 1 < hi
            and _nounish(doc, k + 1)
        ):
            state.linked = True
            entity = _entity_extent(doc, k + 1, hi)
            if entity > 1:  # «مسؤول في مجلس الأمن»
                k += 1 + entity
                state.construct = False
                continue
            state.construct = not _definite(doc, doc.words[k + 1], doc.hits[k + 1])
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


# -- word classes ----------------------------------------------------------------------------


def _lookup(doc: Document, word: str) -> tuple[Hit, ...]:
    return doc.lexicon.index.get(word, ())


def _head(hits: tuple[Hit, ...]) -> str | None:
    found = None
    for hit in hits:
        if hit.rest:
            continue
        if hit.kind == "source" and hit.role in _HEAD_ROLES:
            role = hit.role
            if found is None or _HEAD_ROLES.index(role) < _HEAD_ROLES.index(found):
                found = role
        elif hit.kind == "entity" and hit.role in _HEAD_ENTITIES and found is None:
            found = _HEAD_ENTITIES[hit.role]
    if found is None:
        for hit in hits:  # multi-word names («الأمم المتحدة», «وسائل إعلام»)
            if hit.rest and hit.kind == "entity" and hit.role in _HEAD_ENTITIES:
                return _HEAD_ENTITIES[hit.role]
            if hit.rest and hit.kind == "source" and hit.role in _HEAD_ROLES:
                return hit.role
    return found


def _entity_extent(doc: Document, k: int, hi: int) -> int:
    """Tokens covered by the longest multi-word name or source word starting at k."""
    best = 0
    for hit in doc.hits[k]:
        if hit.rest and hit.kind in ("entity", "source"):
            n = doc.extent(k, hit)
            if k + n <= hi:
                best = max(best, n)
    return best


def _name(hits: tuple[Hit, ...]) -> bool:
    return any(h.kind == "entity" and h.role in ("given_name", "person") for h in hits)


def _definite(doc: Document, word: str, hits: tuple[Hit, ...]) -> bool:
    if any(h.definite and not h.rest for h in hits):
        return True
    if any(h.kind == "entity" and h.role != "nationality" and not h.rest for h in hits):
        return True
    return doc.lexicon.morphology.split_article(word)[0]


def _plural_shape(doc: Document, word: str) -> bool:
    """«العاملين», «مسؤولون»: a sound plural, never one person."""
    stem = doc.lexicon.morphology.split_article(word)[1]
    return len(stem) >= 5 and stem.endswith(("ون", "ين", "ات")) and not stem.endswith("يين")


def _nisba(doc: Document, word: str) -> bool:
    grammar = doc.lexicon.grammar
    if word in grammar.function_words:
        return False
    stem = doc.lexicon.morphology.split_article(word)[1]
    return len(stem) >= 4 and stem.endswith(grammar.nisba_suffixes)


def _adjective(doc: Document, k: int, definite: bool) -> bool:
    """Can token k modify the phrase so far, agreeing in definiteness?"""
    word, hits = doc.words[k], doc.hits[k]
    if any(h.kind == "source" and h.entry == "mustawa" for h in hits):
        return True  # «رفيع المستوى»: an adjective's own genitive
    modifier = any(
        (h.kind == "source" and h.role == "modifier")
        or (h.kind == "entity" and h.role == "nationality")
        for h in hits
    )
    if not modifier and any(h.kind in ("cue", "entity") for h in hits):
        return False
    if word[:1] in "وفبل" and not word.startswith("ال") and not modifier:
        return False
    grammar = doc.lexicon.grammar
    word_definite, stem = doc.lexicon.morphology.split_article(word)
    participle = word_definite and stem.startswith(grammar.participle_prefix)
    if not (modifier or _nisba(doc, word) or participle):
        return False
    if modifier and any(h.kind == "source" and h.role == "quantifier" for h in hits):
        return True  # «شهوداً عدة»: a quantity after the noun takes no article
    return word_definite == definite


def _nounish(doc: Document, k: int) -> bool:
    word = doc.words[k]
    if doc.is_punct(k) or word in doc.lexicon.grammar.function_words:
        return False
    if any(h.kind == "cue" for h in doc.hits[k]):
        return False
    return len(word) >= 2


def _genitive(doc: Document, k: int, head: str) -> bool:
    if not _nounish(doc, k) or doc.has(k, "source", "skip") or doc.has(k, "source", "link"):
        return False
    word, hits = doc.words[k], doc.hits[k]
    if word[:1] in "بلك" and not _lookup(doc, word) and doc.lexicon.index.get(word[1:]):
        return False  # «لوكالة»: a preposition starts a new phrase
    if head == "anonymous":  # «مصادر الجيش», «رواد مواقع التواصل», never «مسؤول يعمل»
        if _definite(doc, word, hits):
            return True
        return (
            k + 1 < len(doc.words)
            and _nounish(doc, k + 1)
            and _definite(doc, doc.words[k + 1], doc.hits[k + 1])
            and not _adjective(doc, k + 1, True)
        )
    return True


def _coordinated(doc: Document, k: int, state: _State) -> int | None:
    """«الجيش السوري وحلفاؤه», «المصادر والعسكريون»: a conjoined head of the same kind."""
    word = doc.words[k]
    if not state.definite or len(word) < 4 or word[0] != "و":
        return None
    rest = word[1:]
    hits = _lookup(doc, rest)
    if _head(hits) or (_definite(doc, rest, hits) and _nisba(doc, rest)):
        return 1
    return None


def _hidden_name(doc: Document, k: int, hi: int) -> int | None:
    """«(الذي) رفض الكشف عن اسمه»: returns the index after «اسمه»."""
    if doc.words[k] in ("الذي", "التي", "الذين"):
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
        if word in grammar.function_words or (word.endswith(_PLURAL_ENDINGS) and len(word) > 4):
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
