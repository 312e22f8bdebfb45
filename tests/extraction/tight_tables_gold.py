"""Narrow tables whose neighbouring columns touch: the gold of tests/typeset/read_back/tight-tables.html
(``TABLES``) and tight-tables-2.html (``TABLES_2``, written after the first set's fixes), and the pages themselves
(``python -m tests.extraction.tight_tables_gold`` writes the HTML; ``python -m tests.typeset.read_back`` sets them).

One family, swept by variants: half-width to 80%-width tables (Europace, EHJ, Circulation, BMC, Lancet one-column
tables) with cell padding of 1 to 3 pt, so that on a text line the gap between one column's cell and the next is a
word space or less ("7.9 (0.8) 7.0 (0.9) −0.9 (−1.1 to −0.7)", "−2.6 P<0.001 87.5", "62 (55–70) 61 (54–69)"):
left-, right- and centre-aligned numbers, a stub that wraps, a wide "Difference (95% CI)" column beside a "P"
column, n (%), mean (SD) and median (IQR) cells, negative numbers, middle-dot decimals. Drugs and numbers are
invented; every percent is its count over the group's N, every interval brackets its estimate.

The table forms (``C``, ``T``) and the scoring (``expected``) are the shared-heads family's
(tests/extraction/shared_heads_gold.py): each value's gold is its row, its column path (the heads over it, outermost
first), its group (None for a comparison) and its statistics.
"""

from __future__ import annotations

from tests.extraction.shared_heads_gold import MP, MSD, NP, C, P, T, _arm, expected

__all__ = ["TABLES", "TABLES_2", "expected"]

DCI: tuple[str, ...] = ("value", "ci_low", "ci_high")
HRCI: tuple[str, ...] = ("hr", "ci_low", "ci_high")
IQR: tuple[str, ...] = ("median", "q1", "q3")

_E1 = ("Empagliflozin (N = 40)", "Empagliflozin")
_P1 = ("Placebo (N = 38)", "Placebo")
_V2 = ("Vorenatide (n=112)", "Vorenatide")
_P2 = ("Placebo (n=110)", "Placebo")
_K3 = ("Kardiparin (n = 400)", "Kardiparin")
_P3 = ("Placebo (n = 396)", "Placebo")
_A4 = ("Ablation (n = 150)", "Ablation")
_D4 = ("Drug therapy (n = 148)", "Drug therapy")
_L5 = ("10 mg (n = 60)", "10 mg")
_H5 = ("20 mg (n = 62)", "20 mg")
_P5 = ("Placebo (n = 61)", "Placebo")
_R6 = ("Rivoxatran (n = 80)", "Rivoxatran")
_W6 = ("Warfarin (n = 80)", "Warfarin")

