"""Table treatment of the `inline` zoo style (pattern B): each cell states its own statistic, or carries
several numbers, in the forms trial papers of many journals print.

- an estimate's bracket names its interval: "58.7 (range 37.9–82.0)", "5.2 (IQR 3.1–8.0)", "2.8 (95% CI
  2.4–4.0)" (a "95% CI" row under an estimate is folded into it); the row label's "(range)" / "(95% CI)" goes,
  since the cell now says it;
- a "Median" row over its "Range" row ("64" over "40–82") becomes one cell, "64 (range 40–82)";
- a count's share carries its percent sign, "18 (62.1%)", "1 (<1%)", "15/53 (28%)" (after the jama style's
  denominators); in a table whose header says "n (%)" over
  a column of counts led by their shares, the share comes first, "20.7% (6)", under "% (n)";
- a ratio, its CI and the P value of the next column in one cell: "0.65 (0.4–1.1); P=0.109", "0.65 (0.4 to 1.0),
  p = 0.045" (the P column keeps the P values that belong to no ratio);
- under "% (n)" every other share is printed without its "%" ("62.1 (18)"): the header alone says the order;
- an empty value cell in a row that holds values prints "—" (no value).

Only what the source cell and its labels state is restated: a cell is rewritten from its own gold (read with
the reviewed rules before the change), and `zoo_treatments.same_values` checks the treated gold against the
published table.
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import pdfplumber

from .cells import classify
from .inline import label, value_text
from .model import Cell, Row, Run, StatRule, Table
from .structure import stub_header, walk
from .styles import _COMMON, SANS, SERIF, Style, _page
from .zoo_treatments import merge_estimate_ci, merge_ratio_ci

_NUM = r"−?\d+(?:[.·]\d+)?"
_TRIPLE = re.compile(rf"^(?P<a>{_NUM})\s*\(\s*(?:95% CI:?\s*)?(?P<b>{_NUM})\s*(?:–|-|to)\s*(?P<c>{_NUM})\s*\)$")
_PAIR = re.compile(rf"^(?P<a>{_NUM})\s*\(\s*(?P<q><\s*)?(?P<b>{_NUM})\s*%?\s*\)$")
_FRACTION = re.compile(rf"^(?P<a>\d+)/(?P<d>\d+)\s*\(\s*(?P<q><\s*)?(?P<b>{_NUM})\s*%?\s*\)$")
_LABEL_STATEMENT = re.compile(r"\s*\((?:range|95% CI)\)\s*$", re.I)
_N_PCT = re.compile(r"\bn \(%\)", re.I)


def _runs(cell: Cell) -> tuple[list[Run], tuple[Run, ...]]:
    return [r for r in cell.content if r.kind != "mark"], tuple(r for r in cell.content if r.kind == "mark")


def _gold(table: Table) -> list[tuple[Cell, str, str, dict[str, float], dict[str, str]]]:
    stub = stub_header(table)
    out = []
    for body in walk(table):
        row = " | ".join(body.row_path)
        col = " | ".join([stub, *body.column_path] if stub else body.column_path)
        got = classify(value_text(body.cell.content), row, col, table.spec)
        if got is not None:
            out.append((body.cell, row, col, got.values, got.qualifiers))
    return out


def _stats(values: dict[str, float], qualifiers: dict[str, str]) -> set[str]:
    return set(values) | set(qualifiers)


def named_intervals(table: Table) -> int:
    """ "a (b–c)" read as median (range), (IQR) or (95% CI) -> "a (range b–c)" / "a (IQR b–c)" / "a (95% CI b–c)";
    returns the cells rewritten."""
    done = 0
    for cell, row, col, values, quals in _gold(table):
        stats = _stats(values, quals)
        runs, marks = _runs(cell)
        m = _TRIPLE.match(label(tuple(runs)))
        if not m or len(stats) != 3:
            continue
        if {"min", "max"} < stats:
            name = "range"
        elif {"q1", "q3"} < stats:
            name = "IQR"
        elif {"ci_low", "ci_high"} < stats and re.search(r"\b95% ci\b", f"{row} {col} {label(tuple(runs))}", re.I):
            name = "95% CI"
        else:
            continue
        cell.content = (Run(f"{m['a']} ({name} {m['b']}–{m['c']})"), *marks)
        done += 1
    # a row label whose every bracketed cell now names its interval loses the statement
    for r in table.body:
        bracketed = [c for c in r.cells[table.stub_cols :] if "(" in label(c.content)]
        if bracketed and all(re.search(r"\((?:range|95% CI) ", label(c.content)) for c in bracketed):
            stub = r.cells[0]
            text = label(stub.content)
            if _LABEL_STATEMENT.search(text):
                lead = " " * (len(text) - len(text.lstrip()))
                stub.content = (Run(lead + _LABEL_STATEMENT.sub("", text)),)
    return done


_RANGE_ROW = re.compile(r"^\s*range\s*$", re.I)
_CENTRE_ROW = re.compile(r"^\s*(?:median|mean)\s*$", re.I)


def range_rows(table: Table) -> int:
    """A "Median" (or "Mean") row and the "Range" row under it ("64" over "40–82") set as one cell, "64 (range
    40–82)", in the estimate's row; returns the rows folded."""
    gold = {id(cell): values for cell, _, _, values, _ in _gold(table)}
    body: list[Row] = []
    done = 0
    for row in table.body:
        prev = body[-1] if body else None
        if (
            prev is None
            or not row.cells
            or not _RANGE_ROW.match(label(row.cells[0].content))
            or not _CENTRE_ROW.match(label(prev.cells[0].content))
            or len(prev.cells) != len(row.cells)
        ):
            body.append(row)
            continue
        pairs = list(zip(prev.cells[table.stub_cols :], row.cells[table.stub_cols :], strict=True))
        bounded = [(gold.get(id(e), {}), gold.get(id(r), {})) for e, r in pairs if label(r.content)]
        if not all(set(r) == {"min", "max"} and len(e) == 1 for e, r in bounded):
            body.append(row)
            continue
        for est, rng in pairs:
            e_runs, marks = _runs(est)
            bounds = re.match(rf"^(?P<b>{_NUM})\s*[–-]\s*(?P<c>{_NUM})$", label(rng.content))
            if bounds and label(tuple(e_runs)):
                est.content = (Run(f"{label(tuple(e_runs))} (range {bounds['b']}–{bounds['c']})"), *marks)
        done += 1
    table.body = body
    return done


