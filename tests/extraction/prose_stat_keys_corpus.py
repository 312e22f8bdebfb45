"""Statistic keys: a sentence names the statistics of its numbers in a bracket after the first one ("The mean (SD)
age was 61.2 (9.8) years", "Median (95% CI) rPFS was 11.5 (9.2-19.1) months", "The mean (median, range) dose to
the kidneys was 0.73 (0.63, 0.22-1.8) Gy/GBq", "mean [SD] age, 63.2 [9.8] years"), and then prints the values in the
same shape, once or once per group ("... 6 (4-9) days in the A group and 8 (5-12) days in the B group"). The largest
tuning family of numbers "no statement form reads" (bench/prose_bindings.py --withheld --tuning-only: the dosimetry
and survival sentences of a radioligand paper, a trough-concentration sentence by arm), sampled from public
results and abstract paragraphs found with the ``search`` tool (corpus ``pages``). Drugs, numbers and wording are
invented; each entry's comment gives the address whose paragraph (or table key, set here as the prose that prints
the same key) showed the form. Every gold was written before any paragraph was read back.

Entry format: that of tests/extraction/prose_sampled_forms_corpus.py (``(context, paragraph, gold)``), scored by
tests/extraction/prose_sampled_forms_score.py. First contact and end figures: tests/extraction/test_prose_stat_keys.py.
"""

from __future__ import annotations

from tests.extraction.prose_sampled_forms_corpus import Entry, G

ONE_ARM = "Patients received talvorafib orally once daily until progression or unacceptable toxicity."
RLT = (
    "Participants received four cycles of a radioligand every 6 weeks, with planar and SPECT/CT imaging after cycle 1."
)
TWO = "Patients were randomly assigned to the intervention group or to the usual care group."
ARMS_AB = "Patients were randomly assigned to pertavimab 420 mg (Arm A) or pertavimab 840 mg (Arm B) every 3 weeks."

