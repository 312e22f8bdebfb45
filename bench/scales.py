"""Scale invariance: the tuning PDFs read again with every page scaled by a factor.

    python bench/scales.py [--factors 0.8 1.6] [--work DIR] [--details N]

A page scaled by k (a smaller or larger paper size, a poster, an A4 PDF printed to Letter) has every length
times k and nothing else changed. A reader whose thresholds are all font-relative (em, shares of the page)
reads it exactly as it reads the original; a threshold in points shows up as values found at one scale and
lost at another. Each tuning golden PDF is redrawn with pypdfium2 (the page's content wrapped in a form XObject
under a scaling matrix, text kept as text) into DIR/x<k>/, then scored by its golden file; the per-file lines
are the files whose counts differ from scale 1. Validation files are not scaled (never tuned on).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from extractors.pipeline import extract  # noqa: E402
from tests.typeset.scaled import scaled_copy  # noqa: E402
from trialex.evaluate import Tally, compare, load_golden, split_of  # noqa: E402

SECTIONS = ("demographics", "adverse_events", "pk", "efficacy", "text_labelled")


def _score(golden: dict[str, Any], pdf: Path) -> dict[str, Tally]:
    report = compare(golden, extract(pdf).records)
    return {s: report.sections[s] for s in SECTIONS if s in report.sections}


def _cell(t: Tally | None) -> str:
    if t is None:
        return f"{'':>12s}"
    bad = t.wrong + t.mislabeled
    return f"{t.found:>5d}/{t.golden:<5d}{'!' + str(bad) if bad else '':>3s}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--factors", nargs="+", type=float, default=[0.8, 1.6])
    parser.add_argument("--work", type=Path, help="where to write the scaled PDFs (default: a temporary folder)")
    parser.add_argument("--only", help="only golden files whose name contains PATTERN")
    args = parser.parse_args()
    work = args.work or Path(tempfile.mkdtemp(prefix="trialex-scales-"))
    files = []
    for path in sorted((ROOT / "tests/data/golden").glob("*.json")):
        golden = load_golden(path)
        if split_of(path.stem, golden["origin"]) == "tuning" and (not args.only or args.only in path.name):
            files.append((path.stem, golden))
    totals = {k: {s: Tally() for s in SECTIONS} for k in (1.0, *args.factors)}
    print(f"{len(files)} tuning files; per file, the ones whose counts differ from scale 1 ({', '.join(SECTIONS)})")
    for stem, golden in files:
        pdf = ROOT / "tests/data/pdfs" / golden["pdf"]
        base = _score(golden, pdf)
        for s, t in base.items():
            totals[1.0][s].add(t)
        for k in args.factors:
            folder = work / f"x{k:g}"
            folder.mkdir(parents=True, exist_ok=True)
            copy = folder / pdf.name
            if not copy.exists():
                scaled_copy(pdf, copy, k)
            got = _score(golden, copy)
            for s, t in got.items():
                totals[k][s].add(t)
            if [(t.found, t.wrong, t.mislabeled) for t in got.values()] != [
                (t.found, t.wrong, t.mislabeled) for t in base.values()
            ]:
                print(f"  {stem[:44]:44s} x{k:<4g} " + " ".join(_cell(got.get(s)) for s in SECTIONS))
                print(f"  {'':44s} x1    " + " ".join(_cell(base.get(s)) for s in SECTIONS))
    print(f"\n{'scale':6s} {'tables found':>14s} {'wrong+mislab':>13s} {'prose labelled':>15s} {'mislabeled':>11s}")
    for k, sections in totals.items():
        tables = Tally()
        for s in SECTIONS[:4]:
            tables.add(sections[s])
        prose = sections["text_labelled"]
        print(
            f"x{k:<5g} {tables.found:>7d}/{tables.golden:<6d} {tables.wrong + tables.mislabeled:>13d} "
            f"{prose.found:>8d}/{prose.golden:<6d} {prose.mislabeled:>11d}"
        )
    print(f"\n(scaled PDFs in {work})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
