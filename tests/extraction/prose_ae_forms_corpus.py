"""Adverse events in prose: lists of AE terms each with its bracket ("the most common TRAEs were fatigue (22%), ..."),
terms printed with an abbreviation or a CTCAE "decreased / increased" ("lymphocyte (LYM) decreased (68.8%)"), grade
qualifiers ("Grade 3 or 4 toxicities included ...", "of any grade in 22 (75.9%), grade 3 in 3 (10.3%)"), scopes
(TRAE, TEAE, serious, immune-related), values by arm ("respectively", "vs" brackets, a list closed by its arm),
a list whose head qualifies every item ("the reasons for discontinuation were ..."), one bracket after coordinated
terms ("dry mouth and nausea (44.8%)"), and "percent; count/N" brackets. Forms from public pages found with the
``search`` tool (corpus ``pages``: PMC abstracts and tables, journal abstracts, registry summaries), none a golden
paper. Drugs, numbers and wording are invented; each entry's comment gives the address whose text showed the form.
Every gold was written before any paragraph was read back.

Entry format and scoring conventions: those of tests/extraction/prose_calibration_corpus.py (``(context, paragraph,
gold)``; ``G(value, statistic, endpoint, group[, optional])``). An AE endpoint is spelled "[grade G] [scope] term":
G one of "≥3", "3-4", "3", "4", "5", "1-2", "any" (unstated: the gold claims no grade), scope one of TRAE, TEAE,
serious, irAE (unstated: none). tests/extraction/prose_ae_forms_score.py holds a record to both: its grade and scope
must be the gold's, and its label must hold every word of the gold's term.

``CORPUS`` is the first-contact set. ``SECOND`` holds the second instances, each written after the fix idea it
checks, from another page."""

from __future__ import annotations

from tests.extraction.prose_sampled_forms_corpus import Entry, G

ONE_ARM = (
    "Patients received orbicizumab intravenously every 3 weeks until disease progression or unacceptable toxicity."
)
TWO_ARMS = "Patients were randomly assigned in a 1:1 ratio to receive velotinib or placebo, each with letrozole."

