"""The numbers a sentence states: the statement patterns (most specific first), the statistic each of
their groups holds, how a printed number or bound reads, and which matches are no result (a date, a dose,
a figure number)."""

from __future__ import annotations

import re

_WORD_NUMBERS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "hundred": 100,
}
_WORD_NUM = (
    r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|"
    r"seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
    r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
)
N = r"\d{1,3}(?:,\d{3})+(?!\d)|\d+(?:\.\d+)?"
NUM = rf"(?:{N})"
SNUM = rf"-?(?:{N})"
BOUND = rf"(?:{SNUM}\s?%?|not reached|not estimable|not evaluable(?: \[NE\])?|not available|NR|NE|NA)"
DASH = r"\s?(?:-|–|—|to)\s?"
# a CI's bounds: "3.2–6.8", "3.2 to 6.8", and after a CI label also "3.2, 6.8" ("95% CI: 3.2, 6.8")
CI_SEP = rf"(?:{DASH}|,\s?(?!and\b))"
CI = (
    rf"(?:(?:the\s)?(?:corresponding|associated|two-sided|exact)\s)?"
    rf"(?P<lvl>\d{{2}})\s?%\s?(?:CI|confidence interval|Cl)(?:\s?\[CI\])?(?:\s?[,:=])?\s?(?P<lo>{BOUND}){CI_SEP}"
    rf"(?P<hi>{BOUND})"
)
# what joins the values of a pair or list: "11 vs. 16", "12 and 31", "12, 20 and 31" (a comma alone joins no list:
# "a score of 0, 40% of patients")
_LAST = r"(?:\s?(?:vs\.?|versus)\s?|,?\sand\s)"
UNIT = r"(?:\s?(?:months?|mo|weeks?|wks?|days?|years?|yrs?|h|hours?|minutes?|min)\b)?"
_PATIENTS = (
    r"(?:patients?|pts|participants?|subjects?|recipients?|women|men|responders?|responses?|cases?|deaths?|"
    r"(?:adverse |serious adverse )?events?|toxicit(?:y|ies)|SAEs?|DLTs?|TEAEs?|TRAEs?)"
)
_MEASURE = r"mm ?Hg|mmol\s?[/⁄]\s?L|kg\s?/\s?m2|kg|bpm|beats/min|ms|°C"
# ("388 µg·h/mL": the hour may follow the mass)
PK_UNIT = (
    r"(?:h\s?[*×·]\s?)?(?:μg|µg|ng|mg|pg)(?:\s?[*×·]\s?h)?\s?(?:[/·]\s?(?:mL|L)|\s(?:ml|l)-1(?:\sh)?)|L/h|mL/min|L\b"
    r"|(?:μ|µ|n)M\b"
)
_QUAL = {
    "nr": "not reached",
    "not reached": "not reached",
    "ne": "not estimable",
    "not estimable": "not estimable",
    "na": "not available",
    "not available": "not available",
    "not evaluable": "not evaluable",
}


def num(s: str) -> float:
    s = s.strip().replace(",", "")
    if s.lower() in _WORD_NUMBERS:
        return float(_WORD_NUMBERS[s.lower()])
    parts = re.split(r"[- ]", s.lower())
    if len(parts) == 2 and all(p in _WORD_NUMBERS for p in parts):
        return float(_WORD_NUMBERS[parts[0]] + _WORD_NUMBERS[parts[1]])
    return float(s)


def bound(s: str | None) -> tuple[float | None, str | None]:
    if s is None:
        return None, None
    s = re.sub(r"\s*(%|\[NE\])$", "", s.strip())
    q = _QUAL.get(s.strip().lower())
    return (None, q) if q else (num(s), None)


