"""The phrases that name a cell's statistics ("n (%)", "mean (SD)", "median (IQR)", "hazard ratio") and the
lookups that read them from label texts, nearest text first."""

from __future__ import annotations

import re
from functools import lru_cache

from extractors.quartile_words import QUARTILES
from extractors.regex import rx

# the unit a row label may set between its statistic and the statistic's spread ("Age, mean years (SD)", "BMI, mean
# kg/m² (SD)", "eGFR, mean mL/min/1.73 m² (SD)", "HbA1c, mean % (SD)"): one or two short unit words, no bracket
# a unit word, or a token with a slash, a percent, a power or a digit in it ("kg/m²", "%", "ml/min/1.73")
_UNIT_WORD = (
    r"(?:y|yrs?|years?|mo|mos|months?|wks?|weeks?|d|days?|h|hrs?|hours?|min|minutes?|kg|g|mg|[µμ]g|ng|pg|cm|mm|m|l"
    r"|ml|dl|iu|u|bpm|points?|[a-zµμ]*[%/²³·\d][a-zµμ%/²³·.\d-]*)"
)
_UNIT_GAP = rf"(?:\s+{_UNIT_WORD}(?:\s(?:hg|{_UNIT_WORD}))?)?"

# (regex, pair meaning) -- for "a (b)" cells
_PAIR = [
    (
        rf"geometric\s+means?{_UNIT_GAP}\s*[(\[]\s*(?:geometric\s+)?(?:%\s*)?cv|gm\s*[(\[]\s*(?:%\s*)?cv"
        r"|geometric\s+means?\s*\(\s*coefficient of variation",
        "geo_cv",
    ),
    # "Mean (%CV)", "arithmetic means (CV%)", "mean (coefficient of variation)", "t1/2, mean h (CV%)": an arithmetic
    # mean and its CV
    (
        rf"(?<!geometric )(?<!geo\. )\bmeans?{_UNIT_GAP}\s*[(\[]\s*(?:%\s*cv|cv\s*%?|coefficient of variation)",
        "mean_cv",
    ),
    # a CV named with no mean at all ("Values are shown as (CV%)"): a PK table's geometric mean -- unless the
    # text is about a population model's variability ("IIV (%CV)") or standard errors, where no mean is given
    (
        rf"^(?!.*\bmeans?{_UNIT_GAP}\s*[(\[])"
        r"(?!.*(?:\biiv\b|\bbsv\b|\biov\b|\brse\b|inter-?individual|between-?(?:subject|patient)))"
        r".*?(?:\(\s*%?\s*cv\s*%?\s*\)|cv\s*%|%\s*cv)",
        "geo_cv",
    ),
    (rf"\bmeans?{_UNIT_GAP}\s*[(\[]\s*s\.?d\.?\s*[)\]]|mean \(standard deviation\)", "mean_sd"),
    # the two named in a list: "Age (mean, SD)", "Age, mean; SD"
    (r"\bmeans?\s*[,;]\s*s\.?d\.?(?![a-z])", "mean_sd"),
    # a label opening with the mean, naming its variable, closing with its "(SD)": "Mean age at diagnosis (SD)",
    # "Mean number of prior therapies (SD)" (up to five words, none of them another statistic; "Age, mean daily
    # dose (SD)" names two things and stays unread)
    (
        r"^\s*means?\s+(?!(?:\S+\s+){0,5}?(?:median|range|iqr|ci|se|sem|cv|geometric)\b)(?:[a-z][\w/-]*,?\s+){0,4}"
        r"[a-z][\w/-]*,?\s*[(\[]\s*s\.?d\.?\s*[)\]]",
        "mean_sd",
    ),
    # a label closing with its spread's bracket, the estimate unnamed ("Change in HbA1c, % (SD)", "Δ HbA1c (SD)"), as
    # "(SE)" is read below -- unless the bracket abbreviates the words before it ("Stable disease (SD)", "Sudden
    # death (SD)", "Standard deviation (SD)"): a name, no statistic; a label naming a mean is read by the forms above
    # only ("Age, mean daily dose (SD)" names two things); a head level that is the bracket alone ("Mean" over
    # "(SD)") is read with the level over it
    (
        r"^(?!.*\bs[\w-]*\s+d[\w-]*\s*[(\[]\s*sd\s*[)\]])(?!.*\b(?:median|means?)\b).*\w.*[(\[]\s*s\.?d\.?\s*[)\]]\s*(?:[,;]\s*[^,;()]{1,15})?$",
        "mean_sd",
    ),
    # "mean ± SD", "Plus-minus values are means ±SD": a statement about cells printed "a ± b", never "a (b)"
    (r"mean\s*±\s*s\.?d\b|±\s*s\.?d\b|means ±sd|plus.minus values are means|± ?standard deviation", "pm_sd"),
    (r"\(s\.?e\.?\)|\(s\.?e\.?m\.?\)|mean\s*\(s\.?e", "mean_se"),
    (r"±\s*s\.?e\.?(?:m\b|m\.|\b)|± ?standard error", "pm_se"),
    (
        # a bare "(%)" after a change or a difference is the unit of that change ("Placebo-adjusted change from
        # baseline at week 8 (%)"), not "n (%)"
        r"n\s*\(%\)|no\.\s*\(%\)|number \(percent\)|n \(percent\)|^(?!.*\b(?:changes?|differences?)\b).*?\(%\)"
        r"|counts? \(percentages?\)|no\. of patients \(%\)"
        r"|n/n \(%\)|no\./total no\. \(%\)|number \(%\)|patients \(%\)"
        # the two named in a list: "Female (n, %)", "Female, n, %"
        r"|(?<![a-z])(?:n|no\.)\s*[,;]\s*%",
        "count_pct",
    ),
]

