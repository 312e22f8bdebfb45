"""The `change` zoo style (pattern F): repeated-measures tables as cardiology, metabolic and general-medicine trials
print them: each group's values at two time points or periods as sub-columns under the group's span ("Baseline |
Week 36 | Change"), then a between-period or between-group comparison column ("Adjusted difference (95% CI)",
"Ratio of adjusted means, %"); rows are continuous measures with their unit in the label.

What statistic each cell is lives in one place, and the fixtures cover each (`ZooTable.change`):

- "legend": a legend sentence scoped by column ("Values alone and with rifampin are geometric means (95% CI) ...;
  ratios are ratios of adjusted means (...), % (90% CI)"), the column heads stating none;
- "heads": the sub-column heads ("Alone (n = 40), adjusted geometric mean");
- "stub": the stub head ("Parameter, mean (SD)") over the spanned columns;
- "methods": a paper-wide Methods statement (`Zoo.methods`; the table's statements are taken out with
  zoo_methods.strip_statements);
- "nowhere": no statement at all: those cells have no statistic, so the gold leaves them out (a `skip` rule) and a
  test asserts that no typed record is emitted for them.

No JATS table of the corpus reports change from baseline, so the fixtures restructure two-period tables (the DDI
study's axitinib alone | with rifampin, the crossover's ch14.18-UTC | ch14.18-NCI) and one baseline table; every
number and every statistic is the source table's: before the layout changes, each cell's statistics are read with
the reviewed rules (tests/typeset/catalog.py) and frozen into exact row/column rules of the treated table
(`zoo_treatments.same_values` checks the multiset is unchanged).
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import pdfplumber

from .inline import label
from .model import Cell, Row, Run, StatRule, Table
from .styles import _COMMON, SANS, SERIF, Style, _page
from .zoo_methods import _paths, _stats, strip_statements

CHANGE = Style(
    name="change",
    kind="Original Investigation",
    caption_below=False,
    label_sep=". ",
    fig_sep=". ",
    middle_dot=False,
    css=_COMMON
    + _page("letter", "16mm 15mm 16mm 15mm", SERIF)
    + f"""
