"""PDF bytes in, a :class:`schemas.document.Document` out. The only module that opens pdfplumber.

It refuses what it cannot read with a named :mod:`trialex.errors` error (empty, not a PDF, truncated,
encrypted, scanned, too large), translating pdfminer's exceptions at this one boundary. Rotated text (a
landscape table printed sideways on a portrait page) is turned upright into a frame of its own, each word
keeping its box on the printed page for provenance.
"""

from __future__ import annotations

import hashlib
import io
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pdfplumber
from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
from pdfminer.pdfparser import PDFSyntaxError
from pdfminer.psparser import PSEOF, PSException
from pdfplumber.utils.exceptions import PdfminerException
from pdfplumber.utils.text import extract_words

from extractors.glyphs import fix_char
from schemas.document import BBox, Document, Fill, Frame, Rule, Word
from trialex.errors import (
    EmptyFileError,
    EncryptedPDFError,
    MemoryLimitError,
    NotAPDFError,
    NoTextLayerError,
    TooLargeError,
    TruncatedPDFError,
)

# Words: characters closer than 0.11 em belong to one word. Smaller than pdfplumber's default (3 pt), because
# many publisher PDFs print word spaces as 1.5-2.5 pt gaps with no space character ("Table1Baseline...").
WORD_OPTIONS: dict[str, Any] = {"x_tolerance_ratio": 0.11, "y_tolerance": 2.5, "keep_blank_chars": False}
_BOLD = re.compile(r"bold|black|heavy|demi|semibold|[-,.+]bd?$|[-,.]b\b|\bbd\b", re.IGNORECASE)
_ROTATED_SHARE = 0.3  # a page whose non-upright characters exceed this share gets a rotated frame
# zlib reports an allocation refused under a memory limit in these words (pdfminer passes them on)
_ALLOCATION_FAILED = re.compile(r"unable to allocate|out of memory|cannot allocate", re.IGNORECASE)


def load_document(
    source: str | Path | bytes,
    *,
    file_name: str | None = None,
    max_bytes: int | None = None,
    max_pages: int | None = None,
) -> Document:
    """Read a PDF from a path or bytes into the document model, or raise an :class:`InputError`."""
    data = Path(source).read_bytes() if isinstance(source, str | Path) else source
    name = file_name or (Path(source).name if isinstance(source, str | Path) else "upload.pdf")
    check_bytes(data, max_bytes=max_bytes)
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            page_count = len(pdf.pages)
            if max_pages is not None and page_count > max_pages:
                raise TooLargeError(f"{name} has {page_count} pages; the limit is {max_pages}")
            frames: list[Frame] = []
            empty: list[int] = []
            for page in pdf.pages:
                page_frames = page_to_frames(page)
                if not any(f.words for f in page_frames):
                    empty.append(page.page_number)
                frames.extend(page_frames)
                page.flush_cache()
            title = _info_title(pdf.metadata)
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
    if page_count == 0:
        raise TruncatedPDFError(f"{name} has no pages")
    if len(empty) == page_count:
        raise NoTextLayerError(
            f"{name} has no text layer on any of its {page_count} pages (a scan?); trialex does not do OCR"
        )
    return Document(
        sha256=hashlib.sha256(data).hexdigest(),
        file_name=name,
        size_bytes=len(data),
        page_count=page_count,
        frames=frames,
        info_title=title,
        pages_without_text=empty,
    )


def check_bytes(data: bytes, *, max_bytes: int | None = None) -> None:
    """Refuse what is plainly not a readable PDF before pdfminer sees it."""
    if not data:
        raise EmptyFileError("the file is empty (0 bytes)")
    if max_bytes is not None and len(data) > max_bytes:
        raise TooLargeError(f"the file is {len(data) / 1e6:.1f} MB; the limit is {max_bytes / 1e6:.1f} MB")
    if b"%PDF-" not in data[:1024]:
        raise NotAPDFError("the file is not a PDF: it does not start with a %PDF- header")
    if b"%%EOF" not in data[-4096:]:
        raise TruncatedPDFError("the PDF is truncated: it has no %%EOF marker at its end")


