"""General-medicine heads and baseline tables written and read back (tests/typeset/read_back/*.html in Circulation,
NEJM, BMJ, Diabetes Care, Annals, Kidney International, Stroke and CMAJ house styles); what each must give is
tests/extraction/read_back_gold_heads.py, written from the HTML before the pages were first read.

Found wrong on the first reading (13 tables, 576 values: 383 right, 83 under a wrong group, 18 under a wrong
statistic, 92 not at their cell, 68 of them read under a wrong row path): an arm head with its N on a line of its
own over sub-columns ("Empagliflozin" / "(N = 4687)" over "No. of patients with event (%)") named the group
"Empagliflozin No. of patients with event (%)"; a period span over the groups ("Week 26" over "Orforgliptin |
Placebo" over "n | %") named it "Week 26 Orforgliptin"; a ratio head wrapped over its levels ("Hazard" / "Ratio" /
"(95% CI)", "Unadjusted Odds" / "Ratio (95% CI)") gave a bare "value"; "Relative risk (95% CI)" was a group; a
label whose raised script ("Body-mass index‡", "ml/min/1.73 m²") lowered it under its row's values (a word
processor's line box) lost its values to the row above and nested the rows below under it; the last row's label
wrapped under it with a hanging indent was cut ("Previous myocardial infarction or coronary"); a units column of
its own ("Characteristic | Unit | ...") was read into the row labels ("Age years").

A second round of pages, written after those fixes (4 tables, 186 values), read 170 right on first contact: a
time point wrapped in a narrow head ("Week" / "12") named the group "Placebo Week 12", and a legend's glossary
("eGFR=estimated glomerular filtration rate") made a median (IQR) cell a rate. A third round (3 tables, 155
values) read 110 right on first contact: a measure spanning the groups' heads ("Mean Change (95% CI)" over
"Placebo (n = 201) | Low Dose (n = 199)") had joined each group's name, and a difference with the reference group
spanning the other groups' heads ("Difference vs. Placebo (95% CI)" over "Low Dose | High Dose") was no group's.
A fourth round (a dose span over heads with their N on a line of their own; "0/401" with no percent; "NA"): 80 of
80 right on first contact."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from extractors.pipeline import extract
from schemas.extraction import Extraction
from schemas.records import Record
from tests.extraction.read_back_gold import compare
from tests.extraction.read_back_gold_heads import GOLD_HEADS, GOLD_HEADS_2, GOLD_HEADS_3, GOLD_HEADS_4

READ_BACK = Path(__file__).resolve().parents[1] / "data" / "read_back"


@cache
def _extraction(name: str) -> Extraction:
    return extract(READ_BACK / f"{name}.pdf")


def _table(name: str, table: str) -> list[Record]:
    return [r for r in _extraction(name).records if r.table == table]


_ALL = GOLD_HEADS | GOLD_HEADS_2 | GOLD_HEADS_3 | GOLD_HEADS_4


@pytest.mark.parametrize(("page", "table"), list(_ALL))
def test_every_printed_value_is_read_right(page: str, table: str) -> None:
    got = compare(_ALL[(page, table)], _table(page, table))
    assert not got.wrong
    assert not got.mislabeled
    assert not got.wrong_arm
    assert not got.extra
    assert not got.withheld


def test_a_units_column_is_the_rows_unit_not_its_label() -> None:
    """ "Characteristic | Unit | Finerenone | Placebo": the unit column's text had been read into the row label
    ("Age years", "Male sex n (%)"); it is the record's unit, and a form there ("n (%)") says what the cells are."""
    records = _table("kidney-units", "Table 1")
    units = {r.row[-1]: r.unit for r in records}
    assert units["Age"] == "years"
    assert units["eGFR"] == "mL/min/1.73 m2"
    assert units["Male sex"] is None
    assert {r.statistic for r in records if r.row == ["Male sex"]} == {"count", "percent"}


def test_heads_with_the_n_on_a_line_of_their_own_name_the_group_alone() -> None:
    records = _table("circulation-events", "Table 2")
    assert {r.arm for r in records} == {"Empagliflozin", "Placebo", None}
    assert {r.statistic for r in records if r.arm is None} == {"hr", "ci_low", "ci_high", "p"}


def test_a_period_span_over_the_groups_is_no_group() -> None:
    records = _table("diabetes-care-weeks", "Table 2")
    assert {r.arm for r in records} == {"Orforgliptin", "Placebo"}
    assert {r.column[0] for r in records} == {"Week 26", "Week 52"}
