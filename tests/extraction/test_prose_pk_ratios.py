"""The PK ratios corpus (tests/extraction/prose_pk_ratios_corpus.py: 45 clinical-pharmacology results sentences,
ratios of geometric means with a bare or a "90% CI" interval, percent and fold changes, "..., respectively" pairs,
summaries in hours, Tmax with its range, dose-proportionality sentences; invented drugs and numbers), scored by
tests/extraction/prose_pk_ratios_score.py, and the sentence forms extractors/prose_pk_ratios.py reads.

First contact (branch pkratios at 7438f1e's rules, before any change): with the gold as first written, right 5,
wrong 30 (group 27, endpoint 3), extra 1; precision 5/36 = 0.139, recall 5/119 = 0.042. The gold was then amended
once (a ratio or change of a treatment against its reference is the comparison's, group None, as the golden files
and the ratio corpora file it; a drug marked as one of several, a day, a dose or the fed state stays its group):
first contact under the amended gold right 8, wrong 27 (group 20, statistic 4, endpoint 3), extra 1; precision
8/36 = 0.222, recall 8/119 = 0.067.

End: right 117, wrong 0, extra 0; precision 1.000, recall 114/119 = 0.958 (withheld: a summary "averaged ... and
..., respectively" in hours, a mean accumulation ratio, a parent/metabolite AUC ratio's fold change, and two
concentrations whose days the sentence names but whose statistic it gives only at its end).

Tuning golden files (bench/accuracy.py --tuning-only): prose labelled right 1172 -> 1204, mislabeled 58 -> 58,
tables 18028/18068 unchanged; etravirine 9 -> 26 of 88, lorundrostat 12 -> 25 of 79, axitinib 17 -> 18,
paracetamol-im 5 -> 6; no file lost a right value or gained a mislabel. Two of the forms (the group a change's
clause marks, each bracketed value of a summary after its group, a median's range, the slope versus dose) were
read off the tuning papers' sentences and written as general forms, each with its test below in other words."""

from __future__ import annotations

from extractors.prose import read_paragraphs
from schemas.records import Record
from tests.extraction.prose_pk_ratios_corpus import CORPUS, FORMS
from tests.extraction.prose_pk_ratios_score import figures, totals
from tests.extraction.prose_pk_ratios_score import score as _score

_FIGURES: list[dict[str, float]] = []
WRONG = ("wrong endpoint", "wrong group", "wrong statistic")


def counts() -> dict[str, float]:
    if not _FIGURES:
        _FIGURES.append(figures(CORPUS, FORMS))
    return _FIGURES[0]


def test_the_corpus_has_its_gold() -> None:
    assert 40 <= len(CORPUS) == len(FORMS)


def test_pk_ratios_ratchet() -> None:
    got = counts()
    assert got["wrong"] + got["extra"] == 0
    assert got["precision"] >= 0.99 and got["recall"] >= 0.95


def test_nothing_silently_missed() -> None:
    assert totals(_score(CORPUS, FORMS))["missed"] == 0


def _read(*paragraphs: str) -> list[Record]:
    return read_paragraphs(list(paragraphs))[0]


def _of(records: list[Record], statistic: str, value: float) -> list[tuple[str, str | None]]:
    return [(r.row[-1], r.arm) for r in records if r.statistic == statistic and r.value == value]


# --- ratios ------------------------------------------------------------------------------------------------------


def test_a_ratio_named_by_its_parameter_with_a_bare_interval() -> None:
    recs = _read("The Cmax ratio was 1.38 [1.12, 1.70] and the AUC0-inf ratio was 2.21 [1.95, 2.50].")
    assert _of(recs, "value", 1.38) == [("Cmax ratio", None)]
    assert _of(recs, "ci_low", 1.12) == [("Cmax ratio", None)]
    assert _of(recs, "ci_high", 2.50) == [("AUC0-inf ratio", None)]


def test_a_ratio_bracketed_after_its_parameters_clause() -> None:
    recs = _read("Warfarin AUClast was slightly higher with the study drug (LSM ratio 1.12 [0.95, 1.31]).")
    assert _of(recs, "value", 1.12) == [("Warfarin AUClast ratio", None)]
    recs = _read("Treatment did not alter warfarin Cmax (GMR 0.94; 90% CI 0.86-1.03).")
    assert _of(recs, "ci_high", 1.03) == [("warfarin Cmax ratio", None)]


def test_a_bracket_after_two_parameters_is_not_read() -> None:
    recs = _read("Warfarin Cmax and AUClast were unchanged (LSM ratio 1.02 [0.95, 1.10]).")
    assert _of(recs, "value", 1.02) == []


def test_ratios_given_for_each_parameter_and_in_order() -> None:
    recs = _read(
        "The fed/fasted ratio of geometric means was 1.06 [0.95-1.18] for AUC0-inf and 0.81 [0.70-0.94] for Cmax."
    )
    assert _of(recs, "value", 0.81) == [("Cmax ratio", "fed")]
    assert _of(recs, "ci_high", 1.18) == [("AUC0-inf ratio", "fed")]
    recs = _read("Lopinavir Cmax and AUC0-inf GMRs (90% CI) were 1.11 (1.01-1.22) and 1.64 (1.50-1.79).")
    assert _of(recs, "value", 1.64) == [("Lopinavir AUC0-inf ratio", None)]


