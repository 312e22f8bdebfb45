"""Single numbers whose statistic the table states somewhere other than the cell, written and read back
(tests/typeset/read_back/{stated-heads, stated-second}.html; the address of the published table that showed each form
is beside it in the HTML; drugs, numbers and wording are ours). What each table must give is
tests/extraction/read_back_gold_stated.py, written from the HTML before the pages were first read.

First contact (15 tables, 211 values; trialex at main e3e7236): 107 right; 54 silently wrong -- 31 under a wrong
statistic ("HbA1c, %" under a "Mean change from baseline" span read as a value; "Heart rate, beats/min" under that span
read as an event rate; "Percentage change, %" under "Mean" read as a value; "SE" beside "Least-squares mean" read as a
value; "aOR (95% CI)" read as a value, and as a hazard ratio under a caption naming "Hazard ratios and odds ratios";
"Values are means" over a score, an index or a duration read as a value) and 23 under a wrong group (the "aOR (95% CI)"
and "Treatment effect (95% CI)" heads taken for groups); 25 withheld with a finding (a table whose stub heading rows --
"Mean change from baseline in body weight, %" -- run across the value columns was not found: "table-not-found"); 25
withheld with a cell-unread finding ("Data are number of patients", "Data are numbers of patients" and the stub head
"No. of patients" over bare counts; "SE" beside "LS mean"; "Values are means" over "Age, yr"; a group's N wrapped over
two header lines, "Placebo (n" over "= 203)", read as a count of a mean).

Fixed by family (extractors/hint_singles.py, hint_patterns.py, classify.py, records.py), each with a second instance on
the second page, written before its fix was tried: a column that names a mean or median over a row in "%" (a unit); a
plain table-wide legend sentence ("Values are means", "Data are number of patients"; no spread, no interval) for a bare
number no nearer label names; the stub head "No. of patients"; "aOR" and "aHR" before their interval, and "OR" as a
whole head; a measured rate ("heart rate", "filtration rate") is no event rate; "SE" beside a model's mean ("LS mean",
"Least-squares mean", "Adjusted mean"); "aOR" and "Treatment effect" heads name no group; a group's N wrapped over two
header lines is read as one head.

End: 186 of 211 right, none silently wrong; the 25 values of the table not found stay withheld with its finding (a
region problem, not a typing one: left).

Then the region round (tests/extraction/test_read_back_heading_rows.py): a label-only line right between two value
rows of one block is a heading row of the table, not prose (extractors/blocks.py `_heading_rows`), and "ETD" names an
estimated treatment difference (a contrast, a "value"): stated-heads Table 4 is found and read whole. End: 211 of 211
right, none silently wrong."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from extractors.cells import parse_shape
from extractors.hints import Context, meaning_of
from extractors.pipeline import extract
from schemas.extraction import Extraction
from schemas.records import Record
from tests.extraction.read_back_gold import compare
from tests.extraction.read_back_gold_stated import GOLD_STATED, GOLD_STATED_2, NO_ARM_STATED

READ_BACK = Path(__file__).resolve().parents[1] / "data" / "read_back"

_ALL = GOLD_STATED | GOLD_STATED_2
_NOT_FOUND: set[tuple[str, str]] = set()  # tables withheld whole, with a table-not-found finding (none left)
_RIGHT_AT_END = 211
_WRONG_AT_END = 0


@cache
def _extraction(name: str) -> Extraction:
    return extract(READ_BACK / f"{name}.pdf")


def _table(name: str, table: str) -> list[Record]:
    return [r for r in _extraction(name).records if r.table == table]


@pytest.mark.parametrize(("page", "table"), [k for k in _ALL if k not in _NOT_FOUND])
def test_every_printed_value_is_read_right(page: str, table: str) -> None:
    got = compare(_ALL[(page, table)], _table(page, table), no_arm=NO_ARM_STATED)
    assert not got.wrong and not got.mislabeled and not got.wrong_arm and not got.extra
    assert not got.withheld


def test_a_table_not_found_has_a_finding() -> None:
    for page, table in _NOT_FOUND:
        assert any(f.check == "table-not-found" and table in f.message for f in _extraction(page).findings)


def test_the_ratchet() -> None:
    right = wrong = 0
    for (page, table), gold in _ALL.items():
        got = compare(gold, _table(page, table), no_arm=NO_ARM_STATED)
        right += len(got.right)
        wrong += len(got.wrong) + len(got.mislabeled) + len(got.wrong_arm) + len(got.extra)
    assert right >= _RIGHT_AT_END
    assert wrong <= _WRONG_AT_END


def _read(
    cell: str,
    row: tuple[str, ...] = (),
    column: tuple[str, ...] = (),
    *,
    notes: str = "",
    title: str = "",
    stub: str = "",
    headers: tuple[str, ...] = (),
    section: str = "efficacy",
) -> tuple[str, ...]:
    shape = parse_shape(cell)
    assert shape is not None
    ctx = Context(
        row=row,
        column=column,
        footnotes=(),
        table_notes=notes,
        title=title,
        arm_n=None,
        section=section,
        stub=stub,
        headers=headers or column,
    )
    return meaning_of(shape, ctx).stats


# ---- family: a column that names a mean over a row measured in "%" ----------------------------------------


def test_a_mean_span_over_a_row_in_percent_is_a_mean() -> None:
    assert _read("−1.42", ("HbA1c, %",), ("Drug (n = 148)", "Mean change from baseline")) == ("mean",)
    assert _read("4.25", ("HDL cholesterol, percentage change, %",), ("Mean", "Drug (n = 63)")) == ("mean",)
    assert _read("2.45", ("HbA1c",), ("Mean change, %",)) == ("mean",)
    assert _read("4.2", ("Median change in weight, %",), ("Drug",)) == ("median",)  # the row names its own


def test_a_percent_row_under_a_contrast_or_a_plain_arm_is_unchanged() -> None:
    assert _read("−1.21", ("HbA1c, %",), ("Estimated treatment difference",)) == ("value",)
    assert _read("−5.2", ("Change in weight, %",), ("Drug",)) == ("value",)
    assert _read("35.2", ("Objective response, %",), ("Drug",)) == ("percent",)


# ---- family: a plain legend sentence; the stub head "No. of patients" --------------------------------------


@pytest.mark.parametrize(
    ("notes", "cell", "stats"),
    [
        ("Values are means.", "42.7", ("mean",)),
        ("Values are means unless stated otherwise.", "58.4", ("mean",)),
        ("Data are medians.", "12.1", ("median",)),
        ("Data are number of patients.", "98", ("count",)),
        ("Data are numbers of patients; a patient may have had more than one.", "23", ("count",)),
        ("Data are number of patients.", "9.5", ()),  # a count is whole: no reading
        ("Values are means or medians.", "42.7", ()),  # two statistics, nothing says which
        ("Values are means (SD); higher is better.", "42.7", ("mean",)),  # printed without its SD
    ],
)
def test_a_plain_legend_names_a_bare_number(notes: str, cell: str, stats: tuple[str, ...]) -> None:
    assert _read(cell, ("Physical component",), ("Intervention (n = 88)",), notes=notes) == stats


def test_a_plain_legend_is_nearer_than_a_score_word() -> None:
    # "Score", "index", "Duration" say what is measured, not the statistic; the legend says the statistic
    assert _read("42.7", ("Physical component",), ("Intervention",), stub="Score", notes="Values are means.") == (
        "mean",
    )
    assert _read("42.7", ("Physical component",), ("Intervention",), stub="Score") == ("value",)


def test_the_stub_head_no_of_patients_makes_a_whole_number_a_count() -> None:
    assert _read("23", ("Heart failure",), ("Intervention (n = 540)",), stub="No. of patients") == ("count",)
    assert _read("2.3", ("Heart failure",), ("Intervention (n = 540)",), stub="No. of patients") == ()


def test_no_statement_stays_unread() -> None:
    assert _read("23", ("Heart failure",), ("Intervention (n = 540)",)) == ()


# ---- family: ratio heads by abbreviation ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("head", "stat"),
    [
        ("aOR (95% CI)", "or"),
        ("aHR (95% CI)", "hr"),
        ("aOR, 95% CI", "or"),
        ("OR", "or"),
        ("Adjusted OR (95% CI)", "or"),
    ],
)
def test_an_adjusted_ratio_by_its_abbreviation(head: str, stat: str) -> None:
    assert _read("0.79 (0.63 to 0.99)", ("Stroke",), (head,))[0] == stat


def test_a_ratio_head_is_nearer_than_a_caption_naming_two_ratios() -> None:
    title = "Hazard ratios and odds ratios for the secondary outcomes"
    assert _read("0.79 (0.63 to 0.99)", ("Stroke",), ("aOR (95% CI)",), title=title)[0] == "or"


def test_an_abbreviation_alone_in_a_row_is_no_ratio() -> None:
    # "ARR" (aldosterone-renin ratio) and "AHR" (airway hyperresponsiveness) as row labels name no adjusted ratio
    col = ("LCI699 (n = 32)", "Placebo-adjusted change from baseline (%)")
    assert _read("−43.8", ("ARR",), col) == ("value",)
    assert _read("−12.0", ("AHR",), col) == ("value",)


def test_a_wrapped_or_head_is_no_ratio() -> None:
    # "Hazard Ratio or" over "Difference (95% CI)": the conjunction, not an odds ratio
    assert _read("0.79 (0.63 to 0.99)", ("Death — no. (%)",), ("Difference (95% CI)", "Hazard Ratio or"))[0] == "hr"


# ---- family: a measured rate is no event rate ---------------------------------------------------------------


def test_a_measured_rate_is_no_event_rate() -> None:
    col = ("Drug (n = 201)", "Mean change from baseline to week 52")
    assert _read("1.4", ("Heart rate, beats/min",), col) == ("mean",)
    assert _read("−2.4", ("Estimated glomerular filtration rate, mL/min/1.73 m²",), col) == ("mean",)
    assert _read("3.1", ("Event rate per 100 patient-years",), ("Drug",)) == ("rate",)


# ---- family: the spread column beside a model's mean --------------------------------------------------------


@pytest.mark.parametrize("mean_head", ["LS mean", "Least-squares mean", "Adjusted mean", "LSM"])
def test_se_beside_a_model_mean(mean_head: str) -> None:
    headers = ("Drug (n = 126)", mean_head, "SE")
    assert _read("0.31", ("Day 3",), ("SE", "Drug (n = 126)"), headers=headers) == ("se",)


# ---- family: heads that name no group; a group's N wrapped over two lines ---------------------------------


def test_contrast_heads_name_no_group() -> None:
    from extractors.classify import _CONTRAST_PATH

    for head in ("aOR (95% CI)", "aHR (95% CI)", "Treatment effect (95% CI)"):
        assert _CONTRAST_PATH.search(head), head
    assert not _CONTRAST_PATH.search("Orvaglutide (n = 201)")


def test_a_group_n_wrapped_over_two_header_lines_is_one_head() -> None:
    from extractors.records import _heads_read

    assert _heads_read(["Mean change", "Placebo (n", "= 203)"]) == ["Mean change", "Placebo (n = 203)"]
    assert _heads_read(["Placebo", "n"]) == ["Placebo", "n"]
