"""Prose values and the groups they belong to: several values in one sentence, each of a group the sentence names
(after it, before it, together in a list, in a bracket pair after "A than B", or only in an earlier sentence).
Sampled from public results paragraphs (PubMed/PMC abstracts, journal pages, regulators' reports and trial news)
found with the ``search`` tool; each entry's comment gives the address whose sentence showed the grammar. Drugs,
numbers and wording are invented; only the grammar is kept. Every number's gold was written before the paragraphs
were read back. Format as tests/extraction/prose_sampled_forms_corpus.py (``G(value, statistic, endpoint, group,
optional)``); conventions as tests/extraction/prose_twoarm_corpus.py: a ratio or difference is of any group
(``"*"``), a P value is optional, and a value whose group the sentence does not tell plainly has the gold group
``NOGROUP`` (no record matches it: any record of that value is wrong, a finding is right).

``FORMS`` names each entry's family:
  - "each named": every value with its own group after it ("45% in the A arm versus 30% in the B arm");
  - "coordinated": values and then their groups, coordinated ("40% and 25% of patients in the A and B groups");
  - "dose list": values and doses coordinated ("12%, 15% and 20% at 10, 20 and 40 mg, respectively");
  - "than bracket": groups compared, then a bracket of as many values in their order ("with A than with B (45% vs
    30%)");
  - "compared with": a value of a group compared with another's ("45% with A compared with 30% with placebo");
  - "n intro": groups introduced with their sizes, then values 'respectively';
  - "paragraph": groups named only in an earlier sentence;
  - "unaligned": groups and values that do not line up (withheld).
"""

from __future__ import annotations

from tests.extraction.prose_landmarks2_corpus import ci, os_, p, pfs
from tests.extraction.prose_sampled_forms_corpus import Entry, G
from tests.extraction.prose_twoarm_corpus import ratio

TWO = "Patients were randomly assigned in a 1:1 ratio to receive velrastat or placebo."
ACTIVE = "Patients were randomly assigned in a 1:1 ratio to receive corbatinib or capecitabine."
THREE = "Patients were randomly assigned in a 1:1:1 ratio to receive lentarizumab, velrastat, or placebo."
DOSES = "Patients were randomly assigned to orvacitinib 10 mg, 20 mg or 40 mg once daily for 12 weeks."

NOGROUP = "withheld only"
ORR = "objective response|ORR|response"
DCR = "disease control|DCR"
NEUT = "grade 3 neutropenia|neutropenia"

