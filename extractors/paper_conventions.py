"""What the paper says, once, about how its tables report numbers: the Methods' "Statistical analysis" sentences
("Continuous variables are presented as mean ± SD or median (interquartile range), and categorical variables as
numbers (percentages)", "Data are expressed as mean (SD) unless otherwise stated", "PK parameters are summarised
as geometric mean (CV%)").

:func:`conventions_in` reads one sentence into :class:`Convention` records (plain data: the sentence, its page,
each statistic phrase in a canonical form the cell grammar of :mod:`extractors.hint_patterns` reads -- "n (%)",
"mean (SD)", "median (range)", "geometric mean (CV%)" -- and the subject it is scoped to). :func:`read_conventions`
finds such sentences in the paper's Methods (a statistics section, or the Methods it belongs to); sentences of
the Introduction, Background, Results or Discussion, figure legends, and sentences about another study do not
count. :func:`applicable` picks the phrases that speak for one table cell: a phrase scoped to a subset ("PK
parameters", "time to progression", "adverse events") only where its scope fits the cell's table and labels.

These are the lowest statements a cell's reading may come from (:mod:`extractors.hints`): below its own
labels, the table's scoped legend clauses and the table-wide legend, and only where none of them speaks.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from extractors.prose import table_breaks, table_words
from extractors.prose_order import reading_order
from extractors.prose_study import about_other_study
from extractors.prose_text import Text
from extractors.quartile_words import QUARTILES
from extractors.regions import TableRegion
from schemas.document import Document

# a sentence that says how numbers are reported ("are presented as", "were expressed as", "Values are")
_SAYS = re.compile(
    r"\b(?:are|were|is|was|be|been)\s+(?:\w+ly\s+)?(?:presented|expressed|reported|shown|given|summari[sz]ed|"
    r"described|displayed|tabulated|listed|depicted|provided)\b(?:\s+(?:as|using|by|with)\b)?"
    # "Categorical variables were defined as frequency and percentage": "defined as" a statistic (a definition of
    # a condition names no statistic phrase, and the sentence then states none)
    r"|\b(?:are|were|is|was)\s+defined\s+as\b"
    # "median (range) was used for quantitative data": the statistic first, its subject after "used for"
    r"|\b(?:are|were|is|was)\s+used\s+for\b"
    r"|\b(?:data|values|results|numbers)\s+(?:represent|indicate|denote)\b"
    r"|\b(?:data|values|results|variables)\s+(?:are|were)\s+(?=(?:the\s+)?(?:n|no\.|numbers?|counts?|means?|medians?|"
    r"geometric)\b)",
    re.IGNORECASE,
)
_EST = (
    r"(?P<est>geometric\s+means?|arithmetic\s+means?|means?|medians?|"
    r"(?:absolute\s+)?(?:numbers?|counts?|frequenc(?:y|ies))(?:\s+of\s+(?:patients|participants|subjects|cases))?"
    r"|absolute\s+and\s+relative\s+frequenc(?:y|ies)|n(?:/n)?|no\.)"
)
_SPREAD_WORDS = (
    r"standard\s+deviations?|sds?|s\.d\.|standard\s+errors?(?:\s+of\s+the\s+mean)?|sem|se|s\.e\.(?:m\.)?"
    r"|interquartile\s+ranges?|iqrs?|ranges?|min(?:imum)?\s*[-–,]\s*max(?:imum)?|percentages?|percent|proportions?|%"
    r"|(?:\d{2}\s*%\s*)?(?:confidence\s+intervals?|cis?)|(?:%\s*)?cv\s*%?|coefficients?\s+of\s+variation"
    rf"|{QUARTILES}|relative\s+frequenc(?:y|ies)"
)
_PHRASE = re.compile(
    # "mean values ± SD", "median values, with corresponding IQR": the estimate's noun before its spread
    rf"\b{_EST}(?:\s+values?\b)?\s*(?:"
    rf"[(\[]\s*(?:±\s*)?(?:geometric\s+)?(?P<br>{_SPREAD_WORDS})(?:\s*[(\[][a-z%]{{2,5}}[)\]])?\s*[)\]]"
    rf"|(?P<pm>±|\+/-|plus\s+or\s+minus)\s*(?P<pmw>{_SPREAD_WORDS})"
    r"|,?\s(?:and|with|plus)\s+(?:their\s+|the\s+|its\s+|corresponding\s+|respective\s+)?(?:geometric\s+)?"
    rf"(?P<and>{_SPREAD_WORDS})\b"
    r"|(?P<rel>(?<=relative\sfrequencies)|(?<=relative\sfrequency))"  # "absolute and relative frequencies"
    r")",
    re.IGNORECASE,
)
# a subject that speaks for every cell: "Data", "Continuous variables", "Categorical data", "Values"
_GENERIC = re.compile(
    r"^(?:all\s+)?(?:the\s+)?(?:(?:continuous|categorical|quantitative|qualitative|numerical|nominal|ordinal|other)"
    r"(?:\s+(?:data|values|variables|measures|outcomes|parameters|characteristics))?"
    r"|data|values|results|variables|measures|outcomes|parameters|characteristics|statistics|descriptive statistics"
    r"|summary statistics)(?:\s+(?:data|variables|values))?$",
    re.IGNORECASE,
)
# a subject that names a part of the paper's tables: the table kind (section) it speaks for
_SECTION_SUBJECTS = (
    (re.compile(r"\bpk\b|pharmacokinetic|\bexposure\b|\bcmax\b|\bauc\b", re.I), "pk"),
    (re.compile(r"adverse|\baes?\b|\bteaes?\b|toxicit|safety", re.I), "adverse_events"),
    (re.compile(r"baseline|demographic|patient characteristics", re.I), "demographics"),
)
# a subject naming time-to-event outcomes: rows about survival, time to an event or a duration
_TIME_TO_EVENT = re.compile(r"time.to.event|survival|kaplan", re.I)
_TIME_ROWS = re.compile(r"surviv|\btime to\b|duration|-free\b|\bpfs\b|\bos\b|\bttp\b|\bdor\b", re.I)
_ESTIMATED = re.compile(
    r"\bchanges?\b|differen|\beffects?\b|\bratios?\b|\bhazard\b|\bodds\b|\brelative risk|reduction|\bslope", re.I
)
_STOP = re.compile(
    r"^(?:the|a|an|of|and|or|in|for|with|to|all|each|were|was|is|are|by|as|on|means?|medians?|data|values?)$", re.I
)
# the Methods: a statistics section, or the Methods it belongs to
_METHODS_HEADING = re.compile(
    r"^(?:(?:patients|materials|subjects|participants)\s+and\s+)?methods?\b|^statistic(?:s|al)\b|^data analysis", re.I
)


@dataclass(frozen=True, slots=True)
class Convention:
    """One statistic phrase the paper states for its numbers, with the sentence it comes from.

    ``phrase``: the canonical phrase ("n (%)", "mean (SD)", "median (95% CI)"); ``subject``: the words it is
    scoped to ("" for every cell: "Data", "Continuous variables"); ``section``: the table kind its subject names
    ("pk", "adverse_events", "demographics"; "" when none); ``time_to_event``: the subject names survival or
    time-to-event outcomes."""

    phrase: str
    statement: str
    page: int
    subject: str = ""
    section: str = ""
    time_to_event: bool = False


def _canonical(m: re.Match[str]) -> str | None:
    est = m.group("est").lower()
    spread = (m.group("br") or m.group("pmw") or m.group("and") or "").lower()
    plus_minus = bool(m.group("pm"))
    if re.match(r"n$|n/n|no\.|numbers?|counts?|frequenc|absolute", est):
        return "n (%)" if re.search(r"%|percent|proportion", spread) or "relative" in est else None
    name = "geometric mean" if est.startswith("geometric") else "median" if est.startswith("median") else "mean"
    if re.search(r"standard\s+dev|^sds?$|s\.d\.", spread):
        return f"{name} ± SD" if plus_minus else f"{name} (SD)"
    if re.search(r"standard\s+err|^sem?$|s\.e\.", spread):
        return f"{name} ± SE" if plus_minus else f"{name} (SE)"
    if plus_minus:
        return None
    if re.search(r"interquartile|iqr|quartile|percentile|centile|q1|p25|25th", spread):
        return f"{name} (IQR)"
    if re.search(r"range|min", spread):
        return f"{name} (range)"
    if re.search(r"confidence|\bcis?\b", spread):
        level = re.search(r"(\d{2})\s*%", spread)
        return f"{name} ({level.group(1) if level else 95}% CI)"
    if re.search(r"cv|coefficient", spread):
        return f"{name} (CV%)"
    return None


def _subject(span: str) -> str | None:
    """The words a phrase is stated for, from the text before it: "Continuous variables are presented as" ->
    "Continuous variables", " and categorical variables as" -> "categorical variables"; ``None`` when the
    text names no subject (" or ": the phrase shares the previous one's)."""
    said = _SAYS.search(span)
    head = span[: said.start()] if said else re.split(r"\s+as\s*$", span)[0] if re.search(r"\sas\s*$", span) else ""
    head = re.sub(r"^[\s,;]*(?:and|while|whereas|but|or)?\s+", " ", head)
    head = re.sub(r"\b(?:unless otherwise (?:stated|specified|indicated|noted))\b", "", head, flags=re.I)
    # the subject is the last clause before the verb ("..., and categorical variables")
    head = re.split(r"[,;:]\s+(?:and\s+|while\s+|whereas\s+)?", head.strip())[-1].strip()
    head = re.sub(r"\s+(?:were|was|are|is|have been|has been)\s+.*$", "", head, flags=re.I)
    return head or None


# "normally distributed variables", "variables with a skewed distribution", "for non-normally distributed data":
# which of the continuous variables a phrase is for is told by the cell's own form ("71.2 (7.9)" or "62 (55-70)"),
# so a subject qualified by distribution alone is the general one
_DISTRIBUTION = re.compile(
    r"\b(?:(?:not\s+|non-?|approximately\s+|symmetrically\s+|asymmetrically\s+)?normally|skew(?:ed|ly)?|"
    r"non-?parametrically|parametrically|non-?gaussian|gaussian)(?:\s+|-)distributed\b"
    r"|\b(?:non-?)?parametric\b"
    r"|\b(?:with|having|showing)\s+(?:an?\s+)?(?:normal|non-?normal|skewed|gaussian|non-?gaussian|symmetric|asymmetric)"
    r"\s+distributions?\b|\bskewed\b|\botherwise\b",
    re.IGNORECASE,
)


def _undistributed(subject: str) -> str:
    """``subject`` without the words that say how its values are distributed, and a stray "for ... and" frame."""
    bare = _DISTRIBUTION.sub(" ", subject)
    bare = re.sub(r"^\s*(?:for|in|of)\s+|\s+(?:and|or)\s*$", " ", bare.strip(), flags=re.IGNORECASE)
    bare = " ".join(bare.split())
    if not bare and _DISTRIBUTION.search(subject):
        return "variables"
    return bare if bare != subject.strip() and _DISTRIBUTION.search(subject) else subject.strip()


# a statement placed in the figures ("Data are shown as mean ± SEM in the figures", "error bars denote SD"): about the
# paper's plots, not its tables -- unless it names the tables too
_IN_FIGURES = re.compile(
    r"\b(?:in|on|within)\s+(?:the\s+|all\s+)?(?:figures?|figs?\b\.?|graphs?|plots?|panels?|charts?|curves?)\b"
    r"|\b(?:error\s+bars?|whiskers|shaded\s+areas?|bars?\s+(?:represent|show|indicate|denote))\b",
    re.IGNORECASE,
)
_IN_TABLES = re.compile(r"\btables?\b", re.IGNORECASE)


_USED_FOR = re.compile(r"\s*(?:are|were|is|was)\s+used\s+for\s+(?:the\s+)?(?P<subject>[^,;.]+)", re.IGNORECASE)


def conventions_in(sentence: str, page: int) -> list[Convention]:
    """The statistic phrases one sentence states for the paper's numbers; none when it says no "presented as",
    speaks of another study, or places its numbers in the figures only."""
    if not _SAYS.search(sentence) or about_other_study(sentence):
        return []
    if _IN_FIGURES.search(sentence) and not _IN_TABLES.search(sentence):
        return []
    out: list[Convention] = []
    subject = ""
    last = 0
    for m in _PHRASE.finditer(sentence):
        if m.start() < last:
            continue  # inside the subject read after the previous phrase
        phrase = _canonical(m)
        named = _subject(sentence[last : m.start()])
        last = m.end()
        used = _USED_FOR.match(sentence, m.end())
        if used:
            # "median (range) was used for quantitative data": the subject stated after the phrase
            named, last = used.group("subject"), used.end()
        if named is not None:
            subject = named
        if phrase is None:
            continue
        generic = not subject.strip() or bool(_GENERIC.match(_undistributed(subject)))
        section = "" if generic else next((s for p, s in _SECTION_SUBJECTS if p.search(subject)), "")
        timed = not generic and bool(_TIME_TO_EVENT.search(subject))
        out.append(Convention(phrase, sentence.strip(), page, "" if generic else subject, section, timed))
    return out


def _sentences(text: str) -> list[tuple[int, str]]:
    out = []
    start = 0
    for m in re.finditer(r"(?<=[a-z0-9)%\]])\.(?=\s+[A-Z]|\s*$)|\n", text):
        out.append((start, text[start : m.end()]))
        start = m.end()
    out.append((start, text[start:]))
    return [(at + len(s) - len(s.lstrip()), s.strip()) for at, s in out if s.strip()]


def methods_conventions(text: Text, page: int, section: str) -> tuple[list[Convention], str]:
    """The conventions a page's prose (in reading order, every section kept) states in its Methods, and the
    heading in force at the page's end. ``section`` is the heading in force at its start."""
    out: list[Convention] = []
    headings = text.headings
    end = text.body_end if text.body_end is not None else len(text.text)  # legends of figures are not the Methods
    # a heading ends the sentence before it, and its section runs to the next heading
    cuts = [0, *(offset for offset, _h in headings if 0 < offset < end), end]
    for start, stop in itertools.pairwise(cuts):
        current = next((h for offset, h in reversed(headings) if offset <= start), section)
        if not _METHODS_HEADING.match(current):
            continue
        chunk = text.text[start:stop]
        if any(offset == start for offset, _h in headings):  # a heading kept in the text ("2.4 Statistical ...")
            chunk = re.sub(rf"^\s*(?:\d{{1,2}}(?:\.\d{{1,2}})*\.?\s+)?{re.escape(current)}\s*", "", chunk)
        for _at, sentence in _sentences(chunk):
            out.extend(conventions_in(sentence, page))
    return out, headings[-1][1] if headings else section


def read_conventions(
    document: Document, regions: list[TableRegion], furniture: set[int], pages: list[tuple[Text, int]]
) -> list[Convention]:
    """Every convention the paper's Methods state, in page order. ``pages``: the prose of each upright frame
    (extractors.prose.prose_pages), whose headings tell the section each frame opens in; a frame whose words hold
    a statement of how numbers are reported is read again with its skipped sections (the Methods) kept."""
    frames = [f for f in document.frames if not f.rotation]
    out: list[Convention] = []
    section = ""
    taken: set[int] | None = None
    for frame, (prose, page) in zip(frames, pages, strict=True):
        raw = " ".join(w.text for w in frame.words)
        if _SAYS.search(raw) and _PHRASE.search(raw):
            taken = table_words(regions) if taken is None else taken
            words = [w for w in frame.words if id(w) not in furniture and id(w) not in taken]
            text, _skipping, _discussing = reading_order(
                frame, words, False, table_breaks(document, frame, regions), keep_all=True
            )
            found, _end = methods_conventions(text, page, section)
            out.extend(found)
        section = prose.headings[-1][1] if prose.headings else section
    return out


def _words(text: str) -> list[str]:
    return [w for w in re.findall(r"[a-z0-9]+", text.lower()) if len(w) > 2 and not _STOP.match(w)]


def applicable(
    conventions: Sequence[Convention], labels: list[str], section: str, title: str = ""
) -> tuple[tuple[str, ...], ...]:
    """The phrases that speak for a cell of a ``section`` table with these row and column labels, most specific
    first: a phrase whose subject names the cell's rows (time to progression, survival) or its table kind
    (PK parameters, adverse events), then the phrases stated for every cell. A subject that names neither
    anything of this cell nor a table kind it belongs to does not speak for it; a cell that is a time-to-event
    median, a change, a difference or a ratio takes no general phrase but "n (%)". Tiers, nearest first: the
    scoped phrases, then the general ones."""
    scoped: list[str] = []
    general: list[str] = []
    said = " ".join([*labels, title]).lower()
    for c in conventions:
        if not c.subject:
            general.append(c.phrase)
        elif c.section:
            if c.section == section:
                scoped.append(c.phrase)
        elif c.time_to_event:
            if _TIME_ROWS.search(" ".join(labels)):
                scoped.append(c.phrase)
        else:
            words = _words(c.subject)
            if words and all(w in said for w in words):
                scoped.append(c.phrase)
    if _TIME_ROWS.search(" ".join(labels)) or _ESTIMATED.search(said):
        # a time-to-event median, a change, a difference or a ratio is an estimate with its own interval or error:
        # what the paper says of its descriptive data ("continuous variables as median (IQR)") is not about it
        general = [p for p in general if p == "n (%)"]
    tiers = (tuple(dict.fromkeys(scoped)), tuple(dict.fromkeys(p for p in general if p not in scoped)))
    return tuple(tier for tier in tiers if tier)
