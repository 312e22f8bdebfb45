"""Sentence forms of clinical-pharmacology results that the general statement rules leave unread or read without
their group: a ratio of geometric (least-squares) means named by its parameter ("the Cmax ratio was 1.42 [1.21,
1.67]"), bracketed after the parameter's clause ("Digoxin AUC0-24h was slightly higher with X (LSM ratio 1.16 [0.94,
1.43])", "... Cmax (GMR 0.92; 90% CI 0.85-1.01)"), or given for a parameter ("was 1.04 [0.93-1.17] for AUC0-inf",
"for AUClast was 0.95 (0.89, 1.02)"); ratios of a list of parameters given in order ("the LSM ratios of Cmax and
AUClast were 1.31 (1.08, 1.59) and 1.12 (0.97, 1.29)"); percent and fold changes of a parameter or of a list of
parameters ("AUC increased by 25% (90% CI ...)", "Cmax and AUC increased by 25% and 40%, respectively"); a
summary of one parameter in hours ("the geometric mean t1/2 was 8.3 h"); "Tmax was reached at a median of 2 h
(range 1-4 h)"; a median's range across doses ("a median Tmax 1.0–1.5 h"); a power model's slope versus dose; and a
summary whose values are each bracketed after their group ("comparable for female participants (1.3 h) and male
participants (1.5 h)").

Each value is labelled with its parameter (and the analyte said right before it, after "of", or in a fronted "For
X,"). A ratio or a change compares a treatment with its reference and is the comparison's (no group), unless its
sentence marks which of several it is: a drug at steady state or as a single dose ("by steady-state X", "with a
single X dose"), the fed state of a fed/fasted ratio, a dose ("at the 50-mg dose"), a day ("on day 14 to those on
day -1"), a part the sentence is fronted by ("In the MAD,"); in a paper that marks two or more drug conditions, one
whose sentence marks none is not read. A summary is of the one group its sentence names (a plain "with X" too), or
of the group said right after it; where the sentence names several and the value carries none, it is withheld
(``UNTOLD_GROUP``), and so is a value of a sentence fronted by a phrase no rule reads as a group ("After the
high-fat meal,"). Doses ("from 10 to 200 mg") are never values of these forms."""

from __future__ import annotations

import re

from extractors.prose_dose_fronts import dosing_front
from extractors.prose_text import Text, sentence_of
from schemas.records import Record

UNTOLD_GROUP = "the sentence names several treatments or doses and does not say which this PK value is of"
HOW = "PK form"

_AUC = r"AUC(?:\s?\(?(?:0|τ)\s?[-–−]\s?(?:∞|inf|t|last|τ|tau|\d+\s?h?)\)?|\s?(?:last|inf|tau|τ|∞|t)\b)?"
_PARAM = (
    rf"(?:C\s?max(?:,\s?ss)?|C\s?min|C\s?trough|{_AUC}|t\s?1/2|t½|(?:(?:terminal|elimination)\s)?half-life|"
    r"T\s?max|CL/F|V\s?z/F)"
)
PARAM = rf"(?<![\w/-])(?i:{_PARAM})(?![\w/])"
_P = re.compile(PARAM, re.IGNORECASE)
_V = r"(?<![\w.\-–−/])\d+(?:\.\d+)?(?![\d])"
_CI_HEAD = (
    r"(?:(?:90|95)\s?%\s?(?:CI|confidence\sinterval)s?(?:\sof\s(?:the\s)?(?:G?LSM|geometric\smean)\s?ratio)?"
    r"\s?[,:]?\s?)"
)
_HI = r"(?<![\w.])\d+(?:\.\d+)?(?![\d])"  # a bound after a dash
_PAIR = rf"(?P<lo>{_V})\s?%?\s?(?:[-–—]|,|\sto)\s?(?P<hi>{_HI})\s?%?"
_BRACKET = rf"\s?[\[(]{_CI_HEAD}?{_PAIR}[\])]"
_ANY_BRACKET = _BRACKET.replace("?P<lo>", "?:").replace("?P<hi>", "?:")
_RATIO_WORD = (
    r"(?:geometric\s(?:least[- ]squares\s)?means?\sratios?|G?LSM\sratios?|least[- ]squares\smeans?\sratios?|GMRs?|"
    r"GLSMRs?|ratios?\sof\s(?:the\s)?(?:geometric\s)?(?:least[- ]squares\s)?means)"
)
_CHANGE = r"(?P<verb>increased|decreased|reduced|elevated|lowered|raised)"
_NOUN = {
    "increased": "increase",
    "elevated": "increase",
    "raised": "increase",
    "decreased": "decrease",
    "lowered": "decrease",
    "reduced": "reduction",
}
_ABOUT = r"(?:(?:approximately|about|roughly|nearly|by)\s)*"
# a drug, a state or a word the form takes as the group: one word (or two hyphened), not a function word
_NOT_GROUP = frozenset(
    re.split(
        r"\s",
        "a an the every food median mean no respect regard regards approximately about increasing increase "
        "decrease dose doses ci cis range geometric its their each all most both either other respective "
        "time age weight sex dosing exposure repeated multiple single concomitant coadministration "
        "administration treatment placebo",
    )
)
_GROUP_AFTER = re.compile(
    r"\b(?i:co-?administ\w+\swith|with|by|in\sthe\spresence\sof|at)\s(?:a\s(?P<single>single\s)?)?"
    r"(?P<d>(?:(?:steady-state|single-dose|multiple-dose)\s)?[A-Za-z][a-z]+(?:-[a-z]+)*)(?P<alone>\salone)?"
    # the drug's name ends the phrase ("with X.", "with X coadministration", "by X (Table 2)"): "with renal
    # impairment" names no treatment
    r"(?=\s?[,.;:)\]]|\s?$|\s\(|\s(?:coadministration|co-administration|dose|doses|dosing|treatment|at|on|in|"
    r"compared|versus|vs|relative|than|was|were|and|or|for|to|by|when|after|had|did)\b)",
)
_FED = re.compile(r"\bfed\s?(?:/|versus|vs\.?)\s?fasted\b|\bfed\sto\sfasted\b", re.IGNORECASE)
_DOSE_GROUP = re.compile(
    r"\b(?:[Aa]t|[Aa]fter|[Ff]ollowing)\s(?:the\s|a\s(?:single\s)?)?(?P<n>\d+(?:\.\d+)?)[- ]?(?P<u>mg/kg|mg|µg|μg)"
    r"(?!\s?(?:to|-|–))\b"
)
_DAY_GROUP = re.compile(r"\bon\sday\s(?P<n>\d+)\sto\s(?:that|those)\son\sday\b", re.IGNORECASE)
_ON_DAY = re.compile(r"\b(?:on|at)\s[Dd]ay\s(?P<n>[-−]?\d+)\b")
# "when given alone", "versus 2.0 h alone": the drug alone is a group of its own; "relative to X alone" is a ratio's
# reference, no group
_ALONE_GROUP = re.compile(r"(?<!relative to )(?<!compared with )(?<!compared to )\b(?:given\s|administered\s)?alone\b")
_REFERENCE = re.compile(r"\b(?:relative\sto|compared\s(?:with|to)|versus|vs\.?)\s(?:[\w-]+\s)?alone\b", re.IGNORECASE)
# "Rifampin decreased ...", "Itraconazole did not alter ...": the perpetrator as the sentence's subject
_SUBJECT_DRUG = re.compile(
    r"^(?P<d>[A-Z][a-z]+(?:-[a-z]+)*)\s(?:increased|decreased|reduced|raised|lowered|did\snot\s(?:alter|affect|change)|"
    r"had\sno\s(?:relevant\s|clinically\srelevant\s|significant\s)?effect\son)\b"
)
_ALONE = re.compile(r"^[^,;\d]{0,30}?\balone\b")


