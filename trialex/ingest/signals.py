"""Stopping cleanly: SIGINT and SIGTERM set an event that the batch (and the watcher) look at, so the run is
recorded as interrupted and the workers are stopped instead of the process dying mid-write. A second signal
raises :class:`KeyboardInterrupt` for those who insist."""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType

SIGNALS = (signal.SIGINT, signal.SIGTERM)


class StopFlag:
    """Set by a stop signal (or by code); ``signum`` says which signal, if any."""

    def __init__(self) -> None:
        self.event = threading.Event()
        self.signum: int | None = None

    def is_set(self) -> bool:
        return self.event.is_set()

    def set(self, signum: int | None = None) -> None:
        if self.signum is None:
            self.signum = signum
        self.event.set()

    def wait(self, seconds: float) -> bool:
        return self.event.wait(seconds)

    @property
    def reason(self) -> str:
        if self.signum is None:
            return "stopped"
        return f"stopped by {signal.Signals(self.signum).name}"


@contextmanager
def stop_on_signals() -> Iterator[StopFlag]:
    """A :class:`StopFlag` set by SIGINT or SIGTERM while the block runs (main thread only)."""
    flag = StopFlag()

    def handle(signum: int, _frame: FrameType | None) -> None:
        if flag.is_set():
            raise KeyboardInterrupt
        flag.set(signum)

    previous = {s: signal.signal(s, handle) for s in SIGNALS}
    try:
        yield flag
    finally:
        for s, handler in previous.items():
            signal.signal(s, handler)
