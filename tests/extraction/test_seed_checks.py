"""The consistency checks on the real seed fixture PDF: its prose slips are errors, its tables are clean."""

from __future__ import annotations

from collections.abc import Callable

from schemas.extraction import Extraction

SEED = "seed-nct04728035.pdf"


def _errors(ex: Extraction) -> list[str]:
    return [f.message for f in ex.findings if f.severity == "error"]


def test_every_prose_slip_is_an_error(extraction: Callable[[str], Extraction]) -> None:
    errors = _errors(extraction(SEED))
    expected = [
        "87 (88.1%) of the 101",  # 87/101 = 86.1%
        "53 (59.6%) of 87",  # 53/87 = 60.9%
        "7.1%, 1/18",  # 1/18 = 5.6%
        "1 patient (7.1%",  # of 18 patients: 5.6%
        "9 patients (64.3%",  # of 18 patients: 50.0%
        "427.9",  # SN-38 AUC0-inf at 70 mg/m2 is 457.2 in Table 3 (427.9 is AUC0-t)
    ]
    for quote in expected:
        assert any(quote in message for message in errors), (quote, errors)
    assert len(errors) == len(expected), errors


def test_no_error_on_the_seed_tables(extraction: Callable[[str], Extraction]) -> None:
    ex = extraction(SEED)
    table_errors = [
        f
        for f in ex.findings
        if f.severity == "error"
        and f.table
        and f.table != "text"
        and not any(v.label.startswith("text") for v in f.values)
    ]
    assert table_errors == []
    receptor = [f for f in ex.findings if f.check == "categories-sum" and "Hormonal" in f.message]
    assert receptor and all(f.severity == "warning" for f in receptor)
    assert any("87 of 89" in f.message for f in receptor)


def test_findings_point_at_the_page(extraction: Callable[[str], Extraction]) -> None:
    for f in extraction(SEED).findings:
        if f.severity == "error":
            assert f.values, f.message
            for v in f.values:
                assert v.page >= 1 and v.bbox is not None and v.raw
