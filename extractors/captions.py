"""Table captions: find every "Table 2 | ..." caption of a document, with its id, title and lines.

Also the caption patterns other region modules test lines against (a table caption, a figure caption).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from extractors.geometry import RegionSettings
from extractors.layout import Line, frame_lines, join_words, split_segments
from schemas.document import Document, Word

CAPTION = re.compile(
    r"^(?P<prefix>(?:Extended\s*Data|Supplementa(?:ry|l)|Appendix)\s*)?"
    r"(?P<kw>Table|TABLE|Tab\.|table)\s*(?P<num>[0-9]{1,2}[A-Za-z]?|[IVX]{1,5}|[ivx]{1,5})(?![0-9])(?P<rest>.*)$"
)


_CAPTION_PUNCT = re.compile(r"^\s*(\||\.|:|—|–|-|\(\s*continued|$)", re.IGNORECASE)


_CONTINUED = re.compile(r"\(\s*cont(?:inued|'d)?\.?\s*\)?|continued", re.IGNORECASE)


_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8, "IX": 9, "X": 10}


@dataclass(slots=True)
class Caption:
    """A table caption: its id as printed ("Table 2"), its title, and where it sits."""

    table_id: str
    number: str
    title: str
    continued: bool
    lines: list[Line]
    frame_index: int
    x0: float
    x1: float

    @property
    def top(self) -> float:
        return min(line.top for line in self.lines)

    @property
    def bottom(self) -> float:
        return max(line.bottom for line in self.lines)


def canonical_table_id(prefix: str | None, keyword: str, number: str) -> str:
    """ "TABLE II" -> "Table II"; "Extended Data Table 4" kept; "Table1" -> "Table 1"."""
    head = "Table"
    if prefix:
        p = prefix.strip().lower()
        head = (
            "Extended Data Table"
            if p.startswith("extended")
            else "Appendix Table"
            if p.startswith("appendix")
            else "Supplementary Table"
        )
    return f"{head} {number.upper() if number.isalpha() else number}"


def table_number(table_id: str) -> int | None:
    num = table_id.rsplit(" ", 1)[-1]
    if num.isdigit():
        return int(num)
    return _ROMAN.get(num)


def find_captions(document: Document) -> list[Caption]:
    """Every table caption in the document, in reading order."""
    captions: list[Caption] = []
    body_size = document.body_size
    for fi, frame in enumerate(document.frames):
        lines = frame_lines(frame)
        for li, line in enumerate(lines):
            for seg in _justified_keyword(split_segments(line.words, 1.6)):
                cap = _segment_caption(seg, body_size)
                if cap is None:
                    continue
                table_id, number, rest, continued = cap
                seg_line = Line(list(seg))
                cap_lines = [seg_line, *_caption_continuation(lines, li, seg_line, frame.width)]
                title = BROKEN_WORD.sub(r"\1\2", " ".join([rest, *(ln.text for ln in cap_lines[1:])]))
                title = title.strip(" .|:—–-")
                captions.append(
                    Caption(
                        table_id=table_id,
                        number=number,
                        title=title,
                        continued=continued,
                        lines=cap_lines,
                        frame_index=fi,
                        x0=min(ln.x0 for ln in cap_lines),
                        x1=max(ln.x1 for ln in cap_lines),
                    )
                )
    return captions


_KEYWORD = re.compile(r"(?:Table|TABLE|Tab\.|table)")


def _justified_keyword(segments: list[list[Word]]) -> list[list[Word]]:
    """The line's segments, with a caption keyword standing alone ("Table") joined to the segments after it when
    the line is justified wide (a caption's first line in a narrow column: "Table  2:  Efficacy  outcomes"): the
    gaps from the keyword on all alike, within a quarter of the first, each in the keyword's type. A column
    gutter or a table's cell gap is no such run of equal gaps."""
    out: list[list[Word]] = []
    k = 0
    while k < len(segments):
        seg = segments[k]
        if len(seg) == 1 and _KEYWORD.fullmatch(seg[0].text) and k + 1 < len(segments):
            run = [seg]
            gap = segments[k + 1][0].x0 - seg[-1].x1
            for nxt in segments[k + 1 :]:
                here = nxt[0].x0 - run[-1][-1].x1
                if abs(here - gap) > 0.25 * gap or abs(nxt[0].size - seg[0].size) > 0.1 * seg[0].size:
                    break
                run.append(nxt)
            if len(run) > 1:
                out.append([w for part in run for w in part])
                k += len(run)
                continue
        out.append(seg)
        k += 1
    return out


# an unnumbered caption in caption type ("Table: 840P Baseline characteristics", abstract books number their
# abstracts, not their tables): the id is "Table" as printed
_UNNUMBERED = re.compile(r"^(?P<kw>Table|TABLE)\s?(?P<rest>[:.|]\s?(?:[A-Z0-9]).*)$")


def _segment_caption(seg: list[Word], body_size: float) -> tuple[str, str, str, bool] | None:
    text = unspace(join_words(seg))
    m = CAPTION.match(text)
    if not m:
        bare = _UNNUMBERED.match(text)
        if bare is None or not (seg[0].bold or abs(seg[0].size - body_size) > _s().caption_style_size_em * body_size):
            return None
        return "Table", "", bare.group("rest"), False
    rest = m.group("rest")
    first = seg[0]
    styled = first.bold or first.text.isupper() or abs(first.size - body_size) > _s().caption_style_size_em * body_size
    punct = bool(_CAPTION_PUNCT.match(rest))
    rest_words = rest.split()
    starts_lower = bool(rest_words) and (rest_words[0][0].islower() or rest_words[0][0] in ")],;")
    if starts_lower and not punct:
        return None
    if not styled and rest.strip():
        return None  # "Table 1. Patients' completion ..." in body type is a sentence, not a caption
    if rest.strip().startswith(")"):
        return None
    if m.group("kw") == "table" and not (punct and rest.strip() and styled):
        return None  # small capitals with a lower-case text layer ("table 2 | ..."): only as a styled caption
    continued = bool(_CONTINUED.search(rest[:40]))
    table_id = canonical_table_id(m.group("prefix"), m.group("kw"), m.group("num"))
    return table_id, m.group("num"), rest, continued


def unspace(text: str) -> str:
    """Letter-spaced capitals, "T A B L E 1", closed up to "TABLE 1"."""
    m = re.match(r"^((?:[A-Za-z] ){3,}[A-Za-z])\b", text)
    return m.group(1).replace(" ", "") + text[m.end() :] if m else text


def _caption_continuation(lines: list[Line], index: int, first: Line, width: float) -> list[Line]:
    """Lines that continue a caption: same type, starting under it, while the previous line was full.
    A caption line holding only "Table 2" takes the next line as its title whatever its type. `width` is the
    frame's: a caption's reach is a share of it (RegionSettings.caption_reach_share)."""
    s = _s()
    reach_min, slack = s.caption_reach_share * width, s.caption_reach_slack_share * width

    def reach_of(line: Line) -> float:
        return max(line.x1, line.x0 + reach_min) + slack

    def left_of(line: Line) -> float:
        return line.x0 - s.caption_left_slack_em * line.size

    out: list[Line] = []
    prev = first
    bare = bool(re.fullmatch(r"\S+\s*\S{0,4}[.:|]?", unspace(first.text).strip()))
    # a short first line ending in a word broken at its hyphen ("Table 1. Pa-" / "tient baseline ...") goes on
    # whatever its width: its next line, starting under it in its type, is the caption's and sets the measure
    broken = not bare and bool(_BROKEN_END.search(first.text.rstrip()))
    # the other column's words beside the caption's lines so far (in their bands or between them): they bound the
    # caption's column, whose measure a full-width run above is not
    beside = [w for w in lines[index].words if w.x0 > first.x1]
    for line in lines[index + 1 : index + 8]:
        if broken and not out:
            if line.top - prev.bottom > 1.2 * prev.size:
                break
            if not any(abs(w.x0 - first.x0) <= s.column_indent_em * first.size for w in line.words):
                continue  # a line of the other column, interleaved by position (within the caption's reach when
                # the caption's first line is short: nothing of it starts under the caption)
            nxt = _run_under(line, first)
            if nxt is None:
                break
            out.append(nxt)
            prev = first = nxt
            continue
        if not bare and not any(left_of(first) <= w.x0 and w.x1 <= reach_of(first) for w in line.words):
            beside += [w for w in line.words if w.x0 > first.x1]
            continue  # a line of the other column, interleaved by position
        if line.top - prev.bottom > (2.5 if bare and not out else 1.2) * prev.size:
            break
        if bare and not out:
            segs = split_segments(line.words, 1.6)
            near = min(segs, key=lambda sg: abs((sg[0].x0 + sg[-1].x1) / 2 - (first.x0 + first.x1) / 2))
            if sum(ch.isdigit() for ch in join_words(near)) <= 0.3 * len(join_words(near)):
                out.append(Line(list(near)))
                prev = out[-1]
                if near[0].x0 - first.x0 <= _s().column_indent_em * prev.size:
                    first = prev  # "Table 2" alone, its title under it: the title's first line sets the measure
                continue
            break
        reach = reach_of(first)
        words = [w for w in line.words if left_of(first) <= w.x0 and w.x1 <= reach]
        if not words:
            break
        straddle = [w for w in line.words if left_of(first) <= w.x0 < reach and w.x1 > reach]
        rest = [w for w in line.words if straddle and w.x0 >= straddle[0].x0]
        if rest and len(split_segments(rest, 1.6)) >= 2:
            break  # the line runs on past the caption's reach in cells: a head row set across the page
        # ("Outcome | Lumiparin (n=256) | Control (n=251) | P value"), its first cell is no caption line; the
        # other column's line beside a caption's is one run of prose
        cand = Line(words)
        segs = cand.segments(1.6)
        if (
            len(segs) != 1
            or abs(cand.size - first.size) > s.caption_size_em * first.size
            or abs(cand.x0 - first.x0) > s.caption_align_em * first.size
        ):
            break
        if first.x1 - first.x0 < s.caption_full_share * width or prev.x1 - prev.x0 < 0.8 * (first.x1 - first.x0):
            break
        beside += [w for w in line.words if w.x0 > cand.x1]
        if _room_left(lines, index, prev, cand, beside):
            break  # the line above ended short of the text's measure: the caption ended there
        if sum(ch.isdigit() for ch in cand.text) > 0.3 * len(cand.text):
            break
        out.append(cand)
        prev = cand
    return out


# a word the typesetter hyphenated at a line's end (U+2010 or a soft hyphen between lower-case letters: "pa‐" over
# "tients"), in lines joined by a space; a hyphen-minus may be a compound's own and is kept
BROKEN_WORD = re.compile(r"([a-z])[\u2010\u00ad] ([a-z])")
_BROKEN_END = re.compile(r"[^\W\d_][-\u2010\u2011\u00ad]$")


def _s() -> RegionSettings:
    return RegionSettings.resolve(None)


def _run_under(line: Line, first: Line) -> Line | None:
    """The run of `line` (cut at gaps over 1.6 em) starting under `first`, in its type and mostly letters: the
    next line of a caption whose first line was cut short at a broken word. None when there is no such run."""
    s = _s()
    for seg in split_segments(line.words, 1.6):
        if abs(seg[0].x0 - first.x0) > s.column_indent_em * first.size:
            continue
        run = Line(list(seg))
        if abs(run.size - first.size) > s.prose_size_tolerance_em * first.size:
            return None
        text = run.text
        if not text or sum(ch.isdigit() for ch in text) > 0.3 * len(text) or not text[0].islower():
            return None  # the broken word's rest starts the line in lower case
        return run
    return None


def _room_left(lines: list[Line], index: int, prev: Line, cand: Line, beside: list[Word]) -> bool:
    """Whether the first word of `cand` would have fitted at the end of `prev`: the line above ended short of the
    measure, so `cand` is no wrapped caption line (a table's head line under a one-line caption, a paragraph under a
    caption set below its table). The measure is the widest text run starting where the caption starts among the
    lines around it (justified prose of the caption's column); with none wider than `prev`, nothing is said.
    Text `beside` the candidate line in its band (the other column's) bounds the caption's column: a run reaching
    past its start (an abstract set across the page above) is no measure of it."""
    if _BROKEN_END.search(prev.text.rstrip()):
        return False  # a word broken at the line's end ("popula-" / "tion"): the caption goes on
    s = _s()
    size = prev.size
    bound = min((w.x0 for w in beside), default=math.inf)
    measure = 0.0
    for line in lines[max(0, index - 12) : index + 12]:
        for seg in split_segments(line.words, 1.6):
            same_type = abs(seg[0].size - size) <= s.prose_size_tolerance_em * size
            if abs(seg[0].x0 - prev.x0) <= s.column_indent_em * size and same_type and seg[-1].x1 <= bound:
                measure = max(measure, seg[-1].x1)
    word = cand.words[0]
    return prev.x1 + (word.x1 - word.x0) + s.caption_room_em * size < measure


FIGURE = re.compile(r"^(Fig\.?|Figure|FIGURE|Scheme)\s*\d+", re.IGNORECASE)
