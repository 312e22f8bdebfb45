"""Numbers quoted in the prose: "22 of 87 patients (25.3%, 95% CI 16.6–35.8)", "median PFS was 4.8 months
(95% CI 3.2–5.8)", "HR 0.41, p < 0.001", "neutropenia (21.0%)", "Fifty-nine patients (67.8%)".

The page text is put in reading order (two-column pages column by column, tables, page furniture and the
reference list left out), then read with a small set of statement patterns, most specific first; each
number is claimed by one statement only. Every record keeps its page, the bounding box of the words of its
statement, the statement as printed (``raw``) and the sentence (``context``). Figure and table legends set
inside a column are read after the page's body text, so the sentence they interrupt is read whole; a legend
or a heading ends a sentence. A statement whose own words name no endpoint takes the endpoint of the
statement it compares or breaks down in the same sentence ("... (5.6% and 6.1%, respectively) than with
placebo (0%)"), unless it is bracketed after a term of its own; what it is about is in prose_labels.py.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from extractors.layout import frame_layout, join_words, split_segments
from extractors.prose_arms import arm_before, arm_names, arm_words
from extractors.prose_context import (
    ae_context,
    dose_of,
    landmark,
    lead_in_denominator,
    nearest_endpoint,
    pk_respectively,
)
from extractors.prose_doubts import (
    compared_unnamed,
    design_statement,
    estimate_subject,
    groups_of_others,
    interleaved,
    paired_values,
    qualified_coordinates,
    scoped_subject,
    subgroup_list,
    unnamed_in_breakdown,
)
from extractors.prose_labels import (
    about_other_study,
    any_group,
    cites,
    endpoint_list,
    endpoint_of,
    group_of,
    group_of_n,
    named_groups,
    own_names,
    own_study,
    population_of,
    respectively_groups,
    section_group,
    single_group,
)
from extractors.regions import TableRegion
from schemas.document import BBox, Document, Frame, Word
from schemas.findings import Finding, FindingValue
from schemas.records import Record

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
CI = rf"(?P<lvl>\d{{2}})\s?%\s?(?:CI|confidence interval|Cl)(?:\s?\[CI\])?[,:]?\s?(?P<lo>{BOUND}){DASH}(?P<hi>{BOUND})"
UNIT = r"(?:\s?(?:months?|mo|weeks?|wks?|days?|years?|yrs?|h|hours?|minutes?|min)\b)?"
_PATIENTS = (
    r"(?:patients?|pts|participants?|subjects?|women|men|responders?|responses?|cases?|deaths?|"
    r"(?:adverse |serious adverse )?events?|toxicit(?:y|ies)|SAEs?|DLTs?|TEAEs?|TRAEs?)"
)
_MEASURE = r"mm ?Hg|mmol\s?[/⁄]\s?L|kg\s?/\s?m2|kg|bpm|beats/min|ms|°C"
PK_UNIT = r"(?:h\s?[*×·]\s?)?(?:μg|µg|ng|mg|pg)\s?(?:[/·]\s?(?:mL|L)|\s(?:ml|l)-1(?:\sh)?)|L/h|mL/min|L\b|(?:μ|µ|n)M\b"
_QUAL = {
    "nr": "not reached",
    "not reached": "not reached",
    "ne": "not estimable",
    "not estimable": "not estimable",
    "na": "not available",
    "not available": "not available",
    "not evaluable": "not evaluable",
}

_SKIP_HEADINGS = re.compile(
    r"^(references?|bibliography|acknowledg(e)?ments?|funding|author contributions?|competing interests?|"
    r"conflicts? of interest|disclosures?|data availability|additional information|methods|materials and methods|"
    r"patients and methods|introduction|background|statistical analysis|reporting summary|ethics)\b",
    re.IGNORECASE,
)
_KEEP_HEADINGS = re.compile(
    r"^(results?|discussion|abstract|summary|findings|conclusions?|efficacy|safety)\b", re.IGNORECASE
)


@dataclass(slots=True)
class _Text:
    """A page's prose in reading order, with the word each character came from."""

    text: str
    owner: list[int]  # index into words for each character (-1 for joining spaces)
    words: list[Word]
    paragraphs: list[int] = field(default_factory=list)  # offsets where a paragraph (or a heading) starts
    discussion: list[tuple[int, bool]] = field(default_factory=list)  # (offset, in discussion from there on)
    body_end: int | None = None  # where the figure and table legends, read after the body text, begin


def prose_records(
    document: Document, regions: list[TableRegion], furniture: set[int], findings: list[Finding] | None = None
) -> list[Record]:
    """Every result number the prose quotes about this trial, as records of table ``"text"``, each naming its
    endpoint (``row``) and group (``arm``). A number whose endpoint the sentence does not tell is not emitted:
    it is appended to ``findings`` as ``prose-unread``. Numbers about other studies are left out."""
    taken = {id(w) for r in regions for ln in [*r.body, *r.notes] for w in ln.words}
    taken |= {id(w) for r in regions if r.caption for ln in r.caption.lines for w in ln.words}
    records: list[Record] = []
    skipping = discussing = False
    pages: list[tuple[_Text, int]] = []
    for frame in document.frames:
        if frame.rotation:
            continue
        words = [w for w in frame.words if id(w) not in furniture and id(w) not in taken]
        breaks = sorted(
            r.bottom for r in regions if document.frames[r.frame_index] is frame and r.x1 - r.x0 > frame.width * 0.55
        )
        text, skipping, discussing = _reading_order(frame, words, skipping, breaks, discussing)
        pages.append((text, frame.page))
    whole = " ".join(t.text for t, _ in pages)
    arms = (arm_words(whole), arm_names(whole), own_names(whole))
    for i, (text, page) in enumerate(pages):
        before = _tail(pages[i - 1][0].text[: pages[i - 1][0].body_end]) if i > 0 else ""
        after = _head(pages[i + 1][0].text) if i + 1 < len(pages) else ""
        reasons: dict[int, str] = {}
        for record in _statements(_joined(before, text, after), page, arms, reasons):
            if record.row:
                records.append(record)
            elif findings is not None:
                findings.append(_unread(record, reasons.get(id(record))))
    return records


def read_paragraphs(paragraphs: list[str], page: int = 1) -> tuple[list[Record], list[Finding]]:
    """The prose records of plain paragraphs of result text (as :func:`prose_records` reads a page's text
    once it is in reading order), and the ``prose-unread`` findings of the numbers whose endpoint they do
    not tell. Each word is given a made-up box on a line of its own paragraph."""
    words: list[Word] = []
    chars: list[str] = []
    owner: list[int] = []
    starts: list[int] = []
    for n, paragraph in enumerate(paragraphs):
        if chars:
            chars.append("\n")
            owner.append(-1)
        starts.append(len(chars))
        for i, token in enumerate(paragraph.split()):
            if i:
                chars.append(" ")
                owner.append(-1)
            box = (float(i), float(n * 10), float(i + 1), float(n * 10 + 8))
            words.append(Word(token, *box, 8.0, False, box))
            chars.extend(token)
            owner.extend([len(words) - 1] * len(token))
    text = _Text(_plain("".join(chars)), owner, words, starts, [(0, False)])
    findings: list[Finding] = []
    records = []
    reasons: dict[int, str] = {}
    arms = (arm_words(text.text), arm_names(text.text), own_names(text.text))
    for record in _statements(text, page, arms, reasons):
        if record.row:
            records.append(record)
        else:
            findings.append(_unread(record, reasons.get(id(record))))
    return records, findings


