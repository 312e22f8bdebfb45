"""Table treatments of the NEJM-like (`dash`) and JCO-like (`jco`) zoo styles (tests/typeset/zoo.py).

dash  the descriptor lives in the row label, NEJM's way: "Age, years" -> "Age — yr", "Race, n (%)" ->
      "Race — no. (%)", a long label wrapped so "— no. (%)" falls on its own line; "Mean (SD)" rows
      print "71.4±8.5" under "Mean"; the stub header says "Characteristic"; the arm N goes on a second
      header line ("(N=27)"); negative numbers take a U+2212 minus.
jco   percentages only: the "n (%)" span over the arms becomes "Percentage of patients" and each
      "218 (92)" cell prints "92"; a hazard ratio and its CI are set in one "HR (95% CI)" column
      ("1.47 (1.16–1.87)"), the P value in a column of its own.

Every treatment keeps the values a reader must find: `same_values` checks that the treated table's gold
holds the same numbers under the same statistics, cell for cell, as the published table (less the counts
a percentages-only table no longer prints).
"""

from __future__ import annotations

import json
import re
from dataclasses import replace

from .inline import label
from .model import Cell, Row, Run, StatRule, Table
from .structure import expand

# --- dash (NEJM-like) ---------------------------------------------------------------------------------

_DESCRIPTORS = (
    (re.compile(r",\s*n \(%\)$"), "— no. (%)"),
    (re.compile(r",\s*years$"), "— yr"),
    (re.compile(r",\s*kg$"), "— kg"),
    (re.compile(r",\s*median \(range\)$"), "— median (range)"),
    (re.compile(r",\s*months$"), "— mo"),
    (re.compile(r",\s*%$"), "— %"),
    (re.compile(r",\s*days$"), "— days"),
)
_WRAP_AT = 22  # labels longer than this (characters, descriptor excluded) set the descriptor on its own line


def _relabel(cell: Cell) -> None:
    """Move a trailing ", n (%)"-like descriptor into NEJM's "— no. (%)" form, on its own line when long."""
    runs = list(cell.content)
    texts = [i for i, r in enumerate(runs) if r.kind == "text" and r.text.strip()]
    if not texts:
        return
    i = texts[-1]
    for pattern, dash in _DESCRIPTORS:
        m = pattern.search(runs[i].text)
        if not m:
            continue
        head = runs[i].text[: m.start()].rstrip()
        tail = runs[i + 1 :]  # footnote marks after the descriptor stay after it
        before = label((*runs[:i], Run(head)))
        if len(before) > _WRAP_AT:
            cell.content = (*runs[:i], Run(head), Run("", "break"), Run(dash), *tail)
        else:
            cell.content = (*runs[:i], Run(f"{head} {dash}"), *tail)
        return


_MEAN_SD_ROW = re.compile(r"^mean \(sd\)$", re.I)
_PAIR = re.compile(r"^(?P<a>−?\d+(?:\.\d+)?)\s*\((?P<b>\d+(?:\.\d+)?)\)$")


def _plus_minus(row: Row) -> None:
    """A "Mean (SD)" row printed NEJM's way: "Mean" over "71.4±8.5"."""
    stub = row.cells[0]
    if not _MEAN_SD_ROW.match(label(stub.content)):
        return
    cells = []
    for cell in row.cells[1:]:
        m = _PAIR.match(label(cell.content))
        if not m:
            return
        cells.append((cell, m))
    stub.content = tuple(
        Run(re.sub(r"Mean \(SD\)", "Mean", r.text, flags=re.I), r.kind, r.anchor) for r in stub.content
    )
    for cell, m in cells:
        cell.content = (Run(f"{m['a']}±{m['b']}"),)


_STATISTIC = re.compile(r"\(%\)|%|\bmean\b|\bmedian\b|\bsd\b|\brange\b|\bno\.", re.I)
_N_TAIL = re.compile(r"^(?P<head>.*?)[\s,]*\(?\s*[nN]\s*=\s*(?P<n>\d+)\s*\)?$")


