"""The seed paper's prose results: every number about the trial's own participants, one per statement.

Each entry is found (in order) in the paragraph or caption that starts with the given text; an
anchor run is inserted where it starts so the golden writer can look up its page.  Numbers about
other trials (Discussion), doses, dates and reference numbers are deliberately absent.
"""

from __future__ import annotations

import re

from .model import Document, Figure, Inline, Para, Run, Statement

_Q = dict[str, str]
_Entry = tuple[str, dict[str, float], _Q]


def _e(raw: str, q: _Q | None = None, **values: float) -> _Entry:
    return raw, values, q or {}


def _ci(raw: str, first: str, v: float, lo: float, hi: float, **more: float) -> _Entry:
    return raw, {first: v, "ci_low": lo, "ci_high": hi, **more}, {}


def _trae(name: str, n: int, pct: float) -> _Entry:
    return _e(f"{name} ({n}/107, {pct}%)", count=n, denominator=107, percent=pct)


STATEMENTS: list[tuple[str, list[_Entry]]] = [
    (
        "This study (NCT04728035)",
        [
            _e("A total of 119 patients were enrolled", count=119),
            _e("101 mTNBC", count=101),
            _e("18 HER2-negative BCBM", count=18),
            _e("One dose limiting toxicity", count=1),
            _e("neutropenia (21.0%)", percent=21.0),
            _e("leukopenia (18.5%)", percent=18.5),
            _e("diarrhea (10.1%)", percent=10.1),
            _e(
                "Among 87 evaluable patients with mTNBC, 22 patients (25.3%)",
                count=22,
                denominator=87,
                percent=25.3,
            ),
            _e("The DCR was 67.8% (59/87)", percent=67.8, count=59, denominator=87),
            _e("4.8 months", median=4.8),
            _e("14.1 months", median=14.1),
        ],
    ),
    (
        "Between May 2021",
        [
            _e("178 patients were screened", count=178),
            _e("119 patients (including", count=119),
            _e("101 metastatic TNBC", count=101),
            _e("18 HER2-negative BCBM", count=18),
            _e("27 in the dose-escalation and expansion part", count=27),
            _e("92 in the expansion cohort part", count=92),
            _e("12 patients received HE072 at 50 mg/m² dose level", count=12),
            _e("107 patients received HE072 at 70 mg/m² dose level", count=107),
            _e("a median 3.0 (2-8) lines of chemotherapy", median=3.0, min=2, max=8),
            _e("20.8% had received PD-1/PD-L1 inhibitors", percent=20.8),
            _e("23.8% had more than four metastatic sites", percent=23.8),
            _e("Five of 18 patients with HER2-negative BCBM", count=5, denominator=18),
        ],
    ),
    (
        "At 70 mg/m² dose level",
        [
            _e("(n = 107)", count=107),
            _e("104 patients (97.2%)", count=104, percent=97.2),
            _e("50 patients (46.7%)", count=50, percent=46.7),
            _e("103 patients (96.3%", count=103, percent=96.3),
            _trae("diarrhea", 72, 67.3),
            _trae("leukopenia", 64, 59.8),
            _trae("nausea", 61, 57.0),
            _trae("anemia", 59, 55.1),
            _trae("neutropenia", 57, 53.3),
            _trae("vomiting", 54, 50.5),
            _trae("hypokalemia", 37, 34.6),
            _trae("fatigue", 35, 32.7),
            _trae("weight loss", 30, 28.0),
            _trae("lymphocytopenia", 27, 25.2),
            _trae("transpeptidase elevation", 26, 24.3),
            _trae("decreased appetite", 25, 23.4),
            _trae("hyponatremia", 23, 21.5),
            _trae("increased ALT", 22, 20.6),
            _trae("abdominal pain", 22, 20.6),
        ],
    ),
    (
        "Serious TEAEs were reported",
        [
            _e("25 patients (23.4%)", count=25, percent=23.4),
            _e("20 patients (18.7%)", count=20, percent=18.7),
            _e("five patients (4.2%)", count=5, percent=4.2),
            _e("diarrhea (n = 3)", count=3),
            _e("upper abdominal pain (n = 1)", count=1),
            _e("coma (n = 1)", count=1),
            _e("One patient had a TEAE leading to death", count=1),
        ],
    ),
    (
        "The median exposure to HE072",
        [
            _e("80.0 (range 14-436) days", median=80.0, min=14, max=436),
            _e("85.7 ± 17.1%", mean=85.7, sd=17.1),
            _e("Forty-seven patients (39.5%)", count=47, percent=39.5),
            _e("37 patients had a dose delay", count=37),
            _e("26 patients had a dose reduction", count=26),
            _e("one patient had a dose interruption", count=1),
            _e("A total of 119 patients discontinued", count=119),
            _e("disease progression (n = 83)", count=83),
            _e("withdrawal from the study (n = 21)", count=21),
            _e("intolerable toxicity (n = 6)", count=6),
            _e("others (n = 9)", count=9),
        ],
    ),
    (
        "Only one dose limiting toxicity",
        [
            _e("Only one dose limiting toxicity", count=1),
            _e("dose escalation part (n = 9)", count=9),
            _e("additional 18 patients enrolled", count=18),
            _e("Three serious adverse events (SAEs)", count=3),
            _e("one SAE", count=1),
        ],
    ),
    (
        "The mean plasma concentration-time curve",
        [
            _e("45.0 μg/mL", mean=45.0),
            _e("1706.2 h*μg/mL", mean=1706.2),
            _e("5.6 ng/mL", mean=5.6),
            _e("427.9 h*ng/mL", mean=427.9),
            _e("3.6 L", mean=3.6),
        ],
    ),
    (
        "As of June 5 2023, 12 patients",
        [
            _e("12 patients were not evaluable", count=12),
            _e("adverse events (n = 6)", count=6),
            _e("severe adverse events (n = 3)", count=3),
            _e("withdrawal of consent (n = 3)", count=3),
            _e("Two patients with estrogen receptor", count=2),
            _e("87 (88.1%) of the 101 patients", count=87, percent=88.1, denominator=101),
            _e("10.1 months (range 8.8–10.8)", median=10.1, min=8.8, max=10.8),
            _ci(
                "22 of 87 patients (25.3%, 95% confidence interval [CI] 16.6–35.8)",
                "percent",
                25.3,
                16.6,
                35.8,
                count=22,
                denominator=87,
            ),
            _e("four responses occurred at 50 mg/m² Q2W", count=4),
            _e("18 at 70 mg/m² Q2W", count=18),
            _ci("5.5 months (95% CI 4.3–9.4)", "median", 5.5, 4.3, 9.4),
            _ci("Fifty-nine patients (67.8%, 95% CI 56.9–77.4)", "percent", 67.8, 56.9, 77.4, count=59),
            _e("22 PRs", count=22),
            _e("37 stable diseases", count=37),
            _e("53 (59.6%) of 87 patients", count=53, percent=59.6, denominator=87),
            _ci("4.8 months (95% CI 3.2–5.8)", "median", 4.8, 3.2, 5.8),
            _e("14.1 months (95% CI 11.2–not reached)", {"ci_high": "not reached"}, median=14.1, ci_low=11.2),
            _ci("59.3% (95% CI 47.7–69.1)", "rate", 59.3, 47.7, 69.1),
            _ci("47.3% (95% CI 34.8–58.9)", "rate", 47.3, 34.8, 58.9),
        ],
    ),
    (
        "Activity of HE072",
        [
            _e("(17/73, 23.3%)", count=17, denominator=73, percent=23.3),
            _e("(7/24, 29.2%)", count=7, denominator=24, percent=29.2),
            _e("(2/8, 25.0%", count=2, denominator=8, percent=25.0),
        ],
    ),
    (
        "Given the suboptimal response",
        [
            _e("[ORR] 7.1%, 1/18", percent=7.1, count=1, denominator=18),
            _e("All 18 patients had progression", count=18),
            _ci("1 patient (7.1%, 95% CI 0.2–33.9)", "percent", 7.1, 0.2, 33.9, count=1),
            _ci("9 patients (64.3%, 95% CI 35.1–87.2)", "percent", 64.3, 35.1, 87.2, count=9),
            _e("5.6 months (95% CI 1.4–NA)", {"ci_high": "not available"}, median=5.6, ci_low=1.4),
            _e(
                "not reached (95% CI 4.5–NA)",
                {"median": "not reached", "ci_high": "not available"},
                ci_low=4.5,
            ),
            _ci("55.5% (95% CI 27.4–76.5)", "rate", 55.5, 27.4, 76.5),
        ],
    ),
    (
        "The frequencies of UGT1A1",
        [
            _e("10.9% (13/119)", percent=10.9, count=13, denominator=119),
            _e("26.9% (32/119)", percent=26.9, count=32, denominator=119),
            _e("46.2% (55/119)", percent=46.2, count=55, denominator=119),
            _e("75.0%", percent=75.0),
            _e("31.4%", percent=31.4),
            _e("p = 0.042", p=0.042),
            _e("75.0%", percent=75.0),
            _e("41.2%", percent=41.2),
            _e("p = 0.20", p=0.2),
            _e("22.2%", percent=22.2),
            _e("18.2%", percent=18.2),
            _e("13.6%", percent=13.6),
            _e("p > 0.05", {"p": ">"}, p=0.05),
        ],
    ),
    (
        "In total 119 patients, 26",
        [
            _e("In total 119 patients", count=119),
            _e("26 were not available", count=26),
            _e("four patients were inappropriate", count=4),
            _e("11 (9.2%)", count=11, percent=9.2),
            _e("78 patients (65.5%)", count=78, percent=65.5),
            _e("p > 0.05", {"p": ">"}, p=0.05),
        ],
    ),
    (
        "The current trial is the trial",
        [
            _e("previous lines of systemic therapy was 3.0", median=3.0),
            _e("HE072 (4.8 months)", median=4.8),
            _e("14.1 months vs", median=14.1),
        ],
    ),
    (
        "The prognosis of patients with BCBM",
        [
            _e("the median PFS was 4.5 months", median=4.5),
            _e("the median OS was 11.0 months", median=11.0),
        ],
    ),
    (
        "Our findings indicated",
        [
            _e("A total of 43% of patients", percent=43),
            _e("neutropenia (21.0%)", percent=21.0),
            _e("leukopenia (18.5%)", percent=18.5),
            _e("diarrhea (10.1%)", percent=10.1),
            _e("anemia (9.2%)", percent=9.2),
            _e("hypokalemia (8.4%)", percent=8.4),
        ],
    ),
    ("The current study had some limitations", [_e("few patients (20.8%)", percent=20.8)]),
    (
        "Patients disposition. A total of 119",
        [
            _e("A total of 119 patients were enrolled", count=119),
            _e("101 patients with metastatic TNBC", count=101),
            _e("18 patients with HER2-negative BCBM", count=18),
            _e("all 119 patients discontinued", count=119),
        ],
    ),
    (
        "Plasma concentration of HE072",
        [_e("(n = 12)", count=12), _e("(n = 107)", count=107), _e("(n = 119)", count=119)],
    ),
    (
        "Waterfall plot",
        [
            _e("(n = 11)", count=11),
            _e("(n = 76)", count=76),
            _e("22 patients (25.3%)", count=22, percent=25.3),
            _e("37 patients (42.5%)", count=37, percent=42.5),
        ],
    ),
    (
        "Kaplan Meier plot",
        [
            _ci("4.8 months (95% CI 3.2–5.8)", "median", 4.8, 3.2, 5.8),
            _e("14.1 months (95% CI 11.2–not reached)", {"ci_high": "not reached"}, median=14.1, ci_low=11.2),
            _ci("59.3% (95% CI 47.7–69.1)", "rate", 59.3, 47.7, 69.1),
            _ci("47.3% (95% CI 34.8–58.9)", "rate", 47.3, 34.8, 58.9),
        ],
    ),
]

