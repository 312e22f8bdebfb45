"""Results broken down by group the way conference abstracts write them (issue 9): a list of "group, value"
items after a head; a "respectively" clause whose groups the clause before it names; an "(n=K)" after a share,
read by arithmetic; the abbreviation "Gr" for grade; a value said of two groups at once; a paragraph that names
several groups, one of them in the plural. The family was found on a real tuning abstract
(abs-glofitamab-fl-ash2021); the sentences here are written for it with other arms, endpoints and numbers."""

from __future__ import annotations

import pytest

from extractors.prose import read_paragraphs
from extractors.prose_endpoints import count_or_size
from schemas.records import Record

ARMS = "Patients were assigned to the solo cohorts or the duo cohort. The duo cohort received both drugs."


def _read(*sentences: str) -> tuple[list[Record], list[str]]:
    records, findings = read_paragraphs([ARMS, *sentences])
    return records, [f.message for f in findings]


def _one(records: list[Record], value: float, statistic: str | None = None) -> Record:
    found = [r for r in records if r.value == value and (statistic is None or r.statistic == statistic)]
    assert len(found) == 1, (value, found)
    return found[0]


def test_items_of_a_bracketed_list_take_its_head_and_their_own_label() -> None:
    records, _ = _read("All pts had stage III-IV disease (high tumour burden: solo, 31 [61%] pts; duo, 12 [63%] pts).")
    solo, duo = _one(records, 31.0), _one(records, 12.0)
    assert (solo.row, solo.arm) == (["high tumour burden"], "solo")
    assert (duo.row, duo.arm) == (["high tumour burden"], "duo")
    assert _one(records, 63.0).arm == "duo"


def test_items_of_a_list_after_as_follows_take_the_rate_it_names() -> None:
    records, _ = _read(
        "Rash rates by dose were as follows: 5 mg cohort, 80% (4/5); 10 mg cohort, 45% (9/20); "
        "20 mg cohort, 31% (5/16)."
    )
    for value, group in ((80.0, "5 mg cohort"), (45.0, "10 mg cohort"), (31.0, "20 mg cohort")):
        record = _one(records, value)
        assert (record.row, record.arm) == (["Rash"], group)


def test_a_list_of_terms_is_not_a_list_of_groups() -> None:
    records, findings = _read("The most common AEs were as follows: nausea, 20%; fatigue, 15%.")
    assert not [r for r in records if r.value in (20.0, 15.0)]
    assert any("'20%' was not read" in f for f in findings)


def test_a_respectively_clause_takes_the_groups_of_the_clause_before_it() -> None:
    records, _ = _read(
        "Median age was 58 years (range 30-79) in solo cohorts and 66 years (range 44-81) in the duo cohort; "
        "median number of prior lines was 4 (range 1-9) and 3 (range 2-6), respectively."
    )
    assert (_one(records, 4.0, "median").arm, _one(records, 9.0, "max").arm) == ("solo", "solo")
    assert (_one(records, 3.0, "median").arm, _one(records, 6.0, "max").arm) == ("duo", "duo")
    assert _one(records, 4.0, "median").row == ["prior lines"]


@pytest.mark.parametrize(
    ("share", "places", "n", "expected"),
    [
        (73.7, 1, 14, (True, False)),  # 14 of 19 is 73.7%; 73.7% of 14 patients is no whole number
        (81, 0, 43, (True, True)),  # 43 of 53, or 35 of 43: a whole percentage does not tell
        (100, 0, 19, (True, True)),  # all of them: the count is the size
        (4.5, 1, 3, (True, False)),
    ],
)
def test_count_or_size_by_arithmetic(share: float, places: int, n: int, expected: tuple[bool, bool]) -> None:
    assert count_or_size(share, places, n) == expected


def test_an_n_after_a_share_is_its_count_only_where_the_arithmetic_says_so() -> None:
    records, findings = _read(
        "In the solo cohorts, ORR was 81% (n=43). In the duo cohort, ORR was 100% (n=17) and the CR rate was "
        "64.7% (n=11)."
    )
    assert (_one(records, 17.0).statistic, _one(records, 17.0).row) == ("count", ["ORR"])
    assert (_one(records, 11.0).statistic, _one(records, 11.0).row, _one(records, 11.0).arm) == (
        "count",
        ["CR"],
        "duo cohort",
    )
    assert not [r for r in records if r.value == 43.0]  # 43 of 53, or 35 of 43: not told
    assert any("'n=43' was not read as data" in f and "arithmetic" in f for f in findings)


