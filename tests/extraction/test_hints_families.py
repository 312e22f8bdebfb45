"""Families of mislabel: the right number read under the wrong statistic, fixed as rules about legend wording."""

from __future__ import annotations

import pytest

from extractors.cells import parse_shape
from extractors.hints import Context, meaning_of
from extractors.legends import applicable, scoped_statements
from extractors.records import footnotes_of


def _said(notes: str, row: tuple[str, ...], column: tuple[str, ...]) -> list[str]:
    scoped, general = applicable(scoped_statements(notes), row, column)
    return [c.statement for c in scoped] or [c.statement for c in general]


def test_except_clause_names_every_parameter_up_to_where() -> None:
    notes = "*Tabulated values are mean (SD) except for tmax and tlast, where values are median (min, max)."
    assert _said(notes, ("Midazolam", "Alone"), ("tlast (h)",)) == ["median (min, max)"]
    assert _said(notes, ("Midazolam", "Alone"), ("tmax (h)",)) == ["median (min, max)"]
    assert _said(notes, ("Midazolam", "Alone"), ("Cmax (ng ml–1)",)) == ["mean (SD)"]


def test_except_clause_with_which_is() -> None:
    notes = "Values are geometric mean (CV%) except Tmax, which is median (range)."
    assert _said(notes, ("Tmax (h)",), ("Fed",)) == ["median (range)"]
    assert _said(notes, ("AUCinf (ng h/mL)",), ("Fed",)) == ["geometric mean (CV%)"]


def test_legend_names_with_lost_subscripts_claim_the_labels_they_begin() -> None:
    # subscripts set on their own line are gathered after it: "AUC , AUC , C" for AUCinf, AUClast, Cmax
    notes = (
        "a Geometric means (95% CI) for AUC , AUC , C , CL/F and Vz/F, arithmetic means (%CV) for t and "
        "median (range) for T inf last max 1/2 max"
    )
    group = ("Axitinib 5 mg (n = 40)",)  # a transposed table: the parameter is the column
    assert _said(notes, group, ("AUCinf (ng h/ mL)",)) == ["Geometric means (95% CI)"]
    assert _said(notes, group, ("Cmax (ng/ mL)",)) == ["Geometric means (95% CI)"]
    assert _said(notes, group, ("CL/F (L/h)",)) == ["Geometric means (95% CI)"]
    # letter case tells t1/2 from Tmax
    assert _said(notes, group, ("Tmax (h)",)) == ["median (range)"]
    assert _said(notes, group, ("t1/2 (h)",)) == ["arithmetic means (%CV)"]
    # and in a normal table the parameter is the row
    assert _said(notes, ("Tmax (h)",), group) == ["median (range)"]


def test_whole_name_wins_over_a_truncated_one() -> None:
    notes = "Geometric means (95% CI) for C and AUC, median (range) for CL/F"
    assert _said(notes, ("CL/F (L/h)",), ("Arm A",)) == ["median (range)"]


def _meaning(
    text: str, row: tuple[str, ...], column: tuple[str, ...], notes: str = "", title: str = ""
) -> tuple[str, ...]:
    ctx = Context(row=row, column=column, footnotes=(), table_notes=notes, title=title, arm_n=None, section="pk")
    shape = parse_shape(text)
    assert shape is not None
    return meaning_of(shape, ctx).stats


def test_a_mean_with_an_unnamed_interval_is_not_read() -> None:
    # "Mean ... parameters" over "1.5 (0.5–4)": a range or a CI, the table does not say
    assert _meaning("1.5 (0.5–4)", ("Axitinib 5 mg",), ("Tmax (h)",), title="Mean plasma PK parameters") == ()
    # a contrast's interval is a CI
    assert _meaning("0.79 (0.66–0.94)", ("Death",), ("Hazard ratio",)) == ("hr", "ci_low", "ci_high")
    # and a named interval is read
    assert _meaning("1.5 (0.5–4)", ("Tmax (h)",), ("Fed",), notes="Data are mean (range).") == ("mean", "min", "max")