def _clean(name: str) -> str:
    return " ".join(name.split())


def _analyte(sentence: str, p: re.Match[str]) -> str | None:
    """The analyte named right before a parameter ("relmitrazole Cmax") or after it ("AUC0-t of midazolam")."""
    before = re.search(r"(?:^|\s)(?P<a>[A-Za-z0-9][\w-]*[a-z][\w-]*)\s$", sentence[: p.start()])
    if before and before.group("a").lower() not in _NOT_GROUP | _STATS and not _P.fullmatch(before.group("a")):
        return before.group("a")
    after = re.match(r"\sof\s(?:the\s)?(?P<a>(?:intravenous\s|oral\s)?[A-Za-z][\w-]*[a-z])\b", sentence[p.end() :])
    if after and after.group("a").lower() not in _NOT_GROUP | _STATS and not _P.fullmatch(after.group("a")):
        return after.group("a")
    return None


_STATS = frozenset(
    re.split(
        r"\s",
        "ratio ratios gmr gmrs lsm glsm mean means median geometric observed maximum peak plasma serum total "
        "unbound and or of for was were when with at by in on to day",
    )
)


def _endpoint(sentence: str, p: re.Match[str], ratio: bool, analyte: str | None = None) -> str:
    who = analyte if analyte is not None else _analyte(sentence, p)
    name = _clean(p.group(0))
    return " ".join(x for x in (who, name, "ratio" if ratio else None) if x)


def groups_said(sentence: str, analytes: set[str]) -> tuple[set[str], set[str]]:
    """The groups a PK sentence names as what its values are of: the treatments it names plainly ("with
    itraconazole", "Rifampin decreased ..."), and those it marks as one of several (a drug at steady state or as a
    single dose, the fed state, a dose, a day, the drug alone)."""
    plain: set[str] = set()
    marked: set[str] = set()
    for m in _GROUP_AFTER.finditer(sentence):
        d = m.group("d")
        words = d.lower().split()
        if m.group("alone") or words[-1] in _NOT_GROUP or words[-1] in _STATS or _P.fullmatch(words[-1]):
            continue
        if words[-1] in {a.lower() for a in analytes} or words[-1] in ("fed", "fasted", "fasting"):
            continue
        if m.group(0).lower().startswith("at") and len(words) == 1:
            continue  # "at steady-state X" names a group; a bare "at" word is a time or a place
        dosed = re.match(r"\s(?:dose|doses|dosing)\b", sentence[m.end() :]) and len(words) == 1
        if dosed and m.group("single"):
            marked.add(f"single {d} dose")
        elif len(words) > 1:
            marked.add(d)
        else:
            plain.add(f"{d} dose" if dosed else d)
    subject = _SUBJECT_DRUG.match(sentence.lstrip())
    if subject and subject.group("d").lower() not in _NOT_GROUP and not _P.fullmatch(subject.group("d")):
        plain.add(subject.group("d").lower())
    for m in re.finditer(r"\b(?:with|by|after|following)\s", sentence):
        if (doses := _DOSES_OF.match(sentence[m.start() :])) and (named := _phrase_group(doses.group(0))):
            marked.add(named)
    if _FED.search(sentence):
        marked.add("fed")
    for m in _DOSE_GROUP.finditer(sentence):
        marked.add(f"{m.group('n')} {m.group('u')}")
    ratio_days = [f"day {m.group('n')}" for m in _DAY_GROUP.finditer(sentence)]
    marked.update(ratio_days or {f"day {m.group('n')}" for m in _ON_DAY.finditer(sentence)})
    if _ALONE_GROUP.search(sentence) and not _REFERENCE.search(sentence):
        marked.add("alone")
    return plain, marked


