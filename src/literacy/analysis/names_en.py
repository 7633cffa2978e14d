"""English names: capitalised words are names even when no lexicon lists them.

`name_run` finds where a name ends ("U.S.", "Bashar al-Assad", "Department of Health") and
`name_kind` whether it is a person, an organisation or a group. `names_in` gives the names
of a claim: a place ("in Millbrook", "Bridge Street"), an organisation ("Kelbridge Borough
Council") or a person ("Joan Peters"), which `signals.py` turns into the checkable reasons
names_place, names_organization and names_person.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator

from literacy.analysis.casing import (
    STRETCH_OPENERS,
    capitals_say_nothing,
    case_of,
    is_name_word,
    not_lower_case,
    plain_names,
)
from literacy.analysis.document import Document
from literacy.analysis.model import SourceKind

_HEAD_ROLES = ("title", "organization", "document", "anonymous")
# Words that join the parts of one name: "Department of Health", "Johnson & Johnson".
NAME_JOINERS = frozenset({"of", "for", "and", "&", "the", "on", "upon"})
# Short English words that end a compound after a name ("Bush-era", "Trump-led").
_COMPOUND_TAILS = frozenset(
    {"era", "led", "run", "like", "born", "made", "free", "wide", "ish", "type", "bred"}
    | {"held", "dug", "old", "fed", "hit", "only", "size", "less", "year", "age", "lite"}
)
# Before an unknown name these make it a place: "in Millbrook", "near Leeds".
_LOCATIVES = frozenset({"in", "at", "near", "from", "across", "outside", "inside", "around"})
# After a one-word possessive these heads continue the name: "King's College", "St Mary's
# Church", "Queen's University" (not "Trump's Department of Justice").
_POSSESSIVE_NAME_HEADS = frozenset(
    {"college", "university", "hospital", "school", "church", "cathedral", "academy", "infirmary"}
)


def names_in(doc: Document, lo: int, hi: int) -> Iterator[tuple[str, int, int]]:
    """The capitalised names in tokens lo..hi-1, as (signal, first token, end token): a
    place ("in Millbrook"), an organisation, a person, or a group ("nationality")."""
    first, last = doc.sentence_of(lo)
    if capitals_say_nothing(doc, first, last):
        return  # a headline in title case: every word is capitalised
    plain = plain_names(doc)
    words = doc.words
    openings = name_openings(doc)
    k = lo
    while k < hi:
        if k != first:  # skip to the next token that may open a name
            at = bisect_left(openings, k)
            if at == len(openings):
                break
            k = openings[at]
            if k >= hi:
                break
        stretch = k == first or words[k - 1] in STRETCH_OPENERS
        if not (is_name_word(doc, k, first, False) if stretch else plain[k]):
            k += 1
            continue
        end = name_run(doc, k, hi, first, False)
        if end == k + 1 and stretch and not any(h.kind == "entity" for h in doc.hits[k]):
            k = end
            continue  # "Work on the barrier …", "Opposition councillor …": maybe no name
        places = [  # a whole place: not the "Sierra" of "Sierra Club" ("Sierra Leone")
            h
            for h in doc.hits[k]
            if h.kind == "entity" and h.role in ("place", "country") and doc.extent(k, h)
        ]
        named = after_institution(doc, k, end) and _determined(doc, k - 1, first)
        kind = "organization" if named else name_kind(doc, k, end)
        place_word = {words[k], words[end - 1]} & doc.lexicon.grammar.place_words
        if places or place_word or (kind == "person" and k > lo and words[k - 1] in _LOCATIVES):
            yield "names_place", k, end
        elif kind == "organization":
            yield "names_organization", k, end
        elif kind == "person":
            yield "names_person", k, end
        else:
            yield "nationality", k, end
        k = end


def after_institution(doc: Document, k: int, end: int) -> bool:
    """Is the name k..end-1 an institution's, named right after its lower-case noun ("the
    charity Versus Arthritis", "the accounting firm Reid & Bell")? Not an office in capitals
    ("police Chief Chuck Jordan", "state Sen. Jane Doe")."""
    return (
        k > 0
        and head_role(doc, k - 1)[0] == "organization"
        and case_of(doc, k - 1) == "lower"
        and not any(
            head_role(doc, j)[0] == "title" or doc.words[j] in doc.lexicon.grammar.abbreviations
            for j in range(k, end)
        )
    )


def _determined(doc: Document, noun: int, lo: int) -> bool:
    """A determiner right before the noun, or before one word that heads no phrase of its
    own: "the charity", "the accounting firm"; not "the videos show Scott"."""
    grammar = doc.lexicon.grammar
    determiners = grammar.definite_determiners | grammar.indefinite_determiners
    if noun - 1 >= lo and doc.words[noun - 1] in determiners:
        return True
    return (
        noun - 2 >= lo
        and doc.words[noun - 2] in determiners
        and head_role(doc, noun - 1)[0] is None
        and case_of(doc, noun - 1) == "lower"
    )


def name_openings(doc: Document) -> list[int]:
    """The tokens that may open a name, in order: a capitalised word inside a sentence or one
    after a mark that opens a stretch (a quotation, a label). Computed once per article;
    `names_in` steps from one to the next instead of over every word."""
    found = doc.memo.get("name_openings")
    if found is None:
        words, plain = doc.words, plain_names(doc)
        found = [
            k for k in not_lower_case(doc) if plain[k] or (k and words[k - 1] in STRETCH_OPENERS)
        ]
        doc.memo["name_openings"] = found
    return found  # type: ignore[return-value]


def _given_name_half(doc: Document, hyphen: int) -> bool:
    """Is the hyphen at `hyphen` inside a Korean given name ("Jae-in", "Geun-hye")? Both
    halves are short syllables, the second in lower case; not "Bush-era", "Korean-dug"."""
    before, after = doc.words[hyphen - 1], doc.words[hyphen + 1]
    return (
        len(before) <= 5
        and 2 <= len(after) <= 4
        and after.isalpha()
        and after not in _COMPOUND_TAILS
        and case_of(doc, hyphen + 1) == "lower"
        and not any(h.kind == "entity" for h in doc.hits[hyphen - 1])
    )


def _listed(doc: Document, k: int, hi: int) -> int:
    """How many tokens from k a listed name covers, whatever its small words ("Friends of
    the Earth"); 1 for any other word."""
    longest = max((doc.extent(k, h) for h in doc.hits[k] if h.kind == "entity"), default=1)
    return max(1, min(longest, hi - k))


def name_run(doc: Document, j: int, hi: int, lo: int, loose: bool) -> int:
    """One past the last token of the name starting at j: capitalised words with the
    particles, initials and joiners inside a name ("U.S.", "Bashar al-Assad", "O'Neill",
    "Department of Health")."""
    grammar = doc.lexicon.grammar
    words = doc.words
    e = j + _listed(doc, j, hi)
    while e < hi:
        word = words[e]
        if is_name_word(doc, e, lo, loose):
            e += _listed(doc, e, hi)
            continue
        nxt = e + 1 < hi and is_name_word(doc, e + 1, lo, loose)
        if word == "." and words[e - 1] in grammar.abbreviations:
            e += 1  # "Mr. Obama", "U.S. officials", "The S.E.C."
            continue
        if word in ("'", "-") and nxt and words[e + 1] != "s" and adjacent(doc, e):
            e += 1  # "O'Neill", "Ocasio-Cortez"
            continue
        if (
            word == "-"
            and e - 1 > j
            and e + 1 < hi
            and _given_name_half(doc, e)
            and adjacent(doc, e)
        ):
            e += 2  # a Korean given name after the family name: "Moon Jae-in", "Ban Ki-moon"
            continue
        if (
            word == "'"
            and e == j + 1
            and e + 2 < hi
            and words[e + 1] == "s"
            and words[e + 2] in _POSSESSIVE_NAME_HEADS
            and is_name_word(doc, e + 2, lo, loose)
        ):
            e += 3  # "King's College London", "St Thomas' Hospital" is a name of its own
            continue
        if (word in grammar.name_particles or word in NAME_JOINERS) and (
            nxt or (e + 1 < hi and words[e + 1] == "-")
        ):
            e += 1  # "Bashar al-Assad", "Secretary of State"
            continue
        if nxt and not loose and capitalised_joiner(doc, e, lo):
            e += 1  # "Doctors Without Borders", "Reporters Without Borders"
            continue
        break
    if words[e - 1] == "." and e - 1 > j and words[e - 2] not in grammar.abbreviations:
        e -= 1
    return e


def capitalised_joiner(doc: Document, k: int, lo: int) -> bool:
    """A function word capitalised inside a sentence: the inside of a name ("Doctors Without
    Borders"), since a sentence writes its own function words in lower case."""
    return (
        k > lo and doc.words[k] in doc.lexicon.grammar.function_words and case_of(doc, k) == "title"
    )


def name_kind(doc: Document, start: int, end: int) -> SourceKind:
    """A person, an organisation's name, or a group ("Republicans")."""
    entity = None
    for hit in doc.hits[start]:
        if hit.kind == "entity" and doc.extent(start, hit) == end - start:
            entity = hit.role
    if entity in ("person", "given_name"):
        return "person"
    if entity in ("organization", "country", "place"):
        return "organization"
    if entity == "nationality":
        return "anonymous"  # "Republicans said", "Americans believe"
    of = next((k for k in range(start + 2, end - 1) if doc.words[k] == "of"), None)
    if of is not None and name_kind(doc, start, of) == "person":
        return "person"  # "Professor Alan Burke of Kingsford College": a person and where from
    last_role, last_at = None, start
    for k in range(start, end):
        role, _ = head_role(doc, k)
        if role in ("organization", "title", "document"):
            last_role, last_at = role, k
    if last_role is not None:
        after = range(last_at + 1, end)
        if after and all(is_name_word(doc, k, start, False) for k in after):
            if last_role == "organization" and _place(doc, end - 1):
                return "organization"  # "King's College London", "Police Scotland"
            if (
                last_role == "document"
                and case_of(doc, end - 1) == "upper"
                and _country(doc, end - 1)
            ):
                return "organization"  # "Cancer Research UK": research is no title
            return "person"  # "Health Minister Jane Doe", "Secretary of State John Kerry"
        return "person" if last_role == "title" else "organization"
    if end - start == 1 and case_of(doc, start) == "upper" and len(doc.words[start]) <= 5:
        return "organization"  # an acronym: "FBI", "NATO"
    if any(
        h.kind == "entity" and h.role == "organization" and doc.extent(start, h)
        for h in doc.hits[start]
    ):
        return "organization"  # not the first word of one alone: "Doctors" of "Doctors Without …"
    if end - start > 1 and case_of(doc, end - 1) == "upper" and _country(doc, end - 1):
        return "organization"  # "Diabetes UK", "Cancer Research UK" (not "Michael Jordan")
    return "person"


def _place(doc: Document, k: int) -> bool:
    return any(h.kind == "entity" and h.role in ("country", "place") for h in doc.hits[k])


def _country(doc: Document, k: int) -> bool:
    return any(h.kind == "entity" and h.role == "country" and not h.rest for h in doc.hits[k])


def head_role(doc: Document, j: int) -> tuple[str | None, bool]:
    """The strongest head role of token j among the source words, and whether it is plural."""
    found, plural = None, False
    for hit in doc.hits[j]:
        if hit.kind != "source" or hit.rest or hit.role not in _HEAD_ROLES:
            continue
        if found is None or _HEAD_ROLES.index(hit.role) < _HEAD_ROLES.index(found):
            found, plural = hit.role, hit.plural or hit.affixed
    return found, plural


def adjacent(doc: Document, k: int) -> bool:
    """A hyphen written between two words without spaces ("state-run"), not a dash."""
    return doc.ends[k - 1] == doc.starts[k] and doc.ends[k] == doc.starts[k + 1]
