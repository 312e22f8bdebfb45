"""Real wordings of what a table's cells are, gathered from published tables and Methods sections, each paraphrased
(own drug names, numbers and non-essential words; the statement's syntax family kept), with the reading each must
give, written before any was run through trialex.

A statement stands in one place (``place``): the table's legend or footnote block ("legend"), a footnote tied to the
cell by its mark ("footnote"), the row label ("row"), the column header ("column"), or the paper's Methods
("methods": read by extractors/paper_conventions.py from a "Statistical analysis" section, below every statement of
the table, whose own legend is ``legend``). ``expected`` is the statistic names in order, or ``None`` where the cell
must be withheld (the statement does not speak for the cell, speaks for another thing -- a figure, a model, another
study, another variable -- or two statements disagree). ``plus_minus``: does the table print any "a ± b" cell (a
house style that sets "±" as brackets only where it prints none).

Sources: the public page a wording was read on (``search`` corpus "pages": PMC table pages, journal "highwire
markup" table pages, preprint Methods), or "house style: JOURNAL" for a journal's standing footnote wording as its
tables print it. Set 1 was gathered first; set 2 (other journals and wordings) after set 1's fixes.
"""

from __future__ import annotations

from dataclasses import dataclass

from extractors.cells import parse_shape
from extractors.hint_context import Context, Meaning
from extractors.hints import meaning_of
from extractors.legend_wording import canonical
from extractors.paper_conventions import applicable, methods_conventions
from extractors.prose_text import Text
from tests.extraction.legend_brackets_corpus import judge

MEAN_SD = ("mean", "sd")
MEAN_SE = ("mean", "se")
MEDIAN_IQR = ("median", "q1", "q3")
MEDIAN_RANGE = ("median", "min", "max")
GEO_CV = ("geometric_mean", "cv_percent")
MEAN_CV = ("mean", "cv_percent")
MEAN_CI = ("mean", "ci_low", "ci_high")
N_PCT = ("count", "percent")


@dataclass(frozen=True)
class Case:
    statement: str
    place: str  # legend | footnote | row | column | methods
    cell: str
    expected: tuple[str, ...] | None
    source: str
    row: str = "Age, years"
    column: str = "Drug A (n = 120)"
    section: str = "demographics"
    legend: str = ""  # the table's own legend, where the statement is in the Methods or a label
    plus_minus: bool | None = None  # None: the cell's own form says
    title: str = ""
    reason_has: tuple[str, ...] = ()


def read(case: Case) -> Meaning:
    """The cell read as the pipeline reads it (extractors/records.py): labels through canonical(), the Methods through
    methods_conventions() under a "Statistical analysis" heading and paper_conventions.applicable()."""
    shape = parse_shape(case.cell)
    assert shape is not None, case.cell
    row, column, legend = case.row, case.column, case.legend
    footnotes: tuple[str, ...] = ()
    paper: tuple[tuple[str, ...], ...] = ()
    if case.place == "legend":
        legend = case.statement
    elif case.place == "footnote":
        footnotes = (case.statement,)
    elif case.place == "row":
        row = case.statement
    elif case.place == "column":
        column = case.statement
    elif case.place == "methods":
        text = Text(case.statement, [-1] * len(case.statement), [], headings=[(0, "Statistical analysis")])
        conventions, _end = methods_conventions(text, 3, "Methods")
        paper = applicable(conventions, [row, column], case.section, case.title)
    notes = canonical(legend)
    ctx = Context(
        row=(canonical(row),),
        column=(canonical(column),),
        footnotes=tuple(canonical(f) for f in footnotes),
        table_notes=notes,
        title=canonical(case.title),
        arm_n=None,
        section=case.section,
        paper=paper,
        plus_minus=("±" in case.cell) if case.plus_minus is None else case.plus_minus,
        legend=notes,
    )
    return meaning_of(shape, ctx)


def verdict(case: Case) -> str:
    """ "right", "withheld", "reason" or "WRONG" (tests/extraction/legend_brackets_corpus.judge)."""
    return judge(read(case), case.expected, case.reason_has)


