"""A precision-first second look at comparative statistics in results prose (hazard, odds, rate and risk ratios,
differences with intervals, P values): tests/extraction/prose_ratios2_corpus.py (CORPUS, 31 abstracts of randomized
phase 2/3 trials in oncology, cardiology, infectious disease and general medicine; SECOND, 12 abstracts gathered after
the fixes), scored per gold number and per binding kind by tests/extraction/prose_ratios2_score.py; "comparative" is
the ratios, differences, their bounds and P values (each arm's counts, shares and medians are optional gold).

First contact of CORPUS (main at 92778b5, before any change, the gold as first written): right 149, withheld 83, wrong
54 (endpoint 28, group 26), missed 0, kept out 117; comparative right 95, withheld 82, wrong 35 (endpoint 15, group
20). Two gold conventions were corrected before any fix, to those of the golden files and the other corpora: a P value
in a trial of three arms is of no group (first written as its arm's), a median follow-up is an optional "follow-up"
(first written as no result). With them: right 158, withheld 83, wrong 45 (endpoint 25, group 20); comparative right
101, withheld 82, wrong 29 (endpoint 15, group 14). Wrong per binding kind (Record.binding) of the comparative and
neighbouring records: "ratio: incidence of" right 7, wrong group 6; "ratio: named for" right 24, wrong endpoint 4,
wrong group 2; "ratio: for outcome" right 15, wrong endpoint 3, wrong group 3; "ratio: counted events" wrong group 3;
"inherited (contrast, p)" right 24, wrong endpoint 6, wrong group 1; "inherited (contrast, hr)" wrong endpoint 1;
"incidence of, distant" (a P) wrong endpoint 1; "term before bracket" wrong endpoint 2. By sentence form:
  - a ratio said of a subgroup ("the incidence of death was lower ... among patients receiving invasive mechanical
    ventilation (...; rate ratio, 0.64)", "At a median follow-up of 25.2 months in intermediate- and poor-risk
    patients, ...; ... (hazard ratio for death, 0.63; P<0.001)"): filed as the whole trial's (8);
  - a ratio of a trial of three groups ("1:1:1", "to A, B, or C"; "1.53% per year in the group that received 110 mg
    of dabigatran (relative risk with dabigatran, 0.91) and 1.11% ... 150 mg of dabigatran (relative risk, 0.66)"):
    no comparison, or the drug after "of" read as the outcome (13);
  - "hazard ratio for rosuvastatin, 0.56", "hazard ratio for the comparison with ipilimumab, 0.57": an arm or a
    comparison read as the outcome (8, with their P values);
  - "..., but major bleeding events occurred in more patients ... (...; hazard ratio, 1.70; P<0.001)": the ratio and P
    inheriting the earlier clause's outcome (2);
  - a P after a ratio in one bracket ("(... at 3 years, 60% vs. 27%; hazard ratio for disease progression or death,
    0.30; ...; P<0.001)") bound to the landmark named before the bracket (1);
  - "in both the modified intention-to-treat analysis (15.4% vs. 25.3%, P=0.005)": the analysis set read as the
    endpoint (P values 2, shares 4).

Fixed (rules about sentence forms; extractors/prose_ratio_doubts.py, prose_endpoints.py, prose_statements.py): a ratio
or P value with no group read is withheld when its clause (or its sentence's opening phrase) names a subgroup of the
patients ("among patients receiving/with/aged ...", "in poor-risk patients", "in the PD-L1-positive population"; not
"patients who received A", an arm); a ratio is withheld in a paper that allocates to three or more groups or in a
sentence naming three or more groups (a P value there is kept, as the golden files file it); "ratio for <an arm>" and
"ratio for the comparison ..." name no outcome; "of" after a dose ("150 mg of dabigatran") is no outcome; a ratio or P
value of a clause with its own subject (", but X occurred ...", "; X was ...") does not inherit another outcome; a P in
the bracket of a ratio is the ratio's; an analysis set ("... analysis", "... population") is no term. End of CORPUS:
right 163, withheld 107, wrong 11 (endpoint 6, group 5), kept out 122; comparative right 106, withheld 106, wrong 0; no
"ratio:" or "inherited (contrast, ...)" kind wrong. The 11 left are counts, shares and medians of each arm (the
count/percent readers: "subject occurred", "inherited (in reach / bracketed after an arm, count)", "had object",
"summary of"), not this round's.

First contact of SECOND (12 abstracts gathered after those fixes, read back once): right 49, withheld 52, wrong 11
(endpoint 5, group 5, statistic 1), kept out 27; comparative right 30, withheld 51, wrong 7 (endpoint 3, group 3,
statistic 1): two trials' differences in one labelled bracket ("(MODIFY I: ...; adjusted difference, -10.1 ...; MODIFY
II: ...)") filed with no trial; a relative reduction named before "of" ("a relative reduction in mortality from lung
cancer ... of 20.0% (95% CI ...; P=0.004)") read as a share of the earlier clause's deaths, its bounds and P after
it; a P inheriting from a ratio withheld for a subgroup population ("In the wild-type population, ..."); "Hazard
ratios for A and B were 0.28 (...) and 0.61 (...), respectively" giving the second a bare value. Fixed (cheap): a
comparative statistic in a bracket whose items are labelled ("NAME: ...") is withheld; "a relative reduction in X
... of N%" is a relative change and its P takes no label from it; "population"/"subgroup" of a kind ("wild-type",
"-positive") is a subgroup; a clause whose subject is "hazard (odds, risk) ratios" gives its values that statistic.
End of SECOND: right 48, withheld 61, wrong 3 (endpoint 1, group 2; counts of each arm), comparative right 29,
withheld 59, wrong 0.

Tuning (bench/prose_bindings.py --tuning-only): endpoint kinds emitted 1031, found 962, mislabeled 69 before and
after (one P value moved from "bracket's head" to "inherited (contrast, p)", still found); no tuning golden value is
withheld with the new reasons. Held-out files, by bench/prose_bindings.py's aggregate counts only (no paper of the
validation split was opened): labelled prose values emitted 459, found 329, mislabeled 130 on main; 458, 328, 130
after. Four P values moved from "incidence of, distant" to "inherited (contrast, p)" (the P in a ratio's bracket),
found 3 and mislabeled 2 there; the two "bracket's head" P values mislabeled went; "ratio: subject occurred" (9 of 15
mislabeled), "ratio: incidence of" (6 of 15), "ratio: for outcome" (6 of 15) and "ratio: named for" (3 of 21) are
as they were: the held-out ratio errors are in forms this corpus did not sample. (A first version also read "of" an
arm's name as no outcome; no paragraph here needed it and the aggregate counts showed it withholding six right
ratios of the held-out files, so it was dropped.)
"""

