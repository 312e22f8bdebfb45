"""The fonts of a document and, for each code they can print, what decoding needs: the text a reader reports
(pdfminer's ToUnicode / encoding reading, or ``(cid:N)``), the glyph's name (``/Differences``, the base
encoding, or the embedded program's own encoding and charset), that name through the Adobe Glyph List, and
what the glyph's outline shows (embedded CFF programs only).
"""

from __future__ import annotations

import io
import logging
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from pdfminer.encodingdb import name2unicode
from pdfminer.latin_enc import ENCODING
from pdfminer.pdfdocument import PDFDocument
from pdfminer.pdffont import PDFCIDFont, PDFFont, PDFUnicodeNotDefined
from pdfminer.pdfinterp import PDFResourceManager
from pdfminer.pdfpage import PDFPage
from pdfminer.pdfparser import PDFParser
from pdfminer.pdftypes import PDFStream, dict_value, list_value, resolve1
from pdfminer.psparser import PSLiteral, literal_name

from extractors.glyph_cff import CFFProgram, parse_cff
from extractors.glyph_shapes import DESCENDING_GREEK, greek_by_descender, shape_of

log = logging.getLogger(__name__)

_BASE_ENCODINGS = {"StandardEncoding": 1, "MacRomanEncoding": 2, "WinAnsiEncoding": 3, "PDFDocEncoding": 4}
_NAMES_BY_ENCODING: dict[int, dict[int, str]] = {k: {} for k in _BASE_ENCODINGS.values()}
for _row in ENCODING:
    for _k in _BASE_ENCODINGS.values():
        if isinstance(_row[_k], int):
            _NAMES_BY_ENCODING[_k][int(_row[_k])] = str(_row[0])  # type: ignore[arg-type]


@dataclass(frozen=True, slots=True)
class Glyph:
    code: int
    name: str | None
    reported: str
    by_name: str | None
    shape: str | None


@dataclass(slots=True)
class FontGlyphs:
    """One font dictionary of the document."""

    base: str  # BaseFont without the subset tag
    font: PDFFont
    spec: dict[str, Any]
    differences: dict[int, str] = field(default_factory=dict)
    base_encoding: int | None = None
    program: CFFProgram | None = None

    def reported(self, code: int) -> str:
        """What pdfminer (and the PDFium reader, which copies it) reports for the code."""
        try:
            text = self.font.to_unichr(code)
            return text if isinstance(text, str) else f"(cid:{code})"
        except (PDFUnicodeNotDefined, KeyError, IndexError, TypeError, ValueError):
            return f"(cid:{code})"

    def name_of(self, code: int) -> str | None:
        if code in self.differences:
            return self.differences[code]
        if self.program is not None and self.program.code2gid and self.base_encoding is None:
            gid = self.program.code2gid.get(code)
            return self.program.names.get(gid) if gid is not None else None
        table = _NAMES_BY_ENCODING.get(self.base_encoding or 1)
        return table.get(code) if table else None

    def codes(self) -> list[int]:
        if isinstance(self.font, PDFCIDFont):
            return []  # CID fonts: codes have no names; only their reported text is checked
        codes = set(self.differences)
        if self.program is not None:
            codes.update(self.program.code2gid)
            if self.base_encoding is not None or not self.program.code2gid:
                known = set(self.program.names.values())
                codes.update(c for c in range(256) if self.name_of(c) in known)
        else:
            codes.update(c for c in range(256) if not self.reported(c).startswith("(cid:"))
        return sorted(codes)

    def shape(self, name: str | None) -> str | None:
        """What the outline of the glyph the name selects shows (a name the program lacks draws nothing)."""
        if self.program is None or name is None:
            return None
        gid = self.program.gid_of(name)
        return shape_of(self.program.outline(gid)) if gid else None

    def greek(self, name: str | None, reported: str) -> str | None:
        if self.program is None or name is None:
            return None
        gid = self.program.gid_of(name)
        return greek_by_descender(reported, self.program.outline(gid)) if gid else None

    def glyphs(self) -> Iterator[Glyph]:
        for code in self.codes():
            name = self.name_of(code)
            reported = self.reported(code)
            by_name = _agl(name)
            shape = None
            if not _is_letter(reported):  # letters are never drawn as signs; skip their outlines
                shape = self.shape(name)
            elif reported in DESCENDING_GREEK:
                shape = self.greek(name, reported)
            yield Glyph(code, name, reported, by_name, shape)


