"""Every lexicon row, validated: the data files are code the tests must guard too."""

from __future__ import annotations

from collections import Counter

import pytest

import literacy.analysis.lexicon as lexicon_module
from literacy import analyze
from literacy.analysis import REASON_CODES
from literacy.analysis.lexicon import LexiconError, lexicon, read_rows, supported_languages
from literacy.analysis.reasons import reason_texts
from literacy.analysis.rows import (
    LOADED_CATEGORIES,
    CueRow,
    EntityRow,
    LoadedRow,
    SignalRow,
    SourceWordRow,
)
from literacy.text import normalize_key

FILES = [
    ("cues.yaml", CueRow),
    ("source_words.yaml", SourceWordRow),
    ("entities.tsv", EntityRow),
    ("claim_signals.yaml", SignalRow),
    ("loaded.yaml", LoadedRow),
]
ARABIC = lexicon("ar")


def test_arabic_and_english_are_supported():
    assert supported_languages() == ("ar", "en")


LANGUAGES = ("ar", "en")
ROWS = [(language, name, model) for language in LANGUAGES for name, model in FILES]


@pytest.mark.parametrize(
    ("language", "name", "model"), ROWS, ids=[f"{lang}/{name}" for lang, name, _ in ROWS]
)
def test_rows_have_unique_ids_and_forms_that_normalise_to_something(language, name, model):
    rows = read_rows(language, name, model)
    assert rows, f"{name} is empty"
    ids = Counter(row.id for row in rows)
    assert not [i for i, n in ids.items() if n > 1]
    for row in rows:
        # a row may list plurals only («رواد», «أنصار»: people, never one)
        assert row.forms or row.plural or row.past or row.present, f"{name}: {row.id} has no forms"
        for form in (*row.forms, *row.plural, *row.past, *row.present):
            assert isinstance(form, str), f"{name}: {row.id}: {form!r} is not text (quote it)"
            assert normalize_key(form, language), f"{name}: {row.id}: {form!r} is empty"


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_loaded_entry_has_a_category_a_note_and_a_neutral_way_out(language):
    for row in lexicon(language).loaded.values():
        assert row.category in LOADED_CATEGORIES
        assert row.note.strip()
        assert row.neutral or row.omit, f"{row.id}: no neutral alternative and not omittable"


@pytest.mark.parametrize("language", LANGUAGES)
def test_neutral_alternatives_are_not_loaded_themselves(language):
    for row in lexicon(language).loaded.values():
        for alternative in row.neutral:
            found = [w.text for w in analyze(alternative, language).loaded]
            assert not found, f"{row.id}: the neutral {alternative!r} contains loaded {found}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_form_is_listed_by_two_loaded_entries(language):
    lex = lexicon(language)
    owners: dict[tuple[str, ...], str] = {}
    for row in lex.loaded.values():
        for form in (*row.forms, *row.plural, *row.past, *row.present):
            key = lex.key(form)
            assert owners.setdefault(key, row.id) == row.id, f"{form!r}: {owners[key]} and {row.id}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_grammar_words_are_plain_text(language):
    """YAML reads an unquoted `no`, `on` or `off` as a boolean: a grammar list must not."""
    grammar = lexicon(language).grammar
    for words in (grammar.function_words, grammar.clause_openers, grammar.not_names):
        assert not {"true", "false"} & words


def test_reason_sentences_exist_for_every_code_in_every_language():
    for language in LANGUAGES:
        assert set(reason_texts(language)) == set(REASON_CODES)
        assert set(lexicon(language).reasons) == set(REASON_CODES)


@pytest.mark.parametrize(
    ("surface", "kind", "entry"),
    [
        ("officials", "source", "official"),  # the -s plural is generated
        ("witnesses", "source", "witness"),  # an irregular plural is listed
        ("claimed", "cue", "claim"),  # English verbs are listed as written
        ("thugs", "loaded", "thug"),
        ("americans", "entity", "nationality:American"),
        ("said", "cue", "say"),
    ],
)
def test_english_forms_reach_their_inflections(surface, kind, entry):
    hits = lexicon("en").index.get(surface, ())
    assert any(h.kind == kind and h.entry == entry for h in hits), hits


def test_english_multi_word_forms_are_split_like_articles():
    """ "won't" is won ' t in an article, so the lexicon indexes it the same way."""
    hits = lexicon("en").index.get("won", ())
    assert any(h.rest == ("'", "t") and h.kind == "signal" for h in hits)
    assert lexicon("en").key("U.S.") == ("u", ".", "s", ".")