_INTERVAL = [
    (rf"\biqr\b|interquartile|{QUARTILES}|25th|first quartile|lower quartile", "iqr"),
    (r"\brange\b|(?<!interquartile )\branges\b|min(?:imum)?\s*[,;/–-]\s*max|minimum, maximum", "range"),
    # a Bayesian credible interval ("95% CrI") is filed with the CI's bounds, as the cell grammar reads "(95% CrI a–b)"
    (r"\bci\b|confidence interval|cred|\bcri\b", "ci"),
]

# a share of patients per unit of follow-up ("% per yr", "% of patients/year", "% per patient-year", "per
# patient-year"): an event rate, whatever names the table's other columns
_PER_YEAR = (
    r"%\s*(?:of\s+(?:patients|participants|subjects)\s*)?(?:per|/)\s*(?:(?:patient|person)[- ]?)?(?:yrs?|years?)\b"
    r"|\bper\s+(?:patient|person)[- ]?(?:yrs?|years?)\b"
)

_PER_YEAR_BARE = (
    r"(?<!\()%\s*(?:of\s+(?:patients|participants|subjects)\s*)?(?:per|/)\s*(?:(?:patient|person)[- ]?)?"
    r"(?:yrs?|years?)\b|(?<!%\s)(?<!\()\bper\s+(?:patient|person)[- ]?(?:yrs?|years?)\b"
)

