"""What must be read from tests/typeset/read_back/hard-cells.html (forms from the hard-cases list, numbers ours),
written before the page was first read. Format of tests/extraction/read_back_gold.py. In Table 2 the "Events
(patients, %)" head states three numbers per cell: events, then the patients with the event and their share of
the group's N (given only in the "Total number of patients" row)."""

from __future__ import annotations

from tests.extraction.read_back_gold import Cells, Gold

_A = ("Velocimab 1 mg/kg", "Velocimab 3 mg/kg", "Velocimab total", "Placebo")


def _three(*cells: tuple[float, float, float]) -> Cells:
    out: Cells = {}
    for arm, (events, count, pct) in zip(_A, cells, strict=True):
        out |= {(arm, "events"): events, (arm, "count"): count, (arm, "percent"): pct}
    return out


TABLE_2: Gold = {
    ("Total number of patients",): {(arm, "count"): n for arm, n in zip(_A, (40, 45, 85, 30), strict=True)},
    ("Infusion reaction",): _three((27, 25, 62.5), (30, 28, 62.2), (57, 53, 62.4), (3, 3, 10.0)),
    ("Rash",): _three((9, 8, 20.0), (14, 11, 24.4), (23, 19, 22.4), (2, 2, 6.7)),
}
TABLE_3: Gold = {
    ("Time to response",): {
        ("Velocimab", "median"): 117,
        ("Velocimab", "min"): 90,
        ("Velocimab", "max"): 141,
        ("Placebo", "median"): 126,
        ("Placebo", "min"): 84,
        ("Placebo", "max"): 190,
    },
    ("Duration of response",): {
        ("Velocimab", "median"): 412,
        ("Velocimab", "min"): 203,
        ("Velocimab", "max"): 615,
        ("Placebo", "median"): 287,
        ("Placebo", "min"): 120,
        ("Placebo", "max"): 398,
    },
}
GOLD: dict[str, Gold] = {"Table 2": TABLE_2, "Table 3": TABLE_3}
