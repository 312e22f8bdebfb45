"""The accounting of a page's prose numbers: every number printed in the result text ends up in a record, in a
``prose-unread`` finding, or is named a non-datum by its *form* (a citation, a cross-reference, a confidence
level, a date, an identifier, a unit's exponent, the ordinal of a part of the design, a dose or schedule, a
threshold, a number of the discussion or of a methods section). A number none of these holds was read by no
statement form: it is reported as a ``prose-unread`` finding (never a record; this stage adds no data), so no
number the prose states vanishes silently.

Which numbers a page's statements hold is worked out from their records (and the records withheld as
findings): each statement's raw text is found again in the page's text at the box it was read from, and a
number inside it is held when the statement read its value (as the value, the denominator or the confidence
level of one of its records). The rules of :func:`role` look at a number's form only: the characters around
it, never a phrase read off one paper.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extractors.prose_build import _REFERENCE_MARK
from extractors.prose_numbers import num
from extractors.prose_study import about_other_study, own_study
from extractors.prose_text import Text, in_discussion, sentence_of
from extractors.regex import literal_spans
from schemas.findings import Finding, FindingValue
from schemas.records import Record

BBox = tuple[float, float, float, float]


@dataclass(frozen=True, slots=True)
class Settings:
    """The thresholds the role rules use."""

    superscript_size: float = 0.8  # a number set this much smaller than its sentence's words is a mark
    context_words: int = 4  # words of context either side of a number in a finding's raw text
    tolerance: float = 1e-6  # how close a number must be to a record's value to be the value it read
    roles: bool = True  # name the non-data by their form (off: every number no statement holds is reported)


SETTINGS = Settings()

UNREAD = "no statement form reads it"
# a number of a sentence the statements refuse as another study's (extractors/prose_build.py): reported all the
# same, since the refusal is the sentence's, not the number's
OTHER_STUDY = f"{UNREAD} as this trial's: its sentence reads as another study's (a citation, 'et al', a named trial)"

_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_UNITS = "one|two|three|four|five|six|seven|eight|nine"
_TEENS = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
_WORD_NUMBER = rf"\b(?:(?:{_TENS})(?:[- ](?:{_UNITS}))?|{_UNITS}|{_TEENS})\b"
# a printed number: "1,234", "12.5", "7", ".05"; a word number: "Eight", "thirty-six"
_NUMBER = re.compile(
    rf"(?<![\d,])(?<!\d\.)(?:\d{{1,3}}(?:,\d{{3}})+(?!\d)|\d+(?:\.\d+)?)|(?<=[<>=≤≥\s(])\.\d+|(?P<word>{_WORD_NUMBER})",
    re.IGNORECASE,
)
# the nouns a number word counts: a word number that counts none of them ("one of the", "two groups") is no datum
_COUNTED = re.compile(
    r"^(?:[\s-]+[A-Za-z-]+){0,2}?[\s-]+(?:patients?|participants?|subjects?|volunteers?|individuals?|persons?|"
    r"people|women|men|children|adults|infants|cases?|deaths?|responders?|responses?|events?|episodes?)\b",
    re.IGNORECASE,
)
_MONTHS = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|"
    r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
# a number in a list or range that ends in the number a rule reads: "days 1, 8 and 15", "Figures 2 and 3"
_CHAIN = r"(?:[A-Za-z]?\d+(?:\.\d+)?[a-z]?\s?(?:,\s?(?:and|or)|,|and|or|to|through|-|–|—|/|⁄|&)\s?)*"
_XREF = re.compile(
    rf"\b(?:fig(?:ure)?s?|tables?|supplementa(?:ry|l)(?:\s(?:tables?|figures?|fig\.?|materials?|appendix))?|"
    rf"appendix|appendices|sections?|e?tables?|e?figures?|refs?|references?|panels?|boxes|box|eq(?:uation)?s?)"
    rf"\.?\s?(?:[A-Z]\s?)?{_CHAIN}$",
    re.IGNORECASE,
)
# the ordinal that names a part of the design or a time point: "part 3", "Group 2", "day 1", "cycle 3",
# "patient 253", "days 1, 8 and 15", "weeks 2-4", "grade 3", "phase 2"
_ORDINAL = re.compile(
    rf"\b(?:parts?|groups?|arms?|cohorts?|days?|d|weeks?|wk|months?|years?|cycles?|visits?|patients?|pts?|"
    rf"subjects?|participants?|cases?|stages?|phases?|periods?|levels?|steps?|sessions?|sites?|centers?|centres?|"
    rf"studies|study|trials?|grades?|gr|lines?|hours?|treatments?|sequences?|regimens?|doses?|courses?|"
    rf"segments?|blocks?|rounds?|waves?|type|class|tier|categor(?:y|ies)|criteri(?:on|a)|versions?|exons?|codons?|"
    rf"chromosomes?|alleles?|items?|questions?|"
    rf"no\.?|number|#)\s?[+-]?\s?{_CHAIN}$",
    re.IGNORECASE,
)
# a time point or a schedule: "at 12 months", "every 6 h", "within 28 days", "after 2 cycles"
_WHEN = re.compile(
    rf"\b(?:at|after|every|within|by|until|till|through|up to|before|prior to|q|each|per|in|first|last|initial|"
    rf"final)\s?{_CHAIN}$",
    re.IGNORECASE,
)
_TIME_UNIT = re.compile(
    r"^\s?(?:-\s?)?(?:consecutive\s|more\s|additional\s|further\s)?(?:hours?|hrs?|h|minutes?|mins?|days?|d|weeks?|wks?|months?|mo|years?|yrs?|cycles?|doses?|"
    r"visits?|times?)\b",
    re.IGNORECASE,
)
_LIST = r"(?:(?:\s?(?:,|/|⁄|-|–|to|and|or|then|versus|vs\.?)){1,2}\s?\d+(?:\.\d+)?)*"
_DOSE_UNIT = re.compile(
    rf"^{_LIST}\s?-?\s?(?:mg|µg|μg|mcg|ug|ng|g|gm|grams?|milligrams?|IU|"
    r"units?|U|mL|ml|mCi|MBq|mmol|mEq|tablets?|capsules?|puffs?|(?-i:[µμnm]M)(?=\s[a-zA-Z]))\b(?!\s?[/⁄]\s?(?:m?L|dL|l|ml|min|h)\b)"
    r"(?!\s?(?:×|x)\s?10)",
    re.IGNORECASE,
)
_SCHEDULE = re.compile(r"^\s?(?:times?\s(?:a|per|daily|weekly)|x\s?(?:daily|weekly)|-?(?:hourly|daily|weekly))\b")
_COMPARATOR = re.compile(r"(?:[≥≤<>⩾⩽≧≦]=?|>=|<=|=>|=<|\+)\s?$")
_P_VALUE = re.compile(r"\b(?:p|P|pp|p-value|P-value|P value|p value|Pinteraction|Ptrend)\s?(?:value\s?)?[≥≤<>=]+\s?$")
_THRESHOLD_WORDS = re.compile(
    r"\b(?:aged?|ages|older than|younger than|age of|at least|at most|no more than|no less than|or more|more than|"
    r"less than|fewer than|greater than|exceeding|up to|below|above|power of|(?:[α-ω]|alpha|beta|significance)[-\s]?"
    r"level(?: of)?|"
    r"cut-?off(?: of| value of)?|threshold(?: of)?|greater than or equal to|less than or equal to)\s?$",
    re.IGNORECASE,
)
_METHODS_HEADING = re.compile(
    r"\b(?:methods?|statistic\w*|design|procedures?|eligibility|ethics?|sample size|randomi[sz]ation|"
    r"study treatment|assessments?|inclusion|exclusion|interventions?)\b",
    re.IGNORECASE,
)


def role(
    text: Text,
    start: int,
    end: int,
    word: bool = False,
    settings: Settings = SETTINGS,
    own: frozenset[str] = frozenset(),
) -> str | None:
    """What the number ``text.text[start:end]`` is by its form, when it is no datum; ``None`` when it may be
    one (a result number that a record or a finding must hold). ``own``: the names the paper calls its own
    trial by (extractors/prose_study.py)."""
    s = text.text
    before = s[max(0, start - 80) : start]
    after = s[end : end + 40]
    integer = re.fullmatch(r"\d+", s[start:end]) is not None
    if word:
        return _word_role(before, after)
    if in_discussion(text, start) and not own_study(sentence_of(s, start, end)[1]):
        return "discussion"  # unless its sentence speaks of this study ("in our study, ...", "we observed ...")
    if _methods(text, start):
        return "methods"
    if _superscript(text, start, settings):
        return "superscript mark"
    if re.search(r"\[[\d\s,–—-]*$", before) and re.match(r"^[\d\s,–—-]*\]", after):
        return "citation"
    if (
        re.search(r"(?:[A-Za-z)\]%][.,;:]|[a-z]{3}\d+[-–,])(?:\d+[-–,])*$", before)
        and re.match(r"^(?:[-–,]\d+)*(?=\s|$|[.,;)])", after)
        and not re.search(r"\b(?:fig|no|vs|ref|al|approx|ca)[.,]$", before, re.IGNORECASE)
    ):
        return "citation"  # "disease.5-11", "trials,12": a reference mark glued to the words it follows
    if _XREF.search(before):
        return "cross-reference"
    if re.match(r"^\s?%\s?(?:CIs?|Cl|confidence|credible|prediction|tolerance|uncertainty|HPD|PI\b)", after):
        return "confidence level"
    if re.match(r"^\s?%\s?(?:two-sided\s|one-sided\s|lower\s|upper\s)?(?:CI|confidence|credible)", after):
        return "confidence level"
    if re.search(r"\b(?:19|20)\d\d\s?;\s?[\d():\s-]*$", before):
        return "bibliographic reference"  # "N Engl J Med 2008;358:2560-72"
    if re.search(r"\bdoi\s?:?\s?\S*$", before, re.IGNORECASE):
        return "identifier"
    if re.search(r"(?:\*|\b(?:version|ver|v)\.?\s?)$", before, re.IGNORECASE):
        return "name or unit with digits"  # "UGT1A1*28", "version 4.01"
    if (
        (re.search(r"\b[A-Z]{2,6}[-\s]$", before) and re.fullmatch(r"0\d{2,}|\d{4,}", s[start:end]))
        or (re.search(r"\b[A-Z]{4,6}[-\s]$", before) and re.fullmatch(r"\d{3,}", s[start:end]))
    ) and not re.match(r"^\s?(?:%|[a-zµμ])", after):
        return "identifier"  # a product code: "AP 12009", "ARQ 087"
    if re.search(r"(?:[A-Za-zα-ωΑ-Ω]|[A-Za-zα-ωΑ-Ω)][-/])$", before):
        return "name or unit with digits"  # "CD138", "CO2", "m2", "NY-ESO-1", "U1236", "COVID-19"
    if re.match(r"^[A-Za-z]", after) and not re.match(r"^(?:st|nd|rd|th)\b", after):
        if re.match(r"^e[-+]?\d", after):
            return "scientific notation"  # "10e5"
        if re.match(r"^[A-Za-z]+\d", after):
            return "name or unit with digits"  # "2DS2"
        if not re.match(r"^(?:mg|g|kg|ml|mL|h|d|mo|min|wk|y|yr|x|×|fold|%)\b", after):
            return "name or unit with digits"  # "11DOC"
    if re.match(r"^(?:st|nd|rd|th)\b", after):
        return "ordinal"
    if re.match(r"^-(?:[A-Z]{2,}|[A-Z]\d)", after):
        return "name or unit with digits"  # "11-DOC", "5-FU"
    if re.match(r"^-(?!fold\b|times\b|percent\b)[a-z]+", after):
        return "compound modifier"  # "a 3-day baseline period", "the 100-mg dose", "30-phosphoadenosine"
    if re.fullmatch(r"(?:19|20)\d\d", s[start:end]) and not re.match(r"^\s?%", after):
        return "year"
    if re.search(rf"\b{_MONTHS}\s?$", before, re.IGNORECASE) or re.match(rf"^,?\s?{_MONTHS}\b", after, re.IGNORECASE):
        return "date"
    if integer and (
        re.match(r"^([/-])\d{1,2}\1(?:\d{2}|\d{4})(?![\d.])", after)
        or (re.search(r"(?<![\d.])\d{1,2}([/-])\d{1,2}\1$", before) and len(s[start:end]) in (2, 4))
    ):
        return "date"  # "12/03/2020", "03-12-19": day, month and year joined by one separator
    if re.search(r"\b(?:NCT|ISRCTN|EudraCT|ACTRN|ChiCTR|DRKS|CTRI|JapicCTI|UMIN|jRCT)\s?[-:]?\s?$", before):
        return "identifier"
    if re.search(r"[×x]\s?$", before) and re.match(r"^\s?\^?\s?-?\d", after) and s[start:end] == "10":
        return "scientific notation"  # "× 10^9/L", "×10 9 /L": the scale of a count, no value
    if re.search(r"(?:[×x]\s?10\s?\^?\s?-?|10\s?\^\s?-?)$", before):
        return "scientific notation"
    if integer and _ORDINAL.search(before):
        return "ordinal label"
    if _WHEN.search(before) and _TIME_UNIT.match(after):
        return "time point or schedule"
    if re.match(
        rf"{_TIME_UNIT.pattern}\s?(?:after|before|post|prior to|following)\b", after, re.IGNORECASE
    ) and not re.search(r"\b(?:[a-z]+ed|was|were|is|are|of|for)\s$", before):
        return "time point or schedule"  # "6 weeks after the last dose"; not "occurred 54 days after"
    if re.search(r"(?:×|\bx)\s?$", before):
        return "time point or schedule"  # "q3w × 4": the number of administrations
    if re.match(r"^\s?:\s?\d+\b(?!\.\d)", after) or re.search(r"(?<![\d.])\d+\s?:\s?$", before):
        return "ratio of allocation"  # "randomized (1:1)", "1 : 1 q3w"
    if re.match(r"^\s?\+\s?\d+\s(?:design|cocktail|regimen|scheme|rule)", after) or re.search(r"\d\s?\+\s?$", before):
        return "ratio of allocation"  # "the 3 + 3 design"
    if re.match(
        r"^\s(?:[A-Z][a-z]+\s){1,3}(?:Road|Street|St|Avenue|Ave|Boulevard|Blvd|Drive|Dr|Lane|Way|Place|Square)\b", after
    ) or re.search(r"\b(?:Suite|Box|Floor|Room)\s$", before):
        return "address"  # "1125 Trenton Harbourton Road", "Suite 208"
    if (
        _DOSE_UNIT.match(after)
        and not re.search(r"(?:[±]|\b(?:was|were|is|are|reached))\s?$", before)
        and not _EXPOSURE.match(after)
    ):
        return "dose"  # "the 100-mg dose", "1 g every 6 h"; not "was 117 Gy", "431 µg·h/mL", "40.0 μg ml"
    if re.search(r"\b(?:BID|TID|QD|QID|b\.i\.d|t\.i\.d|q\.d)\b", after[:25]) and re.match(r"^\s?(?:[/⁄]\s?)?\d", after):
        return "dose"  # "LCI699 0.5 ⁄ 1 mg BID"
    if _SCHEDULE.match(after):
        return "time point or schedule"
    if _COMPARATOR.search(before) and not _P_VALUE.search(before):
        word_before = re.search(r"([A-Za-z][\w-]*)\s?(?:[≥≤<>⩾⩽≧≦]=?|>=|<=|=>|=<|\+)\s?$", before)
        if word_before is not None and not _VERB.fullmatch(word_before.group(1)):
            return "threshold"  # "aged ≥70 years", "LVEF <50%", "eGFR ≥60"
    if _THRESHOLD_WORDS.search(before):
        return "threshold"
    if re.search(r"\bbetween\s$", before) and re.match(rf"^{_LIST}\s?(?:years|yrs)\b", after):
        return "threshold"  # "between 18 and 75 years of age": an eligible range of ages
    if re.search(r"\bbetween\s\d+\s?(?:and|-|–|to)\s?$", before) and re.match(r"^\s?(?:years|yrs)\b", after):
        return "threshold"
    sentence = _sentence(s, start)
    if re.search(r"@|\be-?mail\b", sentence, re.IGNORECASE):
        return "address"
    return None


_VERB = re.compile(r"was|were|is|are|remained|of|reached", re.IGNORECASE)
# a dose unit that goes on as a concentration or an exposure: a measured value, no dose
_EXPOSURE = re.compile(
    rf"^{_LIST}\s?-?\s?[A-Za-zµμ]+\s?(?:[/⁄]\s?(?!m2|m²|kg|day|d\b|dose|week|wk|cycle)|[·*×]|h\b|m?l\b|m?L\b|dL\b|"
    r"per\b)"
)
# a number word followed by a verb or preposition is the subject or object of a count ("four were censored",
# "twenty-three enrolled", "one for incorrect pathology", "Seventy-three percent")
_COUNT_VERB = re.compile(
    r"^[\s,]+(?:were|was|had|have|did|received|completed|died|enrolled|discontinued|withdrew|experienced|developed|"
    r"required|achieved|showed|reported|remained|continued|for|from|in|with|on|due|because|percent|per\scent|"
    r"of\s(?:them|these|those|whom|which)|[a-z]+ed\b)",
    re.IGNORECASE,
)
# what a number word names when it counts no result: a part of the design, a time, a side of a test
_WORD_DESIGN = re.compile(
    r"^(?:-(?!(?:patients?|subjects?|participants?)\b)[a-z]|\s(?:of\s(?:the|these|those)\s(?:most|main|best|first|"
    r"key|major|primary|secondary)|or\smore|another|times?|arms?|groups?|cohorts?|parts?|periods?|phases?|stages?|"
    r"doses?|dose\slevels?|treatments?|sequences?|cycles?|courses?|hours?|days?|weeks?|months?|years?|minutes?|"
    r"visits?|ways?|sides?|levels?|steps?|categories|types?|studies|trials?|centres?|centers?|sites?|countries)\b)",
    re.IGNORECASE,
)


def _sentence(s: str, at: int) -> str:
    start = max(s.rfind(". ", 0, at), s.rfind("\n", 0, at), 0)
    ends = [i for i in (s.find(". ", at), s.find("\n", at)) if i >= 0]
    return s[start : min(ends) if ends else len(s)]


def _word_role(before: str, after: str) -> str | None:
    """A number word is a count ("Eight healthy volunteers", "twenty-three enrolled", "four were censored")
    unless its form names a part of the design, a time or a threshold ("one-sided", "two arms", "three times",
    "at least one")."""
    if _COUNTED.match(after) or _COUNT_VERB.match(after):
        return None
    if _WORD_DESIGN.match(after) or not re.match(r"^\s?\(", after):
        return "number word naming the design"
    if _THRESHOLD_WORDS.search(before) or re.search(r"\b(?:no|any|every|each|only)\s$", before, re.IGNORECASE):
        return "number word naming the design"
    return None


def _methods(text: Text, at: int) -> bool:
    heading = next((h for offset, h in reversed(text.headings) if offset <= at), "")
    return bool(heading) and bool(_METHODS_HEADING.search(heading))


def _superscript(text: Text, at: int, settings: Settings) -> bool:
    """Is the number's word set smaller than the words around it (a reference or footnote mark)?"""
    own = text.owner[at] if at < len(text.owner) else -1
    if own < 0:
        return False
    sizes = [text.words[i].size for i in range(max(0, own - 3), min(len(text.words), own + 4)) if i != own]
    if not sizes:
        return False
    sizes.sort()
    return text.words[own].size < settings.superscript_size * sizes[len(sizes) // 2]


def numbers(text: Text) -> list[tuple[int, int, float, bool]]:
    """Each number of the page's own words: (start, end, value, is a word number), a minus printed before it
    (also spaced: "− 0.12") read into its value."""
    out = []
    for m in _NUMBER.finditer(text.text):
        start, end = m.start(), m.end()
        if text.owner[start] < 0:
            continue  # carried over from the neighbouring page: that page accounts for it
        try:
            value = num(m.group(0)) if not m.group("word") else num(m.group("word").replace("-", " "))
        except (ValueError, KeyError):
            continue
        sign = re.search(r"(?:^|[\s(\[;:,=])-\s?$", text.text[max(0, start - 3) : start])
        if sign and not re.search(r"[\d%)\]]\s*-\s?$", text.text[max(0, start - 6) : start]):
            value = -value
        out.append((start, end, value, bool(m.group("word"))))
    return out


def held(text: Text, records: list[Record], settings: Settings = SETTINGS) -> list[tuple[int, int, set[float]]]:
    """The spans of the page's text the statements read (their raw text, found at the box it was read from),
    with the values read there."""
    spans: dict[tuple[str, BBox], set[float]] = {}
    for r in records:
        values = spans.setdefault((r.raw, r.bbox), set())
        for v in (r.value, r.denominator, r.ci_level, r.arm_n):
            if v is not None:
                values.add(float(v))
    out = []
    for (raw, bbox), values in spans.items():
        if not raw:
            continue
        found = [start for start, _ in literal_spans(raw, text.text)]
        at = next((i for i in found if _box(text, i, i + len(raw)) == bbox), found[0] if len(found) == 1 else None)
        if at is not None:
            out.append((at, at + len(raw), values))
    return out


def _box(text: Text, start: int, end: int) -> BBox | None:
    idx = {text.owner[i] for i in range(start, min(end, len(text.owner))) if text.owner[i] >= 0}
    if not idx:
        return None
    boxes = [text.words[i].page_bbox for i in idx]
    return (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes))


