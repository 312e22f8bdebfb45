"""The pypdfium2 reader: the same page model as the pdfplumber reader, read with PDFium.

Characters come from PDFium's text page and are placed as pdfminer places them: a box from the font's
descent to one em above it, as wide as the glyph's advance, turned by the character's matrix. They are
ordered as the page draws them (by their text object's place in the content, forms included), so words are
grouped as with pdfminer. A glyph PDFium cannot map to Unicode becomes ``(cid:N)`` as in pdfminer, so the
document's :class:`extractors.glyphs.GlyphDecoder` decodes both readers' glyphs alike. Straight lines and
rectangles come from path objects, classified into lines, rectangles and curves as pdfminer does.
"""

from __future__ import annotations

import ctypes
import gc
import math
import re
from collections.abc import Callable
from typing import Any

import pypdfium2 as pdfium
import pypdfium2.raw as raw

from extractors.glyph_fonts import fonts_of_document, open_document
from extractors.glyphs import UNDECODED, decoder_from
from extractors.readers.bombs import bomb_under_limit
from extractors.readers.fontinfo import descent_of, document_descents
from extractors.readers.pages import RawPage, RawRect
from extractors.readers.paths import LINE_OR_RECT, classify_subpath
from trialex.errors import EncryptedPDFError, MemoryLimitError, TooLargeError, TruncatedPDFError

Matrix = tuple[float, float, float, float, float, float]
_IDENTITY: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
_SHORTEST = 8.0  # points: rules and boxes shorter than this in every direction are not read
_WHITE = 253  # an RGB fill at least this light in every channel prints as white (0.99 of 255)
_SAME_POINT = 0.005  # points: positions closer than this are one position (PDFium computes in float32)
_HYPHEN_MARK = 0x02  # what PDFium's text page reports for a hyphen at the end of a line
_MAYBE_GENERATED = frozenset(" \r\n")  # the characters PDFium's text page adds itself
_ACTUAL_TEXT = b"ActualText"


def _plain(function: Any, restype: Any, *argtypes: Any) -> Any:
    """A PDFium function called per character, declared on plain addresses: the bindings' typed pointers
    cost a conversion per argument and a pointer object per returned handle (the same C function)."""
    address = ctypes.cast(function, ctypes.c_void_p).value
    assert address is not None
    return ctypes.CFUNCTYPE(restype, *argtypes)(address)


_ADDRESS, _INT = ctypes.c_void_p, ctypes.c_int
_GET_UNICODE = _plain(raw.FPDFText_GetUnicode, ctypes.c_uint, _ADDRESS, _INT)
_IS_GENERATED = _plain(raw.FPDFText_IsGenerated, _INT, _ADDRESS, _INT)
_MAP_ERROR = _plain(raw.FPDFText_HasUnicodeMapError, _INT, _ADDRESS, _INT)
_TEXT_OBJECT = _plain(raw.FPDFText_GetTextObject, _ADDRESS, _ADDRESS, _INT)  # the text object's address, or None
_CHAR_ORIGIN = _plain(raw.FPDFText_GetCharOrigin, _INT, _ADDRESS, _INT, _ADDRESS, _ADDRESS)


def read(data: bytes, name: str, max_pages: int | None, on_page: Callable[[RawPage], None]) -> tuple[int, str | None]:
    """Read every page into ``on_page``; the page count and the title the file's info dictionary gives."""
    if bomb_under_limit(data):
        raise MemoryLimitError(f"{name} needs more memory than allowed to read (a decompression bomb?)")
    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        if getattr(exc, "err_code", None) == raw.FPDF_ERR_PASSWORD or "password" in str(exc).lower():
            raise EncryptedPDFError(f"{name} is encrypted; trialex cannot read it without the password") from exc
        raise TruncatedPDFError(f"{name} is damaged: PDFium could not parse it ({exc})") from exc
    except MemoryError as exc:
        raise MemoryLimitError(f"{name} needs more memory than allowed to read (a decompression bomb?)") from exc
    try:
        page_count = len(pdf)
        if max_pages is not None and page_count > max_pages:
            raise TooLargeError(f"{name} has {page_count} pages; the limit is {max_pages}")
        doc = open_document(data)  # parsed once by pdfminer, for the font descriptors and the glyph decoder
        descents = document_descents(doc, max_pages=page_count) if doc is not None else {}
        glyphs = decoder_from(fonts_of_document(doc) if doc is not None else [])
        for index in range(page_count):
            page = pdf[index]
            try:
                raw_page = _read_page(page, index + 1, descents)
                raw_page.glyphs = glyphs
                _unmapped_from_pdfminer(raw_page, data, index)
                on_page(raw_page)
            finally:
                page.close()
        title = pdf.get_metadata_value("Title").strip() or None
        return page_count, title
    except pdfium.PdfiumError as exc:
        raise TruncatedPDFError(f"{name} is damaged: PDFium could not read it ({exc})") from exc
    except MemoryError as exc:
        raise MemoryLimitError(f"{name} needs more memory than allowed to read (a decompression bomb?)") from exc
    finally:
        pdf.close()


