"""The default reader (pdfium) reproduces the pdfplumber reader's values on every golden file.

Extracting every golden file twice would double the suite's longest wait, so the pdfplumber reader's values
are kept as a snapshot, ``tests/data/reader_snapshot.json``: per golden PDF, one short hash per value (its
section, table, row and column labels, arm, statistic, value and qualifier, as ``bench/reader_agreement.py``
compares them). The default reader's records (extracted once for the golden tests by ``conftest.py``) must
reproduce at least 99.5% of each file's values. The snapshot is checked fresh by extracting three small
golden files again with the pdfplumber reader.

When a change of the extractors changes records (of both readers alike), the freshness test fails; write the
snapshot again, with the pdfplumber reader, and review the agreement it prints:

    python -m tests.extraction.test_reader_snapshot
"""

from __future__ import annotations

import hashlib
import json
import sys
from collections import Counter
from collections.abc import Callable, Iterable
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pytest

from extractors.loader import default_reader
from extractors.pipeline import extract
from extractors.readers.pages import RawPage
from schemas.extraction import Extraction
from schemas.records import Record
from tests.extraction.conftest import PDFS, golden_files, load_golden

SNAPSHOT = Path(__file__).resolve().parents[1] / "data" / "reader_snapshot.json"
SNAPSHOT_READER = "pdfplumber"
TARGET = 0.995
REWRITE = "python -m tests.extraction.test_reader_snapshot"
# small golden files (2-3 pages) re-extracted to show the snapshot is fresh: a flow chart, a table printed
# sideways (rotated text), a table with leader dots
FRESHNESS = ("zoo-flow-siltuximab.pdf", "zoo-sideways-sunitinib.pdf", "zoo-leaders-derazantinib.pdf")


def value_hashes(records: Iterable[Record]) -> list[str]:
    """One 12-hex-digit hash per value, sorted: the comparison key of ``bench/reader_agreement.py``."""
    out = []
    for r in records:
        key = [r.section, r.table, list(r.row), list(r.column), r.arm, r.statistic, str(r.value), r.qualifier]
        text = json.dumps(key, ensure_ascii=False, default=str)
        out.append(hashlib.sha1(text.encode("utf-8")).hexdigest()[:12])
    return sorted(out)


def agreement(expected: list[str], found: list[str]) -> float:
    """The share of the expected values (a multiset) found."""
    if not expected:
        return 1.0
    return sum((Counter(expected) & Counter(found)).values()) / len(expected)


def golden_pdfs() -> list[str]:
    return sorted({load_golden(p)["pdf"] for p in golden_files()})


def load_snapshot() -> dict[str, object]:
    data: dict[str, object] = json.loads(SNAPSHOT.read_text(encoding="utf-8"))
    return data


def _snapshot_values(name: str) -> list[str]:
    values = load_snapshot()["values"]
    assert isinstance(values, dict) and name in values, f"{name} is not in {SNAPSHOT.name}: write it again"
    found: list[str] = values[name]
    return found


def test_the_snapshot_covers_every_golden_file_and_is_of_the_other_reader() -> None:
    snapshot = load_snapshot()
    assert snapshot["reader"] == SNAPSHOT_READER
    assert default_reader() == "pdfium"  # the golden extractions compared here are the pdfium reader's
    values = snapshot["values"]
    assert isinstance(values, dict) and sorted(values) == golden_pdfs()
    assert sum(len(v) for v in values.values()) > 10_000


@pytest.mark.parametrize("name", FRESHNESS)
def test_the_snapshot_is_fresh(name: str) -> None:
    """The pdfplumber reader's values today are the snapshot's, exactly (else: write the snapshot again)."""
    expected = _snapshot_values(name)
    assert len(expected) > 20
    found = value_hashes(extract(PDFS / name, reader=SNAPSHOT_READER).records)
    assert found == expected, f"{SNAPSHOT.name} is stale: write it again with {REWRITE} and review the change"


@pytest.mark.parametrize("name", golden_pdfs())
def test_the_default_reader_reproduces_the_pdfplumber_values(
    name: str, extraction: Callable[[str], Extraction]
) -> None:
    expected = _snapshot_values(name)
    share = agreement(expected, value_hashes(extraction(name).records))
    assert share >= TARGET, (
        f"{name}: the default reader reproduces {share:.1%} of the pdfplumber reader's values"
        f" (if the freshness test fails too, write the snapshot again first: {REWRITE})"
    )


def test_marked_content_actual_text_does_not_replace_the_glyphs() -> None:
    """A typesetter's hyphen wrapped in ``/Span <</ActualText (...)>> BDC``: PDFium's text page reports the
    replacement, pdfminer the glyph; the pdfium reader reads the glyph too."""
    from extractors.readers import pdfium, plumber
    from tests.ingest.makers import pdf_from_objects

    content = b"BT /F1 12 Tf 72 700 Td (Score) Tj /Span <</ActualText (X)>> BDC (-) Tj EMC (A 12) Tj ET"
    data = pdf_from_objects(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
            b" /Resources << /Font << /F1 5 0 R >> >> >>",
            b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        ]
    )
    texts = []
    for reader in (plumber, pdfium):
        pages: list[RawPage] = []
        reader.read(data, "actual-text.pdf", None, pages.append)
        texts.append("".join(c["text"] for c in pages[0].chars))
    assert texts == ["Score-A 12", "Score-A 12"]


def _hashes_of(name: str) -> list[str]:
    return value_hashes(extract(PDFS / name, reader=SNAPSHOT_READER).records)


def write_snapshot(jobs: int = 2) -> dict[str, list[str]]:
    """Extract every golden PDF with the pdfplumber reader and write the snapshot."""
    names = golden_pdfs()
    with ProcessPoolExecutor(max_workers=max(1, jobs)) as pool:
        values = dict(zip(names, pool.map(_hashes_of, names, chunksize=1), strict=True))
    SNAPSHOT.write_text(
        json.dumps({"reader": SNAPSHOT_READER, "values": values}, indent=0, sort_keys=True) + "\n", encoding="utf-8"
    )
    return values


if __name__ == "__main__":
    written = write_snapshot()
    print(f"{SNAPSHOT}: {sum(len(v) for v in written.values())} values of {len(written)} golden PDFs", file=sys.stderr)
