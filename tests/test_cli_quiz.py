"""`literacy validate | show | schema`: exit codes, messages on stderr, no tracebacks."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from literacy.cli import build_parser, main

ROOT = Path(__file__).resolve().parents[1]
BUKAMAL = ROOT / "quizzes/ar/bukamal-2017.yaml"
BROKEN = """\
id: broken
title: Broken
language: fr
article:
  text: The mayor said so.
questions:
  - type: single_choice
    promt: Who?
    choices: [The mayor, Nobody]
    answer: e
"""


def run(*args, capsys):
    status = main(list(args))
    out, err = capsys.readouterr()
    return status, out, err


def test_validate_a_folder_of_good_quizzes(capsys):
    status, out, err = run("validate", str(ROOT / "quizzes"), capsys=capsys)
    assert status == 0, err
    assert "bukamal-2017.yaml: ok (16 questions)" in out
    assert err == ""


def test_validate_lists_every_problem_and_fails(tmp_path, capsys):
    broken = tmp_path / "broken.yaml"
    broken.write_text(BROKEN, encoding="utf-8")
    status, out, err = run("validate", str(BUKAMAL), str(broken), capsys=capsys)
    assert status == 1
    assert f"{broken}:3: language: 'fr' is not allowed" in err
    assert f"{broken}:8: questions → 1 → promt: unknown field 'promt'" in err
    assert f"{broken}:10: questions → 1 → answer: 'e' is not one of the choices a–b" in err
    assert "1 of 2 files have problems" in err
    assert "Traceback" not in err
    assert "bukamal-2017.yaml: ok" in out


def test_validate_a_missing_path_fails_clearly(tmp_path, capsys):
    status, _, err = run("validate", str(tmp_path / "nope.yaml"), capsys=capsys)
    assert status == 1
    assert "nope.yaml: no such file or folder" in err


def test_validate_an_empty_folder_is_not_a_silent_success(tmp_path, capsys):
    status, _, err = run("validate", str(tmp_path), capsys=capsys)
    assert status == 1
    assert "no quiz files" in err


def test_show_renders_arabic_in_logical_order(capsys):
    status, out, _ = run("show", str(BUKAMAL), capsys=capsys)
    assert status == 0
    assert "تحرير البوكمال يكشف بعض تحالفات داعش الغامضة!" in out
    assert "✓" in out
    assert "answer: صح" in out


def test_show_a_broken_file_prints_problems_without_traceback(tmp_path, capsys):
    broken = tmp_path / "broken.yaml"
    broken.write_text(BROKEN, encoding="utf-8")
    status, out, err = run("show", str(broken), capsys=capsys)
    assert status == 1 and out == ""
    assert f"{broken}:3: language" in err and "Traceback" not in err


def test_show_a_missing_file(tmp_path, capsys):
    status, _, err = run("show", str(tmp_path / "missing.yaml"), capsys=capsys)
    assert status == 1
    assert "No such file or directory" in err and "missing.yaml" in err


def test_schema_to_stdout_and_to_a_file(tmp_path, capsys):
    status, out, _ = run("schema", capsys=capsys)
    assert status == 0
    assert json.loads(out)["title"] == "literacy quiz"
    target = tmp_path / "schema.json"
    assert run("schema", "-o", str(target), capsys=capsys)[0] == 0
    assert json.loads(target.read_text(encoding="utf-8")) == json.loads(out)


def _commands():
    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    return sorted(sub.choices)


@pytest.mark.parametrize("command", _commands())
def test_every_command_has_help(command, capsys):
    with pytest.raises(SystemExit) as exited:
        main([command, "--help"])
    assert exited.value.code == 0
    assert "usage: literacy " + command in capsys.readouterr().out


def test_the_installed_entry_point_runs():
    script = Path(sys.executable).with_name("literacy")
    done = subprocess.run(
        [str(script), "validate", str(BUKAMAL)], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    assert "ok (16 questions)" in done.stdout
