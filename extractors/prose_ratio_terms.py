"""Ratio statements of outcome trials whose outcome or population the general rules misread: ratios set one
after another, each bracketed after its own outcome ("cardiovascular death (HR 0.87; ...), non-fatal myocardial
infarction (HR 0.81; ...) and non-fatal stroke (HR 0.90; ...)"); a subject that names no outcome ("The effect was
attenuated (odds ratio, ...)", "The benefit of A was similar ..."); a relative change said with "by" ("reduced
the risk of X by 22%"); and results of a subgroup the sentence opens with ("Among women, the hazard ratio ...")."""

from __future__ import annotations

import re

# a bracket that opens with a ratio's name
RATIO_BRACKET = re.compile(
    r"[(\[]\s?(?:(?:adjusted|unadjusted|estimated|common)\s)?(?:HR|OR|RR|IRR|hazard\sratio|odds\sratio|"
    r"r(?:isk|ate)\sratio|incidence\srate\sratio|relative\srisk)\b",
    re.IGNORECASE,
)
# the term right before a ratio's bracket, after what sets it in a list (the sentence's start, a comma, "and",
# "were", "in")
_LIST_CONNECTOR = re.compile(r"(?:^|[,;:]\s|\b(?:and|or|were|was|in|included|including|are)\s)")
_LISTED_TERM = re.compile(r"^(?:(?:and|or|in|the|a|an)\s)*(?P<t>[A-Za-z][A-Za-z -]{2,60}?)\s?$")
# a term that is a population, an arm or a factor, not an outcome
_NOT_OUTCOME_TERM = re.compile(
    r"\b(?:patients?|participants?|subjects?|those|group|groups|arm|cohort|with|without|aged|older|younger|"
    r"women|men|placebo|population|analysis|set)\b",
    re.IGNORECASE,
)
# a sentence that relates factors to an outcome (their ratios are the factors', no outcome's)
_ASSOCIATION = re.compile(
    r"\b(?:associated|association|predict(?:ed|or|ors|ive)|risk\sfactors?|independent(?:ly)?|multivariable|"
    r"univariable|covariates?)\b",
    re.IGNORECASE,
)


def listed_ratio_term(sentence: str, focus: int, arms: frozenset[str]) -> str | None:
    """The outcome of a ratio that is one of two or more ratio brackets in its sentence, each right after its own
    term ("The components were cardiovascular death (HR 0.87; ...), myocardial infarction (HR 0.81; ...) and
    stroke (HR 0.90; ...)", "Reductions were seen in cardiovascular death (hazard ratio, ...) and in
    hospitalization for heart failure (hazard ratio, ...)"); ``None`` when it is not so set, or its term is a
    population, an arm or a factor."""
    brackets = list(RATIO_BRACKET.finditer(sentence))
    if len(brackets) < 2 or _ASSOCIATION.search(sentence):
        return None
    bracket = next((b for b in brackets if b.start() < focus and ")" not in sentence[b.start() : focus]), None)
    if bracket is None:
        return None
    before = sentence[: bracket.start()]
    # the text back to the previous bracket's close, so that a list item's term never runs into the item before
    cut = max(before.rfind(")"), before.rfind("]"))
    item = before[cut + 1 :] if cut >= 0 else before
    item = item.strip() if cut >= 0 else item.rstrip()
    connectors = list(_LIST_CONNECTOR.finditer(item))
    m = _LISTED_TERM.match(item[connectors[-1].end() :]) if connectors else None
    if m is None:
        return None
    term = m.group("t").strip()
    words = {w.lower() for w in re.findall(r"[A-Za-z][\w-]*", term)}
    if _NOT_OUTCOME_TERM.search(term) or words & arms or not_an_outcome(term):
        return None
    return term


# a subject that names no outcome: the effect, the benefit, the results, a reduction, a difference
_NO_OUTCOME = re.compile(
    r"(?:the\s)?(?:(?:treatment|overall|observed|relative|absolute|this|these|similar)\s)?(?:effects?|benefits?|"
    r"results?|findings?|reductions?|increases?|differences?|associations?|estimates?|analys[ie]s|trends?|"
    r"magnitude|direction)(?:\s(?:of|with)\s[^,;()]{1,40})?",
    re.IGNORECASE,
)


