"""Population-PK parameter tables (issue 8, the pop-PK layout family), one test per rule.

The family: a NONMEM-style estimate table ("Parameter | Population estimate (%RSE) | 95 % CI | IIV (%CV) (%RSE) |
95 % CI") whose first row is a parameter fixed, not estimated ("F_IM | 1 fixed | – | – | –"), whose labels carry
subscripts and units with negative exponents ("k_a,PO (h⁻¹)"), whose header cells wrap over two or three lines,
and whose groups may span "Mean | SD" column pairs (zoo-poppk-ch1418). Found on the tuning paper
paracetamol-im (Table 2, 25 -> 66/66) and the poppk zoo style (pk 39 -> 78/78, 39 mislabeled -> 0); the
repeated ratio column on acetaminophen Table 2 (its glyphs: test_glyphs.py)."""

from __future__ import annotations

from pathlib import Path

from extractors.cells import parse_shape
from extractors.furniture import furniture_words
from extractors.grid_rows import _Fragment, _joins
from extractors.hints import Context, meaning_of
from extractors.loader import load_document
from extractors.pipeline import tables_to_records
from extractors.regions import find_regions
from extractors.structure import _interval_columns, _repeated_columns, is_mark_word
from extractors.values import value_like
from schemas.document import Word

PDFS = Path(__file__).resolve().parents[1] / "data" / "pdfs"


def _word(text: str, x0: float, top: float, size: float = 8.0) -> Word:
    width = 0.5 * size * len(text)
    return Word(text, x0, top, x0 + width, top + size, size, False, (x0, top, x0 + width, top + size))


def test_a_parameter_fixed_not_estimated_is_a_value_cell() -> None:
    for text in ("1 fixed", "0.689 (fixed)", "1 FIX"):
        assert value_like(text), text
        shape = parse_shape(text)
        assert shape is not None and shape.kind == "number", text
    shape = parse_shape("0.689 (fixed)")
    assert shape is not None and shape.numbers == (0.689,)
    assert not value_like("fixed effects")


def test_a_dash_cell_leaves_no_range_open_so_the_next_lower_case_label_is_a_row_of_its_own() -> None:
    # "DUR_IM (h) | 0.689 (6.2) | 0.621–0.784 | – | –" over "k_a,PO (h⁻¹) | 4.15 (44.5) | 1.95–9.73 | 232 (49.7) | ..."
    def frag(label: str, cells: list[str], top: float) -> _Fragment:
        xs = (104.6, 158.0, 208.0, 256.8)
        return _Fragment(
            [_word(label, 60.0, top)],
            [[_word(c, x, top)] for c, x in zip(cells, xs, strict=True)],
            top,
            top + 8,
            8.0,
            False,
        )

    dur = frag("DUR (h)", ["0.689 (6.2)", "0.621–0.784", "–", "–"], 487.6)
    ka = frag("ka,PO (h−1)", ["4.15 (44.5)", "1.95–9.73", "232 (49.7)", "39.9–574"], 499.7)
    assert not _joins(dur, ka, [])
    # a cell really left open ("78 (29," over "233)") still joins
    open_cell = frag("Total exposure", ["78 (29,", "1.0", "2.0", "3.0"], 487.6)
    rest = frag("final administration", ["233)", "", "", ""], 496.0)
    rest.cells = [c if c[0].text else [] for c in rest.cells]
    assert _joins(open_cell, rest, [])


def test_a_raised_digit_after_a_minus_glued_to_its_unit_is_an_exponent_not_a_mark() -> None:
    unit = Word("(h−", 71.9, 499.7, 82.7, 507.8, 8.0, False, (71.9, 499.7, 82.7, 507.8))
    one = Word("1", 82.7, 498.3, 85.4, 503.9, 5.6, False, (82.7, 498.3, 85.4, 503.9))
    close = _word(")", 85.4, 499.7)
    assert not is_mark_word(one, [unit, one, close])
    # a raised letter after a label is still a mark
    label = _word("Males", 60.0, 499.7)
    mark = Word("a", label.x1, 498.3, label.x1 + 2.5, 503.9, 5.6, False, (label.x1, 498.3, label.x1 + 2.5, 503.9))
    assert is_mark_word(mark, [label, mark])


