"""``trialex --help`` and the lightweight commands import no PDF reader, web framework or database layer."""

from __future__ import annotations

import subprocess
import sys

HEAVY = "{'pdfplumber', 'pdfminer', 'pypdfium2', 'fastapi', 'sqlmodel', 'sqlalchemy', 'uvicorn'}"


def _heavy_modules_after(code: str) -> str:
    probe = f"{code}; print(sorted({{m.split('.')[0] for m in sys.modules}} & {HEAVY}))"
    done = subprocess.run([sys.executable, "-c", f"import sys; {probe}"], capture_output=True, text=True, check=True)
    return done.stdout.strip().splitlines()[-1]


def test_building_the_parser_imports_nothing_heavy() -> None:
    assert _heavy_modules_after("import trialex.cli; trialex.cli.build_parser()") == "[]"


def test_help_of_the_runs_command_imports_nothing_heavy() -> None:
    code = "import trialex.cli; trialex.cli.build_parser(['runs', '--help'])"
    assert _heavy_modules_after(code) == "[]"


def test_every_command_is_listed_and_the_chosen_one_gets_its_options() -> None:
    from trialex.cli import COMMANDS, build_parser

    help_text = build_parser().format_help()
    assert all(name in help_text for name in COMMANDS)
    args = build_parser(["extract", "paper.pdf", "--reader", "pdfium"]).parse_args(
        ["extract", "paper.pdf", "--reader", "pdfium"]
    )
    assert args.reader == "pdfium" and callable(args.handler)
