"""Sentence forms of phase-3 results prose (NEJM / Lancet style) whose labels the general rules bound wrongly:
each test is a new sentence of the form (extractors/prose_phase3_forms.py), never a paper's own."""

from __future__ import annotations

from extractors.prose import read_paragraphs
from schemas.records import Record


def _read(*paragraphs: str) -> tuple[list[Record], list[str]]:
    records, findings = read_paragraphs(list(paragraphs))
    return records, [f.message for f in findings]


def _with(records: list[Record], statistic: str, value: float) -> list[Record]:
    return [r for r in records if r.statistic == statistic and r.value == value]


# --- a number in a fronted adverbial takes no group the main clause names after its comma ---------------------


def test_fronted_follow_up_takes_no_group_of_the_main_clause() -> None:
    records, _ = _read(
        "After a median of 3.4 years of follow-up, the mean LDL cholesterol level was lower in the "
        "statin group (2.1 mmol per liter) than in the placebo group (3.0 mmol per liter)."
    )
    for r in _with(records, "median", 3.4):
        assert r.arm is None, (r.row, r.arm)


def test_fronted_time_with_its_own_group_keeps_it() -> None:
    records, _ = _read(
        "During a median follow-up of 26 months, death occurred in 40 patients (8%) in the apixaban group and "
        "52 patients (10%) in the warfarin group."
    )
    [count] = _with(records, "count", 40)
    assert count.arm == "apixaban group"
    assert all(r.arm is None for r in _with(records, "median", 26))


# --- "that of Y" names the new outcome a ratio bracket is about --------------------------------------------------


def test_ratio_after_that_of_is_not_the_earlier_incidence() -> None:
    records, _ = _read(
        "Early surgery lowered the incidence of the composite renal outcome (12.2%, vs. 15.8% with deferred "
        "surgery; hazard ratio, 0.74; 95% CI, 0.61 to 0.90; P=0.002), as well as that of hospitalization for "
        "sepsis (3.1% vs. 4.6%; hazard ratio, 0.67; 95% CI, 0.48 to 0.93; P=0.02)."
    )
    for stat, value in (("hr", 0.67), ("ci_low", 0.48), ("ci_high", 0.93), ("p", 0.02)):
        for r in _with(records, stat, value):
            assert "renal" not in r.row[-1], (stat, r.row)
    assert any("renal" in r.row[-1] for r in _with(records, "hr", 0.74))  # the first clause's ratio stays its own
    [hr] = _with(records, "hr", 0.67)
    assert hr.row[-1] == "hospitalization for sepsis"  # "that of B": the bracket's own outcome


# --- a P value bracketed right after "effect on Y" is Y's, never an earlier clause's ----------------------------


def test_p_after_effect_on_is_not_an_earlier_outcome() -> None:
    records, _ = _read(
        "The drug reduced the incidence of gout flares (hazard ratio, 0.71; 95% CI, 0.55 to 0.92; P=0.009), "
        "with no significant effect on tophus size (P=0.61)."
    )
    for r in _with(records, "p", 0.61):
        assert "gout" not in r.row[-1], r.row
    assert [r.row[-1] for r in _with(records, "p", 0.61)] == ["tophus size"]


def test_term_naming_a_subgroup_is_not_taken() -> None:
    records, _ = _read(
        "The drug reduced the incidence of gout flares (hazard ratio, 0.71; 95% CI, 0.55 to 0.92; P=0.009), "
        "with no significant effect on flares in patients with renal impairment (P=0.44)."
    )
    for r in _with(records, "p", 0.44):
        assert "gout" not in r.row[-1] and "impairment" not in r.row[-1], r.row


def test_p_after_effect_on_keeps_a_label_that_names_it() -> None:
    records, _ = _read("There was a significant effect of the vaccine on the incidence of shingles (P=0.003).")
    assert all("shingles" in p.row[-1] for p in _with(records, "p", 0.003))


# --- the period a mean was taken over is not what it measures ----------------------------------------------------