def test_gr_is_grade_and_a_grade_is_no_count() -> None:
    records, findings = _read("With duo, 41.2% had Gr 1 rash. There were no Gr 3 rash events in the duo cohort.")
    assert _one(records, 41.2).row == ["grade 1 rash"]
    assert not [r for r in records if r.value == 3.0]
    records, findings = _read("Neuropathy was seen in 14 pts; all Gr 1 (n=10) or Gr 2 (n=4).")
    assert not [r for r in records if r.value in (10.0, 4.0)]
    assert any("'n=10' was not read as data" in f for f in findings)


def test_a_value_said_of_two_groups_at_once_is_reported() -> None:
    records, findings = _read(
        "The CR rate was 58% in the solo cohorts and 50% in both the 5 mg (n=4) and 10 mg cohorts."
    )
    assert not [r for r in records if r.value == 50.0]
    assert any("'50%' was not read as data" in f and "two groups at once" in f for f in findings)


def test_a_paragraph_naming_a_plural_group_carries_neither_group() -> None:
    records, _ = read_paragraphs(
        [
            "Results: Responses were seen in the solo cohorts and in the duo cohort. Neutropenia was seen in 22 pts "
            "(14 solo, 8 duo; 31%)."
        ]
    )
    assert not [r for r in records if r.value == 22.0 and r.arm]


def test_items_under_a_groups_head_take_their_term_and_that_group() -> None:
    records, findings = read_paragraphs(
        [
            "Patients were randomly assigned to the AB arm or the CD arm. The AB arm and the CD arm were balanced.",
            "Responses were similar in the two arms (AB: complete response [CR], 2 [4%]; partial response [PR], "
            "9 [18%]; disease control [ie, CR + PR + SD], 30 [60%]; CD: CR, 1 [2%]; PR, 7 [14%]).",
        ]
    )
    assert (_one(records, 9.0).row, _one(records, 9.0).arm) == (["PR"], "AB")
    assert (_one(records, 7.0).row, _one(records, 7.0).arm) == (["PR"], "CD")
    assert (_one(records, 1.0).row, _one(records, 1.0).arm) == (["CR"], "CD")
    # a term glossed in brackets ("[ie, CR + PR + SD]") is read with its gloss left out
    assert (_one(records, 30.0).row, _one(records, 30.0).arm) == (["DCR"], "AB")
    assert not any("'30 [60%' was not read as data" in f.message for f in findings)


def test_patients_who_received_a_groups_regimen_is_no_endpoint() -> None:
    records, findings = _read("As of the cut-off, 48 pts received drugx solo SUD.")
    assert not [r for r in records if r.value == 48.0]
    assert any("'48 pts' was not read as data" in f for f in findings)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The 12- and 24-month PFS rates were 80% and 70%, respectively.", {80.0: "12-month", 70.0: "24-month"}),
        ("The 1- and 2-year OS rates were 91% and 83%.", {91.0: "1-year", 83.0: "2-year"}),
        ("PFS rates at 6 and 12 months were 75% and 60%, respectively.", {75.0: "6-month", 60.0: "12-month"}),
    ],
)
def test_landmark_times_listed_with_one_unit_go_to_their_rates_in_turn(
    sentence: str, expected: dict[float, str]
) -> None:
    records, _ = _read(sentence)
    for value, time in expected.items():
        record = _one(records, value)
        assert record.statistic == "rate" and record.row[0].startswith(time), record.row
    assert not [r for r in records if r.value in (6.0, 12.0, 24.0)]  # the times are no values


def test_landmark_times_and_rates_that_do_not_line_up_are_reported() -> None:
    records, findings = _read("The 1-, 2- and 3-year OS rates were 91% and 83%.")
    assert not [r for r in records if r.value in (91.0, 83.0)]
    assert any("'91%' was not read as data" in f and "landmark" in f for f in findings)


def test_the_adverb_that_leads_a_list_of_terms_is_no_part_of_the_first_term() -> None:
    records, _ = _read(
        "Treatment-related AEs occurred in 28 pts (87.5%), most commonly fatigue (40.6%) and nausea (31.3%)."
    )
    assert _one(records, 40.6).row == ["fatigue"]
    assert _one(records, 31.3).row == ["nausea"]
