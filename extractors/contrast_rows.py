"""Generic sub-rows that compare the arms (NEJM / JAMA / Lancet outcome tables): under an outcome's label row,
a "Hazard ratio (95% CI)" or "P value" sub-row prints its one value once for the row pair, centred across the
arm columns or set in the first arm's column. That value is no arm's: it keeps the row path (the outcome, then
the sub-row's label, which names the statistic) and gets no column.

    Death from any cause
       No. of patients (%)        45 (9.1)        60 (12.0)
       Hazard ratio (95% CI)           0.74 (0.51–1.08)
       P value                         0.12
"""

from __future__ import annotations

import re

from extractors.cells import contrast_named
from extractors.grid import Cell, Row

# the sub-row's label names a comparison of the arms: a ratio or a P value (its CI may follow)
_RATIO_WORDS = re.compile(
    r"^(?:(?:adjusted|unadjusted|stratified|unstratified)\s+)?(?:(?:hazard|odds|risk|rate|incidence rate)\s+ratio|"
    r"relative\s+risk|(?:log[\s-]*rank\s+)?p(?:[\s-]*value)?"
    # a difference of the arms ("Difference, % (95% CI)", "Risk difference", "Mean difference"); "Difference from
    # baseline" is a change within one arm, no comparison
    r"|(?:(?:absolute|mean|median|risk|rate|treatment|ls\s+mean|least[\s-]squares\s+mean)\s+)?difference"
    r"(?!\s+(?:from|since)\s+baseline))(?=$|[\s,(:;])",
    re.IGNORECASE,
)
# an abbreviation, after a word saying how it was estimated ("Stratified HR (95% CI)", "Unstratified HR")
_RATIO_ABBREV = re.compile(r"^(?i:(?:adjusted|unadjusted|stratified|unstratified)\s+)?(?:HR|OR|RR|IRR|P)(?=$|[\s,(:;])")


def names_estimate(label: str) -> bool:
    """A comparison's row label that names an estimate of it (a ratio or a difference), not only its P value."""
    text = label.strip()
    return names_contrast(text) and not re.match(
        r"^(?i:(?:adjusted|unadjusted|stratified|unstratified)\s+)?"
        r"(?i:log[\s-]*rank\s+)?P(?i:[\s-]*value)?(?=$|[\s,(:;])",
        text,
    )


def names_contrast(label: str) -> bool:
    """A row label naming a comparison of the arms: "Hazard ratio (95% CI)", "P value", "HR (95% CI)", "P",
    "Stratified HR (95% CI)", "Stratified log-rank P"."""
    text = label.strip()
    return bool(_RATIO_WORDS.match(text) or _RATIO_ABBREV.match(text))


def shared_value_column(
    row: Row,
    label: str,
    path: list[str],
    columns: list[list[str]],
    grid_columns: list[tuple[float, float]],
    starts: dict[int, float] | None = None,
    above: int | None = None,
) -> int | None:
    """The column of a comparison sub-row's one value printed for the row pair, or None when the row is not one.

    It is one when its label names a ratio or a P value, the table has two or more arm columns, and the row's only
    value spans beyond its column (centred across the arms), or sits in the first arm's column with the other arms'
    cells empty. A value centred across two
    arm columns may fall inside the second's extent (the grid's column is where its words are, this value's
    too): it spans when it starts more than an em left of where that column's values start on the rows giving
    each arm its own (``starts``), flush-left columns.

    The other arms' cells may also say that they hold no comparison: a dash, "Reference" or, in a ratio's row, the
    reference's "1.00" (:func:`reference_cells`). With them, the value stands in any one arm's column, under an
    outcome or in a row of its own: a comparison printed under one arm with the other marked as its reference is
    no arm's. With the other arms' cells blank, a ratio or a difference (:func:`names_estimate`) in any one arm's
    column is one too; a P value in a later arm's column only under the comparison on the row just above it, in the
    same column (``above``): a P value alone under a later arm may be a test within that arm."""
    if not names_contrast(label) and not _cell_named_contrast(row):
        return None
    arms = arm_columns(columns)
    marked = reference_cells(row, label, columns)
    worded = [k for k, cell in enumerate(row.cells) if cell.words and k not in marked]
    if len(worded) != 1 or len(arms) < 2:
        return None
    k = worded[0]
    if k not in arms:
        return None
    if marked and all(j == k or j in marked or not row.cells[j].words for j in arms):
        return k
    x0, _, x1, _ = row.cells[k].bbox
    left, right = grid_columns[k]
    centre = (x0 + x1) / 2
    spans = not left <= centre <= right
    size = row.cells[k].words[0].size
    if starts and k in starts and k != arms[0] and x0 < starts[k] - size:
        spans = True
    if spans or k == arms[0] or names_estimate(label) or k == above:
        return k
    return None
    return None


# a cell that says its arm is the comparison's reference, or that it holds no comparison: a dash, "Reference"
_NO_COMPARISON = re.compile(r"^(?:[—–-]{1,2}|(?i:ref(?:erence)?\.?|\(ref(?:erence)?\.?\)))$")
# the reference's own ratio ("1.00", "1", "1.0 (reference)"), in a ratio's row only
_UNIT_RATIO = re.compile(r"^1(?:\.0+)?(?:\s*\((?i:ref(?:erence)?\.?)\))?$")
_RATIO_LABEL = re.compile(r"ratio|\b(?:HR|OR|RR|IRR)\b", re.IGNORECASE)


def _cell_named_contrast(row: Row) -> bool:
    """A row whose one value cell names its own contrast ("HR 0.73 (0.54–0.99)" beside "Reference", under a label
    such as "Comparison with standard care" or "Stratified analysis"): the row is the comparison's, as if its label
    named it; the other cells may only be blank or say they hold none."""
    valued = [cell for cell in row.cells if cell.words and not _NO_COMPARISON.match(cell.text.strip())]
    return len(valued) == 1 and bool(contrast_named(valued[0].text)[0])


def arm_columns(columns: list[list[str]]) -> list[int]:
    """The columns whose heads name a group (not a comparison's own column)."""
    from extractors.classify import arm_of  # classify reads the structure stage's types

    return [k for k, col in enumerate(columns) if arm_of(col) and not (col and names_contrast(col[-1]))]


def reference_cells(row: Row, label: str, columns: list[list[str]]) -> set[int]:
    """The arm columns of a comparison's row whose cells say they hold none: a dash, "Reference", or the
    reference's own ratio of one ("1.00") in a ratio's row. Only when the row names a comparison and exactly one
    other arm cell holds a value."""
    if not names_contrast(label) and not _cell_named_contrast(row):
        return set()
    arms = arm_columns(columns)
    marked: set[int] = set()
    for k in arms:
        text = row.cells[k].text.strip() if row.cells[k].words else ""
        if _NO_COMPARISON.match(text) or (_RATIO_LABEL.search(label) and _UNIT_RATIO.match(text)):
            marked.add(k)
    valued = [k for k in arms if row.cells[k].words and k not in marked]
    return marked if len(valued) == 1 else set()


def continues_shared(row: Row, shared: Cell | None) -> bool:
    """A label-less line whose values all sit under the shared value just above (a second P value stacked
    under the first): the rest of that cell."""
    if shared is None or row.label_words or not row.has_values:
        return False
    x0, _, x1, _ = shared.bbox
    tol = 2.0
    for cell in row.cells:
        if not cell.words:
            continue
        c0, _, c1, _ = cell.bbox
        if c0 < x0 - tol or c1 > x1 + tol:
            return False
    return True