CORPUS: list[Entry] = [
    # https://jitc.bmj.com/content/8/1/e000530 ("The most common treatment-related adverse events of any grade were
    # fatigue (22%), diarrhea (17%), pruritus (14%), hypothyroidism (10%), and nausea (10%).")
    (
        ONE_ARM,
        "The most common treatment-related adverse events of any grade were fatigue (24%), diarrhea (18%), "
        "pruritus (13%), hypothyroidism (11%), and nausea (9%).",
        [
            G(24, "percent", "any grade TRAE fatigue", None),
            G(18, "percent", "any grade TRAE diarrhea", None),
            G(13, "percent", "any grade TRAE pruritus", None),
            G(11, "percent", "any grade TRAE hypothyroidism", None),
            G(9, "percent", "any grade TRAE nausea", None),
        ],
    ),
    # CTCAE terms ending in "decreased" / "increased" (https://pmc.ncbi.nlm.nih.gov/articles/PMC3191495/table/T4:
    # "White blood cell count decreased", "Aspartate aminotransferase increased"), listed in prose with an
    # abbreviation bracket as in https://matteo.authorea.com/users/767831/articles/826888/download_zip ("decreased
    # neutrophil count, decreased white blood cell count, decreased platelet count")
    (
        ONE_ARM,
        "The most common TRAEs were lymphocyte (LYM) decreased (64.7%), platelet (PLT) decreased (47.1%) and "
        "anemia (29.4%).",
        [
            G(64.7, "percent", "TRAE lymphocyte decreased", None),
            G(47.1, "percent", "TRAE platelet decreased", None),
            G(29.4, "percent", "TRAE anemia", None),
        ],
    ),
    # https://pmc.ncbi.nlm.nih.gov/articles/PMC3191495/table/T4 (terms) with the "most frequent ... were" prose list
    (
        ONE_ARM,
        "The most frequent adverse events were aspartate aminotransferase increased (31%), white blood cell count "
        "decreased (27%) and nausea (20%).",
        [
            G(31, "percent", "aspartate aminotransferase increased", None),
            G(27, "percent", "white blood cell count decreased", None),
            G(20, "percent", "nausea", None),
        ],
    ),
    # http://nlp.case.edu/public/data/TargetedToxicity_JCOFullText/goldstandard/2013-07-23_06-59-59_tagged.html
    # ("Grade 3 or 4 toxicities included neutropenia (25%), all electrolyte (23%), diarrhea (16%), ...")
    (
        ONE_ARM,
        "Grade 3 or 4 toxicities included neutropenia (27%), diarrhea (15%), thrombocytopenia (11%), fatigue (9%) "
        "and hypertension (8%).",
        [
            G(27, "percent", "grade 3-4 neutropenia", None),
            G(15, "percent", "grade 3-4 diarrhea", None),
            G(11, "percent", "grade 3-4 thrombocytopenia", None),
            G(9, "percent", "grade 3-4 fatigue", None),
            G(8, "percent", "grade 3-4 hypertension", None),
        ],
    ),
    # same page ("Three deaths (5%) occurred on therapy as a result of pneumonitis (n = 1), stroke (n =1), and
    # heart failure (n = 1).")
    (
        ONE_ARM,
        "Three deaths (4%) occurred on therapy as a result of pneumonitis (n = 1), sepsis (n = 1), and heart "
        "failure (n = 1).",
        [
            G(3, "count", "deaths", None),
            G(4, "percent", "deaths", None),
            G(1, "count", "death pneumonitis", None),
            G(1, "count", "death sepsis", None),
            G(1, "count", "death heart failure", None),
        ],
    ),
    # https://www.mendeley.com/catalogue/a1db379d-1185-3b5e-8610-1f42c42ecbb2/ ("The most frequent grade 1/2
    # side-effects were acneiform rash (87%), diarrhea (65%), and fatigue (57%). Grade 3 diarrhea was found in 15%.")
    (
        ONE_ARM,
        "The most frequent grade 1/2 side-effects were acneiform rash (85%), diarrhea (62%), and fatigue (55%). "
        "Grade 3 diarrhea was found in 12%.",
        [
            G(85, "percent", "grade 1-2 acneiform rash", None),
            G(62, "percent", "grade 1-2 diarrhea", None),
            G(55, "percent", "grade 1-2 fatigue", None),
            G(12, "percent", "grade 3 diarrhea", None),
        ],
    ),
    # https://pmc.ncbi.nlm.nih.gov/articles/PMC7511303 ("combination significantly increased grade 3–5 TRAEs (46.1%
    # vs. 17.0%, P < 0.001) and grade 3–5 irAEs (7.1% vs. 2.0%, P = 0.015)")
    (
        "Patients received tislizumab monotherapy or tislizumab combination therapy with chemotherapy.",
        "Compared to monotherapy, the combination increased grade 3–5 TRAEs (44.2% vs. 15.8%, P < 0.001) and "
        "grade 3–5 irAEs (6.9% vs. 2.1%, P = 0.012).",
        [
            G(44.2, "percent", "grade ≥3 TRAE", "combination"),
            G(15.8, "percent", "grade ≥3 TRAE", "monotherapy"),
            G(0.001, "p", "grade ≥3 TRAE", "*"),
            G(6.9, "percent", "grade ≥3 irAE", "combination"),
            G(2.1, "percent", "grade ≥3 irAE", "monotherapy"),
            G(0.012, "p", "grade ≥3 irAE", "*"),
        ],
    ),
    # same page ("nivolumab has the lowest incidence of any grade (64.1%) and grade 3–5 (11.8%) TRAEs")
    (
        "Patients received nivolumab, pembrolizumab or camrelizumab as monotherapy.",
        "Nivolumab had the lowest incidence of any grade (62.3%) and grade 3–5 (10.9%) TRAEs.",
        [
            G(62.3, "percent", "any grade TRAE", "nivolumab"),
            G(10.9, "percent", "grade ≥3 TRAE", "nivolumab"),
        ],
    ),
    # https://matteo.authorea.com/users/767831/articles/826888/download_zip ("The most common treatment-emergent
    # AEs (TEAEs) included nausea, decreased appetite, anemia, ... with incidences of 54.7% (...), ..., respectively.")
    (
        ONE_ARM,
        "The most common TEAEs included nausea, decreased appetite, anemia and asthenia, with incidences of 51.2%, "
        "45.0%, 37.4% and 26.9%, respectively.",
        [
            G(51.2, "percent", "TEAE nausea", None),
            G(45.0, "percent", "TEAE decreased appetite", None),
            G(37.4, "percent", "TEAE anemia", None),
            G(26.9, "percent", "TEAE asthenia", None),
        ],
    ),
    # same page ("The pooled incidence of grade 3 or higher TEAEs was 58.8% (...). Anemia was the most common grade
    # ≥3 TEAE, with an incidence of 21.3% (...).")
    (
        ONE_ARM,
        "The incidence of grade 3 or higher TEAEs was 55.1%. Anemia was the most common grade ≥3 TEAE, with an "
        "incidence of 19.6%.",
        [
            G(55.1, "percent", "grade ≥3 TEAE", None),
            G(19.6, "percent", "grade ≥3 TEAE anemia", None),
        ],
    ),
    # https://file.scirp.org/Html/78829_78829.htm ("During the induction period, the incidence of grade 4 toxicity in
    # neutrophil count was 60%; the incidence of grade ≥ 3 toxicity in hemoglobin level was 34%; ...")
    (
        ONE_ARM,
        "During induction, the incidence of grade 4 neutropenia was 58%; the incidence of grade ≥3 anemia was 31%; "
        "and the incidence of grade ≥3 thrombocytopenia was 47%.",
        [
            G(58, "percent", "grade 4 neutropenia", None),
            G(31, "percent", "grade ≥3 anemia", None),
            G(47, "percent", "grade ≥3 thrombocytopenia", None),
        ],
    ),
    # https://pmc.ncbi.nlm.nih.gov/articles/PMC9941045/table/Tab7 ("Six (2%) patients receiving serplulimab plus
    # chemotherapy reported grade 5 immune-related adverse events")
    (
        "Patients were randomly assigned to tarlizumab plus chemotherapy or placebo plus chemotherapy.",
        "Five (2%) patients receiving tarlizumab plus chemotherapy reported grade 5 immune-related adverse events.",
        [
            G(5, "count", "grade 5 irAE", "tarlizumab plus chemotherapy"),
            G(2, "percent", "grade 5 irAE", "tarlizumab plus chemotherapy"),
        ],
    ),
    # https://cld.bz/bookdata/jr97wO/basic-html/page-102.html ("Overall, grade 3 or 4 irAEs are observed in 7–12% of
    # patients ...")
    (
        ONE_ARM,
        "Overall, grade 3 or 4 irAEs were observed in 9% of patients.",
        [G(9, "percent", "grade 3-4 irAE", None)],
    ),
    # the head of a reason list (https://pmc.ncbi.nlm.nih.gov/articles/PMC7041266/table/Tab3: "Main reasons for
    # premature study termination ... Tumor progression 74 (56.9%)"), in prose
    (
        "Of 412 patients screened, 160 were not eligible.",
        "The main reasons for ineligibility were prior valvular heart disease (26%) and prior TIA or stroke (17%).",
        [
            G(26, "percent", "ineligibility prior valvular heart disease", None),
            G(17, "percent", "ineligibility prior TIA or stroke", None),
        ],
    ),
    # http://ashpublications.com/view-large/7280372 (reasons for discontinuation: "Progression* | 14 (5)",
    # "Drug-related adverse event | 18 (7)", "Withdrew consent | 4 (2)"), in prose
    (
        ONE_ARM,
        "Twenty-nine patients discontinued treatment; the reasons for discontinuation were disease progression (16 "
        "patients, 55.2%), adverse events (7 patients, 24.1%) and withdrawal of consent (3 patients, 10.3%).",
        [
            G(29, "count", "discontinued treatment", None),
            G(16, "count", "discontinuation disease progression", None),
            G(55.2, "percent", "discontinuation disease progression", None),
            G(7, "count", "discontinuation adverse events", None),
            G(24.1, "percent", "discontinuation adverse events", None),
            G(3, "count", "discontinuation withdrawal of consent", None),
            G(10.3, "percent", "discontinuation withdrawal of consent", None),
        ],
    ),
    # http://97.74.93.78:3001/adverseReactions/269/1.html ("Discontinuation rates in trials were low (2%), but dosage
    # adjustments were frequent for thrombocytopenia (28%) and hypertriglyceridemia (8%).")
    (
        ONE_ARM,
        "Discontinuation rates were low (3%), but dose adjustments were frequent for thrombocytopenia (26%) and "
        "hypertriglyceridemia (7%).",
        [
            G(3, "percent", "discontinuation", None),
            G(26, "percent", "dose adjustments thrombocytopenia", None),
            G(7, "percent", "dose adjustments hypertriglyceridemia", None),
        ],
    ),
    # one bracket after coordinated terms (https://jitc.bmj.com/content/8/1/e000530: "hypothyroidism (10%), and nausea
    # (10%)" printed each with its own; the shared bracket as the brief's "dry mouth and nausea (44.8%)")
    (
        ONE_ARM,
        "The most common AEs were dry mouth and nausea (41.4%), followed by fatigue (31.0%).",
        [
            G(41.4, "percent", "dry mouth", None),
            G(41.4, "percent", "nausea", None),
            G(31.0, "percent", "fatigue", None),
        ],
    ),
    # a bracket saying the shared value ("both"), with a gloss before it
    # (https://pmc.ncbi.nlm.nih.gov/articles/PMC7984727/table/T3: "Infusion-related reaction* ... events reported as
    # infusion-related reactions, drug hypersensitivity" glossing what the events were)
    (
        ONE_ARM,
        "The most common TEAEs were infusion-related reactions and pyrexia (events separate from cytokine release "
        "syndrome; both 26%).",
        [
            G(26, "percent", "TEAE infusion-related reactions", None),
            G(26, "percent", "TEAE pyrexia", None),
        ],
    ),
    # a count broken down by arm in its bracket (https://pmc.ncbi.nlm.nih.gov/articles/PMC6223418: "Complete response
    # was achieved in 12 patients (33.3%) in the gemcitabine arm and six (17.6%) in the BV arm")
    (
        "Patients received orbicizumab alone (mono) or orbicizumab with ipilimumab (combo).",
        "Neurologic AEs were seen in 24 pts (15 mono, 9 combo; 34%).",
        [
            G(24, "count", "neurologic AEs", None),
            G(15, "count", "neurologic AEs", "mono"),
            G(9, "count", "neurologic AEs", "combo"),
            G(34, "percent", "neurologic AEs", None),
        ],
    ),
    # any grade, then a grade (https://jitc.bmj.com/content/11/9/e007366 abstract: "Grade ≥3 treatment-related
    # adverse events were ob..."; any grade and grade 3 said of one term)
    (
        ONE_ARM,
        "Peripheral neuropathy of any grade occurred in 21 (72.4%) patients, grade 3 in 4 (13.8%).",
        [
            G(21, "count", "any grade peripheral neuropathy", None),
            G(72.4, "percent", "any grade peripheral neuropathy", None),
            G(4, "count", "grade 3 peripheral neuropathy", None),
            G(13.8, "percent", "grade 3 peripheral neuropathy", None),
        ],
    ),
    # https://preview-www.nature.com/articles/s41523-024-00684-w/tables/2 (Any adverse events by arm: "89 (97.8)" vs
    # "81 (87.1)"), in prose with "respectively"
    (
        TWO_ARMS,
        "Grade ≥3 AEs occurred in 61% and 38% of patients in the velotinib and placebo groups, respectively.",
        [
            G(61, "percent", "grade ≥3 AE", "velotinib"),
            G(38, "percent", "grade ≥3 AE", "placebo"),
        ],
    ),
    # same page, the "respectively" bracket after the clause
    (
        TWO_ARMS,
        "Any-grade AEs were reported in most patients (93 and 90% in the velotinib and placebo arms, respectively).",
        [
            G(93, "percent", "any grade AE", "velotinib"),
            G(90, "percent", "any grade AE", "placebo"),
        ],
    ),
    # https://pmc.ncbi.nlm.nih.gov/articles/PMC7511303 ("grade 3–5 TRAEs (46.1% vs. 17.0%, P < 0.001)"), with the
    # arms named in the clause ("more common with A than B")
    (
        TWO_ARMS,
        "Treatment-related grade 3/4 AEs were more common with velotinib than with placebo (51 vs. 30%).",
        [
            G(51, "percent", "grade 3-4 TRAE", "velotinib"),
            G(30, "percent", "grade 3-4 TRAE", "placebo"),
        ],
    ),
    # "percent; count/N; grade note" (https://synapse.koreamed.org/articles/1516078728: "adverse drug reactions
    # (ADRs) in 40.5% (271/669 patients, 559 events)")
    (
        ONE_ARM,
        "Treatment-related AEs included dry mouth (20.0%; 6/30; all grade 1), dysgeusia (13.3%; 4/30) and fatigue "
        "(10.0%; 3/30).",
        [
            G(20.0, "percent", "TRAE dry mouth", None),
            G(6, "count", "TRAE dry mouth", None),
            G(30, "denominator", None, None),
            G(13.3, "percent", "TRAE dysgeusia", None),
            G(4, "count", "TRAE dysgeusia", None),
            G(10.0, "percent", "TRAE fatigue", None),
            G(3, "count", "TRAE fatigue", None),
            G(1, "*", None, None),
        ],
    ),
    # same page ("AEs occurred in 61.3% (410 patients, 973 events), ..., serious AEs in 4.5% (30 patients, 37
    # events)")
    (
        ONE_ARM,
        "During the study period, AEs occurred in 58.4% (391 patients, 912 events), adverse drug reactions in 38.7% "
        "(259/669 patients), and serious AEs in 4.2% (28 patients, 35 events).",
        [
            G(58.4, "percent", "AEs", None),
            G(391, "count", "AEs", None),
            G(912, "count", "AEs events", None, optional=True),
            G(38.7, "percent", "adverse drug reactions", None),
            G(259, "count", "adverse drug reactions", None),
            G(669, "denominator", None, None),
            G(4.2, "percent", "serious AEs", None),
            G(28, "count", "serious AEs", None),
            G(35, "count", "serious AEs events", None, optional=True),
        ],
    ),
    # a list of each arm's terms closed by the arm (https://pmc.ncbi.nlm.nih.gov/articles/PMC10925021/table/Tab2:
    # grade ≥3 AEs by arm, "Neutropenia | 129 (59.2) | 61 (55.5)")
    (
        TWO_ARMS,
        "The most common grade ≥3 AEs were neutropenia (18%) and anemia (9%) in the velotinib group and "
        "hypertension (5%) in the placebo group.",
        [
            G(18, "percent", "grade ≥3 neutropenia", "velotinib"),
            G(9, "percent", "grade ≥3 anemia", "velotinib"),
            G(5, "percent", "grade ≥3 hypertension", "placebo"),
        ],
    ),
    # two grades in one sentence (https://www.mendeley.com/catalogue/a1db379d-1185-3b5e-8610-1f42c42ecbb2/: grade 1/2
    # list, then "Grade 3 diarrhea was found in 15%", here in one sentence)
    (
        ONE_ARM,
        "The most common TRAEs were rash (38%) and diarrhea (29%); grade ≥3 TRAEs occurred in 12% of patients.",
        [
            G(38, "percent", "TRAE rash", None),
            G(29, "percent", "TRAE diarrhea", None),
            G(12, "percent", "grade ≥3 TRAE", None),
        ],
    ),
    # https://jitc.bmj.com/content/8/1/e000530 (TRAEs of any grade, then the grade 3/4 ones, across sentences)
    (
        ONE_ARM,
        "TRAEs of any grade occurred in 41 patients (69%); the most frequent were fatigue (22%) and rash (15%). "
        "Grade 3 or 4 TRAEs occurred in 6 patients (10%), including colitis (3%).",
        [
            G(41, "count", "any grade TRAE", None),
            G(69, "percent", "any grade TRAE", None),
            G(22, "percent", "TRAE fatigue", None),
            G(15, "percent", "TRAE rash", None),
            G(6, "count", "grade 3-4 TRAE", None),
            G(10, "percent", "grade 3-4 TRAE", None),
            G(3, "percent", "grade 3-4 TRAE colitis", None),
        ],
    ),
    # https://pmc.ncbi.nlm.nih.gov/articles/PMC6223418 (two arms, "in the gemcitabine arm and six (17.6%) in the BV
    # arm"), of serious AEs
    (
        "Patients were randomly assigned to receive gemcitabine or bleomycin plus vincristine (BV).",
        "Serious adverse events occurred in 8 patients (22.2%) in the gemcitabine arm and 5 patients (14.7%) in the "
        "BV arm.",
        [
            G(8, "count", "serious AE", "gemcitabine"),
            G(22.2, "percent", "serious AE", "gemcitabine"),
            G(5, "count", "serious AE", "BV"),
            G(14.7, "percent", "serious AE", "BV"),
        ],
    ),
    # https://jitc.bmj.com/content/9/3/e002191.full ("Two dose-limiting toxicities (both grade 3 diarrhea) were
    # reported in the 500 mg cohort.")
    (
        "Patients received camrelizumab plus apatinib at 250, 375 or 500 mg in a 3+3 dose escalation.",
        "Two dose-limiting toxicities (both grade 3 hypertension) were reported in the 375 mg cohort.",
        [
            G(2, "count", "dose-limiting toxicities", "375 mg"),
            G(3, "*", None, None),
            G(375, "*", None, None),
        ],
    ),
]