def _tail(text: str) -> str:
    """The unfinished sentence a page ends with (it goes on on the next page), or ""."""
    ends = [i for i in (text.rfind(". "), text.rfind("; ")) if i >= 0 and _is_break(text, i)]
    tail = text[max(ends) + 2 :] if ends else text
    return "" if tail.rstrip().endswith((".", ":")) or len(tail) > 600 else tail


def _head(text: str) -> str:
    """The end of the sentence the previous page left unfinished: the text up to the first break."""
    for m in re.finditer(r"[.;] ", text[:600]):
        if _is_break(text, m.start()):
            return text[: m.start() + 1]
    return ""


def _joined(before: str, text: _Text, after: str) -> _Text:
    """A page's text with the sentence ends carried over from its neighbours: they give sentences their
    context only (their characters belong to no word of this page, so no statement is read from them)."""
    if not before and not after:
        return text
    lead = before + " " if before else ""
    trail = " " + after if after else ""
    return _Text(
        lead + text.text + trail,
        [-1] * len(lead) + text.owner + [-1] * len(trail),
        text.words,
        [0, *(p + len(lead) for p in text.paragraphs)] if lead else text.paragraphs,
        [(o + len(lead) if o else 0, flag) for o, flag in text.discussion],
    )


def _unread(record: Record, reason: str | None = None) -> Finding:
    why = reason or f"the sentence does not say which endpoint its {record.statistic} is about"
    return Finding(
        check="prose-unread",
        severity="info",
        table="text",
        page=record.page,
        message=f"page {record.page}: '{record.raw}' was not read as data: {why}",
        values=[FindingValue(label="text", value=record.value, raw=record.raw, page=record.page, bbox=record.bbox)],
    )


def _reading_order(
    frame: Frame, words: list[Word], skipping: bool, breaks: list[float], discussing: bool = False
) -> tuple[_Text, bool, bool]:
    """Column by column, left to right, each top to bottom, in bands split by full-width tables (text
    above a table is read before text below it); skipped sections left out. Columns are where runs of
    text start (a margin column of affiliations beside the abstract is a column of its own)."""
    segs: list[list[Word]] = []
    for line in frame_layout(frame).lines_of(words):
        segs.extend(
            list(seg)
            for seg in split_segments(line.words, 1.5)
            if (_wordy(seg) or _section_heading(seg)) and not _running_head(seg, frame)
        )
    starts = sorted(seg[0].x0 for seg in segs if len(seg) >= 4)
    columns: list[list[float]] = []
    for x in starts:
        if columns and x - columns[-1][-1] <= 15:
            columns[-1].append(x)
        else:
            columns.append([x])
    lefts = [min(c) for c in columns if len(c) >= 3] or [0.0]
    # a run that crosses into the next column (a narrow gutter beside a margin column) is cut there
    cut: list[list[Word]] = []
    for seg in segs:
        part = [seg[0]]
        for w in seg[1:]:
            at_left = any(abs(w.x0 - left) <= 3 for left in lefts)
            if at_left and w.x0 - part[-1].x1 >= 0.6 * w.size:
                cut.append(part)
                part = [w]
            else:
                part.append(w)
        cut.append(part)
    segs = cut

    def column_of(seg: list[Word]) -> int:
        return max((i for i, left in enumerate(lefts) if left <= seg[0].x0 + 3), default=0)

    def band_of(seg: list[Word]) -> int:
        return sum(1 for b in breaks if b <= seg[0].top)

    ordered = sorted(segs, key=lambda seg: (band_of(seg), column_of(seg), min(w.top for w in seg)))
    chars: list[str] = []
    owner: list[int] = []
    flat: list[Word] = []
    paragraphs: list[int] = [0]
    walls: list[int] = []  # where a legend or a heading starts or ends: no sentence runs across
    right_edge: dict[int, float] = {}
    for seg in ordered:
        right_edge[column_of(seg)] = max(right_edge.get(column_of(seg), 0.0), seg[-1].x1)
    body, legends = _captions_last(ordered, lefts, right_edge, column_of)
    ordered = body + legends
    body_end: int | None = None
    discussion: list[tuple[int, bool]] = [(0, discussing)]
    previous: list[Word] | None = None
    for index, seg in enumerate(ordered):
        if index == len(body) and legends:
            body_end = len(chars)
        line_text = _heading_text(join_words(seg).strip())
        heading = _KEEP_HEADINGS.match(line_text) if len(seg) <= 4 or _RUN_IN_KEEP.match(line_text) else None
        if heading or (_SKIP_HEADINGS.match(line_text) and len(seg) <= 6):
            discussing = bool(heading) and bool(_DISCUSSION.match(line_text))
            discussion.append((len(chars), discussing))
        hard = previous is not None and bool(
            _CAPTION.match(line_text)
            or _heading_line(seg, right_edge.get(column_of(seg), seg[-1].x1))
            or _heading_line(previous, right_edge.get(column_of(previous), previous[-1].x1))
        )
        if hard:
            walls.append(len(chars) + 1)
        if previous is not None and (
            hard
            or _new_paragraph(previous, seg, lefts)
            or _RUN_IN_LINE.match(line_text)
            or _ended_short(previous, right_edge.get(column_of(previous), previous[-1].x1))
        ):
            paragraphs.append(len(chars) + 1)
        previous = seg
        if _SKIP_HEADINGS.match(line_text) and len(seg) <= 6:
            skipping = True
            continue
        if heading:
            skipping = False
        if skipping:
            continue
        if chars and chars[-1] in "-‐" and seg[0].text[:1].islower():
            chars.pop()  # a word hyphenated across lines
            owner.pop()
        elif chars:
            chars.append(" ")
            owner.append(-1)
        prev: Word | None = None
        for w in seg:
            # "− 0.12": a minus sign set apart from its number is still its sign
            signed = (
                prev is not None
                and prev.text in ("\u2212", "-")
                and w.text[:1].isdigit()
                and chars[-2:-1]
                in (
                    [" "],
                    ["("],
                    ["["],
                )
            )
            if prev is not None and not signed and w.x0 - prev.x1 > 0.12 * max(min(prev.size, w.size), 1.0):
                chars.append(" ")
                owner.append(-1)
            flat.append(w)
            for ch in w.text:
                chars.append(ch)
                owner.append(len(flat) - 1)
            prev = w
    for p in walls:
        if 0 < p <= len(chars) and chars[p - 1] == " " and owner[p - 1] < 0:
            chars[p - 1] = "\n"  # a legend or a heading ends the sentence before it
    text = _plain("".join(chars))
    return _Text(text, owner, flat, paragraphs, discussion, body_end), skipping, discussing


_CAPTION = re.compile(r"^(?:Fig\.?|Figure|Table|Supplementary (?:Fig\.?|Figure|Table))\s?S?\d+[A-Za-z]?\s?(?:[|.:]|$)")


