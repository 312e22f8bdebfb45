"""What must be read from tests/typeset/read_back/short-tails.html (issue 8, item 2): tables whose last one or two
value rows (or a group label and two rows) go on at the head of the next text column or page, with no header,
followed by the table's legend or body prose. Written from the HTML before the page was first read back; the format
of tests/extraction/read_back_foot_caption_gold.py (row path -> {(column words, statistic): value}, and each
table's section)."""

from __future__ import annotations

from tests.extraction.read_back_foot_caption_gold import _MSD, _NP, _per
from tests.extraction.read_back_gold import Gold

_ARMS = ("Darvotinib", "Topotecan")
_ECOG = "ECOG performance status, No. (%)"
_LINES = "Previous lines of therapy, No. (%)"
GOLD: dict[str, Gold] = {
    "Table 1": {
        ("Age, mean (SD), yr",): _per(_ARMS, _MSD, (63.1, 8.4), (62.7, 8.9)),
        ("Male sex, No. (%)",): _per(_ARMS, _NP, (71, 60.2), (68, 57.6)),
        ("Current smoker, No. (%)",): _per(_ARMS, _NP, (39, 33.1), (42, 35.6)),
        ("Brain metastases, No. (%)",): _per(_ARMS, _NP, (27, 22.9), (25, 21.2)),
        ("Platinum-sensitive, No. (%)",): _per(_ARMS, _NP, (64, 54.2), (61, 51.7)),
        # the tail at the head of the right column
        ("LDH above ULN, No. (%)",): _per(_ARMS, _NP, (52, 44.1), (49, 41.5)),
        ("Liver metastases, No. (%)",): _per(_ARMS, _NP, (44, 37.3), (47, 39.8)),
    },
    "Table 2": {
        ("Neutropenia",): _per(_ARMS, _NP, (18, 15.4), (61, 53.0)),
        ("Anemia",): _per(_ARMS, _NP, (11, 9.4), (33, 28.7)),
        ("Thrombocytopenia",): _per(_ARMS, _NP, (7, 6.0), (41, 35.7)),
        ("Fatigue",): _per(_ARMS, _NP, (9, 7.7), (6, 5.2)),
        ("Diarrhea",): _per(_ARMS, _NP, (8, 6.8), (3, 2.6)),
        # the one-row tail opening page 2, its legend under it
        ("Febrile neutropenia",): _per(_ARMS, _NP, (2, 1.7), (14, 12.2)),
    },
    "Table 3": {
        (_ECOG, "0"): _per(_ARMS, _NP, (41, 34.7), (44, 37.3)),
        (_ECOG, "1"): _per(_ARMS, _NP, (77, 65.3), (74, 62.7)),
        ("Extensive stage at diagnosis, No. (%)",): _per(_ARMS, _NP, (83, 70.3), (80, 67.8)),
        # the tail: a group label and its two rows at the head of the right column
        (_LINES, "1"): _per(_ARMS, _NP, (89, 75.4), (92, 78.0)),
        (_LINES, "2"): _per(_ARMS, _NP, (29, 24.6), (26, 22.0)),
    },
    "Table 4": {
        ("Deaths, No. (%)",): _per(_ARMS, _NP, (81, 68.6), (94, 79.7)),
        ("Progression or death, No. (%)",): _per(_ARMS, _NP, (102, 86.4), (109, 92.4)),
        ("Objective response, No. (%)",): _per(_ARMS, _NP, (29, 24.6), (19, 16.1)),
    },
}
SECTIONS = {"Table 1": "demographics", "Table 2": "adverse_events", "Table 3": "demographics", "Table 4": "efficacy"}
# the rows of each table's part after the break: the first contact shows whether they were linked
TAILS: dict[str, set[tuple[str, ...]]] = {
    "Table 1": {("LDH above ULN, No. (%)",), ("Liver metastases, No. (%)",)},
    "Table 2": {("Febrile neutropenia",)},
    "Table 3": {(_LINES, "1"), (_LINES, "2")},
}
