"""A geometric mean spelled short, read end to end: page tests/typeset/read_back/pk-spellings.html ("Geo. Mean
(CV%)", "GeoMean (CV%)" statistic rows, "Geometric LS mean" heads over a ratio's "(90% CI)", a legend "geometric
means with coefficients of variation in parentheses"), gold tests/extraction/read_back_pk_spellings_gold.py (written
before the page was first read). The forms were found by probing the cell grammar with the spellings of clinical
study reports' table shells (the sources beside the page's comment).

First contact at main a12ea63 (the wording rules of extractors/legend_wording.py switched off): 20 of 44 values
right, **4 geometric LS means read as arithmetic means**, 20 withheld ("Geo. Mean (CV%)" and the legend's wording
not read). Fixed: the short spellings ("Geo. Mean", "Geo mean", "GeoMean", "G-mean", "geometric LS mean",
"geometric least-squares mean") and "(geometric) coefficient(s) of variation" are canonical in every label and
legend a cell is read by, and "<estimate>s with <spread>s in parentheses" is the estimate's statement
(legend_wording.py). End: 44 of 44 right, none wrong.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from extractors.pipeline import extract
from schemas.extraction import Extraction
from tests.extraction.read_back_gold import compare
from tests.extraction.read_back_pk_spellings_gold import GOLD

PDF = Path(__file__).resolve().parents[1] / "data" / "read_back" / "pk-spellings.pdf"
RIGHT_AT_LEAST = 44


@cache
def _extraction() -> Extraction:
    return extract(PDF)


@pytest.mark.parametrize("table", list(GOLD))
def test_a_geometric_mean_spelled_short_is_a_geometric_mean(table: str) -> None:
    # a PK record's group is its dose; the column path names the condition (unnamed=True)
    got = compare(GOLD[table], [r for r in _extraction().records if r.table == table], unnamed=True)
    assert not got.wrong and not got.mislabeled and not got.wrong_arm and not got.extra
    assert not got.withheld


def test_right_values_do_not_fall() -> None:
    records = _extraction().records
    right = sum(
        len(compare(cells, [r for r in records if r.table == t], unnamed=True).right) for t, cells in GOLD.items()
    )
    assert right >= RIGHT_AT_LEAST
    assert not [r for r in records if r.statistic == "mean" and r.table in ("Table 1", "Table 3", "Table 4")]
