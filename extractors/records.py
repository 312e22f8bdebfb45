"""A labelled table into records: each cell's numbers named (count, mean, ci_low...) and tagged with the
trial vocabulary (arm, grade, analyte, parameter, unit). A cell that cannot be read becomes a finding."""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from functools import lru_cache
from itertools import pairwise

from extractors.cells import contrast_named, parse_shape
from extractors.classify import (
    ae_scope,
    arm_of,
    efficacy_parameter,
    grade_of,
    is_transposed,
    pk_parameter,
    related_column,
    section_evidence,
    shared_measures,
    whole_trial_column,
)
from extractors.glued import parted
from extractors.glyphs import UNDECODED
from extractors.hint_intervals import UNREAD_BOUND
from extractors.hint_patterns import _INTERVAL, _LANDMARK_EVENT, _LANDMARK_TIME, _PAIR, EFFECT_ON, _all_matches
from extractors.hints import UNNAMED_NUMBER, Context, Meaning, meaning_of
from extractors.legend_wording import canonical
from extractors.listings import is_listing
from extractors.marks import MARK_CLASS
from extractors.named_cells import is_name_only, named_estimate
from extractors.paper_conventions import Convention, applicable
from extractors.split_pairs import UNSTATED, joined_pairs, one_cell
from extractors.structure import TableCell, TableModel
from extractors.sub_columns import paired_columns, sub_column_statistic, unbracketed_share
from extractors.vetoes import veto
from schemas.findings import Finding, FindingValue
from schemas.records import Record

_FOOTNOTE_SPLIT = re.compile(rf"(?:(?<=^)|(?<=[.)]\s)|(?<=\s))({MARK_CLASS}{{1,3}}|[a-h](?=[A-Z]))\s*(?=[A-Z(])")


def footnotes_of(notes: str, marks: frozenset[str] = frozenset()) -> dict[str, str]:
    """Footnotes by mark: "† Hazard ratio ..." -> {"†": "Hazard ratio ..."}; "aData are ..." -> {"a": ...}.

    When the table's cells carry a letter mark, letters may also be set apart from their footnotes ("... not
    applicable a Arithmetic mean b Ratio of ..."): such a letter before a capital starts a footnote when it is
    the next letter of the series (a, b, c ...), so an article ("a Cox model") is not taken for one."""
    split = _FOOTNOTE_SPLIT
    if any(len(m) == 1 and "a" <= m <= "h" for m in marks):
        split = re.compile(_FOOTNOTE_SPLIT.pattern.replace("[a-h](?=[A-Z])", "[a-h](?=\\s?[A-Z])"))
    matches: list[re.Match[str]] = []
    expected = "a"
    for m in split.finditer(notes):
        mark = m.group(1)
        if len(mark) == 1 and "a" <= mark <= "h":
            glued = not notes[m.end(1) : m.end(1) + 1].isspace()
            if not glued and matches and mark == chr(ord(expected) - 1) == matches[-1].group(1):
                matches[-1] = m  # the same letter again before the next one: the later is the mark
                continue
            if not glued and mark != expected:
                continue
            expected = chr(ord(mark) + 1)
        matches.append(m)
    out: dict[str, str] = {}
    for i, m in enumerate(matches):
        end = matches[i + 1].start() if i + 1 < len(matches) else len(notes)
        mark = m.group(1)
        out.setdefault(mark, notes[m.end() : end].strip())
    return out