_TEXT_KINDS = ("text", "italic", "bold", "sub", "sup")


def joined(content: Inline) -> str:
    return "".join(r.text for r in content if r.kind in _TEXT_KINDS)


def insert_anchor(content: Inline, offset: int, name: str) -> Inline:
    out: list[Run] = []
    pos = 0
    done = False
    for run in content:
        if done or run.kind not in _TEXT_KINDS:
            out.append(run)
            continue
        if pos <= offset < pos + len(run.text):
            cut = offset - pos
            rest = run.text[cut:]
            first = re.match(r"\S+", rest)
            end = first.end() if first else len(rest)
            if cut:
                out.append(Run(run.text[:cut], run.kind))
            out.append(Run(rest[:end], run.kind, name))
            if rest[end:]:
                out.append(Run(rest[end:], run.kind))
            done = True
        else:
            out.append(run)
        pos += len(run.text)
    if not done:
        raise ValueError(f"offset {offset} outside the text")
    return tuple(out)


def _slots(doc: Document) -> list[tuple[object, int]]:
    """(owner, index) for every paragraph-like inline: Para content or one figure caption paragraph."""
    slots: list[tuple[object, int]] = []
    for block in [*doc.abstract, *doc.body]:
        if isinstance(block, Para):
            slots.append((block, -1))
        elif isinstance(block, Figure):
            slots.extend((block, i) for i in range(len(block.caption)))
    return slots


