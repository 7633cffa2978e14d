"""Word classes for the source-phrase grammar: which lexicon role a word plays (head,
adjective, genitive, name) and its shape (definite, nisba, sound plural).

Everything here reads the word and its lexicon hits; `phrases.py` strings them together.
"""

from __future__ import annotations

from literacy.analysis.document import Document
from literacy.analysis.lexicon import Hit
from literacy.analysis.rows import SURNAME_CATEGORIES

# Roles that can head a source phrase, strongest first; entity types that can too.
HEAD_ROLES = ("quantifier", "title", "organization", "group", "document", "anonymous")
HEAD_ENTITIES = {
    "person": "person",
    "given_name": "person",
    "organization": "named_organization",
    "country": "named_organization",
}


# Modifiers that follow any noun, definite or not: «رفيع المستوى» and the emphatic «نفسه»,
# «ذاتها» («المصادر ذاتها»), an acting office's «بالتكليف», «بالإنابة», and the term of an
# office on its way out («المنتهية ولايته»).
_AGREE_ALWAYS = frozenset({"mustawa", "nafsuhu", "bil_taklif", "wilayatuhu"})
_NAME_WORDS = 6  # words of the longest name the lexicon lists, looked back over


def lookup(doc: Document, word: str) -> tuple[Hit, ...]:
    return doc.lexicon.lookup(word, ())


def head(hits: tuple[Hit, ...]) -> str | None:
    found = None
    for hit in hits:
        if hit.rest:
            continue
        if hit.kind == "source" and hit.role in HEAD_ROLES:
            role = hit.role
            # a source role outranks an entity found first, and a stronger role a weaker
            if found not in HEAD_ROLES or HEAD_ROLES.index(role) < HEAD_ROLES.index(found):
                found = role
        elif hit.kind == "entity" and hit.role in HEAD_ENTITIES and found is None:
            found = HEAD_ENTITIES[hit.role]
    if found is None:
        for hit in hits:  # multi-word names («الأمم المتحدة», «وسائل إعلام»)
            if hit.rest and hit.kind == "entity" and hit.role in HEAD_ENTITIES:
                return HEAD_ENTITIES[hit.role]
            if hit.rest and hit.kind == "source" and hit.role in HEAD_ROLES:
                return hit.role
    return found


def entity_extent(doc: Document, k: int, hi: int, hits: tuple[Hit, ...] | None = None) -> int:
    """Tokens covered by the longest multi-word name or source word starting at k (with
    `hits`, those of token k as the caller reads it: «للأمم» as «الأمم»)."""
    best = 0
    for hit in doc.hits[k] if hits is None else hits:
        if hit.rest and hit.kind in ("entity", "source") and hit.role != "skip":
            n = doc.extent(k, hit)
            if k + n <= hi:
                best = max(best, n)
    return best


def multiword_head(
    doc: Document, k: int, hi: int, hits: tuple[Hit, ...] | None = None
) -> str | None:
    """The head role of the longest multi-word source word or name starting at k, if it fits:
    the whole phrase says what the first word alone does not («استطلاعات الرأي» are polls
    nobody names, though «استطلاعات» alone is a document; «أنصار الله» is a movement, though
    «أنصار» alone are supporters)."""
    best, role = 1, None
    for hit in doc.hits[k] if hits is None else hits:
        if not hit.rest:
            continue
        if hit.kind == "source" and hit.role in HEAD_ROLES:
            named = hit.role
        elif hit.kind == "entity" and hit.role in HEAD_ENTITIES:
            named = HEAD_ENTITIES[hit.role]
        else:
            continue
        n = doc.extent(k, hit)
        if n > best and k + n <= hi:
            best, role = n, named
    return role


def name(hits: tuple[Hit, ...]) -> bool:
    return bool(hits) and any(
        h.kind == "entity" and h.role in ("given_name", "person") for h in hits
    )


def first_name(hits: tuple[Hit, ...]) -> bool:
    """Is the word a first name the lexicon lists («محمد», «حازم»)?"""
    return any(h.kind == "entity" and h.role == "given_name" for h in hits)


def praise_surname(doc: Document, k: int, category: str, *, titled: bool = False) -> bool:
    """Can token k, a loaded word of `category` with the article right after a listed first
    name, be that person's family name («أحمد الصامد», «سعيد الحازمي»)? Words of praise or
    judgement make family names; labels and framing do not («نصر المقاومة»), unless an
    office was named first (`titled`: «المدير العام سمير العدوان، إن …»)."""
    return (
        (titled or category in SURNAME_CATEGORIES)
        and k > 0
        and first_name(doc.hits[k - 1])
        and doc.lexicon.morphology.split_article(doc.words[k])[0]
    )


