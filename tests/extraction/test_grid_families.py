"""The grid and structure stages on the layout families of issue 8, one zoo fixture each.

Each test reads one table of a zoo PDF (tests/data/pdfs/zoo-*.pdf, typeset from the JATS corpus) through
regions -> grid -> structure and checks what that family breaks: numeric header rows, spans drawn as one
rule segment per cell, dot leaders glued to label and value, sub/superscripts set an em off the baseline,
a transposed table whose cells wrap, footnote marks on a wrapped label, prefixed superscripts.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from extractors.furniture import furniture_words
from extractors.grid import Grid, region_to_grid
from extractors.header_rows import header_number
from extractors.layout import Line
from extractors.leaders import split_word
from extractors.loader import load_document
from extractors.pipeline import group_parts
from extractors.regions import TableRegion, find_regions
from extractors.structure import TableModel, grids_to_table
from schemas.document import Word

PDFS = Path(__file__).resolve().parents[1] / "data" / "pdfs"


@cache
def _tables(stem: str) -> dict[str, tuple[tuple[Grid, ...], TableModel]]:
    document = load_document(PDFS / f"{stem}.pdf")
    out: dict[str, tuple[tuple[Grid, ...], TableModel]] = {}
    for parts in group_parts(find_regions(document, furniture_words(document))):
        grids = []
        for region in parts:
            frame = document.frames[region.frame_index]
            grid = region_to_grid(region, frame.fills, frame.rules)
            if grid is not None:
                grids.append(grid)
        if grids:
            out[parts[0].table_id] = (tuple(grids), grids_to_table(grids))
    return out


def _table(stem: str, table_id: str) -> tuple[Grid, TableModel]:
    tables = _tables(stem)
    assert table_id in tables, f"{table_id} not read from {stem}: {sorted(tables)}"
    grids, model = tables[table_id]
    return grids[0], model


def _row(grid: Grid, label: str) -> list[str]:
    rows = [r for r in grid.rows if r.label == label]
    assert rows, f"no row {label!r}: {[r.label for r in grid.rows]}"
    return [c.text for c in rows[0].cells]


# -------------------------------------------------------------------------------- numeric header rows


def test_grade_numbers_are_a_header_level_not_a_data_row() -> None:
    """zoo-stack-lu177 Table 5: "Grade | 1 2 3 | 1 2 3" under two spanning groups is the lowest header level."""
    grid, model = _table("zoo-stack-lu177", "Table 5")
    assert "Grade" not in [r.label for r in grid.rows]
    lowest = max(h.line for h in grid.header)
    assert [h.text for h in sorted((h for h in grid.header if h.line == lowest), key=lambda h: h.columns)] == [
        "1",
        "2",
        "3",
        "1",
        "2",
        "3",
    ]
    assert model.columns[0] == ["All TEAEs, n (%)", "1"]
    assert model.columns[5] == ["Treatment-related TEAEs, n (%)", "3"]
    dry = [c for c in model.cells if c.row == ["Dry Mouth"]]
    assert [(c.column[-1], c.text) for c in dry[:2]] == [("1", "7 (25.9)"), ("2", "0")]


def test_a_first_data_row_of_plain_counts_stays_data() -> None:
    """zoo-sideways-siltuximab Table 2: "Patients treated | 11 | 17 | 20 | 37a | 20" is data, not a header."""
    grid, _ = _table("zoo-sideways-siltuximab", "Table 2")
    assert grid.rows[0].label == "Patients treated"
    assert _row(grid, "Patients treated") == ["11", "17", "20", "37a", "20"]


@pytest.mark.parametrize(
    ("text", "kind"),
    [("3", "int"), ("1–2", "band"), ("≥3", "band"), ("n = 15", "n"), ("98 mg/m²", "dose"), ("7 (25.9)", None)],
)
def test_header_number_kinds(text: str, kind: str | None) -> None:
    assert header_number(text) == kind


# ------------------------------------------------------------------------- spanning group headers


def test_span_rule_drawn_per_cell_covers_its_columns() -> None:
    """zoo-sideways-siltuximab: the rule under "Part 2 Dose finding" is three cell-wide segments; the span
    covers those three columns, and the wrapped dose line under it covers only its own column."""
    grid, model = _table("zoo-sideways-siltuximab", "Table 2")
    spans = {h.text: h.columns for h in grid.header}
    assert spans["Part 2 Dose finding"] == (1, 2, 3)
    assert spans["6 mg kg–1"] == (2,)
    assert model.columns[3][0] == "Part 2 Dose finding" and model.columns[3][-1] == "Total"
    assert " ".join(model.columns[4]).startswith("Part 3 Dose confirmation")


def test_arm_names_stay_short() -> None:
    """No footnote paragraph glued into a column label, in tables with long notes under them."""
    for stem, table in [("zoo-sideways-siltuximab", "Table 2"), ("zoo-stack-lu177", "Table 5")]:
        _, model = _table(stem, table)
        for path in model.columns:
            assert all(len(label) < 60 for label in path), path


# -------------------------------------------------------------------------------------- dot leaders


def test_leaders_glued_to_label_and_value_are_cut() -> None:
    """zoo-leaders-derazantinib Table 2: "(SD).......18" is the label "Stable disease (SD)" and the value 18."""
    grid, _ = _table("zoo-leaders-derazantinib", "Table 2")
    assert _row(grid, "Stable disease (SD)") == ["18 (62.1)"]
    assert _row(grid, "Complete response (CR)") == ["0"]
    assert not any("..." in r.label for r in grid.rows)


def test_split_leaders_keeps_both_ends() -> None:
    w = Word("years.........62", 10.0, 0.0, 90.0, 8.0, 8.0, False, (10.0, 0.0, 90.0, 8.0))
    label, value = split_word(w)
    assert (label.text, value.text) == ("years", "62")
    assert label.x0 == 10.0 and value.x1 == 90.0 and value.x0 - label.x1 > 8.0


# ------------------------------------------------------------------- sub/superscripts and marks


def test_superscripts_an_em_off_the_baseline_join_their_word() -> None:
    """zoo-pk-ch1418 Table 4: the "2" of m² is on a text line of its own; it is no header level."""
    grid, model = _table("zoo-pk-ch1418", "Table 4")
    assert all(h.text != "2" for h in grid.header)
    assert model.columns[1] == ["CL (L/d/ m2)"]
    assert len(model.columns) == 13


def test_transposed_table_with_wrapped_cells() -> None:
    """zoo-pk-ch1418 Table 4: groups are rows, parameters columns; "0.683" over "(0.307)" is one cell and
    "(n = 26)" under the group name is part of its label."""
    grid, model = _table("zoo-pk-ch1418", "Table 4")
    assert [r.label for r in grid.rows] == [
        "ch14.18-UTC (n = 26)",
        "ch14.18-NCI (n = 25)",
        "ch14.18-UTC and ch14.18-NCI combined (n = 27)",
    ]
    first = [c for c in model.cells if c.row == ["ch14.18-UTC (n = 26)"]]
    assert (first[0].column, first[0].text, first[0].arm_n) == (["CL (L/d)"], "0.683 (0.307)", 26)


def test_mark_on_a_wrapped_label_line_is_a_mark() -> None:
    """zoo-sideways-siltuximab: "Patients with ⩾1 serious adverse" / "eventsʰ" is one row; ʰ is a mark."""
    _, model = _table("zoo-sideways-siltuximab", "Table 2")
    cells = [c for c in model.cells if c.row == ["Patients with ⩾1 serious adverse events"]]
    assert len(cells) == 5 and "h" in cells[0].marks


def test_prefixed_superscript_stays_in_the_label() -> None:
    """zoo-stack-lu177 Table 4: the raised mass number of "¹⁷⁷Lu" is part of the label, not a mark."""
    _, model = _table("zoo-stack-lu177", "Table 4")
    labels = {c.row[-1] for c in model.cells}
    assert "TEAEs leading to discontinuation of [177Lu]Lu-PNT2002" in labels


def test_centred_span_reaches_every_column_under_it() -> None:
    """zoo-stack-trabedersen Table 4 (page 2): "Number of patients (%)" is centred over three arms; a
    centred "n = 49" under an arm name that happens to start where the span starts does not make the span
    flush left, so the first arm is covered too."""
    tables = _tables("zoo-stack-trabedersen")
    grids, _ = tables["Table 4"]
    page2 = next(g for g in grids if g.region.page == 2)
    spans = {h.text: h.columns for h in page2.header}
    assert spans["Number of patients (%)"] == (0, 1, 2)
    assert grids_to_table([page2]).columns[0] == ["Number of patients (%)", "10 µM trabedersen", "n = 41"]


def test_flush_left_groups_under_a_rule_drawn_per_cell() -> None:
    """zoo-sideways-lu177 Table 5 (rotated): "All TEAEs, n (%)" and "Treatment-related TEAEs, n (%)" are set
    flush left over three grade columns each; the rule under them is one segment per cell, end to end, so
    its ends give the cells: each group covers its own three columns, not the nearest-centre ones."""
    grid, model = _table("zoo-sideways-lu177", "Table 5")
    spans = {h.text: h.columns for h in grid.header}
    assert spans["All TEAEs, n (%)"] == (0, 1, 2)
    assert spans["Treatment-related TEAEs, n (%)"] == (3, 4, 5)
    assert model.columns[2] == ["All TEAEs, n (%)", "3"]
    assert model.columns[3] == ["Treatment-related TEAEs, n (%)", "1"]


# ------------------------------------------------------- two-column pages: the gutter and flowing tables


def _parts(stem: str, table_id: str) -> list[tuple[int, float, float]]:
    document = load_document(PDFS / f"{stem}.pdf")
    return [
        (r.page, round(r.x0), round(r.x1))
        for r in find_regions(document, furniture_words(document))
        if r.table_id == table_id
    ]


def test_gutter_under_a_full_width_abstract_keeps_the_flowing_table_in_its_columns() -> None:
    # an abstract set across both columns fills the gutter; the table that flows from the foot of the left
    # column to the head of the right one (under the abstract) and on to page 2 is three parts, one per
    # column, never one region across the page
    parts = _parts("zoo-smallcaps-sunitinib", "Table 1")
    assert len(parts) == 3
    (p1, _, l1), (p2, r0, _), (p3, _, n1) = parts
    assert (p1, p2, p3) == (1, 1, 2)
    assert l1 < 300 < r0  # left column part, right column part
    assert n1 < 300  # page 2 goes on in the left column, where the table started
    grid, _ = _table("zoo-smallcaps-sunitinib", "Table 1")
    assert _row(grid, "Mean") == ["53", "53"]


def test_tables_side_by_side_on_shared_baselines_are_two_columns() -> None:
    # the right column's rows share baselines with the left column's, so the page's lines hold both:
    # the left part and the right part are found apart, and the right one continues the left one
    parts = _parts("zoo-smallcaps-derazantinib", "Table 1")
    assert [p for p, _, _ in parts] == [1, 1, 2]
    assert parts[0][2] < 300 < parts[1][1]
    _, model = _table("zoo-smallcaps-derazantinib", "Table 1")
    labels = {tuple(c.row) for c in model.cells}
    assert any(row[-1] == "Well differentiated" for row in labels)
    assert any(row[-1] == "IV" for row in labels)


def test_group_label_at_the_foot_of_the_right_column_goes_on_to_the_next_page() -> None:
    # "Prior taxane treatment, n (%)" ends the right column; its rows open page 2
    _, model = _table("zoo-smallcaps-sunitinib", "Table 1")
    rows = {tuple(c.row) for c in model.cells}
    assert any(row[0].startswith("Prior taxane treatment") and row[-1] == "Sensitive" for row in rows)


def test_full_width_table_with_a_wide_stub_stays_whole_on_a_two_column_page() -> None:
    # Table 4's value columns all sit right of the page's gutter, but its row labels start in the left
    # column: one table across the page
    parts = _parts("zoo-stack-lu177", "Table 4")
    assert len(parts) == 1
    _, x0, x1 = parts[0]
    assert x0 < 100 and x1 > 500


def test_caption_at_the_foot_of_the_left_column_with_only_its_head_under_it() -> None:
    # "Table 1" and its column head close the left column; the rows open the right column (under a
    # full-width abstract) and go on at the top of page 2's left column
    parts = _parts("zoo-leaders-lu177", "Table 1")
    assert [p for p, _, _ in parts] == [1, 1, 2]
    assert parts[0][2] < 300 < parts[1][1]
    _, model = _table("zoo-leaders-lu177", "Table 1")
    rows = {tuple(c.row) for c in model.cells}
    assert any(row[-1] == "Mean (SD)" for row in rows)
    assert any(row[0].startswith("Prior taxane treatment") and row[-1] == "Yes" for row in rows)


def test_a_left_column_line_overhanging_the_gutter_stays_out_of_the_right_columns_table() -> None:
    # a long URL line of the left column reaches past the gutter beside the right column's table head
    document = load_document(PDFS / "zoo-flow-lu177.pdf")
    right = [r for r in find_regions(document, furniture_words(document)) if r.page == 1 and r.x0 > 300]
    assert right
    assert all(w.x0 > 290 for ln in right[0].body for w in ln.words)
    assert not any("registration" in ln.text for ln in right[0].body)


# ------------------------------------------------------------- wrapped labels in a narrow stub (flow)


def test_wrapped_label_closing_its_bracket_on_an_outdented_line_joins_its_row() -> None:
    # "Tumor" (first line indented) / "control rate" / "(CR + PR +" / "SD)": "SD)" closes the bracket, it
    # is no row of its own and no group over the next rows
    _, model = _table("zoo-flow-trabedersen", "Table 2")
    rows = {tuple(c.row) for c in model.cells if c.row}
    assert any(row[-1] == "Tumor control rate (CR + PR + SD)" for row in rows)
    assert not any("SD)" in row for row in rows)


def test_wrapped_label_going_on_with_a_comparison_sign() -> None:
    # "Patients" (with its values) / ">55 y (%)" outdented under it: one label
    _, model = _table("zoo-flow-trabedersen", "Table 1")
    rows = {tuple(c.row) for c in model.cells}
    assert any(row[-1] == "Patients >55 y (%)" for row in rows)


# --------------------------------------------------- ruled header cells, exponents in units (BJCP tables)


def test_a_rule_under_several_header_cells_is_a_border_not_a_span() -> None:
    # "Placebo" and "Curcuminoid/piperine" stand over one drawn rule: each covers its own column
    document = load_document(PDFS / "curcumin-piperine-midazolam-flurbiprofen-paracetamol-ddi-bjcp2013.pdf")
    parts = [p for p in group_parts(find_regions(document, furniture_words(document))) if p[0].table_id == "Table 1"]
    region = parts[0][0]
    frame = document.frames[region.frame_index]
    grid = region_to_grid(region, frame.fills, frame.rules)
    assert grid is not None
    spans = {h.text: h.columns for h in grid.header}
    assert spans["Placebo"] == (0,)
    assert spans["Curcuminoid/ piperine"] == (1,)
    model = grids_to_table([grid])
    labels = {c.row[-1] for c in model.cells if c.row}
    assert "Cmax (ng ml-1)" in labels or "Cmax (ng ml−1)" in labels  # the raised "-1" is an exponent
    assert any(label.startswith("AUC(0,∞)") for label in labels)


def test_caption_less_table_keeps_its_wordy_header_line() -> None:
    # "n (%) | Arm A: 840/420 mg pertuzumab | Arm B: 840 mg q3w pertuzumab" over the "n = 15" line: three
    # cells in table type are a header line, not running text, so the arms are the columns
    grid, model = _table("zoo-abstract-pertuzumab", "Untitled table, page 1")
    texts = {h.text for h in grid.header}
    assert "Arm A: 840/420 mg pertuzumab" in texts and "n = 15" in texts
    assert any(c.column[0] == "Arm B: 840 mg q3w pertuzumab" for c in model.cells)


def test_a_value_cell_with_words_is_no_restated_header_row() -> None:
    # "Median duration of PR, months .......... 4.6 (95% CI: 2.3–8.9)": a cell the grammar reads is a value,
    # so its row is a body row, not a header restated in the body
    _, model = _table("zoo-leaders-derazantinib", "Table 2")
    rows = {tuple(c.row) for c in model.cells if c.row}
    assert ("Median duration of PR, months",) in rows or any(r[-1] == "Median duration of PR, months" for r in rows)
    assert not any(r[0] == "Median duration of PR, months" and len(r) > 1 for r in rows)


def test_caption_below_table_that_began_at_the_foot_of_the_previous_page() -> None:
    # stacked tables with captions below: Table 4's head and first rows close page 1 (after Table 3's
    # caption and notes), its other rows and its caption open page 2
    parts = _parts("zoo-stack-trabedersen", "Table 4")
    assert [p for p, _, _ in parts] == [2, 1]  # found from the caption on page 2; read page 1 first
    _, model = _table("zoo-stack-trabedersen", "Table 4")
    rows = {tuple(c.row) for c in model.cells if c.row}
    assert any(r[-1] == "Blood and lymphatic system disorders" for r in rows)
    assert model.pages == [1, 2]


# ------------------------------------------------------------------------ narrow centred header over wide values


def test_narrow_header_over_wide_values_cuts_in_the_body_gap() -> None:
    # cardiology-style column-wide table: "95% CI | P" where the P values with their marks ("0.999a") are
    # wider than the centred "P", and "0.4–1.1 0.109d" sit closer than a cell gap: the two columns are cut
    # where the body's words leave a gap, so neither the CI nor the P value lands in the other column
    grid, model = _table("zoo-cardio-sunitinib", "Table 3")
    assert _row(grid, "Objective response rate, %")[-2:] == ["0.4–1.1", "0.109d"]
    assert _row(grid, "Median, months")[-1].startswith("0.999")
    cols = {c.column[-1] for c in model.cells if c.row and c.row[-1] == "Clinical benefit rate, %"}
    assert {"95% CI", "P"} <= cols


def test_label_and_narrow_cells_wrapping_together_are_one_row() -> None:
    # a long label in a column-wide table wraps ("Disease" / "progression", the second line outdented), and
    # so do some of its narrow cells ("13" / "(35)"): one row, not a row and a stray "(35)" row. Before, the
    # lone first line kept the row and the second "Disease progression" row's values were matched to it.
    grid, model = _table("zoo-cardio-siltuximab", "Table 2")
    assert _row(grid, "Disease progression")[-2] == "13 (35)"
    assert _row(grid, "Days from first to final administration")[1] == "78 (29, 233)"
    assert not [r for r in grid.rows if r.label in ("Disease", "progression", "Reasonably", "related")]
    cells = {c.row[-1] for c in model.cells if c.row}
    assert "Reasonably related" in cells


# ------------------------------------------------------------- NEJM-like descriptor wrapped onto its own line


def test_descriptor_wrapped_onto_its_own_line_stays_on_its_label() -> None:
    # NEJM sets the statistic in the row label ("ECOG performance status — no. (%)"); in a narrow stub the
    # descriptor wraps onto a line of its own that opens with the dash. It is the end of the label above,
    # not a group row of its own: before, "— no. (%) > Yes" rows of three groups shared one path.
    grid, model = _table("zoo-dash-lu177", "Table 1")
    labels = [r.label for r in grid.rows]
    assert "ECOG performance status — no. (%)" in labels
    assert "Age at informed consent — yr" in labels
    assert not [lb for lb in labels if lb.startswith("—")]
    paths = {tuple(c.row) for c in model.cells}
    assert ("Age at informed consent — yr", "Mean") in paths
    assert ("ECOG performance status — no. (%)", "0") in paths


# ------------------------------------------------------------ JCO-like span centred over every arm column


def test_span_centred_over_all_arms_covers_every_column() -> None:
    # "Percentage of patients" centred over two arms of three grade columns each: its left edge happens to
    # line up with the third column's "Grade 4", which made it read as a flush-left group from there on, and
    # the first arm's "Any grade" and "Grade 3" percentages lost the header that says they are percentages.
    grid, model = _table("zoo-jco-sunitinib", "Table 4")
    span = next(h for h in grid.header if h.text == "Percentage of patients")
    assert list(span.columns) == list(range(len(grid.columns)))
    assert model.columns[0] == ["Percentage of patients", "Sunitinib (N = 238)", "Any grade"]


# ------------------------------------------------------------------------ the CI named inside a value cell


def test_a_cell_naming_its_interval_stays_one_value_cell() -> None:
    # "4·6 (95% CI: 2·3–8·9)" in a narrow column: the words "CI: 2·3–8·9)" run past the column's right edge
    # and, the cell not looking like a value because of "CI", were read as the end of the row label
    from extractors.values import value_like

    assert value_like("4·6 (95% CI: 2·3–8·9)")
    assert value_like("12.1 (90% CI 8.0-15.2)")
    assert not value_like("(95% CI)")
    assert not value_like("HR (95% CI)")
    grid, _model = _table("jats-derazantinib-fgfr2-icca-ph1-2-bjc2019", "Table 2")
    assert _row(grid, "Median PFS, months") == ["5·7 (95% CI: 4·0–9·2)"]
    assert not [r for r in grid.rows if "CI:" in r.label]


# ------------------------------------------------------------- a label wrapped onto a line of its own


def _line_words(text: str, x0: float, top: float, size: float = 7.0) -> list[Word]:
    words, x = [], x0
    for t in text.split():
        w = len(t) * 0.5 * size
        words.append(Word(t, x, top, x + w, top + size, size, False, (x, top, x + w, top + size)))
        x += w + 0.25 * size
    return words


def test_a_label_line_much_closer_than_the_rows_is_the_end_of_the_label_above() -> None:
    # padded rows 3.9 pt apart; "Patients with NCI-CTC toxicity grade 3 or 4" (values on its line) wraps onto
    # "AEs" 1.2 pt below, at the same indent, without values: the end of that label, not a group row that
    # would take the rows under it as its members
    from extractors.grid_rows import _Fragment, _merge_fragments, _row_gap

    def frag(label: str, top: float, values: list[str]) -> _Fragment:
        cells = [_line_words(v, 220 + 110 * k, top) for k, v in enumerate(values)]
        return _Fragment(_line_words(label, 40, top), cells, top, top + 7, 7.0, False)

    rows = [
        frag("Patients with NCI-CTC toxicity grade 3 or 4", 409.3, ["31 (76%)", "37 (76%)"]),
        frag("AEs", 417.5, ["", ""]),
        frag("Blood and lymphatic system disorders", 428.4, ["2 (5%)", "4 (8%)"]),
        frag("General disorders", 439.2, ["10 (24%)", "3 (6%)"]),
        frag("Infections", 450.0, ["3 (7%)", "6 (12%)"]),
        frag("Nervous system disorders", 460.8, ["1 (2%)", "2 (4%)"]),
    ]
    merged = _merge_fragments(rows, [], _row_gap(rows))
    labels = [" ".join(w.text for w in f.label) for f in merged]
    assert labels[0] == "Patients with NCI-CTC toxicity grade 3 or 4 AEs"
    assert "AEs" not in labels
    assert len(_merge_fragments(rows, [], None)) == len(rows)  # without the rows' gap nothing says so
    # the same label line set as far from the row above as the rows are from each other is a row of its own
    rows[1] = frag("Sex", 420.2, ["", ""])
    assert "Sex" in [" ".join(w.text for w in f.label) for f in _merge_fragments(rows, [], _row_gap(rows))]


# ------------------------------------------------------- a JCO-like table set one narrow text column wide

_CASES = Path(__file__).resolve().parents[1] / "data" / "grid_cases"


def _case_grid(name: str, table_id: str) -> Grid:
    """region_to_grid on a table region recorded as words and rules (tests/data/grid_cases)."""
    import json

    from extractors.layout import Line
    from extractors.regions import TableRegion
    from schemas.document import Rule

    case = json.loads((_CASES / name).read_text(encoding="utf-8"))["tables"][table_id]
    x0, x1, top, bottom = case["box"]
    lines = [
        Line([Word(t, a, b, c, d, size, bold, (x0, top, x1, bottom)) for t, a, b, c, d, size, bold in words])
        for words in case["lines"]
    ]
    region = TableRegion(None, table_id, "", 0, 1, x0, x1, top, bottom, body=lines)
    grid = region_to_grid(region, [], [Rule(a, b, y) for a, b, y in case["rules"]])
    assert grid is not None
    return grid


def test_a_wrapped_ratio_header_is_no_group_over_the_arms() -> None:
    # "HR" / "(95%" / "CI)" wrapped in its narrow column, its first line alone on the top header line: it is
    # that column's header, not a group over the arms ("Sunitinib (N = 238)") and the P column; before,
    # every arm's "16 (12–22)" was read as a hazard ratio
    grid = _case_grid("jco-column-wide.json", "Table 3")
    hr = next(h for h in grid.header if h.text == "HR")
    assert list(hr.columns) == [2]


def test_a_label_wrapped_at_its_own_bracket_with_a_cells_bracket_is_one_row() -> None:
    # "Median, months | 1.47 | 0.999a" over "(95% CI) | (1.16– | 0.002b" (outdented: the first line's indent
    # is an em space): one row, the label's own bracket and the ratio's CI wrapped beside it
    grid = _case_grid("jco-column-wide.json", "Table 3")
    labels = [r.label for r in grid.rows]
    assert "Median, months (95% CI)" in labels
    assert "(95% CI)" not in labels
    median = next(r for r in grid.rows if r.label == "Median, months (95% CI)")
    assert [c.text for c in median.cells][2].startswith("1.47 (1.16")


def test_wrapped_header_words_beside_grade_numbers_over_the_header_rule_are_header() -> None:
    # "Any | Grade | Grade" over "grade | 3 | 4" (the stub head "Adverse event" on that line too), the rule
    # under the lowest header line drawn across the value columns only: header, not a data row
    grid = _case_grid("jco-column-wide.json", "Table 4")
    assert grid.rows[0].label == "Any adverse event"
    assert not [r for r in grid.rows if "grade" in r.label]


# ------------------------------------------------------------------- a row group opened on a header line


def _synthetic_region(lines: list[list[tuple[str, float]]]) -> TableRegion:
    """A region from lines of (text, x0) words, 8 pt, one line every 13 pt; a word is 4 pt per character."""
    body: list[Line] = []
    for k, words in enumerate(lines):
        top = 100.0 + 13.0 * k
        line = [
            Word(text, x0, top, x0 + 4.0 * len(text), top + 8.0, 8.0, False, (x0, top, x0 + 4.0 * len(text), top + 8.0))
            for text, x0 in words
        ]
        body.append(Line(words=line))
    return TableRegion(
        caption=None,
        table_id="Table 1",
        title="",
        frame_index=0,
        page=1,
        x0=30.0,
        x1=300.0,
        top=95.0,
        bottom=400.0,
        body=body,
    )


def _values(label: list[tuple[str, float]], first: tuple[str, str], second: tuple[str, str]) -> list[tuple[str, float]]:
    return [*label, (first[0], 130.0), (first[1], 152.0), (second[0], 220.0), (second[1], 242.0)]


def _group_table(group_line: list[tuple[str, float]], later_group: bool) -> list[list[tuple[str, float]]]:
    rows = [
        [("Dose", 32.0), ("regimen", 52.0), ("AUC", 135.0), ("CL", 230.0)],
        [*group_line, ("First", 135.0), ("Final", 225.0)],
        _values([("4", 40.0), ("g/day", 46.0)], ("55.8", "(11.7)"), ("4.30", "(0.66)")),
        _values([("6", 40.0), ("g/day", 46.0)], ("82.0", "(18.7)"), ("4.41", "(0.74)")),
    ]
    if later_group:
        rows += [
            [("Group", 32.0), ("II", 56.0), ("(n=12)", 66.0)],
            _values([("4", 40.0), ("g/day", 46.0)], ("61.7", "(7.7)"), ("3.88", "(0.53)")),
        ]
    return rows


@pytest.mark.parametrize("later_group", [True, False])
def test_a_group_label_in_the_stub_of_the_lowest_header_line_opens_the_first_row_group(later_group: bool) -> None:
    # "Dose regimen | AUC | CL" over "Group I (n=12) | First | Final": the stub cell of the lower line names the
    # group of the rows below (like the later body row "Group II (n=12)", or by its N under a stub head),
    # the cells over the value columns are the lower header level
    region = _synthetic_region(_group_table([("Group", 32.0), ("I", 56.0), ("(n=12)", 62.0)], later_group))
    grid = region_to_grid(region, [], [])
    assert grid is not None
    assert grid.stub_header == "Dose regimen"
    assert grid.rows[0].label == "Group I (n=12)" and not grid.rows[0].has_values
    assert sorted(h.text for h in grid.header if h.line == 1) == ["Final", "First"]
    model = grids_to_table([grid])
    first = next(c for c in model.cells if c.text == "55.8 (11.7)")
    assert first.row == ["Group I (n=12)", "4 g/day"]
    assert first.column == ["AUC", "First"]


def test_a_stub_head_on_the_lowest_header_line_stays_the_stub_head() -> None:
    # no N and no body row of its shape: "Regimen" under "Dose" is the stub head's second line
    region = _synthetic_region(_group_table([("Regimen", 32.0)], later_group=False))
    grid = region_to_grid(region, [], [])
    assert grid is not None
    assert grid.stub_header == "Dose regimen Regimen"
    assert grid.rows[0].label == "4 g/day"


def test_a_column_of_p_values_printed_with_their_p_is_a_value_column() -> None:
    # "Paired t-test" cells printed "P=0.0001", "P<0.0001" or "ns" beside the arms' "5.21 (0.91)": the P cells
    # are values, so the test's column is a column of its own and no arm cell takes its "ns" or "P=..."
    from extractors.values import value_like

    assert value_like("P=0.0001") and value_like("P<0.0001") and value_like("p = .03")
    assert not value_like("Paired t-test") and not value_like("P value")
    lines = [
        [("Variable", 32.0), ("4", 135.0), ("g/day", 141.0), ("6", 195.0), ("g/day", 201.0), ("Paired", 250.0)],
        [("CL/F", 32.0), ("5.22", 130.0), ("(1.07)", 148.0), ("5.21", 190.0), ("(0.91)", 208.0), ("ns", 258.0)],
        [
            ("CLr", 32.0),
            ("0.144", 130.0),
            ("(0.022)", 152.0),
            ("0.189", 190.0),
            ("(0.034)", 212.0),
            ("P=0.0001", 250.0),
        ],
        [("fCL", 32.0), ("3.24", 130.0), ("(0.91)", 148.0), ("3.42", 190.0), ("(0.82)", 208.0), ("P<0.0001", 250.0)],
    ]
    grid = region_to_grid(_synthetic_region(lines), [], [])
    assert grid is not None
    assert len(grid.columns) == 3
    assert _row(grid, "CL/F") == ["5.22 (1.07)", "5.21 (0.91)", "ns"]
    assert _row(grid, "CLr") == ["0.144 (0.022)", "0.189 (0.034)", "P=0.0001"]


# ------------------------------------------------- PK tables one text column wide (zoo-poppk-axitinib, poppk style)


def test_a_header_line_over_the_gap_between_labels_and_values_is_header() -> None:
    # "Axitinib 5 mg (n = 40), adjusted geometric mean" wraps over five lines in a narrow column whose values are
    # centred well right of the header text: its last line "mean" starts right of every row label, so it is header
    grid, model = _table("zoo-poppk-axitinib", "Table 2")
    assert "mean" not in [r.label for r in grid.rows]
    first = [c for c in model.cells if c.row[-1].startswith("AUCinf") and c.text == "187"]
    assert first and " ".join(first[0].column).endswith("adjusted geometric mean")


def test_a_cell_left_open_beside_an_outdented_wrapped_label_is_one_row() -> None:
    # "Cmax | 51.1 | 14.6 | 28.6 (21.6–" over "(ng/mL) | | | 37.7)", the unit outdented under the parameter
    grid, _ = _table("zoo-poppk-axitinib", "Table 2")
    rows = [r for r in grid.rows if r.label.startswith("Cmax")]
    assert len(rows) == 2 and all("(ng/mL)" in r.label for r in rows)
    assert [c.text for c in rows[0].cells][-1] == "28.6 (21.6– 37.7)"