def table_to_records(
    model: TableModel, conventions: Sequence[Convention] = ()
) -> tuple[str, list[Record], list[Finding]]:
    """The section of the table, its records and what could not be read; ``conventions``: what the paper's
    Methods say its numbers are (extractors/paper_conventions.py), the lowest statement of every cell."""
    section, decided_by = section_evidence(model)
    transposed = is_transposed(model)
    notes = footnotes_of(model.notes, frozenset(m for cell in model.cells for m in [*cell.marks, *cell.head_marks]))
    records: list[Record] = []
    findings: list[Finding] = []
    if decided_by == "default" and model.cells:
        findings.append(
            Finding(
                check="table-kind-unknown",
                severity="info",
                table=model.table_id,
                page=model.pages[0] if model.pages else None,
                message=(
                    f"{model.table_id} ({model.title[:80] or 'no caption'}): neither its caption nor its labels name "
                    "one of the four kinds (baseline, adverse events, PK, efficacy); its values are kept under "
                    "'other', not served as any kind's data"
                ),
            )
        )
    unconfirmed: dict[tuple[str, ...], list[tuple[TableCell, list[Record], str]]] = {}
    paired = paired_columns((tuple(cell.column), cell.text) for cell in model.cells)
    listing = is_listing((cell.page, cell.bbox[1], tuple(cell.row), cell.text) for cell in model.cells)
    joined_ids: set[int] = set()
    cells, beside = _set_apart(model.cells, joined_ids)
    headed = any(label.strip() for cell in cells for label in cell.column)
    twins = _twin_cells([cell for cell in cells if id(cell) not in beside])
    rows_named = any(any(label.strip() for label in cell.row) for cell in cells)
    # whole numbers read as counts, and the columns holding a bare number nothing names (``_unnamed_columns``)
    bare_counts: list[tuple[TableCell, list[Record]]] = []
    unnamed: set[tuple[str, ...]] = set()
    for cell in cells:
        if id(cell) in beside:
            findings.append(_unread(cell, model, beside[id(cell)]))
            continue
        if rows_named and not transposed and not any(label.strip() for label in cell.row):
            # a value line under a row label wrapped onto its line above ("Kidneys planar (20) and hybrid (7)" over
            # two value lines), an axis tick of a figure drawn beside the table: the table names its other rows,
            # and nothing names this one's
            reason = "its row has no label while the table's other rows have: what it is about, no label says"
            findings.append(_unread(cell, model, reason))
            continue
        if id(cell) in twins:
            # "Day 1" and "Day 14" spans each read over one of their dose columns: two cells of one row under the
            # same heads, told apart by nothing a record keeps
            reason = "another cell of its row stands under the same heads, so its column is not known"
            findings.append(_unread(cell, model, reason))
            continue
        if (
            headed
            and not transposed
            and not any(label.strip() for label in cell.column)
            and _LONE_FIGURE.match(cell.text.strip())
            and not (cell.row and (_ROW_STATISTIC.match(cell.row[-1]) or _ROW_NAMES_STATISTIC.search(cell.row[-1])))
        ):
            # a bare figure in a column whose head is missing ("<0.001" beside "Difference (95% CI)" in a table
            # of "Data are mean (SD)"): the table's statement is about its headed columns, not this one (a row that
            # names the statistic, "P value", says what it is)
            reason = "it stands under no head while the table's other columns have heads: what it is, no label says"
            findings.append(_unread(cell, model, reason))
            continue
        recs, problem, inferred = _read_cell(cell, model, section, transposed, notes, conventions, paired, listing)
        if id(cell) in joined_ids and recs and inferred:
            findings.append(_unread(cell, model, UNSTATED))  # a split pair no statement types: never guessed
            continue
        if recs and inferred and _unconfirmed(recs):
            unconfirmed.setdefault(tuple(cell.column), []).append((cell, recs, inferred))
            continue
        records.extend(recs)
        if problem:
            findings.append(problem)
            if UNNAMED_NUMBER in problem.message:
                unnamed.add(tuple(cell.column))
        elif recs and _LONE_FIGURE.match(cell.text.strip()) and all(r.statistic == "count" for r in recs):
            bare_counts.append((cell, recs))
    for cell, recs in bare_counts:
        if tuple(cell.column) in unnamed:
            # "0" under "R" whose "46.8" and "0.8" no label names: the count came from the table's kind ("adverse
            # events: whole numbers count patients"), and the column's other numbers say it holds something else
            dropped = {id(r) for r in recs}
            records[:] = [r for r in records if id(r) not in dropped]
            findings.append(_unread(cell, model, UNNAMED_COLUMN))
    for column_cells in unconfirmed.values():
        shared = common_n([count_and_percent(recs) for _cell, recs, _how in column_cells])
        for cell, recs, how in column_cells:
            if shared is not None:
                records.extend(recs)
            else:
                source = "the numbers alone (no label says n (%))" if how == _BY_NUMBERS else f"the paper's {how}"
                findings.append(
                    _unread(
                        cell,
                        model,
                        f"read as count/percent from {source}, and no N, stated or shared by the other cells of its "
                        "column, confirms that the percentages are of one group",
                    )
                )
    return section, records, findings


