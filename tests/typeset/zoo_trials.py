"""Table treatments of the general-medicine trial styles of the layout zoo (tests/typeset/zoo.py).

jama  JAMA / BMJ-like: each count with its share is printed with its denominator, "40/41 (98)", under a
      "No./total (%)" header; the denominator is the N the table itself prints for that cell (the arm's
      "(n = 41)" or an "n = 40" / "n" row above it), and a cell is rewritten only when count / N gives back
      the printed percentage at its printed precision, so no number is made up.
grid  PLOS / MDPI-like: each arm's "n (%)" column is split into an "n" and a "%" column under the arm's
      span ("14 | 93.3"); a cell of another form (a median with its range, a bare count of patients) spans
      the arm's two columns; a zero count prints "0" with its "%" cell left empty.

`zoo_treatments.same_values` checks each treated table against the published one (the denominators a jama
cell adds are the table's own Ns and are left out of that comparison).
"""

from __future__ import annotations

import itertools
import re
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pdfplumber

from .inline import label
from .model import Cell, Row, Run, StatRule, Table
from .structure import expand, walk

_COUNT_PCT = re.compile(r"^(?P<n>\d+)\s*\(\s*(?P<q><\s*)?(?P<p>\d+(?:\.\d+)?)\s*(?P<sign>%?)\s*\)$")
_NO_PCT_SPAN = re.compile(r"^(?:n|no\.|number of patients) \(%\)$", re.I)
_NO_PCT_TAIL = re.compile(r",\s*(?:n|no\.) \(%\)$", re.I)


def _agrees(count: int, total: int, printed: str) -> bool:
    """count / total as a percentage, rounded half up to the printed decimals, is the printed value."""
    if total <= 0 or count > total:
        return False
    places = len(printed.partition(".")[2])
    exact = Decimal(count) * 100 / Decimal(total)
    step = Decimal(1).scaleb(-places)
    return exact.quantize(step, rounding="ROUND_HALF_UP") == Decimal(printed)


def _text_runs(cell: Cell) -> tuple[list[Run], list[Run]]:
    return [r for r in cell.content if r.kind != "mark"], [r for r in cell.content if r.kind == "mark"]


def denominators(table: Table) -> int:
    """JAMA's "No./total (%)": "40 (98%)" -> "40/41 (98)" where the table's N for that cell gives the share
    back; returns how many cells were rewritten."""
    done = 0
    for body in walk(table):
        runs, marks = _text_runs(body.cell)
        m = _COUNT_PCT.match(label(tuple(runs)))
        if not m or body.arm_n is None or m["q"]:
            continue
        if not _agrees(int(m["n"]), body.arm_n, m["p"]):
            continue
        body.cell.content = (Run(f"{m['n']}/{body.arm_n} ({m['p']})"), *marks)
        done += 1
    if not done:
        raise ValueError(f"{table.label}: no count agrees with the table's N; not a jama table")
    for row in table.header:
        for cell in row.cells:
            text = label(cell.content)
            if _NO_PCT_SPAN.match(text):
                cell.content = (Run("No./total (%)"),)
            elif _NO_PCT_TAIL.search(text):
                cell.content = (Run(_NO_PCT_TAIL.sub(", No./total (%)", text)),)
    return done


# --- grid (PLOS / MDPI-like) ---------------------------------------------------------------------------


def split_count_percent(table: Table) -> None:
    """Every value column becomes an "n | %" pair under its own header (the arm), which spans both."""
    if table.stub_cols != 1:
        raise ValueError(f"{table.label}: only one stub column is split")
    grid = expand(table.header)
    ncols = max(max(row) for row in grid) + 1
    header: list[Row] = []
    for r, row in enumerate(table.header):
        origins = [c for c, (_, origin) in sorted(grid[r].items()) if origin]
        heads: list[Cell] = []
        for cell, col in zip(row.cells, origins, strict=False):
            if col < table.stub_cols:
                heads.append(replace(cell, rowspan=cell.rowspan + (1 if r + cell.rowspan == len(table.header) else 0)))
            else:
                heads.append(replace(cell, colspan=cell.colspan * 2))
        header.append(Row(heads))
    sub = [Cell((Run(t),), header=True) for _ in range(table.stub_cols, ncols) for t in ("n", "%")]
    if 0 not in grid[-1]:
        raise ValueError(f"{table.label}: no stub head cell reaches the last header row")
    header.append(Row(sub))
    body: list[Row] = []
    for row in table.body:
        cells: list[Cell] = []
        for k, cell in enumerate(row.cells):
            if k < table.stub_cols:
                cells.append(cell)
                continue
            runs, marks = _text_runs(cell)
            text = label(tuple(runs))
            m = _COUNT_PCT.match(text)
            if m:
                pct = f"{'<' if m['q'] else ''}{m['p']}"
                cells += [Cell((Run(m["n"]),)), Cell((Run(pct), *marks))]
            elif text == "0":
                cells += [Cell((Run("0"), *marks)), Cell(())]
            else:
                cells.append(replace(cell, colspan=cell.colspan * 2))
        body.append(Row(cells, row.inner_header, row.band))
    table.header, table.body = header, body
    # the "%" columns hold percentages, the "n" columns counts, whatever the row says
    rules = (
        StatRule(("percent",), column=r"\| %$", grammar="bare"),
        StatRule(("count",), column=r"\| n$", grammar="bare"),
    )
    table.spec = replace(table.spec, rules=(*rules, *table.spec.rules))


