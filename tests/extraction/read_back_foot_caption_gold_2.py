"""What must be read from the second set of foot-caption pages (tests/typeset/read_back/foot-caption-{jama,jco,
bmc}.html; issue 8): captions, or captions and their head lines, left at the foot of a page or of the left text
column, their tables set at the top of the next frame, in JAMA-, JCO- and BMC-like house styles, numbers and drugs
ours. Written from the HTML before the pages were first read back; the format of
tests/extraction/read_back_foot_caption_gold.py (row path -> {(column words, statistic): value}, and each table's
section, the kind its caption names)."""

from __future__ import annotations

from tests.extraction.read_back_foot_caption_gold import _MSD, _NP, _per
from tests.extraction.read_back_gold import Cells, Gold

_RANGE = ("median", "min", "max")

# foot-caption-jama: (a) Table 1 (a caption of three lines and its head line end page 1), (b) Table 2 (its caption
# alone ends page 2); (e) Figure 2's caption ends page 3, page 4 opens with Table 3 under its own caption
_JAMA = ("Brivanolol", "Usual care")
_NYHA = "NYHA class, No. (%)"
JAMA: dict[str, Gold] = {
    "Table 1": {
        ("Age, mean (SD), y",): _per(_JAMA, _MSD, (68.3, 9.4), (67.7, 9.9)),
        ("Women, No. (%)",): _per(_JAMA, _NP, (109, 44.0), (114, 45.4)),
        (_NYHA, "II"): _per(_JAMA, _NP, (151, 60.9), (149, 59.4)),
        (_NYHA, "III"): _per(_JAMA, _NP, (97, 39.1), (102, 40.6)),
        ("Ejection fraction, mean (SD), %",): _per(_JAMA, _MSD, (31.6, 6.2), (32.1, 5.9)),
        ("Systolic blood pressure, mean (SD), mm Hg",): _per(_JAMA, _MSD, (122.8, 14.7), (124.1, 15.2)),
        ("Atrial fibrillation, No. (%)",): _per(_JAMA, _NP, (83, 33.5), (79, 31.5)),
    },
    "Table 2": {
        ("Symptom score change, mean (SD)",): _per(_JAMA, _MSD, (11.4, 8.7), (5.2, 8.9)),
        ("Hospitalization for heart failure, No. (%)",): _per(_JAMA, _NP, (29, 11.7), (47, 18.7)),
        ("6-Minute walk distance change, mean (SD), m",): _per(_JAMA, _MSD, (24.6, 41.3), (8.9, 43.8)),
        ("Death from any cause, No. (%)",): _per(_JAMA, _NP, (14, 5.6), (19, 7.6)),
    },
}
JAMA_SECTIONS = {"Table 1": "demographics", "Table 2": "efficacy"}

# foot-caption-jco: (a) TABLE 1, a caption of two lines and two head lines (each arm's span over its grade columns)
# at the foot of page 1; (b) TABLE 2, its first rows at the foot of page 2, "(continued)" with its heads repeated on
# page 3
_JCO = ("Lorvatinib Plus Chemotherapy", "Placebo Plus Chemotherapy")