def not_an_outcome(term: str) -> bool:
    """Is ``term`` a word for an effect or a result ("The effect", "the benefit of tenecteplase"), no outcome?"""
    return bool(_NO_OUTCOME.fullmatch(term.strip()))


# "reduced the risk of X by 22%", "The primary outcome was reduced by 14%": a change relative to the other group
_CHANGED_BY = re.compile(
    r"\b(?:reduced|lowered|decreased|increased|raised|cut|reduces|lowers|reducing|lowering|reduction|increase)\b"
    r"[^;()]{0,100}?\bby\s(?:an?\s)?(?:(?:estimated|relative|absolute)\s)?$",
    re.IGNORECASE,
)
_RISK_WORD = re.compile(
    r"\b(?:risk|odds|hazard|incidence|rates?|outcomes?|end\s?points?|events?|deaths?|mortality|"
    r"hospitali[sz]ations?|admissions?|infections?)\b",
    re.IGNORECASE,
)


# "a relative reduction in mortality from lung cancer with low-dose CT screening of 20.0%": the relative change named
# before "of", not a share of patients
_RELATIVE_OF = re.compile(
    r"\brelative\s(?:risk\s)?(?:reduction|increase|decrease)\s(?:in|of)\s[^;()]{0,100}?\sof\s(?:an?\s)?$", re.I
)


def relative_of(before: str) -> bool:
    """Is the number a relative change named before "of" ("a relative reduction in X ... of 20.0%")?"""
    return bool(_RELATIVE_OF.search(before))


def relative_change_by(before: str) -> bool:
    """Is a percentage said as how much a risk, an incidence or an outcome event was changed ("by 22%", "a relative
    reduction in X of 20%") -- a relative change, not a share of patients? (``before``: its sentence up to the
    number.)"""
    if _RELATIVE_OF.search(before):
        return True
    m = _CHANGED_BY.search(before)
    return m is not None and bool(_RISK_WORD.search(before[max(0, m.start() - 80) :]))


# "Among women, ...", "In the subgroup of patients aged 75 years or older, ...", "Among patients with diabetes,
# ...": the results of a subset of the trial's patients the sentence opens with (not an arm: no group word)
_SUBGROUP_OPENING = re.compile(
    r"^(?:among|in|for)\s(?:the\s)?(?P<p>(?:subgroups?|subsets?)\b[^,;]{0,100}|(?:women|men|(?:female|male)\s"
    r"(?:patients|participants))\b[^,;]{0,40}|(?:patients|participants|persons|children|adults|those)\s"
    r"(?:with|without|aged|who\s(?:had|were)|older|younger|(?:\d+\s)?years)\b[^,;]{1,80}),\s",
    re.IGNORECASE,
)


# what tells a subset from a restatement of the trial's whole population ("Among patients with atrial fibrillation,
# ..." may be every patient of an AF trial): the word, a cut-off, or the complement set beside it
_SUBSET_SAID = re.compile(r"^(?:subgroups?|subsets?)\b|\d|\b(?:older|younger|below|above|under|over)\b", re.I)
_COMPLEMENT = re.compile(
    r"[,;]\s(?:and\s|whereas\s|while\s|but\s)?(?:among|in|for)\s(?:(?:those|patients|participants)\s(?:without|not)\b|"
    r"(?:men|women)\b)",
    re.IGNORECASE,
)


def subgroup_opening(sentence: str) -> str | None:
    """The subgroup a sentence opens with, when it says it is one (the word, a cut-off, or the complement set
    beside it: "Among women, ...; among men, ..."), or ``None`` (a phrase that names a group or an arm is no
    subgroup, and a population said alone may be the trial's whole)."""
    m = _SUBGROUP_OPENING.match(sentence)
    if m is None or re.search(r"\b(?:group|arm|cohort)s?\b", m.group("p"), re.IGNORECASE):
        return None
    if not (_SUBSET_SAID.search(m.group("p")) or _COMPLEMENT.search(sentence[m.end() :])):
        return None
    return m.group("p")


