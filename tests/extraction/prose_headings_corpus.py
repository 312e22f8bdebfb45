"""Result sections of multi-part and multi-cohort papers whose group is named by a subsection HEADING set on a
line of its own ("Dose-expansion cohort", "3.2 Part 2: randomised dose comparison", "Cohort B (TNBC)",
"Patients with NSCLC", "Phase II portion", "Arm A: monotherapy"), while the sentences under it name no group;
with nested headings that name none ("Efficacy", "Safety" in italic under a bold group heading), headings of the
group heading's own rank that end its scope ("Pharmacokinetics", "Safety" after the cohorts), sentences that name
their own group under a group heading ("The objective response rate was 23.3% with 200 mg"), and a subgroup
fronted under one ("In the subgroup previously treated with ..."). Typeset as small PDF pages by
tests/typeset/heading_pages.py (headings in bold on their own line, two columns on some pages), read back by
tests/extraction/prose_headings_score.py.

Forms sampled with the ``search`` tool (corpus ``pages``); drugs, numbers and wording are invented, each page's
comment gives the addresses whose text showed its form. The search tool returns mostly abstracts; the pages whose
stored text kept their subsection headings as lines of their own were few (researchsquare rs-2179560: "Safety" on
its own line, then "All 81 patients ..."; nature s41591-023-02722-9), so the heading forms themselves follow the
issue's list and the abstracts' parts and cohorts (jitc 8/2/e001095: "part 1 enrolled 35 patients and part 3
enrolled 17"; PMC9401557: "phases I (n = 4) and II (n = 110)"; EJC S0959-8049(17)31292-3 and KEYNOTE-059: cohorts
by tumour type; bmjoncology ACC / non-ACC cohorts; researchsquare rs-2179560: "The dose escalation set included 22
patients ... The dose expansion set included 59").

Every number's gold was written before any page was read back. A page is a list of blocks: ``H(text, level)`` a
heading (level 1 the section, 2 a subsection set bold, 3 a nested heading set italic) and ``P(text, gold)`` a
paragraph; gold numbers are ``G(value, statistic, endpoint, group[, optional])`` as in
prose_sampled_forms_corpus.py (``group`` ``None`` the whole trial; a value is scored on its page, and each page's
gold values are distinct but for optional ones)."""

from __future__ import annotations

from typing import NamedTuple

from tests.extraction.prose_sampled_forms_corpus import G

__all__ = ["PAGES", "G", "H", "P", "Page"]


class H(NamedTuple):
    text: str
    level: int = 2


class P(NamedTuple):
    text: str
    gold: list[G]


class Page(NamedTuple):
    name: str
    title: str
    columns: int
    blocks: list[H | P]
    nested_style: str = "italic"  # how a level-3 heading is set: "italic" or "bold-italic"


_METHODS = H("Methods", 1)
_RESULTS = H("Results", 1)

