"""Result sentences in the manner of general-medicine outcome trials (cardiology, diabetes and obesity,
nephrology, stroke, intensive care, vaccines and infectious disease, hypertension) as NEJM, Lancet, JAMA, BMJ,
Circulation, Diabetes Care and the European Heart Journal print them, weighted towards ratio statements (hazard,
odds, rate and risk ratios with their intervals and P values). Trials, drugs and numbers are invented; each
number's gold was written before the sentences were read back.

The forms were chosen from the per-binding aggregate of bench/prose_bindings.py (the weakest kinds of binding on
papers the rules were not written on): a ratio after "<outcome> occurred", "the ratio for <outcome>", "the
incidence of <outcome>", a ratio named for its outcome, "patients ... had <object>", the copula subject, a P value
after a contrast, a distant "incidence of", a clause's endpoint, and the group said before the value ("In the A
group, ...").

A gold entry is ``G(value, endpoint, arm, statistic)`` as in prose_general_medicine_corpus.py: ``endpoint`` is
"|"-separated words one of which the record's row (or parameter) must contain, or "-" when the number must not be
emitted (a margin, a design figure, a number whose outcome the sentence does not give); ``arm`` None is the whole
trial, "*" any group or none, else "|"-separated words one of which the group must contain; ``statistic`` is
"|"-separated or "*". ``within`` is a subgroup a ratio is of: one of its "|"-separated words must be in the row,
parameter or group (a subgroup's ratio emitted as the whole trial's would be a wrong label). ``optional`` numbers
may be withheld without loss."""

from __future__ import annotations

from typing import NamedTuple


class G(NamedTuple):
    value: float
    endpoint: str
    arm: str | None
    statistic: str
    optional: bool = False
    within: str | None = None


def ratio(kind: str, endpoint: str, value: float, low: float, high: float, p: float | None = None) -> list[G]:
    """A ratio with its 95% interval (and P value) of one endpoint, any group."""
    out = [G(value, endpoint, "*", kind), G(low, endpoint, "*", "ci_low"), G(high, endpoint, "*", "ci_high")]
    if p is not None:
        out.append(G(p, endpoint, "*", "p"))
    return out


def sub(kind: str, endpoint: str, within: str, value: float, low: float, high: float) -> list[G]:
    """A subgroup's ratio with its interval."""
    return [
        G(value, endpoint, "*", kind, within=within),
        G(low, endpoint, "*", "ci_low", within=within),
        G(high, endpoint, "*", "ci_high", within=within),
    ]


def withheld(*values: float) -> list[G]:
    return [G(v, "-", "*", "*") for v in values]


