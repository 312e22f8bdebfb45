"""What must be read from tests/typeset/read_back/short-tails-2.html, the second instance set of short table
tails (issue 8, item 2), written from the HTML after the short-tails rule and before the page was first read back;
the format of read_back_short_tails_gold.py. Lancet-like: the percent is printed with its sign, decimals with a
middle dot. After the first reading one slip of the gold was mended: it named the p value's statistic
"p_value" where the schema's name is "p", and it left out the tail's "<0·0001" (read as p 0.0001 with its "<")."""

from __future__ import annotations

from tests.extraction.read_back_foot_caption_gold import _per
from tests.extraction.read_back_gold import Gold

_ARMS = ("Lenvorafib", "Sorafenib")
_NP = ("count", "percent")
_CI = ("median", "ci_low", "ci_high")
_IQR = ("median", "q1", "q3")


def _ae(a: tuple[float, float], b: tuple[float, float], p: float) -> dict[tuple[str, str], float]:
    cells = _per(_ARMS, _NP, a, b)
    cells[("~p value", "p")] = p
    return cells


GOLD: dict[str, Gold] = {
    "Table 1": {
        ("Hypertension",): _ae((61, 39), (47, 31), 0.12),
        ("Diarrhoea",): _ae((52, 34), (71, 46), 0.03),
        ("Decreased appetite",): _ae((49, 32), (41, 27), 0.33),
        ("Fatigue",): _ae((44, 28), (39, 25), 0.56),
        ("Proteinuria",): _ae((37, 24), (18, 12), 0.006),
        # the tail opening the right column, its label wrapped
        ("Palmar-plantar erythrodysaesthesia syndrome",): _ae((29, 19), (78, 51), 0.0001),
    },
    "Table 2": {
        ("Median overall survival, months (95% CI)",): _per(_ARMS, _CI, (13.4, 11.8, 15.1), (11.6, 10.2, 13.0)),
        ("Median progression-free survival, months (95% CI)",): _per(_ARMS, _CI, (7.2, 5.9, 7.9), (3.7, 3.6, 4.5)),
        ("Objective response, n (%)",): _per(_ARMS, _NP, (38, 24), (14, 9)),
        # the tail opening page 2, its legend under it
        ("Complete response, n (%)",): _per(_ARMS, _NP, (2, 1), (1, 1)),
        ("Disease control, n (%)",): _per(_ARMS, _NP, (112, 72), (93, 60)),
    },
    "Table 3": {
        ("Age, years, median (IQR)",): _per(_ARMS, _IQR, (63, 55, 70), (62, 54, 69)),
        ("Men, n (%)",): _per(_ARMS, _NP, (131, 84), (127, 81)),
        ("Hepatitis B, n (%)",): _per(_ARMS, _NP, (78, 50), (81, 52)),
    },
}
SECTIONS = {"Table 1": "adverse_events", "Table 2": "efficacy", "Table 3": "demographics"}
