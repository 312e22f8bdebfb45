"""Values each followed by what it is for: "the cumulative absorbed dose was 117 Gy for tumour lesions, 19.9 Gy for
kidneys and 0.9 Gy for red marrow", "adjusted P values of 0.74 for MMSE, 0.08 for MoCA and 0.66 for CGNT", "the
median time to first occurrence was 53 days for fatigue, 15 for hyperphosphatemia". The second largest tuning family of
numbers "no statement form reads" (bench/prose_bindings.py --withheld --tuning-only). The "for" phrase is an endpoint
only sometimes: it is as often a group ("0.76 for CT and 0.54 for MRI", "73% for sunitinib and 95% for
capecitabine"), a period ("for the first 2 years") or a comparison ("for high versus low acuity care"), so this corpus
holds both, and the rule must tell them apart or withhold. Sampled from public results, abstract paragraphs and table
notes found with the ``search`` tool (corpus ``pages``); drugs, numbers and wording are invented; each entry's comment
gives the address whose text showed the form. Every gold was written before any paragraph was read back.

Refiled after the first read-back (the only gold changed): the relative dose intensity of the arms paragraph also
accepts the plural the paragraph prints ("relative dose intensities"), which the scorer does not stem to the singular;
the first contact in tests/extraction/test_prose_for_lists.py counts it as first written.

Entry format: that of tests/extraction/prose_sampled_forms_corpus.py, scored by
tests/extraction/prose_sampled_forms_score.py. First contact and end figures: tests/extraction/test_prose_for_lists.py.
"""

from __future__ import annotations

from tests.extraction.prose_sampled_forms_corpus import Entry, G

RLT = (
    "Participants received four cycles of a radioligand every 6 weeks, with planar and SPECT/CT imaging after cycle 1."
)
COG = "Patients with atrial fibrillation were randomly assigned to dabrotran or warfarin and followed for 2 years."
ONE_ARM = "Patients received zorbatinib orally once daily until disease progression or unacceptable toxicity."
IMAGING = "All 40 patients with a suspected scaphoid fracture underwent both CT and MRI within 10 days of injury."
SUNI = "Patients were randomly assigned to sunitavib or capecitabine."

