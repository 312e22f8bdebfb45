"""Prose binding families of issue 9, each read from invented sentences in the style of trial papers
(extractors/prose.py ``read_paragraphs``): which group and endpoint a number takes when a sentence compares,
lists or pairs groups, and which numbers are withheld (``prose-unread``) because the sentence does not bind
them."""

from __future__ import annotations

from extractors.prose import read_paragraphs
from schemas.records import Record


def _read(*paragraphs: str) -> tuple[list[Record], list[str]]:
    records, findings = read_paragraphs(list(paragraphs))
    return records, [f.values[0].raw for f in findings if f.values]


def _with(records: list[Record], statistic: str, value: float) -> list[Record]:
    return [r for r in records if r.statistic == statistic and r.value == value]


def _about(records: list[Record], statistic: str, value: float) -> tuple[str, str | None]:
    found = _with(records, statistic, value)
    assert len(found) == 1, [(r.statistic, r.value, r.row, r.arm) for r in records]
    return found[0].row[-1], found[0].arm


# --- groups: the comparator's, a list's, an earlier number's --------------------------------------------


def test_group_after_a_comparator_is_not_the_numbers() -> None:
    # the placebo group follows "compared with": it is 29%'s (bracketed after it), never 39%'s
    recs, unread = _read(
        "Survival at 24 months was 39% (95% CI: 24–54) in patients given the study drug compared with the "
        "placebo group (29%, 95% CI: 17–42)."
    )
    assert all(r.arm is None or "placebo" not in r.arm for r in _with(recs, "rate", 39) + _with(recs, "percent", 39))
    assert _about(recs, "rate", 29)[1] == "placebo group"
    assert any(u.startswith("39%") for u in unread)  # its own side is unnamed: withheld


def test_group_that_closes_a_bracketed_list_is_each_items() -> None:
    recs, _ = _read(
        "The most common severe AEs were neutropenia (11%), fatigue (8%), and anemia (6%) in the A-drug arm "
        "and rash (16%), diarrhea (5%), and nausea (4%) in the B-drug arm."
    )
    assert _about(recs, "percent", 5) == ("diarrhea", "B-drug arm")  # across the list's ", and"
    assert _about(recs, "percent", 11) == ("neutropenia", "A-drug arm")  # not the B arm, past the A arm
    assert _about(recs, "percent", 8)[1] == "A-drug arm"


def test_group_closing_an_earlier_number_is_not_the_later_ones() -> None:
    # "with 10 mg/kg" closes the first value's statement; the second has its own "with ..." the patterns do not
    # read, so it is withheld rather than given the first one's dose
    recs, unread = _read(
        "At 12 months, OS was 45% (95% CI: 20–70) with 10 mg/kg and 38% (95% CI: 15–61) with investigator's choice."
    )
    assert _about(recs, "rate", 45)[1] == "10 mg/kg"
    assert not [r for r in _with(recs, "rate", 38) if r.arm == "10 mg/kg"]
    assert any(u.startswith("38%") for u in unread)


def test_micromolar_dose_names_the_arm_before_its_bracket() -> None:
    recs, _ = _read(
        "The frequency of patients with drug-related adverse events was higher with 80 µM study drug (43%) than "
        "with 10 µM study drug (27%)."
    )
    assert _about(recs, "percent", 27)[1] == "10 µM study drug"
    assert _about(recs, "percent", 43)[1] == "80 µM study drug"


def test_arm_named_by_an_acronym() -> None:
    recs, _ = _read(
        "Patients were assigned to the GV arm or the GP arm.",
        "Median PFS was 4.0 months for GV and 2.5 months for GP.",
    )
    assert _about(recs, "median", 4.0) == ("PFS", "GV")
    assert _about(recs, "median", 2.5) == ("PFS", "GP")


# --- endpoints ----------------------------------------------------------------------------------------------


def test_respectively_values_take_the_verb_after_them() -> None:
    recs, _ = _read(
        "At the end of cycle 6, a partial response was observed in 12 (86%) and 6 (55%) patients in Arms A and B, "
        "respectively, whereas 2 (14%) and 3 (27%) patients, respectively, had stable disease."
    )
    assert _about(recs, "count", 2) == ("SD", "Arm A")
    assert _about(recs, "count", 3) == ("SD", "Arm B")
    assert _about(recs, "count", 12) == ("PR", "Arm A")


