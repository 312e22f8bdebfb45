"""Telling a 'running' run whose process is gone: by pid and host."""

from __future__ import annotations

import os
import socket
import subprocess
import time
from pathlib import Path

from trialex.ingest.liveness import process_alive

HOST = socket.gethostname()


def test_this_process_is_alive() -> None:
    assert process_alive(os.getpid(), HOST)


def test_an_ended_process_is_not() -> None:
    child = subprocess.Popen(["true"])
    child.wait()
    assert not process_alive(child.pid, HOST)


def test_an_unreaped_process_is_not() -> None:
    child = subprocess.Popen(["true"])
    deadline = time.monotonic() + 10
    while Path(f"/proc/{child.pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z":
        assert time.monotonic() < deadline
        time.sleep(0.01)
    try:
        assert not process_alive(child.pid, HOST)
    finally:
        child.wait()


def test_a_running_process_is_alive() -> None:
    child = subprocess.Popen(["sleep", "30"])
    try:
        assert process_alive(child.pid, HOST)
    finally:
        child.kill()
        child.wait()


def test_another_hosts_process_cannot_be_checked_and_counts_as_alive() -> None:
    assert process_alive(2**22 + 12345, HOST + "-elsewhere")
