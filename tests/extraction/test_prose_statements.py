"""What each kind of result statement says, read from sentences written in the style of trial papers
(extractors/prose.py ``read_paragraphs``): the value, its statistic, its endpoint (``row``), its group
(``arm``) and its denominator."""

from __future__ import annotations

from extractors.prose import read_paragraphs
from extractors.prose_accounting import OTHER_STUDY
from schemas.records import Record
from trialex.evaluate import endpoint_matches, group_matches


def _read(*paragraphs: str) -> list[Record]:
    return read_paragraphs(list(paragraphs))[0]


def _one(records: list[Record], statistic: str, value: float) -> Record:
    found = [r for r in records if r.statistic == statistic and r.value == value]
    assert len(found) == 1, [(r.statistic, r.value, r.raw) for r in records]
    return found[0]


def _about(record: Record) -> tuple[str, str | None]:
    return record.row[-1], record.arm


# --- n of N (x%), with the arm the clause names after it ---------------------------------------------------


def test_n_of_n_in_each_arm() -> None:
    recs = _read(
        "The primary outcome occurred in 608 of 4668 patients (13.0%) in the liraglutide group and in 694 of "
        "4672 patients (14.9%) in the placebo group."
    )
    first, second = _one(recs, "count", 608), _one(recs, "count", 694)
    assert (first.denominator, second.denominator) == (4668, 4672)
    assert _about(first) == ("primary outcome", "liraglutide group")
    assert _about(second) == ("primary outcome", "placebo group")  # the group after it, not the one before
    assert _about(_one(recs, "percent", 14.9)) == ("primary outcome", "placebo group")


def test_percent_of_patients_in_later_coordinate() -> None:
    recs = _read(
        "At 2 years, the primary endpoint had occurred in 12.2% of patients in the ablation group and in 27.0% "
        "of patients in the drug-therapy group."
    )
    # the time point fronted before the subject is part of what was counted (tests/extraction/prose_preds2_corpus.py)
    assert _about(_one(recs, "percent", 12.2)) == ("primary endpoint at 2 years", "ablation group")
    assert _about(_one(recs, "percent", 27.0)) == ("primary endpoint at 2 years", "drug-therapy group")


# --- "respectively" lists ------------------------------------------------------------------------------------


def test_respectively_pairs_values_with_groups() -> None:
    recs = _read(
        "Hospitalization for heart failure occurred in 3.1% and 4.4% of patients in the semaglutide and placebo "
        "groups, respectively."
    )
    assert _about(_one(recs, "percent", 3.1)) == ("Hospitalization for heart failure", "semaglutide group")
    assert _about(_one(recs, "percent", 4.4)) == ("Hospitalization for heart failure", "placebo group")


def test_respectively_with_arms_named_without_group_and_a_comparator_after() -> None:
    recs = _read(
        "Patients were randomly assigned to LCI699 or eplerenone or placebo. Hyponatremia was reported more "
        "frequently with LCI699 and eplerenone treatment (5.6% and 6.1%, respectively) than with placebo (0%)."
    )
    placebo = _one(recs, "percent", 0.0)
    assert _about(placebo) == ("Hyponatremia", "placebo")  # the arm before the bracket, not an endpoint


# --- X vs Y comparisons, and the p-value of a comparison -------------------------------------------------------


def test_vs_comparison_and_its_p_value() -> None:
    recs = _read(
        "Conversion to sinus rhythm within 90 minutes occurred in 69 of 100 patients (69%) in the vernakalant "
        "group and in 43 of 100 patients (43%) in the ibutilide group (P = 0.0002)."
    )
    assert _one(recs, "count", 43).arm == "ibutilide group"
    p = _one(recs, "p", 0.0002)
    assert p.arm is None  # a contrast between arms is about the trial
    assert endpoint_matches("conversion to sinus rhythm", p.row[-1])


def test_second_value_of_a_comparison_takes_the_first_ones_endpoint() -> None:
    recs = _read(
        "Patients were assigned to the vernakalant group or the ibutilide group. The median time to conversion "
        "was 12 minutes (IQR 8-24) with vernakalant and 26 minutes (IQR 15-45) with ibutilide."
    )
    later = _one(recs, "median", 26)
    assert _about(later) == ("time to conversion", "ibutilide")
    assert (_one(recs, "q1", 15).value, _one(recs, "q3", 45).value) == (15, 45)  # an IQR gives quartiles


# --- numbers in words ------------------------------------------------------------------------------------------


def test_number_in_words_with_what_they_achieved() -> None:
    recs = _read("Fifty-nine patients (67.8%, 95% CI 56.9-77.4) achieved disease control.")
    count = _one(recs, "count", 59)
    assert _about(count) == ("DCR", None)
    assert _one(recs, "ci_high", 77.4).row == count.row


def test_counts_named_by_their_verb() -> None:
    recs = _read(
        "Of 68 patients enrolled, 62 were evaluable for efficacy. Twelve patients (11.2%) discontinued "
        "treatment because of adverse events."
    )
    assert _one(recs, "count", 68).row == ["enrolled"]
    assert _one(recs, "count", 62).row == ["evaluable"]
    assert _one(recs, "count", 12).row == ["discontinued"]


def test_a_total_is_the_whole_trial() -> None:
    recs = _read(
        "A total of 1125 patients were randomly assigned to receive enzalutamide (563 patients) or standard "
        "care (562 patients)."
    )
    assert _one(recs, "count", 1125).arm is None
    assert _one(recs, "count", 563).arm == "enzalutamide"
    assert _one(recs, "count", 562).arm == "standard care"


# --- hazard ratios with CI and p -------------------------------------------------------------------------------


def test_hazard_ratio_with_ci_and_p() -> None:
    recs = _read(
        "The median overall survival was not reached in the abiraterone group and was 34.7 months in the placebo "
        "group (hazard ratio for death, 0.62; 95% CI, 0.51 to 0.76; P<0.001)."
    )
    hr = _one(recs, "hr", 0.62)
    assert (hr.row, hr.arm) == (["death"], None)
    assert _one(recs, "ci_low", 0.51).row == ["death"] and _one(recs, "ci_high", 0.76).arm is None
    assert _one(recs, "median", 34.7).arm == "placebo group"
    p = _one(recs, "p", 0.001)
    assert p.qualifier == "<" and p.arm is None


def test_hazard_ratio_after_counted_deaths() -> None:
    recs = _read(
        "There were 102 deaths in the enzalutamide group and 143 deaths in the standard-care group (hazard "
        "ratio, 0.67; 95% CI, 0.52 to 0.86; P=0.002)."
    )
    assert _one(recs, "hr", 0.67).row == ["death"]  # not the follow-up, never a ratio's endpoint
    assert _about(_one(recs, "count", 143)) == ("deaths", "standard-care group")


# --- what a reviewer files a number under ----------------------------------------------------------------------


def test_subject_of_a_copula_names_the_endpoint() -> None:
    recs = _read("The relative bioavailability of oral syrup was 84.4 % (95 % CI 68.2-95.1 %).")
    assert _one(recs, "percent", 84.4).row == ["relative bioavailability of oral syrup"]


