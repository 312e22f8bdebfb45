"""What a prose number is about: its endpoint (the row it would have in a table) and its group (the arm).

Rules, each about how sentences report results, not about one paper:

- endpoint, nearest statement first: an AE term or landmark label already read; a PK parameter; an
  efficacy endpoint named in the same clause (ORR, DCR, PFS, OS, DoR, CR/PR/SD...); the outcome a hazard
  ratio is "for"; a term right before the number's bracket ("neutropenia (21.0%)", "diarrhea (n = 3)");
  what patients "had"/"experienced"/"achieved" ("37 patients had a dose delay"); the verb of a count of
  patients ("119 patients were enrolled", "62 were evaluable", "155 patients (A [n=32], ...) were
  randomized"); the predicate of a share ("71% were men"); the subject of the result ("X occurred in",
  "Sinus rhythm was restored in", "The primary end point, a composite of ..., occurred in", "The relative
  bioavailability was 84.4%", "ages ranged from"), never a pronoun or a negation; a "respectively" list
  of endpoints; the size of a group ("(n = 107)", "Among 87 patients"). A count of patients with a share
  and nothing else ("279 patients (64%)") has no endpoint that can be told, nor has anything else.
  Endpoints are tidied of words that only say a thing was counted ("the number of", "documented").
- group: a dose ("at 70 mg/m²"), a group, arm or cohort the clause names ("in the placebo group", "assigned
  to usual care", "TNBC cohort", an arm name the paper uses without "group": "with vernakalant"), the
  nearest by the words between (a group after a statement is its own unless another statement's number
  stands between), paired in order in "respectively" and "X vs Y" statements; a group fronted by the
  sentence ("At 70 mg/m² dose level, ...") or by an earlier one ("Among 87 patients with mTNBC, ...");
  none for a contrast (a ratio, a p-value of a comparison, a between-group difference) or when nothing
  names one (the whole trial).
- a sentence that reports another study (a citation, "et al", "previously reported", "reported by", "in the
  X trial" when X is not the name the paper runs on) and does not speak of this one ("this study", "our",
  "we") is not this trial's data.
"""

from __future__ import annotations

import re

_EFFICACY = (
    (r"objective (?:tumou?r )?response rate|overall response rate|objective response|\borr\b", "ORR"),
    (r"disease control rate|disease control|\bdcr\b", "DCR"),
    (r"clinical benefit rate|clinical benefit|\bcbr\b", "CBR"),
    (r"progression.free survival|\bm?pfs\b", "PFS"),
    (r"overall survival|\bm?os\b", "OS"),
    (r"duration of (?:objective )?response|\bm?dor\b", "DoR"),
    (r"time to (?:objective )?response|\bttr\b", "TTR"),
    (r"time to progression|\bttp\b", "TTP"),
    (r"complete (?:metabolic )?(?:response|remission)s?|(?-i:\bC[Mm]?Rs?\b)", "CR"),
    (r"partial (?:response|remission)s?|\bprs?\b", "PR"),
    (r"stable diseases?|(?<!±)(?<!± )(?<!\()\bsd\b(?!\))", "SD"),
    (r"progressive disease|\bpd\b(?!-?\d|-l)", "PD"),
    (r"follow.up", "follow-up"),
)
_EFFICACY_RE = [(re.compile(p, re.IGNORECASE), name) for p, name in _EFFICACY]
_COUNT_VERBS = re.compile(
    r"^\s*(?:patients?\s|participants?\s|subjects?\s)?(?:were|was|had been)\s(?:randomly\s)?"
    r"(?P<v>assigned|randomi[sz]ed|enrolled|excluded|included|treated|screened|analy[sz]ed|evaluable|eligible|"
    r"not evaluable|not available|discontinued|withdr[ae]wn?|dosed)",
    re.IGNORECASE,
)
_HAD = re.compile(
    r"^\s*(?:[A-Za-z-]+\s){0,4}?(?:had|experienced|achieved|developed|reported|showed|received|required|"
    r"discontinued|died)\b\s?(?:an?\s|the\s|at least one\s|one or more\s|any\s)?"
    r"(?P<what>[A-Za-z≥≤][A-Za-z ≥≤0-9/-]{1,60}?)"
    r"(?=[,.;(]|\s(?:and|or|while|whereas|with|in|during|after|at)\b|$)",
    re.IGNORECASE,
)
_TERM_BEFORE = re.compile(
    r"(?:[,;:]|\bincluding|\bincluded|\bwere|\bwas|\band|\bor|\bof|\bdue to|\bwith|\bfor)\s+"
    r"(?P<term>[A-Za-zα-ω][A-Za-z0-9 ≥α-ω/'’-]{2,50}?)\s*(?:\[[A-Z]+\])?\s*[(\[]\s*$",
    re.IGNORECASE,
)
_GROUP = re.compile(
    r"(?:\bin\sthe\s|\bin\s|\bfor\sthe\s|\bwith\s|\bassigned\sto\s|\breceiving\s|\bon\s)"
    r"(?P<g>(?:the\s)?(?!(?:each|both|either|all|every|any|two|three|their|its|this|that)\b)"
    r"(?:(?!\b(?:patients|participants|subjects)\b)[A-Za-z0-9 ²/.+-]){2,41}?\s(?:group|arm|cohort|population|part))\b",
    re.IGNORECASE,
)
# "218 were assigned to the delayed-cardioversion group and 219 to the early-cardioversion group": an arm
# named "the X group" whatever the preposition before it (X: one to three words, no article or preposition)
_THE_GROUP = re.compile(
    r"\bthe\s(?P<g>(?:(?!(?:the|of|in|and|or|with|to|vs|versus|two|three|both|each|same|other|whole|entire|"
    r"overall|study|treatment)\b)[A-Za-z0-9][A-Za-z0-9²/.+-]*\s){1,3}(?:group|arm|cohort))\b",
    re.IGNORECASE,
)
# "in Arm A", "to Cohort 2", "for Part B": a group named by a capitalised group word and a letter or number
_LETTERED = re.compile(
    r"\b(?:[Ii]n|[Tt]o|[Ff]or|[Oo]n|[Ww]ith|[Oo]f|[Aa]mong)\s(?:the\s)?(?P<g>(?:Arm|Cohort|Group|Part|Stage|arm|cohort|part)"
    r"\s(?:[A-Z]|\d{1,2}[A-Za-z]?)(?![\w-]))"
)
_ASSIGNED = re.compile(
    r"\bassigned to (?:receive\s)?(?P<g>[a-z][a-z -]{2,40}?)(?=[,;(.]|\s(?:and|had|was|were|or)\b)", re.IGNORECASE
)
_DOSE_UNIT = r"\d+(?:\.\d+)?\s?(?:mg/m²|mg/m2|mg/kg|mg\s?kg[–−-]1|mg|µg|μg|[µμ]M)(?:\s?Q\dW)?"
# a dose names a group after a preposition ("at 70 mg/m²", "with 10 µM trabedersen"), after an elided
# assignment ("18 patients to 3 mg kg–1": "were randomised to"), or as the attribute of "treated patients"
# ("11 out of 17 (65%) 3 mg kg–1 treated patients")
_DOSE = re.compile(
    r"(?:\b(?:at|with|of|received|receiving)\s(?:[A-Z][A-Za-z]*-?\d+\s|the\s)?(?:at\s)?"
    r"|\b(?:randomi[sz]ed|assigned|allocated|patients|participants|subjects)\sto\s"
    rf"|(?<![\w.])(?={_DOSE_UNIT}[\s-]treated\s(?:patients|participants|subjects)\b))"
    rf"(?P<g>{_DOSE_UNIT})(?![\w/])",
    re.IGNORECASE,
)
_OTHER_STUDY = re.compile(
    r"\bet al\b|\[\d+(?:[,–-]\s?\d+)*\]|\bpreviously reported\b|\bprevious(?:ly)? (?:trials?|studies|reports?)\b|"
    r"\bha(?:s|ve) been reported\b|\bother (?:trials?|studies)\b|\bprior (?:trials?|studies)\b|"
    r"\b(?:in|of|from) the [A-Z][A-Za-z0-9-]*[A-Z0-9][A-Za-z0-9-]* (?:trial|study)\b|\breported by\b|"
    r"\breported in (?:a|an|the|previous|prior|earlier|other|several|many|some)\s(?!(?:\w+\s)?(?:patients?|"
    r"participants?|subjects?|groups?|arms?)\b)",
)
_OWN_STUDY = re.compile(r"\b(?:this|our|the present|the current) (?:study|trial|analysis)\b|\bwe\b|\bour\b", re.I)
_STOP_TERMS = re.compile(
    r"^(?:the|a|an|of|and|in|with|patients?|pts|rate|cohort|group|arm|all|total|respectively)$", re.I
)


