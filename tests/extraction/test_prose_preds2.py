"""A precision-first second look at counts and shares whose endpoint is a verb's subject or object
(tests/extraction/prose_preds2_corpus.py: CORPUS, 30 real results paragraphs of 30 trials gathered and gold-written
before any change; SECOND, 12 paragraphs of 12 other trials gathered after the fixes), scored per gold number and per
binding kind by tests/extraction/prose_preds2_score.py, with a qualifier that changes what was counted (a grade, a
time point, confirmed, serious, treatment-related, symptomatic) part of the endpoint.

First contact of CORPUS (main at 92778b5, before any change): right 103, withheld 56, wrong 26 (endpoint 14,
qualifier 6, group 6), missed 0, kept out 18. One of the 26 was the scorer's, not the reader's: "complete response
rate was 54%" read as "CR", which trialex.evaluate does not match with "complete response rate"; the gold was then
spelled "complete response rate|complete response" (the reader right, 104 right and 25 wrong on the corrected gold).
Per binding kind of the emitted records: "subject occurred" right 64, wrong endpoint 6, wrong qualifier 6, wrong
group 5; "clause endpoint" right 9, wrong 1 (the spelling above); "had object" right 4, wrong endpoint 1; "received"
wrong endpoint 2; "inherited (bracketed after an arm, count)" wrong 2; "inherited (in reach, count)" wrong 2;
"subject of an elided clause" right 2, wrong group 1; "predicate" right 4; "incidence of, distant" right 6. Of the
26 wrong, 8 were a qualifier lost or added (6 scored "wrong qualifier": "confirmed" dropped from "confirmed objective
response", "at week 52" fronted before the subject dropped twice, "including grade 3 events in 25 patients (19.8%)"
read without its grade twice, and a grade and scope of the sentence before carried onto "The cytokine release
syndrome occurred in 77%"; and 2 scored "wrong endpoint" that also carried that grade: "48% of whom received
tocilizumab" read as "grade 3-4 TRAE tocilizumab"). The rest, by sentence form:
  - "the primary outcome (an IGA score of 0 or 1 ... at week 16) occurred in 85 patients": the subject cut inside
    the bracket (6);
  - "occurred in fewer patients in the A group than in the B group (379 patients [4.1%] vs. 496 patients [5.4%]),
    but major bleeding events occurred in more patients in the A group (288 ... vs. 170 ...)": the first bracket's
    values given the later group, the second's the first clause's endpoint (6);
  - "occurred in 56.5% of 329 patients who received at least one dose of A": the regimen read as the endpoint (2);
  - a group said only past a "; " inside the number's bracket ("205 participants (24.0%; 52 symptomatic) in the
    donanemab group"), an arm as the sentence's subject ("Lecanemab resulted in X in 26.4% ... and Y in 12.6%"), a
    group said by a later clause ("...; all 30 were in the placebo group"): read as the whole trial's (4).

Fixed (rules about sentence forms; extractors/prose_qualifiers.py): a time point fronted before the subject ("At week
52, X was observed in") and "confirmed" are kept in the subject's endpoint, and "(, )including grade N events in" gives
the subject's endpoint at that grade; "confirmed" no longer tidied away (prose_terms.py); a sentence's own full stop
no longer joins the sentence before to it (prose_build._since_full_stop, which carried a grade across sentences);
withheld as prose-unread (extractors/prose_doubts.py, prose_build.py): a subject that closes a bracket it did not
open, a share "of whom", a share "of N patients who received A" (and no statement lends it an endpoint), the values
bracketed after "in fewer (more) patients in A (than in B)", a group said past a "; " in the number's bracket, an arm
as the sentence's subject, a group said by a later "all N were in" clause. End of CORPUS: right 107, withheld 77,
wrong 0, missed 0, kept out 19.

First contact of SECOND (12 paragraphs gathered after those fixes, read back once): right 18, withheld 24, wrong 8
(qualifier 2, group 6), missed 0, kept out 9. The 8: "In the first 105 ... patients who had previously received
platinum-based chemotherapy, the percentage with an objective response was 64% (95% CI ...)" and "Among the 39
previously untreated patients, ..." read as the whole trial's (6); "1616 (82.4%) were receiving trial treatment at
week 68" read without its time point (2). Fixed (cheap): a fronted "In/Among N patients who had previously (prior)
..." or "Among N previously untreated (pretreated, treatment-naive) patients" is a counted subgroup, withheld
(prose_subjects.fronted_subgroup); a predicate keeps the "at week N" said right after it. End of SECOND: right 20,
withheld 30, wrong 0, missed 0, kept out 9.

Widened last, after two tuning mislabels of the same form (bench/prose_bindings.py --examples): a time point fronted
before the counted ("At enrollment, 175 patients (40%) were taking ...", "At day 100, 3/15 patients had ...") is kept
by the "predicate" and "had object" bindings too. SECOND was read back again after it: unchanged (right 20, wrong 0).

Tuning bench (bench/prose_bindings.py --tuning-only, endpoint kinds summed): found 962 -> 966, mislabeled 69 -> 67
("predicate" 27 -> 29 found; "head of its item list" 22 -> 24 found, by the full-stop fix).
"""

from __future__ import annotations

from tests.extraction.prose_preds2_corpus import CORPUS, SECOND
from tests.extraction.prose_preds2_score import WRONG, qualifiers, score, totals

FIRST_CONTACT = {"right": 103, "withheld": 56, "wrong endpoint": 14, "wrong qualifier": 6, "wrong group": 6}
SECOND_FIRST_CONTACT = {"right": 18, "withheld": 24, "wrong qualifier": 2, "wrong group": 6}


def test_the_corpora_have_their_gold() -> None:
    assert len(CORPUS) >= 30 and len(SECOND) >= 12


def test_a_qualifier_is_part_of_the_endpoint() -> None:
    assert qualifiers("grade 3 or higher adverse events") == qualifiers("Grade ≥3 AEs")
    assert qualifiers("clinical remission at week 52") != qualifiers("clinical remission")
    assert qualifiers("confirmed objective response") != qualifiers("ORR")


def test_preds2_ratchet() -> None:
    overall = totals(score(CORPUS))
    assert overall["right"] >= 107 > FIRST_CONTACT["right"]
    assert all(overall[k] == 0 for k in WRONG) and overall["missed"] == 0


def test_preds2_second_ratchet() -> None:
    overall = totals(score(SECOND))
    assert overall["right"] >= 20 > SECOND_FIRST_CONTACT["right"]
    assert all(overall[k] == 0 for k in WRONG) and overall["missed"] == 0
