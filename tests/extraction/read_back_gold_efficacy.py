"""What must be read from the efficacy read-back pages (tests/typeset/read_back/{jco-response, nejm-response,
lancet-response, annals-efficacy, ccr-cohorts}.html), written from the HTML before the pages were first read back.
The form is `read_back_gold.py`'s: row path -> {(column words, statistic): value}; "@" marks a column's group word
under a span that is no group, "~" a cell that is no group's (a contrast printed under a group's head), "?" a ratio
of a group against the control printed under that group's head (the group or none).

Conventions: a "NR"/"NE"/"NC"/"NA"/"NP"/"··"/"—" cell or bound says nothing a reader could file and is not listed;
"1.4+" (a censored time) is the number 1.4; "<0.001" is the P value 0.001 (its qualifier "<"); a "%" or
"% (95% CI)" cell of a share of patients is a percent; a response-rate ratio is "rr"; a difference in percent is
a "value"; "Total no. of events" is "events", "No. of participants with ≥1 event" a count; a median's 95% CI
printed on the row below is the median's (filed under the median's row, whose label is the two rows' labels
joined: "Median, months" over "(95% CI)" is "Median, months (95% CI)").

Conventions corrected after the first reading, to the house's (not counted as fixes; the first-contact figures of
tests/extraction/test_read_back_efficacy_forms.py are with them): a percentage at a landmark of a time-to-event
curve ("12-month survival, % (95% CI)", "PFS at 24 Weeks", "Kaplan–Meier 12-month estimate of DOR") or an
"estimated percentage" of events is a "rate" (`extractors/hint_intervals._proportion_estimate` and
`hint_pairs._count_and_rate`; the tuning golden files file "12-month OS rate (95% CI)" so; the gold had
"percent"); the median's row joins its "(95% CI)" row's label; a contrast printed under a group's head ("~", "?")
may be filed under no column at all; a subgroup variable's span over its levels is part of the group's name
("Site of primary tumor Cutaneous"; the gold had "Cutaneous"); a ratio no label names ("Ratio (95% CI)") is a
"value", as the tuning golden files file "Ratio of adjusted means" (the gold had "rr")."""

from __future__ import annotations

from tests.extraction.read_back_gold import Cells, Gold


def _cp(col: str, n: float, pct: float) -> Cells:
    return {(col, "count"): n, (col, "percent"): pct}


def _ci(col: str, stat: str, v: float | None, lo: float | None, hi: float | None) -> Cells:
    out: Cells = {}
    for s, x in ((stat, v), ("ci_low", lo), ("ci_high", hi)):
        if x is not None:
            out[(col, s)] = x
    return out


def _range(col: str, median: float | None, lo: float, hi: float) -> Cells:
    out: Cells = {(col, "min"): lo, (col, "max"): hi}
    return out | ({(col, "median"): median} if median is not None else {})


def _nn(col: str, n: float, d: float, pct: float | None = None) -> Cells:
    out: Cells = {(col, "count"): n, (col, "denominator"): d}
    return out | ({(col, "percent"): pct} if pct is not None else {})


def _two(form, a: str, b: str, x: tuple, y: tuple) -> Cells:  # type: ignore[no-untyped-def, type-arg]
    cells: Cells = form(a, *x) | form(b, *y)
    return cells


# ---- jco-response -------------------------------------------------------------------------------------------
_VC, _PC = "Veltrazumab Plus Carboplatin", "Placebo Plus Carboplatin"
_BOR = "Best overall response, No. (%)"
JCO_BOR: Gold = {
    ("ORR (95% CI), %",): _ci(_VC, "percent", 34.4, 28.0, 41.2) | _ci(_PC, "percent", 24.9, 19.2, 31.4),
    (_BOR, "CR"): _two(_cp, _VC, _PC, (7, 3.3), (4, 1.9)),
    (_BOR, "PR"): _two(_cp, _VC, _PC, (66, 31.1), (48, 23.0)),
    (_BOR, "SD"): _two(_cp, _VC, _PC, (98, 46.2), (103, 49.3)),
    (_BOR, "PD"): _two(_cp, _VC, _PC, (29, 13.7), (41, 19.6)),
    (_BOR, "Not evaluable"): _two(_cp, _VC, _PC, (12, 5.7), (13, 6.2)),
    ("DOR, median (range), months",): _range(_VC, 8.1, 1.9, 27.4) | _range(_PC, 5.9, 1.4, 25.0),
    ("DOR ≥6 months, No. (%)",): _two(_cp, _VC, _PC, (41, 56.2), (21, 40.4)),
    ("Time to response, median (range), months",): _range(_VC, 1.4, 1.1, 8.3) | _range(_PC, 1.5, 1.2, 11.0),
}

_ORR, _DOR, _PFS24, _OS1 = "Confirmed ORR", "Median DOR", "PFS at 24 Weeks", "1-Year OS"


