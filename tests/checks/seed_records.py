"""The seed publication (NCT04728035, tests/data/seed-paper.txt) transcribed by hand into records: its four
tables, cell by cell as printed, and the prose statements that quote numbers the checks can verify, with
the fields a prose reader is expected to fill (denominator, arm, arm_n, parameter, analyte, row/scope)."""

from __future__ import annotations

from schemas.records import Record
from tests.checks.factory import Column, Row, cell, grid, statement

# ------------------------------------------------------------------------------------------- Table 1

T1_COLUMNS: list[Column] = [
    (("TNBC", "50 mg/m² n=12"), "TNBC 50 mg/m²", 12),
    (("TNBC", "70 mg/m² n=89"), "TNBC 70 mg/m²", 89),
    (("TNBC", "Total n=101"), "TNBC Total", 101),
    (("HER2-negative BCBM", "70 mg/m² n=18"), "HER2-negative BCBM 70 mg/m²", 18),
]
T1_ROWS: list[Row] = [
    (("Age (year)",), "median_range", ["47.5 (28-63)", "50.0 (28-69)", "50.0 (28-69)", "49.0 (35-65)"]),
    (("ECOG performance status", "0"), "n_pct", ["5 (41.7)", "22 (24.7)", "27 (26.7)", "1 (5.6)"]),
    (("ECOG performance status", "1"), "n_pct", ["7 (58.3)", "66 (74.2)", "73 (72.3)", "14 (77.8)"]),
    (("ECOG performance status", "2"), "n_pct", ["0", "1 (1.1)", "1 (1.0)", "3 (16.7)"]),
    (
        ("Median time from initial diagnosis (month)",),
        "median_range",
        ["29.8 (15.1-142.6)", "39.6 (8.5-144.0)", "39.6 (8.5-144.0)", "38.5 (7.8-266.9)"],
    ),
    (
        ("Hormonal receptors status", "Both ER and PR < 1%"),
        "n_pct",
        ["12 (100)", "76 (85.4)", "88 (87.1)", "12 (66.7)"],
    ),
    (("Hormonal receptors status", "Others"), "n_pct", ["0", "11 (12.4)", "11 (10.9)", "3 (16.7)"]),
    (("Ki-67 expression", "<15%"), "n_pct", ["0", "7 (7.9)", "7 (6.9)", "4 (22.2)"]),
    (("Ki-67 expression", ">30%"), "n_pct", ["12 (100)", "69 (77.5)", "81 (80.2)", "11 (61.1)"]),
    (("Ki-67 expression", "Missing"), "n_pct", ["0", "13 (14.6)", "13 (12.9)", "3 (16.7)"]),
    (("No. of metastatic sites", "<4"), "n_pct", ["10 (83.3)", "67 (75.3)", "77 (76.2)", "14 (77.8)"]),
    (("No. of metastatic sites", "≥4"), "n_pct", ["2 (16.7)", "22 (24.7)", "24 (23.8)", "4 (22.2)"]),
    (("Metastatic sites", "Lung"), "n_pct", ["8 (66.7)", "49 (55.1)", "57 (56.4)", "8 (44.4)"]),
    (("Metastatic sites", "Bone"), "n_pct", ["7 (58.3)", "39 (43.8)", "46 (45.5)", "11 (61.1)"]),
    (("Metastatic sites", "Lymph node"), "n_pct", ["6 (50.0)", "50 (56.2)", "56 (55.4)", "6 (33.3)"]),
    (("Metastatic sites", "Liver"), "n_pct", ["3 (25.0)", "24 (27.0)", "27 (26.7)", "3 (16.7)"]),
    (("Metastatic sites", "Brain"), "n_pct", ["0", "5 (5.6)", "5 (5.0)", "18 (100)"]),
    (("Metastatic sites", "Others"), "n_pct", ["7 (58.3)", "44 (49.4)", "51 (50.5)", "5 (27.8)"]),
    (("Prior radiotherapy",), "n_pct", ["7 (58.3)", "59 (66.3)", "66 (65.3)", "16 (88.9)"]),
    (("Median prior lines of chemotherapy",), "median_range", ["3.0 (2-8)", "2.0 (2-8)", "3.0 (2-8)", None]),
    (("Prior capecitabine",), "n_pct", ["10 (83.3)", "60 (67.4)", "70 (69.3)", "0"]),
    (("Prior PD1/PD-L1 inhibitor",), "n_pct", ["2 (16.7)", "19 (21.3)", "21 (20.8)", "0"]),
    (("Prior radical surgery",), "n_pct", ["11 (91.7)", "81 (91.0)", "92 (91.1)", "17 (94.4)"]),
    (
        ("Disease-free interval (month)",),
        "median_range",
        ["14.5 (8.0-66.2)", "13.9 (0.0-128.7)", "14.2 (0.0-128.7)", "17.1 (2.5-132.5)"],
    ),
]

