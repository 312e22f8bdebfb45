"""A real inbox of good papers and every kind of bad file, ingested twice by the real command line: the good
ones are stored, each bad one is recorded with its reason, the counts add up, the exit status says so, and the
rerun stores nothing new."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from .conftest import DUPLICATE, GOOD_NAMES, Mixed, documents_whole, read_runs, rows, table_counts, trialex
from .makers import BAD_KINDS, HANG_TIMEOUT_S, HANGING, write_hanging_files

FOUND = len(GOOD_NAMES) + 1 + len(BAD_KINDS)  # the good papers, the copy, the bad files


def test_the_good_papers_are_stored_whole(mixed: Mixed) -> None:
    stored = {sha: name for sha, name in rows(mixed.url, "SELECT sha256, file_name FROM documents")}
    expected = {hashlib.sha256(path.read_bytes()).hexdigest() for path in GOOD_NAMES.values()}
    assert set(stored) == expected
    assert documents_whole(mixed.url) == []
    first = mixed.runs[0].by_name()
    for name in GOOD_NAMES:
        assert first[name].status == "ingested", first[name]
        assert first[name].document_id is not None and first[name].records and first[name].pages
        assert first[name].peak_rss_mb and first[name].seconds


@pytest.mark.parametrize("name", sorted(BAD_KINDS))
def test_each_bad_file_is_recorded_with_its_reason(mixed: Mixed, name: str) -> None:
    code, words = BAD_KINDS[name]
    for record in mixed.runs:
        failed = record.by_name()[name]
        assert (failed.status, failed.code) == ("failed", code), failed
        assert failed.reason and words in failed.reason, failed.reason
        assert failed.document_id is None
    assert f"{name}: {code}: " in mixed.first.stdout


def test_files_that_never_finish_are_stopped_at_the_time_limit(tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    write_hanging_files(inbox)
    url = f"sqlite:///{tmp_path / 'hang.db'}"
    args = ["ingest", str(inbox), "--workers", "2", "--timeout-per-file", str(HANG_TIMEOUT_S), "--database-url", url]
    result = trialex(*args, cwd=tmp_path)
    assert result.returncode == 1, result.stdout + result.stderr
    (record,) = read_runs(url)
    files = record.by_name()
    for name, (code, words) in HANGING.items():
        assert (files[name].status, files[name].code) == ("failed", code), files[name]
        reason = files[name].reason or ""
        assert words in reason
        assert (files[name].seconds or 0) >= HANG_TIMEOUT_S  # killed at its limit, not before
    assert table_counts(url)["documents"] == 0


def test_the_first_run_counts(mixed: Mixed) -> None:
    run = mixed.runs[0].run
    assert (run.status, run.found, run.seen) == ("completed", FOUND, FOUND)
    assert (run.ingested, run.already_present, run.failed) == (3, 1, len(BAD_KINDS))
    assert run.pages == sum(r[0] for r in rows(mixed.url, "SELECT pages FROM documents"))
    assert run.finished_at is not None and run.seconds > 0 and run.workers == 2
    assert len(mixed.runs[0].files) == FOUND


def test_hidden_and_non_pdf_files_are_not_picked_up(mixed: Mixed) -> None:
    names = set(mixed.runs[0].by_name())
    assert ".partial.pdf" not in names and "readme.txt" not in names
    assert "ABS-TQB3525.PDF" in names  # in a subfolder, upper-case extension


def test_the_same_bytes_twice_in_one_batch_are_stored_once(mixed: Mixed) -> None:
    files = mixed.runs[0].by_name()
    copy, original = files[DUPLICATE], files["seed-nct04728035.pdf"]
    assert copy.status == "already_present" and copy.document_id == original.document_id
    assert copy.sha256 == original.sha256
    assert copy.peak_rss_mb is None  # not extracted


def test_exit_status_and_summary(mixed: Mixed) -> None:
    assert mixed.first.returncode == 1, mixed.first.stderr
    out = mixed.first.stdout
    assert f"run {mixed.runs[0].run.id} completed" in out
    assert f"found            {FOUND}" in out
    assert "ingested         3" in out and "already present  1" in out
    assert f"failed           {len(BAD_KINDS)}" in out
    assert "files/min" in out and "pages/s" in out and "worker peak memory" in out


def test_not_a_terminal_gives_one_log_line_per_file(mixed: Mixed) -> None:
    lines = [line for line in mixed.first.stderr.splitlines() if line.startswith("[")]
    assert len(lines) == FOUND
    assert lines[-1].startswith(f"[{FOUND}/{FOUND}] ")
    assert "\r" not in mixed.first.stderr


def test_the_rerun_stores_nothing_new(mixed: Mixed) -> None:
    assert len(mixed.runs) == 2
    counts = table_counts(mixed.url)
    for table in ("documents", "records", "findings", "trials", "arms", "document_tables"):
        assert counts[table] == mixed.counts_after_first[table], table
    rerun = mixed.runs[1]
    assert (rerun.run.status, rerun.run.found, rerun.run.seen) == ("completed", FOUND, FOUND)
    assert (rerun.run.ingested, rerun.run.already_present, rerun.run.failed) == (0, 4, len(BAD_KINDS))
    assert rerun.run.pages == 0
    first = mixed.runs[0].by_name()
    for name in (*GOOD_NAMES, DUPLICATE):
        present = rerun.by_name()[name]
        assert present.status == "already_present" and present.document_id == first[name].document_id
        assert present.seconds is None and present.peak_rss_mb is None  # skipped without extraction


def test_the_rerun_reports_the_failures_again(mixed: Mixed) -> None:
    """Failed files are tried again by every run (documented in docs/scheduling.md), so cron keeps alerting
    until they are dealt with."""
    assert mixed.rerun.returncode == 1
    assert "ingested         0" in mixed.rerun.stdout and "already present  4" in mixed.rerun.stdout
    for name, (code, _) in BAD_KINDS.items():
        assert f"{name}: {code}: " in mixed.rerun.stdout
