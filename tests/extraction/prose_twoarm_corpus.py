"""Prose comparisons of two (or three) arms whose groups are named once, by the sentence's subject or an earlier
clause, and whose values follow in a bracket or a later clause: "Velotinib improved outcomes over placebo (18-month
PFS rate, 52.3% vs 31.0%; HR 0.61, 95% CI 0.48-0.77)", "..., whereas the 12-month OS rate was 68.0% versus 61.5%",
"; OS at 12 months was 80% and 72%, respectively", "the rates in the placebo group were 70.3% for OS and 40.2% for
PFS", "Compared with placebo, velotinib reduced the risk of progression or death by 39% (HR 0.61 ...)", "ORR was 45%
in the velotinib arm and 30% in the placebo arm", "ORR: 45% (velotinib) vs 30% (placebo)", three arms "40%, 35% and
20%". The forms are those of randomized oncology abstracts; drugs, numbers and wording are invented; every gold was
written before any paragraph was read back.

The rule the gold follows: a value pair "x vs y" is of the groups in the order the sentence (its subject, or the
clause before) named them only when exactly that many groups were named, in an order that is plain ("A over B",
"A vs B", "with A and B", "A compared with B", "compared with B, A"); a ratio, difference or reduction after them is
of no arm. Otherwise the values are to be withheld: gold group ``NOGROUP`` (matches no record: any record of that
value is wrong, a finding is right). Three groups named and two values, groups named only in the design paragraph,
and a comparator that is another trial's historical control are such cases (a value of another trial: endpoint
``None``, kept out or withheld).

Conventions: those of tests/extraction/prose_landmarks2_corpus.py, scored by tests/extraction/prose_medians2_score.py
(a landmark time printed as a number is no result; a P value is optional; a ratio is of any group, ``"*"``).

``CORPUS`` was gathered and gold-written before any change; ``SECOND`` after the fixes, ``THIRD`` for the forms
SECOND left withheld, ``FOURTH`` after those fixes (figures:
tests/extraction/test_prose_twoarm.py).
"""

from __future__ import annotations

from tests.extraction.prose_landmarks2_corpus import RATE, ci, dfs, dor, efs, os_, p, pfs, t
from tests.extraction.prose_sampled_forms_corpus import Entry, G

TWO = "Patients were randomly assigned in a 1:1 ratio to receive velotinib or placebo."
ACTIVE = "Patients were randomly assigned in a 1:1 ratio to receive dorvalimab or sunitinib."
THREE = "Patients were randomly assigned in a 1:1:1 ratio to receive lentarizumab, velotinib, or placebo."
ONE = "Patients received orbicizumab intravenously every 3 weeks until disease progression or unacceptable toxicity."

NOGROUP = "withheld only"
ORR = "objective response|ORR"
DCR = "disease control|DCR"
CR = "complete response|CR"


def ratio(kind: str, endpoint: str, value: float, low: float, high: float) -> list[G]:
    return [G(value, kind, endpoint, "*"), *ci(low, high, endpoint, "*")]


