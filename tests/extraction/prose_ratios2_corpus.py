"""A precision-first second look at comparative statistics in results prose: hazard, odds, rate and risk ratios,
between-group differences with their intervals, and P values, in the sentence forms abstract and main Results
sections of randomized phase 2/3 trials print them ("X occurred in A vs B (HR ..., P=...)", "the risk of X was lower
with A (HR ...)", "hazard ratio for death, 0.71", "(hazard ratio for disease progression or death, ...)", a P value
after a comparison, a list of outcomes each with its ratio, a ratio said of a subgroup). Oncology, cardiology,
infectious disease and general medicine. Every paragraph is from a published trial abstract (cited beside it by
trial, journal and year; none a golden file, none in the other tests/extraction/prose_*_corpus.py files); wording is
kept close to the source (the sentence form is what is sampled), some numbers rounded or shifted. Every gold was
written before any paragraph was read back.

``CORPUS`` was gathered and gold-written before any change; ``SECOND`` after the fixes (see
tests/extraction/test_prose_ratios2.py for first contact and end figures).

Entry format: that of tests/extraction/prose_sampled_forms_corpus.py (``(context, paragraph, gold)``,
``G(value, statistic, endpoint, group[, optional])``), scored by tests/extraction/prose_ratios2_score.py.
Conventions:
- a ratio, a between-group difference and their interval and P value are of the outcome they compare, group ``"*"``;
  a ratio said of a subgroup ("among those receiving invasive mechanical ventilation") has the subgroup as its group
  (a subgroup's ratio read as the whole trial's is a wrong label); in a trial of three arms a ratio of one arm
  against the control is that arm's (a P value there stays ``"*"``, as the golden files file one: this was first
  written as the arm's too, and set to ``"*"`` after first contact, see test_prose_ratios2.py);
- a between-group difference is statistic ``value``; a relative risk reduction or vaccine efficacy in percent is
  ``percent|value``;
- counts and shares of each arm are optional (the count/percent readers are not what this corpus samples: read
  wrong they still count as wrong);
- a time point, a threshold or a margin is no result (endpoint ``None``); a median (mean) follow-up is an optional
  "follow-up" (the convention of the other corpora; first written as no result, corrected at first contact).
``FORMS`` names each entry's family: "occurred" (a ratio after "X occurred in A and B"), "risk" ("the risk of X was
lower with A"), "named" (a ratio named for its outcome), "list" (several outcomes, each with its ratio), "subgroup"
(a ratio said of a subgroup), "p" (P values after comparisons), "diff" (differences with intervals)."""

from __future__ import annotations

from tests.extraction.prose_sampled_forms_corpus import Entry, G


def ratio(kind: str, endpoint: str, value: float, low: float | None, high: float | None, p: float | None = None,
          group: str = "*") -> list[G]:  # fmt: skip
    """A ratio (or difference) with its interval and P value, of one endpoint."""
    out = [G(value, kind, endpoint, group)]
    if low is not None and high is not None:
        out += [G(low, "ci_low", endpoint, group), G(high, "ci_high", endpoint, group)]
    if p is not None:
        out.append(G(p, "p", endpoint, "*"))
    return out


def arms(endpoint: str, stat: str, *pairs: tuple[float, str]) -> list[G]:
    """Optional per-arm counts or shares."""
    return [G(v, stat, endpoint, group, True) for v, group in pairs]


def no(*values: float) -> list[G]:
    """Numbers that are no result (a time point, a follow-up, a margin)."""
    return [G(v, "*", None, None) for v in values]


HF = "cardiovascular death or hospitalization for heart failure|primary outcome|primary"
DEATH = "death|mortality|overall survival|death from any cause|OS"
PFS = "progression-free survival|PFS|disease progression or death|progression or death"

