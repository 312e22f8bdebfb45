"""landmark-monotone: survival rates of one endpoint and arm never rise over time."""

from __future__ import annotations

from tests.checks.factory import Column, cell, findings_of, grid, statement

CHECK = "landmark-monotone"
COLUMNS: list[Column] = [(("TNBC", "50 mg/m²"), "50", 12), (("TNBC", "Total"), "Total", 101)]


def test_falling_rates_give_nothing() -> None:
    records = grid(
        "Table 4",
        COLUMNS,
        [
            (("12-month OS rate (95% CI)",), "rate_ci", ["42.3 (13.5, 69.2)", "59.3 (47.7, 69.1)"]),
            (("18-month OS rate (95% CI)",), "rate_ci", ["21.2 (3.3, 49.3)", "47.3 (34.8, 58.9)"]),
            (("24-month OS rate (95% CI)",), "rate_ci", ["NA (NA, NA)", "47.3 (30.1, 55.0)"]),
        ],
        section="efficacy",
        page=4,
    )
    assert findings_of(records, CHECK) == []


def test_a_rising_survival_rate_is_an_error() -> None:
    records = grid(
        "Table 4",
        COLUMNS,
        [
            (("12-month OS rate (95% CI)",), "rate_ci", ["42.3 (13.5, 69.2)", "59.3 (47.7, 69.1)"]),
            (("18-month OS rate (95% CI)",), "rate_ci", ["21.2 (3.3, 49.3)", "61.0 (34.8, 70.9)"]),
        ],
        section="efficacy",
        page=4,
    )
    (found,) = findings_of(records, CHECK)
    assert found.severity == "error"
    assert "rate at 18 months" in found.message and "higher than at 12 months" in found.message
    assert found.expected == "<= 59.3" and found.observed == "61"


def test_time_points_as_columns_and_prose_are_read() -> None:
    by_column = [
        *cell("80", {"rate": 80}, table="Table 3", row=("PFS, %", "Drug"), column=("1 year",)),
        *cell("85", {"rate": 85}, table="Table 3", row=("PFS, %", "Drug"), column=("2 years",)),
        *cell("60", {"rate": 60}, table="Table 3", row=("PFS, %", "Placebo"), column=("1 year",)),
        *cell("50", {"rate": 50}, table="Table 3", row=("PFS, %", "Placebo"), column=("2 years",)),
    ]
    (found,) = findings_of(by_column, CHECK)
    assert found.values[0].label == "Table 3 / PFS, % > Drug / 1 year / rate"
    assert found.message.startswith(
        'Table 3, row "PFS, % > Drug", column "1 year": the rate at 24 months '
        '("2 years": 85) is higher than at 12 months ("1 year": 80)'
    )
    prose = [
        *statement("59.3%", {"rate": 59.3}, arm="TNBC", parameter="12-month OS rate"),
        *statement("61.3%", {"rate": 61.3}, arm="TNBC", parameter="18-month OS rate", page=2),
    ]
    assert [f.severity for f in findings_of(prose, CHECK)] == ["error"]


def test_cumulative_incidences_may_rise() -> None:
    records = [
        *cell("5.0", {"rate": 5.0}, row=("Cumulative incidence of relapse at 12 months",)),
        *cell("9.0", {"rate": 9.0}, row=("Cumulative incidence of relapse at 24 months",)),
    ]
    assert findings_of(records, CHECK) == []


def test_event_free_survival_is_a_survival_curve() -> None:
    records = [
        *cell("70", {"rate": 70}, row=("Event-free survival at 1 year",)),
        *cell("75", {"rate": 75}, row=("Event-free survival at 2 years",)),
    ]
    assert [f.severity for f in findings_of(records, CHECK)] == ["error"]
