"""Data lines and value columns: which lines hold values (leading lines of bare numbers are header rows),
where the value columns lie (clustered from the value cells, split where two header cells stand over one),
and which columns a horizontal extent covers."""

from __future__ import annotations

import re
from itertools import pairwise

from extractors.cells import contrast_named
from extractors.geometry import DEFAULT_GRID, GridSettings
from extractors.layout import Line, join_words, split_segments
from extractors.regions import TableRegion
from extractors.values import value_like
from schemas.document import Word

_DIGIT = re.compile(r"\d")


def _stub_text(line: Line, region: TableRegion) -> str:
    """The row label a line starts with: its first segment when it starts in the stub (a numeric category
    label, "30–39" or "<15%", is a label there)."""
    first = split_segments(line.words, 0.9)[0]
    if first[0].x0 >= region.x0 + 0.3 * (region.x1 - region.x0):
        return ""
    return join_words(first).strip()


_BARE = re.compile(r"^[≥≤<>]?\s*\d+(?:[.,]\d+)?(?:\s*[–—-]\s*\d+(?:[.,]\d+)?)?\s*(?:[a-zA-Zµ/²%]{1,8})?$")


def _bare(line: Line) -> bool:
    """A line whose value cells are all bare numbers or number ranges ("1–2", "37", "98 mg/m²"), as
    category headers print them; data cells carry a parenthesis, a decimal or a ± somewhere."""
    cells = [join_words(sg).strip() for sg in split_segments(line.words, 0.9)[1:]]
    # plain integers beside a label are a row of group sizes ("Patients 50 48"), which is data
    ranged = any(re.search(r"\d\s*[–—-]\s*\d|\d\s*(?:[a-zA-Zµ]{2,}|[a-zA-Zµ]*/|%)", c) for c in cells)
    return bool(cells) and (ranged or _counting(cells)) and all(_BARE.match(c) for c in cells)


def _counting(cells: list[str]) -> bool:
    """Integers that count up in runs ("1 2 3 | 1 2 3", "3 4 | 3 4"): category numbers such as grades or
    cycles under each group, not group sizes."""
    if not all(c.isdigit() for c in cells) or len(cells) < 2:
        return False
    values = [int(c) for c in cells]
    steps = [b - a for a, b in pairwise(values)]
    return all(d == 1 or b < a for d, (a, b) in zip(steps, pairwise(values), strict=True)) and 1 in steps


def without_numeric_headers(lines: list[Line], data: list[int], region: TableRegion) -> list[int]:
    """Leading lines of bare numbers, ranges or doses (grade bands "1–2 | 3–4", doses "37 | 98 mg/m²"),
    with or without a stub heading ("Grade", "Dose"), above labelled rows whose cells are not bare, are
    header rows. A line of values right under a label-only line is that label's row (a wrapped label)."""
    out = list(data)
    while len(out) > 1 and out[0] > 0:  # under a header line: a part starting with data has none
        i = out[0]
        if not _bare(lines[i]) or _bare(lines[out[1]]):
            break  # data cells, or a run of bare rows (a table of counts): data
        if i > 0 and _stub_text(lines[i - 1], region) and len(split_segments(lines[i - 1].words, 0.9)) == 1:
            break  # the values of a label printed on the line above
        if not any(_stub_text(lines[j], region) for j in out[1:]):
            break
        out.pop(0)
    return out


def segments(line: Line) -> list[list[Word]]:
    return split_segments(line.words, 0.9)


# "(95%" alone: the first line of a header cell "(95% CI)" wrapped in a narrow column, not a value
_CI_LEVEL = re.compile(r"^\(\s*(?:80|90|95|99)\s*%$")


# a listing's category code in a cell of its own: arm "A", stage "M", "Y"/"N", best response "SD" (capitals only)
CODE = re.compile(r"^[A-Z]{1,3}$")


# a cell that is a group's N and then the statistic it is of: "n=350, 3100.5 (570.2)"
_N_THEN_VALUE = re.compile(r"^[nN]\s*[=¼5]\s*\d+\s*[,;]\s*[−–-]?\d")


