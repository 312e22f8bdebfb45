"""Result paragraphs in the telegraphic style of conference abstracts (ASCO, ASH, EHA, ESMO): "pts" for patients,
semicolon runs, results with no verb ("ORR 82% (CR 60%)", "mPFS NR; 12-mo PFS 78%"), abbreviations defined once,
doses and cohorts as groups ("at the RP2D (n = 24)", "in the 48-mg cohort"), "Among 62 efficacy-evaluable pts",
grade breakdowns in brackets ("CRS occurred in 51% (G1 43%, G2 8%)"), "Most common TEAEs (≥20%): ...", follow-up and
data-cutoff clauses, and background numbers of other studies ("Historically, ORR with X is ~30%"), which are no
result. Sentence forms sampled from public abstracts found with the ``search`` tool (corpus ``pages``), none a golden
paper; drugs, numbers and wording are invented; each entry's comment gives the address whose paragraph showed the
form. Every gold was written before any paragraph was read back.

Entry format and scoring conventions: those of tests/extraction/prose_calibration_corpus.py (``(context,
paragraph, gold)``; ``G(value, statistic, endpoint, group[, optional])``; "denominator" is not scored; a threshold,
a grade, a dose, a date or a time point is no result: endpoint ``None``; a population's size is optional), scored by
tests/extraction/prose_medians2_score.py (a grade or a landmark time must be said alike in gold and read endpoint).

``CORPUS`` was gathered and gold-written before any change; ``SECOND`` after the fixes (figures:
tests/extraction/test_prose_abstracts.py).
"""

from __future__ import annotations

from tests.extraction.prose_sampled_forms_corpus import Entry, G

ONE = "Pts received velarimab intravenously every 2 weeks until disease progression or unacceptable toxicity."
ESC = "Pts received torvimab subcutaneously in a dose-escalation part (12 to 48 mg) and an expansion part at the RP2D."
RAND = "Pts were randomized 1:1 to velarimab or standard of care (SOC)."
TPC = "Pts were randomized to velarimab or treatment of physician's choice (TPC)."
CART = "Pts received a single infusion of orbicabtagene autoleucel after lymphodepleting chemotherapy."

RATE = "percent|rate"
ORR = "objective response rate|overall response rate|ORR"
CR = "complete response|complete response rate|CR rate|CR"
CRS = "cytokine release syndrome|CRS"


def none(value: float) -> G:
    """A date, a dose, a grade, a threshold or a time point printed as a number: no result."""
    return G(value, "*", None, None)


def ci(low: float, high: float, endpoint: str, group: str | None) -> list[G]:
    return [G(low, "ci_low", endpoint, group), G(high, "ci_high", endpoint, group)]


