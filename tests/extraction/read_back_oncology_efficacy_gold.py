"""What must be read from the oncology efficacy read-back pages (tests/typeset/read_back/oncology-efficacy.html and
oncology-efficacy-2.html), written from the HTML before each page was first read back. The form and conventions
are `read_back_gold_efficacy.py`'s (row path -> {(column words, statistic): value}; "~" a cell that is no group's,
"?" a ratio under a group's head; "NR"/"NE"/".."/"—" cells say nothing and are not listed; "<1%" is the percent 1
and "<0·0001" the P value 0.0001; a landmark percentage of a time-to-event curve is a "rate"; a rate's "95% CI" on
the row below is the rate's, under the two rows' labels joined). Patients with an event ("Patients with event
(%)", "Deaths, No. (%)", "Number of events/number of patients, n/N (%)") are a count, as "No. of participants with
≥1 event" is; an "N" column beside groups printed as rows is the group's count."""

from __future__ import annotations

from tests.extraction.read_back_gold import Cells, Gold
from tests.extraction.read_back_gold_efficacy import _ci, _cp, _nn, _two

# ---- oncology-efficacy: Table 2 (Lancet, PMC6886121) --------------------------------------------------------
_L, _D = "Lorvatinib", "Docetaxel"
_P1, _R1, _D1, _P2 = (
    "Progression-free survival (ITT population)",
    "Objective response rate (ITT population)",
    "Duration of response (ITT population)",
    "Progression-free survival (PD-L1 positive)",
)
_MED = "Median (months; 95% CI)"


def _hrp(hr: float, lo: float, hi: float, p: float, col: str = "HR", pcol: str = "p value") -> Cells:
    return _ci(col, "hr", hr, lo, hi) | {(pcol, "p"): p}


LANCET_KEY: Gold = {
    (_P1, "Patients with event (%)"): _two(_cp, _L, _D, (371, 87), (368, 87)) | _hrp(0.93, 0.80, 1.08, 0.34),
    (_P1, _MED): _ci(_L, "median", 3.1, 2.7, 3.4) | _ci(_D, "median", 3.9, 3.2, 4.2),
    (_R1, "Objective response (%)"): _two(_cp, _L, _D, (61, 14), (54, 13)),
    (_R1, "Complete response (%)"): _two(_cp, _L, _D, (7, 2), (2, 1)),
    (_R1, "Partial response (%)"): _two(_cp, _L, _D, (54, 13), (52, 12)),
    (_R1, "Stable disease (%)"): _two(_cp, _L, _D, (146, 34), (171, 40)),
    (_R1, "Progressive disease (%)"): _two(_cp, _L, _D, (191, 45), (121, 28)),
    (_D1, _MED): _ci(_L, "median", 15.8, 9.9, None) | _ci(_D, "median", 6.4, 5.1, 7.7) | _hrp(0.37, 0.23, 0.59, 0.0001),
    (_P2, "Patients with event (%)"): _two(_nn, _L, _D, (209, 238, 88), (190, 219, 87)) | _hrp(0.89, 0.73, 1.09, 0.27),
    (_P2, _MED): _ci(_L, "median", 2.9, 2.6, 4.1) | _ci(_D, "median", 4.2, 3.0, 4.4),
}

