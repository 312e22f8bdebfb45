"""What a prose number is about: its endpoint (the row it would have in a table).

Rules, each about how sentences report results, not about one paper; nearest statement first: an AE term or
landmark label already read; a PK parameter; an efficacy endpoint named in the same clause (ORR, DCR, PFS, OS,
DoR, CR/PR/SD...); the outcome a hazard ratio is "for"; a term right before the number's bracket ("neutropenia
(21.0%)", "diarrhea (n = 3)"); what patients "had"/"experienced"/"achieved" ("37 patients had a dose delay");
the verb of a count of patients ("119 patients were enrolled", "62 were evaluable", "155 patients (A [n=32],
...) were randomized"); the predicate of a share ("71% were men"); the subject of the result ("X occurred in",
"Sinus rhythm was restored in", "The primary end point, a composite of ..., occurred in", "The relative
bioavailability was 84.4%", "ages ranged from"), never a pronoun or a negation; a "respectively" list of
endpoints; the size of a group ("(n = 107)", "Among 87 patients"). A count of patients with a share and
nothing else ("279 patients (64%)") has no endpoint that can be told, nor has anything else. Endpoints are
tidied of words that only say a thing was counted ("the number of", "documented")."""

from __future__ import annotations

import re

from extractors.prose_ae import value_bracket
from extractors.prose_clause_heads import sizes_its_head
from extractors.prose_comparison_doubts import reduction_of
from extractors.prose_continuous import counted_noun, duration_of_event, measure_before_bracket
from extractors.prose_label_tails import with_complement
from extractors.prose_later_subjects import later_subject
from extractors.prose_pairs import PAIRED_HOW, paired_endpoint
from extractors.prose_phase3_forms import UNDERWENT_AFTER, colon_breakdown_term, own_term
from extractors.prose_qualifiers import (
    BRACKET_CUT,
    PART_OF_AFTER,
    THAN_BRACKET,
    WHO_RECEIVED,
    cut_in_bracket,
    fronted_time,
    graded_part,
    qualified,
    share_of_share,
    than_bracket,
    trailing_time,
    who_received,
)
from extractors.prose_ratio_terms import (
    compared_object,
    compared_subject,
    listed_ratio_term,
    not_an_outcome,
    similar_subject,
)
from extractors.prose_respectively import respectively_item
from extractors.prose_subjects import THRESHOLD_OBJECT, counted_people, past_subject, subject_predicate
from extractors.prose_terms import (
    STOP_TERMS,
    a_label,
    bare,
    clause_around,
    efficacy_endpoint,
    efficacy_terms,
    last_match,
    negated,
    reach,
    tidy,
)
from extractors.prose_text import opening_bracket

_COUNT_VERBS = re.compile(
    r"^\s*(?:patients?\s|participants?\s|subjects?\s)?(?:were|was|had been)\s(?:randomly\s)?"
    r"(?P<v>assigned|randomi[sz]ed|enrolled|excluded|included|treated|screened|analy[sz]ed|evaluable|eligible|"
    r"not evaluable|not available|discontinued|withdr[ae]wn?|dosed)",
    re.IGNORECASE,
)
# a count's own verb right after it, before a coordinated "and were enrolled" ("46 met all eligibility criteria")
_OWN_VERB_FIRST = re.compile(r"^\s*(?:met|underwent|had|received|achieved|experienced|developed|required|completed)\s")
# "four of whom achieved a complete response": a counted part of the people before, with its own verb of what it had
# (not "had": "22 of whom had ≤2 regimens" is a history of a part, not an outcome)
_PART_HAD = re.compile(r"^\s?of\s(?:whom|which)\s(?:achieved|experienced|developed|attained)\s")
_HAD = re.compile(
    r"^\s*(?:of\s\d+\s)?(?:(?!(?:never|not|neither|nor)\b)[A-Za-z-]+\s){0,4}?(?:had|experienced|achieved|developed|reported|showed|received|"
    r"required|demonstrated|attained|discontinued|underwent(?!\s(?:randomi[sz]ation|screening)\b))\b\s?(?:(?<=had\s)(?:received|experienced|developed|achieved)\s)?"
    r"(?:an?\s|the\s|at least one\s|one or more\s|any\s)?"
    r"(?P<what>[A-Za-z≥≤][A-Za-z ≥≤0-9/-]{1,60}?)"  # "a grade 3 or 4 TEAE": a grade range is one term
    # "a best response of PR or CR": the two response categories are one term
    r"(?=[,.;()]|(?<!rade\s\d)(?<!\bPR)(?<!\bCR)\s(?:and|or)\b|\s(?:while|whereas|with|in|during|after|at)\b|$)",
    re.IGNORECASE,
)
# "an ORR of 50%", "a PSA50 of 42.3%": an endpoint with the number it is "of" right after it (a total, a dose, a
# median or a change is no endpoint: "a total of 48 patients", "a dose of 5 mg", "a reduction of 12%")
_NAMED_OF = re.compile(
    r"\b(?:an?|the|its|their)\s(?P<what>(?:[A-Za-z][A-Za-z0-9-]*\s){0,3}[A-Za-z][A-Za-z0-9-]*)\sof\s$"
)
_TERM_BEFORE = re.compile(
    r"(?:[,;:]|\bincluding|\bincluded|\bwere|\bwas|\band|\bor|\bof|\bdue to|\bwith|\bfor)\s+"
    r"(?P<term>[A-Za-zα-ω](?:[A-Za-z0-9 ≥α-ω/'’-]|(?<=[a-z])–(?=[A-Za-z])){2,50}?)\s*(?:\[[A-Z]+\])?\s*[(\[]\s*$",
    re.IGNORECASE,
)


_EVENT_NOUN = re.compile(
    r"^\s*(?P<what>(?:[A-Za-z≥-]+\s){0,3}?(?:(?:serious |treatment.related |treatment.emergent )?adverse events?|"
    r"toxicit(?:y|ies)|dose.limiting toxicit(?:y|ies)|SAEs?|TEAEs?|TRAEs?|DLTs?|responses?|deaths?|PRs?|CRs?|"
    r"stable diseases?|women|men|males|females)(?!\s(?:patients|participants|subjects)))\b",
    re.IGNORECASE,
)
_COUNT_WORD = r"^(?:only\s)?(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+)\s"
# the values of a clause whose verb is left out: "(23%) a partial metabolic response" after "N (x%) achieved ... and "
_GAPPED_OBJECT = re.compile(r"^[\s%)\]]*(?:\([^()]*\)\s?)?(?P<rest>an?\s[A-Za-z][^,;:()]*?[.;]?)$")
_GAPPED_AFTER = re.compile(
    r"^\d+\s(?:[a-z-]+\s){0,2}?\(\d+(?:\.\d+)?%\)\s(?:had|achieved|experienced|developed|attained)\s[^;:]*"
    r"\sand\s$"
)
# an abstract's median named by an "m" before an endpoint's abbreviation: "mPFS", "mOS", "mDOR"
_MEDIAN_ABBREVIATION = re.compile(r"(?-i:\bm(?:PFS|OS|DOR|DoR|TTP|TTR|EFS|DFS|RFS)\b)")
_SUMMARY_OF = re.compile(
    r"\b(?:median|mean|geometric mean)\s(?:\((?:\s?±\s?S[DE]|range|IQR|interquartile range)\s?\)\s)?"
    r"(?P<what>(?:number of |duration of |length of |change in |reduction in )?[A-Za-z][A-Za-z0-9 /-]{1,60}?)\s"
    r"(?:was|were|is|of|:|=|,|did|had|among|"
    r"in the|between|\(|$|has\s(?:remained|been)|remained|"
    r"(?:decreased|increased|fell|rose|changed|improved|declined|differed)\b)",
    re.IGNORECASE,
)
# ", for a vaccine efficacy of", ", giving an absolute risk reduction of": a value named in its own clause
_FOR_A_NAMED_OF = re.compile(
    r",\s(?:for|giving|yielding|corresponding\sto)\s(?:an?\s)?(?P<what>(?!(?:total|median|mean|rate)\b)"
    r"(?:[a-z][a-z-]+\s){0,3}[a-z][a-z-]+)\sof\s$"
)
# "capecitabine treatment", "sunitinib dosing": an arm's name, then the noun of its giving
_ARM_GIVEN = re.compile(r"(?P<a>[A-Za-z][\w-]+)\s(?P<n>dosing|treatment|therapy|administration)")
_OCCURRED = re.compile(
    # a subject may open with a grade sign ("≥ Grade 3 TRAEs occurred in") and name a marker ("CD4+ T-cell
    # response"); an adverb may stand before the participle ("was temporarily withheld in", "was most frequently
    # observed in", "was newly detected in")
    r"(?:^|[,;:]\s|\b(?:a|an|the)\s)(?P<what>(?:[≥≤]\s?)?[A-Za-z](?:[A-Za-z0-9 ≥≤<>()/+-]|(?<=\d)\.(?=\d)|(?<=\d)\s?%|"
    r"(?<=[a-z])–(?=[A-Za-z]))"
    r"{1,80}?)\s"
    r"(?:occurred|developed|"
    r"(?:was|were)\s(?:(?:most\s)?[a-z]{3,}ly\s)?(?P<v>[a-z]+ed|seen|found|done|undergone|present|absent|withdrawn|"
    r"withheld)\b)\s(?:in\s)?",
    re.IGNORECASE,
)
# "X was associated with", "patients were randomized to", "X was assessed in": a subject whose verb says how it
# was handled or related, not that it occurred -- the subject is not what the number counts
_NOT_OCCURRENCE = re.compile(
    r"(?:associated|linked|related|correlated|randomi[sz]ed|assigned|allocated|treated|included|excluded|enrolled|"
    r"used|assessed|measured|evaluated|compared|analy[sz]ed|defined|calculated|estimated|based|adjusted|stratified|"
    r"censored|powered|designed|planned|conducted|followed|stopped|terminated|reduced|increased|decreased|lowered|"
    r"improved|prolonged|extended|shortened|attributed|explained|driven|considered|classified|categori[sz]ed)",
    re.IGNORECASE,
)


