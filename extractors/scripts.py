"""Sub- and superscripts set about an em off the baseline belong to the word they touch.

Where a journal sets C<sub>max</sub>, AUC<sub>0–t</sub>, m², ¹⁷⁷Lu or a footnote mark ("Othersᵇ") far enough
off the baseline, the text layer puts the small word on a line of its own, between two rows. Read as it
stands, that line is a row (or a header level) of its own and every label below it shifts by one. Before a
region's lines are laid out as a grid, each word of such a line moves onto the line of the bigger word it
touches horizontally: the word ending where it begins (a sub- or superscript, a mark), or the word beginning
where it ends (a prefixed superscript: the mass number of an isotope).
"""

from __future__ import annotations

from extractors.geometry import GridSettings
from extractors.layout import Line
from schemas.document import Word

__all__ = ["attach_scripts", "join_pushed_lines"]


def attach_scripts(lines: list[Line], settings: GridSettings) -> list[Line]:
    """The lines with the words of script-only lines moved onto the lines of the words they touch."""
    if len(lines) < 2:
        return lines
    s = settings
    out = [Line(list(ln.words)) for ln in lines]
    emptied: set[int] = set()
    for i, line in enumerate(lines):
        if not line.words or not all(_small(w, lines, i, s) for w in line.words):
            continue
        hosts = [(w, _host(lines, w, i, s)) for w in sorted(line.words, key=lambda w: w.x0)]
        # a line of small type whose words mostly touch no bigger word, or stand in phrases ("Week 48") whose
        # words go to no one host, is a line of its own (sub-heads set smaller than the heads over them,
        # "Baseline | Week 24 | Change"), not scripts: a word of it touching a word above or below by chance stays
        if 2 * sum(h is None or _in_phrase(hosts, k, s) for k, (_, h) in enumerate(hosts)) > len(hosts):
            continue
        moved = []
        for w, host in hosts:
            if host is None:
                continue
            out[host].words.append(w)
            moved.append(w)
        if moved:
            out[i].words = [w for w in out[i].words if not any(w is m for m in moved)]
            if not out[i].words:
                emptied.add(i)
    result = []
    for i, ln in enumerate(out):
        if i in emptied:
            continue
        ln.words.sort(key=lambda w: w.x0)
        ln.touch()
        result.append(ln)
    return result


def _in_phrase(hosts: list[tuple[Word, int | None]], k: int, s: GridSettings) -> bool:
    """Does word ``k`` of a script-only line (its words in order, each with its host) stand a word space from a
    neighbour of its line that goes to another host, or to none?"""
    w, host = hosts[k]
    for j in (k - 1, k + 1):
        if not 0 <= j < len(hosts):
            continue
        other, its = hosts[j]
        gap = other.x0 - w.x1 if j > k else w.x0 - other.x1
        if gap <= s.script_phrase_gap_em * max(w.size, other.size) and (its is None or its != host):
            return True
    return False


def _small(w: Word, lines: list[Line], skip: int, s: GridSettings) -> bool:
    """Type smaller than the lines next to it: script type."""
    near = [lines[j] for j in (skip - 1, skip + 1) if 0 <= j < len(lines) and lines[j].words]
    return bool(near) and all(w.size <= s.script_size_share * ln.size for ln in near)


def _host(lines: list[Line], w: Word, skip: int, s: GridSettings) -> int | None:
    """The index of the line (above or below) holding a bigger word that touches ``w`` on the left or the
    right, nearest vertically, within ``script_reach_em`` of that word's size."""
    best: int | None = None
    best_dy = float("inf")
    for j in (skip - 1, skip + 1):
        if not 0 <= j < len(lines):
            continue
        for other in lines[j].words:
            if w.size > s.script_size_share * other.size:
                continue
            touch = s.script_touch_em * other.size
            after = -touch <= w.x0 - other.x1 <= touch
            before = -touch <= other.x0 - w.x1 <= touch
            if not (after or before):
                continue
            dy = max(other.top - w.bottom, w.top - other.bottom, 0.0)
            if dy <= s.script_reach_em * other.size and dy < best_dy:
                best, best_dy = j, dy
    return best


def join_pushed_lines(lines: list[Line], settings: GridSettings) -> list[Line]:
    """A row whose label carries a raised script ("Body-mass index‡", "ml/min/1.73 m²") set by a word processor:
    the script raises its cell's line box, so the label sits lower than the row's values, by less than
    ``script_push_em``, and the text layer gives two lines (the values with the script, the label). Two such
    lines, side by side with no word over another's, one's raised script touching the end of a word of the
    other, are one row."""
    out: list[Line] = []
    for line in lines:
        prev = out[-1] if out else None
        if prev is not None and _pushed(prev, line, settings):
            merged = Line([*prev.words, *line.words])
            merged.words.sort(key=lambda w: w.x0)
            merged.touch()
            out[-1] = merged
        else:
            out.append(line)
    return out


def _pushed(upper: Line, lower: Line, s: GridSettings) -> bool:
    size = max(upper.size, lower.size)
    if not upper.words or not lower.words or not 0 < lower.top - upper.top <= s.script_push_em * size:
        return False
    touch = s.script_touch_em * size
    if any(min(a.x1, b.x1) - max(a.x0, b.x0) > touch for a in upper.words for b in lower.words):
        return False
    for here, there in ((upper, lower), (lower, upper)):
        for w in here.words:
            # raised against the other line's own type; the word it touches may be a script itself (the "a" of
            # "t_lag^a" set after the subscript)
            big = max(x.size for x in there.words)
            foot = max(x.bottom for x in there.words if x.size == big)
            if not (w.size < big and w.bottom < foot - 0.15 * big):
                continue
            if any(-touch <= w.x0 - other.x1 <= touch for other in there.words):
                return True
    return False
