"""Pharmacokinetic and drug-interaction results prose: geometric (least-squares) mean ratios with a bare bracketed
interval or a "90% CI" interval, percent changes of exposure with or without their interval, "X and Y increased by
a% and b%, respectively", geometric mean / mean / median summaries of one parameter, "Tmax was reached at a median
of 2 h (range ...)", and dose-proportionality sentences whose numbers are doses. Sampled from clinical-pharmacology
results sections and abstracts (each entry's comment gives the address whose paragraph showed the form; none is a
golden paper of tests/data/golden); drugs and numbers are invented. Every gold was written before any paragraph was
read back.

Entry format: that of tests/extraction/prose_sampled_forms_corpus.py (``(context, paragraph, gold)``,
``G(value, statistic, endpoint, group[, optional])``), scored by tests/extraction/prose_pk_ratios_score.py.
Conventions:
- a ratio of geometric (least-squares) means is ``value`` of the parameter it compares ("Cmax", "AUC0-inf", with
  its analyte when the sentence names one), its interval ``ci_low``/``ci_high`` of the same; it is of the
  comparison, group ``None``, unless the sentence marks which of several comparisons it is (a drug at steady
  state or as a single dose, a day, a dose, the fed state), when that is its group;
- a percent change of a parameter ("increased by 25%") is ``value`` of that parameter, grouped as a ratio is; an
  interval said with it is the ratio's interval, of the same parameter;
  (Amended after first contact: the gold as first written gave a ratio or change the perpetrator its sentence
  names plainly, "with itraconazole", as its group; the golden files of the project, and the ratio corpora's
  convention, file a ratio of a treatment against its reference under no group. The first-contact figures are
  given for both.)
- a summary (geometric mean, mean, median) of a parameter is of its parameter, in the dose or group the sentence
  names; a range said with a median Tmax is ``min``/``max`` of Tmax; a CV% is optional;
- a dose, a day, a time point, a number of subjects, a bioequivalence limit (0.80-1.25) is no result (``None``);
- a number whose parameter the sentence does not tell (a ratio said of "exposure" with no parameter) is no
  reviewer's result either way: its gold is optional.
``FORMS`` names each entry's family: "bare" (a ratio with a bare bracketed interval), "gmr" (a ratio with a "90%
CI" interval), "change" (a percent change with its interval), "resp" (percent changes "..., respectively"),
"summary" (a geometric mean / mean / median of one parameter), "tmax" (a median Tmax with its range), "dose"
(dose-proportionality: doses only), "unclear" (which analyte or which period the sentence does not tell)."""

from __future__ import annotations

from tests.extraction.prose_sampled_forms_corpus import Entry, G


def gmr(endpoint: str, value: float, low: float | None, high: float | None, group: str | None = None) -> list[G]:
    """A ratio (or a percent change) of one parameter with its interval."""
    out = [G(value, "value", endpoint, group)]
    if low is not None and high is not None:
        out += [G(low, "ci_low", endpoint, group), G(high, "ci_high", endpoint, group)]
    return out


def no(*values: float) -> list[G]:
    """Numbers that are no result (doses, days, limits, subject counts)."""
    return [G(v, "*", None, None) for v in values]


CMAX = "Cmax"
AUCINF = "AUC0-inf|AUCinf|AUC0-∞|AUC∞"
AUCT = "AUC0-t|AUClast|AUC0-last"
AUC = "AUC"
HALF = "t1/2|half-life|terminal half-life|elimination half-life"
TMAX = "Tmax|time to maximum concentration|time to Cmax"
DDI = "Healthy subjects received a single oral dose of relmitrazole alone and, after a washout, with itraconazole."
COCKTAIL = "Healthy subjects received the probe substrates alone and again on day 14 of once-daily dovasetan dosing."
FIH = "Healthy participants received single ascending oral doses of kalupravir or placebo."

