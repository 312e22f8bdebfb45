"""Result paragraphs whose sentences name their own group -- a cohort, a study part or phase, a dose level, a fed or
fasted condition, a population -- by a fronted adverbial ("In cohort 2, ...", "In the fed state, ...", "Among
patients in the expansion phase, ...", "At the 400 mg dose level, ..."), by their subject ("All 15 patients
enrolled in cohort 1 ...") or by a run-in section head ("Part B. ..."); and counter-cases whose fronted phrase is
no group (a time point "At week 48, ...", an analysis set "In the ITT population, ...", "In total, ...",
"Overall, ...", "In both cohorts, ...", a subgroup of a group "In a subset of 18 patients ..."). Sampled from 27
public pages found with the ``search`` tool (corpus ``pages``: PubMed-style and conference abstracts, PMC
articles and tables, journal pages, filings) that are none of the golden papers and none already cited by
prose_calibration_corpus.py. Drugs, numbers and wording are invented; each entry's comment gives the address
whose text showed the form. Every number's gold was written before any paragraph was read back.

The entry format and conventions are those of tests/extraction/prose_sampled_forms_corpus.py and
prose_calibration_corpus.py: ``(context, paragraph, gold)``; ``G(value, statistic, endpoint, group[,
optional])``; ``group`` the cohort, part, dose, condition or subgroup the number is of, ``None`` the whole trial,
"*" any. A value of an analysis set that is the whole trial ("the ITT population", "all evaluable patients") is
the whole trial's; a value of a named subgroup is that subgroup's (read as the whole trial's, or as the cohort it is
a subgroup of, it is wrong)."""

from __future__ import annotations

from tests.extraction.prose_sampled_forms_corpus import Entry, G

TWO_COHORTS = "Patients were enrolled in cohort 1 (no prior therapy) or cohort 2 (one or more prior regimens)."
ESCALATION = "The study comprised a dose-escalation phase and a dose-expansion phase at the recommended phase 2 dose."
FOOD = "Healthy subjects received a single oral dose of velinostat under fasted conditions and after a high-fat meal."
ONE_ARM = "Patients received the study drug orally once daily until disease progression or unacceptable toxicity."
PARTS = "Part 1 evaluated valtorsen as monotherapy and part 2 evaluated valtorsen in combination with docetaxel."

