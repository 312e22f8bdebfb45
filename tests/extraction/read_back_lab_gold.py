"""What must be read from tests/typeset/read_back/lab-abnormalities.html: laboratory-abnormality tables in the forms
of five published tables (FDA-label and journal; the address beside each in the HTML), drugs and numbers ours.
Written from the HTML before the page was first read back; the format is tests/extraction/read_back_gold.py's (row
path -> {(column words, statistic): value}). ``NO_ARM`` names, per table, the heads that are no group (a grade
scope); ``ROW_ARMS`` the tables that print their groups as rows; ``GRADES`` the grade scope each column's records
must carry. A percentage whose denominator is the test's own (patients with a baseline and a post-baseline value)
is still the cell's percentage: what must not happen is a check against the arm's N as if it were its
denominator.
"""

from __future__ import annotations

from tests.extraction.read_back_gold import Cells, Gold


def _pct(columns: tuple[str, ...], values: tuple[float, ...]) -> Cells:
    return {(column, "percent"): v for column, v in zip(columns, values, strict=True)}


def _np(columns: tuple[str, ...], values: list[tuple[float, float | None]]) -> Cells:
    cells: Cells = {}
    for column, (n, pct) in zip(columns, values, strict=True):
        cells[(column, "count")] = n
        if pct is not None:
            cells[(column, "percent")] = pct
    return cells


_TV = tuple(f"Tovalitinib>{scope}" for scope in ("All Grades", "Grades 3–4"))
_CH, _HE = "Chemistry", "Hematology"
TABLE_3: Gold = {
    (_CH, "Hypercholesterolemia"): _pct(_TV, (94, 16)),
    (_CH, "Hypertriglyceridemia"): _pct(_TV, (88, 15)),
    (_CH, "Hyperglycemia"): _pct(_TV, (49, 4)),
    (_CH, "AST increased"): _pct(_TV, (35, 2)),
    (_CH, "ALT increased"): _pct(_TV, (28, 3)),
    (_HE, "Anemia"): _pct(_TV, (50, 3)),
    (_HE, "Thrombocytopenia"): _pct(_TV, (22, 0)),
    (_HE, "Lymphopenia"): _pct(_TV, (21, 3)),
}

_G34 = ("Grade 3–4",)
TABLE_4: Gold = {
    (row,): _pct(_G34, (v,))
    for row, v in (
        ("Hyponatremia", 11),
        ("Lymphopenia", 9),
        ("Anemia", 7),
        ("Hyperglycemia", 4),
        ("Alkaline phosphatase increased", 3),
        ("Creatinine increased", 2),
        ("Hyperkalemia", 1),
    )
}

_RP = tuple(f"{arm}>{scope}" for arm in ("Ravonib", "Placebo") for scope in ("Any grade", "Grade 3 or 4"))
_HEM, _CHEM = "Hematology", "Chemistry"
TABLE_2: Gold = {
    (_HEM, "Hemoglobin decreased"): _np(_RP, [(118, 38.1), (9, 2.9), (41, 26.5), (2, 1.3)]),
    (_HEM, "Lymphocytes decreased"): _np(_RP, [(96, 31.0), (22, 7.1), (28, 18.1), (4, 2.6)]),
    (_HEM, "Platelets decreased"): _np(_RP, [(54, 17.4), (3, 1.0), (12, 7.7), (0, None)]),
    (_CHEM, "ALT increased"): _np(_RP, [(83, 26.8), (11, 3.5), (19, 12.3), (1, 0.6)]),
    (_CHEM, "Creatinine increased"): _np(_RP, [(47, 15.2), (2, 0.6), (14, 9.0), (0, None)]),
    (_CHEM, "Hyponatremia"): _np(_RP, [(39, 12.6), (8, 2.6), (10, 6.5), (1, 0.6)]),
}

_T5 = ("Grade 0–2", "Grade 3", "Grade 4")


def _row_n(n: float, values: list[tuple[float, float] | None]) -> Cells:
    """A row with its own n: the n read as a count, each grade cell's count carrying n as its denominator."""
    cells: Cells = {("n", "count"): n}
    for column, value in zip(_T5, values, strict=True):
        if value is not None:
            cells |= {(column, "count"): value[0], (column, "percent"): value[1], (column, "denominator"): n}
    return cells


TABLE_5: Gold = {
    ("Leukopenia", "Arm R"): _row_n(41, [(6, 15), (19, 46), (16, 39)]),
    ("Leukopenia", "Arm O"): _row_n(39, [(4, 10), (26, 67), (9, 23)]),
    ("Neutropenia", "Arm R"): _row_n(41, [(3, 7), (5, 12), (33, 80)]),
    ("Neutropenia", "Arm O"): _row_n(39, [(1, 3), (10, 26), (28, 72)]),
    ("Anemia", "Arm R"): _row_n(40, [(36, 90), (4, 10), None]),
    ("Anemia", "Arm O"): _row_n(38, [(35, 92), (3, 8), None]),
}