# --- align (Elsevier-like) -----------------------------------------------------------------------------

_MEAN_SD_ROW = re.compile(r"^mean \(sd\)$", re.I)
_MEAN_SD_CELL = re.compile(r"^(?P<a>−?\d+(?:\.\d+)?)\s*\((?P<b>\d+(?:\.\d+)?)\)$")


def plus_minus_rows(table: Table) -> int:
    """A "Mean (SD)" row printed the Elsevier way: "Mean ± SD" over "71.4 ± 8.5"; returns the rows changed."""
    done = 0
    for row in table.body:
        if not row.cells or not _MEAN_SD_ROW.match(label(row.cells[0].content)):
            continue
        matches = [_MEAN_SD_CELL.match(label(c.content)) for c in row.cells[1:]]
        if not all(matches):
            continue
        row.cells[0].content = (Run("Mean ± SD"),)
        for cell, m in zip(row.cells[1:], matches, strict=True):
            assert m is not None
            cell.content = (Run(f"{m['a']} ± {m['b']}"),)
        done += 1
    return done


# --- checks on the rendered PDF (zoo._pattern_problems) ------------------------------------------------


def trial_problems(patterns: str, pdf: Path, want_plus_minus: bool) -> list[str]:
    """Why a fixture of the jama (w), grid (x), align (y) or dose (z) style does not show its pattern ([] when it
    does)."""
    out = _frame_problems(patterns, pdf) if {"w", "x"} & set(patterns) else []
    if "y" in patterns:
        out += _aligned_problems(pdf, want_plus_minus)
    if "z" in patterns:
        with pdfplumber.open(pdf) as d:
            lines = [ln.strip() for p in d.pages for ln in (p.extract_text() or "").splitlines()]
        doses = r"\d+(?:\.\d+)?(?: (?:\d+(?:\.\d+)?|Total)){1,5}(?: [A-Z].*)?"  # a comparator's name may follow
        if not any(re.fullmatch(doses, ln) for ln in lines):
            out.append("(z) no header line of bare dose numbers")
        if not any(re.search(r"\w, (?:µM|mg kg⁻¹|mg/kg|mg)\b", ln) for ln in lines):
            out.append("(z) no 'Drug, unit' span")
    return out


def _frame_problems(patterns: str, pdf: Path) -> list[str]:
    """(w): "a/b (c)" values two or more to a line under a "No./total (%)" header, shaded rows and no inner
    rules; (x): an "n % n %" header line and a cell grid (vertical rules on the table's page)."""
    out = []
    with pdfplumber.open(pdf) as d:
        lines = [ln.strip() for p in d.pages for ln in (p.extract_text() or "").splitlines()]
        rects = [r for p in d.pages for r in p.rects]
        fills = sum(1 for r in rects if r["width"] > 20 and r["height"] > 4)  # bands wider than a rule
        uprights = sum(1 for r in rects if r["width"] < 1.5 and r["height"] > 4)
        uprights += sum(1 for p in d.pages for ln in p.lines if abs(ln["x0"] - ln["x1"]) < 0.5 and ln["height"] > 4)
    if "w" in patterns:
        if not any(len(re.findall(r"\b\d+/\d+ \(\d", ln)) >= 2 for ln in lines) or not any(
            "No./total (%)" in ln for ln in lines
        ):
            out.append("(w) no line of 'a/b (c)' values or no 'No./total (%)' header")
        if fills < 4 or uprights:
            out.append(f"(w) {fills} shaded rows, {uprights} vertical rules")
    if "x" in patterns:
        if not any(re.search(r"\bn % n %", ln) for ln in lines):
            out.append("(x) no 'n % n %' header line")
        if uprights < 6:
            out.append(f"(x) only {uprights} vertical rules: no cell grid")
    return out


