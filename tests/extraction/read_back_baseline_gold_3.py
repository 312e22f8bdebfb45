"""What must be read from tests/typeset/read_back/baseline-sampled-3.html (first set) and baseline-sampled-4.html
(second set): baseline tables in the forms of published trial reports (NEJM, JAMA Oncology, Lancet Oncology, BJC,
a clinical-pharmacology journal, BMJ, Cancer Medicine, single-population tables; the address beside each in the
HTML), numbers and drugs ours. Written from the HTML before each page was first read back; format of
tests/extraction/read_back_gold.py (row path -> {(column words, statistic): value}). Cells that say nothing a reader
could file ("NR", "—", a "<1%" share) are not listed."""

from __future__ import annotations

from tests.extraction.read_back_gold import Cells, Gold


def _per(arms: tuple[str, ...], stats: tuple[str, ...], *values: tuple[float, ...]) -> Cells:
    """One tuple of values per arm, in the order of ``stats``."""
    return {(arm, stat): v for arm, vs in zip(arms, values, strict=True) for stat, v in zip(stats, vs, strict=True)}


_NP = ("count", "percent")
_NDP = ("count", "denominator", "percent")
_RANGE = ("median", "min", "max")
_IQR = ("median", "q1", "q3")
_MSR = ("mean", "sd", "min", "max")

# Table 1: NEJM
_T1 = ("Ovarelimab plus Chemotherapy", "Chemotherapy Alone")
_DIST = ("Age", "Distribution — no. (%)")
_SEX1, _ECOG1 = "Sex — no. (%)", "ECOG performance-status score — no. (%)"
_PDL1 = "PD-L1 expression level — no./total no. (%)"
TABLE_1: Gold = {
    ("Age", "Median (range) — yr"): _per(_T1, _RANGE, (62, 38, 80), (64, 29, 85)),
    (*_DIST, "<65 yr"): _per(_T1, _NP, (118, 55.7), (104, 49.8)),
    (*_DIST, "≥65 yr"): _per(_T1, _NP, (94, 44.3), (105, 50.2)),
    (_SEX1, "Male"): _per(_T1, _NP, (151, 71.2), (146, 69.9)),
    (_SEX1, "Female"): _per(_T1, _NP, (61, 28.8), (63, 30.1)),
    (_ECOG1, "0"): _per(_T1, _NP, (140, 66.0), (131, 62.7)),
    (_ECOG1, "1"): _per(_T1, _NP, (72, 34.0), (78, 37.3)),
    (_PDL1, "<1%"): _per(_T1, _NDP, (83, 204, 40.7), (79, 200, 39.5)),
    (_PDL1, "≥1%"): _per(_T1, _NDP, (121, 204, 59.3), (121, 200, 60.5)),
    ("Body-mass index",): _per(_T1, ("mean", "sd"), (26.1, 4.3), (25.8, 4.6)),
}

# Table 2: JAMA Oncology, "No. (%)" once over the arms
_T2 = ("Tavolimab + doxorubicin", "Placebo + doxorubicin")
_AGE2, _TPS = "Age, median (range), y", "Tumor proportion score, No./total (%)"
TABLE_2: Gold = {
    (_AGE2,): _per(_T2, _RANGE, (58.0, 21, 84), (57.0, 19, 81)),
    (_AGE2, "<65"): _per(_T2, _NP, (171, 69.0), (178, 70.9)),
    (_AGE2, "≥65"): _per(_T2, _NP, (77, 31.0), (73, 29.1)),
    ("Sex", "Male"): _per(_T2, _NP, (105, 42.3), (101, 40.2)),
    ("Sex", "Female"): _per(_T2, _NP, (143, 57.7), (150, 59.8)),
    ("Hispanic or Latino ethnicity",): _per(_T2, _NP, (27, 10.9), (25, 10.0)),
    ("Duration of disease, median (range), mo",): _per(_T2, _RANGE, (10.7, 0, 244), (12.1, 0, 187)),
    (_TPS, "<1%"): _per(_T2, _NDP, (189, 240, 78.8), (196, 243, 80.7)),
    (_TPS, "≥1%"): _per(_T2, _NDP, (51, 240, 21.3), (47, 243, 19.3)),
}