def _pdl1(orr: tuple, dor: tuple, pfs: tuple | None, os: tuple) -> Cells:  # type: ignore[type-arg]
    cells = {(_ORR, "percent"): orr[0], (_ORR, "count"): orr[1], (_ORR, "denominator"): orr[2]}
    cells |= _range(_DOR, *dor)
    if pfs:
        cells |= _ci(_PFS24, "rate", *pfs)
    return cells | _ci(_OS1, "rate", *os)


JCO_PDL1: Gold = {
    ("≥ 50",): _pdl1((45, 9, 20), (None, 4.1, 22.7), (55, 31, 74), (80, 55, 92)),
    ("1–49",): _pdl1((31, 11, 35), (None, 3.9, 22.7), (43, 26, 59), (71, 53, 84)),
    ("< 1",): _pdl1((12, 3, 25), (8.3, 5.6, 9.9), (32, 15, 51), (60, 38, 76)),
    ("Unknown",): _pdl1((17, 1, 6), (14.2, 14.2, 14.2), None, (67, 19, 90)),
}


def _spans(orr: tuple, orr_ci: tuple, dcr: tuple, dcr_ci: tuple) -> Cells:  # type: ignore[type-arg]
    return (
        _nn("ORR>n/N", *orr)
        | _ci("ORR>95% CI", "ci_low", None, *orr_ci)
        | _nn("DCR24>n/N", *dcr)
        | _ci("DCR24>95% CI", "ci_low", None, *dcr_ci)
    )


JCO_STATUS: Gold = {
    ("Unselected",): _spans((14, 48, 29.2), (17.0, 44.1), (22, 48, 45.8), (31.4, 60.8)),
    ("PD-L1–high (≥ 25% TC)",): _spans((12, 30, 40.0), (22.7, 59.4), (17, 30, 56.7), (37.4, 74.5)),
    ("PD-L1–low/negative (< 25% TC)",): _spans((2, 18, 11.1), (1.4, 34.7), (5, 18, 27.8), (9.7, 53.5)),
}


def _dose(n: int, d: int, pct: float, lo: float, hi: float, med: float, plo: float, phi: float | None) -> Cells:
    return (
        _nn("ORR>n/N", n, d)
        | {("ORR>%", "percent"): pct}
        | _ci("ORR>95% CI", "ci_low", None, lo, hi)
        | {("PFS>Median", "median"): med}
        | _ci("PFS>95% CI", "ci_low", None, plo, phi)
    )


JCO_DOSES: Gold = {
    ("All doses",): _dose(24, 86, 27.9, 18.8, 38.6, 3.9, 2.0, 7.4),
    ("0.3",): _dose(3, 14, 21.4, 4.7, 50.8, 2.1, 1.8, 7.6),
    ("1",): _dose(9, 30, 30.0, 14.7, 49.4, 5.6, 1.9, 11.2),
    ("3",): _dose(8, 24, 33.3, 15.6, 55.3, 4.8, 1.8, 13.9),
    ("10",): _dose(4, 18, 22.2, 6.4, 47.6, 1.9, 1.7, None),
}

# a subgroup variable's span over its levels names the group with the level ("Site of primary tumor" over
# "Cutaneous | Mucosal"): unlike a population's span over the same groups printed again under each
_SUB: tuple[str, ...] = ("All patients", "Site of primary tumor Cutaneous", "Site of primary tumor Mucosal")
_SUB += ("Prior anti-CTLA-4 therapy Yes", "Prior anti-CTLA-4 therapy No")


def _five(stat: str, *values: tuple[float | None, float | None, float | None]) -> Cells:
    cells: Cells = {}
    for col, v in zip(_SUB, values, strict=True):
        cells |= _ci(col, stat, *v)
    return cells


JCO_SUBGROUPS: Gold = {
    ("ORR (95% CI), %",): _five(
        "percent", (22.9, 12.0, 37.3), (29.0, 14.2, 48.0), (11.8, 1.5, 36.4), (27.3, 10.7, 50.2), (19.2, 6.6, 39.4)
    ),
    ("PFS", "Median (95% CI), months"): _five(
        "median", (3.4, 1.6, 6.0), (4.1, 2.2, 8.8), (1.8, 1.4, 3.9), (5.5, 1.7, 9.2), (2.6, 1.4, 4.4)
    ),
    ("PFS", "6-month rate (95% CI), %"): _five(
        "rate", (38.5, 24.6, 52.2), (45.2, 27.4, 61.4), (23.5, 7.3, 44.9), (45.5, 24.4, 64.3), (32.7, 15.4, 51.2)
    ),
    ("OS", "Median (95% CI), months"): _five(
        "median", (16.9, 7.1, None), (18.4, 9.6, None), (None, 3.2, None), (20.1, 6.4, None), (12.3, 5.1, None)
    ),
    ("OS", "12-month rate (95% CI), %"): _five(
        "rate", (58.1, 42.6, 70.8), (63.3, 43.5, 77.8), (47.1, 23.0, 68.0), (63.6, 40.3, 79.8), (53.8, 33.3, 70.6)
    ),
}

_GA, _GB, _GT = "Group A: 350 mg Q3W", "Group B: 3 mg/kg Q2W", "Total (Groups A+B)"