UNNAMED_COLUMN = (
    "a whole number read as a count, in a column whose other bare numbers no label names: what the column holds, "
    "no label says"
)
# a cell that is only the bracket or the spread of the figure beside it: "(32.1)", "(−1.3 to −0.9)", "±3.1"
_OWN_BRACKET = re.compile(
    r"^(?:[(\[]\s*[<>≤≥]?\s*[-−–]?\d[\d.,·]*\s*%?(?:\s*(?:to|[-–—,;]|, )\s*[-−–]?\d[\d.,·]*\s*%?)?\s*[)\]]"
    r"|±\s*\d[\d.,·]*)$"
)
# a row label that opens with the statistic of its cells ("P value", "Mean (SD)", "No. (%)", "Hazard ratio")
_ROW_STATISTIC = re.compile(
    r"\s*(?:p(?:[- ]?values?)?|mean|median|geometric mean|sd|se|n|no\.|number|%|(?:hazard|odds|risk|rate) ratio|"
    r"difference|change|rate|range|iqr|(?:95%\s*)?ci)\b",
    re.IGNORECASE,
)
# ... or names it anywhere as a P value, a ratio or an interval ("Log-rank P", "Stratified hazard ratio (95% CI)")
_ROW_NAMES_STATISTIC = re.compile(r"\bp\b|p[- ]?values?|\bratio\b|\(\s*\d{2}\s*%|\bn\s*\(%\)", re.IGNORECASE)
# a P value that names itself ("P = 0.002", "p<0.001")
_NAMED_P = re.compile(r"^[pP]\s*(?:value\s*)?[=<>≤≥]\s*[.·]?\d[\d.·]*$")
# a figure alone, no bracket ("45", "−1.1", "<0.001")
_LONE_FIGURE = re.compile(r"^[<>≤≥]?\s*[-−–]?\d[\d.,·]*%?$")
# a value printed with its own bracket or spread ("352 (84)", "−4.5 (−5.5 to −3.5)", "12.4 ± 3.1")
_WITH_BRACKET = re.compile(r"^[<>≤≥]?\s*[-−–]?\d[\d.,·]*%?\s*(?:[(\[].*\d.*[)\]]|±\s*\d[\d.,·]*)$")


def _set_apart(cells: list[TableCell], joined_ids: set[int]) -> tuple[list[TableCell], dict[int, str]]:
    """Cells of one row under the same heads that the layout tells apart: a figure and its own bracket or spread set
    in the next column ("45 | (32.1)", "−1.1 | (−1.3 to −0.9)", "12.4 | ±3.1") are one cell; beside a value printed
    with its bracket, a figure alone under the same heads ("130 | 352 (84)": patients with data, then the mean (SD);
    "−4.5 (−5.5 to −3.5) | <0.001") is no value of that head's form and no head of its own says what it is: it is
    withheld (the reason, by cell), and the value is the heads' one cell. Two bare figures side by side stay twins,
    unless every row of their column splits the same way (extractors/split_pairs.py): then the pair is one reading,
    joined as one cell ("31 (58)"), whose id goes into ``joined_ids``."""
    groups: dict[tuple[int, tuple[str, ...], tuple[str, ...]], list[TableCell]] = {}
    for cell in cells:
        if cell.column and any(label.strip() for label in cell.column):
            groups.setdefault((cell.page, tuple(cell.row), tuple(cell.column)), []).append(cell)
    across, down = ((1, 3), (0, 2)) if _sideways(cells) else ((0, 2), (1, 3))
    merged: dict[int, TableCell | None] = {}  # a cell merged into its neighbour: the whole, or None (dropped)
    withheld: dict[int, str] = {}

    def one_line(line: Sequence[TableCell]) -> bool:
        return all(a.bbox[down[0]] < b.bbox[down[1]] and b.bbox[down[0]] < a.bbox[down[1]] for a, b in pairwise(line))

    split = joined_pairs(groups, across, one_line)  # "31 | 58" under one arm's heads: one reading in two columns
    for a, b in split.values():
        whole = one_cell(a, b, f"{a.text.strip()} ({b.text.strip()})")
        merged[id(a)], merged[id(b)] = whole, None
        joined_ids.add(id(whole))
    for key, group in groups.items():
        if len(group) < 2 or key in split:
            continue
        line = sorted(group, key=lambda c: c.bbox[across[0]])
        if any(
            not (a.bbox[down[0]] < b.bbox[down[1]] and b.bbox[down[0]] < a.bbox[down[1]])
            or a.bbox[across[1]] > b.bbox[across[0]]
            for a, b in pairwise(line)
        ):
            continue  # not one line of cells side by side: left to the twin rule
        texts = [c.text.strip() for c in line]
        out: list[TableCell] = []
        k = 0
        while k < len(line):
            if (
                k + 1 < len(line)
                and _LONE_FIGURE.match(texts[k])
                and _OWN_BRACKET.match(texts[k + 1])
                and not line[k + 1].marks
            ):
                a, b = line[k], line[k + 1]
                whole = one_cell(a, b, f"{a.text.strip()} {b.text.strip()}")
                merged[id(a)], merged[id(b)] = whole, None
                out.append(whole)
                k += 2
                continue
            out.append(line[k])
            k += 1
        full = [c for c in out if _WITH_BRACKET.match(c.text.strip())]
        lone = [c for c in out if _LONE_FIGURE.match(c.text.strip())]
        if len(full) == 1 and lone and len(full) + len(lone) == len(out):
            for c in lone:
                withheld[id(c)] = (
                    "a figure alone beside a value printed with its bracket under the same heads, with no head of its "
                    "own: what it is, no label says"
                )
    if not merged and not withheld:
        return cells, {}
    kept: list[TableCell] = []
    for cell in cells:
        if id(cell) not in merged:
            kept.append(cell)
        elif (joined := merged[id(cell)]) is not None:
            kept.append(joined)
    return kept, withheld


