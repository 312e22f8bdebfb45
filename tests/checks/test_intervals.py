"""ci-clopper-pearson: a response rate's CI is the exact interval, or a named legitimate alternative."""

from __future__ import annotations

from schemas.records import Record
from tests.checks.factory import cell, findings_of, statement

CHECK = "ci-clopper-pearson"


def orr(
    count_raw: str,
    count: int,
    percent: float | None,
    ci_raw: str,
    low: float,
    high: float,
    *,
    n: int = 11,
    column: str = "50 mg/m²",
    ci_level: float | None = 95.0,
) -> list[Record]:
    values: dict[str, float | int | None] = {"count": count}
    if percent is not None:
        values["percent"] = percent
    return [
        *cell(count_raw, values, table="Table 4", row=("ORR, n (%)",), column=(column,), arm_n=n, page=4),
        *cell(
            ci_raw,
            {"ci_low": low, "ci_high": high},
            table="Table 4",
            row=("ORR, n (%)", "95% CI"),
            column=(column,),
            arm_n=n,
            page=4,
            ci_level=ci_level,
        ),
    ]


def test_exact_intervals_give_nothing() -> None:
    records = [
        *orr("4 (36.4)", 4, 36.4, "(10.9, 69.2)", 10.9, 69.2),
        *orr("0", 0, None, "(0, 23.2)", 0, 23.2, n=14, column="RANO-BM"),
        *orr("52 (68.4)", 52, 68.4, "(56.8, 78.6)", 56.8, 78.6, n=76, column="70 mg/m²"),
        *orr("4 (36.4)", 4, 36.4, "(0.109, 0.692)", 0.109, 0.692, column="as proportions"),
        *statement(
            "22 of 87 patients (25.3%, 95% CI 16.6–35.8)",
            {"count": 22, "percent": 25.3, "ci_low": 16.6, "ci_high": 35.8},
            denominator=87,
        ),
    ]
    assert findings_of(records, CHECK) == []


def test_a_wilson_interval_is_noted_as_info() -> None:
    (found,) = findings_of(orr("4 (36.4)", 4, 36.4, "(15.2, 64.6)", 15.2, 64.6), CHECK)
    assert found.severity == "info"
    assert "is the Wilson score interval, not the exact Clopper-Pearson one (10.9–69.2)" in found.message
    assert found.expected == "10.9–69.2 (Clopper-Pearson, 4/11)" and found.observed == "15.2–64.6"
    assert [v.label.split(" / ")[-1] for v in found.values] == ["count", "percent", "ci_low", "ci_high"]


def test_an_interval_matching_no_method_is_an_error() -> None:
    (found,) = findings_of(orr("4 (36.4)", 4, 36.4, "(12.9, 69.2)", 12.9, 69.2), CHECK)
    assert found.severity == "error"
    assert "matches no standard method for 4/11" in found.message
    assert "Clopper-Pearson (exact) 10.9–69.2" in found.message and "Wald" in found.message


def test_the_exact_interval_of_another_n_is_a_warning() -> None:
    # 4/11 printed correctly, but the CI is the exact interval of 4/12 (the other column's N)
    records = [
        *orr("4 (36.4)", 4, 36.4, "(9.9, 65.1)", 9.9, 65.1),
        *cell(
            "3 (25.0)",
            {"count": 3, "percent": 25.0},
            table="Table 4",
            row=("ORR, n (%)",),
            column=("B",),
            arm_n=12,
            page=4,
        ),
    ]
    (found,) = findings_of(records, CHECK)
    assert found.severity == "warning" and "is the exact interval of 4/12" in found.message


def test_the_exact_interval_at_another_level_is_a_warning() -> None:
    (found,) = findings_of(orr("4 (36.4)", 4, 36.4, "(13.5, 65.0)", 13.5, 65.0), CHECK)
    assert found.severity == "warning" and "at the 90% level, not at the stated 95% level" in found.message


def test_prose_with_a_denominator_slip_is_info_when_the_percentage_shares_it() -> None:
    records = [
        *orr("1 (7.1)", 1, 7.1, "(0.2, 33.9)", 0.2, 33.9, n=14, column="RECIST"),
        *statement(
            "1 patient (7.1%, 95% CI 0.2–33.9)",
            {"count": 1, "percent": 7.1, "ci_low": 0.2, "ci_high": 33.9},
            denominator=18,
        ),
    ]
    (found,) = findings_of(records, CHECK)
    assert found.severity == "info" and "same denominator slip" in found.message