def marked_drugs(text: str) -> set[str]:
    """The drug conditions a paper marks as one of several ("single-dose X", "steady-state X", "a single X dose"),
    across its PK sentences."""
    out: set[str] = set()
    for m in _GROUP_AFTER.finditer(text):
        d = m.group("d").lower()
        if len(d.split()) > 1 and d.split()[-1] not in _NOT_GROUP | _STATS:
            out.add(d)
        elif m.group("single") and re.match(r"\s(?:dose|doses|dosing)\b", text[m.end() :]):
            out.add(f"single {d} dose")
    return out


def _own_group(after: str) -> str | None:
    """A group said right after a value, before the next value ("... ng/mL when given alone", "... 9.8 h at 400
    mg", "2.0 h alone")."""
    stretch = re.split(r"(?<![\w.])\d|,\sand\s|;|,\s(?=\w+\s(?:was|were)\b)|\sand\s(?=\d)", after, maxsplit=1)[0]
    if _ALONE.match(stretch):
        return "alone"
    dose = re.match(r"^[^,;]{0,20}?\b(?:at|after|with)\s(?:the\s)?(?P<n>\d+(?:\.\d+)?)[- ]?(?P<u>mg|µg|μg)", after)
    if dose:
        return f"{dose.group('n')} {dose.group('u')}"
    drug = _GROUP_AFTER.search(stretch)
    bare_at = drug is not None and drug.group(0).lower().startswith("at") and len(drug.group("d").split()) == 1
    if drug and not drug.group("alone") and drug.group("d").split()[-1].lower() not in _NOT_GROUP | _STATS:
        return None if bare_at else drug.group("d")
    return None


class _Item:
    __slots__ = ("end", "endpoint", "group", "level", "param", "start", "statistic", "value")

    def __init__(
        self, start: int, end: int, value: float, statistic: str, endpoint: str, param: str, level: float | None
    ) -> None:
        self.start, self.end, self.value, self.statistic = start, end, value, statistic
        self.endpoint, self.param, self.level = endpoint, param, level
        self.group: str | None = None


def _level(text: str) -> float | None:
    m = re.search(r"\b(90|95)\s?%\s?(?:CI|confidence)", text)
    return float(m.group(1)) if m else None


def _with_interval(
    items: list[_Item], m: re.Match[str], base: int, endpoint: str, param: str, stat: str = "value"
) -> None:
    """The value ``v`` of a match and, when it has one, its interval ``lo``-``hi``, as items."""
    level = _level(m.group(0))
    items.append(_Item(base + m.start("v"), base + m.end("v"), float(m.group("v")), stat, endpoint, param, level))
    if "lo" in m.re.groupindex and m.group("lo") is not None:
        lo, hi = float(m.group("lo")), float(m.group("hi"))
        if lo <= hi:
            items.append(_Item(base + m.start("lo"), base + m.end("lo"), lo, "ci_low", endpoint, param, level))
            items.append(_Item(base + m.start("hi"), base + m.end("hi"), hi, "ci_high", endpoint, param, level))


# ---- the forms ------------------------------------------------------------------------------------------------

