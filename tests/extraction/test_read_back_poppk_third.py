"""The third instance set of sampled pop-PK forms (tests/typeset/read_back/poppk-sampled-3.html; gold
`tests/extraction/read_back_poppk_third_gold.py`, written before the page was first read), and ratchets for the
structural families of issue 8 item 4 on the first two sets.

First contact (branch poppk2, after the fixes of the first two sets): 35 right, 25 withheld, 0 wrong, 1 mislabeled
(a bootstrap median under "Bootstrap median" read as a value), 23 extras: "ω_CL²" / "ε_prop-2²ᵇ" set with a
superscript of 70 % type read "2 ωCL" (the superscript on a line of its own), a "Description" head over a column
of words not taken for a label column (its words in the row label; the "95% CI" column's path holding "RSE (%)"),
"−0.41–(−0.07)" (only the upper bound bracketed) withheld.

End (branch poppk3): 61 right, 0 withheld, 0 wrong, 0 mislabeled, 0 extras. Fixed as families: a footnote's run-on
glossary ("CI, confidence interval; RSE, relative standard error") no longer says a cell is a precision, so a
"Bootstrap median" column keeps its median; a superscript after a subscript, raised ``script_raise_em`` above the
subscript's baseline, goes where the subscript went (and an exponent glued to its footnote letter, "2b", gives the
exponent and the mark); a stub column of words is found under any head now that a row's subscripts ("θ" + "1")
stay on their line instead of joining the next cell as a number, and an interval's column goes on from the
estimate's column, past an "RSE (%)" column between them; an interval with one negative bound bracketed is read.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from extractors.pipeline import extract
from schemas.extraction import Extraction
from tests.extraction.read_back_gold import Comparison, compare
from tests.extraction.read_back_poppk_third_gold import GOLD, NO_ARM

READ_BACK = Path(__file__).resolve().parents[1] / "data" / "read_back"
PAGE = "poppk-sampled-3"
END_RIGHT = 61


@cache
def _extraction(page: str) -> Extraction:
    return extract(READ_BACK / f"{page}.pdf")


def _compare(table: str) -> Comparison:
    records = [r for r in _extraction(PAGE).records if r.table == table]
    return compare(GOLD[(PAGE, table)], records, False, frozenset(NO_ARM), unnamed=True)


@pytest.mark.parametrize("table", [t for _, t in GOLD])
def test_no_third_set_value_is_read_wrong(table: str) -> None:
    got = _compare(table)
    assert not got.wrong, got.wrong
    assert not got.mislabeled, got.mislabeled
    assert not got.wrong_arm, got.wrong_arm


def test_the_third_set_stays_read() -> None:
    assert sum(len(_compare(t).right) for _, t in GOLD) >= END_RIGHT


def test_equation_rows_are_no_group_of_the_theta_rows() -> None:
    """ "CL = θ1 × (WT/70)^0.75 × ..." set at the indent of θ1 and θ2: they stay under "Clearance" alone."""
    rows = {tuple(r.row) for r in _extraction(PAGE).records if r.table == "Table 3"}
    assert rows and all(len(row) <= 2 and "=" not in " ".join(row) for row in rows)


def test_a_cut_off_in_a_subscript_names_no_dose_group() -> None:
    """ "θF,dose≥20 mg": one label, no arm read from its "20 mg"."""
    records = [r for r in _extraction(PAGE).records if r.table == "Table 5"]
    assert {tuple(r.row) for r in records} >= {("θF,dose≥20 mg",)}
    assert all(r.arm is None for r in records)


def test_an_equation_row_nests_nothing_on_the_first_set() -> None:
    """poppk-sampled Table 6: "CL/F = CL/Fstd × (WT/20)^θWT" over CL/Fstd and θWT, all at one indent."""
    records = [r for r in extract(READ_BACK / "poppk-sampled.pdf").records if r.table == "Table 6"]
    rows = {tuple(r.row) for r in records}
    assert ("Apparent clearance, CL/F (L h−1)", "CL/Fstd") in rows
    assert ("Apparent clearance, CL/F (L h−1)", "θWT") in rows


def test_a_definition_column_is_no_part_of_the_label() -> None:
    """poppk-sampled-2 Table 2: "Model parameter | Definition": the row is "ka, h−1", "ω2CL", not their definitions."""
    rows = {tuple(r.row) for r in extract(READ_BACK / "poppk-sampled-2.pdf").records if r.table == "Table 2"}
    assert ("ka, h−1",) in rows and ("ω2CL",) in rows
    assert not [row for row in rows if "Clearance" in " ".join(row) or "Bioavailability" in " ".join(row)]


def test_a_superscript_after_a_subscript_ends_its_symbol() -> None:
    """ "ω_CL²", "ε_prop-2²ᵇ": the superscript set after the subscript, not before the symbol; the "b" a mark."""
    rows = {tuple(r.row) for r in _extraction(PAGE).records if r.table == "Table 2"}
    assert ("Intersubject variability", "ωCL2") in rows
    assert ("Residual error", "εprop-22") in rows


def test_a_description_column_is_no_part_of_the_label_whatever_its_head() -> None:
    """Table 3 "Parameter | Description | Estimate | RSE (%) | 95% CI": the row is "θ1 (L/h)", and the interval's
    column goes on from the estimate's, not from the "RSE (%)" between them."""
    records = [r for r in _extraction(PAGE).records if r.table == "Table 3"]
    assert ("Clearance", "θ1 (L/h)") in {tuple(r.row) for r in records}
    assert not [r for r in records if "Typical" in " ".join(r.row)]
    assert {tuple(r.column) for r in records if r.statistic == "ci_low"} == {("Estimate", "95% CI")}


def test_an_interval_with_one_bound_bracketed_is_read() -> None:
    from extractors.cells import parse_shape

    for text, bounds in (("−0.41–(−0.07)", (-0.41, -0.07)), ("(−0.62)–0.15", (-0.62, 0.15))):
        shape = parse_shape(text)
        assert shape is not None and shape.kind == "bare_interval" and shape.numbers == bounds
    assert parse_shape("12–(3)") is None  # a bracket that holds no negative is no bound of this form