CORPUS: list[Entry] = [
    # ---- mean (median, range): four statistics, one tuple ----------------------------------------------------------
    # https://jnm.snmjournals.org/highwire/markup/76381/expansion (key "mean (median) ± SD (minimum to maximum)"; a
    # dosimetry results table of a radioligand therapy)
    (
        RLT,
        "The mean (median, range) absorbed dose to the parotid glands was 0.41 (0.33, 0.12-1.6) Gy/GBq.",
        [
            G(0.41, "mean", "absorbed dose to the parotid glands|parotid glands", None),
            G(0.33, "median", "absorbed dose to the parotid glands|parotid glands", None),
            G(0.12, "min", "absorbed dose to the parotid glands|parotid glands", None),
            G(1.6, "max", "absorbed dose to the parotid glands|parotid glands", None),
        ],
    ),
    # same page (a subject that receives the dose: "Tumour lesions received a mean (median, range) dose of ...")
    (
        RLT,
        "Tumour lesions received a mean (median, range) dose of 5.1 (2.4, 0.4-29.7) Gy/GBq (n=18 lesions from 6 "
        "participants).",
        [
            G(5.1, "mean", "dose|tumour lesions", None),
            G(2.4, "median", "dose|tumour lesions", None),
            G(0.4, "min", "dose|tumour lesions", None),
            G(29.7, "max", "dose|tumour lesions", None),
            G(18, "*", None, None, True),
            G(6, "*", None, None, True),
        ],
    ),
    # same page (two tuples told apart by the method each was computed with: no group of the trial)
    (
        RLT,
        "The mean (median, range) dose to red marrow was 0.041 (0.038, 0.012-0.066) Gy/GBq with the image-based "
        "method (n=6) and 0.029 (0.024, 0.011-0.09) Gy/GBq with the blood-based method (n=25).",
        [
            G(0.041, "mean", "dose to red marrow (image-based)", None, True),
            G(0.038, "median", "dose to red marrow (image-based)", None, True),
            G(0.012, "min", "dose to red marrow (image-based)", None, True),
            G(0.066, "max", "dose to red marrow (image-based)", None, True),
            G(0.029, "mean", "dose to red marrow (blood-based)", None, True),
            G(0.024, "median", "dose to red marrow (blood-based)", None, True),
            G(0.011, "min", "dose to red marrow (blood-based)", None, True),
            G(0.09, "max", "dose to red marrow (blood-based)", None, True),
            G(6, "*", None, None, True),
            G(25, "*", None, None, True),
        ],
    ),
    # ---- median (95% CI): an estimate and its interval ------------------------------------------------------------
    # https://pmc.ncbi.nlm.nih.gov/articles/PMC3731075 ("The ITT hazard ratios (95% confidence intervals) of CHD for
    # initiators versus noninitiators were 1.42 (0.92 – 2.20) for the first 2 years")
    (
        ONE_ARM,
        "Median (95% CI) radiographic progression-free survival was 9.8 (7.4-14.1) months, and the confirmed "
        "objective response rate was 44% (8/18).",
        [
            G(9.8, "median", "radiographic progression-free survival|rPFS", None),
            G(7.4, "ci_low", "radiographic progression-free survival|rPFS", None),
            G(14.1, "ci_high", "radiographic progression-free survival|rPFS", None),
            G(44, "percent|rate", "objective response rate|ORR", None),
            G(8, "count", "objective response rate|ORR", None),
        ],
    ),
    # same page ("The ITT hazard ratios were 0.84 (0.61 – 1.14) in women within 10 years of menopause, and 1.12 ...")
    (
        ONE_ARM,
        "The median (95% CI) overall survival was 18.6 (12.9-not evaluable) months with a median follow-up of 16.2 "
        "months.",
        [
            G(18.6, "median", "overall survival|OS", None),
            G(12.9, "ci_low", "overall survival|OS", None),
            G(16.2, "median", "follow-up", None, True),
        ],
    ),
    # https://bmjopen.bmj.com/content/11/5/e045414 ("with an HR (95% CI) of 5.0 (2.0 to 12.1) for high versus low
    # acuity care")
    (
        TWO,
        "Mortality at 90 days was lower in the intervention group, with an HR (95% CI) of 0.62 (0.44 to 0.87).",
        [
            G(0.62, "hr", "mortality at 90 days|mortality", "*"),
            G(0.44, "ci_low", "mortality at 90 days|mortality", "*"),
            G(0.87, "ci_high", "mortality at 90 days|mortality", "*"),
        ],
    ),
    # ---- mean (SD) / median (IQR) / mean (range): two statistics ---------------------------------------------------
    # https://heart.bmj.com/lookup/ijlink/... (Kulik et al., valve replacement: "with mean follow-up of 5.6 (4.5)
    # years"); https://pmc.ncbi.nlm.nih.gov/articles/PMC6669255/table/table-wrap45 ("mean age=57.4(10.8) years")
    (
        TWO,
        "The mean (SD) age of the 248 participants was 61.2 (9.8) years, and 131 (52.8%) were women.",
        [
            G(61.2, "mean", "age", None),
            G(9.8, "sd", "age", None),
            G(248, "*", "*", None, True),
            G(131, "count", "women", None, True),
            G(52.8, "percent", "women", None, True),
        ],
    ),
    # https://erj.ersjournals.com/highwire/markup/104939/expansion (key "median (interquartile range)", "Hospital
    # length of stay days 9 (3.3–16.8) 8 (6–16)" by group)
    (
        TWO,
        "The median (IQR) length of hospital stay was 7 (4-11) days in the intervention group and 9 (5-14) days in "
        "the usual care group (P = 0.04).",
        [
            G(7, "median", "length of hospital stay", "intervention"),
            G(4, "q1", "length of hospital stay", "intervention"),
            G(11, "q3", "length of hospital stay", "intervention"),
            G(9, "median", "length of hospital stay", "usual care"),
            G(5, "q1", "length of hospital stay", "usual care"),
            G(14, "q3", "length of hospital stay", "usual care"),
            G(0.04, "p", "length of hospital stay", "*"),
        ],
    ),
    # https://pmc.ncbi.nlm.nih.gov/articles/PMC7445008/table/t0020 ("Time to clinical response, median(IQR) (days)
    # 9(6–10) 11(9–15)")
    (
        TWO,
        "Median (IQR) time to clinical response was 8 (6-10) days with the intervention and 11 (9-15) days with usual "
        "care.",
        [
            G(8, "median", "time to clinical response", "intervention"),
            G(6, "q1", "time to clinical response", "intervention"),
            G(10, "q3", "time to clinical response", "intervention"),
            G(11, "median", "time to clinical response", "usual care"),
            G(9, "q1", "time to clinical response", "usual care"),
            G(15, "q3", "time to clinical response", "usual care"),
        ],
    ),
    # https://pmc.ncbi.nlm.nih.gov/articles/PMC4465249/table/T1 ("Length of wean (days), Mean (SD) 16.19 (11.56)
    # 8.92 (3.37)")
    (
        TWO,
        "The mean (SD) duration of weaning was 15.2 (10.9) days before and 8.4 (3.1) days after the protocol was "
        "introduced.",
        [
            G(15.2, "mean", "duration of weaning", "*", True),
            G(10.9, "sd", "duration of weaning", "*", True),
            G(8.4, "mean", "duration of weaning", "*", True),
            G(3.1, "sd", "duration of weaning", "*", True),
        ],
    ),
    # ---- a key per group: the tuple said again after each arm ------------------------------------------------------
    # tuning form (a trough concentration by arm) seen in the wild at https://bmccardiovascdisord.biomedcentral.com/
    # articles/10.1186/1471-2261-13-111/tables/2 ("Mean (SE) ... SBP (mmHg) 144.1 (2.6) ... 137.0 (2.7)")
    (
        ARMS_AB,
        "The mean (SD) trough concentration at day 43 was 41.3 (16.9) ug/mL in Arm A and 64.2 (27.5) ug/mL in Arm B.",
        [
            G(41.3, "mean", "trough concentration at day 43|trough concentration", "Arm A"),
            G(16.9, "sd", "trough concentration at day 43|trough concentration", "Arm A"),
            G(64.2, "mean", "trough concentration at day 43|trough concentration", "Arm B"),
            G(27.5, "sd", "trough concentration at day 43|trough concentration", "Arm B"),
            G(43, "*", None, None),
        ],
    ),
    # same page ("Mean (SE)", change from baseline by group)
    (
        TWO,
        "The mean (SE) change in systolic blood pressure from baseline was -6.1 (2.4) mm Hg in the intervention group "
        "and -1.9 (2.5) mm Hg in the usual care group.",
        [
            G(-6.1, "mean", "change in systolic blood pressure", "intervention"),
            G(2.4, "se", "change in systolic blood pressure", "intervention"),
            G(-1.9, "mean", "change in systolic blood pressure", "usual care"),
            G(2.5, "se", "change in systolic blood pressure", "usual care"),
        ],
    ),
    # ---- the JAMA abstract key: "(mean [SD] age, 63.2 [9.8] years; ...)" -----------------------------------------
    # https://bjgpopen.org/highwire/markup/2755/expansion ("Mean age, years (SD) 66.5 (12.3)"); the bracketed form of
    # JAMA network abstracts
    (
        TWO,
        "Of 412 randomized patients (mean [SD] age, 63.2 [9.8] years; 180 [43.7%] women), 398 (96.6%) completed the "
        "trial.",
        [
            G(412, "*", "*", None, True),
            G(63.2, "mean", "age", None),
            G(9.8, "sd", "age", None),
            G(180, "count", "women", None, True),
            G(43.7, "percent", "women", None, True),
            G(398, "count", "completed the trial|completed", None),
            G(96.6, "percent", "completed the trial|completed", None),
        ],
    ),
    (
        ONE_ARM,
        "A total of 57 patients (median [IQR] age, 66 [58-72] years; 34 [60%] men) received at least one dose.",
        [
            G(57, "count", "*", None, True),
            G(66, "median", "age", None),
            G(58, "q1", "age", None),
            G(72, "q3", "age", None),
            G(34, "count", "men", None, True),
            G(60, "percent", "men", None, True),
        ],
    ),
    # ---- median (range) ----------------------------------------------------------------------------------------------
    # https://pubannotation.org/docs/sourcedb/PMC/sourceid/3711907/spans/5754-8582.txt ("The median time-to-onset of
    # drug-induced liver injury was found to be 42 days (range 20-117 days)"), with the key before the subject
    (
        ONE_ARM,
        "Median (range) time to onset of hepatotoxicity was 36 (12-109) days.",
        [
            G(36, "median", "time to onset of hepatotoxicity", None),
            G(12, "min", "time to onset of hepatotoxicity", None),
            G(109, "max", "time to onset of hepatotoxicity", None),
        ],
    ),
    (
        RLT,
        "The median (range) administered activity per cycle was 7.0 (6.1-7.6) GBq.",
        [
            G(7.0, "median", "administered activity per cycle", None, True),
            G(6.1, "min", "administered activity per cycle", None, True),
            G(7.6, "max", "administered activity per cycle", None, True),
        ],
    ),
    # ---- geometric mean (CV%) -------------------------------------------------------------------------------------
    # https://jnm.snmjournals.org/highwire/markup/108952/expansion ("Mean ± SD | COV (%) | Range")
    (
        "Healthy volunteers received a single 100 mg oral dose of lorpatinib.",
        "The geometric mean (CV%) Cmax was 412 (38%) ng/mL and the geometric mean (CV%) AUCinf was 5210 (45%) ng*h/mL.",
        [
            G(412, "geometric_mean", "Cmax", None),
            G(38, "cv_percent", "Cmax", None),
            G(5210, "geometric_mean", "AUCinf", None),
            G(45, "cv_percent", "AUCinf", None),
        ],
    ),
    # ---- the key after the subject: "The mean age (SD) was" -----------------------------------------------------
    # https://cdn.georgeinstitute.org/bibcite/export/bibtex/bibcite_reference/21148 ("The mean age (+/-SD) was 65.8
    # +/- 6.4 years, age at diagnosis was 57.8 +/- 8.7 years")
    (
        TWO,
        "The mean age (SD) was 64.9 (6.8) years and the mean duration of diabetes (SD) was 8.1 (6.0) years.",
        [
            G(64.9, "mean", "age", None),
            G(6.8, "sd", "age", None),
            G(8.1, "mean", "duration of diabetes", None),
            G(6.0, "sd", "duration of diabetes", None),
        ],
    ),
    # ---- what the key does not settle -----------------------------------------------------------------------------
    # https://pmc.ncbi.nlm.nih.gov/articles/PMC3731075 ("... were 1.42 (0.92 – 2.20) for the first 2 years, and 0.96
    # (0.78 – 1.18) for the entire follow-up"): one estimate per period, no group of the trial
    (
        TWO,
        "The hazard ratios (95% CIs) for hospital admission were 0.81 (0.66-0.99) for the first year and 0.93 "
        "(0.79-1.10) for the whole follow-up.",
        [
            G(0.81, "hr", "hospital admission, first year", "*", True),
            G(0.66, "ci_low", "hospital admission, first year", "*", True),
            G(0.99, "ci_high", "hospital admission, first year", "*", True),
            G(0.93, "hr", "hospital admission, whole follow-up", "*", True),
            G(0.79, "ci_low", "hospital admission, whole follow-up", "*", True),
            G(1.10, "ci_high", "hospital admission, whole follow-up", "*", True),
        ],
    ),
    # https://th4.ilovetranslation.com/... (NHANES-style "mean (SD) HbA1c" from baseline to follow-up): two times
    (
        TWO,
        "The mean (SD) HbA1c fell from 8.6 (1.3)% at baseline to 7.7 (1.1)% at 24 weeks.",
        [
            G(8.6, "mean", "HbA1c at baseline", None, True),
            G(1.3, "sd", "HbA1c at baseline", None, True),
            G(7.7, "mean", "HbA1c at 24 weeks", None, True),
            G(1.1, "sd", "HbA1c at 24 weeks", None, True),
            G(24, "*", None, None),
        ],
    ),
]