# ---- Table 3 (Clin Cancer Res, highwire 157020) --------------------------------------------------------------
_PE, _BSC = "Pelorimab 10 mg/kg", "BSC"
_BOR = "Best overall response, n (%)"
_TTP, _DOR = "Time to progression, months", "Duration of response, mo"
CCR_ACTIVITY: Gold = {
    (_BOR, "CR"): _two(_cp, _PE, _BSC, (1, 1.6), (0, 0.0)),
    (_BOR, "PR"): _two(_cp, _PE, _BSC, (5, 8.2), (2, 3.4)),
    (_BOR, "SD"): _two(_cp, _PE, _BSC, (21, 34.4), (19, 32.2)),
    (_BOR, "PD"): _two(_cp, _PE, _BSC, (22, 36.1), (25, 42.4)),
    (_BOR, "Unknown"): _two(_cp, _PE, _BSC, (12, 19.7), (13, 22.0)),
    ("Overall response rate, n/N (%; 95% CI)",): _nn(_PE, 6, 61, 9.8)
    | _ci(_PE, "ci_low", None, 3.7, 20.2)
    | _nn(_BSC, 2, 59, 3.4)
    | _ci(_BSC, "ci_low", None, 0.4, 11.7),
    (_TTP, "Number of events/number of patients, n/N (%)"): _two(_nn, _PE, _BSC, (41, 61, 67.2), (44, 59, 74.6)),
    (_TTP, "Median (95% CI)"): _ci(_PE, "median", 3.12, 2.01, 4.40) | _ci(_BSC, "median", 2.48, 1.87, 2.96),
    (_DOR, "Number of responders, n (%)"): _two(_cp, _PE, _BSC, (6, 9.8), (2, 3.4)),
    (_DOR, "Median (95% CI)"): _ci(_PE, "ci_low", None, 5.6, None),
}

# ---- Table 4 (BMJ Oncology, highwire 159) --------------------------------------------------------------------
_CA, _CB = "Cohort A", "Cohort B"
_ORR4 = "Overall response rate (at best overall response)"
BMJO_COHORTS: Gold = {
    ("Median PFS (in months)",): _ci(_CA, "median", 5.1, 3.4, 6.0) | _ci(_CB, "median", 2.0, 1.7, 3.3),
    ("Median OS (in months)",): _ci(_CA, "median", 16.8, 12.1, None) | _ci(_CB, "median", 10.9, 7.2, 14.4),
    (_ORR4,): _ci(_CA, "percent", 10.9, 3.6, 23.6) | _ci(_CB, "percent", 3.8, 0.5, 13.2),
    (_ORR4, "CR"): _two(_cp, _CA, _CB, (0, 0), (0, 0)),
    (_ORR4, "PR"): _two(_cp, _CA, _CB, (5, 10.9), (2, 3.8)),
    (_ORR4, "SD"): _two(_cp, _CA, _CB, (25, 54.3), (21, 40.4)),
    (_ORR4, "PD"): _two(_cp, _CA, _CB, (16, 34.8), (29, 55.8)),
}


# ---- Table 5 (Br J Cancer, PMC2720220): arms as rows ----------------------------------------------------------
def _arm_row(n: float, med: float, lo: float | None, hi: float | None, hr: tuple | None = None) -> Cells:  # type: ignore[type-arg]
    cells: Cells = {("=N", "count"): n, ("Median PFS", "median"): med}
    if lo is not None and hi is not None:
        cells |= {("95% CI for median", "ci_low"): lo, ("95% CI for median", "ci_high"): hi}
    if hr:
        cells |= {("=HR", "hr"): hr[0], ("95% CI for HR", "ci_low"): hr[1], ("95% CI for HR", "ci_high"): hr[2]}
        cells |= {("P-value", "p"): hr[3]}
    return cells


_T1, _T2 = "First trial, interim analysis", "Second trial, final analysis"
BJC_ARM_ROWS: Gold = {
    (_T1, "Zanotuzumab plus IFN"): _arm_row(331, 10.4, None, None, (0.65, 0.54, 0.78, 0.0001)),
    (_T1, "Placebo plus IFN"): _arm_row(318, 5.6, None, None),
    (_T2, "Zanotuzumab plus IFN"): _arm_row(366, 8.7, 7.4, 9.9, (0.72, 0.62, 0.84, 0.0001)),
    (_T2, "IFN"): _arm_row(360, 5.3, 3.2, 5.8),
}

