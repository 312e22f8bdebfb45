"""What must be read from tests/typeset/read_back/legend-wording.html: legends that say what the brackets hold in
words of their own. Written from the HTML before the page was first read back; the format of read_back_gold.py."""

from __future__ import annotations

from tests.extraction.read_back_foot_caption_gold import _per
from tests.extraction.read_back_gold import Gold

_NP = ("count", "percent")
_MSD = ("mean", "sd")
_IQR = ("median", "q1", "q3")
_T1 = ("Laparoscopic", "Open")
_T2 = ("Group A", "Group B")
_T3 = ("Ravatinib", "Placebo")

GOLD: dict[str, Gold] = {
    "Table 1": {
        ("Age (years)",): _per(_T1, _MSD, (62.3, 8.1), (63.0, 7.9)),
        ("Female",): _per(_T1, _NP, (54, 45.0), (50, 42.4)),
        ("ASA grade III",): _per(_T1, _NP, (12, 10.0), (14, 11.9)),
        ("Body mass index (kg/m²)",): _per(_T1, _MSD, (27.4, 4.2), (27.9, 4.6)),
        ("Duration of symptoms (months)",): _per(_T1, _IQR, (6, 3, 11), (5, 3, 10)),
    },
    "Table 2": {
        ("Enhancing lesion",): _per(_T2, _NP, (31, 78), (22, 58)),
        ("Necrosis",): _per(_T2, _NP, (10, 25), (15, 39)),
        ("Lesion size (mm)",): _per(_T2, _IQR, (18, 12, 25), (21, 14, 30)),
    },
    "Table 3": {
        ("Diabetes",): _per(_T3, _NP, (23, 19.2), (25, 21.2)),
        ("Systolic blood pressure (mm Hg)",): _per(_T3, _MSD, (138, 17), (140, 18)),
        ("Glycated hemoglobin (%)",): _per(_T3, _MSD, (7.4, 1.1), (7.5, 1.2)),
        ("Heart rate (beats/min)",): _per(_T3, _MSD, (72, 11), (71, 12)),
    },
    "Table 4": {
        ("Weight (kg)",): _per(_T2, _MSD, (81.2, 14.5), (79.8, 13.9)),
        ("Height (cm)",): _per(_T2, _MSD, (171, 9), (170, 10)),
    },
    # the control: the note names two things for the bracket, so no cell is settled: withheld, never read
    "Table 5": {},
}
WITHHELD = {"Table 5": 2}  # cells of the control that must be withheld with a finding
