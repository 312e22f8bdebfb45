"""Heads of tables set in small type with narrow cell padding (bench/faces.py --tight: 6.3 pt rows, 0.5 mm padding,
so the gaps between cells shrink to about a space's width, as in dense journals).

First contact (DejaVu, tight): three layout families went wrong in their heads, each a rule written for roomy gaps.

- A column head wider than its column, centred over it, reaches back into the stub and is set a gap of about one
  em after the stub head ("Parameter (units)  Axitinib 5 mg (n = 40), adjusted geometric mean"): read as one head,
  under which the first column's values were filed (6 mislabeled). Such a head is split from the stub head
  (grid_header._split_at_gaps): more than a word space after it, and centred over the first column.
- A span rule under a group head ("Axitinib 5 mg" over "Alone | With rifampin"), drawn as wide as the wide lower
  heads it covers, ran over more than 85% of the value columns' width, so it was taken for the header's bottom
  rule and the group spread to every column, the ratio column too (14 mislabeled). A rule that leaves a value
  column wholly outside it is no rule across the table (grid_header._ruled_span).
- The legend under a caption set below the table ("a Geometric means (95% CI) for AUC..., arithmetic means (%CV)
  for t1/2") was only taken in type smaller than the rows: 6.2 pt notes under 6.3 pt rows were left out, so a
  table's statistics went unnamed (40 values withheld) and t1/2 read as geometric means (4 mislabeled). Under rows
  as small as the notes, a line no larger than the rows and smaller than the body text starts the legend
  (caption_legends._starts).

- A one-column table set close to its stub: the first row group's label of a continuation part ("Tumour stage at
  study entry (AJCC Cancer Staging Manual, 7th ed.)") runs half a point into the value column, so it was read as
  a head line and the part's rows went unread (26 of 62). A label-only line that starts flush with the row labels
  and ends short of the first column's middle, over an indented row, is a row group's label
  (grid._overhanging_label).

End: the three axitinib files 75/75 each, the one-column file 62/62, on the tight DejaVu build.
"""

from __future__ import annotations

from extractors.caption_legends import _starts
from extractors.geometry import DEFAULT_GRID, RegionSettings
from extractors.grid_header import _ruled_span, _split_at_gaps
from extractors.layout import Line
from schemas.document import Rule, Word

SIZE = 6.3


def _word(text: str, x0: float, x1: float, top: float = 230.7, size: float = SIZE) -> Word:
    return Word(
        text=text, x0=x0, top=top, x1=x1, bottom=top + size, size=size, bold=False, page_bbox=(x0, top, x1, top + size)
    )


def _line(spec: list[tuple[str, float, float]], top: float = 230.7, size: float = SIZE) -> list[Word]:
    return [_word(t, x0, x1, top, size) for t, x0, x1 in spec]


# "Parameter (units)" then, an em on, the first column's head centred over its narrow column of values
_HEAD = [
    ("Parameter", 43.9, 73.4),
    ("(units)", 75.2, 93.5),
    ("Axitinib", 99.5, 120.9),
    ("5", 122.7, 126.3),
    ("mg", 128.1, 137.2),
    ("(n", 139.0, 144.8),
    ("=", 146.6, 151.4),
    ("40),", 153.2, 164.4),
    ("adjusted", 166.2, 190.7),
    ("geometric", 192.5, 221.3),
    ("mean", 223.1, 239.1),
]
_COLUMNS = [(163.0, 175.6), (343.6, 356.2), (490.0, 536.9)]


def _texts(parts: list[list[Word]]) -> list[str]:
    return [" ".join(w.text for w in part) for part in parts]


def test_a_head_centred_over_the_first_column_is_cut_from_the_stub_head() -> None:
    parts = _split_at_gaps(_line(_HEAD), _COLUMNS, _COLUMNS[0][0] - 1, DEFAULT_GRID, [])
    assert _texts(parts) == ["Parameter (units)", "Axitinib 5 mg (n = 40), adjusted geometric mean"]


def test_a_stub_head_run_on_at_a_word_space_stays_whole() -> None:
    """Control: the same words a word space apart are one head (a stub head that runs on into its own words)."""
    spec = [(t, x0 - (4.2 if i >= 2 else 0.0), x1 - (4.2 if i >= 2 else 0.0)) for i, (t, x0, x1) in enumerate(_HEAD)]
    parts = _split_at_gaps(_line(spec), _COLUMNS, _COLUMNS[0][0] - 1, DEFAULT_GRID, [])
    assert len(parts) == 1