# first set, written before the page was first read
TABLES = [
    T(
        "Table 1.",
        "Glycemic control, body weight and blood pressure at baseline and week 36",
        "half",
        f"<tr><th rowspan=2>Variable</th><th colspan=4 class=span>{_E1[0]}</th><th colspan=4 class=span>{_P1[0]}</th>"
        "</tr><tr>" + "<th>Baseline</th><th>Week 36</th><th colspan=2>Change from baseline</th>" * 2 + "</tr>",
        (
            *_arm(*_E1, ("Baseline", MSD, 1), ("Week 36", MSD, 1), ("Change from baseline", MP, 2)),
            *_arm(*_P1, ("Baseline", MSD, 1), ("Week 36", MSD, 1), ("Change from baseline", MP, 2)),
        ),
        [
            (
                "HbA1c, %",
                [
                    "7.9 (0.8)",
                    "7.0 (0.9)",
                    "−0.9 (1.1)",
                    "P = 0.002",
                    "7.8 (0.9)",
                    "7.6 (1.0)",
                    "−0.2 (1.0)",
                    "P = 0.21",
                ],
            ),
            (
                "Body weight, kg",
                [
                    "88.2 (14.1)",
                    "85.6 (13.8)",
                    "−2.6 (2.9)",
                    "P&lt;0.001",
                    "87.5 (13.6)",
                    "87.1 (13.9)",
                    "−0.4 (2.7)",
                    "P = 0.37",
                ],
            ),
            (
                "Systolic blood pressure, mm Hg",
                ["134 (13)", "129 (12)", "−5 (11)", "P = 0.006", "133 (14)", "132 (13)", "−1 (12)", "P = 0.61"],
            ),
        ],
        legend="Data are mean (SD). P values are for the change within each group.",
    ),
    T(
        "Table 2:",
        "Change from baseline to week 24 in the intention-to-treat population",
        "lancet",
        f"<tr><th></th><th>{_V2[0]}</th><th>{_P2[0]}</th><th>Difference (95% CI)</th><th>p value</th></tr>",
        (
            C((_V2[0],), _V2[1], MSD),
            C((_P2[0],), _P2[1], MSD),
            C(("Difference (95% CI)",), None, DCI),
            C(("p value",), None, P),
        ),
        [
            ("Systolic blood pressure, mm Hg", ["−11·8 (9·6)", "−3·4 (9·9)", "−8·4 (−10·9 to −5·9)", "&lt;0·0001"]),
            ("Diastolic blood pressure, mm Hg", ["−6·1 (6·2)", "−1·9 (6·5)", "−4·2 (−5·9 to −2·5)", "&lt;0·0001"]),
            ("Heart rate, beats per min", ["−1·2 (7·4)", "−0·8 (7·1)", "−0·4 (−2·3 to 1·5)", "0·68"]),
            ("Bodyweight, kg", ["−0·6 (2·1)", "0·1 (2·0)", "−0·7 (−1·2 to −0·2)", "0·0072"]),
        ],
        legend="Data are mean (SD) or difference (95% CI).",
    ),
    T(
        "Table 3.",
        "Clinical End Points at 12 Months",
        "circ",
        f"<tr><th>End Point</th><th>{_K3[0]}</th><th>{_P3[0]}</th><th>Hazard Ratio (95% CI)</th><th>P Value</th></tr>",
        (
            C((_K3[0],), _K3[1], NP),
            C((_P3[0],), _P3[1], NP),
            C(("Hazard Ratio (95% CI)",), None, HRCI),
            C(("P Value",), None, P),
        ),
        [
            ("Cardiovascular death", ["18 (4.5)", "29 (7.3)", "0.61 (0.34–1.10)", "0.10"]),
            ("Myocardial infarction", ["24 (6.0)", "41 (10.4)", "0.57 (0.35–0.95)", "0.03"]),
            ("Stroke", ["7 (1.8)", "12 (3.0)", "0.58 (0.23–1.47)", "0.25"]),
            ("Major bleeding", ["31 (7.8)", "17 (4.3)", "1.83 (1.01–3.31)", "0.045"]),
        ],
        legend="Values are n (%) unless otherwise indicated.",
    ),
    T(
        "Table 4",
        "Procedural characteristics and follow-up",
        "ehj",
        f"<tr><th></th><th>{_A4[0]}</th><th>{_D4[0]}</th><th>P-value</th></tr>",
        (
            C((_A4[0],), _A4[1], IQR),
            C((_D4[0],), _D4[1], IQR),
            C(("P-value",), None, P),
        ),
        [
            ("Age, years", ["62 (55–70)", "61 (54–69)", "0.41"]),
            ("Left atrial diameter, mm", ["44 (40–48)", "43 (39–47)", "0.38"]),
            ("Time from first diagnosis of atrial fibrillation, months", ["18 (7–41)", "22 (9–48)", "0.22"]),
            ("CHA2DS2-VASc score", ["2 (1–3)", "2 (1–3)", "0.87"]),
        ],
        legend="Values are median (interquartile range).",
    ),
    T(
        "Table 5.",
        "Change from baseline to week 12 by dose",
        "bmc",
        f"<tr><th>Outcome</th><th>{_L5[0]}</th><th>{_H5[0]}</th><th>{_P5[0]}</th><th>P</th></tr>",
        (
            C((_L5[0],), _L5[1], MSD),
            C((_H5[0],), _H5[1], MSD),
            C((_P5[0],), _P5[1], MSD),
            C(("P",), None, P),
        ),
        [
            ("LDL cholesterol, mmol/L", ["−0.82 (0.41)", "−1.14 (0.46)", "−0.05 (0.38)", "&lt;0.001"]),
            ("Triglycerides, mmol/L", ["−0.21 (0.52)", "−0.34 (0.57)", "0.02 (0.49)", "0.002"]),
            ("HDL cholesterol, mmol/L", ["0.04 (0.18)", "0.07 (0.20)", "−0.01 (0.17)", "0.04"]),
        ],
        legend="Data are mean (SD).",
    ),
    T(
        "Table 6.",
        "Patients free of atrial arrhythmia at 6 and 12 months",
        "europace",
        f"<tr><th rowspan=2></th><th colspan=2 class=span>{_R6[0]}</th><th colspan=2 class=span>{_W6[0]}</th></tr>"
        "<tr>" + "<th>6 months</th><th>12 months</th>" * 2 + "</tr>",
        (
            *_arm(*_R6, ("6 months", NP, 1), ("12 months", NP, 1)),
            *_arm(*_W6, ("6 months", NP, 1), ("12 months", NP, 1)),
        ),
        [
            ("Free of AF", ["64 (80.0)", "58 (72.5)", "61 (76.3)", "52 (65.0)"]),
            ("Free of any atrial arrhythmia", ["60 (75.0)", "53 (66.3)", "57 (71.3)", "47 (58.8)"]),
            ("Free of symptoms", ["70 (87.5)", "66 (82.5)", "68 (85.0)", "60 (75.0)"]),
        ],
        legend="Values are n (%).",
    ),
]

