"""The records of one matched statement: each number's statistic, endpoint (``row``), group (``arm``),
section and box, and why its labels cannot be trusted, if they cannot (see prose_doubts.py)."""

from __future__ import annotations

import re

from extractors.prose_ae import grade_and_scope, graded_subject, headed_label, only_a_grade, without_other_grade
from extractors.prose_arms import NO_ARMS, Arms, arm_before
from extractors.prose_bracket_heads import HEAD_HOW, head_label
from extractors.prose_comparison_doubts import comparison_doubt
from extractors.prose_comparisons import bracketed_comparison, compared_groups
from extractors.prose_context import (
    AMBIGUOUS_LANDMARK,
    ae_context,
    dose_of,
    landmark,
    lead_in_denominator,
    listed_landmark,
    lists_times,
    nearest_endpoint,
    pk_respectively,
    rate_worded,
)
from extractors.prose_continuous import continuous_doubt, ratio_subject
from extractors.prose_differences import (
    NESTED,
    SIGN_UNREAD,
    change_by,
    difference_for,
    difference_label,
    group_after,
    nested_respectively,
    sign_unread,
)
from extractors.prose_doubts import (
    BARE_COUNT_OF_A_PART,
    MODIFICATION_AFTER_EVENT,
    arm_unnamed,
    bare_count_of_a_part,
    compared_unnamed,
    design_statement,
    each_group,
    estimate_subject,
    groups_of_others,
    headed_item,
    interleaved,
    modification_after_event,
    paired_values,
    qualified_coordinates,
    scoped_subject,
    subgroup_list,
    unbound,
    unnamed_in_breakdown,
)
from extractors.prose_endpoints import endpoint_binding
from extractors.prose_fronted import FRONTED_HOW, FRONTED_UNREAD_HOW
from extractors.prose_group_names import (
    COORDINATED_HOW,
    OWN_AFTER_HOW,
    PARALLEL_HOW,
    UNREAD_AFTER_HOW,
    any_group,
    group_of_n,
    head_group,
)
from extractors.prose_groups import (
    IMPLIED_HOW,
    clause_group,
    compared_after,
    contrast,
    paragraph_group,
    respective_group,
    slash_group,
)
from extractors.prose_kind_gate import kind_doubt
from extractors.prose_label_tails import names_a_rank
from extractors.prose_landmark_items import clause_endpoint, named_rate_item, ordered_rate, ordered_rate_item
from extractors.prose_numbers import NUM, PK_UNIT, RATIO, bound, num
from extractors.prose_pairs import GROUP_AFTER_TERMS, PAIRED_HOW, paired_endpoint, unread_group
from extractors.prose_precision import precision_doubt, precision_policy
from extractors.prose_qualifiers import (
    ARM_AS_SUBJECT,
    FOR_SUBGROUP,
    GROUP_PAST_BRACKET,
    GROUP_SAID_LATER,
    arm_as_subject,
    for_subgroup,
    group_past_bracket,
    group_said_later,
)
from extractors.prose_ratio_doubts import ratio_doubt
from extractors.prose_ratio_terms import relative_change_by, subgroup_opening
from extractors.prose_respectively import (
    bracket_term,
    each_terms,
    endpoint_list,
    respectively_groups,
    respectively_item,
    slash_term,
)
from extractors.prose_study import about_other_study, cites, own_study
from extractors.prose_subjects import fronted_subgroup
from extractors.prose_terms import clause_around, efficacy_endpoint, efficacy_terms, peak_time
from extractors.prose_text import Text, in_discussion, sentence_of
from extractors.prose_twice import qualifier_at
from extractors.prose_twoarm import listed_group, subject_group, twoarm_group
from extractors.prose_variability import variability_of
from extractors.regex import literal_spans
from schemas.document import BBox
from schemas.records import Record

