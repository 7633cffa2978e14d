"""Inflect a lexicon form into the surfaces it takes in running text.

A lexicon lists «قال» and «يقول» once; an article writes «وقالت», «فيقولون», «أكدته».
Rather than strip clitics from every token at analysis time (several slices and lookups per
word), each lexicon form is expanded once through the tables in `morphology.yaml`, so
matching a token is one dictionary lookup. The tables, not this code, hold the language.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Literal

Inflect = Literal["noun", "adjective", "verb", "past", "present", "name", "none"]


# One way a form can appear in normalised text: (text, affixed, definite), where `affixed`
# means it differs from the form as written (a clitic or an inflection was added). Plain
# tuples, because a language's lexicons expand into a few hundred thousand of them.
Surface = tuple[str, bool, bool]


@dataclass(frozen=True, slots=True)
class Morphology:
    definite_prefixes: tuple[str, ...]
    conjunctions: tuple[str, ...]
    noun_proclitics: tuple[str, ...]
    noun_enclitics: tuple[str, ...]
    adjective_suffixes: tuple[str, ...]
    noun_suffixes: tuple[str, ...]
    past_suffixes: tuple[str, ...]
    past_proclitics: tuple[str, ...]
    verb_enclitics: tuple[str, ...]
    present_persons: tuple[str, ...]
    present_suffixes: tuple[str, ...]
    present_proclitics: tuple[str, ...]
    hamza_seats: tuple[str, ...] = ()
    hamza_alefs: tuple[str, ...] = ()
    feminine_ending: tuple[str, ...] = ()
    feminine_linked: tuple[str, ...] = ()
    feminine_plural: tuple[str, ...] = ()
    feminine_dual: tuple[str, ...] = ()  # «نقابة» → «النقابتان», «الهيئتين»
    linked_past_suffix: tuple[str, ...] = ()
    present_object_suffixes: tuple[str, ...] = ()
    present_single_persons: tuple[str, ...] = ()  # «أقول», «نقول»: no subject suffix
    accusative_suffix: tuple[str, ...] = ()
    oblique_suffixes: tuple[str, ...] = ()
    nominative_suffixes: tuple[str, ...] = ()  # «المحتجون»: a sound plural as a subject
    # endings no word with the article takes: the accusative's tanwin, a plural before its
    # genitive («مسلحي التنظيم»); «الخالدي» is a family name, never «الخالد» inflected
    indefinite_suffixes: tuple[str, ...] = ()
    # The bare definite article: the shortest definite prefix («ال», "the"). Read for most
    # tokens of an article, so it is worked out once here rather than on every read.
    article: str = field(init=False, default="")

    def __post_init__(self) -> None:
        article = min(self.definite_prefixes, key=len) if self.definite_prefixes else ""
        object.__setattr__(self, "article", article)  # a frozen dataclass: set once, here

    def split_article(self, word: str) -> tuple[bool, str]:
        """(written definite?, stem) for a single word; short words keep their «ال»."""
        article = self.article
        if article and word.startswith(article) and len(word) - len(article) >= 3:
            return True, word[len(article) :]
        return False, word

    def carries_article(self, word: str) -> bool:
        """Does the word carry the article, after any clitics («والصفحة», «للدراسة»)?"""
        return any(word.startswith(prefix) for prefix in self.definite_prefixes)

    def surfaces(self, form: str, inflect: Inflect) -> Iterator[Surface]:
        """Every surface of the (normalised, single-word) `form` under `inflect`. A noun or
        adjective written with the article keeps it (list «احتلال» too if both occur)."""
        if inflect == "none":
            yield from self._fixed(form, self.conjunctions)
        elif inflect == "name":
            yield from self._fixed(form, self.noun_proclitics)
        elif inflect == "past":
            yield from self._past(form, with_objects=False)
        elif inflect == "present":
            yield from self._present(form)
        elif inflect == "verb":
            yield from self._fixed(form, self.past_proclitics)
        else:
            yield from self._nominal(form, adjective=inflect == "adjective")

    def verb_surfaces(self, past: str | None, present: str | None) -> Iterator[Surface]:
        if past:
            yield from self._past(past, with_objects=True)
        if present:
            yield from self._present(present, with_objects=True)

    # -- paradigms -------------------------------------------------------------------------

    def _fixed(self, form: str, proclitics: tuple[str, ...]) -> Iterator[Surface]:
        """A form as written, with conjunctions (and prepositions) glued in front."""
        definite, stem = self.split_article(form)
        for prefix in proclitics:
            yield (prefix + form, bool(prefix), definite)
        if definite and proclitics == self.noun_proclitics:
            # «ل» + «ال» is written «لل»: للعراق, وللاحتلال
            article = self.article
            for prefix in self.definite_prefixes:
                if prefix != article and not prefix.endswith(article):
                    yield (prefix + stem, True, True)

    def _nominal(self, form: str, adjective: bool) -> Iterator[Surface]:
        written_definite, stem = self.split_article(form)
        ending = _one(self.feminine_ending)
        feminine = bool(ending) and stem.endswith(ending)
        suffixes = self.adjective_suffixes if adjective and not feminine else self.noun_suffixes
        duals = self.feminine_dual if feminine and not adjective else ()
        for suffix in (*suffixes, *duals):
            word = self._attach(stem, suffix)
            if word is None:
                continue
            if not written_definite:  # written with the article: only the definite forms
                for prefix in self.noun_proclitics:
                    yield (prefix + word, bool(prefix or suffix), False)
            if suffix in self.indefinite_suffixes:
                continue
            for prefix in self.definite_prefixes:
                as_written = not suffix and written_definite and prefix == self.article
                yield (prefix + word, not as_written, True)
        if written_definite or (adjective and not feminine):
            return
        # possessive pronouns: حكومتها، حلفاؤه
        bases = {stem[: -len(ending)] + _one(self.feminine_linked)} if feminine else {stem}
        seats = self.hamza_seats
        if seats and stem.endswith(seats[0]):
            bases |= {stem[:-1] + seat for seat in seats}
        for base in sorted(bases):
            for enclitic in self.noun_enclitics:
                for prefix in self.noun_proclitics:
                    yield (prefix + base + enclitic, True, True)

    def _past(self, stem: str, with_objects: bool) -> Iterator[Surface]:
        for suffix in self.past_suffixes:
            word = stem + suffix
            for prefix in self.past_proclitics:
                yield (prefix + word, bool(prefix or suffix), False)
            if with_objects:
                linked = _one(self.linked_past_suffix)
                joint = word[:-1] if linked and suffix == linked else word  # قالوا+ه → قالوه
                for enclitic in self.verb_enclitics:
                    for prefix in self.past_proclitics:
                        yield (prefix + joint + enclitic, True, False)

    def _attach(self, stem: str, suffix: str) -> str | None:
        """Add a nominal suffix, respecting a feminine ending (ة, written ه)."""
        if not suffix:
            return stem
        ending = _one(self.feminine_ending)
        if ending and stem.endswith(ending):
            if suffix == _one(self.feminine_plural) or suffix in self.feminine_dual:
                return stem[: -len(ending)] + suffix  # مجزرة → مجزرات, نقابة → نقابتان
            return None  # no tanwin alef or masculine plural after the feminine ending
        return stem + suffix

    def _present(self, stem: str, with_objects: bool = False) -> Iterator[Surface]:
        persons = self.present_persons
        body = stem[1:] if stem[:1] in persons else stem
        linked = _one(self.linked_past_suffix)
        objects = self.present_object_suffixes if with_objects else ()
        for person in persons:
            for suffix in self.present_suffixes:
                if suffix and person in self.present_single_persons:
                    continue  # «أقولون», «أردان»: no such form (this «أردان» is a name)
                word = person + body + suffix
                for prefix in self.present_proclitics:
                    changed = bool(prefix or suffix) or word != stem
                    yield (prefix + word, changed, False)
                if suffix in objects:  # «ويصفها», «يصفونه», «يصفوه»
                    joint = word[:-1] if linked and suffix == linked else word
                    for enclitic in self.verb_enclitics:
                        for prefix in self.present_proclitics:
                            yield (prefix + joint + enclitic, True, False)


def _one(values: tuple[str, ...]) -> str:
    return values[0] if values else ""
