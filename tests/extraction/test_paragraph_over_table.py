"""Region bounds that held on DejaVu's line breaks and broke in another face (bench/faces.py, face ``palatino``).

- A table set in the right text column under a paragraph, its caption below it (the zoo's sidelow style): the
  paragraph's short last line ("patients with high-risk neuroblastoma.", four words) is too short to read as running
  text by itself, so growing up from the caption took it as the table's top line, and every group's name began
  with it (zoo-sidelow-ch1418, Table 5: 64 values mislabeled). It stands under a line of running text at the
  text's leading: a paragraph's last line, never the table's head.
- A table running on at the top of the right column, its legend under its last row opening with a symbol mark on
  its first word ("*Denosumab or zoledronic acid."), the legend and the running text under it set flush with the
  column's edge, left of the table's indented rows: their first words were cut off at the gutter, and the rest of
  the legend line ("or zoledronic acid.") ran on as the last row's label (zoo-band-lu177: a value matched to the
  wrong row). The column's lines under the block are read whole, and a line opening with a footnote's mark is the
  legend, never a label running on.

Palatino zoo before / after: zoo-sidelow-ch1418 64 mislabeled -> 0; zoo-band-lu177 2 wrong -> 0.
"""

from __future__ import annotations

import pytest

from extractors import column_continuations
from extractors.blocks import Block
from extractors.caption_blocks import frame_blocks
from extractors.furniture import furniture_words
from extractors.regions import find_regions
from schemas.document import Document, Frame, Word


def _line(text: str, x0: float, top: float, size: float, gap: float = 0.25, bold: bool = False) -> list[Word]:
    words, x = [], x0
    for token in text.split():
        width = 0.45 * size * len(token)
        words.append(Word(token, x, top, x + width, top + size, size, bold, (x, top, x + width, top + size)))
        x += width + gap * size
    return words


def _cells(cells: list[tuple[str, float]], top: float, size: float) -> list[Word]:
    return [w for text, x in cells for w in _line(text, x, top, size)]


def _document(words: list[Word]) -> Document:
    return Document("0" * 64, "synthetic.pdf", 1, 1, [Frame(page=1, width=595, height=842, rotation=0, words=words)])


_PROSE = [
    "the study enrolled patients after the first induction with a long course of treatment and the",
    "dose was given in cycles while the response was assessed by the investigators at each visit and the",
    "results were reviewed by an independent committee that met every month during the study and in",
]


def _left_column(top: float) -> list[Word]:
    words: list[Word] = []
    for i in range(40):
        words += _line(_PROSE[i % 3][:62], 45, top + 11 * i, 8.4)
    return words


def _sidelow(last_line: str, lead: float) -> list[Word]:
    """Two columns of text; in the right one a paragraph, then a table in smaller type, its caption under it."""
    words = _left_column(60)
    top = 60.0
    for i in range(6):
        words += _line(_PROSE[i % 3][:60], 305, top + 11 * i, 8.4)
    top += 66
    words += _line(last_line, 305, top - 11 + lead, 8.4)
    head = top + 30
    words += _cells([("Adverse events, n (%)", 308), ("Drug A (n = 27)", 407), ("Drug B (n = 27)", 481)], head, 6.8)
    rows = ["Pyrexia", "Anemia", "Hypokalemia", "Hyponatremia", "Hypoxia", "Hypotension"]
    for i, label in enumerate(rows):
        y = head + 10.6 * (i + 1)
        words += _cells([(label, 311), (f"{i + 3} (1{i}.1)", 407), (f"{i + 2} (2{i}.4)", 481)], y, 6.8)
    cap = head + 10.6 * (len(rows) + 1) + 6
    words += _line("Table 5:", 308, cap, 7.4, bold=True)
    words += _line("Grade 3 or higher adverse events", 337, cap, 7.4)
    return words


def _region_top(words: list[Word]) -> float:
    document = _document(words)
    [region] = [r for r in find_regions(document, furniture_words(document)) if r.table_id == "Table 5"]
    return region.top


def test_a_paragraphs_short_last_line_over_a_table_is_no_head() -> None:
    words = _sidelow("patients with high-risk neuroblastoma.", 11)
    head = min(w.top for w in words if w.text == "Adverse")
    assert _region_top(words) == head


def test_a_head_line_set_apart_from_the_text_over_it_stays_the_tables() -> None:
    # the same words, set well apart from the paragraph (more than the text's leading): a line of the table's own
    words = _sidelow("Grade three events only", 18)
    line = min(w.top for w in words if w.text == "Grade" and w.size == 8.4)
    assert _region_top(words) == line


_LABELS = ["Yes", "Abiraterone", "Enzalutamide", "Apalutamide", "Darolutamide", "Other agent", "Unknown"]


