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

SECOND: list[Entry] = []
