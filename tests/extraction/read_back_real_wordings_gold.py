"""What must be read from tests/typeset/read_back/real-wordings.html (real wordings of set 1 of
tests/extraction/real_wordings_corpus.py, typeset). Written from the HTML before the page was first read back; the
format of read_back_gold.py. ``WITHHELD``: the cells each table must leave unread, with a finding."""

from __future__ import annotations

from tests.extraction.read_back_foot_caption_gold import _per
from tests.extraction.read_back_gold import Gold

_NP = ("count", "percent")
_MSD = ("mean", "sd")
_IQR = ("median", "q1", "q3")
_RANGE = ("median", "min", "max")
_GCV = ("geometric_mean", "cv_percent")
_PK = ("Fasted", "Fed")
_ARMS = ("Cardaxomab", "Placebo")

GOLD: dict[str, Gold] = {
    # "except tmax and t1/2: median (range) and arithmetic mean (SD), respectively"
    "Table 1": {
        ("Cmax (ng/mL)",): _per(_PK, _GCV, (245, 31.0), (262, 28.4)),
        ("AUC0–∞ (ng·h/mL)",): _per(_PK, _GCV, (3120, 35.2), (3380, 30.1)),
        ("tmax (h)",): _per(_PK, _RANGE, (2.0, 1.0, 4.0), (3.5, 1.5, 6.0)),
        ("t1/2 (h)",): _per(_PK, _MSD, (11.2, 2.3), (10.8, 2.1)),
    },
    # "for all parameters except tmax, for which median (range) is shown"
    "Table 2": {
        ("Cmax (ng/mL)",): _per(_PK, _GCV, (41.6, 38.2), (44.0, 33.5)),
        ("AUC0–∞ (ng·h/mL)",): _per(_PK, _GCV, (702, 41.3), (745, 36.8)),
        ("tmax (h)",): _per(_PK, _RANGE, (4.0, 2.0, 8.0), (6.0, 3.0, 10.0)),
    },
    # "All values are means ± SDs" over cells printed "a (b)" (the table prints no "±")
    "Table 3": {
        ("Unbound fraction (%)",): _per(_PK, _MSD, (6.42, 1.15), (6.81, 1.30)),
        ("Renal clearance (L/h)",): _per(_PK, _MSD, (1.27, 0.34), (1.19, 0.29)),
    },
    # the legend "Data are n (%) or median (IQR)" against the Methods' "mean (SD)": the age cells are refused
    "Table 4": {
        ("Female",): _per(_ARMS, _NP, (54, 45.0), (50, 42.4)),
        ("NT-proBNP (pg/mL)",): _per(_ARMS, _IQR, (1920, 1210, 3380), (1875, 1190, 3310)),
    },
    # a silent table: the Methods ("mean (SD)", "mean±standard deviation", "median and interquartile ranges",
    # "frequency and percentage"); the figures' "mean ± SEM" speaks for no table
    "Table 5": {
        ("Haemoglobin (g/dL)",): _per(_ARMS, _MSD, (13.6, 1.4), (13.4, 1.5)),
        ("Anaemia",): _per(_ARMS, _NP, (18, 15.0), (21, 17.8)),
        ("CRP (mg/L)",): _per(_ARMS, _IQR, (4.1, 2.2, 7.9), (3.8, 2.0, 7.4)),
    },
}
WITHHELD = {"Table 4": 2}
