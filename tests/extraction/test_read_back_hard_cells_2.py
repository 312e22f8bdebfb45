"""Cells with three numbers (HARD-CASES.md) in a table of our own (tests/typeset/read_back/hard-cells-2.html; gold
tests/extraction/read_back_hard_cells_2_gold.py, written before the page was first read).

First contact: the first body row, "n=350, 3100.5 (570.2)" under each group, was taken into the column heads
("Velocimab (N = 412) n=350, 3100.5 (570.2)"): its 6 values dropped without a finding and every later cell's group
head polluted. A cell that starts with a group's N and goes on with the statistic it is of is a value cell
(extractors/grid_columns.py `is_data_line`); only a cell that is nothing but an N ("n = 40") is a head's. The
three-number forms themselves ("n=350, 3100.5 (570.2)", "380, 205 (120–340)", "128 ± 17 (78 ± 9)" with the
bracket a second parameter) are not read: each cell is withheld with a finding, never read as a two-number form."""

from __future__ import annotations

from pathlib import Path

from extractors.pipeline import extract
from tests.extraction.read_back_gold import compare
from tests.extraction.read_back_hard_cells_2_gold import GOLD

READ_BACK = Path(__file__).resolve().parents[1] / "data" / "read_back"


def test_three_number_cells_are_withheld_with_findings_and_the_heads_stay_clean() -> None:
    extraction = extract(READ_BACK / "hard-cells-2.pdf")
    records = [r for r in extraction.records if r.table == "Table 4"]
    got = compare(GOLD["Table 4"], records)
    assert not (got.wrong or got.mislabeled or got.wrong_arm or got.extra)
    unread = [f for f in extraction.findings if f.check == "cell-unread" and f.table == "Table 4"]
    assert len(unread) == 6  # every cell of the table, none dropped in silence
    assert all("n=" not in "".join(r.column) for r in records)
    # each finding names its cell by the group's head alone, never with the first row's text glued to it
    assert all(("(N = 412):" in f.message) != ("(N = 205):" in f.message) for f in unread)