def test_a_count_beside_a_rate_per_100_patient_years_is_not_a_percent() -> None:
    # 48/1500 = 3.2%: the arithmetic cannot tell a one-year event rate from a percentage; the label does
    col = ("Drug", "No. of events (rate per 100 patient-yr)")
    assert _meaning("48 (3.2)", ("Primary outcome",), col) == ("count", "rate")
    row = ("Stroke — no. (events per 100 patient-years)",)
    assert _meaning("48 (3.2)", row, ("Drug",)) == ("count", "rate")
    legend = "Data are number of events (events per 100 patient-years)."
    assert _meaning("48 (3.2)", ("Stroke",), ("Drug",), notes=legend) == ("count", "rate")
    # an "n (%)" column beside a rate column keeps its own statement
    assert _meaning("48 (3.2)", ("Stroke",), ("Drug", "n (%)"), notes=legend) == ("count", "percent")
    # both named as near: unread, never a guess
    assert _meaning("48 (3.2)", ("Stroke, n (%)",), ("Rate per 100 patient-years",)) == ()


def test_bounds_of_a_ci_in_their_own_columns() -> None:
    assert _meaning("0.66", ("Death",), ("Lower", "95% CI")) == ("ci_low",)
    assert _meaning("0.94", ("Death",), ("Upper", "95% CI")) == ("ci_high",)
    assert _meaning("0.66", ("Death",), ("Lower 95% CI",)) == ("ci_low",)
    assert _meaning("0.79", ("Death",), ("HR",)) == ("hr",)


def test_a_pair_under_a_contrast_takes_only_the_contrasts_own_statement() -> None:
    # the legend's "mean (SD)" is about the arms: a difference is not a mean, and its (b) is unnamed
    legend = "Data are mean (SD)."
    assert _meaning("−1.2 (0.3)", ("Change in weight",), ("Difference vs placebo",), notes=legend) == ()
    assert _meaning("−1.2 (0.3)", ("Change in weight",), ("Difference (SE)",), notes=legend) == ("value", "se")
    assert _meaning("−1.2 (0.3)", ("Change in weight",), ("Drug",), notes=legend) == ("mean", "sd")


def test_letter_footnotes_set_apart_from_their_text() -> None:
    # "NA not applicable a Arithmetic mean b Ratio ...": a row marked "a" is an arithmetic mean, whatever the
    # column's "adjusted geometric mean" says; an article ("by a Cox model") is not a mark
    notes = "CI confidence interval, by a Cox model, NA not applicable a Arithmetic mean b Ratio of A versus B"
    found = footnotes_of(notes, frozenset({"a"}))
    assert found == {"a": "Arithmetic mean", "b": "Ratio of A versus B"}
    assert footnotes_of("aData are n (%). bHazard ratio", frozenset({"a", "b"})) == {
        "a": "Data are n (%).",
        "b": "Hazard ratio",
    }
    ctx = Context(
        row=("t1/2 (h)", "Caucasian"),
        column=("Drug (n = 40), adjusted geometric mean",),
        footnotes=(found["a"],),
        table_notes=notes,
        title="",
        arm_n=None,
        section="pk",
    )
    shape = parse_shape("9.4")
    assert shape is not None
    assert meaning_of(shape, ctx).stats == ("mean",)


def test_a_fraction_beside_a_rate_per_100_patient_years() -> None:
    assert _meaning("12/400 (3.2)", ("Stroke",), ("Drug", "Events/patients (rate per 100 patient-yr)")) == (
        "count",
        "denominator",
        "rate",
    )
    assert _meaning("12/40 (30)", ("Response",), ("Drug", "no./total no. (%)")) == ("count", "denominator", "percent")
    assert _meaning("12/400 (3.2)", ("Stroke, n/N (%)",), ("Rate per 100 patient-years",)) == ()