# "the Cmax ratio was 1.42 [1.21, 1.67]": a ratio named by its parameter
_NAMED_RATIO = re.compile(
    rf"(?P<p>{PARAM})\s(?:G?LSM\s|GMR\s|geometric\smean\s)?ratio\s(?:was|of|=|:)\s(?P<v>{_V})(?:{_BRACKET})?",
    re.IGNORECASE,
)
# "Digoxin AUC0-24h was slightly higher with X (LSM ratio 1.16 [0.94, 1.43])", "Cmax (GMR 0.92; 90% CI 0.85-1.01)"
_BRACKETED_RATIO = re.compile(
    rf"(?P<p>{PARAM})(?P<mid>(?:[^.;:()\[\]]|(?<=\d)\.(?=\d)){{0,90}}?)\s?\((?:the\s)?{_RATIO_WORD}(?:\s?\((?:90|95)%\s?CI\))?\s?[,:]?\s?"
    rf"(?P<v>{_V})\s?(?:[;,]\s?{_CI_HEAD}?|\s?(?=\[))\s?\[?{_PAIR}\]?\)",
    re.IGNORECASE,
)
# "... was 1.04 [0.93-1.17] for AUC0-inf and 0.88 [0.76-1.02] for Cmax": a ratio given for a parameter
_RATIO_FOR = re.compile(rf"(?P<v>{_V}){_BRACKET}\sfor\s(?:the\s)?(?P<p>{PARAM})", re.IGNORECASE)
# "The LSM ratio for AUClast was 0.95 (0.89, 1.02) and for Cmax 1.01 (0.94, 1.08)"
_FOR_RATIO = re.compile(
    rf"\bfor\s(?:the\s)?(?:[A-Za-z][\w-]*\s)?(?P<p>{PARAM})\s(?:was\s|were\s|of\s)?(?P<v>{_V})\s?%?{_BRACKET}",
    re.IGNORECASE,
)
# "The geometric mean ratio of the AUC0-t of intravenous midazolam on day 28 to that on day -1 was 1.09 (90% CI, ...)",
# "For AUC0-t, the ratio of geometric means (test/reference) was 104.3% (90% CI ...)"
_RATIO_OF = re.compile(
    rf"{_RATIO_WORD}\s(?:of|for)\s(?:the\s)?(?:[A-Za-z][\w-]*\s)?(?P<p>{PARAM})(?P<mid>[^.;:()]{{0,80}}?)\s(?:was|were)\s"
    rf"(?P<v>{_V})\s?%?{_BRACKET}",
    re.IGNORECASE,
)
_FRONT_FOR = re.compile(
    rf"^\s?For\s(?:the\s)?(?:[A-Za-z][\w-]*\s)?(?P<p>{PARAM}),\s(?:the\s)?{_RATIO_WORD}(?P<mid>[^.;:\d]{{0,40}}?)\s"
    rf"(?:was|were)\s(?P<v>{_V})\s?%?{_BRACKET}",
    re.IGNORECASE,
)
# a list of parameters, its copula, then as many values each with its interval
_LIST = re.compile(
    rf"(?P<ps>(?P<p1>{PARAM})(?:,\s(?:{PARAM}))*,?\sand\s(?:{PARAM}))(?P<mid>(?:[^.;:()\d]|\((?:90|95)%\s?CIs?\))"
    r"{0,80}?)\s(?:were|was)\s"
    rf"(?P<vs>{_V}{_ANY_BRACKET}(?:(?:,\sand\s|,\s|\sand\s){_V}{_ANY_BRACKET})+)",
    re.IGNORECASE,
)
_ONE = re.compile(rf"(?P<v>{_V}){_BRACKET}", re.IGNORECASE)
# "Relmitrazole AUC0-inf increased by 25% (90% CI of the LSM ratio: 1.14-1.37)", "Cmax was decreased by 38%"
_ONE_CHANGE = re.compile(
    rf"(?P<p>{PARAM})\s(?:(?:was|were)\s)?{_CHANGE}\s{_ABOUT}(?P<v>{_V})\s?%(?:{_BRACKET})?",
    re.IGNORECASE,
)
# "Cmax and AUC were increased by 12% and 19%, respectively", "... were decreased (21% and 34%, respectively)"
_FRONTED_ANALYTE = re.compile(r"^\s?For\s(?P<a>[A-Za-z0-9][\w-]*[a-z][\w-]*),\s")
_ADV = r"(?:(?:significantly|slightly|markedly|substantially|modestly|further)\s)?"
_LIST_CHANGE = re.compile(
    rf"(?P<ps>{PARAM}(?:,\s{PARAM})*,?\sand\s{PARAM})\s(?:(?:was|were)\s)?{_ADV}{_CHANGE}\s\(?{_ABOUT}"
    rf"(?P<vs>{_V}\s?(?:%|-fold)?(?:(?:,\sand\s|,\s|\sand\s){_V}\s?(?:%|-fold)?)+)",
    re.IGNORECASE,
)
# "Rifampin decreased kalupravir Cmax and AUC0-inf by 72% and 88%", "... increased X Cmax and AUC 1.8- and 2.9-fold"
_VERB_LIST_CHANGE = re.compile(
    rf"\b{_CHANGE}\s(?:the\s)?(?:[A-Za-z][\w-]*\s)?(?P<ps>{PARAM}(?:,\s{PARAM})*,?\sand\s{PARAM})\s{_ABOUT}"
    rf"(?P<vs>{_V}\s?(?:%|-?fold|-)?(?:(?:,\sand\s|,\s|\sand\s){_V}\s?(?:%|-fold))+)",
    re.IGNORECASE,
)
_CHANGE_VALUE = re.compile(rf"(?P<v>{_V})\s?(?:%|-?fold|-)?")
# "..., respectively, with a single X dose": the group a list of changes is said of, right after it
_CLAUSE_GROUP = re.compile(
    r"^\)?,?\s?(?:respectively\)?,?\s?)?\)?\s?(?P<g>(?:with|by|at|in\sthe\spresence\sof)\s[^,;()]{1,40})"
)
# "..., and by 79% and 83%, respectively, with steady-state X", ", and significantly decreased (54% and 57%,
# respectively) by steady-state X": the same parameters changed again, under another group
_MORE_CHANGE = re.compile(
    rf"^\)?,?\s?(?:respectively\)?,?\s)?[^,;()]{{0,45}}?,?\s(?:and|whereas|but)\s(?:{_ADV}{_CHANGE}\s)?\(?(?:by\s)?"
    rf"{_ABOUT}(?P<vs>{_V}\s?%(?:(?:,\sand\s|,\s|\sand\s){_V}\s?%)+)",
    re.IGNORECASE,
)
# "by a single dose of X", "with multiple doses of X"
_DOSES_OF = re.compile(
    r"^(?:with|by|after|following)\s(?:a\s)?(?P<q>single|multiple|repeated)\sdoses?\sof\s(?P<d>[A-Za-z][a-z]+(?:-[a-z]+)*)"
)


def _phrase_group(phrase: str) -> str | None:
    """The group a phrase right after a list of changes marks as one of several ("with a single X dose", "by
    steady-state X", "by a single dose of X"); a plain drug ("with X") marks none."""
    of = _DOSES_OF.match(phrase)
    if of:
        return f"{of.group('q')} {of.group('d')} dose" + ("s" if of.group("q") != "single" else "")
    m = _GROUP_AFTER.match(phrase)
    if not m or m.group("alone"):
        return None
    d = m.group("d")
    words = d.lower().split()
    if words[-1] in _NOT_GROUP or words[-1] in _STATS or _P.fullmatch(words[-1]):
        return None
    if m.group("single") and re.match(r"\s(?:dose|doses|dosing)\b", phrase[m.end() :]):
        return f"single {d} dose"
    return d if len(words) > 1 else None


