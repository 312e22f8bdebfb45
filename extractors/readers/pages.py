"""What a reader hands over for one page, and how it becomes frames of words, rules and fills.

A reader fills a :class:`RawPage` with pdfplumber-style character dicts (``text``, ``fontname``, ``size``,
``x0``, ``x1``, ``top``, ``bottom``, ``upright``, ``matrix``; origin at the top left of the page) in the
order the page draws them, plus its straight lines and rectangles. The rest (glyph fixes, words, rules,
fills, rotated frames) is the same for every reader.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from pdfplumber.utils.text import extract_words

from extractors.geometry import DEFAULT_REGION
from extractors.glyph_words import join_signs
from extractors.glyphs import GlyphDecoder
from extractors.kerning import join_kerned
from schemas.document import BBox, Fill, Frame, Picture, Rule, Word

# Words: characters closer than 0.11 em belong to one word. Smaller than pdfplumber's default (3 pt), because
# many publisher PDFs print word spaces as 1.5-2.5 pt gaps with no space character ("Table1Baseline...").
WORD_OPTIONS: dict[str, Any] = {"x_tolerance_ratio": 0.11, "y_tolerance": 2.5, "keep_blank_chars": False}
_BOLD = re.compile(r"bold|black|heavy|demi|semibold|[-,.+]bd?$|[-,.]b\b|\bbd\b", re.IGNORECASE)
_OVERLAP_EM = 0.3  # words of one line drawn over each other by more than this: two texts printed on one another
_ROTATED_SHARE = 0.3  # a page whose non-upright characters exceed this share gets a rotated frame


@dataclass(slots=True)
class RawRect:
    """A rectangle as drawn: its box, whether it is filled and/or stroked, and whether the fill is white."""

    x0: float
    top: float
    x1: float
    bottom: float
    fill: bool
    stroke: bool
    white: bool


@dataclass(slots=True)
class RawPage:
    """One page as a reader sees it, in pdfplumber's top-left coordinates."""

    number: int  # 1-based
    width: float
    height: float
    chars: list[dict[str, Any]] = field(default_factory=list)
    lines: list[BBox] = field(default_factory=list)  # straight line segments: (x0, top, x1, bottom)
    rects: list[RawRect] = field(default_factory=list)
    images: list[BBox] = field(default_factory=list)  # raster images drawn: (x0, top, x1, bottom)
    glyphs: GlyphDecoder = field(default_factory=GlyphDecoder)  # the document's fonts: decode its glyphs


# a reader: (PDF bytes, file name, page limit, a callback taking each page) -> (page count, info title)
ReadFn = Callable[[bytes, str, int | None, Callable[[RawPage], None]], tuple[int, str | None]]


def page_to_frames(page: RawPage) -> list[Frame]:
    """One upright frame per page, plus a rotated frame when much of the page's text is printed sideways."""
    chars = _fixed_chars(page.chars, page.glyphs)
    upright = [c for c in chars if c["upright"]]
    rotated = [c for c in chars if not c["upright"]]
    rules, fills = rules_and_fills(page)
    frame = Frame(
        page=page.number,
        width=page.width,
        height=page.height,
        rotation=0,
        words=_words(upright, None, page.width, page.height),
        rules=rules,
        fills=fills,
        pictures=[Picture(*box) for box in page.images],
    )
    frames = [frame]
    if rotated and (len(rotated) > _ROTATED_SHARE * len(chars) or _table_like(rotated)):
        groups = _by_rotation(rotated)
        for rotation, group in groups.items():
            w, h = page.width, page.height
            if not upright and len(groups) == 1:
                # a page set landscape (every character turned one way, a /Rotate page): its rules, shading and
                # pictures turned with it and read as an upright page's are, so it reads as its upright twin
                turned = _turned(page, rotation)
                rules, fills = rules_and_fills(turned)
                pictures = [Picture(*box) for box in turned.images]
            else:
                # a sideways table on an upright page: its rules as drawn, piece by piece (a span rule drawn
                # cell by cell keeps where each span ends)
                rules, fills, pictures = [_rotate_rule(r, rotation, w, h) for r in _vertical_rules(page)], [], []
            frames.append(
                Frame(
                    page=page.number,
                    width=h,
                    height=w,
                    rotation=rotation,
                    words=_words(group, rotation, w, h),
                    rules=rules,
                    fills=fills,
                    pictures=pictures,
                )
            )
    return frames