# fmt: off
CORPUS: list[Entry] = [
    # ---- each named ---------------------------------------------------------------------------------------------
    # https://dentisty.org/date-of-first-round-report-1-september-2016-date-of-second-rou.html?page=25 ("the ITT
    # investigator-assessed OR rate was 21.0% (95% CI: 16.9-25.7) in the palbociclib plus fulvestrant arm and 8.6%
    # (95% CI: 4.9-13.8) in the placebo plus fulvestrant arm")
    (
        TWO,
        "The objective response rate was 24.0% (95% CI: 18.1-30.2) in the velrastat arm and 9.5% (95% CI: 5.0-14.1) "
        "in the placebo arm.",
        [G(24.0, "percent", ORR, "velrastat"), *ci(18.1, 30.2, ORR, "velrastat"),
         G(9.5, "percent", ORR, "placebo"), *ci(5.0, 14.1, ORR, "placebo")],
    ),
    # same source ("The objective progression rate ... was 17% in the palbociclib and fulvestrant arm compared with
    # 33% in the comparator arm.")
    (
        TWO,
        "The rate of disease control was 61% in the velrastat arm compared with 38% in the placebo arm.",
        [G(61, "percent", DCR, "velrastat"), G(38, "percent", DCR, "placebo")],
    ),
    # https://hcn.health/hcn-trends-story/durvalumab-after-chemoradiotherapy-in-stage-iii-non-small-cell-lung-cancer
    # ("The median progression-free survival from randomization was 16.8 months with durvalumab versus 5.6 months
    # with placebo.")
    (
        TWO,
        "The median progression-free survival was 14.2 months with velrastat versus 6.1 months with placebo.",
        [G(14.2, "median", pfs(), "velrastat"), G(6.1, "median", pfs(), "placebo")],
    ),
    # same source, with the ratio after the pair
    (
        TWO,
        "Median overall survival was 21.3 months with velrastat and 17.9 months with placebo (hazard ratio, 0.78; "
        "95% CI, 0.64 to 0.95; P = 0.01).",
        [G(21.3, "median", os_(), "velrastat"), G(17.9, "median", os_(), "placebo"),
         *ratio("hr", os_(), 0.78, 0.64, 0.95), p(0.01)],
    ),
    # https://mdedge9-ma1.mdedge.com/internalmedicine/article/24605/oncology/percutaneous-hepatic-perfusion-boosts-
    # melanoma-response/page/0/1 ("The incidence of patient responses was 34% in the PHP patients and 2% in the
    # controls.")
    (
        TWO,
        "The objective response rate was 31% in the velrastat group and 4% in the placebo group.",
        [G(31, "percent", ORR, "velrastat"), G(4, "percent", ORR, "placebo")],
    ),
    # three arms, each named after its value (a typeset tuning paper's "29.1 months (95% CI: ...) with 10 µM ..., 24.0
    # months (...) with 80 µM ..., and 8.0 months (...) with standard chemotherapy")
    (
        THREE,
        "The median duration of response was 18.4 months (95% CI: 9.1-27.7) with lentarizumab, 12.6 months (95% CI: "
        "6.0-19.2) with velrastat, and 5.3 months (95% CI: 3.1-7.5) with placebo.",
        [G(18.4, "median", "duration of response|DoR", "lentarizumab"),
         *ci(9.1, 27.7, "duration of response|DoR", "lentarizumab"),
         G(12.6, "median", "duration of response|DoR", "velrastat"),
         *ci(6.0, 19.2, "duration of response|DoR", "velrastat"),
         G(5.3, "median", "duration of response|DoR", "placebo"),
         *ci(3.1, 7.5, "duration of response|DoR", "placebo")],
    ),
    # https://hcn.health/... ("29.9% of patients who received durvalumab and 26.1% of patients who received a placebo
    # experienced adverse events of grade 3 or 4")
    (
        TWO,
        "Grade 3 or 4 adverse events occurred in 35.2% of patients who received velrastat and 28.4% of patients who "
        "received placebo.",
        [G(35.2, "percent", "grade 3 or 4 adverse events|adverse events", "velrastat"),
         G(28.4, "percent", "grade 3 or 4 adverse events|adverse events", "placebo")],
    ),
    # ---- coordinated -------------------------------------------------------------------------------------------
    # a typeset tuning paper ("73 and 72% of sunitinib and capecitabine patients, respectively, had visceral disease")
    (
        ACTIVE,
        "Liver metastases were present in 41 and 39% of corbatinib and capecitabine patients, respectively.",
        [G(41, "percent", "liver metastases", "corbatinib"), G(39, "percent", "liver metastases", "capecitabine")],
    ),
    # https://hplcbuffer.com/?p=58 ("ORR was 12 (n=24/196) versus 0 (n=1/201) with sorafenib versus placebo,
    # respectively (P<0001)")
    (
        TWO,
        "ORR was 14% versus 2% with velrastat versus placebo, respectively (P < 0.001).",
        [G(14, "percent", ORR, "velrastat"), G(2, "percent", ORR, "placebo"), p(0.001)],
    ),
    # the brief's form ("40% and 25% of patients in the A and B groups")
    (
        TWO,
        "Grade 3 neutropenia occurred in 22% and 6% of patients in the velrastat and placebo groups, respectively.",
        [G(22, "percent", NEUT, "velrastat"), G(6, "percent", NEUT, "placebo")],
    ),
    (
        TWO,
        "Dose reductions were required in 18% and 5% of patients in the velrastat and placebo arms.",
        [G(18, "percent", "dose reductions", "velrastat"), G(5, "percent", "dose reductions", "placebo")],
    ),
    # https://hplcbuffer.com/?p=58 ("42 (20.3%) patients in the sorafenib arm and 18 (8.6%) patients in the placebo
    # arm received subsequent anticancer therapy")
    (
        TWO,
        "In addition, 37 (17.9%) patients in the velrastat arm and 21 (10.1%) patients in the placebo arm received "
        "subsequent anticancer therapy.",
        [G(37, "count", "subsequent anticancer therapy", "velrastat"),
         G(17.9, "percent", "subsequent anticancer therapy", "velrastat"),
         G(21, "count", "subsequent anticancer therapy", "placebo"),
         G(10.1, "percent", "subsequent anticancer therapy", "placebo")],
    ),
    # ---- dose list ---------------------------------------------------------------------------------------------
    # the brief's form ("rates were 12%, 15% and 20% at 10, 20 and 40 mg")
    (
        DOSES,
        "Response rates were 21%, 34% and 45% at 10, 20 and 40 mg, respectively.",
        [G(21, "percent", ORR, "10 mg"), G(34, "percent", ORR, "20 mg"), G(45, "percent", ORR, "40 mg")],
    ),
    (
        DOSES,
        "Nausea was reported by 8%, 14% and 27% of patients in the 10 mg, 20 mg and 40 mg groups, respectively.",
        [G(8, "percent", "nausea", "10 mg"), G(14, "percent", "nausea", "20 mg"), G(27, "percent", "nausea", "40 mg")],
    ),
    # ---- than bracket -----------------------------------------------------------------------------------------
    # https://acemap.info/paper/227359152 ("a significantly higher survival rate ... in the group that was assigned to
    # surgical treatment than in the group assigned to medical treatment (92.4±2.7 vs. 83.1±3.9 percent; P = 0.0001)")
    (
        TWO,
        "At five years, the survival rate was higher in the velrastat group than in the placebo group (88.1% vs. "
        "79.4%; P = 0.002).",
        [G(88.1, "rate", "survival rate|survival", "velrastat"), G(79.4, "rate", "survival rate|survival", "placebo"),
         p(0.002)],
    ),
    # https://hcn.health/... ("Durvalumab had a response rate that was higher than placebo (28.4% vs. 16.0%)")
    (
        TWO,
        "Velrastat had a response rate that was higher than placebo (26.7% vs. 11.3%).",
        [G(26.7, "percent", ORR, "velrastat"), G(11.3, "percent", ORR, "placebo")],
    ),
    # a typeset tuning paper ("more patients discontinued treatment in Arm B than Arm A (12 vs 8 patients)")
    (
        TWO,
        "Grade 3 fatigue was more frequent in the velrastat arm than in the placebo arm (14% vs 3%).",
        [G(14, "percent", "grade 3 fatigue|fatigue", "velrastat"),
         G(3, "percent", "grade 3 fatigue|fatigue", "placebo")],
    ),
    # a typeset tuning paper ("a greater percentage of part 2 patients with baseline CRP <30 mg l-1 than with baseline
    # CRP >=30 mg l-1 (46 vs 11%) responded"): subgroups, in order
    (
        TWO,
        "Among velrastat-treated patients, a greater proportion of those with low baseline LDH than of those with high "
        "baseline LDH (52 vs 18%) had an objective response.",
        [G(52, "percent", ORR, "low baseline LDH"), G(18, "percent", ORR, "high baseline LDH")],
    ),
    # https://acemap.info/paper/227359152 ("decreased more rapidly in the surgically treated than in the medically
    # treated group (70.6±5.8 vs. 66.7±5.3 percent at 12 years)")
    (
        TWO,
        "The proportion of patients free of relapse fell faster in the placebo group than in the velrastat group "
        "(41.2% vs. 63.5% at 3 years).",
        [G(41.2, "rate", "free of relapse|relapse-free", "placebo"),
         G(63.5, "rate", "free of relapse|relapse-free", "velrastat"), G(3, "*", None, None)],
    ),
    # ---- compared with ----------------------------------------------------------------------------------------
    # https://discovery.researcher.life/article/controlled-study-of-survival-... ("The median survival of patients
    # given radiotherapy was 142 days as compared to 112 days for those who received the inert compound.")
    (
        TWO,
        "The median survival of patients given velrastat was 215 days as compared to 164 days for those who received "
        "placebo.",
        [G(215, "median", "survival|OS", "velrastat"), G(164, "median", "survival|OS", "placebo")],
    ),
    # same source ("At the end of the first year 18 per cent of the patients treated with radiation were still living
    # as compared to 14 per cent of the control subjects.")
    (
        TWO,
        "At the end of the first year, 46% of the patients treated with velrastat were alive as compared to 31% of "
        "the patients given placebo.",
        [G(46, "percent", "alive|survival", "velrastat"), G(31, "percent", "alive|survival", "placebo"),
         G(1, "*", None, None, True)],
    ),
    # https://dentisty.org/... ("4 patients (2.9%) achieved a CR in the control arm compared with none (0%) in the
    # treatment arm, while 21% in the treatment arm achieved a PR compared with 6.3% in the control arm")
    (
        TWO,
        "In the ITT population, 19% of patients in the velrastat arm achieved a partial response compared with 5.8% "
        "in the placebo arm.",
        [G(19, "percent", "partial response|PR", "velrastat"), G(5.8, "percent", "partial response|PR", "placebo")],
    ),
    # a typeset tuning paper ("the 2-year survival rate for 10 µM trabedersen was 39% vs 22% for standard
    # chemotherapy")
    (
        TWO,
        "The 2-year survival rate for velrastat was 44% vs 29% for placebo.",
        [G(44, "rate", "2-year survival|survival", "velrastat"), G(29, "rate", "2-year survival|survival", "placebo"),
         G(2, "*", None, None, True)],
    ),
    # the brief's form ("compared with 30% in the control group")
    (
        TWO,
        "The objective response rate was 38% with velrastat compared with 12% in the placebo group.",
        [G(38, "percent", ORR, "velrastat"), G(12, "percent", ORR, "placebo")],
    ),
    # https://hcn.health/... ("Durvalumab extended the median time to death or distant metastasis compared to placebo
    # (23.2 months vs. 14.6 months).")
    (
        TWO,
        "Velrastat extended the median time to progression compared to placebo (11.4 months vs. 5.9 months).",
        [G(11.4, "median", "time to progression|TTP", "velrastat"),
         G(5.9, "median", "time to progression|TTP", "placebo")],
    ),
    # ---- n intro --------------------------------------------------------------------------------------------------
    # the brief's form ("A (n=40) and B (n=38) ... 10 (25%) and 6 (16%)")
    (
        TWO,
        "Of the patients randomly assigned to velrastat (n = 48) and placebo (n = 46), 14 (29%) and 5 (11%), "
        "respectively, had an objective response.",
        [G(48, "*", "*", "*", True), G(46, "*", "*", "*", True),
         G(14, "count", ORR, "velrastat"), G(29, "percent", ORR, "velrastat"),
         G(5, "count", ORR, "placebo"), G(11, "percent", ORR, "placebo")],
    ),
    (
        ACTIVE,
        "Hand-foot syndrome was reported in 30 (25%) and 52 (43%) patients receiving corbatinib and capecitabine, "
        "respectively.",
        [G(30, "count", "hand-foot syndrome", "corbatinib"), G(25, "percent", "hand-foot syndrome", "corbatinib"),
         G(52, "count", "hand-foot syndrome", "capecitabine"), G(43, "percent", "hand-foot syndrome", "capecitabine")],
    ),
    # ---- paragraph ------------------------------------------------------------------------------------------------
    # a typeset tuning paper ("The median PFS was 2.8 months in the sunitinib arm and 4.2 months in the capecitabine
    # arm ... The corresponding ORRs were 11 and 16%"): the groups of an earlier sentence are no order of this one's
    (
        ACTIVE,
        "The median PFS was 5.1 months in the corbatinib arm and 6.0 months in the capecitabine arm. The corresponding "
        "ORRs were 13 and 19%.",
        [G(5.1, "median", pfs(), "corbatinib"), G(6.0, "median", pfs(), "capecitabine"),
         G(13, "percent", ORR, NOGROUP), G(19, "percent", ORR, NOGROUP)],
    ),
    # https://news.pharma-asset.com/2017/01/3os.html ("ORR ... respectively 11.2% and 0%"): the groups of an earlier
    # sentence
    (
        TWO,
        "Median overall survival was 6.3 months with velrastat and 4.9 months with placebo. Objective responses were "
        "seen in 10.4% and 0.6%, respectively.",
        [G(6.3, "median", os_(), "velrastat"), G(4.9, "median", os_(), "placebo"),
         G(10.4, "percent", ORR, NOGROUP), G(0.6, "percent", ORR, NOGROUP)],
    ),
    # ---- unaligned ----------------------------------------------------------------------------------------------
    # a typeset tuning paper ("which were higher in the GP arm (9% v 23%)"): one group named, two values
    (
        ACTIVE,
        "Patient characteristics were balanced, except for bone metastases, which were more frequent in the "
        "capecitabine arm (12% v 27%).",
        [G(12, "percent", "bone metastases", NOGROUP), G(27, "percent", "bone metastases", NOGROUP)],
    ),
    # a typeset tuning paper ("there were no differences between arms in median OS (6.9 v 6.1 months)")
    (
        ACTIVE,
        "There were no differences between arms in median OS (8.2 v 7.9 months) or disease control rate (62% v 55%).",
        [G(8.2, "median", os_(), NOGROUP), G(7.9, "median", os_(), NOGROUP),
         G(62, "percent", DCR, NOGROUP), G(55, "percent", DCR, NOGROUP)],
    ),
    # a typeset tuning paper ("the 10 µM trabedersen group had the highest survival rate (92% vs 73% and 67%)")
    (
        THREE,
        "After 12 months, the lentarizumab group had the highest survival rate (88% vs 70% and 61%).",
        [G(88, "rate", "survival rate|survival", "lentarizumab"), G(70, "rate", "survival rate|survival", NOGROUP),
         G(61, "rate", "survival rate|survival", NOGROUP), G(12, "*", None, None, True)],
    ),
    # three arms, two values
    (
        THREE,
        "The objective response rate was higher with lentarizumab and velrastat than with placebo (34% and 30%).",
        [G(34, "percent", ORR, NOGROUP), G(30, "percent", ORR, NOGROUP)],
    ),
    # https://balancednewssummary.com/... ("80% of the patients who received the combination treatment were still
    # alive, with 73% showing no signs of the cancer returning"): one group, a part of it
    (
        TWO,
        "At 5 years, 81% of the patients who received velrastat were still alive, with 70% showing no sign of "
        "recurrence.",
        [G(81, "percent", "alive|survival", "velrastat"), G(70, "percent", "no sign of recurrence", NOGROUP),
         G(5, "*", None, None, True)],
    ),
    # subgroups of one arm said by a threshold, in a bracket pair after "than"
    (
        TWO,
        "Responses were more frequent in patients with PD-L1 expression of 50% or more than in those with expression "
        "below 1% (48% vs 9%).",
        [G(50, "*", None, None), G(1, "*", None, None),
         G(48, "percent", ORR, NOGROUP), G(9, "percent", ORR, NOGROUP)],
    ),
    # ---- each named, with n --------------------------------------------------------------------------------------
    # https://dentisty.org/... ("SD was reported in 52.5% (42.5%>24 weeks) of the palbociclib and fulvestrant arm
    # compared with 41.3%")
    (
        TWO,
        "Stable disease was reported in 48.1% of the velrastat arm compared with 39.0% of the placebo arm.",
        [G(48.1, "percent", "stable disease|SD", "velrastat"), G(39.0, "percent", "stable disease|SD", "placebo")],
    ),
    # same source, its first clause ("4 patients (2.9%) achieved a CR in the control arm compared with none (0%) in
    # the treatment arm")
    (
        TWO,
        "Five patients (3.4%) achieved a complete response in the velrastat arm compared with one (0.7%) in the "
        "placebo arm.",
        [G(5, "count", "complete response|CR", "velrastat"), G(3.4, "percent", "complete response|CR", "velrastat"),
         G(1, "count", "complete response|CR", "placebo", True), G(0.7, "percent", "complete response|CR", "placebo")],
    ),
    # two endpoints, each a pair, groups named once in order before ("between A and B groups, with ... urticaria (30
    # vs. 26%), ... respectively")
    (
        ACTIVE,
        "Skin toxicities were similar between the corbatinib and capecitabine groups, including rash (22 vs. 19%) and "
        "pruritus (15 vs. 12%), respectively.",
        [G(22, "percent", "rash", "corbatinib"), G(19, "percent", "rash", "capecitabine"),
         G(15, "percent", "pruritus", "corbatinib"), G(12, "percent", "pruritus", "capecitabine")],
    ),
    # "for those respective groups": the groups of an earlier sentence (withheld)
    (
        ACTIVE,
        "Infections were more common with corbatinib than with capecitabine. For those respective groups, pneumonia "
        "occurred in 9% and 4% of patients.",
        [G(9, "percent", "pneumonia", NOGROUP), G(4, "percent", "pneumonia", NOGROUP)],
    ),
]