def test_ae_list_after_a_clause() -> None:
    recs = _read(
        "Grade ≥3 TEAEs occurred in 40 patients (58.8%); the most common were neutropenia (20.6%), "
        "thrombocytopenia (14.7%) and anemia (8.8%). CRS occurred in 32 patients (47.1%)."
    )
    assert _one(recs, "percent", 20.6).row == ["neutropenia"]
    assert _one(recs, "count", 32).row == ["CRS"]  # cytokine release syndrome, not complete responses


def test_predicate_names_a_baseline_share() -> None:
    recs = _read("The mean age was 62.3±9.1 years, and 71% were men.")
    assert _one(recs, "percent", 71).row == ["men"]
    assert _one(recs, "mean", 62.3).row == ["age"]


def test_paragraph_cohort_is_the_group_of_sentences_naming_none() -> None:
    recs = _read(
        "In all patients with TNBC, 22 of 87 patients (25.3%) had a partial response, with four responses at "
        "50 mg/m² and 18 at 70 mg/m². The median duration of response was 5.5 months (95% CI 4.3-9.4)."
    )
    assert _about(_one(recs, "median", 5.5)) == ("DoR", "TNBC")


# --- what is not this trial's data, and what cannot be told ----------------------------------------------------


def test_background_and_discussion_numbers_are_refused() -> None:
    recs, findings = read_paragraphs(
        [
            "In the ASCENT trial, the median PFS was 5.6 months (HR 0.41, p < 0.001) [12].",
            "Previous studies reported an ORR of 34.5% (10/29) with liposomal irinotecan, as Smith et al showed.",
        ]
    )
    # no statement reads them as this trial's; the accounting stage reports each number all the same, saying why
    assert recs == []
    assert {v.value for f in findings for v in f.values} == {5.6, 0.41, 0.001, 34.5, 10, 29}
    assert all(OTHER_STUDY in f.message for f in findings)


def test_a_number_whose_endpoint_cannot_be_told_is_a_finding() -> None:
    recs, findings = read_paragraphs(["This was seen in 12 of them (40%)."])
    assert recs == []
    assert findings and all(f.check == "prose-unread" for f in findings)


# --- how the benchmark compares labels (trialex/evaluate.py) ---------------------------------------------------


def test_label_matching_normalises_what_a_reviewer_reads_as_one_label() -> None:
    assert endpoint_matches("recurrence of AF within 4 weeks", "recurrence of atrial fibrillation")
    assert endpoint_matches("deaths", "death") and endpoint_matches("discontinuation", "discontinued")
    assert group_matches("delayed cardioversion", "delayedcardioversion group")  # a hyphen lost at a line end
    assert not group_matches("70 mg/m²", "170 mg/m²")
    assert not endpoint_matches("grade ≥3 neutropenia", "grade ≥3 diarrhea")
    assert not endpoint_matches("median PFS", "OS")
    assert not endpoint_matches("and", "any nice day")  # only acronyms printed in capitals stand for words
    # survival without a qualifier is overall survival; a qualified one is not; therapy = treatment
    assert endpoint_matches("24-month survival rate", "24-month OS rate")
    assert endpoint_matches("overall survival", "survival")
    assert not endpoint_matches("disease-free survival", "OS")
    assert not endpoint_matches("progression-free survival", "survival")
    assert endpoint_matches("received prior systemic therapy", "prior systemic treatment")


# --- more statement shapes --------------------------------------------------------------------------------------


def test_between_group_difference_takes_the_comparisons_endpoint() -> None:
    recs = _read(
        "Sinus rhythm at 4 weeks was present in 193 of 212 patients (91%) in the delayed group and in 202 of 215 "
        "(94%) in the early group (between-group difference, -2.9 percentage points; 95% CI, -8.2 to 2.2)."
    )
    difference = _one(recs, "value", -2.9)
    assert difference.arm is None  # a contrast between the arms
    assert endpoint_matches("sinus rhythm at 4 weeks", difference.row[-1])
    assert _one(recs, "ci_low", -8.2).row == difference.row


def test_range_named_by_its_subject() -> None:
    recs = _read("Admission temperature ranged from 38.1 to 41.2 °C.")
    assert (_one(recs, "min", 38.1).row, _one(recs, "max", 41.2).row) == (["Admission temperature"],) * 2


def test_passive_and_appositive_subjects() -> None:
    recs = _read(
        "Sinus rhythm was restored in 52 of 75 patients (69.3%). The primary end point, a composite of death from "
        "cardiovascular causes or stroke, occurred in 569 patients (6.5%) in the semaglutide group."
    )
    assert _one(recs, "count", 52).row == ["Sinus rhythm"]
    assert _about(_one(recs, "count", 569)) == ("primary end point", "semaglutide group")


def test_a_fronted_population_scopes_the_sentences_after_it() -> None:
    recs = _read(
        "Among 87 evaluable patients with mTNBC, 22 patients (25.3%) achieved a response. The DCR was 67.8%. "
        "The median PFS and OS were 4.8 months and 14.1 months, respectively."
    )
    assert _about(_one(recs, "percent", 67.8)) == ("DCR", "mTNBC")
    assert _about(_one(recs, "median", 4.8)) == ("PFS", "mTNBC")
    assert _about(_one(recs, "median", 14.1)) == ("OS", "mTNBC")


def test_a_share_of_patients_without_a_cue_is_not_told() -> None:
    recs, findings = read_paragraphs(["Of these, 279 patients (64%) remained."])
    assert not [r for r in recs if r.value == 279]
    assert any(v.value == 279 for f in findings for v in f.values)


def test_own_results_reported_are_data_other_trials_reported_are_not() -> None:
    recs = _read("Adverse events were reported in 45 patients (30.0%) in the placebo group.")
    assert _about(_one(recs, "count", 45)) == ("Adverse events", "placebo group")
    assert _read("As reported by Smith and colleagues, the ORR was 30% with docetaxel.") == []


def test_the_trial_named_throughout_is_this_one() -> None:
    own = "In the SELECT trial, the primary end point occurred in 569 patients (6.5%) in the semaglutide group."
    filler = "SELECT enrolled adults. " * 6
    recs = _read(filler, own)
    assert _one(recs, "count", 569).row == ["primary end point"]
    assert _read("The median PFS was 5.6 months in the ASCENT trial.") == []


def test_rate_units_and_time_points_are_not_results() -> None:
    recs = _read(
        "The rate of the primary outcome was 3.4 per 100 patient-years in the empagliflozin group. Overall, "
        "44 patients (36%) were free from atrial arrhythmia at 12 months in the ablation group."
    )
    assert [r.value for r in recs if r.statistic in ("count", "value") and r.value in (100, 12)] == []
    assert _about(_one(recs, "rate", 3.4)) == ("primary outcome", "empagliflozin group")
    assert _one(recs, "count", 44).row == ["free from atrial arrhythmia"]


