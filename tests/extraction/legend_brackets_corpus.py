"""Batteries: what a table says its brackets hold ("a (b)" with decimals, "a (b–c)") in wordings of its legend,
row, footnote or title -- "Standard deviations are shown in parentheses", "Mean values (SD) are given", "Values are
medians with interquartile ranges in brackets", "Numbers in square brackets are 95% confidence intervals", a row
label closing "(SD)" -- with the hard negatives that must stay as they are: "SD" as stable disease, "(%)" as n (%),
a statement scoped to other rows, two statements that disagree, "percentages in parentheses" on a cell with
decimals.

Each case is read as the pipeline reads it (extractors/records.py): every label through
:func:`extractors.legend_wording.canonical`, then :func:`extractors.hints.meaning_of`. ``expected`` is the statistic
names in order, or ``None`` where the cell must be withheld; ``level`` the CI level where one is stated.

Sources: the ``find_string`` id of a public file quoting the wording, "brief" for a wording named in the task
(seen unread in trial PDFs), or "house style" for a journal's standing legend.
"""

from __future__ import annotations

from dataclasses import dataclass

from extractors.cells import parse_shape
from extractors.hint_context import Context, Meaning
from extractors.hints import meaning_of
from extractors.legend_wording import canonical


@dataclass(frozen=True)
class Case:
    cell: str
    notes: str
    expected: tuple[str, ...] | None
    source: str
    row: str = "Change in HbA1c, %"
    column: str = "Drug (n=120)"
    section: str = "efficacy"
    rows: tuple[str, ...] = ()  # the row's groups, innermost first
    footnotes: tuple[str, ...] = ()
    title: str = ""
    arm_n: int | None = None
    level: float | None = None
    reason_has: tuple[str, ...] = ()  # words the finding of a withheld cell must name
    # read right before the fix (main at 6c0c5be): a control or a hard negative, kept as a guard
    control: bool = False


def read(case: Case) -> Meaning:
    shape = parse_shape(case.cell)
    assert shape is not None, case.cell
    notes = canonical(case.notes)
    ctx = Context(
        row=tuple(canonical(r) for r in (case.row, *case.rows)),
        column=(canonical(case.column),),
        footnotes=tuple(canonical(f) for f in case.footnotes),
        table_notes=notes,
        title=canonical(case.title),
        arm_n=case.arm_n,
        section=case.section,
        plus_minus=True,
        legend=notes,
    )
    return meaning_of(shape, ctx)


def verdict(case: Case) -> str:
    return judge(read(case), case.expected, case.reason_has, case.level)


def judge(
    got: Meaning, expected: tuple[str, ...] | None, reason_has: tuple[str, ...] = (), level: float | None = None
) -> str:
    """ "right", "withheld" (a cell to read left unread), "reason" (withheld as it must be, its finding not naming
    what it should) or "WRONG" (read, and not as the gold says: silently wrong)."""
    if expected is None:
        if got.stats:
            return "WRONG"
        # withheld as it must be, but the finding does not name what it should ("reason")
        return "right" if all(w.lower() in got.reason.lower() for w in reason_has) else "reason"
    if not got.stats:
        return "withheld"
    if got.stats != expected:
        return "WRONG"
    if level is not None and got.ci_level != level:
        return "WRONG"
    return "right"


DEC = "−1.2 (0.3)"  # a change and its spread: decimals, no count
IQR_CELL = "4.2 (3.1–5.3)"
CI_CELL = "−1.2 (−1.5 to −0.9)"
RANGE_CELL = "27.6 (27.1–28.1)"

