"""What a line at a table's edge is: one of its rows, a note or legend printed with it, or body prose."""

from __future__ import annotations

import re
from itertools import pairwise

from extractors.captions import FIGURE
from extractors.geometry import RegionSettings
from extractors.layout import Line, join_words
from extractors.marks import MARK_CLASS
from schemas.document import Word

_NOTE_START = re.compile(
    rf"^({MARK_CLASS}|\|\||[a-z]\s?[A-Z(]|[a-z]\)|Data (are|were|is|shown|presented|expressed|reported|given)|"
    r"Abbreviations?\b|Notes?\b|"
    r"Values? (are|were)|Results (are|were)|Plus|Percentages|Source|"
    r"[A-Z][A-Za-z0-9/-]{0,12}(,| =|:) [a-z]|CI,)"
)


# a legend's glossary line: an abbreviation, a comma and its expansion, capitalised or not, the line a sentence
# ("HAQ-DI, Health Assessment Questionnaire–Disability Index.", "LVEF, left ventricular ejection fraction; ...")
_GLOSSARY_LINE = re.compile(r"^[A-Z][A-Za-z0-9/-]{0,12}, [A-Za-z][a-z]+[\s–-]+[A-Za-z]")


# a legend's own opening, which no table row has: a legend sentence of three words ("Values are means.") is one
_SHORT_LEGEND = re.compile(
    r"(?:Abbreviations?|Notes?|(?:Data|Values?|Results|Numbers|Figures)\s(?:are|were|is|presented|expressed|shown)"
    # the same scoped by one or two words: "Baseline values are ...", "Continuous variables were ...", "Change data
    # are ..." (a legend's clause about a part of the table)
    r"|[A-Z][a-z]+(?:[\s-][a-z]+)?\s(?:values|data|variables|results)\s(?:are|were|is)\s(?:\w+\s)?"
    r"(?:means?|medians?|mean|geometric|least|numbers?|n\b|given|presented|expressed|shown|reported))\b"
)


# a line opening with a footnote mark, a symbol or a letter set in the line's own type and glued to a capitalised
# word ("aMaximum CTCAE grade"): under the rows and in smaller type, the legend's first line however short
_MARKED = re.compile(rf"^(?:{MARK_CLASS}|[a-z]{{1,2}}[A-Z][a-z])")


def prose_segment(seg: list[Word], body_size: float, min_width: float) -> bool:
    """A run of running text: body type, several words, most of them lower-case words."""
    tolerance = RegionSettings.resolve(None).prose_size_tolerance_em * body_size
    if abs(seg[0].size - body_size) > tolerance or len(seg) < 5 or seg[-1].x1 - seg[0].x0 < min_width:
        return False
    wordy = sum(1 for w in seg if re.fullmatch(r"[a-z][a-z'’-]+[,.;:]?", w.text))
    return wordy >= 0.4 * len(seg)


def is_prose(line: Line, x0: float, x1: float, body_size: float) -> bool:
    """A line of running text: body type, one or two segments, each long and wordy."""
    if abs(line.size - body_size) > RegionSettings.resolve(None).prose_size_tolerance_em * body_size:
        return False
    segs = line.segments(1.6)
    if len(segs) > 2:
        return False
    return all(prose_segment(seg, body_size, min(0.4 * (x1 - x0), 130.0)) for seg in segs)


def spread_prose(line: Line, x0: float, x1: float, body_size: float, s: RegionSettings) -> bool:
    """A justified line of running text, however far its words are spread: set in the body type, flush with both
    edges of its text column ``x0``-``x1`` (a paragraph indent in at most), wordy, and its word gaps all alike
    (justification spreads every gap of a line by one amount; a table row has a wider gap between its label and
    its values, and its cells stand at the columns' places). A narrow column's justified line spreads its words so
    far apart that a small count in it ("3 participants") stands alone like a cell: it is no row and no note."""
    words = line.words
    size = line.size
    if len(words) < s.prose_min_words or abs(size - body_size) > s.prose_size_tolerance_em * body_size:
        return False
    if line.x0 > x0 + s.column_indent_em * size or line.x1 < x1 - s.justified_edge_em * size:
        return False
    lower = sum(1 for w in words if re.fullmatch(r"[a-z][a-z'’-]*[,.;:]?", w.text))
    if lower < s.prose_wordy_share * len(words):
        return False
    ordered = sorted(words, key=lambda w: w.x0)
    gaps = [g for a, b in pairwise(ordered) if (g := b.x0 - a.x1) > s.justified_touch_em * size]
    return bool(gaps) and max(gaps) - min(gaps) <= s.justified_gap_spread_em * size


def row_like(line: Line) -> bool:
    """A line that looks like part of a table: several cells, or a number set apart from its label."""
    segs = line.segments(1.0)
    if len(segs) >= 2:
        return True
    text = line.text
    return bool(re.search(r"\d", text)) and len(line.words) <= 4