def is_data_line(line: Line, region: TableRegion) -> bool:
    """A line with value cells set apart from the label: at least one holding a number, and most of the
    cells right of the label value-like (a header line with one "43, 57" in it is not data). Cells that are
    nothing but a short capital code ("M", "Y", "SD": a per-patient listing's categories) are left out of the
    count when at least two numbers stand beside them: they are neither values nor the words of a header."""
    segs = segments(line)
    width = region.x1 - region.x0
    cells = [seg for k, seg in enumerate(segs) if not (k == 0 and seg[0].x0 < region.x0 + 0.3 * width)]
    if not cells:
        return False
    texts = [join_words(seg) for seg in _with_brackets(cells)]
    numeric = [
        t
        for t in texts
        # a cell that is only a group's N ("n = 40") is a header's; one that goes on with the statistic the N is of
        # ("n=350, 3100.5 (570.2)") is a value cell
        if value_like(t)
        and _DIGIT.search(t)
        and (not re.match(r"^[nN]\s*[=¼5]", t) or _N_THEN_VALUE.match(t))
        and not _CI_LEVEL.match(t)
    ]
    if len(numeric) >= 2:
        texts = [t for t in texts if value_like(t) or not CODE.match(t.strip())]
    return bool(numeric) and 2 * sum(1 for t in texts if value_like(t)) > len(texts)


# the second half of a decimal-aligned cell, set in a box of its own: "(3.7)", "(<1)", "(100.0%)", "± 8.5"
_BRACKET = re.compile(r"^(?:\(\s*[<>≤≥]?\s*\d[\d.,·]*\s*%?\s*\)|±\s*\d[\d.,·]*)$")
# its first half: a bare number ("7", "71.4", "<1")
_BARE_NUMBER = re.compile(r"^[<>≤≥]?\s*[-−]?\d[\d.,·]*$")


def _bracket_of(left: list[Word], right: list[Word], s: GridSettings) -> bool:
    """``right`` is the bracket of the bare number ``left`` on its line: near enough, in one type size."""
    size = max(left[-1].size, right[0].size)
    return (
        _BARE_NUMBER.match(join_words(left).strip()) is not None
        and _BRACKET.match(join_words(right).strip()) is not None
        and right[0].x0 - left[-1].x1 <= s.bracket_join_em * size
    )


def _with_brackets(segs: list[list[Word]], s: GridSettings = DEFAULT_GRID) -> list[list[Word]]:
    """A line's segments with each decimal-aligned bracket joined to the bare number before it."""
    out: list[list[Word]] = []
    for seg in segs:
        if out and _bracket_of(out[-1], seg, s):
            out[-1] = [*out[-1], *seg]
        else:
            out.append(seg)
    return out


def join_bracket_columns(
    columns: list[tuple[float, float]], lines: list[Line], s: GridSettings = DEFAULT_GRID
) -> list[tuple[float, float]]:
    """Decimal-aligned cells: a column that holds nothing but brackets ("(25.9)", "± 8.5"), each the bracket of a
    bare number in the column on its left on the same line, is the right half of that column. (A header printed
    over each half, "n | (%)", splits them again: ``split_by_header``.)"""
    if len(columns) < 2:
        return columns
    paired = [0] * len(columns)
    other = [0] * len(columns)
    for line in lines:
        segs = segments(line)
        for i, seg in enumerate(segs):
            hit = column_of(seg[0].x0, seg[-1].x1, columns)
            if len(hit) != 1:
                continue
            k = hit[0]
            prev = segs[i - 1] if i else None
            beside = prev is not None and column_of(prev[0].x0, prev[-1].x1, columns) == [k - 1]
            if k > 0 and prev is not None and beside and _bracket_of(prev, seg, s):
                paired[k] += 1
            else:
                other[k] += 1
    out: list[tuple[float, float]] = []
    for k, col in enumerate(columns):
        if out and paired[k] and not other[k]:
            out[-1] = (out[-1][0], col[1])
        else:
            out.append(col)
    return out


def name_set_apart(seg: list[Word], s: GridSettings = DEFAULT_GRID) -> bool:
    """A segment opening with a contrast's name set apart from the value after it by more than a word space ("HR"
    in a column of measure names beside its value's column, "HR | 0.68", run together at tight padding): the
    name is no word of the value's cell (extractors/named_cells.py reads it as the value's name)."""
    name = contrast_named(join_words(seg))[0]
    if not name:
        return False
    n = len(name.split())
    if len(seg) <= n:
        return False
    size = max(w.size for w in seg[: n + 1])
    return seg[n].x0 - seg[n - 1].x1 > s.named_value_gap_em * size