def _aligned_problems(pdf: Path, want_plus_minus: bool) -> list[str]:
    """(y): on some page, five or more brackets end at one x (decimal-aligned) after counts that also end at one x,
    with gaps of different widths between them; an "a ± b" value is printed when a table has a "Mean ± SD" row."""
    out = []
    best = 0
    plus_minus = False
    with pdfplumber.open(pdf) as d:
        for page in d.pages:
            words = page.extract_words(keep_blank_chars=False)
            plus_minus = plus_minus or any("±" in w["text"] for w in words)
            starts: dict[int, list[float]] = {}
            for prev, w in itertools.pairwise(words):
                if w["text"].startswith("(") and abs(prev["top"] - w["top"]) < 1 and re.fullmatch(r"\d+", prev["text"]):
                    starts.setdefault(round(w["x1"] * 2), []).append(w["x0"] - prev["x1"])
            for gaps in starts.values():
                if len(gaps) >= 5 and max(gaps) - min(gaps) > 2:
                    best = max(best, len(gaps))
    if not best:
        out.append("(y) no column of decimal-aligned brackets with gaps of different widths before them")
    if want_plus_minus and not plus_minus:
        out.append("(y) no 'a ± b' value")
    return out


# --- dose (dose-ranging trials) ------------------------------------------------------------------------

_DOSE_HEAD = re.compile(r"^(?P<dose>\d+(?:\.\d+)?)\s*(?P<unit>µM|mg kg⁻¹|mg/kg|mg)\s*(?P<rest>.*?)\s*$")
_N_TAIL_HEAD = re.compile(r"^(?P<head>.*?)\s*\(\s*n\s*=\s*(?P<n>\d+)\s*\)$")


def _after_dose(rest: str, drug: str) -> str:
    """What follows a dose in its header cell, less the drug's name: a schedule ("q3w") or the arm's N."""
    rest = re.sub(rf"^{re.escape(drug)}\s*", "", rest, flags=re.IGNORECASE).strip()
    m = re.fullmatch(r"\(\s*(n\s*=\s*\d+)\s*\)", rest)
    return m.group(1) if m else rest


def dose_header(table: Table, drug: str) -> None:
    """A dose-ranging header: the drug and its unit in one span ("Trabedersen, µM", "Siltuximab, mg kg⁻¹"), the
    doses under it as bare numbers ("10 | 80"), what followed each dose (its schedule "q3w", or the arm's
    "n = 41") on the line below; a pooled column ("Total") among the doses and a comparator arm beside them. The
    header's other spans ("Number of patients (%)", "Part 2 Dose finding") go; a statement of the cells' form
    moves into the stub head ("AEs, no. (%)")."""
    last = table.header[-1]
    cells = last.cells[table.stub_cols :]
    doses = [_DOSE_HEAD.match(label(c.content)) for c in cells]
    found = [i for i, m in enumerate(doses) if m]
    units = {m["unit"] for m in doses if m}
    if len(found) < 2 or len(units) != 1 or any(r.kind == "mark" for c in cells for r in c.content):
        raise ValueError(f"{table.label}: no run of dose headers in one unit")
    first, end = found[0], found[-1]
    stub = " ".join(label(r.cells[0].content) for r in table.header if r.cells and label(r.cells[0].content))
    if any("(%)" in label(c.content) for r in table.header for c in r.cells) and "(%)" not in stub:
        stub = f"{stub}, no. (%)"
    top: list[Cell] = [Cell((Run(stub),), rowspan=3, header=True)]
    mid: list[Cell] = []
    low: list[Cell] = []
    for i, cell in enumerate(cells):
        m = doses[i]
        if first <= i <= end:
            if i == first:
                top.append(Cell((Run(f"{drug}, {units.pop()}"),), colspan=end - first + 1, header=True))
            if m:
                mid.append(Cell((Run(m["dose"]),), header=True))
                low.append(Cell((Run(_after_dose(m["rest"], drug)),), header=True))
            else:  # a pooled column among the doses: the schedule its doses share
                shared = {_after_dose(d["rest"], drug) for d in doses[first:i] if d}
                if len(shared) != 1:
                    raise ValueError(f"{table.label}: a pooled column whose doses differ")
                mid.append(Cell(cell.content, header=True))
                low.append(Cell((Run(shared.pop()),), header=True))
            continue
        arm = _N_TAIL_HEAD.match(label(cell.content))
        if arm:  # a comparator arm: its name over its N
            top.append(Cell((Run(arm["head"]),), rowspan=2, header=True))
            low.append(Cell((Run(f"n = {arm['n']}"),), header=True))
        else:
            top.append(Cell(cell.content, rowspan=3, header=True))
    table.header = [Row(top), Row(mid), Row(low)]
