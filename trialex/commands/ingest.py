"""``trialex ingest PATH...``: store every new PDF of folders, globs or files, one recorded run."""

from __future__ import annotations

import argparse
import sys
from typing import Any

HELP = """\
Extract and store every new publication PDF under the given paths: a folder (searched
recursively for *.pdf in any case, hidden files left out), a glob pattern (quote it), or files.

Where the extraction runs: on a PostgreSQL database (TRIALEX_QUEUE auto or procrastinate) each
new file is queued as a job for 'trialex worker' processes on any machine (--wait follows them
to their end); on SQLite, or with --local, this process extracts them itself, as below.

Each file is extracted in its own worker process with a time and a memory limit; a file that
hangs, exhausts its memory or cannot be read is recorded as failed with the reason, and the
batch goes on. Files are recognised by the SHA-256 of their bytes: what is stored already is
skipped without extraction ("already present"), so a rerun ingests only what is new. Each
document is stored in one transaction by this process, so killing a run loses nothing stored;
a rerun finishes the rest. Files that failed are tried again by every rerun (a timeout on a
busy night, or a newer trialex, may do better) and reported again until they are removed.

Every run is recorded (see 'trialex runs'). Progress: a bar with an ETA on a terminal, one
line per file otherwise (cron, systemd); a summary on stdout at the end.

exit status:
  0    every file ingested or already present
  1    some file failed (the summary lists them), or the database could not be used
  2    usage error (bad option, no such path)
  130/143  stopped by SIGINT/SIGTERM (the run is recorded as interrupted)
  With --watch: 0 when stopped by SIGINT/SIGTERM.

examples:
  trialex ingest inbox/ --workers 2
  trialex ingest 'papers/**/*.pdf' extra/one.pdf --timeout-per-file 60
  trialex ingest /srv/inbox --watch --interval 300 --database-url postgresql+psycopg://trialex@db/trialex

defaults come from the environment: TRIALEX_DATABASE_URL, TRIALEX_INGEST_TIMEOUT_S,
TRIALEX_INGEST_MEMORY_MB, TRIALEX_MAX_PAGES, TRIALEX_MAX_UPLOAD_MB.
"""