def _n_second_line(cell: Cell) -> None:
    runs = [r for r in cell.content if r.kind != "break"]
    if not runs or runs[-1].kind != "text":
        return
    m = _N_TAIL.match(runs[-1].text)
    if not m or not m["head"].strip():
        return
    cell.content = (*runs[:-1], Run(m["head"].rstrip(" ,")), Run("", "break"), Run(f"(N={m['n']})"))


def _minus(cell: Cell) -> None:
    cell.content = tuple(
        Run(re.sub(r"(?<![\w.])-(?=\d)", "−", r.text), r.kind, r.anchor) if r.kind == "text" else r
        for r in cell.content
    )


def nejm_descriptors(table: Table) -> None:
    """The dash style's treatment of one table (in place)."""
    grid = expand(table.header)
    for r, row in enumerate(table.header):
        origins = [c for c, (_, origin) in sorted(grid[r].items()) if origin]
        for cell, col in zip(row.cells, origins, strict=False):
            if col < table.stub_cols:
                if r == 0 and not _STATISTIC.search(label(cell.content)):
                    cell.content = (Run("Characteristic"),)  # a stub header that states a statistic stays
                continue
            _n_second_line(cell)
    for row in table.body:
        if not row.cells:
            continue
        _relabel(row.cells[0])
        _plus_minus(row)
        for cell in row.cells[1:]:
            _minus(cell)


# --- jco (JCO / Annals-like) --------------------------------------------------------------------------

_COUNT_PCT = re.compile(r"^(?P<n>\d+)\s*\(\s*(?P<q><)?\s*(?P<p>\d+(?:\.\d+)?)\s*%?\s*\)$")
_PCT_SPAN = "Percentage of patients"
_N_PCT_HEAD = re.compile(r"^(?:n|no\.|number of patients) \(%\)$", re.I)
_N_PCT_TAIL = re.compile(r",\s*(?:n|no\.) \(%\)$", re.I)


def percent_only(table: Table) -> None:
    """Counts dropped, JCO's way: a header cell "n (%)" over the arms reads "Percentage of patients" (a
    trailing ", n (%)" reads ", %"), and each "218 (92)" cell under it prints "92"."""
    grid = expand(table.header)
    ncols = max(max(row) for row in grid) + 1
    under: set[int] = set()
    for r, row in enumerate(table.header):
        origins = [c for c, (_, origin) in sorted(grid[r].items()) if origin]
        for cell, col in zip(row.cells, origins, strict=False):
            text = label(cell.content)
            if _N_PCT_HEAD.match(text):
                cell.content = (Run(_PCT_SPAN),)
            elif _N_PCT_TAIL.search(text) and col >= table.stub_cols:
                runs = [r for r in cell.content if r.kind != "mark"]
                cell.content = (Run(_N_PCT_TAIL.sub(", %", label(tuple(runs)))),)
            else:
                continue
            if col < table.stub_cols:
                under |= set(range(table.stub_cols, ncols))
            else:
                under |= set(range(col, col + cell.colspan))
    if not under:
        raise ValueError(f"{table.label}: no 'n (%)' header to turn into percentages")
    body = expand(table.body)
    for r, row in enumerate(table.body):
        origins = [c for c, (_, origin) in sorted(body[r].items()) if origin]
        for cell, col in zip(row.cells, origins, strict=False):
            if col not in under:
                continue
            text = label(cell.content)
            m = _COUNT_PCT.match(text)
            if m:
                cell.content = (Run(f"{m['q'] or ''}{m['p']}"),)
            elif text and text not in ("0", "–", "—", "-") and not re.fullmatch(r"[nN]\s*=\s*\d+", text):
                raise ValueError(f"{table.label}: {text!r} under an n (%) header is not an n (%) cell")
    rule = StatRule(("percent",), column=r"percentage of patients|, %( \||$)", grammar="bare")
    table.spec = replace(table.spec, rules=(rule, *table.spec.rules))


