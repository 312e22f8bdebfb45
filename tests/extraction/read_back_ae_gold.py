"""What must be read from tests/typeset/read_back/ae-sampled.html: adverse-event tables in the forms of four
published tables (the address beside each in the HTML), drugs and numbers ours. Written from the HTML before the
page was first read back; the format is tests/extraction/read_back_gold.py's (row path -> {(column words,
statistic): value}). ``NO_ARM`` names, per table, the heads that are no group (grades, severities, relatedness,
a single arm's total): a value under them belongs to the whole single-arm trial. ``GRADES`` is the grade scope
each column's records must carry.
"""

from __future__ import annotations

from tests.extraction.read_back_gold import Cells, Gold


def _np(column: str, n: float, pct: float | None = None) -> Cells:
    out: Cells = {(column, "count"): n}
    if pct is not None:
        out[(column, "percent")] = pct
    return out


def _row(columns: tuple[str, ...], values: list[tuple[float, float | None]]) -> Cells:
    cells: Cells = {}
    for column, (n, pct) in zip(columns, values, strict=True):
        cells |= _np(column, n, pct)
    return cells


_G = ("Grade 1–2", "Grade 3", "Grade 4", "Grade 5")
TABLE_2: Gold = {
    ("Any event",): _row(_G, [(131, 62), (22, 10), (4, 2), (2, 1)]),
    ("Infusion-related reaction",): _row(_G, [(58, 27), (3, 1), (0, None), (0, None)]),
    ("Fatigue",): _row(_G, [(41, 19), (5, 2), (0, None), (0, None)]),
    ("Pruritus",): _row(_G, [(29, 14), (0, None), (0, None), (0, None)]),
    ("Hypothyroidism",): _row(_G, [(17, 8), (2, 1), (0, None), (0, None)]),
    ("Pneumonitis",): _row(_G, [(6, 3), (4, 2), (1, 1), (1, 1)]),
    ("Elevated lipase",): _row(_G, [(3, 1), (6, 3), (2, 1), (0, None)]),
}

_V1, _V3, _T = "Velocimab, 1 mg/kg", "Velocimab, 3 mg/kg", "Total"
_S = tuple(f"{arm}>{scope}" for arm in (_V1, _V3, _T) for scope in ("All Events", "Grade 3 or 4 Events"))
TABLE_3: Gold = {
    ("Any adverse event of special interest",): _row(_S, [(9, 38), (1, 4), (27, 44), (6, 10), (36, 42), (7, 8)]),
    ("Skin events", "Rash"): _row(_S, [(4, 17), (0, None), (12, 20), (1, 2), (16, 19), (1, 1)]),
    ("Skin events", "Vitiligo"): _row(_S, [(2, 8), (0, None), (3, 5), (0, None), (5, 6), (0, None)]),
    ("Laboratory investigations", "Alanine aminotransferase increased"): _row(
        _S, [(1, 4), (0, None), (5, 8), (2, 3), (6, 7), (2, 2)]
    ),
    ("Laboratory investigations", "Thyroid-stimulating hormone increased"): _row(
        _S, [(2, 8), (0, None), (4, 7), (0, None), (6, 7), (0, None)]
    ),
}

_SEV = ("Mild", "Moderate", "Severe", "Related to study drug", "Total")
_INF, _GI = "Infections and infestations", "Gastrointestinal disorders"
TABLE_4: Gold = {
    (_INF,): _row(_SEV, [(141, 9.4), (27, 1.8), (6, 0.4), (3, 0.2), (174, 11.6)]),
    (_INF, "Nasopharyngitis"): _row(_SEV, [(62, 4.1), (5, 0.3), (0, None), (0, None), (67, 4.5)]),
    (_INF, "Urinary tract infection"): _row(_SEV, [(31, 2.1), (9, 0.6), (1, 0.1), (2, 0.1), (41, 2.7)]),
    (_GI,): _row(_SEV, [(118, 7.9), (21, 1.4), (4, 0.3), (37, 2.5), (143, 9.5)]),
    (_GI, "Constipation"): _row(_SEV, [(29, 1.9), (4, 0.3), (1, 0.1), (9, 0.6), (34, 2.3)]),
    (_GI, "Nausea"): _row(_SEV, [(24, 1.6), (3, 0.2), (0, None), (11, 0.7), (27, 1.8)]),
}

