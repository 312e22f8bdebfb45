"""``trialex ingest --watch``: a real poller picks up new files, records one run per scan that finds
something, does not retry an unchanged failed file, and stops cleanly on SIGTERM (exit 0)."""

from __future__ import annotations

import os
import shutil
import signal
import time
from pathlib import Path

from trialex.ingest.watch import SETTLE_S, new_files

from .conftest import read_runs, sqlite_url, start_trialex, stop, stored_documents, wait_for
from .makers import ABSTRACT, PDFS

SECOND = PDFS / "abs-abexinostat-fl-asco2024.pdf"


def settled(path: Path) -> Path:
    """Back-date the file, as if it had been copied in a minute ago."""
    old = time.time() - 60
    os.utime(path, (old, old))
    return path


def test_watch_ingests_what_arrives_until_sigterm(tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    settled(Path(shutil.copy(ABSTRACT, inbox / "first.pdf")))
    url = sqlite_url(tmp_path / "trialex.db")
    process = start_trialex("ingest", str(inbox), "--watch", "--interval", "0.3", "--database-url", url, cwd=tmp_path)
    try:
        wait_for(lambda: stored_documents(url) == 1, timeout=60, what="the first paper")
        staging = tmp_path / "staging"
        staging.mkdir()
        settled(Path(shutil.copy(SECOND, staging / "second.pdf")))
        (staging / "bad.pdf").write_bytes(b"not a PDF at all")
        settled(staging / "bad.pdf")
        os.rename(staging, inbox / "arrived")  # both appear at once

        def second_run_done() -> bool:
            runs = read_runs(url)
            return stored_documents(url) == 2 and len(runs) == 2 and runs[1].run.status == "completed"

        wait_for(second_run_done, timeout=60, what="the second scan's run")
        time.sleep(1.5)  # several more scans: nothing new, the failed file unchanged
        assert len(read_runs(url)) == 2
    finally:
        code = stop(process, signal.SIGTERM, timeout=15)
    out, err = process.communicate()
    assert code == 0, out + err
    assert "stopped by SIGTERM" in err
    first, second = read_runs(url)
    assert (first.run.found, first.run.ingested, first.run.failed) == (1, 1, 0)
    assert (second.run.found, second.run.ingested, second.run.failed) == (2, 1, 1)
    assert second.by_name()["bad.pdf"].code == "not-a-pdf"
    assert out.count(" completed in ") == 2


def test_a_scan_skips_known_unchanged_and_unsettled_files(tmp_path: Path) -> None:
    old, fresh, changed = (tmp_path / n for n in ("old.pdf", "fresh.pdf", "changed.pdf"))
    for path in (old, fresh, changed):
        path.write_bytes(b"%PDF-1.4 " + path.name.encode())
    settled(old)
    settled(changed)
    known = {p: (p.stat().st_size, p.stat().st_mtime_ns) for p in (old, changed)}
    changed.write_bytes(b"%PDF-1.4 changed since")
    settled(changed)
    gone = tmp_path / "deleted.pdf"
    known[gone] = (1, 1)
    now = time.time()
    assert new_files([str(tmp_path)], known, now=now) == [changed]  # fresh.pdf is not settled yet
    assert gone not in known
    assert fresh in new_files([str(tmp_path)], known, now=now + SETTLE_S + 1)
    assert new_files([str(tmp_path / "missing")], known) == []  # a watched folder that went away