def _grades(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> Cells:
    cells: Cells = {}
    for arm, vs in zip(_JCO, (a, b), strict=True):
        for head, (n, pct) in (("Any Grade", vs[:2]), ("Grade ≥3", vs[2:])):
            cells[(f"{arm}>{head}", "count")] = n
            cells[(f"{arm}>{head}", "percent")] = pct
    return cells


JCO: dict[str, Gold] = {
    "Table 1": {
        ("Neutropenia",): _grades((92, 53.8, 61, 35.7), (71, 41.8, 44, 25.9)),
        ("Diarrhea",): _grades((88, 51.5, 19, 11.1), (39, 22.9, 4, 2.4)),
        ("Nausea",): _grades((74, 43.3, 5, 2.9), (66, 38.8, 3, 1.8)),
        ("Fatigue",): _grades((69, 40.4, 9, 5.3), (58, 34.1, 6, 3.5)),
        ("Anemia",): _grades((57, 33.3, 14, 8.2), (49, 28.8, 11, 6.5)),
        ("Stomatitis",): _grades((31, 18.1, 4, 2.3), (12, 7.1, 1, 0.6)),
    },
    "Table 2": {
        ("Objective response, No. (%)",): _per(_JCO, _NP, (97, 56.1), (68, 39.8)),
        ("Complete response, No. (%)",): _per(_JCO, _NP, (12, 6.9), (5, 2.9)),
        ("Partial response, No. (%)",): _per(_JCO, _NP, (85, 49.1), (63, 36.8)),
        ("Stable disease, No. (%)",): _per(_JCO, _NP, (48, 27.7), (61, 35.7)),
        ("Progressive disease, No. (%)",): _per(_JCO, _NP, (19, 11.0), (33, 19.3)),
        ("Disease control, No. (%)",): _per(_JCO, _NP, (145, 83.8), (129, 75.4)),
        ("Duration of response, median (range), months",): _per(_JCO, _RANGE, (9.6, 1.4, 26.2), (6.1, 1.2, 21.7)),
    },
}
JCO_SECTIONS = {"Table 1": "adverse_events", "Table 2": "efficacy"}

# foot-caption-bmc: (c) Table 1's two-line caption ends the left column of page 1, its PK table opens the right
# column (its legend: geometric mean (CV%)); (b) Table 2's caption and its wrapped heads end the left column of page
# 2, its rows open the right column; (e) Fig. 2's caption ends page 2, page 3 opens with a block no caption names
_DOSES = ("100 mg", "200 mg")
_GM = ("geometric_mean", "cv_percent")
_BMC = ("Ravosertib", "Placebo")
BMC: dict[str, Gold] = {
    "Table 1": {
        ("Cmax, ng/mL",): _per(_DOSES, _GM, (412, 28.4), (861, 31.2)),
        ("AUC0–∞, ng·h/mL",): _per(_DOSES, _GM, (5140, 33.7), (10920, 29.8)),
        ("CL/F, L/h",): _per(_DOSES, _GM, (19.5, 33.7), (18.3, 29.8)),
        ("t1/2, h",): _per(_DOSES, _GM, (14.2, 21.6), (15.1, 18.9)),
    },
    "Table 2": {
        ("Response",): _per(_BMC, _NP, (38, 59.4), (21, 33.3)),
        ("Remission",): _per(_BMC, _NP, (17, 26.6), (8, 12.7)),
        ("Relapse",): _per(_BMC, _NP, (6, 9.4), (15, 23.8)),
        ("Rescue treatment",): _per(_BMC, _NP, (4, 6.3), (11, 17.5)),
    },
}
BMC_SECTIONS = {"Table 1": "pk", "Table 2": "efficacy"}

PAGES: dict[str, tuple[dict[str, Gold], dict[str, str]]] = {
    "foot-caption-jama": (JAMA, JAMA_SECTIONS),
    "foot-caption-jco": (JCO, JCO_SECTIONS),
    "foot-caption-bmc": (BMC, BMC_SECTIONS),
}
# tables whose group columns may be left unnamed by a record's arm (a PK record's arm is its dose)
UNNAMED = {("foot-caption-bmc", "Table 1")}

# prose-under-table (issue 8, c): justified body prose right under each table of a two-column page, a small count
# standing alone in a spread line ("3 participants", "in 2 of them"); the prose is no row and no note of the table
_PEL = ("Pelvanib", "Placebo")
PROSE_UNDER: dict[str, Gold] = {
    "Table 1": {
        ("Age, mean (SD), y",): _per(_PEL, _MSD, (43.8, 12.6), (44.5, 13.2)),
        ("Women, No. (%)",): _per(_PEL, _NP, (71, 68.9), (69, 68.3)),
        ("Activity score, mean (SD)",): _per(_PEL, _MSD, (29.4, 7.1), (30.2, 6.8)),
        ("Angioedema, No. (%)",): _per(_PEL, _NP, (48, 46.6), (45, 44.6)),
    },
    "Table 2": {
        ("Any adverse event",): _per(_PEL, _NP, (57, 55.3), (49, 48.5)),
        ("Headache",): _per(_PEL, _NP, (12, 11.7), (9, 8.9)),
        ("Nausea",): _per(_PEL, _NP, (8, 7.8), (4, 4.0)),
        ("Serious adverse event",): _per(_PEL, _NP, (3, 2.9), (2, 2.0)),
    },
}
PROSE_PAGES: dict[str, tuple[dict[str, Gold], dict[str, str]]] = {
    "prose-under-table": (PROSE_UNDER, {"Table 1": "demographics", "Table 2": "adverse_events"}),
}
