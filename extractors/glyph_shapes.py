"""What a glyph's outline shows, for the few signs that matter to numbers: − = < > ≤ ≥ + ± (and ∞, of
AUC₀–∞).

Symbol-font subsets often name these glyphs after the keys they were typed on ("two", "comma", "five",
"parenright", "C21"), so neither the name nor the ToUnicode map tells what is printed; the outline does.
Every test is relative to the glyph's own box or the em (1000 font units), never in points:

- a *bar* is a contour much wider than tall (a minus, each stroke of "=", the rule under "≥");
- a *chevron* is a contour whose points at one horizontal extreme meet in a tip at mid-height while the other
  extreme spans its height ("<" has its tip on the left);
- a *cross* is a contour whose points all lie on the two strokes through its centre ("+");
- an *infinity* is a wide contour holding two holes side by side ("∞").

A glyph made of other parts is not classified: :func:`shape_of` returns ``None`` and the caller keeps what
the name or the map says.
"""

from __future__ import annotations

from dataclasses import dataclass

from extractors.glyph_cff import Contour


@dataclass(frozen=True, slots=True)
class ShapeSettings:
    """Proportions, as shares of a contour's box or of the em (1000 font units)."""

    bar_aspect: float = 0.2  # a bar's height is at most this share of its width
    bar_min_width: float = 0.3  # a bar is at least this share of the em wide (a hyphen is narrower)
    tip_share: float = 0.12  # points within this share of the width from an extreme belong to that extreme
    tip_height: float = 0.25  # a tip spans at most this share of the contour's height
    side_height: float = 0.7  # the open side spans at least this share of the height
    stroke_share: float = 0.16  # a chevron's points lie within this share of its size from its two strokes
    cross_stroke: float = 0.22  # a cross's points lie within this share of the box from a centre line
    arm_end: float = 0.3  # a cross's arm ends lie beyond this share of the box from its centre...
    arm_centred: float = 0.12  # ...and within this share of it from the other centre line
    stack_overlap: float = 0.7  # stacked bars share at least this share of their width
    descender: float = 0.15  # an outline reaching this share of the em below the baseline descends
    infinity_aspect: float = 1.6  # an infinity sign is at least this many times as wide as tall
    infinity_twins: float = 0.7  # its two holes' widths and heights are within this ratio of each other
    em: float = 1000.0


SHAPES = ShapeSettings()
Box = tuple[float, float, float, float]


def _box(contour: Contour) -> Box:
    xs = [p[0] for p in contour]
    ys = [p[1] for p in contour]
    return min(xs), min(ys), max(xs), max(ys)


def _is_bar(box: Box, s: ShapeSettings) -> bool:
    w, h = box[2] - box[0], box[3] - box[1]
    return w >= s.bar_min_width * s.em and h <= s.bar_aspect * w


def _chevron(contour: Contour, box: Box, s: ShapeSettings) -> str | None:
    """ "<" or ">" when the contour is a chevron: a tip at mid-height on one side, the open side spanning the
    height on the other, and every point on one of the two strokes from the tip to the open side's ends."""
    x0, y0, x1, y1 = box
    w, h = x1 - x0, y1 - y0
    if w <= 0 or h <= 0 or not 0.5 <= h / w <= 2.0 or len(contour) < 5:
        return None
    left = [p[1] for p in contour if p[0] <= x0 + s.tip_share * w]
    right = [p[1] for p in contour if p[0] >= x1 - s.tip_share * w]
    if not left or not right:
        return None
    left_span, right_span = max(left) - min(left), max(right) - min(right)
    mid = (y0 + y1) / 2
    left_y, right_y = sum(left) / len(left), sum(right) / len(right)
    if left_span <= s.tip_height * h and right_span >= s.side_height * h and abs(left_y - mid) < 0.2 * h:
        sign, tip, open_x = "<", (x0, left_y), x1
    elif right_span <= s.tip_height * h and left_span >= s.side_height * h and abs(right_y - mid) < 0.2 * h:
        sign, tip, open_x = ">", (x1, right_y), x0
    else:
        return None
    reach = s.stroke_share * max(w, h)
    strokes = ((tip, (open_x, y1)), (tip, (open_x, y0)))
    if all(min(_distance(p, a, b) for a, b in strokes) <= reach for p in contour):
        return sign
    return None


def _distance(p: tuple[float, float], a: tuple[float, float], b: tuple[float, float]) -> float:
    """Distance from a point to a segment."""
    (px, py), (ax, ay), (bx, by) = p, a, b
    dx, dy = bx - ax, by - ay
    length = dx * dx + dy * dy
    t = 0.0 if length == 0 else max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / length))
    return float(((px - ax - t * dx) ** 2 + (py - ay - t * dy) ** 2) ** 0.5)


def _is_cross(contour: Contour, box: Box, s: ShapeSettings) -> bool:
    """Two strokes crossing at the centre of the box: every point lies on one of them, and the arms' ends
    are centred on the other axis (a dagger's crossbar sits high and fails)."""
    x0, y0, x1, y1 = box
    w, h = x1 - x0, y1 - y0
    if w < s.bar_min_width * s.em or h <= 0 or not 0.5 <= h / w <= 2.0 or len(contour) < 12:
        return False
    cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
    band = s.cross_stroke
    if not all(abs(x - cx) <= band * w or abs(y - cy) <= band * h for x, y in contour):
        return False
    arms_x = [y for x, y in contour if abs(x - cx) > s.arm_end * w]
    arms_y = [x for x, y in contour if abs(y - cy) > s.arm_end * h]
    return (
        bool(arms_x)
        and bool(arms_y)
        and all(abs(y - cy) <= s.arm_centred * h for y in arms_x)
        and all(abs(x - cx) <= s.arm_centred * w for x in arms_y)
    )