# second set, written after the first set's fixes and before its page was first read
_C7 = ("Colchicine (n = 150)", "Colchicine")
_P7 = ("Placebo (n = 152)", "Placebo")
_S8 = ("Selatogrel group (n=96)", "Selatogrel group")
_P8 = ("Placebo group (n=95)", "Placebo group")
_D9 = ("Dapagliflozin (n = 84)", "Dapagliflozin")
_P9 = ("Placebo (n = 82)", "Placebo")
_A10 = ("5 mg (n = 45)", "5 mg")
_B10 = ("10 mg (n = 44)", "10 mg")
_P10 = ("Placebo (n = 46)", "Placebo")
_T11 = ("Tirzepatide (N = 52)", "Tirzepatide")
_P11 = ("Placebo (N = 50)", "Placebo")

TABLES_2 = [
    T(
        "Table 1.",
        "Adverse Events During Follow-Up",
        "circ2",
        f"<tr><th>Event</th><th>{_C7[0]}</th><th>{_P7[0]}</th><th>P Value</th></tr>",
        (C((_C7[0],), _C7[1], NP), C((_P7[0],), _P7[1], NP), C(("P Value",), None, P)),
        [
            ("Gastrointestinal intolerance leading to discontinuation", ["14 (9.3)", "5 (3.3)", "0.03"]),
            ("Diarrhea", ["21 (14.0)", "11 (7.2)", "0.06"]),
            ("Myalgia", ["6 (4.0)", "4 (2.6)", "0.54"]),
            ("Infection requiring hospitalization", ["3 (2.0)", "5 (3.3)", "0.72"]),
        ],
        legend="Values are n (%).",
    ),
    T(
        "Table 2:",
        "Platelet reactivity at baseline and at 1 h",
        "lancet2",
        f"<tr><th rowspan=2></th><th colspan=2 class=span>{_S8[0]}</th><th colspan=2 class=span>{_P8[0]}</th>"
        "<th rowspan=2>Difference at 1 h (95% CI)</th><th rowspan=2>p value</th></tr>"
        "<tr>" + "<th>Baseline</th><th>1 h</th>" * 2 + "</tr>",
        (
            *_arm(*_S8, ("Baseline", MSD, 1), ("1 h", MSD, 1)),
            *_arm(*_P8, ("Baseline", MSD, 1), ("1 h", MSD, 1)),
            C(("Difference at 1 h (95% CI)",), None, DCI),
            C(("p value",), None, P),
        ),
        [
            (
                "P2Y12 reaction units",
                [
                    "212·4 (48·1)",
                    "28·6 (19·2)",
                    "208·9 (51·3)",
                    "201·7 (49·8)",
                    "−173·1 (−187·0 to −159·2)",
                    "&lt;0·0001",
                ],
            ),
            (
                "Inhibition, %",
                ["3·1 (6·2)", "86·4 (9·7)", "2·8 (5·9)", "5·2 (8·1)", "81·2 (78·7 to 83·7)", "&lt;0·0001"],
            ),
            (
                "Aggregation, AU",
                ["61·8 (22·4)", "12·3 (9·1)", "60·2 (21·9)", "57·7 (23·0)", "−45·4 (−51·3 to −39·5)", "&lt;0·0001"],
            ),
        ],
        legend="Data are mean (SD) or difference (95% CI).",
    ),
    T(
        "Table 3",
        "Natriuretic peptides and renal function at 12 weeks",
        "ehj2",
        f"<tr><th></th><th>{_D9[0]}</th><th>{_P9[0]}</th><th>P</th></tr>",
        (C((_D9[0],), _D9[1], IQR), C((_P9[0],), _P9[1], IQR), C(("P",), None, P)),
        [
            ("NT-proBNP, pg/mL", ["1240 (620–2480)", "1510 (790–2930)", "0.04"]),
            ("hs-Troponin T, ng/L", ["21 (14–33)", "24 (15–38)", "0.21"]),
            ("Urinary albumin-to-creatinine ratio, mg/g", ["42 (12–160)", "58 (18–210)", "&lt;0.001"]),
        ],
        legend="Values are median (interquartile range).",
    ),
    T(
        "Table 4.",
        "Change from baseline to week 8 in blood pressure by dose",
        "bmc2",
        f"<tr><th>Outcome</th><th>{_A10[0]}</th><th>{_B10[0]}</th><th>{_P10[0]}</th><th>P</th></tr>",
        (
            C((_A10[0],), _A10[1], MSD),
            C((_B10[0],), _B10[1], MSD),
            C((_P10[0],), _P10[1], MSD),
            C(("P",), None, P),
        ),
        [
            ("Office systolic BP, mm Hg", ["−9.8 (10.4)", "−13.1 (11.2)", "−2.4 (9.9)", "&lt;0.001"]),
            ("Office diastolic BP, mm Hg", ["−5.2 (6.8)", "−7.9 (7.1)", "−1.1 (6.5)", "0.003"]),
            ("Home systolic BP, mm Hg", ["−7.6 (8.9)", "−10.2 (9.4)", "−1.8 (8.7)", "0.01"]),
        ],
        legend="Data are mean (SD).",
    ),
    T(
        "Table 5.",
        "Body composition at baseline and week 40",
        "europace2",
        f"<tr><th rowspan=2></th><th colspan=3 class=span>{_T11[0]}</th><th colspan=3 class=span>{_P11[0]}</th>"
        "</tr><tr>" + "<th>Baseline</th><th colspan=2>Within-group change</th>" * 2 + "</tr>",
        (
            *_arm(*_T11, ("Baseline", MSD, 1), ("Within-group change", MP, 2)),
            *_arm(*_P11, ("Baseline", MSD, 1), ("Within-group change", MP, 2)),
        ),
        [
            ("Fat mass, kg", ["38.4 (9.1)", "−6.2 (3.4)", "P&lt;0.001", "37.9 (8.8)", "−0.8 (2.9)", "P = 0.06"]),
            ("Lean mass, kg", ["52.1 (8.4)", "−2.3 (1.9)", "P&lt;0.001", "51.7 (8.6)", "−0.4 (1.7)", "P = 0.11"]),
            ("Visceral fat, cm²", ["182 (61)", "−41 (28)", "P&lt;0.001", "178 (58)", "−6 (24)", "P = 0.09"]),
        ],
        legend="Data are mean (SD). P values are for the change within each group.",
    ),
]


