"""An independent calibration set for prose labels: result paragraphs in the sentence forms of real papers that no
rule was fitted on, sampled from 45 public pages found with the ``search`` tool (corpus ``pages``: PMC articles
and table footnotes, PubMed-style abstracts, conference abstracts, journal and device pages) that are none of the
golden papers. About 40% are phase 3 randomized results (cardiology, diabetes, nephrology, infection, oncology),
about 35% phase 1/2 oncology, the rest pharmacokinetics, subgroups, dispositions and pooled analyses. Drugs,
numbers and wording are invented; each entry's comment gives the address whose paragraph showed the form. Every
number's gold was written before any paragraph was read back.

The entry format and scoring conventions are those of tests/extraction/prose_sampled_forms_corpus.py: an entry is
``(context, paragraph, gold)``, ``context`` a methods-like sentence naming the arms, read before the paragraph; a
gold number is ``G(value, statistic, endpoint, group[, optional])`` with ``statistic`` one or several ("|") of the
record's statistics ("*" any; "denominator" not scored), ``endpoint`` the words a reviewer files it under (``None``
for a number that is no result of the paragraph: a dose, a day, a grade, a threshold; "*" any), ``group`` the arm,
dose, cohort or subgroup it is of (``None`` the whole trial, "*" any: a between-group ratio, difference or P value).
A value of a named subgroup is that subgroup's (a reviewer files it so; read as the whole trial's it is wrong)."""

from __future__ import annotations

from tests.extraction.prose_sampled_forms_corpus import Entry, G

ONE_ARM = "Patients received the study drug orally once daily until disease progression or unacceptable toxicity."

