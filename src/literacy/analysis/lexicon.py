"""A language's lexicons: read once from `literacy/lexicons/<lang>/`, validated, indexed.

Every data file is plain YAML or TSV with a stable `id` per row. Loading validates each row
(a broken row names its file, row and field), normalises every form with the same function
the articles go through, and expands it through the language's morphology into one index:
normalised surface → the lexicon entries it can be. The result is immutable and cached per
language, so one copy serves every thread (Streamlit serves all users from one process).
"""

from __future__ import annotations

import csv
import io
import threading
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, fields
from functools import cache, lru_cache
from importlib import resources
from types import MappingProxyType
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from literacy.analysis.index import Hit, IndexBuilder
from literacy.analysis.morphology import Morphology
from literacy.analysis.reasons import reason_texts
from literacy.analysis.rows import (
    CueRow,
    EntityRow,
    LoadedRow,
    SignalRow,
    SourceWordRow,
    VerdictRow,
    WeightsFile,
)
from literacy.errors import LiteracyError, Problem, UnsupportedLanguageError
from literacy.text import LANGUAGES, key_words, normalize_key

# The files a language needs before the analyser can run on it.
REQUIRED_FILES = (
    "morphology.yaml",
    "grammar.yaml",
    "cues.yaml",
    "source_words.yaml",
    "entities.tsv",
    "claim_signals.yaml",
    "loaded.yaml",
    "reasons.yaml",
    "weights.yaml",
)
_R = TypeVar("_R", bound=BaseModel)


