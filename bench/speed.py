"""Milliseconds per page of the whole trialex extraction, with each reader, against bare PDF reads, in one run.

    python bench/speed.py [PDF ...] [--repeat N] [--figure-pdf PATH] [--corpus DIR]

Over the same PDFs (default: every PDF in tests/data/pdfs) it prints CPU milliseconds per page for
``trialex extract`` with the pdfium reader and with the pdfplumber reader, a bare pdfplumber word read
(``pdfplumber.open`` + ``extract_words`` on every page: the least a pdfplumber-based tool pays) and a bare
pypdfium2 text read (``get_textpage().get_text_range()``), with ratios; then the CPU time of the
consistency checks alone, and the peak RSS of a whole extraction of a figure-heavy 20-page paper with each
reader, each in a fresh subprocess (default bench/data/lva-ablation-persistent-af-natmed2025.pdf, or that
name under --corpus DIR). CPU time (not wall time) is measured, since the machine is shared.

Targets: <= 100 ms/page with the pdfium reader; the pdfplumber reader <= 1.0x the bare pdfplumber word
read; peak RSS <= 150 MB.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pdfplumber
import pypdfium2 as pdfium

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from extractors.pipeline import extract  # noqa: E402
from trialex.checks import run_checks  # noqa: E402

FIGURE_PDF = "lva-ablation-persistent-af-natmed2025.pdf"
# VmHWM, not ru_maxrss: a child's ru_maxrss can keep the parent's peak from before the exec
RSS_PROBE = """
import sys
from extractors.pipeline import extract
extract(sys.argv[1], reader=sys.argv[2])
print(next(line.split()[1] for line in open("/proc/self/status") if line.startswith("VmHWM:")))
"""


def bare_pdfplumber(path: Path) -> int:
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            page.extract_words()
            page.flush_cache()
        return len(pdf.pages)


def bare_pdfium(path: Path) -> int:
    pdf = pdfium.PdfDocument(path)
    try:
        for page in pdf:
            textpage = page.get_textpage()
            textpage.get_text_range()
            textpage.close()
            page.close()
        return len(pdf)
    finally:
        pdf.close()


def cpu(fn: Callable[[], object], repeat: int) -> float:
    """The least CPU time of ``repeat`` calls."""
    best = float("inf")
    for _ in range(repeat):
        start = time.process_time()
        fn()
        best = min(best, time.process_time() - start)
    return best


def peak_rss_mb(path: Path, reader: str) -> float:
    done = subprocess.run(
        [sys.executable, "-c", RSS_PROBE, str(path), reader],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    return int(done.stdout.split()[-1]) / 1024


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("pdfs", nargs="*", type=Path, help="PDFs (default: every PDF in tests/data/pdfs)")
    parser.add_argument("--repeat", type=int, default=1, help="runs per PDF and method; the fastest counts (1)")
    parser.add_argument("--figure-pdf", type=Path, help=f"the figure-heavy paper (default bench/data/{FIGURE_PDF})")
    parser.add_argument("--corpus", type=Path, help=f"a folder holding {FIGURE_PDF} (instead of bench/data)")
    args = parser.parse_args()
    pdfs = args.pdfs or sorted((ROOT / "tests/data/pdfs").glob("*.pdf"))
    figure = args.figure_pdf or ((args.corpus or ROOT / "bench/data") / FIGURE_PDF)

    methods: dict[str, Callable[[Path], object]] = {
        "trialex pdfium": lambda p: extract(p, reader="pdfium"),
        "trialex pdfplumber": lambda p: extract(p, reader="pdfplumber"),
        "bare pdfplumber words": bare_pdfplumber,
        "bare pypdfium2 text": bare_pdfium,
    }
    totals = dict.fromkeys(methods, 0.0)
    checks = 0.0
    pages = 0
    print(f"{'pdf':46s} {'pages':>5s} " + " ".join(f"{m[:18]:>18s}" for m in methods) + "   (CPU ms/page)")
    for path in pdfs:
        n = bare_pdfium(path)
        pages += n
        row = []
        for name, fn in methods.items():
            spent = cpu(lambda fn=fn, path=path: fn(path), args.repeat)  # type: ignore[misc]
            totals[name] += spent
            row.append(spent)
        records = extract(path, reader="pdfium").records
        checks += cpu(lambda records=records: run_checks(records), args.repeat)  # type: ignore[misc]
        print(f"{path.stem[:46]:46s} {n:5d} " + " ".join(f"{1000 * s / n:18.1f}" for s in row))
    print(f"{'all':46s} {pages:5d} " + " ".join(f"{1000 * totals[m] / pages:18.1f}" for m in methods))

    per_page = {m: 1000 * totals[m] / pages for m in methods}
    bare_words = per_page["bare pdfplumber words"]
    bare_text = per_page["bare pypdfium2 text"]
    print()
    for m in methods:
        print(
            f"{m:24s} {per_page[m]:7.1f} ms/page   {per_page[m] / bare_words:5.2f}x bare pdfplumber words"
            f"   {per_page[m] / bare_text:6.1f}x bare pypdfium2 text"
        )
    print(
        f"{'consistency checks':24s} {1000 * checks / pages:7.1f} ms/page   "
        f"({checks / totals['trialex pdfium']:.0%} of trialex with pdfium)"
    )

    print(f"\npeak RSS, whole extraction of {figure.name} (a fresh process each):")
    rss = {}
    if figure.exists():
        for reader in ("pdfium", "pdfplumber"):
            rss[reader] = peak_rss_mb(figure, reader)
            print(f"  {reader:10s} {rss[reader]:6.0f} MB")
    else:
        print(f"  {figure} not found (pass --figure-pdf or --corpus)")

    pdfium_ok = per_page["trialex pdfium"] <= 100
    plumber_ratio = per_page["trialex pdfplumber"] / bare_words
    rss_ok = bool(rss) and max(rss.values()) <= 150
    print("\ntargets:")
    print(f"  pdfium reader <= 100 ms/page: {per_page['trialex pdfium']:.1f} {'ok' if pdfium_ok else 'MISSED'}")
    print(f"  pdfplumber reader <= 1.0x bare words: {plumber_ratio:.2f}x {'ok' if plumber_ratio <= 1.0 else 'MISSED'}")
    if rss:
        print(f"  peak RSS <= 150 MB: {max(rss.values()):.0f} MB {'ok' if rss_ok else 'MISSED'}")
    return 0 if pdfium_ok and plumber_ratio <= 1.0 and rss_ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
