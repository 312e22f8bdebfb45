"""Landmark rates in prose: result paragraphs giving a rate at a fixed time ("the 12-month PFS rate was 61% with X
and 44% with Y", "at 3 years, 72.1% (95% CI, ...) in the X group vs 65.0% in the Y group", "estimated 2-year PFS was
41% and 28%, respectively"), in the sentence forms of 21 public pages found with the ``search`` tool (corpus
``pages``: PMC articles and tables, abstracts, society and news pages), none a golden paper and none cited in the
other prose corpora. Counter-cases: a landmark of one arm only, "respectively" over times rather than groups,
a subgroup's landmark, a median next to the rate, a rate "in both groups". Drugs, numbers and wording are invented;
each entry's comment gives the address whose paragraph showed the form. Every gold was written before any paragraph
was read back.

Entry format and scoring conventions: those of tests/extraction/prose_calibration_corpus.py (``(context, paragraph,
gold)``; ``G(value, statistic, endpoint, group[, optional])``; a landmark time is no result: endpoint ``None``)."""

from __future__ import annotations

from tests.extraction.prose_sampled_forms_corpus import Entry, G

TWO_ARMS = (
    "Patients were randomly assigned in a 1:1 ratio to receive velotinib plus letrozole or placebo plus letrozole."
)
ONE_ARM = (
    "Patients received orbicizumab intravenously every 3 weeks until disease progression or unacceptable toxicity."
)

