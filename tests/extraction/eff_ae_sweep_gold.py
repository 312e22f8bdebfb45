"""Oncology efficacy and AE header families, set as trial tables set them: the gold of
tests/typeset/read_back/eff-ae-sweep.html (first set) and eff-ae-sweep-2.html (second set, written after the first
set's fixes, before it was read), and the pages themselves (``python -m tests.extraction.eff_ae_sweep_gold`` writes
the HTML; ``python -m tests.typeset.read_back`` sets it).

Families, each typeset in variants (heads set top, centred or bottom; rules under spans; N on its own line; sans or
serif; tight padding; narrow width):
1. oncology efficacy by cohort or dose level as columns ("Cohort A (n=24) | Cohort B (n=31) | Total (N=55)"): best
   overall response n (%) under a heading row, ORR / DCR "% (95% CI)" on the row or "95% CI" in a column of its
   own under each dose level, median DoR / PFS / OS "(95% CI)" with NR / NE, 6- and 12-month landmark rates,
   "Events/patients, n/N" rows;
2. AE tables with three head levels: arm > "All grades | Grade ≥3" (or "TEAEs | TRAEs") > "n | %", system organ
   classes in bold or italic with indented preferred terms, a "Patients with ≥1 ..." summary row;
3. efficacy with "Median (95% CI), months" as a sub-head under each arm beside "HR (95% CI)" / "Stratified HR
   (95% CI)" / "P value (log-rank)" columns, two analyses ("Investigator | BICR") as spans;
4. response tables transposed: endpoints as columns, cohorts or dose levels as rows.

Each table: caption, CSS class, the header rows as HTML, one column spec per body column (what the column's path
must end with and hold, its group, the statistics of its cells, the AE grade or scope it states) and rows (label,
cells, the heading row the label sits under, statistics when the row says them rather than the column, the group
when groups are rows). "NR" / "NE" say nothing and are not listed. Drugs and numbers are ours.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Col:
    own: str  # the column's own (lowest) head, as the record's column path must end
    group: str | None  # the record's arm (None: no group's, or the row's when groups are rows)
    kinds: tuple[str, ...] = ()  # the statistics of the column's cells (empty: the row says them)
    path: tuple[str, ...] = ()  # heads the column's path must also hold (an analysis span, a grade span)
    grade: str | None = None  # the AE grade the column states
    scope: str | None = None  # the AE scope the column states


@dataclass(frozen=True)
class Row:
    label: str  # as the record's row path must end
    cells: tuple[str, ...]
    under: str = ""  # a heading (SOC, endpoint) the row path must also hold
    kinds: tuple[str, ...] = ()  # the statistics of every cell when the row says them
    group: str | None = None  # the row's group when groups are rows
    style: str = ""  # "soc" (bold), "socit" (italic), "pt" (indented), "head" (a heading row, no cells)


@dataclass(frozen=True)
class Table:
    table: str
    caption: str
    css: str
    head: str  # the <thead>'s rows, stub head included
    cols: tuple[Col, ...]
    rows: tuple[Row, ...]
    legend: str = ""
    source: str = ""

    @property
    def groups(self) -> set[str]:
        return {c.group for c in self.cols if c.group} | {r.group for r in self.rows if r.group}


_NP = ("count", "percent")
_MED = ("median", "ci_low", "ci_high")
_PCI = ("percent", "ci_low", "ci_high")
_RCI = ("rate", "ci_low", "ci_high")
_HR = ("hr", "ci_low", "ci_high")
_ND = ("count", "denominator")
_CI = ("ci_low", "ci_high")


def _h(label: str) -> Row:
    return Row(label, (), style="head")


def _r(label: str, *cells: str, under: str = "", kinds: tuple[str, ...] = (), style: str = "") -> Row:
    return Row(label, cells, under, kinds, style=style)


def _ae(arms: tuple[str, ...], spans: tuple[tuple[str, str | None, str | None], ...]) -> tuple[Col, ...]:
    """arm > span (grade or scope) > n | %."""
    return tuple(
        Col(own, arm, (kind,), (span,), grade, scope)
        for arm in arms
        for span, grade, scope in spans
        for own, kind in (("n", "count"), ("%", "percent"))
    )


_BOR = "Best overall response, n (%)"
_A, _B, _T = "Cohort A", "Cohort B", "Total"

TABLES = [
    # 1. cohorts as columns, one head line each, BOR under a heading row, ORR/DCR "% (95% CI)" on the row
    # (Clin Cancer Res / JCO phase 2 basket-trial tables)
    Table(
        "Table 1", "Best Overall Response by Cohort.", "top",
        "<tr><th>Response</th><th>Cohort A (n=24)</th><th>Cohort B (n=31)</th><th>Total (N=55)</th></tr>",
        (Col("Cohort A (n=24)", _A), Col("Cohort B (n=31)", _B), Col("Total (N=55)", _T)),
        (_h(_BOR),
         _r("Complete response", "2 (8.3)", "1 (3.2)", "3 (5.5)", under=_BOR, kinds=_NP, style="pt"),
         _r("Partial response", "7 (29.2)", "10 (32.3)", "17 (30.9)", under=_BOR, kinds=_NP, style="pt"),
         _r("Stable disease", "9 (37.5)", "12 (38.7)", "21 (38.2)", under=_BOR, kinds=_NP, style="pt"),
         _r("Progressive disease", "5 (20.8)", "7 (22.6)", "12 (21.8)", under=_BOR, kinds=_NP, style="pt"),
         _r("Not evaluable", "1 (4.2)", "1 (3.2)", "2 (3.6)", under=_BOR, kinds=_NP, style="pt"),
         _r("ORR, % (95% CI)", "37.5 (18.8–59.4)", "35.5 (19.2–54.6)", "36.4 (23.8–50.4)", kinds=_PCI),
         _r("DCR, % (95% CI)", "75.0 (53.3–90.2)", "74.2 (55.4–88.1)", "74.5 (61.0–85.3)", kinds=_PCI)),
        source="Clin Cancer Res / JCO basket-trial response tables",
    ),
    # 1. cohorts as columns with N on its own line, centred, sans: time-to-event blocks under heading rows,
    # medians with NR/NE, 6- and 12-month landmark rates, "Events/patients, n/N" (Lancet Oncol, JCO)
    Table(
        "Table 2", "Time-to-Event Outcomes by Cohort.", "centred sans",
        "<tr><th>Outcome</th><th>Cohort A<br>(n=24)</th><th>Cohort B<br>(n=31)</th><th>Total<br>(N=55)</th></tr>",
        (Col("(n=24)", _A), Col("(n=31)", _B), Col("(N=55)", _T)),
        (_h("Duration of response"),
         _r("Events/patients, n/N", "4/9", "5/11", "9/20", under="Duration of response", kinds=_ND, style="pt"),
         _r("Median (95% CI), months", "NR (8.3–NE)", "11.1 (6.9–NR)", "14.2 (8.3–NR)", under="Duration of response",
            kinds=_MED, style="pt"),
         _h("Progression-free survival"),
         _r("Events/patients, n/N", "15/24", "21/31", "36/55", under="Progression-free survival", kinds=_ND,
            style="pt"),
         _r("Median (95% CI), months", "7.4 (5.5–11.0)", "5.6 (3.7–8.3)", "6.5 (5.4–8.1)",
            under="Progression-free survival", kinds=_MED, style="pt"),
         _r("6-month rate, % (95% CI)", "61.9 (39.3–78.3)", "48.0 (29.5–64.2)", "54.0 (39.9–66.1)",
            under="Progression-free survival", kinds=_RCI, style="pt"),
         _r("12-month rate, % (95% CI)", "28.6 (11.9–48.0)", "20.3 (8.0–36.5)", "23.9 (13.0–36.6)",
            under="Progression-free survival", kinds=_RCI, style="pt"),
         _h("Overall survival"),
         _r("Median (95% CI), months", "NR (14.1–NE)", "18.2 (12.7–NE)", "NR (15.0–NE)", under="Overall survival",
            kinds=_MED, style="pt"),
         _r("12-month rate, % (95% CI)", "78.8 (55.9–90.6)", "67.4 (47.8–81.1)", "72.4 (58.3–82.5)",
            under="Overall survival", kinds=_RCI, style="pt")),
        source="Lancet Oncol / JCO single-arm cohort efficacy tables",
    ),
    # 1. dose levels as spans over "n (%)" | "95% CI" (the interval in a column of its own), heads bottom-aligned,
    # a rule under the spans, narrow and tight (dose-escalation papers, Cancer Discov / Ann Oncol)
    Table(
        "Table 3", "Response by Dose Level.", "bottom spanrule narrow tight",
        "<tr><th rowspan=2 class=stub>Response</th><th colspan=2 class=span>Dose level 1 (n=12)</th>"
        "<th colspan=2 class=span>Dose level 2 (n=14)</th></tr>"
        "<tr>" + "<th>n (%)</th><th>95% CI</th>" * 2 + "</tr>",
        (Col("n (%)", "Dose level 1", _NP), Col("95% CI", "Dose level 1", _CI),
         Col("n (%)", "Dose level 2", _NP), Col("95% CI", "Dose level 2", _CI)),
        (_r("Objective response", "5 (41.7)", "15.2–72.3", "8 (57.1)", "28.9–82.3"),
         _r("Disease control", "10 (83.3)", "51.6–97.9", "12 (85.7)", "57.2–98.2"),
         _r("Complete response", "1 (8.3)", "0.2–38.5", "2 (14.3)", "1.8–42.8")),
        source="Cancer Discov / Ann Oncol dose-escalation response tables",
    ),
    # 2. AE: arm > "All grades | Grade ≥3" > "n | %", centred, bold SOC, indented PT, a summary row (NEJM/Lancet)
    Table(
        "Table 4", "Treatment-Emergent Adverse Events.", "centred",
        "<tr><th rowspan=3>Event</th><th colspan=4>Zelmocitinib (N=88)</th><th colspan=4>Placebo (N=86)</th></tr>"
        "<tr>" + "<th colspan=2>All grades</th><th colspan=2>Grade ≥3</th>" * 2 + "</tr>"
        "<tr>" + "<th>n</th><th>%</th>" * 4 + "</tr>",
        _ae(("Zelmocitinib", "Placebo"), (("All grades", "any", None), ("Grade ≥3", ">=3", None))),
        (_r("Patients with ≥1 TEAE", "79", "89.8", "31", "35.2", "68", "79.1", "17", "19.8"),
         _r("Gastrointestinal disorders", "41", "46.6", "6", "6.8", "22", "25.6", "2", "2.3", style="soc"),
         _r("Diarrhoea", "28", "31.8", "4", "4.5", "11", "12.8", "1", "1.2", under="Gastrointestinal disorders",
            style="pt"),
         _r("Nausea", "17", "19.3", "1", "1.1", "9", "10.5", "0", "0.0", under="Gastrointestinal disorders",
            style="pt"),
         _r("Infections and infestations", "25", "28.4", "5", "5.7", "18", "20.9", "3", "3.5", style="soc"),
         _r("Upper respiratory tract infection", "14", "15.9", "0", "0.0", "10", "11.6", "0", "0.0",
            under="Infections and infestations", style="pt"),
         _r("Herpes zoster", "6", "6.8", "2", "2.3", "1", "1.2", "0", "0.0", under="Infections and infestations",
            style="pt")),
        source="NEJM / Lancet AE tables by SOC and PT",
    ),
    # 2. AE: dose > "TEAEs | TRAEs" > "n | %", tight, sans, bottom-aligned with rules under spans, italic SOC
    # (J Clin Oncol / Clin Cancer Res phase 1 safety tables)
    Table(
        "Table 5", "Adverse Events by Dose (Safety Population).", "bottom spanrule sans tight",
        "<tr><th rowspan=3 class=stub>System organ class / Preferred term</th>"
        "<th colspan=4 class=span>Velrotinib 200 mg (N=64)</th><th colspan=4 class=span>Velrotinib 400 mg (N=61)</th>"
        "</tr><tr>" + "<th colspan=2 class=span>TEAEs</th><th colspan=2 class=span>TRAEs</th>" * 2 + "</tr>"
        "<tr>" + "<th>n</th><th>%</th>" * 4 + "</tr>",
        _ae(("Velrotinib 200 mg", "Velrotinib 400 mg"), (("TEAEs", None, "teae"), ("TRAEs", None, "trae"))),
        (_r("Patients with ≥1 AE", "60", "93.8", "44", "68.8", "59", "96.7", "51", "83.6"),
         _r("Skin and subcutaneous tissue disorders", "30", "46.9", "26", "40.6", "38", "62.3", "35", "57.4",
            style="socit"),
         _r("Rash", "22", "34.4", "20", "31.3", "29", "47.5", "27", "44.3",
            under="Skin and subcutaneous tissue disorders", style="pt"),
         _r("Pruritus", "9", "14.1", "7", "10.9", "12", "19.7", "10", "16.4",
            under="Skin and subcutaneous tissue disorders", style="pt"),
         _r("General disorders", "25", "39.1", "18", "28.1", "31", "50.8", "24", "39.3", style="socit"),
         _r("Fatigue", "21", "32.8", "15", "23.4", "27", "44.3", "20", "32.8", under="General disorders",
            style="pt")),
        source="JCO / Clin Cancer Res phase 1 safety tables",
    ),
    # 3. analysis spans "Investigator | BICR" over arms over "Median (95% CI), months", an HR column under each
    # span spanning two lines, heads set top (Lancet Oncol / JCO randomized phase 3)
    Table(
        "Table 6", "Efficacy by Investigator and Blinded Independent Central Review.", "top",
        "<tr><th rowspan=3>Endpoint</th><th colspan=3>Investigator</th><th colspan=3>BICR</th></tr>"
        "<tr>" + "<th>Tarlimab (n=150)</th><th>Chemotherapy (n=148)</th><th rowspan=2>HR (95% CI)</th>" * 2 + "</tr>"
        "<tr>" + "<th>Median (95% CI), months</th>" * 4 + "</tr>",
        (Col("Median (95% CI), months", "Tarlimab", _MED, ("Investigator",)),
         Col("Median (95% CI), months", "Chemotherapy", _MED, ("Investigator",)),
         Col("HR (95% CI)", None, _HR, ("Investigator",)),
         Col("Median (95% CI), months", "Tarlimab", _MED, ("BICR",)),
         Col("Median (95% CI), months", "Chemotherapy", _MED, ("BICR",)),
         Col("HR (95% CI)", None, _HR, ("BICR",))),
        (_r("Progression-free survival", "6.8 (5.5–8.3)", "4.2 (3.9–5.5)", "0.62 (0.47–0.81)", "7.1 (5.6–9.6)",
            "4.3 (4.0–5.6)", "0.60 (0.45–0.80)"),
         _r("Duration of response", "9.7 (6.9–NR)", "5.6 (4.2–7.1)", "0.48 (0.28–0.83)", "11.0 (7.0–NR)",
            "5.7 (4.2–8.3)", "0.45 (0.25–0.81)")),
        source="Lancet Oncol / JCO phase 3 efficacy by assessor",
    ),
    # 3. arms over "Median (95% CI), months", "Stratified HR (95% CI)" and "P value (log-rank)" beside them,
    # centred, sans (NEJM / Ann Oncol)
    Table(
        "Table 7", "Time-to-Event End Points.", "centred sans",
        "<tr><th rowspan=2>End point</th><th>Sotorabine (N=171)</th><th>Docetaxel (N=174)</th>"
        "<th rowspan=2>Stratified HR (95% CI)</th><th rowspan=2>P value (log-rank)</th></tr>"
        "<tr><th>Median (95% CI), months</th><th>Median (95% CI), months</th></tr>",
        (Col("Median (95% CI), months", "Sotorabine", _MED), Col("Median (95% CI), months", "Docetaxel", _MED),
         Col("Stratified HR (95% CI)", None, _HR), Col("P value (log-rank)", None, ("p",))),
        (_r("Progression-free survival", "5.6 (4.3–7.8)", "4.5 (3.0–5.7)", "0.66 (0.51–0.86)", "0.002"),
         _r("Overall survival", "10.6 (8.9–14.0)", "11.3 (9.0–14.9)", "1.01 (0.77–1.33)", "0.53"),
         _r("Time to deterioration", "NR (9.6–NE)", "5.8 (4.1–NR)", "0.69 (0.46–1.05)", "0.08")),
        source="NEJM / Ann Oncol phase 3 time-to-event tables",
    ),
    # 4. transposed: cohorts as rows (N in the label), endpoints as columns, heads set top
    # (basket-trial summary tables, Nat Med / JCO)
    Table(
        "Table 8", "Efficacy Summary by Cohort.", "top",
        "<tr><th>Cohort</th><th>ORR, % (95% CI)</th><th>DCR, % (95% CI)</th><th>Median DoR, months (95% CI)</th>"
        "<th>Median PFS, months (95% CI)</th></tr>",
        (Col("ORR, % (95% CI)", None, _PCI), Col("DCR, % (95% CI)", None, _PCI),
         Col("Median DoR, months (95% CI)", None, _MED), Col("Median PFS, months (95% CI)", None, _MED)),
        (Row("Cohort A (n=24)", ("37.5 (18.8–59.4)", "75.0 (53.3–90.2)", "NR (8.3–NE)", "7.4 (5.5–11.0)"),
             group=_A),
         Row("Cohort B (n=31)", ("35.5 (19.2–54.6)", "74.2 (55.4–88.1)", "11.1 (6.9–NR)", "5.6 (3.7–8.3)"),
             group=_B),
         Row("Cohort C (n=18)", ("22.2 (6.4–47.6)", "61.1 (35.7–82.7)", "6.9 (4.2–NR)", "4.1 (2.8–5.6)"),
             group="Cohort C")),
        source="Nat Med / JCO basket-trial summaries",
    ),
    # 4. transposed: dose levels as rows, an N column, ORR "n (%)" with its 95% CI in a column of its own,
    # centred, sans, tight (phase 1 expansion tables)
    Table(
        "Table 9", "Response by Dose Level.", "centred sans tight",
        "<tr><th>Dose level</th><th>N</th><th>ORR, n (%)</th><th>95% CI</th><th>Median PFS, months</th></tr>",
        (Col("N", None, ("count",)), Col("ORR, n (%)", None, _NP), Col("95% CI", None, _CI),
         Col("Median PFS, months", None, ("median",))),
        (Row("100 mg", ("12", "3 (25.0)", "5.5–57.2", "3.9"), group="100 mg"),
         Row("200 mg", ("14", "6 (42.9)", "17.7–71.1", "5.6"), group="200 mg"),
         Row("400 mg", ("13", "7 (53.8)", "25.1–80.8", "7.2"), group="400 mg")),
        source="phase 1 expansion-cohort tables",
    ),
]  # fmt: skip

# second set: written after the first set's fixes, before it was read
_D1, _D2, _ALL = "160 mg", "240 mg", "All patients"
_ORR2, _DCR2 = "Objective response rate, n (%)", "Disease control rate, n (%)"
TABLES_2 = [
    # 1. dose levels as columns, N on its own line, heads bottom-aligned, narrow; each rate's "95% CI" on the row
    # below it; a landmark rate and "PFS events/patients" (Ann Oncol / ESMO Open phase 1b tables)
    Table(
        "Table 1", "Antitumour Activity by Dose Level.", "bottom narrow",
        "<tr><th class=stub>Endpoint</th><th>160 mg<br>(n=12)</th><th>240 mg<br>(n=15)</th>"
        "<th>All patients<br>(N=27)</th></tr>",
        (Col("(n=12)", _D1), Col("(n=15)", _D2), Col("(N=27)", _ALL)),
        (_r(_ORR2, "4 (33.3)", "7 (46.7)", "11 (40.7)", kinds=_NP),
         _r("95% CI", "9.9–65.1", "21.3–73.4", "22.4–61.2", under=_ORR2, kinds=_CI, style="pt"),
         _r(_DCR2, "9 (75.0)", "12 (80.0)", "21 (77.8)", kinds=_NP),
         _r("95% CI", "42.8–94.5", "51.9–95.7", "57.7–91.4", under=_DCR2, kinds=_CI, style="pt"),
         _r("PFS events/patients", "8/12", "9/15", "17/27", kinds=_ND),
         _r("Median PFS (95% CI), mo", "5.3 (2.1–NE)", "7.9 (4.0–NR)", "6.1 (3.8–9.2)", kinds=_MED),
         _r("PFS rate at 6 months, % (95% CI)", "45.0 (17.0–69.6)", "60.0 (31.8–79.7)", "53.5 (33.2–70.2)",
            kinds=_RCI)),
        source="Ann Oncol / ESMO Open phase 1b activity tables",
    ),
    # 2. AE: arm > "Any grade | Grade 3–4" > "No. | %", centred, sans, tight, rules under spans, bold SOC with
    # indented PTs, caption naming treatment-related events (JAMA Oncol / Lancet Oncol safety tables)
    Table(
        "Table 2", "Treatment-Related Adverse Events.", "centred sans tight spanrule",
        "<tr><th rowspan=3>Adverse event</th><th colspan=4 class=span>Rilvotamab Q2W (N=45)</th>"
        "<th colspan=4 class=span>Rilvotamab Q3W (N=47)</th></tr>"
        "<tr>" + "<th colspan=2 class=span>Any grade</th><th colspan=2 class=span>Grade 3–4</th>" * 2 + "</tr>"
        "<tr>" + "<th>No.</th><th>%</th>" * 4 + "</tr>",
        tuple(
            Col(own, arm, (kind,), (span,), grade)
            for arm in ("Rilvotamab Q2W", "Rilvotamab Q3W")
            for span, grade in (("Any grade", "any"), ("Grade 3–4", "3-4"))
            for own, kind in (("No.", "count"), ("%", "percent"))
        ),
        (_r("Any treatment-related AE", "38", "84.4", "9", "20.0", "41", "87.2", "12", "25.5"),
         _r("Blood and lymphatic system disorders", "15", "33.3", "6", "13.3", "18", "38.3", "8", "17.0",
            style="soc"),
         _r("Anaemia", "11", "24.4", "4", "8.9", "13", "27.7", "5", "10.6",
            under="Blood and lymphatic system disorders", style="pt"),
         _r("Neutropenia", "6", "13.3", "3", "6.7", "8", "17.0", "4", "8.5",
            under="Blood and lymphatic system disorders", style="pt"),
         _r("Metabolism and nutrition disorders", "12", "26.7", "1", "2.2", "10", "21.3", "2", "4.3", style="soc"),
         _r("Decreased appetite", "10", "22.2", "1", "2.2", "9", "19.1", "1", "2.1",
            under="Metabolism and nutrition disorders", style="pt")),
        source="JAMA Oncol / Lancet Oncol safety tables",
    ),
    # 2. AE: arm (N on its own line) > "Treatment-emergent | Treatment-related" > "n | %", heads bottom-aligned,
    # serif (Clin Gastroenterol Hepatol / Am J Gastroenterol)
    Table(
        "Table 3", "Adverse Events in the Safety Population.", "bottom",
        "<tr><th rowspan=3 class=stub>Event</th><th colspan=4>Tenapanor 50 mg<br>(N=42)</th>"
        "<th colspan=4>Placebo<br>(N=40)</th></tr>"
        "<tr>" + "<th colspan=2>Treatment-emergent</th><th colspan=2>Treatment-related</th>" * 2 + "</tr>"
        "<tr>" + "<th>n</th><th>%</th>" * 4 + "</tr>",
        _ae(("Tenapanor 50 mg", "Placebo"),
            (("Treatment-emergent", None, "teae"), ("Treatment-related", None, "trae"))),
        (_r("Patients with ≥1 event", "30", "71.4", "18", "42.9", "22", "55.0", "6", "15.0"),
         _r("Gastrointestinal disorders", "20", "47.6", "16", "38.1", "8", "20.0", "3", "7.5", style="soc"),
         _r("Diarrhoea", "16", "38.1", "14", "33.3", "3", "7.5", "2", "5.0", under="Gastrointestinal disorders",
            style="pt"),
         _r("Abdominal distension", "5", "11.9", "3", "7.1", "2", "5.0", "0", "0.0",
            under="Gastrointestinal disorders", style="pt")),
        source="gastroenterology journal AE tables",
    ),
    # 3. "Investigator assessment | Independent review" spans over arms over "Median (95% CI), mo" and an HR
    # under each span, centred, sans, rules under the spans (JCO / J Thorac Oncol)
    Table(
        "Table 4", "Efficacy by Assessment.", "centred sans spanrule",
        "<tr><th rowspan=3>Endpoint</th><th colspan=3 class=span>Investigator assessment</th>"
        "<th colspan=3 class=span>Independent review</th></tr>"
        "<tr>" + "<th>Lurbexin (n=201)</th><th>Topotecan (n=199)</th><th rowspan=2>HR (95% CI)</th>" * 2 + "</tr>"
        "<tr>" + "<th>Median (95% CI), mo</th>" * 4 + "</tr>",
        (Col("Median (95% CI), mo", "Lurbexin", _MED, ("Investigator",)),
         Col("Median (95% CI), mo", "Topotecan", _MED, ("Investigator",)),
         Col("HR (95% CI)", None, _HR, ("Investigator",)),
         Col("Median (95% CI), mo", "Lurbexin", _MED, ("Independent",)),
         Col("Median (95% CI), mo", "Topotecan", _MED, ("Independent",)),
         Col("HR (95% CI)", None, _HR, ("Independent",))),
        (_r("Progression-free survival", "5.4 (4.2–6.9)", "3.1 (2.8–4.0)", "0.58 (0.46–0.73)", "5.6 (4.3–7.0)",
            "3.3 (2.9–4.1)", "0.61 (0.48–0.77)"),
         _r("Time to progression", "6.9 (5.5–8.4)", "4.0 (3.1–4.6)", "0.55 (0.42–0.71)", "7.2 (5.6–9.0)",
            "4.1 (3.3–5.0)", "0.57 (0.44–0.74)"),
         _r("Duration of response", "NR (7.4–NE)", "4.4 (3.0–6.9)", "0.41 (0.22–0.76)", "9.8 (7.1–NR)",
            "4.6 (3.2–7.0)", "0.44 (0.24–0.80)")),
        source="JCO / J Thorac Oncol efficacy by assessor",
    ),
    # 3. arms with N on their own line over "Median (95% CI), months", "Unstratified HR (95% CI)" and "P value
    # (log-rank)", heads bottom-aligned, serif, narrow (Lancet / JAMA Oncol)
    Table(
        "Table 5", "Survival End Points.", "bottom narrow",
        "<tr><th rowspan=2 class=stub>End point</th><th>Fruzatinib<br>(N=232)</th><th>Placebo<br>(N=229)</th>"
        "<th rowspan=2>Unstratified HR (95% CI)</th><th rowspan=2>P value (log-rank)</th></tr>"
        "<tr><th>Median (95% CI), months</th><th>Median (95% CI), months</th></tr>",
        (Col("Median (95% CI), months", "Fruzatinib", _MED), Col("Median (95% CI), months", "Placebo", _MED),
         Col("Unstratified HR (95% CI)", None, _HR), Col("P value (log-rank)", None, ("p",))),
        (_r("Overall survival", "13.7 (11.9–15.8)", "10.2 (8.8–11.6)", "0.74 (0.61–0.90)", "0.003"),
         _r("Progression-free survival", "6.2 (5.6–7.1)", "4.2 (3.9–4.8)", "0.63 (0.53–0.76)", "<0.001")),
        source="Lancet / JAMA Oncol survival tables",
    ),
    # 4. transposed: tumour cohorts as rows (N in the label), endpoints as columns, heads bottom-aligned, sans,
    # narrow (tumour-agnostic basket trials, Lancet Oncol / Nat Med)
    Table(
        "Table 6", "Activity by Tumour Cohort.", "bottom sans narrow",
        "<tr><th class=stub>Cohort</th><th>ORR, % (95% CI)</th><th>CR, n (%)</th>"
        "<th>Median DoR, months (95% CI)</th><th>12-month DoR rate, %</th></tr>",
        (Col("ORR, % (95% CI)", None, _PCI), Col("CR, n (%)", None, _NP),
         Col("Median DoR, months (95% CI)", None, _MED), Col("12-month DoR rate, %", None, ("rate",))),
        (Row("Colorectal (n=30)", ("20.0 (7.7–38.6)", "1 (3.3)", "8.1 (4.2–NR)", "38.1"), group="Colorectal"),
         Row("Gastric (n=25)", ("32.0 (14.9–53.5)", "2 (8.0)", "NR (6.0–NE)", "55.6"), group="Gastric"),
         Row("Biliary tract (n=19)", ("15.8 (3.4–39.6)", "0 (0.0)", "5.7 (3.9–NR)", "33.3"), group="Biliary tract")),
        source="Lancet Oncol / Nat Med basket-trial tables",
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
table td.pt { padding-left: 1.5em }
div.keep { break-inside: avoid }
td.soc { font-weight: bold }
td.socit { font-style: italic }
"""


