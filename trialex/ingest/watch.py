"""``--watch``: rescan the paths every ``interval`` seconds and ingest what is new, until SIGTERM or SIGINT.

The watcher remembers the size and modification time of every file it has handled (stored, already present
or failed), so a scan only hashes files that are new or changed since; a file that failed is retried only
once it changes. A file modified in the last :data:`SETTLE_S` seconds is left for the next scan (it may still
be being copied). Each scan that finds something is one recorded run; a scan that finds nothing writes
nothing. The first scan of a folder hashes every file in it (what is stored already is reported present).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from sqlalchemy import Engine

from trialex.ingest.batch import IngestOptions, ingest
from trialex.ingest.discover import NoSuchPathError, find_pdfs
from trialex.ingest.outcome import RunSummary
from trialex.ingest.progress import Reporter
from trialex.ingest.signals import StopFlag

SETTLE_S = 2.0
log = logging.getLogger("trialex.ingest")

Signature = tuple[int, int]


def watch(
    paths: Sequence[str],
    *,
    engine: Engine,
    options: IngestOptions,
    stop: StopFlag,
    interval: float,
    reporter: Callable[[], Reporter],
    on_run: Callable[[RunSummary], None],
) -> int:
    """Scan and ingest until ``stop`` is set; returns how many runs were made."""
    known: dict[Path, Signature] = {}
    runs = 0
    while not stop.is_set():
        fresh = new_files(paths, known)
        if fresh:
            summary = ingest(paths, fresh, engine=engine, options=options, reporter=reporter(), stop=stop)
            runs += 1
            for result in summary.results:
                if result.signature is not None:
                    known[result.path] = result.signature
            on_run(summary)
        stop.wait(interval)
    return runs


def new_files(paths: Sequence[str], known: dict[Path, Signature], *, now: float | None = None) -> list[Path]:
    """The files under ``paths`` not handled yet in their current state, and settled."""
    now = time.time() if now is None else now
    try:
        files = find_pdfs(paths)
    except NoSuchPathError as exc:  # a watched folder went away: wait for it to come back
        log.warning("trialex ingest: %s", exc)
        return []
    fresh = []
    for path in files:
        try:
            stat = path.stat()
        except OSError:
            continue
        if known.get(path) == (stat.st_size, stat.st_mtime_ns) or now - stat.st_mtime < SETTLE_S:
            continue
        fresh.append(path)
    gone = set(known) - set(files)
    for path in gone:
        del known[path]
    return fresh