def percent_signs(table: Table, first: bool = False) -> int:
    """Each count with its share: "18 (62.1)" -> "18 (62.1%)", or with `first` "62.1% (18)" under a header
    reading "% (n)" for "n (%)"; returns the cells rewritten."""
    done = 0
    for cell, _, _, values, _quals in _gold(table):
        runs, marks = _runs(cell)
        if set(values) == {"count", "denominator", "percent"}:
            f = _FRACTION.match(label(tuple(runs)))
            if f:  # "15/53 (28)" under "No./total (%)" -> "15/53 (28%)"
                cell.content = (Run(f"{f['a']}/{f['d']} ({'<' if f['q'] else ''}{f['b']}%)"), *marks)
                done += 1
            continue
        if set(values) != {"count", "percent"}:
            continue
        m = _PAIR.match(label(tuple(runs)))
        if not m:
            continue
        if first:
            if m["q"]:
                continue
            # every other share keeps its "%"; the header says the order either way
            text = f"{m['b']}{'%' if done % 2 == 0 else ''} ({m['a']})"
        else:
            text = f"{m['a']} ({'<' if m['q'] else ''}{m['b']}%)"
        cell.content = (Run(text), *marks)
        done += 1
    if first:
        rule = StatRule(("percent", "count"), column=r"% \(n\)$", grammar="pair")
        table.spec = replace(table.spec, rules=(rule, *table.spec.rules))
        for hrow in table.header:
            for cell in hrow.cells:
                text = label(cell.content)
                if _N_PCT.search(text):
                    cell.content = (Run(_N_PCT.sub("% (n)", text)),)
    return done


def no_value_dashes(table: Table) -> int:
    """An empty value cell in a row that holds values prints "—" (no value), as many journals set it."""
    done = 0
    for row in table.body:
        values = row.cells[table.stub_cols :]
        if not any(label(c.content) for c in values):
            continue
        for cell in values:
            if not label(cell.content):
                cell.content = (Run("—"),)
                done += 1
    return done


def _column(table: Table, name: str) -> int:
    heads = [label(c.content).lower() for c in table.header[0].cells]
    return heads.index(name)


