"""The continuous-measure corpus (prose_continuous_corpus.py) read back and held to its end figures, and the rules for
summary statistics of continuous measures and PK parameters (extractors/prose_continuous.py and the patterns it
feeds), each with a second instance written after the rule, in the form of another public page.

First contact (main at 87a0059; 38 paragraphs, 149 scored gold numbers): right 34, withheld 69, silently wrong 20,
missed 0, kept out 26. End: right 77, withheld 42, silently wrong 0, missed 0, kept out 30."""

from __future__ import annotations

from extractors.prose import read_paragraphs
from extractors.prose_continuous import RANGE_OF_SUMMARIES, RELATIVE_CHANGE
from tests.extraction.prose_calibration_score import totals
from tests.extraction.prose_continuous_corpus import CORPUS
from tests.extraction.prose_continuous_score import FIRST_CONTACT, score


def _read(*paragraphs: str) -> tuple[dict[float, tuple[str | None, str, str | None]], dict[float, str]]:
    """Per value: (endpoint, statistic, group) of the record read, and the reason of the finding that withholds
    it."""
    records, findings = read_paragraphs(list(paragraphs))
    read: dict[float, tuple[str | None, str, str | None]] = {
        r.value: (r.row[-1] if r.row else None, str(r.statistic), r.arm) for r in records if r.value is not None
    }
    held = {v.value: f.message for f in findings for v in f.values if v.value is not None}
    return read, held


def test_the_corpus_has_its_gold() -> None:
    assert len(CORPUS) >= 35
    assert sum(len(gold) for _, _, gold in CORPUS) >= 140


def test_continuous_ratchet() -> None:
    # first contact: 34 right, 20 silently wrong; a change may raise right and lower wrong, never the other way
    overall = totals(score(CORPUS))
    assert overall["right"] >= 77 and overall["right"] > FIRST_CONTACT["right"]
    assert overall["wrong"] == 0
    assert overall["missed"] == 0


def test_a_percent_with_a_comparative_after_it_is_a_relative_change() -> None:
    # corpus: "Cmax was about 19% higher under fed conditions (P = 0.012)"; second instance in the form of
    # https://discovery.researcher.life/article/pharmacokinetics-and-tolerability-of-almorexant-in-japanese-and-
    # caucasian-healthy-male-subjects/bd046fe5e8d235ff8739df8521cb763d ("Cmax was 13% lower (ratio of geometric means
    # [90% CI]: 0.87 [0.53, 1.43]) ... in the Japanese subjects")
    read, held = _read("Cmax was 12% lower (ratio of geometric means [90% CI]: 0.88 [0.55, 1.41]) in Japanese men.")
    assert 12 not in read
    assert held[12].endswith(RELATIVE_CHANGE)


def test_a_range_of_means_is_no_range_of_one_distribution() -> None:
    # corpus: "Mean accumulation ratios ranged from 1.31 to 1.47 across the dose levels"; second instance in the form
    # of https://pmc.ncbi.nlm.nih.gov/articles/PMC9314093/table/bcp15294-tbl-0002 (Rac per hepatic function group)
    read, held = _read("Mean Rac values ranged from 4.8 to 5.2 across the hepatic function groups.")
    assert 4.8 not in read and 5.2 not in read
    assert held[4.8].endswith(RANGE_OF_SUMMARIES)


def test_a_ratio_said_in_percent_is_a_value_of_its_quantity() -> None:
    # corpus: "the geometric mean ratio of zelnorvir AUC0-24 was 110% (90% CI 84–144)"; second instance in the form of
    # https://discovery.researcher.life/article/pharmacokinetics-and-safety-evaluation-of-maribavir-in-healthy-
    # japanese-and-matched-white-participants-a-phase-1-openlabel-study/5712def00a103e5d84ff4b934cc3f2a2 ("the
    # geometric mean ratios (90% confidence interval) ... were 110% (91.7%-133%) for maximum plasma concentration")
    read, _ = _read("The geometric mean ratio of Cmax was 112% (90% CI 93–135) in Japanese versus White participants.")
    endpoint, statistic, _ = read[112]
    assert statistic == "value"
    assert endpoint is not None and "Cmax" in endpoint and "ratio" in endpoint
    assert read[93][1] == "ci_low" and read[93][0] == endpoint


def test_respectively_items_of_a_ratio_keep_the_ratio() -> None:
    # corpus: "The geometric mean ratio of the Cmax and AUC0-t of midazolam on day 14 to those on day -1 was 1.79 (...)
    # and 2.94 (...), respectively"; second instance in the form of
    # https://bmcpulmmed.biomedcentral.com/articles/10.1186/s12890-020-01382-6/tables/3 (adjusted geometric mean ratio
    # (90% CI) Japanese/Caucasian of Cmax and AUC0-24h)
    read, _ = _read(
        "The adjusted geometric mean ratios of the Cmax and AUC0-24h of indacaterol in Japanese to Caucasian subjects "
        "were 1.22 (90% CI 1.05–1.41) and 1.13 (90% CI 0.97–1.31), respectively."
    )
    assert read[1.22][:2] == ("Cmax ratio", "value")
    assert read[1.13][:2] == ("AUC0-24h ratio", "value")


def test_values_in_hours_count_in_a_respectively_pairing() -> None:
    # corpus: "The Tmax values were 2.5 h (range: ...) and 1.0 h (range: ...) in the oral and intravenous groups,
    # respectively"; second instance in the form of PMC9314093's table (Tmax median (range) per hepatic group)
    read, _ = _read(
        "The median Tmax values were 1.5 h (range 0.5–2.1 h) and 2.1 h (range 1.1–4.0 h) in the normal and mild "
        "hepatic impairment groups, respectively."
    )
    assert read[1.5][2] is not None and "normal" in read[1.5][2]
    assert read[2.1][2] is not None and "mild" in read[2.1][2]


