"""What the contrast-in-arm-column read-back page (tests/typeset/read_back/contrast-in-arm-column.html) must give,
written from its HTML before it was first read (the format of tests/extraction/read_back_gold.py). A comparison
of the arms printed in one arm's column ("~Arm": a hazard ratio, odds ratio, difference or P value, the other
arm's cell blank, a dash, "Reference" or 1.00) is the comparison's, no arm's: its record must carry no arm. The
reference arm's "1.00" (``REFERENCE``) is no arm's estimate either: if read at all, with no arm."""

from __future__ import annotations

from tests.extraction.read_back_gold import Cells, Gold


def _np(a: tuple[str, float, float], b: tuple[str, float, float]) -> Cells:
    return {(a[0], "count"): a[1], (a[0], "percent"): a[2], (b[0], "count"): b[1], (b[0], "percent"): b[2]}


def _est(arm: str, stat: str, v: float, lo: float, hi: float) -> Cells:
    return {("~" + arm, stat): v, ("~" + arm, "ci_low"): lo, ("~" + arm, "ci_high"): hi}


def _med(a: tuple[str, float, float, float], b: tuple[str, float, float, float]) -> Cells:
    return {(x[0], s): v for x in (a, b) for s, v in zip(("median", "ci_low", "ci_high"), x[1:], strict=True)}


_T, _PL, _R, _C, _CT = "Tobrinafil", "Placebo", "Rexavudine", "Culmarod", "Control"
_L, _W, _S, _O, _F = "Lumeparin", "Warfarin", "Standard care", "Ostavimab", "Fendarisib"
_OS, _SSE, _MB = "Overall survival", "Stroke or systemic embolism", "Major bleeding"
_CR, _EI = "Clinical remission", "Endoscopic improvement"

GOLD: dict[str, Gold] = {
    "Table 1": {
        ("Events, n (%)",): _np((_T, 118, 57.8), (_PL, 74, 73.3)),
        ("Median PFS, months (95% CI)",): _med((_T, 9.4, 8.1, 11.0), (_PL, 5.6, 4.2, 6.9)),
        ("Hazard ratio (95% CI)",): _est(_T, "hr", 0.71, 0.58, 0.87),
        ("P value",): {("~" + _T, "p"): 0.001},
    },
    "Table 2": {
        (_OS, "Deaths, n (%)"): _np((_PL, 88, 58.7), (_R, 141, 47.3)),
        (_OS, "Median, months (95% CI)"): _med((_PL, 14.2, 12.0, 16.8), (_R, 19.7, 17.3, 22.5)),
        (_OS, "Stratified hazard ratio (95% CI)"): _est(_R, "hr", 0.68, 0.52, 0.89),
        (_OS, "Log-rank P"): {("~" + _R, "p"): 0.004},
    },
    "Table 3": {
        ("Responders, n (%)",): _np((_C, 97, 53.9), (_CT, 63, 35.8)),
        ("Odds ratio (95% CI)",): _est(_C, "or", 2.09, 1.37, 3.19),
        ("Difference, % (95% CI)",): _est(_C, "value", 18.1, 8.0, 28.2),
    },
    "Table 4": {
        (_SSE, "Patients with event, n (%)"): _np((_L, 21, 4.1), (_W, 34, 6.7)),
        (_SSE, "HR (95% CI)"): _est(_L, "hr", 0.60, 0.35, 1.04),
        (_MB, "Patients with event, n (%)"): _np((_L, 15, 2.9), (_W, 27, 5.3)),
        (_MB, "HR (95% CI)"): _est(_L, "hr", 0.55, 0.29, 1.03),
    },
    "Table 5": {
        ("Relapses, n (%)",): _np((_S, 71, 32.3), (_O, 46, 20.5)),
        ("Odds ratio (95% CI)",): _est(_O, "or", 0.54, 0.35, 0.83),
        ("HR (95% CI)",): _est(_O, "hr", 0.59, 0.41, 0.86),
        ("P value",): {("~" + _O, "p"): 0.006},
    },
    "Table 6": {
        (_CR, "n (%)"): _np((_F, 49, 35.0), (_PL, 22, 15.8)),
        (_CR, "Difference, % (95% CI)"): _est(_F, "value", 19.2, 9.4, 29.0),
        (_EI, "n (%)"): _np((_F, 61, 43.6), (_PL, 31, 22.3)),
        (_EI, "Difference, % (95% CI)"): _est(_F, "value", 21.3, 10.6, 32.0),
    },
}
# "<0.001" is a bound, not a value: Table 6's P values are checked by their qualifier in the test
# the reference arm's 1.00 (Table 4): no arm's value if read
REFERENCE = {"Table 4": ("Warfarin", 1.0)}

# the second instances (Tables 7-11), written after the first fixes and before the page was read again; "?Arm":
# the ratio of that arm against the reference, printed under its head (one of several arms): its arm or none
_D10, _D20, _E, _ST, _OB, _Z = (
    "Dapravin 10 mg",
    "Dapravin 20 mg",
    "Elbavir",
    "Standard therapy",
    "Observation",
    "Zentarib",
)
_PB, _G, _U, _OM = "Placebo", "Gludarin", "Ulcerix", "Omeprazole"
_CH, _MD = "Change from baseline, mean (SD)", "Mean difference (95% CI)"
SECOND: dict[str, Gold] = {
    "Table 7": {
        ("Patients with event, n (%)",): _np((_D10, 31, 10.0), (_D20, 27, 8.9)) | _np((_D20, 27, 8.9), (_PB, 46, 14.9)),
        ("Hazard ratio (95% CI)",): {
            (f"?{arm}", stat): v
            for arm, cell in ((_D10, (0.66, 0.42, 1.04)), (_D20, (0.58, 0.36, 0.93)))
            for stat, v in zip(("hr", "ci_low", "ci_high"), cell, strict=True)
        },
    },
    "Table 8": {
        ("Response, n (%)",): _np((_E, 221, 88.4), (_ST, 196, 79.0)),
        ("Risk difference, % (95% CI)",): _est(_E, "value", 9.4, 3.0, 15.8),
        ("P value",): {("~" + _E, "p"): 0.004},
    },
    "Table 9": {
        ("Events, n (%)",): _np((_OB, 72, 45.0), (_Z, 51, 31.7)),
        ("Unstratified HR (95% CI)",): _est(_Z, "hr", 0.63, 0.44, 0.90),
        ("Log-rank P",): {("~" + _Z, "p"): 0.011},
    },
    "Table 10": {
        ("HbA1c, %", _CH): {(_PB, "mean"): -0.2, (_PB, "sd"): 0.8, (_G, "mean"): -1.1, (_G, "sd"): 0.9},
        ("HbA1c, %", _MD): _est(_G, "value", -0.9, -1.2, -0.6),
        ("Fasting glucose, mg/dL", _CH): {(_PB, "mean"): -4, (_PB, "sd"): 21, (_G, "mean"): -22, (_G, "sd"): 24},
        ("Fasting glucose, mg/dL", _MD): _est(_G, "value", -18, -25, -11),
    },
    "Table 11": {
        ("Healed, n (%)",): _np((_U, 104, 86.7), (_OM, 90, 76.3)),
        ("P value",): {("~" + _U, "p"): 0.04},
    },
}
