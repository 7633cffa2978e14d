"""The `literacy` command: parse arguments, call the library, print. No logic lives here."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from literacy import __version__
from literacy.errors import LiteracyError


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
    return parser


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
    except LiteracyError as error:
        print(f"literacy {args.command}: {error}", file=sys.stderr)
        return 1
    except OSError as error:
        reason = error.strerror or error
        print(f"literacy {args.command}: {reason}: {error.filename}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