def _three(form, *values: tuple) -> Cells:  # type: ignore[no-untyped-def, type-arg]
    cells: Cells = {}
    for col, v in zip((_GA, _GB, _GT), values, strict=True):
        if v:
            cells |= form(col, *v)
    return cells


def _pct_ci(col: str, v: float, lo: float, hi: float) -> Cells:
    return _ci(col, "percent", v, lo, hi)


def _rate_ci(col: str, v: float, lo: float, hi: float) -> Cells:
    return _ci(col, "rate", v, lo, hi)


_BORN = "Best overall response, n (%)"
JCO_GROUPS: Gold = {
    ("ORR, % (95% CI)",): _three(_pct_ci, (40.4, 27.0, 54.9), (47.4, 34.0, 61.0), (44.0, 34.5, 53.9)),
    (_BORN, "Complete response"): _three(_cp, (4, 7.7), (9, 15.8), (13, 11.9)),
    (_BORN, "Partial response"): _three(_cp, (17, 32.7), (18, 31.6), (35, 32.1)),
    (_BORN, "Progressive disease"): _three(_cp, (13, 25.0), (11, 19.3), (24, 22.0)),
    ("Disease control rate, % (95% CI)",): _three(_pct_ci, (63.5, 49.0, 76.4), (70.2, 56.6, 81.6), (67.0, 57.3, 75.7)),
    ("Median time to response, months (range)",): _three(_range, (2.0, 1.8, 7.9), (1.9, 1.7, 9.3), (1.9, 1.7, 9.3)),
    ("Kaplan–Meier 12-month estimate of DOR, % (95% CI)",): _three(
        _rate_ci, (), (87.5, 67.0, 95.8), (89.1, 74.1, 95.7)
    ),
}

# ---- nejm-response ------------------------------------------------------------------------------------------
_OR, _CH = "Orlanimab", "Chemotherapy"
_OBJ, _BORM = "Objective response", "Best overall response — no. (%)"
_TTR, _DUR = "Time to response — mo", "Duration of response — mo"
NEJM_RESPONSE: Gold = {
    (_OBJ, "No. of patients with response"): {(_OR, "count"): 62, (_CH, "count"): 49},
    (_OBJ, "% of patients (95% CI)"): _ci(_OR, "percent", 31, 24, 37) | _ci(_CH, "percent", 25, 19, 31),
    (_OBJ, "Estimated odds ratio (95% CI)"): _ci(f"?{_OR}", "or", 1.34, 0.86, 2.09),
    (_BORM, "Complete response"): _two(_cp, _OR, _CH, (6, 3), (2, 1)),
    (_BORM, "Partial response"): _two(_cp, _OR, _CH, (56, 28), (47, 24)),
    (_BORM, "Stable disease"): _two(_cp, _OR, _CH, (72, 35), (88, 44)),
    (_BORM, "Progressive disease"): _two(_cp, _OR, _CH, (51, 25), (39, 20)),
    (_BORM, "Could not be determined"): _two(_cp, _OR, _CH, (18, 9), (22, 11)),
    (_TTR, "Median"): {(_OR, "median"): 2.1, (_CH, "median"): 2.8},
    (_TTR, "Range"): {(_OR, "min"): 1.3, (_OR, "max"): 11.0, (_CH, "min"): 1.2, (_CH, "max"): 8.4},
    (_DUR, "Median"): {(_OR, "median"): 13.8, (_CH, "median"): 6.2},
    (_DUR, "Range"): {(_OR, "min"): 1.6, (_OR, "max"): 22.3, (_CH, "min"): 1.4, (_CH, "max"): 19.7},
}

_RG, _GA2 = "Ruxoplatin plus Gemcitabine", "Gemcitabine Alone"
_RATIO, _PV = "~Hazard Ratio or Response-Rate Ratio", "P Value"
_ORS, _RATE = "Rate of objective response", "Survival rate — % (95% CI)"
NEJM_SURVIVAL: Gold = {
    ("Overall survival", "Median overall survival — mo (95% CI)"): _ci(_RG, "median", 9.1, 8.2, 10.0)
    | _ci(_GA2, "median", 7.0, 6.3, 7.8)
    | _ci(_RATIO, "hr", 0.76, 0.65, 0.88)
    | {(_PV, "p"): 0.001},
    ("Overall survival", _RATE, "6 mo"): _ci(_RG, "rate", 69, 64, 73) | _ci(_GA2, "rate", 58, 53, 63),
    ("Overall survival", _RATE, "12 mo"): _ci(_RG, "rate", 37, 32, 42) | _ci(_GA2, "rate", 25, 20, 29),
    (_ORS, "Independent review", "No. of patients with a response"): {(_RG, "count"): 93, (_GA2, "count"): 35}
    | _ci(_RATIO, "rr", 2.64, 1.84, 3.79)
    | {(_PV, "p"): 0.001},
    (_ORS, "Independent review", "% (95% CI)"): _ci(_RG, "percent", 23, 19, 28) | _ci(_GA2, "percent", 9, 6, 12),
    (_ORS, "Investigator review", "No. of patients with a response"): {(_RG, "count"): 118, (_GA2, "count"): 40}
    | _ci(_RATIO, "rr", 2.93, 2.11, 4.07)
    | {(_PV, "p"): 0.001},
    (_ORS, "Investigator review", "% (95% CI)"): _ci(_RG, "percent", 29, 25, 34) | _ci(_GA2, "percent", 10, 7, 13),
}

