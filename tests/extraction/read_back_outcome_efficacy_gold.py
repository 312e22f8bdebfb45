"""What must be read from the outcome-table read-back pages of non-oncology randomized trials
(tests/typeset/read_back/outcome-efficacy.html, then outcome-efficacy-2.html), written from the HTML before each page
was first read back. The form and conventions are `read_back_gold_efficacy.py`'s (row path -> {(column words,
statistic): value}; "~" a cell that is no group's, "?" a contrast printed under a group's head (the group or none);
"NA"/"—" cells say nothing and are not listed; "<.001" is the P value 0.001). Patients with an event ("no. of
patients (%)", "n (%)", "— no. (%)", "n/N (%)", "no. of participants with event") are a count; an event rate ("% per
yr", "% of patients/year", "rate per 1000 person-yr", "% per patient-year", "per 100 patient days"), an "estimated
percentage" and a Kaplan–Meier estimate are a "rate"; "Total no. of events" is "events"; a
difference, a number needed to treat, a win ratio, a ratio of means and a rate ratio are a "value" (trialex has no
statistic of their own; "a ratio of event rates is not" a risk ratio, hint_patterns); a relative risk is "rr".

Convention corrected after the first reading, to the house's (tests/data/golden/README.md: "count: number of
participants (or events, if the table says so)", "events" only where a cell gives both), not counted as a fix: a
column "No. of events" or "No. of outcomes" alone is a count (the gold had "events": 10 values)."""

from __future__ import annotations

from tests.extraction.read_back_gold import Cells, Gold
from tests.extraction.read_back_gold_efficacy import _ci, _cp, _nn, _two

_HR, _P = "Hazard Ratio", "P Value"


def _rated(col: str, values: tuple[float, ...], sub: tuple[str, str]) -> Cells:
    n, pct, rate = values
    return {(f"{col}>{sub[0]}", "count"): n, (f"{col}>{sub[0]}", "percent"): pct, (f"{col}>{sub[1]}", "rate"): rate}


def _count_rate(col: str, n: float, rate: float) -> Cells:
    return {(col, "count"): n, (col, "rate"): rate}


# ---- Table 1 (NEJM, PMC4551392 T4): "no. of patients (%)" and "% per yr" under each group ----------------------
_IC, _SC = "Intensive Control", "Standard Control"
_S1 = ("no. of patients", "% per yr")


def _t1(a: tuple[float, ...], b: tuple[float, ...], hr: tuple[float, float, float], p: float) -> Cells:
    return _rated(_IC, a, _S1) | _rated(_SC, b, _S1) | _ci(_HR, "hr", *hr) | {(_P, "p"): p}


_SEC = "Secondary outcome"
NEJM_PER_YEAR: Gold = {
    ("Primary outcome",): _t1((288, 7.0, 2.15), (331, 8.1, 2.49), (0.86, 0.74, 1.01), 0.07),
    (_SEC, "Death", "Any cause"): _t1((214, 5.2, 1.52), (187, 4.6, 1.31), (1.16, 0.95, 1.41), 0.14),
    (_SEC, "Death", "Cardiovascular causes"): _t1((102, 2.5, 0.72), (89, 2.2, 0.62), (1.15, 0.86, 1.53), 0.34),
    (_SEC, "Nonfatal myocardial infarction"): _t1((141, 3.4, 1.02), (188, 4.6, 1.37), (0.74, 0.60, 0.93), 0.008),
    (_SEC, "Nonfatal stroke"): _t1((58, 1.4, 0.41), (54, 1.3, 0.38), (1.07, 0.74, 1.55), 0.72),
    (_SEC, "Fatal or nonfatal heart failure"): _t1((121, 2.9, 0.87), (110, 2.7, 0.79), (1.10, 0.85, 1.42), 0.47),
}

# ---- Table 2 (PMC9789902 tab1): control first, "Treatment comparison" span over HR, P and ARR ----------------
_PB, _VG, _TC = "Placebo", "Veriguanib", "Treatment comparison"
_S2 = ("n", "Event rate")