def _col_index(table: Table, name: str) -> int:
    last = table.header[-1].cells
    for i, cell in enumerate(last):
        if label(cell.content).lower() == name:
            return i
    raise ValueError(f"{table.label}: no {name!r} column")


def merge_ratio_ci(table: Table) -> None:
    """The "Hazard ratio" and "95% CI" columns set as one "HR (95% CI)" column: "1.47 (1.16–1.87)"."""
    if len(table.header) != 1 or table.stub_cols != 1:
        raise ValueError(f"{table.label}: only a single header row is merged")
    hr, ci = _col_index(table, "hazard ratio"), _col_index(table, "95% ci")
    if ci != hr + 1:
        raise ValueError(f"{table.label}: the CI column does not follow the ratio column")
    head = table.header[0].cells
    head[hr] = replace(head[hr], content=(Run("HR (95% CI)"),))
    del head[ci]
    for row in table.body:
        if len(row.cells) <= ci:
            continue
        est, low = row.cells[hr], row.cells[ci]
        e_runs = [r for r in est.content if r.kind == "text"]
        marks = tuple(r for r in est.content if r.kind == "mark")
        if label(low.content) and e_runs:
            est.content = (Run(label(tuple(e_runs))), *marks, Run(f" ({label(low.content)})"))
        del row.cells[ci]
    rules = []
    for rule in table.spec.rules:
        if rule.column == r"hazard ratio$":
            stats = (*rule.stats, "ci_low", "ci_high")
            rules.append(replace(rule, column=r"hr \(95% ci\)$", grammar="triple", stats=stats))
            rules.append(replace(rule, column=r"hr \(95% ci\)$"))
        else:
            rules.append(rule)
    table.spec = replace(table.spec, rules=tuple(rules))


_CI_ROW = re.compile(r"^(?P<ci>95% (?:exact )?CI)$", re.I)


def merge_estimate_ci(table: Table) -> None:
    """An estimate row and the "95% CI" row under it set as one row, JCO's way: "Median, months (95% CI)"
    with "2.8 (2.4–4.0)" in each arm's cell. A percentage row keeps its statistic ("Objective response
    rate, % (95% exact CI)": percent, ci_low, ci_high)."""
    rules = []
    merged = 0
    body: list[Row] = []
    for row in table.body:
        prev = body[-1] if body else None
        m = _CI_ROW.match(label(row.cells[0].content)) if row.cells else None
        if prev is None or m is None or len(prev.cells) != len(row.cells):
            body.append(row)
            continue
        for est, ci in zip(prev.cells[1:], row.cells[1:], strict=True):
            e_text, c_text = label(est.content), label(ci.content)
            if e_text and c_text:
                marks = tuple(r for r in est.content if r.kind == "mark")
                est.content = (Run(e_text), *marks, Run(f" ({c_text})"))
            elif c_text:
                raise ValueError(f"{table.label}: a CI without its estimate")
        stub = prev.cells[0]
        text = label(stub.content)
        runs = [r for r in stub.content if r.kind != "mark"]
        lead = runs[0].text[: len(runs[0].text) - len(runs[0].text.lstrip())] if runs else ""
        stub.content = (Run(f"{lead}{text} ({m['ci']})"),)
        if re.search(r",\s*%$", text):
            rules.append(
                StatRule(
                    ("percent", "ci_low", "ci_high"),
                    row=re.escape(f"{text} ({m['ci']})".lower()) + "$",
                    grammar="triple",
                )
            )
        merged += 1
    if not merged:
        raise ValueError(f"{table.label}: no '95% CI' row under an estimate")
    table.body = body
    table.spec = replace(table.spec, rules=(*table.spec.rules, *rules))  # the ratio column's rules first


# --- the gold is the published table's ---------------------------------------------------------------