PAGES: list[Page] = [
    # jitc 8/2/e001095 (part 1 / part 3 of one phase 1 study); researchsquare rs-2179560 ("dose escalation set",
    # "dose expansion set"; "Safety" heading on its own line)
    Page(
        "escalation-expansion",
        "Torvalinib in advanced solid tumours: a first-in-human phase 1 study",
        1,
        [
            _METHODS,
            P("The study had a dose-escalation phase of 10 to 160 mg daily and a dose-expansion cohort at 120 mg.", []),
            _RESULTS,
            H("Dose-escalation phase"),
            P(
                "Twenty-one patients were treated at five dose levels. Dose-limiting toxicities occurred in 3 "
                "patients (14.3%). The most common treatment-related adverse events were fatigue (38.1%) and nausea "
                "(28.6%). One patient (4.8%) had a partial response.",
                [
                    G(21, "count", "treated", "escalation", optional=True),
                    G(3, "count", "dose-limiting toxicities", "escalation"),
                    G(14.3, "percent", "dose-limiting toxicities", "escalation"),
                    G(38.1, "percent", "fatigue", "escalation"),
                    G(28.6, "percent", "nausea", "escalation"),
                    G(4.8, "percent", "partial response", "escalation"),
                ],
            ),
            H("Dose-expansion cohort"),
            H("Efficacy", 3),
            P(
                "Of 46 patients evaluable for response, 13 had a confirmed partial response (objective response "
                "rate 28.3%; 95% CI, 16.0-43.5). The disease control rate was 67.4%. The median progression-free "
                "survival was 5.6 months (95% CI, 3.9-7.2).",
                [
                    G(46, "count", "evaluable", "expansion", optional=True),
                    G(13, "count", "confirmed partial response", "expansion"),
                    G(28.3, "percent|rate", "objective response rate", "expansion"),
                    G(16.0, "ci_low", "objective response rate", "expansion"),
                    G(43.5, "ci_high", "objective response rate", "expansion"),
                    G(67.4, "percent|rate", "disease control rate", "expansion"),
                    G(5.6, "median", "progression-free survival", "expansion"),
                    G(3.9, "ci_low", "progression-free survival", "expansion"),
                    G(7.2, "ci_high", "progression-free survival", "expansion"),
                ],
            ),
            H("Safety", 3),
            P(
                "Grade 3 or higher treatment-related adverse events occurred in 11 patients (22.0%). The most common "
                "treatment-related adverse events of any grade were hypertension (34.0%) and diarrhoea (26.0%).",
                [
                    G(11, "count", "grade ≥3 TRAE", "expansion"),
                    G(22.0, "percent", "grade ≥3 TRAE", "expansion"),
                    G(34.0, "percent", "hypertension", "expansion"),
                    G(26.0, "percent", "diarrhoea", "expansion"),
                ],
            ),
            H("Pharmacokinetics"),
            P(
                "Exposure increased in proportion to dose, and the mean terminal half-life was 17.4 hours.",
                [G(17.4, "mean", "terminal half-life", None)],
            ),
        ],
    ),
    # numbered subsections; PMC9401557 ("phases I (n = 4) and II (n = 110)"), jitc 8/2/e001095 (parts)
    Page(
        "numbered-parts",
        "Valmorasib in KRAS-mutant colorectal cancer: a two-part phase 1/2 study",
        1,
        [
            H("3 Results", 1),
            H("3.1 Part 1: dose escalation"),
            P(
                "Eighteen patients were enrolled. No dose-limiting toxicity was observed up to 400 mg, and the "
                "maximum tolerated dose was not reached. Stable disease was the best response in 9 patients (50.0%).",
                [
                    G(18, "count", "enrolled", "Part 1", optional=True),
                    G(9, "count", "stable disease", "Part 1"),
                    G(50.0, "percent", "stable disease", "Part 1"),
                ],
            ),
            H("3.2 Part 2: randomised dose comparison"),
            P(
                "Sixty-one patients were randomly assigned to 200 mg (n = 31) or 400 mg (n = 30). The objective "
                "response rate was 23.3% with 200 mg and 36.7% with 400 mg. Across both doses, the median duration "
                "of response was 8.1 months.",
                [
                    G(61, "count", "randomly assigned", "Part 2", optional=True),
                    G(31, "count", "*", "200 mg", optional=True),
                    G(30, "count", "*", "400 mg", optional=True),
                    G(23.3, "percent|rate", "objective response rate", "200 mg"),
                    G(36.7, "percent|rate", "objective response rate", "400 mg"),
                    G(8.1, "median", "duration of response", "Part 2"),
                ],
            ),
            P(
                "Treatment-related adverse events led to discontinuation in 5 patients (8.2%).",
                [
                    G(5, "count", "discontinuation", "Part 2"),
                    G(8.2, "percent", "discontinuation", "Part 2"),
                ],
            ),
            H("3.3 Pharmacokinetics"),
            P(
                "The median time to maximum concentration was 2.5 hours (range, 1.0-6.0).",
                [
                    G(2.5, "median", "time to maximum concentration", None),
                    G(1.0, "min", "time to maximum concentration", None),
                    G(6.0, "max", "time to maximum concentration", None),
                ],
            ),
        ],
    ),
    # two columns, cohorts by subtype; bmjoncology ACC / non-ACC cohorts, KEYNOTE-059 cohorts 2 and 3
    Page(
        "two-cohorts",
        "Sarituzumab in metastatic breast cancer: results of a two-cohort phase 2 trial",
        2,
        [
            _RESULTS,
            P(
                "Between March 2021 and June 2023, 74 patients were enrolled: 38 in cohort A and 36 in cohort B.",
                [
                    G(74, "count", "enrolled", None, optional=True),
                    G(38, "count", "enrolled", "Cohort A", optional=True),
                ],
            ),
            H("Cohort A (HR-positive)"),
            P(
                "The median age was 57 years (range, 34-79). The objective response rate was 18.4% (7 of 38 "
                "patients), and the clinical benefit rate was 42.1%. Median progression-free survival was 4.2 months "
                "(95% CI, 2.8-5.5).",
                [
                    G(57, "median", "age", "Cohort A"),
                    G(34, "min", "age", "Cohort A"),
                    G(79, "max", "age", "Cohort A"),
                    G(18.4, "percent|rate", "objective response rate", "Cohort A"),
                    G(7, "count", "objective response", "Cohort A"),
                    G(42.1, "percent|rate", "clinical benefit rate", "Cohort A"),
                    G(4.2, "median", "progression-free survival", "Cohort A"),
                    G(2.8, "ci_low", "progression-free survival", "Cohort A"),
                    G(5.5, "ci_high", "progression-free survival", "Cohort A"),
                ],
            ),
            H("Cohort B (TNBC)"),
            P(
                "Among the 36 patients, 12 (33.3%) had an objective response, including 2 complete responses. The "
                "median progression-free survival was 5.9 months (95% CI, 3.7-8.0) and the median overall survival "
                "was 13.6 months.",
                [
                    G(36, "count", "*", "Cohort B", optional=True),
                    G(12, "count", "objective response", "Cohort B"),
                    G(33.3, "percent", "objective response", "Cohort B"),
                    G(2, "count", "complete responses", "Cohort B"),
                    G(5.9, "median", "progression-free survival", "Cohort B"),
                    G(3.7, "ci_low", "progression-free survival", "Cohort B"),
                    G(8.0, "ci_high", "progression-free survival", "Cohort B"),
                    G(13.6, "median", "overall survival", "Cohort B"),
                ],
            ),
            H("Safety"),
            P(
                "Across both cohorts, grade 3 or higher adverse events occurred in 21 patients (28.4%), and "
                "neutropenia (14.9%) was the most common.",
                [
                    G(21, "count", "grade ≥3 AE", None),
                    G(28.4, "percent", "grade ≥3 AE", None),
                    G(14.9, "percent", "neutropenia", None),
                ],
            ),
        ],
    ),
    # a basket trial by tumour type; EJC S0959-8049(17)31292-3 (cohorts by tumour type)
    Page(
        "basket-populations",
        "Lirotinib across tumour types: a phase 2 basket trial",
        1,
        [
            _RESULTS,
            P("Overall, 92 patients were treated.", [G(92, "count", "treated", None, optional=True)]),
            H("Patients with NSCLC"),
            P(
                "Of 41 patients, 15 achieved a partial response (36.6%; 95% CI, 22.1-53.1). The median duration of "
                "response was 9.7 months.",
                [
                    G(41, "count", "*", "NSCLC", optional=True),
                    G(15, "count", "partial response", "NSCLC"),
                    G(36.6, "percent", "partial response", "NSCLC"),
                    G(22.1, "ci_low", "partial response", "NSCLC"),
                    G(53.1, "ci_high", "partial response", "NSCLC"),
                    G(9.7, "median", "duration of response", "NSCLC"),
                ],
            ),
            H("Patients with melanoma"),
            P(
                "The objective response rate was 25.0% (8 of 32), and the 6-month progression-free survival rate "
                "was 47.2%. In the subgroup previously treated with anti-PD-1 therapy, the response rate was 16.7%.",
                [
                    G(25.0, "percent|rate", "objective response rate", "melanoma"),
                    G(8, "count", "objective response", "melanoma"),
                    G(47.2, "percent|rate", "6-month progression-free survival", "melanoma"),
                    G(16.7, "percent|rate", "response rate", "previously treated with anti-PD-1"),
                ],
            ),
            H("Safety"),
            P(
                "Treatment-related adverse events of any grade occurred in 71 patients (77.2%).",
                [G(71, "count", "TRAE", None), G(77.2, "percent", "TRAE", None)],
            ),
        ],
    ),
    # phase I / phase II portions, nested italic headings; PMC9401557 (phases I and II)
    Page(
        "phase-portions",
        "Dorentinib with weekly paclitaxel in gastric cancer: a phase I/II trial",
        2,
        [
            _RESULTS,
            H("Phase I portion"),
            P(
                "Fifteen patients were treated in four dose cohorts. Dose-limiting toxicities occurred in 2 patients "
                "at 300 mg, and 240 mg was declared the recommended phase II dose.",
                [
                    G(15, "count", "treated", "Phase I", optional=True),
                ],
            ),
            H("Phase II portion"),
            H("Efficacy", 3),
            P(
                "Forty-four patients were enrolled at the recommended dose. The overall response rate was 31.8% "
                "(14/44), and the median time to response was 1.9 months.",
                [
                    G(44, "count", "enrolled", "Phase II", optional=True),
                    G(31.8, "percent|rate", "overall response rate", "Phase II"),
                    G(14, "count", "overall response", "Phase II"),
                    G(1.9, "median", "time to response", "Phase II"),
                ],
            ),
            H("Safety", 3),
            P(
                "Grade 3 or 4 neutropenia occurred in 9 patients (20.5%), and febrile neutropenia in 3 patients "
                "(6.8%).",
                [
                    G(9, "count", "grade 3-4 neutropenia", "Phase II"),
                    G(20.5, "percent", "grade 3-4 neutropenia", "Phase II"),
                    G(3, "count", "febrile neutropenia", "Phase II"),
                    G(6.8, "percent", "febrile neutropenia", "Phase II"),
                ],
            ),
        ],
        "bold-italic",
    ),
    # arms as subsection headings, two columns; KEYNOTE-059 (cohort 2 combination, cohort 3 monotherapy)
    Page(
        "arm-headings",
        "Relatimab alone or with chemotherapy in advanced biliary cancer: a randomised phase 2 trial",
        2,
        [
            _METHODS,
            P("Patients were randomised to arm A (relatimab alone) or arm B (relatimab plus chemotherapy).", []),
            _RESULTS,
            P(
                "A total of 128 patients were randomised, 64 to each arm.",
                [G(128, "count", "randomised", None, optional=True)],
            ),
            H("Arm A: monotherapy"),
            P(
                "The objective response rate was 14.1% (9 of 64 patients). The median progression-free survival was "
                "3.1 months (95% CI, 2.2-4.4).",
                [
                    G(14.1, "percent|rate", "objective response rate", "Arm A"),
                    G(9, "count", "objective response", "Arm A"),
                    G(3.1, "median", "progression-free survival", "Arm A"),
                    G(2.2, "ci_low", "progression-free survival", "Arm A"),
                    G(4.4, "ci_high", "progression-free survival", "Arm A"),
                ],
            ),
            H("Arm B: combination"),
            P(
                "The objective response rate was 40.6% (26 of 64 patients). The median progression-free survival was "
                "7.8 months (95% CI, 6.0-9.9). Compared with arm A, the hazard ratio for progression was 0.46 (95% "
                "CI, 0.31-0.69).",
                [
                    G(40.6, "percent|rate", "objective response rate", "Arm B"),
                    G(26, "count", "objective response", "Arm B"),
                    G(7.8, "median", "progression-free survival", "Arm B"),
                    G(6.0, "ci_low", "progression-free survival", "Arm B"),
                    G(9.9, "ci_high", "progression-free survival", "Arm B"),
                    G(0.46, "hr", "progression", None),
                    G(0.31, "ci_low", "progression", None),
                    G(0.69, "ci_high", "progression", None),
                ],
            ),
        ],
    ),
]
