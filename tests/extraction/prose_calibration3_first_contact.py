"""The first contact of the third calibration corpus (tests/extraction/prose_calibration3_corpus.py), read at
commit bd5cf7b (main 3c35726 plus the corpus, committed alone at 56849ba, and the rule of
extractors/prose_group_scope.py with its gate table empty) before any extractor change, and the reading of the
first and second calibration corpora at the same commit, with the binding-kind gate on (as the extractor ships):
per statement form (extractors/prose_group_scope.py), the records emitted with no group for gold numbers, right
(their gold group is the whole trial, or any) and wrong (tests/extraction/prose_calibration3_score.py --pooled).
The form gate is the rule applied to the pooled table; this module is the measurement and is not edited.
"""

from __future__ import annotations

# outcome totals of the third corpus at first contact (47 paragraphs, 175 records emitted for gold numbers; 131 of
# them with no group, 34 of those wrong by their group)
THIRD_TOTALS = {"right": 115, "withheld": 153, "wrong": 60, "missed": 0, "kept out": 109}
THIRD_EMITTED = 175
THIRD_NO_GROUP = {"emitted": 131, "right": 83, "endpoint": 17, "group": 34, "statistic": 3}

# form -> (emitted, right, wrong) among the records emitted with no group
THIRD_FIRST_CONTACT: dict[str, tuple[int, int, int]] = {
    "fronted": (1, 0, 1),
    "subject": (9, 1, 8),
    "trailing": (1, 0, 1),
    "in sentence": (22, 11, 11),
    "paragraph": (4, 2, 2),
    "no cue": (94, 83, 11),
}
FIRST_CURRENT: dict[str, tuple[int, int, int]] = {
    "fronted": (0, 0, 0),
    "subject": (7, 7, 0),
    "trailing": (0, 0, 0),
    "in sentence": (38, 37, 1),
    "paragraph": (9, 0, 9),
    "no cue": (153, 146, 7),
}
SECOND_CURRENT: dict[str, tuple[int, int, int]] = {
    "fronted": (4, 4, 0),
    "subject": (0, 0, 0),
    "trailing": (2, 1, 1),
    "in sentence": (10, 5, 5),
    "paragraph": (0, 0, 0),
    "no cue": (91, 86, 5),
}
