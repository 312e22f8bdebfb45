"""Header lines laid over the value columns: header fragments and the columns each covers (span rules,
cells under flush-left header starts, wrapped spans), group levels filled out to the columns they head,
and group cells set flush left in a ruled header."""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise

from extractors.geometry import DEFAULT_GRID, GridSettings
from extractors.grid_columns import column_of
from extractors.grid_types import HeaderFragment
from extractors.header_spans import SpanEdges, centred_runs, centred_span, lone_span, tiled_runs
from extractors.layout import Line, join_words, split_segments
from extractors.regions import TableRegion
from schemas.document import Rule, Word


def header_fragments(
    lines: list[Line],
    columns: list[tuple[float, float]],
    stub_x1: float,
    rules: list[Rule],
    region: TableRegion,
    prose_words: int = DEFAULT_GRID.header_prose_words,
    settings: GridSettings = DEFAULT_GRID,
    edges: SpanEdges | None = None,
) -> tuple[list[HeaderFragment], str]:
    fragments: list[HeaderFragment] = []
    stub_parts: list[str] = []
    # where the header's cells start on any line: a head glued to the one before it on its line starts where the
    # cells under it start ("Lenacapavir Control" over "(N = 72) | (N = 70)" in narrow columns)
    anchors = [sg[0].x0 for line in lines for sg in split_segments(line.words, 1.1)]
    segs_by_line = [
        [
            part
            for sg in split_segments(line.words, 1.1)
            for part in _split_at_gaps(sg, columns, stub_x1, settings, anchors)
        ]
        for line in lines
    ]
    starts = _anchor_starts(segs_by_line, columns, region)
    if edges is not None:
        edges = replace(
            edges,
            starts_by_line=tuple(tuple(sg[0].x0 for sg in segs) for segs in segs_by_line),
            ends_by_line=tuple(tuple(sg[-1].x1 for sg in segs) for segs in segs_by_line),
        )
    stub_edge = starts[0] - 1 if starts else stub_x1 + 2
    all_rules = rules
    for li, (line, segs) in enumerate(zip(lines, segs_by_line, strict=True)):
        siblings: list[tuple[HeaderFragment, list[int], list[tuple[float, int, int]]]] = []
        # a rule with the next header line's words over it, between this line and the rule, is that line's (a span
        # rule under a head's wrapped second line, "Drug group" over "(n=96)", close under the first at tight padding)
        below = lines[li + 1].words if li + 1 < len(lines) else []
        rules = [
            r
            for r in all_rules
            if not any(w.top < r.y and w.top > line.top and r.x0 - 2 <= w.x0 and w.x1 <= r.x1 + 2 for w in below)
        ]
        for seg in [part for sg in segs for part in _split_at_gaps(sg, columns, stub_x1, settings, anchors)]:
            if _prose_like(join_words(seg), prose_words):
                continue  # a caption or note sentence set inside the header band is no header cell
            stub_left = region.x0 + 0.35 * (stub_x1 - region.x0)
            in_stub = (
                seg[-1].x1 <= stub_edge
                if starts
                else (seg[-1].x1 <= stub_x1 + 2 or (seg[0].x0 < stub_left and seg[-1].x1 < columns[0][1]))
            )
            if in_stub:
                stub_parts.append(join_words(seg))
                continue
            if starts:
                cols = _cells_under(seg, starts, columns, rules, line, settings)
            else:
                cols = _header_span(seg, columns, rules, line)
            ruled = len(cols) > 1 and _ruled_span(seg, columns, rules, line) == cols
            over, runs = list(cols), []
            if not ruled and edges is not None:
                # a centred cell over a span rule drawn end to end with its neighbours' (header_spans.py)
                centred = centred_span(seg, columns, line, li, edges)
                runs = centred_runs(seg, columns, line, li, edges) if centred else []
                centred = centred or lone_span(seg, columns, line, li, edges)
                if centred and set(cols) <= set(centred):
                    cols, ruled = centred, True
                else:
                    runs = []
            fragments.append(HeaderFragment(join_words(seg), tuple(cols), li, list(seg), ruled))
            if runs:
                siblings.append((fragments[-1], over, runs))
        _tile_siblings(siblings)
    fragments = _exponents_rejoined(fragments, settings)
    _wrapped_spans(fragments, columns)
    _repeated_blocks(fragments, columns, settings)
    _centred_groups(fragments, columns, settings, _ruled_right(all_rules, columns))
    _fill_group_levels(fragments, columns, settings)
    _stacked_span_lines(fragments, settings)
    _spans_off_headed_columns(fragments, columns)
    _centred_over_headless(fragments, columns)
    _unsplit_lower_heads(fragments, columns)
    return fragments, " ".join(stub_parts)


_MINUS = frozenset("-−–")


def _exponents_rejoined(fragments: list[HeaderFragment], settings: GridSettings) -> list[HeaderFragment]:
    """The fragments with a negative exponent the line broke inside put back together: a head whose line ends in a
    raised minus set small ("1, 3, 6, or 12 mg kg" + "–", a narrow head wrapped after the minus) and the head over
    the same columns on the next line opening with the exponent's digits in the same small type ("1" + " on days
    1, 29, 43"). Left on its own line the digit is a raised figure before a word, a footnote mark; set right after
    its minus, it reads as the exponent ("kg⁻¹")."""
    out = list(fragments)
    i = 0
    while i < len(out):
        a = out[i]
        i += 1
        if len(a.words) < 2 or a.words[-1].text not in _MINUS:
            continue
        minus = a.words[-1]
        if minus.size >= settings.script_size_share * max(w.size for w in a.words[:-1]):
            continue
        k = next((j for j, f in enumerate(out) if f.line == a.line + 1 and f.columns == a.columns and f.words), None)
        if k is None:
            continue
        digit, rest = out[k].words[0], out[k].words[1:]
        small = abs(digit.size - minus.size) <= (1 - settings.script_size_share) * minus.size
        if not (digit.text.isdigit() and small and all(digit.size < settings.script_size_share * w.size for w in rest)):
            continue
        dx, dy = minus.x1 - digit.x0, minus.top - digit.top
        px0, ptop, px1, pbottom = digit.page_bbox
        moved = replace(
            digit,
            x0=digit.x0 + dx,
            x1=digit.x1 + dx,
            top=digit.top + dy,
            bottom=digit.bottom + dy,
            page_bbox=(px0 + dx, ptop + dy, px1 + dx, pbottom + dy),
        )
        words = [*a.words, moved]
        out[i - 1] = replace(a, text=join_words(words), words=words)
        if rest:
            out[k] = replace(out[k], text=join_words(rest), words=rest)
        else:
            del out[k]
            i -= 1 if k < i else 0
    return out


def _flush_left(f: HeaderFragment, cols: set[int], columns: list[tuple[float, float]], size: float) -> bool:
    """Is the cell set flush left at the first of ``cols`` (its text starting where that column's values start)?"""
    return bool(cols) and abs(f.words[0].x0 - columns[min(cols)][0]) <= 0.5 * size


