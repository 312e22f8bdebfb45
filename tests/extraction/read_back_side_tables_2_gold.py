"""What must be read from tests/typeset/read_back/side-tables-2.html, the second set of side-by-side column tables
and foot- or middle-aligned last rows (made after the first set's rules). Written from the numbers the page was
made from, before it was first read back; the format of read_back_gold.py."""

from __future__ import annotations

from tests.extraction.read_back_gold import Gold

GOLD: dict[str, Gold] = {
    "Table 1": {
        ("Age, y, mean (SD)",): {
            ("Pexilan", "mean"): 63.4,
            ("Pexilan", "sd"): 9.1,
            ("Placebo", "mean"): 62.9,
            ("Placebo", "sd"): 9.4,
        },
        ("Women, n (%)",): {
            ("Pexilan", "count"): 141,
            ("Pexilan", "percent"): 42.7,
            ("Placebo", "count"): 137,
            ("Placebo", "percent"): 41.6,
        },
        ("Age group", "18 to 64 years, n (%)"): {
            ("Pexilan", "count"): 171,
            ("Pexilan", "percent"): 51.8,
            ("Placebo", "count"): 176,
            ("Placebo", "percent"): 53.5,
        },
        ("Age group", "65 years or older, n (%)"): {
            ("Pexilan", "count"): 159,
            ("Pexilan", "percent"): 48.2,
            ("Placebo", "count"): 153,
            ("Placebo", "percent"): 46.5,
        },
        ("Age group", "eGFR, mL/min, mean (SD)"): {
            ("Pexilan", "mean"): 71.2,
            ("Pexilan", "sd"): 18.3,
            ("Placebo", "mean"): 70.6,
            ("Placebo", "sd"): 17.9,
        },
        ("Age group", "Prior MI, n (%)"): {
            ("Pexilan", "count"): 88,
            ("Pexilan", "percent"): 26.7,
            ("Placebo", "count"): 91,
            ("Placebo", "percent"): 27.7,
        },
    },
    "Table 2": {
        ("Composite, n (%)",): {
            ("Pexilan", "count"): 41,
            ("Pexilan", "percent"): 12.4,
            ("Placebo", "count"): 63,
            ("Placebo", "percent"): 19.1,
            ("P Value", "p"): 0.02,
        },
        ("CV death, n (%)",): {
            ("Pexilan", "count"): 13,
            ("Pexilan", "percent"): 3.9,
            ("Placebo", "count"): 19,
            ("Placebo", "percent"): 5.8,
            ("P Value", "p"): 0.27,
        },
        ("Stroke, n (%)",): {
            ("Pexilan", "count"): 9,
            ("Pexilan", "percent"): 2.7,
            ("Placebo", "count"): 16,
            ("Placebo", "percent"): 4.9,
            ("P Value", "p"): 0.15,
        },
    },
    "Table 3": {
        ("Major, n (%)",): {
            ("Pexilan", "count"): 11,
            ("Pexilan", "percent"): 3.3,
            ("Placebo", "count"): 7,
            ("Placebo", "percent"): 2.1,
        },
        ("Minor, n (%)",): {
            ("Pexilan", "count"): 38,
            ("Pexilan", "percent"): 11.5,
            ("Placebo", "count"): 24,
            ("Placebo", "percent"): 7.3,
        },
        ("Fatal, n (%)",): {
            ("Pexilan", "count"): 1,
            ("Pexilan", "percent"): 0.3,
            ("Placebo", "count"): 1,
            ("Placebo", "percent"): 0.3,
        },
    },
    "Table 4": {
        ("Transfusion, n (%)",): {
            ("Tranexor", "count"): 84,
            ("Tranexor", "percent"): 13.7,
            ("Placebo", "count"): 131,
            ("Placebo", "percent"): 21.5,
            ("Hazard ratio", "hr"): 0.62,
            ("Hazard ratio", "ci_low"): 0.47,
            ("Hazard ratio", "ci_high"): 0.81,
        },
        ("Reoperation for bleeding, n (%)",): {
            ("Tranexor", "count"): 9,
            ("Tranexor", "percent"): 1.5,
            ("Placebo", "count"): 17,
            ("Placebo", "percent"): 2.8,
            ("Hazard ratio", "hr"): 0.53,
            ("Hazard ratio", "ci_low"): 0.24,
            ("Hazard ratio", "ci_high"): 1.18,
        },
        ("Drain output above 500 mL in 24 hours, n (%)",): {
            ("Tranexor", "count"): 66,
            ("Tranexor", "percent"): 10.8,
            ("Placebo", "count"): 102,
            ("Placebo", "percent"): 16.8,
            ("Hazard ratio", "hr"): 0.64,
            ("Hazard ratio", "ci_low"): 0.47,
            ("Hazard ratio", "ci_high"): 0.87,
        },
    },
    "Table 5": {
        ("DVT, n (%)",): {
            ("Tranexor", "count"): 7,
            ("Tranexor", "percent"): 1.1,
            ("Placebo", "count"): 6,
            ("Placebo", "percent"): 1.0,
        },
        ("Pulmonary embolism, n (%)",): {
            ("Tranexor", "count"): 3,
            ("Tranexor", "percent"): 0.5,
            ("Placebo", "count"): 2,
            ("Placebo", "percent"): 0.3,
        },
        ("Stroke, n (%)",): {
            ("Tranexor", "count"): 2,
            ("Tranexor", "percent"): 0.3,
            ("Placebo", "count"): 3,
            ("Placebo", "percent"): 0.5,
        },
    },
    "Table 6": {
        ("Response at 12 months, n (%)",): {
            ("Velimab", "count"): 139,
            ("Velimab", "percent"): 54.5,
            ("Control", "count"): 88,
            ("Control", "percent"): 35.1,
            ("Hazard ratio", "hr"): 0.58,
            ("Hazard ratio", "ci_low"): 0.45,
            ("Hazard ratio", "ci_high"): 0.75,
        },
        ("Response kept from 12 months to 24 months, n (%)",): {
            ("Velimab", "count"): 101,
            ("Velimab", "percent"): 39.6,
            ("Control", "count"): 57,
            ("Control", "percent"): 22.7,
            ("Hazard ratio", "hr"): 0.52,
            ("Hazard ratio", "ci_low"): 0.38,
            ("Hazard ratio", "ci_high"): 0.71,
        },
    },
    "Table 7": {
        ("Total symptom score, median (IQR)",): {
            ("Aclovir", "median"): 4,
            ("Aclovir", "q1"): 2,
            ("Aclovir", "q3"): 7,
            ("Placebo", "median"): 6,
            ("Placebo", "q1"): 3,
            ("Placebo", "q3"): 10,
        },
        ("Cough score, median (IQR)",): {
            ("Aclovir", "median"): 1,
            ("Aclovir", "q1"): 0,
            ("Aclovir", "q3"): 2,
            ("Placebo", "median"): 2,
            ("Placebo", "q1"): 1,
            ("Placebo", "q3"): 3,
        },
        ("Fever days, median (IQR)",): {
            ("Aclovir", "median"): 2,
            ("Aclovir", "q1"): 1,
            ("Aclovir", "q3"): 3,
            ("Placebo", "median"): 3,
            ("Placebo", "q1"): 2,
            ("Placebo", "q3"): 4,
        },
    },
    "Table 8": {
        ("Negative by day 7, n (%)",): {
            ("Aclovir", "count"): 121,
            ("Aclovir", "percent"): 64.4,
            ("Placebo", "count"): 83,
            ("Placebo", "percent"): 44.6,
        },
        ("Negative by day 14, n (%)",): {
            ("Aclovir", "count"): 169,
            ("Aclovir", "percent"): 89.9,
            ("Placebo", "count"): 142,
            ("Placebo", "percent"): 76.3,
        },
        ("Rebound, n (%)",): {
            ("Aclovir", "count"): 8,
            ("Aclovir", "percent"): 4.3,
            ("Placebo", "count"): 5,
            ("Placebo", "percent"): 2.7,
        },
    },
}