_G40, _G80, _NHR = "40-mg Group", "80-mg Group", "Hazard Ratio"


def _cr(col: str, n: float, rate: float) -> Cells:
    return {(col, "count"): n, (col, "rate"): rate}


NEJM_ESTIMATED: Gold = {
    ("Primary effectiveness outcome: death, myocardial infarction, or stroke",): _two(
        _cr, _G40, _G80, (512, 6.94), (498, 7.02)
    )
    | _ci(_NHR, "hr", 0.98, 0.87, 1.11)
    | {(_PV, "p"): 0.79},
    ("Death from any cause",): _two(_cr, _G40, _G80, (281, 3.71), (309, 4.12)) | _ci(_NHR, "hr", 0.90, 0.77, 1.06),
    ("Hospitalization for stroke",): _two(_cr, _G40, _G80, (88, 1.19), (81, 1.15)) | _ci(_NHR, "hr", 1.07, 0.79, 1.45),
    ("Primary safety outcome: major bleeding",): _two(_cr, _G40, _G80, (47, 0.61), (40, 0.55))
    | _ci(_NHR, "hr", 1.16, 0.76, 1.77)
    | {(_PV, "p"): 0.49},
}

_ZV, _PL = "Zorvastatin", "Placebo"
_RECUR = "First and recurrent events of the primary outcome"
NEJM_RECURRENT: Gold = {
    ("Primary outcome", "Death from cardiovascular causes, myocardial infarction, or stroke — no. (%)"): _two(
        _cp, _ZV, _PL, (141, 4.5), (178, 5.7)
    )
    | _ci(_NHR, "hr", 0.79, 0.63, 0.98),
    ("Components of the primary outcome", "Myocardial infarction — no. (%)"): _two(_cp, _ZV, _PL, (38, 1.2), (55, 1.8))
    | _ci(_NHR, "hr", 0.69, 0.46, 1.04),
    ("Components of the primary outcome", "Stroke — no. (%)"): _two(_cp, _ZV, _PL, (41, 1.3), (49, 1.6))
    | _ci(_NHR, "hr", 0.84, 0.55, 1.27),
    (_RECUR, "No. of participants with ≥1 event"): {(_ZV, "count"): 141, (_PL, "count"): 178},
    (_RECUR, "No. of participants with ≥2 events"): {(_ZV, "count"): 11, (_PL, "count"): 19},
    (_RECUR, "Total no. of events"): {(_ZV, "events"): 156, (_PL, "events"): 203} | _ci(_NHR, "hr", 0.77, 0.61, 0.97),
}

# ---- lancet-response ----------------------------------------------------------------------------------------
_DX, _PX = "Daxolumab plus CAPOX", "Placebo plus CAPOX"
_OBR, _DC = "Objective response (95% CI)", "Disease control (95% CI)"
LANCET_RESPONSE: Gold = {
    ("Best overall response", "Complete response"): _two(_cp, _DX, _PX, (5, 2), (9, 4)),
    ("Best overall response", "Partial response"): _two(_cp, _DX, _PX, (81, 34), (96, 40)),
    ("Best overall response", "Stable disease"): _two(_cp, _DX, _PX, (64, 27), (61, 26)),
    ("Best overall response", "Progressive disease"): _two(_cp, _DX, _PX, (39, 16), (35, 15)),
    ("Best overall response", "Not evaluable"): _two(_cp, _DX, _PX, (9, 4), (7, 3)),
    ("Best overall response", "Missing"): _two(_cp, _DX, _PX, (43, 18), (30, 13)),
    (_OBR,): _ci(_DX, "percent", 35.7, 29.6, 42.1) | _ci(_PX, "percent", 44.1, 37.7, 50.7),
    (_OBR, "Stratified odds ratio (95% CI)"): _ci(f"?{_DX}", "or", 0.70, 0.48, 1.01),
    (_OBR, "p value"): {(f"?{_DX}", "p"): 0.058},
    (_DC,): _ci(_DX, "percent", 62.2, 55.7, 68.3) | _ci(_PX, "percent", 69.7, 63.5, 75.5),
    (_DC, "Stratified odds ratio (95% CI)"): _ci(f"?{_DX}", "or", 0.71, 0.48, 1.05),
    (_DC, "p value"): {(f"?{_DX}", "p"): 0.085},
}