def value_columns(lines: list[Line], region: TableRegion) -> list[tuple[float, float]]:
    """Value columns: the horizontal extents of the value cells of data lines, merged where they overlap. A
    value centred across two columns of the fullest lines (one figure per arm over its "No. (%) | Median"
    sub-columns) widens neither."""
    width = region.x1 - region.x0
    per_line: list[list[tuple[float, float]]] = []
    glued: list[tuple[int, list[list[Word]]]] = []  # runs of cells set too close to split, by line
    grouped: list[tuple[int, list[list[Word]]]] = []  # runs whole only for a figure that may be a thousands group
    for line in lines:
        spans_of_line: list[tuple[float, float]] = []
        for k, seg in enumerate(segments(line)):
            text = join_words(seg)
            if k == 0 and (seg[0].x0 < region.x0 + 0.3 * width or not value_like(text)):
                continue
            if not value_like(text) or name_set_apart(seg):
                continue
            forms = value_forms(seg)
            if len(forms) > 1:
                glued.append((len(per_line), forms))
            elif len(value_forms(seg, thousands=False)) > 1:
                grouped.append((len(per_line), value_forms(seg, thousands=False)))
            spans_of_line.append((seg[0].x0, seg[-1].x1))
        per_line.append(spans_of_line)
    # "130 352 (84)": a count of patients and a mean set one gutter apart, or a thousands group? Cells where the other
    # lines' runs split into cells at each later figure's start ("129 61.4 (19.8)" on the next line)
    for at, forms in grouped:
        size = max(w.size for form in forms for w in form)
        later = [f[0].x0 for i, other in glued if i != at for f in other[1:]]
        if all(any(abs(form[0].x0 - x) <= 0.5 * size for x in later) for form in forms[1:]):
            glued.append((at, forms))
    single = [list(line_spans) for line_spans in per_line]  # the cells as the lines set them, runs unsplit
    for at, forms in glued:
        # a run is split into its cells only where another line has a cell starting where each later cell of the run
        # starts (a column's left edge): one odd cell holding two figures makes no column of its own
        size = max(w.size for form in forms for w in form)
        starts = [sp[0] for i, line_spans in enumerate(per_line) if i != at for sp in line_spans]
        # a bare figure beside a figure with its bracket ("0 (0.0) 0": n (%) and events) is one cell's unless a cell
        # set alone on another line starts there (its own bracket, wrapped onto the next line: "(27)")
        alone = [sp[0] for i, line_spans in enumerate(single) if i != at for sp in line_spans]
        starts += [f[0].x0 for i, other in glued if i != at for f in other]
        # right-aligned columns: where other lines' cells end
        ends = [sp[1] for i, line_spans in enumerate(per_line) if i != at for sp in line_spans]
        ends += [f[-1].x1 for i, other in glued if i != at for f in other]

        if all(_aligned(form, forms[j], starts, ends, alone, size) for j, form in enumerate(forms[1:])):
            whole = (forms[0][0].x0, forms[-1][-1].x1)
            per_line[at] = [sp for sp in per_line[at] if sp != whole] + [(f[0].x0, f[-1].x1) for f in forms]
    spans = [sp for line_spans in per_line for sp in line_spans]
    if not spans:
        return []
    fullest = max(len(line_spans) for line_spans in per_line)
    if fullest >= 2:
        base = _merged_spans(sorted(sp for line_spans in per_line if len(line_spans) == fullest for sp in line_spans))
        spans = [sp for sp in spans if not across_columns(sp[0], sp[1], base)]
    spans.extend(_code_columns(lines, region))
    return join_bracket_columns(_merged_spans(sorted(spans)), lines)


def _aligned(
    form: list[Word], before: list[Word], starts: list[float], ends: list[float], alone: list[float], size: float
) -> bool:
    """A later cell of a run (``form``, after ``before``) stands where other lines' cells stand. Bare figures side by
    side ("65.9 98": a rate and the next visit's events, sub-columns set one gutter apart on every line) are cells of
    their own where other lines' runs start a figure there too; a bare figure after a value with its bracket only
    where a cell set alone on another line starts there. Numbers set flush right: where other lines' cells end, a
    bare figure after a value with its bracket only where it is a P value's form ("−0.05 (0.38) <0.001": a P column
    set flush right against the values)."""
    pool = starts if len(form) > 1 or len(before) == 1 else alone
    if any(abs(form[0].x0 - x) <= 0.5 * size for x in pool):
        return True
    if pool is alone and not _P_FIGURE.match(join_words(form)):
        return False
    return any(abs(form[-1].x1 - x) <= 0.5 * size for x in ends)