.masthead {{ font-family: {SANS}; font-size: 12pt; border-bottom: 1.5pt solid #8b0000; padding-bottom: 1mm;
      margin-bottom: 1mm; color: #8b0000; }}
.masthead .kind {{ float: right; font-size: 8pt; }}
.cite {{ font-family: {SANS}; font-size: 7pt; margin-bottom: 4mm; color: #333; }}
h1.title {{ font-size: 15pt; }}
.abstract {{ margin: 0 0 4mm 0; font-size: 8pt; }}
.cols {{ column-count: 2; column-gap: 5mm; }}
h3 {{ font-size: 8.6pt; font-weight: bold; margin: 2mm 0 0.5mm 0; }}
.table-wrap {{ break-inside: avoid; margin: 2mm 0; }}
.table-wrap table {{ font-family: {SANS}; border-top: 0.8pt solid #000; border-bottom: 0.8pt solid #000;
      font-size: 7pt; }}
.table-wrap thead tr:last-child th {{ border-bottom: 0.4pt solid #000; }}
.table-wrap th {{ text-align: center; font-weight: bold; vertical-align: bottom; }}
.table-wrap th.stubh {{ text-align: left; }}
.table-wrap th.span {{ border-bottom: 0.4pt solid #000; }}
.table-wrap td.v {{ text-align: center; }}
.table-wrap td, .table-wrap th {{ padding: 0.5mm 1.4mm; }}
.table-wrap td.l1 {{ padding-left: 3.5mm; }}
.table-wrap .caption {{ font-family: {SANS}; font-size: 7.8pt; font-weight: bold; margin-bottom: 1mm; }}
.table-wrap .notes p {{ font-size: 6.4pt; }}
""",
)

WHERE = ("legend", "heads", "stub", "methods", "nowhere")


def _freeze(table: Table) -> dict[int, StatRule | None]:
    """Each value cell's statistics as the published labels give them (None: no reportable number)."""
    return {key: _stats(text, row, col, table) for key, (row, col, text) in _paths(table).items()}


def _refreeze(table: Table, frozen: dict[int, StatRule | None], unread: bool = False) -> None:
    """The frozen statistics as exact rules of the treated table (`unread`: every cell is left out of the gold)."""
    rules = []
    for key, (row, col, _text) in _paths(table).items():
        rule = frozen.get(key)
        if rule is None and not unread:
            continue
        exact = StatRule(skip=True) if unread else rule
        assert exact is not None
        rules.append(replace(exact, row=f"^{re.escape(row.lower())}$", column=f"^{re.escape(col.lower())}$"))
    table.spec = replace(table.spec, rules=(*rules, *table.spec.rules))


def _head(text: str, colspan: int = 1, rowspan: int = 1) -> Cell:
    return Cell((Run(text),), colspan=colspan, rowspan=rowspan, header=True)


def span_columns(table: Table, span: str, subs: tuple[str, ...], rest: tuple[str, ...], stub: str = "") -> None:
    """The table's first len(subs) value columns become sub-columns under one span ("Axitinib 5 mg" over
    "Alone (n = 40) | With rifampin 600 mg/day (n = 39)"); the other value columns get the heads `rest`, set
    over both header rows; the stub head is kept (or set to `stub`)."""
    if len(table.header) != 1 or table.stub_cols != 1:
        raise ValueError(f"{table.label}: a one-row header is spanned")
    head = table.header[0].cells
    if len(head) != 1 + len(subs) + len(rest):
        raise ValueError(f"{table.label}: {len(head) - 1} value columns, not {len(subs) + len(rest)}")
    stub_cell = _head(stub, rowspan=2) if stub else replace(head[0], rowspan=2)
    table.header = [
        Row([stub_cell, _head(span, colspan=len(subs)), *[_head(r, rowspan=2) for r in rest]]),
        Row([_head(s) for s in subs]),
    ]


def _relabel(table: Table, labels: dict[str, str]) -> None:
    for row in table.body:
        cell = row.cells[0]
        text = label(cell.content)
        if text in labels:
            marks = tuple(r for r in cell.content if r.kind == "mark")
            cell.content = (Run(labels[text]), *marks)


def change_layout(table: Table, where: str) -> None:
    """Set a two-period (or baseline) table the repeated-measures way, its statistics stated in `where`."""
    if where not in WHERE:
        raise ValueError(f"change layout: {where!r} is not one of {WHERE}")
    frozen = _freeze(table)
    heads = [label(c.content) for c in table.header[0].cells] if table.header else []
    if where in ("legend", "heads") and heads[1].startswith("Axitinib 5"):
        stated = where == "heads"
        suffix = ", adjusted geometric mean" if stated else ""
        span_columns(
            table,
            "Axitinib 5 mg",
            (f"Alone (n = 40){suffix}", f"With rifampin 600 mg/day (n = 39){suffix}"),
            ("Ratio of adjusted means, % (90% CI)" if stated else "Ratio of adjusted means, %",),
            stub="Parameter (units)",
        )
        if where == "legend":
            # the legend states the cells' statistics by column; the rows whose statistic differs say theirs
            _relabel(table, {"Tmax (h)": "Tmax (h), median (range)", "t1/2 (h)": "t1/2 (h), arithmetic mean (%CV)"})
            abbreviations = table.notes[0]
            kept = [n for n in table.notes[1:] if n and n[0].kind == "mark" and n[0].text == "c"]
            legend = (
                Run(
                    "Values alone and with rifampin are geometric means (95% CI) unless the row states otherwise; "
                    "ratios are ratios of adjusted means (axitinib with rifampin versus axitinib alone), % (90% CI). "
                    "With rifampin, n = 39 unless otherwise specified."
                ),
            )
            table.notes = [abbreviations, legend, *kept]
    elif where == "stub" and heads[1].startswith("ch14.18-UTC"):
        span_columns(
            table,
            "ch14.18",
            ("UTC (n = 26)", "NCI (n = 25)"),
            ("UTC and NCI combined (n = 27)",),
        )
    elif where == "methods":
        strip_statements(table)
        return
    elif where == "nowhere" and heads[1].startswith("Arm A"):
        folded = _fold_statistic_rows(table)
        _refreeze(table, frozen)
        _unread(table, folded)
        return
    else:
        raise ValueError(f"{table.label}: no '{where}' change layout for this table")
    _refreeze(table, frozen)


_STAT_ROW = re.compile(r"^(?:median|mean)\s*\((?:min[–-]max|range|sd)\)$", re.IGNORECASE)


def _fold_statistic_rows(table: Table) -> set[str]:
    """A group label whose first sub-row is its statistic ("Age, years" over "Median (min–max)") takes that
    sub-row's values, and the statistic is said nowhere: "Age, years | 67 (29–76)"."""
    body: list[Row] = []
    folded = set()
    for row in table.body:
        text = label(row.cells[0].content)
        if _STAT_ROW.match(text) and body and all(not label(c.content) for c in body[-1].cells[1:]):
            parent = body[-1]
            body[-1] = Row([replace(parent.cells[0], colspan=1), *row.cells[1:]])
            folded.add(label(parent.cells[0].content))
            continue
        body.append(row)
    if len(body) == len(table.body):
        raise ValueError(f"{table.label}: no statistic sub-row to fold")
    # the continuous rows head the table, each with its own sub-rows, as baseline tables set them
    first = [i for i, row in enumerate(body) if label(row.cells[0].content) in folded]
    moved: list[Row] = []
    for i in first:
        moved.append(body[i])
        j = i + 1
        while j < len(body) and body[j].cells[0].indent > body[i].cells[0].indent:
            moved.append(body[j])
            j += 1
    table.body = moved + [row for row in body if not any(row is m for m in moved)]
    return folded


def _unread(table: Table, folded: set[str]) -> None:
    """The folded rows' cells state no statistic: they leave the gold (`skip`), the other rules stay."""
    keep = []
    for _key, (row, col, _text) in _paths(table).items():
        if row in folded:
            keep.append(StatRule(skip=True, row=f"^{re.escape(row.lower())}$", column=f"^{re.escape(col.lower())}$"))
    if not keep:
        raise ValueError(f"{table.label}: no continuous row left without its statistic")
    table.spec = replace(table.spec, rules=(*keep, *table.spec.rules))


def change_problems(pdf: Path, where: set[str]) -> list[str]:
    """(F): a header line holds two period sub-columns under one span; a legend scoped by column is printed when
    the statistics live there; no statement is printed for the 'nowhere' table's folded rows."""
    with pdfplumber.open(pdf) as d:
        text = "\n".join(p.extract_text() or "" for p in d.pages)
    lines = text.splitlines()
    out = []
    spanned = any(
        ("Alone" in ln and "With rifampin" in ln) or re.search(r"\bUTC \(n = 26\).*\bNCI \(n = 25\)", ln)
        for ln in lines
    )
    if where & {"legend", "heads", "stub"} and not spanned:
        out.append("(F) no header line with two period sub-columns under one span")
    if "legend" in where and not re.search(r"Values alone and with rifampin are geometric", text.replace("\n", " ")):
        out.append("(F) the column-scoped legend is not printed")
    if "nowhere" in where and re.search(r"Median \(min", text):
        out.append("(F) the 'nowhere' table still states its continuous rows' statistic")
    return out


def unread_values(before: Table, after: Table) -> None:
    """The 'nowhere' table's gold is the published gold less the folded cells' median and range, nothing else."""
    from collections import Counter

    from .golden import table_cells

    def items(table: Table) -> Counter[str]:
        out: Counter[str] = Counter()
        for cell in table_cells(table):
            for stat, value in cell["values"].items():
                out[f"{stat}={value}"] += 1
        return out

    old, new = items(before), items(after)
    gone = old - new
    if new - old or not gone or any(k.split("=")[0] not in ("median", "min", "max") for k in gone):
        raise AssertionError(f"{before.label}: the unread cells are not exactly the folded rows: {sorted(gone)}")
