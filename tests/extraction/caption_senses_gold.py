"""What the caption-senses read-back pages (tests/typeset/read_back/caption-senses.html, set 1, and
caption-senses-2.html, set 2) must give, each written from its HTML before the page was first read: each table's kind
(``SECTIONS``: the kinds it may be filed under; "other" is none of the four) and each value under its group (the
format of tests/extraction/read_back_gold.py: row path -> {(column, statistic): value}; "~" before a column: a head
that names no group). Every caption borrows a word of another kind's vocabulary in another sense (a virus's or a
lesion's clearance, a survey's response rate, exposure to a risk factor, a battery's half-life, bleeding on probing,
a lung's compliance); ``UNNAMED``: PK tables whose groups are no dose."""

from __future__ import annotations

from tests.extraction.read_back_gold import Gold

_NP, _MS, _IQR, _RANGE = ("count", "percent"), ("mean", "sd"), ("median", "q1", "q3"), ("median", "min", "max")
_GM = ("geometric_mean", "cv_percent")


def two(stats: tuple[str, ...], a: str, b: str, rows: dict[str, tuple[tuple[float, ...], tuple[float, ...]]]) -> Gold:
    """Two groups' cells of each row: row label -> (the first group's values, the second's), in ``stats`` order."""
    return {
        (label,): {(a, s): v for s, v in zip(stats, x, strict=True)}
        | {(b, s): v for s, v in zip(stats, y, strict=True)}
        for label, (x, y) in rows.items()
    }