def test_a_clause_whose_subject_names_a_parameter_is_scoped_to_it() -> None:
    # "Tmax is presented as median (min–max)": the Tmax clause, never blended with the table-wide geometric mean
    for notes in (
        "Data are geometric mean (95% CI). Tmax is presented as median (min–max).",
        "Values are geometric mean (95% CI); tmax values are median (range).",
        "Tmax: median (range). All other parameters: geometric mean (95% CI).",
    ):
        assert _meaning("120 (100–140)", ("Cmax (ng/mL)",), ("Fed",), notes=notes) == (
            "geometric_mean",
            "ci_low",
            "ci_high",
        ), notes
        assert _meaning("1.0 (0.5–4.0)", ("Tmax (h)",), ("Fed",), notes=notes) == ("median", "min", "max"), notes
    # a generic subject ("Data", "Values", "All other parameters") speaks for the whole table
    assert _said("Data are median (IQR).", ("Age",), ("Drug",)) == ["Data are median (IQR)."]


def test_two_table_wide_statements_are_never_blended() -> None:
    # the interval takes the estimate of the phrase that names it, never another phrase's
    notes = "Data are mean (SD), median (IQR) or n (%). HR, hazard ratio; CI, confidence interval."
    assert _meaning("62 (55–70)", ("Age",), ("Drug",), notes=notes) == ("median", "q1", "q3")
    # a glossary defines words; "HR, hazard ratio" does not make a cell a hazard ratio
    assert _meaning("62 [55–70]", ("Age",), ("Drug",), notes="Values are median [IQR]. HR, hazard ratio.") == (
        "median",
        "q1",
        "q3",
    )
    # two statements that each name an interval, and nothing says which is this cell's: unread
    assert _meaning("62 (55–70)", ("Age",), ("Drug",), notes="Data are median (IQR) or mean (95% CI).") == ()
    assert _meaning("62 (55–70)", ("Age",), ("Drug",), notes="Data are geometric mean (CV%) or median (range).") == (
        "median",
        "min",
        "max",
    )


def test_legend_phrases_with_dotted_abbreviations() -> None:
    # Nature-style "mean ± s.d.", "median (Q1, Q3)", "mean ± s.e.m.": the mean outside a phrase does not claim the
    # median's interval, and an SEM is not an SD
    notes = "Data are presented as mean ± s.d., median (Q1, Q3) or n (%)."
    assert _meaning("189 (83, 662)", ("AF period, days",), ("PVI",), notes=notes) == ("median", "q1", "q3")
    assert _meaning("62.1 ± 8.3", ("Age, years",), ("PVI",), notes=notes) == ("mean", "sd")
    assert _meaning("62.1 ± 1.3", ("Age, years",), ("PVI",), notes="Values are mean ± s.e.m.") == ("mean", "se")
    notes = "Data are median (first quartile, third quartile) or n (%)."
    assert _meaning("189 (83, 662)", ("AF period, days",), ("PVI",), notes=notes) == ("median", "q1", "q3")


def test_listed_as_is_a_legend_verb_like_shown_or_given() -> None:
    notes = "CI, confidence interval. Parameter values are listed as mean (SD); Tmax is listed as median (range)."
    assert _said(notes, ("4 g/day",), ("Tmax (h)",)) == ["median (range)"]
    (general,) = _said(notes, ("4 g/day",), ("Cmax (μg/ml)",))
    assert general.endswith("mean (SD)") and "median" not in general


def test_every_exception_of_an_except_list_takes_its_own_statistic() -> None:
    # found by writing a PK legend and reading it back: the second exception's rows had kept the table-wide
    # geometric mean
    notes = "Values are geometric mean (geometric CV%) except Tmax, median (range), and accumulation ratio, mean (SD)."
    assert _said(notes, ("Tmax (h)",), ("Day 1",)) == ["median (range)"]
    assert _said(notes, ("Accumulation ratio",), ("Day 15",)) == ["mean (SD)"]
    assert _said(notes, ("Cmax (ng/mL)",), ("Day 1",)) == ["geometric mean (geometric CV%)"]
    assert _meaning("1.52 (0.31)", ("Accumulation ratio",), ("Day 15",), notes=notes) == ("mean", "sd")


def test_a_subscript_lost_before_the_comma_still_names_its_exception() -> None:
    # "T<sub>max</sub>, median (range)": the subscript goes to the end of the text layer's line, "T ," stays
    notes = (
        "Values are geometric mean (geometric CV%) except T , median (range), and accumulation ratio, mean (SD). max"
    )
    assert _said(notes, ("Tmax (h)",), ("Day 1",)) == ["median (range)"]
    assert _meaning("1.52 (0.31)", ("Accumulation ratio",), ("Day 15",), notes=notes) == ("mean", "sd")


