"""The English source phrase: head-last noun phrases and capitalised names.

An English source phrase ends in its head — "a senior health ministry official", "the
mayor", "Jane Doe", "the World Health Organization" — after an optional quantifier ("one
of", "several"), a determiner ("the", "a", "his") or a possessor ("the city's mayor"). After
the head it may go on with a link to an institution ("a spokesman for the ministry",
"officials at the ministry"), a modifier with its preposition ("sources close to the talks",
"people familiar with the matter") or a hidden name ("who asked not to be named").

Where the phrase stands relative to its cue is `cues_en.py`'s business.

The kind follows from the head, as in Arabic: a capitalised name is a person unless it is an
organisation's name; quantifiers and anonymous nouns stay anonymous whatever surrounds them
("a senior military official"); a title is a person when one identifiable holder is meant
("the mayor", "a ministry spokesman"), the institution's voice when an unnamed holder speaks
for it ("a spokesperson for the council"), anonymous otherwise ("a spokesman",
"ministers"); an organisation or a document needs to be definite or named. The names
themselves are `names_en.py`'s.
"""

from __future__ import annotations

from dataclasses import dataclass

from literacy.analysis.casing import capitals_say_nothing, is_name_word
from literacy.analysis.document import Document
from literacy.analysis.model import SourceKind
from literacy.analysis.names_en import (
    NAME_JOINERS,
    adjacent,
    after_institution,
    capitalised_joiner,
    head_role,
    name_kind,
    name_run,
)
from literacy.analysis.phrases import Phrase

_MAX_TOKENS = 12
_BACK_WINDOW = 14
_TAIL_WINDOW = 6
_INNER_TOKENS = 7
_LOOSE_PREMODIFIERS = 3
_POSSESSIVE = "'"


# The source words (source_words.yaml id) of someone who speaks for an institution: "a
# spokesperson for the council" is the council speaking, "a Labour MP" only one of many.
_SPEAKS_FOR = "spokesman"
# Institutions a place has one of: "Police warn …", "Council admits …" in a headline mean the
# police and the council of the story. Any other bare organisation noun is one of many:
# "Charity warns …", "Firm denies …" are a charity and a firm the reader is not told.
_ONE_PER_PLACE = "ministry"


@dataclass(slots=True)
class _Head:
    end: int  # one past the head's last token
    role: str  # "name" or a source-word role
    start: int  # first token of the head (a name may run over several)
    plural: bool
    named_before: bool  # a capitalised name or an institution modifies it ("the Trump campaign")
    institution: bool = False  # a name right after an institution's noun ("the charity Mind")


def parse_phrase(
    doc: Document, i: int, hi: int, *, cut: int = 0, genitive: bool = False
) -> Phrase | None:
    """The source phrase starting at token i, or None. (`cut` and `genitive` are for
    languages that glue letters to a word or put the owner after it; English does neither.)"""
    del cut, genitive
    if i >= hi:
        return None
    grammar = doc.lexicon.grammar
    lo, end_of_sentence = doc.sentence_of(i)
    loose = capitals_say_nothing(doc, lo, end_of_sentence)
    if doc.words[i] in grammar.quote_marks:
        i += 1  # an opening quotation mark before a name
    k, quantified = _quantifier(doc, i, hi)
    determiner = None
    if k < hi and doc.words[k] in grammar.definite_determiners:
        determiner, k = "definite", k + 1
    elif k < hi and doc.words[k] in grammar.indefinite_determiners:
        determiner, k = "indefinite", k + 1
    head, possessed = _body(doc, k, hi, lo, loose, determiner is not None)
    if head is None:
        if quantified and k == i + 1 and _closes(doc, k, hi):
            return Phrase(i, k, doc.starts[i], doc.ends[k - 1], "anonymous", "anonymous")
        return None  # "Some said": a bare quantifier is a source; otherwise no head
    end, linked, hidden = _tail(doc, head, hi, lo, loose)
    if determiner is None and not possessed and head.start == k and _one_of_many(doc, head):
        quantified = True  # a headline's "Charity warns …": no article, no name, no place
    kind = _kind(doc, head, quantified or hidden, "definite" if possessed else determiner, linked)
    role = head.role
    if role == "name":
        role = "person" if kind == "person" else "named_organization"
    return Phrase(i, end, doc.starts[i], doc.ends[end - 1], kind, role)