def test_one_difference_between_two_arms_has_no_group() -> None:
    recs = _read(
        "Home systolic blood pressure fell by a mean of 8·70 mm Hg (95% CI 7·69–9·72) more with spironolactone "
        "than with placebo (p<0·0001)."
    )
    mean = _one(recs, "mean", 8.70)  # Lancet middle-dot decimals
    assert _about(mean) == ("Home systolic blood pressure", None)
    assert _one(recs, "p", 0.0001).row == mean.row


def test_elided_count_of_a_coordinated_statement() -> None:
    recs = _read(
        "Of the 1917 patients, 960 were assigned to abiraterone and 957 to the standard-of-care group. At a "
        "median follow-up of 40 months, 262 deaths had occurred in the standard-of-care group and 184 in the "
        "abiraterone group."
    )
    assert _about(_one(recs, "count", 957)) == ("assigned", "standard-of-care group")
    assert _about(_one(recs, "count", 184)) == ("deaths", "abiraterone group")
    assert _one(recs, "count", 960).denominator == 1917


def test_terms_listed_as_reasons_for_an_event_are_its_reasons() -> None:
    recs = _read(
        "TRAEs leading to permanent treatment discontinuation were reported in five patients (4.2%), including "
        "diarrhea (n = 3) and coma (n = 1). The waterfall plot showed tumor shrinkage in 53 (59.6%) of 87 patients."
    )
    assert _one(recs, "count", 3).row == ["discontinuation diarrhea"]  # not the frequency of diarrhea
    assert _one(recs, "count", 53).row == ["tumor shrinkage"]


# --- labels the layout does not bind are withheld (prose_doubts.py) ------------------------------------------


def _unread(*paragraphs: str) -> list[str]:
    return [f.message for f in read_paragraphs(list(paragraphs))[1]]


def test_sentence_running_across_two_columns_is_unread() -> None:
    """A word broken by a hyphen whose line goes on with other words: two columns were read as one line."""
    recs, findings = read_paragraphs(
        ["After randomization, conversion occurred spon- 1 patient declined to take part in 150 of 218 patients (69%)."]
    )
    assert [r for r in recs if r.value in (150, 69)] == []
    assert any("two columns" in f.message and "150 of 218" in f.message for f in findings)
    # "pre- and post-treatment" is one phrase, not two columns
    assert not any("two columns" in m for m in _unread("Pre- and post-treatment biopsies showed 12 of 20 (60%)."))


def test_a_new_clause_with_its_own_verb_takes_no_endpoint_from_the_one_before() -> None:
    recs, _ = read_paragraphs(
        [
            "In all, 5523 participants were screened and 200 patients already on previous anticoagulation for the "
            "prevention of stroke and embolism were randomly assigned to either dabigatran (N = 99) or warfarin."
        ]
    )
    assert _one(recs, "count", 5523).row == ["screened"]
    assert [r.row for r in recs if r.value == 200] == []  # not "screened": its own verb is too far to read


def test_an_elided_coordinate_takes_the_endpoint_of_the_statement_it_continues() -> None:
    recs = _read(
        "In all, 119 patients were enrolled, with 27 in the dose-escalation cohort and 92 in the expansion cohort."
    )
    assert _one(recs, "count", 92).row == ["enrolled"]


def test_golden_prose_value_is_matched_with_its_own_statement_first() -> None:
    """Two statements of a page with the same number: each golden value is paired with the record read from
    its own sentence; one whose sentence was not read is missing, not credited with the other's record."""
    from trialex.evaluate import compare

    recs = _read("Recurrence occurred in 50 patients (29%) in the early group.")
    golden = {
        "pdf": "x.pdf",
        "text": [
            {
                "page": 1,
                "raw": "127 patients (29%) anticoagulation",
                "endpoint": "anticoagulation",
                "group": None,
                "values": {"percent": 29},
            },
            {
                "page": 1,
                "raw": "50 patients (29%)",
                "endpoint": "recurrence",
                "group": "early",
                "values": {"percent": 29},
            },
        ],
    }
    report = compare(golden, recs)
    assert (report.sections["text"].found, report.sections["text_labelled"].found) == (1, 1)
    assert report.sections["text_labelled"].mislabeled == 0


def _why(paragraph: str, raw_start: str) -> str:
    """The reason the finding of the unread number whose raw text starts with ``raw_start`` gives."""
    found = [f.message for f in read_paragraphs([paragraph])[1] if f"'{raw_start}" in f.message]
    assert found, _unread(paragraph)
    return found[0]


def test_values_paired_with_groups_the_sentence_does_not_line_up_are_unread() -> None:
    s = (
        "The mean number of nights spent in the hospital did not differ significantly between the groups "
        "(5.8±21.9 and 5.1±15.5 days per year, respectively; P=0.23)."
    )
    assert "pairs" in _why(s, "5.8±21.9")
    assert "pairs" in _why(s, "5.1±15.5")


def test_the_name_before_a_paired_bracket_is_the_last_groups() -> None:
    s = (
        "Hypokalemia was reported more often with osilodrostat and spironolactone treatment (5.6% and 6.1%, "
        "respectively) than with placebo (0%)."
    )
    recs = _read(s)
    assert [r.value for r in recs if r.value in (5.6, 6.1)] == []  # not "spironolactone treatment" for 5.6
    assert _about(_one(recs, "percent", 0.0)) == ("Hypokalemia", "placebo")
    recs = _read(
        "More patients with the variant allele had grade ≥ 3 neutropenia than patients with wild type (75.0% vs. "
        "31.4%; p = 0.042)."
    )
    assert [r.arm for r in recs if r.value == 75.0] == []  # the variant carriers', not wild type's


def test_each_value_takes_the_group_said_right_after_it() -> None:
    recs = _read(
        "The incidence of grade ≥ 3 diarrhea was similar, with 22.2% in patients with homozygosity, 18.2% in those "
        "with single heterozygous and 13.6% in those with wild type (all p > 0.05)."
    )
    assert _one(recs, "percent", 22.2).arm == "homozygosity"
    assert _one(recs, "percent", 18.2).arm == "single heterozygous"
    assert _one(recs, "percent", 13.6).arm == "wild type"


def test_a_total_that_the_sentence_breaks_down_by_group_is_the_whole() -> None:
    recs = _read(
        "There were 14 deaths during the study (five deaths in the dabigatran group and nine deaths in the "
        "warfarin group, P 0.61)."
    )
    assert _about(_one(recs, "count", 14)) == ("deaths", None)
    assert _one(recs, "count", 9).arm == "warfarin group"
    recs = _read(
        "A total of 119 patients were enrolled, including 101 patients with metastatic TNBC and 18 patients with "
        "HER2-negative BCBM."
    )
    assert _about(_one(recs, "count", 119)) == ("enrolled", None)
    assert _one(recs, "count", 101).arm == "metastatic TNBC"


