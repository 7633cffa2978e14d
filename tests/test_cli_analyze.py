"""`literacy analyze`: files, stdin, batches, formats and the errors a teacher sees."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

from literacy.analysis import Analysis
from literacy.cli import main

GOLDEN = Path(__file__).parent / "golden"
ARTICLE = GOLDEN / "pelest-bukamal-2017.txt"


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_json_output_is_the_analysis_contract(capsys):
    code, out, err = run(capsys, "analyze", str(ARTICLE))
    assert code == 0 and not err
    analysis = Analysis.model_validate_json(out)
    data = json.loads(out)
    assert set(data) >= {"language", "sources", "claims", "loaded"}
    assert {"start", "end", "text", "kind", "cue", "cue_start", "cue_end"} <= set(
        data["sources"][0]
    )
    assert {"factual", "subjective", "checkable", "reasons", "source"} <= set(data["claims"][0])
    assert {"category", "neutral", "note"} <= set(data["loaded"][0])
    assert analysis.text == ARTICLE.read_text(encoding="utf-8-sig")


def test_text_report_keeps_arabic_intact(capsys):
    code, out, _ = run(capsys, "analyze", str(ARTICLE), "--format", "text")
    assert code == 0
    assert "العنوان: تحرير البوكمال يكشف بعض تحالفات داعش الغامضة!" in out
    assert "الجيش السوري وحلفاؤه  [organization]" in out
    assert "فلول  [label]" in out


def test_stdin_with_a_bom(capsys, monkeypatch):
    raw = "\ufeffقال وزير الخارجية إن المحادثات ستستأنف.".encode()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(raw), encoding="utf-8"))
    code, out, _ = run(capsys, "analyze", "-")
    data = json.loads(out)
    assert code == 0
    assert data["text"].startswith("قال")  # offsets index the text after the BOM
    (source,) = data["sources"]
    assert data["text"][source["start"] : source["end"]] == "وزير الخارجية"


def test_a_file_with_a_bom_is_read_without_it(capsys, tmp_path):
    path = tmp_path / "bom.txt"
    path.write_bytes("\ufeffأعلنت وزارة الصحة تسجيل 20 إصابة.".encode())
    code, out, _ = run(capsys, "analyze", str(path))
    data = json.loads(out)
    assert code == 0 and data["text"].startswith("أعلنت")


def test_batch_keeps_ids_and_reports_bad_lines(capsys, tmp_path):
    path = tmp_path / "in.jsonl"
    lines = [
        json.dumps({"id": "a1", "text": "قال مسؤول إن الوضع هادئ."}, ensure_ascii=False),
        "{not json",
        json.dumps({"id": 7, "text": "زعم ناشطون أن القصف مستمر."}, ensure_ascii=False),
        "",
        json.dumps({"id": "no-text"}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    code, out, err = run(capsys, "analyze", "--batch", str(path))
    rows = [json.loads(line) for line in out.splitlines()]
    assert code == 1
    assert [r["id"] for r in rows] == ["a1", 2, 7, "no-text"]
    assert rows[0]["sources"][0]["text"] == "مسؤول"
    assert rows[2]["sources"][0]["cue_stance"] == "doubt"
    assert "error" in rows[1] and "error" in rows[3]
    assert "line 2" in err and "line 5" in err


def test_batch_of_good_lines_exits_zero(capsys, tmp_path):
    path = tmp_path / "in.jsonl"
    texts = [f"قال مصدر إن {n} شخصاً أصيبوا." for n in range(30)]
    path.write_text(
        "\n".join(
            json.dumps({"id": n, "text": t}, ensure_ascii=False) for n, t in enumerate(texts)
        ),
        encoding="utf-8",
    )
    code, out, err = run(capsys, "analyze", "--batch", str(path))
    assert code == 0 and not err
    assert [json.loads(line)["id"] for line in out.splitlines()] == list(range(30))


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["analyze", "no/such/file.txt"], "No such file or directory: no/such/file.txt"),
        (["analyze"], "give the article FILE"),
        (["analyze", str(ARTICLE), "--batch", str(ARTICLE)], "either FILE or --batch"),
    ],
)
def test_errors_are_one_clear_line_and_exit_1(capsys, argv, message):
    code, out, err = run(capsys, *argv)
    assert code == 1 and not out
    assert err.startswith("literacy analyze: ") and message in err
    assert "Traceback" not in err


def test_a_file_that_is_not_utf8(capsys, tmp_path):
    path = tmp_path / "latin1.txt"
    path.write_bytes("caf\xe9".encode("latin-1"))
    code, _, err = run(capsys, "analyze", str(path))
    assert code == 1 and "is not UTF-8 text" in err


def test_english_text_is_detected_and_analysed(capsys, tmp_path):
    path = tmp_path / "en.txt"
    path.write_text("The minister said the talks would resume.", encoding="utf-8")
    code, out, err = run(capsys, "analyze", str(path))
    data = json.loads(out)
    assert code == 0 and not err
    assert data["language"] == "en"
    assert [s["text"] for s in data["sources"]] == ["The minister"]


def test_language_en_analyses_even_arabic_text_with_the_english_lexicons(capsys):
    """Asked for English, the analyser never switches to the Arabic lexicons on its own."""
    code, out, _ = run(capsys, "analyze", str(ARTICLE), "--language", "en")
    data = json.loads(out)
    assert code == 0 and data["language"] == "en"
    assert data["sources"] == []
    assert {w["entry"] for w in data["loaded"]} == {"punctuation-shouting"}  # «!!» only


def test_a_language_the_cli_does_not_know_is_refused_by_name(capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["analyze", str(ARTICLE), "--language", "fr"])
    _, err = capsys.readouterr()
    assert exit_.value.code == 2
    assert "invalid choice: 'fr' (choose from 'ar', 'en')" in err


def test_a_text_in_an_unsupported_script_is_one_clear_line(capsys, tmp_path):
    path = tmp_path / "ru.txt"
    path.write_text("Министр сказал, что переговоры возобновятся.", encoding="utf-8")
    code, out, err = run(capsys, "analyze", str(path))
    assert code == 1 and not out
    assert "language 'cyrillic' is not supported; supported languages: ar, en" in err


ENGLISH = GOLDEN / "kelbridge-flood-barrier.txt"


def test_english_text_report_uses_english_labels(capsys):
    code, out, _ = run(capsys, "analyze", str(ENGLISH), "--format", "text")
    assert code == 0
    assert out.startswith("Headline: Kelbridge flood barrier")
    assert "Opposition councillor Mark Devlin  [person]  cue: said (neutral)" in out
    assert "- has_date: It names a specific date that can be looked up." in out
    assert "shocking  [sensational]  neutral: new, unexpected, surprising" in out


def test_a_batch_may_mix_languages_line_by_line(capsys, tmp_path):
    path = tmp_path / "in.jsonl"
    lines = [
        {"id": "en", "text": "Officials said the bridge would reopen on 3 May."},
        {"id": "ar", "text": "قال مسؤول إن الجسر سيفتح."},
        {"id": "fr", "text": "Le ministre a dit non.", "language": "fr"},
    ]
    path.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in lines), "utf-8")
    code, out, err = run(capsys, "analyze", "--batch", str(path))
    rows = {r["id"]: r for r in map(json.loads, out.splitlines())}
    assert code == 1 and "line 3" in err
    assert rows["en"]["language"] == "en" and rows["en"]["sources"][0]["text"] == "Officials"
    assert rows["ar"]["language"] == "ar" and rows["ar"]["sources"][0]["kind"] == "anonymous"
    assert "language 'fr' is not supported" in rows["fr"]["error"]