def _captions_last(
    ordered: list[list[Word]], lefts: list[float], right_edge: dict[int, float], column_of: Callable[[list[Word]], int]
) -> tuple[list[list[Word]], list[list[Word]]]:
    """A figure or table legend set inside a column ("Fig. 4 | Kaplan-Meier plot ...") interrupts the body
    text around it: its lines (from the caption line to its paragraph's end, in its column) are read after the
    page's body text, so that a sentence the legend splits is read whole."""
    body: list[list[Word]] = []
    legends: list[list[Word]] = []
    inside = False
    for seg in ordered:
        if _CAPTION.match(join_words(seg).strip()):
            inside = True
        elif inside:
            prev = legends[-1]
            right = right_edge.get(column_of(prev), prev[-1].x1)
            if (
                column_of(seg) != column_of(prev)
                or _new_paragraph(prev, seg, lefts)
                or _ended_short(prev, right)
                or min(w.top for w in seg) < max(w.bottom for w in prev)
            ):
                inside = False
        (legends if inside else body).append(seg)
    return body, legends


def _heading_text(line: str) -> str:
    """A heading set with a spaced initial capital ("R esults", "D iscussion": a drop cap or letter-spaced
    small caps) reads as one word."""
    return re.sub(r"^([A-Z])\s(?=[a-z]+\b)", r"\1", line)


# a structured abstract's run-in heading: "Results: The relative bioavailability ..."
_RUN_IN_KEEP = re.compile(r"^(?:results?|findings|conclusions?|interpretation)\s?[:.]\s", re.IGNORECASE)
_DISCUSSION = re.compile(r"^(discussion|conclusions?|interpretation|comment)\b", re.IGNORECASE)


def in_discussion(text: _Text, at: int) -> bool:
    return next((flag for offset, flag in reversed(text.discussion) if offset <= at), False)


_RUN_IN_LINE = re.compile(r"^[A-Z][A-Za-z-]+(?:\s[a-z][A-Za-z-]*){0,2}\.\s[A-Z]")
_SHORT_LINE = (
    2.0  # a line ending this many type sizes before its column's right edge, with a full stop, ends a paragraph
)


def _heading_line(seg: list[Word], right: float) -> bool:
    """A heading on a line of its own ("Exploratory endpoints", "Patients"): a few words, no closing
    punctuation, set in bold or ending well before its column's right edge."""
    text = join_words(seg).strip()
    if len(seg) > 6 or not text[:1].isupper() or text.endswith((".", ",", ";", ":", "-", "–")):
        return False
    if re.search(r"\d", text):
        return False
    return all(w.bold for w in seg) or right - seg[-1].x1 > 6 * max(seg[-1].size, 1.0)


def _ended_short(previous: list[Word], right: float) -> bool:
    """Did the previous line end a paragraph: a full stop well before the column's right edge?"""
    last = previous[-1]
    return last.text.endswith(".") and right - last.x1 > _SHORT_LINE * max(last.size, 1.0)


_PARAGRAPH_GAP = 0.9  # a vertical gap of this many type sizes between lines starts a paragraph
_PARAGRAPH_INDENT = 0.8  # so does a first line indented by this many type sizes from its column's left edge


def _new_paragraph(previous: list[Word], seg: list[Word], lefts: list[float]) -> bool:
    """Does ``seg`` start a paragraph after ``previous`` (a gap above it, or an indented first line)?"""
    size = max(seg[0].size, 1.0)
    gap = min(w.top for w in seg) - max(w.bottom for w in previous)
    if gap > 0 and gap > _PARAGRAPH_GAP * size and abs(seg[0].x0 - previous[0].x0) < 3 * size:
        return True
    left = max((x for x in lefts if x <= seg[0].x0 + 3), default=seg[0].x0)
    return _PARAGRAPH_INDENT * size < seg[0].x0 - left < 4 * size and abs(previous[0].x0 - left) < 0.3 * size


_MARGIN = 0.1  # the top and bottom tenth of a page hold its running heads and feet


def _running_head(seg: list[Word], frame: Frame) -> bool:
    """A running head or foot the furniture pass left ("LCI699 in Resistant Hypertension | Karns et al.",
    "The Journal of Clinical Hypertension Vol 15 | No 3"): a line in the page's top or bottom margin that
    names authors or an issue. Read as prose it would make the sentence it interrupts look like a citation."""
    top, bottom = min(w.top for w in seg), max(w.bottom for w in seg)
    if _MARGIN * frame.height < top and bottom < (1 - _MARGIN) * frame.height:
        return False
    text = join_words(seg)
    return bool(re.search(r"\bet al\.?\s*$|\s\|\s|\bVol\.?\s\d|\bJournal\b", text)) and len(seg) <= 16


def _section_heading(seg: list[Word]) -> bool:
    """A section heading set in capitals ("RESULTS", "METHODS") is no run of prose, but it opens or closes
    the sections prose is read from."""
    text = _heading_text(join_words(seg).strip())
    return len(seg) <= 3 and bool(_KEEP_HEADINGS.match(text) or _SKIP_HEADINGS.match(text))


def _wordy(seg: list[Word]) -> bool:
    """A run of prose has words: figure axes, forest-plot columns and stray table cells do not."""
    words = sum(1 for w in seg if re.fullmatch(r"[A-Za-z][a-z'’-]+[,.;:)]?", w.text))
    return words >= 2 or (len(seg) <= 2 and words >= 1)


def _plain(text: str) -> str:
    """Same-length typography fixes: unicode minus, an en dash used as a minus, middle-dot decimals."""
    text = text.replace("\u2212", "-").replace("\u2010", "-").replace("\u2011", "-").replace("\u00a0", " ")
    text = re.sub(r"(?<=[\s(\[;,])–(?=\d)", "-", text)
    return re.sub(r"(?<=\d)[·•∙](?=\d)", ".", text)


def _num(s: str) -> float:
    s = s.strip().replace(",", "")
    if s.lower() in _WORD_NUMBERS:
        return float(_WORD_NUMBERS[s.lower()])
    parts = re.split(r"[- ]", s.lower())
    if len(parts) == 2 and all(p in _WORD_NUMBERS for p in parts):
        return float(_WORD_NUMBERS[parts[0]] + _WORD_NUMBERS[parts[1]])
    return float(s)


def _bound(s: str | None) -> tuple[float | None, str | None]:
    if s is None:
        return None, None
    s = re.sub(r"\s*(%|\[NE\])$", "", s.strip())
    q = _QUAL.get(s.strip().lower())
    return (None, q) if q else (_num(s), None)


