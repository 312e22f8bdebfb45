"""The `split` zoo style (pattern H): one statistic split across sub-columns under each arm.

Many trial tables print the two parts of one reading in columns of their own under the arm's head, which spans
them: "n | %", "No. | (%)", "Mean | SD", "Median | Range", "Median | 95% CI", "Geometric mean | CV%". The
treatment sets each value cell whose published reading is of the setting's kind (`Setting.kinds`: the statistics
of the reading's second part, e.g. ("percent",) or ("ci_low", "ci_high")) as two cells, the estimate and its
companion ("142 | 60", "2.8 | 2.4–4.0"); a cell of another kind, or of one number, spans the arm's two columns.
Where the sub-heads stand is the setting's `heads`:

- "row": in a header row of their own under every arm ("No. | (%)" repeated per arm);
- "once": under the first arm only, the other arms' sub-columns bare (the reader carries them over);
- "none": nowhere; the pair is said by a span above the arms ("No. (%)"), by a legend sentence the setting adds
  ("Values are mean and SD of the post hoc estimates"), or by nothing at all (then the gold leaves the pair's
  cells out: they must come back unread with a finding).

`paren` prints the companion in brackets ("(60)", "(0.307)"), as "No. | (%)" tables do. The gold: before the layout
changes, each cell's statistics are read with the reviewed rules (tests/typeset/catalog.py) and frozen on the cell
(`Cell.gold`), so two cells under the same heads are told apart by what the published table says each is;
`zoo_treatments.same_values` checks the multiset of values is unchanged.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

import pdfplumber

from .cells import parse
from .inline import label, value_text
from .model import Cell, Row, Run, StatRule, Table
from .structure import expand, stub_header, walk
from .styles import _COMMON, SANS, SERIF, Style, _page
from .zoo_methods import _stats

SPLIT = Style(
    name="split",
    kind="Research Article",
    caption_below=False,
    label_sep=" ",
    fig_sep=" ",
    middle_dot=False,
    css=_COMMON
    + _page("A4", "17mm 15mm 17mm 15mm", SERIF)
    + f"""