# ------------------------------------------------------------------------------------------- Table 2

T2_COLUMNS: list[Column] = [
    (("50 mg/m² (n=12)",), "50 mg/m²", 12),
    (("70 mg/m² (n=107)",), "70 mg/m²", 107),
    (("Total (n=119)",), "Total", 119),
]
_T2: list[tuple[tuple[str, ...], str, str, str]] = [
    (("TEAE",), "11 (91.7)", "104 (97.2)", "115 (96.6)"),
    (("Serious TEAEs",), "2 (16.7)", "25 (23.4)", "27 (22.7)"),
    (("Serious TRAEs",), "2 (16.7)", "20 (18.7)", "22 (18.5)"),
    (("TRAEs",), "11 (91.7)", "103 (96.3)", "114 (95.8)"),
    (("Hematological", "Leukopenia"), "7 (58.3)", "64 (59.8)", "71 (59.7)"),
    (("Hematological", "Anemia"), "8 (66.7)", "59 (55.1)", "67 (56.3)"),
    (("Hematological", "Neutropenia"), "6 (50.0)", "57 (53.3)", "63 (52.9)"),
    (("Hematological", "Lymphocytopenia"), "3 (25.0)", "27 (25.2)", "30 (25.2)"),
    (("Hematological", "Thrombocytopenia"), "2 (16.7)", "18 (16.8)", "20 (16.8)"),
    (("Non-hematological", "Diarrhea"), "3 (25.0)", "72 (67.3)", "75 (63.0)"),
    (("Non-hematological", "Nausea"), "6 (50.0)", "61 (57.0)", "67 (56.3)"),
    (("Non-hematological", "Vomiting"), "4 (33.3)", "54 (50.5)", "58 (48.7)"),
    (("Non-hematological", "Fatigue"), "5 (41.7)", "35 (32.7)", "40 (33.6)"),
    (("Non-hematological", "Weight loss"), "2 (16.7)", "30 (28.0)", "32 (26.9)"),
    (("Non-hematological", "Decreased appetite"), "1 (8.3)", "25 (23.4)", "26 (21.8)"),
    (("Non-hematological", "Abdominal pain"), "0", "22 (20.6)", "22 (18.5)"),
    (("Abnormality in laboratory examination", "Hypokalemia"), "3 (25.0)", "37 (34.6)", "40 (33.6)"),
    (("Abnormality in laboratory examination", "γ-GGT elevation"), "6 (50.0)", "26 (24.3)", "32 (26.9)"),
    (("Abnormality in laboratory examination", "Increased ALT"), "5 (41.7)", "22 (20.6)", "27 (22.7)"),
    (("Abnormality in laboratory examination", "Hyponatremia"), "3 (25.0)", "23 (21.5)", "26 (21.8)"),
    (("Abnormality in laboratory examination", "Increased AST"), "5 (41.7)", "19 (17.8)", "24 (20.2)"),
    (("Abnormality in laboratory examination", "Hypoproteinemia"), "2 (16.7)", "20 (18.7)", "22 (18.5)"),
    (("Abnormality in laboratory examination", "Hyperuricemia"), "1 (8.3)", "20 (18.7)", "21 (17.6)"),
    (("Abnormality in laboratory examination", "Hypocalcemia"), "3 (25.0)", "17 (15.9)", "20 (16.8)"),
    (("Abnormality in laboratory examination", "Albuminuria"), "1 (8.3)", "19 (17.8)", "20 (16.8)"),
    (("Abnormality in laboratory examination", "Increased ALP"), "2 (16.7)", "16 (15.0)", "18 (15.1)"),
]
T2_ROWS: list[Row] = [(row, "n_pct", [a, b, c]) for row, a, b, c in _T2]

# ------------------------------------------------------------------------------------------- Table 3