def _row_html(row: Row, width: int) -> str:
    if row.style == "head":
        return f"<tr><td>{row.label}</td>" + "<td></td>" * width + "</tr>"
    cls = f" class={row.style}" if row.style in ("pt", "soc", "socit") else ""
    return f"<tr><td{cls}>{row.label}</td>" + "".join(f"<td>{c}</td>" for c in row.cells) + "</tr>"


def html(tables: list[Table]) -> str:
    parts = [f"<style>{CSS}</style>"]
    for t in tables:
        body = "".join(_row_html(r, len(t.cols)) for r in t.rows)
        legend = f"<p>{t.legend}</p>" if t.legend else ""
        parts.append(
            f"<!-- {t.source} -->\n<div class=keep><p><b>{t.table}. {t.caption}</b></p><table class='{t.css}'>"
            f"<thead>{t.head}</thead><tbody>{body}</tbody></table>{legend}</div><p>&nbsp;</p>"
        )
    return "\n".join(parts)


_TOKEN = r"NR|NE|[<>]?[−-]?\d+(?:\.\d+)?"

Expected = tuple[str, Row, Col, str | None, str, float, str | None]


def expected(tables: list[Table]) -> list[Expected]:
    """(table, row, column, group, statistic, value, comparator) of every number; NR / NE are not listed."""
    out = []
    for t in tables:
        for row in t.rows:
            if row.style == "head":
                continue
            assert len(row.cells) == len(t.cols), (t.table, row.label)
            for col, cell in zip(t.cols, row.cells, strict=True):
                tokens = re.findall(_TOKEN, cell)
                kinds = row.kinds or col.kinds
                assert len(tokens) == len(kinds), (t.table, cell)
                for stat, token in zip(kinds, tokens, strict=True):
                    if token in ("NR", "NE"):
                        continue
                    comparator = token[0] if token[0] in "<>" else None
                    value = float(token.lstrip("<>").replace("−", "-"))
                    out.append((t.table, row, col, row.group or col.group, stat, value, comparator))
    return out


if __name__ == "__main__":
    from pathlib import Path

    here = Path(__file__).resolve().parents[1] / "typeset" / "read_back"
    for name, tables in (("eff-ae-sweep", TABLES), ("eff-ae-sweep-2", TABLES_2)):
        if not tables:
            continue
        out = here / f"{name}.html"
        out.write_text(
            "<!-- written by tests/extraction/eff_ae_sweep_gold.py -->\n" + html(tables) + "\n", encoding="utf-8"
        )
        print(out)
