"""Table treatment of the `subrows` zoo style (pattern D): generic sub-rows, as NEJM / JAMA / Lancet outcome
and safety tables print them. The outcome's (or the adverse event's) name sits alone on a label row and its
values sit in the indented sub-rows under it, each named by its statistic:

    Progression-free survival
       No. of events (%)          151 (63)          147 (60)
       Median (95% CI), months    2.8 (2.4–4.0)     4.2 (3.8–5.5)
       Hazard ratio (95% CI)          1.47 (1.16–1.87)
       P value                        0.999ᵃ 0.002ᵇ

The table keeps only its arm columns. A ratio and its P value, printed once for the two arms, sit in a cell
spanning the arm columns (`contrast="span"`) or in the first arm's column (`contrast="first"`); their gold has
no column (`Cell.shared`): they are no arm's value. Adverse-event tables whose grade columns sit under each arm
print each grade as a sub-row under the event ("Any grade", "Grade 3", ...) and a P column as a "P value"
sub-row.

Only what the source table gives is restated (its n (%), medians with their CI, ratios with their CI, P
values); `zoo_treatments.same_values` checks the treated gold against the published table.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import replace
from pathlib import Path

import pdfplumber

from .inline import label
from .model import Cell, Row, Run, StatRule, Table
from .structure import expand
from .styles import _COMMON, SANS, SERIF, Style, _page

_CI_ROW = re.compile(r"^(?P<ci>95% (?:exact )?CI)$", re.I)
_SHARE = re.compile(r"^(?P<name>.+?), %$")


def _text_runs(cell: Cell) -> tuple[Run, ...]:
    return tuple(r for r in cell.content if r.kind != "mark")


def _marks(cell: Cell) -> tuple[Run, ...]:
    return tuple(r for r in cell.content if r.kind == "mark")


def _with_ci(est: Cell, ci: Cell) -> Cell:
    """ "2.8" and "2.4–4.0" -> "2.8 (2.4–4.0)" (the estimate's marks stay after it)."""
    e, c = label(_text_runs(est)), label(ci.content)
    if not e:
        if c:
            raise ValueError("a CI without its estimate")
        return Cell(())
    return Cell((Run(e), *_marks(est), Run(f" ({c})")) if c else est.content)


def _contrast(cell: Cell, arms: int, contrast: str) -> list[Cell]:
    shared = replace(cell, colspan=arms if contrast == "span" else 1, indent=0, shared=True)
    return [shared] if contrast == "span" else [shared, *[Cell(()) for _ in range(arms - 1)]]


def _sub(text: str) -> Cell:
    return Cell((Run(text),), indent=1)


def efficacy_subrows(table: Table, contrast: str = "span") -> None:
    """An efficacy table with "Variable | arm | arm | Hazard ratio | 95% CI | P" columns and "Events, n (%)",
    "Median, months" + "95% CI" sub-rows (or a "Rate, %" row + its "95% exact CI" row) set with generic
    sub-rows: "No. of events (%)", "Median (95% CI), months", "Rate (95% exact CI), %", "Hazard ratio (95% CI)"
    (or "Odds ratio (95% CI)" where the source marks the ratio an odds ratio), "P value"."""
    head = [label(c.content).lower() for c in table.header[-1].cells]
    if len(table.header) != 1 or head[3:] != ["hazard ratio", "95% ci", "p"]:
        raise ValueError(f"{table.label}: expected Variable | arm | arm | Hazard ratio | 95% CI | P")
    arms = 2
    odds = [r.row for r in table.spec.rules if r.stats[:1] == ("or",)]
    odds_row = re.compile(odds[0], re.I) if odds else None
    body: list[Row] = []
    rules: list[StatRule] = []
    rows = table.body
    i = 0

    def contrast_rows(endpoint: str, src: Row) -> None:
        ratio, ci, p = src.cells[1 + arms : 4 + arms]
        if label(_text_runs(ratio)):
            odds_ratio = odds_row is not None and odds_row.search(endpoint.lower())
            name = "Odds ratio (95% CI)" if odds_ratio else "Hazard ratio (95% CI)"
            merged = Cell((Run(label(_text_runs(ratio))), Run(f" ({label(ci.content)})")))
            body.append(Row([_sub(name), *_contrast(merged, arms, contrast)]))
        if label(_text_runs(p)):
            body.append(Row([_sub("P value"), *_contrast(p, arms, contrast)]))

    while i < len(rows):
        row = rows[i]
        text = label(row.cells[0].content)
        nxt = rows[i + 1] if i + 1 < len(rows) else None
        ci_next = nxt is not None and _CI_ROW.match(label(nxt.cells[0].content))
        if len(row.cells) == 1:  # the outcome's label row
            body.append(Row([replace(row.cells[0], colspan=1 + arms, indent=0)]))
            i += 1
            continue
        share = _SHARE.match(text)
        if share and ci_next and nxt is not None:  # "Objective response rate, %" over its "95% exact CI" row
            ci_name = _CI_ROW.match(label(nxt.cells[0].content))["ci"]  # type: ignore[index]
            body.append(Row([Cell((Run(share["name"]),), colspan=1 + arms)]))
            sub = f"Rate ({ci_name}), %"
            rates = [_with_ci(e, c) for e, c in zip(row.cells[1:3], nxt.cells[1:3], strict=True)]
            body.append(Row([_sub(sub), *rates]))
            rules.append(StatRule(("percent", "ci_low", "ci_high"), row=re.escape(sub.lower()) + "$", grammar="triple"))
            contrast_rows(share["name"], row)
            i += 2
            continue
        if re.match(r"^events, n \(%\)$", text, re.I):
            body.append(Row([_sub("No. of events (%)"), *row.cells[1 : 1 + arms]]))
            i += 1
            continue
        if re.match(r"^median, months$", text, re.I) and ci_next and nxt is not None:
            cells = [_with_ci(e, c) for e, c in zip(row.cells[1:3], nxt.cells[1:3], strict=True)]
            body.append(Row([_sub("Median (95% CI), months"), *cells]))
            endpoint = next(label(r.cells[0].content) for r in reversed(body) if len(r.cells) == 1)
            contrast_rows(endpoint, row)
            i += 2
            continue
        raise ValueError(f"{table.label}: {text!r} is no row of the generic sub-row layout")
    table.header = [Row([Cell((Run("Outcome"),), header=True), *table.header[0].cells[1 : 1 + arms]])]
    table.body = body
    rules += [
        StatRule(skip=True, row=r"^(progression-free|overall) survival \| p value$"),
        StatRule(("median", "ci_low", "ci_high"), row=r"\| median \(95% ci\), months$", grammar="triple"),
        StatRule(("hr", "ci_low", "ci_high"), row=r"\| hazard ratio \(95% ci\)$", grammar="triple"),
        StatRule(("or", "ci_low", "ci_high"), row=r"\| odds ratio \(95% ci\)$", grammar="triple"),
        StatRule(("p",), row=r"\| p value$"),
    ]
    table.spec = replace(table.spec, rules=tuple(rules))


def _value_columns(table: Table) -> dict[int, list[str]]:
    grid = expand(table.header)
    out: dict[int, list[str]] = {}
    for c in range(table.stub_cols, max(grid[-1]) + 1):
        path: list[str] = []
        for hrow in grid:
            if c in hrow and label(hrow[c][0].content) and (not path or path[-1] != label(hrow[c][0].content)):
                path.append(label(hrow[c][0].content))
        out[c] = path
    return out


def safety_subrows(table: Table, contrast: str = "span") -> None:
    """An adverse-event table set with generic sub-rows: the event's name alone on its row; under it its grade
    columns as sub-rows ("Any grade", "Grade 3", ...; header "n (%)" span kept over the arms as "No. of
    patients (%)") or, with no grade columns, one "No. of patients (%)" sub-row, and the P column as a "P value"
    sub-row (spanning the arms or in the first arm's column)."""
    columns = _value_columns(table)
    p_cols = [c for c, path in columns.items() if path and path[-1].strip().lower() in ("p", "p value")]
    arm_cols = [c for c in columns if c not in p_cols]
    # arm = the header level naming the group ("Sunitinib (N = 238)" / "GV (n = 53)"), grade = a level under it
    stat_head = ""
    arms: dict[str, list[int]] = {}
    grades: dict[int, str] = {}
    for c in arm_cols:
        path = list(columns[c])
        if path and re.fullmatch(r"(?:n|no\.) \(%\)", path[0], re.I):
            stat_head = path.pop(0)
        if len(path) == 2:
            arms.setdefault(path[0], []).append(c)
            grades[c] = path[1]
        elif len(path) == 1:
            arms.setdefault(path[0], []).append(c)
        else:
            raise ValueError(f"{table.label}: column {path} is neither an arm nor an arm's grade")
    if not stat_head:
        raise ValueError(f"{table.label}: no 'n (%)' statement over the arms")
    names = list(arms)
    n_arms = len(names)
    grid = expand(table.body)
    body: list[Row] = []
    for cells in grid:
        stub = cells[0][0]
        body.append(Row([replace(stub, colspan=1 + n_arms, indent=0)]))
        per_arm = [arms[a] for a in names]
        for k in range(len(per_arm[0])):
            sub = grades.get(per_arm[0][k], "No. of patients (%)")
            body.append(Row([_sub(sub), *[replace(cells[cols[k]][0]) for cols in per_arm]]))
        for c in p_cols:
            if label(_text_runs(cells[c][0])):
                body.append(Row([_sub("P value"), *_contrast(cells[c][0], n_arms, contrast)]))
    header = [Cell((Run(label(table.header[0].cells[0].content)),), header=True)]
    table.header = (
        [Row([replace(header[0], rowspan=2), Cell((Run("No. of patients (%)"),), colspan=n_arms, header=True)])]
        if grades
        else []
    )
    arm_cells = [Cell((Run(a),), header=True) for a in names]
    table.header.append(Row(arm_cells if grades else [*header, *arm_cells]))
    table.body = body
    rule = StatRule(("p",), row=r"\| p value$")
    table.spec = replace(table.spec, rules=(rule, *table.spec.rules))


_SUBROW = re.compile(
    r"^\s*(?:No\. of (?:events|patients) \(%\)|Median \(95% CI\), months|Hazard ratio \(95% CI\)|P value)(?=\s)"
)


def subrows_problems(pdf: Path) -> list[str]:
    """(D) on the rendered PDF: a text line opens with a generic sub-row label and the line above it holds
    letters only (the outcome's name alone on its row)."""
    with pdfplumber.open(pdf) as d:
        lines = [ln.strip() for p in d.pages for ln in (p.extract_text() or "").splitlines()]
    for above, line in itertools.pairwise(lines):
        if _SUBROW.match(line) and re.search(r"\d", line) and not re.search(r"\d", above) and above:
            return []
    return ["(D) no outcome label row over a generic sub-row"]


SUBROWS = Style(
    name="subrows",
    kind="Original Article",
    caption_below=False,
    label_sep=". ",
    fig_sep=". ",
    middle_dot=False,
    css=_COMMON
    + _page("letter", "15mm 14mm 16mm 14mm", SERIF)
    + f"""
.masthead {{ font-family: {SERIF}; font-size: 13pt; font-weight: bold; color: #7a1010;
      border-bottom: 0.6pt solid #7a1010; padding-bottom: 1mm; margin-bottom: 1mm; }}
.masthead .kind {{ float: right; font-family: {SANS}; font-weight: normal; font-size: 8pt; color: #333; }}
.cite {{ font-family: {SANS}; font-size: 7pt; margin-bottom: 4mm; color: #333; }}
h1.title {{ font-size: 15pt; }}
.abstract {{ margin: 0 0 4mm 0; font-size: 8pt; }}
.cols {{ column-count: 2; column-gap: 5mm; }}
.table-wrap {{ margin: 2mm 0; }}
.table-wrap table {{ font-family: {SANS}; border-top: 0.6pt solid #000; border-bottom: 0.6pt solid #000;
      font-size: 7pt; }}
.table-wrap thead tr:last-child th {{ border-bottom: 0.4pt solid #000; }}
.table-wrap th {{ text-align: center; font-weight: bold; vertical-align: bottom; }}
.table-wrap th.stubh {{ text-align: left; }}
.table-wrap td.stub {{ width: 40%; }}
.table-wrap td.v {{ text-align: center; }}
.table-wrap td, .table-wrap th {{ padding: 0.45mm 1.6mm; }}
.table-wrap td.l1 {{ padding-left: 5mm; }}
.table-wrap .caption {{ font-family: {SANS}; font-size: 7.8pt; }}
.table-wrap .caption .lbl {{ font-weight: bold; }}
.table-wrap .notes p {{ font-size: 6.4pt; }}
""",
)