# ---------------------------------------------------------------------------------------------------------- set 1
GOLD: dict[str, Gold] = {
    "Table 1": two(
        _NP,
        "Ravonir",
        "Placebo",
        {
            "Day 3": ((11, 17.2), (4, 6.5)),
            "Day 7": ((29, 45.3), (15, 24.2)),
            "Day 14": ((48, 75.0), (33, 53.2)),
            "Day 28": ((59, 92.2), (50, 80.6)),
        },
    ),
    "Table 2": two(
        _NP,
        "Tazorin gel",
        "Vehicle",
        {
            "Complete clearance, n (%)": ((46, 41.8), (9, 8.3)),
            "Partial clearance (≥75%), n (%)": ((71, 64.5), (22, 20.4)),
        },
    )
    | two(_MS, "Tazorin gel", "Vehicle", {"Change in lesion count, %, mean (SD)": ((-72.4, 21.6), (-18.9, 30.2))}),
    "Table 3": {
        ("Site 1",): {("~Surveys sent", "count"): 212, ("~Returned", "count"): 158, ("~Returned", "percent"): 74.5},
        ("Site 2",): {("~Surveys sent", "count"): 187, ("~Returned", "count"): 121, ("~Returned", "percent"): 64.7},
        ("Site 3",): {("~Surveys sent", "count"): 143, ("~Returned", "count"): 112, ("~Returned", "percent"): 78.3},
    },
    "Table 4": two(
        _NP,
        "Nintrelast",
        "Placebo",
        {
            "Silica dust, n (%)": ((31, 34.4), (28, 30.8)),
            "Asbestos, n (%)": ((12, 13.3), (15, 16.5)),
            "Diesel exhaust, n (%)": ((40, 44.4), (37, 40.7)),
        },
    )
    | two(_IQR, "Nintrelast", "Placebo", {"Years exposed, median (IQR)": ((18, 9, 27), (16, 8, 25))}),
    "Table 5": two(_RANGE, "Pump A", "Pump B", {"Battery half-life, h, median (range)": ((96, 71, 130), (64, 40, 88))})
    | two(
        _MS,
        "Pump A",
        "Pump B",
        {
            "Occlusion alarms per week, mean (SD)": ((1.4, 0.9), (2.7, 1.6)),
            "Refill interval, days, mean (SD)": ((6.8, 1.2), (4.1, 0.8)),
        },
    ),
    "Table 6": two(
        _IQR,
        "Ostelimab",
        "Placebo",
        {
            "IL-6, pg/mL, median (IQR)": ((3.1, 1.9, 5.2), (6.8, 4.0, 10.5)),
            "CRP, mg/L, median (IQR)": ((2.4, 1.1, 4.9), (5.7, 2.8, 9.9)),
            "TNF-α, pg/mL, median (IQR)": ((8.2, 6.0, 11.4), (9.0, 6.6, 12.1)),
        },
    ),
    "Table 7": two(
        _GM,
        "Normal",
        "Moderate impairment",
        {
            "Apparent clearance (CL/F), L/h": ((24.6, 22), (13.1, 31)),
            "Renal clearance (CLR), mL/min": ((96.2, 25), (38.4, 36)),
            "Fraction excreted unchanged, %": ((41.3, 18), (27.9, 29)),
        },
    ),
    "Table 8": two(
        _NP,
        "Weekly pen",
        "Daily pen",
        {
            "Very satisfied, n (%)": ((64, 53.3), (41, 34.7)),
            "Satisfied, n (%)": ((43, 35.8), (52, 44.1)),
            "Dissatisfied, n (%)": ((13, 10.8), (25, 21.2)),
        },
    ),
    "Table 9": two(
        _MS,
        "Adjunct gel",
        "Scaling alone",
        {
            "Probing depth, mm, mean (SD)": ((2.9, 0.6), (3.4, 0.7)),
            "Clinical attachment level, mm, mean (SD)": ((3.6, 0.9), (4.1, 1.0)),
            "Sites bleeding on probing, %, mean (SD)": ((14.2, 6.1), (23.8, 8.4)),
        },
    ),
    "Table 10": two(
        _MS,
        "Recruitment",
        "Control",
        {
            "Static compliance, mL/cmH2O, mean (SD)": ((38.6, 9.4), (31.2, 8.8)),
            "PaO2/FiO2, mmHg, mean (SD)": ((214, 61), (176, 58)),
            "Driving pressure, cmH2O, mean (SD)": ((12.1, 2.9), (14.8, 3.3)),
        },
    ),
}
SECTIONS: dict[str, set[str]] = {
    "Table 1": {"efficacy"},  # the virus cleared: an efficacy endpoint by day, no drug's clearance
    "Table 2": {"efficacy"},  # lesions cleared
    "Table 3": {"other"},  # a survey's return, no tumour response: none of the four
    "Table 4": {"demographics"},  # what the patients had been exposed to when enrolled
    "Table 5": {"other"},  # a device's battery: none of the four
    "Table 6": {"efficacy"},  # markers of the disease on treatment, no drug concentrations
    "Table 7": {"pk"},  # CONTROL: the drug's clearances
    "Table 8": {"efficacy"},  # a patient-reported outcome
    "Table 9": {"efficacy"},  # bleeding on probing: a periodontal outcome, no adverse event
    "Table 10": {"efficacy"},  # the lung's compliance, no adherence to the protocol
}
UNNAMED = frozenset({"Table 7"})


