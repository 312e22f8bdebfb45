"""Landmark rates and medians whose endpoint is named by a bracket's head or by the value's own clause, not by the
sentence's subject: "Survival outcomes were favourable (12-month PFS rate, 45%; 95% CI, 33–57)", "At 24 months, the
rates were 61% for OS and 38% for PFS", "PFS at 12 months was 45% and OS 78%", "the estimated 2-year EFS and OS
rates were 71% (95% CI 60–80) and 85% (76–91)", "median OS was not reached; the 18-month OS rate was ...", "with
1-year rates of 52% (PFS) and 80% (OS)", and medians "median DoR (95% CI): 11.2 months (8.3–NR)", "PFS (median, 7.4
months; 95% CI, 5.6–9.1)". The forms are those of single-arm and randomized oncology abstracts (a result paragraph of
landmark rates and medians, ASCO / ESMO abstract style with colons and bracketed heads). Drugs, numbers and wording
are invented; every gold was written before any paragraph was read back.

Conventions: those of tests/extraction/prose_bracketheads_corpus.py, scored by
tests/extraction/prose_medians2_score.py (a landmark time is part of the endpoint and must be said alike; a landmark
time read as a number of its own is no result: endpoint ``None``; a CI is of its value's endpoint and group; a P value
is ``"*"`` and optional; a hazard ratio and its CI are of the endpoint its head or subject names, group ``"*"``).

``CORPUS`` was gathered and gold-written before any change; ``SECOND`` after the fixes (figures:
tests/extraction/test_prose_landmarks2.py).
"""

from __future__ import annotations

from tests.extraction.prose_sampled_forms_corpus import Entry, G

TWO = "Patients were randomly assigned in a 1:1 ratio to receive velotinib or placebo."
ONE = "Patients received orbicizumab intravenously every 3 weeks until disease progression or unacceptable toxicity."

RATE = "percent|rate"


def pfs(time: str = "") -> str:
    return "|".join(f"{time}{e}".strip() for e in ("progression-free survival", "PFS"))


def os_(time: str = "") -> str:
    return "|".join(f"{time}{e}".strip() for e in ("overall survival", "OS"))


def efs(time: str = "") -> str:
    return "|".join(f"{time}{e}".strip() for e in ("event-free survival", "EFS"))


def dfs(time: str = "") -> str:
    return "|".join(f"{time}{e}".strip() for e in ("disease-free survival", "DFS"))


def dor() -> str:
    return "duration of response|DoR"


def ci(low: float, high: float, endpoint: str, group: str | None) -> list[G]:
    return [G(low, "ci_low", endpoint, group), G(high, "ci_high", endpoint, group)]


def t(value: float) -> G:
    """A landmark time printed as a number: no result."""
    return G(value, "*", None, None)


def p(value: float) -> G:
    return G(value, "p", "*", "*", True)