from __future__ import annotations

from extractors.prose import read_paragraphs
from tests.extraction.prose_ratios2_corpus import CORPUS, FORMS, SECOND, SECOND_FORMS
from tests.extraction.prose_ratios2_score import by_binding, comparative, totals
from tests.extraction.prose_ratios2_score import score as _score

_SCORED: dict[int, list[tuple[str, str, str, str]]] = {}

FIRST_CONTACT = {"right": 158, "withheld": 83, "wrong endpoint": 25, "wrong group": 20, "wrong statistic": 0}
FIRST_CONTACT_COMPARATIVE = {"right": 101, "withheld": 82, "wrong endpoint": 15, "wrong group": 14}
SECOND_FIRST_CONTACT = {"right": 49, "withheld": 52, "wrong endpoint": 5, "wrong group": 5, "wrong statistic": 1}
SECOND_FIRST_CONTACT_COMPARATIVE = {"right": 30, "withheld": 51, "wrong endpoint": 3, "wrong group": 3}
WRONG = ("wrong endpoint", "wrong group", "wrong statistic")


def score(corpus: list, forms: list[str]) -> list[tuple[str, str, str, str]]:  # type: ignore[type-arg]
    """Each corpus read back once per test session."""
    if id(corpus) not in _SCORED:
        _SCORED[id(corpus)] = _score(corpus, forms)
    return _SCORED[id(corpus)]


def _wrong(counts: dict[str, int]) -> int:
    return sum(counts[k] for k in WRONG)


def test_the_corpora_have_their_gold() -> None:
    assert len(CORPUS) == len(FORMS) >= 30 and len(SECOND) == len(SECOND_FORMS) >= 12


def test_ratios2_ratchet() -> None:
    rows = score(CORPUS, FORMS)
    overall, compared = totals(rows), totals(comparative(rows))
    assert compared["right"] >= 106 > FIRST_CONTACT_COMPARATIVE["right"]
    assert _wrong(compared) == 0 and compared["missed"] == 0
    assert _wrong(overall) <= 11 < _wrong(FIRST_CONTACT) and overall["missed"] == 0


def test_second_instances_ratchet() -> None:
    rows = score(SECOND, SECOND_FORMS)
    overall, compared = totals(rows), totals(comparative(rows))
    assert compared["right"] >= 29
    assert _wrong(compared) == 0 and compared["missed"] == 0
    assert _wrong(overall) <= 3 and overall["missed"] == 0


