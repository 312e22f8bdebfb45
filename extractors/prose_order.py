"""The reading order of a page's prose lines: column by column, in bands split by full-width tables,
legends after the body text, page furniture and skipped sections (methods, references, ...) left out,
with the paragraphs, headings and discussion the lines open."""

from __future__ import annotations

import re
from collections.abc import Callable

from extractors.layout import column_gutters, frame_layout, join_words, split_segments
from extractors.prose_headings import depth, heading_name
from extractors.prose_text import Subhead, Text, plain
from schemas.document import Frame, Word

_SKIP_HEADINGS = re.compile(
    r"^(references?|bibliography|acknowledg(e)?ments?|funding|author contributions?|competing interests?|"
    r"conflicts? of interest|disclosures?|data availability|additional information|methods(?!\s+and\s+results)|"
    r"materials and methods|"
    r"patients and methods|introduction|background|statistical analysis|reporting summary|ethics)\b",
    re.IGNORECASE,
)
_HYPHENATED = re.compile(r"[a-z]-[a-z]", re.I)  # a compound word ("follow-up")
_NUMBERED = re.compile(r"^\d{1,2}(?:\.\d{1,2})*\.?\s+(?=[A-Za-z])")
_STATISTICS = re.compile(r"^(?:statistic(?:s|al)(?:\s+(?:methods?|analys[ie]s|considerations))?|data analysis)$", re.I)
_KEEP_HEADINGS = re.compile(
    r"^(results?|discussion|abstract|summary|findings|conclusions?|efficacy|safety|methods and results)\b",
    re.IGNORECASE,
)


def _cut_at_gutters(words: list[Word], gutters: list[tuple[float, float]]) -> list[list[Word]]:
    """A line's words cut where the gap between two of them holds a column gutter (extractors/layout.py)."""
    runs: list[list[Word]] = []
    for w in words:
        if runs and not any(runs[-1][-1].x1 <= x0 and w.x0 >= x1 for x0, x1 in gutters):
            runs[-1].append(w)
        else:
            runs.append([w])
    return runs


