"""What the section-kinds read-back page (tests/typeset/read_back/section-kinds.html) must give, written from its
HTML before it was first read: each table's kind (``SECTIONS``: the kinds it may be filed under) and each value
under its group (the format of tests/extraction/read_back_gold.py: row path -> {(column, statistic): value}; a
column's first word is the group the record's ``arm`` must name). ``UNNAMED``: PK tables whose groups are no
dose, which a PK record may leave unnamed (extractors/records.py: a PK record's arm is its dose)."""

from __future__ import annotations

from tests.extraction.read_back_gold import Gold

_V, _P = "Velmotide", "Placebo"


def _two(stats: tuple[str, ...], rows: dict[str, tuple[tuple[float, ...], tuple[float, ...]]], a: str = _V,
         b: str = _P) -> Gold:  # fmt: skip
    gold: Gold = {}
    for label, (x, y) in rows.items():
        gold[(label,)] = {(a, s): v for s, v in zip(stats, x, strict=True)} | {
            (b, s): v for s, v in zip(stats, y, strict=True)
        }
    return gold


def _by(stats: tuple[str, ...], heads: tuple[str, ...], rows: dict[str, tuple[tuple[float, ...], ...]]) -> Gold:
    return {
        (label,): {
            (head, s): v for head, cell in zip(heads, cells, strict=True) for s, v in zip(stats, cell, strict=True)
        }
        for label, cells in rows.items()
    }


_MS, _MED, _GM = ("mean", "sd"), ("median", "q1", "q3"), ("geometric_mean", "cv_percent")
_MEDCI = ("median", "ci_low", "ci_high")

GOLD: dict[str, Gold] = {
    "Table 1": _two(_MS, {
        "Age, years, mean (SD)": ((61.4, 9.2), (60.8, 8.7)),
        "Weight, kg, mean (SD)": ((78.3, 12.5), (79.1, 13.0)),
        "Creatinine clearance, mL/min, mean (SD)": ((84.6, 21.3), (86.2, 19.8)),
        "eGFR, mL/min/1.73 m², mean (SD)": ((79.5, 17.4), (81.0, 16.9)),
        "Bilirubin, mg/dL, mean (SD)": ((0.62, 0.21), (0.65, 0.24)),
    }) | _two(("count", "percent"), {"Female, n (%)": ((54, 45.0), (50, 42.4))}),
    "Table 2": _two(_MS, {
        "Creatinine clearance, mL/min": ((84.6, 21.3), (86.2, 19.8)),
        "eGFR, mL/min/1.73 m²": ((79.5, 17.4), (81.0, 16.9)),
        "Serum creatinine, mg/dL": ((0.94, 0.22), (0.91, 0.20)),
        "Bilirubin, mg/dL": ((0.62, 0.21), (0.65, 0.24)),
        "Albumin, g/dL": ((4.1, 0.4), (4.0, 0.5)),
    }),
    "Table 3": _by(_GM, ("50 mg", "100 mg", "200 mg"), {
        "Cmax (ng/mL)": ((212, 31), (455, 27), (938, 33)),
        "AUC0–inf (ng·h/mL)": ((1840, 29), (3920, 25), (8110, 30)),
        "t1/2 (h)": ((11.2, 18), (11.8, 21), (12.4, 19)),
        "CL/F (L/h)": ((27.2, 29), (25.5, 25), (24.7, 30)),
        "Vz/F (L)": ((440, 24), (434, 22), (442, 26)),
    }),
    "Table 4": _by(_GM, ("=Velmotide", "=M4"), {
        "Cmax (ng/mL)": ((455, 27), (96.1, 35)),
        "AUC0–inf (ng·h/mL)": ((3920, 25), (1215, 31)),
        "t1/2 (h)": ((11.8, 21), (16.4, 23)),
        "Clearance (L/h)": ((25.5, 25), (82.3, 31)),
    }),
    "Table 5": _by(_GM, ("Normal", "Mild impairment", "Moderate impairment"), {
        "Cmax (ng/mL)": ((448, 26), (471, 30), (502, 28)),
        "AUC0–inf (ng·h/mL)": ((3880, 24), (4630, 27), (6120, 32)),
        "t1/2 (h)": ((11.6, 20), (13.9, 22), (17.5, 25)),
        "CL/F (L/h)": ((25.8, 24), (21.6, 27), (16.3, 32)),
    }),
    "Table 6": _two(_MEDCI, {
        "Time to first exacerbation": ((142, 118, 171), (97, 80, 115)),
        "Time to treatment failure": ((188, 160, 214), (131, 109, 150)),
        "Time to symptom relief": ((6, 5, 8), (9, 7, 11)),
    }),
    "Table 7": _two(_MED, {
        "Parasite clearance time": ((30, 24, 38), (42, 36, 54)),
        "Fever clearance time": ((18, 12, 26), (24, 16, 32)),
        "Time to gametocyte clearance": ((96, 72, 120), (144, 108, 168)),
    }, a="Arterolide", b="Comparator"),
    "Table 8": _two(_MED, {
        "Hemoglobin, g/dL": ((13.2, 12.1, 14.3), (13.4, 12.2, 14.4)),
        "Platelets, ×10⁹/L": ((231, 190, 276), (226, 188, 270)),
        "Creatinine clearance, mL/min": ((83, 68, 101), (85, 70, 102)),
        "AST, U/L": ((24, 19, 31), (23, 18, 30)),
        "Bilirubin, mg/dL": ((0.6, 0.4, 0.8), (0.6, 0.5, 0.8)),
    }),
    "Table 9": _two(_MS, {
        "Creatinine clearance, mL/min": ((-2.1, 6.4), (-1.8, 6.0)),
        "eGFR, mL/min/1.73 m²": ((-1.6, 5.2), (-1.2, 5.5)),
        "Cystatin C, mg/L": ((0.03, 0.11), (0.02, 0.10)),
    }),
    "Table 10": _by(_MS, ("Normal", "Mild", "Moderate"), {
        "Age, years": ((58.1, 6.0), (63.4, 5.2), (66.8, 4.9)),
        "Weight, kg": ((76.2, 9.8), (79.0, 10.4), (74.5, 8.1)),
        "Creatinine clearance, mL/min": ((104, 12), (68, 7), (41, 6)),
        "eGFR, mL/min/1.73 m²": ((98, 11), (66, 8), (39, 7)),
    }),
}  # fmt: skip