CORPUS: list[Entry] = [
    # https://oncologypro.esmo.org/meeting-resources/esmo-congress-2019/clinical-benefit-and-response-rate-in-early-
    # phase-clinical-trials-first-report-from-a-single-institution-study ("ORR and CBR were 14.8% and 28.0%,
    # respectively"); a verbless "ORR x% (CR y%)" run
    (
        ONE,
        "Among 62 efficacy-evaluable pts, ORR was 82% (CR 60%).",
        [
            G(62, "count", "population|efficacy-evaluable|evaluable", None, True),
            G(82, RATE, ORR, None),
            G(60, RATE, CR, None),
        ],
    ),
    # https://www.hematologyadvisor.com/home/topics/lymphoma/outcomes-of-rr-large-b-cell-lymphoma-with-lisocabtagene-
    # maraleucel/ ("The objective response rate was 73% (95% CI, 66.8-78.0); 53% (95% CI, ...) of patients showed a
    # complete response")
    (
        ONE,
        "The ORR was 71% (95% CI, 60.2–80.4); 44% (95% CI, 33.1–55.3) of pts achieved a CR.",
        [
            G(71, RATE, ORR, None),
            *ci(60.2, 80.4, ORR, None),
            G(44, RATE, CR, None),
            *ci(33.1, 55.3, CR, None),
        ],
    ),
    # https://ash.confex.com/ash/2024/webprogram/Paper200204.html (TRANSCEND 5-y, via the pages corpus: "ORR of 73%
    # (CR rate, 53%), median DOR of 23.1 mo (95% CI, 8.6-not reached [NR])")
    (
        CART,
        "Orbicabtagene autoleucel showed ORR of 68% (CR rate, 47%) and median DOR of 18.4 mo (95% CI, 9.2–NR).",
        [
            G(68, RATE, ORR, None),
            G(47, RATE, CR, None),
            G(18.4, "median", "duration of response|DOR", None),
            G(9.2, "ci_low", "duration of response|DOR", None),
        ],
    ),
    # same page ("Median on-study follow-up ... was 20.3 mo (range, 0.2-89.4)"); "mPFS NR; 12-mo PFS 78%" run
    (
        ONE,
        "With a median follow-up of 14.2 mo, median DOR was not reached; 12-mo PFS rate was 78% (95% CI, 64–87).",
        [
            G(14.2, "median", "follow-up", None, True),
            G(78, RATE, "12-month PFS|12-month progression-free survival", None),
            *ci(64, 87, "12-month PFS|12-month progression-free survival", None),
        ],
    ),
    # https://bloodcancerstoday.com/post/liso-cel-effectively-treats-second-line-and-later-follicular-lymphoma
    # ("cytokine release syndrome occurred in 58% of patients, with 1% being grade 3 or higher. Neurological events
    # occurred in 15% of patients, with 2% being grade 3 or higher")
    (
        CART,
        "CRS occurred in 47% of pts, with 3% being grade ≥3; neurological events occurred in 12% (grade ≥3, 2%).",
        [
            G(47, RATE, CRS, None),
            G(3, RATE, "grade ≥3 cytokine release syndrome|grade ≥3 CRS", None),
            G(12, RATE, "neurological events", None),
            G(2, RATE, "grade ≥3 neurological events", None),
        ],
    ),
    # https://yiyunmed.com/literature/filenet?id=38629176 ("Cytokine release syndrome occurred in most patients (85%),
    # all being grade ≤2"); the brief's "CRS occurred in 51% (G1 43%, G2 8%); no ICANS"
    (
        ESC,
        "CRS occurred in 51% (G1 43%, G2 8%); no ICANS was observed.",
        [
            G(51, RATE, CRS, None),
            G(43, RATE, "grade 1 CRS|grade 1 cytokine release syndrome", None),
            G(8, RATE, "grade 2 CRS|grade 2 cytokine release syndrome", None),
        ],
    ),
    (
        ESC,
        "CRS occurred in most pts (85%), all being grade ≤2.",
        [G(85, RATE, CRS, None), none(2)],
    ),
    # https://jitc.bmj.com/content/8/1/e000530 (via tests/extraction/prose_ae_forms_corpus.py: "The most common
    # treatment-related adverse events of any grade were fatigue (24%), ..."); the abstract form "Most common TEAEs
    # (≥20%): ..."
    (
        ONE,
        "Most common TEAEs (≥20%): neutropenia (45%), anemia (31%), fatigue (24%) and nausea (21%).",
        [
            none(20),
            G(45, RATE, "TEAE neutropenia|neutropenia", None),
            G(31, RATE, "TEAE anemia|anemia", None),
            G(24, RATE, "TEAE fatigue|fatigue", None),
            G(21, RATE, "TEAE nausea|nausea", None),
        ],
    ),
    # https://www.nature.com/articles/s41591-024-02986-9 (via the pages corpus: "Introduction of rituximab resulted
    # in ... 10-year OS rates of approximately 80%"): a background number of other studies, then the result
    (
        ONE,
        "Historically, ORR with salvage chemotherapy in this setting is ~30%. In this study, ORR was 64% (16/25).",
        [
            none(30),
            G(64, RATE, ORR, None),
            G(16, "count", ORR, None),
            G(25, "denominator", ORR, None),
        ],
    ),
    # https://ace.asco.org/content/227573/abstract/159252 ("PFS in the LDG (n = 16) was 2.76 months (mo) ..."): a
    # dose group said with its size
    (
        ESC,
        "At the RP2D (n = 24), ORR was 58% and DCR 88%.",
        [
            G(24, "count", "population", "RP2D", True),
            G(58, RATE, ORR, "RP2D"),
            G(88, RATE, "disease control rate|DCR", "RP2D"),
        ],
    ),
    # https://capedge.com/filing/1571498/0001193125-18-291511/EPZM-8K (via prose_group_forms_corpus: "In the EZH2
    # activating mutation cohort ..."); a dose cohort named by its dose
    (
        ESC,
        "In the 48-mg cohort, CR rate was 71% (10/14).",
        [
            none(48),
            G(71, RATE, CR, "48-mg cohort|48 mg"),
            G(10, "count", CR, "48-mg cohort|48 mg"),
            G(14, "denominator", CR, "48-mg cohort|48 mg"),
        ],
    ),
    # https://mdedge9-ma1.mdedge.com/fedprac/article/213785/multiple-myeloma/bispecific-car-t-cells-yield-high-
    # response-rate-relapsed/page/0/1 ("Twenty of the patients (90.9%) had a response: 12 who achieved stringent
    # complete remission, 2 with very good partial response, 5 with partial responses")
    (
        CART,
        "Nineteen of 21 pts (90.5%) responded: 11 with sCR, 3 with VGPR and 5 with PR.",
        [
            G(19, "count", ORR + "|response", None),
            G(21, "denominator", ORR, None),
            G(90.5, RATE, ORR + "|response", None),
            G(11, "count", "stringent complete response|sCR", None),
            G(3, "count", "very good partial response|VGPR", None),
            G(5, "count", "partial response|PR", None),
        ],
    ),
    # https://www.stemcellsciencenews.com/... (Zhang, Leukemia 2020: "34 (79%; 95% confidence interval [CI]: 66, 92%)
    # achieved complete histological remission (CR)", "1-year event-free survival (EFS) and survival was 43% (25,
    # 62%)")
    (
        CART,
        "Of 37 treated pts, 29 (78%; 95% CI: 62, 90%) achieved complete remission (CR). 1-year EFS was 47% (95% CI: "
        "29, 64%).",
        [
            G(37, "count", "population|treated", None, True),
            G(29, "count", "complete remission|CR", None),
            G(78, RATE, "complete remission|CR", None),
            *ci(62, 90, "complete remission|CR", None),
            G(47, RATE, "1-year EFS|1-year event-free survival", None),
            *ci(29, 64, "1-year EFS|1-year event-free survival", None),
        ],
    ),
    # no page sampled: the form named in the brief ("complete metabolic response (CMR)"), an abbreviation defined
    # once in a count-and-percent clause
    (
        CART,
        "19 pts (63%) achieved a complete metabolic response (CMR) and 7 (23%) a partial metabolic response.",
        [
            G(19, "count", "complete metabolic response|CMR", None),
            G(63, RATE, "complete metabolic response|CMR", None),
            G(7, "count", "partial metabolic response", None),
            G(23, RATE, "partial metabolic response", None),
        ],
    ),
    # https://onclive-r5wbompyk-mjhls.vercel.app/rapid-readouts/transcend-fl-phase-2-study-results-of-lisocabtagene-
    # maraleucel-in-patients-with-r-r-follicular-lymphoma ("At data cutoff (January 27, 2023), of 139 leukapheresed
    # patients, 130 (94%) received liso-cel ... and 124 (89%) were efficacy evaluable")
    (
        CART,
        "At data cutoff (June 12, 2024), of 88 enrolled pts, 81 (92%) received orbicabtagene autoleucel and 76 were "
        "efficacy evaluable.",
        [
            none(12),
            none(2024),
            G(88, "count", "population|enrolled", None, True),
            G(81, "count", "*", None, True),
            G(92, RATE, "*", None, True),
            G(76, "count", "efficacy evaluable|evaluable|population", None, True),
        ],
    ),
    # https://cslide.ctimeetingtech.com/breast22hybrid/attendee/person/631 (SASCIA: "30 (66.7%) vs 9 (20.9%) G3-4
    # ... 6 (13.6%) pts under SG vs 3 (9.4%) under capecitabine discontinued therapy prematurely")
    (
        TPC,
        "Grade ≥3 TRAEs occurred in 28 (62.2%) pts under velarimab vs 10 (23.3%) under TPC.",
        [
            none(3),
            G(28, "count", "grade ≥3 TRAEs|grade ≥3 TRAE", "velarimab"),
            G(62.2, RATE, "grade ≥3 TRAEs|grade ≥3 TRAE", "velarimab"),
            G(10, "count", "grade ≥3 TRAEs|grade ≥3 TRAE", "TPC"),
            G(23.3, RATE, "grade ≥3 TRAEs|grade ≥3 TRAE", "TPC"),
        ],
    ),
    # http://ashpublications.net/blood/article/141/14/1675/493847/... ("Complete response (CR) rate was 74% for
    # liso-cel vs 43% for SOC (P < .0001)")
    (
        RAND,
        "CR rate was 66% for velarimab vs 39% for SOC (P < .001).",
        [
            G(66, RATE, CR, "velarimab"),
            G(39, RATE, CR, "SOC"),
            G(0.001, "p", "*", "*", True),
        ],
    ),
    # https://ace.asco.org/content/227573/abstract/159252 ("ORR in LDG, MDG, HDG, and VHDG was 0%, 6%, 6%, and 12%
    # (p = 0.47) and DCR was 62%, 71%, 41%, and 81% (p = .027), respectively")
    (
        "Pts were treated in a low-dose group or a high-dose group.",
        "ORR in the low-dose and high-dose groups was 9% and 21% and DCR was 55% and 74%, respectively.",
        [
            G(9, RATE, ORR, "low-dose"),
            G(21, RATE, ORR, "high-dose"),
            G(55, RATE, "disease control rate|DCR", "low-dose"),
            G(74, RATE, "disease control rate|DCR", "high-dose"),
        ],
    ),
    # https://oncologypro.esmo.org/... (abstract 3569: semicolon runs of "n/N (x%) pts had ..."); confirmed ORR and a
    # verbless DCR, mDOR
    (
        ONE,
        "Among 40 efficacy-evaluable pts, confirmed ORR was 35% and DCR 80%; mDOR was 7.6 mo.",
        [
            G(40, "count", "population|efficacy-evaluable|evaluable", None, True),
            G(35, RATE, "confirmed ORR|confirmed objective response rate", None),
            G(80, RATE, "disease control rate|DCR", None),
            G(7.6, "median", "duration of response|DOR|DoR", None),
        ],
    ),
    # https://www.wallstreet-online.de/nachricht/13055922-crispr-therapeutics-... ("Cytokine Release Syndrome (CRS)
    # occurred in three patients (30%) and in each case was Grade 2 or below")
    (
        ESC,
        "G≥3 TRAEs occurred in 18% of pts; none led to discontinuation. ICANS occurred in two pts (8%), both grade 1.",
        [
            G(18, RATE, "grade ≥3 TRAE|grade ≥3 TRAEs", None),
            G(2, "count", "ICANS", None),
            G(8, RATE, "ICANS", None),
            none(1),
        ],
    ),
    # https://bloodcancerstoday.com/post/liso-cel-response-rate-near-100-in-patients-with-relapsed-or-refractory-
    # follicular-lymphoma ("Among the 23 patients who received liso-cel as second-line management for FL, the ORR was
    # 96%"): a subgroup by its feature
    (
        ONE,
        "In pts with POD24 (n = 28), ORR was 79% and CR rate 61%.",
        [
            G(28, "count", "population", "POD24", True),
            G(79, RATE, ORR, "POD24"),
            G(61, RATE, CR, "POD24"),
        ],
    ),
    # https://ash.confex.com/ash/2024/webprogram/Paper200204.html ("Median PFS was 6.8 mo (95% CI, 3.3-12.7)")
    (
        ONE,
        "Median time to response was 1.4 mo (range, 1.1–3.9); mPFS was 9.3 mo (95% CI, 6.1–12.8).",
        [
            G(1.4, "median", "time to response", None),
            G(1.1, "min", "time to response", None),
            G(3.9, "max", "time to response", None),
            G(9.3, "median", "progression-free survival|PFS", None),
            *ci(6.1, 12.8, "progression-free survival|PFS", None),
        ],
    ),
]