# fmt: off
CORPUS: list[Entry] = [
    # 1. "A improved outcomes over B (landmark head, x% vs y%; HR ...)"
    (
        TWO,
        "Velotinib improved outcomes over placebo (18-month PFS rate, 52.3% vs 31.0%; HR 0.61, 95% CI 0.48-0.77).",
        [
            t(18), G(52.3, RATE, pfs("18-month "), "velotinib"), G(31.0, RATE, pfs("18-month "), "placebo"),
            *ratio("hr", pfs(), 0.61, 0.48, 0.77),
        ],
    ),
    # 2. "longer with A than with B (median OS, x vs y months; hazard ratio, ...)"
    (
        TWO,
        "Overall survival was longer with velotinib than with placebo (median OS, 24.1 vs 18.3 months; hazard ratio, "
        "0.72; 95% CI, 0.58 to 0.90).",
        [
            G(24.1, "median", os_(), "velotinib"), G(18.3, "median", os_(), "placebo"),
            *ratio("hr", os_(), 0.72, 0.58, 0.90),
        ],
    ),
    # 3. a second clause "whereas ... x% versus y%" whose groups the first clause names
    (
        TWO,
        "Median PFS was 9.2 months with velotinib and 5.1 months with placebo, whereas the 12-month OS rate was 68.0% "
        "versus 61.5%.",
        [
            G(9.2, "median", pfs(), "velotinib"), G(5.1, "median", pfs(), "placebo"),
            t(12), G(68.0, RATE, os_("12-month "), "velotinib"), G(61.5, RATE, os_("12-month "), "placebo"),
        ],
    ),
    # 4. "; the DCR was x% and y%, respectively" after a clause with A and B
    (
        TWO,
        "The objective response rate was 41% with velotinib and 18% with placebo; the disease control rate was 77% "
        "and 52%, respectively.",
        [
            G(41, RATE, ORR, "velotinib"), G(18, RATE, ORR, "placebo"),
            G(77, RATE, DCR, "velotinib"), G(52, RATE, DCR, "placebo"),
        ],
    ),
    # 5. the group fronted, the endpoints after the values
    (
        TWO,
        "At 2 years, the rates in the placebo group were 70.3% for overall survival and 40.2% for progression-free "
        "survival.",
        [t(2), G(70.3, RATE, os_("2-year "), "placebo"), G(40.2, RATE, pfs("2-year "), "placebo")],
    ),
    # 6. "Compared with B, A reduced the risk ... by 39% (HR ...)": a reduction and a ratio, no arm
    (
        TWO,
        "Compared with placebo, velotinib reduced the risk of progression or death by 39% (HR 0.61; 95% CI, "
        "0.48-0.77; P<0.001).",
        [
            G(39, "*", pfs() + "|progression or death", "*", True),
            *ratio("hr", pfs() + "|progression or death", 0.61, 0.48, 0.77), p(0.001),
        ],
    ),
    # 7. "x% in the A arm and y% in the B arm"
    (
        TWO,
        "ORR was 45% in the velotinib arm and 30% in the placebo arm.",
        [G(45, RATE, ORR, "velotinib"), G(30, RATE, ORR, "placebo")],
    ),
    # 8. "ORR: x% (A) vs y% (B)"
    (
        TWO,
        "ORR: 45% (velotinib) vs 30% (placebo); DCR: 80% (velotinib) vs 62% (placebo).",
        [
            G(45, RATE, ORR, "velotinib"), G(30, RATE, ORR, "placebo"),
            G(80, RATE, DCR, "velotinib"), G(62, RATE, DCR, "placebo"),
        ],
    ),
    # 9. three arms, "respectively"
    (
        THREE,
        "Objective response rates in the lentarizumab, velotinib and placebo groups were 40%, 35% and 20%, "
        "respectively.",
        [G(40, RATE, ORR, "lentarizumab"), G(35, RATE, ORR, "velotinib"), G(20, RATE, ORR, "placebo")],
    ),
    # 10. three arms after a colon head
    (
        THREE,
        "ORR with lentarizumab, velotinib and placebo: 40%, 35% and 20%.",
        [G(40, RATE, ORR, "lentarizumab"), G(35, RATE, ORR, "velotinib"), G(20, RATE, ORR, "placebo")],
    ),
    # 11. negative: three groups named, two values
    (
        THREE,
        "Velotinib and lentarizumab each improved progression-free survival over placebo (12-month PFS rate, 48% vs "
        "30%).",
        [t(12), G(48, RATE, pfs("12-month "), NOGROUP), G(30, RATE, pfs("12-month "), NOGROUP)],
    ),
    # 12. negative: the groups named only in another paragraph
    (
        TWO,
        "The 12-month PFS rate was 52% vs 33% (HR 0.64; 95% CI, 0.50-0.82).",
        [
            t(12), G(52, RATE, pfs("12-month "), NOGROUP), G(33, RATE, pfs("12-month "), NOGROUP),
            *ratio("hr", pfs(), 0.64, 0.50, 0.82),
        ],
    ),
    # 13. negative: "A vs B" where B is the historical control of another trial
    (
        ONE,
        "Orbicizumab prolonged progression-free survival compared with the historical control of the KESTREL trial "
        "(median PFS, 7.9 vs 4.1 months).",
        [G(7.9, "median", pfs(), "*"), G(4.1, "median", None, None)],
    ),
    # 14. a difference after the arms' values
    (
        TWO,
        "Velotinib was superior to placebo for the primary end point (ORR, 44.8% vs 20.1%; difference, 24.7 "
        "percentage points; 95% CI, 15.2 to 34.1).",
        [
            G(44.8, RATE, ORR, "velotinib"), G(20.1, RATE, ORR, "placebo"),
            G(24.7, "value", ORR + "|difference", "*"), *ci(15.2, 34.1, ORR + "|difference", "*"),
        ],
    ),
    # 15. "A compared with B" as the subject, the endpoint in the verb phrase
    (
        TWO,
        "Velotinib compared with placebo prolonged median PFS (11.0 vs 5.6 months; HR 0.48; 95% CI, 0.37-0.62).",
        [
            G(11.0, "median", pfs(), "velotinib"), G(5.6, "median", pfs(), "placebo"),
            *ratio("hr", pfs(), 0.48, 0.37, 0.62),
        ],
    ),
    # 16. two clauses both closed by "respectively", the groups said in the first
    (
        TWO,
        "Median PFS was 11.0 and 5.6 months with velotinib and placebo, respectively; OS at 12 months was 80% and "
        "72%, respectively.",
        [
            G(11.0, "median", pfs(), "velotinib"), G(5.6, "median", pfs(), "placebo"),
            t(12), G(80, RATE, os_("12-month "), "velotinib"), G(72, RATE, os_("12-month "), "placebo"),
        ],
    ),
    # 17. "as compared with B", two brackets of pairs
    (
        TWO,
        "Treatment with velotinib, as compared with placebo, resulted in a higher ORR (36% vs 12%) and a longer "
        "median duration of response (9.7 vs 5.5 months).",
        [
            G(36, RATE, ORR, "velotinib"), G(12, RATE, ORR, "placebo"),
            G(9.7, "median", dor(), "velotinib"), G(5.5, "median", dor(), "placebo"),
        ],
    ),
    # 18. two active arms, two brackets after the endpoints
    (
        ACTIVE,
        "Dorvalimab improved the ORR over sunitinib (42% vs 27%) and the complete response rate (9% vs 3%).",
        [
            G(42, RATE, ORR, "dorvalimab"), G(27, RATE, ORR, "sunitinib"),
            G(9, RATE, CR, "dorvalimab"), G(3, RATE, CR, "sunitinib"),
        ],
    ),
    # 19. "A vs B:" colon head, then the endpoint's values
    (
        ACTIVE,
        "Dorvalimab vs sunitinib: median PFS, 12.4 vs 8.3 months; HR 0.69 (95% CI 0.56-0.85).",
        [
            G(12.4, "median", pfs(), "dorvalimab"), G(8.3, "median", pfs(), "sunitinib"),
            *ratio("hr", pfs(), 0.69, 0.56, 0.85),
        ],
    ),
    # 20. negative: a historical control arm of another trial in a two-arm trial
    (
        TWO,
        "The ORR with velotinib exceeded that of the historical control arm of the CASTOR trial (45% vs 25%).",
        [G(45, RATE, ORR, "velotinib"), G(25, RATE, None, None)],
    ),
    # 21. the order reversed: B named first
    (
        TWO,
        "Placebo was inferior to velotinib for progression-free survival (median PFS, 4.9 vs 10.3 months).",
        [G(4.9, "median", pfs(), "placebo"), G(10.3, "median", pfs(), "velotinib")],
    ),
    # 22. "With B and A, ... respectively": reversed, fronted
    (
        TWO,
        "With placebo and velotinib, the 12-month PFS rates were 28% and 50%, respectively.",
        [t(12), G(28, RATE, pfs("12-month "), "placebo"), G(50, RATE, pfs("12-month "), "velotinib")],
    ),
    # 23. negative: two groups compared with a third, one value pair
    (
        THREE,
        "Compared with placebo, lentarizumab and velotinib prolonged median PFS (9.1 vs 4.4 months).",
        [G(9.1, "median", pfs(), NOGROUP), G(4.4, "median", pfs(), NOGROUP)],
    ),
    # 24. a reduction with its ratio, then a clause of rates without "respectively"
    (
        TWO,
        "Velotinib reduced the risk of death by 28% compared with placebo (hazard ratio, 0.72; 95% CI, 0.58-0.90); "
        "24-month OS rates were 55.1% and 44.3%.",
        [
            G(28, "*", os_() + "|death", "*", True), *ratio("hr", os_() + "|death", 0.72, 0.58, 0.90),
            t(24), G(55.1, RATE, os_("24-month "), "velotinib"), G(44.3, RATE, os_("24-month "), "placebo"),
        ],
    ),
    # 25. an odds ratio after the pair, "than"
    (
        TWO,
        "Velotinib was associated with a higher ORR than placebo (41.2% vs. 16.7%; odds ratio, 3.51; 95% CI, "
        "2.10-5.86).",
        [
            G(41.2, RATE, ORR, "velotinib"), G(16.7, RATE, ORR, "placebo"),
            *ratio("or", ORR, 3.51, 2.10, 5.86),
        ],
    ),
    # 26. the groups in a bracket after the endpoint's head
    (
        TWO,
        "Median OS (velotinib vs placebo) was 24.1 vs 18.3 months (HR 0.74; 95% CI 0.60-0.91).",
        [
            G(24.1, "median", os_(), "velotinib"), G(18.3, "median", os_(), "placebo"),
            *ratio("hr", os_(), 0.74, 0.60, 0.91),
        ],
    ),
    # 27. an EFS landmark pair after a subject "A over B", a second bracket of medians
    (
        ACTIVE,
        "Event-free survival favoured dorvalimab over sunitinib (24-month EFS rate, 58% vs 41%), and overall "
        "survival also favoured dorvalimab over sunitinib (median OS, 31.2 vs 25.0 months).",
        [
            t(24), G(58, RATE, efs("24-month "), "dorvalimab"), G(41, RATE, efs("24-month "), "sunitinib"),
            G(31.2, "median", os_(), "dorvalimab"), G(25.0, "median", os_(), "sunitinib"),
        ],
    ),
]
# fmt: on