_CITATION = re.compile(
    r"(?:(?<=[a-z]{3})|(?<=[)%]))\d{1,3}(?:[,–-]\d{1,3})*(?=[\s,.;)]|$)|\[\d+(?:[,–-]\s?\d+)*\]|\bet al\b|"
    r"\b(?:previous|prior|other|earlier)\s(?:trials?|studies|reports?)\b|\breported\b|\b[A-Z]{3,}[-\d]*\s(?:trial|study)\b"
)


def cites(sentence: str) -> bool:
    """Does the sentence cite other work: a superscript or bracketed reference number glued to its text
    ("Onivyde (41.4%)18", "[12]"), "et al", "previous trials", "reported", a named trial?"""
    return bool(_CITATION.search(sentence))


def own_study(text: str) -> bool:
    """Does the text speak of this study ("this study", "our trial", "we", "the present study")?"""
    return bool(_OWN_STUDY.search(text))


def about_other_study(sentence: str, own: frozenset[str] = frozenset()) -> bool:
    """Does the sentence report another study's numbers (and not this one's)? A trial named by one of the
    paper's own names (``own``: see :func:`own_names`) is this one."""
    for m in _OTHER_STUDY.finditer(sentence):
        named = re.search(r"the (\S+) (?:trial|study)", m.group(0))
        if named and named.group(1) in own:
            continue
        return not _OWN_STUDY.search(sentence)
    return False


_OWN_MENTIONS = 6  # a trial's own acronym runs through its paper; another trial's is named a few times


def own_names(text: str) -> frozenset[str]:
    """The names a paper calls its own trial by: the capitalised names it puts before "trial"/"study"
    most often ("the SELECT trial" throughout a SELECT paper; "the ASCENT trial" twice in its discussion)."""
    counts: dict[str, int] = {}
    for m in re.finditer(r"\b([A-Z][A-Za-z0-9-]*[A-Z0-9][A-Za-z0-9-]*)\b", text):
        counts[m.group(1)] = counts.get(m.group(1), 0) + 1
    named = {m.group(1) for m in re.finditer(r"\b([A-Z][A-Za-z0-9-]*[A-Z0-9][A-Za-z0-9-]*) (?:trial|study)\b", text)}
    return frozenset(n for n in named if counts.get(n, 0) >= _OWN_MENTIONS)


_CLAUSE_BREAK = re.compile(r";\s|,\s(?:and|while|whereas|but|with|including|of whom|of which)\s")


def _clause(sentence: str, at: int) -> tuple[int, str]:
    """The clause of the sentence around ``at``: between ";" or ", and"/", while"/", whereas" breaks."""
    breaks = [m.end() for m in _CLAUSE_BREAK.finditer(sentence[:at])]
    start = breaks[-1] if breaks else 0
    after = _CLAUSE_BREAK.search(sentence[at:])
    end = at + after.start() if after else len(sentence)
    return start, sentence[start:end]


# a finite verb, or a clause's end: a stretch holding one is not one predicate's reach
_FINITE = re.compile(
    r";|\b(?:was|were|is|are|had|has|have|did|does|occurred|developed|died|received|experienced|achieved|showed|"
    r"underwent|required|remained|reached)\b",
    re.IGNORECASE,
)


def reach(sentence: str, verb_end: int, at: int) -> str:
    """ "" when the number at ``at`` is in the reach of the predicate ending at ``verb_end`` (no finite verb
    and no clause end between them: "X occurred in 49 of 164 patients (30%) ... and in 50 of 171"); else
    ", distant"."""
    return "" if not _FINITE.search(sentence[verb_end:at]) else ", distant"


