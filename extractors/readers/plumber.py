"""The pdfplumber reader, lean: pdfminer's interpreter drives a device that keeps only what extraction reads.

pdfplumber opens the file and gives each page's geometry; the page's content is then interpreted with
:class:`LeanDevice`, which keeps each character's text, font, size, box and matrix, and each straight line
and rectangle, exactly as pdfplumber would report them, but builds no layout tree, no per-object dicts,
no images, and no curve objects (a figure of thousands of curves costs only their parsing). pdfminer's
exceptions are translated into :mod:`trialex.errors` here.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable, Sequence
from typing import Any

import pdfplumber
from pdfminer.converter import PDFLayoutAnalyzer
from pdfminer.layout import LTChar
from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
from pdfminer.pdffont import PDFFont, PDFUnicodeNotDefined
from pdfminer.pdfinterp import PDFGraphicState, PDFPageInterpreter, PDFResourceManager
from pdfminer.pdfpage import PDFPage
from pdfminer.pdfparser import PDFSyntaxError
from pdfminer.pdftypes import PDFStream
from pdfminer.psparser import PSEOF, PSException
from pdfminer.utils import Matrix, PathSegment, Point, Rect, apply_matrix_pt
from pdfplumber.utils.exceptions import PdfminerException

from extractors.glyph_fonts import fonts_of_document
from extractors.glyphs import decoder_from
from extractors.readers.pages import RawPage, RawRect, is_white
from extractors.readers.paths import LINE_OR_RECT, classify_subpath
from trialex.errors import EncryptedPDFError, MemoryLimitError, TooLargeError, TruncatedPDFError

# zlib reports an allocation refused under a memory limit in these words (pdfminer passes them on)
_ALLOCATION_FAILED = re.compile(r"unable to allocate|out of memory|cannot allocate", re.IGNORECASE)


class LeanDevice(PDFLayoutAnalyzer):
    """A pdfminer device that records characters, lines and rectangles in page coordinates (origin at the
    bottom left, as pdfminer gives them) and nothing else."""

    def __init__(self, rsrcmgr: PDFResourceManager) -> None:
        super().__init__(rsrcmgr, pageno=1, laparams=None)
        self.chars: list[LTChar] = []
        self.lines: list[Rect] = []
        self.rects: list[tuple[Rect, bool, bool, Any]] = []  # box, fill, stroke, fill colour
        self.images: list[Rect] = []  # raster images: the unit square under the current matrix

    def begin_figure(self, name: str, bbox: Rect, matrix: Matrix) -> None:
        pass

    def end_figure(self, _: str) -> None:
        pass

    def render_image(self, name: str, stream: PDFStream) -> None:
        xs, ys = zip(*(apply_matrix_pt(self.ctm, pt) for pt in ((0, 0), (1, 0), (0, 1), (1, 1))), strict=True)
        self.images.append((min(xs), min(ys), max(xs), max(ys)))

    def end_page(self, page: PDFPage) -> None:
        pass

    def render_char(
        self,
        matrix: Matrix,
        font: PDFFont,
        fontsize: float,
        scaling: float,
        rise: float,
        cid: int,
        ncs: Any,
        graphicstate: PDFGraphicState,
    ) -> float:
        try:
            text = font.to_unichr(cid)
            assert isinstance(text, str), str(type(text))
        except PDFUnicodeNotDefined:
            text = self.handle_undefined_char(font, cid)
        item = LTChar(
            matrix, font, fontsize, scaling, rise, text, font.char_width(cid), font.char_disp(cid), ncs, graphicstate
        )
        self.chars.append(item)
        return item.adv

    def paint_path(
        self,
        gstate: PDFGraphicState,
        stroke: bool,
        fill: bool,
        evenodd: bool,
        path: Sequence[PathSegment],
    ) -> None:
        """pdfminer's classification of a path into lines, rectangles and curves, keeping the first two."""
        shape = "".join(x[0] for x in path)
        if shape[:1] != "m":
            return
        if shape.count("m") > 1:
            for m in re.finditer(r"m[^m]+", shape):
                self.paint_path(gstate, stroke, fill, evenodd, path[m.start(0) : m.end(0)])
            return
        if shape not in LINE_OR_RECT:
            return  # a curve: never read, so its points are not even transformed
        raw_pts = [p[-2:] if p[0] != "h" else path[0][-2:] for p in path]
        pts: list[Point] = [apply_matrix_pt(self.ctm, pt) for pt in raw_pts]  # type: ignore[arg-type]
        found = classify_subpath(shape, pts)
        if found is None:
            return
        kind, box = found
        if kind == "line":
            self.lines.append(box)
        else:
            self.rects.append((box, fill, stroke, gstate.ncolor))

    def take_page(self, number: int, width: float, height: float, mb_x0: float, mb_top: float) -> RawPage:
        """What the device recorded, as a page in pdfplumber's top-left coordinates; the device is emptied."""
        page = RawPage(number=number, width=width, height=height)
        dx = mb_x0 if mb_x0 != 0 else 0
        for c in self.chars:
            fontname = c.fontname
            if isinstance(fontname, bytes):  # rare byte-encoded font names
                fontname = fontname.decode("utf-8", "replace")
            top = (height - c.y1) + mb_top
            page.chars.append(
                {
                    "text": c._text,
                    "fontname": fontname,
                    "size": c.size,
                    "x0": c.x0 + dx,
                    "x1": c.x1 + dx,
                    "top": top,
                    "bottom": (height - c.y0) + mb_top,
                    "doctop": top,
                    "upright": c.upright,
                    "matrix": c.matrix,
                }
            )
        for x0, y0, x1, y1 in self.lines:
            page.lines.append((x0 + dx, (height - y1) + mb_top, x1 + dx, (height - y0) + mb_top))
        for (x0, y0, x1, y1), filled, stroked, color in self.rects:
            page.rects.append(
                RawRect(
                    x0 + dx,
                    (height - y1) + mb_top,
                    x1 + dx,
                    (height - y0) + mb_top,
                    bool(filled),
                    bool(stroked),
                    is_white(color),
                )
            )
        for x0, y0, x1, y1 in self.images:
            page.images.append((x0 + dx, (height - y1) + mb_top, x1 + dx, (height - y0) + mb_top))
        self.chars, self.lines, self.rects, self.images = [], [], [], []
        return page


