"""A per-patient listing: one printed row per patient, the rows labelled by a category the patients share (their
arm "A" / "B" / "C", a dose level), so that the same label stands on runs of consecutive rows ("A | M | Y | SD | 8 |
3·7" five times over). A summary table never prints one label on three rows in a row: its rows differ, or sit
under different group labels. A bare number of a listing is one patient's own value ("8" cycles completed, "3·7"
months on trial), never a count or a share of patients, whatever its column head says ("No. of cycles")."""

from __future__ import annotations

from collections.abc import Iterable

from extractors.cells import parse_shape

# what a patient's own cell holds: one number, a qualifier ("NE"), nothing -- or a code no shape reads ("SD")
_OWN = frozenset({"number", "qualifier", "empty"})


def is_listing(rows: Iterable[tuple[int, float, tuple[str, ...], str]], min_run: int = 3) -> bool:
    """``rows``: (page, top, row label path, text) of every value cell. A listing when every cell holds one
    patient's own entry (a single number or a code: a cell of two numbers, "12 (30)", "0.8 (0.6-1.0)", "3/10",
    "45%", is a summary's), at least half the printed rows sit in runs of one label path repeated on
    consecutive rows, and some run is ``min_run`` rows long."""
    printed: dict[tuple[int, float], tuple[str, ...]] = {}
    for page, top, path, text in rows:
        shape = parse_shape(text)
        if shape is not None and shape.kind not in _OWN:
            return False
        printed.setdefault((page, round(top, 1)), path)
    order = [printed[k] for k in sorted(printed)]
    if len(order) < 2 * min_run or not all(order):
        return False
    runs: list[int] = []
    for k, path in enumerate(order):
        if k and path == order[k - 1]:
            runs[-1] += 1
        else:
            runs.append(1)
    repeated = sum(n for n in runs if n >= 2)
    return max(runs) >= min_run and 2 * repeated >= len(order)
