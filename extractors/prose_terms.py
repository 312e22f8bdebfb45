"""The words a prose endpoint is read in: the efficacy endpoints a clause may name, a clause's bounds and a
predicate's reach, and what makes a label a noun phrase that names what was measured (and its tidy form)."""

from __future__ import annotations

import re

from extractors.prose_label_tails import names_a_rank, open_participle

_EFFICACY = (
    (
        r"objective (?:tumou?r )?response rate|overall response rate|objective response|\borr\b|"
        r"complete (?:or|and|\+|/) partial (?:response|remission)s?|"
        # "a best response of PR or CR", "CR + PR": the two categories together are an objective response
        r"(?-i:\b(?:PR|CR)s?\s?(?:or|\+|/)\s?(?:CR|PR)s?\b)|partial (?:or|and) complete (?:response|remission)s?|"
        r"(?<!complete )(?<!partial )(?<!metabolic )(?<!molecular )\bresponse rates?\b",
        "ORR",
    ),
    (r"disease control rate|disease control|\bdcr\b", "DCR"),
    (r"clinical benefit rate|clinical benefit|\bcbr\b", "CBR"),
    (r"progression.free survival|\bm?pfs\b", "PFS"),
    (r"overall survival|\bm?os\b", "OS"),
    (r"duration of (?:objective )?response|\bm?dor\b", "DoR"),
    (r"time to (?:objective )?response|\bttr\b", "TTR"),
    (r"time to progression|\bttp\b", "TTP"),
    # the IMWG categories named after CR and PR come before them: "very good partial response" is no PR
    (r"very good partial (?:response|remission)s?|\bvgprs?\b", "VGPR"),
    (r"near[- ]complete (?:response|remission)s?|(?-i:\bnCRs?\b)", "nCR"),
    (r"stringent complete (?:response|remission)s?|(?-i:\bsCRs?\b)", "sCR"),
    (r"complete (?:metabolic )?(?:response|remission)s?|(?-i:\bC[Mm]?Rs?\b)", "CR"),
    (r"partial (?:response|remission)s?|\bprs?\b", "PR"),
    (r"stable diseases?|(?<!±)(?<!± )(?<!\()\bsd\b(?!\))", "SD"),
    (r"progressive disease|\bpd\b(?!-?\d|-l)", "PD"),
    (r"follow.up", "follow-up"),
)
# endpoints whose name holds a shorter endpoint's words, named as the text prints them (a qualifier -- pathologic,
# metabolic, cytogenetic, molecular, MRD, PSA, radiographic, "with incomplete recovery", "or better" -- is part of the
# endpoint and never dropped); a trailing "rate" is left out of the name
_RATE = r"(?:\s(?:rates?|status))?"
_QUALIFIED = (
    r"path(?:o|ologic(?:al)?)\s?complete (?:response|remission)s?|(?-i:\b(?:pCR|ypT0\s?N0|ypT0/is\s?ypN0)\b)",
    r"complete (?:metabolic|cytogenetic|molecular|hematologic|haematologic) (?:response|remission)s?|"
    r"(?-i:\b(?:CMR|CCyR|CHR|CMolR)\b)",
    r"(?:major|partial|minor) (?:cytogenetic|molecular|metabolic) (?:response|remission)s?|(?-i:\b(?:MCyR|PCyR)\b)",
    r"(?:complete (?:response|remission)|CR) with (?:incomplete|partial) (?:hematologic|haematologic|blood count|count|"
    r"platelet) recovery|(?-i:\bCR\s?/\s?CR[ih](?:\s?/\s?MLFS)?\b|\bCR[ih]\b)",
    r"(?-i:\bMRD)[- ]negativ(?:e|ity)(?:\s(?:CR|complete (?:response|remission)))?|"
    r"(?:minimal|measurable) residual disease[- ]negativ(?:e|ity)|undetectable (?-i:MRD)",
    r"(?-i:\bPSA\s?(?:30|50|90)\b)(?:\s(?:response|decline))?|"
    r"(?-i:\bPSA\b) (?:response|decline|reduction)s?(?:\s(?:of\s)?(?:≥|>=|>|at least)\s?\d+\s?%)?",
    r"(?:very good partial (?:response|remission)|(?-i:VGPR)|complete (?:response|remission)|(?-i:\bCR)) or better",
    r"best overall response",
    r"radiographic progression.free survival|(?-i:\brPFS\b)",
    # the other "X-free survival" endpoints of the trial vocabulary: each its own endpoint, never PFS or OS
    r"(?:invasive\s|distant\s|local\s|locoregional\s)?(?:disease|event|relapse|recurrence|metastasis|failure)"
    r"[- ]free survival|(?-i:\b(?:i?DFS|EFS|RFS|D?MFS)\b)",
)
PRINTED = "as printed"
EFFICACY_RE = [(re.compile(rf"(?:{p}){_RATE}", re.IGNORECASE), PRINTED) for p in _QUALIFIED] + [
    (re.compile(p, re.IGNORECASE), name) for p, name in _EFFICACY
]