def _t2(a: tuple[float, ...], b: tuple[float, ...], hr: tuple[float, float, float]) -> Cells:
    return _rated(_PB, a, _S2) | _rated(_VG, b, _S2) | _ci(f"{_TC}>Hazard ratio", "hr", *hr)


_COMP = "Composite of cardiovascular death or heart failure hospitalization"
VICTORIA_RATES: Gold = {
    ("Primary endpoint", _COMP): _t2((948, 37.6, 36.9), (871, 34.5, 32.8), (0.89, 0.81, 0.98))
    | {(f"{_TC}>P value", "p"): 0.018, (f"{_TC}>Absolute risk reduction", "value"): 4.1},
    ("Secondary endpoints", "Cardiovascular death"): _t2((432, 17.1, 13.6), (405, 16.0, 12.7), (0.93, 0.81, 1.07)),
    ("Secondary endpoints", "Heart failure hospitalization"): _t2(
        (731, 29.0, 28.4), (676, 26.8, 25.5), (0.90, 0.81, 1.00)
    ),
}

# ---- Table 3 (Lancet, PMC8673881 tbl2): "n/N (%)", bare "0", relative risk ------------------------------------
_AX, _CO, _RR, _LP = "Apixoran", "Control", "Relative risk", "p value"


def _t3(a: Cells, b: Cells, rr: tuple[float, float, float] | None = None, p: float | None = None) -> Cells:
    cells = a | b | (_ci(_RR, "rr", *rr) if rr else {})
    return cells | ({(_LP, "p"): p} if p is not None else {})


_SEO, _CPO = "Secondary efficacy outcomes", "Components of the primary outcome"
LANCET_NN: Gold = {
    ("Primary efficacy outcome",): _t3(_nn(_AX, 6, 162, 3.70), _nn(_CO, 16, 161, 9.94), (0.37, 0.15, 0.93), 0.034),
    (_SEO, "Symptomatic and fatal VTE"): _t3(_nn(_AX, 2, 162, 1.23), _nn(_CO, 9, 161, 5.59), (0.22, 0.05, 1.00), 0.050),
    (_SEO, "Symptomatic VTE and all-cause mortality"): _t3(
        _nn(_AX, 5, 162, 3.09), _nn(_CO, 10, 161, 6.21), (0.50, 0.17, 1.42), 0.19
    ),
    (_CPO, "Symptomatic DVT"): _t3({(_AX, "count"): 0}, _cp(_CO, 3, 1.86), (0.14, 0.01, 2.73), 0.20),
    (_CPO, "Symptomatic pulmonary embolism"): _t3(_cp(_AX, 1, 0.62), _cp(_CO, 3, 1.86), (0.33, 0.03, 3.16), 0.37),
    (_CPO, "Myocardial infarction"): {(_AX, "count"): 0, (_CO, "count"): 0},
    ("Primary safety outcome", "Major bleeding"): _nn(_AX, 1, 162, 0.62) | _nn(_CO, 0, 161),
}

# ---- Table 4 (NEJM, PMC9908069 T2): "events (estimated percentage)" spanning both groups --------------------
_G75, _G300 = "75-mg Group", "300-mg Group"
_PEO = "Primary effectiveness outcome: death from any cause, hospitalization for MI, or hospitalization for stroke"
_PSO = "Primary safety outcome: hospitalization for major bleeding with blood-product transfusion"


def _t4(a: tuple[float, float], b: tuple[float, float], hr: tuple[float, float, float]) -> Cells:
    return _count_rate(_G75, *a) | _count_rate(_G300, *b) | _ci(_HR, "hr", *hr)


NEJM_ESTIMATED_PCT: Gold = {
    (_PEO,): _t4((571, 7.14), (552, 7.02), (1.03, 0.92, 1.16)) | {(_P, "p"): 0.62},
    (_PEO, "Death from any cause"): _t4((302, 3.71), (341, 4.28), (0.88, 0.75, 1.03)),
    (_PEO, "Hospitalization for MI"): _t4((219, 2.86), (205, 2.71), (1.07, 0.88, 1.29)),
    (_PEO, "Hospitalization for stroke"): _t4((97, 1.19), (90, 1.21), (1.08, 0.81, 1.44)),
    (_PSO,): _t4((50, 0.61), (42, 0.57), (1.19, 0.79, 1.80)) | {(_P, "p"): 0.40},
}

