"""The binding-precision corpus (prose_binding_precision_corpus.py: 42 paragraphs, 208 gold numbers, in the forms
of 23 public pages) read back and held to its end figures, and a second instance set (SECOND: 16 paragraphs, 89 gold
numbers, in the forms of 10 more pages, gathered after the fixes were written, gold written before they were read
back) with its own first contact and end figures.

Families fixed (extractors/prose_terms.py, prose_endpoints.py, prose_group_names.py, prose_build.py):
  * a count of patients is no endpoint: "Seven patients (8.4%) with X support developed FN, as well as 1 patient
    (2.9%) in the Y group" bound the second clause's numbers (and the P inherited after them) to the subject
    "Seven patients (8.4%) with X support" ("subject occurred", "inherited (contrast, p)"); now withheld;
  * the definite study set after its verb ("observed among the 22 patients evaluable for response") is the set's
    size, not a count of the endpoint (a set of what they achieved, "among the 24 patients who achieved SD or PR",
    stays a count);
  * an endpoint named inside the number's own bracket wins over the sentence's subject ("Two partial responses were
    observed (response rate 14%, ...)": ORR, not PR);
  * a number whose statement's coordinate after it names its group ("... as well as 1 patient in the Y group", "in
    14 (2.9%) of 482 X-supported cycles and in 3 (1.6%) of 186 cycles with Y", "grade 3 diarrhea in 23% and grade 4
    diarrhea in 5% in the B arm") and whose own group is not read is withheld, not filed as the whole trial's;
  * a share's own count or base bracketed after it ("84% (63 out of 75) of patients in the control group", "Seven
    patients (8.4%) with X") no longer hides the group said after it; a dose a level's name brackets ("At dosage
    level 3 (95 mg/m2), two of the 4 patients") is that level's group;
  * a bound of a CI bracketed apart from its estimate ("15 of 61 patients (24.6%) attained a response (95% CI:
    14.0%-36.0%)") is no share of patients.

First contact of CORPUS (main at 07dfe9a, before any change): right 77, withheld 70, wrong 19, missed 0, kept out 30
with the gold as first written; 9 of the 19 were baseline numbers (enrolled, evaluable, median age and its range,
share of men, prior lines) that gold had called non-results, refiled as "any label, optional" since the golden files
file them (the corpus says which): right 86, withheld 70, wrong 10, missed 0, kept out 30. The 10 wrong by binding
kind: "subject occurred" 3 endpoint (the count-of-patients subject twice, a study set's size once) + 2 group, "had
object" 3 group, "inherited (contrast, p)" 1 endpoint (the same count-of-patients subject). End: right 89, withheld
76, wrong 0, missed 0, kept out 31.

First contact of SECOND (read back once, after the first four families above and the count-of-patients share
strip; main reads it the same): right 37, withheld 36, wrong 4, missed 0, kept out 8: a group said after a share's
bracketed count ("84% (63 out of 75) of patients in the control group"), a group closing an elided coordinate, two
CI bounds read as shares. Fixed after it: the share's count and base strip, the elided coordinate, the CI bracketed
apart (and, for two tuning and unit-test regressions, the study set narrowed to "evaluable/treated/..." sets and
the coordinate rule made to skip a bracket that breaks the number down). End: right 38, withheld 39, wrong 0,
missed 0, kept out 8.

Tuning labelled prose (bench/accuracy.py --tuning-only): 1004/2168 with 66 under another endpoint or group, before
and after (no value gained or lost).
"""

from __future__ import annotations

from extractors.prose import read_paragraphs
from tests.extraction.prose_binding_precision_corpus import CORPUS, ONE_ARM
from tests.extraction.prose_binding_precision_score import by_binding, score
from tests.extraction.prose_sampled_forms_corpus import Entry, G

CR = "complete response|CR"
PR = "partial response|PR"
PD = "progressive disease|disease progression|PD"
LACTO = (
    "Patients were randomly assigned to receive probiolac supplements or no supplements (control) during chemotherapy."
)
TRIAL = "Patients were randomly assigned to the intervention or to usual care (control)."

