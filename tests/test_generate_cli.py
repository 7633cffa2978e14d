"""`literacy generate`: files, options, an edited analysis, and clear failures."""

from __future__ import annotations

import json
import string
from pathlib import Path

import pytest
import yaml

from literacy.analysis import analyze
from literacy.cli import main
from literacy.quiz import load_quiz

ARTICLE = """\
قال وزير الصحة أحمد سالم إن 40 شخصاً أصيبوا يوم 3 آذار 2021 في حي الشهداء.
وزعمت مصادر مطلعة أن فلول المسلحين هربوا عبر الأنفاق.
وأعلنت وزارة الداخلية فتح تحقيق في الحادث.
وكشف ناشطون أن القصف كان متعمداً وأن العصابات المسلحة خططت له منذ أسابيع.
وتقع المدينة على الضفة الغربية للنهر، ويبلغ عدد سكانها 80 ألف نسمة.
"""


@pytest.fixture
def article(tmp_path) -> Path:
    path = tmp_path / "article.txt"
    path.write_bytes(b"\xef\xbb\xbf" + ARTICLE.encode())
    return path


def test_generate_writes_a_valid_quiz_and_reports_what_it_made(article, tmp_path, capsys):
    out = tmp_path / "quiz.yaml"
    assert (
        main(
            [
                "generate",
                str(article),
                "-o",
                str(out),
                "--questions",
                "6",
                "--title",
                "Test quiz",
                "--seed",
                "3",
            ]
        )
        == 0
    )
    quiz = load_quiz(out)
    assert quiz.title == "Test quiz" and quiz.id.startswith("test-quiz-")
    assert len(quiz.questions) == 6
    err = capsys.readouterr().err
    assert "6 questions (source" in err and f"written to {out}" in err


def test_generate_is_byte_identical_for_the_same_seed(article, tmp_path):
    first, second = tmp_path / "a.yaml", tmp_path / "b.yaml"
    assert main(["generate", str(article), "-o", str(first)]) == 0
    assert main(["generate", str(article), "-o", str(second)]) == 0
    assert first.read_bytes() == second.read_bytes()


def test_generate_to_stdout_with_chosen_skills(article, capsys):
    assert main(["generate", str(article), "--skills", "loaded_language", "--questions", "3"]) == 0
    data = yaml.safe_load(capsys.readouterr().out)
    assert {q["skill"] for q in data["questions"]} == {"loaded_language"}


def test_generate_from_an_edited_analysis(tmp_path, capsys):
    analysis = analyze(ARTICLE)
    data = json.loads(analysis.to_json())
    data["loaded"] = [w for w in data["loaded"] if w["text"] != "فلول"]
    edited = tmp_path / "edited.json"
    edited.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert main(["generate", "--analysis", str(edited), "--skills", "loaded_language"]) == 0
    text = capsys.readouterr().out
    quiz = yaml.safe_load(text)
    for question in quiz["questions"]:
        assert "فلول" not in question.get("targets", [])
        assert question.get("answer") != "فلول"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["generate"], "give an article file"),
        (["generate", "ARTICLE", "--skills", "spelling"], "unknown skill 'spelling'"),
        (["generate", "ARTICLE", "--questions", "0"], "at least one question"),
        (["generate", "missing.txt"], "No such file or directory"),
        (["generate", "ARTICLE", "--id", "Bad Id"], "id: 'Bad Id' is not a valid id"),
        (["generate", "ARTICLE", "--title", "   "], "title: must not be empty"),
    ],
)
def test_generate_failures_are_clear(article, capsys, args, message):
    args = [str(article) if a == "ARTICLE" else a for a in args]
    assert main(args) == 1
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err


def test_a_broken_analysis_file_is_explained(tmp_path, capsys):
    bad = tmp_path / "bad.json"
    bad.write_text('{"language": "ar", "text": "abc", "sources": [{"start": 0}]}', "utf-8")
    assert main(["generate", "--analysis", str(bad)]) == 1
    err = capsys.readouterr().err
    assert "is not a valid analysis" in err and "sources.0.end" in err


def test_an_analysis_of_another_text_is_refused(article, tmp_path, capsys):
    other = tmp_path / "other.json"
    other.write_text(analyze("قال الوزير إن الطقس جميل.").to_json(), encoding="utf-8")
    assert main(["generate", str(article), "--analysis", str(other)]) == 1
    assert "is the analysis of another text" in capsys.readouterr().err


def _placeholders(value) -> set[str]:
    if isinstance(value, str):
        return {name for _, name, _, _ in string.Formatter().parse(value) if name}
    if isinstance(value, dict):
        return {f"{k}:{p}" for k, v in value.items() for p in _placeholders(v) | {""}}
    if isinstance(value, list):
        return set().union(*(_placeholders(v) for v in value)) if value else set()
    return set()


def test_both_template_files_have_the_same_keys_and_placeholders():
    root = Path(__file__).resolve().parents[1] / "src" / "literacy" / "templates"
    ar = yaml.safe_load((root / "ar.yaml").read_text(encoding="utf-8"))
    en = yaml.safe_load((root / "en.yaml").read_text(encoding="utf-8"))
    ar.pop("language"), en.pop("language")
    assert _placeholders(ar) == _placeholders(en)
