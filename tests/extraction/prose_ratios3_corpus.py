"""A third, fresh look at comparative statistics in results prose (hazard, odds, risk and rate ratios, their
intervals and P values, event counts and relative reductions), in sentence forms the two earlier corpora
(tests/extraction/prose_ratios2_corpus.py, prose_outcome_ratio_corpus.py) do not use: the outcome as the object of
a verb with its ratio bracketed after it ("X prolonged PFS [median ...; HR 0.56, 95% CI ...; P < 0.0001]", "there
was no difference in the primary outcome (HR ...)"), several outcomes each with its ratio ("... cardiovascular
death (HR ...) and all-cause death (HR ...)", "hazard ratios were 0.79 (...) for X, 0.70 (...) for Y"), an arm as
the sentence's subject ("Patients in the X group had a lower risk of ..."), "the incidence of X was a% in A and b%
in B (HR ...)", P values for interaction, heterogeneity, trend and noninferiority, event counts ("N events in the A
group and M in the B group"), relative risk reductions, other trials' numbers in discussion sentences, and subgroup
ratios. Written from general knowledge of how NEJM, Lancet, JCO, Circulation, EHJ and Annals of Oncology results
sections and abstracts phrase a comparison (NEJM "(hazard ratio, 0.75; 95% CI, ...; P<0.001)", Lancet "(HR 0·73
[95% CI 0·62-0·87]; p=0·0003)", JCO "(HR, 0.58; 95% CI, ...; P < .001)", EHJ "(HR: 0.82; 95% CI: ...)", Annals of
Oncology "[hazard ratio (HR) 0.56, 95% CI ...]"); drugs, trials and numbers are invented; no golden file was opened.
Every gold was written before any paragraph was read back.

Entry format: that of tests/extraction/prose_sampled_forms_corpus.py (``(context, paragraph, gold)``,
``G(value, statistic, endpoint, group[, optional])``), scored by tests/extraction/prose_ratios3_score.py (the
ratios2 scorer, plus emitted numbers no gold names). Conventions (those of prose_ratios2_corpus.py):
- a ratio, a between-group difference and their interval and P value are of the outcome they compare, group
  ``"*"``; a ratio said of a subgroup ("among patients with high-volume disease") has the subgroup as its group
  (read as the whole trial's it is a wrong label);
- a P value for interaction, heterogeneity or trend tests no comparison of this trial's arms on an endpoint: no
  result (endpoint ``None``); a P value "for noninferiority" is the endpoint's (a meta-analyst files it with the
  comparison) but optional, a P value "for superiority" is the endpoint's;
- a number of another trial, a pooled analysis or a meta-analysis (a discussion sentence) is no result of this
  trial (``None``);
- a ratio whose outcome the sentence does not name ("the benefit was greater in ...", "results were consistent in
  the per-protocol population (...)") is no result: a reader must not label it;
- event counts of each arm are the outcome's ``count|events`` of that arm (sampled here: not optional, unless the
  sentence does not name the arms, "(9 vs. 14 events)", when they are optional of the arms in the order the methods
  name them); each arm's shares, medians and rates are optional; a relative reduction in percent is
  ``percent|value`` of its outcome, group ``"*"``;
- a time point, a threshold, a margin or a confidence level is no result; a median follow-up is an optional
  "follow-up".
``FORMS`` names each entry's family: "bracket" (a ratio bracketed after an outcome named earlier in the sentence,
as a verb's object or after "in"), "several" (several outcomes, each with its ratio), "arm" (an arm as subject),
"incidence" ("the incidence of X was a% ... (HR ...)"), "p-other" (P values for interaction, heterogeneity,
noninferiority), "events" (event counts), "rrr" (relative risk reductions), "other" (other trials' numbers),
"subgroup" (subgroup ratios), "copula" (the outcome as subject of "was", a P value in the next sentence)."""

from __future__ import annotations

from tests.extraction.prose_sampled_forms_corpus import Entry, G


def ratio(kind: str, endpoint: str, value: float, low: float | None, high: float | None, p: float | None = None,
          group: str = "*") -> list[G]:  # fmt: skip
    """A ratio (or difference) with its interval and P value, of one endpoint."""
    out = [G(value, kind, endpoint, group)]
    if low is not None and high is not None:
        out += [G(low, "ci_low", endpoint, group), G(high, "ci_high", endpoint, group)]
    if p is not None:
        out.append(G(p, "p", endpoint, "*" if group == "*" else group))
    return out


def arms(endpoint: str, stat: str, *pairs: tuple[float, str]) -> list[G]:
    """Optional per-arm counts, shares, medians or rates."""
    return [G(v, stat, endpoint, group, True) for v, group in pairs]


def events(endpoint: str, *pairs: tuple[float, str]) -> list[G]:
    """Each arm's event count (scored: the family this corpus samples)."""
    return [G(v, "count|events", endpoint, group) for v, group in pairs]


def no(*values: float) -> list[G]:
    """Numbers that are no result of this trial (a time point, a margin, an interaction P, another trial's)."""
    return [G(v, "*", None, None) for v in values]