def test_proportion_of_patients_with_names_what_they_had() -> None:
    recs, _ = _read("The proportion of patients with grade 3 neutropenia was 12% in the A group.")
    assert _about(recs, "percent", 12) == ("grade 3 neutropenia", "A group")


def test_ae_term_keeps_its_abbreviation() -> None:
    recs, _ = _read(
        "The most commonly reported TRAEs included pyrexia (100%), cough (75%), increased alanine "
        "aminotransferase (ALT) (68%), and anemia (60%)."
    )
    assert "ALT" in _about(recs, "percent", 68)[0]


def test_count_verb_of_another_number_is_not_this_ones() -> None:
    recs, _ = _read("Between 2011 and 2012, 30 patients enrolled into the study and 15 were randomised into each arm.")
    assert not [r for r in _with(recs, "count", 30) if r.row and r.row[-1] == "randomised"]


def test_labels_that_name_nothing_are_withheld() -> None:
    recs, _ = _read(
        "Serious AEs considered related to treatment were more frequent on study drug (16%) than on placebo (5%).",
        "Treatment-related AEs led to discontinuation in a higher proportion of patients in the A group (12%).",
        "Four patients had one or more grade 3 AEs.",
    )
    labels = [r.row[-1] for r in recs if r.row]
    assert not [x for x in labels if x.startswith("more frequent") or x in ("patients", "one")]


def test_handled_predicate_is_no_endpoint() -> None:
    recs, _ = _read("Hybrid kidney dosimetry results (n=7) were combined with the planar-only results.")
    assert not [r for r in _with(recs, "count", 7) if r.row and r.row[-1] == "combined"]


# --- withheld: pairs the sentence does not line up, parts of a group --------------------------------------


def test_values_paired_by_v_are_withheld_when_no_group_is_lined_up() -> None:
    recs, unread = _read(
        "There were no differences between arms in median OS (6.9 v 6.1 months) or disease control rate (58% v 51%)."
    )
    assert not _with(recs, "percent", 58) and not _with(recs, "percent", 51)
    assert not _with(recs, "median", 6.9) and not _with(recs, "median", 6.1)
    assert unread


def test_size_with_a_share_or_of_other_units_is_no_population() -> None:
    recs, unread = _read(
        "For patients in the B group who crossed over (n = 22 [42%]), median PFS was 1.8 months.",
        "Tumor lesions received a mean dose of 4.3 Gy/GBq (n=21 lesions from 7 participants).",
    )
    assert not _with(recs, "count", 22) and not _with(recs, "percent", 42)
    assert not [r for r in _with(recs, "count", 21) if r.row == ["population"]]
    assert any(u.startswith("22") for u in unread)


# --- demographics and summaries said without a verb ---------------------------------------------------------


def test_summary_with_its_spread_named_and_noun_run_into_the_number() -> None:
    recs, _ = _read(
        "Participants had a median (range) age of 72 (57-86) years.",
        "Twenty-nine patients (18 women, 11 men, median age 58.7 years) were enrolled.",
        "The median PFS was 4.8 months and median OS 14.1 months.",
    )
    assert _about(recs, "max", 86)[0] == "age"
    assert _about(recs, "median", 58.7)[0] == "age"
    assert _about(recs, "median", 14.1)[0] == "OS"  # its own summary, not the PFS before it
    assert _about(recs, "count", 18)[0] == "women"


def test_time_point_or_clause_is_no_summary() -> None:
    recs, _ = _read(
        "Events occurred on median (range) study day 12 (1–237).",
        "Mean accumulation ratios ranged from 1.29 to 1.42.",
    )
    labels = [r.row[-1] for r in recs if r.row]
    assert not [x for x in labels if x.startswith("study day") or "ranged" in x]


def test_share_predicate_names_a_capitalised_category() -> None:
    recs, _ = _read("Of the patients, 85.2% (23/27) were White and 14.8% (4/27) were Black or African American.")
    assert _about(recs, "percent", 85.2)[0] == "White"
    assert _about(recs, "count", 4)[0] == "Black or African American"
    # a lowercase predicate is a phrase that stops at a capitalised word, not a category name
    recs, _ = _read("Thus, 30 subjects were available for PK analyses.")
    assert not [r for r in _with(recs, "count", 30) if r.row and "PK" in r.row[-1]]


