"""What must be read from tests/typeset/read_back/full-width-over-columns-3.html: a two-row full-width table over
column tables; a full-width table with long wrapped labels over column tables captioned at different heights on a
page of little prose. Written from the numbers the page was made from; the page is the sweep that found the second
set's last rules, committed after them (no first contact on this file). The format of read_back_gold.py."""

from __future__ import annotations

from tests.extraction.read_back_gold import Gold

GOLD: dict[str, Gold] = {
    "Table 1": {
        ("Death or myocardial infarction within 12 months of randomization, n (%)",): {
            ("Zelvoxa", "count"): 31,
            ("Zelvoxa", "percent"): 10.3,
            ("Placebo", "count"): 47,
            ("Placebo", "percent"): 15.8,
            ("Hazard ratio", "hr"): 0.64,
            ("Hazard ratio", "ci_low"): 0.41,
            ("Hazard ratio", "ci_high"): 1.01,
            ("P Value", "p"): 0.05,
        },
        ("Death from any cause within 12 months of randomization, n (%)",): {
            ("Zelvoxa", "count"): 14,
            ("Zelvoxa", "percent"): 4.7,
            ("Placebo", "count"): 19,
            ("Placebo", "percent"): 6.4,
            ("Hazard ratio", "hr"): 0.73,
            ("Hazard ratio", "ci_low"): 0.37,
            ("Hazard ratio", "ci_high"): 1.45,
            ("P Value", "p"): 0.37,
        },
    },
    "Table 2": {
        ("Age, y, mean (SD)",): {
            ("Zelvoxa", "mean"): 64.2,
            ("Zelvoxa", "sd"): 9.3,
            ("Placebo", "mean"): 63.8,
            ("Placebo", "sd"): 9.6,
        },
        ("Women, n (%)",): {
            ("Zelvoxa", "count"): 98,
            ("Zelvoxa", "percent"): 32.6,
            ("Placebo", "count"): 101,
            ("Placebo", "percent"): 34.0,
        },
        ("Diabetes, n (%)",): {
            ("Zelvoxa", "count"): 77,
            ("Zelvoxa", "percent"): 25.6,
            ("Placebo", "count"): 70,
            ("Placebo", "percent"): 23.6,
        },
        ("Smoker, n (%)",): {
            ("Zelvoxa", "count"): 52,
            ("Zelvoxa", "percent"): 17.3,
            ("Placebo", "count"): 49,
            ("Placebo", "percent"): 16.5,
        },
    },
    "Table 3": {
        ("Major, n (%)",): {
            ("Zelvoxa", "count"): 9,
            ("Zelvoxa", "percent"): 3.0,
            ("Placebo", "count"): 5,
            ("Placebo", "percent"): 1.7,
        },
        ("Minor, n (%)",): {
            ("Zelvoxa", "count"): 27,
            ("Zelvoxa", "percent"): 9.0,
            ("Placebo", "count"): 18,
            ("Placebo", "percent"): 6.1,
        },
        ("Fatal, n (%)",): {
            ("Zelvoxa", "count"): 1,
            ("Zelvoxa", "percent"): 0.3,
            ("Placebo", "count"): 0,
            ("Placebo", "percent"): 0.0,
        },
    },
    "Table 4": {
        ("Symptom-free days per week over the twelve weeks of treatment, mean (SD)",): {
            ("Nuvatrel", "mean"): 3.9,
            ("Nuvatrel", "sd"): 2.1,
            ("Placebo", "mean"): 2.8,
            ("Placebo", "sd"): 2.2,
            ("P Value", "p"): 0.001,
        },
        ("Rescue inhaler use per day over the twelve weeks of treatment, mean (SD)",): {
            ("Nuvatrel", "mean"): 1.2,
            ("Nuvatrel", "sd"): 1.0,
            ("Placebo", "mean"): 1.9,
            ("Placebo", "sd"): 1.3,
            ("P Value", "p"): 0.001,
        },
        ("Night-time awakenings per week over the twelve weeks of treatment, mean (SD)",): {
            ("Nuvatrel", "mean"): 0.8,
            ("Nuvatrel", "sd"): 0.9,
            ("Placebo", "mean"): 1.4,
            ("Placebo", "sd"): 1.2,
            ("P Value", "p"): 0.002,
        },
    },
    "Table 5": {
        ("FEV1, L, mean (SD)",): {
            ("Nuvatrel", "mean"): 2.41,
            ("Nuvatrel", "sd"): 0.62,
            ("Placebo", "mean"): 2.3,
            ("Placebo", "sd"): 0.64,
        },
        ("PEF, L/min, mean (SD)",): {
            ("Nuvatrel", "mean"): 388.0,
            ("Nuvatrel", "sd"): 91.0,
            ("Placebo", "mean"): 371.0,
            ("Placebo", "sd"): 95.0,
        },
        ("FVC, L, mean (SD)",): {
            ("Nuvatrel", "mean"): 3.22,
            ("Nuvatrel", "sd"): 0.81,
            ("Placebo", "mean"): 3.15,
            ("Placebo", "sd"): 0.79,
        },
    },
    "Table 6": {
        ("Headache, n (%)",): {
            ("Nuvatrel", "count"): 19,
            ("Nuvatrel", "percent"): 8.6,
            ("Placebo", "count"): 14,
            ("Placebo", "percent"): 6.4,
        },
        ("Tremor, n (%)",): {
            ("Nuvatrel", "count"): 8,
            ("Nuvatrel", "percent"): 3.6,
            ("Placebo", "count"): 2,
            ("Placebo", "percent"): 0.9,
        },
        ("Palpitations, n (%)",): {
            ("Nuvatrel", "count"): 6,
            ("Nuvatrel", "percent"): 2.7,
            ("Placebo", "count"): 3,
            ("Placebo", "percent"): 1.4,
        },
        ("Pharyngitis, n (%)",): {
            ("Nuvatrel", "count"): 11,
            ("Nuvatrel", "percent"): 5.0,
            ("Placebo", "count"): 9,
            ("Placebo", "percent"): 4.1,
        },
    },
}