# the second instance set: paragraphs gathered after the fixes were written, gold written before they were read back
SECOND: list[Entry] = [
    # https://pdgf-receptor.com/index.php/96-compliance-to-lactobacillus-supplementation-was-excellent-a ("The
    # frequency of grade 3–4 diarrhoea was lower among patients who received Lactobacillus supplements than in the rest
    # of the patients (22 vs 37%; P=0.027")
    (
        LACTO,
        "The frequency of grade 3-4 diarrhoea was lower among patients who received probiolac supplements than in "
        "the rest of the patients (20 vs 35%; P=0.03).",
        [
            G(20, "percent|rate", "diarrhoea", "probiolac"),
            G(35, "percent|rate", "diarrhoea", "*"),
            G(0.03, "p", "diarrhoea", "*"),
        ],
    ),
    # same page ("Seventy-six (78%) patients in the Lactobacillus supplementation group and 43 (84%) in the control
    # group reported diarrhoea of any grade during the study")
    (
        LACTO,
        "Seventy-two (76%) patients in the probiolac group and 41 (82%) in the control group reported diarrhoea of "
        "any grade during the study (P=0.41).",
        [
            G(72, "count", "diarrhoea", "probiolac"),
            G(76, "percent|rate", "diarrhoea", "probiolac"),
            G(41, "count", "diarrhoea", "control"),
            G(82, "percent|rate", "diarrhoea", "control"),
            G(0.41, "p", "diarrhoea", "*"),
        ],
    ),
    # same page ("Nine (10%) patients allocated to receive Lactobacillus had neutropenic infection as compared to two
    # (4%) of those who did not receive it (P=0.24).")
    (
        LACTO,
        "Eight (9%) patients allocated to receive probiolac had neutropenic infection as compared to three (6%) of "
        "those in the control group (P=0.31).",
        [
            G(8, "count", "neutropenic infection", "probiolac"),
            G(9, "percent|rate", "neutropenic infection", "probiolac"),
            G(3, "count", "neutropenic infection", "control"),
            G(6, "percent|rate", "neutropenic infection", "control"),
            G(0.31, "p", "neutropenic infection", "*"),
        ],
    ),
    # same page ("Eight patients (8%) in the Lactobacillus group required hospital care for bowel toxicity, as
    # compared to 11 (22%) in the comparator group (P=0.021).")
    (
        LACTO,
        "Seven patients (7%) in the probiolac group required hospital care for bowel toxicity, as compared to 10 "
        "(20%) in the control group (P=0.02).",
        [
            G(7, "count", "hospital care for bowel toxicity|hospital care", "probiolac"),
            G(7, "percent|rate", "hospital care for bowel toxicity|hospital care", "probiolac"),
            G(10, "count", "hospital care for bowel toxicity|hospital care", "control"),
            G(20, "percent|rate", "hospital care for bowel toxicity|hospital care", "control"),
            G(0.02, "p", "hospital care for bowel toxicity|hospital care", "*"),
        ],
    ),
    # same page ("Twenty (21%) of the patients who received Lactobacillus supplementation had chemotherapy-dose
    # reductions due to bowel toxicity as compared to 24 (47%) among those who did not receive Lactobacillus")
    (
        LACTO,
        "Nineteen (20%) of the patients who received probiolac had dose reductions due to bowel toxicity as compared "
        "to 22 (44%) in the control group (P=0.001).",
        [
            G(19, "count", "dose reductions", "probiolac"),
            G(20, "percent|rate", "dose reductions", "probiolac"),
            G(22, "count", "dose reductions", "control"),
            G(44, "percent|rate", "dose reductions", "control"),
            G(0.001, "p", "dose reductions", "*"),
        ],
    ),
    # https://micrornamimics.com/the-statistical-analyses-were-performed-with-a-statview-computer ("The median age at
    # randomisation was 60 (range: 31–75); 51% of the participants were men. ... Any grade 3 or 4 adverse effect was
    # present in 87% (65 out of 75)")
    (
        LACTO,
        "The median age at randomisation was 61 (range: 33-76); 53% of the participants were men. Any grade 3 or 4 "
        "adverse effect was present in 84% (63 out of 75) of patients in the control group.",
        [
            G(61, "*", "*", None, True),
            G(33, "*", "*", None, True),
            G(76, "*", "*", None, True),
            G(53, "*", "*", None, True),
            G(3, "*", None, None),
            G(4, "*", None, None),
            G(84, "percent|rate", "adverse effect|adverse events", "control"),
            G(63, "count", "adverse effect|adverse events", "control"),
            G(75, "denominator", None, None),
        ],
    ),
    # https://mayoclinic.elsevierpure.com/en/publications/acute-treatment-related-diarrhea-during-postoperative-adjuvant-th
    # ("substantial increase in severe or life-threatening diarrhea (Grade 3 or more) (22 vs. 4%, p = 0.001)")
    (
        "Patients were randomly assigned to pelvic radiotherapy alone or radiotherapy plus fluorouracil.",
        "Of primary clinical importance is the increase in severe or life-threatening diarrhea (grade 3 or more) with "
        "fluorouracil (24 vs. 5%, p = 0.001).",
        [
            G(3, "*", None, None),
            G(24, "percent|rate", "diarrhea", "fluorouracil"),
            G(5, "percent|rate", "diarrhea", "*"),
            G(0.001, "p", "diarrhea", "*"),
        ],
    ),
    # http://journal.waocp.org/article_29885.html ("Grade 3 diarrhea was reported in 25% patients and grade 4 diarrhea
    # in 4% in the FOLFOX7 treatment arm.")
    (
        "Patients were randomly assigned to FOLFOX4 or FOLFOX7.",
        "Grade 3 diarrhea was reported in 23% of patients and grade 4 diarrhea in 5% in the FOLFOX7 arm.",
        [
            G(3, "*", None, None),
            G(23, "percent|rate", "diarrhea", "FOLFOX7"),
            G(4, "*", None, None),
            G(5, "percent|rate", "grade 4 diarrhea", "FOLFOX7"),
        ],
    ),
    # https://pmc.ncbi.nlm.nih.gov/articles/PMC2773471/table/T3 ("Deaths within 30 days of last chemotherapy dose or
    # random assignment occurred in 5% of preoperative patients and 3% of postoperative patients. Probable or possible
    # treatment-related mortality was 3% for preoperative and 1% for postoperative patients.")
    (
        "Patients were randomly assigned to preoperative or postoperative chemoradiotherapy.",
        "Deaths within 30 days of the last dose occurred in 6% of preoperative patients and 2% of postoperative "
        "patients. Treatment-related mortality was 4% for preoperative and 1% for postoperative patients.",
        [
            G(30, "*", None, None),
            G(6, "percent|rate", "deaths|death", "preoperative"),
            G(2, "percent|rate", "deaths|death", "postoperative"),
            G(4, "percent|rate", "treatment-related mortality", "preoperative"),
            G(1, "percent|rate", "treatment-related mortality", "postoperative"),
        ],
    ),
    # https://flamechallenge.authorea.com/users/336330/articles/462052/download_zip ("The rate of new admissions per
    # year in the control group was 27.01% while it was 25.52% in the intervention group, p = 0.84.")
    (
        TRIAL,
        "The rate of new admissions per year in the control group was 28.04% while it was 24.61% in the intervention "
        "group, p = 0.62.",
        [
            G(28.04, "percent|rate", "new admissions|admissions", "control"),
            G(24.61, "percent|rate", "new admissions|admissions", "intervention"),
            G(0.62, "p", "new admissions|admissions", "*"),
        ],
    ),
    # same page ("16 (10.74%) cardiovascular events per year were observed in the control group and 23 (14.38%) in the
    # intervention group (adjusted OR 1.40, 95% CI 0.71-2.77, p value=0.33)")
    (
        TRIAL,
        "Then, 18 (11.92%) cardiovascular events per year were observed in the control group and 21 (13.46%) in the "
        "intervention group (adjusted OR 1.22, 95% CI 0.64-2.31, p value=0.47).",
        [
            G(18, "count|events", "cardiovascular events", "control"),
            G(11.92, "percent|rate", "cardiovascular events", "control"),
            G(21, "count|events", "cardiovascular events", "intervention"),
            G(13.46, "percent|rate", "cardiovascular events", "intervention"),
            G(1.22, "or", "cardiovascular events", "*"),
            G(0.64, "ci_low", "cardiovascular events", "*"),
            G(2.31, "ci_high", "cardiovascular events", "*"),
            G(0.47, "p", "cardiovascular events", "*"),
        ],
    ),
    # same page ("There were no significant differences in mortality after one year between both groups ... (ITT:
    # adjusted OR 0.89, 95% CI 0.30-2.69, p=0.84")
    (
        TRIAL,
        "There were no significant differences in mortality after one year between both groups (adjusted OR 0.93, "
        "95% CI 0.35-2.47, p=0.88).",
        [
            G(0.93, "or", "mortality", "*"),
            G(0.35, "ci_low", "mortality", "*"),
            G(2.47, "ci_high", "mortality", "*"),
            G(0.88, "p", "mortality", "*"),
        ],
    ),
    # https://th4.ilovetranslation.com/qaUzHlyVGUDLq1gPuP1kIu==d ("By 90 days, 184 of 623 patients (29.5%) in the EGDT
    # group and 181 of 620 patients (29.2%) in the usual-care group had died (relative risk in the EGDT group, 1.01;
    # 95% confidence interval [CI], 0.85 to 1.20; P = 0.90)")
    (
        "Patients were randomly assigned to early goal-directed therapy (EGDT) or usual care.",
        "By 90 days, 176 of 611 patients (28.8%) in the EGDT group and 172 of 608 patients (28.3%) in the usual-care "
        "group had died (relative risk in the EGDT group, 1.02; 95% CI, 0.86 to 1.21; P = 0.84).",
        [
            G(90, "*", None, None),
            G(176, "count", "death|died|mortality", "EGDT"),
            G(611, "denominator", None, None),
            G(28.8, "percent|rate", "death|died|mortality", "EGDT"),
            G(172, "count", "death|died|mortality", "usual care"),
            G(608, "denominator", None, None),
            G(28.3, "percent|rate", "death|died|mortality", "usual care"),
            G(1.02, "rr", "death|died|mortality", "*"),
            G(0.86, "ci_low", "death|died|mortality", "*"),
            G(1.21, "ci_high", "death|died|mortality", "*"),
            G(0.84, "p", "death|died|mortality", "*"),
        ],
    ),
    # https://kiphub.com/paper/61e505a163486b305af62b37 ("Seventeen 63 pts (27.0%) attained (95% CI: 16.0%-38.0%). The
    # median duration 14 weeks (range: 4-69 weeks). Median survival 3.85 months")
    (
        ONE_ARM,
        "Fifteen of 61 patients (24.6%) attained a clinical benefit response (95% CI: 14.0%-36.0%). The median "
        "duration of clinical benefit was 13 weeks (range: 4-62 weeks). Median survival was 3.9 months.",
        [
            G(15, "count", "clinical benefit response|clinical benefit", None),
            G(61, "denominator", None, None),
            G(24.6, "percent|rate", "clinical benefit response|clinical benefit", None),
            G(14.0, "ci_low", "clinical benefit response|clinical benefit", None),
            G(36.0, "ci_high", "clinical benefit response|clinical benefit", None),
            G(13, "median", "duration of clinical benefit", None),
            G(4, "min", "duration of clinical benefit", None, True),
            G(62, "max", "duration of clinical benefit", None, True),
            G(3.9, "median", "survival|OS", None),
        ],
    ),
    # https://kiphub.com/paper/61e507dfb790f0e392f63d41 ("Of 982 tumor data, there 14 complete 104 partial response,
    # for an overall 12.0% (95% confidence interval [CI], 10.0–14.0%)")
    (
        ONE_ARM,
        "Of 874 patients with tumor response data, there were 12 complete and 97 partial responses, for an overall "
        "response rate of 12.5% (95% CI, 10.3-14.8%).",
        [
            G(874, "*", None, None, True),
            G(12, "count", CR, None),
            G(97, "count", PR, None),
            G(12.5, "percent|rate", "overall response rate|ORR", None),
            G(10.3, "ci_low", "overall response rate|ORR", None),
            G(14.8, "ci_high", "overall response rate|ORR", None),
        ],
    ),
    # https://publicatie-online.nl/uploaded/flipbook/169646-Hanneke-van-der-Wijngaart/28 ("One hundred and forty-one
    # patients (66%) did not experience a clinical benefit, either because of progressive disease (n = 117 patients)")
    (
        ONE_ARM,
        "One hundred and twelve patients (61%) did not experience a clinical benefit, either because of progressive "
        "disease (n = 94 patients) or because they went off-study early (n = 18 patients).",
        [
            G(61, "percent|rate", "no clinical benefit|did not experience a clinical benefit", None),
            G(94, "count", PD, None),
            G(18, "count", "off-study early|went off-study", None),
        ],
    ),
]