_ESTIMATE = [
    # "aHR (95% CI)", "aOR, 95% CI": an adjusted ratio by its abbreviation, its interval after it (alone, "AHR" is as
    # often airway hyperresponsiveness, "ARR" a ratio of aldosterone to renin); "OR" alone as a head
    (r"hazard ratio|\bhr\b|\bahr\b(?=\s*[(,])", "hr"),
    (
        r"differences?\b|\bdiff\.?\b|\bsmd\b|(?<!hazard )(?<!odds )(?<!risk )(?<!response-rate )(?<!response rate )"
        r"\bratios?\b|\bgmrs?\b"
        # "ETD", "ETR": an estimated treatment difference or ratio by its abbreviation
        r"|\bet[dr]s?\b"
        r"|\blsm\s*r\b|\beffect\s+sizes?\b|\bcohen[’']?s\s+d\b|\bhedges[’']?\s*g\b"
        # a relative or absolute risk *reduction* is a difference in percent, no risk ratio
        r"|(?:relative|absolute)\s+risk\s+reductions?|\brrr\b",
        "value",
    ),
    (r"odds ratio|\bor\b(?=\s*\()|\baors?\b(?=\s*[(,])|^\s*ors?\s*$", "or"),
    # a response-rate ratio is a ratio of two shares of patients: a risk ratio (a ratio of event rates is not)
    (r"risk ratio|relative risk(?!\s+reduction)|\brr\b|response[- ]rate ratio", "rr"),
    # "GM (Test)", "Geo. mean": a geometric mean ("GMR" is a ratio, above)
    (r"geometric mean|\bgm\b(?!-)(?!\s*ratio)|\bgeo\.?\s+means?\b", "geometric_mean"),
    (r"\bmedian\b", "median"),
    (r"(?<!vs )(?<!vs\. )(?<!versus )\bmean\b|\blsm\b|least.squares mean", "mean"),
    # a PK "elimination rate constant" (a glossary's "absorption rate constant") is a parameter, no event rate
    # a measured rate ("heart rate, beats/min", "glomerular filtration rate") is a measurement, no event rate
    (
        r"(?<!heart )(?<!pulse )(?<!respiratory )(?<!filtration )(?<!flow )\brate\b(?!\s+constants?\b)|incidence"
        # (a rate in brackets after a count, "No. events (% per patient-year)", names the bracket, not a bare cell)
        r"|events?\s*/\s*100|per 100|/100 patient|/100 person|" + _PER_YEAR_BARE,
        "rate",
    ),
]

# the spread column of an estimate's column pair ("Mean | SD", "Geometric mean | CV%", "Estimate | SE"): the
# header alone names the bare number under it, when the table heads another column with the estimate
_SPREAD_HEADER = (
    (r"s\.?d\.?|standard deviation", "sd"),
    (r"s\.?e\.?(?:m\.?)?|standard error(?: of the mean)?", "se"),
    # a geometric CV heads the spread of a geometric mean ("Geo CV%", "Geometric CV%", "gCV%")
    (
        r"(?:geo(?:metric)?\.?\s*|g)?(?:%\s*cv|cv\s*%|cv\s*\(%\))|(?:geometric\s+)?coefficient of variation(?: \(%\))?",
        "cv_percent",
    ),
)

# a mean estimated by a model ("least-squares mean change", "adjusted mean", "marginal effects"): its interval is a CI
_MODEL_MEAN = r"least[- ]?squares?\s+means?|\blsmeans?\b|\badjusted\s+means?|\bmarginal\s+(?:means?|effects?)"

# (a model's mean too: "LS mean | SE", "Least-squares mean | SE", "Adjusted mean | SE")
_PAIRED_ESTIMATE = (
    r"(?:arithmetic |geometric |least[- ]squares? |ls |adjusted )?means?|lsms?|(?:final |population |model )?estimates?"
)

_STRONG_RATE = r"events?\s*/\s*100|per 100|/\s*100 patient|/\s*100 person|incidence rate|events per|" + _PER_YEAR

_PERCENT_LABEL = r"(,|—|–)\s*%\s*$|(?<!\bn )(?<!\bno\. )(?<!number )\(%\)\s*$"

_PERCENT_HEADER = r"^\s*(?:percent(?:age)?s?\b(?!\s*change)|%\s*(?:of\b|$))"

# who a title or legend counts or shares: "patients", "participants", "adverse events"
_SUBJECTS = (
    r"(?:patients?|participants?|subjects?|cases|events|individuals|people|persons|women|men|children|infants|pts)\b"
)

