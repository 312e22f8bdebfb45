"""Numbers quoted in the prose of the seed fixture, with what they are about."""

from __future__ import annotations

from collections.abc import Callable

from schemas.extraction import Extraction
from schemas.records import Record

SEED = "seed-nct04728035.pdf"


def _statement(ex: Extraction, raw_part: str) -> list[Record]:
    return [r for r in ex.records if r.table == "text" and raw_part in r.raw]


def test_n_of_n_with_percent_and_ci(extraction: Callable[[str], Extraction]) -> None:
    recs = {r.statistic: r for r in _statement(extraction(SEED), "22 of 87 patients")}
    assert recs["count"].value == 22 and recs["count"].denominator == 87
    assert recs["percent"].value == 25.3
    assert (recs["ci_low"].value, recs["ci_high"].value) == (16.6, 35.8)
    assert recs["count"].page == 3 and recs["count"].context and "partial response" in recs["count"].context


def test_median_with_ci_names_its_endpoint(extraction: Callable[[str], Extraction]) -> None:
    recs = [
        r
        for r in extraction(SEED).records
        if r.table == "text" and r.statistic == "median" and r.value == 4.8 and r.page == 4
    ]
    assert recs and recs[0].parameter == "PFS"


def test_landmark_rates_respectively(extraction: Callable[[str], Extraction]) -> None:
    rates = {
        r.value: r for r in extraction(SEED).records if r.table == "text" and r.statistic == "rate" and r.page == 4
    }
    assert rates[59.3].row == ["12-month OS rate"]
    assert rates[47.3].row == ["18-month OS rate"]


def test_pk_values_listed_respectively(extraction: Callable[[str], Extraction]) -> None:
    rec = next(r for r in extraction(SEED).records if r.table == "text" and r.value == 427.9)
    assert (rec.statistic, rec.analyte, rec.parameter, rec.arm) == ("mean", "SN-38", "AUC0-inf", "70 mg/m²")


def test_lead_in_denominator(extraction: Callable[[str], Extraction]) -> None:
    recs = _statement(extraction(SEED), "9 patients (64.3%")
    assert recs and all(r.denominator == 18 for r in recs if r.statistic in ("count", "percent"))
