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

from extractors.glyph_cff import CFFProgram, Contour, parse_cff
from extractors.glyph_shapes import (
    DESCENDING_GREEK,
    NEVER_DESCENDING,
    NOT_THE_LETTER,
    descends_unlike,
    greek_by_descender,
    shape_of,
)

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
    """One font dictionary of the document; its font and program are read when first needed."""

    base: str  # BaseFont without the subset tag
    objid: int
    spec: dict[str, Any]
    rsrcmgr: PDFResourceManager
    differences: dict[int, str] = field(default_factory=dict)
    base_encoding: int | None = None
    _font: PDFFont | None = None
    _program: CFFProgram | None = None
    _loaded: bool = False
    _by_reported: dict[str, list[int]] | None = None
    _greek_keys: bool | None = None

    def _load(self) -> None:
        if self._loaded:
            return
        self._loaded = True
        try:
            self._font = self.rsrcmgr.get_font(self.objid, self.spec)
        except MemoryError:
            raise  # a decompression bomb: the reader reports it
        except Exception as exc:
            log.debug("font %s not read: %s", self.base, exc)
        try:
            descriptor = dict_value(self.spec.get("FontDescriptor"))
            stream = resolve1(descriptor.get("FontFile3"))
            if isinstance(stream, PDFStream) and literal_name(stream.attrs.get("Subtype")) == "Type1C":
                self._program = parse_cff(stream.get_data())
        except MemoryError:
            raise  # a decompression bomb: the reader reports it
        except Exception as exc:
            log.debug("font program of %s not read: %s", self.base, exc)

    @property
    def font(self) -> PDFFont | None:
        self._load()
        return self._font

    @property
    def program(self) -> CFFProgram | None:
        self._load()
        return self._program

    def codes_for(self, reported: str) -> list[int]:
        """The codes of this font a reader reports as ``reported``."""
        if self._by_reported is None:
            self._by_reported = {}
            for code in self.codes():
                self._by_reported.setdefault(self.reported(code), []).append(code)
        return self._by_reported.get(reported, [])

    def reported(self, code: int) -> str:
        """What pdfminer (and the PDFium reader, which copies it) reports for the code."""
        font = self.font
        if font is None:
            return f"(cid:{code})"
        try:
            text = font.to_unichr(code)
            return text if isinstance(text, str) else f"(cid:{code})"
        except (PDFUnicodeNotDefined, KeyError, IndexError, TypeError, ValueError):
            return f"(cid:{code})"

    def name_of(self, code: int) -> str | None:
        if code in self.differences:
            return self.differences[code]
        program = self.program
        if program is not None and program.code2gid and self.base_encoding is None:
            gid = program.code2gid.get(code)
            return program.names.get(gid) if gid is not None else None
        table = _NAMES_BY_ENCODING.get(self.base_encoding or 1)
        return table.get(code) if table else None

    def codes(self) -> list[int]:
        if self.font is None or isinstance(self.font, PDFCIDFont):
            return []  # CID fonts: codes have no names; only their reported text is checked
        codes = set(self.differences)
        program = self.program
        if program is not None:
            codes.update(program.code2gid)
            if self.base_encoding is not None or not program.code2gid:
                known = set(program.names.values())
                codes.update(c for c in range(256) if self.name_of(c) in known)
        else:
            codes.update(c for c in range(256) if not self.reported(c).startswith("(cid:"))
        return sorted(codes)

    def outline(self, name: str | None) -> list[Contour]:
        """The outline of the glyph the name selects (a name the program lacks draws nothing)."""
        program = self.program
        if program is None or name is None:
            return []
        gid = program.gid_of(name)
        return program.outline(gid) if gid else []

    def glyph(self, code: int, lone: bool = False) -> Glyph:
        """The glyph of a code. A letter's outline is only looked at when the letter is set ``lone`` (in a font
        of its own between other fonts' glyphs: where a typesetter puts a sign on a letter key, "P o 0.001"
        with a "<" drawn on the "o"); elsewhere letters are letters, and their outlines are not read."""
        name = self.name_of(code)
        reported = self.reported(code)
        shape = None
        if not _is_letter(reported) or lone:
            shape = shape_of(self.outline(name))
        if shape is None and reported in DESCENDING_GREEK:
            shape = greek_by_descender(reported, self.outline(name))
        if shape is None and lone and _is_letter(reported) and self.greek_on_latin_keys():
            # a font shown to draw Greek letters on Latin keys ("µ" on "l", "τ" on "s"): none of its lone letters is
            # taken as reported; each is undecoded unless its outline said what it is, and only context may tell
            shape = NOT_THE_LETTER
        return Glyph(code, name, reported, _agl(name), shape)

    def greek_on_latin_keys(self) -> bool:
        """Some letter of the font is drawn with a descender its Latin key never has ("µ" on "m" or "l")."""
        if self._greek_keys is None:
            self._greek_keys = False
            for code in self.codes():
                reported = self.reported(code)
                if reported not in DESCENDING_GREEK and reported not in NEVER_DESCENDING:
                    continue
                outline = self.outline(self.name_of(code))
                if greek_by_descender(reported, outline) or descends_unlike(reported, outline):
                    self._greek_keys = True
                    break
        return self._greek_keys

    def glyphs(self, lone: bool = False) -> Iterator[Glyph]:
        for code in self.codes():
            yield self.glyph(code, lone)


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
    except MemoryError:
        raise  # a decompression bomb: the reader reports it
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
    except MemoryError:
        raise  # a decompression bomb: the reader reports it
    except Exception as exc:  # a damaged page tree: decode what was found
        log.debug("font walk stopped: %s", exc)
    out = []
    for objid, spec in specs.items():
        font = _font(rsrcmgr, objid, spec)
        if font is not None:
            out.append(font)
    return out


def _font(rsrcmgr: PDFResourceManager, objid: int, spec: dict[str, Any]) -> FontGlyphs | None:
    base_raw = resolve1(spec.get("BaseFont"))
    base = literal_name(base_raw) if isinstance(base_raw, PSLiteral) else base_raw
    if isinstance(base, bytes):
        base = base.decode("latin-1")
    glyphs = FontGlyphs(base=str(base or "").split("+", 1)[-1], objid=objid, spec=spec, rsrcmgr=rsrcmgr)
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
    return glyphs
