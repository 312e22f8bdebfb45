"""How the evaluator names a table value's column (trialex/evaluate.py): the conventions the accuracy figures
rest on, each tested on its own."""

from __future__ import annotations

import pytest

from schemas.records import Record
from trialex.evaluate import _column_ends, compare


def test_a_column_named_with_or_without_its_groups_n_is_one_column() -> None:
    assert _column_ends(["Placebo (N = 2000)"], "Placebo (N = 2000)")
    assert not _column_ends(["Placebo", "(N = 2000)"], "Placebo")  # as printed, the path ends with its N
    assert _column_ends(["Placebo", "(N = 2000)"], "Placebo", without_n=True)
    assert _column_ends(["Empagliflozin (n=245)"], "Empagliflozin", without_n=True)
    assert _column_ends(["Empagliflozin"], "Empagliflozin [n = 245]", without_n=True)
    assert not _column_ends(["Placebo (N = 2000)"], "Dapagliflozin", without_n=True)
    assert not _column_ends(["(N = 20)"], "(N = 20)", without_n=True)  # nothing left to name a column


def _rec(column: list[str], value: float) -> Record:
    return Record(
        table="Table 2",
        section="efficacy",
        page=3,
        row=["Death"],
        column=column,
        statistic="count",
        value=value,
        raw=str(value),
        bbox=(0.0, 0.0, 1.0, 1.0),
    )


def _golden(column: str, value: float) -> dict[str, object]:
    cell = {"row": ["Death"], "column": [column], "values": {"count": value}, "raw": str(value)}
    return {"pdf": "x.pdf", "tables": [{"table": "Table 2", "section": "efficacy", "cells": [cell]}]}


def test_the_column_as_printed_is_preferred_to_one_without_its_n() -> None:
    # two groups called alike, told apart only by their N: the one whose head matches as printed is the cell
    records = [_rec(["Placebo (N = 100)"], 7), _rec(["Placebo (N = 200)"], 9)]
    report = compare(_golden("Placebo (N = 200)", 9), records)
    assert report.sections["efficacy"].found == 1
    # the golden label without the N finds the group whose head carries it on a line of its own
    report = compare(_golden("Placebo", 9), [_rec(["Placebo", "(N = 200)"], 9)])
    assert report.sections["efficacy"].found == 1
    report = compare(_golden("Placebo", 9), [_rec(["Placebo", "(N = 200)"], 8)])
    assert report.sections["efficacy"].wrong == 1


def test_grade_3_or_4_is_keyed_as_grade_3_4() -> None:
    from trialex.evaluate import endpoint_key

    assert endpoint_key("Grade 3 or 4 TRAEs") == endpoint_key("grade 3-4 TRAE") == endpoint_key("grade ≥3 TRAE")
    assert endpoint_key("grades 3 and 4 AEs") == endpoint_key("grade 3/4 AE")
    assert endpoint_key("grade 3 neutropenia") != endpoint_key("grade ≥3 neutropenia")


def test_a_value_printed_with_a_comparator_is_not_the_bare_value() -> None:
    """ "1 (<1)": golden percent 1 with "<". A record of exactly 1% (or of "<1" on the count) is wrong, not found:
    the comparison looks at the comparator as well as the number (it did not, and hid 132 tuning values)."""
    cell = {
        "row": ["Death"],
        "column": ["Placebo"],
        "values": {"count": 1, "percent": 1},
        "qualifiers": {"percent": "<"},
        "raw": "1 (<1)",
    }
    golden = {"pdf": "x.pdf", "tables": [{"table": "Table 2", "section": "efficacy", "cells": [cell]}]}

    def rec(statistic: str, qualifier: str | None) -> Record:
        return _rec(["Placebo"], 1).model_copy(update={"statistic": statistic, "qualifier": qualifier})

    right = compare(golden, [rec("count", None), rec("percent", "<")])
    assert (right.sections["efficacy"].found, right.sections["efficacy"].wrong) == (2, 0)
    swapped = compare(golden, [rec("count", "<"), rec("percent", None)])
    assert (swapped.sections["efficacy"].found, swapped.sections["efficacy"].wrong) == (0, 2)


def test_a_bound_of_another_ci_level_is_wrong() -> None:
    """A golden "90% CI" bound read as a 95% CI's is the right number under another statistic: wrong, not found."""
    cell: dict[str, object] = {"row": ["Death"], "column": ["Ratio (90% CI)"], "values": {"ci_low": 18}}
    cell.update(raw="21 (18–24)", ci_level=90)
    golden = {"pdf": "x.pdf", "tables": [{"table": "Table 2", "section": "efficacy", "cells": [cell]}]}
    bound = _rec(["Ratio (90% CI)"], 18).model_copy(update={"statistic": "ci_low"})
    assert compare(golden, [bound.model_copy(update={"ci_level": 90.0})]).sections["efficacy"].found == 1
    assert compare(golden, [bound.model_copy(update={"ci_level": 95.0})]).sections["efficacy"].wrong == 1