# The second instance set: paragraphs gathered after the rules were written (gold written before they were read back).
SECOND: list[Entry] = [
    # https://pmc.ncbi.nlm.nih.gov/articles/PMC2846326/table/Tab2 ("Starting dose (mg/d) Median (range) 400 (0–800)
    # ... Mean (SD) 527.8 (177.9)")
    (
        ONE_ARM,
        "The median (range) starting dose was 400 (200-800) mg/d, and the mean (SD) dose intensity was 88.4 (14.2)%.",
        [
            G(400, "median", "starting dose", None),
            G(200, "min", "starting dose", None),
            G(800, "max", "starting dose", None),
            G(88.4, "mean", "dose intensity", None),
            G(14.2, "sd", "dose intensity", None),
        ],
    ),
    # https://pmc.ncbi.nlm.nih.gov/articles/PMC6399170/table/Tab1 ("Weight, median (range), kg 67.2 (35.6‒142.0)", a
    # figure dash)
    (
        ONE_ARM,
        "Median (range) body weight was 66.8 (38.1‒131.5) kg.",
        [
            G(66.8, "median", "body weight|weight", None),
            G(38.1, "min", "body weight|weight", None),
            G(131.5, "max", "body weight|weight", None),
        ],
    ),
    # https://pmc.ncbi.nlm.nih.gov/articles/PMC7139275/table/joi200020t1 ("Age, median (range), y 57.0 (23-84) 57.0
    # (20-82)", by arm)
    (
        "Patients were randomly assigned to doxorubicin plus olavimab or doxorubicin plus placebo.",
        "The median (range) duration of disease was 11.1 (0-244) months in the olavimab group and 11.9 (0-187) months "
        "in the placebo group.",
        [
            G(11.1, "median", "duration of disease", "olavimab"),
            G(0, "min", "duration of disease", "olavimab", True),
            G(244, "max", "duration of disease", "olavimab"),
            G(11.9, "median", "duration of disease", "placebo"),
            G(0, "min", "duration of disease", "placebo", True),
            G(187, "max", "duration of disease", "placebo"),
        ],
    ),
    # https://pmc.ncbi.nlm.nih.gov/articles/PMC11396136/table/jcm-13-05117-t005 ("Results are median (IQR) ... days
    # 32 (18, 75)": quartiles printed with a comma, no dash)
    (
        ONE_ARM,
        "The median (IQR) time from diagnosis to treatment start was 29 (17, 71) days.",
        [
            G(29, "median", "time from diagnosis to treatment start", None),
            G(17, "q1", "time from diagnosis to treatment start", None),
            G(71, "q3", "time from diagnosis to treatment start", None),
        ],
    ),
    # https://pmc.ncbi.nlm.nih.gov/articles/PMC5881572/table/T1 ("Age — yr Mean 40.8 ± 17.1 41.1 ± 17.3"), said with
    # a key by arm
    (
        "Patients were randomly assigned to blinatavab or to chemotherapy.",
        "The mean (SD) age was 41.2 (16.8) years in the blinatavab group and 40.6 (17.0) years in the chemotherapy "
        "group.",
        [
            G(41.2, "mean", "age", "blinatavab"),
            G(16.8, "sd", "age", "blinatavab"),
            G(40.6, "mean", "age", "chemotherapy"),
            G(17.0, "sd", "age", "chemotherapy"),
        ],
    ),
    # https://www.e-crt.org/journal/view.php?number=2629 ("Age at MGC diagnosis, mean±SD 61.3±9.8"), a JAMA-style key
    (
        ONE_ARM,
        "Of 198 patients (mean [SD] age at diagnosis, 60.7 [9.9] years; 146 [73.7%] men), 193 had stage IV disease.",
        [
            G(198, "*", "*", None, True),
            G(60.7, "mean", "age at diagnosis|age", None),
            G(9.9, "sd", "age at diagnosis|age", None),
            G(146, "count", "men", None, True),
            G(73.7, "percent", "men", None, True),
            G(193, "count", "stage IV disease|stage IV", None, True),
        ],
    ),
    # https://pmc.ncbi.nlm.nih.gov/articles/PMC4465249/table/T1 ("Total LOS (days), Mean (SD) 17.88 (5.51) 16.92
    # (4.01)"): two periods, no arm
    (
        "Children were weaned with a written protocol introduced midway through the study.",
        "The mean (SD) total length of stay was 17.5 (5.3) days before and 16.4 (4.2) days after the protocol.",
        [
            G(17.5, "mean", "total length of stay", "*", True),
            G(5.3, "sd", "total length of stay", "*", True),
            G(16.4, "mean", "total length of stay", "*", True),
            G(4.2, "sd", "total length of stay", "*", True),
        ],
    ),
    # https://www.hindawi.com/journals/scientifica/2013/857519/tab3/ ("Median, weeks (95% CI) 6.14 (3.71–8.14)")
    (
        ONE_ARM,
        "The median (95% CI) time to resolution of immune-related adverse events was 6.4 (4.2-8.6) weeks.",
        [
            G(6.4, "median", "time to resolution of immune-related adverse events", None),
            G(4.2, "ci_low", "time to resolution of immune-related adverse events", None),
            G(8.6, "ci_high", "time to resolution of immune-related adverse events", None),
        ],
    ),
]
