"""Which kind a table is, from its caption and its row labels: tables of the four kinds a reviewer files
(baseline, adverse events, PK, efficacy) and the tables trial papers print besides them (participant flow and
reasons for stopping, treatment exposure and dose changes, protocol specifications, assay validation, later
lines of therapy), in the caption forms of real tables found with the ``search`` tool (corpus ``pages``; the
address that showed each form is beside it). Wording and row labels are this corpus's own; the gold kind of every
entry was written before any entry was classified.

An entry is ``(caption, row labels, kind)``; kind "other" is a table of none of the four kinds: its values are
kept with their provenance, never served as one of the four kinds' data.
"""

from __future__ import annotations

Entry = tuple[str, list[str], str]

CORPUS: list[Entry] = [
    # https://pmc.ncbi.nlm.nih.gov/articles/PMC4979244/table/T2 ("Patient Disposition and Discontinuation Reasons":
    # reasons include "Adverse events", then AEs leading to discontinuation)
    (
        "Patient Disposition and Reasons for Discontinuation",
        [
            "Continued study treatment",
            "Discontinued study treatment",
            "Adverse events",
            "Withdrew consent",
            "Protocol violation",
            "Lost to follow-up",
            "Death",
            "Rash",
            "Neutropenia",
        ],
        "other",
    ),
    # https://pmc.ncbi.nlm.nih.gov/articles/PMC11217003/table/Tab1 ("Patient disposition.")
    (
        "Patient disposition.",
        [
            "Treatment ongoing",
            "End of treatment",
            "Physician decision",
            "Adverse event",
            "Progressive disease",
            "Death",
        ],
        "other",
    ),
    # http://www.biomedcentral.com/1741-7015/3/21/table/T2 ("Reasons for discontinuation by study")
    (
        "Reasons for withdrawal by treatment group",
        ["Overall discontinuation", "Lack of efficacy", "Intolerability", "Other reasons"],
        "other",
    ),
    # https://bmccancer.biomedcentral.com/articles/10.1186/s12885-018-4183-2/tables/3 ("Reasons for study withdrawal")
    (
        "Reasons for study withdrawal",
        ["AE/intercurrent illness", "Insufficient response", "Refusal of treatment", "Sponsor request"],
        "other",
    ),
    # https://pmc.ncbi.nlm.nih.gov/articles/PMC3496952/table/T5 ("Reasons for removal from protocol treatment and
    # dose reduction or discontinuation within 12 months, by treatment arm")
    (
        "Reasons for removal from protocol therapy and dose reduction or interruption within 6 months, by arm",
        ["Toxicity", "Refusal", "Relapse or progression", "Temporary discontinuation", "Permanent reduction"],
        "other",
    ),
    # https://pmc.ncbi.nlm.nih.gov/articles/PMC4265986/table/tbl4 ("Summary of Second-Line Treatment")
    (
        "Summary of Subsequent Treatment",
        ["R-monotherapy", "Chemotherapy", "Radiotherapy", "Reason to start next treatment", "PD", "CR/PR", "SD"],
        "other",
    ),
    # https://pmc.ncbi.nlm.nih.gov/articles/PMC10158799/table/CD013798-tbl-0022 (subsequent anticancer therapy)
    (
        "Subsequent anticancer therapies after discontinuation of study treatment",
        ["Any subsequent therapy", "Immunotherapy", "Targeted therapy", "Chemotherapy"],
        "other",
    ),
    # https://pmc.ncbi.nlm.nih.gov/articles/PMC3675695/table/TA4 (a dose-modification table of a protocol appendix)
    (
        "Dose modification guidelines for hematologic toxicity",
        ["0-2", "3", "4"],
        "other",
    ),
    # https://pmc.ncbi.nlm.nih.gov/articles/PMC5520293/table/Tab2 ("General dose reduction guidelines")
    (
        "General dose reduction guidelines",
        ["Grade I", "Grade II", "Grade III", "Grade IV"],
        "other",
    ),
    # https://www.alpfmedical.info/clinical-pharmacology/precision.html (assay precision as CV at QC levels) and
    # https://matteo.authorea.com/users/596894/articles/630196/download_zip (intra-/inter-day precision, accuracy)
    (
        "Intra-day and inter-day precision and accuracy of the assay at three quality-control concentrations",
        ["Low QC", "Medium QC", "High QC"],
        "other",
    ),
    (
        "Calibration ranges and lower limits of quantification of each analyte",
        ["Midazolam", "Caffeine", "Omeprazole", "Dextromethorphan"],
        "other",
    ),
    # https://pmc.ncbi.nlm.nih.gov/articles/PMC1524981/table/T3 ("Toxicity grading scale for determining the
    # severity of laboratory adverse events"): a specification of the protocol, not a result
    (
        "Grading scale for the severity of laboratory abnormalities",
        ["ALT", "AST", "Creatinine", "Amylase"],
        "other",
    ),
    # https://trialsjournal.biomedcentral.com/articles/10.1186/s13063-019-3569-z/tables/3 (laboratory exceptions to
    # the CTCAE list: thresholds per grade)
    (
        "Laboratory thresholds that differ from the CTCAE definitions",
        ["Hemoglobin (g/dL)", "Total WBC", "Platelets", "Total bilirubin"],
        "other",
    ),
    (
        "Schedule of pharmacokinetic blood sampling",
        ["Cycle 1 day 1", "Cycle 1 day 8", "Cycle 2 day 1"],
        "other",
    ),
    (
        "Treatment exposure",
        ["Number of cycles, median (range)", "Duration of treatment, months", "Relative dose intensity, %"],
        "other",
    ),
    (
        "Extent of exposure to study drug and dose modifications (safety population)",
        ["Duration of exposure, weeks", "Dose reductions", "Dose interruptions"],
        "other",
    ),
    (
        "Eligibility criteria",
        ["Age ≥18 years", "ECOG performance status 0-1", "Adequate organ function"],
        "other",
    ),
    # the four kinds, with captions that also name words of another kind or of "other"
    (
        "Adverse events leading to discontinuation of study treatment",
        ["Pneumonitis", "Fatigue", "Diarrhea"],
        "adverse_events",
    ),
    (
        "Treatment-related adverse events occurring in at least 10% of patients",
        ["Nausea", "Fatigue", "Neutropenia", "Anemia"],
        "adverse_events",
    ),
    (
        "Dose-limiting toxicities during the first cycle",
        ["Dose level 1", "Dose level 2", "Dose level 3"],
        "adverse_events",
    ),
    (
        "Laboratory abnormalities worsening from baseline",
        ["ALT increased", "AST increased", "Lymphocyte count decreased", "Hyperglycemia"],
        "adverse_events",
    ),
    (
        "Demographics and baseline disease characteristics",
        ["Age, median (range)", "Male sex", "ECOG performance status", "Prior lines of therapy"],
        "demographics",
    ),
    (
        "Characteristics of the patients at baseline",
        ["Age", "Female sex", "Race", "Body-mass index"],
        "demographics",
    ),
    (
        "Prior anticancer therapies",
        ["Chemotherapy", "Immunotherapy", "Radiotherapy"],
        "demographics",
    ),
    (
        "Pharmacokinetic parameters after a single dose",
        ["Cmax (ng/mL)", "Tmax (h)", "AUC0-inf (ng·h/mL)", "t1/2 (h)"],
        "pk",
    ),
    (
        "Effect of rifampin on the pharmacokinetics of the study drug",
        ["Cmax", "AUCinf", "t1/2"],
        "pk",
    ),
    (
        "Best overall response according to RECIST criteria",
        ["Complete response", "Partial response", "Stable disease", "Progressive disease"],
        "efficacy",
    ),
    (
        "Antitumor activity by dose level",
        ["Objective response rate", "Disease control rate", "Duration of response, median"],
        "efficacy",
    ),
    (
        "Primary and secondary end points",
        ["Progression-free survival", "Overall survival", "Objective response"],
        "efficacy",
    ),
    (
        "Progression-free survival in prespecified subgroups",
        ["Age <65 years", "Age ≥65 years", "ECOG 0", "ECOG 1"],
        "efficacy",
    ),
    # no caption: the row labels decide; none naming a kind is "other", never efficacy by default
    (
        "",
        ["Objective response rate", "Complete response", "Partial response", "Stable disease"],
        "efficacy",
    ),
    (
        "",
        ["Nausea", "Vomiting", "Fatigue", "Anemia", "Neutropenia"],
        "adverse_events",
    ),
    (
        "",
        ["Ion transition (m/z)", "Retention time (min)", "Collision energy (eV)"],
        "other",
    ),
    (
        "",
        ["Site A", "Site B", "Site C"],
        "other",
    ),
]

