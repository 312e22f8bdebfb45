"""A negative exponent the line broke inside, in a narrow head (tight cell padding).

A head "1, 3, 6, or 12 mg kg⁻¹ on days 1, 29, 43, 57" wrapped in a narrow column: the typesetter broke the line after
the exponent's raised minus, so "kg" + "–" ends one header line and the raised "1" opens the next ("1 on days 1,
29, 43,"). Left there, the digit is a raised figure before a word: a footnote mark, dropped from the head, and the
column's group reads "kg– on days" (no other table names it so). Set after its minus, the head reads "kg–1".
"""

from __future__ import annotations

from extractors.grid_header import header_fragments
from extractors.layout import Line
from extractors.structure import clean_label
from extractors.table_region import TableRegion
from schemas.document import Word

_SIZE = 6.3
_SCRIPT = 4.28
_COLUMNS = [(128.9, 155.8), (176.2, 198.7)]
_STUB_X1 = 127.9


def _word(text: str, x0: float, top: float, size: float = _SIZE, raise_by: float = 0.0) -> Word:
    x1 = x0 + len(text) * 0.55 * size
    t = top - raise_by
    return Word(text, x0, t, x1, t + size, size, False, (x0, t, x1, t + size))


def _run(texts: list[str], x0: float, top: float) -> list[Word]:
    words = []
    for t in texts:
        words.append(_word(t, x0, top))
        x0 = words[-1].x1 + 0.28 * _SIZE
    return words


def _lines(split_exponent: bool) -> list[Line]:
    first = _run(["1,", "3,", "6,", "or", "12", "mg", "kg"], 113.5, 195.9)
    second_x = 114.4
    if split_exponent:
        first.append(_word("–", first[-1].x1, 195.9, _SCRIPT, raise_by=0.5))
        lead = [_word("1", second_x, 203.4, _SCRIPT, raise_by=0.6)]
        second = lead + _run(["on", "days", "1,", "29,", "43,"], lead[0].x1 + 0.28 * _SIZE, 203.4)
    else:
        second = _run(["on", "days", "1,", "29,", "43,"], second_x, 203.4)
    heads = _run(["3", "mg"], 178.4, 195.9)
    return [Line(first + heads), Line(second + _run(["q3w"], 180.0, 203.4)), Line(_run(["57"], 138.8, 210.8))]


def _heads(split_exponent: bool) -> list[str]:
    region = TableRegion(None, "Table 2", "", 0, 1, 40.0, 300.0, 170.0, 400.0)
    fragments, _ = header_fragments(_lines(split_exponent), _COLUMNS, _STUB_X1, [], region)
    return [clean_label(f.words)[0] for f in fragments if f.columns == (0,)]


def test_an_exponent_broken_after_its_minus_rejoins_its_unit() -> None:
    heads = _heads(split_exponent=True)
    assert heads[0].endswith("mg kg–1")
    assert heads[1].startswith("on days")


def test_a_head_without_a_broken_exponent_is_left_alone() -> None:
    assert _heads(split_exponent=False)[:2] == ["1, 3, 6, or 12 mg kg", "on days 1, 29, 43,"]