def _unmapped_from_pdfminer(page: RawPage, data: bytes, index: int) -> None:
    """The characters PDFium cannot map (U+0000 or U+FFFD: a ligature glyph whose font maps it to no Unicode, "ﬁ"
    and "ﬂ" named only in the font's encoding, whose code PDFium does not give) take the text pdfminer reads at
    the same place by the glyph's name, so both readers read the same words; where pdfminer has no one character
    there, the glyph decoder guesses from the font's ligatures by width (``GlyphDecoder.unmapped``). Only a page
    holding such a character is read a second time (found by the reader-agreement test: an abstract whose "fi"
    and "fl" ligatures of one font had the same width, so the width could not tell them apart)."""
    unmapped = [c for c in page.chars if c["text"] in ("\x00", "\ufffd") and _undecided(page, c)]
    if not unmapped:
        return
    import io

    import pdfplumber

    with pdfplumber.open(io.BytesIO(data), pages=[index + 1]) as other:
        theirs = other.pages[0].chars if other.pages else []
        for c in unmapped:
            near = [
                t
                for t in theirs
                if abs(t["x0"] - c["x0"]) <= 0.25 * (c.get("size") or 1.0)
                and abs(t["top"] - c["top"]) <= 0.25 * (c.get("size") or 1.0)
            ]
            if len(near) == 1 and near[0]["text"] != "\ufffd":
                c["text"] = near[0]["text"]


def _undecided(page: RawPage, char: dict[str, Any]) -> bool:
    """The glyph decoder cannot tell which of the font's ligatures the glyph is by its width."""
    size = char.get("size") or 0.0
    width_em = (char["x1"] - char["x0"]) / size if size else 0.0
    return page.glyphs.unmapped(char["fontname"], width_em) == UNDECODED


class _Geometry:
    """pdfplumber's page box and pdfminer's device transform: user space -> pdfplumber's top-left space."""

    def __init__(self, page: Any) -> None:
        left, bottom, right, top = (ctypes.c_float() for _ in range(4))
        if not raw.FPDFPage_GetMediaBox(page.raw, left, bottom, right, top):
            left.value, bottom.value, right.value, top.value = 0.0, 0.0, page.get_width(), page.get_height()
        x0, x1 = sorted((left.value, right.value))
        y0, y1 = sorted((bottom.value, top.value))
        self.rotation = (page.get_rotation() or 0) % 360
        # pdfminer's device matrix for the page's /Rotate
        if self.rotation == 90:
            self.ctm: Matrix = (0, -1, 1, 0, -y0, x1)
        elif self.rotation == 180:
            self.ctm = (-1, 0, 0, -1, x1, y1)
        elif self.rotation == 270:
            self.ctm = (0, 1, -1, 0, y1, -x0)
        else:
            self.ctm = (1, 0, 0, 1, -x0, -y0)
        # pdfplumber's mediabox, normalised for the rotation and flipped to a top-left origin
        box = (y0, x0, y1, x1) if self.rotation in (90, 270) else (x0, y0, x1, y1)
        mb_height = box[3] - box[1]
        self.mb_x0 = box[0]
        self.mb_top = mb_height - box[3]
        self.width = float(box[2] - box[0])
        self.height = float((mb_height - box[1]) - self.mb_top)

    def point(self, x: float, y: float) -> tuple[float, float]:
        """A user-space point in pdfminer's device space."""
        a, b, c, d, e, f = self.ctm
        return a * x + c * y + e, b * x + d * y + f

    def box(self, x0: float, y0: float, x1: float, y1: float) -> tuple[float, float, float, float]:
        """A device-space box in pdfplumber's coordinates: (x0, top, x1, bottom)."""
        dx = self.mb_x0 if self.mb_x0 != 0 else 0
        return x0 + dx, (self.height - y1) + self.mb_top, x1 + dx, (self.height - y0) + self.mb_top


