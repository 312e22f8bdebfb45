"""subset-le-superset: grade ≥3 ≤ any grade; serious TRAE ≤ serious TEAE ≤ TEAE; TRAE ≤ TEAE."""

from __future__ import annotations

from tests.checks.factory import Column, findings_of, grid
from trialex.checks.subsets import ALL_GRADES, grades, summary

CHECK = "subset-le-superset"
ARMS: list[Column] = [(("50 mg/m² (n=12)",), "50", 12), (("70 mg/m² (n=107)",), "70", 107)]


def test_the_seed_summary_rows_are_consistent() -> None:
    records = grid(
        "Table 2",
        ARMS,
        [
            (("TEAE",), "n_pct", ["11 (91.7)", "104 (97.2)"]),
            (("Serious TEAEs",), "n_pct", ["2 (16.7)", "25 (23.4)"]),
            (("Serious TRAEs",), "n_pct", ["2 (16.7)", "20 (18.7)"]),
            (("TRAEs",), "n_pct", ["11 (91.7)", "103 (96.3)"]),
        ],
        section="adverse_events",
    )
    assert findings_of(records, CHECK) == []


def test_a_subset_above_its_superset_is_an_error() -> None:
    records = grid(
        "Table 2",
        ARMS,
        [
            (("TEAE",), "n_pct", ["11 (91.7)", "104 (97.2)"]),
            (("Serious TEAEs",), "n_pct", ["2 (16.7)", "25 (23.4)"]),
            (("Serious TRAEs",), "n_pct", ["2 (16.7)", "27 (25.2)"]),
            (("TRAEs",), "n_pct", ["11 (91.7)", "105 (98.1)"]),
        ],
        section="adverse_events",
        page=2,
    )
    found = findings_of(records, CHECK)
    messages = sorted(f.message for f in found)
    assert all(f.severity == "error" for f in found)
    assert any(
        '"Serious TRAEs" (27) exceeds "Serious TEAEs" (25); serious TRAEs are a subset of serious TEAEs' in m
        for m in messages
    )
    assert any('"TRAEs" (105) exceeds "TEAE" (104)' in m for m in messages)
    assert len(found) == 2


def test_grade_3_or_more_cannot_exceed_any_grade() -> None:
    columns: list[Column] = [
        (("Drug (n=50)", "Any grade"), "Drug", 50),
        (("Drug (n=50)", "Grade ≥3"), "Drug", 50),
        (("Placebo (n=50)", "Any grade"), "Placebo", 50),
        (("Placebo (n=50)", "Grade ≥3"), "Placebo", 50),
    ]
    fine = grid(
        "Table 3",
        columns,
        [(("Neutropenia",), "n_pct", ["20 (40.0)", "9 (18.0)", "3 (6.0)", "3 (6.0)"])],
        section="adverse_events",
    )
    assert findings_of(fine, CHECK) == []
    wrong = grid(
        "Table 3",
        columns,
        [(("Neutropenia",), "n_pct", ["20 (40.0)", "9 (18.0)", "3 (6.0)", "4 (8.0)"])],
        section="adverse_events",
    )
    (found,) = findings_of(wrong, CHECK)
    assert "grade ≥3 of a term is a subset of grade any" in found.message and "Placebo" in found.message


def test_labels_naming_disjoint_grades_are_not_checked() -> None:
    # a "Grade 3" span over a "Grade 4" column (spans misread, or a paper's slip): the cell's grade cannot be
    # told, so it is no subset of anything -- and the check does not crash on it
    columns: list[Column] = [
        (("Drug (n=50)", "Any grade"), "Drug", 50),
        (("Drug (n=50) Grade 3", "Grade 4"), "Drug", 50),
    ]
    table = grid(
        "Table 3",
        columns,
        [(("Neutropenia",), "n_pct", ["20 (40.0)", "29 (58.0)"])],
        section="adverse_events",
    )
    assert findings_of(table, CHECK) == []


def test_grade_labels_are_parsed() -> None:
    assert grades("Any grade") == ALL_GRADES
    assert grades("Grade ≥3") == frozenset({3, 4, 5})
    assert grades("≥ grade 3") == frozenset({3, 4, 5})
    assert grades("Grade 3-4") == frozenset({3, 4})
    assert grades("Grade 3 or higher") == frozenset({3, 4, 5})
    assert grades("3/4", in_grade_context=True) == frozenset({3, 4})
    assert grades("3/4") is None
    assert grades("Neutropenia") is None


def test_summary_rows_are_parsed_and_terms_are_not() -> None:
    serious_trae = summary(("Serious TRAEs",))
    teae = summary(("Any TEAE",))
    assert serious_trae is not None and teae is not None and serious_trae.within(teae)
    discontinuation = summary(("TEAE leading to discontinuation",))
    assert discontinuation is not None and discontinuation.outcome == "discontinuation"
    assert discontinuation.within(teae) and not teae.within(discontinuation)
    grade3 = summary(("Grade ≥3 TEAE",))
    serious = summary(("Serious TEAEs",))
    assert grade3 is not None and serious is not None and not grade3.within(serious)
    assert summary(("Diarrhea",)) is None
    assert summary(("AEs of special interest",)) is None


def test_relations_the_labels_do_not_establish_are_not_checked() -> None:
    # trabedersen Table 3: SAEs related to the *procedure* are no subset of *drug*-related AEs
    assert summary(("SAEs procedure related",)) is None
    drug = summary(("AEs drug related or possibly drug related",))
    assert drug is not None and drug.related
    # LEADER Table 2: "severe" is an intensity, so serious events are not a subset of severe ones
    severe = summary(("Severe adverse event",))
    serious = summary(("Serious adverse event",))
    assert severe is not None and serious is not None
    assert not serious.within(severe) and not severe.within(serious)