# written after the fixes: new variants of the forms, new negative cases
# fmt: off
SECOND: list[Entry] = [
    (
        TWO,
        "Velotinib was superior to placebo with respect to the 12-month EFS rate (61.2% vs 44.0%; hazard ratio for "
        "an event, 0.66; 95% CI, 0.52 to 0.84).",
        [
            t(12), G(61.2, RATE, efs("12-month "), "velotinib"), G(44.0, RATE, efs("12-month "), "placebo"),
            *ratio("hr", efs() + "|event", 0.66, 0.52, 0.84),
        ],
    ),
    (
        ACTIVE,
        "Compared with sunitinib, dorvalimab improved the objective response rate (39% vs 24%) and median PFS (10.8 "
        "vs 7.0 months).",
        [
            G(39, RATE, ORR, "dorvalimab"), G(24, RATE, ORR, "sunitinib"),
            G(10.8, "median", pfs(), "dorvalimab"), G(7.0, "median", pfs(), "sunitinib"),
        ],
    ),
    (
        TWO,
        "Median OS was 26.0 months in the velotinib group and 20.4 months in the placebo group, whereas the 24-month "
        "OS rate was 53% versus 42%.",
        [
            G(26.0, "median", os_(), "velotinib"), G(20.4, "median", os_(), "placebo"),
            t(24), G(53, RATE, os_("24-month "), "velotinib"), G(42, RATE, os_("24-month "), "placebo"),
        ],
    ),
    (
        TWO,
        "ORR was 52% (velotinib) and 23% (placebo); CR rate, 11% (velotinib) vs 2% (placebo).",
        [
            G(52, RATE, ORR, "velotinib"), G(23, RATE, ORR, "placebo"),
            G(11, RATE, CR, "velotinib"), G(2, RATE, CR, "placebo"),
        ],
    ),
    (
        THREE,
        "The disease control rates with lentarizumab, velotinib, and placebo were 81%, 74%, and 49%, respectively.",
        [G(81, RATE, DCR, "lentarizumab"), G(74, RATE, DCR, "velotinib"), G(49, RATE, DCR, "placebo")],
    ),
    # negative: two groups set against a third, one pair
    (
        THREE,
        "Lentarizumab and velotinib were both superior to placebo (ORR, 38% vs 15%).",
        [G(38, RATE, ORR, NOGROUP), G(15, RATE, ORR, NOGROUP)],
    ),
    # negative: no group named in the paragraph
    (
        TWO,
        "Response rates were 47% vs 21% (odds ratio, 3.3; 95% CI, 2.0 to 5.4).",
        [
            G(47, RATE, ORR + "|response", NOGROUP), G(21, RATE, ORR + "|response", NOGROUP),
            *ratio("or", ORR + "|response", 3.3, 2.0, 5.4),
        ],
    ),
    # negative: the comparator is another study's cohort
    (
        ONE,
        "Orbicizumab produced a higher ORR than docetaxel in the historical REVEL cohort (34% vs 13%).",
        [G(34, RATE, ORR, "*"), G(13, RATE, None, None)],
    ),
    (
        TWO,
        "The 3-year rates in the velotinib arm were 77.5% for disease-free survival and 88.2% for overall survival.",
        [t(3), G(77.5, RATE, dfs("3-year "), "velotinib"), G(88.2, RATE, os_("3-year "), "velotinib")],
    ),
    (
        ACTIVE,
        "Dorvalimab versus sunitinib: ORR, 44% vs 29%; median DoR, 15.1 vs 9.8 months.",
        [
            G(44, RATE, ORR, "dorvalimab"), G(29, RATE, ORR, "sunitinib"),
            G(15.1, "median", dor(), "dorvalimab"), G(9.8, "median", dor(), "sunitinib"),
        ],
    ),
    (
        TWO,
        "The 18-month PFS rate was higher with velotinib than with placebo (47.9% vs. 28.3%), and the 18-month OS rate "
        "was 79.4% vs. 72.0%.",
        [
            t(18), G(47.9, RATE, pfs("18-month "), "velotinib"), G(28.3, RATE, pfs("18-month "), "placebo"),
            t(18), G(79.4, RATE, os_("18-month "), "velotinib"), G(72.0, RATE, os_("18-month "), "placebo"),
        ],
    ),
    (
        TWO,
        "Velotinib reduced the risk of disease progression or death by 45% as compared with placebo (hazard ratio, "
        "0.55; 95% CI, 0.43 to 0.70); median PFS was 13.8 and 7.2 months, respectively.",
        [
            G(45, "*", pfs() + "|disease progression or death", "*", True),
            *ratio("hr", pfs() + "|disease progression or death", 0.55, 0.43, 0.70),
            G(13.8, "median", pfs(), "velotinib"), G(7.2, "median", pfs(), "placebo"),
        ],
    ),
    # negative: two groups against a third, fronted
    (
        THREE,
        "With velotinib and lentarizumab versus placebo, the 12-month PFS rates were 50% and 30%.",
        [t(12), G(50, RATE, pfs("12-month "), NOGROUP), G(30, RATE, pfs("12-month "), NOGROUP)],
    ),
    (
        ACTIVE,
        "Sunitinib was inferior to dorvalimab in overall survival (median, 21.0 vs 28.3 months; HR 0.77; 95% CI "
        "0.63–0.94).",
        [
            G(21.0, "median", os_(), "sunitinib"), G(28.3, "median", os_(), "dorvalimab"),
            *ratio("hr", os_(), 0.77, 0.63, 0.94),
        ],
    ),
    (
        TWO,
        "The 2-year OS rates were 70% and 61% in the velotinib and placebo groups.",
        [t(2), G(70, RATE, os_("2-year "), "velotinib"), G(61, RATE, os_("2-year "), "placebo")],
    ),
]
# fmt: on

