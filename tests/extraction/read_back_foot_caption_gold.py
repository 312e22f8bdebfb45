"""What must be read from the foot-caption pages (tests/typeset/read_back/foot-caption-*.html): captions left at the
foot of a page or a text column whose tables the typesetter set at the top of the next page or column (issue 8),
in several house styles, numbers and drugs ours. Written from the HTML before the pages were first read back;
format of tests/extraction/read_back_gold.py (row path -> {(column words, statistic): value}), with each table's
section (the kind its caption names). Cells that say nothing a reader could file are not listed."""

from __future__ import annotations

from tests.extraction.read_back_gold import Cells, Gold


def _per(arms: tuple[str, ...], stats: tuple[str, ...], *values: tuple[float, ...]) -> Cells:
    """One tuple of values per arm, in the order of ``stats``."""
    return {(arm, stat): v for arm, vs in zip(arms, values, strict=True) for stat, v in zip(stats, vs, strict=True)}


_NP = ("count", "percent")
_MSD = ("mean", "sd")

# foot-caption-nejm: (a) Table 1, (b) Table 2; (e) Figure 1's numbers at risk belong to no table
_NEJM = ("Relvatinib", "Placebo")
_ECOG = "ECOG performance-status score — no. (%)"
_LINES = "Previous lines of therapy — no. (%)"
NEJM: dict[str, Gold] = {
    "Table 1": {
        ("Age — yr",): _per(_NEJM, _MSD, (61.8, 9.7), (62.4, 10.1)),
        ("Female sex — no. (%)",): _per(_NEJM, _NP, (97, 45.8), (91, 43.5)),
        (_ECOG, "0"): _per(_NEJM, _NP, (118, 55.7), (121, 57.9)),
        (_ECOG, "1"): _per(_NEJM, _NP, (94, 44.3), (88, 42.1)),
        ("Body-mass index",): _per(_NEJM, _MSD, (26.4, 4.8), (26.9, 5.2)),
        (_LINES, "1"): _per(_NEJM, _NP, (131, 61.8), (126, 60.3)),
        (_LINES, "≥2"): _per(_NEJM, _NP, (81, 38.2), (83, 39.7)),
    },
    "Table 2": {
        ("Any adverse event — no. (%)",): _per(_NEJM, _NP, (203, 96.7), (178, 85.6)),
        ("Hypertension — no. (%)",): _per(_NEJM, _NP, (88, 41.9), (24, 11.5)),
        ("Diarrhea — no. (%)",): _per(_NEJM, _NP, (76, 36.2), (31, 14.9)),
        ("Fatigue — no. (%)",): _per(_NEJM, _NP, (69, 32.9), (47, 22.6)),
        ("Decreased appetite — no. (%)",): _per(_NEJM, _NP, (44, 21.0), (19, 9.1)),
        ("Hand–foot syndrome — no. (%)",): _per(_NEJM, _NP, (39, 18.6), (5, 2.4)),
    },
}
NEJM_SECTIONS = {"Table 1": "demographics", "Table 2": "adverse_events"}

# foot-caption-lancet: (a) Table 1 (a caption of two lines), (b) Table 2; (d) Table 3's caption ends page 3 but page
# 4 opens with Table 4 under its own caption: Table 3 is not found, Table 4 keeps its rows
_LANCET = ("Ferabant", "Placebo")
LANCET: dict[str, Gold] = {
    "Table 1": {
        ("Age, years",): _per(_LANCET, _MSD, (54.6, 11.8), (55.1, 12.3)),
        ("Sex", "Female"): _per(_LANCET, _NP, (131, 58), (127, 56)),
        ("Sex", "Male"): _per(_LANCET, _NP, (95, 42), (99, 44)),
        ("Disease duration, years",): _per(_LANCET, _MSD, (6.1, 3.9), (5.8, 4.2)),
        ("Composite disease score",): _per(_LANCET, _MSD, (38.4, 9.6), (37.9, 10.1)),
        ("Previous biological therapy",): _per(_LANCET, _NP, (84, 37), (79, 35)),
    },
    "Table 2": {
        ("Response at week 24",): _per(_LANCET, _NP, (118, 52), (71, 31)),
        ("Remission at week 24",): _per(_LANCET, _NP, (61, 27), (29, 13)),
        ("Relapse by week 24",): _per(_LANCET, _NP, (23, 10), (48, 21)),
        ("Normal inflammatory markers at week 24",): _per(_LANCET, _NP, (97, 43), (66, 29)),
        ("Rescue therapy needed",): _per(_LANCET, _NP, (19, 8), (41, 18)),
    },
}
LANCET_SECTIONS = {"Table 1": "demographics", "Table 2": "efficacy"}

# foot-caption-2col: (c) Table 1's caption ends the left column of page 1, its table opens the right column; Table
# 2's caption and heads end the left column of page 2, its rows open the right column
_COL = ("Tezorimab", "Placebo")
TWO_COLUMNS: dict[str, Gold] = {
    "Table 1": {
        ("Age, mean (SD), y",): _per(_COL, _MSD, (45.2, 13.1), (46.0, 12.7)),
        ("Women, No. (%)",): _per(_COL, _NP, (52, 32.5), (55, 34.8)),
        ("Weight, mean (SD), kg",): _per(_COL, _MSD, (88.7, 19.4), (90.1, 20.2)),
        ("PASI score, mean (SD)",): _per(_COL, _MSD, (21.3, 7.6), (20.8, 7.2)),
        ("Previous biologic use, No. (%)",): _per(_COL, _NP, (47, 29.4), (45, 28.5)),
        ("Psoriatic arthritis, No. (%)",): _per(_COL, _NP, (33, 20.6), (31, 19.6)),
    },
    "Table 2": {
        ("Any adverse event",): _per(_COL, _NP, (98, 61.6), (84, 53.2)),
        ("Injection-site reaction",): _per(_COL, _NP, (27, 17.0), (6, 3.8)),
        ("Nasopharyngitis",): _per(_COL, _NP, (21, 13.2), (19, 12.0)),
        ("Upper respiratory infection",): _per(_COL, _NP, (14, 8.8), (12, 7.6)),
        ("Headache",): _per(_COL, _NP, (11, 6.9), (10, 6.3)),
        ("Serious adverse event",): _per(_COL, _NP, (6, 3.8), (5, 3.2)),
    },
}
TWO_COLUMNS_SECTIONS = {"Table 1": "demographics", "Table 2": "adverse_events"}

PAGES: dict[str, tuple[dict[str, Gold], dict[str, str]]] = {
    "foot-caption-nejm": (NEJM, NEJM_SECTIONS),
    "foot-caption-lancet": (LANCET, LANCET_SECTIONS),
    "foot-caption-2col": (TWO_COLUMNS, TWO_COLUMNS_SECTIONS),
}
