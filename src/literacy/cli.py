"""The `literacy` command: parse arguments, call the library, print. No logic lives here."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from pydantic import ValidationError

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
    analyze = sub.add_parser(
        "analyze",
        help="find sources, claims and loaded words in an article",
        description="Find the sources, claims and loaded words of a news article.",
    )
    analyze.add_argument("file", nargs="?", metavar="FILE", help="the article (UTF-8); - for stdin")
    analyze.add_argument(
        "--language", choices=("ar", "en"), help="default: detected from the script"
    )
    analyze.add_argument("--format", choices=("json", "text"), default="json")
    analyze.add_argument(
        "--batch",
        metavar="IN.jsonl",
        help='analyse {"id", "text"} lines; write one {"id", ...analysis} line each',
    )
    analyze.set_defaults(run=cmd_analyze)

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

    generate = sub.add_parser(
        "generate",
        help="make a quiz from an article",
        description="Analyse an article and write a quiz (YAML) whose questions come from what "
        "the analysis found. Same article, options and seed: the same file, byte for byte.",
    )
    generate.add_argument(
        "article",
        nargs="?",
        metavar="ARTICLE.txt",
        help="the article as UTF-8 text, - for standard input",
    )
    generate.add_argument(
        "-o", "--output", metavar="QUIZ.yaml", help="write the quiz here (default: standard output)"
    )
    generate.add_argument(
        "--analysis",
        metavar="EDITED.json",
        help="generate from this analysis (e.g. one a teacher corrected) "
        "instead of analysing the article again",
    )
    generate.add_argument("--title", help="the quiz title (default: from the headline)")
    generate.add_argument(
        "--id", dest="quiz_id", help="the quiz id (default: from the title and the text)"
    )
    generate.add_argument(
        "--questions", type=int, metavar="N", help="how many questions (default: 12)"
    )
    generate.add_argument(
        "--skills",
        metavar="LIST",
        help="comma-separated: source,checkability,loaded_language (default: all three)",
    )
    generate.add_argument(
        "--difficulty",
        choices=("easy", "medium", "hard"),
        help="prefer questions of this difficulty",
    )
    generate.add_argument("--seed", type=int, default=0, help="random seed (default: 0)")
    generate.add_argument(
        "--language", choices=("ar", "en"), help="the article's language (default: detected)"
    )
    generate.set_defaults(run=cmd_generate)

    from literacy.interop.formats import FORMATS

    export = sub.add_parser(
        "export",
        help="write a quiz as Moodle XML, GIFT or QTI 1.2 (Canvas)",
        description="Write a quiz for another learning platform: moodle-xml (Moodle's question "
        "bank, nothing lost), gift (Moodle's text format) or qti (a QTI 1.2 zip for Canvas). "
        "The article comes first as a text item. What the format cannot say exactly (e.g. a "
        "mark-the-words question) is listed as warnings on stderr.",
    )
    export.add_argument("quiz", metavar="QUIZ.yaml")
    export.add_argument("-f", "--format", required=True, choices=FORMATS)
    export.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        help="where to write (default: the quiz id and the format's suffix, e.g. "
        "bukamal-2017.moodle.xml; - writes to stdout)",
    )
    export.add_argument(
        "--category",
        metavar="NAME",
        help="put the questions in this question-bank category (moodle-xml and gift)",
    )
    export.set_defaults(run=cmd_export)

    import_ = sub.add_parser(
        "import",
        help="read GIFT questions into a quiz file",
        description="Read a GIFT file (Moodle's text format) into a quiz file: single choice, "
        "multiple answer, true/false, feedback and general feedback. Whatever cannot come "
        "along is listed with its line number. GIFT has no article: the first description "
        "item (text without { }) becomes the article, otherwise the article is a "
        "placeholder to replace.",
    )
    import_.add_argument("gift", metavar="FILE.gift")
    import_.add_argument(
        "-o", "--output", metavar="QUIZ.yaml", help="default: the quiz id with .yaml"
    )
    import_.add_argument(
        "--language", choices=("ar", "en"), help="default: as the file says, else detected"
    )
    import_.add_argument("--title", help="default: the $CATEGORY or the description's name")
    import_.add_argument("--id", dest="quiz_id", help="the quiz id (default: from the file name)")
    import_.add_argument("--force", action="store_true", help="overwrite QUIZ.yaml if it exists")
    import_.set_defaults(run=cmd_import)

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


def cmd_generate(args: argparse.Namespace) -> int:
    from literacy.analysis import Analysis
    from literacy.files import read_text
    from literacy.generate import generate_report, shortfall_message
    from literacy.quiz import dumps_quiz

    if args.analysis:
        try:
            analysis = Analysis.model_validate_json(Path(args.analysis).read_bytes())
        except ValidationError as error:
            raise LiteracyError(
                f"{args.analysis} is not a valid analysis:\n"
                + "\n".join(
                    f"  {'.'.join(str(p) for p in e['loc']) or '(top)'}: {e['msg']}"
                    for e in error.errors(include_url=False)
                )
            ) from None
        if args.article and read_text(args.article) != analysis.text:
            raise LiteracyError(
                f"{args.analysis} is the analysis of another text than "
                f"{args.article}; give only --analysis"
            )
        source: Analysis | str = analysis
    elif args.article:
        source = read_text(args.article)
    else:
        raise LiteracyError("give an article file (or - for standard input), or --analysis")
    skills = [s.strip() for s in args.skills.split(",") if s.strip()] if args.skills else None
    result = generate_report(
        source,
        questions=args.questions,
        skills=skills,
        seed=args.seed,
        language=args.language,
        difficulty=args.difficulty,
        title=args.title,
        quiz_id=args.quiz_id,
    )
    text = dumps_quiz(result.quiz)
    if args.output:
        Path(args.output).write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    quiz = result.quiz
    by_skill = ", ".join(
        f"{skill} {sum(q.skill == skill for q in quiz.questions)}"
        for skill in dict.fromkeys(q.skill for q in quiz.questions)
    )
    practices = [q.practice for q in quiz.questions]
    print(
        f"{len(quiz.questions)} questions ({by_skill}; {practices.count('reliable')} reliable, "
        f"{practices.count('unreliable')} unreliable)"
        + (f" written to {args.output}" if args.output else ""),
        file=sys.stderr,
    )
    for shortfall in result.shortfalls:
        print(
            f"note: {shortfall_message(shortfall, 'en')} ({shortfall.found} of {shortfall.wanted})",
            file=sys.stderr,
        )
    if result.rejected:
        print(
            f"note: the ambiguity validator dropped {len(result.rejected)} of "
            f"{result.candidates} candidate questions",
            file=sys.stderr,
        )
    return 0


def cmd_schema(args: argparse.Namespace) -> int:
    from literacy.quiz import quiz_schema

    text = json.dumps(quiz_schema(), ensure_ascii=False, indent=2) + "\n"
    if args.output:
        Path(args.output).write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from literacy.interop import export
    from literacy.quiz import load_quiz

    quiz = load_quiz(args.quiz)
    result = export(quiz, args.format, category=args.category)
    for warning in result.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    if args.output == "-":
        sys.stdout.flush()
        sys.stdout.buffer.write(result.content)
        sys.stdout.buffer.flush()
        return 0
    output = Path(args.output or result.filename)
    output.write_bytes(result.content)
    print(
        f"wrote {output} ({_count(len(quiz.questions), 'question')}"
        + (f", {_count(len(result.warnings), 'warning')}" if result.warnings else "")
        + ")"
    )
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from literacy.errors import Problem
    from literacy.interop import from_gift
    from literacy.interop.gift_import import PLACEHOLDER_ARTICLE
    from literacy.quiz import dumps_quiz

    source = Path(args.gift)
    if args.output and Path(args.output).exists() and not args.force:
        return _exists(args.output)
    try:
        text = source.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise QuizFileError(
            [
                Problem(
                    str(source), None, (), f"is not UTF-8 text ({error.reason}); save it as UTF-8"
                )
            ]
        ) from None
    quiz, problems = from_gift(
        text, language=args.language, title=args.title, quiz_id=args.quiz_id, filename=str(source)
    )
    for problem in problems:
        print(problem, file=sys.stderr)
    output = Path(args.output or f"{quiz.id}.yaml")
    if output.exists() and not args.force:
        return _exists(output)
    output.write_text(dumps_quiz(quiz), encoding="utf-8")
    print(
        f"wrote {output} ({_count(len(quiz.questions), 'question')}"
        + (f", {_count(len(problems), 'problem')} listed above" if problems else "")
        + ")"
    )
    if quiz.article.text in PLACEHOLDER_ARTICLE.values():
        print(f"next: replace the placeholder article (article → text) in {output}")
    return 0


def _exists(path: str | Path) -> int:
    print(f"literacy import: {path} already exists; use --force to overwrite it", file=sys.stderr)
    return 1


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" + ("" if n == 1 else "s")


def cmd_analyze(args: argparse.Namespace) -> int:
    from literacy.analysis import analyze
    from literacy.analysis.batch import analyze_lines
    from literacy.analysis.report import render_text
    from literacy.files import iter_lines, read_text

    if args.batch is not None:
        if args.file is not None:
            raise LiteracyError("give either FILE or --batch IN.jsonl, not both")
        failed = 0
        for line in analyze_lines(iter_lines(args.batch), args.language):
            sys.stdout.write(line.json + "\n")
            if line.error:
                failed += 1
                print(f"literacy analyze: {args.batch}: {line.error}", file=sys.stderr)
        return 1 if failed else 0
    if args.file is None:
        raise LiteracyError("give the article FILE (or - for stdin), or --batch IN.jsonl")
    analysis = analyze(read_text(args.file), args.language)
    if args.format == "text":
        sys.stdout.write(render_text(analysis))
    else:
        sys.stdout.write(analysis.model_dump_json(indent=2) + "\n")
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
        where = f": {error.filename}" if error.filename else ""
        print(f"literacy {args.command}: {error.strerror or error}{where}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