def definite(doc: Document, word: str, hits: tuple[Hit, ...]) -> bool:
    if any(h.definite and not h.rest for h in hits):
        return True
    if any(h.kind == "entity" and h.role != "nationality" and not h.rest for h in hits):
        return True
    return doc.lexicon.morphology.split_article(word)[0]


def plural(doc: Document, word: str, hits: tuple[Hit, ...]) -> bool:
    """A plural by the lexicon's flag or by its shape: a sound plural the lexicon inflects
    from its singular («مراقبون», «الحكومات») carries no flag; a singular listed as written
    («معاون», an assistant) is no plural, whatever its ending."""
    sources = [h for h in hits if h.kind == "source"]
    if any(h.plural for h in sources):
        return True
    if any(not h.affixed for h in sources):
        return False
    if first_name(hits):
        return False  # «شيرين», «نادين»: a first name, whatever its ending
    definite, stem = doc.lexicon.morphology.split_article(word)
    if definite and any(
        h.kind == "source" and not h.affixed and not h.plural for h in doc.lexicon.lookup(stem, ())
    ):
        return False  # «المعاون»: the singular with the article
    return plural_shape(doc, word)


def plural_shape(doc: Document, word: str) -> bool:
    """«العاملين», «مسؤولون»: a sound plural, never one person («حسين» is too short)."""
    stem = doc.lexicon.morphology.split_article(word)[1]
    return len(stem) >= 5 and stem.endswith(doc.lexicon.grammar.plural_suffixes)


def nisba(doc: Document, word: str) -> bool:
    grammar = doc.lexicon.grammar
    if word in grammar.function_words:
        return False
    article = doc.lexicon.morphology.article
    # «الري» (irrigation) is «ال» and two letters, no nisba, though split_article keeps a
    # short word's «ال»
    stem = word[len(article) :] if article and word.startswith(article) else word
    return len(stem) >= 4 and stem.endswith(grammar.nisba_suffixes)


def _feminine_noun_before(doc: Document, k: int) -> bool:
    """Is token k-1 a feminine singular or a plural noun, no name ending there, that a
    feminine adjective agrees with («السفارة», «وزارة الصحة», «السلطات»)?"""
    before = k - 1
    if any(m[0] + m[1] == k for m in doc.in_range("entity", max(0, k - _NAME_WORDS), k)):
        return False  # «الأمم المتحدة», «إيران»: a name ends there, the adjective is no more
    word = doc.words[before]
    grammar = doc.lexicon.grammar
    return word.endswith(grammar.feminine_ending) or plural(doc, word, doc.hits[before])


def _country_as_nisba(doc: Document, k: int) -> bool:
    """Is token k a country as written that has the shape of a definite adjective of
    nationality («السعودية»: «ال» + «سعودي» + «ة»)?"""
    if not any(h.kind == "entity" and h.role == "country" and not h.affixed for h in doc.hits[k]):
        return False
    word = doc.words[k]
    definite, _ = doc.lexicon.morphology.split_article(word)
    return bool(definite) and nisba(doc, word[: -len(doc.lexicon.grammar.feminine_ending)])


def adjective(doc: Document, k: int, definite: bool) -> bool:
    """Can token k modify the phrase so far, agreeing in definiteness?"""
    word, hits = doc.words[k], doc.hits[k]
    modifier = False
    if hits:  # nearly half the words of an article are not in the lexicon
        if any(h.kind == "source" and h.entry in _AGREE_ALWAYS for h in hits):
            return True  # «رفيع المستوى»: an adjective's own genitive; «المصادر نفسها»
        modifier = any(
            (h.kind == "source" and h.role == "modifier")
            or (h.kind == "entity" and h.role == "nationality")
            for h in hits
        )
        if not modifier and _country_as_nisba(doc, k):
            # «السفارة السعودية»: a country written as its own adjective, after a noun
            # it agrees with (not «وزار الرئيس السعودية»; not «ودعت الأمم المتحدة السعودية
            # …» after a name: the verb's object)
            modifier = _feminine_noun_before(doc, k)
        if not modifier and any(h.kind in ("cue", "entity") for h in hits):
            return False
    grammar = doc.lexicon.grammar
    glued = grammar.clitic_letters
    if (
        word[:1] in glued
        and not word.startswith(doc.lexicon.morphology.article)
        and not modifier
        and word not in grammar.whole_words  # «تقارير فنية»: «ف» is the word's own
    ):
        return False
    grammar = doc.lexicon.grammar
    word_definite, stem = doc.lexicon.morphology.split_article(word)
    participle = word_definite and stem.startswith(grammar.participle_prefix)
    if not (modifier or nisba(doc, word) or participle):
        return False
    if modifier and any(h.kind == "source" and h.role == "quantifier" for h in hits):
        return True  # «شهوداً عدة»: a quantity after the noun takes no article
    return word_definite == definite