def _twin_cells(cells: list[TableCell]) -> set[int]:
    """The cells that share their row's labels and their column's heads with another cell set beside them on the
    same line (a span head over several columns read over one of them): which is which, no label says. A dash counts
    (the value beside it is still one of two columns); a measure's name does not."""
    by_labels: dict[tuple[int, tuple[str, ...], tuple[str, ...]], list[TableCell]] = {}
    for cell in cells:
        # a measure's name beside its value under one span ("Effect size" over "HR | 0.68") is no twin: it names it;
        # nor is a P value that names itself ("P = 0.002" beside "−0.9 (1.1)" under "Change from baseline")
        if (
            cell.column
            and any(label.strip() for label in cell.column)
            and not is_name_only(cell.text)
            and not _NAMED_P.match(cell.text.strip())
        ):
            by_labels.setdefault((cell.page, tuple(cell.row), tuple(cell.column)), []).append(cell)
    # a sideways table's cells keep the page's coordinates: its rows run down the page, its lines across
    across, down = (0, 2), (1, 3)
    if _sideways(cells):
        across, down = down, across
    out: set[int] = set()
    for group in by_labels.values():
        for i, a in enumerate(group):
            for b in group[i + 1 :]:
                same_line = a.bbox[down[0]] < b.bbox[down[1]] and b.bbox[down[0]] < a.bbox[down[1]]
                apart = a.bbox[across[1]] <= b.bbox[across[0]] or b.bbox[across[1]] <= a.bbox[across[0]]
                if same_line and apart:
                    out.update((id(a), id(b)))
    return out


def _sideways(cells: list[TableCell]) -> bool:
    """Are the table's rows set down the page (a table turned sideways, read in the page's coordinates)? The cells
    of one row under different heads share an x band more often than a y band."""
    by_row: dict[tuple[int, tuple[str, ...]], list[TableCell]] = {}
    for cell in cells:
        by_row.setdefault((cell.page, tuple(cell.row)), []).append(cell)
    x_shared = y_shared = 0
    for row in by_row.values():
        for a, b in pairwise(row):
            if a.column == b.column:
                continue
            x_shared += a.bbox[0] < b.bbox[2] and b.bbox[0] < a.bbox[2]
            y_shared += a.bbox[1] < b.bbox[3] and b.bbox[1] < a.bbox[3]
    return x_shared > y_shared


def _unconfirmed(recs: list[Record]) -> bool:
    """A count and a percent (chosen by the numbers, no statement of the table) that no N checks."""
    return any(r.statistic == "count" for r in recs) and any(
        r.statistic == "percent" and r.denominator is None and r.arm_n is None for r in recs
    )


def count_and_percent(recs: list[Record]) -> tuple[float, float, int]:
    count = next(r for r in recs if r.statistic == "count")
    pct = next(r for r in recs if r.statistic == "percent")
    m = re.search(r"\((?:[<>≤≥]\s*)?[-+]?\d+(?:[.·](\d+))?", pct.raw)
    places = len(m.group(1)) if m and m.group(1) else 0
    return float(count.value or 0.0), float(pct.value or 0.0), places


