"""The first contact of the second calibration corpus (tests/extraction/prose_calibration2_corpus.py), read at
commit d0443bb (main 7438f1e plus the corpus) before any extractor change, and the reading of the first calibration
corpus (tests/extraction/prose_calibration_corpus.py) at the same commit: per (axis, binding kind), the records
emitted for gold numbers, right and wrong on that axis (tests/extraction/prose_calibration2_score.py). The kind gate
(extractors/prose_kind_gate.py) is the rule applied to the two pooled; this module is the measurement and is not
edited.
"""

from __future__ import annotations

# outcome totals of the second corpus at first contact (49 paragraphs, 134 records emitted for gold numbers)
SECOND_TOTALS = {"right": 103, "withheld": 192, "wrong": 31, "missed": 8, "kept out": 133}
FIRST_TOTALS = {"right": 276, "withheld": 182, "wrong": 28, "missed": 0, "kept out": 87}

# (axis, kind) -> (emitted, right, wrong)
SECOND_FIRST_CONTACT: dict[tuple[str, str], tuple[int, int, int]] = {
    ("endpoint", "summary of"): (23, 23, 0),
    ("endpoint", "subject occurred"): (18, 16, 2),
    ("endpoint", "AE term before bracket"): (9, 9, 0),
    ("endpoint", "copula subject"): (8, 4, 4),
    ("endpoint", "count verb after"): (8, 7, 1),
    ("endpoint", "had object"): (8, 7, 1),
    ("endpoint", "clause endpoint"): (6, 5, 1),
    ("endpoint", "event noun"): (6, 6, 0),
    ("endpoint", "ratio: clause endpoint"): (6, 6, 0),
    ("endpoint", "ratio: incidence of"): (6, 6, 0),
    ("endpoint", "subject's disposition"): (6, 4, 2),
    ("endpoint", "term before bracket"): (6, 3, 3),
    ("endpoint", "own verb had"): (5, 5, 0),
    ("endpoint", "inherited (contrast, p)"): (4, 4, 0),
    ("endpoint", "inherited (in reach, mean)"): (4, 2, 2),
    ("endpoint", "incidence of"): (2, 2, 0),
    ("endpoint", "respectively item"): (2, 2, 0),
    ("endpoint", "subject of an elided clause"): (2, 2, 0),
    ("endpoint", "assigned to arm"): (1, 1, 0),
    ("endpoint", "endpoint of value"): (1, 1, 0),
    ("endpoint", "head of its bracket part"): (1, 1, 0),
    ("endpoint", "n= population"): (1, 1, 0),
    ("endpoint", "received: treated"): (1, 1, 0),
    ("group", "none"): (125, 110, 15),
    ("group", "in X group, after"): (3, 3, 0),
    ("group", "arm before bracket"): (2, 2, 0),
    ("group", "in X group, before"): (2, 2, 0),
    ("group", "arm name, after"): (1, 1, 0),
    ("group", "arm name, before"): (1, 1, 0),
}

FIRST_CURRENT: dict[tuple[str, str], tuple[int, int, int]] = {
    ("endpoint", "summary of"): (50, 47, 3),
    ("endpoint", "subject occurred"): (40, 39, 1),
    ("endpoint", "clause endpoint"): (29, 29, 0),
    ("endpoint", "AE term before bracket"): (20, 20, 0),
    ("endpoint", "ratio: incidence of"): (17, 16, 1),
    ("endpoint", "inherited (contrast, p)"): (16, 15, 1),
    ("endpoint", "landmark time and endpoint"): (15, 15, 0),
    ("endpoint", "ratio: subject occurred"): (13, 13, 0),
    ("endpoint", "had object"): (12, 12, 0),
    ("endpoint", "ratio: for outcome"): (9, 6, 3),
    ("endpoint", "count verb after"): (7, 7, 0),
    ("endpoint", "appositive subject"): (6, 6, 0),
    ("endpoint", "inherited (in reach, percent)"): (6, 6, 0),
    ("endpoint", "ratio: appositive"): (6, 6, 0),
    ("endpoint", "ratio: clause endpoint"): (6, 6, 0),
    ("endpoint", "ratio: named for"): (6, 6, 0),
    ("endpoint", "incidence of, distant"): (5, 5, 0),
    ("endpoint", "term before bracket"): (4, 4, 0),
    ("endpoint", "named in its bracket"): (3, 3, 0),
    ("endpoint", "noun after"): (3, 3, 0),
    ("endpoint", "own verb had"): (3, 3, 0),
    ("endpoint", "ratio: counted events"): (3, 3, 0),
    ("endpoint", "ratio: framed outcome"): (3, 3, 0),
    ("endpoint", "copula subject"): (2, 2, 0),
    ("endpoint", "discontinued"): (2, 2, 0),
    ("endpoint", "event noun"): (2, 2, 0),
    ("endpoint", "incidence of"): (2, 2, 0),
    ("endpoint", "inherited (in reach, value)"): (2, 2, 0),
    ("endpoint", "of N participle"): (2, 2, 0),
    ("endpoint", "predicate"): (2, 2, 0),
    ("endpoint", "respectively item"): (2, 2, 0),
    ("endpoint", "among: the set"): (1, 1, 0),
    ("endpoint", "count verb own"): (1, 0, 1),
    ("endpoint", "endpoint of value"): (1, 1, 0),
    ("endpoint", "inherited (contrast, value)"): (1, 1, 0),
    ("endpoint", "n= population"): (1, 1, 0),
    ("endpoint", "received: dose"): (1, 1, 0),
    ("group", "none"): (214, 197, 17),
    ("group", "in X group, after"): (37, 37, 0),
    ("group", "paragraph's one group"): (11, 11, 0),
    ("group", "arm name, after"): (9, 9, 0),
    ("group", "comparison pairing"): (4, 4, 0),
    ("group", "given, said after"): (4, 4, 0),
    ("group", "said after"): (4, 4, 0),
    ("group", "arm name, before"): (3, 3, 0),
    ("group", "study phase or condition, before"): (3, 2, 1),
    ("group", "acronym patients, before"): (2, 2, 0),
    ("group", "arm before bracket"): (2, 2, 0),
    ("group", "in X group, before"): (2, 2, 0),
    ("group", "lettered arm, after"): (2, 2, 0),
    ("group", "patients with, after"): (2, 2, 0),
    ("group", "respectively pairing"): (2, 2, 0),
    ("group", "dose, before"): (1, 1, 0),
    ("group", "lettered arm, before"): (1, 1, 0),
    ("group", "respectively: the earlier clause's groups"): (1, 1, 0),
}
