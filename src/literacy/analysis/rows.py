"""The rows of the lexicon files: what each file may hold, checked when it is loaded.

A row that breaks these rules is reported with its file, id and field (see `lexicon.py`).
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from literacy.analysis.model import CueStance
from literacy.analysis.morphology import Inflect

LOADED_CATEGORIES = (
    "label",
    "framing",
    "intensifier",
    "sensational",
    "emotional",
    "glorifying",
    "exaggeration",
    "evaluative",
)
# Categories of adjectives that also make family names with the article after a first name
# («أحمد الصامد», «سعيد الحازمي»), unlike labels or framing («نصر المقاومة»).
SURNAME_CATEGORIES = frozenset({"glorifying", "evaluative", "intensifier"})


class _Row(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(min_length=1)
    forms: tuple[str, ...] = ()
    plural: tuple[str, ...] = ()
    inflect: Inflect = "noun"
    past: tuple[str, ...] = ()
    present: tuple[str, ...] = ()

    @field_validator("id")
    @classmethod
    def _id_is_trimmed(cls, value: str) -> str:
        if value != value.strip() or "\n" in value:
            raise ValueError("an id has no surrounding spaces or line breaks")
        return value


class CueRow(_Row):
    kind: Literal["verb", "participle", "passive", "preposition", "noun", "context"]
    stance: CueStance = "neutral"
    official: bool = False
    then: str | None = None  # «وفقاً لـ»: the source is glued to this preposition
    agent: tuple[str, ...] = ()  # «اتهامات من قبل X»
    source_after: str | None = None  # «نقل عن X»
    # A report only when one of these follows within a few words: «علق الوزير على …»
    # (commented), not «علقت سويسرا رحلاتها» (suspended).
    needs_after: tuple[str, ...] = ()
    after_relative: bool = False  # «بحسب ما نشرته الصحيفة», never «نشر الجيش قواته»
    not_next: tuple[str, ...] = ()  # "exposed to low doses": no report before these words
    # No report when one of these follows within a few words: «وعبر المهاجرون عن طريق البحر»
    # (crossed, by way of), not «وعبر الوزير عن قلقه» (expressed).
    not_after: tuple[str, ...] = ()
    object_before: tuple[str, ...] = ()  # «دعا X إلى»: X is the object when the subject is left out
    # …unless the verb also takes that preposition straight after its subject («دعت الأمم
    # المتحدة إلى …»), never «اتهم X بـ» (X is always the accused)
    subject_before_too: bool = False
    # Reports only when content follows (a passive «يقال», English "added" in "added 300
    # jobs"); None: the kind decides (passives need content, the rest do not).
    needs_content: bool | None = None
    # A participle that is also a noun reports only with its object or content right after
    # («متهماً الحكومة بـ…»); before a preposition it names people («متهمين في قضية»).
    object_first: bool = False
    # Forms written with their «و»/«ف» («وتابع», «ورأى»: alone the word means something else);
    # the cue shown starts after the conjunction.
    glued: bool = False
    # Still a report after a negation: «لم يستبعد أن …» (did not rule out) says something.
    after_negation: bool = False
    # A report only as the first word of its sentence: «طالب وزير الخارجية بـ…» (demanded),
    # where inside one the word is mostly a student or the verb's object follows it («كما طالب
    # المنظمات كافة العمل …»).
    opens_sentence: bool = False
    # Words as written, a «و»/«ف» aside, that normalise to a form of the cue but are another
    # word: «يدعى» (is called) for «يدعي» (claims).
    written_not: tuple[str, ...] = ()
    # The source must be headed by one of these source-word roles ("the study found").
    source_heads: tuple[Literal["document", "organization", "title", "anonymous"], ...] = ()


class SourceWordRow(_Row):
    role: Literal[
        "anonymous",
        "title",
        "organization",
        "group",
        "document",
        "quantifier",
        "modifier",
        "link",
        "skip",
        "hidden_name",
        "hiding_verb",
    ]
    # one of many of its kind («شركة», «وكالة», «تقرير»): unnamed, the reader cannot tell
    # which one, unlike «الحكومة» or «الجيش» of the country the article is about
    generic: bool = False
    # a title that names a trade and its field, not an office («استشاري أمراض معدية»): one of
    # many, so unnamed unless a name follows
    profession: bool = False
    # prepositions this word alone may take before an institution or a place («النائب عن
    # كتلة …»), besides the `link` words
    links: tuple[str, ...] = ()
    # a relative or a friend: a name after it says whose («عائلة حمزة بن دلاج»), and the
    # source stays unnamed
    kin: bool = False
    # a learned courtesy title («الدكتور», «البروفيسور»), never part of an institution's
    # name: after a field («الخبير في الأمراض المعدية») it opens the person's name
    learned: bool = False


class EntityRow(_Row):
    type: Literal["given_name", "person", "organization", "country", "place", "nationality"]


# Claim signals counted per unit (how often the unit shows them), kept with the words that
# show them (shown to the student as evidence), and read by their own rules (`signals.scan`).
COUNTED_SIGNALS = (
    "judgement",
    "certainty",
    "intensifier",
    "focus",
    "generalisation",
    "comparison",
    "rhetoric",
    "assessment",
    "negation",
    "modal",
    "present_copula",
    "first_person",
    "dialect",
    "fact_verb",
    "official",
)
SPANNED_SIGNALS = (
    "speculation",
    "prediction",
    "motive",
    "obligation",
    "prayer",
    "call_to_action",
    "vague_quantity",
)
# Signals that date a sentence: checkable, and a time rather than a place or a name.
DATE_SIGNALS = ("month", "hijri_month", "weekday")
SIGNAL_ROLES = (
    *COUNTED_SIGNALS,
    *SPANNED_SIGNALS,
    *DATE_SIGNALS,
    *(
        "number_word",
        "percent",
        "place_trigger",
        "evidence_noun",
        "evidence_verb",
        "question_word",
        "evidence_holder",
        "evidence_limit",
    ),
)


class SignalRow(_Row):
    signal: Literal[SIGNAL_ROLES]  # type: ignore[valid-type]
    needs_number: bool = False


class LoadedContext(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    next_not: tuple[str, ...] = ()
    prev_not: tuple[str, ...] = ()
    next_role: tuple[Literal["nationality", "place", "name"], ...] = ()


class LoadedRow(_Row):
    category: Literal[LOADED_CATEGORIES]  # type: ignore[valid-type]
    neutral: tuple[str, ...] = ()
    omit: bool = False
    note: str = Field(min_length=1)
    context: LoadedContext | None = None


class ReasonRow(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(pattern=r"^[a-z][a-z_]*$")
    text: str = Field(min_length=1)


class VerdictRow(BaseModel):
    """One verdict of `weights.yaml`: signal weights and the threshold they must reach."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    threshold: float
    weights: dict[str, float]
    attributed_discount: float = 1.0
    base: float = 0.0
    per_word: float = 0.0
    words_cap: int = 0


class WeightsFile(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    factual: VerdictRow
    subjective: VerdictRow