def phrase_ending_at(doc: Document, end: int, lo: int) -> Phrase | None:
    """The longest source phrase that ends exactly at token `end`."""
    grammar = doc.lexicon.grammar
    starts = []  # where a phrase might begin, right to left, up to a word none can cross
    for start in range(end - 1, max(lo, end - _BACK_WINDOW) - 1, -1):
        word = doc.words[start]
        if (
            doc.is_punct(start)
            and word not in (_POSSESSIVE, "-", ".", "&", '"')
            and not (word == "," and adjacent(doc, start) and doc.is_number(start - 1))
        ):
            break  # but the comma of "1,000" separates thousands
        opener = word in grammar.clause_openers and word not in grammar.relative_pronouns
        inside_name = (
            word == "and"
            and lo < start < end - 1
            and is_name_word(doc, start - 1, lo, False)
            and is_name_word(doc, start + 1, lo, False)
        )  # "the Center for Media and Public Affairs"
        if opener and start < end - 1 and not inside_name:
            break  # "who" may belong: "an official who asked not to be named said"
        if start < end - 1 and _uncrossable(doc, start) and not capitalised_joiner(doc, start, lo):
            break  # "… has told", "… was": a verb or a pronoun, no phrase goes past it
        starts.append(start)
    for start in reversed(starts):  # the leftmost phrase that reaches the cue is the longest
        phrase = parse_phrase(doc, start, end)
        if phrase is not None and phrase.j == end:
            return phrase
    return None


def _uncrossable(doc: Document, k: int) -> bool:
    """A word no source phrase contains: a verb, an auxiliary, a pronoun, a conjunction.
    (Determiners, quantifiers, links and the words of "who asked not to be named" may.)"""
    word = doc.words[k]
    grammar = doc.lexicon.grammar
    if len(word) == 1:
        return False  # the s of "the council's", an initial of "U.S."
    if word in grammar.function_words:
        return not (
            word in grammar.definite_determiners
            or word in grammar.indefinite_determiners
            or word in grammar.relative_pronouns
            or word in grammar.name_particles
            or word in NAME_JOINERS
            or word in ("not", "to", "be")
            or any(h.kind == "source" and h.role in ("quantifier", "link") for h in doc.hits[k])
        )
    hits = doc.hits[k]
    return bool(hits) and (
        any(
            (h.kind == "cue" and h.role in ("verb", "participle") and not h.rest)
            or (h.kind == "signal" and h.role == "fact_verb")
            for h in hits
        )
        and not any(h.kind == "source" for h in hits)
    )


def bare_name(doc: Document, i: int, hi: int) -> Phrase | None:
    """English names are capitalised, so `parse_phrase` already finds unlisted ones."""
    del doc, i, hi
    return None


def _quantifier(doc: Document, k: int, hi: int) -> tuple[int, bool]:
    """Step over "one of the", "a number of", "several": (next token, quantified?)."""
    if k >= hi:
        return k, False
    grammar = doc.lexicon.grammar
    if doc.words[k] == "another" and k + 1 < hi and doc.is_number(k + 1):
        k += 1  # "another 19 percent said"
    if (doc.is_number(k) or doc.has(k, "signal", "number_word")) and k + 1 < hi:
        share = [doc.extent(k + 1, h) for h in doc.hits[k + 1] if h.kind == "signal"]
        if doc.has(k + 1, "signal", "percent") or any(
            h.kind == "signal" and h.role == "percent" for h in doc.hits[k + 1]
        ):
            k += 1 + max(share)  # "73 percent (of voters) said": a share of somebody
            if k < hi and doc.words[k] in grammar.quantifier_links:
                k += 1
                if k < hi and doc.words[k] in grammar.definite_determiners:
                    k += 1
            return k, True
    step = 0
    for hit in doc.hits[k]:
        if hit.kind == "source" and hit.role == "quantifier":
            step = max(step, doc.extent(k, hit))
    if not step or k + step > hi:
        return k, False
    k += step
    if k < hi and doc.words[k] in grammar.quantifier_links:
        k += 1
        if k < hi and doc.words[k] in grammar.definite_determiners:
            k += 1  # "one of the officials", "some of his aides"
    return k, True