def reading_order(
    frame: Frame,
    words: list[Word],
    skipping: bool,
    breaks: list[float],
    discussing: bool = False,
    keep_all: bool = False,
) -> tuple[Text, bool, bool]:
    """Column by column, left to right, each top to bottom, in bands split by full-width tables (text
    above a table is read before text below it); skipped sections left out (``keep_all``: kept, as the
    paper-wide conventions of extractors/paper_conventions.py are read from the Methods). Columns are where
    runs of text start (a margin column of affiliations beside the abstract is a column of its own)."""
    segs: list[list[Word]] = []
    lines = frame_layout(frame).lines_of(words)
    body_size = _body_size(words)
    gutters = column_gutters([ln.words for ln in lines], frame.width)
    kept_before: list[list[Word]] = []  # the kept runs of the lines above, top to bottom
    for line in lines:
        runs = _cut_at_gutters(line.words, gutters)
        kept = [
            list(seg)
            for run in runs
            for seg in split_segments(run, 1.5)
            if (
                _wordy(seg)
                or _section_heading(seg)
                or (len(runs) > 1 and _column_line(seg))
                # "Cohort B (TNBC)": a heading naming a group, too few words of prose to pass for a run of text
                or (_subheading(seg, body_size) and heading_name(join_words(seg)) is not None)
                # "5.6 months (95% CI, 3.9-7.2).": the last line of a sentence, too few words to pass alone
                or any(_goes_on(before, seg) for before in _column_above(kept_before, seg))
            )
            and not _running_head(seg, frame)
        ]
        segs.extend(kept)
        kept_before.extend(kept)
    starts = sorted(seg[0].x0 for seg in segs if len(seg) >= 4)
    columns: list[list[float]] = []
    for x in starts:
        if columns and x - columns[-1][-1] <= _COLUMN_STARTS_EM * body_size:
            columns[-1].append(x)
        else:
            columns.append([x])
    lefts = [min(c) for c in columns if len(c) >= 3] or [0.0]
    # a run that crosses into the next column (a narrow gutter beside a margin column) is cut there
    cut: list[list[Word]] = []
    for seg in segs:
        part = [seg[0]]
        for w in seg[1:]:
            at_left = any(abs(w.x0 - left) <= _EDGE_SLACK_EM * body_size for left in lefts)
            if at_left and w.x0 - part[-1].x1 >= 0.6 * w.size:
                cut.append(part)
                part = [w]
            else:
                part.append(w)
        cut.append(part)
    segs = cut
    compounds = {_compound(*w.text.split("-", 1)) for w in words if _HYPHENATED.search(w.text)}

    def column_of(seg: list[Word]) -> int:
        return max((i for i, left in enumerate(lefts) if left <= seg[0].x0 + _EDGE_SLACK_EM * body_size), default=0)

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
    headings: list[tuple[int, str]] = []
    subheads: list[Subhead] = []
    heads = _subheadings(ordered, body_size)
    previous: list[Word] | None = None
    for index, seg in enumerate(ordered):
        if index == len(body) and legends:
            body_end = len(chars)
        line_text = _heading_text(join_words(seg).strip())
        heading = _KEEP_HEADINGS.match(line_text) if len(seg) <= 4 or _RUN_IN_KEEP.match(line_text) else None
        if heading or (_SKIP_HEADINGS.match(line_text) and len(seg) <= 6):
            discussing = bool(heading) and bool(_DISCUSSION.match(line_text))
            discussion.append((len(chars), discussing))
            headings.append((len(chars), line_text))
        elif len(seg) <= 7 and _NUMBERED.match(line_text):
            # "2. Methods", "2.4 Statistical analysis", "3 RESULTS": recorded for the sections a reader of the
            # Methods looks for (extractors/paper_conventions.py); the prose's own skipping is unchanged
            unnumbered = _NUMBERED.sub("", line_text)
            if _KEEP_HEADINGS.match(unnumbered) or _SKIP_HEADINGS.match(unnumbered) or _STATISTICS.match(unnumbered):
                headings.append((len(chars), unnumbered))
        hard = previous is not None and bool(
            _CAPTION.match(line_text)
            or _heading_line(seg, right_edge.get(column_of(seg), seg[-1].x1))
            or _heading_line(previous, right_edge.get(column_of(previous), previous[-1].x1))
            or index in heads
            or index - 1 in heads
        )
        if hard:
            walls.append(len(chars) + 1)
            if len(seg) <= 5 and _STATISTICS.match(line_text):
                headings.append((len(chars), line_text))  # a heading of its own: "Statistical methods", "Statistics"
        if previous is not None and (
            hard
            or _new_paragraph(previous, seg, lefts)
            or _RUN_IN_LINE.match(line_text)
            or _ended_short(previous, right_edge.get(column_of(previous), previous[-1].x1))
        ):
            paragraphs.append(len(chars) + 1)
        previous = seg
        if _SKIP_HEADINGS.match(line_text) and len(seg) <= 6:
            skipping = not keep_all
            continue
        if heading:
            skipping = False
        if skipping:
            continue
        if index in heads:
            subheads.append(Subhead(len(chars) + (1 if chars else 0), line_text, _rank(seg, body_size, line_text)))
        if chars and chars[-1] in "-\u2010\u2011\u00ad" and seg[0].text[:1].islower():
            # a word hyphenated across lines (a hyphen, a non-breaking or a soft hyphen) is mended; its hyphen
            # is kept when the page prints the compound with it elsewhere ("progression-free")
            if not (flat and _compound(flat[-1].text, seg[0].text) in compounds):
                chars.pop()
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
    text = plain("".join(chars))
    return Text(text, owner, flat, paragraphs, discussion, body_end, headings, subheads), skipping, discussing


def _compound(head: str, tail: str) -> str:
    """A hyphenated compound as one key: "progression-" + "free," -> "progression-free"."""
    return f"{head.rstrip('-‐‑­').lower()}-{re.sub(r'[^A-Za-z0-9-]+$', '', tail).lower()}"


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
_RUN_IN_KEEP = re.compile(
    r"^(?:results?|findings|conclusions?|interpretation|methods and results)\s?[:.]\s", re.IGNORECASE
)
_DISCUSSION = re.compile(r"^(discussion|conclusions?|interpretation|comment)\b", re.IGNORECASE)


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


_SUBHEAD_WORDS = 10  # a heading on a line of its own has at most this many words
_SUBHEAD_LARGER = 1.04  # ... and is set bold or at least this many body sizes large


def _body_size(words: list[Word]) -> float:
    """The type size most of the frame's characters are set in."""
    sizes: dict[float, int] = {}
    for w in words:
        sizes[round(w.size, 1)] = sizes.get(round(w.size, 1), 0) + len(w.text)
    return max(sizes, key=lambda k: sizes[k]) if sizes else 0.0


def _subheading(seg: list[Word], body_size: float) -> bool:
    """A heading on a line of its own ("Dose-expansion cohort", "3.2 Part 2: randomised dose comparison", "Cohort B
    (TNBC)"): a few words, a capital or a section number first, a word of letters, no closing punctuation, every
    word set bold or larger than the body."""
    text = join_words(seg).strip()
    if len(seg) > _SUBHEAD_WORDS or not (text[:1].isupper() or _NUMBERED.match(text)):
        return False
    if text.endswith((".", ",", ";", "-", "–")) or _CAPTION.match(text) or not _TWO_LETTERS.search(text):
        return False
    return all(w.bold for w in seg) or min(w.size for w in seg) >= _SUBHEAD_LARGER * body_size > 0


