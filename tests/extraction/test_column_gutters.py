"""Narrow column gutters (extractors/layout.py ``column_gutters``, used by extractors/prose_order.py): two
justified columns set closer than a word-gap cut-off (NEJM sets them under one em apart) are still two
columns, found from the strip of page no word of theirs covers, so a sentence is never read across them."""

from __future__ import annotations

from extractors.geometry import ProseSettings
from extractors.layout import column_gutters
from extractors.prose_order import reading_order
from schemas.document import Frame, Word

SIZE = 10.0
CHAR = 5.0  # width of one character at SIZE


def _line(text: str, x0: float, x1: float, top: float) -> list[Word]:
    """``text`` justified from x0 to x1 on one line: its word gaps stretched to fill the measure."""
    tokens = text.split()
    widths = [len(t) * CHAR for t in tokens]
    gap = (x1 - x0 - sum(widths)) / max(1, len(tokens) - 1)
    words, x = [], x0
    for token, width in zip(tokens, widths, strict=True):
        box = (x, top, x + width, top + SIZE)
        words.append(Word(token, x, top, x + width, top + SIZE, SIZE, False, box))
        x += width + gap
    return words


LEFT = [
    "In the first group of this trial the primary",
    "outcome occurred in 150 of 218 patients who",
    "were treated with the study drug for at most",
    "two days and the outcome was then assessed",
    "by the investigators at each of the study",
    "sites in the usual way that the protocol set",
    "out before the trial began and was ended as",
    "planned by the steering committee at last.",
]
RIGHT = [
    "Secondary outcomes were similar in the two",
    "groups of the trial over the whole period of",
    "the follow-up and none of them differed at",
    "the end of the study when it was analysed",
    "by the statisticians who did not know the",
    "group assignments of the patients at all in",
    "the trial; the results are given in Table 2",
    "of the main paper and in the appendix here.",
]


def _page(gutter: float, abstract: int = 0) -> Frame:
    words: list[Word] = []
    top = 60.0
    for _ in range(abstract):  # full-width lines above the columns
        words += _line(
            "An abstract line that runs across the whole width of the page above both of the columns",
            50,
            50 + 2 * 230 + gutter,
            top,
        )
        top += 12
    for left, right in zip(LEFT, RIGHT, strict=True):
        words += _line(left, 50, 280, top) + _line(right, 280 + gutter, 510 + gutter, top)
        top += 12
    return Frame(page=1, width=612, height=792, rotation=0, words=words)


def _lines(frame: Frame) -> list[list[Word]]:
    rows: dict[float, list[Word]] = {}
    for w in frame.words:
        rows.setdefault(w.top, []).append(w)
    return [sorted(ws, key=lambda w: w.x0) for _, ws in sorted(rows.items())]


def test_a_gutter_narrower_than_a_word_gap_cutoff_is_found() -> None:
    frame = _page(gutter=7.0)  # 0.7 em: under the 1.5 em that cuts a line into segments
    gutters = column_gutters(_lines(frame), frame.width)
    assert len(gutters) == 1
    x0, x1 = gutters[0]
    assert x0 >= 280 and x1 <= 287


def test_full_width_lines_above_do_not_hide_the_gutter() -> None:
    frame = _page(gutter=7.0, abstract=6)
    assert len(column_gutters(_lines(frame), frame.width)) == 1


def test_the_columns_are_read_one_after_the_other() -> None:
    text, _, _ = reading_order(_page(gutter=7.0), _page(gutter=7.0).words, False, [])
    assert "150 of 218 patients who were treated with the study drug" in text.text
    assert text.text.index("planned by the steering committee") < text.text.index("Secondary outcomes")


def test_one_column_of_justified_text_has_no_gutter() -> None:
    words: list[Word] = []
    for i, (a, b) in enumerate(zip(LEFT, RIGHT, strict=True)):
        words += _line(f"{a} {b}", 50, 510, 60.0 + 12 * i)
    frame = Frame(page=1, width=612, height=792, rotation=0, words=words)
    assert column_gutters(_lines(frame), frame.width) == []