def _read_page(page: Any, number: int, descents: dict[str, float]) -> RawPage:
    geometry = _Geometry(page)
    out = RawPage(number=number, width=geometry.width, height=geometry.height)
    order: dict[int, _Placed] = {}
    # a page's characters are tens of thousands of small dicts and tuples, none of them in a reference cycle:
    # the cyclic collector would walk them again and again while they are built (5-7% of an extraction), so it
    # rests while one page is read and runs as usual after
    collecting = gc.isenabled()
    gc.disable()
    try:
        _walk(page, geometry, out, order)
        out.chars = _chars(page, geometry, order, descents)
    finally:
        if collecting:
            gc.enable()
    return out


def _address(handle: Any) -> int:
    return ctypes.addressof(handle.contents) if handle else 0


# a text object's place in the content, its handle, and the matrix of the forms around it
_Placed = tuple[int, Any, Matrix]


def _walk(page: Any, geometry: _Geometry, out: RawPage, order: dict[int, _Placed]) -> None:
    """Page objects in content order, forms included: text objects get their place, paths are classified."""
    count = raw.FPDFPage_CountObjects(page.raw)
    _objects([raw.FPDFPage_GetObject(page.raw, i) for i in range(count)], _IDENTITY, geometry, out, order)


def _objects(objs: list[Any], matrix: Matrix, geometry: _Geometry, out: RawPage, order: dict[int, _Placed]) -> None:
    for obj in objs:
        kind = raw.FPDFPageObj_GetType(obj)
        if kind == raw.FPDF_PAGEOBJ_TEXT:
            order.setdefault(_address(obj), (len(order), obj, matrix))
            _drop_actual_text(obj)
        elif kind == raw.FPDF_PAGEOBJ_PATH:
            _path(obj, matrix, geometry, out)
        elif kind == raw.FPDF_PAGEOBJ_IMAGE:
            _image(obj, matrix, geometry, out)
        elif kind == raw.FPDF_PAGEOBJ_FORM:
            m = raw.FS_MATRIX()
            raw.FPDFPageObj_GetMatrix(obj, m)
            inner = _multiply((m.a, m.b, m.c, m.d, m.e, m.f), matrix)
            children = [raw.FPDFFormObj_GetObject(obj, j) for j in range(raw.FPDFFormObj_CountObjects(obj))]
            _objects(children, inner, geometry, out, order)


def _drop_actual_text(obj: Any) -> None:
    """Remove the marked-content ``/ActualText`` replacements of a text object (in memory only; the file is
    never saved): PDFium's text page reports a replacement instead of the glyphs it covers, while pdfminer
    reads the glyphs (a typesetter's "-" printed with the ActualText of a non-breaking hyphen, a space with
    that of a line break)."""
    count = raw.FPDFPageObj_CountMarks(obj)
    if count <= 0:
        return
    for index in reversed(range(count)):
        mark = raw.FPDFPageObj_GetMark(obj, index)
        if mark and raw.FPDFPageObjMark_GetParamValueType(mark, _ACTUAL_TEXT) != raw.FPDF_OBJECT_UNKNOWN:
            raw.FPDFPageObj_RemoveMark(obj, mark)


def _multiply(m: Matrix, n: Matrix) -> Matrix:
    """``m`` then ``n`` (row-vector convention, as in PDF)."""
    a, b, c, d, e, f = m
    a2, b2, c2, d2, e2, f2 = n
    return (
        a * a2 + b * c2,
        a * b2 + b * d2,
        c * a2 + d * c2,
        c * b2 + d * d2,
        e * a2 + f * c2 + e2,
        e * b2 + f * d2 + f2,
    )


