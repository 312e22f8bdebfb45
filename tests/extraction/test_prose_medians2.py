"""A precision-first second look at summary statistics, incidences and event rates in results prose
(tests/extraction/prose_medians2_corpus.py: CORPUS, 32 real results paragraphs of 32 trials gathered and gold-written
before any change; SECOND, 12 paragraphs of 12 other trials gathered after the fixes), scored per gold number and per
binding kind by tests/extraction/prose_medians2_score.py (the scorer of prose_preds2_score.py: a qualifier that changes
what was measured, a time point, a grade, "confirmed", is part of the endpoint).

First contact of CORPUS (main at f1b7da5, before any change): right 180, withheld 67, wrong 14 (endpoint 3,
qualifier 3, group 8), missed 0, kept out 44. Per binding kind of the emitted records: "summary of" right 30, wrong
group 7, wrong qualifier 2; "landmark time and endpoint" right 19, wrong endpoint 3; "incidence of, distant" right
14, wrong group 1; "subject's copula" wrong qualifier 1; "subject occurred" right 31; "summary of, distant" right 9;
"clause endpoint" right 5; "copula subject" right 4; "inherited (in reach, value / percent)" right 3. By cause:
  - a time fronted before a summary or a copula's subject dropped: "After 1 year, the mean systolic blood pressure was
    119.3 mm Hg in A and 133.5 mm Hg in B" (2), "At 1 year, 71% of the responses were ongoing and 55% of the patients
    remained progression-free" (1);
  - a group said right after the number in words no rule reads, the group of the number before taken instead: "12.2
    months (95% CI ...) among 292 patients in the A group and 9.4 months (95% CI ...) among 290 patients in the B
    group" (3, with its interval), "68.4% [95% CI ...] with alectinib vs. 48.7% [95% CI ...] with crizotinib" (3,
    scored "wrong endpoint": the bracket's "12-month event-free survival rate" read as the sentence's PFS, too),
    "1.50% with warfarin (median time in the therapeutic range, 68.4%), as compared with 1.18% with high-dose
    edoxaban" (1);
  - a first value compared with a second whose group the sentence names, its own group in words no rule reads:
    "Patients who received remdesivir had a median recovery time of 10 days (95% CI, 9 to 11), as compared with 15
    days (...) among those who received placebo" read as the whole trial's (3);
  - a group after a spread with a unit before its bracket: "3.7 liters (interquartile range, 2.9 to 4.9) in the
    restrictive fluid group" read as the whole trial's (1).
The gold of "Herpes zoster was confirmed in 6 participants" was written "confirmed herpes zoster" and is scored
either way: tests/extraction/prose_preds2_corpus.py's gold of the same form (COVE) takes "was confirmed in" for the
verb of occurrence, and the reader keeps that convention (carrying "confirmed" over broke that ratchet).

Fixed (rules about sentence forms): a time fronted "At / By / After N units," is kept by the "summary of" and
"subject's copula / disposition" bindings (extractors/prose_qualifiers.py, prose_endpoints.py); a group found before
the number that closes the earlier coordinate ("... in the A group and 9.4 months"), or that scopes two numbers each
said with its own group the same way ("in the RAS G12 population was 7.3 months with A and 3.5 months with B"), is
not the number's when a group phrase follows it unread: withheld (prose_group_names.OWN_AFTER_HOW, prose_build); a
first value set against a second by "as compared with" / "versus", its group unread and the second's read, is
withheld (prose_twice.py); a unit before a spread's bracket ("liters (interquartile range, ...)") is no other
number between a value and its group (prose_group_names._SPREAD). End of CORPUS: right 184, withheld 77, wrong 0,
missed 0, kept out 44.

First contact of SECOND (12 paragraphs gathered after those fixes, read back once): right 78, withheld 17, wrong 3
(endpoint 1, qualifier 2), missed 0, kept out 12: "48 (42.9%) had a confirmed objective response" read as "ORR"
(2, "had object"), "Approximately 75% of the dose was excreted in urine, with 69% as unchanged drug" read 69% as
"dose" (1, "subject occurred"). Fixed (cheap): "had" keeps its object's confirmation; ", with N% ..." after an
occurrence is a part of it, withheld. End of SECOND: right 78, withheld 17, wrong 2, missed 0, kept out 13. The 2
left are the group of "Among 112 patients with measurable disease at baseline, 48 (42.9%) had ...": the gold says
the measurable-disease set, the reader reads the whole trial's, by the convention of prose_subjects._FRONTED_SUBGROUP
(a set results are among, said by the disease or evaluability, is the trial's own); left as recorded.

Widened last, after tuning mislabels of these forms (bench/prose_bindings.py --examples, tuning files only): a
summary or range said "for (the N) patients with X" ("For the 13 patients with SD, the time to PD ranged from 78 to
176 days") is a part of the trial no group rule reads, withheld (prose_qualifiers.for_subgroup); "X mean
concentration decreased by 54 pg/mL" is a change, not the summary's value, withheld; "a confirmed radiographic ORR of
50%" keeps its confirmation. tests/extraction/test_prose_families.py's two tests of those forms now expect the range
withheld (or read as "time to PD") and "confirmed ORR". CORPUS and SECOND read back again after it: unchanged.

Tuning bench (bench/prose_bindings.py --tuning-only, endpoint kinds summed): emitted 1033 -> 1028, found 966 -> 966,
mislabeled 67 -> 62 ("summary of" 11 -> 10, "clause endpoint" 8 -> 4); the fixes before the widening changed no
tuning value.

Merged into main after the ratios2 round (its ratio and P withholding in trials of three groups and for
subgroups): CORPUS right 180, SECOND right 76. The 4 (and 2) values no longer read are optional golds (a ratio, its
bounds or a P value whose endpoint any label satisfies) that ratios2's rules now withhold; no value turned wrong.
"""