# a sentence's subject that coordinates three or more outcomes: "Death, myocardial infarction, or stroke occurred in"
_LIST_SUBJECT = re.compile(
    r"^(?:the\s)?(?P<what>[A-Za-z][A-Za-z -]{1,40}(?:,\s[A-Za-z][A-Za-z -]{1,40}){1,4},?\s(?:or|and)\s"
    r"[A-Za-z][A-Za-z -]{1,40}?)\s(?:occurred|developed|(?:was|were)\s[a-z]+ed\b)",
    re.IGNORECASE,
)
_COUNTED = ("count", "percent", "rate", "events")
_SUBSET_OR_COMPARISON = re.compile(
    r"\b(?:in|among|with|without|versus|vs|compared|than|patients|participants|subjects|group|arm)\b", re.I
)
_A_STATISTIC = re.compile(
    r"(?:the\s)?(?:(?:adjusted|unadjusted|estimated|corresponding|overall)\s)?(?:hazard|odds|rate|risk|incidence\srate)"
    r"\sratios?|(?:the\s)?(?:relative\s)?risk",
    re.IGNORECASE,
)
# a ratio's outcome named in a frame the sentence opens with: "For death from any cause, the hazard ratio was
# 0.93", "With respect to X, the odds ratio was"; a population there ("For patients 75 years of age or older")
# makes it a subgroup's, no outcome
_FRAMED_RATIO = re.compile(
    r"^(?:for|as\sfor|regarding|with\s(?:regard|respect)\sto|in\sterms\sof)\s(?:the\s)?(?P<o>[^,;()\d]{3,80}?),\s"
    r"(?:the\s)?(?:(?:adjusted|unadjusted|stratified|estimated|corresponding)\s)?(?:hazard|odds|rate|risk|incidence\srate)"
    r"\sratio\b",
    re.IGNORECASE,
)
_POPULATION_FRAME = re.compile(
    r"(?:all\s)?(?:patients|participants|subjects|women|men|those|people|persons|children|adults|the\ssubgroup|"
    r"subgroups?|subsets?|each|both)\b",
    re.IGNORECASE,
)
_STATISTICS_OF = re.compile(r"(?:the\s)?(?:(?:adjusted|estimated)\s)?(?:hazard|odds|rate|risk)\sratios\b", re.I)
# a subject put down to another outcome: "was driven by", "was explained by", "was attributable to"
_ATTRIBUTED = re.compile(
    r"\b(?:driven|explained|accounted\sfor)\s(?:\w+ly\s)?by\s(?!the\s\w+\sgroup)",
    re.IGNORECASE,
)
# a subject a passive verb says was stopped: the stopping is what the number counts
_STOPPED = {
    "discontinued": "discontinuation",
    "interrupted": "interruption",
    "withdrawn": "withdrawal",
    "stopped": "discontinuation",
}


def _occurs(m: re.Match[str]) -> bool:
    """Does the subject's verb say that it occurred (not how it was handled or related)?"""
    return not (m.group("v") and _NOT_OCCURRENCE.fullmatch(m.group("v")))


# "The primary end point, a composite of death from cardiovascular causes, ..., occurred in": the head noun
_APPOSITIVE = re.compile(
    r"^(?:the\s)?(?P<what>[A-Za-z][A-Za-z0-9 -]{2,60}?),\s(?:a|an|the|defined as)\s[^;]{3,250}?,\s(?:occurred|"
    r"developed|(?:was|were)\s(?:[a-z]+ed|seen|found)\b)",
    re.IGNORECASE,
)
_NOUN_AFTER = re.compile(
    r"^\s*(?:\([^)]*\)\s)?(?P<what>(?:[a-z][a-z-]+\s){0,2}?(?:lines?|cycles?|doses?|regimens?)"
    r"(?:\sof\s[a-z][a-z -]{2,30}?)?)(?=[\s,.;]|$)"
)
_INCIDENCE_OF = re.compile(
    r"\b(?:incidence|rate|risk|proportion|percentage|frequenc(?:y|ies)|number) of "
    r"(?:(?:the\s)?(?:patients|participants|subjects)\s(?:with|who had|experiencing|reporting)\s)?"
    r"(?P<what>(?![\d.-])[^,;()]{3,60}?)"
    # "a sustained decline in eGFR": a change and what it is in are one term
    r"(?=\s(?:was|were|than|did|between|with|by)\b|(?<!decline)(?<!reduction)(?<!increase)(?<!decrease)(?<!change)"
    r"(?<!rise)(?<!fall)\sin\b|[,;(]|$)",
    re.IGNORECASE,
)


# an event noun a term names with what it is for or from ("hospitalizations for heart failure", "death from any
# cause", "discontinuation due to adverse events")
_EVENT_BEFORE = re.compile(
    r"\b(?:hospitali[sz]ations?|admissions?|visits?|deaths?|discontinuations?|withdrawals?|interruptions?|"
    r"readmissions?|rehospitali[sz]ations?|revasculari[sz]ations?|procedures?|surgery|treatment)\s$",
    re.IGNORECASE,
)
# an adjective of frequency or comparison a copula says of the subject, not a term
_PREDICATE_ADJECTIVE = re.compile(
    r"(?:(?:very|relatively|generally|similarly|numerically|slightly|significantly|more|less|most|least)\s)?"
    r"(?:uncommon|common|rare|frequent|infrequent|low|high|higher|lower|similar|comparable|small|large|reduced|"
    r"increased|unchanged|stable|balanced|significant|modest|substantial|few|numerous)",
    re.IGNORECASE,
)


def in_breakdown(sentence: str, at: int) -> bool:
    """Is the "n = x" at ``at`` an item of a bracketed breakdown ("(Caucasian, n = 20; Japanese, n = 20)",
    "(3 mg kg–1, n=1; 6 mg kg–1, n=3)", "(A: N = 207; B: N = 204)", "(each n=1)"): a name and a comma or a colon,
    or "each", before it in its item?"""
    opened = max(sentence.rfind("(", 0, at), sentence.rfind("[", 0, at))
    if opened < 0 or sentence.rfind(")", 0, at) > opened:
        return False
    item = re.split(r"[;]", sentence[opened + 1 : at])[-1]
    if re.search(r"(?:[,:]\s?|\beach\s)[nN]\s?=\s?$", item):
        return True
    # "(HS1d n = 57 and HS3d n = 55)": a bracket giving two or more sizes is a breakdown, whatever joins them
    closed = [i for i in (sentence.find(")", at), sentence.find("]", at)) if i >= 0]
    inside = sentence[opened + 1 : min(closed) if closed else len(sentence)]
    return len(re.findall(r"\b[nN]\s?=\s?\d", inside)) >= 2


def _bracket_item(sentence: str, at: int) -> bool:
    """Is the number at ``at`` an item of a bracketed breakdown by name: "(high-dose, 18%; low-dose, 12%)"?"""
    opened = max(sentence.rfind("(", 0, at), sentence.rfind("[", 0, at))
    if opened < 0 or sentence.rfind(")", 0, at) > opened:
        return False
    item = re.split(r"[;]", sentence[opened + 1 : at])[-1]
    return bool(re.search(r"[A-Za-z][\w -]*,\s?$", item))


# a predicate that says how results were handled, not what they were ("were combined with", "were assessed")
_HANDLED = re.compile(
    r"combined|pooled|merged|compared|used|assessed|measured|evaluated|analy[sz]ed|calculated|estimated|based|"
    r"adjusted|stratified|censored|considered|classified|defined|summari[sz]ed|presented|shown|listed",
    re.IGNORECASE,
)
# a number in digits or in words ("15 were randomised", "only one patient was excluded")
_A_NUMBER_WORD = re.compile(
    r"(?<![\w.])\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b", re.IGNORECASE
)
# "(n = 22 [42%])": a share of a group, not its size; "(n=21 lesions from 7 participants)": not patients
_N_OF_A_PART = re.compile(r"\d+\s?(?:[\[(;,]\s?\d+(?:\.\d+)?\s?%|(?!patients|participants|subjects)[a-z]{3,})")


# "... and were included in the safety analysis", "... and comprised the AT population"
_DEFINES_SET = re.compile(
    r"^[^,;()]{0,60}?\sand\s(?:(?:were|was)\s(?P<inc>included\sin\s)(?:the\s)?|(?:comprised|constituted|formed)\s"
    r"(?:the\s)?)(?P<set>[A-Za-z][A-Za-z -]{1,40}?(?:set|analys[ie]s|population))\b"
)


def _unqualified(text: str) -> str:
    """``text`` without its brackets and thresholds ("placebo [n=33]", "> 10%"): the numbers left are others'."""
    return re.sub(r"[\[(][^\[\]()]*[\])]|[<>≤≥]\s?\d+(?:\.\d+)?\s?%?", "", text)


def _summary_names(summary: re.Match[str], focus: int) -> bool:
    """Does the summary ("median X was", "median age 58.7") name what the number measures? One whose noun runs
    straight into the number ("median age 58.7 years") must be a short noun phrase, not a clause ("Mean ratios
    ranged from") nor a time point the number counts ("median study day 12")."""
    what = summary.group("what")
    words = what.split()
    straight = summary.end() >= focus or summary.group(0).endswith("(")  # no verb between noun and number
    if straight and (re.search(r"\s\d+(?:\.\d+)?$", what) or re.fullmatch(_TIME_POINT, words[-1], re.I)):
        return False  # "median (range) study day 12 (1–237)": a time point, the value counted in it
    if summary.end() < focus:
        return True
    return len(words) <= 3 and not re.search(r"\d|\b(?:was|were|is|are|from|to|of|at|on|by)$|ed$", what)


_TIME_POINT = r"day|days|weeks?|months?|years?|cycles?|hours?|h"
# "change from baseline in HbA1c", "changes from baseline to week 24 in body weight": a change in what follows "in"
_FROM_BASELINE_IN = re.compile(
    r"\b(?P<c>changes?|reductions?|increases?)\sfrom\sbaseline\s(?:to\s[^,;]{1,30}?\s)?in\s", re.I
)
_SUMMARY_CUT = re.compile(
    r"\s(?:with|among|for)\s|,|\sfrom\sbaseline\b|(?<!change)(?<!changes)(?<!reduction)(?<!increase)(?<!decrease)(?<!difference)"
    r"(?<!improvement)(?<!decline)\sin\s"
)


# the rest of a "respectively" list of values, up to the verb they share: "and 3 (27%) patients, respectively, "
_RESPECTIVELY_VALUES = re.compile(
    r"^(?:(?:and|or)\s\d+(?:\.\d+)?\s?%?\s?(?:\([^()]*\)\s?)?)?(?:(?:patients|participants|subjects)\s?)?,?\s?"
    r"respectively,?\s"
)


def endpoint_of(sentence: str, at: int, end: int, statistic: str, focus: int | None = None) -> str | None:
    """The endpoint of the statement at sentence[at:end] whose number read as ``statistic`` sits at ``focus``,
    or ``None`` when the sentence does not tell; in the words a reviewer files it under (see :func:`tidy`)."""
    return endpoint_binding(sentence, at, end, statistic, focus)[0]


# "81% (n=", "72 % [n =": a share followed by a bracketed n=
_SHARE_THEN_N = re.compile(r"(?<![\d.])(?P<p>\d{1,3}(?:\.(?P<d>\d{1,2}))?)\s?%\s?[(\[]\s?[nN]\s?=\s?$")
_N_VALUE = re.compile(r"\d+")
_FRACTION = re.compile(r"(?P<c>\d+)\s?/\s?(?P<n>\d+)")
# "30% of patients (n = ", "45% (n = ": a share the printed fraction after it may be the count of
_SHARE_BEFORE_N = re.compile(
    r"(?<![\d.])(?P<p>\d{1,3}(?:\.(?P<d>\d{1,2}))?)\s?%(?:\sof\s(?:the\s|all\s)?(?:[a-z-]+\s)?(?:patients|participants|"
    r"subjects|pts))?\s?[(\[]\s?[nN]\s?=\s?$"
)


