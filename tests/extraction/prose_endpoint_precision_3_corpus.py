"""Third set for the endpoint-precision round (sets 1 and 2: tests/extraction/prose_endpoint_precision_corpus.py and
prose_endpoint_precision_2_corpus.py): result and abstract paragraphs from journals and fields neither set used, found
with the ``search`` tool (corpus ``pages``): psychiatry (J Clin Psychiatry, Int Clin Psychopharmacol, an industry
news page), neurology (Neuropsychiatr Dis Treat acupuncture for migraine, Austin J Clin Neurol, Lancet multiple
sclerosis), anaesthesia and pain (Wien Klin Wochenschr, Anesthesiology, Can J Anaesth, Eur J Anaesthesiol),
HIV and hepatitis C (NEJM HPTN, HIV Clin Trials, an IAS abstract, a Dutch repository, Hepat Med), rheumatology
(BMC Musculoskelet Disord), dermatology (a psoriasis summary page), ophthalmology (Clin Ophthalmol), urogynaecology
(AJOG), obstetrics (Int J Fertil Steril), smoking cessation (JAMA), osteoporosis (Osteoporos Int) and paediatrics
(BMC Pediatr, CJEM, a bronchiolitis abstract). Drugs, numbers and non-essential wording are invented; the syntax is
kept. Gold was written before any paragraph was read back; first contact is in
tests/extraction/test_prose_endpoint_precision_3.py. Entry format: tests/extraction/prose_sampled_forms_corpus.py."""

from __future__ import annotations

from tests.extraction.prose_sampled_forms_corpus import Entry, G

PCT = "percent|rate"
EST = "mean|value|median"
SPREAD = "sd|se"
MIGRAINE_DAYS = "migraine days|number of migraine days"