_LHR, _LP = "Hazard ratio", "p value"
LANCET_SURVIVAL: Gold = {
    ("Overall survival", "Deaths"): _two(_nn, _DX, _PX, (168, 241, 70), (151, 238, 63)),
    ("Overall survival", "Median, months (95% CI)"): _ci(_DX, "median", 10.4, 9.2, 11.8)
    | _ci(_PX, "median", 11.9, 10.6, 13.5)
    | _ci(_LHR, "hr", 1.18, 0.94, 1.47)
    | {(_LP, "p"): 0.15},
    ("Overall survival", "12-month survival, % (95% CI)"): _ci(_DX, "rate", 44.8, 38.3, 51.1)
    | _ci(_PX, "rate", 50.2, 43.6, 56.4),
    ("Progression-free survival", "Events"): _two(_nn, _DX, _PX, (201, 241, 83), (188, 238, 79)),
    ("Progression-free survival", "Median, months (95% CI)"): _ci(_DX, "median", 5.9, 5.6, 6.8)
    | _ci(_PX, "median", 6.8, 5.9, 7.4)
    | _ci(_LHR, "hr", 1.12, 0.91, 1.37)
    | {(_LP, "p"): 0.30},
}

_NL, _PHY, _RD = "Nurse-led care", "Physician-led care", "~Risk difference"
LANCET_DIFFERENCE: Gold = {
    ("Individual outcomes", "Died"): _two(_nn, _NL, _PHY, (9, 845, 1.1), (12, 841, 1.4))
    | _ci(_RD, "value", -0.4, -1.5, 0.7),
    ("Individual outcomes", "Lost to follow-up"): _two(_nn, _NL, _PHY, (201, 845, 23.8), (188, 841, 22.4))
    | _ci(_RD, "value", 1.4, -2.6, 5.4),
    ("Individual outcomes", "Virological failure"): _two(_nn, _NL, _PHY, (41, 552, 7.4), (47, 561, 8.4))
    | _ci(_RD, "value", -1.0, -4.4, 2.5),
    ("Composite outcome", "Intention-to-treat analysis"): _two(_nn, _NL, _PHY, (251, 845, 29.7), (247, 841, 29.4))
    | _ci(_RD, "value", 0.3, -4.4, 5.1),
}

# ---- annals-efficacy ----------------------------------------------------------------------------------------
_POPS = (
    "All patients>@Zendociclib + AI",
    "All patients>@Placebo + AI",
    "Patients with measurable disease>@Zendociclib + AI",
    "Patients with measurable disease>@Placebo + AI",
)


def _four(*values: tuple) -> Cells:  # type: ignore[type-arg]
    cells: Cells = {}
    for col, v in zip(_POPS, values, strict=True):
        cells |= _cp(f"{col}>n (%)", v[0], v[1])
        if len(v) > 2:
            cells |= _ci(f"{col}>95% CI", "ci_low", None, v[2], v[3])
    return cells


ANNALS_POPULATIONS: Gold = {
    ("Complete response",): _four((1, 2.5, -2.3, 7.3), (0, 0.0), (1, 3.2, -3.0, 9.4), (0, 0.0)),
    ("Partial response",): _four(
        (17, 42.5, 27.2, 57.8), (5, 27.8, 7.1, 48.5), (16, 51.6, 34.0, 69.2), (5, 35.7, 10.6, 60.8)
    ),
    ("Stable disease",): _four(
        (18, 45.0, 29.6, 60.4), (10, 55.6, 32.6, 78.5), (11, 35.5, 18.6, 52.3), (7, 50.0, 23.8, 76.2)
    ),
    ("Objective response rate (CR + PR)",): _four(
        (18, 45.0, 29.6, 60.4), (5, 27.8, 7.1, 48.5), (17, 54.8, 37.3, 72.4), (5, 35.7, 10.6, 60.8)
    ),
    ("Disease control rate (CR + PR + SD)",): _four(
        (36, 90.0, 80.7, 99.3), (15, 83.3, 66.1, 100.5), (28, 90.3, 79.9, 100.7), (12, 85.7, 67.4, 104.0)
    ),
}

_LG, _PG = "Lunvatinib/Gem", "Placebo/Gem"


def _stacked(events: tuple, medians: tuple, cis: tuple, hr: tuple, p: float) -> dict[str, Cells]:  # type: ignore[type-arg]
    return {
        "No. of events (%)": _two(_cp, _LG, _PG, events[:2], events[2:]),
        "Median, months (95% CI)": {(_LG, "median"): medians[0], (_PG, "median"): medians[1]}
        | _ci(_LG, "ci_low", None, *cis[:2])
        | _ci(_PG, "ci_low", None, *cis[2:]),
        "Hazard ratio (95% CI)": _ci(f"?{_LG}", "hr", *hr),
        "P value": {(f"?{_LG}", "p"): p},
    }


ANNALS_STACKED: Gold = {
    (block, row): cells
    for block, rows in (
        (
            "Overall survival",
            _stacked((131, 61.8, 137, 65.2), (8.9, 8.1), (7.6, 10.2, 6.9, 9.4), (0.92, 0.72, 1.17), 0.24),
        ),
        (
            "Progression-free survival",
            _stacked((158, 74.5, 166, 79.0), (4.6, 4.2), (3.9, 5.7, 3.7, 5.0), (0.88, 0.71, 1.10), 0.13),
        ),
    )
    for row, cells in rows.items()
}

