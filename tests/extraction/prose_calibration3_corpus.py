"""A third independent calibration set for prose labels, for the group axis: result paragraphs whose numbers belong
to a subgroup, a cohort or an arm that the sentence or its paragraph names, in the statement forms real result pages
use for them (a fronted "In the X cohort," or "Among patients aged ...", a trailing "... in those with X", "X vs Y"
pairs of subgroups, a subgroup as the subject, a "respectively" list of subgroups, a group set by an earlier
sentence of the paragraph), mixed with statements of the whole trial. Sampled with the ``search`` tool (corpus
``pages``) from public pages that are none of the golden papers and none of the pages any test corpus, extractor or
document of this repository cites (each address was searched for in tests/, extractors/ and docs/).

The pages are third-party text: the sentence forms are kept, the drugs, the numbers and some wording are changed
(as in tests/extraction/prose_calibration2_corpus.py); each entry's comment gives the address whose paragraph showed
the form; an entry marked "constructed" (or whose comment says a sentence is written for this corpus) takes the
setting from its page and a sentence in a form seen on other pages of the sample. Every number's gold was
written, and the corpus committed, before any paragraph was read back (first
contact is on record in git and in tests/extraction/prose_calibration3_first_contact.py).

The entry format and the scoring conventions are those of tests/extraction/prose_calibration2_corpus.py:
``(context, paragraph, gold)``; ``G(value, statistic, endpoint, group[, optional])``, ``endpoint`` ``None`` for a
number that is no result (a dose, a day, a grade, a threshold, a year, a number that names a group), ``group``
``None`` for the whole trial and "*" for any (a between-group ratio, difference or P value). A value of a named
subgroup, cohort, dose level or arm is that one's; a value the paragraph gives for all patients is the whole
trial's. The gold groups are spelled by the words that tell the groups apart (the evaluator compares words, and
drops "<", "≥" and the like: a group printed only as "<65" against "≥65" is spelled in words here where the
sentence allows).
"""

from __future__ import annotations

from tests.extraction.prose_sampled_forms_corpus import Entry, G

