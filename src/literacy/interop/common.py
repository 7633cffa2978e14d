"""What every export format shares: a question seen as a prompt and a list of choices,
the `mark_words` fallback, Moodle's grade weights, warnings, and XML output.

The formats differ in syntax, not in what they can say about a choice question, so each
question is turned into an `Item` once here and each format only writes it out.
"""

from __future__ import annotations

import functools
import re
import string
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from decimal import Decimal
from importlib import resources
from typing import Literal

import yaml

from literacy.interop import markup
from literacy.interop.formats import Format
from literacy.quiz.model import MarkWords, MultipleChoice, Question, Quiz, SingleChoice, TrueFalse
from literacy.text import check_language

Kind = Literal["single", "multiple", "true_false"]

TRUE_FALSE_LABELS = {"ar": ("صح", "خطأ"), "en": ("True", "False")}


# A warning's value: a number, a word, a term of `warnings.yaml` or a list of them.
Value = str | int | tuple[str, ...]


@dataclass(frozen=True, slots=True)
class ExportWarning:
    """Something the target format cannot say exactly as the quiz does: a message of
    `warnings.yaml` (`code`) and the values that fill it, told in any interface language
    by `text`. `message` and `str()` are the English, as the CLI prints it."""

    code: str
    question_id: str | None = None
    values: tuple[tuple[str, Value], ...] = ()

    @classmethod
    def of(cls, code: str, question_id: str | None = None, **values: Value) -> ExportWarning:
        """The warning `code` filled with `values`, checked against its English message
        here, where a mistake is the code's, rather than on the teacher's page."""
        catalogue = _catalogue("en")
        message = catalogue["messages"].get(code)
        if message is None:
            raise KeyError(f"no export warning {code!r} in warnings.yaml")
        wanted = {name for _, name, _, _ in string.Formatter().parse(message) if name}
        if wanted != values.keys():
            raise KeyError(f"export warning {code!r} takes {sorted(wanted)}, not {sorted(values)}")
        for name, value in values.items():
            if name in catalogue["terms"] and value not in catalogue["terms"][name]:
                raise KeyError(f"{value!r} is not one of the {name} terms in warnings.yaml")
        frozen = {n: tuple(v) if isinstance(v, list) else v for n, v in values.items()}
        return cls(code, question_id, tuple(sorted(frozen.items())))

    @property
    def message(self) -> str:
        """The English message, without the question it is about."""
        return self._fill("en")

    def text(self, language: str) -> str:
        """The whole warning in `language` ("ar" or "en"), naming its question if any."""
        message = self._fill(language)
        if self.question_id is None:
            return message
        return _catalogue(language)["question"].format(question=self.question_id, message=message)

    def _fill(self, language: str) -> str:
        catalogue = _catalogue(language)
        terms = catalogue["terms"]
        filled = {}
        for name, value in self.values:
            if isinstance(value, tuple):
                value = catalogue["list_joiner"].join(value)
            elif name in terms:
                value = terms[name][value]
            filled[name] = value
        return catalogue["messages"][self.code].format(**filled)

    def __str__(self) -> str:
        return self.text("en")


@functools.cache
def _catalogue(language: str) -> dict:
    """One language's part of `warnings.yaml`, read once per process."""
    check_language(language)
    source = resources.files("literacy.interop").joinpath("warnings.yaml")
    return yaml.safe_load(source.read_text(encoding="utf-8"))[language]


@dataclass(frozen=True, slots=True)
class Choice:
    key: str  # the choice's text, or "true"/"false"
    html: str
    right: bool
    feedback_html: str | None


@dataclass(frozen=True, slots=True)
class Item:
    """A question as every format sees it: HTML prompt, choices, general feedback."""

    question: Question
    kind: Kind
    prompt_html: str
    choices: tuple[Choice, ...]
    general_html: str | None

    @property
    def right_count(self) -> int:
        return sum(c.right for c in self.choices)


def items(quiz: Quiz) -> tuple[list[Item], list[ExportWarning]]:
    warnings: list[ExportWarning] = []
    out = []
    for question in quiz.questions:
        item, notes = _item(question, quiz.language)
        out.append(item)
        warnings += [ExportWarning.of(code, question.id, **values) for code, values in notes]
    return out, warnings


# (warning code, its values) for what a question loses on the way out
_Note = tuple[str, dict[str, Value]]