def _is_letter(text: str) -> bool:
    return len(text) == 1 and unicodedata.category(text)[0] == "L" and text != "µ"


def _agl(name: str | None) -> str | None:
    if not name or name == ".notdef":
        return None
    try:
        text = name2unicode(name.split(".", 1)[0] if not name.startswith(".") else name)
    except (KeyError, ValueError):
        return None
    return text or None


def open_document(data: bytes) -> PDFDocument | None:
    try:
        return PDFDocument(PDFParser(io.BytesIO(data)))
    except Exception as exc:  # a file pdfminer cannot open: the reader will report it
        log.debug("no glyph decoding: %s", exc)
        return None


def fonts_of_document(doc: PDFDocument, rsrcmgr: PDFResourceManager | None = None) -> list[FontGlyphs]:
    """Every font dictionary the pages (and the forms they draw) use, read once."""
    rsrcmgr = rsrcmgr or PDFResourceManager(caching=True)
    specs: dict[int, dict[str, Any]] = {}
    forms: set[int] = set()

    def walk(resources: Any) -> None:
        res = resolve1(resources)
        if not isinstance(res, dict):
            return
        fonts = resolve1(res.get("Font"))
        if isinstance(fonts, dict):
            for ref in fonts.values():
                spec = resolve1(ref)
                if isinstance(spec, dict):
                    specs.setdefault(getattr(ref, "objid", id(spec)), spec)
        xobjects = resolve1(res.get("XObject"))
        if isinstance(xobjects, dict):
            for ref in xobjects.values():
                key = getattr(ref, "objid", None)
                if key is not None and key in forms:
                    continue
                xobj = resolve1(ref)
                if isinstance(xobj, PDFStream) and literal_name(xobj.attrs.get("Subtype")) == "Form":
                    if key is not None:
                        forms.add(key)
                    walk(xobj.attrs.get("Resources"))

    try:
        for page in PDFPage.create_pages(doc):
            walk(page.resources)
    except Exception as exc:  # a damaged page tree: decode what was found
        log.debug("font walk stopped: %s", exc)
    out = []
    for objid, spec in specs.items():
        font = _font(rsrcmgr, objid, spec)
        if font is not None:
            out.append(font)
    return out


def _font(rsrcmgr: PDFResourceManager, objid: int, spec: dict[str, Any]) -> FontGlyphs | None:
    try:
        font = rsrcmgr.get_font(objid, spec)
    except Exception as exc:
        log.debug("font %s not read: %s", objid, exc)
        return None
    base_raw = spec.get("BaseFont")
    base = literal_name(base_raw) if isinstance(base_raw, PSLiteral) else str(resolve1(base_raw) or "")
    if isinstance(base, bytes):
        base = base.decode("latin-1")
    glyphs = FontGlyphs(base=base.split("+", 1)[-1], font=font, spec=spec)
    encoding = resolve1(spec.get("Encoding"))
    if isinstance(encoding, PSLiteral):
        glyphs.base_encoding = _BASE_ENCODINGS.get(literal_name(encoding))
    elif isinstance(encoding, dict):
        base_enc = resolve1(encoding.get("BaseEncoding"))
        if isinstance(base_enc, PSLiteral):
            glyphs.base_encoding = _BASE_ENCODINGS.get(literal_name(base_enc))
        code = 0
        for item in list_value(encoding.get("Differences", [])):
            item = resolve1(item)
            if isinstance(item, int):
                code = item
            elif isinstance(item, PSLiteral):
                glyphs.differences[code] = literal_name(item)
                code += 1
    try:
        descriptor = dict_value(spec.get("FontDescriptor"))
        stream = resolve1(descriptor.get("FontFile3"))
        if isinstance(stream, PDFStream) and literal_name(stream.attrs.get("Subtype")) == "Type1C":
            glyphs.program = parse_cff(stream.get_data())
    except Exception as exc:
        log.debug("font program of %s not read: %s", base, exc)
    return glyphs