# "1021 patients (8.9%) in the colchicine group and 1121 (9.6%) in the placebo group had ...": the group of the
# value, and the other group's value and group, before the verb they share
_GROUP_NAMED = r"(?:in|among)\s(?:the\s)?[A-Za-z][\w-]*(?:\s[\w-]+){0,3}?\s(?:group|arm|cohort)"
_GROUPS_THEN_VERB = re.compile(
    rf"^(?:(?:patients|participants)\s)?(?:\([^()]*\)\s)?{_GROUP_NAMED}\s(?:and|vs\.?|versus|as well as)\s"
    rf"\d[\d,]*\s(?:patients\s|participants\s)?(?:\([^()]*\)\s)?(?:patients\s|participants\s)?{_GROUP_NAMED}(?=\s)"
)


def count_or_size(share: float, places: int, n: int) -> tuple[bool, bool]:
    """Can ``n`` be the count a printed share (with ``places`` decimals) is of: some group of N >= n patients
    gives it back? Can it be the size of the group: some count c <= n gives it back?"""
    half = 0.5 * 10**-places + 1e-9

    def gives(count: int, size: int) -> bool:
        return size > 0 and abs(100.0 * count / size - share) <= half

    as_count = share > 0 and any(gives(n, size) for size in range(n, int(100.0 * n / max(share - half, 1e-9)) + 2))
    as_size = any(gives(count, n) for count in range(0, n + 1))
    return as_count, as_size


def endpoint_binding(
    sentence: str, at: int, end: int, statistic: str, focus: int | None = None, arms: frozenset[str] = frozenset()
) -> tuple[str | None, str]:
    """:func:`endpoint_of`, with how the sentence binds the endpoint to the number (the rule that read it:
    "term before bracket", "copula subject", "clause endpoint" ...; "none" when nothing did)."""
    # "77% of patients, 48% of whom received tocilizumab": a share of a share; but a count of a part that says what it
    # had ("Nine patients responded, four of whom achieved a CR") is a count of that, whoever it is of
    if (
        statistic in ("count", "percent")
        and share_of_share(sentence[end:])
        and (statistic == "percent" or not _PART_HAD.match(sentence[end:]))
    ):
        return None, PART_OF_AFTER
    if statistic in ("percent", "rate") and re.search(
        r"\b(?:\d+|[a-z]+)\sof\s(?:them|these|those|whom|which)\s?[(\[]\s?$", sentence[:at], re.I
    ):
        return None, PART_OF_AFTER  # "and 28 of them (12.3%) died": a share of a part the sentence names before
    if statistic in ("count", "percent", "rate") and than_bracket(sentence[:at]):
        return None, THAN_BRACKET  # "in fewer patients in the A group than in the B group (379 [4.1%] vs. ..."
    paired = paired_endpoint(sentence, at if focus is None else focus, statistic, arms)
    found: str | None
    if paired:
        # "The median OS and PFS were 298 and 61 days", "0.61 for MMSE, 0.07 for MoCA": by order or by "for X"
        found, how = (efficacy_endpoint(paired, len(paired)) or paired), PAIRED_HOW
    else:
        found, how = _endpoint_of(sentence, at, end, statistic, focus, arms)
    found = tidy(found) if found else None
    if found and how.startswith("received") and who_received(sentence[end:]):
        return None, WHO_RECEIVED  # "in 56.5% of 329 patients who received at least one dose of A"
    if found and _A_STATISTIC.fullmatch(found):
        # "The hazard ratio for the secondary outcome of death from ... was 0.91": a statistic's name, no endpoint
        return None, f"a statistic's name: {how}"
    if found and _STATISTICS_OF.match(found):
        # "The hazard ratios for myocardial infarction and for stroke were 0.85 ... and 0.92 ...": ratios of several
        # outcomes, named after the statistic; which is whose the sentence's order would have to tell
        return None, f"statistics of several outcomes: {how}"
    return (found, how) if found and a_label(found) else (None, how if not found else f"not a label: {how}")


# a clause after a value that leaves out its verb: ") and grade 4 hyponatremia in ", "%), and of grade 3 or 4 in "
_ELIDED_BEFORE = re.compile(
    r"(?:[)\]]|\d%?|\bpatients?|\bparticipants?)\s?[,;]?\s(?:and|or|while|whereas|but)\s"
    r"(?P<t>(?!(?:in|among|at|with|the\s(?:\w+\s)?(?:group|arm|cohort))\b)[A-Za-z≥≤][^,;()\d]{1,50}?(?:\s\d(?:\s(?:or|and|to)\s\d)?)?"
    r"(?:\s[A-Za-z][^,;()\d]{0,40}?)?)\s(?:in|among)\s(?:the\s|all\s)?$"
)
_PART_OF = re.compile(r",\s(?:of\s(?:which|whom|these|those|them))\s$")
_VERBED = re.compile(
    r"\b(?:was|were|is|are|has|have|had|been|be|considered|reported|occurred|observed|seen|noted|due|"
    r"[a-z]+ed\s(?:in|to|by|with))\b",
    re.I,
)
# ", including a complete response in ", ", including pneumonia in ": the part of the event the inclusion names
_INCLUDED_PART = re.compile(
    r"[,;(]\s?(?:including|of\s(?:which|whom|these|those))\s(?:a\s|an\s)?(?P<t>[A-Za-z≥≤][^,;()\d]{1,50}?)\s"
    r"(?:in|among|by|for)\s(?:the\s)?$"
)
# the noun phrase a sentence opens with, up to a bracket: no preposition, article-led subgroup or verb before it
# ("In patients with diabetes (HR ...)", "Compared with placebo (HR ...)", "Dapagliflozin reduced X (HR ...)" are not)
_OPENING_TERM = re.compile(
    r"^(?P<t>(?!(?:in|among|for|with|compared|versus|vs|of|at|during|after|before|by|from|when|while|overall|"
    r"patients|participants|subjects|those|the\s\S+\s(?:group|arm|cohort))\b)[A-Z][A-Za-z-]*"
    r"(?:\s(?!(?:was|were|is|are|had|has|have|reduced|increased|lowered|decreased|improved|showed|did|in|among|"
    r"with|compared|versus|vs)\b)[A-Za-z][A-Za-z-]*){0,5})$"
)
_NOT_OWN_TERM = re.compile(r"(?:of|those|these|the\s(?:other|rest|remaining))\b", re.I)
ELIDED_UNREAD = "elided subject unread"
SECOND_PREDICATE = "second predicate unread"
PART_UNREAD = "part of the statement before"
_SAID_OF_COUNT = r"screened|enrolled|randomi[sz]ed|recruited|treated|included|identified|assessed|evaluated"
_WE_VERBED = re.compile(rf"\b(?:we|investigators)\s(?P<v>{_SAID_OF_COUNT})\s(?:a\stotal\sof\s)?$", re.I)
_PARTICIPLE_AFTER = re.compile(rf"\s(?P<v>{_SAID_OF_COUNT})\s?[,;]", re.I)
_AMONG_SET = re.compile(r"\d+\s(?P<what>(?:[a-z][a-z-]*\s){0,3}?)(?:patients|pts|participants|subjects)\b")


# "Reasons for not starting treatment: 147 ...": a head naming what the counts after its colon are reasons for
_REASONS_LIST = re.compile(r"\b(?:reasons?|causes?)\s(?:for|of)\s[^.;:()]{1,60}:\s[^.:]*$", re.IGNORECASE)
# "(response rate 14%, ...", "[ORR: 30%": an endpoint's name opening the bracket the number is in
_NAMED_IN_BRACKET = re.compile(r"[(\[]\s?(?P<t>[A-Za-z][A-Za-z -]{1,40}?)\s?[:=,]?\s$")
# "observed among the 22 patients", "among all 40 participants": a definite set after the verb
_AMONG_THE = re.compile(r"\bamong\s(?:the|all(?:\sthe)?|these|those)\s$", re.IGNORECASE)
# "22 patients evaluable for response", "40 treated participants": a set the study's conduct defines (not "24 patients
# who achieved SD or PR", a count of what they achieved)
_SET_WORDS = r"(?:evaluable|assessable|eligible|treated|enrolled|included|randomi[sz]ed|available|analy[sz]ed)"
_A_STUDY_SET = re.compile(
    rf"\d[\d,]*\s(?:{_SET_WORDS}\s(?:patients|participants|subjects|pts)\b|(?:patients|participants|subjects|pts)\s"
    rf"(?:who\s(?:were|had\sbeen)\s)?{_SET_WORDS}\b)",
    re.IGNORECASE,
)


_PREDICATE = re.compile(
    r"^(?:of (?:the |all )?(?:patients|participants|subjects)\s)?(?:were|was)\s(?!(?:not|also|then|similar|"
    r"observed|reported|seen|found|noted|lower|higher|greater|smaller|larger|comparable|significantly|more|less|"
    r"fewer)\b)(?P<what>[A-Z][A-Za-z -]{1,40}?|[a-z][a-z -]{1,40}?)"
    r"(?=[,.;(]|\s(?:and|while|whereas|in|at|during|after|before|with|than)\b|$)"
)


_BROKEN_DOWN = frozenset({"count", "percent", "hr", "or", "rr", "p"})


