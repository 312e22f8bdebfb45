"""A bare number: a count, a percent, a rate, an estimate, a CI bound, a spread column's SD, one subject's
value -- from the nearest label that names it; unnamed, it is not read."""

from __future__ import annotations

import re

from extractors.hint_context import Context, _header, _legend_estimate
from extractors.hint_intervals import _proportion_estimate
from extractors.hint_paper import paper_counts
from extractors.hint_patterns import (
    _CHANGE_NOT_EVENT,
    _COUNTED,
    _ESTIMATE,
    _ID_LABEL,
    _ID_STUB,
    _INDIVIDUAL,
    _INTERVAL,
    _N_ROW,
    _PAIR,
    _PAIRED_ESTIMATE,
    _PERCENT_HEADER,
    _PERCENT_LABEL,
    _SHARE_OF,
    _SPREAD_HEADER,
    _STAT_ROW,
    _STRONG_RATE,
    _SUBJECTS,
    _TITLE_COUNT,
    _TITLE_PERCENT,
    _VALUE_NAMED,
    _all_matches,
    _first_match,
)
from extractors.regex import rx

AMBIGUOUS_SHARE = "?share"  # a whole number under a heading "(%)": a count of "n (%)" or a share of "%"


# a head that is only an AE grade scope with "(%)" after it: "All Grades (%)", "Grades 3–4 (%)", "Grade ≥3 (%)"
_GRADE_PERCENT_HEAD = re.compile(
    r"(?:(?:any|all)\s*grades?|grades?\s*(?:≥|>=|≤|<=|<)?\s*[0-5](?:\s*(?:[-–/]|to|and|or)\s*[1-5])?"
    r"(?:\s*(?:or|and)\s*(?:higher|above|more))?)\s*\(%\)",
    re.IGNORECASE,
)


# a head naming a count and its rate in brackets after it ("No. events (% per patient-year)", "No. of events (rate per
# 100 patient-yr)")
_COUNT_THEN_RATE = r"\b(?:no\.?|number)\s*(?:of\s+)?(?:events?|patients?|participants?)\s*\([^)]*(?:rate|per\b)"


