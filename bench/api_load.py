"""Read throughput of the API: requests/second and p50/p99 latency of GET /trials/{nct_id}/efficacy.

Every PDF of tests/data/pdfs/ with a golden file in tests/data/golden/ is extracted, checked and stored in
a temporary SQLite database; ``trialex serve`` (one uvicorn process) serves it on a free port;
httpx.AsyncClient then sends a fixed number of requests with 10 and 50 concurrent clients, cycling over
the trials that have efficacy values. Client and server share this machine's CPUs, so the figures are a floor.

    .venv/bin/python bench/api_load.py [--requests 2000] [--concurrency 10 50] [--view typed|values]
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


def start_server(database_url: str, port: int, log: Path) -> subprocess.Popen[bytes]:
    trialex = Path(sys.executable).with_name("trialex")
    process = subprocess.Popen(
        [str(trialex), "serve", "--port", str(port), "--database-url", database_url, "--log-level", "warning"],
        stdout=log.open("wb"),
        stderr=subprocess.STDOUT,
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
    parser.add_argument("--requests", type=int, default=2000, help="requests per concurrency level (2000)")
    parser.add_argument("--concurrency", type=int, nargs="+", default=[10, 50], help="clients at once (10 50)")
    parser.add_argument(
        "--view",
        choices=("typed", "values"),
        default="typed",
        help="typed sections (default) or the long-form values view",
    )
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
        query = "" if args.view == "typed" else "?view=values&limit=100"
        paths = [f"/trials/{nct}/efficacy{query}" for nct in sorted(efficacy)]
        port = free_port()
        server = start_server(database_url, port, Path(tmp) / "server.log")
        try:
            base = f"http://127.0.0.1:{port}"
            runs = [asyncio.run(hammer(base, paths, concurrency=c, requests=args.requests)) for c in args.concurrency]
        finally:
            server.terminate()
            server.wait(timeout=15)

    print(
        f"\nGET /trials/{{nct_id}}/efficacy{query}  (uvicorn, 1 process, SQLite; "
        f"{os.cpu_count()} CPUs shared with the client)"
    )
    header = ("clients", 8), ("requests", 9), ("errors", 7), ("req/s", 8), ("p50 ms", 8), ("p99 ms", 8), ("mean ms", 8)
    print(" ".join(f"{name:>{width}}" for name, width in header))
    for run in runs:
        print(
            f"{run.concurrency:>8} {run.requests:>9} {run.errors:>7} {run.rps:>8.1f} "
            f"{run.percentile(0.50):>8.1f} {run.percentile(0.99):>8.1f} "
            f"{statistics.fmean(run.latencies_ms):>8.1f}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