def _endpoint_of(
    sentence: str, at: int, end: int, statistic: str, focus: int | None = None, arms: frozenset[str] = frozenset()
) -> tuple[str | None, str]:
    focus = at if focus is None else focus
    broken_down = colon_breakdown_term(sentence, focus) if statistic in _BROKEN_DOWN else None
    if broken_down:  # "A total of 1031 participants died: 8.9% in the A group and 9.6% in the B group (hazard ..."
        return broken_down, "colon breakdown's head"
    inner = _NAMED_IN_BRACKET.search(sentence[:at]) if statistic in ("percent", "rate") else None
    named_inner = efficacy_endpoint(inner.group("t"), len(inner.group("t"))) if inner else None
    if named_inner:
        # "Two partial responses were observed (response rate 14%, 95% CI 3-35%)": the rate its own bracket names
        # right before it, not the subject the sentence counts
        return named_inner, "named in its bracket"
    if statistic == "count" and _REASONS_LIST.search(sentence[:at]):
        # "Reasons for not starting treatment: 147 no longer met criteria, 25 withdrew consent, 3 had adverse
        # events": an item of a list whose head says what each count is a reason for, which the label cannot carry
        return None, "item of a reasons list"
    if statistic == "count" and _AMONG_THE.search(sentence[:at]) and _A_STUDY_SET.match(sentence[at:]):
        # "Three partial responses were observed among the 22 patients evaluable for response": the size of the set
        # the statement is of (a definite set, said after its verb), not a count of its endpoint
        return None, "among the set: its size"
    if statistic in ("count", "percent", "events"):
        elided = _ELIDED_BEFORE.search(sentence[:at])
        if elided:
            # "... occurred in 9 patients (16%) and grade 4 hyponatremia in 1 patient (2%)": a clause that leaves
            # out the verb of the one before it and names its own subject
            term = elided.group("t").strip()
            if not _VERBED.search(term):  # a clause with a verb of its own ("and X was dose-reduced in") is no ellipsis
                own = not _NOT_OWN_TERM.match(term)
                return (term, "subject of an elided clause") if own else (None, ELIDED_UNREAD)
    if statistic in ("count", "percent", "events"):
        part = _INCLUDED_PART.search(sentence[:at])
        if part:
            # "A response occurred in 71 patients (46.7%), including a complete response in 11 patients (7.2%)": a
            # part of the event named inside an inclusion is its own category, not the whole event again
            term = part.group("t").strip()
            return (term, "part named by an inclusion") if not _VERBED.search(term) else (None, PART_UNREAD)
        said_after = re.match(
            r"[\d,]+(?:\s(?:patients|participants|subjects))?\s?(?:[(\[][^()\[\]]*[)\]])?\s(?:with|who\s(?:had|experienced))\s"
            r"(?P<x>[^,;.()]+)",
            sentence[at:],
        )
        # (a part said with a population's name, "including 101 patients with metastatic TNBC", is a group's size)
        if (
            re.search(r"[,;(]\s?including\s$", sentence[:at])
            and said_after
            and not re.search(r"[A-Z]", said_after.group("x"))
        ):
            # "Adverse events occurred in 120 patients, including 12 (3%) with grade 3 events": a part of the
            # statement before, said after the number in words no rule reads as its own endpoint
            return None, PART_UNREAD
    if statistic == "p" and _IN_A_RATIO_BRACKET.search(sentence[:at]):
        # "(... 60% vs. 27%; hazard ratio for disease progression or death, 0.30; 95% CI, 0.23 to 0.41; P<0.001)": a P
        # value after a ratio in one bracket is the ratio's, whatever the sentence names before the bracket
        return None, "p: of the ratio in its bracket"
    if statistic == "p":
        similar = similar_subject(sentence, focus, arms)
        if similar:  # "Mortality did not differ significantly between the groups (P=0.38)"
            return (efficacy_endpoint(similar, len(similar)) or similar), "p: subject said (not) to differ"
    if statistic == "count":
        # "We screened 1,717 patients, of whom ...", "Of 2,340 patients screened, 1,204 underwent randomization": the
        # verb said of the count itself, not the one of the clause after it
        we = _WE_VERBED.search(sentence[:at])
        if we:
            return we.group("v").lower(), "we verbed"
        participle = _PARTICIPLE_AFTER.match(sentence[end:])
        if participle and re.search(r"\bof\s(?:the\s|all\s)?$", sentence[:at], re.I):
            return participle.group("v").lower(), "of N participle"
    among = _AMONG_SET.match(sentence[at:]) if statistic == "count" else None
    led = re.search(r"(?:^|[,;:]\s)(?:among|in|of|for)\s(?:the\s)?(?:all\s)?$", sentence[:at], re.I)
    if among and among.group("what").strip() and led:
        # "Among 15 efficacy evaluable pts with R/R FL, the ORR was 80%": the size of the set the clause's
        # results are of, not a count of its endpoint (a set said after its noun is read as before)
        return among.group("what").strip(), "among: the set"
    if statistic == "count" and sizes_its_head(sentence, at):
        # "Among 16 FISH-tested patients the best response was PR (n = 4), ..., and among 13 NGS-tested patients was
        # ...": the size of the group a clause's head names, not a count of the clause's endpoint
        return "population", "clause head: its group's size"
    if re.search(r"\ball\sbut\s(?:the\s)?$", sentence[:at], re.IGNORECASE):
        return None, "all but: the complement"  # "All but three patients had previous surgery": 3 did not
    start, clause = clause_around(sentence, focus)
    local_at = focus - start
    before = sentence[:at].rstrip()
    opened = value_bracket(sentence, at) if statistic in ("count", "percent") else None
    if opened is not None:
        # "stomatitis (40% vs 18%)", "rash (32% any grade; 5% grade ≥3)": a value after others in its bracket is the
        # term's printed before the bracket, as the first is (prose_ae.py)
        before = sentence[: opened + 1]
    bracketed = sentence[at : at + 1] in ("(", "[") or before.endswith(("(", "["))
    before = before[:-1] if before.endswith(("(", "[")) else before
    window = before[-60:] + " ("
    term = (_TERM_BEFORE.search(window) or _TERM_BEFORE.search(", " + window)) if bracketed else None
    copula = last_match(re.compile(r"\b(?:was|were)\s"), window) if term else None
    if term and copula and re.search(r"\d", term.group("term")):
        # "and among 13 NGS-tested patients was PR (n = 2)": the term is what the copula says, after the head's count
        term = _TERM_BEFORE.search(window, copula.start()) or term
    # "AUCinf (0.96; 90% CI 0.88–1.04)": an estimate bracketed with its CI after a term is that term's too
    estimate_ci = statistic == "value" and bool(re.search(r"\bCI\b|confidence", sentence[at:end]))
    counting = statistic in ("count", "percent", "events", "rate")
    if term and (counting or estimate_ci) and not re.search(r"\d", term.group("term")):
        whole = term.group("term").strip()
        # the term after the last list word: "the most common were neutropenia (20.6%)" -> "neutropenia"
        cuts = list(
            re.finditer(
                r"\b(?:including|included|were|was|are|is|and|or|of|due to|with|for|than|versus|vs\.?|compared with)\s"
                r"|[,;:]\s?",
                whole,
            )
        )
        # "hospitalizations for heart failure (rate ratio, 0.74)", "death from any cause (n=12)": an event said of what
        # it is for or from is one term, not the word after the preposition
        while (
            cuts
            and re.match(r"(?:of|for|from|due to)\s", cuts[-1].group(0))
            and _EVENT_BEFORE.search(whole[: cuts[-1].start()])
        ):
            cuts.pop()
        words = whole[cuts[-1].end() :] if cuts else whole
        # "more frequent with drug M (10% ...)", "less frequent with osimertinib than with comparator EGFR-TKIs (42%
        # vs. 47%)": what a comparison's "with" / "than" / "versus" introduces is a group, not what was measured
        lead = before[: before.rfind(words)] if words and words in before else ""
        compared = bool(re.search(r"(?:\bthan\s(?:with\s)?|\bversus\s|\bvs\.?\s|\bcompared\swith\s)$", lead)) or (
            lead.endswith("with ")
            and bool(re.search(r"\b(?:more|less|higher|lower|greater|fewer|longer|shorter)\b", before[-80:], re.I))
        )
        words = re.sub(r"^(?:(?:the|a|an|any|of|in|and|or)\s+)+", "", words, flags=re.IGNORECASE)
        # "withdrawal by participant (n=4)": a patient the agent of the term's noun is no group the bracket sizes
        grouping = re.search(
            r"(?<!\bby\s)(?<!\bby\sthe\s)\b(?:patients?|pts|participants?|subjects?)\b(?![\s-](?!(?:in|with|who|treated|"
            r"receiving|on|at|from|of)\b)[a-z])|\b(?:assigned|group|arm|cohort)\b",
            words,
            re.I,
        )
        dangling = re.search(r"\b(?:in|of|to|at|was|were|occurred|than|and|or|with|for|by|had|among)$", words, re.I)
        # "No safety issues were identified in the phase Ib portion (n = 7)": a predicate, not a term
        predicate = re.match(
            r"(?:[a-z]+ed|seen|found|shown|done|given|taken)\s(?:in|at|by|with|for|from|during|on)\b", words
        ) or re.fullmatch(r"(?:enrolled|treated|included|randomi[sz]ed|excluded|recruited|observed|reported)", words)
        # "a low-risk population was enrolled (60% of patients had ...)": a bare participle, not a term
        # "lower with sunitinib (19%)": an arm's name before the bracket, not what was measured
        arm = compared or words.lower() in arms or re.sub(r"^(?:with|on|for|in)\s", "", words.lower()) in arms
        # "... and −0.4 percentage point with sitagliptin (difference, −0.5 ...)": what a value just before was
        # said with (in, for, among) is that value's group, not what the bracket measures
        arm = arm or bool(
            re.search(
                r"(?<![\w.])[-−]?\d+(?:[.·]\d+)?\s?(?:%|(?:[a-z][a-z-]*\s){0,3})(?:with|in|for|on|among|receiving)\s"
                r"(?:the\s)?$",
                lead,
            )
        )
        item = re.split(r"[,;]\s", before)[-1]
        if words and re.search(r"\b[a-z]+ed\sby\s", item[: max(0, item.rfind(words))]):
            # "fatal event of X assessed by investigator and sponsor as not related (n=1)": the words before the
            # bracket end a modifier of the item's head (its agent), not a term
            return None, "term inside a modifier"
        # "Intracranial hemorrhage was uncommon (0.33% per year ...)": an adjective the copula says of the subject
        said_of = re.search(r"\b(?:was|were|is|are|remained)\s$", lead) and _PREDICATE_ADJECTIVE.fullmatch(words)
        if said_of:
            subject = _COPULA_SUBJECT.search(lead)
            what = bare(subject.group("what")) if subject else ""
            return (what or None), "copula subject of an adjective"
        if words and re.search(r"\b(?:analysis|analyses|population|analysis\sset)$", words, re.I):
            # "in both the modified intention-to-treat analysis (15.4% vs. 25.3%, P=0.005)": the analysis set the
            # values are of, not what they measure
            return None, "term names an analysis set"
        if words and not STOP_TERMS.match(words) and not grouping and not dangling and not predicate and not arm:
            named = efficacy_endpoint(words, len(words))
            if estimate_ci and re.search(r"\bratios?\b", sentence[:at], re.I) and not re.search(r"\bratio", words):
                return f"{named or words} ratio", "term before bracket"  # "90% CIs around ratios for AUCinf (0.96; ..."
            return (named or words), "term before bracket"
    if statistic in ("hr", "or", "rr") and bracketed:
        opening = _OPENING_TERM.match(before.rstrip())
        # one ratio bracketed in the sentence (a second would take the first's outcome), an outcome the predicate says
        # was reduced or raised (a factor "associated with" death is no outcome), no arm's name
        single = (
            len(re.findall(r"[(\[]\s?(?:HR|OR|RR|hazard\sratio|odds\sratio|r(?:isk|ate)\sratio)\b", sentence, re.I))
            == 1
        )
        affected = re.search(
            r"\b(?:(?:was|were)\s(?:(?:all|each|both|also|significantly|similarly)\s)*(?:reduced|lowered|decreased|"
            r"increased|raised|lower|higher|less\sfrequent|more\sfrequent|less\scommon|more\scommon))\b",
            sentence[end:],
        )
        if (
            opening
            and single
            and affected
            and re.search(r"\bCI\b|confidence", sentence[at:end])
            and not STOP_TERMS.match(opening.group("t"))
            and opening.group("t").lower() not in arms
        ):
            # "Heart failure hospitalisation (HR 0·70, 95% CI 0·58–0·85), cardiovascular death (...) and ...": a
            # ratio with its interval bracketed right after the noun phrase the sentence opens with is that outcome's
            return opening.group("t"), "ratio bracketed after the opening outcome"
    named_after = re.search(r"^[^()]{1,12}?\sfor\s(?P<x>[A-Za-z][\w-]{1,20})\s?\(", sentence[at:end]) or re.match(
        r"^\s?for\s(?P<x>[A-Za-z][\w-]{1,20})(?=\s?[,;.]|\s(?:and|or)\s(?![^,;()]*\b(?:arms|groups|cohorts)\b)|$)",
        sentence[end:],
    )
    if named_after and named_after.group("x").lower() in arms:
        named_after = None  # "Median PFS was 4.0 months for GV and 2.5 months for GP": an arm, not a term
    if named_after and re.match(r"^[^.;()]{0,60}?\brespectively\b", sentence[end:]):
        named_after = None  # "(9.9 and 2.9 mm Hg for systolic and diastolic BP, respectively)": one of a list
    if named_after and statistic not in ("count", "percent", "p"):
        # "-0.12 for MMSE (95% CI ...)", "0.05 (95% CI ...) for NTB": the estimate of what it is said to be for
        what = named_after.group("x")
        if re.search(r"\bdifferences?\b", sentence[:at], re.I):
            what = f"difference in {what}"
        return what, "estimate for term"
    if statistic in ("hr", "or", "rr"):
        named_for = re.search(
            r"\b(?:hazard ratio|HR|odds ratio|OR|risk ratio|relative risk|RR)\s(?:for|of)\s(?:the\s)?"
            r"(?P<o>[A-Za-z](?:[A-Za-z -]|(?<=\s)\d+(?=\s(?:days?|weeks?|months?|years?)\b)){2,80}?)"
            r"\s?(?:was\s)?[,:=(]?\s?$",
            sentence[:focus],
        )
        if named_for and re.fullmatch(r"(?:an?\s)?(?:event|events)", named_for.group("o").strip(), re.I):
            named_for = None  # "hazard ratio for an event, 0.66": an event of the endpoint the sentence names
        if named_for and len(named_for.group("o")) > 40 and _SUBSET_OR_COMPARISON.search(named_for.group("o")):
            # a long span after "ratio for" that says a subgroup or a comparison, not only an outcome
            return None, "ratio: named for a subgroup or a comparison"
        if named_for and re.match(r"(?:the\s)?comparisons?\b", named_for.group("o"), re.I):
            # "hazard ratio for the comparison with ipilimumab, 0.57": a comparison, not an outcome
            return None, "ratio: named for a subgroup or a comparison"
        if named_for and named_for.group("o").strip().lower() in {a.lower() for a in arms}:
            # "hazard ratio for rosuvastatin, 0.56": the arm the ratio is of, not its outcome (which the sentence
            # may give only as a list's "respectively", so no other rule is asked)
            return None, "ratio: named for an arm"
        if named_for:  # "hazard ratio for death, 0.62"
            what = named_for.group("o").strip()
            return (efficacy_endpoint(what, len(what), durations=False) or what), "ratio: named for"
        ratio_term = own_term(sentence, focus)
        if ratio_term:  # "..., as well as that of B (9.4% vs. 10.9%; hazard ratio, 0.86"
            return ratio_term, "ratio: own term before bracket"
        if _ATTRIBUTED.search(sentence[:focus]):
            # "The difference in the rate of the primary outcome was driven by fewer myocardial infarctions (...;
            # hazard ratio, 0.84)": the ratio is of what the subject is put down to, which no rule reads
            return None, "ratio: of what the subject is attributed to"
        listed = listed_ratio_term(sentence, focus, arms)
        if listed:  # "cardiovascular death (HR 0.87; ...), myocardial infarction (HR 0.81; ...)": each its own term's
            return listed, "ratio: its own term in a list of ratios"
        headed = _bracket_head(sentence, focus)
        if headed:  # "Median overall survival (9.2 vs. 6.0 months; HR, 0.59) and ORR (...)": the bracket's endpoint
            return headed, "ratio: bracket's head"
        framed = _FRAMED_RATIO.match(sentence[:focus])
        named_arm = framed and framed.group("o").strip().lower() in {a.lower() for a in arms}
        if framed and not named_arm and not _POPULATION_FRAME.match(framed.group("o")):
            # "For the composite renal outcome, the hazard ratio was 0.82": the outcome the sentence opens with
            what = framed.group("o").strip()
            return (efficacy_endpoint(what, len(what), durations=False) or what), "ratio: framed outcome"
        appositive = _APPOSITIVE.match(sentence[:focus])
        if appositive and bare(appositive.group("what")):
            return bare(appositive.group("what")), "ratio: appositive"
        occurred = [o for o in _OCCURRED.finditer(sentence[:focus]) if _occurs(o)]
        if occurred and not_an_outcome(bare(occurred[-1].group("what"))):
            return None, "ratio: subject names no outcome"  # "The effect was attenuated (odds ratio, ...)"
        if occurred and bare(occurred[-1].group("what")):
            what = bare(occurred[-1].group("what"))
            how = f"ratio: subject occurred{reach(sentence, occurred[-1].end(), focus)}"
            return (efficacy_endpoint(what, len(what), durations=False) or what), how
        found = efficacy_endpoint(clause, local_at, durations=False)
        if found:
            return found, "ratio: clause endpoint"
        incidence = last_match(_INCIDENCE_OF, sentence[:focus])
        if incidence:  # "The incidence of a first recurrence of AF ... (hazard ratio, 0.97)"
            return incidence.group("what").strip(), "ratio: incidence of"
        said = compared_subject(sentence, focus, arms)
        if said:  # "Treatment failure was less common with A than with B (odds ratio, 0.58; ...)"
            return (efficacy_endpoint(said, len(said), durations=False) or said), "ratio: compared subject"
        said = compared_object(sentence, focus, arms)
        if said:  # "Patients assigned to A had fewer heart-failure events than those assigned to B (HR, ...)"
            return (efficacy_endpoint(said, len(said), durations=False) or said), "ratio: compared object"
        counted = list(re.finditer(r"\b\d+\s(?P<e>deaths|events)\b", sentence[:focus]))
        if counted:  # "there were 102 deaths in the X group and 143 in the Y group (hazard ratio, 0.67)"
            return ("death" if counted[-1].group("e") == "deaths" else "events"), "ratio: counted events"
        if re.search(r"\bhad\sdied\b|\bas\shad\b[^.;]*\bdied\b", clause[:local_at]) or _ASSIGNED_DIED.search(
            clause[:local_at]
        ):
            # "26.4% of patients assigned to A had died, as had 27.9% ... (odds ratio, 0.93)": the ratio of death
            return "death", "ratio: died"
        outcome = re.search(
            r"(?:for|of)\s(?:the\s)?(?P<o>[a-z][a-z -]{3,50}?)\s*(?:\(|,|was|were|$)", clause[:local_at]
        )
        if outcome and re.search(r"\d\s?(?:mg|g|µg|μg|mcg|mg/kg|mg/m2|mg/m²|iu)\s$", clause[: outcome.start()], re.I):
            # "1.11% per year in the group that received 150 mg of dabigatran (relative risk, 0.66)": a drug after its
            # dose and "of", not the outcome
            return None, "ratio: for outcome names an arm"
        if outcome:
            # "fewer hospitalizations for heart failure (rate ratio, ...)": the event the outcome is for
            event = _EVENT_BEFORE.search(clause[: outcome.start()].rstrip() + " ")
            what = outcome.group("o").strip()
            if not event and not_an_outcome(clause[: outcome.end()].split(",")[-1]):
                # "The benefit of tenecteplase was similar in ... (odds ratio, ...)": what the benefit is of is an arm
                return None, "ratio: subject names no outcome"
            return (
                f"{event.group(0).strip()} {outcome.group(0).split()[0]} {what}" if event else what
            ), "ratio: for outcome"
        # "Median PFS was 4.0 and 2.5 months ... (adjusted hazard ratio, 0.81; ...)": the one endpoint the
        # sentence states before the ratio; several, or none, do not tell
        stated = {name for _, name in efficacy_terms(sentence[:focus]) if name != "follow-up"}
        return (stated.pop() if len(stated) == 1 else None), "ratio: one stated before"
    named_of = _NAMED_OF.search(sentence[:at])
    if named_of and statistic in ("count", "percent", "rate", "value"):
        what = named_of.group("what")
        named = efficacy_endpoint(what, len(what))
        if named or re.fullmatch(r"[A-Z][A-Za-z]*[A-Z][A-Za-z0-9]*", what):
            # "a PSA50 of 42.3% and a confirmed radiographic ORR of 50%": the endpoint the number is "of" (and its
            # confirmation)
            return qualified(what, named or what, None), "endpoint of value"
    inner = re.match(
        # ("Eleven patients never achieved SD": a negation before the verb denies what follows it)
        r"^\S+\s(?:of\s(?:\d+|whom|which)\s)?(?:(?!(?:never|not|neither|nor)\b)[a-z-]+\s){0,2}?"
        r"(?:had|experienced|achieved|developed|demonstrated|attained)\s"
        r"(?:one or more\s|at least one\s)?(?:an?\s|the\s)?"
        r"(?!(?:been|occurred|[a-z]+ed\s(?:in|at|by|to|with|from|for|on)\b))(?P<what>[A-Za-z][^,;()\d]{2,60}?)(?=[,;(.]|\s(?:and|or|while|whereas)\b|$)",
        sentence[at:],
    )
    if inner and (
        statistic == "count"
        or (
            statistic == "percent"
            and re.match(r"^\S+\sof\s(?:the\s)?(?:patients|participants|subjects)\s", sentence[at:])
        )
    ):
        # "Of these, two had confirmed complete responses, three had ...", "(60% of patients had a score of 0": its own
        what = inner.group("what").strip()
        return (efficacy_endpoint(what, len(what)) or what), "own verb had"
    listed = respectively_item(sentence, focus, statistic)
    if listed:
        return (efficacy_endpoint(listed, len(listed)) or listed), "respectively item"
    after = sentence[end:].lstrip(" )],")
    underwent = re.match(r"^[^.;]{0,80}?\sunderwent\s(?P<v>randomi[sz]ation|screening|surgery)", after)
    if underwent and statistic == "count":
        return {"randomisation": "randomized", "randomization": "randomized"}.get(
            underwent.group("v"), underwent.group("v")
        ), "underwent"
    enrolled = re.search(r"\b(?P<v>enrolled|randomi[sz]ed|treated|screened|recruited)(?:\sa total of)?$", before)
    if enrolled and statistic == "count":  # "the phase II study enrolled 106 evaluable patients"
        return enrolled.group("v").lower(), "verb before"
    inside = re.search(
        r"\b(?:were|was|had been)\s(?:randomly\s)?(?P<v>assigned|randomi[sz]ed|enrolled|excluded|included|treated|"
        r"screened|analy[sz]ed|evaluable|eligible)\b",
        sentence[at:end],
    )
    participle = re.match(
        r"^(?P<v>enrolled|randomi[sz]ed|treated|screened|included|evaluable|eligible)\b(?=\s?[,.;)]|\s(?:and|in the "
        r"study|in this study)\b)",
        sentence[end:].lstrip(),
    )
    if statistic == "count" and (inside or participle):  # "62 were evaluable", "Of 68 patients enrolled"
        return ((inside or participle).group("v").lower()), "count verb own"  # type: ignore[union-attr]
    # "155 patients (A [n=32], B [n=26], ...) were randomized": the verb after the statement's breakdown
    unbracketed = re.sub(r"^\s*\((?:[^()]|\([^()]*\))*\)\s*", "", after)
    verb = (
        _COUNT_VERBS.match(unbracketed)
        or UNDERWENT_AFTER.match(unbracketed)
        or re.match(
            r"^[^.;]{0,60}?\s(?:were|was|had been)\s(?:randomly\s)?"
            r"(?P<v>excluded|included|enrolled|randomi[sz]ed|treated|assigned|allocated)",
            unbracketed,
        )
    )
    if verb and _A_NUMBER_WORD.search(_unqualified(unbracketed[: verb.start("v")])):
        verb = None  # "30 patients enroled into the study and 15 were randomised": the verb is 15's
    if verb and _OWN_VERB_FIRST.match(unbracketed[: verb.start("v")]):
        verb = None  # "46 met all eligibility criteria and were enrolled": the count's own verb comes first
    if verb and statistic == "count" and re.search(r"(?<![\w.])\d[\d,]*\s[\w-]+\s(?:and|or)\s$", sentence[:focus]):
        # "171 treatment-naive and 212 treatment-experienced patients were treated": counts of kinds sharing the
        # verb; each count is of its kind, which the verb's label would drop
        return None, "count verb after, of a kind"
    if (
        verb
        and statistic == "count"
        and re.search(r"\b[nN]\s?=\s?$", sentence[max(0, focus - 6) : focus])
        and in_breakdown(sentence, focus)
    ):
        return None, "n= in a breakdown"  # "(HS1d n = 57 and HS3d n = 55) were included": a size of one part
    if verb and statistic == "count":
        where = re.match(
            r"\s(?:in|from)\s(?:the\s)?(?P<set>[a-z][a-z -]{2,40}?(?:set|analys[ie]s|population))\b",
            unbracketed[verb.end() :],
        )
        if where and verb.group("v").lower() in ("included", "excluded"):
            # "included in efficacy evaluable set"
            return f"{verb.group('v').lower()} in {where.group('set')}", "count verb after"
        return verb.group("v").lower(), "count verb after"
    event = _EVENT_NOUN.match(sentence[at:].split(")")[0].lstrip("0123456789., ")) if statistic == "count" else None
    if event and not re.search(r"patients?|participants?", event.group("what"), re.IGNORECASE):
        # "one SAE", "Two deaths": the count is the number, the label what it counts
        what = re.sub(_COUNT_WORD, "", event.group("what").strip(), flags=re.IGNORECASE) or event.group("what").strip()
        return (efficacy_endpoint(what, len(what)) or what), "event noun"
    predicate = re.match(_PREDICATE, after)
    # "Twenty-six (51%) pts in the mono cohort were refractory ...": the predicate past the subject said again
    subject_after = past_subject(after, sentence[at:end]) if statistic in ("count", "percent") else None
    if predicate is None and subject_after:
        predicate = re.match(_PREDICATE, subject_after)
    if predicate and _HANDLED.fullmatch(predicate.group("what").split()[0]):
        predicate = None  # "results (n=7) were combined with ...": how they were handled, not what they were
    if predicate and statistic in ("count", "percent") and _bracket_item(sentence, focus):
        # "Headache (high-dose, 18%; low-dose, 12%) and fatigue (...) were the most common AEs": an item of a
        # breakdown in a bracket is not what the sentence's predicate says of its subject
        predicate = None
    if predicate and statistic in ("count", "percent"):  # "176 patients (40%) were female", "71% were men"
        what = predicate.group("what").strip()
        label = efficacy_endpoint(what, len(what), durations=False) or what
        time = trailing_time(predicate.string[predicate.end() :])
        if time and time[3:] not in label:
            label = f"{label} at {time[3:]}"
        # "At enrollment, 175 patients (40%) were taking oral anticoagulant drugs": the time fronted before them
        return qualified("", label, fronted_time(sentence, at)), "predicate"
    died = _ASSIGNED_DIED.match(after) if statistic in ("count", "percent") else None
    if died:
        # "26.4% of patients assigned to A had died": the share of a group that died (the group is said by its
        # assignment, which the group rules read)
        return "death", "assigned had died"
    # "2 (14%) and 3 (27%) patients, respectively, had stable disease": the verb after the values it pairs
    listed_values = _RESPECTIVELY_VALUES.match(after) or _GROUPS_THEN_VERB.match(after)
    had = _HAD.match(after) or (_HAD.match(after[listed_values.end() :]) if listed_values else None)
    if had is None and subject_after:  # "9 (45%) pts in the combo cohort had received ...": past the subject
        had = _HAD.match(subject_after)
        after = subject_after if had else after
    gapped = _GAPPED_OBJECT.match(after) if had is None and statistic in ("count", "percent") else None
    if gapped and _GAPPED_AFTER.search(sentence[:at]):
        # "19 pts (63%) achieved a CMR and 7 (23%) a partial metabolic response": the verb of the clause before is
        # left out, the object after the values is theirs
        after = f"had {gapped.group('rest')}"
        had = _HAD.match(after)
    if (
        had
        and re.match(
            r"[\s%)\]]*(?:(?:of\s)?(?:the\s)?(?:patients|participants|subjects|those)\s)?who\s(?:received|underwent)\b",
            had.group(0),
        )
        and not re.match(r"(?:prior|previous|earlier)\b", had.group("what"), re.I)
    ):
        had = None  # "in 22 patients (4.4%) who underwent PCI": a relative clause that says whose the count is
    if had and re.match(
        r"[\s%)\]]*(?:among|in|for)\s(?:the\s|those\s)?(?:\d+\s)?(?:patients|participants|subjects|those|ones)\s"
        r"(?:who|that)\s(?:had|have|has|were|was)\b",
        had.group(0),
    ):
        # "CR rates were 68% among the patients who had a normal karyotype": a value's group said by a relative clause
        # after a preposition (what the group had is the group, not what the value counts)
        had = None
    if had and statistic in ("count", "percent"):
        # "eight had a positive ELISPOT response of which 4 had progressive disease": what the relative clause says
        # is of a part of them, no part of what they had
        what = re.split(r"\s(?:of\s(?:which|whom)|in\swhom|among\swhom)\b", had.group("what"))[0].strip()
        changed = re.match(
            r"\sin\s(?P<x>(?:(?!(?:because|due|owing|and|or|the|a|an|all|both|each|either)\b)[A-Za-z][A-Za-z0-9-]*\s?){1,3})"
            r"(?=[,.;()]|\s(?:because|due|owing|and|or|during|after|at|while|whereas)\b|$)",
            after[had.end() :],
        )
        if changed and re.search(
            r"\b(?:reductions?|increases?|decreases?|interruptions?|changes?|delays?)$", what, re.I
        ):
            # "Thirty patients had a reduction in dose because of adverse events": a change and what it is in are one
            # term ("reduction" alone had been the endpoint)
            what = f"{what} in {changed.group('x').strip()}"
        agent = re.match(
            r"\swith\s(?P<x>[A-Za-z][A-Za-z0-9 /-]{2,40}?)(?=[,.;()]|\s(?:and|or|while|in|at)\b|$)", after[had.end() :]
        )
        if agent and re.search(r"\b(?:treatment|therapy|therapies)$", what, re.I):
            what = f"{what} with {agent.group('x')}"  # "received treatment with checkpoint inhibitors"
        tailed = with_complement(what, after[had.end() :])  # "an AE considered related to X" (prose_label_tails.py)
        if tailed is None:
            return None, "had object: an open participle"
        what = tailed
        own_clause = re.split(r"[,;(]|\sand\s", after[len(had.group(0)) :], maxsplit=1)[0]
        if re.match(r"(?:prior|previous|earlier)\b", what, re.I):
            return what, "had object: prior therapy"  # "All 16 pts received previous anti-CD20 therapy": no dose
        if re.search(r"\breceived\b", had.group(0)) and re.search(
            r"\d\s?(?:mg|µg|μg|g)\b|[A-Z]{2,}\d", what + own_clause
        ):
            # "12 patients received HE072 at 50 mg/m²": the study drug, not an endpoint
            return "treated", "received: treated"
        if re.search(r"\bdiscontinued\b", had.group(0)) and re.match(
            r"(?:because|due|owing|for|treatment|therapy|the study|study)\b", what, re.I
        ):
            # "6 patients discontinued (treatment) because of AEs": the discontinuation
            return "discontinued", "discontinued"
        defined = _DEFINES_SET.match(after[had.end() :])
        if defined and re.search(r"\breceived\b", had.group(0)):
            # "All 28 patients received at least one dose and were included in the safety analysis", "... and
            # comprised the AT population": the set the count defines, which its coordinated predicate names
            return (defined.group("inc") or "") + defined.group("set"), "defines a set"
        dose = re.search(r"\breceived\s(?P<how>at least one|one or more|any|all)?\s?", had.group(0))
        if dose and re.search(r"\b(?:doses?|cycles?|infusions?|courses?)\b", what):
            # "19 patients received at least one dose of the vaccine", "14 received all six cycles": the set of
            # the treated, said with its verb
            how = f"{dose.group('how')} " if dose.group("how") and not what.startswith(dose.group("how")) else ""
            # ("at least a single dose" is "at least one dose")
            what = re.sub(r"^(at least )?a single\b", lambda m: f"{m.group(1) or ''}one", what)
            how = re.sub(r"^(at least )?a single\b", lambda m: f"{m.group(1) or ''}one", how)
            return f"received {how}{what}", "received: dose"
        if re.search(r"\breceived\b", had.group(0)) and arms & {w.lower() for w in re.findall(r"[A-Za-z][\w-]*", what)}:
            # "53 pts received glofitamab mono SUD": the regimen of a group the paper names, not an endpoint
            return None, "received: a group's regimen"
        if THRESHOLD_OBJECT.match(what) and re.search(r"\breceived\b", had.group(0)):
            return f"received {what}", "had object: a threshold"  # "had received at least two prior regimens"
        if re.search(r"\bunderwent\b", had.group(0)):
            # "32 underwent baseline PSMA-PET/CT", "(15/20) underwent marrow biopsy for response assessment at day
            # 100": a procedure, said with its verb, at its time (its purpose is no part of it)
            # ("marrow biopsies at multiple timepoints": when, said after it, is part of it)
            when = re.match(r"^\s(?P<t>at\s[^,;.()]{1,40}?)(?=[,;.)]|\s(?:and|or|in)\b|$)", after[had.end() :])
            what = re.split(r"\sfor\s", what)[0]
            return f"underwent {what}" + (f" {when.group('t')}" if when else ""), "had object: a procedure"
        label = efficacy_endpoint(what, len(what)) or what
        # "At day 100, 3/15 patients had X", "48 (42.9%) had a confirmed objective response": its time and confirmation
        return qualified(what, label, fronted_time(sentence, at)), "had object"
    # "(GV, n = 10; GP, n = 6) died": an item of a breakdown, not the people who died
    if (
        statistic == "count"
        and re.search(r"\b[nN]\s?=\s?$", sentence[max(0, focus - 6) : focus])
        and in_breakdown(sentence, focus)
    ):
        return None, "n= in a breakdown"
    predicated = (
        subject_predicate(subject_after if subject_after is not None else after)
        if statistic in ("count", "percent")
        else None
    )
    if predicated and predicated[0]:  # "Six of the 15 participants are still living", "and 37 completed the study"
        # "At 1 year, ... 55% of the patients remained progression-free": the time fronted before them
        return qualified("", predicated[0], fronted_time(sentence, at)), predicated[1]
    if predicated:
        return predicated
    people = (
        counted_people(after)
        # (a count and its bracketed share: "10 (62.5%)", never a share alone after a name, "placebo (48.5%)")
        if statistic in ("count", "percent") and re.match(r"\S+\s[(\[][^()\[\]]*%\s?[)\]]?$", sentence[at:end])
        else None
    )
    if people and re.search(r"[)\]]\s?$", sentence[:end] + sentence[end : end + 1]):
        return people, "counted noun"  # "10 (62.5%) males"
    if statistic == "count" and re.search(r"\b[nN]\s?=\s?$", sentence[max(0, focus - 6) : focus]):
        if in_breakdown(sentence, focus):
            # "Sixteen patients (GV, n = 10; GP, n = 6) died", "(each n=1)": one item of a breakdown of the
            # statement before the bracket, not the size of a group
            return None, "n= in a breakdown"
        if _N_OF_A_PART.match(sentence[focus:]):
            return None, "n= of a part"
        if re.search(r"\b(?:gr\.?|grades?)\s?[≥>]?\s?\d[a-c]?\s?[(\[]\s?[nN]\s?=\s?$", sentence[:focus], re.I):
            return None, "n= of a grade"  # "all Gr 1 (n=17) or Gr 2 (n=9)": the patients at that grade, not a group
        fraction = _FRACTION.match(sentence[focus:])
        share_before = _SHARE_BEFORE_N.search(sentence[:focus])
        if fraction and share_before and int(fraction.group("n")) > 0:
            # "A partial response was achieved in 30% of patients (n = 12/40)": the printed fraction is the count
            # the share is of when it gives the share back (12 of 40 is 30%); else it is unread
            share = float(share_before.group("p"))
            places = len(share_before.group("d") or "")
            exact = 100.0 * int(fraction.group("c")) / int(fraction.group("n"))
            if abs(exact - share) <= 0.5 * 10**-places + 1e-9:
                return None, "n= count of the share"
            return None, "n= count or size"
        after_percent = _SHARE_THEN_N.search(sentence[:focus])
        printed_n = _N_VALUE.match(sentence[focus:])
        if after_percent and printed_n:
            # "ORR was 73.7% (n=14)": the count the share is of, or the size of the group it is a share of; the
            # arithmetic decides (14 of 19 is 73.7%; 73.7% of 14 is no whole number of patients), else it is unread
            share, n = float(after_percent.group("p")), int(printed_n.group(0))
            places = len(after_percent.group("d") or "")
            as_count, as_size = count_or_size(share, places, n)
            if as_count and (not as_size or share == 100):
                return None, "n= count of the share"
            if as_size and not as_count:
                return "population", "n= population"
            return None, "n= count or size"
        clause = re.split(r"[,;:]\s", sentence[: max(0, focus - 3)])[-1]
        if re.search(r"\b(?:because|owing\sto|due\sto|as\sa\sresult\sof|for\sreasons?|reasons?\swere)\b", clause, re.I):
            # "1203 were excluded, most commonly because they did not meet the inclusion criteria (n=876)": the
            # patients a reason accounts for, not the size of a group
            return None, "n= of a reason"
        if not re.search(r"[A-Za-z]{2}", sentence[: max(0, focus - 3)]):
            return None, "n= of nothing named"  # "n=25 (two participants did not have ...)": whose size is not said
        if re.match(r"\d+\s?/\s?\d+", sentence[focus:]):
            return None, "n= count or size"  # "(n = 16/50; 32%)": a count of its denominator is no group's size
        return "population", "n= population"  # "(n = 107)": the size of the group the clause names
    if statistic in ("median", "mean", "min", "max", "sd", "se", "q1", "q3", "geometric_mean", "ci_low", "ci_high"):
        counted_what = counted_noun(sentence, at, end)
        if counted_what:  # "a median of 5 cycles (range 1-26)": the summary of a count is of the noun it counts
            return counted_what, "counted noun"
        lasted = duration_of_event(sentence, focus)
        if lasted:  # "Infusion-related reactions resolved after a median duration of 10 h (range 8–19 h)"
            return lasted, "duration of the event before"
        bracketed_measure = measure_before_bracket(sentence, focus)
        if bracketed_measure:  # "The number of infusions per patient (median 6, mean 9.2, range 1–38)"
            return bracketed_measure, "measure before its summaries' bracket"
        summaries = [s for s in _SUMMARY_OF.finditer(sentence[:focus]) if _summary_names(s, focus)]
        summary = summaries[-1] if summaries else None
        changed_by = r"\s(?:decreased|increased|fell|rose|declined|dropped|changed|improved)\sby\s$"
        if summary and re.match(changed_by, sentence[summary.end("what") : at]):
            # "FGF21 mean concentration decreased by 54 pg/mL": a change of the summary, not its value
            return None, "summary changed by"
        if summary:
            # "mean change in body weight", "median reduction in lipoprotein(a)": a change is of what follows its "in"
            what = re.sub(_FROM_BASELINE_IN, r"\g<c> in ", summary.group("what"))
            what = re.split(_SUMMARY_CUT, what)[0].strip()
            named = efficacy_endpoint(what, len(what))
            far = reach(sentence, summary.end(), at)
            # "After a median follow-up of 41 months, the 3-year DFS was 71% (hazard ratio, 0.97; 95% CI, ...)": the
            # time a cohort was followed has its own median, never a ratio's interval read past another result
            followed = (named or what).lower().startswith("follow") and statistic in ("ci_low", "ci_high") and far
            abbreviated = _MEDIAN_ABBREVIATION.findall(sentence[summary.end() : at]) if far else []
            if abbreviated and statistic in ("median", "ci_low", "ci_high"):
                # "With a median follow-up of 11.6 mo, mDOR was 9.1 mo": an abstract's "m" says the median of the
                # endpoint the value's own clause names, not of the summary said before
                return efficacy_endpoint(abbreviated[-1], len(abbreviated[-1])), "median abbreviation"
            later = later_subject(sentence[summary.end() : at]) if far else None
            if later:  # "X ranged from a to b, and Y was comparable, ranging from c to d" (prose_later_subjects.py)
                return (efficacy_endpoint(later, len(later)) or later), "summary of: the later clause's subject"
            if (named or what) and not followed:
                # "After 1 year, the mean systolic blood pressure was 119.3 mm Hg": the time fronted before it
                time = fronted_time(sentence, summary.start("what")) if not far else None
                return qualified("", named or what, time), f"summary of{far}"
        noun = _NOUN_AFTER.match(sentence[end:])
        if noun:
            return noun.group("what").strip(), "noun after"
    seen_in = re.search(
        r"\b(?:showed|shown|demonstrated|achieved|experienced|developed)\s(?:an?\s|the\s)?"
        r"(?P<what>(?:[a-z][a-z-]+\s){0,3}[a-z][a-z-]+)\sin\s$",
        sentence[:at],
    )
    if (
        seen_in
        and statistic in ("count", "percent")
        and not re.match(r"(?:or|and|nor)\s", seen_in.group("what"))  # "developed or increased in 20%"
        and not re.search(
            r"\b(?:occurred|observed|seen|reported|found|noted|was|were|is|are|had|has|and|or|patients?|participants?|"
            r"subjects?|group|arm|cohort|those|all|only|respectively|difference|differences)$",
            seen_in.group("what"),
        )
    ):  # "tumor shrinkage in 53 (59.6%) of 87 patients": what the patients showed
        return seen_in.group("what"), "seen in"
    appositive = _APPOSITIVE.match(sentence[:focus])
    if appositive and bare(appositive.group("what")) and statistic in ("count", "percent", "rate", "events"):
        return bare(appositive.group("what")), "appositive subject"
    occurred = [
        o
        for o in _OCCURRED.finditer(sentence[:focus])
        if bare(o.group("what")) and not negated(o.group("what")) and _occurs(o)
    ]
    named_of = _FOR_A_NAMED_OF.search(sentence[:focus])
    if occurred and named_of and statistic in ("percent", "rate", "ci_low", "ci_high"):
        # "X occurred in 11 ... and in 185 ..., for a vaccine efficacy of 94.1%": the value the clause names, not
        # the subject's share
        return named_of.group("what"), "named: for a ... of"
    composite = _LIST_SUBJECT.match(sentence[:focus])
    if composite and occurred and occurred[-1].start("what") <= composite.end("what") and statistic in _COUNTED:
        # "Cardiovascular death, myocardial infarction, or stroke occurred in 9.8%": the composite the list names,
        # not its last item
        return composite.group("what"), f"subject occurred{reach(sentence, composite.end(), at)}"
    if occurred and statistic in ("count", "percent", "rate", "events"):
        if _PART_OF.search(sentence[:at]):
            return None, PART_UNREAD  # "SAEs in 20 patients (25%), of which 6 (8%) were ...": a part of that
        if re.search(r",\s(?:with|and\swith)\s$", sentence[:at]):
            # "75% of the dose was excreted in urine, with 69% as unchanged drug": a part of the statement before,
            # said in words no rule reads as its own endpoint
            return None, PART_UNREAD
        # ("..., while capecitabine treatment was interrupted in 46%": the clause's opener is no word of its subject)
        what = re.sub(r"^(?:while|whereas)\s", "", bare(occurred[-1].group("what")))
        given = _ARM_GIVEN.fullmatch(what)
        if given and arms and given.group("a").lower() in {w for a in arms for w in a.lower().split()}:
            # "Sunitinib dosing was interrupted in 52%, while capecitabine treatment was interrupted in 46%": the arm
            # is the group, its giving the endpoint -- one endpoint for both when an earlier clause of the same verb
            # gives another arm's
            what = given.group("n")
            earlier = [
                e
                for o in occurred[:-1]
                if (o.group("v") or "") == (occurred[-1].group("v") or "")
                and (e := _ARM_GIVEN.fullmatch(bare(o.group("what"))))
            ]
            what = earlier[-1].group("n") if earlier else what
        if cut_in_bracket(what):
            return None, BRACKET_CUT  # "the primary outcome (an IGA score of 0 or 1 ... at week 16) occurred in"
        how = f"subject occurred{reach(sentence, occurred[-1].end(), at)}"
        own_clause = efficacy_endpoint(clause, local_at) if how.endswith("distant") and statistic != "count" else None
        if own_clause:
            return (
                own_clause,
                "clause endpoint",
            )  # "..., a PSA decline occurred in 42.3%, and confirmed ORR ... was 50%"
        second = re.search(
            r"\band\s(?:was\s|were\s)?(?:also\s)?[a-z]+ed\s(?!in\b|by\b|with\b)", sentence[occurred[-1].end() : at]
        )
        if second:
            # "was achieved by 42.3% of participants and confirmed per PCWG3 criteria for nine (34.6%)": the number
            # is the second predicate's, which qualifies the subject in words the label cannot carry
            return None, SECOND_PREDICATE
        stopping = _STOPPED.get((occurred[-1].group("v") or "").lower())
        if stopping:
            # "The trial drug was discontinued because of adverse events by 112 patients": what happened is the
            # stopping of the subject, not the subject
            what = f"{stopping} of {what}"
        elif (occurred[-1].group("v") or "").lower() == "withheld":
            what = f"{what} withheld"  # "Orvitamab was temporarily withheld in 12 (25.0%) patients"
        label = efficacy_endpoint(what, len(what), durations=False) or what
        grade = graded_part(sentence[:at])
        if grade:  # "AEs occurred in 88 (69.8%), including grade 3 events in 25 patients (19.8%)"
            label = f"{grade} {label}"
        return qualified(what, label, fronted_time(sentence, occurred[-1].start("what"))), how
    # "Treatment efficacy was evaluated in all 29 patients", "in 29 patients with advanced iCCA": the size of
    # the group the sentence is about, not an endpoint it names
    sized_in = re.search(r"\b(?:in|of|among)\s(?:the\s|all\s|our\s|these\s)?$", sentence[max(0, at - 12) : at], re.I)
    measured = re.search(
        r"\b(?:occurred|observed|seen|reported|achieved|noted|found|developed)\s(?:\w+\s)?in\s",
        sentence[max(0, at - 40) : at],
    )
    if (
        statistic == "count"
        and sized_in
        and not measured
        and re.match(r"^\S+\s(?:[a-z-]+\s){0,2}(?:patients|participants|subjects)\b", sentence[at:])
        and "%" not in sentence[at:end]
        and not re.match(r"^\s?\(", sentence[end:])
    ):
        # the size of the group the sentence is about, which its verb ("evaluated", "treated") qualifies: no
        # endpoint the sentence names
        return None, "sized in: a group's size"
    durations = statistic in ("median", "mean", "min", "max", "q1", "q3", "sd", "se", "ci_low", "ci_high", "value")
    # a count of patients is not an efficacy endpoint's value because the clause names one somewhere: "(planned
    # enrollment: 700 patients) ... to test whether X improves PFS"
    of_patients = statistic == "count" and bool(
        re.match(r"^\S+\s(?:[a-z-]+\s){0,2}(?:patients|participants)\b", sentence[at:])
    )
    if statistic == "p" and (own_p := own_term(sentence, focus, ratio=False)):
        return own_p, "own term before bracket"  # "with no significant effect on C (P=0.50)"
    headed = _bracket_head(sentence, focus) if statistic == "p" else None
    if headed:  # "Median overall survival (15.3 vs. 24.6 months; HR, 1.17; P = 0.350) and ORR (...)"
        return headed, "bracket's head"
    found = None if of_patients else efficacy_endpoint(clause, local_at, durations)
    if found:
        return found, "clause endpoint"
    if statistic in ("p", "count", "percent", "rate"):
        # "The number of patients experiencing an AE was similar among the A (42.7%), B (39.4%) ... groups"
        incidence = last_match(_INCIDENCE_OF, sentence[:focus])
        if incidence:
            return incidence.group("what").strip(), f"incidence of{reach(sentence, incidence.end(), at)}"
    holder = re.search(
        r"(?:^|[,;:]\s|\b(?:the|a|an)\s)(?P<what>[A-Za-z][^,;()\d]{1,60}?)\s(?:included|comprised|consisted of|"
        r"contained)\s(?:a total of\s|all\s)?$",
        sentence[:at],
    )
    if holder and statistic == "count":  # "mITT analyses included 149 patients": the set that holds them
        return (bare(holder.group("what")) or None), "holder"
    # "Among 87 evaluable patients with mTNBC, ...": a number of patients the sentence introduces, a group's size;
    # a count of patients with a share ("279 patients (64%)") is of something the sentence does not say
    introduced = re.search(r"\b(?:of|among|in)\s(?:the\s|all\s|these\s)?$", sentence[max(0, at - 12) : at], re.I)
    sized = re.search(r"\b(?:patients?|participants?|subjects?)\b", sentence[at:end]) and "%" not in sentence[at:end]
    if statistic == "count" and introduced and sized:
        return None, "introduced: a group's size"
    if statistic not in ("count", "p"):
        subject = _COPULA_SUBJECT.search(sentence[:focus])
        if subject:  # "The relative bioavailability of oral syrup was 84.4 % (95 % CI ...)"
            full = bare(subject.group("what"))
            what = re.split(_SUBJECT_END, full, maxsplit=1)[0].strip()
            what = re.sub(r"^(?:(?:median|mean|geometric mean|overall|estimated)\s)+", "", what, flags=re.I)
            of = _RATIO_FOR.fullmatch(full)
            if of and _STATISTIC_ONLY.fullmatch(what):
                # "The corresponding ratio for Cmax was 0.98": a ratio is of the quantity its "for" names, and a
                # statistic's name alone is no endpoint
                what = f"ratio of {of.group('x').strip()}"
            what = reduction_of(full) or what  # "The relative risk reduction for stroke was 36%"
            pronoun = r"(?:it|this|that|there|which|these|they|value|values|result|results)"
            if what and not re.fullmatch(pronoun, what, re.I):
                return (efficacy_endpoint(what, len(what), durations) or what), "copula subject"
    headed_colon = colon_head(sentence, at) if statistic in ("count", "percent") else None
    if headed_colon:  # "Cytokine release syndrome: 58% and 71% in the A and B cohorts, respectively"
        return headed_colon, "colon head"
    return None, "none"


