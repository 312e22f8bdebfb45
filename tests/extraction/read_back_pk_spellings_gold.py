"""What must be read from tests/typeset/read_back/pk-spellings.html: a geometric mean spelled short ("Geo. Mean",
"GeoMean", "Geometric LS mean") and a legend "geometric means with coefficients of variation in parentheses".
Written from the HTML before the page was first read back; the format of read_back_gold.py (a column word
starting "~" names no group)."""

from __future__ import annotations

from tests.extraction.read_back_foot_caption_gold import _per
from tests.extraction.read_back_gold import Gold

_GCV = ("geometric_mean", "cv_percent")
_ARMS = ("Fasted", "Fed")
_A = ("Ravatinib 10 mg",)

GOLD: dict[str, Gold] = {
    "Table 1": {
        ("Cmax (ng/mL)",): _per(_ARMS, _GCV, (1234, 35.2), (1102, 28.9)),
        ("AUCinf (ng·h/mL)",): _per(_ARMS, _GCV, (15600, 41.0), (14950, 37.5)),
        ("t1/2 (h)",): _per(_ARMS, _GCV, (11.2, 22.4), (11.8, 25.1)),
    },
    "Table 2": {
        ("Cmax (ng/mL)", "Mean (SD)"): _per(_A, ("mean", "sd"), (1250, 410)),
        ("Cmax (ng/mL)", "GeoMean (CV%)"): _per(_A, _GCV, (1190, 35.2)),
        ("Cmax (ng/mL)", "Median (Min, Max)"): _per(_A, ("median", "min", "max"), (1180, 650, 2100)),
        ("AUCinf (ng·h/mL)", "Mean (SD)"): _per(_A, ("mean", "sd"), (16100, 5200)),
        ("AUCinf (ng·h/mL)", "GeoMean (CV%)"): _per(_A, _GCV, (15300, 33.9)),
        ("AUCinf (ng·h/mL)", "Median (Min, Max)"): _per(_A, ("median", "min", "max"), (15800, 8900, 27400)),
    },
    "Table 3": {
        ("Cmax (ng/mL)",): _per(("Fed", "Fasted"), ("geometric_mean",), (1098,), (1230,))
        | {("~Ratio", "value"): 0.89, ("~Ratio", "ci_low"): 0.81, ("~Ratio", "ci_high"): 0.98},
        ("AUCinf (ng·h/mL)",): _per(("Fed", "Fasted"), ("geometric_mean",), (14900,), (15550,))
        | {("~Ratio", "value"): 0.96, ("~Ratio", "ci_low"): 0.90, ("~Ratio", "ci_high"): 1.02},
    },
    "Table 4": {
        ("Ae0–48 (mg)",): _per(_ARMS, _GCV, (2.41, 30.2), (2.28, 27.7)),
        ("CLR (L/h)",): _per(_ARMS, _GCV, (1.95, 24.6), (2.02, 26.3)),
    },
}
