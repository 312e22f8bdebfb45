"""Qualified endpoints in prose: result sentences whose endpoint name holds a shorter endpoint's words ("pathologic
complete response" holds "complete response", "complete metabolic response", "CR/CRi", "stringent CR", "major
molecular response", "complete cytogenetic response", "MRD negativity", "PSA50 response", "event-free survival",
"best overall response", "time to treatment failure", "radiographic PFS"), in the forms of public pages found with
the ``search`` tool (corpus ``pages``: PMC and ASH abstracts of hematology, neoadjuvant and prostate trials). A
qualifier is part of the endpoint: a value read as the shorter endpoint is mislabeled (silently wrong). Drugs,
numbers and wording are invented; each entry's comment gives the address that showed the form. Every gold was
written before any paragraph was read back.

Entry format: that of tests/extraction/prose_calibration_corpus.py. Scored by
tests/extraction/prose_qualified_endpoints_score.py, which also counts as wrong a label that drops a word of the
gold's (the bench judge would take "complete response" for "pathologic complete response"; this score does not)."""

from __future__ import annotations

from tests.extraction.prose_sampled_forms_corpus import Entry, G

TWO_ARMS = "Patients were randomly assigned to receive dorvalimab plus chemotherapy or placebo plus chemotherapy."
ONE_ARM = "Patients received relcitinib orally once daily in 28-day cycles until progression or unacceptable toxicity."

PCR = "pathologic complete response|pCR"
CMR = "complete metabolic response|CMR"
CRI = "CR/CRi"