# the values a colon introduces, up to the number: "58% and ", "12 (25.0%), "
_COLON_VALUES = re.compile(r"^(?:\d+(?:\.\d+)?\s?%?\s?(?:\([^()]*\)\s?)?(?:,\s|\sand\s|\s))*$")
# the head of a sentence that names its event before a colon: its words up to the colon, with no number, no clause
# end and no finite verb but the copula that names the event ("The most common AE was CRS:")
_COLON_HEAD = re.compile(r"^(?:(?:the|a|an)\s)?(?P<head>[A-Za-z≥≤][A-Za-z ≥≤/+-]{1,90}?)(?:\s?\([A-Za-z-]{2,12}\))?:\s")
# a section label before a colon names no result ("Results: 40% ...")
_SECTION_LABEL = re.compile(
    r"(?:results?|conclusions?|methods?|background|findings|interpretation|objectives?|aims?|purpose|design|"
    r"patients?|participants?|safety|efficacy|primary|secondary|outcomes?|endpoints?|note)",
    re.I,
)


def colon_head(sentence: str, at: int) -> str | None:
    """The event a sentence names before a colon that introduces the number at ``at`` and its fellows ("Treatment-
    related AEs leading to discontinuation: 5 (10.4%)", "The most common AE was cytokine release syndrome (CRS):
    58% and 71% in the A and B cohorts, respectively"), or ``None``. The head opens the sentence, holds no number
    and no verb other than a copula naming the event; a section label ("Results:") names none."""
    colon = sentence.rfind(": ", 0, at)
    if colon < 0 or not _COLON_VALUES.match(sentence[colon + 2 : at]):
        return None
    head = _COLON_HEAD.match(sentence[: colon + 2])
    if head is None or head.end() != colon + 2:
        return None
    what = head.group("head").strip()
    named = re.split(r"\s(?:was|were)\s", what)
    if len(named) > 2:
        return None
    what = re.sub(r"^(?:the|a|an)\s", "", named[-1], flags=re.I)
    if re.search(r"\b(?:is|are|had|has|have|did|showed|occurred|reported|observed|included)\b", what, re.I):
        return None
    if _SECTION_LABEL.fullmatch(what) or re.search(r"\b(?:\d|per|of\s(?:the\s)?(?:patients|participants))\b", what):
        return None
    return what or None


