"""Telling the user how a batch goes: a one-line progress bar with an ETA on a terminal, plain log lines (one
per file) otherwise, and the summary at the end."""

from __future__ import annotations

import shutil
import time
from collections.abc import Callable
from typing import Protocol, TextIO

from trialex.ingest.outcome import FileResult, RunSummary

_REDRAW_S = 0.25


class Reporter(Protocol):
    def start(self, run_id: int, total: int) -> None: ...
    def file_done(self, result: FileResult) -> None: ...
    def tick(self) -> None: ...
    def finish(self) -> None: ...


def make_reporter(stream: TextIO) -> Reporter:
    """A progress bar when ``stream`` is a terminal, log lines otherwise (cron, systemd, a pipe)."""
    return ProgressBar(stream) if stream.isatty() else LogLines(stream)


def duration(seconds: float) -> str:
    """``0:42``, ``12:05``, ``3:02:09``."""
    total = round(max(seconds, 0.0))
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def plural(n: int, word: str) -> str:
    return f"{n} {word}{'s' * (n != 1)}"


def describe(result: FileResult) -> str:
    """What happened to one file, in a few words."""
    if result.status == "ingested":
        return (
            f"ingested as document {result.document_id}: {plural(result.pages or 0, 'page')}, "
            f"{plural(result.records or 0, 'number')}, {result.seconds or 0:.1f} s"
        )
    if result.status == "already_present":
        return f"already present as document {result.document_id}"
    return f"failed ({result.code}): {result.reason}"


class LogLines:
    """One line per file: ``[3/20] inbox/a.pdf: ingested as document 7: 12 pages, ...``."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.total = 0
        self.done = 0

    def start(self, run_id: int, total: int) -> None:
        self.total, self.done = total, 0
        self._print(f"trialex ingest: run {run_id}: {plural(total, 'PDF file')} to look at")

    def file_done(self, result: FileResult) -> None:
        self.done += 1
        self._print(f"[{self.done}/{self.total}] {result.path}: {describe(result)}")

    def tick(self) -> None:
        return None

    def finish(self) -> None:
        return None

    def _print(self, line: str) -> None:
        self.stream.write(line + "\n")
        self.stream.flush()


class ProgressBar:
    """``run 4 [#######.........]  7/20  35%  ok 5  present 1  failed 1  ETA 0:42  last.pdf``, redrawn in
    place with a carriage return. The ETA assumes the files left take as long on average as those done."""

    def __init__(
        self, stream: TextIO, *, columns: int | None = None, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.stream = stream
        self.columns = columns
        self.clock = clock
        self.run_id = 0
        self.total = 0
        self.counts = {"ingested": 0, "already_present": 0, "failed": 0}
        self.last = ""
        self.started = clock()
        self._drawn = 0.0

    def start(self, run_id: int, total: int) -> None:
        self.run_id, self.total = run_id, total
        self.counts = dict.fromkeys(self.counts, 0)
        self.started = self.clock()
        self._draw()

    def file_done(self, result: FileResult) -> None:
        self.counts[result.status] += 1
        self.last = result.path.name
        if result.status == "failed":  # failures stay on screen, above the bar
            self.stream.write(f"\r\x1b[K{result.path}: {describe(result)}\n")
        self._draw()

    def tick(self) -> None:
        if self.clock() - self._drawn >= _REDRAW_S:
            self._draw()

    def finish(self) -> None:
        self._draw()
        self.stream.write("\n")
        self.stream.flush()

    @property
    def done(self) -> int:
        return sum(self.counts.values())

    def eta(self) -> str:
        elapsed = self.clock() - self.started
        if self.done == 0:
            return "--:--"
        return duration(elapsed / self.done * (self.total - self.done))

    def line(self) -> str:
        columns = self.columns or shutil.get_terminal_size((100, 20)).columns
        share = self.done / self.total if self.total else 1.0
        width = 20
        filled = round(share * width)
        c = self.counts
        text = (
            f"run {self.run_id} [{'#' * filled}{'.' * (width - filled)}] {self.done}/{self.total} "
            f"{share:4.0%}  ok {c['ingested']}  present {c['already_present']}  failed {c['failed']}  "
            f"ETA {self.eta()}  {self.last}"
        )
        return text[: max(columns - 1, 10)]

    def _draw(self) -> None:
        self._drawn = self.clock()
        self.stream.write("\r\x1b[K" + self.line())
        self.stream.flush()


def format_summary(summary: RunSummary) -> str:
    """The end-of-run report: counts, speed, and every failure with its reason."""
    lines = [
        f"run {summary.run_id} {summary.status} in {duration(summary.seconds)} ({summary.seconds:.1f} s)"
        + (f": {summary.error}" if summary.error else ""),
        f"  found            {summary.found}",
        f"  ingested         {summary.ingested}  ({plural(summary.pages, 'page')}; "
        f"{summary.files_per_min:.1f} files/min, {summary.pages_per_s:.2f} pages/s)",
        f"  already present  {summary.already_present}",
        f"  failed           {summary.failed}",
    ]
    lines += [f"    {r.path}: {r.code}: {r.reason}" for r in summary.results if r.status == "failed"]
    not_done = summary.found - len(summary.results)
    if not_done > 0:
        lines.append(f"  not handled      {not_done}  (a rerun ingests them)")
    if summary.peak_rss_mb is not None:
        lines.append(f"  worker peak memory {summary.peak_rss_mb:.0f} MB")
    return "\n".join(lines)
