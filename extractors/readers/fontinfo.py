"""Font descents as pdfminer reads them, for the pdfium reader.

pdfminer places a character's box from the font descriptor's ``Descent`` (0 when the descriptor says 0);
PDFium falls back to the font's bounding box when a descriptor gives no ascent or descent, as the symbol
fonts of many publishers' PDFs do. Reading the descriptors (not the page content) keeps the two readers'
boxes, and so their words and lines, the same.
"""

from __future__ import annotations

import io
import logging
import re
from typing import Any

from pdfminer.fontmetrics import FONT_METRICS
from pdfminer.pdfdocument import PDFDocument
from pdfminer.pdfpage import PDFPage
from pdfminer.pdfparser import PDFParser
from pdfminer.pdftypes import resolve1

log = logging.getLogger(__name__)
_SUBSET = re.compile(r"^[A-Z]{6}\+")
_DEPTH = 4  # forms inside forms inside the page: how deep resources are searched


def font_descents(data: bytes, max_pages: int = 2000) -> dict[str, float]:
    """Font name, both as printed ("ABCDEF+Name") and without its subset tag, -> descriptor ``Descent`` in
    thousandths of an em, as pdfminer reads it; a name whose fonts disagree is left out. Empty when the file
    cannot be parsed."""
    try:
        doc = PDFDocument(PDFParser(io.BytesIO(data)))
    except Exception as exc:  # a file pdfminer cannot parse: PDFium's own values stand
        log.debug("font descriptors not read: %s", exc)
        return {}
    return document_descents(doc, max_pages)


def document_descents(doc: PDFDocument, max_pages: int = 2000) -> dict[str, float]:
    """:func:`font_descents` of a document pdfminer has parsed (the pdfium reader parses it once for these and
    for its glyph decoder)."""
    found: dict[str, set[float]] = {}
    try:
        for n, page in enumerate(PDFPage.create_pages(doc)):
            if n >= max_pages:
                break
            _resources(page.resources, found, _DEPTH, set())
    except Exception as exc:  # a file pdfminer cannot parse: PDFium's own values stand
        log.debug("font descriptors not read: %s", exc)
        return {}
    return {name: values.pop() for name, values in found.items() if len(values) == 1}


def descent_of(fontname: str, descents: dict[str, float]) -> float | None:
    """The descriptor descent for a font as a reader names it: by its full name, subset tag included (two
    subsets of one font may carry different descriptors), else by its base name when all its subsets agree."""
    known = descents.get(fontname)
    return known if known is not None else descents.get(unsubset(fontname))


def _resources(resources: Any, found: dict[str, set[float]], depth: int, seen: set[int]) -> None:
    resources = resolve1(resources)
    if not isinstance(resources, dict) or id(resources) in seen:
        return
    seen.add(id(resources))
    fonts = resolve1(resources.get("Font"))
    if isinstance(fonts, dict):
        for spec in fonts.values():
            _font(resolve1(spec), found)
    if depth <= 0:
        return
    xobjects = resolve1(resources.get("XObject"))
    if isinstance(xobjects, dict):
        for xobj in xobjects.values():
            stream = resolve1(xobj)
            attrs = getattr(stream, "attrs", None)
            if isinstance(attrs, dict) and "Resources" in attrs:
                _resources(attrs["Resources"], found, depth - 1, seen)


def _font(spec: Any, found: dict[str, set[float]]) -> None:
    if not isinstance(spec, dict) or _name(spec.get("Subtype")) == "Type3":
        return
    descriptor = resolve1(spec.get("FontDescriptor"))
    if descriptor is None and _name(spec.get("Subtype")) == "Type0":
        descendants = resolve1(spec.get("DescendantFonts"))
        if isinstance(descendants, list) and descendants:
            descriptor = resolve1(resolve1(descendants[0]).get("FontDescriptor"))
    if not isinstance(descriptor, dict):
        # a standard font without a descriptor: pdfminer takes the descent from its own AFM metrics (Times-Roman
        # -217), PDFium from the substitute font it draws with; the boxes follow pdfminer's
        name = unsubset(_name(spec.get("BaseFont")))
        metrics = FONT_METRICS.get(name)
        if metrics is not None and "Descent" in metrics[0]:
            found.setdefault(name, set()).add(float(str(metrics[0]["Descent"])))
        return
    try:
        descent = float(resolve1(descriptor.get("Descent", 0)))
    except (TypeError, ValueError):
        return
    full = _name(spec.get("BaseFont"))
    value = -descent if descent > 0 else descent
    for name in {full, unsubset(full)}:
        if name:
            found.setdefault(name, set()).add(value)


def unsubset(fontname: str) -> str:
    """A font name without its subset tag ("ABCDEF+Name" -> "Name")."""
    return _SUBSET.sub("", fontname)


def _name(value: Any) -> str:
    value = resolve1(value)
    name = getattr(value, "name", value)
    if isinstance(name, bytes):
        return name.decode("latin-1")
    return name if isinstance(name, str) else ""
