"""The ``trialex`` command: a thin caller of the library, one module per subcommand in
:mod:`trialex.commands`. Library errors become a one-line message and a non-zero exit status."""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from collections.abc import Sequence

from trialex import __version__
from trialex.errors import TrialexError

COMMANDS = ("extract", "check", "serve", "ingest", "runs", "worker", "db")

DESCRIPTION = """\
trialex turns clinical-trial publication PDFs into typed, provenanced, checked data:
baseline demographics, adverse events by arm and grade, pharmacokinetic parameters and
efficacy (best overall response, ORR/DCR with CIs, medians, landmark rates, hazard ratios).
Every number keeps its page, bounding box and raw cell text.
"""

EPILOG = """\
examples:
  trialex extract paper.pdf                     # the whole extraction as JSON on stdout
  trialex extract paper.pdf --format csv -o values.csv
  trialex check paper.pdf                       # arithmetic errors the paper prints
  trialex serve --port 8000                     # REST API on the SQLite database in ./trialex.db
  trialex ingest inbox/ --workers 2             # store every new PDF of a folder
run 'trialex COMMAND --help' for the options of a command.
"""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="trialex",
        description=DESCRIPTION,
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"trialex {__version__}")
    parser.add_argument("-v", "--verbose", action="store_true", help="log progress and pdfminer warnings")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMANDS:
        try:
            module = importlib.import_module(f"trialex.commands.{name}")
        except ModuleNotFoundError as exc:
            if exc.name != f"trialex.commands.{name}":
                raise
            continue
        module.register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING, format="%(message)s")
    if not args.verbose:
        logging.getLogger("pdfminer").setLevel(logging.ERROR)
    if not getattr(args, "handler", None):
        parser.print_help()
        return 2
    try:
        return int(args.handler(args) or 0)
    except TrialexError as exc:
        print(f"trialex: error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("trialex: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