# fmt: off
CORPUS: list[Entry] = [
    # 1. a bracket of one landmark head and its CI after a subject that names no endpoint of its own
    (
        ONE,
        "Survival outcomes were favourable (12-month PFS rate, 45%; 95% CI, 33–57), and no new safety signals "
        "were seen.",
        [t(12), G(45, RATE, pfs("12-month "), None), *ci(33, 57, pfs("12-month "), None)],
    ),
    # 2. the subject names one endpoint, the bracket head another
    (
        ONE,
        "Overall survival was encouraging (18-month OS rate, 61.2%; 95% CI, 50.4–70.3) and progression-free "
        "survival was durable (12-month PFS rate, 38.5%; 95% CI, 28.1–48.8).",
        [
            t(18), G(61.2, RATE, os_("18-month "), None), *ci(50.4, 70.3, os_("18-month "), None),
            t(12), G(38.5, RATE, pfs("12-month "), None), *ci(28.1, 48.8, pfs("12-month "), None),
        ],
    ),
    # 3. a fronted landmark time, the endpoints each named after its value ("61% for OS")
    (
        ONE,
        "At 24 months, the rates were 61% for OS and 38% for PFS.",
        [t(24), G(61, RATE, os_("24-month "), None), G(38, RATE, pfs("24-month "), None)],
    ),
    # 4. the same, spelled out, in one arm of a randomized trial
    (
        TWO,
        "At 2 years, the rates in the velotinib group were 72.4% for overall survival and 51.0% for "
        "progression-free survival.",
        [
            t(2), G(72.4, RATE, os_("2-year "), "velotinib"),
            G(51.0, RATE, pfs("2-year "), "velotinib"),
        ],
    ),
    # 5. a gapped second clause: "PFS at 12 months was 45% and OS 78%"
    (
        ONE,
        "PFS at 12 months was 45% and OS 78%.",
        [t(12), G(45, RATE, pfs("12-month "), None), G(78, RATE, os_("12-month "), None)],
    ),
    # 6. two endpoints of one landmark, paired by order, each value with its CI
    (
        ONE,
        "With a median follow-up of 30.2 months, the estimated 2-year EFS and OS rates were 71% (95% CI 60–80) "
        "and 85% (76–91).",
        [
            G(30.2, "median", "follow-up", None, True),
            t(2), G(71, RATE, efs("2-year "), None), *ci(60, 80, efs("2-year "), None),
            G(85, RATE, os_("2-year "), None), *ci(76, 91, os_("2-year "), None),
        ],
    ),
    # 7. the same pairing with "respectively"
    (
        ONE,
        "The 3-year DFS and OS rates were 68.2% and 84.7%, respectively.",
        [t(3), G(68.2, RATE, dfs("3-year "), None), G(84.7, RATE, os_("3-year "), None)],
    ),
    # 8. a median not reached, then a clause that names its own landmark endpoint
    (
        ONE,
        "Median OS was not reached; the 18-month OS rate was 74% (95% CI, 63–82).",
        [t(18), G(74, RATE, os_("18-month "), None), *ci(63, 82, os_("18-month "), None)],
    ),
    # 9. a median of one endpoint, then a landmark of another in the next clause
    (
        ONE,
        "Median PFS was 9.2 months (95% CI, 7.4–11.0), and the 12-month OS rate was 70.3% (95% CI, 61.5–77.4).",
        [
            G(9.2, "median", pfs(), None), *ci(7.4, 11.0, pfs(), None),
            t(12), G(70.3, RATE, os_("12-month "), None), *ci(61.5, 77.4, os_("12-month "), None),
        ],
    ),
    # 10. the endpoint bracketed after each value: "1-year rates of 52% (PFS) and 80% (OS)"
    (
        ONE,
        "Responses were durable, with 1-year rates of 52% (PFS) and 80% (OS).",
        [t(1), G(52, RATE, pfs("1-year "), None), G(80, RATE, os_("1-year "), None)],
    ),
    # 11. a median with its CI after a colon, "NR" as the upper limit
    (
        ONE,
        "The ORR was 42% (95% CI, 33–51); median DoR (95% CI): 11.2 months (8.3–NR).",
        [
            G(42, "percent", "objective response rate|ORR", None), *ci(33, 51, "objective response rate|ORR", None),
            G(11.2, "median", dor(), None), G(8.3, "ci_low", dor(), None),
        ],
    ),
    # 12. medians given as "Endpoint (median, x months; 95% CI, ...)"
    (
        ONE,
        "Survival outcomes were as follows: PFS (median, 7.4 months; 95% CI, 5.6–9.1) and OS (median, 15.2 months; "
        "95% CI, 12.8–18.0).",
        [
            G(7.4, "median", pfs(), None), *ci(5.6, 9.1, pfs(), None),
            G(15.2, "median", os_(), None), *ci(12.8, 18.0, os_(), None),
        ],
    ),
    # 13. a randomized landmark head in a bracket after a subject that names no endpoint
    (
        TWO,
        "Velotinib improved outcomes over placebo (18-month PFS rate, 52.3% vs 31.0%; hazard ratio for progression "
        "or death, 0.55; 95% CI, 0.41–0.74).",
        [
            t(18), G(52.3, RATE, pfs("18-month "), "velotinib"), G(31.0, RATE, pfs("18-month "), "placebo"),
            G(0.55, "hr", pfs() + "|progression or death", "*"),
            *ci(0.41, 0.74, pfs() + "|progression or death", "*"),
        ],
    ),
    # 14. two landmark endpoints over two arms, paired by order within each arm
    (
        TWO,
        "The 3-year DFS and OS rates were 78.4% and 90.1% in the velotinib group and 66.0% and 85.2% in the "
        "placebo group.",
        [
            t(3),
            G(78.4, RATE, dfs("3-year "), "velotinib"), G(90.1, RATE, os_("3-year "), "velotinib"),
            G(66.0, RATE, dfs("3-year "), "placebo"), G(85.2, RATE, os_("3-year "), "placebo"),
        ],
    ),
    # 15. the subject's clause names one endpoint, the landmark clause after "; " another
    (
        TWO,
        "Overall survival was similar in the two groups; the 2-year PFS rate was 44% with velotinib and 30% with "
        "placebo.",
        [t(2), G(44, RATE, pfs("2-year "), "velotinib"), G(30, RATE, pfs("2-year "), "placebo")],
    ),
    # 16. a median and a landmark of one endpoint (the control: the subject is right)
    (
        ONE,
        "Median OS was 21.4 months (95% CI, 18.0–25.1), and the 24-month OS rate was 45.2%.",
        [
            G(21.4, "median", os_(), None), *ci(18.0, 25.1, os_(), None),
            t(24), G(45.2, RATE, os_("24-month "), None),
        ],
    ),
    # 17. a median not reached, two landmark endpoints paired by "respectively"
    (
        ONE,
        "The median EFS was not reached, and the 3-year EFS and OS rates were 68% and 82%, respectively.",
        [t(3), G(68, RATE, efs("3-year "), None), G(82, RATE, os_("3-year "), None)],
    ),
    # 18. "with a 12-month OS rate of x and a 12-month PFS rate of y" after a subject about responses
    (
        ONE,
        "Treatment with orbicizumab produced durable responses, with a 12-month OS rate of 71% and a 12-month PFS "
        "rate of 40%.",
        [t(12), G(71, RATE, os_("12-month "), None), t(12), G(40, RATE, pfs("12-month "), None)],
    ),
    # 19. a median head in a bracket after a subject naming the responses
    (
        ONE,
        "Responses were durable (median DoR, 14.1 months; 95% CI, 10.2–19.6).",
        [G(14.1, "median", dor(), None), *ci(10.2, 19.6, dor(), None)],
    ),
    # 20. a randomized median head with "vs" and a hazard ratio in the same bracket
    (
        TWO,
        "Overall survival favoured velotinib (median OS, 24.1 vs 18.3 months; HR 0.72, 95% CI 0.58–0.90).",
        [
            G(24.1, "median", os_(), "velotinib"), G(18.3, "median", os_(), "placebo"),
            G(0.72, "hr", os_(), "*"), *ci(0.58, 0.90, os_(), "*"),
        ],
    ),
    # 21. the 12-month rates of one endpoint, then another endpoint's rates in a clause after "; "
    (
        TWO,
        "The 12-month PFS rates were 45% (95% CI, 36–54) with velotinib and 27% (95% CI, 19–36) with placebo; OS at "
        "12 months was 80% and 72%, respectively.",
        [
            t(12),
            G(45, RATE, pfs("12-month "), "velotinib"), *ci(36, 54, pfs("12-month "), "velotinib"),
            G(27, RATE, pfs("12-month "), "placebo"), *ci(19, 36, pfs("12-month "), "placebo"),
            t(12), G(80, RATE, os_("12-month "), "velotinib"), G(72, RATE, os_("12-month "), "placebo"),
        ],
    ),
    # 22. "whereas" coordinating two landmark clauses of two endpoints
    (
        ONE,
        "The 5-year OS was 62% (95% CI, 55–68), whereas the 5-year DFS was 51% (95% CI, 44–58).",
        [
            t(5), G(62, RATE, os_("5-year "), None), *ci(55, 68, os_("5-year "), None),
            t(5), G(51, RATE, dfs("5-year "), None), *ci(44, 58, dfs("5-year "), None),
        ],
    ),
    # 23. a hazard ratio of the subject, then landmark rates of another endpoint paired with the groups
    (
        TWO,
        "Disease-free survival did not differ (hazard ratio, 0.94; 95% CI, 0.70–1.26), with 3-year OS rates of 88% "
        "and 86% in the velotinib and placebo groups, respectively.",
        [
            G(0.94, "hr", dfs(), "*"), *ci(0.70, 1.26, dfs(), "*"),
            t(3), G(88, RATE, os_("3-year "), "velotinib"), G(86, RATE, os_("3-year "), "placebo"),
        ],
    ),
    # 24. a colon head with the landmark time and the endpoint, abstract style
    (
        ONE,
        "Efficacy results were mature. 12-month OS rate (95% CI): 66.7% (55.1–76.0).",
        [t(12), G(66.7, RATE, os_("12-month "), None), *ci(55.1, 76.0, os_("12-month "), None)],
    ),
]
# fmt: on