# THIRD: the forms SECOND left withheld, in new wording, gold written before any read-back (a ratio's endpoint
# read from its own clause's head, a second clause's bracket head, a ratio after "with respect to the <landmark>",
# a pair "x and y in the A and B groups" with no "respectively"), with negative cases
# fmt: off
THIRD: list[Entry] = [
    (
        ACTIVE,
        "Dorvalimab vs sunitinib: median PFS 8.1 vs 5.5 months; HR 0.69 (95% CI 0.55-0.86).",
        [
            G(8.1, "median", pfs(), "dorvalimab"), G(5.5, "median", pfs(), "sunitinib"),
            *ratio("hr", pfs(), 0.69, 0.55, 0.86),
        ],
    ),
    (
        TWO,
        "Velotinib improved PFS over placebo (median, 11.2 vs 6.0 months), and overall survival also favoured "
        "velotinib over placebo (median OS, 24.1 vs 18.3 months; HR 0.72, 95% CI 0.58-0.90).",
        [
            G(11.2, "median", pfs(), "velotinib"), G(6.0, "median", pfs(), "placebo"),
            G(24.1, "median", os_(), "velotinib"), G(18.3, "median", os_(), "placebo"),
            *ratio("hr", os_(), 0.72, 0.58, 0.90),
        ],
    ),
    (
        ACTIVE,
        "Dorvalimab was superior to sunitinib with respect to the 12-month EFS rate (HR 0.61; 95% CI, 0.47 to 0.79).",
        [t(12), *ratio("hr", efs(), 0.61, 0.47, 0.79)],
    ),
    (
        TWO,
        "The 12-month PFS rates were 48% and 29% in the velotinib and placebo groups.",
        [t(12), G(48, RATE, pfs("12-month "), "velotinib"), G(29, RATE, pfs("12-month "), "placebo")],
    ),
    (
        ACTIVE,
        "Objective responses occurred in 41% and 27% of patients in the dorvalimab and sunitinib groups.",
        [G(41, RATE, ORR + "|response", "dorvalimab"), G(27, RATE, ORR + "|response", "sunitinib")],
    ),
    # negative: three values, two groups
    (
        TWO,
        "The ORR, DCR and CR rate were 45%, 70% and 8% in the velotinib and placebo groups.",
        [
            G(45, RATE, ORR, NOGROUP), G(70, RATE, DCR, NOGROUP), G(8, RATE, CR, NOGROUP),
        ],
    ),
    # negative: two values, three groups named together
    (
        THREE,
        "The ORRs were 40% and 22% in the lentarizumab, velotinib and placebo groups.",
        [G(40, RATE, ORR, NOGROUP), G(22, RATE, ORR, NOGROUP)],
    ),
    # negative: another value in the clause beside the pair
    (
        TWO,
        "Among 320 patients, the 2-year OS rates were 66% and 58% in the velotinib and placebo groups.",
        [G(320, "*", "*", "*", True), t(2), G(66, RATE, os_("2-year "), NOGROUP), G(58, RATE, os_("2-year "), NOGROUP)],
    ),
]
# fmt: on

