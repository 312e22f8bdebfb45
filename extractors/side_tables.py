"""Two tables side by side on one page, each with its own caption (both above their tables, or both below).

Their rows fall on nearly the same baselines, so the layout merges a row of the left table with the row of the
right table beside it, and the blocks stage chains both tables' lines into one block whose value columns are
the union of the two. What says it is two tables: two captions touch that block on the same side (both above
it, or both under it, the Lancet way), side by side, and at the place the right caption starts an empty strip
runs down the whole block (no word of any of its lines crosses it) with row labels starting right of it, each
followed by values, while values stand left of it. The block's lines are then cut at that strip and the blocks
found again: two blocks, each touched by its own caption.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise

from extractors.blocks import Block, column_band
from extractors.captions import Caption
from extractors.geometry import RegionSettings
from extractors.layout import Line, join_words, split_segments
from extractors.values import value_like
from schemas.document import Word

Cut = tuple[float, float, float]  # top, bottom, x: the lines of that band are cut at x


def _touching(block: Block, cap: Caption, s: RegionSettings, size: float) -> str:
    """ "above" or "below" when the caption touches the block on that side (a caption under the shorter of two
    tables sits inside the band of the block that chained them, and one wrapped over more lines than the caption
    beside it reaches down beside the other table's head), else ""."""
    if not (block.x0 < cap.x1 and cap.x0 < block.x1):
        return ""
    reach = s.caption_gap_to_block_em * size
    # above: the caption starts over the block; a caption wrapped over more lines than the one beside it reaches
    # down beside the other table's first lines
    if cap.top <= block.top and cap.bottom - block.top <= reach and block.top - cap.bottom <= reach:
        return "above"
    if cap.top >= block.top + s.min_block_rows * size and cap.top - block.bottom <= reach:
        return "below"
    return ""


def _caption_pair(block: Block, captions: list[Caption], s: RegionSettings) -> tuple[Caption, Caption] | None:
    """Two captions touching the block on the same side, one beside the other (their extents apart)."""
    sides: dict[str, list[Caption]] = {}
    for cap in captions:
        side = _touching(block, cap, s, cap.lines[0].size)
        if side:
            sides.setdefault(side, []).append(cap)
    for caps in sides.values():
        caps = sorted(caps, key=lambda c: c.x0)
        for left, right in pairwise(caps):
            if left.x1 < right.x0:
                return left, right
    return None


def _strips(lines: list[Line], x0: float, x1: float, width: float) -> list[tuple[float, float]]:
    """The empty vertical strips, at least ``width`` wide, that no word of the lines crosses between x0 and x1."""
    spans = sorted((w.x0, w.x1) for line in lines for w in line.words)
    out: list[tuple[float, float]] = []
    edge = x0
    for a, b in spans:
        if a > edge and min(a, x1) - edge >= width:
            out.append((edge, min(a, x1)))
        edge = max(edge, b)
        if edge >= x1:
            break
    return out


def _labelled_right(block: Block, x: float, s: RegionSettings) -> int:
    """Data lines whose words right of x open with a row label (text) followed by a value."""
    count = 0
    for line in block.data:
        right = [w for w in line.words if w.x0 >= x]
        segs = split_segments(right, s.cell_gap_em) if right else []
        if len(segs) >= 2 and not value_like(join_words(segs[0])) and value_like(join_words(segs[1])):
            count += 1
    return count


def _valued_left(block: Block, x: float, s: RegionSettings) -> int:
    """Data lines with a value left of x."""
    count = 0
    for line in block.data:
        left = [w for w in line.words if w.x1 <= x]
        segs = split_segments(left, s.cell_gap_em) if left else []
        count += any(value_like(join_words(seg)) for seg in segs[1:])
    return count


def _interleaved(blocks: list[Block]) -> list[Block]:
    """Two blocks of one band, the left one reaching into the right one's extent: two tables side by side whose
    rows fall on different baselines (one set in smaller steps, or with wrapped labels), each block holding some
    words of the other's lines (a right table's row labels on a left table's baseline). Taken together, as the
    block their captions are read against."""
    out: list[Block] = []
    for a in blocks:
        for b in blocks:
            if a is b or not (a.x0 <= b.x0 < a.x1 < b.x1) or not (a.top < b.bottom and b.top < a.bottom):
                continue
            out.append(
                Block(
                    _union(a.lines, b.lines),
                    _union(a.data, b.data),
                    [*a.values, *b.values],
                    a.x0,
                    b.x1,
                    header=_union(a.header, b.header),
                )
            )
    return out


def _union(a: list[Line], b: list[Line]) -> list[Line]:
    """The lines of both lists, each once, top to bottom."""
    seen = {id(ln) for ln in a}
    return sorted([*a, *(ln for ln in b if id(ln) not in seen)], key=lambda ln: ln.top)


def side_by_side_cuts(blocks: list[Block], captions: list[Caption], body_size: float, s: RegionSettings) -> list[Cut]:
    """Where each block that is two captioned tables side by side must be cut (module docstring)."""
    cuts: list[Cut] = []
    for block in [*blocks, *_interleaved(blocks)]:
        pair = _caption_pair(block, captions, s)
        if pair is None:
            continue
        left, right = pair
        size = right.lines[0].size
        lines = [*block.header, *block.lines]
        strips = _strips(lines, left.x0, right.x0 + s.cell_gap_em * size, s.cell_gap_em * body_size)
        if not strips:
            continue
        a, b = min(strips, key=lambda st: abs(st[1] - right.x0))
        x = (a + b) / 2
        if _labelled_right(block, x, s) >= s.min_block_rows and _valued_left(block, x, s) >= s.min_block_rows:
            # a table set across the page over (or under) the two: its rows stay whole
            top, bottom = column_band(block, (a, b), body_size, s)
            cuts.append((top, bottom, x))
    return cuts


def cut_lines(lines: list[Line], cuts: list[Cut]) -> list[Line]:
    """The lines with each one in a cut's band that holds words on both sides of its x (none across it) cut in
    two there."""
    out: list[Line] = []
    for line in lines:
        parts = [line]
        for top, bottom, x in cuts:
            if not (top - 0.5 <= line.top and line.bottom <= bottom + 0.5):
                continue
            left = [w for w in line.words if w.x1 <= x]
            right = [w for w in line.words if w.x0 >= x]
            if left and right and len(left) + len(right) == len(line.words):
                parts = [Line(left), Line(right)]
            break
        out.extend(parts)
    return out


def _side_valued(lines: list[Line], keep: Callable[[Word], bool], s: RegionSettings) -> int:
    """Lines whose words on one side of the gutter (``keep``) hold a value (a table's further value columns
    alone on that side count: the block may have taken only the other table's last columns)."""
    count = 0
    for line in lines:
        words = [w for w in line.words if keep(w)]
        segs = split_segments(words, s.cell_gap_em) if words else []
        count += any(value_like(join_words(seg)) for seg in segs)
    return count


def column_cuts(
    blocks: list[Block],
    captions: list[Caption],
    gutter: tuple[float, float] | None,
    s: RegionSettings,
    body_size: float,
) -> list[Cut]:
    """Tables in the two text columns of a page that one block chained across the gutter, their captions at
    different heights (one table set lower, prose before it in its column; a table going on from the previous
    page, with no caption, beside a captioned one; a caption under its table in one column and over it in the
    other). A caption set in one text column heads (or closes) its own column's rows only: when it touches the
    block's rows on its side while the other column's rows already run beside it or above it (for a caption
    under its table: beside it or under it), and each column's side of the block holds values, the block is two
    columns' tables and its lines are cut at the gutter. A block with a word across the gutter's middle is one
    table set across the page."""
    if gutter is None:
        return []
    g0, g1 = gutter
    mid = (g0 + g1) / 2
    cuts: list[Cut] = []
    for block in blocks:
        if not (block.x0 < g0 and block.x1 > g1):
            continue
        # a table set across the page over (or under) two column tables: only the column tables' band is read
        top, bottom = column_band(block, gutter, body_size, s)
        lines = [ln for ln in [*block.header, *block.lines] if top - 0.5 <= ln.top and ln.bottom <= bottom + 0.5]
        if any(w.x0 < mid < w.x1 for line in lines for w in line.words):
            continue
        left = [ln for ln in lines if any(w.x1 <= mid for w in ln.words)]
        right = [ln for ln in lines if any(w.x0 >= mid for w in ln.words)]
        if (
            min(_side_valued(left, lambda w: w.x1 <= mid, s), _side_valued(right, lambda w: w.x0 >= mid, s))
            < s.column_side_rows
        ):
            continue
        for cap in captions:
            if cap.x1 <= mid:
                own, other = left, right
            elif cap.x0 >= mid:
                own, other = right, left
            else:
                continue
            reach = s.caption_gap_to_block_em * cap.lines[0].size
            under = [ln.top - cap.bottom for ln in own if ln.top >= cap.bottom - 1]
            over = [cap.top - ln.bottom for ln in own if ln.bottom <= cap.top + 1]
            heads = bool(under) and min(under) <= reach and any(ln.top < cap.bottom - 1 for ln in other)
            closes = bool(over) and min(over) <= reach and any(ln.bottom > cap.top + 1 for ln in other)
            if heads or closes:
                cuts.append((top, bottom, mid))
                break
    return cuts
