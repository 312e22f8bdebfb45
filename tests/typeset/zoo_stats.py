"""The `stats` zoo style (pattern A): each continuous row states its own statistic inside its label, in the word
orders JAMA, Circulation, EHJ, the Lancet and the BMJ print ("Age, mean years (SD)", "Age, y, mean (SD)",
"Median (range) time since initial diagnosis, mo", "PSA at baseline, median (range), μg/L", "Age, mean ± SD, y"
over "71.4 ± 8.5"), and the legend says nothing about the continuous rows.

The row's statistic is the one the published table states (its label, its statistic sub-row, or its legend), read
with the reviewed rules (tests/typeset/cells.py) and frozen into exact rules of the treated table before the
labels change, as in zoo_methods.py; `zoo_treatments.same_values` checks the gold's multiset is unchanged. A
group row whose only sub-rows are statistics ("Age at informed consent, years" over "Mean (SD)" and "Median
(range)") is folded into them; a group row with other sub-rows keeps its name and gives its unit to the
statistic sub-row ("Time to tumour progression (PD)" over "Median days (95% CI)").
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import pdfplumber

from .cells import parse
from .inline import label
from .model import Cell, Row, Run, RunKind, StatRule, Table
from .styles import _COMMON, SANS, SERIF, Style, _page
from .zoo_methods import _paths, _stats

STATS = Style(
    name="stats",
    kind="Original Investigation",
    caption_below=False,
    label_sep=". ",
    fig_sep=". ",
    middle_dot=False,
    css=_COMMON
    + _page("letter", "15mm 14mm 16mm 14mm", SERIF)
    + f"""
