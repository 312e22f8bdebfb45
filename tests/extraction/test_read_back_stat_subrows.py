"""Statistic sub-rows as a published table prints them (tests/typeset/read_back/stat-subrows-sampled.html; the
address beside it in the HTML, numbers ours): each outcome a heading over "no. (%)" with "n/N (%)" cells, its CI in
a row of its own ("[95%-CI]" over "[lo–hi]"), "Median" and "Range" sub-rows. Gold
(tests/extraction/read_back_subrows_gold.py) was written before the page was first read: 39 of 39 right at first
contact (the zoo's statistic sub-row families cover the form); held here."""

from __future__ import annotations

from pathlib import Path

from extractors.pipeline import extract
from tests.extraction.read_back_gold import compare
from tests.extraction.read_back_subrows_gold import GOLD

READ_BACK = Path(__file__).resolve().parents[1] / "data" / "read_back"


def test_each_sub_row_takes_its_statistic_and_the_ci_row_its_bounds() -> None:
    records = extract(READ_BACK / "stat-subrows-sampled.pdf").records
    for table, gold in GOLD.items():
        got = compare(gold, [r for r in records if r.table == table])
        assert len(got.right) == 39
        assert not (got.wrong or got.mislabeled or got.wrong_arm or got.withheld or got.extra)
