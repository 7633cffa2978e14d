"""`make eval` computes exactly the figures the evaluation README defines."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

_PATH = Path(__file__).parent.parent / "benchmarks" / "eval.py"
_SPEC = importlib.util.spec_from_file_location("literacy_eval", _PATH)
assert _SPEC and _SPEC.loader
evaluation = importlib.util.module_from_spec(_SPEC)
sys.modules["literacy_eval"] = evaluation  # dataclasses look their module up there
_SPEC.loader.exec_module(evaluation)


def test_loaded_precision_counts_any_loaded_technique_recall_only_loaded_language():
    doc = evaluation.SpanDoc("g", "x" * 40, correct=[(0, 5), (10, 15)], recall=[(0, 5), (20, 25)])
    # one prediction inside a Loaded_Language span, one inside a Name_Calling span, one wrong
    score = evaluation.score_spans([doc], [[(1, 3), (11, 12), (30, 33)]])
    assert score.precision == pytest.approx(2 / 3)
    assert score.recall == pytest.approx(1 / 2)  # (20, 25) missed
    assert score.f1 == pytest.approx(2 * (2 / 3) * 0.5 / (2 / 3 + 0.5))


def test_macro_f1_and_majority_baseline():
    gold = [True, True, True, False]
    assert evaluation.macro_f1(gold, gold) == 1.0
    majority = evaluation.majority(gold)
    assert majority == [True] * 4
    # positive class F1 = 6/7, negative class F1 = 0
    assert evaluation.macro_f1(gold, majority) == pytest.approx((6 / 7) / 2)
    assert evaluation.accuracy(gold, majority) == 0.75


def test_wanlp_offsets_that_are_off_are_found_by_their_text():
    text = "قال إن الإرهابيين هاجموا المدينة"
    label = {"start": 0, "end": 5, "technique": "Loaded Language", "text_fragment": "الإرهابيين"}
    start, end = evaluation._wanlp_span(text, label)
    assert text[start:end] == "الإرهابيين"


def test_naive_lexicon_is_words_seen_inside_spans_at_least_half_the_time():
    docs = [
        evaluation.SpanDoc("1", "عصابات مسلحة هنا", [(0, 6)], [(0, 6)]),
        evaluation.SpanDoc("2", "عصابات هناك هنا", [], []),
        evaluation.SpanDoc("3", "هنا هنا", [], []),
    ]
    assert evaluation.naive_lexicon(docs) == {"عصابات"}


def test_eval_skips_clearly_without_the_data(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("LITERACY_EVAL_DIR", str(tmp_path))
    assert evaluation.main([]) == 0
    assert f"skipped: no evaluation data in {tmp_path}" in capsys.readouterr().out


english = sys.modules["eval_english"]  # loaded by eval.py from beside it


def test_polnear_sources_leave_bare_pronouns_out_of_recall_only():
    text = "He said so. Jane Doe said no. The mayor said yes."
    docs = [(text, [([(0, 2)], "He"), ([(12, 20)], "Jane Doe"), ([(29, 38)], "The mayor")])]
    # one pronoun found, one name found, one prediction that is no source at all
    precision, recall = english.score_sources(docs, [[(0, 2), (12, 16), (40, 44)]])
    assert precision == pytest.approx(2 / 3)  # the pronoun counts as a right prediction
    assert recall == pytest.approx(1 / 2)  # "He" is not in recall; "The mayor" was missed


def test_polnear_reads_the_first_annotators_file_and_split_fragments(tmp_path):
    (tmp_path / "text").mkdir()
    (tmp_path / "attributions").mkdir()
    (tmp_path / "text" / "story.txt").write_text("Jane Doe and John Roe said no.", "utf-8")
    (tmp_path / "attributions" / "story_b2.ann").write_text("T1\tSource 0 4\tJane\n", "utf-8")
    (tmp_path / "attributions" / "story_a1.ann").write_text(
        "T1\tSource 0 8;13 21\tJane Doe John Roe\nT2\tCue 22 26\tsaid\n", "utf-8"
    )
    ((_, sources),) = english.read_polnear(tmp_path)
    assert sources == [([(0, 8), (13, 21)], "Jane Doe John Roe")]


def test_the_readmes_naive_source_baseline_is_a_capitalised_name_before_said():
    text = "Officials said no. Mayor Jane Doe said yes, and he said maybe."
    assert [text[s:e] for s, e in english.name_before_said(text)] == ["Officials", "Mayor Jane Doe"]


def test_ptc_precision_counts_the_other_loaded_techniques_recall_only_loaded_language(tmp_path):
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "article7.txt").write_text("Thugs and heroes met villains.", "utf-8")
    (tmp_path / "labels.tsv").write_text(
        "7\tLoaded_Language\t0\t5\n7\tName_Calling,Labeling\t10\t16\n7\tDoubt\t22\t30\n", "utf-8"
    )
    ((article, _, correct, recall),) = english.read_ptc(tmp_path)
    assert article == "7"
    assert correct == [(0, 5), (10, 16)] and recall == [(0, 5)]