def test_an_interval_column_goes_on_from_the_estimate_column_on_its_left() -> None:
    columns = [["Population estimate", "(%RSE)"], ["95 % CI"], ["IIV (%CV)", "(%RSE)"], ["95 % CI"]]
    assert _interval_columns(columns) == [
        ["Population estimate", "(%RSE)"],
        ["Population estimate", "(%RSE)", "95 % CI"],
        ["IIV (%CV)", "(%RSE)"],
        ["IIV (%CV)", "(%RSE)", "95 % CI"],
    ]
    # a group's column (its N) or another interval on the left: left alone
    assert _interval_columns([["Placebo (n = 12)"], ["95% CI"]]) == [["Placebo (n = 12)"], ["95% CI"]]
    assert _interval_columns([["90% CI"], ["95% CI"]]) == [["90% CI"], ["95% CI"]]


def test_a_variability_header_wrapped_onto_a_bracket_line_still_names_a_cv() -> None:
    ctx = Context(
        row=("CL (l/h)",),
        column=("(%RSE)", "IIV (%CV)"),
        footnotes=(),
        table_notes="",
        title="",
        arm_n=None,
        section="pk",
    )
    shape = parse_shape("81.8 (69.7)")
    assert shape is not None
    assert meaning_of(shape, ctx).stats == ("cv_percent",)
    est = Context(
        row=("CL (l/h)",), column=("(%RSE)", "Population estimate"), footnotes=(), table_notes="", title="",
        arm_n=None, section="pk",
    )  # fmt: skip
    assert meaning_of(shape, est).stats == ("value",)


def test_the_poppk_zoo_table_reads_its_mean_sd_pairs() -> None:
    document = load_document(PDFS / "zoo-poppk-ch1418.pdf")
    _, all_records, _ = tables_to_records(document, find_regions(document, furniture_words(document)))
    records = [r for r in all_records if r.table == "Table 4"]
    kel = {
        (r.column[-1], r.statistic): r.value
        for r in records
        if r.row[-1] == "Kel (1/d)" and " ".join(r.column[:-1]) == "ch14.18-UTC (n = 26)"
    }
    assert kel == {("Mean", "mean"): 0.489, ("SD", "sd"): 0.211}
    assert not [r for r in records if r.statistic == "rate"]


def test_one_header_over_two_columns_belongs_to_the_span_on_the_left_of_each() -> None:
    # acetaminophen Table 2: "Glucuronide AUC" over AUC∞ | AUCτ, then "Ratio of geomeans (90% CI)"; the same for
    # "Sulfate AUC": each ratio column is its compound's, or the two would share one path
    columns = [
        ["Glucuronide AUC (µg h/ml)", "AUC∞"],
        ["Glucuronide AUC (µg h/ml)", "AUCτ"],
        ["Ratio of geomeans (90% CI)"],
        ["Sulfate AUC (µg h/ml)", "AUC∞"],
        ["Sulfate AUC (µg h/ml)", "AUCτ"],
        ["Ratio of geomeans (90% CI)"],
    ]
    out = _repeated_columns(columns)
    assert out[2] == ["Glucuronide AUC (µg h/ml)", "Ratio of geomeans (90% CI)"]
    assert out[5] == ["Sulfate AUC (µg h/ml)", "Ratio of geomeans (90% CI)"]
    assert out[:2] == columns[:2]
    # a header printed once, or repeated with no span on its left to tell them apart: as printed
    assert _repeated_columns([["A", "x"], ["P"]]) == [["A", "x"], ["P"]]
    assert _repeated_columns([["Mean"], ["SD"], ["Mean"], ["SD"]]) == [["Mean"], ["SD"], ["Mean"], ["SD"]]