def test_no_ratio_or_contrast_kind_reads_a_number_wrong() -> None:
    kinds = by_binding(score(CORPUS, FORMS) + score(SECOND, SECOND_FORMS))
    ratio_kinds = {k: c for k, c in kinds.items() if k.startswith(("ratio", "inherited (contrast"))}
    assert ratio_kinds and not {k: c for k, c in ratio_kinds.items() if any(w in c for w in WRONG)}


def _read(paragraph: str, context: str | None = None) -> dict[float, tuple[str, str | None, str | None]]:
    records, _ = read_paragraphs([context, paragraph] if context else [paragraph])
    return {r.value: (r.statistic, r.row[-1] if r.row else None, r.arm) for r in records if r.value is not None}


def test_a_ratio_of_a_subgroup_is_withheld() -> None:
    read = _read(
        "Mortality was lower with the drug than with placebo among patients receiving dialysis (21.0% vs. 30.2%; "
        "rate ratio, 0.70; 95% CI, 0.55 to 0.88)."
    )
    assert not {0.70, 0.55, 0.88} & set(read)


def test_a_ratio_of_patients_who_received_an_arm_is_read() -> None:
    read = _read(
        "Delirium was more common among patients who received droperidol (odds ratio, 1.52; 95% CI, 1.1 to 2.1)."
    )
    assert read[1.52][:2] == ("or", "Delirium")


def test_a_ratio_of_a_three_arm_trial_is_withheld() -> None:
    read = _read(
        "The median progression-free survival was 9.1 months with A plus B and 3.0 months with B (hazard ratio for "
        "disease progression or death, 0.45; 95% CI, 0.33 to 0.60).",
        "Patients were randomly assigned in a 1:1:1 ratio to A plus B, A alone, or B alone.",
    )
    assert not {0.45, 0.33, 0.60} & set(read)


def test_a_ratio_named_for_an_arm_or_a_comparison_is_withheld() -> None:
    read = _read(
        "Rates of the primary end point were 0.80 and 1.40 per 100 person-years in the statin and placebo groups, "
        "respectively (hazard ratio for statin, 0.57; 95% CI, 0.45 to 0.70).",
        "Participants were randomly assigned to statin or placebo.",
    )
    assert 0.57 not in read
    read = _read("The median was 7.0 months with A (hazard ratio for the comparison with B, 0.61; 95% CI, 0.5 to 0.8).")
    assert 0.61 not in read


def test_a_ratio_of_a_clause_with_its_own_subject_does_not_inherit() -> None:
    read = _read(
        "The primary outcome occurred in fewer patients in the A group than in the B group (300 patients [4.0%] vs. "
        "400 patients [5.3%]; hazard ratio, 0.75; 95% CI, 0.65 to 0.87; P<0.001), but major bleeding events occurred "
        "in more patients in the A group (250 patients [3.3%] vs. 150 patients [2.0%]; hazard ratio, 1.66; 95% CI, "
        "1.36 to 2.02; P=0.002).",
        "Patients were randomly assigned to A or B.",
    )
    assert 0.75 not in read or read[0.75][:2] == ("hr", "primary outcome")
    assert 1.66 not in read or read[1.66][1] != "primary outcome"
    assert 0.002 not in read or read[0.002][1] != "primary outcome"


def test_a_p_value_in_a_ratio_s_bracket_is_the_ratio_s() -> None:
    read = _read(
        "The risk of disease progression or death was 65% lower with A than with B (rate of freedom from progression "
        "at 3 years, 58% vs. 25%; hazard ratio for disease progression or death, 0.35; 95% CI, 0.26 to 0.47; "
        "P<0.001)."
    )
    assert read[0.001][:2] == ("p", read[0.35][1]) and read[0.35][0] == "hr"


def test_labelled_items_of_a_bracket_are_withheld() -> None:
    read = _read(
        "Recurrence was lower with A than with placebo (TRIAL I: 15% vs. 27%; adjusted difference, -12.0 percentage "
        "points; 95% CI, -18.0 to -6.0; TRIAL II: 14% vs. 25%; adjusted difference, -11.0 percentage points; 95% CI, "
        "-17.0 to -5.0).",
        "Patients were randomly assigned to A or placebo.",
    )
    assert not {-12.0, -11.0} & set(read)


def test_ratios_the_subject_names_are_ratios() -> None:
    read = _read(
        "Hazard ratios for stroke and for systemic embolism were 0.40 (95% CI, 0.22 to 0.71; P=0.002) and 0.73 (95% "
        "CI, 0.41 to 1.30; P=0.28), respectively."
    )
    assert all(read[v][0] == "hr" for v in (0.40, 0.73) if v in read)
