"""Cardiology outcome-table families (issue 8; the `outcome` zoo style, docs/zoo.md): per-arm statistic
sub-columns under spans whose rules are drawn end to end, a value or a restated header centred across an arm's
two sub-columns, a second header row inside the table, time points as columns with each group's "n =" row
set in header type and spanning its arm's columns, a bare count under a stub head that says "no. of patients
(%)". Each test reads one zoo PDF through regions -> grid -> structure (or asks the typing stage directly).
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from extractors.cells import parse_shape
from extractors.furniture import furniture_words
from extractors.grid import Grid, region_to_grid
from extractors.hints import Context, meaning_of
from extractors.loader import load_document
from extractors.pipeline import group_parts
from extractors.regions import find_regions
from extractors.structure import TableCell, TableModel, grids_to_table

PDFS = Path(__file__).resolve().parents[1] / "data" / "pdfs"


@cache
def _table(stem: str, table_id: str) -> tuple[Grid, TableModel]:
    document = load_document(PDFS / f"{stem}.pdf")
    for parts in group_parts(find_regions(document, furniture_words(document))):
        if parts[0].table_id != table_id:
            continue
        grids = [
            g
            for region in parts
            if (
                g := region_to_grid(
                    region, document.frames[region.frame_index].fills, document.frames[region.frame_index].rules
                )
            )
        ]
        return grids[0], grids_to_table(grids)
    raise AssertionError(f"{table_id} not read from {stem}")


def _cell(model: TableModel, text: str, row_end: str = "") -> TableCell:
    found = [c for c in model.cells if c.text == text and (not row_end or c.row[-1] == row_end)]
    assert len(found) == 1, f"{text!r}: {[(c.row, c.column) for c in found]}"
    return found[0]


def test_span_rules_drawn_end_to_end_reach_halfway_to_the_next_span() -> None:
    # "Sunitinib" over "(N = 238)" over one rule, "Capecitabine" over "(N = 244)" over the next, the two rules
    # touching: each arm heads its own "No. of patients (%) | Median (95% CI), mo" sub-columns, neither reaches
    # the "HR (95% CI)" or "P Value" column
    _grid, model = _table("zoo-outcome-sunitinib", "Table 3")
    assert _cell(model, "151 (63)").column == ["Sunitinib", "(N = 238)", "No. of patients (%)"]
    assert _cell(model, "2.8 (2.4–4.0)").column == ["Sunitinib", "(N = 238)", "Median (95% CI), mo"]
    assert _cell(model, "4.2 (3.8–5.5)").column == ["Capecitabine", "(N = 244)", "Median (95% CI), mo"]
    assert _cell(model, "1.47 (1.16–1.87)").column == ["HR (95% CI)"]
    assert _cell(model, "1.47 (1.16–1.87)").row == ["Progression-free survival"]


def test_a_value_centred_across_two_sub_columns_is_one_cell_under_the_restated_header() -> None:
    # the response rows print one "11 (8–16)" per arm across its two sub-columns, under a header row inside the
    # table ("Rate, % (95% exact CI)" across the same two, "OR (95% CI)"): the value widens no column, is one
    # cell, and its column is the arm with the restated lowest level
    grid, model = _table("zoo-outcome-sunitinib", "Table 3")
    assert len(grid.columns) == 6
    rate = _cell(model, "11 (8–16)")
    assert rate.row == ["Objective response rate"]
    assert rate.column == ["Sunitinib", "(N = 238)", "Rate, % (95% exact CI)"]
    assert _cell(model, "0.65 (0.4–1.1)").column == ["OR (95% CI)"]


def test_recurring_group_size_rows_are_body_rows_and_span_their_arms_columns() -> None:
    # "All patients | n = 40 | n = 49 | n = 45" set bold with a rule under it right below the header, each N
    # centred across its arm's "6 months | 14 months": a later "GBM patients | n = 28 ..." row has the same form,
    # so it is the first group's row, not a header line; each N is the N of both time-point columns
    _grid, model = _table("zoo-outcome-trabedersen", "Table 2")
    assert "All patients" not in model.stub_header
    six = _cell(model, "13 (33%)")
    assert six.row == ["All patients", "Tumor control rate (CR + PR + SD)"]
    assert six.column[-1] == "6 months" and six.arm_n == 40
    fourteen = _cell(model, "9 (23%)", "Tumor control rate (CR + PR + SD)")
    assert fourteen.column[-1] == "14 months" and fourteen.arm_n == 40
    gbm = _cell(model, "2 (7%)")
    assert gbm.row[0] == "GBM patients" and gbm.column[-1] == "14 months" and gbm.arm_n == 28


def _stats(text: str, row: tuple[str, ...], column: tuple[str, ...], stub: str) -> tuple[str, ...]:
    ctx = Context(
        row=row, column=column, footnotes=(), table_notes="", title="", arm_n=None, section="efficacy", stub=stub
    )
    shape = parse_shape(text)
    assert shape is not None
    return meaning_of(shape, ctx).stats


def test_a_bare_whole_number_under_a_stub_head_saying_no_of_patients_is_a_count() -> None:
    # "0" beside "1 (4%)" cells, the stub head "Tumor response, number of patients (%)": a count printed without
    # its 0%, though the row names a response rate
    row = ("Overall response rate (CR + PR)", "GBM patients")
    column = ("6 months", "10 µM trabedersen")
    assert _stats("0", row, column, "Tumor response, number of patients (%)") == ("count",)
    assert _stats("0", row, column, "Tumor response") == ("percent",)  # the row's response rate alone: a share


def test_a_wrapped_ci_header_line_is_no_data_line() -> None:
    # a narrow column table: "Median" / "(95%" / "CI), mo" and "HR" / "(95%" / "CI)" wrap over three header lines;
    # the "(95%" line holds numbers in brackets but no value: header, not the first data row
    from tests.extraction.test_grid_families import _synthetic_region

    lines = [
        [("Median", 130.0), ("HR", 222.0)],
        [("(95%", 130.0), ("(95%", 220.0)],
        [("Outcome", 32.0), ("CI),", 130.0), ("mo", 152.0), ("CI)", 222.0)],
        [("Overall", 32.0), ("survival", 64.0), ("15.3", 130.0), ("(11.4–25.3)", 148.0), ("1.17", 220.0)],
        [("Duration", 32.0), ("of", 68.0), ("response", 80.0), ("6.9", 130.0), ("(3.1–8.5)", 144.0), ("2.79", 220.0)],
    ]
    grid = region_to_grid(_synthetic_region(lines), [], [])
    assert grid is not None
    assert [r.label for r in grid.rows] == ["Overall survival", "Duration of response"]
    assert grid.stub_header == "Outcome"
    model = grids_to_table([grid])
    # a head wrapped over three lines in its one column ("HR" / "(95%" / "CI)") is one head
    assert next(c for c in model.cells if c.text == "1.17").column == ["HR (95% CI)"]


def test_three_numbers_stated_as_events_then_patients_and_their_share() -> None:
    # "27 (25, 12.1%)" under "No. of events (no. of patients, %)": 27 events in 25 patients, 12.1% of the arm; the
    # statement may sit in the column or the stub head; more patients than events is refused; a row naming its own
    # estimate and interval ("Median (95% CI)") or a column without the statement leaves the reading alone
    from extractors.vetoes import veto

    row, column = ("Hospitalization for heart failure",), ("No. of events (no. of patients, %)", "Placebo (N = 206)")
    assert _stats("27 (25, 12.1%)", row, column, "Outcome") == ("events", "count", "percent")
    assert _stats("27 (25, 12.1%)", row, ("Placebo (N = 206)",), "Outcome, events (patients, %)") == (
        "events",
        "count",
        "percent",
    )
    shape = parse_shape("3 (5, 2.4%)")
    assert shape is not None
    assert veto(("events", "count", "percent"), shape.numbers, shape.decimals, 206) is not None
    assert _stats("15 (11–25%)", ("Median (95% CI)",), column, "Outcome") != ("events", "count", "percent")
    assert _stats("27 (25, 12.1%)", row, ("Placebo (N = 206)",), "Outcome") == ()
