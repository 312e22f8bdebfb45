"""The `methods` zoo style (pattern v): the tables say nothing about what their numbers are; the paper says it
once, in the "Statistical analysis" paragraph of its Methods ("Continuous variables are presented as median
(range) and categorical variables as numbers (percentages)"), as many cardiology, general-medicine and
population-PK papers do.

The treatment takes every statement of the cells' statistics out of a table: the legend sentences ("Data
presented as n (%) or median (range)"), the descriptor suffixes of row labels and headers (", n (%)", " (%)",
"(range)"), a header cell that is only a statistic ("n (%)"), and the bracket of a row label that is a statistic
("Median (min–max)" -> "Median"). The gold keeps the statistics the published labels gave each cell: before the
labels change, each cell's statistics are read with the reviewed rules (tests/typeset/cells.py) and frozen
into rules of the treated table, and `zoo_treatments.same_values` checks the multiset is unchanged.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .cells import _keyword_stats, _rule_for, parse
from .model import Cell, Run, RunKind, StatRule, Table
from .structure import expand, stub_header, walk
from .styles import _COMMON, SANS, SERIF, Style, _page

METHODS = Style(
    name="methods",
    kind="Original Article",
    caption_below=False,
    label_sep=". ",
    fig_sep=". ",
    middle_dot=False,
    css=_COMMON
    + _page("letter", "16mm 15mm 16mm 15mm", SERIF)
    + f"""
