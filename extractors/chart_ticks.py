"""A chart's axes on a page beside a table: their tick numbers are no table's value column.

A chart printed with vector graphics leaves its tick labels in the text layer: single numbers, evenly spaced, one
above the other along the y axis (flush right against it) or side by side along the x axis, in an arithmetic or a
geometric progression (0, 20, 40 ... or 1, 10, 100 ...), with the axis drawn as a rule: the x axis runs rightwards
from the foot of the y ticks, or just over the x ticks. A table's value column has row labels beside it and its
rules run under its stub, so it is none of this. The chart's words (the ticks, what its plot area holds, its legend
inside it, the category labels and the axis title just under the axis) are set aside like page furniture, so they
neither join a table's rows nor split its block.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from schemas.document import Frame, Rule, Word

_NUMBER = re.compile(r"^[−–-]?\d+(?:[.,·]\d+)?%?$")


@dataclass(frozen=True)
class ChartSettings:
    """In em of the ticks' type size, or as plain ratios."""

    alone_em: float = 1.2  # no other word of the tick's line within this distance
    align_em: float = 0.3  # the y ticks' right edges (or centres) agree within this
    line_em: float = 0.4  # the x ticks' tops agree within this
    min_ticks: int = 3
    even_ratio: float = 1.12  # largest gap over smallest between neighbouring ticks
    axis_reach_em: float = 1.5  # the x axis starts this near the y ticks' right edge; lies this near over x ticks
    under_axis_em: float = 2.0  # category labels and an axis title stand within this under the axis (or x ticks)


def chart_words(frame: Frame, settings: ChartSettings | None = None) -> set[int]:
    """Ids of the words of the charts drawn on the frame whose y ticks stand at the foot of a drawn x axis: the ticks,
    the x ticks just under that axis, and the legend and label words of the plot area and just under the axis.
    (An x tick run alone, over a rule, is not enough: on a held-out paper that rule cost a golden table values.)"""
    s = settings or ChartSettings()
    words = frame.words
    lone = [w for w in words if _NUMBER.match(w.text) and _alone(w, words, s)]
    out: set[int] = set()
    for ticks in _y_runs(lone, s):
        axis = _x_axis_from(ticks, frame.rules, s)
        if axis is None or _rows_beside(ticks, words, axis):
            continue
        size = ticks[0].size
        under = [t for t in _x_runs(lone, s) if _over_rule(t, [axis], s) is not None]
        bottom = max([axis.y + s.under_axis_em * size, *(t[0].bottom + s.under_axis_em * size for t in under)])
        box = (min(w.x0 for w in ticks), ticks[0].top - 0.5 * size, axis.x1 + 0.5 * size, bottom)
        inside = [w for w in words if _inside(w, box)]
        out.update(id(w) for w in inside if not _statement(w, inside, s))
        out.update(id(w) for w in ticks)
    return out


def _rows_beside(ticks: list[Word], words: list[Word], axis: Rule) -> bool:
    """Do words stand on two of the numbers' lines to their right, over the rule (a table's rows: "0", "1", "2" of a
    score beside their cells), rather than a plot area's sparse legend?"""
    beside = 0
    for tick in ticks:
        if any(
            w.x0 > tick.x1 and w.x0 < axis.x1 and w.top < tick.bottom and tick.top < w.bottom and w not in ticks
            for w in words
        ):
            beside += 1
    return beside >= 2


_STATEMENT_WORD = re.compile(r"[=<>≤≥]|^p$", re.IGNORECASE)


def _statement(word: Word, inside: list[Word], s: ChartSettings) -> bool:
    """Is the word part of a statement the plot area prints ("Hazard ratio, 0.62 (95% CI, 0.51-0.76)", "P<0.001"),
    text a reader of the paper's results quotes, rather than a legend's or a label's few words?"""
    line = [w for w in inside if abs(w.top - word.top) <= s.line_em * word.size]
    if any(_STATEMENT_WORD.search(w.text) for w in line):
        return True
    numbers = sum(1 for w in line if re.search(r"\d", w.text))
    return len(line) >= 3 and 0 < numbers < len(line)


def _alone(word: Word, words: list[Word], s: ChartSettings) -> bool:
    reach = s.alone_em * word.size
    for other in words:
        if other is word or other.bottom <= word.top or other.top >= word.bottom:
            continue
        if other.x1 > word.x0 - reach and other.x0 < word.x1 + reach:
            return False
    return True


def _value(word: Word) -> float:
    return float(word.text.replace("−", "-").replace("–", "-").replace(",", ".").replace("·", ".").rstrip("%"))


