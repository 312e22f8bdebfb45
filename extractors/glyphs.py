"""Symbol-font characters decoded from the glyph itself, never from a table keyed by a font's name.

Typesetters' symbol fonts often carry no usable Unicode map: pdfminer then reports the code's ASCII or
Latin-1 letter (a minus printed as "2", "=" as "5" or "¼", "≥" as "$" or "(cid:2)", "µ" as "m"), and the
same code means another glyph in the next PDF's subset. So the text a PDF gives for a character is trusted
only as far as the glyph's *shape* agrees with it:

* characters of a font that prints only a few distinct glyphs on a page, set on their own between
  characters of other fonts (a symbol font's glyph inserted into text), and claimed as an ASCII or
  Latin-1 character or as ``(cid:N)``, are looked at (a character with a real Unicode mapping beyond
  Latin-1, "≤" or "α", is taken as claimed): the glyph is rendered from the page (pypdfium2) and compared
  with reference shapes of the symbols trial tables use and of the character the PDF claims;
* when the claimed character's own shape fits, it stays; when a symbol fits clearly better, the symbol
  replaces it; a ``(cid:N)`` glyph that no reference fits stays ``(cid:N)``, which no cell grammar reads,
  so its cell is reported unread rather than guessed;
* context settles what the shape cannot: a dash between two digits is a range dash, not a minus.

The reference shapes (``extractors/glyph_shapes.py``) are features of DejaVu and Liberation glyphs,
generated with ``python -m extractors.glyphs --write-shapes`` and kept in the source tree.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PIL import Image, ImageDraw, ImageFont

# what symbol fonts print in trial tables: relations, operators, units, marks, Greek
SYMBOLS = "=+−±≥≤<>×µ∞·•→°′≈~%*†‡§¶#αβγδεκλσχΔ"
_GRID = 12
_BOX_PX = 64  # rendered height of a character's box
_MAX_DISTINCT = 12  # a font printing at most this many distinct glyphs on a page is looked at
_MARGIN = 0.04  # a symbol must beat the claimed character's own shape by this much
_CID_FIT = 0.42  # a (cid:N) glyph takes the best symbol only when it fits this well
_FIT = 0.55  # a claimed character gives way only to a symbol that fits this well ...
_RATIO = 1.8  # ... and this many times better than the claimed character's own shape


@dataclass(frozen=True, slots=True)
class Shape:
    """A glyph's ink, relative to its character box (height 1): size, position and a coarse bitmap."""

    height: float
    width: float
    centre: float
    bitmap: tuple[float, ...]
    parts: int = 1  # connected pieces of ink: "≥" and "=" have two, ">" one


def shape_of(image: Image.Image, box_top: float | None = None, box_height: float | None = None) -> Shape | None:
    """The shape of one character's ink in a greyscale image, relative to its character box (rows
    ``box_top`` to ``box_top + box_height``; the whole image by default). Ink of neighbouring characters
    that reaches into the image (kerning, side bearings) is left out: only connected ink whose centre lies
    inside the box counts. None when the box holds no ink."""
    grey = image.convert("L")
    w, h = grey.size
    top = 0.0 if box_top is None else box_top
    bh = float(h) if box_height is None else box_height
    px = grey.load()
    assert px is not None
    dark = [[px[x, y] < 128 for x in range(w)] for y in range(h)]  # type: ignore[operator]
    seen = [[False] * w for _ in range(h)]
    keep: list[tuple[int, int, int, int]] = []
    for y in range(h):
        for x in range(w):
            if not dark[y][x] or seen[y][x]:
                continue
            stack = [(x, y)]
            seen[y][x] = True
            x0 = x1 = x
            y0 = y1 = y
            while stack:
                cx, cy = stack.pop()
                x0, x1, y0, y1 = min(x0, cx), max(x1, cx), min(y0, cy), max(y1, cy)
                for nx, ny in ((cx + 1, cy), (cx - 1, cy), (cx, cy + 1), (cx, cy - 1)):
                    if 0 <= nx < w and 0 <= ny < h and dark[ny][nx] and not seen[ny][nx]:
                        seen[ny][nx] = True
                        stack.append((nx, ny))
            mx, my = (x0 + x1) / 2, (y0 + y1) / 2
            touches_side = x0 == 0 or x1 == w - 1
            if (
                0.1 * w <= mx <= 0.9 * w
                and top - 0.2 * bh <= my <= top + 1.2 * bh
                and not (touches_side and x1 - x0 < 0.3 * w)
            ):
                keep.append((x0, y0, x1 + 1, y1 + 1))
    if not keep:
        return None
    box = (min(k[0] for k in keep), min(k[1] for k in keep), max(k[2] for k in keep), max(k[3] for k in keep))
    x0, y0, x1, y1 = box
    cut = grey.crop(box).resize((_GRID, _GRID), Image.Resampling.BILINEAR)
    bitmap = tuple(round(1.0 - v / 255.0, 3) for v in cut.tobytes())
    parts = sum(1 for k in keep if (k[2] - k[0]) * (k[3] - k[1]) > 0.002 * bh * bh)
    return Shape((y1 - y0) / bh, (x1 - x0) / bh, ((y0 + y1) / 2 - top) / bh, bitmap, max(parts, 1))