_SA = ("Placebo + MTX", "Sarilumab 150 mg + MTX", "Sarilumab 200 mg + MTX")
_ANC, _ALT = "Absolute neutrophil count, n (%)", "ALT, n (%)"
TABLE_6: Gold = {
    (_ANC, "Grade 1: ≥ 1.5 Giga/l to < LLN"): _np(_SA, [(5, 17.2), (15, 18.5), (18, 22.5)]),
    (_ANC, "Grade 2: ≥ 1 to < 1.5 Giga/l"): _np(_SA, [(3, 10.3), (21, 25.9), (17, 21.3)]),
    (_ANC, "Grade 3: ≥ 0.5 to < 1 Giga/l"): _np(_SA, [(1, 3.4), (9, 11.1), (7, 8.8)]),
    (_ANC, "Grade 4: < 0.5 Giga/l"): _np(_SA, [(0, None), (2, 2.5), (1, 1.3)]),
    (_ALT, "> 1 to ≤ 3 × ULN"): _np(_SA, [(12, 41.4), (38, 46.9), (41, 51.3)]),
    (_ALT, "> 3 to ≤ 5 × ULN"): _np(_SA, [(1, 3.4), (9, 11.1), (6, 7.5)]),
    (_ALT, "> 5 × ULN"): _np(_SA, [(0, None), (2, 2.5), (3, 3.8)]),
}

GOLD: dict[str, Gold] = {
    "Table 3": TABLE_3,
    "Table 4": TABLE_4,
    "Table 2": TABLE_2,
    "Table 5": TABLE_5,
    "Table 6": TABLE_6,
}
NO_ARM: dict[str, frozenset[str]] = {"Table 4": frozenset(_G34), "Table 5": frozenset({"n", *_T5})}
ROW_ARMS: frozenset[str] = frozenset({"Table 5"})
# the grade scope of each column's records (None: the column names no grade)
GRADES: dict[str, dict[str, str | None]] = {
    "Table 3": {"All Grades": "any", "Grades 3–4": "3-4"},
    "Table 4": {"Grade 3–4": "3-4"},
    "Table 2": {"Any grade": "any", "Grade 3 or 4": "3-4"},
    "Table 5": {"Grade 3": "3", "Grade 4": "4"},
}


# lab-abnormalities-2.html: second instances, gold written after the first page's fixes and before the page was read
_PC = tuple(
    f"{arm}>{scope}"
    for arm in ("Pemlatinib plus Carboplatin", "Carboplatin")
    for scope in ("All Grades", "Grade 3", "Grade 4")
)
_LAB, _NONLAB = "Laboratory", "Non-laboratory"
SECOND_7: Gold = {
    (_LAB, "Neutropenia"): _pct(_PC, (88, 43, 28, 57, 9, 2)),
    (_LAB, "Anemia"): _pct(_PC, (84, 21, 5, 66, 7, 1)),  # "<1": the percent 1 with its qualifier
    (_LAB, "Thrombocytopenia"): _pct(_PC, (74, 30, 6, 55, 10, 1)),
    (_NONLAB, "Nausea"): _pct(_PC, (67, 5, 0, 58, 3, 0)),
    (_NONLAB, "Fatigue"): _pct(_PC, (41, 4, 1, 33, 5, 0)),
}


def _nn(arms: tuple[str, str], a: tuple[float, float, float], b: tuple[float, float, float]) -> Cells:
    cells: Cells = {}
    for arm, (n, d, pct) in zip(arms, (a, b), strict=True):
        cells |= {(arm, "count"): n, (arm, "denominator"): d, (arm, "percent"): pct}
    return cells


_SD = ("Sorafetinib plus Docetaxel", "Docetaxel Alone")
_HEMA = "Grade ≥3 hematologic abnormality — no./total no. (%)"
_CHEMA = "Grade ≥3 chemistry abnormality — no./total no. (%)"
SECOND_8: Gold = {
    (_HEMA, "Neutropenia"): _nn(_SD, (141, 372, 38), (98, 377, 26)),
    (_HEMA, "Thrombocytopenia"): _nn(_SD, (47, 372, 13), (30, 377, 8)),
    (_HEMA, "Anemia"): _nn(_SD, (52, 371, 14), (41, 376, 11)),
    (_CHEMA, "Hypokalemia"): _nn(_SD, (22, 365, 6), (8, 370, 2)),
    (_CHEMA, "ALT increased"): _nn(_SD, (15, 366, 4), (4, 371, 1)),
}

_IP = ("Immediate treatment", "Placebo")
_OT = "On-treatment grade 3-4 laboratory abnormalities"
SECOND_9: Gold = {
    ("Serious AEs",): _np(_IP, [(6, 4), (4, 6)]),
    (_OT, "ALT"): _np(_IP, [(2, 1), (6, 8)]),
    (_OT, "AST"): _np(_IP, [(1, 1), (4, 6)]),
    (_OT, "Total bilirubin"): _np(_IP, [(3, 2), (0, 0)]),
    (_OT, "Hemoglobin"): _np(_IP, [(4, 3), (0, 0)]),
}

_SR = tuple(f"{arm}>{scope}" for arm in ("Standard dose", "Reduced dose") for scope in ("≥2", "≥3"))
SECOND_10: Gold = {
    ("Fatigue",): _np(_SR, [(52, 43), (14, 12), (41, 35), (9, 7.6)]),
    ("WBC/neutrophils",): _np(_SR, [(18, 15), (6, 5.0), (8, 6.8), (2, 1.7)]),
    ("Anaemia",): _np(_SR, [(21, 18), (4, 3.3), (13, 11), (1, 0.8)]),
    ("Platelets",): _np(_SR, [(7, 5.8), (2, 1.7), (3, 2.5), (0, None)]),
}

SECOND: dict[str, Gold] = {"Table 7": SECOND_7, "Table 8": SECOND_8, "Table 9": SECOND_9, "Table 10": SECOND_10}
SECOND_NO_ARM: dict[str, frozenset[str]] = {}
SECOND_ROW_ARMS: frozenset[str] = frozenset()
SECOND_GRADES: dict[str, dict[str, str | None]] = {
    "Table 7": {"All Grades": "any", "Grade 3": "3", "Grade 4": "4"},
    "Table 10": {"≥2": ">=2", "≥3": ">=3"},
}