CORPUS: list[Entry] = [
    # https://coloproctol.org/journal/view.php?number=1590&viewtype=pubreader ("the highest ... pathologic complete
    # response (pCR) rate (3 patients, 8.6%; P = 0.886)")
    (
        TWO_ARMS,
        "The pCR rate was 38.4% with dorvalimab plus chemotherapy and 19.6% with placebo plus chemotherapy.",
        [
            G(38.4, "percent|rate", PCR, "dorvalimab"),
            G(19.6, "percent|rate", PCR, "placebo"),
        ],
    ),
    # https://123docz.net/document/11903190-clinical-tumor-stage-is-the-most-important-predictor-of-pathological-
    # complete-response-rate-after-neoadjuvant-chemotherapy-in-breast-cancer-patients.htm ("overall pCR rate was 21%")
    (
        ONE_ARM,
        "In 412 patients, the overall pCR rate was 27%.",
        [G(412, "count", None, None, True), G(27, "percent|rate", PCR, None)],
    ),
    # same page: the long name with its abbreviation in brackets
    (
        ONE_ARM,
        "A pathologic complete response (ypT0/is ypN0) was achieved in 29 of 71 patients (40.8%).",
        [G(29, "count", PCR, None), G(71, "*", None, None, True), G(40.8, "percent|rate", PCR, None)],
    ),
    # https://www.spandidos-publications.com/28512/downloadXml (pathological complete response to neoadjuvant
    # chemotherapy in stage II and III breast cancer)
    (
        ONE_ARM,
        "The pathological complete response rate was 33.1% (95% CI, 25.0 to 42.0).",
        [
            G(33.1, "percent|rate", "pathological complete response|pCR", None),
            G(25.0, "ci_low", "pathological complete response|pCR", None),
            G(42.0, "ci_high", "pathological complete response|pCR", None),
        ],
    ),
    # https://pmc.ncbi.nlm.nih.gov/articles/PMC4858550 ("Early complete metabolic response (CMR) predicts
    # end-of-treatment CMR")
    (
        ONE_ARM,
        "Complete metabolic response was achieved in 58 patients (69%).",
        [G(58, "count", CMR, None), G(69, "percent|rate", CMR, None)],
    ),
    (
        ONE_ARM,
        "At the end of treatment, the complete metabolic response rate was 74.5%.",
        [G(74.5, "percent|rate", CMR, None)],
    ),
    # http://ashpublications.net/bloodadvances/article/5/7/1876/475628/Prognostic-value-of-measurable-residual-disease
    # ("Eighty-three patients achieved CR/CRi, and 52 (54%) became MRD negative")
    (
        "Patients were randomly assigned to relcitinib plus azacitidine or placebo plus azacitidine.",
        "The rate of CR/CRi was 61.3% in the relcitinib arm and 24.8% in the placebo arm.",
        [G(61.3, "percent|rate", CRI, "relcitinib"), G(24.8, "percent|rate", CRI, "placebo")],
    ),
    (
        ONE_ARM,
        "Seventy-one patients achieved CR/CRi, and 40 (56%) became MRD negative.",
        [G(71, "count", CRI, None), G(40, "count", "MRD negative", None), G(56, "percent|rate", "MRD negative", None)],
    ),
    # same page: CR with incomplete hematologic recovery spelled out
    (
        ONE_ARM,
        "Complete remission with incomplete hematologic recovery was reached by 14 patients (18%).",
        [
            G(14, "count", "complete remission with incomplete hematologic recovery|CRi", None),
            G(18, "percent|rate", "complete remission with incomplete hematologic recovery|CRi", None),
        ],
    ),
    # http://ashpublications.com/blood/article/146/6/679/536289/Daratumumab-bortezomib-thalidomide-dexamethasone
    # ("D-VTd improved overall MRD-negativity rates (10–5) after induction (34.6% vs 23.1%)")
    (
        "Patients were randomly assigned to dorvalimab plus VRd or VRd alone.",
        "The MRD-negativity rate was 41.2% with dorvalimab plus VRd and 27.5% with VRd alone.",
        [
            G(41.2, "percent|rate", "MRD-negativity", "dorvalimab"),
            G(27.5, "percent|rate", "MRD-negativity", "VRd alone"),
        ],
    ),
    # https://ashpublications.org/blood/article-abstract/doi/10.1182/blood.2020010439/476415/ ("daratumumab-based
    # therapy improved rates of MRD negativity lasting ≥6 months (D-Rd, 14.9% vs Rd, 4.3%")
    (
        ONE_ARM,
        "MRD negativity at the 10^-5 threshold was reached in 33 of 96 patients (34%).",
        [
            G(33, "count", "MRD negativity", None),
            G(96, "*", None, None, True),
            G(34, "percent|rate", "MRD negativity", None),
            G(10, "*", None, None, True),
            G(-5, "*", None, None, True),
        ],
    ),
    # https://link.springer.com/doi/10.1186/s13045-016-0283-0 (daratumumab review: sCR, VGPR or better)
    (
        ONE_ARM,
        "A stringent complete response was achieved in 22% of patients.",
        [G(22, "percent|rate", "stringent complete response|sCR", None)],
    ),
    (
        ONE_ARM,
        "The rate of very good partial response or better was 79%.",
        [G(79, "percent|rate", "very good partial response or better|VGPR or better", None)],
    ),
    # https://pmc.ncbi.nlm.nih.gov/articles/PMC3215673 ("A CCyR was achieved ... in 52% of patients, while 7% achieved
    # a partial cytogenetic response (PCyR)")
    (
        ONE_ARM,
        "A complete cytogenetic response was achieved in 61% of patients by 12 months.",
        [G(61, "percent|rate", "complete cytogenetic response|CCyR", None), G(12, "*", None, None, True)],
    ),
    # http://ashpublications.com/hematology/article/2012/1/105/83748/ ("the molecular target of a major molecular
    # response is achieved at 18 months")
    (
        "Patients were randomly assigned to relcitinib or imatinib.",
        "The rate of major molecular response at 12 months was 48% with relcitinib and 27% with imatinib.",
        [
            G(12, "*", None, None, True),
            G(48, "percent|rate", "major molecular response|MMR", "relcitinib"),
            G(27, "percent|rate", "major molecular response|MMR", "imatinib"),
        ],
    ),
    (
        ONE_ARM,
        "The major molecular response rate was 52.4%.",
        [G(52.4, "percent|rate", "major molecular response|MMR", None)],
    ),
    # https://jitc.bmj.com/highwire/markup/25593/expansion ("PSA decline 50%", "rPFS") and
    # https://pmc.ncbi.nlm.nih.gov/articles/PMC8002173 ("PSA response (confirmed PSA decrease ≥ 50%)")
    (
        ONE_ARM,
        "A PSA50 response was observed in 46% of patients.",
        [G(46, "percent|rate", "PSA50 response", None)],
    ),
    (
        ONE_ARM,
        "The PSA response rate was 37.2% (95% CI, 28.1 to 47.0).",
        [
            G(37.2, "percent|rate", "PSA response", None),
            G(28.1, "ci_low", "PSA response", None),
            G(47.0, "ci_high", "PSA response", None),
        ],
    ),
    (
        ONE_ARM,
        "The median radiographic progression-free survival was 8.3 months.",
        [G(8.3, "median", "radiographic progression-free survival|rPFS", None)],
    ),
    # https://pmc.ncbi.nlm.nih.gov/articles/PMC4020440 ("2-year EFS was 67% (53%–86%) in all PET-positive patients")
    (
        ONE_ARM,
        "The median event-free survival was 14.2 months (95% CI, 10.9 to 18.8).",
        [
            G(14.2, "median", "event-free survival|EFS", None),
            G(10.9, "ci_low", "event-free survival|EFS", None),
            G(18.8, "ci_high", "event-free survival|EFS", None),
        ],
    ),
    # http://ashpublications.net/bloodadvances/article/9/2/375/517882/ ("Median event-free survival was
    # significantly longer in the VEN cohort (8.0 months) than the TPC cohort (3.7 months; P = .006)")
    (
        ONE_ARM,
        "Median relapse-free survival was 11.4 months.",
        [G(11.4, "median", "relapse-free survival|RFS", None)],
    ),
    (
        ONE_ARM,
        "The median disease-free survival was 26.0 months.",
        [G(26.0, "median", "disease-free survival|DFS", None)],
    ),
    (
        ONE_ARM,
        "The median time to treatment failure was 6.1 months.",
        [G(6.1, "median", "time to treatment failure|TTF", None)],
    ),
    # https://jitc.bmj.com/highwire/markup/25593/expansion (summary of responses: ORR vs best response, DCR vs CBR)
    (
        ONE_ARM,
        "The best overall response rate was 63%, and the clinical benefit rate was 77%.",
        [
            G(63, "percent|rate", "best overall response", None),
            G(77, "percent|rate", "clinical benefit rate|CBR", None),
        ],
    ),
    # counter-case: the plain category, no qualifier -- must stay CR
    (
        ONE_ARM,
        "The complete response rate was 31% (95% CI, 21 to 43).",
        [
            G(31, "percent|rate", "complete response|CR", None),
            G(21, "ci_low", "complete response|CR", None),
            G(43, "ci_high", "complete response|CR", None),
        ],
    ),
    # counter-case: the plain objective response rate
    (ONE_ARM, "The overall response rate was 58%.", [G(58, "percent|rate", "overall response rate|ORR", None)]),
]
