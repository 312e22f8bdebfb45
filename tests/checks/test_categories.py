"""categories-sum: exclusive categories under one group row add up to N; multi-select groups are left
alone."""

from __future__ import annotations

from collections.abc import Sequence

from schemas.records import Record
from tests.checks.factory import cell, findings_of

CHECK = "categories-sum"


def group(
    parent: str,
    rows: Sequence[tuple[str, str]],
    n: int | None = 12,
    column: tuple[str, ...] = ("Arm A n=12",),
) -> list[Record]:
    out: list[Record] = []
    for label, raw in rows:
        count, _, percent = raw.partition(" (")
        values: dict[str, float | int | None] = {"count": int(count)}
        if percent:
            values["percent"] = float(percent.rstrip(")"))
        out += cell(raw, values, row=(parent, label), column=column, arm_n=n)
    return out


def test_a_partition_that_adds_up_gives_nothing() -> None:
    ecog = group("ECOG performance status", [("0", "5 (41.7)"), ("1", "7 (58.3)"), ("2", "0")])
    ki67 = group("Ki-67 expression", [("<15%", "0"), (">30%", "12 (100)"), ("Missing", "0")])
    assert findings_of([*ecog, *ki67], CHECK) == []


def test_a_partition_above_n_is_an_error() -> None:
    records = group("No. of metastatic sites", [("<4", "10 (83.3)"), ("≥4", "3 (25.0)")])
    (found,) = findings_of(records, CHECK)
    assert found.severity == "error"
    assert "10 + 3 = 13, more than 12" in found.message
    assert found.expected == "12" and found.observed == "10 + 3 = 13"
    sex = group("Sex", [("Male", "7 (58.3)"), ("Female", "6 (50.0)")])
    assert [f.severity for f in findings_of(sex, CHECK)] == ["error"]


def test_categories_short_of_n_are_a_warning() -> None:
    # the seed's hormonal-receptor status: 76 + 11 = 87 of 89
    records = group(
        "Hormonal receptors status",
        [("Both ER and PR < 1%", "76 (85.4)"), ("Others", "11 (12.4)")],
        n=89,
        column=("TNBC", "70 mg/m² n=89"),
    )
    (found,) = findings_of(records, CHECK)
    assert found.severity == "warning"
    assert "cover 87 of 89" in found.message and "2 patient(s)" in found.message


def test_multi_select_groups_are_not_reported() -> None:
    records = group(
        "Metastatic sites",
        [
            ("Lung", "8 (66.7)"),
            ("Bone", "7 (58.3)"),
            ("Liver", "3 (25.0)"),
            ("Brain", "0"),
            ("Others", "7 (58.3)"),
        ],
    )
    assert findings_of(records, CHECK) == []
    no_partition = group("Prior therapy", [("Surgery", "11 (91.7)"), ("Radiotherapy", "7 (58.3)")])
    assert findings_of(no_partition, CHECK) == []


def test_categories_partition_their_group_row_count_when_it_has_one() -> None:
    head = cell(
        "9 (75.0)",
        {"count": 9, "percent": 75.0},
        row=("Prior chemotherapy",),
        column=("Arm A n=12",),
        arm_n=12,
    )
    children = group("Prior chemotherapy", [("1 line", "5 (41.7)"), ("≥2 lines", "4 (33.3)")])
    assert findings_of([*head, *children], CHECK) == []
    over = group("Prior chemotherapy", [("1 line", "6 (50.0)"), ("≥2 lines", "4 (33.3)")])
    (found,) = findings_of([*head, *over], CHECK)
    assert found.severity == "error"
    assert "more than 9 (the group row's own count" in found.message


def test_percent_only_columns_are_summed() -> None:
    def percents(values: Sequence[tuple[str, float]]) -> list[Record]:
        return [
            r
            for label, value in values
            for r in cell(f"{value}", {"percent": value}, row=("ECOG", label), column=("%",))
        ]

    assert findings_of(percents([("0", 41.7), ("1", 58.3)]), CHECK) == []
    (found,) = findings_of(percents([("0", 51.7), ("1", 58.3)]), CHECK)
    assert found.severity == "error" and "110.0%" in found.message
    (found,) = findings_of(percents([("0", 31.7), ("1", 58.3)]), CHECK)
    assert found.severity == "warning"


def test_no_common_n_means_no_count_rule() -> None:
    records = group("ECOG performance status", [("0", "5"), ("1", "9")], n=None)
    assert findings_of(records, CHECK) == []
