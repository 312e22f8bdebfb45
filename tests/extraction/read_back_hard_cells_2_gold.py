"""What must be read from tests/typeset/read_back/hard-cells-2.html, written before the page was first read
(format of tests/extraction/read_back_gold.py). The blood-pressure row prints two parameters in one cell: a reader
files the systolic mean and SD under the row; the bracketed diastolic pair is another parameter, which may be
withheld but must never be filed as the systolic's spread or interval (not listed: a record of it is an extra)."""

from __future__ import annotations

from tests.extraction.read_back_gold import Gold

_V, _P = "Velocimab", "Placebo"
TABLE_4: Gold = {
    ("Cumulative dose, mg, n, mean (SD)",): {
        (_V, "count"): 350,
        (_V, "mean"): 3100.5,
        (_V, "sd"): 570.2,
        (_P, "count"): 180,
        (_P, "mean"): 2980.0,
        (_P, "sd"): 601.3,
    },
    ("Days on treatment, n, median (range)",): {
        (_V, "count"): 380,
        (_V, "median"): 205,
        (_V, "min"): 120,
        (_V, "max"): 340,
        (_P, "count"): 190,
        (_P, "median"): 198,
        (_P, "min"): 101,
        (_P, "max"): 352,
    },
    ("Systolic / diastolic blood pressure, mm Hg, mean ± SD",): {
        (_V, "mean"): 128,
        (_V, "sd"): 17,
        (_P, "mean"): 131,
        (_P, "sd"): 16,
    },
}
GOLD: dict[str, Gold] = {"Table 4": TABLE_4}
