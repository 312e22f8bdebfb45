"""Values paired with endpoints by order or by a "for X" after each: "The median OS and PFS were 334 and 56 days",
"median OS and PFS were 11.2 and 5.6 months, respectively", "Hommel-adjusted P values were 0.74 for MMSE, 0.08 for
MoCA and 0.66 for CGNT", "Cmax and AUC were reduced by 79% and 71%, respectively", "Response rates were 40% for ORR
and 85% for DCR", in the sentence forms of public pages found with the ``search`` tool (corpus ``pages``: PMC
articles and tables, abstracts, labels). Counter-cases: values "for X" where X is a group ("5.78% for whites, 5.93%
for Hispanics"), counts that do not line up, terms across clauses, a group named for all. Drugs, numbers and
wording are invented; each entry's comment gives the address whose paragraph showed the form. Every gold was written
before any paragraph was read back.

Entry format and scoring conventions: those of tests/extraction/prose_calibration_corpus.py (``(context, paragraph,
gold)``; ``G(value, statistic, endpoint, group[, optional])``). A relative change ("reduced by 79%") is optional,
as in tests/extraction/prose_continuous_corpus.py: if emitted its endpoint must name the measure and the change."""

from __future__ import annotations

from tests.extraction.prose_sampled_forms_corpus import Entry, G

ONE_ARM = "Patients received dovatinib orally once daily until disease progression or unacceptable toxicity."
TWO_ARMS = "Patients were randomly assigned in a 1:1 ratio to receive lorvastim or placebo for 24 weeks."
PK_ONE = "Healthy volunteers received a single oral dose of tenapradil 50 mg in each period."

