"""What must be read from tests/typeset/read_back/short-tails-3.html, the third instance set of short table tails
(issue 8, item 2: one text column, tables across the text width), written from the HTML after the short-tails rule
and before the page was first read back; the format of read_back_short_tails_gold.py."""

from __future__ import annotations

from tests.extraction.read_back_foot_caption_gold import _MSD, _NP, _per
from tests.extraction.read_back_gold import Gold

_ARMS = ("Tezoralimab", "Placebo")
_ACQ = "Asthma control (ACQ-5), No. (%)"
GOLD: dict[str, Gold] = {
    "Table 1": {
        ("Age, mean (SD), y",): _per(_ARMS, _MSD, (51.2, 12.8), (50.6, 13.1)),
        ("Women, No. (%)",): _per(_ARMS, _NP, (129, 61.1), (124, 59.3)),
        ("FEV1, mean (SD), % predicted",): _per(_ARMS, _MSD, (64.3, 11.9), (65.0, 12.2)),
        ("Exacerbations in prior year, mean (SD)",): _per(_ARMS, _MSD, (2.4, 1.1), (2.3, 1.0)),
        ("Blood eosinophils ≥300/μL, No. (%)",): _per(_ARMS, _NP, (98, 46.4), (95, 45.5)),
        ("Current smoker, No. (%)",): _per(_ARMS, _NP, (11, 5.2), (13, 6.2)),
    },
    "Table 2": {
        ("Severe exacerbations, rate per year (95% CI)",): _per(
            _ARMS, ("rate", "ci_low", "ci_high"), (0.42, 0.34, 0.51), (0.88, 0.76, 1.01)
        ),
        ("Hospitalization for asthma, No. (%)",): _per(_ARMS, _NP, (9, 4.3), (21, 10.0)),
        ("Change in FEV1 at week 52, mean (SD), mL",): _per(_ARMS, _MSD, (142, 210), (38, 205)),
        (_ACQ, "Well controlled at week 52"): _per(_ARMS, _NP, (121, 57.3), (88, 42.1)),
    },
    "Table 3": {
        ("Any adverse event",): _per(_ARMS, _NP, (148, 70.1), (151, 72.2)),
        ("Nasopharyngitis",): _per(_ARMS, _NP, (31, 14.7), (29, 13.9)),
        ("Injection-site reaction",): _per(_ARMS, _NP, (17, 8.1), (6, 2.9)),
    },
}
SECTIONS = {"Table 1": "demographics", "Table 2": "efficacy", "Table 3": "adverse_events"}
