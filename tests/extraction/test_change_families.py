"""Repeated-measures tables (the `change` zoo style, pattern F): each group's time points or periods as sub-columns
under its span, then a comparison column. What each cell is may be stated in one place only -- a legend clause
scoped to some sub-columns, the sub-column heads, the stub head, the paper's Methods, or nowhere -- and each
statement speaks only for the cells of its scope, never blended with another's."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from extractors.cells import parse_shape
from extractors.hints import Context, meaning_of
from extractors.legends import applicable, general_statements, scoped_statements
from schemas.extraction import Extraction

_CHANGE_LEGEND = (
    "Baseline and week 36 values are mean (SD); changes are mean (95% CI); differences are adjusted for baseline value."
)


def _said(notes: str, column: tuple[str, ...], row: tuple[str, ...] = ("HbA1c, mmol/mol",)) -> list[str]:
    scoped, _general = applicable(scoped_statements(notes), row, column)
    return [c.statement for c in scoped]


def _read(
    text: str, column: tuple[str, ...], notes: str = "", stub: str = "", paper: tuple[tuple[str, ...], ...] = ()
) -> tuple[str, ...]:
    ctx = Context(
        row=("LV ejection fraction, %",), column=column, footnotes=(), table_notes=notes, title="", arm_n=None,
        section="efficacy", stub=stub, paper=paper,
    )  # fmt: skip
    shape = parse_shape(text)
    assert shape is not None
    return meaning_of(shape, ctx).stats


# --- (1) a legend scoped by the sub-columns' heads ---------------------------------------------------------


def test_a_clause_listing_two_time_points_speaks_for_each_of_them_and_no_other_column() -> None:
    arm = "Empagliflozin (n = 52)"
    assert _said(_CHANGE_LEGEND, ("Baseline", arm)) == ["mean (SD)"]
    assert _said(_CHANGE_LEGEND, ("Week 36", arm)) == ["mean (SD)"]
    assert _said(_CHANGE_LEGEND, ("Change from baseline", arm)) == ["mean (95% CI)"]
    assert _said(_CHANGE_LEGEND, ("Adjusted difference (95% CI)",)) == []
    assert general_statements(_CHANGE_LEGEND) == []  # nothing is left to speak for the whole table


def test_a_time_point_keeps_its_number_and_a_qualified_subject_names_its_columns() -> None:
    notes = "Values at baseline and at 12 months are mean (SD); change from baseline is mean (95% CI)."
    assert _said(notes, ("12 months", "Placebo")) == ["mean (SD)"]
    assert _said(notes, ("6 months", "Placebo")) == []
    assert _said(notes, ("Baseline", "Placebo")) == ["mean (SD)"]
    assert _said(notes, ("Change from baseline", "Placebo")) == ["mean (95% CI)"]


def test_a_statistic_stated_at_its_time_points_and_for_the_changes() -> None:
    notes = "Data are mean (SD) at baseline and week 36, and mean (95% CI) for changes."
    arm = "Semaglutide (n = 52)"
    assert _said(notes, ("Week 36", arm)) == ["mean (SD)"]
    assert _said(notes, ("Baseline", arm)) == ["mean (SD)"]
    assert _said(notes, ("Change", arm)) == ["mean (95% CI)"]
    assert _said(notes, ("Week 12", arm)) == []
    assert general_statements(notes) == []
    # "at" a state that is no time point is not a scope: the statement stays table-wide
    assert general_statements("Values are mean (SD) at steady state.") == ["mean (SD)"]


def test_cells_read_by_the_clause_of_their_own_column_never_blended() -> None:
    arm = "Dapagliflozin (n = 40)"
    assert _read("44.2 (8.1)", ("Baseline", arm), _CHANGE_LEGEND) == ("mean", "sd")
    assert _read("46.0 (7.9)", ("Week 36", arm), _CHANGE_LEGEND) == ("mean", "sd")
    assert _read("1.8 (0.4 to 3.2)", ("Change from baseline", arm), _CHANGE_LEGEND) == ("mean", "ci_low", "ci_high")
    # the difference's own header names its interval; the legend's "mean (SD)" for the time points is not its
    assert _read("1.2 (−0.6 to 3.0)", ("Adjusted difference (95% CI)",), _CHANGE_LEGEND) == (
        "value",
        "ci_low",
        "ci_high",
    )


def test_a_glossary_without_a_full_stop_does_not_hide_the_qualified_subject() -> None:
    notes = (
        "CI confidence interval, Cmax maximal plasma concentration Values alone and with rifampin are geometric "
        "means (95% CI) unless the row states otherwise; ratios are ratios of adjusted means (with versus without "
        "rifampin), % (90% CI)."
    )
    assert _said(notes, ("Alone (n = 40)", "Axitinib 5 mg")) == ["geometric means (95% CI)"]
    assert _said(notes, ("With rifampin 600 mg/day (n = 39)", "Axitinib 5 mg")) == ["geometric means (95% CI)"]
    ratio = _said(notes, ("Ratio of adjusted means, %",))
    assert len(ratio) == 1 and ratio[0].endswith("(90% CI)")
    assert general_statements(notes) == []


# --- (2) the sub-column heads, (3) the stub head, (4) the Methods, (5) nowhere ------------------------------


def test_the_sub_column_head_states_the_statistic() -> None:
    assert _read("44.2 (8.1)", ("Baseline, mean (SD)", "Placebo")) == ("mean", "sd")
    assert _read("1.8 (0.4 to 3.2)", ("Change, mean (95% CI)", "Placebo")) == ("mean", "ci_low", "ci_high")


def test_the_stub_head_states_it_and_the_methods_do_not_override_it() -> None:
    paper = (("mean (range)", "n (%)"),)
    assert _read("0.683 (0.307)", ("UTC (n = 26)", "ch14.18"), stub="Parameter, mean (SD)", paper=paper) == (
        "mean",
        "sd",
    )


def test_the_stub_head_states_the_levels_and_a_legend_clause_the_change() -> None:
    arm, notes, stub = "Empagliflozin (n = 52)", "Changes are mean (95% CI).", "Outcome, mean (SD)"
    assert _read("44.2 (8.1)", ("Baseline", arm), notes, stub) == ("mean", "sd")
    assert _read("46.0 (7.9)", ("Week 36", arm), notes, stub) == ("mean", "sd")
    assert _read("1.8 (0.4 to 3.2)", ("Change", arm), notes, stub) == ("mean", "ci_low", "ci_high")


def test_the_methods_speak_for_a_silent_table() -> None:
    assert _read("4 (2–7)", ("Sequence 1 (n = 14)",), paper=(("mean (range)", "n (%)"),)) == ("mean", "min", "max")
    # what the paper says of its descriptive data is not about a change with its interval
    paper = (("mean (SD)", "n (%)"),)
    assert _read("44.2 (8.1)", ("Baseline", "Placebo"), paper=paper) == ("mean", "sd")
    assert _read("1.8 (0.4 to 3.2)", ("Change from baseline", "Placebo"), paper=paper) == ()


def test_stated_nowhere_the_cell_is_not_read() -> None:
    assert _read("44.2 (8.1)", ("Baseline", "Placebo")) == ()
    assert _read("1.8 (0.4 to 3.2)", ("Change from baseline", "Placebo")) == ()


# --- the zoo fixtures, as the session extracted them -------------------------------------------------------


def test_zoo_legend_scoped_by_column(extraction: Callable[[str], Extraction]) -> None:
    records = [r for r in extraction("zoo-change-axitinib.pdf").records if r.table == "Table 1"]
    periods = [r for r in records if r.column and r.column[0] == "Axitinib 5 mg"]
    ratios = [r for r in records if r.column and r.column[0].startswith("Ratio")]
    bracketed = {r.row[0] for r in periods if r.statistic == "geometric_mean"}
    assert {"AUCinf (ng h/mL)", "Cmax (ng/mL)", "CL/F (L/h)"} <= bracketed
    assert all(r.ci_level in (None, 95.0) for r in periods)  # the ratios' 90% is not theirs
    assert ratios and {r.statistic for r in ratios} == {"value", "ci_low", "ci_high"}
    assert all(r.ci_level == 90.0 for r in ratios if r.statistic != "value")


def test_zoo_stub_head_wins_over_the_methods(extraction: Callable[[str], Extraction]) -> None:
    records = extraction("zoo-change-ch1418.pdf").records
    pk = [r for r in records if r.table == "Table 4"]
    assert pk and {r.statistic for r in pk} == {"mean", "sd"}
    ages = [r for r in records if r.table == "Table 2" and r.row and r.row[0].startswith("Mean age")]
    assert {r.statistic for r in ages} == {"mean", "min", "max"}


def test_zoo_cells_stated_nowhere_stay_unread_with_a_finding(extraction: Callable[[str], Extraction]) -> None:
    result = extraction("zoo-change-pertuzumab.pdf")
    silent = ("Age, years", "Weight, kg")
    assert not [r for r in result.records if r.row and r.row[-1] in silent]
    unread = [f for f in result.findings if f.check == "cell-unread" and any(s in f.message for s in silent)]
    assert len(unread) == 4


# --- a clause about one aspect, in words the clause forms did not read ------------------------------------------


def test_a_change_clause_in_ls_means_speaks_for_the_change_columns_only() -> None:
    """ "Changes are LS mean (SE)": "LS" had not been read as least-squares, so the sentence stood as a table-wide
    statement and typed the week-24 "7.9 (0.8)" as a mean with its SE."""
    notes = "Values at baseline and week 24 are mean (SD). Changes are LS mean (SE)."
    arm = "Drug (n = 40)"
    assert _read("7.9 (0.8)", ("Change", arm), notes) == ("mean", "se")
    assert _read("7.9 (0.8)", ("Baseline", arm), notes) == ("mean", "sd")
    assert _read("7.9 (0.8)", ("Week 26", arm), notes) == ()  # no clause speaks for week 26
    assert general_statements(notes) == []


def test_a_sentence_about_one_aspect_is_never_table_wide() -> None:
    """A sentence whose subject is the changes (or differences) speaks for those columns even where no clause form
    reads its statistic: the week-26 values take nothing from it."""
    notes = "Baseline and week 26 values are mean (SD); changes from baseline are LS mean (95% CI)."
    arm = "Drug (n = 40)"
    assert _read("−0.6 (−0.8 to −0.4)", ("Change", arm), notes) == ("mean", "ci_low", "ci_high")
    assert _read("−0.6 (−0.8 to −0.4)", ("Week 26", arm), notes) == ()
    assert _read("−0.6 (−0.8 to −0.4)", ("Baseline", arm), notes) == ()
    odd = "Changes from baseline are adjusted LS mean (SE); other values are as printed."
    assert [c.aspect for c in scoped_statements(odd)] == ["change"]
    assert general_statements(odd) == []


@pytest.mark.parametrize(
    "notes",
    [
        "The treatment difference is the difference in LS means (95% CI). Baseline values are mean (SD).",
        "Continuous variables are mean (SD), and the between-group differences are presented with 95% CIs.",
        "Baseline and 6-month values: mean (SD). Change: mean (95% CI).",
    ],
)
def test_an_interval_named_for_the_contrasts_or_changes_is_not_every_cells(notes: str) -> None:
    """A CI the legend names for the treatment difference (or the changes) is that column's: a median with its IQR
    in a baseline row that says nothing had been read as a value with its 95% CI."""
    arm = "Drug (n = 40)"
    assert _read("62 (55–70)", ("Baseline", arm), notes) == ()
    assert _read("−0.6 (−0.8 to −0.4)", ("Treatment difference (95% CI)",), notes)[1:] == ("ci_low", "ci_high")