def test_period_of_a_mean_is_not_its_endpoint() -> None:
    records, _ = _read(
        "The mean heart rate during the treatment period was 4.2 beats per minute higher in the "
        "dobutamine group than in the control group (P=0.004)."
    )
    for r in records:
        if r.value in (4.2, 0.004):
            assert r.row[-1].lower() not in ("treatment", "treatment period"), r.row


def test_mean_during_follow_up_period_is_not_follow_up() -> None:
    records, _ = _read(
        "The mean systolic pressure during the follow-up period was 2.3 mm Hg lower in the "
        "amlodipine group than in the diuretic group (P=0.01)."
    )
    for r in records:
        if r.value in (2.3, 0.01):
            assert r.row[-1].lower() != "follow-up", (r.statistic, r.row)


def test_median_follow_up_stays_follow_up() -> None:
    records, _ = _read("The median duration of follow-up was 3.1 years.")
    [m] = _with(records, "median", 3.1)
    assert m.row[-1] == "follow-up"


# --- a label cut inside coordinated modifiers lacks the noun they modify --------------------------------------------


def test_label_cut_before_or_of_coordinated_modifiers_is_withheld() -> None:
    records, _ = _read(
        "A total of 905 participants had a major coronary or cerebrovascular event: 11.2% in the apixaban group "
        "and 12.9% in the aspirin group."
    )
    for r in records:
        assert r.row[-1].lower() != "major coronary", (r.statistic, r.value)


def test_label_with_its_noun_before_or_is_kept() -> None:
    records, _ = _read("Death or hospitalization occurred in 120 patients (9.8%) in the sotagliflozin group.")
    assert all(r.row[-1] for r in _with(records, "count", 120))


# --- a count of the trial's patients broken down by group after a colon --------------------------------------------


def test_colon_breakdown_by_group_takes_the_head_outcome() -> None:
    records, _ = _read(
        "A total of 640 patients had a stroke: 5.1% in the rivaroxaban group and 6.3% in the warfarin group "
        "(hazard ratio, 0.81; 95% CI, 0.70 to 0.94; P=0.005)."
    )
    [count] = _with(records, "count", 640)
    assert (count.row[-1], count.arm) == ("stroke", None)
    [first] = _with(records, "percent", 5.1)
    [second] = _with(records, "percent", 6.3)
    assert (first.row[-1], first.arm) == ("stroke", "rivaroxaban group")
    assert (second.row[-1], second.arm) == ("stroke", "warfarin group")
    [hr] = _with(records, "hr", 0.81)
    assert (hr.row[-1], hr.arm) == ("stroke", None)


def test_colon_breakdown_of_deaths() -> None:
    records, _ = _read(
        "A total of 212 participants died: 4.0% in the dapagliflozin group and 5.1% in the placebo group "
        "(hazard ratio, 0.78; 95% CI, 0.60 to 1.01)."
    )
    assert {r.row[-1] for r in records if r.value in (212, 4.0, 5.1, 0.78)} == {"death"}


def test_colon_breakdown_with_another_verb_after_the_colon_is_not_the_head() -> None:
    records, _ = _read(
        "A total of 640 patients had a stroke: 5.1% in the rivaroxaban group were disabled at discharge (P=0.04)."
    )
    for r in _with(records, "p", 0.04):
        assert r.row[-1] != "stroke", r.row


# --- ratio brackets after the outcome a change is in, or after the items an "including" list opens -----------------


def test_ratios_of_an_including_list_take_each_item() -> None:
    records, _ = _read(
        "Semaglutide was linked to fewer kidney events, including persistent eGFR decline (hazard ratio, 0.72; "
        "95% CI, 0.58 to 0.90; P=0.003) and progression to dialysis (hazard ratio, 0.81; 95% CI, 0.66 to 0.99; "
        "P=0.04)."
    )
    assert [r.row[-1] for r in _with(records, "hr", 0.72)] == ["persistent eGFR decline"]
    assert [r.row[-1] for r in _with(records, "hr", 0.81)] == ["progression to dialysis"]
    assert [r.row[-1] for r in _with(records, "p", 0.04)] == ["progression to dialysis"]


