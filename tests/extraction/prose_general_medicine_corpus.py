"""Result sentences written in the manner of general-medicine, cardiology, metabolic and NEJM phase 3 papers
(NEJM, Lancet with middle-dot decimals, JAMA, European Heart Journal, Circulation, Europace, BMC, Clinical
Cardiology), each with the gold a reviewer would want, written before the sentences were read back.

A gold entry is ``G(value, endpoint, arm, statistic)``: ``endpoint`` is a "|"-separated list of words one of
which the record's row (or parameter) must contain, or "-" when the number is no result and must not be
emitted; ``arm`` is None for the whole trial, "*" when any group (or none) will do (a comparison's ratio, its
interval, its P value), else "|"-separated words one of which the record's group must contain; ``statistic``
is "|"-separated, or "*". ``optional`` numbers (a denominator, a size) may be withheld without loss."""

from __future__ import annotations

from typing import NamedTuple


class G(NamedTuple):
    value: float
    endpoint: str
    arm: str | None
    statistic: str
    optional: bool = False


CORPUS: list[tuple[list[str], list[G]]] = [
    # --- composite outcomes, "occurred in X of N (y%) in the A group and in ..." ---
    (
        [
            "The primary outcome occurred in 386 of 2373 patients (16.3%) in the dapagliflozin group and in 502 of "
            "2371 patients (21.2%) in the placebo group (hazard ratio, 0.74; 95% confidence interval [CI], 0.65 to "
            "0.85; P<0.001)."
        ],
        [
            G(386, "primary outcome", "dapagliflozin", "count"),
            G(2373, "*", "dapagliflozin", "denominator|count", True),
            G(16.3, "primary outcome", "dapagliflozin", "percent"),
            G(502, "primary outcome", "placebo", "count"),
            G(2371, "*", "placebo", "denominator|count", True),
            G(21.2, "primary outcome", "placebo", "percent"),
            G(0.74, "primary outcome", "*", "hr"),
            G(0.65, "primary outcome", "*", "ci_low"),
            G(0.85, "primary outcome", "*", "ci_high"),
            G(0.001, "primary outcome", "*", "p"),
        ],
    ),
    (
        [
            "A primary-outcome event occurred in 9.4% of the patients in the rivaroxaban group and in 11.1% of those "
            "in the warfarin group (hazard ratio, 0.84; 95% CI, 0.72 to 0.97)."
        ],
        [
            G(9.4, "primary", "rivaroxaban", "percent"),
            G(11.1, "primary", "warfarin", "percent"),
            G(0.84, "primary", "*", "hr"),
            G(0.72, "primary", "*", "ci_low"),
            G(0.97, "primary", "*", "ci_high"),
        ],
    ),
    (
        [
            "Death from any cause occurred in 276 patients (11.6%) in the dapagliflozin group and in 329 patients "
            "(13.9%) in the placebo group (hazard ratio, 0.83; 95% CI, 0.71 to 0.97)."
        ],
        [
            G(276, "death", "dapagliflozin", "count"),
            G(11.6, "death", "dapagliflozin", "percent"),
            G(329, "death", "placebo", "count"),
            G(13.9, "death", "placebo", "percent"),
            G(0.83, "death", "*", "hr"),
            G(0.71, "death", "*", "ci_low"),
            G(0.97, "death", "*", "ci_high"),
        ],
    ),
    (
        [
            "Death from cardiovascular causes occurred in 4.1% of the patients in the semaglutide group and in 4.7% "
            "in the placebo group (hazard ratio, 0.88; 95% CI, 0.77 to 1.01)."
        ],
        [
            G(4.1, "death", "semaglutide", "percent"),
            G(4.7, "death", "placebo", "percent"),
            G(0.88, "death", "*", "hr"),
            G(0.77, "death", "*", "ci_low"),
            G(1.01, "death", "*", "ci_high"),
        ],
    ),
    (
        [
            "The composite of cardiovascular death or hospitalisation for heart failure occurred in 512 patients "
            "(22·1%) assigned to empagliflozin and 627 patients (27·0%) assigned to placebo (HR 0·78, 95% CI "
            "0·69–0·88; p<0·0001)."
        ],
        [
            G(512, "composite|cardiovascular death", "empagliflozin", "count"),
            G(22.1, "composite|cardiovascular death", "empagliflozin", "percent"),
            G(627, "composite|cardiovascular death", "placebo", "count"),
            G(27.0, "composite|cardiovascular death", "placebo", "percent"),
            G(0.78, "composite|cardiovascular death", "*", "hr"),
            G(0.69, "composite|cardiovascular death", "*", "ci_low"),
            G(0.88, "composite|cardiovascular death", "*", "ci_high"),
            G(0.0001, "composite|cardiovascular death", "*", "p"),
        ],
    ),
    (
        [
            "Stroke or systemic embolism occurred in 51 patients in the apixaban group (1.27% per year) and in 72 "
            "patients in the warfarin group (1.60% per year) (hazard ratio, 0.79; 95% CI, 0.66 to 0.95; P=0.01 for "
            "superiority)."
        ],
        [
            G(51, "stroke", "apixaban", "count|events"),
            G(1.27, "stroke", "apixaban", "rate|percent"),
            G(72, "stroke", "warfarin", "count|events"),
            G(1.60, "stroke", "warfarin", "rate|percent"),
            G(0.79, "stroke", "*", "hr"),
            G(0.66, "stroke", "*", "ci_low"),
            G(0.95, "stroke", "*", "ci_high"),
            G(0.01, "stroke", "*", "p"),
        ],
    ),
    (
        [
            "Myocardial infarction occurred in 3.2% of patients receiving ticagrelor, as compared with 4.0% of those "
            "receiving clopidogrel (P=0.03)."
        ],
        [
            G(3.2, "myocardial infarction", "ticagrelor", "percent"),
            G(4.0, "myocardial infarction", "clopidogrel", "percent"),
            G(0.03, "myocardial infarction", "*", "p"),
        ],
    ),
    (
        [
            "In the finerenone group, the primary composite outcome occurred in 367 patients (17.8%), as compared "
            "with 420 patients (21.1%) in the placebo group (hazard ratio, 0.82; 95% CI, 0.73 to 0.93; P=0.001)."
        ],
        [
            G(367, "primary composite outcome", "finerenone", "count"),
            G(17.8, "primary composite outcome", "finerenone", "percent"),
            G(420, "primary composite outcome", "placebo", "count"),
            G(21.1, "primary composite outcome", "placebo", "percent"),
            G(0.82, "primary composite outcome", "*", "hr"),
            G(0.73, "primary composite outcome", "*", "ci_low"),
            G(0.93, "primary composite outcome", "*", "ci_high"),
            G(0.001, "primary composite outcome", "*", "p"),
        ],
    ),
    (
        [
            "A total of 1021 patients (8.9%) in the colchicine group and 1121 (9.6%) in the placebo group had a "
            "primary end-point event."
        ],
        [
            G(1021, "primary end-point|primary endpoint", "colchicine", "count"),
            G(8.9, "primary end-point|primary endpoint", "colchicine", "percent"),
            G(1121, "primary end-point|primary endpoint", "placebo", "count"),
            G(9.6, "primary end-point|primary endpoint", "placebo", "percent"),
        ],
    ),
    (
        [
            "Patients in the sotagliflozin group and the placebo group had 245 and 355 primary end-point events, "
            "respectively (rate, 51.0 and 76.3 events per 100 patient-years; hazard ratio, 0.67; 95% CI, 0.52 to "
            "0.85; P<0.001)."
        ],
        [
            G(245, "primary end-point|primary endpoint", "sotagliflozin", "events|count"),
            G(355, "primary end-point|primary endpoint", "placebo", "events|count"),
            G(51.0, "primary end-point|primary endpoint", "sotagliflozin", "rate"),
            G(76.3, "primary end-point|primary endpoint", "placebo", "rate"),
            G(0.67, "primary end-point|primary endpoint", "*", "hr"),
            G(0.52, "primary end-point|primary endpoint", "*", "ci_low"),
            G(0.85, "primary end-point|primary endpoint", "*", "ci_high"),
            G(0.001, "primary end-point|primary endpoint", "*", "p"),
        ],
    ),
    (
        [
            "The incidence of the primary outcome was 3.8 per 100 patient-years with inclisiran and 5.1 per 100 "
            "patient-years with placebo (hazard ratio, 0.75; 95% CI, 0.61 to 0.92)."
        ],
        [
            G(3.8, "primary outcome", "inclisiran", "rate"),
            G(5.1, "primary outcome", "placebo", "rate"),
            G(0.75, "primary outcome", "*", "hr"),
            G(0.61, "primary outcome", "*", "ci_low"),
            G(0.92, "primary outcome", "*", "ci_high"),
        ],
    ),
    (
        [
            "Major bleeding occurred at a rate of 2.13% per year in the apixaban group, as compared with 3.09% per "
            "year in the warfarin group (hazard ratio, 0.69; 95% CI, 0.60 to 0.80; P<0.001)."
        ],
        [
            G(2.13, "major bleeding", "apixaban", "rate|percent"),
            G(3.09, "major bleeding", "warfarin", "rate|percent"),
            G(0.69, "major bleeding", "*", "hr"),
            G(0.60, "major bleeding", "*", "ci_low"),
            G(0.80, "major bleeding", "*", "ci_high"),
            G(0.001, "major bleeding", "*", "p"),
        ],
    ),
    (
        [
            "The rate of hospitalization for heart failure was lower in the sacubitril-valsartan group than in the "
            "enalapril group (12.8% vs. 15.6%; hazard ratio, 0.79; 95% CI, 0.71 to 0.89)."
        ],
        [
            G(12.8, "hospitalization for heart failure", "sacubitril", "percent|rate"),
            G(15.6, "hospitalization for heart failure", "enalapril", "percent|rate"),
            G(0.79, "hospitalization for heart failure", "*", "hr"),
            G(0.71, "hospitalization for heart failure", "*", "ci_low"),
            G(0.89, "hospitalization for heart failure", "*", "ci_high"),
        ],
    ),
    (
        [
            "Hospitalization for heart failure was less frequent with vericiguat than with placebo (11.9 vs. 13.4 "
            "events per 100 patient-years)."
        ],
        [
            G(11.9, "hospitalization for heart failure", "vericiguat", "rate"),
            G(13.4, "hospitalization for heart failure", "placebo", "rate"),
        ],
    ),
    (
        [
            "The absolute between-group difference in the primary outcome was 2.6 percentage points, and the number "
            "of patients who would need to be treated to prevent one primary event was 38."
        ],
        [
            G(2.6, "primary outcome", "*", "*"),
            G(38, "primary|number needed|treated", "*", "*"),
        ],
    ),
    (
        [
            "The number needed to treat to prevent one death from cardiovascular causes over 2 years was 63 (95% CI, "
            "35 to 250)."
        ],
        [
            G(2, "-", None, "*"),
            G(63, "number needed|death", "*", "*"),
            G(35, "number needed|death", "*", "ci_low"),
            G(250, "number needed|death", "*", "ci_high"),
        ],
    ),
    (
        [
            "The risk difference for the primary end point was −1.9 percentage points (95% CI, −3.4 to −0.4) in "
            "favour of early rhythm control."
        ],
        [
            G(-1.9, "primary end point", "*", "*"),
            G(-3.4, "primary end point", "*", "ci_low"),
            G(-0.4, "primary end point", "*", "ci_high"),
        ],
    ),
    (
        [
            "Among patients with diabetes, the primary outcome occurred in 14.2% of those in the dapagliflozin group "
            "and 18.6% of those in the placebo group (hazard ratio, 0.75; 95% CI, 0.63 to 0.90)."
        ],
        [
            G(14.2, "primary outcome", "dapagliflozin", "percent"),
            G(18.6, "primary outcome", "placebo", "percent"),
            G(0.75, "primary outcome", "*", "hr"),
            G(0.63, "primary outcome", "*", "ci_low"),
            G(0.90, "primary outcome", "*", "ci_high"),
        ],
    ),
    (
        [
            "The effect of evolocumab on the primary end point was consistent across subgroups, including patients "
            "with a baseline LDL cholesterol level in the lowest quartile (hazard ratio, 0.80; 95% CI, 0.67 to 0.95)."
        ],
        [
            G(0.80, "primary end point", "*", "hr"),
            G(0.67, "primary end point", "*", "ci_low"),
            G(0.95, "primary end point", "*", "ci_high"),
        ],
    ),
    (
        [
            "Cardiovascular death, myocardial infarction, or stroke occurred in 9.8% of the patients in the ticagrelor "
            "group and 11.7% of those in the clopidogrel group at 12 months (hazard ratio, 0.84; 95% CI, 0.77 to "
            "0.92; P<0.001)."
        ],
        [
            G(9.8, "cardiovascular death", "ticagrelor", "percent"),
            G(11.7, "cardiovascular death", "clopidogrel", "percent"),
            G(12, "-", None, "*"),
            G(0.84, "cardiovascular death", "*", "hr"),
            G(0.77, "cardiovascular death", "*", "ci_low"),
            G(0.92, "cardiovascular death", "*", "ci_high"),
            G(0.001, "cardiovascular death", "*", "p"),
        ],
    ),
    (
        [
            "Over a median follow-up of 3.2 years, 198 patients died: 94 in the intensive-treatment group and 104 in "
            "the standard-treatment group."
        ],
        [
            G(3.2, "follow-up", None, "median"),
            G(198, "died|death", None, "count"),
            G(94, "died|death", "intensive", "count"),
            G(104, "died|death", "standard", "count"),
        ],
    ),
    (
        [
            "There were 155 deaths in the spironolactone group and 168 in the placebo group (hazard ratio, 0.91; 95% "
            "CI, 0.73 to 1.14)."
        ],
        [
            G(155, "death", "spironolactone", "count|events"),
            G(168, "death", "placebo", "count|events"),
            G(0.91, "death", "*", "hr"),
            G(0.73, "death", "*", "ci_low"),
            G(1.14, "death", "*", "ci_high"),
        ],
    ),
    (
        ["Stroke occurred in 1.1% and 1.6% of patients in the edoxaban and warfarin groups, respectively (P=0.04)."],
        [
            G(1.1, "stroke", "edoxaban", "percent"),
            G(1.6, "stroke", "warfarin", "percent"),
            G(0.04, "stroke", "*", "p"),
        ],
    ),
    (
        [
            "In the intensive-treatment group and the standard-treatment group, 61 and 78 patients, respectively, "
            "had a stroke."
        ],
        [
            G(61, "stroke", "intensive", "count"),
            G(78, "stroke", "standard", "count"),
        ],
    ),
    (
        [
            "Heart failure hospitalisation (HR 0·70, 95% CI 0·58–0·85), cardiovascular death (0·86, 0·73–1·02) and "
            "all-cause death (0·92, 0·80–1·06) were each reduced to a varying extent."
        ],
        [
            G(0.70, "heart failure", "*", "hr"),
            G(0.58, "heart failure", "*", "ci_low"),
            G(0.85, "heart failure", "*", "ci_high"),
            G(0.86, "cardiovascular death", "*", "hr"),
            G(0.73, "cardiovascular death", "*", "ci_low"),
            G(1.02, "cardiovascular death", "*", "ci_high"),
            G(0.92, "all-cause death", "*", "hr"),
            G(0.80, "all-cause death", "*", "ci_low"),
            G(1.06, "all-cause death", "*", "ci_high"),
        ],
    ),
    (
        [
            "The key secondary outcome, a composite of cardiovascular death, myocardial infarction, or stroke, "
            "occurred in 6.2% of patients in the bempedoic acid group and 7.2% of those in the placebo group; "
            "myocardial infarction occurred in 2.2% and 3.0%, respectively."
        ],
        [
            G(6.2, "key secondary outcome|composite", "bempedoic", "percent"),
            G(7.2, "key secondary outcome|composite", "placebo", "percent"),
            G(2.2, "myocardial infarction", "bempedoic", "percent"),
            G(3.0, "myocardial infarction", "placebo", "percent"),
        ],
    ),
    (
        [
            "Rates of the primary end point were similar in the two groups (8.1% with the polypill and 8.8% with "
            "usual care; P=0.42)."
        ],
        [
            G(8.1, "primary end point", "polypill", "percent"),
            G(8.8, "primary end point", "usual care", "percent"),
            G(0.42, "primary end point", "*", "p"),
        ],
    ),
    (
        [
            "Death occurred in 22 patients (4.4%) who underwent PCI and in 28 patients (5.7%) who received medical "
            "therapy alone."
        ],
        [
            G(22, "death", "pci", "count"),
            G(4.4, "death", "pci", "percent"),
            G(28, "death", "medical therapy", "count"),
            G(5.7, "death", "medical therapy", "percent"),
        ],
    ),
    (
        ["At 30 days, the rate of death from any cause was 0.4% in the TAVR group and 1.1% in the surgery group."],
        [
            G(30, "-", None, "*"),
            G(0.4, "death", "tavr", "percent|rate"),
            G(1.1, "death", "surgery", "percent|rate"),
        ],
    ),
    (
        [
            "The Kaplan–Meier estimate of the primary end point at 1 year was 8.5% in the transcatheter group and "
            "15.1% in the surgery group (absolute difference, −6.6 percentage points; 95% CI, −10.8 to −2.5)."
        ],
        [
            G(1, "-", None, "*"),
            G(8.5, "primary end point", "transcatheter", "percent|rate"),
            G(15.1, "primary end point", "surgery", "percent|rate"),
            G(-6.6, "primary end point", "*", "*"),
            G(-10.8, "primary end point", "*", "ci_low"),
            G(-2.5, "primary end point", "*", "ci_high"),
        ],
    ),
    (
        [
            "Hospitalisations for any cause were recorded in 31% of patients allocated to telemonitoring and in 35% "
            "of patients allocated to usual care."
        ],
        [
            G(31, "hospitali", "telemonitoring", "percent"),
            G(35, "hospitali", "usual care", "percent"),
        ],
    ),
    (
        [
            "The primary outcome occurred in 155 patients in the ablation group and 165 in the drug-therapy group; "
            "the corresponding rates were 8.0% and 9.2% (hazard ratio, 0.86)."
        ],
        [
            G(155, "primary outcome", "ablation", "count"),
            G(165, "primary outcome", "drug", "count"),
            G(8.0, "primary outcome", "ablation", "percent|rate"),
            G(9.2, "primary outcome", "drug", "percent|rate"),
            G(0.86, "primary outcome", "*", "hr"),
        ],
    ),
    (
        [
            "Fewer patients in the catheter ablation group than in the medical therapy group died or were "
            "hospitalized for worsening heart failure (51 [28.5%] vs. 82 [44.6%]; hazard ratio, 0.62; 95% CI, 0.43 to "
            "0.87; P=0.007)."
        ],
        [
            G(51, "died|heart failure", "ablation", "count"),
            G(28.5, "died|heart failure", "ablation", "percent"),
            G(82, "died|heart failure", "medical", "count"),
            G(44.6, "died|heart failure", "medical", "percent"),
            G(0.62, "died|heart failure", "*", "hr"),
            G(0.43, "died|heart failure", "*", "ci_low"),
            G(0.87, "died|heart failure", "*", "ci_high"),
            G(0.007, "died|heart failure", "*", "p"),
        ],
    ),
    (
        [
            "The annual rate of the primary outcome was 4.3% among patients assigned to the implantable "
            "cardioverter–defibrillator and 5.9% among those assigned to conventional therapy."
        ],
        [
            G(4.3, "primary outcome", "defibrillator", "percent|rate"),
            G(5.9, "primary outcome", "conventional", "percent|rate"),
        ],
    ),
    (
        [
            "The primary safety end point was met, with a device- or procedure-related complication occurring in "
            "3.1% of patients (upper 95% confidence bound, 4.6%)."
        ],
        [
            G(3.1, "complication|primary safety", None, "percent"),
            G(95, "-", None, "*"),
            G(4.6, "complication|primary safety", None, "ci_high", True),
        ],
    ),
    # --- metabolic: change from baseline, treatment differences ---
    (
        [
            "The mean change from baseline in the glycated hemoglobin level at week 40 was −2.01 percentage points "
            "with tirzepatide 5 mg, −2.24 percentage points with 10 mg, and −2.30 percentage points with 15 mg, as "
            "compared with −1.86 percentage points with semaglutide."
        ],
        [
            G(40, "-", None, "*"),
            G(-2.01, "glycated hemoglobin|hba1c", "5 mg", "mean"),
            G(5, "-", None, "*"),
            G(-2.24, "glycated hemoglobin|hba1c", "10 mg", "mean"),
            G(10, "-", None, "*"),
            G(-2.30, "glycated hemoglobin|hba1c", "15 mg", "mean"),
            G(15, "-", None, "*"),
            G(-1.86, "glycated hemoglobin|hba1c", "semaglutide", "mean"),
        ],
    ),
    (
        [
            "The mean change in body weight from baseline to week 68 was −14.9% in the semaglutide group as "
            "compared with −2.4% with placebo, for an estimated treatment difference of −12.4 percentage points "
            "(95% CI, −13.4 to −11.5; P<0.001)."
        ],
        [
            G(68, "-", None, "*"),
            G(-14.9, "body weight", "semaglutide", "mean|percent"),
            G(-2.4, "body weight", "placebo", "mean|percent"),
            G(-12.4, "body weight", "*", "*"),
            G(-13.4, "body weight", "*", "ci_low"),
            G(-11.5, "body weight", "*", "ci_high"),
            G(0.001, "body weight", "*", "p"),
        ],
    ),
    (
        [
            "HbA1c decreased by 1·5% with dulaglutide and by 0·4% with placebo (estimated treatment difference "
            "−1·1%, 95% CI −1·3 to −0·9; p<0·0001)."
        ],
        [
            G(1.5, "hba1c", "dulaglutide", "mean|percent"),
            G(0.4, "hba1c", "placebo", "mean|percent"),
            G(-1.1, "hba1c", "*", "*"),
            G(-1.3, "hba1c", "*", "ci_low"),
            G(-0.9, "hba1c", "*", "ci_high"),
            G(0.0001, "hba1c", "*", "p"),
        ],
    ),
    (
        [
            "At week 26, the least-squares mean change in HbA1c was −1.0 percentage point with oral semaglutide 14 "
            "mg and −0.4 percentage point with sitagliptin (difference, −0.5 percentage point; 95% CI, −0.6 to "
            "−0.4)."
        ],
        [
            G(26, "-", None, "*"),
            G(-1.0, "hba1c", "semaglutide", "mean"),
            G(14, "-", None, "*"),
            G(-0.4, "hba1c", "sitagliptin", "mean"),
            G(-0.5, "hba1c", "*", "*"),
            G(-0.6, "hba1c", "*", "ci_low"),
            # the interval's upper bound prints the same number as the sitagliptin mean: both are gold
            G(-0.4, "hba1c", "*", "ci_high"),
        ],
    ),
    (
        [
            "Systolic blood pressure fell by 12.5 mm Hg in the renal-denervation group and by 5.8 mm Hg in the "
            "sham group (between-group difference, −6.7 mm Hg; 95% CI, −10.2 to −3.2; P<0.001)."
        ],
        [
            G(12.5, "systolic blood pressure", "denervation", "mean|value"),
            G(5.8, "systolic blood pressure", "sham", "mean|value"),
            G(-6.7, "systolic blood pressure", "*", "*"),
            G(-10.2, "systolic blood pressure", "*", "ci_low"),
            G(-3.2, "systolic blood pressure", "*", "ci_high"),
            G(0.001, "systolic blood pressure", "*", "p"),
        ],
    ),
    (
        [
            "The mean reduction in 24-hour ambulatory systolic blood pressure at 8 weeks was 9.1 mm Hg with the "
            "triple-pill combination and 3.8 mm Hg with usual care."
        ],
        [
            G(24, "-", None, "*"),
            G(8, "-", None, "*"),
            G(9.1, "systolic blood pressure", "triple", "mean|value"),
            G(3.8, "systolic blood pressure", "usual care", "mean|value"),
        ],
    ),
    (
        [
            "Mean office blood pressure at 12 weeks was 125/76 mm Hg in the intervention group and 133/81 mm Hg in "
            "the control group."
        ],
        [
            G(12, "-", None, "*"),
            G(125, "blood pressure", "intervention", "mean", True),
            G(76, "blood pressure", "intervention", "mean", True),
            G(133, "blood pressure", "control", "mean", True),
            G(81, "blood pressure", "control", "mean", True),
        ],
    ),
    (
        [
            "The LDL cholesterol level was reduced by 59% with evolocumab as compared with placebo, from a median "
            "baseline value of 92 mg per deciliter to 30 mg per deciliter."
        ],
        [
            G(59, "ldl cholesterol", "evolocumab", "percent|mean|value"),
            G(92, "ldl cholesterol", "*", "median"),
            G(30, "ldl cholesterol", "evolocumab", "median|value"),
        ],
    ),
    (
        ["Body weight decreased by a mean of 20.9% with tirzepatide 15 mg and by 3.1% with placebo at week 72."],
        [
            G(20.9, "body weight", "15 mg|tirzepatide", "mean|percent"),
            G(15, "-", None, "*"),
            G(3.1, "body weight", "placebo", "mean|percent"),
            G(72, "-", None, "*"),
        ],
    ),
    (
        [
            "A reduction in body weight of 5% or more occurred in 86.4% of participants receiving semaglutide and in "
            "31.5% of those receiving placebo."
        ],
        [
            G(5, "-", None, "*"),
            G(86.4, "body weight|reduction", "semaglutide", "percent"),
            G(31.5, "body weight|reduction", "placebo", "percent"),
        ],
    ),
    (
        [
            "The glycated hemoglobin target of less than 7.0% was reached by 69% of patients in the insulin icodec "
            "group and by 60% of those in the glargine group."
        ],
        [
            G(7.0, "-", None, "*"),
            G(69, "target|glycated", "icodec", "percent"),
            G(60, "target|glycated", "glargine", "percent"),
        ],
    ),
    (
        [
            "Fasting plasma glucose was lower with empagliflozin than with placebo (adjusted mean difference, −1.2 "
            "mmol/L; 95% CI, −1.5 to −0.9)."
        ],
        [
            G(-1.2, "fasting plasma glucose", "*", "*"),
            G(-1.5, "fasting plasma glucose", "*", "ci_low"),
            G(-0.9, "fasting plasma glucose", "*", "ci_high"),
        ],
    ),
    (
        ["The eGFR slope was −1.67 ml per minute per 1.73 m2 per year with dapagliflozin and −3.59 with placebo."],
        [
            G(-1.67, "egfr", "dapagliflozin", "mean|value"),
            G(1.73, "-", None, "*"),
            G(-3.59, "egfr", "placebo", "mean|value"),
        ],
    ),
    (
        [
            "Level 2 hypoglycemia was reported in 8 patients (1.5%) receiving the once-weekly insulin and 13 "
            "patients (2.4%) receiving the daily insulin."
        ],
        [
            G(2, "-", None, "*"),
            G(8, "hypoglycemia", "once-weekly|weekly", "count"),
            G(1.5, "hypoglycemia", "once-weekly|weekly", "percent"),
            G(13, "hypoglycemia", "daily", "count"),
            G(2.4, "hypoglycemia", "daily", "percent"),
        ],
    ),
    (
        [
            "Rates of clinically significant hypoglycaemia were 0·21 and 0·16 events per patient-year of exposure "
            "with icodec and degludec, respectively."
        ],
        [
            G(0.21, "hypoglyc", "icodec", "rate"),
            G(0.16, "hypoglyc", "degludec", "rate"),
        ],
    ),
    (
        [
            "Time in range increased from 55% at baseline to 68% at week 26 in the closed-loop group, whereas it "
            "remained unchanged in the control group (54% and 55%)."
        ],
        [
            G(55, "time in range", "closed-loop|*", "percent|mean", True),
            G(68, "time in range", "closed-loop", "percent|mean"),
            G(26, "-", None, "*"),
            G(54, "time in range", "control", "percent|mean", True),
        ],
    ),
    (
        ["Waist circumference decreased by 13.5 cm with semaglutide and by 4.1 cm with placebo (difference, −9.4 cm)."],
        [
            G(13.5, "waist circumference", "semaglutide", "mean|value"),
            G(4.1, "waist circumference", "placebo", "mean|value"),
            G(-9.4, "waist circumference", "*", "*"),
        ],
    ),
    (
        ["The urinary albumin-to-creatinine ratio fell by 32% with finerenone relative to placebo at month 4."],
        [
            G(32, "albumin", "*", "*"),
            G(4, "-", None, "*"),
        ],
    ),
    (
        [
            "Among participants with prediabetes at baseline, 84.1% in the semaglutide group and 47.8% in the placebo "
            "group had normoglycemia at week 68."
        ],
        [
            G(84.1, "normoglycemia", "semaglutide", "percent"),
            G(47.8, "normoglycemia", "placebo", "percent"),
            G(68, "-", None, "*"),
        ],
    ),
    # --- AF: recurrence, freedom, conversion ---
    (
        [
            "At 12 months, freedom from atrial arrhythmia recurrence was 74.6% in the cryoballoon group and 45.0% in "
            "the drug-therapy group (P<0.001)."
        ],
        [
            G(12, "-", None, "*"),
            G(74.6, "freedom|recurrence|arrhythmia", "cryoballoon", "percent"),
            G(45.0, "freedom|recurrence|arrhythmia", "drug", "percent"),
            G(0.001, "freedom|recurrence|arrhythmia", "*", "p"),
        ],
    ),
    (
        [
            "Recurrence of atrial fibrillation occurred in 43 of 154 patients (27.9%) in the pulsed field ablation "
            "group and in 49 of 151 (32.5%) in the thermal ablation group."
        ],
        [
            G(43, "recurrence", "pulsed", "count"),
            G(154, "*", "pulsed", "denominator|count", True),
            G(27.9, "recurrence", "pulsed", "percent"),
            G(49, "recurrence", "thermal", "count"),
            G(151, "*", "thermal", "denominator|count", True),
            G(32.5, "recurrence", "thermal", "percent"),
        ],
    ),
    (
        [
            "Conversion to sinus rhythm within 90 minutes occurred in 51.7% of patients given vernakalant and 5.2% "
            "of those given amiodarone (P<0.0001)."
        ],
        [
            G(90, "-", None, "*"),
            G(51.7, "conversion", "vernakalant", "percent"),
            G(5.2, "conversion", "amiodarone", "percent"),
            G(0.0001, "conversion", "*", "p"),
        ],
    ),
    (
        ["The median time to conversion was 11 minutes (interquartile range [IQR], 8 to 20) in the vernakalant group."],
        [
            G(11, "time to conversion", "vernakalant", "median"),
            G(8, "time to conversion", "vernakalant", "q1"),
            G(20, "time to conversion", "vernakalant", "q3"),
        ],
    ),
    (
        [
            "Sinus rhythm was restored in 36 of 51 patients (70.6%) who received flecainide and in 22 of 53 patients "
            "(41.5%) who received placebo."
        ],
        [
            G(36, "sinus rhythm", "flecainide", "count"),
            G(51, "*", "flecainide", "denominator|count", True),
            G(70.6, "sinus rhythm", "flecainide", "percent"),
            G(22, "sinus rhythm", "placebo", "count"),
            G(53, "*", "placebo", "denominator|count", True),
            G(41.5, "sinus rhythm", "placebo", "percent"),
        ],
    ),
    (
        [
            "In the early-rhythm-control group, 82.1% of patients were in sinus rhythm at 2 years, as compared with "
            "60.5% in the usual-care group."
        ],
        [
            G(82.1, "sinus rhythm", "early", "percent"),
            G(2, "-", None, "*"),
            G(60.5, "sinus rhythm", "usual", "percent"),
        ],
    ),
    (
        [
            "Atrial fibrillation recurred in 53 patients (36%) after pulmonary vein isolation alone and in 44 "
            "patients (30%) after additional posterior wall isolation (P=0.26)."
        ],
        [
            G(53, "recur|atrial fibrillation", "pulmonary vein isolation|alone", "count"),
            G(36, "recur|atrial fibrillation", "pulmonary vein isolation|alone", "percent"),
            G(44, "recur|atrial fibrillation", "posterior", "count"),
            G(30, "recur|atrial fibrillation", "posterior", "percent"),
            G(0.26, "recur|atrial fibrillation", "*", "p"),
        ],
    ),
    (
        [
            "The atrial fibrillation burden at 12 months was 0% in 70% of the ablation group and in 48% of the "
            "drug group."
        ],
        [
            G(12, "-", None, "*"),
            G(0, "-", None, "*"),
            G(70, "burden", "ablation", "percent", True),
            G(48, "burden", "drug", "percent", True),
        ],
    ),
    (
        [
            "The mean procedure time was 58±16 minutes with pulsed field ablation and 83±24 minutes with "
            "radiofrequency ablation (P<0.001); fluoroscopy time was 14±6 and 9±5 minutes, respectively."
        ],
        [
            G(58, "procedure time", "pulsed", "mean"),
            G(16, "procedure time", "pulsed", "sd"),
            G(83, "procedure time", "radiofrequency", "mean"),
            G(24, "procedure time", "radiofrequency", "sd"),
            G(0.001, "procedure time", "*", "p"),
            G(14, "fluoroscopy time", "pulsed", "mean"),
            G(6, "fluoroscopy time", "pulsed", "sd"),
            G(9, "fluoroscopy time", "radiofrequency", "mean"),
            G(5, "fluoroscopy time", "radiofrequency", "sd"),
        ],
    ),
    (
        ["Freedom from documented atrial tachyarrhythmia was observed in 66.2% (95% CI, 60.5 to 71.3) of patients."],
        [
            G(66.2, "freedom|tachyarrhythmia", None, "percent"),
            G(60.5, "freedom|tachyarrhythmia", None, "ci_low"),
            G(71.3, "freedom|tachyarrhythmia", None, "ci_high"),
        ],
    ),
    (
        [
            "Pericardial tamponade occurred in 3 patients (1.0%), and one patient (0.3%) had a transient ischemic "
            "attack."
        ],
        [
            G(3, "tamponade", None, "count"),
            G(1.0, "tamponade", None, "percent"),
            G(1, "transient ischemic attack", None, "count"),
            G(0.3, "transient ischemic attack", None, "percent"),
        ],
    ),
    (
        [
            "A repeat ablation was performed in 18 patients (11.7%) in the cryoballoon arm and in 25 patients "
            "(16.4%) in the radiofrequency arm."
        ],
        [
            G(18, "repeat ablation", "cryoballoon", "count"),
            G(11.7, "repeat ablation", "cryoballoon", "percent"),
            G(25, "repeat ablation", "radiofrequency", "count"),
            G(16.4, "repeat ablation", "radiofrequency", "percent"),
        ],
    ),
    (
        ["Electrical cardioversion was successful in 96% of the patients, with a median of 1 shock (range, 1 to 3)."],
        [
            G(96, "cardioversion", None, "percent"),
            G(1, "shock", None, "median", True),
            G(3, "shock", None, "max", True),
        ],
    ),
    (
        [
            "The time to first recurrence was longer with ablation (median, 118 days; IQR, 45 to 260) than with "
            "antiarrhythmic drugs (median, 49 days; IQR, 21 to 117)."
        ],
        [
            G(118, "recurrence", "ablation", "median"),
            G(45, "recurrence", "ablation", "q1"),
            G(260, "recurrence", "ablation", "q3"),
            G(49, "recurrence", "antiarrhythmic", "median"),
            G(21, "recurrence", "antiarrhythmic", "q1"),
            G(117, "recurrence", "antiarrhythmic", "q3"),
        ],
    ),
    (
        [
            "Symptomatic recurrence occurred in 19.2% vs. 32.4% of patients (cryoablation vs. drug therapy; hazard "
            "ratio, 0.52)."
        ],
        [
            G(19.2, "symptomatic recurrence", "cryoablation", "percent"),
            G(32.4, "symptomatic recurrence", "drug", "percent"),
            G(0.52, "symptomatic recurrence", "*", "hr"),
        ],
    ),
    (
        [
            "Within 24 hours, 69% of the delayed-cardioversion group had spontaneous conversion, and 28% underwent "
            "cardioversion."
        ],
        [
            G(24, "-", None, "*"),
            G(69, "conversion", "delayed", "percent"),
            G(28, "cardioversion", "delayed", "percent"),
        ],
    ),
    # --- adverse events, discontinuation ---
    (
        [
            "Serious adverse events occurred in 37.3% of the patients in the semaglutide group and in 42.3% of those "
            "in the placebo group."
        ],
        [
            G(37.3, "serious adverse", "semaglutide", "percent"),
            G(42.3, "serious adverse", "placebo", "percent"),
        ],
    ),
    (
        [
            "Adverse events leading to discontinuation of the trial drug occurred in 7.0% of patients receiving "
            "semaglutide and in 3.1% of those receiving placebo; the most common were gastrointestinal disorders "
            "(4.5% and 0.8%, respectively)."
        ],
        [
            G(7.0, "discontinuation", "semaglutide", "percent"),
            G(3.1, "discontinuation", "placebo", "percent"),
            G(4.5, "gastrointestinal", "semaglutide", "percent"),
            G(0.8, "gastrointestinal", "placebo", "percent"),
        ],
    ),
    (
        ["The most common adverse events with tirzepatide were nausea (n=142), diarrhoea (n=97) and vomiting (n=51)."],
        [
            G(142, "nausea", "tirzepatide", "count"),
            G(97, "diarrhoea", "tirzepatide", "count"),
            G(51, "vomiting", "tirzepatide", "count"),
        ],
    ),
    (
        [
            "Hypotension was more common in the sacubitril–valsartan group (14.0% vs. 9.2%), whereas renal "
            "impairment (2.2% vs. 2.6%) and hyperkalemia (4.3% vs. 5.6%) were less common."
        ],
        [
            G(14.0, "hypotension", "sacubitril", "percent"),
            G(9.2, "hypotension", "*", "percent"),
            G(2.2, "renal impairment", "sacubitril", "percent"),
            G(2.6, "renal impairment", "*", "percent"),
            G(4.3, "hyperkalemia", "sacubitril", "percent"),
            G(5.6, "hyperkalemia", "*", "percent"),
        ],
    ),
    (
        [
            "Genital infections were reported in 42 patients (2.3%) in the canagliflozin group and in 9 patients "
            "(0.5%) in the placebo group."
        ],
        [
            G(42, "genital infection", "canagliflozin", "count"),
            G(2.3, "genital infection", "canagliflozin", "percent"),
            G(9, "genital infection", "placebo", "count"),
            G(0.5, "genital infection", "placebo", "percent"),
        ],
    ),
    (
        [
            "The trial drug was discontinued because of adverse events by 112 patients (4.8%) in the bempedoic acid "
            "group and by 98 (4.2%) in the placebo group."
        ],
        [
            G(112, "discontinu", "bempedoic", "count"),
            G(4.8, "discontinu", "bempedoic", "percent"),
            G(98, "discontinu", "placebo", "count"),
            G(4.2, "discontinu", "placebo", "percent"),
        ],
    ),
    (
        [
            "Gastrointestinal adverse events, which were mostly mild to moderate, were reported by 74.2% and 47.9% "
            "of participants in the semaglutide and placebo groups, respectively."
        ],
        [
            G(74.2, "gastrointestinal", "semaglutide", "percent"),
            G(47.9, "gastrointestinal", "placebo", "percent"),
        ],
    ),
    (
        [
            "Any adverse event occurred in 1234 patients (82.3%); 187 (12.5%) had a serious adverse event and 46 "
            "(3.1%) discontinued treatment because of an adverse event."
        ],
        [
            G(1234, "adverse event", None, "count"),
            G(82.3, "adverse event", None, "percent"),
            G(187, "serious adverse event", None, "count"),
            G(12.5, "serious adverse event", None, "percent"),
            G(46, "discontinu", None, "count"),
            G(3.1, "discontinu", None, "percent"),
        ],
    ),
    (
        [
            "Angioedema occurred in 19 patients receiving sacubitril–valsartan and in 10 receiving enalapril; none "
            "of the events resulted in airway compromise."
        ],
        [
            G(19, "angioedema", "sacubitril", "count"),
            G(10, "angioedema", "enalapril", "count"),
        ],
    ),
    (
        [
            "Bleeding Academic Research Consortium type 3 or 5 bleeding occurred in 1.7% of the patients in the "
            "prasugrel group and in 1.2% of those in the clopidogrel group."
        ],
        [
            G(3, "-", None, "*"),
            G(5, "-", None, "*"),
            G(1.7, "bleeding", "prasugrel", "percent"),
            G(1.2, "bleeding", "clopidogrel", "percent"),
        ],
    ),
    (
        ["Intracranial hemorrhage was uncommon (0.33% per year with apixaban and 0.80% per year with warfarin)."],
        [
            G(0.33, "intracranial", "apixaban", "rate|percent"),
            G(0.80, "intracranial", "warfarin", "rate|percent"),
        ],
    ),
    (
        [
            "Hyperkalemia leading to discontinuation was more frequent with finerenone than with placebo (2.3% vs. "
            "0.9%)."
        ],
        [
            G(2.3, "hyperkal", "finerenone", "percent"),
            G(0.9, "hyperkal", "placebo", "percent"),
        ],
    ),
    (
        [
            "Acute kidney injury was reported in 51 patients (2.8%) in the intensive group, as compared with 28 "
            "(1.5%) in the standard group; syncope in 42 (2.3%) and 22 (1.2%)."
        ],
        [
            G(51, "acute kidney injury", "intensive", "count"),
            G(2.8, "acute kidney injury", "intensive", "percent"),
            G(28, "acute kidney injury", "standard", "count"),
            G(1.5, "acute kidney injury", "standard", "percent"),
            G(42, "syncope", "intensive", "count"),
            G(2.3, "syncope", "intensive", "percent"),
            G(22, "syncope", "standard", "count"),
            G(1.2, "syncope", "standard", "percent"),
        ],
    ),
    (
        [
            "Nausea was the most frequent adverse event in the tirzepatide groups, occurring in 12 to 18% of "
            "participants, as compared with 6% in the placebo group."
        ],
        [
            G(12, "nausea", "tirzepatide", "min", True),
            G(18, "nausea", "tirzepatide", "max", True),
            G(6, "nausea", "placebo", "percent"),
        ],
    ),
    (
        ["Diabetic ketoacidosis occurred in 4 patients in the sotagliflozin group and 0 in the placebo group."],
        [
            G(4, "ketoacidosis", "sotagliflozin", "count"),
            G(0, "ketoacidosis", "placebo", "count", True),
        ],
    ),
    (
        [
            "In the lower-dose group, dizziness (8%), headache (6%) and fatigue (5%) were the most common adverse "
            "events."
        ],
        [
            G(8, "dizziness", "lower-dose", "percent"),
            G(6, "headache", "lower-dose", "percent"),
            G(5, "fatigue", "lower-dose", "percent"),
        ],
    ),
    (
        [
            "Cholelithiasis was reported in 1.6% of participants treated with tirzepatide and in 1.0% of those "
            "treated with placebo; acute pancreatitis was adjudicated in 0.2% and 0.2%, respectively."
        ],
        [
            G(1.6, "cholelithiasis", "tirzepatide", "percent"),
            G(1.0, "cholelithiasis", "placebo", "percent"),
            G(0.2, "pancreatitis", "*", "percent", True),
        ],
    ),
    # --- baseline and flow ---
    (
        ["The mean age was 65 years, and 28% of the patients were women."],
        [
            G(65, "age", None, "mean"),
            G(28, "women|female", None, "percent"),
        ],
    ),
    (
        [
            "A total of 4744 patients underwent randomization: 2373 were assigned to receive dapagliflozin and 2371 "
            "to receive placebo."
        ],
        [
            G(4744, "random", None, "count"),
            G(2373, "random|assigned", "dapagliflozin", "count", True),
            G(2371, "random|assigned", "placebo", "count", True),
        ],
    ),
    (
        [
            "The median age of the patients was 67 years (interquartile range, 60 to 74), 24.3% were women, and the "
            "median left ventricular ejection fraction was 31% (interquartile range, 25 to 36)."
        ],
        [
            G(67, "age", None, "median"),
            G(60, "age", None, "q1"),
            G(74, "age", None, "q3"),
            G(24.3, "women", None, "percent"),
            G(31, "ejection fraction", None, "median"),
            G(25, "ejection fraction", None, "q1"),
            G(36, "ejection fraction", None, "q3"),
        ],
    ),
    (
        [
            "At baseline, the mean (±SD) glycated hemoglobin level was 8.28±0.89%, the mean body weight was "
            "85.9±19.8 kg, and the mean duration of diabetes was 8.6 years."
        ],
        [
            G(8.28, "glycated hemoglobin", None, "mean"),
            G(0.89, "glycated hemoglobin", None, "sd"),
            G(85.9, "body weight", None, "mean"),
            G(19.8, "body weight", None, "sd"),
            G(8.6, "duration of diabetes", None, "mean"),
        ],
    ),
    (
        [
            "Of the 3000 patients who were screened, 1203 were excluded, most commonly because they did not meet the "
            "inclusion criteria (n=876)."
        ],
        [
            G(3000, "screen", None, "count"),
            G(1203, "exclu", None, "count"),
            G(876, "inclusion|exclu", None, "count", True),
        ],
    ),
    (
        [
            "Patients in the two groups were well matched: the mean age was 64.2 years in the ablation group and "
            "63.8 years in the drug-therapy group, and 35% and 37%, respectively, were women."
        ],
        [
            G(64.2, "age", "ablation", "mean"),
            G(63.8, "age", "drug", "mean"),
            G(35, "women", "ablation", "percent"),
            G(37, "women", "drug", "percent"),
        ],
    ),
    (
        [
            "Overall, 42% of the patients had a history of heart failure hospitalization, 33% had atrial "
            "fibrillation, and 45% had diabetes."
        ],
        [
            G(42, "heart failure", None, "percent"),
            G(33, "atrial fibrillation", None, "percent"),
            G(45, "diabetes", None, "percent"),
        ],
    ),
    (
        [
            "The mean body-mass index was 37.9, and 73.1% of the participants were women; the mean CHA2DS2-VASc score "
            "was 3.4."
        ],
        [
            G(37.9, "body-mass index|bmi", None, "mean"),
            G(73.1, "women", None, "percent"),
            G(2, "-", None, "*"),
            G(3.4, "cha2ds2", None, "mean"),
        ],
    ),
    (
        [
            "Follow-up was complete for 99.2% of the patients; the median follow-up was 2.4 years (interquartile "
            "range, 1.8 to 3.0)."
        ],
        [
            G(99.2, "follow-up", None, "percent"),
            G(2.4, "follow-up", None, "median"),
            G(1.8, "follow-up", None, "q1"),
            G(3.0, "follow-up", None, "q3"),
        ],
    ),
    (
        ["Adherence to the trial regimen was 87% in the polypill group and 81% in the usual-care group at 24 months."],
        [
            G(87, "adherence", "polypill", "percent"),
            G(81, "adherence", "usual", "percent"),
            G(24, "-", None, "*"),
        ],
    ),
    (
        [
            "The trial was stopped early after a median of 3.3 years because of a clear benefit; 9361 participants "
            "had been enrolled at 102 sites."
        ],
        [
            G(3.3, "follow-up|median", None, "median", True),
            G(9361, "enrolled|participants", None, "count", True),
            G(102, "-", None, "*"),
        ],
    ),
    # --- pop-PK / anaesthesia cohort sentences ---
    (
        [
            "The typical clearance was 12.4 L/h (between-subject variability, 31%) and the central volume of "
            "distribution was 58.2 L (BSV 24%)."
        ],
        [
            G(12.4, "clearance", None, "value|mean|geometric_mean"),
            G(31, "clearance", None, "cv_percent"),
            G(58.2, "volume", None, "value|mean|geometric_mean"),
            G(24, "volume", None, "cv_percent"),
        ],
    ),
    (
        ["The terminal half-life of dexmedetomidine was 2.1 h in the adults and 1.6 h in the children."],
        [
            G(2.1, "half-life", "adult", "value|mean|median|geometric_mean"),
            G(1.6, "half-life", "child", "value|mean|median|geometric_mean"),
        ],
    ),
    (
        [
            "Propofol clearance was 1.83 L/min (95% CI, 1.62 to 2.05) in obese patients, compared with 1.44 L/min in "
            "lean patients."
        ],
        [
            G(1.83, "clearance", "obese", "value|mean|geometric_mean"),
            G(1.62, "clearance", "obese", "ci_low"),
            G(2.05, "clearance", "obese", "ci_high"),
            G(1.44, "clearance", "lean", "value|mean|geometric_mean"),
        ],
    ),
    (
        [
            "Body weight was a significant covariate on clearance, which increased by 0.75 power of weight; the "
            "inter-individual variability of clearance was 28.6%."
        ],
        [
            G(0.75, "-", None, "*", True),
            G(28.6, "clearance", None, "cv_percent"),
        ],
    ),
    (
        [
            "Peak plasma concentration (Cmax) was 312 ng/mL and the area under the curve (AUC0–24) was 4210 ng·h/mL "
            "after a single 200 mg dose."
        ],
        [
            G(312, "cmax", None, "value|mean|geometric_mean|median"),
            G(0, "-", None, "*", True),
            G(24, "-", None, "*"),
            G(4210, "auc", None, "value|mean|geometric_mean|median"),
            G(200, "-", None, "*"),
        ],
    ),
    (
        ["Median time to extubation was 9 min (IQR 7–12) after remimazolam and 13 min (IQR 10–17) after propofol."],
        [
            G(9, "extubation", "remimazolam", "median"),
            G(7, "extubation", "remimazolam", "q1"),
            G(12, "extubation", "remimazolam", "q3"),
            G(13, "extubation", "propofol", "median"),
            G(10, "extubation", "propofol", "q1"),
            G(17, "extubation", "propofol", "q3"),
        ],
    ),
    (
        [
            "Hypotension requiring vasopressor occurred in 21 of 98 patients (21%) in the etomidate group and in 37 "
            "of 99 (37%) in the propofol group (relative risk, 0.57; 95% CI, 0.36 to 0.90)."
        ],
        [
            G(21, "hypotension", "etomidate", "count|percent"),
            G(98, "*", "etomidate", "denominator|count", True),
            G(37, "hypotension", "propofol", "count|percent"),
            G(99, "*", "propofol", "denominator|count", True),
            G(0.57, "hypotension", "*", "rr"),
            G(0.36, "hypotension", "*", "ci_low"),
            G(0.90, "hypotension", "*", "ci_high"),
        ],
    ),
    (
        [
            "Postoperative nausea and vomiting was reported by 18 patients (36%) in the control group and 7 patients "
            "(14%) in the dexamethasone group (odds ratio 0·29, 95% CI 0·11–0·79)."
        ],
        [
            G(18, "nausea", "control", "count"),
            G(36, "nausea", "control", "percent"),
            G(7, "nausea", "dexamethasone", "count"),
            G(14, "nausea", "dexamethasone", "percent"),
            G(0.29, "nausea", "*", "or"),
            G(0.11, "nausea", "*", "ci_low"),
            G(0.79, "nausea", "*", "ci_high"),
        ],
    ),
    # --- NEJM phase 3 oncology ---
    (
        [
            "At the data-cutoff date, the median overall survival was 16.4 months (95% CI, 14.2 to 18.9) in the "
            "durvalumab group and 12.8 months (95% CI, 11.1 to 14.3) in the placebo group (hazard ratio for death, "
            "0.73; 95% CI, 0.61 to 0.87)."
        ],
        [
            G(16.4, "overall survival|os", "durvalumab", "median"),
            G(14.2, "overall survival|os", "durvalumab", "ci_low"),
            G(18.9, "overall survival|os", "durvalumab", "ci_high"),
            G(12.8, "overall survival|os", "placebo", "median"),
            G(11.1, "overall survival|os", "placebo", "ci_low"),
            G(14.3, "overall survival|os", "placebo", "ci_high"),
            G(0.73, "overall survival|death|os", "*", "hr"),
            G(0.61, "overall survival|death|os", "*", "ci_low"),
            G(0.87, "overall survival|death|os", "*", "ci_high"),
        ],
    ),
    (
        [
            "Disease progression or death occurred in 208 patients (44.6%) in the osimertinib group and in 235 "
            "patients (62.3%) in the standard-therapy group."
        ],
        [
            G(208, "progression", "osimertinib", "count"),
            G(44.6, "progression", "osimertinib", "percent"),
            G(235, "progression", "standard", "count"),
            G(62.3, "progression", "standard", "percent"),
        ],
    ),
    (
        ["The 24-month progression-free survival was 56.7% with the combination and 38.4% with chemotherapy alone."],
        [
            G(24, "-", None, "*"),
            G(56.7, "progression-free survival|pfs", "combination", "percent|rate"),
            G(38.4, "progression-free survival|pfs", "chemotherapy", "percent|rate"),
        ],
    ),
    (
        [
            "A confirmed objective response occurred in 71 of 152 patients (46.7%) receiving the drug, including a "
            "complete response in 11 patients (7.2%)."
        ],
        [
            G(71, "objective response|orr", None, "count"),
            G(152, "*", None, "denominator|count", True),
            G(46.7, "objective response|orr", None, "percent"),
            G(11, "complete response", None, "count"),
            G(7.2, "complete response", None, "percent"),
        ],
    ),
    (
        [
            "Grade 3 or higher adverse events occurred in 54.2% of the patients in the pembrolizumab group and in "
            "61.5% of those in the chemotherapy group."
        ],
        [
            G(3, "-", None, "*"),
            G(54.2, "adverse event", "pembrolizumab", "percent"),
            G(61.5, "adverse event", "chemotherapy", "percent"),
        ],
    ),
    (
        [
            "Immune-mediated adverse events of any grade occurred in 24.1% of patients treated with nivolumab; "
            "hypothyroidism (9.7%) and pneumonitis (4.2%) were the most common."
        ],
        [
            G(24.1, "immune-mediated", "nivolumab", "percent"),
            G(9.7, "hypothyroidism", "nivolumab", "percent"),
            G(4.2, "pneumonitis", "nivolumab", "percent"),
        ],
    ),
    (
        ["The hazard ratio for disease progression or death was 0.46 (95% CI, 0.37 to 0.57; P<0.001)."],
        [
            G(0.46, "progression", "*", "hr"),
            G(0.37, "progression", "*", "ci_low"),
            G(0.57, "progression", "*", "ci_high"),
            G(0.001, "progression", "*", "p"),
        ],
    ),
    (
        [
            "Invasive disease–free survival at 3 years was 88.7% in the abemaciclib group and 83.4% in the "
            "endocrine-therapy-alone group."
        ],
        [
            G(3, "-", None, "*"),
            G(88.7, "disease", "abemaciclib", "percent|rate"),
            G(83.4, "disease", "endocrine", "percent|rate"),
        ],
    ),
    (
        ["At the second interim analysis, 245 deaths had occurred (48% of the planned total)."],
        [
            G(245, "death", None, "count|events"),
            G(48, "-", None, "*", True),
        ],
    ),
    (
        [
            "The median duration of response was 11.2 months in the trastuzumab deruxtecan group and 6.8 months in "
            "the physician's-choice group."
        ],
        [
            G(11.2, "duration of response|dor", "deruxtecan", "median"),
            G(6.8, "duration of response|dor", "physician", "median"),
        ],
    ),
    # --- group first / endpoint last / brackets / semicolons / spanning ---
    (
        [
            "In the apixaban group, major bleeding occurred in 327 patients (2.13% per year) and clinically relevant "
            "nonmajor bleeding in 318 patients."
        ],
        [
            G(327, "major bleeding", "apixaban", "count|events"),
            G(2.13, "major bleeding", "apixaban", "rate|percent"),
            G(318, "nonmajor", "apixaban", "count|events"),
        ],
    ),
    (
        [
            "Among patients assigned to intensive treatment, 243 (5.2%) had a primary-outcome event, as did 319 "
            "(6.8%) of those assigned to standard treatment."
        ],
        [
            G(243, "primary", "intensive", "count"),
            G(5.2, "primary", "intensive", "percent"),
            G(319, "primary", "standard", "count"),
            G(6.8, "primary", "standard", "percent"),
        ],
    ),
    (
        ["With semaglutide, 50.5% of participants lost at least 15% of body weight, vs. 4.9% with placebo."],
        [
            G(50.5, "body weight|lost", "semaglutide", "percent"),
            G(15, "-", None, "*"),
            G(4.9, "body weight|lost", "placebo", "percent"),
        ],
    ),
    (
        [
            "Patients receiving ferric carboxymaltose had fewer hospitalizations for heart failure (rate ratio, "
            "0.74; 95% CI, 0.58 to 0.94)."
        ],
        [
            G(0.74, "hospitalization", "*", "rr"),
            G(0.58, "hospitalization", "*", "ci_low"),
            G(0.94, "hospitalization", "*", "ci_high"),
        ],
    ),
    (
        [
            "Outcomes were as follows: cardiovascular death, 4.8% vs. 5.6%; myocardial infarction, 2.7% vs. 3.4%; "
            "and stroke, 1.5% vs. 1.3% (ticagrelor vs. placebo)."
        ],
        [
            G(4.8, "cardiovascular death", "ticagrelor", "percent"),
            G(5.6, "cardiovascular death", "placebo", "percent"),
            G(2.7, "myocardial infarction", "ticagrelor", "percent"),
            G(3.4, "myocardial infarction", "placebo", "percent"),
            G(1.5, "stroke", "ticagrelor", "percent"),
            G(1.3, "stroke", "placebo", "percent"),
        ],
    ),
    (
        [
            "The primary end point occurred in 143 patients assigned to the device.",
            "By comparison, it occurred in 201 patients assigned to guideline-directed medical therapy alone.",
        ],
        [
            G(143, "primary end point", "device", "count"),
            G(201, "primary end point", "medical therapy", "count", True),
        ],
    ),
    (
        [
            "Heart-failure events were counted in both groups. There were 160 such events in the device group and "
            "151 in the control group."
        ],
        [
            G(160, "heart-failure|heart failure", "device", "count|events", True),
            G(151, "heart-failure|heart failure", "control", "count|events", True),
        ],
    ),
    (
        ["More patients in the colchicine group than in the placebo group had pneumonia (0.9% vs. 0.4%, P=0.03)."],
        [
            G(0.9, "pneumonia", "colchicine", "percent"),
            G(0.4, "pneumonia", "placebo", "percent"),
            G(0.03, "pneumonia", "*", "p"),
        ],
    ),
    (
        [
            "The percentage of patients with an LDL cholesterol level below 55 mg/dL at week 24 was 78% in the "
            "inclisiran group [n=612] and 9% in the placebo group [n=598]."
        ],
        [
            G(55, "-", None, "*"),
            G(24, "-", None, "*"),
            G(78, "ldl", "inclisiran", "percent"),
            G(612, "*", "inclisiran", "denominator|count", True),
            G(9, "ldl", "placebo", "percent"),
            G(598, "*", "placebo", "denominator|count", True),
        ],
    ),
    (
        [
            "Worsening heart failure or death from cardiovascular causes: empagliflozin, 415 patients (13.8%); "
            "placebo, 511 patients (17.1%)."
        ],
        [
            G(415, "heart failure", "empagliflozin", "count"),
            G(13.8, "heart failure", "empagliflozin", "percent"),
            G(511, "heart failure", "placebo", "count"),
            G(17.1, "heart failure", "placebo", "percent"),
        ],
    ),
    (
        [
            "The 5-year rate of death from any cause was lower among patients who underwent CABG than among those "
            "who underwent PCI (10.9% vs. 16.3%, P=0.049)."
        ],
        [
            G(5, "-", None, "*"),
            G(10.9, "death", "cabg", "percent|rate"),
            G(16.3, "death", "pci", "percent|rate"),
            G(0.049, "death", "*", "p"),
        ],
    ),
    (
        [
            "Of the 921 patients in the ablation group, 84 (9.1%) died, as compared with 112 of 917 (12.2%) in the "
            "drug group."
        ],
        [
            G(921, "*", "ablation", "denominator|count", True),
            G(84, "died|death", "ablation", "count"),
            G(9.1, "died|death", "ablation", "percent"),
            G(112, "died|death", "drug", "count"),
            G(917, "*", "drug", "denominator|count", True),
            G(12.2, "died|death", "drug", "percent"),
        ],
    ),
    (
        [
            "A total of 38 patients (2.5%) in the anticoagulation group and 61 patients (4.0%) in the antiplatelet "
            "group had a recurrent stroke (hazard ratio, 0.62)."
        ],
        [
            G(38, "recurrent stroke|stroke", "anticoagulation", "count"),
            G(2.5, "recurrent stroke|stroke", "anticoagulation", "percent"),
            G(61, "recurrent stroke|stroke", "antiplatelet", "count"),
            G(4.0, "recurrent stroke|stroke", "antiplatelet", "percent"),
            G(0.62, "stroke", "*", "hr"),
        ],
    ),
    (
        [
            "Death or disabling stroke at 2 years occurred in 12.6% of the patients in the TAVR group and 13.4% in "
            "the surgery group; the upper boundary of the 95% credible interval for the difference was 1.3 "
            "percentage points."
        ],
        [
            G(2, "-", None, "*"),
            G(12.6, "death|stroke", "tavr", "percent"),
            G(13.4, "death|stroke", "surgery", "percent"),
            G(1.3, "death|stroke", "*", "ci_high", True),
        ],
    ),
    (
        [
            "The win ratio for the hierarchical composite end point was 1.32 (95% CI, 1.16 to 1.51) in favor of "
            "dapagliflozin."
        ],
        [
            G(1.32, "win ratio|composite", "*", "value|rr|*"),
            G(1.16, "win ratio|composite", "*", "ci_low"),
            G(1.51, "win ratio|composite", "*", "ci_high"),
        ],
    ),
    (
        [
            "The Kansas City Cardiomyopathy Questionnaire total symptom score improved by a mean of 7.8 points in "
            "the semaglutide group and 0.9 points in the placebo group (estimated difference, 6.9 points; 95% CI, "
            "4.7 to 9.1)."
        ],
        [
            G(7.8, "kansas|kccq|symptom score", "semaglutide", "mean"),
            G(0.9, "kansas|kccq|symptom score", "placebo", "mean"),
            G(6.9, "kansas|kccq|symptom score", "*", "*"),
            G(4.7, "kansas|kccq|symptom score", "*", "ci_low"),
            G(9.1, "kansas|kccq|symptom score", "*", "ci_high"),
        ],
    ),
    (
        ["The 6-minute walk distance increased by 21.5 m with the active drug and decreased by 1.2 m with placebo."],
        [
            G(6, "-", None, "*"),
            G(21.5, "walk", "active", "mean|value"),
            G(1.2, "walk", "placebo", "mean|value"),
        ],
    ),
    (
        ["NT-proBNP levels were reduced by 28% (95% CI, 21 to 35) relative to placebo at 12 weeks."],
        [
            G(28, "nt-probnp", "*", "*"),
            G(21, "nt-probnp", "*", "ci_low"),
            G(35, "nt-probnp", "*", "ci_high"),
            G(12, "-", None, "*"),
        ],
    ),
    (
        [
            "Patients with a history of atrial fibrillation (n=1123) had a higher incidence of the primary outcome "
            "than those without (18.2% vs. 12.9%)."
        ],
        [
            G(1123, "*", "*", "count|denominator", True),
            G(18.2, "primary outcome", "*", "percent", True),
            G(12.9, "primary outcome", "*", "percent", True),
        ],
    ),
    (
        [
            "The benefit was similar in patients younger than 65 years (hazard ratio, 0.72) and in those 65 years "
            "of age or older (hazard ratio, 0.76)."
        ],
        [
            G(65, "-", None, "*"),
            G(0.72, "*", "*", "hr", True),
            G(0.76, "*", "*", "hr", True),
        ],
    ),
    (
        [
            "Stent thrombosis occurred in 0.6% (n=14) of patients with drug-coated balloons and 0.8% (n=19) with "
            "drug-eluting stents."
        ],
        [
            G(0.6, "stent thrombosis", "balloon", "percent"),
            G(14, "stent thrombosis", "balloon", "count"),
            G(0.8, "stent thrombosis", "stent", "percent"),
            G(19, "stent thrombosis", "stent", "count"),
        ],
    ),
    (
        [
            "Target-lesion failure at 12 months occurred in 5.9% of the patients in the biodegradable-polymer group "
            "and in 5.5% of those in the durable-polymer group (absolute difference, 0.4 percentage points; upper "
            "boundary of the one-sided 95% CI, 1.9; P<0.001 for noninferiority)."
        ],
        [
            G(12, "-", None, "*"),
            G(5.9, "target-lesion failure", "biodegradable", "percent"),
            G(5.5, "target-lesion failure", "durable", "percent"),
            G(0.4, "target-lesion failure", "*", "*"),
            G(1.9, "target-lesion failure", "*", "ci_high", True),
            G(0.001, "target-lesion failure", "*", "p"),
        ],
    ),
    (
        [
            "In total, 1.8% of patients had a periprocedural myocardial infarction, 0.9% had a stroke, and 0.4% "
            "died within 30 days."
        ],
        [
            G(1.8, "myocardial infarction", None, "percent"),
            G(0.9, "stroke", None, "percent"),
            G(0.4, "died|death", None, "percent"),
            G(30, "-", None, "*"),
        ],
    ),
    (
        ["New pacemaker implantation was required in 17.4% of the TAVR patients and 6.1% of the surgical patients."],
        [
            G(17.4, "pacemaker", "tavr", "percent"),
            G(6.1, "pacemaker", "surgical", "percent"),
        ],
    ),
    (
        [
            "The rates of the primary safety end point were 0.8% and 1.1% in the left atrial appendage closure and "
            "anticoagulation groups."
        ],
        [
            G(0.8, "primary safety", "closure", "percent|rate"),
            G(1.1, "primary safety", "anticoagulation", "percent|rate"),
        ],
    ),
    (
        ["Patients randomly assigned to spironolactone had fewer hospitalizations (206 vs. 245; hazard ratio, 0.83)."],
        [
            G(206, "hospitalization", "spironolactone", "count|events"),
            G(245, "hospitalization", "*", "count|events"),
            G(0.83, "hospitalization", "*", "hr"),
        ],
    ),
    (
        [
            "Myocardial infarction (2.4% and 2.9%), stroke (0.8% and 1.0%) and cardiovascular death (1.9% and 2.1%) "
            "did not differ significantly between the evolocumab and placebo groups."
        ],
        [
            G(2.4, "myocardial infarction", "evolocumab", "percent"),
            G(2.9, "myocardial infarction", "placebo", "percent"),
            G(0.8, "stroke", "evolocumab", "percent"),
            G(1.0, "stroke", "placebo", "percent"),
            G(1.9, "cardiovascular death", "evolocumab", "percent"),
            G(2.1, "cardiovascular death", "placebo", "percent"),
        ],
    ),
    (
        [
            "There was one death in each group, and 5 patients (3.3%) in the intervention group had a device-related "
            "complication."
        ],
        [
            G(5, "complication", "intervention", "count"),
            G(3.3, "complication", "intervention", "percent"),
        ],
    ),
    (
        ["Among the 450 patients in the placebo group, 99 (22.0%) were hospitalized for any reason."],
        [
            G(450, "*", "placebo", "denominator|count", True),
            G(99, "hospitali", "placebo", "count"),
            G(22.0, "hospitali", "placebo", "percent"),
        ],
    ),
    (
        ["Ventricular arrhythmias were detected in 23 (7.9%) vs. 36 (12.4%) patients (P=0.08)."],
        [
            G(23, "ventricular arrhythmia", "*", "count", True),
            G(7.9, "ventricular arrhythmia", "*", "percent", True),
            G(36, "ventricular arrhythmia", "*", "count", True),
            G(12.4, "ventricular arrhythmia", "*", "percent", True),
            G(0.08, "ventricular arrhythmia", "*", "p"),
        ],
    ),
    (
        [
            "Of the patients in the catheter ablation arm, 63.1% were free from atrial fibrillation at 3 years, "
            "compared with 41.6% of the drug arm (relative risk reduction, 45%)."
        ],
        [
            G(63.1, "free", "ablation", "percent"),
            G(3, "-", None, "*"),
            G(41.6, "free", "drug", "percent"),
            G(45, "free|risk reduction", "*", "*", True),
        ],
    ),
    (
        ["Overall, 5.1% of the patients had a primary end-point event, and 2.9% died."],
        [
            G(5.1, "primary end-point|primary end point", None, "percent"),
            G(2.9, "died|death", None, "percent"),
        ],
    ),
    (
        [
            "The incidence of new-onset diabetes was 3.9 per 100 patient-years in the statin group, as compared "
            "with 3.1 per 100 patient-years in the control group."
        ],
        [
            G(3.9, "diabetes", "statin", "rate"),
            G(100, "-", None, "*"),
            G(3.1, "diabetes", "control", "rate"),
        ],
    ),
    (
        [
            "Complete revascularization reduced the risk of the first coprimary outcome (8.9% vs. 10.5%; hazard "
            "ratio, 0.74), driven by myocardial infarction (5.4% vs. 7.9%)."
        ],
        [
            G(8.9, "coprimary", "complete", "percent"),
            G(10.5, "coprimary", "*", "percent"),
            G(0.74, "coprimary", "*", "hr"),
            G(5.4, "myocardial infarction", "complete", "percent"),
            G(7.9, "myocardial infarction", "*", "percent"),
        ],
    ),
    (
        ["The median reduction in lipoprotein(a) at week 36 was 85.5% with olpasiran 75 mg and 97.4% with 225 mg."],
        [
            G(36, "-", None, "*"),
            G(85.5, "lipoprotein", "75 mg", "median"),
            G(75, "-", None, "*"),
            G(97.4, "lipoprotein", "225 mg", "median"),
            G(225, "-", None, "*"),
        ],
    ),
    (
        ["Patients in the home-monitoring group spent more days alive and out of hospital (mean, 346 vs. 338 days)."],
        [
            G(346, "days alive", "home", "mean"),
            G(338, "days alive", "*", "mean"),
        ],
    ),
    (
        [
            "A first hospitalization for heart failure or an urgent heart-failure visit occurred in 10.2% of the "
            "patients; the rate was 8.6% in the dapagliflozin group."
        ],
        [
            G(10.2, "hospitalization", None, "percent"),
            G(8.6, "hospitalization", "dapagliflozin", "percent"),
        ],
    ),
    (
        [
            "The primary end point (death, myocardial infarction, or urgent revascularization) occurred in 14.5% and "
            "17.2% of patients, respectively, in the invasive and conservative groups."
        ],
        [
            G(14.5, "primary end point", "invasive", "percent"),
            G(17.2, "primary end point", "conservative", "percent"),
        ],
    ),
    (
        ["Clinical Cardiology readers should note that 2 of 12 sites enrolled 60% of the patients."],
        [
            G(2, "-", None, "*", True),
            G(12, "-", None, "*", True),
            G(60, "-", None, "*", True),
        ],
    ),
    (
        ["In a sensitivity analysis, the hazard ratio was 0.81 (95% CI, 0.70 to 0.94)."],
        [
            G(0.81, "*", "*", "hr", True),
            G(0.70, "*", "*", "ci_low", True),
            G(0.94, "*", "*", "ci_high", True),
        ],
    ),
    (
        [
            "Adverse events occurred in 512 of 780 patients (65.6%) receiving the high dose and in 498 of 781 "
            "(63.8%) receiving the low dose; they were serious in 98 (12.6%) and 87 (11.1%), respectively."
        ],
        [
            G(512, "adverse event", "high", "count"),
            G(780, "*", "high", "denominator|count", True),
            G(65.6, "adverse event", "high", "percent"),
            G(498, "adverse event", "low", "count"),
            G(781, "*", "low", "denominator|count", True),
            G(63.8, "adverse event", "low", "percent"),
            G(98, "serious", "high", "count", True),
            G(12.6, "serious", "high", "percent", True),
            G(87, "serious", "low", "count", True),
            G(11.1, "serious", "low", "percent", True),
        ],
    ),
    (
        [
            "The rate of the primary end point at 1 year was 7.2% in the de-escalation group and 10.1% in the "
            "standard group (difference, −2.9 percentage points; 95% CI, −5.2 to −0.6; P=0.01)."
        ],
        [
            G(1, "-", None, "*"),
            G(7.2, "primary end point", "de-escalation", "percent|rate"),
            G(10.1, "primary end point", "standard", "percent|rate"),
            G(-2.9, "primary end point", "*", "*"),
            G(-5.2, "primary end point", "*", "ci_low"),
            G(-0.6, "primary end point", "*", "ci_high"),
            G(0.01, "primary end point", "*", "p"),
        ],
    ),
    (
        ["Hemoglobin increased by 1.2 g/dL in the roxadustat group and by 0.4 g/dL in the placebo group."],
        [
            G(1.2, "hemoglobin", "roxadustat", "mean|value"),
            G(0.4, "hemoglobin", "placebo", "mean|value"),
        ],
    ),
    (
        [
            "In the subgroup of patients with an ejection fraction of 40% or less, the hazard ratio for the primary "
            "outcome was 0.70 (95% CI, 0.57 to 0.86)."
        ],
        [
            G(40, "-", None, "*"),
            G(0.70, "primary outcome", "*", "hr"),
            G(0.57, "primary outcome", "*", "ci_low"),
            G(0.86, "primary outcome", "*", "ci_high"),
        ],
    ),
    (
        [
            "Troponin was elevated after the procedure in 112 patients; of these, 31 had a type 4a myocardial "
            "infarction."
        ],
        [
            G(112, "troponin", None, "count"),
            G(31, "myocardial infarction", None, "count"),
            G(4, "-", None, "*"),
        ],
    ),
    (
        ["The trial groups differed in the use of diuretics at discharge (72.4% vs. 65.0%)."],
        [
            G(72.4, "diuretic", "*", "percent", True),
            G(65.0, "diuretic", "*", "percent", True),
        ],
    ),
    (
        [
            "Among women, the risk of the primary outcome was lower with the intervention (hazard ratio, 0.61; 95% "
            "CI, 0.44 to 0.85), whereas among men it was not (hazard ratio, 0.97; 95% CI, 0.80 to 1.18)."
        ],
        [
            G(0.61, "primary outcome", "*", "hr"),
            G(0.44, "primary outcome", "*", "ci_low"),
            G(0.85, "primary outcome", "*", "ci_high"),
            G(0.97, "primary outcome", "*", "hr"),
            G(0.80, "primary outcome", "*", "ci_low"),
            G(1.18, "primary outcome", "*", "ci_high"),
        ],
    ),
    (
        [
            "Serious adverse events were reported in 14 participants (9%) assigned to the app and 17 (11%) assigned "
            "to standard care, none of which were judged to be related to the intervention."
        ],
        [
            G(14, "serious adverse", "app", "count"),
            G(9, "serious adverse", "app", "percent"),
            G(17, "serious adverse", "standard", "count"),
            G(11, "serious adverse", "standard", "percent"),
        ],
    ),
    (
        [
            "Systolic blood pressure at 6 months was 131.4±14.2 mm Hg in the pharmacist-led group and 137.6±15.1 mm "
            "Hg in the usual-care group."
        ],
        [
            G(6, "-", None, "*"),
            G(131.4, "systolic blood pressure", "pharmacist", "mean"),
            G(14.2, "systolic blood pressure", "pharmacist", "sd"),
            G(137.6, "systolic blood pressure", "usual", "mean"),
            G(15.1, "systolic blood pressure", "usual", "sd"),
        ],
    ),
    (
        [
            "Blood-pressure control (<140/90 mm Hg) was achieved in 64% of the patients in the intervention group "
            "and 41% in the control group."
        ],
        [
            G(140, "-", None, "*"),
            G(90, "-", None, "*"),
            G(64, "blood-pressure control|blood pressure", "intervention", "percent"),
            G(41, "blood-pressure control|blood pressure", "control", "percent"),
        ],
    ),
    (
        [
            "All-cause mortality was 11·3% in the usual care group and 8·9% in the intervention group (absolute risk "
            "reduction 2·4%, number needed to treat 42)."
        ],
        [
            G(11.3, "mortality", "usual", "percent"),
            G(8.9, "mortality", "intervention", "percent"),
            G(2.4, "mortality|risk reduction", "*", "*"),
            G(42, "number needed|mortality", "*", "*"),
        ],
    ),
    (
        [
            "In the placebo group, 64 patients (12.9%) had a stroke or systemic embolism, whereas in the "
            "dabigatran group 47 patients (9.5%) did."
        ],
        [
            G(64, "stroke", "placebo", "count"),
            G(12.9, "stroke", "placebo", "percent"),
            G(47, "stroke", "dabigatran", "count"),
            G(9.5, "stroke", "dabigatran", "percent"),
        ],
    ),
    (
        ["The primary outcome occurred in 8.4% of the patients; the rates were similar in the two groups."],
        [
            G(8.4, "primary outcome", None, "percent"),
        ],
    ),
    (
        [
            "Discontinuation of the trial drug because of adverse events was more common with the higher dose (n=48, "
            "9.6%) than with the lower dose (n=27, 5.4%)."
        ],
        [
            G(48, "discontinu", "higher", "count"),
            G(9.6, "discontinu", "higher", "percent"),
            G(27, "discontinu", "lower", "count"),
            G(5.4, "discontinu", "lower", "percent"),
        ],
    ),
    (
        [
            "Weight loss of at least 10% was achieved by 69% of participants on tirzepatide 15 mg, 61% on 10 mg and "
            "45% on 5 mg."
        ],
        [
            G(10, "-", None, "*"),
            G(69, "weight loss", "15 mg", "percent"),
            G(15, "-", None, "*"),
            G(61, "weight loss", "10 mg", "percent"),
            G(45, "weight loss", "5 mg", "percent"),
            G(5, "-", None, "*"),
        ],
    ),
    (
        [
            "The mean heart rate was 78 beats per minute at baseline and decreased by 8.1 beats per minute with "
            "ivabradine."
        ],
        [
            G(78, "heart rate", None, "mean"),
            G(8.1, "heart rate", "ivabradine", "mean|value"),
        ],
    ),
    (
        [
            "Of 2,812 patients undergoing cardiac surgery, 412 (14.7%) developed postoperative atrial fibrillation; "
            "the incidence was 10.2% with posterior pericardiotomy and 31.4% without."
        ],
        [
            G(2812, "cardiac surgery|patients", None, "count", True),
            G(412, "atrial fibrillation", None, "count"),
            G(14.7, "atrial fibrillation", None, "percent"),
            G(10.2, "atrial fibrillation", "pericardiotomy", "percent"),
            G(31.4, "atrial fibrillation", "*", "percent", True),
        ],
    ),
    (
        ["Rates of the primary safety end point were low (apixaban 1.8%, warfarin 2.4%)."],
        [
            G(1.8, "primary safety", "apixaban", "percent|rate"),
            G(2.4, "primary safety", "warfarin", "percent|rate"),
        ],
    ),
    (
        ["Compared with placebo, vutrisiran reduced the risk of death from any cause by 36% (hazard ratio, 0.64)."],
        [
            G(36, "death", "*", "*", True),
            G(0.64, "death", "*", "hr"),
        ],
    ),
    (
        ["Major adverse limb events occurred in 3.9% and 6.5% (P=0.02) of the rivaroxaban and placebo groups."],
        [
            G(3.9, "limb", "rivaroxaban", "percent"),
            G(6.5, "limb", "placebo", "percent"),
            G(0.02, "limb", "*", "p"),
        ],
    ),
    (
        [
            "A decline of at least 40% in eGFR occurred in 120 patients (5.4%) in the active-drug group and 198 "
            "(8.9%) in the placebo group."
        ],
        [
            G(40, "-", None, "*"),
            G(120, "egfr|decline", "active", "count"),
            G(5.4, "egfr|decline", "active", "percent"),
            G(198, "egfr|decline", "placebo", "count"),
            G(8.9, "egfr|decline", "placebo", "percent"),
        ],
    ),
    (
        [
            "Patients were followed for a median of 28 months; 96 patients in the early group and 104 in the "
            "deferred group had a primary event."
        ],
        [
            G(28, "follow", None, "median"),
            G(96, "primary event|primary", "early", "count"),
            G(104, "primary event|primary", "deferred", "count"),
        ],
    ),
    (
        [
            "Mortality at 90 days was 26.1% with restrictive transfusion and 28.4% with liberal transfusion "
            "(relative risk, 0.92; 95% CI, 0.80 to 1.06)."
        ],
        [
            G(90, "-", None, "*"),
            G(26.1, "mortality", "restrictive", "percent"),
            G(28.4, "mortality", "liberal", "percent"),
            G(0.92, "mortality", "*", "rr"),
            G(0.80, "mortality", "*", "ci_low"),
            G(1.06, "mortality", "*", "ci_high"),
        ],
    ),
    (
        [
            "Quality of life improved more with ablation: the EQ-5D index rose by 0.08 in the ablation group and by "
            "0.02 in the drug group."
        ],
        [
            G(5, "-", None, "*"),
            G(0.08, "eq-5d", "ablation", "mean|value"),
            G(0.02, "eq-5d", "drug", "mean|value"),
        ],
    ),
    (
        ["Symptomatic intracranial hemorrhage occurred in 6 of 284 patients (2.1%) after tenecteplase."],
        [
            G(6, "intracranial", "tenecteplase", "count"),
            G(284, "*", "tenecteplase", "denominator|count", True),
            G(2.1, "intracranial", "tenecteplase", "percent"),
        ],
    ),
    (
        [
            "An excellent functional outcome (modified Rankin scale score of 0 or 1) at 90 days was observed in 45% "
            "of patients in the thrombectomy group and in 30% in the medical-care group."
        ],
        [
            G(0, "-", None, "*"),
            G(1, "-", None, "*"),
            G(90, "-", None, "*"),
            G(45, "functional outcome|rankin", "thrombectomy", "percent"),
            G(30, "functional outcome|rankin", "medical", "percent"),
        ],
    ),
    (
        ["The median length of hospital stay was 3 days in both groups (interquartile range, 2 to 5)."],
        [
            G(3, "length of hospital stay|stay", "*", "median"),
            G(2, "length of hospital stay|stay", "*", "q1"),
            G(5, "length of hospital stay|stay", "*", "q3"),
        ],
    ),
    (
        [
            "Ninety-two patients (18.4%) in the beta-blocker group and 101 (20.2%) in the no-beta-blocker group had "
            "the primary outcome."
        ],
        [
            G(92, "primary outcome", "beta-blocker", "count"),
            G(18.4, "primary outcome", "beta-blocker", "percent"),
            G(101, "primary outcome", "no-beta-blocker", "count"),
            G(20.2, "primary outcome", "no-beta-blocker", "percent"),
        ],
    ),
    (
        [
            "Kidney function declined in the placebo group: the eGFR fell from 58 to 49 ml per minute per 1.73 m2 "
            "over 3 years."
        ],
        [
            G(58, "egfr", "placebo", "mean|value", True),
            G(49, "egfr", "placebo", "mean|value", True),
            G(1.73, "-", None, "*"),
            G(3, "-", None, "*"),
        ],
    ),
]