def _single(
    ctx: Context,
    texts: list[str],
    estimate: str | None,
    value_is_integer: bool,
    value_is_positive: bool = True,
    value_is_zero: bool = False,
    value: float | None = None,
) -> str:
    """A bare number. Nearest statement first: a column that names a contrast (HR, difference, ratio), a
    row that is itself a statistic ("Median"), a row in percent (", %"), a rate ("events/100 patient-yr"),
    counts ("no.", "n (%)", "patients"), an estimate the labels name (median, mean); then the legend."""
    defined = _legend_abbreviation(ctx)
    if defined and value is not None and value >= 0 and (value_is_integer or defined == "rate"):
        # a one-letter head the legend spells out ("E, number of events; R, event rate per 100 person-years")
        return defined
    bound = _ci_bound(ctx)
    if bound:
        return bound
    bare = _bare_bound(ctx)
    if bare is not None:
        return bare
    spread = _spread_column(ctx)
    if spread:
        return spread if value_is_positive else ""
    # a row named by a spread ("SD", "CV%", "Geometric CV%") under its estimate's row, as descriptive statistics
    # close a listing or stack under each parameter: that spread, never one subject's value
    # (in a PK table only: elsewhere a row "SD" is as often stable disease)
    inner_row = ctx.row[0].strip().lower() if ctx.row else ""
    row_spread = next((name for pattern, name in _SPREAD_HEADER if rx(pattern).fullmatch(inner_row)), "")
    if row_spread and (ctx.section == "pk" or _spread_of_a_characteristic(ctx)):
        return row_spread if value_is_positive else ""
    estimate_head = ctx.column and re.fullmatch(_MODEL_ESTIMATE, ctx.column[0].strip(), re.IGNORECASE)
    if (
        estimate_head
        and ctx.section == "pk"
        and not _first_match(_ESTIMATE, [inner_row])
        and not re.search(r"%|\bno\.|\bn\b|\bnumber\b", inner_row, re.IGNORECASE)
    ):
        # a population model's "Estimate" column, nearer than a heading row over the parameter ("Population mean")
        return "value"
    if _one_individual(ctx):
        return "value"  # one subject's own measurement ("Subject 3 | Age (years) 24"): no statistic of a group
    if _first_match(_ESTIMATE[:4], [*ctx.footnotes, *ctx.column]):
        return estimate or "value"
    inner = ctx.row[0] if ctx.row else ""
    if re.search(_STAT_ROW, inner, re.IGNORECASE):
        named = _first_match(_ESTIMATE, [inner])
        if named:
            return named
    if value_is_integer and value_is_positive and re.fullmatch(_N_ROW, inner.strip(), re.IGNORECASE):
        return "count"  # a row labelled "n" ("No.", "No. of patients") under a group: how many patients it has
    if value_is_integer and value_is_positive and re.match(_EVENTS_ROW, inner.strip(), re.IGNORECASE):
        # "Total no. of events" (first and recurrent ones) under "No. of participants with ≥1 event": events
        # counted, more than the patients who had one
        return "events"
    if value_is_integer and value_is_positive and re.match(_COUNT_ROW, inner.strip(), re.IGNORECASE):
        # "No. of patients with a response" under "Rate of objective response": the row's own words say a number
        # of patients, nearer than the rate its heading names
        return "count"
    if any(_SHARE_OF.search(label) for label in [*ctx.column, ctx.stub]):
        # "Percentage of patients (%)", "Proportion of participants (%)" over the arms, "Adverse event, % of patients"
        # in the stub: a share of patients, its "(%)" no "n (%)"; whatever the row names ("Change in therapy" is an
        # event); a number no share can be (negative, past 100) is not read
        return "percent" if value is not None and 0 <= value <= 100 else ""
    # a percent header at any level: "All TEAEs, %" over its "Grade 1 | Grade 2" columns speaks for them all
    # and a head that is only a grade scope with "(%)" after it ("All Grades (%)", "Grade 3–4 (%)", an FDA label's
    # adverse-reaction and laboratory-abnormality columns): the percentage of patients with an event of that grade
    percent_column = any(
        re.search(r"(,|—|–)\s*%\s*$", label) or _GRADE_PERCENT_HEAD.fullmatch(label.strip()) for label in ctx.column
    )
    said_by_row = _row_statement(ctx, value_is_integer)
    if said_by_row == "ambiguous" and not value_is_zero and not percent_column:
        # "Sex (%)" over "Male | 58": a count of "n (%)" printed without its share, or a share of a percentages
        # table; a "0" is both (no patient is 0%), read as the count below
        return AMBIGUOUS_SHARE
    if said_by_row == "percent" or percent_column:
        central = _first_match(_ESTIMATE[4:7], [*ctx.footnotes, *ctx.column])
        if central and not _first_match(_ESTIMATE[:4], [*ctx.footnotes, *ctx.column]):
            # "HbA1c, %" (or "Percentage change, %") under "Mean change from baseline" or "Mean": the column names
            # the statistic, the "%" is the unit of what is measured -- never a share of patients, nor a bare value
            return central
        if not value_is_positive or re.search(_CHANGE_NOT_EVENT, inner, re.IGNORECASE):
            return "value"  # "Change in weight, %", "−18.2": a change in percent is no share of patients
        return _proportion_estimate(ctx, "value", ()) or "percent"  # "3-yr overall survival, %": a landmark rate
    if re.search(_STRONG_RATE, " ".join([*ctx.footnotes, inner, _header(ctx)]), re.IGNORECASE):
        if value_is_integer and re.search(_COUNT_THEN_RATE, " ".join([*ctx.column, _header(ctx)]), re.IGNORECASE):
            # a bare whole number under "No. events (% per patient-year)": the count, printed without its rate
            return "count"
        return "rate"
    pair = _first_match(_PAIR, [*ctx.row, *ctx.column])
    if pair != "count_pct" and any(
        re.search(_PERCENT_HEADER, label, re.IGNORECASE) for label in [*ctx.column, ctx.stub]
    ):
        return "percent"  # "Percentage of patients", "% of participants" (over the arms or the stub): the percentage
    if said_by_row == "count" and value_is_integer and value_is_positive and len(ctx.row) > 1:
        return "count"  # a category heading "Prior lines of therapy, n" over "1 | ≥2": numbers of patients
    own_head = ctx.column[0] if ctx.column else ""
    if value_is_integer and value_is_positive and _events_beside_patients(own_head, ctx.siblings):
        # "Events | Patients" under each arm, the patients' column their own: what "Events" counts is events
        return "events"
    if pair == "count_pct" or re.search(r"\bno\.|number of|\bn\b(?!\s*[=¼:])", " ".join(ctx.column).lower()):
        return "count"
    counted = re.sub(r"\(?\s*\b[nN]\s*[=:]\s*\d[\d,]*\s*\)?", "", ctx.column[0] if ctx.column else "").strip()
    if value_is_integer and re.search(_COUNTED, counted, re.IGNORECASE):
        return "count"  # a whole number under "Events", "Patients with event", "Deaths", "No. at risk"
    if (
        value_is_integer
        and value_is_positive
        and pair is None
        and (_first_match(_PAIR, [ctx.stub]) == "count_pct" or _COUNT_STUB.fullmatch(ctx.stub.strip()))
    ):
        # the stub head says every cell is a number of patients (%) ("Tumor response, no. of patients (%)"): a bare
        # whole number is a count printed without its 0%, whatever endpoint the row names ("response rate")
        return "count"
    near = _first_match(_ESTIMATE, [*ctx.footnotes, *ctx.row, *ctx.column])
    if near == "rate" and _proportion_estimate(ctx, near, ()) == "percent":
        return "percent"  # "Objective response rate": a share of patients, not an event rate
    if near in ("hr", "or", "rr", "median", "mean", "geometric_mean", "rate"):
        return near
    row = " ".join(ctx.row)
    if re.search(r"number of|\bno\. of", row, re.I) and not re.search(rf"\b{_SUBJECTS}", row, re.I):
        # "Number of cycles", "No. of prior therapies" under "Values are medians" or "Data are mean (SD)": a measure of
        # each patient, its median (or mean) as the legend says -- no count of patients
        central = _legend_estimate(ctx) or _legend_plain(ctx, False)
        if central in ("mean", "median", "geometric_mean"):
            return central
    stated = table_statement(ctx, value, value_is_integer)
    if stated is not None:
        return stated  # "Number of patients with events", "Values are percentages": the table's word for every cell
    if re.search(r"\b(patients|participants|subjects)\b|number of|\bno\. of", " ".join(ctx.row).lower()):
        return "count"
    if value_is_integer and re.search(r"(?:—|–|,)\s*(?:no\.|n)\s*$", inner, re.IGNORECASE):
        return "count"  # "Progression or death — no.": the row's own descriptor says a number of patients
    if re.search(r"number needed|\bnn[th]\b", inner, re.IGNORECASE):
        return "value"  # a number needed to treat (or harm) is no count of patients, whatever the legend's n (%)
    general = _all_matches(_PAIR, " ".join(texts))
    if value_is_integer and ("count_pct" in general or ctx.section == "adverse_events"):
        if "count_pct" not in general and _percent_elsewhere(ctx):
            return ""  # a percentages table whose span did not reach this column: no count by default
        return "count"
    incidence = estimate == "rate" and ctx.section == "adverse_events"
    if incidence and not re.search(_STRONG_RATE, " ".join([*texts, ctx.title, ctx.table_notes]), re.IGNORECASE):
        return ""  # "Incidence of common TEAEs": the share of patients with each event, not an event rate
    if estimate in ("hr", "or", "rr", "median", "mean", "geometric_mean", "rate"):
        return estimate
    legend = _legend_estimate(ctx) or _legend_plain(ctx, value_is_integer and value_is_positive)
    if legend:
        return legend  # "Values are means (SD)" over a cell printed without its SD
    labels = [*ctx.footnotes, *_wraps_joined(ctx.row), *_wraps_joined(ctx.column), ctx.stub]
    if any(re.search(_VALUE_NAMED, t, re.IGNORECASE) for t in labels):
        return "value"
    if value_is_integer and value_is_positive and paper_counts(ctx):
        return "count"  # the paper's Methods: "categorical variables are numbers (percentages)", printed without 0%
    said = f"{ctx.title} {ctx.table_notes}"
    if ctx.section in ("efficacy", "pk") and re.search(r"\bchanges?\b|\bdifferences?\b|\beffects? of\b", said, re.I):
        return "value"  # "Table 3. Changes from baseline ...": the caption says what the table's numbers are
    return ""  # no statement names the number and the arithmetic cannot: unread, not a guess