# a bracket still open that holds a ratio ("(...; hazard ratio, 0.30; 95% CI, 0.23 to 0.41; "), no new bracket since
_IN_A_RATIO_BRACKET = re.compile(
    r"\([^()]*\b(?:HR|OR|RR|IRR|hazard\sratio|odds\sratio|r(?:isk|ate)\sratio|relative\srisk)\b[^()]*"
    r"(?:\([^()]*\)[^()]*)*[;,]\s?$",
    re.IGNORECASE,
)


def _bracket_head(sentence: str, focus: int) -> str | None:
    """The efficacy endpoint a bracket holding the number at ``focus`` is about: the one named in the bracket
    before the number, else the one that ends right before the bracket opens ("Median overall survival (15.3
    vs. 24.6 months; ...; P = 0.350) and objective response rates (...)": the P is overall survival's, though
    its clause, cut at the bracket's ";", names only the response rate after it)."""
    opened = opening_bracket(sentence, focus)
    if opened < 0 or not re.search(r"[;,]", sentence[opened:focus]):
        return None  # a bracket of the p alone ("(P = .04)") says nothing of its own
    named = [(m.end(), name) for m, name in efficacy_terms(sentence[opened:focus]) if name != "follow-up"]
    if named:
        return max(named)[1]
    head = sentence[max(0, opened - 40) : opened].rstrip()
    ends = [name for m, name in efficacy_terms(head) if name != "follow-up" and re.fullmatch(r"s?", head[m.end() :])]
    return ends[0] if len(ends) == 1 else None