# "(90% CIs 0.71, 0.95 and 0.62, 0.81)" after a list of changes: each change's interval in turn
_CIS = re.compile(
    rf"^[^.;()]{{0,60}}?\(\s?(?:90|95)\s?%\s?CIs?[,:]?\s?(?P<pairs>{_V}\s?(?:,|-|–)\s?{_V}(?:(?:,\sand\s|\sand\s|;\s)"
    rf"{_V}\s?(?:,|-|–)\s?{_V})+)\)",
    re.IGNORECASE,
)
# "the geometric mean t1/2 was 8.3 h", "with a mean terminal half-life of approximately 15 hours"
_SUMMARY = re.compile(
    rf"\b(?P<s>geometric\smean|mean|median)\s(?:\(SD\)\s)?(?:apparent\s)?(?:[a-z][\w-]*\s)?(?P<p>{PARAM})"
    rf"(?:\s(?:values?|of\s[A-Za-z][\w-]*))?\s(?:was|of|were)\s{_ABOUT}(?P<v>{_V})\s?(?:h|hours?|hrs?)\b",
)
# "and 9.8 h at 400 mg": a further value of the same summary with its own group
_SUMMARY_MORE = re.compile(
    r"^(?:\s?\(\d[^()]*\))?(?:[^;\d]{0,30}?\d+(?:\.\d+)?[- ]?(?:mg/kg|mg|µg|μg)\b)?"
    rf"(?P<c>,\sand\s|,\s|\sand\s|\sversus\s|\svs\.?\s)(?P<v>{_V})\s?(?:h|hours?|hrs?)\b"
)
# "Tmax was reached at a median of 2 h (range 1-4 h)", "Peak plasma concentrations were reached at a median of ..."
_TMAX = re.compile(
    rf"(?P<p>{PARAM}|\bpeak\s(?:plasma\s|serum\s)?concentrations?)\s(?:was|were)\s(?:reached|attained|observed)\s"
    rf"(?:at|after)\sa\smedian\s(?:of\s)?(?P<v>{_V})\s?(?:h|hours?|hrs?)\b"
    rf"(?:\s?\((?:range[,:]?\s)?(?P<lo>{_V})\s?(?:h|hours?)?\s?(?:[-–—]|to)\s?(?P<hi>{_HI})\s?(?:h|hours?)?\))?",
    re.IGNORECASE,
)


# "a median time to maximum concentration (Tmax) 1.0–1.5 h", "with a median Tmax 1.5–2.5": the range of a median
# across doses, its least and its greatest
_MEDIAN_RANGE = re.compile(
    rf"\bmedian\s(?:time\sto\smaximum\s(?:plasma\s)?concentration\s\((?P<tp>{PARAM})\)|(?P<p>{PARAM}))"
    rf"(?:\svalues?)?\s(?:(?:ranged|ranging)\sfrom\s|of\s)?(?P<lo>{_V})\s?(?:h\s?)?(?:[-–—]|to)\s?(?P<hi>{_HI})"
    r"(?!\s?(?:mg|µg|μg|%))"
)
# "the estimate of the slope (95% CI) for Cmax versus dose was 1.104 (1.043–1.164)": a power model's slope
_SLOPE = re.compile(
    rf"\bslope\s(?:\((?:90|95)\s?%\s?CI\)\s)?(?:for|of)\s(?:the\s)?(?P<p>{PARAM})\s(?:versus|vs\.?)\sdose\s"
    rf"(?:was|of|were|=)\s(?P<v>{_V}){_BRACKET}",
    re.IGNORECASE,
)
# "The median Tmax values were comparable for female participants (1.3h) and male participants (1.5h)": one
# summary, each value bracketed after the group it is of
_GROUPED_SUMMARY = re.compile(
    rf"\b(?P<s>geometric\smean|mean|median)\s(?P<p>{PARAM})(?:\s\(\w+\))?(?:\svalues?)?\s(?:was|were)\s"
    r"(?P<body>(?:(?!,\s(?:and|whereas|while|but)\s(?:the\s)?(?:geometric\s)?(?:mean|median)\b)[^;])*)"
)
_BRACKETED_GROUP = re.compile(
    rf"(?:^|\s)(?:for|in|and|than(?:\sfor)?|vs\.?|versus)\s(?P<g>[A-Za-z][\w-]*(?:\s[a-z][\w-]*){{0,3}})\s"
    rf"\((?P<v>{_V})\s?(?:h|hours?|hrs?)\)"
)
_CLAUSE_END = re.compile(r",\s(?:and|whereas|while|but)\s(?:the\s)?(?:geometric\s)?(?:mean|median)\b|;")
# "In the MAD, ...", "In part 2, ...": the part of the study a sentence is fronted by
_FRONTED_PART = re.compile(
    r"^\s?In\s(?:the\s(?P<g>[A-Za-z][\w-]*(?:\s[A-Za-z][\w-]*)?)|(?P<n>(?:[Pp]art|[Cc]ohort)\s\d+)),\s"
)
_NOT_PART = frozenset(["present", "current", "this", "same", "other", "overall", "whole", "entire", "meantime", "end"])


_FRONTED = re.compile(r"^\s?(?P<w>(?:In|After|Following|With|Among|During|On|Under|Before)\s[^,;()]{1,60}),\s")
_DISCOURSE = re.compile(
    r"In\s(?:addition|contrast|summary|general|particular|total|comparison|conclusion|short|brief|both\sstudies|"
    r"this\sstudy|the\spresence\sof\b)",
    re.IGNORECASE,
)