.masthead {{ font-family: {SANS}; font-size: 12pt; border-bottom: 1.5pt solid #1f4e79; padding-bottom: 1mm;
      margin-bottom: 1mm; color: #1f4e79; }}
.masthead .kind {{ float: right; font-size: 8pt; }}
.cite {{ font-family: {SANS}; font-size: 7pt; margin-bottom: 4mm; color: #333; }}
h1.title {{ font-size: 15pt; }}
.abstract {{ margin: 0 0 4mm 0; font-size: 8pt; }}
.cols {{ column-count: 2; column-gap: 5mm; }}
h3 {{ font-size: 8.6pt; font-style: italic; font-weight: bold; margin: 2mm 0 0.5mm 0; }}
.table-wrap {{ break-inside: avoid; margin: 2mm 0; }}
.table-wrap table {{ font-family: {SANS}; border-top: 0.6pt solid #000; border-bottom: 0.6pt solid #000;
      font-size: 7pt; }}
.table-wrap thead tr:last-child th {{ border-bottom: 0.4pt solid #000; }}
.table-wrap th {{ text-align: center; font-weight: bold; vertical-align: bottom; }}
.table-wrap th.stubh {{ text-align: left; }}
.table-wrap td.v {{ text-align: center; }}
.table-wrap td, .table-wrap th {{ padding: 0.5mm 1.2mm; }}
.table-wrap .caption {{ font-family: {SANS}; font-size: 7.8pt; }}
.table-wrap .notes p {{ font-size: 6.4pt; }}
""",
)

# a statistic descriptor closing a label (", n (%)", " (%)", ", median (range)", " (range)") or inside it
_SUFFIXES = (
    re.compile(r"\s*[,—–]?\s*\b(?:n|no\.)\s*\(%\)", re.IGNORECASE),
    re.compile(r"\s*\(%\)"),
    re.compile(r"\s*,\s*(?:median|mean)\s*\((?:range|iqr|sd)\)", re.IGNORECASE),
    re.compile(r"\s*\((?:range|iqr|sd|min[–-]max)\)", re.IGNORECASE),
)
# a label that is a statistic: its estimate names the row, its bracket is the statement ("Median (min–max)")
_STAT_LABEL = re.compile(r"^(Median|Mean)\s*\((?:min[–-]max|range|sd|iqr|95% ci)\)$", re.IGNORECASE)
_ONLY_STAT = re.compile(r"^\s*(?:n|no\.)\s*\(%\)\s*$", re.IGNORECASE)
# a legend sentence that says what the cells are
_LEGEND_STAT = re.compile(r"\b(?:data|values|results)\s+(?:are\s+|were\s+)?(?:presented|expressed|shown|given)\b", re.I)
# what must be gone from every label and note once treated
_LEFT_OVER = re.compile(r"\(%\)|\((?:range|iqr|sd|min[–-]max|95% ci)\)|\bpresented as\b", re.IGNORECASE)


def _strip(text: str) -> str:
    m = _STAT_LABEL.match(text.strip())
    if m:
        return m.group(1)
    if _ONLY_STAT.match(text):
        return ""
    for pattern in _SUFFIXES:
        text = pattern.sub("", text)
    return text


def _strip_cell(cell: Cell) -> None:
    """The label read whole ("Sex, " + italic "n" + " (%)"), stripped, set as one run before its marks."""
    full = _label(cell)
    stripped = _strip(full)
    if stripped != full:
        kind: RunKind = next((r.kind for r in cell.content if r.kind in _WORDS), "text")
        cell.content = (Run(stripped, kind), *(r for r in cell.content if r.kind not in _WORDS))


def _stats(text: str, row: str, col: str, table: Table) -> StatRule | None:
    """The statistics the published labels give a cell, as a rule (``None``: no reportable number)."""
    parsed = parse(text)
    if parsed is None or parsed.grammar == "n_eq":
        return None
    row_l, col_l = row.lower(), col.lower()
    rule = _rule_for(parsed.grammar, row_l, col_l, table.spec.rules)
    if rule and rule.skip:
        return None
    if rule and rule.stats:
        return StatRule(rule.stats, grammar=parsed.grammar, ci_level=rule.ci_level)
    if parsed.ci_in_cell:
        return StatRule((_keyword_stats("bare", row_l, "", table.spec)[0], "ci_low", "ci_high"), grammar="*")
    return StatRule(_keyword_stats(parsed.grammar, row_l, col_l, table.spec), grammar=parsed.grammar)


def _paths(table: Table) -> dict[int, tuple[str, str, str]]:
    stub = stub_header(table)
    out = {}
    for body in walk(table):
        col = " | ".join([stub, *body.column_path] if stub else body.column_path)
        out[id(body.cell)] = (" | ".join(body.row_path), col, "".join(r.text for r in body.cell.content))
    return out


def strip_statements(table: Table) -> None:
    """Take every statement of the cells' statistics out of the table (in place); the gold keeps the
    statistics the published labels gave each cell."""
    frozen = {}
    for key, (row, col, text) in _paths(table).items():
        rule = _stats(text, row, col, table)
        if rule is not None:
            frozen[key] = rule
    for head in table.header:
        for cell in head.cells:
            _strip_cell(cell)
    grid = expand(table.body)
    for r in range(len(table.body)):
        for c, (cell, origin) in grid[r].items():
            if origin and c < table.stub_cols:
                _strip_cell(cell)
    notes = []
    for note in table.notes:
        text = "".join(run.text for run in note)
        sentences = [s for s in re.split(r"(?<=\.)\s+", text) if not _LEGEND_STAT.search(s)]
        if sentences:
            notes.append((Run(" ".join(sentences)),) if len(sentences) < len(re.split(r"(?<=\.)\s+", text)) else note)
    table.notes = notes
    rules = []
    for key, (row, col, _text) in _paths(table).items():
        if key in frozen:
            exact = replace(frozen[key], row=f"^{re.escape(row.lower())}$", column=f"^{re.escape(col.lower())}$")
            rules.append(exact)
    table.spec = replace(table.spec, rules=(*rules, *table.spec.rules))
    labels = [_label(c) for r in [*table.header, *table.body] for c in r.cells]
    left = [lab for lab in labels if _LEFT_OVER.search(lab)]
    left += ["".join(r.text for r in n) for n in table.notes if _LEFT_OVER.search("".join(r.text for r in n))]
    if left:
        raise AssertionError(f"{table.label}: statements of the statistics left in the table: {left[:4]}")


_WORDS = ("text", "italic", "bold")


def _label(cell: Cell) -> str:
    return "".join(r.text for r in cell.content if r.kind in _WORDS)
