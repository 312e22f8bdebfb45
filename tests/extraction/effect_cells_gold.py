"""What the effect-cells read-back pages (tests/typeset/read_back/effect-cells.html, effect-cells-2.html) must give,
each set written from its HTML before the page was first read (the format of tests/extraction/read_back_gold.py).

A cell that names its own statistic ("HR 0.68 (0.52–0.88)", "HR, 0.74 (95% CI, 0.62 to 0.88)", "OR 1.52
[1.03–2.24]", "RR 0.71 (95% CI 0.50 to 1.01)", "aHR 0.69 (0.51–0.93); P = 0.014", "Hazard ratio 0.76 (0.63–0.92)")
gives that ratio, its interval and its P value, and they are no arm's: under a comparison's own column (``NO_ARM``)
or, "~Arm", printed in one arm's column. ``ENDPOINTS``: the efficacy endpoint each table's rows must be typed with
(by the row path's last label)."""

from __future__ import annotations

from tests.extraction.read_back_gold import Cells, Gold


def _np(a: tuple[str, float, float], b: tuple[str, float, float]) -> Cells:
    return {(x[0], s): v for x in (a, b) for s, v in zip(("count", "percent"), x[1:], strict=True)}


def _nnp(a: tuple[str, float, float, float], b: tuple[str, float, float, float]) -> Cells:
    return {(x[0], s): v for x in (a, b) for s, v in zip(("count", "denominator", "percent"), x[1:], strict=True)}


def _ci(stat: str, a: tuple[str, float, float, float], b: tuple[str, float, float, float]) -> Cells:
    return {(x[0], s): v for x in (a, b) for s, v in zip((stat, "ci_low", "ci_high"), x[1:], strict=True)}


def _eff(head: str, stat: str, v: float, lo: float, hi: float, p: float | None = None) -> Cells:
    cells = {(head, stat): v, (head, "ci_low"): lo, (head, "ci_high"): hi}
    return cells | ({(head, "p"): p} if p is not None else {})


_V, _PL, _TE = "Velorantib", "Placebo", "Treatment Effect"
_DFS, _OS, _DMFS = "Disease-free survival", "Overall survival", "Distant metastasis-free survival"
_C, _CG, _E95 = "Cosafinib group", "Control group", "Effect (95% CI)"
_EFS, _RFS = "Event-free survival", "Relapse-free survival"
_TR, _FF, _CMP = "Tremivastat + FOLFOX", "FOLFOX", "Comparison"
_OZ, _EB = "Olzarimab", "Effect [95% CI]"
_PX, _OB, _RE = "Pexaglitin", "Observation", "Relative effect"
_DU, _HR = "Durovanib", "Hazard ratio"
_AL, _CT, _BG = "Almecrestat", "Control", "Between-group comparison"
_SE, _SC = "Seliparin", "Standard care"

