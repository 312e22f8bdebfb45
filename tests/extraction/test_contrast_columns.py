"""A column that compares the groups is no group's column (extractors/structure.py ``_inherit_groups``).

Found by the evaluator's group scoring: "Ratio of adjusted means, % (90% CI)", printed right of "Axitinib 5 mg +
rifampin 600 mg/day (n = 39)", was filed under that group, as a measure column of the group on its left is."""

from __future__ import annotations

import pytest

from extractors.structure import _inherit_groups

_ARMS = [["Axitinib 5 mg (n = 40)"], ["Axitinib 5 mg + rifampin 600 mg/day (n = 39)"]]


@pytest.mark.parametrize(
    "head",
    ["Ratio of adjusted means, % (90% CI)", "Geometric mean ratio, % (90% CI)", "GMR (90% CI)", "Hazard ratio",
     "Rate ratio (95% CI)", "Difference, %"],
)  # fmt: skip
def test_a_comparison_column_stays_its_own(head: str) -> None:
    assert _inherit_groups([*_ARMS, [head]])[2] == [head]


def test_a_measure_column_right_of_a_group_is_that_groups() -> None:
    columns = [["Liraglutide (N = 4668)", "no. of patients (%)"], ["no. of events/100 patient-yr"]]
    assert _inherit_groups(columns)[1] == ["Liraglutide (N = 4668)", "no. of events/100 patient-yr"]
