"""What the chart-tables read-back pages (tests/typeset/read_back/chart-tables.html, set 1, and chart-tables-2.html,
set 2) must give, each written from its HTML before the page was first read: a table with a chart on its page (beside
it in the other text column, above it with its figure caption, under its caption set below the table, floated to its
right), each table's values under their groups (the format of tests/extraction/read_back_gold.py), and ``TICKS``: the
numbers the charts print on their axes, none of which may be read as a value of any table (every table value that
equals a tick is listed in the gold at its own cell)."""

from __future__ import annotations

from tests.extraction.read_back_gold import Gold

_NP, _MS, _MEDCI, _GM = ("count", "percent"), ("mean", "sd"), ("median", "ci_low", "ci_high"), ("geometric_mean", "cv_percent")


def _two(stats: tuple[str, ...], a: str, b: str, rows: dict[str, tuple[tuple[float, ...], tuple[float, ...]]]) -> Gold:
    return {
        (label,): {(a, s): v for s, v in zip(stats, x, strict=True)} | {(b, s): v for s, v in zip(stats, y, strict=True)}
        for label, (x, y) in rows.items()
    }


# ---------------------------------------------------------------------------------------------------------- set 1
GOLD: dict[str, Gold] = {
    # (1) a line chart in the other text column at the table's height
    "Table 1": _two(_NP, "Dalvutide", "Placebo", {
        "Week 4": ((21, 25.0), (9, 11.0)),
        "Week 8": ((37, 44.0), (14, 17.1)),
        "Week 12": ((46, 54.8), (17, 20.7)),
        "Week 16": ((50, 59.5), (18, 22.0)),
    }),
    # (2) a bar chart and its figure caption above the table's caption
    "Table 2": _two(_MS, "Korvastat", "Placebo", {
        "Age, years, mean (SD)": ((52.6, 12.4), (53.1, 11.9)),
        "LDL cholesterol, mmol/L, mean (SD)": ((4.2, 0.9), (4.1, 1.0)),
    }) | _two(_NP, "Korvastat", "Placebo", {
        "Women, n (%)": ((63, 45.0), (66, 47.8)),
        "Diabetes, n (%)": ((29, 20.7), (31, 22.5)),
    }),
    # (3) the caption under the table, a survival plot right under the caption
    "Table 3": _two(_MEDCI, "Rilotinib", "Docetaxel", {
        "Median PFS, months (95% CI)": ((7.4, 6.1, 8.8), (4.2, 3.5, 5.0)),
        "Median OS, months (95% CI)": ((15.9, 13.2, 18.4), (11.8, 10.1, 13.6)),
    }) | _two(_NP, "Rilotinib", "Docetaxel", {"Objective response, n (%)": ((66, 32.8), (27, 13.6))}),
    # (4) a concentration-time curve floated right of a PK table, log axis
    "Table 4": _two(_GM, "Fasted", "Fed", {
        "Cmax (ng/mL)": ((318, 24), (276, 29)),
        "AUC0–∞ (ng·h/mL)": ((4120, 31), (4390, 27)),
        "t1/2 (h)": ((11.6, 19), (12.0, 22)),
    }),
}
UNNAMED = frozenset({"Table 4"})
TICKS = frozenset({0, 4, 8, 12, 16, 20, 40, 60, 80, 100, 10, 30, 25, 50, 75, 6, 18, 24, 1, 1000, 36, 48})