_CONSORT = "http://www.consort-statement.org/consort-statement/13-19---results/item15_baseline-data/"
_ICM = "https://pmc.ncbi.nlm.nih.gov/articles/PMC8579417/table/Tab1"
_OPENHEART = "openheart.bmj.com highwire/markup/136423 (Table 1)"
_BMC_BRACKETS = "https://pmc.ncbi.nlm.nih.gov/articles/PMC6394466/table/Tab1"
_DIAB_CARE = "care.diabetesjournals.org highwire/markup/42747 (Table 1)"
_DIAB_CARE_2 = "care.diabetesjournals.org highwire/markup/3292 (Table 2)"
_BJCP_MORPHINE = "https://pmc.ncbi.nlm.nih.gov/articles/PMC2014910/table/tbl1"
_BJCP_ARTS = "https://pmc.ncbi.nlm.nih.gov/articles/PMC1874553/table/tbl2"
_DDEL = "https://pmc.ncbi.nlm.nih.gov/articles/PMC8567874/table/t0002"
_DDDT = "https://pmc.ncbi.nlm.nih.gov/articles/PMC6690926/table/T0003"
_ANIMALS = "https://pmc.ncbi.nlm.nih.gov/articles/PMC7460420/table/animals-10-01332-t001"
_HINDAWI = "https://www.hindawi.com/journals/ecam/2018/1507834/tab2/"
_EJHF = "https://pmc.ncbi.nlm.nih.gov/articles/PMC11497284/table/ejhf2124-tbl-0001"
_NEJM_T1 = "https://pmc.ncbi.nlm.nih.gov/articles/PMC4900689/table/T1"
_NEJM_T2 = "https://pmc.ncbi.nlm.nih.gov/articles/PMC4627639/table/T1"
_EHF_T3 = "https://pmc.ncbi.nlm.nih.gov/articles/PMC8934970/table/ehf213837-tbl-0003"
_AUTH_QUARTILES = "flamechallenge.authorea.com/users/487769 (Statistical analysis)"
_AUTH_GAUSSIAN = "flamechallenge.authorea.com/users/331307 (Statistical Analysis)"
_AUTH_IQR = "faye.authorea.com/users/396948 (2.4 Statistical analysis)"
_AUTH_NUMERICAL = "flame-challenge.authorea.com/users/316415 (Statistical Analysis)"
_AUTH_QUANT = "authorea.com/users/754577 (2.4 Statistical analysis)"
_AUTH_DEFINED = "authorea.com/users/319901 (Statistical analyses)"
_AUTH_TABULATED = "authorea.com/users/362143 (2.6 Statistical analysis)"
_CORD19 = "pubannotation.org CORD-19 1319a4dbbc3d (statistical methods)"
_AUTH_LIST = "authorea.com/users/562664 (Statistical analysis)"
_AUTH_PK = "flamechallenge.authorea.com/users/354289 (2.6 Statistical Analyses)"
_FIG_SEM = "https://pmc.ncbi.nlm.nih.gov/articles/PMC4235254/figure/F4"
_BMJOPEN_META = "bmjopen.bmj.com highwire/markup/84921"
_BJCP_HEPATIC = "https://pmc.ncbi.nlm.nih.gov/articles/PMC9314093/table/bcp15294-tbl-0002"

BASE_A = "62.3 (8.1)"  # a (b) with decimals: withheld unless a statement says what it is
SKEW = "4.1 (2.2–7.9)"

