"""What must be read from tests/typeset/read_back/fresh-tables.html: six trial tables of six journals' table pages
(a CONSORT-adapted baseline table, an npj Breast Cancer and a Diabetes Care AE table, an AAC PK table, an NEJM and a
JCO tumour-response table; the address beside each in the HTML), numbers and drugs ours. Written from the HTML
before the page was first read back; format of tests/extraction/read_back_gold.py (row path -> {(column words,
statistic): value}). "NA" cells and empty cells are not listed."""

from __future__ import annotations

from tests.extraction.read_back_gold import Cells, Gold


def _per(arms: tuple[str, ...], stats: tuple[str, ...], *values: tuple[float | None, ...]) -> Cells:
    """One tuple of values per arm, in the order of ``stats``; None: the statistic is not printed there."""
    return {
        (arm, stat): v
        for arm, vs in zip(arms, values, strict=True)
        for stat, v in zip(stats, vs, strict=True)
        if v is not None
    }


_NP = ("count", "percent")
_MSD = ("mean", "sd")

# Table 1: baseline, "Values are means (SD) or numbers (%)"
_T1 = ("Zelvasartan", "Placebo")
_SMOKE, _ETH, _CHOL = "Smoking status:", "Ethnic origin:", "Cholesterol (mmol/l):"
TABLE_1: Gold = {
    ("Age (years)",): _per(_T1, _MSD, (65.2, 7.1), (65.8, 7.4)),
    ("Sex (female)",): _per(_T1, _NP, (516, 43.0), (508, 42.0)),
    (_SMOKE, "Current"): _per(_T1, _NP, (120, 10.0), (121, 10.0)),
    (_SMOKE, "Past"): _per(_T1, _NP, (504, 42.0), (520, 43.0)),
    (_ETH, "Asian"): _per(_T1, _NP, (258, 21.5), (254, 21.0)),
    (_ETH, "European"): _per(_T1, _NP, (732, 61.0), (738, 61.0)),
    (_ETH, "Other"): _per(_T1, _NP, (210, 17.5), (218, 18.0)),
    ("Heart rate (beats per min)",): _per(_T1, _MSD, (68.4, 11.2), (69.0, 11.9)),
    (_CHOL, "Total"): _per(_T1, _MSD, (5.11, 1.16), (5.06, 1.13)),
    (_CHOL, "LDL"): _per(_T1, _MSD, (3.04, 0.99), (3.01, 1.03)),
    ("Diabetes",): _per(_T1, _NP, (432, 36.0), (436, 36.0)),
}


def _grades(*cells: tuple[float, float | None]) -> Cells:
    """Six (count, percent) cells: the three grade columns of the first arm, then the second's."""
    heads = [f"{arm}>{grade}" for arm in ("Velbociclib", "Placebo") for grade in ("Any Grade", "Grade 3", "Grade 4")]
    out: Cells = {}
    for head, (n, pct) in zip(heads, cells, strict=True):
        out[(head, "count")] = n
        if pct is not None:
            out[(head, "percent")] = pct
    return out


# Table 2: AE by grade under two arm spans
TABLE_2: Gold = {
    ("Any adverse events",): _grades((78, 97.5), (60, 75.0), (14, 17.5), (71, 86.6), (15, 18.3), (2, 2.4)),
    ("Neutropenia",): _grades((72, 90.0), (60, 75.0), (10, 12.5), (2, 2.4), (1, 1.2), (0, None)),
    ("Infections",): _grades((40, 50.0), (4, 5.0), (2, 2.5), (27, 32.9), (3, 3.7), (0, None)),
    ("Stomatitis",): _grades((30, 37.5), (0, None), (0, None), (9, 11.0), (0, None), (0, None)),
    ("Fatigue",): _grades((10, 12.5), (0, None), (0, None), (8, 9.8), (1, 1.2), (0, None)),
    ("Alanine aminotransferase increased",): _grades((14, 17.5), (2, 2.5), (0, None), (5, 6.1), (1, 1.2), (0, None)),
}


def _ev(*cells: tuple[float, float, float]) -> Cells:
    """Per arm (events, patients, percent of patients)."""
    out: Cells = {}
    for arm, (events, n, pct) in zip(("Tolimab and filgrastim", "Tolimab only", "Placebo"), cells, strict=True):
        out[(f"{arm}>Events", "events")] = events
        out[(f"{arm}>Patients", "count")] = n
        out[(f"{arm}>Patients", "percent")] = pct
    return out