CSS = """
table.half { width: 50%; font-family: 'DejaVu Sans'; font-size: 7.5pt }
table.half td, table.half th { padding: 1pt 1pt }
table.half th { vertical-align: bottom; text-align: center }
table.half th.span { border-bottom: 1px solid black }
table.lancet { width: 60%; font-family: 'Nimbus Sans'; font-size: 8pt }
table.lancet td, table.lancet th { padding: 1pt 1.5pt }
table.circ { width: 70%; font-family: 'Liberation Sans'; font-size: 9pt }
table.circ td, table.circ th { padding: 1pt 1pt }
table.circ td + td { text-align: right }
table.ehj { width: 60%; font-family: 'Liberation Sans'; font-size: 9pt }
table.ehj td, table.ehj th { padding: 1pt 2pt }
table.ehj td + td, table.ehj th + th { text-align: center }
table.bmc { width: 80%; font-size: 9.5pt }
table.bmc td, table.bmc th { padding: 1pt 3pt }
table.bmc td + td { text-align: right }
table.europace { width: 50%; font-family: 'Liberation Sans'; font-size: 8pt }
table.europace td, table.europace th { padding: 1pt 1pt }
table.europace th { text-align: center }
table.europace th.span { border-bottom: 1px solid black }
table.circ2 { width: 50%; font-family: 'Liberation Sans'; font-size: 8pt }
table.circ2 td, table.circ2 th { padding: 1pt 1pt }
table.lancet2 { width: 70%; font-family: 'Nimbus Sans'; font-size: 8pt }
table.lancet2 td, table.lancet2 th { padding: 1pt 1pt }
table.lancet2 th { text-align: center; vertical-align: bottom }
table.lancet2 th.span { border-bottom: 0.5px solid black }
table.ehj2 { width: 50%; font-family: 'Liberation Sans'; font-size: 8.5pt }
table.ehj2 td, table.ehj2 th { padding: 1pt 1.5pt }
table.ehj2 td + td, table.ehj2 th + th { text-align: center }
table.bmc2 { width: 60%; font-size: 9pt }
table.bmc2 td, table.bmc2 th { padding: 1pt 2pt }
table.bmc2 td + td { text-align: right }
table.europace2 { width: 50%; font-family: 'DejaVu Sans'; font-size: 7.5pt }
table.europace2 td, table.europace2 th { padding: 1pt 2pt }
table.europace2 th { text-align: center; vertical-align: bottom }
table.europace2 th.span { border-bottom: 1px solid black }
"""


def html(tables: list[T]) -> str:
    parts = [f"<style>{CSS}</style>"]
    for t in tables:
        body = "".join(
            "<tr><td>" + label + "</td>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>" for label, cells in t.rows
        )
        legend = f"<p>{t.legend}</p>" if t.legend else ""
        parts.append(
            f"<div style='break-inside: avoid'><p><b>{t.table}</b> {t.caption}</p><table class='{t.css}'>"
            f"<thead>{t.head}</thead><tbody>{body}</tbody></table>{legend}<p>&nbsp;</p></div>"
        )
    return "\n".join(parts)


if __name__ == "__main__":
    from pathlib import Path

    out = Path(__file__).resolve().parents[1] / "typeset" / "read_back"
    for name, tables in (("tight-tables", TABLES), ("tight-tables-2", TABLES_2)):
        if not tables:
            continue
        page = out / f"{name}.html"
        page.write_text(
            "<!-- written by tests/extraction/tight_tables_gold.py -->\n" + html(tables) + "\n", encoding="utf-8"
        )
        print(page)
