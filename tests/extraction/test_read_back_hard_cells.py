"""Cell forms of the shared hard-cases list in tables of our own (tests/typeset/read_back/hard-cells.html), gold
(tests/extraction/read_back_hard_cells_gold.py) written before the page was first read.

First contact (main at 8bf131c + this round's typing rules): "27 (25, 12.1%)" under "Events (patients, %)" with a
pooled "Velocimab total" column and the N only in a "Total number of patients" row: 28 of 28 right. A narrow table
whose stub head "Measure, median (range)" ends a word gap before the first column's head "Velocimab (n =" (the N
wrapped to the next line): the stub head was read into that column's head, its 6 values silently under the group
"Measure, median (range) Velocimab". Fixed in extractors/grid_header.py (`_split_at_gaps`): a header segment is cut
where a word ends left of the first value column and the next starts at its left edge, half an em or more apart."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractors.grid_header import _split_at_gaps
from extractors.pipeline import extract
from schemas.document import Word
from tests.extraction.read_back_gold import compare
from tests.extraction.read_back_hard_cells_gold import GOLD

READ_BACK = Path(__file__).resolve().parents[1] / "data" / "read_back"


@pytest.mark.parametrize("table", list(GOLD))
def test_every_value_is_read_right_under_its_group(table: str) -> None:
    records = [r for r in extract(READ_BACK / "hard-cells.pdf").records if r.table == table]
    got = compare(GOLD[table], records)
    assert not (got.wrong or got.mislabeled or got.wrong_arm or got.withheld or got.extra)
    assert got.right


def _word(text: str, x0: float, x1: float) -> Word:
    return Word(
        text=text, x0=x0, top=100.0, x1=x1, bottom=108.5, size=8.5, bold=False, page_bbox=(x0, 100.0, x1, 108.5)
    )


def test_a_stub_head_running_into_the_first_columns_head_is_cut_at_the_column() -> None:
    seg = [_word("Measure,", 65.7, 106.1), _word("(range)", 143.3, 175.0), _word("Velocimab", 182.5, 226.8)]
    parts = _split_at_gaps(seg, [(182.5, 244.7), (270.1, 332.3)], stub_x1=181.5)
    assert [[w.text for w in p] for p in parts] == [["Measure,", "(range)"], ["Velocimab"]]
    # a head centred over the first column that starts left of its values stays whole
    centred = [_word("Overall", 160.0, 190.0), _word("survival", 193.0, 230.0)]
    assert len(_split_at_gaps(centred, [(182.5, 244.7)], stub_x1=150.0)) == 1
