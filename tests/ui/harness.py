"""A real server and a real browser for the UI tests: uvicorn in a subprocess on a free port of 8200-8299,
with a SQLite file and a blob store in a temporary directory, and Debian's chromium driven by Playwright
(``/usr/bin/chromium``, or ``TRIALEX_CHROMIUM``; Playwright never downloads a browser here)."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
from playwright.sync_api import Browser, sync_playwright

ROOT = Path(__file__).resolve().parents[2]
PORTS = range(8240, 8300)
CHROMIUM = os.environ.get("TRIALEX_CHROMIUM", "/usr/bin/chromium")
STARTUP_S = 60.0


def free_port() -> int:
    for port in PORTS:
        with socket.socket() as s:
            try:
                s.bind(("127.0.0.1", port))
            except OSError:
                continue
            return port
    raise RuntimeError(f"no free port in {PORTS.start}-{PORTS.stop - 1}")


@contextmanager
def server(workdir: Path, **env: str) -> Iterator[str]:
    """``uvicorn service.main:app`` on a fresh SQLite file; yields its base URL."""
    port = free_port()
    log = (workdir / "uvicorn.log").open("wb")
    environ = {
        **os.environ,
        "TRIALEX_DATABASE_URL": f"sqlite:///{workdir / 'trialex.db'}",
        "TRIALEX_BLOB_DIR": str(workdir / "blobs"),
        **env,
    }
    proc = subprocess.Popen(
        [sys.executable, "-m", "uvicorn", "service.main:app", "--host", "127.0.0.1", "--port", str(port)],
        cwd=ROOT,
        env=environ,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + STARTUP_S
        while True:
            if proc.poll() is not None:
                raise RuntimeError(f"uvicorn exited: {(workdir / 'uvicorn.log').read_text()}")
            try:
                if httpx.get(f"{base}/health", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError("uvicorn did not answer /health")
            time.sleep(0.2)
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        log.close()


@contextmanager
def chromium() -> Iterator[Browser]:
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
        try:
            yield browser
        finally:
            browser.close()
