"""The `bounds` zoo style (pattern G): interval bounds printed in columns of their own, as European and Asian papers
and SAS-style outputs set them.

- An interval cell ("61 (34–82)", "104 (60, 210)"), or an estimate row and the "95% CI" / "Range" row under it
  ("2.8" over "2.4–4.0"), becomes the estimate in one column and its bounds in two sub-columns under a span naming
  the interval: "95% CI" over "Lower | Upper", "Range" over "Min | Max" (or "Lower | Upper"). Each arm's head spans
  its estimate and bound columns. Rows with no interval (an "n (%)" response row) leave the bound cells empty.
- A ratio's CI column ("Hazard ratio | 95% CI" with "1.16–1.87", or a merged "Ratio, % (90% CI)" column) becomes
  "Hazard ratio | Lower 95% CI | Upper 95% CI", with no span.
- The row label's statement of the interval ("Median (95% CI)", "Median (min–max)") goes: only the span names it.

Three header settings (`Zoo.variant`, a style of its own each): `bounds` centres the span heads over their columns
with **no rule** under them; `bounds-left` sets them flush left with no rule, so the interval's head sits over
"Lower" only and "Upper" is left without the interval's name; `bounds-ruled` sets them flush left with a rule under
each span, the rules of neighbouring arms' spans meeting end to end (border-collapsed).

Every number and statistic is the published table's: before the layout changes, each cell's statistics are read with
the reviewed rules (tests/typeset/catalog.py) and frozen into exact row/column rules of the treated table
(`zoo_treatments.same_values` checks the multiset is unchanged). A column holding intervals of two kinds (a CI in
one row, a range in another) cannot be headed by one span: ValueError.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import pdfplumber

from .cells import parse
from .inline import label, value_text
from .model import Cell, Row, Run, StatRule, Table
from .structure import expand
from .styles import _COMMON, SANS, SERIF, Style, _page
from .zoo_methods import _paths, _stats

_BASE_CSS = f"""
.masthead {{ font-family: {SANS}; font-size: 12pt; font-weight: bold; color: #005a70;
      border-bottom: 0.8pt solid #005a70; padding-bottom: 1mm; margin-bottom: 1mm; }}
.masthead .kind {{ float: right; font-weight: normal; font-size: 8pt; color: #333; }}
.cite {{ font-family: {SANS}; font-size: 7pt; margin-bottom: 4mm; color: #333; }}
h1.title {{ font-size: 15pt; }}
.abstract {{ margin: 0 0 4mm 0; font-size: 8pt; }}
.abstract h2 {{ margin-top: 0; }}
.cols {{ column-count: 2; column-gap: 6mm; }}
.table-wrap {{ break-inside: avoid; margin: 3mm 0; }}
.table-wrap table {{ font-family: {SANS}; font-size: 6.8pt; border-top: 0.7pt solid #000;
      border-bottom: 0.7pt solid #000; }}
.table-wrap thead {{ border-bottom: 0.4pt solid #000; }}
.table-wrap th {{ font-weight: bold; vertical-align: bottom; }}
.table-wrap th.stubh {{ text-align: left; }}
.table-wrap td, .table-wrap th {{ padding: 0.5mm 1.3mm; }}
.table-wrap td.l1 {{ padding-left: 3.5mm; }}
.table-wrap td.l2 {{ padding-left: 5.5mm; }}
.table-wrap .caption {{ font-family: {SANS}; font-size: 7.8pt; margin-bottom: 1mm; }}
.table-wrap .caption .lbl {{ font-weight: bold; }}
.table-wrap .notes p {{ font-size: 6.3pt; }}
"""


def _style(name: str, heads: str) -> Style:
    return Style(
        name=name,
        kind="Original Article",
        caption_below=False,
        label_sep=". ",
        fig_sep=". ",
        middle_dot=False,
        css=_COMMON + _page("A4", "18mm 16mm 18mm 16mm", SERIF) + _BASE_CSS + heads,
    )


# centred span heads, no rule under them
BOUNDS = _style(
    "bounds",
    """
.table-wrap th { text-align: center; }
.table-wrap th.stubh { text-align: left; }
.table-wrap td.v { text-align: center; }
""",
)
# flush-left heads and values, no rule under the spans: "95% CI" sits over "Lower" only
BOUNDS_LEFT = _style(
    "bounds-left",
    """
.table-wrap th { text-align: left; }
.table-wrap td.v { text-align: left; }
""",
)
# flush-left heads with a rule under each span, neighbouring spans' rules meeting end to end
BOUNDS_RULED = _style(
    "bounds-ruled",
    """
.table-wrap th { text-align: left; }
.table-wrap th.span { border-bottom: 0.4pt solid #000; }
.table-wrap td.v { text-align: left; }
""",
)
VARIANTS = {"": BOUNDS, "left": BOUNDS_LEFT, "ruled": BOUNDS_RULED}

_INTERVAL_ROW = re.compile(r"^(?:9[05]% (?:exact )?CI|range|IQR)$", re.IGNORECASE)
_CI_HEAD = re.compile(r"^(?P<level>9[05])% CI$", re.IGNORECASE)
_RATIO_HEAD = re.compile(r"\bratio\b|\bHR\b|\bOR\b", re.IGNORECASE)
_MERGED_CI = re.compile(r"\s*\((?P<level>9[05])% CI\)\s*$", re.IGNORECASE)
_STATED = re.compile(r"\s*\((?:min[–-]max|range|9[05]% CI|IQR)\)", re.IGNORECASE)
_KINDS = {("ci_low", "ci_high"): "ci", ("min", "max"): "range", ("q1", "q3"): "iqr"}


@dataclass
class _Split:
    """One value cell after the split: the estimate cell and its bounds, each with its frozen statistics."""

    est: Cell
    est_rule: StatRule | None
    low: str = ""
    high: str = ""
    stats: tuple[str, str] = ("", "")
    level: int | None = None


def _bare(stat: str, level: int | None = None) -> StatRule:
    return StatRule((stat,), ci_level=level)


def _split_cell(cell: Cell, rule: StatRule | None, folded: tuple[Cell, StatRule | None] | None) -> _Split:
    """The estimate and bounds of one cell; `folded` is the cell of an interval row under it ("95% CI" / "Range")."""
    if folded is not None and value_text(folded[0].content):
        ci_cell, ci_rule = folded
        parsed = parse(value_text(ci_cell.content))
        if parsed is None or parsed.grammar != "range" or ci_rule is None or len(ci_rule.stats) != 2:
            raise ValueError(f"interval row cell {value_text(ci_cell.content)!r} is no range")
        if not value_text(cell.content):
            raise ValueError(f"interval {value_text(ci_cell.content)!r} under an empty estimate")
        stats = (ci_rule.stats[0], ci_rule.stats[1])
        return _Split(cell, rule, parsed.slots[0], parsed.slots[1], stats, ci_rule.ci_level)
    text = value_text(cell.content)
    parsed = parse(text) if text else None
    if parsed is None or rule is None or parsed.grammar != "triple" or parsed.p_tail or parsed.qualifiers:
        return _Split(cell, rule)
    if len(rule.stats) != 3:
        raise ValueError(f"{text!r}: a triple read as {rule.stats}")
    marks = tuple(r for r in cell.content if r.kind == "mark")
    est = replace(cell, content=(Run(parsed.slots[0]), *marks))
    return _Split(
        est, _bare(rule.stats[0]), parsed.slots[1], parsed.slots[2], (rule.stats[1], rule.stats[2]), rule.ci_level
    )


def _head(text: str, colspan: int = 1, rowspan: int = 1) -> Cell:
    return Cell((Run(text),), colspan=colspan, rowspan=rowspan, header=True)


def _span_name(kind: str, level: int | None) -> str:
    return {"ci": f"{level or 95}% CI", "range": "Range", "iqr": "IQR"}[kind]


def bounds_columns(table: Table, range_heads: tuple[str, ...] = ("Min", "Max")) -> int:
    """Set every interval of the table in bound columns of their own (in place); `range_heads` are the sub-heads
    under "Range" ("Min", "Max" or "Lower", "Upper"). Returns the bound pairs set."""
    if len(range_heads) != 2:
        raise ValueError(f"{table.label}: two sub-heads under 'Range', not {range_heads}")
    if table.stub_cols != 1:
        raise ValueError(f"{table.label}: one stub column only")
    frozen = {key: _stats(text, row, col, table) for key, (row, col, text) in _paths(table).items()}
    grid = expand(table.body)
    ncols = max(max(g, default=0) for g in [*expand(table.header), *grid]) + 1
    heads = _last_heads(table, ncols)
    # interval rows ("95% CI", "Range") fold into the row above them
    folds: dict[int, int] = {}
    for i, row in enumerate(table.body):
        if i and row.cells and _INTERVAL_ROW.match(label(row.cells[0].content)) and len(row.cells) > 1:
            above = table.body[i - 1]
            if not any(value_text(c.content) for c in above.cells[1:]):
                raise ValueError(f"{table.label}: interval row {label(row.cells[0].content)!r} under no estimate row")
            folds[i - 1] = i
    splits: dict[tuple[int, int], _Split] = {}
    for i in range(len(table.body)):
        if i in folds.values():
            continue
        for c, (cell, origin) in grid[i].items():
            if not origin or c < 1:
                continue
            if cell.colspan > 1 or cell.rowspan > 1:
                if value_text(cell.content):
                    raise ValueError(f"{table.label}: a value cell spanning columns or rows")
                continue
            below = grid[folds[i]].get(c) if i in folds else None
            folded = (below[0], frozen.get(id(below[0]))) if below else None
            splits[(i, c)] = _split_cell(cell, frozen.get(id(cell)), folded)
    # what each value column becomes
    kinds: dict[int, str] = {}
    levels: dict[int, int | None] = {}
    for c in range(1, ncols):
        pairs = {s.stats for (_, k), s in splits.items() if k == c and s.low}
        lv = {s.level for (_, k), s in splits.items() if k == c and s.low}
        head = heads.get(c, "")
        ci_head = _CI_HEAD.match(head)
        if ci_head and c > 1 and _RATIO_HEAD.search(heads.get(c - 1, "")):
            cis = [s for (_, k), s in splits.items() if k == c and value_text(s.est.content)]
            if not cis or any(not (s.est_rule and s.est_rule.stats == ("ci_low", "ci_high")) for s in cis):
                raise ValueError(f"{table.label}: the ratio's CI column holds no plain intervals")
            kinds[c], levels[c] = "ratio-ci", int(ci_head["level"])
            continue
        if not pairs:
            kinds[c] = "keep"
            continue
        if len(pairs) > 1 or len(lv) > 1 or next(iter(pairs)) not in _KINDS:
            raise ValueError(f"{table.label}: column {head!r} holds intervals of several kinds {sorted(pairs)}")
        kind = _KINDS[next(iter(pairs))]
        levels[c] = lv.pop()
        kinds[c] = "ratio" if _RATIO_HEAD.search(head) and kind == "ci" else kind
    if not any(k != "keep" for k in kinds.values()):
        raise ValueError(f"{table.label}: no interval to set in bound columns")
    named = {kinds[c] for c in kinds if kinds[c] in ("ci", "range", "iqr")}
    if len(named) > 1:  # a bare "Upper" must point at the one interval the table names
        raise ValueError(f"{table.label}: intervals of several kinds in one table {sorted(named)}")
    rules: dict[int, StatRule] = {}
    table.header = _bounds_header(table, ncols, kinds, levels, heads, range_heads)
    table.body = _bounds_body(table, grid, folds, splits, kinds, frozen, rules)
    exact = []
    for key, (rows, cols, _text) in _paths(table).items():
        rule = rules.get(key)
        if rule is not None:
            exact.append(replace(rule, row=f"^{re.escape(rows.lower())}$", column=f"^{re.escape(cols.lower())}$"))
    table.spec = replace(table.spec, rules=(*exact, *table.spec.rules))
    return sum(1 for s in splits.values() if s.low)


def _last_heads(table: Table, ncols: int) -> dict[int, str]:
    grid = expand(table.header)
    out = {}
    for c in range(ncols):
        cell = grid[-1].get(c)
        if cell is not None:
            out[c] = label(cell[0].content)
    return out


def _width(kind: str) -> int:
    return 1 if kind == "keep" else 2 if kind == "ratio-ci" else 3


def _bounds_header(
    table: Table,
    ncols: int,
    kinds: dict[int, str],
    levels: dict[int, int | None],
    heads: dict[int, str],
    range_heads: tuple[str, ...],
) -> list[Row]:
    grid = expand(table.header)
    depth = len(table.header)
    extra = 2 if any(k in ("ci", "range", "iqr") for k in kinds.values()) else 0
    rows: list[Row] = []
    for r, row in enumerate(table.header):
        origins = [c for c, (_, origin) in sorted(grid[r].items()) if origin]
        cells: list[Cell] = []
        for cell, col in zip(row.cells, origins, strict=False):
            cols = range(col, col + cell.colspan)
            width = sum(_width(kinds.get(c, "keep")) for c in cols)
            bottom = r + cell.rowspan == depth
            kind = kinds.get(col, "keep")
            if bottom and cell.colspan == 1 and kind in ("ratio", "ratio-ci"):
                level = levels[col]
                if kind == "ratio":
                    est = _MERGED_CI.sub("", label(cell.content)) or label(cell.content)
                    cells.append(_head(est, rowspan=cell.rowspan + extra))
                cells += [_head(f"{side} {level}% CI", rowspan=cell.rowspan + extra) for side in ("Lower", "Upper")]
                continue
            if bottom and any(kinds.get(c, "keep") not in ("keep",) for c in cols) and cell.colspan > 1:
                raise ValueError(f"{table.label}: a bottom head over several split columns")
            grow = extra if bottom and kind == "keep" else 0
            cells.append(replace(cell, colspan=width, rowspan=cell.rowspan + grow))
        rows.append(Row(cells))
    if extra:
        est_head = "Estimate" if "ci" in kinds.values() else "Value"
        first, second = [], []
        for c in range(1, ncols):
            kind = kinds.get(c, "keep")
            if kind in ("ci", "range", "iqr"):
                first += [_head(est_head, rowspan=2), _head(_span_name(kind, levels[c]), colspan=2)]
                second += [_head(h) for h in (range_heads if kind == "range" else ("Lower", "Upper"))]
        rows += [Row(first), Row(second)]
    return rows


def _bounds_body(
    table: Table,
    grid: list[dict[int, tuple[Cell, bool]]],
    folds: dict[int, int],
    splits: dict[tuple[int, int], _Split],
    kinds: dict[int, str],
    frozen: dict[int, StatRule | None],
    rules: dict[int, StatRule],
) -> list[Row]:
    body: list[Row] = []
    for i, row in enumerate(table.body):
        if i in folds.values():
            continue
        cells: list[Cell] = []
        for c, (cell, origin) in sorted(grid[i].items()):
            if not origin:
                continue
            if c == 0:
                stub = cell
                split_here = any(s.low for (r, _), s in splits.items() if r == i)
                if split_here:
                    text = label(cell.content)
                    marks = tuple(r for r in cell.content if r.kind == "mark")
                    stub = replace(cell, content=(Run(_STATED.sub("", text)), *marks))
                width = sum(_width(kinds.get(k, "keep")) for k in range(c + 1, c + cell.colspan)) + 1
                cells.append(replace(stub, colspan=width))
                continue
            s = splits.get((i, c))
            kind = kinds.get(c, "keep")
            if s is None:
                cells.append(
                    replace(cell, colspan=sum(_width(kinds.get(k, "keep")) for k in range(c, c + cell.colspan)))
                )
                continue
            if kind == "ratio-ci":
                text = value_text(s.est.content)
                parsed = parse(text) if text else None
                if parsed is None:
                    cells += [Cell(()), Cell(())]
                    continue
                low, high = Cell((Run(parsed.slots[0]),)), Cell((Run(parsed.slots[1]),))
                level = s.est_rule.ci_level if s.est_rule else None
                rules[id(low)], rules[id(high)] = _bare("ci_low", level), _bare("ci_high", level)
                cells += [low, high]
                continue
            est = s.est
            if s.est_rule is not None:
                rules[id(est)] = s.est_rule
            if kind == "keep":
                cells.append(est)
                continue
            low, high = Cell((Run(s.low),) if s.low else ()), Cell((Run(s.high),) if s.high else ())
            if s.low:
                rules[id(low)], rules[id(high)] = _bare(s.stats[0], s.level), _bare(s.stats[1], s.level)
            cells += [est, low, high]
        body.append(Row(cells, row.inner_header, row.band))
    del frozen
    return body


# --- checks on the rendered PDF (zoo._pattern_problems) ------------------------------------------------

_BOUND_WORDS = {"Lower": "Upper", "Min": "Max"}


def _rules(page: Any) -> list[tuple[float, float, float]]:
    """Horizontal rules on a page: (top, x0, x1)."""
    out = [
        (float(r["top"]), float(r["x0"]), float(r["x1"])) for r in page.rects if r["height"] < 1.5 and r["width"] > 5
    ]
    out += [
        (float(ln["top"]), float(ln["x0"]), float(ln["x1"])) for ln in page.lines if abs(ln["top"] - ln["bottom"]) < 0.5
    ]
    return out


def bounds_problems(pdf: Path, variant: str, ratio: bool) -> list[str]:
    """(G): a header line holds two or more bound pairs ("Lower Upper", "Min Max"); each interval head ("95% CI",
    "Range") above a bound pair is centred over the pair (variant ""), or starts at "Lower" and ends before "Upper"
    ("left", "ruled"); a rule lies between the interval head and the pair in "ruled" only; "Lower 95% CI" and
    "Upper 95% CI" heads are printed when the fixture has a ratio table."""
    out: list[str] = []
    heads = 0
    bad: list[str] = []
    with pdfplumber.open(pdf) as d:
        text = " ".join(p.extract_text() or "" for p in d.pages)
        for page in d.pages:
            words = page.extract_words()
            rules = _rules(page)
            lines: dict[int, list[dict[str, Any]]] = {}
            for w in words:
                lines.setdefault(round(float(w["top"])), []).append(w)
            for ws in lines.values():
                ws.sort(key=lambda w: w["x0"])
                pairs = [(a, b) for a, b in itertools.pairwise(ws) if _BOUND_WORDS.get(a["text"]) == b["text"]]
                if len(pairs) < 2:
                    continue
                for low, high in pairs:
                    above = [
                        w
                        for w in words
                        if w["text"] in ("CI", "Range", "IQR")
                        and 0 < low["top"] - w["bottom"] < 8
                        and w["x0"] < high["x1"]
                        and w["x1"] > low["x0"] - 30
                    ]
                    if not above:
                        continue
                    heads += 1
                    head = above[0]
                    start = min(
                        (
                            w
                            for w in words
                            if abs(w["top"] - head["top"]) < 1 and head["x0"] - 25 < w["x1"] <= head["x0"]
                        ),
                        key=lambda w: w["x0"],
                        default=head,
                    )
                    x0, x1 = float(start["x0"]), float(head["x1"])
                    mid, pair_mid = (x0 + x1) / 2, (float(low["x0"]) + float(high["x1"])) / 2
                    ruled = any(
                        head["bottom"] < top < low["top"] and a < low["x1"] and b > low["x0"] for top, a, b in rules
                    )
                    if variant == "" and (abs(mid - pair_mid) > 3 or ruled):
                        bad.append(f"'{head['text']}' not centred over its pair, or ruled")
                    if variant in ("left", "ruled") and (abs(x0 - float(low["x0"])) > 1.5 or x1 >= float(high["x0"])):
                        bad.append(f"'{head['text']}' not flush left over '{low['text']}' only")
                    if (variant == "ruled") != ruled:
                        bad.append(
                            f"'{head['text']}': rule under the span {'missing' if variant == 'ruled' else 'drawn'}"
                        )
    if not heads:
        out.append("(G) no header line with two or more bound pairs under an interval head")
    out += [f"(G) {b}" for b in sorted(set(bad))]
    if ratio and not ("Lower 95% CI" in text and "Upper 95% CI" in text):
        out.append("(G) no 'Lower 95% CI | Upper 95% CI' ratio columns")
    return out
