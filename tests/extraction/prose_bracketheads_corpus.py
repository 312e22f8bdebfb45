"""Values inside a bracket that names its own endpoint: a sentence whose subject names one endpoint ("The rate of
investigator-assessed progression-free survival was higher with A than with B") and a bracket whose semicolon-
separated parts each open with a head naming another, or a more specific, one before their values ("(12-month
event-free survival rate, 68.4% [95% CI, ...] with A vs. 48.7% [...] with B; hazard ratio for disease progression
or death, 0.47 [...]; P<0.001)"). A part that opens with a head ("12-month event-free survival rate, ...", "median
overall survival, ...", "hazard ratio for death, ...", "ORR: ...", "difference, ...") labels its own values; the
sentence's subject labels only the parts that name nothing ("(median, 13.8 vs. 9.6 months; ...)").

The forms are those of randomized-trial abstracts (the NEJM / Lancet "Results" paragraph: an outcome compared, then a
bracket of its statistics); forms were checked against public pages found with the search tool (cited beside each
entry where one showed the form). Drugs, numbers and wording are invented; every gold was written before any
paragraph was read back.

Variants: landmark rates, medians, ORR / CR rates, HR / OR / RR, differences, P values; one or two arms; heads with
and without a landmark time; bracket parts in different orders; "vs." / "versus" / "and"; a head that repeats the
subject; nested square brackets for CIs.

Conventions (those of tests/extraction/prose_medians2_corpus.py, scored by tests/extraction/prose_medians2_score.py,
with a time point part of the endpoint): a landmark time is no result (endpoint ``None``); a ratio, a difference and
their interval are of the part's head, else of the sentence's outcome, group ``"*"``; a P value is ``"*"`` and
optional (which outcome a bare "P<0.001" is of is not what this corpus samples).

``CORPUS`` was gathered and gold-written before any change; ``SECOND`` after the fixes (figures:
tests/extraction/test_prose_bracketheads.py).
"""

from __future__ import annotations

from tests.extraction.prose_sampled_forms_corpus import Entry, G


def ci(low: float, high: float, endpoint: str, group: str | None) -> list[G]:
    return [G(low, "ci_low", endpoint, group), G(high, "ci_high", endpoint, group)]


def ratio(kind: str, endpoint: str, value: float, low: float, high: float) -> list[G]:
    return [G(value, kind, endpoint, "*"), *ci(low, high, endpoint, "*")]


def p(value: float) -> G:
    return G(value, "p", "*", "*", True)


PFS = "progression-free survival|disease progression or death|progression or death"
OS = "overall survival|death"
RATE = "percent|rate"