def _last(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """The match of ``pattern`` nearest the end of ``text`` (the one nearest the number that follows)."""
    found = None
    for found in pattern.finditer(text):  # noqa: B007
        pass
    return found


def _negated(what: str) -> bool:
    """ "No significant differences were observed in the incidence of X": the subject is no endpoint."""
    return bool(re.match(r"(?:no|none|not|neither|(?:significant\s)?differences?|similar)\b", what.strip(), re.I))


def _bare(what: str) -> str:
    """A subject without its article and trailing auxiliary: "the primary endpoint had" -> "primary endpoint"."""
    what = re.sub(r"^(?:a|an|the)\s", "", what.strip(), flags=re.I)
    what = re.sub(r"\s(?:had|has|have|was|were|been|had been|has been)$", "", what, flags=re.I)
    # a pronoun names nothing: "This was seen in 12 of them" does not tell what
    return "" if re.fullmatch(r"(?:this|it|that|these|those|they|which|there|such|none|all|both)", what, re.I) else what


def efficacy_endpoint(text: str, at: int, durations: bool = True) -> str | None:
    """The efficacy endpoint named nearest before ``at`` in ``text`` (after it, when none before). Without
    ``durations``, the follow-up time is not one (a count, a rate, a ratio or a p-value is never about it)."""
    best: tuple[int, str] | None = None
    for pattern, name in _EFFICACY_RE:
        if name == "follow-up" and not durations:
            continue
        for m in pattern.finditer(text):
            distance = at - m.end() if m.end() <= at else (m.start() - at) * 3 + 40
            if best is None or distance < best[0]:
                best = (distance, name)
    return best[1] if best else None


_EVENT_NOUN = re.compile(
    r"^\s*(?P<what>(?:[A-Za-z≥-]+\s){0,3}?(?:(?:serious |treatment.related |treatment.emergent )?adverse events?|"
    r"toxicit(?:y|ies)|dose.limiting toxicit(?:y|ies)|SAEs?|TEAEs?|TRAEs?|DLTs?|responses?|deaths?|PRs?|CRs?|"
    r"stable diseases?))\b",
    re.IGNORECASE,
)
_SUMMARY_OF = re.compile(
    r"\b(?:median|mean|geometric mean)\s(?:\(\s?±\s?S[DE]\s?\)\s)?(?P<what>(?:number of |duration of )?"
    r"[A-Za-z][A-Za-z0-9 /-]{1,60}?)\s(?:was|were|is|of|:|=|,|did|had|among|in the|between|\(|"
    r"(?:decreased|increased|fell|rose|changed|improved|declined|differed)\b)",
    re.IGNORECASE,
)
_OCCURRED = re.compile(
    r"(?:^|[,;:]\s|\b(?:a|an|the)\s)(?P<what>[A-Za-z][A-Za-z0-9 ≥()-]{1,80}?)\s(?:occurred|developed|"
    r"(?:was|were)\s(?P<v>[a-z]+ed|seen|found|done|undergone|present|absent)\b)\s(?:in\s)?",
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
    r"\b(?:incidence|rate|risk|proportion|percentage|frequenc(?:y|ies)|number) of (?P<what>(?![\d.-])[^,;()]{3,60}?)"
    r"(?=\s(?:was|were|than|did|in|between|with|by)\b|[,;(]|$)",
    re.IGNORECASE,
)


def in_breakdown(sentence: str, at: int) -> bool:
    """Is the "n = x" at ``at`` an item of a bracketed breakdown ("(Caucasian, n = 20; Japanese, n = 20)",
    "(3 mg kg–1, n=1; 6 mg kg–1, n=3)", "(each n=1)"): a name and a comma, or "each", before it in its item?"""
    opened = max(sentence.rfind("(", 0, at), sentence.rfind("[", 0, at))
    if opened < 0 or sentence.rfind(")", 0, at) > opened:
        return False
    item = re.split(r"[;]", sentence[opened + 1 : at])[-1]
    return bool(re.search(r"(?:,\s?|\beach\s)[nN]\s?=\s?$", item))


def endpoint_list(sentence: str, at: int, statistic: str) -> bool:
    """Does the sentence list endpoints, its values taken "respectively" (not groups)?"""
    return _respectively_items(sentence, at, statistic) is not None


def _respectively_items(sentence: str, at: int, statistic: str) -> str | None:
    """ "The frequencies of A, B, and C were 10.9% (...), 26.9% (...) and 46.2% (...), respectively": the item
    of the value at ``at`` (the i-th value of its kind names the i-th item)."""
    if "respectively" not in sentence:
        return None
    unbracketed = re.sub(r"[(\[][^)\]]*[)\]]", lambda b: " " * len(b.group(0)), sentence)
    unit = r"%" if statistic in ("percent", "rate") else r"(?:\s?[A-Za-z/*μµ·]+)?"
    # "The frequencies of A, B and C were ..." / "The median PFS and OS were 4.8 and 14.1 months, respectively"
    heads = [
        re.search(r"\bof\s(?P<items>[^;]{3,200}?)\s(?:were|was)\s", sentence[:at]),
        re.search(r"(?:^|;\s)(?P<items>[^;]{3,200}?)\s(?:were|was)\s", sentence[:at]),
    ]
    for m in heads:
        if not m:
            continue
        lead = r"^(?:.*,\s)?(?:the\s)?(?:(?:median|mean|estimated|overall)\s)*"
        named = re.sub(lead, "", m.group("items"), flags=re.I)
        for listed in (m.group("items"), named):
            items = [i.strip() for i in re.split(r",\s*(?:and\s+)?|\s+and\s+", listed) if i.strip()]
            if len(items) < 2:
                continue
            if len(items[0].split()) > 1 and all(len(i.split()) == 1 for i in items[1:]):
                # "Topo I positivity and negativity": the first item's modifier is shared by the others
                shared = items[0].rsplit(" ", 1)[0]
                items = [items[0], *(f"{shared} {i}" for i in items[1:])]
            values = list(re.finditer(rf"(?<![\d.])\d+(?:\.\d+)?{unit}", unbracketed[m.end() :]))
            index = sum(1 for v in values if m.end() + v.start() < at)
            if index < len(items) and len(values) == len(items):
                return items[index]
    return None


def endpoint_of(sentence: str, at: int, end: int, statistic: str, focus: int | None = None) -> str | None:
    """The endpoint of the statement at sentence[at:end] whose number read as ``statistic`` sits at ``focus``,
    or ``None`` when the sentence does not tell; in the words a reviewer files it under (see :func:`tidy`)."""
    return endpoint_binding(sentence, at, end, statistic, focus)[0]


def endpoint_binding(
    sentence: str, at: int, end: int, statistic: str, focus: int | None = None
) -> tuple[str | None, str]:
    """:func:`endpoint_of`, with how the sentence binds the endpoint to the number (the rule that read it:
    "term before bracket", "copula subject", "clause endpoint" ...; "none" when nothing did)."""
    found, how = _endpoint_of(sentence, at, end, statistic, focus)
    found = tidy(found) if found else None
    return (found, how) if found and _a_label(found) else (None, how if not found else f"not a label: {how}")


# what no label starts with (a conjunction or a preposition: the tail of another phrase), what no label says
# (a verb of reporting: a clause, not a noun phrase), and labels that name nothing measured
_NOT_A_LABEL = re.compile(
    r"^(?:and|or|but|of|in|at|to|with|for|by|from|whereas|while|which|that|been|being|before|after|during|until|"
    r"since|within|thus|therefore|hence|then|also|only)\b|\b(?:median|mean)\s(?:of\s)?\d|"
    r"^(?:\d+|[A-Za-z]+(?:-[a-z]+)?)\s(?:patients|participants|subjects)$|"
    r"\b(?:that|which|who|whom|whose|the|a|an|of|in|to|and|or|with|than)$|"
    r"^(?:occurred|observed|reported|seen|found|noted|recorded|happened)$|"
    r"\b(?:is|are|was|were)\s(?:reported|shown|listed|presented|summari[sz]ed|given|described)\b|"
    r"^(?:the\s)?(?:treatment\s|study\s)?(?:efficacy|safety|duration|time|value|values|results?|outcomes?|data|"
    r"analys[ie]s|findings?|rates?|response|evaluation|events?)$",
    re.IGNORECASE,
)


def _a_label(label: str) -> bool:
    """Is ``label`` a noun phrase that names what was measured?"""
    return not _NOT_A_LABEL.search(label.strip())


_HEAD_NOUNS = r"(?:presence|number|occurrence|incidence|use|proportion|percentage|frequency|development)"
_QUALIFIERS = (
    r"(?:documented|confirmed|reported|observed|recorded|taking|using|having|any|a|an|the|total|had|has|have|"
    r"received|experienced|developed|achieved|required)"
)


def tidy(endpoint: str) -> str:
    """An endpoint without the words that only say it was counted or seen: "the number of nights spent" ->
    "nights spent", "documented recurrence of atrial fibrillation" -> "recurrence of atrial fibrillation",
    "presence of sinus rhythm" -> "sinus rhythm"; a word broken at a line end is mended."""
    text = re.sub(r"(?<=[a-z])- (?=[a-z])", "", endpoint.strip())
    while True:
        tidied = re.sub(rf"^(?:{_QUALIFIERS}\s|{_HEAD_NOUNS}\sof\s(?:the\s)?)", "", text, flags=re.I)
        if tidied == text or not tidied:
            break
        text = tidied
    return text or endpoint


def _endpoint_of(sentence: str, at: int, end: int, statistic: str, focus: int | None = None) -> tuple[str | None, str]:
    focus = at if focus is None else focus
    start, clause = _clause(sentence, focus)
    local_at = focus - start
    before = sentence[:at].rstrip()
    bracketed = sentence[at : at + 1] in ("(", "[") or before.endswith(("(", "["))
    before = before[:-1] if before.endswith(("(", "[")) else before
    window = before[-60:] + " ("
    term = (_TERM_BEFORE.search(window) or _TERM_BEFORE.search(", " + window)) if bracketed else None
    if term and statistic in ("count", "percent", "events", "rate") and not re.search(r"\d", term.group("term")):
        words = term.group("term").strip()
        # the term after the last list word: "the most common were neutropenia (20.6%)" -> "neutropenia"
        words = re.split(r"\b(?:including|included|were|was|are|is|and|or|of|due to|with|for)\s|[,;:]\s?", words)[-1]
        words = re.sub(r"^(?:(?:the|a|an|any|of|in|and|or)\s+)+", "", words, flags=re.IGNORECASE)
        grouping = re.search(r"\b(?:patients?|pts|participants?|subjects?|assigned|group|arm|cohort)\b", words, re.I)
        dangling = re.search(r"\b(?:in|of|to|at|was|were|occurred|than|and|or|with|for|by|had|among)$", words, re.I)
        # "No safety issues were identified in the phase Ib portion (n = 7)": a predicate, not a term
        predicate = re.match(
            r"(?:[a-z]+ed|seen|found|shown|done|given|taken)\s(?:in|at|by|with|for|from|during|on)\b", words
        )
        if words and not _STOP_TERMS.match(words) and not grouping and not dangling and not predicate:
            named = efficacy_endpoint(words, len(words))
            return (named or words), "term before bracket"
    named_after = re.search(r"^[^()]{1,12}?\sfor\s(?P<x>[A-Za-z][\w-]{1,20})\s?\(", sentence[at:end]) or re.match(
        r"^\s?for\s(?P<x>[A-Za-z][\w-]{1,20})(?=\s?[,;.]|\s(?:and|or)\s(?![^,;()]*\b(?:arms|groups|cohorts)\b)|$)",
        sentence[end:],
    )
    if named_after and statistic not in ("count", "percent", "p"):
        # "-0.12 for MMSE (95% CI ...)", "0.05 (95% CI ...) for NTB": the estimate of what it is said to be for
        what = named_after.group("x")
        if re.search(r"\bdifferences?\b", sentence[:at], re.I):
            what = f"difference in {what}"
        return what, "estimate for term"
    if statistic in ("hr", "or", "rr"):
        named_for = re.search(
            r"\b(?:hazard ratio|HR|odds ratio|OR|risk ratio|relative risk|RR)\s(?:for|of)\s(?:the\s)?"
            r"(?P<o>[A-Za-z][A-Za-z -]{2,50}?)\s?[,:=(]?\s?$",
            sentence[:focus],
        )
        if named_for:  # "hazard ratio for death, 0.62"
            what = named_for.group("o").strip()
            return (efficacy_endpoint(what, len(what), durations=False) or what), "ratio: named for"
        appositive = _APPOSITIVE.match(sentence[:focus])
        if appositive and _bare(appositive.group("what")):
            return _bare(appositive.group("what")), "ratio: appositive"
        occurred = [o for o in _OCCURRED.finditer(sentence[:focus]) if _occurs(o)]
        if occurred and _bare(occurred[-1].group("what")):
            what = _bare(occurred[-1].group("what"))
            how = f"ratio: subject occurred{reach(sentence, occurred[-1].end(), focus)}"
            return (efficacy_endpoint(what, len(what), durations=False) or what), how
        found = efficacy_endpoint(clause, local_at, durations=False)
        if found:
            return found, "ratio: clause endpoint"
        incidence = _last(_INCIDENCE_OF, sentence[:focus])
        if incidence:  # "The incidence of a first recurrence of AF ... (hazard ratio, 0.97)"
            return incidence.group("what").strip(), "ratio: incidence of"
        counted = list(re.finditer(r"\b\d+\s(?P<e>deaths|events)\b", sentence[:focus]))
        if counted:  # "there were 102 deaths in the X group and 143 in the Y group (hazard ratio, 0.67)"
            return ("death" if counted[-1].group("e") == "deaths" else "events"), "ratio: counted events"
        outcome = re.search(
            r"(?:for|of)\s(?:the\s)?(?P<o>[a-z][a-z -]{3,50}?)\s*(?:\(|,|was|were|$)", clause[:local_at]
        )
        if outcome:
            return outcome.group("o").strip(), "ratio: for outcome"
        # "Median PFS was 4.0 and 2.5 months ... (adjusted hazard ratio, 0.81; ...)": the one endpoint the
        # sentence states before the ratio; several, or none, do not tell
        stated = {name for pattern, name in _EFFICACY_RE if name != "follow-up" and pattern.search(sentence[:focus])}
        return (stated.pop() if len(stated) == 1 else None), "ratio: one stated before"
    inner = re.match(
        r"^\S+\s(?:[a-z-]+\s){0,2}?(?:had|experienced|achieved|developed)\s(?:an?\s|the\s)?"
        r"(?!(?:been|occurred|[a-z]+ed\s(?:in|at|by|to|with|from|for|on)\b))(?P<what>[A-Za-z][^,;()\d]{2,60}?)(?=[,;(.]|\s(?:and|or|while|whereas)\b|$)",
        sentence[at:],
    )
    if inner and statistic == "count":  # "Of these, two had confirmed complete responses, three had ...": its own
        what = inner.group("what").strip()
        return (efficacy_endpoint(what, len(what)) or what), "own verb had"
    listed = _respectively_items(sentence, focus, statistic)
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
    verb = _COUNT_VERBS.match(unbracketed) or re.match(
        r"^[^.;]{0,60}?\s(?:were|was|had been)\s(?:randomly\s)?"
        r"(?P<v>excluded|included|enrolled|randomi[sz]ed|treated|assigned|allocated)",
        unbracketed,
    )
    if verb and statistic == "count":
        where = re.match(
            r"\s(?:in|from)\s(?:the\s)?(?P<set>[a-z][a-z -]{2,40}?(?:set|analysis|population))\b",
            unbracketed[verb.end() :],
        )
        if where and verb.group("v").lower() in ("included", "excluded"):
            # "included in efficacy evaluable set"
            return f"{verb.group('v').lower()} in {where.group('set')}", "count verb after"
        return verb.group("v").lower(), "count verb after"
    event = _EVENT_NOUN.match(sentence[at:].split(")")[0].lstrip("0123456789., ")) if statistic == "count" else None
    if event and not re.search(r"patients?|participants?", event.group("what"), re.IGNORECASE):
        what = event.group("what").strip()
        return (efficacy_endpoint(what, len(what)) or what), "event noun"
    predicate = re.match(
        r"^(?:of (?:the |all )?(?:patients|participants|subjects)\s)?(?:were|was)\s(?!(?:not|also|then|similar|"
        r"observed|reported|seen|found|noted|lower|higher|greater|smaller|larger|comparable|significantly|more|less|"
        r"fewer)\b)(?P<what>[a-z][a-z -]{1,40}?)"
        r"(?=[,.;(]|\s(?:and|while|whereas|in|at|during|after|before|with|than)\b|$)",
        after,
    )
    if predicate and statistic in ("count", "percent"):  # "176 patients (40%) were female", "71% were men"
        what = predicate.group("what").strip()
        return (efficacy_endpoint(what, len(what), durations=False) or what), "predicate"
    had = _HAD.match(after)
    if had and statistic in ("count", "percent"):
        what = had.group("what").strip()
        agent = re.match(
            r"\swith\s(?P<x>[A-Za-z][A-Za-z0-9 /-]{2,40}?)(?=[,.;()]|\s(?:and|or|while|in|at)\b|$)", after[had.end() :]
        )
        if agent and re.search(r"\b(?:treatment|therapy|therapies)$", what, re.I):
            what = f"{what} with {agent.group('x')}"  # "received treatment with checkpoint inhibitors"
        own_clause = re.split(r"[,;(]|\sand\s", after[len(had.group(0)) :], maxsplit=1)[0]
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
        return (efficacy_endpoint(what, len(what)) or what), "had object"
    if statistic == "count" and re.search(r"\b[nN]\s?=\s?$", sentence[max(0, focus - 6) : focus]):
        if in_breakdown(sentence, focus):
            # "Sixteen patients (GV, n = 10; GP, n = 6) died", "(each n=1)": one item of a breakdown of the
            # statement before the bracket, not the size of a group
            return None, "n= in a breakdown"
        return "population", "n= population"  # "(n = 107)": the size of the group the clause names
    if statistic in ("median", "mean", "min", "max", "sd", "se", "q1", "q3", "geometric_mean", "ci_low", "ci_high"):
        summaries = list(_SUMMARY_OF.finditer(sentence[:focus]))
        summary = summaries[-1] if summaries else None
        if summary:
            what = re.split(r"\s(?:with|in|among|for)\s|,", summary.group("what"))[0].strip()
            named = efficacy_endpoint(what, len(what))
            if named or what:
                return (named or what), f"summary of{reach(sentence, summary.end(), at)}"
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
        and not re.search(
            r"\b(?:occurred|observed|seen|reported|found|noted|was|were|is|are|had|has|and|or|patients?|participants?|"
            r"subjects?|group|arm|cohort|those|all|only|respectively|difference|differences)$",
            seen_in.group("what"),
        )
    ):  # "tumor shrinkage in 53 (59.6%) of 87 patients": what the patients showed
        return seen_in.group("what"), "seen in"
    appositive = _APPOSITIVE.match(sentence[:focus])
    if appositive and _bare(appositive.group("what")) and statistic in ("count", "percent", "rate", "events"):
        return _bare(appositive.group("what")), "appositive subject"
    occurred = [
        o
        for o in _OCCURRED.finditer(sentence[:focus])
        if _bare(o.group("what")) and not _negated(o.group("what")) and _occurs(o)
    ]
    if occurred and statistic in ("count", "percent", "rate", "events"):
        what = _bare(occurred[-1].group("what"))
        how = f"subject occurred{reach(sentence, occurred[-1].end(), at)}"
        return (efficacy_endpoint(what, len(what), durations=False) or what), how
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
    found = None if of_patients else efficacy_endpoint(clause, local_at, durations)
    if found:
        return found, "clause endpoint"
    if statistic in ("p", "count", "percent", "rate"):
        # "The number of patients experiencing an AE was similar among the A (42.7%), B (39.4%) ... groups"
        incidence = _last(_INCIDENCE_OF, sentence[:focus])
        if incidence:
            return incidence.group("what").strip(), f"incidence of{reach(sentence, incidence.end(), at)}"
    holder = re.search(
        r"(?:^|[,;:]\s|\b(?:the|a|an)\s)(?P<what>[A-Za-z][^,;()\d]{1,60}?)\s(?:included|comprised|consisted of|"
        r"contained)\s(?:a total of\s|all\s)?$",
        sentence[:at],
    )
    if holder and statistic == "count":  # "mITT analyses included 149 patients": the set that holds them
        return (_bare(holder.group("what")) or None), "holder"
    # "Among 87 evaluable patients with mTNBC, ...": a number of patients the sentence introduces, a group's size;
    # a count of patients with a share ("279 patients (64%)") is of something the sentence does not say
    introduced = re.search(r"\b(?:of|among|in)\s(?:the\s|all\s|these\s)?$", sentence[max(0, at - 12) : at], re.I)
    sized = re.search(r"\b(?:patients?|participants?|subjects?)\b", sentence[at:end]) and "%" not in sentence[at:end]
    if statistic == "count" and introduced and sized:
        return None, "introduced: a group's size"
    if statistic not in ("count", "p"):
        subject = _COPULA_SUBJECT.search(sentence[:focus])
        if subject:  # "The relative bioavailability of oral syrup was 84.4 % (95 % CI ...)"
            what = re.split(_SUBJECT_END, _bare(subject.group("what")), maxsplit=1)[0].strip()
            what = re.sub(r"^(?:(?:median|mean|geometric mean|overall|estimated)\s)+", "", what, flags=re.I)
            pronoun = r"(?:it|this|that|there|which|these|they|value|values|result|results)"
            if what and not re.fullmatch(pronoun, what, re.I):
                return (efficacy_endpoint(what, len(what), durations) or what), "copula subject"
    return None, "none"