# ---- Table 5 (PLoS ONE, PMC6326474 t004): the measure named in a cell of the "Effect size" span -------------
_IV, _CT, _ES, _CI5, _P5 = "Intervention", "Control", "Effect size", "95% CI", "P Value"


def _t5(a: Cells, b: Cells, stat: str, v: float, lo: float, hi: float, p: float) -> Cells:
    return a | b | {(_ES, stat): v, (_CI5, "ci_low"): lo, (_CI5, "ci_high"): hi, (_P5, "p"): p}


_KSO = "Key secondary outcomes"
PLOS_EFFECT_SIZE: Gold = {
    ("Primary outcome", "Patients with a thromboembolic or major bleeding event, no. (%)"): _t5(
        _cp(_IV, 28, 9.4), _cp(_CT, 46, 13.5), "hr", 0.68, 0.43, 1.08, 0.10
    ),
    (_KSO, "All-cause mortality, no. (%)"): _t5(_cp(_IV, 16, 5.4), _cp(_CT, 29, 8.5), "hr", 0.62, 0.34, 1.14, 0.12),
    (_KSO, "Patients with a thromboembolic event, no. (%)"): _t5(
        _cp(_IV, 13, 4.4), _cp(_CT, 25, 7.3), "or", 0.58, 0.29, 1.16, 0.13
    ),
    (_KSO, "Hospitalized patients, no. (%)"): _t5(
        _cp(_IV, 141, 47.3), _cp(_CT, 190, 55.7), "or", 0.71, 0.52, 0.97, 0.032
    ),
    (_KSO, "Hospitalizations per patient, median (IQR)"): _t5(
        {(_IV, "median"): 2, (_IV, "q1"): 1, (_IV, "q3"): 3},
        {(_CT, "median"): 2, (_CT, "q1"): 1, (_CT, "q3"): 4},
        "value",
        0.84,
        0.71,
        0.99,
        0.041,
    ),
    (_KSO, "Quality of life (EQ-5D), mean (SD)"): _t5(
        {(_IV, "mean"): -0.03, (_IV, "sd"): 0.2},
        {(_CT, "mean"): -0.02, (_CT, "sd"): 0.2},
        "value",
        -0.01,
        -0.05,
        0.03,
        0.52,
    ),
}

# ---- Table 6 (JAMA, PMC5817971 joi170116t2): dose groups, mean (95% CI), ETD and P rows under the groups ----
_PG = "Placebo Group"
_DOSES = ("Glumaride 5 mg", "Glumaride 10 mg", "Glumaride 20 mg")


def _means(placebo: tuple[float, float, float], *doses: tuple[float, float, float]) -> Cells:
    cells = _ci(_PG, "mean", *placebo)
    for dose, (v, lo, hi) in zip(_DOSES, doses, strict=True):
        cells |= _ci(dose, "mean", v, lo, hi)
    return cells


def _etd(*doses: tuple[float, float, float]) -> Cells:
    cells: Cells = {}
    for dose, (v, lo, hi) in zip(_DOSES, doses, strict=True):
        cells |= _ci("?" + dose, "value", v, lo, hi)
    return cells


def _ps(*ps: float) -> Cells:
    return {("?" + dose, "p"): p for dose, p in zip(_DOSES, ps, strict=True)}