# fmt: off
CORPUS: list[Entry] = [
    # the landmark head that names another endpoint than the subject (the form of tests/extraction/
    # prose_medians2_corpus.py's ALEX entry, re-written with other drugs and numbers)
    (
        "Patients with ALK-positive NSCLC were randomly assigned to receive velotinib or crizotinib.",
        "The rate of investigator-assessed progression-free survival was significantly higher with velotinib than "
        "with crizotinib (12-month event-free survival rate, 71.2% [95% CI, 64.0 to 78.3] with velotinib vs. 50.6% "
        "[95% CI, 42.1 to 59.0] with crizotinib; hazard ratio for disease progression or death, 0.44 [95% CI, 0.32 "
        "to 0.61]; P<0.001).",
        [
            G(12, "*", None, None),
            G(71.2, RATE, "12-month event-free survival", "velotinib"),
            *ci(64.0, 78.3, "12-month event-free survival", "velotinib"),
            G(50.6, RATE, "12-month event-free survival", "crizotinib"),
            *ci(42.1, 59.0, "12-month event-free survival", "crizotinib"),
            *ratio("hr", PFS, 0.44, 0.32, 0.61),
            p(0.001),
        ],
    ),
    # a bare "median," head: the subject labels it (form: delfini.org/blog/?tag=hazard-ratio, "(24 months in the
    # drug A group vs. 19 months in the placebo group)")
    (
        "Patients with previously treated NSCLC were randomly assigned to receive caderizumab or docetaxel.",
        "Overall survival was longer with caderizumab than with docetaxel (median, 13.8 months vs. 9.6 months; "
        "hazard ratio for death, 0.71; 95% CI, 0.58 to 0.86; P<0.001).",
        [
            G(13.8, "median", "overall survival", "caderizumab"),
            G(9.6, "median", "overall survival", "docetaxel"),
            *ratio("hr", OS, 0.71, 0.58, 0.86),
            p(0.001),
        ],
    ),
    # a head that repeats the subject
    (
        "Patients were randomly assigned to receive ralimetinib (ralimetinib group) or placebo (placebo group).",
        "Progression-free survival was significantly longer in the ralimetinib group than in the placebo group "
        "(median progression-free survival, 11.2 months vs. 5.4 months; hazard ratio for progression or death, 0.52; "
        "95% CI, 0.41 to 0.66; P<0.001).",
        [
            G(11.2, "median", "progression-free survival", "ralimetinib"),
            G(5.4, "median", "progression-free survival", "placebo"),
            *ratio("hr", PFS, 0.52, 0.41, 0.66),
            p(0.001),
        ],
    ),
    # two heads, each more specific than the subject
    (
        "Patients were randomly assigned to receive tesolimab plus chemotherapy or chemotherapy alone.",
        "The response rate was higher with tesolimab plus chemotherapy than with chemotherapy alone (objective "
        "response rate, 48.3% vs. 29.7%; complete response rate, 12.1% vs. 4.0%; odds ratio for objective response, "
        "2.21; 95% CI, 1.54 to 3.17).",
        [
            G(48.3, RATE, "objective response", "tesolimab plus chemotherapy"),
            G(29.7, RATE, "objective response", "chemotherapy alone"),
            G(12.1, RATE, "complete response", "tesolimab plus chemotherapy"),
            G(4.0, RATE, "complete response", "chemotherapy alone"),
            *ratio("or", "objective response", 2.21, 1.54, 3.17),
        ],
    ),
    # the ratio first, the landmark part last
    (
        "Patients with advanced hepatocellular carcinoma were randomly assigned to receive brenatinib or sorafenib.",
        "Overall survival was significantly longer with brenatinib than with sorafenib (hazard ratio for death, "
        "0.63; 95% CI, 0.49 to 0.81; P<0.001; 18-month overall survival rate, 57.4% vs. 43.9%).",
        [
            *ratio("hr", OS, 0.63, 0.49, 0.81),
            p(0.001),
            G(18, "*", None, None),
            G(57.4, RATE, "18-month overall survival", "brenatinib"),
            G(43.9, RATE, "18-month overall survival", "sorafenib"),
        ],
    ),
    # colon heads, the subject no endpoint at all
    (
        "Patients were randomly assigned to receive lorbazumab (lorbazumab group) or investigator's choice of "
        "chemotherapy (chemotherapy group).",
        "Efficacy favored the lorbazumab group over the chemotherapy group (ORR: 36.5% vs. 18.2%; median duration of "
        "response: 14.7 months vs. 7.9 months).",
        [
            G(36.5, RATE, "ORR|objective response", "lorbazumab"),
            G(18.2, RATE, "ORR|objective response", "chemotherapy"),
            G(14.7, "median", "duration of response", "lorbazumab"),
            G(7.9, "median", "duration of response", "chemotherapy"),
        ],
    ),
    # a "difference," head after parts that name nothing
    (
        "Patients with chronic HCV infection were randomly assigned to receive ombravir or placebo for 12 weeks.",
        "The percentage of patients with a sustained virologic response was higher with ombravir than with placebo "
        "(91.3% vs. 68.9%; difference, 22.4 percentage points; 95% CI, 15.1 to 29.7; P<0.001).",
        [
            G(12, "*", None, None),
            G(91.3, RATE, "sustained virologic response", "ombravir"),
            G(68.9, RATE, "sustained virologic response", "placebo"),
            G(22.4, "value", "sustained virologic response|difference", "*"),
            *ci(15.1, 29.7, "sustained virologic response|difference", "*"),
            p(0.001),
        ],
    ),
    # one arm: two heads, the subject no endpoint
    (
        "Patients with RET fusion-positive cancers received selvortinib orally twice daily.",
        "The primary end point was met (confirmed objective response rate, 41.0% [95% CI, 33.2 to 49.1]; median "
        "duration of response, 11.3 months [95% CI, 8.4 to 15.0]).",
        [
            G(41.0, RATE, "confirmed objective response", None),
            *ci(33.2, 49.1, "confirmed objective response", None),
            G(11.3, "median", "duration of response", None),
            *ci(8.4, 15.0, "duration of response", None),
        ],
    ),
    # "and" between the arms' values, a landmark head without "rate"
    (
        "Patients with resectable NSCLC were randomly assigned to receive perioperative pemvolimab (pemvolimab group) "
        "or placebo (placebo group).",
        "Event-free survival was longer in the pemvolimab group than in the placebo group (24-month event-free "
        "survival, 62.4% and 40.8%; hazard ratio for an event or death, 0.58; 95% CI, 0.46 to 0.73; P<0.001).",
        [
            G(24, "*", None, None),
            G(62.4, RATE, "24-month event-free survival", "pemvolimab"),
            G(40.8, RATE, "24-month event-free survival", "placebo"),
            *ratio("hr", "event-free survival|event or death", 0.58, 0.46, 0.73),
            p(0.001),
        ],
    ),
    # "versus" and nested square brackets, the subject itself landmarked
    (
        "Patients with BRCA-mutated ovarian cancer were randomly assigned to receive zanoparib or placebo.",
        "Overall survival at 24 months was higher with zanoparib than with placebo (24-month overall survival, 58.1% "
        "[95% CI, 52.0 to 63.7] versus 45.6% [95% CI, 39.4 to 51.6]; hazard ratio for death, 0.69 [95% CI, 0.55 to "
        "0.86]).",
        [
            G(24, "*", None, None),
            G(58.1, RATE, "24-month overall survival", "zanoparib"),
            *ci(52.0, 63.7, "24-month overall survival", "zanoparib"),
            G(45.6, RATE, "24-month overall survival", "placebo"),
            *ci(39.4, 51.6, "24-month overall survival", "placebo"),
            *ratio("hr", OS, 0.69, 0.55, 0.86),
        ],
    ),
    # a head naming another endpoint than the subject, no landmark
    (
        "Patients were randomly assigned to receive tivozumab plus fulvestrant or placebo plus fulvestrant.",
        "The benefit in progression-free survival was accompanied by longer survival with tivozumab (median overall "
        "survival, 19.6 vs. 15.1 months; hazard ratio for death, 0.78; 95% CI, 0.64 to 0.95; P=0.01).",
        [
            G(19.6, "median", "overall survival", "tivozumab"),
            G(15.1, "median", "overall survival", "placebo"),
            *ratio("hr", OS, 0.78, 0.64, 0.95),
            p(0.01),
        ],
    ),
    # a statistic head ("incidence,") that names no endpoint, then a relative risk
    (
        "Participants were randomly assigned to receive two doses of the vaccine (vaccine group) or saline "
        "placebo (placebo group).",
        "Symptomatic Covid-19 occurred less often in the vaccine group than in the placebo group (incidence, 0.8% vs. "
        "3.9%; relative risk, 0.21; 95% CI, 0.13 to 0.33).",
        [
            G(0.8, "percent|rate", "symptomatic Covid-19", "vaccine"),
            G(3.9, "percent|rate", "symptomatic Covid-19", "placebo"),
            *ratio("rr", "symptomatic Covid-19", 0.21, 0.13, 0.33),
        ],
    ),
    # two landmark heads, one naming the subject's endpoint and one another
    (
        "Patients with resected EGFR-mutated NSCLC were randomly assigned to receive osilertinib or placebo.",
        "Disease-free survival was longer with osilertinib than with placebo (3-year disease-free survival rate, "
        "84.2% vs. 61.5%; 3-year overall survival rate, 93.0% vs. 88.4%).",
        [
            G(3, "*", None, None),
            G(84.2, RATE, "3-year disease-free survival", "osilertinib"),
            G(61.5, RATE, "3-year disease-free survival", "placebo"),
            G(93.0, RATE, "3-year overall survival", "osilertinib"),
            G(88.4, RATE, "3-year overall survival", "placebo"),
        ],
    ),
    # an odds ratio head after a rate head that repeats the subject
    (
        "Patients with early triple-negative breast cancer were randomly assigned to receive neoadjuvant durvelimab "
        "plus chemotherapy or placebo plus chemotherapy.",
        "Pathological complete response was more frequent with durvelimab (pathological complete response rate, "
        "31.4% vs. 17.8%; odds ratio, 2.12; 95% CI, 1.38 to 3.25; P<0.001).",
        [
            G(31.4, RATE, "pathological complete response", "durvelimab"),
            G(17.8, RATE, "pathological complete response", "placebo"),
            *ratio("or", "pathological complete response", 2.12, 1.38, 3.25),
            p(0.001),
        ],
    ),
    # a median head, "versus", groups said after the values
    (
        "Patients with metastatic colorectal cancer were randomly assigned to receive fruvatinib or placebo.",
        "Fruvatinib improved progression-free survival (median progression-free survival, 3.9 months with "
        "fruvatinib versus 1.8 months with placebo; hazard ratio for progression or death, 0.31; 95% CI, 0.25 to "
        "0.39; P<0.001).",
        [
            G(3.9, "median", "progression-free survival", "fruvatinib"),
            G(1.8, "median", "progression-free survival", "placebo"),
            *ratio("hr", PFS, 0.31, 0.25, 0.39),
            p(0.001),
        ],
    ),
    # a landmark head naming another endpoint after a median part that names nothing
    (
        "Patients with mantle-cell lymphoma were randomly assigned to receive acabrutinib plus rituximab or "
        "rituximab alone.",
        "Progression-free survival was longer with acabrutinib plus rituximab (median, 38.2 months vs. 21.0 months; "
        "30-month overall survival rate, 81.6% vs. 72.3%).",
        [
            G(38.2, "median", "progression-free survival", "acabrutinib plus rituximab"),
            G(21.0, "median", "progression-free survival", "rituximab alone"),
            G(30, "*", None, None),
            G(81.6, RATE, "30-month overall survival", "acabrutinib plus rituximab"),
            G(72.3, RATE, "30-month overall survival", "rituximab alone"),
        ],
    ),
]
# fmt: on

