"""Counts and shares of people whose statement no form read, or whose endpoint the reader did not find, in forms
sampled from public results paragraphs: tests/extraction/prose_statement_forms_corpus.py (CORPUS, 32 paragraphs;
SECOND, 16 from new sources, written after the first set's fixes), scored per gold number by
tests/extraction/prose_statement_forms_score.py (``python -m tests.extraction.prose_statement_forms_score [-v]
[--second]``), with the records no gold number claims counted as "stray".

First contact of CORPUS (main at dcd2aa1, gold first): right 16, withheld 24, wrong endpoint 2, missed 0, stray 0.
Withheld: a count of people, then a verb of the past no rule read ("One subject failed to complete both treatment
periods", "did not receive the second infusion", "had been treated with interferon alfa", "were able to undergo
transplantation", "enrolled into the study", "switched to the higher dose", "remain alive at a minimum of 30
months"); a share then such a verb ("Sixty percent of patients were considered resistant to ...", "44.4% initiated
..."); a change made to the treatment ("The dravomab dose was reduced in 31% of patients", "Treatment was delayed in
9 patients"); "X led to / resulted in Y in N patients". Wrong: "Fourteen (38%) patients have died, 6 of progressive
disease" filed both under PD.

Fixed (extractors/prose_subjects.py, prose_endpoints.py, prose_statements.py, prose_continuous.py, prose_study.py):
a count or share whose people are said or understood, then a verb of the past, is a count of that verb and its words
to its clause's end (not a plan, a step of the trial's flow, a participle of how a number was got or compares, nor
a participle after "Of the N patients" or "including N"; not with a time fronted in words); the pluperfect "had been
treated with X" is "previously treated with X"; "remain alive at a minimum of N months" is "alive at N months" (the
time no value of its own); "have died"; a dose or treatment "reduced/delayed/modified in N" is a dose reduction, a
treatment delay; "X led to Y in N" is "X leading to Y"; "X was interrupted in N for a median of D days" gives D as
the duration of the interruption; "earlier series" is another study's. End of CORPUS: right 40, withheld 2, wrong 0,
stray 0 (left withheld: "stable disease lasting more than 4 months was observed in 15 patients", a second clause
with a number in its subject).

First contact of SECOND (on the fixed code, gold first): right 20, withheld 1, wrong 0, missed 0, stray 0; the one
withheld, "The dose of dravomab was reduced in 17% of patients", is read since ("dose reduction of dravomab").
"""

from __future__ import annotations

from extractors.prose import read_paragraphs
from tests.extraction.prose_count_forms_score import strays
from tests.extraction.prose_ends_score import score, totals
from tests.extraction.prose_statement_forms_corpus import CORPUS, FORMS, SECOND, SECOND_FORMS
from trialex.evaluate import prose_endpoint

FIRST_CONTACT = {"right": 16, "withheld": 24, "missed": 0, "wrong": 2, "stray": 0}
SECOND_FIRST_CONTACT = {"right": 20, "withheld": 1, "missed": 0, "wrong": 0, "stray": 0}
WRONG = ("wrong endpoint", "wrong group", "wrong statistic")


def _read(paragraph: str) -> dict[float, tuple[str, str | None, str | None]]:
    records, _ = read_paragraphs([paragraph])
    return {r.value: (r.statistic, prose_endpoint(r), r.arm) for r in records if r.value is not None}


def test_the_corpora_have_their_gold() -> None:
    assert len(CORPUS) == len(FORMS) >= 30 and len(SECOND) == len(SECOND_FORMS) >= 15


def test_first_set_ratchet() -> None:
    overall = totals(score(CORPUS, FORMS))
    assert overall["right"] >= 40 > FIRST_CONTACT["right"]
    assert sum(overall[k] for k in WRONG) == 0 and overall["missed"] == 0
    assert strays(CORPUS) == []


def test_second_set_ratchet() -> None:
    overall = totals(score(SECOND, SECOND_FORMS))
    assert overall["right"] >= 21 > SECOND_FIRST_CONTACT["right"]
    assert sum(overall[k] for k in WRONG) == 0 and overall["missed"] == 0
    assert strays(SECOND) == []


def test_a_verb_of_the_past_says_what_the_people_did() -> None:
    read = _read("One subject failed to complete both treatment periods for reasons unrelated to treatment.")
    assert read[1] == ("count", "failed to complete both treatment periods", None)


def test_a_participle_of_a_set_is_no_verb_of_its_people() -> None:
    read = _read("Of the 498 patients followed up, 57 (11%) relapsed during the first year.")
    assert 498 not in read


def test_a_plan_or_the_setting_is_not_read() -> None:
    assert _read("Patients needed to receive 15 or more doses to be evaluable.") == {}
    assert 20 not in _read("In earlier series, 20% of patients failed to respond to salvage therapy.")


def test_the_time_of_being_alive_is_no_value() -> None:
    read = _read("Seven of the 22 patients remain alive at a minimum of 30 months from trial initiation.")
    assert read[7][1] == "alive at 30 months" and 30 not in read


def test_a_change_to_the_dose_is_its_reduction() -> None:
    read = _read("The dose was reduced in 11 patients (18%) because of neutropenia.")
    assert read[11][1] == "dose reduction" and read[18][1] == "dose reduction"