CORPUS: list[Entry] = [
    # http://informahealthcare.com/doi/full/10.2147/NDT.S155119 ("the number of migraine days was reduced by 5.5 and
    # 2.0 days in the acupuncture and the waiting-list control groups, respectively, with a ... inter-group difference
    # of 2.0 migraine days (95% CI: -4 to -1) ... (50% vs 27%; p<0.05) ... (81% vs 36%; p<0.001)")
    (
        "Adults with episodic migraine were randomly assigned to adjuvant electroacupuncture or to a waiting-list "
        "control group.",
        "After 12 weeks of treatment, the number of migraine days was reduced by 5.1 and 1.8 days in the "
        "electroacupuncture and the waiting-list control groups, respectively, with a statistically significant "
        "between-group difference of 2.3 migraine days (95% CI: -4 to -1). The proportion of responders (at least a "
        "50% reduction in monthly migraine days) was higher with electroacupuncture than with waiting list (48% vs "
        "25%; p<0.05) at the end of treatment, and at the 6-month follow-up (79% vs 34%; p<0.001).",
        [
            G(12, "*", None, None),
            G(5.1, "*", MIGRAINE_DAYS, "electroacupuncture"),
            G(1.8, "*", MIGRAINE_DAYS, "waiting-list control|waiting list|control"),
            G(2.3, "*", MIGRAINE_DAYS + "|difference", None),
            G(-4, "ci_low", MIGRAINE_DAYS + "|difference", None),
            G(-1, "ci_high", MIGRAINE_DAYS + "|difference", None),
            G(50, "*", None, None),
            G(48, PCT, "responders|response", "electroacupuncture"),
            G(25, PCT, "responders|response", "waiting list|waiting-list control|control"),
            G(0.05, "p", "responders|response", None),
            G(6, "*", None, None),
            G(79, PCT, "responders|response", "electroacupuncture"),
            G(34, PCT, "responders|response", "waiting list|waiting-list control|control"),
            G(0.001, "p", "responders|response", None),
        ],
    ),
    # http://www.psychiatrist.com/JCP/article/Pages/fixed-dose-trial-single-isomer-ssri-escitalopram-depressed.aspx
    # ("The incidence of discontinuations due to adverse events for the escitalopram 10 mg/day group was not different
    # from the placebo group (4.2% vs. 2.5%; p=.50), and not different for the escitalopram 20 mg/day group and the
    # citalopram 40 mg/day group (10.4% vs. 8.8%; p=.83).")
    (
        "Outpatients with major depressive disorder were randomly assigned to placebo, velmotine 10 mg/day, velmotine "
        "20 mg/day, or corazepine 40 mg/day for 8 weeks.",
        "Velmotine, at both doses, produced significant improvement at study endpoint relative to placebo on all "
        "measures of depression. The incidence of discontinuations due to adverse events for the velmotine 10 mg/day "
        "group did not differ from the placebo group (4.6% vs. 2.3%; p=.41), nor did it differ between the velmotine "
        "20 mg/day group and the corazepine 40 mg/day group (10.9% vs. 8.1%; p=.77).",
        [
            G(10, "*", None, None),
            G(20, "*", None, None),
            G(40, "*", None, None),
            G(4.6, PCT, "discontinuations due to adverse events|discontinuation", "velmotine 10 mg/day|10 mg/day"),
            G(2.3, PCT, "discontinuations due to adverse events|discontinuation", "placebo"),
            G(0.41, "p", "discontinuations due to adverse events|discontinuation", None),
            G(10.9, PCT, "discontinuations due to adverse events|discontinuation", "velmotine 20 mg/day|20 mg/day"),
            G(8.1, PCT, "discontinuations due to adverse events|discontinuation", "corazepine|40 mg/day"),
            G(0.77, "p", "discontinuations due to adverse events|discontinuation", None),
        ],
    ),
    # http://journals.lww.com/intclinpsychopharm/Abstract/2003/07000/ ("Escitalopram produced a statistically
    # significant therapeutic difference of 2.9 points (P=0.002) compared to placebo ... more patients had responded
    # ... than with citalopram (P=0.021) or placebo (P=0.009) ... adverse event withdrawal rates (3% and 4%,
    # respectively)")
    (
        "Primary care patients with depression were randomized to flexible doses of velmotine (n=152), corazepine "
        "(n=158), or placebo (n=151) for 8 weeks.",
        "The primary efficacy parameter was the change from baseline to last assessment in the MADRS total score. "
        "Velmotine produced a statistically significant therapeutic difference of 3.1 points (P=0.003) compared to "
        "placebo. By week 8, significantly more patients had responded to treatment with velmotine than with "
        "corazepine (P=0.027) or placebo (P=0.011). Both velmotine- and corazepine-treated patients had "
        "placebo-level adverse event withdrawal rates (4% and 5%, respectively).",
        [
            G(3.1, "*", "MADRS|MADRS total score|difference|therapeutic difference", None),
            G(0.003, "p", "MADRS|MADRS total score|difference|therapeutic difference", None),
            G(8, "*", None, None),
            G(0.027, "p", "response|responded", None),
            G(0.011, "p", "response|responded", None),
            G(4, PCT, "adverse event withdrawal|withdrawal", "velmotine"),
            G(5, PCT, "adverse event withdrawal|withdrawal", "corazepine"),
        ],
    ),
    # https://scilit.com/publications/49036299e3665a766d453830211a28e1 ("treatment difference at week 8 (last
    # observation carried forward, LOCF) of 2.7 points (SE 0.85;P =0.002)")
    (
        "Patients with major depressive disorder were randomized to velmotine 10 mg/day (n=188) or placebo (n=192) for "
        "8 weeks.",
        "The primary analysis of adjusted mean change in MADRS total score from baseline showed a statistically "
        "significantly larger effect for velmotine than for placebo, with a treatment difference at week 8 (LOCF) of "
        "2.4 points (SE 0.81; P=0.003). Nausea was the only adverse event reported significantly more often in "
        "velmotine-treated than in placebo-treated patients.",
        [
            G(8, "*", None, None),
            G(2.4, "*", "MADRS|MADRS total score|difference|treatment difference", None),
            G(0.81, "se", "MADRS|MADRS total score|difference|treatment difference", None),
            G(0.003, "p", "MADRS|MADRS total score|difference|treatment difference", None),
        ],
    ),
    # https://pharmaceutical-business-review.com/news/164balundbecks_psychiatric_drug_found_effective_against_depre
    # ("the mean treatment difference at week 8 being 2.6 points (p<0.01) ... 54.3% of escitalopram-treated patients
    # achieved remission compared to 44.4% of duloxetine-treated patients. Withdrawal due to adverse events was
    # significantly less in the escitalopram-treated group, 4.6% for escitalopram versus 12.7% for duloxetine.")
    (
        "Patients with major depressive disorder were randomized to velmotine or to dulanexine for 8 weeks.",
        "Velmotine-treated patients showed greater improvement in MADRS score at weeks 1, 2, 4 and 8, with a mean "
        "treatment difference at week 8 of 2.2 points (p<0.01). Approximately 52.8% of velmotine-treated patients "
        "achieved remission compared with 43.9% of dulanexine-treated patients. Withdrawal due to adverse events was "
        "less frequent in the velmotine group, 4.1% versus 11.6% for dulanexine.",
        [
            G(1, "*", None, None),
            G(2, "*", None, None),
            G(4, "*", None, None),
            G(8, "*", None, None),
            G(8, "*", None, None),
            G(2.2, "*", "MADRS|MADRS score|difference|treatment difference", None),
            G(0.01, "p", "MADRS|MADRS score|difference|treatment difference", None),
            G(52.8, PCT, "remission", "velmotine"),
            G(43.9, PCT, "remission", "dulanexine"),
            G(4.1, PCT, "withdrawal due to adverse events|withdrawal", "velmotine"),
            G(11.6, PCT, "withdrawal due to adverse events|withdrawal", "dulanexine"),
        ],
    ),
    # https://metajournal.com/articles/journal/1919/wien-klin-wochenschr/2003/7 ("The duration of surgery (mean +/- SD)
    # was comparable in the two groups (group 1: 145 +/- 42 min, group 2: 131 +/- 35 min). In group 1 the cumulative
    # piritramide consumption during 24 hours postoperation was significantly less than in the placebo group (37.5
    # +/- 12.5 mg versus 46.8 +/- 22.1 ...), although similar pain scores were recorded (group 1: 4.8 +/- 1.8 and 3.6
    # +/- 1.7, group 2: ..., at 1 and 24 hours, respectively)")
    (
        "Patients undergoing hip or knee replacement were randomly assigned to oral morvalin before surgery (group 1) "
        "or to placebo (group 2).",
        "The duration of surgery was comparable in the two groups (group 1: 148 +/- 40 min, group 2: 135 +/- 33 min). "
        "In group 1 the cumulative piritramide consumption during 24 hours after surgery was significantly lower than "
        "in the placebo group (35.2 +/- 11.9 mg versus 47.5 +/- 20.4 mg, p < 0.05), although similar pain scores were "
        "recorded (group 1: 4.6 +/- 1.7 and 3.5 +/- 1.6, group 2: 4.7 +/- 1.5 and 3.3 +/- 1.9, at 1 and 24 hours, "
        "respectively).",
        [
            G(148, EST, "duration of surgery", "group 1"),
            G(40, SPREAD, "duration of surgery", "group 1"),
            G(135, EST, "duration of surgery", "group 2"),
            G(33, SPREAD, "duration of surgery", "group 2"),
            G(24, "*", None, None),
            G(35.2, EST, "piritramide consumption|cumulative piritramide consumption", "group 1|morvalin"),
            G(11.9, SPREAD, "piritramide consumption|cumulative piritramide consumption", "group 1|morvalin"),
            G(47.5, EST, "piritramide consumption|cumulative piritramide consumption", "placebo|group 2"),
            G(20.4, SPREAD, "piritramide consumption|cumulative piritramide consumption", "placebo|group 2"),
            G(0.05, "p", "piritramide consumption|cumulative piritramide consumption", None),
            G(4.6, EST, "pain scores|pain score", "group 1"),
            G(1.7, SPREAD, "pain scores|pain score", "group 1"),
            G(3.5, EST, "pain scores|pain score", "group 1"),
            G(1.6, SPREAD, "pain scores|pain score", "group 1"),
            G(4.7, EST, "pain scores|pain score", "group 2"),
            G(1.5, SPREAD, "pain scores|pain score", "group 2"),
            G(3.3, EST, "pain scores|pain score", "group 2"),
            G(1.9, SPREAD, "pain scores|pain score", "group 2"),
            G(1, "*", None, None),
            G(24, "*", None, None),
        ],
    ),
    # https://asa2.silverchair.com/anesthesiology/article-split/103/3/613/8700/ ("Their preoperative pressure pain
    # threshold and tolerance were 141 +/- 65 kPa and 223 +/- 62 kPa, respectively. The VAS pain score in the
    # postanesthesia care unit and at 24 h postoperatively were 81 +/- 24 and 31 +/- 10, respectively.")
    (
        "Women undergoing lower abdominal gynecologic surgery had pressure pain testing before surgery and received "
        "intravenous patient-controlled analgesia afterwards.",
        "Forty-two women were enrolled. Their preoperative pressure pain threshold and tolerance were 138 +/- 61 kPa "
        "and 219 +/- 58 kPa, respectively. The VAS pain score in the postanesthesia care unit and at 24 h after "
        "surgery was 79 +/- 22 and 29 +/- 11, respectively. Pressure pain tolerance correlated with the VAS at 24 h "
        "after surgery (P < 0.001, r = -0.49).",
        [
            G(42, "count", "enrolled|women", None, True),
            G(138, EST, "pressure pain threshold|pain threshold", None),
            G(61, SPREAD, "pressure pain threshold|pain threshold", None),
            G(219, EST, "pressure pain tolerance|tolerance", None),
            G(58, SPREAD, "pressure pain tolerance|tolerance", None),
            G(24, "*", None, None),
            G(79, EST, "VAS pain score|VAS|pain score", None),
            G(22, SPREAD, "VAS pain score|VAS|pain score", None),
            G(29, EST, "VAS pain score|VAS|pain score", None),
            G(11, SPREAD, "VAS pain score|VAS|pain score", None),
            G(24, "*", None, None),
            G(0.001, "p", "pressure pain tolerance|correlation|VAS", None),
            G(-0.49, "*", "pressure pain tolerance|correlation|VAS", None),
        ],
    ),
    # https://staging.scite.ai/reports/are-discharge-criteria-changing-x91alK ("patients who received Pop morphine had
    # higher pain VAS scores with movement (7.6 ± 2 vs 5.4 ± 3, P < 0.003) and at rest (6.9 ± 3 vs 5.1 ± 3, P < 0.013)
    # than the Iop morphine group ... able to drink sooner than the Iop group (90 ± 34 vs 111 ± 38 min, P < 0.05)")
    (
        "Ambulatory surgical patients were randomized to receive morphine intraoperatively (Iop group) or "
        "postoperatively (Pop group).",
        "There was no difference between the groups in postoperative nausea scores or in the incidence of PONV. On "
        "awakening, patients given Pop morphine had higher VAS pain scores with movement (7.3 ± 2 vs 5.6 ± 3, P < "
        "0.004) and at rest (6.6 ± 3 vs 4.9 ± 3, P < 0.02) than the Iop group. Patients in the Pop group were able "
        "to drink sooner than those in the Iop group (88 ± 31 vs 109 ± 36 min, P < 0.05).",
        [
            G(7.3, EST, "VAS pain scores with movement|pain with movement|VAS pain scores", "Pop"),
            G(2, SPREAD, "VAS pain scores with movement|pain with movement|VAS pain scores", "Pop"),
            G(5.6, EST, "VAS pain scores with movement|pain with movement|VAS pain scores", "Iop"),
            G(3, SPREAD, "VAS pain scores with movement|pain with movement|VAS pain scores", "Iop"),
            G(0.004, "p", "VAS pain scores with movement|pain with movement|VAS pain scores", None),
            G(6.6, EST, "VAS pain scores at rest|pain at rest|at rest", "Pop"),
            G(3, SPREAD, "VAS pain scores at rest|pain at rest|at rest", "Pop"),
            G(4.9, EST, "VAS pain scores at rest|pain at rest|at rest", "Iop"),
            G(3, SPREAD, "VAS pain scores at rest|pain at rest|at rest", "Iop"),
            G(0.02, "p", "VAS pain scores at rest|pain at rest|at rest", None),
            G(88, EST, "time to drink|drink", "Pop"),
            G(31, SPREAD, "time to drink|drink", "Pop"),
            G(109, EST, "time to drink|drink", "Iop"),
            G(36, SPREAD, "time to drink|drink", "Iop"),
            G(0.05, "p", "time to drink|drink", None),
        ],
    ),
    # https://busqueda.bvsalud.org/portal/?lang=pt&q=au%3A%22Brandes%2C+V%22 ("mean (SD) morphine consumption was 5.7
    # (4.7) mg in group 1, 4.4 (4.2) mg in group 2, 4.7 (4.7) mg in group 3, and 2.2 (4.0) mg in group 4 (P < 0.05,
    # group 1 vs 4). Morphine was required in only 38% of patients in group 4 compared with 83%, 67% and 69% in groups
    # 1, 2, and 3, respectively")
    (
        "Adults undergoing laparoscopic cholecystectomy received intravenous morphine at one of three times during "
        "surgery or placebo (group 1, placebo; groups 2, 3 and 4, morphine given progressively earlier before the end "
        "of surgery).",
        "Recovery from anaesthesia and pain scores were similar in all groups. However, mean (SD) morphine "
        "consumption was 5.9 (4.5) mg in group 1, 4.2 (4.0) mg in group 2, 4.8 (4.6) mg in group 3, and 2.4 (3.8) mg "
        "in group 4 (P < 0.05, group 1 vs 4). Morphine was required in only 36% of patients in group 4 compared with "
        "81%, 65% and 70% in groups 1, 2 and 3, respectively (P < 0.01, group 1 vs 4).",
        [
            G(5.9, EST, "morphine consumption", "group 1"),
            G(4.5, "sd", "morphine consumption", "group 1"),
            G(4.2, EST, "morphine consumption", "group 2"),
            G(4.0, "sd", "morphine consumption", "group 2"),
            G(4.8, EST, "morphine consumption", "group 3"),
            G(4.6, "sd", "morphine consumption", "group 3"),
            G(2.4, EST, "morphine consumption", "group 4"),
            G(3.8, "sd", "morphine consumption", "group 4"),
            G(0.05, "p", "morphine consumption", None),
            G(36, PCT, "morphine was required|morphine required|required morphine", "group 4"),
            G(81, PCT, "morphine was required|morphine required|required morphine", "group 1"),
            G(65, PCT, "morphine was required|morphine required|required morphine", "group 2"),
            G(70, PCT, "morphine was required|morphine required|required morphine", "group 3"),
            G(0.01, "p", "morphine was required|morphine required|required morphine", None),
        ],
    ),
    # https://search.isc.ac/inventory/10/578749.htm (Lancet; "The relapse rate was significantly lower at 1 and 2 years
    # with both doses of interferon β-1a than with placebo (mean number per patient 1·82 for 22 μg group, 1·73 for 44
    # μg group vs 2·56 for placebo group: risk reductions 27% [95% Cl 14–39] and 33 [21–44]). Time to first relapse
    # was prolonged by 3 and 5 months in the 22 μg and 44 μg groups respectively")
    (
        "Patients with relapsing-remitting multiple sclerosis were randomly assigned subcutaneous ferobeta 22 μg "
        "(n=187), ferobeta 44 μg (n=186), or placebo (n=189) three times a week for 2 years.",
        "The relapse rate was significantly lower at 1 and 2 years with both doses of ferobeta than with placebo "
        "(mean number per patient 1.79 for the 22 μg group, 1.69 for the 44 μg group vs 2.51 for the placebo group: "
        "risk reductions 29% [95% CI 15–40] and 34 [23–45]). Time to first relapse was prolonged by 3 and 6 months "
        "in the 22 μg and 44 μg groups, respectively.",
        [
            G(1, "*", None, None),
            G(2, "*", None, None),
            G(1.79, "*", "relapse rate|relapses|number of relapses", "22 μg"),
            G(1.69, "*", "relapse rate|relapses|number of relapses", "44 μg"),
            G(2.51, "*", "relapse rate|relapses|number of relapses", "placebo"),
            G(29, "*", "relapse rate|risk reduction|relapses", "22 μg"),
            G(15, "ci_low", "relapse rate|risk reduction|relapses", "22 μg"),
            G(40, "ci_high", "relapse rate|risk reduction|relapses", "22 μg"),
            G(34, "*", "relapse rate|risk reduction|relapses", "44 μg"),
            G(23, "ci_low", "relapse rate|risk reduction|relapses", "44 μg"),
            G(45, "ci_high", "relapse rate|risk reduction|relapses", "44 μg"),
            G(3, "*", "time to first relapse", "22 μg"),
            G(6, "*", "time to first relapse", "44 μg"),
            G(22, "*", None, None),
            G(22, "*", None, None),
            G(44, "*", None, None),
            G(44, "*", None, None),
        ],
    ),
    # https://www.bioseek.eu/us/eng/research/pubmed/Prevention_of_HIV_1_infection_with_early_antiretroviral_therapy
    # ("a total of 39 HIV-1 transmissions were observed (incidence rate, 1.2 per 100 person-years; 95% confidence
    # interval [CI], 0.9 to 1.7); of these, 28 were virologically linked ... Of the 28 linked transmissions, only 1
    # occurred in the early-therapy group (hazard ratio, 0.04; 95% CI, 0.01 to 0.27; P<0.001). Subjects receiving
    # early therapy had fewer treatment end points (hazard ratio, 0.59; 95% CI, 0.40 to 0.88; P=0.01).")
    (
        "HIV-1-infected partners in serodiscordant couples were randomly assigned to receive antiretroviral therapy "
        "either immediately (early therapy) or after a decline in the CD4 count (delayed therapy).",
        "A total of 41 HIV-1 transmissions were observed (incidence rate, 1.3 per 100 person-years; 95% confidence "
        "interval [CI], 0.9 to 1.8); of these, 29 were virologically linked to the infected partner (incidence rate, "
        "0.8 per 100 person-years; 95% CI, 0.6 to 1.2). Of the 29 linked transmissions, only 1 occurred in the "
        "early-therapy group (hazard ratio, 0.05; 95% CI, 0.02 to 0.29; P<0.001). Subjects receiving early therapy "
        "had fewer treatment end points (hazard ratio, 0.61; 95% CI, 0.42 to 0.89; P=0.01).",
        [
            G(41, "count|events", "HIV-1 transmissions|transmissions", None),
            G(1.3, "rate|value", "HIV-1 transmissions|transmissions|incidence rate", None),
            G(100, "*", None, None),
            G(0.9, "ci_low", "HIV-1 transmissions|transmissions|incidence rate", None),
            G(1.8, "ci_high", "HIV-1 transmissions|transmissions|incidence rate", None),
            G(29, "count|events", "linked transmissions|virologically linked|linked", None),
            G(0.8, "rate|value", "linked transmissions|virologically linked|linked", None),
            G(100, "*", None, None),
            G(0.6, "ci_low", "linked transmissions|virologically linked|linked", None),
            G(1.2, "ci_high", "linked transmissions|virologically linked|linked", None),
            G(29, "count|events", "linked transmissions|linked", None, True),
            G(1, "count|events", "linked transmissions|transmissions", "early therapy|early-therapy"),
            G(0.05, "hr", "linked transmissions|transmissions|linked", None),
            G(0.02, "ci_low", "linked transmissions|transmissions|linked", None),
            G(0.29, "ci_high", "linked transmissions|transmissions|linked", None),
            G(0.001, "p", "linked transmissions|transmissions|linked", None),
            G(0.61, "hr", "treatment end points|end points", None),
            G(0.42, "ci_low", "treatment end points|end points", None),
            G(0.89, "ci_high", "treatment end points|end points", None),
            G(0.01, "p", "treatment end points|end points", None),
        ],
    ),
    # https://pmc.ncbi.nlm.nih.gov/articles/PMC4060613 (HIV Clin Trials; "EFV produced greater VL declines from
    # baseline at week 4 than ATV/r (median −2.1 vs. −1.9 log10 copies/mL; p<0.001)")
    (
        "Treatment-naive individuals were randomized to one of two nucleoside backbones combined with zevirenz (ZVR) "
        "or atalavir/ritonavir (ATL/r).",
        "Both backbones produced similar week 4 viral load declines in the whole population and in the high viral "
        "load stratum. ZVR produced greater viral load declines from baseline at week 4 than ATL/r (median −2.2 vs. "
        "−1.8 log10 copies/mL; p<0.001). A smaller week 4 viral load decline was associated with a higher risk of "
        "virologic failure.",
        [
            G(4, "*", None, None),
            G(4, "*", None, None),
            G(4, "*", None, None),
            G(-2.2, "median|value", "viral load declines|viral load decline|viral load", "ZVR|zevirenz"),
            G(-1.8, "median|value", "viral load declines|viral load decline|viral load", "ATL/r|atalavir"),
            G(10, "*", None, None),
            G(0.001, "p", "viral load declines|viral load decline|viral load", None),
        ],
    ),
    # https://repub.eur.nl/pub/20179 ("One hundred twenty subjects (58%) met randomization criteria. ... At week 48, 2
    # patients in the TZV group and 5 in the PI group did not have a sustained virologic suppression (log rank test;
    # p=0.379).")
    (
        "Patients with HIV-1 RNA below 50 copies per milliliter after induction were randomized to switch to a "
        "triple-nucleoside regimen (TNR) or to continue the protease inhibitor-containing regimen (PI).",
        "One hundred twenty-four subjects (60%) met randomization criteria. Sixty-three subjects received TNR and 61 "
        "continued the PI regimen. At week 48, 3 patients in the TNR group and 6 in the PI group did not have "
        "sustained virologic suppression (log rank test; p=0.41). CD4 counts increased significantly in both arms.",
        [
            G(124, "count", "met randomization criteria|randomization criteria", None, True),
            G(60, PCT, "met randomization criteria|randomization criteria", None, True),
            G(63, "count", "received|received TNR", "TNR", True),
            G(61, "count", "continued|continued the PI regimen", "PI", True),
            G(48, "*", None, None),
            G(3, "count", "sustained virologic suppression|virologic suppression", "TNR"),
            G(6, "count", "sustained virologic suppression|virologic suppression", "PI"),
            G(0.41, "p", "sustained virologic suppression|virologic suppression", None),
        ],
    ),
    # https://theprogramme.ias2021.org/Abstract/Abstract/2078 ("At Week 144, 99% of participants in the B/F/TAF,
    # DTG/ABC/3TC, and DTG+F/TAF groups had VL <50 c/mL. The percentages with undetectable VL <20 c/mL TND at Week 144
    # were lower for all groups: 71% B/F/TAF, 74% DTG/ABC/3TC, and 72% DTG+F/TAF.")
    (
        "Two phase 3 trials randomized treatment-naive adults to kovegravir (KVG), dolavir (DLV), or dolavir plus "
        "tenalafen (DLV+TAF).",
        "At week 144, 98% of participants in the KVG, DLV and DLV+TAF groups had a viral load <50 c/mL. The "
        "percentages with an undetectable viral load (<20 c/mL, target not detected) at week 144 were lower in all "
        "groups: 70% KVG, 75% DLV, and 73% DLV+TAF.",
        [
            G(144, "*", None, None),
            G(144, "*", None, None),
            G(98, PCT, "viral load <50 c/mL|viral load", "*"),
            G(50, "*", None, None),
            G(20, "*", None, None),
            G(70, PCT, "undetectable viral load|target not detected|undetectable", "KVG"),
            G(75, PCT, "undetectable viral load|target not detected|undetectable", "DLV"),
            G(73, PCT, "undetectable viral load|target not detected|undetectable", "DLV+TAF"),
        ],
    ),
    # https://pmc.ncbi.nlm.nih.gov/articles/PMC4997744 (BMC Musculoskelet Disord; "There was a significantly greater
    # early change in DAS28 (−1.9 vs. −0.2, p < 0.00) ... By 6 weeks, 59 % had achieved either DAS28 remission or low
    # disease activity state, with 74 % achieving either state by 12 weeks.")
    (
        "Patients with early rheumatoid arthritis were started on subcutaneous metholexate at a weekly dose.",
        "One hundred nine patients were included from a single site. There were no dropouts. The early change in "
        "DAS28 was significantly greater than the late change (−1.8 vs. −0.3, p < 0.001). By 6 weeks, 57% had "
        "achieved either DAS28 remission or low disease activity, and 76% had achieved either state by 12 weeks.",
        [
            G(109, "count", "included|patients", None, True),
            G(28, "*", None, None),
            G(28, "*", None, None),
            G(-1.8, "*", "early change in DAS28|change in DAS28|DAS28", None),
            G(-0.3, "*", "late change|change in DAS28|DAS28", None),
            G(0.001, "p", "change in DAS28|DAS28", None),
            G(6, "*", None, None),
            G(57, PCT, "DAS28 remission or low disease activity|remission or low disease activity", None),
            G(76, PCT, "DAS28 remission or low disease activity|remission or low disease activity|either state", None),
            G(12, "*", None, None),
        ],
    ),
    # https://austinpublishinggroup.com/clinical-neurology/fulltext/ajcn-v2-id1052.php ("At 4th week, 62.5% of patients
    # achieved good response while, 37.5% indicated no alteration in their headache frequency and severity ... Five
    # patients (12.5%) experienced mild and short lasting AEs.")
    (
        "Patients with chronic migraine received onabotulin injections at fixed sites.",
        "At week 4, 60.0% of patients achieved a good response, while 40.0% reported no change in headache frequency "
        "or severity. At weeks 8 and 12, 28% and 23%, respectively, had no response to treatment. Six patients "
        "(14.3%) experienced mild, short-lasting adverse events.",
        [
            G(4, "*", None, None),
            G(60.0, PCT, "good response", None),
            G(40.0, PCT, "no change in headache frequency|no change", None),
            G(8, "*", None, None),
            G(12, "*", None, None),
            G(28, PCT, "no response", None),
            G(23, PCT, "no response", None),
            G(6, "count", "adverse events|mild, short-lasting adverse events", None),
            G(14.3, PCT, "adverse events|mild, short-lasting adverse events", None),
        ],
    ),
    # https://mededsciencesolutions.com/abstracts/efficacy-of-biologic-therapy-in-moderate-to-severe-psoriasis/ ("PASI
    # 75 achieved in 89% vs 12% (p<0.001). PASI 90 in 72% vs 4%.")
    (
        "Patients with moderate-to-severe plaque psoriasis were randomized to subcutaneous dermalizumab or placebo.",
        "PASI 75 was achieved in 87% vs 14% of patients (p<0.001). PASI 90 was achieved in 70% vs 5%. Adverse events "
        "were comparable to placebo.",
        [
            G(75, "*", None, None),
            G(87, PCT, "PASI 75", "dermalizumab"),
            G(14, PCT, "PASI 75", "placebo"),
            G(0.001, "p", "PASI 75", None),
            G(90, "*", None, None),
            G(70, PCT, "PASI 90", "dermalizumab"),
            G(5, PCT, "PASI 90", "placebo"),
        ],
    ),
    # https://www.dovepress.com/correlation-of-baseline-visual-acuity-with-outcomes-of-treatment-with--peer-reviewed
    # ("Of eyes with good, intermediate, and poor initial VA, 14.1%, 37.2%, and 58.3% showed an increase in 2 or more
    # lines of vision on LogMAR, respectively [p < 0.001], while 71.8%, 40.7%, and 16.7% of eyes had a final VA of
    # 20/50 or better, respectively [p < 0.001].")
    (
        "Treatment-naive eyes with neovascular AMD treated with anti-VEGF injections were grouped by baseline visual "
        "acuity into good, intermediate and poor initial VA.",
        "A total of 231 eyes were evaluated. Of eyes with good, intermediate, and poor initial VA, 13.6%, 38.0%, and "
        "57.1% gained 2 or more lines of vision on LogMAR, respectively [p < 0.001], while 72.3%, 41.5%, and 15.9% "
        "had a final VA of 20/50 or better, respectively [p < 0.001].",
        [
            G(231, "count", "eyes|evaluated", None, True),
            G(13.6, PCT, "gained 2 or more lines|2 or more lines|lines of vision", "good initial VA|good"),
            G(38.0, PCT, "gained 2 or more lines|2 or more lines|lines of vision", "intermediate"),
            G(57.1, PCT, "gained 2 or more lines|2 or more lines|lines of vision", "poor"),
            G(2, "*", None, None),
            G(0.001, "p", "gained 2 or more lines|lines of vision", None),
            G(72.3, PCT, "final VA of 20/50 or better|final VA", "good initial VA|good"),
            G(41.5, PCT, "final VA of 20/50 or better|final VA", "intermediate"),
            G(15.9, PCT, "final VA of 20/50 or better|final VA", "poor"),
            G(20, "*", None, None),
            G(50, "*", None, None),
            G(0.001, "p", "final VA of 20/50 or better|final VA", None),
        ],
    ),
    # https://www.ajog.org/article/S0002-9378(13)00480-8/fulltext ("fesoterodine was associated with a reduction in
    # total incontinence episodes per day and urgency incontinence episodes per day ... (adjusted mean [SE], 4.6 [0.12]
    # to 1.2 [0.13] and 3.9 [0.11] to 0.9 [0.11], respectively, P < .0001 for both). Most women were satisfied with
    # treatment (89%, 92%, and 93% at 3, 6, and 9 months, respectively). Twenty-six women experienced 28 serious
    # adverse events, 1 of which was considered possibly treatment related.")
    (
        "Women who completed a 12-week randomized trial of vesotorin for urgency incontinence entered a 9-month "
        "open-label continuation study.",
        "Compared with the baseline visit, vesotorin was associated with a reduction in total incontinence episodes "
        "per day and urgency incontinence episodes per day at the end of the open-label study (adjusted mean [SE], "
        "4.7 [0.12] to 1.3 [0.13] and 3.8 [0.11] to 0.8 [0.10], respectively, P < .0001 for both). Most women were "
        "satisfied with treatment (88%, 91%, and 94% at 3, 6, and 9 months, respectively). Twenty-four women "
        "experienced 27 serious adverse events, 1 of which was considered possibly treatment related.",
        [
            G(4.7, EST, "total incontinence episodes per day|total incontinence episodes|incontinence episodes", None),
            G(0.12, "se", "total incontinence episodes per day|total incontinence episodes", None),
            G(1.3, EST, "total incontinence episodes per day|total incontinence episodes|incontinence episodes", None),
            G(0.13, "se", "total incontinence episodes per day|total incontinence episodes", None),
            G(3.8, EST, "urgency incontinence episodes per day|urgency incontinence episodes", None),
            G(0.11, "se", "urgency incontinence episodes per day|urgency incontinence episodes", None),
            G(0.8, EST, "urgency incontinence episodes per day|urgency incontinence episodes", None),
            G(0.10, "se", "urgency incontinence episodes per day|urgency incontinence episodes", None),
            G(0.0001, "p", "*", None),
            G(88, PCT, "satisfied|satisfied with treatment|satisfaction", None),
            G(91, PCT, "satisfied|satisfied with treatment|satisfaction", None),
            G(94, PCT, "satisfied|satisfied with treatment|satisfaction", None),
            G(3, "*", None, None),
            G(6, "*", None, None),
            G(9, "*", None, None),
            G(24, "count", "serious adverse events|women with serious adverse events", None),
            G(27, "count|events", "serious adverse events", None),
            G(1, "count|events", "treatment related|possibly treatment related|serious adverse events", None, True),
        ],
    ),
    # https://pmc.ncbi.nlm.nih.gov/articles/PMC4948067 (Int J Fertil Steril; "The risks of preterm labor less than 34
    # weeks in Proluton and Cyclogest groups were 8.6 and 6.52%, respectively. There was no significant difference for
    # risk of preterm labor less than 34 weeks [relative ratio (RR): 1.31, 95% confidence interval (CI): 0.47- 3.66,
    # P=0.59] between two groups.")
    (
        "Pregnant women with threatened abortion were randomly allocated to vaginal progestin (Gestavel, n=96) or "
        "intramuscular hydroxyprogestin (Hydroprol, n=94).",
        "The risks of preterm labor before 34 weeks in the Hydroprol and Gestavel groups were 8.5% and 6.3%, "
        "respectively. There was no significant difference in the risk of preterm labor before 34 weeks between the "
        "two groups (relative ratio [RR]: 1.35, 95% confidence interval [CI]: 0.45-3.70, P=0.62).",
        [
            G(34, "*", None, None),
            G(34, "*", None, None),
            G(8.5, PCT, "preterm labor|preterm labor before 34 weeks", "Hydroprol"),
            G(6.3, PCT, "preterm labor|preterm labor before 34 weeks", "Gestavel"),
            G(1.35, "rr|value", "preterm labor|preterm labor before 34 weeks", None),
            G(0.45, "ci_low", "preterm labor|preterm labor before 34 weeks", None),
            G(3.70, "ci_high", "preterm labor|preterm labor before 34 weeks", None),
            G(0.62, "p", "preterm labor|preterm labor before 34 weeks", None),
        ],
    ),
    # https://www.dovepress.com/efficacy-and-safety-of-sofosbuvir-based-therapies-in-patients-with-adv-peer-reviewed
    # ("Overall, 71% were men; among them, 54% had cirrhosis and the median age was 53 years. SVR12 was achieved by 82%
    # of the patients receiving SOF+RBV, 92% receiving SOF+DCV, and 79% receiving SOF+SIM.")
    (
        "Patients with advanced fibrosis received sofravir-based interferon-free therapy combined with ribavirin "
        "(SFV+RBV), with dacletavir (SFV+DCT) or with simepavir (SFV+SMP).",
        "A total of 171 treatment-naive and 212 treatment-experienced patients were treated and followed for 2 years. "
        "Overall, 70% were men, 55% had cirrhosis and the median age was 54 years. SVR12 was achieved by 81% of the "
        "patients receiving SFV+RBV, 93% receiving SFV+DCT, and 78% receiving SFV+SMP.",
        [
            G(171, "count", "treatment-naive", None, True),
            G(212, "count", "treatment-experienced", None, True),
            G(2, "*", None, None),
            G(70, PCT, "men|male", None, True),
            G(55, PCT, "cirrhosis", None, True),
            G(54, "median", "age", None, True),
            G(12, "*", None, None),
            G(81, PCT, "SVR12|SVR", "SFV+RBV"),
            G(93, PCT, "SVR12|SVR", "SFV+DCT"),
            G(78, PCT, "SVR12|SVR", "SFV+SMP"),
        ],
    ),
    # http://rc.rcjournal.com/lookup/external-ref?access_num=16820548 (JAMA 2006; "The carbon monoxide-confirmed
    # continuous abstinence rate was significantly higher for the varenicline group than for the placebo group for
    # weeks 13 to 24 (70.5% vs 49.6%; odds ratio [OR], 2.48; 95% confidence interval [CI], 1.95-3.16; P<.001) as well
    # as for weeks 13 to 52 (43.6% vs 36.9%; OR, 1.34; 95% CI, 1.06-1.69; P = .02).")
    (
        "Smokers who had quit after 12 weeks of open-label nicoterine were randomly assigned to 12 more weeks of "
        "nicoterine or of placebo.",
        "The carbon monoxide-confirmed continuous abstinence rate was significantly higher for the nicoterine group "
        "than for the placebo group for weeks 13 to 24 (71.2% vs 48.8%; odds ratio [OR], 2.59; 95% confidence "
        "interval [CI], 2.01-3.33; P<.001) as well as for weeks 13 to 52 (44.1% vs 36.2%; OR, 1.39; 95% CI, "
        "1.10-1.76; P = .006).",
        [
            G(13, "*", None, None),
            G(24, "*", None, None),
            G(71.2, PCT, "continuous abstinence rate|continuous abstinence|abstinence", "nicoterine"),
            G(48.8, PCT, "continuous abstinence rate|continuous abstinence|abstinence", "placebo"),
            G(2.59, "or", "continuous abstinence rate|continuous abstinence|abstinence", None),
            G(2.01, "ci_low", "continuous abstinence rate|continuous abstinence|abstinence", None),
            G(3.33, "ci_high", "continuous abstinence rate|continuous abstinence|abstinence", None),
            G(0.001, "p", "continuous abstinence rate|continuous abstinence|abstinence", None),
            G(13, "*", None, None),
            G(52, "*", None, None),
            G(44.1, PCT, "continuous abstinence rate|continuous abstinence|abstinence", "nicoterine"),
            G(36.2, PCT, "continuous abstinence rate|continuous abstinence|abstinence", "placebo"),
            G(1.39, "or", "continuous abstinence rate|continuous abstinence|abstinence", None),
            G(1.10, "ci_low", "continuous abstinence rate|continuous abstinence|abstinence", None),
            G(1.76, "ci_high", "continuous abstinence rate|continuous abstinence|abstinence", None),
            G(0.006, "p", "continuous abstinence rate|continuous abstinence|abstinence", None),
        ],
    ),
    # https://wbldb.lievers.net/10184459.html (Osteoporos Int; "Risedronate 5 mg reduced the risk of new vertebral
    # fractures by 49% over 3 years compared with control (p<0.001). A significant reduction of 61% was seen within
    # the first year (p= 0.001). ... The risk of nonvertebral fractures was reduced by 33% compared with control over
    # 3 years (p= 0.06).")
    (
        "Postmenopausal women with two or more prevalent vertebral fractures received osteodronate 2.5 or 5 mg/day or "
        "placebo for 3 years.",
        "Osteodronate 5 mg reduced the risk of new vertebral fractures by 47% over 3 years compared with control "
        "(p<0.001). A significant reduction of 58% was seen within the first year (p=0.002). The risk of "
        "nonvertebral fractures was reduced by 31% compared with control over 3 years (p=0.07).",
        [
            G(5, "*", None, None),
            G(47, "*", "new vertebral fractures|vertebral fractures|risk reduction", "osteodronate 5 mg|5 mg"),
            G(3, "*", None, None),
            G(0.001, "p", "new vertebral fractures|vertebral fractures|risk reduction", None),
            G(58, "*", "new vertebral fractures|vertebral fractures|reduction", "*"),
            G(0.002, "p", "new vertebral fractures|vertebral fractures|reduction", None),
            G(31, "*", "nonvertebral fractures", "*"),
            G(3, "*", None, None),
            G(0.07, "p", "nonvertebral fractures", None),
        ],
    ),
    # https://bmcpediatr.biomedcentral.com/articles/10.1186/s12887-015-0434-4 ("the infants in the HS group had a
    # significant reduction (3.57 ± 1.41) in the mean clinical severity score compared to those in the NS group (2.26 ±
    # 1.15); [p < 0.001; CI: 0.78–1.82]. More children in the HS group (n = 35/50; 70.0 %) were eligible for ER/OPD
    # discharge at the end of 2 h than those in the NS group (n = 15/50; 30 %; p < 0.001)")
    (
        "Infants with mild to moderately severe bronchiolitis were randomized to nebulized hypertonic saline (HS "
        "group) or normal saline (NS group).",
        "On an intention-to-treat basis, infants in the HS group had a significant reduction (3.41 ± 1.38) in the "
        "mean clinical severity score compared with those in the NS group (2.19 ± 1.12); [p < 0.001; CI: "
        "0.74–1.70]. More children in the HS group (n = 34/50; 68.0%) were eligible for discharge at the end of 2 h "
        "than those in the NS group (n = 16/50; 32%; p < 0.001).",
        [
            G(3.41, EST, "clinical severity score|severity score", "HS"),
            G(1.38, SPREAD, "clinical severity score|severity score", "HS"),
            G(2.19, EST, "clinical severity score|severity score", "NS"),
            G(1.12, SPREAD, "clinical severity score|severity score", "NS"),
            G(0.001, "p", "clinical severity score|severity score", None),
            G(0.74, "ci_low", "clinical severity score|severity score|difference", None),
            G(1.70, "ci_high", "clinical severity score|severity score|difference", None),
            G(34, "count", "eligible for discharge|discharge", "HS"),
            G(68.0, PCT, "eligible for discharge|discharge", "HS"),
            G(2, "*", None, None),
            G(16, "count", "eligible for discharge|discharge", "NS"),
            G(32, PCT, "eligible for discharge|discharge", "NS"),
            G(0.001, "p", "eligible for discharge|discharge", None),
        ],
    ),
    # https://staging.scite.ai/authors/e-liu-e6mJAY ("The wheezing remission time was 4.8 ± 1.0 days in the NS group
    # and 3.6 ± 0.9 days in the HS group (p <0.01) ... The LOS decreased from 6.4 ± 1.4 days in the NS group to 4.8 ±
    # 1.2 days in the HS group (p <0.01).")
    (
        "Infants with moderate to severe bronchiolitis were randomized to nebulized 3% hypertonic saline (HS) or 0.9% "
        "normal saline (NS).",
        "The wheezing remission time was 4.9 ± 1.1 days in the NS group and 3.5 ± 0.8 days in the HS group (p "
        "<0.01). The cough remission time was 5.6 ± 0.9 days in the NS group and 4.2 ± 0.7 days in the HS group (p "
        "<0.01). The length of stay decreased from 6.3 ± 1.5 days in the NS group to 4.7 ± 1.1 days in the HS group "
        "(p <0.01).",
        [
            G(4.9, EST, "wheezing remission time|wheezing remission", "NS"),
            G(1.1, SPREAD, "wheezing remission time|wheezing remission", "NS"),
            G(3.5, EST, "wheezing remission time|wheezing remission", "HS"),
            G(0.8, SPREAD, "wheezing remission time|wheezing remission", "HS"),
            G(0.01, "p", "wheezing remission time|wheezing remission", None),
            G(5.6, EST, "cough remission time|cough remission", "NS"),
            G(0.9, SPREAD, "cough remission time|cough remission", "NS"),
            G(4.2, EST, "cough remission time|cough remission", "HS"),
            G(0.7, SPREAD, "cough remission time|cough remission", "HS"),
            G(0.01, "p", "cough remission time|cough remission", None),
            G(6.3, EST, "length of stay|LOS", "NS"),
            G(1.5, SPREAD, "length of stay|LOS", "NS"),
            G(4.7, EST, "length of stay|LOS", "HS"),
            G(1.1, SPREAD, "length of stay|LOS", "HS"),
            G(0.01, "p", "length of stay|LOS", None),
        ],
    ),
    # http://www.cjem-online.ca/v12/n6/p477 ("Children in the HS group had a nonsignificant trend toward greater
    # improvement compared with NS controls with a same-day admission rate of 18% (95% confidence interval [CI]
    # 9%-32%) versus 27% (95% CI 16%-42%), respectively.")
    (
        "Children under 2 years with moderately severe bronchiolitis were randomly assigned to nebulized hypertonic "
        "saline (HS) or normal saline (NS).",
        "A total of 84 children were assessed over 91 visits on an intention-to-treat basis. Children in the HS group "
        "had a nonsignificant trend toward greater improvement compared with NS controls, with a same-day admission "
        "rate of 17% (95% confidence interval [CI] 8%-31%) versus 28% (95% CI 17%-43%), respectively.",
        [
            G(84, "count", "children|assessed", None, True),
            G(91, "count", "visits", None, True),
            G(17, PCT, "same-day admission rate|admission rate|admission", "HS"),
            G(8, "ci_low", "same-day admission rate|admission rate|admission", "HS"),
            G(31, "ci_high", "same-day admission rate|admission rate|admission", "HS"),
            G(28, PCT, "same-day admission rate|admission rate|admission", "NS"),
            G(17, "ci_low", "same-day admission rate|admission rate|admission", "NS"),
            G(43, "ci_high", "same-day admission rate|admission rate|admission", "NS"),
        ],
    ),
]