SET_1: list[Case] = [
    # --- legends of the whole table ---------------------------------------------------------------------------
    Case("*Values are means (SD) or numbers (%).", "legend", "67.2 (7.4)", MEAN_SD, _CONSORT),
    Case(
        "Categorical data are shown as numbers (percentages) and numeric data as medians (interquartile ranges).",
        "legend",
        "64 (55–73)",
        MEDIAN_IQR,
        _ICM,
    ),
    Case(
        "Categorical data are shown as numbers (percentages) and numeric data as medians (interquartile ranges).",
        "legend",
        BASE_A,
        None,
        _ICM,
    ),
    Case("Values are given as mean±SD or median (IQR), as appropriate.", "legend", "8 (4–15)", MEDIAN_IQR, _OPENHEART),
    Case(
        "Values are given as mean±SD or median (IQR), as appropriate.",
        "legend",
        BASE_A,
        MEAN_SD,
        _OPENHEART,
        plus_minus=False,
    ),
    Case(
        "Data shown as numbers with percentages in brackets or median with IQR in brackets",
        "legend",
        SKEW,
        MEDIAN_IQR,
        _BMC_BRACKETS,
    ),
    Case(
        "Data shown as numbers with percentages in brackets or median with IQR in brackets",
        "legend",
        BASE_A,
        None,
        _BMC_BRACKETS,
    ),
    Case(
        "Data are given as the mean ± SD, unless indicated otherwise.",
        "legend",
        "9.4 (0.7)",
        MEAN_SD,
        _DIAB_CARE,
        plus_minus=False,
    ),
    Case(
        "Results are mean±s.d. except tmax, which is median (range).",
        "legend",
        "0.50 (0.25–1.00)",
        MEDIAN_RANGE,
        _BJCP_MORPHINE,
        row="tmax (h)",
        section="pk",
        plus_minus=True,
    ),
    Case(
        "Results are mean±s.d. except tmax, which is median (range).",
        "legend",
        "312 (81)",
        MEAN_SD,
        _BJCP_MORPHINE,
        row="Cmax (nmol l−1)",
        section="pk",
        plus_minus=False,
    ),
    Case(
        "Median (interquartile range).",
        "footnote",
        "8.8 (7.1–11.4)",
        MEDIAN_IQR,
        _BJCP_ARTS,
        row="Cmax (µM)",
        section="pk",
        legend="Values are given as mean ±s.d. unless indicated otherwise.",
    ),
    Case("All values are means ± SDs (n = 5).", "legend", "12.6 (1.71)", MEAN_SD, _DDEL, row="T1/2 (h)", section="pk"),
    Case(
        "Each value is the mean ± standard deviation (n=6).",
        "legend",
        "2.31 (0.52)",
        MEAN_SD,
        _DDDT,
        row="T1/2 (h)",
        section="pk",
    ),
    Case("Harmonic mean", "footnote", "18.40 ± 2.71", None, _ANIMALS, row="t½λz (h)", section="pk"),
    Case("Arithmetic mean ± SD", "column", "745.10 ± 402.33", MEAN_SD, _HINDAWI, row="Cmax (ng/mL)", section="pk"),
    # --- the row's own statement ------------------------------------------------------------------------------
    Case("Age (years), mean (SD)", "row", "66.1 (10.4)", MEAN_SD, _EJHF),
    Case("NT-proBNP (pg/mL), median (IQR)", "row", "1920 (1210–3380)", MEDIAN_IQR, _EJHF),
    Case("Median age (IQR) — yr", "row", "59 (49–67)", MEDIAN_IQR, _NEJM_T1),
    Case("Median glycated hemoglobin (IQR) — %", "row", "7.1 (6.3–8.2)", MEDIAN_IQR, _NEJM_T2),
    Case("Baseline (SD)", "row", "8.31 (0.92)", MEAN_SD, _DIAB_CARE_2, section="efficacy"),
    Case("Adjusted mean change (95% CI)", "row", "−0.74 (−0.88 to −0.60)", MEAN_CI, _DIAB_CARE_2, section="efficacy"),
    Case(
        "Adjusted placebo-subtracted mean change (SE)", "row", "−0.58 (0.11)", MEAN_SE, _DIAB_CARE_2, section="efficacy"
    ),
    # --- a legend that says nothing of the cells --------------------------------------------------------------
    Case(
        "EC, European Commission; FDA, Food and Drug Administration. Other abbreviations as in Table 1.",
        "legend",
        "1040 [540–1700]",
        None,
        _EHF_T3,
        row="BNP (pg/mL)",
    ),
    Case("IQR denotes interquartile range.", "legend", BASE_A, None, _NEJM_T1),
    Case(
        "No baseline data were imputed. Control of blood pressure is defined as SBP < 140 mm Hg.",
        "legend",
        BASE_A,
        None,
        "https://pmc.ncbi.nlm.nih.gov/articles/PMC6939905/table/pmed.1002997.t001/",
    ),
    Case("*Included patients with symptoms for under 24 h. NR, not reported.", "legend", BASE_A, None, _BMJOPEN_META),
    Case(
        "N, number of PK-evaluable patients; n, number of patients contributing to summary statistics (except for Rac "
        "and fu); NA, not available as n is less than 3.",
        "legend",
        "118.2 (31.0)",
        None,
        _BJCP_HEPATIC,
        row="AUC0−24 (ng•h/mL)",
        section="pk",
    ),
    # --- Methods ("Statistical analysis") ----------------------------------------------------------------------
    Case(
        "Categorical variables were expressed as numbers and percentages and compared with the chi-square test. "
        "Continuous variables were expressed as mean ± standard deviation if normally distributed, otherwise as "
        "median (1st and 3rd quartiles), and compared with Student's t-test or the Mann-Whitney test.",
        "methods",
        BASE_A,
        MEAN_SD,
        _AUTH_QUARTILES,
        plus_minus=False,
    ),
    Case(
        "Categorical variables were expressed as numbers and percentages and compared with the chi-square test. "
        "Continuous variables were expressed as mean ± standard deviation if normally distributed, otherwise as "
        "median (1st and 3rd quartiles), and compared with Student's t-test or the Mann-Whitney test.",
        "methods",
        SKEW,
        MEDIAN_IQR,
        _AUTH_QUARTILES,
        row="CRP, mg/L",
    ),
    Case(
        "Continuous data are presented as mean ± standard deviation for Gaussian variables or median [interquartile "
        "range (IQR)] for non-gaussian variables and all categorical data as number (percentage).",
        "methods",
        SKEW,
        MEDIAN_IQR,
        _AUTH_GAUSSIAN,
        row="CRP, mg/L",
    ),
    Case(
        "Continuous data are presented as mean ± standard deviation for Gaussian variables or median [interquartile "
        "range (IQR)] for non-gaussian variables and all categorical data as number (percentage).",
        "methods",
        BASE_A,
        MEAN_SD,
        _AUTH_GAUSSIAN,
        plus_minus=False,
    ),
    Case(
        "Continuous variables are shown as median with interquartile range (IQR 25th-75th percentile). Categorical "
        "variables are expressed as numbers and percentages.",
        "methods",
        SKEW,
        MEDIAN_IQR,
        _AUTH_IQR,
        row="CRP, mg/L",
    ),
    Case(
        "Continuous variables are shown as median with interquartile range (IQR 25th-75th percentile). Categorical "
        "variables are expressed as numbers and percentages.",
        "methods",
        BASE_A,
        None,
        _AUTH_IQR,
    ),
    Case(
        "Data are shown as mean and standard deviation (SD) if numerical and as count and percentages if categorical.",
        "methods",
        BASE_A,
        MEAN_SD,
        _AUTH_NUMERICAL,
    ),
    Case(
        "Quantitative variables were summarised as median with interquartile range (IQR). Relative frequencies were "
        "used for categorical variables.",
        "methods",
        SKEW,
        MEDIAN_IQR,
        _AUTH_QUANT,
        row="CRP, mg/L",
    ),
    Case(
        "Categorical variables were defined as frequency and percentage, while parametric continuous data as "
        "mean±standard deviation, non-parametric continuous data as median and interquartile ranges.",
        "methods",
        BASE_A,
        MEAN_SD,
        _AUTH_DEFINED,
        plus_minus=False,
    ),
    Case(
        "Categorical variables were tabulated as numbers with percentages. Continuous variables were shown as median "
        "values, with corresponding IQR.",
        "methods",
        SKEW,
        MEDIAN_IQR,
        _AUTH_TABULATED,
        row="CRP, mg/L",
    ),
    Case(
        "The continuous variables are given as mean values ± standard deviation (SD) and were compared with a "
        "two-sided rank-sum test; the categorical variables are given as absolute numbers and percentages.",
        "methods",
        BASE_A,
        MEAN_SD,
        _CORD19,
        plus_minus=False,
    ),
    Case(
        "Demographic and clinical data were presented as counts and proportions (categorical data) or mean, median, "
        "standard deviation (continuous data).",
        "methods",
        SKEW,
        None,
        _AUTH_LIST,
        row="CRP, mg/L",
    ),
    # --- Methods sentences that are no statement about a table's cells -------------------------------------------
    Case(
        "Plasma concentration versus time data and PK parameters were listed and summarised by treatment using "
        "descriptive statistics. Mean concentrations were calculated only if at least two thirds of the values were "
        "above the LLOQ.",
        "methods",
        "245 (31.0)",
        None,
        _AUTH_PK,
        row="Cmax (ng/mL)",
        section="pk",
    ),
    Case("Data are shown as mean ± SEM in the figures.", "methods", BASE_A, None, _FIG_SEM, plus_minus=False),
    Case(
        "Cox proportional hazards models were run to identify factors affecting survival, reported as hazard ratios "
        "(HR) with confidence intervals (CI).",
        "methods",
        SKEW,
        None,
        _AUTH_NUMERICAL,
        row="CRP, mg/L",
    ),
    Case(
        "Normality was assessed with the Shapiro-Wilk test. Continuous variables were compared with the t-test or the "
        "Mann-Whitney U-test, as appropriate.",
        "methods",
        BASE_A,
        None,
        "faye.authorea.com/users/298529 (Statistical analysis)",
    ),
    # --- house-style legends ---------------------------------------------------------------------------------------
    Case("Data are n (%) or median (IQR).", "legend", SKEW, MEDIAN_IQR, "house style: Lancet", row="CRP, mg/L"),
    Case("Data are n (%) or median (IQR).", "legend", BASE_A, None, "house style: Lancet"),
    Case("Data are mean (SD), n (%), or median (IQR).", "legend", BASE_A, MEAN_SD, "house style: Lancet"),
    Case("Data are presented as No. (%) unless otherwise indicated.", "legend", BASE_A, None, "house style: JAMA"),
    Case(
        "Data are presented as No. (%) unless otherwise indicated.",
        "legend",
        BASE_A,
        MEAN_SD,
        "house style: JAMA",
        row="Age, mean (SD), y",
    ),
    Case("Values are numbers (percentages) unless stated otherwise.", "legend", BASE_A, None, "house style: BMJ"),
    Case("Plus-minus values are means ±SD.", "legend", "61.8 ± 9.0", MEAN_SD, "house style: NEJM"),
    Case(
        "Values are mean ± standard deviation, median (interquartile range), or n (%).",
        "legend",
        BASE_A,
        MEAN_SD,
        "house style: EHJ",
        plus_minus=False,
    ),
    Case(
        "Values are mean±SD, median (25th–75th percentile), or n (%).",
        "legend",
        SKEW,
        MEDIAN_IQR,
        "house style: Circulation",
        row="CRP, mg/L",
    ),
    Case(
        "Values are presented as geometric mean (geometric CV%), except for tmax, which is presented as median "
        "(min, max).",
        "legend",
        "1.50 (0.50, 4.00)",
        MEDIAN_RANGE,
        "house style: Clin Pharmacol Drug Dev",
        row="tmax (h)",
        section="pk",
    ),
    Case(
        "Values are presented as geometric mean (geometric CV%), except for tmax, which is presented as median "
        "(min, max).",
        "legend",
        "245 (31.0)",
        GEO_CV,
        "house style: Clin Pharmacol Drug Dev",
        row="Cmax (ng/mL)",
        section="pk",
    ),
    Case(
        "Values are geometric mean (CV%), except tmax and t1/2: median (range) and arithmetic mean (SD), respectively.",
        "legend",
        "11.2 (2.3)",
        MEAN_SD,
        "house style: BJCP",
        row="t1/2 (h)",
        section="pk",
    ),
    Case(
        "Values are geometric mean (CV%), except tmax and t1/2: median (range) and arithmetic mean (SD), respectively.",
        "legend",
        "2.0 (1.0–4.0)",
        MEDIAN_RANGE,
        "house style: BJCP",
        row="tmax (h)",
        section="pk",
    ),
    Case(
        "Data are shown as arithmetic mean ± SD for all parameters except tmax [median (range)].",
        "legend",
        "1.5 (0.5–3.0)",
        MEDIAN_RANGE,
        "house style: Clin Pharmacokinet",
        row="tmax (h)",
        section="pk",
    ),
    Case(
        "Geometric mean (%CV) is shown for all parameters except tmax, for which median (range) is shown.",
        "legend",
        "245 (31.0)",
        GEO_CV,
        "house style: CPT",
        row="Cmax (ng/mL)",
        section="pk",
    ),
    Case(
        "Values are presented as mean (coefficient of variation %).",
        "legend",
        "245 (31.0)",
        MEAN_CV,
        "house style: J Clin Oncol",
        row="Cmax (ng/mL)",
        section="pk",
    ),
    Case(
        "Baseline values are mean (SD); changes from baseline are least-squares mean (SE).",
        "legend",
        "−0.81 (0.12)",
        MEAN_SE,
        "house style: Lancet Diabetes Endocrinol",
        row="Change from baseline at week 24",
        section="efficacy",
    ),
    Case(
        "Baseline values are mean (SD); changes from baseline are least-squares mean (SE).",
        "legend",
        "8.24 (0.87)",
        MEAN_SD,
        "house style: Lancet Diabetes Endocrinol",
        row="Baseline",
        section="efficacy",
    ),
    Case("Results are expressed as mean ± SEM.", "legend", "4.5 ± 0.3", MEAN_SE, "house style: J Physiol"),
    Case(
        "Values are median (range) for continuous variables and n (%) for categorical variables.",
        "legend",
        "58 (31–79)",
        MEDIAN_RANGE,
        "house style: J Clin Oncol",
    ),
    Case(
        "Mean (SD) for continuous variables; n (%) for categorical variables.",
        "legend",
        BASE_A,
        MEAN_SD,
        "house style: BMC",
    ),
    Case(
        "Data are mean (SD) unless otherwise stated.",
        "legend",
        "6.1 (3.2–11.0)",
        MEDIAN_IQR,
        "house style: Lancet",
        row="Duration of diabetes, years, median (IQR)",
    ),
    Case("Percentages may not total 100 because of rounding.", "legend", BASE_A, None, "house style: NEJM"),
    Case(
        "P values were calculated with the Wilcoxon rank-sum test for continuous variables and the chi-square test "
        "for categorical variables.",
        "legend",
        BASE_A,
        None,
        "house style: NEJM",
    ),
    Case(
        "Hazard ratios (95% CI) are from a Cox model stratified by region.",
        "legend",
        BASE_A,
        None,
        "house style: Lancet Oncol",
    ),
    # --- Methods that must not override the table, or speak for another part --------------------------------------
    Case(
        "Continuous variables are presented as mean (SD).",
        "methods",
        BASE_A,
        None,
        "house style: Lancet + a Methods convention",
        legend="Data are n (%) or median (IQR).",
        reason_has=("median (IQR)", "mean (SD)"),
    ),
    Case(
        "Time to progression is presented as median (95% CI).",
        "methods",
        SKEW,
        None,
        "house style: J Clin Oncol",
        row="CRP, mg/L",
    ),
    Case(
        "Pharmacokinetic parameters are summarised as geometric mean and geometric coefficient of variation (CV%).",
        "methods",
        "245 (31.0)",
        GEO_CV,
        "house style: Clin Pharmacol Drug Dev",
        row="Cmax (ng/mL)",
        section="pk",
    ),
    Case(
        "Pharmacokinetic parameters are summarised as geometric mean and geometric coefficient of variation (CV%).",
        "methods",
        BASE_A,
        None,
        "house style: Clin Pharmacol Drug Dev",
    ),
    Case(
        "In the earlier phase 2 study, data were presented as median (range).",
        "methods",
        "58 (31–79)",
        None,
        "house style: J Clin Oncol",
    ),
    Case(
        "Median follow-up was 14.2 months (IQR 9.8–20.1).",
        "methods",
        SKEW,
        None,
        "house style: Lancet Oncol",
        row="CRP, mg/L",
    ),
]

