"""Families of efficacy and PK wording that put the right number under the wrong statistic, one test each, and
the arithmetic veto of readings no statement of the table gives (issue 9, "never a wrong number").

Labels are given as the extractor hands them to the typing code: innermost first."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from extractors.cells import parse_shape
from extractors.hint_intervals import UNREAD_BOUND
from extractors.hints import Context, meaning_of
from extractors.pipeline import extract
from extractors.records import common_n, count_and_percent, table_to_records
from extractors.structure import TableCell, TableModel
from extractors.vetoes import veto
from schemas.records import Record
from trialex.checks import run_checks


def _meaning(
    text: str,
    row: tuple[str, ...],
    column: tuple[str, ...],
    notes: str = "",
    title: str = "",
    section: str = "efficacy",
    arm_n: int | None = None,
    siblings: tuple[str, ...] = (),
) -> tuple[str, ...]:
    ctx = Context(
        row=row,
        column=column,
        footnotes=(),
        table_notes=notes,
        title=title,
        arm_n=arm_n,
        section=section,
        siblings=siblings,
    )
    shape = parse_shape(text)
    assert shape is not None, text
    return meaning_of(shape, ctx).stats


# --- population PK parameter tables (NONMEM style) -------------------------------------------------------------


def test_population_estimate_with_its_rse_is_a_value_and_the_rse_is_not_emitted() -> None:
    assert _meaning("0.844 (8.4)", ("FPO",), ("Population estimate (%RSE)",), section="pk") == ("value",)
    assert _meaning("10.7 (16.9)", ("CL (L/h)",), ("Estimate (RSE%)",), section="pk") == ("value",)
    assert _meaning("10.7", ("CL (L/h)",), ("Estimate",), section="pk") == ("value",)


def test_between_subject_variability_as_a_cv_is_a_cv_percent() -> None:
    assert _meaning("287 (49.1)", ("FPO",), ("IIV (%CV) (%RSE)",), section="pk") == ("cv_percent",)
    assert _meaning("32.1", ("CL (L/h)",), ("BSV, CV%",), section="pk") == ("cv_percent",)
    assert _meaning("32", ("CL (L/h)",), ("Inter-individual variability (%)",), section="pk") == ("cv_percent",)
    assert _meaning("32 (20–45)", ("CL (L/h)",), ("IIV, CV% (95% CI)",), section="pk") == (
        "cv_percent",
        "ci_low",
        "ci_high",
    )
    # "(%)" over a variability is not "n (%)": never a count of patients
    assert _meaning("32", ("CL (L/h)",), ("IIV (%)",), section="pk") != ("count",)


def test_the_spread_column_of_a_mean_sd_column_pair_is_the_sd() -> None:
    # zoo-poppk-ch1418: each group spans "Mean | SD"; the glossary names "elimination rate constant"
    glossary = "Kel first-order elimination rate constant, Q distributional clearance"
    headers = ("ch14.18-UTC (n = 26)", "Mean", "SD")

    def meaning(text: str, column: tuple[str, ...], heads: tuple[str, ...] = headers) -> tuple[str, ...]:
        ctx = Context(
            row=("Kel (1/d)",), column=column, footnotes=(), table_notes=glossary, title="", arm_n=26,
            section="pk", headers=heads,
        )  # fmt: skip
        shape = parse_shape(text)
        assert shape is not None
        return meaning_of(shape, ctx).stats

    assert meaning("0.211", ("SD", "ch14.18-UTC (n = 26)")) == ("sd",)
    assert meaning("0.489", ("Mean", "ch14.18-UTC (n = 26)")) == ("mean",)
    assert meaning("4.1", ("SE", "Placebo"), ("Placebo", "Estimate", "SE")) == ("se",)
    assert meaning("31", ("CV%", "Fed"), ("Fed", "Geometric mean", "CV%")) == ("cv_percent",)
    # "SD" with no estimate column beside it (a best-response table's stable disease) says nothing of the kind
    assert meaning("0.211", ("SD", "Arm A"), ("Arm A", "CR", "PR", "SD")) != ("sd",)
    # a rate constant is a PK parameter, never an event rate
    assert meaning("0.489", ("ch14.18-UTC (n = 26)",), ("ch14.18-UTC (n = 26)",)) != ("rate",)


def test_a_relative_standard_error_or_a_shrinkage_column_is_not_a_percent_of_patients() -> None:
    assert _meaning("8.4", ("CL (L/h)",), ("RSE (%)",), section="pk") == ()
    assert _meaning("12", ("CL (L/h)",), ("Shrinkage (%)",), section="pk") == ()
    assert _meaning("12", ("CL (L/h)",), ("η-shrinkage (%)",), section="pk") == ()
    # a legend's "(CV%)" does not make an IIV pair a geometric mean with its CV
    assert _meaning("287 (49.1)", ("FPO",), ("–",), notes="IIV (%CV) (%RSE) of the final model", section="pk") == ()


# --- CVs with arithmetic and geometric means ---------------------------------------------------------------------


def test_a_cv_goes_with_the_mean_its_statement_names() -> None:
    assert _meaning("100 (25.0)", ("Cmax (ng/mL)",), ("Mean (%CV)", "Fed"), section="pk") == ("mean", "cv_percent")
    legend = "Data are arithmetic mean (%CV)."
    assert _meaning("100 (25.0)", ("Cmax (ng/mL)",), ("Fed",), notes=legend, section="pk") == ("mean", "cv_percent")
    legend = "Values are mean (coefficient of variation)."
    assert _meaning("100 (25.0)", ("Cmax (ng/mL)",), ("Fed",), notes=legend, section="pk") == ("mean", "cv_percent")
    assert _meaning("120 (35.2)", ("Cmax (ng/mL)",), ("Geometric mean (%CV)", "Fed"), section="pk") == (
        "geometric_mean",
        "cv_percent",
    )
    legend = "Values are geometric mean (CV%)."
    assert _meaning("120 (35.2)", ("Cmax (ng/mL)",), ("Fed",), notes=legend, section="pk") == (
        "geometric_mean",
        "cv_percent",
    )


# --- ratios of geometric means ----------------------------------------------------------------------------------


def test_a_geometric_mean_ratio_is_a_ratio_not_a_geometric_mean() -> None:
    ci = ("value", "ci_low", "ci_high")
    assert _meaning("0.95 (0.88–1.02)", ("Cmax",), ("GMR (90% CI)",), section="pk") == ci
    title = "Geometric mean ratios (90% CI)"
    assert _meaning("0.95 (0.88–1.02)", ("Cmax",), ("B vs A",), title=title, section="pk") == ci
    legend = "Values are geometric mean ratios (90% CI) of test to reference."
    assert _meaning("0.95 (0.88–1.02)", ("Cmax",), ("B vs A",), notes=legend, section="pk") == ci
    assert _meaning("0.95 (0.88–1.02)", ("AUCinf",), ("Ratio of geometric means (90% CI)",), section="pk") == ci
    # the arms' own geometric means keep their name
    assert _meaning("120 (100–140)", ("Cmax (ng/mL)",), ("Geometric mean (95% CI)", "Fed"), section="pk") == (
        "geometric_mean",
        "ci_low",
        "ci_high",
    )


def test_a_ratio_printed_as_a_fraction_with_its_ci_in_percent() -> None:
    # "0.83 (79–88%)" under "Ratio of geomeans (90% CI)": the ratio a fraction, its CI in percent; emitted as
    # printed, the veto checks the estimate against the bounds / 100 -- and only when ×100 falls inside them
    shape = parse_shape("0.83 (79–88%)")
    assert shape is not None and shape.percent_bounds
    assert not parse_shape("45% (40–50%)").percent_bounds  # type: ignore[union-attr]
    assert not parse_shape("0.83 (0.79–0.88)").percent_bounds  # type: ignore[union-attr]
    stats = ("value", "ci_low", "ci_high")
    assert veto(stats, (0.83, 79.0, 88.0), (2, 0, 0), None, percent_bounds=True) is None
    assert veto(stats, (1.25, 118.0, 131.0), (2, 0, 0), None, percent_bounds=True) is None
    assert veto(stats, (0.93, 79.0, 88.0), (2, 0, 0), None, percent_bounds=True) is not None
    assert veto(stats, (0.83, 79.0, 88.0), (2, 0, 0), None) is not None
    cell = TableCell(
        row=["4 g/day", "Group I (n=12)"],
        column=["Ratio of geomeans (90% CI)"],
        text="0.83 (79–88%)",
        page=1,
        bbox=(100.0, 100.0, 140.0, 108.0),
        arm_n=12,
        marks=[],
    )
    outside = TableCell(
        row=["6 g/day", "Group I (n=12)"],
        column=["Ratio of geomeans (90% CI)"],
        text="0.95 (79–88%)",
        page=1,
        bbox=(100.0, 120.0, 140.0, 128.0),
        arm_n=12,
        marks=[],
    )
    model = _model([cell, outside], title="Table 1. Pharmacokinetics")
    _, records, _ = table_to_records(model)
    got = {(r.raw, r.statistic): r.value for r in records}
    assert got == {
        ("0.83 (79–88%)", "value"): 0.83,
        ("0.83 (79–88%)", "ci_low"): 79.0,
        ("0.83 (79–88%)", "ci_high"): 88.0,
    }


def test_an_estimate_printed_with_its_p_value_is_the_estimate_and_a_p() -> None:
    # "0.915 P<0.0001" under "Mean difference": the difference the column names, then its P value (the P's
    # comparator its qualifier); a number no label names stays unread, and a P above 1 is no P value
    shape = parse_shape("0.915 P<0.0001")
    assert shape is not None and shape.kind == "estimate_p"
    assert shape.numbers == (0.915, 0.0001) and shape.qualifiers == (None, "<")
    assert _meaning("0.915 P<0.0001", ("4 g/day",), ("Mean difference",), section="pk") == ("value", "p")
    assert _meaning("0.915 P<0.0001", ("4 g/day",), ("Group I",), section="pk") == ()
    assert veto(("value", "p"), (0.915, 1.5), (3, 1), None) is not None


# --- landmark rates and response percentages -------------------------------------------------------------------


def test_a_landmark_of_a_survival_curve_with_its_ci_is_a_rate() -> None:
    rate = ("rate", "ci_low", "ci_high")
    assert _meaning("80 (75–83)", ("Overall survival at 3 yr — % (95% CI)",), ("Enzalutamide",)) == rate
    assert _meaning("72.4 (65.1–78.5)", ("3-yr OS",), ("Kaplan-Meier estimate, % (95% CI)", "Drug")) == rate
    assert _meaning("61.7 (49.3, 71.9)", ("12-month OS rate (95% CI)",), ("70 mg/m²", "TNBC")) == rate
    assert _meaning("72", ("3-yr overall survival, %",), ("Drug",)) == ("rate",)
    assert _meaning("72.4", ("3-yr OS",), ("Kaplan-Meier estimate, %", "Drug")) == ("rate",)


def test_a_response_share_with_its_ci_is_a_percent() -> None:
    pct = ("percent", "ci_low", "ci_high")
    assert _meaning("45.2 (38.1–52.4)", ("Objective response rate (95% CI)",), ("Drug",)) == pct
    assert _meaning("45.2 (38.1–52.4)", ("Objective response, % (95% CI)",), ("Drug",)) == pct
    assert _meaning("45.2 (38.1–52.4)", ("Objective response",), ("% (95% CI)", "Drug")) == pct
    assert _meaning("45.2", ("Objective response rate",), ("Drug",)) == ("percent",)


def test_a_change_in_a_percentage_is_not_a_percent_of_patients() -> None:
    # "Change in LVEF — %" with a treatment effect: a difference in points, whatever its unit
    assert _meaning("0.23 (−0.46 to 0.91)", ("Change in LVEF — %",), ("Difference (95% CI)",)) == (
        "value",
        "ci_low",
        "ci_high",
    )
    assert _meaning("0.79 (0.66–0.94)", ("3-yr overall survival",), ("Hazard ratio (95% CI)",)) == (
        "hr",
        "ci_low",
        "ci_high",
    )


# --- a minus sign decoded as "≥" --------------------------------------------------------------------------------


def test_a_sign_before_a_value_that_may_be_a_lost_minus_is_not_read() -> None:
    assert _meaning("≥0.5", ("Change in weight, kg",), ("Difference",)) == ()
    assert _meaning("≤1.2", ("HbA1c",), ("Drug",)) == ()
    # "<" and ">" are qualifiers papers print ("<0.1" %, "<0.001")
    assert _meaning("<0.001", ("HbA1c",), ("P value",)) == ("p",)


# --- NEJM outcome tables ----------------------------------------------------------------------------------------


def test_nejm_outcome_columns() -> None:
    arm = ("Liraglutide (N=4668)",)
    assert _meaning("608 (13.0)", ("Primary outcome",), ("no. (%)", *arm), arm_n=4668) == ("count", "percent")
    assert _meaning("3.4", ("Primary outcome",), ("no. of patients/100 patient-yr", *arm)) == ("rate",)
    assert _meaning("0.87 (0.78–0.97)", ("Primary outcome",), ("Hazard Ratio (95% CI)",)) == ("hr", "ci_low", "ci_high")
    assert _meaning("0.01", ("Primary outcome",), ("P Value",)) == ("p",)
    assert _meaning("12", ("Hypertension",), ("No. of patients (%)", "Drug")) == ("count",)
    assert _meaning("34.7 (33.1–NR)", ("Median overall survival (95% CI) — mo",), ("Placebo",)) == (
        "median",
        "ci_low",
        "ci_high",
    )


# --- the arithmetic veto of readings the numbers chose ----------------------------------------------------------


def _cell(row: str, column: str, text: str, arm_n: int | None, y: float) -> TableCell:
    return TableCell(
        row=[row], column=[column], text=text, page=1, bbox=(100.0, y, 140.0, y + 8), arm_n=arm_n, marks=[]
    )


def _model(cells: list[TableCell], notes: str = "", title: str = "Table 2. Outcomes") -> TableModel:
    columns = sorted({tuple(c.column) for c in cells})
    return TableModel(
        table_id="Table 2",
        title=title,
        pages=[1],
        notes=notes,
        stub_header="",
        columns=[list(c) for c in columns],
        cells=cells,
        row_labels=[list(c.row) for c in cells],
    )


def test_counts_and_percents_chosen_by_the_numbers_need_one_shared_n() -> None:
    # response rows, no N and no "n (%)": 3 (10.0), 6 (20.0), 9 (30.0) share N = 30, so they are read
    rows = [("Complete response", "3 (10.0)"), ("Partial response", "6 (20.0)"), ("Stable disease", "9 (30.0)")]
    cells = [_cell(r, "Drug", t, None, 100 + 12 * i) for i, (r, t) in enumerate(rows)]
    _section, records, findings = table_to_records(_model(cells))
    assert sorted(r.value for r in records if r.statistic == "count" and r.value is not None) == [3, 6, 9]
    assert not [f for f in findings if f.check == "cell-unread"]
    # 3 (10.0) and 6 (75.0) are no shares of one group: both are left unread, with a finding that says why
    rows = [("Complete response", "3 (10.0)"), ("Partial response", "6 (75.0)")]
    cells = [_cell(r, "Drug", t, None, 100 + 12 * i) for i, (r, t) in enumerate(rows)]
    _section, records, findings = table_to_records(_model(cells))
    assert not records
    assert len(findings) == 2 and all("no N" in f.message for f in findings)
    # one cell alone confirms nothing
    _section, records, findings = table_to_records(_model([_cell("Complete response", "Drug", "3 (10.0)", None, 100)]))
    assert not records and findings


def test_common_n() -> None:
    assert common_n([(3, 10.0, 1), (6, 20.0, 1), (9, 30.0, 1)]) == 30
    assert common_n([(3, 10.0, 1), (6, 75.0, 1)]) is None
    assert common_n([(1, 33, 0), (2, 67, 0)]) == 3
    assert common_n([(1, 33, 0)]) is None


@st.composite
def _columns(draw: st.DrawFn) -> tuple[list[TableCell], str, str]:
    """A table of one to three arms, each with its N printed or not, cells "n (x)" whose x is 100·n/N rounded to
    0 or 1 decimals, some of them misprinted; the rows say "n (%)", or the legend does, or nothing does."""
    said = draw(st.sampled_from(["row", "legend", "none"]))
    notes = "Data are n (%)." if said == "legend" else ""
    cells: list[TableCell] = []
    arms = draw(st.integers(min_value=1, max_value=3))
    rows = draw(st.integers(min_value=1, max_value=6))
    labels = ["Complete response", "Partial response", "Stable disease", "Progressive disease", "Grade 3", "Death"]
    for a in range(arms):
        n = draw(st.integers(min_value=1, max_value=400))
        printed_n = draw(st.booleans())
        column = f"Arm {a + 1} (N={n})" if printed_n else f"Arm {a + 1}"
        places = draw(st.sampled_from([0, 1]))
        for r in range(rows):
            count = draw(st.integers(min_value=0, max_value=n))
            pct = round(100.0 * count / n, places)
            if draw(st.integers(min_value=0, max_value=5)) == 0:
                pct = round(pct + draw(st.sampled_from([-7.0, -2.5, 3.0, 12.0])), places)
                pct = min(max(pct, 0.0), 100.0)
            text = f"{count} ({pct:.{places}f})"
            label = f"{labels[r]}, n (%)" if said == "row" else labels[r]
            cells.append(_cell(label, column, text, n if printed_n else None, 100 + 12 * r + 80 * a))
    return cells, notes, said


@settings(max_examples=150, deadline=None)
@given(_columns())
def test_no_emitted_percent_is_off_its_count_unless_a_finding_says_so(table: tuple[list[TableCell], str, str]) -> None:
    """Through the real typing code (legend, labels, veto, shared-N) and the consistency checks: every emitted
    percentage is 100·count/N within its printed precision -- N the cell's own, else its column's N, else the N
    its column's cells share -- or a finding names the cell. A count and percent that no label states is never
    emitted without such an N; one the labels state ("n (%)") is, and then only the N its column shares checks it."""
    cells, notes, said = table
    model = _model(cells, notes=notes)
    _section, records, findings = table_to_records(model)
    findings += run_checks(records)
    flagged = {(v.page, v.bbox) for f in findings for v in f.values}
    by_cell: dict[tuple[object, ...], list[Record]] = {}
    for r in records:
        by_cell.setdefault((tuple(r.column), r.bbox), []).append(r)
    read = {key: recs for key, recs in by_cell.items() if {"count", "percent"} <= {r.statistic for r in recs}}
    shares: dict[object, list[tuple[float, float, int]]] = {}
    for (column, _bbox), recs in read.items():
        shares.setdefault(column, []).append(count_and_percent(recs))
    for (column, bbox), recs in read.items():
        count, pct, places = count_and_percent(recs)
        n = recs[0].denominator or recs[0].arm_n
        if n is None:
            # no N printed: only a reading the labels state is emitted so; one the numbers chose has its column's
            # shared N
            if said != "none":
                continue
            n = common_n(shares[column])
            assert n is not None, f"{recs[0].raw!r}: a count and percent chosen by the numbers, with no N"
        if abs(100.0 * count / n - pct) >= 10.0**-places + 1e-9:
            assert (1, bbox) in flagged, f"{recs[0].raw!r} under N = {n} was emitted with no finding"


# --- "mean ± SD" legends and "a (b)" cells ----------------------------------------------------------------------

_NEJM = "Plus–minus values are means ±SD. Percentages may not total 100 because of rounding."


def test_a_plus_minus_legend_does_not_speak_for_a_pair_cell() -> None:
    # the "— no. (%)" descriptor wrapped off the row label: the legend's "means ±SD" is about "a ± b" cells, so
    # "120 (45.1)" is not a mean and an SD; with its group's N the arithmetic reads it as n (%)
    row = ("White", "Race or ethnic group")
    assert _meaning("120 (45.1)", row, ("Drug (N=266)",), notes=_NEJM, section="demographics", arm_n=266) == (
        "count",
        "percent",
    )
    # and with an N it does not fit, or no N at all, it is not read
    assert _meaning("120 (45.1)", row, ("Drug (N=300)",), notes=_NEJM, section="demographics", arm_n=300) == ()
    assert _meaning("120 (45.1)", row, ("Drug",), notes=_NEJM, section="demographics") == ()
    assert _meaning("62.1 ± 8.3", ("Age — yr",), ("Drug",), notes=_NEJM, section="demographics") == ("mean", "sd")
    legend = "Data are mean ± SD or n (%)."
    assert _meaning("62.1 (8.3)", ("Age",), ("Drug",), notes=legend, section="demographics") == ()
    assert _meaning("120 (45.1)", ("White",), ("Drug",), notes=legend, section="demographics") == ("count", "percent")
    # a row that says "mean ± SD" over a cell printed "a (b)": the statement does not describe the cell
    assert _meaning("62.1 (8.3)", ("Age, mean ± SD",), ("Drug",), section="demographics") == ()
    assert _meaning("62.1 (8.3)", ("Age",), ("Drug",), notes="Data are mean (SD).", section="demographics") == (
        "mean",
        "sd",
    )


def test_p_value_rows_and_interaction_columns() -> None:
    assert _meaning("0.03", ("P value", "Primary outcome"), ("Drug vs placebo",)) == ("p",)
    assert _meaning("0.41", ("Age ≥65 yr",), ("P for interaction",)) == ("p",)
    # a qualifier in a P column stands for the P value, never for the row's median
    assert _meaning("NA", ("Time to progression, median (95% CI), mo",), ("P",)) == ("p",)
    assert _meaning("NA", ("Time to progression, median (95% CI), mo",), ("Drug",)) == ("median",)


def test_a_negative_number_under_a_percent_label_is_a_change() -> None:
    assert _meaning("−18.2", ("Plasma aldosterone, %",), ("Drug",)) == ("value",)
    assert _meaning("4.1", ("Change in body weight, %",), ("Drug",)) == ("value",)
    assert _meaning("−5.2%", ("Body weight",), ("Drug",)) == ("value",)
    assert _meaning("45", ("Female, %",), ("Drug",), section="demographics") == ("percent",)


def test_a_column_naming_two_contrasts_takes_the_one_its_row_is_about() -> None:
    column = ("Hazard Ratio or Difference (95% CI)",)
    assert _meaning("0.80 (0.72–0.90)", ("Primary end point — no. (%)",), column) == ("hr", "ci_low", "ci_high")
    assert _meaning("−8.51 (−8.75 to −8.27)", ("Change in body weight — %",), column) == ("value", "ci_low", "ci_high")
    assert _meaning("0.80 (0.72–0.90)", ("Heart failure composite",), column) == ()
    hr = ("hr", "ci_low", "ci_high")
    assert _meaning("0.80 (0.72–0.90)", ("Primary end point",), ("Hazard Ratio (95% CI)",)) == hr


def test_whole_numbers_under_a_column_naming_what_is_counted() -> None:
    assert _meaning("48", ("Stroke",), ("Events", "Drug")) == ("count",)
    assert _meaning("48", ("Stroke",), ("Events", "Drug"), siblings=("HR (95% CI)",)) == ("count",)
    assert _meaning("48", ("Stroke",), ("Patients with event", "Drug (N=400)")) == ("count",)
    assert _meaning("312", ("12 months",), ("No. at risk",)) == ("count",)
    # a bare number no label names is not guessed
    assert _meaning("48", ("Stroke",), ("Drug",)) == ()
    assert _meaning("−1.2", ("Change in HbA1c",), ("Drug",)) == ("value",)


def test_a_contrast_never_takes_the_legends_iqr_or_range() -> None:
    legend = "Data are median (IQR) or n (%)."
    assert _meaning("0.80 (0.72–0.90)", ("Death",), ("HR",), notes=legend) == ("hr", "ci_low", "ci_high")
    assert _meaning("−1.2 (−2.0 to −0.4)", ("HbA1c",), ("Difference",), notes=legend) == ("value", "ci_low", "ci_high")
    assert _meaning("62 (55–70)", ("Age",), ("Drug",), notes=legend) == ("median", "q1", "q3")


def test_percentages_that_are_kaplan_meier_estimates_are_rates() -> None:
    assert _meaning("38 (8.6)", ("Primary end point",), ("n (KM %)", "Drug (n=442)")) == ("count", "rate")
    # the legend says percentages are KM estimates, the cell's own labels not which of its numbers: not guessed
    legend = "Percentages are Kaplan–Meier estimates at 52 weeks."
    assert _meaning("38 (8.6)", ("Primary end point",), ("Drug (n=442)",), notes=legend) == ()
    assert _meaning("38 (8.6)", ("Primary end point, n (%)",), ("Drug (n=442)",), notes=legend) == ()
    legend = "Values are n (%) with Kaplan–Meier estimates of the cumulative incidence at 52 weeks."
    assert _meaning("38 (8.6)", ("Primary end point",), ("Drug (n=442)",), notes=legend) == ()
    # a landmark KM estimate elsewhere in the legend does not touch plain shares of N
    assert _meaning("38 (8.6)", ("Female, n (%)",), ("Drug (n=442)",), notes="HR, hazard ratio.") == (
        "count",
        "percent",
    )


# --- a whole NEJM-style outcomes page through the real pipeline -------------------------------------------------


def _nejm_outcomes_pdf(path: Path) -> None:
    """Two outcome tables as NEJM sets them: arm groups over "no. of patients (%)" and "no. of events/100
    patient-yr" header cells wrapped over two lines, an HR column and a P column; row descriptors "— no. (%)",
    "— no.", "— % (95% CI)", "(95% CI) — mo" and a legend that says "Plus–minus values are means ±SD"."""
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=letter)

    def table(y: float, title: str, spans: list[tuple[str, float, float]], heads: list[str], xs: list[float],
              rows: list[tuple[str, list[str]]], notes: list[str]) -> float:  # fmt: skip
        c.setFont("Helvetica-Bold", 8)
        c.drawString(40, y, title)
        y -= 14
        c.line(40, y + 9, 570, y + 9)
        c.setFont("Helvetica-Bold", 7)
        for text, x0, x1 in spans:
            c.drawCentredString((x0 + x1) / 2, y, text)
            c.line(x0 - 20, y - 3, x1 + 20, y - 3)
        y -= 10
        c.drawString(40, y, "End Point")
        for x, head in zip(xs, heads, strict=True):
            for k, part in enumerate(head.split("\n")):
                c.drawCentredString(x, y - 8 * k, part)
        y -= 8 * max(len(h.split("\n")) for h in heads) + 2
        c.line(40, y + 6, 570, y + 6)
        c.setFont("Helvetica", 7)
        for label, values in rows:
            c.drawString(48 if label.startswith("  ") else 40, y, label.strip())
            for x, v in zip(xs, values, strict=True):
                if v:
                    c.drawCentredString(x, y, v)
            y -= 10
        c.line(40, y + 6, 570, y + 6)
        c.setFont("Helvetica", 6)
        for k, note in enumerate(notes):
            c.drawString(40, y - 8 * k, note)
        return y - 8 * len(notes) - 30

    y = table(
        740,
        "Table 2. Primary and Secondary End Points.",
        [("Semaglutide (N=8803)", 250, 310), ("Placebo (N=8801)", 370, 430)],
        ["no. of\npatients (%)", "no. of events/\n100 patient-yr"] * 2 + ["Hazard Ratio\n(95% CI)", "P Value"],
        [250, 310, 370, 430, 490, 545],
        [
            ("Primary cardiovascular end point", ["569 (6.5)", "2", "701 (8.0)", "2.5", "0.80 (0.72–0.90)", "<0.001"]),
            ("Death from cardiovascular causes", ["223 (2.5)", "0.8", "262 (3.0)", "0.9", "0.85 (0.71–1.01)", "0.07"]),
            ("Death from any cause", ["375 (4.3)", "1.4", "458 (5.2)", "1.7", "0.81 (0.71–0.93)", ""]),
        ],
        ["Hazard ratios were estimated with the use of a Cox proportional-hazards model."],
    )
    table(
        y,
        "Table 3. Efficacy End Points.",
        [],
        ["Abiraterone (N=597)", "Placebo (N=602)", "Hazard Ratio (95% CI)"],
        [300, 380, 470],
        [
            ("Overall survival", ["", "", ""]),
            ("  Deaths — no. (%)", ["169 (28.3)", "237 (39.4)", ""]),
            ("  Median overall survival (95% CI) — mo", ["NR", "34.7 (33.1–NR)", "0.62 (0.51–0.76)"]),
            ("  3-yr overall survival — % (95% CI)", ["66 (61–71)", "49 (44–55)", ""]),
            ("Radiographic progression-free survival", ["", "", ""]),
            ("  Progression or death — no.", ["239", "354", ""]),
            ("  Prostate-specific antigen response", ["546 (91.5)", "404 (67.1)", ""]),
            ("Change in body weight — %", ["−9.39", "−0.88", ""]),
        ],
        ["NR denotes not reached. Plus–minus values are means ±SD."],
    )
    c.save()


def test_nejm_outcome_tables_read_whole(tmp_path: Path) -> None:
    path = tmp_path / "nejm.pdf"
    _nejm_outcomes_pdf(path)
    extraction = extract(path)
    got: dict[tuple[str, str, str], dict[str, float | None]] = {}
    for r in extraction.records:
        if r.table != "text":
            got.setdefault((r.table, r.row[-1], r.column[0]), {})[r.statistic] = r.value
    # the rate header wrapped over two header lines still names a rate: a whole-number rate is no count
    primary = got[("Table 2", "Primary cardiovascular end point", "Semaglutide (N=8803)")]
    assert primary == {"count": 569, "percent": 6.5, "rate": 2}
    assert got[("Table 2", "Death from any cause", "Placebo (N=8801)")] == {"count": 458, "percent": 5.2, "rate": 1.7}
    assert got[("Table 2", "Death from cardiovascular causes", "Hazard Ratio (95% CI)")]["hr"] == 0.85
    assert got[("Table 2", "Primary cardiovascular end point", "P Value")] == {"p": 0.001}
    # "— no." is a number of patients; "— % (95% CI)" under a survival landmark a rate
    assert got[("Table 3", "Progression or death — no.", "Placebo (N=602)")] == {"count": 354}
    landmark = got[("Table 3", "3-yr overall survival — % (95% CI)", "Abiraterone (N=597)")]
    assert landmark == {"rate": 66, "ci_low": 61, "ci_high": 71}
    assert got[("Table 3", "Change in body weight — %", "Placebo (N=602)")] == {"value": -0.88}
    # a pair that no label calls n (%), under a "means ±SD" legend, is n (%) only because its N says so
    assert got[("Table 3", "Prostate-specific antigen response", "Placebo (N=602)")] == {"count": 404, "percent": 67.1}
    stats = {r.statistic for r in extraction.records if r.table != "text"}
    assert not stats & {"sd", "q1", "q3", "min", "max"}, stats


def test_an_interval_without_its_estimate_needs_a_label_of_its_own() -> None:
    legend = "Values are mean (SD) or median (interquartile range)."
    # a cell cut from its estimate: the legend's IQR is about "median (IQR)" cells, not a lone bound pair
    assert _meaning("(−124 to 89)", ("NT-proBNP, ng/L",), ("Change", "Placebo (n=53)"), notes=legend) == ()
    assert _meaning("(−124 to 89)", ("NT-proBNP, ng/L",), ("Change",)) == ()
    # a "95% CI" row or column of its own names it
    assert _meaning("(10.9, 69.2)", ("95% CI", "ORR"), ("50 mg/m²",)) == ("ci_low", "ci_high")
    assert _meaning("2.4–4.0", ("Progression-free survival",), ("95% CI",)) == ("ci_low", "ci_high")


def test_a_number_needed_to_treat_is_no_count() -> None:
    assert _meaning("43", ("NNT (2 y)",), ("Drug (n=4304)",), notes="Data are n (%) unless otherwise indicated.") == (
        "value",
    )


# --- JCO-like percentages-only adverse-event tables ------------------------------------------------------------


def test_a_bare_number_of_a_percentages_table_is_no_count_where_the_span_missed_its_column() -> None:
    # "Percentage of patients" over both arms: a bare number under it is the percentage. Where the span did
    # not reach a column (a centred span read as flush left), the adverse-event default "a whole number is a
    # count" would put the percentage under the wrong statistic: with another column of the table headed in
    # percent, the cell is unread instead.
    headers = ("Percentage of patients", "Sunitinib (N = 238)", "Any grade", "Grade 3")
    under = ("Any grade", "Sunitinib (N = 238)", "Percentage of patients")

    def stats(column: tuple[str, ...], table_headers: tuple[str, ...]) -> tuple[str, ...]:
        ctx = Context(
            row=("Diarrhea",),
            column=column,
            footnotes=(),
            table_notes="",
            title="",
            arm_n=238,
            section="adverse_events",
            headers=table_headers,
        )
        shape = parse_shape("40")
        assert shape is not None
        return meaning_of(shape, ctx).stats

    assert stats(under, headers) == ("percent",)
    assert stats(under[:2], headers) == ()
    # an adverse-event table with no percent header keeps its whole numbers as counts
    assert stats(under[:2], ()) == ("count",)


def test_a_percent_header_over_lower_header_levels_speaks_for_every_column_under_it() -> None:
    # JCO-like adverse-event table: "All TEAEs, %" spans "Grade 1 | Grade 2 | Grade 3"; the bare numbers under
    # the grades are percentages ("25.9" was read as a rate, "0" as a count)
    column = ("Grade 1", "All TEAEs, %")
    assert _meaning("25.9", ("Dry mouth",), column, section="adverse_events", arm_n=27) == ("percent",)
    assert _meaning("0", ("Dry mouth",), column, section="adverse_events", arm_n=27) == ("percent",)
    # a change in percent stays a value, whatever level says "%"
    assert _meaning("−5.2", ("Weight",), ("Week 12", "Change from baseline, %"), section="efficacy") == ("value",)


def test_a_percent_stub_header_speaks_for_the_bare_numbers_of_the_table() -> None:
    ctx = Context(
        row=("Neutropenia",),
        column=("Arm A (n=15)",),
        footnotes=(),
        table_notes="",
        title="Grade ≥3 adverse events",
        arm_n=15,
        section="adverse_events",
        stub="Percentage of patients",
    )
    shape = parse_shape("53.3")
    assert shape is not None
    assert meaning_of(shape, ctx).stats == ("percent",)


def test_a_row_labelled_n_holds_a_count_of_patients() -> None:
    # "End of Cycle 3" > "n" | 15: the patients assessed at that visit, not the caption's "response rate"
    title = "Overall response rate"
    for label in ("n", "N", "No.", "Number of patients"):
        assert _meaning("15", (label, "End of Cycle 3"), ("Arm A",), title=title, arm_n=15) == ("count",)


def test_an_adverse_event_named_by_a_participle_is_no_change_in_a_percent_column() -> None:
    # "Decreased appetite" and "ALT increased" are adverse events, not changes: under "All TEAEs, %" their
    # numbers are percentages of patients (they were read as generic values)
    column = ("Grade 1", "All TEAEs, %")
    for term in ("Decreased appetite", "Alanine aminotransferase increased"):
        assert _meaning("11.1", (term,), column, section="adverse_events", arm_n=27) == ("percent",)
    assert _meaning("−3.1", ("Decrease in weight",), ("Week 12, %",), section="efficacy") == ("value",)
    assert _meaning("3.1", ("Change in weight",), ("Week 12, %",), section="efficacy") == ("value",)


def test_an_adverse_event_incidence_in_the_caption_is_no_event_rate() -> None:
    # "Incidence of common (≥10%) TEAEs": with no header saying what the bare numbers are, "25.9" is not an
    # event rate (it is most likely a percentage, which nothing states): unread, not a guess
    title = "Incidence of common (≥10%) TEAEs by preferred term and maximum grade"
    column = ("1", "Grade", "Treatment-related")
    assert _meaning("25.9", ("Dry mouth",), column, title=title, section="adverse_events") == ()
    # an incidence rate per patient-years is one
    rate_title = "Incidence rates of adverse events per 100 patient-years"
    assert _meaning("25.9", ("Dry mouth",), ("Drug",), title=rate_title, section="adverse_events") == ("rate",)


def test_one_subjects_own_value_in_a_table_set_one_column_per_subject() -> None:
    """Small-study subject characteristics set one column per subject ("Subject 1 | Subject 2 | ... | Mean (SD)")
    or listed one row per subject under a "Subject" stub head: each cell is that subject's own measurement
    (`value`), never unread for want of a group statistic, never a percent of patients under "Body fat (%)"."""

    def meaning(text: str, row: tuple[str, ...], column: tuple[str, ...], stub: str = "") -> tuple[str, ...]:
        ctx = Context(
            row=row, column=column, footnotes=(), table_notes="", title="Subject characteristics", arm_n=None,
            section="demographics", stub=stub,
        )  # fmt: skip
        shape = parse_shape(text)
        assert shape is not None
        return meaning_of(shape, ctx).stats

    assert meaning("24", ("Age (years)",), ("Subject 1",)) == ("value",)
    assert meaning("61.2", ("Weight (kg)",), ("Volunteer A2",)) == ("value",)
    assert meaning("21", ("Body fat (%)",), ("Patient 12",)) == ("value",)
    assert meaning("24", ("3",), ("Age (years)",), stub="Subject") == ("value",)
    assert meaning("25.7 (4.7)", ("Age (years)",), ("Mean (SD)",)) == ("mean", "sd")
    # a group of patients is no individual
    assert meaning("24", ("Age (years)",), ("Patients (n = 20)",)) != ("value",)
    assert meaning("24", ("3",), ("Age (years)",), stub="Characteristic") != ("value",)


def test_a_subject_characteristics_table_is_demographics() -> None:
    from extractors.classify import classify_section

    for title in ("Subject characteristics", "Volunteers' characteristics", "Characteristics of the volunteers"):
        model = TableModel(table_id="Table 1", title=title, pages=[1], notes="", stub_header="", columns=[[]])
        assert classify_section(model) == "demographics", title


# --- continuous-outcome tables: per arm "Mean" over "(SD) | N", then "Difference (95% CI)", "P", "Cohen's d" -------


def test_an_interval_under_a_header_that_says_sd_is_no_sd() -> None:
    # "−0.69 (−1.18 to −0.20)" under "Mean" / "(SD)": an SD is one number, the header does not explain the
    # interval; nothing else says what it is, so the cell is unread with a finding naming the header
    arm = ("(SD)", "Mean", "Dabigatran")
    ctx = Context(row=("MMSE score",), column=arm, footnotes=(), table_notes="", title="Table 2 Changes", arm_n=83)
    shape = parse_shape("−0.69 (−1.18 to −0.20)")
    assert shape is not None
    meaning = meaning_of(shape, ctx)
    assert meaning.stats == ()
    assert "Mean (SD)" in meaning.reason and "interval" in meaning.reason
    # a mean the caption names as a least-squares (adjusted, marginal) mean is a model estimate: a CI, level unstated
    for said in (
        "Data report the marginal effects (least-squares mean change from baseline score) adjusted for age",
        "Adjusted means (model-based) by arm",
        "LSMeans by visit",
    ):
        assert _meaning("−0.69 (−1.18 to −0.20)", ("MMSE score",), arm, title=f"Table 2 Changes. {said}") == (
            "mean",
            "ci_low",
            "ci_high",
        ), said
    # a mean alone with an interval nobody names (a range in a PK table, or a CI): the mean its label names is read,
    # the interval is not (a finding says why)
    assert _meaning("12.1 (8.0 to 15.2)", ("Cmax",), ("Mean", "Drug"), section="pk") == (
        "mean",
        UNREAD_BOUND,
        UNREAD_BOUND,
    )
    # and never when the interval does not bracket it: then nothing is read
    assert _meaning("12.1 (13.0 to 15.2)", ("Cmax",), ("Mean", "Drug"), section="pk") == ()
    # the "(SD)" header still types a cell printed the way it says
    assert _meaning("−0.69 (0.49)", ("MMSE score",), ("Mean (SD)", "Dabigatran")) == ("mean", "sd")


def test_contrast_columns_of_a_continuous_outcome_table() -> None:
    assert _meaning("−0.12 (−0.88 to 0.63)", ("MMSE score",), ("(95% CI)", "Difference (D-W)")) == (
        "value",
        "ci_low",
        "ci_high",
    )
    assert _meaning("−0.06", ("MMSE score",), ("effect size", "Cohen’s d")) == ("value",)
    assert _meaning("0.36", ("MMSE score",), ("Effect size",)) == ("value",)
    # the column's own "effect size" is nearer than a caption that speaks of mean changes
    assert _meaning("0.14", ("NTB",), ("effect size", "Cohen’s d"), title="Table 2 Mean changes") == ("value",)
    assert _meaning("0.21", ("NTB",), ("Hedges' g",), title="Table 2 Mean changes") == ("value",)
    assert _meaning("0.75", ("MMSE score",), ("P-value",)) == ("p",)


def test_a_continuous_outcome_table_end_to_end() -> None:
    # the recorded header (tests/data/grid_cases/continuous-outcome.json): one-column headers wrapped onto a second
    # line ("(95% CI)", "effect size") are no groups over the arms, and the rule under the last arm's "Mean" running
    # on under the contrast columns does not put "Mean" over them; the arms' intervals are CIs by the caption's
    # "least-squares mean", the N sub-columns counts
    from extractors.records import table_to_records
    from extractors.structure import grids_to_table
    from tests.extraction.test_grid_families import _case_grid

    grid = _case_grid("continuous-outcome.json", "Table 2")
    heads = {h.text: list(h.columns) for h in grid.header}
    assert heads["(95% CI)"] == [4] and heads["effect size"] == [6]
    assert [list(h.columns) for h in grid.header if h.text == "Mean"] == [[0, 1], [2, 3]]
    model = grids_to_table([grid])
    model.title = "Table 2 Mean changes. Data report the marginal effects (least-squares mean change from baseline)"
    _section, records, _findings = table_to_records(model)
    got = {(r.row[-1], " > ".join(r.column), r.statistic): r.value for r in records}
    assert got[("MMSE score", "Dabigatran > Mean > (SD)", "mean")] == -0.69
    assert got[("MMSE score", "Dabigatran > Mean > (SD)", "ci_high")] == -0.2
    assert got[("MMSE score", "Warfarin > Mean > N", "count")] == 66
    assert got[("MMSE score", "Difference (D-W) > (95% CI)", "ci_low")] == -0.88
    assert got[("MoCA score", "P-value", "p")] == 0.02
    assert got[("NTB score", "Cohen’s d > effect size", "value")] == 0.14


def test_a_relative_risk_reduction_is_a_difference_not_a_risk_ratio() -> None:
    # "Relative Risk Reduction (95% CI)" "10 (2 to 18)": a 10% reduction, not a relative risk of 10
    ctx = Context(
        row=("Major macrovascular events",), column=("percent", "Relative Risk Reduction (95% CI)"), footnotes=(),
        table_notes="", title="", arm_n=None, section="efficacy",
    )  # fmt: skip
    shape = parse_shape("10 (2 to 18)")
    assert shape is not None
    assert meaning_of(shape, ctx).stats == ("value", "ci_low", "ci_high")
    risk = Context(
        row=("Major macrovascular events",), column=("Relative risk (95% CI)",), footnotes=(), table_notes="",
        title="", arm_n=None, section="efficacy",
    )  # fmt: skip
    ratio = parse_shape("0.90 (0.82 to 0.98)")
    assert ratio is not None
    assert meaning_of(ratio, risk).stats == ("rr", "ci_low", "ci_high")


def test_a_bare_percent_sign_after_a_change_is_its_unit_not_n_percent() -> None:
    def stats(text: str, row: tuple[str, ...]) -> tuple[str, ...]:
        ctx = Context(row=row, column=("(n=32)", "0.25 mg BID"), footnotes=(), table_notes="", title="", arm_n=32,
                      section="efficacy")  # fmt: skip
        shape = parse_shape(text)
        assert shape is not None
        return meaning_of(shape, ctx).stats

    assert stats("−18.2", ("Plasma aldosterone", "Placebo-adjusted change from baseline at week 8 (%) (LOCF)")) == (
        "value",
    )
    assert stats("12 (37.5)", ("Dose reductions (%)",)) == ("count", "percent")


def test_a_group_label_running_past_the_stub_under_the_header_opens_the_body() -> None:
    # lci699 TABLE III: "Placebo-adjusted change from baseline at week 8 (%) (LOCF)" is set flush with the row
    # labels right under the arms' "(n=32) | (n=26) ..." line and runs on over the first value column: it is the
    # rows' group label, not that column's lowest header cell, and its "8" is no cell
    ex = extract(Path(__file__).resolve().parents[1] / "data" / "pdfs" / "lci699-resistant-htn-jch2013.pdf")
    first = [r for r in ex.records if r.table == "Table III" and any("0.25 mg BID" in c for c in r.column)]
    assert len(first) == 5 and {r.statistic for r in first} == {"value"}
    assert all(r.row[0].startswith("Placebo-adjusted change") for r in first)
    assert not [r for r in ex.records if r.table == "Table III" and r.value == 8]


def test_events_beside_a_patients_column_count_events() -> None:
    # "Events | Patients" under each arm ("Data are n or n (%)"): the patients have their own column, so the bare
    # whole numbers under "Events" count events, and may pass the arm's N
    for patients in ("Patients", "No. of patients", "Patients with event", "n (%)"):
        got = _meaning("25", ("CD4 decrease",), ("Events", "Drug"), siblings=(patients,), arm_n=20)
        assert got == ("events",)
    assert _meaning("25", ("CD4 decrease",), ("No. of events", "Drug"), siblings=("Patients",)) == ("events",)
    # a head naming patients with events is no bare "Events"
    assert _meaning("25", ("Stroke",), ("Patients with event", "Drug"), siblings=("Patients",)) == ("count",)
    # a patients' head elsewhere in the table (another group's, or a statement set as a head) says nothing of it
    assert _meaning("0", ("Vitiligo",), ("Events", "Grade 3 or 4", "Drug"), siblings=()) == ("count",)