# ---------------------------------------------------------------------------------------------------------------
# Set 1: the wordings the fix was written on
SET_1 = [
    Case(DEC, "All values are means with standard errors in parentheses.", ("mean", "se"), "brief", control=True),
    Case(DEC, "Standard deviations are shown in parentheses.", ("mean", "sd"), "find_string 18045109631"),
    Case(
        "166.5 (5.2)",
        "Posterior standard deviations are shown in parentheses",
        ("mean", "sd"),
        "63217903050",
        row="Maximum",
    ),
    Case(DEC, "Numbers in parentheses are SDs.", ("mean", "sd"), "brief", control=True),
    Case(DEC, "Figures are adjusted means (standard errors).", ("mean", "se"), "brief", control=True),
    Case(DEC, "Mean values (SD) are given.", ("mean", "sd"), "brief"),
    Case(DEC, "Values are mean (standard deviation [SD]) or n (%).", ("mean", "sd"), "brief (nested bracket)"),
    Case(
        "24.3 (5.1)",
        "Note. Values are M (SD).",
        ("mean", "sd"),
        "brief (APA)",
        row="Depression score",
        section="demographics",
    ),
    Case(DEC, "Estimates (standard errors) from the mixed model", ("mean", "se"), "brief"),
    Case(DEC, "", ("mean", "sd"), "brief", row="Change in HbA1c, % (SD)"),
    Case(DEC, "", ("mean", "sd"), "brief", row="Δ HbA1c (SD)"),
    Case(
        IQR_CELL,
        "Values are medians with interquartile ranges in brackets.",
        ("median", "q1", "q3"),
        "66800495538",
        row="Time to onset, days",
        control=True,
    ),
    Case(
        IQR_CELL,
        "Values show median with interquartile ranges in brackets.",
        ("median", "q1", "q3"),
        "49510315159",
        row="Time to onset, days",
        control=True,
    ),
    Case(
        IQR_CELL,
        "Medians are followed by interquartile ranges in brackets.",
        ("median", "q1", "q3"),
        "59956626238",
        row="Time to onset, days",
        control=True,
    ),
    Case(
        CI_CELL,
        "Numbers in square brackets are 95% confidence intervals.",
        ("value", "ci_low", "ci_high"),
        "70516727665",
        level=95.0,
        row="Difference in HbA1c, %",
        control=True,
    ),
    Case(
        RANGE_CELL,
        "Values are medians, with full ranges in parentheses.",
        ("median", "min", "max"),
        "69312313086",
        row="Duration, days",
        control=True,
    ),
    Case(
        RANGE_CELL,
        "Medians with observed ranges in parentheses.",
        ("median", "min", "max"),
        "71144879271",
        row="Duration, days",
        control=True,
    ),
    Case(
        "25.4 (10.1)",
        "Numbers shown are group averages with standard error of the mean in parentheses.",
        ("mean", "se"),
        "55012143043",
        row="ARAT score",
    ),
    Case(
        "0.81 (0.02)",
        "Values are the mean across the folds, with the standard error of the mean in parentheses.",
        ("mean", "se"),
        "57556558644",
        row="AUC",
    ),
    Case(DEC, "Standard error of the mean in parentheses.", ("mean", "se"), "55655101768"),
    Case(
        CI_CELL,
        "95% Confidence Intervals in Parentheses.",
        ("value", "ci_low", "ci_high"),
        "40779680196",
        level=95.0,
        row="Difference in HbA1c, %",
        control=True,
    ),
    Case(
        "5.87 (2.10)",
        "Summary statistics: means, SDs in parentheses.",
        ("mean", "sd"),
        "63099869275",
        row="Log earnings",
    ),
    Case(
        "0.42 (0.03)",
        "Monte Carlo means with Monte Carlo standard errors in parentheses.",
        ("mean", "se"),
        "60651665750",
        row="Sensitivity",
    ),
    Case(
        "12 (26.7)",
        "Marks are points; percentages in parentheses.",
        ("count", "percent"),
        "63399231140",
        row="Female",
        section="demographics",
        arm_n=45,
        control=True,
    ),
    # ---- hard negatives
    Case(
        "12.5 (26.7)",
        "Values in parentheses are percentages.",
        None,
        "brief (percent on decimals)",
        row="Weight loss",
        section="demographics",
        control=True,
    ),
    Case(
        "12.5 (26.7)",
        "Marks are points; percentages in parentheses.",
        None,
        "63399231140 (decimals)",
        row="Weight loss",
        section="demographics",
        control=True,
    ),
    Case("12 (26.7)", "", ("count", "percent"), "stable disease", row="Stable disease (SD)", arm_n=45, control=True),
    Case(
        "12 (26.7)",
        "",
        ("count", "percent"),
        "stable disease",
        row="SD",
        rows=("Best overall response",),
        arm_n=45,
        control=True,
    ),
    # a legend's SDs over a response row whose numbers are a count and its exact share of N (gold as first written;
    # the fixed code withholds it: the legend's statement and the arithmetic disagree)
    Case(
        "12 (26.7)",
        "Standard deviations are shown in parentheses.",
        ("count", "percent"),
        "stable disease under a legend's SDs",
        row="SD",
        rows=("Best overall response",),
        arm_n=45,
        control=True,
    ),
    Case(
        "12 (26.7)",
        "Standard deviations are shown in parentheses.",
        ("count", "percent"),
        "n (%) row",
        row="Female, n (%)",
        section="demographics",
        arm_n=45,
        control=True,
    ),
    Case(
        "8.1 (0.9)",
        "Changes from baseline are means with standard errors in parentheses.",
        None,
        "scoped to other rows",
        row="Baseline HbA1c, %",
        control=True,
    ),
    Case(
        DEC,
        "Changes from baseline are means with standard errors in parentheses.",
        ("mean", "se"),
        "scoped to these rows",
        row="Change from baseline in HbA1c, %",
        control=True,
    ),
    Case(
        DEC,
        "Values are means (SD). Numbers in parentheses are standard errors.",
        None,
        "conflict",
        reason_has=("SD", "SE"),
    ),
    Case(DEC, "Numbers in parentheses are SDs or ranges.", None, "two things", control=True),
    Case(DEC, "SD, standard deviation; SE, standard error.", None, "glossary only", control=True),
]