# ---------------------------------------------------------------------------------------------------------- set 2
# written after set 1's fixes, before caption-senses-2.html was first read back
_NND = ("count", "denominator", "percent")
GOLD_2: dict[str, Gold] = {
    "Table 1": two(
        _IQR,
        "Artivor",
        "Comparator",
        {"Parasite clearance half-life, h, median (IQR)": ((2.6, 2.1, 3.3), (3.4, 2.7, 4.2))},
    )
    | two(
        _NP,
        "Artivor",
        "Comparator",
        {
            "Slope half-life ≥5 h, n (%)": ((7, 5.8), (19, 16.1)),
            "Parasitaemia at 72 h, n (%)": ((3, 2.5), (11, 9.3)),
        },
    ),
    "Table 2": two(
        _MS,
        "Spirolone",
        "Placebo",
        {
            "Urinary sodium excretion, mmol/24 h": ((168, 41), (142, 38)),
            "Urinary potassium excretion, mmol/24 h": ((61, 17), (69, 19)),
            "Urine volume, L/24 h": ((2.1, 0.6), (1.8, 0.5)),
        },
    ),
    "Table 3": two(
        _IQR,
        "Indorelin",
        "Placebo",
        {
            "Kynurenine, µmol/L": ((1.9, 1.5, 2.4), (2.8, 2.2, 3.5)),
            "Tryptophan, µmol/L": ((61, 52, 70), (55, 47, 63)),
            "Kynurenic acid, nmol/L": ((38, 29, 47), (45, 36, 55)),
        },
    ),
    "Table 4": two(
        _NP,
        "Xabirex",
        "Warfarin",
        {
            "Major bleeding": ((31, 2.1), (52, 3.5)),
            "Clinically relevant non-major bleeding": ((94, 6.3), (121, 8.1)),
            "Intracranial haemorrhage": ((4, 0.3), (12, 0.8)),
        },
    ),
    "Table 5": two(
        _NP,
        "Fixed-dose pill",
        "Separate pills",
        {
            "Proportion of days covered ≥80%": ((162, 77.1), (131, 63.3)),
            "Persistent at 12 months": ((175, 83.3), (150, 72.5)),
        },
    ),
    "Table 6": two(
        _NP,
        "Inhaled brelocort",
        "Placebo",
        {
            "Current smoker, n (%)": ((41, 27.3), (44, 29.5)),
            "Former smoker, n (%)": ((63, 42.0), (59, 39.6)),
        },
    )
    | two(_IQR, "Inhaled brelocort", "Placebo", {"Pack-years, median (IQR)": ((22, 12, 35), (24, 13, 38))}),
    "Table 7": two(
        _NND,
        "Two doses",
        "Three doses",
        {
            "18–39 years, n/N (%)": ((118, 124, 95.2), (117, 121, 96.7)),
            "40–59 years, n/N (%)": ((97, 109, 89.0), (101, 110, 91.8)),
            "≥60 years, n/N (%)": ((52, 67, 77.6), (58, 67, 86.6)),
        },
    ),
    "Table 8": two(
        _MS,
        "Ivarcaftor",
        "Placebo",
        {
            "Lung clearance index": ((-1.9, 1.4), (0.2, 1.1)),
            "FEV1, % predicted": ((8.4, 6.2), (-0.6, 5.5)),
        },
    ),
    "Table 9": two(
        _MS,
        "Hypertonic saline",
        "Isotonic saline",
        {
            "Week 0": ((14.2, 6.1), (13.8, 5.9)),
            "Week 4": ((21.7, 7.4), (15.1, 6.3)),
            "Week 12": ((23.5, 8.0), (15.6, 6.6)),
        },
    ),
    "Table 10": two(
        _MS,
        "10 mg",
        "20 mg",
        {
            "Week 4": ((48.2, 14.1), (101, 29)),
            "Week 12": ((51.6, 15.0), (98.4, 31.2)),
            "Week 24": ((49.9, 13.3), (104, 27)),
        },
    ),
}
SECTIONS_2: dict[str, set[str]] = {
    "Table 1": {"efficacy"},  # a parasite's clearance half-life: how fast the infection clears, no drug's half-life
    "Table 2": {"efficacy"},  # the body's sodium and potassium, no drug excreted
    "Table 3": {"efficacy"},  # the body's own metabolites, no drug's
    "Table 4": {"adverse_events"},  # CONTROL: major bleeding among safety outcomes
    "Table 5": {"other"},  # CONTROL: compliance with the treatment
    "Table 6": {"demographics"},  # CONTROL: exposure to smoke at baseline
    "Table 7": {"efficacy"},  # CONTROL: a vaccine's response
    "Table 8": {"efficacy"},  # a lung's clearance index
    "Table 9": {"efficacy"},  # mucociliary clearance of a tracer, by visit
    "Table 10": {"pk"},  # CONTROL: the drug's concentrations by dose
}
UNNAMED_2 = frozenset({"Table 10"})