_V1, _V2, _CT = "Velnarib 100 mg Daily", "Velnarib 200 mg Daily", "Chemotherapy"
_PFSB, _ORRB = "Progression-Free Survival", "Objective Response Rate"
ANNALS_THREE_ARMS: Gold = {
    (_PFSB, "Number of events, n (%)"): _cp(_V1, 104, 69) | _cp(_V2, 99, 66) | _cp(_CT, 128, 85),
    (_PFSB, "Median in months (95% CI)"): _ci(_V1, "median", 3.4, 2.8, 4.1)
    | _ci(_V2, "median", 3.6, 2.9, 4.6)
    | _ci(_CT, "median", 2.6, 2.3, 2.9),
    (_PFSB, "p-Value (stratified log-rank)"): {(f"?{_V1}", "p"): 0.001, (f"?{_V2}", "p"): 0.001},
    (_PFSB, "Hazard ratio (95% CI)"): _ci(f"?{_V1}", "hr", 0.61, 0.47, 0.79) | _ci(f"?{_V2}", "hr", 0.55, 0.42, 0.71),
    (_ORRB, "ORR, n% (95% CI)"): _ci(_V1, "percent", 19, 13, 26)
    | _ci(_V2, "percent", 24, 17, 31)
    | _ci(_CT, "percent", 5, 2, 10),
    (_ORRB, "Complete response %"): {(_V1, "percent"): 2, (_V2, "percent"): 3, (_CT, "percent"): 0},
    (_ORRB, "Partial response %"): {(_V1, "percent"): 17, (_V2, "percent"): 21, (_CT, "percent"): 5},
}

_TB, _TR, _DIF, _RAT = "Trastelumab-B", "Reference trastelumab", "~Difference", "~Ratio"


def _responders(a: tuple, b: tuple, diff: tuple, ratio: tuple) -> Cells:  # type: ignore[type-arg]
    return (
        _cp(_TB, *a[:2])
        | _ci(_TB, "ci_low", None, *a[2:])
        | _cp(_TR, *b[:2])
        | _ci(_TR, "ci_low", None, *b[2:])
        | _ci(_DIF, "value", *diff)
        | _ci(_RAT, "value", *ratio)
    )


ANNALS_RESPONDERS: Gold = {
    ("PPS, No.",): {(_TB, "count"): 230, (_TR, "count"): 228},
    ("Locally assessed tpCR", "Responders, No. (%) [95% CI]"): _responders(
        (104, 45.2, 38.7, 51.9), (109, 47.8, 41.2, 54.5), (-2.6, -11.8, 6.6), (0.95, 0.78, 1.15)
    ),
    ("Centrally assessed tpCR", "Responders, No. (%) [95% CI]"): _responders(
        (99, 47.4, 40.5, 54.4), (106, 50.2, 43.3, 57.2), (-2.8, -12.4, 6.8), (0.94, 0.77, 1.15)
    ),
}

_PA, _SU = "Pelorumab + axitinib", "Sunitinib"
ANNALS_NR: Gold = {
    ("Overall survival", "Number of death events, n (%)"): _two(_cp, _PA, _SU, (98, 23.3), (117, 28.0)),
    ("Overall survival", "Median overall survival (months) (95% CI)"): {(_PA, "ci_low"): 28.1, (_SU, "ci_low"): 25.9},
    ("Overall survival", "Stratified HR (95% CI)"): _ci(f"?{_PA}", "hr", 0.79, 0.61, 1.04),
    ("Overall survival", "Stratified log-rank test, one-sided p value"): {(f"?{_PA}", "p"): 0.046},
    ("PFS", "Number of events, n (%)"): _two(_cp, _PA, _SU, (211, 50.2), (247, 59.1)),
    ("PFS", "Median PFS (months) (95% CI)"): _ci(_PA, "median", 12.9, 10.8, 15.1) | _ci(_SU, "median", 7.8, 6.6, 9.6),
    ("PFS", "Stratified HR (95% CI)"): _ci(f"?{_PA}", "hr", 0.68, 0.56, 0.82),
    ("ORR (CR+PR) (%) (95% CI)",): _cp(_PA, 218, 51.9)
    | _ci(_PA, "ci_low", None, 47.0, 56.8)
    | _cp(_SU, 113, 27.0)
    | _ci(_SU, "ci_low", None, 22.8, 31.6),
}

_OC, _OX = "Overall population>@Cemtoxumab", "Overall population>@Chemotherapy"
_JC, _JX = "Japanese subgroup>@Cemtoxumab", "Japanese subgroup>@Chemotherapy"
_BOT = "Best overall tumor response, n (%)"


def _quad(form, *values: tuple) -> Cells:  # type: ignore[no-untyped-def, type-arg]
    cells: Cells = {}
    for col, v in zip((_OC, _OX, _JC, _JX), values, strict=True):
        if v:
            cells |= form(col, *v)
    return cells


def _count(col: str, n: float) -> Cells:
    return {(col, "count"): n}


def _bounds(col: str, lo: float, hi: float) -> Cells:
    return {(col, "ci_low"): lo, (col, "ci_high"): hi}