# Second instances, written (gold first) after the rules were made on CORPUS, from other real tables.
SECOND: list[Entry] = [
    # https://pmc.ncbi.nlm.nih.gov/articles/PMC6399170/table/Tab2 ("Patient exposure to palbociclib plus
    # fulvestrant and placebo plus fulvestrant ... (as-treated population; data cutoff date ...)")
    (
        "Patient exposure to velotinib plus letrozole and placebo plus letrozole (as-treated population)",
        [
            "Duration of treatment, median (range), days",
            "Dose reductions",
            "Dose interruption",
            "Relative dose intensity, median (range), %",
        ],
        "other",
    ),
    # https://pmc.ncbi.nlm.nih.gov/articles/PMC9934971/table/table3 ("Dose reduction, delay for ≥7 days and
    # discontinuation of the chemotherapy and cetuximab components of the regimen.")
    (
        "Dose reduction, delay of 7 days or more and discontinuation of each component of the regimen.",
        ["Dose reduction", "Maximum dose reduction", "Dose delay"],
        "other",
    ),
    # https://pmc.ncbi.nlm.nih.gov/articles/PMC8120440/table/coi210009t2 ("Toxic Effects Reported Within 9 Weeks of
    # Starting Chemotherapy.")
    (
        "Toxic Effects Reported Within 12 Weeks of Starting Treatment.",
        ["Nausea or vomiting", "Anorexia", "Diarrhea", "Peripheral neuropathy", "Fatigue", "Anaemia"],
        "adverse_events",
    ),
    # https://pmc.ncbi.nlm.nih.gov/articles/PMC6318225/table/tbl2 (an AE table by grade; "Data are n (%)")
    (
        "",
        ["Haematological", "Neutropenia", "Anaemia", "Thrombocytopenia", "Sepsis", "Constipation", "Nausea"],
        "adverse_events",
    ),
    # https://pmc.ncbi.nlm.nih.gov/articles/PMC9260438/table/tbl1 (a dose-escalation decision table: numbers
    # treated and numbers with DLT as the design's rules, not results)
    (
        "Decision rules of the dose-escalation design",
        ["3", "6", "9"],
        "other",
    ),
    # https://pmc.ncbi.nlm.nih.gov/articles/PMC3675695/table/TA2 (Grade | neutrophil nadir | platelet nadir | timing
    # | dose: a protocol's dose modification)
    (
        "Dose adjustments for neutropenia and thrombocytopenia within a cycle",
        ["1", "2", "≥ 3"],
        "other",
    ),
    (
        "Serious adverse events and deaths",
        ["Any serious adverse event", "Pneumonia", "Sepsis", "Death"],
        "adverse_events",
    ),
    (
        "Discontinuations of study drug due to adverse events",
        ["Any", "Rash", "Diarrhea"],
        "adverse_events",
    ),
    (
        "Concomitant medications at baseline",
        ["Aspirin", "Statin", "Beta-blocker"],
        "demographics",
    ),
    (
        "Objective response by investigator assessment",
        ["Complete response", "Partial response", "Objective response rate (95% CI)"],
        "efficacy",
    ),
]