def common_n(cells: list[tuple[float, float, int]]) -> int | None:
    """An N of which every (count, percent printed with ``places`` decimals) is the share, within one unit of
    the printed precision, or ``None``: a column of counts and percentages of one group must share one N. One
    cell alone confirms nothing."""
    if any(c == 0 and p > 0 for c, p, _d in cells):
        return None  # no N makes a share of 0 patients above 0%
    informative = [(c, p, d) for c, p, d in cells if c > 0]
    if len(informative) < 2:
        return None
    lo, hi = max(int(c) for c, _p, _d in informative), 10**9
    for c, p, d in informative:
        unit = 10.0**-d
        lo = max(lo, math.ceil(100.0 * c / (p + unit) - 1e-9))
        if p - unit > 0:
            hi = min(hi, math.floor(100.0 * c / (p - unit) + 1e-9))
    for n in range(max(lo, 1), min(hi, lo + 100000) + 1):
        if all(abs(100.0 * c / n - p) < 10.0**-d + 1e-9 for c, p, d in informative):
            return n
    return None


def _head_notes(cell: TableCell, legend: str) -> list[str]:
    """The notes of the marks on the cell's column heads that state what a cell's numbers are ("* Mean (SD).",
    "† Least-squares mean (SE)", "ᵃ Median (IQR)"): said of every cell under that head. A head's note that states
    no form ("† Includes two patients who ...") is about the group or the visit, not the cell's numbers. Read from
    the legend as printed (the heads stating a form, which the table's notes carry after it, are no part of a note)."""
    if not cell.head_marks:
        return []
    notes = _legend_notes(legend, frozenset(cell.head_marks))
    out = []
    for mark in cell.head_marks:
        if mark in cell.marks or mark not in notes:
            continue
        note = canonical(notes[mark])
        if _all_matches(_PAIR, note) or _all_matches(_INTERVAL, note):
            out.append(note)
    return out


def _unmarked(legend: str, notes: dict[str, str]) -> str:
    """The legend less its marked notes ("* Mean (SD)."): each speaks for the cells its mark is on, not the table."""
    for text in notes.values():
        if text:
            legend = legend.replace(text, " ")
    return legend


@lru_cache(maxsize=256)  # asked once per cell, always with the table's legend
def _legend_notes(legend: str, marks: frozenset[str]) -> dict[str, str]:
    return footnotes_of(legend, marks)


_PLUS_MINUS_CELL = re.compile(r"\d\s*±\s*\d")


def _prints_plus_minus(model: TableModel) -> bool:
    """Does the table print any cell "a ± b"? Then a "mean ± SD" statement has cells of its own, and says nothing
    of the table's "a (b)" cells."""
    return any(_PLUS_MINUS_CELL.search(c.text) for c in model.cells)


def cell_to_records(
    cell: TableCell,
    model: TableModel,
    section: str,
    transposed: bool,
    notes: dict[str, str],
) -> tuple[list[Record], Finding | None]:
    """One cell's records, or the finding that says why it was not read."""
    paired = paired_columns((tuple(c.column), c.text) for c in model.cells)
    listing = is_listing((c.page, c.bbox[1], tuple(c.row), c.text) for c in model.cells)
    records, problem, _how = _read_cell(cell, model, section, transposed, notes, paired=paired, listing=listing)
    return records, problem


