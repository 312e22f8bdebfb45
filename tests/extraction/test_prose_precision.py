"""Prose label precision families (issue 9, fourth pass), each read from invented sentences in the style of trial
papers (extractors/prose.py ``read_paragraphs``): a number bound to the endpoint its sentence names next to it,
or withheld (``prose-unread``) when the sentence does not bind one."""

from __future__ import annotations

import pytest

from extractors.prose import read_paragraphs
from schemas.records import Record


def _read(*paragraphs: str) -> tuple[list[Record], list[str]]:
    records, findings = read_paragraphs(list(paragraphs))
    return records, [f.values[0].raw for f in findings if f.values]


def _rows(records: list[Record], statistic: str, value: float) -> list[tuple[str, str | None]]:
    return [(r.row[-1], r.arm) for r in records if r.statistic == statistic and r.value == value]


# --- a list of reasons: each count is its item's -------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "value", "term"),
    [
        (
            "Reasons for stopping therapy included disease progression (n=3), sponsor decision (n=1; a condition "
            "precluded eligibility), and withdrawal by participant (n=5).",
            5,
            "stopping therapy due to withdrawal by participant",  # the head the label carries (prose_ae.py)
        ),
        (
            "Eight patients discontinued treatment; reasons were progression (n = 4), adverse events (n = 3), or "
            "withdrawal of consent (n = 2).",
            2,
            "withdrawal of consent",
        ),
        (
            "Study drug was stopped for toxicity (n = 6) or withdrawal by the patient (n = 2).",
            2,
            "withdrawal by the patient",
        ),
    ],
)
def test_item_of_a_list_of_reasons_is_its_counts_term(sentence: str, value: float, term: str) -> None:
    recs, _ = _read(sentence)
    assert _rows(recs, "count", value) == [(term, None)]


def test_words_ending_a_modifier_are_no_term() -> None:
    # the words before the bracket are the agent of a participle that modifies the item's head
    recs, unread = _read(
        "Reasons for withdrawal were progression (n=2), a fatal bleed judged by the investigator and the sponsor "
        "as unrelated to treatment (n=1), and patient choice (n=3)."
    )
    assert _rows(recs, "count", 1) == []
    assert "n=1" in unread
    assert _rows(recs, "count", 3) == [("withdrawal due to patient choice", None)]


# --- a p-value in a bracket is the bracket's head's -----------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Median overall survival (14.1 vs. 20.3 months; HR, 1.21; P = 0.41) and objective response rates "
        "(12 vs. 18%; odds ratio, 0.61; P = 0.12) were lower with drug A than drug B.",
        "Median OS (14.1 vs 20.3 months; hazard ratio 1.21; two-sided P = 0.41) and the ORR (12% vs 18%; "
        "P = 0.12) did not differ.",
    ],
)
def test_p_value_in_a_bracket_takes_the_bracket_heads_endpoint(sentence: str) -> None:
    recs, _ = _read(sentence)
    assert [row for row, _ in _rows(recs, "p", 0.41)] == ["OS"]
    assert [row for row, _ in _rows(recs, "p", 0.12)] == ["ORR"]


# --- a bracket that glosses a term, a threshold that is no landmark ------------------------------------------


@pytest.mark.parametrize("threshold", ["≥6 months", "for at least 6 months", "lasting more than 6 months"])
def test_duration_threshold_is_no_landmark_time(threshold: str) -> None:
    recs, _ = _read(
        "Patients were randomly assigned to the alpha arm or the beta arm.",
        f"The clinical benefit rate (responses plus SD {threshold}) was lower with alpha (21%) than with beta "
        "(30%; P = 0.04).",
    )
    assert _rows(recs, "percent", 21) == [("CBR", "alpha")]
    assert _rows(recs, "percent", 30) == [("CBR", "beta")]
    assert not [r for r in recs if "6-month" in " ".join(r.row)]


# --- a summary that names no endpoint after the sentence moved on ---------------------------------------------