def classify(
    text: Text, records: list[Record], settings: Settings = SETTINGS, own: frozenset[str] = frozenset()
) -> list[tuple[int, int, float, str | None, bool]]:
    """Every number of the page's own words: (start, end, value, how it is accounted for, held by a statement).
    How: ``None`` for a number held by a statement or one no rule names a non-datum, else the role's name."""
    spans = held(text, records, settings)
    out = []
    for start, end, value, word in numbers(text):
        is_held = any(
            a <= start and end <= b and any(abs(abs(v) - abs(value)) <= settings.tolerance for v in values)
            for a, b, values in spans
        )
        how = role(text, start, end, word, settings, own) if settings.roles and not is_held else None
        out.append((start, end, value, how, is_held))
    return out


def account(
    text: Text,
    page: int,
    records: list[Record],
    settings: Settings = SETTINGS,
    own: frozenset[str] = frozenset(),
) -> list[Finding]:
    """The ``prose-unread`` findings of the numbers of a page's result text that neither its statements
    (``records``: all they returned, with or without a row) hold nor a role rule names a non-datum."""
    findings = []
    for start, end, value, how, is_held in classify(text, records, settings, own):
        if is_held or how is not None:
            continue
        raw = _around(text.text, start, end, settings.context_words)
        context = sentence_of(text.text, start, end)[1]
        other = about_other_study(context, own) or (_REFERENCE_MARK.search(context) and not own_study(context))
        bbox = _box(text, start, end)
        findings.append(
            Finding(
                check="prose-unread",
                severity="info",
                table="text",
                page=page,
                message=f"page {page}: '{raw}' was not read as data: {OTHER_STUDY if other else UNREAD}",
                values=[FindingValue(label="text", value=value, raw=raw, page=page, bbox=bbox)],
            )
        )
    return findings


def _around(s: str, start: int, end: int, n: int) -> str:
    """The number with up to ``n`` words either side, within its line."""
    left = s[:start].split("\n")[-1].split(" ")
    right = s[end:].split("\n")[0].split(" ")
    head = " ".join(left[-n - 1 :]) if len(left) > 1 else left[0]
    return (head + s[start:end] + " ".join(right[: n + 1])).strip()