def test_a_found_count_whose_group_n_differs_is_counted_apart() -> None:
    """The group N a record states is compared with the golden cell's, on a line of its own."""
    cell: dict[str, object] = {"row": ["Death"], "column": ["Placebo"], "values": {"count": 12}, "raw": "12"}
    cell["arm_n"] = 15
    golden = {"pdf": "x.pdf", "tables": [{"table": "Table 2", "section": "efficacy", "cells": [cell]}]}
    for got, differs in ((15, 0), (12, 1)):
        tally = compare(golden, [_rec(["Placebo"], 12).model_copy(update={"arm_n": got})]).sections["efficacy"]
        assert (tally.found, tally.n_stated, tally.n_differs) == (1, 1, differs)


def _ae(column: list[str], arm: str | None, grade: str | None, title: str = "Adverse events") -> Record:
    return _rec(column, 3).model_copy(
        update={"section": "adverse_events", "arm": arm, "grade": grade, "table_title": title}
    )


def _ae_golden(column: list[str]) -> dict[str, object]:
    cell = {"row": ["Death"], "column": column, "values": {"count": 3}, "raw": "3"}
    return {"pdf": "x.pdf", "tables": [{"table": "Table 2", "section": "adverse_events", "cells": [cell]}]}


@pytest.mark.parametrize(
    ("column", "arm", "grade", "title", "fault"),
    [
        (["Placebo (N = 20)", "Grade 3"], "Placebo", "3", "Adverse events", None),
        (["Placebo (N = 20)", "Grade 3"], "Drug X", "3", "Adverse events", "group"),  # another group's
        (["Treatment-related TEAEs, n (%)", "1"], "Treatment-related TEAEs", "1", "by maximum grade", "group"),
        (["All TEAEs, n (%)", "1"], None, "1", "TEAEs by maximum grade", None),  # a bare grade under "grade"
        (["Placebo (N = 20)", "Grade 3"], "Placebo", "4", "Adverse events", "grade"),
        (["Index Visit", "Placebo (N = 20)"], "Placebo", "4", "Complications during 4 Weeks", "grade"),
        (["Placebo (N = 20)"], "Placebo", ">=3", "Grade ⩾3 adverse events", None),  # the title states it
        (["GV (n = 53)"], "GV", None, "Toxicities", None),  # "GV" is a group, not grade V
        (["Total"], "Total", None, "Adverse events", None),  # the whole trial's column is no scope
    ],
)
def test_a_found_value_under_another_group_or_grade_is_mislabeled(
    column: list[str], arm: str | None, grade: str | None, title: str, fault: str | None
) -> None:
    """The evaluator scores the group and the AE grade of every found table value with its own reading of the
    golden labels (and the title), not the extractor's: before it did, 186 tuning values under a scope taken for a
    group, or a comparison column filed under a group, and 20 under the grade of "during 4 Weeks", counted found."""
    report = compare(_ae_golden(column), [_ae(column, arm, grade, title)])
    tally = report.sections["adverse_events"]
    if fault is None:
        assert (tally.found, tally.mislabeled) == (1, 0), report.wrongs
    else:
        assert (tally.found, tally.mislabeled) == (0, 1)
        assert (tally.group_faults, tally.grade_faults) == ((1, 0) if fault == "group" else (0, 1))


def test_a_grade_the_labels_state_and_the_record_does_not_is_counted_apart() -> None:
    report = compare(_ae_golden(["Placebo", "Grade ≥3"]), [_ae(["Placebo", "Grade ≥3"], "Placebo", None)])
    tally = report.sections["adverse_events"]
    assert (tally.found, tally.mislabeled, tally.grade_unstated) == (1, 0, 1)


def test_a_golden_level_that_is_only_the_groups_n_names_no_column() -> None:
    """A golden column "Placebo" > "n = 245" (the N on a head line of its own) is the Placebo column: a record
    under "Placebo (n = 245)" states it, one under "Drug (n = 250)" does not."""
    from trialex.evaluate import _named_level

    assert _named_level(["Placebo", "n = 245"]) == "Placebo"
    assert _named_level(["Placebo", "(N=245)"]) == "Placebo"
    assert _named_level(["Placebo", "Week 12"]) == "Week 12"
    assert _column_ends(["Placebo (n = 245)"], _named_level(["Placebo", "n = 245"]), without_n=True)
    assert not _column_ends(["Drug (n = 250)"], _named_level(["Placebo", "n = 245"]), without_n=True)


def test_a_row_label_ends_a_path_only_from_the_start_of_a_word() -> None:
    from trialex.evaluate import _ends

    assert _ends(["Prior ARPI indication, n (%)", "Metastatic CRPC"], "Metastatic CRPC")
    assert _ends(["Sites", "Liver metastases"], "metastases")
    assert _ends(["AUC0–∞ (h·ng/mL)"], "AUC0-inf (h·ng/mL)")
    assert not _ends(["Prior ARPI indication, n (%)", "Non-metastatic CRPC"], "Metastatic CRPC")
    # so a golden row the reader missed is missing, not "wrong" by its neighbour's value
    gold = {"row": ["Metastatic CRPC"], "column": ["All"], "values": {"count": 9}, "raw": "9"}
    golden = {"pdf": "x.pdf", "tables": [{"table": "Table 2", "section": "efficacy", "cells": [gold]}]}
    neighbour = _rec(["All"], 11).model_copy(update={"row": ["Non-metastatic CRPC"]})
    report = compare(golden, [neighbour])
    assert report.sections["efficacy"].wrong == 0 and report.sections["efficacy"].missing == 1
