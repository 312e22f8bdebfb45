"""`python -m tests.typeset [--out-dir DIR] [--only SLUG ...] [--zoo]`: regenerate fixture PDFs and goldens."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

# the typefaces are read when the styles are imported: --face is taken before them
_face = argparse.ArgumentParser(add_help=False)
_face.add_argument("--face", default=os.environ.get("TRIALEX_TYPESET_FACE", "dejavu"))
os.environ["TRIALEX_TYPESET_FACE"] = _face.parse_known_args()[0].face

from .build import CORPUS, TESTS, build_all, build_zoo  # noqa: E402
from .styles import FACES  # noqa: E402
from .verify import verify  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.typeset", description=__doc__)
    parser.add_argument(
        "--out-dir",
        type=Path,
        default=TESTS / "data",
        help="writes OUT/pdfs/*.pdf and OUT/golden/*.json (default: tests/data)",
    )
    parser.add_argument("--corpus", type=Path, default=CORPUS, help="folder with the JATS files and SOURCES.tsv")
    parser.add_argument("--only", nargs="*", help="'seed' and/or parts of article slugs")
    parser.add_argument("--no-verify", action="store_true", help="skip checking goldens against the PDFs")
    parser.add_argument(
        "--zoo", action="store_true", help="build the layout-zoo fixtures (zoo-*) instead; --only filters their names"
    )
    parser.add_argument(
        "--face",
        choices=sorted(FACES),
        default=os.environ["TRIALEX_TYPESET_FACE"],
        help="typefaces to set the fixtures in (default dejavu, the committed fixtures'; others: bench/faces.py)",
    )
    args = parser.parse_args(argv)
    build = build_zoo if args.zoo else build_all
    built = build(args.out_dir / "pdfs", args.out_dir / "golden", args.only, args.corpus)
    failed = 0
    for b in built:
        print(f"{b.pdf.name}: {b.pages} pages, {b.tables} tables, {b.cells} cells, {b.values} values")
        issues = [] if args.no_verify else verify(b.pdf, b.golden)
        for issue in issues:
            print(f"  {issue}")
        failed += bool(issues)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