def feminine_verb(doc: Document, i: int) -> bool:
    """Is the verb at token i feminine: the letter that makes a noun feminine before a
    pronoun («حكومتها») ends its past or opens its present («أعلنت», «تعلن»)?"""
    morphology = doc.lexicon.morphology
    mark = morphology.feminine_linked[0] if morphology.feminine_linked else ""
    verb = doc.words[i]
    if verb[:1] in doc.lexicon.grammar.conjunction_letters:
        verb = verb[1:]
    return bool(mark) and (verb.endswith(mark) or verb.startswith(mark))


def accusative(doc: Document, k: int) -> bool:
    """Is token k an indefinite noun with the accusative's tanwin («أشخاصاً», «شخصاً»), its
    bare stem a word the lexicon knows: an object or a predicate, not a verb's subject? Not a
    word in its own right («روسيا») nor one a number counts («17 صحفياً»)."""
    morphology = doc.lexicon.morphology
    definite, stem = morphology.split_article(doc.words[k])
    ending = morphology.accusative_suffix[0] if morphology.accusative_suffix else ""
    if definite or not ending or not stem.endswith(ending):
        return False
    if any(not h.affixed for h in doc.hits[k]):
        return False  # a word in its own right: «روسيا», «أمريكا»
    if any(
        len(e) > 1 and e.endswith(ending) and stem.endswith(e) and lookup(doc, stem[: -len(e)])
        for e in morphology.noun_enclitics
    ):
        return False  # «عددها»: «عدد» and the possessive «ها» (but «بياناً» is no «بيا» + «نا»)
    if k > 0 and (doc.is_number(k - 1) or doc.has(k - 1, "signal", "number_word")):
        return False  # «17 صحفياً أكدوا»: counted, the accusative of a number, still the subject
    return bool(lookup(doc, stem[: -len(ending)]))


def told_to(doc: Document, word: str) -> bool:
    """«لوكالة», «للصحيفة», «لرويترز»: a news outlet after a glued «ل», whom something was
    said to rather than whose the phrase before it is."""
    grammar = doc.lexicon.grammar
    prefix = grammar.genitive_prefix  # «لل»: «ل» and the article
    if not prefix or not word.startswith(prefix[:1]) or len(word) < 4:
        return False
    if word.startswith(prefix):
        rest = lookup(doc, doc.lexicon.morphology.article + word[len(prefix) :])
    else:
        rest = lookup(doc, word[1:])
    return any(h.kind == "source" and h.entry in grammar.told_outlets for h in rest) or any(
        h.kind == "entity" and h.role == "organization" and not h.rest for h in rest
    )


def nounish(doc: Document, k: int) -> bool:
    word = doc.words[k]
    if doc.is_punct(k) or doc.is_number(k) or word in doc.lexicon.grammar.function_words:
        return False  # nor a figure: «الوزير في 2016» is a time, not «a minister in …»
    if any(h.kind == "cue" for h in doc.hits[k]):
        return False
    return len(word) >= 2


def genitive(doc: Document, k: int, role: str) -> bool:
    if not nounish(doc, k) or doc.has(k, "source", "skip") or doc.has(k, "source", "link"):
        return False
    word, hits = doc.words[k], doc.hits[k]
    if role != "document" and told_to(doc, word):
        return False  # «وقال شهود لرويترز إن»: whom it was said to («تقرير لموقع …» is its)
    letters = doc.lexicon.grammar.preposition_letters
    if word[:1] in letters and not lookup(doc, word) and lookup(doc, word[1:]):
        return False  # «لوكالة»: a preposition starts a new phrase
    if role == "anonymous":  # «مصادر الجيش», «رواد مواقع التواصل», never «مسؤول يعمل»
        if definite(doc, word, hits):
            return True
        # «أسرة الضحية»: a noun the lexicon heads sources with is no adjective, though shaped
        # like a nisba
        return (
            k + 1 < len(doc.words)
            and nounish(doc, k + 1)
            and definite(doc, doc.words[k + 1], doc.hits[k + 1])
            and (head(doc.hits[k + 1]) is not None or not adjective(doc, k + 1, True))
        )
    return True
