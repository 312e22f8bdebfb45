"""What must be read from tests/typeset/read_back/glued-cells.html: value cells set too close to split by their gap
(narrow columns whose cells fill their width; issue 8), and two controls. Written from the HTML before the page was
first read back; the format of read_back_gold.py (row path -> {(column words, statistic): value}; a column word
starting "~" names no group)."""

from __future__ import annotations

from tests.extraction.read_back_foot_caption_gold import _per
from tests.extraction.read_back_gold import Cells, Gold

_CI = ("median", "ci_low", "ci_high")
_NP = ("count", "percent")
_MSD = ("mean", "sd")
_T1 = ("Ravatinib", "Placebo")
_T2 = ("10 mg", "20 mg", "Placebo")


def _hr(v: float, lo: float, hi: float, p: float) -> Cells:
    return {
        ("~Hazard ratio", "hr"): v,
        ("~Hazard ratio", "ci_low"): lo,
        ("~Hazard ratio", "ci_high"): hi,
        ("~P value", "p"): p,
    }


GOLD: dict[str, Gold] = {
    "Table 1": {
        ("Median PFS, months (95% CI)",): _per(_T1, _CI, (11.2, 9.4, 13.85), (5.6, 4.8, 6.95)),
        ("Median OS, months (95% CI)",): _per(_T1, _CI, (28.4, 24.1, 33.05), (21.7, 18.2, 25.35)),
        ("Median DoR, months (95% CI)",): _per(_T1, _CI, (14.9, 11.0, 17.25), (9.2, 7.5, 12.15)),
    },
    "Table 2": {
        ("Any event",): _per(_T2, _NP, (11, 22.92), (16, 31.37), (4, 8.00)),
        ("Hepatotoxicity",): _per(_T2, _NP, (5, 10.42), (9, 17.65), (1, 2.00)),
        ("Rash",): _per(_T2, _NP, (3, 6.25), (4, 7.84), (0, 0.00)),
    },
    "Table 3": {
        ("Progression-free survival",): _hr(0.512, 0.391, 0.6705, 0.0000001),
        ("Overall survival",): _hr(0.738, 0.5521, 0.9865, 0.00412345),
    },
    # the control: "n | %" sub-columns under each arm's span, a count and a percent in cells of their own
    "Table 4": {
        ("Objective response",): _per(_T1, _NP, (63, 30.0), (11, 10.5)),
        ("Disease control",): _per(_T1, _NP, (151, 71.9), (52, 49.5)),
    },
    # the control: a P value centred across both arms in a row of its own, no group's
    "Table 5": {
        ("P value (global health)",): {("~", "p"): 0.012},
        ("Global health status",): _per(_T1, _MSD, (68.2, 18.4), (61.9, 20.1)),
        ("Physical functioning",): _per(_T1, _MSD, (79.5, 16.2), (74.3, 19.8)),
    },
}
SECTIONS = {
    "Table 1": "efficacy",
    "Table 2": "adverse_events",
    "Table 3": "efficacy",
    "Table 4": "efficacy",
    "Table 5": "efficacy",
}