# Table 3: Lancet Oncology, the statistics told only by the legend; an Overall column
_T3 = ("Sintilizumab plus chemotherapy", "Chemotherapy", "Overall")
_SINT, _CHEMO, _ALL = _T3
TABLE_3: Gold = {
    ("Age, years",): _per(_T3, _IQR, (61.5, 55, 69), (62.8, 57, 70), (62.0, 56, 70)),
    ("Sex", "Male"): _per(_T3, _NP, (25, 39), (27, 44), (52, 42)),
    ("Sex", "Female"): _per(_T3, _NP, (39, 61), (34, 56), (73, 58)),
    ("Ethnic origin", "White"): _per(_T3, _NP, (51, 80), (55, 90), (106, 85)),
    ("Ethnic origin", "Asian"): _per(_T3, _NP, (7, 11), (6, 10), (13, 10)),
    ("Ethnic origin", "Black or African American"): _per((_SINT, _ALL), _NP, (6, 9), (6, 5)) | {(_CHEMO, "count"): 0},
    ("ECOG performance status", "0"): _per(_T3, _NP, (26, 41), (30, 49), (56, 45)),
    ("ECOG performance status", "1"): _per(_T3, _NP, (38, 59), (31, 51), (69, 55)),
    ("EML4-ALK translocation", "Positive"): _per((_SINT,), _NP, (1, 2)) | {(_CHEMO, "count"): 0, (_ALL, "count"): 1},
    ("EML4-ALK translocation", "Negative"): _per(_T3, _NP, (63, 98), (61, 100), (124, 99)),
}

# Table 4: BJC, statistic rows under a characteristic heading
_T4 = ("Study group", "Control group")
_AGE4, _BSA = "Age (years)", "Body surface area (m2), n (%)"
TABLE_4: Gold = {
    ("Country of enrolment, n (%)", "Japan"): _per(_T4, _NP, (98, 55.7), (95, 55.9)),
    ("Country of enrolment, n (%)", "Korea"): _per(_T4, _NP, (78, 44.3), (75, 44.1)),
    (_AGE4, "Median"): _per(_T4, ("median",), (56,), (53.5,)),
    (_AGE4, "Range"): _per(_T4, ("min", "max"), (26, 83), (29, 80)),
    (_AGE4, "Mean (SD)"): _per(_T4, ("mean", "sd"), (55.2, 10.4), (53.9, 10.8)),
    (_BSA, "<1.25"): _per(_T4, _NP, (3, 1.7), (2, 1.2)),
    (_BSA, "1.25 to <1.5"): _per(_T4, _NP, (77, 43.8), (81, 47.6)),
    (_BSA, "≥1.5"): _per(_T4, _NP, (96, 54.5), (87, 51.2)),
}

# Table 5: clinical pharmacology, "Mean" and "SD" rows; N on a second head line
_T5 = ("Sequence A", "Sequence B", "Sequence C", "Overall")
_SA, _SB, _SC, _OV = _T5
TABLE_5: Gold = {
    ("Sex, n (%)", "Male"): _per(_T5, _NP, (4, 66.7), (3, 50.0), (6, 100.0), (13, 72.2)),
    ("Sex, n (%)", "Female"): _per((_SA, _SB, _OV), _NP, (2, 33.3), (3, 50.0), (5, 27.8)) | {(_SC, "count"): 0},
    ("Age (years)", "Mean"): _per(_T5, ("mean",), (34.5,), (29.8,), (38.2,), (34.2,)),
    ("Age (years)", "SD"): _per(_T5, ("sd",), (8.1,), (6.0,), (9.4,), (8.3,)),
    ("Weight (kg)", "Mean"): _per(_T5, ("mean",), (74.1,), (79.3,), (70.6,), (74.7,)),
    ("Weight (kg)", "SD"): _per(_T5, ("sd",), (11.2,), (12.8,), (9.9,), (11.5,)),
    ("Ethnicity, n (%)", "Hispanic or Latino"): _per((_SA, _SC, _OV), _NP, (1, 16.7), (2, 33.3), (3, 16.7))
    | {(_SB, "count"): 0},
    ("Ethnicity, n (%)", "Not Hispanic or Latino"): _per(_T5, _NP, (5, 83.3), (6, 100.0), (4, 66.7), (15, 83.3)),
}

# Table 6: BMJ, "Values are numbers (percentages) unless stated otherwise" in the title
_T6 = ("Edoxaparin group", "Placebo group")
_REASON = "Reason for admission to hospital:"
TABLE_6: Gold = {
    ("Mean (SD) age (years), range",): _per(_T6, _MSR, (74.2, 8.1, 61, 94), (73.8, 8.5, 58, 95)),
    ("Men",): _per(_T6, _NP, (181, 43.9), (172, 42.5)),
    ("Women",): _per(_T6, _NP, (231, 56.1), (233, 57.5)),
    ("Mean (SD) body mass index",): _per(_T6, ("mean", "sd"), (26.3, 5.2), (26.0, 5.6)),
    (_REASON, "Congestive heart failure"): _per(_T6, _NP, (98, 23.8), (103, 25.4)),
    (_REASON, "Acute respiratory disease"): _per(_T6, _NP, (81, 19.7), (77, 19.0)),
}

