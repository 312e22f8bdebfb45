"""A third, fresh corpus of comparative statistics in results prose: tests/extraction/prose_ratios3_corpus.py (65
sentences and short paragraphs in phase-3 results forms the two earlier ratio corpora do not use, written from
general knowledge of NEJM, Lancet, JCO, Circulation, EHJ and Annals of Oncology phrasing; invented drugs and
numbers), scored by tests/extraction/prose_ratios3_score.py: precision = right / everything emitted (right, wrong,
and numbers no gold names), recall = required gold read right / required gold.

First contact (main at f7f8105, before any change, the gold as first written): right 159, withheld 85, wrong 21
(endpoint 17, group 4), extra 0, missed 0; precision 159/180 = 0.883, recall 132/228 = 0.579; comparative right
128, withheld 79, wrong 10 (endpoint 7, group 3). Mislabel families by sentence form:
  - a ratio bracketed after "over a median follow-up of N years" read as the follow-up's (summary of; 4);
  - a second outcome's own bracket "... and of all-cause death (HR 0·83, 0·71–0·97)" taking the first's outcome
    (inherited (contrast, hr); 1);
  - "(P=0.48 for interaction)" after an outcome read as the outcome's P (clause endpoint; 1);
  - "A was noninferior to B (risk difference, ...)" read with "noninferior to B" as the endpoint (term before
    bracket; 3);
  - "The relative risk reduction for stroke was 36% (95% CI ...)" filed under "relative risk reduction" (copula
    subject; 3);
  - another trial's numbers: "In the ATLAS-4 trial, ... (hazard ratio, 0.79; ...)", "in KEYNOTE-810, ... HR of 0·85",
    "When our results were pooled with those of the two previous trials, ... (P=0.71)" (5);
  - a subgroup opened with a count, "Among the 412 patients with EGFR exon 19 deletions, the hazard ratio ...",
    filed as the whole trial's (ratio: named for; 3).
(The optional median follow-up of the first form was also read as the arm's, one wrong group.)

Fixed (rules about sentence forms; extractors/prose_comparison_doubts.py, hooked by one call each in prose_build.py,
prose_statements.py and prose_endpoints.py; prose_study.py and prose_ratio_doubts.py one pattern each): a P value
whose item of its bracket (or clause) says interaction, heterogeneity or trend, or whose bracket follows
"heterogeneity"/"interaction", is withheld; a ratio, or a P value or interval in a ratio's bracket, labelled the
follow-up is withheld, and so is a ratio or P value that would inherit the follow-up; a label that is only a
noninferiority or equivalence comparison ("[difference in] noninferior to B") is withheld; a ratio or P value, first
in its bracket, bracketed after a coordinated term of its own (") and of all-cause death (") does not inherit the
earlier bracket's outcome; "The relative risk reduction for X was ..." is labelled "relative risk reduction for X"
(the bare reduction's name stays what other forms give it: "(relative risk reduction, 14%)"); "In the NAME trial,"
at a sentence's start is another study's as "in the NAME trial" was; "among the N patients with ..." is a subgroup
as "among patients with ..." was. (A first version withheld every label that is a reduction's name, and every label
holding "superior to", "inferior to" and the like: the golden-floor and reader-snapshot tests of held-out files
failed with them, seen pass or fail only, nothing of those files read; the first was replaced by the label above,
the second narrowed to "noninferior / equivalent to" taken alone, with which those tests pass.)

End: right 162, withheld 93, wrong 2 (endpoint 1, group 1), extra 0, missed 0; precision 162/164 = 0.988, recall
135/228 = 0.592; comparative right 130, withheld 87, wrong 0. Left: another trial named without "trial" ("By
contrast, in KEYNOTE-810, ... HR of 0·85"; a trial's own acronym opens its own results sentences the same way), and
the optional follow-up given the arm of "Treatment with A ... over a median follow-up of 2.4 years" (a count/summary
reader, not a comparative statistic).
"""

from __future__ import annotations

from extractors.prose import read_paragraphs
from tests.extraction.prose_ratios3_corpus import CORPUS, FORMS
from tests.extraction.prose_ratios3_score import comparative, figures, totals
from tests.extraction.prose_ratios3_score import score as _score

_SCORED: list[list[tuple[str, str, str, str]]] = []
_FIGURES: list[dict[str, float]] = []

FIRST_CONTACT = {"right": 159, "withheld": 85, "wrong endpoint": 17, "wrong group": 4, "wrong statistic": 0}
FIRST_CONTACT_FIGURES = {"right": 159, "wrong": 21, "extra": 0, "precision": 0.883, "recall": 0.579}
WRONG = ("wrong endpoint", "wrong group", "wrong statistic")