def _unsplit_lower_heads(fragments: list[HeaderFragment], columns: list[tuple[float, float]]) -> None:
    """A head over two or more columns ("Week 52" over "97 | 372 (88)") stands under one group: where a group cell
    of a line above, set flush left, takes its last columns though its text starts past them (flush-left arms' heads,
    "Placebo (n = 108)" starting at its first visit's values), they go to the flush-left group over the head's first
    column."""
    for f in fragments:
        if len(f.columns) < 2:
            continue
        span = set(f.columns)
        for upper in [u for u in fragments if u.line < f.line and f.columns[0] in u.columns]:
            if upper.words[0].x0 > columns[f.columns[0]][1]:
                continue  # the group starts past the head's first column: not over it
            others = [
                u
                for u in fragments
                if u.line == upper.line and u is not upper and span & set(u.columns) and f.columns[0] not in u.columns
            ]
            size = max(w.size for w in upper.words)
            if (
                others
                and _flush_left(upper, set(upper.columns), columns, size)
                and all(_flush_left(u, set(u.columns) - span, columns, size) for u in others)
                and all(u.words[0].x0 >= max(columns[f.columns[-1]][1], f.words[-1].x1) for u in others)
            ):
                upper.columns = tuple(sorted(set(upper.columns) | span))
                for u in others:
                    u.columns = tuple(k for k in u.columns if k not in span)


def _centred_over_headless(fragments: list[HeaderFragment], columns: list[tuple[float, float]]) -> None:
    """A header cell over one column, centred instead over that column and a neighbour that has no head of its own
    on its line or below ("Baseline" centred over "130 | 352 (84)": patients with data, then the statistic, no
    sub-heads), heads both: the neighbour stands under it, not beside it (records.py tells the two cells apart by
    their form, or withholds both). Both columns must stand under the same cells of the lines above."""
    for f in fragments:
        if len(f.columns) != 1:
            continue
        c = f.columns[0]
        centre = (f.words[0].x0 + f.words[-1].x1) / 2
        own = abs(centre - (columns[c][0] + columns[c][1]) / 2)
        best: tuple[float, int, int] | None = None
        for a, b in ((c - 1, c), (c, c + 1)):
            if a < 0 or b >= len(columns):
                continue
            other = a if b == c else b
            if any(other in g.columns for g in fragments if g.line >= f.line):
                continue  # the neighbour has a head of its own
            if any((a in g.columns) != (b in g.columns) for g in fragments if g.line < f.line):
                continue  # a span above divides them
            width = columns[b][1] - columns[a][0]
            off = abs(centre - (columns[a][0] + columns[b][1]) / 2)
            if off <= 0.15 * width and off < own and (best is None or off < best[0]):
                best = (off, a, b)
        if best is not None:
            f.columns = (best[1], best[2])


def _tile_siblings(siblings: list[tuple[HeaderFragment, list[int], list[tuple[float, int, int]]]]) -> None:
    """Cells of one header line each centred over its run of one span rule, whose widest runs overlap (the rule
    drawn end to end under them all, each cell's runs nested about its centre): side by side runs instead
    (header_spans.tiled_runs)."""
    if len(siblings) < 2:
        return
    taken = [set(f.columns) for f, _, _ in siblings]
    if not any(a & b for k, a in enumerate(taken) for b in taken[k + 1 :]):
        return
    ordered = sorted(siblings, key=lambda t: t[0].words[0].x0)
    tiles = tiled_runs([(over, runs) for _, over, runs in ordered])
    if tiles is None:
        return
    for (frag, _, _), run in zip(ordered, tiles, strict=True):
        frag.columns = tuple(run)


_WORD = re.compile(r"[A-Za-z][a-z]{2,}")


def _prose_like(text: str, prose_words: int) -> bool:
    """Running text: at least ``prose_words`` words of three letters or more (header cells are short)."""
    return len(_WORD.findall(text)) >= prose_words


_CONTRAST = re.compile(r"\b(?:hr|or|rr|hazard|odds|ratio|difference|relative\s+risk)\b", re.IGNORECASE)


_ARM_N = re.compile(r"\b[nN]\s*=\s*\d")


_P_HEADER = re.compile(r"p(?:\s*value)?", re.IGNORECASE)


_FORM_TEXT = re.compile(r"\(%\)|\bno\.|\bn\b(?!\s*[=¼:])|number|mean|median", re.IGNORECASE)


_OTHER_MEASURE = re.compile(r"\bp\b|p.value|ratio|difference|\bci\b|\bhr\b|\bor\b|\brr\b", re.IGNORECASE)


def _stacked(
    frag: HeaderFragment,
    lower: list[HeaderFragment],
    columns: list[tuple[float, float]] | None = None,
    mates: list[HeaderFragment] | None = None,
    settings: GridSettings = DEFAULT_GRID,
) -> bool:
    """A header fragment centred over one lower header cell, no wider than it by much: a wrapped line of
    that column's header -- unless it is centred better on a run of headed columns around that cell
    (:func:`_centred_on_run`)."""
    centre = (frag.words[0].x0 + frag.words[-1].x1) / 2
    width = frag.words[-1].x1 - frag.words[0].x0
    x0, x1 = frag.words[0].x0, frag.words[-1].x1
    overlapped = [f for f in lower if f.words[0].x0 < x1 and f.words[-1].x1 > x0]
    size = max(w.size for w in frag.words)
    for f in lower:
        c = (f.words[0].x0 + f.words[-1].x1) / 2
        if abs(c - centre) > settings.stacked_centre_em * size:
            continue
        # no wider than the cell below by much, or a long wrapped line centred over it alone
        wider = settings.stacked_wider_em * size
        if width <= (f.words[-1].x1 - f.words[0].x0) + wider or all(o is f for o in overlapped):
            if columns is not None and _centred_on_run(frag, f, lower, columns, mates or [], settings):
                continue
            return True
    return False


def _centred_on_run(
    frag: HeaderFragment,
    cell: HeaderFragment,
    lower: list[HeaderFragment],
    columns: list[tuple[float, float]],
    mates: list[HeaderFragment],
    settings: GridSettings,
) -> bool:
    """A group head over three sub-columns ("Part 2 Dose finding" over "3 mg | 6 mg | Total") stands over the
    middle sub-head, so near its centre that the lower cell alone looks like its column: how near depends on how
    wide the face sets the sub-heads. The run of two or more columns around ``cell``'s column, each headed on
    a lower line and none under another cell of ``frag``'s line (``mates``), whose box (its values and its heads)
    ``frag`` is centred on better than on ``cell`` by ``stacked_run_margin_em``, makes ``frag`` that run's group."""
    if len(cell.columns) != 1:
        return False
    size = max(w.size for w in frag.words)
    x0, x1 = frag.words[0].x0, frag.words[-1].x1
    centre = (x0 + x1) / 2
    off_cell = abs(centre - (cell.words[0].x0 + cell.words[-1].x1) / 2)
    extent: dict[int, tuple[float, float]] = {}
    for g in lower:
        if len(g.columns) == 1:
            k = g.columns[0]
            a, b = extent.get(k, columns[k])
            extent[k] = (min(a, g.words[0].x0), max(b, g.words[-1].x1))
    taken = {k for m in mates if m is not frag for k in m.columns}
    home = cell.columns[0]
    for a in range(0, home + 1):
        for b in range(home, len(columns)):
            run = range(a, b + 1)
            if b == a or any(k not in extent or k in taken for k in run):
                continue
            lo, hi = extent[a][0], extent[b][1]
            if not (lo <= x0 and x1 <= hi):
                continue
            if abs(centre - (lo + hi) / 2) + settings.stacked_run_margin_em * size < off_cell:
                return True
    return False


