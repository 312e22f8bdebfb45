"""estimate-in-ci, median-in-range, estimate-in-range."""

from __future__ import annotations

from tests.checks.factory import cell, findings_of, statement


def test_estimates_inside_their_intervals_give_nothing() -> None:
    records = [
        *cell("0.41 (0.32-0.52)", {"hr": 0.41, "ci_low": 0.32, "ci_high": 0.52}, row=("PFS",)),
        *cell(
            "2.6 (2.6 ~ NA)",
            {"median": 2.6, "ci_low": 2.6, "ci_high": None},
            row=("DoR",),
            qualifiers={"ci_high": "not available"},
        ),
        *cell(
            "NR (11.8 ~ NA)",
            {"median": None, "ci_low": 11.8, "ci_high": None},
            row=("OS",),
            qualifiers={"median": "not reached", "ci_high": "not available"},
        ),
        *statement("25.3%, 95% CI 16.6–35.8", {"percent": 25.3, "ci_low": 16.6, "ci_high": 35.8}),
        *statement("25.3% (95% CI 0.166–0.358)", {"percent": 25.3, "ci_low": 0.166, "ci_high": 0.358}),
    ]
    assert findings_of(records, "estimate-in-ci") == []


def test_an_estimate_outside_its_interval_is_an_error() -> None:
    (found,) = findings_of(
        cell(
            "0.61 (0.32-0.52)",
            {"hr": 0.61, "ci_low": 0.32, "ci_high": 0.52},
            row=("PFS",),
            table="Table 2",
            page=6,
        ),
        "estimate-in-ci",
    )
    assert found.severity == "error" and found.page == 6
    assert "hazard ratio 0.61 and its CI 0.32 to 0.52: the estimate lies above its upper bound" in found.message
    (found,) = findings_of(
        statement("4.8 months (95% CI 5.2–5.8)", {"median": 4.8, "ci_low": 5.2, "ci_high": 5.8}),
        "estimate-in-ci",
    )
    assert found.severity == "error" and "below its lower bound" in found.message


def test_the_east_afnet4_reversed_interval_is_an_error() -> None:
    # NEJM 2020 Table 2 prints "0.23 (−0.46 to −0.91)": reversed bounds, and the estimate outside both
    records = cell(
        "0.23 (−0.46 to −0.91)",
        {"value": 0.23, "ci_low": -0.46, "ci_high": -0.91},
        table="Table 2",
        row=("Change in LVEF",),
        section="efficacy",
    )
    (found,) = findings_of(records, "estimate-in-ci")
    assert found.severity == "error"
    assert "estimate 0.23 and its CI -0.46 to -0.91" in found.message and "lies outside both" in found.message


def test_bounds_in_reverse_order_around_the_estimate_are_a_warning() -> None:
    records = cell("0.70 (0.90-0.55)", {"hr": 0.70, "ci_low": 0.90, "ci_high": 0.55})
    (found,) = findings_of(records, "estimate-in-ci")
    assert found.severity == "warning" and "reverse order" in found.message


def test_medians_within_their_range_and_iqr() -> None:
    fine = [
        *cell("47.5 (28-63)", {"median": 47.5, "min": 28, "max": 63}, row=("Age",)),
        *cell("3.0 (2.0-8.0)", {"median": 3.0, "q1": 2.0, "q3": 8.0}, row=("Lines",)),
        *cell("28 (28-63)", {"median": 28, "min": 28, "max": 63}, row=("Age, min",)),
    ]
    assert findings_of(fine, "median-in-range") == []
    (found,) = findings_of(cell("17.1 (2.5-13.5)", {"median": 17.1, "min": 2.5, "max": 13.5}), "median-in-range")
    assert found.severity == "error" and "median 17.1 > max 13.5" in found.message
    (found,) = findings_of(cell("5 (7-4)", {"median": 5, "q1": 7, "q3": 4}), "median-in-range")
    assert "q1 7 > median 5" in found.message and "q1 7 > q3 4" in found.message


def test_means_within_their_range() -> None:
    assert findings_of(cell("62.1 (41-80)", {"mean": 62.1, "min": 41, "max": 80}), "estimate-in-range") == []
    (found,) = findings_of(cell("82.1 (41-80)", {"mean": 82.1, "min": 41, "max": 80}), "estimate-in-range")
    assert found.severity == "error" and "mean 82.1 > max 80" in found.message


def test_an_estimate_on_another_scale_than_its_interval_is_a_warning() -> None:
    # vernakalant Europace 2017 Table 2 prints "−0.14% (−23 to −04)": −0.14 as a proportion is −14%
    records = cell("−0.14% (−23 to −04)", {"value": -0.14, "ci_low": -23, "ci_high": -4})
    (found,) = findings_of(records, "estimate-in-ci")
    assert found.severity == "warning" and "different scales" in found.message


def test_a_missing_minus_sign_is_an_error_that_says_so() -> None:
    # PATHWAY-2 (Lancet 2015) Table 2 prints "8·70 (–9·72 to –7·69)"
    records = cell("8·70 (–9·72 to –7·69)", {"value": 8.70, "ci_low": -9.72, "ci_high": -7.69})
    (found,) = findings_of(records, "estimate-in-ci")
    assert found.severity == "error" and "a minus sign missing" in found.message
    assert found.expected == "-9.72 <= estimate <= -7.69" and found.observed == "8.70"


def test_a_lone_interval_with_reversed_bounds_is_a_warning() -> None:
    records = cell("(69.2, 10.9)", {"ci_low": 69.2, "ci_high": 10.9}, row=("ORR", "95% CI"))
    (found,) = findings_of(records, "estimate-in-ci")
    assert found.severity == "warning" and "lower bound above its upper bound" in found.message
    assert findings_of(cell("(10.9, 69.2)", {"ci_low": 10.9, "ci_high": 69.2}), "estimate-in-ci") == []


def test_prose_stating_a_reduction_as_a_size_is_a_warning() -> None:
    # SUGAR-DM-HF: "empagliflozin reduced LV end-systolic volume index by 6.0 (95% CI, -10.8 to -1.2) mL/m2"
    (found,) = findings_of(
        statement("6.0 (95% CI, -10.8 to -1.2)", {"value": 6.0, "ci_low": -10.8, "ci_high": -1.2}),
        "estimate-in-ci",
    )
    assert found.severity == "warning" and "reduction as a size" in found.message