def _wraps_joined(labels: tuple[str, ...]) -> list[str]:
    """The labels of one path (innermost first) with a head's wrapped lines read as one: a label starting in lower
    case goes on the one over it ("Part 3 Dose" over "confirmation": a dose-confirmation cohort, no dose; read
    apart, "Dose" would name a measured value). How a head wraps depends on the face's widths, not on what it
    says."""
    out: list[str] = []
    for label in reversed(labels):
        text = label.strip()
        if out and text[:1].islower():
            out[-1] = f"{out[-1]} {text}"
        else:
            out.append(label)
    return out


# the stub head says every cell counts patients: "No. of patients", "Number of participants"
_COUNT_STUB = re.compile(r"(?:no\.|number|n)\s+of\s+(?:patients|participants|subjects)", re.IGNORECASE)

# a table-wide legend sentence that names the statistic of every bare number, with no spread or interval: "Values
# are means", "Data are medians", "Data are number of patients", "Data are n.", "Values are percentages", "Data are %
# of patients" (its own rows may say otherwise: "unless stated")
_PLAIN_LEGEND = re.compile(
    r"(?:^|[.;]\s*|\b[a-h*†‡§]\s*)(?:all\s+)?(?:the\s+)?(?:values?|data|numbers|results|figures)\s+"
    r"(?:(?:shown|given|presented|reported|listed)\s+)?(?:are|represent|show)\s+"
    r"(?:the\s+)?(?:given\s+as\s+|shown\s+as\s+|presented\s+as\s+|expressed\s+as\s+)?(?:the\s+)?"
    r"(?P<stat>(?:arithmetic\s+)?means|medians|(?:numbers?|no\.)\s+of\s+(?:patients|participants|subjects|events)"
    rf"|percent(?:age)?s(?:\s+of\s+{_SUBJECTS})?|%\s+of\s+{_SUBJECTS}|(?:n|no\.)(?=\s*(?:[.;]|$)))(?P<after>[^.;]*)",
    re.IGNORECASE,
)