def _item(question: Question, language: str) -> tuple[Item, list[_Note]]:
    general = markup.general_feedback(question.evidence, question.explanation, language)

    def feedback(key: str) -> str | None:
        note = question.feedback.get(key)
        return markup.inline(note, language) if note is not None else None

    if isinstance(question, TrueFalse):
        labels = TRUE_FALSE_LABELS.get(language, TRUE_FALSE_LABELS["en"])
        choices = tuple(
            Choice(key, markup.inline(label, language), question.answer == value, feedback(key))
            for key, label, value in (("true", labels[0], True), ("false", labels[1], False))
        )
        prompt = markup.inline(question.prompt, language)
        return Item(question, "true_false", prompt, choices, general), []
    if isinstance(question, SingleChoice | MultipleChoice):
        right = {question.answer} if isinstance(question, SingleChoice) else set(question.answers)
        choices = tuple(
            Choice(c, markup.inline(c, language), c in right, feedback(c)) for c in question.choices
        )
        kind: Kind = "single" if isinstance(question, SingleChoice) else "multiple"
        prompt = markup.inline(question.prompt, language)
        return Item(question, kind, prompt, choices, general), []
    if isinstance(question, MarkWords):
        return _mark_words(question, language)
    raise TypeError(f"unknown question type {type(question).__name__}")


def _mark_words(question: MarkWords, language: str) -> tuple[Item, list[_Note]]:
    """No LMS has click-the-words; the closest native type is ticking words in a list."""
    passage = question.passage or ""
    positions: dict[str, list[int]] = {}
    for index, word in enumerate(question.words):
        positions.setdefault(word.text, []).append(index)
    notes: dict[str, list[str]] = {}
    for key, note in question.feedback.items():
        for word in _words_named(question, key):
            notes.setdefault(word, []).append(note)
    choices = tuple(
        Choice(
            word,
            markup.inline(word, language),
            any(i in question.target_words for i in where),
            markup.inline("\n".join(notes[word]), language) if word in notes else None,
        )
        for word, where in positions.items()
    )
    evidence = question.evidence
    if evidence is not None and evidence.quote == passage:
        evidence = None  # the passage is already in the question
    general = markup.general_feedback(evidence, question.explanation, language)
    prompt = markup.with_passage(question.prompt, passage, language)
    # a word that occurs more than once in the passage is one choice: say so
    code = (
        "mark_words_as_list_repeats"
        if len(positions) < len(question.words)
        else "mark_words_as_list"
    )
    return Item(question, "multiple", prompt, choices, general), [(code, {"words": len(choices)})]


def _words_named(question: MarkWords, key: str) -> list[str]:
    """The passage words a feedback key is about: a target's words, or the word itself."""
    if key in question.targets:
        # A one-target copy finds that target's words by the model's own matching rule.
        single = MarkWords(
            type="mark_words", prompt=question.prompt, passage=question.passage, targets=(key,)
        )
        return [single.words[i].text for i in sorted(single.target_words)]
    return [key]


# ---- Moodle's grade weights --------------------------------------------------------------

# The only answer grades Moodle accepts (question_bank::fraction_options_full), as Moodle
# writes them; an import with any other grade fails unless "nearest grade" is chosen.
MOODLE_FRACTIONS = tuple(
    Decimal(f)
    for f in (
        "1", "0.9", "0.8333333", "0.8", "0.75", "0.7", "0.6666667", "0.6", "0.5", "0.4",
        "0.3333333", "0.3", "0.25", "0.2", "0.1666667", "0.1428571", "0.125", "0.1111111",
        "0.1", "0.05",
    )
)  # fmt: skip


def percent(fraction: Decimal) -> str:
    """Moodle's percentage text for a fraction: 0.3333333 → "33.33333", 0.5 → "50"."""
    value = (fraction * 100).normalize()
    return f"{value:f}"


def _nearest(value: float) -> Decimal:
    return min(MOODLE_FRACTIONS, key=lambda f: abs(float(f) - value))


@dataclass(frozen=True, slots=True)
class Weights:
    right: tuple[Decimal, ...]
    wrong: Decimal  # a negative fraction, charged per wrong choice picked
    exact: bool


def moodle_weights(right_count: int) -> Weights:
    """Weights that reproduce literacy's rule, +1/k per right pick and −1/k per wrong pick,
    with Moodle's sum clamped to 0…100 % giving the floor at 0.

    1/k is on Moodle's list for k ≤ 10. Beyond that, right choices weigh 10 % or 5 % so they
    still add up to 100 % (impossible past 20, where some get 0 %), and a wrong pick costs
    the listed value nearest 1/k.
    """
    k = right_count
    exact_fraction = next((f for f in MOODLE_FRACTIONS if abs(float(f) - 1 / k) < 1e-7), None)
    if exact_fraction is not None:
        return Weights((exact_fraction,) * k, -exact_fraction, True)
    tenth, twentieth = Decimal("0.1"), Decimal("0.05")
    if k <= 20:
        right = (tenth,) * (20 - k) + (twentieth,) * (2 * k - 20)
    else:
        right = (twentieth,) * 20 + (Decimal(0),) * (k - 20)
    return Weights(right, -_nearest(1 / k), False)