# the subject of a result stated with a copula, the number right after it
_COPULA_SUBJECT = re.compile(
    r"(?:^|[,;:]\s|\b(?:the|a|an|and)\s)(?P<what>[A-Za-z](?:[^,;()\d]|(?<=[A-Za-z])\d){2,80}?)\s(?:was|were|is|are|"
    r"reached|averaged|amounted to|rang(?:ed|ing) from|(?:fell|rose|decreased|increased|declined|changed|improved|"
    r"dropped|was reduced|was lowered)(?:\s(?:by|from))?|from)\s(?:(?:estimated|calculated|found|observed|measured)\s"
    r"(?:as|at|to be)\s|about\s|approximately\s|only\s|also\s|(?:a|an)\s(?:mean|median|average)\s(?:of\s)?)?$",
    re.IGNORECASE,
)
_SUBJECT_END = r"\s(?:in|among|with|for|compared|versus|vs\.?|between|after|at|during|from)\s"


_POPULATION = re.compile(
    r"\b(?:patients|participants|subjects)\swith\s(?P<g>(?:(?!(?:with|and|the|who|had|have|were|was|any|prior|"
    r"previous|known)\b)[a-z][a-z-]{3,}\s){0,2}(?:[A-Za-z0-9-]*[A-Z][A-Za-z0-9-]*\s?){1,3})"
)
# "TNBC patients had received ...", "Of all TNBC patients, 20.8% ...": a population named by its acronym
_ACRONYM_PATIENTS = re.compile(
    r"\b(?!(?:AEs?|SAEs?|TEAEs?|TRAEs?|ORR|DCR|PFS|OS|CR|PR|SD|PD|DLTs?|ECOG|ITT|mITT|PK|PP)\b)"
    r"(?P<g>[A-Z][A-Za-z0-9-]*[A-Z][A-Za-z0-9-]*)\s(?:patients|participants|subjects)\b"
)