def fronted_part(sentence: str) -> str | None:
    """The part of the study ("MAD", "part 2") a sentence is fronted by, or ``None``."""
    m = _FRONTED_PART.match(sentence)
    if not m:
        return None
    name = m.group("g") or m.group("n")
    if name.split()[0].lower() in _NOT_PART or _P.search(name) or name.lower().endswith(("study", "studies")):
        return None
    return name


def _param_of(name: str) -> str:
    return _clean(name)


def _read(sentence: str, base: int, said: set[str]) -> list[_Item]:
    items: list[_Item] = []
    for m in _NAMED_RATIO.finditer(sentence):
        p = _P.match(sentence, m.start("p"))
        if p:
            _with_interval(items, m, base, _endpoint(sentence, p, True), _param_of(p.group(0)))
    for m in _BRACKETED_RATIO.finditer(sentence):
        mid = m.group("mid")
        if _P.search(mid) or re.search(r"\b(?:and|but|whereas|while|although|exposure|or)\b", mid, re.IGNORECASE):
            continue  # which parameter the bracket is of is not told
        p = _P.match(sentence, m.start("p"))
        if p:
            _with_interval(items, m, base, _endpoint(sentence, p, True), _param_of(p.group(0)))
    said_ratio = re.search(_RATIO_WORD, sentence, re.IGNORECASE)
    if said_ratio:
        for m in (*_RATIO_OF.finditer(sentence), *_FRONT_FOR.finditer(sentence)):
            p = _P.match(sentence, m.start("p"))
            if p and not _P.search(m.group("mid")) and not re.search(r"\band\b|,", m.group("mid")):
                _with_interval(items, m, base, _endpoint(sentence, p, True), _param_of(p.group(0)))
        for form in (_RATIO_FOR, _FOR_RATIO):
            for m in form.finditer(sentence, said_ratio.end()):
                p = _P.match(sentence, m.start("p"))
                if p:
                    _with_interval(items, m, base, _endpoint(sentence, p, True), _param_of(p.group(0)))
        for m in _LIST.finditer(sentence):
            params = list(_P.finditer(m.group("ps")))
            values = list(_ONE.finditer(m.group("vs")))
            if len(params) != len(values) or not said_ratio.start() < m.start("vs"):
                continue
            shared = _analyte(sentence, _P.match(sentence, m.start("ps")) or params[0])
            for p, v in zip(params, values, strict=True):
                name = " ".join(x for x in (shared, _clean(p.group(0)), "ratio") if x)
                _with_interval(items, v, base + m.start("vs"), name, _param_of(p.group(0)))
    for m in _ONE_CHANGE.finditer(sentence):
        p = _P.match(sentence, m.start("p"))
        before = sentence[max(0, m.start() - 6) : m.start()]
        if p and not re.search(r"\band\s$|,\s$", before):
            name = f"{_endpoint(sentence, p, False)} {_NOUN[m.group('verb').lower()]}"
            _with_interval(items, m, base, name, _param_of(p.group(0)))
    for form in (_LIST_CHANGE, _VERB_LIST_CHANGE):
        for m in form.finditer(sentence):
            params = list(_P.finditer(m.group("ps")))
            values = list(_CHANGE_VALUE.finditer(m.group("vs")))
            if len(params) != len(values):
                continue
            first = _P.match(sentence, m.start("ps"))
            shared = _analyte(sentence, first) if first else None
            if shared is None and (fronted := _FRONTED_ANALYTE.match(sentence)):
                shared = fronted.group("a")  # "For 5-OH-omeprazole, Cmax and AUC0-5h were increased ..."
            cis = _CIS.match(sentence[m.end() :])
            pairs = list(re.finditer(rf"({_V})\s?(?:,|-|–)\s?({_HI})", cis.group("pairs"))) if cis else []
            if len(pairs) != len(values):
                pairs = []
            level = _level(cis.group(0)) if cis else None
            told = _CLAUSE_GROUP.match(sentence[m.end() :])
            clause_group = _phrase_group(told.group("g")) if told else None
            first_item = len(items)
            for n, (p, v) in enumerate(zip(params, values, strict=True)):
                name = " ".join(x for x in (shared, _clean(p.group(0)), _NOUN[m.group("verb").lower()]) if x)
                at = base + m.start("vs") + v.start("v")
                items.append(_Item(at, at + len(v.group("v")), float(v.group("v")), "value", name, p.group(0), None))
                if pairs and cis:
                    where = base + m.end() + cis.start("pairs")
                    pair = pairs[n]
                    for k, stat in ((1, "ci_low"), (2, "ci_high")):
                        a = where + pair.start(k)
                        items.append(
                            _Item(a, a + len(pair.group(k)), float(pair.group(k)), stat, name, p.group(0), level)
                        )
            if clause_group:
                for item in items[first_item:]:
                    item.group = clause_group
            more = _MORE_CHANGE.match(sentence[m.end() :])
            again = list(_CHANGE_VALUE.finditer(more.group("vs"))) if more else []
            later = _CLAUSE_GROUP.match(sentence[m.end() + more.end() :]) if more else None
            later_group = _phrase_group(later.group("g")) if later else None
            if more and clause_group and later_group and len(again) == len(params):
                verb = (more.group("verb") or m.group("verb")).lower()
                for p, v in zip(params, again, strict=True):
                    name = " ".join(x for x in (shared, _clean(p.group(0)), _NOUN[verb]) if x)
                    at = base + m.end() + more.start("vs") + v.start("v")
                    item = _Item(at, at + len(v.group("v")), float(v.group("v")), "value", name, p.group(0), None)
                    item.group = later_group
                    items.append(item)
    for m in _SUMMARY.finditer(sentence):
        p = _P.match(sentence, m.start("p"))
        if not p:
            continue
        stat = {"geometric mean": "geometric_mean", "mean": "mean", "median": "median"}[m.group("s").lower()]
        name = _endpoint(sentence, p, False)
        _with_interval(items, m, base, name, _param_of(p.group(0)), stat)
        rest, offset = sentence[m.end() :], m.end()
        first_group = _own_group(rest)
        if first_group:
            items[-1].group = first_group
        while more := _SUMMARY_MORE.match(rest):
            group = _own_group(rest[more.end() :])
            at = base + offset + more.start("v")
            item = _Item(at, at + len(more.group("v")), float(more.group("v")), stat, name, p.group(0), None)
            item.group = group
            others = said - {"alone"}
            if first_group is None and group == "alone" and "vs" in more.group("c") + "vs" and len(others) == 1:
                first_group = items[-1].group = next(iter(others))  # "4.0 h versus 2.0 h alone": X's, then alone
            if group is None or first_group is None:
                items = [i for i in items if i.endpoint != name or i.start < base + m.start()]
                break  # several values of one summary, one of them of no group said
            items.append(item)
            rest, offset = rest[more.end() :], offset + more.end()
    for m in _TMAX.finditer(sentence):
        p = _P.match(sentence, m.start("p"))
        name = _clean(p.group(0)) if p else "Tmax"
        at = base + m.start("v")
        items.append(_Item(at, at + len(m.group("v")), float(m.group("v")), "median", name, "Tmax", None))
        if m.group("lo") is not None and float(m.group("lo")) <= float(m.group("hi")):
            lo, hi = base + m.start("lo"), base + m.start("hi")
            items.append(_Item(lo, lo + len(m.group("lo")), float(m.group("lo")), "min", name, "Tmax", None))
            items.append(_Item(hi, hi + len(m.group("hi")), float(m.group("hi")), "max", name, "Tmax", None))
    for m in _MEDIAN_RANGE.finditer(sentence):
        p = _P.match(sentence, m.start("tp") if m.group("tp") else m.start("p"))
        if p and float(m.group("lo")) < float(m.group("hi")):
            name = f"median {_clean(p.group(0))}"
            for bound, stat in (("lo", "min"), ("hi", "max")):
                at = base + m.start(bound)
                items.append(
                    _Item(at, at + len(m.group(bound)), float(m.group(bound)), stat, name, _clean(p.group(0)), None)
                )
    for m in _SLOPE.finditer(sentence):
        p = _P.match(sentence, m.start("p"))
        if p:
            _with_interval(items, m, base, f"slope for {_clean(p.group(0))} versus dose", "slope")
    for m in _GROUPED_SUMMARY.finditer(sentence):
        p = _P.match(sentence, m.start("p"))
        body = m.group("body")
        end = _CLAUSE_END.search(body)
        body = body[: end.start()] if end else body
        found = list(_BRACKETED_GROUP.finditer(body))
        if not p or len(found) < 2 or len(found) != len(re.findall(r"\(\s?\d", body)):
            continue  # every bracketed value of the clause after the group it is of, or none read
        stat = {"geometric mean": "geometric_mean", "mean": "mean", "median": "median"}[m.group("s").lower()]
        name = f"{m.group('s').lower()} {_clean(p.group(0))}"
        for g in found:
            at = base + m.start("body") + g.start("v")
            item = _Item(at, at + len(g.group("v")), float(g.group("v")), stat, name, _clean(p.group(0)), None)
            item.group = g.group("g")
            items.append(item)
    return _first_each(items)


