"""What a publication says about itself: registry ids, title, DOI, journal and year."""

from __future__ import annotations

import re
from collections import Counter

from extractors.layout import Line, frame_lines
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
    margins = _margin_text(document)
    doi_match = _margin_doi(document) or _DOI.search(margins) or _DOI.search(_before_references(full))
    journal = next((j for j in _JOURNALS if re.search(rf"\b{re.escape(j)}\b", margins)), None) or next(
        (j for j in _JOURNALS if " " in j and re.search(rf"\b{re.escape(j)}\b", full[:20000])), None
    )
    title = _title(document) or document.info_title
    return Metadata(
        nct_ids=ordered,
        title=title,
        doi=_clean_doi(doi_match.group(1)) if doi_match else None,
        journal=journal,
        year=_year(margins, texts.get(1, "") + "\n" + texts.get(2, "")),
        acronym=_acronym(title or "", texts.get(1, "")),
    )


_MARGIN = 0.12  # share of the page height at the top and the bottom that holds running heads and feet


def _margin_text(document: Document) -> str:
    """The header and footer lines of every page (journal, year, DOI, copyright), first page first."""
    lines: list[str] = []
    for frame in document.frames:
        for line in frame_lines(frame):
            if line.top < frame.height * _MARGIN or line.top > frame.height * (1 - _MARGIN):
                lines.append(line.text)
    return "\n".join(lines)


def _clean_doi(doi: str) -> str:
    """A DOI without a trailing full stop or a capitalised word glued to its last digit by the text layer
    ("10.1002/jcph.214Pharmacology": the journal name set beside it)."""
    return re.sub(r"(?<=\d)[A-Z][a-z]{3,}$", "", doi.rstrip("."))


def _margin_doi(document: Document) -> re.Match[str] | None:
    """A DOI printed as one word in a running head or foot (words, not joined lines: a DOI set beside a
    journal name in another font must not run into it)."""
    for frame in document.frames:
        for w in frame.words:
            if w.top < frame.height * _MARGIN or w.top > frame.height * (1 - _MARGIN):
                m = _DOI.search(w.text)
                if m:
                    return m
    return None


def _before_references(text: str) -> str:
    """The text before the reference list (a DOI there is another paper's)."""
    m = re.search(r"\n\s*(?:references|bibliography)\s*\n", text, re.IGNORECASE)
    return text[: m.start()] if m else text


_NOT_PUBLICATION = re.compile(
    r"cut.?off|as of|between|enrol|recruit|randomi[sz]|from\s+\w+\s+\d{4}\s+(?:to|through|until)|data\s+of|"
    r"follow.up|registered|accrual",
    re.IGNORECASE,
)


def _year(margins: str, first_pages: str) -> int | None:
    """The publication year: the most frequent year of the running heads and feet (journal line, copyright,
    "Published"), else of the first pages' lines that are not about study dates (data cut-off, enrolment)."""
    pattern = r"\b(19[89]\d|20[0-4]\d)\b"
    years = [int(y) for y in re.findall(pattern, margins)]
    if not years:
        years = [
            int(y)
            for line in first_pages.splitlines()
            if not _NOT_PUBLICATION.search(line)
            for y in re.findall(pattern, line)
        ]
    return Counter(years).most_common(1)[0][0] if years else None


def _acronym(title: str, first_page: str) -> str | None:
    """The trial acronym: a capitalised name in brackets in the title ("(PATHWAY-2)", "(EAST-AFNET 4)"),
    else one the first page calls "the X trial" or "X study"."""
    for m in re.finditer(r"\(([A-Z][A-Z0-9]+(?:[-–][A-Z0-9]+)*(?:\s\d+)?)\)", title):
        if _acronym_like(m.group(1)):
            return m.group(1)
    for m in re.finditer(r"\b([A-Z][A-Z0-9]{2,}(?:[-–][A-Z0-9]+)*(?:\s\d+)?)\s(?:trial|study)\b", first_page):
        if _acronym_like(m.group(1)):
            return m.group(1)
    return None


def _acronym_like(name: str) -> bool:
    """A trial name ("PATHWAY-2", "EAST-AFNET 4", "SPLASH"), not a phase ("III") or a compound code
    ("AG-013736", "CNTO 328": more digits than a trial number has)."""
    letters = sum(c.isalpha() for c in name)
    digits = sum(c.isdigit() for c in name)
    return letters >= 3 and digits <= 2 and not re.fullmatch(r"[IVX]+", name)


def _title(document: Document) -> str | None:
    """The largest type on the first pages that reads like a title: the first run of consecutive lines at
    that size (a last short line such as "volunteers" included), not a byline of names."""
    for frame in document.frames[:2]:
        all_lines = [ln for ln in frame_lines(frame) if ln.top < frame.height * 0.6]
        lines = [ln for ln in all_lines if len(ln.text) > 20 and not _byline(ln.text)]
        if not lines:
            continue
        biggest = max(ln.size for ln in lines)
        if biggest < document.body_size + 1:
            continue
        same = sorted(
            (ln for ln in all_lines if abs(ln.size - biggest) < 0.3 and not _byline(ln.text)), key=lambda ln: ln.top
        )
        runs: list[list[Line]] = []
        for ln in same:
            if runs and ln.top - runs[-1][-1].top <= _TITLE_LEADING * biggest:
                runs[-1].append(ln)
            else:
                runs.append([ln])
        for run in runs:
            text = ""
            for ln in run:
                # titles are set ragged, not hyphenated: a line ending in "-" ends a compound ("triple-negative")
                text += ln.text if not text or text.endswith("-") else " " + ln.text
            if len(text.split()) >= 4:
                return re.sub(r"\s+", " ", text).strip()
    return None


_TITLE_LEADING = 1.8  # a title's lines follow each other within this many times its type size


def _byline(text: str) -> bool:
    """A list of author names ("Kirchhof, Paulus; Camm, A.J.; ...") or an affiliation line."""
    return text.count(";") >= 2 or bool(re.search(r"\b(?:University|Department|Hospital|Institute)\b", text))
