"""Ingestion throughput: papers per minute with 1, 2 and 4 workers, and what 10,000 papers a night needs.

Every PDF of the corpus (tests/data/pdfs/, or --corpus DIR) is ingested into a fresh empty database, so every
file is extracted, once per worker count:

- default: the local pool (``trialex ingest --local``: :func:`trialex.ingest.ingest`, hashing, one isolated
  worker process per file with the default time and memory limits, storage by the parent, run bookkeeping)
  on SQLite. The forkserver is started before timing. Worker peak memory is the ``ru_maxrss`` each worker
  process reports for itself.
- ``--postgres URL``: the distributed queue. A fresh database is created next to URL's, N ``trialex worker``
  processes are started on it, every file is queued (blob store + job + procrastinate) and the clock stops
  when the last job is done or failed.

    .venv/bin/python bench/ingest.py [--corpus DIR] [--workers 1 2 4] [--postgres postgresql+psycopg://...]
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
NIGHT_HOURS = 8
NIGHTLY_PAPERS = 10_000
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


def run_queued(url: str, files: list[Path], workers: int) -> tuple[float, int, int, int]:
    """(seconds, done, failed, pages) ingesting ``files`` through the queue with ``workers`` worker processes."""
    import subprocess
    import sys
    import time
    import uuid

    from sqlalchemy import text
    from sqlalchemy.engine import make_url

    from db.engine import init_db, make_engine
    from trialex.blobs import BlobStore
    from trialex.ingest.enqueue import enqueue_files, wait_for_jobs
    from trialex.ingest.pgqueue import ProcrastinateQueue

    name = f"trialex_queue_bench_{uuid.uuid4().hex[:8]}"
    admin = make_engine(url).execution_options(isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    database = make_url(url).set(database=name).render_as_string(hide_password=False)
    processes: list[subprocess.Popen[bytes]] = []
    try:
        with tempfile.TemporaryDirectory(prefix="trialex-bench-") as tmp:
            engine = make_engine(database)
            init_db(engine)
            env = {**os.environ, "TRIALEX_DATABASE_URL": database, "TRIALEX_BLOB_DIR": f"{tmp}/blobs"}
            trialex = Path(sys.executable).with_name("trialex")
            processes = [
                subprocess.Popen([str(trialex), "worker"], env=env, stderr=subprocess.DEVNULL) for _ in range(workers)
            ]
            time.sleep(3)  # the workers are up and listening
            queue = ProcrastinateQueue(database)
            queue.start()
            started = time.monotonic()
            limits = Limits(max_bytes=get_settings().max_upload_bytes)
            result = enqueue_files(files, engine=engine, blobs=BlobStore(f"{tmp}/blobs"), queue=queue, limits=limits)
            queue.close()
            wait_for_jobs(result, engine=engine)
            seconds = time.monotonic() - started
            done = sum(1 for j in result.finished.values() if j.status == "done")
            with engine.connect() as conn:
                pages = int(conn.execute(text("SELECT coalesce(sum(pages), 0) FROM documents")).scalar_one())
            engine.dispose()
            return seconds, done, len(result.finished) - done + len(result.refused), pages
    finally:
        for process in processes:
            process.terminate()
        for process in processes:
            process.wait(timeout=60)
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def nightly(per_minute_one: float) -> str:
    """What 10,000 papers in a night of NIGHT_HOURS needs, from the throughput of one worker."""
    needed = NIGHTLY_PAPERS / (NIGHT_HOURS * 60)
    workers = max(1, -(-needed // per_minute_one)) if per_minute_one else float("nan")
    return (
        f"10,000 papers in {NIGHT_HOURS} h need {needed:.1f} papers/min: at {per_minute_one:.1f} papers/min per"
        f" worker that is {workers:.0f} workers (one core each, 2 GB memory limit each), e.g."
        f" {-(-workers // 4):.0f} machines of 4 cores running 'trialex worker --concurrency 4'"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, help="folder of PDFs (default: tests/data/pdfs)")
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2, 4], help="worker counts to try (1 2 4)")
    parser.add_argument("--postgres", metavar="URL", help="measure the procrastinate queue on this server")
    args = parser.parse_args()
    corpus = args.corpus or TEST_PDFS
    files = find_pdfs([str(corpus)])
    size = sum(p.stat().st_size for p in files)
    print(f"corpus: {corpus} ({len(files)} PDFs, {size / 1e6:.1f} MB); {os.cpu_count()} CPUs")
    if args.postgres:
        print(f"{'workers':>7}  {'done':>4}  {'failed':>6}  {'pages':>5}  {'seconds':>7}  {'papers/min':>10}")
        per_worker = []
        for n in args.workers:
            seconds, done, failed, pages = run_queued(args.postgres, files, n)
            per_worker.append(done * 60 / seconds / n)
            print(f"{n:>7}  {done:>4}  {failed:>6}  {pages:>5}  {seconds:>7.1f}  {done * 60 / seconds:>10.1f}")
        print(nightly(per_worker[0]))
        return
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
    print(nightly(figures[0].summary.files_per_min / figures[0].workers))


if __name__ == "__main__":
    main()