def _read_cell(
    cell: TableCell,
    model: TableModel,
    section: str,
    transposed: bool,
    notes: dict[str, str],
    conventions: Sequence[Convention] = (),
    paired: frozenset[tuple[str, ...]] = frozenset(),
    listing: bool = False,
) -> tuple[list[Record], Finding | None, str]:
    """The cell's records, the finding, and how a reading no statement of the table says was chosen: by the
    numbers alone (:data:`_BY_NUMBERS`), by the paper's convention (its phrases), or "" (a statement said it)."""
    if is_name_only(cell.text):
        return [], None, ""  # "HR" in a column of measure names: the name of the value beside it (named_cells)
    name, text = named_estimate(cell, model)
    text = unbracketed_share(text, cell.column)
    shape = parse_shape(text)
    if shape is None:
        if UNDECODED in cell.text:  # extractors.glyphs: a glyph neither its name, map nor outline decodes
            reason = "it holds a symbol-font glyph the PDF does not decode (shown as U+FFFD)"
            return [], _unread(cell, model, reason), ""
        return [], _unread(cell, model, "the cell's text is not a form trialex reads"), ""
    if shape.kind == "empty":
        return [], None, ""
    undefined = [letter for letter in cell.bracket_letters if letter not in notes]
    if undefined:
        # "3.9 (1.8–7.1)b" with no note "b": a footnote mark the notes do not define, or a part of the value
        reason = f'a letter "{",".join(undefined)}" after the bracket that no note of the table defines'
        return [], _unread(cell, model, reason), ""
    ctx = Context(
        # glued words parted for reading (extractors.glued), statistics' spellings made canonical ("Geo. Mean (CV%)")
        row=tuple(canonical(parted(t)) for t in reversed(cell.row)),
        column=tuple(canonical(parted(t)) for t in reversed(_heads_read(cell.column))),
        # the row's entry in a stub column of units ("n (%)", "years") is said of its cells, as a footnote is
        footnotes=(
            *([name] if name else []),  # the row's own name of the estimate, nearest of all (named_cells)
            *(canonical(notes[m]) for m in cell.marks if m in notes),
            *_head_notes(cell, model.legend),
            *([cell.unit] if cell.unit else []),
        ),
        # a legend's own wording of what the brackets hold ("values in parentheses are percentages"), as the
        # canonical statement the cell grammar reads (extractors/legend_wording.py)
        table_notes=canonical(model.notes),
        title=canonical(model.title),
        arm_n=cell.arm_n,
        section=section,
        stub=canonical(parted(model.stub_header)),
        headers=tuple(dict.fromkeys(canonical(parted(text)) for path in model.columns for text in path)),
        siblings=tuple(
            canonical(parted(path[-1]))
            for path in model.columns
            if path and list(path[:-1]) == list(cell.column[:-1]) and list(path) != list(cell.column)
        ),
        paper=applicable(conventions, [*cell.row, *cell.column], section, model.title) if conventions else (),
        plus_minus=_prints_plus_minus(model),
        legend=canonical(_unmarked(model.legend, notes)),
    )
    own = sub_column_statistic(shape, cell.column, cell.row, tuple(cell.column) in paired)
    if listing and shape.kind == "number" and not own:
        own = "value"  # one patient's own number in a per-patient listing (extractors/listings.py)
    meaning = Meaning((own,)) if own else meaning_of(shape, ctx)
    if not meaning.stats:
        return [], _unread(cell, model, meaning.reason or "the table does not say what these numbers are"), ""
    denominator = None
    if "denominator" in meaning.stats:
        d = shape.numbers[meaning.stats.index("denominator")]
        denominator = int(d) if d is not None and d == int(d) else None
    refused = veto(
        meaning.stats,
        shape.numbers,
        shape.decimals,
        denominator if denominator is not None else cell.arm_n,
        inferred=meaning.inferred,
        percent_bounds=shape.percent_bounds,
    )
    if refused:
        reading = "/".join(s for s in meaning.stats if s != "denominator")
        return [], _unread(cell, model, f"read as {reading}, but {refused}"), ""
    fields = _vocabulary(cell, model, section, transposed)
    if contrast_named(cell.text)[0] and not transposed:
        # "HR 0.81 (0.70–0.93)": the cell names a comparison of the groups, no one group's value, whatever column holds
        # it (a "Treatment effect" column, or one arm's beside the other's "Reference")
        fields.update(arm=None, arm_n=None)
    records: list[Record] = []
    for i, stat in enumerate(meaning.stats):
        if stat in ("denominator", UNREAD_BOUND):
            continue
        value = shape.numbers[i] if i < len(shape.numbers) else None
        qualifier = shape.qualifiers[i] if i < len(shape.qualifiers) else None
        if i == 0 and shape.comparator:
            qualifier = shape.comparator
        if value is None and qualifier is None:
            continue
        records.append(
            Record(
                section=section,
                table=model.table_id,
                table_title=model.title or None,
                row=cell.row,
                column=cell.column,
                statistic=stat,
                value=value,
                qualifier=qualifier,
                denominator=denominator if stat in ("count", "percent") else None,
                ci_level=meaning.ci_level if stat in ("ci_low", "ci_high") else None,
                raw=cell.text,
                page=cell.page,
                bbox=cell.bbox,
                marks=cell.marks,
                **fields,
            )
        )
    # a cell read in part ("65 (31–87)" under "Median age": the median, not its unnamed interval) says why not whole
    partial = _unread(cell, model, meaning.reason, "its interval") if UNREAD_BOUND in meaning.stats else None
    return records, partial, (meaning.said or _BY_NUMBERS) if meaning.inferred else ""


_BY_NUMBERS = "numbers"


