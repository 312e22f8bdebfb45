"""How many of the pdfplumber reader's values the pdfium reader reproduces, per golden file.

    python bench/reader_agreement.py [PDF ...] [--details N] [--jobs 2]

A value is reproduced when the pdfium reader's records hold one with the same section, table, row and
column labels, arm, statistic, value and qualifier (a multiset match; bounding boxes may differ). pdfium is
the default reader as long as every golden file agrees on at least 99.5% of its values (the test suite holds
that through a snapshot of the pdfplumber reader's values: tests/extraction/test_reader_snapshot.py).
``--details N`` prints up to N values each reader has alone, for development files only (never for the
validation split, whose output must not be used to tune anything).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from extractors.pipeline import extract  # noqa: E402
from schemas.records import Record  # noqa: E402
from trialex.evaluate import split_of  # noqa: E402

TARGET = 0.995
Key = tuple[object, ...]


def value_key(r: Record) -> Key:
    return (r.section, r.table, tuple(r.row), tuple(r.column), r.arm, r.statistic, r.value, r.qualifier)


# the validation split (trialex.evaluate.split_of): real papers only; typeset fixtures are tuning
def is_validation(stem: str) -> bool:
    golden = ROOT / "tests" / "data" / "golden" / f"{stem}.json"
    origin = json.loads(golden.read_text(encoding="utf-8")).get("origin", "real") if golden.exists() else "real"
    return split_of(stem, origin) == "validation"


def compare(path: Path) -> dict[str, object]:
    plumber = Counter(value_key(r) for r in extract(path, reader="pdfplumber").records)
    pdfium = Counter(value_key(r) for r in extract(path, reader="pdfium").records)
    shared = sum((plumber & pdfium).values())
    return {
        "pdf": path.stem,
        "values": sum(plumber.values()),
        "pdfium_values": sum(pdfium.values()),
        "reproduced": shared,
        "only_plumber": [list(map(str, k)) for k in (plumber - pdfium).elements()],
        "only_pdfium": [list(map(str, k)) for k in (pdfium - plumber).elements()],
    }


def golden_pdfs() -> list[Path]:
    out = []
    for golden in sorted((ROOT / "tests/data/golden").glob("*.json")):
        out.append(ROOT / "tests/data/pdfs" / json.loads(golden.read_text())["pdf"])
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("pdfs", nargs="*", type=Path, help="PDFs (default: the PDF of every golden file)")
    parser.add_argument("--details", type=int, default=0, help="print up to N disagreements per development file")
    parser.add_argument("--jobs", type=int, default=2, help="processes (default 2)")
    args = parser.parse_args()
    pdfs = args.pdfs or golden_pdfs()
    with ProcessPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        results = list(pool.map(compare, pdfs))
    print(f"{'pdf':58s} {'values':>7s} {'pdfium':>7s} {'same':>7s} {'share':>7s}")
    worst = 1.0
    for res in results:
        values, same = int(res["values"]), int(res["reproduced"])  # type: ignore[call-overload]
        share = same / values if values else 1.0
        worst = min(worst, share)
        flag = "" if share >= TARGET else "  < 99.5%"
        split = " (validation)" if is_validation(str(res["pdf"])) else ""
        print(f"{str(res['pdf'])[:58]:58s} {values:7d} {res['pdfium_values']:7d} {same:7d} {share:7.1%}{flag}{split}")
        if args.details and not split:
            for side in ("only_plumber", "only_pdfium"):
                for key in list(res[side])[: args.details]:  # type: ignore[call-overload]
                    print(f"    {side}: {key}")
    total = sum(int(r["values"]) for r in results)  # type: ignore[call-overload]
    same_total = sum(int(r["reproduced"]) for r in results)  # type: ignore[call-overload]
    print(f"{'all':58s} {total:7d} {'':7s} {same_total:7d} {same_total / max(total, 1):7.1%}")
    ok = worst >= TARGET
    print(
        f"\nlowest file agreement {worst:.1%}: pdfium "
        + ("may stay the default reader" if ok else "must not be the default reader: fix the adapter")
    )
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
