"""A table's legend, title and footnotes say what its brackets hold in words of their own as often as in the
canonical statements the cell grammar reads (extractors/hint_patterns.py): "Values in parentheses are
percentages", "Numbers in parentheses are standard deviations", "data are numbers of patients, and data in
parentheses are percentages", "values in parentheses are 95 per cent confidence intervals", "number (percentage)",
"means and standard deviations", "Mean (Standard Error)".

:func:`canonical` rewrites each such wording, where it names one thing, to the statement it means ("n (%)",
"mean (SD)", "mean (SE)", "(95% CI)", "median (IQR)", "(range)"), keeping everything else as printed, before any
cell is read. A wording that names two things for the bracket ("percentages or p-values") is left as printed:
it settles no cell.
"""

from __future__ import annotations

import re
from functools import lru_cache

from extractors.quartile_words import MEDIAN_QUARTILES, QUARTILES

# "Values / Numbers / Data / Figures in parentheses (brackets) are <things>" and its object
_IN_BRACKETS = re.compile(
    r"\b(?:values?|numbers?|data|figures?)\s+(?:given\s+|shown\s+)?in\s+(?:square\s+|round\s+)?(?:parenthes[ie]s|brackets)\s+"
    r"(?:are|is|represent|indicate|denote|show)\s+(?:the\s+)?(?P<what>[^.;:]*)",
    re.IGNORECASE,
)
# what a bracket may be said to hold, and the statement that says it canonically
_THINGS: list[tuple[str, str]] = [
    (r"percent(?:age)?s?|proportions?(?: in %)?", "n (%)"),
    (r"standard\s+deviations?|s\.?d\.?s?", "mean (SD)"),
    (r"standard\s+errors?(?:\s+of\s+the\s+mean)?|s\.?e\.?m?\.?s?", "mean (SE)"),
    (r"(?P<level>\d{2})\s*(?:%|per\s*cent)\s+(?:confidence\s+intervals?|cis?)|confidence\s+intervals?|cis?", "CI"),
    (
        rf"interquartile\s+ranges?|iqrs?|{QUARTILES}",
        "median (IQR)",
    ),
    (r"ranges?", "(range)"),
    (r"cv\s*%?|%\s*cv|(?:geometric\s+)?coefficients?\s+of\s+variation", "CV%"),
]
# words that may follow the object without naming another thing ("unless indicated otherwise", "of the total")
_TAIL = re.compile(r"^\s*(?:$|,|unless\b|except\b|of\b|based\b|by\b|for\b|and\s+data\b|and\s+values\b|\()", re.I)
# two things for one bracket: "percentages or p-values", "SDs or ranges"
_SECOND = re.compile(r"^\s*(?:or|and|/)\s+\S", re.IGNORECASE)