_SAYS_N = re.compile(r"\s*\(\s*n\s*\)\s*$")
_HEAD_WITH_N = re.compile(r"^.+\(\s*\d{1,4}\s*\)$")
_OPEN_N = re.compile(r"\(\s*n\s*$", re.IGNORECASE)
_CLOSE_N = re.compile(r"^\s*[=:]\s*\d[\d,]*\s*\)")


def _heads_read(column: list[str]) -> list[str]:
    """The column's heads as statements of its cells: a span ending "(n)" over heads that each end with a
    bracketed number ("Dose (mg/m²) (n)" over "150 (3)") states the form of those heads (a dose and its N), not of
    the cells under them; it is read without it."""
    out = list(column)
    for i in range(len(out) - 2, -1, -1):
        # "Placebo (n" over "= 203)": a group's N wrapped over two header lines is one head
        if _OPEN_N.search(out[i]) and _CLOSE_N.match(out[i + 1]):
            out[i : i + 2] = [f"{out[i].rstrip()} {out[i + 1].strip()}"]
    for i in range(len(out) - 1):
        if _SAYS_N.search(out[i]) and _HEAD_WITH_N.match(out[i + 1].strip()):
            out[i] = _SAYS_N.sub("", out[i])
    return out


# a head that is a grade threshold or range without the word "grade" ("≥3", "3–4"), and a stub head that names it
_BARE_GRADE = re.compile(r"(?:≥|>=|≤|<=|<|>)?\s*[0-5](?:\s*[-–]\s*[1-5])?")
_GRADE_STUB = re.compile(r"\bgrades?\b", re.IGNORECASE)


def _bare_grades(column: list[str], stub_header: str) -> list[str]:
    """The heads of an AE column that are bare grades ("≥2", "≥3" under each arm) when the stub head says the
    columns are grades ("Max CTCAE grade", "Grade"): a bare number under an arm is no grade without it."""
    if not _GRADE_STUB.search(stub_header):
        return []
    return [label for label in column if _BARE_GRADE.fullmatch(label.strip())]


def _vocabulary(cell: TableCell, model: TableModel, section: str, transposed: bool) -> dict[str, object]:
    arm_labels = cell.row if transposed else cell.column
    measures = shared_measures(model.columns)
    arm = arm_of(arm_labels[-1:]) if transposed else arm_of(arm_labels, measures)
    if not transposed and whole_trial_column(arm, model.columns, measures):
        arm = None
    if arm and not transposed and _landmark_head(arm):
        arm = None  # "Survival at 1 year (95% CI)": an end point at a landmark heads the column, no group
    if arm and not transposed and _time_numbers(cell.column, model):
        # "0 | 6 | 12" under each group, the title or legend naming the unit of time ("Weight by Month"): the
        # columns' time points, no part of the group's name
        arm = arm_of(cell.column[:-1], measures) or arm
    bare = _bare_grades(cell.column, model.stub_header) if section == "adverse_events" and not transposed else []
    if bare:  # "≥2 | ≥3" under each arm, the stub head "Max CTCAE grade": grade scopes, no part of the arm's name
        arm = arm_of([label for label in arm_labels if label not in bare], measures)
    out: dict[str, object] = {"arm": arm, "arm_n": cell.arm_n}
    if section == "adverse_events":
        out["grade"] = grade_of([*(f"Grade {b}" for b in bare), *cell.column, *cell.row, model.title])
        out["scope"] = ae_scope(cell.row, model.title, cell.column) or ("trae" if related_column(cell.column) else None)
    elif section == "pk":
        param, unit, _ = pk_parameter([*reversed(cell.row), *reversed(cell.column)])
        out["parameter"] = param
        out["unit"] = unit
        out["analyte"] = _analyte(cell)
        labels = [*cell.row, *cell.column]
        dose = next((lab for lab in labels if _DOSE.search(lab) and not re.search(EFFECT_ON, lab, re.I)), None)
        out["arm"] = arm_of([dose]) if dose else (None if not transposed else out["arm"])
    elif section == "efficacy":
        out["parameter"] = efficacy_parameter(cell.row)
    if cell.unit and section != "pk" and not _FORM_UNIT.search(cell.unit):
        out["unit"] = cell.unit
    return out


_TIME_UNIT = re.compile(r"\b(?:months?|weeks?|days?|years?|visits?|cycles?)\b", re.IGNORECASE)
_DOSE_UNIT = re.compile(r"\b(?:mg|µg|μg|mcg|g|ml|mmol|iu|units?|kg)\b|mg/", re.IGNORECASE)