_PLAIN_WORDS = (("mean", "mean"), ("arithmetic", "mean"), ("medi", "median"), ("perc", "percent"), ("%", "percent"))


def _plain_statements(notes: str) -> set[str]:
    """The statistics the legend's plain sentences name for every bare number ("mean", "median", "count",
    "percent"); a sentence naming two ("means or medians", "means and ranges") names none."""
    found = set()
    for m in _PLAIN_LEGEND.finditer(notes):
        if re.match(r"\s*(?:and\b|or\b|with\b|,)", m.group("after")):
            continue
        word = m.group("stat").lower()
        found.add(next((stat for lead, stat in _PLAIN_WORDS if word.startswith(lead)), "count"))
    return found


def _legend_plain(ctx: Context, whole: bool) -> str:
    """The statistic a plain table-wide legend sentence names for a bare number ("Values are means": a mean; "Data
    are number of patients": a count, if the number is whole and not negative; "Values are means (SD)" over a cell
    printed without its SD: a mean); "" when it names none or two ("means or medians", "means and ranges")."""
    found = _plain_statements(ctx.table_notes)
    if len(found) != 1:
        return ""
    stat = found.pop()
    return "" if stat in ("count", "percent") and not whole else stat


def _title_statement(title: str) -> str:
    """What a title opening on the cells' statistic says of every cell ("Number of patients with events": counts;
    "Percentage of patients with adverse events", "Proportion of patients (%) achieving...": percentages); "" where it
    opens on none, or names another statistic after it ("Number of events and event rates")."""
    for pattern, stat in ((_TITLE_COUNT, "count"), (_TITLE_PERCENT, "percent")):
        m = pattern.match(title)
        if m is None:
            continue
        rest = title[m.end() :]
        # (plural estimates too: "event rates", "means", "medians"; "Kaplan-Meier estimates")
        other = r"\b(?:rates|means|medians|ratios|differences)\b|\bestimat|kaplan|\bk-?m\b|" + (
            r"%|percent|proportion" if stat == "count" else r"\bnumbers?\b|\bno\.|\bn\s*\("
        )
        if _first_match(_ESTIMATE, [rest]) or re.search(other, re.sub(r"[≥≤<>]\s*\d+(?:\.\d+)?\s*%", "", rest), re.I):
            return ""
        return stat
    return ""