# "in Japanese subjects", "In Caucasian subjects, ...": a population named by a proper adjective after a preposition
_PROPER_POPULATION = re.compile(
    r"\b(?:[Ii]n|[Aa]mong|[Ff]or|[Oo]f)\s(?:the\s)?(?P<g>(?!(?:The|All|These|Those|Both|Each|Other|Such|Some|Most|"
    r"Many|Several|Evaluable|Eligible|Treated)\b)[A-Z][a-z]{3,})\s(?:subjects|volunteers|patients|participants)\b"
)


# "13.6% in those with wild type", "(75.0%) in patients who had a CYP2D6 variant": a group said right after
_POPULATION_AFTER = re.compile(
    r"^\)?\s?(?:\([^()]*\)\s?)?(?:in|among)\s(?:the\s)?(?:patients|participants|subjects|those)\s(?:with|who had|"
    r"who were)\s(?P<g>[^,;()\d]{3,50}?)(?=\s(?:and|or|vs\.?|versus|than|compared)\b|\s?[,;()]|\.?$)"
)
_SPREAD = re.compile(
    r"^\s?\(\s?(?:s\.?d\.?|SD|SE|s\.?e\.?|range|IQR|±)?[:,]?\s?[-\d.,\s–±]+(?:\s?[a-z]{1,7})?\)", re.IGNORECASE
)
# a number another statement begins with, in digits or in words ("five deaths in the dabigatran group")
_A_NUMBER = re.compile(
    r"(?<![\w.])\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]{3,5}teen|twenty|thirty|"
    r"forty|fifty|sixty|seventy|eighty|ninety)\b",
    re.IGNORECASE,
)