# "Hazard ratios for serious AIDS-related and non-AIDS-related events were 0.28 (...) and 0.61": a clause whose subject
# is a kind of ratio, the values its copula gives (no other statistic named between)
_RATIOS_WERE = re.compile(
    r"\b(?P<k>hazard|odds|risk|rate)\sratios?\b[^.;()]{0,120}?\b(?:were|was)\s"
    r"(?:-?\d[\d.]*\s?\([^()]*\)(?:,\sand\s|,\s|\sand\s))*$",
    re.IGNORECASE,
)
# a percentage named a reduction in risk just before it ("relative risk reduction, 14%", "a relative reduction of
# 10%", "absolute risk reduction was 2.1%"): the difference between groups, not a share of patients
_RISK_REDUCTION = re.compile(
    r"(?P<r>(?:relative|absolute)\s+(?:risk\s+)?reduction|\brisk\s+reduction)(?:\s+in\s+(?:the\s+)?risk)?"
    r"\s*(?:of|was|were|,|:|=)?\s*(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)


def match_records(
    m: re.Match[str],
    names: dict[str, str],
    groups: list[str],
    text: Text,
    page: int,
    arms: Arms = NO_ARMS,
    places: dict[int, tuple[int, int, bool, bool]] | None = None,
    doubts: dict[int, str] | None = None,
) -> list[Record]:
    raw = m.group(0).strip(" ,;(")
    first = groups[0]
    if all(text.owner[i] < 0 for i in range(m.start(first), min(m.end(first), len(text.owner)))):
        return []  # a number of the neighbouring page's sentence, carried for context only
    start, context = sentence_of(text.text, m.start(), m.end())
    dose_name = re.match(
        r"\s(?P<w>[a-z][a-z-]+)(?P<g>\s(?:[a-z-]+\s)?(?:group|arm|cohort|dose|patients?))?",
        text.text[m.end() : m.end() + 40],
    )
    if (
        dose_name
        and (dose_name.group("w") in arms[0] or dose_name.group("g"))
        and "v" in groups
        and names.get("v") == "estimate"
    ):
        return []  # "10 µM trabedersen": a dose that names an arm, not a measured value
    if (
        "v" in groups
        and names.get("v") == "estimate"
        and re.search(r"(?:mg|[µμn]M)\s*$", raw)
        and re.search(r"\b(?:in|with|to|on)\s+the\s+$", text.text[max(0, m.start() - 12) : m.start()])
    ):
        return []  # "91 days in the 10 µM and 78 days in the 80 µM groups": a dose level naming a group
    if (
        "v" in groups
        and names.get("v") == "estimate"
        and re.search(r"(?:mg|[µμn]M)\s*$", raw)
        and re.search(
            r"(?:\d\s?(?:months?|weeks?|days?|years?|%)?|[)\]])\s(?:for|with)\s+$",
            text.text[max(0, m.start() - 40) : m.start()],
        )
    ):
        return []  # "39.1 months (95% CI ...) for 10 µM X": the dose level the value before it is said for
    if about_other_study(context, arms[2]):
        return []  # another study's numbers (background, discussion): not this trial's data
    if _REFERENCE_MARK.search(context) and not own_study(context):
        return []  # a sentence citing other work by a reference mark ("... 38,460 deaths annually.1"): background
    discussing = in_discussion(text, m.start())
    if discussing and cites(context) and not own_study(context):
        return []  # a discussion sentence that cites other work and does not speak of this study
    at, end = m.start() - start, m.end() - start
    bbox = _bbox(text, m.start(), m.end())
    if bbox is None:
        return []
    parameter = nearest_endpoint(context, at)
    section = _section(context)
    denominator = None
    if "d" in groups:
        try:
            denominator = int(num(m.group("d")))
        except ValueError:
            denominator = None
    elif any(names[g] in ("count", "percent") for g in groups):
        denominator = lead_in_denominator(context, at)
    level = float(m.group("lvl")) if "lvl" in pattern_groups(m) and m.group("lvl") else None
    row: list[str] = []
    row_how = "none"
    grade = scope = analyte = unit = arm = None
    # a statement opening at its bracket ("diarrhea (72/107, 67.3%)") is the term's as its number is ("(n = 72, ...")
    ae_sentence, ae_at = context, at + 1 if context[at : at + 1] in ("(", "[") else at
    if _said_section(context) is None and names[first] in ("count", "percent"):
        # "TRAEs of any grade occurred in 41 patients (69%); the most frequent were fatigue (22%)": a frequency in a
        # clause that names no section of its own, after a "; ", is in its sentence's
        since = _since_full_stop(text.text, start, m.start())
        if len(since) > at and _said_section(since) == "adverse_events":
            section, ae_sentence, ae_at = "adverse_events", since, len(since)
    if section == "adverse_events":
        term, grade, scope = ae_context(ae_sentence, ae_at)
        if term and grade is None and scope is None:
            # "Grade ≥3 TRAEs occurred in 21 patients (18%); the most common were neutropenia (8%)": a list headed
            # only "the most common" is of the events said just before, at their grade and scope
            grade, scope = _listed_events_scope(text.text, start, m.start(), grade, scope)
        if term and _a_group(term[-1], arms[0], arms[1]):
            term = None  # "similar among the LCI699 (42.7%), eplerenone (39.4%) ... groups": an arm, not an AE term
        if term and names_a_rank(term[-1]):
            term = None  # "headache was the most common AE (4 subjects ...)": a rank, not the term (prose_label_tails)
        row = term or []
        row_how = "AE term before bracket" if term else "none"
    headed = headed_label(context, m.start(first) - start)
    if headed:  # "the reasons for discontinuation were A (n, %)": "discontinuation due to A"
        row, row_how = [headed], "item with its list's head"
    paired_term = bracket_term(context, m.start(first) - start, names[first], arms[0])
    if paired_term:  # "nausea and fatigue (45% and 30%)": the i-th value is the i-th term's
        row, row_how = [paired_term], "term of a paired bracket"
    slashed = slash_term(context, m.start(first) - start) if not paired_term else None
    if slashed:  # "ORR/DCR was 45%/70%": the i-th value is the i-th term's
        row, row_how = [efficacy_endpoint(slashed, len(slashed)) or slashed], "term of a slash pair"
    out: list[Record] = []
    ambiguous_time = False
    unsigned = False
    weak: set[int] = set()
    hows: list[str] = []
    kinds: list[tuple[str, str]] = []  # how each record's endpoint and group were bound (Record.binding)
    focuses: list[int] = []  # where each record's number sits in its sentence
    run_group: str | None = None  # the group closing a run of landmark rates (prose_landmark_items.py)
    for g in groups:
        stat = names[g]
        if stat == "denominator":
            continue
        try:
            value, qual = bound(m.group(g))
        except ValueError:
            continue
        if value is not None and sign_unread(text.text, m.start(g), m.group(g)):
            unsigned = True  # "was −0.4% (95% CI ...)": a sign the statement form does not read (prose_differences.py)
        if stat == "ratio":
            stat = RATIO.get(m.group("kind").lower(), "value")
        if stat in ("min", "max") and "rkind" in m.re.groupindex and re.match(r"i", m.group("rkind") or "", re.I):
            stat = "q1" if stat == "min" else "q3"  # "(IQR 8-24)": the quartiles, not the range
        if stat == "estimate":
            # the statistic its own clause names, else the sentence's up to the end of its statement ("Cmax was
            # 1,250 ng/mL (CV, 31%) and the median Tmax was ..." is no median Cmax)
            low = _FOLLOW_UP_MEDIAN.sub("follow-up", context[clause_around(context, at)[0] : end].lower())
            if not re.search(r"\bmedian|\bmean\b|\bm(?:pfs|os|dor|efs|ttr)\b", low):
                # ", and 11.0 months (95% CI ...)" goes on the sentence's "Median survival" (a median follow-up is the
                # cohort's, no statistic of the values after it)
                low = _FOLLOW_UP_MEDIAN.sub("follow-up", context[:end].lower())
            median = "median" in low or re.search(r"\bm(?:pfs|os|dor|efs|ttr)\b", low)
            # "the fed/fasted ratio of geometric least-squares means was 1.05": a ratio of means, no mean
            ratio_of = re.search(r"\bratios?\sof\b", low)
            geometric = not ratio_of and re.search(r"\bgeometric\s(?:least[- ]squares\s)?means?\b(?!\sratio)", low)
            mean = not ratio_of and re.search(r"(?<!vs )\bmean\b(?!\sratio)", low)
            if median and (geometric or mean):
                # "Median tmax was 2.0 hours (...) and the geometric mean terminal half-life was 14.6 hours (CV, 28%)":
                # the statistic named nearest before the number
                medians = [x.start() for x in re.finditer(r"\bmedian|\bm(?:pfs|os|dor|efs|ttr)\b", low)]
                means = [x.start() for x in (geometric, mean) if x]
                if means and max(medians, default=-1) < max(means):
                    median = None
            stat = "median" if median else "geometric_mean" if geometric else "mean" if mean else "value"
            if re.search(r"\bdifferences?\b", low[:at]):
                stat = "value"  # "the estimate for the difference in medians was 30 minutes": a difference
            elif stat == "value" and (said := _RATIOS_WERE.search(context[:at])):
                # "Hazard ratios for A and B were 0.28 (...) and 0.61 (...), respectively": the ratios the subject names
                stat = {"hazard": "hr", "odds": "or"}.get(said.group("k").lower(), "rr")
        if (
            stat == "value"
            and names[g] == "estimate"
            and re.match(r"\s?%", text.text[m.end(g) : m.end(g) + 2])
            and re.search(r"\brates?\b", context[:at], re.I)
            and not _CONTRAST_WORD.search(context[:at])
            and landmark(context, at, end)
        ):
            # "the 2-year EFS and OS rates were 71% (95% CI 60–80) and 85% (76–91)": a rate at its time, said with its
            # interval, is a landmark rate
            stat = "percent"
        if stat == "percent" and _MEAN_BY.search(context[:at]):
            stat = "mean"  # "Body weight decreased by a mean of 9.4% ... and by 0.9% ...": a mean change, in percent
        if stat == "percent" and _MEAN_CHANGE_WERE.search(context[:at]):
            # "the mean change from baseline in HbA1c was 1.2%": a mean change said in percent (a minus before the
            # number is not read as its sign: such a value stays unread)
            stat = "mean"
        if stat == "percent" and (_PER_TIME.match(context[end:]) or _ANNUAL_RATE.search(context[:at])):
            stat = "rate"  # "1.11% per year", "The annual rate of stroke was 1.5%": events over time, no share
        ratio_named = ratio_subject(context[:at]) if stat in ("percent", "value", "mean", "geometric_mean") else None
        if ratio_named and not row:
            # "the geometric mean ratio of AUC0-24 was 110% (90% CI 84–144)": a ratio of that quantity, no share
            stat, row, row_how = "value", [ratio_named], "ratio of quantity"
        reduction = stat == "percent" and bool(_RISK_REDUCTION.search(context[max(0, at - 48) : at]))
        if reduction:
            stat = "value"  # "(relative risk reduction, 14%; ...)": a reduction between groups, no share of patients
        variability = variability_of(context, m.start(g) - start) if stat == "percent" else None
        if variability is not None:
            # "clearance was 12.4 L/h (between-subject variability, 31%)", "the inter-individual variability of
            # clearance was 28.6%": the spread between patients of a parameter, as a coefficient of variation
            stat = "cv_percent"
            row, row_how = (
                ([variability], "variability of parameter") if variability else ([], "variability of nothing named")
            )
        if stat in ("percent", "rate"):
            time = landmark(context, at, end)
            if time == AMBIGUOUS_LANDMARK:
                ambiguous_time = True
            if time:
                stat = "rate" if rate_worded(context) else stat
                # (one time for all the items: listed times line up with the values instead)
                one_time = len(re.findall(_LANDMARK_TIME, context[:at], re.IGNORECASE)) <= 1
                # "the PFS rates at 12 and 24 months were 80% and 61%, respectively": the values pair with the times
                # listed, not with items of the subject
                one_time = one_time and not lists_times(context[:at])
                rate_item = respectively_item(context, at, "percent") if one_time else None
                if one_time and not rate_item:
                    # "the 2-year EFS and OS rates were 71% (...) and 85% (...)", "the rates were 61% for OS and 38%
                    # for PFS": the endpoint the sentence pairs with the rate by order or by name
                    here = m.start(g) - start
                    ordered = ordered_rate(context, here, arms[0])
                    rate_item = ordered[0] if ordered else named_rate_item(context, here, arms[0])
                    run_group = ordered[1] if ordered else None
                rate_item = re.sub(_RATE_ITEM_TRIM, "", rate_item or "", flags=re.IGNORECASE).strip()
                plain_item = re.sub(_CONTROL_OF, "", rate_item)  # "local control" is an endpoint, not a control group
                if {w.lower() for w in re.findall(r"[A-Za-z][\w-]*", plain_item)} & arms[0] or _GROUPISH.search(
                    rate_item
                ):
                    rate_item = ""  # "the rates with A and B were ...": the items are groups, not endpoints
                # "the 3-year rates of local control and overall survival were 88.2% and 74.5%, respectively": the
                # i-th rate is of the i-th item the subject lists
                rated = efficacy_endpoint(rate_item, len(rate_item)) or rate_item if rate_item else None
                # "PFS at 12 months was 45% and OS 78%", "..., whereas the 5-year DFS was 51%": the endpoint its own
                # clause names before it, not the sentence subject's
                rated = rated or clause_endpoint(context, m.start(g) - start) or parameter
                rated = rated or _bare_survival(context[:at])
                if not rated:
                    # "Invasive disease-free survival at 3 years was 88.7%", "The rate of the primary end point at 1
                    # year was 7.2%": what the sentence says the rate is of, not a rate of nothing named
                    subject, subject_how = endpoint_binding(context, at, end, "percent", m.start(g) - start, arms[1])
                    # "The rate of major molecular response at 12 months was": an endpoint the clause names
                    subject = subject if subject_how.startswith((*_SUBJECT_HOWS, "clause endpoint")) else None
                    rated = re.sub(r"\s(?:rates?|at\s\d.*)$", "", re.sub(r"^(?:the\s)?rates?\sof\s", "", subject or ""))
                # "the tumor control rate was higher ... at 6 months (75%)": a rate the sentence names, of an endpoint
                # no rule reads, is still the rate at that time; a bare value at a time is a rate of nothing named
                rate_said = bool(re.search(r"\brates?\b", context[:at], re.I))
                if not rated and (rated_subject := _rate_subject(context[:at])):
                    # "The regional control rates at 3 and 5 years were 91.2% and 88.7%", "The freedom-from-
                    # progression rate was 91% at 2 years and 84% at 5 years": the one rate the sentence names
                    words = {w.lower() for w in re.findall(r"[A-Za-z][\w-]*", re.sub(_CONTROL_OF, "", rated_subject))}
                    rated = None if words & arms[0] or _GROUPISH.search(rated_subject) else rated_subject
                row = [f"{time} {rated} rate"] if rated else [f"{time} rate"] if rate_said else []
                row_how = "landmark time and endpoint" if row else "landmark: no endpoint"
        if stat == "p" and m.group("op") in ("<", ">", "≤", "≥"):
            qual = m.group("op")
        if stat == "count" and value is not None and value != int(value):
            continue
        pk = _pk_place(context, at, g, m)
        if pk is not None:
            analyte, pk_param, unit = pk
            parameter, section, arm = pk_param, "pk", dose_of(context)
        if row and section == "adverse_events":
            # "TRAEs leading to permanent treatment discontinuation were reported in five patients, including
            # diarrhea (n = 3)": the listed terms are the reasons for that event, not the AE's frequency
            led = re.search(
                r"\b(?:leading to|led to|resulting in|causing)\s(?:[a-z]+\s){0,3}?(?P<e>discontinuation|death|"
                r"interruption|reduction|withdrawal|hospitali[sz]ation)\b[^;]*\bincluding\b",
                context[:at],
            )
            if led and not row[-1].lower().startswith(led.group("e")):
                row = [f"{led.group('e')} {row[-1]}"]
        label_row, label_how = row, row_how
        named_arm = arm_before(context, m.start(g) - start, arms[0]) if pk is None else None
        across = bracketed_comparison(context, at, arms[0]) if pk is None and not label_row else None
        if across:  # "Nausea was more common with A (23%) than with B (12%)": the subject, in the bracket's group
            label_row, label_how = [across[0]], "subject compared across bracketed groups"
            named_arm = named_arm or across[1]
        # a list's items run across the "; " that ends each as a sentence: read from the last full stop
        item = (
            list_item(_since_full_stop(text.text, start, m.start(g)), arms[0], arms[1])
            if pk is None and not named_arm
            else None
        )
        if not label_row:
            what, label_how = (
                (parameter, "PK parameter")
                if pk is not None
                else (item[0], "head of its item list")
                if item and item[0]
                else endpoint_binding(context, at, end, stat, m.start(g) - start, arms[1])
            )
            if named_arm and what and norm_words(what) <= norm_words(named_arm):
                what, label_how = None, "none"  # "eplerenone (39.4%)": the term names the arm, not the endpoint
            assigned = _ASSIGNED_TO.search(context[: m.start(g) - start]) if what == "population" else None
            if named_arm and assigned:
                # "randomly assigned to either A (N = 99)": the size randomized to A
                what, label_how = assigned.group("v"), "assigned to arm"
            elif named_arm and what == "population" and places is not None:
                weak.add(len(out))  # "placebo [n=2]": an arm's size, or its share of the statement before
            label_row = [what] if what else []
            if not label_row and stat in ("hr", "or", "rr") and pk is None:
                # "A vs B: median PFS 8.1 vs 5.5 months; HR 0.69 (...)": a clause that is the ratio alone is of the
                # one endpoint the sentence's clauses before it state
                before = _since_full_stop(text.text, start, start)
                alone = _RATIO_ALONE.fullmatch(context[: m.start(g) - start]) and before.rstrip().endswith(";")
                stated = {n for _, n in efficacy_terms(before) if n != "follow-up"} if alone else set()
                if len(stated) == 1:
                    label_row, label_how = [stated.pop()], "ratio: the one endpoint of the clauses before"
        if label_row and peak_time(label_row[-1], context[m.end(g) - start :]):
            # "median peak plasma concentrations were achieved in 1.5 h": a concentration is not measured in hours,
            # the number is the time to the peak
            label_row, label_how = ["Tmax"], "time to the peak named"
        if reduction:
            said = _RISK_REDUCTION.search(context[max(0, at - 48) : at])
            named = said.group("r").lower() if said else "relative risk reduction"
            if not label_row:
                # "X occurred in 0.8% ... and in 6.3% ... (relative risk reduction, 88.9%)": the reduction in the
                # sentence's subject; with none read, a reduction of nothing named
                subject, subject_how = endpoint_binding(context, at, end, "percent", m.start(g) - start, arms[1])
                label_row = [subject] if subject and subject_how.startswith(_SUBJECT_HOWS) else []
            label_row = [f"{named} {label_row[0]}" if label_row and named not in label_row[0].lower() else named]
            label_how = "risk reduction named before it"
        slashed = slash_group(context, m.start(g) - start) if pk is None and not named_arm else None
        compared = compared_group(context, m.start(g) - start, stat, arms[0]) if pk is None else None
        if compared is None and pk is None and not named_arm:
            # "of A and B patients, respectively", "assigned to A (n = 48) and B (n = 46), 14 (29%) and 5 (11%),
            # respectively", "at 10, 20 and 40 mg, respectively": lists that order groups in any section
            compared = listed_group(context, m.start(g) - start, end, stat, arms[0])
        if (
            pk is None
            and section != "adverse_events"
            and not (compared or named_arm or run_group or (item and item[1]))
        ):
            # groups named once, apart from the values ("45% (A) vs 30% (B)", "with A and B, respectively", a later
            # clause's pair, "the rates in the A group were ..."): prose_twoarm.py
            # (read from the last full stop: the clause before a "; " names the groups of the one after it)
            earlier = _since_full_stop(text.text, start, start)
            compared = twoarm_group(
                earlier + context, len(earlier) + m.start(g) - start, len(earlier) + end, stat, arms[0]
            )
            if not compared and stat in _HEADED_STATS:
                compared = subject_group(context, m.start(g) - start, arms[0])
        if pk is not None:
            group, how, group_how = arm, "pk", "PK dose"
        elif run_group:
            # "78.4% and 90.1% in the A group and 66.0% and 85.2% in the B group": the group closing the run
            group, how, group_how = run_group, "named", "group closing its run of rates"
        elif compared:
            group, how, group_how = compared, "paired", "comparison pairing"
        elif item:
            group, how, group_how = item[1], "named", "label of its list item"
        elif slashed:
            group, how, group_how = slashed, "paired", "slash pairing"
        elif named_arm:
            group, how, group_how = named_arm, "named", "arm before bracket"
        elif (
            stat in ("hr", "or", "rr")
            or reduction
            or label_how == "ratio of quantity"  # "the GMR of Cmax was 112% ... in A versus B": a contrast too
            or "ratio" in (names[x] for x in groups)
            or (stat == "p" and contrast(context))
            or "difference" in raw.lower()
            or (names[first] == "estimate" and bool(re.search(r"\bdifferences?\b", context[:at], re.I)))
            or compared_after(context[end:])
        ):
            # a contrast between groups is about the trial, not one group
            group, how, group_how = None, "contrast", "none: a contrast"
        else:
            group, group_how = clause_group(context, m.start(g) - start, stat, end, arms[1])
            how = "clause"
            if group_how == FRONTED_HOW and section == "pk":
                # a PK statement keeps its own rules ("In subjects with renal impairment, AUC was reduced by 35%": a
                # relative change its endpoint rules do not read; the fronted population is not read there)
                group, group_how = None, "none"
            if group is None and group_how == "none":
                # "For melanoma, the ORR was 29%; for NSCLC, ...": the heads of the sentence's clauses past its "; "
                before = _since_full_stop(text.text, start, start)
                by_head = head_group(
                    before + _to_full_stop(text.text, start, len(context)), len(before) + m.start(g) - start
                )
                if by_head is not None:
                    group, group_how = by_head
            parallel = group_how in (PARALLEL_HOW, COORDINATED_HOW, FRONTED_UNREAD_HOW, OWN_AFTER_HOW, UNREAD_AFTER_HOW)
            if group and (group_how == IMPLIED_HOW or ("respectively" in context and respectively_groups(context))):
                how = "paired"
            if group is None and not discussing and not parallel:
                group = clause_respective_group(
                    _since_full_stop(text.text, start, m.start(g)), text.text[m.start(g) : m.start(g) + 200], arms[0]
                )
                how, group_how = "paired", "respectively: the earlier clause's groups"
            if group is None and not discussing and not parallel:
                group, how = respective_group(text, context, m.start(g) - start, start, stat), "paired"
                group_how = "respectively: paragraph's groups"
            if group is None and not discussing and not parallel:
                group, group_how = paragraph_group(text, m.start())
                how = "paragraph"
            if group is None and denominator and not parallel:
                # the N the statement is of names its group when the text states whose N it is (else the reason
                # no group was read stands: "its sentence names groups of its own")
                of_n = group_of_n(text.text[: m.start()], denominator)
                if of_n:
                    group, how, group_how = of_n, "paragraph", "group of its N"
            if group is None:
                how = "none"
                group_how = group_how if group_how in _WITHHOLDING_HOWS else "none"
        if group and _FRONTED_FOLLOW_UP.search(context[: m.start(g) - start]):
            # "With a median follow-up of 18.2 months, OS was not reached in the A arm": the trial's follow-up
            group, how, group_how = None, "none", "none: the trial's follow-up"
        hows.append(how)
        focuses.append(m.start(g) - start)
        if group and (
            not norm_words(group) - _NO_GROUP_WORDS
            or re.fullmatch(r"(?:C[MR]?R|PR|SD|PD|ORR|DCR|CBR|PFS|OS|DoR|TTP)s?", group.strip())
        ):
            group, how, group_how = None, "none", "none"  # "The", "these patients", "CR": no group is named
        if grade and label_row and only_a_grade(label_row[-1]):
            # "Pneumonitis of any grade was reported in 12 (8.1%), grade 3 or higher in 4 (2.7%)": the elided
            # clause says only a grade; its term is the one the sentence opens with, or none
            subject = graded_subject(context)
            label_row = [subject] if subject else []
            label_how = "term the sentence opens with, at a grade" if subject else "none"
        if grade and label_row:  # a grade the label says is the subject's, not this number's (prose_ae.py)
            label_row = [*label_row[:-1], without_other_grade(label_row[-1], grade)]
        kinds.append((label_how if label_row or label_how in _NOT_OWN_SIZE else "none", group_how))
        out.append(
            Record(
                section=section,
                table="text",
                statistic=stat,
                value=value,
                qualifier=qual,
                denominator=denominator if stat in ("count", "percent") else None,
                ci_level=level if stat in ("ci_low", "ci_high") else None,
                parameter=parameter,
                raw=raw,
                page=page,
                bbox=bbox,
                context=context,
                row=label_row,
                # a group's size ("34% in cohort A (n = 29)") has no grade or scope of the events around it
                grade=None if label_row == ["population"] else grade,
                scope=None if label_row == ["population"] else scope,
                analyte=analyte,
                unit=unit,
                arm=group,
            )
        )
    # one statement is about one thing: its numbers share the endpoint and the group of its first number
    # (the count of "22 of 87 patients (25.3%, 95% CI ...)", the median of "median PFS 4.8 months (95% CI ...)")
    named = next((r.row for r in out if r.row), None)
    if any(k[0] == "n= of a part" for k in kinds):
        named = None  # "(n = 22 [42%])": the statement counts a part of a group the sentence does not name
        for r in out:
            r.row = []
    if named and re.search(r"\bdifference\b", raw, re.I) and not re.search(r"\bdifference\b", named[-1], re.I):
        named = [*named[:-1], f"difference in {named[-1]}"]  # "(difference, -2.9 percentage points; ...)"
    # "The between-group difference in systolic BP was ...", "... 0.05 (95% CI ...) for NTB": what a difference or a
    # change is of (prose_differences.py)
    of_what, no_outcome = (
        difference_label(context, at, end, named[-1], arms[0])
        if named and out and out[0].statistic not in ("count", "percent", "events", "rate")
        else (None, None)
    )
    if of_what and named:
        named = [*named[:-1], of_what]
    elif not named and out and out[0].statistic in ("value", "mean", "median"):
        of_what = difference_for(context, at, end, arms[0])
        if of_what:  # "... −0.58 (95% CI ...) for energy intake" after "The difference in change was"
            named = [of_what]
    named_how = next((k[0] for r, k in zip(out, kinds, strict=True) if r.row), kinds[0][0] if kinds else "none")
    if named and of_what and named_how == "none":
        named_how = "outcome named after a difference"
    group = next((r.arm for r in out if r.arm), None)
    group_how = next(
        (k[1] for r, k in zip(out, kinds, strict=True) if r.arm),
        kinds[0][1] if kinds and kinds[0][1] in _WITHHOLDING_HOWS else "none",
    )
    own_after = (
        group_after(context[end:], arms[0])
        if out
        and out[0].statistic in ("value", "mean", "median")
        and (of_what or change_by(context[:at]) or group_how == "in X group, before")
        else None
    )
    if own_after:
        # "−8.1 mm Hg (95% CI ...) in the 1-mg group and −9.6 mm Hg (...) in the 2-mg group": a difference or a change
        # is of the group named right after it, not of the one named before (prose_differences.py)
        group, group_how = own_after, "group after a difference or change"
        for r in out:
            r.arm = group
    if group and named and "paragraph" in hows and norm_words(group) <= norm_words(" ".join(named)):
        group = None  # "Topo I positivity ... were found in 11 (9.2%)": the paragraph's term is the endpoint's
        group_how = "none: names the endpoint"
    for r, kind in zip(out, kinds, strict=True):
        # (a value of a list "P values were 0.61 for MMSE, 0.07 for MoCA" keeps the endpoint it is paired with)
        if named and not (kind[0] == PAIRED_HOW and r.row):
            r.row = list(named)
            if r.section == "efficacy" and r.parameter and efficacy_endpoint(named[-1], len(named[-1])) != r.parameter:
                # "After a median follow-up of 30 months, the median PFS was ...": the parameter is what the row
                # names, not the endpoint named nearest in the sentence
                r.parameter = efficacy_endpoint(named[-1], len(named[-1]))
        if r.section != "pk":
            r.arm = group
        r._binding = (named_how if named else "none", group_how if r.section != "pk" else kind[1])
    # "(12-month event-free survival rate, 68.4% ... vs. 48.7% ...; hazard ratio ..., 0.47 ...)": the head of the
    # bracket part the values are in says what they are, not the sentence's subject (prose_bracket_heads.py)
    head_doubt = None
    if out and out[0].section not in ("pk", "adverse_events") and out[0].statistic in _HEADED_STATS:
        read_as = out[0].row[-1] if out[0].row else None
        headed_as, head_doubt = head_label(context, focuses[0], read_as, out[0].statistic, arms.words)
        if headed_as and headed_as != read_as:
            for r in out:
                r.row = [headed_as]
                r.parameter = efficacy_endpoint(headed_as, len(headed_as))
                r._binding = (HEAD_HOW, (r._binding or ("", "none"))[1])
    # "lymphocytopenia (27/107, 25.2%), γ glutamyl transpeptidase elevation (26/107, 24.3%)": a number bracketed
    # after a term is that term's, read or not; it never takes another statement's endpoint
    before = context[:at].rstrip()
    closed = before.endswith(("(", "[")) and bool(re.search(r"[A-Za-zα-ω]\s?[(\[]$", before))
    closed = closed and bool(out) and out[0].statistic in ("count", "percent", "events")
    closed = closed and arm_before(context, at, arms[0]) is None
    for i, r in enumerate(out):
        if places is not None:
            places[id(r)] = (start, m.start(first), bool(weak) and i in weak, closed)
    if any(h == "paragraph" for h in hows) and groups_of_others(context, at, end, arms[1]) == "after":
        for r in out:  # the whole the sentence's groups break down: not the paragraph's group
            if r.section != "pk":
                r.arm = None
                r._binding = (r._binding or ("none", ""))[0], "none: a whole broken down"
    first_how = next((h for r, h in zip(out, hows, strict=False) if r.arm), hows[0] if hows else "none")
    doubt = next(
        (
            d
            for focus, r in zip(focuses, out, strict=False)
            if (d := _doubt(context, focus, end, r.statistic, first_how, arms))
        ),
        None,
    )
    group_how = out[0]._binding[1] if out and out[0]._binding else "none"
    doubt = (
        (SIGN_UNREAD if unsigned else None)
        or head_doubt
        or (NESTED if out and nested_respectively(context, at) else None)
        or doubt
        or no_outcome
        or (_AMBIGUOUS_TIMES if ambiguous_time else None)
        or (_THRESHOLD_GROUP if group and out and out[0].section != "pk" and _by_threshold(context, group) else None)
        # (the sentence as far as its full stop: a "; " may set the complement beside the subgroup)
        or (_SUBGROUP if subgroup_opening(_to_full_stop(text.text, start, len(context))) else None)
        or (_FRONTED_UNREAD if group_how == FRONTED_UNREAD_HOW and not group else None)
        or (
            _COUNTED_SUBGROUP
            if out and not group and out[0].section != "pk" and fronted_subgroup(context, at, text.text[:start])
            else None
        )
        or (
            GROUP_AFTER_TERMS
            if out and not group and out[0].section != "pk" and unread_group(context, focuses[0])
            else None
        )
        or (
            _coordinated_pair(context, focuses[0], end, out[0].statistic)
            if out and first_how == "none" and not paired_endpoint(context, focuses[0], out[0].statistic)
            else None
        )
        or unbound(named_how)
        or (_OWN_GROUPS if group_how == _OWN_GROUPS_HOW and not group else None)
        or (_PARALLEL if group_how == PARALLEL_HOW and not group else None)
        or (_COORDINATED if group_how == COORDINATED_HOW and not group else None)
        or (_OWN_AFTER if group_how == OWN_AFTER_HOW and not group else None)
        or (_UNREAD_AFTER if group_how == UNREAD_AFTER_HOW and not group else None)
        or (arm_unnamed(named_how, group_how, out[0].statistic, arms.compared) if out and not group else None)
        or (GROUP_PAST_BRACKET if out and not group and group_past_bracket(context[end:]) else None)
        or (
            GROUP_SAID_LATER
            if out and not group and group_said_later(_to_full_stop(text.text, start, len(context))[end:])
            else None
        )
        or (
            ARM_AS_SUBJECT
            if out and not group and out[0].statistic in ("count", "percent") and arm_as_subject(context, arms.words)
            else None
        )
        or (
            FOR_SUBGROUP
            if out and not group and out[0].statistic in _SUMMARIES and for_subgroup(context[: focuses[0]])
            else None
        )
    )
    each = each_terms(context, m.start(first) - start) if len(out) == 1 and out[0].statistic == "count" else None
    carried = out[0]._binding[1] if out and out[0]._binding else "none"
    if each and carried in _CARRIED_GROUPS and any_group(context):
        each = None  # its group is carried from another sentence, and this one names groups of its own
    if each and (doubt is None or named_how == "n= in a breakdown"):
        # "fatigue, chest pain and dyspnoea (each n=2)": the count is each coordinated term's, one record per term
        out = _per_term(out[0], each, places)
        doubt = _doubt(context, at, end, "count", first_how, arms) if first_how != "none" else None
    if not doubt and out and all(r.arm is None for r in out) and out[0].section != "pk":
        doubt = _breaks_down_a_group(_since_full_stop(text.text, start, start), context)
    if (
        not doubt
        and out
        and out[0].row
        and all(r.statistic in ("count", "percent") for r in out)
        # (of a change said with its own subject and verb; "and dose reduced in 3 (10.3%)", an elided clause, is
        # read as it was)
        and out[0]._binding is not None
        and out[0]._binding[0].startswith("subject occurred")
        and modification_after_event(text.text[max(0, start - 400) : start], context, out[0].row[-1])
    ):
        doubt = MODIFICATION_AFTER_EVENT
    if (
        not doubt
        and out
        and out[0].statistic == "count"
        and out[0].arm is None
        and bare_count_of_a_part(text.text[max(0, start - 400) : start], context, at, out[0].raw)
    ):
        doubt = BARE_COUNT_OF_A_PART
    if not doubt and out and precision_policy():
        # the precision policy (prose_precision.py): layouts whose labels are too often wrong to be emitted
        doubt = next(
            (d for f, r in zip(focuses, out, strict=False) if (d := precision_doubt(text.text, start, context, f, r))),
            None,
        )
    if not doubt and out:
        # a ratio or a P value whose comparison is not read: a subgroup's, or one of a trial of three or more groups
        # (read in its whole sentence: "At ... in poor-risk patients, ...; the median ... (hazard ratio, 0.63)")
        earlier = _since_full_stop(text.text, start, start)
        doubt = next(
            (
                d
                for f, r in zip(focuses, out, strict=False)
                if (
                    d := ratio_doubt(earlier + context, len(earlier) + f, r, arms[0], arms.many)
                    or comparison_doubt(earlier + context, len(earlier) + f, r)
                )
            ),
            None,
        )
    if doubt and doubts is not None:
        for r in out:
            doubts[id(r)] = doubt
    if doubts is not None and precision_policy():
        # the binding-kind gate (prose_kind_gate.py): a record bound by a way too often wrong at first contact
        # with unseen paragraphs is withheld, the statement's other records kept
        for r in out:
            if id(r) not in doubts and (gate := kind_doubt(r)):
                doubts[id(r)] = gate
    return out


# "(FLIPI high risk: mono, 28 [53%]; combo, 11 [58%])", "as follows: 2.5/10/16mg cohort, 100% (3/3); ...": an item
# of a list, a group's label and a comma before its value, after a ":" or a ";" (its head before the ":")
_ITEM = re.compile(r"(?:^|[;:(]\s?)(?P<g>[^;:,()\[\]]{1,40}?),\s?$")
_HEAD = re.compile(r"[(\[](?P<h>[^()\[\];:]{3,60}):\s?(?:[^()\[\]]|\[[^\[\]]*\]|\([^()]*\))*$")
# "CRS rates by mono cohort were as follows: ...": what the list's items are rates of
_AS_FOLLOWS = re.compile(
    r"^(?:the\s)?(?P<h>[^;:()]{2,40}?)\s(?:rates?|incidences?|frequenc(?:y|ies)|proportions?)(?:\s(?:by|in|of|across)"
    r"\s[^;:()]{1,30})?\s(?:was|were)\s(?:as\sfollows|by\s[^;:]{1,30})\s?:",
    re.IGNORECASE,
)


_ARM_MENTION = re.compile(
    r"\b(?:in|for|with|among|on|receiving)\s(?:the\s)?(?P<g>(?:[A-Za-z0-9][\w²/.+-]*\s){0,2}?[A-Za-z0-9][\w²/.+-]*?)"
    r"(?:\s(?:group|arm|cohort)s?)?(?=[\s,;.)]|$)",
    re.IGNORECASE,
)


def clause_respective_group(before: str, after: str, arm_words: frozenset[str]) -> str | None:
    """ "Median age was 64 years in the A cohort and 61 years in the B cohort; median number of prior therapies
    was 3 (range 1-12) and 2 (range 1-5), respectively": the i-th value of a "respectively" clause that names no
    group is of the i-th group the clause before it names (``before``: the text before the value from its
    sentence's start, ``after``: the text after it)."""
    cut = before.rfind("; ")
    tail = re.match(r"[^;.]*", after)
    clause_after = tail.group(0) if tail else ""
    if cut < 0 or "respectively" not in clause_after:
        return None
    clause = before[cut + 2 :]
    if _groups_in(clause, arm_words):
        return None  # the clause names its own
    groups = _groups_in(before[before.rfind("; ", 0, cut) + 1 : cut], arm_words)
    flat = re.sub(r"[(\[][^()\[\]]*[)\]]", " ", clause + clause_after.split("respectively")[0])
    values = re.findall(r"(?<![\w.])-?\d+(?:\.\d+)?", flat)
    index = len(re.findall(r"(?<![\w.])-?\d+(?:\.\d+)?", re.sub(r"[(\[][^()\[\]]*[)\]]", " ", clause)))
    if len(groups) >= 2 and len(values) == len(groups) and index < len(groups):
        return groups[index]
    return None


def _groups_in(text: str, arm_words: frozenset[str]) -> list[str]:
    out: list[str] = []
    for m in _ARM_MENTION.finditer(text):
        words = [w.lower() for w in re.findall(r"[A-Za-z][A-Za-z0-9-]*", m.group("g"))]
        content = [w for w in words if w not in _ITEM_GENERIC]
        if content and all(w in arm_words for w in content) and m.group("g").lower() not in (o.lower() for o in out):
            out.append(m.group("g"))
    return out


_BREAKS_DOWN = re.compile(r"\b(?:the\smost\s(?:common|frequent)|most\s(?:commonly|frequently))\b", re.IGNORECASE)
_BROKEN_DOWN = (
    "it breaks down the results of the clause before it, which are a group's, and it names no group of its own"
)


def _breaks_down_a_group(earlier: str, sentence: str) -> str | None:
    """ "Adverse events occurred in 80% of patients in the drug group; nausea (30%) and fatigue (20%) were the most
    common": the items are that group's, not the whole trial's; withheld. (Patients "treated with X" are all a
    single-arm trial's patients; in a trial that compares arms a result that names none is withheld already.)"""
    if not earlier.rstrip().endswith(";") or not _BREAKS_DOWN.search(sentence):
        return None
    return _BROKEN_DOWN if any_group(earlier) else None


# a clause that opens with a ratio's name and its number: "HR 0.69", "hazard ratio, 0.55", "the HR was 0.7"
_RATIO_ALONE = re.compile(
    r"\s*(?:the\s)?(?:(?:stratified|adjusted)\s)?(?:hazard\sratio|HR|odds\sratio|OR|risk\sratio|RR)"
    r"(?:\swas)?\s?[,:=]?\s?",
    re.IGNORECASE,
)


# a list of events headed only by "the most common" (no events noun of its own), up to the number
_MOST_COMMON_HEAD = re.compile(
    r"(?:^|[;:]\s|,\s|[.]\s)(?:the\s)?(?:most\s(?:common(?:ly)?|frequent(?:ly)?)|commonest)\b(?P<lead>[^;.]{0,60}?)"
    r"\s(?:were|was|included|being)\s(?P<items>[^;.]*)$",
    re.IGNORECASE,
)
_EVENTS_NOUN = re.compile(r"\b(?:adverse|events?|AEs?|TRAEs?|TEAEs?|irAEs?|SAEs?|toxicit(?:y|ies)|reactions?)\b")


def _listed_events_scope(
    text: str, sentence_start: int, at: int, grade: str | None, scope: str | None
) -> tuple[str | None, str | None]:
    """The grade and scope of the events a "the most common were ..." list names, from the statement before its
    head (in the same sentence, or the sentence before), when the head names no events of its own."""
    since = _since_full_stop(text, sentence_start, at)
    if since.startswith(text[sentence_start:at]) or len(since) <= at - sentence_start:
        since = text[max(0, sentence_start - 400) : at]
    head = _MOST_COMMON_HEAD.search(since)
    if head is None or _EVENTS_NOUN.search(head.group("lead")):
        return grade, scope
    before = since[: head.start()]
    last = before.rfind(". ")
    if last >= 0 and not _EVENTS_NOUN.search(before[last:]):
        before = before[:last]  # nothing about events since the last full stop: none to inherit from it
    return grade_and_scope(before, len(before))


def _since_full_stop(text: str, sentence_start: int, at: int) -> str:
    """The text before ``at`` back to the last full stop that ends a sentence (not a "; ")."""
    window = text[max(0, sentence_start - 400) : at]
    # a stop ending at the sentence's start counts (the capital it looks ahead to is the sentence's own)
    cut = len(window) - (at - sentence_start)
    stops = [m.end() for m in re.finditer(r"[.!?]\s+(?=[A-Z(\[])|\n", window) if m.end() <= cut]
    return window[stops[-1] :] if stops else window[-(at - sentence_start) - 200 :]


def _a_group(term: str, arm_words: frozenset[str], arm_names: frozenset[str]) -> bool:
    """Is ``term`` a group's label: "X cohort", a dose, the paper's arm words or one of its arm names ("GV")?"""
    words = [w.lower() for w in re.findall(r"[A-Za-z][A-Za-z0-9-]*", term)]
    content = [w for w in words if w not in _ITEM_GENERIC]
    grouped = bool(re.search(r"\b(?:cohort|arm|group|part|level)$", term, re.I)) and len(term.split()) <= 5
    dosed = bool(re.search(r"\d\s?(?:mg|µg|μg|g|mg/kg|mg/m²|mg/m2)\b", term)) and len(term.split()) <= 4
    named = term.strip().lower() in arm_names
    return grouped or dosed or named or bool(content and len(content) <= 3 and all(w in arm_words for w in content))


# "(GV: complete response [CR], 0 [0%]; partial response [PR], 4 [8%]; GP: CR, 1 [2%]; ...)": a group's label and
# a colon head the items after it, each "term, value"
_GROUP_HEAD = re.compile(r"(?:^|[(\[;]\s?)(?P<g>[^;:,()\[\]]{1,30}):\s(?=[^:]*$)")
# (an item's term may carry its abbreviation, "[CR]", or a gloss, "[ie, CR + PR + SD]", in brackets)
_TERM_ITEM = re.compile(
    r"[;:]\s?(?P<t>[A-Za-z][^;:,()]{0,50}?(?:\s?\[(?:[A-Za-z]{2,5}|(?:ie|i\.e\.|eg|e\.g\.),?\s[^\[\];:]{1,40})\])?),\s?$"
)


def list_item(
    before: str, arm_words: frozenset[str], arm_names: frozenset[str] = frozenset()
) -> tuple[str | None, str] | None:
    """(the list's head, the item's group) of a value that is an item of a list of groups (``before``: the text
    before it, from its sentence's start); or (the item's term, the group) of an item under a group's head
    ("GV: CR, 0 [0%]"); or ``None``."""
    if not re.search(r"[;:]\s?[^;:]*$", before):
        return None
    m = _ITEM.search(before)
    term = m.group("g").strip() if m else ""
    if not m or not _a_group(term, arm_words, arm_names):
        headed = _GROUP_HEAD.search(before)
        item = _TERM_ITEM.search(before)
        if headed and item and _a_group(headed.group("g").strip(), arm_words, arm_names):
            said = item.group("t").strip()
            return (efficacy_endpoint(said, len(said)) or re.sub(r"\s?\[[^\]]*\]$", "", said)), headed.group(
                "g"
            ).strip()
        return None
    head = _HEAD.search(before)
    follows = _AS_FOLLOWS.match(before) if head is None else None
    return (head.group("h").strip() if head else follows.group("h").strip() if follows else None), term


_ITEM_GENERIC = frozenset({"the", "a", "an", "and", "or", "in", "with", "cohort", "arm", "group", "patients", "pts"})


_SUBGROUP = "its sentence opens with a subgroup ('Among women, ...') that its labels cannot carry"
_COUNTED_SUBGROUP = (
    "its sentence fronts a counted subgroup ('Of the 9 pts with X who ..., ') that its group cannot carry"
)


def _to_full_stop(text: str, start: int, length: int) -> str:
    """The text from ``start`` to the full stop that ends its sentence (past any "; ")."""
    stop = re.search(r"[.!?](?:\s|$)", text[start + max(0, length - 1) : start + length + 400])
    return text[start : start + max(0, length - 1) + (stop.end() if stop else 400)]


def _coordinated_pair(context: str, at: int, end: int, stat: str) -> str | None:
    """ "Cardiovascular death occurred in 3.9% and 4.4% of the patients (hazard ratio, ...)": one of two values
    coordinated with no group named for either (and no "respectively" to line them up with groups said elsewhere)."""
    if stat not in ("count", "percent") or _RESPECTIVE.search(context[end:]):
        return None
    unit = "%" if stat == "percent" else ""
    after_first = _AND_NEXT.match(context[end:])
    second = _AND_BEFORE.search(context[:at])
    # each value of its kind ("7.1% and 7.6%"), the second with no clause of its own after it ("and 53% had ...")
    pair = (after_first and after_first.group("u") == unit) or (
        second and second.group("u") == unit and _NO_CLAUSE_AFTER.match(context[end:])
    )
    # "with 19 and 26 patients having achieved SD": two counts sharing their noun, the second's (the first is
    # no statement of its own)
    pair = pair or (
        stat == "count"
        and bool(re.search(r"(?<![\w.,])\d+\s(?:and|or)\s$", context[:at]))
        and bool(re.match(r"\d+\s(?:patients|participants|subjects|pts)\b", context[at:]))
    )
    if pair:
        return "it is one of two values the sentence coordinates, and it names no group for either"
    return None


def compared_group(context: str, at: int, stat: str, arm_words: frozenset[str]) -> str | None:
    """ "longer with A than with B (median 5.1 vs. 3.4 months)", "(20 vs. 9%) ... with A versus B": the group of
    the i-th value of a two-value pair is the i-th group the sentence compares (prose_comparisons.py)."""
    if stat in ("hr", "or", "rr", "p", "denominator"):
        return None  # a contrast between the groups, no one group's
    pair = paired_values(context, at, stat)
    if pair is None or pair[1] != 2:
        return None
    groups = compared_groups(context, arm_words)
    return groups[pair[0]] if groups else None


# a word that makes a value in "%" a contrast or a change, no landmark rate
_CONTRAST_WORD = re.compile(r"\b(?:differences?|reductions?|ratios?|changes?|increases?|decreases?)\b", re.I)
# "With a median follow-up of 30.2 months, the 2-year EFS and OS rates were 71% (...) and 85% (76–91)": the
# follow-up's median, no statistic of the values after it
_FOLLOW_UP_MEDIAN = re.compile(r"\bmedian\s(?:(?:duration|time|length)\sof\s)?follow[\s-]?up\b")
_AMBIGUOUS_TIMES = "it is one of several landmark rates the sentence does not line up with its times"


# groups a number takes from outside its sentence
_CARRIED_GROUPS = (
    "running fronted group",
    "paragraph's one group",
    "paragraph's one population",
    "run-in section's group",
)


# the endpoint bindings that read a sentence's subject (a landmark rate is of its subject, not of a term bracketed
# before it)
_SUBJECT_HOWS = ("copula subject", "incidence of", "subject occurred", "appositive subject", "summary of")


def _bare_survival(before: str) -> str | None:
    """ "One-year survival rates ... were 15% and 25%": survival, unqualified, is what the landmark rate is of."""
    said = re.search(r"(?<![\w-])survival\s(?:rates?|probabilit(?:y|ies)|estimates?)\b", before, re.I)
    qualified = re.search(r"(?:free|specific|relative)[\s-]survival\b", before, re.I)
    return "survival" if said and not qualified else None


def _per_term(base: Record, terms: list[str], places: dict[int, tuple[int, int, bool, bool]] | None) -> list[Record]:
    """One record of ``base``'s count for each of the terms it is each one's."""
    out = []
    for term in terms:
        r = base.model_copy(deep=True)
        r.row = [term]
        r._binding = ("each of coordinated terms", base._binding[1] if base._binding else "none")
        if places is not None and id(base) in places:
            places[id(r)] = places[id(base)]
        out.append(r)
    return out


_OWN_GROUPS_HOW = "none: the sentence names its own groups"
_SUMMARIES = frozenset({"median", "mean", "min", "max", "q1", "q3", "sd", "se", "ci_low", "ci_high", "geometric_mean"})
# group bindings that leave a number with no group for a reason that withholds it
# the statistics a bracket part's head labels (a ratio or a P value keeps the rules of prose_ratio_terms.py; a count
# is a group's or a term's, whose heads are other rules')
_HEADED_STATS = ("percent", "rate", "median", "mean", "value", "geometric_mean")
_WITHHOLDING_HOWS = (
    _OWN_GROUPS_HOW,
    PARALLEL_HOW,
    COORDINATED_HOW,
    FRONTED_UNREAD_HOW,
    OWN_AFTER_HOW,
    UNREAD_AFTER_HOW,
)
_NOT_OWN_SIZE = (
    "n= in a breakdown",
    "n= of a part",
    "n= count or size",
    "n= of a grade",
    "elided subject unread",
    "part of the statement before",
    "second predicate unread",
)
# what follows a value compared with the next: "[range, 1.9+ to 14.5+ months] vs. 6.3 months", " vs. 27.8%"
_VERSUS_NEXT = re.compile(
    r"\s?(?:months?|weeks?|days?|years?|%)?\s?(?:\[[^\]]*\]|\([^()]*\))?\s?(?:vs\.?|versus)\s?(?:-?\d|not\s|NR\b|NE\b)"
)
# what comes before the second of two values set against each other: "(8.2 v ", "51% vs. " (a value said so is one
# group's, never a difference between groups, whatever word for a difference the sentence has)
_VERSUS_BEFORE = re.compile(
    r"(?<![\w.])-?\d+(?:\.\d+)?\s?(?:%|months?|weeks?|days?|years?)?\s?(?:\[[^\]]*\]|\([^()]*\))?\s?(?:vs?\.?|versus)\s?$"
)
# what follows the first of two values coordinated with no group between: "7.1% and 7.6% (", "12 and 15 patients"
_AND_NEXT = re.compile(
    r"\s?(?:\([^()]*\)\s?)?,?\sand\s\d+(?:\.\d+)?\s?(?P<u>%?)\s?(?:of\s(?:the\s)?(?:patients|participants))?\s?"
    r"(?:[(,;.]|$)"
)
_AND_BEFORE = re.compile(r"(?:\sin|\bwere|\bwas)\s\d+(?:\.\d+)?\s?(?P<u>%?)\s?(?:\([^()]*\)\s?)?,?\sand\s$")
_NO_CLAUSE_AFTER = re.compile(r"\s?(?:of\s(?:the\s)?(?:patients|participants)\s?)?(?:[(,;.]|$)")
# the clause the number is in defines a category ("PR was defined as a reduction of at least 50%", "nCR, defined as
# ... less than 5% plasma cells")
_DEFINITION = re.compile(r"\b(?:defined\s(?:as|by)|(?:is|was|were|are)\sdefined|definition\sof)\b[^;()\[\]]*$", re.I)
# what a listed item of landmark rates carries besides its endpoint: "3-year rates of ...", "... in all patients"
_RATE_ITEM_TRIM = (
    r"^(?:the\s)?(?:\d+-?\s?(?:year|month|week)s?\s)?(?:rates?\s(?:of\s)?)?|\s(?:rates?|in\sall\s(?:the\s)?"
    r"(?:patients|participants)|in\sthe\s(?:overall|whole|entire)\s(?:population|cohort))$"
)
_CONTROL_OF = re.compile(
    r"\b(?:local|locoregional|loco-regional|regional|distant|disease|tumou?r|glyca?emic|symptom|seizure|pain)\s"
    r"control\b",
    re.IGNORECASE,
)
_GROUPISH = re.compile(r"\b(?:groups?|arms?|cohorts?|with|in|among|for|versus|vs)\b", re.IGNORECASE)
_PARALLEL_AFTER = re.compile(
    r"\s?(?:%|percentage\spoints?|[a-z]{1,6})?\s(?P<p>with|in|among|for)\s(?:the\s)?(?P<g>[A-Za-z][\w +-]{0,30}?)"
    r"(?:,?\s(?:and|versus|vs\.?)|;)"
    r"\s[-−]?\d+(?:\.\d+)?\s?(?:%|percentage\spoints?|[a-z]{1,6})?\s(?P=p)\s"
)
# the same, the coordinate value opening a clause of its own after "; "
_PARALLEL_AFTER_CLAUSE = re.compile(
    r"\s?%?\s(?P<p>with|in|among|for)\s(?:the\s)?[A-Za-z][\w +-]{0,30}?;\s[-−]?\d+(?:\.\d+)?\s?%?\s(?P=p)\s"
)
# the mirror of _PARALLEL_AFTER: the value before names its group with a preposition, and this one is said the same way
# (a bracket may stand between a value and its group, "3.4 months (95% CI: 1.2-7.8) with 80 µM A", and a group may
# open with its dose)
_PARALLEL_BEFORE = re.compile(
    r"[-−]?\d+(?:\.\d+)?\s?(?:%|percentage\spoints?|[a-z]{1,6})?\s(?:\([^()]*\)\s)?(?P<p>with|in|among|for)\s(?:the\s)?"
    r"[A-Za-z0-9µμ][\w µμ-]{0,30}?,?\s(?:and|versus|vs\.?)\s$"
)
_SAID_AFTER = r"\s?(?:%|percentage\spoints?|[a-z]{{1,6}})?\s(?:\([^()]*\)\s)?{}\s"
_LANDMARK_TIME = r"(?<![\d.])\d+-(?:month|year|week)\b|\bat\s\d+\s(?:months?|years?|weeks?)\b"
_INCLUDING = re.compile(r",?\s\bincluding\s(?:a\stotal\sof\s)?$", re.IGNORECASE)
_AGE_SUBGROUP = re.compile(
    r"[<>≤≥]\s?\d+\s?(?:years|yrs?|y)\b|\b(?:younger|older)\sthan\s\d+|\d+\s(?:years|yrs?)\s(?:of\sage\s)?or\s"
    r"(?:older|younger|more|over|above)\b",
    re.I,
)
_RESPECTIVE = re.compile(r"\brespectively\b|\b(?:in\s)?the\srespective\s(?:groups|arms|cohorts)\b", re.I)


def _respective_value(after: str, before: str) -> bool:
    """Is the value one of a list that a "respectively" (or "in the respective groups") after it lines up: the
    phrase comes within the sentence, with no verb between ("Among 15 pts, the ORR and DCR were 33% and 67%,
    respectively": 15 is not one of them), and another value of the list stands between or just before it
    ("One subject had two AEs (A and B, respectively)" lines up no values)?"""
    m = _RESPECTIVE.search(after)
    if m is None or m.start() >= 150:
        return False
    between = after[: m.start()]
    if re.search(r";|\.\s|\b(?:was|were|is|are)\b", between):
        return False
    listed_before = re.search(r"\d%?\s?(?:[(\[][^()\[\]]*[)\]]\s?)?(?:,|,?\sand|,?\sor|\sto)\s$", before)
    listed_after = re.match(
        r"\s?[)\]]?\s?(?:[(\[][^()\[\]]*[)\]]\s?)?(?:(?:patients|participants|months|weeks)\s?)?"
        r"(?:,|,?\sand|,?\sor|\svs\.?|\sversus)\s(?:in\s)?\d",
        after,
    )
    if not (listed_before or listed_after):
        return False
    # "Topo I positivity and negativity were found in 11 (9.2%) and 78 (65.5%), respectively": the list lines up
    # the terms its subject coordinates, not groups
    subject = re.split(r"\b(?:was|were|is|are|occurred|developed|had|found|reported|observed)\b", before)[0]
    return not re.search(r"[A-Za-z]\s(?:and|or)\s[A-Za-z]", subject)


# "(81% reduction in risk; ...)", "a 23% relative increase": a change relative to another group, no share
# a follow-up said in a phrase fronted before the clause's subject: of the whole trial, not a group the clause names
_FRONTED_FOLLOW_UP = re.compile(
    r"(?:^|[.;]\s)\W*(?:with|after|at|over)\s(?:a\s|an\s)?(?:median|mean)\s(?:duration\sof\s)?follow.up\s"
    r"(?:time\s|period\s)?(?:of\s)?$",
    re.IGNORECASE,
)
# "decreased by a mean of 9.4%", "by an adjusted mean of", and a value in parallel after it ("... and by 0.9%")
# "the mean changes from baseline in HbA1c were -0.2%, -0.7%, and -0.9%": percentages a mean change is said in
_MEAN_CHANGE_WERE = re.compile(
    r"\b(?:(?:adjusted|estimated|least[- ]squares|LS)\s)?mean\s(?:percent(?:age)?\s)?changes?\b[^.;()%]{0,80}?\s"
    r"(?:was|were)\s(?:[-+]?\d+(?:\.\d+)?\s?%?(?:\s?[(\[][^()\[\]]*[)\]])?(?:,\s|,?\sand\s))*$",
    re.IGNORECASE,
)
_MEAN_BY = re.compile(
    r"\bby\s(?:an?\s)?(?:(?:adjusted|estimated|least[- ]squares)\s)?mean\s(?:of\s)?(?:[^;()]{0,80}?\band\sby\s)?$",
    re.IGNORECASE,
)
# a percentage of events over time: "1.11% per year", "2.8%/year", "(2.8% vs. 3.4% per year)" said after the pair
_PER_TIME = re.compile(
    r"^\s?(?:(?:vs\.?|versus|and)\s[\d.]+\s?%\s)?(?:per\s(?:year|annum|patient-year|person-year)|/\s?(?:year|yr)\b|"
    r"a\syear\b|annually\b)",
    re.IGNORECASE,
)
# "The annual rate of stroke was 1.5% in ... and 1.7% in ...": a rate the clause calls annual
_ANNUAL_RATE = re.compile(
    r"\b(?:annual(?:i[sz]ed)?|yearly)\s(?:event\s)?(?:rate|incidence)\b(?:[^.;()]|\.\d){0,120}$", re.I
)
_RELATIVE_CHANGE = re.compile(r"\s?(?:relative\s)?(?:reduction|increase|decrease|improvement)\b", re.I)
# "The risk of the primary outcome was 17% lower in the A group than in the B group": how much one group's
# figure differs from another's (relative, or in percentage points), not a share of patients
_DIFFERS_BY = re.compile(r"^\s?(?:lower|higher|greater|less|smaller|larger)\b[^.;()]{0,120}?\bthan\b", re.I)
# "The AF burden was 0% in 70% of the ablation group": the level, then the share of patients at it
_SHARE_AT_LEVEL = re.compile(r"^\s?(?:[a-z]{1,8}\s)?(?:in|among)\s\d+(?:\.\d+)?\s?%\s(?:of|in)\b", re.I)
# "the corresponding 95% CI lower bound was 8.5 months": a bound said in words
_BOUND_OF = re.compile(r"\b(?:lower|upper)\s(?:(?:confidence|credible)\s)?(?:bound|limit)s?\b[^.;()\d]{0,24}$", re.I)

# the subject of a sentence's one rate: "The regional control rates at 3 and 5 years were", "The
# freedom-from-progression rate was"
_RATE_SUBJECT = re.compile(
    r"^(?:the\s)?(?:(?:estimated|actuarial|cumulative|observed|corresponding)\s)?"
    # (a determiner is no endpoint: "The rates at 2 and 3 years were" names none)
    r"(?P<e>(?!(?:the|a|an|these|those|their|its|both|all)\b)[A-Za-z][A-Za-z-]*(?:\s[A-Za-z][A-Za-z-]*){0,2})"
    r"\srates?\s(?:at|was|were)\b",
    re.I,
)


def _rate_subject(before: str) -> str | None:
    """The endpoint the subject of the sentence's only rate names, or ``None``."""
    if len(re.findall(r"\brates?\b", before, re.I)) != 1:
        return None
    m = _RATE_SUBJECT.match(before)
    return m.group("e") if m else None


_THRESHOLD_GROUP = (
    "its group is a subgroup said by a threshold ('PD-L1 expression of 1% or more', 'below 1%'), which the group "
    "read drops"
)
# a level and its side: "of 1% or more", "≥50%", "below 1%", "of at least 10"
_THRESHOLD = (
    r"(?:[≥≤<>]\s?\d|\d+(?:\.\d+)?\s?%?\s(?:or\s(?:more|higher|greater|less|lower|above|below)|and\s(?:above|higher|over))"
    r"|(?:below|above|under|over|less\sthan|more\sthan|at\sleast)\s\d)"
)


def _by_threshold(context: str, group: str) -> bool:
    """ "38% in patients with PD-L1 expression of 1% or more": the group read ("PD-L1") is cut before the threshold
    that makes it a subgroup (or it is a threshold of no measure it names: "expression below 1%")."""
    if re.search(_THRESHOLD, group):
        # "PD-L1 of 50% or more" names its subgroup; "expression below 1%" names no measure of its own
        return bool(re.match(r"(?:the\s|an?\s)?(?:expression|levels?|scores?|index|counts?|values?)\b", group, re.I))
    return any(
        re.match(rf"\s(?:[A-Za-z][\w-]*\s){{0,3}}(?:of\s)?{_THRESHOLD}", context[f_end:])
        for _, f_end in literal_spans(group, context)
    )


_OWN_GROUPS = "its sentence names groups of its own, none of them read as this number's"
_PARALLEL = "its sentence names the group of the number before it, and this one's, said the same way, is not read"
_FRONTED_UNREAD = "its clause is fronted by a subgroup no rule reads ('In patients who ..., '), never the whole trial's"
_OWN_AFTER = "its own group is said right after it in words no rule reads, and the group before it is another number's"
_UNREAD_AFTER = "its own group is said right after it ('in the X subgroup', 'in cohort B') in words no rule reads"
_COORDINATED = "its groups are named together after it ('25% and 40% of patients receiving A and B'), none as its own"


def _doubt(
    context: str,
    at: int,
    end: int,
    stat: str,
    how: str,
    arms: Arms,
) -> str | None:
    """Why the statement's labels cannot be trusted (prose_doubts.py), or ``None``. ``how`` says where its
    group came from: "pk", "named" (the arm before its bracket), "contrast" (none: a comparison), "paired"
    (a "respectively" or "X vs Y" pairing), "clause" (its clause names it), "paragraph" (an earlier sentence
    or the paragraph's topic), "none"."""
    if interleaved(context):
        return "its sentence runs across two columns, so what the number is about cannot be read"
    if re.match(
        r"\s?(?:\([^()]*\)\s?)?(?:[A-Za-z]+\s){0,3}?in\sboth\s(?:the\s)?(?!arms|groups|cohorts)", context[end:]
    ):
        return "it is said of two groups at once ('67% in both the A and B cohorts')"
    if scoped_subject(context, at):
        return "its subject is redefined by an appositive ('X, as reflected by Y, was seen in') its label cannot carry"
    if qualified_coordinates(context):
        return "its sentence coordinates results qualified differently ('occurred spontaneously in ... and after X in')"
    if estimate_subject(context, at):
        return "its sentence names an estimator, not what was measured"
    if subgroup_list(context, at):
        return "it is one of a list of subgroups whose endpoint the sentence states only once"
    if between_subgroups(context, at, arms[0]):
        return "its sentence compares two subgroups ('between men and women'), not the trial's groups"
    tail = context[end:]
    if not tail.strip() and context[:end].count("(") > context[:end].count(")"):
        return "its sentence breaks off (a page or column end) inside the bracket that holds it"
    if design_statement(context):
        return "its sentence states the trial's design (a plan, an assumption), not a result"
    if stat == "count" and re.search(r"\b(?:none|neither|no\sone)\sof\s(?:the\s)?$", context[:at], re.I):
        return "it is the group 'none of' speaks of ('in none of 7 patients'), not a count of the endpoint"
    if _DEFINITION.search(context[:at]):
        return "it is a threshold of a definition ('PR, defined as a reduction of at least 50%'), not a result"
    if stat in ("percent", "rate", "value", "mean", "median") and _SHARE_AT_LEVEL.match(context[end:]):
        return "it is a level a share of the patients was at ('the burden was 0% in 70% of patients'), not a result"
    if stat in ("percent", "rate") and _RELATIVE_CHANGE.match(context[end:]):
        return "it is a relative change ('81% reduction in risk'), not a share of patients"
    if stat in ("percent", "rate") and _DIFFERS_BY.match(context[end:]):
        return "it says how much one group's figure differs from another's ('17% lower in A than in B'), not a share"
    if stat in ("percent", "rate", "value") and relative_change_by(context[:at]):
        return "it is a relative change ('reduced the risk of X by 22%'), not a share of patients"
    if continuous := continuous_doubt(context, at, stat):
        return continuous
    if stat in ("percent", "rate", "count") and _IN_A_CI_BRACKET.search(context[:at]):
        # "15 of 61 patients (24.6%) attained a response (95% CI: 14.0%-36.0%)": a bound of an interval bracketed
        # apart from its estimate, no share of patients
        return "it is a bound of an interval bracketed apart from its estimate, not a share of patients"
    if _BOUND_OF.search(context[:at]):
        return "it is one bound of an interval ('the 95% CI lower bound was 8.5 months'), not the estimate"
    if stat == "count" and each_group(context, end):
        return "it is the size of each of several groups ('15 were randomised into each arm'), none of them named"
    pair = paired_values(context, at, stat)
    if pair and how == "named":
        # "than B (75.0% vs. 31.4%)": the name after "than" is the last compared group's; "with A and B (5.6%
        # and 6.1%, respectively)", "more ... with A (66 vs. 51%)": the name before the bracket is not one
        # value's
        last = pair[0] == pair[1] - 1 and bool(
            re.search(r"\bthan\s(?:with\s|in\s)?(?:\S+\s){0,5}\S*\s?[(\[]\s?[^()\[\]]*$", context[:at])
        )
        if not last:
            return "it is one of several values the sentence pairs with groups it does not line up"
    if (
        stat in ("count", "percent", "events")
        and not bracket_term(context, at, stat, arms[0])
        and (item := headed_item(context, at))
    ):
        return item
    if how == "contrast" and stat not in ("hr", "or", "rr", "p") and _VERSUS_BEFORE.search(context[:at]):
        # "no differences between arms in median OS (8.2 v 7.9 months)": the second value of a pair is a group's,
        # not the difference the sentence's words speak of, and its group is as unread as the first one's
        return "it is one of several values the sentence pairs with groups it does not line up"
    if how in ("pk", "named", "contrast", "paired"):
        return None
    if _VERSUS_NEXT.match(context[end:]):
        # "(not reached [range, ...] vs. 6.3 months [...])": the first of a pair that no group of its clause lines up
        return "it is one of several values the sentence pairs with groups it does not line up"
    if unnamed_in_breakdown(context, at, arms[0]):
        return "it is in a breakdown by arm, and the arm printed before it cannot be read"
    if (
        pair
        and not endpoint_list(context, at, stat, arms[0])
        and not paired_endpoint(context, at, stat, arms[0])
        and not (stat == "rate" and ordered_rate_item(context, at, arms[0]))  # "the 3-year EFS and OS rates were"
        and not (stat in ("rate", "ci_low", "ci_high") and listed_landmark(context, at))  # "at 12 and 24 months"
    ):
        return "it is one of several values the sentence pairs with groups it does not line up"
    if (
        how == "none"
        and stat not in ("hr", "or", "rr", "p")
        and _respective_value(context[end:], context[:at])
        and not endpoint_list(context, at, stat, arms[0])
        and not (stat in ("rate", "ci_low", "ci_high") and listed_landmark(context, at))
        and not (stat == "rate" and ordered_rate_item(context, at, arms[0]))  # "the 3-year EFS and OS rates were"
    ):
        # "227 (9.6%) and 273 (11.5%) patients, respectively", "in the respective groups": each value is one
        # group's, and the sentence names none of them (the groups of an earlier sentence are not its order)
        return "it is one of several values the sentence gives 'respectively', and it names no groups to line them up"
    summary = stat in ("mean", "median", "geometric_mean", "value")
    # "19.4 months in the intention-to-treat population and 21.7 months in the per-protocol population", "5.4 months
    # with central review and 5.9 months with local review": said the way a group is, an analysis set or an
    # assessor, which goes with the endpoint (prose_twice.py), not a group
    summary = summary and not qualifier_at(re.sub(r"^\s?(?:%|months?|weeks?|days?|years?|mo)?\s?", "", context[end:]))
    # (a share too, when the clause after it is cut by "; ": "ORR was 51% in A; 63% in B", each said the same way)
    share = stat in ("percent", "rate") and bool(_PARALLEL_AFTER_CLAUSE.match(context[end:]))
    parallel_after = (
        _PARALLEL_AFTER.match(context[end:]) if how in ("none", "paragraph") and (summary or share) else None
    )
    own_words = (
        {w.lower() for w in re.findall(r"[A-Za-z][\w-]*", parallel_after.group("g"))} if parallel_after else set()
    )
    if parallel_after and not own_words & (arms[0] | {n.lower() for n in arms[1]}):
        # "the mean change was −15.0% with the drug and −2.6% with placebo": the number after it names its group said
        # the same way, and this one's is not read
        return "its sentence names the group of the number after it, and this one's, said the same way, is not read"
    parallel_before = _PARALLEL_BEFORE.search(context[:at]) if how in ("none", "paragraph") and summary else None
    if parallel_before and re.match(_SAID_AFTER.format(parallel_before.group("p")), context[end:]):
        # "14.6 months with X and 11.0 months with Y": the number before it names its group said the same way, and
        # this one's is not read (its group is no more the paragraph's, or the trial's, than the first one's)
        return "its sentence names the group of the number before it, and this one's, said the same way, is not read"
    including = _INCLUDING.search(context[:at]) if how == "none" else None
    if including and any_group(context[: including.start()]):
        # "Disease control was achieved in 11 of 16 patients treated at 400 mg, including three partial responses": a
        # part of a statement whose group the sentence names is that group's, which its own words do not say
        return "it is a part ('including three PRs') of a statement of a group its own words do not name"
    if how == "none" and _AGE_SUBGROUP.search(clause_around(context, at)[1]):
        return "its clause is about an age subgroup ('<65 years, 38%') that no rule reads as a group"
    if how == "none" and stat not in ("hr", "or", "rr", "p", "value") and compared_unnamed(context, at, end):
        return "it is compared with another group, and the sentence does not name its own"
    if how in ("paragraph", "none") and groups_of_others(context, at, end, arms[1]) == "before":
        return "its sentence names groups for other numbers but none for this one"
    if (
        how in ("paragraph", "none")
        and stat in ("count", "percent", "events")
        and _COORDINATE_AFTER.match(context[end:])
        # ("31% in the perfusion patients and 3% in the controls": a group said right after it is read later)
        and not re.match(r"\s?%?\s?(?:in|among|with|for|on|receiving)\s", context[end:])
        and groups_of_others(context, at, end, arms[1]) == "after"
    ):
        # "Seven patients (8.4%) with X support developed FN, as well as 1 patient (2.9%) in the Y group", "in 14
        # (2.9%) of 482 X-supported cycles and in 3 (1.6%) of 186 cycles with Y": the coordinate after it names its
        # group, and this one's, said some other way, is not read (it is no whole the groups break down)
        return "its sentence names the group of a coordinate number after it, and this one's is not read"
    return None


# an open bracket that names a confidence interval before the number: "(95% CI: ", "[CI, 12.0% to "
_IN_A_CI_BRACKET = re.compile(
    r"[(\[]\s?(?:\d{2}(?:\.\d)?\s?%\s?)?(?:CIs?|confidence\sintervals?)\b[^()\[\]]*$", re.IGNORECASE
)
# the rest of a number's statement up to a coordinate number of its own: ", as well as 1 patient", " and in 3 (1.6%)"
_COORDINATE_AFTER = re.compile(
    # (its own brackets closed on the way: a bracket opened after it that breaks it down, "14 deaths (five in A and
    # nine in B)", or an inclusion, is no coordinate)
    r"^(?!.*?\b(?:including|of\swhom|of\swhich)\b.*?\d)[%\s]*[)\]]?(?:[^;.()\[\]]|[(\[][^()\[\]]*[)\]]){0,120}?(?:,\s|\s)"
    r"(?:as\swell\sas|and(?:\sin)?|compared\swith|versus|vs\.?|whereas|while)\s"
    # (or an elided clause's: "... in 23% of patients and grade 4 diarrhea in 5% in the B arm")
    r"(?:(?:[\w≥≤-]+\s){1,5}?(?:in|among)\s)?"
    r"(?:in\s)?(?:only\s)?(?:\d|one|two|three|four|five|six|seven|eight|nine|ten)\b",
    re.IGNORECASE,
)


# "There were no differences between men and women in either PFS (...; p=0.47)": a contrast of two categories of
# patients; when neither is an arm, every number of the contrast is a subgroup's
_BETWEEN = re.compile(
    r"\b(?:differences?|differ(?:ed|s)?|similar|comparable|no\sdifference)\b[^.;()]{0,40}?\bbetween\s(?:the\s)?"
    r"(?P<a>[A-Za-z][\w -]{1,30}?)\s(?:and|vs\.?|versus)\s(?:the\s)?(?P<b>[A-Za-z][\w -]{1,30}?)"
    r"(?=\s(?:in|for|with|regarding|on)\b|[,;(]|$)",
    re.IGNORECASE,
)
_GROUP_NOUNS = re.compile(r"\b(?:groups?|arms?|cohorts?|treatments?|placebo|regimens?|doses?)\b", re.IGNORECASE)


def between_subgroups(context: str, at: int, arm_words: frozenset[str]) -> bool:
    """Does a contrast "between A and B" before ``at`` set two categories of patients that are no arms against
    each other?"""
    for m in _BETWEEN.finditer(context[:at]):
        sides = (m.group("a"), m.group("b"))
        words = [{w.lower() for w in re.findall(r"[A-Za-z][\w-]*", x)} for x in sides]
        if any(_GROUP_NOUNS.search(x) or w & arm_words for x, w in zip(sides, words, strict=True)):
            continue
        return True
    return False


_ASSIGNED_TO = re.compile(
    r"\b(?:were|was)\s(?:randomly\s)?(?P<v>assigned|randomi[sz]ed|allocated)\s(?:\(\d:\d\)\s)?to\s(?:receive\s)?"
    r"(?:either\s)?[^.;()\[\]]{1,40}[(\[]\s?[nN]\s?=\s?$"
)


# a reference mark: a superscript number glued to a word or after its full stop ("annually.1 Five", "PC.33
# This", "mortality12,13 and"), or a bracketed one ("[12]", "[3-5]")
_REFERENCE_MARK = re.compile(
    r"(?<=[a-z]{3}[.,])\d{1,3}(?:[,–-]\d{1,3})*(?=\s[A-Z])|(?<=[a-z]{4})\d{1,3}(?:[,–-]\d{1,3})*(?=[\s,.;)])|"
    r"\[\d{1,3}(?:[,–-]\s?\d{1,3})*\]"
)


_NO_GROUP_WORDS = frozenset(
    {
        "the",
        "this",
        "these",
        "those",
        "that",
        "each",
        "both",
        "all",
        "patients",
        "group",
        "groups",
        "entire",
        "whole",
        "overall",
        "cohort",
        "study",
        "population",
        "participants",
        "subjects",
        "patient",
        "participant",
        "subject",
        "evaluable",
    }
)


def norm_words(text: str) -> set[str]:
    return {w.lower() for w in re.findall(r"[A-Za-z0-9]+", text)}


_PK_VALUE = re.compile(rf"(?P<v>{NUM})\s?(?P<u>{PK_UNIT})")


def _pk_place(sentence: str, at: int, group: str, m: re.Match[str]) -> tuple[str, str, str] | None:
    """Analyte, parameter and unit of a PK value in a "..., respectively" list."""
    if group != "v" or not _PK_VALUE.match(m.group(0)):
        return None
    places = pk_respectively(sentence)
    if not places:
        return None
    values = list(_PK_VALUE.finditer(sentence))
    index = next((i for i, v in enumerate(values) if v.start() == at), None)
    if index is None or len(values) != len(places):
        return None
    place = places[index]
    return place.analyte, place.parameter, values[index].group("u")


def pattern_groups(m: re.Match[str]) -> set[str]:
    return set(m.re.groupindex)


def _bbox(text: Text, start: int, end: int) -> BBox | None:
    idx = {text.owner[i] for i in range(start, min(end, len(text.owner))) if text.owner[i] >= 0}
    if not idx:
        return None
    boxes = [text.words[i].page_bbox for i in idx]
    return (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes))


def _section(sentence: str) -> str:
    return _said_section(sentence) or "efficacy"


def _said_section(sentence: str) -> str | None:
    """The section a sentence's words say it is in, or ``None`` when they say none."""
    low = sentence.lower()
    if re.search(
        # a Roman grade range up to IV or V is a toxicity's ("grade III–IV"; a tumour's grade runs to III)
        r"adverse|teae|trae|toxicit|grade\s?[≥>]?\s?\d|grades?\s?(?:i{1,3}|iv)\s?(?:[-–/]|or|to)\s?(?:iv|v)\b|"
        r"neutropenia|diarrh|nausea|safety|serious|discontinu|"
        r"\b(?:ir|s)?aes?\b|treatment[- ]related|side[- ]effects?",
        low,
    ):
        return "adverse_events"
    if re.search(r"c\s?max|auc|half-life|t1/2|clearance|pharmacokinetic|volume of distribution", low):
        return "pk"
    if re.search(r"response|orr|dcr|pfs|overall survival|\bos\b|progression|efficacy|remission|survival|hazard", low):
        return "efficacy"
    if re.search(r"enrolled|median age|male|female|ecog|baseline|randomi[sz]ed|screened", low):
        return "demographics"
    return None