def _fused_plusminus(contour: Contour, box: Box, s: ShapeSettings) -> bool:
    """A "±" drawn as one contour: a bar along the bottom of the box under a cross."""
    x0, y0, x1, y1 = box
    w, h = x1 - x0, y1 - y0
    if w < s.bar_min_width * s.em or h <= 0:
        return False
    floor = y0 + s.bar_aspect * w
    bar = [p for p in contour if p[1] <= floor]
    upper = [p for p in contour if p[1] > floor]
    if not bar or len(upper) < 12 or max(p[0] for p in bar) - min(p[0] for p in bar) < 0.8 * w:
        return False
    top_of_bar = max(p[1] for p in bar)  # the cross stands on the bar (its stem may touch it)
    return _is_cross(upper, (x0, top_of_bar, x1, y1), s)


def _infinity(contours: list[Contour], s: ShapeSettings) -> bool:
    """ "∞": an outer contour much wider than tall holding two holes side by side (a bullet is one round
    contour; an "8" holds its two holes one above the other)."""
    boxes = [_box(c) for c in contours]
    outer = max(range(3), key=lambda k: (boxes[k][2] - boxes[k][0]) * (boxes[k][3] - boxes[k][1]))
    ox0, oy0, ox1, oy1 = boxes[outer]
    w, h = ox1 - ox0, oy1 - oy0
    if w < s.bar_min_width * s.em or h <= 0 or w < s.infinity_aspect * h:
        return False
    holes = sorted((boxes[k] for k in range(3) if k != outer), key=lambda b: b[0])
    inside = all(ox0 <= b[0] and b[2] <= ox1 and oy0 <= b[1] and b[3] <= oy1 for b in holes)
    apart = holes[0][2] <= holes[1][0] + 0.02 * s.em  # side by side, not stacked
    level = min(holes[0][3], holes[1][3]) - max(holes[0][1], holes[1][1]) > 0.5 * min(
        holes[0][3] - holes[0][1], holes[1][3] - holes[1][1]
    )
    twins = all(  # the two loops of "∞" mirror each other ("œ" holds a round hole and a small eye)
        min(a, b) >= s.infinity_twins * max(a, b)
        for a, b in (
            (holes[0][2] - holes[0][0], holes[1][2] - holes[1][0]),
            (holes[0][3] - holes[0][1], holes[1][3] - holes[1][1]),
        )
    )
    return inside and apart and level and twins


def shape_of(contours: list[Contour], s: ShapeSettings = SHAPES) -> str | None:
    """The sign the outline draws, or ``None`` when it is none of − = < > ≤ ≥ + ± ∞."""
    if len(contours) == 3:
        return "∞" if _infinity(contours, s) else None
    if not contours or len(contours) > 2:
        return None
    boxes = [_box(c) for c in contours]
    if len(contours) == 1:
        if _is_bar(boxes[0], s):
            return "−"
        if _is_cross(contours[0], boxes[0], s):
            return "+"
        if _fused_plusminus(contours[0], boxes[0], s):
            return "±"
        return _chevron(contours[0], boxes[0], s)
    (a, b), (ba, bb) = contours, boxes
    if ba[1] > bb[1]:  # a is the lower part
        a, b, ba, bb = b, a, bb, ba
    upper, lbox, ubox = b, ba, bb
    if lbox[3] > ubox[1] + 0.02 * s.em:  # the parts must sit one above the other
        return None
    if _is_bar(lbox, s) and _is_bar(ubox, s):
        overlap = min(lbox[2], ubox[2]) - max(lbox[0], ubox[0])
        if overlap >= s.stack_overlap * min(lbox[2] - lbox[0], ubox[2] - ubox[0]):
            return "="
        return None
    if _is_bar(lbox, s):
        sign = _chevron(upper, ubox, s)
        if sign:
            return "≤" if sign == "<" else "≥"
        if _is_cross(upper, ubox, s):
            return "±"
    return None


# Greek letters that descend below the baseline, typed on Latin keys that never do: the Symbol encoding's
# layout, which Greek symbol fonts share for these two (β on "b", µ on "m").
DESCENDING_GREEK = {"b": "β", "m": "µ"}


# Latin lower-case keys whose letters never descend below the baseline, upright or italic (no "f", "z", "b",
# "m"): a glyph reported as one of them whose outline descends is another letter set on that key (µ on "l")
NEVER_DESCENDING = frozenset("acdeiklnorstuvwx")
NOT_THE_LETTER = "\ufffd"  # the glyph is not the letter reported; which one it is, its outline does not say


def descends_unlike(reported: str, contours: list[Contour], s: ShapeSettings = SHAPES) -> bool:
    """A glyph reported as a letter that never descends, whose outline reaches below the baseline."""
    if reported not in NEVER_DESCENDING or not contours:
        return False
    return min(p[1] for c in contours for p in c) <= -s.descender * s.em


def greek_by_descender(reported: str, contours: list[Contour], s: ShapeSettings = SHAPES) -> str | None:
    """A "b" or "m" whose outline descends below the baseline is the Greek letter set on that key."""
    greek = DESCENDING_GREEK.get(reported)
    if greek is None or not contours:
        return None
    lowest = min(p[1] for c in contours for p in c)
    return greek if lowest <= -s.descender * s.em else None