T3_ANALYTES = ("Total irinotecan", "Free irinotecan", "SN-38")
T3_PARAMETERS = (
    ("Cmax (μg/mL or ng/mL)", "Cmax", "μg/mL or ng/mL"),
    ("Tmax (h)", "Tmax", "h"),
    ("AUC0-t (h*μg/mL or h*ng/mL)", "AUC0-t", "h*μg/mL or h*ng/mL"),
    ("AUC0-∞ (h*μg/mL or h*ng/mL)", "AUC0-∞", "h*μg/mL or h*ng/mL"),
    ("t1/2 (h)", "t1/2", "h"),
    ("Vd (L)", "Vd", "L"),
    ("CL (L/h)", "CL", "L/h"),
)
T3_VALUES = {
    ("50 mg/m²", 8): (
        ("37.8 ± 3.8", "162.8 ± 44.6", "4.1 ± 1.7"),
        ("2.2 ± 0.4", "12.8 ± 8.8", "21.6 ± 18.5"),
        ("1441.7 ± 622.9", "10.7 ± 6.6", "361.4 ± 150.9"),
        ("1502.6 ± 613.1", "12.1 ± 6.4", "481.2 ± 186.0"),
        ("33.5 ± 11.1", "32.1 ± 8.5", "121.1 ± 108.8"),
        ("2.6 ± 0.5", "349.2 ± 112.5", "26185.5 ± 13718.2"),
        ("0.060 ± 0.023", "8.0 ± 3.3", "188.9 ± 82.4"),
    ),
    ("70 mg/m²", 9): (
        ("45.0 ± 10.9", "198.1 ± 89.0", "5.6 ± 2.0"),
        ("1.9 ± 0.5", "16.3 ± 6.4", "23.2 ± 21.2"),
        ("1657.5 ± 817.6", "11.6 ± 4.4", "427.9 ± 202.8"),
        ("1706.2 ± 814.1", "12.4 ± 3.7", "457.2 ± 95.6"),
        ("31.9 ± 5.2", "35.0 ± 6.5", "84.0 ± 24.2"),
        ("3.6 ± 1.4", "503.4 ± 181.7", "30051.8 ± 5677.0"),
        ("0.080 ± 0.038", "9.9 ± 3.1", "257.1 ± 52.7"),
    ),
}


def table3() -> list[Record]:
    out: list[Record] = []
    for block, ((dose, n), rows) in enumerate(T3_VALUES.items()):
        for i, ((label, parameter, unit), raws) in enumerate(zip(T3_PARAMETERS, rows, strict=True)):
            for j, (analyte, raw) in enumerate(zip(T3_ANALYTES, raws, strict=True)):
                mean, sd = (float(x) for x in raw.split(" ± "))
                top = 120.0 + 11.0 * (7 * block + i)
                out += cell(
                    raw,
                    {"mean": mean, "sd": sd},
                    table="Table 3",
                    section="pk",
                    row=(f"{dose} n = {n}", label),
                    column=(analyte,),
                    page=3,
                    arm=dose,
                    arm_n=n,
                    analyte=analyte,
                    parameter=parameter,
                    unit=unit,
                    bbox=(200.0 + 90.0 * j, top, 260.0 + 90.0 * j, top + 8.0),
                )
    return out


# ------------------------------------------------------------------------------------------- Table 4

