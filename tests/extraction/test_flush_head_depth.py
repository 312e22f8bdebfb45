"""A head one line deeper than its neighbours', set flush left and bottom-aligned (zoo-sidelow-axitinib in a wide
face): "Axitinib 5 mg" / "(n = 40)," / "adjusted" / "geometric" / "mean" in the first column, its neighbours'
heads ("Axitinib 5 mg + rifampin ...", "Ratio of adjusted means, % (90% CI)") starting a line lower. Its first line
stands alone on the top header line, flush with its column: it is that column's head, not a group over the
columns to its right (every ratio was mislabeled under "Axitinib 5 mg"). A group set flush left over sub-heads
stands over them across the cell padding: that one still heads its run.
"""

from __future__ import annotations

from extractors.grid_header import header_fragments
from extractors.layout import Line
from extractors.table_region import TableRegion
from schemas.document import Word

_SIZE = 7.0
_COLUMNS = [(356.4, 400.0), (416.7, 460.0), (503.4, 531.0)]
_STUB_X1 = 350.0


def _run(text: str, x0: float, top: float) -> list[Word]:
    words = []
    for t in text.split():
        x1 = x0 + len(t) * 0.5 * _SIZE
        words.append(Word(t, x0, top, x1, top + _SIZE, _SIZE, False, (x0, top, x1, top + _SIZE)))
        x0 = x1 + 0.28 * _SIZE
    return words


def _groups(gap: float) -> dict[str, tuple[int, ...]]:
    """The head's lines: "Axitinib 5 mg" alone on the top line, `gap` above the line under it (8 pt: the head's
    own line pitch; more: a padded group level)."""
    top = 375.5
    rows = [
        [("Axitinib 5 mg", 356.4)],
        [("(n = 40),", 356.4), ("Axitinib 5 mg +", 416.7), ("Ratio of", 503.4)],
        [("adjusted", 356.4), ("600 mg/day,", 416.7), ("adjusted", 503.4)],
        [("geometric", 356.4), ("adjusted", 416.7), ("means, %", 503.4)],
        [("mean", 311.1), ("mean", 356.4), ("mean", 416.7), ("(90% CI)", 503.4)],
    ]
    lines = []
    for i, cells in enumerate(rows):
        y = top + (gap + 8.0 * (i - 1) if i else 0.0)
        lines.append(Line([w for text, x in cells for w in _run(text, x, y)]))
    region = TableRegion(None, "Table 2", "", 0, 1, 307.0, 360.0, 550.0, 540.0)
    fragments, _ = header_fragments(lines, _COLUMNS, _STUB_X1, [], region)
    return {f.text: f.columns for f in fragments if f.line == 0}


def test_the_first_line_of_a_deeper_flush_head_heads_its_own_column() -> None:
    assert _groups(8.0) == {"Axitinib 5 mg": (0,)}


def test_a_flush_left_group_over_padded_sub_heads_still_spans_them() -> None:
    assert _groups(14.0) == {"Axitinib 5 mg": (0, 1, 2)}


def test_a_flush_left_group_over_one_line_sub_heads_still_spans_them() -> None:
    # "Patients, n (%)" flush left over "10 µM trabedersen | 80 µM ... | Standard ...", a little padding
    # between the lines and nothing under the sub-heads: no leading of a head to match, the group stays a group
    lines = [
        Line(_run("Patients, n (%)", 356.4, 365.0)),
        Line([w for text, x in [("10 µM", 356.4), ("80 µM", 416.7), ("Standard", 503.4)] for w in _run(text, x, 376)]),
    ]
    region = TableRegion(None, "Table 2", "", 0, 1, 307.0, 360.0, 550.0, 540.0)
    fragments, _ = header_fragments(lines, _COLUMNS, _STUB_X1, [], region)
    assert {f.text: f.columns for f in fragments if f.line == 0} == {"Patients, n (%)": (0, 1, 2)}
