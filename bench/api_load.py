"""Read latency of the API: p50/p99 and requests/second of the typed efficacy, long-form values and CSV
endpoints of the largest stored trial (the most efficacy values), at 1, 10 and 50 concurrent clients.

Every PDF of tests/data/pdfs/ with a golden file in tests/data/golden/ is extracted, checked and stored in
a temporary SQLite database; ``trialex serve`` (one uvicorn process, httptools and uvloop; ``--workers N``
for more) serves it on a free port; httpx.AsyncClient then sends a fixed number of requests per endpoint
and concurrency. Client and server share this machine's CPUs, so the figures are a floor.

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


async def hammer(base: str, paths: list[str], *, concurrency: int, requests: int) -> Run:
    latencies: list[float] = []
    errors = 0
    next_request = 0
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=60) as client:
        for path in paths:  # warm up: connections, caches
            (await client.get(path)).raise_for_status()

        async def worker() -> None:
            nonlocal next_request, errors
            while next_request < requests:
                path = paths[next_request % len(paths)]
                next_request += 1
                started = time.perf_counter()
                response = await client.get(path)
                await response.aread()
                latencies.append((time.perf_counter() - started) * 1000)
                errors += response.status_code != 200

        started = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(concurrency)))
        seconds = time.perf_counter() - started
    return Run(concurrency, len(latencies), seconds, latencies, errors)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--requests", type=int, default=1000, help="requests per endpoint and level (1000)")
    parser.add_argument("--concurrency", type=int, nargs="+", default=[1, 10, 50], help="clients at once (1 10 50)")
    parser.add_argument("--workers", type=int, default=1, help="uvicorn worker processes (1)")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="trialex-api-load-") as tmp:
        database_url = f"sqlite:///{Path(tmp) / 'bench.db'}"
        pdfs = golden_pdfs()
        started = time.perf_counter()
        efficacy = load(database_url, pdfs)
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
            base = f"http://127.0.0.1:{port}"
            runs = {
                (name, c): asyncio.run(hammer(base, [path], concurrency=c, requests=args.requests))
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