FIRST_CONTACT = {"right": 86, "withheld": 70, "wrong": 10, "missed": 0, "kept out": 30}
SECOND_FIRST_CONTACT = {"right": 37, "withheld": 36, "wrong": 4, "missed": 0, "kept out": 8}


def test_the_corpora_have_their_gold() -> None:
    assert len(CORPUS) >= 40 and len(SECOND) >= 15
    assert sum(len(gold) for _, _, gold in CORPUS) >= 150


def test_binding_precision_ratchet() -> None:
    overall = score(CORPUS)
    assert overall["right"] >= 89 > FIRST_CONTACT["right"]
    assert overall["wrong"] == 0 and overall["missed"] == 0


def test_second_instance_ratchet() -> None:
    overall = score(SECOND)
    assert overall["right"] >= 38 > SECOND_FIRST_CONTACT["right"]
    assert overall["wrong"] == 0 and overall["missed"] == 0


def test_no_binding_kind_reads_a_wrong_endpoint() -> None:
    for how, counts in by_binding(CORPUS + SECOND).items():
        assert counts["right"] >= sum(counts.values()), (how, dict(counts))


def _labels(paragraphs: list[str]) -> dict[float, tuple[str | None, str | None]]:
    records, _ = read_paragraphs(paragraphs)
    return {r.value: (r.row[-1] if r.row else r.parameter, r.arm) for r in records if r.value is not None}


