"""A continuous row that states its own statistic inside its label, the unit set among the statistic's words in the
JAMA / Circulation / EHJ / Lancet / BMJ orders (zoo pattern A, tests/typeset/zoo_stats.py): "Age, mean years (SD)",
"Age, y, mean (SD)", "Mean (SD) age, y", "Duration of AF, median days (IQR)", "NT-proBNP, median (Q1–Q3), pg/mL",
"eGFR, mean ± SD, mL/min/1.73 m²". The table's legend says nothing; the label alone names the cell.

Labels are given as the extractor hands them to the typing code: innermost first."""

from __future__ import annotations

import pytest

from extractors.cells import parse_shape
from extractors.grid_rows import _Fragment, _joins
from extractors.hints import Context, meaning_of
from schemas.document import Word

_ARM = ("Placebo (n = 40)",)


def _meaning(
    text: str,
    row: tuple[str, ...],
    column: tuple[str, ...] = _ARM,
    notes: str = "",
    section: str = "demographics",
    arm_n: int | None = 40,
) -> tuple[str, ...]:
    ctx = Context(row=row, column=column, footnotes=(), table_notes=notes, title="", arm_n=arm_n, section=section)
    shape = parse_shape(text)
    assert shape is not None, text
    return meaning_of(shape, ctx).stats


@pytest.mark.parametrize(
    "label",
    [
        "Age, mean years (SD)",  # the statistic, then the unit, then the bracketed spread
        "Weight, mean kg (SD)",
        "BMI, mean kg/m² (SD)",
        "BMI, mean kg/m2 (SD)",
        "eGFR, mean mL/min/1.73 m² (SD)",
        "Systolic blood pressure, mean mm Hg (SD)",
        "HbA1c, mean % (SD)",  # a "%" unit between the words is no "n (%)"
        "Age, y, mean (SD)",
        "Age, years, mean (SD)",
        "Mean (SD) age, y",
        "Age, mean (SD), y",
        "Age — mean (SD), yr",
    ],
)
def test_a_mean_and_its_sd_stated_in_the_label_with_its_unit(label: str) -> None:
    assert _meaning("62.3 (10.2)", (label,)) == ("mean", "sd")
    # a whole-number mean and SD is no count and percentage when the label says what it is
    assert _meaning("62 (10)", (label,)) == ("mean", "sd")
    assert _meaning("62 (10)", (label,), ("Placebo",), arm_n=None) == ("mean", "sd")


def test_the_unit_form_holds_under_a_legend_that_states_only_the_counts() -> None:
    # "Data are n (%) unless stated otherwise": the label's own statement names the continuous row
    notes = "Data are No. (%) unless otherwise indicated."
    assert _meaning("62.3 (10.2)", ("Age, mean years (SD)",), notes=notes) == ("mean", "sd")
    assert _meaning("5.1 (2.0–9.4)", ("Duration of AF, median days (IQR)",), notes=notes) == ("median", "q1", "q3")


def test_a_mean_with_its_unit_and_an_se_or_a_cv() -> None:
    assert _meaning("62.3 (1.2)", ("Weight, mean kg (SE)",)) == ("mean", "se")
    assert _meaning("62.3 (1.2)", ("Weight, mean kg (SEM)",)) == ("mean", "se")
    # an arithmetic mean's CV with the unit between: no geometric mean
    assert _meaning("7.7 (45)", ("t1/2, mean h (CV%)",), ("Fed",), section="pk", arm_n=None) == ("mean", "cv_percent")
    assert _meaning("190 (45)", ("AUC, geometric mean ng·h/mL (%CV)",), ("Fed",), section="pk", arm_n=None) == (
        "geometric_mean",
        "cv_percent",
    )


@pytest.mark.parametrize(
    ("label", "stats"),
    [
        ("Median (IQR) time since diagnosis, mo", ("median", "q1", "q3")),
        ("Duration of AF, median days (IQR)", ("median", "q1", "q3")),
        ("NT-proBNP, median (Q1–Q3), pg/mL", ("median", "q1", "q3")),
        ("NT-proBNP, median (25th–75th percentile), pg/mL", ("median", "q1", "q3")),
        ("Time since diagnosis, mo, median (IQR)", ("median", "q1", "q3")),
        ("Age, median years (range)", ("median", "min", "max")),
        ("Age, median years (min–max)", ("median", "min", "max")),
        ("Median (range) time since initial diagnosis, mo", ("median", "min", "max")),
        ("PSA at baseline, μg/L, median (range)", ("median", "min", "max")),
        ("Age — median (range), yr", ("median", "min", "max")),
        ("Age at randomization, y, mean (range)", ("mean", "min", "max")),
        ("Time to tumour progression, median days (95% CI)", ("median", "ci_low", "ci_high")),
    ],
)
def test_an_estimate_and_its_interval_stated_in_the_label_with_its_unit(label: str, stats: tuple[str, ...]) -> None:
    assert _meaning("5.1 (2.0–9.4)", (label,)) == stats


def test_mean_plus_minus_sd_in_the_label_with_its_unit() -> None:
    assert _meaning("62.3 ± 10.2", ("eGFR, mean ± SD, mL/min/1.73 m²",)) == ("mean", "sd")
    assert _meaning("3.94 ± 1.1", ("V2, mean ± SD, L",), ("ch14.18-UTC (n = 26)",), section="pk", arm_n=26) == (
        "mean",
        "sd",
    )
    # "mean ± SD" over a cell printed "a (b)": the label is about another print, the cell is not read
    assert _meaning("62.3 (10.2)", ("eGFR, mean ± SD, mL/min/1.73 m²",)) == ()