def distance(a: Shape, b: Shape) -> float:
    bits = sum(abs(x - y) for x, y in zip(a.bitmap, b.bitmap, strict=True)) / len(a.bitmap)
    return (
        bits
        + 1.0 * abs(a.height - b.height)
        + 0.3 * abs(a.centre - b.centre)
        + 0.7 * abs(a.width - b.width)
        + 0.15 * min(abs(a.parts - b.parts), 2)
    )


def reference_shape(font: ImageFont.FreeTypeFont, text: str) -> Shape | None:
    """A character drawn in a reference font, in the character box pdfminer gives (height = font size,
    from the descent line up)."""
    size = font.size
    _ascent, descent = font.getmetrics()
    width = int(font.getlength(text)) + 4
    canvas = Image.new("L", (max(width, 4), int(size * 1.6)), 255)
    baseline = int(size * 1.2)
    ImageDraw.Draw(canvas).text((2, baseline), text, font=font, fill=0, anchor="ls")
    bottom = baseline + descent
    pad = int(0.25 * size)
    cut = canvas.crop((0, bottom - int(size) - pad, canvas.size[0], min(canvas.size[1], bottom + pad)))
    return shape_of(cut, float(pad), float(size))


def _references() -> dict[str, list[Shape]]:
    from extractors.glyph_shapes import SHAPES

    return {ch: [Shape(h, w, c, tuple(b), n) for h, w, c, b, n in shapes] for ch, shapes in SHAPES.items()}


_REFS: dict[str, list[Shape]] | None = None


def references() -> dict[str, list[Shape]]:
    global _REFS
    if _REFS is None:
        _REFS = _references()
    return _REFS


def _ranked(shape: Shape, pool: str = SYMBOLS) -> list[tuple[float, str]]:
    refs = references()
    return sorted((min(distance(shape, ref) for ref in refs[ch]), ch) for ch in dict.fromkeys(pool) if refs.get(ch))


def best_match(shape: Shape, claimed: str) -> tuple[str, float, float | None]:
    """The symbol that fits a shape best, its distance, and the claimed character's own distance."""
    ranked = _ranked(shape)
    own = [distance(shape, ref) for ref in references().get(claimed, [])]
    return ranked[0][1], ranked[0][0], (min(own) if own else None)


def _clear(shape: Shape, gap: float, pool: str = SYMBOLS) -> bool:
    """The best symbol fits clearly better than the next shape of the pool ("≥" and ">" too close to call
    stay unread)."""
    ranked = _ranked(shape, pool)
    return len(ranked) < 2 or ranked[1][0] - ranked[0][0] >= gap


def decide(shape: Shape | None, claimed: str) -> str:
    """The character a glyph of this shape stands for, given the text the PDF claims for it."""
    if shape is None:
        return claimed
    best, best_d, own = best_match(shape, claimed)
    if claimed.startswith("(cid:"):
        # a glyph with no text at all: a symbol only when it beats every letter and digit too (a digit is
        # never guessed: a wrong digit is a wrong value)
        pool = SYMBOLS + _CLAIMED.replace("-", "")  # a dash in a symbol font is its minus
        ranked = _ranked(shape, pool)
        ok = ranked[0][1] == best and best_d <= _CID_FIT and _clear(shape, 2 * _MARGIN, pool)
        return best if ok else claimed
    if own is None:
        # a claimed character with no reference (a letter of another script): keep it unless a symbol fits well
        return best if best_d <= _CID_FIT / 2 and _clear(shape, _MARGIN) else claimed
    fits = best_d <= _FIT and best_d + _MARGIN < own and own >= _RATIO * best_d
    return best if fits and _clear(shape, _MARGIN) else claimed


class GlyphDecoder:
    """Decodes the suspect characters of a PDF's pages by their rendered shape (one render per font and
    claimed text per page, cached for the document)."""

    def __init__(self, data: bytes) -> None:
        self._data = data
        self._pdf: Any = None
        self._cache: dict[tuple[str, str, float], str] = {}

    def _page(self, index: int) -> Any:
        if self._pdf is None:
            import pypdfium2

            self._pdf = pypdfium2.PdfDocument(self._data)
        return self._pdf[index]

    def close(self) -> None:
        if self._pdf is not None:
            self._pdf.close()
            self._pdf = None

    def decode(
        self, page_index: int, width: float, height: float, chars: Sequence[dict[str, Any]]
    ) -> list[dict[str, Any]]:
        """The page's characters with suspect glyphs replaced by what their shape says."""
        distinct: dict[str, set[str]] = {}
        for c in chars:
            distinct.setdefault(c.get("fontname", ""), set()).add(c["text"])
        suspect = {f for f, texts in distinct.items() if len(texts) <= _MAX_DISTINCT}
        if not suspect:
            return list(chars)
        out: list[dict[str, Any]] = []
        page = None
        for i, c in enumerate(chars):
            font = c.get("fontname", "")
            text = c["text"]
            if (
                font not in suspect
                or text.isspace()
                or not c.get("upright", True)
                or not (text.startswith("(cid:") or (len(text) == 1 and ord(text) <= 0xFF))
                or not _isolated(chars, i)
            ):
                out.append(c)
                continue
            key = (font, text, round(float(c.get("size", 0.0)), 1))
            decided = self._cache.get(key)
            if decided is None:
                if page is None:
                    page = self._page(page_index)
                decided = decide(_render(page, c, width, height), text)
                self._cache[key] = decided
            out.append(c if decided == text else {**c, "text": decided})
        return _context(out)