def rows() -> list[tuple[str, str, str, str]]:
    if not _SCORED:
        _SCORED.append(_score(CORPUS, FORMS))
    return _SCORED[0]


def counts() -> dict[str, float]:
    if not _FIGURES:
        _FIGURES.append(figures(CORPUS, FORMS))
    return _FIGURES[0]


def test_the_corpus_has_its_gold() -> None:
    assert 40 <= len(CORPUS) == len(FORMS) <= 70


def test_ratios3_ratchet() -> None:
    overall, got = totals(rows()), counts()
    assert overall["missed"] == 0
    assert sum(overall[k] for k in WRONG) <= 2 < sum(FIRST_CONTACT[k] for k in WRONG)
    assert got["precision"] >= 0.988 > FIRST_CONTACT_FIGURES["precision"] and got["extra"] == 0
    assert got["recall"] >= 0.592 and got["right"] >= 162


def test_no_comparative_statistic_is_read_wrong() -> None:
    compared = totals(comparative(rows()))
    assert compared["right"] >= 130 and not sum(compared[k] for k in WRONG)


def _read(paragraph: str, context: str | None = None) -> dict[float, tuple[str, str | None, str | None]]:
    records, _ = read_paragraphs([context, paragraph] if context else [paragraph])
    return {r.value: (r.statistic, r.row[-1] if r.row else None, r.arm) for r in records if r.value is not None}


ARMS = "Patients were randomly assigned to A or placebo."


def test_a_p_value_for_interaction_or_heterogeneity_is_withheld() -> None:
    read = _read("The effect of A on overall survival was similar across subgroups (P=0.37 for interaction).", ARMS)
    assert 0.37 not in read
    read = _read(
        "In the pooled analysis, the hazard ratio for death was 0.86 (95% CI, 0.77 to 0.96), with no heterogeneity "
        "(I2=0%; P=0.64).",
        ARMS,
    )
    assert 0.64 not in read


def test_a_ratio_after_a_follow_up_is_not_the_follow_up_s() -> None:
    read = _read(
        "A did not reduce the rate of major adverse cardiac events over a median follow-up of 3.2 years (hazard "
        "ratio, 0.93; 95% CI, 0.78 to 1.11; P=0.41).",
        ARMS,
    )
    assert all(v not in read or read[v][1] != "follow-up" for v in (0.93, 0.78, 1.11, 0.41))


def test_a_label_naming_a_comparison_is_withheld() -> None:
    read = _read("A was noninferior to placebo (risk difference, -2.1 percentage points; 95% CI, -5.0 to 0.8).", ARMS)
    assert not {-2.1, -5.0, 0.8} & set(read)


def test_a_ratio_after_a_coordinated_term_does_not_inherit_the_earlier_outcome() -> None:
    read = _read(
        "A reduced the risk of stroke (HR 0·72, 95% CI 0·60–0·87) and of systemic embolism (HR 0·81, 0·62–1·05).",
        ARMS,
    )
    assert read[0.72][0] == "hr" and "stroke" in (read[0.72][1] or "")
    assert 0.81 not in read or "stroke" not in (read[0.81][1] or "")


def test_a_p_value_after_values_of_its_own_bracket_keeps_their_outcome() -> None:
    read = _read(
        "Median survival (14.1 vs. 12.0 months; HR, 0.88; P = 0.31) and objective response rates (21 vs. 17%; odds "
        "ratio, 1.30; P = 0.27) did not differ between A and placebo.",
        ARMS,
    )
    assert read[0.27][0] == "p" and read[0.27][1] == read[1.30][1]


def test_another_trial_named_at_the_sentence_start_is_not_this_trial() -> None:
    read = _read(
        "In the NOVA-3 trial, B reduced the risk of stroke by 19% (hazard ratio, 0.81; 95% CI, 0.70 to 0.94).", ARMS
    )
    assert not {0.81, 0.70, 0.94} & set(read)


def test_a_ratio_among_a_counted_subgroup_is_withheld() -> None:
    read = _read(
        "Among the 530 patients with KRAS mutations, the hazard ratio for disease progression or death was 0.52 (95% "
        "CI, 0.40 to 0.68).",
        ARMS,
    )
    assert not {0.52, 0.40, 0.68} & set(read)


def test_a_relative_reduction_s_copula_subject_keeps_its_outcome() -> None:
    read = _read("The relative risk reduction for myocardial infarction was 29% (95% CI, 12 to 43).", ARMS)
    assert all(read[v][1] == "relative risk reduction for myocardial infarction" for v in (29, 12, 43))
    read = _read(
        "Intensive control reduced major microvascular events (relative risk reduction, 14%; 95% CI, 3 to 23)."
    )
    assert read[14][1] == "relative risk reduction"