# a P value's figure: below 1 with its leading zero, or bounded ("<0.001", "0·0072")
_P_FIGURE = re.compile(r"^[<>≤≥]?\s*0[.·]\d+$")
_FORM_NUMBER = re.compile(r"^[<>≤≥]?[-−–]?\d[\d.,·]*%?$")
# a figure alone, no separator after it ("10.2," of "10.2, 14.6" is an interval's lower bound)
_BARE_FIGURE = re.compile(r"^[<>≤≥]?[-−–]?\d+(?:[.·]\d+)?%?$")
# a number a thousands group may follow ("1" of "1 234") and the group ("234", "234.5")
_THOUSANDS_HEAD = re.compile(r"^[<>≤≥]?[-−–]?\d{1,3}$")
_THOUSANDS_TAIL = re.compile(r"^\d{3}(?:[.,·]\d+)?%?$")


# a bracket in one word: a figure or a range closed ("(75.6)", "(2–7)"), or a range left open at its dash ("(2.1–")
_BRACKET_WORD = re.compile(r"^[(\[][<>≤≥]?[-−–]?\d[\d.,·]*%?(?:(?:[–—]|-(?=\d))[-−]?\d[\d.,·]*%?[)\]]|[)\]]|[–—])$")


def value_forms(seg: list[Word], thousands: bool = True) -> list[list[Word]]:
    """A run of words the typesetter set too close to split by their gap, as the cells it holds: two or more
    numbers each with its bracket ("11·2 (9·4–13·85) 5·6 (4·8–6·95)", "11 (22.92%) 16 (31.37%)"); else the run
    whole. Bare numbers side by side stay one run where the later could be a thousands group of the earlier ("1 234"
    reads alike); where none could ("−10.7 −1.3", "13.8 24.8": a sign, a decimal point before, not three digits),
    each is a cell. ``thousands=False``: the cells the run holds if no figure is a thousands group of the one before
    (asked where other lines split their runs there, :func:`value_columns`)."""
    if len(seg) >= 2 and all(_BARE_FIGURE.match(w.text) for w in seg):
        if not thousands or not any(
            _THOUSANDS_HEAD.match(a.text) and _THOUSANDS_TAIL.match(b.text) for a, b in pairwise(seg)
        ):
            return [[w] for w in seg]
        return [seg]
    forms: list[list[Word]] = []
    named = 0  # P values naming themselves ("P = 0.002", "P<0.001", "P =" wrapped before its figure)
    k = 0
    while k < len(seg):
        p_end = _p_form_end(seg, k)
        if p_end:
            forms.append(seg[k:p_end])
            named += 1
            k = p_end
            continue
        if (
            k + 1 < len(seg)
            and _BRACKET_WORD.match(seg[k].text)
            and (_FORM_NUMBER.match(seg[k + 1].text) or _BRACKET_WORD.match(seg[k + 1].text))
        ):
            # a bracket set in a column of its own ("(75.6)" under "(%)", an IQR "(2–7)") or the open first line of
            # one wrapped in its column ("(2.1–" over "3.6)"), then the next column's figure or the next column's
            # bracket wrapped alike ("(13.9) (2.7)" under "87.1 | −0.4" in a narrow table): a cell of its own
            forms.append(seg[k : k + 1])
            k += 1
            continue
        if _BARE_FIGURE.match(seg[k].text) and (
            k + 1 >= len(seg) or _FORM_NUMBER.match(seg[k + 1].text) or _p_form_end(seg, k + 1)
        ):
            # a figure whose bracket wrapped onto the next line of a narrow cell ("142 (31) 88" over "(27)"),
            # beside a figure with its bracket: a cell of its own, unless a thousands group could follow it
            if (
                thousands
                and k + 1 < len(seg)
                and _THOUSANDS_HEAD.match(seg[k].text)
                and _THOUSANDS_TAIL.match(seg[k + 1].text)
            ):
                return [seg]
            forms.append(seg[k : k + 1])
            k += 1
            continue
        if not _FORM_NUMBER.match(seg[k].text) or k + 1 >= len(seg) or not seg[k + 1].text.startswith(("(", "[")):
            return [seg]
        end = k + 1
        while end < len(seg) and not seg[end].text.rstrip("*†‡§¶abcdefgh").endswith((")", "]")):
            end += 1
        if end >= len(seg):
            return [seg]
        forms.append(seg[k : end + 1])
        k = end + 1
    bracketed = sum(1 for form in forms if len(form) > 1 or _BRACKET_WORD.match(form[0].text))
    return forms if len(forms) >= 2 and (bracketed or named) else [seg]