def table_statement(ctx: Context, value: float | None, whole: bool) -> str | None:
    """The statistic the table's title or a plain legend sentence states for every bare number, where it is a count
    or a percentage ("Number of patients with events", "Data are n.", "Values are percentages", "% of patients
    with..."): the number's, if the number can be one; "" (withheld) where it cannot -- a count with decimals or below
    0, or past the arm's N; a percentage past 100; a row measured in a unit ("Body weight, kg") -- or where the title
    and the legend say two things; ``None`` where neither states a count or a percentage, or the row counts patients
    itself ("No. of patients" under a percentages title: read by the row)."""
    said = {s for s in (_title_statement(ctx.title), *_plain_statements(ctx.table_notes)) if s}
    if not said & {"count", "percent"}:
        return None
    if len(said) > 1 or any(_MEASURED.search(level) for level in ctx.row):
        return ""
    stat = said.pop()
    if re.search(r"number of|\bno\.|(?:^|,)\s*n\s*$|\bnumber needed|\bnn[th]\b", " ".join(ctx.row), re.I):
        return None
    if value is None:
        return ""
    if stat == "percent":
        return "percent" if 0 <= value <= 100 else ""
    # (a count of events may pass the arm's N: "Total number of adverse events"; one of patients may not)
    of_events = re.search(rf"(?:numbers?|no\.?)\s*(?:\(%\)\s*)?{_OF_EVENTS}", f"{ctx.title} {ctx.table_notes}", re.I)
    if not whole or value < 0 or (ctx.arm_n is not None and value > ctx.arm_n and not of_events):
        return ""
    return "count"


_OF_EVENTS = rf"of\s+(?:(?!{_SUBJECTS}|with\b)[\w-]+\s+){{0,2}}?(?:events|cases|episodes)\b"

# a row measured in a unit ("Body weight, kg", "Age (years)", "Duration of exposure, days"): no count or share
_MEASURED = re.compile(
    r"(?:,|\(|\[|—|–)\s*(?:years?|yrs?|months?|weeks?|wks?|days?|hours?|hrs?|h|min(?:utes)?|kg(?:/m2|/m²)?|g|mg|µg|μg|ng"
    r"|ml|l|dl|mm|cm|m|mm\s*hg|mmhg|bpm|beats/min|[mµμ]mol/l|[mµμn]g/[dm]?l|g/l|u/l|iu/l|points?)\s*[)\]]?\s*$",
    re.IGNORECASE,
)


_EVENTS_ROW = (
    r"total\s+(?:(?:no\.|number)\s+of\s+)?(?:events|occurrences)\b(?!.*(?:%|percent|\brate\b|patients|participants))"
)
_COUNT_ROW = r"(?:no\.|number|n)\s+of\s+(?:patients|participants|subjects|responders)\b(?!.*(?:%|percent|\brate\b))"

_BOUND_HEAD = re.compile(r"(lower|upper|low|high|ll|ul|min(?:imum)?|max(?:imum)?)(?:\s+(?:limit|bound|value))?")
_BOUNDS = {"ci": ("ci_low", "ci_high"), "range": ("min", "max"), "iqr": ("q1", "q3")}


