"""Symbol-font glyphs decoded from the glyph itself, per document.

A PDF reader reports each glyph as its ToUnicode text, else the character its encoding's glyph name stands
for, else ``(cid:N)``. For symbol-font subsets that text is often wrong ("2" for a minus, "¼" or "5" for
"=", "," for "<", ")" for a minus) or missing, and each subset numbers its glyphs its own way, so no table of
codes can fix it. Each glyph is decoded instead from, in order of trust:

1. its *outline* when that is one of the signs numbers depend on (− = < > ≤ ≥ + ±,
   :mod:`extractors.glyph_shapes`), or a "b" / "m" that descends below the baseline (β, µ), and neither the
   name nor the reported text already says so;
2. its *name* (``/Differences`` or the embedded program's charset) through the Adobe Glyph List (pdfminer's
   copy), when the name is a sign or a letter and the reported text is the ASCII key it was typed on (a
   glyph named ``greaterequal`` reported as "$"), or when nothing is reported at all;
3. the reported (ToUnicode) text when it is a real character.

A glyph none of these decode (an unmapped code, a private-use or control character) becomes U+FFFD
(:data:`UNDECODED`), which no cell grammar reads, so its cell is reported unread with a finding that says
so; only its context may still decode it (:func:`extractors.glyph_words.equals_by_context`: "n � 42").
Both readers ask the same :class:`GlyphDecoder`, keyed by the font's base name (without the subset tag)
and the reported text, so they decode alike. ``python -m extractors.glyphs_report X.pdf`` prints every decision.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field

from extractors.glyph_fonts import FontGlyphs, fonts_of_document, open_document

UNDECODED = "\ufffd"
_CID = re.compile(r"^\(cid:(\d+)\)$")

# characters a bar, two bars, a chevron... may legitimately be reported as: the shape then confirms them
_AGREES = {
    "−": set("-−–—‒―‐‑_¯‾"),
    "=": set("=≡"),
    "<": set("<‹〈⟨"),
    ">": set(">›〉⟩"),
    "≤": set("≤⩽"),
    "≥": set("≥⩾"),
    "±": set("±"),
    "+": set("+"),
    "µ": set("µμ"),
    "β": set("βß"),
    "∞": set("∞"),
}


@dataclass(frozen=True, slots=True)
class Decision:
    """How one glyph was decoded: what was reported, what its name and outline say, and the result."""

    font: str
    code: int
    name: str | None
    reported: str
    by_name: str | None
    by_shape: str | None
    result: str
    how: str  # shape | name | map | undecoded


def _is_letter(text: str) -> bool:
    return len(text) == 1 and unicodedata.category(text)[0] == "L"


def undecodable(text: str) -> bool:
    """Text no reader should pass on: ``(cid:N)``, a private-use or a control character."""
    if not text or _CID.match(text):
        return True
    return any(unicodedata.category(ch) in ("Co", "Cc", "Cs", "Cn") for ch in text)


def _sign_or_letter(text: str) -> bool:
    return len(text) == 1 and unicodedata.category(text)[0] in ("S", "L") and not text.isascii()


def decide(font: str, code: int, name: str | None, reported: str, by_name: str | None, shape: str | None) -> Decision:
    """The character a glyph stands for (see the module docstring for the order of trust)."""

    def out(result: str, how: str) -> Decision:
        return Decision(font, code, name, reported, by_name, shape, result, how)

    if shape is not None and shape != UNDECODED:
        agreeing = _AGREES[shape]
        if not (reported in agreeing or (by_name is not None and by_name in agreeing)):
            return out(shape, "shape")
    if undecodable(reported):
        if by_name and not undecodable(by_name):
            return out(by_name, "name")
        return out(UNDECODED, "undecoded")
    if (
        by_name
        and _sign_or_letter(by_name)
        and len(reported) == 1
        and reported.isascii()
        and unicodedata.normalize("NFKC", by_name) != reported
    ):
        return out(by_name, "name")  # a sign the map reports as the key it was typed on
    if shape == UNDECODED:
        return out(UNDECODED, "shape")  # the outline says it is not the letter reported, and no name says what it is
    return out(reported, "map")


@dataclass(slots=True)
class GlyphDecoder:
    """Every font of one document: (base font name, reported text) -> decoded text."""

    fonts: dict[str, list[FontGlyphs]] = field(default_factory=dict)
    _seen: dict[tuple[str, str, bool], str] = field(default_factory=dict)  # (font, reported, lone) -> decoded

    def fix(self, fontname: str, text: str, lone: bool = False) -> str:
        """The character a glyph reported as ``text`` in ``fontname`` stands for. ``lone``: the glyph is set
        in a font of its own between other fonts' glyphs, so even a letter's outline is read (a sign put on a
        letter key); letters elsewhere are taken as reported."""
        lone = lone and _is_letter(text)
        key = (fontname, text, lone)
        fixed = self._seen.get(key)
        if fixed is None:
            fixed = self._seen[key] = self._fix(fontname, text, lone)
        return fixed

    def _fix(self, fontname: str, text: str, lone: bool) -> str:
        """Decided from the glyphs of the font a reader reports as ``text``: when they are decoded to
        different characters (two subsets of one font name), none is guessed."""
        base = fontname.split("+", 1)[-1]
        changed: set[str] = set()
        for font in self.fonts.get(base, []):
            for code in font.codes_for(text):
                g = font.glyph(code, lone)
                result = decide(base, code, g.name, g.reported, g.by_name, g.shape).result
                if result != text:
                    changed.add(result)
        if len(changed) == 1:
            return changed.pop()
        if len(changed) > 1:
            return UNDECODED
        return UNDECODED if _CID.match(text) else text

    def unmapped(self, fontname: str, width_em: float) -> str:
        """What a glyph PDFium reports as U+0000 stands for: it maps no ligature glyph that has no ToUnicode
        entry ("fi" named in the font's encoding), which pdfminer reads by the glyph's name. The font's
        ligatures (glyphs whose name stands for several letters) are the candidates; one, or the one whose
        advance matches the glyph's (``width_em``: its advance over the font size) within 10%, decides;
        else the glyph is undecoded."""
        base = fontname.split("+", 1)[-1]
        candidates: dict[str, float] = {}
        for font in self.fonts.get(base, []):
            pdf_font = font.font
            for code in font.codes():
                text = font.reported(code)
                if len(text) < 2 or not text.isalpha() or text.startswith("(cid"):
                    continue
                try:
                    width = float(pdf_font.char_width(code)) if pdf_font is not None else 0.0
                except (KeyError, IndexError, TypeError, ValueError):
                    width = 0.0
                candidates.setdefault(text, width)
        if len(candidates) == 1:
            return next(iter(candidates))
        close = [t for t, w in candidates.items() if w > 0 and abs(w - width_em) <= 0.1 * w]
        return close[0] if len(close) == 1 else UNDECODED

    def decisions(self, base: str | None = None) -> Iterator[Decision]:
        """The decision for every glyph of one font (or of every font)."""
        for name, fonts in self.fonts.items():
            if base is not None and name != base:
                continue
            for font in fonts:
                for glyph in font.glyphs():
                    yield decide(name, glyph.code, glyph.name, glyph.reported, glyph.by_name, glyph.shape)


def decoder_for(data: bytes) -> GlyphDecoder:
    """The decoder of a PDF given as bytes (a file pdfminer cannot open decodes nothing)."""
    doc = open_document(data)
    return decoder_from(fonts_of_document(doc) if doc is not None else [])


def decoder_from(fonts: list[FontGlyphs]) -> GlyphDecoder:
    decoder = GlyphDecoder()
    for font in fonts:
        decoder.fonts.setdefault(font.base, []).append(font)
    return decoder
