"""What a publication says about itself: registry ids, title, DOI, journal and year."""

from __future__ import annotations

import re
from collections import Counter

from extractors.layout import frame_lines
from schemas.document import Document
from schemas.extraction import Metadata

_NCT = re.compile(r"\bNCT\s?(\d{8})\b")
_DOI = re.compile(r"\b(10\.\d{4,9}/[^\s\"<>]+[^\s\"<>.,;)\]])", re.IGNORECASE)
_JOURNALS = [
    "New England Journal of Medicine",
    "N Engl J Med",
    "The Lancet",
    "Lancet",
    "Nature Communications",
    "Nature Medicine",
    "European Heart Journal",
    "Europace",
    "Circulation",
    "JAMA",
    "BMJ",
    "BMC Medicine",
    "Journal of Clinical Oncology",
    "Clinical Cancer Research",
    "Annals of Oncology",
    "Blood",
    "Clinical and Translational Science",
    "British Journal of Clinical Pharmacology",
    "Br J Clin Pharmacol",
    "Journal of Clinical Pharmacology",
    "Clinical Pharmacology & Therapeutics",
    "Clinical Cardiology",
    "Journal of Clinical Hypertension",
    "BMC Anesthesiology",
    "Malaria Journal",
    "Cancer Chemotherapy and Pharmacology",
    "British Journal of Cancer",
    "Frontiers in Oncology",
    "Neuro-Oncology",
    "Breast Cancer Research and Treatment",
    "Journal for ImmunoTherapy of Cancer",
]


def page_texts(document: Document) -> dict[int, str]:
    texts: dict[int, list[str]] = {}
    for frame in document.frames:
        texts.setdefault(frame.page, []).extend(line.text for line in frame_lines(frame))
    return {page: "\n".join(lines) for page, lines in texts.items()}


def extract_metadata(document: Document, texts: dict[int, str] | None = None) -> Metadata:
    texts = texts or page_texts(document)
    full = "\n".join(texts[p] for p in sorted(texts))
    ncts = [f"NCT{m.group(1)}" for m in _NCT.finditer(full)]
    counts = Counter(ncts)
    first_seen = {n: i for i, n in reversed(list(enumerate(ncts)))}
    ordered = sorted(counts, key=lambda n: (-counts[n], first_seen[n]))
    doi_match = _DOI.search(full)
    journal = next((j for j in _JOURNALS if re.search(rf"\b{re.escape(j)}\b", full[:20000])), None)
    years = [int(y) for y in re.findall(r"\b(19[89]\d|20[0-4]\d)\b", texts.get(1, "") + texts.get(2, ""))]
    return Metadata(
        nct_ids=ordered,
        title=_title(document) or document.info_title,
        doi=doi_match.group(1).rstrip(".") if doi_match else None,
        journal=journal,
        year=Counter(years).most_common(1)[0][0] if years else None,
    )


def _title(document: Document) -> str | None:
    """The largest type on the first pages that reads like a title (several words, not a journal name)."""
    for frame in document.frames[:2]:
        lines = [ln for ln in frame_lines(frame) if len(ln.text) > 20 and ln.top < frame.height * 0.6]
        if not lines:
            continue
        biggest = max(ln.size for ln in lines)
        title_lines = [ln for ln in lines if abs(ln.size - biggest) < 0.3]
        if biggest < document.body_size + 1:
            continue
        text = ""
        for ln in sorted(title_lines, key=lambda ln: ln.top)[:4]:
            # titles are set ragged, not hyphenated: a line ending in "-" ends a compound ("triple-negative")
            text += ln.text if not text or text.endswith("-") else " " + ln.text
        if len(text.split()) >= 4:
            return re.sub(r"\s+", " ", text).strip()
    return None
