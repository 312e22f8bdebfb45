"""What must be read from tests/typeset/read_back/region-heads.html: tables whose column-head line is set in the
body's own type, its cells close together (or one head longer than a line of text is wide), right over the value
columns. Written from the HTML before the page was first read back; the format is
tests/extraction/read_back_gold.py's (row path -> {(column words, statistic): value}). A cell "0" with no
percentage gives the count alone; a P value "<0.001" gives 0.001 (its qualifier is the record's own)."""

from __future__ import annotations

from tests.extraction.read_back_gold import Cells, Gold


def _np(columns: tuple[str, ...], values: list[tuple[float, float | None]]) -> Cells:
    cells: Cells = {}
    for column, (n, pct) in zip(columns, values, strict=True):
        cells[(column, "count")] = n
        if pct is not None:
            cells[(column, "percent")] = pct
    return cells


_VP = ("Velotamine, all doses", "Placebo")
_PT = "Preferred term"
TABLE_1: Gold = {
    ("TEAEs",): _np(_VP, [(51, 45.5), (40, 36.7)]),
    ("Severe TEAEs",): _np(_VP, [(3, 2.7), (1, 0.9)]),
    ("TEAEs leading to discontinuation",): _np(_VP, [(2, 1.8), (0, 0.0)]),
    (_PT, "Decreased appetite"): _np(_VP, [(15, 13.4), (3, 2.8)]),
    (_PT, "Insomnia"): _np(_VP, [(7, 6.3), (4, 3.7)]),
    (_PT, "Headache"): _np(_VP, [(6, 5.4), (5, 4.6)]),
}

_LD = tuple(f"Lorimab {dose} mg" for dose in ("2.5", "5", "10", "20"))
TABLE_2: Gold = {
    ("Infection",): _np(_LD, [(5, 5.1), (8, 8.0), (10, 10.1), (14, 14.4)]),
    ("Nausea and/or vomiting",): _np(_LD, [(6, 6.1), (4, 4.0), (12, 12.1), (9, 9.3)]),
    ("Abnormal hair loss",): _np(_LD, [(1, 1.0), (0, None), (5, 5.1), (7, 7.2)]),
    ("Oral ulcers",): _np(_LD, [(0, None), (2, 2.0), (4, 4.0), (3, 3.1)]),
}

_FP = ("Low-dose fenotrexate", "Placebo")
_P = "P value"


def _row3(a: tuple[float, float], b: tuple[float, float], p: float) -> Cells:
    return _np(_FP, [a, b]) | {(_P, "p"): p}


TABLE_3: Gold = {
    ("Any event",): _row3((1402, 63.3), (1318, 59.1), 0.004),
    ("Serious event",): _row3((512, 23.1), (498, 22.3), 0.52),
    ("Mouth sores or oral pain",): _row3((88, 4.0), (51, 2.3), 0.001),
    ("Leukopenia",): _row3((226, 10.2), (160, 7.2), 0.001),
}

# Tables 4 and 5: added after the fix idea, gold written before they were first read
_TP = ("Low-dose teriflumab", "Placebo")
_CRF, _QRY = "Reported in case-report forms from visits", "Determined from a query of all adverse-event reports"
TABLE_4: Gold = {
    (_CRF, "Any cancer"): _np(_TP, [(41, 2.3), (26, 1.4)]),
    (_CRF, "Skin cancer"): _np(_TP, [(24, 1.3), (9, 0.5)]),
    (_QRY, "Any cancer"): _np(_TP, [(83, 4.6), (77, 4.3)]),
    (_QRY, "Skin cancer"): _np(_TP, [(27, 1.5), (11, 0.6)]),
}

_PL = tuple(f"{arm} and MTX" for arm in ("Placebo", "Lorimab low dose", "Lorimab high dose"))
_ALT = "Patients with an increase in ALT"
TABLE_5: Gold = {
    (_ALT, ">1 to 3 × ULN"): _np(_PL, [(14, 31.1), (40, 44.4), (47, 52.8)]),
    (_ALT, ">3 to 5 × ULN"): _np(_PL, [(2, 4.4), (8, 8.9), (9, 10.1)]),
    (_ALT, ">5 × ULN"): _np(_PL, [(0, None), (3, 3.3), (4, 4.5)]),
}

GOLD: dict[str, Gold] = {
    "Table 1": TABLE_1,
    "Table 2": TABLE_2,
    "Table 3": TABLE_3,
    "Table 4": TABLE_4,
    "Table 5": TABLE_5,
}
NO_ARM: dict[str, frozenset[str]] = {"Table 3": frozenset({_P})}
