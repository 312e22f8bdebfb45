"""Tables from geometry: blocks of x-aligned value columns over several lines, found on every frame.

What every table looks like, whatever its rules, fills or caption: numbers set in runs that line up
vertically over several lines, each beside a row label. A *block* is such a run: the data lines (a value
cell set apart from the line's label, or several value cells), chained top to bottom while their value
cells overlap horizontally and the gaps between them stay table-sized, plus the header lines right above
the first data line. Running text is never part of a block: its lines are long runs of lower-case words.

Blocks are found before captions are looked at; the region finder then attaches captions to them by
adjacency (above or below) and keeps blocks no caption claims as untitled tables.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from extractors.geometry import RegionSettings
from extractors.layout import Line, join_words, split_segments
from extractors.values import value_like
from schemas.document import Word

_DIGIT = re.compile(r"\d")
_REFERENCE = re.compile(r"^\s*\[?\d{1,3}[.\]]\s+[A-Z][a-z]+")  # "12. Smith J, ..." a reference list entry


@dataclass(slots=True)
class Block:
    """A run of lines holding x-aligned value columns, and its header lines."""

    lines: list[Line]
    data: list[Line]
    values: list[tuple[float, float]]  # x extents of the value cells of the data lines
    x0: float
    x1: float
    why: str = ""
    header: list[Line] = field(default_factory=list)
    per_line: list[list[tuple[float, float]]] = field(default_factory=list)

    @property
    def top(self) -> float:
        return min(line.top for line in [*self.header, *self.lines])

    @property
    def bottom(self) -> float:
        return max(line.bottom for line in self.lines)

    @property
    def value_x0(self) -> float:
        return min(v[0] for v in self.values)

    @property
    def value_x1(self) -> float:
        return max(v[1] for v in self.values)


def prose_segment(seg: list[Word], body_size: float, min_width: float, settings: RegionSettings) -> bool:
    """A run of running text: body type, several words, most of them lower-case words."""
    if abs(seg[0].size - body_size) > settings.prose_size_tolerance_em * body_size + 0.05 or (
        len(seg) < settings.prose_min_words or seg[-1].x1 - seg[0].x0 < min_width
    ):
        return False
    wordy = sum(1 for w in seg if re.fullmatch(r"[a-z][a-z'’-]+[,.;:]?", w.text))
    return wordy >= settings.prose_wordy_share * len(seg)


def _value_cells(line: Line, settings: RegionSettings) -> tuple[list[list[Word]], list[list[Word]]]:
    """A line's value cells (segments holding a number and nothing but value text) and its other segments.
    The first segment of a line is a value only when the line has other values too (a row whose label is
    on the line above)."""
    segs = split_segments(line.words, settings.cell_gap_em)
    values: list[list[Word]] = []
    other: list[list[Word]] = []
    for seg in segs:
        text = join_words(seg)
        if value_like(text) and _DIGIT.search(text) and not re.match(r"^[nN]\s*[=¼5]", text):
            values.append(seg)
        else:
            other.append(seg)
    if values and values[0] is segs[0] and len(values) == 1:
        other.insert(0, values.pop(0))
    return values, other


def _is_prose_line(line: Line, other: list[list[Word]], body_size: float, settings: RegionSettings) -> bool:
    return any(prose_segment(seg, body_size, 6 * body_size, settings) for seg in other) or bool(
        _REFERENCE.match(line.text)
    )


def _overlaps(a: tuple[float, float], b: tuple[float, float], slack: float = 0.0) -> bool:
    return a[0] < b[1] + slack and b[0] < a[1] + slack


def find_blocks(
    lines: list[Line],
    body_size: float,
    settings: RegionSettings | None = None,
    stop: set[int] | None = None,
) -> list[Block]:
    """Blocks of aligned value columns among a frame's lines (top to bottom). Lines whose index is in
    ``stop`` (captions, figure labels) are never part of a block and end the blocks they touch."""
    s = RegionSettings.resolve(settings)
    stop = stop or set()
    open_blocks: list[tuple[Block, int]] = []  # (block, index of its last line)
    done: list[Block] = []
    info: list[tuple[list[list[Word]], bool]] = []
    for i, line in enumerate(lines):
        values, other = _value_cells(line, s)
        prose = i in stop or _is_prose_line(line, other, body_size, s)
        info.append((values, prose))
    for i, line in enumerate(lines):
        values, prose = info[i]
        if prose:
            # prose ends the blocks it sits beside horizontally
            span = (line.x0, line.x1)
            still = []
            for block, last in open_blocks:
                if _overlaps(span, (block.value_x0, block.value_x1)) and line.top > block.bottom - 1:
                    done.append(block)
                else:
                    still.append((block, last))
            open_blocks = still
            continue
        if not values:
            continue
        extents = [(seg[0].x0, seg[-1].x1) for seg in values]
        span = (min(e[0] for e in extents), max(e[1] for e in extents))
        size = line.size
        home = None
        for n, (block, _last) in enumerate(open_blocks):
            gap = line.top - block.bottom
            if gap > s.max_row_gap_em * size:
                continue
            if any(_overlaps(e, v, 0.5 * size) for e in extents for v in block.values):
                home = n
                break
        if home is None:
            open_blocks.append((Block([line], [line], list(extents), line.x0, line.x1, per_line=[extents]), i))
        else:
            block, _ = open_blocks[home]
            block.lines.append(line)
            block.data.append(line)
            block.values.extend(extents)
            block.per_line.append(extents)
            open_blocks[home] = (block, i)
        # blocks left far behind are done
        keep = []
        for block, last in open_blocks:
            if line.top - block.bottom > s.max_row_gap_em * size:
                done.append(block)
            else:
                keep.append((block, last))
        open_blocks = keep
    done.extend(block for block, _ in open_blocks)
    out = [b for b in done if _is_table(b, s)]
    for block in out:
        _complete(block, lines, info, body_size, s)
    out.sort(key=lambda b: (b.top, b.x0))
    return out


def _is_table(block: Block, s: RegionSettings) -> bool:
    """Enough data lines, and a value column shared by most of them."""
    if len(block.data) < s.min_block_rows:
        return False
    best = 0
    for v in block.values:
        hits = sum(1 for line_v in block.per_line if any(_overlaps(v, e) for e in line_v))
        best = max(best, hits)
    return best >= max(s.min_block_rows, int(0.6 * len(block.data)))


def _complete(
    block: Block,
    lines: list[Line],
    info: list[tuple[list[list[Word]], bool]],
    body_size: float,
    s: RegionSettings,
) -> None:
    """The block's label extent, the label-only lines between its data lines, and its header lines."""
    index = {id(line): i for i, line in enumerate(lines)}
    first = index[id(block.data[0])]
    last = index[id(block.data[-1])]
    vx0, vx1 = block.value_x0, block.value_x1
    # label segments: the text left of the first value on each data line
    x0 = vx0
    for line in block.data:
        left = [w for w in line.words if w.x1 <= vx0 + 0.5]
        if left:
            x0 = min(x0, left[0].x0)
    members = []
    for i in range(first, last + 1):
        line = lines[i]
        if info[i][1]:
            continue
        if line.x1 < x0 - 1 or line.x0 > vx1 + 1:
            continue  # another column's line
        members.append(line)
    block.lines = members
    # header lines: non-prose lines right above the first data line, over the value columns
    header: list[Line] = []
    edge = block.data[0].top
    for i in range(first - 1, max(-1, first - 7), -1):
        line = lines[i]
        if info[i][1] or line.bottom > edge + 0.5 * line.size:
            if info[i][1]:
                break
            continue
        if not _overlaps((line.x0, line.x1), (x0, vx1)):
            continue
        if edge - line.bottom > 2.0 * line.size:
            break
        if line.x1 < vx0:  # label only, left of the values: a group row, not a header
            if header:
                break
            block.lines.insert(0, line)
            edge = line.top
            continue
        header.insert(0, line)
        edge = line.top
    block.header = header
    block.x0 = min([x0, *(ln.x0 for ln in header if ln.x0 >= x0 - 4 * body_size)])
    block.x1 = max([vx1, *(ln.x1 for ln in header if ln.x1 <= vx1 + 4 * body_size)])
    block.why = (
        f"{len(block.data)} data lines with value cells aligned in x"
        f" ({len(header)} header line{'s' if len(header) != 1 else ''} above)"
    )