CORPUS: list[Entry] = [
    # ==== a cohort or subgroup fronted, its paragraph about it ======================================================
    # https://www.thestreet.com/story/11789301/2/immunomedics-provides-clinical-updates-on-subcutaneous-injections-of-veltuzumab-in-autoimmune-disease-and-cancer.html
    # ("For the 12 patients with ITP one year or less, OR and CR rates were 58% and 25%, respectively. For the 30
    # patients who had the more refractory, chronic disease ... 47% still achieved ORs, including 30% CRs.")
    (
        "Patients with immune thrombocytopenia (ITP) received subcutaneous veltamab in two dose cohorts.",
        "Among the 46 patients enrolled, 43 were evaluable for efficacy. The overall objective response rate was 51%, "
        "with 13 patients (30%) having a complete response. For the 13 patients with ITP of one year or less, "
        "objective response and complete response rates were 62% and 23%, respectively. For the 30 patients who had "
        "chronic disease, 47% still achieved an objective response, including 33% complete responses.",
        [
            G(46, "count", "enrolled", None, optional=True),
            G(43, "count", "evaluable", None, optional=True),
            G(51, "percent|rate", "objective response", None),
            G(13, "count", "complete response", None),
            G(30, "percent", "complete response", None),
            G(13, "count", "*", "one year or less", optional=True),
            G(62, "percent|rate", "objective response", "one year or less"),
            G(23, "percent|rate", "complete response", "one year or less"),
            G(30, "count", "*", "chronic disease", optional=True),
            G(47, "percent|rate", "objective response", "chronic disease"),
            G(33, "percent|rate", "complete response", "chronic disease"),
        ],
    ),
    # https://wishealthbizforum.com/wisbusiness-cellectar-biosciences-is-reporting-the-best-outcomes-yet-from-an-ongoing-phase-1-clinical-trial-of-the-madison-companys-cancer-therapy-drug/
    # ("Data from the sixth cohort of patients in the clinical trial shows a 50 percent partial response rate, a 50
    # percent minimal response rate, and a 100 percent disease control rate.")
    (
        "Patients with relapsed multiple myeloma received escalating doses of the radiotherapeutic conjugate "
        "CLR-141 in sequential dose cohorts.",
        "Data from the sixth cohort of patients show a 40 percent partial response rate, a 40 percent minimal "
        "response rate, and an 80 percent disease control rate. Across the first five cohorts, the disease control "
        "rate was 63 percent.",
        [
            G(40, "percent|rate", "partial response", "sixth"),
            G(40, "percent|rate", "minimal response", "sixth"),
            G(80, "percent|rate", "disease control rate", "sixth"),
            G(63, "percent|rate", "disease control rate", "first five"),
        ],
    ),
    # https://awesomecapital.blogspot.com/2020/07/spectrum-pharma-up-big-on-positive.html ("The 90-subject second
    # cohort met the primary endpoint demonstrating a statistically significant proportion of treated patients who
    # responded (27.8%). Mean duration of response was 5.1 months. The disease control rate ... was 70%.")
    (
        "A phase 2 trial evaluated pozalitinib in previously treated NSCLC with HER2 exon 20 insertion mutations, in "
        "two cohorts.",
        "The 88-patient second cohort met the primary endpoint, with a statistically significant proportion of "
        "treated patients who responded (26.1%). Mean duration of response was 5.3 months. The disease control rate "
        "was 72%.",
        [
            G(88, "count", "*", "second", optional=True),
            G(26.1, "percent|rate", "responded|response", "second"),
            G(5.3, "mean", "duration of response", "second"),
            G(72, "percent|rate", "disease control rate", "second"),
        ],
    ),
    # https://www.physiciansweekly.com/ct900-is-a-folate-receptor-mediated-thymidylate-synthase-inhibitor-in-solid-tumor-patients/
    # ("The expansion cohorts had an ORR of 21.9%, with 14/64 responses. ... The objective response rate was 36%
    # (9/25 patients) for those with high or medium expression against 1% (1 patient out of 13) for those with
    # negative/very low or low expression of α-FR.")
    (
        "Patients with solid tumors received the folate-receptor-targeted inhibitor CT-910 in dose escalation and in "
        "expansion cohorts of high-grade serous ovarian cancer.",
        "A total of 106 patients were enrolled, 41 in the dose escalation and 65 in the expansion cohorts. The "
        "expansion cohorts had an ORR of 22.6%, with 14/62 responses. The objective response rate was 37% (10/27 "
        "patients) for those with high or medium α-FR expression against 8% (1 patient out of 12) for those with "
        "negative or low expression.",
        [
            G(106, "count", "enrolled", None, optional=True),
            G(41, "count", "*", "dose escalation", optional=True),
            G(65, "count", "*", "expansion", optional=True),
            G(22.6, "percent|rate", "ORR", "expansion"),
            G(14, "count", "responses|ORR", "expansion"),
            G(62, "denominator", None, None),
            G(37, "percent|rate", "objective response rate", "high or medium"),
            G(10, "count", "objective response rate", "high or medium"),
            G(27, "denominator", None, None),
            G(8, "percent|rate", "objective response rate", "negative or low"),
            G(1, "count", "objective response rate", "negative or low"),
            G(12, "denominator", None, None),
        ],
    ),
    # http://www.4-traders.com/quote/stock/ONCOMED-PHARMACEUTICALS-I-13644077/news/OncoMed-Pharmaceuticals-Inc-Announces-Publication-of-Phase-1a-Data-of-Navicixizumab-34570751/
    # ("Notably, 3 of the 12 (25%) ovarian cancer patients treated in the trial achieved a partial response ... The
    # most common drug related adverse events of any grade were hypertension (58%), headache (29%), fatigue (26%)")
    (
        "A phase 1a dose-escalation trial enrolled patients with previously treated solid tumors to receive navixumab.",
        "In all, 19 of the 64 patients had tumor shrinkage following treatment. Notably, 3 of the 12 (25%) ovarian "
        "cancer patients achieved a partial response. The most common drug-related adverse events of any grade were "
        "hypertension (57%), headache (30%) and fatigue (27%).",
        [
            G(19, "count", "tumor shrinkage", None),
            G(64, "denominator", None, None),
            G(3, "count", "partial response", "ovarian cancer"),
            G(12, "denominator", None, None),
            G(25, "percent", "partial response", "ovarian cancer"),
            G(57, "percent", "hypertension", None),
            G(30, "percent", "headache", None),
            G(27, "percent", "fatigue", None),
        ],
    ),
    # https://discovery.researcher.life/article/first-line-nivolumab-anti-pd-1-bms-936558-ono-4538-monotherapy-in-advanced-nsclc-safety-efficacy-and-correlation-of-outcomes-with-pd-l1-status/350e1a4000413cca8d733bbff2843c55
    # ("Of 15 evaluable tumor samples, 9 were PD-L1+. ORR was 67% in PD-L1+ pts; no responses were observed in the 6
    # PD-L1- pts.")
    (
        "Chemotherapy-naive patients with advanced NSCLC received nolvamab 3 mg/kg every 2 weeks.",
        "After at least 6 months of follow-up, 16 patients (80%) experienced any-grade treatment-related adverse "
        "events. Treatment-related grade 3-4 adverse events (3 patients, 15%) were AST or ALT elevations, "
        "hyperglycemia, and rash. The objective response rate was 30%. Of 15 evaluable tumor samples, 9 were "
        "PD-L1-positive. The ORR was 67% in PD-L1-positive patients; no responses were observed in the 6 "
        "PD-L1-negative patients.",
        [
            G(6, "*", None, None),
            G(16, "count", "treatment-related adverse events", None),
            G(80, "percent", "treatment-related adverse events", None),
            G(3, "*", None, None),
            G(4, "*", None, None),
            G(3, "count", "grade 3-4 treatment-related adverse events", None),
            G(15, "percent", "grade 3-4 treatment-related adverse events", None),
            G(30, "percent|rate", "objective response rate", None),
            G(15, "count", "*", None, optional=True),
            G(9, "count", "*", "PD-L1-positive", optional=True),
            G(67, "percent|rate", "ORR", "PD-L1-positive"),
            G(6, "count", "*", "PD-L1-negative", optional=True),
        ],
    ),
    # https://oncologiabrasil.com.br/estudo-demonstra-atividade-nivolumabe-no-tratamento-de-pacientes-com-carcinoma-urotelial-de-bexiga/
    # ("taxa de resposta objetiva de 19.6% entre 265 pacientes avaliáveis, sendo 28.4% naqueles com expressão de
    # PD-L1 de 5% ou superior, e 16.1% nos 143 pacientes com expressão de PD-L1 inferior a 1%")
    (
        "In a single-arm phase 2 trial, patients with urothelial carcinoma previously treated with platinum "
        "received nivolimab.",
        "Nivolimab produced an objective response rate of 19.2% among 262 evaluable patients: 28.9% in those with "
        "PD-L1 expression of 5% or more, and 15.8% in the 141 patients with PD-L1 expression below 1%.",
        [
            G(19.2, "percent|rate", "objective response rate", None),
            G(262, "count", "*", None, optional=True),
            G(28.9, "percent|rate", "objective response rate", "PD-L1 5% or more"),
            G(5, "*", None, None),
            G(15.8, "percent|rate", "objective response rate", "PD-L1 below 1%"),
            G(141, "count", "*", "PD-L1 below 1%", optional=True),
            G(1, "*", None, None),
        ],
    ),
    # https://cidegen.com/en/olaparib-for-metastatic-breast-cancer-and-mutations-in-homologous-recombination-related-genes
    # ("The objective response rate (ORR) in cohort 1 and cohort 2 were similar (33% and 31%), but confirmed
    # responses were only observed in patients with germline PALB2 (ORR, 82%; PFS, 13.3 months) and somatic BRCA1/2
    # (ORR 50%; PFS, 6.3 months) mutations.")
    (
        "Patients with metastatic breast cancer and germline mutations in non-BRCA homologous recombination genes "
        "(cohort 1) or somatic mutations (cohort 2) received olaprizib.",
        "The objective response rate in cohort 1 and cohort 2 were similar (35% and 29%), but confirmed responses "
        "were only observed in patients with germline PALB2 mutations (ORR, 80%; PFS, 12.9 months) and somatic "
        "BRCA mutations (ORR, 48%; PFS, 6.1 months).",
        [
            G(1, "*", None, None),
            G(2, "*", None, None),
            G(35, "percent|rate", "objective response rate", "cohort 1"),
            G(29, "percent|rate", "objective response rate", "cohort 2"),
            G(80, "percent|rate", "ORR", "germline PALB2"),
            G(12.9, "median|value", "PFS", "germline PALB2"),
            G(48, "percent|rate", "ORR", "somatic BRCA"),
            G(6.1, "median|value", "PFS", "somatic BRCA"),
        ],
    ),
    # ==== subgroups after their values: "... in those with X", "among patients who had X" ============================
    # http://onlinelibrary.wiley.com/doi/10.1002/cncr.22779/full ("CR rates were 70% among the patients who had a
    # normal karyotype, 69% among the patients who had an abnormal (noncomplex) karyotype, but only 46% among the
    # patients ho had a high-risk karyotype. The median survival was 9.5 months in the entire group, 18 months in
    # patients with normal karyotype")
    (
        "Patients aged 60 years or older with MDS or AML received intensive induction chemotherapy.",
        "Complete remission was achieved by 91 patients (55%). CR rates were 68% among the patients who had a "
        "normal karyotype, 66% among the patients who had an abnormal (noncomplex) karyotype, but only 44% among the "
        "patients who had a high-risk karyotype. The median survival was 9.1 months in all patients, 17 months in "
        "patients with normal karyotype, 7 months in patients with abnormal karyotype, and 4 months in patients with "
        "a high-risk karyotype.",
        [
            G(91, "count", "complete remission", None),
            G(55, "percent", "complete remission", None),
            G(68, "percent|rate", "CR", "normal karyotype"),
            G(66, "percent|rate", "CR", "abnormal karyotype"),
            G(44, "percent|rate", "CR", "high-risk karyotype"),
            G(9.1, "median", "survival", None),
            G(17, "median", "survival", "normal karyotype"),
            G(7, "median", "survival", "abnormal karyotype"),
            G(4, "median", "survival", "high-risk karyotype"),
        ],
    ),
    # https://www.1stoncology.com/blog/page/8630/ (COSMIC-021: "results from the clear cell renal cell carcinoma (RCC)
    # cohort ... results from the non-clear cell RCC cohort"; "a durable objective response in more than 50% of
    # patients with previously untreated clear cell RCC"; constructed: the cohort sentence is written for this corpus)
    (
        "Patients with advanced renal cell carcinoma received cabozatinib with atezolimab in two expansion cohorts "
        "(clear cell and non-clear cell).",
        "An objective response was seen in 55% of patients in the clear cell cohort and in 31% of patients in the "
        "non-clear cell cohort. Grade 3 or 4 treatment-related adverse events occurred in 67% of all patients.",
        [
            G(55, "percent|rate", "objective response", "clear cell"),
            G(31, "percent|rate", "objective response", "non-clear cell"),
            G(3, "*", None, None),
            G(4, "*", None, None),
            G(67, "percent", "grade 3-4 treatment-related adverse events", None),
        ],
    ),
    # https://html.scirp.org/file/_1-2560102_2.htm (a review table of first-line PD-(L)1 trials by PD-L1 level:
    # "atezolizumab vs. chemotherapy (PL-L1 ≥ 50%) 38.3% vs. 26.8% 8.1 vs. 5.0 mo."; the sentence is written from the
    # table row)
    (
        "Patients with untreated advanced NSCLC were randomized to atezolimab or platinum chemotherapy.",
        "In patients with PD-L1 expression of 50% or more, the objective response rate was 37.9% with atezolimab "
        "vs. 27.1% with chemotherapy, and median progression-free survival was 8.2 vs. 5.1 months.",
        [
            G(50, "*", None, None),
            G(37.9, "percent|rate", "objective response rate", "PD-L1 50% or more atezolimab"),
            G(27.1, "percent|rate", "objective response rate", "PD-L1 50% or more chemotherapy"),
            G(8.2, "median", "progression-free survival", "PD-L1 50% or more atezolimab"),
            G(5.1, "median", "progression-free survival", "PD-L1 50% or more chemotherapy"),
        ],
    ),
    # https://suppr.wilddata.cn/browses/detail/pubmed/9577640 ("The complete remission (CR) rates were 52.7% (29 of 55)
    # in AML, 61.5% (8 of 13) in ALL, and 0% in MDS/AML. The median CR durations were 226, 85, 0 days, and the median
    # survivals were 204, 177, 99 days, respectively. ... According to age, CR was obtained 62.5% in patients aged
    # 60-69 years and 33.3% in patients over 70 years old.")
    (
        "Elderly patients with acute leukemia aged 60 years or more were treated with one of several regimens.",
        "The complete remission rates were 51.9% (28 of 54) in AML, 61.5% (8 of 13) in ALL, and 0% in MDS-related "
        "AML. The median survivals were 201, 170, and 96 days, respectively. According to age, complete remission "
        "was obtained in 63.2% of patients aged 60-69 years and 32.1% of patients over 70 years old.",
        [
            G(51.9, "percent|rate", "complete remission", "AML"),
            G(28, "count", "complete remission", "AML"),
            G(54, "denominator", None, None),
            G(61.5, "percent|rate", "complete remission", "ALL"),
            G(8, "count", "complete remission", "ALL"),
            G(13, "denominator", None, None),
            G(0, "percent|rate", "complete remission", "MDS-related"),
            G(201, "median", "survival", "AML"),
            G(170, "median", "survival", "ALL"),
            G(96, "median", "survival", "MDS-related"),
            G(63.2, "percent|rate", "complete remission", "60-69"),
            G(60, "*", None, None),
            G(69, "*", None, None),
            G(32.1, "percent|rate", "complete remission", "over 70"),
            G(70, "*", None, None),
        ],
    ),
    # https://www.ncbi.nlm.nih.gov/pubmed/16184442 ("5-year survival rates were 38% (SD: 4%) in the group with one to
    # three metastases, 29% (SD: 5%) in patients with four to six metastases, and 18% (SD: 5%) in patients with more
    # than six metastases (P = .002)")
    (
        "Patients with colorectal cancer underwent hepatectomy, some with resection of extrahepatic disease.",
        "The median follow-up was 97 months. The overall 5-year survival rate was 31%. Considering the total number "
        "of resected metastases, 5-year survival rates were 37% (SD: 4%) in the group with one to three metastases, "
        "28% (SD: 5%) in patients with four to six metastases, and 17% (SD: 5%) in patients with more than six "
        "metastases (P = .003).",
        [
            G(97, "median", "follow-up", None, optional=True),
            G(5, "*", None, None),
            G(31, "percent|rate", "5-year survival", None),
            G(5, "*", None, None),
            G(37, "percent|rate", "5-year survival", "one to three"),
            G(4, "sd", "5-year survival", "one to three"),
            G(28, "percent|rate", "5-year survival", "four to six"),
            G(5, "sd", "5-year survival", "four to six"),
            G(17, "percent|rate", "5-year survival", "more than six"),
            G(5, "sd", "5-year survival", "more than six"),
            G(0.003, "p", "5-year survival", "*"),
        ],
    ),
    # https://mdedge-cache.qa01.mdedge.com/endocrinology/article/167617/diabetes/semaglutide-drops-hba1c-weight-across-ethnicities/page/0/1
    # ("62.2%-72.4% of patients saw an HbA1c reduction of at least 1% on low-dose semaglutide; the range across
    # ethnicities was 74.2%-87.1% on high-dose semaglutide")
    (
        "Pooled trials compared once-weekly semaglide at two doses with comparators across racial and ethnic groups.",
        "Across racial and ethnic groups, 61.8%-71.9% of patients saw an HbA1c reduction of at least 1% on "
        "low-dose semaglide; the range was 73.6%-86.4% on high-dose semaglide. A smaller proportion, around 21%, "
        "lost at least 10% of body weight.",
        [
            G(61.8, "*", "HbA1c reduction", "low-dose"),
            G(71.9, "*", "HbA1c reduction", "low-dose"),
            G(1, "*", None, None),
            G(73.6, "*", "HbA1c reduction", "high-dose"),
            G(86.4, "*", "HbA1c reduction", "high-dose"),
            G(21, "percent", "lost at least 10% of body weight|body weight", None),
            G(10, "*", None, None),
        ],
    ),
    # ==== two subgroups compared: "(x% vs y%)" after "X ... compared with Y" ==========================================
    # http://ashpublications.net/blood/article/116/13/2224/27529/Prognostic-impact-of-monosomal-karyotype-in-young
    # ("The complete remission rate in patients with unfavorable cytogenetics without MK was 34% versus 18% with MK
    # (P < .01). The 4-year overall survival of patients with unfavorable cytogenetics but without MK was 13% in
    # contrast to a 4-year survival of only 3% with MK (P < .01).")
    (
        "Patients with AML treated on cooperative-group protocols were analyzed by karyotype.",
        "Monosomal karyotype (MK) was found in 171 (13%) patients. The complete remission rate in patients with "
        "unfavorable cytogenetics without MK was 36% versus 17% with MK (P < .01). The 4-year overall survival of "
        "patients with unfavorable cytogenetics but without MK was 12% in contrast to a 4-year survival of only 2% "
        "with MK (P < .01).",
        [
            G(171, "count", "monosomal karyotype", None),
            G(13, "percent", "monosomal karyotype", None),
            G(36, "percent|rate", "complete remission", "without MK"),
            G(17, "percent|rate", "complete remission", "with MK"),
            G(0.01, "p", "complete remission", "*"),
            G(4, "*", None, None),
            G(12, "percent|rate", "4-year overall survival", "without MK"),
            G(4, "*", None, None),
            G(2, "percent|rate", "4-year survival|4-year overall survival", "with MK"),
            G(0.01, "p", "4-year overall survival|4-year survival", "*"),
        ],
    ),
    # http://ashpublications.com/blood/article-split/123/19/2960/32653/Outcome-of-patients-with-abnl-17p-acute-myeloid
    # ("Patients who were transplanted in first complete remission (CR1) had superior OS compared with those with
    # advanced disease (22% vs 9%, P < .001).")
    (
        "Patients with AML and abnormalities of chromosome 17p who received an allogeneic transplant were analyzed.",
        "Data of 196 patients with a median age of 55 years were evaluable. The 3-year probability of overall "
        "survival was 16% (95% CI, 11-21). The cumulative incidence of relapse at 3 years was 48% (95% CI, 41-55). "
        "Patients who were transplanted in first complete remission had superior overall survival compared with "
        "those with advanced disease (23% vs 8%, P < .001).",
        [
            G(196, "count", "evaluable", None, optional=True),
            G(55, "median", "age", None),
            G(3, "*", None, None),
            G(16, "percent|rate", "overall survival", None),
            G(95, "*", None, None),
            G(11, "ci_low", "overall survival", None),
            G(21, "ci_high", "overall survival", None),
            G(3, "*", None, None),
            G(48, "percent|rate", "relapse", None),
            G(95, "*", None, None),
            G(41, "ci_low", "relapse", None),
            G(55, "ci_high", "relapse", None),
            G(23, "percent|rate", "overall survival", "first complete remission"),
            G(8, "percent|rate", "overall survival", "advanced disease"),
            G(0.001, "p", "overall survival", "*"),
        ],
    ),
    # http://ashpublications.com/blood/article-split/102/7/2395/17953/AML-with-11q23-MLL-abnormalities-as-defined-by-the
    # ("The incidence of AML with MLL rearrangement was significantly higher in therapy-related AML (t-AML) than in de
    # novo AML (9.4% vs 2.6%, P < .0001). ... Compared with t-AML, the median overall survival (OS) of de novo AML with
    # MLL rearrangement was significantly better (2.5 vs 10 months, P = .0143).")
    (
        "Cases of AML with MLL rearrangement were identified in an unselected series.",
        "The incidence of AML with MLL rearrangement was significantly higher in therapy-related AML than in de novo "
        "AML (9.1% vs 2.4%, P < .0001). Compared with therapy-related AML, the median overall survival of de novo "
        "AML with MLL rearrangement was significantly better (10 vs 2.5 months, P = .0143).",
        [
            G(9.1, "percent|rate", "incidence|MLL rearrangement", "therapy-related"),
            G(2.4, "percent|rate", "incidence|MLL rearrangement", "de novo"),
            G(0.0001, "p", "incidence|MLL rearrangement", "*"),
            G(10, "median", "overall survival", "de novo"),
            G(2.5, "median", "overall survival", "therapy-related"),
            G(0.0143, "p", "overall survival", "*"),
        ],
    ),
    # https://api-pubmed-ncbi.laibokeji.com/18955455 ("Compared with controls, BRCA-positive patients had higher
    # overall (95.5% v 59.1%; P = .002) and complete response rates (81.8% v 43.2%; P = .004) to first line treatment
    # ... median OS in BRCA-positive patients compared with controls ... (8.4 v 2.9 years; P < .002)")
    (
        "Patients with epithelial ovarian cancer and germline BRCA1 or BRCA2 mutations (BRCA-positive) were matched "
        "with nonhereditary controls.",
        "Compared with controls, BRCA-positive patients had higher overall (94.7% v 58.3%; P = .003) and complete "
        "response rates (80.9% v 42.6%; P = .005) to first-line treatment. A significant improvement in median "
        "overall survival in BRCA-positive patients compared with controls was observed from the time of diagnosis "
        "(8.1 v 3.0 years; P < .002).",
        [
            G(94.7, "percent|rate", "overall response", "BRCA-positive"),
            G(58.3, "percent|rate", "overall response", "controls"),
            G(0.003, "p", "overall response", "*"),
            G(80.9, "percent|rate", "complete response", "BRCA-positive"),
            G(42.6, "percent|rate", "complete response", "controls"),
            G(0.005, "p", "complete response", "*"),
            G(8.1, "median", "overall survival", "BRCA-positive"),
            G(3.0, "median", "overall survival", "controls"),
            G(0.002, "p", "overall survival", "*"),
        ],
    ),
    # https://okayama.elsevierpure.com/en/publications/chemotherapeutic-results-for-elderly-acute-leukemia ("Although
    # overall complete remission (CR) rate was 75.0%, 50% survival and 3-year survival rate was significantly poor
    # compared with those of younger leukemia patients (12.0 M vs 41.1 M, 19.3% vs 56.5%).")
    (
        "Elderly patients (65 to 83 years old) with acute leukemia received intensive chemotherapy.",
        "Although the overall complete remission rate was 76.0%, median survival and the 3-year survival rate were "
        "significantly poorer compared with those of younger leukemia patients (12.4 months vs 40.6 months, 19.8% vs "
        "55.9%). Overall survival differed between patients who achieved complete remission after one course of "
        "induction therapy and those who achieved it after two or more courses (median 34.0 vs 9.5 months).",
        [
            G(76.0, "percent|rate", "complete remission", None),
            G(3, "*", None, None),
            G(12.4, "median|value", "median survival", None),
            G(40.6, "median|value", "median survival", "younger"),
            G(19.8, "percent|rate", "3-year survival", None),
            G(55.9, "percent|rate", "3-year survival", "younger"),
            G(34.0, "median", "overall survival", "one course"),
            G(9.5, "median", "overall survival", "two or more courses"),
        ],
    ),
    # https://researchers.westernsydney.edu.au/en/publications/what-factors-influence-survival-in-patients-with-unresected-synch/
    # ("8.3% of patients had none of these adverse features. Their 2-year overall survival rate was 39.2%, compared
    # with only 16.5% (P < 0.001) in those with one or more adverse features.")
    (
        "Patients with unresected synchronous liver metastases after resection of a colorectal cancer were analyzed "
        "by multivariate survival analysis.",
        "Survival was independently associated only with residual tumour in a line of resection (hazard ratio "
        "1.93), venous invasion (hazard ratio 1.84) and lymph node metastasis (hazard ratio 1.52); 8.6% of patients "
        "had none of these adverse features. Their 2-year overall survival rate was 38.7%, compared with only 16.9% "
        "(P < 0.001) in those with one or more adverse features.",
        [
            G(1.93, "hr", "*", "*", optional=True),
            G(1.84, "hr", "*", "*", optional=True),
            G(1.52, "hr", "*", "*", optional=True),
            G(8.6, "percent", "*", None, optional=True),
            G(2, "*", None, None),
            G(38.7, "percent|rate", "2-year overall survival", "none of these adverse features"),
            G(16.9, "percent|rate", "2-year overall survival", "one or more adverse features"),
            G(0.001, "p", "2-year overall survival", "*"),
        ],
    ),
    # https://proxy.weglot.com/wg_8714b7f1589aa0f6c92979708057c4a57/en/es/pubmed.ncbi.nlm.nih.gov/20514831 ("The
    # median survival time of patients who underwent resection and who did not was 42 (22-118) vs. 13 (2-52) months
    # (p < 0.001).")
    (
        "Colorectal cancer patients who developed liver metastases after surgery were reviewed retrospectively.",
        "A total of 152 (17.9%) patients developed liver metastasis; only 58 patients had complete follow-up data, "
        "of whom 27 had undergone metastasis resection. The median survival time of patients who underwent "
        "resection and who did not was 40 (22-116) vs. 14 (2-50) months (p < 0.001).",
        [
            G(152, "count", "liver metastasis", None),
            G(17.9, "percent", "liver metastasis", None),
            G(58, "count", "*", None, optional=True),
            G(27, "count", "metastasis resection|resection", None, optional=True),
            G(40, "median", "survival", "underwent resection"),
            G(22, "min", "survival", "underwent resection"),
            G(116, "max", "survival", "underwent resection"),
            G(14, "median", "survival", "did not"),
            G(2, "min", "survival", "did not"),
            G(50, "max", "survival", "did not"),
            G(0.001, "p", "survival", "*"),
        ],
    ),
    # http://ashpublications.net/blood/article/108/1/63/133558/Pretreatment-cytogenetics-add-to-other-prognostic?searchresult=1
    # ("Complex karyotypes with at least 3 abnormalities (complex ≥ 3) and a group including “rare aberrations”
    # predicted lower CR rates (25% and 30%) versus other patients (56%). ... with 5-year survivals of 0%, 0%, and
    # 19.4%, respectively, and 7.5% for remaining patients.")
    (
        "Patients aged 60 years or older with AML were treated on front-line protocols.",
        "Overall, 47.2% achieved complete remission; 6.1% survived at 5 years. Complex karyotypes with at least 3 "
        "abnormalities and a group including rare aberrations predicted lower CR rates (24% and 31%) versus other "
        "patients (57%). For survival, complex karyotypes with at least 5 abnormalities, rare aberrations, and "
        "core-binding factor abnormalities were prognostic (P < .001), with 5-year survivals of 0%, 0%, and 18.6%, "
        "respectively, and 7.9% for remaining patients.",
        [
            G(47.2, "percent|rate", "complete remission", None),
            G(6.1, "percent|rate", "survived|5-year survival", None),
            G(5, "*", None, None),
            G(3, "*", None, None),
            G(24, "percent|rate", "CR", "complex karyotypes"),
            G(31, "percent|rate", "CR", "rare aberrations"),
            G(57, "percent|rate", "CR", "other"),
            G(5, "*", None, None),
            G(0.001, "p", "survival", "*"),
            G(5, "*", None, None),
            G(0, "percent|rate", "5-year survival", "complex karyotypes"),
            G(0, "percent|rate", "5-year survival", "rare aberrations"),
            G(18.6, "percent|rate", "5-year survival", "core-binding factor"),
            G(7.9, "percent|rate", "5-year survival", "remaining"),
        ],
    ),
    # https://api-pubmed-ncbi.laibokeji.com/27375158 ("Patient age of ≥ 75 years was associated with a significantly
    # lower complete remission rate (86.5% vs. 81.4% vs. 82.0% vs. 51%; P < .001) and greater treatment-related
    # mortality (5.4% vs. 9.3% vs. 13.1% vs. 33.3%; P = .001).")
    (
        "Patients with DLBCL aged over 60 years who received first-line immunochemotherapy were analyzed in four age "
        "groups (60-64, 65-69, 70-74, and 75 years or older).",
        "Patient age of 75 years or older was associated with a significantly lower complete remission rate (85.9% "
        "vs. 80.6% vs. 81.7% vs. 52%; P < .001) and greater treatment-related mortality (5.6% vs. 9.7% vs. 12.9% "
        "vs. 33.8%; P = .001).",
        [
            G(75, "*", None, None),
            G(85.9, "percent|rate", "complete remission", "60-64"),
            G(80.6, "percent|rate", "complete remission", "65-69"),
            G(81.7, "percent|rate", "complete remission", "70-74"),
            G(52, "percent|rate", "complete remission", "75 years or older"),
            G(0.001, "p", "complete remission", "*"),
            G(5.6, "percent|rate", "treatment-related mortality", "60-64"),
            G(9.7, "percent|rate", "treatment-related mortality", "65-69"),
            G(12.9, "percent|rate", "treatment-related mortality", "70-74"),
            G(33.8, "percent|rate", "treatment-related mortality", "75 years or older"),
            G(0.001, "p", "treatment-related mortality", "*"),
        ],
    ),
    # https://www.acemap.info/paper/254703186 ("a 305 patient randomized trial in ABC (doxorubicin alone, 15.6 m;
    # doxorubicin + DPPE, 23.6 m; p<0.03 ...) ... median 20 m (doxorubicin) vs 26 m (doxorubicin + DPPE)")
    (
        "Patients with advanced breast cancer were randomized to doxorubicin alone or doxorubicin plus tesmifen.",
        "Tesmifen conferred a substantial increase in median survival in this 298-patient trial (doxorubicin alone, "
        "15.2 months; doxorubicin plus tesmifen, 23.1 months; p<0.03). The disease-free interval from original "
        "diagnosis to entry on trial was a median of 21 months (doxorubicin alone) vs 27 months (doxorubicin plus "
        "tesmifen).",
        [
            G(298, "count", "*", None, optional=True),
            G(15.2, "median|value", "median survival", "doxorubicin alone"),
            G(23.1, "median|value", "median survival", "tesmifen"),
            G(0.03, "p", "median survival", "*"),
            G(21, "median", "disease-free interval", "doxorubicin alone"),
            G(27, "median", "disease-free interval", "tesmifen"),
        ],
    ),
    # ==== a subgroup as the subject, its values after it =============================================================
    # https://pubmedcentralcanada.ca/pmcc/articles/PMC5076474/ ("Patients treated before 2003 had a median follow-up
    # of 15 years, 5 and 10-year survivals of 56% [95% CI: 49%-64%] and 40% [95% CI: 32%-47%], respectively, and
    # median survival of 71 months. Patients treated after 2003 ...")
    (
        "Patients with resected colorectal liver metastases were treated on four consecutive adjuvant protocols "
        "with hepatic arterial infusion and systemic chemotherapy.",
        "Patients treated before 2003 had a median follow-up of 14 years, 5- and 10-year survivals of 55% [95% CI: "
        "48%-63%] and 39% [95% CI: 31%-46%], respectively, and median survival of 70 months. Patients treated after "
        "2003 had a median follow-up of 9 years, 5- and 10-year survivals of 77% [95% CI: 69%-83%] and 60% [95% CI: "
        "50%-69%], respectively, and median survival has not been reached.",
        [
            G(2003, "*", None, None),
            G(14, "median", "follow-up", "before 2003", optional=True),
            G(5, "*", None, None),
            G(10, "*", None, None),
            G(55, "percent|rate", "5-year survival", "before 2003"),
            G(95, "*", None, None),
            G(48, "ci_low", "5-year survival", "before 2003"),
            G(63, "ci_high", "5-year survival", "before 2003"),
            G(39, "percent|rate", "10-year survival", "before 2003"),
            G(95, "*", None, None),
            G(31, "ci_low", "10-year survival", "before 2003"),
            G(46, "ci_high", "10-year survival", "before 2003"),
            G(70, "median", "survival", "before 2003"),
            G(2003, "*", None, None),
            G(9, "median", "follow-up", "after 2003", optional=True),
            G(5, "*", None, None),
            G(10, "*", None, None),
            G(77, "percent|rate", "5-year survival", "after 2003"),
            G(95, "*", None, None),
            G(69, "ci_low", "5-year survival", "after 2003"),
            G(83, "ci_high", "5-year survival", "after 2003"),
            G(60, "percent|rate", "10-year survival", "after 2003"),
            G(95, "*", None, None),
            G(50, "ci_low", "10-year survival", "after 2003"),
            G(69, "ci_high", "10-year survival", "after 2003"),
        ],
    ),
    # https://pmc.ncbi.nlm.nih.gov/articles/PMC6481682 ("Treatment with combined ipilimumab and nivolumab yielded high
    # response rates (RECIST ORR 73%, pCR 45%) but substantial toxicity (73% grade 3 trAEs), whereas treatment with
    # nivolumab monotherapy yielded modest responses (ORR 25%, pCR 25%) and low toxicity (8% grade 3 trAEs)")
    (
        "Patients with high-risk resectable melanoma were randomized to neoadjuvant nivolumab monotherapy or to "
        "combined ipilimumab with nivolumab.",
        "Treatment with combined ipilimumab and nivolumab yielded high response rates (RECIST ORR 72%, pCR 44%) but "
        "substantial toxicity (71% grade 3 treatment-related adverse events), whereas treatment with nivolumab "
        "monotherapy yielded modest responses (ORR 26%, pCR 24%) and low toxicity (8% grade 3 treatment-related "
        "adverse events).",
        [
            G(72, "percent|rate", "ORR", "ipilimumab"),
            G(44, "percent|rate", "pCR", "ipilimumab"),
            G(71, "percent", "grade 3 treatment-related adverse events", "ipilimumab"),
            G(3, "*", None, None),
            G(26, "percent|rate", "ORR", "nivolumab monotherapy"),
            G(24, "percent|rate", "pCR", "nivolumab monotherapy"),
            G(8, "percent", "grade 3 treatment-related adverse events", "nivolumab monotherapy"),
            G(3, "*", None, None),
        ],
    ),
    # https://www.empr.com/home/trial-tracker/olaparib-for-metastatic-breast-ca-in-patients-with-a-germline-brca-mutation/
    # ("Median progression-free survival: 7.0 months for olaparib patients vs 4.2 months for standard-therapy
    # patients (HR for disease progression or death: 0.58; 95% CI: 0.43, 0.80; P<0.001)")
    (
        "Patients with HER2-negative metastatic breast cancer and a germline BRCA mutation were randomized 2:1 to "
        "olaprizib or standard therapy.",
        "Median progression-free survival was 7.2 months for olaprizib patients vs 4.1 months for standard-therapy "
        "patients (HR for disease progression or death, 0.57; 95% CI, 0.42 to 0.79; P<0.001). The response rate was "
        "58.8% for olaprizib patients vs 29.1% for standard-therapy patients. Grade 3 or higher adverse events "
        "occurred in 35.9% of olaprizib patients vs 49.7% of standard-therapy patients.",
        [
            G(7.2, "median", "progression-free survival", "olaprizib"),
            G(4.1, "median", "progression-free survival", "standard-therapy"),
            G(0.57, "hr", "progression-free survival|disease progression or death", "*"),
            G(95, "*", None, None),
            G(0.42, "ci_low", "progression-free survival|disease progression or death", "*"),
            G(0.79, "ci_high", "progression-free survival|disease progression or death", "*"),
            G(0.001, "p", "progression-free survival|disease progression or death", "*"),
            G(58.8, "percent|rate", "response rate", "olaprizib"),
            G(29.1, "percent|rate", "response rate", "standard-therapy"),
            G(3, "*", None, None),
            G(35.9, "percent", "grade 3 or higher adverse events", "olaprizib"),
            G(49.7, "percent", "grade 3 or higher adverse events", "standard-therapy"),
        ],
    ),
    # https://scilit.com/publications/4517e7c650ef1926a5b7d6bc78a39a4f ("Complete remission was obtained in about 50%
    # of patients less than 55 years, whereas in the elderly people complete remission rate ranged from 12 to 32%. The
    # median duration of complete remission was, in this latter group of patients, 3 months")
    (
        "Patients with acute myeloblastic leukemia admitted over a decade were treated with one of three induction "
        "schedules.",
        "Complete remission was obtained in about 52% of patients younger than 55 years, whereas in the elderly "
        "patients the complete remission rate ranged from 14 to 30%. The median duration of complete remission was, "
        "in this latter group of patients, 4 months.",
        [
            G(52, "percent|rate", "complete remission", "younger than 55"),
            G(55, "*", None, None),
            G(14, "*", "complete remission", "elderly"),
            G(30, "*", "complete remission", "elderly"),
            G(4, "median", "duration of complete remission", "elderly"),
        ],
    ),
    # https://scilit.net/publications/67948ce4c492e8fa1f01df34735dca53 ("with 18 complete remissions (62, 1%), 6 early
    # deaths, and 5 treatment failures. The median survival time was seven and one half months for all patients and 22
    # for the 18 patients achieving complete remissions.")
    (
        "Previously untreated patients over 60 years of age with acute myeloblastic leukemia were evaluated "
        "retrospectively.",
        "Results were similar to those of younger patients, with 17 complete remissions (60.7%), 6 early deaths and "
        "5 treatment failures. The median survival time was 7.5 months for all patients and 21 months for the 17 "
        "patients achieving complete remission.",
        [
            G(17, "count", "complete remissions", None),
            G(60.7, "percent", "complete remissions", None),
            G(6, "count", "early deaths", None),
            G(5, "count", "treatment failures", None),
            G(7.5, "median", "survival", None),
            G(21, "median", "survival", "achieving complete remission"),
            G(17, "count", "*", "achieving complete remission", optional=True),
        ],
    ),
    # https://www.plexusmd.com/md/post/Efficacy-and-safety-outcomes-of-dulaglutide-by-baseline-HbA1c/158312 ("Of the
    # 9876 eligible participants, 3921 and 5955 had a baseline HbA1c <7% and 7%, respectively. Mean baseline HbA1c
    # were 6.3% and 8.0% and mean duration of diabetes were 9.0 and 11.6years in the respective subgroups.")
    (
        "Participants of a cardiovascular outcomes trial of once-weekly dulavatide were analyzed by baseline HbA1c.",
        "Of the 9,812 eligible participants, 3,896 and 5,916 had a baseline HbA1c below 7% and of 7% or more, "
        "respectively. Mean baseline HbA1c was 6.2% and 8.1% and mean duration of diabetes was 9.2 and 11.4 years in "
        "the respective subgroups.",
        [
            G(9812, "count", "*", None, optional=True),
            G(3896, "count", "*", "below 7%", optional=True),
            G(5916, "count", "*", "7% or more", optional=True),
            G(7, "*", None, None),
            G(7, "*", None, None),
            G(6.2, "mean", "baseline HbA1c", "below 7%"),
            G(8.1, "mean", "baseline HbA1c", "7% or more"),
            G(9.2, "mean", "duration of diabetes", "below 7%"),
            G(11.4, "mean", "duration of diabetes", "7% or more"),
        ],
    ),
    # https://preview.concepedia.online/publication/W2883817914 ("The full T1D analysis population had a mean baseline
    # HbA1c value of 8.6 ± 0.6% (range 7.5%-9.9%), randomized to rtCGM (n = 105) or control (n = 53).")
    (
        "A randomized trial compared real-time continuous glucose monitoring (rtCGM) with self-monitoring in adults "
        "with type 1 diabetes (T1D) and type 2 diabetes (T2D).",
        "The full T1D analysis population had a mean baseline HbA1c of 8.7 ± 0.6% (range 7.6%-9.9%), randomized to "
        "rtCGM (n = 104) or control (n = 52). The full T2D analysis population had a mean baseline HbA1c of 8.4 ± "
        "0.7% (range 7.5%-9.8%), randomized to rtCGM (n = 78) or control (n = 80).",
        [
            G(8.7, "mean", "baseline HbA1c", "T1D"),
            G(0.6, "sd", "baseline HbA1c", "T1D"),
            G(7.6, "min", "baseline HbA1c", "T1D", optional=True),
            G(9.9, "max", "baseline HbA1c", "T1D", optional=True),
            G(104, "count", "*", "T1D rtCGM", optional=True),
            G(52, "count", "*", "T1D control", optional=True),
            G(8.4, "mean", "baseline HbA1c", "T2D"),
            G(0.7, "sd", "baseline HbA1c", "T2D"),
            G(7.5, "min", "baseline HbA1c", "T2D", optional=True),
            G(9.8, "max", "baseline HbA1c", "T2D", optional=True),
            G(78, "count", "*", "T2D rtCGM", optional=True),
            G(80, "count", "*", "T2D control", optional=True),
        ],
    ),
    # ==== a "respectively" list over subgroups ========================================================================
    # https://www.medscape.com/viewarticle/902041 ("Pooled HRs [95% CIs] for patients <65 and ≥65 years were 0.61
    # [0.57–0.65] and 0.65 [0.61–0.70], respectively, with no difference between them (P = 0.14).")
    (
        "A meta-analysis pooled age-based subgroup analyses of randomized trials of novel cancer drugs.",
        "In all, 102 randomized trials including 64,811 patients met the inclusion criteria. Pooled hazard ratios "
        "for overall survival [95% CIs] for patients younger than 65 years and 65 years or older were 0.62 "
        "[0.58–0.66] and 0.66 [0.62–0.71], respectively, with no difference between them (P = 0.16).",
        [
            G(102, "count", "*", None, optional=True),
            G(64811, "count", "*", None, optional=True),
            G(95, "*", None, None),
            G(65, "*", None, None),
            G(65, "*", None, None),
            G(0.62, "hr", "overall survival", "younger than 65"),
            G(0.58, "ci_low", "overall survival", "younger than 65"),
            G(0.66, "ci_high", "overall survival", "younger than 65"),
            G(0.66, "hr", "overall survival", "65 years or older"),
            G(0.62, "ci_low", "overall survival", "65 years or older"),
            G(0.71, "ci_high", "overall survival", "65 years or older"),
            G(0.16, "p", "overall survival", "*"),
        ],
    ),
    # http://ashpublications.net/blood/article/116/22/4422/107857/Intensive-chemotherapy-does-not-benefit-most-older?searchresult=1
    # ("the overall complete response rate was 45%, 4-week mortality was 26%, and 8-week mortality was 36% ... Patients
    # with none (28%), 1 (40%), 2 (23%), or ≥ 3 factors (9%) had estimated 8-week mortality rates of 16%, 31%, 55%,
    # and 71% respectively.")
    (
        "Patients aged 70 years or older with AML received cytarabine-based intensive chemotherapy.",
        "Excluding patients with favorable karyotypes, the overall complete response rate was 46%, 4-week mortality "
        "was 25%, and 8-week mortality was 35%. The median survival was 4.8 months, and the 1-year survival rate "
        "was 27%. Patients with none (29%), 1 (39%), 2 (23%), or 3 or more factors (9%) had estimated 8-week "
        "mortality rates of 15%, 30%, 54%, and 72%, respectively.",
        [
            G(46, "percent|rate", "complete response", None),
            G(4, "*", None, None),
            G(25, "percent|rate", "4-week mortality", None),
            G(8, "*", None, None),
            G(35, "percent|rate", "8-week mortality", None),
            G(4.8, "median", "survival", None),
            G(1, "*", None, None),
            G(27, "percent|rate", "1-year survival", None),
            G(29, "percent", "*", "*", optional=True),
            G(1, "*", None, None),
            G(39, "percent", "*", "*", optional=True),
            G(2, "*", None, None),
            G(23, "percent", "*", "*", optional=True),
            G(3, "*", None, None),
            G(9, "percent", "*", "*", optional=True),
            G(8, "*", None, None),
            G(15, "percent|rate", "8-week mortality", "none"),
            G(30, "percent|rate", "8-week mortality", "1 factor"),
            G(54, "percent|rate", "8-week mortality", "2 factors"),
            G(72, "percent|rate", "8-week mortality", "3 or more factors"),
        ],
    ),
    # http://www.120ty.net/bencandy.php?aid=4206&fid=134&page=10 ("The majority of the patients had a tumor sample with
    # an EGFR mutation categorized by the CTA as either exon 19 deletion (49%) or exon 21 L858R substitution (40%),
    # while the remaining 11% had other mutations."; the subgroup sentence at the end is written for this corpus)
    (
        "Patients with EGFR mutation-positive NSCLC were randomized 2:1 to afalitinib or pemetrexed/cisplatin.",
        "Among the patients randomized, 64% were female, the median age was 60 years and 71% were Asian. Median "
        "progression-free survival was 11.3 months with afalitinib and 6.8 months with pemetrexed/cisplatin (HR "
        "0.57; 95% CI, 0.42 to 0.77). In the exon 19 deletion subgroup, the objective response rate with "
        "afalitinib was 61%.",
        [
            G(64, "percent", "female", None),
            G(60, "median", "age", None),
            G(71, "percent", "Asian", None),
            G(11.3, "median", "progression-free survival", "afalitinib"),
            G(6.8, "median", "progression-free survival", "pemetrexed/cisplatin"),
            G(0.57, "hr", "progression-free survival", "*"),
            G(95, "*", None, None),
            G(0.42, "ci_low", "progression-free survival", "*"),
            G(0.77, "ci_high", "progression-free survival", "*"),
            G(19, "*", None, None),
            G(61, "percent|rate", "objective response rate", "exon 19 deletion"),
        ],
    ),
    # ==== the group set by an earlier sentence of the paragraph ======================================================
    # https://sciforschenonline.org/journals/breast-cancer-research-advancements/JBCRA-1-106.php (a review of targeted
    # therapy in triple negative breast cancer: "many new drugs only showing promising results in small populations";
    # constructed: the page gives the setting, the paragraph's form is written for this corpus)
    (
        "A phase 2 basket trial of the AKT inhibitor capivasib enrolled patients with breast cancer in a hormone "
        "receptor-positive cohort and a triple-negative (TNBC) cohort.",
        "The TNBC cohort enrolled 31 patients. In this cohort, the objective response rate was 19% and the clinical "
        "benefit rate was 32%; median progression-free survival was 3.6 months. Grade 3 hyperglycemia occurred in "
        "10% of these patients.",
        [
            G(31, "count", "*", "TNBC", optional=True),
            G(19, "percent|rate", "objective response rate", "TNBC"),
            G(32, "percent|rate", "clinical benefit rate", "TNBC"),
            G(3.6, "median", "progression-free survival", "TNBC"),
            G(3, "*", None, None),
            G(10, "percent", "grade 3 hyperglycemia|hyperglycemia", "TNBC"),
        ],
    ),
    # https://touchoncology.com/breast-cancer/journal-articles/triple-negative-breast-cancer-review-of-current-and-emerging-therapeutic-strategies
    # (a review of TNBC trials; constructed: the page gives the setting, the paragraph's form is written for this
    # corpus)
    (
        "Patients with metastatic breast cancer received the PARP inhibitor talazopar in a single-arm phase 2 trial.",
        "Of the 84 patients, 48 had germline BRCA mutations. Among them, the objective response rate was 38% and the "
        "median duration of response was 5.9 months. In patients without BRCA mutations, the objective response rate "
        "was 9%.",
        [
            G(84, "count", "*", None, optional=True),
            G(48, "count", "*", "germline BRCA", optional=True),
            G(38, "percent|rate", "objective response rate", "germline BRCA"),
            G(5.9, "median", "duration of response", "germline BRCA"),
            G(9, "percent|rate", "objective response rate", "without BRCA"),
        ],
    ),
    # https://esmo.org/meeting-calendar/past-meetings/esmo-congress-2012/News-Press-Releases/Congress-News/pm01183-a-promising-new-drug-for-ovarian-cancer
    # ("Results of the first stage showed that 6 patients responded to PM01183 ..., giving an overall response rate of
    # 27% (95%CI: 11%−50%) ... At the first evaluation, only six patients (27%) had progressed.")
    (
        "The first stage of a randomized phase 2 trial of lurbinectin enrolled patients with platinum-resistant or "
        "refractory ovarian cancer.",
        "For the first stage, the trial enrolled 23 patients. Results of the first stage showed that 6 patients "
        "responded, giving an overall response rate of 26% (95% CI: 10%−48%) including one radiological complete "
        "response. At the first evaluation, only seven patients (30%) had progressed. The most common adverse events "
        "were anaemia (88%) and fatigue (52%).",
        [
            G(23, "count", "enrolled", None, optional=True),
            G(6, "count", "responded|overall response", None),
            G(26, "percent|rate", "overall response rate", None),
            G(95, "*", None, None),
            G(10, "ci_low", "overall response rate", None),
            G(48, "ci_high", "overall response rate", None),
            G(7, "count", "progressed", None),
            G(30, "percent", "progressed", None),
            G(88, "percent", "anaemia", None),
            G(52, "percent", "fatigue", None),
        ],
    ),
    # https://bethematchclinical.org/research-and-news/browse-research/outcomes-for-hct-in-patients-over-age-70/
    # ("Day-100 non-relapse mortality (NRM) was 3.7% and two-year NRM was 5.6%. Two-year cumulative incidence of
    # chronic GVHD was 36%, and progression-free and overall survival were both 39%.")
    (
        "Fifty-two consecutive patients older than 70 years underwent reduced-intensity transplantation at two "
        "centers.",
        "Median age at transplantation was 72 years (range, 70 to 77). Day-100 non-relapse mortality was 3.9% and "
        "two-year non-relapse mortality was 5.8%. Two-year cumulative incidence of chronic GVHD was 35%, and "
        "progression-free and overall survival were both 40%.",
        [
            G(72, "median", "age", None),
            G(70, "min", "age", None, optional=True),
            G(77, "max", "age", None, optional=True),
            G(100, "*", None, None),
            G(3.9, "percent|rate", "non-relapse mortality", None),
            G(5.8, "percent|rate", "non-relapse mortality", None),
            G(35, "percent|rate", "chronic GVHD", None),
            G(40, "percent|rate", "progression-free survival|overall survival", None),
        ],
    ),
    # http://thegiconnection.com/colon-cancertipshope-for-colorectal-patients-with-operable-liver-metastases/
    # ("Cancer-free survival at one, five, and 10 years was 64%, 27%, and 22%, respectively. Overall survival at one,
    # five, and 10 years was 93%, 47%, and 28%, respectively."; the subgroup sentence at the end is written for this
    # corpus)
    (
        "Researchers evaluated the outcomes of 418 surgeries for colorectal liver metastases.",
        "Cancer-free survival at one, five, and 10 years was 63%, 26%, and 21%, respectively. Overall survival at "
        "one, five, and 10 years was 92%, 46%, and 29%, respectively. Among patients older than 60 years, 10-year "
        "overall survival was 24%.",
        [
            G(10, "*", None, None),
            G(63, "percent|rate", "cancer-free survival", None),
            G(26, "percent|rate", "cancer-free survival", None),
            G(21, "percent|rate", "cancer-free survival", None),
            G(10, "*", None, None),
            G(92, "percent|rate", "overall survival", None),
            G(46, "percent|rate", "overall survival", None),
            G(29, "percent|rate", "overall survival", None),
            G(60, "*", None, None),
            G(10, "*", None, None),
            G(24, "percent|rate", "10-year overall survival", "older than 60"),
        ],
    ),
    # https://pharmaceutical-business-review.com/news/914a4novelos_reports_positive_results_from_phase_ii_ovarian_cancer_
    # ("Of 15 evaluable patients, 11 had previously failed three lines of chemotherapy ... Median PFS was 15.4 weeks
    # and mean PFS was 19.4 weeks."; the subgroup sentence at the end is written for this corpus)
    (
        "Women with platinum-resistant ovarian cancer received up to six cycles of NOV-012 and carboplatin.",
        "Of 16 evaluable patients, 11 had previously failed three lines of chemotherapy. Median progression-free "
        "survival was 15.8 weeks and mean progression-free survival was 19.1 weeks. In the 11 heavily pretreated "
        "patients, median progression-free survival was 14.2 weeks.",
        [
            G(16, "count", "*", None, optional=True),
            G(11, "count", "*", "heavily pretreated", optional=True),
            G(15.8, "median", "progression-free survival", None),
            G(19.1, "mean", "progression-free survival", None),
            G(11, "count", "*", "heavily pretreated", optional=True),
            G(14.2, "median", "progression-free survival", "heavily pretreated"),
        ],
    ),
    # https://www.frontiersin.org/journals/oncology/articles/10.3389/fonc.2019.01256/xml/nlm?isPublishedV2=false
    # (a phase I study of concurrent and delayed nivolumab with nab-paclitaxel and carboplatin: results by arm and by
    # histology; constructed: the page gives the setting, the paragraph's form is written for this corpus)
    (
        "Patients with advanced NSCLC received nab-paclitaxel and carboplatin with concurrent or delayed nivolamab "
        "(arms by schedule).",
        "In the concurrent arm, the objective response rate was 47% and median progression-free survival was 6.9 "
        "months. Among patients with squamous histology, the objective response rate was 57%, compared with 39% "
        "among those with nonsquamous histology.",
        [
            G(47, "percent|rate", "objective response rate", "concurrent"),
            G(6.9, "median", "progression-free survival", "concurrent"),
            G(57, "percent|rate", "objective response rate", "squamous"),
            G(39, "percent|rate", "objective response rate", "nonsquamous"),
        ],
    ),
    # https://moam.info/advanced-nsclc-oxford-journals-oxford-university-press_5b970917097c478b208b458e.html (a
    # phase 2 single-arm study in refractory squamous NSCLC; constructed: the PD-L1 sentence is written for this corpus)
    (
        "Patients with advanced, refractory squamous NSCLC received nivolamab 3 mg/kg every 2 weeks.",
        "The confirmed objective response rate assessed by the review committee was 14.5% (17 of 117 patients). In "
        "PD-L1-positive patients, the response rate was 24%, and in PD-L1-negative patients it was 14%. Median "
        "overall survival was 8.1 months.",
        [
            G(14.5, "percent|rate", "objective response rate", None),
            G(17, "count", "objective response rate", None),
            G(117, "denominator", None, None),
            G(24, "percent|rate", "response rate", "PD-L1-positive"),
            G(14, "percent|rate", "response rate", "PD-L1-negative"),
            G(8.1, "median", "overall survival", None),
        ],
    ),
    # https://pmc.ncbi.nlm.nih.gov/articles/PMC6267321 ("Compared with erlotinib, chemotherapy was associated to a
    # decreased risk of progression (29%; HR: 0.71, 95% CI: 0.60 to 0.84, p< 0.0001;) but with no statistical
    # significant reduction in OS (HR: 0.89 ...)")
    (
        "An individual patient data analysis pooled three randomized trials of second-line chemotherapy versus "
        "erlotinab in EGFR wild-type NSCLC.",
        "Compared with erlotinab, chemotherapy was associated with a decreased risk of progression (HR 0.72, 95% CI "
        "0.61 to 0.85, p<0.0001) but with no significant reduction in overall survival (HR 0.90, 95% CI 0.75 to "
        "1.07). In the subgroup of patients with squamous histology, the HR for progression was 0.64 (95% CI 0.48 "
        "to 0.86).",
        [
            G(0.72, "hr", "progression", "*"),
            G(95, "*", None, None),
            G(0.61, "ci_low", "progression", "*"),
            G(0.85, "ci_high", "progression", "*"),
            G(0.0001, "p", "progression", "*"),
            G(0.90, "hr", "overall survival", "*"),
            G(95, "*", None, None),
            G(0.75, "ci_low", "overall survival", "*"),
            G(1.07, "ci_high", "overall survival", "*"),
            G(0.64, "hr", "progression", "squamous"),
            G(95, "*", None, None),
            G(0.48, "ci_low", "progression", "squamous"),
            G(0.86, "ci_high", "progression", "squamous"),
        ],
    ),
    # ==== added to replace three entries whose addresses another corpus cites (before any read-back) =================
    # https://www.urotoday.com/conference-highlights/asco-gu-2018/asco-gu-2018-bladder-cancer/101849-asco-gu-2018-results-of-phase-i-plus-expansion-cohorts-of-cabozantinib-plus-nivolumab-and-cabozantinib-nivolumab-plus-ipilimumab-in-patients-with-metastatic-urothelial-carcinoma-and-other-genitourinary-malignancies.html
    # ("Grade 3 and 4 AEs were reported in 62% of those treated with cabozantinib + nivolumab and 71% for cabozantinib
    # + nivolumab + ipilimumab. The most common any grade AEs for those treated with cabozantinib + nivolumab was
    # fatigue (70%), diarrhea (60%) ... whereas for those treated with cabozantinib + nivolumab + ipilimumab was
    # fatigue (71%), diarrhea (68%)")
    (
        "Patients with genitourinary tumors received cabozatinib plus nivolamab (the doublet) or cabozatinib plus "
        "nivolamab plus ipilimab (the triplet) in a phase I study with expansion cohorts.",
        "There were 76 patients enrolled, with a median age of 60 years. Grade 3 and 4 adverse events were reported "
        "in 63% of those treated with the doublet and 72% of those treated with the triplet. The most common "
        "any-grade adverse events for those treated with the doublet were fatigue (69%) and diarrhea (59%), whereas "
        "for those treated with the triplet they were fatigue (74%) and diarrhea (67%).",
        [
            G(76, "count", "enrolled", None, optional=True),
            G(60, "median", "age", None),
            G(3, "*", None, None),
            G(4, "*", None, None),
            G(63, "percent", "grade 3-4 adverse events|grade 3 and 4 adverse events", "doublet"),
            G(72, "percent", "grade 3-4 adverse events|grade 3 and 4 adverse events", "triplet"),
            G(69, "percent", "fatigue", "doublet"),
            G(59, "percent", "diarrhea", "doublet"),
            G(74, "percent", "fatigue", "triplet"),
            G(67, "percent", "diarrhea", "triplet"),
        ],
    ),
    # https://discovery.researcher.life/article/comprehensive-analysis-of-kras-and-nras-mutations-as-predictive-biomarkers-for-single-agent-panitumumab-pmab-response-in-a-randomized-phase-iii-metastatic-colorectal-cancer-mcrc-study-20020408/ebf3c4b726213f1c9c50940407b690aa
    # ("In the pmab arm, patients with WT KRAS and WT NRAS tumor status had an objective response rate (ORR) of 15%
    # (11/72) whereas patients with mutant (MT) KRAS or MT NRAS tumor status had an ORR of 1% (1/95 ...). ... the
    # treatment hazard ratio (HR; pmab:BSC) for progression-free survival (PFS) in the WT KRAS and WT NRAS subgroup
    # was 0.38 (95% CI: 0.27 - 0.56), and in the MT KRAS or MT NRAS subgroup was 0.98 (95% CI: 0.73 - 1.31).")
    (
        "Patients with metastatic colorectal cancer were randomized to panitamab or best supportive care (BSC) and "
        "analyzed by RAS mutation status.",
        "In the panitamab arm, patients with wild-type RAS tumors had an objective response rate of 16% (12/74), "
        "whereas patients with mutant RAS tumors had an objective response rate of 2% (2/97). The hazard ratio for "
        "progression-free survival in the wild-type RAS subgroup was 0.39 (95% CI: 0.27 - 0.57), and in the mutant "
        "RAS subgroup was 0.97 (95% CI: 0.72 - 1.30).",
        [
            G(16, "percent|rate", "objective response rate", "panitamab wild-type RAS"),
            G(12, "count", "objective response rate", "panitamab wild-type RAS"),
            G(74, "denominator", None, None),
            G(2, "percent|rate", "objective response rate", "panitamab mutant RAS"),
            G(2, "count", "objective response rate", "panitamab mutant RAS"),
            G(97, "denominator", None, None),
            G(0.39, "hr", "progression-free survival", "wild-type RAS"),
            G(95, "*", None, None),
            G(0.27, "ci_low", "progression-free survival", "wild-type RAS"),
            G(0.57, "ci_high", "progression-free survival", "wild-type RAS"),
            G(0.97, "hr", "progression-free survival", "mutant RAS"),
            G(95, "*", None, None),
            G(0.72, "ci_low", "progression-free survival", "mutant RAS"),
            G(1.30, "ci_high", "progression-free survival", "mutant RAS"),
        ],
    ),
    # https://pmc.ncbi.nlm.nih.gov/articles/PMC4253408 ("Of 223 patients with a KRAS mutation who were evaluable for
    # response, 56 were treated with a MEK inhibitor-containing therapy and 167 with other therapies. The clinical
    # benefit ... rates were 23% and 9%, respectively, for the MEK inhibitor versus other therapies (p=0.005). The
    # median progression-free survival (PFS) was 3.3 and 2.2 months, respectively (p=0.09).")
    (
        "Patients with advanced cancer referred to a phase I clinic were tested for KRAS mutations.",
        "Of 1,781 patients, 365 (21%) had a KRAS mutation. Of 220 patients with a KRAS mutation who were evaluable "
        "for response, 55 were treated with a MEK inhibitor-containing therapy and 165 with other therapies. The "
        "clinical benefit rates were 24% and 8%, respectively, for the MEK inhibitor versus other therapies "
        "(p=0.004). The median progression-free survival was 3.4 and 2.1 months, respectively (p=0.08).",
        [
            G(1781, "count", "*", None, optional=True),
            G(365, "count", "KRAS mutation", None),
            G(21, "percent", "KRAS mutation", None),
            G(220, "count", "*", None, optional=True),
            G(55, "count", "*", "MEK inhibitor", optional=True),
            G(165, "count", "*", "other therapies", optional=True),
            G(24, "percent|rate", "clinical benefit", "MEK inhibitor"),
            G(8, "percent|rate", "clinical benefit", "other therapies"),
            G(0.004, "p", "clinical benefit", "*"),
            G(3.4, "median", "progression-free survival", "MEK inhibitor"),
            G(2.1, "median", "progression-free survival", "other therapies"),
            G(0.08, "p", "progression-free survival", "*"),
        ],
    ),
    # https://particle.news/story/fda-grants-accelerated-approval-to-subcutaneous-lunsumio-velo-for-relapsed-follicular-lymphoma
    # ("In the phase 1/2 GO29781 study, the subcutaneous regimen achieved a 75% overall response rate and a 59%
    # complete response rate, with a median duration of response of 22.4 months. ... cytokine release syndrome in
    # roughly 30%")
    (
        "Patients with relapsed follicular lymphoma received mosunetamab intravenously or, in a later cohort, "
        "subcutaneously.",
        "In the subcutaneous cohort, the regimen achieved a 74% overall response rate and a 58% complete response "
        "rate, with a median duration of response of 22.1 months. Cytokine release syndrome occurred in 29% of these "
        "patients, typically low grade and resolving after a median of 2 days.",
        [
            G(74, "percent|rate", "overall response rate", "subcutaneous"),
            G(58, "percent|rate", "complete response rate", "subcutaneous"),
            G(22.1, "median", "duration of response", "subcutaneous"),
            G(29, "percent", "cytokine release syndrome", "subcutaneous"),
            G(2, "median", "cytokine release syndrome|resolving", "subcutaneous", optional=True),
        ],
    ),
]
