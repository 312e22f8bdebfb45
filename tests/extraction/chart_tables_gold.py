"""What the chart-tables read-back pages (tests/typeset/read_back/chart-tables.html, set 1, and chart-tables-2.html,
set 2) must give, each written from its HTML before the page was first read: a table with a chart on its page (beside
it in the other text column, above it with its figure caption, under its caption set below the table, floated to its
right), each table's values under their groups (the format of tests/extraction/read_back_gold.py), and ``TICKS``: the
numbers the charts print on their axes, none of which may be read as a value of any table (every table value that
equals a tick is listed in the gold at its own cell)."""

from __future__ import annotations

from tests.extraction.caption_senses_gold import two as _two
from tests.extraction.read_back_gold import Gold

_NP, _MS, _MEDCI = ("count", "percent"), ("mean", "sd"), ("median", "ci_low", "ci_high")
_GM = ("geometric_mean", "cv_percent")


# ---------------------------------------------------------------------------------------------------------- set 1
GOLD: dict[str, Gold] = {
    # (1) a line chart in the other text column at the table's height
    "Table 1": _two(
        _NP,
        "Dalvutide",
        "Placebo",
        {
            "Week 4": ((21, 25.0), (9, 11.0)),
            "Week 8": ((37, 44.0), (14, 17.1)),
            "Week 12": ((46, 54.8), (17, 20.7)),
            "Week 16": ((50, 59.5), (18, 22.0)),
        },
    ),
    # (2) a bar chart and its figure caption above the table's caption
    "Table 2": _two(
        _MS,
        "Korvastat",
        "Placebo",
        {
            "Age, years, mean (SD)": ((52.6, 12.4), (53.1, 11.9)),
            "LDL cholesterol, mmol/L, mean (SD)": ((4.2, 0.9), (4.1, 1.0)),
        },
    )
    | _two(
        _NP,
        "Korvastat",
        "Placebo",
        {
            "Women, n (%)": ((63, 45.0), (66, 47.8)),
            "Diabetes, n (%)": ((29, 20.7), (31, 22.5)),
        },
    ),
    # (3) the caption under the table, a survival plot right under the caption
    "Table 3": _two(
        _MEDCI,
        "Rilotinib",
        "Docetaxel",
        {
            "Median PFS, months (95% CI)": ((7.4, 6.1, 8.8), (4.2, 3.5, 5.0)),
            "Median OS, months (95% CI)": ((15.9, 13.2, 18.4), (11.8, 10.1, 13.6)),
        },
    )
    | _two(_NP, "Rilotinib", "Docetaxel", {"Objective response, n (%)": ((66, 32.8), (27, 13.6))}),
    # (4) a concentration-time curve floated right of a PK table, log axis
    "Table 4": _two(
        _GM,
        "Fasted",
        "Fed",
        {
            "Cmax (ng/mL)": ((318, 24), (276, 29)),
            "AUC0–∞ (ng·h/mL)": ((4120, 31), (4390, 27)),
            "t1/2 (h)": ((11.6, 19), (12.0, 22)),
        },
    ),
}
UNNAMED = frozenset({"Table 4"})
TICKS = frozenset({0, 4, 8, 12, 16, 20, 40, 60, 80, 100, 10, 30, 25, 50, 75, 6, 18, 24, 1, 1000, 36, 48})


# ---------------------------------------------------------------------------------------------------------- set 2
# written after set 1's fixes, before chart-tables-2.html was first read back
GOLD_2: dict[str, Gold] = {
    # (1) a horizontal bar chart in the left text column, the table in the right one
    "Table 1": _two(
        _NP,
        "Trovaclib",
        "Placebo",
        {
            "Nausea": ((20, 20.8), (9, 9.5)),
            "Fatigue": ((15, 15.6), (11, 11.6)),
            "Rash": ((10, 10.4), (4, 4.2)),
            "Diarrhoea": ((10, 10.4), (6, 6.3)),
        },
    ),
    # (2) a survival plot with its numbers at risk under the axis, above the table's caption
    "Table 2": _two(
        _MEDCI,
        "Pemlutamide",
        "Placebo",
        {
            "Median rPFS, months (95% CI)": ((16.6, 14.0, 19.3), (8.3, 7.1, 9.9)),
        },
    )
    | _two(_NP, "Pemlutamide", "Placebo", {"PSA decline ≥50%, n (%)": ((149, 71.0), (44, 21.2))}),
    # (3) the caption under the table, a chart with negative ticks under the caption
    "Table 3": _two(
        _MS,
        "Semarelin",
        "Placebo",
        {
            "Body weight, %": ((-9.6, 5.1), (-1.8, 3.9)),
            "Waist circumference, cm": ((-8.1, 4.7), (-2.2, 4.1)),
            "HbA1c, %": ((-0.9, 0.6), (-0.2, 0.5)),
        },
    ),
    # (4) a dot plot in the other column, its ticks at the table's row pitch in the table's type
    "Table 4": _two(
        _GM,
        "Normal",
        "Poor",
        {
            "Cmax (ng/mL)": ((150, 28), (214, 33)),
            "AUC0–24 (ng·h/mL)": ((1890, 31), (3370, 36)),
            "t1/2 (h)": ((9.4, 21), (15.8, 26)),
            "CL/F (L/h)": ((52.9, 31), (29.7, 36)),
        },
    ),
}
UNNAMED_2 = frozenset({"Table 4"})
# the axes' ticks (the numbers at risk are the plot's too: no golden table's values)
TICKS_2 = frozenset(
    {
        0,
        10,
        20,
        30,
        40,
        0.2,
        0.4,
        0.6,
        0.8,
        6,
        12,
        18,
        24,
        -12,
        -9,
        -6,
        -3,
        200,
        150,
        100,
        50,
        210,
        168,
        121,
        77,
        35,
        208,
        132,
        80,
        41,
        16,
    }
)
