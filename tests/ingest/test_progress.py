"""Progress: a bar with an ETA on a terminal (a real pseudo-terminal for the real command), one line per file
otherwise, and the end-of-run summary."""

from __future__ import annotations

import io
import os
import pty
import shutil
import subprocess
import sys
from pathlib import Path

from trialex.ingest.outcome import FileResult, RunSummary
from trialex.ingest.progress import LogLines, ProgressBar, duration, format_summary, make_reporter

from .conftest import child_env, sqlite_url
from .makers import ABSTRACT, PDFS


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def result(name: str, status: str = "ingested", **kw: object) -> FileResult:
    fields: dict[str, object] = {"document_id": 1, "pages": 6, "records": 100, "seconds": 1.5} | kw
    return FileResult(path=Path("inbox") / name, status=status, **fields)  # type: ignore[arg-type]


def test_the_bar_counts_and_estimates_the_time_left() -> None:
    clock, out = Clock(), Terminal()
    bar = ProgressBar(out, columns=200, clock=clock)
    bar.start(7, 4)
    assert "run 7 [....................] 0/4" in bar.line() and "ETA --:--" in bar.line()
    clock.now += 10
    bar.file_done(result("a.pdf"))
    bar.file_done(result("b.pdf", "already_present"))
    line = bar.line()
    assert "2/4" in line and " 50%" in line and "ok 1  present 1  failed 0" in line
    assert "ETA 0:10" in line and line.endswith("b.pdf")
    bar.file_done(result("c.pdf", "failed", code="timeout", reason="took longer than 8 s"))
    assert "inbox/c.pdf: failed (timeout): took longer than 8 s\n" in out.getvalue()
    bar.finish()
    assert out.getvalue().endswith("\n") and "\r" in out.getvalue()


def test_the_bar_fits_the_terminal() -> None:
    bar = ProgressBar(Terminal(), columns=40, clock=Clock())
    bar.start(1, 3)
    bar.file_done(result("a-very-long-file-name-of-a-paper.pdf"))
    assert len(bar.line()) == 39


def test_a_terminal_gets_the_bar_anything_else_log_lines() -> None:
    assert isinstance(make_reporter(Terminal()), ProgressBar)
    assert isinstance(make_reporter(io.StringIO()), LogLines)
    out = io.StringIO()
    lines = LogLines(out)
    lines.start(3, 2)
    lines.file_done(result("a.pdf"))
    lines.file_done(result("b.pdf", "failed", code="not-a-pdf", reason="the file is not a PDF"))
    assert out.getvalue().splitlines() == [
        "trialex ingest: run 3: 2 PDF files to look at",
        "[1/2] inbox/a.pdf: ingested as document 1: 6 pages, 100 numbers, 1.5 s",
        "[2/2] inbox/b.pdf: failed (not-a-pdf): the file is not a PDF",
    ]


def test_the_summary() -> None:
    summary = RunSummary(
        run_id=4,
        status="interrupted",
        found=5,
        seconds=120.0,
        error="stopped by SIGTERM",
        results=(
            result("a.pdf", pages=10, peak_rss_mb=80.0),
            result("b.pdf", pages=2),
            result("c.pdf", "failed", code="timeout", reason="took too long"),
        ),
    )
    text = format_summary(summary)
    assert text.splitlines()[0] == "run 4 interrupted in 2:00 (120.0 s): stopped by SIGTERM"
    assert "ingested         2  (12 pages; 1.0 files/min, 0.10 pages/s)" in text
    assert "failed           1\n    inbox/c.pdf: timeout: took too long" in text
    assert "not handled      2  (a rerun ingests them)" in text
    assert "worker peak memory 80 MB" in text
    assert (duration(42), duration(725), duration(10929)) == ("0:42", "12:05", "3:02:09")


def test_the_real_command_draws_a_bar_on_a_terminal(tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    shutil.copy(ABSTRACT, inbox)
    shutil.copy(PDFS / "abs-abexinostat-fl-asco2024.pdf", inbox)
    leader, follower = pty.openpty()
    try:
        process = subprocess.run(
            [
                sys.executable,
                "-m",
                "trialex.cli",
                "ingest",
                str(inbox),
                "--database-url",
                sqlite_url(tmp_path / "t.db"),
            ],
            stdout=subprocess.PIPE,
            stderr=follower,
            cwd=tmp_path,
            env=child_env(),
            timeout=120,
            text=True,
        )
        os.close(follower)
        drawn = b""
        while True:
            try:
                chunk = os.read(leader, 65536)
            except OSError:
                break
            if not chunk:
                break
            drawn += chunk
    finally:
        os.close(leader)
    assert process.returncode == 0
    screen = drawn.decode()
    assert "\r" in screen and "ETA" in screen and "2/2 100%" in screen and "ok 2" in screen
    assert "completed" in process.stdout  # the summary goes to stdout