# a title opening on its cells' statistic, after its number ("Table 2."): counts ("Number of patients with events",
# "No. (%) of participants", "Number of randomised patients") or percentages ("Percentage of patients with",
# "% of patients", "Proportion of patients (%)" -- a proportion without "%" may be a fraction)
_TITLE_LEAD = r"\s*(?:table\s*[a-z]?\d+[a-z]?\s*[.:|—–-]?\s*)?(?:the\s+)?"
_OF_WHOM = rf"of\s+(?:[a-z][\w-]*\s+){{0,2}}?{_SUBJECTS}"
# a head or stub naming its cells the share of patients, with or without "(%)": "Percentage of patients (%)",
# "Proportion of participants (%)", "Adverse event, % of patients" (never "No. (%) of patients", nor a proportion
# without "%", which may be a fraction)
_SHARE_OF = re.compile(
    rf"(?:^|[,—–:]\s*)(?:(?:percent(?:ages?)?|%)\s*(?:\(\s*%\s*\)\s*)?{_OF_WHOM}"
    rf"|proportions?\s*(?:\(\s*%\s*\)\s*{_OF_WHOM}|{_OF_WHOM}\s*(?:\(\s*%\s*\)|,\s*%)))(?:\s*(?:\(\s*%\s*\)|,\s*%))?\s*$"
    # "Patients, %", "All participants — %": the share of them
    rf"|^\s*(?:[a-z][\w-]*\s+){{0,2}}?{_SUBJECTS}\s*(?:,|—|–)\s*%\s*$",
    re.I,
)
_TITLE_COUNT = re.compile(
    rf"{_TITLE_LEAD}(?:total\s+)?(?:numbers?|no\.?)\s*(?:\(\s*%\s*\)\s*)?{_OF_WHOM}(?:\s*\(\s*%\s*\))?", re.I
)
_TITLE_PERCENT = re.compile(
    rf"{_TITLE_LEAD}(?:(?:percent(?:ages?)?|%)\s*(?:\(\s*%\s*\)\s*)?{_OF_WHOM}"
    rf"|proportions?\s*(?:\(\s*%\s*\)\s*{_OF_WHOM}|{_OF_WHOM}\s*(?:\(\s*%\s*\)|,\s*%)))",
    re.I,
)

_N_ROW = r"(?:n|no\.?|number(?: of (?:patients|participants|subjects))?)"

_STAT_ROW = r"^\s*(median|mean|geometric mean|range|iqr|interquartile range|sd|q1|q3)\b"

# population PK: a between-subject variability (IIV, BSV, IOV, omega) and a relative standard error or shrinkage
_VARIABILITY = (
    r"\biiv\b|\bbsv\b|\bisv\b|\biov\b|\bbov\b|\bipv\b|inter[- ]?individual|between[- ]?(?:subject|patient|occasion)"
    r"|inter[- ]?(?:subject|patient|occasion)|\bomega\b|ω"
)

# a row of the residual error model ("σ2 proportional error, CV%", "Residual variability, CV%"): its estimate is a
# CV only where the row says CV (a bare σ is most often an SD on the concentration scale); σ as a row's leading
# symbol only -- elsewhere σ is as often a standard deviation ("Mean (σ)")
_RESIDUAL = (
    r"residual (?:error|variability|unexplained|proportional|additive)"
    r"|(?:proportional|additive|exponential) (?:residual )?error|^\s*(?:sigma|σ)"
)

# ("Error (CV%)" beside each model's "Estimate": the precision of the estimate, an RSE by another name)
_RSE_LABEL = (
    r"^\s*(?:%\s*)?(?:rse|relative standard error|relative s\.\s?e\.?)(?!\w)|^\s*(?:eta|η|ε|epsilon)?[\s-]*shrinkage\b"
    r"|^\s*error\s*\(\s*(?:%\s*cv|cv\s*%?)\s*\)\s*$"
    # a standard error stated in percent of the estimate ("SE (%)"): a relative one
    r"|^\s*s\.?e\.?\s*\(\s*%\s*\)"
)

_RSE_ANY = r"\brse\b|relative standard error|relative s\.\s?e\.?|\bs\.?e\.?\s*\(\s*%\s*\)"

# a landmark of a time-to-event curve ("3-yr overall survival", "event-free at 24 months", "Kaplan-Meier estimate")
_LANDMARK_EVENT = (
    # the survival endpoints' abbreviations: overall, progression-, disease-, event-, relapse-, metastasis- and
    # failure-free, cancer- or disease-specific
    r"surviv|-free|\bfree\b|\b(?:os|r?pfs|i?dfs|efs|rfs|d?mfs|ffs|css|dss)\b|kaplan|cumulative incidence|\bk-?m\b"
    r"|\bdor\b|duration of response"  # "12-month DoR rate, %": a Kaplan-Meier estimate of the responses lasting
)