def test_subject_with_a_slash_occurred() -> None:
    recs, _ = _read("Dose interruption and/or reduction was required in 7 patients (24.1%).")
    assert _about(recs, "count", 7)[0] == "Dose interruption and/or reduction"


# --- "A and B (x% and y%)", p-values "respectively" ------------------------------------------------------


def test_coordinated_terms_pair_with_their_bracketed_values() -> None:
    recs, _ = _read(
        "The most common AEs were nausea and fatigue (45% and 30%, respectively).",
        "Grade 3 events were rash, anemia and neutropenia (12%, 8% and 5%).",
    )
    assert _about(recs, "percent", 45)[0] == "nausea"
    assert _about(recs, "percent", 30)[0] == "fatigue"
    assert _about(recs, "percent", 8)[0] == "anemia"


def test_values_paired_with_arms_are_not_terms() -> None:
    # the names before the bracket are arms: the pairing is of groups the sentence does not line up
    recs, unread = _read(
        "Patients were randomly assigned to eplerenone or placebo.",
        "Hyperkalemia occurred in eplerenone and placebo (5.6% and 6.1%, respectively).",
        "Hyponatremia was reported with A-drug and B-drug (3.6% and 4.1%, respectively).",
    )
    assert not _with(recs, "percent", 6.1) and not _with(recs, "percent", 5.6)
    assert "6.1%" in unread
    assert not [r for r in _with(recs, "percent", 4.1) if r.row and r.row[-1] == "B-drug"]


def test_p_values_respectively_take_the_subjects_in_order() -> None:
    recs, _ = _read("OS and PFS did not differ significantly by performance score (P = .66 and .42, respectively).")
    assert _about(recs, "p", 0.66)[0] == "OS"


def test_each_count_is_one_record_per_coordinated_term() -> None:
    recs, unread = _read(
        "In part 3, four patients had one or more grade 3 AEs (syncope, musculoskeletal pain, and hypercalcaemia "
        "(each n=1)).",
        "Six patients died (A, n=2; B, n=4).",
    )
    ones = {r.row[-1]: r.arm for r in _with(recs, "count", 1)}
    assert ones == {"syncope": "part 3", "musculoskeletal pain": "part 3", "hypercalcaemia": "part 3"}
    assert "n=2" in unread and "n=4" in unread  # a breakdown by arm, not by term: still withheld


# --- endpoints: what a time runs to, which patients a term qualifies, what a number is "of" ----------------


def test_time_to_an_event_is_the_endpoint_not_the_event() -> None:
    recs, _ = _read(
        "The median time to PD in the study population was 88 (95% CI: 61, 140) days.",
        "For the 9 patients with SD, the time to PD ranged from 64 to 201 days.",
    )
    assert _about(recs, "median", 88)[0] == "time to PD"
    # "with SD" says which patients, not what was timed: never read as the endpoint (the range of that part of the
    # trial is withheld, no group rule reading it: extractors/prose_qualifiers.for_subgroup)
    for stat, value in (("min", 64), ("max", 201)):
        assert all(r.row == ["time to PD"] for r in _with(recs, stat, value))


def test_a_response_term_after_patients_with_is_still_one_when_alone() -> None:
    # nothing else is named: the qualifier's term is the only candidate and stays the endpoint
    recs, _ = _read("Of the 31 patients, 12 of 31 patients achieved SD (39%).")
    assert _about(recs, "count", 12)[0] == "SD"


def test_verb_after_n_of_total_names_what_they_had() -> None:
    recs, _ = _read("Although no objective response was seen, 11 of 18 patients demonstrated SD (Table 2).")
    assert _about(recs, "count", 11)[0] == "SD"


def test_endpoint_of_a_value_binds_it() -> None:
    recs, _ = _read(
        "Encouraging activity was observed, with a PSA50 of 38.5% and a confirmed ORR of 41% in evaluable patients."
    )
    assert _about(recs, "percent", 38.5)[0] == "PSA50"
    assert _about(recs, "percent", 41)[0] == "confirmed ORR"  # its confirmation kept (prose_qualifiers.qualified)


def test_a_total_or_a_dose_of_is_no_endpoint() -> None:
    recs, _ = _read("A total of 52 patients had a PR after a dose of 10 mg.")
    assert all(r.row and r.row[-1] not in ("total", "dose") for r in _with(recs, "count", 52))


