"""Generic sub-rows (zoo pattern D, NEJM / JAMA / Lancet outcome tables): the outcome's name alone on a label
row, its values in sub-rows named by their statistic. Each value's statistic comes from its sub-row label, its
endpoint from the parent row; a ratio or P value printed once for the row pair (centred across the arms or in
the first arm's column) is no arm's value.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any, cast

import pytest

from extractors.contrast_rows import continues_shared, names_contrast, shared_value_column
from extractors.grid_types import Cell, Grid, HeaderFragment, Row
from extractors.pipeline import extract
from extractors.regions import TableRegion
from extractors.repeated_header import repeated_header_columns
from schemas.document import Word

PDFS = Path(__file__).resolve().parents[1] / "data" / "pdfs"


def _word(text: str, x0: float, top: float = 100.0) -> Word:
    x1 = x0 + 4.0 * len(text)
    return Word(text, x0, top, x1, top + 8.0, 8.0, False, (x0, top, x1, top + 8.0))


def _row(label: str, cells: list[list[Word]], top: float = 100.0) -> Row:
    return Row([_word(label, 20.0, top)] if label else [], [Cell(ws) for ws in cells], top, top + 8.0)


_ARMS = [["Sunitinib (N = 238)"], ["Capecitabine (N = 244)"]]
_COLUMNS = [(300.0, 352.0), (460.0, 512.0)]


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        ("Hazard ratio (95% CI)", True),
        ("Odds ratio (95% CI)", True),
        ("Adjusted hazard ratio", True),
        ("HR (95% CI)", True),
        ("P value", True),
        ("P", True),
        ("P-value", True),
        ("No. of patients (%)", False),
        ("Median (95% CI), months", False),
        ("Progression-free survival", False),
        ("Pain in extremity", False),
        ("Or other", False),
    ],
)
def test_a_sub_row_naming_a_ratio_or_p_value_compares_the_arms(label: str, expected: bool) -> None:
    assert names_contrast(label) is expected


def test_a_ratio_centred_across_the_arms_is_no_arms_value() -> None:
    row = _row("Hazard ratio (95% CI)", [[_word("1.47", 386.0), _word("(1.16–1.87)", 404.0)], []])
    path = ["Progression-free survival", "Hazard ratio (95% CI)"]
    assert shared_value_column(row, "Hazard ratio (95% CI)", path, _ARMS, _COLUMNS) == 0


def test_a_p_value_in_the_first_arms_column_alone_is_no_arms_value() -> None:
    row = _row("P value", [[_word(".66", 320.0)], []])
    assert shared_value_column(row, "P value", ["Neutropenia", "P value"], _ARMS, _COLUMNS) == 0


@pytest.mark.parametrize(
    ("label", "path", "cells", "expected"),
    [
        # a ratio under the second arm alone, the first arm's cell blank: the comparison's, as under the first (it
        # was that arm's; tests/extraction/test_read_back_contrast_in_arm_column.py)
        ("Hazard ratio (95% CI)", ["Death", "Hazard ratio (95% CI)"], [[], [_word("0.74", 470.0)]], 1),
        # a table's own "P value" row, no outcome above it, its value in the first arm's column alone (it was that
        # arm's)
        ("P value", ["P value"], [[_word("0.12", 310.0)], []], 0),
        # a P value alone under the second arm, no comparison above it: perhaps a test within that arm, its own
        ("P value", ["P value"], [[], [_word("0.12", 470.0)]], None),
    ],
)
def test_a_comparison_in_one_arms_column_alone(
    label: str, path: list[str], cells: list[list[Word]], expected: int | None
) -> None:
    assert shared_value_column(_row(label, cells), label, path, _ARMS, _COLUMNS) == expected


@pytest.mark.parametrize(
    ("label", "path", "cells", "columns"),
    [
        # one value per arm: each arm's own
        ("P value", ["Death", "P value"], [[_word("0.12", 310.0)], [_word("0.30", 470.0)]], _ARMS),
        # a sub-row naming a statistic of each arm
        ("No. of patients (%)", ["Death", "No. of patients (%)"], [[_word("45", 310.0)], []], _ARMS),
        # the columns are no arms (a "Hazard ratio" column of its own)
        ("Hazard ratio", ["Death", "Hazard ratio"], [[_word("0.74", 310.0)], []], [["Hazard ratio"], ["P"]]),
    ],
)
def test_other_rows_keep_their_columns(
    label: str, path: list[str], cells: list[list[Word]], columns: list[list[str]]
) -> None:
    assert shared_value_column(_row(label, cells), label, path, columns, _COLUMNS) is None


def test_a_second_p_value_stacked_under_the_shared_one_is_the_rest_of_that_cell() -> None:
    shared = Cell([_word("0.999", 402.0)])
    under = _row("", [[_word("0.002", 402.0, 110.0)], [_word("0.002", 402.0, 110.0)]], 110.0)
    assert continues_shared(under, shared)
    elsewhere = _row("", [[_word("12", 310.0, 110.0)], [_word("14", 470.0, 110.0)]], 110.0)
    assert not continues_shared(elsewhere, shared)
    assert not continues_shared(_row("Overall survival", [[], []], 110.0), shared)


@cache
def _records(stem: str) -> list[dict[str, Any]]:
    return [r.model_dump() for r in extract(PDFS / f"{stem}.pdf").records if r.table != "text"]


def _find(stem: str, row: list[str], statistic: str) -> list[dict[str, Any]]:
    return [r for r in _records(stem) if r["row"] == row and r["statistic"] == statistic]


def test_fixture_ratio_spanning_the_arms_has_its_endpoint_and_no_arm() -> None:
    stem = "zoo-subrows-sunitinib"
    (hr,) = _find(stem, ["Progression-free survival", "Hazard ratio (95% CI)"], "hr")
    assert hr["value"] == 1.47 and hr["arm"] is None and hr["column"] == []
    (orr,) = _find(stem, ["Objective response rate", "Odds ratio (95% CI)"], "or")
    assert orr["value"] == 0.65 and orr["arm"] is None
    medians = _find(stem, ["Overall survival", "Median (95% CI), months"], "median")
    assert sorted((r["arm"], r["value"]) for r in medians) == [("Capecitabine", 24.6), ("Sunitinib", 15.3)]


def test_fixture_two_stacked_p_values_are_left_unread() -> None:
    stem = "zoo-subrows-sunitinib"
    assert not _find(stem, ["Progression-free survival", "P value"], "p")
    assert not [r for r in _records(stem) if r["table"] == "Table 3" and not r["row"]]


def test_fixture_p_value_in_the_first_arms_column_has_no_arm() -> None:
    ps = _find("zoo-subrows-vismodegib", ["Neutropenia", "P value"], "p")
    assert [(r["value"], r["arm"], r["column"]) for r in ps] == [(0.66, None, [])]
    counts = _find("zoo-subrows-vismodegib", ["Neutropenia", "No. of patients (%)"], "count")
    assert sorted(r["value"] for r in counts) == [12, 15]


def test_fixture_ratio_rows_carried_to_the_next_page_keep_their_outcome_and_no_arm() -> None:
    """Table 3's last two sub-rows ("Odds ratio (95% CI)", "P value") open page 2 under the repeated header: the
    part keeps the first part's arm columns, so its values stay the clinical benefit rate's, under no arm."""
    stem = "zoo-subrows-sunitinib"
    (orr,) = _find(stem, ["Clinical benefit rate", "Odds ratio (95% CI)"], "or")
    assert orr["value"] == 0.65 and orr["arm"] is None and orr["column"] == [] and orr["page"] == 2
    (p,) = _find(stem, ["Clinical benefit rate", "P value"], "p")
    assert p["value"] == 0.045 and p["arm"] is None
    assert not [r for r in _records(stem) if r["table"] == "Table 3" and r["arm"] and names_contrast(r["row"][-1])]


def _grid(columns: list[tuple[float, float]], heads: list[str], stub: str = "Outcome") -> Grid:
    header = [HeaderFragment(h, (k,), 0, []) for k, h in enumerate(heads)]
    return Grid(columns, columns[0][0] - 1.0, stub, header, [], cast(TableRegion, None))


def test_a_part_that_does_not_repeat_the_heads_keeps_its_own_columns() -> None:
    first = _grid([(300.0, 352.0), (460.0, 512.0)], ["Sunitinib (N = 238)", "Capecitabine (N = 244)"])
    rebuilt = _grid([(300.0, 352.0), (460.0, 512.0)], ["Sunitinib (N = 238)", "Capecitabine (N = 244)"])
    bare = _grid([(390.0, 435.0)], [""], stub="")  # no header on the part (a column or page continuation)
    repeated = _grid([(390.0, 435.0)], ["Capecitabine (N = 244)"], stub="Outcome Sunitinib (N = 238)")
    wider = _grid([(200.0, 250.0)], ["Capecitabine (N = 244)"], stub="Outcome Sunitinib (N = 238)")
    got = repeated_header_columns([first, bare, repeated, wider], lambda region, columns: rebuilt)
    assert got == [first, bare, rebuilt, wider]
