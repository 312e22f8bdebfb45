"""A row label set one line below its values, at the table's hanging start (its first line left empty).

Synthetic lines of a narrow stub set with hanging indents: first lines of labels one indent in, their wrapped
lines hung back left, near the group labels. A label whose first word did not fit after its indent leaves its
first line empty: the values stand alone on it and the label ("Progressive" / "disease") starts under them,
where wrapped lines start. That x is no indent of the row: the row takes the indent of the first lines whose
labels wrap to that start, so it stays under its group ("6 months") beside its siblings, not beside the group.
"""

from __future__ import annotations

from extractors.grid_rows import body_rows
from extractors.layout import Line
from schemas.document import Word

_SIZE = 7.0
_LEAD = 8.3  # one label's lines
_COLUMNS = [(130.0, 160.0), (180.0, 210.0)]
_STUB_X1 = 128.0


def _words(text: str, x0: float, top: float) -> list[Word]:
    words, x = [], x0
    for t in text.split():
        w = len(t) * 0.5 * _SIZE
        words.append(Word(t, x, top, x + w, top + _SIZE, _SIZE, False, (x, top, x + w, top + _SIZE)))
        x += w + 0.25 * _SIZE
    return words


def _line(label: str, x0: float, top: float, values: tuple[str, str] | None = None) -> Line:
    words = _words(label, x0, top) if label else []
    for (c0, _), v in zip(_COLUMNS, values or (), strict=False):
        words += _words(v, c0, top)
    return Line(words)


def _table(group: float, first: float, hung: float) -> list[Line]:
    lines, top = [], 100.0

    def add(label: str, x0: float, values: tuple[str, str] | None = None, gap: float = _LEAD) -> None:
        nonlocal top
        lines.append(_line(label, x0, top, values))
        top += gap

    row = _LEAD + 5.0  # rows are set further apart than the lines of one label
    add("All patients", group - 15, ("n = 40", "n = 49"), row)
    add("6 months", group, None, row)
    add("Tumor", first, ("13 (33%)", "10 (20%)"))
    add("control rate", hung)
    add("(CR + PR + SD)", hung, None, row)
    add("Overall", first, ("2 (5%)", "3 (6%)"))
    add("response rate", hung, None, row)
    add("", 0, ("19 (48%)", "34 (69%)"))  # the label's first line left empty
    add("Progressive", hung)
    add("disease", hung, None, row)
    add("Missing", first, ("8 (20%)", "5 (10%)"))
    add("MRI data", hung, None, row)
    add("14 months", group, None, row)
    add("Tumor", first, ("9 (23%)", "4 (8%)"))
    add("control rate", hung, None, row)
    return lines


def _indents(lines: list[Line]) -> dict[str, float]:
    return {" ".join(w.text for w in r.label_words): r.indent for r in body_rows(lines, _COLUMNS, _STUB_X1, [])}


def test_a_label_starting_under_its_values_at_the_hanging_start_takes_its_siblings_indent() -> None:
    # the hanging start 2 pt right of the group labels: read at its own x, the row would sit beside "6 months"
    indents = _indents(_table(group=64.3, first=80.3, hung=66.3))
    assert indents["Progressive disease"] == indents["Overall response rate"]
    assert indents["Progressive disease"] > indents["6 months"] + 10


def test_a_label_opening_beside_its_values_keeps_its_own_indent() -> None:
    lines = _table(group=64.3, first=80.3, hung=66.3)
    # the same row with "Progressive" on the values' line, at the hanging start: a row set there, left as it is
    k = next(i for i, ln in enumerate(lines) if ln.words and ln.words[0].text == "19")
    values = lines[k].words
    lines[k] = Line(_words("Progressive", 66.3, values[0].top) + values)
    lines[k + 1] = Line(_words("disease", 66.3, lines[k + 1].top))
    del lines[k + 2]
    indents = _indents(lines)
    assert abs(indents["Progressive disease"] - indents["6 months"] - 2.0) < 0.05