def _path(obj: Any, outer: Matrix, geometry: _Geometry, out: RawPage) -> None:
    """The straight lines and rectangles of a painted path object; curves are never read, and the points
    of a subpath are only read when its shape can be a line or a rectangle."""
    fill_mode, stroke = ctypes.c_int(), ctypes.c_int()
    raw.FPDFPath_GetDrawMode(obj, fill_mode, stroke)
    filled, stroked = fill_mode.value != 0, bool(stroke.value)
    if not filled and not stroked:
        return
    if outer == _IDENTITY and _smaller_than_a_rule(obj):
        return
    count = raw.FPDFPath_CountSegments(obj)
    if count < 2:
        return
    letters: list[str] = []
    sources: list[Any] = []  # the segment each letter's point comes from
    start: Any = None
    for i in range(count):
        segment = raw.FPDFPath_GetPathSegment(obj, i)
        kind = raw.FPDFPathSegment_GetType(segment)
        if kind == raw.FPDF_SEGMENT_MOVETO:
            letters.append("m")
            start = segment
        else:
            letters.append("l" if kind == raw.FPDF_SEGMENT_LINETO else "c")
        sources.append(segment)
        if raw.FPDFPathSegment_GetClose(segment):
            letters.append("h")  # closing returns to the subpath's start
            sources.append(start if start is not None else segment)
    shape = "".join(letters)
    if shape[:1] != "m":
        return
    m = raw.FS_MATRIX()
    raw.FPDFPageObj_GetMatrix(obj, m)
    matrix = _multiply((m.a, m.b, m.c, m.d, m.e, m.f), outer)
    x, y = ctypes.c_float(), ctypes.c_float()
    color: tuple[int, int, int] | None = None
    for sub in re.finditer(r"m[^m]+", shape):
        if sub.group(0) not in LINE_OR_RECT:
            continue
        points = []
        for segment in sources[sub.start() : sub.end()]:
            raw.FPDFPathSegment_GetPoint(segment, x, y)
            ux = matrix[0] * x.value + matrix[2] * y.value + matrix[4]
            uy = matrix[1] * x.value + matrix[3] * y.value + matrix[5]
            points.append(geometry.point(ux, uy))
        found = classify_subpath(sub.group(0), points)
        if found is None:
            continue
        kind_, box = found
        x0, top, x1, bottom = geometry.box(*box)
        if kind_ == "line":
            out.lines.append((x0, top, x1, bottom))
            continue
        if filled and color is None:
            r, g, b, a = (ctypes.c_uint() for _ in range(4))
            color = (r.value, g.value, b.value) if raw.FPDFPageObj_GetFillColor(obj, r, g, b, a) else (255, 255, 255)
        white = color is None or all(v >= _WHITE for v in color)
        out.rects.append(RawRect(x0, top, x1, bottom, filled, stroked, white))


def _image(obj: Any, outer: Matrix, geometry: _Geometry, out: RawPage) -> None:
    """A raster image's box: its bounds in its form's space, taken through the forms around it."""
    b0, b1, b2, b3 = (ctypes.c_float() for _ in range(4))
    if not raw.FPDFPageObj_GetBounds(obj, b0, b1, b2, b3):
        return
    a, b, c, d, e, f = outer
    corners = [(x, y) for x in (b0.value, b2.value) for y in (b1.value, b3.value)]
    points = [geometry.point(a * x + c * y + e, b * x + d * y + f) for x, y in corners]
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    out.images.append(geometry.box(min(xs), min(ys), max(xs), max(ys)))


def _smaller_than_a_rule(obj: Any) -> bool:
    """A path shorter than a rule in every direction is never a rule or a box (a glyph of a figure)."""
    b0, b1, b2, b3 = (ctypes.c_float() for _ in range(4))
    if not raw.FPDFPageObj_GetBounds(obj, b0, b1, b2, b3):
        return False
    return b2.value - b0.value <= _SHORTEST and b3.value - b1.value <= _SHORTEST


class _TextObject:
    """What every character of one text object shares: font name, size, descent, matrix."""

    __slots__ = ("descent", "font", "fontname", "handle", "matrix", "size", "upright", "user")

    def __init__(self, handle: Any, fontname: str, size: float, descent: float, matrix: Matrix, user: Matrix) -> None:
        self.handle = handle  # the PDFium font
        self.font = _address(handle)
        self.fontname = fontname
        self.size = size
        self.descent = descent
        self.matrix = matrix  # in pdfminer's device space
        self.user = user  # in the page's user space, as PDFium reports it
        a, b, c, d = matrix[:4]
        self.upright = a * d > 0 and b * c <= 0