def _first_each(items: list[_Item]) -> list[_Item]:
    """One item per number (the first form that read it)."""
    seen: set[tuple[int, float, str]] = set()
    out = []
    for item in items:
        key = (item.start, item.value, item.statistic)
        if key not in seen:
            seen.add(key)
            out.append(item)
    return out


def _box(text: Text, start: int, end: int) -> tuple[float, float, float, float] | None:
    idx = {text.owner[i] for i in range(start, min(end, len(text.owner))) if text.owner[i] >= 0}
    if not idx:
        return None
    boxes = [text.words[i].page_bbox for i in idx]
    return (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes))


def _place(text: Text, record: Record) -> int | None:
    if not record.context:
        return None
    at = text.text.find(record.context)
    inner = record.context.find(record.raw) if at >= 0 else -1
    return at + inner if inner >= 0 else None


def pk_sentences(text: Text) -> list[tuple[int, str]]:
    """Each sentence of the text that names a PK parameter: its start and its text."""
    out: list[tuple[int, str]] = []
    at = 0
    while at < len(text.text):
        start, sentence = sentence_of(text.text, at, at)
        end = start + len(sentence)
        if end <= at:
            end = at + 1
        if _P.search(sentence) or re.search(r"\bpeak\s(?:plasma\s|serum\s)?concentrations?\b", sentence, re.I):
            out.append((start, sentence))
        at = end + 1
    return out


_COMPARISONS = ("value", "ci_low", "ci_high")  # a ratio, a change and their interval
_SUMMARIES = ("mean", "median", "geometric_mean", "sd", "min", "max", "cv_percent")
_COMPARED = re.compile(r"ratio|\bGMR|change|increase|decrease|reduction|difference", re.IGNORECASE)