def register(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "ingest",
        help="store every new PDF of folders, globs or files (batch, cron)",
        description=HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("paths", nargs="+", metavar="PATH", help="a folder, a glob pattern, or a file")
    p.add_argument(
        "--workers",
        type=_positive_int,
        metavar="N",
        help="files extracted in parallel, each in its own process (min(2, CPUs))",
    )
    p.add_argument(
        "--timeout-per-file",
        type=_positive_float,
        metavar="S",
        help="seconds a file may take before its worker is killed (TRIALEX_INGEST_TIMEOUT_S, 120)",
    )
    p.add_argument(
        "--memory-mb",
        type=_positive_int,
        metavar="M",
        help="address-space limit of each worker in MB (TRIALEX_INGEST_MEMORY_MB, 2048)",
    )
    p.add_argument(
        "--max-pages", type=_positive_int, metavar="N", help="refuse PDFs with more pages (TRIALEX_MAX_PAGES, 300)"
    )
    p.add_argument(
        "--max-mb", type=_positive_float, metavar="MB", help="refuse larger files (TRIALEX_MAX_UPLOAD_MB, 50)"
    )
    p.add_argument("--database-url", metavar="URL", help="where to store (overrides TRIALEX_DATABASE_URL)")
    p.add_argument(
        "--watch",
        action="store_true",
        help="keep running: rescan the paths every --interval seconds and ingest new files",
    )
    p.add_argument("--interval", type=_positive_float, metavar="S", help="seconds between scans with --watch (60)")
    p.add_argument(
        "--local",
        action="store_true",
        help="extract in this process's own worker pool even when the database has a task queue (a laptop)",
    )
    p.add_argument("--wait", action="store_true", help="queued jobs: wait until every one is done or failed")
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from trialex.ingest import IngestOptions, NoSuchPathError, default_workers, find_pdfs, ingest, open_store
    from trialex.ingest.progress import format_summary, make_reporter
    from trialex.ingest.signals import stop_on_signals
    from trialex.ingest.watch import watch
    from trialex.isolation import Limits
    from trialex.settings import get_settings

    if args.interval is not None and not args.watch:
        return _usage("--interval only applies with --watch")
    settings = get_settings()
    max_mb = args.max_mb if args.max_mb is not None else settings.max_upload_mb
    options = IngestOptions(
        workers=args.workers or default_workers(),
        limits=Limits(
            max_bytes=int(max_mb * 1024 * 1024),
            max_pages=args.max_pages or settings.max_pages,
            timeout_s=args.timeout_per_file or settings.ingest_timeout_s,
            memory_mb=args.memory_mb or settings.ingest_memory_mb,
        ),
    )
    try:
        files = find_pdfs(args.paths)
    except NoSuchPathError as exc:
        return _usage(str(exc))
    url = args.database_url or settings.database_url
    engine = open_store(url)
    from trialex.ingest.queue import queue_kind

    if not args.local and not args.watch and queue_kind(settings.queue, url) == "procrastinate":
        try:
            return _enqueue(args, files, engine, url, options.limits)
        finally:
            engine.dispose()
    try:
        with stop_on_signals() as stop:
            if args.watch:
                interval = args.interval or 60.0
                print(
                    f"trialex ingest: watching {' '.join(args.paths)} every {interval:g} s (SIGTERM or Ctrl-C stops)",
                    file=sys.stderr,
                    flush=True,
                )
                watch(
                    args.paths,
                    engine=engine,
                    options=options,
                    stop=stop,
                    interval=interval,
                    reporter=lambda: make_reporter(sys.stderr),
                    on_run=lambda summary: print(format_summary(summary), flush=True),
                )
                print(f"trialex ingest: {stop.reason}", file=sys.stderr)
                return 0
            summary = ingest(
                args.paths, files, engine=engine, options=options, reporter=make_reporter(sys.stderr), stop=stop
            )
    finally:
        engine.dispose()
    print(format_summary(summary), flush=True)
    if summary.status == "interrupted":
        return 128 + (stop.signum or 2)
    return 1 if summary.failed else 0


def _enqueue(args: argparse.Namespace, files: Any, engine: Any, url: str, limits: Any) -> int:
    from trialex.blobs import BlobStore
    from trialex.ingest.enqueue import enqueue_files, wait_for_jobs
    from trialex.ingest.pgqueue import ProcrastinateQueue
    from trialex.settings import get_settings

    queue = ProcrastinateQueue(url)
    queue.start()
    try:
        blobs = BlobStore(get_settings().blob_dir)
        result = enqueue_files(files, engine=engine, blobs=blobs, queue=queue, limits=limits)
    finally:
        queue.close()
    for path, reason in result.refused.items():
        print(f"refused {path}: {reason}", file=sys.stderr)
    print(
        f"trialex ingest: {len(result.queued)} queued for the workers, {len(result.already_present)} already"
        f" present, {len(result.refused)} refused (of {len(files)} files)",
        flush=True,
    )
    if args.wait and result.queued:
        wait_for_jobs(result, engine=engine)
        for path, job_id in result.queued.items():
            job = result.finished.get(job_id)
            if job is not None and job.status == "failed":
                print(f"failed {path}: {job.code}: {job.reason}", file=sys.stderr)
        done = sum(1 for j in result.finished.values() if j.status == "done")
        print(f"trialex ingest: {done} jobs done, {len(result.finished) - done} failed", flush=True)
    return 1 if result.failed else 0


def _usage(message: str) -> int:
    print(f"trialex ingest: error: {message}", file=sys.stderr)
    return 2


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1: {text!r}")
    return value


def _positive_float(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if not value > 0:
        raise argparse.ArgumentTypeError(f"must be more than 0: {text!r}")
    return value