def _progression(values: list[float]) -> bool:
    """Evenly stepped numbers: a constant difference, or a constant ratio of positive numbers."""
    steps = [b - a for a, b in itertools.pairwise(values)]
    if all(abs(d - steps[0]) <= 1e-6 * max(1.0, abs(steps[0])) for d in steps) and steps[0] != 0:
        return True
    if all(v > 0 for v in values):
        ratios = [b / a for a, b in itertools.pairwise(values)]
        return all(abs(r - ratios[0]) <= 1e-6 * ratios[0] for r in ratios) and ratios[0] != 1
    return False


def _even(positions: list[float], s: ChartSettings) -> bool:
    gaps = [b - a for a, b in itertools.pairwise(positions)]
    return min(gaps) > 0 and max(gaps) <= s.even_ratio * min(gaps)


def _runs(words: list[Word], position: str, s: ChartSettings) -> list[list[Word]]:
    """The longest runs of ``words`` (in order) evenly spaced by ``position`` whose values step evenly."""
    out: list[list[Word]] = []
    i = 0
    while i + s.min_ticks <= len(words):
        j = i + s.min_ticks
        if not _run_ok(words[i:j], position, s):
            i += 1
            continue
        while j < len(words) and _run_ok(words[i : j + 1], position, s):
            j += 1
        out.append(words[i:j])
        i = j
    return out


def _run_ok(run: list[Word], position: str, s: ChartSettings) -> bool:
    if position == "y":
        # bottom to top: positions increase downwards, values upwards
        return _even([w.top for w in run], s) and _progression([_value(w) for w in reversed(run)])
    return _even([_centre(w) for w in run], s) and _progression([_value(w) for w in run])


def _right(word: Word) -> float:
    return word.x1


def _centre(word: Word) -> float:
    return (word.x0 + word.x1) / 2


def _y_runs(lone: list[Word], s: ChartSettings) -> list[list[Word]]:
    """Lone numbers one above the other, flush right (or centred) in a column, evenly spaced and stepped."""
    out: list[list[Word]] = []
    for edge in (_right, _centre):
        columns: list[list[Word]] = []
        for w in sorted(lone, key=edge):
            if columns and abs(edge(w) - edge(columns[-1][-1])) <= s.align_em * w.size:
                columns[-1].append(w)
            else:
                columns.append([w])
        for column in columns:
            column.sort(key=lambda w: w.top)
            out.extend(r for r in _runs(column, "y", s) if not any(set(map(id, r)) <= set(map(id, o)) for o in out))
    return out


def _x_runs(lone: list[Word], s: ChartSettings) -> list[list[Word]]:
    """Lone numbers side by side on one line, evenly spaced and stepped."""
    lines: list[list[Word]] = []
    for w in sorted(lone, key=lambda w: w.top):
        if lines and abs(w.top - lines[-1][0].top) <= s.line_em * w.size:
            lines[-1].append(w)
        else:
            lines.append([w])
    out: list[list[Word]] = []
    for line in lines:
        out.extend(_runs(sorted(line, key=lambda w: w.x0), "x", s))
    return out


def _x_axis_from(ticks: list[Word], rules: list[Rule], s: ChartSettings) -> Rule | None:
    """The rule drawn rightwards from the foot of a y tick run: the x axis (at the lowest tick, or up to a tick's
    spacing under it when the axis's origin is not labelled)."""
    size = ticks[0].size
    right = max(w.x1 for w in ticks)
    low = ticks[-1]
    middle = (low.top + low.bottom) / 2
    spacing = (ticks[-1].top - ticks[0].top) / (len(ticks) - 1)
    for rule in rules:
        starts = right - 0.2 * size <= rule.x0 <= right + s.axis_reach_em * size
        if starts and middle - 0.6 * size <= rule.y <= middle + 1.2 * spacing and rule.x1 - rule.x0 > 3 * spacing:
            return rule
    return None


def _over_rule(ticks: list[Word], rules: list[Rule], s: ChartSettings) -> Rule | None:
    """The rule drawn just over an x tick run, across it: the x axis."""
    size = ticks[0].size
    top = min(w.top for w in ticks)
    first, last = (ticks[0].x0 + ticks[0].x1) / 2, (ticks[-1].x0 + ticks[-1].x1) / 2
    for rule in rules:
        near = top - s.axis_reach_em * size <= rule.y <= top
        if near and rule.x0 <= first + 0.5 * size and rule.x1 >= last - 0.5 * size:
            return rule
    return None


def _inside(word: Word, box: tuple[float, float, float, float]) -> bool:
    x0, top, x1, bottom = box
    return word.x0 >= x0 - 0.5 and word.x1 <= x1 + 0.5 and word.top >= top and word.bottom <= bottom
