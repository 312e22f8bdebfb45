"""percent-vs-count: n (x%) cells and n/N (x%) statements."""

from __future__ import annotations

from tests.checks.factory import cell, findings_of, statement

CHECK = "percent-vs-count"


def test_consistent_cells_and_statements_give_nothing() -> None:
    records = [
        *cell("5 (41.7)", {"count": 5, "percent": 41.7}, arm_n=12),
        *cell("12 (100)", {"count": 12, "percent": 100}, arm_n=12, row=("Other",)),
        *cell("528/1391 (38.0)", {"count": 528, "denominator": 1391, "percent": 38.0}, row=("AF",)),
        *cell("(<0.1)", {"count": 1, "percent": 0.1}, arm_n=2000, row=("Rare",), qualifiers={"percent": "<"}),
        *statement("22 of 87 patients (25.3%)", {"count": 22, "percent": 25.3}, denominator=87),
    ]
    assert findings_of(records, CHECK) == []


def test_a_cell_that_fits_no_n_is_an_error_naming_the_numbers() -> None:
    records = cell(
        "7 (28.9)",
        {"count": 7, "percent": 28.9},
        table="Table 2",
        row=("Nausea",),
        column=("Drug (n=21)",),
        arm="Drug",
        arm_n=21,
        page=5,
    )
    (found,) = findings_of(records, CHECK)
    assert found.severity == "error"
    assert found.page == 5 and found.table == "Table 2"
    assert 'Table 2, row "Nausea", column "Drug (n=21)"' in found.message
    assert "7/21 = 33.33%" in found.message and "33.3%" in found.message
    assert found.expected == "33.3% (7/21)" and found.observed == "28.9%"
    assert [v.label for v in found.values] == [
        "Table 2 / Nausea / Drug (n=21) / count",
        "Table 2 / Nausea / Drug (n=21) / percent",
    ]
    assert found.values[0].bbox == (100.0, 100.0, 140.0, 108.0)


def test_a_percentage_of_fewer_patients_than_the_column_is_a_warning() -> None:
    # 7 (38.9) of n=21 is 7/18: the percentage of the patients with data for this row (ADVANCE, ATHENA)
    records = cell(
        "7 (38.9)",
        {"count": 7, "percent": 38.9},
        table="Table 2",
        row=("Nausea",),
        column=("Drug (n=21)",),
        arm="Drug",
        arm_n=21,
        page=5,
    )
    (found,) = findings_of(records, CHECK)
    assert found.severity == "warning"
    assert "fits 7/18" in found.message and "patients with data" in found.message


def test_a_cell_that_fits_another_n_of_its_table_is_a_warning() -> None:
    records = [
        *cell("7 (35.0)", {"count": 7, "percent": 35.0}, row=("ORR",), column=("A (n=21)",), arm_n=21),
        *cell("3 (15.0)", {"count": 3, "percent": 15.0}, row=("DCR",), column=("B (n=20)",), arm_n=20),
    ]
    (found,) = findings_of(records, CHECK)
    assert found.severity == "warning"
    assert "35.0% matches 7/20" in found.message and "not 7/21" in found.message
    assert 'column "B (n=20)"' in found.message


def test_an_n_over_n_cell_whose_own_n_does_not_fit_is_an_error_even_if_another_n_fits() -> None:
    records = [
        *cell("7/21 (35.0)", {"count": 7, "denominator": 21, "percent": 35.0}, arm_n=20),
    ]
    (found,) = findings_of(records, CHECK)
    assert found.severity == "error"
    assert "35.0% matches 7/20" in found.message and "not 7/21" in found.message


def test_percentages_of_patients_with_data_are_a_warning() -> None:
    # column N 150, but the group's percentages are all of 140 patients with data
    records = [
        *cell("70 (50.0)", {"count": 70, "percent": 50.0}, row=("Race", "White"), arm_n=150),
        *cell("56 (40.0)", {"count": 56, "percent": 40.0}, row=("Race", "Asian"), arm_n=150),
        *cell("14 (10.0)", {"count": 14, "percent": 10.0}, row=("Race", "Other"), arm_n=150),
    ]
    found = findings_of(records, CHECK)
    assert len(found) == 3
    assert {f.severity for f in found} == {"warning"}
    assert all(
        'the other 2 "Race" categories of this column' in f.message and "140 patients with data" in f.message
        for f in found
    )


def test_a_group_whose_categories_all_fit_n_minus_missing_is_a_warning() -> None:
    # vismodegib JCO 2015 Table 1, GV (n = 53): White 40 (77) is 40/52; the other races fit both 53 and 52
    rows = [("White", "40 (77)"), ("African American", "10 (19)"), ("Asian", "1 (2)"), ("Other", "1 (2)")]
    records = [
        r
        for label, raw in rows
        for r in cell(
            raw,
            {"count": int(raw.split()[0]), "percent": int(raw.split("(")[1].rstrip(")"))},
            row=("Race", label),
            column=("No. (%)", "GV (n = 53)"),
            arm_n=53,
        )
    ]
    missing = cell("1", {"count": 1}, row=("Race", "Missing"), column=("No. (%)", "GV (n = 53)"), arm_n=53)
    (found,) = findings_of([*records, *missing], CHECK)
    assert found.severity == "warning" and "fits 40/52" in found.message
    (found,) = findings_of(records[:2], CHECK)  # alone: only a smaller N explains it
    assert found.severity == "warning" and "fits 40/52" in found.message


def test_no_n_means_no_finding() -> None:
    records = [
        *cell("7 (38.9)", {"count": 7, "percent": 38.9}),
        *statement("104 patients (97.9%)", {"count": 104, "percent": 97.9}),
    ]
    assert findings_of(records, CHECK) == []


def test_prose_statement_whose_own_n_does_not_fit_is_an_error() -> None:
    records = [
        *statement("87 (88.1%) of the 101 patients", {"count": 87, "percent": 88.1}, denominator=101, page=3),
        *cell("1 (1.0)", {"count": 1, "percent": 1.0}, arm_n=101, column=("Total n=101",)),
    ]
    (found,) = findings_of(records, CHECK)
    assert found.severity == "error"
    assert '"87 (88.1%) of the 101 patients" (page 3 text)' in found.message
    assert "87/101 = 86.14%" in found.message and "would be 89" in found.message


def test_prose_percentage_of_another_known_n_is_a_warning_and_of_none_an_error() -> None:
    table = cell("115 (96.6)", {"count": 115, "percent": 96.6}, table="Table 2", column=("Total (n=119)",), arm_n=119)
    fits_other = statement("five patients (4.2%)", {"count": 5, "percent": 4.2}, arm="70 mg/m²", arm_n=107)
    (found,) = findings_of([*table, *fits_other], CHECK)
    assert found.severity == "warning"
    assert "4.2% matches 5/119" in found.message and 'Table 2 column "Total (n=119)"' in found.message
    fits_none = statement("five patients (6.6%)", {"count": 5, "percent": 6.6}, arm_n=107)
    (found,) = findings_of([*table, *fits_none], CHECK)
    assert found.severity == "error"


def test_a_count_above_its_n_and_a_wrong_bound_are_errors() -> None:
    over = cell("13 (100)", {"count": 13, "percent": 100}, arm_n=12)
    (found,) = findings_of(over, CHECK)
    assert found.severity == "error" and "exceeds N = 12" in found.message
    bound = cell("40 (<1)", {"count": 40, "percent": 1}, arm_n=2000, qualifiers={"percent": "<"})
    (found,) = findings_of(bound, CHECK)
    assert found.severity == "error" and found.observed == "<1%"
