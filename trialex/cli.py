"""The ``trialex`` command: a thin caller of the library, one module per subcommand in
:mod:`trialex.commands`. Library errors become a one-line message and a non-zero exit status.

Commands are registered lazily: :data:`COMMANDS` names each command's module and one-line help, and only
the module of the command being run is imported (``trialex --help`` imports no PDF reader, web framework
or database layer). Adding a command is one entry in :data:`COMMANDS` plus a module with ``register``."""

from __future__ import annotations

import argparse
import importlib
import importlib.util
import logging
import sys
from collections.abc import Sequence

from trialex import __version__
from trialex.errors import TrialexError

# command -> (module with a ``register(subparsers)`` function, the one line ``trialex --help`` shows)
COMMANDS: dict[str, tuple[str, str]] = {
    "extract": ("trialex.commands.extract", "extract a PDF's tables and prose numbers"),
    "check": ("trialex.commands.check", "report the arithmetic errors a paper prints"),
    "serve": ("trialex.commands.serve", "serve the REST API (FastAPI + uvicorn)"),
    "ingest": ("trialex.commands.ingest", "store every new PDF of folders, globs or files (batch, cron)"),
    "runs": ("trialex.commands.runs", "list ingestion runs, or show one run's files"),
}

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


def build_parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """The argument parser. Only the command ``argv`` names (if any) has its module imported and its
    options registered; the others are listed by name and help line."""
    parser = argparse.ArgumentParser(
        prog="trialex",
        description=DESCRIPTION,
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"trialex {__version__}")
    parser.add_argument("-v", "--verbose", action="store_true", help="log progress and pdfminer warnings")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    chosen = chosen_command(argv)
    for name, (module_name, help_line) in COMMANDS.items():
        if importlib.util.find_spec(module_name) is None:
            continue  # a command whose module is not installed
        if name == chosen:
            importlib.import_module(module_name).register(subparsers)
        else:
            subparsers.add_parser(name, help=help_line, add_help=False)
    return parser


def chosen_command(argv: Sequence[str] | None) -> str | None:
    """The command the arguments name: the first argument that is not a global option."""
    for arg in argv or ():
        if arg == "--":
            return None
        if not arg.startswith("-"):
            return arg if arg in COMMANDS else None
    return None


def main(argv: Sequence[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    parser = build_parser(argv)
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
