"""What must be read from tests/typeset/read_back/toprow-2col.html, written from the HTML before the page was first
read back. The form is `read_back_gold.py`'s: row path -> {(column words, statistic): value}. A two-column page whose
tables are in the text's own type, each caption set right above its table, and each arm's head wrapping its N onto
the next line ("Rovabelin (n =" over "112), no. (%)"): the top header line names the arms, so every value sits
under "Rovabelin" or "Placebo". Table 1 has section rows ("Primary outcome ...", "Secondary outcomes ...") over
its end points: each is the outer label of the rows under it."""

from __future__ import annotations

from tests.extraction.read_back_gold import Cells, Gold

_RO, _PL = "Rovabelin", "Placebo"


def _np(pairs: tuple[tuple[float, float], tuple[float, float]]) -> Cells:
    out: Cells = {}
    for col, (n, pct) in zip((_RO, _PL), pairs, strict=True):
        out[(col, "count")] = n
        out[(col, "percent")] = pct
    return out


_PRI = "Primary outcome, all patients"
_SEC = "Secondary outcomes, all patients"
OUTCOMES: Gold = {
    (_PRI, "Remission at week 24"): _np(((41, 36.6), (23, 21.1))),
    (_SEC, "Clinical response"): _np(((63, 56.3), (44, 40.4))),
    (_SEC, "Mucosal healing"): _np(((35, 31.3), (19, 17.4))),
}

EVENTS: Gold = {
    ("Any adverse event",): _np(((74, 66.7), (70, 64.2))),
    ("Headache",): _np(((15, 13.5), (9, 8.3))),
    ("Arthralgia",): _np(((8, 7.2), (11, 10.1))),
}

GOLD_TOPROW: dict[tuple[str, str], Gold] = {
    ("toprow-2col", "Table 1"): OUTCOMES,
    ("toprow-2col", "Table 2"): EVENTS,
}
