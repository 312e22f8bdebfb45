"""One endpoint and group given two values of one statistic in one sentence, told apart by a qualifier the sentence
says: who assessed it ("47.3% by investigator assessment and 41.8% by blinded independent central review"), by which
criteria ("per RECIST v1.1 ... per iRECIST"), in which analysis set ("in the intention-to-treat population and ...
in the per-protocol population"), at which analysis ("at the interim analysis and ... at the final analysis"), at
which time point ("at 12 and 24 months were"), in which biomarker subgroup or line of therapy. The wordings were
sampled from published abstracts, result paragraphs and table notes (pages found with the ``search`` tool: pooled
BICR-versus-investigator analyses, a cemiplimab table note "The ORR per investigator review was ...", an IRRC-read
ORR press abstract, an NPC radiotherapy series "the regional control rates at 3 and 5 years were ...", ACTS-GC
"The overall survival rate at 5 years was ...", an adjuvant bladder-cancer table "5-year DFS, ...; 10-year DFS, ...",
a BICR re-read "median PFS in the A arm was ... and in the B arm was ...", PFS1/PFS2 "in the intent-to-treat
population", iRECIST comparisons); drugs and numbers are invented and the grammar kept.

A gold value is ``(statistic, value, endpoint, qualifier, group)``: ``endpoint`` as
:func:`trialex.evaluate.endpoint_matches` reads it, ``qualifier`` a pattern the record's endpoint must carry (the
assessor, criteria, analysis set or analysis that tells the value from its sibling; ``None`` when the endpoint alone
does), ``group`` as :func:`trialex.evaluate.group_matches` reads it (``None``: the whole trial). ``endpoint`` ``None``
is a value to be withheld: a subgroup no record carries (two values told apart by nothing the record keeps).

``SET1`` was gold-written before any change; ``SET2`` (other sources, other grammar) after the fixes. Figures:
tests/extraction/test_prose_two_values.py.
"""

from __future__ import annotations

Gold = tuple[str, float, str | None, str | None, str | None]

INV = r"investigator"
IND = r"independent|BICR|IRC|central"

