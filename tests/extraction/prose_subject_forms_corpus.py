"""People counted as the subject, the predicate the endpoint: result paragraphs that count people and say in the
predicate what they did, were or had: disposition ("Of the 33 subjects, three discontinued", "Six of the 15
participants are still living"), baseline facts in prose ("Two patients were treatment-naive (6.9%)", "Twenty-eight
(53%) pts in the mono cohort were refractory to last therapy", "58% were female"), response counts ("14 (74%) of 19
had a best response of SD", "7/19 patients (37%) were alive at 32 months"); in the sentence forms of public pages
found with the ``search`` tool (corpus ``pages``: PubMed and PMC abstracts, conference abstracts, registry results
pages, a drug label, news pages), none a golden paper. Counter-cases: the size of the group a sentence is about
("Among 87 evaluable patients, the ORR was 40%"), sizes of each of several groups ("14 were randomized to each
arm"), a count that sizes the group named right after it, counts of people "enrolled / randomized / treated"
(the size of the trial or of a group: optional, by the policy of docs/prose.md), a count of other units ("received
48 cycles": optional). Drugs, numbers and wording are invented; each entry's comment gives the address whose
paragraph showed the form. Every gold was written before any paragraph was read back.

Entry format and scoring conventions: those of tests/extraction/prose_calibration_corpus.py (``(context, paragraph,
gold)``; ``G(value, statistic, endpoint, group[, optional])``; "denominator" is not scored; a threshold, a time
point or a dose is no result: endpoint ``None``)."""

from __future__ import annotations

from tests.extraction.prose_sampled_forms_corpus import Entry, G

ONE_ARM = "Patients received ravotinib orally once daily in 28-day cycles until disease progression."
HEALTHY = "Healthy adult volunteers received a single oral dose of ravotinib in a two-period crossover design."
COHORTS = (
    "Patients were enrolled in a monotherapy (mono) cohort receiving ravotinib alone or a combination (combo) cohort "
    "receiving ravotinib plus fulvestrant."
)