def merged_p(table: Table) -> int:
    """The ratio with its CI ("HR (95% CI)") and the P value of the next column in one cell, each ratio cell in
    turn with "; P=" or ", p = "; the P column keeps only the P values no ratio takes (returns the merged)."""
    ratio, p = _column(table, "hr (95% ci)"), _column(table, "p")
    gold = {id(cell): values for cell, _, _, values, _ in _gold(table)}
    done = 0
    for row in table.body:
        if len(row.cells) <= p:
            continue
        est, p_cell = row.cells[ratio], row.cells[p]
        values = gold.get(id(p_cell), {})
        e_runs, e_marks = _runs(est)
        p_runs, p_marks = _runs(p_cell)
        if set(values) != {"p"} or not _TRIPLE.match(label(tuple(e_runs))):
            continue
        p_text = label(tuple(p_runs))
        tail = f"; P={p_text}" if done % 2 == 0 else f", p = {p_text}"
        head = label(tuple(e_runs))
        if done % 2 == 1:
            head = re.sub(r"\s*[–-]\s*(?=[\d−])", " to ", head)
        # the ratio's marks stay on the ratio ("0.65c (0.4–1.1)"), the P's on the P
        m = re.match(r"^(\S+)(\s.*)$", head)
        assert m is not None
        est.content = (Run(m[1]), *e_marks, Run(m[2] + tail), *p_marks)
        p_cell.content = ()
        done += 1
    if not done:
        raise ValueError(f"{table.label}: no P value to merge into a ratio cell")
    return done


def inline_forms(table: Table, share_first: bool = False) -> None:
    """The style's treatment, by what the table holds (see the module docstring); `share_first`: the counts'
    shares lead ("20.7% (6)" under "% (n)")."""
    cols = [label(c.content).lower() for c in table.header[0].cells] if table.header else []
    changed = 0
    if "hazard ratio" in cols and "95% ci" in cols:
        merge_ratio_ci(table)
        merge_estimate_ci(table)
        changed += merged_p(table)
    changed += range_rows(table)
    changed += named_intervals(table)
    changed += percent_signs(table, first=share_first)
    no_value_dashes(table)
    if not changed:
        raise ValueError(f"{table.label}: no cell to print in an inline form")


_FORMS = (
    ("a bracket naming its interval", re.compile(r"\d \((?:range|IQR|95% CI) \d")),
    ("a count with its percent sign", re.compile(r"\d \(<?\d+(?:\.\d+)?%\)")),
    ("a share before its count", re.compile(r"\d%\s\(\d+\)")),
    ("a ratio, its CI and P in one cell", re.compile(r"\d\)[;,] [pP] ?= ?0?\.\d")),
)


def inline_problems(pdf: Path) -> list[str]:
    """(B) on the rendered PDF: the fixture prints at least one of the inline forms (the fixtures between them all)."""
    with pdfplumber.open(pdf) as d:
        text = " ".join(p.extract_text() or "" for p in d.pages)
    if not any(pattern.search(text) for _, pattern in _FORMS):
        return ["(B) no cell prints its statistic inline"]
    return []


INLINE = Style(
    name="inline",
    kind="Research",
    caption_below=False,
    label_sep=" ",
    fig_sep=" ",
    middle_dot=False,
    css=_COMMON
    + _page("A4", "18mm 16mm 18mm 16mm", SERIF)
    + f"""
.masthead {{ font-family: {SANS}; font-size: 12pt; font-weight: bold; color: #2a6e3f;
      border-bottom: 0.8pt solid #2a6e3f; padding-bottom: 1mm; margin-bottom: 1mm; }}
.masthead .kind {{ float: right; font-weight: normal; font-size: 8pt; color: #333; }}
.cite {{ font-family: {SANS}; font-size: 7pt; margin-bottom: 4mm; color: #333; }}
h1.title {{ font-size: 15pt; }}
.abstract {{ margin: 0 0 4mm 0; font-size: 8pt; }}
.cols {{ column-count: 2; column-gap: 5mm; }}
.table-wrap {{ break-inside: avoid; margin: 2mm 0; }}
.table-wrap table {{ font-family: {SANS}; border-top: 0.7pt solid #000; border-bottom: 0.7pt solid #000;
      font-size: 7pt; }}
.table-wrap thead tr:last-child th {{ border-bottom: 0.4pt solid #000; }}
.table-wrap th {{ text-align: left; font-weight: bold; vertical-align: bottom; }}
.table-wrap td.v {{ text-align: left; }}
.table-wrap td, .table-wrap th {{ padding: 0.5mm 1.5mm; }}
.table-wrap td.l1 {{ padding-left: 3.5mm; }}
.table-wrap .caption {{ font-family: {SANS}; font-size: 7.8pt; }}
.table-wrap .caption .lbl {{ font-weight: bold; }}
.table-wrap .notes p {{ font-size: 6.4pt; }}
""",
)
