"""Cells with three numbers (HARD-CASES.md) in a table of our own (tests/typeset/read_back/hard-cells-2.html; gold
tests/extraction/read_back_hard_cells_2_gold.py, written before the page was first read).

First contact: the first body row, "n=350, 3100.5 (570.2)" under each group, was taken into the column heads
("Velocimab (N = 412) n=350, 3100.5 (570.2)"): its 6 values dropped without a finding and every later cell's group
head polluted. A cell that starts with a group's N and goes on with the statistic it is of is a value cell
(extractors/grid_columns.py `is_data_line`); only a cell that is nothing but an N ("n = 40") is a head's. Then
the forms: "n=350, 3100.5 (570.2)" (a marked N leading the cell) and, under a label that lists "n" first ("n, median
(range)"), "380, 205 (120–340)" are read as the count of patients and the statistic the labels name
(extractors/cells.py `_with_n_head`, extractors/hints.py `_n_headed`); a bare leading number no label names as
"n" is not read. "128 ± 17 (78 ± 9)", its bracket a second parameter named by a footnote, is withheld with a
finding, never read as a spread or an interval."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractors.cells import parse_shape
from extractors.hints import Context, meaning_of
from extractors.pipeline import extract
from tests.extraction.read_back_gold import compare
from tests.extraction.read_back_hard_cells_2_gold import GOLD

READ_BACK = Path(__file__).resolve().parents[1] / "data" / "read_back"


def test_three_number_cells_are_read_or_withheld_with_findings_and_the_heads_stay_clean() -> None:
    extraction = extract(READ_BACK / "hard-cells-2.pdf")
    records = [r for r in extraction.records if r.table == "Table 4"]
    got = compare(GOLD["Table 4"], records)
    assert not (got.wrong or got.mislabeled or got.wrong_arm or got.extra)
    assert len(got.right) == 14
    assert {name.split(" | ")[0] for name in got.withheld} == {"Systolic / diastolic blood pressure, mm Hg, mean ± SD"}
    unread = [f for f in extraction.findings if f.check == "cell-unread" and f.table == "Table 4"]
    assert len(unread) == 2  # the two-parameter cells, each with its finding
    assert all("n=" not in "".join(r.column) for r in records)
    # each finding names its cell by the group's head alone, never with the first row's text glued to it
    assert all(("(N = 412):" in f.message) != ("(N = 205):" in f.message) for f in unread)


@pytest.mark.parametrize(
    ("text", "row", "stats"),
    [
        ("n=350, 3100.5 (570.2)", "Cumulative dose, mg, mean (SD)", ("count", "mean", "sd")),
        ("380, 205 (120–340)", "Days on treatment, n, median (range)", ("count", "median", "min", "max")),
        # a bare leading number no label lists as "n": not read
        ("380, 205 (120–340)", "Days on treatment, median (range)", ()),
        # a thousands comma is no N ("1,234 (12.5)" is one number and its bracket)
        ("1,234 (12.5)", "Patients, n (%)", ("count", "percent")),
    ],
)
def test_a_leading_n_is_the_count_of_patients_the_statistic_is_of(text: str, row: str, stats: tuple[str, ...]) -> None:
    shape = parse_shape(text)
    assert shape is not None
    ctx = Context(row=(row,), column=("Arm A (N = 412)",), footnotes=(), table_notes="", title="Table 4", arm_n=412)
    assert meaning_of(shape, ctx).stats == stats