def group_of(sentence: str, at: int, end: int | None = None, arms: frozenset[str] = frozenset()) -> str | None:
    """The group the clause around ``at`` names (a dose, an arm, a cohort, "patients with TNBC"), or ``None``
    (the whole trial). A group named after the statement (which ends at ``end``) is as near as the words
    between them: "in 608 of 4668 patients (13.0%) in the liraglutide group and in 694 of 4672 patients
    (14.9%) in the placebo group" gives 694 the placebo group, not the group named just before it."""
    return group_binding(sentence, at, end, arms)[0]


_GROUP_KINDS = (
    "dose",
    "in X group",
    "the X group",
    "lettered arm",
    "assigned to",
    "patients with",
    "acronym patients",
    "proper-adjective population",
    "X-treated patients",
)

# "29% of capecitabine-treated patients", and the suspended first term of "33% of sunitinib- and 29% of
# capecitabine-treated patients": the arm a share of treated patients is of
_TREATED = re.compile(
    r"(?<![\w-])(?P<g>[A-Za-z][A-Za-z0-9]{2,})-(?=treated\s(?:patients|participants|subjects)\b|"
    r"\s(?:and|or)\s(?:\d[^.;]{0,30}?\s)?[A-Za-z][A-Za-z0-9]{2,}-treated\s(?:patients|participants|subjects)\b)"
)


