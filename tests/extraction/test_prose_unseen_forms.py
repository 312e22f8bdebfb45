"""Prose forms found by measuring two real papers before any rule was written for them (issue 9): a myeloma
author manuscript (nyeso1) and an abstract-book page (abs-imm0306), both tuning by hash. What they showed is a
family each, written here with other numbers and words: a definition's threshold and a bound said in words were
read as results (wrong statistics), a time point "day +100" as a count, IMWG response categories as PR / CR, a
fraction word as an endpoint, and the size of a set as its clause's endpoint."""

from __future__ import annotations

from extractors.prose import read_paragraphs
from schemas.records import Record


def _read(*sentences: str) -> tuple[list[Record], list[str]]:
    records, findings = read_paragraphs(list(sentences))
    return records, [f.message for f in findings]


def _at(records: list[Record], value: float) -> list[Record]:
    return [r for r in records if r.value == value]


def test_a_definitions_thresholds_are_reported_not_read_as_results() -> None:
    records, messages = _read(
        "A partial response was defined as a decrease of at least 40% in the serum paraprotein, and a minimal "
        "response as a decrease of 25%; progression required an increase of 30% from the nadir.",
        "Near complete response (nCR) was defined by a marrow with less than 4% plasma cells.",
    )
    assert not _at(records, 40.0) and not _at(records, 25.0) and not _at(records, 4.0)
    assert sum("threshold of a definition" in m for m in messages) >= 3


def test_a_result_before_a_bracketed_definition_is_still_read() -> None:
    records, _ = _read("Twelve of 18 patients (66.7%) had a very good partial response (VGPR, defined as a 90% fall).")
    assert [r.statistic for r in _at(records, 66.7)] == ["percent"]
    assert not _at(records, 90.0)


def test_a_bound_said_in_words_is_no_median() -> None:
    records, messages = _read(
        "The estimated median OS was 27.4 months, and the corresponding 95% CI lower bound was 11.2 months."
    )
    assert [r.statistic for r in _at(records, 27.4)] == ["median"]
    assert not _at(records, 11.2)
    assert any("one bound of an interval" in m for m in messages)


def test_a_ci_introduced_by_the_corresponding_is_the_interval() -> None:
    records, _ = _read(
        "With a median follow-up of 17.3 months (the corresponding 95% CI: 10.4-20.8 months), 9 were alive."
    )
    assert {r.statistic for r in records if r.value in (10.4, 20.8)} == {"ci_low", "ci_high"}
    assert not [r for r in _at(records, 20.8) if r.statistic == "median"]  # the upper bound had been a median


def test_a_day_is_a_time_point_not_a_count() -> None:
    records, _ = _read("Maintenance with 15 mg daily began at day +90 after transplant in patients who had recovered.")
    assert not _at(records, 90.0)


def test_the_follow_up_is_no_pfs_parameter() -> None:
    records, _ = _read("After a median follow-up of 26 months, the median PFS was 13.5 months.")
    (follow,) = _at(records, 26.0)
    assert follow.row == ["follow-up"] and follow.parameter != "PFS"
    (pfs,) = _at(records, 13.5)
    assert pfs.parameter == "PFS"


def test_a_median_that_has_remained_is_its_subjects() -> None:
    records, _ = _read("After a median follow-up of 31 months the median PFS has remained the same at 17.8 months.")
    assert [r.row for r in _at(records, 17.8)] == [["PFS"]]


def test_imwg_categories_are_not_pr_or_cr() -> None:
    records, _ = _read(
        "Three patients had a very good partial response (VGPR).",
        "Four patients had a near complete response.",
        "Two patients had a stringent complete response.",
    )
    assert [r.row for r in _at(records, 3.0)] == [["VGPR"]]
    assert [r.row for r in _at(records, 4.0)] == [["nCR"]]
    assert [r.row for r in _at(records, 2.0)] == [["sCR"]]


def test_a_fraction_word_is_no_endpoint() -> None:
    records, _ = _read("A quarter (26%) of the screened patients carried the variant.")
    assert not [r for r in _at(records, 26.0) if r.row == ["quarter"]]