_ENDS_WITH_N = re.compile(r"[(\[]?\s*[nN]\s*[=:]\s*\d[\d,]*\s*[)\]]?$")


def _split_at_gaps(
    seg: list[Word],
    columns: list[tuple[float, float]],
    stub_x1: float | None = None,
    settings: GridSettings = DEFAULT_GRID,
    anchors: list[float] | None = None,
) -> list[list[Word]]:
    """A header segment that runs across the gap between two value columns, with a word gap of half an em
    inside that column gap, is two header cells ("Spironolactone Doxazosin"); so is one that runs from the stub
    head into the first column's head across the gap between the row labels and the first column ("Measure,
    median (range) Velocimab (n =" in a narrow table); and so is one whose next head starts at a value column's edge
    where a cell of another header line starts (``anchors``), more than a word space on."""
    gaps = [(c1, d0) for (_, c1), (d0, _) in pairwise(columns)]
    out: list[list[Word]] = [[seg[0]]]
    for i, w in enumerate(seg[1:], start=1):
        prev = out[-1][-1]
        # the word gap reaches into the gap between the columns (which is no wider than a line where the columns
        # were cut apart under their heads, split_by_header)
        between = any(prev.x1 <= d0 and w.x0 >= c1 for c1, d0 in gaps)
        size = max(prev.size, w.size)
        flush = reaching = False
        if stub_x1 is not None and columns:
            # the word before the gap ends left of the first column, the word after starts at its left edge
            first = columns[0][0]
            between = between or (prev.x1 < first <= w.x0 + 0.25 * size)
            # ... flush with the first column's values, more than a word space after the stub head ("Characteristic
            # Cenobamide (N=221)" with tight padding)
            flush = prev.x1 < first and abs(w.x0 - first) <= 0.25 * size
            flush = flush and w.x0 - prev.x1 > settings.stub_head_gap_em * size
            # ... or a head wider than the first column, centred over it and reaching back into the stub, more than
            # a word space after the stub head ("Parameter (units) Axitinib 5 mg (n = 40), adjusted geometric mean")
            reaching = (
                prev.x1 < first
                and w.x0 - prev.x1 > settings.stub_head_gap_em * size
                and _centred_over(_head_from(seg, i, settings), columns[0], settings)
            )
        # a group's head closed by its N ("Ravatinib (n=210)") and the next one starting at the next value column's
        # edge, the two set too close for a gap: two cells whatever the gap
        sized = _ENDS_WITH_N.search(join_words(out[-1])) is not None and any(
            abs(w.x0 - d0) <= 0.5 * size for _, d0 in gaps
        )
        # a head starting at the next value column's edge where a cell of another header line starts too, more than
        # a word space after the one before it (two heads set too close in narrow columns)
        anchored = (
            any(abs(w.x0 - d0) <= 0.25 * size for _, d0 in gaps)
            and any(abs(w.x0 - a) <= 0.25 * size for a in anchors or [])
            and w.x0 - prev.x1 > settings.stub_head_gap_em * size
        )
        if reaching or (between and (w.x0 - prev.x1 >= 0.5 * size or sized or flush or anchored)):
            out.append([w])
        else:
            out[-1].append(w)
    return out


def _head_from(seg: list[Word], i: int, settings: GridSettings) -> list[Word]:
    """The words of ``seg`` from the ``i``-th on, up to the next gap wider than a word space."""
    head = [seg[i]]
    for w in seg[i + 1 :]:
        if w.x0 - head[-1].x1 > settings.stub_head_gap_em * max(w.size, head[-1].size):
            break
        head.append(w)
    return head


def _centred_over(head: list[Word], column: tuple[float, float], settings: GridSettings) -> bool:
    """Is ``head`` at least as wide as ``column`` and centred over it (within ``stub_reach_centre_em``)?"""
    x0, x1 = head[0].x0, head[-1].x1
    size = max(w.size for w in head)
    centre_off = abs((x0 + x1) / 2 - (column[0] + column[1]) / 2)
    return x0 <= column[0] and x1 >= column[1] and centre_off <= settings.stub_reach_centre_em * size


def _anchor_starts(
    segs_by_line: list[list[list[Word]]], columns: list[tuple[float, float]], region: TableRegion
) -> list[float] | None:
    """Left edges of the header cells, from the lowest header line that has one cell per column (headers
    set flush left in their cells, values centred under them, do not line up with the values)."""
    n = len(columns)
    for segs in reversed(segs_by_line):
        cells = [sg for sg in segs if sg[-1].x1 > columns[0][0] - 0.25 * (columns[0][0] - region.x0)]
        if len(cells) != n:
            continue
        starts = [sg[0].x0 for sg in cells]
        # each header cell must sit over its column: starting before the column's right edge and ending
        # after the previous column's right edge
        if all(starts[k] < columns[k][1] and cells[k][-1].x1 > (columns[k - 1][1] if k else -1e9) for k in range(n)):
            return [min(starts[k], columns[k][0]) for k in range(n)]
    return None


def _cells_under(
    seg: list[Word],
    starts: list[float],
    columns: list[tuple[float, float]],
    rules: list[Rule],
    line: Line,
    settings: GridSettings = DEFAULT_GRID,
) -> list[int]:
    """Columns of the header cells a header segment covers: a cmidrule decides; else the cells it covers
    at least half of (but see :func:`_centred_on_one`), else the cell it overlaps most."""
    spanned = _header_span(seg, columns, rules, line)
    if len(spanned) > 1:
        return spanned
    x0, x1 = seg[0].x0, seg[-1].x1
    ends = [*starts[1:], max(columns[-1][1], x1) + 1]
    overlaps = [max(0.0, min(x1, e) - max(x0, s)) for s, e in zip(starts, ends, strict=True)]
    covered = [k for k, ov in enumerate(overlaps) if ov >= 0.5 * (ends[k] - starts[k])]
    if len(covered) > 1:
        return _centred_on_one(seg, covered, columns, settings) or covered
    best = max(range(len(overlaps)), key=lambda k: overlaps[k])
    return [best] if overlaps[best] > 0 else column_of(x0, x1, columns)