ANNALS_POPULATION_SPANS: Gold = {
    ("Objective response", "ORR (complete response + partial response), n (%)"): _quad(
        _cp, (55, 18.5), (21, 7.1), (6, 19.4), (2, 7.1)
    ),
    ("Objective response", "95% CI for ORR"): _quad(_bounds, (14.2, 23.4), (4.5, 10.6), (7.5, 37.5), (0.9, 23.5)),
    (_BOT, "Complete response"): _quad(_cp, (11, 3.7), (4, 1.4), (1, 3.2), ()) | _count(_JX, 0),
    (_BOT, "Partial response"): _quad(_cp, (44, 14.8), (17, 5.7), (5, 16.1), (2, 7.1)),
    (_BOT, "Stable disease"): _quad(_cp, (121, 40.6), (139, 47.0), (14, 45.2), (13, 46.4)),
    ("Odds ratio (95% CI)",): _ci(f"?{_OC}", "or", 2.96, 1.74, 5.05) | _ci(f"?{_JC}", "or", 3.12, 0.55, 17.6),
    ("Kaplan–Meier estimated duration of response, median (95% CI), months",): _ci(_OC, "median", 15.2, 11.9, None)
    | _ci(_OX, "median", 7.1, 5.4, 8.3),
}

# ---- ccr-cohorts: second instances of the families fixed after the first reading, gold written before this page
# was first read -----------------------------------------------------------------------------------------------


def _cohort(orr: tuple, ci: tuple, dor: tuple, pfs: float, pfs_ci: tuple) -> Cells:  # type: ignore[type-arg]
    return (
        {("ORR>% (n/N)", "percent"): orr[0], ("ORR>% (n/N)", "count"): orr[1], ("ORR>% (n/N)", "denominator"): orr[2]}
        | _ci("ORR>95% CI", "ci_low", None, *ci)
        | {("DOR", "min"): dor[0], ("DOR", "max"): dor[1], ("Median PFS>mo", "median"): pfs}
        | _ci("Median PFS>95% CI", "ci_low", None, *pfs_ci)
    )


CCR_COHORTS: Gold = {
    ("Cohort A (NSCLC)",): _cohort((38.5, 10, 26), (20.2, 59.4), (2.8, 19.6), 5.6, (3.1, 8.2)),
    ("Cohort B (HNSCC)",): _cohort((22.7, 5, 22), (7.8, 45.4), (1.9, 11.3), 3.4, (1.8, 6.0)),
    ("Cohort C (urothelial)",): _cohort((30.0, 6, 20), (11.9, 54.3), (4.1, 15.0), 4.2, (2.1, None)),
}

_ITT = ("Intention-to-treat population>@Ravolumab", "Intention-to-treat population>@Placebo")
_PP = ("Per-protocol population>@Ravolumab", "Per-protocol population>@Placebo")
CCR_POPULATIONS: Gold = {
    ("Overall response (95% CI)",): _ci(_ITT[0], "percent", 41.1, 33.8, 48.7)
    | _ci(_ITT[1], "percent", 18.9, 11.4, 28.5)
    | _ci(_PP[0], "percent", 43.9, 36.2, 51.9)
    | _ci(_PP[1], "percent", 19.3, 11.4, 29.4),
    ("Median PFS, months (95% CI)",): _ci(_ITT[0], "median", 6.9, 5.5, 8.3)
    | _ci(_ITT[1], "median", 4.0, 2.8, 5.1)
    | _ci(_PP[0], "median", 7.2, 5.6, 8.8)
    | _ci(_PP[1], "median", 4.1, 2.9, 5.4),
}

_TV, _OB, _TWO = "Telvarimab", "Observation", "~Hazard Ratio or Odds Ratio"
CCR_TWO_RATIOS: Gold = {
    ("Evaluable patients — no.",): {(_TV, "count"): 142, (_OB, "count"): 139},
    ("Progression-free survival", "Median — mo (95% CI)"): _ci(_TV, "median", 11.2, 9.4, 13.0)
    | _ci(_OB, "median", 7.5, 6.1, 8.7)
    | _ci(_TWO, "hr", 0.64, 0.49, 0.83)
    | {(_PV, "p"): 0.001},
    ("Remission rate", "Number of participants with remission"): {(_TV, "count"): 61, (_OB, "count"): 33}
    | _ci(_TWO, "or", 2.31, 1.41, 3.78)
    | {(_PV, "p"): 0.001},
    ("Remission rate", "% (95% CI)"): _ci(_TV, "percent", 43.0, 34.7, 51.6) | _ci(_OB, "percent", 23.7, 16.9, 31.7),
}

_ALL, _LY, _LN = "All", "Liver metastases Yes", "Liver metastases No"
CCR_LEVELS: Gold = {
    ("Objective response, % of participants (95% CI)",): _ci(_ALL, "percent", 31.8, 18.6, 47.6)
    | _ci(_LY, "percent", 14.3, 1.8, 42.8)
    | _ci(_LN, "percent", 40.0, 22.7, 59.4),
    ("Disease control, % of participants (95% CI)",): _ci(_ALL, "percent", 63.6, 47.8, 77.6)
    | _ci(_LY, "percent", 42.9, 17.7, 71.1)
    | _ci(_LN, "percent", 73.3, 54.1, 87.7),
    ("Median OS, months (95% CI)",): _ci(_ALL, "median", 13.1, 9.0, None)
    | _ci(_LY, "median", 7.7, 4.2, 13.9)
    | {(_LN, "ci_low"): 10.4},
}