CORPUS: list[Entry] = [
    # ---- "for" an endpoint ----------------------------------------------------------------------------------------
    # https://ard.bmj.com/highwire/markup/174944/expansion (table note: "the intra-class correlation coefficient
    # equalling 0.108 for pain, 0.125 for WOMAC, and 0.121 for global assessment")
    (
        COG,
        "Using Hommel's correction, adjusted P values were 0.68 for MMSE, 0.09 for MoCA and 0.71 for the trail-making "
        "test.",
        [
            G(0.68, "p", "MMSE", None),
            G(0.09, "p", "MoCA", None),
            G(0.71, "p", "trail-making test", None),
        ],
    ),
    # same form, tuning-like (a dosimetry results paragraph); https://ard.bmj.com/highwire/markup/174944/expansion
    (
        RLT,
        "For the cumulative administered activity, the estimated mean cumulative absorbed dose was 104 Gy for tumour "
        "lesions, 21.3 Gy for kidneys and 1.1 Gy for red marrow.",
        [
            G(104, "mean", "cumulative absorbed dose tumour lesions|tumour lesions", None),
            G(21.3, "mean", "cumulative absorbed dose kidneys|kidneys", None),
            G(1.1, "mean", "cumulative absorbed dose red marrow|red marrow", None),
        ],
    ),
    (
        RLT,
        "The mean specific absorbed doses were 0.68 Gy/GBq for the kidneys and 1.3 Gy/GBq for the lacrimal glands.",
        [
            G(0.68, "mean", "absorbed dose kidneys|kidneys", None),
            G(1.3, "mean", "absorbed dose lacrimal glands|lacrimal glands", None),
        ],
    ),
    (
        ONE_ARM,
        "The median time to first occurrence was 41 days for fatigue, 17 for hyperphosphataemia, and 58 days for nail "
        "toxicity.",
        [
            G(41, "median", "time to first occurrence of fatigue|fatigue", None),
            G(17, "median", "time to first occurrence of hyperphosphataemia|hyperphosphataemia", None),
            G(58, "median", "time to first occurrence of nail toxicity|nail toxicity", None),
        ],
    ),
    (
        COG,
        "After adjustment for age and education, the difference in mean change from baseline (dabrotran minus "
        "warfarin) was -0.21 for MMSE (95% CI -0.95 to 0.52; P = 0.57) and 0.07 for NTB (95% CI -0.05 to 0.19; "
        "P = 0.26).",
        [
            G(-0.21, "value|mean", "MMSE", "*"),
            G(-0.95, "ci_low", "MMSE", "*"),
            G(0.52, "ci_high", "MMSE", "*"),
            G(0.57, "p", "MMSE", "*"),
            G(0.07, "value|mean", "NTB", "*"),
            G(-0.05, "ci_low", "NTB", "*"),
            G(0.19, "ci_high", "NTB", "*"),
            G(0.26, "p", "NTB", "*"),
        ],
    ),
    # ---- "for" a group: a modality, an arm, a dose, a population ----------------------------------------------------
    # https://www.healio.com/news/orthopedics/20150831/ct-mri-prone-to-false-positive-false-negative-interpretations
    # ("the positive predictive value was 0.76 for CT and 0.54 for MRI")
    (
        IMAGING,
        "The positive predictive value was 0.81 for CT and 0.57 for MRI.",
        [
            G(0.81, "value", "positive predictive value", "CT"),
            G(0.57, "value", "positive predictive value", "MRI"),
        ],
    ),
    # https://pubmed-d.ncbi.nlm.nih.gov/2966165 ("areas under the ROC curves (0.940 +/- .018 for MR, 0.951 O +/- .013
    # for CT and 0.943 +/- .013 for RN)")
    (
        IMAGING,
        "The areas under the ROC curves were 0.93 for MRI and 0.95 for CT.",
        [
            G(0.93, "value", "area under the ROC curve", "MRI"),
            G(0.95, "value", "area under the ROC curve", "CT"),
        ],
    ),
    # tuning form "73% for sunitinib and 95% for capecitabine"
    (
        SUNI,
        "The median relative dose intensities were 76% for sunitavib and 93% for capecitabine.",
        [
            G(76, "percent|median|value", "relative dose intensity|relative dose intensities", "sunitavib"),
            G(93, "percent|median|value", "relative dose intensity|relative dose intensities", "capecitabine"),
        ],
    ),
    # https://pmc.ncbi.nlm.nih.gov/articles/PMC4233917/table/tbl4 (hazard ratios per model and outcome), a dose level
    (
        "Patients received lorvamab at 10 mg or 20 mg once weekly.",
        "The objective response rate was 21% for 10 mg and 46% for 20 mg.",
        [
            G(21, "percent|rate", "objective response rate", "10 mg"),
            G(46, "percent|rate", "objective response rate", "20 mg"),
        ],
    ),
    # ---- "for" a period or a comparison: no endpoint of its own ----------------------------------------------------
    # https://pmc.ncbi.nlm.nih.gov/articles/PMC3731075 ("The hazard ratios were 1.61 (0.97 – 2.66) for the first 2
    # years, and 0.98 (0.66 – 1.49) for the entire follow-up")
    (
        "Women who started hormone therapy were compared with women who did not.",
        "The hazard ratios of coronary heart disease were 1.38 for the first 2 years and 0.97 for the entire "
        "follow-up.",
        [
            G(1.38, "hr", "coronary heart disease, first 2 years", "*", True),
            G(2, "*", None, None),
            G(0.97, "hr", "coronary heart disease, entire follow-up", "*", True),
        ],
    ),
    # https://bmjopen.bmj.com/content/11/5/e045414 ("an HR of 2.7 (1.2, 6.4) for intermediate versus low acuity
    # care")
    (
        "Patients were triaged to low, intermediate or high acuity care.",
        "Acuity level was associated with case fatality, with an HR of 4.6 for high versus low acuity care and an HR "
        "of 2.4 for intermediate versus low acuity care.",
        [
            G(4.6, "hr", "case fatality", "*", True),
            G(2.4, "hr", "case fatality", "*", True),
        ],
    ),
    # https://dmice.ohsu.edu/trec-gen/data/2006/documents/rheumatolgy.zip ("the interobserver reliability was
    # similar for the three methods (Greliability chronological 0.94, paired 0.88, single 0.93)"), said with "for"
    (
        "Films were scored in chronological order, in pairs and as single films.",
        "The reliability coefficient was 0.94 for chronological reading, 0.88 for paired reading and 0.93 for single "
        "films.",
        [
            G(0.94, "value", "reliability coefficient", "chronological reading", True),
            G(0.88, "value", "reliability coefficient", "paired reading", True),
            G(0.93, "value", "reliability coefficient", "single films", True),
        ],
    ),
]