# ---------------------------------------------------------------------------------------------------------------
# Set 2: new wordings, gathered after the fix and read on the fixed code first
SET_2 = [
    Case(
        "0.591 (0.036)",
        "Mean over five seeds; SEM in parentheses.",
        ("mean", "se"),
        "69452999542",
        row="Effective rank",
    ),
    Case("0.591 (0.036)", "Group means (SEM in parentheses):", ("mean", "se"), "65741667589", row="Reaction time, s"),
    Case(
        IQR_CELL,
        "",
        ("median", "q1", "q3"),
        "62478908172",
        row="Parse time, s",
        title="Table A. End-to-end scaling (median, IQR in parentheses)",
        control=True,
    ),
    Case(
        IQR_CELL,
        "Medians with the IQR in parentheses.",
        ("median", "q1", "q3"),
        "71123680693",
        row="Time, s",
        control=True,
    ),
    Case(
        IQR_CELL,
        "All values below are family medians with IQR in parentheses.",
        ("median", "q1", "q3"),
        "52550373855",
        row="Recall",
        control=True,
    ),
    Case(
        "10.86 (0.76)",
        "Note: The data in brackets are standard deviation.",
        ("mean", "sd"),
        "67084629911",
        row="Tensile strength, MPa",
        control=True,
    ),
    Case(
        "0.90 [0.87–0.91]",
        "Model values are the mean over seeds, with the range in brackets.",
        ("mean", "min", "max"),
        "68835928437",
        row="Capillary length density",
        control=True,
    ),
    Case(
        "0.90 [0.87–0.91]",
        "Learned results are the median across three training runs, with the range in brackets.",
        ("median", "min", "max"),
        "68436194967",
        row="Error",
        control=True,
    ),
    Case(
        "0.90 [0.87–0.91]",
        "Cells are means with the range in brackets.",
        ("mean", "min", "max"),
        "70077152547",
        row="Tokens per second",
        control=True,
    ),
    Case(
        "87.7 (2.5)",
        "The table reports mean accuracy over three independent replications, with standard deviation in parentheses.",
        ("mean", "sd"),
        "67343394589",
        row="State",
    ),
    Case(
        "0.412 (0.011)",
        "Values are MAE averaged over 5 random seeds with standard deviation in parentheses.",
        ("mean", "sd"),
        "63192954001",
        row="ETTh1",
    ),
    Case(
        "0.412 (0.011)",
        "Each entry shows the mean above the standard deviation in parentheses.",
        ("mean", "sd"),
        "66057793187",
        row="F1",
    ),
    Case(
        "6.93 (0.01)",
        "Mean over three 2 s windows, standard deviation in parentheses.",
        ("mean", "sd"),
        "71030017651",
        row="Cycle time, ms",
    ),
    Case(
        "125.7 (23.0)",
        "",
        ("mean", "sd"),
        "56369759837",
        row="Summary data: Mean (with standard deviation in parentheses)",
        section="demographics",
    ),
    Case(
        DEC,
        "Values are means (standard deviations) unless stated otherwise.",
        ("mean", "sd"),
        "house style (BMJ)",
        control=True,
    ),
    Case(
        "4.2 [3.1–5.3]",
        "Data are presented as median [interquartile range].",
        ("median", "q1", "q3"),
        "house style",
        row="Length of stay, days",
        control=True,
    ),
    Case(DEC, "Values are expressed as mean (standard error of the mean).", ("mean", "se"), "house style"),
    Case("1.8 (0.4)", "Values are mean (standard error of the mean [SEM]).", ("mean", "se"), "house style"),
    Case(
        "24.3 (1.1)",
        "Note. M (SE) are reported.",
        ("mean", "se"),
        "APA",
        row="Anxiety score",
        section="demographics",
        control=True,
    ),
    Case("4.2 (3.1–5.3)", "Note. Mdn (IQR).", ("median", "q1", "q3"), "APA", row="Days to recovery", control=True),
    Case("81.2 (12.4)", "", ("mean", "sd"), "row label", row="Weight, kg (SD)", section="demographics"),
    Case(DEC, "", ("mean", "sd"), "column label", row="HbA1c, %", column="Change from baseline (SD)"),
    # ---- hard negatives
    Case(
        "12 (26.7)",
        "",
        ("count", "percent"),
        "stable disease",
        row="Stable disease (SD), n (%)",
        arm_n=45,
        control=True,
    ),
    Case(
        "12 (26.7)",
        "CR, complete response; PR, partial response; SD, stable disease. Values in parentheses are percentages.",
        ("count", "percent"),
        "stable disease",
        row="SD",
        arm_n=45,
        control=True,
    ),
    Case("1.2 (0.3)", "", None, "a name in brackets", row="Standard deviation (SD)", control=True),
    Case(
        "45.2 (12.1)", "Figures in parentheses are percentages.", None, "percent on decimals", row="Score", control=True
    ),
    Case(
        "8.1 (0.9)",
        "Baseline values are medians with interquartile ranges in brackets; changes are mean (SE).",
        None,
        "scoped to other rows",
        row="Baseline HbA1c, %",
        control=True,
    ),
    Case(
        DEC,
        "Baseline values are medians with interquartile ranges in brackets; changes are mean (SE).",
        ("mean", "se"),
        "scoped to these rows",
        row="Change in HbA1c, %",
        control=True,
    ),
    Case(
        DEC,
        "Numbers in parentheses are standard deviations or 95% confidence intervals.",
        None,
        "two things",
        control=True,
    ),
    Case(
        DEC, "Data are mean (SD). Standard errors are shown in parentheses.", None, "conflict", reason_has=("SD", "SE")
    ),
    Case(DEC, "Percentages and SDs in parentheses.", None, "two things", control=True),
    Case(DEC, "Medians, SDs in parentheses.", None, "a median's SD", control=True),
]