def read(data: bytes, name: str, max_pages: int | None, on_page: Callable[[RawPage], None]) -> tuple[int, str | None]:
    """Read every page into ``on_page``; the page count and the title the file's info dictionary gives."""
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            page_count = len(pdf.pages)
            if max_pages is not None and page_count > max_pages:
                raise TooLargeError(f"{name} has {page_count} pages; the limit is {max_pages}")
            device = LeanDevice(pdf.rsrcmgr)
            interpreter = PDFPageInterpreter(pdf.rsrcmgr, device)
            glyphs = decoder_from(fonts_of_document(pdf.doc, pdf.rsrcmgr))
            for page in pdf.pages:
                try:
                    interpreter.process_page(page.page_obj)
                except Exception as exc:
                    raise PdfminerException(exc) from exc
                mb_x0, mb_top = page.mediabox[:2]
                raw_page = device.take_page(page.page_number, float(page.width), float(page.height), mb_x0, mb_top)
                raw_page.glyphs = glyphs
                on_page(raw_page)
            return page_count, _info_title(pdf.metadata)
    except MemoryError as exc:
        raise MemoryLimitError(f"{name} needs more memory than allowed to read (a decompression bomb?)") from exc
    except (PDFPasswordIncorrect, PDFEncryptionError) as exc:
        raise EncryptedPDFError(f"{name} is encrypted; trialex cannot read it without the password") from exc
    except PdfminerException as exc:
        cause = exc.args[0] if exc.args else exc
        if isinstance(cause, MemoryError) or _ALLOCATION_FAILED.search(str(cause)):
            raise MemoryLimitError(f"{name} needs more memory than allowed to read (a decompression bomb?)") from exc
        if isinstance(cause, PDFPasswordIncorrect | PDFEncryptionError):
            raise EncryptedPDFError(f"{name} is encrypted; trialex cannot read it without the password") from exc
        raise TruncatedPDFError(f"{name} is damaged: pdfminer could not parse it ({cause})") from exc
    except (PDFSyntaxError, PSEOF, PSException, ValueError, KeyError, TypeError, AssertionError) as exc:
        if _ALLOCATION_FAILED.search(str(exc)):
            raise MemoryLimitError(f"{name} needs more memory than allowed to read (a decompression bomb?)") from exc
        raise TruncatedPDFError(f"{name} is damaged: pdfminer could not parse it ({exc})") from exc


def _info_title(metadata: dict[str, Any]) -> str | None:
    title = metadata.get("Title") if metadata else None
    if isinstance(title, bytes):
        title = title.decode("utf-8", "ignore")
    return title.strip() or None if isinstance(title, str) else None
