"""A header cell centred over a run of columns whose span rule is drawn end to end with the next cell's (the
arms' rules under "Sunitinib (N = 238)" and "Capecitabine (N = 240)" meeting in one line), in a table whose
cells are wider than their values (decimal-aligned values, right-aligned brackets): the rule runs past the value
columns, so `grid_header._ruled_span` takes it for the header's bottom rule, and halfway to the next cell's text
is not where the span ends.

Such a rule leaves the stub free (a header's bottom rule runs under the stub head too). The cell then spans the
run of two or more columns under the rule that it is centred on best (within 15% of the run's width, as
`_ruled_span` measures it), that holds two or more header cells of the lines below (a span heads cells; the
lowest header line spans nothing here) and no column another cell of its line stands over. Sub-columns whose heads
run wider than their values ("Geometric mean | Geo CV%" under "20 mg", a narrow CV under a wide head) leave the
values' run off-centre under the cell: the cell is then centred (within 5%) on the box of the run's heads, from
its first head to where the next column's head starts. A cell that starts where a
header cell of a lower line starts is set flush left, not centred, and spans nothing here.
"""

from __future__ import annotations

from dataclasses import dataclass

from extractors.geometry import DEFAULT_GRID, GridSettings
from extractors.layout import Line, split_segments
from schemas.document import Rule, Word


@dataclass(frozen=True, slots=True)
class SpanEdges:
    """The header's rules, the left edge of the table, and the left edges of the header cells of each line."""

    rules: tuple[Rule, ...]
    table_x0: float
    starts_by_line: tuple[tuple[float, ...], ...] = ()
    ends_by_line: tuple[tuple[float, ...], ...] = ()  # the right edges of the same cells
    settings: GridSettings = DEFAULT_GRID


def centred_span(
    seg: list[Word], columns: list[tuple[float, float]], line: Line, li: int, edges: SpanEdges
) -> list[int]:
    """The columns of the run under ``seg`` (on header line ``li``) that it is centred on, or []."""
    found = centred_runs(seg, columns, line, li, edges)
    if not found:
        return []
    size = max(w.size for w in seg)
    # runs nested about one centre ("n (%)" over all six columns or over the middle four) are centred alike: the
    # widest of those within half an em of the best heads them all
    best = min(off for off, _, _ in found)
    _, a, b = max((f for f in found if f[0] <= best + 0.5 * size), key=lambda f: (f[2] - f[1], -f[0]))
    return list(range(a, b + 1))


def centred_runs(
    seg: list[Word], columns: list[tuple[float, float]], line: Line, li: int, edges: SpanEdges
) -> list[tuple[float, int, int]]:
    """Every run of columns under ``seg``'s span rule that it is centred on: (how far off centre, first, last)."""
    s = edges.settings
    if len(columns) < 2:
        return []
    size = max(w.size for w in seg)
    # the span rule's slacks, in em of the head's type, as grid_header reads a partial rule
    touch, reach, slack = s.box_slack_em * size, s.rule_reach_em * size, s.rule_column_slack_em * size
    x0, x1 = seg[0].x0, seg[-1].x1
    lower = [x for starts in edges.starts_by_line[li + 1 :] for x in starts]
    lower_cells = [
        (x, e)
        for starts, ends in zip(edges.starts_by_line[li + 1 :], edges.ends_by_line[li + 1 :], strict=False)
        for x, e in zip(starts, ends, strict=False)
    ]
    if any(abs(x0 - x) <= s.wrapped_label_indent_em * size for x in lower):
        return []  # flush left over a lower header cell
    stub_free = edges.table_x0 + s.span_rule_stub_share * (columns[0][0] - edges.table_x0)
    rule = next(
        (
            r
            for r in edges.rules
            if line.bottom - touch <= r.y <= line.bottom + s.span_rule_em * line.size
            and r.x0 - reach <= x0
            and x1 <= r.x1 + reach
            and r.x0 >= stub_free
        ),
        None,
    )
    if rule is None:
        return []
    inside = [k for k, (c0, c1) in enumerate(columns) if c0 >= rule.x0 - slack and c1 <= rule.x1 + slack]
    mine = {id(w) for w in seg}
    others = sorted((w for w in line.words if id(w) not in mine), key=lambda w: w.x0)
    texts = [(sg[0].x0, sg[-1].x1) for sg in split_segments(others, s.header_gap_em)] if others else []
    free = [k for k in inside if not any(a <= (columns[k][0] + columns[k][1]) / 2 <= b for a, b in texts)]
    centre = (x0 + x1) / 2
    found: list[tuple[float, int, int]] = []
    for a in free:
        for b in free:
            if b <= a or any(k not in free for k in range(a, b + 1)):
                continue
            lo, hi = columns[a][0], columns[b][1]
            off = abs(centre - (lo + hi) / 2)
            heads = sum(1 for x in lower if lo - reach <= x <= hi)
            # or centred on the run's head cells, which may run wider than its values ("Geometric mean | Geo CV%"
            # under "20 mg", the CV's head past its narrow values): the box from the run's first head to where the
            # next column's head starts (or the rule ends); the better centring of the two counts
            boxed = None
            cells = [(x, e) for x, e in lower_cells if lo - reach <= x <= hi]
            if len(cells) >= 2 and (b + 1 >= len(columns) or max(e for _, e in cells) < columns[b + 1][0]):
                lo2, end = min(lo, min(x for x, _ in cells)), max(hi, max(e for _, e in cells))
                after = [x for x, _ in lower_cells if x > end]
                hi2 = min(after) if after and b + 1 < len(columns) else rule.x1
                off2 = abs(centre - (lo2 + hi2) / 2)
                if lo2 - reach <= x0 and x1 <= hi2 + reach and off2 <= 0.05 * (hi2 - lo2):
                    boxed = off2
            if heads >= 2 and lo - reach <= x0 and x1 <= hi + reach and off <= 0.15 * (hi - lo):
                found.append((min(off, boxed) if boxed is not None else off, a, b))
            elif boxed is not None:
                found.append((boxed, a, b))
            elif (
                heads == 0
                and lo - reach <= x0
                and x1 <= hi + reach
                and off <= _ONCE_CENTRE_SHARE * (hi - lo)
                and _sub_heads_once(a, b, free, columns, lower, reach)
            ):
                found.append((off, a, b))
    return found


