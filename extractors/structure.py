"""Grids (one per page part of a table) into one table of labelled cells.

Each value cell gets its row path (group labels outer to inner, by indentation and label-only group rows),
its column path (header levels top to bottom, as restated inside the body where the table does that), the
N of its group where the table states one, and the footnote marks printed on it. Footnote marks (raised,
smaller type) are taken off labels and values and kept apart.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from extractors.cells import bracket_letters, glued_marks, parse_shape
from extractors.contrast_rows import continues_shared, reference_cells, shared_value_column
from extractors.geometry import DEFAULT_GRID, DEFAULT_REGION, GridSettings
from extractors.grid import Cell, Grid, HeaderFragment, Row, value_like
from extractors.grid_rows import EQUATION
from extractors.hint_patterns import _RSE_LABEL, EFFECT_ON
from extractors.layout import text_of
from extractors.marks import MARK_CHARS, MARK_CLASS
from schemas.document import BBox, Word

# thousands set apart by a (thin) space: "N = 1 204", "(n = 19 220)", only where the N ends its label or bracket
_N_GROUPED = r"\d{1,3}(?:[ \u2009\u202f\u00a0]\d{3})+(?=\s*\)|\s*$)"
_N_IN_LABEL = re.compile(rf"\(?\s*\b[nN]\s*(?:=|¼|5|:)\s*({_N_GROUPED}|\d[\d,]*)\s*\)?")
_MARK_TEXT = re.compile(rf"^[a-z{MARK_CHARS},\d\s]{{1,6}}$")
_N_LABEL = re.compile(
    r"^(n|N|no\.?|number of (patients|participants|subjects)|patients|total number of patients|"
    r"evaluable patients|patients evaluable)$",
    re.IGNORECASE,
)
_ONLY_N = re.compile(r"^\(?\s*[nN]\s*(?:=|¼|5|:)\s*\d[\d,]*\s*[a-z*†‡§¶#]*\s*\)?$")


@dataclass(slots=True)
class TableCell:
    """One value cell with everything that labels it."""

    row: list[str]
    column: list[str]
    text: str
    page: int
    bbox: BBox
    arm_n: int | None
    marks: list[str]
    row_bold: bool = False
    unit: str = ""  # the row's text in a stub column of units ("years", "n (%)", "mL/min/1.73 m²")
    # footnote letters printed in the value's own type after its closing bracket ("62 (41–80)a"): marks only where
    # the table's notes define them
    bracket_letters: list[str] = field(default_factory=list)
    # footnote marks on the column heads over the cell ("Baseline*", "Change from baseline†"): their notes speak for
    # the cell only where they state what its numbers are (records.py)
    head_marks: list[str] = field(default_factory=list)


@dataclass(slots=True)
class TableModel:
    """A whole table (all its page parts): id, title, notes and labelled cells."""

    table_id: str
    title: str
    pages: list[int]
    notes: str
    stub_header: str
    columns: list[list[str]]
    cells: list[TableCell] = field(default_factory=list)
    row_labels: list[list[str]] = field(default_factory=list)
    transposed: bool = False
    # the legend as printed under or over the table, without the heads that state a form ("Mean (SD)" over some
    # columns) which ``notes`` carries too: what the table says of itself in words
    legend: str = ""


def is_mark_word(word: Word, neighbours: list[Word]) -> bool:
    """A footnote mark: raised type smaller than its neighbours, or a dagger-like symbol. A raised digit
    right after a unit ("kg/m" + "2") or a raised minus ("ml" + "-" + "1") is an exponent, not a mark."""
    text = word.text
    if text and all(ch in MARK_CHARS for ch in text):
        return True
    bigger = [w for w in neighbours if w.size > word.size * 1.15]
    if not bigger:
        return _raised_letter(word, neighbours)
    # the bigger word on the mark's own printed line, next to it (a label may wrap over several lines)
    base = min(bigger, key=lambda w: (abs((w.top + w.bottom) / 2 - (word.top + word.bottom) / 2), abs(w.x1 - word.x0)))
    raised = word.bottom < base.bottom - 0.15 * base.size
    if not raised or not _MARK_TEXT.match(text):
        return False
    if text in ("st", "nd", "rd", "th"):
        before = [w for w in neighbours if w is not word and -0.6 <= word.x0 - w.x1 <= 0.6]
        if any(w.text[-1:].isdigit() for w in before):
            return False  # an ordinal: "1st", "3rd"
    if text.isdigit():
        before = [w for w in neighbours if w is not word and -0.6 <= word.x0 - w.x1 <= 0.6]
        if any(_exponent_base(w.text) or _set_small(w, neighbours) for w in before):
            return False  # "kg/m" + "2", "ω" + "2", and after a subscript: "ω_CL" + "2"
        if any(w.text in ("-", "−", "–") and w.size <= word.size * 1.15 for w in before):
            return False  # a negative exponent: the raised minus and digit of "ml⁻¹", "h⁻¹"
        if any(w.text.endswith("−") and len(w.text) > 1 and w.text[-2].isalpha() for w in before):
            return False  # the same, the minus glued to its unit in the text layer ("(h−" + "1")
        after = [w for w in neighbours if w is not word and -0.6 <= w.x0 - word.x1 <= 0.6 and w.size > word.size]
        if any(w.text[:1].isalpha() for w in after):
            return False  # a prefixed superscript: the mass number of "¹⁷⁷Lu"
    return True


# the units a raised digit is an exponent of ("kg/m" + "2", "cells/mm" + "3", "m/s" + "2"): the letters of the word
# it is glued to, or one letter (a variable: "ω" + "2", "R" + "2", "I" + "2"); after a longer word
# ("hospitalization" + "5", "patients/year" + "1") a raised digit is a mark
_EXPONENT_UNITS = frozenset({"cm", "mm", "dm", "km", "nm", "µm", "μm", "ft", "in"})


def _exponent_base(text: str) -> bool:
    """The word a raised digit glued to it would be an exponent of: a unit of length or a one-letter variable."""
    letters = re.search(r"[^\W\d_]+$", text)
    return letters is not None and (len(letters.group(0)) == 1 or letters.group(0) in _EXPONENT_UNITS)


def _set_small(word: Word, neighbours: list[Word]) -> bool:
    """A sub- or superscript itself: set smaller than the biggest word beside it, or lowered off the foot of the
    word it is glued to (a subscript set in nearly that word's size: "ω" + "CL")."""
    if any(w.size > word.size * 1.15 for w in neighbours):
        return True
    return any(
        w is not word and -0.6 <= word.x0 - w.x1 <= 0.6 and word.bottom > w.bottom + 0.2 * w.size for w in neighbours
    )


def _raised_letter(word: Word, neighbours: list[Word]) -> bool:
    """A footnote letter set in nearly the label's own type (a renderer's superscript at 24/25 of the body's small
    size) but raised well off its line: one lower-case letter glued to the end of a word of its size or bigger,
    its foot a third of that word's size or more above the word's foot and still beside it (not a line up). A
    digit so set is a mark too, glued after a word no exponent's unit ends or after a closing bracket
    ("patients/year" + "1", "(95% CI)" + "2")."""
    digit = len(word.text) <= 2 and word.text.isdigit()
    if not (len(word.text) == 1 and "a" <= word.text <= "h") and not digit:
        return False
    for w in neighbours:
        if w is word or w.size < word.size or not -0.6 <= word.x0 - w.x1 <= 0.6:
            continue
        if digit and (_exponent_base(w.text) or _set_small(w, neighbours) or not re.search(r"[A-Za-z)\]]$", w.text)):
            continue
        # a letter after a subscript ("t_lag^a") stands against the word the subscript hangs from
        base = next((v for v in neighbours if v.size > w.size and -0.6 <= w.x0 - v.x1 <= 0.6), w)
        if base.bottom - 0.75 * base.size < word.bottom < base.bottom - 0.3 * base.size:
            return True
    return False


def split_marks(words: list[Word]) -> tuple[list[Word], list[str]]:
    """Words without their footnote marks, and the marks."""
    keep, marks = [], []
    for w in words:
        if is_mark_word(w, words):
            marks.append(w.text)
            continue
        glued = _EXPONENT_MARK.fullmatch(w.text)
        if glued and _raised_script(w, words):
            # an exponent and the footnote letter after it, one word in the text layer ("ε_prop-2" + "2b")
            keep.append(replace(w, text=glued[1], x1=w.x0 + (w.x1 - w.x0) * len(glued[1]) / len(w.text)))
            marks.append(glued[2])
            continue
        keep.append(w)
    return keep, marks


_EXPONENT_MARK = re.compile(r"(\d+)([a-h])")


def _raised_script(word: Word, neighbours: list[Word]) -> bool:
    """Set right after a word of its size or bigger, its baseline raised ``script_raise_em`` of that word's height
    above the word's: a superscript (after a subscript too: "ω_CL²")."""
    raise_em = DEFAULT_REGION.script_raise_em
    return any(
        w is not word
        and w.size >= word.size
        and -0.6 <= word.x0 - w.x1 <= 0.6
        and w.bottom - word.bottom >= raise_em * w.height
        for w in neighbours
    )


_TRAILING_MARK = re.compile(rf"(?<=[A-Za-z)\]%])(?:{MARK_CLASS}+|[a-h](?:,[a-h])*)$")


def clean_label(words: list[Word]) -> tuple[str, list[str]]:
    """A label's text without footnote marks (raised type, daggers, a glued trailing letter after ')')."""
    keep, marks = split_marks(words)
    text = fix_glyphs(text_of(keep).strip())
    text = re.sub(rf"\s*{MARK_CLASS}+(?=\s|$)", "", text).strip()
    return text, marks


_N_QUARTER = re.compile(r"\b([nN])\s*¼\s*(?=\d)")
_N_FIVE = re.compile(r"(\(|^|\s)([nN]) 5 (?=\d)")
_N_FIVE_GLUED = re.compile(r"(\(|^|\s)([nN])5(?=\d+(?:\)|\s|$))")


def fix_glyphs(text: str) -> str:
    """Symbol-font glyphs in labels: "(n ¼ 14)" and "(N 5 129)" are "n = 14" and "N = 129"; ">_" is "≥"."""
    text = _N_QUARTER.sub(r"\1 = ", text)
    text = _N_FIVE.sub(r"\1\2 = ", text)
    # the same '=' glued between "N" and the number ("N536" is N = 36), the number ending the word
    text = _N_FIVE_GLUED.sub(r"\1\2 = ", text)
    return text.replace(">_", "≥").replace("<_", "≤")


# a header cell that states a form: a count and its share ("No. (%)", "Events, n (%)", "Patients (%)"), a mean and
# its SD, a range, an IQR; a quantity named with its unit in per cent ("RSE (%)", "Shrinkage (%)", "Change (%)")
# states no form of the table's cells
_FORM_HEAD = r"(?:\bn|\bno\.?|\bnumber|patients|participants|subjects|events|cases)\s*\(%\)|\(sd\)|±|\(range\)|\(iqr\)"


def grids_to_table(grids: list[Grid]) -> TableModel:
    """Join a table's page parts; label every value cell."""
    first = grids[0]
    region = first.region
    notes = " ".join(g.region.notes_text for g in grids if g.region.notes or g.region.legend).strip()
    # a header line that states the cells' form ("No. (%)", "Mean (SD)") over only some columns applies
    # to the table as a whole, like a legend
    descriptors = [
        f.text for f in first.header if re.search(_FORM_HEAD, f.text, re.I) and len(f.columns) < len(first.columns)
    ]
    for grid in grids:  # a form line centred under every arm states every column's form
        for form in _centred_forms(grid):
            form.columns = tuple(range(len(grid.columns)))
    descriptors += [f.text for f in _centred_forms(first)]
    written = notes
    notes = " ".join([notes, *descriptors]).strip()
    base_columns = _column_paths(first.header, len(first.columns))
    model = TableModel(
        table_id=region.table_id,
        title=region.title,
        pages=sorted({g.region.page for g in grids}),
        notes=notes,
        stub_header=first.stub_header,
        columns=base_columns,
        legend=written,
    )
    _align_indents(grids)
    state = _State()
    base_marks = _column_marks(first.header, len(first.columns))
    for grid in grids:
        columns = _column_paths(grid.header, len(grid.columns)) if grid.header else base_columns
        columns = _repeated_columns(_interval_columns(_inherit_groups(columns)))
        if len(columns) != len(grid.columns):
            columns = [[] for _ in grid.columns]
        head_marks = _column_marks(grid.header, len(grid.columns)) if grid.header else base_marks
        if len(head_marks) != len(grid.columns):
            head_marks = [[] for _ in grid.columns]
        before = len(model.cells)
        _label_cells(model, grid, columns, state)
        for cell in model.cells[before:]:
            k = _column_of(cell, grid)
            if k is not None and k < len(head_marks):
                cell.head_marks = list(head_marks[k])
    return model


_GLUED_SYMBOL = re.compile(rf"(?<=[A-Za-z0-9)\]%]){MARK_CLASS}+$")


def _column_marks(header: list[HeaderFragment], ncols: int) -> list[list[str]]:
    """The footnote marks on the heads over each value column ("Baseline*", a span's "Drug A (n = 40)†")."""
    marks: list[list[str]] = [[] for _ in range(ncols)]
    for frag in header:
        _text, own = clean_label(frag.words)
        # a symbol set in the head's own type and glued to its last letter ("Baseline*", "baseline†")
        own = [*own, *(m.group(0) for w in frag.words if (m := _GLUED_SYMBOL.search(w.text)))]
        for k in frag.columns:
            if 0 <= k < ncols:
                marks[k].extend(m for m in own if m not in marks[k])
    return marks


def _column_of(cell: TableCell, grid: Grid) -> int | None:
    """The value column of the grid whose span holds the cell's centre."""
    centre = (cell.bbox[0] + cell.bbox[2]) / 2
    return next((k for k, (x0, x1) in enumerate(grid.columns) if x0 <= centre <= x1), None)


def _align_indents(grids: list[Grid]) -> None:
    """Indents measured alike on every part of a table. The grid measures a row's indent from the start of
    the first value column; when that column's values are centred (or set flush right), its start moves with
    the widest value of each part, so a table flowing into the next column would nest its top-level rows of
    one part under those of the other. Then the indents are measured from the values' centres (right edges)."""
    if len(grids) < 2:
        return
    if _from_left_edge(grids):
        return
    edges: dict[str, Callable[[float, float], float]] = {
        "left": lambda a, b: a,
        "centre": lambda a, b: (a + b) / 2,
        "right": lambda a, b: b,
    }
    boxes = [
        [
            (min(w.x0 for w in r.cells[0].words), max(w.x1 for w in r.cells[0].words))
            for r in g.rows
            if r.cells and r.cells[0].words
        ]
        for g in grids
    ]
    spread = dict.fromkeys(edges, 0.0)
    for part in boxes:
        if len(part) < 3:
            continue
        for how, edge in edges.items():
            xs = sorted(edge(a, b) for a, b in part)
            mid = xs[len(xs) // 2]
            spread[how] += sum(abs(x - mid) for x in xs) / len(xs)
    best = min(spread, key=spread.__getitem__)
    if best == "left" or not spread["left"] or spread[best] > 0.5 * spread["left"]:
        return  # the values start at one place: the grid's own measure holds
    for grid, part in zip(grids, boxes, strict=True):
        if not part:
            continue
        xs = sorted(edges[best](a, b) for a, b in part)
        shift = grid.columns[0][0] - xs[len(xs) // 2]
        for row in grid.rows:
            if row.label_words:
                row.indent = round(row.indent + shift, 1)


# a row of the table's body that is a statement of what its numbers are: "Values are median (IQR)", "Data are
# mean (SD)", "Data presented as n (%)"
_STATEMENT_ROW = re.compile(
    r"^(?:all\s+)?(?:data|values|results|numbers)\s+(?:are|were|is|presented|expressed|shown|given)\b"
    r"(?:\s+(?:presented|expressed|shown|given|reported))?(?:\s+(?:as|in))?\s+(?:the\s+)?"
    r"(?:n\b|no\.|numbers?|means?|medians?|geometric|least|counts?|percent)",
    re.IGNORECASE,
)


def _from_left_edge(grids: list[Grid], s: GridSettings = DEFAULT_GRID) -> bool:
    """Parts of one table whose left edges line up but whose first value columns do not (a table broken over
    two pages and laid out anew on each, its columns as wide as each part's own cells): the grid's measure from
    the first value column would nest one part's top-level rows under the other's. Their indents are then
    measured from the shared left edge. Whether it measured them so."""
    sizes = sorted(w.size for g in grids for r in g.rows for w in r.label_words)
    if not sizes:
        return False
    em = sizes[len(sizes) // 2]
    lefts = [g.region.x0 for g in grids]
    starts = [g.columns[0][0] for g in grids if g.columns]
    if len(starts) != len(grids) or max(lefts) - min(lefts) > s.part_edge_em * em:
        return False
    if max(starts) - min(starts) <= s.part_anchor_em * em:
        return False
    for grid in grids:
        shift = grid.columns[0][0] - grid.region.x0
        for row in grid.rows:
            if row.label_words:
                row.indent = round(row.indent + shift, 1)
    return True


_FORM = re.compile(
    r"^\(?(?:n|no\.?|number)\s*\((?:%|percent)\)\)?$|^number \(percent\)$|^mean \(sd\)$|^median \((?:range|iqr)\)$",
    re.IGNORECASE,
)


_FORM_LINE = re.compile(r"^(?:no\.?|number) of (?:patients|participants|subjects)(?: \((?:%|percent)\))?$", re.I)


def _centred_forms(grid: Grid, settings: GridSettings = DEFAULT_GRID) -> list[HeaderFragment]:
    """The header's lowest line when it holds only a statement of the cells' form centred over the whole run
    of value columns ("number of patients" under NEJM-like arm heads): it heads every column, not only the
    one it happens to sit over."""
    if not grid.header or len(grid.columns) < 2:
        return []
    last = max(f.line for f in grid.header)
    frags = [f for f in grid.header if f.line == last]
    if len(frags) != 1 or not _FORM_LINE.match(frags[0].text.strip()):
        return []
    words = frags[0].words
    centre = (words[0].x0 + words[-1].x1) / 2
    span = (grid.columns[0][0] + grid.columns[-1][1]) / 2
    return frags if abs(centre - span) <= settings.centred_span_em * max(w.size for w in words) else []


def _column_paths(header: list[HeaderFragment], ncols: int) -> list[list[str]]:
    # a lone line stating the cells' form under some columns ("number (percent)") is a legend, not a level
    per_line: dict[int, int] = {}
    for f in header:
        per_line[f.line] = per_line.get(f.line, 0) + 1
    header = [
        f for f in header if not (_FORM.match(f.text.strip()) and per_line[f.line] == 1 and len(f.columns) < ncols)
    ]
    lines = sorted({f.line for f in header})
    # a head over two columns wrapped over two lines ("Change from" over "baseline", over an estimate and its P, no
    # sub-heads under it) is no group level: each of its lines names the same columns, none a part of them
    group_lines = {
        ln
        for ln in lines
        if any(
            len(f.columns) > 1
            and not (
                any(g.line != ln and g.columns == f.columns for g in header)
                and not any(g.line > ln and set(g.columns) < set(f.columns) for g in header)
            )
            for f in header
            if f.line == ln
        )
    }
    paths: list[list[str]] = [[] for _ in range(ncols)]
    for k in range(ncols):
        pending: list[str] = []
        for ln in lines:
            frag = next((f for f in header if f.line == ln and k in f.columns), None)
            if frag is None:
                continue
            text, _marks = clean_label(frag.words)
            if not text:
                continue
            if ln in group_lines:
                if pending:
                    paths[k].append(" ".join(pending))
                    pending = []
                paths[k].append(text)
            elif pending and _continues(pending[-1], text):
                # a word broken at its hyphen over two lines ("patient-" / "yr", "follow-" / "up") is one word
                broken = re.search(r"[A-Za-z]-$", pending[-1]) is not None and text[:1].islower()
                pending[-1] = f"{pending[-1]}{'' if broken else ' '}{text}"
                if len(pending) > 1 and _BRACKET_ONLY.fullmatch(pending[-1]):
                    # a bracket closed over two lines ("HR" / "(95%" / "CI)") ends the head above it, as one would
                    pending[-2:] = [f"{pending[-2]} {pending[-1]}"]
            else:
                pending.append(text)
        paths[k].extend(pending)
    return paths


_MEASURE = re.compile(
    r"incidence|\brate\b|events?\b|%(?!\s*(?:ci|cri|confidence|credible))|\bno\.|number|per \d+|patient.?y|person.?y",
    re.IGNORECASE,
)
# a comparison of the groups ("Hazard ratio (95% CI)", "Ratio of adjusted means", "Estimated treatment difference",
# "NNT", "P value"): a column
# of its own, never a measure of the group on its left
_CONTRAST_COLUMN = re.compile(
    r"\b(?:hazard|odds|risk|rate)\s+ratio|\brelative\s+risk\b|\b(?:hr|rr|irr|nnt|nnh)\b|\bor\b(?=\s*\()|^or$|\brd\b(?=\s*\()|differen"
    r"|number needed"
    # a ratio of the groups' estimates ("Ratio of adjusted means, % (90% CI)", "GMR (90% CI)")
    r"|\bratios?\b|\bgmrs?\b"
    r"|\bp[\s-]*value\b",
    re.IGNORECASE,
)


def _inherit_groups(columns: list[list[str]]) -> list[list[str]]:
    """A column headed only by a measure ("Incidence Rate / no. of events/100 patient-yr"), right of a
    group's column ("Liraglutide (N = 4668) / no. of patients (%)"), belongs to that group."""
    out = [list(c) for c in columns]
    for k in range(1, len(out)):
        path, left = out[k], columns[k - 1]
        if not path or arm_n_of(path) is not None or arm_n_of(left) is None:
            continue
        if any(_CONTRAST_COLUMN.search(label) for label in path):
            continue
        if all(_MEASURE.search(label) for label in path) and left and arm_n_of(left[:1]) is not None:
            out[k] = [left[0], *path]
    return out


_INTERVAL_HEAD = re.compile(
    r"^\(?\s*\d{2}(?:[.·]\d)?\s*%\s*(?:ci|cri|confidence interval|credible interval)\s*\)?$", re.IGNORECASE
)


def _interval_columns(columns: list[list[str]]) -> list[list[str]]:
    """A column headed only by an interval ("95 % CI"), right of an estimate's column ("Population estimate
    (%RSE)", "IIV (%CV)"), is that estimate's interval: its path goes on from the estimate's."""
    out = [list(c) for c in columns]
    for k in range(1, len(out)):
        path, j = columns[k], k - 1
        # a precision's column between ("Estimate | RSE (%) | 95% CI") states no estimate: the interval is the one
        # left of it
        while j > 0 and columns[j] and re.search(_RSE_LABEL, columns[j][-1], re.IGNORECASE):
            j -= 1
        left = columns[j]
        if len(path) != 1 or not _INTERVAL_HEAD.match(path[0].strip()) or not left:
            continue
        if re.search(_RSE_LABEL, left[-1], re.IGNORECASE):
            continue
        if any(_INTERVAL_HEAD.match(label.strip()) for label in left) or arm_n_of(left) is not None:
            continue  # another interval, or a group's column (its N): no estimate of this interval
        out[k] = [*left, *path]
    return out


def _repeated_columns(columns: list[list[str]]) -> list[list[str]]:
    """One header printed over two columns with no span of their own ("Ratio of geomeans (90% CI)" right of
    "Glucuronide AUC" and again right of "Sulfate AUC"): each belongs to the span on its left, which tells
    the two apart, when those spans differ."""
    out = [list(c) for c in columns]
    by_path: dict[tuple[str, ...], list[int]] = {}
    for k, path in enumerate(columns):
        if len(path) == 1:
            by_path.setdefault(tuple(path), []).append(k)
    for ks in by_path.values():
        if len(ks) < 2 or 0 in ks:
            continue
        spans = [columns[k - 1][0] if len(columns[k - 1]) >= 2 else "" for k in ks]
        if all(spans) and len(set(spans)) == len(spans):
            for k, span in zip(ks, spans, strict=True):
                out[k] = [span, *columns[k]]
    return out


_BRACKET_ONLY = re.compile(r"[(\[][^()\[\]]*[)\]]")
_WRAPPED_NUMBER = re.compile(r"[<>≤≥⩽⩾]?\s*\d+(?:\s*(?:[–-]|or|to)\s*\d+)?\+?")


def _continues(prev: str, text: str) -> bool:
    return bool(
        prev.endswith(("-", "–", "(", ",", "="))
        or text[:1] == ")"
        # a bracket left open goes on on the next line ("Median OS, months (95%" / "CI)"), and a line that is only a
        # bracket ("ORR, n" / "(%)", "HR" / "(95% CI)") is the end of the head above it in its one column
        or prev.count("(") > prev.count(")")
        or prev.count("[") > prev.count("]")
        or bool(_BRACKET_ONLY.fullmatch(text.strip()))
        or re.match(r"^\d+\)", text)
        or (text[:1].islower() and not text.startswith(("n ", "no.")))
        # a head's number wrapped under its word in a narrow column ("Week" / "12", "Day" / "28", "Grade" / "≥3",
        # "Grade" / "3–4")
        or (bool(_WRAPPED_NUMBER.fullmatch(text)) and bool(re.search(r"[A-Za-z]$", prev)))
    )


def arm_n_of(labels: list[str]) -> int | None:
    """The N printed in a group's labels: "(N = 1395)", "n=12", "(n 5 42)" (symbol-font '='), also split over two
    lines of a wrapped head ("Velocimab, 1 mg/kg (N =" over "24)")."""
    for i in range(len(labels) - 1, -1, -1):
        m = _N_IN_LABEL.search(labels[i])
        if m is None and i + 1 < len(labels) and re.search(r"\b[nN]\s*=\s*$", labels[i]):
            m = _N_IN_LABEL.search(f"{labels[i]} {labels[i + 1]}")
        if m:
            return int(re.sub(r"[,\s]", "", m.group(1)))
    return None


# a cell saying a model's parameter was fixed, not estimated ("Fixed", "fixed (0.6 × V1)", "FIX")
_FIXED_CELL = re.compile(r"^\s*fix(?:ed)?\b", re.IGNORECASE)


# a cell that is only a footnote mark: a lower-case letter or a symbol mark
_MARK_ONLY = re.compile(r"[a-z*†‡§¶#]")


def _is_header_row(row: Row) -> bool:
    """A body row that restates column headings: text in value columns, none of it a value."""
    texts = [c.text for c in row.cells if c.words]
    if not texts:
        return False
    if any(_FIXED_CELL.search(t) for t in texts):
        return False  # "Fixed (0.6 × V1)": a parameter the model did not estimate, a cell of its row, no heading
    if len(row.label.strip()) <= 1 and all(_MARK_ONLY.fullmatch(t.strip()) for t in texts):
        # "a | b | b": the raised marks of a legend line under the table ("aIncludes ... bIncludes"), no heading
        return False
    if not row.label_words and all(t.count(")") > t.count("(") for t in texts):
        return False  # "V1)": the end of a cell wrapped from the row above, never a heading of its own
    return all(
        not value_like(t) and not _ONLY_N.match(t.strip()) and re.search(r"[A-Za-z]", t) and parse_shape(t) is None
        for t in texts
    )  # a cell the grammar reads ("4.6 (95% CI: 2.3–8.9)") is a value, words and all


def _is_n_row(row: Row) -> bool:
    texts = [c.text for c in row.cells if c.words]
    return bool(texts) and all(_ONLY_N.match(fix_glyphs(t).strip()) for t in texts)


def _row_kinds(rows: list[Row]) -> list[str]:
    """header / n / body for each row; an "n = ..." row next to a header row is part of that header."""
    kinds = ["header" if _is_header_row(r) else "n" if _is_n_row(r) else "body" for r in rows]
    for i, kind in enumerate(kinds):
        if kind == "n" and ((i > 0 and kinds[i - 1] == "header") or (i + 1 < len(kinds) and kinds[i + 1] == "header")):
            kinds[i] = "header"
    return kinds


@dataclass(slots=True)
class _State:
    """Row context carried from one page part of a table to the next: the open group rows."""

    stack: list[_Ancestor] = field(default_factory=list)
    outer_label: str | None = None
    top_label: str | None = None


@dataclass(slots=True)
class _Ancestor:
    indent: float
    label: str
    label_only: bool
    mode: str = ""  # "", "deep" (holds more-indented rows) or "flat" (holds same-indent rows)
    section: bool = False  # a bold label-only row: a section heading over the rows that follow


# the statistic a row label states at its end: "Sex (n, %)", "Age, n (%)", "Median age, years (IQR)", "BMI, mean (SD)"
_LABEL_FORM = re.compile(
    r"(?:,\s*|\s\()(?:(?:n|no\.?|number)\s*(?:,\s*%|\(%\))|%|(?:median|mean|geometric mean|iqr|range|sd)\b)[^()]*\)?$"
    r"|\((?:iqr|range|sd|%)\)$",
    re.IGNORECASE,
)


def _form(label: str) -> str:
    """The statistic a label states at its end, lowercase without spaces ("(n,%)"), or ""."""
    m = _LABEL_FORM.search(label)
    return re.sub(r"\s", "", m.group(0).lower()).lstrip(",") if m else ""


def _own_variable(group: str, label: str) -> bool:
    """In a table set flat (group label rows and their categories at one indent), a row under a group label that
    states a statistic ("Sex (n, %)") is a variable of its own when its label states one too: "Median age, years
    (IQR)" or "Comorbidity (n, %)" with a value of its own is no category of sex or of the group above."""
    return bool(_LABEL_FORM.search(group)) and bool(_LABEL_FORM.search(label))


_EQUATION = EQUATION  # a model's equation or a definition of its terms (grid_rows.EQUATION)


def _equation_notes(rows: list[Row], kinds: list[str], tol: float) -> set[int]:
    """Rows that print a model's equation over the rows of its parameters: a label-only body row stating an
    equation, set at the indent of the row under it (the rows it precedes are its parameters, not its members;
    an equation outdented over its parameters heads them as a group)."""
    out = set()
    for i, row in enumerate(rows[:-1]):
        if kinds[i] != "body" or row.has_values or not _EQUATION.search(row.label):
            continue
        nxt = rows[i + 1]
        if nxt.label_words and abs(nxt.indent - row.indent) <= tol:
            out.add(i)
    return out


def _indent_tolerance(grid: Grid, s: GridSettings = DEFAULT_GRID) -> float:
    """How far apart two stub labels' indents may be at one level: ``indent_level_em`` of the stub's usual type
    size (the median over labelled rows)."""
    sizes = sorted(r.size for r in grid.rows if r.label_words)
    return s.indent_level_em * (sizes[len(sizes) // 2] if sizes else 8.0)


def _label_cells(model: TableModel, grid: Grid, columns: list[list[str]], state: _State) -> None:
    columns = [list(c) for c in columns]
    ncols = len(grid.columns)
    arm_ns: list[int | None] = [arm_n_of(c) for c in columns]
    kinds = _row_kinds(grid.rows)
    restated_stub = any(k == "header" and r.label_words for k, r in zip(kinds, grid.rows, strict=True))
    stack = state.stack
    top_label = grid.stub_header if restated_stub and grid.stub_header else state.top_label
    tol = _indent_tolerance(grid)
    block: list[list[str]] | None = None
    scoped: tuple[list[str], list[int | None]] | None = None  # (group path, Ns before its own "N" row)
    outer_label = state.outer_label
    shared: tuple[Cell, TableCell] | None = None  # the last comparison value printed once for the arms
    above_k: int | None = None  # its column, when it was on the row just above
    design_k = _design_column(grid, columns, kinds)
    design_label = ""  # the stub label a design column's rows without one of their own share
    notes = _equation_notes(grid.rows, kinds, tol=tol)
    starts = _value_starts(grid)
    for i, (row, kind) in enumerate(zip(grid.rows, kinds, strict=True)):
        previous_k, above_k = above_k, None
        if i in notes:
            continue  # a model's equation set over its parameters' rows: no group of theirs
        unit, label_words = "", row.label_words
        if grid.unit_x0 is not None:  # the stub's column of units: the row's statement, not its label
            cut = grid.unit_x0 - 0.5
            unit, _ = clean_label([w for w in label_words if w.x0 >= cut])
            label_words = [w for w in label_words if w.x0 < cut]
        if grid.text_x0 is not None:  # the stub's column of words (a definition): no part of the label
            label_words = [w for w in label_words if w.x0 < grid.text_x0 - 0.5]
        label, label_marks = clean_label(label_words)
        design, inherited = "", False
        if design_k is not None and kind not in ("header", "n") and row.cells[design_k].words:
            design, _ = clean_label(row.cells[design_k].words)
            inherited = not label
            design_label = label or design_label
            label = design_label
        if shared is not None and continues_shared(row, shared[0]):
            _extend_cell(shared[1], row)  # a second value stacked in that cell: the cell now holds both
            continue
        shared = None
        if row.outer_words:
            outer_label, _ = clean_label(row.outer_words)
            stack.clear()
        if kind == "header":
            if block is None:
                block = [[] for _ in range(ncols)]
                if label:
                    top_label = label if restated_stub else top_label
                    stack.clear()
                    if not restated_stub:
                        stack.append(_Ancestor(row.indent, label, True))
            for k, cell in enumerate(row.cells):
                if cell.words:
                    text, _ = clean_label(cell.words)
                    block[k].append(text)
            for k, texts in enumerate(block):
                if texts:
                    columns[k] = _restate(columns[k], texts)
                    n = arm_n_of(texts)
                    arm_ns[k] = n if n is not None else arm_ns[k]
            continue
        block = None
        if kind == "n":
            for k, cell in enumerate(row.cells):
                if cell.words:
                    arm_ns[k] = arm_n_of([fix_glyphs(cell.text)])
            if not label:
                continue
            values_row = False
        else:
            values_row = row.has_values
        if not values_row and _STATEMENT_ROW.match(label):
            # "Values are median (IQR)" set as a row across the table, over the rows it speaks for: the table's
            # statement, as if printed in its legend; no group of those rows
            model.notes = f"{model.notes} {label}".strip()
            model.legend = f"{model.legend} {label}".strip()
            continue
        heading = row.bold and not values_row and bool(label)
        if re.search(EFFECT_ON, label, re.IGNORECASE):
            # a covariate's effect on a parameter names the parameter itself: set under that parameter's row, it
            # is no part of it ("V1 | 0.082" over "Effect of 2.5 mg kg−1 on V1 | 1.24")
            while stack and not stack[-1].label_only and stack[-1].indent < row.indent - tol:
                stack.pop()
        like_group = False  # a row stated like the flat group label above it ("Comorbidity (n, %)" after "IGHV (n, %)")
        while stack:
            top = stack[-1]
            if top.section and not heading and row.indent >= top.indent - tol:
                break  # rows under a bold section heading stay in it until the next heading
            if top.indent > row.indent + tol:
                stack.pop()
                continue
            if abs(top.indent - row.indent) <= tol:
                if top.label_only and top.mode in ("", "flat") and values_row:
                    if not _own_variable(top.label, label):
                        top.mode = "flat"
                        break
                    like_group = top.mode == "flat" and _form(top.label) == _form(label)
                stack.pop()
                continue
            if top.mode == "":
                top.mode = "deep"
            break
        path = [a.label for a in stack]
        if outer_label:
            path = [outer_label, *path]
        if top_label:
            path = [top_label, *path]
        if not label and not values_row:
            continue
        full = [*path, label] if label and not (design and path[-1:] == [label]) else path
        if design:  # the row's week or day under the label it shares with the rows above
            full = [*full, design]
        row.path = full
        model.row_labels.append(full)
        if label and not inherited:
            stack.append(_Ancestor(row.indent, label, not values_row or like_group, section=heading))
        if not values_row:
            continue
        if scoped is not None and full[: len(scoped[0])] != scoped[0]:
            arm_ns = scoped[1]  # left the group whose own "N" row set the Ns: back to the table's
            scoped = None
        own_ns = arm_ns  # the "n" row's own counts are of the groups' N as it stood above it, not of themselves
        if _N_LABEL.match(label) and all(re.fullmatch(r"\d[\d,]*", c.text.strip()) for c in row.cells if c.words):
            # a row "n | 15 | 12" gives the groups' N for the rows below it, within its group when it has one
            own_ns = list(arm_ns)
            if path and scoped is None:
                scoped = (list(path), list(arm_ns))
            for k, cell in enumerate(row.cells):
                if cell.words:
                    arm_ns[k] = int(cell.text.strip().replace(",", ""))
        row_n = arm_n_of(full) if full else None
        shared_k = shared_value_column(row, label, full, columns, grid.columns, starts, previous_k)
        above_k = shared_k
        # the other arms' cells of a comparison set under one arm ("—", "Reference", the reference's "1.00"): none
        marked = reference_cells(row, label, columns) if shared_k is not None else set()
        for k in range(ncols):
            cell = row.cells[k]
            if not cell.words or k == design_k or k in marked:
                continue
            if k == shared_k:  # a ratio or P value printed once for the arms: no arm's value, no column
                before = len(model.cells)
                _add_cell(model, full, [], cell, grid.region.page, None, label_marks, row.bold, unit)
                shared = (cell, model.cells[-1]) if len(model.cells) > before else None
                continue
            halves = _versus_halves(columns[k], cell)
            if halves is not None:  # "48 (17.5%) vs. 61 (22.6%)" under "No. (%) A vs. B": each group its half
                for head, half in halves:
                    _add_cell(model, full, head, half, grid.region.page, row_n, label_marks, row.bold, unit)
                continue
            _add_cell(model, full, columns[k], cell, grid.region.page, row_n or own_ns[k], label_marks, row.bold, unit)
    state.stack, state.outer_label, state.top_label = stack, outer_label, top_label


# a head naming two groups compared in each of its cells: "Patients with Events, No. (%) Degarelix vs. Leuprolide";
# each group's name free of brackets and commas (an N in a bracket leaves the head unsplit)
_VERSUS_HEAD = re.compile(r"^(?P<lead>.*?)(?P<a>[^,()]+?)\s+vs\.?\s+(?P<b>[^,()]+)$", re.IGNORECASE)
_VERSUS_WORD = re.compile(r"^vs\.?$", re.IGNORECASE)


def _versus_halves(column: list[str], cell: Cell) -> list[tuple[list[str], Cell]] | None:
    """The two groups' parts of a cell printed "a vs. b" under a head naming the two groups "A vs. B": each part
    under its group's name (with the head's statistic descriptor, when it names no group of its own), both parts
    of one shape; None for any other cell."""
    if not column or not cell.words:
        return None
    head = _VERSUS_HEAD.match(" ".join(column).strip())  # the head's lines joined ("... A vs." / "B")
    splits = [i for i, w in enumerate(cell.words) if _VERSUS_WORD.match(w.text)]
    if head is None or len(splits) != 1 or not 0 < splits[0] < len(cell.words) - 1:
        return None
    first, second = cell.words[: splits[0]], cell.words[splits[0] + 1 :]
    shapes = [parse_shape(text_of(part).strip()) for part in (first, second)]
    if any(s is None for s in shapes) or shapes[0].kind != shapes[1].kind:  # type: ignore[union-attr]
        return None
    from extractors.classify import arm_of  # classify reads the structure stage's types

    lead = head.group("lead").strip(" ,;:")
    out = []
    for name, part in ((head.group("a").strip(), first), (head.group("b").strip(), second)):
        levels = [lead, name] if lead and arm_of([lead, name]) == name else [name]
        out.append((levels, Cell(part)))
    return out


# a head naming when or which part of a schedule a row is about ("Week", "Day", "Cycle", "Period")
_DESIGN_HEAD = re.compile(r"(?:study\s+)?(?:weeks?|wk|days?|cycles?|periods?|visits?|occasions?)", re.IGNORECASE)


def _value_starts(grid: Grid) -> dict[int, float]:
    """Where each column's values start on the rows that give every group a value of its own (two or more worded
    cells): a lone value starting well left of that was set across the columns, not in this one."""
    out: dict[int, float] = {}
    for row in grid.rows:
        worded = [k for k, cell in enumerate(row.cells) if cell.words]
        if len(worded) < 2:
            continue
        for k in worded:
            x0 = row.cells[k].bbox[0]
            out[k] = min(out.get(k, x0), x0)
    return out


def _design_column(grid: Grid, columns: list[list[str]], kinds: list[str]) -> int | None:
    """The first value column when it is a second stub: its head names a point of the schedule ("Week", "Day")
    and every cell of it is a bare ordinal ("1", "13"), so it says which row, not a value; rows that leave the
    stub blank under it share the label above ("10 mg/kg" / "1", "" / "13")."""
    if not columns or not grid.rows or not columns[0] or not _DESIGN_HEAD.fullmatch(columns[0][-1].strip()):
        return None
    texts = [r.cells[0].text.strip() for r, k in zip(grid.rows, kinds, strict=True) if k not in ("header", "n")]
    texts = [t for t in texts if t]
    if len(texts) < 2 or not all(re.fullmatch(r"-?\d{1,3}", t) for t in texts):
        return None
    return 0


def _extend_cell(target: TableCell, row: Row) -> None:
    """Add the words of a line stacked under a cell (each distinct word once) to that cell's text."""
    seen: set[tuple[float, float]] = set()
    words = []
    for cell in row.cells:
        for w in cell.words:
            if (w.x0, w.top) not in seen:
                seen.add((w.x0, w.top))
                words.append(w)
    keep, marks = split_marks(words)
    if keep:
        text, glued = glued_marks(text_of(keep).strip())
        target.text = f"{target.text} {text}"
        target.marks.extend([*marks, *glued])


def _restate(original: list[str], texts: list[str]) -> list[str]:
    """Column labels after a body row restates them: one restated line replaces the innermost header level;
    several (a new header block) replace the whole path, as does one line naming a group by its N ("100 mg (n = 6)
    n (%) e": a new group's head, its lines run together, not a statistic under the old group)."""
    if len(texts) == 1 and len(original) >= 1 and (arm_n_of(texts) is None or arm_n_of(original) is None):
        return [*original[:-1], texts[0]]
    return list(texts)


def _add_cell(
    model: TableModel,
    row: list[str],
    column: list[str],
    cell: Cell,
    page: int,
    arm_n: int | None,
    label_marks: list[str],
    bold: bool,
    unit: str = "",
) -> None:
    keep, marks = split_marks(cell.words)
    if not keep:
        return
    text = text_of(keep).strip()
    own_n = re.search(r"\s*\(\s*[nN]\s*[=¼]\s*(\d+)\s*\)$", text)
    if own_n:  # "40 (31–53) (n = 38)": the cell states its own N
        arm_n = int(own_n.group(1))
        text = text[: own_n.start()].rstrip()
    letters = bracket_letters(text)
    text, glued = glued_marks(text)  # a footnote mark set in the value's own type: "0.94)†", "37a", "0.65c (…)"
    marks.extend(glued)
    model.cells.append(
        TableCell(
            row=row,
            column=list(column),
            text=text,
            page=page,
            bbox=Cell(keep).bbox,
            arm_n=arm_n,
            marks=[*label_marks, *marks],
            row_bold=bold,
            unit=unit,
            bracket_letters=letters,
        )
    )