def group_binding(
    sentence: str, at: int, end: int | None = None, arms: frozenset[str] = frozenset()
) -> tuple[str | None, str]:
    """:func:`group_of`, with how the clause binds the group: "said after", "fronted", or the kind of name
    ("dose", "the X group", "arm name" ...) and whether it stands "before" or "after" the number."""
    start, clause = _clause(sentence, at)
    local_at = at - start
    local_end = max(local_at, (end if end is not None else at) - start)
    after = _POPULATION_AFTER.match(sentence[end if end is not None else at :])
    if after:  # "18.2% in those with single heterozygous": the group the number is said of, right after it
        return after.group("g").strip(), "said after"
    candidates: list[tuple[int, str, str]] = []
    patterns = [
        *(_DOSE, _GROUP, _THE_GROUP, _LETTERED, _ASSIGNED, _POPULATION, _ACRONYM_PATIENTS, _PROPER_POPULATION),
        _TREATED,
    ]
    if arms:  # "12 minutes (IQR 8-24) with vernakalant": an arm the paper names, without "group"
        names = "|".join(re.escape(a).replace(r"\ ", r"[\s-]") for a in sorted(arms, key=len, reverse=True))
        patterns.append(
            re.compile(rf"\b(?:with|in|on|receiving|for)\s(?:the\s)?(?P<g>(?:{names}))\b(?!\s(?:group|arm))", re.I)
        )
    for kind, pattern in zip((*_GROUP_KINDS, "arm name"), patterns, strict=False):
        for m in pattern.finditer(clause):
            between = clause[local_at : m.start()].lstrip("0123456789.,")
            if m.start() > local_at and re.search(r"(?<![\w.])\d+\s(?:[a-z]+\s)?(?:were|was|had)\b", between):
                continue  # "5523 were screened and 200 were assigned to X": the group is of the number after
            # its own spread ("(s.d.: 17.3)", "(29.1)", "(range, 2-8)") is no other number
            after_it = re.sub(_SPREAD, "", clause[local_end : m.start()])
            if local_end == local_at:  # no end given: the number itself is the first word
                after_it = re.sub(r"^\S+", "", after_it)
            if m.start() >= local_end and _A_NUMBER.search(after_it):
                continue  # "52 of 75 (69.3%) ... and 8 of 75 (10.7%) receiving placebo": placebo is of 8
            if re.match(r"\s?(?:\([^)]*\))?,?\s(?:or|versus|vs\.?)\s", clause[m.end() :]):
                continue  # "assigned to receive X (563 patients) or Y (562 patients)": one of several arms
            if m.start() >= local_end:
                distance = m.start() - local_end
            elif m.end() <= local_at:
                distance = local_at - m.end()
                coordinated = r"\b(?:and|or|vs\.?|versus|while|whereas|compared with|than)\b"
                if re.search(coordinated, clause[m.end() : local_at]):
                    distance += 60  # "12.2% in the A group and 27.0% in the B group": A is the earlier coordinate's
                elif _A_NUMBER.search(re.split(r"[,;]", clause[: m.start()])[-1]):
                    distance += 60  # "in 5 (46%) patients in part 1, 12 (32%) in part 2": part 1 is 5's
            else:
                distance = 0
            # "patients with TNBC" is a population the clause may only mention; an arm or a dose is nearer
            side = "after" if m.start() >= local_end else "before" if m.end() <= local_at else "around"
            candidates.append(
                (distance + (20 if pattern is _POPULATION else 0), m.group("g").strip(), f"{kind}, {side}")
            )
            if pattern is _ACRONYM_PATIENTS and m.end() <= local_at:
                candidates[-1] = (max(0, distance - 60), *candidates[-1][1:])  # the clause's subject: its scope
    if not candidates:
        # "At 70 mg/m² dose level (n = 107), 104 patients had ..., and 50 patients had ...": a group fronted
        # before the sentence's first comma is the group of all its clauses
        fronted = re.match(r"(?:At|In|Among|For|With|Of)\s[^,;]{2,80},", sentence)
        found = single_group(fronted.group(0)) if fronted and fronted.end() <= at else None
        return found, "fronted" if found else "none"
    _, best, how = min(candidates)
    return re.sub(r"^the\s", "", best, flags=re.IGNORECASE), how


