"""Counts and shares whose endpoint the sentence does say, in forms the tuning split showed withheld ("the sentence
does not say which endpoint its count/percent is about") or read without a qualifier: paragraphs in the style of
published trial abstracts and results sections (oncology, cardiology, haematology, pharmacokinetics), written from
general knowledge of how trial papers word these results, not from any golden paper. Drugs and numbers are invented.
Every number's gold was written before the paragraphs were read back. Format and conventions as
tests/extraction/prose_sampled_forms_corpus.py (``G(value, statistic, endpoint, group, optional)``).

Families (``FORMS``, one per entry):
  - "occurred": an event subject, its verb, then "in N (x%) patients": a subject that opens with a grade sign
    ("≥ Grade 3 TRAEs occurred in"), one with "+" in its name ("A CD4+ T-cell response developed in"), an adverb
    before the participle ("was temporarily interrupted in"), the grade of an ", including grade 3 in N (x%)"
    part;
  - "subject verbs": "N (x%) patients in A and M (y%) in B were/had/experienced X";
  - "colon": "the most common AE was X: 66% and 79% in A and B, respectively", "X: N (x%)";
  - "threshold": "N (x%) patients had ≥1 AE of grade ≥3": the "≥1" is no count.
"""

from __future__ import annotations

from tests.extraction.prose_sampled_forms_corpus import Entry, G

TWO_ARM = "Patients were randomly assigned in a 1:1 ratio to receive velrastat or placebo."
ONE_ARM = "Patients received orvitamab intravenously every 3 weeks until progression or unacceptable toxicity."
COHORTS = (
    "Patients were enrolled in the monotherapy cohort (orvitamab alone) or the combination cohort (orvitamab plus "
    "obinutuzumab)."
)

# fmt: off
CORPUS: list[Entry] = [
    # ---- occurred ---------------------------------------------------------------------------------------------
    (
        ONE_ARM,
        "≥ Grade 3 treatment-related adverse events occurred in 41.7% of patients.",
        [G(41.7, "percent|rate", "grade ≥3 treatment-related adverse events", None)],
    ),
    (
        ONE_ARM,
        "Grade ≥3 TEAEs were reported in 18 (37.5%) patients, and serious TEAEs in 9 (18.8%) patients.",
        [
            G(18, "count", "grade ≥3 TEAEs", None),
            G(37.5, "percent", "grade ≥3 TEAEs", None),
            G(9, "count", "serious TEAEs", None),
            G(18.8, "percent", "serious TEAEs", None),
        ],
    ),
    (
        "Patients received the peptide vaccine at 0.1 mg (arm A), 0.5 mg (arm B) or 1 mg (arm C).",
        "A CD4+ T-cell response to the vaccine peptide developed in 25% of patients in arm A, 50% of patients in arm "
        "B, and 83% of patients in arm C.",
        [
            G(25, "percent", "CD4+ T-cell response", "arm A"),
            G(50, "percent", "CD4+ T-cell response", "arm B"),
            G(83, "percent", "CD4+ T-cell response", "arm C"),
            G(0.1, "*", None, None), G(0.5, "*", None, None), G(1, "*", None, None),
        ],
    ),
    (
        ONE_ARM,
        "Neutropenia was reported in 31 (64.6%) patients, including grade 4 in 7 (14.6%) patients.",
        [
            G(31, "count", "neutropenia", None),
            G(64.6, "percent", "neutropenia", None),
            G(7, "count", "grade 4 neutropenia", None),
            G(14.6, "percent", "grade 4 neutropenia", None),
        ],
    ),
    (
        ONE_ARM,
        "Orvitamab was temporarily withheld in 12 (25.0%) patients because of adverse events.",
        [G(12, "count", "orvitamab withheld", None), G(25.0, "percent", "orvitamab withheld", None)],
    ),
    (
        ONE_ARM,
        "Peripheral neuropathy was most frequently observed in 14 (29.2%) patients; hypothyroidism was observed in "
        "6 (12.5%).",
        [
            G(14, "count", "peripheral neuropathy", None),
            G(29.2, "percent", "peripheral neuropathy", None),
            G(6, "count", "hypothyroidism", None),
            G(12.5, "percent", "hypothyroidism", None),
        ],
    ),
    (
        TWO_ARM,
        "Atrial fibrillation was newly detected in 4.2% of patients in the velrastat group and in 3.9% of those in "
        "the placebo group.",
        [
            G(4.2, "percent", "atrial fibrillation", "velrastat"),
            G(3.9, "percent", "atrial fibrillation", "placebo"),
        ],
    ),
    # ---- subject verbs ----------------------------------------------------------------------------------------
    (
        TWO_ARM,
        "Eleven patients in the velrastat group and six patients in the placebo group were still receiving "
        "treatment at data cutoff.",
        [
            G(11, "count", "still receiving treatment", "velrastat"),
            G(6, "count", "still receiving treatment", "placebo"),
        ],
    ),
    (
        COHORTS,
        "Twenty-one (44%) patients in the monotherapy cohort and 9 (38%) in the combination cohort had primary "
        "refractory disease.",
        [
            G(21, "count", "primary refractory disease", "monotherapy"),
            G(44, "percent", "primary refractory disease", "monotherapy"),
            G(9, "count", "primary refractory disease", "combination"),
            G(38, "percent", "primary refractory disease", "combination"),
        ],
    ),
    (
        TWO_ARM,
        "Sixty-two percent and 48% of patients in the velrastat and placebo groups, respectively, experienced at "
        "least one serious adverse event.",
        [
            G(62, "percent", "serious adverse event", "velrastat"),
            G(48, "percent", "serious adverse event", "placebo"),
        ],
    ),
    (
        TWO_ARM,
        "By the data cutoff, 21% of velrastat-treated and 27% of placebo-treated patients had died.",
        [G(21, "percent", "died", "velrastat"), G(27, "percent", "died", "placebo")],
    ),
    # ---- colon ------------------------------------------------------------------------------------------------
    (
        COHORTS,
        "The most common adverse event was cytokine release syndrome (CRS): 58% and 71% in the monotherapy and "
        "combination cohorts, respectively.",
        [
            G(58, "percent", "cytokine release syndrome", "monotherapy"),
            G(71, "percent", "cytokine release syndrome", "combination"),
        ],
    ),
    (
        ONE_ARM,
        "Treatment-related adverse events leading to discontinuation: 5 (10.4%).",
        [
            G(5, "count", "treatment-related adverse events leading to discontinuation", None),
            G(10.4, "percent", "treatment-related adverse events leading to discontinuation", None),
        ],
    ),
    # ---- threshold --------------------------------------------------------------------------------------------
    (
        ONE_ARM,
        "Nineteen (39.6%) patients had ≥1 adverse event of grade ≥3.",
        [
            G(19, "count", "adverse event of grade ≥3", None),
            G(39.6, "percent", "adverse event of grade ≥3", None),
            G(1, "*", None, None),
            G(3, "*", None, None),
        ],
    ),
    (
        ONE_ARM,
        "Forty-four of 48 patients (91.7%) had at least 1 treatment-emergent adverse event.",
        [
            G(44, "count", "treatment-emergent adverse event", None),
            G(48, "denominator", None, None),
            G(91.7, "percent", "treatment-emergent adverse event", None),
            G(1, "*", None, None),
        ],
    ),
]