_CCR = "clincancerres.aacrjournals.org highwire/markup/81722 (Table 2)"
_BIOPROTOCOL = "https://bio-protocol.org/exchange/minidetail?id=1288372&type=30"
_AUTH_CONTINUOUS = "yvm2020.authorea.com/users/324527 (Data analysis)"
_AUTH_TABULAR = "flamechallenge.authorea.com/users/442713 (Statistical analysis)"
_AUTH_PATIENTS = "yvm2020.authorea.com/users/390866 (2.4 Statistical analysis)"
_AUTH_COUNTS = "authorea.com/users/338651 (2.9 Statistical analysis)"
_AUTH_USED = "authorea.com/users/343103 (Statistical analysis)"
_MESA = "https://pmc.ncbi.nlm.nih.gov/articles/PMC3586233/table/T1"

SET_2: list[Case] = [
    # --- gathered after set 1's fixes: other journals, other wordings ------------------------------------------------
    Case(
        "Time from end of last treatment to cycle 1 (mo; median with range)",
        "row",
        "1.9 (0.3–41.2)",
        MEDIAN_RANGE,
        _CCR,
    ),
    Case("Median IQR", "column", "2.6 (1.0–5.1)", MEDIAN_IQR, _MESA, row="hs-CRP, mg/L"),
    Case(
        "Plasma troponin, CRP and interleukin concentrations at each time point were expressed as median "
        "[inter-quartile range], mean ± standard error of mean or mean (95% confidence intervals) as appropriate.",
        "methods",
        "2.6 (1.0–5.1)",
        None,
        _BIOPROTOCOL,
        row="CRP, mg/L",
        section="efficacy",
    ),
    Case(
        "For continuous outcomes, means and standard deviations (SD) or medians and interquartile ranges (IQR) are "
        "reported, as appropriate.",
        "methods",
        BASE_A,
        MEAN_SD,
        _AUTH_CONTINUOUS,
    ),
    Case(
        "For continuous outcomes, means and standard deviations (SD) or medians and interquartile ranges (IQR) are "
        "reported, as appropriate.",
        "methods",
        SKEW,
        MEDIAN_IQR,
        _AUTH_CONTINUOUS,
        row="CRP, mg/L",
    ),
    Case(
        "Demographic and clinical characteristics were presented in tables using descriptive statistics (frequency, "
        "mean and standard deviation). Results shown in graphs were expressed as mean ± SD.",
        "methods",
        BASE_A,
        MEAN_SD,
        _AUTH_TABULAR,
    ),
    Case(
        "Patient characteristics were presented as frequencies and percentages for categorical data and means (SD) "
        "or medians (IQR) for continuous data.",
        "methods",
        SKEW,
        MEDIAN_IQR,
        _AUTH_PATIENTS,
        row="CRP, mg/L",
    ),
    Case(
        "Patient characteristics were presented as frequencies and percentages for categorical data and means (SD) "
        "or medians (IQR) for continuous data.",
        "methods",
        BASE_A,
        MEAN_SD,
        _AUTH_PATIENTS,
    ),
    Case(
        "Categorical variables are reported as counts and percentages and continuous variables as mean ±SD, or "
        "medians and interquartile ranges (IQRs).",
        "methods",
        SKEW,
        MEDIAN_IQR,
        _AUTH_COUNTS,
        row="CRP, mg/L",
    ),
    Case(
        "Descriptive analyses were used to summarise the data: frequency (percentage) was used for qualitative data, "
        "and median (range) was used for quantitative data.",
        "methods",
        "58 (31–79)",
        MEDIAN_RANGE,
        _AUTH_USED,
    ),
    Case(
        "Values are n (%), mean ± SD, or median [Q1, Q3].",
        "legend",
        "4.1 [2.2, 7.9]",
        MEDIAN_IQR,
        "house style: JACC",
        row="CRP, mg/L",
    ),
    Case(
        "Results are given as mean (95% confidence interval).",
        "legend",
        "−0.74 (−0.88 to −0.60)",
        MEAN_CI,
        "house style: Diabetologia",
        row="Change in HbA1c, %",
        section="efficacy",
    ),
    Case(
        "Continuous variables are expressed as median (25th-75th percentile) and categorical variables as number "
        "(percentage).",
        "legend",
        SKEW,
        MEDIAN_IQR,
        "house style: Hepatology",
        row="CRP, mg/L",
    ),
    Case(
        "Data are expressed as means ± SD, medians (interquartile ranges), or numbers (percentages).",
        "legend",
        BASE_A,
        MEAN_SD,
        "house style: Kidney Int",
        plus_minus=False,
    ),
    Case(
        "Values are mean (SD) unless stated otherwise. FEV1, forced expiratory volume in 1 s.",
        "legend",
        "2.41 (0.62)",
        MEAN_SD,
        "house style: Thorax",
        row="FEV1, L",
    ),
    Case(
        "Values are geometric means (coefficients of variation [%]) except for Tmax, for which medians (ranges) are "
        "given.",
        "legend",
        "245 (31.0)",
        GEO_CV,
        "house style: Antimicrob Agents Chemother",
        row="Cmax (ng/mL)",
        section="pk",
    ),
    Case(
        "Values are geometric means (coefficients of variation [%]) except for Tmax, for which medians (ranges) are "
        "given.",
        "legend",
        "2.0 (1.0–4.0)",
        MEDIAN_RANGE,
        "house style: Antimicrob Agents Chemother",
        row="Tmax (h)",
        section="pk",
    ),
    Case(
        "Data are presented as arithmetic mean (standard deviation) for all parameters, except tmax, presented as "
        "median (min–max).",
        "legend",
        "312 (81)",
        MEAN_SD,
        "house style: Clin Pharmacokinet",
        row="Cmax (ng/mL)",
        section="pk",
    ),
    Case(
        "Geometric mean ratios (90% CI) are shown for Cmax and AUC.",
        "legend",
        "312 (81)",
        None,
        "house style: Br J Clin Pharmacol",
        row="Cmax (ng/mL)",
        section="pk",
    ),
    Case(
        "The t1/2 values are harmonic means ± pseudo-SD.",
        "legend",
        "11.2 ± 2.3",
        None,
        "house style: Clin Pharmacol Ther",
        row="t1/2 (h)",
        section="pk",
    ),
    Case(
        "Data are least-squares mean (SE) change from baseline from a mixed model for repeated measures.",
        "legend",
        "−1.12 (0.09)",
        MEAN_SE,
        "house style: Lancet Diabetes Endocrinol",
        row="Change from baseline at week 52",
        section="efficacy",
    ),
    Case(
        "Median values are shown with 95% CIs.",
        "legend",
        "11.2 (9.4–13.0)",
        ("median", "ci_low", "ci_high"),
        "house style: J Clin Oncol",
        row="Progression-free survival, months",
        section="efficacy",
    ),
    Case(
        "The body-mass index is the weight in kilograms divided by the square of the height in meters.",
        "legend",
        "27.4 (4.2)",
        None,
        _NEJM_T1,
        row="Body-mass index",
    ),
    Case(
        "Baseline characteristics are summarised descriptively: continuous variables by mean and SD, and categorical "
        "variables by frequency and percentage.",
        "methods",
        BASE_A,
        MEAN_SD,
        "house style: BMJ Open",
    ),
    Case(
        "Hazard ratios with 95% confidence intervals were estimated with a Cox model stratified by region.",
        "methods",
        SKEW,
        None,
        "house style: Ann Oncol",
        row="CRP, mg/L",
    ),
    Case(
        "Adverse events are summarised as numbers and percentages of patients.",
        "methods",
        BASE_A,
        None,
        "house style: J Clin Oncol",
    ),
    Case(
        "Values are reported as mean ± standard error of the mean (SEM) unless otherwise indicated.",
        "methods",
        "4.5 ± 0.3",
        MEAN_SE,
        "house style: Am J Physiol",
        row="Heart rate, beats/min",
    ),
    Case(
        "Continuous variables are presented as mean (SD).",
        "methods",
        "62 (55–70)",
        MEDIAN_IQR,
        "house style: Lancet + a row statement",
        row="Age, years, median (IQR)",
    ),
    Case("Median (Q1, Q3)", "column", "4.1 (2.2, 7.9)", MEDIAN_IQR, "house style: JAMA Netw Open", row="CRP, mg/L"),
    Case(
        "Geometric mean (geometric CV%)",
        "column",
        "245 (31.0)",
        GEO_CV,
        "house style: Clin Pharmacol Drug Dev",
        row="Cmax (ng/mL)",
        section="pk",
    ),
    Case(
        "Values are median (minimum, maximum).",
        "footnote",
        "2.0 (1.0, 4.0)",
        MEDIAN_RANGE,
        "house style: Clin Pharmacol Drug Dev",
        row="tmax (h)",
        section="pk",
        legend="Values are geometric mean (geometric CV%).",
    ),
    Case(
        "Unless otherwise indicated, data are means, with standard deviations in parentheses.",
        "legend",
        BASE_A,
        MEAN_SD,
        "house style: Radiology",
    ),
    Case(
        "Values are presented as medians with 25th and 75th percentiles in parentheses.",
        "legend",
        SKEW,
        MEDIAN_IQR,
        "house style: Anesthesiology",
        row="CRP, mg/L",
    ),
]