def anchor_statements(doc: Document) -> None:
    slots = _slots(doc)
    count = 0
    for prefix, entries in STATEMENTS:
        owners = [
            (o, i)
            for o, i in slots
            if joined(o.content if isinstance(o, Para) else o.caption[i]).startswith(prefix)  # type: ignore[attr-defined]
        ]
        if len(owners) != 1:
            raise ValueError(f"prose paragraph {prefix!r}: {len(owners)} matches")
        owner, index = owners[0]
        content: Inline = owner.content if isinstance(owner, Para) else owner.caption[index]  # type: ignore[attr-defined]
        cursor = 0
        for raw, values, qualifiers in entries:
            text = joined(content)
            at = text.find(raw, cursor)
            if at < 0:
                raise ValueError(f"statement {raw!r} not found after offset {cursor} in {prefix!r}")
            count += 1
            name = f"s{count}"
            content = insert_anchor(content, at, name)
            cursor = at + len(raw)
            doc.statements.append(Statement(name, raw, values, qualifiers))
        if isinstance(owner, Para):
            owner.content = content
        else:
            owner.caption[index] = content  # type: ignore[attr-defined]
    order = {run.anchor: i for i, run in enumerate(_runs_in_order(doc)) if run.anchor}
    doc.statements.sort(key=lambda s: order[s.anchor])


def _runs_in_order(doc: Document) -> list[Run]:
    runs: list[Run] = []
    for block in [*doc.abstract, *doc.body]:
        if isinstance(block, Para):
            runs.extend(block.content)
        elif isinstance(block, Figure):
            for caption in block.caption:
                runs.extend(caption)
    return runs