def _isolated(chars: Sequence[dict[str, Any]], i: int) -> bool:
    """A character set on its own in its font: the characters touching it on the line are of other fonts
    (a symbol font's glyph inserted into text), not a letter inside a word of its own font."""
    c = chars[i]
    font = c.get("fontname", "")
    size = float(c.get("size", 8.0))
    for j in (i - 1, i + 1):
        if 0 <= j < len(chars):
            o = chars[j]
            same_line = abs(float(o["top"]) - float(c["top"])) < 0.5 * size
            touching = min(abs(float(o["x0"]) - float(c["x1"])), abs(float(c["x0"]) - float(o["x1"]))) < 0.25 * size
            if same_line and touching and o.get("fontname", "") == font and not o["text"].isspace():
                return False
    return True


def _render(page: Any, char: dict[str, Any], width: float, height: float) -> Shape | None:
    x0, x1, top, bottom = float(char["x0"]), float(char["x1"]), float(char["top"]), float(char["bottom"])
    box = bottom - top
    if box <= 0.5 or x1 - x0 <= 0.1 or x0 < 0 or top < 0 or x1 > width or bottom > height:
        return None
    scale = _BOX_PX / box
    pad = 0.25 * box
    up, down = min(pad, top), min(pad, height - bottom)
    try:
        bitmap = page.render(scale=scale, crop=(x0, height - bottom - down, width - x1, top - up))
    except Exception:  # a glyph pdfium cannot draw keeps the text the PDF claims
        return None
    return shape_of(bitmap.to_pil(), up * scale, box * scale)


def _context(chars: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A minus decoded between two digits it touches is a range dash."""
    for i in range(1, len(chars) - 1):
        c, prev, nxt = chars[i], chars[i - 1], chars[i + 1]
        near = 0.3 * float(c.get("size", 8.0))
        if (
            c["text"] == "−"
            and prev["text"][-1:].isdigit()
            and nxt["text"][:1].isdigit()
            and abs(prev["x1"] - c["x0"]) < near
            and abs(nxt["x0"] - c["x1"]) < near
        ):
            chars[i] = {**c, "text": "–"}
    return chars


# glyph variants read as the character trial tables mean by them (slanted ≥ and ≤)
_VARIANTS = {"⩾": "≥", "⩽": "≤"}
_FONTS = [
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
    "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf",
    "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
]
_SYMBOL_FONT = "/usr/share/fonts/opentype/urw-base35/StandardSymbolsPS.otf"  # symbols only
_CLAIMED = (
    "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ!\"#$%&'()*+,-./:;<=>?@[]^_{|}~¼½¾þ³²¹£¥´®©¬°±µ·"
)


def write_shapes(path: Path) -> None:
    """Write the reference shapes module from the fonts installed (a development step)."""
    shapes: dict[str, list[tuple[float, float, float, tuple[float, ...], int]]] = {}
    for font_path in [*_FONTS, _SYMBOL_FONT]:
        if not Path(font_path).is_file():
            continue
        font = ImageFont.truetype(font_path, 96)
        chars = SYMBOLS if font_path == _SYMBOL_FONT else SYMBOLS + _CLAIMED + "–-" + "".join(_VARIANTS)
        for ch in dict.fromkeys(chars):
            if ch in _VARIANTS and font.getmask(ch).getbbox() == font.getmask("\uffff").getbbox():
                continue  # the font has no such glyph
            shape = reference_shape(font, ch)
            if shape is not None:
                shapes.setdefault(_VARIANTS.get(ch, ch), []).append(
                    (
                        round(shape.height, 3),
                        round(shape.width, 3),
                        round(shape.centre, 3),
                        tuple(round(v, 2) for v in shape.bitmap),
                        shape.parts,
                    )
                )
    lines = [
        '"""Reference glyph shapes (generated by ``python -m extractors.glyphs --write-shapes``; do not edit)."""',
        "",
        "SHAPES: dict[str, list[tuple[float, float, float, tuple[float, ...], int]]] = {",
    ]
    for ch, items in shapes.items():
        lines.append(f"    {ch!r}: [")
        for h, w, c, b, n in items:
            lines.append(f"        ({h}, {w}, {c}, {b!r}, {n}),")
        lines.append("    ],")
    lines.append("}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description="glyph reference shapes")
    parser.add_argument("--write-shapes", action="store_true")
    args = parser.parse_args()
    if args.write_shapes:
        write_shapes(Path(__file__).with_name("glyph_shapes.py"))