_PA, _SA = "Primary Analysis", "Secondary Analyses"
_HBA = "Change from baseline in HbA1c level to week 26, mean (95% CI), %"
_BW = "Change from baseline in body weight to week 26, mean (95% CI), kg"
JAMA_DOSE_MEANS: Gold = {
    (_PA, _HBA): _means((-0.3, -0.5, -0.1), (-1.2, -1.4, -1.0), (-1.5, -1.7, -1.3), (-1.7, -1.9, -1.5)),
    (_PA, "ETD vs placebo for HbA1c level (95% CI), %"): _etd(
        (-0.9, -1.2, -0.6), (-1.2, -1.5, -0.9), (-1.4, -1.7, -1.0)
    ),
    (_PA, "P value"): _ps(0.001, 0.001, 0.001),
    (_SA, _BW): _means((-1.2, -2.0, -0.4), (-2.1, -2.9, -1.3), (-2.8, -3.6, -2.0), (-4.1, -4.9, -3.3)),
    (_SA, "ETD vs placebo for body weight (95% CI), kg"): _etd(
        (-0.9, -2.0, 0.2), (-1.6, -2.7, -0.5), (-2.9, -4.0, -1.8)
    ),
    (_SA, "P value"): _ps(0.11, 0.004, 0.001),
}


# ---- Table 7 (EHJ, PMC5950928 ehy056-T3): groups as rows, rate per 100 patient days, rate ratio on the first -----
def _t7(n: float, events: float, rate: tuple[float, float, float], ratio: tuple[float, ...] | None = None) -> Cells:
    cells: Cells = {("No. of patients", "count"): n, ("No. of outcomes", "count"): events}
    cells |= _ci("Incidence rate", "rate", *rate)
    if ratio:
        cells |= _ci("Rate ratio", "value", *ratio[:3]) | {("P-value", "p"): ratio[3]}
    return cells


_EA, _DA, _HC, _TE = (
    "Early anticoagulation",
    "Delayed anticoagulation",
    "Haemorrhagic complication",
    "Thromboembolic complication",
)
EHJ_ARM_ROWS: Gold = {
    (_HC, _EA): _t7(66, 15, (3.14, 1.76, 5.17), (8.72, 3.01, 30.90, 0.01)),
    (_HC, _DA): _t7(71, 4, (0.35, 0.09, 0.89)),
    (_TE, _EA): _t7(66, 2, (0.42, 0.05, 1.51), (0.48, 0.07, 2.12, 0.37)),
    (_TE, _DA): _t7(71, 7, (0.61, 0.24, 1.25)),
}

# ---- Table 8 (Heart, highwire 169963): "No. events (% per patient-year)" spanning both groups -----------------
_CL, _AS = "Clopidex", "Aspirin"


def _t8(a: tuple[float, float], b: tuple[float, float], hr: tuple[float, ...] | None, p: float) -> Cells:
    cells = _count_rate(_CL, *a) | _count_rate(_AS, *b) | {("P value", "p"): p}
    return cells | (_ci("HR", "hr", *hr) if hr else {})


_SEE = "Secondary efficacy end point"
HEART_PER_PATIENT_YEAR: Gold = {
    ("Primary efficacy end point",): _t8((36, 6.52), (81, 5.37), (1.22, 0.83, 1.80), 0.31),
    (_SEE, "Ischaemic stroke"): _t8((11, 1.98), (16, 1.04), (1.91, 0.89, 4.11), 0.10),
    (_SEE, "Myocardial infarction"): _t8((2, 0.36), (7, 0.45), (0.79, 0.16, 3.80), 0.77),
    (_SEE, "Systemic embolism"): _count_rate(_CL, 1, 0.18) | {(_AS, "count"): 0, ("P value", "p"): 0.11},
    ("Death from any cause",): _t8((24, 4.29), (46, 2.98), (1.44, 0.88, 2.36), 0.15),
    ("Death from any cause", "Cardiovascular death"): _t8((13, 2.32), (28, 1.81), (1.28, 0.66, 2.47), 0.47),
    ("Primary safety end point",): _t8((12, 2.17), (45, 3.02), (0.72, 0.38, 1.36), 0.31),
}

