"""An independent second look at the newest prose readers (statistic keys, "for"-lists, the binding-precision round)
on real paragraphs their authors did not choose: tests/extraction/prose_second_look_corpus.py (CORPUS, 33 paragraphs
of 31 studies; SECOND, 12 paragraphs gathered or first read after the first fixes; THIRD, 7 paragraphs gathered
after the last widening), scored per gold
number and per binding kind by tests/extraction/prose_second_look_score.py.

First contact of CORPUS (main at b364f38, before any change, the gold as first written): right 105, withheld 106,
wrong 23 (endpoint 13, group 8, statistic 2), missed 0, kept out 67. Per binding kind of the emitted records:
"statistic key" right 56, wrong group 4; "for-list item" emitted nothing (its heads, "hazard ratio was", "C-indices
of", "odds ratio comparing A with B was", are none it reads); "copula subject" right 2, wrong endpoint 7; "estimate
for term" wrong endpoint 3; "inherited (..., value)" wrong endpoint 3; "event noun" right 4, wrong group 3;
"subject occurred" right 2, wrong group 1, wrong statistic 2. Per family: statistic keys right 97, withheld 67,
wrong 13; "for"-lists right 3, withheld 27, wrong 10; neighbouring forms right 5, withheld 12, wrong 0.
The wrong, by sentence form:
  - a key said twice in one sentence, once per population ("8889 vaccinated patients (... mean [SD] age, 52.4 [16.9]
    years) and 88 898 unvaccinated patients (... mean [SD] age, 51.7 [16.7] years)"): each tuple read as the whole
    trial's age, and the counts in the same brackets as the whole trial's (8);
  - one ratio after "in the A vs B cohorts was" paired with A as if "respectively" were said, and its subject cut
    after the digit of "SARS-CoV-2" (3);
  - a "for"-list whose head is a ratio ("pooled hazard ratios were 0.785 (...) for dapagliflozin, 0.771 (...) for
    empagliflozin"; "the risk-adjusted odds ratio comparing White with Black participants was 2.06 (...) for PPD and
    1.37 (...) for ..."): a drug read as the endpoint, a comparison's words as the endpoint and its second group as the
    group (9);
  - "the paired difference was -0.006": a difference's name alone read as the endpoint (1);
  - two shares of patients ("achieved by 99 of 222 patients (44.6%)") read as rates against a gold of "percent":
    refiled as "percent|rate", the convention of the earlier corpora for a share of patients (2).

Fixed (rules about sentence forms): a statistic key of the same subject said twice in a sentence gives one tuple per
population, withheld with the numbers of the population's bracket unless a group is read (prose_stat_keys.py); one
value after the groups an "A vs B" sets against each other is of the contrast, not of A (prose_groups.py); a digit
after a hyphen inside a word ("SARS-CoV-2", "COVID-19") does not end a copula subject (prose_endpoints.py); a
"for"-list under a ratio or discrimination head (hazard, odds, risk ratio; C-index; AUC) is read only when every "for"
phrase is, whole, an outcome the reader knows ("overall survival", "PFS"), its bare bracketed pair as the ratio's
interval; otherwise what the statement patterns read of the list is withheld (prose_for_lists.py); "paired" and
"relative" differences name no outcome (prose_differences.py). End of CORPUS: right 114, withheld 115, wrong 0,
missed 0, kept out 72 ("for-list item" right 8, "statistic key" right 56, no binding kind wrong).

First contact of SECOND (read back once, after the fixes; one gold slip corrected before scoring the figures: the
"39 male" and the median age 39 of one paragraph had been written as one number): right 41, withheld 33, wrong 0,
missed 0, kept out 28 ("statistic key" right 30). What stayed withheld in both sets was mostly one family: a key
whose statistics the sentence gives again for a list of further subjects ("Median (range) age was 52 (28-77) years
and body weight 68 (45-116) kg", "... age was 39 years (25-78), weight 59.5 kg (30-107.2) and fat-free mass ...").

Widened after SECOND (prose_stat_keys.py): a key's single tuple followed by ", X A (...)" / "and X A (...)", X a few
words with no verb, number or group and the tuple in the key's shape, gives X the key's statistics ("statistic key:
listed subject"); the list stops at the first item not so introduced. End: CORPUS right 138, withheld 91, wrong 0,
kept out 72; SECOND right 68, withheld 8, wrong 0, kept out 26 (SECOND no longer an unseen check of this rule: two of
its sentences were read while writing it). Still withheld: a key repeated with a group each ("S-PATH ... for a median
(IQR) of 32.5% (...), whereas the MSBOS approach ... for a median (IQR) of 51.6% (...)"), per-group tuples of
groups the sentence does not name, "for"-lists of groups, drugs or models.

First contact of THIRD (7 paragraphs gathered after the listed-subject rule, read back once): right 24, withheld 18,
wrong group 2, missed 0, kept out 18; the listed-subject rule read its one instance (BMI and creatinine clearance
after age) right. The 2 wrong: "Of 76 women enrolled (38 each in the intervention and control groups), 70 (92.1%)
completed the study": the count and share read under the intervention group named inside the bracket before them.
Fixed (prose_group_names.py): a group named inside a bracket closed before the number is that bracket's, not the
number's. End of THIRD: right 24, withheld 18, wrong 0, kept out 20. Still withheld there: "Mean (SD) age was 60.5
(8.91), 52.4 (7.66), and 59.7 (9.15) years, respectively" with the groups only in the methods' bracket "(Metformin,
n=44; GLP-1 RAs, n=47; SGLT-2i, n=67)", "changed by a mean (SD) of -8.4 (4.7) points in the intervention group
compared with -2.6 (3.5) in the control group", and two tuples of one key at two waves.

Tuning labelled prose (bench/accuracy.py --tuning-only): 1031/2168 with 69 under another endpoint or group before
and after every step (70 of 17372 emitted labelled values wrong, unchanged); bench/prose_bindings.py --tuning-only:
"for-list item" 27 emitted, 27 right, "statistic key: subject" 26 emitted, 22 right, before and after. None of the
tuning papers' prose has the forms changed here; the validation split was not looked at.
"""