# how close to a run's centre a head with no sub-heads under it stands, as a share of the run's width, to be read
# as heading that run when its sub-heads are printed under another arm only
_ONCE_CENTRE_SHARE = 0.05


def _sub_heads_once(
    a: int, b: int, free: list[int], columns: list[tuple[float, float]], lower: list[float], reach: float
) -> bool:
    """The sub-heads of an arm's columns printed under one arm only ("n | %" under the first arm, the others' bare):
    another run of as many columns under the same rule, beside this one, has one lower head starting over each of its
    columns, and this run has none."""
    width = b - a + 1
    if width < 2:
        return False
    for start in free:
        end = start + width - 1
        if (start <= b and end >= a) or any(k not in free for k in range(start, end + 1)):
            continue
        per = [
            sum(1 for x in lower if columns[k][0] - reach <= x <= columns[k][1] + reach) for k in range(start, end + 1)
        ]
        if all(n == 1 for n in per):
            return True
    return False


def tiled_runs(cells: list[tuple[list[int], list[tuple[float, int, int]]]]) -> list[list[int]] | None:
    """Sibling cells of one header line centred over one span rule drawn end to end under them all ("Week" /
    "4" | "Week" / "12" under each arm, the second lines of arms' names wrapped): each cell's run nests about its
    centre, and the widest run of one (as :func:`centred_span` picks) can reach under its neighbour. The cells
    (left to right, each with the columns it stands over and its centred runs) then take side-by-side runs,
    each holding the columns its cell stands over: the tiling that covers the most columns, then the one best
    centred. None when no tiling exists."""
    best: tuple[int, float, list[list[int]]] | None = None

    def walk(k: int, after: int, runs: list[list[int]], covered: int, off: float) -> None:
        nonlocal best
        if k == len(cells):
            if best is None or (covered, -off) > (best[0], -best[1]):
                best = (covered, off, [list(r) for r in runs])
            return
        over, found = cells[k]
        for o, a, b in found:
            if a <= after or not set(over) <= set(range(a, b + 1)):
                continue
            runs.append(list(range(a, b + 1)))
            walk(k + 1, b, runs, covered + b - a + 1, off + o)
            runs.pop()

    walk(0, -1, [], 0, 0.0)
    return best[2] if best is not None else None


def lone_span(seg: list[Word], columns: list[tuple[float, float]], line: Line, li: int, edges: SpanEdges) -> list[int]:
    """A rule drawn under one header cell alone (no other word of its line stands over it) that leaves the stub
    free is that cell's span rule however far it runs past the values ("No. (%)" set flush left over "GV | GP |
    Total" in a table one text column wide, its rule as wide as the cells): the columns inside it, when two or
    more header cells of the lines below start under it. The lowest header line spans nothing here."""
    s = edges.settings
    if len(columns) < 2:
        return []
    x0, x1 = seg[0].x0, seg[-1].x1
    size = max(w.size for w in seg)
    touch, reach, slack = s.box_slack_em * size, s.rule_reach_em * size, s.rule_column_slack_em * size
    lower = [x for starts in edges.starts_by_line[li + 1 :] for x in starts]
    stub_free = edges.table_x0 + s.span_rule_stub_share * (columns[0][0] - edges.table_x0)
    mine = {id(w) for w in seg}
    for r in edges.rules:
        if not (line.bottom - touch <= r.y <= line.bottom + s.span_rule_em * line.size) or r.x0 < stub_free:
            continue
        if not (r.x0 - reach <= x0 and x1 <= r.x1 + reach) or r.x1 - r.x0 <= (x1 - x0) + s.rule_wider_em * size:
            continue
        if any(id(w) not in mine and w.x1 > r.x0 and w.x0 < r.x1 for w in line.words):
            continue  # another cell of the line stands over it: the rule is shared (centred_span's case)
        cols = [k for k, (c0, c1) in enumerate(columns) if c0 >= r.x0 - slack and c1 <= r.x1 + slack]
        if len(cols) >= 2 and sum(1 for x in lower if r.x0 - reach <= x <= r.x1) >= 2:
            return cols
    return []
