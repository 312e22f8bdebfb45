"""Population-PK parameter tables in forms sampled from real papers, written and read back (issue 8/9).

Twenty pop-PK parameter tables of twelve journals were read with the `search` tool (corpus "pages": PMC tables of
Front Pharmacol, BJCP, CPT, Clin Pharmacokinet, J Clin Pharmacol, Eur J Clin Pharmacol, AAC, JPET); each form is
set with this project's own drugs and numbers on tests/typeset/read_back/poppk-sampled.html (8 tables) and
poppk-sampled-2.html (7 tables, the second instance set), the source address beside each table. What each must give
is `tests/extraction/read_back_poppk_gold.py`, written before each page was first read.

First contact, first set (223 values): 65 right, 79 withheld, 14 mislabeled, 44 under a wrong arm, 0 wrong, 83
records at no golden value. What failed: two tables captioned "... bootstrap results" and one "... covariate model"
were classified efficacy or other (their heads' "Final model" named as arms, "Bias (%)" read as counts); "RSE" /
"(%)" and "Bias" / "(%)" heads wrapped at their bracket read as shares of patients; "Proportional (%)" under
"Residual error" read as a percent; variabilities said only by a row group ("Interindividual variability (%)" over
"CL/F") or a column span ("Inter-individual variability" over "CV (%)") read as values or counts; "k" + subscript
"a" under "Structural model" joined to it as a wrapped word (the rows below nested under "Structural model ka");
a "Fixed (0.6 × V1)" cell taken for a restated header; the children's column of a two-population table read as
medians from the legend's "median weight (22 kg)".

End of the first set: 169 right, 33 withheld (a negative printed in brackets "(−0.142)", "a (b) [c]" cells of
"(RSE %) [shrinkage]" heads, ω² with its superscript set apart from its cell, a covariate equation row nesting the
θs under it, a subscript glued to the next row), 0 wrong, 0 mislabeled, 0 under a wrong arm.

First contact, second set (138 values): 104 right, 26 withheld, 8 mislabeled ("Population mean" read as a mean,
"IPV (%)" not a variability), 0 wrong, 42 records at no golden value ("Relative S.E." / "(%)" read as a share,
"5th" / "95th" bootstrap percentiles as values, "12.9%" under "RUV" as a percent, "ka" under "Absorption parameters"
joined to it, a "Definition" text column read into the row label). End: 117 right, 21 withheld, 0 wrong, 0
mislabeled.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from extractors.pipeline import extract
from schemas.extraction import Extraction
from tests.extraction.read_back_gold import Comparison, compare
from tests.extraction.read_back_poppk_gold import GOLD, NO_ARM

READ_BACK = Path(__file__).resolve().parents[1] / "data" / "read_back"

END_RIGHT = {"poppk-sampled": 192, "poppk-sampled-2": 130}


@cache
def _extraction(page: str) -> Extraction:
    return extract(READ_BACK / f"{page}.pdf")


def _compare(page: str, table: str) -> Comparison:
    records = [r for r in _extraction(page).records if r.table == table]
    return compare(GOLD[(page, table)], records, False, frozenset(NO_ARM), unnamed=True)


@pytest.mark.parametrize(("page", "table"), list(GOLD))
def test_no_poppk_value_is_read_silently_wrong(page: str, table: str) -> None:
    got = _compare(page, table)
    assert not got.wrong, got.wrong
    assert not got.mislabeled, got.mislabeled
    assert not got.wrong_arm, got.wrong_arm


@pytest.mark.parametrize("page", list(END_RIGHT))
def test_the_sampled_poppk_forms_stay_read(page: str) -> None:
    right = sum(len(_compare(p, table).right) for p, table in GOLD if p == page)
    assert right >= END_RIGHT[page]


def test_a_model_table_is_pk_whatever_its_caption_says() -> None:
    """ "Parameter estimates ... and bootstrap results", "Model parameters of the final ... covariate model": PK."""
    sections = {(r.table, r.section) for r in _extraction("poppk-sampled").records}
    assert {s for _, s in sections} == {"pk"}


def test_rse_shrinkage_bias_and_percentiles_are_withheld_with_a_finding() -> None:
    records = _extraction("poppk-sampled").records + _extraction("poppk-sampled-2").records
    # the innermost head of a read cell ("RSE" / "(%)" read whole) never names a precision, a bias or a percentile
    heads = {" ".join(r.column[-2:]) if r.column[-1].startswith("(") else r.column[-1] for r in records if r.column}
    assert not [h for h in heads if h.startswith(("RSE", "Relative S.E.", "Shrinkage", "Bias", "5th", "95th"))]
    findings = [f.message for p in ("poppk-sampled", "poppk-sampled-2") for f in _extraction(p).findings]
    assert any("bias" in m for m in findings) and any("percentile" in m for m in findings)
    assert not [r for r in records if r.statistic in ("percent", "count", "rate")]


def test_a_subscripted_symbol_under_a_heading_is_a_row_of_its_own() -> None:
    """ "Structural model" over "k_a (h⁻¹) | 3.20 fixed": no wrapped label "Structural model ka"."""
    rows = {tuple(r.row) for r in _extraction("poppk-sampled").records if r.table == "Table 2"}
    assert ("Structural model", "ka (h−1)") in rows
    assert all(len(row) <= 2 for row in rows)