# Table 3: "Events | Patients" under each arm, "Data are n or n (%)"
_IMM = "All immune system disorders"
TABLE_3: Gold = {
    (_IMM,): _ev((15, 13, 48.1), (16, 16, 53.3), (0, 0, 0)),
    (_IMM, "Serum sickness only"): _ev((13, 13, 48.1), (16, 16, 53.3), (0, 0, 0)),
    (_IMM, "Cytokine release syndrome only"): _ev((2, 2, 7.4), (0, 0, 0), (0, 0, 0)),
    ("CD4 lymphocyte decrease or other",): _ev((25, 17, 63.0), (22, 18, 60.0), (0, 0, 0)),
    ("General disorders and administration",): _ev((4, 2, 7.4), (1, 1, 3.3), (1, 1, 3.1)),
    ("Nervous system disorders",): _ev((1, 1, 3.7), (1, 1, 3.3), (1, 1, 3.1)),
}


def _pk(n: float, cmax: tuple[float, float], tmax: tuple[float, float, float], auc: tuple[float, float],
        cmin: tuple[float, float] | None) -> Cells:  # fmt: skip
    out: Cells = {
        ("No. of subjects", "count"): n,
        ("Cmax", "mean"): cmax[0],
        ("Cmax", "cv_percent"): cmax[1],
        ("Tmax", "median"): tmax[0],
        ("Tmax", "min"): tmax[1],
        ("Tmax", "max"): tmax[2],
        ("AUC", "mean"): auc[0],
        ("AUC", "cv_percent"): auc[1],
    }
    if cmin:
        out |= {("Cmin", "mean"): cmin[0], ("Cmin", "cv_percent"): cmin[1]}
    return out


# Table 4: PK, groups as rows under day headings, the statistic in each column head
TABLE_4: Gold = {
    ("Day 1", "Cohort 1: 150 mg b.i.d."): _pk(18, (870, 44), (1.50, 1.0, 4.0), (4820, 31), None),
    ("Day 1", "Cohort 2: 250 mg b.i.d."): _pk(21, (1420, 58), (1.45, 1.0, 2.0), (7960, 27), None),
    ("Day 14", "Cohort 1: 150 mg q.d."): _pk(14, (1810, 48), (1.00, 1.0, 4.0), (26500, 49), (905, 61)),
    ("Day 14", "Cohort 2: 250 mg q.d."): _pk(17, (2540, 37), (1.50, 0.98, 4.0), (33100, 40), (1040, 52)),
}

# Table 5: NEJM tumour response
_T5 = ("Ravolumab", "Chemotherapy")
_OR5, _BOR5 = "Objective response", "Best overall response — no. (%)"
_TTR5, _DOR5 = "Time to response — mo", "Duration of response — mo"
TABLE_5: Gold = {
    (_OR5, "No. of patients with response"): _per(_T5, ("count",), (52,), (68,)),
    (_OR5, "% of patients (95% CI)"): _per(_T5, ("percent", "ci_low", "ci_high"), (26, 20, 33), (33, 27, 40)),
    (_OR5, "Estimated odds ratio (95% CI)"): _per(("?Ravolumab",), ("or", "ci_low", "ci_high"), (0.71, 0.47, 1.07)),
    (_BOR5, "Complete response"): _per(_T5, _NP, (4, 2), (2, 1)),
    (_BOR5, "Partial response"): _per(_T5, _NP, (48, 24), (66, 32)),
    (_BOR5, "Stable disease"): _per(_T5, _NP, (78, 39), (98, 48)),
    (_BOR5, "Progressive disease"): _per(_T5, _NP, (54, 27), (22, 11)),
    (_BOR5, "Could not be determined"): _per(_T5, _NP, (16, 8), (17, 8)),
    (_TTR5, "Median"): _per(_T5, ("median",), (2.7,), (2.5,)),
    (_TTR5, "Range"): _per(_T5, ("min", "max"), (1.1, 12.9), (1.2, 9.6)),
    (_DOR5, "Median"): _per(_T5, ("median",), (11.8,), (5.9,)),
    (_DOR5, "Range"): _per(_T5, ("min", "max"), (1.6, 19.1), (1.3, 20.7)),
}

# Table 6: JCO tumour response
_T6 = ("Zanolimab", "Placebo")
_BOR6 = "Best overall response, No. (%)"
_MR = ("median", "min", "max")
TABLE_6: Gold = {
    ("ORR (95% CI), %",): _per(_T6, ("percent", "ci_low", "ci_high"), (28.8, 23.1, 34.9), (26.8, 21.4, 32.7)),
    (_BOR6, "CR"): _per(_T6, _NP, (5, 2.1), (3, 1.2)),
    (_BOR6, "PR"): _per(_T6, _NP, (64, 26.7), (64, 25.6)),
    (_BOR6, "SD"): _per(_T6, _NP, (119, 49.6), (120, 48.0)),
    (_BOR6, "PD"): _per(_T6, _NP, (36, 15.0), (51, 20.4)),
    (_BOR6, "Not evaluable"): _per(_T6, _NP, (8, 3.3), (6, 2.4)),
    (_BOR6, "No assessment"): _per(_T6, _NP, (8, 3.3), (6, 2.4)),
    ("DOR, median (range), months",): _per(_T6, _MR, (6.1, 2.2, 39.8), (5.4, 1.7, 40.1)),
    ("Time to response, median (range), months",): _per(_T6, _MR, (1.4, 1.2, 9.5), (1.5, 1.1, 24.8)),
}

