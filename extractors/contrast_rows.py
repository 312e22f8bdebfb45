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

from extractors.grid import Cell, Row

# the sub-row's label names a comparison of the arms: a ratio or a P value (its CI may follow)
_RATIO_WORDS = re.compile(
    r"^(?:(?:adjusted|unadjusted|stratified|unstratified)\s+)?(?:(?:hazard|odds|risk|rate|incidence rate)\s+ratio|"
    r"relative\s+risk|(?:log[\s-]*rank\s+)?p(?:[\s-]*value)?)(?=$|[\s,(:;])",
    re.IGNORECASE,
)
# an abbreviation, after a word saying how it was estimated ("Stratified HR (95% CI)", "Unstratified HR")
_RATIO_ABBREV = re.compile(r"^(?i:(?:adjusted|unadjusted|stratified|unstratified)\s+)?(?:HR|OR|RR|IRR|P)(?=$|[\s,(:;])")


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
) -> int | None:
    """The column of a comparison sub-row's one value printed for the row pair, or None when the row is not one.

    It is one when its label names a ratio or a P value, the table has two or more arm columns, and the row's only
    value spans beyond its column (centred across the arms), or the row sits under an outcome (a parent row) and
    its only value sits in the first arm's column with the other arms' cells empty. A value centred across two
    arm columns may fall inside the second's extent (the grid's column is where its words are, this value's
    too): it spans when it starts more than an em left of where that column's values start on the rows giving
    each arm its own (``starts``), flush-left columns."""
    if not names_contrast(label):
        return None
    from extractors.classify import arm_of  # classify reads the structure stage's types

    worded = [k for k, cell in enumerate(row.cells) if cell.words]
    arms = [k for k, col in enumerate(columns) if arm_of(col) and not (col and names_contrast(col[-1]))]
    if len(worded) != 1 or len(arms) < 2:
        return None
    k = worded[0]
    if k not in arms:
        return None
    x0, _, x1, _ = row.cells[k].bbox
    left, right = grid_columns[k]
    centre = (x0 + x1) / 2
    spans = not left <= centre <= right
    size = row.cells[k].words[0].size
    if starts and k in starts and k != arms[0] and x0 < starts[k] - size:
        spans = True
    if spans or (k == arms[0] and len(path) >= 2):
        return k  # (a row of its own, not under an outcome, shows it by its value centred across the arms)
    return None


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