CORPUS: list[Entry] = [
    # ==== a count with its bracket before the noun: "N (x%) pts ..." ================================================
    # https://oncologypro.esmo.org/meeting-resources/esmo-congress-2019/clinical-benefit-and-response-rate-in-early-
    # phase-clinical-trials-first-report-from-a-single-institution-study ("At time of data analysis, 209 (88.6%)
    # patients experienced disease progression")
    (
        ONE_ARM,
        "At the data cut-off, 141 (81.5%) patients had experienced disease progression.",
        [
            G(141, "count", "disease progression", None),
            G(81.5, "percent", "disease progression", None),
        ],
    ),
    # https://quarxiv.authorea.com/users/626084/articles/647669/download_zip ("eleven (36%) patients demonstrated
    # Complete Remission (CR) post-first salvage therapy")
    (
        ONE_ARM,
        "Nine (31%) patients achieved complete remission after first salvage therapy.",
        [
            G(9, "count", "complete remission", None),
            G(31, "percent", "complete remission", None),
        ],
    ),
    # the brief's form, modelled on the ESMO abstract above ("275/723 (38.0%) pts had >2 metastatic sites"): the
    # group named inside the subject is the arm, never part of the endpoint
    (
        COHORTS,
        "Twenty-six (51%) pts in the mono cohort were refractory to their last therapy.",
        [
            G(26, "count", "refractory to their last therapy", "mono"),
            G(51, "percent", "refractory to their last therapy", "mono"),
        ],
    ),
    (
        COHORTS,
        "Median age was 61 years; 9 (45%) pts in the combo cohort had received prior chemotherapy.",
        [
            G(61, "median", "age", None),
            G(9, "count", "received prior chemotherapy", "combo"),
            G(45, "percent", "received prior chemotherapy", "combo"),
        ],
    ),
    # https://www.e-crt.org/journal/view.php?number=2629 (a baseline "Male | 146 (73.7)") in prose, as abstracts give
    # it ("... 10 (62.5%) males")
    (
        ONE_ARM,
        "The median age was 64 years (range, 41-80), and 12 (57.1%) were males.",
        [
            G(64, "median", "age", None),
            G(41, "min", "age", None),
            G(80, "max", "age", None),
            G(12, "count", "males|male", None),
            G(57.1, "percent", "males|male", None),
        ],
    ),
    # ==== "Of the N X, M (x%) PRED"; "M of the N patients PRED"; "M/N (x%) PRED" ====================================
    # https://pubmed.ncbi.nlm.nih.gov./28751562 ("Of 722 patients, 503 (70%) had received a prior PI, and 397 (55%)
    # prior lenalidomide/thalidomide")
    (
        ONE_ARM,
        "Of 640 patients, 422 (66%) had received a prior proteasome inhibitor.",
        [
            G(640, "denominator", None, None),
            G(422, "count", "received a prior proteasome inhibitor|prior proteasome inhibitor", None),
            G(66, "percent", "received a prior proteasome inhibitor|prior proteasome inhibitor", None),
        ],
    ),
    # https://oncologypro.esmo.org/meeting-resources/esmo-congress-2019/clinical-benefit-and-response-rate-in-early-
    # phase-clinical-trials-first-report-from-a-single-institution-study ("275/723 (38.0%) pts had >2 metastatic
    # sites; 304/723 (42.0%) received >2 lines of treatment in the metastatic setting")
    (
        ONE_ARM,
        "In total, 198/540 (36.7%) pts had liver metastases; 226/540 (41.9%) received prior radiotherapy.",
        [
            G(198, "count", "liver metastases", None),
            G(540, "denominator", None, None),
            G(36.7, "percent", "liver metastases", None),
            G(226, "count", "received prior radiotherapy|prior radiotherapy", None),
            G(41.9, "percent", "received prior radiotherapy|prior radiotherapy", None),
        ],
    ),
    # http://trendssoul.blogspot.com/2013/11/update-50-percent-of-patients-in-cedars.html ("Seven of the 16
    # participants still are living ... Eight of 16 patients ... survived longer than five years")
    (
        ONE_ARM,
        "Six of the 15 participants are still living.",
        [
            G(6, "count", "living|alive", None),
            G(15, "denominator", None, None),
        ],
    ),
    # same page, second instance
    (
        ONE_ARM,
        "Five of 15 patients survived longer than three years after diagnosis.",
        [
            G(5, "count", "survived longer than three years after diagnosis|survived", None),
            G(15, "denominator", None, None),
        ],
    ),
    # https://view.joomag.com/ash-clinical-news-acn-48-final-digital/0034899001530104750?page=36 ("Overall, 18 of the
    # 22 patients alive at last follow-up had stopped active immunosuppression")
    (
        ONE_ARM,
        "Overall, 15 of the 19 patients alive at last follow-up had stopped immunosuppressive therapy.",
        [
            G(15, "count", "stopped immunosuppressive therapy", None),
            G(19, "denominator", None, None),
        ],
    ),
    # https://peptidesolubility.com/?p=2312 ("Ninety-four of the 138 patients (initial treatment group) underwent IFN
    # plus ribavirin combination therapy as their initial therapy")
    (
        ONE_ARM,
        "Three of the 33 subjects discontinued the study drug because of adverse events.",
        [
            G(3, "count", "discontinued the study drug because of adverse events|discontinued", None),
            G(33, "denominator", None, None),
        ],
    ),
    # the brief's "14 (74%) of 19 had a best response of SD", modelled on https://natap.org/2009/HCV/050809_02.htm
    # ("46% (38 of 82) in the PR48 (control) group")
    (
        ONE_ARM,
        "Of the evaluable patients, 13 (68%) of 19 had a best response of stable disease.",
        [
            G(13, "count", "best response of stable disease|stable disease", None),
            G(68, "percent", "best response of stable disease|stable disease", None),
            G(19, "denominator", None, None),
        ],
    ),
    # https://quarxiv.authorea.com/users/626084/articles/647669/download_zip ("a remission was achieved in 11/20
    # patients") and the brief's "7/19 patients (37%) were alive at 32 months"
    (
        ONE_ARM,
        "At the last follow-up, 8/21 patients (38%) were alive at 30 months.",
        [
            G(8, "count", "alive", None),
            G(21, "denominator", None, None),
            G(38, "percent", "alive", None),
            G(30, "*", None, None),
        ],
    ),
    # "x% (M/N) PRED": https://natap.org/2009/HCV/050809_02.htm ("The rate of sustained virologic response ... was
    # 46% (38 of 82)")
    (
        ONE_ARM,
        "In the efficacy population, 42% (11/26) achieved a partial response.",
        [
            G(42, "percent", "partial response", None),
            G(11, "count", "partial response", None),
            G(26, "denominator", None, None),
        ],
    ),
    # ==== the bracket after the predicate ===========================================================================
    # the brief's "Two patients were treatment-naive (6.9%)", modelled on https://pmc.ncbi.nlm.nih.gov/articles/
    # PMC8734305/table/Tab4 (baseline "Resistant | 215 (80)" as prose)
    (
        ONE_ARM,
        "Three patients were treatment-naive (8.3%).",
        [
            G(3, "count", "treatment-naive", None),
            G(8.3, "percent", "treatment-naive", None),
        ],
    ),
    (
        ONE_ARM,
        "Eleven patients were refractory to lenalidomide (30.6%).",
        [
            G(11, "count", "refractory to lenalidomide", None),
            G(30.6, "percent", "refractory to lenalidomide", None),
        ],
    ),
    # ==== a share as the subject ===================================================================================
    # http://www.120ty.net/bencandy.php?aid=43193&fid=134&page=14 ("Of the 143 patients with liposarcoma, the median
    # age was 55 years (range: 32 to 83); 62% were male, 72% were White; ... and 44% received more than two prior
    # systemic chemotherapies")
    (
        ONE_ARM,
        "The median age was 57 years; 58% were female, 69% were White, and 46.2% had received at least two prior "
        "regimens.",
        [
            G(57, "median", "age", None),
            G(58, "percent", "female", None),
            G(69, "percent", "White", None),
            G(46.2, "percent", "received at least two prior regimens", None),
        ],
    ),
    # https://paperexplained.cn/articles/paper/detail/57a787bf2080e10d1afe8312e4e4a33396a1a66c ("88% of pts had
    # received prior chemotherapy")
    (
        ONE_ARM,
        "Overall, 91% of pts had received prior chemotherapy.",
        [
            G(91, "percent", "received prior chemotherapy|prior chemotherapy", None),
        ],
    ),
    # ==== disposition ==============================================================================================
    # https://publicatie-online.nl/uploaded/flipbook/169646-Hanneke-van-der-Wijngaart/28 ("Overall, ten patients
    # discontinued treatment owing to toxicity")
    (
        ONE_ARM,
        "Overall, eight patients discontinued treatment owing to toxicity.",
        [
            G(8, "count", "discontinued treatment owing to toxicity|discontinued treatment", None),
        ],
    ),
    # http://onlinelibrary.wiley.com/doi/10.1111/bju.12006/full (disposition in a results summary), and the brief's
    # "36 completed the study"
    (
        HEALTHY,
        "Forty healthy volunteers were randomized, and 37 completed the study.",
        [
            G(40, "count", "*", None, optional=True),
            G(37, "count", "completed the study", None),
        ],
    ),
    # https://zendy.io/title/10.1002/jcph.618 and the rosuvastatin abstract ("Ten white male volunteers entered and
    # completed the trial"), Clin Ther 2003;25(10)
    (
        HEALTHY,
        "Twelve healthy male volunteers entered and completed the study.",
        [
            G(12, "count", "completed the study", None),
        ],
    ),
    # https://pmc.ncbi.nlm.nih.gov/articles/PMC5147394/table/t2-ceg-9-365 ("Two subjects withdrew during the
    # open-label phase due to AEs")
    (
        ONE_ARM,
        "Four subjects withdrew from the study due to adverse events.",
        [
            G(4, "count", "withdrew from the study due to adverse events|withdrew", None),
        ],
    ),
    # the brief's "11 participants remained in long-term follow-up", modelled on the group-forms corpus's "38
    # patients (41%) remained on treatment" page https://www.sec.gov/Archives/edgar/data/1175505/
    # 000119312517336412/d486513dex991.htm
    (
        ONE_ARM,
        "At the time of analysis, 14 participants remained in long-term follow-up.",
        [
            G(14, "count", "remained in long-term follow-up", None),
        ],
    ),
    # ==== counter-cases ============================================================================================
    # the size of the group a sentence is about: https://oncologypro.esmo.org/... (above) "Pts with <=2 metastatic
    # sites had a higher CBR"; and the brief's "Among 87 evaluable patients, the ORR was 40%"
    (
        ONE_ARM,
        "Among 74 evaluable patients, the objective response rate was 36%.",
        [
            G(74, "count", "*", None, optional=True),
            G(36, "percent|rate", "objective response rate", None),
        ],
    ),
    # sizes of each of several groups: https://pmc.ncbi.nlm.nih.gov/articles/PMC5147394/table/t2-ceg-9-365 (arms of
    # 12, 12, 14 subjects) and the brief's "14 were randomized to each arm"
    (
        HEALTHY,
        "Sixteen were randomized to each treatment sequence.",
        [
            G(16, "count", None, None),
        ],
    ),
    # enrolled / excluded at screening: https://meddatax.com/clinical-trials/NCT00107653/results ("Out of 1038
    # screened participants, 569 were enrolled and 469 were screen failures")
    (
        ONE_ARM,
        "Out of 412 screened participants, 236 were enrolled.",
        [
            G(412, "count", "*", None, optional=True),
            G(236, "count", "*", None, optional=True),
        ],
    ),
    # a count of other units: https://acemap.info/paper/233457482 ("Twenty-four patients received 55 cycles") and the
    # brief's "A total of 256 cycles were delivered"
    (
        ONE_ARM,
        "Twenty-one patients received 48 cycles. A total of 212 cycles were delivered in the expansion phase.",
        [
            G(21, "count", "*", None, optional=True),
            G(48, "count", "*", None, optional=True),
            G(212, "count", "*", "*", optional=True),
        ],
    ),
    # a count that sizes the group named right after it: https://discovery.researcher.life/article/phase-i-study-of-
    # intravenous-iv-milataxel-in-adult-patients-with-advanced-malignant-tumors/6df7fc9936063e45a0b93e8728f6db37
    # ("Of the 10 pts with breast cancer who were evaluable for response, one had a PR")
    (
        ONE_ARM,
        "The objective response rate was 18%. Of the 9 pts with ovarian cancer who were evaluable for response, two "
        "had a partial response.",
        [
            G(18, "percent|rate", "objective response rate", None),
            G(9, "denominator", None, None),
            G(2, "count", "partial response", "ovarian cancer"),
        ],
    ),
    # a threshold in the predicate is no count: https://oncologypro.esmo.org/... (above) ("received >2 lines of
    # treatment")
    (
        ONE_ARM,
        "Forty-one patients (55%) had received more than three prior lines of therapy.",
        [
            G(41, "count", "received more than three prior lines of therapy|prior lines of therapy", None),
            G(55, "percent", "received more than three prior lines of therapy|prior lines of therapy", None),
            G(3, "*", None, None),
        ],
    ),
]
