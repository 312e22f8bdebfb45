"""``trialex runs [RUN_ID]``: the recorded ingestion runs, or one run's files."""

from __future__ import annotations

import argparse
import sys
from typing import Any

HELP = """\
List the recorded 'trialex ingest' runs, newest first: status, files found and handled, how many
were ingested, already present or failed, pages, seconds. With RUN_ID: that run and each of its
files with its outcome (ingested as document N, already present, or failed with the reason).

Status: running, completed (every file handled; some may have failed), interrupted (stopped by
a signal, or found dead by a later run), failed (the run itself stopped on an error). A run
still 'running' whose process is gone is shown as 'running (process gone)'.

examples:
  trialex runs                 # the last 20 runs
  trialex runs 12 --failed     # what failed in run 12, and why
  trialex runs 12 --json
"""


def register(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "runs",
        help="list ingestion runs, or show one run's files",
        description=HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("run_id", nargs="?", type=int, metavar="RUN_ID", help="show this run and its files")
    p.add_argument("--limit", type=int, default=20, metavar="N", help="runs to list (20)")
    p.add_argument("--failed", action="store_true", help="with RUN_ID: only the files that failed")
    p.add_argument("--json", action="store_true", help="print JSON instead of a table")
    p.add_argument("--database-url", metavar="URL", help="database to read (overrides TRIALEX_DATABASE_URL)")
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from db.engine import session_scope
    from db.runs import get_run, list_runs, run_detail, runs_public
    from trialex.ingest import open_store
    from trialex.settings import get_settings

    if args.limit < 1:
        print("trialex runs: error: --limit must be at least 1", file=sys.stderr)
        return 2
    if args.failed and args.run_id is None:
        print("trialex runs: error: --failed needs a RUN_ID", file=sys.stderr)
        return 2
    engine = open_store(args.database_url or get_settings().database_url)
    try:
        with session_scope(engine) as session:
            if args.run_id is None:
                runs, total = list_runs(session=session, limit=args.limit)
                public = runs_public(runs)
                if args.json:
                    print("[" + ",\n".join(r.model_dump_json() for r in public) + "]")
                else:
                    print(runs_table(public, total))
                return 0
            found = get_run(session=session, run_id=args.run_id)
            if found is None:
                print(f"trialex runs: error: no run with id {args.run_id}", file=sys.stderr)
                return 1
            detail = run_detail(session=session, run=found)
    finally:
        engine.dispose()
    if args.failed:
        detail.files = [f for f in detail.files if f.status == "failed"]
    print(detail.model_dump_json(indent=2) if args.json else run_text(detail))
    return 0


def shown_status(run: Any) -> str:
    from trialex.ingest.liveness import process_alive

    if run.status == "running" and not process_alive(run.pid, run.hostname):
        return "running (process gone)"
    return str(run.status)


def runs_table(runs: list[Any], total: int) -> str:
    if not runs:
        return "no ingestion runs recorded yet"
    header = (
        f"{'id':>5}  {'started (UTC)':19}  {'status':22}  {'found':>5}  {'seen':>5}  {'ingested':>8}  "
        f"{'present':>7}  {'failed':>6}  {'pages':>6}  {'seconds':>8}  paths"
    )
    lines = [header]
    for r in runs:
        lines.append(
            f"{r.id:>5}  {r.started_at:%Y-%m-%d %H:%M:%S}  {shown_status(r):22}  {r.found:>5}  {r.seen:>5}  "
            f"{r.ingested:>8}  {r.already_present:>7}  {r.failed:>6}  {r.pages:>6}  {r.seconds:>8.1f}  "
            f"{' '.join(r.paths)}"
        )
    if total > len(runs):
        lines.append(f"({len(runs)} of {total} runs; --limit N shows more)")
    return "\n".join(lines)


def run_text(detail: Any) -> str:
    finished = f"{detail.finished_at:%Y-%m-%d %H:%M:%S}" if detail.finished_at else "-"
    lines = [
        f"run {detail.id}: {shown_status(detail)}" + (f" ({detail.error})" if detail.error else ""),
        f"  started {detail.started_at:%Y-%m-%d %H:%M:%S} UTC, finished {finished}, {detail.seconds:.1f} s; "
        f"pid {detail.pid} on {detail.hostname}; trialex {detail.trialex_version}",
        f"  paths: {' '.join(detail.paths)}; {detail.workers} workers, {detail.timeout_s:g} s and "
        f"{detail.memory_mb} MB per file",
        f"  found {detail.found}, seen {detail.seen}: ingested {detail.ingested} ({detail.pages} pages), "
        f"already present {detail.already_present}, failed {detail.failed}",
        "",
    ]
    for f in detail.files:
        if f.status == "ingested":
            what = f"document {f.document_id}, {f.pages} pages, {f.records} numbers, {f.seconds or 0:.1f} s"
        elif f.status == "already_present":
            what = f"document {f.document_id}"
        else:
            what = f"{f.code}: {f.reason}"
        lines.append(f"  {f.status:15}  {f.path}  {what}")
    if not detail.files:
        lines.append("  (no files)")
    return "\n".join(lines)