def _time_numbers(column: list[str], model: TableModel) -> bool:
    """Is the lowest head of this column a bare number printed under two or more groups alike (a time point), the
    table's title or notes naming a unit of time and no dose?"""
    if len(column) < 2 or not re.fullmatch(r"\d{1,3}", column[-1].strip()):
        return False
    alike = sum(1 for c in model.columns if len(c) >= 2 and c[-1].strip() == column[-1].strip())
    words = f"{model.title} {model.notes} {' '.join(column)}"
    return alike >= 2 and bool(_TIME_UNIT.search(words)) and not _DOSE_UNIT.search(words)


def _landmark_head(arm: str) -> bool:
    """A column head that names a time-to-event end point at a landmark ("Survival at 1 year (95% CI)", "2-year
    PFS, %") and no group's N: what the column's cells are, not whose."""
    return (
        re.search(_LANDMARK_EVENT, arm, re.IGNORECASE) is not None
        and re.search(_LANDMARK_TIME, arm, re.IGNORECASE) is not None
        and _GROUP_N.search(arm) is None
    )


_GROUP_N = re.compile(r"\b[nN]\s*[=:]\s*\d")


# a units column's entry that states the cells' form ("n (%)", "No.", "mean (SD)") is no unit
_FORM_UNIT = re.compile(r"\bn\b|\bno\.|\(%\)|\bmean\b|\bmedian\b|\bsd\b|\biqr\b|\brange\b", re.IGNORECASE)


# a dose that names a group; one after a comparison sign is a covariate's cut-off ("θF,dose>50 mg"), no group
_DOSE = re.compile(r"(?<![<>≤≥=\d.])(?<![<>≤≥=]\s)\d+(?:\.\d+)?\s*(?:mg|µg|μg|mcg|g)\b|\bplacebo\b", re.IGNORECASE)


def _analyte(cell: TableCell) -> str | None:
    """The analyte of a PK cell: the label beside the parameter that is neither a dose, an arm nor a
    statistic."""
    for label in [*cell.column, *cell.row]:
        text = label.strip()
        if pk_parameter([text])[0] is not None:
            continue
        if re.search(
            r"\d+(\.\d+)?\s*(mg|µg|μg|mcg|g)\b|\bday\b|dose|\bn\s*=|placebo|group|ratio|mean|ci\b|"
            r"geometric|parameter|cohort|part\b",
            text,
            re.IGNORECASE,
        ):
            continue
        if _UNIT_ONLY.fullmatch(text) or _STAT_HEAD.fullmatch(text):
            continue  # "(ng/mL)" on a head's second line, "SD" under an analyte's span: no analyte
        if re.search(r"[A-Za-z]{2,}", text) or _METABOLITE_CODE.fullmatch(text):
            return text
    return None


# a head that is only a unit, bracketed or not ("(ng/mL)", "ng·h/mL", "(h)")
_UNIT_ONLY = re.compile(
    r"\(?\s*[a-zµμ]{0,3}(?:g|l|h|min|mol)(?:\s*[·.*×/]\s*[a-zµμ]{0,3}(?:g|l|h|min|mol))*\s*\)?", re.I
)
# a statistic's own head under an analyte's span ("Mean | SD", "Geo. mean | CV%")
_STAT_HEAD = re.compile(r"(?:geo\.?\s*)?(?:sd|se|sem|cv\s*%?|%\s*cv|median|min|max|range|iqr|n)", re.IGNORECASE)
# a metabolite named by its code alone ("M1", "M2a")
_METABOLITE_CODE = re.compile(r"M\d{1,2}[a-z]?")


def m_text(value: float) -> str:
    return f"{value:g}"


def _unread(cell: TableCell, model: TableModel, reason: str, part: str = "") -> Finding:
    """A ``cell-unread`` finding: the cell, or ``part`` of it ("its interval"), was not read, and why."""
    where = " / ".join([*cell.row[-1:], *cell.column[-1:]])
    return Finding(
        check="cell-unread",
        severity="warning",
        table=model.table_id,
        page=cell.page,
        message=f"{model.table_id}, {where}: '{cell.text}'{' ' + part if part else ''} was not read: {reason}",
        values=[
            FindingValue(label=f"{model.table_id} / {where}", value=None, raw=cell.text, page=cell.page, bbox=cell.bbox)
        ],
    )
