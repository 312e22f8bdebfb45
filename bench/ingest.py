"""Batch ingestion throughput: PDFs per minute and pages per second ingesting every PDF of the corpus into a
fresh temporary SQLite database, with 1 and 2 workers, and the peak memory of each worker process.

The corpus is /work/shared/corpus/ when it exists, else tests/data/pdfs/ (or --corpus DIR). Each
configuration runs the real batch (:func:`trialex.ingest.ingest`: hashing, one isolated worker process per
file with the default time and memory limits, storage by the parent, run bookkeeping) on an empty database, so
every file is extracted. The forkserver is started before timing. Worker peak memory is the ``ru_maxrss`` each
worker process reports for itself (recorded per file in ``run_files.peak_rss_mb``).

    .venv/bin/python bench/ingest.py [--corpus DIR] [--workers 1 2]
"""

from __future__ import annotations

import argparse
import io
import os
import resource
import statistics
import tempfile
from dataclasses import dataclass
from multiprocessing import forkserver
from pathlib import Path

from trialex.ingest import IngestOptions, find_pdfs, ingest, open_store
from trialex.ingest.outcome import RunSummary
from trialex.ingest.progress import LogLines
from trialex.ingest.signals import StopFlag
from trialex.isolation import Limits, context
from trialex.settings import get_settings

ROOT = Path(__file__).resolve().parents[1]
SHARED_CORPUS = Path("/work/shared/corpus")
TEST_PDFS = ROOT / "tests" / "data" / "pdfs"


@dataclass(frozen=True)
class Figures:
    workers: int
    summary: RunSummary

    @property
    def peaks(self) -> list[float]:
        return [r.peak_rss_mb for r in self.summary.results if r.peak_rss_mb is not None]


def run_once(corpus: Path, files: list[Path], workers: int) -> Figures:
    settings = get_settings()
    limits = Limits(
        max_bytes=settings.max_upload_bytes,
        max_pages=settings.max_pages,
        timeout_s=settings.ingest_timeout_s,
        memory_mb=settings.ingest_memory_mb,
    )
    with tempfile.TemporaryDirectory(prefix="trialex-bench-") as tmp:
        engine = open_store(f"sqlite:///{tmp}/bench.db")
        try:
            summary = ingest(
                [str(corpus)],
                files,
                engine=engine,
                options=IngestOptions(workers, limits),
                reporter=LogLines(io.StringIO()),
                stop=StopFlag(),
            )
        finally:
            engine.dispose()
    return Figures(workers, summary)


def table(figures: list[Figures]) -> str:
    header = (
        f"{'workers':>7}  {'PDFs':>4}  {'ingested':>8}  {'failed':>6}  {'pages':>5}  {'seconds':>7}  "
        f"{'PDFs/min':>8}  {'pages/s':>7}  {'worker peak MB max':>18}  {'median':>6}"
    )
    lines = [header]
    for f in figures:
        s = f.summary
        peaks = f.peaks
        lines.append(
            f"{f.workers:>7}  {len(s.results):>4}  {s.ingested:>8}  {s.failed:>6}  {s.pages:>5}  "
            f"{s.seconds:>7.1f}  {s.files_per_min:>8.1f}  {s.pages_per_s:>7.2f}  "
            f"{max(peaks, default=0):>18.0f}  {statistics.median(peaks) if peaks else 0:>6.0f}"
        )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument(
        "--corpus", type=Path, help="folder of PDFs (default: /work/shared/corpus, else tests/data/pdfs)"
    )
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2], help="worker counts to try (1 2)")
    args = parser.parse_args()
    corpus = args.corpus or (SHARED_CORPUS if SHARED_CORPUS.is_dir() else TEST_PDFS)
    files = find_pdfs([str(corpus)])
    size = sum(p.stat().st_size for p in files)
    print(f"corpus: {corpus} ({len(files)} PDFs, {size / 1e6:.1f} MB); {os.cpu_count()} CPUs")
    context()
    forkserver.ensure_running()
    figures = [run_once(corpus, files, n) for n in args.workers]
    print(table(figures))
    for f in figures:
        for r in f.summary.results:
            if r.status == "failed" and f is figures[0]:
                print(f"  failed: {r.path.name}: {r.code}: {r.reason}")
    if len(figures) > 1:
        base = figures[0].summary.seconds
        for f in figures[1:]:
            print(f"speed-up with {f.workers} workers over {figures[0].workers}: {base / f.summary.seconds:.2f}x")
    parent = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"parent process peak RSS: {parent:.0f} MB (hashing, storage, bookkeeping)")


if __name__ == "__main__":
    main()