class LexiconError(LiteracyError):
    """A lexicon file that cannot be used; `problems` lists what is wrong and where."""

    def __init__(self, problems: Iterable[Problem]):
        self.problems = tuple(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


@dataclass(frozen=True, slots=True)
class Grammar:
    function_words: frozenset[str]
    clause_openers: frozenset[str]
    nisba_suffixes: tuple[str, ...]
    participle_prefix: str
    doer_letter: str
    colon_cue: str
    quote_marks: frozenset[str]
    name_particles: frozenset[str]
    byline_openers: tuple[str, ...]
    conjunction_letters: str
    preposition_letters: str
    content_openers: frozenset[str]
    content_bridges: frozenset[str]
    relative_pronouns: frozenset[str]
    plural_suffixes: tuple[str, ...]
    plural_verb_endings: tuple[str, ...]
    quantifier_links: frozenset[str]
    feminine_ending: str
    genitive_prefix: str
    contrast_openers: frozenset[str]
    future_prefixes: tuple[str, ...]
    # How source phrases are built: "head_first" (Arabic: «وزير الخارجية الأردني») or
    # "head_last" with capitalised names (English: "the Jordanian foreign minister").
    phrase_order: str = "head_first"
    script: str = "arabic"  # the letters the language is written in (see layout.py)
    cased: bool = False  # capital letters mark names
    tweet_labels: bool = False  # «عاجل | #ميركل: …»: a colon's label as news tweets write it
    glued_cues: str = ""  # «الخميسوأعلنت»: the «و» of a reporting verb glued on by a lost space
    and_letter: str = ""  # «وشهود عيان»: the «و» that joins one more subject (not «ف»)
    definite_determiners: frozenset[str] = frozenset()
    indefinite_determiners: frozenset[str] = frozenset()
    between_source_and_cue: tuple[tuple[str, ...], ...] = ()
    abbreviations: frozenset[str] = frozenset()
    not_names: frozenset[str] = frozenset()
    inversion_cues: frozenset[str] = frozenset()
    place_words: frozenset[str] = frozenset()  # "Bridge Street", "Lake Placid": a place
    signature_dash: str = ""  # "“…” ― Jane Doe": the dash that signs a quotation
    clitic_letters: str = ""  # conjunction_letters + preposition_letters, joined once
    agent_joiners: frozenset[str] = frozenset()  # «ثم (من) …»: one more agent of a noun cue
    fronting_prepositions: frozenset[str] = frozenset()  # «وفي هذا السياق قال …»
    byline_verbs: frozenset[str] = frozenset()  # «كتب سامي حداد» alone on a line: a byline
    noun_prepositions: frozenset[str] = frozenset()  # «عن كشف علمي»: a verbal noun, no verb
    report_relatives: frozenset[str] = frozenset()  # «بحسب ما نقلته الوكالة»
    perfect_particles: frozenset[str] = frozenset()  # «وكان الوزير قد أعلن»
    perfect_auxiliaries: frozenset[str] = frozenset()  # the «كان» that «قد» needs
    lam_genitive_nouns: frozenset[str] = frozenset()  # «وزير الدولة لشؤون الإعلام»
    told_outlets: frozenset[str] = frozenset()  # source-word ids: «قال المتحدث لوكالة …»
    outlet_heads: frozenset[str] = frozenset()  # source-word ids: «صحيفة الصباح», a name
    back_references: frozenset[str] = frozenset()  # source-word ids: «المسؤول», him again
    same_source_words: frozenset[str] = frozenset()  # source-word ids: «المصدر ذاته»
    same_source_after: frozenset[str] = frozenset()  # «المصدر السابق»: the same as «ذاته»
    latter_words: frozenset[str] = frozenset()  # «وقال الأخير»: the one named last
    counterpart_words: frozenset[str] = frozenset()  # «وأكد نظيره القطري»: an office
    feminine_counterparts: frozenset[str] = frozenset()  # «نظيرته»: hers or his, a woman
    on_behalf: frozenset[str] = frozenset()  # «المتحدث باسم الوزارة»: speaking for it
    calling_words: frozenset[str] = frozenset()  # «شاب يدعى أبو سليم»: as written
    time_nouns: frozenset[str] = frozenset()  # «في وقت قال فيه الوزير»: when he said
    spoken_of_nouns: frozenset[str] = frozenset()  # cue ids: «أثارت تصريحات الرئيس غضبا»
    bare_courtesy: frozenset[str] = frozenset()  # source-word ids: «وقالت السيدة», nobody named
    issuing_verbs: frozenset[str] = frozenset()  # «أصدر … بياناً قال فيه»: who issued it
    outlet_time_names: frozenset[str] = frozenset()  # «صحيفة الصباح»: a time naming an outlet
    numbered_outlets: frozenset[str] = frozenset()  # «القناة 14»: named by a number
    national_outlets: frozenset[str] = frozenset()  # «التلفزيون العراقي»: the state's own
    describing_pronouns: frozenset[str] = frozenset()  # «زاكاري هولبروك وهو خبير»
    numbered_units: frozenset[str] = frozenset()  # «اللواء 444»: a brigade, no general
    directions: frozenset[str] = frozenset()  # «شمال البلاد»: where, never a name
    seats_not_offices: frozenset[str] = frozenset()  # «في محافظة حمص»: where, no ministry
    conducted_verbs: frozenset[str] = frozenset()  # «الذي قام به المعهد»
    conducted_objects: frozenset[str] = frozenset()  # its «به»
    dual_suffixes: frozenset[str] = frozenset()  # «قالا»: two spoke
    we_suffixes: tuple[str, ...] = ()  # «استقبلنا», «بلادنا»: the first person plural
    my_suffixes: tuple[str, ...] = ()  # «رسالتي»: the first person singular's possessive
    named_groups: frozenset[str] = frozenset()  # «مجموعة الاتصالات»: a group that is a name
    media_labels: frozenset[str] = frozenset()  # «شاهد:», «بالفيديو:»: a video's label
    quoting_nouns: frozenset[str] = frozenset()  # «عن وانغ قوله «…»»: his saying, then what
    trades: frozenset[str] = frozenset()  # source-word ids: «"المعلمين" تدعو», their union
    obligation_openers: frozenset[str] = frozenset()  # «الصين: على واشنطن …»: it says so
    own_records: frozenset[str] = frozenset()  # source-word ids: «بحسب صفحاتها», its own page
    time_periods: frozenset[str] = frozenset()  # «وفي الأسبوع الماضي قال …»
    talk_nouns: frozenset[str] = frozenset()  # «حديثه الذي نقلته قناة …»
    masthead_labels: frozenset[str] = frozenset()  # «رئيس التحرير: سامي حداد»
    time_adjectives: frozenset[str] = frozenset()  # «ويوم السبت الفائت أعلنت …»
    government_seats: frozenset[str] = frozenset()  # entity ids: «وتقول موسكو إن»
    place_genitive_heads: frozenset[str] = frozenset()  # source-word ids: «مصلحة … لنهر …»
    state_adjectives: frozenset[str] = frozenset()  # «الأجهزة الأمنية»: the state's own
    owner_pronouns: frozenset[str] = frozenset()  # «في تصريح لها»: a statement of her own
    first_person_prefixes: tuple[str, ...] = ()  # «نؤكد»: the speaker's own verb
    first_person_marks: frozenset[str] = frozenset()  # «أستنكر»: I, not «استنكر», he
    third_person_prefixes: tuple[str, ...] = ()  # «تسعى»: a headline's verb
    saying_cues: frozenset[str] = frozenset()  # cue ids of plain verbs of saying («قال», "say")
    telling_cues: frozenset[str] = frozenset()  # cue ids whose object is who was told («أبلغ»)
    topic_label_heads: frozenset[str] = frozenset()  # «مطار صنعاء: …»: the news's topic
    # «أما X فقال»: after one, the «ف» on the verb marks the topic's predicate, X its subject
    topic_openers: frozenset[str] = frozenset()
    seat_prepositions: frozenset[str] = frozenset()  # «نقابة الصحافيين في تركيا»
    origin_prepositions: frozenset[str] = frozenset()  # «أرقام من وزارة الزراعة»
    seat_letters: frozenset[str] = frozenset()  # «مسؤول رفيع بوزارة الصحة»: glued «في»
    whole_words: frozenset[str] = frozenset()  # «فنية» is no «ف» + «نية»: no clitic reading
    negations: frozenset[str] = frozenset()  # «ولم تعلن أي جهة»: a report nobody made
    asides: tuple[tuple[str, ...], ...] = ()  # «يذكر أن»: the writer's aside, no report
    # «معالي», «صاحب السمو»: a courtesy before a title or a name, longest first
    honorifics: tuple[tuple[str, ...], ...] = ()
    honorific_starts: frozenset[str] = frozenset()  # their first words, one look per token
    # «هندرسون»: letters a foreign family name shaped like a plural ends on before «-ون»
    foreign_name_letters: frozenset[str] = frozenset()
    published_verbs: frozenset[str] = frozenset()  # «دراسة نشرت في مجلة …»
    published_by: frozenset[str] = frozenset()  # the «في» or «عن» before that outlet
    published_agents: frozenset[str] = frozenset()  # «المقدمة من طرف …»: by whom
    authored_verbs: frozenset[str] = frozenset()  # «دراسة أجرتها جامعة …»: made by
    statement_pronouns: frozenset[str] = frozenset()  # «أصدر بياناً قال فيه»: in it
    interview_nouns: frozenset[str] = frozenset()  # «مقابلة مع أحد المسعفين قال فيها»
    interview_with: frozenset[str] = frozenset()  # … its «مع»
    warning_prepositions: frozenset[str] = frozenset()  # «حذر خبراء من أن»: no object
    apposition_marks: frozenset[str] = frozenset()  # «محامي المتهمين، خالد …، إن»
    hedging_modals: frozenset[str] = frozenset()  # "may simply have": a guess
    unhedged_after: frozenset[str] = frozenset()  # "could hardly": what one could do
    unhedged_before: frozenset[str] = frozenset()  # "so she could": a purpose
    no_comment: frozenset[str] = frozenset()  # "declined to comment": a non-answer reported
    mention_nouns: frozenset[str] = frozenset()  # 'the word "idiot"': a word named, not used
    coordinators: frozenset[str] = frozenset()  # "as racist and sexist": one list of words
    downtoners: frozenset[str] = frozenset()  # "somewhat naive": a judgement weakened
    written_names: frozenset[str] = frozenset()  # «علي» as written, not «على»: a first name
    demonstratives: frozenset[str] = frozenset()  # «صحة هذه الأنباء»: a noun, not a name
    stated_nouns: frozenset[str] = frozenset()  # «وأكد الأنصاري أهمية …»: what was stated
    inquiries: frozenset[str] = frozenset()  # «تحقيق في وزارة الدفاع»: what it looks into
    headline_cues: frozenset[str] = frozenset()  # cue ids: «… نوفاك، يعلن أن»
    about_openers: frozenset[str] = frozenset()  # «أعلن عن …»: what it is about, no words
    glued_name_starts: frozenset[str] = frozenset()  # «عبدالكريم»: a first name
    # «سبق للوزير أن أعلن»: the verb that puts its subject after «لـ», then «أن» and the cue
    earlier_verbs: frozenset[str] = frozenset()
    earlier_link: str = ""  # that «أن»
    superlatives: frozenset[str] = frozenset()  # «بحسب آخر حصيلة»: the latest of a document
    feminine_relatives: frozenset[str] = frozenset()  # «التي»: never for one man («عضو»)
    other_words: frozenset[str] = frozenset()  # «المسؤول الآخر»: another one, not the one before


@dataclass(frozen=True, slots=True)
class Verdict:
    """The weights of one claim verdict (`weights.yaml`): true when the weighted count of
    the signals reaches the threshold."""

    threshold: float
    weights: Mapping[str, float]
    attributed_discount: float = 1.0
    base: float = 0.0
    per_word: float = 0.0
    words_cap: int = 0


@dataclass(frozen=True, slots=True)
class Weights:
    factual: Verdict
    subjective: Verdict


# -- the index -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Lexicon:
    language: str
    morphology: Morphology
    grammar: Grammar
    index: Mapping[str, tuple[Hit, ...]]
    cues: Mapping[str, CueRow]
    source_words: Mapping[str, SourceWordRow]
    entities: Mapping[str, EntityRow]
    signals: Mapping[str, SignalRow]
    loaded: Mapping[str, LoadedRow]
    # entry id → (words that may not precede, words that may not follow, required next roles)
    loaded_context: Mapping[str, tuple[frozenset[str], frozenset[str], tuple[str, ...]]]
    reasons: Mapping[str, str]
    weights: Weights
    # For a surface that starts multi-word entries: (its single-word hits, next word → the
    # hits worth trying before that word, in index order). «في» starts fifty entries; only
    # the few whose second word is really next need checking.
    continuations: Mapping[str, tuple[tuple[Hit, ...], Mapping[str, tuple[Hit, ...]]]]
    # index.get on the plain dict behind `index`: the one lookup per token, kept fast
    lookup: Callable[[str, tuple[Hit, ...]], tuple[Hit, ...]]
    # the reporting verbs' past forms as written alone («أعلن», «أعلنت», «أعلنوا»), no clitic
    past_cues: frozenset[str] = frozenset()

    def key(self, text: str) -> tuple[str, ...]:
        """Normalised words of a lexicon string, the way the index stores them."""
        return _key(text, self.language)


@lru_cache(maxsize=4096)
def _key(text: str, language: str) -> tuple[str, ...]:
    # markers such as «من قبل» are looked up for every cue: normalise each string once
    return key_words(text, language)


# -- loading ---------------------------------------------------------------------------------

_LOCK = threading.Lock()


@cache  # the package's data files do not change while it runs
def supported_languages() -> tuple[str, ...]:
    """Languages with every lexicon file the analyser needs."""
    root = resources.files("literacy") / "lexicons"
    found = []
    for language in LANGUAGES:
        folder = root / language
        if all((folder / name).is_file() for name in REQUIRED_FILES):
            found.append(language)
    return tuple(found)


def lexicon(language: str) -> Lexicon:
    """The lexicon of `language`, loaded on first use and shared afterwards."""
    supported = supported_languages()
    if language not in supported:
        raise UnsupportedLanguageError(language, supported)
    with _LOCK:  # one load per language, even when many threads ask at once
        return _load(language)


def read_data(language: str, name: str) -> Any:
    """The parsed content of one data file (YAML, or TSV as a list of dicts)."""
    path = resources.files("literacy") / "lexicons" / language / name
    text = path.read_text(encoding="utf-8-sig")
    if name.endswith(".tsv"):
        lines = [line for line in text.splitlines() if line and not line.startswith("#")]
        return list(csv.DictReader(io.StringIO("\n".join(lines)), delimiter="\t"))
    try:
        # safe_load only, as everywhere in the project (libyaml's loader would save ~0.25 s
        # once per process, but one rule that a reader can check by eye is worth more).
        return yaml.safe_load(text)
    except yaml.YAMLError as error:
        raise LexiconError([Problem(_where(language, name), None, (), str(error))]) from error


def read_rows(language: str, name: str, model: type[_R]) -> list[_R]:
    """Validate every row of a data file, reporting all the broken rows at once."""
    data = read_data(language, name)
    if not isinstance(data, list):
        raise LexiconError([Problem(_where(language, name), None, (), "expected a list of rows")])
    rows, problems = [], []
    for i, item in enumerate(data):
        if name.endswith(".tsv"):
            item = {**item, "forms": tuple(f for f in (item.get("forms") or "").split("|") if f)}
        try:
            rows.append(model.model_validate(item))
        except ValidationError as error:
            for e in error.errors():
                label = item.get("id", i) if isinstance(item, dict) else i
                problems.append(Problem(_where(language, name), None, (label, *e["loc"]), e["msg"]))
    seen: set[str] = set()
    for row in rows:
        if row.id in seen:  # type: ignore[attr-defined]
            problems.append(Problem(_where(language, name), None, (row.id,), "duplicate id"))  # type: ignore[attr-defined]
        seen.add(row.id)  # type: ignore[attr-defined]
    if problems:
        raise LexiconError(problems)
    return rows


def _where(language: str, name: str) -> str:
    return f"lexicons/{language}/{name}"


@cache
def _load(language: str) -> Lexicon:
    morphology = _morphology(language)
    grammar = _grammar(language)
    cues = [
        # the words after the verb that turn it away are compared with the text's normalised
        # words («اتفاقية» is «اتفاقيه» there)
        row.model_copy(update={"not_next": tuple(normalize_key(w, language) for w in row.not_next)})
        if row.not_next
        else row
        for row in read_rows(language, "cues.yaml", CueRow)
    ]
    words = read_rows(language, "source_words.yaml", SourceWordRow)
    entities = read_rows(language, "entities.tsv", EntityRow)
    signals = read_rows(language, "claim_signals.yaml", SignalRow)
    loaded = read_rows(language, "loaded.yaml", LoadedRow)

    builder = IndexBuilder(language, morphology)
    for cue in cues:
        builder.add_row("cue", cue.kind, cue, default="verb" if cue.kind == "verb" else "none")
    for word in words:
        builder.add_row("source", word.role, word)
    for entity in entities:
        inflect = "adjective" if entity.type == "nationality" else "name"
        builder.add_row("entity", entity.type, entity, default=inflect)
    for signal in signals:
        builder.add_row("signal", signal.signal, signal)
    for entry in loaded:
        builder.add_row("loaded", entry.category, entry)

    index = builder.finish()
    conjunctions = grammar.conjunction_letters
    for word in grammar.function_words:  # «على» is never the name «علي»; «لدى» is not «ل» + «دي»
        if word in index:
            # «وعلى» is no «و» + «علي» either, but «وفي» may well be «و» + «في بيان»
            glued = word[:1] in conjunctions and word[1:] in grammar.function_words
            index[word] = tuple(
                h for h in index[word] if h.kind != "entity" and (glued or not h.affixed)
            )
    for word in grammar.whole_words:  # a word of its own, only as written: «فنية», «فيصل»
        if word in index:
            index[word] = tuple(h for h in index[word] if not h.affixed)
    return Lexicon(
        language=language,
        morphology=morphology,
        grammar=grammar,
        index=MappingProxyType(index),
        cues=MappingProxyType({c.id: c for c in cues}),
        source_words=MappingProxyType({w.id: w for w in words}),
        entities=MappingProxyType({e.id: e for e in entities}),
        signals=MappingProxyType({s.id: s for s in signals}),
        loaded=MappingProxyType({w.id: w for w in loaded}),
        loaded_context=MappingProxyType(
            {
                w.id: (
                    frozenset(normalize_key(x, language) for x in w.context.prev_not),
                    frozenset(normalize_key(x, language) for x in w.context.next_not),
                    w.context.next_role,
                )
                for w in loaded
                if w.context is not None
            }
        ),
        reasons=reason_texts(language),  # the one cached copy
        weights=_weights(language),
        continuations=MappingProxyType(_continuations(index, morphology.article)),
        lookup=index.get,
        past_cues=frozenset(
            normalize_key(form, language) + suffix
            for cue in cues
            if cue.kind == "verb"
            for form in cue.past
            for suffix in morphology.past_suffixes
        )
        | frozenset(normalize_key(form, language) for cue in cues for form in cue.forms),
    )


def _continuations(
    index: Mapping[str, tuple[Hit, ...]], article: str
) -> dict[str, tuple[tuple[Hit, ...], Mapping[str, tuple[Hit, ...]]]]:
    out = {}
    for surface, hits in index.items():
        nexts = {w for h in hits if h.rest for w in (h.rest[0], article + h.rest[0])}
        if not nexts:
            continue
        singles = tuple(h for h in hits if not h.rest)
        by_next = {
            w: tuple(h for h in hits if not h.rest or w in (h.rest[0], article + h.rest[0]))
            for w in nexts
        }
        out[surface] = (singles, MappingProxyType(by_next))
    return out


def _weights(language: str) -> Weights:
    data = read_data(language, "weights.yaml")
    try:
        file = WeightsFile.model_validate(data)
    except ValidationError as error:
        raise LexiconError(
            Problem(_where(language, "weights.yaml"), None, tuple(e["loc"]), e["msg"])
            for e in error.errors()
        ) from error

    def verdict(row: VerdictRow) -> Verdict:
        fields = row.model_dump()
        fields["weights"] = MappingProxyType(dict(row.weights))
        return Verdict(**fields)

    return Weights(factual=verdict(file.factual), subjective=verdict(file.subjective))


# Morphology lists about how a word is written, which normalising would erase («أ» → «ا»).
_MORPHOLOGY_AS_WRITTEN = frozenset({"hamza_alefs"})


def _morphology(language: str) -> Morphology:
    data = read_data(language, "morphology.yaml")
    try:
        fields = {
            k: tuple(
                str(v) if k in _MORPHOLOGY_AS_WRITTEN else normalize_key(str(v), language)
                for v in (vs if isinstance(vs, list) else [vs])
            )
            for k, vs in data.items()
        }
        return Morphology(**fields)
    except (AttributeError, TypeError) as error:
        raise LexiconError(
            [Problem(_where(language, "morphology.yaml"), None, (), str(error))]
        ) from error


# Grammar lists that name lexicon rows (ids), kept as written.
_GRAMMAR_IDS = frozenset(
    {
        "told_outlets",
        "own_records",
        "place_genitive_heads",
        "saying_cues",
        "telling_cues",
        "topic_label_heads",
        "government_seats",
        "headline_cues",
        "outlet_heads",
        "back_references",
        "trades",
        "same_source_words",
        "bare_courtesy",
        "spoken_of_nouns",
    }
)
# …and letters compared with the text as written, before normalisation
_AS_WRITTEN = _GRAMMAR_IDS | {"first_person_marks", "calling_words"}


def _ids(data: Mapping[str, Any], key: str) -> frozenset[str]:
    return frozenset(str(w) for w in data.get(key, ()))


def _grammar(language: str) -> Grammar:
    data = read_data(language, "grammar.yaml")

    def words(key: str) -> frozenset[str]:
        return frozenset(normalize_key(str(w), language) for w in data.get(key, ()))

    conjunctions = "".join(sorted(words("conjunction_letters")))
    prepositions = "".join(sorted(words("preposition_letters")))
    # the lists of words are read by their field's name, normalised as the text is
    lists = {
        f.name: _ids(data, f.name) if f.name in _AS_WRITTEN else words(f.name)
        for f in fields(Grammar)
        if f.type == "frozenset[str]"
    }
    # «وعلى», «ففي»: a function word with a conjunction glued on is still one
    function_words = lists["function_words"]
    lists["function_words"] = function_words | {c + w for c in conjunctions for w in function_words}
    lists["honorific_starts"] = frozenset(w.split()[0] for w in words("honorifics"))
    return Grammar(
        **lists,
        nisba_suffixes=tuple(sorted(words("nisba_suffixes"), key=len, reverse=True)),
        participle_prefix=normalize_key(str(data.get("participle_prefix", "")), language),
        doer_letter=normalize_key(str(data.get("doer_letter", "")), language),
        colon_cue=str(data.get("colon_cue", ":")),
        byline_openers=tuple(sorted(words("byline_openers"))),
        we_suffixes=tuple(sorted(words("we_suffixes"))),
        my_suffixes=tuple(sorted(words("my_suffixes"))),
        conjunction_letters=conjunctions,
        preposition_letters=prepositions,
        plural_suffixes=tuple(sorted(words("plural_suffixes"))),
        plural_verb_endings=tuple(sorted(words("plural_verb_endings"))),
        feminine_ending=normalize_key(str(data.get("feminine_ending", "")), language),
        genitive_prefix=normalize_key(str(data.get("genitive_prefix", "")), language),
        earlier_link=normalize_key(str(data.get("earlier_link", "")), language),
        future_prefixes=tuple(sorted(words("future_prefixes"), key=len, reverse=True)),
        phrase_order=str(data.get("phrase_order", "head_first")),
        script=str(data.get("script", "arabic")),
        cased=bool(data.get("cased", False)),
        tweet_labels=bool(data.get("tweet_labels", False)),
        glued_cues=normalize_key(str(data.get("glued_cues", "")), language),
        and_letter=normalize_key(str(data.get("and_letter", "")), language),
        between_source_and_cue=tuple(
            sorted((tuple(w.split()) for w in words("between_source_and_cue")), key=len)
        ),
        signature_dash=normalize_key(str(data.get("signature_dash", "")), language),
        clitic_letters=conjunctions + prepositions,
        first_person_prefixes=tuple(sorted(words("first_person_prefixes"))),
        third_person_prefixes=tuple(sorted(words("third_person_prefixes"))),
        asides=tuple(sorted(tuple(w.split()) for w in words("asides"))),
        honorifics=tuple(sorted((tuple(w.split()) for w in words("honorifics")), key=len)[::-1]),
    )