def test_bare_duration_after_another_endpoint_is_not_the_earlier_duration() -> None:
    recs, unread = _read(
        "The drug showed a median PFS of 6.1 months (95% CI: 4.2–8.0 months), ORR of 25.0% with median duration "
        "of response of 5.2 months (95% CI: 3.0–7.9 months), and DCR of 80.1% with median duration of 7.3 months "
        "(95% CI: 6.0–9.1 months)."
    )
    assert _rows(recs, "median", 5.2) == [("DoR", None)]
    assert _rows(recs, "median", 7.3) == []
    assert any(u.startswith("median duration of 7.3") for u in unread)


def test_population_between_does_not_move_the_endpoint_on() -> None:
    recs, _ = _read(
        "X-treated patients (n= 30) received a median of 5 cycles and Y-treated patients (n= 8) a median of 2 cycles."
    )
    assert [row for row, _ in _rows(recs, "median", 2)] == [row for row, _ in _rows(recs, "median", 5)]


# --- a count that sizes each of several groups ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "raw"),
    [
        ("Forty patients were enrolled, and 20 patients were randomized to each treatment sequence.", "20 patients"),
        ("In total, 36 patients entered the study and 12 were randomised into each arm.", "12 were randomised"),
        ("The phase II part enrolled 90 evaluable patients (n = 45 in each arm).", "n = 45"),
        ("Twenty patients (n = 10 per dose level) were treated.", "n = 10"),
    ],
)
def test_size_of_each_group_is_withheld(sentence: str, raw: str) -> None:
    recs, unread = _read(sentence)
    size = int(raw.split()[-1] if "=" in raw else raw.split()[0])
    assert _rows(recs, "count", size) == []
    assert raw in unread


def test_each_arm_with_its_own_values_paired_is_kept() -> None:
    recs, _ = _read("Grade 3 rash occurred in 4 patients in each arm (27% and 33%, respectively).")
    assert _rows(recs, "count", 4)


# --- a bare "n = k" names nothing ----------------------------------------------------------------------------


@pytest.mark.parametrize("sentence", ["n=9.", "n = 14 (two participants had no scan after baseline)."])
def test_bare_size_names_no_population(sentence: str) -> None:
    recs, unread = _read(sentence)
    assert not [r for r in recs if r.statistic == "count" and r.value in (9, 14)]
    assert unread[0].startswith("n")


# --- a figure legend is about what its title names ------------------------------------------------------------


def test_legend_sentence_takes_the_population_its_title_names() -> None:
    recs, _ = _read(
        "Secondary endpoints",
        "Fewer patients with wild type had grade 3 anemia than patients with variant alleles. Figure 2 | Swimmer "
        "plot in the patients with HCC after treatment with drug Z 40 mg/m² (n = 10) and 60 mg/m² (n = 50). "
        "By best response, 14 patients (23.3%) achieved PR and 30 patients (50.0%) achieved SD.",
    )
    assert _rows(recs, "count", 14) == [("PR", "HCC")]
    assert _rows(recs, "percent", 50.0) == [("SD", "HCC")]


# --- a dose level said right after the number is its group ---------------------------------------------------


@pytest.mark.parametrize("prep", ["for", "with"])
def test_dose_said_after_the_number_beats_the_clauses_population(prep: str) -> None:
    recs, _ = _read(
        "Patients were randomly assigned to 20 mg/kg zeta, 40 mg/kg zeta or standard care.",
        f"Median survival in HCC patients was longer in the zeta groups: 30.2 months (95% CI 21.6 to 38.0) {prep} "
        f"20 mg/kg zeta and 27.5 months (95% CI: 12.9–41.1) {prep} 40 mg/kg zeta.",
    )
    assert _rows(recs, "median", 30.2) == [("survival", "20 mg/kg")]
    assert _rows(recs, "median", 27.5) == [("survival", "40 mg/kg")]


