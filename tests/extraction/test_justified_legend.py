"""A table's legend justified across the table in the rows' own type is no row of it.

Tight tables (6.3 pt) with a legend set in the same type and justified to the table's width: a legend line with few,
long words is spread so far that each word stands apart like a cell, and a number in it ("(95% CI)") makes it look
like a row with values. All its gaps are alike (justification spreads a line's gaps by one amount), once a piece set
touching the word before it (a comma after a subscript) is not counted as a gap. Before, such a line ended the body,
the legend's opening went into the rows, and "Geometric means (95% CI) for AUCinf, AUClast, Cmax" never reached the
table's notes: 30 values left unread.
"""

from __future__ import annotations

from extractors.layout import Line
from extractors.table_notes import split_notes
from schemas.document import Word

_SIZE = 6.4


def _words(spec: list[tuple[str, float]], top: float) -> list[Word]:
    out = []
    for text, x0 in spec:
        x1 = x0 + 0.45 * _SIZE * len(text)
        out.append(Word(text, x0, top, x1, top + _SIZE, _SIZE, False, (x0, top, x1, top + _SIZE)))
    return out


def _row(label: str, values: list[str], top: float) -> Line:
    return Line(_words([(label, 43.0), *((v, 260.0 + 120 * k) for k, v in enumerate(values))], top))


def _spread(texts: list[str], top: float, touching: bool) -> Line:
    spec, x = [], 43.0
    for t in texts:
        if t == "," and touching:
            x -= 8.0  # set against the word before it
        spec.append((t, x))
        x += 0.45 * _SIZE * len(t) + 8.5
    return Line(_words(spec, top))


_LEGEND = ["plasma", "concentration,", "apparent", "volume", "of", "distribution", "during", "the", "phase"]
_LEGEND += ["Geometric", "means", "(95%", "CI)", "for", "AUCinf", ",", "AUClast", ",", "and", "the", "peak"]


def _plain(text: str, top: float) -> Line:
    spec, x = [], 43.0
    for t in text.split():
        spec.append((t, x))
        x += 0.45 * _SIZE * len(t) + 1.6
    return Line(_words(spec, top))


def _table(touching: bool) -> list[Line]:
    return [
        _row("AUCinf (ng h/mL)", ["190 (152–238)", "40 (31–53)"], 300.0),
        _row("Cmax (ng/mL)", ["50.1 (39.5–63.7)", "14.5 (10.6–19.8)"], 311.0),
        _row("CL/F (L/h)", ["26.3 (21.0–32.9)", "123.5 (95.0–160)"], 322.0),
        _plain("AUCinf area under the plasma concentration–time curve from 0 h to infinity, CL/F apparent", 336.0),
        _spread(_LEGEND, 347.0, touching),
        _plain("CL/F and Vz/F, arithmetic means (%CV) for t1/2 and median (range) for Tmax", 358.0),
    ]


def test_a_justified_legend_line_in_the_rows_type_starts_the_notes() -> None:
    body, notes = split_notes(_table(touching=True), True)
    assert len(body) == 3
    assert notes[0].text.startswith("AUCinf area under")


def test_a_line_whose_gaps_differ_is_still_a_row() -> None:
    # the same words with a gap twice as wide between a label and its values: a row with cells, kept in the body
    rows = _table(touching=True)
    words = rows[4].words
    shifted = [
        *words[:9],
        *(Word(w.text, w.x0 + 40, w.top, w.x1 + 40, w.bottom, w.size, False, w.page_bbox) for w in words[9:]),
    ]
    rows[4] = Line(shifted)
    body, _notes = split_notes(rows, True)
    assert len(body) == 5
