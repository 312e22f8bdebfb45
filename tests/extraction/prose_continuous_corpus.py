"""Continuous measures and PK parameters in prose: result paragraphs giving a summary statistic of a measure ("the mean
age was 31 (±8.2) years (range 19–55 years)", "a median of 5 cycles (range 1-26)", "median tmax was 7.5 h (range
4.0–10.0 h)", "the geometric mean terminal half-life was 14.6 h (CV 28%)"), a PK parameter per group ("388 µg·h/mL
for the tablet"), a ratio of geometric means with its CI, and relative changes ("AUC0-inf was 61% higher", "decreased
Cmax and AUC by 71% and 82%"). Forms from 20 public pages found with the ``search`` tool (corpus ``pages``: PubMed /
PMC abstracts and tables, journal abstracts, an online forum's quoted abstract), none a golden paper. Drugs, numbers
and wording are invented; each entry's comment gives the address whose paragraph (or table) showed the form. Every
gold was written before any paragraph was read back.

Conventions: those of tests/extraction/prose_calibration_corpus.py (``(context, paragraph, gold)``; ``G(value,
statistic, endpoint, group[, optional])``). Statistics: a range is ``min`` / ``max`` of the measure it brackets; a
spread the sentence does not name (a bare bracket after a median) is optional; a ratio of geometric means is a
``value`` (docs/typing.md), never a ``geometric_mean``; a summary whose statistic the sentence does not name
("Tmax values were 2.5 h (range ...)") may be read as ``median`` or ``value``. A relative change ("61% higher",
"decreased by 71%") is no value of the measure: it is optional, and if emitted its endpoint must say it is a change
(a word of change, fold or ratio; tests/extraction/prose_continuous_score.py holds the score to it), never the
parameter alone. "Mean accumulation ratios ranged from 1.31 to 1.47" gives the lowest and highest of several
groups' means: optional, and never the ``min`` / ``max`` of one distribution."""

from __future__ import annotations

from tests.extraction.prose_sampled_forms_corpus import Entry, G

PK_ONE = "Healthy volunteers received a single oral dose of zelnorvir in the fasted state."
ONE_ARM = "Patients received gemtafine intravenously on days 1 and 8 of each 21-day cycle."

