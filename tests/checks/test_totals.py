"""total-vs-arms: a total column is the sum of the arm columns it totals, and only of those."""

from __future__ import annotations

from tests.checks.factory import Column, findings_of, grid

CHECK = "total-vs-arms"

FLAT: list[Column] = [
    (("50 mg/m²", "(n=12)"), "50 mg/m²", 12),
    (("70 mg/m²", "(n=107)"), "70 mg/m²", 107),
    (("Total", "(n=119)"), "Total", 119),
]
SPANNED: list[Column] = [
    (("TNBC", "50 mg/m² n=12"), "TNBC 50", 12),
    (("TNBC", "70 mg/m² n=89"), "TNBC 70", 89),
    (("TNBC", "Total n=101"), "TNBC Total", 101),
    (("HER2-negative BCBM", "70 mg/m² n=18"), "BCBM 70", 18),
]


def test_totals_that_add_up_give_nothing() -> None:
    flat = grid(
        "Table 2",
        FLAT,
        [
            (("TEAE",), "n_pct", ["11 (91.7)", "104 (97.2)", "115 (96.6)"]),
            (("Abdominal pain",), "n_pct", ["0", "22 (20.6)", "22 (18.5)"]),
        ],
        section="adverse_events",
    )
    spanned = grid(
        "Table 1",
        SPANNED,
        [(("Lung",), "n_pct", ["8 (66.7)", "49 (55.1)", "57 (56.4)", "8 (44.4)"])],
        section="demographics",
    )
    assert findings_of([*flat, *spanned], CHECK) == []


def test_a_total_that_is_not_the_sum_of_its_arms_is_an_error() -> None:
    records = grid(
        "Table 2",
        FLAT,
        [(("Diarrhea",), "n_pct", ["3 (25.0)", "72 (67.3)", "76 (63.9)"])],
        section="adverse_events",
        page=3,
    )
    (found,) = findings_of(records, CHECK)
    assert found.severity == "error" and found.page == 3
    assert 'prints 76, but its arms ("50 mg/m² > (n=12)", "70 mg/m² > (n=107)") add up to 3 + 72 = 75' in found.message
    assert found.expected == "75 (3 + 72)" and found.observed == "76"


def test_a_pooled_column_of_another_cohort_is_never_added_in() -> None:
    # the BCBM column (18) is not part of the TNBC total (101 = 12 + 89)
    records = grid(
        "Table 1",
        SPANNED,
        [(("Lung",), "n_pct", ["8 (66.7)", "49 (55.1)", "58 (57.4)", "8 (44.4)"])],
        section="demographics",
    )
    (found,) = findings_of(records, CHECK)
    assert "8 + 49 = 57" in found.message and "BCBM" not in found.message


def test_the_total_n_must_be_the_sum_of_the_arm_ns_under_one_header() -> None:
    columns: list[Column] = [
        (("Study drug", "A n=40"), "A", 40),
        (("Study drug", "B n=41"), "B", 41),
        (("Study drug", "Total n=82"), "Total", 82),
    ]
    records = grid(
        "Table 1",
        columns,
        [(("Female",), "n_pct", ["20 (50.0)", "20 (48.8)", "40 (48.8)"])],
        section="demographics",
    )
    (found,) = findings_of(records, CHECK)
    assert found.severity == "error"
    assert "is 82, but the columns under the same header add up to 40 + 41 = 81" in found.message
    assert [v.value for v in found.values] == [82.0, 40.0, 41.0]


def test_without_ns_or_with_an_ambiguous_split_nothing_is_compared() -> None:
    no_ns: list[Column] = [(("A",), "A", None), (("B",), "B", None), (("Total",), "Total", None)]
    records = grid("Table 2", no_ns, [(("Rash",), "n_pct", ["1", "2", "9"])], section="adverse_events")
    assert findings_of(records, CHECK) == []
    ambiguous: list[Column] = [
        (("A n=10",), "A", 10),
        (("B n=10",), "B", 10),
        (("C n=10",), "C", 10),
        (("Total n=20",), "Total", 20),
    ]
    records = grid("Table 2", ambiguous, [(("Rash",), "n_pct", ["1", "2", "3", "9"])], section="adverse_events")
    assert findings_of(records, CHECK) == []