# fmt: off
CORPUS: list[Entry] = [
    # EMPEROR-Reduced, Packer et al., N Engl J Med 2020;383:1413 (abstract Results)
    (
        "Patients with class II-IV heart failure were randomly assigned to receive empagliflozin (10 mg once daily) or "
        "placebo.",
        "During a median of 16 months, a primary outcome event occurred in 361 of 1863 patients (19.4%) in the "
        "empagliflozin group and in 462 of 1867 patients (24.7%) in the placebo group (hazard ratio for "
        "cardiovascular death or hospitalization for heart failure, 0.75; 95% confidence interval [CI], 0.65 to 0.86; "
        "P<0.001). The total number of hospitalizations for heart failure was lower in the empagliflozin group than "
        "in the placebo group (hazard ratio, 0.70; 95% CI, 0.58 to 0.85; P<0.001).",
        [
            G(16, "median", "follow-up", None, True),
            *arms(HF, "count", (361, "empagliflozin"), (462, "placebo")),
            *arms(HF, "percent", (19.4, "empagliflozin"), (24.7, "placebo")),
            *ratio("hr", HF, 0.75, 0.65, 0.86, 0.001),
            *ratio("hr", "hospitalizations for heart failure|hospitalization for heart failure", 0.70, 0.58, 0.85,
                   0.001),
        ],
    ),
    # PARADIGM-HF, McMurray et al., N Engl J Med 2014;371:993 (abstract Results)
    (
        "Patients with class II-IV heart failure and an ejection fraction of 40% or less were randomly assigned to "
        "receive LCZ696 or enalapril.",
        "At the time of closure, the primary outcome had occurred in 914 patients (21.8%) in the LCZ696 group and "
        "1117 patients (26.5%) in the enalapril group (hazard ratio in the LCZ696 group, 0.80; 95% CI, 0.73 to 0.87; "
        "P<0.001). A total of 711 patients (17.0%) receiving LCZ696 and 835 patients (19.8%) receiving enalapril "
        "died (hazard ratio for death from any cause, 0.84; 95% CI, 0.76 to 0.93; P<0.001); of these patients, 558 "
        "(13.3%) and 693 (16.5%), respectively, died from cardiovascular causes (hazard ratio, 0.80; 95% CI, 0.71 to "
        "0.89; P<0.001).",
        [
            *arms("primary outcome|primary", "count", (914, "LCZ696"), (1117, "enalapril")),
            *arms("primary outcome|primary", "percent", (21.8, "LCZ696"), (26.5, "enalapril")),
            *ratio("hr", "primary outcome|primary", 0.80, 0.73, 0.87, 0.001),
            *ratio("hr", DEATH, 0.84, 0.76, 0.93, 0.001),
            *ratio("hr", "death from cardiovascular causes|cardiovascular death|cardiovascular causes", 0.80, 0.71,
                   0.89, 0.001),
        ],
    ),
    # KEYNOTE-189, Gandhi et al., N Engl J Med 2018;378:2078 (abstract Results)
    (
        "Patients with metastatic nonsquamous NSCLC were randomly assigned in a 2:1 ratio to receive pemetrexed and "
        "a platinum-based drug plus either pembrolizumab (pembrolizumab-combination group) or placebo "
        "(placebo-combination group).",
        "After a median follow-up of 10.5 months, the estimated rate of overall survival at 12 months was 69.2% (95% "
        "CI, 64.1 to 73.8) in the pembrolizumab-combination group versus 49.4% (95% CI, 42.1 to 56.2) in the "
        "placebo-combination group (hazard ratio for death, 0.49; 95% CI, 0.38 to 0.64; P<0.001). Median "
        "progression-free survival was 8.8 months (95% CI, 7.6 to 9.2) in the pembrolizumab-combination group and "
        "4.9 months (95% CI, 4.7 to 5.5) in the placebo-combination group (hazard ratio for disease progression or "
        "death, 0.52; 95% CI, 0.43 to 0.64; P<0.001).",
        [
            *no(12),
            G(10.5, "median", "follow-up", None, True),
            *arms(DEATH, "percent|rate", (69.2, "pembrolizumab"), (49.4, "placebo")),
            *ratio("hr", DEATH, 0.49, 0.38, 0.64, 0.001),
            *arms(PFS, "median", (8.8, "pembrolizumab"), (4.9, "placebo")),
            *ratio("hr", PFS, 0.52, 0.43, 0.64),
        ],
    ),
    # RECOVERY (dexamethasone), N Engl J Med 2021;384:693 (abstract Results)
    (
        "Hospitalized patients with Covid-19 were randomly assigned to receive oral or intravenous dexamethasone or "
        "usual care alone.",
        "Overall, 482 patients (22.9%) in the dexamethasone group and 1110 patients (25.7%) in the usual care group "
        "died within 28 days after randomization (age-adjusted rate ratio, 0.83; 95% confidence interval [CI], 0.75 "
        "to 0.93; P<0.001). In the dexamethasone group, the incidence of death was lower than that in the usual care "
        "group among patients receiving invasive mechanical ventilation (29.3% vs. 41.4%; rate ratio, 0.64; 95% CI, "
        "0.51 to 0.81) and among those receiving oxygen without invasive mechanical ventilation (23.3% vs. 26.2%; "
        "rate ratio, 0.82; 95% CI, 0.72 to 0.94).",
        [
            *no(28),
            *arms("death|died|mortality", "count", (482, "dexamethasone"), (1110, "usual care")),
            *arms("death|died|mortality", "percent", (22.9, "dexamethasone"), (25.7, "usual care")),
            *ratio("rr", "death|died|mortality", 0.83, 0.75, 0.93, 0.001),
            G(29.3, "percent", "death", "invasive mechanical ventilation", True),
            G(41.4, "percent", "death", "invasive mechanical ventilation", True),
            *ratio("rr", "death", 0.64, 0.51, 0.81, group="invasive mechanical ventilation"),
            G(23.3, "percent", "death", "oxygen without invasive mechanical ventilation", True),
            G(26.2, "percent", "death", "oxygen without invasive mechanical ventilation", True),
            *ratio("rr", "death", 0.82, 0.72, 0.94, group="oxygen without invasive mechanical ventilation"),
        ],
    ),
    # ACTT-1, Beigel et al., N Engl J Med 2020;383:1813 (abstract Results)
    (
        "Adults hospitalized with Covid-19 were randomly assigned to receive either intravenous remdesivir or "
        "placebo for up to 10 days.",
        "Those who received remdesivir had a median recovery time of 10 days (95% CI, 9 to 11), as compared with 15 "
        "days (95% CI, 13 to 18) among those who received placebo (rate ratio for recovery, 1.29; 95% CI, 1.12 to "
        "1.49; P<0.001). The Kaplan-Meier estimates of mortality were 6.7% with remdesivir and 11.9% with placebo by "
        "day 15 and 11.4% with remdesivir and 15.2% with placebo by day 29 (hazard ratio, 0.73; 95% CI, 0.52 to "
        "1.03).",
        [
            *arms("recovery time|recovery", "median", (10, "remdesivir"), (15, "placebo")),
            *ratio("rr|hr|value", "recovery", 1.29, 1.12, 1.49, 0.001),
            *arms("mortality", "percent|rate", (6.7, "remdesivir"), (11.9, "placebo"), (11.4, "remdesivir"),
                  (15.2, "placebo")),
            *ratio("hr", "mortality|death", 0.73, 0.52, 1.03),
        ],
    ),
    # EMPA-REG OUTCOME, Zinman et al., N Engl J Med 2015;373:2117 (abstract Results)
    (
        "Patients with type 2 diabetes at high cardiovascular risk were randomly assigned to receive 10 mg or 25 mg "
        "of empagliflozin or placebo once daily.",
        "The primary outcome occurred in 490 of 4687 patients (10.5%) in the pooled empagliflozin group and in 282 "
        "of 2333 patients (12.1%) in the placebo group (hazard ratio in the empagliflozin group, 0.86; 95.02% CI, "
        "0.74 to 0.99; P=0.04 for superiority). There were no significant between-group differences in the rates of "
        "myocardial infarction or stroke, but in the empagliflozin group there were significantly lower rates of "
        "death from cardiovascular causes (3.7%, vs. 5.9% in the placebo group; 38% relative risk reduction), "
        "hospitalization for heart failure (2.7% and 4.1%, respectively; 35% relative risk reduction), and death "
        "from any cause (5.7% and 8.3%, respectively; 32% relative risk reduction).",
        [
            *arms("primary outcome|primary", "count", (490, "empagliflozin"), (282, "placebo")),
            *arms("primary outcome|primary", "percent", (10.5, "empagliflozin"), (12.1, "placebo")),
            G(0.86, "hr", "primary outcome|primary", "*"),
            G(0.74, "ci_low", "primary outcome|primary", "*"),
            G(0.99, "ci_high", "primary outcome|primary", "*"),
            G(0.04, "p", "primary outcome|primary", "*"),
            *arms("death from cardiovascular causes", "percent", (3.7, "empagliflozin"), (5.9, "placebo")),
            G(38, "percent|value", "death from cardiovascular causes|relative risk reduction", "*", True),
            *arms("hospitalization for heart failure", "percent", (2.7, "empagliflozin"), (4.1, "placebo")),
            G(35, "percent|value", "hospitalization for heart failure|relative risk reduction", "*", True),
            *arms("death from any cause", "percent", (5.7, "empagliflozin"), (8.3, "placebo")),
            G(32, "percent|value", "death from any cause|relative risk reduction", "*", True),
            G(95.02, "*", None, None),
        ],
    ),
    # CheckMate 067, Larkin et al., N Engl J Med 2015;373:23 (abstract Results)
    (
        "Patients with untreated advanced melanoma were randomly assigned in a 1:1:1 ratio to nivolumab alone, "
        "nivolumab plus ipilimumab, or ipilimumab alone.",
        "The median progression-free survival was 11.5 months (95% CI, 8.9 to 16.7) with nivolumab plus ipilimumab, "
        "as compared with 2.9 months (95% CI, 2.8 to 3.4) with ipilimumab (hazard ratio for death or disease "
        "progression, 0.42; 99.5% CI, 0.31 to 0.57; P<0.001), and 6.9 months (95% CI, 4.3 to 9.5) with nivolumab "
        "(hazard ratio for the comparison with ipilimumab, 0.57; 99.5% CI, 0.43 to 0.76; P<0.001).",
        [
            *arms(PFS, "median", (11.5, "nivolumab plus ipilimumab"), (2.9, "ipilimumab"), (6.9, "nivolumab")),
            *ratio("hr", PFS + "|death or disease progression", 0.42, 0.31, 0.57, 0.001,
                   group="nivolumab plus ipilimumab"),
            *ratio("hr", PFS, 0.57, 0.43, 0.76, 0.001, group="nivolumab"),
            G(99.5, "*", None, None),
        ],
    ),
    # MONALEESA-2, Hortobagyi et al., N Engl J Med 2016;375:1738 (abstract Results)
    (
        "Postmenopausal women with HR-positive, HER2-negative advanced breast cancer were randomly assigned to "
        "receive ribociclib plus letrozole or placebo plus letrozole.",
        "After 18 months, the progression-free survival rate was 63.0% (95% CI, 54.6 to 70.3) in the ribociclib "
        "group and 42.2% (95% CI, 34.8 to 49.5) in the placebo group. In the ribociclib group, the median duration "
        "of progression-free survival was not reached, as compared with 14.7 months in the placebo group (hazard "
        "ratio, 0.56; 95% CI, 0.43 to 0.72; P<0.001 for superiority).",
        [
            *no(18),
            *arms(PFS, "percent|rate", (63.0, "ribociclib"), (42.2, "placebo")),
            G(14.7, "median", PFS, "placebo", True),
            *ratio("hr", PFS, 0.56, 0.43, 0.72, 0.001),
        ],
    ),
    # IMbrave150, Finn et al., N Engl J Med 2020;382:1894 (abstract Results)
    (
        "Patients with unresectable hepatocellular carcinoma were randomly assigned in a 2:1 ratio to receive "
        "atezolizumab plus bevacizumab or sorafenib.",
        "The hazard ratio for death with atezolizumab-bevacizumab as compared with sorafenib was 0.58 (95% CI, 0.42 "
        "to 0.79; P<0.001). Overall survival at 12 months was 67.2% (95% CI, 61.3 to 73.1) with "
        "atezolizumab-bevacizumab and 54.6% (95% CI, 45.2 to 64.0) with sorafenib. Median progression-free survival "
        "was 6.8 months (95% CI, 5.7 to 8.3) and 4.3 months (95% CI, 4.0 to 5.6) in the respective groups (hazard "
        "ratio for disease progression or death, 0.59; 95% CI, 0.47 to 0.76; P<0.001).",
        [
            *ratio("hr", DEATH, 0.58, 0.42, 0.79, 0.001),
            *no(12),
            *arms(DEATH, "percent|rate", (67.2, "atezolizumab"), (54.6, "sorafenib")),
            *arms(PFS, "median", (6.8, "atezolizumab"), (4.3, "sorafenib")),
            *ratio("hr", PFS, 0.59, 0.47, 0.76),
        ],
    ),
    # MERINO, Harris et al., JAMA 2018;320:984 (abstract Results)
    (
        "Adults with ceftriaxone-nonsusceptible E coli or Klebsiella bloodstream infection were randomly assigned to "
        "piperacillin-tazobactam or meropenem.",
        "A total of 23 of 187 patients (12.3%) randomized to piperacillin-tazobactam met the primary outcome of "
        "mortality at 30 days compared with 7 of 191 (3.7%) randomized to meropenem (risk difference, 8.6% [1-sided "
        "97.5% CI, -infinity to 14.5%]; P = .90 for noninferiority).",
        [
            *arms("mortality|primary outcome", "count", (23, "piperacillin"), (7, "meropenem")),
            *arms("mortality|primary outcome", "percent", (12.3, "piperacillin"), (3.7, "meropenem")),
            *no(30),
            G(8.6, "value", "mortality|primary outcome", "*"),
            G(14.5, "ci_high", "mortality|primary outcome", "*", True),
            G(0.90, "p", "mortality|primary outcome", "*"),
        ],
    ),
    # MOVe-OUT, Jayk Bernal et al., N Engl J Med 2022;386:509 (abstract Results)
    (
        "Nonhospitalized, unvaccinated adults with mild-to-moderate Covid-19 were randomly assigned to receive "
        "molnupiravir or placebo twice daily for 5 days.",
        "The percentage of participants who were hospitalized or died through day 29 was lower in the molnupiravir "
        "group (6.8%) than in the placebo group (9.7%) (difference, -3.0 percentage points; 95% CI, -5.9 to -0.1). "
        "Of the participants who were followed through day 29, one death was reported in the molnupiravir group and "
        "nine were reported in the placebo group.",
        [
            *no(29),
            *arms("hospitalized or died|hospitalization or death", "percent", (6.8, "molnupiravir"), (9.7, "placebo")),
            G(-3.0, "value", "hospitalized or died|hospitalization or death", "*"),
            G(-5.9, "ci_low", "hospitalized or died|hospitalization or death", "*"),
            G(-0.1, "ci_high", "hospitalized or died|hospitalization or death", "*"),
        ],
    ),
    # VITAL, Manson et al., N Engl J Med 2019;380:33 (abstract Results)
    (
        "Men 50 years of age or older and women 55 years of age or older were randomly assigned to vitamin D3 (2000 "
        "IU per day) or placebo.",
        "A major cardiovascular event occurred in 805 participants (396 in the vitamin D group and 409 in the placebo "
        "group; hazard ratio, 0.97; 95% CI, 0.85 to 1.12; P=0.69). In the analyses of secondary end points, the "
        "hazard ratios were as follows: for death from cancer, 0.83 (95% CI, 0.67 to 1.02); for breast cancer, 1.02 "
        "(95% CI, 0.79 to 1.31); for prostate cancer, 0.88 (95% CI, 0.72 to 1.07); and for myocardial infarction, "
        "0.96 (95% CI, 0.78 to 1.19).",
        [
            G(805, "count", "major cardiovascular event", None, True),
            *arms("major cardiovascular event", "count", (396, "vitamin D"), (409, "placebo")),
            *ratio("hr", "major cardiovascular event", 0.97, 0.85, 1.12, 0.69),
            *ratio("hr", "death from cancer", 0.83, 0.67, 1.02),
            *ratio("hr", "breast cancer", 1.02, 0.79, 1.31),
            *ratio("hr", "prostate cancer", 0.88, 0.72, 1.07),
            *ratio("hr", "myocardial infarction", 0.96, 0.78, 1.19),
        ],
    ),
    # ATTR-ACT, Maurer et al., N Engl J Med 2018;379:1007 (abstract Results)
    (
        "Patients with transthyretin amyloid cardiomyopathy were randomly assigned in a 2:1:2 ratio to 80 mg of "
        "tafamidis, 20 mg of tafamidis, or placebo for 30 months.",
        "Tafamidis was associated with lower all-cause mortality than placebo (78 of 264 [29.5%] vs. 76 of 177 "
        "[42.9%]; hazard ratio, 0.70; 95% CI, 0.51 to 0.96) and a lower rate of cardiovascular-related "
        "hospitalizations, with a relative risk ratio of 0.68 (0.48 per year vs. 0.70 per year; 95% CI, 0.56 to "
        "0.81).",
        [
            *arms("all-cause mortality|mortality", "count", (78, "tafamidis"), (76, "placebo")),
            *arms("all-cause mortality|mortality", "percent", (29.5, "tafamidis"), (42.9, "placebo")),
            *ratio("hr", "all-cause mortality|mortality", 0.70, 0.51, 0.96),
            *ratio("rr|value", "cardiovascular-related hospitalizations|hospitalization", 0.68, 0.56, 0.81),
            *arms("cardiovascular-related hospitalizations|hospitalization", "rate|value", (0.48, "tafamidis"),
                  (0.70, "placebo")),
        ],
    ),
    # HPTN 052, Cohen et al., N Engl J Med 2011;365:493 (abstract Results)
    (
        "Serodiscordant couples were randomly assigned to early or delayed antiretroviral therapy of the "
        "HIV-1-infected partner.",
        "Of the 39 HIV-1 transmissions, 28 were virologically linked to the infected partner (incidence rate, 0.9 per "
        "100 person-years; 95% CI, 0.6 to 1.3). Of the 28 linked transmissions, only 1 occurred in the early-therapy "
        "group (hazard ratio, 0.04; 95% CI, 0.01 to 0.27; P<0.001).",
        [
            G(39, "count", "HIV-1 transmissions|transmissions", None, True),
            G(28, "count", "linked|transmissions", None, True),
            G(0.9, "rate|value", "linked|incidence|transmission", None, True),
            G(0.6, "ci_low", "linked|incidence|transmission", None, True),
            G(1.3, "ci_high", "linked|incidence|transmission", None, True),
            G(1, "count", "linked transmissions|transmissions", "early", True),
            *ratio("hr", "linked transmissions|transmission", 0.04, 0.01, 0.27, 0.001),
        ],
    ),
    # DAPA-CKD, Heerspink et al., N Engl J Med 2020;383:1436 (abstract Results)
    (
        "Patients with chronic kidney disease were randomly assigned to receive dapagliflozin (10 mg once daily) or "
        "placebo.",
        "The hazard ratio for the composite of a sustained decline in the estimated GFR of at least 50%, end-stage "
        "kidney disease, or death from renal causes was 0.56 (95% CI, 0.45 to 0.68; P<0.001), and the hazard ratio "
        "for the composite of death from cardiovascular causes or hospitalization for heart failure was 0.71 (95% "
        "CI, 0.55 to 0.92; P=0.009). Death occurred in 101 participants (4.7%) in the dapagliflozin group and 146 "
        "participants (6.8%) in the placebo group (hazard ratio, 0.69; 95% CI, 0.53 to 0.88; P=0.004).",
        [
            G(50, "*", None, None),
            *ratio("hr", "end-stage kidney disease|decline in the estimated GFR|renal causes|composite", 0.56, 0.45,
                   0.68, 0.001),
            *ratio("hr", "death from cardiovascular causes or hospitalization for heart failure|heart failure", 0.71,
                   0.55, 0.92, 0.009),
            *arms("death", "count", (101, "dapagliflozin"), (146, "placebo")),
            *arms("death", "percent", (4.7, "dapagliflozin"), (6.8, "placebo")),
            *ratio("hr", "death", 0.69, 0.53, 0.88, 0.004),
        ],
    ),
    # COMPASS, Eikelboom et al., N Engl J Med 2017;377:1319 (abstract Results)
    (
        "Patients with stable atherosclerotic vascular disease were randomly assigned to rivaroxaban (2.5 mg twice "
        "daily) plus aspirin, rivaroxaban (5 mg twice daily) alone, or aspirin (100 mg once daily) alone.",
        "The primary outcome occurred in fewer patients in the rivaroxaban-plus-aspirin group than in the "
        "aspirin-alone group (379 patients [4.1%] vs. 496 patients [5.4%]; hazard ratio, 0.76; 95% CI, 0.66 to "
        "0.86; P<0.001), but major bleeding events occurred in more patients in the rivaroxaban-plus-aspirin group "
        "(288 patients [3.1%] vs. 170 patients [1.9%]; hazard ratio, 1.70; 95% CI, 1.40 to 2.05; P<0.001). There "
        "were 313 deaths (3.4%) in the rivaroxaban-plus-aspirin group as compared with 378 (4.1%) in the "
        "aspirin-alone group (hazard ratio, 0.82; 95% CI, 0.71 to 0.96; P=0.01).",
        [
            *arms("primary outcome|primary", "count", (379, "rivaroxaban-plus-aspirin"), (496, "aspirin-alone")),
            *arms("primary outcome|primary", "percent", (4.1, "rivaroxaban-plus-aspirin"), (5.4, "aspirin-alone")),
            *ratio("hr", "primary outcome|primary", 0.76, 0.66, 0.86, 0.001, group="rivaroxaban"),
            *arms("major bleeding", "count", (288, "rivaroxaban-plus-aspirin"), (170, "aspirin-alone")),
            *arms("major bleeding", "percent", (3.1, "rivaroxaban-plus-aspirin"), (1.9, "aspirin-alone")),
            *ratio("hr", "major bleeding", 1.70, 1.40, 2.05, 0.001, group="rivaroxaban"),
            *arms("death", "count", (313, "rivaroxaban-plus-aspirin"), (378, "aspirin-alone")),
            *arms("death", "percent", (3.4, "rivaroxaban-plus-aspirin"), (4.1, "aspirin-alone")),
            *ratio("hr", "death", 0.82, 0.71, 0.96, 0.01, group="rivaroxaban"),
        ],
    ),
    # PLATO, Wallentin et al., N Engl J Med 2009;361:1045 (abstract Results)
    (
        "Patients admitted with an acute coronary syndrome were randomly assigned to ticagrelor or clopidogrel.",
        "At 12 months, the primary end point had occurred in 9.8% of patients receiving ticagrelor as compared with "
        "11.7% of those receiving clopidogrel (hazard ratio, 0.84; 95% CI, 0.77 to 0.92; P<0.001). Predefined "
        "hierarchical testing of secondary end points showed significant differences in the rates of myocardial "
        "infarction alone (5.8% in the ticagrelor group vs. 6.9% in the clopidogrel group, P=0.005) and death from "
        "vascular causes (4.0% vs. 5.1%, P=0.001) but not stroke alone (1.5% vs. 1.3%, P=0.22). The rate of death "
        "from any cause was also reduced with ticagrelor (4.5%, vs. 5.9% with clopidogrel; P<0.001).",
        [
            *no(12),
            *arms("primary end point|primary", "percent", (9.8, "ticagrelor"), (11.7, "clopidogrel")),
            *ratio("hr", "primary end point|primary", 0.84, 0.77, 0.92, 0.001),
            *arms("myocardial infarction", "percent", (5.8, "ticagrelor"), (6.9, "clopidogrel")),
            G(0.005, "p", "myocardial infarction", "*"),
            *arms("death from vascular causes", "percent", (4.0, "ticagrelor"), (5.1, "clopidogrel")),
            G(0.001, "p", "death from vascular causes", "*"),
            *arms("stroke", "percent", (1.5, "ticagrelor"), (1.3, "clopidogrel")),
            G(0.22, "p", "stroke", "*"),
            *arms("death from any cause", "percent", (4.5, "ticagrelor"), (5.9, "clopidogrel")),
            G(0.001, "p", "death from any cause", "*"),
        ],
    ),
    # CheckMate 227, Hellmann et al., N Engl J Med 2019;381:2020 (abstract Results)
    (
        "Patients with stage IV or recurrent NSCLC and a PD-L1 expression level of 1% or more were randomly assigned "
        "to nivolumab plus ipilimumab, nivolumab alone, or chemotherapy.",
        "Among the patients with a PD-L1 expression level of 1% or more, the median duration of overall survival was "
        "17.1 months (95% CI, 15.0 to 20.1) with nivolumab plus ipilimumab and 14.9 months (95% CI, 12.7 to 16.7) "
        "with chemotherapy (P=0.007), with 2-year overall survival rates of 40.0% and 32.8%, respectively.",
        [
            G(1, "*", None, None),
            G(17.1, "median", "overall survival", "nivolumab plus ipilimumab", True),
            G(14.9, "median", "overall survival", "chemotherapy", True),
            G(0.007, "p", "overall survival", "*"),
            G(2, "*", None, None),
            G(40.0, "percent|rate", "overall survival", "nivolumab plus ipilimumab", True),
            G(32.8, "percent|rate", "overall survival", "chemotherapy", True),
        ],
    ),
    # CLEOPATRA, Baselga et al., N Engl J Med 2012;366:109 (abstract Results)
    (
        "Patients with HER2-positive metastatic breast cancer were randomly assigned to placebo plus trastuzumab "
        "plus docetaxel (control group) or pertuzumab plus trastuzumab plus docetaxel (pertuzumab group).",
        "The median progression-free survival was 12.4 months in the control group, as compared with 18.5 months in "
        "the pertuzumab group (hazard ratio for progression or death, 0.62; 95% CI, 0.51 to 0.75; P<0.001). The "
        "interim analysis of overall survival showed a strong trend in favor of pertuzumab plus trastuzumab plus "
        "docetaxel (hazard ratio for death, 0.64; 95% CI, 0.47 to 0.88; P=0.005).",
        [
            *arms(PFS, "median", (12.4, "control"), (18.5, "pertuzumab")),
            *ratio("hr", PFS, 0.62, 0.51, 0.75, 0.001),
            *ratio("hr", DEATH, 0.64, 0.47, 0.88, 0.005),
        ],
    ),
    # RE-LY, Connolly et al., N Engl J Med 2009;361:1139 (abstract Results)
    (
        "Patients with atrial fibrillation were randomly assigned to receive fixed doses of dabigatran (110 mg or "
        "150 mg twice daily) or adjusted-dose warfarin.",
        "The rates of the primary outcome were 1.69% per year in the warfarin group, as compared with 1.53% per year "
        "in the group that received 110 mg of dabigatran (relative risk with dabigatran, 0.91; 95% CI, 0.74 to 1.11; "
        "P<0.001 for noninferiority) and 1.11% per year in the group that received 150 mg of dabigatran (relative "
        "risk, 0.66; 95% CI, 0.53 to 0.82; P<0.001 for superiority). The rate of major bleeding was 3.36% per year "
        "in the warfarin group, as compared with 2.71% per year in the group receiving 110 mg of dabigatran (P=0.003) "
        "and 3.11% per year in the group receiving 150 mg of dabigatran (P=0.31).",
        [
            *arms("primary outcome|primary", "rate|percent", (1.69, "warfarin"), (1.53, "110 mg"), (1.11, "150 mg")),
            *ratio("rr", "primary outcome|primary", 0.91, 0.74, 1.11, 0.001, group="110 mg"),
            *ratio("rr", "primary outcome|primary", 0.66, 0.53, 0.82, 0.001, group="150 mg"),
            *arms("major bleeding", "rate|percent", (3.36, "warfarin"), (2.71, "110 mg"), (3.11, "150 mg")),
            G(0.003, "p", "major bleeding", "*"),
            G(0.31, "p", "major bleeding", "*"),
            G(110, "*", None, None), G(150, "*", None, None),
        ],
    ),
    # SOLO-1, Moore et al., N Engl J Med 2018;379:2495 (abstract Results)
    (
        "Patients with newly diagnosed advanced ovarian cancer and a BRCA1/2 mutation were randomly assigned in a "
        "2:1 ratio to olaparib tablets or placebo as maintenance therapy.",
        "After a median follow-up of 41 months, the risk of disease progression or death was 70% lower with olaparib "
        "than with placebo (Kaplan-Meier estimate of the rate of freedom from disease progression and from death at "
        "3 years, 60% vs. 27%; hazard ratio for disease progression or death, 0.30; 95% CI, 0.23 to 0.41; "
        "P<0.001).",
        [
            *no(3),
            G(41, "median", "follow-up", None, True),
            G(70, "percent|value", PFS, "*", True),
            *arms(PFS + "|freedom from disease progression", "percent|rate", (60, "olaparib"), (27, "placebo")),
            *ratio("hr", PFS, 0.30, 0.23, 0.41, 0.001),
        ],
    ),
    # KEYNOTE-522, Schmid et al., N Engl J Med 2020;382:810 (abstract Results)
    (
        "Patients with previously untreated stage II or III triple-negative breast cancer were randomly assigned in "
        "a 2:1 ratio to pembrolizumab plus chemotherapy (pembrolizumab-chemotherapy group) or placebo plus "
        "chemotherapy (placebo-chemotherapy group).",
        "At the first interim analysis, the percentage of patients with a pathological complete response was 64.8% "
        "(95% CI, 59.9 to 69.5) in the pembrolizumab-chemotherapy group and 51.2% (95% CI, 44.1 to 58.3) in the "
        "placebo-chemotherapy group (estimated treatment difference, 13.6 percentage points; 95% CI, 5.4 to 21.8; "
        "P<0.001).",
        [
            *arms("pathological complete response", "percent", (64.8, "pembrolizumab"), (51.2, "placebo")),
            *ratio("value", "pathological complete response", 13.6, 5.4, 21.8, 0.001),
        ],
    ),
    # Women's Health Initiative (estrogen plus progestin), Writing Group, JAMA 2002;288:321 (abstract Results)
    (
        "Postmenopausal women with an intact uterus were randomly assigned to conjugated equine estrogens plus "
        "medroxyprogesterone acetate or placebo.",
        "Estimated hazard ratios (nominal 95% CIs) were as follows: CHD, 1.29 (1.02-1.63) with 286 cases; breast "
        "cancer, 1.26 (1.00-1.59) with 290 cases; stroke, 1.41 (1.07-1.85) with 212 cases; and colorectal cancer, "
        "0.63 (0.43-0.92) with 112 cases.",
        [
            *ratio("hr", "CHD|coronary heart disease", 1.29, 1.02, 1.63),
            G(286, "count", "CHD|cases", None, True),
            *ratio("hr", "breast cancer", 1.26, 1.00, 1.59),
            G(290, "count", "breast cancer|cases", None, True),
            *ratio("hr", "stroke", 1.41, 1.07, 1.85),
            G(212, "count", "stroke|cases", None, True),
            *ratio("hr", "colorectal cancer", 0.63, 0.43, 0.92),
            G(112, "count", "colorectal cancer|cases", None, True),
        ],
    ),
    # JUPITER, Ridker et al., N Engl J Med 2008;359:2195 (abstract Results)
    (
        "Healthy men and women with LDL cholesterol below 130 mg/dL and high-sensitivity C-reactive protein of 2.0 "
        "mg/L or higher were randomly assigned to rosuvastatin, 20 mg daily, or placebo.",
        "Rates of the primary end point were 0.77 and 1.36 per 100 person-years of follow-up in the rosuvastatin and "
        "placebo groups, respectively (hazard ratio for rosuvastatin, 0.56; 95% CI, 0.46 to 0.69; P<0.00001), with "
        "corresponding rates of 0.17 and 0.37 for myocardial infarction (hazard ratio, 0.46; 95% CI, 0.30 to 0.70; "
        "P=0.0002), 0.18 and 0.34 for stroke (hazard ratio, 0.52; 95% CI, 0.34 to 0.79; P=0.002), and 1.00 and 1.25 "
        "for death from any cause (hazard ratio, 0.80; 95% CI, 0.67 to 0.97; P=0.02).",
        [
            *arms("primary end point|primary", "rate|value", (0.77, "rosuvastatin"), (1.36, "placebo")),
            *ratio("hr", "primary end point|primary", 0.56, 0.46, 0.69, 0.00001),
            *arms("myocardial infarction", "rate|value", (0.17, "rosuvastatin"), (0.37, "placebo")),
            *ratio("hr", "myocardial infarction", 0.46, 0.30, 0.70, 0.0002),
            *arms("stroke", "rate|value", (0.18, "rosuvastatin"), (0.34, "placebo")),
            *ratio("hr", "stroke", 0.52, 0.34, 0.79, 0.002),
            *arms("death from any cause", "rate|value", (1.00, "rosuvastatin"), (1.25, "placebo")),
            *ratio("hr", "death from any cause", 0.80, 0.67, 0.97, 0.02),
            G(100, "*", None, None),
        ],
    ),
    # Fidaxomicin vs vancomycin, Louie et al., N Engl J Med 2011;364:422 (abstract Results)
    (
        "Adults with Clostridium difficile infection were randomly assigned to fidaxomicin (200 mg twice daily) or "
        "vancomycin (125 mg four times daily) for 10 days.",
        "The rate of clinical cure with fidaxomicin was noninferior to that with vancomycin in both the modified "
        "intention-to-treat analysis (88.2% with fidaxomicin and 85.8% with vancomycin) and the per-protocol "
        "analysis (92.1% and 89.8%, respectively). Significantly fewer patients in the fidaxomicin group than in "
        "the vancomycin group had a recurrence of the infection, in both the modified intention-to-treat analysis "
        "(15.4% vs. 25.3%, P=0.005) and the per-protocol analysis (13.3% vs. 24.0%, P=0.004).",
        [
            *arms("clinical cure", "percent|rate", (88.2, "fidaxomicin"), (85.8, "vancomycin"), (92.1, "fidaxomicin"),
                  (89.8, "vancomycin")),
            *arms("recurrence", "percent|rate", (15.4, "fidaxomicin"), (25.3, "vancomycin"), (13.3, "fidaxomicin"),
                  (24.0, "vancomycin")),
            G(0.005, "p", "recurrence", "*"),
            G(0.004, "p", "recurrence", "*"),
        ],
    ),
    # iPrEx, Grant et al., N Engl J Med 2010;363:2587 (abstract Results)
    (
        "HIV-seronegative men or transgender women who have sex with men were randomly assigned to a once-daily "
        "combination of emtricitabine and tenofovir disoproxil fumarate (FTC-TDF) or placebo.",
        "In the intention-to-treat analysis, 100 participants became infected during follow-up (36 in the FTC-TDF "
        "group and 64 in the placebo group), indicating a 44% reduction in the incidence of HIV (95% CI, 15 to 63; "
        "P=0.005).",
        [
            G(100, "count", "infected|HIV", None, True),
            *arms("infected|HIV", "count", (36, "FTC-TDF"), (64, "placebo")),
            G(44, "percent|value", "incidence of HIV|HIV", "*"),
            G(15, "ci_low", "incidence of HIV|HIV", "*"),
            G(63, "ci_high", "incidence of HIV|HIV", "*"),
            G(0.005, "p", "incidence of HIV|HIV", "*"),
        ],
    ),
    # ALEX, Peters et al., N Engl J Med 2017;377:829 (abstract Results)
    (
        "Patients with previously untreated, advanced ALK-positive NSCLC were randomly assigned to receive alectinib "
        "or crizotinib.",
        "The rate of investigator-assessed progression-free survival was significantly higher with alectinib than "
        "with crizotinib (12-month event-free survival rate, 68.4% [95% CI, 61.0 to 75.9] with alectinib vs. 48.7% "
        "[95% CI, 40.4 to 56.9] with crizotinib; hazard ratio for disease progression or death, 0.47 [95% CI, 0.34 "
        "to 0.65]; P<0.001). A total of 18 patients (12%) in the alectinib group had an event of progression in the "
        "central nervous system, as compared with 68 patients (45%) in the crizotinib group (cause-specific hazard "
        "ratio, 0.16; 95% CI, 0.10 to 0.28; P<0.001).",
        [
            *no(12),
            *arms(PFS + "|event-free survival", "percent|rate", (68.4, "alectinib"), (48.7, "crizotinib")),
            *ratio("hr", PFS, 0.47, 0.34, 0.65, 0.001),
            *arms("progression in the central nervous system|CNS progression", "count", (18, "alectinib"),
                  (68, "crizotinib")),
            *arms("progression in the central nervous system|CNS progression", "percent", (12, "alectinib"),
                  (45, "crizotinib")),
            *ratio("hr", "progression in the central nervous system|CNS progression|central nervous system", 0.16,
                   0.10, 0.28, 0.001),
        ],
    ),
    # ZOE-50, Lal et al., N Engl J Med 2015;372:2087 (abstract Results)
    (
        "Adults 50 years of age or older were randomly assigned to receive two doses of the HZ/su vaccine or placebo "
        "2 months apart.",
        "Herpes zoster was confirmed in 6 participants in the vaccine group and in 210 participants in the placebo "
        "group (incidence rate, 0.3 vs. 9.1 per 1000 person-years) over a mean follow-up of 3.2 years. Overall "
        "vaccine efficacy against herpes zoster was 97.2% (95% CI, 93.7 to 99.0; P<0.001).",
        [
            *arms("herpes zoster", "count", (6, "vaccine"), (210, "placebo")),
            *arms("herpes zoster", "rate|value", (0.3, "vaccine"), (9.1, "placebo")),
            *no(1000),
            G(3.2, "mean", "follow-up", None, True),
            G(97.2, "percent|value", "herpes zoster|vaccine efficacy", "*"),
            G(93.7, "ci_low", "herpes zoster|vaccine efficacy", "*"),
            G(99.0, "ci_high", "herpes zoster|vaccine efficacy", "*"),
            G(0.001, "p", "herpes zoster|vaccine efficacy", "*"),
        ],
    ),
    # CheckMate 214, Motzer et al., N Engl J Med 2018;378:1277 (abstract Results)
    (
        "Adults with previously untreated advanced clear-cell renal-cell carcinoma were randomly assigned to "
        "nivolumab plus ipilimumab or sunitinib.",
        "At a median follow-up of 25.2 months in intermediate- and poor-risk patients, the 18-month overall survival "
        "rate was 75% (95% CI, 70 to 78) with nivolumab plus ipilimumab and 60% (95% CI, 55 to 65) with sunitinib; "
        "the median overall survival was not reached with nivolumab plus ipilimumab versus 26.0 months with "
        "sunitinib (hazard ratio for death, 0.63; P<0.001). The objective response rate was 42% versus 27% "
        "(P<0.001), and the complete response rate was 9% versus 1%.",
        [
            *no(18),
            G(25.2, "median", "follow-up", None, True),
            *arms("overall survival", "percent|rate", (75, "nivolumab"), (60, "sunitinib")),
            G(26.0, "median", "overall survival", "sunitinib", True),
            G(0.63, "hr", DEATH, "intermediate- and poor-risk"),
            G(0.001, "p", DEATH, "intermediate- and poor-risk"),
            *arms("objective response rate|ORR|objective response", "percent|rate", (42, "nivolumab"),
                  (27, "sunitinib")),
            *arms("complete response", "percent|rate", (9, "nivolumab"), (1, "sunitinib")),
        ],
    ),
    # Finnish Diabetes Prevention Study, Tuomilehto et al., N Engl J Med 2001;344:1343 (abstract Results)
    (
        "Overweight subjects with impaired glucose tolerance were randomly assigned to an intervention group or a "
        "control group.",
        "The cumulative incidence of diabetes after four years was 11 percent (95 percent confidence interval, 6 to "
        "15 percent) in the intervention group and 23 percent (95 percent confidence interval, 17 to 29 percent) in "
        "the control group. During the trial, the risk of diabetes was reduced by 58 percent (P<0.001) in the "
        "intervention group.",
        [
            *arms("incidence of diabetes|diabetes", "percent|rate", (11, "intervention"), (23, "control")),
            G(58, "percent|value", "diabetes", "*", True),
            G(0.001, "p", "diabetes", "*"),
        ],
    ),
    # CRASH-2, Lancet 2010;376:23 (abstract Findings)
    (
        "Adult trauma patients with, or at risk of, significant bleeding were randomly assigned to tranexamic acid or "
        "matching placebo.",
        "All-cause mortality was significantly reduced with tranexamic acid (1463 [14.5%] tranexamic acid group vs "
        "1613 [16.0%] placebo group; relative risk 0.91, 95% CI 0.85-0.97; p=0.0035). The risk of death due to "
        "bleeding was significantly reduced (489 [4.9%] vs 574 [5.7%]; relative risk 0.85, 95% CI 0.76-0.96; "
        "p=0.0077).",
        [
            *arms("all-cause mortality|mortality", "count", (1463, "tranexamic"), (1613, "placebo")),
            *arms("all-cause mortality|mortality", "percent", (14.5, "tranexamic"), (16.0, "placebo")),
            *ratio("rr", "all-cause mortality|mortality", 0.91, 0.85, 0.97, 0.0035),
            *arms("death due to bleeding", "count", (489, "tranexamic"), (574, "placebo")),
            *arms("death due to bleeding", "percent", (4.9, "tranexamic"), (5.7, "placebo")),
            *ratio("rr", "death due to bleeding|bleeding", 0.85, 0.76, 0.96, 0.0077),
        ],
    ),
]