CORPUS: list[Entry] = [
    # ---- demographics: mean / median age with SD and range ------------------------------------------------------
    # https://acnpsearch.tweb-dev.unibo.it/singlejournalindex/54200855 ("Twelve young (mean age 23 years, range
    # 18-28) and 12 elderly (mean age 76 years, range 65-89) volunteers were given a single oral dose")
    (
        None,
        "Ten young (mean age 25 years, range 19-31) and 10 elderly (mean age 74 years, range 66-86) volunteers "
        "received a single oral dose of 40 mg lorvasartan.",
        [
            G(10, "count", "*", "young", optional=True),
            G(25, "mean", "age", "young"),
            G(19, "min", "age", "young"),
            G(31, "max", "age", "young"),
            G(10, "count", "*", "elderly", optional=True),
            G(74, "mean", "age", "elderly"),
            G(66, "min", "age", "elderly"),
            G(86, "max", "age", "elderly"),
        ],
    ),
    # same page, a second form: "The mean age was 29 (±7.6) years (range 21–52 years)" shape with the SD bracketed
    (
        PK_ONE,
        "The mean age of the volunteers was 31 (±8.2) years (range 19–55 years).",
        [
            G(31, "mean", "age", None),
            G(8.2, "sd", "age", None),
            G(19, "min", "age", None),
            G(55, "max", "age", None),
        ],
    ),
    # https://pmc.ncbi.nlm.nih.gov/articles/PMC5997226 ("We enrolled 72 consecutive patients (age, 76.5 ± 12.5 years)")
    (
        None,
        "We enrolled 68 consecutive patients (age, 77.1 ± 11.9 years) with acute heart failure.",
        [
            G(68, "count", "*", None, optional=True),
            G(77.1, "mean", "age", None),
            G(11.9, "sd", "age", None),
        ],
    ),
    # https://dmice.ohsu.edu/trec-gen/data/2006/documents/annonc.zip ("92 patients aged 21–65 years (median 45 years)
    # were enrolled")
    (
        ONE_ARM,
        "Between May 1996 and June 1999, 88 patients aged 23–64 years (median 46 years) were enrolled.",
        [
            G(88, "count", "*", None, optional=True),
            G(23, "min", "age", None),
            G(64, "max", "age", None),
            G(46, "median", "age", None),
        ],
    ),
    # https://scilit.net/publications/112b8f9723ec8b7f6648b528e378bce5 ("Patients ranged in age from 27 to 79 years,
    # with a median age of 59 years")
    (
        ONE_ARM,
        "Patients ranged in age from 25 to 81 years, with a median age of 61 years.",
        [
            G(25, "min", "age", None),
            G(81, "max", "age", None),
            G(61, "median", "age", None),
        ],
    ),
    # https://cancernetwork.com/view/paclitaxel-and-gemcitabine-salvage-treatment-metastatic-breast-cancer
    # ("Twenty-nine patients ranging from 32 to 68 years of age received paclitaxel ...")
    (
        None,
        "Thirty-one patients ranging from 30 to 71 years of age received paclitaxel and gemtafine.",
        [
            G(31, "count", "*", None, optional=True),
            G(30, "min", "age", None),
            G(71, "max", "age", None),
        ],
    ),
    # ---- treatment exposure: a median of cycles, the counted noun the endpoint ----------------------------------
    # same page ("A total of 137 cycles (median: 4 per patient) were administered")
    (
        ONE_ARM,
        "A total of 142 cycles (median: 4 per patient) were administered.",
        [
            G(142, "count|value", "cycles", None, optional=True),
            G(4, "median", "cycles", None),
        ],
    ),
    # same page (a median of cycles with its range, as "A median of 4 cycles (range 1-81) was delivered")
    (
        ONE_ARM,
        "Patients received a median of 5 cycles (range 1-26) of paclitaxel and gemtafine.",
        [
            G(5, "median", "cycles", None),
            G(1, "min", "cycles", None),
            G(26, "max", "cycles", None),
        ],
    ),
    # https://acnpsearch.tweb-dev.unibo.it/singlejournalindex/79421265 ("After a median number of 12 treatment courses,
    # 7 of 32 (22%) patients had a partial response that lasted for a median duration of 6.0 months (range 3.5-10.0)")
    (
        ONE_ARM,
        "After a median number of 10 treatment courses, 6 of 30 patients (20%) had a partial response that lasted "
        "for a median duration of 5.5 months (range 3.0-9.5).",
        [
            G(10, "median", "treatment courses", None),
            G(6, "count", "partial response", None),
            G(30, "denominator", "*", None),
            G(20, "percent", "partial response", None),
            G(5.5, "median", "partial response|duration", None),
            G(3.0, "min", "partial response|duration", None),
            G(9.5, "max", "partial response|duration", None),
        ],
    ),
    # same page ("The median time to progression was 5.6 months (range 1.8-13.0); median survival time was 11.5 months
    # (range 3.0-24.0)")
    (
        ONE_ARM,
        "The median time to progression was 5.2 months (range 1.6-12.5); median survival time was 10.8 months (range "
        "2.9-23.0).",
        [
            G(5.2, "median", "time to progression", None),
            G(1.6, "min", "time to progression", None),
            G(12.5, "max", "time to progression", None),
            G(10.8, "median", "survival", None),
            G(2.9, "min", "survival", None),
            G(23.0, "max", "survival", None),
        ],
    ),
    # the "(median 4, mean 13.5, range 1–81)" shape after a named measure; form of the same cancernetwork page's
    # "(median: 4 per patient)" bracket after what it counts
    (
        ONE_ARM,
        "The number of infusions per patient (median 6, mean 9.2, range 1–38) did not differ by age group.",
        [
            G(6, "median", "infusions", None),
            G(9.2, "mean", "infusions", None),
            G(1, "min", "infusions", None),
            G(38, "max", "infusions", None),
        ],
    ),
    # ---- durations: median with range, a range then a median ----------------------------------------------------
    # https://katalog.lib.cas.cz/KNAV/EdsRecord/cmedm,11398892 ("Time to progression varied from 4 to 20 weeks, with a
    # median of 8 weeks. Median survival was 17 weeks (range 4-84 weeks).")
    (
        ONE_ARM,
        "Time to progression varied from 3 to 22 weeks, with a median of 9 weeks. Median survival was 19 weeks "
        "(range 5-80 weeks).",
        [
            G(3, "min", "time to progression", None, optional=True),
            G(22, "max", "time to progression", None, optional=True),
            G(9, "median", "time to progression", None),
            G(19, "median", "survival", None),
            G(5, "min", "survival", None),
            G(80, "max", "survival", None),
        ],
    ),
    # https://cancernetwork.com/view/paclitaxel-and-gemcitabine-salvage-treatment-metastatic-breast-cancer ("Median
    # response duration was 8 months (range: 4–26 months), and median overall survival was 12 months (range: 4–48+
    # months)")
    (
        ONE_ARM,
        "Median response duration was 7 months (range: 3–24 months), and median overall survival was 13 months "
        "(range: 4–45+ months).",
        [
            G(7, "median", "response duration", None),
            G(3, "min", "response duration", None),
            G(24, "max", "response duration", None),
            G(13, "median", "overall survival", None),
            G(4, "min", "overall survival", None),
            G(45, "max", "overall survival", None),
        ],
    ),
    # https://acnpsearch.tweb-dev.unibo.it/singlejournalindex/81073505 ("Six patients (26%) had stable disease with a
    # median duration of 4.0 months")
    (
        ONE_ARM,
        "Five patients (22%) had stable disease with a median duration of 3.8 months.",
        [
            G(5, "count", "stable disease", None),
            G(22, "percent", "stable disease", None),
            G(3.8, "median", "stable disease|duration", None),
        ],
    ),
    # the "median duration of 11 h (range 10–20 h)" shape, hours instead of months; form of the cancernetwork page's
    # "Median response duration was 8 months (range: 4–26 months)"
    (
        ONE_ARM,
        "Infusion-related reactions resolved after a median duration of 10 h (range 8–19 h).",
        [
            G(10, "median", "infusion-related reactions|duration", None),
            G(8, "min", "infusion-related reactions|duration", None),
            G(19, "max", "infusion-related reactions|duration", None),
        ],
    ),
    # https://pmc.ncbi.nlm.nih.gov/articles/PMC2394292 ("Overall survival was not significantly different between the
    # CT and non-CT groups (260 vs 192 days, P=0.47)"): the statistic of the pair is not named
    (
        "Patients were treated with cytotoxic (CT) or non-cytotoxic (non-CT) agents.",
        "Overall survival did not differ between the CT and non-CT groups (251 vs 188 days, P=0.42).",
        [
            G(251, "median|value", "overall survival", "CT"),
            G(188, "median|value", "overall survival", "non-CT"),
            G(0.42, "p", "overall survival", "*"),
        ],
    ),
    # ---- PK parameters: mean ± SD, median tmax (range), geometric mean (CV) -------------------------------------
    # https://yvm2020.authorea.com/users/669492/articles/669931/download_zip ("The mean ± standard deviation (SD) of
    # Cmax and AUC0-t of oral midazolam before ... was 30.9 ± 9.8 ng mL-1 and 74.5 ± 21.9 ng h mL-1, respectively")
    (
        PK_ONE,
        "The mean ± SD Cmax and AUC0-t of oral midazolam before zelnorvir dosing were 28.4 ± 8.7 ng/mL and 70.2 ± 20.5 "
        "ng·h/mL, respectively.",
        [
            G(28.4, "mean", "Cmax", "*"),
            G(8.7, "sd", "Cmax", "*"),
            G(70.2, "mean", "AUC0-t", "*"),
            G(20.5, "sd", "AUC0-t", "*"),
        ],
    ),
    # same page ("The geometric mean ratio of the Cmax and AUC0-t of midazolam on day 14 to those on day -1 was 1.86
    # (90% CI, 1.64 – 2.11) and 3.07 (90% CI, 2.81 – 3.35)"): ratios of geometric means, the days no result
    (
        PK_ONE,
        "The geometric mean ratio of the Cmax and AUC0-t of midazolam on day 14 to those on day -1 was 1.79 (90% CI, "
        "1.58–2.03) and 2.94 (90% CI, 2.69–3.21), respectively.",
        [
            G(14, "*", None, None),
            G(-1, "*", None, None),
            G(1.79, "value", "Cmax ratio", "*"),
            G(1.58, "ci_low", "Cmax ratio", "*"),
            G(2.03, "ci_high", "Cmax ratio", "*"),
            G(2.94, "value", "AUC0-t ratio", "*"),
            G(2.69, "ci_low", "AUC0-t ratio", "*"),
            G(3.21, "ci_high", "AUC0-t ratio", "*"),
        ],
    ),
    # https://pmc.ncbi.nlm.nih.gov/articles/PMC10386916/table/Tab3 (geometric mean ratio 1.10 (0.84, 1.44) for
    # AUC0–24), said in percent as in "The geometric mean ratio of Cmax was 29% (90% CI 24–35)"
    (
        PK_ONE,
        "With the oral contraceptive, the geometric mean ratio of zelnorvir AUC0-24 was 110% (90% CI 84–144).",
        [
            G(110, "value", "AUC0-24 ratio", "*"),
            G(84, "ci_low", "AUC0-24 ratio", "*"),
            G(144, "ci_high", "AUC0-24 ratio", "*"),
        ],
    ),
    # https://zendy.io/title/10.1002/jcph.618 ("The T max (h) were 3.0 h (range: 0.5–5.0 h) and 1.0 h (range: 0.8–1.0
    # h) in the test and reference groups, respectively. The terminal elimination half-lives (t 1/2 , h) were similar
    # (5.8 and 5.5 h, respectively) ... The absolute bioavailability of the FMS tablet was 18.6%.")
    (
        "Healthy volunteers received fimorsartan as an oral tablet or an intravenous infusion.",
        "The Tmax values were 2.5 h (range: 0.5–4.0 h) and 1.0 h (range: 0.5–1.5 h) in the oral and intravenous "
        "groups, respectively.",
        [
            G(2.5, "median|value", "Tmax", "oral"),
            G(0.5, "min", "Tmax", "oral"),
            G(4.0, "max", "Tmax", "oral"),
            G(1.0, "median|value", "Tmax", "intravenous"),
            G(0.5, "min", "Tmax", "intravenous"),
            G(1.5, "max", "Tmax", "intravenous"),
        ],
    ),
    (
        "Healthy volunteers received fimorsartan as an oral tablet or an intravenous infusion.",
        "The terminal elimination half-lives were similar (6.1 and 5.7 h, respectively). The absolute bioavailability "
        "of the tablet was 17.9%.",
        [
            G(6.1, "value|mean", "terminal elimination half-life", "oral"),
            G(5.7, "value|mean", "terminal elimination half-life", "intravenous"),
            G(17.9, "percent|value", "absolute bioavailability", "*"),
        ],
    ),
    # same page ("The systemic clearance ... were 331.3 ± 444.5 L/h and 403.3 ± 710.4 L following oral administration
    # and 39.1 ± 5.3 L/h and 42.4 ± 25.5 L following IV administration"): the group after "following"
    (
        "Healthy volunteers received fimorsartan as an oral tablet or an intravenous infusion.",
        "The systemic clearance was 35.2 ± 6.1 L/h following intravenous administration and 298.4 ± 120.7 L/h "
        "following oral administration.",
        [
            G(35.2, "mean", "clearance", "intravenous"),
            G(6.1, "sd", "clearance", "intravenous"),
            G(298.4, "mean", "clearance", "oral"),
            G(120.7, "sd", "clearance", "oral"),
        ],
    ),
    # same page (values per formulation, as "Mean AUCinf values were 431 µg·h/mL for A and 413 µg·h/mL for B"): the
    # group after "for"
    (
        "Healthy volunteers received zelnorvir as a tablet or a capsule in a crossover design.",
        "Mean AUCinf values were 388 µg·h/mL for the tablet and 402 µg·h/mL for the capsule.",
        [
            G(388, "mean", "AUCinf", "tablet"),
            G(402, "mean", "AUCinf", "capsule"),
        ],
    ),
    # https://preview.hindawi.com/journals/ijclp/2024/1386980/tab2 (geometric mean and geometric CV% per dose; tmax
    # "median (range)"): the "terminal half-life of 12.3 h (CV 25%)" shape
    (
        PK_ONE,
        "After the last dose, the geometric mean terminal half-life was 14.6 h (CV 28%).",
        [
            G(14.6, "geometric_mean", "terminal half-life", None),
            G(28, "cv_percent", "terminal half-life", None),
        ],
    ),
    (
        PK_ONE,
        "The median tmax of the M1 metabolite was 7.5 h (range 4.0–10.0 h) after the 10 mg dose.",
        [
            G(7.5, "median", "tmax", "10 mg"),
            G(4.0, "min", "tmax", "10 mg"),
            G(10.0, "max", "tmax", "10 mg"),
        ],
    ),
    # https://pmc.ncbi.nlm.nih.gov/articles/PMC4068540/table/T2 ("Accumulation ratio (mean [CV%])" 3.6 (44) and
    # 2.8 (31) per cohort)
    (
        "Patients received zelnorvir 200 mg once daily (cohort 1) or 300 mg once daily (cohort 2).",
        "The mean accumulation ratio was 3.4 (CV 41%) in cohort 1 and 2.7 (CV 33%) in cohort 2.",
        [
            G(3.4, "mean", "accumulation ratio", "cohort 1"),
            G(41, "cv_percent", "accumulation ratio", "cohort 1"),
            G(2.7, "mean", "accumulation ratio", "cohort 2"),
            G(33, "cv_percent", "accumulation ratio", "cohort 2"),
        ],
    ),
    # https://en.wikipedia.org/wiki/Drug_accumulation_ratio (ratios listed per drug as a span of means, "2.2–2.9"):
    # the "Mean accumulation ratios ranged from 1.29 to 1.42" shape, the lowest and highest of several means
    (
        "Patients received zelnorvir 100, 200 or 400 mg once daily.",
        "Mean accumulation ratios ranged from 1.31 to 1.47 across the dose levels.",
        [
            G(1.31, "mean", "accumulation ratio", "*", optional=True),
            G(1.47, "mean", "accumulation ratio", "*", optional=True),
        ],
    ),
    # https://dmd.aspetjournals.org/highwire/markup/44438/expansion (tmax "1.5 (1.0-1.5)", median (min–max)): the "a
    # median Tmax of 1.5 h" shape
    (
        PK_ONE,
        "Absorption was rapid, with a median Tmax of 1.0 h at every dose level.",
        [
            G(1.0, "median", "Tmax", None),
        ],
    ),
    # https://pmc.ncbi.nlm.nih.gov/articles/PMC2014910/table/tbl1 (mean ± s.d., "except tmax which is median
    # (range)": "4.0 (3.5-5.0)"): an unlabelled bracket after the median
    (
        PK_ONE,
        "After subcutaneous infusion, Cmax was 44 ± 9 nmol/L and the median tmax was 4.0 h (3.5–5.0 h).",
        [
            G(44, "mean", "Cmax", "*"),
            G(9, "sd", "Cmax", "*"),
            G(4.0, "median", "tmax", "*"),
            G(3.5, "min", "tmax", "*", optional=True),
            G(5.0, "max", "tmax", "*", optional=True),
        ],
    ),
    # https://m.booksci.cn/literature/21316675.htm ("Cmax was higher in the elderly (3.06 +/- 0.69 vs. 2.13 +/- 0.34
    # micrograms/ml, the elderly vs. the young, mean +/- SD, p = 0.0117)")
    (
        "Seven elderly and seven young healthy men received a single oral dose of 100 mg NS-210.",
        "The maximum plasma concentration (Cmax) was higher in the elderly (2.88 ± 0.61 vs. 2.05 ± 0.37 µg/mL, the "
        "elderly vs. the young, mean ± SD, p = 0.014).",
        [
            G(2.88, "mean", "Cmax", "elderly"),
            G(0.61, "sd", "Cmax", "elderly"),
            G(2.05, "mean", "Cmax", "young"),
            G(0.37, "sd", "Cmax", "young"),
            G(0.014, "p", "Cmax", "*"),
        ],
    ),
    # ---- relative changes: no value of the parameter --------------------------------------------------------------
    # https://zendy.io/title/10.1177/0091270006297921 ("In elderly compared with young subjects, AUC 0-∞ was 57% higher
    # (ratio of geometric means 1.57, 90% confidence interval: 1.19, 2.06; P = .008) and C max was 28% higher (1.28,
    # 90% confidence interval: 0.91, 1.79; P = .233)")
    (
        "Elderly and young healthy subjects received a single 300-mg oral dose of aliskorin.",
        "In elderly compared with young subjects, AUC0-inf was 61% higher (ratio of geometric means 1.61, 90% "
        "confidence interval: 1.22, 2.12; P = .006) and Cmax was 31% higher (1.31, 90% confidence interval: 0.93, "
        "1.84; P = .21).",
        [
            G(61, "value|percent", "AUC0-inf higher", "*", optional=True),
            G(1.61, "value", "AUC0-inf ratio", "*"),
            G(1.22, "ci_low", "AUC0-inf ratio", "*"),
            G(2.12, "ci_high", "AUC0-inf ratio", "*"),
            G(0.006, "p", "AUC0-inf", "*"),
            G(31, "value|percent", "Cmax higher", "*", optional=True),
            G(1.31, "value", "Cmax ratio", "*"),
            G(0.93, "ci_low", "Cmax ratio", "*"),
            G(1.84, "ci_high", "Cmax ratio", "*"),
            G(0.21, "p", "Cmax", "*"),
        ],
    ),
    # https://www.acemap.info/paper/72189831 ("AUC (0,∞) and Cmax values were ≈2-fold higher in elderly men than young
    # men [AUC (0,∞) 95% CI: 1.22, 4.34; Cmax 95% CI: 0.98, 4.00] ... tmax was delayed in the elderly men compared
    # with young men, with a median difference of 2.5 h (95% CI: 1.00, 3.01 h)")
    (
        "Young and elderly men received a single 200 mg oral dose of eprolartan.",
        "On average, AUC and Cmax values were about 2-fold higher in elderly men than in young men [AUC 95% CI: 1.31, "
        "4.02; Cmax 95% CI: 1.05, 3.87]. Tmax was delayed in the elderly men compared with young men, with a median "
        "difference of 2.0 h (95% CI: 0.50, 3.00 h).",
        [
            G(2, "value", "AUC fold", "*", optional=True),
            G(1.31, "ci_low", "AUC fold", "*", optional=True),
            G(4.02, "ci_high", "AUC fold", "*", optional=True),
            G(1.05, "ci_low", "Cmax fold", "*", optional=True),
            G(3.87, "ci_high", "Cmax fold", "*", optional=True),
            G(2.0, "value|median", "Tmax difference", "*"),
            G(0.50, "ci_low", "Tmax difference", "*"),
            G(3.00, "ci_high", "Tmax difference", "*"),
        ],
    ),
    # https://acnpsearch.tweb-dev.unibo.it/singlejournalindex/54200855 ("Mean systemic exposure to valsartan was higher
    # in the elderly when compared with the young (AUC(0-24 h), 52% increase and AUC(0-infinity), 70% increase)";
    # "For an average 70-year-old patient, plasma clearance of valsartan is predicted to fall by 22% compared with an
    # average 55-year-old")
    (
        None,
        "Mean systemic exposure to lorvasartan was higher in the elderly than in the young (AUC0-24, 48% increase; "
        "AUC0-inf, 66% increase).",
        [
            G(48, "value|percent", "AUC0-24 increase", "*", optional=True),
            G(66, "value|percent", "AUC0-inf increase", "*", optional=True),
        ],
    ),
    (
        None,
        "For an average 70-year-old patient, plasma clearance of lorvasartan is predicted to fall by 20% compared with "
        "an average 55-year-old.",
        [
            G(70, "*", None, None),
            G(20, "value|percent", "clearance fall", "*", optional=True),
            G(55, "*", None, None),
        ],
    ),
    # https://forum.bebac.at/forum_entry.php?id=23183 ("with total exposure increased by 16 %, and peak concentration by
    # 26 %")
    (
        PK_ONE,
        "Coadministration with cimetidine increased the total exposure of glycopyrrolate by 18%, and its peak "
        "concentration by 24%.",
        [
            G(18, "value|percent", "exposure increased", "*", optional=True),
            G(24, "value|percent", "peak concentration increased", "*", optional=True),
        ],
    ),
    # https://pmc.ncbi.nlm.nih.gov/articles/PMC8020731/table/T2 ("AUC (% ↓) | Cmax (% ↓)" under rifampin), as in "Cmax
    # and AUC were decreased by 79% and 71%"
    (
        PK_ONE,
        "Coadministration with rifampin decreased Cmax and AUC of velpatavir by 71% and 82%, respectively.",
        [
            G(71, "value|percent", "Cmax decreased", "*", optional=True),
            G(82, "value|percent", "AUC decreased", "*", optional=True),
        ],
    ),
    # https://pmc.ncbi.nlm.nih.gov/articles/PMC4180907/table/Tab2 ("Absence vs presence of food ... 76 % higher"), as
    # in "was about 23% higher (P=0.0091)"
    (
        PK_ONE,
        "Cmax was about 19% higher under fed conditions (P = 0.012).",
        [
            G(19, "value|percent", "Cmax higher", "*", optional=True),
            G(0.012, "p", "Cmax", "*", optional=True),
        ],
    ),
    # same table ("Area under the concentration–time curve ... 64 % higher" in severe renal impairment): a geometric
    # mean "reduced by", as in "the geometric mean reduced by 79%"
    (
        PK_ONE,
        "In subjects with severe renal impairment, the geometric mean AUC was reduced by 35%.",
        [
            G(35, "value|percent", "AUC reduced", "*", optional=True),
        ],
    ),
]