SET1: list[tuple[str, list[Gold]]] = [
    (
        "The objective response rate was 47.3% by investigator assessment and 41.8% by blinded independent central "
        "review.",
        [("percent", 47.3, "ORR", INV, None), ("percent", 41.8, "ORR", IND, None)],
    ),
    (
        "Median progression-free survival was 11.2 months by independent review and 9.6 months by investigator "
        "assessment.",
        [("median", 11.2, "PFS", IND, None), ("median", 9.6, "PFS", INV, None)],
    ),
    (
        "Median overall survival was 19.4 months in the intention-to-treat population and 21.7 months in the "
        "per-protocol population.",
        [("median", 19.4, "OS", "intention-to-treat", None), ("median", 21.7, "OS", "per-protocol", None)],
    ),
    (
        "The progression-free survival rates at 12 and 24 months were 63.5% and 42.1%, respectively.",
        [("rate", 63.5, "12-month PFS rate", None, None), ("rate", 42.1, "24-month PFS rate", None, None)],
    ),
    (
        "The regional control rates at 3 and 5 years were 91.2% and 88.7%, respectively.",
        [
            ("rate", 91.2, "3-year regional control rate", "regional control", None),
            ("rate", 88.7, "5-year regional control rate", "regional control", None),
        ],
    ),
    (
        "The overall survival rate at 3 years was 78.4% and at 5 years was 66.9%.",
        [("rate", 78.4, "3-year OS rate", None, None), ("rate", 66.9, "5-year OS rate", None, None)],
    ),
    (
        "The ORR per investigator review was 53.6% (95% CI, 40.1% to 66.7%), and per independent central review was "
        "48.2% (95% CI, 35.0% to 61.6%).",
        [("percent", 53.6, "ORR", INV, None), ("percent", 48.2, "ORR", IND, None)],
    ),
    (
        "The ORR was 71.3% (67/94) based on independent review committee assessment and 75.5% (71/94) based on "
        "investigator assessment.",
        [("percent", 71.3, "ORR", IND, None), ("percent", 75.5, "ORR", INV, None)],
    ),
    (
        "The 1-year and 2-year overall survival rates were 82.0% and 64.5%, respectively.",
        [("rate", 82.0, "1-year OS rate", None, None), ("rate", 64.5, "2-year OS rate", None, None)],
    ),
    (
        "Objective response rate per RECIST v1.1 was 28.6% and per iRECIST was 31.0%.",
        [("percent", 28.6, "ORR", r"RECIST v1\.1", None), ("percent", 31.0, "ORR", "iRECIST", None)],
    ),
    (
        "The 5-year DFS was 47% and the 10-year DFS was 35%.",
        [("rate", 47.0, "5-year DFS rate", None, None), ("rate", 35.0, "10-year DFS rate", None, None)],
    ),
    (
        "At the primary analysis, median OS was 16.3 months; at the updated analysis, median OS was 17.9 months.",
        [("median", 16.3, "OS", "primary analysis", None), ("median", 17.9, "OS", "updated analysis", None)],
    ),
    (
        "Median progression-free survival was 8.1 months per RECIST v1.1 and 10.4 months per iRECIST.",
        [("median", 8.1, "PFS", r"RECIST v1\.1", None), ("median", 10.4, "PFS", "iRECIST", None)],
    ),
    (
        "In the per-protocol population, the cure rate was 93.1%, and in the modified intention-to-treat population it "
        "was 88.4%.",
        [
            ("percent", 93.1, "cure rate", "per-protocol", None),
            ("percent", 88.4, "cure rate", "intention-to-treat", None),
        ],
    ),
    (
        "The complete response rate was 38% in patients with PD-L1 expression of 1% or more and 22% in those with "
        "expression below 1%.",
        # a biomarker subgroup said by a threshold: no group rule carries "≥1%" apart from "<1%"
        [("percent", 38.0, None, None, None), ("percent", 22.0, None, None, None)],
    ),
    (
        "Median overall survival was 14.9 months in the second-line setting and 9.8 months in the third-line setting.",
        [("median", 14.9, None, None, None), ("median", 9.8, None, None, None)],
    ),
    (
        "Event-free survival at 2 years was 71.5% and at 3 years was 66.0%.",
        [("rate", 71.5, "2-year EFS rate", None, None), ("rate", 66.0, "3-year EFS rate", None, None)],
    ),
    (
        "The disease control rate was 84.2% by investigator and 79.6% by central review.",
        [("percent", 84.2, "DCR", INV, None), ("percent", 79.6, "DCR", IND, None)],
    ),
    (
        "The estimated overall survival rates at 6 and 12 months were 88% and 73%.",
        [("rate", 88.0, "6-month OS rate", None, None), ("rate", 73.0, "12-month OS rate", None, None)],
    ),
    (
        "Median PFS by BICR was 13.8 months and by investigator was 12.4 months.",
        [("median", 13.8, "PFS", IND, None), ("median", 12.4, "PFS", INV, None)],
    ),
    (
        "The pathological complete response rate was 34.1% in the intention-to-treat population and 37.9% in the "
        "per-protocol population.",
        [
            ("percent", 34.1, "pathological complete response", "intention-to-treat", None),
            ("percent", 37.9, "pathological complete response", "per-protocol", None),
        ],
    ),
    (
        "Median duration of response was 11.1 months by independent central review and 9.7 months by investigator "
        "assessment.",
        [("median", 11.1, "DoR", IND, None), ("median", 9.7, "DoR", INV, None)],
    ),
    (
        "The freedom-from-progression rate was 91% at 2 years and 84% at 5 years.",
        [
            ("rate", 91.0, "2-year freedom-from-progression rate", "freedom", None),
            ("rate", 84.0, "5-year freedom-from-progression rate", "freedom", None),
        ],
    ),
    (
        "Median overall survival was 25.3 months at the interim analysis and 27.8 months at the final analysis.",
        [("median", 25.3, "OS", "interim analysis", None), ("median", 27.8, "OS", "final analysis", None)],
    ),
    (
        "The objective response rate was 62% among patients with EGFR-mutant tumors and 19% among those with "
        "wild-type tumors.",
        [("percent", 62.0, "ORR", None, "EGFR-mutant"), ("percent", 19.0, "ORR", None, "wild-type")],
    ),
    (
        "Median time to progression was 5.4 months with central review and 5.9 months with local review.",
        # an assessor said with "with", the way a group is: withheld is right too; read, it must carry the assessor
        [("median", 5.4, "TTP", "central", None), ("median", 5.9, "TTP", "local", None)],
    ),
]
# other sources (an HCV SVR12 ITT/PP report, an IRC-read single-arm phase 2 press abstract, the ORIENT-2 abstract,
# an NPC series' "5-year rates of ... in all the patients", a BICR re-read's fronted "By BICR analysis"), other grammar
SET2: list[tuple[str, list[Gold]]] = [
    (
        "The SVR12 rate was 96.7% in the intention-to-treat population and 98.3% in the per-protocol population.",
        [("percent", 96.7, "SVR12", "intention-to-treat", None), ("percent", 98.3, "SVR12", "per-protocol", None)],
    ),
    (
        "By IRC assessment, the ORR was 64.2%; by investigator assessment, it was 68.9%.",
        [("percent", 64.2, "ORR", IND, None), ("percent", 68.9, "ORR", INV, None)],
    ),
    (
        "ORR assessed by IRC and by investigators was 52.1% and 55.8%, respectively.",
        [("percent", 52.1, "ORR", IND, None), ("percent", 55.8, "ORR", INV, None)],
    ),
    (
        "As of the data cutoff, the objective response rate was 78.1% based on IRRC review.",
        # the one ORR: the assessor said once is the paper's
        [("percent", 78.1, "ORR", None, None)],
    ),
    (
        "Median PFS was 7.4 months (95% CI, 5.6-9.2) per BICR and 7.9 months (95% CI, 6.1-9.8) per investigator.",
        [("median", 7.4, "PFS", IND, None), ("median", 7.9, "PFS", INV, None)],
    ),
    (
        "The 2-year and 5-year local control rates were 95.1% and 90.3%, respectively.",
        [
            ("rate", 95.1, "2-year local control rate", "local control", None),
            ("rate", 90.3, "5-year local control rate", "local control", None),
        ],
    ),
    (
        "Overall survival at 1 year was 76% and at 2 years 58%.",
        [("rate", 76.0, "1-year OS rate", None, None), ("rate", 58.0, "2-year OS rate", None, None)],
    ),
    (
        "Median OS was 13.2 months in the full analysis set and 13.9 months in the per-protocol set.",
        [("median", 13.2, "OS", "full analysis", None), ("median", 13.9, "OS", "per-protocol", None)],
    ),
    (
        "The complete remission rate was 61% at the end of induction and 74% at the end of consolidation.",
        # a treatment phase no rule keeps with the endpoint: withheld
        [("percent", 61.0, None, None, None), ("percent", 74.0, None, None, None)],
    ),
    (
        "PFS rates at 6 months were 71.2% by investigator assessment and 66.0% by BICR.",
        [("rate", 71.2, "6-month PFS rate", INV, None), ("rate", 66.0, "6-month PFS rate", IND, None)],
    ),
    (
        "The DCR per mRECIST was 88.5% and per RECIST 1.1 was 81.0%.",
        [("percent", 88.5, "DCR", "mRECIST", None), ("percent", 81.0, "DCR", r"\bRECIST 1\.1", None)],
    ),
    (
        "In the ITT population, median OS was 20.6 months; in the PP population, median OS was 22.0 months.",
        [("median", 20.6, "OS", "ITT", None), ("median", 22.0, "OS", r"\bPP\b", None)],
    ),
    (
        "The 5-year rates of locoregional control and progression-free survival in all patients were 86.0% and 71.2%, "
        "respectively.",
        [
            ("rate", 86.0, "5-year locoregional control rate", "locoregional", None),
            ("rate", 71.2, "5-year PFS rate", None, None),
        ],
    ),
    (
        "The 12-month OS rate was 48.3% in the primary analysis and 50.1% in the sensitivity analysis.",
        [("rate", 48.3, "12-month OS rate", "primary", None), ("rate", 50.1, "12-month OS rate", "sensitivity", None)],
    ),
    (
        "Median duration of response was 16.0 months by IRC and 14.2 months by investigator.",
        [("median", 16.0, "DoR", IND, None), ("median", 14.2, "DoR", INV, None)],
    ),
    (
        "The pCR rate was 41% in patients with a Ki-67 index of 20% or higher and 18% in those with an index below "
        "20%.",
        [("percent", 41.0, None, None, None), ("percent", 18.0, None, None, None)],
    ),
]