_LANDMARK_TIME = r"\d+\s*-?\s*(?:months?|mo|years?|yrs?|y|weeks?|wk|days?)\b|kaplan|\bk-?m\b"

_PROPORTION = (
    r"\bresponse|remission|\borr\b|\bdcr\b|\bcbr\b|disease control|clinical benefit"
    r"|% of (?:patients|participants)"
)

_PERCENT_NAMED = r"(?:^|[,—–(\s])%(?:\s*[(\[]|\s*$|\s*,|\s+of\s+(?:patients|participants)\b)|\bpercent(?:age)?\b"

_CHANGE = r"\bchange|differen|effect|reduction|increase|decrease|\bratio"

# the same, less the participles that name adverse events ("Decreased appetite", "ALT increased")
_CHANGE_NOT_EVENT = r"\bchange|differen|effect|reduction|increase(?!d)|decrease(?!d)|\bratio"

# percentages that are Kaplan-Meier estimates (or cumulative incidences): event rates, not shares of N
_KM_PERCENT = (
    r"(?:kaplan.?meier|\bk-?m\b|cumulative incidence)[^.;]{0,40}(?:%|percent)"
    r"|(?:%|percentages?|event rates?)[^.;]{0,40}(?:kaplan.?meier|\bk-?m\b|cumulative incidence)"
    # "events (estimated percentage)": a percentage estimated at a follow-up time, not a share of N
    r"|\bestimated\s+(?:percentages?|percents?|%)"
)

# a bare whole number under a column that names what is counted
_COUNTED = (
    r"^(?:no\.?\s+of\s+)?(?:events?|patients?|participants?|subjects?|deaths?|cases?)(?:\s+with\s+(?:an?\s+)?events?)?$"
    r"|\bat risk\b"
)

# labels that make a bare number "any other single number": a change, a difference, a score, an index... A dose,
# but not the part of a trial named by its doses ("Part 2 Dose finding", "Dose escalation"): that names a group
_VALUE_NAMED = (
    r"\bchange|differen|effect|reduction|increase|decrease|ratio|\bscore|\bindex\b|number needed|\bnnt\b"
    r"|\bestimate|\bvalue|\bslope|\bauc\b|\bcmax|\bt\s*max|\bt1/2|half-life|clearance|volume|\bduration"
    # a model's objective function value and its change ("OFV", "ΔOFV", "−2LL"): a model's number, no group's
    r"|(?:\b|Δ|δ)ofv\b|objective function|-2\s*ll\b|−2\s*ll\b"
    r"|\bdose(?![\s-]*(?:finding|escalation|expansion|confirmation|ranging|selection|optimi[sz]ation)\b)"
)

# a cell of three numbers stated as events, then patients with an event and their share ("No. of events (no. of
# patients, %)", "Events (patients, %)", "events (patients [%])")
_EVENTS_PATIENTS = (
    r"\bevents?\b[^()]*\(\s*(?:no\.?\s*(?:of\s+)?|number of\s+)?(?:patients|participants|subjects|pts)\b[^)]*%"
)

# ... and a test's P named by its test ("Stratified log-rank P", "Log-rank test P")
_P_LABEL = (
    # (a note mark after "P", but not "PY", patient-years: "rate/100 PY" was read as P values)
    r"^p\s*(?:-\s*)?(?:value)?[*†‡§a-xz]?$|\bp.values?\b|^p\s+(?:for|of)\s+(?:interaction|trend|heterogeneity)"
    r"|^(?:(?:un)?stratified\s+)?log.rank\s+(?:test\s+)?p$"
)

# "HR, hazard ratio", "CI indicates confidence interval", "NR = not reached", "eGFR=estimated glomerular filtration
# rate": a glossary defines words (an abbreviation may open in lower case), it does not say what a cell's numbers are
_GLOSSARY = re.compile(
    r"\b(?:[A-Z]|[a-z]{1,2}(?=[A-Z]))[A-Za-z0-9/%-]{0,8}(?:\s*[,=:]\s*|\s+(?:indicates|denotes|means)\s+)[a-z][^,;.]*"
)