# Outcome tables of cardiovascular and general-medicine trials whose caption names no word of the efficacy kind
# ("Cardiovascular Events", "Incidence of ... events and death"), written (gold first) when the "other" kind took
# the place of efficacy as the default: a table of clinical events must not become "other".
OUTCOME_EVENTS: list[Entry] = [
    # https://pmc.ncbi.nlm.nih.gov/articles/PMC6289056/table/T2 ("Cardiovascular Events." with hazard ratios)
    (
        "Cardiovascular Events.",
        [
            "Cardiovascular disease",
            "Major adverse cardiovascular event",
            "Fatal cardiovascular disease",
            "Hospitalization for heart failure",
            "Fatal or nonfatal myocardial infarction",
            "Fatal or nonfatal ischemic stroke",
        ],
        "efficacy",
    ),
    # https://pmc.ncbi.nlm.nih.gov/articles/PMC10962521/table/table2/ ("Incidence of new cardiovascular events and
    # death at 9 years' follow-up")
    (
        "Incidence of new cardiovascular events and death at 5 years of follow-up",
        [
            "Coronary event",
            "Myocardial infarction",
            "Unstable angina pectoris",
            "TIA",
            "Stroke",
            "Heart failure",
            "All-cause mortality",
        ],
        "efficacy",
    ),
    # https://pmc.ncbi.nlm.nih.gov/articles/PMC3705125/table/Tab2 ("Five-year hazard ratios and absolute risks of
    # cardiovascular morbidity and mortality ...")
    (
        "Three-year hazard ratios and absolute risks of cardiovascular morbidity and mortality by treatment group",
        ["Fatal and nonfatal MI", "No. of events", "Incidence rate", "Fatal and nonfatal stroke", "All-cause"],
        "efficacy",
    ),
    # https://pmc.ncbi.nlm.nih.gov/articles/PMC4551392/table/T4 (rows of a primary/secondary outcome table), set
    # here with no caption
    (
        "",
        [
            "Death from any cause",
            "Death from cardiovascular causes",
            "Nonfatal myocardial infarction",
            "Nonfatal stroke",
            "Fatal or nonfatal congestive heart failure",
        ],
        "efficacy",
    ),
    # http://www.biomedcentral.com/1471-2261/10/40/table/T2 ("Hazard ratios of death, MI and ischemic stroke ...")
    (
        "Hazard ratios of death, recurrent MI and ischemic stroke by treatment",
        ["Age at randomization", "Male sex", "Prior MI", "Diabetes"],
        "efficacy",
    ),
    # counter-cases: deaths and events in a safety table stay adverse events
    (
        "Deaths and serious adverse events",
        ["Any serious adverse event", "Sepsis", "Death"],
        "adverse_events",
    ),
    (
        "Fatal adverse events",
        ["Sepsis", "Pneumonitis", "Cardiac arrest"],
        "adverse_events",
    ),
]