def _centred_on_one(
    seg: list[Word], covered: list[int], columns: list[tuple[float, float]], settings: GridSettings
) -> list[int]:
    """A long head centred over one value column reaches past the start of the next column's head (heads
    centred over narrow value columns, "Axitinib 5 mg + rifampin 600 mg/day (n = 39), adjusted geometric" over
    "mean" over a column of three-digit values, in a face whose glyphs set wider for their em): the cells it
    covers half of are not the run it heads when it stands off that run's centre (by more than the share a
    centred span allows) and centred on one of its columns (as a stub-reaching head is): that column alone."""
    a0, b1 = columns[covered[0]][0], columns[covered[-1]][1]
    if abs((seg[0].x0 + seg[-1].x1) / 2 - (a0 + b1) / 2) <= settings.centred_span_share * (b1 - a0):
        return []
    own = [k for k in covered if _centred_over(seg, columns[k], settings)]
    return own if len(own) == 1 else []


def _header_span(seg: list[Word], columns: list[tuple[float, float]], rules: list[Rule], line: Line) -> list[int]:
    """The columns a header cell covers: a partial rule drawn just under it (a booktabs cmidrule) decides;
    else the columns it overlaps."""
    return _ruled_span(seg, columns, rules, line) or column_of(seg[0].x0, seg[-1].x1, columns)


def _wrapped_spans(fragments: list[HeaderFragment], columns: list[tuple[float, float]]) -> None:
    """The upper lines of a spanning header cell ("Sunitinib" over "(N = 238)" over the span rule) cover its
    columns: a fragment centred on a ruled span on the line right below it takes that span, bottom up."""
    for f in sorted(fragments, key=lambda g: -g.line):
        centre = (f.words[0].x0 + f.words[-1].x1) / 2
        for g in fragments:
            if g.line != f.line + 1 or not g.ruled or not set(f.columns) <= set(g.columns):
                continue
            a0, b1 = columns[g.columns[0]][0], columns[g.columns[-1]][1]
            if abs(centre - (g.words[0].x0 + g.words[-1].x1) / 2) <= 0.15 * (b1 - a0):
                f.columns, f.ruled = g.columns, True


def _ruled_span(seg: list[Word], columns: list[tuple[float, float]], rules: list[Rule], line: Line) -> list[int]:
    """The columns of a partial rule drawn just under a header cell (a booktabs cmidrule), or []. A rule across
    the whole table is the header's bottom rule, not a span, and so is a rule under several cells of the line
    (a drawn cell border: "Placebo | Curcuminoid" over one rule), but for the part of it under this cell."""
    x0, x1 = seg[0].x0, seg[-1].x1
    table_width = columns[-1][1] - columns[0][0]
    g, size = DEFAULT_GRID, line.size
    touch, reach, slack = g.box_slack_em * size, g.rule_reach_em * size, g.rule_column_slack_em * size
    under = [
        r
        for r in rules
        if line.bottom - touch <= r.y <= line.bottom + g.span_rule_em * size
        and r.x0 - reach <= x0
        and x1 <= r.x1 + reach
        and r.x1 - r.x0 > (x1 - x0) + g.rule_wider_em * size
        # (a rule wider than the cells' heads reach, when they run wider than their value columns, that leaves a
        # value column wholly outside it still spans only the columns inside it)
        and (r.x1 - r.x0 < 0.85 * table_width or any(c0 > r.x1 + slack or c1 < r.x0 - slack for c0, c1 in columns))
    ]
    # a rule that also runs under another cell of this line is the border under the row, not this cell's span
    mine = {id(w) for w in seg}
    others = [w for w in line.words if id(w) not in mine]
    shared = [r for r in under if any(r.x0 - reach <= w.x0 and w.x1 <= r.x1 + reach for w in others)]
    under = [r for r in under if r not in shared]
    if under:
        rule = min(under, key=lambda r: r.x1 - r.x0)
        cols = [k for k, (c0, c1) in enumerate(columns) if c0 >= rule.x0 - slack and c1 <= rule.x1 + slack]
        if len(cols) >= 2:
            return cols
    for rule in shared:
        # the span rules of neighbouring cells drawn end to end read as one rule ("Sunitinib" | "Capecitabine",
        # each over its "No. (%) | Median" sub-columns): this cell's part of it reaches halfway to the next
        # cells, and it is this cell's span when the cell is centred over the columns in that part
        left = max((w.x1 for w in others if w.x1 <= x0), default=None)
        right = min((w.x0 for w in others if w.x0 >= x1), default=None)
        lo = rule.x0 if left is None else max(rule.x0, (left + x0) / 2)
        hi = rule.x1 if right is None else min(rule.x1, (right + x1) / 2)
        cols = [k for k, (c0, c1) in enumerate(columns) if c0 >= lo - slack and c1 <= hi + slack]
        if len(cols) >= 2:
            a0, b1 = columns[cols[0]][0], columns[cols[-1]][1]
            if abs((x0 + x1) / 2 - (a0 + b1) / 2) <= 0.15 * (b1 - a0):
                return cols
    return []


def _repeated_blocks(
    fragments: list[HeaderFragment], columns: list[tuple[float, float]], settings: GridSettings = DEFAULT_GRID
) -> None:
    """Sub-heads printed again and again in one order ("25 mg | 50 mg | 100 mg" under "Day 1", again under "Day 14";
    "n | %" under each arm) split their columns into blocks, one per repeat: a line above holding one cell over each
    block, each no wider than its block, heads the block's columns (a span centred over three columns sits over
    the middle one alone, like a wrapped line of that column's head) -- unless its cells go on in their own columns
    on the next line (the upper lines of wrapped heads)."""
    lines = sorted({f.line for f in fragments})
    for ln in lines:
        lower: dict[int, list[str]] = {}
        for f in fragments:
            if f.line > ln and len(f.columns) == 1:
                lower.setdefault(f.columns[0], []).append(f.text.strip().lower())
        texts = [" ".join(lower.get(k, [])) for k in range(len(columns))]
        blocks = _repeats(texts)
        frags = [f for f in fragments if f.line == ln]
        if not blocks or len(frags) < 2:
            continue
        below = [g for g in fragments if g.line == ln + 1]
        if any(_goes_on(f, g, settings) for f in frags for g in below):
            continue  # the upper lines of wrapped heads ("Change from" / "baseline to week"), no spans
        size = max(w.size for f in frags for w in f.words)
        extents = [(columns[b[0]][0] - size, columns[b[-1]][1] + size) for b in blocks]
        homes = [[i for i, (a, b) in enumerate(extents) if a <= f.words[0].x0 and f.words[-1].x1 <= b] for f in frags]
        placed = [h[0] for h in homes if len(h) == 1]
        if len(placed) != len(blocks) or len(set(placed)) != len(blocks) or len(placed) != len(frags):
            continue
        for f, h in zip(frags, homes, strict=True):
            f.columns = tuple(blocks[h[0]])