# ---- Table 6 (JCO-like: NR (95% CI, x to NR), landmark rates, stratified and unstratified HRs) --------------
_BR, _PC = "Brivolimab + Chemotherapy", "Placebo + Chemotherapy"
JCO_OS: Gold = {
    ("Deaths, No. (%)",): _two(_cp, _BR, _PC, (98, 31.6), (141, 46.2)),
    ("Median OS, months",): _ci(_BR, "ci_low", None, 28.1, None) | _ci(_PC, "median", 17.4, 14.9, 20.6),
    ("12-month OS rate, % (95% CI)",): _ci(_BR, "rate", 78.2, 73.1, 82.5) | _ci(_PC, "rate", 64.0, 58.2, 69.2),
    ("24-month OS rate, % (95% CI)",): _ci(_BR, "rate", 61.5, 55.3, 67.1) | _ci(_PC, "rate", 40.3, 34.1, 46.4),
    ("Stratified HR (95% CI)",): _ci("~" + _BR, "hr", 0.58, 0.45, 0.75),
    ("Unstratified HR (95% CI)",): _ci("~" + _BR, "hr", 0.60, 0.46, 0.77),
    ("Stratified log-rank P",): {("~" + _BR, "p"): 0.001},
}

# ---- Table 7 (a rate's "95% CI" on the row below, indented under it: a row of its own under the rate's, as
# annals-efficacy's "95% CI for ORR" row is filed; the gold first joined the two labels, as for a bracketed
# "(95% CI)" row, and was corrected to the house's after the first reading) ----------------------------------
_SO, _PF = "Sotoracept + FOLFIRI", "Placebo + FOLFIRI"
_BOR7 = "Best overall response, No. (%)"
JCO_CI_ROWS: Gold = {
    ("ORR, %",): {(_SO, "percent"): 42.2, (_PF, "percent"): 27.6},
    ("ORR, %", "95% CI"): _ci(_SO, "ci_low", None, 36.4, 48.2) | _ci(_PF, "ci_low", None, 22.5, 33.3),
    ("DCR, %",): {(_SO, "percent"): 78.0, (_PF, "percent"): 66.3},
    ("DCR, %", "95% CI"): _ci(_SO, "ci_low", None, 72.7, 82.7) | _ci(_PF, "ci_low", None, 60.4, 71.8),
    ("Odds ratio (95% CI)",): _ci("?" + _SO, "or", 1.92, 1.36, 2.71),
    (_BOR7, "CR"): _two(_cp, _SO, _PF, (9, 3.2), (4, 1.4)),
    (_BOR7, "PR"): _two(_cp, _SO, _PF, (110, 39.0), (73, 26.2)),
    (_BOR7, "SD"): _two(_cp, _SO, _PF, (101, 35.8), (108, 38.7)),
    (_BOR7, "PD"): _two(_cp, _SO, _PF, (44, 15.6), (71, 25.4)),
}

# ---- Table 8 (NEJM "— no. (%)" events carrying the HR, "(95% CI) — %" landmarks) ----------------------------
_DE, _PL = "Denatinib", "Placebo"
_PFS, _OS = "Progression-free survival", "Overall survival"
NEJM_SURV: Gold = {
    (_PFS, "Disease progression or death — no. (%)"): _two(_cp, _DE, _PL, (162, 45.6), (230, 64.6))
    | _ci("Hazard Ratio", "hr", 0.52, 0.42, 0.64),
    (_PFS, "Median progression-free survival (95% CI) — mo"): _ci(_DE, "median", 16.8, 14.5, 19.3)
    | _ci(_PL, "median", 5.6, 5.3, 7.0),
    (_PFS, "Progression-free survival at 12 mo (95% CI) — %"): _ci(_DE, "rate", 63.3, 58.0, 68.1)
    | _ci(_PL, "rate", 28.4, 23.6, 33.4),
    (_OS, "Death — no. (%)"): _two(_cp, _DE, _PL, (79, 22.3), (117, 32.9))
    | _ci("Hazard Ratio", "hr", 0.65, 0.49, 0.87),
    (_OS, "Median overall survival (95% CI) — mo"): _ci(_DE, "ci_low", None, 28.1, None)
    | _ci(_PL, "median", 26.3, 22.4, None),
    (_OS, "Overall survival at 24 mo (95% CI) — %"): _ci(_DE, "rate", 71.2, 66.0, 75.8)
    | _ci(_PL, "rate", 55.8, 50.2, 61.0),
}

ROW_ARMS_ONCOLOGY = {("oncology-efficacy", "Table 5")}
NO_ARM_ONCOLOGY = frozenset(
    {"HR", "p value", "=HR", "95% CI for HR", "P-value", "=N", "Median PFS", "95% CI for median"}
)