def test_ratio_after_a_reduction_in_takes_its_outcome() -> None:
    records, _ = _read(
        "There was a trend toward a reduction in the incidence of amputation (0.8% vs. 1.3%; hazard ratio, 0.61; "
        "95% CI, 0.36 to 1.04)."
    )
    assert [r.row[-1] for r in _with(records, "hr", 0.61)] == ["amputation"]


def test_next_ratio_of_a_list_never_takes_the_item_before() -> None:
    records, _ = _read(
        "Rates were lower with the device for stroke (hazard ratio, 0.79; 95% CI, 0.66 to 0.93) and systemic "
        "embolism in those aged over 75 years (hazard ratio, 0.91; 95% CI, 0.85 to 0.98)."
    )
    for r in _with(records, "hr", 0.91):
        assert r.row[-1] != "stroke", r.row


# --- "N (x%) underwent randomization": the count's verb after it ------------------------------------------------


def test_count_that_underwent_randomization() -> None:
    records, _ = _read(
        "In total, 9034 patients were screened, 812 (9.0%) were excluded during the run-in phase, and 8222 "
        "(91.0%) underwent randomization."
    )
    [count] = _with(records, "count", 8222)
    [share] = _with(records, "percent", 91.0)
    assert "randomization" in count.row[-1] and "randomization" in share.row[-1]
    assert count.arm is None


# --- a level printed as a percentage is the mean its subject says -----------------------------------------------


def test_mean_level_printed_as_a_percentage_is_a_mean() -> None:
    records, _ = _read(
        "At week 52, the mean glycated hemoglobin values were 7.1% in the tirzepatide group and 7.9% in the "
        "insulin group."
    )
    assert {r.statistic for r in records if r.value in (7.1, 7.9)} == {"mean"}


def test_a_share_after_another_verb_stays_a_share() -> None:
    records, _ = _read("The mean glycated hemoglobin level was 7.4%, and 38% of patients reached the target.")
    assert all(r.statistic == "percent" for r in _with(records, "percent", 38)) and not _with(records, "mean", 38)


def test_mean_level_keeps_the_end_of_period_fronted() -> None:
    records, _ = _read(
        "At the end of the treatment period, the mean glycated hemoglobin values were 7.1% in the tirzepatide "
        "group and 7.9% in the insulin group."
    )
    assert {r.row[-1] for r in records if r.value in (7.1, 7.9)} == {
        "glycated hemoglobin values at end of the treatment period"
    }


def test_next_item_named_by_its_acronym_keeps_its_p() -> None:
    records, _ = _read(
        "Median overall survival (14.1 vs. 13.2 months; HR, 0.93; P = 0.61) and objective response rates "
        "(21 vs. 18%; odds ratio, 1.12; P = 0.48) did not differ."
    )
    assert [r.row[-1] for r in _with(records, "p", 0.48)] == ["ORR"]


def test_share_p_after_another_group_keeps_the_outcome() -> None:
    records, _ = _read(
        "After 12 months, the A group had the highest tumor control rate (31%) compared with the B group "
        "(12%, p= .041) and the C group (9%, p= .022)."
    )
    assert all("control" in r.row[-1] or "rate" in r.row[-1] for r in _with(records, "p", 0.022))
    assert _with(records, "p", 0.022)


def test_items_compared_with_keep_the_subject_outcome() -> None:
    records, _ = _read(
        "Stroke was associated with a greater risk of death compared with minor bleeding [relative risk (RR) 2.9; "
        "95% CI 1.80-4.10; P < 0.001] and major bleeding (RR 1.95; 95% CI 1.20-3.15; P = 0.006)."
    )
    [p] = _with(records, "p", 0.006)
    assert "death" in p.row[-1]  # the subject's outcome, never "major bleeding" (a comparator)