# Table 7: count and share in columns of their own under each arm; P on the heading row
_VP, _OB, _P7 = "Velaparib", "Observation", "P"


def _split(a: tuple[float, float], b: tuple[float, float]) -> Cells:
    return {(f"{_VP}>No", "count"): a[0], (f"{_VP}>%", "percent"): a[1]} | {
        (f"{_OB}>No", "count"): b[0],
        (f"{_OB}>%", "percent"): b[1],
    }


TABLE_7: Gold = {
    ("Age, years", "Median"): {(_VP, "median"): 61, (_OB, "median"): 60},
    ("Age, years", "Range"): {(_VP, "min"): 35, (_VP, "max"): 81, (_OB, "min"): 30, (_OB, "max"): 84},
    ("Sex",): {(_P7, "p"): 0.41},
    ("Sex", "Male"): _split((62, 56.4), (55, 50.9)),
    ("Sex", "Female"): _split((48, 43.6), (53, 49.1)),
    ("Stage",): {(_P7, "p"): 0.07},
    ("Stage", "II"): _split((40, 36.4), (27, 25.0)),
    ("Stage", "III"): _split((70, 63.6), (81, 75.0)),
}

# Table 8: one column for the whole population
_T8 = ("Overall study population",)
_AGECAT, _LINES = "Age category (years), n (%)", "Prior lines of therapy, n/N (%)"
TABLE_8: Gold = {
    ("Median age (min–max), year",): _per(_T8, _RANGE, (63.0, 22, 89)),
    (_AGECAT, "18–64"): _per(_T8, _NP, (611, 50.7)),
    (_AGECAT, "65–74"): _per(_T8, _NP, (452, 37.5)),
    (_AGECAT, "≥75"): _per(_T8, _NP, (141, 11.7)),
    ("Female, n (%)",): _per(_T8, _NP, (488, 40.5)),
    ("Duration of disease (years), median (IQR)",): _per(_T8, _IQR, (3.1, 1.4, 6.9)),
    (_LINES, "1"): _per(_T8, _NDP, (402, 1190, 33.8)),
    (_LINES, "≥2"): _per(_T8, _NDP, (788, 1190, 66.2)),
}

THIRD: dict[str, Gold] = {
    "Table 1": TABLE_1,
    "Table 2": TABLE_2,
    "Table 3": TABLE_3,
    "Table 4": TABLE_4,
    "Table 5": TABLE_5,
    "Table 6": TABLE_6,
    "Table 7": TABLE_7,
    "Table 8": TABLE_8,
}
NO_ARM_THIRD: dict[str, frozenset[str]] = {"Table 7": frozenset({_P7})}


# baseline-sampled-4.html: second instances, gold written before the page was first read back
_S1 = ("Tislelimab + chemotherapy", "Placebo + chemotherapy", "Total")
S4_TABLE_1: Gold = {
    ("Age, years", "Median (IQR)"): _per(_S1, _IQR, (62.0, 56, 67), (63.0, 57, 69), (62.0, 56, 68)),
    ("Age, years", "≥65, n (%)"): _per(_S1, _NP, (131, 39.7), (68, 41.5), (199, 40.3)),
    ("Sex, n (%)", "Women"): _per(_S1, _NP, (52, 15.8), (30, 18.3), (82, 16.6)),
    ("Sex, n (%)", "Men"): _per(_S1, _NP, (278, 84.2), (134, 81.7), (412, 83.4)),
    ("Brain metastasis, n (%)",): _per(_S1, _NP, (26, 7.9), (9, 5.5), (35, 7.1)),
}

_S2, _SP2 = ("CRT", "NCT"), "p-value"
S4_TABLE_2: Gold = {
    ("Sex", "Male"): _per(_S2, _NP, (221, 70.8), (117, 76.0)) | {(_SP2, "p"): 0.241},
    ("Sex", "Female"): _per(_S2, _NP, (91, 29.2), (37, 24.0)),
    ("Age", "Median (range, yr)"): _per(_S2, _RANGE, (51, 18, 84), (49, 21, 75)) | {(_SP2, "p"): 0.310},
    ("Age", "Mean±SD"): _per(_S2, ("mean", "sd"), (50.6, 12.8), (49.3, 11.9)),
    ("ECOG PS", "0"): _per(_S2, _NP, (58, 18.6), (29, 18.8)) | {(_SP2, "p"): 0.702},
    ("ECOG PS", "1"): _per(_S2, _NP, (247, 79.2), (121, 78.6)),
    ("ECOG PS", "2"): _per(_S2, _NP, (7, 2.2), (4, 2.6)),
}

