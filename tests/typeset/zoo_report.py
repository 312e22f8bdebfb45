"""`python -m tests.typeset.zoo_report`: trialex's recall on the layout zoo, per file and per pattern.

A pattern's recall pools the golden values of every zoo file that exposes it (a file exposing two
patterns counts for both), so the figure says how the extractor fares on that layout family.
The gate and the overall figures are bench/accuracy.py's (`--only zoo-`); this is the breakdown.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from extractors.pipeline import extract
from trialex.evaluate import Tally, compare, load_golden

from .build import TESTS
from .zoo import ORIGIN
from .zoo_patterns import PATTERNS


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.typeset.zoo_report", description=__doc__)
    parser.add_argument("--data", type=Path, default=TESTS / "data", help="folder with pdfs/ and golden/")
    args = parser.parse_args(argv)
    per_pattern: dict[str, Tally] = {p: Tally() for p in PATTERNS}
    total = Tally()
    print(f"{'zoo file':34s} {'patterns':9s} {'found':>6s} {'golden':>7s} {'wrong':>6s} {'recall':>7s}")
    for path in sorted((args.data / "golden").glob("zoo-*.json")):
        golden = load_golden(path)
        if golden["origin"] != ORIGIN:
            continue
        report = compare(golden, extract(args.data / "pdfs" / golden["pdf"]).records)
        tally = Tally()
        for section, t in report.sections.items():
            if section != "text":
                tally.add(t)
        letters = "".join(p.split(":")[0] for p in golden["source"]["zoo_patterns"])
        for letter in letters:
            per_pattern[letter].add(tally)
        total.add(tally)
        print(f"{path.stem:34s} {letters:9s} {tally.found:6d} {tally.golden:7d} {tally.wrong:6d} {tally.recall:7.3f}")
    print()
    print(f"{'pattern':60s} {'found':>6s} {'golden':>7s} {'wrong':>6s} {'recall':>7s}")
    for letter, t in per_pattern.items():
        print(f"({letter}) {PATTERNS[letter]:56s} {t.found:6d} {t.golden:7d} {t.wrong:6d} {t.recall:7.3f}")
    print(f"{'all zoo values':60s} {total.found:6d} {total.golden:7d} {total.wrong:6d} {total.recall:7.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