GOLD_ONCOLOGY: dict[tuple[str, str], Gold] = {
    ("oncology-efficacy", "Table 2"): LANCET_KEY,
    ("oncology-efficacy", "Table 3"): CCR_ACTIVITY,
    ("oncology-efficacy", "Table 4"): BMJO_COHORTS,
    ("oncology-efficacy", "Table 5"): BJC_ARM_ROWS,
    ("oncology-efficacy", "Table 6"): JCO_OS,
    ("oncology-efficacy", "Table 7"): JCO_CI_ROWS,
    ("oncology-efficacy", "Table 8"): NEJM_SURV,
}

# ---- Table 9 (both groups in one cell, "48 (17.5%) vs. 61 (22.6%)"; PMC9004319) ------------------------------
_XI, _LE = "Ximarelix", "Leuprolide"


def _vs(a: tuple[float, float], b: tuple[float, float], hr: tuple[float, float, float], p: float) -> Cells:
    return _two(_cp, _XI, _LE, a, b) | _hrp(*hr, p, col="~HR", pcol="~P-value")


VS_CELLS: Gold = {
    ("Primary efficacy", "Time from randomization to first radiographic progression"): _vs(
        (48, 17.5), (61, 22.6), (0.742, 0.509, 1.082), 0.1204
    ),
    ("Key secondary efficacy", "Time from randomization to all-cause death"): _vs(
        (12, 4.4), (15, 5.6), (0.781, 0.365, 1.671), 0.5236
    ),
    ("Key secondary efficacy", "Time from randomization to PSA progression"): _vs(
        (33, 12.0), (47, 17.4), (0.664, 0.425, 1.038), 0.0712
    ),
}
GOLD_ONCOLOGY[("oncology-efficacy", "Table 9")] = VS_CELLS


# ---- the second instances (oncology-efficacy-2.html), gathered and written after the fixes ------------------
_RZ, _PX = "Rilazumab plus ECX", "Placebo plus ECX"
LANCET_CENTRED: Gold = {
    ("Best overall response", "Complete response"): _two(_cp, _RZ, _PX, (4, 2), (7, 3)),
    ("Best overall response", "Partial response"): _two(_cp, _RZ, _PX, (79, 30), (108, 40)),
    ("Best overall response", "Stable disease"): _two(_cp, _RZ, _PX, (60, 23), (73, 27)),
    ("Best overall response", "Progressive disease"): _two(_cp, _RZ, _PX, (45, 17), (35, 13)),
    ("Objective response (95% CI)",): _ci(_RZ, "percent", 31.7, 26.1, 37.7) | _ci(_PX, "percent", 43.1, 37.1, 49.3),
    ("Disease control (95% CI)",): _ci(_RZ, "percent", 54.6, 48.4, 60.7) | _ci(_PX, "percent", 69.7, 63.8, 75.1),
}
# the two ratio rows and the two p value rows share their labels (each under the rate above it, not indented):
# listed by the values, not the row
LANCET_CENTRED_RATIOS = {("or", 0.59), ("ci_low", 0.41), ("ci_high", 0.84), ("p", 0.0036)}
LANCET_CENTRED_RATIOS |= {("or", 0.51), ("ci_low", 0.35), ("ci_high", 0.73), ("p", 0.0003)}

_FE, _PB = "Fenratinib 120 mg", "Placebo"
_PFS2 = "Progression-free survival, months"
CCR_ASSESSMENTS: Gold = {
    ("Investigator-assessed ORR, n/N (%; 95% CI)",): _nn(_FE, 12, 48, 25.0)
    | _ci(_FE, "ci_low", None, 13.6, 39.6)
    | _nn(_PB, 3, 47, 6.4)
    | _ci(_PB, "ci_low", None, 1.3, 17.5),
    ("Centrally assessed ORR, n/N (%; 95% CI)",): _nn(_FE, 10, 48, 20.8)
    | _ci(_FE, "ci_low", None, 10.5, 35.0)
    | _nn(_PB, 2, 47, 4.3)
    | _ci(_PB, "ci_low", None, 0.5, 14.5),
    (_PFS2, "Number of events/number of patients, n/N (%)"): _two(_nn, _FE, _PB, (33, 48, 68.8), (41, 47, 87.2)),
    (_PFS2, "Median (95% CI)"): _ci(_FE, "median", 5.42, 3.71, 7.36) | _ci(_PB, "median", 2.79, 1.84, 3.65),
    (_PFS2, "Unstratified HR (95% CI)"): _ci("~" + _FE, "hr", 0.49, 0.30, 0.79),
    (_PFS2, "Log-rank P value"): {("~" + _FE, "p"): 0.003},
}