# ---- Table 9 (NEJM, PMC7116860 T3): "— no. (%)" and first and recurrent events ---------------------------------
_AP, _PL = "Aspirin", "Placebo"
_FRE = "First and recurrent events of the primary outcome"
NEJM_RECURRENT_EVENTS: Gold = {
    ("Primary outcome", "Death from cardiovascular causes, myocardial infarction, or stroke — no. (%)"): _two(
        _cp, _AP, _PL, (109, 3.8), (131, 4.6)
    )
    | _ci(_HR, "hr", 0.83, 0.64, 1.07),
    (_CPO, "Death from cardiovascular causes — no. (%)"): _two(_cp, _AP, _PL, (81, 2.8), (97, 3.4))
    | _ci(_HR, "hr", 0.83, 0.62, 1.12),
    (_CPO, "Myocardial infarction — no. (%)"): _two(_cp, _AP, _PL, (20, 0.7), (24, 0.8))
    | _ci(_HR, "hr", 0.83, 0.46, 1.51),
    (_CPO, "Stroke — no. (%)"): _two(_cp, _AP, _PL, (21, 0.7), (37, 1.3)) | _ci(_HR, "hr", 0.57, 0.33, 0.97),
    (_FRE, "No. of participants with ≥1 event"): {(_AP, "count"): 109, (_PL, "count"): 131},
    (_FRE, "No. of participants with ≥2 events"): {(_AP, "count"): 9, (_PL, "count"): 12},
    (_FRE, "Total no. of events"): {(_AP, "events"): 118, (_PL, "events"): 143} | _ci(_HR, "hr", 0.82, 0.63, 1.06),
}

# ---- Table 10 (NEJM, PMC6289056 T2): an "Overall" column before the groups, rate per 1000 person-yr ------------
_S10 = ("no. of participants with event", "rate per 1000")


def _t10(overall: float, a: tuple[float, float], b: tuple[float, float], hr: tuple[float, float, float]) -> Cells:
    cells: Cells = {("Overall", "count"): overall}
    for arm, (n, rate) in ((_AP, a), (_PL, b)):
        cells |= {(f"{arm}>{_S10[0]}", "count"): n, (f"{arm}>{_S10[1]}", "rate"): rate}
    return cells | _ci(_HR, "hr", *hr)


NEJM_OVERALL_RATES: Gold = {
    ("Cardiovascular disease",): _t10(905, (440, 10.6), (465, 11.2), (0.95, 0.83, 1.08)),
    ("Major adverse cardiovascular event",): _t10(688, (322, 7.7), (366, 8.7), (0.88, 0.76, 1.03)),
    ("Fatal cardiovascular disease",): _t10(156, (76, 1.8), (80, 1.9), (0.96, 0.70, 1.32)),
    ("Hospitalization for heart failure",): _t10(168, (86, 2.0), (82, 1.9), (1.06, 0.78, 1.44)),
}

# ---- Table 11 (populations as column spans, risk differences and an NNT; PMC9855301 zoi221270t2) --------------
_ITT, _PP = "Intention-to-treat", "Per-protocol"


def _t11(pop: str, a: tuple[float, ...], b: tuple[float, ...], diff: tuple[float, float, float]) -> Cells:
    return _nn(f"{pop}>@Colchimax", *a) | _nn(f"{pop}>@Placebo", *b) | _ci(f"~{pop}>Risk difference", "value", *diff)


NEJM_POPULATIONS: Gold = {
    ("Recurrence at 18 months, n/N (%)",): _t11(_ITT, (52, 312, 16.7), (97, 310, 31.3), (-14.6, -21.2, -8.0))
    | _t11(_PP, (44, 288, 15.3), (90, 291, 30.9), (-15.6, -22.3, -8.9)),
    ("Recurrence at 18 months, n/N (%)", "Number needed to treat (95% CI)"): _ci(
        f"~{_ITT}>Risk difference", "value", 7, 5, 13
    )
    | _ci(f"~{_PP}>Risk difference", "value", 6, 4, 11),
    ("Symptom persistence at 72 h, n/N (%)",): _t11(_ITT, (61, 312, 19.6), (122, 310, 39.4), (-19.8, -26.8, -12.8))
    | _t11(_PP, (55, 288, 19.1), (113, 291, 38.8), (-19.7, -26.9, -12.5)),
    ("Hospitalisation, n/N (%)",): _t11(_ITT, (9, 312, 2.9), (21, 310, 6.8), (-3.9, -7.2, -0.6))
    | _t11(_PP, (8, 288, 2.8), (20, 291, 6.9), (-4.1, -7.6, -0.6)),
}

