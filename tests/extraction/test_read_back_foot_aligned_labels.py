"""Row labels wrapped over lines with their cells set at the label's foot (page
tests/typeset/read_back/foot-aligned-labels.html; the gold below written before the page was first read).

First contact at main 526f9e6: 12 of 28 right. Table 1, whose cells are set at the foot, read none of its 16 values
under its row: the dash descriptor "no. (%)" with the values on the label's last line was read as a row of its own
under the label's upper lines ("History of ... 12 months —" > "no. (%)"), and every row below was nested under
that first label; Table 2 (cells centred on the label) was read whole. Fixed
(extractors/grid_rows.py): a label line ending with a dash or a comma, with no values, is completed by the
descriptor line below it, values or not. End: 28 of 28.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from extractors.pipeline import extract
from schemas.extraction import Extraction

PDF = Path(__file__).resolve().parents[1] / "data" / "read_back" / "foot-aligned-labels.pdf"
GOLD = {
    "Table 1": {
        "History of hospitalization for heart failure within the previous 12 months — no. (%)": (88, 21.4, 91, 22.2),
        "Estimated glomerular filtration rate <60 ml/min/1.73 m² — no. (%)": (102, 24.8, 97, 23.7),
        "Current smoker — no. (%)": (61, 14.8, 66, 16.1),
        "Prior coronary-artery bypass grafting or percutaneous coronary intervention — no. (%)": (120, 29.1, 118, 28.9),
    },
    "Table 2": {
        "Chronic obstructive pulmonary disease requiring long-term inhaled therapy — no. (%)": (40, 13.3, 37, 12.4),
        "Peripheral artery disease with previous revascularization — no. (%)": (22, 7.3, 25, 8.4),
        "Atrial fibrillation — no. (%)": (57, 18.9, 60, 20.1),
    },
}
ARMS = {"Table 1": ("Ravoxitide", "Placebo"), "Table 2": ("Tezimavir", "Usual care")}


@cache
def _extraction() -> Extraction:
    return extract(PDF)


def _score() -> tuple[int, list[str]]:
    right, bad = 0, []
    for table, rows in GOLD.items():
        for label, (c1, p1, c2, p2) in rows.items():
            for arm, stat, value in ((ARMS[table][0], "count", c1), (ARMS[table][0], "percent", p1),
                                     (ARMS[table][1], "count", c2), (ARMS[table][1], "percent", p2)):  # fmt: skip
                hit = [
                    r
                    for r in _extraction().records
                    if r.table == table and r.row == [label] and r.arm == arm and r.statistic == stat
                ]
                if [r.value for r in hit] == [value]:
                    right += 1
                else:
                    bad.append(f"{table} | {label} | {arm} | {stat}: {[r.value for r in hit]}")
    return right, bad


def test_each_value_is_under_its_whole_label() -> None:
    right, bad = _score()
    assert not bad, bad[:4]
    assert right == 28


@pytest.mark.parametrize("table", list(GOLD))
def test_no_row_is_nested_under_another(table: str) -> None:
    assert all(len(r.row) == 1 for r in _extraction().records if r.table == table)


if __name__ == "__main__":
    print(_score())