def test_peak_concentration_in_hours_is_the_time_to_the_peak() -> None:
    recs, _ = _read(
        "Median peak plasma concentrations of the drug were reached in 2.5 h (range 1–4 h) after dosing.",
        "The mean peak plasma concentration was 41.2 ng/mL.",
    )
    assert _about(recs, "median", 2.5)[0] == "Tmax"
    assert _about(recs, "max", 4)[0] == "Tmax"
    assert [r.row[-1] for r in _with(recs, "mean", 41.2)] != ["Tmax"]  # a concentration in ng/mL stays one


def test_coordinates_timed_each_their_own_way_are_withheld() -> None:
    # the subject alone ("recovery") names neither result: one before the procedure, one after it
    recs, unread = _read(
        "In the surgery group, recovery occurred spontaneously in 24 of 120 patients (20%) before the procedure "
        "and in 80 (67%) after the procedure."
    )
    assert not _with(recs, "percent", 20) and not _with(recs, "percent", 67)
    assert any(u.startswith("80") for u in unread)


# --- interval forms: a CI in square brackets, after "=", with a comma between its bounds ------------------


def test_ratio_with_its_ci_in_square_brackets() -> None:
    recs, _ = _read("Death occurred less often with the drug (hazard ratio, 0.81 [95% CI, 0.71 to 0.93]).")
    assert {r.statistic: r.value for r in recs if r.row == ["Death"]} == {"hr": 0.81, "ci_low": 0.71, "ci_high": 0.93}


def test_ci_bounds_after_an_equals_sign_or_split_by_a_comma() -> None:
    recs, _ = _read(
        "Adverse events occurred in 31% (95% CI = 23–40) of patients.",
        "The median PFS was 4.9 months (95% CI: 3.1, 6.6) overall.",
    )
    assert _about(recs, "ci_low", 23)[0] == "Adverse events" and _about(recs, "ci_high", 40)[0] == "Adverse events"
    assert _about(recs, "ci_low", 3.1)[0] == "PFS" and _about(recs, "ci_high", 6.6)[0] == "PFS"


def test_estimate_and_ci_bracketed_after_a_term_are_the_terms_ratio() -> None:
    recs, unread = _read("The 90% CIs around the ratios for AUClast (0.93; 90% CI 0.85–1.02) were within bounds.")
    assert _about(recs, "value", 0.93)[0] == "AUClast ratio"
    assert _about(recs, "ci_high", 1.02)[0] == "AUClast ratio"
    assert not any(u.startswith("90%") for u in unread)  # "90% CIs" is the interval's level, no share


# --- families of the unseen JATS paper (cea), measured before they were fixed ----------------------------


def test_values_and_groups_joined_by_slashes_pair_up() -> None:
    recs, _ = _read("Antibody responses occurred in 25%/50%/75% of patients in Groups X/Y/Z.")
    assert [(_about(recs, "percent", v)[1]) for v in (25, 50, 75)] == ["Group X", "Group Y", "Group Z"]


def test_the_last_grade_of_a_range_is_no_count() -> None:
    recs, unread = _read("Grade 1-3 toxicities were mild. No grade 4 and 5 toxicities were observed.")
    assert not _with(recs, "count", 3) and not _with(recs, "count", 5)
    assert not any(u.startswith(("3 ", "5 ")) for u in unread)


def test_a_lettered_list_of_arms_ends_its_sentence() -> None:
    recs, _ = _read(
        "Responses were seen in 2/4/6 patients in Arms A/B/C. Twelve of the 20 patients (60%) were alive at 2 years."
    )
    assert all("Arm" not in (r.arm or "") for r in _with(recs, "percent", 60))


def test_the_entire_cohort_is_the_whole_trial() -> None:
    recs, _ = _read("The median PFS for the entire cohort of 19 patients was 56 days (range 20-300).")
    assert all(r.arm is None for r in _with(recs, "median", 56))


def test_received_doses_keep_the_verb() -> None:
    recs, _ = _read(
        "Twenty patients received at least one dose of the study drug; 14 patients received all six cycles."
    )
    assert _about(recs, "count", 20)[0] == "received at least one dose of the study drug"
    assert _about(recs, "count", 14)[0] == "received all six cycles"