def _body(
    doc: Document, k: int, hi: int, lo: int, loose: bool, determined: bool
) -> tuple[_Head | None, bool]:
    """Premodifiers and the head: the last word that can head a source phrase, with a
    possessor turned into a determiner on the way ("the city's mayor"). (head, possessed)
    Unknown words before a name need a determiner before them ("a memorable Hillary
    Clinton ad"); without one they are a verb or a noun the name does not belong to
    ("address Trump's comments")."""
    best: _Head | None = None
    named = possessed = False
    loose_words = 0  # words before the head that the lexicon does not know
    j = k
    while j < hi and j - k < _MAX_TOKENS:
        if is_name_word(doc, j, lo, loose):
            if loose_words and not determined:
                break
            end = name_run(doc, j, hi, lo, loose)
            institution = (
                best is not None
                and best.end == j
                and best.role == "organization"
                and after_institution(doc, j, end)
            )  # "the charity Versus Arthritis"; but "police Chief Chuck Jordan", "state Sen. …"
            best = _Head(end, "name", j, False, named, institution)
            named, j = True, end
            continue
        word = doc.words[j]
        if (
            word == _POSSESSIVE
            and j > k
            and ((best is not None and best.end == j) or _unnamed_owner(doc, j, hi, determined))
        ):  # "the city's", "the country's": an owner, named or not
            j += 2 if j + 1 < hi and doc.words[j + 1] == "s" else 1
            possessed, named, best = True, True, None  # the owner; the head must follow
            continue
        if word == "-" and j > k and j + 1 < hi and adjacent(doc, j):
            j += 1  # a compound: "state-run", "health-care"
            continue
        if word == "." and j > k and doc.words[j - 1] in doc.lexicon.grammar.abbreviations:
            j += 1  # "Rep. Gwen Moore", "Sen. Warren"
            continue
        if not _common_word(doc, j):
            break
        role, plural = head_role(doc, j)
        if role is not None:
            best = _Head(j + 1, role, j, plural, named)
            named = named or role == "organization"
            loose_words = 0
        elif not doc.hits[j]:
            loose_words += 1
            if loose_words > _LOOSE_PREMODIFIERS:
                break  # "see charter schools offering parents": a clause, not a phrase
        j += 1
    return best, possessed


def _unnamed_owner(doc: Document, j: int, hi: int, determined: bool) -> bool:
    """The possessive at j ends an owner no source word heads ("the country's"), not a
    contraction ("don't", "couldn't")."""
    return determined and _common_word(doc, j - 1) and j + 1 < hi and doc.words[j + 1] == "s"


def _common_word(doc: Document, j: int) -> bool:
    """A word that may stand inside a noun phrase: no function word, number or verb form."""
    word = doc.words[j]
    if not word[:1].isalpha() or len(word) < 2:
        return False
    if word in doc.lexicon.grammar.function_words:
        return False
    hits = doc.hits[j]
    if not hits:
        return True  # a word the lexicon does not know
    if any(h.kind == "source" for h in hits):
        return True
    return not any(
        (h.kind == "cue" and h.role in ("verb", "participle", "passive"))
        or (h.kind == "signal" and h.role in ("fact_verb", "month", "weekday"))
        for h in hits
    )


def _tail(doc: Document, head: _Head, hi: int, lo: int, loose: bool) -> tuple[int, bool, bool]:
    """What may follow the head: a link, a modifier with its preposition, a hidden name.
    (end, linked to a named institution?, hidden?)"""
    end = head.end
    if end >= hi:
        return end, False, False
    if (stop := hidden_name(doc, end, hi)) is not None:
        return stop, False, True
    if head.role == "name":
        return end, False, False
    participle = doc.words[end].endswith(("ed", "en"))
    at = end + 1 + _skipped(doc, end + 1, hi)  # "a study published on Wednesday in …"
    if participle and at < hi and doc.words[at] in ("by", "on", "in"):
        inner_end, named = _inner(doc, at + 1, hi, lo, loose)
        if inner_end > at + 1:  # "figures published by the council", "… on its website"
            # but "documents seen by the Courier": whoever saw them did not write them
            return inner_end, named and not doc.has(end, "signal", "evidence_holder"), False
    if doc.has(end, "source", "modifier") and end + 1 < hi:
        if doc.words[end + 1] in doc.lexicon.grammar.function_words:
            inner_end, named = _inner(doc, end + 2, hi, lo, loose)
            if inner_end > end + 2:
                end = inner_end  # "sources close to the negotiations"
                if (stop := hidden_name(doc, end, hi)) is not None:
                    return stop, named, True
                return end, named, False
        return head.end, False, False
    links = [doc.extent(end, h) for h in doc.hits[end] if h.kind == "source" and h.role == "link"]
    if not any(links) or _context_at(doc, end, hi):
        return end, False, False
    start = end + max(links)
    inner_end, named = _inner(doc, start, hi, lo, loose)
    if inner_end <= start:
        return end, False, False
    if (stop := hidden_name(doc, inner_end, hi)) is not None:
        return stop, named, True  # "a woman from Bath who asked not to be named"
    return inner_end, named, False


