"""A second stub column of words: "Model parameter | Definition | Estimate ...".

Some parameter tables print, between the row labels and the values, a column that says in words what each
label means ("Absorption rate after subcutaneous dosing"). Its cells are words, not numbers: it is a label
column of its own, not part of the row label. It is found from the header (a second head in the stub, set
apart from the first) and the rows (label words starting under that head after a cell gap, holding no number).
"""

from __future__ import annotations

import re

from extractors.geometry import GridSettings
from extractors.grid_types import Row
from extractors.layout import Line, split_segments, words_to_lines

__all__ = ["text_column"]

_NUMBER = re.compile(r"^[−–\-+]?\d+(?:[.,·]\d+)?%?$")


def text_column(header: list[Line], rows: list[Row], stub_x1: float, table_x0: float, s: GridSettings) -> float | None:
    """Where a stub column of words starts, or None: a header word in the stub, ``text_column_em`` or more right
    of the table's left edge and after a cell gap on its line, under which two rows or more have label words
    starting (after a cell gap) within ``text_column_align_em`` of it, none of them a number."""
    for line in header:
        segs = [seg for seg in split_segments(line.words, s.cell_gap_em) if seg[-1].x1 <= stub_x1 + 1]
        for seg in segs[1:]:
            x = seg[0].x0
            size = seg[0].size
            if x < table_x0 + s.text_column_em * size:
                continue
            if _rows_under(rows, x, s) >= 2:
                return x
    return None


def _rows_under(rows: list[Row], x: float, s: GridSettings) -> int:
    """How many rows have a segment of words (no number) starting at ``x``; -1000 when one holds a number."""
    count = 0
    for row in rows:
        # line by line (a subscript is on the line of the word it hangs from: "θ" + "1"), left to right
        lines = words_to_lines(row.label_words)
        segs = [seg for line in lines for seg in split_segments(line.words, s.cell_gap_em)[1:]]
        for seg in segs:
            if abs(seg[0].x0 - x) > s.text_column_align_em * seg[0].size:
                continue
            if any(_NUMBER.match(w.text) for w in seg):
                return -1000
            count += 1
            break
    return count
