"""A comparison of the arms printed in one arm's column (tests/typeset/read_back/contrast-in-arm-column.html; what
each table must give is tests/extraction/read_back_contrast_arm_gold.py, written before the page was first read).

A "Hazard ratio (95% CI)", "Stratified hazard ratio", "HR", "Odds ratio", "Difference, % (95% CI)", "Risk
difference", "Mean difference", "P value" or "Log-rank P" row with its value under the first or the last arm and
the other arm's cell blank, a dash, "Reference", "1.00" or "1.00 (reference)": the value is the comparison's, no
arm's (extractors/contrast_rows.py: no column, as a value centred across the arms).

First contact (Tables 1-6, 77 values; trialex at main cea08fa): 44 right, **33 silently under the arm** whose column
held them, and 4 records at no golden value (the reference's "1.00" read as Warfarin's hazard ratio; two "<0.001"
under an arm). Only a value in the first arm's column under an outcome with the other cells empty was read as the
comparison's. Fixed in extractors/contrast_rows.py (``reference_cells``: a dash, "Reference" or the reference's
1.00 beside a comparison's one value says the row is the comparison's, in any arm's column, under an outcome or in
a row of its own, and those cells give no record; with the other cells blank, a ratio or difference in any arm's
column, and a P value in the column of the comparison on the row just above it; "difference" labels name a
comparison) and extractors/structure.py (the marked cells skipped). End: 77 right, 0 wrong.

Second instances (Tables 7-11, 47 values, gold written after the fix): 46 right, 1 silently under its arm (a lone
"P value" row of its own, the value under the first arm, the other cell blank: Table 11). Fixed: a comparison's row
with its one value in the first arm's column, the others blank, is the comparison's in a row of its own too (it had
to sit under an outcome). End: 47 right. A P value alone under a later arm stays that arm's (it may be a test
within the arm); a ratio under each of two arms beside the control's "Reference" (Table 7) keeps its arm (each is
that arm's against the control).
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from extractors.contrast_rows import names_contrast, names_estimate
from extractors.pipeline import extract
from schemas.extraction import Extraction
from tests.extraction.read_back_contrast_arm_gold import GOLD, REFERENCE, SECOND
from tests.extraction.read_back_gold import compare

PAGE = Path(__file__).resolve().parents[1] / "data" / "read_back" / "contrast-in-arm-column.pdf"
TABLES = {**GOLD, **SECOND}


@cache
def _extraction() -> Extraction:
    return extract(PAGE)


@pytest.mark.parametrize("table", TABLES)
def test_a_comparison_under_an_arm_is_no_arms(table: str) -> None:
    records = [r for r in _extraction().records if r.table == table]
    got = compare(TABLES[table], records)
    assert not got.wrong and not got.mislabeled and not got.wrong_arm, got
    assert not got.withheld, got.withheld
    # the only records at no golden value: P values printed as a bound ("<0.001"), read with no arm
    assert all(" | None | p=" in extra for extra in got.extra), got.extra


def test_the_references_one_gives_no_arms_ratio() -> None:
    for table, (arm, value) in REFERENCE.items():
        records = [r for r in _extraction().records if r.table == table and r.value == value]
        assert all(r.arm != arm for r in records), records


def test_a_p_value_bound_under_an_arm_is_the_comparisons() -> None:
    records = [r for r in _extraction().records if r.table == "Table 6" and r.statistic == "p"]
    assert len(records) == 2
    assert {(r.arm, r.qualifier, r.value) for r in records} == {(None, "<", 0.001)}


@pytest.mark.parametrize(
    ("label", "contrast", "estimate"),
    [("Difference, % (95% CI)", True, True), ("Risk difference", True, True), ("Mean difference (95% CI)", True, True),
     ("Difference from baseline", False, False), ("Log-rank P", True, False), ("P value", True, False),
     ("Stratified hazard ratio (95% CI)", True, True), ("Unstratified HR (95% CI)", True, True),
     ("Percentage of patients", False, False)],
)  # fmt: skip
def test_which_labels_name_a_comparison(label: str, contrast: bool, estimate: bool) -> None:
    assert names_contrast(label) is contrast
    assert names_estimate(label) is estimate