def test_an_exception_keyed_by_a_lost_mark_names_no_rows_but_the_next_does() -> None:
    notes = "Values are geometric mean (geometric CV%) except median (range) and accumulation ratio, mean (SD)."
    assert _said(notes, ("Accumulation ratio",), ("Day 15",)) == ["mean (SD)"]
    assert _meaning("1.52 (0.31)", ("Accumulation ratio",), ("Day 15",), notes=notes) == ("mean", "sd")
    assert not [c for c in scoped_statements(notes) if c.targets == ("median",)]


@pytest.mark.parametrize(
    ("row", "title", "stats"),
    [
        # a caption naming two ratios names neither for a row that does not say which: an estimate the table does
        # not name ("value") with its CI, never the first ratio the caption names
        (
            "Death from any cause",
            "Table 3. Hazard ratios and odds ratios for the outcomes",
            ("value", "ci_low", "ci_high"),
        ),
        (
            "Death from any cause",
            "Table 3. Odds ratios and hazard ratios for the outcomes",
            ("value", "ci_low", "ci_high"),
        ),
        # a time-to-event row takes the hazard ratio, a response row the other ratio
        (
            "Progression-free survival",
            "Table 3. Hazard ratios and odds ratios for the outcomes",
            ("hr", "ci_low", "ci_high"),
        ),
        ("Objective response", "Table 3. Hazard ratios and odds ratios for the outcomes", ("or", "ci_low", "ci_high")),
        # one ratio named: that one
        ("Death from any cause", "Table 3. Hazard ratios for the outcomes", ("hr", "ci_low", "ci_high")),
    ],
)
def test_a_caption_naming_two_ratios_lets_the_row_decide(row: str, title: str, stats: tuple[str, ...]) -> None:
    shape = parse_shape("0.82 (0.70–0.95)")
    assert shape is not None
    ctx = Context(row=(row,), column=("Estimate (95% CI)",), footnotes=(), table_notes="", title=title, arm_n=None)
    assert meaning_of(shape, ctx).stats == stats


def test_a_ci_level_wrapped_over_two_header_lines_is_the_columns_not_the_legends() -> None:
    """ "Ratio of adjusted means, % (90%" over "CI)" (a narrow column of two tables set side by side): the
    column's 90% is read before the legend's "Geometric means (95% CI)" for the other columns; it was read as 95%
    (zoo-side-axitinib, 6 bounds)."""
    from extractors.hint_context import ci_level

    legend = "Geometric means (95% CI) for AUCinf, AUClast and Cmax"
    assert ci_level(["AUCinf (ng h/mL)", "CI)", "Ratio of adjusted means, % (90%", legend]) == 90.0
    assert ci_level(["AUCinf (ng h/mL)", "Ratio of adjusted means, % (90%", "CI)", legend]) == 90.0
    assert ci_level(["AUCinf (ng h/mL)", "Ratio of adjusted means", legend]) == 95.0
    assert ci_level(["Response rate, 95%", "of patients"]) is None  # a share, not a level


@pytest.mark.parametrize("head", ["Mean at baseline (SD)", "Mean weight at baseline (SD)"])
def test_a_decimal_pair_under_its_own_column_statement_anchored_at_the_start(head: str) -> None:
    """ "105.4 (20.1)" under "Mean at baseline (SD)": the column's own label states mean (SD). Whole numbers under it
    were read so; numbers with decimals were withheld, the statement (anchored at its label's start) being looked
    for only in the table's labels joined into one text (found by a sweep of continuous-outcome tables)."""
    column = ("Semavotide (N=304)", head)
    ctx = Context(
        row=("Body weight, kg",), column=column, footnotes=(), table_notes="", title="Secondary outcomes", arm_n=304
    )
    shape = parse_shape("105.4 (20.1)")
    assert shape is not None
    assert meaning_of(shape, ctx).stats == ("mean", "sd")