# (pattern, statistic per group name) in priority order: the most specific statement shapes first
_PATTERNS: list[tuple[re.Pattern[str], dict[str, str]]] = [
    # 22 of 87 patients (25.3%, 95% CI 16.6–35.8) / 53 (59.6%) of 87 patients / Five of 18 patients
    (
        re.compile(
            rf"\b(?P<n>{NUM}|{_WORD_NUM})\s(?:\((?P<pct2>{NUM})\s?%\)\s)?(?:of|out of)\s(?:the\s|all\s)?(?P<d>{NUM})"
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
    (
        re.compile(rf"\(?(?P<n>{NUM})\s?/\s?(?P<d>{NUM})(?:[,;]?\s?\(?(?P<pct>{NUM})\s?%\)?)?"),
        {"n": "count", "d": "denominator", "pct": "percent"},
    ),
    # median PFS was 4.8 months (95% CI 3.2–5.8); median follow-up of 10.1 months (range 8.8–10.8);
    # a median 3.0 (2-8) lines; 13.77 (95% CI: 9.69-not evaluable [NE]) months
    (
        re.compile(
            rf"\bmedian\b(?P<what>(?:[^.;\d]|(?<=[A-Za-z])\d){{0,60}}?)(?:was|were|of|:|,|=|is)?\s?"
            rf"(?<![A-Za-z\d.])(?P<m>{NUM}|not reached|NR)(?![\d.])(?!\s?%\s?(?:CI|Cl|confidence|credible))"
            rf"(?!\s(?:[a-z]+\s)?(?:patients|participants|subjects|pts)\b)"
            rf"{UNIT}(?:\s(?:[a-z]+\s){{0,4}}?(?=\((?:range|IQR)))?"
            rf"(?:\s?\((?:(?:{CI}){UNIT}|(?:(?:(?P<rkind>range|IQR|interquartile range)[:,]?\s?)?(?P<rlo>{SNUM})"
            rf"{DASH}(?P<rhi>{SNUM})))\))?",
            re.IGNORECASE,
        ),
        {"m": "median", "lo": "ci_low", "hi": "ci_high", "rlo": "min", "rhi": "max"},
    ),
    # hazard ratio 0.79 (95% CI 0.66-0.94) / HR 0.41, p < 0.001
    (
        re.compile(
            rf"\b(?P<kind>hazard ratio|HR|odds ratio|OR|risk ratio|relative risk|RR)\b"
            rf"(?:\s(?:for|of|in|with)\s(?:the\s)?[A-Za-z][A-Za-z -]{{2,40}}?(?=,|:|\swas\b))?[,:=]?\s?(?:was\s|of\s)?"
            rf"(?P<v>{NUM})(?:[;,]?\s?\(?{CI}\)?)?"
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
            rf"\b(?P<n>\d{{1,3}}(?:,\d{{3}})+|\d+|{_WORD_NUM})(?![.\d])(?:\s(?!of\b)[A-Za-z][A-Za-z-]*){{0,3}}\s[(\[]"
            rf"(?P<pct>{NUM})\s?%(?!\s?(?:CI|Cl|confidence))(?:[,;]\s?{CI})?",
            re.IGNORECASE,
        ),
        {"n": "count", "pct": "percent", "lo": "ci_low", "hi": "ci_high"},
    ),
    # 12-month OS rate 59.3% (95% CI 47.7–69.1) -- also "...were 59.3% (95% CI ...) and 47.3% (...)"
    (
        re.compile(rf"(?P<v>{NUM})\s?%\s?[(\[,]\s?{CI}[)\]]?", re.IGNORECASE),
        {"v": "percent", "lo": "ci_low", "hi": "ci_high"},
    ),
    # any estimate with a CI: 13.96 (95% CI: 8.34-NE) months
    (
        re.compile(rf"(?P<v>{NUM}){UNIT}\s?\(\s?{CI}{UNIT}\s?\)", re.IGNORECASE),
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
    # the second of "12 minutes (IQR 8-24) with A and 26 minutes (IQR 15-45) with B": a summary with its spread
    (
        re.compile(
            rf"(?<![\w.])(?P<v>{NUM}){UNIT}(?:\s?(?:min(?:utes)?|mm ?Hg|kg|points?))?\s?\((?P<rkind>range|IQR|"
            rf"interquartile range)[:,]?\s?(?P<rlo>{SNUM}){DASH}(?P<rhi>{SNUM}){UNIT}\)",
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
    # A total of 119 patients / 27 patients / One dose limiting toxicity
    (re.compile(rf"\b(?P<n>{NUM}|{_WORD_NUM})\s(?:[A-Za-z-]+\s){{0,3}}?{_PATIENTS}\b", re.IGNORECASE), {"n": "count"}),
    # measurements: "the mean baseline msSBP was 152.9 mm Hg", "(9.9 mm Hg; P=.017 vs placebo)"
    (re.compile(rf"(?<![\w.])(?P<v>{SNUM})\s?(?:{_MEASURE})(?![\w/⁄])", re.IGNORECASE), {"v": "estimate"}),
    # durations: 14.1 months, DoR 11.8 months
    (re.compile(rf"(?P<v>{NUM})\s?(?:months?|mo)\b", re.IGNORECASE), {"v": "estimate"}),
    # PK quantities: 45.0 μg/mL, 1706.2 h*μg/mL, 3.6 L
    (re.compile(rf"(?P<v>{NUM})\s?(?:{PK_UNIT})"), {"v": "estimate"}),
    # any other percentage: neutropenia (21.0%), ORR was 80%
    (re.compile(rf"(?P<pct>{NUM})\s?%(?!\s?(?:CI|Cl|CrI|confidence|credible)\b)"), {"pct": "percent"}),
]
_RATIO = {
    "hazard ratio": "hr",
    "hr": "hr",
    "odds ratio": "or",
    "or": "or",
    "risk ratio": "rr",
    "relative risk": "rr",
    "rr": "rr",
}


def _statements(
    text: _Text,
    page: int,
    arms: tuple[frozenset[str], frozenset[str], frozenset[str]] = (frozenset(), frozenset(), frozenset()),
    reasons: dict[int, str] | None = None,
) -> list[Record]:
    """The records of a page's statements; a record whose label the sentence does not bind to its number
    (see prose_doubts.py) is returned without a row, and why is put in ``reasons`` (by ``id``)."""
    claimed = [False] * len(text.text)
    out: list[Record] = []
    places: dict[int, tuple[int, int, bool, bool]] = {}  # id(record) -> (its sentence's start, its number's offset)
    doubts: dict[int, str] = {}
    for pattern, names in _PATTERNS:
        for m in pattern.finditer(text.text):
            groups = [g for g in names if m.group(g) is not None]
            if not groups or any(claimed[i] for g in groups for i in range(m.start(g), m.end(g))):
                continue
            if not _plausible(m, text.text):
                continue
            recs = _records(m, names, groups, text, page, arms, places, doubts)
            if not recs:
                continue
            for g in groups:
                for i in range(m.start(g), m.end(g)):
                    claimed[i] = True
            out.extend(recs)
    _inherit_endpoints(out, places)
    for r in out:
        if id(r) in doubts and r.row:
            r.row = []
            if reasons is not None:
                reasons[id(r)] = doubts[id(r)]
    return out


_FAMILY = {"percent": "n", "count": "n", "events": "n", "mean": "mean", "sd": "mean", "se": "mean"}


def _inherit_endpoints(records: list[Record], places: dict[int, tuple[int, int, bool, bool]]) -> None:
    """A statement whose own words name no endpoint, in a sentence that stated one for a number of its kind
    just before ("Hyponatremia was reported with LCI699 and eplerenone (5.6% and 6.1%, respectively) than with
    placebo (0%)"; "Six patients discontinued ... (LCI699 [n=2]; eplerenone [n=1]; placebo [n=2])"), is about
    the same endpoint in another group: the comparison or the breakdown of that statement. A p-value or a
    between-group difference takes the endpoint of the comparison stated before it."""
    by_sentence: dict[int, dict[int, list[Record]]] = {}
    for r in records:
        if id(r) in places:
            sentence, offset = places[id(r)][:2]
            by_sentence.setdefault(sentence, {}).setdefault(offset, []).append(r)
    for statements in by_sentence.values():
        ordered = [statements[o] for o in sorted(statements)]
        for i, statement in enumerate(ordered):
            open_ = [r for r in statement if not r.row or places[id(r)][2]]
            if not open_ or places[id(statement[0])][3]:
                continue
            head = statement[0].statistic
            kind = _FAMILY.get(head, head)
            # the nearest earlier statement of the kind (the items of a breakdown aside): one that names
            # nothing is not skipped over ("5523 were screened and 200 ... were assigned to A (N = 99)")
            nearest = next(
                (
                    q
                    for earlier in reversed(ordered[:i])
                    for q in earlier[:1]
                    if q.section != "pk"
                    and not places[id(q)][2]
                    and (head in ("p", "value") or _FAMILY.get(q.statistic, q.statistic) == kind)
                ),
                None,
            )
            lead = (
                nearest
                if nearest is not None
                and nearest.row
                and not places[id(nearest)][2]
                and nearest.row != ["population"]
                and not _new_clause(statement[0], nearest, places)
                else None
            )
            if lead is not None:
                row = list(lead.row)
                if re.search(r"\bdifference\b", statement[0].raw, re.I) and "difference" not in row[-1].lower():
                    row[-1] = f"difference in {row[-1]}"  # "(between-group difference, -2.9 percentage points)"
                for r in open_:
                    r.row = list(row)
                    r.section = lead.section


def _new_clause(statement: Record, lead: Record, places: dict[int, tuple[int, int, bool, bool]]) -> bool:
    """Is ``statement`` the subject of a clause of its own after ``lead``'s clause has its verb ("5523 were
    screened and 200 patients ... were randomly assigned")? Then it does not compare or break down ``lead``."""
    sentence = statement.context or ""
    lead_at = places[id(lead)][1] - places[id(lead)][0]
    at = places[id(statement)][1] - places[id(statement)][0]
    between = sentence[lead_at + len(lead.raw) : at]
    after = re.split(r"(?<![\w.])\d", sentence[at + len(statement.raw) :], maxsplit=1)[0]
    verb = r"\b(?:were|was|is|are|had|has|have)\b"
    return bool(re.search(verb, between)) and bool(re.search(verb, after))


def _plausible(m: re.Match[str], text: str) -> bool:
    """Not a date, a dose, a reference list or a figure number."""
    after = text[m.end() : m.end() + 12].lower()
    before = text[max(0, m.start() - 12) : m.start()].lower()
    if (
        re.match(r"\s?(mg|µg|μg|mcg|ml|mmol|g/|kg|nm\b|mm\b|cm\b)", after)
        and "%" not in m.group(0)
        and not re.match(r"\s?(μg|µg|ng|mg)\s?/\s?m?l\b", after, re.IGNORECASE)
    ):
        return False
    if re.search(r"(fig\.?|figure|table|ref\.?|supplementary)\s?$", before):
        return False
    if re.search(r"\bper\s?$", before):
        return False  # "3.4 per 100 patient-years": the 100 is the rate's unit
    whole_match = m.group(0)
    if re.fullmatch(rf"{NUM}\s?(?:months?|mo)", whole_match.strip()) and re.search(
        r"\b(?:at|within|after|by|over|during|until|up to|through|every|for|first|last|past)\s?$", before
    ):
        return False  # "at 12 months": a time point, not a duration
    counted = "n" in m.re.groupindex and m.group("n") is not None and m.start("n") == m.start()
    plain = "%" not in m.group(0) and "lo" not in m.re.groupindex
    if re.search(r"(grade|[≥≤<>]|>=|<=)\s?$", before) and (counted or plain):
        return False  # "grade ≥3 TEAEs", "≥ 3 lines": a grade or a threshold, not a count
    if counted and re.search(r"\b(?:at least|more than|less than|fewer than|up to|at most|over)\s$", before):
        return False  # "at least one prior systemic therapy (48.3%)": a threshold, not a count
    if re.search(r"[A-Za-z]$", before) and re.match(r"\d", m.group(0)):
        return False  # a number glued to letters ("Table S12", "CHA2DS2") is part of a name
    whole = m.group(0)
    if re.fullmatch(r"(19|20)\d\d", whole.strip()):
        return False
    groups = m.re.groupindex
    if "v" in groups and "lo" in groups and "lvl" in groups and m.group("lo") and not m.group("lvl"):
        # an interval in brackets that no "CI" names is read as the estimate's CI only if it holds the estimate
        try:
            v, lo, hi = (_num(m.group(g)) for g in ("v", "lo", "hi"))
        except ValueError:
            return False
        return min(lo, hi) <= v <= max(lo, hi)
    return True


def _records(
    m: re.Match[str],
    names: dict[str, str],
    groups: list[str],
    text: _Text,
    page: int,
    arms: tuple[frozenset[str], frozenset[str], frozenset[str]] = (frozenset(), frozenset(), frozenset()),
    places: dict[int, tuple[int, int, bool, bool]] | None = None,
    doubts: dict[int, str] | None = None,
) -> list[Record]:
    raw = m.group(0).strip(" ,;(")
    first = groups[0]
    if all(text.owner[i] < 0 for i in range(m.start(first), min(m.end(first), len(text.owner)))):
        return []  # a number of the neighbouring page's sentence, carried for context only
    start, context = _sentence(text.text, m.start(), m.end())
    dose_name = re.match(
        r"\s(?P<w>[a-z][a-z-]+)(?P<g>\s(?:[a-z-]+\s)?(?:group|arm|cohort|dose|patients?))?",
        text.text[m.end() : m.end() + 40],
    )
    if (
        dose_name
        and (dose_name.group("w") in arms[0] or dose_name.group("g"))
        and "v" in groups
        and names.get("v") == "estimate"
    ):
        return []  # "10 µM trabedersen": a dose that names an arm, not a measured value
    if about_other_study(context, arms[2]):
        return []  # another study's numbers (background, discussion): not this trial's data
    if _REFERENCE_MARK.search(context) and not own_study(context):
        return []  # a sentence citing other work by a reference mark ("... 38,460 deaths annually.1"): background
    discussing = in_discussion(text, m.start())
    if discussing and cites(context) and not own_study(context):
        return []  # a discussion sentence that cites other work and does not speak of this study
    at, end = m.start() - start, m.end() - start
    bbox = _bbox(text, m.start(), m.end())
    if bbox is None:
        return []
    parameter = nearest_endpoint(context, at)
    section = _section(context)
    denominator = None
    if "d" in groups:
        try:
            denominator = int(_num(m.group("d")))
        except ValueError:
            denominator = None
    elif any(names[g] in ("count", "percent") for g in groups):
        denominator = lead_in_denominator(context, at)
    level = float(m.group("lvl")) if "lvl" in pattern_groups(m) and m.group("lvl") else None
    row: list[str] = []
    grade = scope = analyte = unit = arm = None
    if section == "adverse_events":
        term, grade, scope = ae_context(context, at)
        row = term or []
    out: list[Record] = []
    weak: set[int] = set()
    hows: list[str] = []
    focuses: list[int] = []  # where each record's number sits in its sentence
    for g in groups:
        stat = names[g]
        if stat == "denominator":
            continue
        try:
            value, qual = _bound(m.group(g))
        except ValueError:
            continue
        if stat == "ratio":
            stat = _RATIO.get(m.group("kind").lower(), "value")
        if stat in ("min", "max") and "rkind" in m.re.groupindex and re.match(r"i", m.group("rkind") or "", re.I):
            stat = "q1" if stat == "min" else "q3"  # "(IQR 8-24)": the quartiles, not the range
        if stat == "estimate":
            low = context.lower()
            median = "median" in low or re.search(r"\bm(?:pfs|os|dor|efs|ttr)\b", low)
            stat = "median" if median else "mean" if re.search(r"(?<!vs )\bmean\b", low) else "value"
            if re.search(r"\bdifference\b", low[:at]):
                stat = "value"  # "the estimate for the difference in medians was 30 minutes": a difference
        if stat in ("percent", "rate"):
            time = landmark(context, at, end)
            if time:
                stat = "rate"
                row = [f"{time} {parameter or ''} rate".replace("  ", " ")]
        if stat == "p" and m.group("op") in ("<", ">", "≤", "≥"):
            qual = m.group("op")
        if stat == "count" and value is not None and value != int(value):
            continue
        pk = _pk_place(context, at, g, m)
        if pk is not None:
            analyte, pk_param, unit = pk
            parameter, section, arm = pk_param, "pk", dose_of(context)
        if row and section == "adverse_events":
            # "TRAEs leading to permanent treatment discontinuation were reported in five patients, including
            # diarrhea (n = 3)": the listed terms are the reasons for that event, not the AE's frequency
            led = re.search(
                r"\b(?:leading to|led to|resulting in|causing)\s(?:[a-z]+\s){0,3}?(?P<e>discontinuation|death|"
                r"interruption|reduction|withdrawal|hospitali[sz]ation)\b[^;]*\bincluding\b",
                context[:at],
            )
            if led and not row[-1].lower().startswith(led.group("e")):
                row = [f"{led.group('e')} {row[-1]}"]
        label_row = row
        named_arm = arm_before(context, m.start(g) - start, arms[0]) if pk is None else None
        if not label_row:
            what = parameter if pk is not None else endpoint_of(context, at, end, stat, m.start(g) - start)
            if named_arm and what and norm_words(what) <= norm_words(named_arm):
                what = None  # "eplerenone (39.4%)": the term names the arm, not the endpoint
            assigned = _ASSIGNED_TO.search(context[: m.start(g) - start]) if what == "population" else None
            if named_arm and assigned:
                what = assigned.group("v")  # "randomly assigned to either A (N = 99)": the size randomized to A
            elif named_arm and what == "population" and places is not None:
                weak.add(len(out))  # "placebo [n=2]": an arm's size, or its share of the statement before
            label_row = [what] if what else []
        if pk is not None:
            group, how = arm, "pk"
        elif named_arm:
            group, how = named_arm, "named"
        elif (
            stat in ("hr", "or", "rr")
            or "ratio" in (names[x] for x in groups)
            or (stat == "p" and _contrast(context))
            or "difference" in raw.lower()
            or _compared_after(context[end:])
        ):
            group, how = None, "contrast"  # a contrast between groups is about the trial, not one group
        else:
            group, how = _group(context, m.start(g) - start, stat, end, arms[1]), "clause"
            if group and "respectively" in context and respectively_groups(context):
                how = "paired"
            if group is None and not discussing:
                group, how = _respective_group(text, context, m.start(g) - start, start, stat), "paired"
            if group is None and not discussing:
                group, how = _paragraph_group(text, m.start()), "paragraph"
            if group is None and denominator:
                # the N the statement is of names its group when the text states whose N it is
                group, how = group_of_n(text.text[: m.start()], denominator), "paragraph"
            if group is None:
                how = "none"
        hows.append(how)
        focuses.append(m.start(g) - start)
        if group and (
            not norm_words(group) - _NO_GROUP_WORDS
            or re.fullmatch(r"(?:C[MR]?R|PR|SD|PD|ORR|DCR|CBR|PFS|OS|DoR|TTP)s?", group.strip())
        ):
            group, how = None, "none"  # "The", "these patients", "CR": no group is named
        out.append(
            Record(
                section=section,
                table="text",
                statistic=stat,
                value=value,
                qualifier=qual,
                denominator=denominator if stat in ("count", "percent") else None,
                ci_level=level if stat in ("ci_low", "ci_high") else None,
                parameter=parameter,
                raw=raw,
                page=page,
                bbox=bbox,
                context=context,
                row=label_row,
                grade=grade,
                scope=scope,
                analyte=analyte,
                unit=unit,
                arm=group,
            )
        )
    # one statement is about one thing: its numbers share the endpoint and the group of its first number
    # (the count of "22 of 87 patients (25.3%, 95% CI ...)", the median of "median PFS 4.8 months (95% CI ...)")
    named = next((r.row for r in out if r.row), None)
    if named and re.search(r"\bdifference\b", raw, re.I) and not re.search(r"\bdifference\b", named[-1], re.I):
        named = [*named[:-1], f"difference in {named[-1]}"]  # "(difference, -2.9 percentage points; ...)"
    group = next((r.arm for r in out if r.arm), None)
    if group and named and "paragraph" in hows and norm_words(group) <= norm_words(" ".join(named)):
        group = None  # "Topo I positivity ... were found in 11 (9.2%)": the paragraph's term is the endpoint's
    for r in out:
        if named:
            r.row = list(named)
        if r.section != "pk":
            r.arm = group
    # "lymphocytopenia (27/107, 25.2%), γ glutamyl transpeptidase elevation (26/107, 24.3%)": a number bracketed
    # after a term is that term's, read or not; it never takes another statement's endpoint
    before = context[:at].rstrip()
    closed = before.endswith(("(", "[")) and bool(re.search(r"[A-Za-zα-ω]\s?[(\[]$", before))
    closed = closed and bool(out) and out[0].statistic in ("count", "percent", "events")
    closed = closed and arm_before(context, at, arms[0]) is None
    for i, r in enumerate(out):
        if places is not None:
            places[id(r)] = (start, m.start(first), bool(weak) and i in weak, closed)
    if any(h == "paragraph" for h in hows) and groups_of_others(context, at, end, arms[1]) == "after":
        for r in out:  # the whole the sentence's groups break down: not the paragraph's group
            if r.section != "pk":
                r.arm = None
    first_how = next((h for r, h in zip(out, hows, strict=False) if r.arm), hows[0] if hows else "none")
    doubt = next(
        (
            d
            for focus, r in zip(focuses, out, strict=False)
            if (d := _doubt(context, focus, end, r.statistic, first_how, arms))
        ),
        None,
    )
    if doubt and doubts is not None:
        for r in out:
            doubts[id(r)] = doubt
    return out


def _doubt(
    context: str,
    at: int,
    end: int,
    stat: str,
    how: str,
    arms: tuple[frozenset[str], frozenset[str], frozenset[str]],
) -> str | None:
    """Why the statement's labels cannot be trusted (prose_doubts.py), or ``None``. ``how`` says where its
    group came from: "pk", "named" (the arm before its bracket), "contrast" (none: a comparison), "paired"
    (a "respectively" or "X vs Y" pairing), "clause" (its clause names it), "paragraph" (an earlier sentence
    or the paragraph's topic), "none"."""
    if interleaved(context):
        return "its sentence runs across two columns, so what the number is about cannot be read"
    if scoped_subject(context, at):
        return "its subject is redefined by an appositive ('X, as reflected by Y, was seen in') its label cannot carry"
    if qualified_coordinates(context):
        return "its sentence coordinates results qualified differently ('occurred spontaneously in ... and after X in')"
    if estimate_subject(context, at):
        return "its sentence names an estimator, not what was measured"
    if subgroup_list(context, at):
        return "it is one of a list of subgroups whose endpoint the sentence states only once"
    tail = context[end:]
    if not tail.strip() and context[:end].count("(") > context[:end].count(")"):
        return "its sentence breaks off (a page or column end) inside the bracket that holds it"
    if design_statement(context):
        return "its sentence states the trial's design (a plan, an assumption), not a result"
    pair = paired_values(context, at, stat)
    if pair and how == "named":
        # "than B (75.0% vs. 31.4%)": the name after "than" is the last compared group's; "with A and B (5.6%
        # and 6.1%, respectively)", "more ... with A (66 vs. 51%)": the name before the bracket is not one
        # value's
        last = pair[0] == pair[1] - 1 and bool(
            re.search(r"\bthan\s(?:with\s|in\s)?(?:\S+\s){0,5}\S*\s?[(\[]\s?[^()\[\]]*$", context[:at])
        )
        if not last:
            return "it is one of several values the sentence pairs with groups it does not line up"
    if how in ("pk", "named", "contrast", "paired"):
        return None
    if unnamed_in_breakdown(context, at, arms[0]):
        return "it is in a breakdown by arm, and the arm printed before it cannot be read"
    if pair and not endpoint_list(context, at, stat):
        return "it is one of several values the sentence pairs with groups it does not line up"
    if how == "none" and stat not in ("hr", "or", "rr", "p", "value") and compared_unnamed(context, at, end):
        return "it is compared with another group, and the sentence does not name its own"
    if how in ("paragraph", "none") and groups_of_others(context, at, end, arms[1]) == "before":
        return "its sentence names groups for other numbers but none for this one"
    return None


_ASSIGNED_TO = re.compile(
    r"\b(?:were|was)\s(?:randomly\s)?(?P<v>assigned|randomi[sz]ed|allocated)\s(?:\(\d:\d\)\s)?to\s(?:receive\s)?"
    r"(?:either\s)?[^.;()\[\]]{1,40}[(\[]\s?[nN]\s?=\s?$"
)


# a reference mark: a superscript number glued to a word or after its full stop ("annually.1 Five", "PC.33
# This", "mortality12,13 and"), or a bracketed one ("[12]", "[3-5]")
_REFERENCE_MARK = re.compile(
    r"(?<=[a-z]{3}[.,])\d{1,3}(?:[,–-]\d{1,3})*(?=\s[A-Z])|(?<=[a-z]{4})\d{1,3}(?:[,–-]\d{1,3})*(?=[\s,.;)])|"
    r"\[\d{1,3}(?:[,–-]\s?\d{1,3})*\]"
)


_NO_GROUP_WORDS = frozenset(
    {"the", "this", "these", "those", "that", "each", "both", "all", "patients", "group", "groups"}
)


def norm_words(text: str) -> set[str]:
    return {w.lower() for w in re.findall(r"[A-Za-z0-9]+", text)}


def _compared_after(rest: str) -> bool:
    """ "fell by 8.70 mm Hg (95% CI ...) more with spironolactone than with placebo": one number, then both arms
    it compares -- a difference between them, the group of neither."""
    words = re.split(r"(?<![\w.])\d", rest, maxsplit=1)[0]
    return bool(
        re.match(r"^\s?(?:\([^)]*\)\s?)?(?:more|less|greater|lower|higher|larger|smaller|longer|shorter)\b", words)
        and re.search(r"\bthan\b", words)
    )


def _contrast(sentence: str) -> bool:
    """Does the sentence compare groups (its p-value is then about the contrast, not one group)?"""
    if re.search(r"\b(?:vs\.?|versus|compared with|compared to|than|between|differen(?:ce|ces|t))\b", sentence, re.I):
        return True
    if (
        re.search(r"\b(?:hazard|odds|risk) ratio\b|\b(?:HR|OR|RR)\b", sentence)
        or len(respectively_groups(sentence)) >= 2
    ):
        return True  # the p-value of the sentence's ratio, or of the groups it pairs
    return len(named_groups(sentence)) >= 2


def _respective_group(text: _Text, sentence: str, at: int, sentence_start: int, stat: str) -> str | None:
    """ "did not differ between the groups (5.8±21.9 and 5.1±15.5, respectively)": the i-th value is of the
    i-th group the paragraph named before, when the sentence names none itself."""
    if "respectively" not in sentence or named_groups(sentence):
        return None
    if not re.search(r"\b(?:groups|arms|cohorts|between the|in each)\b", sentence) and (
        endpoint_list(sentence, at, stat) or not re.search(r"\bof (?:the )?(?:patients|participants)\b", sentence)
    ):
        return None  # "median PFS and OS were 4.8 and 14.1 months, respectively": a list of endpoints
    groups = named_groups(_paragraph_before(text, sentence_start))
    if len(groups) < 2:
        return None
    unbracketed = re.sub(r"\[[^\]]*\]", lambda b: " " * len(b.group(0)), sentence)
    if stat in ("mean", "sd", "se"):
        kind = r"\d+(?:\.\d+)?\s?±"
    elif stat in ("percent", "rate"):
        kind = r"\d+(?:\.\d+)?\s?%"
    else:
        kind = r"\d+(?:\.\d+)?\s?(?:months?|weeks?|days?|years?)"
    values = [v.start() for v in re.finditer(kind, unbracketed)]
    index = sum(1 for v in values if v < at)
    if len(values) == len(groups[-len(values) :]) and len(values) <= len(groups) and index < len(values):
        return groups[len(groups) - len(values) + index]
    return None


def _paragraph_before(text: _Text, at: int) -> str:
    start = max((p for p in text.paragraphs if p <= at), default=0)
    return text.text[start:at]


_WHOLE = re.compile(
    r"\b(?:all\s(?:(?P<n>\d+)\s)?(?:patients|participants|subjects)|a total of|in total)\b", re.IGNORECASE
)


def _paragraph_group(text: _Text, at: int) -> str | None:
    """The one group the paragraph names before this sentence ("At 70 mg/m² dose level (n = 107), ...";
    "In all patients with TNBC, ..."), or ``None`` when it names none or several."""
    starts = [p for p in text.paragraphs if p <= at] or [0]
    sentence_start, own = _sentence(text.text, at, at)
    whole = _WHOLE.search(own)
    if whole:
        # "A total of 155 patients", "all patients": the whole trial; "all 18 patients" is the group whose size
        # the text states as 18, if it states one, else the whole trial
        return group_of_n(text.text[:at], int(whole.group("n"))) if whole.group("n") else None
    here = text.text[starts[-1] : max(starts[-1], sentence_start)]
    found = single_group(here)
    if found and re.search(r"\b(?:group|arm)$", found, re.I):
        # an arm of a randomised comparison: its numbers name it in their own sentence; a sentence that does
        # not is about the trial ("218 were assigned to the X group ... The mean age was 65 years")
        found = None
    if found is None:
        found = _running_group(here)
    if found is None and not any_group(here):
        # "Efficacy. ... 12 patients were not evaluable ... 87 (88.1%) of the 101 patients with TNBC were
        # included ...": the one population a paragraph names is the group of its sentences that name none
        ends = [p for p in text.paragraphs if p > at]
        paragraph = text.text[starts[-1] : ends[0] if ends else len(text.text)]
        population = single_group(paragraph)
        if population and population == population_of(paragraph):
            found = population
    sentence = _sentence(text.text, at, at)[1]
    whole = re.search(r"\b(?:all patients|all participants|overall|total of|in total)\b", here + " " + sentence, re.I)
    if found is None and not whole and not any_group(here) and not any_group(sentence):
        found = section_group(text.text, text.paragraphs, at)
    return found


_FRONTED = re.compile(r"(?:Among|In|For|Of|At)\s[^,;]{2,100},")


def _running_group(before: str) -> str | None:
    """ "Among 87 evaluable patients with mTNBC, 22 patients (25.3%) achieved a response. The DCR was 67.8%.
    The median PFS ...": the group a sentence fronts scopes the sentences after it that name no group, until
    one names another."""
    sentences = [x for x in re.split(r"(?<=[.;])\s+(?=[A-Z])", before) if x.strip()]
    for previous in reversed(sentences):
        if not any_group(previous):
            continue
        fronted = _FRONTED.match(previous.strip())
        group = single_group(fronted.group(0)) if fronted else None
        return None if group and re.search(r"\b(?:group|arm)$", group, re.I) else group
    return None


def _group(sentence: str, at: int, stat: str, end: int | None = None, arms: frozenset[str] = frozenset()) -> str | None:
    """The group of the number at ``at``: the i-th group of a "respectively" / "X vs Y groups" statement for
    its i-th value of the same kind, else the group its clause names."""
    pairs = respectively_groups(sentence) if "respectively" in sentence or " vs" in sentence else []
    if pairs:
        unbracketed = re.sub(r"[(\[][^)\]]*[)\]]", lambda b: " " * len(b.group(0)), sentence)
        kind = (
            r"\d+(?:\.\d+)?\s?%" if stat in ("percent", "rate") else r"\d+(?:\.\d+)?\s?(?:months?|weeks?|days?|years?)"
        )
        index = len(re.findall(kind, unbracketed[:at]))
        run = re.search(r"(?:(?<![\w.])-?\d+(?:\.\d+)?\s?%?(?:,\s|,?\s(?:and|vs\.?|versus)\s))+$", unbracketed[:at])
        if run:  # "4.0 and 2.5 months for A and B arms, respectively": the unit is printed once, after the last
            index = len(re.findall(r"(?<![\w.])-?\d+(?:\.\d+)?", run.group(0)))
        if index < len(pairs):
            return pairs[index]
    return group_of(sentence, at, end, arms)


_PK_VALUE = re.compile(rf"(?P<v>{NUM})\s?(?P<u>{PK_UNIT})")


def _pk_place(sentence: str, at: int, group: str, m: re.Match[str]) -> tuple[str, str, str] | None:
    """Analyte, parameter and unit of a PK value in a "..., respectively" list."""
    if group != "v" or not _PK_VALUE.match(m.group(0)):
        return None
    places = pk_respectively(sentence)
    if not places:
        return None
    values = list(_PK_VALUE.finditer(sentence))
    index = next((i for i, v in enumerate(values) if v.start() == at), None)
    if index is None or len(values) != len(places):
        return None
    place = places[index]
    return place.analyte, place.parameter, values[index].group("u")


def pattern_groups(m: re.Match[str]) -> set[str]:
    return set(m.re.groupindex)


_ABBREVIATION = re.compile(r"(?:\bvs|\be\.g|\bi\.e|\bal|\bfig|\bno|\bapprox|\bcf|\bca|\bref|\b[A-Z])$", re.IGNORECASE)


def _is_break(text: str, i: int) -> bool:
    """Is text[i] (a "." or ";" followed by a space) the end of a sentence? Not after "vs." / "e.g." / an
    initial, and a ";" only outside brackets ("(hazard ratio, 0.79; 95% CI ...; P = 0.005)" is one
    statement)."""
    if text[i] == ".":
        if re.search(
            r"\b(?:Arms?|Cohorts?|Groups?|Parts?|Stages?|Phases?|Types?)\s[A-Z0-9]$", text[max(0, i - 12) : i]
        ):
            return True  # "in Arm B. Partial ...": a lettered group, not an initial
        return not _ABBREVIATION.search(text[max(0, i - 8) : i])
    back = i
    while True:
        back = text.rfind(". ", 0, back)
        if back < 0 or not _ABBREVIATION.search(text[max(0, back - 8) : back]):
            break
    span = text[back + 1 : i]
    return span.count("(") + span.count("[") == span.count(")") + span.count("]")


def _sentence(text: str, start: int, end: int) -> tuple[int, str]:
    """The sentence around a match: its start offset in the text and its text (a "; " outside brackets also
    ends one)."""
    left = start
    while True:
        left = max(text.rfind(". ", 0, left), text.rfind("; ", 0, left), text.rfind("\n", 0, left) - 1)
        if left < 0 or text[left + 1] == "\n" or _is_break(text, left):
            break
    right = end
    while True:
        candidates = [i for i in (text.find(". ", right), text.find("; ", right), text.find("\n", right)) if i >= 0]
        if not candidates:
            right = len(text)
            break
        right = min(candidates)
        if text[right] == "\n":
            right -= 1
            break
        if _is_break(text, right):
            break
        right += 1
    first = left + 2 if left >= 0 else 0
    return first, text[first : right + 1][:800]


def _bbox(text: _Text, start: int, end: int) -> BBox | None:
    idx = {text.owner[i] for i in range(start, min(end, len(text.owner))) if text.owner[i] >= 0}
    if not idx:
        return None
    boxes = [text.words[i].page_bbox for i in idx]
    return (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes))


def _section(sentence: str) -> str:
    low = sentence.lower()
    if re.search(
        r"adverse|teae|trae|toxicit|grade\s?[≥>]?\s?\d|neutropenia|diarrh|nausea|safety|serious|discontinu", low
    ):
        return "adverse_events"
    if re.search(r"c\s?max|auc|half-life|t1/2|clearance|pharmacokinetic|volume of distribution", low):
        return "pk"
    if re.search(r"response|orr|dcr|pfs|overall survival|\bos\b|progression|efficacy|remission|survival|hazard", low):
        return "efficacy"
    if re.search(r"enrolled|median age|male|female|ecog|baseline|randomi[sz]ed|screened", low):
        return "demographics"
    return "efficacy"