# fmt: off
CORPUS: list[Entry] = [
    # ---- bare: a ratio with a bare bracketed interval -----------------------------------------------------------
    # https://pubcompare.ai/protocol/tfGP1YwB4C3bMWOePjD0 (ratios of geometric means, test/reference, 90% CIs);
    # a results sentence with "ratio x [low, high]"
    (
        DDI,
        "Coadministration with itraconazole increased relmitrazole exposure: the Cmax ratio was 1.42 [1.21, 1.67] "
        "and the AUC0-inf ratio was 2.35 [2.04, 2.71].",
        [*gmr(CMAX, 1.42, 1.21, 1.67), *gmr(AUCINF, 2.35, 2.04, 2.71)],
    ),
    # same form: "(LSM ratio x [low, high])" after the parameter it is of
    (
        COCKTAIL,
        "Digoxin AUC0-24h was slightly higher with dovasetan (LSM ratio 1.16 [0.94, 1.43]).",
        [*gmr("digoxin AUC0-24h|AUC0-24h", 1.16, 0.94, 1.43)],
    ),
    # "ratio (low, high)": a bare round-bracketed interval, two parameters given "respectively"
    (
        COCKTAIL,
        "The LSM ratios of rosuvastatin Cmax and AUClast with dovasetan were 1.31 (1.08, 1.59) and 1.12 (0.97, 1.29), "
        "respectively, relative to rosuvastatin alone.",
        [*gmr("rosuvastatin Cmax|Cmax", 1.31, 1.08, 1.59),
         *gmr("rosuvastatin AUClast|AUClast", 1.12, 0.97, 1.29)],
    ),
    # "the geometric mean ratio (GMR) for AUC was x (low, high)"
    (
        DDI,
        "The geometric mean ratio for relmitrazole AUC0-t was 2.18 (1.96, 2.43) when coadministered with "
        "itraconazole.",
        [*gmr("relmitrazole AUC0-t|AUC0-t", 2.18, 1.96, 2.43)],
    ),
    # "x [low-high]" with a dash in square brackets, a fed/fasted ratio
    (
        "Participants received a single 50-mg tablet of kalupravir fasted and after a high-fat breakfast.",
        "Food had no relevant effect on exposure: the fed/fasted ratio of geometric means was 1.04 [0.93-1.17] for "
        "AUC0-inf and 0.88 [0.76-1.02] for Cmax.",
        [*no(50), *gmr(AUCINF, 1.04, 0.93, 1.17, "fed"), *gmr(CMAX, 0.88, 0.76, 1.02, "fed")],
    ),
    # ---- gmr: a ratio with a "90% CI" interval --------------------------------------------------------------------
    # https://yvm2020.authorea.com/users/669492/articles/669931/download_zip ("The geometric mean ratio of the Cmax
    # and AUC0-t of midazolam on day 14 to those on day -1 was 1.86 (90% CI, 1.64 – 2.11) and 3.07 (90% CI, ...)")
    (
        COCKTAIL,
        "The geometric mean ratio of the Cmax and AUC0-t of midazolam on day 14 to those on day -1 was 1.74 (90% CI, "
        "1.55 – 1.95) and 2.66 (90% CI, 2.41 – 2.94), respectively.",
        [*no(14, -1), *gmr("midazolam Cmax|Cmax", 1.74, 1.55, 1.95, "day 14|dovasetan"),
         *gmr("midazolam AUC0-t|AUC0-t", 2.66, 2.41, 2.94, "day 14|dovasetan")],
    ),
    # same page, a single ratio: "The geometric mean ratio of the AUC0-t of intravenous midazolam on day 28 ... was
    # 1.16 (90% CI, 1.08 – 1.24)"
    (
        COCKTAIL,
        "The geometric mean ratio of the AUC0-t of intravenous midazolam on day 28 to that on day -1 was 1.09 (90% "
        "CI, 1.01 – 1.18).",
        [*no(28, -1), *gmr("intravenous midazolam AUC0-t|midazolam AUC0-t|AUC0-t", 1.09, 1.01, 1.18, "day 28")],
    ),
    # "GMR 0.92 (90% CI 0.85-1.01)" in an abstract's results
    (
        DDI,
        "Itraconazole did not alter relmitrazole Cmax (GMR 0.92; 90% CI 0.85-1.01).",
        [*gmr("relmitrazole Cmax|Cmax", 0.92, 0.85, 1.01)],
    ),
    # "(geometric least-squares mean ratio [GLSMR], x; 90% CI, a-b)"
    (
        DDI,
        "Relmitrazole AUC0-inf increased 3.1-fold in the presence of itraconazole (geometric least-squares mean "
        "ratio, 3.12; 90% CI, 2.80-3.48).",
        [G(3.1, "value", "relmitrazole AUC0-inf|AUC0-inf", None, True),
         *gmr("relmitrazole AUC0-inf|AUC0-inf", 3.12, 2.80, 3.48)],
    ),
    # "with 90% CIs within the 0.80-1.25 bounds": the limits are no result
    (
        COCKTAIL,
        "For caffeine, the GMRs for Cmax and AUCinf were 0.97 (90% CI: 0.91-1.04) and 1.06 (90% CI: 0.98-1.15), "
        "respectively, within the no-effect bounds of 0.80-1.25.",
        [*gmr("caffeine Cmax|Cmax", 0.97, 0.91, 1.04),
         *gmr("caffeine AUCinf|AUCinf", 1.06, 0.98, 1.15), *no(0.80, 1.25)],
    ),
    # ratio in percent: "the ratio (%) of geometric means was 112.4 (90% CI 101.9-124.0)"
    (
        "Subjects received the test and reference tablets of kalupravir in a randomized crossover.",
        "For AUC0-t, the ratio of geometric means (test/reference) was 104.3% (90% CI 98.7%-110.2%).",
        [*gmr(AUCT, 104.3, 98.7, 110.2)],
    ),
    # a ratio with the perpetrator fronted: "When coadministered with X, the GMR of Y Cmax was ..."
    (
        DDI,
        "When coadministered with itraconazole, the geometric mean ratio of relmitrazole Cmax was 1.53 (90% CI "
        "1.37-1.71).",
        [*gmr("relmitrazole Cmax|Cmax", 1.53, 1.37, 1.71)],
    ),
    # ---- change: a percent change with its interval ------------------------------------------------------------
    # https://forum.bebac.at/forum_entry.php?id=23183 ("with total exposure increased by 16 %, and peak
    # concentration by 26 %"); "AUC increased by 25% (90% CI ...)"
    (
        DDI,
        "Relmitrazole AUC0-inf increased by 25% (90% CI of the LSM ratio: 1.14-1.37) with itraconazole.",
        [*gmr("relmitrazole AUC0-inf|AUC0-inf", 25, 1.14, 1.37)],
    ),
    (
        COCKTAIL,
        "At steady-state dovasetan, midazolam Cmax was decreased by 38% (90% CI, 0.55-0.70).",
        [*gmr("midazolam Cmax|Cmax", 38, 0.55, 0.70, "steady-state dovasetan|dovasetan")],
    ),
    # "Cmax increased by 57% (90% CI of LSM ratio: 1.30–1.89)" form, the interval as percent
    (
        COCKTAIL,
        "Omeprazole AUC0-8h increased by 41% (90% CI, 22%-63%) when given with dovasetan.",
        [*gmr("omeprazole AUC0-8h|AUC0-8h", 41, 22, 63)],
    ),
    # a bare change: "exposure (AUC) decreased by approximately 30%"
    (
        COCKTAIL,
        "S-warfarin AUC0-inf was decreased by approximately 30% by dovasetan, whereas Cmax was unchanged.",
        [G(30, "value", "S-warfarin AUC0-inf|AUC0-inf", None)],
    ),
    # "a x-fold increase in AUC"
    (
        "Healthy subjects received kalupravir alone and with rifampin.",
        "Rifampin decreased kalupravir Cmax and AUC0-inf by 72% and 88%, respectively.",
        [
            G(72, "value", "kalupravir Cmax|Cmax", None),
            G(88, "value", "kalupravir AUC0-inf|AUC0-inf", None),
        ],
    ),
    # ---- resp: percent changes given respectively ------------------------------------------------------------
    # https://www.journal-dtt.org/journal/view.html?pn=mostread&uid=21&vmd=Full& ("resulted in a 1.61-fold increase
    # in AUC with a 0.63-fold decrease in CL/F"); "Cmax and AUC increased by 25% and 40%, respectively"
    (
        DDI,
        "With itraconazole, relmitrazole Cmax and AUC increased by 25% and 40%, respectively.",
        [G(25, "value", "relmitrazole Cmax|Cmax", None), G(40, "value", "relmitrazole AUC|AUC", None)],
    ),
    (
        COCKTAIL,
        "Flurbiprofen Cmax and AUC0-24h were increased by 12% and 19%, respectively, with steady-state dovasetan.",
        [G(12, "value", "flurbiprofen Cmax|Cmax", "steady-state dovasetan|dovasetan"),
         G(19, "value", "flurbiprofen AUC0-24h|AUC0-24h", "steady-state dovasetan|dovasetan")],
    ),
    # "(x% and y%, respectively)" bracketed after the verb
    (
        COCKTAIL,
        "Dextromethorphan Cmax and AUC0-8h were decreased (21% and 34%, respectively) by dovasetan.",
        [G(21, "value", "dextromethorphan Cmax|Cmax", None),
         G(34, "value", "dextromethorphan AUC0-8h|AUC0-8h", None)],
    ),
    # with intervals after each: "(90% CIs 0.60, 0.88 and 0.44, 0.75)"
    (
        COCKTAIL,
        "Tolbutamide Cmax and AUC0-24h were decreased by 18% and 29%, respectively, with dovasetan (90% CIs 0.71, "
        "0.95 and 0.62, 0.81).",
        [*gmr("tolbutamide Cmax|Cmax", 18, 0.71, 0.95),
         *gmr("tolbutamide AUC0-24h|AUC0-24h", 29, 0.62, 0.81)],
    ),
    # a fold change pair: "increased 1.8- and 2.9-fold"
    (
        DDI,
        "Itraconazole increased relmitrazole Cmax and AUC0-inf 1.8- and 2.9-fold, respectively.",
        [G(1.8, "value", "relmitrazole Cmax|Cmax", None),
         G(2.9, "value", "relmitrazole AUC0-inf|AUC0-inf", None)],
    ),
    # ---- summary: a geometric mean / mean / median of one parameter --------------------------------------------
    # http://acnpsearch.tweb-dev.unibo.it/singlejournalindex/50629205 ("The oral clearance and terminal half-life
    # averaged 0.9 L/h (28% CV) and 20 hours (46% CV), respectively")
    (
        FIH,
        "The geometric mean t1/2 was 8.3 h across the dose range.",
        [G(8.3, "geometric_mean", HALF, None)],
    ),
    (
        FIH,
        "The apparent oral clearance and terminal half-life averaged 14.2 L/h (31% CV) and 11.6 hours (24% CV), "
        "respectively.",
        [G(14.2, "mean|value", "apparent oral clearance|CL/F|oral clearance", None),
         G(11.6, "mean|value", HALF, None),
         G(31, "cv_percent", "apparent oral clearance|CL/F|oral clearance", None, True),
         G(24, "cv_percent", HALF, None, True)],
    ),
    # "geometric mean Cmax was x ng/mL at the 50-mg dose"
    (
        FIH,
        "At the 50-mg dose, the geometric mean Cmax was 412 ng/mL and the geometric mean AUC0-inf was 5,830 "
        "ng·h/mL.",
        [*no(50), G(412, "geometric_mean", CMAX, "50 mg"), G(5830, "geometric_mean", AUCINF, "50 mg")],
    ),
    # "mean (SD) half-life was x (y) h"
    (
        FIH,
        "The mean (SD) elimination half-life of kalupravir was 9.7 (2.1) hours after the 200-mg dose.",
        [*no(200), G(9.7, "mean", HALF, "200 mg"), G(2.1, "sd", HALF, "200 mg", True)],
    ),
    # a half-life "of approximately"
    (
        FIH,
        "Kalupravir was eliminated with a mean terminal half-life of approximately 15 hours, supporting once-daily "
        "dosing.",
        [G(15, "mean", HALF, None)],
    ),
    # accumulation ratio
    (
        "Healthy participants received kalupravir once daily for 10 days.",
        "Steady state was reached by day 5, with a mean accumulation ratio for AUC0-24 of 1.42.",
        [*no(5), G(1.42, "mean|value", "accumulation ratio|accumulation ratio for AUC0-24", None)],
    ),
    # geometric mean CL/F with its geometric CV
    (
        FIH,
        "Geometric mean CL/F was 21.4 L/h (geometric CV 27%) and was independent of dose.",
        [G(21.4, "geometric_mean", "CL/F|apparent clearance", None), G(27, "cv_percent", "CL/F", None, True)],
    ),
    # two doses each with its half-life
    (
        FIH,
        "The mean t1/2 was 7.4 h at 25 mg and 9.8 h at 400 mg.",
        [*no(25, 400), G(7.4, "mean", HALF, "25 mg"), G(9.8, "mean", HALF, "400 mg")],
    ),
    # ---- tmax: a median Tmax with its range ------------------------------------------------------------------------
    # https://pmc.ncbi.nlm.nih.gov/articles/PMC2014910/table/tbl1 ("tmax ... median (range)");
    # "Tmax was reached at a median of 2 h (range 1-4)"
    (
        FIH,
        "Kalupravir was rapidly absorbed; Tmax was reached at a median of 2 h (range 1-4 h) post-dose.",
        [G(2, "median", TMAX, None), G(1, "min", TMAX, None), G(4, "max", TMAX, None)],
    ),
    (
        FIH,
        "Peak plasma concentrations were reached at a median of 1.5 hours (range, 0.5-3.0 hours) after dosing.",
        [G(1.5, "median", TMAX + "|peak plasma concentrations", None), G(0.5, "min", TMAX + "|peak plasma "
                                                                            "concentrations", None),
         G(3.0, "max", TMAX + "|peak plasma concentrations", None)],
    ),
    # "median tmax of x h (range a to b h)" after a dose
    (
        FIH,
        "Following the 100-mg dose, the median tmax was 3.0 h (range, 1.0 to 6.0 h).",
        [*no(100), G(3.0, "median", TMAX, "100 mg"), G(1.0, "min", TMAX, "100 mg"), G(6.0, "max", TMAX, "100 mg")],
    ),
    # "with a median Tmax of x h" in a clause after a Cmax statement
    (
        DDI,
        "Relmitrazole was absorbed more slowly with itraconazole, with a median Tmax of 4.0 h versus 2.0 h alone.",
        [G(4.0, "median", TMAX, "itraconazole"), G(2.0, "median", TMAX, "alone|relmitrazole alone")],
    ),
    # ---- dose: dose proportionality (doses only) ----------------------------------------------------------------
    # https://studylib.net/doc/26311860/article-dose-proportionality (power model over the dose range);
    # http://acnpsearch.tweb-dev.unibo.it/singlejournalindex/50629205 ("increased proportionally with dose between
    # the 160 and 240mg doses")
    (
        FIH,
        "Exposure (AUC) increased dose-proportionally from 10 to 200 mg.",
        [*no(10, 200)],
    ),
    (
        FIH,
        "Cmax and AUC0-inf increased in a greater than dose-proportional manner between 400 and 800 mg.",
        [*no(400, 800)],
    ),
    (
        FIH,
        "Plasma concentrations increased proportionally with dose between the 25- and 100-mg doses, with a less "
        "than proportional increase at 200 mg.",
        [*no(25, 100, 200)],
    ),
    # power model slope (a result) and doses
    (
        FIH,
        "Over the dose range of 5 to 400 mg, the power-model slope for AUC0-inf was 1.08 (90% CI, 1.01-1.15).",
        [*no(5, 400), *gmr("AUC0-inf slope|slope", 1.08, 1.01, 1.15)],
    ),
    # ---- unclear: which analyte or which period the sentence does not tell --------------------------------------
    # two analytes in one sentence, one ratio said of "exposure"
    (
        COCKTAIL,
        "Dovasetan had no effect on omeprazole or 5-hydroxyomeprazole exposure (ratio 1.03 [0.88, 1.21]).",
        [G(1.03, "value", "omeprazole exposure", None, True), G(0.88, "ci_low", "omeprazole exposure",
                                                                       "dovasetan", True),
         G(1.21, "ci_high", "omeprazole exposure", None, True)],
    ),
    # a ratio of "exposure" with no parameter
    (
        DDI,
        "Overall, relmitrazole exposure was approximately doubled by itraconazole (ratio 2.05 [1.84, 2.29]).",
        [G(2.05, "value", "relmitrazole exposure|exposure", None, True),
         G(1.84, "ci_low", "relmitrazole exposure|exposure", None, True),
         G(2.29, "ci_high", "relmitrazole exposure|exposure", None, True)],
    ),
    # two periods, the value's period unsaid
    (
        COCKTAIL,
        "Midazolam Cmax was 38.2 ng/mL on day -1 and 61.5 ng/mL on day 14 (geometric means).",
        [*no(-1, 14), G(38.2, "geometric_mean", "midazolam Cmax|Cmax", "day -1"),
         G(61.5, "geometric_mean", "midazolam Cmax|Cmax", "day 14")],
    ),
    # a metabolite ratio: parent/metabolite
    (
        COCKTAIL,
        "The omeprazole/5-hydroxyomeprazole AUC ratio increased by 2.4-fold with dovasetan.",
        [G(2.4, "value", "omeprazole/5-hydroxyomeprazole AUC ratio", None)],
    ),
    # ---- more bare and gmr forms, one after the other in a paragraph ---------------------------------------------
    # https://yvm2020.authorea.com/users/669492/articles/669931/download_zip (a paragraph per probe)
    (
        COCKTAIL,
        "Caffeine. Dovasetan had no effect on caffeine pharmacokinetics. The LSM ratio for AUClast was 0.95 (0.89, "
        "1.02) and for Cmax 1.01 (0.94, 1.08).",
        [*gmr("caffeine AUClast|AUClast", 0.95, 0.89, 1.02),
         *gmr("caffeine Cmax|Cmax", 1.01, 0.94, 1.08)],
    ),
    (
        DDI,
        "Relmitrazole Cmax and AUC0-inf GMRs (90% CI) were 1.21 (1.09-1.34) and 1.87 (1.70-2.06) with itraconazole.",
        [*gmr("relmitrazole Cmax|Cmax", 1.21, 1.09, 1.34),
         *gmr("relmitrazole AUC0-inf|AUC0-inf", 1.87, 1.70, 2.06)],
    ),
    # a mean Cmax with its SD (±), two treatments
    (
        DDI,
        "Mean (±SD) relmitrazole Cmax was 245 ± 61 ng/mL when given alone and 348 ± 92 ng/mL with itraconazole.",
        [G(245, "mean", "relmitrazole Cmax|Cmax", "alone|relmitrazole alone"),
         G(61, "sd", "relmitrazole Cmax|Cmax", "alone|relmitrazole alone", True),
         G(348, "mean", "relmitrazole Cmax|Cmax", "itraconazole"),
         G(92, "sd", "relmitrazole Cmax|Cmax", "itraconazole", True)],
    ),
]
# fmt: on

FORMS = [
    "bare", "bare", "bare", "bare", "bare",
    "gmr", "gmr", "gmr", "gmr", "gmr", "gmr", "gmr",
    "change", "change", "change", "change", "change",
    "resp", "resp", "resp", "resp", "resp",
    "summary", "summary", "summary", "summary", "summary", "summary", "summary", "summary",
    "tmax", "tmax", "tmax", "tmax",
    "dose", "dose", "dose", "dose",
    "unclear", "unclear", "unclear", "unclear",
    "bare", "gmr", "summary",
]  # fmt: skip