FRESH: dict[str, Gold] = {
    "Table 1": TABLE_1,
    "Table 2": TABLE_2,
    "Table 3": TABLE_3,
    "Table 4": TABLE_4,
    "Table 5": TABLE_5,
    "Table 6": TABLE_6,
}
SECTIONS = {
    "Table 1": "demographics",
    "Table 2": "adverse_events",
    "Table 3": "adverse_events",
    "Table 4": "pk",
    "Table 5": "efficacy",
    "Table 6": "efficacy",
}
# groups printed as rows (Table 4's cohorts); heads naming no group
ROW_ARMS = frozenset({"Table 4"})


# ---- second set (tests/typeset/read_back/fresh-tables-2.html), written after the first set's fixes ----------------
_S1 = ("Placebo", "Tavrumab>2 mg", "Tavrumab>8 mg")
_SOC = "System organ class"
SECOND_1: Gold = {
    ("Patients with serious adverse events",): _per(_S1, _NP, (12, 40.0), (6, 19.4), (15, 45.5)),
    (_SOC, "Infections and infestations"): _per(_S1, _NP, (5, 16.7), (2, 6.5), (6, 18.2)),
    (_SOC, "Cardiac disorders"): _per(_S1, _NP, (2, 6.7), (0, None), (3, 9.1)),
    (_SOC, "Nervous system disorders"): _per(_S1, _NP, (1, 3.3), (1, 3.2), (0, None)),
}


def _ner(*cells: tuple[float, float | None, float, float]) -> Cells:
    """Per span (patients, percent, events, rate per 100 person-years)."""
    out: Cells = {}
    for span, (n, pct, events, rate) in zip(("Non-serious", "Serious", "Total"), cells, strict=True):
        out[(f"{span}>N", "count")] = n
        if pct is not None:
            out[(f"{span}>N", "percent")] = pct
        out[(f"{span}>E", "events")] = events
        out[(f"{span}>R", "rate")] = rate
    return out


SECOND_2: Gold = {
    ("Adverse events",): _ner((64, 33.7, 130, 98.2), (6, 3.2, 6, 4.5), (66, 34.7, 136, 102.7)),
    ("Mild",): _ner((36, 18.9, 62, 46.8), (1, 0.5, 1, 0.8), (37, 19.5, 63, 47.6)),
    ("Nausea",): _ner((27, 14.2, 29, 21.9), (0, None, 0, 0), (27, 14.2, 29, 21.9)),
}

_S3 = ("Dorvalimab 2 mg/kg", "Dorvalimab 10 mg/kg", "Chemotherapy")
_PFS, _ORR = "Progression-Free Survival", "Objective Response Rate"
_CI = ("percent", "ci_low", "ci_high")
SECOND_3: Gold = {
    (_PFS, "Number of events, n (%)"): _per(_S3, _NP, (130, 72), (126, 70), (155, 87)),
    (_PFS, "Progression, n (%)"): _per(_S3, _NP, (106, 59), (107, 59), (134, 75)),
    (_PFS, "Death, n (%)"): _per(_S3, _NP, (24, 13), (19, 10), (21, 12)),
    (_PFS, "Median in months (95% CI)"): _per(
        _S3, ("median", "ci_low", "ci_high"), (3.0, 2.8, 3.9), (2.9, 2.7, 4.6), (2.6, 2.4, 2.8)
    ),
    (_PFS, "Hazard ratio * (95% CI)"): _per(
        tuple("?" + arm for arm in _S3[:2]), ("hr", "ci_low", "ci_high"), (0.58, 0.46, 0.74), (0.51, 0.40, 0.65)
    ),
    (_ORR, "ORR, n% (95% CI)"): _per(_S3, _CI, (22, 16, 29), (24, 18, 31), (5, 2, 9)),
    (_ORR, "Complete response %"): _per(_S3, ("percent",), (2,), (3,), (0,)),
    (_ORR, "Partial response %"): _per(_S3, ("percent",), (20,), (21,), (5,)),
}

SECOND: dict[str, Gold] = {"Table 1": SECOND_1, "Table 2": SECOND_2, "Table 3": SECOND_3}
SECOND_SECTIONS = {"Table 1": "adverse_events", "Table 2": "adverse_events", "Table 3": "efficacy"}
# Table 2's spans are event kinds of one arm, no groups
SECOND_NO_ARM = {"Table 2": frozenset({"Non-serious", "Serious", "Total"})}
