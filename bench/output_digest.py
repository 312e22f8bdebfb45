"""One sha256 of the whole extraction output, to prove a speed-up changed nothing.

    python bench/output_digest.py [PDF ...] [--jobs N] [--quiet]

For every PDF (default: every PDF in tests/data/pdfs) and both readers (pdfium, pdfplumber) it extracts
with ``extractors.pipeline.extract`` and hashes the JSON of the Extraction without its ``seconds`` timing
field (records, findings, tables, metadata, and also arms, sections and document info). It prints one
digest per file and reader, and one overall digest last: run it before and after a change, the overall
line must be identical.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

READERS = ("pdfium", "pdfplumber")


def digest(path: Path, reader: str) -> str:
    from extractors.pipeline import extract

    data = extract(path, reader=reader).model_dump(mode="json", exclude={"seconds"})
    return hashlib.sha256(json.dumps(data, sort_keys=True).encode()).hexdigest()


def _job(item: tuple[Path, str]) -> str:
    return digest(*item)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("pdfs", nargs="*", type=Path, help="PDFs (default: every PDF in tests/data/pdfs)")
    parser.add_argument("--jobs", type=int, default=2, help="worker processes (2)")
    parser.add_argument("--quiet", action="store_true", help="print the overall digest only")
    args = parser.parse_args()
    pdfs = args.pdfs or sorted((ROOT / "tests/data/pdfs").glob("*.pdf"))
    items = [(path, reader) for path in pdfs for reader in READERS]
    with ProcessPoolExecutor(args.jobs) as pool:
        digests = list(pool.map(_job, items, chunksize=1))
    overall = hashlib.sha256()
    for (path, reader), value in zip(items, digests, strict=True):
        overall.update(f"{path.name} {reader} {value}\n".encode())
        if not args.quiet:
            print(f"{value}  {reader:10s} {path.name}")
    print(f"{overall.hexdigest()}  overall ({len(pdfs)} PDFs x {len(READERS)} readers)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