def _descent(font: Any, fontname: str, size: float, descents: dict[str, float]) -> float:
    """The font's descent at this size: the descriptor's, as pdfminer reads it, else PDFium's."""
    known = descent_of(fontname, descents)
    if known is not None:
        return known * 0.001 * size
    descent = ctypes.c_float()
    raw.FPDFFont_GetDescent(font, ctypes.c_float(size), descent)
    return float(descent.value)


def _text_object(
    textpage: Any, index: int, handle: Any, geometry: _Geometry, fonts: dict[int, str], descents: dict[str, float]
) -> _TextObject:
    size = ctypes.c_float()
    raw.FPDFTextObj_GetFontSize(handle, size)
    font = raw.FPDFTextObj_GetFont(handle)
    key = _address(font)
    fontname = fonts.get(key)
    if fontname is None:
        fontname = fonts[key] = _char_font_name(textpage, index) or _font_name(font)
    descent = _descent(font, fontname, size.value, descents)
    m = raw.FS_MATRIX()
    raw.FPDFText_GetMatrix(textpage, index, m)
    a, b, c, d, _, _ = geometry.ctm
    # the character matrix turned into pdfminer's device space (translation is taken from each origin)
    matrix = _multiply((m.a, m.b, m.c, m.d, 0.0, 0.0), (a, b, c, d, 0.0, 0.0))
    return _TextObject(font, fontname, size.value, descent, matrix, (m.a, m.b, m.c, m.d, 0.0, 0.0))


def _char_font_name(textpage: Any, index: int) -> str:
    """The font's name as the PDF gives it, subset prefix included ("ABCDEF+Name"), as pdfminer reports it."""
    flags = ctypes.c_int()
    n = raw.FPDFText_GetFontInfo(textpage, index, None, 0, flags)
    if n <= 0:
        return ""
    buf = ctypes.create_string_buffer(n)
    raw.FPDFText_GetFontInfo(textpage, index, buf, n, flags)
    return buf.value.decode("utf-8", "replace")


def _page_text(textpage: Any, count: int) -> str | None:
    """The text page's characters in one call, one per character index (None when some character is
    outside the BMP and indices and UTF-16 units part ways)."""
    buf = (ctypes.c_ushort * (count + 1))()
    written = raw.FPDFText_GetText(textpage, 0, count, buf)
    text = bytes(buf)[: 2 * max(written - 1, 0)].decode("utf-16-le", "replace")
    return text if len(text) == count else None


def _font_name(font: Any) -> str:
    n = raw.FPDFFont_GetBaseFontName(font, None, 0)
    buf = ctypes.create_string_buffer(max(n, 1))
    raw.FPDFFont_GetBaseFontName(font, buf, n)
    return buf.value.decode("utf-8", "replace")