def legend_starts(line: Line, row_sizes: list[float], x0: float, x1: float, s: RegionSettings) -> bool:
    """A line under a table's value rows that starts its legend: set smaller than the rows and reading as a
    note or as running text (mostly lower-case words: never a data row, whatever number it quotes), or a
    note line across the table's width."""
    sizes = sorted(row_sizes[1:])  # the first value line may be the header, set in larger type
    body = sizes[len(sizes) // 2]
    words = [w.text for w in line.words]
    wordy = len(words) >= s.prose_min_words and (
        sum(1 for w in words if re.fullmatch(r"[a-z][a-z'’-]+[,.;:]?", w)) >= s.prose_wordy_share * len(words)
    )
    # running text set as one run (a row with a wordy label has its values apart: it stays a row)
    if line.size <= s.legend_size_share * body and ((wordy and not strong_row(line)) or is_note(line)):
        return True
    return is_note(line) and line.x1 - line.x0 >= s.legend_width_share * (x1 - x0)


def one_line_legend(line: Line, x1: float) -> bool:
    """A legend of one sentence on one line under a table's rows ("Values are mean (SD) change from baseline."): it
    opens as only a legend opens, ends its sentence, and stops short of the text column's right edge (no line of a
    justified paragraph). Wordy enough to pass for running text, it is the table's, not the body's."""
    text = line.text.strip()
    return bool(_SHORT_LEGEND.match(text)) and text.endswith(".") and line.x1 < x1 - 2 * line.size


def legend_goes_on(line: Line, legend: list[Line], gap: float, s: RegionSettings) -> bool:
    """The next line of a legend: in the legend's type or smaller (footnote marks set off their line), close
    under its last line."""
    size = legend[0].size
    small = line.size <= (2 - s.legend_size_share) * size
    return small and gap <= s.legend_line_gap_em * size and not FIGURE.match(line.text)


def split_notes(lines: list[Line], below: bool, s: RegionSettings | None = None) -> tuple[list[Line], list[Line]]:
    """Body rows first, then the notes: from the first note-like line after which no table row follows (a note,
    a small line of four words or a marked one, or a line of running text in type a little smaller than the
    rows': ``note_size_share``). A legend line justified across the table in the rows' own type, its words spread
    so far that they stand apart like cells (``spread_prose``), is no row."""
    s = RegionSettings.resolve(s)
    x0, x1 = min((ln.x0 for ln in lines), default=0.0), max((ln.x1 for ln in lines), default=0.0)
    strong = [
        i
        for i, ln in enumerate(lines)
        if strong_row(ln) and not is_note(ln) and not spread_prose(ln, x0, x1, ln.size, s)
    ]
    if len(strong) >= 3:
        # notes are set smaller than the rows: a "row" in the smaller type after the body is a note line
        sizes = sorted(lines[i].size for i in strong)
        body = sizes[len(sizes) // 2]
        first_small = next(
            (
                k
                for k, i in enumerate(strong)
                if lines[i].size < 0.93 * body and all(lines[j].size < 0.93 * body for j in strong[k:])
            ),
            None,
        )
        if first_small is not None and first_small >= 2:
            strong = strong[:first_small]
    last_row = strong[-1] if strong else -1
    cut = len(lines)
    for i in range(last_row + 1, len(lines)):
        small = strong and lines[i].size < 0.93 * lines[last_row].size
        smaller = strong and lines[i].size < s.note_size_share * lines[last_row].size
        if (
            is_note(lines[i])
            or (small and (len(lines[i].words) >= 4 or _MARKED.match(lines[i].text)))
            or (smaller and _running_text(lines[i], s))
        ):
            cut = i
            break
    return lines[:cut], lines[cut:]


def _running_text(line: Line, s: RegionSettings) -> bool:
    """A line of running text, no row: enough words, mostly lower-case ones, and no number in a cell apart."""
    words = [w.text for w in line.words]
    lower = sum(1 for w in words if re.fullmatch(r"[a-z][a-z'’-]+[,.;:]?", w))
    return len(words) >= s.prose_min_words and lower >= s.prose_wordy_share * len(words) and not strong_row(line)


def strong_row(line: Line) -> bool:
    """A row with a number in a cell of its own, apart from the label."""
    segs = line.segments(1.0)
    return len(segs) >= 2 and any(re.search(r"\d", join_words(seg)) for seg in segs[1:])


def mark_opened(line: Line) -> bool:
    """A footnote opening with its symbol mark set on its first word ("*Denosumab or zoledronic acid.", "†Data
    cut-off"): a mark then a letter, more words after it, no value cells. A row label's wrapped line never opens
    with a footnote's mark (a label's mark follows its words), so under a table's last row this is the legend."""
    return (
        len(line.words) >= 2
        and re.match(rf"{MARK_CLASS}[A-Za-z]", line.words[0].text) is not None
        and not strong_row(line)
    )


def is_note(line: Line) -> bool:
    """A footnote or legend line: a mark or a legend phrase at its start and words after it, or a long
    single run of words. A table row (label and value cells) is never a note."""
    text = line.text
    words = len(line.words)
    if re.match(_SHORT_LEGEND, text) and words >= 3:
        return True  # "Values are means.": a legend sentence however short
    first = line.words[0]
    if (
        len(line.words) >= 2
        and first.size < 0.85 * line.size
        and re.fullmatch(r"[a-z*†‡§¶#]{1,2}", first.text)
        and not strong_row(line)
    ):
        return True  # starts with a raised footnote mark
    if _NOTE_START.match(text) and words >= 6 and not strong_row(line):
        return True
    if _NOTE_START.match(text) and words >= 6 and sum(ch.isalpha() for ch in text) > 0.6 * len(text):
        return True
    if _GLOSSARY_LINE.match(text) and text.rstrip().endswith(".") and words >= 3 and not strong_row(line):
        return True  # "HAQ-DI, Health Assessment Questionnaire–Disability Index.": an abbreviation spelled out
    segs = line.segments(1.6)
    return len(segs) == 1 and words >= 9 and not strong_row(line)