def test_the_size_of_a_set_is_not_its_clauses_endpoint() -> None:
    records, _ = _read("Among 21 response evaluable patients, the ORR was 61.9% and the CR rate was 28.6%.")
    (size,) = _at(records, 21.0)
    assert size.row == ["response evaluable"]
    assert [r.row for r in _at(records, 61.9)] == [["ORR"]]


def test_a_set_described_after_its_noun_keeps_the_old_reading() -> None:
    records, _ = _read("In the 14 patients who had received prior radiotherapy, the ORR was 50%.")
    assert not [r for r in _at(records, 14.0) if r.row == [""]]


def test_a_prior_therapy_is_not_the_study_treatment() -> None:
    records, _ = _read("All 19 pts received previous anti-CD38 therapy and 7 had refractory disease.")
    (prior,) = _at(records, 19.0)
    assert prior.row == ["previous anti-CD38 therapy"]


def test_a_cohorts_size_after_a_share_is_no_count_of_its_endpoint() -> None:
    # written and read back: "(n = 36)" after "25.0% in the B cohort" had inherited the ORR as a count of 36
    paragraphs = [
        "In the PD-L1-positive cohort (n = 28), the ORR was 46.4%, compared with 25.0% in the PD-L1-negative "
        "cohort (n = 36).",
        "Responses in the PD-L1-positive cohort were durable, and the PD-L1-negative cohort had shorter responses.",
    ]
    records, messages = _read(*paragraphs)
    assert not [r for r in _at(records, 36.0) if r.row == ["ORR"]]
    assert [r.row for r in _at(records, 25.0)] == [["ORR"]]
    assert any("does not tell which" in m for m in messages) or [r.row for r in _at(records, 36.0)] == [["population"]]


def test_a_bracketed_pairs_endpoint_is_named_before_its_bracket() -> None:
    # written and read back: the two rates had been filed under the duration of response named after the bracket
    records, _ = _read(
        "The response rate was higher in the drug A group than in the placebo group (39.1% vs. 20.4%), the median "
        "duration of response was longer (not reached [range, 2.1+ to 13.0+ months] vs. 5.9 months [range, 1.8+ to "
        "11.2+]).",
        "Patients in the drug A group and the placebo group were followed for survival.",
    )
    assert {r.row[-1] for r in records if r.value in (39.1, 20.4)} == {"ORR"}
    # the not-reached median is the first of a pair its clause gives no groups: reported, not given the last group
    assert not [r for r in records if r.row == ["DoR"] and r.arm]


def test_a_complete_response_rate_is_no_orr() -> None:
    records, _ = _read("The complete response rate was 21.3% and the response rate was 52.0%.")
    assert [r.row for r in _at(records, 21.3)] == [["CR"]]
    assert [r.row for r in _at(records, 52.0)] == [["ORR"]]


def test_an_estimate_takes_the_statistic_of_its_own_clause() -> None:
    # "the median Tmax" later in the sentence had made the Cmax a median
    records, _ = _read(
        "After a single 150-mg dose, Cmax was 980 ng/mL (CV, 27%) and the median Tmax was 3.0 h (range, 1.0-6.0)."
    )
    assert [r.statistic for r in _at(records, 980.0)] != ["median"]
    assert [r.statistic for r in _at(records, 3.0)] == ["median"]


def test_a_grade_range_is_one_term_and_a_next_clause_is_not() -> None:
    # written and read back: "a grade 3 or 4 TEAE" had been cut to "grade 3" (another scope); the first fix ran
    # "had AF and 2 had stroke" into one label, so only a grade's "or"/"and" joins
    records, _ = _read(
        "Of the 45 patients treated, 12 (26.7%) experienced a grade 3 or 4 TEAE.",
        "Three patients had atrial flutter and 2 had stroke.",
    )
    assert [r.row for r in _at(records, 26.7)] == [["grade 3 or 4 TEAE"]]
    assert not [r for r in records if r.row and "stroke" in r.row[-1] and r.value == 3.0]