_BARE = r"(?<![\w.±/-])"
_SHARED_PERCENT = re.compile(rf"{_BARE}(?P<pct>{SNUM})(?![\d.]|\s?%)(?=(?:,\s{SNUM})?{_LAST}{SNUM}\s?%)")
_SHARED_DURATION = re.compile(
    rf"{_BARE}(?P<v>{NUM})(?![\d.])(?=(?:,\s{NUM})?{_LAST}{NUM}\s?(?:months?|mo|weeks?|days?)\b)", re.IGNORECASE
)
_SHARED_COUNT = re.compile(rf"{_BARE}(?P<n>{NUM})(?![\d.])(?=\s?(?:vs\.?|versus)\s?{NUM}\s{_PATIENTS}\b)")
_SHARED = (_SHARED_PERCENT, _SHARED_DURATION, _SHARED_COUNT)
_PAIR_GROUP = r"\s(?:with|in|for|among|on)\s"
_PAIRED_TAIL = rf"{_PAIR_GROUP}[^,;()\d]{{1,50}}?,?\sand\s"
_PAIRED_FIRST = re.compile(
    rf"(?<![\w.])(?P<v>{SNUM})\s?percentage points?(?={_PAIRED_TAIL}{SNUM}(?![\d.%]){_PAIR_GROUP})", re.IGNORECASE
)
# the second value; what comes before it (the first value, its unit, its group, "and") is checked by plausible()
# (a look-behind of variable width), so the record's raw text and box are the value's own
_PAIRED_SECOND = re.compile(rf"(?<=\sand\s)(?P<v>{SNUM})(?![\d.%])(?={_PAIR_GROUP})")
_PAIRED_BEFORE = re.compile(rf"(?<![\w.]){SNUM}\s?(?:{_MEASURE}|percentage points?){_PAIRED_TAIL}$", re.IGNORECASE)