.masthead {{ font-family: {SANS}; font-size: 12pt; font-weight: bold; color: #7a0019;
      border-bottom: 0.8pt solid #7a0019; padding-bottom: 1mm; margin-bottom: 1mm; }}
.masthead .kind {{ float: right; font-weight: normal; font-size: 8pt; color: #333; }}
.cite {{ font-family: {SANS}; font-size: 7pt; margin-bottom: 4mm; color: #333; }}
h1.title {{ font-size: 15pt; }}
.abstract {{ margin: 0 0 4mm 0; font-size: 8pt; }}
.cols {{ column-count: 2; column-gap: 5mm; }}
.table-wrap {{ break-inside: avoid; margin: 2.5mm 0; }}
.table-wrap table {{ font-family: {SANS}; font-size: 7pt; border-top: 0.8pt solid #000;
      border-bottom: 0.8pt solid #000; }}
.table-wrap thead tr:last-child th {{ border-bottom: 0.5pt solid #000; }}
.table-wrap th {{ text-align: center; font-weight: bold; vertical-align: bottom; }}
.table-wrap th.stubh {{ text-align: left; }}
.table-wrap td.v {{ text-align: center; }}
.table-wrap td, .table-wrap th {{ padding: 0.55mm 1.4mm; }}
.table-wrap td.l1 {{ padding-left: 3.5mm; }}
.table-wrap td.l2 {{ padding-left: 5.5mm; }}
.table-wrap .caption {{ font-family: {SANS}; font-size: 8pt; font-weight: bold; margin-bottom: 1mm; }}
.table-wrap .notes p {{ font-size: 6.4pt; }}
""",
)

_WORDS = ("text", "italic", "bold")
_EST = re.compile(r"\b(mean|median)\b", re.IGNORECASE)
_SPREAD = re.compile(r"\s*\((range|sd|iqr|min[–-]max|95% ci)\)", re.IGNORECASE)
_STAT_LABEL = re.compile(r"^(mean|median)\s*\((range|sd|iqr|min[–-]max|95% ci)\)$", re.IGNORECASE)
_UNIT_WORDS = (
    r"years?|months?|days?|weeks?|hours?|kg|cm|mm|mg|kg/m²|mm³|[μµ]g/l|ng/ml|pg/ml|ml/min|l|l/d|l/m²|l/d/m²|1/d"
)
_UNIT_TAIL = re.compile(rf",\s*({_UNIT_WORDS})\s*$", re.IGNORECASE)
_UNIT_BRACKET = re.compile(rf"\s*\(({_UNIT_WORDS})\)", re.IGNORECASE)
_SHORT = {"year": "y", "years": "y", "month": "mo", "months": "mo", "day": "d", "days": "d", "weeks": "wk"}
_SPREAD_OF = {"sd": "SD", "min": "range", "q1": "IQR", "ci_low": "95% CI"}
# a legend's statement of the continuous rows (" or median (range)"), and one left alone after it is taken out
_LEGEND_CONT = re.compile(r"\s*(?:,|\bor\b|\band\b)?\s*\b(?:mean|median)\s*\((?:range|sd|iqr)\)", re.IGNORECASE)
_LEFT_OVER = re.compile(r"\b(?:mean|median)\s*(?:\(|±)", re.IGNORECASE)
_PM_CELL = re.compile(r"^(?P<a>−?\d+(?:\.\d+)?)\s*\((?P<b>\d+(?:\.\d+)?)\)$")


def _label(cell: Cell) -> str:
    return "".join(r.text for r in cell.content if r.kind in _WORDS)


def _set_label(cell: Cell, text: str) -> None:
    kind: RunKind = next((r.kind for r in cell.content if r.kind in _WORDS), "text")
    cell.content = (Run(text, kind), *(r for r in cell.content if r.kind not in _WORDS))


def _values(row: Row, stub_cols: int) -> list[Cell]:
    return row.cells[stub_cols:] if len(row.cells) > stub_cols else []


def _row_stats(row: Row, table: Table, frozen: dict[int, StatRule]) -> tuple[str, ...] | None:
    """The statistics of a continuous row ("mean", "sd"), the same in every value cell; None otherwise."""
    seen = set()
    for cell in _values(row, table.stub_cols):
        text = "".join(r.text for r in cell.content)
        parsed = parse(text)
        if parsed is None:
            continue
        rule = frozen.get(id(cell))
        if rule is None or parsed.ci_in_cell:
            return None
        seen.add(rule.stats)
    if len(seen) != 1:
        return None
    stats = next(iter(seen))
    if len(stats) < 2 or stats[0] not in ("mean", "median") or stats[1] not in _SPREAD_OF:
        return None
    return stats


def _parts(text: str) -> tuple[str, str, str, str]:
    """(name, unit, estimate word, spread word) read off a label ("Median age, years (range)")."""
    est = _EST.search(text)
    spread = _SPREAD.search(text)
    rest = _EST.sub("", text, count=1) if est else text
    rest = _SPREAD.sub("", rest, count=1) if spread else rest
    unit = ""
    for pattern in (_UNIT_BRACKET, _UNIT_TAIL):
        m = pattern.search(rest)
        if m:
            unit, rest = m.group(1), rest[: m.start()] + rest[m.end() :]
            break
    rest = re.sub(r"\s{2,}", " ", rest).strip(" ,")
    rest = re.sub(r"\s+,", ",", rest)
    return rest[:1].upper() + rest[1:], unit, est.group(1).lower() if est else "", spread.group(1) if spread else ""


def _lower(name: str) -> str:
    """The name inside a sentence ("Median (range) age"): an acronym ("PSA", "eGFR") keeps its capitals."""
    first = re.match(r"[A-Za-z]*", name)
    word = first.group(0) if first else ""
    symbol = (len(word) < 4 and word.lower() != "age") or word[1:] != word[1:].lower()  # "Kel", "PSA", "eGFR"
    return name if symbol else name[:1].lower() + name[1:]


def _form(k: int, name: str, unit: str, est: str, spread: str) -> tuple[str, bool]:
    """Form k of a label stating its statistic; True when the cells are to print "a ± b"."""
    short = _SHORT.get(unit.lower(), unit)
    est_cap = est.capitalize()
    if not unit:
        forms = [f"{name}, {est} ({spread})", f"{est_cap} ({spread}) {_lower(name)}"]
        return forms[k % 2], False
    forms = [
        f"{name}, {est} {unit} ({spread})",  # "Age, mean years (SD)"
        f"{name}, {short}, {est} ({spread})",  # "Age, y, mean (SD)"
        f"{est_cap} ({spread}) {_lower(name)}, {short}",  # "Median (IQR) time since diagnosis, mo"
        f"{name}, {est} ({spread}), {unit}",  # "NT-proBNP, median (Q1–Q3), pg/mL"
    ]
    if spread != "SD":
        return forms[k % 4], False
    if k % 5 == 1:
        return f"{name}, {est} ± SD, {short}", True  # "eGFR, mean ± SD, mL/min/1.73 m²" over "71.4 ± 8.5"
    return forms[(k % 5) - (k % 5 > 1)], False


def _sub_form(k: int, unit: str, est: str, spread: str) -> str:
    """A statistic sub-row under a group that keeps its name: "Median days (95% CI)", "Median (range), y"."""
    short = _SHORT.get(unit.lower(), unit)
    return f"{est.capitalize()} {unit} ({spread})" if k % 2 == 0 else f"{est.capitalize()} ({spread}), {short}"


def _plus_minus(row: Row, table: Table) -> None:
    for cell in _values(row, table.stub_cols):
        m = _PM_CELL.match("".join(r.text for r in cell.content if r.kind in _WORDS).strip())
        if m:
            cell.content = (Run(f"{m['a']} ± {m['b']}"), *(r for r in cell.content if r.kind not in _WORDS))


def _group_row(row: Row, table: Table) -> bool:
    stub = row.cells[table.stub_cols - 1] if len(row.cells) >= table.stub_cols else None
    return bool(stub and label(stub.content)) and not any(label(c.content) for c in _values(row, table.stub_cols))


def label_statements(table: Table, start: int = 0) -> int:
    """State each continuous row's statistic in its own label and take the legend's statement of them out (in
    place); returns the rows rewritten. The gold keeps the statistics the published table gave each cell."""
    frozen = {k: rule for k, (row, col, text) in _paths(table).items() if (rule := _stats(text, row, col, table))}
    inner = table.stub_cols - 1
    k, sd, done, drop = start, start, 0, set()
    body = table.body
    for i, row in enumerate(body):
        stats = _row_stats(row, table, frozen)
        if stats is None or len(row.cells) <= inner:
            continue
        stub = row.cells[inner]
        own = _label(stub)
        pad = own[: len(own) - len(own.lstrip())]
        spread_word = _SPREAD_OF[stats[1]]
        m = _STAT_LABEL.match(own.strip())
        if m:
            spread_word = m.group(2)
            g = next((j for j in range(i - 1, -1, -1) if _group_row(body[j], table)), None)
            if g is None:
                continue
            group = body[g].cells[inner]
            name, unit, _, _ = _parts(_label(group))
            after = i + 1
            while after < len(body) and _STAT_LABEL.match(label(body[after].cells[inner].content).strip()):
                after += 1
            siblings = range(g + 1, after)
            folds = g in drop or (
                all(_STAT_LABEL.match(label(body[j].cells[inner].content).strip()) for j in siblings)
                and all(body[j].cells[inner].indent > group.indent for j in siblings)
                and (after >= len(body) or body[after].cells[inner].indent <= group.indent)
            )
            glabel = _label(group)
            gpad = glabel[: len(glabel) - len(glabel.lstrip())]
            if folds:
                text, pm = _form(sd if spread_word == "SD" else k, name, unit, stats[0], spread_word)
                stub.indent = group.indent
                drop.add(g)
                _set_label(stub, gpad + text)
            elif unit:
                text, pm = _sub_form(k, unit, stats[0], spread_word), False
                _set_label(group, gpad + name)
                _set_label(stub, pad + text)
            else:
                continue
        elif any(r.kind in ("sup", "sub") for r in stub.content):
            # a symbol set with sub- or superscripts ("V" + "ss", "L/d/m" + "2"): its runs kept, the statement after
            if re.search(r"\b(?:mean|median)\b|\((?:range|sd|iqr)", own, re.IGNORECASE):
                continue
            words = tuple(r for r in stub.content if r.kind != "mark")
            marks = tuple(r for r in stub.content if r.kind == "mark")
            stub.content = (*words, Run(f", {stats[0]} ({spread_word})"), *marks)
            text, pm = "", False
        else:
            name, unit, est, said = _parts(own)
            if (est and est != stats[0]) or (not est and not said and stub.indent > 0):
                continue  # a sub-row ("Partial response (N = 6)") whose group label states the statistic
            spread_word = said or spread_word
            text, pm = _form(sd if spread_word == "SD" else k, name, unit, stats[0], spread_word)
            _set_label(stub, pad + text)
        if pm:
            _plus_minus(row, table)
        if spread_word == "SD" and text:
            sd += 1
        else:
            k += 1
        done += 1
    table.body = [row for j, row in enumerate(body) if j not in drop]
    for head in table.header:
        for cell in head.cells[: table.stub_cols]:
            if done and _LEGEND_CONT.search(_label(cell)):
                _set_label(cell, _LEGEND_CONT.sub("", _label(cell)))  # "Parameter, mean (SD)" -> "Parameter"
    notes = []
    for note in table.notes:
        text = "".join(r.text for r in note)
        if not _LEFT_OVER.search(text):
            notes.append(note)
            continue
        kept = _LEGEND_CONT.sub("", text)
        if not re.search(r"\bpresented as\s*(?:unless\b|\.|$)", kept, re.IGNORECASE):
            notes.append((Run(kept),))
    table.notes = notes
    rules = []
    for key, (row_path, col, text) in _paths(table).items():
        parsed = parse(text)
        if key in frozen and parsed is not None:
            exact = f"^{re.escape(row_path.lower())}$", f"^{re.escape(col.lower())}$"
            grammar = frozen[key].grammar if frozen[key].grammar == "*" else parsed.grammar  # "a ± b" now
            rules.append(replace(frozen[key], row=exact[0], column=exact[1], grammar=grammar))
    table.spec = replace(table.spec, rules=(*rules, *table.spec.rules))
    unstated = [
        row_path
        for key, (row_path, col, text) in _paths(table).items()
        if key in frozen
        and frozen[key].stats[:1] in (("mean",), ("median",))
        and len(frozen[key].stats) > 1
        and not re.search(r"\b(?:mean|median)\b|\bci\b", f"{row_path} {col} {text}", re.IGNORECASE)
    ]
    if unstated:
        raise AssertionError(
            f"{table.label}: continuous rows left with no statement of their statistic: {unstated[:3]}"
        )
    left = ["".join(r.text for r in n) for n in table.notes if _LEFT_OVER.search("".join(r.text for r in n))]
    if left:
        raise AssertionError(f"{table.label}: the legend still states the continuous rows: {left[:2]}")
    return done


# a label stating its statistic the ways pattern A prints it, unit and statistic in one order or another
_PRINTED = re.compile(
    r"(?:\b(?:[Mm]ean|[Mm]edian) [^\s()]+ \((?:SD|range|IQR|min[–-]max|95% CI)\)"
    r"|, (?:y|mo|d|kg), (?:mean|median) \("
    r"|^(?:Mean|Median) \((?:SD|range|IQR|min[–-]max)\) [a-zA-Z])",
    re.MULTILINE,
)


def stats_problems(pdf: Path) -> list[str]:
    """(A): some text line holds a label stating its statistic with its unit ("Age, mean years (SD)"), and no
    legend line says "presented as ... median (range)"."""
    with pdfplumber.open(pdf) as d:
        text = "\n".join(p.extract_text() or "" for p in d.pages)
    out = []
    if not _PRINTED.search(text):
        out.append("(A) no row label states its statistic with its unit")
    if re.search(r"presented as[^.]*\b(?:mean|median)\s*\(", text, re.IGNORECASE):
        out.append("(A) a legend still states the continuous rows' statistic")
    return out