# the bracket of "65(31–87)" under "Median age (years)" is named by nothing on the page: the median alone is told
_S3 = ("Prospective cohort", "Retrospective cohort", "Total cohort")
S4_TABLE_3: Gold = {
    ("Sex:", "Males"): _per(_S3, _NP, (72, 75), (70, 80), (142, 77)),
    ("Sex:", "Females"): _per(_S3, _NP, (24, 25), (18, 20), (42, 23)),
    ("Median age (years)",): _per(_S3, ("median",), (65,), (67,), (66,)),
    ("Mean age",): _per(_S3, ("mean",), (65,), (66,), (65,)),
    ("ECOG Performance Status:", "ECOG 0"): _per(_S3, _NP, (27, 28), (18, 20), (45, 24)),
    ("ECOG Performance Status:", "ECOG 1"): _per(_S3, _NP, (69, 72), (70, 80), (139, 76)),
}

_OX, _CT = "Oxaliplatin arm", "Control arm"
S4_TABLE_4: Gold = {
    ("Age, median (range), years",): _per((_OX,), _RANGE, (61, 24, 79)) | {(_CT, "median"): 60},
    ("Site, n (%)", "Colon"): _per((_OX, _CT), _NP, (398, 73.7), (401, 74.5)),
    ("Site, n (%)", "Rectum"): _per((_OX, _CT), _NP, (142, 26.3), (137, 25.5)),
    ("pT stage, n (%)", "T3"): _per((_OX,), _NP, (402, 74.4)),
    ("pT stage, n (%)", "T4"): _per((_OX,), _NP, (109, 20.2)),
    ("Perforation present, n (%)",): _per((_CT,), _NP, (31, 5.8)),
}

_S5 = ("Cohort 1", "Cohort 2", "Placebo")
S4_TABLE_5: Gold = {
    ("Sex", "Male"): _per(_S5, _NP, (6, 75.0), (5, 62.5), (3, 75.0)),
    ("Sex", "Female"): _per(_S5, _NP, (2, 25.0), (3, 37.5), (1, 25.0)),
    ("Age (years)", "Mean (SD)"): _per(_S5, ("mean", "sd"), (34.1, 7.2), (38.6, 9.0), (31.8, 5.5)),
    ("Age (years)", "Median (min, max)"): _per(_S5, _RANGE, (33.5, 24, 49), (39.0, 26, 52), (31.0, 26, 39)),
    ("Race", "White"): _per(_S5, _NP, (5, 62.5), (6, 75.0), (2, 50.0)),
    ("Race", "Black or African American"): _per(_S5, _NP, (3, 37.5), (2, 25.0), (2, 50.0)),
    ("Weight (kg)", "Mean"): _per(_S5, ("mean",), (76.4,), (81.2,), (73.9,)),
    ("Weight (kg)", "SD"): _per(_S5, ("sd",), (10.3,), (12.6,), (8.8,)),
}

# one column for the whole cohort, headed only by its statistic: no group
_C6 = ("No. (%)",)
_AGEGRP = "Age group at diagnosis (yr)"
S4_TABLE_6: Gold = {
    ("Age at diagnosis, mean±SD",): _per(_C6, ("mean", "sd"), (60.4, 10.1)),
    (_AGEGRP, "25-44"): _per(_C6, _NP, (14, 6.8)),
    (_AGEGRP, "45-64"): _per(_C6, _NP, (98, 47.3)),
    (_AGEGRP, "≥ 65"): _per(_C6, _NP, (95, 45.9)),
    ("Male",): _per(_C6, _NP, (151, 72.9)),
    ("Body mass index, median (IQR) (kg/m2)",): _per(_C6, _IQR, (22.1, 19.8, 24.6)),
    ("Smoking history", "Current smoker"): _per(_C6, _NP, (41, 19.8)),
    ("Smoking history", "Unknown"): _per(_C6, _NP, (23, 11.1)),
}

FOURTH: dict[str, Gold] = {
    "Table 1": S4_TABLE_1,
    "Table 2": S4_TABLE_2,
    "Table 3": S4_TABLE_3,
    "Table 4": S4_TABLE_4,
    "Table 5": S4_TABLE_5,
    "Table 6": S4_TABLE_6,
}
NO_ARM_FOURTH: dict[str, frozenset[str]] = {"Table 2": frozenset({_SP2}), "Table 6": frozenset(_C6)}