CORPUS: list[Entry] = [
    # ---- coordinated endpoints, values in order, "respectively" -------------------------------------------------
    # http://yyws.alljournals.cn/view_abstract.aspx?aid=9FC4EC8C5DC6D6CD6F164A350D44996E&pcid=A9DB1C13C87CE289EA38239A9433C9DC
    # ("The median overall survival and progression-free survival (PFS) were 14.1 and 2.9 months, respectively")
    (
        ONE_ARM,
        "The median overall survival and progression-free survival (PFS) were 13.4 and 3.2 months, respectively.",
        [
            G(13.4, "median", "overall survival", None),
            G(3.2, "median", "progression-free survival", None),
        ],
    ),
    # the brief's form, abbreviated endpoints ("median OS and PFS were 11.2 and 5.6 months, respectively"), as on the
    # page above
    (
        ONE_ARM,
        "Median OS and PFS were 10.8 and 4.9 months, respectively.",
        [
            G(10.8, "median", "OS", None),
            G(4.9, "median", "PFS", None),
        ],
    ),
    # ---- coordinated endpoints, values in order, no "respectively" ----------------------------------------------
    # the brief's form ("The median OS and PFS were 334 and 56 days"), as on the page above without "respectively"
    (
        ONE_ARM,
        "The median OS and PFS were 298 and 61 days.",
        [
            G(298, "median", "OS", None),
            G(61, "median", "PFS", None),
        ],
    ),
    # https://pmc.ncbi.nlm.nih.gov/articles/PMC8100565/table/jats-table-wrap-4 ("the CBR and ORR were 76% (95% CI ...)
    # and 14% (95% CI ...), respectively"), here without "respectively"
    (
        ONE_ARM,
        "The ORR and DCR were 38% (95% CI, 24%–53%) and 77%.",
        [
            G(38, "percent|rate", "ORR", None),
            G(24, "ci_low", "ORR", None),
            G(53, "ci_high", "ORR", None),
            G(77, "percent|rate", "DCR", None),
        ],
    ),
    # ---- relative changes of PK parameters, in order ------------------------------------------------------------
    # http://www.120ty.net/bencandy.php?aid=3766&fid=134&page=8 ("the Cmax and AUC0-inf for ospemifene ... were lower
    # by 21% and 9.1%, respectively, compared to women with normal hepatic function")
    (
        PK_ONE,
        "Coadministration with rifampin reduced tenapradil Cmax and AUC by 74% and 68%, respectively.",
        [
            # "reduction" names what "reduced" does (a label synonym added with prose_pk_ratios.py, whose change
            # labels are nouns as the golden files write them: "Cmax reduction")
            G(74, "value|percent", "Cmax reduced|Cmax reduction", "*", optional=True),
            G(68, "value|percent", "AUC reduced|AUC reduction", "*", optional=True),
        ],
    ),
    # same page ("were higher by 1% and 29%, respectively, compared to women with normal hepatic function")
    (
        PK_ONE,
        "In subjects with moderate hepatic impairment, the Cmax and AUC0-inf of tenapradil were higher by 12% and "
        "34%, respectively, compared with subjects with normal hepatic function.",
        [
            G(12, "value|percent", "Cmax higher", "*", optional=True),
            G(34, "value|percent", "AUC0-inf higher", "*", optional=True),
        ],
    ),
    # ---- "V for X" pairs -----------------------------------------------------------------------------------------
    # the brief's form ("Hommel-adjusted P values were 0.74 for MMSE, 0.08 for MoCA and 0.66 for CGNT"); compare
    # https://th4.ilovetranslation.com/DNoxRBWmLNS=d ("P=.62 for center-treatment interaction for systolic BP and
    # P=.54 for diastolic BP")
    (
        TWO_ARMS,
        "For the secondary outcomes, Hommel-adjusted P values were 0.61 for MMSE, 0.07 for MoCA and 0.52 for CGNT.",
        [
            G(0.61, "p", "MMSE", "*"),
            G(0.07, "p", "MoCA", "*"),
            G(0.52, "p", "CGNT", "*"),
        ],
    ),
    # the brief's form ("Response rates were 40% for ORR and 85% for DCR")
    (
        ONE_ARM,
        "Response rates were 36% for ORR and 81% for DCR.",
        [
            G(36, "percent|rate", "ORR", None),
            G(81, "percent|rate", "DCR", None),
        ],
    ),
    # https://flamechallenge.authorea.com/users/354289/articles/477903/download_zip ("least square mean ratios ...
    # ranging from 66% to 80% for AUC0−7d/D and 40% to 77% for Cmax/D"), here single values for each parameter
    (
        PK_ONE,
        "Bonferroni-adjusted P values were 0.012 for AUC and 0.044 for Cmax.",
        [
            G(0.012, "p", "AUC", "*"),
            G(0.044, "p", "Cmax", "*"),
        ],
    ),
    # ---- more coordinated forms -----------------------------------------------------------------------------------
    # https://pmc.ncbi.nlm.nih.gov/articles/PMC7485351/table/nlm-table-wrap-5 ("3 patients achieved a CR, 5 patients
    # had a PR, 2 patients had SD"), said as rates of three coordinated terms
    (
        ONE_ARM,
        "The rates of complete response, partial response and stable disease were 9%, 31% and 40%, respectively.",
        [
            G(9, "percent|rate", "complete response", None),
            G(31, "percent|rate", "partial response", None),
            G(40, "percent|rate", "stable disease", None),
        ],
    ),
    # https://pmc.ncbi.nlm.nih.gov/articles/PMC4916287/table/tab3 ("Sensitivity 94 (88–98) | Specificity 57 (43–69)")
    (
        None,
        "The sensitivity and specificity of the score were 91% and 62%.",
        [
            G(91, "percent|value", "sensitivity", None),
            G(62, "percent|value", "specificity", None),
        ],
    ),
    # https://publicatie-online.nl/uploaded/flipbook/169646-Hanneke-van-der-Wijngaart/28 ("indicated a median
    # progression-free survival and overall survival of 2 and 8 months, respectively")
    (
        ONE_ARM,
        "After a median follow-up of 14 months, dovatinib gave a median PFS and OS of 3.6 and 9.9 months, "
        "respectively.",
        [
            G(14, "median", "follow-up", None, optional=True),
            G(3.6, "median", "PFS", None),
            G(9.9, "median", "OS", None),
        ],
    ),
    # https://th4.ilovetranslation.com/DNoxRBWmLNS=d ("P=.62 ... for systolic BP and P=.54 for diastolic BP"), the
    # values first and the endpoints after them, "respectively"
    (
        TWO_ARMS,
        "The treatment-by-center interaction P values were .58 and .47 for systolic and diastolic BP, respectively.",
        [
            G(0.58, "p", "systolic BP", "*"),
            G(0.47, "p", "diastolic BP", "*"),
        ],
    ),
    # http://www.120ty.net/bencandy.php?aid=3766&fid=134&page=8 ("increased the Cmax and AUC0-inf of ospemifene by
    # 1.7- and 2.7-fold, respectively")
    (
        PK_ONE,
        "Multiple doses of fluconazole increased the Cmax and AUC0-inf of tenapradil by 1.5- and 2.4-fold, "
        "respectively.",
        [
            G(1.5, "value", "Cmax increased", "*", optional=True),
            G(2.4, "value", "AUC0-inf increased", "*", optional=True),
        ],
    ),
    # https://pmc.ncbi.nlm.nih.gov/articles/PMC8678748/table/jch14191-tbl-0007 ("SBP ABPM 24 hours −6.1 ... DBP ABPM
    # 24 hours −3.5"): two endpoints, each value "for" one, across the two
    (
        TWO_ARMS,
        "The adjusted differences were 0.31 for FEV1 and 0.12 for FVC.",
        [
            G(0.31, "value|mean", "FEV1", "*"),
            G(0.12, "value|mean", "FVC", "*"),
        ],
    ),
    # ---- counter-cases: "for X" where X is a group --------------------------------------------------------------
    # https://pmc.ncbi.nlm.nih.gov/articles/PMC2373980 ("mean A1C levels were 5.78% for whites, 5.93% for Hispanics,
    # 6.00% for Asians ...")
    (
        None,
        "Adjusted mean HbA1c levels were 5.81% for whites, 5.96% for Hispanics and 6.21% for blacks.",
        [
            G(5.81, "mean|value|percent", "HbA1c", "whites"),
            G(5.96, "mean|value|percent", "HbA1c", "Hispanics"),
            G(6.21, "mean|value|percent", "HbA1c", "blacks"),
        ],
    ),
    # ---- counter-cases: counts that do not line up, terms across clauses ------------------------------------------
    # https://pmc.ncbi.nlm.nih.gov/articles/PMC8674928 ("the cutoff scores to detect MCI were 26.5, 22.5, 28.5 and
    # 26.5, respectively": four values over groups named in an earlier sentence, one endpoint)
    (
        None,
        "For the MMSE and MoCA, the optimal cutoff scores in the four age and education strata were 25.5, 21.5, 27.5 "
        "and 26.5, respectively.",
        [
            G(25.5, "value", None, None),
            G(21.5, "value", None, None),
            G(27.5, "value", None, None),
            G(26.5, "value", None, None),
        ],
    ),
    # https://www.biocentury.com/article/156267/ganetespib-phase-ii-discontinued ("Time to progression was 48 days and
    # overall survival (OS) was 83 days"): each value in its own clause with its own subject
    (
        ONE_ARM,
        "Median time to progression was 52 days and overall survival (OS) was 91 days.",
        [
            G(52, "median", "time to progression", None),
            G(91, "median|value", "overall survival", None),
        ],
    ),
    # ---- a group named for all stays each value's group ---------------------------------------------------------
    # http://www.120ty.net/bencandy.php?aid=3766&fid=134&page=8 ("In women with mild hepatic impairment (Child-Pugh
    # Class A), the Cmax and AUC0-inf ... were lower by 21% and 9.1%, respectively")
    (
        TWO_ARMS,
        "In the lorvastim group, the median OS and PFS were 17.3 and 8.2 months, respectively.",
        [
            G(17.3, "median", "OS", "lorvastim"),
            G(8.2, "median", "PFS", "lorvastim"),
        ],
    ),
    # https://pmc.ncbi.nlm.nih.gov/articles/PMC8100565/table/jats-table-wrap-4 ("The CBR among measurable patients was
    # 69% (95% CI ...), and the ORR was 23% (95% CI ...)"), the pair with a group named after it
    (
        TWO_ARMS,
        "The ORR and DCR with lorvastim were 29% and 64%, respectively.",
        [
            G(29, "percent|rate", "ORR", "lorvastim"),
            G(64, "percent|rate", "DCR", "lorvastim"),
        ],
    ),
]