def test_a_group_size_whose_arm_cannot_be_read_in_a_breakdown_is_unread() -> None:
    s = (
        "A total of 155 patients (drug 0.25 mg BID [n=32], drug 1 mg QD [n=26], drug 0.5 mg ⁄ L mg BID [n=31], "
        "eplerenone 50 mg BID [n=33], placebo [n=33]) were randomized."
    )
    assert "breakdown by arm" in _why(s, "n=31")
    assert _one(_read(s), "count", 26).arm == "drug 1 mg QD"


def test_coordinates_qualified_their_own_way_are_unread() -> None:
    s = (
        "In the delayed group, conversion to sinus rhythm within 48 hours occurred spontaneously in 150 of 218 "
        "patients (69%) and after delayed cardioversion in 61 patients (28%)."
    )
    assert "qualified" in _why(s, "150 of 218")
    assert "qualified" in _why(s, "61 patients")


def test_an_estimator_without_its_measure_is_unread() -> None:
    s = "The Hodges–Lehmann estimate for the difference in medians between the groups was 30 minutes (95% CI, 6 to 51)."
    assert "estimator" in _why(s, "30 minutes")


def test_a_list_of_subgroups_is_unread() -> None:
    s = (
        "The subgroup analysis showed a consistent response in patients with ECOG performance status (PS) of 1 "
        "(17/73, 23.3%), metastatic organs ≥ 4 (7/24, 29.2%) and presence of CNS metastasis (2/8, 25.0%)."
    )
    assert [r for r in _read(s) if r.value in (2, 25.0)] == []
    assert "subgroups" in _why(s, "2/8")


def test_a_subject_redefined_by_an_appositive_is_unread() -> None:
    s = "An increased risk of stroke, as reflected by a risk score of 2 or higher, was seen in 279 patients (64%)."
    assert "appositive" in _why(s, "279 patients")


def test_a_between_group_difference_is_labelled_as_one() -> None:
    recs = _read(
        "The primary end point of sinus rhythm at 4 weeks occurred in 193 of 212 patients (91%) in the delayed "
        "group and in 202 of 215 (94%) in the early group (between-group difference, -2.9 percentage points; 95% "
        "confidence interval [CI], -8.2 to 2.2)."
    )
    difference = _one(recs, "value", -2.9)
    assert difference.row[-1].startswith("difference in") and difference.arm is None
    assert endpoint_matches("difference in sinus rhythm at 4 weeks", difference.row[-1])
    assert _one(recs, "count", 193).row == ["primary end point of sinus rhythm at 4 weeks"]


def test_a_population_named_by_its_acronym_scopes_its_clause() -> None:
    recs = _read("TNBC patients had received a median 3.0 (2-8) lines of chemotherapy prior to enrollment.")
    assert _one(recs, "median", 3.0).arm == "TNBC"
    recs = _read("Of all TNBC patients, 20.8% had received PD-1 inhibitors, and 23.8% had more than four sites.")
    assert _one(recs, "percent", 20.8).arm == "TNBC"
    assert _one(recs, "percent", 23.8).arm == "TNBC"


def test_all_n_patients_is_the_group_of_that_size() -> None:
    recs = _read(
        "We enrolled 101 patients with TNBC and 18 patients with HER2-negative BCBM.",
        "All 18 patients had progression after prior radiotherapy. All 119 patients discontinued the treatment.",
    )
    assert [r.arm for r in recs if r.value == 18 and r.row[0].startswith("progression")] == ["HER2-negative BCBM"]
    assert [r.arm for r in recs if r.value == 119] == [None]  # no group of 119 is stated: the whole trial


def test_label_matching_reads_true_synonyms_as_one() -> None:
    assert endpoint_matches("serious TRAE", "serious TEAEs related to HE072")
    assert not endpoint_matches("TEAE", "TEAEs related to HE072")  # related ones are not all of them
    assert endpoint_matches(
        "relative oral bioavailability vs intramuscular",
        "relative oral bioavailability compared to intramuscular dosing",
    )
    assert endpoint_matches("prior lines of systemic therapy", "previous lines")


def test_one_side_of_a_comparison_whose_own_group_is_unnamed_is_unread() -> None:
    s = "The relative bioavailability of oral syrup was 84.4 % (95 % CI 68.2–95.1 %) compared to intramuscular dosing."
    assert "compared with another group" in _why(s, "84.4 %")
    s = "Relative oral bioavailability compared to intramuscular dosing was estimated as 84.4 % (95 % CI 68.2–95.1 %)."
    assert "compared with another group" in _why(s, "84.4 %")


def test_an_arm_size_in_a_randomisation_clause_is_the_number_randomised() -> None:
    recs = _read(
        "In all, 200 patients already on anticoagulation were randomly assigned to either dabigatran (N = 99) or "
        "warfarin (N = 101) treatment."
    )
    assert _about(_one(recs, "count", 99)) == ("assigned", "dabigatran")
    assert _about(_one(recs, "count", 101)) == ("assigned", "warfarin")


def test_respectively_items_share_the_first_items_modifier() -> None:
    recs = _read("Topo I positivity and negativity were found in 11 (9.2%) and 78 patients (65.5%), respectively.")
    assert _one(recs, "count", 11).row == ["Topo I positivity"]
    assert _one(recs, "count", 78).row == ["Topo I negativity"]


def test_treatment_received_is_named_by_what_it_was_with() -> None:
    recs = _read("Few patients (20.8%) had previously received treatment with checkpoint inhibitors.")
    assert endpoint_matches("prior checkpoint inhibitors", _one(recs, "percent", 20.8).row[-1])
    recs = _read("In all, 12 patients received HE072 at 50 mg/m² dose level.")
    assert _one(recs, "count", 12).row == ["treated"]


# --- abstract style: lettered arms, a unit printed once, a ratio in the bracket of a paired statement --------


def test_lettered_arms_are_groups() -> None:
    recs = _read(
        "Mean pertuzumab Cmin at day 43 was 40.0 μg ml-1 (s.d.: 17.3) in Arm A and 62.7 μg ml-1 (29.1) in Arm B. "
        "Partial responses were achieved by 86% and 55% of patients in Arms A and B, respectively."
    )
    assert _one(recs, "mean", 40.0).arm == "Arm A"  # its own spread stands between, no other number
    assert _one(recs, "mean", 62.7).arm == "Arm B"
    assert _about(_one(recs, "percent", 86.0)) == ("PR", "Arm A")
    assert _about(_one(recs, "percent", 55.0)) == ("PR", "Arm B")
    recs = _read("Three patients in Arm A and two patients in Arm B had non-measurable disease.")
    assert _one(recs, "count", 2).arm == "Arm B"  # never "Arm A and two patients in Arm"


def test_values_with_one_unit_pair_with_groups_in_order_and_the_ratio_is_the_contrast() -> None:
    recs = _read(
        "Median PFS was 4.0 and 2.5 months for GV and GP arms, respectively (95% CI, 2.5 to 5.3 and 1.9 to 3.8, "
        "respectively; adjusted hazard ratio, 0.81; 95% CI, 0.54 to 1.21; P = .30)."
    )
    assert _about(_one(recs, "median", 4.0)) == ("PFS", "GV arm")
    assert _about(_one(recs, "median", 2.5)) == ("PFS", "GP arm")
    assert _about(_one(recs, "hr", 0.81)) == ("PFS", None)  # the one endpoint the sentence states
    assert _about(_one(recs, "ci_low", 0.54)) == ("PFS", None)
    assert _one(recs, "p", 0.30).arm is None