# "Treatment failure was less common with A than with B (odds ratio, ...)", "Cardiovascular death was lower with
# the drug (hazard ratio, ...)", "All-cause mortality was 11.3% in the A group versus 12.9% in the B group (odds
# ratio ...)", "X occurred less frequently in the A group (hazard ratio ...)": the subject of a clause whose
# predicate compares (or gives the values compared) is what the one ratio after it is of
_COMPARED_SUBJECT = re.compile(
    r"^(?P<what>[A-Za-z][^,;()\d]{2,80}?(?:\sat\s\d+\s(?:days?|weeks?|months?|years?))?)\s(?:"
    r"(?:was|were)\s(?:(?:significantly|numerically|slightly|substantially|markedly|also|nominally|much)\s)*"
    r"(?:lower|higher|less\s(?:common|frequent|likely)|more\s(?:common|frequent|likely)|reduced|increased|"
    r"decreased|lowered|raised|greater|rarer|\d+)"
    r"|(?:occurred|developed)\s(?:significantly\s)?(?:less|more)\s(?:often|frequently|commonly))\b",
)
_RATIO_WORD = re.compile(
    r"\b(?:HR|OR|RR|IRR|hazard\sratio|odds\sratio|r(?:isk|ate)\sratio|relative\srisk)\b", re.IGNORECASE
)


def compared_subject(sentence: str, focus: int, arms: frozenset[str]) -> str | None:
    """The outcome a comparison's clause is about, for the one ratio bracketed after it; ``None`` when the sentence
    holds more than one ratio, relates factors, or its subject is a population, an arm, an effect or a pronoun."""
    if len(_RATIO_WORD.findall(sentence)) != 1 or _ASSOCIATION.search(sentence):
        return None
    opened = max(sentence.rfind("(", 0, focus), sentence.rfind("[", 0, focus))
    if opened < 0:
        return None
    before = sentence[:opened]
    # the clause the bracket closes: after a "; " or a subordinate clause the sentence opens with
    start = before.rfind("; ") + 2 if "; " in before else 0
    clause = before[start:]
    lead = re.match(r"(?:although|though|while|whereas|because|as|after|when)\s[^,]{3,120},\s", clause, re.I)
    clause = clause[lead.end() :] if lead else clause
    m = _COMPARED_SUBJECT.match(clause)
    if m is None or re.search(
        r",?\s(?:whereas|while|but|although|and)\s[^,]*\b(?:was|were|did|had)\b", clause[m.end() :]
    ):
        return None  # "X was less frequent with A, whereas Y was not (hazard ratio, ...)": the bracket is Y's
    what = re.sub(r"^(?:the|a|an)\s", "", m.group("what").strip(), flags=re.I)
    what = re.sub(r"\sat\s\d+\s(?:days?|weeks?|months?|years?)$", "", what)
    words = {w.lower() for w in re.findall(r"[A-Za-z][\w-]*", what)}
    if (
        not what
        or re.fullmatch(r"(?:this|it|that|these|those|they|which|there|such|none|all|both)", what, re.I)
        or _NOT_OUTCOME_TERM.search(what)
        or not_an_outcome(what)
        or words & arms
        or re.fullmatch(
            r"(?:(?:adjusted|estimated)\s)?(?:hazard|odds|rate|risk)\sratios?|(?:relative\s)?risk", what, re.I
        )
    ):
        return None
    return what


_QUANTITY_OF = (
    r"(?:(?:risk|rates?|incidence|odds|number|frequency|probability|likelihood|occurrence)\sof\s(?:an?\s|the\s)?)?"
)
_OBJECT_END = (
    r"(?=\s(?:than|compared|versus|vs\.?|as\scompared|relative|at|within|over|during|by|among|in)\b|"
    r"\s(?:and|or|but)\s(?:[a-z]+ed|had|was|were)\b|\s?[(\[,;]|$)"
)
# "Patients assigned to A had fewer heart-failure events than those assigned to B (hazard ratio, ...)", "had a higher
# odds of a favourable outcome at 3 months (adjusted OR ...)": the object a comparison says the patients had
_HAD_COMPARED = re.compile(
    r"\b(?:had|experienced|showed)\s(?:an?\s)?(?:(?:significantly|substantially|numerically)\s)?(?:fewer|more|lower|"
    rf"higher|greater|reduced|increased|smaller|larger)\s{_QUANTITY_OF}(?P<what>[A-Za-z][^,;()]{{2,80}}?){_OBJECT_END}",
    re.IGNORECASE,
)
# "The vaccine reduced the incidence of hospitalization for RSV disease (rate ratio, ...)", "the intervention
# reduced readmission for heart failure at 12 months (adjusted HR ...)": the object of a verb that changes it
_CHANGED_OBJECT = re.compile(
    r"\b(?:reduced|lowered|decreased|increased|raised|prevented)\s(?:(?:significantly|substantially)\s)?(?:the\s)?"
    rf"{_QUANTITY_OF}(?P<what>[A-Za-z][^,;()]{{2,80}}?){_OBJECT_END}",
    re.IGNORECASE,
)