GOLD: dict[str, Gold] = {
    "Table 1": {
        (_DFS, "Recurrence or death — no. (%)"): _np((_V, 98, 23.8), (_PL, 131, 32.0))
        | _eff(_TE, "hr", 0.68, 0.52, 0.88),
        (_DFS, "3-year DFS rate (95% CI) — %"): _ci("rate", (_V, 78.4, 73.9, 82.2), (_PL, 69.1, 64.2, 73.5)),
        (_OS, "Death — no. (%)"): _np((_V, 41, 10.0), (_PL, 52, 12.7)) | _eff(_TE, "hr", 0.79, 0.52, 1.19),
        (_DMFS, "Distant recurrence or death — no. (%)"): _np((_V, 63, 15.3), (_PL, 88, 21.5))
        | _eff(_TE, "hr", 0.69, 0.50, 0.96),
    },
    "Table 2": {
        (_EFS, "Events"): _np((_C, 94, 33), (_CG, 127, 45)) | _eff(_E95, "hr", 0.66, 0.51, 0.86),
        (_EFS, "Median EFS, months (95% CI)"): _ci("median", (_C, 31.4, 26.8, 38.2), (_CG, 19.7, 16.2, 23.5)),
        (_EFS, "2-year EFS, % (95% CI)"): _ci("rate", (_C, 61.2, 55.1, 66.7), (_CG, 44.8, 38.7, 50.7)),
        (_RFS, "Relapses"): _np((_C, 71, 25), (_CG, 102, 36)) | _eff(_E95, "hr", 0.63, 0.47, 0.86, 0.0029),
        (_RFS, "Median RFS, months (95% CI)"): _ci("median", (_C, 35.0, 30.1, 41.7), (_CG, 22.3, 18.9, 27.0)),
    },
    "Table 3": {
        ("TTF, median (95% CI), months",): _ci("median", (_TR, 7.9, 7.1, 8.8), (_FF, 5.6, 5.0, 6.3))
        | _eff(_CMP, "hr", 0.74, 0.62, 0.88),
        ("TTP, median (95% CI), months",): _ci("median", (_TR, 10.2, 9.1, 11.6), (_FF, 7.4, 6.6, 8.3))
        | _eff(_CMP, "hr", 0.69, 0.57, 0.83),
        ("TTNT, median (95% CI), months",): _ci("median", (_TR, 13.8, 12.0, 15.5), (_FF, 10.1, 9.2, 11.4))
        | _eff(_CMP, "hr", 0.77, 0.64, 0.93),
        ("12-month TTF rate, % (95% CI)",): _ci("rate", (_TR, 31.6, 26.4, 37.0), (_FF, 18.9, 14.6, 23.6)),
    },
    "Table 4": {
        ("Clinical response, n/N (%)",): _nnp((_OZ, 121, 210, 57.6), (_PL, 98, 207, 47.3))
        | _eff(_EB, "or", 1.52, 1.03, 2.24),
        ("Treatment failure, n/N (%)",): _nnp((_OZ, 38, 210, 18.1), (_PL, 61, 207, 29.5))
        | _eff(_EB, "or", 0.53, 0.33, 0.84),
        ("Failure-free survival at 1 year, % [95% CI]",): _ci("rate", (_OZ, 72.4, 65.8, 78.0), (_PL, 60.3, 53.3, 66.6))
        | _eff(_EB, "hr", 0.64, 0.45, 0.91),
    },
    "Table 5": {
        ("Cancer-specific death, n (%)",): _np((_PX, 47, 8.7), (_OB, 66, 12.3)) | _eff(_RE, "rr", 0.71, 0.50, 1.01),
        ("Any death, n (%)",): _np((_PX, 92, 17.0), (_OB, 101, 18.8)) | _eff(_RE, "rr", 0.91, 0.70, 1.17),
        ("5-year CSS, % (95% CI)",): _ci("rate", (_PX, 90.8, 88.0, 93.0), (_OB, 86.9, 83.7, 89.5))
        | _eff(_RE, "hr", 0.70, 0.48, 1.02),
        ("5-year OS, % (95% CI)",): _ci("rate", (_PX, 82.1, 78.5, 85.2), (_OB, 80.4, 76.7, 83.6))
        | _eff(_RE, "hr", 0.90, 0.68, 1.19),
    },
    "Table 6": {
        ("MFS events, No. (%)",): _np((_DU, 62, 32.6), (_PL, 91, 48.9)) | _eff(_HR, "hr", 0.58, 0.42, 0.80, 0.001),
        ("Median MFS (95% CI), mo",): _ci("median", (_DU, 40.5, 36.2, 44.8), (_PL, 29.3, 25.1, 33.0)),
        ("Cancer-specific survival events, No. (%)",): _np((_DU, 18, 9.5), (_PL, 29, 15.6))
        | _eff(_HR, "hr", 0.59, 0.33, 1.07, 0.08),
    },
    "Table 7": {
        ("Disease-free survival, median (95% CI), months",): _ci(
            "median", (_AL, 58.1, 51.0, 65.2), (_CT, 44.6, 39.7, 50.3)
        )
        | _eff(_BG, "hr", 0.76, 0.63, 0.92),
        ("Invasive disease-free survival events, n (%)",): _np((_AL, 88, 24.8), (_CT, 112, 31.8))
        | _eff(_BG, "hr", 0.74, 0.56, 0.98),
        ("Locoregional recurrence, n (%)",): _np((_AL, 14, 3.9), (_CT, 27, 7.7)) | _eff(_BG, "or", 0.50, 0.26, 0.96),
        # "NR" and "71.2 (64.8–NR)": the numbers printed; a bound not reached is no number
        ("Overall survival, median (95% CI), months",): {(_CT, "median"): 71.2, (_CT, "ci_low"): 64.8}
        | _eff(_BG, "hr", 0.84, 0.66, 1.07),
    },
    "Table 8": {
        (_EFS, "Median, months (95% CI)"): _ci("median", (_SE, 22.4, 18.9, 27.1), (_SC, 15.8, 13.0, 18.4)),
        (_EFS, "18-month rate, % (95% CI)"): _ci("rate", (_SE, 58.3, 49.8, 65.9), (_SC, 42.1, 34.0, 50.0)),
        (_EFS, "Stratified analysis"): _eff("~" + _SE, "hr", 0.71, 0.53, 0.95),
        (_EFS, "Adjusted analysis"): _eff("~" + _SE, "hr", 0.69, 0.51, 0.93, 0.014),
        (_RFS, "Median, months (95% CI)"): _ci("median", (_SE, 26.0, 21.7, 31.4), (_SC, 18.2, 15.1, 21.9)),
        (_RFS, "Comparison with standard care"): _eff("~" + _SE, "hr", 0.73, 0.54, 0.99),
    },
}
NO_ARM = frozenset({_TE, _E95, _CMP, _EB, _RE, _HR, _BG})