def test_a_ratio_whose_sentence_names_no_single_endpoint_is_unread() -> None:
    _, findings = read_paragraphs(["Results were consistent (adjusted hazard ratio, 0.81; 95% CI, 0.54 to 1.21)."])
    assert any("0.81" in f.message for f in findings)  # not "primary outcome" by default


def test_a_predicate_before_a_group_size_is_no_endpoint() -> None:
    recs = _read(
        "No safety issues were identified in the phase Ib portion (n = 7), and the phase II study enrolled 106 "
        "evaluable patients (n = 53 in each arm)."
    )
    # the size of the phase Ib portion is that portion's (a study portion named after "in the", the group-forms rule)
    assert _about(_one(recs, "count", 7)) == ("population", "phase Ib portion")
    assert _about(_one(recs, "count", 106)) == ("enrolled", None)
    # "each arm" names no group, and the size of each arm is not the whole's: withheld
    assert not [r for r in recs if r.statistic == "count" and r.value == 53]


def test_a_sentence_citing_other_work_by_a_reference_mark_is_background() -> None:
    recs = _read(
        "Pancreatic cancer is the fourth leading cause of cancer mortality, with 38,460 deaths annually.1 "
        "Five-year survival for all stages combined is only 6%."
    )
    assert recs == []


def test_a_label_must_be_a_noun_phrase_naming_what_was_measured() -> None:
    recs = _read(
        "All patients had measurable disease, and FGFR2 gene fusion status was confirmed in all enrolled "
        "patients (15 patients by FISH and 14 patients by NGS)."
    )
    assert [r.row for r in recs if r.value in (15, 14)] == []  # never "and FGFR2 gene fusion status"
    recs = _read("Treatment efficacy was evaluated in all 29 patients per RECIST v1.1 (Table 2).")
    assert [r.row for r in recs if r.value == 29] in ([], [["population"]])  # never "Treatment efficacy"


def test_a_median_is_never_the_size_of_the_group_it_is_among() -> None:
    recs = _read(
        "The median duration of disease control among the 24 patients who achieved SD or PR was 5.8 months "
        "(95% CI: 5.3-8.4 months)."
    )
    assert [r.value for r in recs if r.statistic == "median"] == [5.8]
    assert [r.value for r in recs if r.statistic in ("ci_low", "ci_high")] == [5.3, 8.4]  # a CI with its unit


def test_a_threshold_is_not_a_count() -> None:
    recs = _read("In all, 27 (93.1%) patients received at least one prior systemic therapy (48.3% had two).")
    assert [r.value for r in recs if r.statistic == "count" and r.value == 1] == []


def test_a_design_statement_is_no_result() -> None:
    s = "The first interim analysis was planned to be performed after 33% of the planned 525 events had occurred."
    assert _read(s) == []
    assert "design" in _why(s, "33%")


def test_a_vs_bracket_after_an_arm_is_not_that_arms_alone() -> None:
    s = "Sunitinib was associated with more temporary discontinuations due to AEs with sunitinib (66 vs. 51%)."
    assert [r.arm for r in _read(s) if r.value in (66, 51)] == []


def test_a_count_of_patients_is_not_the_efficacy_endpoint_its_clause_names() -> None:
    recs = _read("This phase III trial (planned enrollment: 700 patients) tested whether X improves PFS.")
    assert [r.row for r in recs if r.value == 700] == []


def test_labels_that_are_clauses_or_verbs_are_withheld() -> None:
    recs = _read("In all, 482 patients had been entered into the trial, and 525 events occurred.")
    assert [r.row for r in recs if r.row and r.row[0].startswith("been")] == []
    recs = _read("Treatment-related AEs that led to death occurred in 10% of patients.")
    assert [r.row for r in recs if r.row and r.row[-1].endswith("that")] == []


def test_a_dose_that_names_an_arm_is_no_value() -> None:
    recs = _read(
        "Patients were randomized to the 10 µM trabedersen group, the 80 µM trabedersen group or chemotherapy."
    )
    assert [r.value for r in recs if r.value in (10, 80)] == []


def test_a_group_of_article_words_is_no_group_and_adverbs_start_no_label() -> None:
    recs = _read("Thus 135 patients received at least one dose and were thus the safety population.")
    assert [r.row for r in recs if r.row and r.row[0].startswith(("thus", "before", "after"))] == []


def test_each_coordinated_count_takes_what_its_own_clause_says_it_had() -> None:
    recs = _read(
        "Of these, two had confirmed complete responses, three had confirmed partial responses, three had stable "
        "disease, and one had progressive disease."
    )
    assert _one(recs, "count", 2).row == ["CR"]
    # (the second "three had" and "one had" are read too since the bare counts with their own verb: test_prose_ends.py)
    assert [r.row for r in recs if r.statistic == "count" and r.value == 3] == [["PR"], ["SD"]]
    assert _one(recs, "count", 1).row == ["PD"]


def test_the_level_of_a_ci_is_no_median() -> None:
    recs = _read("Median (95% CI) OS was 20.8 months (14.1–27.5) in the lead-in cohort.")
    assert [r.value for r in recs if r.statistic == "median"] in ([], [20.8])


def test_a_response_category_is_no_group() -> None:
    recs = _read("Eleven patients were enrolled; one patient with CR had a clinical benefit rate of 10%.")
    assert [r.arm for r in recs if r.arm == "CR"] == []


def test_a_sentence_broken_off_inside_the_numbers_bracket_is_unread() -> None:
    s = "More patients with the variant had grade ≥ 3 neutropenia than patients with wild type (75.0%"
    assert "breaks off" in _why(s, "75.0%")


# --- how each label was bound (Record.binding), and the bindings that are withheld --------------------------


def test_each_prose_label_says_how_it_was_bound_and_the_account_is_not_serialised() -> None:
    recs = _read(
        "Stroke occurred in 49 of 164 patients (30%) in the delayed group and in 50 of 171 (29%) in the early group."
    )
    assert _one(recs, "count", 50).binding == ("subject occurred", "in X group, after")
    assert _one(recs, "percent", 29).binding == ("subject occurred", "in X group, after")
    assert "binding" not in _one(recs, "count", 50).model_dump()
    recs = _read("The most common AEs were fatigue (21.0%) and nausea (12.5%).")
    assert (_one(recs, "percent", 21.0).binding or ("",))[0] == "AE term before bracket"


def test_a_subject_whose_verb_is_no_occurrence_is_not_what_the_number_counts() -> None:
    # "was assessed in": how the outcome was handled, not that it occurred in 4000 patients
    assert [r.row for r in _read("The primary outcome was assessed in 4000 patients (95%).")] == []
    recs = _read(
        "Treatment with X was associated with a lower risk of death (hazard ratio, 0.80; 95% CI, 0.70 to 0.90)."
    )
    assert _one(recs, "hr", 0.80).row == ["death"]  # not "Treatment with X"


