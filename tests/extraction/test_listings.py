"""A per-patient listing (found unseen on the JATS fixture jats-cea, Table 2, docs/accuracy.md): one row per
patient labelled by its arm, letter-code columns (stage "M", ELISPOT "Y"/"N"/"NE", best response "SD"/"PD") before
the numbers. The code cells made its rows look like header lines, their columns were left out of the grid (the
codes were read into the row label or joined to a number's cell), and "No. of cycles completed" made a patient's
cycles a count of patients."""

from __future__ import annotations

from pathlib import Path

from extractors.grid_columns import is_data_line, value_columns
from extractors.layout import Line
from extractors.listings import is_listing
from extractors.pipeline import extract
from extractors.regions import TableRegion
from schemas.document import Word

PDFS = Path(__file__).resolve().parents[1] / "data" / "pdfs"


def _w(text: str, x0: float, top: float, size: float = 7.0) -> Word:
    width = 0.5 * size * len(text)
    return Word(text, x0, top, x0 + width, top + size, size, False, (x0, top, x0 + width, top + size))


_XS = (50.0, 80.0, 110.0, 150.0, 190.0, 230.0, 270.0)


def _line(cells: tuple[str, ...], top: float) -> Line:
    return Line(words=[_w(text, x, top) for text, x in zip(cells, _XS, strict=False) if text])


def _region(lines: list[Line]) -> TableRegion:
    return TableRegion(
        caption=None, table_id="Table 2", title="", frame_index=0, page=1, x0=45.0, x1=300.0, top=90.0, bottom=300.0,
        body=lines,
    )  # fmt: skip


_ROWS = (
    ("A", "M", "Y", "SD", "8", "3·7", "9·4"),
    ("A", "M", "N", "PD", "4", "1·8", "15·9"),
    ("A", "NED", "N", "SD", "24", "12·4", "32·4"),
    ("B", "M", "Y", "PD", "4", "1·9", "3·1"),
    ("B", "M", "NE", "PD", "1", "0·3", "0·4"),
    ("C", "LA", "Y", "CR", "81", "39·3", "75·4"),
)


def test_a_listing_row_of_codes_and_numbers_is_data_and_a_header_line_is_not() -> None:
    lines = [_line(row, 100.0 + 10 * i) for i, row in enumerate(_ROWS)]
    region = _region(lines)
    assert all(is_data_line(line, region) for line in lines)
    header = _line(("Arm", "Stage", "(Y/N/NE)", "response", "completed", "(months)", "start"), 90.0)
    assert not is_data_line(header, region)
    # one number among codes is not enough to make a line data ("HR | P | 95"): a header stays a header
    assert not is_data_line(_line(("", "HR", "CI", "P", "95", "", ""), 80.0), region)


def test_the_code_columns_of_a_listing_are_columns_of_the_grid() -> None:
    lines = [_line(row, 100.0 + 10 * i) for i, row in enumerate(_ROWS)]
    starts = [round(c0) for c0, _c1 in value_columns(lines, _region(lines))]
    assert starts == [80, 110, 150, 190, 230, 270]  # stage, ELISPOT, best response, then the three numbers
    # codes on fewer than half the lines (a stray "M" in a summary table) make no column
    few = [_line(("Age", "", "", "", "61", "55·2", "12·1"), 100.0 + 10 * i) for i in range(5)]
    few.append(_line(("Sex", "M", "", "", "30", "41·0", "3·3"), 160.0))
    assert [round(c0) for c0, _c1 in value_columns(few, _region(few))] == [190, 230, 270]


def test_rows_repeating_one_label_on_consecutive_lines_are_a_listing() -> None:
    arms = ["A"] * 5 + ["B"] * 8 + ["C"] * 6
    cells = ("SD", "8", "3·7", "NE")
    rows = [(1, 100.0 + 10 * i, (arm,), text) for i, arm in enumerate(arms) for text in cells]
    assert is_listing(rows)
    summary = [("Age", "Median"), ("Age", "Range"), ("Sex", "Male"), ("Sex", "Female"), ("BMI", "Median"), ("BMI",)]
    assert not is_listing((1, 100.0 + 10 * i, path, "12") for i, path in enumerate(summary))
    # two rows of one label (a label restated over a page break) are no listing
    twice = [("Fatigue",), ("Fatigue",), ("Nausea",), ("Rash",), ("Pain",), ("Cough",), ("Fever",)]
    assert not is_listing((1, 100.0 + 10 * i, path, "3") for i, path in enumerate(twice))
    # one label over many rows of a summary (a row-spanning stub read onto each of its rows): its cells hold an
    # estimate with its interval, a count with its share, somewhere -- no listing, however the labels repeat
    for summary_cell in ("0·82 (0·61–1·10)", "12 (30)", "3/10", "45%"):
        spanned = [(1, 100.0 + 10 * i, ("Overall survival",), text) for i in range(8) for text in ("7", summary_cell)]
        assert not is_listing(spanned)


def test_the_jats_cea_listing_is_read_as_each_patients_own_numbers() -> None:
    records = [r for r in extract(PDFS / "jats-cea-cap1-6d-vaccine-pancreatic-ph1-jitc2013.pdf").records]
    listing = [r for r in records if r.table == "Table 2" and r.value is not None]
    assert len(listing) == 56
    assert {r.statistic for r in listing} == {"value"}
    assert {r.row[-1] for r in listing} == {"A", "B", "C"}
    cycles = sorted(r.value or 0.0 for r in listing if r.column[-1].endswith("completed") and r.row[-1] == "C")
    assert cycles == [3, 3, 4, 4, 12, 81]