FORMS: list[str] = [
    "each named", "each named", "each named", "each named", "each named", "each named", "each named",
    "coordinated", "coordinated", "coordinated", "coordinated", "coordinated",
    "dose list", "dose list",
    "than bracket", "than bracket", "than bracket", "than bracket", "than bracket",
    "compared with", "compared with", "compared with", "compared with", "compared with", "compared with",
    "n intro", "n intro",
    "paragraph", "paragraph",
    "unaligned", "unaligned", "unaligned", "unaligned", "unaligned", "unaligned",
    "each named", "each named",
    "than bracket",
    "paragraph",
]
# fmt: on

# written after the first set's fixes, from new sources, gold first
REGIMENS = (
    "Patients were randomly assigned 1:1 to pemtuzumab 200 mg plus ilorvimab 50 mg (PEM+ILO50) or pemtuzumab 200 mg "
    "plus ilorvimab 100 mg (PEM+ILO100)."
)
DOSES_MG = "Patients were randomly assigned to darnavir 25 mg, 50 mg or 100 mg, or to placebo, for 8 weeks."

# fmt: off
SECOND: list[Entry] = [
    # https://aacrjournals.org/clincancerres/article/27/19/5280/671688/... ("Grade 3-5 TRAEs occurred in 12 (24%)
    # patients in PEM200+IPI50 and 20 (39%) in PEM200+IPI100.")
    (
        REGIMENS,
        "Grade 3 to 5 treatment-related adverse events occurred in 14 (27%) patients in PEM+ILO50 and 22 (43%) in "
        "PEM+ILO100.",
        [G(14, "count", "grade 3 to 5 treatment-related adverse events|treatment-related adverse events", "PEM+ILO50"),
         G(27, "percent", "grade 3 to 5 treatment-related adverse events|treatment-related adverse events",
           "PEM+ILO50"),
         G(22, "count", "grade 3 to 5 treatment-related adverse events|treatment-related adverse events",
           "PEM+ILO100"),
         G(43, "percent", "grade 3 to 5 treatment-related adverse events|treatment-related adverse events",
           "PEM+ILO100")],
    ),
    # same source ("ORR was 55% in PEM200+IPI50; 61% in PEM200+IPI100.")
    (
        REGIMENS,
        "ORR was 51% in PEM+ILO50; 63% in PEM+ILO100.",
        [G(51, "percent", ORR, "PEM+ILO50"), G(63, "percent", ORR, "PEM+ILO100")],
    ),
    # https://lib.pusan.ac.kr/... ("Response rates for the drug arm were 41.1 and 56.9% respectively."): two values,
    # one group, and what they are of is said elsewhere
    (
        TWO,
        "Response rates for the velrastat arm were 38.2 and 52.7%, respectively.",
        [G(38.2, "percent", "*", NOGROUP), G(52.7, "percent", "*", NOGROUP)],
    ),
    # same source ("Smoking was less prevalent in PR (3%) compared to PnR (21%) (P < 0.025).")
    (
        TWO,
        "Grade 2 alopecia was less frequent with placebo (4%) compared to velrastat (19%) (P < 0.01).",
        [G(4, "percent", "grade 2 alopecia|alopecia", "placebo"),
         G(19, "percent", "grade 2 alopecia|alopecia", "velrastat"), p(0.01)],
    ),
    # https://www.lse.co.uk/profiles/daringinvestor/?page=8 ("14 percent of the placebo group showed an improvement")
    (
        TWO,
        "Improvement was reported by 42% of the velrastat group and 17% of the placebo group.",
        [G(42, "percent", "improvement", "velrastat"), G(17, "percent", "improvement", "placebo")],
    ),
    # a dose list with "respectively" and the people between
    (
        DOSES_MG,
        "Headache was reported by 6%, 9% and 15% of patients at 25, 50 and 100 mg, respectively, and by 5% with "
        "placebo.",
        [G(6, "percent", "headache", "25 mg"), G(9, "percent", "headache", "50 mg"),
         G(15, "percent", "headache", "100 mg"), G(5, "percent", "headache", "placebo")],
    ),
    # a dose list whose count of doses is not the count of values: withheld
    (
        DOSES_MG,
        "Virological response rates were 71% and 84% at 25, 50 and 100 mg, respectively.",
        [G(71, "percent", "virological response", NOGROUP), G(84, "percent", "virological response", NOGROUP)],
    ),
    # "for A was x vs y for B", with its ratio after
    (
        TWO,
        "The 12-month progression-free survival rate for velrastat was 58% versus 34% for placebo (hazard ratio, 0.55; "
        "95% CI, 0.41 to 0.74).",
        [G(58, "rate", pfs("12-month ") + "|" + pfs(), "velrastat"),
         G(34, "rate", pfs("12-month ") + "|" + pfs(), "placebo"),
         *ratio("hr", pfs(), 0.55, 0.41, 0.74), G(12, "*", None, None, True)],
    ),
    # "with A was x months versus y months with B"
    (
        ACTIVE,
        "Median overall survival with corbatinib was 19.6 months versus 17.1 months with capecitabine.",
        [G(19.6, "median", os_(), "corbatinib"), G(17.1, "median", os_(), "capecitabine")],
    ),
    # coordinated values of coordinated people, "respectively"
    (
        ACTIVE,
        "Brain metastases were present in 12 and 10% of corbatinib and capecitabine patients, respectively.",
        [G(12, "percent", "brain metastases", "corbatinib"), G(10, "percent", "brain metastases", "capecitabine")],
    ),
    # group sizes, then counts 'respectively'
    (
        ACTIVE,
        "Among patients assigned to corbatinib (n = 60) and capecitabine (n = 58), 9 (15%) and 4 (7%), respectively, "
        "discontinued treatment because of adverse events.",
        [G(60, "*", "*", "*", True), G(58, "*", "*", "*", True),
         G(9, "count", "discontinued treatment because of adverse events|discontinued", "corbatinib"),
         G(15, "percent", "discontinued treatment because of adverse events|discontinued", "corbatinib"),
         G(4, "count", "discontinued treatment because of adverse events|discontinued", "capecitabine"),
         G(7, "percent", "discontinued treatment because of adverse events|discontinued", "capecitabine")],
    ),
    # a pair "between arms" with no order: withheld
    (
        TWO,
        "Rates of grade 3 infection did not differ between arms (6.0% v 5.1%).",
        [G(6.0, "percent", "grade 3 infection|infection", NOGROUP),
         G(5.1, "percent", "grade 3 infection|infection", NOGROUP)],
    ),
    # https://publicatie-online.nl/uploaded/flipbook/169646-Hanneke-van-der-Wijngaart/28 ("a large database of 854
    # patients ... indicated a median progression-free survival and overall survival of 2 and 8 months, respectively")
    (
        TWO,
        "By comparison, a pooled database of 612 patients treated with targeted agents indicated a median "
        "progression-free survival and overall survival of 3 and 9 months, respectively.",
        [G(612, "*", None, None), G(3, "median", None, None), G(9, "median", None, None)],
    ),
    # three values, two groups after them: withheld
    (
        TWO,
        "Pain scores improved by 21%, 34% and 40% with velrastat and placebo.",
        [G(21, "*", "*", NOGROUP, True), G(34, "*", "*", NOGROUP, True), G(40, "*", "*", NOGROUP, True)],
    ),
    # each named after its value, three arms with a bracket between value and group
    (
        THREE,
        "Median PFS was 9.8 months (95% CI, 7.1-12.0) with lentarizumab, 8.9 months (95% CI, 6.5-11.3) with "
        "velrastat, and 4.2 months (95% CI, 3.0-5.6) with placebo.",
        [G(9.8, "median", pfs(), "lentarizumab"), *ci(7.1, 12.0, pfs(), "lentarizumab"),
         G(8.9, "median", pfs(), "velrastat"), *ci(6.5, 11.3, pfs(), "velrastat"),
         G(4.2, "median", pfs(), "placebo"), *ci(3.0, 5.6, pfs(), "placebo")],
    ),
    # https://pmc.ncbi.nlm.nih.gov/articles/PMC8864508/figure/joi220007f1 ("One hundred thirteen patients (89.7%)
    # received only 1 dose; 5 (4%), 2 doses; and 8 (6.3%), 3 doses."): a breakdown of one group by doses received
    (
        TWO,
        "In the velrastat group, 101 patients (84.2%) received only 1 dose; 12 (10.0%), 2 doses; and 7 (5.8%), 3 "
        "doses.",
        [G(101, "count", "*", "velrastat", True), G(84.2, "percent", "*", "velrastat", True),
         G(12, "count", "*", "velrastat", True), G(10.0, "percent", "*", "velrastat", True),
         G(7, "count", "*", "velrastat", True), G(5.8, "percent", "*", "velrastat", True),
         G(1, "*", None, None, True), G(2, "*", None, None, True), G(3, "*", None, None, True)],
    ),
]

SECOND_FORMS: list[str] = [
    "each named", "each named", "unaligned", "than bracket", "each named", "dose list", "dose list",
    "compared with", "compared with", "coordinated", "n intro", "unaligned", "unaligned", "unaligned", "each named",
    "each named",
]
# fmt: on