# the endpoint each row must be typed with (extractors/classify.py efficacy_parameter), by its last label; a
# qualified "X-free survival" is named as printed (extractors/prose_terms.py), its abbreviation as printed too
ENDPOINTS: dict[str, dict[str, str]] = {
    "Table 1": {
        "Recurrence or death — no. (%)": "Disease-free survival",
        "3-year DFS rate (95% CI) — %": "DFS",
        "Distant recurrence or death — no. (%)": "Distant metastasis-free survival",
    },
    "Table 2": {
        "Median EFS, months (95% CI)": "EFS",
        "2-year EFS, % (95% CI)": "EFS",
        "Median RFS, months (95% CI)": "RFS",
    },
    "Table 3": {
        "TTF, median (95% CI), months": "TTF",
        "TTP, median (95% CI), months": "TTP",
        "TTNT, median (95% CI), months": "TTNT",
        "12-month TTF rate, % (95% CI)": "TTF",
    },
    "Table 4": {"Failure-free survival at 1 year, % [95% CI]": "Failure-free survival"},
    "Table 5": {"5-year CSS, % (95% CI)": "CSS", "5-year OS, % (95% CI)": "OS"},
    "Table 6": {"Median MFS (95% CI), mo": "MFS", "Cancer-specific survival events, No. (%)": "CSS"},
    "Table 7": {
        "Disease-free survival, median (95% CI), months": "Disease-free survival",
        "Invasive disease-free survival events, n (%)": "Invasive disease-free survival",
    },
}

# the second instances (effect-cells-2.html), written after the first set's fixes and before the page was read: "?Arm"
# is a ratio of that arm against the reference printed under its head (one of several arms): its arm or none
_RI, _UC, _EE = "Rilvestrant", "Usual care", "Effect estimate"
_BX, _TE95 = "Baxdorinib", "Treatment Effect (95% CI)"
_LRFS, _DSS = "Locoregional recurrence-free survival", "Disease-specific survival"
_O10, _O20 = "Osmerfalin 10 mg", "Osmerfalin 20 mg"
_PR, _EF = "Pravotinib", "Effect"
_DX = "Dexilumab"
_NE, _DB = "Nemorafenib", "Dabrafenib"
_TZ, _RR95 = "Tazoprilat", "Risk ratio (95% CI)"
_AM, _TCW = "Ambrisetan", "Time to clinical worsening"

