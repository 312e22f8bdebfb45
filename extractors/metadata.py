"""What a publication says about itself: registry ids, title, DOI, journal and year."""

from __future__ import annotations

import re
from collections import Counter

from extractors.layout import Line, frame_lines, words_to_lines
from schemas.document import Document, Word
from schemas.extraction import Metadata

_NCT = re.compile(r"\bNCT\s?(\d{8})\b")
_DOI = re.compile(r"\b(10\.\d{4,9}/[^\s\"<>]+[^\s\"<>.,;)\]])", re.IGNORECASE)
# A journal's citation line in a running head or foot: its name, then year, volume, issue or pages in one of
# the ways journals print them ("n engl j med 358;24", "Br J Clin Pharmacol / 75:2 / 450",
# "Malar J (2016) 15:244", "Clin Transl Sci. 2024;17:e70000", "THERAPEUTICS | VOLUME 81 NUMBER 6",
# "The Journal of Clinical Hypertension Vol 15 | No 3"). The name is capitalised words, abbreviations or "&".
_NAME = r"(?P<name>(?:[A-Za-z][A-Za-z'’-]*\.?|&)(?:\s+(?:[A-Za-z][A-Za-z'’-]*\.?|&)){0,7})"
_CITATION = re.compile(
    _NAME + r"\s*(?:"
    r"\(?(?:19|20)\d\d\)?\s*[;,]?\s*\d+\s*[:;(]"  # (2016) 15:244 / 2024;17:e7
    r"|\s\d+\s*;\s*\d+"  # 358;24
    r"|/\s*\d+\s*:\s*\d+"  # / 75:2
    r"|\|?\s*vol(?:ume)?\.?\s*\d+"  # | VOLUME 81, Vol 15
    r")",
    re.IGNORECASE,
)
_SMALL_WORDS = {"of", "and", "the", "in", "for", "&", "on"}


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
    journal = _journal(margins)
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


def _journal(margins: str) -> str | None:
    """The journal's name as its citation lines print it, the most frequent one of the running heads and feet
    (an "Author et al." or a page number before it is not part of it); capitals or small capitals are set in
    title case ("n engl j med" -> "N Engl J Med")."""
    names: Counter[str] = Counter()
    for line in margins.splitlines():
        for m in _CITATION.finditer(line):
            name = re.sub(r"^.*\bet\s+al\.?\s*", "", m.group("name")).strip(" .")
            words = name.split()
            while words and (words[0].lower() in _SMALL_WORDS - {"the"} or not re.search(r"[A-Za-z]{1}", words[0])):
                words.pop(0)
            if not words or (not any(len(w.strip(".")) >= 3 for w in words) and len(words) < 2):
                continue
            names[_title_case(" ".join(words))] += 1
    return names.most_common(1)[0][0] if names else None


def _title_case(name: str) -> str:
    if name != name.lower() and name != name.upper():
        return name
    words = name.lower().split()
    return " ".join(w if i and w in _SMALL_WORDS else w[:1].upper() + w[1:] for i, w in enumerate(words))


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
    """The publication year: the most frequent year of the journal's citation lines, else of the running heads
    and feet (copyright, "Published"), else of the first pages' lines that are not about study dates (data
    cut-off, enrolment)."""
    pattern = r"\b(19[89]\d|20[0-4]\d)\b"
    # a citation line ("Malar J (2016) 15:244", "n engl j med 358;24 ... june 12, 2008") dates the issue itself
    cited = [int(y) for line in margins.splitlines() if _CITATION.search(line) for y in re.findall(pattern, line)]
    if cited:
        return Counter(cited).most_common(1)[0][0]
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
    else one the first page calls "the X trial", "X study" or "the X Investigators" (group authorship:
    "RACE 7 ACWAS Investigators")."""
    for m in re.finditer(r"\(([A-Z][A-Z0-9]+(?:[-–][A-Z0-9]+)*(?:\s\d+)?)\)", title):
        if _acronym_like(m.group(1)):
            return m.group(1)
    name = r"[A-Z][A-Z0-9]{2,}(?:[-–][A-Z0-9]+)*"
    suffix = r"(?:[Tt]rial|[Ss]tudy|[Ii]nvestigators)"  # not in capitals: "ABOUT THIS STUDY" is a heading
    for m in re.finditer(rf"\b({name}(?:\s(?:\d{{1,2}}|{name}))*)\s{suffix}\b", first_page):
        if _acronym_like(m.group(1)):
            return m.group(1)
    return None


def _acronym_like(name: str) -> bool:
    """A trial name ("PATHWAY-2", "EAST-AFNET 4", "SPLASH"), not a phase ("III") or a compound code
    ("AG-013736", "CNTO 328": more digits than a trial number has)."""
    letters = sum(c.isalpha() for c in name)
    digits = sum(c.isdigit() for c in name)
    return letters >= 3 and digits <= 2 and not re.fullmatch(r"[IVX]+", name) and len(name.split()) <= 4


def _title(document: Document) -> str | None:
    """The largest type on the first pages that reads like a title: the first run of consecutive lines at
    that size (a last short line such as "volunteers" included), not a byline of names.

    Words are chosen by their own size before they are joined into lines: a correspondence box or a journal
    label set beside the title in smaller type shares its baselines but is no part of it (smaller words inside
    a title line's extent, a superscript mass number, are)."""
    for frame in document.frames[:2]:
        top_words = [w for w in frame.words if w.top < frame.height * 0.6]
        counts = Counter(round(w.size, 1) for w in top_words)
        sizes = sorted((s for s, n in counts.items() if n >= 4 and s >= document.body_size + 1), reverse=True)
        for size in sizes:
            title = _title_at(top_words, size)
            if title:
                return title
    return None


def _title_at(words: list[Word], size: float) -> str | None:
    big = [w for w in words if abs(w.size - size) < 0.3]
    bands = [(ln.top, ln.bottom, ln.words[0].x0, ln.words[-1].x1) for ln in words_to_lines(big)]

    def within(w: Word) -> bool:
        middle = (w.top + w.bottom) / 2
        return any(top - 0.3 * size <= middle <= bottom and x0 < w.x0 < x1 for top, bottom, x0, x1 in bands)

    inside = [w for w in words if w.size < size - 0.3 and within(w)]
    same = [ln for ln in words_to_lines(big + inside) if not _byline(ln.text)]
    runs: list[list[Line]] = []
    for ln in same:
        if runs and ln.top - runs[-1][-1].top <= _TITLE_LEADING * size:
            runs[-1].append(ln)
        else:
            runs.append([ln])
    for run in runs:
        text = ""
        for ln in run:
            # titles are set ragged, not hyphenated: a line ending in "-" ends a compound ("triple-negative")
            text += ln.text if not text or text.endswith("-") else " " + ln.text
        text = re.sub(r"\s+", " ", text.replace("\u2010", "-").replace("\u2011", "-")).strip()
        if len(text.split()) >= 4 and len(text) > 20:
            return text
    return None


_TITLE_LEADING = 1.8  # a title's lines follow each other within this many times its type size


def _byline(text: str) -> bool:
    """A list of author names ("Kirchhof, Paulus; Camm, A.J.; ...") or an affiliation line."""
    return text.count(";") >= 2 or bool(re.search(r"\b(?:University|Department|Hospital|Institute)\b", text))
