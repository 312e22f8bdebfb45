"""Seconds per page of the whole trialex extraction against bare pdfplumber word extraction, in one run.

    python bench/speed.py [PDF ...] [--repeat N]

The bare read opens each PDF with pdfplumber and extracts the words of every page (the minimum any
pdfplumber-based tool pays); trialex extract also reads rules and fills, finds the tables, reads their
grids and the prose, and runs the consistency checks. Target: trialex costs no more than 3x the bare read.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import pdfplumber

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from extractors.pipeline import extract  # noqa: E402


def bare_read(path: Path) -> int:
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            page.extract_words()
            page.flush_cache()
        return len(pdf.pages)


def timed(fn: object, path: Path, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        fn(path)  # type: ignore[operator]
        best = min(best, time.perf_counter() - start)
    return best


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("pdfs", nargs="*", type=Path, help="PDFs (default: every PDF in tests/data/pdfs)")
    parser.add_argument("--repeat", type=int, default=1, help="runs per PDF; the fastest counts (default 1)")
    args = parser.parse_args()
    pdfs = args.pdfs or sorted((ROOT / "tests/data/pdfs").glob("*.pdf"))
    total_pages = 0
    total_bare = total_full = 0.0
    print(f"{'pdf':50s} {'pages':>5s} {'bare s/pg':>10s} {'trialex s/pg':>13s} {'ratio':>6s}")
    for path in pdfs:
        pages = bare_read(path)
        bare = timed(bare_read, path, args.repeat)
        full = timed(extract, path, args.repeat)
        total_pages += pages
        total_bare += bare
        total_full += full
        print(f"{path.stem[:50]:50s} {pages:5d} {bare / pages:10.3f} {full / pages:13.3f} {full / bare:6.2f}")
    ratio = total_full / total_bare
    print(
        f"{'all':50s} {total_pages:5d} {total_bare / total_pages:10.3f} {total_full / total_pages:13.3f} {ratio:6.2f}"
    )
    print(
        f"\ntrialex extract costs {ratio:.2f}x the bare pdfplumber word read (target <= 3x): "
        f"{'ok' if ratio <= 3 else 'ABOVE TARGET'}"
    )
    return 0 if ratio <= 3 else 1


if __name__ == "__main__":
    raise SystemExit(main())