def _turn_box(box: tuple[float, float, float, float], rotation: int, w: float, h: float) -> BBox:
    """A page box (x0, top, x1, bottom) where it is once the sideways text is turned upright (as
    :func:`_to_frame` turns characters)."""
    x0, top, x1, bottom = box
    if rotation == 90:
        return (h - bottom, x0, h - top, x1)
    return (top, w - x1, bottom, w - x0)


def _turned(page: RawPage, rotation: int) -> RawPage:
    """The page's lines, boxes and images turned with its sideways text: a landscape table keeps its rules and
    shading, merged and read as an upright page's are (a page set landscape by /Rotate reads as its upright
    twin)."""
    w, h = page.width, page.height
    rects = []
    for r in page.rects:
        x0, top, x1, bottom = _turn_box((r.x0, r.top, r.x1, r.bottom), rotation, w, h)
        rects.append(RawRect(x0, top, x1, bottom, r.fill, r.stroke, r.white))
    return RawPage(
        number=page.number,
        width=h,
        height=w,
        lines=[_turn_box(line, rotation, w, h) for line in page.lines],
        rects=rects,
        images=[_turn_box(image, rotation, w, h) for image in page.images],
    )


def _table_like(chars: list[dict[str, Any]]) -> bool:
    """Rotated characters that can hold a sideways table even as a minority of the page: enough of them,
    many digits among them (a margin stamp or a rotated running head has few)."""
    settings = DEFAULT_REGION
    digits = sum(1 for c in chars if c["text"][:1].isdigit())
    return len(chars) >= settings.rotated_min_chars and digits >= 0.15 * len(chars)


def _lone(fonts: list[str], i: int) -> bool:
    """The i-th character is set in a font of its own: the characters drawn before and after it (in content
    order) are in other fonts."""
    return (i == 0 or fonts[i - 1] != fonts[i]) and (i + 1 == len(fonts) or fonts[i + 1] != fonts[i])


def _fixed_chars(chars: list[dict[str, Any]], glyphs: GlyphDecoder) -> list[dict[str, Any]]:
    """Every character as :func:`_fixed` gives it, each (font, text, lone) looked up once per page (this runs
    per character; the decoder gives one answer per key)."""
    fonts = [c["fontname"] for c in chars]
    known: dict[tuple[str, str, bool], str] = {}
    out: list[dict[str, Any]] = []
    for i, c in enumerate(chars):
        text = c["text"]
        if text == "\x00":
            out.append(_fixed(c, glyphs, False))  # decided by the glyph's width, not by (font, text, lone)
            continue
        font = fonts[i]
        lone = _lone(fonts, i)
        key = (font, text, lone)
        fixed = known.get(key)
        if fixed is None:
            fixed = known[key] = glyphs.fix(font, text, lone)
        out.append(c if fixed == text else {**c, "text": fixed})
    return out


def _fixed(char: dict[str, Any], glyphs: GlyphDecoder, lone: bool) -> dict[str, Any]:
    if char["text"] == "\x00":  # PDFium's report of a ligature glyph it cannot map ("fi" by name only)
        size = char.get("size") or 0.0
        return {**char, "text": glyphs.unmapped(char["fontname"], (char["x1"] - char["x0"]) / size if size else 0.0)}
    text = glyphs.fix(char["fontname"], char["text"], lone)  # decided once per (font, glyph, lone)
    return char if text == char["text"] else {**char, "text": text}


def _by_rotation(chars: Iterable[dict[str, Any]]) -> dict[int, list[dict[str, Any]]]:
    groups: dict[int, list[dict[str, Any]]] = {}
    for c in chars:
        b = c["matrix"][1]
        groups.setdefault(90 if b > 0 else 270, []).append(c)
    return groups