def _chars(
    page: Any, geometry: _Geometry, order: dict[int, _Placed], descents: dict[str, float]
) -> list[dict[str, Any]]:
    textpage = page.get_textpage()
    try:
        tp = textpage.raw
        count = raw.FPDFText_CountChars(tp)
        objects: dict[int, _TextObject] = {}
        fonts: dict[int, str] = {}
        ox, oy = ctypes.c_double(), ctypes.c_double()
        loose = raw.FS_RECTF()
        widths: dict[tuple[int, int, float], float] = {}
        width = ctypes.c_float()
        # first pass: each character's text, text object and origin
        # (index, text, code, text object, x, y): atoms only, so the garbage collector soon stops tracking them
        seen: list[tuple[int, str, int, int, float, float]] = []
        page_text = _page_text(tp, count)
        tpa = ctypes.cast(tp, ctypes.c_void_p).value
        ox_at, oy_at = ctypes.addressof(ox), ctypes.addressof(oy)
        get_unicode, is_generated, map_error, text_object, char_origin = (
            _GET_UNICODE,
            _IS_GENERATED,
            _MAP_ERROR,
            _TEXT_OBJECT,
            _CHAR_ORIGIN,
        )
        for i in range(count):
            ch = page_text[i] if page_text is not None else ""
            if not (" " <= ch <= "~"):  # the page text is exact for printable ASCII only (a hyphen at a
                ch = chr(get_unicode(tpa, i))  # line end, for one, reads U+FFFE there)
            if ch in _MAYBE_GENERATED and is_generated(tpa, i):
                continue
            code = ord(ch)
            if map_error(tpa, i):
                text = f"(cid:{code})"  # PDFium reports the character code, as pdfminer does
            else:
                if code == _HYPHEN_MARK:  # PDFium's mark for a hyphen that ends a line
                    code = 0x2D
                text = chr(code)
            address = text_object(tpa, i) or 0
            info = objects.get(address)
            if info is None:
                handle = raw.FPDFText_GetTextObject(tp, i)
                info = objects[address] = _text_object(tp, i, handle, geometry, fonts, descents)
            char_origin(tpa, i, ox_at, oy_at)
            seen.append((i, text, code, address, ox.value, oy.value))
        # second pass: the advance of each glyph; characters sharing one origin are one glyph (a ligature
        # that maps to several letters), whose advance only PDFium's loose box gives
        last = len(seen) - 1
        chars: list[dict[str, Any]] = []
        # the order the page draws them in, (text object's place, character index) as one integer
        span = count + 1
        keys: list[int] = []
        for k, (i, text, code, address, x, y) in enumerate(seen):
            info = objects[address]
            shared = False
            if k > 0:
                before = seen[k - 1]
                shared = before[3] == address and before[4] == x and before[5] == y
            if not shared and k < last:
                after = seen[k + 1]
                shared = after[3] == address and after[4] == x and after[5] == y
            advance = 0.0
            if not shared:
                key = (info.font, code, info.size)
                cached = widths.get(key)
                if cached is None:
                    ok = raw.FPDFFont_GetGlyphWidth(info.handle, code, ctypes.c_float(info.size), width)
                    cached = widths[key] = width.value if ok else 0.0
                advance = cached
            if advance <= 0:  # a ligature, or a glyph PDFium cannot map back: the loose box's extent
                raw.FPDFText_GetLooseCharBox(tp, i, loose)
                advance = _loose_advance(info, loose)
            chars.append(_place(text, info, x, y, advance, geometry))
            placed = order.get(address)
            keys.append((placed[0] if placed is not None else len(order)) * span + i + 1)
        lone_spaces = False
        for address, (index, handle, outer) in order.items():
            if address not in objects:  # a text object PDFium's text page leaves out: a lone space
                space = _lone_space(handle, outer, geometry, fonts, descents)
                if space is not None:
                    chars.append(space)
                    keys.append(index * span)  # character index -1
                    lone_spaces = True
        ranked = sorted(range(len(chars)), key=keys.__getitem__)
        if lone_spaces:
            chars = _after_previous([(keys[j] % span == 0, chars[j]) for j in ranked])
        else:  # what _after_previous returns when no character is a lone space
            chars = [chars[j] for j in ranked]
        return _soft_hyphens(chars) if any(s[1] == "\xad" for s in seen) else chars
    finally:
        textpage.close()


def _lone_space(
    handle: Any, outer: Matrix, geometry: _Geometry, fonts: dict[int, str], descents: dict[str, float]
) -> dict[str, Any] | None:
    """A text object PDFium's text page drops because its glyphs have no width (a space set on its own, as
    some typesetters print word spaces): pdfminer reads it as a space, which ends a word."""
    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    if not raw.FPDFPageObj_GetBounds(handle, left, bottom, right, top) or right.value - left.value > 0.5:
        return None
    size = ctypes.c_float()
    raw.FPDFTextObj_GetFontSize(handle, size)
    font = raw.FPDFTextObj_GetFont(handle)
    if not font or size.value <= 0:
        return None
    m = raw.FS_MATRIX()
    raw.FPDFPageObj_GetMatrix(handle, m)
    user = _multiply((m.a, m.b, m.c, m.d, m.e, m.f), outer)
    a, b, c, d = geometry.ctm[:4]
    matrix = _multiply((*user[:4], 0.0, 0.0), (a, b, c, d, 0.0, 0.0))
    key = _address(font)
    fontname = fonts.get(key)
    if fontname is None:
        fontname = fonts[key] = _font_name(font)
    descent = _descent(font, fontname, size.value, descents)
    width = ctypes.c_float()
    ok = raw.FPDFFont_GetGlyphWidth(font, 0x20, ctypes.c_float(size.value), width)
    info = _TextObject(font, fontname, size.value, descent, matrix, user)
    return _place(" ", info, user[4], user[5], width.value if ok else 0.25 * size.value, geometry)