# (pattern, statistic per group name) in priority order: the most specific statement shapes first
# the digits of a time point inside an outcome's name ("at 90 days")
_TIME_DIGITS = r"(?<=\s)\d+(?=\s(?:days?|weeks?|months?|years?)\b)"
PATTERNS: list[tuple[re.Pattern[str], dict[str, str]]] = [
    # "median DoR (95% CI): 11.2 months (8.3–NR)", "12-month OS rate (95% CI): 66.7% (55.1–76.0)": a head that says
    # its value's CI follows, the CI bracketed after the value with no label of its own (not a range)
    (
        re.compile(
            rf"\((?P<lvl>\d{{2}})\s?%\s?(?:CI|confidence\sinterval)\)\s?[:=,]?\s?(?P<v>{SNUM})(?![\d.])(?:\s?%|{UNIT})"
            rf"\s?\((?P<lo>{BOUND}){DASH}(?P<hi>{BOUND})\)",
            re.IGNORECASE,
        ),
        {"v": "estimate", "lo": "ci_low", "hi": "ci_high"},
    ),
    # 22 of 87 patients (25.3%, 95% CI 16.6–35.8) / 53 (59.6%) of 87 patients / Five of 18 patients / "15 of the
    # first 21 patients (71%)": the set's place in the order of enrolment is no part of it
    (
        re.compile(
            rf"\b(?P<n>{NUM}|{_WORD_NUM})\s(?:\((?P<pct2>{NUM})\s?%\)\s)?(?:of|out of)\s(?:the\s|all\s)?"
            rf"(?:(?<=the\s)(?:first|last|initial)\s)?(?P<d>{NUM})"
            rf"(?:(?:\s[A-Za-z-]+){{0,5}}?\s?\((?:(?P<pct>{NUM})\s?%)?(?:[,;]\s?{CI})?)?",
            re.IGNORECASE,
        ),
        {"n": "count", "d": "denominator", "pct": "percent", "pct2": "percent", "lo": "ci_low", "hi": "ci_high"},
    ),
    # ORR 7.1%, 1/18 / 67.8% (59/87) / (17/73, 23.3%) / 72/107, 67.3%
    (
        re.compile(rf"(?P<pct>{NUM})\s?%\s?[,(]\s?(?P<n>{NUM})\s?/\s?(?P<d>{NUM})(?:[;,]\s?{CI})?\)?"),
        {"pct": "percent", "n": "count", "d": "denominator", "lo": "ci_low", "hi": "ci_high"},
    ),
    # "14/52 (27%; 95% CI 16-41%)": the interval after the share in its bracket is the share's
    (
        re.compile(rf"\(?(?P<n>{NUM})\s?/\s?(?P<d>{NUM})(?:[,;]?\s?\(?(?P<pct>{NUM})\s?%(?:[;,]\s?{CI})?\)?)?"),
        {"n": "count", "d": "denominator", "pct": "percent", "lo": "ci_low", "hi": "ci_high"},
    ),
    # "The number of infusions per patient (median 6, mean 9.2, range 1–38)": a bracket of summaries after the measure
    # it summarises (its endpoint is what the bracket follows)
    (
        re.compile(
            rf"\(median[:,]?\s(?P<bm>{NUM}){UNIT},\s?mean[:,]?\s(?P<bmean>{NUM}){UNIT}"
            rf"(?:,\s?(?:SD|s\.d\.)[:,]?\s(?P<bsd>{NUM}){UNIT})?,\s?range[:,]?\s(?P<rlo>{SNUM}){DASH}(?P<rhi>{SNUM}){UNIT}\)",
            re.IGNORECASE,
        ),
        {"bm": "median", "bmean": "mean", "bsd": "sd", "rlo": "min", "rhi": "max"},
    ),
    # median PFS was 4.8 months (95% CI 3.2–5.8); median follow-up of 10.1 months (range 8.8–10.8);
    # a median 3.0 (2-8) lines; 13.77 (95% CI: 9.69-not evaluable [NE]) months
    (
        re.compile(
            # (a ratio bracketed after the median's endpoint is no median: "a longer median interval (HR = 0.36")
            rf"\bmedian\b(?P<what>(?:(?![(\[]\s?(?:a?HR|a?OR|RR|hazard|odds|risk\sratio|relative\srisk)\b)[^.;\d]|"
            rf"(?<=[A-Za-z])\d){{0,60}}?)(?:was|were|of|:|,|=|is)?\s?"
            # "a median of seven months": a median in words, with its unit
            rf"(?<![A-Za-z\d.])(?P<m>{NUM}|not reached|NR|{_WORD_NUM}(?=\s(?:months?|weeks?|days?|years?)\b))"
            rf"(?![\d.])(?!\s?%\s?(?:CI|Cl|confidence|credible))"
            rf"(?!\s(?:[a-z]+\s)?(?:patients|participants|subjects|pts)\b)"
            rf"{UNIT}(?:\s(?:[a-z]+\s){{0,4}}?(?=\((?:range|IQR)))?"
            # (its CI or range bracketed after it, or its CI after a "; " in the bracket the median is in: "(median
            # DoR, 14.1 months; 95% CI, 10.2–19.6)")
            rf"(?:(?:(?P<opened>\s?\()|;\s?(?=\d{{2}}\s?%\s?(?:CI|confidence\sinterval)\b))"
            rf"(?:(?:{CI}){UNIT}|(?:(?:(?P<rkind>range|IQR|interquartile range)(?:\s?\[IQR\])?[:,]?\s?)?"
            rf"(?P<rlo>{SNUM})"
            rf"{DASH}(?P<rhi>{SNUM})\+?{UNIT}))(?(opened)\)))?",
            re.IGNORECASE,
        ),
        {"m": "median", "lo": "ci_low", "hi": "ci_high", "rlo": "min", "rhi": "max"},
    ),
    # hazard ratio 0.79 (95% CI 0.66-0.94) / HR 0.41, p < 0.001
    (
        re.compile(
            rf"\b(?P<kind>hazard ratio|HR|odds ratio|OR|risk ratio|relative risk|(?:incidence\s)?rate ratio|RR)\b"
            # "hazard ratio for death, 0.62", "the odds ratio for a favorable outcome at 90 days was 1.37": the outcome
            # said between
            rf"(?:\s(?:for|of|in|with)\s(?:the\s|an?\s)?[A-Za-z](?:[A-Za-z -]|{_TIME_DIGITS}){{2,40}}?(?=,|:|\swas\b))?"
            rf"[,:=]?\s?(?:was\s|of\s)?"
            rf"(?P<v>{NUM})(?:[;,]?\s?[(\[]?{CI}[)\]]?)?"
        ),
        {"v": "ratio", "lo": "ci_low", "hi": "ci_high"},
    ),
    # (difference, −2.9 percentage points; 95% CI, −8.2 to 2.2) / mean difference of 4.1 mm Hg (95% CI ...)
    (
        re.compile(
            rf"\b(?:(?:between-group|absolute|mean|risk|treatment)\s)?difference[,:]?\s(?:of\s|was\s)?(?P<v>{SNUM})"
            rf"(?:\s?(?:percentage points?|points?|%|mm ?Hg|minutes|days|kg))?(?:[;,]?\s?\(?{CI}\)?)?",
            re.IGNORECASE,
        ),
        {"v": "value", "lo": "ci_low", "hi": "ci_high"},
    ),
    # 1 patient (7.1%, 95% CI 0.2–33.9) / 104 patients (97.2%) / Fifty-nine patients (67.8% / 11 (9.2%)
    (
        re.compile(
            # (a verb among the words is the predicate's: "Three patients were treatment-naive (8.3%)" is a count,
            # then what was said of it, then its share)
            rf"\b(?P<n>\d{{1,3}}(?:,\d{{3}})+|\d+|{_WORD_NUM})(?![.\d])"
            rf"(?:\s(?!(?:of|were|was|are|is|remain(?:s|ed)?)\b)[A-Za-z][A-Za-z-]*){{0,3}}\s[(\[]"
            rf"(?P<pct>{NUM})\s?%(?!\s?(?:CI|Cl|confidence))(?:[,;]\s?{CI})?",
            re.IGNORECASE,
        ),
        {"n": "count", "pct": "percent", "lo": "ci_low", "hi": "ci_high"},
    ),
    # 12-month OS rate 59.3% (95% CI 47.7–69.1) -- also "...were 59.3% (95% CI ...) and 47.3% (...)"
    (
        # (and "(12-month PFS rate, 45%; 95% CI, 33–57)": the CI after a "; " in the rate's bracket)
        re.compile(rf"(?P<v>{NUM})\s?%\s?[(\[,;]\s?{CI}[)\]]?", re.IGNORECASE),
        {"v": "percent", "lo": "ci_low", "hi": "ci_high"},
    ),
    # any estimate with a CI: 13.96 (95% CI: 8.34-NE) months; "-0.12 for MMSE (95% CI -0.88 to 0.63; P = 0.75)",
    # "0.05 (95% CI -0.07 to 0.18; P = 0.40) for NTB": a signed one, what it is for, the P of the bracket
    (
        re.compile(
            rf"(?P<v>(?<![\w.-]){SNUM}|{NUM}){UNIT}(?P<for>\sfor\s[A-Za-z][\w-]{{1,20}})?\s?\(\s?{CI}{UNIT}"
            rf"(?:[;,]\s?[Pp]\s?(?:[<>=≤≥]\s?)?\d?\.\d+)?\s?\)",
            re.IGNORECASE,
        ),
        {"v": "estimate", "lo": "ci_low", "hi": "ci_high"},
    ),
    # "(0.96; 90 % CI 0.88–1.04)", "(ratio = 1.04; 90% CI 0.98–1.11)": an estimate and its CI in one bracket
    (
        re.compile(rf"\((?:[A-Za-z][A-Za-z ]{{0,20}}?\s?[=:,]\s?)?(?P<v>{SNUM})\s?[;,]\s?{CI}\)", re.IGNORECASE),
        {"v": "estimate", "lo": "ci_low", "hi": "ci_high"},
    ),
    # -8.70 mm Hg [95% CI -9.72 to -7.69] / -4.26 [-5.13 to -3.38]
    (
        re.compile(
            rf"(?P<v>{SNUM})(?:\s?(?:mm ?Hg|%|mmol/L|kg|points?))?\s?[\[(](?:(?P<lvl>\d{{2}})\s?%\s?CI,?\s?)?"
            rf"(?P<lo>{SNUM})\s?(?:to|–)\s?(?P<hi>{SNUM})[\])]"
        ),
        {"v": "estimate", "lo": "ci_low", "hi": "ci_high"},
    ),
    # "31 (±8.2) years (range 19–55 years)", "64.2 ± 9.1 years (range, 41-83)": a mean, its SD and the range that
    # brackets it (plausible() checks it does)
    (
        re.compile(
            rf"(?P<mean>{SNUM})\s?\(?\s?±\s?(?P<sd>{NUM})\)?{UNIT}\s?\(range[:,]?\s?(?P<rlo>{SNUM}){DASH}(?P<rhi>{SNUM})"
            rf"{UNIT}\)",
            re.IGNORECASE,
        ),
        {"mean": "mean", "sd": "sd", "rlo": "min", "rhi": "max"},
    ),
    # "the geometric mean terminal half-life was 14.6 h (CV 28%)", "3.4 (CV 41%) in cohort 1": a summary and its
    # coefficient of variation (the summary's statistic is the one its clause names)
    (
        re.compile(
            rf"(?<![\w.])(?P<e>{NUM}){UNIT}\s?\((?:CV|coefficient of variation)[:,]?\s?(?P<cv>{NUM})\s?%\)",
            re.IGNORECASE,
        ),
        # ("e", not "v": a group named after it, "3.4 (CV 41%) in cohort 1", is no dose naming an arm)
        {"e": "estimate", "cv": "cv_percent"},
    ),
    # the second of "12 minutes (IQR 8-24) with A and 26 minutes (IQR 15-45) with B": a summary with its spread
    (
        re.compile(
            rf"(?<![\w.±])(?<!±\s)(?P<v>{NUM}){UNIT}(?:\s?(?:min(?:utes)?|mm ?Hg|kg|points?))?\s?\((?P<rkind>range|IQR|"
            rf"interquartile range)(?:\s?\[IQR\])?[:,]?\s?(?P<rlo>{SNUM}){DASH}(?P<rhi>{SNUM}){UNIT}\)",
            re.IGNORECASE,
        ),
        {"v": "estimate", "rlo": "min", "rhi": "max"},
    ),
    # "ages ranged from 24 to 52 years", "changes ranged from +0.3 mm Hg to −1.2 mm Hg"
    (
        re.compile(
            rf"\brang(?:ed|ing)\s(?:from\s)?(?P<rlo>[+]?{SNUM})\s?(?:{_MEASURE}|%)?{DASH}(?P<rhi>[+]?{SNUM})",
            re.IGNORECASE,
        ),
        {"rlo": "min", "rhi": "max"},
    ),
    # 3.9 per 100 person-years
    (
        re.compile(rf"(?P<v>{NUM})\s?(?:per|/)\s?100\s(?:person|patient)[- ]?(?:years?|yrs?)", re.IGNORECASE),
        {"v": "rate"},
    ),
    # mean 85.7 ± 17.1 / 69.9% (± 13.9)
    (re.compile(rf"(?P<mean>{SNUM})\s?%?\s?\(?\s?±\s?(?P<sd>{NUM})\)?"), {"mean": "mean", "sd": "sd"}),
    # "Hommel-adjusted P values were 0.74 for MMSE, 0.08 for MoCA and 0.66 for CGNT", "P values were .58 and .47 for
    # systolic and diastolic BP": P values named once as the subject, then a list of them, no "P =" before each
    (
        re.compile(
            r"\b[Pp][- ]values?\s(?:were|of)\s(?P<op>)(?P<p>0?\.\d+)(?=\s(?:for|and)\s|,)"
            r"(?:(?:\sfor\s[^,;.]{1,30}?)?,\s(?P<p2>0?\.\d+)(?=\s(?:for|and)\s|,))?"
            r"(?:(?:\sfor\s[^,;.]{1,30}?)?,?\sand\s(?P<p3>0?\.\d+)(?=\sfor\s))?"
        ),
        {"p": "p", "p2": "p", "p3": "p"},
    ),
    # p = 0.042 / P<0.001
    (re.compile(r"\b[Pp]\s?(?P<op>[<>=≤≥])\s?(?P<p>0?\.\d+|1(?:\.0+)?)\b"), {"p": "p"}),
    # (n = 107) / n=9
    (re.compile(rf"\b[nN]\s?=\s?(?P<n>{NUM})"), {"n": "count"}),
    # "960 were assigned to abiraterone and 957 to the standard-of-care group", "262 deaths had occurred in the
    # X group and 184 in the Y group": the elided count of a coordinated statement, named by the group after it
    (
        re.compile(rf"(?<=\band\s)(?P<n>{NUM})(?=\s(?:to|in)\sthe\s[^,.;()]{{1,40}}?\b(?:group|arm|cohort)\b)"),
        {"n": "count"},
    ),
    # 335 were randomly assigned / 21 were excluded
    (
        re.compile(
            rf"\b(?P<n>{NUM}|{_WORD_NUM})\s(?:were|was|had been)\s(?:randomly\s)?(?:assigned|randomi[sz]ed|enrolled|"
            rf"excluded|included|treated|screened|analy[sz]ed|evaluable|eligible)",
            re.IGNORECASE,
        ),
        {"n": "count"},
    ),
    # "and 37 completed the study", "three withdrew from the trial": a bare count whose verb is a disposition
    (
        re.compile(
            rf"\b(?P<n>{NUM}|{_WORD_NUM})(?=\s(?:completed|withdrew|discontinued)\s(?:the\s)?(?:study|trial|treatment|"
            rf"therapy|from)\b)",
            re.IGNORECASE,
        ),
        {"n": "count"},
    ),
    # "44 underwent baseline imaging; 40 met all eligibility criteria", "and 17 had stable disease": a bare count
    # that opens its clause (after a clause's punctuation or "and") with its own verb of what the people had or did
    (
        re.compile(
            # ("and one had received radiotherapy": a history, whose "previous" the label would lose, is not read)
            # ("Of 88 evaluable patients 41 achieved SD": the set's people, with no comma, end its clause too)
            rf"(?:(?<=[,;:.]\s)|(?<=\band\s)|(?<=\bpatients\s)|(?<=\bparticipants\s)|(?<=\bsubjects\s))"
            # ("Nine patients responded, four of whom achieved a CR": a part of the people before, said by its verb)
            rf"(?P<n>\d+|{_WORD_NUM})(?=\s(?:of\s(?:whom|which)\s)?(?:had(?!\s(?:received|undergone|been)\b)|"
            rf"received|underwent|met|achieved|"
            rf"experienced|developed|required|remained|completed|withdrew|discontinued|died|relapsed|refused)\b)",
            re.IGNORECASE,
        ),
        {"n": "count"},
    ),
    # "Ninety-one percent of patients", "Seventy-three percent and 67% of patients": a share in words, never a count
    (re.compile(rf"\b(?P<pct>{_WORD_NUM})\spercent\b", re.IGNORECASE), {"pct": "percent"}),
    # A total of 119 patients / 27 patients / One dose limiting toxicity ("11.0 months in men": a time printed with a
    # decimal point, no count)
    (
        re.compile(
            r"\b(?<![\d.]\.)(?!\d+\.\d+\s(?:months?|mo|weeks?|days?|years?|hours?|h|minutes?|min)\b)"
            rf"(?P<n>{NUM}|{_WORD_NUM})\s(?!percent\b)(?:[A-Za-z-]+\s){{0,3}}?{_PATIENTS}\b",
            re.IGNORECASE,
        ),
        {"n": "count"},
    ),
    # "(11 vs. 16%)", "in 12 and 31% of patients", "(15.3 vs. 24.6 months)", "(12 vs 8 patients)": a value of a
    # pair or list whose unit is printed once, after the last value, is of that unit (each value is a statement
    # of its own: the values of a pair are about different groups)
    (_SHARED_PERCENT, {"pct": "percent"}),
    (_SHARED_DURATION, {"v": "estimate"}),
    (_SHARED_COUNT, {"n": "count"}),
    # a pair set in parallel whose unit is printed after the first value only: "-5.2 kg with A and -1.1 with B",
    # "-1.5 percentage points with A and -0.4 with B": the second value is of the first's unit, and a value in
    # percentage points so set is a measurement (each value is a statement of its own, its group after it)
    (_PAIRED_FIRST, {"v": "estimate"}),
    (_PAIRED_SECOND, {"v": "estimate"}),
    # measurements: "the mean baseline msSBP was 152.9 mm Hg", "(9.9 mm Hg; P=.017 vs placebo)"
    (re.compile(rf"(?<![\w.])(?P<v>{SNUM})\s?(?:{_MEASURE})(?![\w/⁄])", re.IGNORECASE), {"v": "estimate"}),
    # durations: 14.1 months, DoR 11.8 months
    (re.compile(rf"(?P<v>{NUM})\s?(?:months?|mo)\b", re.IGNORECASE), {"v": "estimate"}),
    # PK quantities: 45.0 μg/mL, 1706.2 h*μg/mL, 3.6 L
    (re.compile(rf"(?P<v>{NUM})\s?(?:{PK_UNIT})"), {"v": "estimate"}),
    # any other percentage: neutropenia (21.0%), ORR was 80%
    (re.compile(rf"(?P<pct>{NUM})\s?%(?!\s?(?:CIs?|Cl|CrIs?|confidence|credible)\b)"), {"pct": "percent"}),
]
RATIO = {
    "hazard ratio": "hr",
    "hr": "hr",
    "odds ratio": "or",
    "or": "or",
    "risk ratio": "rr",
    "relative risk": "rr",
    "rate ratio": "rr",
    "incidence rate ratio": "rr",
    "rr": "rr",
}