def page_to_frames(page: Any) -> list[Frame]:
    """One upright frame per page, plus a rotated frame when much of the page's text is printed sideways."""
    chars = [_fixed(c) for c in page.chars]
    upright = [c for c in chars if c.get("upright", True)]
    rotated = [c for c in chars if not c.get("upright", True)]
    rules, fills = _rules_and_fills(page)
    frame = Frame(
        page=page.page_number,
        width=float(page.width),
        height=float(page.height),
        rotation=0,
        words=_words(upright, None, float(page.width), float(page.height)),
        rules=rules,
        fills=fills,
    )
    frames = [frame]
    if rotated and len(rotated) > _ROTATED_SHARE * len(chars):
        for rotation, group in _by_rotation(rotated).items():
            w, h = float(page.width), float(page.height)
            frames.append(
                Frame(
                    page=page.page_number,
                    width=h,
                    height=w,
                    rotation=rotation,
                    words=_words(group, rotation, w, h),
                    rules=[_rotate_rule(r, rotation, w, h) for r in _page_vertical_rules(page)],
                )
            )
    return frames


def _fixed(char: dict[str, Any]) -> dict[str, Any]:
    text = fix_char(char.get("fontname", ""), char["text"])
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
    raw = extract_words(chars, extra_attrs=["size", "fontname"], return_chars=rotation is not None, **WORD_OPTIONS)
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
                top=float(item["top"]),
                x1=float(item["x1"]),
                bottom=float(item["bottom"]),
                size=round(float(item["size"]), 2),
                bold=bool(_BOLD.search(_base_font(item["fontname"]))),
                page_bbox=tuple(round(float(v), 2) for v in bbox),  # type: ignore[arg-type]
            )
        )
    return words


def _base_font(fontname: str) -> str:
    return fontname.split("+", 1)[-1]


def _rules_and_fills(page: Any) -> tuple[list[Rule], list[Fill]]:
    rules: list[Rule] = []
    fills: list[Fill] = []
    for line in page.lines:
        if abs(line["top"] - line["bottom"]) < 1.0 and line["x1"] - line["x0"] > 8:
            rules.append(Rule(float(line["x0"]), float(line["x1"]), float((line["top"] + line["bottom"]) / 2)))
    for rect in page.rects:
        width, height = rect["x1"] - rect["x0"], rect["bottom"] - rect["top"]
        if width < 8:
            continue
        if height <= 1.6:
            rules.append(Rule(float(rect["x0"]), float(rect["x1"]), float((rect["top"] + rect["bottom"]) / 2)))
            continue
        if rect.get("fill") and not _is_white(rect.get("non_stroking_color")):
            fills.append(Fill(float(rect["x0"]), float(rect["top"]), float(rect["x1"]), float(rect["bottom"])))
        if rect.get("stroke"):
            rules.append(Rule(float(rect["x0"]), float(rect["x1"]), float(rect["top"])))
            rules.append(Rule(float(rect["x0"]), float(rect["x1"]), float(rect["bottom"])))
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


def _page_vertical_rules(page: Any) -> list[tuple[float, float, float]]:
    """Vertical lines and thin bars as (x, top, bottom): the rules of a table printed sideways."""
    out = []
    for obj in [*page.lines, *page.rects]:
        width, height = obj["x1"] - obj["x0"], obj["bottom"] - obj["top"]
        if width <= 1.6 and height > 8:
            out.append((float((obj["x0"] + obj["x1"]) / 2), float(obj["top"]), float(obj["bottom"])))
    return out


def _rotate_rule(rule: tuple[float, float, float], rotation: int, w: float, h: float) -> Rule:
    x, top, bottom = rule
    if rotation == 90:
        return Rule(h - bottom, h - top, x)
    return Rule(top, bottom, w - x)


def _is_white(color: Any) -> bool:
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


def _info_title(metadata: dict[str, Any]) -> str | None:
    title = metadata.get("Title") if metadata else None
    if isinstance(title, bytes):
        title = title.decode("utf-8", "ignore")
    return title.strip() or None if isinstance(title, str) else None