def test_a_number_across_another_clauses_verb_takes_no_endpoint_from_it() -> None:
    s = "Bleeding occurred in 12 patients (5%) in the A group, whereas there were 30 patients (10%) in the B group."
    assert [r.value for r in _read(s)] == [12, 5]
    assert "another clause" in _why(s, "30 patients")
    # the verb between is the earlier statement's own, and what follows breaks its total down
    recs = _read("A total of 119 patients were enrolled, including 101 patients with TNBC and 18 patients with BCBM.")
    assert _about(_one(recs, "count", 101)) == ("enrolled", "TNBC")


def test_a_groups_size_and_bare_events_are_no_endpoint() -> None:
    assert _read("Treatment efficacy was evaluated in all 29 patients.") == []
    s = "There were 102 events in the A group and 143 events in the B group (hazard ratio, 0.67; 95% CI, 0.52 to 0.87)."
    assert [r for r in _read(s) if r.statistic == "hr"] == []


# --- values lost for a structural reason -------------------------------------------------------------------


def test_estimates_said_to_be_for_a_term_with_a_ci_and_a_p_are_the_differences_in_that_term() -> None:
    recs = _read(
        "The difference between the mean change from baseline in the A group minus B group was -0.12 for MMSE "
        "(95% confidence interval [CI] -0.88 to 0.63; P = 0.75), 0.05 (95% CI -0.07 to 0.18; P = 0.40) for NTB."
    )
    assert _about(_one(recs, "value", -0.12)) == ("difference in MMSE", None)  # a contrast: no one group's
    assert _about(_one(recs, "ci_low", -0.88)) == ("difference in MMSE", None)
    assert _about(_one(recs, "value", 0.05)) == ("difference in NTB", None)
    assert _about(_one(recs, "ci_high", 0.18)) == ("difference in NTB", None)
    # "for GV and GP arms": groups, not what the medians are for
    recs = _read("Median PFS was 4.0 and 2.5 months for GV and GP arms, respectively (95% CI, 2.5 to 5.3).")
    assert _one(recs, "median", 2.5).row == ["PFS"]


def test_a_word_hyphenated_across_lines_with_a_non_breaking_hyphen_is_mended() -> None:
    from extractors.prose_order import reading_order
    from schemas.document import Frame, Word

    lines = [
        "In the trial the mean change from baseline was compared and the differ\u2011",
        "ence was -0.12 for MMSE (95% CI -0.88 to 0.63) in all of the patients treated.",
    ]
    words = []
    for n, line in enumerate(lines):
        x = 50.0
        for t in line.split():
            box = (x, 100.0 + 12 * n, x + 4.5 * len(t), 109.0 + 12 * n)
            words.append(Word(t, *box, 9.0, False, box))
            x = box[2] + 2.5
    text = reading_order(Frame(1, 600.0, 800.0, 0, words), words, False, [], False)[0]
    assert "the difference was -0.12" in text.text  # not "differ- ence", read as a sentence across two columns


def test_in_a_trial_comparing_arms_a_result_naming_no_arm_is_unread() -> None:
    design = (
        "Patients were randomly assigned to the early group or the delayed group. In the early group, 12 patients "
        "were lost; in the delayed group, 10 were lost. The early group and the delayed group were similar at "
        "baseline, and the early group and the delayed group were followed for 4 weeks."
    )
    s = "Recurrence of atrial fibrillation occurred in 49 patients (30%)."
    assert [r.value for r in _read(design, s) if r.value == 49] == []  # which arm's, or both pooled?
    assert "compares arms" in next(f.message for f in read_paragraphs([design, s])[1] if "'49" in f.message)
    # a single-arm trial's results are the trial's; an arm named in the sentence binds its result
    assert _about(_one(_read(s), "count", 49)) == ("Recurrence of atrial fibrillation", None)
    named = "Recurrence of atrial fibrillation occurred in 49 patients (30%) in the delayed group."
    assert _about(_one(_read(design, named), "count", 49)) == ("Recurrence of atrial fibrillation", "delayed group")


def test_the_incidence_a_share_is_of_is_the_one_named_nearest_before_it() -> None:
    recs = _read("The incidence of stroke was low, and the rate of bleeding was 5% in all patients.")
    assert _one(recs, "percent", 5).row == ["bleeding"]  # not the first clause's "stroke"


def test_a_ratio_takes_no_subject_another_clauses_verb_separates_from_it() -> None:
    s = (
        "Stroke occurred in 12 patients in the A group, whereas mortality was lower in the B group (hazard ratio, "
        "0.80; 95% CI, 0.70 to 0.90)."
    )
    assert [r for r in _read(s) if r.statistic == "hr"] == []  # the ratio is mortality's, not stroke's
    assert "another clause" in _why(s, "hazard ratio")


def test_an_n_in_a_breakdown_bracket_is_no_group_size() -> None:
    s = "Sixteen patients (GV, n = 10; GP, n = 6) died while receiving treatment."
    assert [r.value for r in _read(s) if r.value in (10, 6)] == []
    assert "breakdown" in _why(s, "n = 10")
    # a colon between the name and its n is the same breakdown: the sizes were emitted under no group
    s = "A total of 411 patients were randomized (velotrib: N = 207; placebo: N = 204)."
    assert [r.value for r in _read(s) if r.value in (207, 204)] == []
    assert "breakdown" in _why(s, "N = 207")
    # two sizes in one bracket joined by "and": 55 had been emitted as the count "included in the analysis"
    s = "Patients in the short-course (HS1d n = 57 and HS3d n = 55) arms were included in the analysis."
    assert [r.value for r in _read(s) if r.value in (57, 55)] == []
    # "(A n = 82, B n = 73)": 82 had been a population and 73 a count randomized, both of no group
    s = "Patients were assigned to velotrib or placebo. In all, 155 (velotrib n = 82, placebo n = 73) were randomized."
    assert [r.value for r in _read(s) if r.value in (82, 73)] == []
    # "(each n=2)" after coordinated terms is each term's count (test_prose_families.py), not a breakdown
    assert {r.row[-1] for r in _read("Grade 3 AEs were fatigue and pain (each n=2).")} == {"fatigue", "pain"}
    # "(n = 107)" after the group it sizes is still that group's size
    recs = _read("At 70 mg/m² dose level (n = 107), a total of 104 patients (97.2%) had TEAEs.")
    assert _one(recs, "count", 107).row == ["population"]