def test_a_median_of_a_count_is_of_the_counted_noun() -> None:
    # corpus: "Patients received a median of 5 cycles (range 1-26)"; second instance in the form of
    # https://pure.gustaveroussy.fr/fr/publications/gemcitabine-in-advanced-adult-soft-tissue-sarcomas-a-phase-ii-stu
    # ("The median number of cycles was three (range 1-8 cycles)")
    read, _ = _read("Patients received a median of 4 infusions (range 1-12) of the study drug.")
    assert read[4] == ("infusions", "median", None)
    assert read[1][:2] == ("infusions", "min") and read[12][:2] == ("infusions", "max")


def test_values_said_after_their_route_take_it_as_group() -> None:
    # corpus: "35.2 ± 6.1 L/h following intravenous administration and 298.4 ± 120.7 L/h following oral administration";
    # second instance in the form of https://pmc.ncbi.nlm.nih.gov/articles/PMC7460420/table/animals-10-01332-t001
    # (clearance per route)
    read, _ = _read(
        "The clearance was 0.21 ± 0.01 L/h following intravenous administration and 0.33 ± 0.05 L/h following "
        "intramuscular administration."
    )
    assert read[0.21][1:] == ("mean", "intravenous")
    # one route alone may be the study's only one: no group
    read, _ = _read("The clearance was 0.21 ± 0.01 L/h following intravenous administration.")
    assert read[0.21][2] is None


def test_a_dose_said_after_a_time_is_its_group() -> None:
    # corpus: "The median tmax ... was 7.5 h (range 4.0–10.0 h) after the 10 mg dose"; second instance in the form of
    # the maribavir page above ("Following the 400-mg dose, ...")
    read, _ = _read("The median Tmax was 2.0 h (range 1.0–4.0 h) after the 400 mg dose.")
    assert read[2.0] == ("Tmax", "median", "400 mg")


def test_a_mean_and_sd_take_the_range_that_brackets_them() -> None:
    # corpus: "The mean age of the volunteers was 31 (±8.2) years (range 19–55 years)"; second instance in the form of
    # https://www.e-crt.org/journal/view.php?number=2629 ("Age at MGC diagnosis, mean±SD 61.3±9.8")
    read, _ = _read("The mean age at diagnosis was 61.3 ± 9.8 years (range 25-84 years).")
    assert read[61.3][:2] == ("age at diagnosis", "mean") or read[61.3][1] == "mean"
    assert read[9.8][1] == "sd" and read[25][1] == "min" and read[84][1] == "max"
    # a range that does not bracket the mean is not its range (nor is the SD a mean)
    read, _ = _read("The mean age was 64.2 ± 9.1 years (range, 70-83).")
    assert read[64.2][1] == "mean" and read[9.1][1] == "sd"
    assert 70 not in read and 83 not in read


def test_measured_values_said_for_their_groups() -> None:
    # corpus: "Mean AUCinf values were 388 µg·h/mL for the tablet and 402 µg·h/mL for the capsule"; second instance in
    # the form of PMC9314093's table (AUC0−24 (ng•h/mL), Cmax (ng/mL) per group)
    read, _ = _read(
        "Mean AUC0-24 values were 112 ng·h/mL for the normal function group and 159 ng·h/mL for the mild impairment "
        "group."
    )
    assert read[112][1:] == ("mean", "normal function")
    assert read[159][1:] == ("mean", "mild impairment")
    # a term said "for" after an estimate with no unit is the estimate's term, no group ("-0.12 for MMSE")


def test_a_bracketed_cv_is_the_summary_s_coefficient_of_variation() -> None:
    # corpus: "the geometric mean terminal half-life was 14.6 h (CV 28%)"; second instance in the form of PMC9314093's
    # table (Rac 5.070 (24): geometric mean (CV%))
    read, _ = _read("The geometric mean accumulation ratio was 5.1 (CV 24%) in cohort 2.")
    assert read[5.1] == ("accumulation ratio", "geometric_mean", "cohort 2")
    assert read[24] == ("accumulation ratio", "cv_percent", "cohort 2")


def test_a_bracket_of_summaries_is_of_the_measure_it_follows() -> None:
    # corpus: "The number of infusions per patient (median 6, mean 9.2, range 1–38)"; second instance in the form of
    # https://ovariancancerandus.blogspot.com/search/label/progression%20free%20survival ("a median of three
    # chemotherapy or hormonal treatments (mean, 3.32 treatments; range, 1 - 11 treatments)")
    read, _ = _read("The number of prior regimens (median 3, mean 3.3, range 1–11) did not differ between cohorts.")
    assert read[3][1] == "median" and read[3.3][1] == "mean"
    assert all(read[v][0] is not None and "prior regimens" in (read[v][0] or "") for v in (3, 3.3, 1, 11))


def test_a_median_duration_is_of_the_event_before_it() -> None:
    # corpus: "Infusion-related reactions resolved after a median duration of 10 h (range 8–19 h)"; second instance in
    # the form of https://scilit.net/publications/112b8f9723ec8b7f6648b528e378bce5 ("achieved a partial response
    # lasting 8 months")
    read, _ = _read("Two patients had a partial response with a median duration of 7.5 months.")
    assert read[7.5] == ("duration of partial response", "median", None)
    # a clause whose subject is the patients names no event
    read, _ = _read("Patients resolved after a median duration of 4 days.")
    assert 4 not in read or read[4][0] is None