def _inner(doc: Document, k: int, hi: int, lo: int, loose: bool) -> tuple[int, bool]:
    """The noun phrase after a link: "the ministry", "the Department of Health", "the
    matter". (end, named or definite institution?)"""
    grammar = doc.lexicon.grammar
    definite = False
    if k < hi and doc.words[k] in grammar.definite_determiners:
        definite, k = True, k + 1
    elif k < hi and doc.words[k] in grammar.indefinite_determiners:
        k += 1
    end, named, j = k, False, k
    while j < hi and j - k < _INNER_TOKENS:
        if is_name_word(doc, j, lo, loose):
            j = end = name_run(doc, j, hi, lo, loose)
            named = True
            continue
        if doc.words[j] == _POSSESSIVE and j == end and j > k:
            j += 2 if j + 1 < hi and doc.words[j + 1] == "s" else 1
            continue
        if doc.words[j] in ("and", "or") and j > k and j + 1 < hi and _common_word(doc, j + 1):
            j += 1  # "experts on North Korea and nuclear proliferation"
            continue
        if j == k and doc.is_number(j):
            after = _number_end(doc, j, hi)
            if after < hi and _counted(doc, after):
                j = after  # "a survey of 1,000 voters": how many were asked
                continue
        if not _common_word(doc, j) or _time_word(doc, j):
            break
        if named and j == end and doc.words[j].endswith("ed") and not doc.hits[j]:
            break  # "researchers at the University of Northfield fitted …": its verb
        role, _ = head_role(doc, j)
        named = named or (definite and role in ("organization", "title"))
        j = end = j + 1
    return end, named


def _number_end(doc: Document, j: int, hi: int) -> int:
    """One past the number at j, over its thousands separators ("1,000", "2,500,000")."""
    j += 1
    while j + 1 < hi and doc.words[j] == "," and adjacent(doc, j) and doc.is_number(j + 1):
        j += 2
    return j


def _counted(doc: Document, j: int) -> bool:
    """A plural noun after a number: what was counted ("1,000 voters", not "2019 said")."""
    return _common_word(doc, j) and not _time_word(doc, j) and doc.words[j].endswith("s")


def _one_of_many(doc: Document, head: _Head) -> bool:
    """A bare singular organisation noun that names no particular body ("Charity", "Firm")."""
    return (
        head.role == "organization"
        and not head.plural
        and not head.named_before
        and head.end == head.start + 1
        and not any(h.entry == _ONE_PER_PLACE for h in doc.hits[head.start] if h.kind == "source")
    )


def _kind(
    doc: Document, head: _Head, anonymous: bool, determiner: str | None, linked: bool
) -> SourceKind:
    if anonymous:
        return "anonymous"
    if head.role == "name":
        return "organization" if head.institution else name_kind(doc, head.start, head.end)
    named = determiner == "definite" or head.named_before or linked
    if head.role == "title":
        if head.plural or not named:
            return "anonymous"  # "ministers", "a spokesman"
        if determiner == "indefinite":
            if doc.has(head.start, "source", "title") is not None and any(
                h.entry == _SPEAKS_FOR for h in doc.hits[head.start] if h.kind == "source"
            ):
                return "organization"  # "a spokesperson for the council": the council speaks
            return "anonymous"  # "a Labour MP", "a Trump-supporting pastor": one of many
        return "person"  # "the mayor", "the council's spokesman", "a ministry spokesman"
    if head.role == "organization" and determiner is None and not head.plural:
        return "organization"  # "police said", "government figures show"
    if head.role in ("organization", "document"):
        return "organization" if named else "anonymous"
    return "anonymous"


def hidden_name(doc: Document, k: int, hi: int) -> int | None:
    """ "who asked not to be named", "who spoke on condition of anonymity": the index after
    its last word."""
    if k < hi and doc.words[k] in doc.lexicon.grammar.relative_pronouns:
        k += 1
    if k >= hi or not doc.has(k, "source", "hiding_verb"):
        return None
    for j in range(k + 1, min(hi, k + _TAIL_WINDOW)):
        if doc.has(j, "source", "hidden_name"):
            return j + 1
        if doc.is_punct(j):
            return None
    return None


def _closes(doc: Document, k: int, hi: int) -> bool:
    """Nothing follows the quantifier in the phrase: "Some said", "Others argue"."""
    return k >= hi or doc.is_punct(k)


def _context_at(doc: Document, k: int, hi: int) -> bool:
    """ "in a statement", "on Monday": a context or a time, not part of the source. (A
    context that runs right up to the cue after the phrase is part of it: "some users on
    social media claim"; an official occasion never is: "at a news conference".)"""
    return any(
        (
            (
                h.kind == "cue"
                and h.role == "context"
                and (k + doc.extent(k, h) < hi or doc.lexicon.cues[h.entry].official)
            )  # "officials at a news conference said": the occasion, not the officials
            or (h.kind == "source" and h.role == "skip")
        )
        and doc.extent(k, h) > 0
        for h in doc.hits[k]
    )


def _skipped(doc: Document, k: int, hi: int) -> int:
    """How many tokens a time word ("on Wednesday", "yesterday") at k covers, or 0."""
    if k >= hi:
        return 0
    return max(
        (doc.extent(k, h) for h in doc.hits[k] if h.kind == "source" and h.role == "skip"),
        default=0,
    )


def _time_word(doc: Document, k: int) -> bool:
    return doc.is_number(k) or any(
        h.kind == "signal" and h.role in ("month", "weekday") for h in doc.hits[k]
    )