def test_too_few_lines_make_no_gutter() -> None:
    frame = _page(gutter=7.0)
    few = _lines(frame)[:4]
    assert column_gutters(few, frame.width, ProseSettings(gutter_min_lines=8)) == []


def test_a_column_line_dense_with_numbers_is_still_prose() -> None:
    frame = _page(gutter=7.0)
    dense = _line("longer (HR, 1.47; 95% CI, 1.16–1.87).", 50, 280, 60.0 + 12 * 3)
    words = [w for w in frame.words if not (w.top == 60.0 + 12 * 3 and w.x1 <= 280)] + dense
    text, _, _ = reading_order(frame, words, False, [])
    assert "(HR, 1.47; 95% CI, 1.16–1.87)." in text.text


def test_a_methods_and_results_heading_opens_results() -> None:
    # EHJ/Europace structured abstracts head their results "Methods and results": not a Methods section to skip
    words: list[Word] = []
    lines = [
        "Introduction",
        "Earlier trials of this drug were small and gave mixed results for the outcome of interest.",
        "Methods and results",
        "A total of 230 patients were randomized and the outcome occurred in 81 of 115 patients.",
    ]
    for i, line in enumerate(lines):
        words += _line(line, 50, 50 + len(line) * 5.0, 60.0 + 14 * i)
    frame = Frame(page=1, width=612, height=792, rotation=0, words=words)
    read, _, _ = reading_order(frame, words, False, [])
    assert "81 of 115 patients" in read.text
    assert "Earlier trials" not in read.text  # the Introduction is still skipped


def test_a_word_hyphenated_across_the_page_break_is_mended() -> None:
    from extractors.prose import _joined
    from extractors.prose_doubts import interleaved
    from extractors.prose_text import Text

    page = "biprofen given with the capsules were within 10% of placebo."
    joined = _joined("The AUC values of flur-", Text(page, [0] * len(page), [], [0], [(0, False)]), "")
    assert "values of flurbiprofen given" in joined.text
    assert not interleaved(joined.text)  # no "flur- biprofen": the sentence is not taken for two columns


def test_a_suspended_hyphen_is_no_column_break() -> None:
    """ "first- versus second-line": the first half of two compounds that share their second part, joined by a
    comparison, is no line-end hyphen of another column; a hyphen followed by another column's words still is."""
    from extractors.prose_doubts import interleaved

    for sentence in (
        "The ORR was 45% with first- versus 30% with second-line therapy.",
        "Median PFS was 7.2 months in the low- compared with 5.0 months in the high-dose cohort.",
        "Patients received once- vs. twice-daily dosing.",
        "Short- and long-term outcomes were similar.",
        "Single- rather than multiple-dose data were used.",
    ):
        assert not interleaved(sentence), sentence
    assert interleaved("Grade 3 diarrhea occurred in 12 spon- 1 patient (20%) of the 60 patients.")
    assert interleaved("The Rate-con- sinus rhythm group had 40 patients.")


def test_paragraph_indents_stay_in_their_column_at_any_scale() -> None:
    # race7 at 1.6 (bench/scales.py): runs of text starting within 15 pt of each other made one column, so a page
    # printed larger read its indented first lines as a column of their own and cut every paragraph's first
    # sentence; the columns' starts are gathered in em of the body type
    paragraph = [
        "The primary outcome occurred in 150 of 218",
        "patients in the first group and in 171 of 219",
        "patients in the second group of the trial.",
    ]
    for k in (1.0, 1.6):
        words: list[Word] = []
        for p in range(4):
            for i, text in enumerate(paragraph):
                x0 = (50 + (12 if i == 0 else 0)) * k
                top = (60 + 40 * p + 12 * i) * k
                for j, token in enumerate(text.split()):
                    x = x0 + j * 30 * k
                    box = (x, top, x + 25 * k, top + SIZE * k)
                    words.append(Word(token, x, top, x + 25 * k, top + SIZE * k, SIZE * k, False, box))
        frame = Frame(page=1, width=612 * k, height=792 * k, rotation=0, words=words)
        read, _, _ = reading_order(frame, words, False, [])
        assert " ".join(paragraph) in read.text, k