def efficacy_terms(text: str) -> list[tuple[re.Match[str], str]]:
    """The efficacy endpoints ``text`` names, each with its name; where two overlap, the longer name the text prints
    wins ("pCR rate" is no response rate, "complete metabolic response" no CR). A qualified endpoint is named as
    printed, without its trailing "rate"."""
    found = [(m, name) for pattern, name in EFFICACY_RE for m in pattern.finditer(text)]
    kept = [
        (m, name)
        for m, name in found
        if not any(
            o.end() - o.start() > m.end() - m.start() and o.start() < m.end() and m.start() < o.end() for o, _ in found
        )
    ]
    return [(m, _printed(m.group()) if name == PRINTED else name) for m, name in kept]


_QUALIFIED_RE = re.compile("|".join(f"(?:{p}){_RATE}" for p in _QUALIFIED), re.IGNORECASE)


def qualified_endpoint(label: str) -> str | None:
    """The qualified endpoint a label prints, as printed ("Pathologic complete response rate" -> "Pathologic complete
    response", "CR/CRi" -> "CR/CRi"), or ``None``: a table row so named is no plain CR, PR or ORR."""
    m = _QUALIFIED_RE.search(label)
    return _printed(m.group()) if m else None


def _printed(name: str) -> str:
    return re.sub(r"\s(?:rates?|status)$", "", re.sub(r"\s+", " ", name.strip()), flags=re.IGNORECASE)


STOP_TERMS = re.compile(
    r"^(?:the|a|an|of|and|in|with|patients?|pts|rate|cohort|group|arm|all|total|respectively)$", re.I
)


_CLAUSE_BREAK = re.compile(r";\s|,\s(?:and|while|whereas|but|with|including|of whom|of which)\s")


def clause_around(sentence: str, at: int) -> tuple[int, str]:
    """The clause of the sentence around ``at``: between ";" or ", and"/", while"/", whereas" breaks."""
    breaks = [m.end() for m in _CLAUSE_BREAK.finditer(sentence[:at])]
    start = breaks[-1] if breaks else 0
    after = _CLAUSE_BREAK.search(sentence[at:])
    end = at + after.start() if after else len(sentence)
    return start, sentence[start:end]


# a finite verb, or a clause's end: a stretch holding one is not one predicate's reach (the verb of a relative clause
# that says whose the number is, "in 22 patients (4.4%) who underwent PCI and in 28", is not the clause's)
_FINITE = re.compile(
    r";|\b(?<!who\s)(?:was|were|is|are|had|has|have|did|does|occurred|developed|died|received|experienced|achieved|showed|"
    r"underwent|required|remained|reached)\b",
    re.IGNORECASE,
)


def reach(sentence: str, verb_end: int, at: int) -> str:
    """ "" when the number at ``at`` is in the reach of the predicate ending at ``verb_end`` (no finite verb
    and no clause end between them: "X occurred in 49 of 164 patients (30%) ... and in 50 of 171"); else
    ", distant"."""
    return "" if not _FINITE.search(sentence[verb_end:at]) else ", distant"