FORMS = [
    "named", "occurred", "named", "subgroup", "named", "occurred", "named", "risk", "named", "diff", "diff",
    "list", "risk", "occurred", "list", "occurred", "p", "subgroup", "named", "list", "risk", "diff", "list", "list",
    "p", "diff", "named", "diff", "subgroup", "risk", "risk",
]
# fmt: on

# fmt: off
SECOND: list[Entry] = [
    # CheckMate 649, Janjigian et al., Lancet 2021;398:27 (abstract Findings)
    (
        "Patients with previously untreated gastric, gastro-oesophageal junction or oesophageal adenocarcinoma were "
        "randomly assigned to nivolumab plus chemotherapy, nivolumab plus ipilimumab, or chemotherapy alone.",
        "In patients with a PD-L1 CPS of five or more, nivolumab plus chemotherapy resulted in significant "
        "improvements in overall survival (HR 0·71 [98·4% CI 0·59-0·86]; p<0·0001) and progression-free survival "
        "(HR 0·68 [98% CI 0·56-0·81]; p<0·0001) versus chemotherapy alone.",
        [
            G(5, "*", None, None),
            G(0.71, "hr", "overall survival", "PD-L1 CPS"),
            G(0.59, "ci_low", "overall survival", "PD-L1 CPS"),
            G(0.86, "ci_high", "overall survival", "PD-L1 CPS"),
            G(0.0001, "p", "overall survival", "PD-L1 CPS"),
            G(0.68, "hr", PFS, "PD-L1 CPS"),
            G(0.56, "ci_low", PFS, "PD-L1 CPS"),
            G(0.81, "ci_high", PFS, "PD-L1 CPS"),
            G(0.0001, "p", PFS, "PD-L1 CPS"),
            G(98.4, "*", None, None), G(98, "*", None, None),
        ],
    ),
    # KEYNOTE-407, Paz-Ares et al., N Engl J Med 2018;379:2040 (abstract Results)
    (
        "Patients with untreated metastatic squamous NSCLC were randomly assigned in a 1:1 ratio to receive "
        "carboplatin and paclitaxel or nab-paclitaxel plus pembrolizumab or placebo.",
        "The median overall survival was 15.9 months (95% CI, 13.2 to not reached) in the pembrolizumab-combination "
        "group and 11.3 months (95% CI, 9.5 to 14.8) in the placebo-combination group (hazard ratio for death, 0.64; "
        "95% CI, 0.49 to 0.85; P<0.001). The median progression-free survival was 6.4 months in the "
        "pembrolizumab-combination group and 4.8 months in the placebo-combination group (hazard ratio for disease "
        "progression or death, 0.56; 95% CI, 0.45 to 0.70; P<0.001).",
        [
            *arms(DEATH, "median", (15.9, "pembrolizumab"), (11.3, "placebo")),
            *ratio("hr", DEATH, 0.64, 0.49, 0.85, 0.001),
            *arms(PFS, "median", (6.4, "pembrolizumab"), (4.8, "placebo")),
            *ratio("hr", PFS, 0.56, 0.45, 0.70),
        ],
    ),
    # ENGAGE AF-TIMI 48, Giugliano et al., N Engl J Med 2013;369:2093 (abstract Results)
    (
        "Patients with atrial fibrillation were randomly assigned to high-dose edoxaban, low-dose edoxaban, or "
        "warfarin.",
        "The annualized rate of the primary end point during treatment was 1.50% with warfarin, as compared with "
        "1.18% with high-dose edoxaban (hazard ratio, 0.79; 97.5% CI, 0.63 to 0.99; P<0.001 for noninferiority) and "
        "1.61% with low-dose edoxaban (hazard ratio, 1.07; 97.5% CI, 0.87 to 1.31; P=0.005 for noninferiority).",
        [
            *arms("primary end point|primary", "rate|percent", (1.50, "warfarin"), (1.18, "high-dose"),
                  (1.61, "low-dose")),
            *ratio("hr", "primary end point|primary", 0.79, 0.63, 0.99, 0.001, group="high-dose"),
            *ratio("hr", "primary end point|primary", 1.07, 0.87, 1.31, 0.005, group="low-dose"),
            G(97.5, "*", None, None),
        ],
    ),
    # ODYSSEY OUTCOMES, Schwartz et al., N Engl J Med 2018;379:2097 (abstract Results)
    (
        "Patients with a recent acute coronary syndrome were randomly assigned to receive alirocumab or matching "
        "placebo.",
        "A composite primary end-point event occurred in 903 patients (9.5%) in the alirocumab group and in 1052 "
        "patients (11.1%) in the placebo group (hazard ratio, 0.85; 95% CI, 0.78 to 0.93; P<0.001). A total of 334 "
        "patients (3.5%) in the alirocumab group and 392 patients (4.1%) in the placebo group died (hazard ratio, "
        "0.85; 95% CI, 0.73 to 0.98).",
        [
            *arms("primary end point|primary", "count", (903, "alirocumab"), (1052, "placebo")),
            *arms("primary end point|primary", "percent", (9.5, "alirocumab"), (11.1, "placebo")),
            *ratio("hr", "primary end point|primary", 0.85, 0.78, 0.93, 0.001),
            *arms("death|died", "count", (334, "alirocumab"), (392, "placebo")),
            *arms("death|died", "percent", (3.5, "alirocumab"), (4.1, "placebo")),
            G(0.73, "ci_low", "death|died", "*"),
            G(0.98, "ci_high", "death|died", "*"),
        ],
    ),
    # CAPSTONE-1, Hayden et al., N Engl J Med 2018;379:913 (abstract Results)
    (
        "Otherwise healthy patients with acute uncomplicated influenza were randomly assigned to a single dose of "
        "baloxavir or placebo.",
        "The median time to alleviation of symptoms was 53.7 hours (95% CI, 49.5 to 58.5) with baloxavir, as "
        "compared with 80.2 hours (95% CI, 72.6 to 87.1) with placebo (P<0.001).",
        [
            *arms("time to alleviation of symptoms|alleviation", "median", (53.7, "baloxavir"), (80.2, "placebo")),
            G(0.001, "p", "time to alleviation of symptoms|alleviation", "*"),
        ],
    ),
    # MODIFY I and II, Wilcox et al., N Engl J Med 2017;376:305 (abstract Results)
    (
        "Adults receiving antibiotics for primary or recurrent C. difficile infection were randomly assigned to "
        "bezlotoxumab or placebo.",
        "The rate of recurrent C. difficile infection was significantly lower with bezlotoxumab alone than with "
        "placebo (MODIFY I: 17% [67 of 386] vs. 28% [109 of 395]; adjusted difference, -10.1 percentage points; 95% "
        "CI, -15.9 to -4.3; P<0.001; MODIFY II: 16% [62 of 395] vs. 26% [97 of 378]; adjusted difference, -9.9 "
        "percentage points; 95% CI, -15.5 to -4.3; P<0.001).",
        [
            *arms("recurrent C. difficile infection|recurrence", "percent", (17, "bezlotoxumab"), (28, "placebo"),
                  (16, "bezlotoxumab"), (26, "placebo")),
            *arms("recurrent C. difficile infection|recurrence", "count", (67, "bezlotoxumab"), (109, "placebo"),
                  (62, "bezlotoxumab"), (97, "placebo")),
            G(-10.1, "value", "recurrent C. difficile infection|recurrence", "MODIFY I"),
            G(-15.9, "ci_low", "recurrent C. difficile infection|recurrence", "MODIFY I"),
            G(-4.3, "ci_high", "recurrent C. difficile infection|recurrence", "*"),
            G(0.001, "p", "recurrent C. difficile infection|recurrence", "*"),
            G(-9.9, "value", "recurrent C. difficile infection|recurrence", "MODIFY II"),
            G(-15.5, "ci_low", "recurrent C. difficile infection|recurrence", "MODIFY II"),
            G(-4.3, "ci_high", "recurrent C. difficile infection|recurrence", "*"),
            G(0.001, "p", "recurrent C. difficile infection|recurrence", "*"),
        ],
    ),
    # Women's Health Study (aspirin), Ridker et al., N Engl J Med 2005;352:1293 (abstract Results)
    (
        "Healthy women 45 years of age or older were randomly assigned to receive 100 mg of aspirin on alternate "
        "days or placebo.",
        "During follow-up, 477 major cardiovascular events were confirmed in the aspirin group, as compared with 522 "
        "in the placebo group, for a nonsignificant reduction in risk with aspirin of 9 percent (relative risk, 0.91; "
        "95 percent confidence interval, 0.80 to 1.03; P=0.13). With regard to individual end points, there was a 17 "
        "percent reduction in the risk of stroke in the aspirin group (relative risk, 0.83; 95 percent confidence "
        "interval, 0.69 to 0.99; P=0.04), owing to a 24 percent reduction in the risk of ischemic stroke (relative "
        "risk, 0.76; 95 percent confidence interval, 0.63 to 0.93; P=0.009).",
        [
            *arms("major cardiovascular events", "count", (477, "aspirin"), (522, "placebo")),
            G(9, "percent|value", "major cardiovascular events", "*", True),
            *ratio("rr", "major cardiovascular events", 0.91, 0.80, 1.03, 0.13),
            G(17, "percent|value", "stroke", "*", True),
            *ratio("rr", "stroke", 0.83, 0.69, 0.99, 0.04),
            G(24, "percent|value", "ischemic stroke", "*", True),
            *ratio("rr", "ischemic stroke", 0.76, 0.63, 0.93, 0.009),
        ],
    ),
    # CANTOS, Ridker et al., N Engl J Med 2017;377:1119 (abstract Results)
    (
        "Patients with previous myocardial infarction and a high-sensitivity C-reactive protein level of 2 mg/L or "
        "more were randomly assigned to canakinumab at doses of 50 mg, 150 mg, or 300 mg or placebo.",
        "The hazard ratios as compared with placebo were as follows: in the 50-mg group, 0.93 (95% CI, 0.80 to 1.07; "
        "P=0.30); in the 150-mg group, 0.85 (95% CI, 0.74 to 0.98; P=0.021); and in the 300-mg group, 0.86 (95% CI, "
        "0.75 to 0.99; P=0.031).",
        [
            *ratio("hr", "primary end point|primary", 0.93, 0.80, 1.07, 0.30, group="50-mg"),
            *ratio("hr", "primary end point|primary", 0.85, 0.74, 0.98, 0.021, group="150-mg"),
            *ratio("hr", "primary end point|primary", 0.86, 0.75, 0.99, 0.031, group="300-mg"),
            G(50, "*", None, None), G(150, "*", None, None), G(300, "*", None, None),
        ],
    ),
    # PALOMA-2, Finn et al., N Engl J Med 2016;375:1925 (abstract Results)
    (
        "Postmenopausal women with ER-positive, HER2-negative advanced breast cancer were randomly assigned in a 2:1 "
        "ratio to receive palbociclib plus letrozole or placebo plus letrozole.",
        "The median progression-free survival was 24.8 months (95% CI, 22.1 to not estimable) in the "
        "palbociclib-letrozole group, as compared with 14.5 months (95% CI, 12.9 to 17.1) in the placebo-letrozole "
        "group (hazard ratio for disease progression or death, 0.58; 95% CI, 0.46 to 0.72; P<0.001).",
        [
            *arms(PFS, "median", (24.8, "palbociclib"), (14.5, "placebo")),
            *ratio("hr", PFS, 0.58, 0.46, 0.72, 0.001),
        ],
    ),
    # NLST, National Lung Screening Trial Research Team, N Engl J Med 2011;365:395 (abstract Results)
    (
        "Participants at high risk for lung cancer were randomly assigned to three annual screenings with low-dose "
        "CT or single-view posteroanterior chest radiography.",
        "There were 247 deaths from lung cancer per 100,000 person-years in the low-dose CT group and 309 deaths per "
        "100,000 person-years in the radiography group, representing a relative reduction in mortality from lung "
        "cancer with low-dose CT screening of 20.0% (95% CI, 6.8 to 26.7; P=0.004). The rate of death from any cause "
        "was reduced in the low-dose CT group, as compared with the radiography group, by 6.7% (95% CI, 1.2 to 13.6; "
        "P=0.02).",
        [
            *arms("deaths from lung cancer|lung cancer", "rate|count|value", (247, "low-dose CT"),
                  (309, "radiography")),
            G(100000, "*", None, None),
            G(20.0, "percent|value", "mortality from lung cancer|lung cancer", "*"),
            G(6.8, "ci_low", "mortality from lung cancer|lung cancer", "*"),
            G(26.7, "ci_high", "mortality from lung cancer|lung cancer", "*"),
            G(0.004, "p", "mortality from lung cancer|lung cancer", "*"),
            G(6.7, "percent|value", "death from any cause", "*"),
            G(1.2, "ci_low", "death from any cause", "*"),
            G(13.6, "ci_high", "death from any cause", "*"),
            G(0.02, "p", "death from any cause", "*"),
        ],
    ),
    # START (INSIGHT), N Engl J Med 2015;373:795 (abstract Results)
    (
        "HIV-positive adults with a CD4+ count above 500 cells per cubic millimeter were randomly assigned to start "
        "antiretroviral therapy immediately (immediate-initiation group) or to defer it (deferred-initiation group).",
        "Primary end-point events occurred in 42 participants in the immediate-initiation group (0.60 events per 100 "
        "person-years) and 96 participants in the deferred-initiation group (1.38 events per 100 person-years), for "
        "a hazard ratio of 0.43 (95% CI, 0.30 to 0.62; P<0.001). Hazard ratios for serious AIDS-related and serious "
        "non-AIDS-related events were 0.28 (95% CI, 0.15 to 0.50; P<0.001) and 0.61 (95% CI, 0.38 to 0.97; P=0.04), "
        "respectively.",
        [
            *arms("primary end point|primary", "count", (42, "immediate"), (96, "deferred")),
            *arms("primary end point|primary", "rate|value", (0.60, "immediate"), (1.38, "deferred")),
            G(100, "*", None, None),
            *ratio("hr", "primary end point|primary", 0.43, 0.30, 0.62, 0.001),
            *ratio("hr", "serious AIDS-related events|AIDS-related", 0.28, 0.15, 0.50, 0.001),
            *ratio("hr", "serious non-AIDS-related events|non-AIDS-related", 0.61, 0.38, 0.97, 0.04),
        ],
    ),
    # IMpower150, Socinski et al., N Engl J Med 2018;378:2288 (abstract Results)
    (
        "Patients with metastatic nonsquamous NSCLC were randomly assigned to atezolizumab plus carboplatin plus "
        "paclitaxel (ACP), bevacizumab plus carboplatin plus paclitaxel (BCP), or atezolizumab plus BCP (ABCP).",
        "In the wild-type population, the median progression-free survival was longer in the ABCP group than in the "
        "BCP group (8.3 months vs. 6.8 months; hazard ratio for disease progression or death, 0.62; 95% CI, 0.52 to "
        "0.74; P<0.001).",
        [
            G(8.3, "median", PFS, "ABCP", True),
            G(6.8, "median", PFS, "BCP", True),
            G(0.62, "hr", PFS, "wild-type"),
            G(0.52, "ci_low", PFS, "wild-type"),
            G(0.74, "ci_high", PFS, "wild-type"),
            G(0.001, "p", PFS, "wild-type"),
        ],
    ),
]
SECOND_FORMS = [
    "subgroup", "named", "list", "occurred", "p", "diff", "risk", "list", "named", "diff", "list", "subgroup",
]
# fmt: on