# a P value naming itself in one word ("P<0.001", "P=0.02"), or its name and sign ("P", "=") before its figure
_P_WORD = re.compile(r"^[Pp][<>=≤≥][<>]?[.·]?\d[\d.·]*$")
_P_SIGN = re.compile(r"^[<>=≤≥]$")


def _p_form_end(seg: list[Word], k: int) -> int:
    """Where a P value naming itself that starts at word ``k`` ends (0: none starts there): "P<0.001" in one word;
    "P", "=" and its figure; "P =" closing the run (its figure wrapped onto the next line of a narrow cell)."""
    if k >= len(seg):
        return 0
    if _P_WORD.match(seg[k].text):
        return k + 1
    if seg[k].text not in ("P", "p") or k + 1 >= len(seg) or not _P_SIGN.match(seg[k + 1].text):
        return 0
    if k + 2 < len(seg) and _FORM_NUMBER.match(seg[k + 2].text):
        return k + 3
    return k + 2 if k + 2 == len(seg) else 0


def _code_columns(lines: list[Line], region: TableRegion) -> list[tuple[float, float]]:
    """The columns of a listing's category codes ("M", "Y", "SD": short capitals in cells of their own, beside
    numbers): a run of such cells starting at one x, on at least half the data lines, is a column of the grid
    (its header words stand over it), so that the codes are neither read into the row label nor joined to a
    number's cell. The first cell of a line in the stub stays the row label."""
    if len(lines) < 4:
        return []
    width = region.x1 - region.x0
    starts: list[tuple[float, float]] = []
    for line in lines:
        for k, seg in enumerate(segments(line)):
            if k == 0 and seg[0].x0 < region.x0 + 0.3 * width:
                continue
            text = join_words(seg).strip()
            if CODE.match(text) and not value_like(text):
                starts.append((seg[0].x0, seg[-1].x1))
    out: list[tuple[float, float]] = []
    for x0, _x1 in sorted(starts):
        if any(abs(x0 - o0) <= 1.0 for o0, _ in out):
            continue
        same = [sp for sp in starts if abs(sp[0] - x0) <= 1.0]
        if 2 * len({id(sp) for sp in same}) >= len(lines):
            out.append((min(sp[0] for sp in same), max(sp[1] for sp in same)))
    return out


def _merged_spans(spans: list[tuple[float, float]]) -> list[tuple[float, float]]:
    if not spans:
        return []
    merged: list[list[float]] = [[spans[0][0], spans[0][1], 1]]
    for x0, x1 in spans[1:]:
        last = merged[-1]
        if x0 <= last[1] + 0.5:
            last[1] = max(last[1], x1)
            last[2] += 1
        else:
            merged.append([x0, x1, 1])
    return [(m[0], m[1]) for m in merged]


N_CELL = re.compile(r"^\(?\s*[nN]\s*[=¼5:]\s*\d[\d,]*\s*[a-z*†‡§¶#]*\s*\)?$")


def split_by_header(
    columns: list[tuple[float, float]], header: list[Line], body: list[Line] | None = None
) -> list[tuple[float, float]]:
    """A value column holding two header cells side by side above it (values set so close that their cells
    touch) is two columns: split it in the gap between the header cells. Where a narrow header sits centred
    over wider values ("P" over "0.999a"), the midpoint of the header gap can fall inside the values: the cut
    then moves to the widest gap the body's words leave between the two header cells."""
    out: list[tuple[float, float]] = []
    for c0, c1 in columns:
        spans: list[list[float]] = []
        by_line: list[list[list[float]]] = []
        for line in header:
            mine = []
            for seg in (part for sg in split_segments(line.words, 0.9) for part in _cut_at_column_gaps(sg, columns)):
                x0, x1 = seg[0].x0, seg[-1].x1
                slack = DEFAULT_GRID.head_over_column_em * max(w.size for w in seg)
                if x0 >= c0 - slack and x1 <= c1 + slack:
                    spans.append([x0, x1])
                    mine.append([x0, x1])
            by_line.append(sorted(mine))
        groups = _side_by_side(sorted(spans))
        # a span head over the sub-heads ("Spironolactone" over "Baseline | Week 12 | Change") overlaps them: the
        # line with the most cells side by side says how many columns there are
        fullest = max((_side_by_side(line_spans) for line_spans in by_line), key=len, default=[])
        if len(fullest) > len(groups) and all(
            any(g[0] - 1 <= f[0] and f[1] <= g[1] + 1 for g in groups) for f in fullest
        ):
            groups = fullest
        if len(groups) < 2:
            out.append((c0, c1))
            continue
        words = [(w.x0, w.x1) for line in body or [] for w in line.words if w.x1 > c0 and w.x0 < c1]
        cuts = [_body_gap(groups[i], groups[i + 1], words) for i in range(len(groups) - 1)]
        edges = [c0, *cuts, c1]
        out.extend((edges[i], edges[i + 1]) for i in range(len(edges) - 1))
    return out