from __future__ import annotations

from extractors.prose import read_paragraphs
from tests.extraction.prose_second_look_corpus import CORPUS, FORMS, SECOND, SECOND_FORMS, THIRD, THIRD_FORMS
from tests.extraction.prose_second_look_score import by_binding, totals
from tests.extraction.prose_second_look_score import score as _score

_SCORED: dict[int, list[tuple[str, str, str, str]]] = {}


def score(corpus: list, forms: list[str]) -> list[tuple[str, str, str, str]]:  # type: ignore[type-arg]
    """Each corpus read back once per test session."""
    if id(corpus) not in _SCORED:
        _SCORED[id(corpus)] = _score(corpus, forms)
    return _SCORED[id(corpus)]


THIRD_FIRST_CONTACT = {"right": 24, "withheld": 18, "wrong endpoint": 0, "wrong group": 2, "wrong statistic": 0}
FIRST_CONTACT = {"right": 105, "withheld": 106, "wrong endpoint": 13, "wrong group": 8, "wrong statistic": 2}
SECOND_FIRST_CONTACT = {"right": 41, "withheld": 33, "wrong endpoint": 0, "wrong group": 0, "wrong statistic": 0}
WRONG = ("wrong endpoint", "wrong group", "wrong statistic")


def test_the_corpora_have_their_gold() -> None:
    assert len(CORPUS) == len(FORMS) >= 30 and len(SECOND) == len(SECOND_FORMS) >= 10
    assert len(THIRD) == len(THIRD_FORMS) >= 7


def test_second_look_ratchet() -> None:
    overall = totals(score(CORPUS, FORMS))
    assert overall["right"] >= 138 > FIRST_CONTACT["right"]
    assert all(overall[k] == 0 for k in WRONG) and overall["missed"] == 0


def test_second_instances_ratchet() -> None:
    overall = totals(score(SECOND, SECOND_FORMS))
    assert overall["right"] >= 68 > SECOND_FIRST_CONTACT["right"]
    assert all(overall[k] == 0 for k in WRONG) and overall["missed"] == 0


def test_third_instances_ratchet() -> None:
    overall = totals(score(THIRD, THIRD_FORMS))
    assert overall["right"] >= 24 >= THIRD_FIRST_CONTACT["right"]
    assert all(overall[k] == 0 for k in WRONG) and overall["missed"] == 0


def test_no_binding_kind_reads_a_number_wrong() -> None:
    kinds = by_binding(score(CORPUS, FORMS) + score(SECOND, SECOND_FORMS) + score(THIRD, THIRD_FORMS))
    assert not {k: c for k, c in kinds.items() if any(w in c for w in WRONG)}


def _read(paragraph: str, context: str | None = None) -> dict[float, tuple[str, str | None, str | None]]:
    records, _ = read_paragraphs([context, paragraph] if context else [paragraph])
    return {r.value: (r.statistic, r.row[-1] if r.row else None, r.arm) for r in records if r.value is not None}


def test_a_key_said_once_per_population_is_withheld() -> None:
    read = _read(
        "The study included 812 treated patients (mean [SD] age, 61.3 [9.2] years) and 1604 untreated patients "
        "(mean [SD] age, 59.8 [10.4] years)."
    )
    assert not {61.3, 9.2, 59.8, 10.4} & set(read)


def test_one_ratio_of_two_groups_set_against_each_other_is_no_group_s() -> None:
    read = _read("The rate ratio of admission in the treated vs untreated cohorts was 0.41 (95% CI, 0.30-0.55).")
    assert 0.41 not in read or read[0.41][2] is None


def test_a_ratio_for_list_of_known_outcomes_is_read() -> None:
    read = _read("The hazard ratio was 0.71 (0.55-0.92) for overall survival and 0.64 (0.50-0.81) for PFS.")
    assert read[0.71][:2] == ("hr", "overall survival") and read[0.55][0] == "ci_low"
    assert read[0.64][0] == "hr" and read[0.64][1] in ("PFS", "progression-free survival")


def test_a_ratio_for_list_of_drugs_is_withheld() -> None:
    read = _read(
        "Pooled hazard ratios were 0.81 (95% CI 0.70-0.93) for canagliflozin and 0.77 (0.66-0.90) for ertugliflozin."
    )
    assert not {0.81, 0.77} & set(read)


def test_a_key_gives_its_statistics_to_the_subjects_listed_after_it() -> None:
    read = _read("Median (range) age was 47 (21-80) years, weight 66 (48-120) kg and height 171 (150-190) cm.")
    assert read[66.0][:2] == ("median", "weight") and read[48.0][0] == "min" and read[120.0][0] == "max"
    assert read[171.0][:2] == ("median", "height")


def test_a_group_inside_an_earlier_bracket_is_the_bracket_s() -> None:
    read = _read("Of 90 adults enrolled (45 each in the exercise and control groups), 81 (90.0%) completed the study.")
    assert 81.0 not in read or read[81.0][2] is None
