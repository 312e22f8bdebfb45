"""One reading split across two sub-columns under one arm, with no sub-head telling them apart.

Trial tables often print the two parts of one reading in columns of their own under the arm's head, which spans
them: "31 | 58" under "GV (n = 53)" beneath a "No. (%)" span, "0.683 | 0.307" under a group of a table whose legend
says "Values are the mean and SD", "2.8 | 2.4–4.0" under a "Median (95% CI)" statement. When the sub-heads are
printed ("n | %", "Mean | SD") each cell has heads of its own; when they are not, the two cells stand under the
same heads, and neither alone is what the statement names.

Such a pair is one cell: the figure and its companion joined as the table would print them together ("31 (58)",
"2.8 (2.4–4.0)"), then typed by the nearest statement and passed through the arithmetic vetoes like any cell. The
join is made only where the layout is regular: every row of that head group holds one value or exactly two, the
second set at the same place in every row, and at least two rows split. A joined pair that no statement types (it
would be read from its numbers alone) is withheld by the caller (:data:`UNSTATED`), never guessed.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from extractors.structure import TableCell

# a figure alone ("58", "<1", "0.307") and a companion that may be a figure or an interval ("2.4–4.0", "57 – 86")
_FIGURE = re.compile(r"^[<>≤≥]?\s*[-−–]?\d[\d.,·]*%?$")
_COMPANION = re.compile(r"^[<>≤≥]?\s*[-−–]?\d[\d.,·]*%?(?:\s*(?:to|[-–—]|,)\s*[-−–]?\d[\d.,·]*%?)?$")
_MIN_SPLIT_ROWS = 2  # rows of a head group that split in two before a pair is taken for one reading
_PLACE_SHARE = 0.5  # the second cells of a group overlap each other by this share of the narrower one

UNSTATED = (
    "it and the figure beside it stand under the same heads with no sub-head of their own, and no statement of the "
    "table says what the pair is: which is which, no label says"
)

Key = tuple[int, tuple[str, ...], tuple[str, ...]]


def _overlap(a: tuple[float, float], b: tuple[float, float]) -> bool:
    inter = min(a[1], b[1]) - max(a[0], b[0])
    narrower = min(a[1] - a[0], b[1] - b[0])
    return narrower > 0 and inter >= _PLACE_SHARE * narrower


def joined_pairs(
    groups: dict[Key, list[TableCell]], across: tuple[int, int], one_line: Callable[[Sequence[TableCell]], bool]
) -> dict[Key, tuple[TableCell, TableCell]]:
    """The head groups of two cells side by side ("31 | 58") that are one reading split in two: figure then
    companion, one line, in a column whose every row holds one value or such a pair at the same places."""
    by_column: dict[tuple[int, tuple[str, ...]], list[Key]] = {}
    for key in groups:
        by_column.setdefault((key[0], key[2]), []).append(key)
    out: dict[Key, tuple[TableCell, TableCell]] = {}
    for keys in by_column.values():
        pairs: dict[Key, tuple[TableCell, TableCell]] = {}
        regular = True
        for key in keys:
            group = groups[key]
            if len(group) == 1:
                continue
            line = sorted(group, key=lambda c: c.bbox[across[0]])
            if len(line) != 2 or not one_line(line) or line[0].bbox[across[1]] > line[1].bbox[across[0]]:
                regular = False
                break
            a, b = line
            if not _FIGURE.match(a.text.strip()) or not _COMPANION.match(b.text.strip()) or b.marks:
                regular = False
                break
            pairs[key] = (a, b)
        if not regular or len(pairs) < _MIN_SPLIT_ROWS:
            continue
        firsts = [(p[0].bbox[across[0]], p[0].bbox[across[1]]) for p in pairs.values()]
        seconds = [(p[1].bbox[across[0]], p[1].bbox[across[1]]) for p in pairs.values()]
        if all(_overlap(seconds[0], s) for s in seconds) and all(_overlap(firsts[0], f) for f in firsts):
            out.update(pairs)
    return out


def one_cell(a: TableCell, b: TableCell, text: str) -> TableCell:
    """Two cells of one line as one, reading ``text`` ("31" and "58" -> "31 (58)"; "45" and "(32.1)" -> "45 (32.1)")."""
    return replace(
        a,
        text=text,
        bbox=(
            min(a.bbox[0], b.bbox[0]),
            min(a.bbox[1], b.bbox[1]),
            max(a.bbox[2], b.bbox[2]),
            max(a.bbox[3], b.bbox[3]),
        ),
        bracket_letters=list(b.bracket_letters),
    )