# the kinds each table may be filed under: a table of laboratory values whose caption names no kind may be kept
# under "other", never PK
SECTIONS: dict[str, frozenset[str]] = {
    "Table 1": frozenset({"demographics"}),
    "Table 2": frozenset({"demographics", "other"}),
    "Table 3": frozenset({"pk"}),
    "Table 4": frozenset({"pk"}),
    "Table 5": frozenset({"pk"}),
    "Table 6": frozenset({"efficacy"}),
    "Table 7": frozenset({"efficacy"}),
    "Table 8": frozenset({"demographics"}),
    "Table 9": frozenset({"efficacy"}),
    "Table 10": frozenset({"demographics"}),
}
# groups that are no dose in PK tables, or no group at all (analytes): a PK record may leave them unnamed
UNNAMED = frozenset({"Table 4", "Table 5"})
NO_ARM = {"Table 4": frozenset({"=Velmotide", "=M4"})}

# the second instances (tests/typeset/read_back/section-kinds.html, Tables 11-16), written after the first fixes and
# before the page was read again
_O, _R = "Ondelimab", "Ravonir"
SECOND: dict[str, Gold] = {
    "Table 11": _two(_MS, {
        "Age, years, mean (SD)": ((58.7, 10.1), (59.3, 9.6)),
        "Urinary albumin excretion, mg/24 h, mean (SD)": ((412, 188), (398, 201)),
        "Creatinine clearance, mL/min, mean (SD)": ((71.2, 18.4), (73.0, 17.7)),
    }, a=_O) | _two(("count", "percent"), {"Female, n (%)": ((41, 42.7), (39, 41.1))}, a=_O),
    "Table 12": _by(_MS, ("10 mg", "30 mg", "Placebo"), {
        "Creatinine clearance, mL/min": ((92.1, 15.2), (89.7, 16.8), (90.4, 14.9)),
        "ALT, U/L": ((22.4, 8.1), (24.0, 9.3), (21.8, 7.7)),
        "Total bilirubin, mg/dL": ((0.58, 0.19), (0.61, 0.22), (0.60, 0.20)),
        "Albumin, g/dL": ((4.2, 0.3), (4.1, 0.4), (4.2, 0.3)),
    }),
    "Table 13": _by(_GM, ("Normal renal function", "Mild", "Moderate", "Severe"), {
        "Cmax (ng/mL)": ((402, 22), (431, 25), (468, 29), (510, 31)),
        "AUC0–24 (ng·h/mL)": ((3510, 21), (4120, 24), (5480, 28), (7020, 33)),
        "t½ (h)": ((11.9, 17), (14.2, 19), (18.1, 23), (24.6, 27)),
        "Clearance (L/h)": ((28.5, 21), (24.3, 24), (18.2, 28), (14.2, 33)),
    }),
    "Table 14": _by(_MS, ("=Velmotide", "=M2", "=M4"), {
        "Ae0–24 (mg)": ((12.4, 3.1), (4.2, 1.5), (8.8, 2.6)),
        "fe (%)": ((12.4, 3.1), (4.0, 1.4), (8.1, 2.4)),
        "CLR (mL/min)": ((53.7, 12.9), (61.2, 15.0), (88.4, 19.7)),
    }),
    "Table 15": _two(_MEDCI, {
        "Time to clinical recovery": ((5, 4, 6), (7, 6, 8)),
        "Time to viral clearance": ((4, 3, 5), (6, 5, 7)),
        "Time to hospital discharge": ((9, 8, 11), (12, 10, 13)),
    }, a=_R),
    "Table 16": _by(_GM, ("25 mg", "75 mg"), {
        "Clearance (L/h)": ((26.9, 24), (25.1, 22)),
        "Half-life (h)": ((11.0, 19), (11.7, 20)),
        "Volume of distribution (L)": ((428, 23), (424, 21)),
    }),
}  # fmt: skip
SECTIONS |= {
    "Table 11": frozenset({"demographics"}),
    "Table 12": frozenset({"demographics", "other"}),
    "Table 13": frozenset({"pk"}),
    "Table 14": frozenset({"pk"}),
    "Table 15": frozenset({"efficacy"}),
    "Table 16": frozenset({"pk"}),
}
UNNAMED |= {"Table 13", "Table 14"}
NO_ARM |= {"Table 14": frozenset({"=Velmotide", "=M2", "=M4"})}