# ---------------------------------------------------------------------------------------------------------------
# Set 3: journals' house styles and label forms written after set 2 was fixed, read first on that code (19 of 24 right,
# 5 withheld, none wrong: "medians (first and third quartiles)", "Means (and SDs)", "Means and (SDs)", "Standard
# deviations (SD) are given in parentheses", "SE values in parentheses", a row closing "[SD]"); the negatives after it
# were written with the fix
SET_3 = [
    Case(
        "31.4 (22.5)",
        "Geometric means with geometric coefficients of variation in parentheses.",
        ("geometric_mean", "cv_percent"),
        "house style",
        row="Cmax (ng/mL)",
        section="pk",
        control=True,
    ),
    Case(DEC, "Values are means; standard deviations in parentheses.", ("mean", "sd"), "house style"),
    Case(DEC, "Data are given as mean values and standard deviations in brackets.", ("mean", "sd"), "house style"),
    Case(DEC, "The numbers in brackets are the standard deviations.", ("mean", "sd"), "house style", control=True),
    Case(DEC, "Numbers in brackets indicate SEM.", ("mean", "se"), "house style", control=True),
    Case(DEC, "", ("mean", "sd"), "column label", column="Mean (SD in brackets)"),
    Case(
        RANGE_CELL,
        "Numbers in brackets are min–max.",
        ("median", "min", "max"),
        "house style",
        row="Median duration, days",
        control=True,
    ),
    Case(
        IQR_CELL,
        "Data in parentheses are 25th–75th percentiles.",
        ("median", "q1", "q3"),
        "house style",
        row="Median time, days",
        control=True,
    ),
    Case(
        IQR_CELL,
        "Values are medians (first and third quartiles).",
        ("median", "q1", "q3"),
        "house style",
        row="Time, days",
    ),
    Case(
        "12 (26.7)",
        "Percentages are given in parentheses.",
        ("count", "percent"),
        "house style",
        row="Female",
        arm_n=45,
        section="demographics",
        control=True,
    ),
    Case(
        DEC, "The figures in parentheses are standard errors of the mean.", ("mean", "se"), "house style", control=True
    ),
    Case(DEC, "Mean (s.e.m.) values are shown.", ("mean", "se"), "house style", control=True),
    Case(
        DEC,
        "Values are least-squares means with standard errors in parentheses.",
        ("mean", "se"),
        "house style",
        control=True,
    ),
    Case(DEC, "Results are expressed as mean with SD in brackets.", ("mean", "sd"), "house style", control=True),
    Case(DEC, "Means (and SDs)", ("mean", "sd"), "house style"),
    Case(DEC, "Means and (SDs)", ("mean", "sd"), "house style"),
    Case(DEC, "Mean [SD]", ("mean", "sd"), "house style", control=True),
    Case(DEC, "Values are arithmetic mean (standard deviation).", ("mean", "sd"), "house style", control=True),
    Case(DEC, "Standard deviations (SD) are given in parentheses.", ("mean", "sd"), "house style"),
    Case(DEC, "SE values in parentheses.", ("mean", "se"), "house style"),
    Case(DEC, "Entries are mean (SD)a", ("mean", "sd"), "house style", control=True),
    Case(DEC, "", ("mean", "se"), "row label", row="Change in HbA1c, % (SEM)", control=True),
    Case(DEC, "", ("mean", "sd"), "row label", row="Change in HbA1c, % [SD]"),
    Case(DEC, "", ("mean", "sd"), "row label", row="HbA1c (s.d.)"),
    # ---- hard negatives
    Case("12 (26.7)", "", ("count", "percent"), "stable disease", row="Stable disease [SD]", arm_n=45, control=True),
    Case(
        "12 (26.7)",
        "Means (and SDs) for continuous variables; numbers (percentages) for categorical ones.",
        ("count", "percent"),
        "n (%) row",
        row="Female",
        arm_n=45,
        section="demographics",
        control=True,
    ),
    Case(DEC, "Values are medians (first and third quartiles).", None, "a median's quartiles on a pair", control=True),
    Case(
        DEC,
        "(Values are means and SDs or medians and IQRs)",
        ("mean", "sd"),
        "house style (the shape decides: an interval is the median's)",
        control=True,
    ),
]
