"""Check fixtures against their PDFs: golden format, and every raw string findable on its page.

Uses pdfplumber's plain text (not trialex): a cell's raw text (spaces ignored) must occur on one of
its table's pages, a prose statement's raw text on its page (line-end hyphenation undone).  A raw
text broken across columns or wrapped inside a cell passes when all its numbers are on the page.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pdfplumber

from .golden import problems


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _page_texts(pdf: Path) -> list[tuple[str, str]]:
    """Per page: text without spaces, and the same with line-end hyphenation undone.

    The page is read whole and also column by column (halves and thirds), so that prose lines of
    neighbouring columns do not interleave.
    """
    out = []
    with pdfplumber.open(pdf) as doc:
        for page in doc.pages:
            w, h = page.width, page.height
            boxes = [(0, 0, w, h)] + [(w * i / n, 0, w * (i + 1) / n, h) for n in (2, 3) for i in range(n)]
            texts = [page.crop(box).extract_text() or "" for box in boxes]
            if any(not c["upright"] for c in page.chars):  # a sideways table: read its lines bottom-up
                turned = page.filter(lambda o: o.get("object_type") != "char" or not o.get("upright"))
                texts.append(turned.extract_text(line_dir_rotated="ltr", char_dir_rotated="btt") or "")
            text = "\n\u0000\n".join(texts)
            out.append((_squash(text), _squash(re.sub(r"(?<=[a-z])[-\u2010]\n(?=[a-z])", "", text))))
    return out


def _numbers(text: str) -> list[str]:
    return re.findall(r"\d+(?:[.·,]\d+)*", text)


def verify(pdf: Path, golden_path: Path) -> list[str]:
    golden: dict[str, Any] = json.loads(golden_path.read_text(encoding="utf-8"))
    issues = problems(golden)
    pages = _page_texts(pdf)
    for table in golden["tables"]:
        for cell in table["cells"]:
            raw = _squash(cell["raw"])
            texts = [pages[p - 1][0] for p in table["pages"]]
            found = any(raw in t for t in texts) or any(all(n in t for n in _numbers(cell["raw"])) for t in texts)
            if not found:
                issues.append(f"{table['table']}: {cell['raw']!r} not found on pages {table['pages']}")
    for entry in golden["text"]:
        raw = _squash(entry["raw"])
        plain, joined = pages[entry["page"] - 1]
        if raw not in plain and raw not in joined and not all(n in plain for n in _numbers(entry["raw"])):
            issues.append(f"text {entry['raw']!r} not found on page {entry['page']}")
    return issues
