"""The `literacy` command: parse arguments, call the library, print. No logic lives here."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from literacy import __version__
from literacy.errors import LiteracyError, QuizFileError


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="literacy",
        description="Media-literacy quizzes from real news articles (Arabic and English).",
    )
    parser.add_argument("--version", action="version", version=f"literacy {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    # Each command registers itself here: sub.add_parser(...).set_defaults(run=cmd_x)

    validate = sub.add_parser(
        "validate",
        help="check quiz files and list every problem",
        description="Check quiz files (or every .yaml/.yml file under a folder) and list every "
        "problem as FILE:LINE: path: message. Exit status 1 when any file is invalid.",
    )
    validate.add_argument("paths", nargs="+", metavar="PATH", help="quiz file or folder")
    validate.add_argument("-q", "--quiet", action="store_true", help="print problems only")
    validate.set_defaults(run=cmd_validate)

    show = sub.add_parser(
        "show",
        help="print a quiz as readable text",
        description="Print a quiz as readable text, answers marked.",
    )
    show.add_argument("quiz", metavar="QUIZ.yaml")
    show.set_defaults(run=cmd_show)

    schema = sub.add_parser(
        "schema",
        help="print the JSON Schema of quiz files",
        description="Print the JSON Schema of quiz files (for editors with "
        "a YAML language server).",
    )
    schema.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of stdout")
    schema.set_defaults(run=cmd_schema)
    return parser


def cmd_validate(args: argparse.Namespace) -> int:
    from literacy.quiz import load_quiz

    files, missing = _quiz_files(args.paths)
    bad = len(missing)
    for path in missing:
        print(f"{path}: no such file or folder", file=sys.stderr)
    for path in files:
        try:
            quiz = load_quiz(path)
        except QuizFileError as error:
            bad += 1
            for problem in error.problems:
                print(problem, file=sys.stderr)
        else:
            if not args.quiet:
                print(f"{path}: ok ({len(quiz.questions)} questions)")
    if not files and not missing:
        print("no quiz files (.yaml, .yml) found in " + ", ".join(args.paths), file=sys.stderr)
        return 1
    if bad:
        print(f"{bad} of {len(files) + len(missing)} files have problems", file=sys.stderr)
    return 1 if bad else 0


def _quiz_files(paths: Sequence[str]) -> tuple[list[Path], list[str]]:
    files: list[Path] = []
    missing: list[str] = []
    for name in paths:
        path = Path(name)
        if path.is_dir():
            files += sorted(p for p in path.rglob("*") if p.suffix in (".yaml", ".yml"))
        elif path.exists():
            files.append(path)
        else:
            missing.append(name)
    return files, missing


def cmd_show(args: argparse.Namespace) -> int:
    from literacy.quiz import load_quiz
    from literacy.quiz.show import quiz_as_text

    sys.stdout.write(quiz_as_text(load_quiz(args.quiz)))
    return 0


def cmd_schema(args: argparse.Namespace) -> int:
    from literacy.quiz import quiz_schema

    text = json.dumps(quiz_schema(), ensure_ascii=False, indent=2) + "\n"
    if args.output:
        Path(args.output).write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return args.run(args)
    except QuizFileError as error:
        for problem in error.problems:
            print(problem, file=sys.stderr)
        return 1
    except LiteracyError as error:
        print(f"literacy {args.command}: {error}", file=sys.stderr)
        return 1
    except OSError as error:
        print(
            f"literacy {args.command}: {error.strerror or error}: {error.filename}", file=sys.stderr
        )
        return 1
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
