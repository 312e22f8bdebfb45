"""What must be read from tests/typeset/read_back/stat-subrows-sampled.html (the form of a published table, its
address beside it in the HTML; numbers ours), written before the page was first read: statistic sub-rows under
each outcome, the CI in a row of its own. Format of tests/extraction/read_back_gold.py."""

from __future__ import annotations

from tests.extraction.read_back_gold import Cells, Gold

_ARMS = ("Cytotoxic agents", "Targeted agents", "Combinations")


def _each(stat: str, *values: float) -> Cells:
    return {(arm, stat): v for arm, v in zip(_ARMS, values, strict=True)}


_MTD, _DOSE, _SIGN = "MTD established", "Dose level at MTD", "Sign of efficacy"
TABLE_1: Gold = {
    (_MTD, "no. (%)"): _each("count", 41, 20, 9)
    | _each("denominator", 55, 38, 21)
    | _each("percent", 74.5, 52.6, 42.9),
    (_MTD, "[95%-CI]"): _each("ci_low", 61.0, 35.8, 21.8) | _each("ci_high", 85.3, 69.0, 66.0),
    (_DOSE, "Median"): _each("median", 5, 4, 4),
    (_DOSE, "Range"): _each("min", 1, 1, 1) | _each("max", 13, 16, 9),
    (_SIGN, "no. (%)"): _each("count", 45, 30, 15)
    | _each("denominator", 55, 38, 21)
    | _each("percent", 81.8, 78.9, 71.4),
    (_SIGN, "[95%-CI]"): _each("ci_low", 69.1, 62.7, 47.8) | _each("ci_high", 90.9, 90.4, 88.7),
}
GOLD: dict[str, Gold] = {"Table 1": TABLE_1}