def test_groups_named_by_a_concentration_dose_or_a_proper_adjective_population() -> None:
    recs = _read(
        "The median duration of response was 29.1 months (95% CI: 4.1–49.8) with 10 µM drug and 24.0 months "
        "(95% CI: 2.3–44.9) with 80 µM drug; at 3 mg kg–1, the median was 5.0 months."
    )
    assert _about(_one(recs, "median", 29.1)) == ("DoR", "10 µM")
    assert _one(recs, "ci_high", 44.9).arm == "80 µM"
    recs = _read(
        "Median peak plasma concentrations were achieved in 1.5 h (range 1.5–2 h) after dosing in Caucasian "
        "volunteers and 1.75 h (range 0.5–2 h) in Japanese subjects."
    )
    assert _one(recs, "median", 1.5).arm == "Caucasian"  # its spread, with its unit, is no other number
    assert _one(recs, "median", 1.75).arm == "Japanese"
    assert [r.value for r in recs if r.statistic == "min"] == [1.5, 0.5]  # the range with its unit is read


def test_items_of_a_headed_list_and_terms_sharing_a_bracket_are_unread() -> None:
    s = (
        "The main reasons for discontinuation were disease progression (15 patients, 51.7%), adverse events "
        "(4 patients, 13.8%), and clinical deterioration (4 patients, 13.8%)."
    )
    # each item is a reason for discontinuation, which its label carries (prose_ae.py)
    assert {r.value: r.row[-1] for r in _read(s) if r.value in (15, 51.7)} == {
        15: "discontinuation due to disease progression",
        51.7: "discontinuation due to disease progression",
    }
    s = "The main reasons for discontinuation were toxicity and progression (40%)."
    assert _read(s) == []  # two terms under the head share the bracket
    assert "head" in _why(s, "40%")
    s = "The most common AEs were dry mouth and nausea (44.8%); asthenia, fatigue (34.5%); and alopecia (24.1%)."
    assert [r.value for r in _read(s)] == [24.1]
    assert "coordinated" in _why(s, "44.8%")
    # a count in words before the bracket is no coordinated term
    s = "At the data cut-off, two patients (6.9%) were still on treatment."
    assert _about(_one(_read(s), "percent", 6.9)) == ("still on treatment", None)


def test_a_statement_continuing_a_doubted_one_is_doubted_unless_it_needs_none_of_its_groups() -> None:
    s = "The ORR did not differ between the arms (11 vs. 16%; P = 0.109)."
    recs = _read(s)
    assert [r.value for r in recs if r.value in (11, 16)] == []  # paired with groups it does not line up
    assert _about(_one(recs, "p", 0.109)) == ("ORR", None)  # the contrast's p is of no group: kept


def test_a_sentence_adverb_or_a_count_of_patients_is_no_coordinated_term() -> None:
    s = "Secondly, few patients (20.8%) had previously received treatment with checkpoint inhibitors."
    assert _one(_read(s), "percent", 20.8).row == ["previously received treatment with checkpoint inhibitors"]


def test_a_part_named_in_lower_case_is_a_group_and_a_group_after_a_number_is_that_numbers() -> None:
    recs = _read("Serious AEs were reported in 5 (46%) patients in part 1, 12 (32%) in part 2, and 3 (15%) in part 3.")
    assert _about(_one(recs, "count", 5)) == ("Serious AEs", "part 1")
    assert _one(recs, "percent", 32).arm == "part 2"  # not part 1, which is 5's
    assert _one(recs, "count", 3).arm == "part 3"
    assert [r.arm for r in _read("The drug worked in part because 12 patients (10%) responded.")] in ([], [None, None])


def test_a_compound_hyphen_at_a_line_end_is_kept_when_the_page_prints_the_compound() -> None:
    from extractors.prose_order import reading_order
    from schemas.document import Frame, Word

    lines = [
        "We report progression-free survival and overall survival for all of the patients in this trial; median",
        "progression-",
        "free survival was 5.7 months and the median differ-",
        "ence between the arms was small in all of the patients who were treated in this study.",
    ]
    words = []
    for n, line in enumerate(lines):
        x = 50.0
        for t in line.split():
            box = (x, 100.0 + 12 * n, x + 4.5 * len(t), 109.0 + 12 * n)
            words.append(Word(t, *box, 9.0, False, box))
            x = box[2] + 2.5
    text = reading_order(Frame(1, 900.0, 800.0, 0, words), words, False, [], False)[0].text
    assert "median progression-free survival was 5.7" in text
    assert "median difference between" in text  # a syllable break is mended without its hyphen


def test_the_paragraphs_one_group_is_not_taken_by_a_sentence_naming_its_own_groups() -> None:
    # the seed's shape: the paragraph names one group, the number's sentence names none -- it is that group's
    recs = _read(
        "At 70 mg/m² dose level (n = 107), TRAEs occurred in 103 patients (96.3%). "
        "Diarrhea occurred in 72 patients (67.3%)."
    )
    assert _one(recs, "count", 72).arm == "70 mg/m²"
    # the sentence names groups of its own before the number: the paragraph's group is not this number's
    paragraph = (
        "Among patients with AA, responses were seen. The median duration of response was 29.1 months "
        "(95% CI: 4.1–49.8) with 10 µM trabedersen, 24.0 months (95% CI: 2.3–44.9) with 80 µM trabedersen, "
        "and 8.0 months (95% CI: ND) with standard chemotherapy."
    )
    recs, findings = read_paragraphs([paragraph])
    assert not [r for r in recs if r.value == 8.0]
    # (withheld as a group the sentence names for its other numbers said the same way, and this one's not read)
    assert any(
        "'8.0 months'" in f.message and ("groups of its own" in f.message or "said the same way" in f.message)
        for f in findings
    )


def test_a_dose_names_the_group_of_an_elided_assignment_and_of_treated_patients() -> None:
    recs = _read(
        "In part 2, stable disease or better was achieved by 11 out of 17 (65%) 3 mg kg–1 treated patients "
        "and 10 out of 20 (50%) 6 mg kg–1 treated patients."
    )
    assert _one(recs, "percent", 65).arm == "3 mg kg–1"
    assert _one(recs, "percent", 50).arm == "6 mg kg–1"
    recs = _read(
        "A total of 38 patients were randomised in part 2: 18 patients to 3 mg kg–1 and 20 patients to 6 mg kg–1."
    )
    assert _one(recs, "count", 18).arm == "3 mg kg–1"
    assert _one(recs, "count", 20).arm == "6 mg kg–1"


def test_a_share_of_x_treated_patients_is_of_arm_x() -> None:
    recs = _read("At data cutoff, 33% of sunitinib- and 29% of capecitabine-treated patients had died.")
    assert _one(recs, "percent", 29).arm == "capecitabine"
    assert all(r.arm != "sunitinib" for r in recs if r.value == 29)
    recs = _read("Grade 3 neutropenia occurred in 12% of docetaxel-treated patients.")
    assert _one(recs, "percent", 12).arm == "docetaxel"


def test_label_matching_reads_spellings_and_drug_related_aes_as_one() -> None:
    assert endpoint_matches("TRAE", "study drug-related AE")
    assert endpoint_matches("enroled", "enrolled")
    assert endpoint_matches("tumor lesions", "tumour lesions")
    assert endpoint_matches("anemia", "anaemia")
    assert endpoint_matches("grade 4 SAE cerebral hemorrhage", "grade 4 SAE cerebral haemorrhage")
    assert not endpoint_matches("TRAE", "TEAE")
    assert not endpoint_matches("anemia", "hemorrhage")


