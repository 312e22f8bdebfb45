"""Telling a run that is still going from one whose process was killed: by the pid and host stored in it."""

from __future__ import annotations

import os
import socket
from pathlib import Path

from db.runs import Run


def process_alive(pid: int, hostname: str) -> bool:
    """Whether the process could still be running. A run of another host cannot be checked and counts as
    alive; so does a pid that was reused since (conservative: it stays 'running' until that process ends)."""
    if hostname != socket.gethostname():
        return True
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return not _zombie(pid)


def run_alive(run: Run) -> bool:
    return process_alive(run.pid, run.hostname)


def _zombie(pid: int) -> bool:
    """A process that exited but was not reaped yet (Linux; elsewhere never)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rsplit(")", 1)[-1].split()[:1] == ["Z"]