# written after the fixes of CORPUS, gold first: other orders, three endpoints, "while", colon heads, runs closed by
# "with X", a bracket of two heads
# fmt: off
SECOND: list[Entry] = [
    # a bracket of a landmark head and a median head, each with its CI after "; "
    (
        ONE,
        "Efficacy was notable (24-month OS rate, 58.0%; 95% CI, 46.3–68.0; median PFS, 8.1 months; 95% CI, "
        "6.0–10.4).",
        [
            t(24), G(58.0, RATE, os_("24-month "), None), *ci(46.3, 68.0, os_("24-month "), None),
            G(8.1, "median", pfs(), None), *ci(6.0, 10.4, pfs(), None),
        ],
    ),
    # three endpoints each named "for X" after its rate
    (
        ONE,
        "At 3 years, rates were 74.1% for DFS, 81.5% for EFS and 90.2% for OS.",
        [
            t(3), G(74.1, RATE, dfs("3-year "), None), G(81.5, RATE, efs("3-year "), None),
            G(90.2, RATE, os_("3-year "), None),
        ],
    ),
    # the gapped clause, OS first
    (
        ONE,
        "OS at 24 months was 66% and PFS 41%.",
        [t(24), G(66, RATE, os_("24-month "), None), G(41, RATE, pfs("24-month "), None)],
    ),
    # coordinated endpoints, each rate with its CI, "Kaplan-Meier estimated"
    (
        ONE,
        "The Kaplan-Meier estimated 1-year PFS and OS rates were 62.5% (95% CI, 51.0–72.0) and 88.0% (95% CI, "
        "79.2–93.2).",
        [
            t(1), G(62.5, RATE, pfs("1-year "), None), *ci(51.0, 72.0, pfs("1-year "), None),
            G(88.0, RATE, os_("1-year "), None), *ci(79.2, 93.2, os_("1-year "), None),
        ],
    ),
    # runs of two rates each closed by "with X"
    (
        TWO,
        "The 2-year OS and PFS rates were 81% and 59% with velotinib and 70% and 42% with placebo.",
        [
            t(2),
            G(81, RATE, os_("2-year "), "velotinib"), G(59, RATE, pfs("2-year "), "velotinib"),
            G(70, RATE, os_("2-year "), "placebo"), G(42, RATE, pfs("2-year "), "placebo"),
        ],
    ),
    # a median not reached, then two landmark clauses of two endpoints
    (
        ONE,
        "Median DFS was not reached; the 3-year DFS rate was 77.5% (95% CI, 70.1–83.3) and the 3-year OS rate was "
        "91.0%.",
        [
            t(3), G(77.5, RATE, dfs("3-year "), None), *ci(70.1, 83.3, dfs("3-year "), None),
            t(3), G(91.0, RATE, os_("3-year "), None),
        ],
    ),
    # a median of one endpoint, "while" a landmark of another
    (
        ONE,
        "Median OS was 14.3 months (95% CI, 11.9–17.0), while the 12-month PFS rate was 33%.",
        [
            G(14.3, "median", os_(), None), *ci(11.9, 17.0, os_(), None),
            t(12), G(33, RATE, pfs("12-month "), None),
        ],
    ),
    # each rate's endpoint bracketed after it
    (
        ONE,
        "Outcomes were sustained, with 2-year rates of 47% (EFS) and 69% (OS).",
        [t(2), G(47, RATE, efs("2-year "), None), G(69, RATE, os_("2-year "), None)],
    ),
    # a colon head of a median and its CI
    (
        ONE,
        "In the efficacy population, the ORR was 31%. Median PFS (95% CI): 6.9 months (5.5–8.3).",
        [
            G(31, "percent", "objective response rate|ORR", None),
            G(6.9, "median", pfs(), None), *ci(5.5, 8.3, pfs(), None),
        ],
    ),
    # two endpoints each with its median bracket, compared
    (
        ONE,
        "OS (median, 19.8 months; 95% CI, 16.1–23.4) was longer than PFS (median, 6.2 months; 95% CI, 5.1–7.6).",
        [
            G(19.8, "median", os_(), None), *ci(16.1, 23.4, os_(), None),
            G(6.2, "median", pfs(), None), *ci(5.1, 7.6, pfs(), None),
        ],
    ),
    # a median head spelled out, its CI's upper bound not reached
    (
        ONE,
        "Responses were long-lasting (median duration of response, 17.5 months; 95% CI, 12.0–NR).",
        [G(17.5, "median", dor(), None), G(12.0, "ci_low", dor(), None)],
    ),
    # a randomized landmark head with "vs" and a hazard ratio for death
    (
        TWO,
        "Survival favoured velotinib (24-month OS rate, 63.4% vs 51.2%; hazard ratio for death, 0.71; 95% CI, "
        "0.56–0.90).",
        [
            t(24), G(63.4, RATE, os_("24-month "), "velotinib"), G(51.2, RATE, os_("24-month "), "placebo"),
            G(0.71, "hr", os_() + "|death", "*"), *ci(0.56, 0.90, os_() + "|death", "*"),
        ],
    ),
    # two landmark clauses of two endpoints over two arms, "whereas"
    (
        TWO,
        "The 18-month EFS rate was 56.2% with velotinib versus 40.8% with placebo, whereas the 18-month OS rate was "
        "80.1% versus 76.5%.",
        [
            t(18), G(56.2, RATE, efs("18-month "), "velotinib"), G(40.8, RATE, efs("18-month "), "placebo"),
            t(18), G(80.1, RATE, os_("18-month "), "velotinib"), G(76.5, RATE, os_("18-month "), "placebo"),
        ],
    ),
    # two colon heads in one line
    (
        ONE,
        "Survival was as follows. 12-month PFS rate (95% CI): 41.3% (32.0–50.3); 12-month OS rate (95% CI): 72.8% "
        "(63.9–79.8).",
        [
            t(12), G(41.3, RATE, pfs("12-month "), None), *ci(32.0, 50.3, pfs("12-month "), None),
            t(12), G(72.8, RATE, os_("12-month "), None), *ci(63.9, 79.8, os_("12-month "), None),
        ],
    ),
    # the rate's clause names its endpoint after a "; ", the subject another
    (
        TWO,
        "Progression-free survival favoured velotinib; OS at 18 months was 71% with velotinib and 64% with placebo.",
        [t(18), G(71, RATE, os_("18-month "), "velotinib"), G(64, RATE, os_("18-month "), "placebo")],
    ),
]
# fmt: on