_PE2, _PL2 = "Perilimab", "Placebo"
_EFS = "Event-free survival"
NEJM_EFS: Gold = {
    (_EFS, "Event — no. (%)"): _two(_cp, _PE2, _PL2, (139, 34.6), (187, 47.1))
    | _ci("Hazard Ratio", "hr", 0.63, 0.50, 0.79),
    (_EFS, "Median event-free survival (95% CI) — mo"): _ci(_PE2, "ci_low", None, 34.2, None)
    | _ci(_PL2, "median", 21.9, 17.5, 27.4),
    (_EFS, "Event-free survival at 24 mo (95% CI) — %"): _ci(_PE2, "rate", 64.1, 58.9, 68.8)
    | _ci(_PL2, "rate", 48.3, 43.0, 53.4),
    (_OS, "Death — no. (%)"): _two(_cp, _PE2, _PL2, (88, 21.9), (109, 27.5))
    | _ci("Hazard Ratio", "hr", 0.77, 0.58, 1.02),
    (_OS, "Overall survival at 36 mo (95% CI) — %"): _ci(_PE2, "rate", 74.8, 69.7, 79.2)
    | _ci(_PL2, "rate", 67.0, 61.5, 71.9),
}

_TV, _PC2 = "Tavolimab + Chemotherapy", "Placebo + Chemotherapy"
JCO_FOOT: Gold = {
    ("Deaths, No. (%)",): _two(_cp, _TV, _PC2, (61, 29.9), (92, 46.2)),
    ("Median OS, months",): _ci(_TV, "ci_low", None, 30.4, None) | _ci(_PC2, "median", 18.9, 15.2, 23.0),
    ("18-month OS rate, % (95% CI)",): _ci(_TV, "rate", 72.6, 65.8, 78.3) | _ci(_PC2, "rate", 54.1, 46.8, 60.8),
    ("Adjusted HR (95% CI)",): _ci("~" + _TV, "hr", 0.56, 0.40, 0.78),
    ("Stratified log-rank P",): {("~" + _TV, "p"): 0.001},
}

GOLD_ONCOLOGY_2: dict[tuple[str, str], Gold] = {
    ("oncology-efficacy-2", "Table 2"): LANCET_CENTRED,
    ("oncology-efficacy-2", "Table 3"): CCR_ASSESSMENTS,
    ("oncology-efficacy-2", "Table 4"): NEJM_EFS,
    ("oncology-efficacy-2", "Table 5"): JCO_FOOT,
}

# ---- Table 6 of the second page (both groups in one cell, written after the "vs." fix) ------------------------
_ZO, _GO = "Zolarelix", "Goserelin"
VS_CELLS_2: Gold = {
    ("Time to castration resistance",): _two(_cp, _ZO, _GO, (57, 20.4), (79, 28.5))
    | _hrp(0.68, 0.48, 0.96, 0.0281, col="~HR", pcol="~P Value"),
    ("Time to PSA progression",): _two(_cp, _ZO, _GO, (44, 15.8), (63, 22.7))
    | _hrp(0.66, 0.45, 0.98, 0.0386, col="~HR", pcol="~P Value"),
    ("Total occurrences of skeletal-related events",): {(_ZO, "events"): 26, (_GO, "events"): 31}
    | _hrp(0.84, 0.50, 1.42, 0.5121, col="~HR", pcol="~P Value"),
}
GOLD_ONCOLOGY_2[("oncology-efficacy-2", "Table 6")] = VS_CELLS_2
