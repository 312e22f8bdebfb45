"""Column heads wrapped over two lines in narrow columns, each line set flush left in its one column
(tests/typeset/read_back/wrapped-heads.html): a bracket left open on the first line ("Median OS, months (95%" /
"CI)") and a line that is only a bracket ("ORR, n" / "(%)", "HR" / "(95% CI)") are one head, never two header
levels. First contact (main 9368eef): all 19 values of the wrapped table right in number and statistic, but under
two-level column paths ("Median OS, months (95%" > "CI)", "ORR, n" > "(%)"), which no reviewer's label matches;
the control table's cohort and arm levels stayed apart, and still do.

Table 5 prints two value lines beside one row label ("Kidneys, planar (20) and hybrid (7)": a median, range for
each method), set "a, b–c" without brackets. At first contact none of its "a, b–c" cells was read; once the form
was (extractors/cells.py), the second line's values came out with no row at all. A value whose row has no label,
in a table that names its other rows, is now withheld with a finding: nothing says what it is about."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from extractors.pipeline import extract
from schemas.extraction import Extraction

_PDF = Path(__file__).resolve().parents[1] / "data" / "read_back" / "wrapped-heads.pdf"


@cache
def _extraction() -> Extraction:
    return extract(_PDF)


def _columns(table: str) -> set[tuple[str, ...]]:
    return {tuple(r.column) for r in _extraction().records if r.table == table}


def test_a_head_wrapped_in_its_column_is_one_label() -> None:
    assert _columns("Table 3") == {
        ("Median OS, months (95% CI)",),
        ("Median PFS, months (95% CI)",),
        ("ORR, n (%)",),
        ("HR (95% CI)",),
    }


def test_the_wrapped_heads_keep_their_statistics() -> None:
    got = {
        (r.row[-1], r.column[-1], r.statistic): r.value for r in _extraction().records if r.table == "Table 3" and r.row
    }
    assert got[("Velotinib (n = 120)", "Median OS, months (95% CI)", "median")] == 21.4
    assert got[("Placebo (n = 118)", "Median PFS, months (95% CI)", "ci_high")] == 7.0
    assert got[("Velotinib (n = 120)", "ORR, n (%)", "percent")] == 37.5
    assert got[("Velotinib (n = 120)", "HR (95% CI)", "hr")] == 0.71


def test_true_levels_stay_apart() -> None:
    assert _columns("Table 4") == {
        ("Cohort 1", "Velotinib (n = 60)"),
        ("Cohort 1", "Placebo (n = 59)"),
        ("Cohort 2", "Velotinib (n = 60)"),
        ("Cohort 2", "Placebo (n = 59)"),
    }


def test_an_estimate_comma_range_is_read_under_its_head() -> None:
    got = {(r.row[-1], r.statistic): r.value for r in _extraction().records if r.table == "Table 5" and r.row}
    assert got[("Liver, planar (27)", "median")] == 0.041
    assert got[("Liver, planar (27)", "min")] == 0.025
    assert got[("Liver, planar (27)", "max")] == 0.24
    assert got[("Kidneys, planar (20) and hybrid (7)", "median")] == 0.63


def test_a_value_line_with_no_row_label_is_withheld_with_a_finding() -> None:
    ex = _extraction()
    assert not [r for r in ex.records if r.table == "Table 5" and not r.row]
    unread = [f for f in ex.findings if f.table == "Table 5" and "its row has no label" in f.message]
    assert {f.values[0].raw for f in unread} == {"0.58, 0.21–1.5", "0.61 ± 0.22"}
