"""Killing a real ``trialex ingest`` part-way (SIGKILL: no chance to clean up) loses nothing stored and leaves
no half-stored document; the run stays 'running', the next run marks it interrupted and ingests the rest
without duplicates. SIGTERM stops a run cleanly, recorded as interrupted."""

from __future__ import annotations

import hashlib
import shutil
import signal
from pathlib import Path

from tests.service.hostile import endless_pages

from .conftest import (
    documents_whole,
    read_runs,
    rows,
    scalar,
    sqlite_url,
    start_trialex,
    stop,
    stored_documents,
    trialex,
    wait_for,
)
from .makers import JATS


def copy_papers(folder: Path) -> list[Path]:
    """The four smallest JATS papers: enough to be killed part-way, few enough for a quick rerun."""
    folder.mkdir()
    smallest = sorted(JATS, key=lambda p: p.stat().st_size)[:4]
    assert len(smallest) == 4
    return [Path(shutil.copy(p, folder / p.name)) for p in smallest]


def descendants(pid: int) -> set[int]:
    """The processes below ``pid`` (the forkserver and the extraction workers), from /proc."""
    parents: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            parents[int(entry.name)] = int(stat.rsplit(")", 1)[1].split()[1])
    found: set[int] = set()
    frontier = {pid}
    while frontier:
        frontier = {child for child, parent in parents.items() if parent in frontier} - found
        found |= frontier
    return found


def gone(pid: int) -> bool:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return True
    return stat.rsplit(")", 1)[1].split()[0] == "Z"


def test_sigkill_part_way_loses_nothing_and_a_rerun_finishes(tmp_path: Path) -> None:
    papers = copy_papers(tmp_path / "inbox")
    url = sqlite_url(tmp_path / "trialex.db")
    args = ["ingest", str(tmp_path / "inbox"), "--workers", "1", "--database-url", url]
    process = start_trialex(*args, cwd=tmp_path)
    try:
        wait_for(lambda: stored_documents(url) >= 1, timeout=120, what="the first document to be committed")
        workers = descendants(process.pid)
        assert workers, "the extraction runs in child processes"
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait(30)
    assert process.returncode == -signal.SIGKILL
    wait_for(lambda: all(gone(pid) for pid in workers), timeout=60, what="the orphaned workers to stop")

    stored = stored_documents(url)
    assert 1 <= stored < len(papers), "killed part-way"
    assert documents_whole(url) == []
    killed = read_runs(url)[0]
    assert killed.run.status == "running" and killed.run.finished_at is None
    assert killed.run.pid == process.pid
    assert killed.run.ingested == len(killed.files) <= stored
    for f in killed.files:  # what the run recorded is stored, with the records it counted
        assert f.status == "ingested"
        assert scalar(url, f"SELECT count(*) FROM records WHERE document_id = {f.document_id}") == f.records
    shown = trialex("runs", "--database-url", url, cwd=tmp_path)
    assert "running (process gone)" in shown.stdout

    rerun = trialex(*args, cwd=tmp_path)
    assert rerun.returncode == 0, rerun.stdout + rerun.stderr
    assert stored_documents(url) == len(papers)
    assert documents_whole(url) == []
    hashes = {hashlib.sha256(p.read_bytes()).hexdigest() for p in papers}
    assert {r[0] for r in rows(url, "SELECT sha256 FROM documents")} == hashes
    interrupted, finished = read_runs(url)
    assert interrupted.run.status == "interrupted" and str(process.pid) in (interrupted.run.error or "")
    assert interrupted.run.finished_at is not None
    assert finished.run.status == "completed"
    assert (finished.run.ingested, finished.run.already_present, finished.run.failed) == (
        len(papers) - stored,
        stored,
        0,
    )
    for f in finished.files:
        if f.status == "ingested":
            stored_records = scalar(url, f"SELECT count(*) FROM records WHERE document_id = {f.document_id}")
            assert stored_records == f.records


def test_sigterm_stops_a_run_cleanly(tmp_path: Path) -> None:
    papers = copy_papers(tmp_path / "inbox")
    url = sqlite_url(tmp_path / "trialex.db")
    process = start_trialex("ingest", str(tmp_path / "inbox"), "--workers", "1", "--database-url", url, cwd=tmp_path)
    wait_for(lambda: stored_documents(url) >= 1, timeout=120, what="the first document to be committed")
    workers = descendants(process.pid)
    code = stop(process, signal.SIGTERM, timeout=15)
    out, err = process.communicate()
    assert code == 128 + signal.SIGTERM, out + err
    wait_for(lambda: all(gone(pid) for pid in workers), timeout=60, what="the workers to stop")
    (run,) = read_runs(url)
    assert run.run.status == "interrupted" and run.run.error == "stopped by SIGTERM"
    assert run.run.finished_at is not None
    assert f"run {run.run.id} interrupted" in out and "not handled" in out
    stored = stored_documents(url)
    assert 1 <= stored < len(papers) and run.run.ingested == stored == len(run.files)
    assert documents_whole(url) == []


def test_a_worker_orphaned_by_sigkill_stops_by_itself(tmp_path: Path) -> None:
    """The worker of a file that would take minutes does not outlive its killed parent: the forkserver exits
    when the parent dies, and the worker asked to be killed when the forkserver goes."""
    (tmp_path / "inbox").mkdir()
    (tmp_path / "inbox" / "endless.pdf").write_bytes(endless_pages())  # minutes of work under either reader
    url = sqlite_url(tmp_path / "trialex.db")
    process = start_trialex(
        "ingest",
        str(tmp_path / "inbox"),
        "--workers",
        "1",
        "--timeout-per-file",
        "300",
        "--database-url",
        url,
        cwd=tmp_path,
    )
    try:
        wait_for(lambda: len(descendants(process.pid)) >= 2, timeout=60, what="the forkserver and a worker")
        below = descendants(process.pid)
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait(30)
    wait_for(lambda: all(gone(pid) for pid in below), timeout=60, what="the orphaned worker to stop")
