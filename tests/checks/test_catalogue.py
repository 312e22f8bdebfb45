"""The catalogue and run_checks: stable ids, documented policy, deterministic order, robustness."""

from __future__ import annotations

import json
import logging

import pytest

import trialex.checks as checks
from schemas.findings import Finding
from tests.checks.factory import cell, statement
from tests.checks.seed_records import seed_records
from trialex.checks import CATALOGUE, CHECKS, Check, CheckInfo, Paper, run_checks
from trialex.checks.findings import SEVERITY_ORDER

STABLE_IDS = [
    "percent-vs-count",
    "categories-sum",
    "total-vs-arms",
    "orr-equals-cr-pr",
    "dcr-equals-cr-pr-sd",
    "bor-sum-evaluable",
    "ci-clopper-pearson",
    "estimate-in-ci",
    "median-in-range",
    "estimate-in-range",
    "landmark-monotone",
    "subset-le-superset",
    "text-vs-table",
    "pk-auc-order",
    "pk-vd-cl-halflife",
]


def test_the_catalogue_lists_every_check_once_with_its_policy() -> None:
    assert [info.id for info in CATALOGUE] == STABLE_IDS
    for info in CATALOGUE:
        assert info.title and info.severity and info.compares and info.tolerance
        assert any(word in info.severity for word in ("error", "warning", "info"))
    served = json.loads(json.dumps([info.model_dump() for info in CATALOGUE]))
    assert served[0]["id"] == "percent-vs-count" and set(served[0]) == {
        "id",
        "title",
        "severity",
        "compares",
        "tolerance",
    }


def test_the_package_docstring_states_the_severity_policy() -> None:
    doc = checks.__doc__ or ""
    for severity in ("**error**", "**warning**", "**info**"):
        assert severity in doc


def test_findings_are_sorted_by_severity_then_page_and_use_catalogue_ids() -> None:
    found = run_checks(seed_records(), strict=True)
    assert found, "the seed prose has slips"
    keys = [(SEVERITY_ORDER[f.severity], f.page or 0) for f in found]
    assert keys == sorted(keys)
    assert {f.check for f in found} <= set(STABLE_IDS)
    assert run_checks(seed_records(), strict=True) == found  # deterministic


def test_empty_and_value_less_input_gives_nothing() -> None:
    assert run_checks([]) == []
    records = [
        *cell(
            "NR (NR, NA)",
            {"median": None, "ci_low": None, "ci_high": None},
            qualifiers={"median": "not reached", "ci_low": "not reached", "ci_high": "not available"},
        ),
        *statement("not reached", {"median": None}, qualifiers={"median": "not reached"}),
    ]
    assert run_checks(records, strict=True) == []


def test_a_failing_check_is_logged_and_skipped_unless_strict(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def broken(paper: Paper) -> list[Finding]:
        raise RuntimeError("boom")

    info = CheckInfo(id="broken", title="t", severity="error", compares="c", tolerance="t")
    monkeypatch.setattr(checks, "CHECKS", (Check(info, broken), *CHECKS))
    records = cell("7 (38.9)", {"count": 7, "percent": 38.9}, arm_n=21)
    with caplog.at_level(logging.ERROR, logger="trialex.checks"):
        found = checks.run_checks(records)
    assert [f.check for f in found] == ["percent-vs-count"]
    assert "check broken failed" in caplog.text
    with pytest.raises(RuntimeError):
        checks.run_checks(records, strict=True)