# "number (percentage)", "numbers (percentages)", "n (percentage)", "no. (percent)"
# "number (percent)", "numbers (percentages)", "number of patients (percent)" (NEJM's forest plots)
# "frequency (percentage)", "absolute number (%)", "counts (proportions)": any count noun with any share noun
_COUNT_PERCENT = re.compile(
    r"\b(?:absolute\s+)?(?:numbers?|n|no\.|counts?|frequenc(?:y|ies))(?:\s+of\s+(?:patients|participants|subjects))?"
    r"\s*\(\s*(?:percent(?:age)?s?|proportions?|relative\s+frequenc(?:y|ies))\s*\)",
    re.IGNORECASE,
)
# "mean and standard deviation", "means and standard deviations (SD)", "mean and SD", "mean with its SD"
# "Means (and SDs)", "means and (SDs)": the spread's bracket around the conjunction or after it
_MEAN_AND_SPREAD = re.compile(
    r"\bmeans?\s*(?:(?P<o1>\()\s*(?=and\b|with\b)|\s)(?:and|with)\s+(?:their\s+|its\s+|the\s+)?(?P<o2>\()?(?P<spread>standard\s+deviations?|sds?\b|s\.d\.|"
    r"standard\s+errors?(?:\s+of\s+the\s+mean)?|sems?\b)(?(o1)\)|(?(o2)\)))(?:\s*\((?:sds?|sems?|ses?)\))?",
    re.IGNORECASE,
)
# "medians (first and third quartiles)", "median (25th–75th percentiles)": a median's quartiles spelled out
_MEDIAN_QUARTILES = re.compile(
    rf"\b(?P<est>medians?)\s*[(\[]\s*(?:{MEDIAN_QUARTILES})\s*[)\]]",
    re.IGNORECASE,
)
# "medians and interquartile ranges (IQR)", "median and range"
_MEDIAN_AND_INTERVAL = re.compile(
    r"\bmedians?,?\s+(?:and|with)\s+(?:their\s+|its\s+|the\s+)?(?P<interval>interquartile\s+ranges?|iqrs?\b|ranges?"
    rf"|{MEDIAN_QUARTILES})"
    r"(?:\s*\((?:iqrs?)\))?",
    re.IGNORECASE,
)
# "Mean (Standard Error)", "mean (standard deviation)" spelled out
_MEAN_SPELLED = re.compile(r"\bmeans?\s*\(\s*(?P<spread>standard\s+(?:error|deviation))s?\s*\)", re.IGNORECASE)
# "95 per cent" anywhere: the "%" the CI-level reader looks for
_PER_CENT = re.compile(r"(?<=\d)\s*per\s*cent\b", re.IGNORECASE)
# a geometric mean spelled short: "Geo. Mean", "Geo mean", "GeoMean", "Geom. mean", "G-mean", "gMean", and the
# model-adjusted "geometric LS mean", "geometric least-squares mean" (a geometric mean, never an arithmetic one)
_GEO_MEAN = re.compile(
    r"\b(?:geo(?:m)?\.?\s?|g-)means?\b|\bgmeans?\b|\bgeometric\s+(?:ls|least[-\s]squares?)\s+(?=means?\b)",
    re.IGNORECASE,
)
# the spread of a geometric mean spelled out in its bracket: "(geometric coefficient of variation)" -- only in the
# bracket after an estimate, never in an abbreviation list ("CV%, coefficient of variation expressed as a percentage")
_GEO_CV = re.compile(
    r"(?<=\()\s*(?:geometric\s+)?coefficients?\s+of\s+variation(?:\s*,?\s*%|\s*[\[(]\s*%\s*[\])])?\s*(?=\))",
    re.IGNORECASE,
)
# "means with SDs in parentheses", "geometric means with coefficients of variation in parentheses"
_WITH_IN_BRACKETS = re.compile(
    r"\b(?P<est>(?:geometric\s+)?means?|medians?)\s*,?\s+with\s+(?:their\s+|the\s+)?(?P<what>[^.;()]*?(?:\s*\(\s*%\s*\))?)\s+in\s+"
    r"(?:parenthes[ie]s|brackets)",
    re.IGNORECASE,
)
# "Median values are shown with 95% CIs", "Means are given with their standard deviations": the estimate, the verb
# saying it is printed, and what it is printed with -- read as the estimate and its bracket
_SHOWN_WITH = re.compile(
    r"\b(?P<est>(?:geometric\s+)?means?|medians?)(?:\s+values?)?\s+(?:are|is|were|was)\s+"
    r"(?:shown|given|presented|reported|displayed|expressed)\s+with\s+(?:their\s+|the\s+|its\s+|corresponding\s+)?"
    r"(?P<what>[^.;()]*?(?:\s*\(\s*%\s*\))?)(?=\s*(?:[.;]|$))",
    re.IGNORECASE,
)
# "Standard deviations are shown in parentheses", "SDs in parentheses", "with the standard error of the mean in
# parentheses", "Monte Carlo standard errors in parentheses": the thing the bracket holds named before the words
# saying so, in one clause (never "percentages in parentheses are coefficients of variation": the bracket's
# thing is said after it, by _IN_BRACKETS)
_THING_IN_BRACKETS = re.compile(
    r"(?P<what>[^.;:,()\[\]]{1,80}?)(?:\s*\(\s*(?:sds?|sems?|ses?|iqrs?|cis?)\s*\))?\s+(?:(?:are|is|were|was)\s+)?(?:(?:shown|given|presented|reported|listed|displayed"
    r"|indicated|included|expressed)\s+)?in\s+(?:square\s+|round\s+)?(?:parenthes[ie]s|brackets)\b"
    r"(?!\s+(?:are|is|were|was|represent|indicate|denote|show|refer)\b)",
    re.IGNORECASE,
)
# "Mean values (SD)", "median values [IQR]": the estimate and its bracket with a noun between
_ESTIMATE_VALUES = re.compile(r"\b(?P<est>(?:geometric\s+)?means?|medians?)\s+values?\s*(?=[(\[])", re.IGNORECASE)
# "Data are mean change from baseline (SD)", "least-squares mean change (SE)", "median time to response (range)": the
# estimate, the measure it is of, then its bracket -- read as the estimate and its bracket (a list's "or" or "and"
# between them is two statements, and a "mean difference" or a "ratio" another estimate: left as printed)
_ESTIMATE_OF_MEASURE = re.compile(
    r"\b(?P<est>(?:geometric\s+)?means?|medians?)\s+"
    r"(?:(?!(?:or|and|n|no|number|values?|differences?|diff|ratios?|between|versus|vs)\b)[a-z][\w-]*\s+){1,5}?"
    r"(?=[(\[]\s*(?:sds?|ses?|sems?|iqrs?|range|(?:80|90|95|99)\s*%\s*cis?|cis?)\s*[)\]])",
    re.IGNORECASE,
)
# "mean (standard deviation [SD])", "mean (standard error of the mean, SEM)", "(standard error of the mean)": the
# spread spelled out, its abbreviation nested after it, read as the spread alone ("(standard error)")
_NESTED_SPREAD = re.compile(
    r"\(\s*(?P<spread>standard\s+(?:error|deviation))(?P<plural>s?)(?:\s+of\s+the\s+means?)?\s*"
    r"(?:\[\s*(?:sds?|sems?|ses?)\s*\]|\(\s*(?:sds?|sems?|ses?)\s*\)|,\s*(?:sds?|sems?|ses?))?\s*\)",
    re.IGNORECASE,
)
# "Estimates (standard errors)", "Coefficients (standard errors)": an estimate and its spread spelled out
_ESTIMATE_SPELLED = re.compile(
    r"\b(?:estimates?|coefficients?|effects?)\s*\(\s*(?P<spread>standard\s+(?:error|deviation))s?\s*\)",
    re.IGNORECASE,
)
# APA's "M (SD)", "M (SE)", "Mdn (IQR)": the estimate by its one-letter symbol, capital as APA sets it
_APA = re.compile(r"(?<![\w.])(?-i:M)\s*\(\s*(?P<spread>SD|SE|SEM)\s*\)|(?<![\w.])(?-i:Mdn)\s*(?=\(\s*IQR\s*\))")
# "means (SDs)", "(SEMs)", "[IQRs]": a spread's abbreviation in the plural, as the cell grammar spells it (singular)
_PLURAL_ABBREVIATION = re.compile(r"(?<=[(\[])\s*(?P<abbr>sd|sem|se|iqr)s\s*(?=[)\]])", re.IGNORECASE)
# "means ± SDs", "mean ± SEMs": the spread after "±" in the plural, as the cell grammar spells it (singular)
_PLUS_MINUS_PLURAL = re.compile(r"(?<=±)(?P<space>\s*)(?P<abbr>sd|sem|se)s\b", re.IGNORECASE)
# "median (i.q.r.)": the abbreviation with stops (BJS), as the cell grammar spells it
_IQR_STOPS = re.compile(r"\bi\.\s?q\.\s?r\.?", re.IGNORECASE)