def _subheadings(ordered: list[list[Word]], body_size: float) -> set[int]:
    """The indices of the lines that are headings: each followed by a line set otherwise (a heading is followed by
    its body text or a nested heading; a bold paragraph's lines are followed by lines like them)."""

    def style(seg: list[Word]) -> tuple[float, bool]:
        return round(max(w.size for w in seg), 1), all(w.bold for w in seg)

    return {
        i for i, seg in enumerate(ordered[:-1]) if _subheading(seg, body_size) and style(ordered[i + 1]) != style(seg)
    }


def _rank(seg: list[Word], body_size: float, text: str) -> tuple[float, bool, int]:
    """A heading's rank: its type size in body sizes, bold or not, the depth of its number."""
    return round(max(w.size for w in seg) / max(body_size, 1.0), 2), all(w.bold for w in seg), depth(text)


def _ended_short(previous: list[Word], right: float) -> bool:
    """Did the previous line end a paragraph: a full stop well before the column's right edge?"""
    last = previous[-1]
    return last.text.endswith(".") and right - last.x1 > _SHORT_LINE * max(last.size, 1.0)


# a column is where runs of text start: starts this many body sizes apart, one after the next, are one column's (its
# edge, a paragraph indent, a list's hanging indent), and a word this far from a column's edge starts at it
_COLUMN_STARTS_EM = 2.0
_EDGE_SLACK_EM = 0.3
_PARAGRAPH_GAP = 0.9  # a vertical gap of this many type sizes between lines starts a paragraph
_PARAGRAPH_INDENT = 0.8  # so does a first line indented by this many type sizes from its column's left edge


def _new_paragraph(previous: list[Word], seg: list[Word], lefts: list[float]) -> bool:
    """Does ``seg`` start a paragraph after ``previous`` (a gap above it, or an indented first line)?"""
    size = max(seg[0].size, 1.0)
    gap = min(w.top for w in seg) - max(w.bottom for w in previous)
    if gap > 0 and gap > _PARAGRAPH_GAP * size and abs(seg[0].x0 - previous[0].x0) < 3 * size:
        return True
    left = max((x for x in lefts if x <= seg[0].x0 + _EDGE_SLACK_EM * size), default=seg[0].x0)
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


_TWO_LETTERS = re.compile(r"[A-Za-z]{2}")
_TWO_LOWER = re.compile(r"[a-z]{2}")
# a word of prose, its punctuation after it: "centages).", a bracket closed at a sentence end, as well
_PROSE_WORD = re.compile(r"[A-Za-z][a-z'’-]+(?:[,.;:]|[)\]][,.;:]?)?")


def _column_line(seg: list[Word]) -> bool:
    """A line of a text column cut from its neighbours at a gutter is prose when it has words, even a line of
    a sentence dense with numbers ("spectively; HR, 1.47; 95% CI, 1.16-1.87).")."""
    lettered = [w for w in seg if _TWO_LETTERS.search(w.text)]
    return len(lettered) >= 2 and any(_TWO_LOWER.search(w.text) for w in lettered)


def _column_above(kept: list[list[Word]], seg: list[Word]) -> list[list[Word]]:
    """The kept runs of the line above ``seg`` in its own text column: the last kept line whose runs overlap it
    across. Not the page line just above it: columns whose baselines do not line up (a heading, a figure or
    another spacing shifts one) put the neighbouring column's line there."""
    x0, x1 = seg[0].x0, seg[-1].x1
    reach = seg[0].top - 3 * max(seg[0].size, 1.0)  # lines further up are no line just above (``_goes_on``)
    above: list[list[Word]] = []
    for run in reversed(kept):
        if run[-1].bottom < reach:
            break
        if run[0].x0 < x1 and x0 < run[-1].x1:
            if above and run[0].top < above[0][0].top - 0.5 * max(run[0].size, 1.0):
                break  # a line higher up the column
            above.append(run)
    return above


def _goes_on(before: list[Word], seg: list[Word]) -> bool:
    """``seg`` ends the sentence of the line kept above it: it starts at that line's left edge, in its type, on the
    next line, and that line breaks off mid-sentence (no full stop at its end)."""
    size = before[0].size
    return (
        abs(seg[0].x0 - before[0].x0) <= 0.5 * size
        and abs(seg[0].size - size) <= 0.05 * size
        and 0 <= seg[0].top - before[-1].bottom <= 0.8 * size
        and len(before) >= 6
        and not re.search(r"[.:;!?][)\]]?$", before[-1].text)
    )


def _wordy(seg: list[Word]) -> bool:
    """A run of prose has words: figure axes, forest-plot columns and stray table cells do not."""
    words = sum(1 for w in seg if _PROSE_WORD.fullmatch(w.text))
    return words >= 2 or (len(seg) <= 2 and words >= 1)