_D = tuple(f"No (%) of patients by dose>@{arm}" for arm in ("Placebo", "1.0 mg/kg", "4.0 mg/kg", "Total"))
TABLE_5: Gold = {
    ("Nausea",): _row(_D, [(1, 10), (3, 21), (5, 33), (9, 23)]),
    ("Asthenia",): _row(_D, [(1, 10), (2, 14), (3, 20), (6, 15)]),
    ("Headache",): _row(_D, [(0, None), (3, 21), (2, 13), (5, 13)]),
    ("Vomiting",): _row(_D, [(0, None), (1, 7), (4, 27), (5, 13)]),
    ("Chills",): _row(_D, [(0, None), (0, None), (4, 27), (4, 10)]),
}

GOLD: dict[str, Gold] = {"Table 2": TABLE_2, "Table 3": TABLE_3, "Table 4": TABLE_4, "Table 5": TABLE_5}
NO_ARM: dict[str, frozenset[str]] = {"Table 2": frozenset(_G), "Table 4": frozenset(_SEV)}
# the grade scope of each column's records (None: the column names no grade)
GRADES: dict[str, dict[str, str | None]] = {
    "Table 2": {"Grade 1–2": "1-2", "Grade 3": "3", "Grade 4": "4", "Grade 5": "5"},
    "Table 3": {"All Events": "any", "Grade 3 or 4 Events": "3-4"},
}


# ae-sampled-2.html: second instances, gold written before the page was first read
_PL, _LE = "Pradofenib plus letrozole", "Letrozole alone"
_S2 = tuple(f"{arm}>{scope}" for arm in (_PL, _LE) for scope in ("Any AEs", "Grade ≥3 AEs"))
SECOND_2: Gold = {
    ("Neutropenia",): _row(_S2, [(98, 66.2), (71, 48.0), (8, 5.3), (2, 1.3)]),
    ("Fatigue",): _row(_S2, [(61, 41.2), (4, 2.7), (39, 25.8), (1, 0.7)]),
    ("Nausea",): _row(_S2, [(44, 29.7), (1, 0.7), (24, 15.9), (0, None)]),
    ("Alopecia",): _row(_S2, [(29, 19.6), (0, None), (4, 2.6), (0, None)]),
}
_H = ("Normal", "Mild", "Moderate", "Severe")
SECOND_3: Gold = {
    ("Gastrointestinal disorders",): _row(_H, [(1, 8.3), (2, 25.0), (3, 37.5), (2, 33.3)]),
    ("Gastrointestinal disorders", "Nausea"): _row(_H, [(1, 8.3), (1, 12.5), (2, 25.0), (1, 16.7)]),
    ("Nervous system disorders",): _row(_H, [(2, 16.7), (1, 12.5), (0, None), (1, 16.7)]),
    ("Nervous system disorders", "Headache"): _row(_H, [(2, 16.7), (1, 12.5), (0, None), (1, 16.7)]),
}
_I = ("Mild", "Moderate", "Severe", "Drug-related", "All")
SECOND_4: Gold = {
    ("Headache",): _row(_I, [(14, 17.5), (3, 3.8), (0, None), (6, 7.5), (17, 21.3)]),
    ("Dizziness",): _row(_I, [(9, 11.3), (1, 1.3), (1, 1.3), (7, 8.8), (11, 13.8)]),
    ("Injection-site pain",): _row(_I, [(22, 27.5), (0, None), (0, None), (22, 27.5), (22, 27.5)]),
}
SECOND: dict[str, Gold] = {"Table 2": SECOND_2, "Table 3": SECOND_3, "Table 4": SECOND_4}
SECOND_NO_ARM: dict[str, frozenset[str]] = {"Table 4": frozenset(_I)}
SECOND_GRADES: dict[str, dict[str, str | None]] = {"Table 2": {"Any AEs": "any", "Grade ≥3 AEs": ">=3"}}