T4_COLUMNS: list[Column] = [
    (("TNBC", "50 mg/m²"), "TNBC 50 mg/m²", 11),
    (("TNBC", "70 mg/m²"), "TNBC 70 mg/m²", 76),
    (("TNBC", "Total"), "TNBC Total", 87),
    (("HER2-negative BCBM", "70 mg/m² (RECIST v1.1)"), "HER2-negative BCBM 70 mg/m² (RECIST v1.1)", 14),
    (("HER2-negative BCBM", "70 mg/m² (RANO-BM)"), "HER2-negative BCBM 70 mg/m² (RANO-BM)", 14),
]
_BOR = "Best overall response, n (%)"
T4_ROWS: list[Row] = [
    ((_BOR, "Complete response"), "n_pct", ["0", "0", "0", "0", "0"]),
    ((_BOR, "Partial response"), "n_pct", ["4 (36.4)", "18 (23.7)", "22 (25.3)", "1 (7.1)", "0"]),
    ((_BOR, "Stable disease"), "n_pct", ["3 (27.3)", "34 (44.7)", "37 (42.5)", "8 (57.1)", "6 (42.9)"]),
    ((_BOR, "Progressive disease"), "n_pct", ["4 (36.4)", "24 (31.6)", "28 (32.2)", "3 (21.4)", "4 (28.6)"]),
    ((_BOR, "Not evaluable"), "n_pct", ["0", "0", "0", "2 (14.3)", "4 (28.6)"]),
    (("ORR/CNS ORR, n (%)",), "n_pct", ["4 (36.4)", "18 (23.7)", "22 (25.3)", "1 (7.1)", "0"]),
    (
        ("ORR/CNS ORR, n (%)", "95% CI"),
        "ci",
        ["(10.9, 69.2)", "(14.7, 34.8)", "(16.6, 35.8)", "(0.2, 33.9)", "(0, 23.2)"],
    ),
    (("DCR/CNS CBR, n (%)",), "n_pct", ["7 (63.6)", "52 (68.4)", "59 (67.8)", "9 (64.3)", "6 (42.9)"]),
    (
        ("DCR/CNS CBR, n (%)", "95% CI"),
        "ci",
        ["(30.8, 89.1)", "(56.8, 78.6)", "(56.9, 77.4)", "(35.1, 87.2)", "(17.7, 71.1)"],
    ),
    (
        ("Median DoR, month (95% CI)",),
        "median_ci",
        ["2.6 (2.6 ~ NA)", "5.5 (4.4 ~ 9.4)", "5.5 (4.3 ~ 9.4)", "11.2", None],
    ),
    (
        ("Median PFS, month (95% CI)",),
        "median_ci",
        ["4.0 (1.4 ~ NA)", "4.8 (3.0 ~ 5.8)", "4.8 (3.2 ~ 5.8)", "5.6 (1.4 ~ NA)", None],
    ),
    (
        ("Median OS, month (95% CI)",),
        "median_ci",
        ["11.2 (2.4 ~ 13.7)", "NR (11.8 ~ NA)", "14.1 (11.2 ~ NA)", "NR (4.5 ~ NA)", None],
    ),
    (
        ("12-month OS rate (95% CI)",),
        "rate_ci",
        ["42.3 (13.5, 69.2)", "61.7 (49.3, 71.9)", "59.3 (47.7, 69.1)", "55.5 (27.4, 76.5)", None],
    ),
    (
        ("18-month OS rate (95% CI)",),
        "rate_ci",
        ["21.2 (3.3, 49.3)", "51.9 (38.2, 64.0)", "47.3 (34.8, 58.9)", "NA (NA, NA)", None],
    ),
]
#: the in-body "n = 12 / 89 / 101 / 18" row above the survival rows
T4_SURVIVAL_NS = {i: [12, 89, 101, 18, None] for i in range(9, 14)}


def tables() -> list[Record]:
    return [
        *grid("Table 1", T1_COLUMNS, T1_ROWS, section="demographics", page=1, pages={10: 2}),
        *grid("Table 2", T2_COLUMNS, T2_ROWS, section="adverse_events", page=2, pages={9: 3}),
        *table3(),
        *grid("Table 4", T4_COLUMNS, T4_ROWS, section="efficacy", page=4, row_ns=T4_SURVIVAL_NS),
    ]


# ------------------------------------------------------------------------------------------- prose


def _ae(term: str, count: int, percent: float) -> list[Record]:
    return statement(
        f"{term.lower()} ({count}/107, {percent}%)",
        {"count": count, "percent": percent},
        page=2,
        denominator=107,
        row=[term],
        scope="trae",
        section="adverse_events",
    )