SECOND: dict[str, Gold] = {
    "Table 1": {
        ("Treatment failure at 12 mo, No. (%)",): _np((_RI, 61, 15.2), (_UC, 94, 23.6))
        | _eff(_EE, "or", 0.58, 0.41, 0.83, 0.003),
        ("Time to treatment failure, median (95% CI), mo",): _ci(
            "median", (_RI, 14.6, 12.9, 16.8), (_UC, 10.3, 9.0, 11.7)
        )
        | _eff(_EE, "hr", 0.71, 0.59, 0.86, 0.02),
        ("Time to next treatment, median (95% CI), mo",): _ci(
            "median", (_RI, 19.2, 16.5, 22.0), (_UC, 13.4, 11.8, 15.3)
        )
        | _eff(_EE, "hr", 0.69, 0.56, 0.85),
    },
    "Table 2": {
        (_LRFS, "Recurrence or death — no./total no. (%)"): _nnp((_BX, 52, 330, 15.8), (_PL, 83, 327, 25.4))
        | _eff(_TE95, "hr", 0.58, 0.41, 0.82),
        (_LRFS, "5-yr rate (95% CI) — %"): _ci("rate", (_BX, 83.1, 78.2, 87.0), (_PL, 73.5, 67.9, 78.3)),
        (_DSS, "Death from disease — no./total no. (%)"): _nnp((_BX, 21, 330, 6.4), (_PL, 35, 327, 10.7))
        | _eff(_TE95, "hr", 0.57, 0.33, 0.98),
        (_DSS, "5-yr rate (95% CI) — %"): _ci("rate", (_BX, 93.4, 89.9, 95.7), (_PL, 88.6, 84.3, 91.8)),
    },
    "Table 3": {
        (_RFS, "Relapses"): {
            (arm, s): v
            for arm, n, pct in (("Placebo", 88, 44), (_O10, 61, 31), (_O20, 52, 26))
            for s, v in (("count", n), ("percent", pct))
        },
        (_RFS, "Median RFS, months (95% CI)"): {
            (arm, s): v
            for arm, nums in (("Placebo", (11.2, 9.4, 13.0)), (_O10, (17.8, 15.1, 21.3)), (_O20, (22.5, 18.7, 26.9)))
            for s, v in zip(("median", "ci_low", "ci_high"), nums, strict=True)
        },
        (_RFS, "Effect vs placebo"): _eff("?" + _O10, "hr", 0.66, 0.48, 0.92)
        | _eff("?" + _O20, "hr", 0.55, 0.39, 0.77, 0.0004),
    },
    "Table 4": {
        ("TTF events, n (%)",): _np((_PR, 101, 57.4), (_CT, 122, 70.1)) | _eff(_EF, "hr", 0.72, 0.58, 0.89),
        ("FFS events, n (%)",): _np((_PR, 77, 43.8), (_CT, 96, 55.2)) | _eff(_EF, "hr", 0.70, 0.52, 0.94),
        ("TFST, median (95% CI), mo",): _ci("median", (_PR, 16.0, 13.9, 18.4), (_CT, 12.2, 10.6, 14.0))
        | _eff(_EF, "hr", 0.74, 0.59, 0.93),
    },
    "Table 5": {  # the effect column's head is blank
        ("Cumulative incidence of relapse at 2 years, % (95% CI)",): _ci(
            "rate", (_DX, 18.4, 13.9, 23.4), (_SC, 29.0, 23.6, 34.6)
        )
        | _eff("", "hr", 0.59, 0.40, 0.86),
        ("Overall survival at 2 years, % (95% CI)",): _ci("rate", (_DX, 71.3, 65.3, 76.4), (_SC, 64.0, 57.8, 69.5))
        | _eff("", "hr", 0.78, 0.57, 1.06),
    },
    "Table 6": {
        ("Objective response, No. (%)",): _np((_NE, 122, 64.9), (_DB, 97, 51.1)) | _eff(_CMP, "or", 1.78, 1.18, 2.69),
        ("Complete response, No. (%)",): _np((_NE, 34, 18.1), (_DB, 21, 11.1)) | _eff(_CMP, "or", 1.78, 0.98, 3.22),
        ("DoR, median (95% CI), mo",): _ci("median", (_NE, 14.8, 12.1, 17.9), (_DB, 11.0, 9.3, 13.2))
        | _eff(_CMP, "hr", 0.70, 0.51, 0.96),
    },
    "Table 7": {
        ("Major adverse cardiac events, n (%)",): _np((_TZ, 196, 13.0), ("Placebo", 232, 15.5))
        | _eff(_RR95, "rr", 0.84, 0.71, 1.01),
        ("Cardiovascular death, n (%)",): _np((_TZ, 61, 4.1), ("Placebo", 70, 4.7))
        | _eff(_RR95, "rr", 0.87, 0.62, 1.21),
    },
    "Table 8": {
        (_TCW, "Events, n (%)"): _np((_AM, 41, 19.3), (_CT, 66, 31.7)),
        (_TCW, "Unadjusted"): _eff("~" + _AM, "hr", 0.55, 0.37, 0.81),
        (_TCW, "Adjusted for baseline walk distance"): _eff("~" + _AM, "hr", 0.57, 0.38, 0.85, 0.005),
    },
}
NO_ARM_2 = frozenset({_EE, _TE95, _EF, "", _CMP, _RR95})
# the reference's "1.00 (ref)" beside the ratio (Table 8): no value of the control group's, if read at all
REFERENCE_2 = {"Table 8": ("Control", 1.0)}

# by the row path, labels joined with " > "
ENDPOINTS_2: dict[str, dict[str, str]] = {
    "Table 1": {
        "Time to treatment failure, median (95% CI), mo": "TTF",
        "Time to next treatment, median (95% CI), mo": "TTNT",
    },
    "Table 2": {
        f"{_LRFS} > Recurrence or death — no./total no. (%)": _LRFS,
        f"{_LRFS} > 5-yr rate (95% CI) — %": _LRFS,
        f"{_DSS} > Death from disease — no./total no. (%)": "DSS",
        f"{_DSS} > 5-yr rate (95% CI) — %": "DSS",
    },
    "Table 3": {f"{_RFS} > Median RFS, months (95% CI)": "RFS"},
    "Table 4": {"TTF events, n (%)": "TTF", "FFS events, n (%)": "FFS", "TFST, median (95% CI), mo": "TFST"},
    "Table 5": {"Overall survival at 2 years, % (95% CI)": "OS"},
    "Table 6": {
        "Objective response, No. (%)": "ORR",
        "Complete response, No. (%)": "CR",
        "DoR, median (95% CI), mo": "DoR",
    },
}
