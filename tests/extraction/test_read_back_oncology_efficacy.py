"""Efficacy tables of oncology phase 3 (and randomized phase 2) papers, written and read back
(tests/typeset/read_back/oncology-efficacy.html, then oncology-efficacy-2.html): Lancet "Patients with event (%)"
and "Median (months; 95% CI)" rows with ".." cells, "n/N (%; 95% CI)" cells, cells naming their own interval
("5.1 (95% CI 3.4 to 6.0)"), arms printed as rows with the HR on the first arm's row, "NR (95% CI, 28.1 to NR)",
landmark-rate rows, stratified and unstratified HRs centred across both groups, a rate's "95% CI" on the row below,
NEJM "— no. (%)" events carrying the hazard ratio, and both groups in one cell ("48 (17.5%) vs. 61 (22.6%)"). Each
form was sampled from a published table (the address beside each fixture); drugs, numbers and wording are ours.
What each table must give is tests/extraction/read_back_oncology_efficacy_gold.py, written before the page was read.

First contact (oncology-efficacy, 8 tables, 276 values; trialex at main b364f38, with two gold conventions
corrected to the house's after the first reading and not counted as fixes: a group's name is its whole head
"Pelorimab 10 mg/kg", "Sotoracept + FOLFIRI" (the gold had the drug alone: 37 values); a rate's "95% CI" row
indented under it is a row of its own, as annals-efficacy's "95% CI for ORR" is (the gold joined the labels: 12
values)): 227 right; none wrong at its cell; 27 read under another table's id (Table 6, its caption at the foot
of page 1 under Table 5's legend and its rows opening page 2, read as "Untitled table, page 2", Table 6 reported
as not found; its stratified and unstratified HRs, centred across both groups, also under the second group, and
its last row "Stratified log-rank P | <.001" dropped without a finding); 22 withheld with a finding ("6/61 (9.8;
3.7–20.2)" under "n/N (%; 95% CI)", 10; "48 (17.5%) vs. 61 (22.6%)", 12).

Fixed by family: a caption whose block above is another caption's table (captions above, stacked) grows no region
up into it and takes no block above it, so a caption at the foot of a page finds its table on the next
(region_growth, caption_blocks); a contrast row named with how it was estimated ("Stratified HR", "Unstratified
HR", "Adjusted HR", "Stratified log-rank P") is a contrast row, and its lone value starting more than an em left of
where the column's values start on the rows giving each group a value was set across the groups: no group's
(contrast_rows, structure); a row of one value under the last block of a part, its label at the rows' left edge, is
the part's last row, not dropped (flow_links); a test's P named by its test ("log-rank P") is a P value
(hint_patterns); "n/N (a; b–c)" is count, N, share and the share's CI where a label says "n/N (%; 95% CI)" and n/N
gives the share printed, else unread (cells, hints); a cell "a vs. b" under a head naming two groups "A vs. B"
(no bracket or comma in either name), both halves of one shape, is each group's half (structure).

Second instances (oncology-efficacy-2, gathered and its gold written after the fixes). Tables 2-5 (120 values: a
caption at a page foot right under the previous table's last row, "Adjusted HR" and "Stratified log-rank P" rows
centred, the P row last; "Unstratified HR" and "Log-rank P value" centred under an endpoint heading; stratified odds
ratios and p values centred in a Lancet table; "n/N (%; 95% CI)" for two assessments): first contact 120 right, none
wrong, none withheld (at main: 78 right, 4 HR values under a group, 18 under another table's id, 20 withheld).
Table 6 (22 values, "57 (20.4%) vs 79 (28.5%)" under "No. of Patients (%) Zolarelix vs Goserelin", added after the
"vs." fix): 20 right and 2 mislabeled, "Total occurrences of skeletal-related events | 26 vs 31" read as counts (the
head's "No. of Patients"); fixed as "Total no. of events" is, a total of occurrences is events (hint_singles; no
further instance of that last fix was read).

End: 418 of 418 right (page 1: 276, page 2: 142), none silently wrong, none withheld. Test time: one extraction per
page, about 2 s."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from extractors.pipeline import extract
from schemas.extraction import Extraction
from schemas.records import Record
from tests.extraction.read_back_gold import compare
from tests.extraction.read_back_oncology_efficacy_gold import (
    GOLD_ONCOLOGY,
    GOLD_ONCOLOGY_2,
    LANCET_CENTRED_RATIOS,
    NO_ARM_ONCOLOGY,
    ROW_ARMS_ONCOLOGY,
)
from trialex.evaluate import norm

READ_BACK = Path(__file__).resolve().parents[1] / "data" / "read_back"

_ALL = GOLD_ONCOLOGY | GOLD_ONCOLOGY_2

_RIGHT_AT_END = 418


@cache
def _extraction(name: str) -> Extraction:
    return extract(READ_BACK / f"{name}.pdf")


def _table(name: str, table: str) -> list[Record]:
    return [r for r in _extraction(name).records if r.table == table]


def _ratio_rows(records: list[Record]) -> list[Record]:
    return [r for r in records if r.row[-1] in ("Stratified odds ratio (95% CI)", "p value")]


def _compare(page: str, table: str):  # type: ignore[no-untyped-def]
    records = _table(page, table)
    if (page, table) == ("oncology-efficacy-2", "Table 2"):
        records = [r for r in records if r not in _ratio_rows(records)]
    return compare(_ALL[(page, table)], records, (page, table) in ROW_ARMS_ONCOLOGY, NO_ARM_ONCOLOGY)


@pytest.mark.parametrize(("page", "table"), list(_ALL))
def test_every_printed_value_is_read_right_or_withheld(page: str, table: str) -> None:
    got = _compare(page, table)
    assert not got.wrong
    assert not got.mislabeled
    assert not got.wrong_arm
    assert not got.extra
    assert not got.withheld


def test_both_groups_of_a_versus_cell_are_read() -> None:
    """ "48 (17.5%) vs. 61 (22.6%)" under "Patients with Events, No. (%) Ximarelix vs. Leuprolide" (the head
    wrapped after "vs."): each group its half, and no finding says the cell was not read."""
    records = _table("oncology-efficacy", "Table 9")
    first = [r for r in records if r.row[-1] == "Time from randomization to first radiographic progression"]
    assert {(r.arm, r.statistic, r.value) for r in first if r.statistic in ("count", "percent")} == {
        ("Ximarelix", "count", 48),
        ("Ximarelix", "percent", 17.5),
        ("Leuprolide", "count", 61),
        ("Leuprolide", "percent", 22.6),
    }
    findings = [f for f in _extraction("oncology-efficacy").findings if f.table == "Table 9"]
    assert not [f for f in findings if f.check == "cell-unread" and norm("vs") in norm(f.message)]


def test_centred_ratios_and_p_values_are_no_groups() -> None:
    """Stratified odds ratios and their p values centred across both groups, each row under its rate: read whole,
    under no group."""
    records = _ratio_rows(_table("oncology-efficacy-2", "Table 2"))
    assert {(r.statistic, r.value) for r in records} == LANCET_CENTRED_RATIOS
    assert all(r.arm is None for r in records)


def test_a_caption_at_the_foot_of_a_page_keeps_its_table() -> None:
    for page, first in (("oncology-efficacy", "Deaths, No. (%)"), ("oncology-efficacy-2", "Deaths, No. (%)")):
        tables = {r.table for r in _extraction(page).records}
        assert not [t for t in tables if t.startswith("Untitled")], page
        rows = [r.row[0] for r in _table(page, "Table 6" if page == "oncology-efficacy" else "Table 5")]
        assert rows and rows[0] == first


def test_the_right_count_does_not_fall() -> None:
    right = sum(len(_compare(page, table).right) for page, table in _ALL)
    right += len(_ratio_rows(_table("oncology-efficacy-2", "Table 2")))
    assert right >= _RIGHT_AT_END
