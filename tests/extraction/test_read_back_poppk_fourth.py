"""Covariate models printed in cells and stubs (issue 8/9): the fourth and fifth instance sets of sampled pop-PK
tables (tests/typeset/read_back/poppk-sampled-4.html, 8 tables; poppk-sampled-5.html, 4 tables gathered after the
fourth page's fixes), gold `read_back_poppk_fourth_gold.py` / `read_back_poppk_fifth_gold.py`, written before each
page was first read.

First contact, fourth page (branch covpk, before any fix; 197 golden values): 119 right, 70 withheld, 0 wrong, 8
mislabeled ("Population" / "mean" wrapped: a model's estimate read as a mean; "IPV" / "(%)" read as a share of
patients), 0 under a wrong arm; outside the gold, silently wrong: a stub heading in the body's type ("Volume of
distribution, V/F (L)") taken for running text cut Table 2 in two, and its rows under an untitled table read "SE
(%)", the bootstrap median and the 5th / 95th percentiles as the IIV's CV or the residual error's value (16 records);
"Effect of 2.5 mg kg−1 on V1" named a dose group (2 records); objective functions read as parameter values (4); the
estimates of Tables 3 and 4 filed under the wrapped end of an equation ("(BW/70)0.75", "= 1 + θ9": 28 records). A
gold slip found at contact: "Original dataset > Mean" is a ``mean`` (as read_back_pk_gold records the same form),
not a ``value``; corrected, the figures above count it so.

End, fourth page: 183 right, 14 withheld (Table 9: "%RSE | Mean | Median" set so tight their cells read as one,
"14.9 10.3 10.1", not a form trialex reads), 0 wrong, 0 mislabeled, 2 extras (a "12*" typical value the legend
says is the basic model's, with its SE). Fixed as families: a lone middle dot with no dot beside it is an equation's
"·", no leader; a wordy line ending left of the value cells of the rows taken is a stub label, no prose; a stub-only
line stating an equation is a body row, not a header line, whatever its length; an equation wrapped at an operator
("CL/F = θ3 ×" / "INF", "If CYP3A5*1/*3, INF" / "= 1 + θ8") is one label; a definition row ("If CYP3A5 *3/*3, F =
1", "Generic, KaFOR = 1 + θ11") nests nothing, like an equation; "SE (%)" is a relative SE; a PK table with a
bootstrap's columns is a model's table (its "5th" / "95th" withheld as percentiles); a head wrapped as "Population" /
"mean" is the model's estimate; a variability wrapped over "(%)" ("IPV" / "(%)") is no share; an "SE" column of a
residual-error row is read as an SE; a legend "presented as mean parameter estimate (CV% in the estimate)" says what
the bracket is; an objective function row is withheld with a finding; a covariate effect's dose names no group, and
the effect row is no child of its parameter's row.

First contact, fifth page (after those fixes; 56 golden values): 31 right, 25 withheld, 0 wrong, 0 mislabeled, 0
extras: "− 0.69" (a minus set apart) not read, "44.1 [29]" under "Final model (shrinkage)" not read, "Basic model |
Final model" not taken for a model's table (its bare numbers unnamed); the equation cells gave no record. End: 45
right, 11 withheld (Table 3, a model-building table whose stub is the models' numbers, and Table 4, a table of
published models with text columns: no value column found, each with a finding), 0 wrong, 0 extras. Fixed: a true
minus spaced from its number opening a cell, bracket or upper bound; a head naming its bracket "(shrinkage)"; a model
stage's head ("Basic model", "Final model") makes a model's table.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from extractors.pipeline import extract
from schemas.extraction import Extraction
from tests.extraction import read_back_poppk_fifth_gold as fifth
from tests.extraction import read_back_poppk_fourth_gold as fourth
from tests.extraction.read_back_gold import Comparison, compare

READ_BACK = Path(__file__).resolve().parents[1] / "data" / "read_back"
END_RIGHT = {"poppk-sampled-4": 183, "poppk-sampled-5": 45}
_GOLDS = {"poppk-sampled-4": fourth, "poppk-sampled-5": fifth}


@cache
def _extraction(page: str) -> Extraction:
    return extract(READ_BACK / f"{page}.pdf")


def _compare(page: str, table: str) -> Comparison:
    gold = _GOLDS[page]
    records = [r for r in _extraction(page).records if r.table == table]
    return compare(gold.GOLD[(page, table)], records, False, frozenset(gold.NO_ARM), unnamed=True)


_TABLES = [key for gold in _GOLDS.values() for key in gold.GOLD]


@pytest.mark.parametrize(("page", "table"), _TABLES)
def test_no_covariate_model_value_is_read_wrong(page: str, table: str) -> None:
    got = _compare(page, table)
    assert not got.wrong, got.wrong
    assert not got.mislabeled, got.mislabeled
    assert not got.wrong_arm, got.wrong_arm


@pytest.mark.parametrize("page", list(END_RIGHT))
def test_the_covariate_model_pages_stay_read(page: str) -> None:
    right = sum(len(_compare(p, table).right) for p, table in _TABLES if p == page)
    assert right >= END_RIGHT[page]


def test_every_record_is_of_a_captioned_table() -> None:
    """A stub heading in the body's type ("Volume of distribution, V/F (L)") is no running text: Table 2 is whole."""
    for page in END_RIGHT:
        assert all(r.table.startswith("Table ") for r in _extraction(page).records)


def test_no_number_of_an_equation_is_a_value() -> None:
    """Equation and condition rows state what the θs are ("(bodyweight/70)^0.75", "F = 1", "= 1 + θ8"): no record
    comes from them, and no row is filed under one."""
    records = _extraction("poppk-sampled-4").records
    assert not [r for r in records if "=" in " ".join(r.row[-1:])]
    rows = {tuple(r.row) for r in records if r.table in ("Table 2", "Table 3", "Table 4")}
    assert ("Oral clearance, CL/F (L h−1)", "θ3") in rows
    assert ("Disposition parameters", "θ1") in rows
    assert ("CL/F (l h–1) = θ3 × INFCYP3A5", "θ8") in rows
    equation_cells = [r for r in _extraction("poppk-sampled-5").records if r.table in ("Table 4", "Table 5")]
    assert not [r for r in equation_cells if r.value in (1.06, 0.591, 25.0, 3.41, 1.52, 4.12, 0.751, 4.87, 1.11)]


def test_a_covariate_effect_names_no_dose_group() -> None:
    records = [r for r in _extraction("poppk-sampled-4").records if r.table == "Table 9"]
    effects = [r for r in records if "Effect of" in r.row[-1]]
    assert effects and all(r.arm is None and len(r.row) == 2 for r in effects)


def test_objective_functions_are_withheld_with_a_finding() -> None:
    ex = _extraction("poppk-sampled-4")
    assert not [r for r in ex.records if r.row and r.row[-1] in ("Objective function", "MOFV")]
    assert any("objective function" in f.message for f in ex.findings)


def test_a_minus_sign_set_apart_is_read() -> None:
    from extractors.cells import parse_shape

    shape = parse_shape("− 1.07 (− 1.83 to − 0.36)")
    assert shape is not None and shape.numbers == (-1.07, -1.83, -0.36)
    shape = parse_shape("12 − 15")  # a range's dash between two numbers stays a dash
    assert shape is not None and shape.numbers == (12, 15)