FORMS = [
    "occurred", "occurred", "occurred", "occurred", "occurred", "occurred", "occurred",
    "subject verbs", "subject verbs", "subject verbs", "subject verbs",
    "colon", "colon",
    "threshold", "threshold",
]
# fmt: on

# fmt: off
# written after the first set's fixes, gold first
SECOND: list[Entry] = [
    (
        ONE_ARM,
        "≥ Grade 3 immune-related adverse events developed in 9 (18.0%) patients, and ≤ grade 2 events in the "
        "remaining 30 (60.0%).",
        [
            G(9, "count", "grade ≥3 immune-related adverse events", None),
            G(18.0, "percent", "grade ≥3 immune-related adverse events", None),
            G(30, "count", "grade ≤2 immune-related adverse events", None, True),
            G(60.0, "percent", "grade ≤2 immune-related adverse events", None, True),
        ],
    ),
    (
        "Patients received the cell product at a dose of 1×10⁸ (cohort 1) or 5×10⁸ (cohort 2) CAR+ T cells.",
        "A CD8+ effector-memory phenotype was predominantly detected in 70% of patients in cohort 1 and 90% of "
        "patients in cohort 2.",
        [
            G(70, "percent", "CD8+ effector-memory phenotype", "cohort 1"),
            G(90, "percent", "CD8+ effector-memory phenotype", "cohort 2"),
        ],
    ),
    (
        TWO_ARM,
        "Hypotension was reported in 44 (11.2%) patients in the velrastat group, including grade 3 in 6 (1.5%), and "
        "in 21 (5.4%) in the placebo group.",
        [
            G(44, "count", "hypotension", "velrastat"),
            G(11.2, "percent", "hypotension", "velrastat"),
            G(6, "count", "grade 3 hypotension", "velrastat"),
            G(1.5, "percent", "grade 3 hypotension", "velrastat"),
            G(21, "count", "hypotension", "placebo"),
            G(5.4, "percent", "hypotension", "placebo"),
        ],
    ),
    (
        ONE_ARM,
        "Anaemia was reported in 19 (38.0%) patients. Orvitamab was permanently discontinued in 3 (6.0%) patients.",
        [
            G(19, "count", "anaemia", None),
            G(38.0, "percent", "anaemia", None),
            # the discontinuation is the anaemia's or any cause's: the sentence does not say
            G(3, "count", "discontinuation of orvitamab", None, True),
            G(6.0, "percent", "discontinuation of orvitamab", None, True),
        ],
    ),
    (
        ONE_ARM,
        "Hepatotoxicity was reported in 11 (22.0%) patients. Orvitamab was temporarily interrupted because of "
        "hepatotoxicity in 5 (10.0%) patients.",
        [
            G(11, "count", "hepatotoxicity", None),
            G(22.0, "percent", "hepatotoxicity", None),
            G(5, "count", "interruption of orvitamab", None),
            G(10.0, "percent", "interruption of orvitamab", None),
        ],
    ),
    (
        TWO_ARM,
        "Nine patients in the velrastat group and 14 patients in the placebo group were hospitalized for worsening "
        "heart failure.",
        [
            G(9, "count", "hospitalized for worsening heart failure", "velrastat"),
            G(14, "count", "hospitalized for worsening heart failure", "placebo"),
        ],
    ),
    (
        COHORTS,
        "Twelve (25%) patients in the monotherapy cohort and 7 (29%) in the combination cohort had bulky disease.",
        [
            G(12, "count", "bulky disease", "monotherapy"),
            G(25, "percent", "bulky disease", "monotherapy"),
            G(7, "count", "bulky disease", "combination"),
            G(29, "percent", "bulky disease", "combination"),
        ],
    ),
    (
        COHORTS,
        "Neutropenia: 21% and 46% in the monotherapy and combination cohorts, respectively.",
        [
            G(21, "percent", "neutropenia", "monotherapy"),
            G(46, "percent", "neutropenia", "combination"),
        ],
    ),
    (
        ONE_ARM,
        "The most frequent reason for discontinuation was disease progression: 27 (56.3%).",
        [
            G(27, "count", "disease progression", None),
            G(56.3, "percent", "disease progression", None),
        ],
    ),
    (
        ONE_ARM,
        "Results: 48 patients were enrolled, and 12 (25.0%) had a confirmed partial response.",
        [
            G(48, "count", "enrolled", None, True),
            G(12, "count", "confirmed partial response", None),
            G(25.0, "percent", "confirmed partial response", None),
        ],
    ),
    (
        ONE_ARM,
        "Thirty-one (64.6%) patients had ⩾1 dose interruption.",
        [
            G(31, "count", "dose interruption", None),
            G(64.6, "percent", "dose interruption", None),
            G(1, "*", None, None),
        ],
    ),
]

