"""`python -m tests.typeset [--out-dir DIR] [--only SLUG ...] [--zoo]`: regenerate fixture PDFs and goldens."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .build import CORPUS, TESTS, build_all, build_zoo
from .verify import verify


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