def test_arm_said_after_the_last_of_values_said_for_doses() -> None:
    recs, _ = _read(
        "Median survival in HCC patients was longer in the zeta groups: 30.2 months (95% CI 21.6 to 38.0) for "
        "10 µM zetamab and 27.5 months (95% CI: 12.9–41.1) for 80 µM zetamab compared with 19.4 months (95% CI: "
        "9.1–30.0) for standard care (Fig. 2)."
    )
    assert _rows(recs, "median", 19.4) == [("survival", "standard care")]
    assert _rows(recs, "median", 30.2) == [("survival", "10 µM")]
    assert not [r for r in recs if r.value in (10, 80)]  # the dose levels are no values


# --- "respectively" over groups is no list of endpoints ------------------------------------------------------


@pytest.mark.parametrize("time", ["One-year", "2-year"])
def test_respectively_over_groups_keeps_the_endpoint(time: str) -> None:
    recs, _ = _read(
        "Patients were assigned to the AB arm or the CD arm.",
        f"{time} survival rates in the AB and CD arms were 17% and 28%, respectively (P = .4).",
    )
    label = f"{time.lower()} survival rate"
    assert _rows(recs, "rate", 17) == [(label, "AB arm")]
    assert _rows(recs, "rate", 28) == [(label, "CD arm")]
    assert [row for row, _ in _rows(recs, "p", 0.4)] == [label]


# --- the analysis set a count defines, a demonstrative that names nothing -----------------------------------


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        (
            "All 30 patients received at least one dose of drug X and were included in the safety analysis.",
            "safety analysis",
        ),
        (
            "All remaining 410 patients received at least one dose of study drug and comprised the AT population.",
            "AT population",
        ),
        (
            "All 30 randomized patients were included in the safety analyses and had at least one adverse event.",
            "safety analyses",
        ),
    ],
)
def test_count_takes_the_set_it_defines(sentence: str, label: str) -> None:
    recs, _ = _read(sentence)
    size = int(sentence.split()[1] if sentence.split()[1].isdigit() else sentence.split()[2])
    assert [row for row, _ in _rows(recs, "count", size) if label in row]


def test_demonstrative_subject_is_no_label() -> None:
    recs, unread = _read("This subgroup included 45 patients.")
    assert _rows(recs, "count", 45) == []
    assert "45 patients" in unread


def test_concentration_is_no_dose_group() -> None:
    recs, _ = _read(
        "Her CRP concentration decreased from a baseline of 36 mg l–1 to below 10 mg l–1. Overall, the median time "
        "to PD for all treated patients was 102 (95% CI: 52, 169) days."
    )
    assert all(r.arm is None for r in recs if r.statistic == "median")


# --- a number within a bracket of a "respectively" list is the bracketed value's -----------------------------


def test_bracketed_ratio_in_a_respectively_list_is_its_values() -> None:
    recs, _ = _read(
        "Geometric means of AUCinf and AUClast for drug Q were decreased by 70 [geometric mean ratio 30% (90% CI "
        "26–35)] and 72% [geometric mean ratio 28% (90% CI 24–33)] respectively, when given with an inducer."
    )
    assert _rows(recs, "ci_low", 26) == [("AUCinf geometric mean ratio", None)]
    assert [row for row, _ in _rows(recs, "ci_high", 33)] == ["AUClast for drug Q geometric mean ratio"]


def test_the_entire_evaluable_population_is_no_group() -> None:
    recs, _ = _read("In the entire evaluable subject population, the median Tmax was 2.0 h (range 1.0–4.0 h).")
    assert all(r.arm is None for r in recs)


@pytest.mark.parametrize(
    "sentence",
    [
        "Only one patient (17 %) had a pharmacokinetic-neutralizing re-",
        "All four markers showed a mean percentage change from baseline ranging from 5.6 to 208% on",
    ],
)
def test_broken_word_or_clause_is_no_label(sentence: str) -> None:
    recs, _ = _read(sentence)
    assert not [r for r in recs if r.row and (r.row[-1].endswith("-") or "showed" in r.row[-1])]


# --- reasons listed after "due to either", an estimate "for" a list of terms ----------------------------------