def test_none_of_n_is_no_count() -> None:
    records, messages = _read(
        "Dose-limiting toxicities occurred in 2 of 6 patients at 300 mg and in none of 7 patients at 200 mg."
    )
    assert not _at(records, 7.0)
    assert any("'none of'" in m for m in messages)


# Forms a helper wrote and read back (about 180 sentences, none from a golden file); each had been emitted wrong.

NIVO = (
    "Patients were assigned to the pembrolizumab-plus-axitinib group, the pembrolizumab group or the axitinib group; "
    "the pembrolizumab group and the pembrolizumab-plus-axitinib group were compared."
)


def test_a_combination_arm_keeps_its_whole_name() -> None:
    records, _ = _read(
        NIVO,
        "Median PFS was 13.1 months in the pembrolizumab-plus-axitinib group and 5.2 months in the pembrolizumab "
        "group.",
        "The objective response rate was 61% with pembrolizumab plus axitinib and 37% with pembrolizumab alone.",
    )
    assert [r.arm for r in _at(records, 13.1)] == ["pembrolizumab-plus-axitinib group"]
    assert [r.arm for r in _at(records, 61.0)] == ["pembrolizumab plus axitinib"]
    assert [r.arm for r in _at(records, 37.0)] == ["pembrolizumab"]


def test_a_compared_value_after_as_compared_with_keeps_a_clean_group() -> None:
    records, _ = _read(
        "Patients were assigned to the gefitinib group or the placebo group; the gefitinib group and placebo group "
        "were balanced.",
        "Median overall survival was 8.1 months in the gefitinib group, as compared with 5.9 months in the placebo "
        "group.",
    )
    assert [r.arm for r in _at(records, 5.9)] == ["placebo group"]


def test_numbers_inside_names_thresholds_and_qualifiers_are_no_values() -> None:
    records, _ = _read(
        "Patients were enrolled in cohort 1 or cohort 2; cohort 1 and cohort 2 received different doses.",
        "Rash occurred in 35% of cohort 1 patients and 52% of cohort 2 patients.",
        "The 6-month PFS rate was 44% (one-sided 80% lower confidence bound, 36%).",
        "Of the 30 responders, 19 (63%) had a response lasting 12 months or longer.",
    )
    assert not [r for r in records if r.value in (1.0, 2.0, 80.0, 12.0)]
    assert not [r for r in _at(records, 36.0) if r.statistic != "ci_low"]
    assert [r.arm for r in _at(records, 52.0)] == ["cohort 2"]


def test_a_relative_change_is_no_share_of_patients() -> None:
    records, messages = _read(
        "The trial compared drug E with placebo; the drug E group and the placebo group were balanced.",
        "At 12 months, 58% of the drug E group and 21% of the placebo group were free of progression (72% reduction "
        "in risk; hazard ratio, 0.28; 95% CI, 0.20 to 0.39).",
    )
    assert not _at(records, 72.0)
    assert any("relative change" in m for m in messages)


def test_a_geometric_mean_and_a_responses_category() -> None:
    records, _ = _read(
        "Pharmacokinetics were assessed after the first dose.",
        "Geometric mean Cmax was 388 ng/mL (CV 24%).",
        "Complete or partial responses were observed in 19 patients (28%).",
    )
    assert [r.statistic for r in _at(records, 388.0)] == ["geometric_mean"]
    assert {r.row[-1] for r in records if r.value in (19.0, 28.0)} == {"ORR"}


def test_respectively_with_no_groups_in_its_sentence_is_reported() -> None:
    records, messages = _read(
        "The trial compared drug E with placebo; the drug E group and the placebo group were balanced.",
        "Death from any cause occurred in 118 (7.4%) and 151 (9.5%) patients, respectively (HR 0.78).",
        "Among 15 response-evaluable patients, the ORR and DCR were 40.0% and 73.3%, respectively.",
    )
    assert not [r for r in records if r.value in (118.0, 7.4, 151.0, 9.5)]
    assert any("'respectively'" in m for m in messages)
    assert [r.row for r in _at(records, 40.0)] == [["ORR"]]  # a list of endpoints is still lined up


