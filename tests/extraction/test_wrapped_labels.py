"""Wrapped row labels in a narrow stub set with hanging indents, and a short legend line glued to its mark.

Synthetic lines: a stub whose labels start one indent in and wrap back to the left ("Tumor" / "control rate"),
where a wrapped line starting with a capital ("Missing" / "MRI data") must still join its row while a group
label at the same place, set as far from the rows as rows are from each other, stays a row of its own; and a
legend whose first line is only three words with its footnote mark glued on ("aMaximum CTCAE grade").
"""

from __future__ import annotations

from pathlib import Path

from extractors.grid_rows import _Fragment, _hanging_starts, _merge_fragments, _row_gap
from extractors.layout import Line
from extractors.table_notes import split_notes
from schemas.document import Word


def _words(text: str, x0: float, top: float, size: float = 7.0) -> list[Word]:
    words, x = [], x0
    for t in text.split():
        w = len(t) * 0.5 * size
        words.append(Word(t, x, top, x + w, top + size, size, False, (x, top, x + w, top + size)))
        x += w + 0.25 * size
    return words


def _frag(label: str, x0: float, top: float, values: list[str]) -> _Fragment:
    cells = [_words(v, 220 + 60 * k, top) if v else [] for k, v in enumerate(values)]
    return _Fragment(_words(label, x0, top), cells, top, top + 7, 7.0, False)


# first lines of labels at 318.5, their wrapped lines hung back to 305.9, the group labels at 301.1
_FIRST, _HUNG, _GROUP = 318.5, 305.9, 301.1
_NONE = ["", ""]


def _hanging_table(missing_tail_top: float) -> list[_Fragment]:
    return [
        _frag("6 months", _GROUP, 142.0, _NONE),
        _frag("Tumor", _FIRST, 154.2, ["13 (33%)", "10 (20%)"]),
        _frag("control rate", _HUNG, 162.5, _NONE),
        _frag("(CR + PR + SD)", _HUNG, 170.7, _NONE),
        _frag("Overall", _FIRST, 183.0, ["2 (5%)", "3 (6%)"]),
        _frag("response rate", _HUNG, 191.2, _NONE),
        _frag("Progressive", _FIRST, 203.5, ["19 (48%)", "34 (69%)"]),
        _frag("disease", _HUNG, 211.7, _NONE),
        _frag("Missing", _FIRST, 224.0, ["8 (20%)", "5 (10%)"]),
        _frag("MRI data", _HUNG, missing_tail_top, _NONE),
        _frag("14 months", _GROUP, missing_tail_top + 12.3, _NONE),
        _frag("Tumor", _FIRST, missing_tail_top + 24.6, ["9 (23%)", "4 (8%)"]),
    ]


def _labels(fragments: list[_Fragment]) -> list[str]:
    merged = _merge_fragments(fragments, [], _row_gap(fragments), _hanging_starts(fragments))
    return [" ".join(w.text for w in f.label) for f in merged]


def test_a_capitalised_line_at_the_hanging_indent_close_under_its_row_ends_that_label() -> None:
    labels = _labels(_hanging_table(232.2))
    assert "Missing MRI data" in labels
    assert "MRI data" not in labels
    assert "Tumor control rate (CR + PR + SD)" in labels
    assert "14 months" in labels  # the next group label, further left, stays a group


def test_a_group_label_at_the_hanging_indent_as_far_as_the_rows_stays_a_row() -> None:
    # the same line set as far under "Missing" as the rows are from each other: a group label of its own
    labels = _labels(_hanging_table(236.3))
    assert "MRI data" in labels
    assert "Missing" in labels


def test_without_hung_lines_in_the_table_an_outdented_capital_line_is_no_continuation() -> None:
    # the same table with every wrapped line at the first lines' indent but "MRI data": nothing shows that the
    # table hangs its wrapped lines, so the outdented line stays a row
    fragments = _hanging_table(232.2)
    for f in fragments:
        if f.label_text in ("control rate", "(CR + PR + SD)", "response rate", "disease"):
            f.label = _words(f.label_text, _FIRST, f.top)
    assert "MRI data" in _labels(fragments)


def test_a_descriptor_word_wrapped_with_a_narrow_cells_bracket_ends_the_label() -> None:
    # "Adverse | 1 (9) | 0 | 1 | 1 (3)" over "event | | | (5) |", the wrapped line hung back: "event" is the
    # end of the label (its cell the bracket part of the bare "1" above), not a row "Events" of its own
    fragments = _hanging_table(232.2)
    fragments[8:10] = [
        _frag("Adverse", _FIRST, 224.0, ["1 (9)", "1"]),
        _frag("event", _HUNG, 232.2, ["", "(5)"]),
    ]
    assert "Adverse event" in _labels(fragments)
    # a row "Events" of its own, with whole cells, stays a row
    fragments[9] = _frag("events", _HUNG, 232.2, ["3 (9)", "4 (5)"])
    assert "events" in _labels(fragments)


def _line(text: str, x0: float, top: float, size: float, values: list[str] | None = None) -> Line:
    words = _words(text, x0, top, size)
    for k, v in enumerate(values or []):
        words += _words(v, 186 + 60 * k, top, size)
    return Line(words)


