"""A new head inside a table for its last part, its lines run together into one row ("Age effect (≥65 years old)
Part 4 | Placebo (n = 2) n (%) e | 100 mg (n = 6) n (%) e", lorundrostat's Table 2): each of its cells names a
group by its N, so it replaces the whole column path, not only the innermost level. It was read as a statistic
under the part before's groups: the 100 mg participant's headache as "40 mg 100 mg n (%) e" (found by a check of
found values' groups against their golden columns; tuning, 1 paper)."""

from __future__ import annotations

from collections.abc import Callable

from extractors.classify import arm_of
from schemas.extraction import Extraction


def test_a_head_restated_with_its_n_names_the_new_groups(extraction: Callable[[str], Extraction]) -> None:
    records = extraction("lorundrostat-fih-pk-cts2024.pdf").records
    headache = [r for r in records if r.page == 8 and r.row[-1:] == ["Headache"] and r.row[0].startswith("Age")]
    assert {(r.arm, r.arm_n) for r in headache} == {("Placebo", 2), ("100 mg", 6)}
    hundred = {r.statistic: r.value for r in headache if r.arm == "100 mg"}
    assert hundred == {"count": 1, "percent": 16.7, "events": 1}


def test_the_events_column_letter_is_no_part_of_the_group() -> None:
    assert arm_of(["100 mg (n = 6) n (%) e"]) == "100 mg"
    assert arm_of(["Group e"]) == "Group e"