def test_a_count_of_patients_is_no_endpoint() -> None:
    labels = _labels(
        [
            "Patients were randomly assigned to zelarib or placebo.",
            "Five patients (6.1%) with zelarib developed grade 3 rash, as well as 2 patients (2.4%) in the placebo "
            "group.",
        ]
    )
    assert all("patients" not in (label or "") for label, _ in labels.values())


def test_a_study_set_after_its_verb_is_its_size() -> None:
    labels = _labels(["Four partial responses were observed among the 31 patients evaluable for response."])
    assert 31 not in labels
    kept = _labels(["The median duration was 6 months among the 24 patients who achieved a response."])
    assert kept.get(24, (None,))[0] != "population"


def test_the_bracket_names_its_own_rate() -> None:
    labels = _labels(["Two partial responses were observed in 19 patients (response rate 11%, 95% CI 2-33%)."])
    assert labels[11][0] == "ORR"


def test_a_ci_bracketed_apart_is_no_share() -> None:
    records, _ = read_paragraphs(
        ["Nine of 40 patients (22.5%) attained a clinical benefit response (95% CI: 10.8%-38.5%)."]
    )
    assert not [r for r in records if r.value in (10.8, 38.5) and r.statistic == "percent"]


# two forms met after SECOND was scored (read back before their gold was written, so held here as unit tests, not
# scored): https://meddatax.com/clinical-trials/NCT00324155/results ("Reasons for not starting treatment: 147 no
# longer met study criteria, 25 withdrew consent, 3 died, 2 had adverse events") and https://jitc.bmj.com/content/5/1/72
# ("associated with a longer median TFI (HR = 0.33; P = 0.0007)")
def test_an_item_of_a_reasons_list_is_no_result() -> None:
    labels = _labels(
        [
            "Of 610 patients enrolled, 455 were randomized. Reasons for not starting treatment: 131 no longer met "
            "study criteria, 19 withdrew consent, 5 died and 4 had adverse events."
        ]
    )
    assert 4 not in labels and 5 not in labels


def test_a_ratio_bracketed_after_a_median_endpoint_is_no_median() -> None:
    records, _ = read_paragraphs(
        ["Responders had a longer median treatment-free interval (HR = 0.41; P = 0.002) than non-responders."]
    )
    assert not [r for r in records if r.value == 0.41 and r.statistic == "median"]