def respectively_groups(sentence: str) -> list[str]:
    """ "in the X and Y groups, respectively" / "X vs Y": the groups of a paired statement, in order."""
    m = re.search(
        r"(?:in|for|with)\s(?:the\s)?(?P<a>[A-Za-z0-9][\w ²/.+-]{1,30}?)\s(?:and|vs\.?|versus)\s(?:the\s)?"
        r"(?P<b>[A-Za-z0-9][\w ²/.+-]{1,30}?)\s(?P<w>groups|arms|cohorts)\b",
        sentence,
        re.IGNORECASE,
    )
    if m:
        word = m.group("w")[:-1]
        return [f"{m.group('a')} {word}", f"{m.group('b')} {word}"]
    lettered = re.search(
        r"\b(?:in|for|with|of)\s(?:the\s)?(?P<w>Arms|Cohorts|Groups|Parts)\s(?P<items>[A-Z0-9]{1,3}(?:,\s[A-Z0-9]{1,3})*,?"
        r"\s(?:and|vs\.?|versus)\s[A-Z0-9]{1,3})\b",
        sentence,
    )
    if lettered:  # "in Arms A and B, respectively"
        word = lettered.group("w")[:-1]
        return [f"{word} {x}" for x in re.findall(r"\b[A-Z0-9]{1,3}\b", lettered.group("items"))]
    return []


def single_group(text: str) -> str | None:
    """The group a stretch of text names, when it names exactly one (doses, "X group", "patients with X")."""
    kinds: dict[str, dict[str, str]] = {}
    for kind, pattern in (
        ("dose", _DOSE),
        ("arm", _GROUP),
        ("arm", _THE_GROUP),
        ("arm", _LETTERED),
        ("population", _POPULATION),
        ("population", _ACRONYM_PATIENTS),
        ("population", _PROPER_POPULATION),
    ):
        for m in pattern.finditer(text):
            name = re.sub(r"^the\s", "", m.group("g").strip(), flags=re.IGNORECASE)
            kinds.setdefault(kind, {}).setdefault(re.sub(r"\W", "", name.lower()), name)
    found = {k: v for names in kinds.values() for k, v in names.items()}
    if len(found) == 1:
        return next(iter(found.values()))
    populations = kinds.get("population", {})
    if len(populations) == 1 and len(kinds.get("dose", {})) >= 2 and "arm" not in kinds:
        # "patients with TNBC ... four responses at 50 mg/m² and 18 at 70 mg/m²": the dose levels break the
        # one population down; the paragraph is about the population
        return next(iter(populations.values()))
    return None


def population_of(text: str) -> str | None:
    """The one population ("patients with TNBC") a stretch of text names, or ``None``."""
    found = {re.sub(r"\W", "", m.group("g").lower()): m.group("g").strip() for m in _POPULATION.finditer(text)}
    return next(iter(found.values())) if len(found) == 1 else None


def any_group(text: str) -> bool:
    """Does the text name any group at all?"""
    return any(
        p.search(text)
        for p in (_DOSE, _GROUP, _THE_GROUP, _LETTERED, _POPULATION, _ACRONYM_PATIENTS, _PROPER_POPULATION)
    )


def group_of_n(text: str, n: int) -> str | None:
    """The group whose size the text states as ``n`` ("Among 87 evaluable patients with mTNBC", "of the 18
    patients with HER2-negative BCBM"), when it names one: the N a statement is of tells whose it is."""
    found: dict[str, str] = {}
    for m in re.finditer(rf"(?<![\d.,/]){n}(?![\d.,/%])(?P<rest>[^.;]{{0,60}})", text):
        pop = _POPULATION.match(
            re.sub(r"^\s(?:[A-Za-z-]+\s){0,2}?(?=(?:patients|participants|subjects)\b)", "", m.group("rest"))
        )
        if pop:
            name = pop.group("g").strip()
            found.setdefault(re.sub(r"\W", "", name.lower()), name)
    return next(iter(found.values())) if len(found) == 1 else None


_RUN_IN = re.compile(r"^(?:[A-Z][a-z]+(?:\s[a-z]+){0,3}\s)?[A-Z][A-Za-z-]+(?:\s[A-Za-z-]+){0,2}\.\s+(?=[A-Z])")


def section_group(text: str, paragraph_starts: list[int], at: int) -> str | None:
    """The group a run-in section states in its first sentence ("Safety. At 70 mg/m² dose level (n = 107),
    ..."), for a later paragraph of that section that names no group of its own."""
    for start in reversed([p for p in paragraph_starts if p <= at]):
        head = _RUN_IN.match(text[start : start + 80])
        if head:
            first = text[start + head.end() :]
            end = re.search(r"\.\s+[A-Z]", first)
            return single_group(first[: end.start()] if end else first[:300])
    return None


def named_groups(text: str) -> list[str]:
    """The groups a stretch of text names, in the order it names them (each once)."""
    found: list[tuple[int, str]] = []
    for pattern in (_DOSE, _GROUP, _THE_GROUP, _LETTERED, _ASSIGNED, _POPULATION):
        for m in pattern.finditer(text):
            found.append((m.start(), re.sub(r"^the\s", "", m.group("g").strip(), flags=re.IGNORECASE)))
    out: list[str] = []
    for _, name in sorted(found):
        if all(re.sub(r"\W", "", name.lower()) != re.sub(r"\W", "", o.lower()) for o in out):
            out.append(name)
    return out