SECOND: list[Entry] = [
    # https://ash.confex.com/ash/2024/webprogram/Paper200204.html ("ORR of 73% (CR rate, 53%)"): a verbless run
    (
        ONE,
        "ORR 76% (CR 52%); DCR 90%.",
        [G(76, RATE, ORR, None), G(52, RATE, CR, None), G(90, RATE, "disease control rate|DCR", None)],
    ),
    # https://ace.asco.org/content/227573/abstract/159252 ("PFS in the LDG (n = 16) was 2.76 months ...")
    (
        ESC,
        "In the 24-mg cohort (n = 12), ORR was 50%. In the 48-mg cohort (n = 15), ORR was 73%.",
        [
            none(24),
            G(12, "count", "population", "24-mg cohort|24 mg", True),
            G(50, RATE, ORR, "24-mg cohort|24 mg"),
            none(48),
            G(15, "count", "population", "48-mg cohort|48 mg", True),
            G(73, RATE, ORR, "48-mg cohort|48 mg"),
        ],
    ),
    # https://jitc.bmj.com/content/8/1/e000530 (via prose_ae_forms_corpus: "The most common treatment-related adverse
    # events of any grade were fatigue (24%), ...")
    (
        ONE,
        "Most common TRAEs (any grade): rash (38%), diarrhea (27%) and stomatitis (20%).",
        [
            G(38, RATE, "any grade TRAE rash|TRAE rash|rash", None),
            G(27, RATE, "any grade TRAE diarrhea|TRAE diarrhea|diarrhea", None),
            G(20, RATE, "any grade TRAE stomatitis|TRAE stomatitis|stomatitis", None),
        ],
    ),
    # https://www.nature.com/articles/s41591-024-02986-9 (background numbers of other studies, then the result)
    (
        ONE,
        "Historically, median PFS with standard therapy is 5 mo. In this study, mPFS was 10.4 mo (95% CI, 7.7–13.9).",
        [
            none(5),
            G(10.4, "median", "progression-free survival|PFS", None),
            *ci(7.7, 13.9, "progression-free survival|PFS", None),
        ],
    ),
    # https://yiyunmed.com/literature/filenet?id=38629176 ("Cytokine release syndrome occurred in most patients (85%),
    # all being grade ≤2"); a grade breakdown in the bracket
    (
        ESC,
        "ICANS occurred in 9% (G1 6%, G2 3%); no G≥3 events were reported.",
        [
            G(9, RATE, "ICANS", None),
            G(6, RATE, "grade 1 ICANS", None),
            G(3, RATE, "grade 2 ICANS", None),
        ],
    ),
    # https://ash.confex.com/ash/2024/webprogram/Paper200204.html ("median DOR of 23.1 mo (95% CI, 8.6-not reached
    # [NR])"), with a fronted follow-up
    (
        ONE,
        "With a median follow-up of 11.6 mo, mDOR was 9.1 mo (95% CI, 6.3–NR).",
        [
            G(11.6, "median", "follow-up", None, True),
            G(9.1, "median", "duration of response|DOR|DoR", None),
            G(6.3, "ci_low", "duration of response|DOR|DoR", None),
        ],
    ),
    # https://oncologypro.esmo.org/... (abstract 3569: "ORR and CBR were 14.8% and 28.0%"); confirmed and unconfirmed
    (
        ONE,
        "Unconfirmed ORR was 41% and confirmed ORR 33%.",
        [
            G(41, RATE, "unconfirmed ORR|unconfirmed objective response rate", None),
            G(33, RATE, "confirmed ORR|confirmed objective response rate", None),
        ],
    ),
    # https://www.stemcellsciencenews.com/... ("1-year event-free survival (EFS) and survival was 43% (25, 62%)")
    (
        CART,
        "2-year OS was 64% (95% CI, 52–74).",
        [
            G(64, RATE, "2-year OS|2-year overall survival", None),
            *ci(52, 74, "2-year OS|2-year overall survival", None),
        ],
    ),
    # https://oncologypro.esmo.org/... (abstract 3569: "275/723 (38.0%) pts had >2 metastatic sites")
    (
        ONE,
        "Among 55 response-evaluable pts, 29 (53%) had a PR and 14 (25%) had SD.",
        [
            G(55, "count", "population|response-evaluable|evaluable", None, True),
            G(29, "count", "partial response|PR", None),
            G(53, RATE, "partial response|PR", None),
            G(14, "count", "stable disease|SD", None),
            G(25, RATE, "stable disease|SD", None),
        ],
    ),
    # https://www.wallstreet-online.de/nachricht/13055922-crispr-therapeutics-... ("Dose Level 4 (n=1) One patient
    # received Dose Level 4 ... experienced Grade 2 CRS")
    (
        ESC,
        "At the MTD (n = 9), DLTs occurred in 2 pts (22%).",
        [
            G(9, "count", "population", "MTD", True),
            G(2, "count", "DLTs|dose-limiting toxicities|DLT", "MTD"),
            G(22, RATE, "DLTs|dose-limiting toxicities|DLT", "MTD"),
        ],
    ),
    # https://cslide.ctimeetingtech.com/breast22hybrid/attendee/person/631 ("12 (26.7%) vs 9 (28.1%) had ≥1 dose
    # reduction")
    (
        ONE,
        "Dose reductions due to TRAEs occurred in 14% of pts.",
        [G(14, RATE, "dose reductions due to TRAEs|dose reductions|dose reduction", None)],
    ),
    # http://ashpublications.net/blood/article/141/14/1675/493847/... ("median progression-free survival (PFS) was
    # NR for liso-cel vs 6.2 months for SOC (hazard ratio [HR] = 0.400; P < .0001)")
    (
        RAND,
        "mPFS was 8.2 mo for velarimab vs 5.1 mo for SOC (HR 0.61; 95% CI, 0.45–0.83).",
        [
            G(8.2, "median", "progression-free survival|PFS", "velarimab"),
            G(5.1, "median", "progression-free survival|PFS", "SOC"),
            G(0.61, "hr", "progression-free survival|PFS", "*"),
            G(0.45, "ci_low", "progression-free survival|PFS", "*"),
            G(0.83, "ci_high", "progression-free survival|PFS", "*"),
        ],
    ),
    # no page sampled: the brief's "complete metabolic response (CMR)" form, the abbreviation used alone
    (
        CART,
        "CMR rate at end of treatment was 68%.",
        [G(68, RATE, "complete metabolic response|CMR", None)],
    ),
    # https://cslide.ctimeetingtech.com/breast22hybrid/attendee/person/631 ("30 (66.7%) vs 9 (20.9%) G3-4")
    (
        ONE,
        "Grade 3-4 neutropenia occurred in 21 (35%) pts.",
        [
            G(21, "count", "grade 3-4 neutropenia", None),
            G(35, RATE, "grade 3-4 neutropenia", None),
        ],
    ),
]