def same_values(before: Table, after: Table, dropped: tuple[str, ...] = (), zero_percent: bool = False) -> None:
    """The treated table's gold holds the published table's values under the same statistics (as a
    multiset of statistic, value and qualifier), less the statistics in `dropped` (the counts a
    percentages-only table no longer prints); `zero_percent`: a bare "0" now reads 0%, so zero percentages
    are left out of both sides."""
    from collections import Counter

    from .golden import table_cells

    def items(table: Table) -> Counter[str]:
        out: Counter[str] = Counter()
        for cell in table_cells(table):
            quals = cell.get("qualifiers", {})
            for stat, value in cell["values"].items():
                if stat in dropped or (zero_percent and stat == "percent" and value == 0):
                    continue
                out[json.dumps([stat, value, quals.get(stat)])] += 1
        return out

    old, new = items(before), items(after)
    if old != new:
        diff = sorted((old - new) + (new - old))[:6]
        raise AssertionError(f"{before.label}: treated gold differs from the published table: {diff}")


# --- outcome (Circulation / NEJM-like cardiometabolic outcome tables) -----------------------------------

_SUB_STATS = (
    (re.compile(r"^Events, n \(%\)$"), "No. of patients (%)"),
    (re.compile(r"^Median, months \(95% CI\)$"), "Median (95% CI), mo"),
)
_SHARE_ROW = re.compile(r"^(?P<outcome>.+?), % \((?P<ci>95% (?:exact )?CI)\)$")


def outcome_columns(table: Table) -> None:
    """An efficacy table set as cardiology outcome tables are: one row per outcome, its generic statistics as
    sub-columns under each arm ("No. of patients (%)" | "Median (95% CI), mo"), the ratio and its CI in one
    "HR (95% CI)" column, a "P Value" column; then a second header row inside the table heads the response
    outcomes' columns ("Rate, % (95% exact CI)" across each arm's sub-columns, "OR (95% CI)": their ratios are
    odds ratios)."""
    merge_ratio_ci(table)
    merge_estimate_ci(table)
    head = table.header[0].cells
    if len(head) != 5:
        raise ValueError(f"{table.label}: expected Variable | arm | arm | ratio | P")
    arms = head[1:3]
    subs = [generic for _, generic in _SUB_STATS]
    header = [
        Row(
            [
                Cell((Run("Outcome"),), rowspan=2, header=True),
                *[replace(a, colspan=2) for a in arms],
                replace(head[3], rowspan=2),
                Cell((Run("P Value"),), rowspan=2, header=True),
            ]
        ),
        Row([Cell((Run(sub),), header=True) for _ in arms for sub in subs]),
    ]
    events: list[Row] = []
    shares: list[Row] = []
    share_head = ""
    outcome: dict[str, list[Cell]] = {}
    name: Cell | None = None

    def close() -> None:
        if name is None:
            return
        stats = [outcome.get(sub, [Cell(())] * 4) for sub in subs]
        cells = [stats[k][a] for a in range(2) for k in range(len(subs))]
        contrast = next(
            (outcome[sub][2:] for sub in reversed(subs) if sub in outcome and label(outcome[sub][2].content)),
            [Cell(()), Cell(())],
        )
        events.append(Row([replace(name, indent=0, colspan=1), *cells, *contrast]))

    for row in table.body:
        text = label(row.cells[0].content)
        share = _SHARE_ROW.match(text)
        if share:
            close()
            name = None
            share_head = f"Rate, % ({share['ci']})"
            cells = [replace(c, colspan=2) for c in row.cells[1:3]]
            shares.append(Row([Cell((Run(share["outcome"]),)), *cells, *row.cells[3:]]))
            continue
        if len(row.cells) == 1:
            close()
            name, outcome = row.cells[0], {}
            continue
        for pattern, generic in _SUB_STATS:
            if pattern.match(text):
                outcome[generic] = row.cells[1:]
                break
        else:
            raise ValueError(f"{table.label}: {text!r} is no generic statistic row")
    close()
    if not shares or not events:
        raise ValueError(f"{table.label}: no response rows after the time-to-event rows")
    inner = Row(
        [
            Cell(()),
            *[Cell((Run(share_head),), colspan=2) for _ in arms],
            Cell((Run("OR (95% CI)"),)),
            Cell((Run("P Value"),)),
        ],
        inner_header=True,
    )
    table.header = header
    table.body = [*events, inner, *shares]
    rules: list[StatRule] = [
        StatRule(skip=True, row=r"^(progression-free|overall) survival$", column=r"\| p value$"),
        StatRule(("median", "ci_low", "ci_high"), column=r"\| median \(95% ci\), mo$", grammar="triple"),
        StatRule(("percent", "ci_low", "ci_high"), column=re.escape(f"| {share_head}".lower()) + "$", grammar="triple"),
    ]
    for rule in table.spec.rules:
        if rule.column == r"hr \(95% ci\)$" and rule.stats[:1] == ("or",):
            rule = replace(rule, column=r"or \(95% ci\)$")
        if not rule.skip:
            rules.append(rule)
    table.spec = replace(table.spec, rules=tuple(rules))