CORPUS: list[tuple[list[str], list[G]]] = [
    # ---- 1. ratio after "<outcome> occurred in ... in the A group and ... in the B group (HR ...)" ----------------
    (
        [
            "Patients were randomly assigned to receive zelvaparin or placebo.",
            "The primary outcome occurred in 245 patients (10.2%) in the zelvaparin group and in 301 patients (12.5%) "
            "in the placebo group (hazard ratio, 0.80; 95% CI, 0.68 to 0.95; P=0.01).",
        ],
        [
            G(245, "primary outcome", "zelvaparin", "count"),
            G(10.2, "primary outcome", "zelvaparin", "percent"),
            G(301, "primary outcome", "placebo", "count"),
            G(12.5, "primary outcome", "placebo", "percent"),
            *ratio("hr", "primary outcome", 0.80, 0.68, 0.95, 0.01),
        ],
    ),
    (
        [
            "Hospitalization for heart failure occurred in 132 patients (5.5%) in the orvanitide group and in 189 "
            "(7.9%) in the placebo group (hazard ratio, 0.69; 95% CI, 0.55 to 0.86)."
        ],
        [
            G(132, "hospitalization for heart failure", "orvanitide", "count"),
            G(5.5, "hospitalization for heart failure", "orvanitide", "percent"),
            G(189, "hospitalization for heart failure", "placebo", "count"),
            G(7.9, "hospitalization for heart failure", "placebo", "percent"),
            *ratio("hr", "hospitalization for heart failure", 0.69, 0.55, 0.86),
        ],
    ),
    (
        [
            "Ischaemic stroke occurred in 41 participants (1·9%) allocated to tirafibrin and 63 (2·9%) allocated to "
            "aspirin (HR 0·65, 95% CI 0·44–0·96; p=0·031)."
        ],
        [
            G(41, "stroke", "tirafibrin", "count"),
            G(1.9, "stroke", "tirafibrin", "percent"),
            G(63, "stroke", "aspirin", "count"),
            G(2.9, "stroke", "aspirin", "percent"),
            *ratio("hr", "stroke", 0.65, 0.44, 0.96, 0.031),
        ],
    ),
    (
        [
            "Death from any cause occurred in 402 patients (18.3%) in the conservative-oxygen group and in 421 "
            "patients (19.1%) in the liberal-oxygen group (relative risk, 0.96; 95% CI, 0.85 to 1.08; P=0.49)."
        ],
        [
            G(402, "death", "conservative", "count"),
            G(18.3, "death", "conservative", "percent"),
            G(421, "death", "liberal", "count"),
            G(19.1, "death", "liberal", "percent"),
            *ratio("rr", "death", 0.96, 0.85, 1.08, 0.49),
        ],
    ),
    (
        [
            "Kidney failure occurred in 88 patients (4.4%) in the ferunexant group and 127 (6.3%) in the placebo "
            "group (hazard ratio, 0.70; 95% confidence interval, 0.53 to 0.92)."
        ],
        [
            G(88, "kidney failure", "ferunexant", "count"),
            G(4.4, "kidney failure", "ferunexant", "percent"),
            G(127, "kidney failure", "placebo", "count"),
            G(6.3, "kidney failure", "placebo", "percent"),
            *ratio("hr", "kidney failure", 0.70, 0.53, 0.92),
        ],
    ),
    (
        [
            "Symptomatic intracranial hemorrhage occurred in 3.1% of the patients in the tenecteplase group and in "
            "2.8% of those in the alteplase group (risk ratio, 1.11; 95% CI, 0.62 to 1.98)."
        ],
        [
            G(3.1, "intracranial hemorrhage", "tenecteplase", "percent"),
            G(2.8, "intracranial hemorrhage", "alteplase", "percent"),
            *ratio("rr", "intracranial hemorrhage", 1.11, 0.62, 1.98),
        ],
    ),
    (
        [
            "Laboratory-confirmed influenza occurred in 52 of 4,212 participants (1.2%) in the high-dose vaccine group "
            "and in 78 of 4,198 (1.9%) in the standard-dose vaccine group (relative efficacy, 33.2%; 95% CI, 4.8 to "
            "53.4)."
        ],
        [
            G(52, "influenza", "high-dose", "count"),
            G(4212, "*", "high-dose", "denominator|count", True),
            G(1.2, "influenza", "high-dose", "percent"),
            G(78, "influenza", "standard-dose", "count"),
            G(4198, "*", "standard-dose", "denominator|count", True),
            G(1.9, "influenza", "standard-dose", "percent"),
            G(33.2, "influenza|efficacy", "*", "value|percent", True),
            G(4.8, "influenza|efficacy", "*", "ci_low", True),
            G(53.4, "influenza|efficacy", "*", "ci_high", True),
        ],
    ),
    (
        [
            "Major adverse cardiovascular events occurred in 6.9% of the patients who received calvetide and in 8.1% "
            "of those who received placebo (hazard ratio, 0.85; 95% CI, 0.76 to 0.95; P=0.004)."
        ],
        [
            G(6.9, "major adverse cardiovascular", "calvetide", "percent"),
            G(8.1, "major adverse cardiovascular", "placebo", "percent"),
            *ratio("hr", "major adverse cardiovascular", 0.85, 0.76, 0.95, 0.004),
        ],
    ),
    # ---- 2. "the hazard ratio for <outcome> was ..." -----------------------------------------------------------
    (
        [
            "The hazard ratio for the secondary outcome of death from cardiovascular causes was 0.91 (95% CI, 0.78 to "
            "1.06)."
        ],
        ratio("hr", "death from cardiovascular causes|secondary outcome", 0.91, 0.78, 1.06),
    ),
    (
        ["The hazard ratio for death from any cause was 0.88 (95% CI, 0.79 to 0.98; P=0.02)."],
        ratio("hr", "death from any cause", 0.88, 0.79, 0.98, 0.02),
    ),
    (
        [
            "For the composite renal outcome, the hazard ratio was 0.61 (95% CI, 0.49 to 0.76), and for death from "
            "renal causes it was 0.52 (95% CI, 0.30 to 0.90)."
        ],
        [
            *ratio("hr", "renal outcome", 0.61, 0.49, 0.76),
            G(0.52, "death from renal causes|-", "*", "hr"),
            G(0.30, "death from renal causes|-", "*", "ci_low"),
            G(0.90, "death from renal causes|-", "*", "ci_high"),
        ],
    ),
    (
        [
            "The odds ratio for a favorable functional outcome (a modified Rankin scale score of 0 to 2) at 90 days "
            "was 1.37 (95% CI, 1.09 to 1.72)."
        ],
        ratio("or", "functional outcome", 1.37, 1.09, 1.72) + withheld(0, 2) + [G(90, "-", "*", "*")],
    ),
    (
        ["The rate ratio for total (first and recurrent) heart-failure events was 0.73 (95% CI, 0.61 to 0.88)."],
        ratio("rr", "heart-failure events", 0.73, 0.61, 0.88),
    ),
    (
        [
            "The risk ratio for acute kidney injury was 1.05 (95% CI, 0.91 to 1.21), and that for new renal-"
            "replacement therapy was 0.94 (95% CI, 0.75 to 1.18)."
        ],
        [
            *ratio("rr", "acute kidney injury", 1.05, 0.91, 1.21),
            G(0.94, "renal-replacement therapy|-", "*", "rr"),
            G(0.75, "renal-replacement therapy|-", "*", "ci_low"),
            G(1.18, "renal-replacement therapy|-", "*", "ci_high"),
        ],
    ),
    # ---- 3. "X reduced the risk of Y by 20% (HR ...)" --------------------------------------------------------
    (
        [
            "Nexagliflozin reduced the risk of the primary composite outcome by 22% (hazard ratio, 0.78; 95% CI, "
            "0.67 to 0.91; P=0.001)."
        ],
        [G(22, "-|primary composite", "*", "value"), *ratio("hr", "primary composite", 0.78, 0.67, 0.91, 0.001)],
    ),
    (
        [
            "As compared with placebo, orvastatin lowered the risk of myocardial infarction by 27% (HR 0·73, 95% CI "
            "0·62–0·86)."
        ],
        [G(27, "-|myocardial infarction", "*", "value"), *ratio("hr", "myocardial infarction", 0.73, 0.62, 0.86)],
    ),
    (
        [
            "The vaccine reduced the incidence of hospitalization for RSV-associated lower respiratory tract disease "
            "(rate ratio, 0.18; 95% CI, 0.07 to 0.43)."
        ],
        ratio("rr", "hospitalization for rsv|lower respiratory tract disease", 0.18, 0.07, 0.43),
    ),
    # ---- 4. incidence of / rate of: comparisons and copula -------------------------------------------------------
    (
        [
            "The incidence of atrial fibrillation was lower with colchicine than with placebo (rate ratio, 0.68; "
            "95% CI, 0.52 to 0.89)."
        ],
        ratio("rr", "atrial fibrillation", 0.68, 0.52, 0.89),
    ),
    (
        [
            "The incidence of severe hypoglycemia was 1.2 events per 100 patient-years with icodec and 1.9 events "
            "per 100 patient-years with glargine (rate ratio, 0.63; 95% CI, 0.42 to 0.95)."
        ],
        [
            G(1.2, "hypoglycemia", "icodec", "rate|value|events"),
            G(1.9, "hypoglycemia", "glargine", "rate|value|events"),
            *ratio("rr", "hypoglycemia", 0.63, 0.42, 0.95),
            G(100, "-", "*", "*"),
        ],
    ),
    (
        [
            "The rate of stroke was 3.1% with apixolan and 4.0% with warfarin (hazard ratio, 0.77; 95% CI, 0.61 to "
            "0.97; P=0.03)."
        ],
        [
            G(3.1, "stroke", "apixolan", "percent|rate"),
            G(4.0, "stroke", "warfarin", "percent|rate"),
            *ratio("hr", "stroke", 0.77, 0.61, 0.97, 0.03),
        ],
    ),
    (
        [
            "The rate of major bleeding was 2.13% per year in the edoxiban group and 3.09% per year in the warfarin "
            "group."
        ],
        [G(2.13, "major bleeding", "edoxiban", "percent|rate"), G(3.09, "major bleeding", "warfarin", "percent|rate")],
    ),
    (
        [
            "The cumulative incidence of the primary end point at 3 years was 11.4% in the invasive-strategy group "
            "and 13.0% in the conservative-strategy group (adjusted hazard ratio, 0.87; 95% CI, 0.72 to 1.05)."
        ],
        [
            G(11.4, "primary end point", "invasive", "percent|rate"),
            G(13.0, "primary end point", "conservative", "percent|rate"),
            *ratio("hr", "primary end point", 0.87, 0.72, 1.05),
            G(3, "-", "*", "*"),
        ],
    ),
    (
        [
            "Mortality at 28 days was 22.4% in the hydrocortisone group and 27.1% in the usual-care group (odds "
            "ratio, 0.78; 95% CI, 0.63 to 0.96)."
        ],
        [
            G(22.4, "mortality", "hydrocortisone", "percent|rate"),
            G(27.1, "mortality", "usual-care|usual care", "percent|rate"),
            *ratio("or", "mortality", 0.78, 0.63, 0.96),
            G(28, "-", "*", "*"),
        ],
    ),
    (
        [
            "The incidence of the primary outcome was 3.8 per 100 patient-years in the ravulizumab group and 5.6 per "
            "100 patient-years in the placebo group."
        ],
        [
            G(3.8, "primary outcome", "ravulizumab", "rate|value|events"),
            G(5.6, "primary outcome", "placebo", "rate|value|events"),
        ],
    ),
    # ---- 5. "(hazard ratio for X, ...)" named for its outcome -----------------------------------------------------
    (
        [
            "The benefit was driven mainly by fewer hospitalizations for heart failure (hazard ratio for "
            "hospitalization, 0.67; 95% CI, 0.54 to 0.83)."
        ],
        ratio("hr", "hospitalization", 0.67, 0.54, 0.83),
    ),
    (
        [
            "Findings were similar for each component of the composite outcome (hazard ratio for cardiovascular "
            "death, 0.86 [95% CI, 0.71 to 1.04]; hazard ratio for myocardial infarction, 0.79 [95% CI, 0.64 to "
            "0.98]; hazard ratio for stroke, 0.88 [95% CI, 0.68 to 1.14])."
        ],
        ratio("hr", "cardiovascular death", 0.86, 0.71, 1.04)
        + ratio("hr", "myocardial infarction", 0.79, 0.64, 0.98)
        + ratio("hr", "stroke", 0.88, 0.68, 1.14),
    ),
    (
        [
            "Serious infections were more frequent with the drug than with placebo (odds ratio for serious infection, "
            "1.62; 95% CI, 1.10 to 2.39; P=0.01)."
        ],
        ratio("or", "serious infection", 1.62, 1.10, 2.39, 0.01),
    ),
    # ---- 6. components listed with their ratios -------------------------------------------------------------------
    (
        [
            "The components of the primary outcome were cardiovascular death (HR 0.87; 95% CI 0.74–1.03), "
            "non-fatal myocardial infarction (HR 0.81; 95% CI 0.68–0.96) and non-fatal stroke (HR 0.90; 95% CI "
            "0.71–1.14)."
        ],
        ratio("hr", "cardiovascular death", 0.87, 0.74, 1.03)
        + ratio("hr", "myocardial infarction", 0.81, 0.68, 0.96)
        + ratio("hr", "stroke", 0.90, 0.71, 1.14),
    ),
    (
        [
            "Reductions were seen in cardiovascular death (hazard ratio, 0.82; 95% CI, 0.69 to 0.98) and in "
            "hospitalization for heart failure (hazard ratio, 0.70; 95% CI, 0.59 to 0.83)."
        ],
        ratio("hr", "cardiovascular death", 0.82, 0.69, 0.98)
        + ratio("hr", "hospitalization for heart failure", 0.70, 0.59, 0.83),
    ),
    # ---- 7. subgroups and interaction ---------------------------------------------------------------------------
    (
        [
            "Among patients with diabetes, the hazard ratio for the primary outcome was 0.75 (95% CI, 0.63 to 0.90), "
            "and among those without diabetes it was 0.81 (95% CI, 0.68 to 0.97) (P=0.52 for interaction)."
        ],
        sub("hr", "primary outcome", "diabetes", 0.75, 0.63, 0.90)
        + [G(v, "-|primary outcome", "*", "*", within="without diabetes") for v in (0.81, 0.68, 0.97)]
        + [G(0.52, "-|interaction", "*", "p")],
    ),
    (
        [
            "In patients with an eGFR below 60 ml per minute per 1.73 m2, the hazard ratio was 0.72 (95% CI, 0.58 "
            "to 0.89)."
        ],
        withheld(60, 1.73, 0.72, 0.58, 0.89),
    ),
    (
        [
            "The results were consistent across prespecified subgroups, including age, sex, and baseline eGFR (P>0.05 "
            "for all interactions)."
        ],
        [G(0.05, "-|interaction", "*", "p")],
    ),
    (
        [
            "There was a significant interaction between treatment effect and baseline ejection fraction (P=0.02 for "
            "interaction)."
        ],
        [G(0.02, "interaction|ejection fraction|-", "*", "p")],
    ),
    (
        [
            "In the subgroup of patients aged 75 years or older, ischemic stroke occurred in 2.1% of the patients in "
            "the zelvaparin group and in 3.4% in the placebo group (hazard ratio, 0.61; 95% CI, 0.41 to 0.91)."
        ],
        [
            G(2.1, "stroke", "zelvaparin", "percent", within="75|older"),
            G(3.4, "stroke", "placebo", "percent", within="75|older"),
            *sub("hr", "stroke", "75|older", 0.61, 0.41, 0.91),
            G(75, "-", "*", "*"),
        ],
    ),
    # ---- 8. ratio after a clause whose subject is the outcome -----------------------------------------------------
    (
        [
            "Treatment failure was less common with ceftaroline than with vancomycin (odds ratio, 0.58; 95% CI, 0.40 "
            "to 0.84)."
        ],
        ratio("or", "treatment failure", 0.58, 0.40, 0.84),
    ),
    (
        [
            "Recurrent venous thromboembolism was less frequent in the extended-treatment group than in the placebo "
            "group (hazard ratio, 0.18; 95% CI, 0.09 to 0.36; P<0.001)."
        ],
        ratio("hr", "venous thromboembolism", 0.18, 0.09, 0.36, 0.001),
    ),
    (
        ["Delirium was more common among patients who received haloperidol (odds ratio, 1.41; 95% CI, 1.02 to 1.95)."],
        ratio("or", "delirium", 1.41, 1.02, 1.95),
    ),
    (
        [
            "The risk of death or disability at 6 months did not differ significantly between the groups (adjusted "
            "odds ratio, 0.94; 95% CI, 0.76 to 1.16; P=0.57)."
        ],
        [*ratio("or", "death or disability", 0.94, 0.76, 1.16, 0.57), G(6, "-", "*", "*")],
    ),
    (
        [
            "Ventilator-associated pneumonia was reduced with chlorhexidine bathing (incidence rate ratio, 0.64; 95% "
            "CI, 0.47 to 0.87)."
        ],
        ratio("rr", "pneumonia", 0.64, 0.47, 0.87),
    ),
    # ---- 9. "had" forms --------------------------------------------------------------------------------------
    (
        [
            "Patients assigned to intensive blood-pressure control had fewer heart-failure events than those assigned "
            "to standard control (hazard ratio, 0.62; 95% CI, 0.45 to 0.84)."
        ],
        ratio("hr", "heart-failure events", 0.62, 0.45, 0.84),
    ),
    (
        [
            "Participants who received the vaccine had a lower risk of symptomatic COVID-19 than those who received "
            "placebo (hazard ratio, 0.06; 95% CI, 0.03 to 0.12)."
        ],
        ratio("hr", "covid", 0.06, 0.03, 0.12),
    ),
    (
        [
            "A total of 310 patients (13.0%) in the finerenone group and 384 (16.1%) in the placebo group had a "
            "kidney-outcome event."
        ],
        [
            G(310, "kidney", "finerenone", "count"),
            G(13.0, "kidney", "finerenone", "percent"),
            G(384, "kidney", "placebo", "count"),
            G(16.1, "kidney", "placebo", "percent"),
        ],
    ),
    (
        [
            "Fewer patients in the semaglutide group than in the placebo group had a major adverse cardiovascular "
            "event (569 [6.5%] vs. 701 [8.0%])."
        ],
        [
            G(569, "cardiovascular", "semaglutide", "count"),
            G(6.5, "cardiovascular", "semaglutide", "percent"),
            G(701, "cardiovascular", "placebo", "count"),
            G(8.0, "cardiovascular", "placebo", "percent"),
        ],
    ),
    (
        ["Patients in the early-rhythm-control group had fewer strokes (hazard ratio, 0.65; 95% CI, 0.44 to 0.97)."],
        ratio("hr", "stroke", 0.65, 0.44, 0.97),
    ),
    (
        ["Sixty-two patients (5.1%) had a serious adverse event that led to discontinuation of the trial drug."],
        [G(62, "serious adverse event", None, "count"), G(5.1, "serious adverse event", None, "percent")],
    ),
    # ---- 10. copula subject --------------------------------------------------------------------------------
    (
        [
            "The proportion of patients with a sustained 40% or greater decline in eGFR was 5.9% with ferunexant and "
            "8.7% with placebo."
        ],
        [
            G(5.9, "decline in egfr", "ferunexant", "percent"),
            G(8.7, "decline in egfr", "placebo", "percent"),
            G(40, "-|decline in egfr", "*", "*"),
        ],
    ),
    (
        ["All-cause mortality at 1 year was 9.8% in the transcatheter group and 12.2% in the surgical group (P=0.04)."],
        [
            G(9.8, "mortality", "transcatheter", "percent|rate"),
            G(12.2, "mortality", "surgical", "percent|rate"),
            G(0.04, "mortality", "*", "p"),
            G(1, "-", "*", "*"),
        ],
    ),
    (
        ["Vaccine efficacy against severe disease was 89.1% (95% CI, 72.4 to 96.5)."],
        [
            G(89.1, "efficacy|severe disease", None, "percent|value"),
            G(72.4, "efficacy|severe disease", "*", "ci_low"),
            G(96.5, "efficacy|severe disease", "*", "ci_high"),
        ],
    ),
    (
        [
            "The mean systolic blood pressure at 12 months was 121.4 mm Hg in the intensive-treatment group and "
            "136.2 mm Hg in the standard-treatment group."
        ],
        [
            G(121.4, "systolic blood pressure", "intensive", "mean"),
            G(136.2, "systolic blood pressure", "standard", "mean"),
            G(12, "-", "*", "*"),
        ],
    ),
    (
        [
            "The median duration of mechanical ventilation was 4 days (interquartile range, 2 to 8) in the "
            "dexmedetomidine group and 5 days (interquartile range, 3 to 9) in the usual-care group."
        ],
        [
            G(4, "mechanical ventilation", "dexmedetomidine", "median"),
            G(2, "mechanical ventilation", "dexmedetomidine", "q1"),
            G(8, "mechanical ventilation", "dexmedetomidine", "q3"),
            G(5, "mechanical ventilation", "usual", "median"),
            G(3, "mechanical ventilation", "usual", "q1"),
            G(9, "mechanical ventilation", "usual", "q3"),
        ],
    ),
    # ---- 11. the group before the value -----------------------------------------------------------------------
    (
        [
            "In the apixolan group, major bleeding occurred in 62 patients (2.4%); in the warfarin group, it occurred "
            "in 98 patients (3.8%)."
        ],
        [
            G(62, "major bleeding", "apixolan", "count"),
            G(2.4, "major bleeding", "apixolan", "percent"),
            G(98, "major bleeding|-", "warfarin", "count"),
            G(3.8, "major bleeding|-", "warfarin", "percent"),
        ],
    ),
    (
        [
            "In the dapagliflozin group, 73 patients (3.6%) died from cardiovascular causes, as compared with 92 "
            "(4.5%) in the placebo group."
        ],
        [
            G(73, "cardiovascular", "dapagliflozin", "count"),
            G(3.6, "cardiovascular", "dapagliflozin", "percent"),
            G(92, "cardiovascular|-", "placebo", "count"),
            G(4.5, "cardiovascular|-", "placebo", "percent"),
        ],
    ),
    (
        [
            "In the placebo group, the incidence of the primary outcome was 6.2 per 100 patient-years; in the "
            "ziltivekimab group, it was 4.9 per 100 patient-years."
        ],
        [
            G(6.2, "primary outcome", "placebo", "rate|value|events"),
            G(4.9, "primary outcome|-", "ziltivekimab", "rate|value|events"),
            G(100, "-", "*", "*"),
        ],
    ),
    (
        ["Among the patients in the surgery group, 14 (3.2%) had a perioperative stroke."],
        [G(14, "stroke", "surgery", "count"), G(3.2, "stroke", "surgery", "percent")],
    ),
    # ---- 12. P values after comparisons ------------------------------------------------------------------------
    (
        ["Mortality did not differ significantly between the groups (P=0.38)."],
        [G(0.38, "mortality", "*", "p")],
    ),
    (
        [
            "The change in body weight was greater with tirzepatide than with semaglutide (−11.2 kg vs. −6.2 kg, "
            "P<0.001)."
        ],
        [
            G(-11.2, "body weight", "tirzepatide", "mean|value"),
            G(-6.2, "body weight", "semaglutide", "mean|value"),
            G(0.001, "body weight", "*", "p"),
        ],
    ),
    (
        [
            "Time in therapeutic range was higher in the genotype-guided group than in the standard-dosing group "
            "(45.2% vs. 39.5%, P=0.02)."
        ],
        [
            G(45.2, "therapeutic range", "genotype", "percent|mean|value"),
            G(39.5, "therapeutic range", "standard", "percent|mean|value"),
            G(0.02, "therapeutic range", "*", "p"),
        ],
    ),
    (
        [
            "Systolic pressure fell by 12.4 mm Hg in the renal-denervation group and by 7.1 mm Hg in the sham group; "
            "the difference was significant (P=0.003)."
        ],
        [
            G(12.4, "systolic", "denervation", "mean|value"),
            G(7.1, "systolic", "sham", "mean|value"),
            G(0.003, "systolic|difference", "*", "p"),
        ],
    ),
    # ---- 13. NNT, absolute differences ------------------------------------------------------------------------
    (
        [
            "The absolute risk reduction was 2.3 percentage points, and the number needed to treat to prevent one "
            "primary-outcome event over 3 years was 43."
        ],
        [
            G(2.3, "primary|risk reduction|-", "*", "value"),
            G(43, "primary|number needed|-", "*", "value"),
            G(3, "-", "*", "*"),
            *withheld(1),
        ],
    ),
    (
        ["The between-group difference in the primary outcome was −3.1 percentage points (95% CI, −5.4 to −0.8)."],
        [
            G(-3.1, "primary outcome", "*", "value"),
            G(-5.4, "primary outcome", "*", "ci_low"),
            G(-0.8, "primary outcome", "*", "ci_high"),
        ],
    ),
    # ---- 14. noninferiority margins, design and background numbers (withheld) ---------------------------------
    (
        [
            "Noninferiority was to be shown if the upper boundary of the 95% confidence interval of the hazard ratio "
            "was less than 1.3."
        ],
        withheld(1.3),
    ),
    (
        [
            "We estimated that 612 primary-outcome events would provide 90% power to detect a 20% lower relative risk "
            "at a two-sided alpha level of 0.05."
        ],
        withheld(612, 90, 20, 0.05),
    ),
    (
        [
            "The upper boundary of the confidence interval (1.12) was below the prespecified noninferiority margin "
            "of 1.20 (P<0.001 for noninferiority)."
        ],
        [G(1.20, "-", "*", "*"), G(1.12, "-|ci", "*", "ci_high"), G(0.001, "-|noninferiority", "*", "p")],
    ),
    (
        [
            "Heart failure affects more than 64 million people worldwide, and 1-year mortality after hospitalization "
            "approaches 30%."
        ],
        withheld(64, 1, 30),
    ),
    (
        ["Patients were randomly assigned in a 1:1 ratio to receive 10 mg of ferunexant once daily or placebo."],
        withheld(1, 10),
    ),
    # ---- 15. "inherited" P values and ratios in following clauses -----------------------------------------------
    (
        [
            "The primary outcome occurred in 8.4% of the patients in the icosapent group and in 11.2% of those in "
            "the placebo group; the difference was significant (P<0.001)."
        ],
        [
            G(8.4, "primary outcome", "icosapent", "percent"),
            G(11.2, "primary outcome", "placebo", "percent"),
            G(0.001, "primary outcome|difference", "*", "p"),
        ],
    ),
    (
        [
            "Death from cardiovascular causes was less frequent with sotagliflozin, whereas hospitalization for heart "
            "failure was not (hazard ratio, 0.95; 95% CI, 0.80 to 1.13)."
        ],
        [G(v, "hospitalization for heart failure|-", "*", "*") for v in (0.95, 0.80, 1.13)],
    ),
    (
        [
            "Stroke occurred in 1.4% and 1.9% of the patients, respectively, in the two groups (hazard ratio, 0.74; "
            "95% CI, 0.55 to 0.98)."
        ],
        withheld(1.4, 1.9) + ratio("hr", "stroke", 0.74, 0.55, 0.98),
    ),
    # ---- 16. "occurred" with counts before the groups -----------------------------------------------------------
    (
        [
            "A first acute kidney injury event occurred in 118 patients in the balanced-crystalloid group and 142 in "
            "the saline group (odds ratio, 0.82; 95% CI, 0.64 to 1.06)."
        ],
        [
            G(118, "acute kidney injury", "balanced", "count|events"),
            G(142, "acute kidney injury", "saline", "count|events"),
            *ratio("or", "acute kidney injury", 0.82, 0.64, 1.06),
        ],
    ),
    (
        [
            "Sepsis-related death occurred in 31.2% of the patients in the early-vasopressin group as compared with "
            "35.4% of those in the norepinephrine group (absolute difference, −4.2 percentage points; 95% CI, −9.5 "
            "to 1.1)."
        ],
        [
            G(31.2, "death", "vasopressin", "percent"),
            G(35.4, "death", "norepinephrine", "percent"),
            G(-4.2, "death", "*", "value"),
            G(-9.5, "death", "*", "ci_low"),
            G(1.1, "death", "*", "ci_high"),
        ],
    ),
    (
        [
            "Myocardial infarction occurred in 3.9% in the ticagrelor group and 4.8% in the clopidogrel group "
            "(hazard ratio, 0.81; 95% CI, 0.68 to 0.97)."
        ],
        [
            G(3.9, "myocardial infarction", "ticagrelor", "percent"),
            G(4.8, "myocardial infarction", "clopidogrel", "percent"),
            *ratio("hr", "myocardial infarction", 0.81, 0.68, 0.97),
        ],
    ),
    # ---- 17. two outcomes in one sentence, ratio for each -----------------------------------------------------
    (
        [
            "Death occurred in 9.1% of the patients in the ceftazidime group and in 10.4% in the meropenem group, and "
            "clinical cure in 72.0% and 70.2%, respectively."
        ],
        [
            G(9.1, "death", "ceftazidime", "percent"),
            G(10.4, "death", "meropenem", "percent"),
            G(72.0, "clinical cure|-", "ceftazidime", "percent"),
            G(70.2, "clinical cure|-", "meropenem", "percent"),
        ],
    ),
    (
        [
            "Cardiovascular death occurred in 3.9% and 4.4% of the patients (hazard ratio, 0.89; 95% CI, 0.74 to "
            "1.07), and all-cause death in 7.1% and 7.6% (hazard ratio, 0.93; 95% CI, 0.82 to 1.06)."
        ],
        withheld(3.9, 4.4, 7.1, 7.6)
        + ratio("hr", "cardiovascular death", 0.89, 0.74, 1.07)
        + [G(v, "all-cause death|-", "*", "*") for v in (0.93, 0.82, 1.06)],
    ),
    # ---- 18. vaccines, infectious disease -------------------------------------------------------------------------
    (
        [
            "Symptomatic infection was confirmed in 11 participants in the vaccine group and in 185 participants in "
            "the placebo group, corresponding to a vaccine efficacy of 94.1% (95% CI, 89.3 to 96.8)."
        ],
        [
            G(11, "infection", "vaccine", "count|events"),
            G(185, "infection", "placebo", "count|events"),
            G(89.3, "efficacy|infection", "*", "ci_low"),
            G(96.8, "efficacy|infection", "*", "ci_high"),
            G(94.1, "efficacy|infection", "*", "percent|value"),
        ],
    ),
    (
        [
            "Clinical cure at the test-of-cure visit was achieved in 512 of 620 patients (82.6%) in the cefepime–"
            "taniborbactam group and 412 of 530 (77.7%) in the meropenem group."
        ],
        [
            G(512, "clinical cure", "cefepime", "count"),
            G(620, "*", "cefepime", "denominator|count", True),
            G(82.6, "clinical cure", "cefepime", "percent"),
            G(412, "clinical cure", "meropenem", "count"),
            G(530, "*", "meropenem", "denominator|count", True),
            G(77.7, "clinical cure", "meropenem", "percent"),
        ],
    ),
    (
        [
            "Hospitalization for COVID-19 or death occurred in 0.8% of the patients in the nirmatrelvir group and "
            "in 6.3% in the placebo group (relative risk reduction, 88.9%)."
        ],
        [
            G(0.8, "hospitalization|covid", "nirmatrelvir", "percent"),
            G(6.3, "hospitalization|covid", "placebo", "percent"),
            G(88.9, "-|hospitalization|covid", "*", "value"),
        ],
    ),
    # ---- 19. diabetes / obesity ----------------------------------------------------------------------------------
    (
        [
            "At week 72, the mean change in body weight was −15.0% with the drug and −2.6% with placebo (estimated "
            "treatment difference, −12.4 percentage points; 95% CI, −13.4 to −11.4; P<0.001)."
        ],
        [
            G(-15.0, "body weight", "drug", "mean|percent|value"),
            G(-2.6, "body weight", "placebo", "mean|percent|value"),
            G(-12.4, "body weight", "*", "value|mean"),
            G(-13.4, "body weight", "*", "ci_low"),
            G(-11.4, "body weight", "*", "ci_high"),
            G(0.001, "body weight", "*", "p"),
            G(72, "-", "*", "*"),
        ],
    ),
    (
        [
            "An HbA1c level of less than 7.0% was reached by 79% of the patients in the tirzepatide group and by 64% "
            "in the semaglutide group."
        ],
        [
            G(79, "hba1c", "tirzepatide", "percent"),
            G(64, "hba1c", "semaglutide", "percent"),
            G(7.0, "-|hba1c", "*", "*"),
        ],
    ),
    (
        [
            "Severe or clinically significant hypoglycemia occurred in 10.3% of the participants receiving insulin "
            "icodec and in 6.8% of those receiving degludec (estimated rate ratio, 1.63; 95% CI, 1.02 to 2.61)."
        ],
        [
            G(10.3, "hypoglycemia", "icodec", "percent"),
            G(6.8, "hypoglycemia", "degludec", "percent"),
            *ratio("rr", "hypoglycemia", 1.63, 1.02, 2.61),
        ],
    ),
    (
        [
            "Gastrointestinal adverse events led to discontinuation of the trial product in 4.5% of the patients in "
            "the semaglutide group and in 0.8% of those in the placebo group."
        ],
        [
            G(4.5, "discontinuation|gastrointestinal", "semaglutide", "percent"),
            G(0.8, "discontinuation|gastrointestinal", "placebo", "percent"),
        ],
    ),
    # ---- 20. nephrology ------------------------------------------------------------------------------------------
    (
        [
            "The annual rate of decline in eGFR was 2.4 ml per minute per 1.73 m2 with ferunexant and 3.9 ml per "
            "minute per 1.73 m2 with placebo (difference, 1.5; 95% CI, 1.1 to 1.9)."
        ],
        [
            G(2.4, "egfr", "ferunexant", "mean|value|rate"),
            G(3.9, "egfr", "placebo", "mean|value|rate"),
            G(1.5, "egfr", "*", "value|mean"),
            G(1.1, "egfr", "*", "ci_low"),
            G(1.9, "egfr", "*", "ci_high"),
            G(1.73, "-", "*", "*"),
        ],
    ),
    (
        [
            "The urinary albumin-to-creatinine ratio was 31% lower in the ferunexant group than in the placebo group "
            "at month 4 (95% CI, 27 to 35)."
        ],
        [
            G(31, "albumin-to-creatinine", "*", "value|percent", True),
            G(27, "albumin-to-creatinine", "*", "ci_low", True),
            G(35, "albumin-to-creatinine", "*", "ci_high", True),
            G(4, "-", "*", "*"),
        ],
    ),
    (
        [
            "A sustained decline in eGFR of at least 50%, end-stage kidney disease, or death from renal causes "
            "occurred in 142 patients (6.8%) in the ferunexant group and 213 (10.2%) in the placebo group."
        ],
        [
            G(142, "egfr|kidney", "ferunexant", "count"),
            G(6.8, "egfr|kidney", "ferunexant", "percent"),
            G(213, "egfr|kidney", "placebo", "count"),
            G(10.2, "egfr|kidney", "placebo", "percent"),
            G(50, "-|egfr", "*", "*"),
        ],
    ),
    # ---- 21. stroke -----------------------------------------------------------------------------------------
    (
        [
            "Functional independence (modified Rankin scale score, 0 to 2) at 90 days was achieved in 46.0% of the "
            "patients in the thrombectomy group and in 26.5% of those in the control group (adjusted risk ratio, "
            "1.73; 95% CI, 1.29 to 2.32)."
        ],
        [
            G(46.0, "functional independence", "thrombectomy", "percent"),
            G(26.5, "functional independence", "control", "percent"),
            *ratio("rr", "functional independence", 1.73, 1.29, 2.32),
            G(0, "-", "*", "*"),
            G(2, "-", "*", "*"),
            G(90, "-", "*", "*"),
        ],
    ),
    (
        [
            "A shift toward better outcomes on the modified Rankin scale favored the intervention (common odds ratio, "
            "1.62; 95% CI, 1.21 to 2.17)."
        ],
        ratio("or", "rankin", 1.62, 1.21, 2.17),
    ),
    (
        [
            "Recurrent stroke within 90 days occurred in 5.5% of the patients in the clopidogrel–aspirin group and in "
            "7.8% in the aspirin group (hazard ratio, 0.68; 95% CI, 0.57 to 0.81; P<0.001)."
        ],
        [
            G(5.5, "stroke", "clopidogrel", "percent"),
            G(7.8, "stroke", "aspirin", "percent"),
            *ratio("hr", "stroke", 0.68, 0.57, 0.81, 0.001),
            G(90, "-", "*", "*"),
        ],
    ),
    # ---- 22. ICU ------------------------------------------------------------------------------------------------
    (
        [
            "At 90 days, 418 of 1,425 patients (29.3%) in the restrictive-fluid group and 427 of 1,429 (29.9%) in "
            "the standard-fluid group had died (adjusted absolute difference, −0.6 percentage points; 99% CI, −4.7 "
            "to 3.5; P=0.74)."
        ],
        [
            G(418, "died|death", "restrictive", "count"),
            G(1425, "*", "restrictive", "denominator|count", True),
            G(29.3, "died|death", "restrictive", "percent"),
            G(427, "died|death", "standard", "count"),
            G(1429, "*", "standard", "denominator|count", True),
            G(29.9, "died|death", "standard", "percent"),
            G(-0.6, "died|death", "*", "value"),
            G(-4.7, "died|death", "*", "ci_low"),
            G(3.5, "died|death", "*", "ci_high"),
            G(0.74, "died|death", "*", "p"),
            G(90, "-", "*", "*"),
        ],
    ),
    (
        [
            "The number of days alive and free of life support at day 28 was similar in the two groups (median, 22 "
            "days vs. 21 days)."
        ],
        [G(22, "days alive|-", "*", "median"), G(21, "days alive|-", "*", "median"), G(28, "-", "*", "*")],
    ),
    (
        [
            "Renal-replacement therapy was initiated in 22.1% of the patients in the accelerated-strategy group and "
            "in 24.6% in the standard-strategy group (relative risk, 0.90; 95% CI, 0.78 to 1.04)."
        ],
        [
            G(22.1, "renal-replacement", "accelerated", "percent"),
            G(24.6, "renal-replacement", "standard", "percent"),
            *ratio("rr", "renal-replacement", 0.90, 0.78, 1.04),
        ],
    ),
    # ---- 23. hypertension ------------------------------------------------------------------------------------
    (
        [
            "The placebo-corrected change in 24-hour ambulatory systolic blood pressure was −7.9 mm Hg (95% CI, −10.4 "
            "to −5.4; P<0.001)."
        ],
        [
            G(-7.9, "systolic blood pressure", "*", "value|mean"),
            G(-10.4, "systolic blood pressure", "*", "ci_low"),
            G(-5.4, "systolic blood pressure", "*", "ci_high"),
            G(0.001, "systolic blood pressure", "*", "p"),
            G(24, "-", "*", "*"),
        ],
    ),
    (
        [
            "Blood-pressure control (<140/90 mm Hg) was achieved in 68.2% of the patients in the polypill group and "
            "in 52.1% of those in the usual-care group."
        ],
        [
            G(68.2, "control", "polypill", "percent"),
            G(52.1, "control", "usual", "percent"),
            G(140, "-", "*", "*"),
            G(90, "-", "*", "*"),
        ],
    ),
    (
        [
            "Hyperkalemia (potassium >5.5 mmol per liter) occurred more frequently with the drug than with placebo "
            "(9.4% vs. 3.1%; odds ratio, 3.21; 95% CI, 1.90 to 5.42)."
        ],
        [
            G(9.4, "hyperkalemia", "drug", "percent"),
            G(3.1, "hyperkalemia", "placebo", "percent"),
            *ratio("or", "hyperkalemia", 3.21, 1.90, 5.42),
            G(5.5, "-|hyperkalemia", "*", "*"),
        ],
    ),
    # ---- 24. more subject-occurred + ratio, varied syntax ----------------------------------------------------
    (
        [
            "The composite of death from cardiovascular causes, myocardial infarction, or stroke occurred less "
            "frequently in the inclisiran group (hazard ratio, 0.82; 95% CI, 0.72 to 0.94)."
        ],
        ratio("hr", "composite|death from cardiovascular causes", 0.82, 0.72, 0.94),
    ),
    (
        [
            "Unplanned hospitalization or urgent visit for heart failure was reported in 9.6% of the patients who "
            "received the drug and 12.5% of those who received placebo (hazard ratio, 0.75; 95% CI, 0.62 to 0.91)."
        ],
        [
            G(9.6, "hospitalization", "drug", "percent"),
            G(12.5, "hospitalization", "placebo", "percent"),
            *ratio("hr", "hospitalization", 0.75, 0.62, 0.91),
        ],
    ),
    (
        [
            "Bleeding events were less common with dual therapy; they occurred in 15.4% and 26.9% of the patients, "
            "respectively (hazard ratio, 0.52; 95% CI, 0.42 to 0.63)."
        ],
        withheld(15.4, 26.9) + [G(v, "bleeding|-", "*", "*") for v in (0.52, 0.42, 0.63)],
    ),
    (
        [
            "Clinically relevant bleeding occurred in 10.5% of patients receiving reduced-dose anticoagulation and "
            "in 13.2% of those receiving full-dose anticoagulation, for a hazard ratio of 0.78 (95% CI, 0.64 to "
            "0.96)."
        ],
        [
            G(10.5, "bleeding", "reduced", "percent"),
            G(13.2, "bleeding", "full", "percent"),
            *ratio("hr", "bleeding", 0.78, 0.64, 0.96),
        ],
    ),
    # ---- 25. Lancet / BMJ style with middle dots, en-dash ranges -------------------------------------------------
    (
        [
            "Fracture occurred in 61 (4·8%) of 1271 women assigned to denosumab and 103 (8·1%) of 1268 assigned to "
            "placebo (relative risk 0·59, 95% CI 0·43–0·80)."
        ],
        [
            G(61, "fracture", "denosumab", "count"),
            G(4.8, "fracture", "denosumab", "percent"),
            G(1271, "*", "denosumab", "denominator|count", True),
            G(103, "fracture", "placebo", "count"),
            G(8.1, "fracture", "placebo", "percent"),
            G(1268, "*", "placebo", "denominator|count", True),
            *ratio("rr", "fracture", 0.59, 0.43, 0.80),
        ],
    ),
    (
        [
            "All-cause mortality was 11·3% in the intervention group versus 12·9% in the control group (odds ratio "
            "0·86, 0·74–1·00; p=0·048)."
        ],
        [
            G(11.3, "mortality", "intervention", "percent|rate"),
            G(12.9, "mortality", "control", "percent|rate"),
            *ratio("or", "mortality", 0.86, 0.74, 1.00, 0.048),
        ],
    ),
    (
        [
            "Compared with usual care, the intervention reduced readmission for heart failure at 12 months (adjusted "
            "HR 0·71, 95% CI 0·56–0·90)."
        ],
        [*ratio("hr", "readmission", 0.71, 0.56, 0.9), G(12, "-", "*", "*")],
    ),
    # ---- 26. forms a reviewer cannot label: withheld ---------------------------------------------------------
    (
        ["The corresponding hazard ratio was 0.84 (95% CI, 0.73 to 0.97)."],
        withheld(0.84, 0.73, 0.97),
    ),
    (
        ["This effect was consistent in both sexes (hazard ratio, 0.79 in women and 0.83 in men)."],
        withheld(0.79, 0.83),
    ),
    (
        ["The effect was attenuated after adjustment (odds ratio, 1.12; 95% CI, 0.88 to 1.43)."],
        withheld(1.12, 0.88, 1.43),
    ),
    (
        [
            "Results were similar in the per-protocol population (hazard ratio, 0.77; 95% CI, 0.64 to 0.93) and in "
            "the as-treated analysis (hazard ratio, 0.79; 95% CI, 0.66 to 0.95)."
        ],
        withheld(0.77, 0.64, 0.93, 0.79, 0.66, 0.95),
    ),
    (
        ["Estimates for the secondary outcomes are shown in Table 2 (all P>0.10)."],
        withheld(2, 0.10),
    ),
    # ---- 27. more "had" with comparators ----------------------------------------------------------------------
    (
        [
            "Patients treated with bempedoic acid had a lower incidence of coronary revascularization than those "
            "given placebo (7.6% vs. 9.5%; hazard ratio, 0.81; 95% CI, 0.72 to 0.92)."
        ],
        [
            G(7.6, "revascularization", "bempedoic", "percent"),
            G(9.5, "revascularization", "placebo", "percent"),
            *ratio("hr", "revascularization", 0.81, 0.72, 0.92),
        ],
    ),
    (
        [
            "Children who received the conjugate vaccine had fewer episodes of radiologically confirmed pneumonia "
            "(incidence rate ratio, 0.63; 95% CI, 0.50 to 0.80)."
        ],
        ratio("rr", "pneumonia", 0.63, 0.50, 0.80),
    ),
    (
        [
            "Participants in the lifestyle group had a 58% lower incidence of diabetes than those in the placebo "
            "group (95% CI, 48 to 66)."
        ],
        [
            G(58, "-|diabetes", "*", "value|percent"),
            G(48, "-|diabetes", "*", "ci_low"),
            G(66, "-|diabetes", "*", "ci_high"),
        ],
    ),
    # ---- 28. the "occurred" form with "the X group, before" ------------------------------------------------------
    (
        [
            "The zelvaparin group had 48 strokes (1.1% per year) and the warfarin group had 71 (1.6% per year) "
            "(hazard ratio, 0.68; 95% CI, 0.47 to 0.98)."
        ],
        [
            G(48, "stroke", "zelvaparin", "count|events"),
            G(1.1, "stroke", "zelvaparin", "percent|rate"),
            G(71, "stroke|-", "warfarin", "count|events"),
            G(1.6, "stroke|-", "warfarin", "percent|rate"),
            *ratio("hr", "stroke", 0.68, 0.47, 0.98),
        ],
    ),
    (
        [
            "The intensive-therapy group had a lower rate of the primary outcome than the standard-therapy group "
            "(1.65% per year vs. 2.19% per year; hazard ratio, 0.75; 95% CI, 0.64 to 0.89; P<0.001)."
        ],
        [
            G(1.65, "primary outcome", "intensive", "percent|rate"),
            G(2.19, "primary outcome", "standard", "percent|rate"),
            *ratio("hr", "primary outcome", 0.75, 0.64, 0.89, 0.001),
        ],
    ),
    # ---- 29. distant "incidence of" -----------------------------------------------------------------------------
    (
        [
            "The incidence of new-onset diabetes, which was a prespecified exploratory outcome assessed at every "
            "visit, was 3.0% in the orvastatin group and 2.6% in the placebo group."
        ],
        [G(3.0, "diabetes", "orvastatin", "percent|rate"), G(2.6, "diabetes", "placebo", "percent|rate")],
    ),
    (
        [
            "The incidence of the primary safety outcome of major or clinically relevant nonmajor bleeding, as "
            "adjudicated by an independent committee unaware of group assignments, was similar in the two groups "
            "(hazard ratio, 1.04; 95% CI, 0.87 to 1.25)."
        ],
        ratio("hr", "bleeding|primary safety outcome", 1.04, 0.87, 1.25),
    ),
    # ---- 30. clause endpoints ---------------------------------------------------------------------------------
    (
        [
            "Although the primary outcome did not differ, cardiovascular death was lower with the drug (hazard "
            "ratio, 0.82; 95% CI, 0.69 to 0.97)."
        ],
        ratio("hr", "cardiovascular death", 0.82, 0.69, 0.97),
    ),
    (
        ["Patients who had a stroke during follow-up were older, and 28 of them (12.3%) died within 30 days."],
        withheld(28, 12.3, 30),
    ),
    (
        ["Of the 402 deaths, 214 (53.2%) were adjudicated as cardiovascular."],
        [
            G(214, "cardiovascular|death", None, "count"),
            G(53.2, "cardiovascular|death", None, "percent"),
            G(402, "death|-", None, "count"),
        ],
    ),
    # ---- 31. more ratio forms, second batch (written with the first, before any read-back) ---------------------
    (
        [
            "Worsening heart failure occurred in 10.6% of the patients in the vericiguat group and in 12.1% of those "
            "in the placebo group (hazard ratio, 0.87; 95% CI, 0.77 to 0.99)."
        ],
        [
            G(10.6, "worsening heart failure", "vericiguat", "percent"),
            G(12.1, "worsening heart failure", "placebo", "percent"),
            *ratio("hr", "worsening heart failure", 0.87, 0.77, 0.99),
        ],
    ),
    (
        [
            "Pneumonia developed in 8.2% of the patients in the probiotic group and in 8.6% of those in the placebo "
            "group (hazard ratio, 0.95; 95% CI, 0.72 to 1.25; P=0.73)."
        ],
        [
            G(8.2, "pneumonia", "probiotic", "percent"),
            G(8.6, "pneumonia", "placebo", "percent"),
            *ratio("hr", "pneumonia", 0.95, 0.72, 1.25, 0.73),
        ],
    ),
    (
        [
            "End-stage kidney disease developed in 51 patients in the canagliflozin group and in 82 in the placebo "
            "group (hazard ratio, 0.61; 95% CI, 0.43 to 0.86)."
        ],
        [
            G(51, "kidney disease", "canagliflozin", "count|events"),
            G(82, "kidney disease", "placebo", "count|events"),
            *ratio("hr", "kidney disease", 0.61, 0.43, 0.86),
        ],
    ),
    (
        [
            "Atrial fibrillation recurred in 36 of 140 patients (25.7%) after ablation and in 61 of 138 (44.2%) with "
            "antiarrhythmic drugs (hazard ratio, 0.48; 95% CI, 0.32 to 0.72)."
        ],
        [
            G(36, "atrial fibrillation", "ablation", "count"),
            G(25.7, "atrial fibrillation", "ablation", "percent"),
            G(61, "atrial fibrillation", "antiarrhythmic", "count"),
            G(44.2, "atrial fibrillation", "antiarrhythmic", "percent"),
            G(140, "*", "ablation", "denominator|count", True),
            G(138, "*", "antiarrhythmic", "denominator|count", True),
            *ratio("hr", "atrial fibrillation", 0.48, 0.32, 0.72),
        ],
    ),
    (
        [
            "Death or hospitalization for heart failure occurred in 19.8% of the patients in the sacubitril–valsartan "
            "group, as compared with 24.1% in the enalapril group (hazard ratio, 0.80; 95% CI, 0.73 to 0.87; "
            "P<0.001)."
        ],
        [
            G(19.8, "death or hospitalization", "sacubitril", "percent"),
            G(24.1, "death or hospitalization", "enalapril", "percent"),
            *ratio("hr", "death or hospitalization", 0.80, 0.73, 0.87, 0.001),
        ],
    ),
    (
        [
            "The hazard ratio for the primary end point with zelvaparin, as compared with placebo, was 0.84 (95% CI, "
            "0.74 to 0.96; P=0.008)."
        ],
        ratio("hr", "primary end point", 0.84, 0.74, 0.96, 0.008),
    ),
    (
        ["The hazard ratios for ischemic stroke and for hemorrhagic stroke were 0.92 and 0.51, respectively."],
        [G(0.92, "ischemic stroke|-", "*", "hr"), G(0.51, "hemorrhagic stroke|-", "*", "hr")],
    ),
    (
        [
            "With respect to the key secondary outcome, the odds ratio for a good neurologic outcome at 6 months was "
            "1.08 (95% CI, 0.86 to 1.36)."
        ],
        [*ratio("or", "neurologic outcome", 1.08, 0.86, 1.36), G(6, "-", "*", "*")],
    ),
    (
        [
            "Patients assigned to the drug had a higher incidence of gout flares than patients assigned to placebo "
            "(rate ratio, 1.48; 95% CI, 1.12 to 1.96)."
        ],
        ratio("rr", "gout", 1.48, 1.12, 1.96),
    ),
    (
        [
            "Those in the spironolactone group had greater reductions in home systolic blood pressure than those in "
            "the placebo group (−8.7 mm Hg; 95% CI, −9.7 to −7.7; P<0.0001)."
        ],
        [
            G(-8.7, "systolic blood pressure", "*", "value|mean"),
            G(-9.7, "systolic blood pressure", "*", "ci_low"),
            G(-7.7, "systolic blood pressure", "*", "ci_high"),
            G(0.0001, "systolic blood pressure", "*", "p"),
        ],
    ),
    (
        [
            "Women who received the RSV prefusion F vaccine had fewer infants with medically attended severe lower "
            "respiratory tract illness within 90 days after birth (vaccine efficacy, 81.8%; 99.5% CI, 40.6 to 96.3)."
        ],
        [
            G(81.8, "lower respiratory|efficacy", "*", "percent|value"),
            G(40.6, "lower respiratory|efficacy", "*", "ci_low"),
            G(96.3, "lower respiratory|efficacy", "*", "ci_high"),
            G(90, "-", "*", "*"),
        ],
    ),
    (
        ["The risk of acute kidney injury was 5.1% with the restrictive strategy and 4.3% with the liberal strategy."],
        [G(5.1, "acute kidney injury", "restrictive", "percent"), G(4.3, "acute kidney injury", "liberal", "percent")],
    ),
    (
        [
            "The primary safety end point, major bleeding, was 2.5% in the ticagrelor-monotherapy group and 4.1% "
            "in the dual-therapy group (hazard ratio, 0.61; 95% CI, 0.45 to 0.84)."
        ],
        [
            G(2.5, "major bleeding|safety end point", "monotherapy", "percent"),
            G(4.1, "major bleeding|safety end point", "dual", "percent"),
            *ratio("hr", "major bleeding|safety end point", 0.61, 0.45, 0.84),
        ],
    ),
    (
        [
            "Readmission within 30 days was 14.9% among patients in the transitional-care group and 18.0% among those "
            "in the usual-care group (odds ratio, 0.80; 95% CI, 0.66 to 0.97)."
        ],
        [
            G(14.9, "readmission", "transitional", "percent"),
            G(18.0, "readmission", "usual", "percent"),
            *ratio("or", "readmission", 0.80, 0.66, 0.97),
            G(30, "-", "*", "*"),
        ],
    ),
    (
        [
            "In the rivaroxaban group, the rate of the primary efficacy outcome was 2.1% per year, as compared with "
            "2.4% per year in the warfarin group (hazard ratio, 0.88; 95% CI, 0.75 to 1.03)."
        ],
        [
            G(2.1, "primary efficacy outcome", "rivaroxaban", "percent|rate"),
            G(2.4, "primary efficacy outcome", "warfarin", "percent|rate"),
            *ratio("hr", "primary efficacy outcome", 0.88, 0.75, 1.03),
        ],
    ),
    (
        [
            "In the early-intervention group, 21 patients (5.9%) had a recurrent myocardial infarction, as did 35 "
            "(9.8%) in the delayed-intervention group."
        ],
        [
            G(21, "myocardial infarction", "early", "count"),
            G(5.9, "myocardial infarction", "early", "percent"),
            G(35, "myocardial infarction|-", "delayed", "count"),
            G(9.8, "myocardial infarction|-", "delayed", "percent"),
        ],
    ),
    (
        [
            "The annualized rate of severe exacerbations was 0.39 in the tezepelumab group and 1.02 in the placebo "
            "group (rate ratio, 0.38; 95% CI, 0.29 to 0.50)."
        ],
        [
            G(0.39, "exacerbations", "tezepelumab", "rate|value|events"),
            G(1.02, "exacerbations", "placebo", "rate|value|events"),
            *ratio("rr", "exacerbations", 0.38, 0.29, 0.50),
        ],
    ),
    (
        [
            "Death from any cause at 1 year was lower among patients who underwent early surgery (odds ratio, 0.61; "
            "95% CI, 0.40 to 0.93)."
        ],
        [*ratio("or", "death", 0.61, 0.4, 0.93), G(1, "-", "*", "*")],
    ),
    (
        ["The primary outcome was reduced by 14% with zelvaparin (P=0.02)."],
        [G(14, "-|primary outcome", "*", "value"), G(0.02, "primary outcome", "*", "p")],
    ),
    (
        [
            "Hypotension requiring intervention was reported in 97 patients (18.2%) in the vasopressin group, as "
            "compared with 64 (12.0%) in the norepinephrine group (risk difference, 6.2 percentage points; 95% CI, "
            "1.8 to 10.6)."
        ],
        [
            G(97, "hypotension", "vasopressin", "count"),
            G(18.2, "hypotension", "vasopressin", "percent"),
            G(64, "hypotension", "norepinephrine", "count"),
            G(12.0, "hypotension", "norepinephrine", "percent"),
            G(6.2, "hypotension", "*", "value"),
            G(1.8, "hypotension", "*", "ci_low"),
            G(10.6, "hypotension", "*", "ci_high"),
        ],
    ),
    (
        [
            "Among participants aged 65 years or older, vaccine efficacy was 86.4% (95% CI, 61.4 to 95.2); among "
            "those younger than 65 years, it was 95.6% (95% CI, 89.4 to 98.6)."
        ],
        [
            G(86.4, "efficacy", "*", "percent|value", within="65|older"),
            G(61.4, "efficacy", "*", "ci_low", within="65|older"),
            G(95.2, "efficacy", "*", "ci_high", within="65|older"),
            G(95.6, "-|efficacy", "*", "*", within="younger"),
            G(89.4, "-|efficacy", "*", "*", within="younger"),
            G(98.6, "-|efficacy", "*", "*", within="younger"),
            G(65, "-", "*", "*"),
        ],
    ),
    (
        [
            "Among women, the hazard ratio for the primary outcome was 0.70 (95% CI, 0.51 to 0.96); among men, it was "
            "0.89 (95% CI, 0.74 to 1.07)."
        ],
        sub("hr", "primary outcome", "women", 0.70, 0.51, 0.96)
        + [G(v, "-|primary outcome", "*", "*", within="men") for v in (0.89, 0.74, 1.07)],
    ),
    (
        [
            "The benefit of tenecteplase was similar in patients with large-vessel occlusion (odds ratio, 1.21; 95% "
            "CI, 0.92 to 1.60) and in those without (odds ratio, 1.09; 95% CI, 0.85 to 1.41)."
        ],
        withheld(1.21, 0.92, 1.60, 1.09, 0.85, 1.41),
    ),
    (
        [
            "Cardiac arrest or death from arrhythmia occurred in 2.0% of patients assigned to the defibrillator and "
            "in 3.6% of those assigned to medical therapy (hazard ratio, 0.55)."
        ],
        [
            G(2.0, "cardiac arrest", "defibrillator", "percent"),
            G(3.6, "cardiac arrest", "medical", "percent"),
            G(0.55, "cardiac arrest", "*", "hr"),
        ],
    ),
    (
        [
            "At 30 days, the primary outcome had occurred in 4.2% of patients in the TAVR group and 6.9% in the "
            "surgery group (difference, −2.7 percentage points; 95% CI, −5.0 to −0.4)."
        ],
        [
            G(4.2, "primary outcome", "tavr", "percent"),
            G(6.9, "primary outcome", "surgery", "percent"),
            G(-2.7, "primary outcome", "*", "value"),
            G(-5.0, "primary outcome", "*", "ci_low"),
            G(-0.4, "primary outcome", "*", "ci_high"),
            G(30, "-", "*", "*"),
        ],
    ),
    (
        [
            "Hospitalization for any cause was less frequent in the telemonitoring group than in the usual-care "
            "group (32.1% vs. 36.4%; hazard ratio, 0.85; 95% CI, 0.74 to 0.98; P=0.02)."
        ],
        [
            G(32.1, "hospitalization", "telemonitoring", "percent"),
            G(36.4, "hospitalization", "usual", "percent"),
            *ratio("hr", "hospitalization", 0.85, 0.74, 0.98, 0.02),
        ],
    ),
    (
        [
            "There were 31 deaths in the hypothermia group and 33 in the normothermia group (relative risk with "
            "hypothermia, 0.94; 95% CI, 0.58 to 1.52)."
        ],
        [
            G(31, "death", "hypothermia", "count|events"),
            G(33, "death", "normothermia", "count|events"),
            *ratio("rr", "death", 0.94, 0.58, 1.52),
        ],
    ),
    (
        [
            "The trial was stopped early for efficacy after a median follow-up of 2.4 years, when 812 primary "
            "outcome events had occurred."
        ],
        [G(2.4, "follow-up|-", None, "median"), G(812, "-|primary outcome", None, "count|events")],
    ),
    (
        [
            "The incidence of infusion-related reactions was low in both groups (1.8% and 1.2%), and the incidence "
            "of hypersensitivity was 0.4% and 0.3%."
        ],
        withheld(1.8, 1.2, 0.4, 0.3),
    ),
    (
        [
            "The rate of symptomatic hypoglycemia was lower with the closed-loop system than with sensor-augmented "
            "pump therapy (rate ratio, 0.54; 95% CI, 0.37 to 0.79)."
        ],
        ratio("rr", "hypoglycemia", 0.54, 0.37, 0.79),
    ),
    (
        [
            "Patients randomly assigned to early mobilisation had a higher odds of a favourable outcome at 3 months "
            "(adjusted OR 1·21, 95% CI 1·01–1·46)."
        ],
        [*ratio("or", "favourable outcome", 1.21, 1.01, 1.46), G(3, "-", "*", "*")],
    ),
    (
        [
            "The difference in the rate of the primary outcome was driven by fewer myocardial infarctions in the "
            "ticagrelor group (4.8% vs. 5.8%; hazard ratio, 0.84; 95% CI, 0.75 to 0.95)."
        ],
        [
            G(4.8, "myocardial infarction", "ticagrelor", "percent"),
            G(5.8, "myocardial infarction|-", "*", "percent"),
            *ratio("hr", "myocardial infarction", 0.84, 0.75, 0.95),
        ],
    ),
    (
        [
            "Vaccine efficacy against invasive pneumococcal disease caused by vaccine serotypes was 75.0% (95% CI, "
            "41.4 to 90.8), and that against community-acquired pneumonia was 45.6% (95% CI, 21.8 to 62.5)."
        ],
        [
            G(75.0, "invasive pneumococcal disease|efficacy", "*", "percent|value"),
            G(41.4, "invasive pneumococcal disease|efficacy", "*", "ci_low"),
            G(90.8, "invasive pneumococcal disease|efficacy", "*", "ci_high"),
            G(45.6, "pneumonia|-", "*", "percent|value"),
            G(21.8, "pneumonia|-", "*", "ci_low"),
            G(62.5, "pneumonia|-", "*", "ci_high"),
        ],
    ),
    (
        ["Hospitalization for unstable angina was infrequent (0.6% in each group)."],
        [G(0.6, "-|unstable angina", "*", "percent")],
    ),
    (
        [
            "Thromboembolic events occurred in 1.3% of the patients in the left-atrial-appendage-occlusion group and "
            "1.9% in the no-occlusion group; the hazard ratio for ischemic stroke or systemic embolism was 0.67 (95% "
            "CI, 0.53 to 0.85)."
        ],
        [
            G(1.3, "thromboembolic", "occlusion", "percent"),
            G(1.9, "thromboembolic", "no-occlusion", "percent"),
            *ratio("hr", "ischemic stroke or systemic embolism", 0.67, 0.53, 0.85),
        ],
    ),
]