# written after the fixes, gold first
# fmt: off
SECOND: list[Entry] = [
    # a landmark head naming another endpoint, groups said in words after each value
    (
        "Patients with previously untreated melanoma were randomly assigned to receive relatumab plus nivolumab "
        "(combination group) or nivolumab alone (monotherapy group).",
        "Progression-free survival was longer in the combination group (12-month overall survival rate, 77.4% in "
        "the combination group and 70.2% in the monotherapy group; hazard ratio for progression or death, 0.75; 95% "
        "CI, 0.62 to 0.92; P=0.006).",
        [
            G(12, "*", None, None),
            G(77.4, RATE, "12-month overall survival", "combination"),
            G(70.2, RATE, "12-month overall survival", "monotherapy"),
            *ratio("hr", PFS, 0.75, 0.62, 0.92),
            p(0.006),
        ],
    ),
    # a colon head with a confirmation, one arm, nested square brackets
    (
        "Patients with KRAS G12C-mutated NSCLC received sotorafenib 960 mg once daily.",
        "Responses were durable (confirmed ORR: 37.1% [95% CI, 28.6 to 46.2]; disease control rate: 80.6% [95% CI, "
        "72.6 to 87.2]).",
        [
            G(960, "*", None, None),
            G(37.1, RATE, "confirmed ORR|confirmed objective response", None),
            *ci(28.6, 46.2, "confirmed ORR|confirmed objective response", None),
            G(80.6, RATE, "disease control", None),
            *ci(72.6, 87.2, "disease control", None),
        ],
    ),
    # a head without a landmark naming another endpoint than the subject, then a bare difference
    (
        "Patients with relapsed myeloma were randomly assigned to receive daratuzumab plus dexamethasone or "
        "dexamethasone alone.",
        "Progression-free survival favored daratuzumab (complete response or better, 28.9% vs. 9.6%; difference, "
        "19.3 percentage points; 95% CI, 12.0 to 26.6).",
        [
            G(28.9, RATE, "complete response or better", "daratuzumab"),
            G(9.6, RATE, "complete response or better", "dexamethasone alone"),
            G(19.3, "value", "complete response or better|difference", "*"),
            *ci(12.0, 26.6, "complete response or better|difference", "*"),
        ],
    ),
    # a median head naming another endpoint before a landmark part that names nothing
    (
        "Patients were randomly assigned to receive ivodenib or placebo.",
        "Overall survival was longer with ivodenib (median time to treatment failure, 7.1 vs. 3.0 months; at 12 "
        "months, 44.0% vs. 20.7%).",
        [
            G(7.1, "median", "time to treatment failure", "ivodenib"),
            G(3.0, "median", "time to treatment failure", "placebo"),
            G(12, "*", None, None),
            G(44.0, RATE, "12-month overall survival|overall survival at 12 months", "ivodenib"),
            G(20.7, RATE, "12-month overall survival|overall survival at 12 months", "placebo"),
        ],
    ),
    # a head that repeats the subject in its abbreviation, "versus"
    (
        "Patients were randomly assigned to receive cabozanib or everolimus.",
        "The objective response rate was higher with cabozanib than with everolimus (ORR, 21% versus 5%; odds ratio, "
        "5.1; 95% CI, 2.4 to 10.8; P<0.001).",
        [
            G(21, RATE, "ORR|objective response", "cabozanib"),
            G(5, RATE, "ORR|objective response", "everolimus"),
            *ratio("or", "ORR|objective response", 5.1, 2.4, 10.8),
            p(0.001),
        ],
    ),
]
# fmt: on
