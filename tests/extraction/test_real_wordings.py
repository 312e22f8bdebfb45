"""Real wordings of what a table's cells are (tests/extraction/real_wordings_corpus.py): table footnotes, legend
sentences, row and column statements and Methods "statistical analysis" sentences gathered from published tables
(PMC table pages, journal table pages, preprint Methods) and journals' standing footnotes, paraphrased, gold first.

First contact, set 1 (main a951e9e), 61 statements on 74 cells: 65 right, 6 withheld, 3 silently wrong.
Wrong: "Data are shown as mean ± SEM in the figures" (Methods) read as the tables' "mean (SE)"; "Values are geometric
mean (CV%), except tmax and t1/2: median (range) and arithmetic mean (SD), respectively" read t1/2 as a geometric
mean; a legend "Data are n (%) or median (IQR)" with the Methods' "Continuous variables are presented as mean (SD)"
read the table's "62.3 (8.1)" as the Methods' mean (SD) over the table's own statement. Withheld: "means ± SDs"
(plural after ±); "Geometric mean (%CV) is shown for all parameters except tmax, for which ..."; the Methods'
"were defined as frequency and percentage, while parametric continuous data as mean±standard deviation", "median
values, with corresponding IQR", "mean values ± standard deviation (SD)", "geometric mean and geometric coefficient
of variation". Fixed (extractors/legends.py, legend_wording.py, paper_conventions.py, hint_paper.py): 74 of 74.

Typeset (tests/typeset/read_back/real-wordings.html, gold read_back_real_wordings_gold.py, five tables and a Methods
paragraph), first contact on main a951e9e: 30 of 64 values right, 30 withheld, 4 mislabeled (t1/2 as a geometric
mean and CV). Fixed: 64 of 64, and the table whose legend says "n (%) or median (IQR)" keeps its "a (b)" age cells
unread with a finding naming the legend's and the Methods' statements.

Set 2 (30 statements on 33 cells, other journals and wordings, gold written after set 1's fixes), first contact on
that code: 29 right, 3 withheld, 1 silently wrong. Wrong: "The t1/2 values are harmonic means ± pseudo-SD" read the
t1/2 "a ± b" as a mean and its SD (the subject's article hid its name, so the clause spoke for no row and the harmonic
mean went unnoticed). Withheld: "geometric means (coefficients of variation [%])", "Median values are shown with 95%
CIs", the Methods' "median (range) was used for quantitative data" (its subject after the phrase). Fixed: 33 of 33.

A table's own legend is never spoken over by the Methods: where the legend states an estimate for the cell ("Data
are n (%) or median (IQR)") and the Methods another ("mean (SD)"), the cell is unread and its finding names both; a
legend stating counts alone leaves a continuous cell to the Methods.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from extractors.hint_paper import table_overrules
from extractors.hints import Context
from extractors.legends import scoped_statements
from extractors.paper_conventions import conventions_in
from extractors.pipeline import extract
from schemas.extraction import Extraction
from tests.extraction.read_back_gold import compare
from tests.extraction.read_back_real_wordings_gold import GOLD, WITHHELD
from tests.extraction.real_wordings_corpus import SET_1, SET_2, Case, read, verdict


def _id(case: Case) -> str:
    return f"{case.place}:{case.statement[:50]} | {case.cell} | {case.row[:20]}"


@pytest.mark.parametrize("case", [*SET_1, *SET_2], ids=_id)
def test_each_real_wording_reads_as_its_gold(case: Case) -> None:
    assert verdict(case) == "right", read(case)


def test_no_real_wording_is_silently_wrong() -> None:
    assert [c.statement for c in [*SET_1, *SET_2] if verdict(c) == "WRONG"] == []


def test_respectively_pairs_names_and_statistics_in_order() -> None:
    clauses = scoped_statements(
        "Values are geometric mean (CV%), except tmax and t1/2: median (range) and mean (SD), respectively."
    )
    scoped = {c.targets: c.statement for c in clauses if c.targets}
    assert scoped == {("tmax",): "median (range)", ("t12",): "mean (SD)"}
    general = [c for c in clauses if not c.targets]
    assert [c.statement for c in general] == ["geometric mean (CV%)"] and general[0].excluded == ("tmax", "t12")
    # a "for" list of two statistics and two names
    clauses = scoped_statements("Median (range) and mean (SD) are shown for tmax and t1/2, respectively.")
    assert {c.targets: c.statement for c in clauses if c.targets} == {
        ("tmax",): "Median (range)",
        ("t12",): "mean (SD)",
    }
    # lists of different lengths: each name gets every statistic (its cells are refused, never paired by guess)
    clauses = scoped_statements("Median (range) and mean (SD) are shown for tmax, t1/2 and CL/F, respectively.")
    assert len([c for c in clauses if c.targets == ("tmax",)]) == 2
    # kinds of variable are no rows: the statements stay table-wide
    clauses = scoped_statements("Continuous and categorical variables are mean (SD) and n (%), respectively.")
    assert not [c for c in clauses if c.scoped] and {c.statement for c in clauses} == {
        "Continuous and categorical variables are mean (SD) and n (%), respectively."
    }


def test_set_2_wordings() -> None:
    from extractors.legend_wording import canonical

    assert "median (95% CI)" in canonical("Median values are shown with 95% CIs.")
    assert "geometric means (CV%)" in canonical("Values are geometric means (coefficients of variation [%]).")
    assert canonical("Means are shown with error bars.") == "Means are shown with error bars."
    used = conventions_in(
        "Frequency (percentage) was used for qualitative data, and median (range) was used for quantitative data.", 3
    )
    assert [(c.phrase, c.subject) for c in used] == [("n (%)", ""), ("median (range)", "")]
    harmonic = scoped_statements("The t1/2 values are harmonic means ± pseudo-SD.")
    assert [c.targets for c in harmonic] == [("t12",)]


def test_a_statement_about_the_figures_is_no_convention_of_the_tables() -> None:
    assert conventions_in("Data are shown as mean ± SEM in the figures.", 3) == []
    assert conventions_in("Error bars are presented as standard deviations of the mean.", 3) == []
    # naming the tables too, it is theirs
    assert [c.phrase for c in conventions_in("Values are presented as mean (SD) in tables and figures.", 3)] == [
        "mean (SD)"
    ]


def test_the_methods_never_speak_over_the_table_s_own_estimate() -> None:
    ctx = Context(
        row=("Age, years",), column=("Drug",), footnotes=(), table_notes="Data are n (%) or median (IQR).", title="",
        arm_n=120, paper=(("mean (SD)", "n (%)"),), plus_minus=False,
    )  # fmt: skip
    reason = table_overrules(ctx)
    assert reason is not None and "median (IQR)" in reason and "mean (SD)" in reason
    # a legend that states counts alone leaves a continuous cell to the Methods
    counts_only = Context(
        row=("Age, years",), column=("Drug",), footnotes=(), table_notes="Data are n (%).", title="", arm_n=120,
        paper=(("mean (SD)",),), plus_minus=False,
    )  # fmt: skip
    assert table_overrules(counts_only) is None


_PDF = Path(__file__).resolve().parents[1] / "data" / "read_back" / "real-wordings.pdf"
_PK_TABLES = ("Table 1", "Table 2", "Table 3")  # a PK record's group is its column path, its arm may be unnamed


@cache
def _extraction() -> Extraction:
    return extract(_PDF)


@pytest.mark.parametrize("table", list(GOLD))
def test_typeset_real_wordings_read_as_stated(table: str) -> None:
    records = [r for r in _extraction().records if r.table == table]
    got = compare(GOLD[table], records, unnamed=table in _PK_TABLES)
    assert not got.wrong and not got.mislabeled and not got.wrong_arm and not got.extra
    assert not got.withheld


def test_typeset_conflict_is_unread_naming_both_statements() -> None:
    for table, n in WITHHELD.items():
        unread = [f for f in _extraction().findings if f.check == "cell-unread" and f.table == table]
        assert len(unread) == n
        assert all("median (IQR)" in f.message and "mean (SD)" in f.message for f in unread)
