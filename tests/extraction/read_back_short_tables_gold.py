"""What must be read from tests/typeset/read_back/short-tables.html: captioned tables of one or two data rows, full
width or one column wide, booktabs, a ruled grid, no rules, NEJM-like shading. Written from the numbers the page was
made from, before it was first read back; the format of read_back_gold.py."""

from __future__ import annotations

from tests.extraction.read_back_gold import Gold

GOLD: dict[str, Gold] = {
    "Table 1": {
        ("Objective response rate, n (%)",): {
            ("Orvatinib", "count"): 46,
            ("Orvatinib", "percent"): 41.1,
            ("Docetaxel", "count"): 21,
            ("Docetaxel", "percent"): 19.3,
            ("Odds ratio", "or"): 2.92,
            ("Odds ratio", "ci_low"): 1.58,
            ("Odds ratio", "ci_high"): 5.39,
        },
        ("Disease control rate, n (%)",): {
            ("Orvatinib", "count"): 88,
            ("Orvatinib", "percent"): 78.6,
            ("Docetaxel", "count"): 64,
            ("Docetaxel", "percent"): 58.7,
            ("Odds ratio", "or"): 2.58,
            ("Odds ratio", "ci_low"): 1.41,
            ("Odds ratio", "ci_high"): 4.71,
        },
    },
    "Table 2": {
        ("Death or hospitalization, n (%)",): {
            ("Drug", "count"): 62,
            ("Drug", "percent"): 20.6,
            ("Placebo", "count"): 88,
            ("Placebo", "percent"): 29.6,
            ("Hazard ratio", "hr"): 0.68,
            ("Hazard ratio", "ci_low"): 0.49,
            ("Hazard ratio", "ci_high"): 0.94,
            ("P Value", "p"): 0.02,
        },
    },
    "Table 3": {
        ("Clinical remission with endoscopic improvement, n (%)",): {
            ("Ustavimab", "count"): 49,
            ("Ustavimab", "percent"): 31.8,
            ("Placebo", "count"): 17,
            ("Placebo", "percent"): 11.3,
        },
        ("Endoscopic remission, n (%)",): {
            ("Ustavimab", "count"): 28,
            ("Ustavimab", "percent"): 18.2,
            ("Placebo", "count"): 9,
            ("Placebo", "percent"): 6.0,
        },
    },
    "Table 4": {
        ("Discontinued for adverse event, n (%)",): {
            ("Ustavimab", "count"): 7,
            ("Ustavimab", "percent"): 4.5,
            ("Placebo", "count"): 12,
            ("Placebo", "percent"): 7.9,
        },
    },
    "Table 5": {
        ("Objective response — no. (%)",): {
            ("Ravatinib", "count"): 118,
            ("Ravatinib", "percent"): 56.7,
            ("Chemotherapy", "count"): 27,
            ("Chemotherapy", "percent"): 26.0,
        },
        ("Complete response — no. (%)",): {
            ("Ravatinib", "count"): 12,
            ("Ravatinib", "percent"): 5.8,
            ("Chemotherapy", "count"): 2,
            ("Chemotherapy", "percent"): 1.9,
        },
    },
    "Table 6": {
        ("All patients — no. (%)",): {
            ("Ravatinib", "count"): 118,
            ("Ravatinib", "percent"): 56.7,
            ("Chemotherapy", "count"): 27,
            ("Chemotherapy", "percent"): 26.0,
        },
        ("Brain metastases at baseline", "Intracranial response — no. (%)"): {
            ("Ravatinib", "count"): 22,
            ("Ravatinib", "percent"): 47.8,
            ("Chemotherapy", "count"): 4,
            ("Chemotherapy", "percent"): 16.7,
        },
    },
    "Table 7": {
        ("Death, n (%)",): {
            ("Steroid", "count"): 45,
            ("Steroid", "percent"): 22.1,
            ("Usual care", "count"): 58,
            ("Usual care", "percent"): 29.1,
            ("Risk ratio", "rr"): 0.76,
            ("Risk ratio", "ci_low"): 0.54,
            ("Risk ratio", "ci_high"): 1.06,
        },
    },
    "Table 8": {
        ("Invasive ventilation, n (%)",): {
            ("Steroid", "count"): 21,
            ("Steroid", "percent"): 10.3,
            ("Usual care", "count"): 33,
            ("Usual care", "percent"): 16.6,
            ("Risk ratio", "rr"): 0.62,
            ("Risk ratio", "ci_low"): 0.37,
            ("Risk ratio", "ci_high"): 1.03,
        },
        ("Ventilator-free days, median (IQR)",): {
            ("Steroid", "median"): 24,
            ("Steroid", "q1"): 18,
            ("Steroid", "q3"): 28,
            ("Usual care", "median"): 21,
            ("Usual care", "q1"): 10,
            ("Usual care", "q3"): 28,
        },
    },
}