def test_a_wider_gap_before_words_not_centred_over_the_column_cuts_nothing() -> None:
    """Control: after the same gap, words that are no head centred over the first column (they end short of it)."""
    spec = [("Parameter", 43.9, 73.4), ("(units)", 75.2, 93.5), ("of", 99.5, 105.0), ("interest", 106.8, 130.0)]
    parts = _split_at_gaps(_line(spec), _COLUMNS, _COLUMNS[0][0] - 1, DEFAULT_GRID, [])
    assert len(parts) == 1


def test_a_span_rule_leaving_a_column_outside_spans_the_columns_inside_it() -> None:
    columns = [(166.5, 179.1), (338.1, 350.7), (484.7, 531.6)]
    group = _line([("Axitinib", 254.0, 278.7), ("5", 280.7, 284.6), ("mg", 286.6, 296.5)], top=61.2)
    line = Line(words=group)
    rule = Rule(x0=103.7, x1=446.8, y=69.2)
    assert _ruled_span(group, columns, [rule], line) == [0, 1]


def test_a_rule_across_every_column_is_the_header_rule() -> None:
    """Control: a rule under one head that runs across every value column is the header's bottom rule."""
    columns = [(166.5, 179.1), (338.1, 350.7), (484.7, 531.6)]
    group = _line([("Axitinib", 254.0, 278.7), ("5", 280.7, 284.6), ("mg", 286.6, 296.5)], top=61.2)
    rule = Rule(x0=103.7, x1=566.5, y=69.2)
    assert _ruled_span(group, columns, [rule], Line(words=group)) == []


_NOTE = [("a", 45.4, 48.0), ("Geometric", 48.0, 80.0), ("means", 82.0, 100.0), ("(95%", 102.0, 116.0)]
_NOTE += [("CI)", 118.0, 127.0), ("for", 129.0, 138.0), ("AUC", 140.0, 152.0), ("and", 154.0, 165.0)]


def _note_line(size: float) -> Line:
    words = _line(_NOTE, top=503.9, size=size)
    mark = words[0]
    words[0] = Word(
        text=mark.text, x0=mark.x0, top=mark.top, x1=mark.x1, bottom=mark.top + 4.2, size=4.2, bold=False,
        page_bbox=mark.page_bbox,
    )  # fmt: skip
    return Line(words=words)


def test_a_legend_as_small_as_the_rows_starts_under_a_caption_below() -> None:
    s = RegionSettings()
    line = _note_line(6.2)
    assert not _starts(line, 6.3, s)  # the roomy rule alone: no smaller than the rows
    assert _starts(line, 6.3, s, body_size=9.0)


def test_a_line_as_large_as_the_body_text_starts_no_legend() -> None:
    """Control: under rows set as large as the body text, a line in that type is no legend by its size."""
    s = RegionSettings()
    assert not _starts(_note_line(9.0), 9.0, s, body_size=9.0)
    assert not _starts(_note_line(7.5), 6.3, s, body_size=9.0)  # larger than the rows


def _spread(text: str, x0: float, x1: float, top: float) -> list[Word]:
    """The words of ``text`` laid from ``x0`` to ``x1`` a word space (0.3 em) apart, widths by their letters."""
    words = text.split()
    gap = 0.3 * SIZE
    per = (x1 - x0 - gap * (len(words) - 1)) / sum(len(w) for w in words)
    out, x = [], x0
    for w in words:
        out.append(_word(w, x, x + per * len(w), top))
        x += per * len(w) + gap
    return out


def _group_label_case(label_x1: float, row_x0: float) -> bool:
    from extractors.grid import _overhanging_label

    head = Line(
        words=[
            *_spread("Characteristics", 307.6, 355.6, 385.7),
            *_spread("Patients (N = 29) n (%)", 475.3, 547.4, 385.7),
        ]
    )
    label = Line(
        words=_spread("Tumour stage at study entry (AJCC Cancer Staging Manual, 7th ed.)", 307.6, label_x1, 397.9)
    )
    row = Line(words=[*_spread("I", row_x0, row_x0 + 2.0, 406.0), *_spread("1 (3.4)", 503.0, 519.7, 406.0)])
    return _overhanging_label(label, [head], [(498.3, 524.4)], 307.6, DEFAULT_GRID, row)


def test_a_group_label_running_a_little_into_a_narrow_lone_column_is_a_row() -> None:
    """A one-column table set close to its stub (a continuation part under its repeated head): the first row
    group's label runs half a point past the stub into the value column, short of its middle, over an indented
    row. It is that group's label, not a head of the column (26 of 62 values were left unread under it)."""
    assert _group_label_case(498.9, 315.1)


def test_a_line_reaching_past_the_column_middle_or_over_an_unindented_row_stays_a_head() -> None:
    """Controls: running past the column's middle, or over a row set flush with it, the line may be a head."""
    assert not _group_label_case(515.0, 315.1)
    assert not _group_label_case(498.9, 307.6)