def timepoint_columns(table: Table) -> Table:
    """Time points as columns under each arm, as cardiology tables set "Baseline | Follow-up" per arm: the
    table's time-point rows ("6 months" over its outcome rows) become "6 months | 14 months" columns under
    each arm's span; each patient group's "n = 40" row spans its arm's columns and is set in header type, a
    header row inside the table for the later groups; the "Number of patients (%)" span goes to the stub head."""
    if len(table.header) != 2 or table.stub_cols != 1:
        raise ValueError(f"{table.label}: a two-row header (span over the arms) is pivoted")
    arms = [c for c in table.header[1].cells[1:]]
    span = label(table.header[0].cells[1].content)
    stub = label(table.header[0].cells[0].content)
    times: list[str] = []
    groups: list[tuple[Row, dict[str, dict[str, list[Cell]]]]] = []
    time = ""
    for row in table.body:
        text = label(row.cells[0].content)
        if row.cells[0].indent == 0:
            groups.append((row, {}))
        elif len(row.cells) == 1 or all(not label(c.content) for c in row.cells[1:]):
            time = text
            if time not in times:
                times.append(time)
        else:
            groups[-1][1].setdefault(text, {})[time] = row.cells[1:]
    header = [
        Row(
            [
                Cell((Run(f"{stub}, {span[0].lower()}{span[1:]}"),), rowspan=2, header=True),
                *[Cell(a.content, colspan=len(times), header=True) for a in arms],
            ]
        ),
        Row([Cell((Run(t),), header=True) for _ in arms for t in times]),
    ]
    body: list[Row] = []
    for n_row, outcomes in groups:
        cells = [replace(n_row.cells[0])]
        cells += [replace(c, colspan=len(times)) for c in n_row.cells[1:]]
        body.append(Row(cells, band=True))
        for name, by_time in outcomes.items():
            row_cells = [Cell((Run(name),), indent=1)]
            for a in range(len(arms)):
                row_cells += [by_time[t][a] if t in by_time else Cell(()) for t in times]
            body.append(Row(row_cells))
    return replace(table, header=header, body=body)


# --- poppk (clinical-pharmacology journal, population-PK parameter tables) ----------------------------

_STAT_PAIR_HEAD = re.compile(r"^(?P<stub>.*?),\s*(?P<a>mean|median|estimate)\s*\((?P<b>sd|se|range|rse)\)$", re.I)
_PAIR_CELL = re.compile(r"^(?P<a>−?\d+(?:\.\d+)?)\s*\((?P<b>\d+(?:\.\d+)?)\)$")
_UNIT_TAIL = re.compile(r"^(?P<name>.*?\S)\s+(?P<unit>\([^()]*\))$")
_SYMBOL_SUB = re.compile(r"^(?P<sym>[VK])(?P<sub>\d|[a-z]{2,3})$")