SECOND: list[Entry] = [
    # grade and scope per AE noun (https://ecommons.aku.edu/eastafrica_fhs_mc_haematol_oncol/9: "AEs were reported
    # for 17/18 subjects, and 9/18 (50%) subjects experienced serious adverse events (SAEs). The most commonly
    # reported AEs, regardless of causality, were constipation (78%), ... The most common Grade 3 or 4 AEs possibly
    # or probably related to study drug were asthenia (11%), ...")
    (
        ONE_ARM,
        "AEs were reported for 16/18 subjects, and 8/18 (44%) subjects experienced serious adverse events (SAEs). "
        "The most commonly reported AEs, regardless of causality, were constipation (72%), asthenia (50%), and "
        "nausea (39%). The most common grade 3 or 4 AEs possibly related to study drug were asthenia (11%) and "
        "ileus (6%).",
        [
            G(16, "count", "AEs", None),
            G(18, "denominator", None, None),
            G(8, "count", "serious AE", None),
            G(44, "percent", "serious AE", None),
            G(72, "percent", "constipation", None),
            G(50, "percent", "asthenia", None),
            G(39, "percent", "nausea", None),
            G(11, "percent", "grade 3-4 TRAE asthenia", None),
            G(6, "percent", "grade 3-4 TRAE ileus", None),
        ],
    ),
    # same page ("Three subjects (17%) experienced SAEs considered possibly related to study drug, the most common
    # of which were ileus (11%) and dehydration (6%).")
    (
        ONE_ARM,
        "Four subjects (22%) experienced SAEs considered possibly related to study drug, the most common of which "
        "were ileus (11%) and dehydration (6%).",
        [
            G(4, "count", "serious AE", None),
            G(22, "percent", "serious AE", None),
            G(11, "percent", "serious ileus", None),
            G(6, "percent", "serious dehydration", None),
        ],
    ),
    # https://cslide.ctimeetingtech.com/breast22hybrid/attendee/person/631 ("All pts had AEs G1-4 in SG arm vs 37
    # (86.0%) in TPC arm, and 30 (66.7%) vs 9 (20.9%) G3-4")
    (
        "Patients were randomized to sacituzumab govitecan (SG) or treatment of physician's choice (TPC).",
        "AEs of grade 3-4 occurred in 29 (64.4%) patients in the SG arm and 10 (23.3%) in the TPC arm.",
        [
            G(29, "count", "grade 3-4 AE", "SG"),
            G(64.4, "percent", "grade 3-4 AE", "SG"),
            G(10, "count", "grade 3-4 AE", "TPC"),
            G(23.3, "percent", "grade 3-4 AE", "TPC"),
        ],
    ),
    # CTCAE terms with an abbreviation (https://preview-www.nature.com/articles/s41523-024-00684-w/tables/2:
    # "Aspartate aminotransferase increased", "Alanine aminotransferase increased")
    (
        ONE_ARM,
        "Grade ≥3 TRAEs included neutrophil count (NEU) decreased (17.6%), white blood cell (WBC) decreased (11.8%) "
        "and alanine aminotransferase (ALT) increased (5.9%).",
        [
            G(17.6, "percent", "grade ≥3 TRAE neutrophil count decreased", None),
            G(11.8, "percent", "grade ≥3 TRAE white blood cell decreased", None),
            G(5.9, "percent", "grade ≥3 TRAE alanine aminotransferase increased", None),
        ],
    ),
    # a reason list (http://ashpublications.net/view-large/7302879: "Reason for removal from treatment | ... Toxicity
    # | 12 (10) | Refusal | 6 (5) | ... Relapse or progression | 4 (3)"), in prose
    (
        ONE_ARM,
        "Thirty-one patients were removed from treatment; the main reasons for removal were toxicity (12 patients, "
        "38.7%), refusal (6 patients, 19.4%) and relapse or progression (4 patients, 12.9%).",
        [
            G(31, "count", "removed from treatment", None),
            G(12, "count", "removal toxicity", None),
            G(38.7, "percent", "removal toxicity", None),
            G(6, "count", "removal refusal", None),
            G(19.4, "percent", "removal refusal", None),
            G(4, "count", "removal relapse or progression", None),
            G(12.9, "percent", "removal relapse or progression", None),
        ],
    ),
    # the causes of deaths (https://pmc.ncbi.nlm.nih.gov/articles/PMC10925021/table/Tab2: "Deaths due to an AE
    # occurred in two patients (suicide in the neoadjuvant period and pneumonia ...")
    (
        ONE_ARM,
        "Three deaths (2%) were attributed to sepsis (n = 2) and pneumonia (n = 1).",
        [
            G(3, "count", "deaths", None),
            G(2, "percent", "deaths", None),
            G(2, "count", "death sepsis", None),
            G(1, "count", "death pneumonia", None),
        ],
    ),
    # a "; " clause naming no AE of its own (https://ecommons.aku.edu/eastafrica_fhs_mc_haematol_oncol/9: "The most
    # common SAE was ileus (17%)" after the SAE sentence)
    (
        ONE_ARM,
        "Grade 3 or 4 AEs occurred in 7 subjects (39%); the most common were asthenia (11%) and ileus (6%).",
        [
            G(7, "count", "grade 3-4 AE", None),
            G(39, "percent", "grade 3-4 AE", None),
            G(11, "percent", "grade 3-4 asthenia", None),
            G(6, "percent", "grade 3-4 ileus", None),
        ],
    ),
    # terms, then "with incidences of ..., respectively" (http://97.74.93.78:3001/adverseReactions/269/1.html:
    # "Frequent adverse reactions (≥10% incidence) include diarrhea (37%), abdominal pain (34%), ...")
    (
        ONE_ARM,
        "Frequent adverse reactions included diarrhea, abdominal pain and thrombocytopenia, with incidences of 35%, "
        "31% and 30%, respectively.",
        [
            G(35, "percent", "diarrhea", None),
            G(31, "percent", "abdominal pain", None),
            G(30, "percent", "thrombocytopenia", None),
        ],
    ),
    # "percent; count/N" (https://synapse.koreamed.org/articles/1516078728: "ADRs in 40.5% (271/669 patients, 559
    # events)")
    (
        ONE_ARM,
        "Treatment-related AEs included rash (25.0%; 7/28) and pruritus (17.9%; 5/28).",
        [
            G(25.0, "percent", "TRAE rash", None),
            G(7, "count", "TRAE rash", None),
            G(28, "denominator", None, None),
            G(17.9, "percent", "TRAE pruritus", None),
            G(5, "count", "TRAE pruritus", None),
        ],
    ),
    # any grade, then a grade (https://pmc.ncbi.nlm.nih.gov/articles/PMC9941045/table/Tab7: "Immune-related adverse
    # events of any grade occurring in ≥1% of patients ... or any immune-related adverse events of grade ≥3")
    (
        ONE_ARM,
        "Pneumonitis of any grade was reported in 12 (8.1%) patients, grade 3 or higher in 4 (2.7%).",
        [
            G(12, "count", "any grade pneumonitis", None),
            G(8.1, "percent", "any grade pneumonitis", None),
            G(4, "count", "grade ≥3 pneumonitis", None),
            G(2.7, "percent", "grade ≥3 pneumonitis", None),
        ],
    ),
    # a grade of one clause is not the next's (https://www.mendeley.com/catalogue/a1db379d-1185-3b5e-8610-1f42c42ecbb2/:
    # "Grade 3 diarrhea was found in 15%. Three grade 4 toxic effects were recorded")
    (
        ONE_ARM,
        "Grade 3 neutropenia occurred in 5 patients, and fatigue was reported in 20% of patients.",
        [
            G(5, "count", "grade 3 neutropenia", None),
            G(20, "percent", "fatigue", None),
        ],
    ),
]