SECOND_FORMS = [
    "occurred", "occurred", "occurred", "occurred", "occurred",
    "subject verbs", "subject verbs",
    "colon", "colon", "colon",
    "threshold",
]
# fmt: on

# fmt: off
# a third family, from the tuning misses "no statement form reads it": a bare count that opens its clause with its
# own verb ("Of 52 patients screened, 44 underwent baseline imaging; 40 met all eligibility criteria"), gold first
THIRD: list[Entry] = [
    (
        ONE_ARM,
        "Of 64 patients screened, 51 underwent baseline biopsy; 46 met all eligibility criteria and were enrolled.",
        [
            G(64, "count", "screened", None, True),
            G(51, "count", "underwent baseline biopsy", None),
            G(46, "count", "met all eligibility criteria", None),
        ],
    ),
    (
        ONE_ARM,
        "Among the 22 patients in the expansion cohort, 15 received all 6 planned cycles.",
        [
            G(22, "count", "expansion cohort", None, True),
            G(15, "count", "received all 6 planned cycles", None),
            G(6, "*", None, None),
        ],
    ),
    (
        ONE_ARM,
        "Of the 40 evaluable patients, eleven had a partial response and 17 had stable disease.",
        [
            G(40, "count", "evaluable", None, True),
            G(11, "count", "partial response", None),
            G(17, "count", "stable disease", None),
        ],
    ),
    (
        ONE_ARM,
        "Ninety-two patients were screened, forty were enrolled, and thirty-eight received at least one dose.",
        [
            G(92, "count", "screened", None),
            G(40, "count", "enrolled", None),
            G(38, "count", "received at least one dose", None),
        ],
    ),
    (
        ONE_ARM,
        "At the data cutoff, 9 remained on treatment and 31 had discontinued, most commonly because of disease "
        "progression.",
        [
            G(9, "count", "remained on treatment", None),
            G(31, "count", "discontinued", None),
        ],
    ),
    (
        ONE_ARM,
        "In cycle 1, 3 required a dose reduction.",
        [
            G(1, "*", None, None),
            G(3, "count", "dose reduction", None),
        ],
    ),
]

THIRD_FORMS = ["bare count verb"] * 6
# fmt: on