def _legend_abbreviation(ctx: Context) -> str:
    """ "events" or "rate" when the cell's own column head is an abbreviation of at most two letters that the legend
    defines as events counted ("E, number of events") or as an event rate ("R, event rate per 100 person-years")."""
    head = ctx.column[0].strip() if ctx.column else ""
    if not re.fullmatch(r"[A-Za-z]{1,2}", head):
        return ""
    at = rf"(?<![\w%-]){re.escape(head)}(?![\w%-])\s*[,:=]?\s*(?:the\s+)?"
    if re.search(at + r"(?:total\s+)?(?:number|no\.)\s+of\s+events\b", ctx.table_notes):
        return "events"
    if re.search(at + r"(?:event\s+)?rate\s+per\b", ctx.table_notes):
        return "rate"
    return ""


def _bare_bound(ctx: Context) -> str | None:
    """A number under a bare bound head ("Lower" / "Upper", "Min" / "Max") whose own headers name no interval
    (the interval's span reached the other bound's column only): a bound of the one interval the table's other
    headers name, or unread (""); never a count or a percent. ``None`` when the head is no bound."""
    inner = ctx.column[0].strip().lower() if ctx.column else ""
    m = _BOUND_HEAD.fullmatch(inner)
    if not m:
        return None
    low = m.group(1) in ("lower", "low", "ll", "min", "minimum")
    if m.group(1).startswith(("min", "max")):
        return "min" if low else "max"
    own = set(ctx.column)
    above = {kind for h in ctx.column[1:] for kind in [_first_match(_INTERVAL, [h])] if kind}
    if len(above) == 1:
        return _BOUNDS[above.pop()][0 if low else 1]  # "Range" over "Lower | Upper": that interval's bounds
    kinds = {kind for h in ctx.headers if h not in own for kind in [_first_match(_INTERVAL, [h])] if kind}
    if len(kinds) != 1:
        return ""
    return _BOUNDS[kinds.pop()][0 if low else 1]


_MODEL_ESTIMATE = r"(?:final\s+|population\s+|model\s+)?estimates?"


# a heading over response categories, where a row "SD" is stable disease
_RESPONSE_HEADING = re.compile(r"respon|\brecist\b|disease\s+(?:status|control)|\btumou?r\b", re.IGNORECASE)


def _spread_of_a_characteristic(ctx: Context) -> bool:
    """A row "SD" under a baseline characteristic's heading ("Age (years)" over "Mean | SD", as a
    clinical-pharmacology demographics table stacks them): the spread of that characteristic, when the heading states
    no count or share ("Best response, n (%)" over "CR | PR | SD": stable disease) and names no response."""
    if ctx.section != "demographics" or len(ctx.row) < 2:
        return False
    headings = ctx.row[1:]
    if any(_RESPONSE_HEADING.search(h) for h in headings):
        return False
    above = Context(row=headings, column=(), footnotes=(), table_notes="", title="", arm_n=None)
    return _row_statement(above, False) is None


def _one_individual(ctx: Context) -> bool:
    """The cell is one subject's own value: its column (a table set with one column per subject) or its row
    (a listing, one row per subject) names one subject, or the stub head says the rows are subjects and the
    row label is an id ("Subject | 1 | 2 ...")."""
    inner_col = ctx.column[0].strip() if ctx.column else ""
    inner_row = ctx.row[0].strip() if ctx.row else ""
    if _INDIVIDUAL.match(inner_col) or _INDIVIDUAL.match(inner_row):
        return True
    return bool(_ID_STUB.match(ctx.stub.strip()) and _ID_LABEL.match(inner_row))


def _spread_column(ctx: Context) -> str:
    """ "SD" (or "SE", "CV%") heading a column whose table heads another column "Mean" ("Estimate"): the
    spread of that estimate, never "stable disease" or a rate the legend names."""
    inner = ctx.column[0].strip().lower() if ctx.column else ""
    within = re.match(r"(?:intra|inter|within|between)[- ]?(?:subject|individual|patient)s?\s+", inner)
    if within and re.fullmatch(_SPREAD_HEADER[2][0], inner[within.end() :]):
        return "cv_percent"  # "Intra-subject CV (%)" of a bioequivalence table: a CV of its own, no mean beside it
    stat = next((name for pattern, name in _SPREAD_HEADER if rx(pattern).fullmatch(inner)), "")
    if not stat:
        return ""
    own = set(ctx.column)
    paired = any(re.fullmatch(_PAIRED_ESTIMATE, h.strip(), re.IGNORECASE) for h in ctx.headers if h not in own)
    return stat if paired else ""