# ---- Table 12 (NEJM STEP-HFpEF form): one column of differences and ratios, a win ratio with no group values ---
_SG, _ETR = "Semaglex", "Estimated Treatment Difference or Ratio"


def _t12(a: float | None, b: float | None, diff: tuple[float, float, float]) -> Cells:
    cells = _ci(_ETR, "value", *diff) | {(_P, "p"): 0.001}
    return cells | ({(_SG, "mean"): a, (_PL, "mean"): b} if a is not None and b is not None else {})


_DPE, _CSE = "Dual primary end points", "Confirmatory secondary end points"
NEJM_WIN_RATIO: Gold = {
    (_DPE, "Mean change in KCCQ-CSS from baseline to wk 52 — points"): _t12(16.4, 8.9, (7.5, 4.6, 10.4)),
    (_DPE, "Mean change in body weight from baseline to wk 52 — %"): _t12(-13.1, -2.7, (-10.4, -11.6, -9.2)),
    (_CSE, "Mean change in 6-minute walk distance — m"): _t12(20.8, 1.5, (19.3, 7.9, 30.7)),
    (_CSE, "Hierarchical composite end point — win ratio"): _t12(None, None, (1.69, 1.35, 2.12)),
    (_CSE, "Mean change in CRP level — %"): _t12(-42.8, -7.9, (0.62, 0.52, 0.74)),
}

# ---- Table 13 (NEJM ISCHEMIA form): "No. of events" and a Kaplan–Meier estimate under each group --------------
_IS, _CS = "Invasive Strategy", "Conservative Strategy"


def _t13(a: tuple[float, ...], b: tuple[float, ...], hr: tuple[float, float, float]) -> Cells:
    cells: Cells = {}
    for arm, (n, v, lo, hi) in ((_IS, a), (_CS, b)):
        cells |= {(f"{arm}>No. of events", "count"): n} | _ci(f"{arm}>Kaplan", "rate", v, lo, hi)
    return cells | _ci("Adjusted Hazard Ratio", "hr", *hr)


NEJM_KAPLAN_MEIER: Gold = {
    ("Primary outcome",): _t13((318, 13.0, 11.6, 14.5), (352, 14.8, 13.3, 16.4), (0.93, 0.80, 1.08)),
    ("Key secondary outcome: death from cardiovascular causes or myocardial infarction",): _t13(
        (276, 11.5, 10.1, 12.9), (314, 13.4, 11.9, 14.9), (0.90, 0.77, 1.06)
    ),
    ("Death from any cause",): _t13((145, 6.3, 5.2, 7.4), (144, 6.1, 5.0, 7.2), (1.05, 0.83, 1.32)),
}

_P1 = "outcome-efficacy"
GOLD_OUTCOME: dict[tuple[str, str], Gold] = {
    (_P1, "Table 1"): NEJM_PER_YEAR,
    (_P1, "Table 2"): VICTORIA_RATES,
    (_P1, "Table 3"): LANCET_NN,
    (_P1, "Table 4"): NEJM_ESTIMATED_PCT,
    (_P1, "Table 5"): PLOS_EFFECT_SIZE,
    (_P1, "Table 6"): JAMA_DOSE_MEANS,
    (_P1, "Table 7"): EHJ_ARM_ROWS,
    (_P1, "Table 8"): HEART_PER_PATIENT_YEAR,
    (_P1, "Table 9"): NEJM_RECURRENT_EVENTS,
    (_P1, "Table 10"): NEJM_OVERALL_RATES,
    (_P1, "Table 11"): NEJM_POPULATIONS,
    (_P1, "Table 12"): NEJM_WIN_RATIO,
    (_P1, "Table 13"): NEJM_KAPLAN_MEIER,
}
ROW_ARMS_OUTCOME = {(_P1, "Table 7")}
NO_ARM_OUTCOME = frozenset(
    {_TC, _RR, _ES, _CI5, _P5, "HR", "P value", "Rate ratio", "Incidence rate", _ETR, "Adjusted Hazard Ratio"}
)