# written after the fix ideas, from other pages
SECOND_INSTANCES: list[Entry] = [
    # https://booksci.cn/literature/7025946.htm ("Median PFS and OS were 1.0 month (95% confidence interval [CI],
    # 0.8-1.3) and 4.7 months (95% CI, 3.5-6.4), respectively"), here without "respectively"
    (
        ONE_ARM,
        "Median PFS and OS were 1.2 months (95% CI, 0.9-1.5) and 5.1 months (95% CI, 3.7-6.6).",
        [
            G(1.2, "median", "PFS", None),
            G(0.9, "ci_low", "PFS", None),
            G(1.5, "ci_high", "PFS", None),
            G(5.1, "median", "OS", None),
            G(3.7, "ci_low", "OS", None),
            G(6.6, "ci_high", "OS", None),
        ],
    ),
    # https://pmc.ncbi.nlm.nih.gov/articles/PMC4916287/table/tab3 ("Positive predictive value 77 ... Negative
    # predictive value 87")
    (
        None,
        "The PPV and NPV of the rule were 74% and 89%.",
        [
            G(74, "percent|value", "PPV", None),
            G(89, "percent|value", "NPV", None),
        ],
    ),
    # https://pmc.ncbi.nlm.nih.gov/articles/PMC2962713/table/T5 ("RR (%) | PFS | OS": 31.5 | 4.9 | 13.2): three
    # endpoints of different statistics in one list
    (
        ONE_ARM,
        "The response rate, median PFS and median OS were 33%, 5.1 months and 14.0 months.",
        [
            G(33, "percent|rate", "response rate", None),
            G(5.1, "median", "PFS", None),
            G(14.0, "median", "OS", None),
        ],
    ),
    # https://pmc.ncbi.nlm.nih.gov/articles/PMC8678748/table/jch14191-tbl-0007 ("ABPM 24 hours ... .013 ... ABPM
    # daytime ... .019"), P values named once and each "for" its measure
    (
        TWO_ARMS,
        "Holm-adjusted P values were 0.016 for SBP and 0.21 for DBP.",
        [
            G(0.016, "p", "SBP", "*"),
            G(0.21, "p", "DBP", "*"),
        ],
    ),
    # https://pmc.ncbi.nlm.nih.gov/articles/PMC8045226/table/Tab2 ("The diagnosis odds ratio (DOR) of MADT was 122.92,
    # with ADT, LT, and PST were 24.84, 32.13, and 55.45"): "for X" where X is a test compared, a group
    (
        None,
        "The diagnostic odds ratios were 118.4 for MADT and 26.1 for ADT.",
        [
            G(118.4, "value|or", "diagnostic odds ratio", "MADT"),
            G(26.1, "value|or", "diagnostic odds ratio", "ADT"),
        ],
    ),
    # the same with the regimens named as the trial's arms ("for FOLFOX"): groups, not endpoints
    (
        "Patients were randomly assigned to FOLFOX or FOLFIRI every 2 weeks.",
        "Response rates were 44% for FOLFOX and 31% for FOLFIRI.",
        [
            G(44, "percent|rate", "response rate", "FOLFOX"),
            G(31, "percent|rate", "response rate", "FOLFIRI"),
        ],
    ),
]