.masthead {{ font-family: {SANS}; font-size: 11pt; font-weight: bold; color: #7a1f2b;
      border-bottom: 0.8pt solid #7a1f2b; padding-bottom: 1mm; margin-bottom: 1mm; }}
.masthead .kind {{ float: right; font-weight: normal; font-size: 8pt; color: #333; }}
.cite {{ font-family: {SANS}; font-size: 7pt; margin-bottom: 4mm; color: #333; }}
h1.title {{ font-size: 15pt; }}
.abstract {{ margin: 0 0 4mm 0; font-size: 8pt; }}
.cols {{ column-count: 2; column-gap: 6mm; }}
.table-wrap {{ break-inside: avoid; margin: 3mm 0; }}
.table-wrap table {{ font-family: {SANS}; font-size: 6.8pt; border-top: 0.8pt solid #000;
      border-bottom: 0.8pt solid #000; }}
.table-wrap thead tr:last-child th {{ border-bottom: 0.4pt solid #000; }}
.table-wrap th {{ text-align: center; font-weight: bold; vertical-align: bottom; }}
.table-wrap th.stubh {{ text-align: left; }}
.table-wrap th.span {{ border-bottom: 0.4pt solid #000; }}
.table-wrap td.v {{ text-align: center; }}
.table-wrap td, .table-wrap th {{ padding: 0.5mm 1.6mm; }}
.table-wrap td.l1 {{ padding-left: 3.5mm; }}
.table-wrap .caption {{ font-family: {SANS}; font-size: 7.8pt; margin-bottom: 1mm; }}
.table-wrap .caption .lbl {{ font-weight: bold; color: #7a1f2b; }}
.table-wrap .notes p {{ font-size: 6.3pt; }}
""",
)


@dataclass(frozen=True)
class Setting:
    kinds: tuple[tuple[str, ...], ...]  # the companion statistics a split cell's reading ends with
    heads: str = "row"  # "row" | "once" (under the first split arm only) | "none"
    sub: tuple[str, str] = ("", "")  # the sub-heads ("No.", "(%)")
    paren: bool = False  # the companion printed in brackets: "(60)"
    legend: str = ""  # a legend sentence the treatment adds (the "none" settings that say what the pair is)
    strip: str = ""  # a statement taken out of the heads (the stub head's ", mean (SD)")
    unread: bool = False  # nothing says what the pair is: the split cells are left out of the gold
    drop_note: str = ""  # a legend sentence taken out (one that speaks of the pair's parts)


SETTINGS = {
    "no-pct": Setting((("percent",),), sub=("No.", "(%)"), paren=True),
    "n-pct-span": Setting((("percent",),), heads="none"),
    "mean-sd-legend": Setting(
        (("sd",),),
        heads="none",
        legend="Values are the mean and SD of the individual post hoc estimates in each group.",
        strip=r",\s*mean \(SD\)$",
    ),
    "estimate-ci": Setting((("ci_low", "ci_high"),), sub=("Estimate", "95% CI")),
    "n-pct": Setting((("percent",),), sub=("n", "%")),
    "mean-sd": Setting((("sd",),), sub=("Mean", "SD")),
    "median-range": Setting((("min", "max"),), sub=("Median", "Range")),
    "n-pct-once": Setting((("percent",),), heads="once", sub=("n", "%")),
    "pairs-none": Setting((("sd",), ("min", "max"), ("percent",)), heads="none"),
    "bare-none": Setting((("percent",),), heads="none", strip=r"^n \(%\)$", unread=True, drop_note=r"^Percentages"),
}

_KEEP_HEAD = re.compile(r"\bratio\b|\bHR\b|\bOR\b|9[05]% CI|^P$", re.IGNORECASE)
_SKIP = StatRule(skip=True)


def _companion(rule: StatRule | None, kinds: tuple[tuple[str, ...], ...]) -> tuple[str, ...] | None:
    if rule is None or len(rule.stats) < 2:
        return None
    tail = rule.stats[1:]
    return tail if tail in kinds else None


def _parts(text: str) -> tuple[str, str] | None:
    """The estimate and its companion's text: "142 (60)" -> ("142", "60"), "2.8 (2.4–4.0)" -> ("2.8", "2.4–4.0")."""
    parsed = parse(text)
    if parsed is None or parsed.p_tail:
        return None
    if parsed.grammar in ("pair", "pair_pct", "plus_minus"):
        m = re.match(r"^\s*(?P<a><?\s*[−-]?\d[\d.,]*)\s*(?:\(|±)\s*(?P<b>[^()]+?)\s*\)?\s*$", text)
    elif parsed.grammar in ("triple", "paren_ci", "bracket_ci"):
        m = re.match(r"^\s*(?P<a><?\s*[−-]?\d[\d.,]*)\s*[(\[]\s*(?P<b>[^()\[\]]+?)\s*[)\]]\s*$", text)
    else:
        return None
    return (m["a"].strip(), m["b"].strip().rstrip("%").strip()) if m else None


def _frozen(table: Table) -> dict[int, StatRule | None]:
    """Each value cell's published statistics, by the cell's id (its text without footnote marks)."""
    stub = stub_header(table)
    out = {}
    for body in walk(table):
        col = " | ".join([stub, *body.column_path] if stub else body.column_path)
        out[id(body.cell)] = _stats(value_text(body.cell.content), " | ".join(body.row_path), col, table)
    return out


def split_columns(table: Table, name: str) -> int:
    """Set each arm's readings of the setting's kind in two sub-columns (in place); returns the cells split."""
    setting = SETTINGS[name]
    if table.stub_cols != 1:
        raise ValueError(f"{table.label}: one stub column only")
    frozen = _frozen(table)
    hgrid = expand(table.header)
    grid = expand(table.body)
    ncols = max(max(g, default=0) for g in [*hgrid, *grid]) + 1
    heads = {c: label(hgrid[-1][c][0].content) for c in range(ncols) if c in hgrid[-1]}
    split_cols = set()
    for c in range(1, ncols):
        if _KEEP_HEAD.search(heads.get(c, "")):
            continue
        for line in grid:
            got = line.get(c)
            if got and got[1] and got[0].colspan == 1 and _companion(frozen.get(id(got[0])), setting.kinds):
                split_cols.add(c)
                break
    if not split_cols:
        raise ValueError(f"{table.label}: no reading of kind {setting.kinds} to split")

    def width(first: int, span: int) -> int:
        return sum(2 if k in split_cols else 1 for k in range(first, first + span))

    done = 0
    body: list[Row] = []
    for i, row in enumerate(table.body):
        cells: list[Cell] = []
        for c, (cell, origin) in sorted(grid[i].items()):
            if not origin:
                continue
            rule = frozen.get(id(cell))
            gold = rule if rule is not None else _SKIP
            if c < 1 or c not in split_cols or cell.colspan > 1:
                cells.append(replace(cell, colspan=width(c, cell.colspan), gold=gold))
                continue
            tail = _companion(rule, setting.kinds)
            parts = _parts(value_text(cell.content)) if tail else None
            if rule is None or tail is None or parts is None:
                cells.append(replace(cell, colspan=2, gold=gold))
                continue
            marks = tuple(r for r in cell.content if r.kind == "mark")
            second = f"({parts[1]})" if setting.paren else parts[1]
            if setting.unread:
                a_gold = b_gold = _SKIP
            else:
                a_gold = StatRule(rule.stats[:1], ci_level=rule.ci_level)
                b_gold = StatRule(tail, ci_level=rule.ci_level)
            cells += [Cell((Run(parts[0]), *marks), gold=a_gold), Cell((Run(second),), gold=b_gold)]
            done += 1
        body.append(Row(cells, row.inner_header, row.band))
    table.header = _header(table, hgrid, split_cols, setting, width)
    table.body = body
    if setting.drop_note:
        table.notes = [n for n in table.notes if not re.search(setting.drop_note, label(n))]
    if setting.legend:
        table.notes = [*table.notes, (Run(setting.legend),)]
    return done


def _header(
    table: Table,
    hgrid: list[dict[int, tuple[Cell, bool]]],
    split_cols: set[int],
    setting: Setting,
    width: Callable[[int, int], int],
) -> list[Row]:
    depth = len(table.header)
    sub_row = setting.heads in ("row", "once")
    rows: list[Row] = []
    for r, row in enumerate(table.header):
        origins = [c for c, (_, origin) in sorted(hgrid[r].items()) if origin]
        cells: list[Cell] = []
        for cell, col in zip(row.cells, origins, strict=False):
            bottom = r + cell.rowspan == depth
            content = cell.content
            if setting.strip and col == 0:
                content = (Run(re.sub(setting.strip, "", label(content), flags=re.IGNORECASE)),)
            spans_split = any(k in split_cols for k in range(col, col + cell.colspan))
            grow = 1 if sub_row and bottom and not spans_split else 0
            if sub_row and bottom and spans_split and cell.colspan > 1:
                raise ValueError(f"{table.label}: a bottom head over several split columns")
            cells.append(replace(cell, content=content, colspan=width(col, cell.colspan), rowspan=cell.rowspan + grow))
        rows.append(Row(cells))
    if sub_row:
        subs: list[Cell] = []
        for k in range(len(split_cols)):
            named = setting.heads == "row" or k == 0
            subs += [Cell((Run(setting.sub[j]),) if named else (), header=True) for j in (0, 1)]
        rows.append(Row(subs))
    return rows


_PAIR_LINE = re.compile(r"[A-Za-z)]\s+[<]?-?\d+(?:\.\d+)?\s+\(?\d+(?:\.\d+)?(?:\s*[–-]\s*\d+(?:\.\d+)?)?\)?$")


def split_problems(pdf: Path) -> list[str]:
    """(H): a header line holds a sub-head pair ("No. (%) No. (%)", "Estimate 95% CI"), or a body line ends in a
    figure and its companion set as two cells ("Mean (SD) 71.4 8.5", "Male 31 58 27 51" ends "27 51")."""
    with pdfplumber.open(pdf) as d:
        lines = [ln.strip() for p in d.pages for ln in (p.extract_text() or "").splitlines()]
    pairs = [" ".join(s.sub) for s in SETTINGS.values() if s.sub[0]]
    if any(p in ln for ln in lines for p in pairs) or any(_PAIR_LINE.search(ln) for ln in lines):
        return []
    return ["(H) no header line with a sub-head pair, nor a body line ending in a figure and its companion"]


def split_unread(name: str) -> bool:
    """Does the setting leave its pairs unstated (their values out of the gold)?"""
    return SETTINGS[name].unread
