"""orr-equals-cr-pr, dcr-equals-cr-pr-sd, bor-sum-evaluable."""

from __future__ import annotations

from collections.abc import Sequence

from schemas.records import Record
from tests.checks.factory import Column, Row, cell, findings_of, grid

COLUMNS: list[Column] = [(("Arm A",), "A", 11)]
BOR = "Best overall response, n (%)"


def table(
    cr: str = "0",
    pr: str = "4 (36.4)",
    sd: str = "3 (27.3)",
    pd: str = "4 (36.4)",
    ne: str | None = "0",
    orr: str = "4 (36.4)",
    dcr: str = "7 (63.6)",
    dcr_label: str = "DCR, n (%)",
    orr_label: str = "ORR, n (%)",
) -> list[Record]:
    rows: list[Row] = [
        ((BOR, "Complete response"), "n_pct", [cr]),
        ((BOR, "Partial response"), "n_pct", [pr]),
        ((BOR, "Stable disease"), "n_pct", [sd]),
        ((BOR, "Progressive disease"), "n_pct", [pd]),
    ]
    if ne is not None:
        rows.append(((BOR, "Not evaluable"), "n_pct", [ne]))
    rows += [((orr_label,), "n_pct", [orr]), ((dcr_label,), "n_pct", [dcr])]
    return grid("Table 4", COLUMNS, rows, section="efficacy", page=4)


def checks(records: Sequence[Record]) -> dict[str, list[str]]:
    return {
        check: [f.severity for f in findings_of(records, check)]
        for check in ("orr-equals-cr-pr", "dcr-equals-cr-pr-sd", "bor-sum-evaluable")
    }


def test_a_consistent_response_table_gives_nothing() -> None:
    assert checks(table()) == {"orr-equals-cr-pr": [], "dcr-equals-cr-pr-sd": [], "bor-sum-evaluable": []}


def test_orr_other_than_cr_plus_pr_is_an_error() -> None:
    (found,) = findings_of(table(orr="5 (45.5)"), "orr-equals-cr-pr")
    assert found.severity == "error"
    assert 'ORR "ORR, n (%)" is 5, but Best overall response, n (%) > Complete response + ' in found.message
    assert found.expected == "4 (0 + 4)" and found.observed == "5"
    confirmed = findings_of(table(orr="5 (45.5)", orr_label="Confirmed ORR, n (%)"), "orr-equals-cr-pr")
    assert [f.severity for f in confirmed] == ["warning"]


def test_dcr_above_cr_pr_sd_is_an_error_and_below_a_warning() -> None:
    assert checks(table(dcr="8 (72.7)"))["dcr-equals-cr-pr-sd"] == ["error"]
    (found,) = findings_of(table(dcr="6 (54.5)"), "dcr-equals-cr-pr-sd")
    assert found.severity == "warning" and "minimum duration of stable disease" in found.message


def test_a_cbr_may_be_smaller_but_never_larger() -> None:
    assert checks(table(dcr="5 (45.5)", dcr_label="CBR, n (%)"))["dcr-equals-cr-pr-sd"] == []
    assert checks(table(dcr="5 (45.5)", dcr_label="DCR/CNS CBR, n (%)"))["dcr-equals-cr-pr-sd"] == []
    assert checks(table(dcr="8 (72.7)", dcr_label="DCR/CNS CBR, n (%)"))["dcr-equals-cr-pr-sd"] == ["error"]


def test_best_response_categories_must_add_up_to_the_evaluable_n() -> None:
    (found,) = findings_of(table(pd="5 (45.5)"), "bor-sum-evaluable")
    assert found.severity == "error" and "add up to 12" in found.message and "N = 11" in found.message
    assert checks(table(pd="3 (27.3)"))["bor-sum-evaluable"] == ["warning"]
    (found,) = findings_of(table(pd="3 (27.3)", ne=None), "bor-sum-evaluable")
    assert found.severity == "info" and "no not-evaluable/unknown row" in found.message


def test_percent_only_response_rows_are_checked_within_rounding() -> None:
    def row(label: str, value: float) -> list[Record]:
        return cell(f"{value}", {"percent": value}, table="Table 3", row=(label,), column=("Arm",))

    fine = [*row("CR", 3.3), *row("PR", 20.0), *row("SD", 40.0), *row("PD", 36.7), *row("ORR", 23.3)]
    assert checks(fine)["orr-equals-cr-pr"] == []
    wrong = [*row("CR", 3.3), *row("PR", 20.0), *row("SD", 40.0), *row("PD", 36.7), *row("ORR", 26.7)]
    assert checks(wrong)["orr-equals-cr-pr"] == ["error"]
