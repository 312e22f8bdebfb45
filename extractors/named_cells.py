"""Estimates named in a cell of their own: "Effect size" spanning a column of measure names ("HR", "OR", "RR",
"MD") and the column of their values, one measure per row ("HR | 0.70 | (0.44–1.09)"), or the name and its value
set in one cell ("OR 0.59" where the two columns ran together; "HR 0.81 (0.70–0.93)", "Hazard ratio 0.81 (0.70–0.93)"
as a cell names its own estimate: extractors.cells.contrast_named). The name is the nearest label of the value beside
it, read as the table's legend defines it ("RR, rate ratio") where it does."""

from __future__ import annotations

import re

from extractors.cells import contrast_named
from extractors.structure import TableCell, TableModel

# the abbreviations of a contrast a table prints as a cell of its own (ratios, differences)
_NAME = r"(?:a?HR|a?OR|a?RR|IRR|RD|MD|SMD|ARR|ETD|WR)"
_NAME_ONLY = re.compile(rf"^\s*{_NAME}\s*$")


def is_name_only(text: str) -> bool:
    """A cell that is only a contrast's abbreviation ("HR"): the name of the value beside it, no value itself."""
    return bool(_NAME_ONLY.match(text))


# an abbreviation's prefix saying how the contrast was estimated: adjusted ("aHR", "Adjusted OR"), stratified,
# subdistribution ("sHR") or cause-specific ("csHR") in a competing-risks analysis
_PREFIXED = re.compile(
    r"(?i:(?:adjusted|unadjusted|stratified|unstratified)\s+)?(?:a|adj\.?\s?|s|cs)?(HR|OR|RR|IRR|RD|MD|SMD|ETD|WR)"
)


def _defined(name: str, notes: str) -> str:
    """The legend's definition of the abbreviation ("RR, rate ratio" -> "rate ratio"; "sHR, subdistribution hazard
    ratio (Fine–Gray model)" -> "subdistribution hazard ratio"), else the abbreviation without the prefix that says
    how it was estimated ("aHR" -> "HR")."""
    found = re.search(rf"\b{re.escape(name)}\s*[,=:]\s*([A-Za-z][A-Za-z' -]*?)\s*(?:[;.,(]|$)", notes)
    if found:
        return found[1]
    prefixed = _PREFIXED.fullmatch(name)
    return prefixed[1] if prefixed else name


def named_estimate(cell: TableCell, model: TableModel) -> tuple[str, str]:
    """The name the row gives the cell's estimate (as the legend defines it) and the cell's text without it: from a
    name glued before the value in the cell, or from the name-only cell right before it under the same head."""
    # "HR 0.81 (0.70–0.93)", "HR, 0.81 (95% CI, ...)", "Hazard ratio 0.81 (...)": the cell names its own estimate
    glued, rest = contrast_named(cell.text)
    if glued:
        return _defined(glued, model.notes), rest
    if not cell.column:
        return "", cell.text
    left = [
        c
        for c in _name_cells(model)
        if c.row == cell.row
        and c.page == cell.page
        and c.column[:1] == cell.column[:1]
        and c.bbox[2] <= cell.bbox[0] + 0.5
    ]
    if not left:
        return "", cell.text
    nearest = max(left, key=lambda c: c.bbox[2])
    return _defined(nearest.text.strip(), model.notes), cell.text


_SEEN: dict[int, tuple[TableModel, list[TableCell]]] = {}


def _name_cells(model: TableModel) -> list[TableCell]:
    """The table's name-only cells, found once per table."""
    seen = _SEEN.get(id(model))
    if seen is None or seen[0] is not model:
        if len(_SEEN) > 64:
            _SEEN.clear()
        seen = (model, [c for c in model.cells if is_name_only(c.text)])
        _SEEN[id(model)] = seen
    return seen[1]
