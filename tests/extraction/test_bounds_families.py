"""Interval bounds in columns of their own (the `bounds` zoo style, pattern G; tests/typeset/zoo_bounds.py): each
arm's estimate beside "Lower | Upper" ("Min | Max") under a "95% CI" / "Range" span, a ratio's "Lower 95% CI | Upper
95% CI" columns, rows with no interval leaving the bound cells empty. The span heads are centred with no rule under
them (zoo-bounds-sunitinib), flush left with no rule so that "Upper" is left without the interval's name
(zoo-bounds-siltuximab), or flush left with a rule under each span, drawn end to end (zoo-bounds-vismodegib). A bound
is read as the bound of its interval under its arm, never as a count, a percent or the row's estimate, and no arm
is named after a bound head."""

from __future__ import annotations

from collections.abc import Callable

from schemas.extraction import Extraction
from schemas.records import Record

_BOUND_HEADS = {"lower", "upper", "min", "max", "estimate", "value", "95% ci", "range", "lower 95% ci", "upper 95% ci"}
_ARMS = {"Sunitinib (N = 238)": "Sunitinib", "Capecitabine (N = 244)": "Capecitabine"}


def _table(extraction: Callable[[str], Extraction], pdf: str, table: str) -> list[Record]:
    records = [r for r in extraction(pdf).records if r.table == table]
    assert records, f"{pdf} {table}: nothing read"
    return records


def _inner(record: Record) -> str:
    return record.column[-1].strip().lower() if record.column else ""


def _no_bound_is_a_share(records: list[Record]) -> None:
    bounds = [r for r in records if _inner(r) in ("lower", "upper", "min", "max")]
    assert bounds
    assert not [r for r in bounds if r.statistic in ("count", "percent", "median", "mean")], bounds
    assert not [r for r in records if (r.arm or "").strip().lower() in _BOUND_HEADS]


def test_centred_ci_spans_give_each_arm_its_bounds(extraction: Callable[[str], Extraction]) -> None:
    records = _table(extraction, "zoo-bounds-sunitinib.pdf", "Table 3")
    _no_bound_is_a_share(records)
    got = {
        (r.row[0], r.arm, _inner(r)): (r.statistic, r.value)
        for r in records
        if r.row and r.row[-1] == "Median, months" and r.arm in _ARMS.values()
    }
    assert got[("Progression-free survival", "Sunitinib", "lower")] == ("ci_low", 2.4)
    assert got[("Progression-free survival", "Sunitinib", "upper")] == ("ci_high", 4.0)
    assert got[("Progression-free survival", "Capecitabine", "upper")] == ("ci_high", 5.5)
    assert got[("Overall survival", "Capecitabine", "lower")] == ("ci_low", 12.6)
    # a response rate's exact CI folded into its row: the bounds of the percentage
    orr = {(r.arm, r.statistic): r.value for r in records if r.row and r.row[-1] == "Objective response rate, %"}
    assert (
        orr[("Sunitinib", "percent")] == 11
        and orr[("Sunitinib", "ci_low")] == 8
        and orr[("Sunitinib", "ci_high")] == 16
    )


def test_event_rows_leave_their_bound_cells_empty(extraction: Callable[[str], Extraction]) -> None:
    records = _table(extraction, "zoo-bounds-sunitinib.pdf", "Table 3")
    events = [r for r in records if r.row and r.row[-1] == "Events, n (%)"]
    assert {r.statistic for r in events} == {"count", "percent"}
    assert not [r for r in events if _inner(r) in ("lower", "upper")]


def _ratio_columns(records: list[Record]) -> dict[tuple[str, str], tuple[str, float | None]]:
    return {
        (r.row[0], _inner(r)): (r.statistic, r.value)
        for r in records
        if r.row and r.row[-1] == "Median, months" and _inner(r) in ("hazard ratio", "lower 95% ci", "upper 95% ci")
    }


def test_ratio_bound_columns_without_a_span(extraction: Callable[[str], Extraction]) -> None:
    ratios = _ratio_columns(_table(extraction, "zoo-bounds-sunitinib.pdf", "Table 3"))
    assert ratios[("Progression-free survival", "hazard ratio")] == ("hr", 1.47)
    assert ratios[("Progression-free survival", "lower 95% ci")] == ("ci_low", 1.16)
    assert ratios[("Progression-free survival", "upper 95% ci")] == ("ci_high", 1.87)
    assert ratios[("Overall survival", "upper 95% ci")] == ("ci_high", 1.63)


def test_ratio_and_p_columns_belong_to_no_arm(extraction: Callable[[str], Extraction]) -> None:
    records = _table(extraction, "zoo-bounds-sunitinib.pdf", "Table 3")
    shared = [r for r in records if _inner(r) in ("hazard ratio", "lower 95% ci", "upper 95% ci", "p")]
    assert shared and not [r for r in shared if r.arm]


def test_min_max_under_a_centred_range(extraction: Callable[[str], Extraction]) -> None:
    records = _table(extraction, "zoo-bounds-sunitinib.pdf", "Table 1")
    _no_bound_is_a_share(records)
    age = {(r.arm, r.statistic): r.value for r in records if r.row and r.row[-1] == "Mean"}
    assert age == {
        ("Sunitinib", "mean"): 53,
        ("Sunitinib", "min"): 25,
        ("Sunitinib", "max"): 80,
        ("Capecitabine", "mean"): 53,
        ("Capecitabine", "min"): 23,
        ("Capecitabine", "max"): 80,
    }


def test_an_upper_head_left_without_the_interval_name(extraction: Callable[[str], Extraction]) -> None:
    """ "95% CI" flush left over "Lower", no rule: "Upper" is the upper bound of the one interval the table names."""
    records = _table(extraction, "zoo-bounds-siltuximab.pdf", "Table 3")
    _no_bound_is_a_share(records)
    ttp = [r for r in records if r.row and r.row[-1] == "Median" and r.row[0].startswith("Time to tumour")]
    uppers = sorted((r.statistic, r.value) for r in ttp if _inner(r) == "upper")
    lowers = sorted((r.statistic, r.value) for r in ttp if _inner(r) == "lower")
    assert uppers == [("ci_high", 130), ("ci_high", 169), ("ci_high", 189), ("ci_high", 210)]
    assert lowers == [("ci_low", 50), ("ci_low", 50), ("ci_low", 52), ("ci_low", 60)]
    assert len({r.arm for r in ttp if _inner(r) == "upper"}) == 4  # each under its own dose arm


def test_ruled_range_bounds_are_never_the_median(extraction: Callable[[str], Extraction]) -> None:
    records = _table(extraction, "zoo-bounds-vismodegib.pdf", "Table 1")
    age = [r for r in records if r.row and r.row[-1] == "Median"]
    assert [r.value for r in age if r.statistic == "median"] == [64, 64, 64]
    assert not [r for r in age if _inner(r) in ("lower", "upper") and r.statistic not in ("min", "max")]
    assert not [r for r in records if (r.arm or "").strip().lower() in _BOUND_HEADS]


def test_ruled_range_lower_upper_read_as_min_max(extraction: Callable[[str], Extraction]) -> None:
    records = _table(extraction, "zoo-bounds-vismodegib.pdf", "Table 1")
    bounds = sorted(
        (r.arm or "", r.statistic, r.value)
        for r in records
        if r.row and r.row[-1] == "Median" and _inner(r) in ("lower", "upper")
    )
    assert [(s, v) for _, s, v in bounds if s == "min"] and len(bounds) == 6
    assert {s for _, s, _ in bounds} == {"min", "max"}