# the subject of a result stated with a copula, the number right after it
_COPULA_SUBJECT = re.compile(
    r"(?:^|[,;:]\s|\b(?:the|a|an|and)\s)(?P<what>[A-Za-z](?:[^,;()\d]|(?<=[A-Za-z])\d|(?<=[A-Za-z]-)\d+|(?<=\s)\d+(?=\s(?:days?|weeks?|"
    r"months?|years?)\b)){2,80}?)\s(?:was|were|is|are|"
    r"reached|averaged|amounted to|rang(?:ed|ing) from|(?:fell|rose|decreased|increased|declined|changed|improved|"
    r"dropped|was reduced|was lowered)(?:\s(?:by|from))?|from)\s(?:(?:estimated|calculated|found|observed|measured)\s"
    r"(?:as|at|to be)\s|about\s|approximately\s|only\s|also\s|(?:a|an)\s(?:mean|median|average)\s(?:of\s)?)?$",
    re.IGNORECASE,
)
_ASSIGNED_DIED = re.compile(
    r"\s?%?\)?\s?(?:of\s(?:the\s)?(?:patients|participants|those)\s(?:who\s(?:were|had\sbeen)\s)?(?:assigned|randomi[sz]ed|"
    r"allocated)\sto\s(?:receive\s)?(?:the\s)?[^,;()]{1,40}?\s)(?:had\s)?died\b",
    re.IGNORECASE,
)
# "the corresponding ratio for Cmax", "the geometric mean ratios of AUC": a ratio and the quantity it is of
_RATIO_FOR = re.compile(
    r"(?:the\s)?(?:corresponding\s)?(?:(?:geometric|least[- ]squares|adjusted)\s)*(?:mean\s)?ratios?\s(?:for|of)\s"
    r"(?P<x>[A-Za-z][^,;]{0,40})",
    re.IGNORECASE,
)
_STATISTIC_ONLY = re.compile(
    r"(?:the\s)?(?:corresponding\s)?(?:(?:geometric|least[- ]squares|adjusted)\s)*ratios?", re.IGNORECASE
)
# ("freedom from recurrence" is one endpoint's name)
_SUBJECT_END = r"\s(?:in|among|with|for|compared|versus|vs\.?|between|after|at|during|(?<![Ff]reedom\s)from)\s"
