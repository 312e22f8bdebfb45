"""Table forms written and read back (tests/typeset/read_back.py): each had been read with a wrong statistic or
under a wrong arm before its rule. Interval bounds in columns of their own ("95% CI" over "Lower | Upper"; the
bound had been a percent, its arm "Cohort A Lower"); a span centred over two lower heads with no rule; an arm's
"n | %" under a centred span; a ratio row centred across the arms (it had been the first arm's); ratio and P
heads (they had been arms); AE grade columns (the arm had been "Dose level 1 Grade ≥3"); an "except" list in a
PK legend (the second exception had kept the table-wide geometric mean)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from extractors.pipeline import extract
from schemas.extraction import Extraction
from schemas.records import Record

READ_BACK = Path(__file__).resolve().parents[1] / "data" / "read_back"


@cache
def _extraction(name: str) -> Extraction:
    return extract(READ_BACK / f"{name}.pdf")


def _table(name: str, table: str) -> list[Record]:
    return [r for r in _extraction(name).records if r.table == table]


def _cells(records: list[Record], row: str) -> dict[tuple[str | None, str], float | None]:
    return {(r.arm, r.statistic): r.value for r in records if r.row and r.row[-1] == row}


@pytest.mark.parametrize("name", ["ci-flush-left", "ci-centred", "ci-ruled"])
def test_interval_bounds_in_columns_of_their_own(name: str) -> None:
    records = _table(name, "Table 2")
    orr = _cells(records, "Objective response rate")
    assert orr == {
        ("Cohort A", "count"): 12,
        ("Cohort A", "percent"): 40.0,
        ("Cohort A", "ci_low"): 22.7,
        ("Cohort A", "ci_high"): 59.4,
        ("Cohort B", "count"): 7,
        ("Cohort B", "percent"): 23.3,
        ("Cohort B", "ci_low"): 9.9,
        ("Cohort B", "ci_high"): 42.3,
    }
    assert {r.arm for r in records} == {"Cohort A", "Cohort B"}


@pytest.mark.parametrize("name", ["ci-centred", "ci-ruled"])
def test_a_span_over_lower_and_upper_names_both(name: str) -> None:
    records = _table(name, "Table 2")
    bounds = [r for r in records if r.statistic in ("ci_low", "ci_high")]
    assert bounds and all("95% CI" in r.column for r in bounds)


def test_n_and_percent_columns_under_centred_arm_spans() -> None:
    records = _table("split-columns", "Table 1")
    assert _cells(records, "Male") == {
        ("Arm A", "count"): 18,
        ("Arm A", "percent"): 60.0,
        ("Arm B", "count"): 16,
        ("Arm B", "percent"): 53.3,
    }


def test_a_range_centred_over_min_and_max_heads_both() -> None:
    records = _table("split-columns", "Table 3")
    age = [r for r in records if r.row == ["Age, years"]]
    assert {r.statistic: r.value for r in age} == {"median": 61, "min": 34, "max": 82, "mean": 60.2, "sd": 9.8}
    assert all(r.column[0] == "Range" for r in age if r.statistic in ("min", "max"))


def test_ratio_bound_and_p_columns_are_no_arms() -> None:
    records = _table("split-columns", "Table 4")
    assert {r.statistic for r in records} == {"hr", "ci_low", "ci_high", "p"}
    assert not [r for r in records if r.arm]


def test_a_ratio_row_centred_across_the_arms_is_no_arms() -> None:
    records = _table("cell-forms", "Table 2")
    ratio = [r for r in records if r.row and r.row[-1].startswith("Hazard ratio")]
    assert {r.statistic: r.value for r in ratio} == {"hr": 0.58, "ci_low": 0.39, "ci_high": 0.86}
    assert not [r for r in ratio if r.arm]


def test_cell_forms_keep_their_statistics() -> None:
    records = _table("cell-forms", "Table 1")
    assert _cells(records, "Age, years, median [IQR]")[("Arm A", "q3")] == 70
    assert _cells(records, "Change in eGFR, mean (95% CI)")[("Arm B", "ci_low")] == -2.3
    assert _cells(records, "Smoker, %")[("Arm B", "percent")] == 33
    p = [r for r in records if r.statistic == "p" and r.qualifier == "<"]
    assert [r.value for r in p] == [0.001]


def test_ae_grade_columns_are_grades_not_arms() -> None:
    extraction = _extraction("ae-grades")
    records = _table("ae-grades", "Table 3")
    neutropenia = {(r.arm, r.grade, r.statistic): r.value for r in records if r.row[-1] == "Neutropenia"}
    assert neutropenia[("Dose level 2", ">=3", "count")] == 7
    assert neutropenia[("Dose level 1", "any", "percent")] == 50
    assert {a.name for a in extraction.arms} == {"Dose level 1", "Dose level 2"}


def test_each_exception_of_a_pk_legend_takes_its_own_statistic() -> None:
    records = _table("pk-except", "Table 2")
    ratio = {(r.arm, r.column[0], r.statistic): r.value for r in records if r.row == ["Accumulation ratio"]}
    assert ratio == {
        ("50 mg", "Day 15", "mean"): 1.52,
        ("50 mg", "Day 15", "sd"): 0.31,
        ("100 mg", "Day 15", "mean"): 1.59,
        ("100 mg", "Day 15", "sd"): 0.28,
    }
    cmax = [r for r in records if r.row == ["Cmax (ng/mL)"]]
    assert {r.statistic for r in cmax} == {"geometric_mean", "cv_percent"}
    # Tmax's footnote mark is lost in the legend: its "2.0 (1.0–4.0)" fits no geometric mean and stays unread
    assert not [r for r in records if r.row == ["Tmax (h)"]]
    assert any("Tmax" in f.message and "not read" in f.message for f in _extraction("pk-except").findings)


def test_values_set_at_the_foot_of_a_wrapped_label_and_its_compound_hyphen() -> None:
    records = _table("wrapped-labels", "Table 2")
    first = "Patients with any treatment-emergent adverse event leading to dose interruption"
    assert _cells(records, first) == {
        ("Cohort 1", "count"): 6,
        ("Cohort 1", "percent"): 42.9,
        ("Cohort 2", "count"): 9,
        ("Cohort 2", "percent"): 56.3,
    }
    assert _cells(records, "Deaths") == {
        ("Cohort 1", "count"): 0,
        ("Cohort 2", "count"): 1,
        ("Cohort 2", "percent"): 6.3,
    }


def test_a_single_arm_table_and_bare_counts_by_grade() -> None:
    demo = _table("single-arm-and-counts", "Table 1")
    assert _cells(demo, "Prior lines of therapy ≥3") == {(None, "count"): 28, (None, "percent"): 66.7}
    assert _cells(demo, "Median age, years (range)") == {(None, "median"): 61, (None, "min"): 38, (None, "max"): 79}
    assert not _cells(demo, "Liver metastases")  # a dash is no value
    ae = _table("single-arm-and-counts", "Table 3")
    neutropenia = {(r.arm, r.grade, r.statistic): r.value for r in ae if r.row == ["Neutropenia"]}
    assert neutropenia == {
        ("Arm A", "1-2", "count"): 3,
        ("Arm A", "3-4", "count"): 5,
        ("Arm B", "1-2", "count"): 2,
        ("Arm B", "3-4", "count"): 6,
    }