def prose_consistent() -> list[Record]:
    """Statements the prose gets right (no finding expected)."""
    return [
        *statement(
            "Among 87 evaluable patients with mTNBC, 22 patients (25.3%)",
            {"count": 22, "percent": 25.3},
            page=1,
            denominator=87,
            parameter="ORR",
        ),
        *statement(
            "The DCR was 67.8% (59/87)",
            {"percent": 67.8, "count": 59},
            page=1,
            denominator=87,
            parameter="DCR",
        ),
        *statement(
            "104 patients (97.2%)",
            {"count": 104, "percent": 97.2},
            page=2,
            arm="70 mg/m²",
            arm_n=107,
            row=["TEAE"],
            scope="teae",
            section="adverse_events",
        ),
        *statement(
            "50 patients (46.7%)",
            {"count": 50, "percent": 46.7},
            page=2,
            arm="70 mg/m²",
            arm_n=107,
            row=["TEAE"],
            grade=">=3",
            scope="teae",
            section="adverse_events",
        ),
        *statement(
            "103 patients (96.3%",
            {"count": 103, "percent": 96.3},
            page=2,
            arm="70 mg/m²",
            arm_n=107,
            row=["TRAEs"],
            scope="trae",
            section="adverse_events",
        ),
        *_ae("Diarrhea", 72, 67.3),
        *_ae("Leukopenia", 64, 59.8),
        *_ae("Nausea", 61, 57.0),
        *_ae("Anemia", 59, 55.1),
        *_ae("Neutropenia", 57, 53.3),
        *_ae("Increased ALT", 22, 20.6),
        *_ae("Abdominal pain", 22, 20.6),
        *statement(
            "25 patients (23.4%)",
            {"count": 25, "percent": 23.4},
            page=2,
            arm="70 mg/m²",
            arm_n=107,
            row=["Serious TEAEs"],
            section="adverse_events",
        ),
        *statement(
            "20 patients (18.7%)",
            {"count": 20, "percent": 18.7},
            page=2,
            arm="70 mg/m²",
            arm_n=107,
            row=["Serious TRAEs"],
            section="adverse_events",
        ),
        *statement("Forty-seven patients (39.5%)", {"count": 47, "percent": 39.5}, page=2, arm_n=119),
        *statement(
            "22 of 87 patients (25.3%, 95% confidence interval [CI] 16.6–35.8)",
            {"count": 22, "percent": 25.3, "ci_low": 16.6, "ci_high": 35.8},
            page=3,
            denominator=87,
            parameter="ORR",
            ci_level=95.0,
        ),
        *statement(
            "Fifty-nine patients (67.8%, 95% CI 56.9–77.4)",
            {"count": 59, "percent": 67.8, "ci_low": 56.9, "ci_high": 77.4},
            page=3,
            arm_n=87,
            parameter="DCR",
            ci_level=95.0,
        ),
        *statement(
            "45.0 μg/mL",
            {"mean": 45.0},
            page=3,
            section="pk",
            arm="70 mg/m²",
            analyte="Total irinotecan",
            parameter="Cmax",
            unit="μg/mL",
        ),
        *statement(
            "1706.2 h*μg/mL",
            {"mean": 1706.2},
            page=3,
            section="pk",
            arm="70 mg/m²",
            analyte="Total irinotecan",
            parameter="AUC0-∞",
            unit="h*μg/mL",
        ),
        *statement(
            "5.6 ng/mL",
            {"mean": 5.6},
            page=3,
            section="pk",
            arm="70 mg/m²",
            analyte="SN-38",
            parameter="Cmax",
            unit="ng/mL",
        ),
        *statement(
            "3.6 L",
            {"mean": 3.6},
            page=3,
            section="pk",
            arm="70 mg/m²",
            analyte="Total irinotecan",
            parameter="Vd",
            unit="L",
        ),
        *statement(
            "59.3% (95% CI 47.7–69.1)",
            {"rate": 59.3, "ci_low": 47.7, "ci_high": 69.1},
            page=4,
            arm="TNBC",
            parameter="12-month OS rate",
        ),
        *statement(
            "47.3% (95% CI 34.8–58.9)",
            {"rate": 47.3, "ci_low": 34.8, "ci_high": 58.9},
            page=4,
            arm="TNBC",
            parameter="18-month OS rate",
        ),
        *statement("(17/73, 23.3%)", {"count": 17, "percent": 23.3}, page=4, denominator=73, parameter="ORR"),
        *statement("(7/24, 29.2%)", {"count": 7, "percent": 29.2}, page=4, denominator=24, parameter="ORR"),
        *statement("(2/8, 25.0%", {"count": 2, "percent": 25.0}, page=4, denominator=8, parameter="ORR"),
        *statement("22 patients (25.3%) achieved PR", {"count": 22, "percent": 25.3}, page=4, arm_n=87),
        *statement("37 patients (42.5%) achieved SD", {"count": 37, "percent": 42.5}, page=4, arm_n=87),
        *statement(
            "5.6 months (95% CI 1.4–NA)",
            {"median": 5.6, "ci_low": 1.4, "ci_high": None},
            page=4,
            arm="HER2-negative BCBM",
            parameter="PFS",
            qualifiers={"ci_high": "not available"},
        ),
        *statement(
            "55.5% (95% CI 27.4–76.5)",
            {"rate": 55.5, "ci_low": 27.4, "ci_high": 76.5},
            page=4,
            arm="HER2-negative BCBM",
            parameter="12-month OS rate",
        ),
        *statement("10.9% (13/119)", {"percent": 10.9, "count": 13}, page=4, denominator=119),
        *statement("26.9% (32/119)", {"percent": 26.9, "count": 32}, page=4, denominator=119),
        *statement("46.2% (55/119)", {"percent": 46.2, "count": 55}, page=4, denominator=119),
        *statement("11 (9.2%)", {"count": 11, "percent": 9.2}, page=5, arm_n=119),
        *statement("78 patients (65.5%)", {"count": 78, "percent": 65.5}, page=5, arm_n=119),
    ]