def test_items_after_due_to_either_are_withheld() -> None:
    recs, unread = _read(
        "Six patients could not be assessed due to either fewer than 3 cycles of drug given (two patients) or "
        "incomplete sample collection due to early progression (4 patients)."
    )
    assert not [r for r in recs if r.statistic == "count" and r.value in (2, 4)]
    assert "4 patients" in unread


def test_estimate_for_a_respectively_list_is_not_its_first_term() -> None:
    recs, _ = _read(
        "Reductions were smaller with drug E 50 mg twice daily (8.1 mm Hg and 3.2 mm Hg for systolic and diastolic "
        "BP, respectively) and not significant vs placebo."
    )
    assert not [r for r in recs if r.value == 3.2 and r.row and r.row[-1] == "systolic"]


# --- a count that names what it counts does not continue the statement before it ----------------------------


@pytest.mark.parametrize(
    ("sentence", "raw"),
    [
        (
            "Twenty of the 25 patients had a PFS event (3 deaths and 17 patients whose disease progressed).",
            "17 patients",
        ),
        (
            "Ten patients in Arm B had discontinued (seven due to progression, one death (sepsis) and one "
            "withdrawal by the patient).",
            "one withdrawal by the patient",
        ),
    ],
)
def test_count_with_its_own_noun_does_not_inherit(sentence: str, raw: str) -> None:
    recs, unread = _read(sentence)
    assert not [r for r in recs if r.raw == raw]
    assert raw in unread


def test_elided_coordinate_still_inherits() -> None:
    recs, _ = _read("By the cutoff, 240 deaths had occurred in the A group and 171 in the B group.")
    assert [row for row, _ in _rows(recs, "count", 171)] == [row for row, _ in _rows(recs, "count", 240)]
    assert _rows(recs, "count", 171)


def test_paragraph_about_a_study_part_broken_down_by_dose() -> None:
    recs, _ = _read(
        "Twelve patients were enrolled in part 1: two patients received 1 mg/kg, four patients each received 3 or "
        "6 mg/kg, and two patients received 12 mg/kg. Eight patients had been treated with interferon, and the "
        "best response to the last systemic therapy was SD (n=5)."
    )
    assert _rows(recs, "count", 5) == [("SD", "part 1")]


def test_events_of_progression_or_death_are_pfs_events() -> None:
    recs, _ = _read(
        "Patients were assigned to the AB arm or the CD arm.",
        "At the data cutoff, events (progression or death) occurred in 40 patients (80%) receiving AB and 45 (90%) "
        "receiving CD.",
    )
    assert _rows(recs, "count", 40) == [("PFS events", "AB")]


@pytest.mark.parametrize("verb", ["enrolled", "treated"])
def test_bare_participle_before_a_bracket_is_no_term(verb: str) -> None:
    recs, _ = _read(f"Thus, a low-risk population was {verb} (70% of patients had a risk score of 0).")
    assert _rows(recs, "percent", 70) == [("risk score of 0", None)]


def test_had_received_is_one_verb() -> None:
    recs, _ = _read("Of 30 patients, 25 received prior therapy (40.0% had received at least two prior regimens).")
    assert not [r for r in recs if r.value == 40.0 and r.row == ["received"]]


def test_lowercase_lettered_group_is_read() -> None:
    recs, _ = _read("Of note, two patients in group B were enrolled with measurable disease.")
    assert [arm for _, arm in _rows(recs, "count", 2)] == ["group B"]


@pytest.mark.parametrize("sentence", ["All but three patients had previous surgery.", "All but 4 patients were male."])
def test_all_but_counts_the_complement(sentence: str) -> None:
    recs, unread = _read(sentence)
    assert not [r for r in recs if r.statistic == "count"]
    assert unread


@pytest.mark.parametrize(("sentence", "label"), [("Two deaths occurred during follow-up.", "deaths")])
def test_count_word_is_not_part_of_the_label(sentence: str, label: str) -> None:
    recs, _ = _read(sentence)
    assert [row for row, _ in _rows(recs, "count", 2)] == [label]