@pytest.mark.parametrize(
    ("surface", "kind", "entry"),
    [
        ("وقالت", "cue", "qala"),  # conjunction + feminine past
        ("يقولون", "cue", "qala"),  # present plural
        ("اكدته", "cue", "akkada"),  # past + object pronoun, hamza normalised
        ("افادنا", "cue", "afada"),  # «أفادنا»: the reporter's informant
        ("ويصفها", "cue", "wasafa"),  # present + object pronoun
        ("يصفوه", "cue", "wasafa"),  # «يصفوا» + ه loses its alef
        ("تصفينه", None, None),  # not every person's form takes a pronoun
        ("زاعمين", "cue", "zaiman"),
        ("حلفاؤه", "source", "hulafa"),  # possessive pronoun moves the hamza's seat
        ("مسلحو", "source", "musallah"),  # plural before a genitive
        ("للاحتلال", "loaded", "ihtilal"),  # ل + ال written لل
        ("والارهابيين", "loaded", "irhabi"),  # adjective plural with و + ال
        ("مجزرتين", "loaded", "majzara"),  # dual of a feminine noun: «ة» becomes «تين»
        ("بالعراق", "entity", "country:العراق"),
        ("لسوريا", "entity", "country:سوريا"),
    ],
)
def test_morphology_reaches_inflected_and_cliticised_forms(surface, kind, entry):
    hits = ARABIC.index.get(surface, ())
    if kind is None:
        assert not hits
    else:
        assert any(h.kind == kind and h.entry == entry for h in hits), hits


def test_a_written_form_wins_over_an_inflected_reading():
    # «سوريا» is the country, not the adjective «سوري» with tanwin
    assert [h.kind + ":" + h.role for h in ARABIC.index["سوريا"]] == ["entity:country"]
    # «الخالد» is loaded praise, «خالد» a first name only
    assert all(h.kind != "loaded" for h in ARABIC.index["خالد"])


def test_function_words_are_never_names():
    # «على» normalises to «علي»: it must not become the first name
    assert all(h.kind != "entity" for h in ARABIC.index.get("علي", ()))


def test_a_broken_row_is_reported_with_file_id_and_field(monkeypatch):
    rows = [{"id": "ok", "category": "label", "forms": ["كلمة"], "note": "ملاحظة"}]
    rows.append({"id": "bad", "category": "nonsense", "forms": ["كلمة"], "note": "ملاحظة"})
    rows.append({"id": "ok", "category": "label", "forms": ["كلمة"], "note": "ملاحظة"})
    monkeypatch.setattr(lexicon_module, "read_data", lambda language, name: rows)
    with pytest.raises(LexiconError) as error:
        read_rows("ar", "loaded.yaml", LoadedRow)
    message = str(error.value)
    assert "lexicons/ar/loaded.yaml: bad → category:" in message
    assert "ok: duplicate id" in message


@pytest.mark.parametrize("language", supported_languages())
def test_every_word_of_the_lexicon_can_head_a_source_phrase_without_error(language):
    """A word that is both a name and a source word («رئيسي» Raisi / main, «الكونغرس»)
    once made `wordclass.head` raise: ask it of every surface the lexicon knows."""
    from literacy.analysis import wordclass

    index = lexicon(language).index
    heads = {wordclass.head(hits) for hits in index.values()}
    assert heads >= {"title", "organization", "anonymous", "person"}


# the grammar's lists of row ids, and the table each names
_ID_LISTS = {
    "told_outlets": "source_words",
    "own_records": "source_words",
    "place_genitive_heads": "source_words",
    "saying_cues": "cues",
    "telling_cues": "cues",
    "topic_label_heads": "source_words",
    "headline_cues": "cues",
    "government_seats": "entities",
    "outlet_heads": "source_words",
    "back_references": "source_words",
    "trades": "source_words",
    "same_source_words": "source_words",
    "bare_courtesy": "source_words",
    "spoken_of_nouns": "cues",
}


@pytest.mark.parametrize("language", supported_languages())
@pytest.mark.parametrize(("field", "table"), sorted(_ID_LISTS.items()))
def test_the_grammars_lists_of_ids_name_rows_that_exist(language, field, table):
    loaded = lexicon(language)
    ids = getattr(loaded.grammar, field)
    assert not ids - set(getattr(loaded, table)), f"{language} grammar.yaml {field}"


def test_every_list_of_ids_in_the_grammar_is_checked():
    assert set(_ID_LISTS) == lexicon_module._GRAMMAR_IDS
