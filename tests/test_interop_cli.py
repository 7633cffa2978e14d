"""`literacy export` and `literacy import`: files, messages, exit codes, no tracebacks."""

from __future__ import annotations

import re
import shlex
import shutil
import zipfile

import pytest
from interop_support import BUKAMAL, ROOT, qti_files

from literacy.cli import main
from literacy.quiz import load_quiz


@pytest.fixture(autouse=True)
def _in_tmp(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)


@pytest.mark.parametrize(
    "fmt, name",
    [
        ("moodle-xml", "bukamal-2017.moodle.xml"),
        ("gift", "bukamal-2017.gift.txt"),
        ("qti", "bukamal-2017.qti.zip"),
    ],
)
def test_export_writes_the_default_file(fmt, name, tmp_path, capsys):
    assert main(["export", str(BUKAMAL), "--format", fmt]) == 0
    out, err = capsys.readouterr()
    assert out == f"wrote {name} (16 questions, {err.count('warning: ')} warnings)\n"
    assert "warning: question mark-support-loaded: mark_words" in err
    assert "Traceback" not in err
    assert (tmp_path / name).stat().st_size > 1000


def test_export_to_a_named_file_and_to_stdout(tmp_path, capsys):
    assert main(["export", str(BUKAMAL), "-f", "qti", "-o", "canvas.zip"]) == 0
    assert zipfile.is_zipfile(tmp_path / "canvas.zip")
    assert "imsmanifest.xml" in qti_files((tmp_path / "canvas.zip").read_bytes())
    capsys.readouterr()
    assert main(["export", str(BUKAMAL), "-f", "gift", "-o", "-", "--category", "Week 3"]) == 0
    out, err = capsys.readouterr()
    assert out.startswith("$CATEGORY: $course$/top/Week 3\n")
    assert "wrote" not in out + err


def test_export_of_a_broken_quiz_lists_its_problems(tmp_path, capsys):
    (tmp_path / "bad.yaml").write_text("id: bad\ntitle: x\nlanguage: fr\n", encoding="utf-8")
    assert main(["export", "bad.yaml", "--format", "gift"]) == 1
    _, err = capsys.readouterr()
    assert "bad.yaml:3: language: 'fr' is not allowed" in err
    assert "Traceback" not in err
    assert not (tmp_path / "bad.gift.txt").exists()


def test_export_of_a_missing_file(capsys):
    assert main(["export", "nowhere.yaml", "--format", "qti"]) == 1
    _, err = capsys.readouterr()
    assert err == "literacy export: No such file or directory: nowhere.yaml\n"


def test_export_needs_a_known_format(capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["export", str(BUKAMAL), "--format", "word"])
    assert exit_.value.code == 2
    assert "invalid choice: 'word'" in capsys.readouterr().err


@pytest.mark.parametrize("command", ["export", "import"])
def test_help(command, capsys):
    with pytest.raises(SystemExit) as exit_:
        main([command, "--help"])
    assert exit_.value.code == 0
    assert f"usage: literacy {command}" in capsys.readouterr().out


def test_import_round_trip(tmp_path, capsys):
    assert main(["export", str(BUKAMAL), "-f", "gift"]) == 0
    capsys.readouterr()
    assert main(["import", "bukamal-2017.gift.txt", "-o", "back.yaml"]) == 0
    out, err = capsys.readouterr()
    assert out == "wrote back.yaml (15 questions, 1 problem listed above)\n"
    assert re.match(r"bukamal-2017\.gift\.txt:\d+: skipped: 27 choices, but a question may", err)
    assert main(["validate", "back.yaml"]) == 0
    assert load_quiz("back.yaml").article.text == load_quiz(BUKAMAL).article.text.strip()


def test_import_without_an_article_says_what_to_do(tmp_path, capsys):
    (tmp_path / "week3.gift").write_text("::q1::Is it checkable?{T}\n", encoding="utf-8")
    assert main(["import", "week3.gift", "--language", "en", "--title", "Week 3"]) == 0
    out, err = capsys.readouterr()
    assert "week3.gift: GIFT has no article" in err
    assert out.splitlines() == [
        "wrote week3.yaml (1 question, 1 problem listed above)",
        "next: replace the placeholder article (article → text) in week3.yaml",
    ]
    quiz = load_quiz(tmp_path / "week3.yaml")
    assert (quiz.id, quiz.title, quiz.language) == ("week3", "Week 3", "en")


def test_import_does_not_overwrite_without_force(tmp_path, capsys):
    (tmp_path / "q.gift").write_text("Is it?{T}\n", encoding="utf-8")
    (tmp_path / "q.yaml").write_text("mine\n", encoding="utf-8")
    assert main(["import", "q.gift", "-o", "q.yaml"]) == 1
    assert "q.yaml already exists; use --force" in capsys.readouterr().err
    assert (tmp_path / "q.yaml").read_text(encoding="utf-8") == "mine\n"
    assert main(["import", "q.gift", "-o", "q.yaml", "--force"]) == 0
    assert load_quiz(tmp_path / "q.yaml").questions[0].prompt == "Is it?"


def test_import_failures_exit_1_without_traceback(tmp_path, capsys):
    (tmp_path / "latin1.gift").write_bytes("Caf\xe9?{T}".encode("latin-1"))
    assert main(["import", "latin1.gift"]) == 1
    assert "latin1.gift: is not UTF-8 text" in capsys.readouterr().err
    (tmp_path / "none.gift").write_text("How many?{#3}\n", encoding="utf-8")
    assert main(["import", "none.gift"]) == 1
    err = capsys.readouterr().err
    assert "none.gift:1: numerical questions are not supported" in err
    assert "none.gift: no question could be imported" in err
    assert main(["import", "missing.gift"]) == 1
    assert "No such file or directory: missing.gift" in capsys.readouterr().err
    assert "Traceback" not in err


def _readme_commands() -> list[list[str]]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Export to Moodle, Canvas and GIFT", 1)[1].split("\n## ", 1)[0]
    commands = []
    for block in re.findall(r"```sh\n(.*?)```", section, re.S):
        for line in block.splitlines():
            if line.startswith("literacy "):
                commands.append(shlex.split(line.split(" #", 1)[0])[1:])
    return commands


def test_readme_commands_work(tmp_path, capsys):
    # Run from a copy of the repository's quizzes, so outputs land in the temporary folder.
    shutil.copytree(ROOT / "quizzes", tmp_path / "quizzes")
    commands = _readme_commands()
    assert [argv[0] for argv in commands] == ["export", "export", "export", "import"]
    for argv in commands:
        assert main(argv) == 0, argv
    written = {p.name for p in tmp_path.iterdir()}
    assert {"bukamal-2017.moodle.xml", "bukamal-2017.gift.txt", "bukamal-2017.qti.zip"} <= written
    assert load_quiz(tmp_path / "week3.yaml").language == "ar"
