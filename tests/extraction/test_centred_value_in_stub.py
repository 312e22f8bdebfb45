"""A value wider than its column, centred on it and reaching back into the stub (tight cell padding).

Synthetic lines of a narrow table set with tight padding: the first value column is as wide as its narrowest
values ("190 (152–238)"), and a wider cell of a row with a long label ("40 (31–53) (n = 38)") is centred on it,
so its first word stands left of the column, closer to the label's end than a cell gap but farther than a word
space. The word is the cell's: the row keeps its label whole and its value whole, as the header parts a stub
head from a head reaching back over the stub.
"""

from __future__ import annotations

from extractors.grid_rows import body_rows
from extractors.layout import Line
from schemas.document import Word

_SIZE = 6.3
_SPACE = 0.28 * _SIZE  # a word space
_COLUMNS = [(181.4, 222.4), (238.2, 279.2)]
_STUB_X1 = 180.4


def _width(text: str) -> float:
    return len(text) * 0.5 * _SIZE


def _words(text: str, x0: float, top: float) -> list[Word]:
    words, x = [], x0
    for t in text.split():
        w = _width(t)
        words.append(Word(t, x, top, x + w, top + _SIZE, _SIZE, False, (x, top, x + w, top + _SIZE)))
        x += w + _SPACE
    return words


def _centred(text: str, column: tuple[float, float], top: float) -> list[Word]:
    width = sum(_width(t) for t in text.split()) + _SPACE * (len(text.split()) - 1)
    return _words(text, (column[0] + column[1]) / 2 - width / 2, top)


def _row(label: str, values: tuple[str, str], top: float, label_x1: float | None = None) -> Line:
    words = _words(label, 43.9, top)
    if label_x1 is not None:  # the label set to end here (its words shifted right)
        shift = label_x1 - words[-1].x1
        words = _words(label, 43.9 + shift, top)
    for column, v in zip(_COLUMNS, values, strict=True):
        words += _centred(v, column, top)
    return Line(words)


def _rows(gap_em: float) -> list[tuple[str, list[str]]]:
    wide = _centred("40 (31–53) (n = 38)", _COLUMNS[0], 0)
    lines = [
        _row("Axitinib 5 mg (n = 40)", ("190 (152–238)", "187 (149–235)"), 100.0),
        _row("Axitinib + rifampin (n = 39)", ("40 (31–53) (n = 38)", "37 (28–50)"), 112.0, wide[0].x0 - gap_em * _SIZE),
        _row("Ratio of adjusted means", ("21 (18–24)", "20 (17–23)"), 124.0),
    ]
    return [
        (" ".join(w.text for w in r.label_words), [" ".join(w.text for w in c.words) for c in r.cells])
        for r in body_rows(lines, _COLUMNS, _STUB_X1, [])
    ]


def test_a_centred_value_reaching_into_the_stub_stays_whole_beside_a_long_label() -> None:
    rows = _rows(gap_em=0.57)
    assert rows[1] == ("Axitinib + rifampin (n = 39)", ["40 (31–53) (n = 38)", "37 (28–50)"])
    assert rows[0][1] == ["190 (152–238)", "187 (149–235)"]


def test_a_number_a_word_space_after_the_label_stays_the_labels() -> None:
    # set at a word space from the label, the number reads on from it: no cut where there is no gap
    rows = _rows(gap_em=0.28)
    assert rows[1][0].endswith("(n = 39) 40")


def test_a_labels_last_number_before_a_value_filling_the_column_stays_the_labels() -> None:
    # a control: "Dose level 2" ending under half an em left of a value that spans its column edge to edge (the
    # run with the "2" nearly centred on the column, no value's form; the value alone centred better)
    top = 112.0
    value = _words("190 (152–238)", _COLUMNS[0][0], top)
    columns = [(value[0].x0, value[-1].x1), _COLUMNS[1]]
    label = _words("Dose level 2", 43.9, top)
    shift = value[0].x0 - 0.45 * _SIZE - label[-1].x1
    words = _words("Dose level 2", 43.9 + shift, top) + value + _centred("187 (149–235)", _COLUMNS[1], top)
    rows = body_rows([Line(words)], columns, columns[0][0] - 1.0, [])
    assert " ".join(w.text for w in rows[0].label_words) == "Dose level 2"
    assert " ".join(w.text for w in rows[0].cells[0].words) == "190 (152–238)"