def test_a_ratio_of_two_days_is_the_later_days() -> None:
    recs = _read(
        "The geometric mean ratio of the AUC0-t of midazolam on day 21 to that on day -1 was 1.12 (90% CI, "
        "1.03 – 1.22)."
    )
    [(label, group)] = _of(recs, "value", 1.12)
    assert "AUC0-t" in label and "midazolam" in label and group == "day 21"


# --- changes -----------------------------------------------------------------------------------------------------


def test_a_change_with_its_interval_and_a_list_of_changes() -> None:
    recs = _read("Omeprazole AUC0-8h increased by 35% (90% CI, 18%-54%) with the study drug.")
    assert _of(recs, "value", 35) == [("Omeprazole AUC0-8h increase", None)]
    assert _of(recs, "ci_low", 18) == [("Omeprazole AUC0-8h increase", None)]
    recs = _read("Caffeine Cmax and AUC0-24h were decreased by 14% and 22%, respectively, with steady-state tozarib.")
    assert _of(recs, "value", 22) == [("Caffeine AUC0-24h decrease", "steady-state tozarib")]


def test_a_change_in_a_paper_of_several_drug_conditions_needs_its_own() -> None:
    context = "Probes were given alone, with a single tozarib dose and with steady-state tozarib."
    recs = _read(context, "The midazolam AUC0-5h was decreased by 27% (90% CI of LSM ratio: 0.66-0.81).")
    assert _of(recs, "value", 27) == []  # which of the two tozarib periods: not told


# --- summaries and Tmax -------------------------------------------------------------------------------------------


def test_a_summary_in_hours_and_its_dose() -> None:
    recs = _read("The geometric mean t1/2 was 9.1 h across the dose range.")
    assert _of(recs, "geometric_mean", 9.1) == [("t1/2", None)]
    recs = _read("The mean t1/2 was 6.2 h at 20 mg and 8.7 h at 320 mg.")
    assert _of(recs, "mean", 8.7) == [("t1/2", "320 mg")]


def test_tmax_reached_at_a_median_with_its_range() -> None:
    recs = _read("Absorption was rapid; Tmax was reached at a median of 1.5 h (range 0.5-4 h).")
    assert _of(recs, "median", 1.5) == [("Tmax", None)]
    assert _of(recs, "max", 4) == [("Tmax", None)]


def test_a_value_of_two_groups_the_sentence_names_is_withheld_unless_it_says() -> None:
    recs = _read("Mean lopinavir Cmax was 412 ng/mL when given alone and 655 ng/mL with ritonavir.")
    assert _of(recs, "mean", 412) == [("lopinavir Cmax", "alone")]
    assert _of(recs, "mean", 655) in ([], [("lopinavir Cmax", "ritonavir")])


def test_a_digit_of_a_parameters_name_is_no_value() -> None:
    recs = _read("Steady state was reached by day 4, with a mean accumulation ratio for AUC0-24 of 1.37.")
    assert not [r for r in recs if r.value == 24]


def test_changes_of_each_clause_take_the_group_the_clause_marks() -> None:
    recs = _read(
        "The LSM ratios of caffeine Cmax and AUC0-8h were increased by 21% and 44%, respectively, with a single "
        "tozarib dose, and by 65% and 71%, respectively, with steady-state tozarib, compared with caffeine alone."
    )
    assert _of(recs, "value", 44) == [("caffeine AUC0-8h increase", "single tozarib dose")]
    assert _of(recs, "value", 65) == [("caffeine Cmax increase", "steady-state tozarib")]
    recs = _read(
        "For paraxanthine, Cmax and AUC0-8h were significantly increased (9% and 18%, respectively) by a single "
        "dose of tozarib, and significantly decreased (41% and 48%, respectively) by steady-state tozarib."
    )
    assert _of(recs, "value", 18) == [("paraxanthine AUC0-8h increase", "single tozarib dose")]
    assert _of(recs, "value", 41) == [("paraxanthine Cmax decrease", "steady-state tozarib")]


def test_a_medians_range_across_doses_is_its_least_and_greatest() -> None:
    recs = _read(
        "Following single oral doses across 10–600 mg, absorption was rapid with a median time to maximum "
        "concentration (Tmax) 0.8–1.6 h."
    )
    assert _of(recs, "min", 0.8) == [("median Tmax", "single oral doses across 10–600 mg")]
    recs = _read("In the MAD, exposure rose with dose, with a median Tmax 1.0–2.0 (Table 4).")
    assert _of(recs, "max", 2.0) == [("median Tmax", "MAD")]


def test_a_power_model_slope_versus_dose() -> None:
    recs = _read("The estimate of the slope (95% CI) for AUC0-inf versus dose was 0.97 (0.91–1.03).")
    assert _of(recs, "value", 0.97) == [("slope for AUC0-inf versus dose", None)]
    assert _of(recs, "ci_high", 1.03) == [("slope for AUC0-inf versus dose", None)]


def test_each_bracketed_value_of_a_summary_after_its_group() -> None:
    recs = _read(
        "The median Tmax values were similar for Asian participants (2.0 h) and White participants (2.5 h), and "
        "the mean t1/2 value was longer for Asian (14.1 h) than for White (11.8 h) participants."
    )
    assert _of(recs, "median", 2.5) == [("median Tmax", "White participants")]
    assert _of(recs, "mean", 14.1) == [("mean t1/2", "Asian")]