def compared_object(sentence: str, focus: int, arms: frozenset[str]) -> str | None:
    """The outcome a comparison's object names ("had fewer X than ...", "reduced the incidence of X"), for the one
    ratio bracketed after it in the same clause; ``None`` otherwise."""
    if len(_RATIO_WORD.findall(sentence)) != 1 or _ASSOCIATION.search(sentence):
        return None
    opened = max(sentence.rfind("(", 0, focus), sentence.rfind("[", 0, focus))
    if opened < 0:
        return None
    before = sentence[:opened]
    clause = before[before.rfind("; ") + 2 :] if "; " in before else before
    found = [m for pattern in (_HAD_COMPARED, _CHANGED_OBJECT) for m in pattern.finditer(clause)]
    if len(found) != 1 or re.search(r"\b(?:was|were|had|did)\b", clause[found[0].end() :]):
        return None  # none, or two comparisons; or a clause with a verb of its own after the object
    what = found[0].group("what").strip()
    words = {w.lower() for w in re.findall(r"[A-Za-z][\w-]*", what)}
    if _NOT_OUTCOME_TERM.search(what) or not_an_outcome(what) or words & arms or re.search(r"\d", what):
        return None
    return what


# "Mortality did not differ significantly between the groups (P=0.38)", "Stroke rates were similar in the two groups
# (P=0.52)": the subject of a clause that says the groups did not differ, for the one P value bracketed after it
_SIMILAR_SUBJECT = re.compile(
    r"^(?P<what>[A-Za-z][^,;()\d]{2,80}?)\s(?:did\snot\s(?:differ|vary)|differed|(?:was|were)\s(?:(?:also|not|"
    r"statistically|significantly)\s)*(?:similar|comparable|different))\b",
    re.IGNORECASE,
)
_P_VALUE = re.compile(r"\bP\s?(?:value\s)?[=<>≤≥]", re.IGNORECASE)


def similar_subject(sentence: str, focus: int, arms: frozenset[str]) -> str | None:
    """The outcome a clause says did (not) differ between the groups, for the one P value bracketed after it."""
    if len(_P_VALUE.findall(sentence)) != 1 or _RATIO_WORD.search(sentence) or _ASSOCIATION.search(sentence):
        return None
    opened = max(sentence.rfind("(", 0, focus), sentence.rfind("[", 0, focus))
    if opened < 0:
        return None
    inside = sentence[opened + 1 : focus]
    if re.search(r"\d", inside):
        return None  # "(9.4% vs. 3.1%; P=...)": a bracket of values, read by the rules for them
    clause = sentence[:opened]
    if "; " in clause or re.search(r"\d", clause):
        return None
    m = _SIMILAR_SUBJECT.match(clause)
    if m is None or re.search(r"\brespectively\b", sentence):
        return None
    if re.match(r"(?:\s\w+ly)*\s(?:by|according\sto|across|with)\b", clause[m.end() :]):
        return None  # "did not differ by performance score": a factor, not the groups
    what = re.sub(r"^(?:the|a|an)\s", "", m.group("what").strip(), flags=re.I)
    if re.search(r"\s(?:and|or)\s", what):
        return None  # "OS and PFS did not differ": two outcomes, one P value
    words = {w.lower() for w in re.findall(r"[A-Za-z][\w-]*", what)}
    if (
        re.fullmatch(r"(?:this|it|that|these|those|they|which|there|such|none|all|both)", what, re.I)
        or _NOT_OUTCOME_TERM.search(what)
        or not_an_outcome(what)
        or words & arms
    ):
        return None
    return what