def _repeats(texts: list[str]) -> list[list[int]]:
    """The longest run of columns whose sub-heads repeat one sequence of two or more heads, as the blocks of column
    indices of each repeat; [] when no sequence repeats (or the heads are blank)."""
    best: list[list[int]] = []
    n = len(texts)
    for period in range(2, n // 2 + 1):
        for start in range(0, n - 2 * period + 1):
            seq = texts[start : start + period]
            if not all(seq) or len(set(seq)) < 2:
                continue
            k = 1
            while start + (k + 1) * period <= n and texts[start + k * period : start + (k + 1) * period] == seq:
                k += 1
            if k >= 2 and k * period > sum(len(b) for b in best):
                best = [list(range(start + i * period, start + (i + 1) * period)) for i in range(k)]
    return best


def _ruled_right(rules: list[Rule], columns: list[tuple[float, float]]) -> float | None:
    """Where the table's box ends on the right, when a rule of its head runs from its first value column over its
    last one: flush-left heads and values fill the last column's box up to there, not up to their text's end."""
    if not columns:
        return None
    ends = [r.x1 for r in rules if r.x0 <= columns[0][0] and r.x1 >= columns[-1][1]]
    return max(ends, default=None)


def _centred_groups(
    fragments: list[HeaderFragment],
    columns: list[tuple[float, float]],
    settings: GridSettings = DEFAULT_GRID,
    ruled_right: float | None = None,
) -> None:
    """A header cell centred over a run of two or more columns that each have a header cell of their own on a
    lower line and none on its line ("95% CI" over "Lower | Upper", "Range" over "Min | Max", with no rule under
    it) heads that run. Where a cell's box ends is not printed: values and heads set flush left fill their box
    up to where the next column starts, flush right from where the previous one ends, centred halfway. Under
    each of those readings, the run is the columns whose boxes the cell reaches into by a quarter em or more,
    and the cell's centre must be within ``centred_span_em`` of the run's. Read flush left, the last column's box
    ends where the table's box does when a rule of the head shows it (``ruled_right``: "Tavrumab" centred over
    "2 mg·kg⁻¹ | 8 mg·kg⁻¹" in a table drawn wider than its last heads). A cell stacked over one lower cell
    (a wrapped line of one column's header) keeps its column."""
    by_line: dict[int, list[HeaderFragment]] = {}
    for f in fragments:
        by_line.setdefault(f.line, []).append(f)
    for ln, frags in by_line.items():
        lower = [g for g in fragments if g.line > ln and len(g.columns) == 1]
        extent: dict[int, tuple[float, float]] = dict(enumerate(columns))
        for g in lower:
            k = g.columns[0]
            extent[k] = (min(extent[k][0], g.words[0].x0), max(extent[k][1], g.words[-1].x1))
        headed = {g.columns[0] for g in lower}
        starts, ends = [extent[k][0] for k in range(len(columns))], [extent[k][1] for k in range(len(columns))]
        cuts = [(e + s0) / 2 for e, s0 in zip(ends, starts[1:], strict=False)]
        readings = (
            list(zip(starts, [*starts[1:], max(ends[-1], ruled_right or ends[-1])], strict=True)),  # flush left
            list(zip([starts[0], *ends[:-1]], ends, strict=True)),  # flush right
            list(zip([starts[0], *cuts], [*cuts, ends[-1]], strict=True)),  # centred
        )
        for f in frags:
            if len(f.columns) != 1 or _stacked(f, lower, columns, frags, settings):
                continue
            size = max(w.size for w in f.words)
            x0, x1 = f.words[0].x0, f.words[-1].x1
            taken = {k for g in frags if g is not f for k in g.columns}
            for boxes in readings:
                run = [k for k, (a, b) in enumerate(boxes) if min(x1, b) - max(x0, a) >= 0.25 * size]
                if len(run) < 2 or run != list(range(run[0], run[-1] + 1)) or f.columns[0] not in run:
                    continue
                if any(k in taken or k not in headed for k in run):
                    continue
                lo, hi = boxes[run[0]][0], boxes[run[-1]][1]
                if abs((x0 + x1) / 2 - (lo + hi) / 2) <= settings.centred_span_em * size:
                    f.columns = tuple(run)
                    break


def _stacked_span_lines(fragments: list[HeaderFragment], settings: GridSettings = DEFAULT_GRID) -> None:
    """The lines of a span head set centred on two or more lines ("Tovalitinib" over "N=295" over "All Grades |
    Grades 3–4"; "Pemlatinib plus Carboplatin" over "(N=181)") are one head and head the same columns. A centred
    span over flush-left sub-columns starts at one of them, so a narrow line of it can sit over one column alone,
    or start where a sub-column starts and be read as a group set flush left. Two cells of adjacent lines centred
    (within ``centred_span_em``) on each other, their columns overlapping, the lower found to span two columns
    or more (a one-column cell is a sub-column's own head): when the upper spans two columns or more it is the
    head's name line, placed over the sub-heads, and the lower takes its columns; else the upper takes the
    lower's when they include its own. Bottom up: a three-line head too."""
    lines = sorted({f.line for f in fragments}, reverse=True)
    for ln in lines:
        for below in [f for f in fragments if f.line == ln]:
            b_centre = (below.words[0].x0 + below.words[-1].x1) / 2
            for f in fragments:
                if f.line != ln - 1 or f.columns == below.columns or not set(f.columns) & set(below.columns):
                    continue
                if len(below.columns) < 2:
                    continue  # a sub-column's own head, centred under the span's line by chance
                size = max(w.size for w in f.words)
                if abs((f.words[0].x0 + f.words[-1].x1) / 2 - b_centre) > settings.centred_span_em * size:
                    continue
                if _flush_left_alike(f, below, settings.head_align_em * size):
                    continue  # "Week 24" over a short "Obicetrapib", both set flush left: near centres, not centred
                if len(below.columns) < len(f.columns) and any(
                    g.line == ln
                    and g is not below
                    and set(g.columns) < set(f.columns)
                    and not set(g.columns) & set(below.columns)
                    for g in fragments
                ):
                    # the middle one of sibling sub-heads under the span ("Day 0 | Day 7 | Day 14" under an arm),
                    # centred under it as the span is centred over them all: a sub-head, no line of the span's head
                    continue
                if len(f.columns) > 1:
                    below.columns = f.columns
                elif set(f.columns) < set(below.columns):
                    f.columns = below.columns


def _closes_head(upper: HeaderFragment, lower: HeaderFragment, settings: GridSettings) -> bool:
    """``lower`` runs on from ``upper`` (:func:`_runs_on`) and ends the head with the group's N, which ``upper`` does
    not print: the last line of one group's wrapped head, not a sub-head under a group ("n (%)" under "Cohort A
    (N = 30)")."""
    if _ARM_N.search(upper.text) or _runs_on(lower, [upper], settings) is not upper:
        return False
    return (
        _ENDS_WITH_N.search(lower.text.strip()) is not None or _ARM_N.search(f"{upper.text} {lower.text}") is not None
    )


def _goes_on(upper: HeaderFragment, lower: HeaderFragment, settings: GridSettings) -> bool:
    """``lower``, on the next line over the same columns, set alike and with no gap, is the next line of ``upper``'s
    head: its text runs on (a lower-case start, or ``upper`` left open: a trailing hyphen, comma, preposition or an
    unclosed bracket)."""
    if lower.columns != upper.columns or not _set_alike(lower, upper, settings):
        return False
    size = lower.words[0].size
    if lower.words[0].top - max(w.bottom for w in upper.words) > settings.row_join_em * size:
        return False
    text, prev = lower.text.strip(), upper.text.rstrip()
    open_end = prev.count("(") > prev.count(")") or re.search(
        r"(?:[-–,/]|\b(?:of|from|to|and|or|with|per|in|at))$", prev
    )
    return text[:1].islower() or bool(open_end)


def _flush_left_alike(upper: HeaderFragment, lower: HeaderFragment, slack: float) -> bool:
    """Two cells starting where each other starts and ending well apart: set flush left, not centred on each other
    (centred cells of one start end alike too)."""
    starts = abs(upper.words[0].x0 - lower.words[0].x0)
    return starts <= slack and abs(upper.words[-1].x1 - lower.words[-1].x1) > 2 * slack + starts


def _fill_group_levels(
    fragments: list[HeaderFragment], columns: list[tuple[float, float]], settings: GridSettings = DEFAULT_GRID
) -> None:
    """A header line holding a spanning cell, or holding fewer cells than a header line below it, is a
    group level: each column left without text there goes to the group cell whose centre is nearest."""
    by_line: dict[int, list[HeaderFragment]] = {}
    for f in fragments:
        by_line.setdefault(f.line, []).append(f)
    lines = sorted(by_line)
    for ln in lines:
        frags = by_line[ln]
        above = by_line.get(ln - 1, [])
        earlier = [f for b in lines if b < ln for f in by_line[b]]
        wrapped = [_wrapped_from(f, earlier, settings, frags) or _runs_on(f, above, settings) for f in frags]
        if all(wrapped):
            for f, g in zip(frags, wrapped, strict=True):
                if g is not None and set(f.columns) < set(g.columns):
                    f.columns = g.columns  # the wrapped end of a span ("245)") heads the span's columns
            continue  # the second lines of header cells ("Difference" over "(95% CI)", "(n =" over "245)"): no group
        below_line = by_line.get(ln + 1, [])
        if all(any(_closes_head(f, g, settings) for g in below_line) for f in frags):
            # the first lines of groups' heads closed by their N below ("Olpasiran 225 mg every 24" over "weeks†
            # (N=57)"), set bottom-aligned beside a head of fewer lines ("Placebo (N=57)" on the lower line only)
            continue
        covered = {k for f in frags for k in f.columns}
        goes_on = [next((g for g in below_line if _goes_on(f, g, settings)), None) for f in frags]
        if all(goes_on) and {k for g in goes_on if g is not None for k in g.columns} == covered:
            # the upper lines of heads wrapped over more lines than their neighbours', set bottom-aligned ("Change
            # from" / "baseline to week" / "68, mean (95% CI)" beside "Baseline," / "mean (SD)"): each goes on in its
            # own column on the next line, which heads no other column
            continue
        below = max((len({k for f in by_line[b] for k in f.columns}) for b in lines if b > ln), default=0)
        grouping = any(len(f.columns) > 1 for f in frags) or len(covered) < below
        if not grouping or len(covered) >= len(columns) or all(f.ruled for f in frags):
            continue  # (span rules under every cell of the line say how far each reaches)
        # (a head over two columns wrapped onto the line below, "Change from" over "baseline", stacks alike)
        lower_cells = [
            f
            for b in lines
            if b > ln
            for f in by_line[b]
            if len(f.columns) == 1 or any(f.columns == g.columns for g in frags)
        ]
        empty = [k for k in range(len(columns)) if k not in covered]
        both_sides = bool(empty) and min(empty) < min(covered) and max(empty) > max(covered)
        stacked = all(_stacked(f, lower_cells, columns, frags, settings) for f in frags)
        if not (len(frags) == 1 and both_sides) and stacked:
            continue  # the upper lines of wrapped column headers ("Priming" over "SUD1"), not group cells
        if all(_flush_wrapped(f, below_line, by_line.get(ln + 2, []), columns, settings) for f in frags):
            continue  # the upper line of a head one line deeper than its neighbours', set flush left in its column
        lower = [f for b in lines if b > ln for f in by_line[b] if len(f.columns) == 1]
        # each column's header cell starts where its leftmost lower line starts (a centred "n = 49" under a
        # wider arm name does not mark where the cell begins)
        starts: dict[int, float] = {}
        for f in lower:
            starts[f.columns[0]] = min(starts.get(f.columns[0], f.words[0].x0), f.words[0].x0)
        # a head with no lower cell under it heads its own column down the header ("P Value" beside group spans
        # over "Baseline | Week 12 | Change"): it is no group cell, and says nothing of how the groups are set
        spanning = [f for f in frags if any(k in starts for k in f.columns)] or frags
        left_aligned = bool(starts) and all(any(abs(f.words[0].x0 - x) <= 3 for x in starts.values()) for f in spanning)
        if left_aligned and len(frags) == 1 and both_sides and _centred_over_all(frags[0], columns, settings):
            left_aligned = False  # "Percentage of patients" centred over every arm, starting by chance over one
        if left_aligned and all(_centred_alike(f, lower) for f in spanning):
            # each group cell as wide as the lower cell it starts over and centred on it ("Velmorastat" over "20 mg
            # (n=40)", the middle of three doses): set centred, starting there by chance, not flush left
            left_aligned = False
        if left_aligned and not any(len(f.columns) > 1 for f in frags) and _one_per_column(frags, starts):
            continue  # stacked headers, one over each column ("Age, years" over "Mean (SD)"): not groups
        contrast_block = _contrast_block(fragments, ln, len(columns))
        set_lower = _heads_set_lower(frags, below_line, covered, settings)
        for k in range(len(columns)):
            if k in covered or k in set_lower:
                continue
            if left_aligned:
                # group cells set flush left over their first column: the last group starting at or before
                # this column's own header
                x = starts.get(k, columns[k][0])
                before = [f for f in spanning if f.words[0].x0 <= x + 3]
                if not before:
                    continue
                best = max(before, key=lambda f: f.words[0].x0)
            else:
                centre = (columns[k][0] + columns[k][1]) / 2
                best = min(spanning, key=lambda f: abs((f.words[0].x0 + f.words[-1].x1) / 2 - centre))
            own = " ".join(f.text for f in fragments if k in f.columns and f is not best)
            if _ARM_N.search(best.text) and k in contrast_block:
                continue  # an arm's span ("Capecitabine (N = 244)") reaches no "Hazard ratio | Lower 95% CI" column
            if _FORM_TEXT.search(best.text) and _OTHER_MEASURE.search(own):
                continue  # "no. of patients (%)" over the arms does not reach the "P Value" column
            if _CONTRAST.search(best.text) and (_ARM_N.search(own) or _P_HEADER.fullmatch(own.strip())):
                continue  # "HR" wrapped over its own "(95% CI)" is no group over the arms or the P column
            best.columns = tuple(sorted({*best.columns, k}))


def _flush_wrapped(
    frag: HeaderFragment,
    below: list[HeaderFragment],
    after: list[HeaderFragment],
    columns: list[tuple[float, float]],
    settings: GridSettings,
) -> bool:
    """``frag``, over one column, is the first line of that column's head, set flush left and bottom-aligned beside
    heads of fewer lines ("Axitinib 5 mg" / "(n = 40)," / "adjusted geometric mean" beside "Axitinib 5 mg +
    rifampin 600 mg/day ..." starting a line lower): the next header line goes on under it in its column from its
    left edge (within ``wrapped_label_indent_em``) and on again on the line after, the three lines at one pitch (the
    head's own leading, within ``head_leading_em``: no cell padding between the first two, as between a group level
    and its sub-heads), and it ends short of the next column. A group set flush left over sub-heads stands over them
    across the cell padding or a span rule, or reaches over the next column; over sub-heads of one line, nothing
    shows the head's leading and the line stays a group."""
    if len(frag.columns) != 1:
        return False
    k = frag.columns[0]
    size = frag.words[0].size
    x0, x1 = frag.words[0].x0, frag.words[-1].x1
    if k + 1 < len(columns):
        nxt = min((g.words[0].x0 for g in below if g.columns and min(g.columns) > k), default=columns[k + 1][0])
        if x1 >= min(nxt, columns[k + 1][0]):
            return False
    bottom = max(w.bottom for w in frag.words)
    top = frag.words[0].top
    for g in below:
        if g.columns != frag.columns or abs(g.words[0].x0 - x0) > settings.wrapped_label_indent_em * size:
            continue
        if not 0 <= g.words[0].top - bottom <= settings.row_join_em * size:
            continue
        pitch = g.words[0].top - top
        if any(
            h.columns == frag.columns
            and abs(h.words[0].top - g.words[0].top - pitch) <= settings.head_leading_em * size
            for h in after
        ):
            return True
    return False


def _heads_set_lower(
    frags: list[HeaderFragment], below: list[HeaderFragment], covered: set[int], settings: GridSettings
) -> set[int]:
    """Columns whose group head stands on the next line: heads wrapped onto two lines set bottom-aligned beside
    one of a single line ("Semavotide 1 mg" / "(n = 101)" beside "Semavotide 2.4 mg (n = 99)" on the lower line).
    The next line goes on under this line's cells (a cell of it over exactly one's columns) and holds a cell
    spanning two columns or more, none of them under this line's cells: that cell is the group of its columns, a
    sibling of this line's, not a level under them. The next line goes on a head only as its N ("(n = 101)"),
    centred under it: a cell under a flush-left head ("Velsubart (N=210)" under "Week 24") is a level."""

    def closes(f: HeaderFragment, g: HeaderFragment) -> bool:
        size = max(w.size for w in f.words)
        centre = (f.words[0].x0 + f.words[-1].x1) / 2 - (g.words[0].x0 + g.words[-1].x1) / 2
        n_only = _ENDS_WITH_N.fullmatch(g.text.strip()) is not None and not _ARM_N.search(f.text)
        return g.columns == f.columns and n_only and abs(centre) <= settings.centred_span_em * size

    if not any(closes(f, g) for g in below for f in frags):
        return set()
    return {
        k
        for g in below
        if len(g.columns) > 1 and not set(g.columns) & covered and not any(g.columns == f.columns for f in frags)
        for k in g.columns
    }


def _centred_alike(f: HeaderFragment, lower: list[HeaderFragment]) -> bool:
    """Does ``f`` stand over a lower cell as wide as it, its edges within half an em of that cell's and its centre
    within a quarter em?"""
    size = max(w.size for w in f.words)
    x0, x1 = f.words[0].x0, f.words[-1].x1
    return any(
        abs(g.words[0].x0 - x0) <= 0.5 * size
        and abs(g.words[-1].x1 - x1) <= 0.5 * size
        and abs((g.words[0].x0 + g.words[-1].x1) / 2 - (x0 + x1) / 2) <= 0.25 * size
        for g in lower
    )


_CONTRAST_HEAD = re.compile(r"\b(?:hr|or|rr|hazard|odds|ratio|difference|relative\s+risk|p)\b|p.value", re.IGNORECASE)
_BOUND_OF_CI = re.compile(r"\b(?:lower|upper)\b.*\bci\b|\bci\b.*\b(?:lower|upper)\b", re.IGNORECASE)


def _contrast_block(fragments: list[HeaderFragment], line: int, ncols: int) -> set[int]:
    """The columns headed, below ``line`` only, by a comparison of the arms ("Hazard ratio", "P") and the
    columns of its interval bounds right after it ("Lower 95% CI | Upper 95% CI")."""
    own: dict[int, str] = {}
    for f in fragments:
        if f.line > line and len(f.columns) == 1:
            own[f.columns[0]] = f"{own.get(f.columns[0], '')} {f.text}"
    block: set[int] = set()
    for k in range(ncols):
        text = own.get(k, "")
        if _CONTRAST_HEAD.search(text) or (k - 1 in block and _BOUND_OF_CI.search(text)):
            block.add(k)
    return block


def _wrapped_from(
    frag: HeaderFragment,
    above: list[HeaderFragment],
    settings: GridSettings,
    mates: list[HeaderFragment] | None = None,
) -> HeaderFragment | None:
    """The header cell of which ``frag`` is the wrapped next line: the nearest cell above it over its columns
    (``above``: the cells of the lines above; a span's next line, "(N=8803)" under "Semaglutide", may be read over
    one of them only, when no other cell of its line (``mates``) is under the span), set alike
    (:func:`_set_alike`), no gap between the lines. The
    nearest, not the one on the line right above: a head wrapped at its own line pitch ("Hazard" / "Ratio (95%" /
    "CI)" beside sub-heads that start lower) has its lines interleaved with its neighbours'."""
    w = frag.words[0]
    same = [g for g in above if set(frag.columns) <= set(g.columns)]
    if not same:
        return None
    nearest = max(g.line for g in same)
    for g in same:
        if g.line != nearest or not _set_alike(frag, g, settings):
            continue
        others = [m for m in mates or [] if m is not frag and set(m.columns) & set(g.columns)]
        if g.columns != frag.columns and others:
            continue  # sub-heads under a span ("No. (%)" | "Rate" under "Drug (N = 8803)"), not its next line
        if w.top - max(x.bottom for x in g.words) <= settings.row_join_em * w.size:
            return g
    return None


def _set_alike(frag: HeaderFragment, above: HeaderFragment, settings: GridSettings) -> bool:
    """Is ``frag`` set as a next line of ``above``: the same left edge; centred on it in one column, no group's N
    between them; or, with another line between them (a head wrapped at its own line pitch), centred on it or within
    its width?"""
    size = frag.words[0].size
    x0, x1 = frag.words[0].x0, frag.words[-1].x1
    a0, a1 = above.words[0].x0, above.words[-1].x1
    if abs(a0 - x0) <= settings.wrapped_label_indent_em * size:
        return True
    centred = abs((a0 + a1) / 2 - (x0 + x1) / 2) <= settings.centred_span_em * size
    if above.line >= frag.line - 1:
        # on the line right above, a centred line under a head is the head's own next line ("Difference" / "(95% CI)"
        # in one column) unless it is a group's N ("Tovalitinib" / "N=295": a span's head whose N the group
        # levels read)
        one_column = len(frag.columns) == 1 and frag.columns == above.columns
        return centred and one_column and not _ARM_N.search(f"{above.text} {frag.text}")
    if centred:
        return True
    return len(frag.columns) > 1 and a0 - size <= x0 and x1 <= a1 + size


def _runs_on(frag: HeaderFragment, above: list[HeaderFragment], settings: GridSettings) -> HeaderFragment | None:
    """The header cell on the line right above that ``frag`` plainly goes on from, wherever a centred line starts:
    under it, no gap between the lines, and the text running on -- a lower-case start ("Absolute risk" over
    "difference, % (95% CI)"), the end of a bracket left open ("Antiarrhythmic drugs (n =" over "245)")."""
    w = frag.words[0]
    text = frag.text.strip()
    for g in above:
        if w.top - max(x.bottom for x in g.words) > settings.row_join_em * w.size:
            continue
        if frag.words[-1].x1 < g.words[0].x0 or w.x0 > g.words[-1].x1:
            continue
        prev = g.text.rstrip()
        if text[:1].islower() or (prev.count("(") > prev.count(")") and re.match(r"^[\d=,.\s]*\)", text)):
            return g
    return None


def _spans_off_headed_columns(fragments: list[HeaderFragment], columns: list[tuple[float, float]]) -> None:
    """A group cell heads the header cells under it: a column with a header cell of its own above the group's
    line and nothing under it ("Difference (95% CI)" beside an arm's "Mean" over "(SD) | N") is not in the group,
    however far the rule under the group runs on."""
    for f in fragments:
        if len(f.columns) < 2:
            continue
        below = {k for g in fragments if g.line > f.line for k in g.columns}
        headed = {g.columns[0] for g in fragments if g.line < f.line and len(g.columns) == 1}
        keep = tuple(k for k in f.columns if k in below or k not in headed)
        own = column_of(f.words[0].x0, f.words[-1].x1, columns)
        if below and keep and keep != f.columns and set(own) <= set(keep):
            f.columns = keep


def _centred_over_all(frag: HeaderFragment, columns: list[tuple[float, float]], settings: GridSettings) -> bool:
    """A header cell centred over the whole run of value columns."""
    size = max(w.size for w in frag.words)
    centre = (frag.words[0].x0 + frag.words[-1].x1) / 2
    return abs(centre - (columns[0][0] + columns[-1][1]) / 2) <= settings.centred_span_em * size


def flush_left_groups(
    fragments: list[HeaderFragment],
    lines: list[Line],
    columns: list[tuple[float, float]],
    rules: list[Rule],
    settings: GridSettings = DEFAULT_GRID,
) -> None:
    """Group cells set flush left in the cells of a ruled header: the rule under the group line is drawn
    one segment per cell, so its ends give the cells' edges. Each group that starts at the left edge of a
    cell (within the cell padding) covers the columns from that cell to the cell before the next group
    (pattern g: "Grade ≥3" over two arms is not the nearest-centre column's alone)."""
    s = settings
    by_line: dict[int, list[HeaderFragment]] = {}
    for f in fragments:
        by_line.setdefault(f.line, []).append(f)
    for li, frags in by_line.items():
        line = lines[li]
        size = line.size
        under = [
            r for r in rules if line.bottom - 0.2 * size <= r.y <= line.bottom + s.span_rule_em * size and r.x1 > r.x0
        ]
        edges = sorted({round(x, 1) for r in under for x in (r.x0, r.x1)})
        if len(under) < 2 or len(edges) < len(columns) + 1:
            continue
        cells = list(pairwise(edges))
        found = [next((i for i, (a, b) in enumerate(cells) if a <= (c0 + c1) / 2 < b), -1) for c0, c1 in columns]
        if -1 in found or len(set(found)) != len(columns):
            continue  # one cell per value column, or the rule is not drawn per cell
        cell_of: list[int] = found
        starts: list[tuple[int, HeaderFragment]] = []
        for f in frags:
            x0 = f.words[0].x0
            cell = next((i for i, (a, b) in enumerate(cells) if a <= x0 < b), None)
            if cell is None or x0 - cells[cell][0] > s.flush_pad_em * size or cell not in cell_of:
                break
            starts.append((cell_of.index(cell), f))
        else:
            spans = any(f.words[-1].x1 > cells[cell_of[k]][1] for k, f in starts)
            if not starts or not spans:
                continue
            starts.sort(key=lambda t: t[0])
            for i, (k, f) in enumerate(starts):
                end = starts[i + 1][0] if i + 1 < len(starts) else len(columns)
                f.columns = tuple(range(k, end))


def _one_per_column(frags: list[HeaderFragment], starts: dict[int, float]) -> bool:
    """Left-aligned upper header cells that each start over a lower cell and are mostly followed, at the
    next column, by the next upper cell: a line of column headers with a gap, not group cells spanning
    several columns each ("Grade ≥3" over two arms, then "Grade 4" over two more)."""
    cols = sorted(k for f in frags for k, x in starts.items() if abs(f.words[0].x0 - x) <= 3)
    if len(cols) < 2:
        return False
    spans = [b - a for a, b in pairwise(cols)]
    return sum(1 for d in spans if d == 1) > len(spans) / 2


def merge_rules(rules: list[Rule], join: float, level: float) -> list[Rule]:
    """Rules drawn as one segment per cell, end to end on one height (within ``level``, gaps under
    ``join``), are one rule (a span's cmidrule)."""
    out: list[Rule] = []
    for r in sorted(rules, key=lambda r: (r.y, r.x0)):
        last = out[-1] if out else None
        if last is not None and abs(last.y - r.y) <= level and r.x0 <= last.x1 + join:
            out[-1] = Rule(last.x0, max(last.x1, r.x1), last.y)
        else:
            out.append(r)
    return out