# FOURTH: new variants written after THIRD's fixes (gold before read-back)
# fmt: off
FOURTH: list[Entry] = [
    (
        TWO,
        "Velotinib versus placebo: 18-month OS rate, 71% vs 60%; hazard ratio, 0.74 (95% CI, 0.59 to 0.93).",
        [
            t(18), G(71, RATE, os_("18-month "), "velotinib"), G(60, RATE, os_("18-month "), "placebo"),
            *ratio("hr", os_(), 0.74, 0.59, 0.93),
        ],
    ),
    (
        ACTIVE,
        "Complete responses occurred in 12% and 5% of patients in the dorvalimab and sunitinib arms.",
        [G(12, RATE, CR + "|complete response", "dorvalimab"), G(5, RATE, CR + "|complete response", "sunitinib")],
    ),
    (
        ACTIVE,
        "Dorvalimab prolonged PFS over sunitinib (median, 9.6 vs 6.1 months), and the duration of response also "
        "favoured dorvalimab over sunitinib (median DoR, 14.0 vs 8.2 months).",
        [
            G(9.6, "median", pfs(), "dorvalimab"), G(6.1, "median", pfs(), "sunitinib"),
            G(14.0, "median", dor(), "dorvalimab"), G(8.2, "median", dor(), "sunitinib"),
        ],
    ),
    # negative: a third value in the clause beside the pair
    (
        TWO,
        "The ORRs were 44% and 19% in the velotinib and placebo groups, with a difference of 25 percentage points.",
        [G(44, RATE, ORR, NOGROUP), G(19, RATE, ORR, NOGROUP), G(25, "*", "*", "*", True)],
    ),
]
# fmt: on