def _column_runon(legend: str) -> list[Word]:
    """A table at the foot of the left column going on at the head of the right one, its rows indented from the
    column's edge; under its last row a legend and then running text, both flush with the column's edge."""
    words: list[Word] = []
    for i in range(20):  # the abstract, across the page
        words += _line(_PROSE[i % 3], 42.5, 60 + 11 * i, 8.0)
    words += [w for w in _left_column(300) if w.top < 590]
    words += _line("Table 1:", 42.5, 610, 8.0, bold=True)
    words += _line("Baseline participant demographics and characteristics", 71.0, 610, 8.0)
    words += _cells([("Participants (n=27)", 227.5)], 626, 7.0)
    for i in range(12):
        y = 638.0 + 12.2 * i
        label = ("Age group, n (%)", 46.5) if i % 4 == 0 else (_LABELS[i % 7], 61.4)
        words += _cells([label] + ([] if i % 4 == 0 else [(f"{i + 4} ({i + 10}.4)", 236.0)]), y, 7.0)
    words += _cells([("Participants (n=27)", 489.7)], 319.3, 7.0)
    for i in range(14):
        y = 331.5 + 12.2 * i
        label = ("Prior therapy, n (%)", 308.7) if i % 5 == 0 else (_LABELS[i % 7], 323.6)
        words += _cells([label] + ([] if i % 5 == 0 else [(f"{i + 1} ({i + 20}.7)", 498.0)]), y, 7.0)
    bottom = 331.5 + 12.2 * 13 + 7.0
    words += _line(legend, 304.7, bottom + 5, 6.6)
    words += _line("SPLASH (Study Evaluating Metastatic Castrate Resistant Prostate", 304.7, bottom + 23.5, 8.4)
    words += _line("Cancer Treatment Using Lu-PNT2002 PSMA Therapy After Second-line", 304.7, bottom + 34.5, 8.4)
    return words


def test_a_legend_opening_with_a_mark_under_a_column_run_on_is_no_label() -> None:
    document = _document(_column_runon("*Denosumab or zoledronic acid."))
    parts = [r for r in find_regions(document, furniture_words(document)) if r.table_id == "Table 1"]
    assert len(parts) == 2
    last = parts[1].body[-1]
    assert last.text.startswith(_LABELS[13 % 7])
    assert not any("zoledronic" in ln.text for ln in parts[1].body)


# a table at the foot of the left column going on at the head of the right one (the zoo's band style set in a
# narrow sans): rows as (top, [(cell, x)]); the right column's rows wrap their labels over two or three lines
_V = (388.0, 431.0, 457.0, 483.0, 520.0)
_Rows = list[tuple[float, list[tuple[str, float]]]]
_RIGHT: _Rows = [
    (263.2, [("Part 1 Dose", 381), ("Part 3 Dose", 512)]),
    (271.5, [("escalation", 383), ("Part 2 Dose finding", 437), ("confirmation", 510)]),
    (283.7, [("1, 3, 6, or 12 mg", 375), ("3 mg", 431), ("6 mg", 457)]),
    (291.9, [("kg–1 on days 1,", 377), ("kg–1", 433), ("kg–1", 459)]),
    (300.2, [("Dosage", 309), ("29, 43, 57", 384), ("q3w", 432), ("q3w", 459), ("Total", 483), ("6 mg kg–1 q2w", 508)]),
    (312.4, [("Other", 324), *zip(("1 (9)", "1 (6)", "0", "1 (3)", "2 (10)"), _V, strict=True)]),
    (324.7, [("Patients who", 309), *zip(("3 (27)", "4 (24)", "4 (20)", "8 (22)", "3 (15)"), _V, strict=True)]),
    (332.9, [("terminated study", 309)]),
    (341.2, [("participation", 309)]),
    (357.4, [("Primary reason", 309)]),
    (369.6, [("Disease", 324), *zip(("1 (9)", "3 (17)", "2 (10)", "5 (14)", "0"), _V, strict=True)]),
    (377.9, [("progression", 317)]),
    (390.1, [("Death", 324), *zip(("0", "0", "2 (10)", "2 (5)", "1 (5)"), _V, strict=True)]),
    (402.3, [("Other", 324), *zip(("2 (18)", "1 (6)", "0", "1 (3)", "2 (10)"), _V, strict=True)]),
    (414.6, [("Duration of follow-up,", 309), *zip(("76", "65", "72", "68", "141"), _V, strict=True)]),
    (422.8, [("mean (days)", 309)]),
    (435.0, [("Patients with ≥1", 309), *zip(("11 (100)", "17", "19", "36", "19 (95)"), _V, strict=True)]),
    (443.3, [("adverse events", 309), ("(100)", 431), ("(95)", 459), ("(97)", 485)]),
    (456.3, [("Reasonably", 324), *zip(("6 (55)", "12 (71)", "13", "25", "15 (75)"), _V, strict=True)]),
    (464.5, [("related", 317), ("(65)", 459), ("(68)", 485)]),
    (476.8, [("Death", 309), *zip(("2 (18)", "0", "2 (10)", "2 (5)", "1 (5)"), _V, strict=True)]),
]
_LEFT: _Rows = [
    (578.0, [("Part 1 Dose", 119), ("Part 3 Dose", 250)]),
    (586.3, [("escalation", 121), ("Part 2 Dose finding", 175), ("confirmation", 248)]),
    (598.5, [("1, 3, 6, or 12 mg", 112), ("3 mg", 169), ("6 mg", 195)]),
    (606.8, [("kg–1 on days 1,", 114), ("kg–1", 170), ("kg–1", 197)]),
    (615.0, [("Dosage", 46), ("29, 43, 57", 122), ("q3w", 170), ("q3w", 197), ("Total", 221), ("6 mg kg–1 q2w", 246)]),
    (627.2, [("Patients treated", 46), *zip(("11", "17", "20", "37", "20"), _V, strict=True)]),
    (639.5, [("Patients treated with", 46), *zip(("5 (45)", "8 (47)", "9 (45)", "17", "9 (45)"), _V, strict=True)]),
    (647.7, [("extended", 46), ("(46)", 222 + 262)]),
    (656.0, [("administrations", 46)]),
    (668.2, [("Doses received", 46), *zip(("4 (1, 8)", "4 (2,", "4 (2,", "4 (2,", "6 (1, 13)"), _V, strict=True)]),
    (676.5, [("10)", 172 + 262), ("8)", 200 + 262), ("10)", 223 + 262)]),
    (717.5, [("Patients who", 46), *zip(("3 (27)", "6 (35)", "9 (45)", "15", "7 (35)"), _V, strict=True)]),
    (725.7, [("discontinued study", 46), ("(41)", 222 + 262)]),
    (734.0, [("agent", 46)]),
    (750.2, [("Primary reason", 46)]),
    (762.4, [("Disease", 61), *zip(("1 (9)", "5 (29)", "8 (40)", "13", "4 (20)"), _V, strict=True)]),
    (770.7, [("progression", 54), ("(35)", 222 + 262)]),
    (782.9, [("Adverse event", 61), *zip(("1 (9)", "0", "1 (5)", "1 (3)", "1 (5)"), _V, strict=True)]),
]


