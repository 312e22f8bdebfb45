"""Table regions of the layout zoo set tight (bench/faces.py ``--tight``: every table at 6.3 pt, narrow padding).

- stacked tables with their captions set below them, the page broken between a table and its caption
  (zoo-stack-lu177, liberation tight): the caption opens the next page with nothing over it. The empty side over
  it is the page's edge, no evidence that the paper sets captions above its tables, and its table is the block
  closing the page before; before, the caption took the next table's block under it and that table's own
  caption under the block was left with none (0/128 adverse-event values read). A caption opening its page in a
  paper setting captions above (the page before closing with prose or its own captioned table) still votes;
- two half-width tables side by side, their captions under them at different heights (zoo-sidelow-axitinib,
  liberation tight): the right table's rows fall between the left one's wrapped rows, so the left block takes
  the right one's row labels on its baselines and the two blocks reach into each other; neither caption touched
  a block holding both, so nothing cut them, and the left caption grew across both tables (1/75 -> 66/75).
"""

from __future__ import annotations

from extractors.regions import find_regions
from schemas.document import Document, Frame, Word


def _line(text: str, x0: float, top: float, size: float = 8.0, gap: float = 0.3) -> list[Word]:
    words, x = [], x0
    for token in text.split():
        width = 0.4 * size * len(token)
        words.append(Word(token, x, top, x + width, top + size, size, False, (x, top, x + width, top + size)))
        x += width + gap * size
    return words


def _rows(labels: list[str], top: float, size: float = 6.3) -> list[Word]:
    words: list[Word] = []
    for i, label in enumerate(labels):
        y = top + 1.6 * size * i
        words += _line(label, 45, y, size)
        words += _line(f"{10 + i} ({20 + i}.{i})", 330, y, size) + _line(f"{3 + i} ({4 + i}.{i})", 460, y, size)
    return words


def _prose(top: float, lines: int) -> list[Word]:
    text = "the study enrolled patients across twelve sites and followed them for at least five years from the start"
    return [w for i in range(lines) for w in _line(text, 45, top + 11 * i, 9.0)]


def _broken_stack() -> Document:
    page1 = _prose(60, 20)
    page1 += _line("Event", 45, 560, 6.3) + _line("Participants", 330, 560, 6.3)
    page1 += _rows(["Cycles one", "Cycles two", "Cycles three", "Cycles four", "Mean dose"], 571)
    page1 += _line("Table 2. Treatment exposure.", 45, 624, 8.0)
    page1 += _line("Event", 45, 640, 6.3) + _line("All", 330, 640, 6.3) + _line("Related", 460, 640, 6.3)
    page1 += _rows(["Any event", "Grade three", "Serious", "Leading to delay", "Leading to death"], 651)
    page2 = _line("Table 4. Overall incidence of adverse events.", 45, 47, 8.0)
    page2 += _line("Event", 45, 60, 6.3) + _line("All", 330, 60, 6.3) + _line("Related", 460, 60, 6.3)
    page2 += _rows(["Dry mouth", "Fatigue", "Nausea", "Anemia", "Back pain", "Headache"], 71)
    page2 += _line("Table 5. Incidence of common adverse events by preferred term.", 45, 134, 8.0)
    page2 += _prose(160, 20)
    frames = [
        Frame(page=1, width=595, height=842, rotation=0, words=page1),
        Frame(page=2, width=595, height=842, rotation=0, words=page2),
    ]
    return Document("0" * 64, "synthetic.pdf", 1, 2, frames)


def test_a_caption_opening_the_page_under_no_rows_is_the_table_closing_the_page_before() -> None:
    regions = {r.table_id: r for r in find_regions(_broken_stack())}
    four, five = regions["Table 4"], regions["Table 5"]
    assert four.page == 1 and four.caption_position == "next-page"
    assert "Any event" in " ".join(ln.text for ln in four.body)
    assert five.page == 2 and five.caption_position == "below"
    assert "Dry mouth" in " ".join(ln.text for ln in five.body)


def _side_low() -> Document:
    """Two half-width tables side by side at 6.3 pt, their captions under them at different heights: the left
    table's values wrap (each row two lines), the right table's rows fall between the left one's baselines, its
    row labels on some of them."""
    words = _prose(60, 20)
    words += _line("Parameter", 47, 344, 6.3) + _line("Drug alone", 105, 344, 6.3) + _line("Drug plus", 165, 344, 6.3)
    words += _line("Ratio", 230, 344, 6.3)
    words += _line("Parameter", 309, 352, 6.3) + _line("Alone", 360, 352, 6.3) + _line("Plus", 420, 352, 6.3)
    words += _line("Ratio", 480, 352, 6.3)
    for i in range(6):
        top = 362 + 17.4 * i
        words += _line(f"Item{chr(65 + i)} (ng/", 47, top, 6.3) + _line(f"{190 + i} (152–", 105, top, 6.3)
        words += _line(f"{40 + i} (31–53)", 165, top, 6.3) + _line(f"{21 + i} (18–24)", 230, top, 6.3)
        words += _line("mL)", 47, top + 7.4, 6.3) + _line("238)", 105, top + 7.4, 6.3)
        rtop = 369.4 + 17.4 * i if i % 2 else 362 + 17.4 * i + 10
        words += _line(f"Row{chr(75 + i)}", 316, rtop, 6.3) + _line(f"{187 + i}", 360, rtop, 6.3)
        words += _line(f"{38 + i}", 420, rtop, 6.3) + _line(f"{20 + i} (16–25)", 480, rtop, 6.3)
    words += _line("RowQ", 316, 476.5, 6.3) + _line("6.0", 360, 476.5, 6.3) + _line("3.3", 420, 476.5, 6.3)
    words += _line("Table 1. Mean drug plasma parameters", 45, 472, 8.0)
    words += _line("Table 2. Drug parameters for each group", 308, 482, 8.0)
    words += _prose(520, 10)
    return Document("0" * 64, "synthetic.pdf", 1, 1, [Frame(page=1, width=595, height=842, rotation=0, words=words)])


def test_side_by_side_tables_with_interleaved_rows_are_two_tables() -> None:
    regions = {r.table_id: r for r in find_regions(_side_low())}
    one, two = regions["Table 1"], regions["Table 2"]
    assert not any(w.x0 > 300 for ln in one.body for w in ln.words)
    assert not any(w.x1 < 300 for ln in two.body for w in ln.words)
    assert any("RowK" in ln.text for ln in two.body)
