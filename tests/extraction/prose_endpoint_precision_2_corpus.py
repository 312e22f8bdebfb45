"""Second set for the endpoint-precision round (tests/extraction/prose_endpoint_precision_corpus.py is the first):
result paragraphs from other journals and fields than the first set's, found with the ``search`` tool (corpus
``pages``) after the fixes were written: Diabetes Care and Diabetes Technol Ther (closed-loop insulin), the NEJM
closed-loop trial, Br J Clin Pharmacol and Antimicrob Agents Chemother (population PK), Eur Heart J (bleeding vs
infarction), Breast Cancer Res Treat (pCR by stage), JAMA Cardiology and NEJM (antiplatelet duration, bleeding),
medRxiv/Lancet vaccine reports (reactogenicity, seroconversion, efficacy). Drugs, numbers and non-essential wording are
invented; the syntax is kept. Gold was written before any paragraph was read back; first contact is in
tests/extraction/test_prose_endpoint_precision.py. Entry format: tests/extraction/prose_sampled_forms_corpus.py."""

from __future__ import annotations

from tests.extraction.prose_sampled_forms_corpus import Entry, G

PCT = "percent|rate"

CORPUS: list[Entry] = [
    # https://diabetesjournals.org/care/article/43/3/607/35624/ ("CGM time below 3.9 mmol/L was 5.0% at baseline and
    # 2.4% during follow-up in the CLC group vs. 4.7% and 4.0%, respectively, in the SAP group (mean difference -1.7%
    # [95% CI -2.4, -1.0]; P < 0.0001 for superiority). ... One severe hypoglycemic event occurred in the CLC group")
    (
        "Participants were randomly assigned to mobile closed-loop control (CLC) or to sensor-augmented pump (SAP) "
        "therapy.",
        "CGM time below 3.9 mmol/L was 5.3% at baseline and 2.6% during follow-up in the CLC group vs. 4.9% and "
        "4.1%, respectively, in the SAP group (mean difference -1.5% [95% CI -2.2, -0.8]; P < 0.0001 for "
        "superiority). One severe hypoglycemic event occurred in the CLC group.",
        [
            G(5.3, "*", "time below 3.9 mmol/L|CGM time below 3.9 mmol/L", "CLC"),
            G(2.6, "*", "time below 3.9 mmol/L|CGM time below 3.9 mmol/L", "CLC"),
            G(4.9, "*", "time below 3.9 mmol/L|CGM time below 3.9 mmol/L", "SAP"),
            G(4.1, "*", "time below 3.9 mmol/L|CGM time below 3.9 mmol/L", "SAP"),
            G(-1.5, "*", "time below 3.9 mmol/L|difference", None),
            G(-2.2, "ci_low", "time below 3.9 mmol/L|difference", None),
            G(-0.8, "ci_high", "time below 3.9 mmol/L|difference", None),
            G(0.0001, "p", "time below 3.9 mmol/L", None),
            G(1, "count|events", "severe hypoglycemic event|severe hypoglycemia", "CLC"),
        ],
    ),
    # https://diabetesjournals.org/care/article/43/12/3024/30994/ ("For HCL, HbA1c was lower (median [95% CI] difference
    # -0.4% [-0.6, -0.2]; ...; P < 0.0001) ... Seventeen (9 device-related) versus 13 serious adverse events occurred in
    # the HCL and control groups, respectively.")
    (
        "Adults with type 1 diabetes were randomized to hybrid closed-loop (HCL) therapy or to continuation of current "
        "therapy (control).",
        "For HCL, HbA1c was lower (median [95% CI] difference -0.5% [-0.7, -0.3]; P < 0.0001) and diabetes-specific "
        "positive well-being was higher (difference 1.1 [95% CI 0.3, 1.8]; P = 0.006). Nineteen (8 device-related) "
        "versus 12 serious adverse events occurred in the HCL and control groups, respectively.",
        [
            G(-0.5, "*", "HbA1c|difference", None),
            G(-0.7, "ci_low", "HbA1c|difference", None),
            G(-0.3, "ci_high", "HbA1c|difference", None),
            G(0.0001, "p", "HbA1c", None),
            G(1.1, "*", "positive well-being|diabetes-specific positive well-being", None),
            G(0.3, "ci_low", "positive well-being|diabetes-specific positive well-being", None),
            G(1.8, "ci_high", "positive well-being|diabetes-specific positive well-being", None),
            G(0.006, "p", "positive well-being|diabetes-specific positive well-being", None),
            G(19, "count|events", "serious adverse events|SAE", "HCL"),
            G(8, "count|events", "device-related serious adverse events|device-related", "HCL"),
            G(12, "count|events", "serious adverse events|SAE", "control"),
        ],
    ),
    # https://pmc.ncbi.nlm.nih.gov/articles/PMC8080922 (Diabetes Technol Ther; "Time in range (TIR) increased by 13%
    # with CLC versus decreasing by 1% with SAP (adjusted treatment group difference = +13% ...; 95% CI 9-16, P <
    # 0.001), which largely reflected a reduction in time >180 mg/dL (adjusted difference -12% ..., P < 0.001). ...
    # CLC use averaged 89% of the time for 6 months.")
    (
        "Adolescents and young adults were randomly assigned 2:1 to closed-loop control (CLC) or sensor-augmented "
        "pump (SAP).",
        "Time in range (TIR) increased by 12% with CLC versus decreasing by 2% with SAP (adjusted treatment group "
        "difference = +12%; 95% CI 8-15, P < 0.001), which largely reflected a reduction in time >180 mg/dL "
        "(adjusted difference -11%, P < 0.001). CLC use averaged 91% of the time over 6 months.",
        [
            G(12, "*", "time in range|TIR", "CLC"),
            G(2, "*", "time in range|TIR", "SAP"),
            G(12, "*", "time in range|TIR|difference", None),
            G(8, "ci_low", "time in range|TIR|difference", None),
            G(15, "ci_high", "time in range|TIR|difference", None),
            G(0.001, "p", "time in range|TIR", None),
            G(180, "*", None, None),
            G(-11, "*", "time >180 mg/dL|time above 180 mg/dL|difference", None),
            G(0.001, "p", "time >180 mg/dL|time above 180 mg/dL", None),
            G(91, "*", "CLC use|use", "CLC"),
        ],
    ),
    # https://scholarindexing.academicdigital.space/article/9a70bf5f-80df-40b6-bad1-e3d2c6ca0376 (NEJM closed loop:
    # "increased time in the target range by 11 percentage points (71% vs. 59%, P<0.001) ... Glycated hemoglobin levels
    # improved in the closed loop group (0.33 percentage points, P=0.001). The system was used 90% of the time")
    (
        "Patients were assigned in a 2:1 ratio to a closed-loop system (closed-loop group) or to a sensor-augmented "
        "pump (control group).",
        "The closed-loop system increased the percentage of time in the target range by 12 percentage points (72% "
        "vs. 60%, P<0.001). The glycated hemoglobin level decreased more in the closed-loop group (difference, 0.31 "
        "percentage points; P=0.002).",
        [
            G(12, "*", "time in target range|time in range|difference", None),
            G(72, "*", "time in target range|time in range", "closed-loop"),
            G(60, "*", "time in target range|time in range", "control"),
            G(0.001, "p", "time in target range|time in range", None),
            G(0.31, "*", "glycated hemoglobin|HbA1c|difference", None),
            G(0.002, "p", "glycated hemoglobin|HbA1c", None),
        ],
    ),
    # https://m.moam.info/population-pharmacokinetics-of-pyrimethamine-and-sulfadoxine-bps_5bb70a33097c4744448b46ff.html
    # (Br J Clin Pharmacol: "Typical CL and V estimates (95% confidence interval), for a child weighing 11 kg were 5.50
    # (5.28, 5.73) l day-1 and 36 (33, 39) l for PYR and ...")
    (
        "Children received pyrimetholine and sulfadoxane every 10 days; a population pharmacokinetic model was fitted.",
        "Typical CL and V estimates (95% confidence interval), for a child weighing 11 kg, were 5.62 (5.37, 5.88) "
        "l day-1 and 38 (35, 41) l for pyrimetholine.",
        [
            G(11, "*", None, None),
            G(5.62, "*", "CL|clearance", "*"),
            G(5.37, "ci_low", "CL|clearance", "*"),
            G(5.88, "ci_high", "CL|clearance", "*"),
            G(38, "*", "V|volume of distribution", "*"),
            G(35, "ci_low", "V|volume of distribution", "*"),
            G(41, "ci_high", "V|volume of distribution", "*"),
        ],
    ),
    # https://pmc.ncbi.nlm.nih.gov/articles/PMC5837470 (Eur Heart J: "MI was associated with a greater risk of
    # mortality compared with BARC 2 [relative risk (RR) 3.5; 95% CI 2.08-4.77; P < 0.001] and BARC 3a bleeding (RR
    # 2.23; 95% CI 1.36-3.64; P = 0.001)")
    (
        "Patients with acute coronary syndrome were randomized to vorapaxil or placebo and followed for events.",
        "Myocardial infarction was associated with a greater risk of mortality compared with BARC 2 bleeding "
        "[relative risk (RR) 3.4; 95% CI 2.11-4.69; P < 0.001] and BARC 3a bleeding (RR 2.31; 95% CI 1.40-3.71; "
        "P = 0.001).",
        [
            G(2, "*", None, None),
            G(3.4, "rr", "mortality", None),
            G(2.11, "ci_low", "mortality", None),
            G(4.69, "ci_high", "mortality", None),
            G(0.001, "p", "mortality", None),
            G(3, "*", None, None),
            G(2.31, "rr", "mortality", None),
            G(1.40, "ci_low", "mortality", None),
            G(3.71, "ci_high", "mortality", None),
            G(0.001, "p", "mortality", None),
        ],
    ),
    # https://123docz.net/document/11903190-... (Breast Cancer Res Treat: "In 2366 patients, overall pCR rate was 21%.
    # For cT1, cT2, cT3, and cT4, pCR rates were 31, 22, 18, and 17%, respectively. Lower cT-stage (cT1-2 vs cT3-4) was
    # a significant independent predictor of higher pCR rate (p < 0.001, OR 3.15)")
    (
        "All patients received neoadjuvant chemotherapy before surgery.",
        "In 2412 patients, the overall pCR rate was 22%. For cT1, cT2, cT3, and cT4, pCR rates were 33, 23, 17, and "
        "15%, respectively. Lower cT-stage (cT1-2 vs cT3-4) was a significant independent predictor of a higher pCR "
        "rate (p < 0.001, OR 3.02).",
        [
            G(2412, "*", "*", None, True),
            G(22, PCT, "pCR|pathological complete response", None),
            G(33, PCT, "pCR|pathological complete response", "cT1"),
            G(23, PCT, "pCR|pathological complete response", "cT2"),
            G(17, PCT, "pCR|pathological complete response", "cT3"),
            G(15, PCT, "pCR|pathological complete response", "cT4"),
            G(0.001, "p", "pCR|pathological complete response", None),
            G(3.02, "or", "pCR|pathological complete response", None),
        ],
    ),
    # https://pmc.ncbi.nlm.nih.gov/articles/PMC8892373/table/hoi210085t2 (JAMA Cardiology; primary end point, MI, TIMI
    # bleeding by DAPT duration) in the journal's abstract form ("The primary end point occurred in a (x%) ... (HR ...;
    # P = .06 for noninferiority). MI occurred more often with ... (x% vs y%), whereas TIMI major or minor bleeding was
    # less frequent (...)")
    (
        "Patients with acute coronary syndrome after stenting were randomized to 1 to 2 months of dual antiplatelet "
        "therapy (short DAPT) or 12 months (standard DAPT).",
        "The primary end point occurred in 67 patients (3.3%) in the short-DAPT group and 59 (2.9%) in the "
        "standard-DAPT group (HR 1.15; 95% CI 0.81-1.63; P = .07 for noninferiority). Myocardial infarction occurred "
        "more often with short DAPT (1.7% vs 0.8%), whereas TIMI major or minor bleeding was less frequent (0.6% vs "
        "1.3%; HR 0.45; 95% CI 0.22-0.93).",
        [
            G(67, "count", "primary end point", "short-DAPT"),
            G(3.3, PCT, "primary end point", "short-DAPT"),
            G(59, "count", "primary end point", "standard-DAPT"),
            G(2.9, PCT, "primary end point", "standard-DAPT"),
            G(1.15, "hr", "primary end point", None),
            G(0.81, "ci_low", "primary end point", None),
            G(1.63, "ci_high", "primary end point", None),
            G(0.07, "p", "primary end point", None),
            G(1.7, PCT, "myocardial infarction", "short DAPT"),
            G(0.8, PCT, "myocardial infarction", "standard DAPT"),
            G(0.6, PCT, "TIMI major or minor bleeding", "short DAPT"),
            G(1.3, PCT, "TIMI major or minor bleeding", "standard DAPT"),
            G(0.45, "hr", "TIMI major or minor bleeding", None),
            G(0.22, "ci_low", "TIMI major or minor bleeding", None),
            G(0.93, "ci_high", "TIMI major or minor bleeding", None),
        ],
    ),
    # https://pmc.ncbi.nlm.nih.gov/articles/PMC4481318/table/T3 (NEJM DAPT bleeding; risk difference) in the journal's
    # abstract form ("... bleeding occurred in x% of patients receiving A and y% of those receiving placebo (risk
    # difference ... percentage points; 95% CI ...; P = ...)")
    (
        "Patients who had completed 12 months of therapy were randomized to continued thienoprel or to placebo.",
        "GUSTO severe or moderate bleeding occurred in 2.6% of patients receiving continued thienoprel and 1.6% of "
        "those receiving placebo (risk difference 1.0 percentage point; 95% CI 0.4 to 1.6; P = 0.001).",
        [
            G(2.6, PCT, "GUSTO severe or moderate bleeding", "thienoprel"),
            G(1.6, PCT, "GUSTO severe or moderate bleeding", "placebo"),
            G(1.0, "*", "GUSTO severe or moderate bleeding|difference", None),
            G(0.4, "ci_low", "GUSTO severe or moderate bleeding|difference", None),
            G(1.6, "ci_high", "GUSTO severe or moderate bleeding|difference", None),
            G(0.001, "p", "GUSTO severe or moderate bleeding", None),
        ],
    ),
    # https://medrxiv.org/content/10.1101/2021.08.13.21262021v2.full-text ("The most frequent local reactions were
    # tenderness (58.2%) and pain (41.8%) and systemic reactions were headache (46%) and fatigue (39.2%).")
    (
        "Healthy adults received two doses of an inactivated coronavirus vaccine at one of three dose levels.",
        "The most frequent local reactions were tenderness (56.9%) and pain (43.1%) and systemic reactions were "
        "headache (44%) and fatigue (37.3%).",
        [
            G(56.9, PCT, "tenderness", None),
            G(43.1, PCT, "pain", None),
            G(44, PCT, "headache", None),
            G(37.3, PCT, "fatigue", None),
        ],
    ),
    # same page ("There was a dose dependent response with 90.0% (95% CI: 78.0%, 97.0%) seroconversion (4-fold rise) at
    # day 36 in the high dose group, which was significantly higher than rates in both the medium (73.5%; 95% CI: 59%,
    # 85%) and low dose (51%; 95% CI: 37%, 65%) groups (both p < 0.001).")
    (
        "Healthy adults received two doses of an inactivated coronavirus vaccine at one of three dose levels.",
        "There was a dose-dependent response with 88.2% (95% CI: 76.1%, 95.6%) seroconversion at day 36 in the high "
        "dose group, which was significantly higher than rates in both the medium (70.6%; 95% CI: 56%, 82%) and low "
        "dose (49%; 95% CI: 35%, 63%) groups (both p < 0.001).",
        [
            G(88.2, PCT, "seroconversion", "high dose"),
            G(76.1, "ci_low", "seroconversion", "high dose"),
            G(95.6, "ci_high", "seroconversion", "high dose"),
            G(36, "*", None, None),
            G(70.6, PCT, "seroconversion", "medium"),
            G(56, "ci_low", "seroconversion", "medium"),
            G(82, "ci_high", "seroconversion", "medium"),
            G(49, PCT, "seroconversion", "low dose"),
            G(35, "ci_low", "seroconversion", "low dose"),
            G(63, "ci_high", "seroconversion", "low dose"),
            G(0.001, "p", "seroconversion", None),
        ],
    ),
    # https://pesquisa.bvsalud.org/ses/?lang=es&q=au%3A%22Meurice%2C+F%22 (Lancet rotavirus vaccine: "24 of 2572 infants
    # allocated RIX4414 versus 94 of 1302 given placebo had rotavirus gastroenteritis episodes of any severity,
    # resulting in a vaccine efficacy of 87.1% (95% CI 79.6-92.1; p<0.0001). For the combined efficacy follow-up
    # period, vaccine efficacy against severe rotavirus gastroenteritis was 90.4% (85.1-94.1; p<0.0001), for admission
    # owing to rotavirus gastroenteritis 96.0% (83.8-99.5; p<0.0001)")
    (
        "Infants were randomly assigned two oral doses of a live rotavirus vaccine (vaccine group) or placebo.",
        "During the first efficacy follow-up period, 27 of 2561 infants allocated the vaccine versus 97 of 1298 "
        "given placebo had rotavirus gastroenteritis episodes of any severity, resulting in a vaccine efficacy of "
        "85.9% (95% CI 78.4-91.0; p<0.0001). For the combined follow-up period, vaccine efficacy against severe "
        "rotavirus gastroenteritis was 89.7% (84.2-93.5; p<0.0001), and for admission owing to rotavirus "
        "gastroenteritis 95.1% (82.6-99.3; p<0.0001).",
        [
            G(27, "count", "rotavirus gastroenteritis", "vaccine"),
            G(2561, "denominator", "*", "*"),
            G(97, "count", "rotavirus gastroenteritis", "placebo"),
            G(1298, "denominator", "*", "*"),
            G(85.9, "*", "vaccine efficacy|rotavirus gastroenteritis", None),
            G(78.4, "ci_low", "vaccine efficacy|rotavirus gastroenteritis", None),
            G(91.0, "ci_high", "vaccine efficacy|rotavirus gastroenteritis", None),
            G(0.0001, "p", "*", None, True),
            G(89.7, "*", "severe rotavirus gastroenteritis", None),
            G(84.2, "ci_low", "severe rotavirus gastroenteritis", None),
            G(93.5, "ci_high", "severe rotavirus gastroenteritis", None),
            G(0.0001, "p", "*", None, True),
            G(95.1, "*", "admission owing to rotavirus gastroenteritis", None),
            G(82.6, "ci_low", "admission owing to rotavirus gastroenteritis", None),
            G(99.3, "ci_high", "admission owing to rotavirus gastroenteritis", None),
            G(0.0001, "p", "*", None, True),
        ],
    ),
    # https://www.livemint.com/science/health/sputnik-v-... (Lancet report: "From the second dose, 16 cases of
    # symptomatic COVID-19 were confirmed in the vaccine group and 62 cases were reported in the placebo group, giving
    # an efficacy equivalent to 91.6%")
    (
        "Participants were randomly assigned 3:1 to a two-dose adenovirus vector vaccine or placebo.",
        "From 21 days after the first dose, 18 cases of symptomatic infection were confirmed in the vaccine group and "
        "59 cases in the placebo group, giving a vaccine efficacy of 90.2%.",
        [
            G(21, "*", None, None),
            G(18, "count|events", "symptomatic infection", "vaccine"),
            G(59, "count|events", "symptomatic infection", "placebo"),
            G(90.2, "*", "vaccine efficacy|symptomatic infection", None),
        ],
    ),
    # https://pmc.ncbi.nlm.nih.gov/articles/PMC8501470 (Diabetes Technol Ther: "Median percent time in automation was
    # 94.2% [IQR: 90.1%-96.4%] ... At baseline, median percent time in range (70-180 mg/dL) was 63.6 (IQR:
    # 49.9%-75.6%) and increased to 73.6% (IQR: 64.4%-81.8%)")
    (
        "Users of an advanced hybrid closed-loop pump were followed for 12 months.",
        "Median percent time in automation was 93.8% [IQR: 89.7%-96.1%] for the 12 months. At baseline, median "
        "percent time in range was 62.9 (IQR: 49.2%-74.8%) and increased to 72.8% (IQR: 63.9%-80.7%) with the "
        "closed-loop system.",
        [
            G(93.8, "median", "time in automation", "*"),
            G(89.7, "q1", "time in automation", "*"),
            G(96.1, "q3", "time in automation", "*"),
            G(12, "*", None, None),
            G(62.9, "median", "time in range", "*"),
            G(49.2, "q1", "time in range", "*"),
            G(74.8, "q3", "time in range", "*"),
            G(72.8, "median", "time in range", "*"),
            G(63.9, "q1", "time in range", "*"),
            G(80.7, "q3", "time in range", "*"),
        ],
    ),
    # https://aac.asm.org/highwire/markup/47907/expansion (AAC population PK: CL 0.356 L/h, V1 1.21 L, exponents of AST
    # and total bilirubin) in the journal's results form ("The typical clearance was x L/h and the central volume y L;
    # ... decreased clearance (exponents ...)")
    (
        "Patients received intravenous micafonal; concentrations were analysed with a population model.",
        "The typical clearance was 0.362 L/h and the central volume of distribution 1.18 L; higher AST and total "
        "bilirubin concentrations decreased clearance (exponents -0.058 and -0.047, respectively).",
        [
            G(0.362, "*", "clearance|CL", "*"),
            G(1.18, "*", "central volume of distribution|V1|volume of distribution", "*"),
            G(-0.058, "*", "*", "*", True),
            G(-0.047, "*", "*", "*", True),
        ],
    ),
    # https://pmc.ncbi.nlm.nih.gov/articles/PMC8585847/table/Tab2 (Clin Pharmacokinet covariate model: CL/F 1.24 L/h,
    # RSE 3.19%, IIV 25.1%; V/F 34.3 L) in prose form
    (
        "Patients received oral aprixaban once daily; a population pharmacokinetic model was developed.",
        "Apparent clearance was 1.31 L/h (relative standard error 3.4%) with an inter-individual variability of "
        "24.6%, and the apparent volume of distribution was 35.1 L.",
        [
            G(1.31, "*", "apparent clearance|CL/F|clearance", "*"),
            G(3.4, "*", "apparent clearance|CL/F|clearance", "*", True),
            G(24.6, "*", "apparent clearance|CL/F|clearance|inter-individual variability", "*", True),
            G(35.1, "*", "apparent volume of distribution|V/F|volume of distribution", "*"),
        ],
    ),
    # template: JCO dose-expansion abstract ("The ORR was x% in the A cohort and y% in the B cohort; median DoR was not
    # reached and z months, respectively.")
    (
        "Patients were enrolled in two dose-expansion cohorts of selpratinib, 200 mg and 400 mg daily.",
        "The ORR was 44% in the 200-mg cohort and 31% in the 400-mg cohort; median duration of response was not "
        "reached and 8.6 months, respectively.",
        [
            G(44, PCT, "ORR|objective response rate", "200 mg"),
            G(31, PCT, "ORR|objective response rate", "400 mg"),
            G(8.6, "median", "duration of response|DoR", "400 mg"),
        ],
    ),
    # template: Lancet Oncology safety sentence ("Grade 3 or worse treatment-related adverse events occurred in a (x%)
    # of n patients, the most common being hypertension (y%) and proteinuria (z%); no treatment-related deaths
    # occurred.")
    (
        "Patients received lenvoratinib 20 mg orally once daily.",
        "Grade 3 or worse treatment-related adverse events occurred in 43 (28%) of 154 patients, the most common "
        "being hypertension (10%) and proteinuria (4%); no treatment-related deaths occurred.",
        [
            G(43, "count", "grade ≥3 TRAE", None),
            G(28, PCT, "grade ≥3 TRAE", None),
            G(154, "denominator", "*", "*"),
            G(10, PCT, "grade ≥3 TRAE hypertension|hypertension", None),
            G(4, PCT, "grade ≥3 TRAE proteinuria|proteinuria", None),
        ],
    ),
    # https://ebm.bmj.com/highwire/markup/139922/expansion (metoprolol vs placebo: all-cause death or admission 32% vs
    # 38%, RRR 16%, NNT 17) in the BMJ-group summary form ("X reduced all-cause death or hospital admission (x% vs y%;
    # relative risk reduction z%, 95% CI ...)")
    (
        "Patients with chronic heart failure were randomized to controlled-release metovalol or placebo.",
        "Metovalol reduced all-cause death or hospital admission at 1 year (31% vs 37%; relative risk reduction 17%, "
        "95% CI 10 to 24) and admission for worsening heart failure (11% vs 16%).",
        [
            G(1, "*", None, None),
            G(31, PCT, "all-cause death or hospital admission", "metovalol"),
            G(37, PCT, "all-cause death or hospital admission", "placebo"),
            G(17, "*", "all-cause death or hospital admission|relative risk reduction", None),
            G(10, "ci_low", "all-cause death or hospital admission|relative risk reduction", None),
            G(24, "ci_high", "all-cause death or hospital admission|relative risk reduction", None),
            G(11, PCT, "admission for worsening heart failure", "metovalol"),
            G(16, PCT, "admission for worsening heart failure", "placebo"),
        ],
    ),
    # https://pmc.ncbi.nlm.nih.gov/articles/PMC9828868/table/t2-dic-2022-5-5 (HF trials: combined CV death + HFH
    # active/placebo 16.3/21.2%, HR 0.74) in the NEJM abstract form ("The primary outcome occurred in x% of the
    # patients in the A group and y% in the placebo group (hazard ratio ...); ... heart failure hospitalization
    # occurred in ... and ..., respectively")
    (
        "Patients with heart failure and reduced ejection fraction were randomly assigned to dapaglovin or placebo.",
        "The primary outcome occurred in 16.1% of the patients in the dapaglovin group and 21.4% in the placebo group "
        "(hazard ratio, 0.73; 95% CI, 0.64 to 0.84); hospitalization for heart failure occurred in 9.8% and 13.9%, "
        "respectively (hazard ratio, 0.69; 95% CI, 0.58 to 0.82).",
        [
            G(16.1, PCT, "primary outcome", "dapaglovin"),
            G(21.4, PCT, "primary outcome", "placebo"),
            G(0.73, "hr", "primary outcome", None),
            G(0.64, "ci_low", "primary outcome", None),
            G(0.84, "ci_high", "primary outcome", None),
            G(9.8, PCT, "hospitalization for heart failure", "dapaglovin"),
            G(13.9, PCT, "hospitalization for heart failure", "placebo"),
            G(0.69, "hr", "hospitalization for heart failure", None),
            G(0.58, "ci_low", "hospitalization for heart failure", None),
            G(0.82, "ci_high", "hospitalization for heart failure", None),
        ],
    ),
]