def last_match(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """The match of ``pattern`` nearest the end of ``text`` (the one nearest the number that follows)."""
    found = None
    for found in pattern.finditer(text):  # noqa: B007
        pass
    return found


def negated(what: str) -> bool:
    """ "No significant differences were observed in the incidence of X": the subject is no endpoint."""
    return bool(re.match(r"(?:no|none|not|neither|(?:significant\s)?differences?|similar)\b", what.strip(), re.I))


def bare(what: str) -> str:
    """A subject without its article and trailing auxiliary: "the primary endpoint had" -> "primary endpoint"."""
    what = re.sub(r"^(?:a|an|the)\s", "", what.strip(), flags=re.I)
    what = re.sub(r"\s(?:had|has|have|was|were|been|had been|has been)$", "", what, flags=re.I)
    # a pronoun names nothing: "This was seen in 12 of them" does not tell what
    return "" if re.fullmatch(r"(?:this|it|that|these|those|they|which|there|such|none|all|both)", what, re.I) else what


def efficacy_endpoint(text: str, at: int, durations: bool = True) -> str | None:
    """The efficacy endpoint named nearest before ``at`` in ``text`` (after it, when none before). Without
    ``durations``, the follow-up time is not one (a count, a rate, a ratio or a p-value is never about it)."""
    best: tuple[int, str] | None = None
    glosses = _closed_brackets(text, at)
    for m, name in efficacy_terms(text):
        if name == "follow-up" and not durations:
            continue
        if m.start() >= at and ":" in text[at : m.start()]:
            continue  # "19 of 21 pts (90.5%) responded: 11 with sCR, ...": a colon opens the number's parts
        distance = at - m.end() if m.end() <= at else (m.start() - at) * 3 + 40
        if any(a < m.start() and m.end() <= b for a, b in glosses):
            # "the clinical benefit rate (objective responses plus SD ≥6 months) was 19%": a bracket that
            # glosses a term is not what the number after it measures, unless nothing else is named
            distance += _FAR
        if _TIME_TO.search(text[: m.start()]) and name not in ("TTR", "TTP", "DoR", "follow-up"):
            name_here = f"time to {name}"  # "the median time to PD": a time, not the response category
        else:
            name_here = name
        confirmed = _CONFIRMED.search(text[: m.start()])
        if confirmed and name in ("ORR", "DCR", "CBR"):
            # "confirmed ORR was 35%": whether responses were confirmed changes what was counted; said with the name
            name_here = f"{confirmed.group(1).lower()} {name_here}"
        if m.start() >= at and ")" in text[at : m.start()] and "(" not in text[at : m.start()]:
            # "(44.8% vs. 27.8%), the median duration of response was longer": a bracketed value's endpoint
            # is named before its bracket, not after the bracket closes; never a term with a bracket of values of
            # its own ("(61% and 58.2%; P=0.6) or of disease-free survival (63% and 70%; P=0.3)")
            if re.match(r"\s?(?:rates?\s?)?[(\[]\s?[-−]?\d", text[m.end() :]):
                continue
            distance += _FAR
        if _QUALIFIED_GROUP.search(text[: m.start()]):
            # "the time to PD for the patients with SD ranged ...": "with SD" says which patients, the
            # endpoint is another term the clause names; it is the endpoint only when nothing else is named
            distance += _FAR
        if best is None or distance < best[0]:
            best = (distance, name_here)
    return best[1] if best else None


# "confirmed ORR", "unconfirmed DCR": a qualifier printed right before a response rate
_CONFIRMED = re.compile(r"\b((?:un)?confirmed)\s(?:objective\s|overall\s|best\s)?$", re.IGNORECASE)


def _closed_brackets(text: str, at: int) -> list[tuple[int, int]]:
    """The spans of the brackets closed before ``at`` (not the one that holds it)."""
    spans, opened = [], []
    for i, c in enumerate(text[:at]):
        if c in "([":
            opened.append(i)
        elif c in ")]" and opened:
            spans.append((opened.pop(), i))
    return spans


# the words that make an efficacy term the event a time runs to ("time to PD", "time to first progression")
_TIME_TO = re.compile(r"\btime\sto\s(?:the\s)?(?:first\s)?(?:documented\s)?(?:disease\s)?$", re.IGNORECASE)
# the words that make an efficacy term the trait of a set of patients ("patients with SD", "those who had a PR")
_QUALIFIED_GROUP = re.compile(
    r"\b(?:patients|participants|subjects|those|persons|individuals)\s(?:(?:who|that)\s(?:had|achieved|"
    r"experienced|showed)|with)\s(?:an?\s|the\s)?(?:confirmed\s|best\s|unconfirmed\s)?$",
    re.IGNORECASE,
)
_FAR = 10_000


# what no label starts with (a conjunction or a preposition: the tail of another phrase), what no label says
# (a verb of reporting: a clause, not a noun phrase), and labels that name nothing measured
_NOT_A_LABEL = re.compile(
    r"^(?:this|these|those|such)\s|(?<=[a-z])-$|\b(?:showed|demonstrated)\b|"
    r"^(?-i:(?![A-Z]{2,}\b))(?:and|or|but|of|in|at|to|with|for|by|from|whereas|while|which|that|been|being|before|"
    r"after|during|until|"
    r"since|within|thus|therefore|hence|then|also|only)\b|\b(?:median|mean)\s(?:of\s)?\d|"
    r"^(?:\d+|[A-Za-z]+(?:-[a-z]+)?)\s(?:patients|participants|subjects)$|"
    # "Seven patients (8.4%) with X support": a count of patients said with its share or its group, the subject of
    # another number's statement, never what a number measures
    r"^(?:\d[\d,]*|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]{3,5}teen|twenty|thirty|"
    r"forty|fifty|sixty|seventy|eighty|ninety)(?:-[a-z]+)?)\s(?:patients?|participants?|subjects?)\s?"
    r"(?:\(\s?\d|(?:with|who|in|on|receiving|treated|given)\s)|"
    r"\b(?:that|which|who|whom|whose|the|a|an|of|in|to|and|or|with|than|for|at|by|from)$|"
    r"^(?:an?\s|one\s|two\s)?(?:third|thirds|half|quarter|quarters|fifth|majority|minority|proportion)$|"
    r"^(?:occurred|observed|reported|seen|found|noted|recorded|happened)$|"
    r"^(?:patients|participants|subjects|one|two|three|four|five|six|seven|eight|nine|ten)$|"
    r"^(?:more|less|higher|lower|greater|fewer|longer|shorter|similar|comparable)\s(?:[a-z]+\s(?:on|with|in|than|"
    r"among|for|between)|on|with|in|among|for|between)\b|"
    r"\b(?:is|are|was|were)\s(?:reported|shown|listed|presented|summari[sz]ed|given|described)\b|"
    r"^(?:the\s)?(?:treatment\s|study\s)?(?:efficacy|safety|duration|time|value|values|results?|outcomes?|data|"
    r"analys[ie]s|findings?|rates?|response|evaluation|events?|incidences?|length|changes?|differences?|"
    r"difference in changes?|proportions?|percentages?|frequenc(?:y|ies)|risks?|levels?|estimates?)$",
    re.IGNORECASE,
)


def a_label(label: str) -> bool:
    """Is ``label`` a noun phrase that names what was measured?"""
    # nor a rank ("the most common AE") nor one cut at a participle ("AE considered"): prose_label_tails.py
    return not _NOT_A_LABEL.search(label.strip()) and not names_a_rank(label) and not open_participle(label)


_HEAD_NOUNS = r"(?:presence|number|occurrence|incidence|use|proportion|percentage|frequency|development)"
_QUALIFIERS = (
    r"(?:documented|corresponding|respective|reported|observed|recorded|taking|using|having|any|a|an|the|total|had|has|have|"
    r"received(?!\s(?:at least|one or more|all|any)\b)|experienced|developed|achieved|required)"
)


# "events (progression or death)": the events of progression-free survival, as the bracket defines them
_PFS_EVENTS = re.compile(r"^(?:the\s)?events?\s?\((?:disease\s)?progression\sor\sdeath\)$", re.IGNORECASE)


def tidy(endpoint: str) -> str:
    """An endpoint without the words that only say it was counted or seen: "the number of nights spent" ->
    "nights spent", "documented recurrence of atrial fibrillation" -> "recurrence of atrial fibrillation",
    "presence of sinus rhythm" -> "sinus rhythm"; a word broken at a line end is mended."""
    text = re.sub(r"(?<=[a-z])- (?=[a-z])", "", endpoint.strip())
    text = re.sub(r"\s(?:was|were|is|are)$", "", text)  # "hazard ratio for death was 0.42": the death's
    text = re.sub(r"^([A-Z]{2,5})s$", r"\1", text)  # "The corresponding ORRs were 11 and 16%": the ORR
    text = re.sub(r"\b[Gg]r\.?\s?(?=[≥>]?\s?\d)", "grade ", text)  # "Gr 1 CRS": the abbreviation of "grade"
    text = re.sub(
        r"(?<![\w-])G\s?(?=(?:≥|>=)?\s?[1-5](?:\s?[-–/]\s?[1-5])?\b(?![-/]?[A-Za-z]))", "grade ", text
    )  # "G≥3 TRAEs"
    if _PFS_EVENTS.match(text):
        return "PFS events"
    while True:
        tidied = re.sub(rf"^(?:{_QUALIFIERS}\s|{_HEAD_NOUNS}\sof\s(?:the\s)?)", "", text, flags=re.I)
        if tidied == text or not tidied:
            break
        text = tidied
    return text or endpoint


_PEAK = re.compile(
    r"\b(?:peak|maximum|maximal|highest)\s(?:[a-z]+\s){0,2}?(?:concentrations?|levels?|exposures?)\b|\bc\s?max\b",
    re.IGNORECASE,
)
_TIME_UNIT = re.compile(r"^\s?(?:h|hr|hrs|hours?|min|minutes?)\b", re.IGNORECASE)


def peak_time(label: str, after: str) -> bool:
    """Is a number labelled ``label`` and followed by ``after`` the time a peak concentration was reached? A
    concentration has no unit of time: "peak concentrations were reached in 1.5 h" states a Tmax."""
    return bool(_PEAK.search(label) and _TIME_UNIT.match(after))
