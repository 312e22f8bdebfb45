"""The second instance set of prose_headings_corpus.py: new pages in the same family (numbered cohorts with a
colon, lettered parts with a bracketed gloss in two columns, numbered arm subsections closed by a numbered sibling),
gold written before they were first read back (see that module for the format and the sources of the forms)."""

from __future__ import annotations

from tests.extraction.prose_headings_corpus import G, H, P, Page

PAGES: list[Page] = [
    # KEYNOTE-059 (cohorts by line of therapy); jitc 8/2/e001006 (phase II cohorts by prior therapy)
    Page(
        "numbered-cohorts",
        "Quelitinib in ALK-positive lung cancer: a two-cohort phase 2 study",
        1,
        [
            H("Results", 1),
            H("Cohort 1: treatment-naive"),
            H("Efficacy", 3),
            P(
                "The confirmed objective response rate was 71.9% (95% CI, 53.3-86.3), and the median duration of "
                "response was not reached. The intracranial response rate was 62.5%.",
                [
                    G(71.9, "percent|rate", "confirmed objective response rate", "Cohort 1"),
                    G(53.3, "ci_low", "confirmed objective response rate", "Cohort 1"),
                    G(86.3, "ci_high", "confirmed objective response rate", "Cohort 1"),
                    G(62.5, "percent|rate", "intracranial response rate", "Cohort 1"),
                ],
            ),
            H("Cohort 2: previously treated"),
            H("Efficacy", 3),
            P(
                "The confirmed objective response rate was 44.4%, and the median progression-free survival was 7.3 "
                "months (95% CI, 5.1-9.8).",
                [
                    G(44.4, "percent|rate", "confirmed objective response rate", "Cohort 2"),
                    G(7.3, "median", "progression-free survival", "Cohort 2"),
                    G(5.1, "ci_low", "progression-free survival", "Cohort 2"),
                    G(9.8, "ci_high", "progression-free survival", "Cohort 2"),
                ],
            ),
            H("Safety", 3),
            P(
                "Treatment-related adverse events led to dose reduction in 13 patients (29.5%).",
                [G(13, "count", "dose reduction", "Cohort 2"), G(29.5, "percent", "dose reduction", "Cohort 2")],
            ),
        ],
    ),
    # researchsquare rs-2179560 (dose escalation / expansion sets); jitc 8/2/e001095 (parts)
    Page(
        "lettered-parts",
        "Pemalisib in relapsed lymphoma: a two-part phase 1 study",
        2,
        [
            H("Results", 1),
            H("Part A (dose escalation)"),
            P(
                "Dose-limiting toxicities were reported in 4 of 24 patients (16.7%). The most frequent adverse "
                "events were diarrhoea (45.8%) and rash (37.5%).",
                [
                    G(4, "count", "dose-limiting toxicities", "Part A"),
                    G(16.7, "percent", "dose-limiting toxicities", "Part A"),
                    G(45.8, "percent", "diarrhoea", "Part A"),
                    G(37.5, "percent", "rash", "Part A"),
                ],
            ),
            H("Part B (dose expansion)"),
            P(
                "The overall response rate was 58.1% and the complete response rate was 19.4%. The median "
                "progression-free survival was 11.6 months.",
                [
                    G(58.1, "percent|rate", "overall response rate", "Part B"),
                    G(19.4, "percent|rate", "complete response rate", "Part B"),
                    G(11.6, "median", "progression-free survival", "Part B"),
                ],
            ),
        ],
    ),
    # numbered arm subsections closed by a numbered sibling; KEYNOTE-059 (cohort 2 / cohort 3)
    Page(
        "numbered-arms",
        "Two schedules of torbafenib in melanoma: a randomised phase 2 trial",
        1,
        [
            H("3 Results", 1),
            H("3.1 Arm A: continuous dosing"),
            P(
                "The median progression-free survival was 6.4 months, and 17 patients (40.5%) had a partial response.",
                [
                    G(6.4, "median", "progression-free survival", "Arm A"),
                    G(17, "count", "partial response", "Arm A"),
                    G(40.5, "percent", "partial response", "Arm A"),
                ],
            ),
            H("3.2 Arm B: intermittent dosing"),
            P(
                "The median progression-free survival was 5.2 months, and 15 patients (35.7%) had a partial response.",
                [
                    G(5.2, "median", "progression-free survival", "Arm B"),
                    G(15, "count", "partial response", "Arm B"),
                    G(35.7, "percent", "partial response", "Arm B"),
                ],
            ),
            H("3.3 Quality of life"),
            P(
                "Questionnaire completion was 88.1% at baseline.",
                [G(88.1, "percent", "questionnaire completion", None)],
            ),
        ],
    ),
]