CORPUS: list[Entry] = [
    # ==== a fronted cohort ==========================================================================================
    # https://capedge.com/filing/1571498/0001193125-18-291511/EPZM-8K ("In the EZH2 activating mutation cohort
    # (n=28), an objective response rate, or ORR, of 71 percent was observed ... An additional twenty-nine percent
    # of the patients in the cohort achieved stable disease")
    (
        "Patients were assigned to a mutant cohort or a wild-type cohort by KRAS status.",
        "In the mutant cohort (n = 31), the objective response rate was 58% and 26% of patients had stable disease. "
        "The median duration of response was 11.2 months.",
        [
            G(31, "count", "*", "mutant", optional=True),
            G(58, "percent|rate", "objective response rate", "mutant"),
            G(26, "percent", "stable disease", "mutant"),
            G(11.2, "median", "duration of response", "mutant"),
        ],
    ),
    # same page, second instance of the fronted cohort ("In the wild-type EZH2 cohort ...")
    (
        "Patients were assigned to a mutant cohort or a wild-type cohort by KRAS status.",
        "In the wild-type cohort, 9 of 47 patients (19%) had an objective response and the median progression-free "
        "survival was 5.4 months.",
        [
            G(9, "count", "objective response", "wild-type"),
            G(19, "percent", "objective response", "wild-type"),
            G(5.4, "median", "progression-free survival", "wild-type"),
        ],
    ),
    # https://discovery.researcher.life/article/combination-of-monalizumab-and-cetuximab-in-recurrent-or-metastatic-
    # head-and-neck-cancer-patients-previously-treated-with-platinum-based-chemotherapy-and-pd-l-1-inhibitors/
    # 8966edaf9afd383b88d4980916abffc7 ("In an initial expansion cohort 1 of 40 patients ... we reported an overall
    # response rate (ORR) of 27.5%, a 4.5 month median PFS")
    (
        TWO_COHORTS,
        "In cohort 1, the overall response rate was 31.0% and the median progression-free survival was 4.9 months.",
        [
            G(31.0, "percent|rate", "overall response rate", "cohort 1"),
            G(4.9, "median", "progression-free survival", "cohort 1"),
        ],
    ),
    # same page ("As of January 31, 2020, 40 pts have been treated in cohort 2 ... ORR is 20% [95% confidence
    # interval: 11-35]")
    (
        TWO_COHORTS,
        "In cohort 2, 7 of 38 patients had a confirmed partial response (objective response rate 18%; 95% CI, 8 to "
        "34). The median time to response was 1.7 months.",
        [
            G(7, "count", "partial response", "cohort 2"),
            G(18, "percent|rate", "objective response rate", "cohort 2"),
            G(8, "ci_low", "objective response rate", "cohort 2"),
            G(34, "ci_high", "objective response rate", "cohort 2"),
            G(1.7, "median", "time to response", "cohort 2"),
        ],
    ),
    # same page, a subgroup of a cohort ("In a subset of patients (n=18) previously treated with PD-(L)1 inhibitors
    # (IO), corresponding results were 17%, 5.1, and 14.1 months") -- counter-case: the subgroup's, not the cohort's
    (
        TWO_COHORTS,
        "In cohort 1, the overall response rate was 29.5%. In a subset of 16 patients previously treated with "
        "immunotherapy, the overall response rate was 12.5%.",
        [
            G(29.5, "percent|rate", "overall response rate", "cohort 1"),
            G(16, "count", "*", "previously treated with immunotherapy", optional=True),
            G(12.5, "percent|rate", "overall response rate", "previously treated with immunotherapy"),
        ],
    ),
    # https://www.yumpu.com/en/document/view/6581726/download-the-esmo-2012-abstract-book-oxford-journals/159 ("In
    # the BEZ235/PTX arm, 1 PR (large-cell Ca of the lung, taxane-naive), and 9 SDs were observed")
    (
        "Patients received dorlisib plus paclitaxel or tamovesib plus paclitaxel in two parallel cohorts.",
        "In the tamovesib cohort, 2 partial responses and 11 cases of stable disease were observed.",
        [
            G(2, "count", "partial response", "tamovesib"),
            G(11, "count", "stable disease", "tamovesib"),
        ],
    ),
    # https://discovery.researcher.life/topic/anti-pd-1-antibody/14423533?page=2 ("the objective response rate was
    # 15% in the combination dose escalation, with a median ...")
    (
        "Patients received escalating doses of forimab as monotherapy or in combination with a fixed dose of relimab.",
        "No objective responses were seen among monotherapy patients. In the combination cohorts, the objective "
        "response rate was 14% and the median duration of response was 8.3 months.",
        [
            G(14, "percent|rate", "objective response rate", "combination"),
            G(8.3, "median", "duration of response", "combination"),
        ],
    ),
    # https://bmjoncology.bmj.com/highwire/markup/159/expansion?width=1000&height=500&iframe=true&postprocessors=
    # highwire_tables%2Chighwire_reclass%2Chighwire_figures%2Chighwire_math%2Chighwire_inline_linked_media%2Chighwire
    # _embed (cohorts ACC n=45 and non-ACC n=50; "Median PFS (in months) ... 5.3 (95% CI 3.2 to 5.6)")
    (
        "Patients were enrolled in an adenoid cystic carcinoma (ACC) cohort and a non-ACC cohort.",
        "In the ACC cohort, the non-progression rate at 6 months was 35.6% and the median progression-free survival "
        "was 5.1 months (95% CI 3.4 to 5.9).",
        [
            G(6, "*", None, None),
            G(35.6, "percent|rate", "non-progression rate", "ACC"),
            G(5.1, "median", "progression-free survival", "ACC"),
            G(3.4, "ci_low", "progression-free survival", "ACC"),
            G(5.9, "ci_high", "progression-free survival", "ACC"),
        ],
    ),
    # ==== a subject enrolled in or treated in a group =============================================================
    # https://jitc.bmj.com/content/8/1/e000530 ("In the phase 1 part of the study, 58 patients received
    # spartalizumab ... Partial responses occurred in two patients (response rate 3.4%)")
    (
        TWO_COHORTS,
        "All 14 patients enrolled in cohort 1 were evaluable for response; 5 (35.7%) achieved a partial response.",
        [
            G(14, "count", "*", "cohort 1", optional=True),
            G(5, "count", "partial response", "cohort 1"),
            G(35.7, "percent", "partial response", "cohort 1"),
        ],
    ),
    # same page, a second instance of the subject form
    (
        TWO_COHORTS,
        "Patients enrolled in cohort 2 had a median progression-free survival of 3.8 months and a disease control rate "
        "of 47%.",
        [
            G(3.8, "median", "progression-free survival", "cohort 2"),
            G(47, "percent|rate", "disease control rate", "cohort 2"),
        ],
    ),
    # https://pmc.ncbi.nlm.nih.gov/articles/PMC9401557 ("All 114 patients treated with mogamulizumab 1 mg/kg plus
    # nivolumab 240 mg in phases I (n = 4) and II (n = 110) were assessed ... Objective response rate was 10.5%")
    # -- counter-case: both phases pooled, the whole trial
    (
        ESCALATION,
        "All 96 patients treated in the escalation (n = 12) and expansion (n = 84) phases were assessed for "
        "efficacy. The objective response rate was 11.5% and the disease control rate was 40.6%.",
        [
            G(96, "count", "*", None, optional=True),
            G(12, "count", "*", "escalation", optional=True),
            G(84, "count", "*", "expansion", optional=True),
            G(11.5, "percent|rate", "objective response rate", None),
            G(40.6, "percent|rate", "disease control rate", None),
        ],
    ),
    # https://www.sec.gov/Archives/edgar/data/1175505/000119312517336412/d486513dex991.htm ("In phase 1a dose
    # escalation, patients ... were treated with cabiralizumab ... As of August 1, 2017, 205 patients were treated
    # with the combination ... Grade 3-5 treatment-related AEs ... occurred in 43% of patients")
    (
        ESCALATION,
        "Patients treated in the expansion phase had an objective response rate of 22% (95% CI, 13 to 34).",
        [
            G(22, "percent|rate", "objective response rate", "expansion"),
            G(13, "ci_low", "objective response rate", "expansion"),
            G(34, "ci_high", "objective response rate", "expansion"),
        ],
    ),
    # ==== a fronted study phase or part ===========================================================================
    # https://aacrjournals.org/clincancerres/article/26/4/846/83027/Safety-and-Efficacy-of-Durvalumab-and-
    # Tremelimumab ("A total of 113 patients were treated: 6 in phase Ib and 107 ... in phase II")
    (
        ESCALATION,
        "In the dose-escalation phase, no dose-limiting toxicities were observed and 3 of 18 patients (16.7%) had a "
        "partial response.",
        [
            G(3, "count", "partial response", "dose-escalation"),
            G(18, "count", "*", "dose-escalation", optional=True),
            G(16.7, "percent", "partial response", "dose-escalation"),
        ],
    ),
    # same page, a second instance ("... 107 in phase II. Overall response rates were ...")
    (
        ESCALATION,
        "In the dose-expansion phase, the objective response rate was 24.1% and the median progression-free survival "
        "was 6.2 months.",
        [
            G(24.1, "percent|rate", "objective response rate", "dose-expansion"),
            G(6.2, "median", "progression-free survival", "dose-expansion"),
        ],
    ),
    # https://paperexplained.cn/articles/paper/detail/8a7953b221736e3fd04c9294023d5b57d41a7ab5 ("This 2-part study
    # was designed to identify dose-limiting toxicities ... in Part 1 and assess tolerability and efficacy in Part 2
    # dose expansion")
    (
        PARTS,
        "In part 2, 12 of 30 patients (40.0%) had an objective response, and grade 3 or higher neutropenia occurred "
        "in 9 patients (30.0%).",
        [
            G(12, "count", "objective response", "part 2"),
            G(40.0, "percent", "objective response", "part 2"),
            G(9, "count", "grade ≥3 neutropenia|grade 3 or higher neutropenia|neutropenia", "part 2"),
            G(30.0, "percent", "grade ≥3 neutropenia|grade 3 or higher neutropenia|neutropenia", "part 2"),
        ],
    ),
    # same page, a second instance ("In Part 1 ...")
    (
        PARTS,
        "In part 1, the most common adverse event was fatigue (44%), and the median progression-free survival was "
        "2.1 months.",
        [
            G(44, "percent", "fatigue", "part 1"),
            G(2.1, "median", "progression-free survival", "part 1"),
        ],
    ),
    # https://www.yumpu.com/en/document/view/6581726/download-the-esmo-2012-abstract-book-oxford-journals/161 ("In PI
    # study, the total numbers of peptide specific response were ... In PII study, 86 pts were enrolled.")
    (
        "The trial had a phase I portion to find the recommended dose and a phase II portion at that dose.",
        "In the phase II portion, 64 patients were enrolled and the median overall survival was 13.8 months.",
        [
            G(64, "count", "*", "phase II", optional=True),
            G(13.8, "median", "overall survival", "phase II"),
        ],
    ),
    # same page, the phase I portion ("In PI study ... One patient experienced a CR ... The median OS was 15.2
    # months.")
    (
        "The trial had a phase I portion to find the recommended dose and a phase II portion at that dose.",
        "Among patients in the phase I portion, 1 complete response was observed and the median overall survival was "
        "16.4 months.",
        [
            G(1, "count", "complete response", "phase I"),
            G(16.4, "median", "overall survival", "phase I"),
        ],
    ),
    # https://discovery.researcher.life/topic/anti-pd-1-antibody/14423533?page=2 ("Fifty-seven patients enrolled in
    # the dose escalation: 23 in monotherapy cohorts and 34 in combination therapy cohorts")
    (
        ESCALATION,
        "Among patients in the expansion phase, the median age was 61 years and the objective response rate was 17.9%.",
        [
            G(61, "median", "age", "expansion"),
            G(17.9, "percent|rate", "objective response rate", "expansion"),
        ],
    ),
    # ==== a fronted dose level ====================================================================================
    # https://aacrjournals.org/clincancerres/article/21/6/1281/128944/A-First-in-Human-Phase-I-Study-of-MORAb-004-a
    # ("Dose-limiting toxicity of grade 3 vomiting was observed at 16 mg/kg. Eighteen of 32 evaluable patients
    # across all doses achieved disease stability")
    (
        "Patients received tesarumab at dose levels of 100, 200, 400 and 800 mg.",
        "At the 400 mg dose level, 4 of 11 patients (36%) had a partial response. Across all dose levels, 19 of 40 "
        "patients (48%) had stable disease.",
        [
            G(4, "count", "partial response", "400 mg"),
            G(11, "count", "*", "400 mg", optional=True),
            G(36, "percent", "partial response", "400 mg"),
            G(19, "count", "stable disease", None),
            G(40, "count", "*", None, optional=True),
            G(48, "percent", "stable disease", None),
        ],
    ),
    # https://bmjopen-bmj-com.ezproxy.u-pec.fr/highwire/markup/348889/expansion?height=500&iframe=true&width=1000
    # (cohorts "AMG 404 480 mg (n=144)": ORR 32 (22.2); "One patient in the AMG 404 240 mg cohort had ...")
    (
        "Patients received tesarumab at dose levels of 100, 200, 400 and 800 mg.",
        "In the 800 mg cohort, the objective response rate was 21.5% and the median progression-free survival was "
        "3.6 months.",
        [
            G(21.5, "percent|rate", "objective response rate", "800 mg"),
            G(3.6, "median", "progression-free survival", "800 mg"),
        ],
    ),
    # same page (the recommended dose reported on its own), a second instance of the dose-level form
    (
        "Patients received tesarumab at dose levels of 100, 200, 400 and 800 mg; 400 mg was the recommended dose.",
        "At the recommended dose of 400 mg, treatment-related adverse events occurred in 61% of patients and grade 3 "
        "or higher events in 14%.",
        [
            G(61, "percent", "treatment-related adverse events|adverse events", "400 mg"),
            G(14, "percent", "*", "400 mg"),
        ],
    ),
    # ==== a fronted fed or fasted condition ========================================================================
    # https://pmc.ncbi.nlm.nih.gov/articles/PMC9929805/table/t3 ("OSF vs. CT under fed conditions (n=30) | Cmax ...
    # 151.39 | 166.79 | 90.77 | 84.32-97.71")
    (
        FOOD,
        "In the fed state, the mean Cmax of velinostat was 412 ng/mL and the mean AUC0-inf was 3,870 ng·h/mL.",
        [
            G(412, "mean", "Cmax", "fed"),
            # (gold spelling revised from "AUC" to the paragraph's "AUC0-inf" when the "ng·h/mL" unit came to be read,
            # prose-continuous: the record, unread before, is the mean AUC0-inf in the fed state)
            G(3870, "mean", "AUC|AUC0-inf", "fed"),
        ],
    ),
    # same page, the fasting condition (second instance)
    (
        FOOD,
        "Under fasting conditions, the mean Cmax was 538 ng/mL and the median tmax was 1.5 hours.",
        [
            G(538, "mean", "Cmax", "fasting"),
            G(1.5, "median", "tmax", "fasting"),
        ],
    ),
    # https://discovery.researcher.life/article/the-effects-of-food-on-the-bioavailability-of-fenofibrate-administered
    # -orally-in-healthy-volunteers-via-sustainedrelease-capsule/1f8dd2b670e03361bb969280f95867ee ("AUC and Cmax
    # increased 2.45-fold and 2.89-fold, respectively, between the fasted and standard-fed conditions")
    (
        FOOD,
        "After the high-fat meal, the median tmax was delayed to 4.0 hours and the mean terminal half-life was 11.3 "
        "hours.",
        [
            G(4.0, "median", "tmax", "high-fat meal|fed"),
            G(11.3, "mean", "half-life", "high-fat meal|fed"),
        ],
    ),
    # https://pmc.ncbi.nlm.nih.gov/articles/PMC4180907/table/Tab2 ("Absence vs presence of food ... 39 % higher ...
    # 76 % higher") -- counter-case: a ratio of the two conditions is the contrast's, no one condition's
    (
        FOOD,
        "Compared with the fasted state, food increased the Cmax of velinostat by 42% and the AUC by 18% (geometric "
        "mean ratio 1.18; 90% CI, 1.09 to 1.27).",
        [
            G(42, "*", "Cmax", "*"),
            G(18, "*", "AUC", "*"),
            G(1.18, "*", "AUC", "*"),
            G(1.09, "ci_low", "AUC", "*"),
            G(1.27, "ci_high", "AUC", "*"),
        ],
    ),
    # ==== a fronted population or subgroup ========================================================================
    # https://aminer.org/pub/608bd949e4510cd7c8260385/comparison-of-pharmacokinetic-profiles-of-beraprost-sustained-
    # release-in-japanese-chinese-and ("Twelve healthy subjects in each ethnic group were enrolled")
    (
        "Healthy Japanese and Korean subjects received a single oral dose of lorbeprost.",
        "In Korean subjects, the geometric mean Cmax was 131 pg/mL and the mean half-life was 1.9 hours.",
        [
            G(131, "geometric_mean|mean", "Cmax", "Korean"),
            G(1.9, "mean", "half-life", "Korean"),
        ],
    ),
    # https://bvbvf1.bib-bvb.de/vufind/PrimoRecord/cdi_doaj_primary_oai_doaj_org_article_535a0a48ad56480eac0832838fd71e4d
    # (r-hCG in Japanese and Caucasian women) and https://preview.hindawi.com/journals/ijclp/2024/1386980/tab2
    # ("50 mg, Caucasian subjects (n = 11)")
    (
        "Healthy Japanese and Caucasian women received a single subcutaneous dose of corigonadotropin.",
        "Among Caucasian women, the mean AUC0-inf was 1,140 IU·h/L and the mean clearance was 0.21 L/h.",
        [
            G(1140, "mean", "AUC", "Caucasian"),
            G(0.21, "mean", "clearance", "Caucasian"),
        ],
    ),
    # https://www.biocentury.com/article/156267/ganetespib-phase-ii-discontinued ("ganetespib led to an ORR of 4%
    # ... Additionally, 2 of 6 patients with HER2-positive disease achieved 12% and 19% tumor reductions")
    (
        ONE_ARM,
        "The objective response rate was 5%. Among patients with HER2-positive disease, 3 of 8 had tumor shrinkage.",
        [
            G(5, "percent|rate", "objective response rate", None),
            G(3, "count", "tumor shrinkage", "HER2-positive"),
            G(8, "count", "*", "HER2-positive", optional=True),
        ],
    ),
    # http://ashpublications.net/blood/article/141/15/1884/487025/Ipilimumab-plus-decitabine-for-patients-with-MDS?
    # searchresult=1 (patients "stratified by prior transplant status into post-HSCT (arm A) or transplant-naive (arm
    # B) arms")
    (
        "Patients were stratified into a post-transplant arm and a transplant-naive arm.",
        "In the transplant-naive arm, the overall response rate was 52% and the median overall survival was 11.4 "
        "months.",
        [
            G(52, "percent|rate", "overall response rate", "transplant-naive"),
            G(11.4, "median", "overall survival", "transplant-naive"),
        ],
    ),
    # ==== counter-cases: a fronted time point =====================================================================
    # https://ard.bmj.com/content/79/7/920 ("At Week 48, 43.9% (323/736) patients achieved sustained remission")
    (
        "All patients received open-label certamab for 48 weeks before randomisation.",
        "At week 48, 312 of 702 patients (44.4%) had achieved sustained remission.",
        [
            G(48, "*", None, None),
            G(312, "count", "sustained remission", None),
            G(702, "count", "*", None, optional=True),
            G(44.4, "percent", "sustained remission", None),
        ],
    ),
    # same page, second instance ("During Weeks 48 to 96, 83.7% ...")
    (
        ONE_ARM,
        "At 12 months, the progression-free survival rate was 46% and the overall survival rate was 71%.",
        [
            G(12, "*", None, None),
            G(46, "percent|rate", "progression-free survival", None),
            G(71, "percent|rate", "overall survival", None),
        ],
    ),
    # https://www.sec.gov/Archives/edgar/data/1175505/000119312517336412/d486513dex991.htm ("As of August 1, 2017,
    # 205 patients were treated with the combination")
    (
        ONE_ARM,
        "At the data cut-off, 38 patients (41%) remained on treatment and the median duration of treatment was 5.6 "
        "months.",
        [
            G(38, "count", "remained on treatment", None),
            G(41, "percent", "remained on treatment", None),
            G(5.6, "median", "duration of treatment", None),
        ],
    ),
    # ==== counter-cases: an analysis set, the whole trial =========================================================
    # https://pmc.ncbi.nlm.nih.gov/articles/PMC4973138/table/tbl2/?term=%22Nutr+Diabetes%22%5Bjour%5D ("Primary and
    # secondary overall effectiveness end points by regions (ITT population)")
    (
        ONE_ARM,
        "In the intention-to-treat population, the objective response rate was 27.3% (95% CI, 19.6 to 36.1).",
        [
            G(27.3, "percent|rate", "objective response rate", None),
            G(19.6, "ci_low", "objective response rate", None),
            G(36.1, "ci_high", "objective response rate", None),
        ],
    ),
    # same page, second instance ("... (ITT population)") in the safety set
    (
        ONE_ARM,
        "In the safety population, treatment-related adverse events occurred in 88 patients (79.3%).",
        [
            G(88, "count", "treatment-related adverse events|adverse events", None),
            G(79.3, "percent", "treatment-related adverse events|adverse events", None),
        ],
    ),
    # http://phononics2013.org/in-this-heavily-pretreated-cohort-with-76-of-patients-who-relapsed-after-her2-
    # inhibitor-therapy-and-66-of-patients-who-received-3-or-more-chemotherapeutic-regimens-for-advanced-disease-41/
    # ("In this heavily pretreated cohort with 76% of patients who relapsed ..., 41.4% and 82.8% of the patients
    # achieved objective response and disease control, respectively")
    (
        ONE_ARM,
        "In this heavily pretreated cohort, 38.5% and 80.8% of patients achieved objective response and disease "
        "control, respectively.",
        [
            G(38.5, "percent", "objective response", None),
            G(80.8, "percent", "disease control", None),
        ],
    ),
    # ==== counter-cases: in total, overall, both groups ==========================================================
    # http://togows.dbcls.jp/entry/ncbi-pubmed/31005336 ("Overall, 4 of 49 subjects (8.2%) reported >=1 AE ... In both
    # subgroups, slightly lower than dose-proportional increases in exposure")
    (
        "Healthy Chinese and Japanese subjects were randomly assigned to a single dose of glytrapine or placebo.",
        "Overall, 5 of 48 subjects (10.4%) reported at least one adverse event. In both subgroups, the median tmax was "
        "3.5 hours.",
        [
            G(5, "count", "adverse event", None),
            G(48, "count", "*", None, optional=True),
            G(10.4, "percent", "adverse event", None),
            G(3.5, "median", "tmax", None),
        ],
    ),
    # same page ("Of the 49 subjects enrolled into the study (24 Chinese, 25 Japanese), 36 were randomly assigned")
    (
        TWO_COHORTS,
        "In total, 61 patients were enrolled. In both cohorts, the most common adverse event was nausea (34%).",
        [
            G(61, "count", "*", None, optional=True),
            G(34, "percent", "nausea", None),
        ],
    ),
    # https://wwwonclivecom-b2oh4h7sc-mjhls.vercel.app/view/dr-voss-on-early-efficacy-signals-in-dart-study-for-
    # advanced-kidney-cancer ("Median progression-free survival (PFS) was approximately 8 months across the entire
    # population")
    (
        ESCALATION,
        "Across both phases, the median progression-free survival was 7.9 months and the median overall survival was "
        "18.6 months.",
        [
            G(7.9, "median", "progression-free survival", None),
            G(18.6, "median", "overall survival", None),
        ],
    ),
    # ==== a group run on from the sentence before ===============================================================
    # https://capedge.com/filing/1571498/0001193125-18-291511/EPZM-8K ("In the EZH2 activating mutation cohort
    # (n=28), an ORR of 71 percent was observed ... the interim median progression-free survival ... was 49 weeks")
    (
        TWO_COHORTS,
        "In cohort 2, the objective response rate was 33%. The median progression-free survival was 23 weeks and the "
        "median duration of response was 30 weeks.",
        [
            G(33, "percent|rate", "objective response rate", "cohort 2"),
            G(23, "median", "progression-free survival", "cohort 2"),
            G(30, "median", "duration of response", "cohort 2"),
        ],
    ),
    # https://jitc.bmj.com/content/8/1/e000530 (the phase 1 part's results said after "In the phase 1 part of the
    # study, 58 patients received ...")
    (
        PARTS,
        "In part 1, 22 patients received valtorsen. The most common adverse events were fatigue (36%) and rash (27%).",
        [
            G(22, "count", "*", "part 1", optional=True),
            G(36, "percent", "fatigue", "part 1"),
            G(27, "percent", "rash", "part 1"),
        ],
    ),
    # ==== two groups fronted in turn ==========================================================================
    # https://clincancerres.aacrjournals.org/highwire/markup/157020/expansion?width=1000&height=500&iframe=true&
    # postprocessors=highwire_tables%2Chighwire_reclass%2Chighwire_figures%2Chighwire_math%2Chighwire_inline_linked_
    # media%2Chighwire_embed (response and time to progression per arm, "Median 2.86 ... 5.19")
    (
        TWO_COHORTS,
        "In cohort 1, the median time to progression was 2.9 months. In cohort 2, it was 5.2 months.",
        [
            G(2.9, "median", "time to progression", "cohort 1"),
            G(5.2, "median", "time to progression", "cohort 2"),
        ],
    ),
    # https://preview.hindawi.com/journals/ijclp/2024/1386980/tab2 (per dose and population: "10 mg, Chinese
    # subjects (n = 12) ... 50 mg, Caucasian subjects (n = 11)")
    (
        FOOD,
        "In the fasted state, the geometric mean AUC0-inf was 2,910 ng·h/mL; in the fed state, it was 3,440 ng·h/mL.",
        [
            # (gold spelling revised as above: "AUC" -> "AUC|AUC0-inf")
            G(2910, "geometric_mean|mean", "AUC|AUC0-inf", "fasted"),
            G(3440, "geometric_mean|mean", "AUC|AUC0-inf", "fed"),
        ],
    ),
]