def test_a_label_naming_a_mean_for_another_reason_does_not_make_a_count_a_mean() -> None:
    # a count of patients whose label speaks of a mean measurement is still a count
    assert _meaning("12 (30)", ("Mean arterial pressure >100 mm Hg",)) == ("count", "percent")
    assert _meaning("12 (30)", ("Mean daily dose ≥10 mg, n (%)",)) == ("count", "percent")
    assert _meaning("12 (30)", ("Patients with mean SBP >140 mm Hg (%)",)) == ("count", "percent")
    assert _meaning("12 (30)", ("≥140", "Mean systolic BP, mm Hg")) == ("count", "percent")
    # "(SD)" after stable disease is no standard deviation, whatever word with "mean" sits near it
    assert _meaning("12 (30)", ("Stable disease (SD)",), ("Mean follow-up 12 months",)) == ("count", "percent")
    assert _meaning("12 (30)", ("Stable disease (SD)",), notes="Values are mean") == ("count", "percent")
    # words that are no unit between "mean" and "(SD)" are not read as a unit form
    assert _meaning("62.3 (10.2)", ("Age, mean daily dose (SD)",)) == ()


def test_a_group_label_stating_a_mean_does_not_make_its_categories_counts_means() -> None:
    # "Age, mean years (SD)" over "<65 y | 12 (30)" of 40: the statement is about the group row's own values; the
    # sub-row's whole numbers are a count and its share of N, so the cell is left unread, never a mean of 12
    for group in ("Age, mean years (SD)", "Age, mean (SD), y"):
        assert _meaning("12 (30)", ("<65 y", group)) == ()
        assert _meaning("12 (30.0)", ("<65 y", group)) == ()
        # numbers that are no count and percentage of N under the group are its statistic, as before
        assert _meaning("62.3 (10.2)", ("Placebo", group)) == ("mean", "sd")
        assert _meaning("62 (10)", ("Placebo", group)) == ("mean", "sd")
    # a group label saying "n (%)" over its categories: counts, as before
    assert _meaning("12 (30)", ("<65 y", "Age group, n (%)")) == ("count", "percent")


def test_a_percent_after_a_change_stays_a_unit() -> None:
    # "(%)" after a change is the unit of that change: neither n (%) nor an SD
    assert _meaning("-3.2 (1.1)", ("Change in weight, mean (%)",)) == ()
    assert _meaning("-3.2 (1.1)", ("Weight change, mean % (SD)",)) == ("mean", "sd")
    assert _meaning("12 (30)", ("Weight change ≥5% (%)",)) == ("count", "percent")


# --- a statement wrapped inside its label, beside cells wrapped at their interval (a narrow column) ----------------


def _word(text: str, x0: float, top: float, size: float = 8.0) -> Word:
    width = 0.5 * size * len(text)
    return Word(text, x0, top, x0 + width, top + size, size, False, (x0, top, x0 + width, top + size))


def _frag(label: str, x0: float, cells: list[str], top: float) -> _Fragment:
    xs = (104.6, 150.0, 196.0)
    return _Fragment(
        [_word(label, x0, top)],
        [[_word(c, x, top)] if c else [] for c, x in zip(cells, xs, strict=True)],
        top,
        top + 8,
        8.0,
        False,
    )


def test_a_label_statement_wrapped_at_its_bracket_joins_the_cells_left_open_above() -> None:
    # zoo-stats-siltuximab T3, one text column wide: " Median days (95% | 104 (60, | 66 (50, | 102" over
    # "CI) | 210) | 189) | (52," -- the wrapped line set further left than the em-space indent of the sub-row
    first = _frag("Median days (95%", 66.0, ["104 (60,", "66 (50,", "102"], 400.0)
    rest = _frag("CI)", 60.0, ["210)", "189)", "(52,"], 408.5)
    assert _joins(first, rest, [])
    # the cells above closed: "CI)" with values of its own is a row, not the end of the label
    whole = _frag("Median days (95%", 66.0, ["104 (60, 210)", "66 (50, 189)", "102 (52, 169)"], 400.0)
    assert not _joins(whole, _frag("CI)", 60.0, ["210", "189", "52"], 408.5), [])
    # a label that leaves no bracket open: a capitalised line below is a row of its own, even beside open cells
    plain = _frag("Median days", 66.0, ["104 (60,", "66 (50,", "102"], 400.0)
    assert not _joins(plain, _frag("Observed", 60.0, ["210)", "189)", "(52,"], 408.5), [])


@pytest.mark.parametrize(
    ("column", "stats"),
    [
        # a head wrapped inside a term: "Relative Risk" over "Reduction (95% CI)" over "percent" is a reduction in
        # percent with its interval (ADVANCE's subgroup figure), never a relative risk of 14
        (("percent", "Reduction (95% CI)", "Relative Risk"), ("value", "ci_low", "ci_high")),
        # a whole ratio on one level stays that ratio
        (("(95% CI)", "Relative Risk"), ("rr", "ci_low", "ci_high")),
        (("Relative Risk (95% CI)",), ("rr", "ci_low", "ci_high")),
    ],
)
def test_a_ratio_cut_by_the_heads_line_break_is_read_whole(column: tuple[str, ...], stats: tuple[str, ...]) -> None:
    assert _meaning("14 (1 to 25)", ("Age", "<65 yr"), column, section="efficacy", arm_n=None) == stats