def _bracket_statement(what: str) -> str | None:
    """The canonical statement of "... in parentheses are <what>", or ``None`` when it names none or two things."""
    for pattern, statement in _THINGS:
        m = re.match(rf"\s*(?:{pattern})(?!\w)", what, re.IGNORECASE)
        if m is None:
            continue
        rest = what[m.end() :]
        if _SECOND.match(rest) or not _TAIL.match(rest):
            return None
        if statement == "CI":
            level = m.groupdict().get("level")
            return f"({level}% CI)" if level else "(CI)"
        return statement
    return None


def _spread(word: str) -> str:
    return "SE" if re.match(r"standard\s+error|se", word, re.IGNORECASE) else "SD"


@lru_cache(maxsize=1024)
def canonical(text: str) -> str:
    """The text with each wording of what a bracket holds rewritten to its canonical statement."""
    if not text:
        return text

    def bracket(m: re.Match[str]) -> str:
        statement = _bracket_statement(m.group("what"))
        return m.group(0) if statement is None else f"{m.group(0)} [{statement}]"

    out = _GEO_MEAN.sub(
        lambda m: "geometric mean" if m.group(0).lower().endswith(("mean", "means")) else "geometric ", text
    )
    out = _GEO_CV.sub("CV%", out)
    out = _WITH_IN_BRACKETS.sub(_with_in_brackets, out)
    out = _SHOWN_WITH.sub(_with_in_brackets, out)
    out = _IN_BRACKETS.sub(bracket, out)
    out = _ESTIMATE_VALUES.sub(lambda m: f"{m.group('est')} ", out)
    out = _ESTIMATE_OF_MEASURE.sub(lambda m: f"{m.group('est')} ", out)
    out = _NESTED_SPREAD.sub(lambda m: f"({m.group('spread')}{m.group('plural')})", out)
    out = _APA.sub(lambda m: f"mean ({m.group('spread')})" if m.group("spread") else "median ", out)
    out = _COUNT_PERCENT.sub("n (%)", out)
    out = _MEAN_AND_SPREAD.sub(lambda m: _mean_of(m, out), out)
    out = _MEDIAN_QUARTILES.sub(lambda m: f"{m.group('est')} (IQR)", out)
    out = _MEDIAN_AND_INTERVAL.sub(
        lambda m: "median (range)" if m.group("interval").lower().startswith("range") else "median (IQR)", out
    )
    out = _MEAN_SPELLED.sub(lambda m: _mean_of(m, out), out)
    out = _ESTIMATE_SPELLED.sub(lambda m: _spread_of(m, out), out)
    out = _THING_IN_BRACKETS.sub(lambda m: _thing_in_brackets(m, out), out)
    out = _IQR_STOPS.sub("IQR", out)
    out = _PLURAL_ABBREVIATION.sub(lambda m: m.group("abbr"), out)
    out = _PLUS_MINUS_PLURAL.sub(lambda m: m.group("space") + m.group("abbr"), out)
    return _PER_CENT.sub("%", out)


