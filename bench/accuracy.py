"""Recall and wrong-value rate per section over every golden file.

    python bench/accuracy.py [--details N] [--only PATTERN] [GOLDEN.json ...]

A golden value is found when a record of the same table, statistic, row and column has its value; a wrong
value is a matched cell with another number, or the right number under another statistic (a count read as
a mean). Targets: recall >= 0.90 and wrong values <= 1% of the values found, in every section.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from extractors.pipeline import extract  # noqa: E402
from trialex.evaluate import Tally, compare, load_golden  # noqa: E402

SECTIONS = ("demographics", "adverse_events", "pk", "efficacy", "text")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("golden", nargs="*", type=Path, help="golden files (default: tests/data/golden/*.json)")
    parser.add_argument("--details", type=int, default=0, help="print up to N misses and wrong values per file")
    parser.add_argument("--only", help="only golden files whose name contains PATTERN (e.g. zoo-)")
    args = parser.parse_args()
    files = args.golden or sorted((ROOT / "tests/data/golden").glob("*.json"))
    if args.only:
        files = [f for f in files if args.only in f.name]
    totals = {s: Tally() for s in SECTIONS}
    by_origin: dict[str, Tally] = {}
    print(f"{'golden file':52s} " + " ".join(f"{s[:12]:>14s}" for s in SECTIONS))
    for path in files:
        golden = load_golden(path)
        start = time.perf_counter()
        extraction = extract(ROOT / "tests/data/pdfs" / golden["pdf"])
        report = compare(golden, extraction.records)
        cells = []
        for s in SECTIONS:
            t = report.sections.get(s)
            if t is None:
                cells.append(f"{'':>14s}")
                continue
            totals[s].add(t)
            by_origin.setdefault(golden["origin"], Tally()).add(t)
            cells.append(f"{t.found:>5d}/{t.golden:<5d}{'!' + str(t.wrong) if t.wrong else '':>3s}")
        print(f"{path.stem[:52]:52s} " + " ".join(cells) + f"  {time.perf_counter() - start:4.1f}s")
        for line in (report.wrongs + report.misses)[: args.details]:
            print("    ", line[:200])
    print()
    print(f"{'section':16s} {'golden':>7s} {'found':>7s} {'wrong':>6s} {'missing':>8s} {'recall':>7s} {'wrong %':>8s}")
    failed = False
    overall = Tally()
    for s, t in totals.items():
        overall.add(t)
        ok = t.recall >= 0.90 and t.wrong_rate <= 0.01
        failed |= not ok
        print(
            f"{s:16s} {t.golden:7d} {t.found:7d} {t.wrong:6d} {t.missing:8d} {t.recall:7.3f} {100 * t.wrong_rate:7.2f}%"
            f"  {'ok' if ok else 'BELOW TARGET'}"
        )
    print(
        f"{'all':16s} {overall.golden:7d} {overall.found:7d} {overall.wrong:6d} {overall.missing:8d} "
        f"{overall.recall:7.3f} {100 * overall.wrong_rate:7.2f}%"
    )
    print()
    for origin, t in sorted(by_origin.items()):
        print(f"  {origin:14s} recall {t.recall:.3f}  wrong {100 * t.wrong_rate:.2f}%  ({t.found}/{t.golden})")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