# ==== outcome-efficacy-2: gathered, and its gold written, after the first page's fixes ===========================
_P2 = "outcome-efficacy-2"

# ---- Table 2 (PLoS Med, PMC8454951 t002): spans over the groups and over OR, RR and RD -----------------------
_RAW = "Raw data"


def _binary(control: tuple[float, float], drug: tuple[float, float], *effects: tuple[float, float, float]) -> Cells:
    cells = _cp(f"{_RAW}>@Control", *control) | _cp(f"{_RAW}>@Intervention", *drug)
    for (head, stat), (v, lo, hi) in zip(
        (("~Effects>OR", "or"), ("~Effects>RR", "rr"), ("~Effects>RD", "value")), effects, strict=True
    ):
        cells |= _ci(head, stat, v, lo, hi)
    return cells


PLOS_BINARY: Gold = {
    ("HbA1c <7.0% (primary outcome)",): _binary(
        (2204, 38.1), (5087, 43.2), (1.301, 1.152, 1.470), (1.171, 1.093, 1.250), (6.4, 3.5, 9.3)
    ),
    ("FBG <7.0 mmol/L",): _binary(
        (2318, 40.2), (5204, 44.6), (1.122, 0.998, 1.261), (1.068, 0.998, 1.139), (2.9, -0.1, 5.8)
    ),
    ("BP <140/80 mm Hg",): _binary(
        (2496, 43.1), (5301, 45.3), (1.061, 0.957, 1.176), (1.033, 0.975, 1.092), (1.4, -1.1, 4.0)
    ),
    ("Composite ABC control",): _binary(
        (517, 9.0), (1244, 10.7), (1.231, 1.056, 1.435), (1.207, 1.053, 1.383), (1.8, 0.4, 3.3)
    ),
}

# ---- Table 3 (JAIDS, PMC7879828 T2): "(N = 832), Number (%)" heads, a 97.5% CI, populations as rows -------------
_PH, _NU, _RDF = "Physician-led", "Nurse-led", "~Risk Difference"


def _t3b(a: tuple[float, float, float], b: tuple[float, float, float], rd: tuple[float, float, float]) -> Cells:
    return _nn(_PH, *a) | _nn(_NU, *b) | _ci(_RDF, "value", *rd)


JAIDS_POPULATION_ROWS: Gold = {
    ("Individual outcomes", "Died"): _t3b((9, 832, 1.1), (10, 829, 1.2), (0.1, -1.0, 1.2)),
    ("Individual outcomes", "Lost to follow-up"): _t3b((207, 832, 24.9), (188, 829, 22.7), (-2.2, -6.0, 1.6)),
    ("Composite outcome", "Intention-to-treat analysis"): _t3b((309, 832, 37.1), (281, 829, 33.9), (-3.2, -8.9, 2.5)),
    ("Composite outcome", "Per-protocol analysis"): _t3b((251, 676, 37.1), (229, 680, 33.7), (-3.4, -9.8, 3.0)),
}

# ---- Table 4 (Lancet, PMC6617509 tbl3): bare counts, a log-rank p, unadjusted and adjusted spans --------------
_ST, _AV = "Start antiplatelet therapy", "Avoid antiplatelet therapy"


def _t4b(a: float, b: float, logrank: float, un: tuple[float, ...], adj: tuple[float, ...]) -> Cells:
    return (
        {(_ST, "count"): a, (_AV, "count"): b, ("~Log-rank", "p"): logrank}
        | _ci("~=Unadjusted analysis HR (95% CI)", "hr", *un[:3])
        | {("~=Unadjusted analysis p value", "p"): un[3]}
        | _ci("~=Adjusted analysis HR (95% CI)", "hr", *adj[:3])
        | {("~=Adjusted analysis p value", "p"): adj[3]}
    )