def _narrow(cells: list[tuple[str, float]], top: float, shift: float = 0.0) -> list[Word]:
    words: list[Word] = []
    for text, x0 in cells:
        x = x0 - shift if x0 > 300 or not shift else x0
        for token in text.split():
            width = 0.36 * 7.0 * len(token)
            words.append(Word(token, x, top, x + width, top + 7.0, 7.0, False, (x, top, x + width, top + 7.0)))
            x += width + 0.25 * 7.0
    return words


def _broken_at_a_wrapped_label() -> list[Word]:
    words: list[Word] = []
    for i in range(16):  # the abstract, across the page
        words += _line(_PROSE[i % 3], 42.5, 60 + 11 * i, 8.0)
    words += [w for w in _left_column(260) if w.top < 545]
    words += _line("Table 2:", 42.5, 562.1, 8.0, bold=True)
    words += _line("Summary of study-agent exposure and safety", 71.0, 562.1, 8.0)
    for top, cells in _LEFT:
        words += _narrow(cells, top, shift=262.2)
    for top, cells in _RIGHT:
        words += _narrow(cells, top)
    for i in range(6):
        words += _line(_PROSE[i % 3][:60], 304.7, 500 + 11 * i, 8.4)
    return words


def _cut_at(blocks: list[Block], label: str) -> list[Block]:
    """The right column's block cut as the block finder cuts it in a narrow face: the upper block ends with the row
    whose label wraps (``label``), the lower one has that row for its head line."""
    out: list[Block] = []
    for b in blocks:
        at = next((i for i, ln in enumerate(b.lines) if ln.text.startswith(label)), None)
        if at is None:
            out.append(b)
            continue
        upper = Block(b.lines[: at + 1], [ln for ln in b.data if ln in b.lines[: at + 1]], b.values, b.x0, b.x1)
        upper.header = b.header
        lower = Block(b.lines[at + 1 :], [ln for ln in b.data if ln in b.lines[at + 1 :]], b.values, b.x0, b.x1)
        lower.header = [b.lines[at]]
        out += [upper, lower]
    return out


def test_a_column_run_on_cut_at_a_wrapped_label_is_read_whole(monkeypatch: pytest.MonkeyPatch) -> None:
    found = frame_blocks
    monkeypatch.setattr(column_continuations, "frame_blocks", lambda *a: _cut_at(found(*a), "Patients who 3 (27)"))
    document = _document(_broken_at_a_wrapped_label())
    parts = [r for r in find_regions(document, furniture_words(document)) if r.table_id == "Table 2"]
    assert len(parts) == 2
    body = [ln.text for ln in parts[1].body]
    assert any(t.startswith("Duration of follow-up") for t in body)
    assert len([t for t in body if t.startswith("Patients who 3 (27)")]) == 1  # the shared row read once
    assert not any(ln.text.startswith("Duration of follow-up") for ln in parts[1].notes)