CORPUS: list[Entry] = [
    # https://hcn.health/hcn-trends-story/durvalumab-after-chemoradiotherapy-in-stage-iii-non-small-cell-lung-cancer
    # ("The 12-month progression-free survival rate was 55.9% versus 35.3%, and the 18-month ... 44.2% versus 27.0%")
    (
        "Patients were randomly assigned in a 2:1 ratio to receive tarlizumab or placebo after chemoradiotherapy.",
        "The 12-month progression-free survival rate was 58.1% with tarlizumab versus 37.6% with placebo, and the "
        "18-month progression-free survival rate was 46.0% versus 29.3%.",
        [
            G(12, "*", None, None),
            G(58.1, "percent|rate", "12-month progression-free survival", "tarlizumab"),
            G(37.6, "percent|rate", "12-month progression-free survival", "placebo"),
            G(18, "*", None, None),
            G(46.0, "percent|rate", "18-month progression-free survival", "tarlizumab"),
            G(29.3, "percent|rate", "18-month progression-free survival", "placebo"),
        ],
    ),
    # same page, second instance: the bare "versus" with the arms only in the context
    (
        "Patients were randomly assigned in a 2:1 ratio to receive tarlizumab or placebo after chemoradiotherapy.",
        "The 24-month overall survival rate was 66.3% versus 55.6%.",
        [
            G(24, "*", None, None),
            G(66.3, "percent|rate", "24-month overall survival", "tarlizumab"),
            G(55.6, "percent|rate", "24-month overall survival", "placebo"),
        ],
    ),
    # https://www.artsenkrant.com/oncologie/actualiteit/suppressie-ovariele-functie-verbetert-effect-van-tamoxifen-...
    # ("De ziektevrije vijfjaarsoverleving bedroeg 91,1% in de 'TAM + OFS'-groep en 87,5% in de 'TAM-alleen'-groep
    # (HR 0,69; 95% CI 0,48 tot 0,97; P = 0,033)")
    (
        "Premenopausal women were randomly assigned to tamoxifen alone or tamoxifen plus ovarian suppression.",
        "The 5-year disease-free survival rate was 90.4% in the ovarian suppression group and 86.2% in the "
        "tamoxifen-alone group (hazard ratio, 0.71; 95% CI, 0.50 to 0.98; P=0.037).",
        [
            G(5, "*", None, None),
            G(90.4, "percent|rate", "5-year disease-free survival", "ovarian suppression"),
            G(86.2, "percent|rate", "5-year disease-free survival", "tamoxifen-alone"),
            G(0.71, "hr", "disease-free survival", "*"),
            G(0.50, "ci_low", "disease-free survival", "*"),
            G(0.98, "ci_high", "disease-free survival", "*"),
            G(0.037, "p", "disease-free survival", "*"),
        ],
    ),
    # https://experts.arizona.edu/en/publications/autologous-transplantation-as-consolidation-for-aggressive-non-ho
    # ("Forty-six patients in the transplantation group and 68 in the control group had disease progression or died,
    # with 2-year progression-free survival rates of 69 and 55%, respectively (hazard ratio ...)")
    (
        "Patients with a response were randomly assigned to a transplantation group or a control group.",
        "Forty-one patients in the transplantation group and 63 in the control group had disease progression or "
        "died, with 2-year progression-free survival rates of 71 and 57%, respectively (hazard ratio, 1.64; 95% CI, "
        "1.11 to 2.42; P=0.01).",
        [
            G(41, "count", "disease progression or died", "transplantation"),
            G(63, "count", "disease progression or died", "control"),
            G(2, "*", None, None),
            G(71, "percent|rate", "2-year progression-free survival", "transplantation"),
            G(57, "percent|rate", "2-year progression-free survival", "control"),
            G(1.64, "hr", "*", "*"),
            G(1.11, "ci_low", "*", "*"),
            G(2.42, "ci_high", "*", "*"),
            G(0.01, "p", "*", "*"),
        ],
    ),
    # same page ("Among high-risk patients, the 2-year overall survival rate was 82% in the transplantation group and
    # 64% in the control group"): a subgroup's landmark
    (
        "Patients with a response were randomly assigned to a transplantation group or a control group.",
        "Among high-risk patients, the 2-year overall survival rate was 80% in the transplantation group and 61% in "
        "the control group.",
        [
            G(2, "*", None, None),
            G(80, "percent|rate", "2-year overall survival", "high-risk transplantation"),
            G(61, "percent|rate", "2-year overall survival", "high-risk control"),
        ],
    ),
    # http://ashpublications.net/blood/article/111/8/4004/24638/Prospective-multicenter-randomized-GITMO-IIL-trial
    # ("Complete remission (CR) was 62% with CHOP-R and 85% with R-HDS (P < .001). At a median follow-up (MFU) of 51
    # months, the 4-year EFS was 28% and 61%, respectively (P < .001)")
    (
        "Patients were randomly assigned to standard chemoimmunotherapy (SCI) or intensified chemoimmunotherapy (ICI).",
        "Complete remission was 60% with SCI and 83% with ICI (P<.001). At a median follow-up of 49 months, the "
        "4-year event-free survival was 31% and 63%, respectively (P<.001).",
        [
            G(60, "percent|rate", "complete remission", "SCI"),
            G(83, "percent|rate", "complete remission", "ICI"),
            G(0.001, "p", "complete remission", "*"),
            G(49, "median", "follow-up", None, optional=True),
            G(4, "*", None, None),
            G(31, "percent|rate", "4-year event-free survival", "SCI"),
            G(63, "percent|rate", "4-year event-free survival", "ICI"),
        ],
    ),
    # same page ("Salvage R-HDS had an 85% CR rate and a 68% 3-year EFS (MFU, 30 months)"): a landmark of one group,
    # a subset named in the sentence
    (
        "Patients were randomly assigned to standard chemoimmunotherapy (SCI) or intensified chemoimmunotherapy (ICI).",
        "Salvage ICI given after SCI failure had an 81% complete remission rate and a 66% 3-year event-free survival.",
        [
            G(81, "percent|rate", "complete remission", "salvage ICI"),
            G(3, "*", None, None),
            G(66, "percent|rate", "3-year event-free survival", "salvage ICI"),
        ],
    ),
    # http://ashpublications.net/blood/article-split/104/9/2667/19393/Myeloablative-radiochemotherapy-followed-by
    # ("In patients who underwent ASCT, the 5-year PFS rate was 64.7%, and in the IFN-α arm it was 33.3% (P < .0001)")
    (
        "Patients in remission were randomly assigned to autologous transplantation (ASCT) or interferon maintenance.",
        "In patients who underwent ASCT, the 5-year progression-free survival rate was 62.9%, and in the interferon "
        "arm it was 35.1% (P<.0001).",
        [
            G(5, "*", None, None),
            G(62.9, "percent|rate", "5-year progression-free survival", "ASCT"),
            G(35.1, "percent|rate", "5-year progression-free survival", "interferon"),
            G(0.0001, "p", "*", "*"),
        ],
    ),
    # http://ashpublications.net/blood/article/90/10/4201/139503/Allogeneic-Versus-Autologous-Bone-Marrow
    # ("Progression-free survival rates 2 years after BMT were 68% for allogeneic BMT patients and 22% for autologous
    # BMT patients (P = .049)")
    (
        "Patients underwent allogeneic or autologous transplantation.",
        "Progression-free survival rates 2 years after transplantation were 70% for allogeneic patients and 25% for "
        "autologous patients (P=.041).",
        [
            G(2, "*", None, None),
            G(70, "percent|rate", "progression-free survival", "allogeneic"),
            G(25, "percent|rate", "progression-free survival", "autologous"),
            G(0.041, "p", "progression-free survival", "*"),
        ],
    ),
    # https://dmice.ohsu.edu/trec-gen/data/2006/documents/annonc.zip ("there was no difference in 7-year probability
    # of survival (60% and 57.8%; P = 0.5), disease-free survival (DFS) (62% and 71%; P = 0.2) ... between the two
    # arms"): landmark pairs of several endpoints, the arms named only in the context
    (
        "Patients were randomized to conventional chemotherapy (arm A) or chemotherapy plus early transplantation "
        "(arm B).",
        "With a median follow-up of 60 months there was no difference between arm A and arm B in 7-year probability "
        "of survival (61% and 58.2%; P=0.6) or of disease-free survival (63% and 70%; P=0.3).",
        [
            G(60, "median", "follow-up", None, optional=True),
            G(7, "*", None, None),
            G(61, "percent|rate", "survival", "arm A"),
            G(58.2, "percent|rate", "survival", "arm B"),
            G(0.6, "p", "survival", "*"),
            G(63, "percent|rate", "disease-free survival", "arm A"),
            G(70, "percent|rate", "disease-free survival", "arm B"),
            G(0.3, "p", "disease-free survival", "*"),
        ],
    ),
    # https://www.authorea.com/users/297864/articles/427017/download_zip ("The 5-year DFS was 80.2% in group 1 and 91.1%
    # in group 2 (P = 0.040) ... The 3-year DFS did not differ significantly between the groups (83.6% vs 92.8%,
    # P = 0.064)")
    (
        "Patients treated early in the program formed group 1 and those treated later formed group 2.",
        "The 5-year disease-free survival was 78.9% in group 1 and 90.3% in group 2 (P=0.044). The 3-year "
        "disease-free survival did not differ significantly between the groups (82.1% vs 91.7%, P=0.071).",
        [
            G(5, "*", None, None),
            G(78.9, "percent|rate", "5-year disease-free survival", "group 1"),
            G(90.3, "percent|rate", "5-year disease-free survival", "group 2"),
            G(0.044, "p", "disease-free survival", "*"),
            G(3, "*", None, None),
            G(82.1, "percent|rate", "3-year disease-free survival", "group 1"),
            G(91.7, "percent|rate", "3-year disease-free survival", "group 2"),
            G(0.071, "p", "disease-free survival", "*"),
        ],
    ),
    # https://www.e-crt.org/journal/view.php?viewtype=pubreader&number=34 ("The five-year overall survival, disease-free
    # survival, and local control rates for group A and group B were 15.9% and 16.4%, 13.5% and 9.1%, and 76.3% and
    # 69.6%, respectively")
    (
        "Patients were classified by margin status into group A (negative margin) and group B (positive margin).",
        "The five-year overall survival, disease-free survival, and local control rates for group A and group B were "
        "17.2% and 15.8%, 12.9% and 10.4%, and 74.6% and 70.3%, respectively.",
        [
            G(17.2, "percent|rate", "overall survival", "group A"),
            G(15.8, "percent|rate", "overall survival", "group B"),
            G(12.9, "percent|rate", "disease-free survival", "group A"),
            G(10.4, "percent|rate", "disease-free survival", "group B"),
            G(74.6, "percent|rate", "local control", "group A"),
            G(70.3, "percent|rate", "local control", "group B"),
        ],
    ),
    # https://www.biocloudy.com/literatureDetail/MjU2OTQz ("the 3-year disease-free survival was 73% in both groups
    # (hazard ratio, 0.95; ...); the 3-year cumulative incidence of locoregional recurrence (6% vs 5%, P = .67) and
    # distant metastases (18% vs 16%, P = .52) were not significantly different")
    (
        "Patients were randomly assigned to chemoradiotherapy followed by chemotherapy (group A) or the reverse "
        "sequence (group B).",
        "After a median follow-up of 41 months, the 3-year disease-free survival was 71% in both groups (hazard "
        "ratio, 0.97; 95% CI, 0.64-1.47; P=.88); the 3-year cumulative incidence of locoregional recurrence (7% vs "
        "4%, P=.61) and of distant metastases (19% vs 15%, P=.48) did not differ significantly.",
        [
            G(41, "median", "follow-up", None, optional=True),
            G(3, "*", None, None),
            G(71, "percent|rate", "3-year disease-free survival", "*"),
            G(0.97, "hr", "disease-free survival", "*"),
            G(0.64, "ci_low", "disease-free survival", "*"),
            G(1.47, "ci_high", "disease-free survival", "*"),
            G(0.88, "p", "disease-free survival", "*"),
            G(7, "percent|rate", "locoregional recurrence", "group A"),
            G(4, "percent|rate", "locoregional recurrence", "group B"),
            G(0.61, "p", "locoregional recurrence", "*"),
            G(19, "percent|rate", "distant metastases", "group A"),
            G(15, "percent|rate", "distant metastases", "group B"),
            G(0.48, "p", "distant metastases", "*"),
        ],
    ),
    # https://radiopharmaconnect.srsweb.org/users/398589/articles/511204/download_zip ("Overall freedom from ATAs was
    # 94% (120/128), 83% (53/64), and 88% (35/40) at 1, 5, and 7 years, respectively"): "respectively" over times
    (
        "All patients underwent surgical ablation at the time of valve surgery.",
        "Overall freedom from atrial arrhythmias was 93% (119/128), 81% (52/64), and 86% (36/42) at 1, 5, and 7 "
        "years, respectively.",
        [
            G(93, "percent|rate", "freedom from atrial arrhythmias", None),
            G(119, "count", "freedom from atrial arrhythmias", None, optional=True),
            G(128, "denominator", "*", None),
            G(81, "percent|rate", "freedom from atrial arrhythmias", None),
            G(52, "count", "freedom from atrial arrhythmias", None, optional=True),
            G(64, "denominator", "*", None),
            G(86, "percent|rate", "freedom from atrial arrhythmias", None),
            G(36, "count", "freedom from atrial arrhythmias", None, optional=True),
            G(42, "denominator", "*", None),
            G(1, "*", None, None),
            G(5, "*", None, None),
            G(7, "*", None, None),
        ],
    ),
    # synapse-style second instance written before any fix ("the regional control rates at 3 and 5 years were ... and
    # ..., respectively" is the form; the page cited is the one above): times paired, no groups
    (
        ONE_ARM,
        "The progression-free survival rates at 12 and 24 months were 80% and 61%, respectively.",
        [
            G(12, "*", None, None),
            G(24, "*", None, None),
            G(80, "percent|rate", "progression-free survival", None),
            G(61, "percent|rate", "progression-free survival", None),
        ],
    ),
    # same form in a randomized trial: times paired, one arm named
    (
        TWO_ARMS,
        "In the velotinib group, the overall survival rates at 1 and 2 years were 88.4% and 72.0%, respectively.",
        [
            G(1, "*", None, None),
            G(2, "*", None, None),
            G(88.4, "percent|rate", "overall survival", "velotinib"),
            G(72.0, "percent|rate", "overall survival", "velotinib"),
        ],
    ),
    # https://pmc.ncbi.nlm.nih.gov/articles/PMC10654930/table/coi230062t2 ("1-y CFS, % (95% CI) 76.6 (56.8-88.2) ...
    # 2-y CFS ... 72.8 (52.6-85.5)"), written as prose: single-arm landmark with intervals and a median not reached
    (
        ONE_ARM,
        "Median cancer-free survival was not reached; the 1-year cancer-free survival was 78.1% (95% CI, 58.0-89.4) "
        "and the 2-year cancer-free survival was 70.5% (95% CI, 50.2-83.9).",
        [
            G(1, "*", None, None),
            G(78.1, "percent|rate", "1-year cancer-free survival", None),
            G(58.0, "ci_low", "1-year cancer-free survival", None),
            G(89.4, "ci_high", "1-year cancer-free survival", None),
            G(2, "*", None, None),
            G(70.5, "percent|rate", "2-year cancer-free survival", None),
            G(50.2, "ci_low", "2-year cancer-free survival", None),
            G(83.9, "ci_high", "2-year cancer-free survival", None),
        ],
    ),
    # https://pmc.ncbi.nlm.nih.gov/articles/PMC9004487/table/T2 ("Proportion progression free at 6 months | 34%
    # (27-41) | 38% (31-45) | 16% (10-22)"), as prose over three arms
    (
        "Patients were randomly assigned to orbicizumab 2 mg/kg, orbicizumab 10 mg/kg, or chemotherapy.",
        "The proportion of patients progression free at 6 months was 35% with orbicizumab 2 mg/kg, 39% with "
        "orbicizumab 10 mg/kg and 17% with chemotherapy.",
        [
            G(6, "*", None, None),
            G(35, "percent|rate", "progression free", "2 mg/kg"),
            G(39, "percent|rate", "progression free", "10 mg/kg"),
            G(17, "percent|rate", "progression free", "chemotherapy"),
            G(2, "*", None, None),
            G(10, "*", None, None),
        ],
    ),
    # https://pmc.ncbi.nlm.nih.gov/articles/PMC12084015/table/tbl3 ("5-year EFS rate, % (range) 83.9 (81.4-86.1) 81.7
    # (78.1-84.0) ... HR (95% CI) 1.21 (0.98 to 1.49) P = .069"), as prose with the median next to it
    (
        "Children were randomly assigned to standard or shortened induction.",
        "The 5-year event-free survival rate was 84.2% (95% CI, 81.6 to 86.4) with standard induction and 81.0% "
        "(95% CI, 78.3 to 83.5) with shortened induction (hazard ratio, 1.19; 95% CI, 0.97 to 1.46; P=.08).",
        [
            G(5, "*", None, None),
            G(84.2, "percent|rate", "5-year event-free survival", "standard"),
            G(81.6, "ci_low", "5-year event-free survival", "standard"),
            G(86.4, "ci_high", "5-year event-free survival", "standard"),
            G(81.0, "percent|rate", "5-year event-free survival", "shortened"),
            G(78.3, "ci_low", "5-year event-free survival", "shortened"),
            G(83.5, "ci_high", "5-year event-free survival", "shortened"),
            G(1.19, "hr", "event-free survival", "*"),
            G(0.97, "ci_low", "event-free survival", "*"),
            G(1.46, "ci_high", "event-free survival", "*"),
            G(0.08, "p", "event-free survival", "*"),
        ],
    ),
    # https://pmc.ncbi.nlm.nih.gov/articles/PMC6738041/table/Tab3 ("DFS 3 y % ... CEA <=2.35 ... 88.2 (84.8-91.7)
    # 88.7 ..."), as prose: subgroup landmarks per arm
    (
        "Patients were randomly assigned to fluorouracil alone or fluorouracil plus oxaliplatin (FOLFOX).",
        "Among patients with a low CEA level, the 3-year disease-free survival was 87.9% with fluorouracil alone and "
        "88.5% with FOLFOX; among those with a high CEA level it was 75.4% and 82.0%, respectively.",
        [
            G(3, "*", None, None),
            G(87.9, "percent|rate", "3-year disease-free survival", "low CEA fluorouracil alone"),
            G(88.5, "percent|rate", "3-year disease-free survival", "low CEA FOLFOX"),
            G(75.4, "percent|rate", "3-year disease-free survival", "high CEA fluorouracil alone"),
            G(82.0, "percent|rate", "3-year disease-free survival", "high CEA FOLFOX"),
        ],
    ),
    # https://pmc.ncbi.nlm.nih.gov/articles/PMC12105751 ("The primary endpoint of AF recurrence at 1 year did not
    # differ significantly between the groups (24.9% vs 30%, P = 0.205)")
    (
        "Ablation was performed as first-line therapy in one group and as second-line therapy in the other.",
        "The primary endpoint of atrial fibrillation recurrence at 1 year did not differ significantly between the "
        "first-line and second-line groups (23.8% vs 29.1%, P=0.19).",
        [
            G(1, "*", None, None),
            G(23.8, "percent|rate", "atrial fibrillation recurrence", "first-line"),
            G(29.1, "percent|rate", "atrial fibrillation recurrence", "second-line"),
            G(0.19, "p", "atrial fibrillation recurrence", "*"),
        ],
    ),
    # https://www.springerprofessional.de/link?doi=10.1093/eurheartj/ehi583 ("After 12 months of follow-up, 63/69
    # (91.3%) control group patients had at least one AF recurrence, whereas 30/68 (44.1%) (P<0.001) ablation group
    # patients had atrial arrhythmia recurrence")
    (
        "Patients were randomized to ablation plus antiarrhythmic drugs (ablation group) or drugs alone (control "
        "group).",
        "After 12 months of follow-up, 60/70 (85.7%) control group patients had at least one recurrence, whereas "
        "28/69 (40.6%) ablation group patients had a recurrence (P<0.001).",
        [
            G(12, "*", None, None),
            G(60, "count", "recurrence", "control"),
            G(70, "denominator", "*", "control"),
            G(85.7, "percent", "recurrence", "control"),
            G(28, "count", "recurrence", "ablation"),
            G(69, "denominator", "*", "ablation"),
            G(40.6, "percent", "recurrence", "ablation"),
            G(0.001, "p", "recurrence", "*"),
        ],
    ),
    # https://authorea.com/users/737518/articles/712434/download_zip ("After the first ablation, 10 (22%) patients had
    # recurrences of AF within one year"): a landmark of the one arm named
    (
        "Patients were randomized to catheter ablation (ablation group) or medical therapy (control group).",
        "After the first procedure, 11 (24%) patients in the ablation group had a recurrence of atrial fibrillation "
        "within one year.",
        [
            G(11, "count", "recurrence of atrial fibrillation", "ablation"),
            G(24, "percent", "recurrence of atrial fibrillation", "ablation"),
        ],
    ),
    # ---- second instances of the forms above, written before any fix ----------------------------------------------
    # form of hcn.health: "<t>-month <endpoint> rate was X% with A versus Y% with B"
    (
        TWO_ARMS,
        "The 12-month progression-free survival rate was 61.0% with velotinib plus letrozole versus 44.2% with "
        "placebo plus letrozole (hazard ratio, 0.56; 95% CI, 0.45 to 0.70).",
        [
            G(12, "*", None, None),
            G(61.0, "percent|rate", "12-month progression-free survival", "velotinib"),
            G(44.2, "percent|rate", "12-month progression-free survival", "placebo"),
            G(0.56, "hr", "progression-free survival", "*"),
            G(0.45, "ci_low", "progression-free survival", "*"),
            G(0.70, "ci_high", "progression-free survival", "*"),
        ],
    ),
    # form of arizona: "estimated <t>-year <endpoint> was X% and Y%, respectively" after the arms in the sentence
    (
        TWO_ARMS,
        "In the velotinib and placebo groups, the estimated 2-year progression-free survival was 41% and 28%, "
        "respectively.",
        [
            G(2, "*", None, None),
            G(41, "percent|rate", "2-year progression-free survival", "velotinib"),
            G(28, "percent|rate", "2-year progression-free survival", "placebo"),
        ],
    ),
    # "respectively" after arms named only in the context: no sentence binds the groups
    (
        TWO_ARMS,
        "The estimated 2-year overall survival was 77% and 69%, respectively.",
        [
            G(2, "*", None, None),
            G(77, "percent|rate", "2-year overall survival", "velotinib"),
            G(69, "percent|rate", "2-year overall survival", "placebo"),
        ],
    ),
    # form of artsenkrant with a fronted time: "At 3 years, X% (95% CI, ...) in the A group vs Y% in the B group"
    (
        "Patients were randomly assigned to the dapravir group or the control group.",
        "At 3 years, event-free survival was 72.1% (95% CI, 68.0 to 75.8) in the dapravir group vs 65.0% (95% CI, "
        "60.7 to 69.0) in the control group.",
        [
            G(3, "*", None, None),
            G(72.1, "percent|rate", "event-free survival", "dapravir"),
            G(68.0, "ci_low", "event-free survival", "dapravir"),
            G(75.8, "ci_high", "event-free survival", "dapravir"),
            G(65.0, "percent|rate", "event-free survival", "control"),
            G(60.7, "ci_low", "event-free survival", "control"),
            G(69.0, "ci_high", "event-free survival", "control"),
        ],
    ),
    # "rate of <endpoint> at <t> months" with the groups after
    (
        "Patients were randomly assigned to the dapravir group or the control group.",
        "The rate of event-free survival at 24 months was 67.5% in the dapravir group and 58.9% in the control group.",
        [
            G(24, "*", None, None),
            G(67.5, "percent|rate", "event-free survival", "dapravir"),
            G(58.9, "percent|rate", "event-free survival", "control"),
        ],
    ),
    # the ASCT form, second instance: "In patients who received A, the <t>-year rate was X%, and in the B arm it was Y%"
    (
        TWO_ARMS,
        "In patients who received velotinib, the 3-year overall survival rate was 70.2%, and in the placebo arm it "
        "was 61.8%.",
        [
            G(3, "*", None, None),
            G(70.2, "percent|rate", "3-year overall survival", "velotinib"),
            G(61.8, "percent|rate", "3-year overall survival", "placebo"),
        ],
    ),
    # "both groups": one value of two groups
    (
        TWO_ARMS,
        "The 3-year overall survival rate was 88% in both groups.",
        [
            G(3, "*", None, None),
            G(88, "percent|rate", "3-year overall survival", "*"),
        ],
    ),
    # median next to the landmark, one arm each
    (
        TWO_ARMS,
        "Median progression-free survival was 24.8 months with velotinib and 14.5 months with placebo; the 18-month "
        "progression-free survival rate was 63.1% and 42.4%, respectively.",
        [
            G(24.8, "median", "progression-free survival", "velotinib"),
            G(14.5, "median", "progression-free survival", "placebo"),
            G(18, "*", None, None),
            G(63.1, "percent|rate", "18-month progression-free survival", "velotinib"),
            G(42.4, "percent|rate", "18-month progression-free survival", "placebo"),
        ],
    ),
    # a landmark of one arm only in a two-arm trial
    (
        TWO_ARMS,
        "In the velotinib group, the 24-month overall survival rate was 71.6% (95% CI, 66.0 to 76.4).",
        [
            G(24, "*", None, None),
            G(71.6, "percent|rate", "24-month overall survival", "velotinib"),
            G(66.0, "ci_low", "24-month overall survival", "velotinib"),
            G(76.4, "ci_high", "24-month overall survival", "velotinib"),
        ],
    ),
    # one-arm landmark after a subgroup ("among patients with PD-L1 ≥50%")
    (
        ONE_ARM,
        "Among patients with a PD-L1 score of 50% or greater, the 12-month overall survival rate was 68.5%.",
        [
            G(50, "*", None, None),
            G(12, "*", None, None),
            G(68.5, "percent|rate", "12-month overall survival", "PD-L1 score of 50% or greater"),
        ],
    ),
    # two landmarks of two endpoints over two arms, "respectively" pairing the arms
    (
        TWO_ARMS,
        "The 2-year rates of overall survival and progression-free survival were 82% and 64% with velotinib and 74% "
        "and 47% with placebo, respectively.",
        [
            G(2, "*", None, None),
            G(82, "percent|rate", "overall survival", "velotinib"),
            G(64, "percent|rate", "progression-free survival", "velotinib"),
            G(74, "percent|rate", "overall survival", "placebo"),
            G(47, "percent|rate", "progression-free survival", "placebo"),
        ],
    ),
    # cardiology: Kaplan-Meier landmark of a composite (forms of http://www.onlinejacc.org/highwire/markup/27257/expansion
    # "Percentages are Kaplan-Meier estimates" of outcomes at 5 years, and
    # https://pmc.ncbi.nlm.nih.gov/articles/PMC11627316/figure/F2 "the 2-year hazard rate" per randomized group)
    (
        "Patients were randomly assigned to receive fendoxaban or warfarin.",
        "At 2 years, the Kaplan-Meier estimate of the primary composite end point was 9.8% in the fendoxaban group "
        "and 12.6% in the warfarin group (hazard ratio, 0.77; 95% CI, 0.63 to 0.94; P=0.01).",
        [
            G(2, "*", None, None),
            G(9.8, "percent|rate", "primary composite end point", "fendoxaban"),
            G(12.6, "percent|rate", "primary composite end point", "warfarin"),
            G(0.77, "hr", "primary composite end point", "*"),
            G(0.63, "ci_low", "primary composite end point", "*"),
            G(0.94, "ci_high", "primary composite end point", "*"),
            G(0.01, "p", "primary composite end point", "*"),
        ],
    ),
    # cardiology: the arms first, "respectively" over two times
    (
        "Patients were randomly assigned to receive fendoxaban or warfarin.",
        "In the fendoxaban group, the cumulative incidence of stroke at 1 and 3 years was 1.2% and 3.4%, respectively.",
        [
            G(1, "*", None, None),
            G(3, "*", None, None),
            G(1.2, "percent|rate", "stroke", "fendoxaban"),
            G(3.4, "percent|rate", "stroke", "fendoxaban"),
        ],
    ),
    # "the 12-month OS rate" with the groups as "X arm ... Y arm" after a colon
    (
        "Patients were randomized to the combination arm or the monotherapy arm.",
        "Landmark survival favored the combination: the 12-month overall survival rate was 54.3% in the combination "
        "arm and 40.7% in the monotherapy arm.",
        [
            G(12, "*", None, None),
            G(54.3, "percent|rate", "12-month overall survival", "combination"),
            G(40.7, "percent|rate", "12-month overall survival", "monotherapy"),
        ],
    ),
    # whole-trial landmark in a randomized trial ("for the entire population"; form of
    # https://pmc.ncbi.nlm.nih.gov/articles/PMC7735777/table/djaa054-T2, 5-year survival estimates with 95% CI)
    (
        TWO_ARMS,
        "For the entire population, the 5-year overall survival rate was 59.4% (95% CI, 50.1 to 67.6).",
        [
            G(5, "*", None, None),
            G(59.4, "percent|rate", "5-year overall survival", None),
            G(50.1, "ci_low", "5-year overall survival", None),
            G(67.6, "ci_high", "5-year overall survival", None),
        ],
    ),
]