_PV2, _DO = "Pelvatinib", "Docetaxel"


def _ncp(col: str, n: float, pct: float, lo: float, hi: float) -> Cells:
    return _cp(col, n, pct) | _ci(col, "ci_low", None, lo, hi)


CCR_COUNT_SHARE_CI: Gold = {
    ("Confirmed ORR (%) (95% CI)",): _ncp(_PV2, 54, 36.0, 28.3, 44.2) | _ncp(_DO, 27, 18.2, 12.4, 25.4),
    ("Disease control (%) (95% CI)",): _ncp(_PV2, 102, 68.0, 59.9, 75.4) | _ncp(_DO, 79, 53.4, 45.0, 61.6),
    ("Complete response (%) (95% CI)",): _ncp(_PV2, 6, 4.3, 1.6, 9.1) | _ncp(_DO, 2, 1.4, 0.2, 5.0),
}

CCR_RECURRENT: Gold = {
    ("Patients with ≥1 hospitalization, n",): {(_PV2, "count"): 38, (_DO, "count"): 52},
    ("Total number of events",): {(_PV2, "events"): 49, (_DO, "events"): 77}
    | _ci("~Rate ratio", "value", 0.62, 0.41, 0.94),
}

_MV, _MP, _MH = "Merivaciguat", "Placebo", "Hazard ratio"
WIDOW_ROW: Gold = {
    ("Primary end point, n (%)",): _two(_cp, _MV, _MP, (448, 35.6), (492, 39.0)) | _ci(_MH, "hr", 0.89, 0.78, 1.01),
    ("Cardiovascular death, n (%)",): _two(_cp, _MV, _MP, (207, 16.4), (221, 17.5)) | _ci(_MH, "hr", 0.93, 0.77, 1.12),
    ("Heart-failure hospitalization, n (%)",): _two(_cp, _MV, _MP, (344, 27.3), (376, 29.8))
    | _ci(_MH, "hr", 0.90, 0.78, 1.04),
    ("Death from any cause, n (%)",): _two(_cp, _MV, _MP, (250, 19.8), (262, 20.8)) | _ci(_MH, "hr", 0.95, 0.80, 1.13),
}

# groups printed as rows (subgroups, dose levels): a record may name the row's group or none
ROW_ARMS_EFFICACY = {
    ("jco-response", "Table 3"),
    ("jco-response", "Table 4"),
    ("jco-response", "Table 5"),
    ("ccr-cohorts", "Table 2"),
}

GOLD_EFFICACY: dict[tuple[str, str], Gold] = {
    ("jco-response", "Table 2"): JCO_BOR,
    ("jco-response", "Table 3"): JCO_PDL1,
    ("jco-response", "Table 4"): JCO_STATUS,
    ("jco-response", "Table 5"): JCO_DOSES,
    ("jco-response", "Table 6"): JCO_SUBGROUPS,
    ("jco-response", "Table 7"): JCO_GROUPS,
    ("nejm-response", "Table 2"): NEJM_RESPONSE,
    ("nejm-response", "Table 3"): NEJM_SURVIVAL,
    ("nejm-response", "Table 4"): NEJM_ESTIMATED,
    ("nejm-response", "Table 5"): NEJM_RECURRENT,
    ("lancet-response", "Table 2"): LANCET_RESPONSE,
    ("lancet-response", "Table 3"): LANCET_SURVIVAL,
    ("lancet-response", "Table 4"): LANCET_DIFFERENCE,
    ("annals-efficacy", "Table 2"): ANNALS_POPULATIONS,
    ("annals-efficacy", "Table 3"): ANNALS_STACKED,
    ("annals-efficacy", "Table 4"): ANNALS_THREE_ARMS,
    ("annals-efficacy", "Table 5"): ANNALS_RESPONDERS,
    ("annals-efficacy", "Table 6"): ANNALS_NR,
    ("annals-efficacy", "Table 7"): ANNALS_POPULATION_SPANS,
}

# the second instances (tests/typeset/read_back/ccr-cohorts.html)
GOLD_EFFICACY_2: dict[tuple[str, str], Gold] = {
    ("ccr-cohorts", "Table 2"): CCR_COHORTS,
    ("ccr-cohorts", "Table 3"): CCR_POPULATIONS,
    ("ccr-cohorts", "Table 4"): CCR_TWO_RATIOS,
    ("ccr-cohorts", "Table 5"): CCR_LEVELS,
    ("ccr-cohorts", "Table 6"): CCR_COUNT_SHARE_CI,
    ("ccr-cohorts", "Table 7"): CCR_RECURRENT,
    ("widow-row", "Table 2"): WIDOW_ROW,
}
