"""Header families of baseline, AE and efficacy tables, set as trial tables set them: the gold of
tests/typeset/read_back/header-families.html (first set), header-families-2.html (second set, read only after the
first set's fixes) and header-families-3.html (third set, written after the second set's fixes), and the pages
themselves (``python -m tests.extraction.header_families_gold`` writes the HTML;
``python -m tests.typeset.read_back`` sets it).

Families, each typeset in variants (heads set top, centred or bottom; rules under spans; wrapped heads; tight
columns; N on its own line; sans or serif; narrow width):
1. three-level heads: a period or analysis span ("Week 24" / "Week 52", "Intention-to-treat" / "Per-protocol")
   over groups with their N over statistic sub-heads ("n | %", "Mean | SD");
2. "n | %" or "n | (%)" pairs under each group in tight columns, with a Total column;
3. a "Difference (95% CI)" or "Risk ratio (95% CI)" span over sub-columns (estimate | lower | upper, or
   estimate | P) beside the groups;
4. group heads wrapping over one to three lines, some with footnote marks (superscript letters, daggers);
5. heads set bottom-aligned while the stub head is set at the top, a rule under the group spans only.

Each table: its caption, a CSS class, the header rows as HTML, one column spec per body column (what the column's
path must hold, its own head, its group, the statistics of its cells) and rows of cells. Drugs and numbers are
ours.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Col:
    own: str  # the column's own (lowest) head, as the record's column path must end
    group: str | None  # the record's arm
    kinds: tuple[str, ...]  # the statistics of the column's cells, in order
    path: tuple[str, ...] = ()  # heads the column's path must also hold (a period or analysis span)


@dataclass(frozen=True)
class Table:
    table: str
    caption: str
    css: str
    head: str  # the <thead>'s rows, stub head included
    cols: tuple[Col, ...]
    rows: list[tuple[str, list[str]]]
    legend: str = ""
    source: str = ""  # the kind of journal or layout the form comes from

    @property
    def groups(self) -> set[str]:
        return {c.group for c in self.cols if c.group}


def _n_pct(own_n: str, own_p: str, group: str, *path: str) -> tuple[Col, Col]:
    return Col(own_n, group, ("count",), path), Col(own_p, group, ("percent",), path)


def _m_sd(group: str, *path: str) -> tuple[Col, Col]:
    return Col("Mean", group, ("mean",), path), Col("SD", group, ("sd",), path)


_NP = ("count", "percent")
_CI = ("ci_low", "ci_high")

TABLES = [
    # 1. three-level heads: week spans over groups (N in the head) over "n | %", heads set top (Lancet, JAMA
    # efficacy tables with responders at two visits)
    Table(
        "Table 1", "Responders at Week 24 and Week 52.", "top",
        "<tr><th rowspan=3>Outcome</th><th colspan=4>Week 24</th><th colspan=4>Week 52</th></tr>"
        "<tr><th colspan=2>Velsubart (N=210)</th><th colspan=2>Placebo (N=205)</th>"
        "<th colspan=2>Velsubart (N=210)</th><th colspan=2>Placebo (N=205)</th></tr>"
        "<tr>" + "<th>n</th><th>%</th>" * 4 + "</tr>",
        (*_n_pct("n", "%", "Velsubart", "Week 24"), *_n_pct("n", "%", "Placebo", "Week 24"),
         *_n_pct("n", "%", "Velsubart", "Week 52"), *_n_pct("n", "%", "Placebo", "Week 52")),
        [("ACR20 response", ["121", "57.6", "74", "36.1", "133", "63.3", "80", "39.0"]),
         ("ACR50 response", ["78", "37.1", "35", "17.1", "92", "43.8", "41", "20.0"]),
         ("ACR70 response", ["41", "19.5", "14", "6.8", "55", "26.2", "18", "8.8"])],
        source="Lancet/JAMA efficacy tables by visit",
    ),
    # 1. analysis populations over groups with N on its own line over "Mean | SD", heads centred, sans (NEJM-like)
    Table(
        "Table 2", "Change from Baseline in HbA1c by Analysis Population.", "centred sans",
        "<tr><th rowspan=3>Variable</th><th colspan=4>Intention-to-treat</th><th colspan=4>Per-protocol</th></tr>"
        "<tr><th colspan=2>Glutazepide<br>(N=302)</th><th colspan=2>Sitagliptin<br>(N=298)</th>"
        "<th colspan=2>Glutazepide<br>(N=271)</th><th colspan=2>Sitagliptin<br>(N=265)</th></tr>"
        "<tr>" + "<th>Mean</th><th>SD</th>" * 4 + "</tr>",
        (*_m_sd("Glutazepide", "Intention-to-treat"), *_m_sd("Sitagliptin", "Intention-to-treat"),
         *_m_sd("Glutazepide", "Per-protocol"), *_m_sd("Sitagliptin", "Per-protocol")),
        [("HbA1c, %", ["−1.21", "0.84", "−0.72", "0.81", "−1.29", "0.80", "−0.75", "0.79"]),
         ("Fasting plasma glucose, mmol/L", ["−1.9", "2.1", "−1.1", "2.0", "−2.0", "2.0", "−1.2", "1.9"]),
         ("Body weight, kg", ["−3.4", "3.9", "−0.6", "3.1", "−3.6", "3.8", "−0.7", "3.0"])],
        source="NEJM/Diabetes Care sensitivity analyses",
    ),
    # 2. "n | (%)" pairs, tight columns, a Total column, narrow table (BMJ/BMC baseline tables)
    Table(
        "Table 3", "Baseline Characteristics.", "narrow",
        "<tr><th rowspan=2>Characteristic</th><th colspan=2>Ravoxetine (N=148)</th>"
        "<th colspan=2>Placebo (N=151)</th><th colspan=2>Total (N=299)</th></tr>"
        "<tr>" + "<th>n</th><th>(%)</th>" * 3 + "</tr>",
        (*_n_pct("n", "(%)", "Ravoxetine"), *_n_pct("n", "(%)", "Placebo"), *_n_pct("n", "(%)", "Total")),
        [("Female sex", ["88", "(59.5)", "91", "(60.3)", "179", "(59.9)"]),
         ("Current smoker", ["31", "(20.9)", "27", "(17.9)", "58", "(19.4)"]),
         ("Diabetes", ["22", "(14.9)", "25", "(16.6)", "47", "(15.7)"]),
         ("Prior depressive episode", ["104", "(70.3)", "99", "(65.6)", "203", "(67.9)"])],
        source="BMJ/BMC baseline tables",
    ),
    # 2. "n | %" pairs with a Total, heads centred, sans, three groups plus Total (AE table)
    Table(
        "Table 4", "Adverse Events.", "centred sans tight",
        "<tr><th rowspan=2>Event</th><th colspan=2>Lenvadorin 10 mg (N=96)</th><th colspan=2>Lenvadorin 20 mg "
        "(N=98)</th><th colspan=2>Placebo (N=97)</th><th colspan=2>Total (N=291)</th></tr>"
        "<tr>" + "<th>n</th><th>%</th>" * 4 + "</tr>",
        (*_n_pct("n", "%", "Lenvadorin 10 mg"), *_n_pct("n", "%", "Lenvadorin 20 mg"),
         *_n_pct("n", "%", "Placebo"), *_n_pct("n", "%", "Total")),
        [("Headache", ["14", "14.6", "19", "19.4", "9", "9.3", "42", "14.4"]),
         ("Nausea", ["11", "11.5", "17", "17.3", "5", "5.2", "33", "11.3"]),
         ("Dizziness", ["6", "6.3", "10", "10.2", "4", "4.1", "20", "6.9"])],
        source="Clinical pharmacology AE tables",
    ),
    # 3. a difference span over estimate | lower | upper beside the groups, heads top (Annals/JAMA efficacy)
    Table(
        "Table 5", "Primary and Secondary Efficacy Outcomes.", "top",
        "<tr><th rowspan=2>Outcome</th><th rowspan=2>Torvacept (N=180)</th><th rowspan=2>Placebo (N=178)</th>"
        "<th colspan=3>Difference (95% CI)</th><th rowspan=2>P Value</th></tr>"
        "<tr><th>Estimate</th><th>Lower</th><th>Upper</th></tr>",
        (Col("Torvacept (N=180)", "Torvacept", ("mean", "sd")), Col("Placebo (N=178)", "Placebo", ("mean", "sd")),
         Col("Estimate", None, ("value",), ("Difference",)), Col("Lower", None, ("ci_low",), ("Difference",)),
         Col("Upper", None, ("ci_high",), ("Difference",)), Col("P Value", None, ("p",))),
        [("Change in pain score", ["−2.4 (1.9)", "−1.1 (2.0)", "−1.3", "−1.7", "−0.9", "<0.001"]),
         ("Change in function score", ["−8.1 (6.2)", "−4.9 (6.5)", "−3.2", "−4.5", "−1.9", "<0.001"]),
         ("Change in fatigue score", ["−1.0 (2.2)", "−0.8 (2.3)", "−0.2", "−0.7", "0.3", "0.42"])],
        legend="Values are mean (SD).",
        source="Annals/JAMA efficacy tables with bounds in columns",
    ),
    # 3. a risk ratio span over estimate (95% CI) | P, heads centred, groups "n/N (%)" (BMJ, Lancet)
    Table(
        "Table 6", "Outcomes at 12 Months.", "centred",
        "<tr><th rowspan=2>Outcome</th><th rowspan=2>Sertaprazole<br>(n=412)</th><th rowspan=2>Usual care<br>"
        "(n=409)</th><th colspan=2>Risk ratio (95% CI)</th></tr>"
        "<tr><th>Estimate</th><th>P</th></tr>",
        (Col("(n=412)", "Sertaprazole", ("count", "percent")), Col("(n=409)", "Usual care", ("count", "percent")),
         Col("Estimate", None, ("rr", *_CI), ("Risk ratio",)), Col("P", None, ("p",), ("Risk ratio",))),
        [("Symptom remission", ["198 (48.1)", "151 (36.9)", "1.30 (1.11–1.53)", "0.001"]),
         ("Relapse", ["61 (14.8)", "87 (21.3)", "0.70 (0.52–0.94)", "0.02"]),
         ("Hospital admission", ["12 (2.9)", "15 (3.7)", "0.79 (0.38–1.67)", "0.54"])],
        source="BMJ/Lancet pragmatic trial outcome tables",
    ),
    # 4. group heads wrapping over one to three lines, footnote marks on some, heads top (JCO, Lancet Oncology AE)
    Table(
        "Table 7", "Treatment-Related Adverse Events.", "top",
        "<tr><th rowspan=2>Adverse event</th>"
        "<th colspan=2>Zentrolimab 200 mg every 3 weeks<sup>a</sup> (N=312)</th>"
        "<th colspan=2>Zentrolimab 400 mg every 6 weeks&dagger; (N=298)</th>"
        "<th colspan=2>Chemotherapy<sup>b</sup> (N=305)</th></tr>"
        "<tr>" + "<th>Any grade</th><th>Grade 3–4</th>" * 3 + "</tr>",
        (Col("Any grade", "Zentrolimab 200 mg every 3 weeks", _NP),
         Col("Grade 3–4", "Zentrolimab 200 mg every 3 weeks", _NP),
         Col("Any grade", "Zentrolimab 400 mg every 6 weeks", _NP),
         Col("Grade 3–4", "Zentrolimab 400 mg every 6 weeks", _NP),
         Col("Any grade", "Chemotherapy", _NP), Col("Grade 3–4", "Chemotherapy", _NP)),
        [("Fatigue", ["72 (23.1)", "5 (1.6)", "65 (21.8)", "4 (1.3)", "121 (39.7)", "18 (5.9)"]),
         ("Rash", ["48 (15.4)", "3 (1.0)", "44 (14.8)", "2 (0.7)", "14 (4.6)", "0"]),
         ("Hypothyroidism", ["39 (12.5)", "1 (0.3)", "36 (12.1)", "0", "3 (1.0)", "0"])],
        legend="<sup>a</sup> Flat dose. † Given as a 30-minute infusion. <sup>b</sup> Investigator's choice.",
        source="JCO/Lancet Oncology AE tables",
    ),
    # 5. heads set bottom, the stub head at the top, a rule under the group spans only; a group head wraps
    # (NEJM/JAMA baseline tables)
    Table(
        "Table 8", "Characteristics of the Patients at Baseline.", "bottom spanrule",
        "<tr><th rowspan=2 class=stub>Characteristic</th><th colspan=2 class=span>Tenapanor plus standard "
        "therapy</th><th colspan=2 class=span>Standard therapy</th></tr>"
        "<tr>" + "<th>No.</th><th>%</th>" * 2 + "</tr>",
        (*_n_pct("No.", "%", "Tenapanor plus standard therapy"), *_n_pct("No.", "%", "Standard therapy")),
        [("Male sex", ["201", "62.4", "196", "60.9"]),
         ("Hypertension", ["254", "78.9", "249", "77.3"]),
         ("Heart failure", ["67", "20.8", "71", "22.0"])],
        source="NEJM/JAMA baseline tables, bottom-aligned heads",
    ),
    # 1+5. week spans over groups with N on its own line over "Mean | SD", heads bottom, narrow, a rule under the
    # spans (Diabetes Care, Obesity)
    Table(
        "Table 9", "Body Weight by Visit.", "bottom spanrule narrow",
        "<tr><th rowspan=3 class=stub>Variable</th><th colspan=4 class=span>Week 24</th>"
        "<th colspan=4 class=span>Week 52</th></tr>"
        "<tr><th colspan=2>Obicetrapib<br>(n=150)</th><th colspan=2>Placebo<br>(n=148)</th>"
        "<th colspan=2>Obicetrapib<br>(n=150)</th><th colspan=2>Placebo<br>(n=148)</th></tr>"
        "<tr>" + "<th>Mean</th><th>SD</th>" * 4 + "</tr>",
        (*_m_sd("Obicetrapib", "Week 24"), *_m_sd("Placebo", "Week 24"),
         *_m_sd("Obicetrapib", "Week 52"), *_m_sd("Placebo", "Week 52")),
        [("Body weight, kg", ["92.1", "14.2", "95.8", "15.0", "89.4", "14.0", "95.5", "15.1"]),
         ("BMI, kg/m²", ["32.0", "4.1", "33.1", "4.4", "31.1", "4.0", "33.0", "4.5"])],
        source="Diabetes Care/Obesity visit tables",
    ),
    # 3+4. wrapped group heads with daggers beside a "Difference (95% CI)" span over estimate | lower | upper,
    # heads bottom, sans
    Table(
        "Table 10", "Secondary Outcomes.", "bottom sans",
        "<tr><th rowspan=2>Outcome</th><th rowspan=2>Dapalutamide plus androgen deprivation&dagger;<br>"
        "(N=560)</th><th rowspan=2>Androgen deprivation alone<br>(N=558)</th>"
        "<th colspan=3 class=span>Difference (95% CI)</th></tr>"
        "<tr><th>Estimate</th><th>Lower</th><th>Upper</th></tr>",
        (Col("(N=560)", "Dapalutamide plus androgen deprivation", _NP),
         Col("(N=558)", "Androgen deprivation alone", _NP),
         Col("Estimate", None, ("value",), ("Difference",)), Col("Lower", None, ("ci_low",), ("Difference",)),
         Col("Upper", None, ("ci_high",), ("Difference",))),
        [("PSA response", ["402 (71.8)", "293 (52.5)", "19.3", "13.8", "24.8"]),
         ("Pain progression", ["98 (17.5)", "131 (23.5)", "−6.0", "−10.7", "−1.3"])],
        legend="† Given once daily.",
        source="JCO/Lancet Oncology secondary outcome tables",
    ),
]  # fmt: skip

# the second set: new instances of the same families, written with the first before either page was read, read
# only after the first set's fixes
TABLES_2 = [
    Table(
        "Table 1", "Remission by Visit and Group.", "centred",
        "<tr><th rowspan=3>Outcome</th><th colspan=4>Week 12</th><th colspan=4>Week 48</th></tr>"
        "<tr><th colspan=2>Mirikizumab<br>(N=318)</th><th colspan=2>Placebo<br>(N=159)</th>"
        "<th colspan=2>Mirikizumab<br>(N=318)</th><th colspan=2>Placebo<br>(N=159)</th></tr>"
        "<tr>" + "<th>n</th><th>(%)</th>" * 4 + "</tr>",
        (*_n_pct("n", "(%)", "Mirikizumab", "Week 12"), *_n_pct("n", "(%)", "Placebo", "Week 12"),
         *_n_pct("n", "(%)", "Mirikizumab", "Week 48"), *_n_pct("n", "(%)", "Placebo", "Week 48")),
        [("Clinical remission", ["77", "(24.2)", "21", "(13.2)", "98", "(30.8)", "25", "(15.7)"]),
         ("Endoscopic improvement", ["115", "(36.2)", "33", "(20.8)", "131", "(41.2)", "36", "(22.6)"])],
        source="Gastroenterology/Lancet induction and maintenance tables",
    ),
    Table(
        "Table 2", "Baseline Characteristics by Group.", "sans narrow tight",
        "<tr><th rowspan=2>Characteristic</th><th colspan=2>Cenobamide (N=221)</th>"
        "<th colspan=2>Lacosamide (N=219)</th><th colspan=2>All patients (N=440)</th></tr>"
        "<tr>" + "<th>n</th><th>%</th>" * 3 + "</tr>",
        (*_n_pct("n", "%", "Cenobamide"), *_n_pct("n", "%", "Lacosamide"), *_n_pct("n", "%", "All patients")),
        [("Women", ["118", "53.4", "121", "55.3", "239", "54.3"]),
         ("Focal seizures", ["189", "85.5", "184", "84.0", "373", "84.8"]),
         ("Prior surgery", ["17", "7.7", "21", "9.6", "38", "8.6"])],
        source="Epilepsia/Neurology baseline tables",
    ),
    Table(
        "Table 3", "Efficacy End Points.", "bottom spanrule",
        "<tr><th rowspan=2 class=stub>End point</th><th rowspan=2>Finerenone<sup>a</sup><br>(N=2833)</th>"
        "<th rowspan=2>Placebo<br>(N=2841)</th><th colspan=3 class=span>Risk ratio (95% CI)</th></tr>"
        "<tr><th>Estimate</th><th>Lower</th><th>Upper</th></tr>",
        (Col("(N=2833)", "Finerenone", _NP), Col("(N=2841)", "Placebo", _NP),
         Col("Estimate", None, ("rr",), ("Risk ratio",)), Col("Lower", None, ("ci_low",), ("Risk ratio",)),
         Col("Upper", None, ("ci_high",), ("Risk ratio",))),
        [("Kidney failure", ["208 (7.3)", "235 (8.3)", "0.88", "0.74", "1.06"]),
         ("Hospitalization for heart failure", ["256 (9.0)", "325 (11.4)", "0.79", "0.67", "0.93"])],
        legend="<sup>a</sup> 10 or 20 mg once daily.",
        source="NEJM/Circulation renal outcome tables",
    ),
    Table(
        "Table 4", "Serious Adverse Events.", "bottom spanrule sans",
        "<tr><th rowspan=2 class=stub>Event</th>"
        "<th colspan=2 class=span>Olpasiran 75 mg every 12 weeks<sup>a</sup> (N=58)</th>"
        "<th colspan=2 class=span>Olpasiran 225 mg every 24 weeks&dagger; (N=57)</th>"
        "<th colspan=2 class=span>Placebo (N=57)</th></tr>"
        "<tr>" + "<th>Any grade</th><th>Grade ≥3</th>" * 3 + "</tr>",
        (Col("Any grade", "Olpasiran 75 mg every 12 weeks", _NP),
         Col("Grade ≥3", "Olpasiran 75 mg every 12 weeks", _NP),
         Col("Any grade", "Olpasiran 225 mg every 24 weeks", _NP),
         Col("Grade ≥3", "Olpasiran 225 mg every 24 weeks", _NP),
         Col("Any grade", "Placebo", _NP), Col("Grade ≥3", "Placebo", _NP)),
        [("Injection-site reaction", ["7 (12.1)", "0", "9 (15.8)", "1 (1.8)", "2 (3.5)", "0"]),
         ("Myalgia", ["4 (6.9)", "1 (1.7)", "5 (8.8)", "0", "3 (5.3)", "0"])],
        legend="<sup>a</sup> Subcutaneous. † Subcutaneous, loading dose at week 4.",
        source="NEJM/Nature Medicine phase 2 AE tables",
    ),
]  # fmt: skip

# the third set, written after the second set's fixes, before it was read
TABLES_3 = [
    Table(
        "Table 1", "Demographic and Clinical Characteristics.", "tight narrow",
        "<tr><th rowspan=2>Characteristic<sup>a</sup></th><th colspan=2>Brexpiprazole (N=188)</th>"
        "<th colspan=2>Placebo (N=190)</th><th colspan=2>Overall (N=378)</th></tr>"
        "<tr>" + "<th>n</th><th>(%)</th>" * 3 + "</tr>",
        (*_n_pct("n", "(%)", "Brexpiprazole"), *_n_pct("n", "(%)", "Placebo"), *_n_pct("n", "(%)", "Overall")),
        [("Men", ["71", "(37.8)", "76", "(40.0)", "147", "(38.9)"]),
         ("White race", ["152", "(80.9)", "149", "(78.4)", "301", "(79.6)"]),
         ("Prior hospitalization", ["64", "(34.0)", "58", "(30.5)", "122", "(32.3)"])],
        legend="<sup>a</sup> Randomized set.",
        source="Am J Psychiatry/JAMA Psychiatry baseline tables, tight padding",
    ),
    Table(
        "Table 2", "Immune-Related Adverse Events.", "bottom spanrule",
        "<tr><th rowspan=2 class=stub>Event</th>"
        "<th colspan=2 class=span>Cemiplimab plus platinum-doublet chemotherapy<sup>b</sup> (N=312)</th>"
        "<th colspan=2 class=span>Placebo plus chemotherapy (N=153)</th></tr>"
        "<tr>" + "<th>Any grade</th><th>Grade 3–4</th>" * 2 + "</tr>",
        (Col("Any grade", "Cemiplimab plus platinum-doublet chemotherapy", _NP),
         Col("Grade 3–4", "Cemiplimab plus platinum-doublet chemotherapy", _NP),
         Col("Any grade", "Placebo plus chemotherapy", _NP), Col("Grade 3–4", "Placebo plus chemotherapy", _NP)),
        [("Hypothyroidism", ["31 (9.9)", "1 (0.3)", "2 (1.3)", "0"]),
         ("Pneumonitis", ["12 (3.8)", "4 (1.3)", "1 (0.7)", "0"]),
         ("Hepatitis", ["9 (2.9)", "5 (1.6)", "0", "0"])],
        legend="<sup>b</sup> Investigator's choice of doublet.",
        source="Nature Medicine/JCO immune-related AE tables",
    ),
    Table(
        "Table 3", "Change in Symptom Score by Analysis Population.", "bottom spanrule sans tight",
        "<tr><th rowspan=2 class=stub>Population</th><th rowspan=2>Esketamine<br>(N=114)</th>"
        "<th rowspan=2>Placebo<br>(N=113)</th><th colspan=3 class=span>Difference (95% CI)</th></tr>"
        "<tr><th>Estimate</th><th>Lower</th><th>Upper</th></tr>",
        (Col("(N=114)", "Esketamine", ("mean", "sd")), Col("(N=113)", "Placebo", ("mean", "sd")),
         Col("Estimate", None, ("value",), ("Difference",)), Col("Lower", None, ("ci_low",), ("Difference",)),
         Col("Upper", None, ("ci_high",), ("Difference",))),
        [("Full analysis set", ["−19.8 (8.9)", "−15.8 (9.4)", "−4.0", "−6.4", "−1.6"]),
         ("Per-protocol set", ["−20.3 (8.6)", "−16.0 (9.1)", "−4.3", "−6.8", "−1.8"])],
        legend="Values are mean (SD) change from baseline.",
        source="Am J Psychiatry efficacy tables",
    ),
]  # fmt: skip

CSS = """
table.centred th { text-align: center }
table.bottom th { vertical-align: bottom }
table.bottom th.stub { vertical-align: top }
table.spanrule th.span { border-bottom: 1px solid black }
table.sans { font-family: 'DejaVu Sans' }
table.narrow { width: 75% }
table.tight td, table.tight th { padding: 1px 2px }
"""


def html(tables: list[Table]) -> str:
    parts = [f"<style>{CSS}</style>"]
    for t in tables:
        body = "".join(
            "<tr><td>" + label + "</td>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>" for label, cells in t.rows
        )
        legend = f"<p>{t.legend}</p>" if t.legend else ""
        parts.append(
            f"<!-- {t.source} -->\n<p><b>{t.table}. {t.caption}</b></p><table class='{t.css}'><thead>{t.head}</thead>"
            f"<tbody>{body}</tbody></table>{legend}<p>&nbsp;</p>"
        )
    return "\n".join(parts)


_NUMBER = r"[<>]?[−-]?\d+(?:\.\d+)?"

Expected = tuple[str, str, Col, str, float, str | None]


def expected(tables: list[Table]) -> list[Expected]:
    """(table, row label, the column, statistic, value, comparator) of every number."""
    out = []
    for t in tables:
        for label, cells in t.rows:
            assert len(cells) == len(t.cols), (t.table, label)
            for col, cell in zip(t.cols, cells, strict=True):
                numbers = re.findall(_NUMBER, cell)
                kinds = col.kinds if len(numbers) == len(col.kinds) else col.kinds[:1]  # "0" for "n (%)"
                assert len(numbers) == len(kinds), (t.table, cell)
                for stat, number in zip(kinds, numbers, strict=True):
                    comparator = number[0] if number[0] in "<>" else None
                    value = float(number.lstrip("<>").replace("−", "-"))
                    out.append((t.table, label, col, stat, value, comparator))
    return out


if __name__ == "__main__":
    from pathlib import Path

    here = Path(__file__).resolve().parents[1] / "typeset" / "read_back"
    for name, tables in (("header-families", TABLES), ("header-families-2", TABLES_2), ("header-families-3", TABLES_3)):
        out = here / f"{name}.html"
        out.write_text(
            "<!-- written by tests/extraction/header_families_gold.py -->\n" + html(tables) + "\n", encoding="utf-8"
        )
        print(out)
