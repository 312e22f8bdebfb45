"""The seed paper (NCT04728035), transcribed by hand (tests/checks/seed_records.py): its tables are internally
consistent (no error; a warning for the hormonal-receptor categories that cover 87 of 89), its prose
prints the slips listed in seed_records.SLIPS, and the checks report each one and nothing else."""

from __future__ import annotations

import pytest

from schemas.findings import Finding
from tests.checks.seed_records import SLIPS, prose_consistent, prose_slips, seed_records, tables
from trialex.checks import run_checks


@pytest.fixture(scope="module")
def table_findings() -> list[Finding]:
    return run_checks(tables(), strict=True)


@pytest.fixture(scope="module")
def all_findings() -> list[Finding]:
    return run_checks(seed_records(), strict=True)


def about(finding: Finding, raw: str) -> bool:
    return any(value.raw == raw for value in finding.values)


def test_the_tables_give_no_error(table_findings: list[Finding]) -> None:
    assert [f for f in table_findings if f.severity == "error"] == []


def test_the_only_table_warnings_are_the_hormonal_receptor_categories(table_findings: list[Finding]) -> None:
    assert {(f.check, f.severity) for f in table_findings} == {("categories-sum", "warning")}
    covered = sorted(f.observed or "" for f in table_findings)
    assert covered == ["12 + 3 = 15", "76 + 11 = 87", "88 + 11 = 99"]
    assert all('"Hormonal receptors status" categories' in f.message for f in table_findings)
    (tnbc_70,) = [f for f in table_findings if f.expected == "89"]
    assert "cover 87 of 89" in tnbc_70.message and tnbc_70.page == 1 and tnbc_70.table == "Table 1"


def test_correct_prose_adds_no_finding(table_findings: list[Finding]) -> None:
    assert run_checks([*tables(), *prose_consistent()], strict=True) == table_findings


@pytest.mark.parametrize(("raw", "check", "severity"), SLIPS)
def test_each_prose_slip_is_reported(all_findings: list[Finding], raw: str, check: str, severity: str) -> None:
    matching = [f for f in all_findings if f.check == check and about(f, raw)]
    assert [f.severity for f in matching] == [severity], [f.message for f in all_findings if about(f, raw)]


def test_nothing_but_the_slips_and_the_table_warnings_is_reported(
    all_findings: list[Finding], table_findings: list[Finding]
) -> None:
    expected = {(check, raw) for raw, check, _severity in SLIPS}
    prose = [f for f in all_findings if f not in table_findings]
    assert sorted((f.check, next(v.raw for v in f.values if v.label.startswith("text"))) for f in prose) == sorted(
        expected
    )


def test_the_messages_say_what_was_expected_and_why(all_findings: list[Finding]) -> None:
    def one(check: str, raw: str) -> Finding:
        (found,) = [f for f in all_findings if f.check == check and about(f, raw)]
        return found

    evaluable = one("percent-vs-count", "87 (88.1%) of the 101 patients")
    assert "87/101 = 86.14%, which prints as 86.1%, not 88.1%" in evaluable.message
    assert evaluable.expected == "86.1% (87/101)" and evaluable.observed == "88.1%" and evaluable.page == 3
    shrinkage = one("percent-vs-count", "53 (59.6%) of 87 patients")
    assert "53/87 = 60.92%" in shrinkage.message and "59.6% matches 53/89" in shrinkage.message
    for raw in ("[ORR] 7.1%, 1/18", "1 patient (7.1%, 95% CI 0.2–33.9)"):
        bcbm = one("percent-vs-count", raw)
        assert "1/18 = 5.56%" in bcbm.message and "7.1% matches 1/14" in bcbm.message
        assert "HER2-negative BCBM > 70 mg/m² (RECIST v1.1)" in bcbm.message
    control = one("percent-vs-count", "9 patients (64.3%, 95% CI 35.1–87.2)")
    assert control.expected == "50.0% (9/18)" and "64.3% matches 9/14" in control.message
    discontinued = one("percent-vs-count", "five patients (4.2%)")
    assert "5/107 = 4.67%" in discontinued.message and "4.2% matches 5/119" in discontinued.message
    assert 'Table 2 column "Total (n=119)"' in discontinued.message
    auc = one("text-vs-table", "427.9 h*ng/mL")
    assert "prints 457.2" in auc.message and "427.9 is the value of 70 mg/m² n = 9 > AUC0-t" in auc.message
    assert auc.values[1].page == 3 and auc.values[1].bbox is not None


def test_the_slips_alone_are_found_without_the_rest_of_the_prose() -> None:
    found = run_checks([*tables(), *prose_slips()], strict=True)
    assert sum(f.severity == "error" for f in found) == 8