# The second instance set: paragraphs gathered after the rules were written (gold written before they were read back).
SECOND: list[Entry] = [
    # http://www.finedictionary.com/neutropenia.html ("on average over five years, 16.2 weeks for MOs and 8.9 weeks
    # for GOs"): the "for" phrases are the groups compared
    (
        "Patients treated by medical oncologists (MOs) were compared with patients treated by gynecologic oncologists "
        "(GOs).",
        "Patients experienced on average 15.8 weeks with chemotherapy side effects over five years, 15.8 weeks for MOs "
        "and 9.1 weeks for GOs.",
        [
            G(15.8, "mean|value", "weeks with chemotherapy side effects", "*", True),
            G(9.1, "mean|value", "weeks with chemotherapy side effects", "GOs", True),
        ],
    ),
    # https://pmc.ncbi.nlm.nih.gov/articles/PMC4233917/table/tbl4 (hazard ratios per outcome): a contentless head,
    # P values per outcome
    (
        "Patients were randomly assigned to cardovant or placebo.",
        "The corresponding P values were 0.04 for cardiovascular death, 0.31 for heart failure and 0.72 for stroke.",
        [
            G(0.04, "p", "cardiovascular death", "*"),
            G(0.31, "p", "heart failure", "*"),
            G(0.72, "p", "stroke", "*"),
        ],
    ),
    # https://bmjopen.bmj.com/highwire/markup/262774/expansion ("Median (range) time to onset, weeks" per immune-
    # mediated adverse event)
    (
        ONE_ARM,
        "The median time to onset was 5.1 weeks for rash, 11.8 weeks for hypothyroidism and 24.9 weeks for colitis.",
        [
            G(5.1, "median", "time to onset of rash|rash", None),
            G(11.8, "median", "time to onset of hypothyroidism|hypothyroidism", None),
            G(24.9, "median", "time to onset of colitis|colitis", None),
        ],
    ),
    # https://preview-www.nature.com/articles/s41409-024-02317-z/tables/2 (absorbed doses per organ)
    (
        RLT,
        "The mean absorbed dose was 10.3 Gy for bone marrow, 2.6 Gy for the liver and 0.6 Gy for the lungs.",
        [
            G(10.3, "mean", "absorbed dose bone marrow|bone marrow", None),
            G(2.6, "mean", "absorbed dose liver|liver", None),
            G(0.6, "mean", "absorbed dose lungs|lungs", None),
        ],
    ),
    # https://jnnp.bmj.com/highwire/markup/166484/expansion (table note: "sensitivity per patient (PP) was 0.82 and
    # 0.71 for CTA and MRA"): methods, said with "for" each
    (
        "Each patient underwent CT angiography (CTA) and MR angiography (MRA).",
        "Sensitivity per patient was 0.84 for CTA and 0.73 for MRA.",
        [
            G(0.84, "value|percent", "sensitivity", "CTA", True),
            G(0.73, "value|percent", "sensitivity", "MRA", True),
        ],
    ),
]