def _unit_second_line(cell: Cell) -> None:
    """A parameter label's unit on a second line of its stub cell ("CL" over "(L/d)"), its symbol's
    index set as a subscript ("V" with "1", "K" with "el")."""
    runs = list(cell.content)
    if not runs or runs[-1].kind not in ("text", "sup"):
        return
    # the unit's opening bracket lives in a text run; everything from it goes to the second line
    for i in range(len(runs) - 1, -1, -1):
        run = runs[i]
        if run.kind == "text" and "(" in run.text:
            head, _, tail = run.text.rpartition("(")
            if not head.strip():
                continue
            lead = [r for r in runs[:i] if r.text.strip()]
            name = head.strip()
            sym = _SYMBOL_SUB.match(name) if not lead else None
            first = (Run(sym["sym"]), Run(sym["sub"], "sub")) if sym else (*runs[:i], Run(head.rstrip()))
            cell.content = (*first, Run("", "break"), Run("(" + tail), *runs[i + 1 :])
            return


def poppk_pairs(table: Table) -> None:
    """The population-PK layout of a parameter table: a stub head stating "Parameter, mean (SD)" becomes
    "Parameter", and each group's "0.683 (0.307)" column is set as two columns "Mean | SD" under the
    group's span (the layout of "Estimate | RSE (%)" pairs); each parameter's unit goes on a second line
    of its stub cell."""
    if len(table.header) != 1 or table.stub_cols != 1:
        raise ValueError(f"{table.label}: only a single header row is split")
    head = table.header[0].cells
    m = _STAT_PAIR_HEAD.match(label(head[0].content))
    if not m:
        raise ValueError(f"{table.label}: the stub head states no 'mean (SD)' pair")
    a_name, b_name = m["a"].capitalize(), m["b"].upper() if len(m["b"]) <= 3 else m["b"]
    stats = table.spec.pair
    groups = head[1:]
    table.header = [
        Row([Cell((Run(m["stub"]),), rowspan=2, header=True)] + [replace(g, colspan=2, header=True) for g in groups]),
        Row([Cell((Run(n),), header=True) for _ in groups for n in (a_name, b_name)]),
    ]
    for row in table.body:
        if not row.cells:
            continue
        _unit_second_line(row.cells[0])
        cells = [row.cells[0]]
        for cell in row.cells[1:]:
            text = label(cell.content)
            pm = _PAIR_CELL.match(text)
            if not pm:
                raise ValueError(f"{table.label}: {text!r} is not an 'a (b)' cell")
            marks = tuple(r for r in cell.content if r.kind == "mark")
            cells += [Cell((Run(pm["a"]), *marks)), Cell((Run(pm["b"]),))]
        row.cells = cells
    rules = (
        StatRule((stats[0],), column=rf"\| {a_name.lower()}$", grammar="bare"),
        StatRule((stats[1],), column=rf"\| {b_name.lower()}$", grammar="bare"),
    )
    table.spec = replace(table.spec, rules=(*rules, *table.spec.rules))


def units_below(table: Table) -> None:
    """Each parameter's unit on a second line of its stub cell, the parameter (with its sub/superscripts) on
    the first: "AUC" "inf" over "(ng h/mL)". Labels read the same."""
    for row in table.body:
        if not row.cells:
            continue
        runs = list(row.cells[0].content)
        for i in range(len(runs) - 1, -1, -1):
            run = runs[i]
            if run.kind != "text" or "(" not in run.text:
                continue
            head, _, tail = run.text.rpartition("(")
            if not head.strip() and not any(r.text.strip() for r in runs[:i]):
                continue
            first = (*runs[:i], Run(head.rstrip())) if head.strip() else tuple(runs[:i])
            row.cells[0].content = (*first, Run("", "break"), Run("(" + tail), *runs[i + 1 :])
            break