def _after_previous(chars: list[tuple[bool, dict[str, Any]]]) -> list[dict[str, Any]]:
    """A lone space starts where the character drawn before it ends, on its line, as pdfminer places it
    (PDFium puts the object where the kerning after it lands). When the next character starts there too
    (the kerning takes back exactly the space), both start at one point and the space, drawn first, comes
    first, as in pdfminer; PDFium's single-precision positions only tell that apart to a few thousandths."""
    out: list[dict[str, Any]] = []
    for k, (lone, c) in enumerate(chars):
        prev = out[-1] if out else None
        if lone and prev is not None and c["upright"] and prev["upright"] and abs(prev["top"] - c["top"]) < 1.0:
            x0 = prev["x1"]
            nxt = chars[k + 1][1] if k + 1 < len(chars) else None
            if nxt is not None and abs(nxt["top"] - c["top"]) < 1.0 and abs(nxt["x0"] - x0) < _SAME_POINT:
                x0 = nxt["x0"]
            c = {**c, "x0": x0, "x1": x0 + (c["x1"] - c["x0"])}
        out.append(c)
    return out


def _soft_hyphens(chars: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """PDFium reports the soft hyphens of the content, which pdfminer does not: one inside a line is left
    out; one that ends a line is the hyphen printed there."""
    out: list[dict[str, Any]] = []
    for i, c in enumerate(chars):
        if c["text"] == "\xad":
            nxt = chars[i + 1] if i + 1 < len(chars) else None
            if nxt is not None and abs(nxt["top"] - c["top"]) < 0.5 * c["size"] and nxt["x0"] > c["x0"]:
                continue
            c = {**c, "text": "-"}
        out.append(c)
    return out


def _loose_advance(info: _TextObject, loose: Any) -> float:
    """The advance in text space, read off PDFium's loose box along the baseline (in user space)."""
    scale = math.hypot(info.user[0], info.user[1]) or 1.0
    width, height = loose.right - loose.left, loose.top - loose.bottom
    ua, ub = abs(info.user[0]), abs(info.user[1])
    if ub <= 1e-6 * ua:
        return float(width / scale)
    if ua <= 1e-6 * ub:
        return float(height / scale)
    return float((width * ua + height * ub) / (scale * scale))  # slanted text: projected on the baseline


def _place(text: str, info: _TextObject, ox: float, oy: float, advance: float, geometry: _Geometry) -> dict[str, Any]:
    """The character's box as pdfminer computes it: [0, advance] x [descent, descent + size] in text space,
    turned by the character's matrix, at its origin."""
    a, b, c, d, _, _ = info.matrix
    ga, gb, gc, gd, ge, gf = geometry.ctm  # geometry.point and geometry.box inlined: this runs per character
    e, f = ga * ox + gc * oy + ge, gb * ox + gd * oy + gf
    lo, hi = info.descent, info.descent + info.size
    if b == 0 and c == 0:  # upright, unturned: the same numbers as the general case, with fewer steps
        xa, xb = e, a * advance + e
        ya, yb = d * lo + f, d * hi + f
        left, right = (xa, xb) if xa <= xb else (xb, xa)
        low, high = (ya, yb) if ya <= yb else (yb, ya)
    else:
        xs, ys = [], []
        for u, v in ((0.0, lo), (advance, lo), (0.0, hi), (advance, hi)):
            xs.append(a * u + c * v + e)
            ys.append(b * u + d * v + f)
        left, right, low, high = min(xs), max(xs), min(ys), max(ys)
    dx = geometry.mb_x0 if geometry.mb_x0 != 0 else 0
    height, mb_top = geometry.height, geometry.mb_top
    x0, top, x1, bottom = left + dx, (height - high) + mb_top, right + dx, (height - low) + mb_top
    return {
        "text": text,
        "fontname": info.fontname,
        "size": high - low,
        "x0": x0,
        "x1": x1,
        "top": top,
        "bottom": bottom,
        "doctop": top,
        "upright": info.upright,
        "matrix": (a, b, c, d, e, f),
    }