def _to_frame(c: dict[str, Any], rotation: int, w: float, h: float) -> dict[str, Any]:
    """A character of sideways text, placed where it would be if the text were turned upright."""
    if rotation == 90:  # reads bottom to top; lines follow one another left to right
        x0, x1, top, bottom = h - c["bottom"], h - c["top"], c["x0"], c["x1"]
    else:  # reads top to bottom; lines follow one another right to left
        x0, x1, top, bottom = c["top"], c["bottom"], w - c["x1"], w - c["x0"]
    return {
        **c,
        "x0": x0,
        "x1": x1,
        "top": top,
        "bottom": bottom,
        "doctop": top,
        "upright": True,
        "size": bottom - top,
        "page_bbox": (c["x0"], c["top"], c["x1"], c["bottom"]),
    }


def _words(chars: list[dict[str, Any]], rotation: int | None, w: float, h: float) -> list[Word]:
    if rotation is not None:
        chars = [_to_frame(c, rotation, w, h) for c in chars]
    raw = _grouped_words(chars, rotation is not None)
    raw = join_signs(raw, WORD_OPTIONS["x_tolerance_ratio"])
    words = []
    for item in raw:
        text = item["text"].strip()
        if not text:
            continue
        if rotation is None:
            bbox: BBox = (item["x0"], item["top"], item["x1"], item["bottom"])
        else:
            boxes = [c["page_bbox"] for c in item["chars"]]
            bbox = (
                min(b[0] for b in boxes),
                min(b[1] for b in boxes),
                max(b[2] for b in boxes),
                max(b[3] for b in boxes),
            )
        words.append(
            Word(
                text=text,
                x0=float(item["x0"]),
                # heights to a thousandth of a point: the two readers' float noise (1e-13) must not part words
                # that line grouping compares (x is left exact: cells are cut at shared edges)
                top=round(float(item["top"]), 3),
                x1=float(item["x1"]),
                bottom=round(float(item["bottom"]), 3),
                size=round(float(item["size"]), 2),
                bold=_bold(item["fontname"]),
                page_bbox=(
                    round(float(bbox[0]), 2),
                    round(float(bbox[1]), 2),
                    round(float(bbox[2]), 2),
                    round(float(bbox[3]), 2),
                ),
            )
        )
    return words


def _grouped_words(chars: list[dict[str, Any]], with_chars: bool) -> list[dict[str, Any]]:
    """pdfplumber's words, letter-spaced and kerned words joined (:mod:`extractors.kerning`). Text of another
    type drawn over a line (a stamp across a table row) makes pdfplumber interleave the two lines' characters
    into fragments that overlap one another: then each type (font and size) is grouped into words on its own."""
    raw = _kerned_words(chars, with_chars)
    if not _overlapping(raw):
        return raw
    types: dict[tuple[str, float], list[dict[str, Any]]] = {}
    for c in chars:
        types.setdefault((c["fontname"], round(float(c["size"]), 2)), []).append(c)
    words = [w for group in types.values() for w in _kerned_words(group, with_chars)]
    return sorted(words, key=lambda w: (round(float(w["top"])), float(w["x0"])))


def _kerned_words(chars: list[dict[str, Any]], with_chars: bool) -> list[dict[str, Any]]:
    raw = extract_words(chars, extra_attrs=["size", "fontname"], return_chars=with_chars, **WORD_OPTIONS)
    return join_kerned(raw, [c for c in chars if c["text"].isspace()])


def _overlapping(words: list[dict[str, Any]]) -> bool:
    """Two words of one line (as pdfplumber gives them, left to right) drawn over each other by more than
    `_OVERLAP_EM` of their size."""
    for a, b in itertools.pairwise(words):
        size = min(float(a["size"]), float(b["size"]))
        same_line = float(b["top"]) < float(a["bottom"]) and float(a["top"]) < float(b["bottom"])
        if same_line and float(a["x1"]) - float(b["x0"]) > _OVERLAP_EM * size and float(b["x0"]) >= float(a["x0"]):
            return True
    return False