def with_pk_forms(records: list[Record], text: Text, page: int, reasons: dict[int, str]) -> list[Record]:
    """``records`` (a page's statements), with the values of the PK sentence forms this module reads (see its
    docstring) read anew: a record of the same number in the same sentence is replaced by the form's.

    Groups: a ratio or a change compares a treatment with its reference, and is of the comparison (no group), unless
    its sentence marks which of several it is (a drug at steady state or as a single dose, a dose, a day, the fed
    state); in a paper that marks two or more drug conditions, a ratio or change whose sentence marks none is not
    read. A summary (mean, median, range) is of the one group its sentence names, or of the group said right after
    it; an earlier summary of a PK parameter with no group, in a sentence naming several, is withheld with a reason
    (``reasons``, by ``id``)."""
    out = list(records)
    places = {id(r): _place(text, r) for r in records}
    several = len(marked_drugs(text.text)) >= 2
    for start, sentence in pk_sentences(text):
        end = start + len(sentence)
        analytes = {a for p in _P.finditer(sentence) if (a := _analyte(sentence, p))}
        plain, marked = groups_said(sentence, analytes)
        every = plain | marked
        items = _read(sentence, start, every)
        part = fronted_part(sentence)
        # "After the high-fat meal, ...", "In subjects with severe renal impairment, ...": a fronted phrase no rule
        # reads as a group may be the group; a value the sentence gives no group is then not read
        fronted = _FRONTED.match(sentence)
        unsaid = (
            fronted is not None
            and not part
            and not dosing_front(sentence)
            and not _DISCOURSE.match(fronted.group("w"))
            and not any(groups_said(fronted.group("w"), analytes))
        )
        new: list[Record] = []
        for item in items:
            if item.statistic in _COMPARISONS:
                which = marked - {"alone"}
                g = item.group or (next(iter(which)) if len(which) == 1 else part)
                if g is None and (len(which) > 1 or several or unsaid):
                    continue  # which of several treatments, doses or days the comparison is of is not told
            else:
                g = item.group or (next(iter(every)) if len(every) == 1 else None if every else part)
                if g is None and (len(every) > 1 or unsaid):
                    continue  # which of the groups the sentence names this value is of is not told
            box = _box(text, item.start, max(item.end, item.start + 1))
            if box is None:
                continue
            record = Record(
                section="pk",
                table="text",
                row=[item.endpoint],
                arm=g,
                parameter=item.param,
                statistic=item.statistic,
                value=item.value,
                ci_level=item.level,
                raw=text.text[item.start : max(item.end, item.start + 1)],
                page=page,
                bbox=box,
                context=sentence,
            )
            record._binding = (HOW, "PK sentence's group" if g else "none")
            new.append(record)
        # a record of the same number the general rules read with its group, or under a label naming a parameter,
        # stands, and takes the group the form's sentence marks; a change they read as a share ("decreased by 38%
        # (90% CI, 0.55-0.70)" as a percentage of people) is the form's
        standing: dict[float | None, Record] = {}
        for r in out:
            at = places.get(id(r))
            if at is not None and start <= at < end and r.row and (r.arm is not None or _P.search(r.row[-1])):
                standing.setdefault(r.value, r)
        changed = {m.value for m in new if m.statistic == "value"}
        standing = {
            v: r for v, r in standing.items() if not (r.arm is None and r.statistic == "percent" and v in changed)
        }
        kept_new = []
        compared: set[int] = set()  # the standing records the forms read as a ratio or a change
        for mine in new:
            old = standing.get(mine.value)
            if old is not None and old.arm is not None and mine.arm is not None and old.statistic != mine.statistic:
                # both grouped, read as two statistics ("a median Tmax 1.5–2.5": a range, not a median of 1.5): the
                # form's reading of the sentence is read
                del standing[mine.value]
                old = None
            if old is None:
                kept_new.append(mine)
                continue
            if mine.statistic in _COMPARISONS:
                compared.add(id(old))
            if old.arm is None and mine.arm is not None and mine.statistic == old.statistic:
                old.arm = mine.arm
                old._binding = ((old.binding or ("", ""))[0], "PK sentence's group")
        new = kept_new
        values = {r.value for r in new}
        names = [(start + p.start(), start + p.end()) for p in _P.finditer(sentence)]
        keep = []
        for r in out:
            at = places.get(id(r))
            if at is None or not start <= at < end:
                keep.append(r)
                continue
            if r.value in values and r.value not in standing:
                continue  # the form's record of this number replaces it
            if any(a <= at < b for a, b in names):
                continue  # "AUC0-24 of 1.42": a digit of a parameter's name, no value
            label = r.row[-1] if r.row else ""
            measure = r.statistic in _SUMMARIES or (r.statistic == "value" and not _COMPARED.search(label))
            summary = bool(_P.search(label)) and measure and r.arm is None and id(r) not in compared
            if summary and len(every) > 1:
                own = _own_group(text.text[at + len(r.raw) :])
                if own is not None and (own in every or own == "alone"):
                    r.arm = own
                    r._binding = ((r.binding or ("", ""))[0], "PK value's own group")
                else:
                    r.row = []
                    reasons[id(r)] = UNTOLD_GROUP
            elif summary and len(every) == 1:
                r.arm = next(iter(every))
                r._binding = ((r.binding or ("", ""))[0], "PK sentence's group")
            elif (
                r.arm is None
                and r.statistic in _COMPARISONS
                and _COMPARED.search(label)
                and len(marked - {"alone"}) == 1
            ):
                r.arm = next(iter(marked - {"alone"}))  # "the ratio ... on day 14 to those on day -1": day 14's
                r._binding = ((r.binding or ("", ""))[0], "PK sentence's marked group")
            keep.append(r)
        out = keep + new
    return out