LANCET_TWO_ANALYSES: Gold = {
    ("Primary outcome", "Recurrent symptomatic intracerebral haemorrhage"): _t4b(
        11, 22, 0.049, (0.49, 0.24, 1.01, 0.053), (0.50, 0.24, 1.02, 0.057)
    ),
    ("Secondary outcomes", "All major occlusive vascular events"): _t4b(
        37, 39, 0.88, (0.97, 0.62, 1.52, 0.89), (0.98, 0.62, 1.54, 0.93)
    ),
    ("Secondary outcomes", "Major vascular events"): _t4b(
        44, 63, 0.031, (0.67, 0.46, 0.97, 0.034), (0.66, 0.45, 0.97, 0.033)
    ),
}

# ---- Table 5 (PMC10651495 t0010): three groups, each outcome a heading over its measures' rows -----------------
_GROUPS5 = ("Dabiran", "Rivoxan", "Warfarin")


def _rows5(
    n: tuple[float, ...], events: tuple[float, ...], rates: tuple[tuple[float, ...], ...], pcts: tuple[float, ...]
) -> dict[str, Cells]:
    out: dict[str, Cells] = {
        "Number of patients": {},
        "Number of events": {},
        _IR: {},
        "Incidence proportion, n (%)": {},
    }
    for g, a, e, r, p in zip(_GROUPS5, n, events, rates, pcts, strict=True):
        out["Number of patients"] |= {(g, "count"): a}
        out["Number of events"] |= {(g, "count"): e}
        out[_IR] |= _ci(g, "rate", *r)
        out["Incidence proportion, n (%)"] |= _cp(g, e, p)
    return out


_IR = "Incidence rate per 1000 person-years (95 % CI)"
_MB, _COMP5 = (
    "Fatal or non-fatal major bleeding events",
    "Composite of stroke, systemic embolism, myocardial infarction or death",
)
RATES_BY_HEADING: Gold = {
    (heading, row): cells
    for heading, rows in (
        (
            _MB,
            _rows5(
                (6514, 19870, 12044),
                (124, 598, 447),
                ((25, 21.0, 30.0), (40, 37.0, 43.0), (51, 46.0, 56.0)),
                (1.90, 3.01, 3.71),
            ),
        ),
        (
            _COMP5,
            _rows5(
                (6514, 19870, 12044),
                (901, 2911, 2032),
                ((209, 196.0, 223.0), (225, 217.0, 234.0), (271, 260.0, 283.0)),
                (13.8, 14.65, 16.87),
            ),
        ),
    )
    for row, cells in rows.items()
}

# ---- Table 6 (Open Heart, highwire 140708): a second stub column naming each row's statistic ------------------
_DRUGS6 = ("?Apixoran over warfarin", "?Dabiran over warfarin", "?Edoxan over warfarin")


def _stub_stats(hr: tuple[float, ...], cis: tuple[tuple[float, float], ...], ps: tuple[float, ...]) -> dict[str, Cells]:
    out: dict[str, Cells] = {"HR": {}, "95% CI": {}, "P value": {}}
    for d, v, (lo, hi), p in zip(_DRUGS6, hr, cis, ps, strict=True):
        out["HR"] |= {(d, "hr"): v}
        out["95% CI"] |= {(d, "ci_low"): lo, (d, "ci_high"): hi}
        out["P value"] |= {(d, "p"): p}
    return out


OPEN_HEART_STUB_STATS: Gold = {
    (endpoint, row): cells
    for endpoint, rows in (
        (
            "Ischaemic stroke",
            _stub_stats((0.64, 0.91, 0.75), ((0.531, 0.771), (0.722, 1.147), (0.592, 0.950)), (0.0001, 0.4210, 0.0170)),
        ),
        (
            "Major GI bleeding",
            _stub_stats((0.77, 0.93, 0.84), ((0.586, 1.012), (0.661, 1.309), (0.607, 1.162)), (0.0612, 0.6790, 0.2920)),
        ),
    )
    for row, cells in rows.items()
}

GOLD_OUTCOME_2: dict[tuple[str, str], Gold] = {
    (_P2, "Table 2"): PLOS_BINARY,
    (_P2, "Table 3"): JAIDS_POPULATION_ROWS,
    (_P2, "Table 4"): LANCET_TWO_ANALYSES,
    (_P2, "Table 5"): RATES_BY_HEADING,
    (_P2, "Table 6"): OPEN_HEART_STUB_STATS,
}