def _percent_elsewhere(ctx: Context) -> bool:
    """Another column of the table is headed "Percentage of patients" ("% of participants"), this one not."""
    own = set(ctx.column)
    return any(re.search(_PERCENT_HEADER, h, re.IGNORECASE) for h in ctx.headers if h not in own)


def _ci_bound(ctx: Context) -> str | None:
    """A bare number under "95% CI" > "Lower" / "Upper" (or "Lower 95% CI"): one bound of the interval."""
    near = [*ctx.footnotes, *ctx.column]
    if _first_match(_INTERVAL, near) != "ci":
        return None
    inner = " ".join(ctx.column[:1]).lower()
    lower, upper = re.search(r"\blower\b|\blow\b", inner), re.search(r"\bupper\b|\bhigh\b", inner)
    if bool(lower) == bool(upper):
        return None
    return "ci_low" if lower else "ci_high"


def _row_statement(ctx: Context, value_is_integer: bool) -> str | None:
    """What the nearest row label that states a statistic says of a bare number: "percent" ("Male, %", or its
    category heading "Region — %" over "Europe | Asia"), "count" ("Prior lines, n" or "Sex, n (%)" over "1 | ≥2"),
    "ambiguous", or ``None``. A heading speaks for the rows under it that state nothing of their own. A heading "Sex
    (%)" is printed over "n (%)" cells as often as over "%" cells: over a whole number (a count printed without its
    share, or a whole share) it is "ambiguous"; over a number with decimals, which no count has, it says the
    share."""
    for depth, level in enumerate(ctx.row):  # innermost first
        if depth == 0 and re.search(_PERCENT_LABEL, level):
            return "percent"  # the row's own "Male, %" or "Male (%)"
        if re.search(r"\b(?:n|no\.?|number)\s*,?\s*\(?%", level, re.IGNORECASE):
            return "count"  # "Race, No. (%)", "Sex, n (%)": a count (and its share), no share alone
        if re.search(r"(?:—|–|,)\s*(?:no\.|n)\s*$", level, re.IGNORECASE):
            return "count"  # "Prior lines of therapy, n", "Progression or death — no."
        if _first_match(_ESTIMATE, [level]):
            return None  # "Mean change from baseline in body weight, %": the mean's unit, no share
        if re.search(r"(?:,|—|–)\s*%\s*$", level):
            return "percent"  # "Male, %", "Region — %": the share
        if re.search(_PERCENT_LABEL, level):
            return "ambiguous" if value_is_integer else "percent"
        if _first_match(_PAIR, [level]) or _first_match(_ESTIMATE, [level]):
            return None
    return None


# a head naming events and nothing else ("Events", "No. of events"), and a head naming patients as counted
# ("Patients", "No. of participants", "Patients with event", "n (%)")
_EVENTS_HEAD = re.compile(r"(?:(?:total\s+)?(?:no\.?|number)\s+of\s+)?events", re.IGNORECASE)
_PATIENTS_HEAD = re.compile(
    r"(?:(?:no\.?|number)\s+of\s+)?(?:patients|participants|subjects)(?:\s+with\s+(?:an?\s+)?events?)?"
    r"(?:,?\s*(?:n|no\.)\s*\(%\))?|n\s*\(%\)",
    re.IGNORECASE,
)


def _events_beside_patients(own_head: str, siblings: tuple[str, ...]) -> bool:
    """The cell's own head names events only ("Events") and a sibling column under the same group names the
    patients counted ("Patients", "n (%)"): the table counts the two apart, so "Events" is a number of events, which
    may pass the arm's N. Alone under an arm, "Events" is the house convention for the patients with an event (an
    outcome table's "Events | HR"; "All Events | Grade 3 or 4 Events" of patients), read as a count."""
    if not _EVENTS_HEAD.fullmatch(own_head.strip()):
        return False
    return any(_PATIENTS_HEAD.fullmatch(h.strip()) for h in siblings)