def choice_percents(item: Item, warnings: list[ExportWarning]) -> list[str]:
    """Each choice's Moodle grade for a multiple-answer item (right picks share 100 %, wrong
    ones cost as much), warning when Moodle's list of grades forces a rounding."""
    weights = moodle_weights(item.right_count)
    if not weights.exact:
        warnings.append(weights_warning(weights, item.question.id))
    right = iter(weights.right)
    return [percent(next(right)) if c.right else percent(weights.wrong) for c in item.choices]


def weights_warning(weights: Weights, question_id: str | None) -> ExportWarning:
    """Weights that are not an equal share each: always two of them (10 % and 5 % for 11 to
    19 right choices, 5 % and 0 % beyond 20)."""
    shares = sorted((w for w in weights.right), reverse=True)
    return ExportWarning.of(
        "moodle_weights",
        question_id,
        count=len(weights.right),
        high=percent(shares[0]),
        low=percent(shares[-1]),
        wrong=percent(-weights.wrong),
    )


def follows_literacy_rule(percentages: list[float]) -> bool:
    """Whether answer weights (in %) score as literacy does, exactly or as Moodle's list
    rounds them: the positive ones are the right answers."""
    right = sorted(w for w in percentages if w > 0)
    wrong = [w for w in percentages if w <= 0]
    k = len(right)
    if not k:
        return False
    listed = moodle_weights(k)
    for right_weights, wrong_weight in (
        (sorted(float(w) * 100 for w in listed.right), float(listed.wrong) * 100),
        ([100 / k] * k, -100 / k),
    ):
        if all(abs(a - b) < 1e-3 for a, b in zip(right, right_weights, strict=True)) and all(
            abs(w - wrong_weight) < 1e-3 for w in wrong
        ):
            return True
    return False


# ---- quiz settings -----------------------------------------------------------------------


def settings_warnings(quiz: Quiz, fmt: Format) -> list[ExportWarning]:
    """Settings of the quiz as a whole, which question files (Moodle's) cannot carry."""
    settings = quiz.settings
    platform = "canvas" if fmt == "qti" else "moodle"
    found = []
    if settings.time_limit_minutes is not None and fmt != "qti":
        minutes = settings.time_limit_minutes
        found.append(ExportWarning.of("time_limit", minutes=minutes, platform=platform))
    if settings.shuffle_questions:
        found.append(ExportWarning.of("shuffle_questions", platform=platform))
    if not settings.shuffle_choices and fmt == "gift":
        found.append(ExportWarning.of("gift_shuffle_choices"))
    if settings.show_explanations != "after_each":
        timing = settings.show_explanations
        found.append(ExportWarning.of("explanations_timing", timing=timing, platform=platform))
    if settings.ask_confidence:
        found.append(ExportWarning.of("no_confidence"))
    return found


# ---- XML -----------------------------------------------------------------------------------

# XML 1.0 cannot carry most control characters, not even as &#…; references.
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def sub(parent: ET.Element, tag: str, text: str | None = None, **attrs: str) -> ET.Element:
    element = ET.SubElement(parent, tag, attrs)
    if text is not None:
        element.text = text
    return element


def xml_document(root: ET.Element) -> tuple[str, int]:
    """The tree as an indented UTF-8 XML document, and how many characters XML could not
    carry and were removed."""
    removed = 0

    def clean(value: str) -> str:
        nonlocal removed
        value, count = _NOT_XML.subn("", value)
        removed += count
        return value

    for element in root.iter():
        if element.text:
            element.text = clean(element.text)
        if element.tail:
            element.tail = clean(element.tail)
        for name, value in element.attrib.items():
            element.set(name, clean(value))
    ET.indent(root)
    # <text></text> rather than <text />, as Moodle writes (and reads) it.
    body = ET.tostring(root, encoding="unicode", short_empty_elements=False)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + body + "\n", removed


def removed_warning(count: int) -> list[ExportWarning]:
    if not count:
        return []
    return [ExportWarning.of("control_characters", count=count)]