# one subject, patient or volunteer named by its number ("Subject 3", "Patient 12", "Volunteer A2", "Pt 4")
# one subject's id ("Patient 3", "Subject A", "Pt. no. 12", "Case #4"): a letter id stands apart from the word, so
# a plural ("Patients", "Participants": the head of a column of group sizes) is no id
_INDIVIDUAL = re.compile(
    r"^(?:subjects?|patients?|participants?|volunteers?|individuals?|case|pt\.?|id)"
    r"(?:\s*(?:no\.?|#)\s*|\s+|(?=\d))(?:\d{1,3}[a-z]?|[a-z]\d{0,3})$",
    re.IGNORECASE,
)

_ID_LABEL = re.compile(r"^(?:#\s*)?(?:\d{1,3}|[a-z]{1,2}\d{1,3})$", re.IGNORECASE)

_ID_STUB = re.compile(
    r"^(?:subjects?|patients?|participants?|volunteers?|individuals?|case|pt\.?|id)(?:\s*(?:no\.?|id|#|number))?$",
    re.IGNORECASE,
)

_PLUS_MINUS = ("pm_sd", "pm_se")


def _first_match(table: list[tuple[str, str]], texts: list[str]) -> str | None:
    patterns = tuple(table)
    for text in texts:
        meaning = _match_one(patterns, text.lower())
        if meaning is not None:
            return meaning
    return None


@lru_cache(maxsize=8192)  # the same labels are asked about for every cell of their row or column
def _match_one(patterns: tuple[tuple[str, str], ...], low: str) -> str | None:
    for pattern, meaning in patterns:
        if rx(pattern).search(low):
            return meaning
    return None


def _all_matches(table: list[tuple[str, str]], text: str) -> set[str]:
    low = text.lower()
    return {meaning for pattern, meaning in table if rx(pattern).search(low)}


# a legend that leaves room for other statements of the labels ("unless otherwise indicated", "except where stated")
_DEFERS = re.compile(r"\bunless\b|\botherwise\b|\bexcept\b|\bwhere (?:stated|indicated|noted)\b", re.IGNORECASE)

# a "mean ± SD" statement of a table that prints no "a ± b" cell: the house style set the author's "±" as brackets
_AS_BRACKETS = {"pm_sd": "mean_sd", "pm_se": "mean_se"}


# ... unless it says in words that it is about the values printed with "±" ("Plus–minus values are means ±SD",
# NEJM's legend over every table, those with no "±" cell too)
_OF_PLUS_MINUS = re.compile(r"plus.minus values|values (?:given |shown )?with ±", re.IGNORECASE)


def _as_brackets(kind: str | None, text: str) -> str | None:
    if kind in _AS_BRACKETS and not _OF_PLUS_MINUS.search(text):
        return _AS_BRACKETS[kind]
    return None if kind in _PLUS_MINUS else kind


def _pair_kinds(text: str, plus_minus: bool = True) -> set[str]:
    """What an "a (b)" cell can be by this text: a "mean ± SD" statement is about cells printed with "±" where the
    table prints any (``plus_minus``), else about its "a (b)" cells."""
    if not plus_minus:
        return {k for k in (_as_brackets(k, text) for k in _all_matches(_PAIR, text)) if k}
    return _all_matches(_PAIR, text) - set(_PLUS_MINUS)


def _first_pair(texts: list[str], plus_minus: bool = True) -> str | None:
    if not plus_minus:
        for text in texts:
            found = _as_brackets(_first_match(_PAIR, [text]), text) or _first_match(_NOT_PLUS_MINUS, [text])
            if found:
                return found
        return None
    return _first_match(_NOT_PLUS_MINUS, texts)


_NOT_PLUS_MINUS = [(p, kind) for p, kind in _PAIR if kind not in _PLUS_MINUS]


# a covariate's effect on a parameter ("Effect of 2.5 mg kg−1 on V1", "Glu effect on CL"): a dose in it is the
# covariate's level, no group; set under its parameter's row, it is no part of that row
EFFECT_ON = r"\beffects?\b.*\bon\s+\S+\s*$"