DEATH = "death|mortality|overall survival|death from any cause|OS|all-cause death"
OS = "overall survival|OS|death"
PFS = "progression-free survival|PFS|disease progression or death|progression or death"
PRIMARY = "primary outcome|primary end point|primary endpoint|primary composite outcome"

# fmt: off
CORPUS: list[Entry] = [
    # ---- bracket: the outcome a verb's object (or after "in"), its ratio bracketed after ---------------------------
    # JCO abstract: "X was significantly longer with A than with B (median, a v b months; HR, ...; P < .001)"
    (
        "Patients were randomly assigned 1:1 to ravotinib plus fulvestrant or placebo plus fulvestrant.",
        "Progression-free survival was significantly longer with ravotinib plus fulvestrant than with placebo plus "
        "fulvestrant (median, 16.4 v 9.2 months; HR, 0.58; 95% CI, 0.46 to 0.73; P < .001).",
        [
            *arms(PFS, "median", (16.4, "ravotinib"), (9.2, "placebo")),
            *ratio("hr", PFS, 0.58, 0.46, 0.73, 0.001),
        ],
    ),
    # Lancet Findings: medians with bracketed intervals, then "HR 0·73 [95% CI ...]; p=..."
    (
        "Patients were randomly assigned (1:1) to receive temzolimab or docetaxel.",
        "Overall survival was longer in the temzolimab group than in the docetaxel group (median 13·8 months "
        "[95% CI 11·8–15·7] vs 9·6 months [8·6–11·2]; HR 0·73 [95% CI 0·62–0·87]; p=0·0003).",
        [
            *arms(OS, "median", (13.8, "temzolimab"), (9.6, "docetaxel")),
            *arms(OS, "ci_low", (11.8, "temzolimab"), (8.6, "docetaxel")),
            *arms(OS, "ci_high", (15.7, "temzolimab"), (11.2, "docetaxel")),
            *ratio("hr", OS, 0.73, 0.62, 0.87, 0.0003),
        ],
    ),
    # Annals of Oncology: the whole comparison in square brackets, "hazard ratio (HR) 0.56"
    (
        "Patients were randomised 2:1 to orelisib plus letrozole or placebo plus letrozole.",
        "The addition of orelisib significantly prolonged investigator-assessed PFS [median 24.8 versus 14.5 "
        "months; hazard ratio (HR) 0.56, 95% confidence interval (CI) 0.45-0.70; P < 0.0001].",
        [
            *arms(PFS, "median", (24.8, "orelisib"), (14.5, "placebo")),
            *ratio("hr", PFS, 0.56, 0.45, 0.70, 0.0001),
        ],
    ),
    # EHJ: "(HR: 0.82; 95% CI: 0.73–0.92; P = 0.001)" after a verb's object
    (
        "Patients were randomized to vernaglutide or placebo.",
        "Vernaglutide reduced the primary endpoint of cardiovascular death or worsening heart failure (HR: 0.82; "
        "95% CI: 0.73–0.92; P = 0.001).",
        [*ratio("hr", "cardiovascular death or worsening heart failure|" + PRIMARY, 0.82, 0.73, 0.92, 0.001)],
    ),
    # Circulation: "Compared with B, A reduced the composite of ... at 12 months (x% versus y%; hazard ratio, ...)"
    (
        "Patients with acute coronary syndrome were randomized to tarcagrel or clopidogrel.",
        "Compared with clopidogrel, tarcagrel reduced the composite of cardiovascular death, myocardial infarction, "
        "or stroke at 12 months (9.3% versus 11.0%; hazard ratio, 0.84; 95% confidence interval, 0.77–0.92; "
        "P<0.001).",
        [
            *no(12),
            *arms("cardiovascular death, myocardial infarction, or stroke|composite", "percent",
                  (9.3, "tarcagrel"), (11.0, "clopidogrel")),
            *ratio("hr", "cardiovascular death, myocardial infarction, or stroke|composite", 0.84, 0.77, 0.92,
                   0.001),
        ],
    ),
    # NEJM: "Treatment with A did not significantly reduce the rate of X over a median follow-up of ... (HR ...)"
    (
        "Patients with peripheral artery disease were randomly assigned to lodarsen or placebo.",
        "Treatment with lodarsen did not significantly reduce the rate of major adverse limb events over a median "
        "follow-up of 2.4 years (hazard ratio, 0.91; 95% CI, 0.75 to 1.10; P=0.33).",
        [
            G(2.4, "median", "follow-up", None, True),
            *ratio("hr", "major adverse limb events|major adverse limb event", 0.91, 0.75, 1.10, 0.33),
        ],
    ),
    # NEJM respiratory: an annualized rate per arm, then a rate ratio
    (
        "Patients with uncontrolled asthma were randomly assigned to receive tezalumab or placebo every 4 weeks.",
        "The annualized rate of asthma exacerbations was 0.93 in the tezalumab group and 2.10 in the placebo group "
        "(rate ratio, 0.44; 95% CI, 0.37 to 0.53; P<0.001).",
        [
            *arms("asthma exacerbations", "rate|value|mean", (0.93, "tezalumab"), (2.10, "placebo")),
            *ratio("rr", "asthma exacerbations", 0.44, 0.37, 0.53, 0.001),
        ],
    ),
    # NEJM stroke: a shift analysis, "resulted in a favorable shift in ... (common odds ratio, ...)"
    (
        "Patients with acute ischemic stroke were randomly assigned to endovascular thrombectomy plus medical care "
        "or medical care alone.",
        "Thrombectomy resulted in a favorable shift in the distribution of scores on the modified Rankin scale at "
        "90 days (common odds ratio, 2.13; 95% CI, 1.47 to 3.09; P<0.001).",
        [*no(90), *ratio("or", "modified Rankin scale|mRS|distribution of scores", 2.13, 1.47, 3.09, 0.001)],
    ),
    # JCO adjuvant: a landmark pair with "v", then the ratio
    (
        "Patients were randomly assigned to adjuvant selpatinib or observation.",
        "With a median follow-up of 38 months, disease-free survival was significantly improved with selpatinib "
        "(3-year DFS, 81.2% v 64.5%; HR, 0.47; 95% CI, 0.33 to 0.66; P < .001).",
        [
            G(38, "median", "follow-up", None, True), *no(3),
            *arms("disease-free survival|DFS", "percent|rate", (81.2, "selpatinib"), (64.5, "observation")),
            *ratio("hr", "disease-free survival|DFS", 0.47, 0.33, 0.66, 0.001),
        ],
    ),
    # Lancet: "There was no significant difference between the A and B groups in X (HR ..., 95% CI ...; p=...)"
    (
        "Participants with recent myocardial infarction were randomly assigned to colchinex or placebo.",
        "There was no significant difference between the colchinex and placebo groups in the primary outcome (HR "
        "0·92, 95% CI 0·79–1·07; p=0·27).",
        [*ratio("hr", PRIMARY, 0.92, 0.79, 1.07, 0.27)],
    ),
    # ---- several: several outcomes, each with its ratio ------------------------------------------------------------
    # Lancet: "A also reduced the risk of X (HR ...) and of Y (HR ...)"
    (
        "Patients with heart failure were randomly assigned to dapavoxin or placebo.",
        "Dapavoxin also reduced the risk of cardiovascular death (HR 0·82, 95% CI 0·69–0·98) and of all-cause "
        "death (HR 0·83, 0·71–0·97).",
        [
            *ratio("hr", "cardiovascular death", 0.82, 0.69, 0.98),
            *ratio("hr", "all-cause death|death from any cause", 0.83, 0.71, 0.97),
        ],
    ),
    # NEJM: "Hazard ratios were a (95% CI ...) for X, b (...) for Y, and c (...) for Z."
    (
        "Patients were randomly assigned to finerolone or placebo.",
        "Hazard ratios were 0.79 (95% CI, 0.68 to 0.92) for cardiovascular death, 0.70 (95% CI, 0.59 to 0.83) for "
        "hospitalization for heart failure, and 0.86 (95% CI, 0.75 to 0.99) for death from any cause.",
        [
            *ratio("hr", "cardiovascular death", 0.79, 0.68, 0.92),
            *ratio("hr", "hospitalization for heart failure", 0.70, 0.59, 0.83),
            *ratio("hr", "death from any cause|all-cause death", 0.86, 0.75, 0.99),
        ],
    ),
    # Circulation: "..., with hazard ratios of a (...) for X and b (...) for Y"
    (
        "Patients with stable atherosclerosis were randomly assigned to pelrivastat or placebo.",
        "The reduction in the primary end point was driven by fewer myocardial infarctions and strokes, with "
        "hazard ratios of 0.76 (95% CI, 0.64 to 0.90) for myocardial infarction and 0.88 (95% CI, 0.72 to 1.08) "
        "for stroke.",
        [
            *ratio("hr", "myocardial infarction", 0.76, 0.64, 0.90),
            *ratio("hr", "stroke", 0.88, 0.72, 1.08),
        ],
    ),
    # NEJM: a colon list of components, each with its bracketed ratio
    (
        "Patients with type 2 diabetes were randomly assigned to trelagliptin or placebo.",
        "Each component of the primary outcome favored the trelagliptin group: cardiovascular death (HR, 0.87; 95% "
        "CI, 0.71 to 1.06), myocardial infarction (HR, 0.79; 95% CI, 0.65 to 0.96), and stroke (HR, 0.81; 95% CI, "
        "0.64 to 1.02).",
        [
            *ratio("hr", "cardiovascular death", 0.87, 0.71, 1.06),
            *ratio("hr", "myocardial infarction", 0.79, 0.65, 0.96),
            *ratio("hr", "stroke", 0.81, 0.64, 1.02),
        ],
    ),
    # Lancet: "Both X (HR ...; p...) and Y (HR ...; p=...) favoured A."
    (
        "Patients were randomly assigned (1:1) to sintuzumab plus chemotherapy or placebo plus chemotherapy.",
        "Both progression-free survival (HR 0·53, 95% CI 0·44–0·64; p<0·0001) and overall survival (HR 0·71, "
        "0·58–0·87; p=0·0008) favoured sintuzumab.",
        [*ratio("hr", PFS, 0.53, 0.44, 0.64, 0.0001), *ratio("hr", OS, 0.71, 0.58, 0.87, 0.0008)],
    ),
    # Annals of Oncology: co-primary end points named after a colon-less apposition, square brackets
    (
        "Patients were randomised to venetuzumab plus endocrine therapy or endocrine therapy alone.",
        "Significant improvements were observed in both co-primary end points, PFS [HR 0.59 (95% CI 0.49-0.71); "
        "P < 0.001] and OS [HR 0.77 (95% CI 0.64-0.93); P = 0.006].",
        [*ratio("hr", PFS, 0.59, 0.49, 0.71, 0.001), *ratio("hr", OS, 0.77, 0.64, 0.93, 0.006)],
    ),
    # ---- arm: an arm as the sentence's subject ---------------------------------------------------------------------
    (
        "Patients with obesity and cardiovascular disease were randomly assigned to semavetide or placebo.",
        "Patients in the semavetide group had a lower risk of the primary composite outcome than those in the "
        "placebo group (hazard ratio, 0.80; 95% CI, 0.72 to 0.90; P<0.001).",
        [*ratio("hr", PRIMARY, 0.80, 0.72, 0.90, 0.001)],
    ),
    (
        "Patients with recently diagnosed atrial fibrillation were randomly assigned to early rhythm control or "
        "usual care.",
        "Patients assigned to early rhythm control were less likely to have a primary outcome event (hazard ratio, "
        "0.79; 95% CI, 0.66 to 0.94; P=0.005).",
        [*ratio("hr", PRIMARY + "|primary outcome event", 0.79, 0.66, 0.94, 0.005)],
    ),
    (
        "Participants were randomly assigned in a 1:1 ratio to receive two doses of the vaccine or placebo.",
        "Participants who received the vaccine had a 62% lower risk of symptomatic infection than those who "
        "received placebo (hazard ratio, 0.38; 95% CI, 0.29 to 0.50).",
        [G(62, "percent|value", "symptomatic infection", "*"), *ratio("hr", "symptomatic infection", 0.38, 0.29, 0.50)],
    ),
    (
        "Women with osteopenia were randomly assigned to zoledronate or placebo.",
        "Women in the zoledronate group were less likely than those in the placebo group to have a fragility "
        "fracture (odds ratio, 0.67; 95% CI, 0.51 to 0.87).",
        [*ratio("or", "fragility fracture", 0.67, 0.51, 0.87)],
    ),
    # NEJM: an arm's lower rates of two outcomes, each with its ratio
    (
        "Participants were randomly assigned to intensive treatment or standard treatment of systolic blood "
        "pressure.",
        "Patients receiving intensive treatment had lower rates of the primary outcome (1.65% per year vs. 2.19% "
        "per year; hazard ratio, 0.75; 95% CI, 0.64 to 0.89; P<0.001) and of death from any cause (hazard ratio, "
        "0.73; 95% CI, 0.60 to 0.90; P=0.003).",
        [
            *arms(PRIMARY, "percent|rate", (1.65, "intensive"), (2.19, "standard")),
            *ratio("hr", PRIMARY, 0.75, 0.64, 0.89, 0.001),
            *ratio("hr", DEATH, 0.73, 0.60, 0.90, 0.003),
        ],
    ),
    # Lancet: "Those allocated to A had fewer X (RR ..., 95% CI ...; p=...)"
    (
        "Women with postpartum haemorrhage were randomly allocated to tranexamic acid or placebo.",
        "Those allocated to tranexamic acid had fewer deaths due to bleeding (RR 0·80, 95% CI 0·69–0·93; "
        "p=0·0034).",
        [*ratio("rr", "deaths due to bleeding|death due to bleeding", 0.80, 0.69, 0.93, 0.0034)],
    ),
    # ---- incidence: "the incidence of X was a% in A and b% in B (HR ...)" -------------------------------------------
    (
        "Patients with chronic coronary disease were randomly assigned to rivoxin plus aspirin or aspirin alone.",
        "The incidence of the primary outcome was 6.5% in the rivoxin group and 8.4% in the aspirin group (hazard "
        "ratio, 0.76; 95% CI, 0.66 to 0.88; P<0.001).",
        [
            *arms(PRIMARY, "percent", (6.5, "rivoxin"), (8.4, "aspirin")),
            *ratio("hr", PRIMARY, 0.76, 0.66, 0.88, 0.001),
        ],
    ),
    (
        "Women with early breast cancer were randomly assigned to a tumour-bed boost or no boost.",
        "At 3 years, the cumulative incidence of locoregional recurrence was 4·1% in the boost group and 9·8% in "
        "the no-boost group (HR 0·41, 95% CI 0·26–0·64; p<0·0001).",
        [
            *no(3),
            *arms("locoregional recurrence", "percent|rate", (4.1, "boost"), (9.8, "no-boost")),
            *ratio("hr", "locoregional recurrence", 0.41, 0.26, 0.64, 0.0001),
        ],
    ),
    (
        "Patients with cancer-associated venous thromboembolism were randomly assigned to fesomab or dalteparin.",
        "The incidence of recurrent venous thromboembolism at 6 months was 2.6% with fesomab and 3.8% with "
        "dalteparin (hazard ratio, 0.68; 95% CI, 0.46 to 1.00; P<0.001 for noninferiority).",
        [
            *no(6),
            *arms("recurrent venous thromboembolism", "percent|rate", (2.6, "fesomab"), (3.8, "dalteparin")),
            *ratio("hr", "recurrent venous thromboembolism", 0.68, 0.46, 1.00),
            G(0.001, "p", "recurrent venous thromboembolism", "*", True),
        ],
    ),
    (
        "Patients with stage III lung cancer were randomly assigned to proton or photon chemoradiotherapy.",
        "The incidence of grade 2 or higher radiation pneumonitis did not differ significantly between the two "
        "groups (12% and 14%, respectively; odds ratio, 0.84; 95% CI, 0.52 to 1.36).",
        [
            *no(2),
            *arms("radiation pneumonitis", "percent", (12, "proton"), (14, "photon")),
            *ratio("or", "radiation pneumonitis", 0.84, 0.52, 1.36),
        ],
    ),
    (
        "Patients were randomly assigned to sotavoxin or placebo.",
        "Incidence rates of hospitalization for heart failure were 1.2 and 1.9 per 100 patient-years in the "
        "sotavoxin and placebo groups, respectively (hazard ratio, 0.63; 95% CI, 0.50 to 0.80).",
        [
            *no(100),
            *arms("hospitalization for heart failure", "rate|value", (1.2, "sotavoxin"), (1.9, "placebo")),
            *ratio("hr", "hospitalization for heart failure", 0.63, 0.50, 0.80),
        ],
    ),
    # ---- p-other: interaction, heterogeneity, trend, noninferiority ------------------------------------------------
    (
        "Patients were randomly assigned to zelvatinib or placebo.",
        "The effect of zelvatinib on progression-free survival was consistent across prespecified subgroups (P=0.48 "
        "for interaction).",
        [*no(0.48)],
    ),
    (
        "Patients were randomly assigned to sarvotiv or placebo.",
        "There was significant heterogeneity in the treatment effect according to baseline ejection fraction (P for "
        "interaction = 0.02).",
        [*no(0.02)],
    ),
    (
        "Patients who underwent PCI were randomly assigned to 1 month of dual antiplatelet therapy (short-DAPT) or "
        "12 months (standard-DAPT).",
        "The primary outcome occurred in 9.1% of patients in the short-DAPT group and in 9.5% in the standard-DAPT "
        "group (difference, -0.4 percentage points; 95% CI, -1.6 to 0.8; P=0.001 for noninferiority).",
        [
            *arms(PRIMARY, "percent", (9.1, "short"), (9.5, "standard")),
            *ratio("value", PRIMARY, -0.4, -1.6, 0.8),
            G(0.001, "p", PRIMARY, "*", True),
        ],
    ),
    # the sentence names no outcome: its difference is not bound (the methods name the primary outcome elsewhere)
    (
        "Patients with bone and joint infection were randomly assigned to oral or intravenous antibiotic therapy.",
        "Oral therapy was noninferior to intravenous therapy (risk difference, -1.4 percentage points; 90% CI, -4.9 "
        "to 2.1; noninferiority margin, 7.5 percentage points).",
        [*no(-1.4, 90, -4.9, 2.1, 7.5)],
    ),
    (
        "Patients were randomly assigned to transcatheter or surgical valve replacement.",
        "The primary end point occurred in 8.5% of the transcatheter group and 15.1% of the surgery group (hazard "
        "ratio, 0.54; 95% CI, 0.37 to 0.79; P<0.001 for noninferiority; P=0.001 for superiority).",
        [
            *arms(PRIMARY, "percent", (8.5, "transcatheter"), (15.1, "surgery|surgical")),
            *ratio("hr", PRIMARY, 0.54, 0.37, 0.79),
            G(0.001, "p", PRIMARY, "*", True),
        ],
    ),
    (
        "Patients were randomly assigned to bempedone or placebo.",
        "The benefit of bempedone increased with the baseline LDL cholesterol level (P for trend = 0.03).",
        [*no(0.03)],
    ),
    (
        "Patients with septic shock were randomly assigned to hydrocortisone or placebo.",
        "The between-group difference in the primary outcome was not significant (P=0.21).",
        [G(0.21, "p", PRIMARY, "*")],
    ),
    # the treatment effect in two subgroups, its outcome unnamed: nothing is bound
    (
        "Patients were randomly assigned to canaglutide or placebo.",
        "The treatment effect did not differ between patients with and without diabetes (hazard ratio, 0.74 and "
        "0.79, respectively; P for interaction=0.68).",
        [*no(0.74, 0.79, 0.68)],
    ),
    # ---- events: event counts of each arm --------------------------------------------------------------------------
    (
        "Patients were randomly assigned to lumacitran or placebo.",
        "A total of 412 primary end-point events occurred: 187 in the lumacitran group and 225 in the placebo group "
        "(hazard ratio, 0.82; 95% CI, 0.68 to 0.99; P=0.04).",
        [
            G(412, "count|events", PRIMARY + "|primary end-point events", None, True),
            *events(PRIMARY + "|primary end-point events", (187, "lumacitran"), (225, "placebo")),
            *ratio("hr", PRIMARY + "|primary end-point events", 0.82, 0.68, 0.99, 0.04),
        ],
    ),
    (
        "Patients hospitalized with pneumonia were randomly assigned to anakizumab or placebo.",
        "There were 96 deaths in the anakizumab group and 131 in the placebo group (hazard ratio for death, 0.72; "
        "95% CI, 0.55 to 0.94).",
        [*events(DEATH + "|deaths", (96, "anakizumab"), (131, "placebo")), *ratio("hr", DEATH, 0.72, 0.55, 0.94)],
    ),
    (
        "Patients with intracerebral hemorrhage were randomly assigned to andexitran or usual care.",
        "Major bleeding occurred in 58 patients receiving andexitran versus 41 patients receiving usual care (odds "
        "ratio, 1.44; 95% CI, 0.96 to 2.17).",
        [*events("major bleeding", (58, "andexitran"), (41, "usual care")), *ratio("or", "major bleeding", 1.44, 0.96,
                                                                                  2.17)],
    ),
    (
        "Patients with a history of stroke were randomly assigned to telmivastatin or placebo.",
        "Primary outcome events were recorded in 268 (7·9%) of 3395 patients in the telmivastatin group and 331 "
        "(9·8%) of 3390 in the placebo group (HR 0·80, 95% CI 0·68–0·94; p=0·006).",
        [
            *events(PRIMARY + "|primary outcome events", (268, "telmivastatin"), (331, "placebo")),
            *arms(PRIMARY + "|primary outcome events", "percent", (7.9, "telmivastatin"), (9.8, "placebo")),
            G(3395, "denominator", "*", "*"), G(3390, "denominator", "*", "*"),
            *ratio("hr", PRIMARY + "|primary outcome events", 0.80, 0.68, 0.94, 0.006),
        ],
    ),
    # the counts in a "vs" bracket with no arms named: optional, in the order the methods name the arms
    (
        "Patients undergoing PCI were randomly assigned to a bioresorbable stent or a drug-eluting metallic stent.",
        "Stent thrombosis was rare (9 vs. 14 events; hazard ratio, 0.64; 95% CI, 0.28 to 1.48).",
        [
            G(9, "count|events", "stent thrombosis", "bioresorbable", True),
            G(14, "count|events", "stent thrombosis", "metallic", True),
            *ratio("hr", "stent thrombosis", 0.64, 0.28, 1.48),
        ],
    ),
    (
        "Patients with atherosclerotic disease were randomly assigned to ponsimab or placebo.",
        "Over a median of 3.1 years, 1043 patients had a primary outcome event, 498 in the ponsimab group and 545 "
        "in the placebo group (hazard ratio, 0.91; 95% CI, 0.80 to 1.03).",
        [
            G(3.1, "median", "follow-up", None, True),
            G(1043, "count|events", PRIMARY + "|primary outcome event", None, True),
            *events(PRIMARY + "|primary outcome event", (498, "ponsimab"), (545, "placebo")),
            *ratio("hr", PRIMARY + "|primary outcome event", 0.91, 0.80, 1.03),
        ],
    ),
    # ---- rrr: relative risk reductions -----------------------------------------------------------------------------
    (
        "Patients with acute coronary syndrome were randomly assigned to sotagran or placebo.",
        "Sotagran reduced the relative risk of the primary end point by 22% (hazard ratio, 0.78; 95% CI, 0.68 to "
        "0.90; P<0.001).",
        [G(22, "percent|value", PRIMARY, "*"), *ratio("hr", PRIMARY, 0.78, 0.68, 0.90, 0.001)],
    ),
    (
        "Patients with atrial fibrillation were randomly assigned to left atrial appendage occlusion or no "
        "occlusion.",
        "The relative risk reduction for stroke was 36% (95% CI, 17 to 51).",
        [G(36, "percent|value", "stroke", "*"), G(17, "ci_low", "stroke", "*"), G(51, "ci_high", "stroke", "*")],
    ),
    (
        "Patients hospitalized with COVID-19 were randomly assigned to dexalone or usual care.",
        "Mortality at 28 days was 22.9% in the dexalone group and 25.7% in the usual care group (rate ratio, 0.83; "
        "95% CI, 0.75 to 0.93), a relative reduction of 17%.",
        [
            *no(28),
            *arms("mortality", "percent", (22.9, "dexalone"), (25.7, "usual care")),
            *ratio("rr", "mortality", 0.83, 0.75, 0.93),
            G(17, "percent|value", "mortality", "*", True),
        ],
    ),
    # the absolute reduction and number needed to treat in the next sentence: the earlier sentence's outcome, optional
    (
        "Patients were randomly assigned to colvastin or placebo.",
        "The primary outcome occurred in 7.2% of the patients in the colvastin group and 9.6% in the placebo group "
        "(hazard ratio, 0.74; 95% CI, 0.65 to 0.85; P<0.001). The absolute risk reduction was 2.4 percentage "
        "points, and the number needed to treat was 42.",
        [
            *arms(PRIMARY, "percent", (7.2, "colvastin"), (9.6, "placebo")),
            *ratio("hr", PRIMARY, 0.74, 0.65, 0.85, 0.001),
            G(2.4, "value", PRIMARY, "*", True), G(42, "value", PRIMARY, "*", True),
        ],
    ),
    (
        "Patients with metastatic melanoma were randomly assigned to belatinib or dacarbazine.",
        "Overall survival was longer with belatinib than with dacarbazine, corresponding to a 31% lower risk of "
        "death (hazard ratio for death, 0.69; 95% CI, 0.56 to 0.85; P<0.001).",
        [G(31, "percent|value", DEATH, "*"), *ratio("hr", DEATH, 0.69, 0.56, 0.85, 0.001)],
    ),
    # ---- other: numbers of other trials (discussion sentences) ----------------------------------------------------
    (
        "Patients were randomly assigned to ravocaban or warfarin.",
        "In the ATLAS-4 trial, ravocaban reduced the risk of stroke by 21% (hazard ratio, 0.79; 95% CI, 0.66 to "
        "0.96), a result similar to ours.",
        [*no(4, 21, 0.79, 0.66, 0.96)],
    ),
    (
        "Patients with heart failure were randomly assigned to rosuvastin or placebo.",
        "These findings contrast with those of the CORONA-2 trial, in which a statin did not reduce the primary "
        "outcome (hazard ratio, 0.92; 95% CI, 0.83 to 1.02) among patients with systolic heart failure.",
        [*no(2, 0.92, 0.83, 1.02)],
    ),
    (
        "Patients were randomly assigned to pitastatin or placebo.",
        "A previous meta-analysis of 14 trials involving 90,056 participants showed a 12% proportional reduction in "
        "all-cause mortality per mmol/L reduction in LDL cholesterol (rate ratio 0·88, 95% CI 0·84–0·91).",
        [*no(14, 90056, 12, 0.88, 0.84, 0.91)],
    ),
    (
        "Patients with severe aortic stenosis at low surgical risk were randomly assigned to transcatheter or "
        "surgical valve replacement.",
        "The magnitude of benefit was smaller than that seen in an earlier low-risk trial (HR 0.54; 95% CI "
        "0.37-0.79).",
        [*no(0.54, 0.37, 0.79)],
    ),
    (
        "Patients were randomly assigned to pembrolimab or chemotherapy.",
        "By contrast, in KEYNOTE-810, pembrolimab monotherapy was associated with an overall survival HR of 0·85 "
        "(0·71–1·03) in this population.",
        [*no(810, 0.85, 0.71, 1.03)],
    ),
    (
        "Patients were randomly assigned to ticavir or placebo.",
        "When our results were pooled with those of the two previous trials, the summary hazard ratio was 0.83 (95% "
        "CI, 0.75 to 0.92), with no heterogeneity (I2=0%; P=0.71).",
        [*no(0.83, 0.75, 0.92, 2, 0, 0.71)],
    ),
    # another trial's ratio and this trial's in one sentence
    (
        "Patients were randomly assigned to intensive or standard blood-pressure treatment.",
        "As in the SPRINT-2 trial (hazard ratio, 0.75), intensive treatment in our trial reduced the primary "
        "outcome (hazard ratio, 0.81; 95% CI, 0.70 to 0.94; P=0.005).",
        [*no(2, 0.75), *ratio("hr", PRIMARY, 0.81, 0.70, 0.94, 0.005)],
    ),
    # ---- subgroup: ratios of a subgroup -----------------------------------------------------------------------------
    (
        "Men with metastatic prostate cancer were randomly assigned to docetaxel plus androgen deprivation or "
        "androgen deprivation alone.",
        "Among patients with high-volume disease, the hazard ratio for death was 0.62 (95% CI, 0.49 to 0.79).",
        [*ratio("hr", DEATH, 0.62, 0.49, 0.79, group="high-volume")],
    ),
    (
        "Patients were randomly assigned to zanolimab or chemotherapy.",
        "In the subgroup of patients with PD-L1 expression of 50% or more, overall survival was longer with "
        "zanolimab (HR 0·59, 95% CI 0·45–0·77).",
        [*no(50), *ratio("hr", OS, 0.59, 0.45, 0.77, group="PD-L1")],
    ),
    # the benefit of two subgroups, the outcome unnamed: nothing is bound, the interaction P no result
    (
        "Patients were randomly assigned to empavoxin or placebo.",
        "The benefit was greater in patients with diabetes (hazard ratio, 0.64; 95% CI, 0.50 to 0.82) than in those "
        "without diabetes (hazard ratio, 0.91; 95% CI, 0.76 to 1.09; P=0.02 for interaction).",
        [*no(0.64, 0.50, 0.82, 0.91, 0.76, 1.09, 0.02)],
    ),
    (
        "Patients were randomly assigned to tirofanib or placebo.",
        "Results were consistent in the per-protocol population (hazard ratio, 0.77; 95% CI, 0.65 to 0.91).",
        [*no(0.77, 0.65, 0.91)],
    ),
    (
        "Patients with atrial fibrillation were randomly assigned to edoxiban or warfarin.",
        "For patients 75 years of age or older, the hazard ratio for the primary outcome was 0.67 (95% CI, 0.51 to "
        "0.88), as compared with 0.85 (95% CI, 0.74 to 0.98) for younger patients.",
        [
            *no(75),
            *ratio("hr", PRIMARY, 0.67, 0.51, 0.88, group="75 years|older"),
            *ratio("hr", PRIMARY, 0.85, 0.74, 0.98, group="younger"),
        ],
    ),
    (
        "Patients with EGFR-mutated lung cancer were randomly assigned to vorlatinib or gefitinib.",
        "Among the 412 patients with EGFR exon 19 deletions, the hazard ratio for disease progression or death was "
        "0.43 (95% CI, 0.32 to 0.56).",
        [*no(412, 19), *ratio("hr", PFS, 0.43, 0.32, 0.56, group="exon 19")],
    ),
    # ---- copula: the outcome the subject of "was"; a P value in the next sentence ---------------------------------
    (
        "Patients with infective endocarditis were randomly assigned to early surgery or conventional treatment.",
        "Thirty-day mortality was 8.1% with early surgery and 10.4% with conventional treatment (odds ratio, 0.76; "
        "95% CI, 0.58 to 0.99; P=0.04).",
        [
            *arms("mortality|thirty-day mortality", "percent", (8.1, "early surgery"), (10.4, "conventional")),
            *ratio("or", "mortality|thirty-day mortality", 0.76, 0.58, 0.99, 0.04),
        ],
    ),
    (
        "Patients with hypercholesterolemia were randomly assigned to torvastin or placebo.",
        "The torvastin group had fewer major coronary events than the placebo group (152 vs. 211; hazard ratio, "
        "0.71; 95% CI, 0.58 to 0.88).",
        [
            G(152, "count|events", "major coronary events", "torvastin", True),
            G(211, "count|events", "major coronary events", "placebo", True),
            *ratio("hr", "major coronary events", 0.71, 0.58, 0.88),
        ],
    ),
    (
        "Patients were randomly assigned to velimab plus chemotherapy or chemotherapy alone.",
        "Median overall survival was 21.4 months with velimab plus chemotherapy and 17.9 months with chemotherapy "
        "alone (hazard ratio for death, 0.81; 95% CI, 0.69 to 0.95). This difference was statistically "
        "significant (P=0.01).",
        [
            *arms(OS, "median", (21.4, "velimab"), (17.9, "chemotherapy alone")),
            *ratio("hr", OS, 0.81, 0.69, 0.95),
            G(0.01, "p", OS, "*", True),
        ],
    ),
    (
        "Patients were randomly assigned to nivotumab or placebo.",
        "In the intention-to-treat population, the hazard ratio for death was 0.78 (95% CI, 0.65 to 0.94; "
        "P=0.008).",
        [*ratio("hr", DEATH, 0.78, 0.65, 0.94, 0.008)],
    ),
    # Annals of Oncology: "HR = 0.69" after the outcome named by an arm's verb
    (
        "Patients were randomised to apatozumab or placebo.",
        "Apatozumab improved event-free survival compared with placebo (HR = 0.69, 95% CI 0.56-0.84, P < 0.001).",
        [*ratio("hr", "event-free survival|EFS", 0.69, 0.56, 0.84, 0.001)],
    ),
    (
        "Patients were randomly assigned to zorifertinib or placebo.",
        "Zorifertinib was associated with a hazard ratio of 0.74 for death (95% CI, 0.61 to 0.90; P=0.003).",
        [*ratio("hr", DEATH, 0.74, 0.61, 0.90, 0.003)],
    ),
]

FORMS = [
    "bracket", "bracket", "bracket", "bracket", "bracket", "bracket", "bracket", "bracket", "bracket", "bracket",
    "several", "several", "several", "several", "several", "several",
    "arm", "arm", "arm", "arm", "arm", "arm",
    "incidence", "incidence", "incidence", "incidence", "incidence",
    "p-other", "p-other", "p-other", "p-other", "p-other", "p-other", "p-other", "p-other",
    "events", "events", "events", "events", "events", "events",
    "rrr", "rrr", "rrr", "rrr", "rrr",
    "other", "other", "other", "other", "other", "other", "other",
    "subgroup", "subgroup", "subgroup", "subgroup", "subgroup", "subgroup",
    "copula", "copula", "copula", "copula", "bracket", "bracket",
]
# fmt: on
