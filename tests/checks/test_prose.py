"""text-vs-table: a prose number vs the one table value it can only be about."""

from __future__ import annotations

from schemas.records import Record
from tests.checks.factory import Column, cell, findings_of, grid, statement
from tests.checks.seed_records import table3

CHECK = "text-vs-table"


def efficacy() -> list[Record]:
    columns: list[Column] = [
        (("TNBC", "50 mg/m²"), "TNBC 50 mg/m²", 12),
        (("TNBC", "Total"), "TNBC Total", 101),
        (("HER2-negative BCBM", "70 mg/m²"), "HER2-negative BCBM 70 mg/m²", 18),
    ]
    return grid(
        "Table 4",
        columns,
        [
            (
                ("Median PFS, month (95% CI)",),
                "median_ci",
                ["4.0 (1.4 ~ NA)", "4.8 (3.2 ~ 5.8)", "5.6 (1.4 ~ NA)"],
            ),
            (
                ("Median OS, month (95% CI)",),
                "median_ci",
                ["11.2 (2.4 ~ 13.7)", "14.1 (11.2 ~ NA)", "NR (4.5 ~ NA)"],
            ),
        ],
        section="efficacy",
        page=4,
    )


def test_the_seed_auc_slip_is_an_error_naming_the_parameter_it_quotes() -> None:
    prose = statement(
        "427.9 h*ng/mL",
        {"mean": 427.9},
        page=3,
        section="pk",
        arm="70 mg/m²",
        analyte="SN-38",
        parameter="AUC0-∞",
        unit="h*ng/mL",
    )
    (found,) = findings_of([*table3(), *prose], CHECK)
    assert found.severity == "error" and found.page == 3
    assert "gives the mean SN-38 AUC0-∞ (70 mg/m²) as 427.9" in found.message
    assert '("457.2 ± 95.6", 70 mg/m² n = 9 > AUC0-∞ (h*μg/mL or h*ng/mL) / SN-38) prints 457.2' in found.message
    assert "427.9 is the value of 70 mg/m² n = 9 > AUC0-t" in found.message
    assert found.expected == "457.2" and found.observed == "427.9"
    assert [v.label for v in found.values] == [
        'text p.3 / "427.9 h*ng/mL" / mean',
        "Table 3 / 70 mg/m² n = 9 > AUC0-∞ (h*μg/mL or h*ng/mL) / SN-38 / mean",
    ]


def test_quotes_that_match_give_nothing() -> None:
    prose = [
        *statement("1706.2 h*μg/mL", {"mean": 1706.2}, arm="70 mg/m²", analyte="Total irinotecan", parameter="AUCinf"),
        *statement("5.6 ng/mL", {"mean": 5.6}, arm="70 mg/m²", analyte="SN-38", parameter="Cmax"),
        *statement("the median PFS was 5.6 months", {"median": 5.6}, arm="HER2-negative BCBM", parameter="PFS"),
        *statement(
            "median OS not reached",
            {"median": None},
            arm="HER2-negative BCBM",
            parameter="OS",
            qualifiers={"median": "not reached"},
        ),
        *statement("4.8 months", {"median": 4.80}, arm="TNBC Total", parameter="PFS"),
    ]
    assert findings_of([*table3(), *efficacy(), *prose], CHECK) == []


def test_a_different_value_or_a_number_for_not_reached_is_an_error() -> None:
    prose = [
        *statement("the median PFS was 4.5 months", {"median": 4.5}, arm="HER2-negative BCBM", parameter="PFS"),
        *statement("the median OS was 11.0 months", {"median": 11.0}, arm="HER2-negative BCBM", parameter="OS"),
    ]
    found = findings_of([*efficacy(), *prose], CHECK)
    assert [f.severity for f in found] == ["error", "error"]
    assert any("prints 5.6 (differs by 1.1)" in f.message for f in found)
    assert any("says not reached" in f.message and f.observed == "11.0" for f in found)


def test_ambiguous_quotes_are_left_alone() -> None:
    prose = [
        *statement("14.1 months", {"median": 14.1}, parameter="OS"),  # which column?
        *statement("median PFS 4.9 months", {"median": 4.9}, arm="TNBC", parameter="PFS"),  # 50 mg or total?
        *statement("427.9 h*ng/mL", {"mean": 427.9}, analyte="SN-38", parameter="AUC0-∞"),  # which dose?
    ]
    assert findings_of([*table3(), *efficacy(), *prose], CHECK) == []


def test_the_group_can_be_named_by_its_n_and_grades_must_agree() -> None:
    table = [
        *cell(
            "72 (67.3)",
            {"count": 72, "percent": 67.3},
            table="Table 2",
            row=("Non-hematological", "Diarrhea"),
            column=("70 mg/m² (n=107)",),
            arm_n=107,
        ),
        *cell(
            "3 (25.0)",
            {"count": 3, "percent": 25.0},
            table="Table 2",
            row=("Non-hematological", "Diarrhea"),
            column=("50 mg/m² (n=12)",),
            arm_n=12,
        ),
    ]
    right = statement("diarrhea (72/107, 67.3%)", {"count": 72, "percent": 67.3}, denominator=107, row=["diarrhea"])
    assert findings_of([*table, *right], CHECK) == []
    wrong = statement("diarrhea (75/107, 70.1%)", {"count": 75, "percent": 70.1}, denominator=107, row=["diarrhea"])
    assert sorted(f.observed or "" for f in findings_of([*table, *wrong], CHECK)) == ["70.1", "75"]
    grade3 = statement(
        "diarrhea (12/107, 11.2%)",
        {"count": 12, "percent": 11.2},
        denominator=107,
        row=["diarrhea"],
        grade=">=3",
    )
    assert findings_of([*table, *grade3], CHECK) == []
