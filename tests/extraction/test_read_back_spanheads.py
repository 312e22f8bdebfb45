"""Group (arm) heads spanning repeated sub-columns, read end to end (pages tests/typeset/read_back/spanheads.html and
spanheads-2.html; their gold and house styles in tests/extraction/spanheads_gold.py, each set written before its page
was first read).

Each value is scored by its row, its whole column path, its statistic, value and group; a record the gold does not
have is a fault too.

FIRST CONTACT: see below (filled in after the first read).
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import pytest

from extractors.pipeline import extract
from schemas.extraction import Extraction
from tests.extraction.spanheads_gold import TABLES, TABLES_2, expected

PAGES = Path(__file__).resolve().parents[1] / "data" / "read_back"
SETS = {page: tables for page, tables in {"spanheads": TABLES, "spanheads-2": TABLES_2}.items() if tables}


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


@pytest.mark.parametrize("page", list(SETS))
def test_every_value_is_read_under_its_heads_and_nothing_else(page: str) -> None:
    right, wrong, missing, extra = score(page)
    assert not wrong, wrong[:5]
    assert not extra, extra[:5]
    assert not missing, missing[:5]
    assert len(right) == len(expected(SETS[page]))


if __name__ == "__main__":
    import sys

    for p in SETS if len(sys.argv) < 2 else sys.argv[1:]:
        right, wrong, missing, extra = score(p)
        unread = [f.message for f in _extraction(p).findings if f.check == "cell-unread"]
        print(
            f"{p}: right {len(right)} of {len(expected(SETS[p]))}, wrong {len(wrong)}, missing {len(missing)}, "
            f"extra {len(extra)}, cell-unread findings {len(unread)}"
        )
        for line in wrong:
            print("  WRONG", line)
        for line in missing:
            print("  MISSING", line)
        for line in extra:
            print("  EXTRA", line)
        for line in unread:
            print("  UNREAD", line)