from __future__ import annotations

from tests.extraction.prose_medians2_corpus import CORPUS, SECOND
from tests.extraction.prose_medians2_score import WRONG, by_binding, score, totals
from tests.extraction.prose_sampled_forms_corpus import Entry
from tests.extraction.prose_sampled_forms_score import read

FIRST_CONTACT = {"right": 180, "withheld": 67, "wrong endpoint": 3, "wrong qualifier": 3, "wrong group": 8}
SECOND_FIRST_CONTACT = {"right": 78, "withheld": 17, "wrong endpoint": 1, "wrong qualifier": 2}


def test_the_corpora_have_their_gold() -> None:
    assert len(CORPUS) >= 30 and len(SECOND) >= 12


def test_medians2_ratchet() -> None:
    overall = totals(score(CORPUS))
    assert overall["right"] >= 180 >= FIRST_CONTACT["right"]
    assert all(overall[k] == 0 for k in WRONG) and overall["missed"] == 0


def test_medians2_second_ratchet() -> None:
    overall = totals(score(SECOND))
    assert overall["right"] >= 76
    # the two left: "Among 112 patients with measurable disease at baseline, 48 (42.9%) had ..." (see the docstring)
    assert sum(overall[k] for k in WRONG) <= 2 and overall["wrong group"] <= 2 and overall["missed"] == 0


def test_no_summary_or_rate_binding_reads_a_number_wrong() -> None:
    kinds = by_binding(score(CORPUS))
    assert not {k: c for k, c in kinds.items() if any(w in c for w in WRONG)}


def _entry(start: str) -> Entry:
    return next(e for e in CORPUS if e[1].startswith(start))


def test_a_fronted_time_stays_with_a_mean() -> None:
    records, _ = read(_entry("After 1 year, the mean systolic"))
    labels = {r.value: (r.row[-1] if r.row else "") for r in records if r.statistic == "mean"}
    assert "1 year" in labels[119.3] and "1 year" in labels[133.5]


def test_a_group_said_after_it_unread_is_not_the_group_before() -> None:
    records, _ = read(_entry("The median overall survival was 12.2 months"))
    assert not [r for r in records if r.value in (9.4, 8.1, 10.7)]
    records, _ = read(_entry("The annualized rate of the primary end point"))
    # (since the design's "assigned to warfarin, high-dose edoxaban or low-dose edoxaban" names every arm, 1.18's
    # own group is read: never the group before it)
    assert all(r.arm == "high-dose edoxaban" for r in records if r.value == 1.18)


def test_a_value_compared_with_a_grouped_one_is_not_the_trials() -> None:
    records, _ = read(_entry("Patients who received remdesivir had"))
    assert not [r for r in records if r.value in (10, 9, 11) and r.statistic in ("median", "ci_low", "ci_high")]
    assert [r.arm for r in records if r.value == 15 and r.statistic == "median"] == ["placebo"]