def _mean_of(m: re.Match[str], text: str) -> str:
    """ "mean (SE)" for "Mean (Standard Error)" -- unless the note names the same spread for another estimate too
    ("Mean (standard error), Proportion (%) (standard error)"): then which a bracket holds is not said, and the
    wording is left as printed."""
    # the spread by its own words ("standard error"): "standard deviation" elsewhere names another spread
    words = r"\s+".join(re.escape(w) for w in m.group("spread").split())
    elsewhere = text[: m.start()] + text[m.end() :]
    if re.search(rf"\b{words}", elsewhere, re.IGNORECASE):
        return m.group(0)
    return f"mean ({_spread(m.group('spread'))})"


def _with_in_brackets(m: re.Match[str]) -> str:
    """ "means with SDs in parentheses" -> "mean (SD)", "geometric means with CVs in parentheses" -> "geometric mean
    (CV%)"; left as printed when the bracket's thing is none known, or not one the estimate has (a median's SD)."""
    statement = _bracket_statement(m.group("what"))
    word = m.group("est").lower()
    estimate = "geometric mean" if word.startswith("geometric") else "median" if word.startswith("median") else "mean"
    spread = {"mean (SD)": "SD", "mean (SE)": "SE", "CV%": "CV%", "median (IQR)": "IQR", "(range)": "range"}
    if statement is None or (statement in ("mean (SD)", "mean (SE)", "CV%") and estimate == "median"):
        return m.group(0)
    if statement in spread:
        return f"{estimate} ({spread[statement]})"
    return f"{estimate} {statement}"  # "(95% CI)"


def _spread_of(m: re.Match[str], text: str) -> str:
    """ "Estimates (SE)" for "Estimates (standard errors)" -- unless the note names that spread elsewhere too."""
    kept = _mean_of(m, text)
    if kept == m.group(0):
        return kept
    return m.group(0)[: m.start("spread") - m.start()] + f"{_spread(m.group('spread'))})"


# a thing's own words, at the end of the words before "in parentheses"
_THINGS_AT_END = [(re.compile(rf"(?<![\w%])(?:{pattern})\s*$", re.IGNORECASE), s) for pattern, s in _THINGS]
# a spread or an interval of an estimate the clause does not name: a median's SD, a mean's IQR
_OTHER_ESTIMATE = {"mean (SD)": r"\bmedians?\b", "mean (SE)": r"\bmedians?\b", "median (IQR)": r"\bmeans?\b"}


def _thing_in_brackets(m: re.Match[str], text: str) -> str:
    """ "Standard deviations are shown in parentheses [mean (SD)]": the statement a clause naming the bracket's
    thing before it means; left as printed where the words end in no thing, in two ("SDs or ranges"), or where the
    clause names an estimate the thing is not of ("medians, SDs in parentheses")."""
    what = re.sub(r"\s+values?\s*$", "", m.group("what"))  # "SE values in parentheses"
    for pattern, statement in _THINGS_AT_END:
        found = pattern.search(what)
        if found is None:
            continue
        # "SDs or ranges in parentheses", "percentages and SDs in parentheses": two things ("means and SDs" is one)
        joined = re.search(r"(?:,|\bor|\band|/)\s*$", what[: found.start()])
        if joined and (joined.group(0).strip() in ("or", "/") or _ends_in_thing(what[: joined.start()])):
            return m.group(0)
        clause = text[text.rfind(".", 0, m.start()) + 1 : m.end()]
        if statement in _OTHER_ESTIMATE and re.search(_OTHER_ESTIMATE[statement], clause, re.IGNORECASE):
            return m.group(0)
        if statement == "CI":
            level = found.groupdict().get("level")
            statement = f"({level}% CI)" if level else "(CI)"
        return f"{m.group(0)} [{statement}]"
    return m.group(0)


def _ends_in_thing(words: str) -> bool:
    return any(pattern.search(words) for pattern, _statement in _THINGS_AT_END)