_AT_LEAST_SO_LONG = (
    r"\s?(?:months?|weeks?|days?|years?)?\s(?:or\s(?:longer|more|greater|shorter|less)|and\s(?:longer|beyond))\b"
)


def plausible(m: re.Match[str], text: str) -> bool:
    """Not a date, a dose, a reference list or a figure number."""
    if m.re is _PAIRED_SECOND and not _PAIRED_BEFORE.search(text[max(0, m.start() - 90) : m.start()]):
        return False
    after = text[m.end() : m.end() + 12].lower()
    before = text[max(0, m.start() - 12) : m.start()].lower()
    if (
        re.match(r"\s?(mg|µg|μg|mcg|ml|mmol|g/|kg|nm\b|mm\b|cm\b|[µμ]m\b)", after)
        and "%" not in m.group(0)
        and "±" not in m.group(0)  # "85.9±19.8 kg": a mean and its SD measured in kilograms, not a dose
        and not re.match(r"\s?(μg|µg|ng|mg)\s?/\s?m?l\b", after, re.IGNORECASE)
    ):
        return False
    if re.search(r"(fig\.?|figure|table|ref\.?|supplementary)\s?$", before):
        return False
    if re.search(r"[a-zµμ][–−-]$", before) and re.search(r"\b(?:mg|g|kg|l|ml|h|min|s|m²|m2)[–−-]$", before):
        return False  # "3 mg kg–1", "0.3 l h−1": a unit's exponent, no value
    if re.search(r"\b(?:prevent|avert|avoid|cause)\s$", before):
        return False  # "the number needed to treat to prevent one death": the unit of the number needed, no count
    if re.search(r"\bat\s(?:day|week|month|year|visit)\s$", before, re.IGNORECASE):
        return False  # "at month 4 (95% CI ...)": a time point, not a value
    if re.search(r"\bper\s?$", before):
        return False  # "3.4 per 100 patient-years": the 100 is the rate's unit
    whole_match = m.group(0)
    if re.fullmatch(rf"{NUM}\s?(?:months?|mo)", whole_match.strip()) and (
        re.search(r"\b(?:at|within|after|by|over|during|until|up to|through|every|for|first|last|past)\s?$", before)
        or re.search(
            r"\b(?:at|within|after|by)\s(?:\d+(?:\.\d+)?,?\s)+(?:and|or)\s$", text[max(0, m.start() - 40) : m.start()]
        )
    ):
        return False  # "at 12 months", "at 6 and 12 months": time points, not durations
    counted = "n" in m.re.groupindex and m.group("n") is not None and m.start("n") == m.start()
    plain = "%" not in m.group(0) and "lo" not in m.re.groupindex
    if re.search(r"(grade|\bgr\.?|[≥≤<>]|>=|<=)\s?$", before) and (counted or plain):
        return False  # "grade ≥3 TEAEs", "≥ 3 lines": a grade or a threshold, not a count
    if re.search(r"\b(?:grades?|gr\.?)\s?\d\s?(?:-|–|to|and|or|/|,)\s?$", before) and (counted or plain):
        return False  # "grade 1-3 toxicities", "No grade 4 and 5 toxicities": the last grade of a range, no count
    if (counted or plain) and re.search(
        r"\b(?:day|week|month|year|cycle|visit|cohort|arm|group|part|stage|phase|level)\s?[+-]?\s?$",
        before,
        re.IGNORECASE,
    ):
        return False  # "at day +100", "cycle 2", "40% of cohort 1 patients": a time point or a name's ordinal
    wide = text[m.end() : m.end() + 40].lower()
    if "%" in m.group(0) and re.match(r"\s?(?:lower\s|upper\s)?(?:confidence|credible)\b", wide):
        return False  # "(one-sided 90% lower confidence bound, 38%)": a confidence level, no value
    if plain and re.match(_AT_LEAST_SO_LONG, wide):
        return False  # "a response lasting 6 months or longer": a threshold, no value
    if counted and re.search(r"\b(?:at least|more than|less than|fewer than|up to|at most|over)\s$", before):
        return False  # "at least one prior systemic therapy (48.3%)": a threshold, not a count
    if plain and re.search(
        r"\b(?:for|lasting|of)\s(?:more|longer|less|fewer)\sthan\s$|\bfor\s(?:at\sleast|over|up\sto)\s$",
        text[max(0, m.start() - 24) : m.start()],
    ):
        return False  # "nine of them for more than 6 months": a duration threshold, no value
    if m.re in _SHARED and re.search(
        r"\b(?:between|from|at|within|after|by|over|during|until|up to|through|every|for|first|last|past|grades?|"
        r"aged?|ages|cycles?|days?|weeks?|months?|years?|doses?|levels?|n|N)\s?=?\s?$|[≥≤<>~±]\s?$",
        before,
    ):
        return False  # "between 12 and 31%" a range, "at 6 and 12 months" time points, "grade 3 and 4" grades
    if "%" in m.group(0) and (
        re.match(r"\s(?:or|and)\s(?:more|greater|higher|above|less|lower|below|over|under)\b", after)
        or re.search(r"\b(?:below|above|under|over|exceeding)\s$", before)
        or re.search(r"[A-Za-z0-9]\s?(?:[≥≤<>]=?|>=|<=)\s?$", before)
    ):
        return False  # "PD-L1 of 50% or more", "PD-L1 below 50%", "PD-L1 ≥1%": a subgroup's cut-off, no result
    if re.search(r"[A-Za-z]$", before) and re.match(r"\d", m.group(0)):
        return False  # a number glued to letters ("Table S12", "CHA2DS2") is part of a name
    whole = m.group(0)
    if re.fullmatch(r"(19|20)\d\d", whole.strip()):
        return False
    groups = m.re.groupindex
    if "mean" in groups and "rlo" in groups and m.group("rlo"):
        # a range brackets its estimate: "31 (±8.2) years (range 19–55 years)"
        try:
            v, lo, hi = (num(m.group(g)) for g in ("mean", "rlo", "rhi"))
        except ValueError:
            return False
        return lo <= v <= hi
    if "v" in groups and "lo" in groups and "lvl" in groups and m.group("lo") and not m.group("lvl"):
        # an interval in brackets that no "CI" names is read as the estimate's CI only if it holds the estimate
        try:
            v, lo, hi = (num(m.group(g)) for g in ("v", "lo", "hi"))
        except ValueError:
            return False
        return min(lo, hi) <= v <= max(lo, hi)
    return True