#: The slips: (raw statement, check id, severity) the checks must report.
SLIPS: list[tuple[str, str, str]] = [
    ("87 (88.1%) of the 101 patients", "percent-vs-count", "error"),
    ("53 (59.6%) of 87 patients", "percent-vs-count", "error"),
    ("[ORR] 7.1%, 1/18", "percent-vs-count", "error"),
    ("1 patient (7.1%, 95% CI 0.2–33.9)", "percent-vs-count", "error"),
    ("9 patients (64.3%, 95% CI 35.1–87.2)", "percent-vs-count", "error"),
    ("427.9 h*ng/mL", "text-vs-table", "error"),
    ("five patients (4.2%)", "percent-vs-count", "warning"),
    ("1 patient (7.1%, 95% CI 0.2–33.9)", "ci-clopper-pearson", "info"),
    ("9 patients (64.3%, 95% CI 35.1–87.2)", "ci-clopper-pearson", "info"),
    ("the median PFS was 4.5 months", "text-vs-table", "error"),
    ("the median OS was 11.0 months", "text-vs-table", "error"),
]


def prose_slips() -> list[Record]:
    """The statements with arithmetic slips (each one is a separate statement, as printed)."""
    return [
        *statement("87 (88.1%) of the 101 patients", {"count": 87, "percent": 88.1}, page=3, denominator=101),
        *statement("53 (59.6%) of 87 patients", {"count": 53, "percent": 59.6}, page=3, denominator=87),
        *statement(
            "[ORR] 7.1%, 1/18",
            {"percent": 7.1, "count": 1},
            page=4,
            denominator=18,
            parameter="ORR",
            arm="HER2-negative BCBM",
        ),
        *statement(
            "1 patient (7.1%, 95% CI 0.2–33.9)",
            {"count": 1, "percent": 7.1, "ci_low": 0.2, "ci_high": 33.9},
            page=4,
            denominator=18,
            parameter="ORR",
            arm="HER2-negative BCBM",
            ci_level=95.0,
            context="As of June 5, 2023, of 18 patients with HER2-negative BCBM, 1 patient (7.1%, 95% CI "
            "0.2–33.9) achieved PR and 9 patients (64.3%, 95% CI 35.1–87.2) achieved disease "
            "control.",
        ),
        *statement(
            "9 patients (64.3%, 95% CI 35.1–87.2)",
            {"count": 9, "percent": 64.3, "ci_low": 35.1, "ci_high": 87.2},
            page=4,
            denominator=18,
            parameter="DCR",
            arm="HER2-negative BCBM",
            ci_level=95.0,
        ),
        *statement(
            "427.9 h*ng/mL",
            {"mean": 427.9},
            page=3,
            section="pk",
            arm="70 mg/m²",
            analyte="SN-38",
            parameter="AUC0-∞",
            unit="h*ng/mL",
            context="The mean C_max and AUC_0-∞ of total irinotecan and SN-38 with 70 mg/m² were 45.0 "
            "μg/mL and 1706.2 h*μg/mL, 5.6 ng/mL and 427.9 h*ng/mL, respectively.",
        ),
        *statement(
            "five patients (4.2%)",
            {"count": 5, "percent": 4.2},
            page=2,
            arm="70 mg/m²",
            arm_n=107,
            row=["TRAEs leading to permanent treatment discontinuation"],
            scope="trae",
            section="adverse_events",
        ),
        # Discussion (page 5): "In the present study [HER2-negative BCBM], ... the median PFS was 4.5 months
        # and the median OS was 11.0 months" — Table 4 and the Results say 5.6 months and not reached.
        *statement(
            "the median PFS was 4.5 months",
            {"median": 4.5},
            page=5,
            arm="HER2-negative BCBM",
            parameter="PFS",
        ),
        *statement(
            "the median OS was 11.0 months",
            {"median": 11.0},
            page=5,
            arm="HER2-negative BCBM",
            parameter="OS",
        ),
    ]


def seed_records() -> list[Record]:
    return [*tables(), *prose_consistent(), *prose_slips()]