def _cut_at_column_gaps(seg: list[Word], columns: list[tuple[float, float]]) -> list[list[Word]]:
    """A header segment cut where a word gap of half an em or more lies in the gap between two value columns
    ("Change Baseline": the last sub-head of one group and the first of the next, set too close for a gap)."""
    gaps = [(c1, d0) for (_, c1), (d0, _) in pairwise(columns)]
    out: list[list[Word]] = [[seg[0]]]
    for w in seg[1:]:
        prev = out[-1][-1]
        mid = (prev.x1 + w.x0) / 2
        if w.x0 - prev.x1 >= 0.5 * max(prev.size, w.size) and any(c1 <= mid <= d0 for c1, d0 in gaps):
            out.append([w])
        else:
            out[-1].append(w)
    return out


def _side_by_side(spans: list[list[float]]) -> list[list[float]]:
    """Sorted extents merged where they overlap or touch: the header cells side by side."""
    groups: list[list[float]] = []
    for x0, x1 in spans:
        if groups and x0 <= groups[-1][1] + 1:
            groups[-1][1] = max(groups[-1][1], x1)
        else:
            groups.append([x0, x1])
    return groups


def _body_gap(left: list[float], right: list[float], words: list[tuple[float, float]]) -> float:
    """Where to cut between two header cells: in the gutter, the stretch between their centres that no body word
    covers, the widest part of one inside the header gap first (the middle of the header gap can fall in the
    space inside a cell, "−9 ± | 8"); else the widest stretch; else the middle of the header gap."""
    mid = (left[1] + right[0]) / 2
    lo, hi = (left[0] + left[1]) / 2, (right[0] + right[1]) / 2
    free: list[tuple[float, float]] = []  # the stretches between lo and hi that no body word covers
    at = lo
    for x0, x1 in sorted(words):
        if x1 <= at:
            continue
        if min(x0, hi) > at:
            free.append((at, min(x0, hi)))
        at = max(at, x1)
        if at >= hi:
            break
    if hi > at:
        free.append((at, hi))
    if not words or not free:
        return mid
    inside = [(max(a, left[1]), min(b, right[0])) for a, b in free]
    inside = [(a, b) for a, b in inside if b > a]
    a, b = max(inside or free, key=lambda st: st[1] - st[0])
    return (a + b) / 2


def column_of(x0: float, x1: float, columns: list[tuple[float, float]]) -> list[int]:
    """Columns a horizontal extent overlaps; the nearest one when it overlaps none."""
    hit = [k for k, (c0, c1) in enumerate(columns) if x0 < c1 - 0.5 and x1 > c0 + 0.5]
    if hit:
        return hit
    centre = (x0 + x1) / 2
    return [min(range(len(columns)), key=lambda k: abs((columns[k][0] + columns[k][1]) / 2 - centre))]


def between_columns(seg: list[Word], columns: list[tuple[float, float]]) -> list[int]:
    """Two columns a value is centred between, overlapping neither: a cell printed across both."""
    x0, x1 = seg[0].x0, seg[-1].x1
    centre = (x0 + x1) / 2
    for k in range(len(columns) - 1):
        (a0, a1), (b0, b1) = columns[k], columns[k + 1]
        if x0 >= a1 - 0.5 and x1 <= b0 + 0.5 and abs(centre - (a0 + b1) / 2) <= 0.15 * (b1 - a0):
            return [k, k + 1]
    return []


def across_columns(x0: float, x1: float, columns: list[tuple[float, float]]) -> list[int]:
    """Two adjacent columns a cell (x0..x1) is centred across, held whole by neither: its centre in the gap
    between them, near the middle of their joint extent (the share of `between_columns`)."""
    centre = (x0 + x1) / 2
    for k in range(len(columns) - 1):
        (a0, a1), (b0, b1) = columns[k], columns[k + 1]
        if x0 < a0 - 0.5 or x1 > b1 + 0.5 or (x1 <= a1 + 0.5) or (x0 >= b0 - 0.5):
            continue
        if a1 <= centre <= b0 and abs(centre - (a0 + b1) / 2) <= 0.15 * (b1 - a0):
            return [k, k + 1]
    return []