def test_a_short_legend_line_opening_with_a_glued_mark_ends_the_rows() -> None:
    rows = [
        _line(label, 46.5, 440.0 + 11.1 * k, 7.0, ["27 (11)", "2 (1)", "0"])
        for k, label in enumerate(["Dyspepsia", "Hypothyroidism", "Headache", "Rash"])
    ]
    legend = _line("aMaximum CTCAE grade", 42.5, 496.7, 6.4)
    body, notes = split_notes([*rows, legend], True)
    assert body == rows
    assert notes == [legend]
    # a short line in the rows' own type under them is not cut off (a label wrapped onto the next line)
    tail = _line("Maximum CTCAE grade", 46.5, 496.7, 7.0)
    body, notes = split_notes([*rows, tail], True)
    assert notes == []


def test_a_table_going_on_at_the_very_top_of_the_right_column_keeps_its_first_and_last_rows() -> None:
    # zoo-flow: Table 2 runs off the foot of the left column and goes on at the top of the right one, its first
    # line a row of values (their label "Progressive" / "disease" wraps under them) in the running-head band,
    # beside body text the layout puts on the same baselines, and its last row's label ("Missing" / "MRI data")
    # running on under the values right above the legend
    from extractors.furniture import furniture_words
    from extractors.grid import region_to_grid
    from extractors.loader import load_document
    from extractors.regions import find_regions

    pdf = Path(__file__).resolve().parents[1] / "data" / "pdfs" / "zoo-flow-trabedersen.pdf"
    document = load_document(pdf)
    parts = [r for r in find_regions(document, furniture_words(document)) if r.table_id == "Table 2"]
    assert len(parts) == 2
    second = parts[1]
    frame = document.frames[second.frame_index]
    grid = region_to_grid(second, frame.fills, frame.rules)
    assert grid is not None
    rows: dict[str, list[str]] = {}
    for r in grid.rows:  # each label's first row: the column's first rows go on the left column's last group
        rows.setdefault(r.label, [c.text for c in r.cells])
    assert rows["Progressive disease"] == ["22 (55%)", "31 (63%)", "32 (71%)"]
    assert rows["Missing MRI data"][0] == "9 (23%)"
    assert "Missing" not in rows
    last = [r for r in grid.rows if r.cells and any(c.text for c in r.cells)][-1]
    assert last.label == "Missing MRI data"
    assert [c.text for c in last.cells] == ["3 (25%)", "6 (40%)", "5 (42%)"]
    assert not any(r.label in ("disease", "MRI data") for r in grid.rows)


def _efficacy_table(survival_top: float) -> list[_Fragment]:
    # a padded table (rows 4.5 apart, a label's lines 1.4 apart) with a narrow stub ending at 145: the heading
    # "Progression-Free Survival" wraps, and so does "Number of events, n (%)"
    return [
        _frag("Progression-Free", 65.7, 139.6, _NONE),
        _frag("Survival", 65.7, survival_top, _NONE),
        _frag("Number of events, n", 65.7, 163.5, ["130 (72%)", "126 (70%)"]),
        _frag("(%)", 65.7, 172.0, _NONE),
        _frag("Progression, n (%)", 65.7, 183.5, ["106 (59%)", "107 (59%)"]),
        _frag("Death, n (%)", 65.7, 195.0, ["24 (13%)", "19 (10%)"]),
        _frag("Median (95% CI)", 65.7, 206.5, ["3.0 (2.8, 3.9)", "2.9 (2.7, 4.6)"]),
    ]


def _stub_labels(fragments: list[_Fragment], stub_x1: float = 145.0) -> list[str]:
    from extractors.grid_rows import _ValueLinesApart

    apart = _ValueLinesApart.of(fragments, stub_x1)
    merged = _merge_fragments(fragments, [], _row_gap(fragments), _hanging_starts(fragments), apart)
    return [" ".join(w.text for w in f.label) for f in merged]


def test_a_heading_wrapped_in_a_narrow_stub_is_one_heading() -> None:
    labels = _stub_labels(_efficacy_table(148.0))
    assert labels[0] == "Progression-Free Survival"
    assert "Survival" not in labels


def test_two_headings_a_row_apart_or_short_enough_to_share_a_line_stay_two() -> None:
    # set as far apart as the rows: two headings
    assert _stub_labels(_efficacy_table(151.1))[:2] == ["Progression-Free", "Survival"]
    # a stub wide enough for "Survival" on the first line: it did not wrap there, so it is a row of its own
    assert _stub_labels(_efficacy_table(148.0), stub_x1=400.0)[:2] == ["Progression-Free", "Survival"]


def test_legend_sentences_left_among_the_rows_are_no_wrapped_heading() -> None:
    # two legend lines under the rows, set close like a label's lines: they run past the stub and end a sentence
    fragments = _efficacy_table(148.0)
    fragments += [
        _frag("Abbreviations: CI=confidence interval; PR=partial response.", 65.7, 220.0, _NONE),
        _frag("Data presented as n (%) unless specified otherwise.", 65.7, 228.5, _NONE),
    ]
    labels = _stub_labels(fragments)
    assert labels[-2:] == [
        "Abbreviations: CI=confidence interval; PR=partial response.",
        "Data presented as n (%) unless specified otherwise.",
    ]