# Outcome tables of non-oncology trials over time: a disease measure (exacerbations, viral load, symptom scores,
# events per patient-year, lung function) by study day, visit or year, whose caption names no word of any kind;
# with the same "by study day / year" captions over tables of other kinds as counter-cases. Written (gold first)
# after the read-back pages stat-subcolumns (Table 8) and stat-subcolumns-2 (Table 5) showed such tables under
# "other"; captions and rows are this corpus's own.
TIME_COURSE: list[Entry] = [
    (
        "Asthma attacks by treatment year",
        ["Any asthma attack", "Attack requiring systemic corticosteroids", "Attack leading to an emergency visit"],
        "efficacy",
    ),
    (
        "Viral shedding and symptoms by study day",
        ["Nasal viral titre, log10 TCID50/mL", "Total symptom score", "Patients shedding virus"],
        "efficacy",
    ),
    (
        "Lung function by visit",
        ["Trough FEV1, mL", "Morning PEF, L/min", "ACQ-5 score"],
        "efficacy",
    ),
    (
        "Flares per patient-year by study year",
        ["Any flare", "Severe flare", "Flare treated with corticosteroids"],
        "efficacy",
    ),
    (
        "Seizure frequency at weeks 12 and 24",
        ["Seizures per 28 days", "Seizure-free days per 28 days", "Total seizure count"],
        "efficacy",
    ),
    # counter-cases: the caption's kind decides, whatever the time points
    (
        "Patient disposition by study year",
        ["Completed the year", "Discontinued", "Withdrew consent", "Lost to follow-up"],
        "other",
    ),
    (
        "Adverse events by study day",
        ["Headache", "Nausea", "Injection-site reaction", "Fatigue"],
        "adverse_events",
    ),
    (
        "Plasma concentrations by study day",
        ["Parent drug, ng/mL", "Active metabolite, ng/mL"],
        "pk",
    ),
    (
        "Subsequent therapies by study year",
        ["Any subsequent therapy", "Biologic therapy", "Oral corticosteroid maintenance"],
        "other",
    ),
    (
        "Baseline characteristics by year of enrolment",
        ["Age, years", "Female sex", "FEV1, % predicted", "Exacerbations in the previous year"],
        "demographics",
    ),
    (
        "Laboratory abnormalities by study visit",
        ["Anaemia", "ALT increased", "Neutrophil count decreased"],
        "adverse_events",
    ),
    # written after the first rule, when the pages showed "baseline" as a time course's first point read as a
    # baseline table's word ("Bone Mineral Density at Baseline and Week 52")
    (
        "Bone density at baseline and month 12",
        ["Lumbar spine, g/cm²", "Total hip, g/cm²", "Femoral neck, g/cm²"],
        "efficacy",
    ),
    (
        "Laboratory abnormalities at baseline and week 24",
        ["Anaemia", "ALT increased", "Hyponatraemia"],
        "adverse_events",
    ),
    (
        "Baseline demographics and disease characteristics",
        ["Age, years", "Disease duration, years", "Symptom score"],
        "demographics",
    ),
    # a table of no kind by study year: its rows name no disease measure
    (
        "Participating centres by study year",
        ["Site A", "Site B", "Site C"],
        "other",
    ),
    # safety panels over the trial's time: their units are no disease's course; other with a finding (added on main
    # after the merge: the time-course rule had filed the first two as efficacy)
    ("Haematology by visit", ["Haemoglobin, g/dL", "Platelets, x10^9/L", "Neutrophils, x10^9/L"], "other"),
    ("Laboratory values over time", ["ALT, U/L", "Creatinine, mg/dL", "Haemoglobin, g/dL"], "other"),
    ("Clinical chemistry at baseline and week 24", ["ALT, U/L", "AST, U/L", "Bilirubin, mg/dL"], "other"),
]
