"""Read latency of the API: p50/p99 and requests/second of the typed efficacy, long-form values and CSV
endpoints of the largest stored trial (the most efficacy values), at 1, 10 and 50 concurrent clients.

Every PDF of tests/data/pdfs/ with a golden file in tests/data/golden/ is extracted, checked and stored in
a temporary SQLite database; ``trialex serve`` (one uvicorn process, httptools and uvloop; ``--workers N``
for more) serves it on a free port; httpx.AsyncClient then sends a fixed number of requests per endpoint
and concurrency, each client on a keep-alive connection of a minimal HTTP/1.1 client (asyncio streams) that
costs the shared CPUs little. Client and server share this machine's CPUs, so the figures are a floor.
A closed loop of N clients waits N / throughput on average (Little's law): p50 at 50 clients is 50 divided
by the requests per second the machine manages.

    .venv/bin/python bench/api_load.py [--requests 1000] [--concurrency 1 10 50] [--workers 1]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import httpx

from db.engine import init_db, make_engine, session_scope
from db.store import save_extraction
from extractors.pipeline import extract
from schemas.extraction import Extraction
from service.worker import with_checks

ROOT = Path(__file__).resolve().parents[1]
PDFS = ROOT / "tests" / "data" / "pdfs"
GOLDEN = ROOT / "tests" / "data" / "golden"


@dataclass
class Run:
    concurrency: int
    requests: int
    seconds: float
    latencies_ms: list[float]
    errors: int

    @property
    def rps(self) -> float:
        return self.requests / self.seconds

    def percentile(self, q: float) -> float:
        ordered = sorted(self.latencies_ms)
        return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def golden_pdfs() -> list[Path]:
    return sorted(p for p in PDFS.glob("*.pdf") if (GOLDEN / f"{p.stem}.json").exists())


def _extract(path: Path) -> Extraction | str:
    try:
        return with_checks(extract(path))
    except Exception as exc:  # a bench reports what failed and goes on
        return f"{type(exc).__name__}: {exc}"


def load(database_url: str, pdfs: list[Path]) -> dict[str, int]:
    """Extract and store every PDF; return the NCT ids with efficacy values and how many each has."""
    engine = make_engine(database_url)
    init_db(engine)
    efficacy: dict[str, int] = {}
    with ProcessPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        for path, result in zip(pdfs, pool.map(_extract, pdfs), strict=True):
            if isinstance(result, str):
                print(f"  skipped {path.name}: {result}", file=sys.stderr)
                continue
            with session_scope(engine) as session:
                save_extraction(session=session, extraction=result)
            n = sum(r.section == "efficacy" for r in result.records)
            if result.metadata.nct_ids and n:
                efficacy[result.metadata.nct_ids[0]] = efficacy.get(result.metadata.nct_ids[0], 0) + n
    engine.dispose()
    return efficacy


def counts(database_url: str) -> dict[str, int]:
    """Efficacy values per trial of a database loaded before."""
    from sqlalchemy import text

    engine = make_engine(database_url)
    with engine.connect() as conn:
        rows = conn.execute(
            text(
                "SELECT d.nct_id, count(*) FROM records r JOIN documents d ON d.id = r.document_id"
                " WHERE r.section = 'efficacy' AND d.nct_id IS NOT NULL GROUP BY d.nct_id"
            )
        ).all()
    engine.dispose()
    return {nct: n for nct, n in rows}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def start_server(database_url: str, port: int, log: Path, workers: int = 1) -> subprocess.Popen[bytes]:
    trialex = Path(sys.executable).with_name("trialex")
    process = subprocess.Popen(
        [
            str(trialex),
            "serve",
            "--port",
            str(port),
            "--database-url",
            database_url,
            "--log-level",
            "warning",
            "--workers",
            str(workers),
            "--http",
            "httptools",
            "--loop",
            "uvloop",
        ],
        stdout=log.open("wb"),
        stderr=subprocess.STDOUT,
        cwd=log.parent,
    )
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"the server exited: {log.read_text()}")
        try:
            if httpx.get(f"http://127.0.0.1:{port}/health", timeout=1).status_code == 200:
                return process
        except httpx.TransportError:
            time.sleep(0.1)
    process.kill()
    raise SystemExit("the server did not start in 30 s")


class Connection:
    """A minimal HTTP/1.1 keep-alive client for GETs (the answers carry Content-Length): far less CPU per
    request than a general client, so that on a machine shared with the server the figures measure the
    server more than the client."""

    def __init__(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter, host: str) -> None:
        self.reader, self.writer, self.host = reader, writer, host

    @classmethod
    async def open(cls, host: str, port: int) -> Connection:
        reader, writer = await asyncio.open_connection(host, port)
        return cls(reader, writer, f"{host}:{port}")

    async def get(self, path: str) -> tuple[int, bytes]:
        self.writer.write(f"GET {path} HTTP/1.1\r\nHost: {self.host}\r\n\r\n".encode())
        head = await self.reader.readuntil(b"\r\n\r\n")
        status = int(head[9:12])
        length = 0
        for line in head.split(b"\r\n")[1:]:
            name, _, value = line.partition(b":")
            if name.lower() == b"content-length":
                length = int(value)
        body = await self.reader.readexactly(length) if length else b""
        return status, body

    def close(self) -> None:
        self.writer.close()


async def hammer(host: str, port: int, paths: list[str], *, concurrency: int, requests: int) -> Run:
    latencies: list[float] = []
    errors = 0
    next_request = 0
    connections = [await Connection.open(host, port) for _ in range(concurrency)]
    for path in paths:  # warm up: caches
        status, _ = await connections[0].get(path)
        if status != 200:
            raise SystemExit(f"GET {path}: {status}")

    async def worker(connection: Connection) -> None:
        nonlocal next_request, errors
        while next_request < requests:
            path = paths[next_request % len(paths)]
            next_request += 1
            started = time.perf_counter()
            status, _ = await connection.get(path)
            latencies.append((time.perf_counter() - started) * 1000)
            errors += status != 200

    started = time.perf_counter()
    await asyncio.gather(*(worker(c) for c in connections))
    seconds = time.perf_counter() - started
    for connection in connections:
        connection.close()
    return Run(concurrency, len(latencies), seconds, latencies, errors)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--requests", type=int, default=1000, help="requests per endpoint and level (1000)")
    parser.add_argument("--concurrency", type=int, nargs="+", default=[1, 10, 50], help="clients at once (1 10 50)")
    parser.add_argument("--workers", type=int, default=1, help="uvicorn worker processes (1)")
    parser.add_argument("--database", type=Path, help="keep the loaded SQLite file here (reused when it exists)")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="trialex-api-load-") as tmp:
        database = args.database or Path(tmp) / "bench.db"
        database_url = f"sqlite:///{database.resolve()}"
        pdfs = golden_pdfs()
        started = time.perf_counter()
        efficacy = counts(database_url) if database.exists() else load(database_url, pdfs)
        print(
            f"loaded {len(pdfs)} golden PDFs in {time.perf_counter() - started:.1f} s; "
            f"{len(efficacy)} trials with efficacy values ({sum(efficacy.values())} values)"
        )
        if not efficacy:
            raise SystemExit("no trial with efficacy values to query")
        largest = max(efficacy, key=lambda nct: efficacy[nct])
        endpoints = {
            "typed": f"/trials/{largest}/efficacy",
            "values": f"/trials/{largest}/efficacy?view=values&limit=1000",
            "csv": f"/trials/{largest}/efficacy?format=csv",
        }
        port = free_port()
        server = start_server(database_url, port, Path(tmp) / "server.log", workers=args.workers)
        try:
            runs = {
                (name, c): asyncio.run(hammer("127.0.0.1", port, [path], concurrency=c, requests=args.requests))
                for name, path in endpoints.items()
                for c in args.concurrency
            }
        finally:
            server.terminate()
            server.wait(timeout=15)

    print(
        f"\nlargest trial {largest}: {efficacy[largest]} efficacy values; uvicorn {args.workers} process(es),"
        f" httptools + uvloop, SQLite; {os.cpu_count()} CPUs shared with the client"
    )
    header = (
        ("endpoint", 8),
        ("clients", 8),
        ("requests", 9),
        ("errors", 7),
        ("req/s", 8),
        ("p50 ms", 8),
        ("p99 ms", 8),
        ("mean ms", 8),
    )
    print(" ".join(f"{name:>{width}}" for name, width in header))
    for (name, _), run in runs.items():
        print(
            f"{name:>8} {run.concurrency:>8} {run.requests:>9} {run.errors:>7} {run.rps:>8.1f} "
            f"{run.percentile(0.50):>8.1f} {run.percentile(0.99):>8.1f} "
            f"{statistics.fmean(run.latencies_ms):>8.1f}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
