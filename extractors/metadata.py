"""What a publication says about itself: registry ids, title, DOI, journal and year."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from itertools import pairwise

from extractors.layout import Line, frame_lines, join_words, split_segments, words_to_lines
from extractors.marks import MARK_CLASS
from schemas.document import Document, Frame, Word
from schemas.extraction import Metadata


@dataclass(frozen=True)
class MetadataSettings:
    """Layout thresholds of the title page, in ems of the type concerned or shares of the page."""

    # share of the page height at the top and the bottom that holds running heads and feet
    margin_share: float = 0.12
    # a running head's parts (journal, DOI, short title, page) are set this many ems apart or more
    head_gap_em: float = 1.2
    # a title's lines follow each other within this many times its type size
    title_leading: float = 1.8
    # a word of a title line belongs to it when it follows the title's words within this many ems
    title_word_gap_em: float = 0.7
    # small capitals are at least this share of the title's capitals
    small_caps_share: float = 0.6
    # a footnote mark after a title is set under this share of its size, raised by this many ems
    mark_share: float = 0.8
    mark_raise_em: float = 0.15
    # a subtitle's type is at least this many times the body size
    subtitle_body_ratio: float = 1.2
    # a kicker over a title in its own type is set apart by this many ems more than the title's line pitch
    kicker_gap_em: float = 0.25
    # share of the page height at the top of the first page where a line that is a whole citation names the
    # journal
    citation_share: float = 0.2
    # a large run under this many lines of body text is no title (a graphical abstract's heading)
    prose_lines_above: int = 4
    # a masthead's type is at least this many times the body size
    masthead_body_ratio: float = 1.4
    # lines starting within this share of the page width of each other are of one column (reading order)
    column_share: float = 0.25
    # words of one line whose baselines differ by this many ems or more are on two rows (a side column)
    row_em: float = 0.5
    # a gap this many ems wide or wider parts a line's words between two columns
    column_gap_em: float = 2.0
    # a line is set in bold when this share of its letters are
    bold_share: float = 0.9
    # a narrow column's next line starts within this many ems of the line above it, and follows it within
    # this many ems of its type (a DOI broken over a side column's lines)
    column_indent_em: float = 1.0
    column_leading_em: float = 1.0
    # a line is in the body's type when its size is within this share of the body size (half a point at 10 points)
    body_size_share: float = 0.05
    # words (lines) are in one type when their sizes differ by less than this share of it (0.3 point at a 15-point
    # title): a title's words, a banner's lines; smaller or larger by more is other type
    same_size_share: float = 0.02
    # a title's type is larger than the body's by more than this share of the body size (a point at 10 points)
    title_over_body_share: float = 0.1


SETTINGS = MetadataSettings()

_NCT = re.compile(r"\bNCT\s?(\d{8})\b")
# a line break inside a registry id, a hyphen at the break ("NC-" / "T01064622")
_BROKEN_NCT = re.compile(r"(?<=[A-Z0-9])[-\u2010\u00ad]\n(?=[A-Z0-9])")
# a line break inside a DOI after its "/", "." or "-" ("10.1038/bjc." / "2014.356" in a narrow column;
# "10.1002/" / "(SICI)..."); a "." at a line's end breaks it only when the next line goes on in lowercase or
# digits (else the sentence ended with the DOI: "... 1-8." / "(range 1-81)", "... 1234." / "Published")
_BROKEN_DOI = re.compile(
    r"(\b10\.\d{4,9}/)\n(?=[\w(])|(\b10\.\d{4,9}/\S*-)\n(?=\w)|(\b10\.\d{4,9}/\S*\.)\n(?=[a-z0-9])"
)


# a registration statement and the id it gives, within its sentence: the window crosses the dots of a web
# address ("registered with ClinicalTrials.gov, NCT...", "www.clinicaltrials.gov. Unique identifier: NCT...")
# but not a sentence's end
_REGISTERED = re.compile(
    r"(?:regist(?:ration|ered|ry)|ClinicalTrials\.gov\s*(?:number|identifier|id\b|[:(,])|identifier)"
    r"(?:[^.;]|\.(?=[a-z]|\s*(?:Unique\s+)?identifier)){0,60}?\bNCT\s?(\d{8})\b",
    re.IGNORECASE,
)


def registry_ids(full: str, first_pages: str) -> list[str]:
    """The NCT ids a paper prints, its own first: the one its first pages label as its registration
    ("ClinicalTrials.gov number, NCT...", "Trial registration: ...", "registered at ... (NCT...)"), then one
    labelled so later on (a methods section's "The trial is registered with ClinicalTrials.gov, NCT..."), then
    by how often the paper names each (a trial it cites is named less), then by first appearance."""
    ncts = [f"NCT{m.group(1)}" for m in _NCT.finditer(full)]
    counts = Counter(ncts)
    first_seen = {n: i for i, n in reversed(list(enumerate(ncts)))}
    labelled = {f"NCT{m.group(1)}" for m in _REGISTERED.finditer(first_pages)}
    later = {f"NCT{m.group(1)}" for m in _REGISTERED.finditer(_before_references(full))}
    return sorted(counts, key=lambda n: (n not in labelled, n not in later, -counts[n], first_seen[n]))


def _mended_ids(text: str) -> str:
    """The text with registry ids and DOIs broken over two lines made whole (for finding them only: the
    hyphen a word is broken at elsewhere is the word's)."""
    return _BROKEN_DOI.sub(lambda m: next(g for g in m.groups() if g), _BROKEN_NCT.sub("", text))


# a DOI: "10.", its registrant, "/" and a suffix of printable ASCII. The text layer may glue it to the word
# before ("identifier:CIRCULATIONAHA" + "10.1161/...", a journal's name set beside it) and to a symbol after it
# ("...050834© 2020"): it starts after anything but a digit or a dot and ends at the first character no DOI has
_DOI = re.compile(r"(?<![\d.])(10\.\d{4,9}/(?:(?![\s\"<>])[!-~])*(?![\s\"<>.,;)\]])[!-~])", re.IGNORECASE)
# A journal's citation line in a running head or foot: its name, then year, volume, issue or pages in one of
# the ways journals print them ("n engl j med 358;24", "Br J Clin Pharmacol / 75:2 / 450",
# "Malar J (2016) 15:244", "Clin Transl Sci. 2024;17:e70000", "THERAPEUTICS | VOLUME 81 NUMBER 6",
# "The Journal of Clinical Hypertension Vol 15 | No 3", "Br J Cancer (2010) 103, 1154–1162",
# "Neuro-Oncology 13(1), 132–142, 2011", "Blood 138 (2021) 128–131"). The name is capitalised words,
# abbreviations or "&".
_NAME = r"(?P<name>(?:[A-Za-z][A-Za-z'’-]*\.?|&)(?:\s+(?:[A-Za-z][A-Za-z'’-]*\.?|&)){0,7})"
_CITATION = re.compile(
    _NAME + r"\s*(?:"
    r"\(?(?:19|20)\d\d\)?\s*[;,]?\s*\d+\s*[:;(]"  # (2016) 15:244 / 2024;17:e7
    r"|\((?:19|20)\d\d\)\s*\d+\s*,\s*e?\d+"  # (2010) 103, 1154
    r"|\((?:19|20)\d\d\)\s*\d+(?![\d.,:;(])"  # (2025) 14 (a volume without issue or pages)
    r"|\s\d+\s*\(\d+(?:[-–]\d+)?\)\s*[,:]\s*e?\d+"  # 13(1), 132 / 13(1):132
    r"|\s\d+\s*,\s*e?\d+(?:[-–]\d+)?\s*,\s*(?:19|20)\d\d"  # 77, 405–412, 2016
    r"|\s(?:19|20)\d\d\s+[A-Za-z]{3,9}\.?(?:\s+\d{1,2})?\s*;\s*\d+"  # Br J Cancer. 2019 January 22; 120
    r"|\s\d+\s*;\s*\d+"  # 358;24
    r"|\s\d+\s*\((?:19|20)\d\d\)\s*e?\d+"  # Blood 138 (2021) 128
    r"|/\s*\d+\s*:\s*\d+"  # / 75:2
    r"|[|/]?\s*vol(?:ume)?\.?\s*\d+"  # | VOLUME 81, / Vol 54
    r")",
    re.IGNORECASE,
)
_DIGIT = re.compile(r"\d")  # as _CITATION reads a digit
_SMALL_WORDS = {"of", "and", "the", "in", "for", "&", "on"}
_PART = "\u2003"  # joins the parts of a running head set apart (journal | DOI | page)
_PAGE = "\f"  # separates the pages' margin lines


def page_texts(document: Document) -> dict[int, str]:
    texts: dict[int, list[str]] = {}
    for frame in document.frames:
        rows = (row.replace(_PART, " ") for line in frame_lines(frame) for row in _rows(line))
        texts.setdefault(frame.page, []).extend(rows)
    return {page: "\n".join(lines) for page, lines in texts.items()}


def _rows(line: Line) -> list[str]:
    """A line's text (its parts set apart by a wide gap joined by an em space), or the texts of the rows it
    holds: small type set in a side column beside a title in larger type ("Cancer Chemother Pharmacol" /
    "2010; 65: 563–70") falls within one band of the title's line, two rows of one size on two baselines;
    read as one line, their words would interleave."""
    by_size: dict[float, list[Word]] = {}
    for w in line.words:
        by_size.setdefault(round(w.size * 2) / 2, []).append(w)
    rows: list[list[Word]] = []
    for words in by_size.values():
        for w in sorted(words, key=lambda w: w.bottom):
            if rows and rows[-1][0].size == w.size and w.bottom - rows[-1][-1].bottom < SETTINGS.row_em * w.size:
                rows[-1].append(w)
            else:
                rows.append([w])

    def span(row: list[Word]) -> tuple[float, float]:
        return min(w.x0 for w in row), max(w.x1 for w in row)

    def apart(row: list[Word]) -> bool:  # no word of another size within its span (a sub- or superscript is)
        x0, x1 = span(row)
        return not any(w.size != row[0].size and w.x0 < x1 and x0 < w.x1 for w in line.words)

    def over(a: list[Word], b: list[Word]) -> bool:  # one row set over the other, in one column
        return a is not b and a[0].size == b[0].size and span(a)[0] < span(b)[1] and span(b)[0] < span(a)[1]

    if not any(over(a, b) and apart(a) and apart(b) for a in rows for b in rows):
        return [_PART.join(join_words(part) for part in line.segments(SETTINGS.head_gap_em))]
    rows.sort(key=lambda r: (max(w.bottom for w in r), min(w.x0 for w in r)))
    return [
        _PART.join(join_words(part) for part in split_segments(sorted(row, key=lambda w: w.x0), SETTINGS.head_gap_em))
        for row in rows
    ]


def extract_metadata(document: Document, texts: dict[int, str] | None = None) -> Metadata:
    texts = texts or page_texts(document)
    full = "\n".join(texts[p] for p in sorted(texts))
    ids = _mended_ids(full)
    ordered = registry_ids(ids, _mended_ids("\n".join(texts.get(p, "") for p in (1, 2))))
    margins = _margin_text(document)
    doi_match = _margin_doi(document) or _DOI.search(margins) or _DOI.search(_before_references(ids))
    column_doi = _column_doi(document)
    cited = _journal(margins) or _published_in(texts.get(1, "")) or _citation_line(document)
    found = _title_lines(document, cited)
    abstract = None if found else _meeting_abstract(document)
    title = _join_title(found[1]) if found else abstract.title if abstract else _info_title(document.info_title)
    title = _filed(title) if title else None
    journal = (
        cited or (_masthead(document, found) if found else _collection_journal(document)) or _banner_journal(document)
    )
    return Metadata(
        nct_ids=ordered,
        title=title,
        doi=abstract.doi if abstract and abstract.doi else _whole_doi(doi_match, column_doi),
        journal=journal,
        year=_year(margins, texts.get(1, "") + "\n" + texts.get(2, "")),
        acronym=_acronym(title or "", texts.get(1, ""), full, ordered[0] if ordered else None)
        or _described(_before_references("\n".join(texts.get(p, "") for p in (1, 2, 3)))),
    )


def _in_margin(frame: Frame, top: float) -> bool:
    share = SETTINGS.margin_share
    return top < frame.height * share or top > frame.height * (1 - share)


def _margin_text(document: Document) -> str:
    """The header and footer lines of every page (journal, year, DOI, copyright), first page first, pages
    apart by a form feed; the parts of a line set apart by a wide gap (a kicker, a journal, a DOI) joined by
    an em space."""
    lines: list[str] = []
    page = document.frames[0].page if document.frames else 0
    for frame in document.frames:
        if frame.page != page:
            lines.append(_PAGE)
            page = frame.page
        all_lines = frame_lines(frame)
        for i, line in enumerate(all_lines):
            if _in_margin(frame, line.top) and not _body_line(all_lines, i, document.body_size):
                lines.extend(_rows(line))
    return "\n".join(lines)


def _body_line(lines: list[Line], i: int, body: float) -> bool:
    """A line of the text block that reaches into the margin band (a small page, a long column): in the
    body's size, a run of words as prose sets them, and another such line a line's pitch above or below it.
    A running head or foot stands apart from the text block."""
    line = lines[i]

    def prose(ln: Line) -> bool:
        return (
            abs(ln.size - body) < SETTINGS.body_size_share * body
            and max(len(p) for p in ln.segments(SETTINGS.head_gap_em)) >= 5
        )

    if not prose(line):
        return False
    pitch = SETTINGS.title_leading * line.size
    near = [ln for ln in lines[max(0, i - 2) : i + 3] if ln is not line and abs(ln.top - line.top) <= pitch]
    return any(prose(ln) for ln in near)


def _journal(margins: str) -> str | None:
    """The journal's name as its citation lines print it, the most frequent one of the running heads and feet
    (an "Author et al." or a page number before it is not part of it, nor a part of the line set apart by a
    wide gap, an article kind); capitals or small capitals are set in title case ("n engl j med" ->
    "N Engl J Med"). A name cited once past the first page is a reference's printed in the margin band."""
    names: Counter[str] = Counter()
    first: set[str] = set()
    for number, page in enumerate(margins.split(_PAGE)):
        for name in _cited_names(page):
            names[name] += 1
            if number == 0:
                first.add(name)
    kept = [(n, c) for n, c in names.most_common() if c >= 2 or n in first]
    return kept[0][0] if kept else None


# a web address ("www.journal.com", "nejm.org", "https://doi.org/..."): no part of a journal's name
_ADDRESS = re.compile(
    r"(?:https?://)?(?:www\.)?[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.(?:com|org|net|edu|gov|info|[a-z]{2})(?:/\S*)?\b"
)


def _cited_names(margins: str) -> list[str]:
    found: list[str] = []
    for printed in margins.splitlines():
        line = _ADDRESS.sub(" ", printed)
        if not _DIGIT.search(line):
            continue  # every citation form has a number: no need to try the long pattern at every letter
        parts = [p for p in line.split(_PART) if _DIGIT.search(p) and _CITATION.search(p)]
        if not parts:
            found.extend(_name_beside_volume(printed))
        parts = parts or [line.replace(_PART, " ")]
        for part in parts:
            for m in _CITATION.finditer(part):
                name = _journal_name(m.group("name"))
                if name:
                    found.append(name)
    return found


# a part of a running foot that gives the volume and no name: "October 2010 | Volume 103 | Article 1154"
_VOLUME_PART = re.compile(r"\bvol(?:ume)?\.?\s*\d+", re.IGNORECASE)


def _name_beside_volume(line: str) -> list[str]:
    """The journal of a running foot set in parts, one a name and the journal's web address ("Frontiers in
    Oncology | www.frontiersin.org") and another the issue's volume without a name ("March 2025 | Volume 15
    | Article 12"). A name with no address beside it may be a section's ("ABSTRACTS")."""
    parts = line.split(_PART)
    if len(parts) < 2 or not any(_VOLUME_PART.search(p) and not _CITATION.search(p) for p in parts):
        return []
    sited = [_ADDRESS.sub(" ", p).strip(" |·•-–") for p in parts if _ADDRESS.search(p) and not _DOI.search(p)]
    names = [
        p
        for p in sited
        if p
        and not _DIGIT.search(p)
        and len(p.split()) <= 9
        and all(w[:1].isupper() or w.lower() in _SMALL_WORDS for w in p.split())
    ]
    return [_title_case(names[0])] if len(names) == 1 else []


def _citation_line(document: Document) -> str | None:
    """The journal a line at the top of the first page names when the whole line is its citation ("Blood 138
    (2021) 128–131" set under the head of an abstract book's page, below the running-head band)."""
    if not document.frames:
        return None
    frame = document.frames[0]
    for line in frame_lines(frame):
        if line.top > frame.height * SETTINGS.citation_share:
            break
        for row in _rows(line):
            for part in row.split(_PART):
                m = _CITATION.match(part.strip())
                rest = part.strip()[m.end() :] if m else ""
                if m and re.fullmatch(r"[\d\s,;:()–-]*\.?", rest):
                    name = _journal_name(m.group("name"))
                    if name:
                        return name
    return None


def _journal_name(text: str) -> str | None:
    name = re.sub(r"^.*\bet\s+al\.?\s*", "", text).strip(" .")
    words = name.split()
    while words and (words[0].lower() in _SMALL_WORDS - {"the"} or not re.search(r"[A-Za-z]{1}", words[0])):
        words.pop(0)
    if not words or (not any(len(w.strip(".")) >= 3 for w in words) and len(words) < 2):
        return None
    return _title_case(" ".join(words))


_PUBLISHED_IN = re.compile(
    r"^\s*(?:published\s*in(?:\s*final\s*edited\s*form\s*as)?|journal(?:\s+title)?)\s*:\s*(.*)$", re.IGNORECASE
)


def _published_in(first_page: str) -> str | None:
    """The journal a repository's cover page or an author manuscript's header names: "Published in:" (its
    value on the same line or the next), "Published in final edited form as: Lancet. 2016 Mar 12; 387...";
    the name ends before the year, volume or a full stop."""
    for value in _published_in_values(first_page):
        name = re.split(r"\.\s+(?=\d)|[,;(]|\s\d", value)[0].strip(" .")
        words = name.split()
        if 1 <= len(words) <= 10 and all(w[:1].isupper() or w.lower() in _SMALL_WORDS for w in words):
            return name
    return None


def _published_in_values(first_page: str) -> list[str]:
    lines = first_page.splitlines()
    values = []
    for i, line in enumerate(lines):
        m = _PUBLISHED_IN.match(line)
        if m:
            values.append(m.group(1).strip() or (lines[i + 1].strip() if i + 1 < len(lines) else ""))
    return values


def _masthead(document: Document, found: tuple[Frame, list[Line]]) -> str | None:
    """A journal named only in the first page's masthead: the largest line above the title, in type well
    above the body's and not right on top of the title (a kicker, "ORIGINAL ARTICLE", sits there), read as a
    name (capitalised words, no figures)."""
    frame, title = found
    if frame is not document.frames[0]:
        return None
    top = title[0].top
    above = [ln for ln in frame_lines(frame) if ln.bottom <= top and ln.text.strip()]
    if not above:
        return None
    biggest = max(above, key=lambda ln: ln.size)
    same = SETTINGS.same_size_share
    if biggest.size < SETTINGS.masthead_body_ratio * document.body_size or biggest.size > (1 + same) * title[0].size:
        return None
    between = [ln for ln in above if ln.top > biggest.bottom]
    if not between and top - biggest.bottom < biggest.size:
        return None
    own = [w for w in biggest.words if abs(w.size - biggest.size) < same * biggest.size]
    text = join_words(split_segments(own, SETTINGS.head_gap_em)[0])
    words = text.split()
    if len(words) > 8 or re.search(r"\d", text):
        return None
    if not all(w[:1].isupper() or w.lower() in _SMALL_WORDS for w in words):
        return None
    return _title_case(text.strip())


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
            if _in_margin(frame, w.top):
                m = _DOI.search(w.text)
                if m:
                    return m
    return None


# a DOI's start at the end of a part of a line: "https://doi.org/10.1038/" or "10.1038/bjc." (it may go on)
_DOI_TAIL = re.compile(r"\b10\.\d{4,9}/(?:\S*[./-])?$")


def _column_doi(document: Document) -> str | None:
    """A DOI set in a narrow column beside other text and broken over the column's lines ("DOI
    https://doi.org/10.1038/bjc." / "2014.356"): the page's text, read across both columns, runs the
    other column's words in after its first part. Read down its own column instead: the part of the next
    line that starts under it continues it (a part ending in "/" or "-" goes on to the next line; one
    ending in "." ends the sentence). First two pages only (the article's own)."""
    pages = sorted({f.page for f in document.frames})[:2]
    for frame in (f for f in document.frames if f.page in pages):
        lines = frame_lines(frame)
        for i, line in enumerate(lines):
            for part in line.segments(SETTINGS.head_gap_em):
                m = _DOI_TAIL.search(join_words(part))
                if m:
                    doi = _down_the_column(lines, i, part, m.group(0))
                    if doi:
                        return doi
    return None


def _down_the_column(lines: list[Line], i: int, part: list[Word], start: str) -> str | None:
    """The DOI ``start`` (ending ``part`` of line ``i``) continued by the first words of the lines under it."""
    x0, size = min(w.x0 for w in part), max(w.size for w in part)
    bottom, text = max(w.bottom for w in part), start
    for below in lines[i + 1 : i + 4]:
        if below.top - bottom > SETTINGS.column_leading_em * size:
            return None
        under = [
            p for p in below.segments(SETTINGS.head_gap_em) if abs(p[0].x0 - x0) < SETTINGS.column_indent_em * size
        ]
        if not under:
            return None
        first = min(under[0], key=lambda w: w.x0)
        if text.endswith(".") and not re.match(r"[a-z0-9]", first.text):
            return None  # a sentence ended with the DOI, and a new one starts under it ("... 2019.1234." / "Published")
        text += first.text
        # a line's last "." ends a sentence; only a "/" or "-" there breaks the DOI again
        if not _DOI_TAIL.search(text) or text.endswith("."):
            whole = _DOI.match(text)
            return _clean_doi(whole.group(1)) if whole else None
        bottom = first.bottom
    return None


def _whole_doi(found: re.Match[str] | None, column: str | None) -> str | None:
    """The DOI read from the page's text, or the one read down a narrow column when the text's is only its
    start (the column's next line had been another column's words)."""
    doi = _clean_doi(found.group(1)) if found else None
    if column and (doi is None or (column != doi and column.startswith(doi))):
        return column
    return doi


def _before_references(text: str) -> str:
    """The text before the reference list (a DOI there is another paper's)."""
    m = re.search(r"\n\s*(?:references|bibliography)\s*\n", text, re.IGNORECASE)
    return text[: m.start()] if m else text


_NOT_PUBLICATION = re.compile(
    r"cut.?off|as of|between|enrol|recruit|randomi[sz]|from\s+\w+\s+\d{4}\s+(?:to|through|until)|data\s+of|"
    r"follow.up|registered|accrual",
    re.IGNORECASE,
)
_YEAR = r"\b(19[89]\d|20[0-4]\d)\b"
# a year the first page labels as the publication's: "Published: 22 January 2019", "Published online
# March 2010", "Epub 2 Nov 2015", "First published ..." (not "Received" or "Accepted": the manuscript's)
_PUBLISHED = re.compile(
    r"\b(?:published|publication\s*date|epub)\b[^0-9]{0,24}(?:\d{1,2}(?:st|nd|rd|th)?[\s,]+)?"
    r"(?:[A-Za-z]{3,9}\.?[\s,]+)?(?:\d{1,2},?\s+)?" + _YEAR,
    re.IGNORECASE,
)
_DATED = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(?:\d{1,2},?\s+)?"
    + _YEAR
    + r"|©\s*(?:copyright\s+)?"
    + _YEAR,
    re.IGNORECASE,
)


_ISSUE = re.compile(r"\bvol(?:ume)?\.?\s*\d+\b.{0,40}\b(?:issue|no\.?|number)\s*[A-Z]?\d+", re.IGNORECASE)


def _year(margins: str, first_pages: str) -> int | None:
    """The publication year: the most frequent year of the journal's citation lines (the journal's: a
    reference printed in the margin band is not one), else the year an author manuscript's "Published in
    final edited form as" gives, else of a running foot naming the volume and issue, else of the running heads
    and feet (copyright, "Published"), else the year the first pages label as published, else the most
    frequent year of the first pages' dates (a month before it, or a copyright sign) on lines that are not
    about the study (data cut-off, enrolment). Years in running text (references cited by year) are not
    read: a wrong year is worse than none."""
    # a citation line ("Malar J (2016) 15:244", "n engl j med 358;24 ... june 12, 2008") dates the issue itself;
    # a copyright year printed on it ("75:2 / 450–462 © 2012 The Authors") is read with the other dates
    journal = _journal(margins)
    lines = [line for line in margins.splitlines() if journal and journal in _cited_names(line)]
    cited = [int(y) for line in lines for y in re.findall(_YEAR, re.sub(r"©\s*" + _YEAR, "", line))]
    if cited:
        return Counter(cited).most_common(1)[0][0]
    # "Published in final edited form as: Lancet. 2016 Mar 12; 387..." (an author manuscript's header)
    labelled = [int(y) for value in _published_in_values(first_pages) for y in re.findall(_YEAR, value)[:1]]
    if labelled:
        return labelled[0]
    # a running foot naming the issue with no journal's name before it: "S610 Volume 35 - Issue S2 - 2024"
    issue = [int(y) for line in margins.splitlines() if _ISSUE.search(line) for y in re.findall(_YEAR, line)]
    if issue:
        return Counter(issue).most_common(1)[0][0]
    years = _dated_years(margins)
    if not years:
        years = [int(m.group(1)) for m in _PUBLISHED.finditer(first_pages)]
    if not years:
        years = _dated_years(first_pages)
    return Counter(years).most_common(1)[0][0] if years else None


def _dated_years(text: str) -> list[int]:
    """The years of the dates ("12 August 2014", "June 2007", "© 2015") on lines that are not about the
    study (data cut-off, enrolment): body text printed in the margin band cites papers by bare years."""
    years: list[int] = []
    for line in text.splitlines():
        if not _NOT_PUBLICATION.search(line):
            years.extend(int(m.group(1)) for m in _PUBLISHED.finditer(line))
            years.extend(int(next(g for g in m.groups() if g)) for m in _DATED.finditer(line))
    return years


# a trial name in capitals ("PATHWAY-2", "EAST-AFNET") or in mixed case with a capital inside a word ("CheckMate",
# "IMpower150", "KarMMa-3", "monarchE", "DESTINY-Breast03"), with its parts after a hyphen
_TRIAL_NAME = r"(?:[A-Z][A-Z0-9]{2,}|[A-Za-z][a-z]*[A-Z][A-Za-z0-9]*)(?:[-–][A-Za-z0-9]+)*"


def _acronym(title: str, first_page: str, full: str | None = None, own_id: str | None = None) -> str | None:
    """The trial acronym: a capitalised name in brackets in the title ("(PATHWAY-2)", "(EAST-AFNET 4)"),
    else one the first page calls "the X trial", "X study" or "the X Investigators" (group authorship:
    "RACE 7 ACWAS Investigators") or names before the paper's own registry id ("SPLASH (NCT04647526)"); a
    title in capitals ("... OF THE SPLASH TRIAL") names it when the name is printed in capitals in the first
    page's lower-case text as well. A trial the first page calls "the X study" but the paper (``full``, its
    whole text) names only once is another one it cites ("In the CLEOPATRA study of patients with ...")."""
    # (a name of two capitalised parts: "(EPCORE NHL-1)", "(EAST-AFNET 4)")
    for m in re.finditer(rf"\(({_TRIAL_NAME}(?:\s(?:\d+|[A-Z]{{2,}}(?:[-–][A-Z0-9]+)+))?)\)", title):
        if _acronym_like(m.group(1)):
            return m.group(1)
    name = _TRIAL_NAME
    suffix = r"(?:[Tt]rial|[Ss]tudy|[Ii]nvestigators)"  # not in capitals: "ABOUT THIS STUDY" is a heading
    # "the X trial", "X Study", and a name in brackets after its expansion: "the Semaglutide Effects ... (SELECT)
    # trial", "... Stroke Prevention Trial (EAST-AFNET 4)", "In this trial (ENZAMET)"
    bracketed = rf"\(({name}(?:\s\d{{1,3}})?)\)"
    forms = (
        # a word of the name before its number: "JAVELIN Bladder 100"
        rf"\b({name}(?:\s(?:\d{{1,3}}|{name}|[A-Z][a-z]+(?=\s\d)))*)\s{suffix}\b",
        rf"{bracketed}\s{suffix}\b",
        rf"\b(?:[Tt]rial|[Ss]tudy)\s{bracketed}",
        # "the INTEGA (ipilimumab or FOLFOX in combination with ...) trial": the name before its expansion
        rf"\b({name}(?:\s\d{{1,3}})?)\s\([^()]{{3,160}}\)\s{suffix}\b",
    )
    for i, form in enumerate(forms):
        for m in re.finditer(form, first_page):
            found = m.group(1)
            named = full is None or found in title or len(re.findall(rf"\b{re.escape(found)}\b", full)) >= 2
            # "the X trial" also cites other trials, named as often as the paper's own: a name in mixed case
            # ("ToGA", "CheckMate 227") is taken from that form only when the title names it too
            cited_form = i in (0, 3) and not re.match(r"[A-Z][A-Z0-9]{2,}\b", found) and found not in title
            if _acronym_like(found) and named and not cited_form:
                return found
    for m in re.finditer(rf"\b({name}(?:\s\d{{1,3}})?)\s*\((NCT\d{{8}})\)", first_page):
        if _acronym_like(m.group(1)) and (own_id is None or m.group(2) == own_id):
            return m.group(1)
    if title.isupper():
        cased = "\n".join(ln for ln in first_page.splitlines() if not ln.isupper())
        for m in re.finditer(rf"\b({name}(?:\s\d{{1,2}})?)\s(?:TRIAL|STUDY)\b", title):
            if _acronym_like(m.group(1)) and re.search(rf"\b{re.escape(m.group(1))}\b", cased):
                return m.group(1)
    return None


def _described(text: str) -> str | None:
    """A trial name the paper's first pages describe as a study, "we present the results of JOSHUA, a phase
    IIa study" or "JOSHUA was a randomised, open-label phase IIa trial", when the name is used again there: a
    trial cited in passing is named once."""
    lines = re.sub(r"-\n(?=[a-z])", "", text).replace("\n", " ")
    pattern = rf"\b({_TRIAL_NAME}(?:\s\d{{1,3}})?)(?:,| was| is) an? (?:[\w-]+,? ){{0,8}}(?:trial|study)\b"
    for m in re.finditer(pattern, lines):
        name = m.group(1)
        if _acronym_like(name) and len(re.findall(rf"\b{re.escape(name)}\b", lines)) >= 2:
            return name
    return None


def _acronym_like(name: str) -> bool:
    """A trial name ("PATHWAY-2", "EAST-AFNET 4", "SPLASH", "CheckMate 227"), not a phase ("III", "IIa") or a
    compound code ("AG-013736", "CNTO 328": more digits than a trial number has)."""
    letters = sum(c.isalpha() for c in name)
    digits = sum(c.isdigit() for c in name)
    # a trial number has up to three digits after a word-long name ("KEYNOTE-189", "CheckMate 227"); a compound code
    # has three or more after a short prefix ("ABT-199", "CNTO 328", "MK-3475")
    numbered = digits <= 2 or (digits == 3 and letters >= 5)
    phase = re.fullmatch(r"[IVX]+[a-d]?(?:/[IVX]+[a-d]?)?", name)  # "III", "IIa", "Ib/II"
    return letters >= 3 and numbered and not phase and len(name.split()) <= 4


def _title(document: Document) -> str | None:
    found = _title_lines(document)
    return _filed(_join_title(found[1])) if found else None


def _title_lines(document: Document, journal: str | None = None) -> tuple[Frame, list[Line]] | None:
    """The largest type on the first pages that reads like a title: the first run of consecutive lines at
    that size (a last short line such as "volunteers" included), not a byline of names nor the journal's name
    in a masthead banner; a subtitle after a colon set on its own lines in smaller type goes with it, an
    article-type kicker set in the title's size right over it does not.

    Words are chosen by their own size before they are joined into lines: a correspondence box or a journal
    label set beside the title in smaller type shares its baselines but is no part of it (smaller words that
    follow the title's words at a word space, a superscript mass number, small capitals, are)."""
    for frame in document.frames[:2]:
        top_words = [w for w in frame.words if w.top < frame.height * 0.6]
        counts = Counter(round(w.size, 1) for w in top_words)
        least = (1 + SETTINGS.title_over_body_share) * document.body_size
        sizes = sorted((s for s, n in counts.items() if n >= 4 and s >= least), reverse=True)
        for size in sizes:
            run = _title_at(top_words, size, journal)
            if run and _prose_above(frame, run[0].top, document.body_size):
                continue  # a graphical abstract's or a box's heading, set large under the abstract
            if run:
                run = run + _subtitle(top_words, run, size, document.body_size)
                return frame, [*run[:-1], _without_mark(run[-1])]
    return None


def _prose_above(frame: Frame, top: float, body: float) -> bool:
    """Paragraphs of text in the body's size above a line: a title comes before the text it heads."""
    lines = [
        ln for ln in frame_lines(frame) if ln.bottom <= top and abs(ln.size - body) < SETTINGS.body_size_share * body
    ]
    return sum(1 for ln in lines if len(ln.words) >= 5) >= SETTINGS.prose_lines_above


def _without_mark(line: Line) -> Line:
    """The title's last line without the footnote mark raised after it ("volunteers*", "cancer†", "trial1")."""
    size = line.size
    words = list(line.words)
    baseline = max(w.bottom for w in line.main_words)
    while len(words) > 1:
        w = words[-1]
        raised = w.size < SETTINGS.mark_share * size and w.bottom < baseline - SETTINGS.mark_raise_em * size
        if not (raised and len(w.text) <= 4):
            break
        words.pop()
    return line if len(words) == len(line.words) else Line(words)


def _same_journal(a: str, b: str) -> bool:
    """The same journal, by its name or its ISO abbreviation ("Br J Cancer" = "British Journal of Cancer"):
    word by word, each abbreviated word keeps the first letter and the order of the full word's letters."""

    def words(name: str) -> list[str]:
        return [w for w in re.findall(r"[a-z]+", name.casefold()) if w not in _SMALL_WORDS]

    def shortens(short: str, full: str) -> bool:
        rest = iter(full[1:])
        return short[:1] == full[:1] and all(c in rest for c in short[1:])

    x, y = words(a), words(b)
    return len(x) == len(y) > 0 and all(shortens(p, q) or shortens(q, p) for p, q in zip(x, y, strict=True))


def _kicker(run: list[Line]) -> bool:
    """The run's first line is an article-type kicker set in the title's type: a few words, in capitals over
    a title that is not, or set apart by more than the title's own line pitch."""
    first = run[0].text
    if len(first.split()) > 3 or len(run) < 2:
        return False
    rest = _join_title(run[1:])
    if _capitals(first) and not _capitals(rest):
        return True
    steps = [b.top - a.top for a, b in pairwise(run[1:])]
    return bool(steps) and run[1].top - run[0].top > max(steps) + SETTINGS.kicker_gap_em * run[0].size


def _one_weight(run: list[Line]) -> list[Line]:
    """The part of the run set in one weight that holds the title: a kicker ("Clinical research") or a byline
    set in the title's size and leading but not in its weight is no part of it. The run is cut where the
    weight changes (a line after one ending in a colon is a subtitle, and is not cut off); the title is the
    first part of four words or more."""
    if len(run) < 2:
        return run
    parts: list[list[Line]] = [[run[0]]]
    for prev, ln in pairwise(run):
        if _bold(ln) == _bold(prev) or prev.text.rstrip().endswith(":"):
            parts[-1].append(ln)
        else:
            parts.append([ln])
    return next((p for p in parts if len(_join_title(p).split()) >= 4), run)


def _join_title(run: list[Line]) -> str:
    text = ""
    for ln in run:
        # titles are set ragged, not hyphenated: a line ending in "-" ends a compound ("triple-negative")
        # nor broken inside a word pair: a line ending in "/" goes on without a space ("peptide/" "montanide")
        text += ln.text if not text or text.endswith(("-", "/")) else " " + ln.text
    text = re.sub(r"\s+", " ", text.replace("\u2010", "-").replace("\u2011", "-")).strip()
    text = re.sub(rf"\s*{MARK_CLASS}+$", "", text)  # a footnote mark set after the title on its own baseline
    # a cover sheet's label set before the title on its line ("Title: ...", "Article title: ...")
    return _TITLE_LABEL.sub("", text)


def _filed(title: str) -> str:
    """The title as it is filed: without the full stop some journals set after it ("... volunteers." but not
    "... in the U.S.")."""
    return title[:-1] if re.search(r"(?<![A-Z.])[\w)\]]\.$", title) else title


_TITLE_LABEL = re.compile(r"^(?:(?:article|manuscript)\s+)?title\s*:\s*", re.IGNORECASE)


def _title_at(words: list[Word], size: float, journal: str | None = None) -> list[Line] | None:
    near = SETTINGS.same_size_share * size
    big = [w for w in words if abs(w.size - size) < near]
    # smaller words on the title's lines, and capitals of a larger size among small capitals ("P" + "HASE")
    others = [w for w in words if w.size < size - near or size + near < w.size <= size / SETTINGS.small_caps_share]
    chosen = _chained(big, others, size)
    caps = _small_caps(chosen, big, size)
    if caps:  # a title in small capitals: its lines of small capitals only are title lines too
        near_caps = SETTINGS.same_size_share * caps
        chosen += [w for w in words if abs(w.size - caps) < near_caps and w not in chosen and _capitals(w.text)]
    same = [ln for ln in words_to_lines(chosen) if not _byline(ln.text)]
    runs: list[list[Line]] = []
    for ln in same:
        if runs and ln.top - runs[-1][-1].top <= SETTINGS.title_leading * size:
            runs[-1].append(ln)
        else:
            runs.append([ln])
    for run in runs:
        if _kicker(run):
            run = run[1:]
        run = _one_weight(run)
        text = _join_title(run)
        if (journal and _same_journal(text, journal)) or _COLLECTION.search(text):
            continue
        if _journal_banner(text):
            continue  # the journal's name in a banner set larger than the title
        if len(text.split()) >= 4 and len(text) > 20 and (not _statement(text) or _stopped_title(run, words)):
            return run
    return None


def _stopped_title(run: list[Line], words: list[Word]) -> bool:
    """A title set with a full stop at its end ("... in healthy volunteers."): one sentence, no address, and
    the next line under it, within two of the title's line pitches, is its byline. A cover sheet's notice set
    large is a statement with no names under it."""
    text = _join_title(run)
    if re.search(r"://|\bdoi\.org\b|\b10\.\d{4,9}/", text) or _SENTENCE_END.search(text) or text.endswith(".."):
        return False
    size = run[-1].size
    below = [w for w in words if w.top > run[-1].bottom and w.top - run[-1].bottom < SETTINGS.title_leading * 2 * size]
    lines = words_to_lines(below)
    return bool(lines) and _byline(lines[0].text)


# the name of a collection of abstracts set large over the page, a meeting's supplement or abstract book
# ("Annals of Oncology abstracts", "63rd Annual Meeting Abstracts", "Abstract Book"), not an article's title
_COLLECTION = re.compile(r"\babstracts?(?:\s+book)?\s*$|^\s*abstract\s+book\b", re.IGNORECASE)
# the number a meeting gives an abstract, printed before its title: "839P", "623.", "LBA5", "TPS1234", "e19027"
_ABSTRACT_NUMBER = re.compile(r"^(?:[A-Z]{0,4}\d{1,5}[A-Z]{0,3}\.?|[a-z]\d{3,6})\s+(?=\S)")


@dataclass(frozen=True)
class _Abstract:
    """A meeting abstract on an abstract book's page: its title and the DOI printed after it (its own)."""

    title: str
    doi: str | None


def _meeting_abstract(document: Document) -> _Abstract | None:
    """The meeting abstract a page whose type sets no title larger than the body's gives: in reading order
    (column by column), the first run of lines set in bold, all of them, of four words or more and not in
    capitals (a session's heading is) nor a run-in label ("Background:"), on the first page, followed by a
    line that is not bold (the byline). The abstract's number before it ("839P") is no part of it. Its DOI
    is the first one printed after it: the page may open on the end of the abstract before, with that one's."""
    if not document.frames:
        return None
    frame = document.frames[0]
    runs: list[list[Line]] = []
    closed: list[list[Line]] = []
    # a line's parts set apart by a wide gap are of two columns
    parts = [Line(part) for ln in frame_lines(frame) for part in ln.segments(SETTINGS.column_gap_em)]
    for ln in sorted((ln for ln in parts if ln.text.strip()), key=lambda ln: ln.top):
        bold = _bold(ln)
        below = [r for r in runs if ln.x0 < r[-1].x1 and r[-1].x0 < ln.x1]  # runs this line is under
        for r in below:
            runs.remove(r)
            if bold and ln.top - r[-1].top <= SETTINGS.title_leading * ln.size:
                runs.append([*r, ln])
                break
            closed.append(r)
        else:
            runs.append([ln])  # a run of one line that is not bold is closed by the next line under it
    column = frame.width * SETTINGS.column_share
    order = sorted(closed + runs, key=lambda r: (round(r[0].x0 / column), r[0].top))
    for i, run in enumerate(order):
        if not all(_bold(ln) for ln in run):
            continue
        text = _ABSTRACT_NUMBER.sub("", _join_title(_boxed_lines(frame, run)))
        if len(text.split()) < 4 or _capitals(text) or text.rstrip().endswith(":"):
            continue
        if not _statement(text) and not _COLLECTION.search(text):
            after = " ".join(w.text for r in order[i + 1 :] for ln in r for w in ln.words)
            doi = _DOI.search(after)
            return _Abstract(text, _clean_doi(doi.group(1)) if doi else None)
    return None


def _boxed_lines(frame: Frame, run: list[Line]) -> list[Line]:
    """The lines of every word inside a run's box: a superscript raised over a title's line ("[177Lu]") may
    have joined the line of the column beside it, at its height."""
    x0, x1 = min(ln.x0 for ln in run), max(ln.x1 for ln in run)
    top, bottom = min(ln.top for ln in run), max(ln.bottom for ln in run)
    reach = SETTINGS.mark_raise_em * 3 * run[0].size
    inside = [w for w in frame.words if x0 <= w.xmid <= x1 and top - reach <= (w.top + w.bottom) / 2 <= bottom]
    return words_to_lines(inside)


def _bold(line: Line) -> bool:
    """A line set in bold: its letters are, a mark or a quote in another font aside."""
    letters = [sum(c.isalnum() for c in w.text) for w in line.main_words]
    bold = sum(n for n, w in zip(letters, line.main_words, strict=True) if w.bold)
    return bold > 0 and bold >= SETTINGS.bold_share * sum(letters)


def _info_title(title: str | None) -> str | None:
    """The document information's title, when it reads as one: not a DOI, a file name or a word or two; an
    abstract's number before it ("839P ...") is no part of it."""
    if not title or re.search(r"\b10\.\d{4,9}/|\.(?:pdf|docx?|indd|tex)\b", title, re.IGNORECASE):
        return None
    title = _ABSTRACT_NUMBER.sub("", title.strip())
    return title if len(title.split()) >= 4 else None


# a journal's name: "(The) ... Journal (of ...)", "Annals of ...", "Archives of ...", "Proceedings of ..."
_JOURNAL_WORDS = re.compile(r"^(?:the\s+)?(?:[\w-]+\s+){0,4}journal\b|^(?:annals|archives|proceedings)\s+of\b", re.I)


def _journal_banner(text: str) -> bool:
    """A line that names a journal as its banner does ("The NEW ENGLAND JOURNAL of MEDICINE", "Journal of the
    American Heart Association"): a journal's words or a banner's case, capitalised words only, no figures."""
    words = text.split()
    capitalised = all(w[:1].isupper() or w.lower() in _SMALL_WORDS for w in words)
    if not capitalised or len(words) > 9 or re.search(r"\d", text):
        return False
    # a banner's own case: its words in capitals, its small words in lowercase ("CANCER CHEMOTHERAPY and
    # PHARMACOLOGY"); a title in capitals sets its small words in capitals too
    small = [w for w in words if w in _SMALL_WORDS]
    banner_case = bool(small) and all(w in _SMALL_WORDS or (w.isupper() and len(w) > 1) or w == "The" for w in words)
    return banner_case or bool(_JOURNAL_WORDS.search(text))


def _banner_journal(document: Document) -> str | None:
    """The journal a banner at the top of the first page names, in type well above the body's."""
    if not document.frames:
        return None
    frame = document.frames[0]
    big = [
        ln
        for ln in frame_lines(frame)
        if ln.top <= frame.height * SETTINGS.citation_share
        and ln.size >= SETTINGS.masthead_body_ratio * document.body_size
    ]
    for i, line in enumerate(big):  # a banner may wrap over two lines of its size
        same = SETTINGS.same_size_share * line.size
        for text in (" ".join(ln.text for ln in big[i : i + 2] if abs(ln.size - line.size) < same), line.text):
            if _journal_banner(text):
                return _title_case(text.strip())
    return None


def _collection_journal(document: Document) -> str | None:
    """The journal a collection of abstracts is printed in, named before "abstracts" in the running head set
    large on the first page ("Annals of Oncology abstracts"): capitalised words, no figures (a meeting's
    name, "63rd Annual Meeting Abstracts", is none)."""
    if not document.frames:
        return None
    frame = document.frames[0]
    for ln in frame_lines(frame):
        if not _in_margin(frame, ln.top) or ln.size < SETTINGS.masthead_body_ratio * document.body_size:
            continue
        m = _COLLECTION.search(ln.text)
        if not m or m.start() == 0:
            continue
        name = ln.text[: m.start()].strip(" |-–")
        words = name.split()
        capitalised = all(w[:1].isupper() or w.lower() in _SMALL_WORDS for w in words)
        if 1 <= len(words) <= 8 and not re.search(r"\d", name) and capitalised:
            return _title_case(name)
    return None


# a sentence ends inside a text: a lowercase word of four letters or more, a full stop, a capitalised word
# ("... published in X. The final version ...": a cover sheet's notice); "vs." or "et al." end no sentence
_SENTENCE_END = re.compile(r"[a-z]{4,}\.\s+[A-Z][a-z]{2,}")


def _statement(text: str) -> bool:
    """Text set large that is a statement, not a title: it ends with a full stop or holds two sentences (a
    repository cover sheet's notice), or it gives an address or a DOI (its "Please cite as" line). Titles are
    set without a closing full stop."""
    if re.search(r"://|\bdoi\.org\b|\b10\.\d{4,9}/", text):
        return True
    return (text.endswith(".") and not text.endswith("..")) or bool(_SENTENCE_END.search(text))


def _chained(big: list[Word], small: list[Word], size: float) -> list[Word]:
    """The title's words and the smaller ones on their lines that follow or precede them at a word space
    (small capitals, a superscript, an italic gene name in a smaller face), not a box set beside them."""
    bands = [(ln.top, ln.bottom) for ln in words_to_lines(big)]
    gap = SETTINGS.title_word_gap_em * size
    on_band = [w for w in small if any(top - 0.3 * size <= (w.top + w.bottom) / 2 <= bottom for top, bottom in bands)]
    chosen = list(big)
    grew = True
    while grew:
        grew = False
        for w in on_band:
            if w in chosen:
                continue
            middle = (w.top + w.bottom) / 2
            for c in chosen:
                same_line = c.top - 0.3 * size <= middle <= c.bottom + 0.3 * size
                if same_line and (-gap <= w.x0 - c.x1 <= gap or -gap <= c.x0 - w.x1 <= gap):
                    chosen.append(w)
                    grew = True
                    break
    return chosen


def _small_caps(chosen: list[Word], big: list[Word], size: float) -> float | None:
    """The size of a title's small capitals: its smaller words are capitals, at least a set share of the
    title's size, some glued to a capital of the title's size ("E" + "FFECT")."""
    smaller = [w for w in chosen if w not in big and SETTINGS.small_caps_share * size <= w.size < size]
    if len(smaller) < 3 or not all(_capitals(w.text) for w in smaller):
        return None
    tight = 0.05 * size
    glued = [
        w
        for w in smaller
        for b in big
        if (abs(w.x0 - b.x1) < tight or abs(b.x0 - w.x1) < tight) and abs(w.bottom - b.bottom) < 0.15 * size
    ]
    if not glued:
        return None
    return Counter(round(w.size, 1) for w in smaller).most_common(1)[0][0]


def _capitals(text: str) -> bool:
    return any(c.isalpha() for c in text) and text == text.upper()


def _subtitle(words: list[Word], run: list[Line], size: float, body: float) -> list[Line]:
    """The lines of a subtitle after a title that ends in a colon: right under it, in one smaller size still
    well above the body's, up to a gap or another size."""
    if not _join_title(run).endswith(":"):
        return []
    last = run[-1]
    near = SETTINGS.same_size_share * size
    below = [w for w in words if w.top >= last.bottom - 0.1 * size and w.size < size - near]
    lines = [ln for ln in words_to_lines(below) if ln.size >= SETTINGS.subtitle_body_ratio * body]
    out: list[Line] = []
    for ln in lines:
        prev = out[-1] if out else last
        step = ln.top - prev.top
        if step > SETTINGS.title_leading * max(prev.size, ln.size) or (
            out and abs(ln.size - out[0].size) > SETTINGS.same_size_share * out[0].size
        ):
            break
        if _byline(ln.text):
            break
        out.append(ln)
    return out


# a person's name as a byline prints it: "John Smith", "M. Jones", "Smith J", "Jean-Marc Ferrero", "Li Wei"
_PERSON = r"(?:[A-Z][\w'’.-]*\.?)(?:\s+(?:[A-Z][\w'’.-]*\.?|van|de|der|dit|da|von)){1,3}"
_NAMES = re.compile(
    # (a byline ends with "and <name>" or "et al.", or wraps with a first name at the line's end)
    rf"^\s*{_PERSON}(?:\s*,\s*{_PERSON}){{2,}}(?:,?\s+and\s+{_PERSON}|,?\s+et\s+al\.?|,\s*[A-Z][\w'’.-]*)?\s*,?\s*$"
)


def _byline(text: str) -> bool:
    """A list of author names ("Kirchhof, Paulus; Camm, A.J.; ...", "John Smith, Mary Jones, Ahmed Khan and Li
    Wei": three names or more of two to four capitalised words each) or an affiliation line."""
    if text.count(";") >= 2 or re.search(r"\b(?:University|Department|Hospital|Institute)\b", text):
        return True
    return not _capitals(text) and bool(_NAMES.match(text))  # a title in capitals reads like names