def test_a_clause_that_leaves_out_its_verb_names_its_own_subject() -> None:
    records, messages = _read(
        "Safety was assessed in all 64 treated patients.",
        "Grade 3 fatigue occurred in 7 patients (11%) and grade 4 neutropenia in 2 patients (3%).",
        "Adverse events leading to dose interruption occurred in 30% of patients and those leading to "
        "discontinuation in 6%.",
        "Serious adverse events were reported in 14 patients (22%), of which 4 (6%) were considered related.",
    )
    assert [r.row for r in _at(records, 3.0)] == [["grade 4 neutropenia"]]
    assert not _at(records, 6.0)
    assert not [r for r in records if r.value == 4.0 and r.row]
    assert any("leaves out the verb" in m for m in messages)
    assert any("of which" in m for m in messages)


def test_an_age_cut_off_is_no_landmark_and_no_whole_trial_value() -> None:
    records, messages = _read(
        "Forty patients were treated.",
        "Response rates did not differ by age (<70 years, 41%; ≥70 years, 33%).",
        "Among patients younger than 70 years, the response rate was 44%, and among those 70 years or older, 31%.",
    )
    assert not [r for r in records if r.value in (41.0, 33.0, 44.0, 31.0)]
    assert not [r for r in records if r.row and "70-year" in r.row[-1]]
    assert any("age subgroup" in m for m in messages)


def test_a_count_takes_the_verb_said_of_it() -> None:
    records, _ = _read(
        "We report the results of the trial.",
        "We screened 1,402 patients, of whom 906 underwent randomization.",
        "Of 1,955 patients screened, 1,010 underwent randomization.",
    )
    assert [r.row for r in _at(records, 1402.0)] == [["screened"]]
    assert [r.row for r in _at(records, 1955.0)] == [["screened"]]


def test_respectively_that_lines_up_terms_leaves_a_lone_count_alone() -> None:
    # "One subject experienced two adverse events (dizziness and headache ..., respectively)": no list of values
    records, _ = _read(
        "One subject experienced two adverse events (rash and nausea after the first and second doses, respectively)."
    )
    assert [r.value for r in records if r.statistic == "count" and r.value == 1.0]


def test_a_ratio_of_geometric_means_is_no_geometric_mean() -> None:
    # "Geometric mean" now types an estimate; a ratio of such means must not become one (an AUCinf of 1.05)
    records, _ = _read(
        "Pharmacokinetics were assessed in the fed and fasted states.",
        "The fed/fasted ratio of geometric least-squares means was 1.08 (90% CI 0.97-1.20) for AUCinf.",
        "The hazard ratio for death was 0.71 (95% CI, 0.55 to 0.92).",
    )
    assert [r.statistic for r in _at(records, 1.08)] == ["value"]
    assert [r.row for r in _at(records, 0.71)] == [["death"]]


def test_what_a_comparison_introduces_is_a_group_not_an_endpoint() -> None:
    records, _ = _read(
        "Baseline characteristics were balanced.",
        "Rash was more frequent with drug T (14% at 100 mg) than with placebo (3%).",
        "Rates were lower with sunitinib (19%) than with capecitabine (25%).",
        "Comorbidities included patients with hypertension (32%) and patients with diabetes (18%).",
    )
    assert not [r for r in records if r.row and r.row[-1] in ("drug T", "placebo", "sunitinib", "capecitabine")]
    assert [r.row for r in _at(records, 32.0)] == [["hypertension"]]


def test_an_item_of_a_bracketed_breakdown_takes_no_predicate() -> None:
    records, _ = _read(
        "Patients were assigned to the high-dose group or the low-dose group; the high-dose group and low-dose group "
        "were balanced.",
        "Rash (high-dose, 21%; low-dose, 14%) and cough (high-dose, 16%; low-dose, 11%) were the most common events.",
        "Forty patients (40%) were female.",
    )
    assert not [r for r in records if r.row and "most common" in r.row[-1]]
    assert [r.row for r in _at(records, 40.0) if r.statistic == "percent"] == [["female"]]