@functools.lru_cache(maxsize=1024)
def _bold(fontname: str) -> bool:
    """The font is a bold one by its name (decided once per font name)."""
    return bool(_BOLD.search(_base_font(fontname)))


def _base_font(fontname: str) -> str:
    return fontname.split("+", 1)[-1]


def rules_and_fills(page: RawPage) -> tuple[list[Rule], list[Fill]]:
    """Table rules (horizontal lines and thin bars, the edges of stroked boxes) and shaded boxes."""
    rules: list[Rule] = []
    fills: list[Fill] = []
    for x0, top, x1, bottom in page.lines:
        if abs(top - bottom) < 1.0 and x1 - x0 > 8:
            rules.append(Rule(float(x0), float(x1), float((top + bottom) / 2)))
    for rect in page.rects:
        width, height = rect.x1 - rect.x0, rect.bottom - rect.top
        if width < 8:
            continue
        if height <= 1.6:
            rules.append(Rule(float(rect.x0), float(rect.x1), float((rect.top + rect.bottom) / 2)))
            continue
        if rect.fill and not rect.white:
            fills.append(Fill(float(rect.x0), float(rect.top), float(rect.x1), float(rect.bottom)))
        if rect.stroke:
            rules.append(Rule(float(rect.x0), float(rect.x1), float(rect.top)))
            rules.append(Rule(float(rect.x0), float(rect.x1), float(rect.bottom)))
    return merge_rules(rules), merge_fills(fills)


def merge_fills(fills: list[Fill]) -> list[Fill]:
    """Shaded cells side by side in one band (a header shaded cell by cell) become one fill."""
    out: list[Fill] = []
    for f in sorted(fills, key=lambda f: (round(f.top * 2) / 2, round(f.bottom * 2) / 2, f.x0)):
        last = out[-1] if out else None
        if (
            last is not None
            and abs(last.top - f.top) <= 0.6
            and abs(last.bottom - f.bottom) <= 0.6
            and f.x0 <= last.x1 + 1.5
        ):
            out[-1] = Fill(last.x0, last.top, max(last.x1, f.x1), last.bottom)
        else:
            out.append(f)
    return sorted(out, key=lambda f: (f.top, f.x0))


def merge_rules(rules: list[Rule]) -> list[Rule]:
    """Collinear rule pieces that touch (a rule drawn cell by cell) become one rule."""
    out: list[Rule] = []
    for r in sorted(rules, key=lambda r: (round(r.y * 2) / 2, r.x0)):
        last = out[-1] if out else None
        if last is not None and abs(last.y - r.y) <= 0.6 and r.x0 <= last.x1 + 1.5:
            out[-1] = Rule(last.x0, max(last.x1, r.x1), last.y)
        else:
            out.append(r)
    return out


def _vertical_rules(page: RawPage) -> list[tuple[float, float, float]]:
    """Vertical lines and thin bars as (x, top, bottom): the rules of a table printed sideways."""
    out = []
    boxes = [*page.lines, *((r.x0, r.top, r.x1, r.bottom) for r in page.rects)]
    for x0, top, x1, bottom in boxes:
        if x1 - x0 <= 1.6 and bottom - top > 8:
            out.append((float((x0 + x1) / 2), float(top), float(bottom)))
    return out


def _rotate_rule(rule: tuple[float, float, float], rotation: int, w: float, h: float) -> Rule:
    x, top, bottom = rule
    if rotation == 90:
        return Rule(h - bottom, h - top, x)
    return Rule(top, bottom, w - x)


def is_white(color: Any) -> bool:
    """A fill colour that prints nothing: white in gray or RGB, no ink in CMYK (no colour at all counts)."""
    if color is None:
        return True
    values = color if isinstance(color, list | tuple) else [color]
    try:
        numbers = [float(v) for v in values]
    except (TypeError, ValueError):
        return False
    if len(numbers) == 4:  # CMYK: white is no ink
        return all(v <= 0.01 for v in numbers)
    return all(v >= 0.99 for v in numbers)