def test_respectively_pairs_each_value_past_a_fronted_time_point_and_within_its_bracket() -> None:
    recs = _read(
        "At the end of cycle 3, 10 (67%) and 7 (58%) patients in Arms A and B, respectively, had achieved a "
        "partial response, whereas an additional 4 patients in each arm (27% and 33%, respectively) had stable "
        "disease."
    )
    assert _one(recs, "count", 10).arm == "Arm A" and _one(recs, "percent", 67).arm == "Arm A"
    assert _one(recs, "count", 7).arm == "Arm B" and _one(recs, "percent", 58).arm == "Arm B"
    assert _one(recs, "percent", 27).arm == "Arm A" and _one(recs, "percent", 33).arm == "Arm B"
    recs = _read("In the 2 arms, 2 (14%) and 3 (27%) patients in Arms A and B, respectively, had stable disease.")
    assert _one(recs, "count", 3).arm == "Arm B"


def test_a_dose_level_after_in_the_names_a_group_not_a_value() -> None:
    """'in the 10 µM and ... in the 80 µM groups': the concentrations name dose groups; only the days are data."""
    recs = _read(
        "The median overall treatment duration was 91 days in the 10 µM and 78 days in the 80 µM trabedersen groups."
    )
    assert 10.0 not in {r.value for r in recs} and 80.0 not in {r.value for r in recs}
    assert 91.0 in {r.value for r in recs}


def test_a_risk_reduction_in_percent_is_a_contrast_value_not_a_share_of_patients() -> None:
    recs = _read(
        "Intensive control reduced major microvascular events (relative risk reduction, 14%; 95% CI, 3 to 23)."
    )
    value = _one(recs, "value", 14)
    assert value.row == ["relative risk reduction"] and value.arm is None
    assert not [r for r in recs if r.statistic == "percent"]
    recs = _read("The absolute risk reduction was 2.1% with spironolactone.")
    assert _one(recs, "value", 2.1).row == ["absolute risk reduction"]
    recs = _read("Dose reduction was required in 28% of patients in the sunitinib arm.")
    assert _one(recs, "percent", 28).row == ["Dose reduction"]  # a share of patients with a dose reduction


def test_a_count_of_people_a_share_is_taken_among_is_its_groups_size_not_its_endpoints_count() -> None:
    """ "The ORR was 42% among 120 patients with measurable disease": 120 had been read as a count of ORR (the
    share's endpoint, inherited in reach). It is the group the share is of: withheld with its reason."""
    for s in (
        "The objective response rate was 42% among 120 patients with measurable disease.",
        "The objective response rate was 42% (95% CI, 33 to 51) among 120 patients with measurable disease, "
        "including a complete response in 8 patients (7%).",
    ):
        records = _read(s)
        assert [r for r in records if r.value == 120] == []
        assert _about(_one(records, "percent", 42)) == ("ORR", None)
        assert "size of the group" in _why(s, "120")
    # a count the share is of stays its count
    both = _read("An objective response occurred in 50 patients (42%) among the 120 patients with measurable disease.")
    assert _about(_one(both, "count", 50))[0] == "ORR"


def test_thousands_grouped_by_a_space_are_one_number() -> None:
    """ "A total of 1 245 patients", "the mean Cmax was 1 520 ng/mL" (SI style, thin or plain space): the last group
    had been read alone (245 patients enrolled, a Cmax of 520); a list's "4 and 8 400 patients" stays two numbers."""
    assert _one(_read("A total of 1 245 patients were enrolled."), "count", 1245).row[-1] == "enrolled"
    pk = _read("The mean AUC0–24 was 18 400 ng·h/mL and the mean Cmax was 1\u202f520 ng/mL.")
    assert [r.value for r in pk if r.value in (400, 520)] == []
    assert _one(pk, "mean", 1520).row[-1] == "Cmax"


def test_a_groups_size_takes_no_grade_and_a_statistics_name_is_no_endpoint() -> None:
    """ "34% in cohort A (n = 29)" in a sentence about grade 3 or 4 neutropenia: the cohort's size had been filed as
    a "grade 3-4" count; "and for Cmax 1.21 (90% CI ...)" had been read as of "ratio" (withheld, then read as the
    Cmax ratio by extractors/prose_pk_ratios.py's "for PARAMETER V (interval)" form; never a bare "ratio")."""
    sized = _read(
        "The incidence of grade 3 or 4 neutropenia was 34% in cohort A (n = 29) and 21% in cohort B (n = 24)."
    )
    assert (_one(sized, "count", 29).grade, _one(sized, "percent", 34).grade) == (None, "3-4")
    pk = "The geometric mean ratio for AUCinf was 1.45 (90% CI, 1.32 to 1.59) and for Cmax 1.21 (90% CI, 1.08 to 1.36)."
    assert [r.row[-1] for r in _read(pk) if r.value == 1.21] == ["Cmax ratio"]


def test_a_contrast_said_of_a_subgroup_named_after_it_is_not_the_trials() -> None:
    """ "HR 0.49 (95% CI ...) in the PD-L1-positive subgroup and 0.82 (...) in the PD-L1-negative subgroup": both had
    been read with no group (as the whole trial's), the second as a bare value. Withheld, with the reason; a ratio
    said "in the overall population" or "in favor of" an arm stays."""
    s = (
        "The hazard ratio for disease progression or death was 0.49 (95% CI, 0.38 to 0.63) in the PD-L1-positive "
        "subgroup and 0.82 (95% CI, 0.66 to 1.02) in the PD-L1-negative subgroup."
    )
    assert _read(s) == []
    assert "subgroup named after it" in _why(s, "hazard ratio")
    assert [
        r.value for r in _read("The odds ratio for response was 1.8 (95% CI, 1.2 to 2.7) among patients with diabetes.")
    ] == []
    kept = _read("The hazard ratio for death was 0.62 (95% CI, 0.51 to 0.76) in favor of abiraterone.")
    assert _one(kept, "hr", 0.62).arm is None


def test_a_list_headed_only_the_most_common_takes_the_grade_and_scope_of_the_events_before_it() -> None:
    """ "Grade ≥3 TRAEs occurred in 21 patients (18%); the most common were neutropenia (8%)": the 8% had been filed as
    neutropenia of any grade and cause. A head that names its own events ("the most commonly reported AEs,
    regardless of causality, were ...") keeps its own."""
    graded = _read(
        "Grade 3 or higher treatment-related adverse events occurred in 21 patients (18%). The most common were "
        "neutropenia (8%) and anemia (5%)."
    )
    assert (_one(graded, "percent", 8).grade, _one(graded, "percent", 8).scope) == (">=3", "trae")
    own = _read(
        "Serious adverse events occurred in 8 patients (44%). The most commonly reported AEs, regardless of "
        "causality, were constipation (72%) and asthenia (50%)."
    )
    assert (_one(own, "percent", 72).grade, _one(own, "percent", 72).scope) == (None, None)