CORPUS: list[Entry] = [
    # ==== phase 3 randomized results ==============================================================================
    # https://pmc.ncbi.nlm.nih.gov/articles/PMC7116860/table/T3 (footnote: "confirmed death from cardiovascular causes
    # (in 68 participants in the aspirin group and in 69 in the placebo group) ... (in 17 and 31 participants,
    # respectively)")
    (
        "Participants were randomly assigned to lorapril or placebo.",
        "Death from cardiovascular causes was confirmed in 74 participants in the lorapril group and in 71 in the "
        "placebo group; death from an unknown cause was presumed cardiovascular in 15 and 28 participants, "
        "respectively.",
        [
            G(74, "count", "death from cardiovascular causes", "lorapril"),
            G(71, "count", "death from cardiovascular causes", "placebo"),
            G(15, "count", "death from an unknown cause", "lorapril"),
            G(28, "count", "death from an unknown cause", "placebo"),
        ],
    ),
    # https://haikudeck.com/dapt-after-pci-with-des-science-and-technology-presentation-feb7b30e79 ("Lower incidence
    # of: In-stent thrombosis (0.4% vs. 1.4%, HR 0.29, p ... Myocardial infarction (2.1% vs. 4.1%, HR 0.47, p")
    (
        "After 12 months of treatment, patients were randomly assigned to continue tirelagrel or to receive placebo.",
        "Continued tirelagrel was associated with a lower incidence of stent thrombosis (0.5% vs. 1.3%; hazard "
        "ratio, 0.31; P<0.001) and of myocardial infarction (2.3% vs. 4.0%; hazard ratio, 0.52; P<0.001).",
        [
            G(0.5, "percent|rate", "stent thrombosis", "tirelagrel"),
            G(1.3, "percent|rate", "stent thrombosis", "placebo"),
            G(0.31, "hr", "stent thrombosis", "*"),
            G(0.001, "p", "stent thrombosis", "*"),
            G(2.3, "percent|rate", "myocardial infarction", "tirelagrel"),
            G(4.0, "percent|rate", "myocardial infarction", "placebo"),
            G(0.52, "hr", "myocardial infarction", "*"),
            G(0.001, "p", "myocardial infarction", "*"),
        ],
    ),
    # same page ("all-cause mortality was 2.3% versus 1.8% (HR 1.36; P = 0.04)")
    (
        "After 12 months of treatment, patients were randomly assigned to continue tirelagrel or to receive placebo.",
        "From month 12 to month 30, death from any cause occurred in 2.1% of patients receiving tirelagrel versus "
        "1.6% of those receiving placebo (hazard ratio, 1.33; P=0.05).",
        [
            G(12, "*", None, None),
            G(30, "*", None, None),
            G(2.1, "percent", "death from any cause", "tirelagrel"),
            G(1.6, "percent", "death from any cause", "placebo"),
            G(1.33, "hr", "death from any cause", "*"),
            G(0.05, "p", "death from any cause", "*"),
        ],
    ),
    # same page ("Similar incidence of: Death from cardiac causes (0.9% and 1.0% respectively; P=0.98) ... Stroke
    # (0.8% and 0.9% respectively; P = 0.32)")
    (
        "After 12 months of treatment, patients were randomly assigned to continue tirelagrel or to receive placebo.",
        "Rates of death from cardiac causes (1.0% and 1.1%, respectively; P=0.91) and of stroke (0.7% and 0.9%, "
        "respectively; P=0.29) did not differ significantly between the tirelagrel and placebo groups.",
        [
            G(1.0, "percent|rate", "death from cardiac causes", "tirelagrel"),
            G(1.1, "percent|rate", "death from cardiac causes", "placebo"),
            G(0.91, "p", "death from cardiac causes", "*"),
            G(0.7, "percent|rate", "stroke", "tirelagrel"),
            G(0.9, "percent|rate", "stroke", "placebo"),
            G(0.29, "p", "stroke", "*"),
        ],
    ),
    # https://studylib.net/doc/25253881/clopidogrel-2b ("There were 165 primary events in patients on oral
    # anticoagulation therapy (annual risk 3·93%) and 234 in those on clopidogrel plus aspirin (annual risk 5·60%;
    # relative risk 1·44 (1·18–1.76; p=0.0003)")
    (
        "Patients with atrial fibrillation were randomly assigned to warfarin or to dual antiplatelet therapy.",
        "There were 148 primary events in patients on warfarin (annual risk 3.71%) and 211 in those on dual "
        "antiplatelet therapy (annual risk 5.32%; relative risk 1.43, 95% CI 1.16-1.75; p=0.0006).",
        [
            G(148, "count|events", "primary", "warfarin"),
            G(3.71, "percent|rate", "primary", "warfarin"),
            G(211, "count|events", "primary", "dual antiplatelet"),
            G(5.32, "percent|rate", "primary", "dual antiplatelet"),
            G(1.43, "rr", "primary", "*"),
            G(1.16, "ci_low", "primary", "*"),
            G(1.75, "ci_high", "primary", "*"),
            G(0.0006, "p", "primary", "*"),
        ],
    ),
    # https://karger.com/ced/article-abstract/2/Suppl.%201/14/69139/Stroke-Prevention-Trials-in-Atrial-Fibrillation
    # ("Control patients ... had stroke event rates of 4.5% per year (3.0-7.0) compared to 1.7% per year (0.2-3.4)
    # in the patients treated with warfarin")
    (
        "Patients with atrial fibrillation were randomly assigned to velaxaban or placebo.",
        "Patients in the placebo group had stroke rates of 4.8% per year (95% CI, 3.2 to 7.1), compared with 1.9% "
        "per year (95% CI, 0.6 to 3.5) in patients treated with velaxaban.",
        [
            G(4.8, "percent|rate", "stroke", "placebo"),
            G(3.2, "ci_low", "stroke", "placebo"),
            G(7.1, "ci_high", "stroke", "placebo"),
            G(1.9, "percent|rate", "stroke", "velaxaban"),
            G(0.6, "ci_low", "stroke", "velaxaban"),
            G(3.5, "ci_high", "stroke", "velaxaban"),
        ],
    ),
    # http://bmj.com/content/320/7244/1236.full.txt ("The incidence of stroke in the study group (2.0% per year, 0.7%
    # to 4.4%) was comparable to that of patients receiving warfarin ... Per year the incidence of major (1.7% v
    # 1.6%) and minor (5.4% v 9.2%) bleeding complications was also similar.")
    (
        "Patients with atrial fibrillation were randomly assigned to velaxaban or warfarin.",
        "The incidence of stroke in the velaxaban group (1.8% per year; 95% CI, 0.9 to 3.1) was similar to that in "
        "the warfarin group (1.6% per year; 95% CI, 0.8 to 2.8). Per year, the incidence of major (1.9% v 1.7%) "
        "and minor (6.1% v 8.4%) bleeding was also similar.",
        [
            G(1.8, "percent|rate", "stroke", "velaxaban"),
            G(0.9, "ci_low", "stroke", "velaxaban"),
            G(3.1, "ci_high", "stroke", "velaxaban"),
            G(1.6, "percent|rate", "stroke", "warfarin"),
            G(0.8, "ci_low", "stroke", "warfarin"),
            G(2.8, "ci_high", "stroke", "warfarin"),
            G(1.9, "percent|rate", "major bleeding", "velaxaban"),
            G(1.7, "percent|rate", "major bleeding", "warfarin"),
            G(6.1, "percent|rate", "minor bleeding", "velaxaban"),
            G(8.4, "percent|rate", "minor bleeding", "warfarin"),
        ],
    ),
    # https://cochranelibrary.com/cdsr/doi/10.1002/14651858.CD001419/full/hi ("For local recurrence-free interval
    # the hazard ratio (HR) with chemotherapy was 0.73 (95% CI 0.56 to 0.94). For distant recurrence-free interval it
    # was 0.70 (95% CI 0.57 to 0.85).")
    (
        "Patients with resected sarcoma were randomly assigned to adjuvant chemotherapy or observation.",
        "For local recurrence-free interval, the hazard ratio with chemotherapy was 0.76 (95% CI, 0.58 to 0.97). "
        "For distant recurrence-free interval it was 0.68 (95% CI, 0.55 to 0.84).",
        [
            G(0.76, "hr", "local recurrence-free interval", "*"),
            G(0.58, "ci_low", "local recurrence-free interval", "*"),
            G(0.97, "ci_high", "local recurrence-free interval", "*"),
            G(0.68, "hr", "distant recurrence-free interval", "*"),
            G(0.55, "ci_low", "distant recurrence-free interval", "*"),
            G(0.84, "ci_high", "distant recurrence-free interval", "*"),
        ],
    ),
    # https://heart.bmj.com/lookup/ijlink/YTozOntzOjQ6InBhdGgiO3M6MTQ6Ii9sb29rdXAvaWpsaW5rIjtzOjU6InF1ZXJ5IjthOjQ6e3M6OD
    # (Kulik et al., valve replacement: "women had a significantly lower rate of reoperation compared to men
    # (comorbidity-adjusted hazard ratio (HR) 0.4; 95% confidence intervals (CI) 0.2 to 0.9)")
    (
        "Patients were randomly assigned to a bioprosthetic valve or a mechanical valve.",
        "Patients in the bioprosthetic-valve group had a significantly higher rate of reoperation than those in "
        "the mechanical-valve group (adjusted hazard ratio, 2.4; 95% CI, 1.3 to 4.5). In contrast, the rate of "
        "major bleeding was lower in the bioprosthetic-valve group (hazard ratio, 0.55; 95% CI, 0.36 to 0.84).",
        [
            G(2.4, "hr", "reoperation", "*"),
            G(1.3, "ci_low", "reoperation", "*"),
            G(4.5, "ci_high", "reoperation", "*"),
            G(0.55, "hr", "major bleeding", "*"),
            G(0.36, "ci_low", "major bleeding", "*"),
            G(0.84, "ci_high", "major bleeding", "*"),
        ],
    ),
    # https://pmc.ncbi.nlm.nih.gov/articles/PMC7288640/table/onco13275-tbl-0001 ("Median OS, mo, experimental vs.
    # control ... 34.9 vs. 28.0 (0.81; 0.64-1.03; p = .09)"; "Median PFS ... 11.2 vs. 4.6")
    (
        "Patients were randomly assigned to palvociclib plus fulvestrant or to placebo plus fulvestrant.",
        "Median overall survival was 33.6 months with palvociclib and 27.9 months with placebo (hazard ratio, 0.82; "
        "95% CI, 0.65 to 1.04; P=0.10). Median progression-free survival was 10.8 and 4.7 months, respectively.",
        [
            G(33.6, "median", "overall survival", "palvociclib"),
            G(27.9, "median", "overall survival", "placebo"),
            G(0.82, "hr", "overall survival", "*"),
            G(0.65, "ci_low", "overall survival", "*"),
            G(1.04, "ci_high", "overall survival", "*"),
            G(0.10, "p", "overall survival", "*"),
            G(10.8, "median", "progression-free survival", "palvociclib"),
            G(4.7, "median", "progression-free survival", "placebo"),
        ],
    ),
    # https://smj.org.sa/content/42/9/1002.full.txt ("Overall, in-hospital mortality was 31.8%. The mortality rates
    # among patients who received early antibiotic was 31.6% and who received immediate antibiotic was 33.3%, with a
    # p-value of 0.823.")
    (
        "Patients with sepsis were randomly assigned to receive meroxacillin immediately (immediate group) or "
        "within three hours of triage (early group).",
        "Overall, in-hospital mortality was 30.4%. The mortality rate was 29.7% in the immediate group and 31.2% "
        "in the early group, with a P value of 0.74.",
        [
            G(30.4, "percent|rate", "in-hospital mortality", None),
            G(29.7, "percent|rate", "mortality", "immediate"),
            G(31.2, "percent|rate", "mortality", "early"),
            G(0.74, "p", "mortality", "*"),
        ],
    ),
    # https://www.researchsquare.com/article/rs-1071881/v1.html ("Among them, 601 (19.8%) presented with septic shock,
    # and 774 (25.5%) died. The adjusted OR for in-hospital mortality ... was 0.78 (95% confidence interval [CI],
    # 0.61-0.99; p=0.046).")
    (
        "Patients with septic shock were randomly assigned to vasoprelin or to norepinephrine alone.",
        "Of the 2914 patients randomized, 712 (24.4%) died in hospital. The adjusted odds ratio for in-hospital "
        "death with vasoprelin was 0.81 (95% CI, 0.66-0.99; P=0.041).",
        [
            G(2914, "count", "randomized", None, optional=True),
            G(712, "count", "died|death", None),
            G(24.4, "percent", "died|death", None),
            G(0.81, "or", "in-hospital death", "*"),
            G(0.66, "ci_low", "in-hospital death", "*"),
            G(0.99, "ci_high", "in-hospital death", "*"),
            G(0.041, "p", "in-hospital death", "*"),
        ],
    ),
    # https://pmc.ncbi.nlm.nih.gov/articles/PMC9789902/table/tab1/?term=%22Cardiovasc+Ther%22%5Bjour%5D ("Composite of
    # cardiovascular death or heart failure hospitalization | 972 (38.5) | ... | 897 (35.5) | ... | 0.90 (0.82, 0.98)
    # | 0.019"), said as the NEJM results sentence
    (
        "Patients with heart failure were randomly assigned to velociguat or placebo.",
        "The primary outcome, a composite of death from cardiovascular causes or first hospitalization for heart "
        "failure, occurred in 881 of 2519 patients (35.0%) in the velociguat group and in 958 of 2522 patients "
        "(38.0%) in the placebo group (hazard ratio, 0.89; 95% CI, 0.81 to 0.98; P=0.02).",
        [
            G(881, "count", "primary outcome", "velociguat"),
            G(2519, "denominator", None, None),
            G(35.0, "percent", "primary outcome", "velociguat"),
            G(958, "count", "primary outcome", "placebo"),
            G(2522, "denominator", None, None),
            G(38.0, "percent", "primary outcome", "placebo"),
            G(0.89, "hr", "primary outcome", "*"),
            G(0.81, "ci_low", "primary outcome", "*"),
            G(0.98, "ci_high", "primary outcome", "*"),
            G(0.02, "p", "primary outcome", "*"),
        ],
    ),
    # https://pmc.ncbi.nlm.nih.gov/articles/PMC9792409/table/T1 ("Death from any cause 507 (6.9) ... 584 (7.9) ...
    # 0.86 (0.77-0.97)")
    (
        "Patients with heart failure were randomly assigned to velociguat or placebo.",
        "Death from any cause occurred in 412 patients (16.4%) in the velociguat group and in 437 patients (17.3%) "
        "in the placebo group (hazard ratio, 0.94; 95% CI, 0.82 to 1.08).",
        [
            G(412, "count", "death from any cause", "velociguat"),
            G(16.4, "percent", "death from any cause", "velociguat"),
            G(437, "count", "death from any cause", "placebo"),
            G(17.3, "percent", "death from any cause", "placebo"),
            G(0.94, "hr", "death from any cause", "*"),
            G(0.82, "ci_low", "death from any cause", "*"),
            G(1.08, "ci_high", "death from any cause", "*"),
        ],
    ),
    # https://mdsite.deno.dev/https://pmc.ncbi.nlm.nih.gov/articles/PMC4172342 (ESRD or doubling of serum creatinine
    # "corresponding to a change in estimated glomerular filtration rate (eGFR) of -57% or greater"; a kidney outcome
    # defined by an eGFR decline and ESRD)
    (
        "Patients with chronic kidney disease were randomly assigned to finerolone or placebo.",
        "The primary kidney outcome, defined as end-stage kidney disease, a sustained decline in eGFR of at least "
        "40%, or death from renal causes, occurred in 504 patients (17.8%) assigned to finerolone and in 600 "
        "patients (21.1%) assigned to placebo (hazard ratio, 0.83; 95% CI, 0.73 to 0.93; P=0.001).",
        [
            G(40, "*", None, None),
            G(504, "count", "primary kidney outcome", "finerolone"),
            G(17.8, "percent", "primary kidney outcome", "finerolone"),
            G(600, "count", "primary kidney outcome", "placebo"),
            G(21.1, "percent", "primary kidney outcome", "placebo"),
            G(0.83, "hr", "primary kidney outcome", "*"),
            G(0.73, "ci_low", "primary kidney outcome", "*"),
            G(0.93, "ci_high", "primary kidney outcome", "*"),
            G(0.001, "p", "primary kidney outcome", "*"),
        ],
    ),
    # https://dbpia.nl.go.kr/ndt/article/31/9/1425/1751748 (eGFR decline as a trial end point: a rate of decline per
    # year in each group and its difference)
    (
        "Patients with chronic kidney disease were randomly assigned to finerolone or placebo.",
        "The mean rate of eGFR decline was -2.1 ml per minute per 1.73 m2 per year in the finerolone group and "
        "-3.4 ml per minute per 1.73 m2 per year in the placebo group (difference, 1.3; 95% CI, 0.9 to 1.7).",
        [
            G(-2.1, "mean|value", "eGFR", "finerolone"),
            G(1.73, "*", None, None),
            G(-3.4, "mean|value", "eGFR", "placebo"),
            G(1.73, "*", None, None),
            G(1.3, "value|mean", "eGFR", "*"),
            G(0.9, "ci_low", "eGFR", "*"),
            G(1.7, "ci_high", "eGFR", "*"),
        ],
    ),
    # https://care.diabetesjournals.org/highwire/markup/42747/expansion?width=1000&height=500&iframe=true&postprocesso
    # rs=highwire_tables%2Chighwire_reclass%2Chighwire_figures%2Chighwire_math%2Chighwire_inline_linked_media%2Chighwi
    # re_embed ("Change in HbA1c (%; DCCT) | -0.5 ± 0.1 ... | -0.1 ± 0.1 ... | 0.042"; "Change in body weight (kg) |
    # -1.7 ± 0.4 ... | -0.6 ± 0.4")
    (
        "Patients with type 2 diabetes were randomly assigned to glurenatide or placebo.",
        "At week 24, the mean change from baseline in glycated hemoglobin was -0.9 percentage points with "
        "glurenatide and -0.2 percentage points with placebo (P<0.001). Body weight changed by -2.1 kg and -0.7 kg, "
        "respectively.",
        [
            G(24, "*", None, None),
            G(-0.9, "mean|value", "glycated hemoglobin", "glurenatide"),
            G(-0.2, "mean|value", "glycated hemoglobin", "placebo"),
            G(0.001, "p", "glycated hemoglobin", "*"),
            G(-2.1, "mean|value", "body weight", "glurenatide"),
            G(-0.7, "mean|value", "body weight", "placebo"),
        ],
    ),
    # https://ebm.bmj.com/content/13/3/77 (4-T trial of insulin regimens in type 2 diabetes; hypoglycaemia by regimen)
    (
        "Patients with type 2 diabetes were randomly assigned to insulin degludine or insulin glargine.",
        "Severe hypoglycemia was reported in 48 patients (4.9%) in the degludine group and in 71 patients (7.2%) in "
        "the glargine group (rate ratio, 0.68; 95% CI, 0.50 to 0.93).",
        [
            G(48, "count", "severe hypoglycemia", "degludine"),
            G(4.9, "percent", "severe hypoglycemia", "degludine"),
            G(71, "count", "severe hypoglycemia", "glargine"),
            G(7.2, "percent", "severe hypoglycemia", "glargine"),
            G(0.68, "rr|value", "severe hypoglycemia", "*"),
            G(0.50, "ci_low", "severe hypoglycemia", "*"),
            G(0.93, "ci_high", "severe hypoglycemia", "*"),
        ],
    ),
    # https://pmc.ncbi.nlm.nih.gov/articles/PMC10112824/table/Tab2 ("All-cause mortality at day 28, yes | 7/55 (12.7)
    # | 9/53 (17) | 0.68 (0.25-1.85)"; "HAP, yes | 19/55 (34.5) | 8/53 (15.1)")
    (
        "Critically ill patients were randomly assigned to interferon gamma or placebo.",
        "All-cause mortality at day 28 was 11.9% in the interferon group and 16.2% in the placebo group (adjusted "
        "odds ratio, 0.70; 95% CI, 0.27 to 1.81). Hospital-acquired pneumonia occurred in 18 of 56 patients "
        "(32.1%) and in 9 of 54 patients (16.7%), respectively.",
        [
            G(28, "*", None, None),
            G(11.9, "percent|rate", "all-cause mortality", "interferon"),
            G(16.2, "percent|rate", "all-cause mortality", "placebo"),
            G(0.70, "or", "all-cause mortality", "*"),
            G(0.27, "ci_low", "all-cause mortality", "*"),
            G(1.81, "ci_high", "all-cause mortality", "*"),
            G(18, "count", "hospital-acquired pneumonia", "interferon"),
            G(56, "denominator", None, None),
            G(32.1, "percent", "hospital-acquired pneumonia", "interferon"),
            G(9, "count", "hospital-acquired pneumonia", "placebo"),
            G(54, "denominator", None, None),
            G(16.7, "percent", "hospital-acquired pneumonia", "placebo"),
        ],
    ),
    # https://pmc.ncbi.nlm.nih.gov/articles/PMC9108999/table/joi220051t2 ("Endotracheal intubation within 30 d of
    # randomization, No. (%) | 70 (34) | 79 (41) | Absolute, -6.37 (-15.83 to 3.10) | HR, 0.81 (0.59 to 1.12)")
    (
        "Patients with hypoxemic respiratory failure were randomly assigned to awake prone positioning or usual care.",
        "Endotracheal intubation within 30 days occurred in 66 of 201 patients (33%) in the prone-positioning group "
        "and in 80 of 199 patients (40%) in the usual-care group (absolute difference, -7.4 percentage points; 95% "
        "CI, -16.9 to 2.1; hazard ratio, 0.80; 95% CI, 0.58 to 1.10).",
        [
            G(30, "*", None, None),
            G(66, "count", "endotracheal intubation", "prone"),
            G(201, "denominator", None, None),
            G(33, "percent", "endotracheal intubation", "prone"),
            G(80, "count", "endotracheal intubation", "usual"),
            G(199, "denominator", None, None),
            G(40, "percent", "endotracheal intubation", "usual"),
            G(-7.4, "value", "endotracheal intubation", "*"),
            G(-16.9, "ci_low", "endotracheal intubation", "*"),
            G(2.1, "ci_high", "endotracheal intubation", "*"),
            G(0.80, "hr", "endotracheal intubation", "*"),
            G(0.58, "ci_low", "endotracheal intubation", "*"),
            G(1.10, "ci_high", "endotracheal intubation", "*"),
        ],
    ),
    # https://cslide.ctimeetingtech.com/breast22hybrid/attendee/person/631 ("All pts had AEs G1-4 in SG arm vs 37
    # (86.0%) in TPC arm, and 30 (66.7%) vs 9 (20.9%) G3-4 ... 6 (13.6%) pts under SG vs 3 (9.4%) under capecitabine
    # discontinued therapy prematurely")
    (
        "Patients were randomly assigned to sacituzumab tirumotecan (ST) or to treatment of physician's choice (TPC).",
        "Grade 3-4 adverse events occurred in 28 (62.2%) patients in the ST arm vs 10 (23.3%) in the TPC arm. "
        "Seven (15.6%) patients under ST vs 2 (6.3%) under capecitabine discontinued therapy prematurely.",
        [
            G(3, "*", None, None),
            G(4, "*", None, None),
            G(28, "count", "grade 3-4 adverse events", "ST"),
            G(62.2, "percent", "grade 3-4 adverse events", "ST"),
            G(10, "count", "grade 3-4 adverse events", "TPC"),
            G(23.3, "percent", "grade 3-4 adverse events", "TPC"),
            G(7, "count", "discontinued", "ST"),
            G(15.6, "percent", "discontinued", "ST"),
            G(2, "count", "discontinued", "capecitabine"),
            G(6.3, "percent", "discontinued", "capecitabine"),
        ],
    ),
    # https://pmc.ncbi.nlm.nih.gov/articles/PMC5898242/table/T2 ("Objective response (95% CI) | 29.8% ... | 44.6%
    # ...; Stratified odds ratio (95% CI) | 0.53 (0.37-0.76) ...; Disease control ... 53.4% ... 70.8%")
    (
        "Patients were randomly assigned to rilatumab plus chemotherapy or to placebo plus chemotherapy.",
        "An objective response was achieved in 31.2% of patients in the rilatumab group and in 43.8% of those in "
        "the placebo group (odds ratio, 0.58; 95% CI, 0.40 to 0.83; P=0.003). Disease control was achieved in 55.0% "
        "and 69.4%, respectively.",
        [
            G(31.2, "percent", "objective response", "rilatumab"),
            G(43.8, "percent", "objective response", "placebo"),
            G(0.58, "or", "objective response", "*"),
            G(0.40, "ci_low", "objective response", "*"),
            G(0.83, "ci_high", "objective response", "*"),
            G(0.003, "p", "objective response", "*"),
            G(55.0, "percent", "disease control", "rilatumab"),
            G(69.4, "percent", "disease control", "placebo"),
        ],
    ),
    # https://clincancerres.aacrjournals.org/highwire/markup/157020/expansion?width=1000&height=500&iframe=true&postpro
    # cessors=highwire_tables%2Chighwire_reclass%2Chighwire_figures%2Chighwire_math%2Chighwire_inline_linked_media%2Ch
    # ighwire_embed ("Overall response rate, n/N (%; 95% CI) 1/57 (1.8 ...) 4/57 (7.0 ...); Time to progression ...
    # Median 2.86 (1.41-4.24) 5.19 (4.07-9.69)")
    (
        "Patients were randomly assigned to ipilatumab 10 mg/kg or to best supportive care (BSC).",
        "The overall response rate was 2/58 (3.4%) with ipilatumab and 3/56 (5.4%) with BSC. Median time to "
        "progression was 2.9 months (95% CI, 1.5-4.1) in the ipilatumab arm and 5.0 months (95% CI, 4.0-9.2) in "
        "the BSC arm.",
        [
            G(2, "count", "overall response", "ipilatumab"),
            G(58, "denominator", None, None),
            G(3.4, "percent|rate", "overall response", "ipilatumab"),
            G(3, "count", "overall response", "BSC"),
            G(56, "denominator", None, None),
            G(5.4, "percent|rate", "overall response", "BSC"),
            G(2.9, "median", "time to progression", "ipilatumab"),
            G(1.5, "ci_low", "time to progression", "ipilatumab"),
            G(4.1, "ci_high", "time to progression", "ipilatumab"),
            G(5.0, "median", "time to progression", "BSC"),
            G(4.0, "ci_low", "time to progression", "BSC"),
            G(9.2, "ci_high", "time to progression", "BSC"),
        ],
    ),
    # https://c.coek.info/pdf-unresectable-squamous-cell-carcinoma-of-the-lung-an-outcomes-study-.html ("Five-year
    # regional control was significantly improved with twice-daily vs. once-daily treatment (37% vs. 14%, p = 0.02).
    # Chemotherapy significantly improved 5-year regional control (36% for patients who received chemotherapy vs. 13%
    # for those who did not; p = 0.01).")
    (
        "Patients were randomly assigned to twice-daily or once-daily radiotherapy.",
        "Five-year locoregional control was significantly improved with twice-daily vs. once-daily radiotherapy "
        "(41% vs. 18%, p = 0.01). Overall survival at 5 years was 16% for patients treated twice daily vs. 9% for "
        "those treated once daily (p = 0.04).",
        [
            G(41, "percent|rate", "5-year locoregional control", "twice"),
            G(18, "percent|rate", "5-year locoregional control", "once"),
            G(0.01, "p", "5-year locoregional control", "*"),
            G(5, "*", None, None),
            G(16, "percent|rate", "5-year overall survival", "twice"),
            G(9, "percent|rate", "5-year overall survival", "once"),
            G(0.04, "p", "5-year overall survival", "*"),
        ],
    ),
    # https://trialsjournal.biomedcentral.com/articles/10.1186/s13063-019-3649-0/tables/5 ("Recurrence at one year
    # (total) 87 (49%) 48 (30%)", RBL vs HAL)
    (
        "Patients with haemorrhoids were randomly assigned to rubber band ligation (RBL) or to haemorrhoidal artery "
        "ligation (HAL).",
        "Recurrence at one year was reported in 91 of 180 patients (51%) after RBL and in 46 of 158 (29%) after HAL "
        "(adjusted odds ratio, 2.6; 95% CI, 1.6 to 4.1; P<0.001).",
        [
            G(91, "count", "recurrence", "RBL"),
            G(180, "denominator", None, None),
            G(51, "percent", "recurrence", "RBL"),
            G(46, "count", "recurrence", "HAL"),
            G(158, "denominator", None, None),
            G(29, "percent", "recurrence", "HAL"),
            G(2.6, "or", "recurrence", "*"),
            G(1.6, "ci_low", "recurrence", "*"),
            G(4.1, "ci_high", "recurrence", "*"),
            G(0.001, "p", "recurrence", "*"),
        ],
    ),
    # https://pmc.ncbi.nlm.nih.gov/articles/PMC9792409/table/T1 ("Hospitalization for heart failure 219 (3.0) 0.9
    # 231 (3.1) 1.0 0.94 (0.78-1.13)"), said with 'respectively'
    (
        "Patients with type 2 diabetes were randomly assigned to exenalide or placebo.",
        "Hospitalization for heart failure occurred in 3.1% and 3.3% of patients in the exenalide and placebo "
        "groups, respectively (hazard ratio, 0.93; 95% CI, 0.77 to 1.12).",
        [
            G(3.1, "percent", "hospitalization for heart failure", "exenalide"),
            G(3.3, "percent", "hospitalization for heart failure", "placebo"),
            G(0.93, "hr", "hospitalization for heart failure", "*"),
            G(0.77, "ci_low", "hospitalization for heart failure", "*"),
            G(1.12, "ci_high", "hospitalization for heart failure", "*"),
        ],
    ),
    # https://pmc.ncbi.nlm.nih.gov/articles/PMC4872285/table/EHV728TB1 ("Heart failure hospitalization or
    # cardiovascular death | 198 (8.5) | ... | 265 (5.7) | ... | 0.66 (0.55-0.79) | <0.001"), said as 'the rate of'
    (
        "Patients were randomly assigned to empaglinide or placebo.",
        "The rate of heart-failure hospitalization or cardiovascular death was 5.9% in the empaglinide group, as "
        "compared with 8.7% in the placebo group (hazard ratio, 0.67; 95% CI, 0.56 to 0.80; P<0.001).",
        [
            G(5.9, "percent|rate", "heart-failure hospitalization", "empaglinide"),
            G(8.7, "percent|rate", "heart-failure hospitalization", "placebo"),
            G(0.67, "hr", "heart-failure hospitalization", "*"),
            G(0.56, "ci_low", "heart-failure hospitalization", "*"),
            G(0.80, "ci_high", "heart-failure hospitalization", "*"),
            G(0.001, "p", "heart-failure hospitalization", "*"),
        ],
    ),
    # https://pmc.ncbi.nlm.nih.gov/articles/PMC6289056/table/T2 (aspirin vs placebo, "rate per 1000 person-yr" per
    # group with the hazard ratio), said as 'participants in the A group had'
    (
        "Older adults were randomly assigned to aspirin or placebo.",
        "Participants in the aspirin group had a higher rate of major hemorrhage than those in the placebo group "
        "(8.6 vs. 6.2 events per 1000 person-years; hazard ratio, 1.38; 95% CI, 1.18 to 1.62; P<0.001).",
        [
            G(8.6, "rate|value", "major hemorrhage", "aspirin"),
            G(6.2, "rate|value", "major hemorrhage", "placebo"),
            G(1000, "*", None, None),
            G(1.38, "hr", "major hemorrhage", "*"),
            G(1.18, "ci_low", "major hemorrhage", "*"),
            G(1.62, "ci_high", "major hemorrhage", "*"),
            G(0.001, "p", "major hemorrhage", "*"),
        ],
    ),
    # https://pmc.ncbi.nlm.nih.gov/articles/PMC4551392/table/T4 ("The primary outcome was the first occurrence of
    # nonfatal myocardial infarction or nonfatal stroke or death from cardiovascular causes"; "Hazard ratios are for
    # the intensive-therapy group as compared with the standard-therapy group"), as the results sentence
    (
        "Patients with type 2 diabetes were randomly assigned to intensive or standard glycemic therapy.",
        "The hazard ratio for the primary outcome with intensive therapy, as compared with standard therapy, was "
        "0.91 (95% CI, 0.79 to 1.05; P=0.19). The hazard ratio for death from any cause was 1.21 (95% CI, 1.01 to "
        "1.45; P=0.04).",
        [
            G(0.91, "hr", "primary outcome", "*"),
            G(0.79, "ci_low", "primary outcome", "*"),
            G(1.05, "ci_high", "primary outcome", "*"),
            G(0.19, "p", "primary outcome", "*"),
            G(1.21, "hr", "death from any cause", "*"),
            G(1.01, "ci_low", "death from any cause", "*"),
            G(1.45, "ci_high", "death from any cause", "*"),
            G(0.04, "p", "death from any cause", "*"),
        ],
    ),
    # https://pmc.ncbi.nlm.nih.gov/articles/PMC7116860/table/T2 ("Death from cardiovascular causes, myocardial
    # infarction, stroke, heart failure ... 126 (4.4) | 157 (5.5) | 0.79 (0.63-1.00)"), said as 'the incidence of'
    # with the definition between the endpoint and its number
    (
        "Participants were randomly assigned to a polypill or placebo.",
        "The incidence of the primary outcome, a composite of death from cardiovascular causes, myocardial "
        "infarction, stroke, heart failure, resuscitated cardiac arrest or arterial revascularization, was 4.2% in "
        "the polypill group and 5.6% in the placebo group (hazard ratio, 0.76; 95% CI, 0.61 to 0.95).",
        [
            G(4.2, "percent|rate", "primary outcome", "polypill"),
            G(5.6, "percent|rate", "primary outcome", "placebo"),
            G(0.76, "hr", "primary outcome", "*"),
            G(0.61, "ci_low", "primary outcome", "*"),
            G(0.95, "ci_high", "primary outcome", "*"),
        ],
    ),
    # https://pmc.ncbi.nlm.nih.gov/articles/PMC7242280/table/Tab2 ("All-cause mortality | 2 (3.0) | 18 (12.9) | 5.3
    # (1.2, 22.8)"), said as a serious-event sentence whose subject is the event
    (
        "Patients with cardiomyopathy were randomly assigned to revolisiran or placebo.",
        "The most frequent serious adverse event was worsening heart failure, which occurred in 24 patients "
        "(17.5%) receiving revolisiran and in 7 patients (10.8%) receiving placebo. Deaths were more frequent with "
        "revolisiran (16 of 137 patients, 11.7%) than with placebo (2 of 65, 3.1%).",
        [
            G(24, "count", "worsening heart failure", "revolisiran"),
            G(17.5, "percent", "worsening heart failure", "revolisiran"),
            G(7, "count", "worsening heart failure", "placebo"),
            G(10.8, "percent", "worsening heart failure", "placebo"),
            G(16, "count", "deaths", "revolisiran"),
            G(137, "denominator", None, None),
            G(11.7, "percent", "deaths", "revolisiran"),
            G(2, "count", "deaths", "placebo"),
            G(65, "denominator", None, None),
            G(3.1, "percent", "deaths", "placebo"),
        ],
    ),
    # ==== phase 1/2 oncology =======================================================================================
    # https://jitc.bmj.com/content/8/2/e001006 ("Overall, 116 patients received >=1 dose of AMG 820 plus
    # pembrolizumab (18 at 1400 mg AMG 820; 98 at 1100 mg AMG 820). ... Seven patients had DLTs (1 at 1400 mg AMG
    # 820; 6 at 1100 mg AMG 820). Almost all patients (99.1%) had AEs, 87.9% with grade >=3 AEs.")
    (
        "Patients received lorvacimab 1000 mg or 1300 mg plus pembrolizumab intravenously every 3 weeks.",
        "Overall, 104 patients received at least one dose (16 at 1300 mg; 88 at 1000 mg). Six patients had "
        "dose-limiting toxicities (2 at 1300 mg; 4 at 1000 mg). Almost all patients (98.1%) had adverse events, "
        "85.6% with grade ≥3 adverse events.",
        [
            G(104, "count", "*", None, optional=True),
            G(16, "count", "*", "1300 mg", optional=True),
            G(1300, "*", None, None),
            G(88, "count", "*", "1000 mg", optional=True),
            G(1000, "*", None, None),
            G(6, "count", "dose-limiting toxicities", None),
            G(2, "count", "dose-limiting toxicities", "1300 mg"),
            G(1300, "*", None, None),
            G(4, "count", "dose-limiting toxicities", "1000 mg"),
            G(1000, "*", None, None),
            G(98.1, "percent", "adverse events", None),
            G(85.6, "percent", "grade ≥3 adverse events", None),
            G(3, "*", None, None),
        ],
    ),
    # same page ("The most common AEs were increased aspartate aminotransferase (59.5%), fatigue (48.3%),
    # periorbital/face edema (48.3%), and rash/maculopapular rash (37.1%). The best response was immune-related
    # partial response in 3 patients (3%; duration of response 9.2, 10.0, 12.5 months) and immune-related stable
    # disease in 39 patients (34%).")
    (
        "Patients received lorvacimab plus pembrolizumab intravenously every 3 weeks.",
        "The most common adverse events were increased aspartate aminotransferase (55.8%), fatigue (46.2%), face "
        "edema (44.2%) and maculopapular rash (35.6%). The best response was partial response in 4 patients (4%; "
        "duration of response 8.1, 9.7 and 13.4 months) and stable disease in 36 patients (35%).",
        [
            G(55.8, "percent", "increased aspartate aminotransferase", None),
            G(46.2, "percent", "fatigue", None),
            G(44.2, "percent", "face edema", None),
            G(35.6, "percent", "maculopapular rash", None),
            G(4, "count", "partial response", None),
            G(4, "percent", "partial response", None),
            G(8.1, "*", "duration of response", "*", optional=True),
            G(9.7, "*", "duration of response", "*", optional=True),
            G(13.4, "*", "duration of response", "*", optional=True),
            G(36, "count", "stable disease", None),
            G(35, "percent", "stable disease", None),
        ],
    ),
    # https://aacrjournals.org/clincancerres/article/30/22/5042/749566/A-Phase-I-First-in-Human-Study-of-ABBV-011-a
    # ("99 patients received ABBV-011 monotherapy ...; the median age was 63 years (range, 41-79 years). Also, 32%,
    # 41%, and 26% of patients received 1, 2, and >=3 prior therapies, respectively. ... The most common
    # treatment-emergent adverse events were fatigue (50%), nausea (42%), and thrombocytopenia (41%).")
    (
        "Patients received rovelatamab intravenously every 3 weeks during dose escalation and expansion.",
        "As of the data cutoff, 94 patients had received rovelatamab; the median age was 64 years (range, 39-81 "
        "years). Also, 30%, 44%, and 26% of patients had received 1, 2, and 3 or more prior therapies, "
        "respectively. The most common treatment-emergent adverse events were fatigue (48%), nausea (40%), and "
        "thrombocytopenia (38%).",
        [
            G(94, "count", "*", None, optional=True),
            G(64, "median", "age", None),
            G(39, "min", "age", None),
            G(81, "max", "age", None),
            G(30, "percent", "prior therapies", None),
            G(44, "percent", "prior therapies", None),
            G(26, "percent", "prior therapies", None),
            G(1, "*", None, None),
            G(2, "*", None, None),
            G(3, "*", None, None),
            G(48, "percent", "fatigue", None),
            G(40, "percent", "nausea", None),
            G(38, "percent", "thrombocytopenia", None),
        ],
    ),
    # same page ("The objective response rate was 19% (19/98). In the 1-mg/kg dose-expansion cohort (n = 40), the
    # objective response rate was 25%; the median response duration was 4.2 months (95% confidence interval,
    # 2.6-6.7); and the median progression-free survival was 3.5 months (95% confidence interval, 1.5-4.2).")
    (
        "Patients received rovelatamab intravenously every 3 weeks during dose escalation and expansion.",
        "The objective response rate was 18% (17/93). In the 1-mg/kg dose-expansion cohort (n = 42), the objective "
        "response rate was 26%; the median response duration was 4.4 months (95% confidence interval, 2.8-6.9); "
        "and the median progression-free survival was 3.6 months (95% confidence interval, 1.6-4.3).",
        [
            G(18, "percent|rate", "objective response", None),
            G(17, "count", "objective response", None),
            G(93, "denominator", None, None),
            G(1, "*", None, None),
            G(42, "count", "*", "1-mg/kg", optional=True),
            G(26, "percent|rate", "objective response", "1-mg/kg"),
            G(4.4, "median", "response duration|duration of response", "1-mg/kg"),
            G(2.8, "ci_low", "response duration|duration of response", "1-mg/kg"),
            G(6.9, "ci_high", "response duration|duration of response", "1-mg/kg"),
            G(3.6, "median", "progression-free survival", "1-mg/kg"),
            G(1.6, "ci_low", "progression-free survival", "1-mg/kg"),
            G(4.3, "ci_high", "progression-free survival", "1-mg/kg"),
        ],
    ),
    # https://discovery.researcher.life/article/basket-study-of-oral-progesterone-antagonist-onapristone-extended-rel
    # ease-ona-xr-in-progesterone-receptor-positive-pr-recurrent-granulosa-cell-gct-low-grade-serous-ovarian-lgsoc-or-
    # endometrioid-endometrial-cancer-eec/e1cbd2d09f0f320d814b67d86eb22107 ("In cohort 2 (LGSOC), 4/5 enrolled
    # patients were evaluable, the median PFS was 4.4 months (1.8-NE) and CBR was 50% (6.8-93.2%). All 14 patients
    # enrolled to cohort 1 (GCT) were evaluable with a median PFS of 3.5 months (1.6-8.8%), 6-month PFS rate of 30.1 %
    # (8.4-56%), and 12-month PFS rate of 20.1% (3.5-46.4%).")
    (
        "Patients with recurrent granulosa cell tumors (cohort 1) or low-grade serous ovarian cancer (cohort 2) "
        "received velapristone twice daily.",
        "In cohort 2, 5 of 7 enrolled patients were evaluable; the median PFS was 4.1 months (95% CI, 1.9-NE) and "
        "the CBR was 40% (95% CI, 5.3-85.3%). All 15 patients enrolled in cohort 1 were evaluable, with a median PFS "
        "of 3.7 months (95% CI, 1.8-8.1), a 6-month PFS rate of 33.3% (95% CI, 11.8-56.4%), and a 12-month PFS rate "
        "of 18.5% (95% CI, 3.2-43.6%).",
        [
            G(2, "*", None, None),
            G(5, "count", "evaluable", "cohort 2", optional=True),
            G(7, "denominator", None, None),
            G(4.1, "median", "PFS", "cohort 2"),
            G(1.9, "ci_low", "PFS", "cohort 2"),
            G(40, "percent|rate", "CBR", "cohort 2"),
            G(5.3, "ci_low", "CBR", "cohort 2"),
            G(85.3, "ci_high", "CBR", "cohort 2"),
            G(15, "count", "*", "cohort 1", optional=True),
            G(1, "*", None, None),
            G(3.7, "median", "PFS", "cohort 1"),
            G(1.8, "ci_low", "PFS", "cohort 1"),
            G(8.1, "ci_high", "PFS", "cohort 1"),
            G(6, "*", None, None),
            G(33.3, "percent|rate", "6-month PFS", "cohort 1"),
            G(11.8, "ci_low", "6-month PFS", "cohort 1"),
            G(56.4, "ci_high", "6-month PFS", "cohort 1"),
            G(12, "*", None, None),
            G(18.5, "percent|rate", "12-month PFS", "cohort 1"),
            G(3.2, "ci_low", "12-month PFS", "cohort 1"),
            G(43.6, "ci_high", "12-month PFS", "cohort 1"),
        ],
    ),
    # https://mdsite.deno.dev/http://www.ncbi.nlm.nih.gov/pmc/articles/PMC4020424 ("Sixty-two patients were enrolled
    # (median age: 66 years, 50% women ...). Partial responses were seen in 8 of 62 patients (response rate: 13%; 95%
    # confidence interval: 5-21%) ... The median time to progression was 4 months. Median overall survival was 12
    # months, 27 months for no prior chemotherapy patients, and 11 months for patients previously treated with
    # chemotherapy.")
    (
        "Patients with advanced NSCLC received daily velorolimus and gefitinib.",
        "Fifty-eight patients were enrolled (median age: 64 years, 47% women). Partial responses were seen in 7 of "
        "58 patients (response rate: 12%; 95% confidence interval: 4-20%). The median time to progression was 3.8 "
        "months. Median overall survival was 11.6 months, 24.3 months for chemotherapy-naive patients, and 10.2 "
        "months for patients previously treated with chemotherapy.",
        [
            G(58, "count", "*", None, optional=True),
            G(64, "median", "age", None),
            G(47, "percent", "women", None, optional=True),
            G(7, "count", "partial response", None),
            G(58, "denominator", None, None),
            G(12, "percent|rate", "response rate|partial response", None),
            G(4, "ci_low", "response rate|partial response", None),
            G(20, "ci_high", "response rate|partial response", None),
            G(3.8, "median", "time to progression", None),
            G(11.6, "median", "overall survival", None),
            G(24.3, "median", "overall survival", "chemotherapy-naive"),
            G(10.2, "median", "overall survival", "previously treated"),
        ],
    ),
    # https://vufind-test.katalog.k.utb.cz/SummonRecord/FETCH-LOGICAL-c443t-3745bd76016438805778ec37979fb87875e79ebfb1
    # 71353185bd2f3e2412dbe3 ("ORR was 2.3% (all partial) and 24.4% had stable disease as confirmed best response ...
    # Median overall and progression-free survivals were 149 (95% CI, 91-307) and 46 days (95% CI, 44-56). Most common
    # drug-related adverse events were neutropenia (37.2%), leukopenia (29.1%), fatigue (29.1%) and nausea (22.1%)")
    (
        "Patients were randomised to pololinib on day 1 or on days 1 to 3 of each 21-day cycle.",
        "By independent review, the ORR was 2.4% (all partial) and 26.2% had stable disease as confirmed best "
        "response. Median overall and progression-free survivals were 151 (95% CI, 94-298) and 47 days (95% CI, "
        "43-58). The most common drug-related adverse events were neutropenia (38.1%), leukopenia (28.6%), fatigue "
        "(27.4%) and nausea (21.4%).",
        [
            G(2.4, "percent|rate", "ORR", None),
            G(26.2, "percent", "stable disease", None),
            G(151, "median", "overall survival", None),
            G(94, "ci_low", "overall survival", None),
            G(298, "ci_high", "overall survival", None),
            G(47, "median", "progression-free survival", None),
            G(43, "ci_low", "progression-free survival", None),
            G(58, "ci_high", "progression-free survival", None),
            G(38.1, "percent", "neutropenia", None),
            G(28.6, "percent", "leukopenia", None),
            G(27.4, "percent", "fatigue", None),
            G(21.4, "percent", "nausea", None),
        ],
    ),
    # https://www.biocentury.com/article/156267/ganetespib-phase-ii-discontinued ("ganetespib led to an ORR of 4%,
    # with 1 complete response. Time to progression was 48 days and overall survival (OS) was 83 days. Additionally,
    # 2 of 6 patients with HER2-positive disease achieved 12% and 19% tumor reductions from baseline, respectively.")
    (
        "Patients with esophagogastric cancer received ganetamib weekly for three of every four weeks.",
        "In 24 evaluable patients, ganetamib produced an ORR of 4%, with 1 complete response. Median time to "
        "progression was 51 days and median overall survival was 88 days. Two of 5 patients with HER2-positive "
        "disease achieved 14% and 21% tumor reductions from baseline, respectively.",
        [
            G(24, "count", "evaluable", None, optional=True),
            G(4, "percent|rate", "ORR", None),
            G(1, "count", "complete response", None),
            G(51, "median", "time to progression", None),
            G(88, "median", "overall survival", None),
            G(2, "count", "tumor reduction", "HER2-positive"),
            G(5, "denominator", None, None),
            G(14, "*", "tumor reduction", "*", optional=True),
            G(21, "*", "tumor reduction", "*", optional=True),
        ],
    ),
    # https://zendy.io/title/10.1002/cncr.30738 ("Twelve patients were enrolled in the first stage of the 2-stage
    # design. A median of 5 (range, 2-6) 2-week cycles of nivolumab were administered. Of the 12 patients, none
    # responded to treatment. The overall median progre[ssion-free survival] ...")
    (
        "Patients with uterine leiomyosarcoma received nivatumab every 2 weeks.",
        "Fourteen patients were enrolled in the first stage. A median of 4 (range, 1-7) cycles were administered. "
        "Of the 14 patients, none responded to treatment. The median progression-free survival was 1.9 months (95% "
        "CI, 1.7-2.0 months), and the median overall survival was not reached.",
        [
            G(14, "count", "*", None, optional=True),
            G(4, "median", "cycles", None),
            G(1, "min", "cycles", None),
            G(7, "max", "cycles", None),
            G(14, "count", "*", None, optional=True),
            G(1.9, "median", "progression-free survival", None),
            G(1.7, "ci_low", "progression-free survival", None),
            G(2.0, "ci_high", "progression-free survival", None),
        ],
    ),
    # https://ebusca.uv.mx/Record/pubmed-10417097/Description ("Ten evaluable patients enrolled [median age 25.7 years
    # (range 12.3-40.1)]. The median duration of therapy was 2.5 months (")
    (
        "Patients with relapsed Ewing sarcoma received palbocinib and ganitamab in 28-day cycles.",
        "Eleven evaluable patients enrolled [median age 23.4 years (range 13.1-38.7)]. The median duration of "
        "therapy was 2.3 months (range 0.9-7.8). There were no objective responses; the 6-month progression-free "
        "survival was 27% (95% CI 7%-54%).",
        [
            G(11, "count", "*", None, optional=True),
            G(23.4, "median", "age", None),
            G(13.1, "min", "age", None),
            G(38.7, "max", "age", None),
            G(2.3, "median", "duration of therapy", None),
            G(0.9, "min", "duration of therapy", None),
            G(7.8, "max", "duration of therapy", None),
            G(6, "*", None, None),
            G(27, "percent|rate", "6-month progression-free survival", None),
            G(7, "ci_low", "6-month progression-free survival", None),
            G(54, "ci_high", "6-month progression-free survival", None),
        ],
    ),
    # https://jitc.bmj.com/highwire/citation/19558/refworks-tagged ("As of June 22, 2020, 61 patients were enrolled
    # (median age: 59 years).")
    (
        "Patients with advanced solid tumors received acasunimab every 3 weeks at escalating doses.",
        "As of the data cutoff, 58 patients were enrolled (median age: 61 years). Treatment-related adverse events "
        "occurred in 37 patients (63.8%), most commonly transaminase elevations (15.5%), hypothyroidism (12.1%) and "
        "fatigue (10.3%). Grade 3 or 4 treatment-related adverse events occurred in 11 patients (19.0%); there were "
        "no grade 5 events.",
        [
            G(58, "count", "*", None, optional=True),
            G(61, "median", "age", None),
            G(37, "count", "treatment-related adverse events", None),
            G(63.8, "percent", "treatment-related adverse events", None),
            G(15.5, "percent", "transaminase elevations", None),
            G(12.1, "percent", "hypothyroidism", None),
            G(10.3, "percent", "fatigue", None),
            G(3, "*", None, None),
            G(4, "*", None, None),
            # revised after first contact (gold had "grade 3-4 ..."): the reader's label is the paragraph's own "Grade 3
            # or 4 ...", which trialex.evaluate keys apart from "3-4"; the gold is spelled as the paragraph is
            G(11, "count", "grade 3 or 4 treatment-related adverse events", None),
            G(19.0, "percent", "grade 3 or 4 treatment-related adverse events", None),
            G(5, "*", None, None),
        ],
    ),
    # https://c.coek.info/pdf-phase-i-open-label-study-evaluating-the-safety-pharmacokinetics-and-preliminary-.html
    # ("As of 5 April 2019, 31 pts were dosed." with G>=3 AEs overall and related to each drug)
    (
        "Patients with small cell lung cancer received rovalpitumab and budigalimab intravenously.",
        "As of the data cutoff, 29 pts were dosed. Grade ≥3 adverse events occurred in 24 pts (82.8%); grade ≥3 "
        "adverse events related to budigalimab occurred in 8 pts (27.6%) and to rovalpitumab in 11 pts (37.9%). "
        "The ORR was 24% (7/29).",
        [
            G(29, "count", "*", None, optional=True),
            G(3, "*", None, None),
            G(24, "count", "grade ≥3 adverse events", None),
            G(82.8, "percent", "grade ≥3 adverse events", None),
            G(3, "*", None, None),
            G(8, "count", "grade ≥3 adverse events related to budigalimab", None),
            G(27.6, "percent", "grade ≥3 adverse events related to budigalimab", None),
            G(11, "count", "grade ≥3 adverse events related to rovalpitumab", None),
            G(37.9, "percent", "grade ≥3 adverse events related to rovalpitumab", None),
            G(24, "percent|rate", "ORR", None),
            G(7, "count", "ORR", None),
            G(29, "denominator", None, None),
        ],
    ),
    # https://jitc.bmj.com/content/2/1/27 ("A total of 32 patients with progressive stage IV melanoma after failure
    # of standard therapy were enr[olled]" - a phase II single-arm result paragraph)
    (
        "Patients with stage IV melanoma received viscumab subcutaneously twice weekly.",
        "A total of 30 patients were enrolled. No objective responses were observed; stable disease was the best "
        "response in 9 patients (30%). Median progression-free survival was 1.8 months and median overall survival "
        "was 11.2 months.",
        [
            G(30, "count", "*", None, optional=True),
            G(9, "count", "stable disease", None),
            G(30, "percent", "stable disease", None),
            G(1.8, "median", "progression-free survival", None),
            G(11.2, "median", "overall survival", None),
        ],
    ),
    # https://yvm2020.authorea.com/users/365122/articles/485356/download_zip (rolling-6 design: "the highest dose
    # studied where no more than 1/6 patients experienced a DLT and the next higher dose level was determined to be
    # intolerable")
    (
        "Children with refractory solid tumors received selpertinib at three dose levels in a rolling-6 design.",
        "At dose level 2, one of six evaluable patients had a dose-limiting toxicity (grade 3 ALT elevation); at "
        "dose level 3, two of five patients had dose-limiting toxicities. The maximum tolerated dose was therefore "
        "dose level 2 (90 mg/m2).",
        [
            G(2, "*", None, None),
            G(1, "count", "dose-limiting toxicity", "dose level 2"),
            G(6, "denominator", None, None),
            G(3, "*", None, None),
            G(3, "*", None, None),
            G(2, "count", "dose-limiting toxicities", "dose level 3"),
            G(5, "denominator", None, None),
            G(2, "*", None, None),
            G(90, "*", None, None),
        ],
    ),
    # https://aacrjournals.org/clincancerres/article/30/22/5042/749566/A-Phase-I-First-in-Human-Study-of-ABBV-011-a
    # ("The objective response rate was 19% (19/98)"), second instance: ORR and DCR each with a CI
    (
        ONE_ARM,
        "Among 44 patients evaluable for response, the ORR was 36.4% (95% CI, 22.4-52.2) and the DCR was 81.8% "
        "(95% CI, 67.3-91.8). The median duration of response was 7.4 months (95% CI, 5.5-NR).",
        [
            G(44, "count", "evaluable", None, optional=True),
            G(36.4, "percent|rate", "ORR", None),
            G(22.4, "ci_low", "ORR", None),
            G(52.2, "ci_high", "ORR", None),
            G(81.8, "percent|rate", "DCR", None),
            G(67.3, "ci_low", "DCR", None),
            G(91.8, "ci_high", "DCR", None),
            G(7.4, "median", "duration of response", None),
            G(5.5, "ci_low", "duration of response", None),
        ],
    ),
    # https://discovery.researcher.life/article/basket-study-of-oral-progesterone-antagonist-onapristone-... ("6-month
    # PFS rate of 30.1 % (8.4-56%), and 12-month PFS rate of 20.1% (3.5-46.4%)"), second instance: landmark OS rates
    (
        ONE_ARM,
        "With a median follow-up of 16.3 months, the 12-month overall survival rate was 58.2% (95% CI, 44.1-69.9) "
        "and the 24-month overall survival rate was 31.5% (95% CI, 19.0-44.8).",
        [
            G(16.3, "median", "follow-up", None, optional=True),
            G(12, "*", None, None),
            G(58.2, "percent|rate", "12-month overall survival", None),
            G(44.1, "ci_low", "12-month overall survival", None),
            G(69.9, "ci_high", "12-month overall survival", None),
            G(24, "*", None, None),
            G(31.5, "percent|rate", "24-month overall survival", None),
            G(19.0, "ci_low", "24-month overall survival", None),
            G(44.8, "ci_high", "24-month overall survival", None),
        ],
    ),
    # https://vufind-test.katalog.k.utb.cz/SummonRecord/FETCH-LOGICAL-c443t-... ("most common grade 3/4-related events
    # were neutropenia (36.0%), leukopeni[a]"), second instance: a grade >=3 count then its commonest terms
    (
        ONE_ARM,
        "Grade ≥3 treatment-related adverse events occurred in 21 patients (38.9%), most commonly neutropenia "
        "(14.8%), anemia (9.3%) and hypertension (7.4%).",
        [
            G(3, "*", None, None),
            G(21, "count", "grade ≥3 treatment-related adverse events", None),
            G(38.9, "percent", "grade ≥3 treatment-related adverse events", None),
            G(14.8, "percent", "neutropenia", None),
            G(9.3, "percent", "anemia", None),
            G(7.4, "percent", "hypertension", None),
        ],
    ),
    # https://mdsite.deno.dev/http://www.ncbi.nlm.nih.gov/pmc/articles/PMC4020424 ("The response rate in patients
    # with non-EGFR mutant tumors was 8%"), a subgroup's rate said by its mutation
    (
        "Patients with advanced NSCLC received zorbatinib once daily.",
        "With a median follow-up of 9.8 months, the confirmed ORR was 41.7% (20/48) in patients with EGFR exon 20 "
        "insertions and 28.6% (6/21) in those with HER2 mutations.",
        [
            G(9.8, "median", "follow-up", None, optional=True),
            G(41.7, "percent|rate", "ORR", "EGFR exon 20"),
            G(20, "count", "ORR", "EGFR exon 20"),
            G(48, "denominator", None, None),
            G(20, "*", None, None),
            G(28.6, "percent|rate", "ORR", "HER2"),
            G(6, "count", "ORR", "HER2"),
            G(21, "denominator", None, None),
        ],
    ),
    # https://aacrjournals.org/clincancerres/article/30/22/5042/749566/... ("32%, 41%, and 26% of patients received 1,
    # 2, and >=3 prior therapies, respectively"), the same form for response by dose level
    (
        "Patients received ravolitinib at 100, 200 or 300 mg once daily.",
        "Objective responses were observed in 20%, 33% and 45% of patients treated at 100, 200 and 300 mg, "
        "respectively.",
        [
            G(20, "percent|rate", "objective response", "100 mg"),
            G(33, "percent|rate", "objective response", "200 mg"),
            G(45, "percent|rate", "objective response", "300 mg"),
            G(100, "*", None, None),
            G(200, "*", None, None),
            G(300, "*", None, None),
        ],
    ),
    # https://jitc.bmj.com/content/8/2/e001006 ("The best response was immune-related partial response in 3 patients
    # (3%...)"), a response count at the recommended dose with complete responses among them
    (
        "Patients received telisotuzumab at escalating doses; the recommended phase 2 dose (RP2D) was then expanded.",
        "Responses occurred in 9 of 20 patients (45%) treated at the RP2D, including 2 complete responses. The "
        "disease control rate at the RP2D was 85% (17/20).",
        [
            G(9, "count", "response", "RP2D"),
            G(20, "denominator", None, None),
            G(45, "percent", "response", "RP2D"),
            G(2, "count", "complete response", "RP2D"),
            G(85, "percent|rate", "disease control", "RP2D"),
            G(17, "count", "disease control", "RP2D"),
            G(20, "denominator", None, None),
        ],
    ),
    # https://doaj.org/article/87d2545e1aae4fc497f339a4dd2f548a ("Common drug-related TEAEs in Part A and B were
    # dizziness (8.7% and 15.0%), headache (5.8% and 12.5%) ..."), the any-grade list with '(n = k, p%)'
    (
        ONE_ARM,
        "The most common treatment-related adverse events of any grade were diarrhea (n = 18, 40.0%), rash (n = "
        "14, 31.1%) and stomatitis (n = 9, 20.0%).",
        [
            G(18, "count", "diarrhea", None),
            G(40.0, "percent", "diarrhea", None),
            G(14, "count", "rash", None),
            G(31.1, "percent", "rash", None),
            G(9, "count", "stomatitis", None),
            G(20.0, "percent", "stomatitis", None),
        ],
    ),
    # https://vufind-test.katalog.k.utb.cz/SummonRecord/FETCH-LOGICAL-c443t-... ("ORR was 2.3% (all partial) and 24.4%
    # had stable disease as confirmed best response"), a best-response breakdown summed to a DCR
    (
        ONE_ARM,
        "Among 35 patients evaluable for response, 12 (34.3%) had a partial response and 15 (42.9%) had stable "
        "disease, for a disease control rate of 77.1%.",
        [
            G(35, "count", "evaluable", None, optional=True),
            G(12, "count", "partial response", None),
            G(34.3, "percent", "partial response", None),
            G(15, "count", "stable disease", None),
            G(42.9, "percent", "stable disease", None),
            G(77.1, "percent|rate", "disease control", None),
        ],
    ),
    # https://pmc.ncbi.nlm.nih.gov/articles/PMC5942396 ("PFS hazard ratios (HRs) were reported in 61 (77%) studies;
    # 31 (39%) reported significant PFS improvements"), the same 'were reported in n (p%)' form for dose changes
    (
        ONE_ARM,
        "Of the 84 treated patients, 29 (35%) required a dose reduction and 12 (14%) discontinued treatment because "
        "of adverse events.",
        [
            G(84, "count", "*", None, optional=True),
            G(29, "count", "dose reduction", None),
            G(35, "percent", "dose reduction", None),
            G(12, "count", "discontinued", None),
            G(14, "percent", "discontinued", None),
        ],
    ),
    # https://cslide.ctimeetingtech.com/breast22hybrid/attendee/person/631 ("Median age was 46 (24-71) in SG vs 51
    # (32-74) yrs in TPC arm"), a phase 2 randomized comparison of medians by arm
    (
        "Patients were randomly assigned to trastuzumab deruxan or to physician's choice chemotherapy (TPC).",
        "Median progression-free survival was 9.9 months (95% CI, 7.4-12.5) with trastuzumab deruxan and 4.2 "
        "months (95% CI, 2.8-5.6) with TPC (HR 0.47; 95% CI 0.31-0.71).",
        [
            G(9.9, "median", "progression-free survival", "trastuzumab deruxan"),
            G(7.4, "ci_low", "progression-free survival", "trastuzumab deruxan"),
            G(12.5, "ci_high", "progression-free survival", "trastuzumab deruxan"),
            G(4.2, "median", "progression-free survival", "TPC"),
            G(2.8, "ci_low", "progression-free survival", "TPC"),
            G(5.6, "ci_high", "progression-free survival", "TPC"),
            G(0.47, "hr", "progression-free survival", "*"),
            G(0.31, "ci_low", "progression-free survival", "*"),
            G(0.71, "ci_high", "progression-free survival", "*"),
        ],
    ),
    # https://mdsite.deno.dev/http://www.ncbi.nlm.nih.gov/pmc/articles/PMC4020424 ("Three partial responders had an
    # EGFR mutation. Both patients with a KRAS (G12F) mutation responded."), counts among responders
    (
        ONE_ARM,
        "Partial responses were seen in 9 of 47 patients (19%). Four partial responders had a KRAS mutation, and "
        "both patients with a BRAF V600E mutation responded.",
        [
            G(9, "count", "partial response", None),
            G(47, "denominator", None, None),
            G(19, "percent", "partial response", None),
            G(4, "count", "*", "KRAS", optional=True),
            G(600, "*", None, None),
        ],
    ),
    # https://c.coek.info/pdf-phase-i-open-label-study-evaluating-the-safety-pharmacokinetics-and-preliminary-.html
    # ("Median days on ABBV-181 treatment, range 58.5, 10-358.0"), exposure and PK in a phase 1 oncology paragraph
    (
        "Patients with advanced solid tumors received zelatinib at 50 to 400 mg once daily.",
        "Exposure increased dose-proportionally from 50 to 400 mg. At 400 mg, the geometric mean Cmax at steady "
        "state was 1.84 μg/mL and the mean terminal half-life was 15.2 hours.",
        [
            G(50, "*", None, None),
            G(400, "*", None, None),
            G(400, "*", None, None),
            G(1.84, "geometric_mean", "Cmax", "400 mg"),
            G(15.2, "mean", "half-life", "400 mg"),
        ],
    ),
    # ==== other: dispositions, pharmacokinetics, subgroups, pooled analyses ===========================================
    # https://covid-nma.com/living_data/rob.php?i=259 ("4506 patients randomized; 4488 patients analyzed for
    # efficacy; 4412 analyzed for safety"; "vital and primary endpoint event status were available for all except for
    # 93 patients (97.9%)")
    (
        "Outpatients were randomly assigned to colchicinol or placebo.",
        "A total of 4318 patients underwent randomization; 4297 were included in the efficacy analysis and 4226 in "
        "the safety analysis. Vital status at day 28 was available for 4205 patients (97.4%).",
        [
            G(4318, "count", "*", None, optional=True),
            G(4297, "count", "efficacy analysis", None, optional=True),
            G(4226, "count", "safety analysis", None, optional=True),
            G(28, "*", None, None),
            G(4205, "count", "vital status", None, optional=True),
            G(97.4, "percent", "vital status", None, optional=True),
        ],
    ),
    # http://www.bmj.com/cgi/content/full/337/dec15_2/a2664 ("357 randomised participants (178 surgical, 179 medical)
    # and 453 preference participants (261, 192); mean age 46; 66% men")
    (
        "Patients with reflux disease were randomly assigned to laparoscopic surgery or to medical management.",
        "In all, 362 participants were randomised (181 to surgery, 181 to medical management) and 447 joined the "
        "preference groups (258 surgery, 189 medical); the mean age was 47 years and 64% were men.",
        [
            G(362, "count", "*", None, optional=True),
            G(181, "count", "*", "surgery", optional=True),
            G(181, "count", "*", "medical", optional=True),
            G(447, "count", "*", "preference", optional=True),
            G(258, "count", "*", "surgery", optional=True),
            G(189, "count", "*", "medical", optional=True),
            G(47, "mean", "age", None),
            G(64, "percent", "men", None, optional=True),
        ],
    ),
    # https://studylib.net/doc/25253881/clopidogrel-2b ("randomly allocated to receive oral anticoagulation therapy
    # (target international normalised ratio of 2·0-3·0; n=3371) or clopidogrel (75 mg per day) plus aspirin ...
    # (n=3335)"), a disposition said in the results
    (
        "Patients with atrial fibrillation were randomly assigned to warfarin or to dual antiplatelet therapy.",
        "Of the 6812 patients enrolled, 3406 were allocated to warfarin and 3406 to dual antiplatelet therapy; "
        "follow-up was complete for 6779 patients (99.5%).",
        [
            G(6812, "count", "*", None, optional=True),
            G(3406, "count", "*", "warfarin", optional=True),
            G(3406, "count", "*", "dual antiplatelet", optional=True),
            G(6779, "count", "follow-up", None, optional=True),
            G(99.5, "percent", "follow-up", None, optional=True),
        ],
    ),
    # https://c.coek.info/pdf-unresectable-squamous-cell-carcinoma-of-the-lung-an-outcomes-study-.html ("Overall
    # survival (OS) at 5 years for Stages I, II, and III was 10%, 14%, and 7% (p = 0.0034); local-regional control at
    # 5 years was 51%, 38%, and 29% (p = 0.0003) ..., respectively.")
    (
        "Patients with inoperable squamous cell lung cancer received definitive radiotherapy.",
        "Overall survival at 5 years for stages I, II, and III was 12%, 15%, and 6% (p = 0.003); local-regional "
        "control at 5 years was 49%, 35%, and 27% (p = 0.001), respectively.",
        [
            G(5, "*", None, None),
            G(12, "percent|rate", "5-year overall survival", "stage I"),
            G(15, "percent|rate", "5-year overall survival", "stage II"),
            G(6, "percent|rate", "5-year overall survival", "stage III"),
            G(0.003, "p", "5-year overall survival", "*"),
            G(5, "*", None, None),
            G(49, "percent|rate", "5-year local-regional control", "stage I"),
            G(35, "percent|rate", "5-year local-regional control", "stage II"),
            G(27, "percent|rate", "5-year local-regional control", "stage III"),
            G(0.001, "p", "5-year local-regional control", "*"),
        ],
    ),
    # https://pmc.ncbi.nlm.nih.gov/articles/PMC2731793 ("The 5-year and median survivals of the IASLC IIIA patients
    # including those shifted from the UICC-6 IIIB were 37% and 35 months, respectively.")
    (
        "Patients who underwent complete resection of non-small cell lung cancer were restaged.",
        "The 5-year survival and median survival of the reclassified stage IIIA patients were 34% and 31 months, "
        "respectively.",
        [
            G(5, "*", None, None),
            G(34, "percent|rate", "5-year survival", "stage IIIA"),
            G(31, "median", "survival", "stage IIIA"),
        ],
    ),
    # https://ar5iv.labs.arxiv.org/html/1608.04300 ("Area under the ROC curve (AUC) for diagnostic measures as HRPFS,
    # MEDPFS and %MEDPFS were 0.69, 0.70 and 0.75, respectively.") and https://pmc.ncbi.nlm.nih.gov/articles/PMC8462040
    # /table/T4 (HR by age subgroup), a subgroup paragraph with an interaction P
    (
        "Patients with heart failure were randomly assigned to velociguat or placebo.",
        "The effect of velociguat on the primary outcome was consistent in patients aged 65 years or older (hazard "
        "ratio, 0.74; 95% CI, 0.61 to 0.90) and in those younger than 65 years (hazard ratio, 0.81; 95% CI, 0.65 "
        "to 1.01; P=0.52 for interaction).",
        [
            G(65, "*", None, None),
            G(0.74, "hr", "primary outcome", "65 years or older"),
            G(0.61, "ci_low", "primary outcome", "65 years or older"),
            G(0.90, "ci_high", "primary outcome", "65 years or older"),
            G(65, "*", None, None),
            G(0.81, "hr", "primary outcome", "younger than 65"),
            G(0.65, "ci_low", "primary outcome", "younger than 65"),
            G(1.01, "ci_high", "primary outcome", "younger than 65"),
            G(0.52, "p", "*", "*"),
        ],
    ),
    # https://mdsite.deno.dev/http://www.ncbi.nlm.nih.gov/pmc/articles/PMC4020424 ("The response rate in patients
    # with non-EGFR mutant tumors was 8%"), the subgroup contrast said in one sentence
    (
        "Patients with advanced NSCLC received zorbatinib once daily.",
        "The response rate was 9% in patients with wild-type EGFR and 38% in the 8 patients with an EGFR mutation.",
        [
            G(9, "percent|rate", "response rate", "wild-type EGFR"),
            G(38, "percent|rate", "response rate", "EGFR mutation"),
            G(8, "count", "*", "EGFR mutation", optional=True),
        ],
    ),
    # https://pmc.ncbi.nlm.nih.gov/articles/PMC1495320/ ("Warfarin was more efficacious than placebo for primary
    # stroke prevention (aggregate odds ratio [OR] of stroke =0.30, 95% confidence interval [CI] 0.19, 0.48), with
    # moderate evidence of more major bleeding (OR 1.90; 95% CI 0.89, 4.04).")
    (
        "Eleven randomized trials of anticoagulation in atrial fibrillation were pooled.",
        "Velaxaban was more efficacious than placebo for stroke prevention (aggregate odds ratio of stroke, 0.34; "
        "95% CI, 0.21 to 0.52), with moderate evidence of more major bleeding (odds ratio, 1.84; 95% CI, 0.92 to "
        "3.71).",
        [
            G(0.34, "or", "stroke", "*"),
            G(0.21, "ci_low", "stroke", "*"),
            G(0.52, "ci_high", "stroke", "*"),
            G(1.84, "or", "major bleeding", "*"),
            G(0.92, "ci_low", "major bleeding", "*"),
            G(3.71, "ci_high", "major bleeding", "*"),
        ],
    ),
    # https://zhixidata.com/details/1/928528076/2/4 ("There were 43 deaths, RR=0.72 (0.33, 1.45; P=0.37)")
    (
        "Patients with hypertension were randomly assigned to verapril or placebo for 8 weeks.",
        "There were 39 deaths during the double-blind period (relative risk, 0.76; 95% CI, 0.35 to 1.52; P=0.41). "
        "Dropouts for lack of blood pressure control were more frequent with placebo (relative risk, 2.48; 95% CI, "
        "2.29 to 2.69).",
        [
            G(39, "count", "deaths", None),
            G(0.76, "rr", "deaths", "*"),
            G(0.35, "ci_low", "deaths", "*"),
            G(1.52, "ci_high", "deaths", "*"),
            G(0.41, "p", "deaths", "*"),
            G(2.48, "rr", "dropouts", "*"),
            G(2.29, "ci_low", "dropouts", "*"),
            G(2.69, "ci_high", "dropouts", "*"),
        ],
    ),
    # https://informahealthcare.com/doi/abs/10.2147/tcrm.s12160423 ("Forty-one presented with an intracranial
    # hemorrhage (19 on warfarin, 10 on aspirin).")
    (
        "Patients admitted with stroke and atrial fibrillation were reviewed.",
        "Thirty-eight patients presented with an intracranial hemorrhage (17 on warfarin, 9 on aspirin). Of the "
        "141 patients with known atrial fibrillation, only 40 were on treatment consistent with the guidelines.",
        [
            G(38, "count", "intracranial hemorrhage", None),
            G(17, "count", "intracranial hemorrhage", "warfarin"),
            G(9, "count", "intracranial hemorrhage", "aspirin"),
            G(141, "count", "*", None, optional=True),
            G(40, "count", "consistent with the guidelines", None),
        ],
    ),
    # https://doaj.org/article/87d2545e1aae4fc497f339a4dd2f548a ("Of 109 subjects randomized (Part A = 69 and Part B =
    # 40 ...), 31 (44.9%) in Part A and 29 (72.5%) in Part B experienced treatment-emergent adverse events (TEAEs) ...
    # Common drug-related TEAEs in Part A and B were dizziness (8.7% and 15.0%), headache (5.8% and 12.5%) and blurred
    # vision (8.7% and 20%).")
    (
        "Healthy subjects received single ascending doses (Part A) or multiple ascending doses (Part B) of dorimetan.",
        "Of 112 subjects randomized (Part A, n = 72; Part B, n = 40), 33 (45.8%) in Part A and 28 (70.0%) in Part B "
        "experienced treatment-emergent adverse events. Common drug-related adverse events in Parts A and B were "
        "dizziness (9.7% and 15.0%), headache (6.9% and 12.5%) and blurred vision (8.3% and 17.5%).",
        [
            G(112, "count", "*", None, optional=True),
            G(72, "count", "*", "Part A", optional=True),
            G(40, "count", "*", "Part B", optional=True),
            G(33, "count", "treatment-emergent adverse events", "Part A"),
            G(45.8, "percent", "treatment-emergent adverse events", "Part A"),
            G(28, "count", "treatment-emergent adverse events", "Part B"),
            G(70.0, "percent", "treatment-emergent adverse events", "Part B"),
            G(9.7, "percent", "dizziness", "Part A"),
            G(15.0, "percent", "dizziness", "Part B"),
            G(6.9, "percent", "headache", "Part A"),
            G(12.5, "percent", "headache", "Part B"),
            G(8.3, "percent", "blurred vision", "Part A"),
            G(17.5, "percent", "blurred vision", "Part B"),
        ],
    ),
    # same page ("with maximum plasma concentration occurring at a median tmax between 4.0 and 6.0 h. A high-fat meal
    # increased systemic exposure.")
    (
        "Healthy subjects received single oral doses of dorimetan from 1 to 40 mg.",
        "Maximum plasma concentrations occurred at a median tmax between 3.5 and 5.0 h, and the mean terminal "
        "half-life ranged from 21.4 to 27.9 h. A high-fat meal increased AUC by 34%.",
        [
            G(3.5, "*", "tmax", "*"),
            G(5.0, "*", "tmax", "*"),
            G(21.4, "*", "half-life", "*"),
            G(27.9, "*", "half-life", "*"),
            G(34, "percent|value", "AUC", "*"),
        ],
    ),
    # https://www.bps.ac.uk/publishing/our-journals/british-journal-of-clinical-pharmacology/volume-83/issue-6/10-1111-
    # bcp-13213 ("Overall, the fraction of unchanged LC28-0126 excreted during the 48 or 72 h after administration was
    # below 5%. The systemic exposure ... increased in a dose-proportional manner in the dose range of 0.3-200 mg.")
    (
        "Healthy male subjects received single intravenous doses of necrostatin from 0.3 to 200 mg.",
        "Overall, 3.8% of the dose was excreted unchanged in urine within 48 h, and systemic exposure increased "
        "dose-proportionally from 0.3 to 200 mg. Clearance was 21.6 L/h (CV, 18%).",
        [
            G(3.8, "percent|value", "excreted unchanged in urine", "*"),
            G(48, "*", None, None),
            G(0.3, "*", None, None),
            G(200, "*", None, None),
            G(21.6, "mean|value|geometric_mean", "clearance", "*"),
            G(18, "cv_percent", "clearance", "*"),
        ],
    ),
    # https://flamechallenge.authorea.com/users/354289/articles/477903/download_zip ("In the fed state, after a single
    # 10 mg dose of the LSF, geometric mean Cmax and AUC0-24 were lower and median tmax was longer than after the same
    # dose in the fasting state")
    (
        "Healthy participants received a single 10 mg dose of selodepside fasting and after a meal.",
        "In the fed state, the geometric mean Cmax was 1.12 ng/mL and the median tmax was 4.0 h, compared with 1.81 "
        "ng/mL and 1.5 h in the fasting state.",
        [
            G(1.12, "geometric_mean", "Cmax", "fed"),
            G(4.0, "median", "tmax", "fed"),
            G(1.81, "geometric_mean", "Cmax", "fasting"),
            G(1.5, "median", "tmax", "fasting"),
        ],
    ),
    # https://pmc.ncbi.nlm.nih.gov/articles/PMC4180907/table/Tab2 ("Area under the concentration-time curve ... Severe
    # renal impairment vs healthy subjects 64 % higher | Moderate hepatic impairment vs healthy subjects 127 %
    # higher"), the hepatic-impairment result said with its ratio
    (
        "Subjects with moderate hepatic impairment and matched healthy subjects received a single dose of riloxaban.",
        "The geometric mean AUC was 1842 ng·h/mL in subjects with moderate hepatic impairment and 1214 ng·h/mL in "
        "healthy subjects (ratio, 1.52; 90% CI, 1.21 to 1.91).",
        [
            G(1842, "geometric_mean", "AUC", "hepatic impairment"),
            G(1214, "geometric_mean", "AUC", "healthy"),
            G(1.52, "value|*", "AUC", "*"),
            G(1.21, "ci_low", "AUC", "*"),
            G(1.91, "ci_high", "AUC", "*"),
        ],
    ),
    # same table ("Maximum concentration ... 35 % higher" with severe renal impairment), said as 'X% higher in'
    (
        "Subjects with severe renal impairment and matched healthy subjects received a single dose of riloxaban.",
        "Cmax was 31% higher and AUC was 58% higher in subjects with severe renal impairment than in healthy "
        "subjects, while the half-life was similar (11.2 vs 10.6 h).",
        [
            G(31, "percent|value", "Cmax", "renal impairment"),
            G(58, "percent|value", "AUC", "renal impairment"),
            G(11.2, "*", "half-life", "renal impairment"),
            G(10.6, "*", "half-life", "healthy"),
        ],
    ),
    # same table ("Co-administration with strong CYP3A4 and P-gp inhibitor vs without ... Approximately 150 % higher")
    (
        "Healthy subjects received riloxaban alone and with itraconazole.",
        "Coadministration with itraconazole increased riloxaban AUC 2.4-fold (90% CI, 2.1 to 2.8) and Cmax "
        "1.6-fold (90% CI, 1.4 to 1.8).",
        [
            G(2.4, "value|*", "AUC", "*"),
            G(2.1, "ci_low", "AUC", "*"),
            G(2.8, "ci_high", "AUC", "*"),
            G(1.6, "value|*", "Cmax", "*"),
            G(1.4, "ci_low", "Cmax", "*"),
            G(1.8, "ci_high", "Cmax", "*"),
        ],
    ),
    # https://www.researchsquare.com/article/rs-1071881/v1.html ("The adjusted OR for in-hospital mortality was 0.66
    # (95% CI, 0.44-0.99; p=0.049) and statistically significant in patients with septic shock, whereas it was 0.85
    # (95% CI, 0.64-1.15; p=0.300) in patients with sepsis but without shock.")
    (
        "Patients with sepsis were randomly assigned to vasoprelin or to norepinephrine alone.",
        "The adjusted odds ratio for in-hospital death was 0.69 (95% CI, 0.47-0.98; P=0.04) in patients with "
        "septic shock, whereas it was 0.88 (95% CI, 0.66-1.17; P=0.38) in patients with sepsis but without shock.",
        [
            G(0.69, "or", "in-hospital death", "septic shock"),
            G(0.47, "ci_low", "in-hospital death", "septic shock"),
            G(0.98, "ci_high", "in-hospital death", "septic shock"),
            G(0.04, "p", "in-hospital death", "septic shock"),
            G(0.88, "or", "in-hospital death", "without shock"),
            G(0.66, "ci_low", "in-hospital death", "without shock"),
            G(1.17, "ci_high", "in-hospital death", "without shock"),
            G(0.38, "p", "in-hospital death", "without shock"),
        ],
    ),
    # https://www.manualshelf.com/manual/boston-scientific/crmn11906/user-manual-part-4-english/page-8.html ("These
    # results demonstrated that CRT-D was associated with a 36% reduction in the risk of all-cause mortality when
    # compared to OPT alone.") and the same page's "Number of Events OPT: 77 CRT-D: 105"
    (
        "Patients were randomly assigned to optimal medical therapy (medical arm) or to the device (device arm).",
        "All-cause death occurred in 74 patients in the medical arm and in 101 patients in the device arm. The "
        "device was associated with a 34% reduction in the risk of all-cause mortality (P=0.004).",
        [
            G(74, "count", "all-cause death|all-cause mortality", "medical"),
            G(101, "count", "all-cause death|all-cause mortality", "device"),
            G(34, "value|percent", "all-cause mortality", "*"),
            G(0.004, "p", "all-cause mortality", "*"),
        ],
    ),
]
