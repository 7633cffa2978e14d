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
    del sub
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return args.run(args)
    except LiteracyError as error:
        print(f"literacy {args.command}: {error}", file=sys.stderr)
        return 1
    except OSError as error:
        print(f"literacy {args.command}: {error.strerror or error}: {error.filename}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
