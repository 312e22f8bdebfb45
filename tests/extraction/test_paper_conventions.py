"""The paper-wide convention family (issues 8/9): a paper that states once, in its Methods, what its tables'
numbers are ("Continuous variables are presented as median (range), categorical variables as numbers
(percentages)"). One test per phrasing, per scope, per veto, and the precedence below every table statement."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractors.cells import parse_shape
from extractors.furniture import furniture_words
from extractors.hints import Context, Meaning, meaning_of
from extractors.loader import load_document
from extractors.paper_conventions import applicable, conventions_in, methods_conventions, read_conventions
from extractors.prose import prose_pages
from extractors.prose_text import Text
from extractors.regions import find_regions

PDFS = Path(__file__).resolve().parents[1] / "data" / "pdfs"


def _phrases(sentence: str) -> list[tuple[str, str]]:
    return [(c.phrase, c.subject) for c in conventions_in(sentence, 3)]


# --- phrasings -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Continuous variables are presented as mean ± SD or median (interquartile range), and categorical "
            "variables as numbers (percentages).",
            [("mean ± SD", ""), ("median (IQR)", ""), ("n (%)", "")],
        ),
        ("Data are expressed as mean (SD) unless otherwise stated.", [("mean (SD)", "")]),
        ("Values are n (%), mean ± SD.", [("n (%)", ""), ("mean ± SD", "")]),
        (
            "Continuous variables are presented as median (range) and categorical variables as numbers (percentages).",
            [("median (range)", ""), ("n (%)", "")],
        ),
        (
            "Data are expressed as number of patients (%) unless otherwise stated; continuous variables are "
            "summarised as median (minimum–maximum).",
            [("n (%)", ""), ("median (range)", "")],
        ),
        (
            "Categorical variables were summarized as frequencies and percentages, and continuous variables as "
            "means and standard deviations.",
            [("n (%)", ""), ("mean (SD)", "")],
        ),
        ("Results are reported as mean ± SEM.", [("mean ± SE", "")]),
        ("PK parameters are summarised as geometric mean (CV%).", [("geometric mean (CV%)", "PK parameters")]),
        (
            "Time to tumour progression was estimated with the Kaplan–Meier method and is reported as median (95% CI).",
            [("median (95% CI)", "Time to tumour progression")],
        ),
        (
            "Baseline characteristics are described using medians with interquartile ranges.",
            [("median (IQR)", "Baseline characteristics")],
        ),
        # which continuous variables take which statistic, said by their distribution: the cells' forms tell apart
        (
            "Normally distributed variables are presented as mean (SD), and non-normally distributed variables as "
            "median (25th–75th percentile).",
            [("mean (SD)", ""), ("median (IQR)", "")],
        ),
        (
            "Continuous variables are expressed as mean ± SD for normally distributed data and as median (IQR) "
            "otherwise.",
            [("mean ± SD", ""), ("median (IQR)", "")],
        ),
        (
            "Variables with a skewed distribution are reported as median (interquartile range [IQR]).",
            [("median (IQR)", "")],
        ),
    ],
)
def test_phrasings(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert _phrases(sentence) == expected


def test_a_sentence_that_states_no_presentation_is_no_convention() -> None:
    assert _phrases("The primary endpoint was analysed using a Cox model with a median follow-up (range).") == []
    assert _phrases("Median (range) age was 62 (41-80) years.") == []


def test_another_studys_statement_does_not_count() -> None:
    assert _phrases("In the ToGA trial, baseline characteristics were reported as mean (95% CI) [12].") == []
    assert _phrases("Smith et al presented their data as mean (SD).") == []


# --- where the statement stands -----------------------------------------------------------------------------


def _text(body: str, headings: list[tuple[int, str]], body_end: int | None = None) -> Text:
    return Text(body, [-1] * len(body), [], headings=headings, body_end=body_end)


def test_only_the_methods_state_conventions() -> None:
    intro = "Earlier studies of this class are presented as mean (SD). "
    methods = "Continuous variables are presented as median (IQR). "
    discussion = "Values are presented as mean (95% CI) in most reports. "
    body = intro + methods + discussion
    text = _text(
        body, [(0, "Introduction"), (len(intro), "Statistical analysis"), (len(intro + methods), "Discussion")]
    )
    found, last = methods_conventions(text, 2, "")
    assert [c.phrase for c in found] == ["median (IQR)"]
    assert last == "Discussion"


def test_the_methods_heading_carries_over_pages_and_legends_do_not_count() -> None:
    body = "Data are presented as n (%). Figure 2 Values are mean ± SEM."
    legend = body.index("Figure")
    found, _last = methods_conventions(_text(body, [], body_end=legend), 4, "Patients and methods")
    assert [c.phrase for c in found] == ["n (%)"]
    assert methods_conventions(_text(body, []), 4, "Results")[0] == []


def test_the_zoo_paper_reads_its_methods_not_its_discussion() -> None:
    document = load_document(PDFS / "zoo-methods-pertuzumab.pdf")
    furniture = furniture_words(document)
    regions = find_regions(document, furniture)
    found = read_conventions(document, regions, furniture, prose_pages(document, regions, furniture))
    assert [c.phrase for c in found] == ["n (%)", "median (range)"]  # the ToGA sentence is the Discussion's


# --- scope -------------------------------------------------------------------------------------------------


def test_a_scoped_subject_speaks_only_where_it_fits() -> None:
    said = conventions_in("PK parameters are summarised as geometric mean (CV%).", 5)
    said += conventions_in("Data are presented as mean (SD).", 5)
    assert applicable(said, ["Cmax (ng/mL)", "Fed"], "pk") == (("geometric mean (CV%)",), ("mean (SD)",))
    assert applicable(said, ["Age, years", "Arm A"], "demographics") == (("mean (SD)",),)
    timed = conventions_in("Time to tumour progression is reported as median (95% CI).", 5)
    assert applicable(timed, ["Time to tumour progression (PD), days", "Median", "Arm A"], "efficacy")
    assert applicable(timed, ["Duration of response", "Median", "Arm A"], "efficacy") == ()


def test_a_descriptive_convention_does_not_speak_for_an_estimate() -> None:
    said = conventions_in("Continuous variables are presented as median (IQR), categorical as n (%).", 5)
    assert applicable(said, ["Progression-free survival", "Median, months", "Arm A"], "efficacy") == (("n (%)",),)
    assert applicable(said, ["Change from baseline in HbA1c", "Arm A"], "efficacy") == (("n (%)",),)
    assert applicable(said, ["Age, years", "Arm A"], "demographics") == (("median (IQR)", "n (%)"),)


# --- the cell reading: lowest precedence, arithmetic vetoes -------------------------------------------------


def _ctx(row: str = "Age", column: str = "Arm A", notes: str = "", paper: tuple[tuple[str, ...], ...] = (), n=None):  # type: ignore[no-untyped-def]
    return Context(
        row=(row,), column=(column,), footnotes=(), table_notes=notes, title="", arm_n=n, section="demographics",
        paper=paper,
    )  # fmt: skip


def _read(text: str, ctx: Context) -> Meaning:
    shape = parse_shape(text)
    assert shape is not None
    return meaning_of(shape, ctx)


def test_silent_table_reads_the_papers_convention() -> None:
    assert _read("62.3 (10.1)", _ctx(paper=(("mean (SD)",),))).stats == ("mean", "sd")
    assert _read("67 (29–76)", _ctx(paper=(("median (range)", "n (%)"),))).stats == ("median", "min", "max")
    assert _read("12 (40.0)", _ctx(paper=(("median (range)", "n (%)"),), n=30)).stats == ("count", "percent")
    assert _read("0", _ctx(row="Bilateral", paper=(("n (%)",),))).stats == ("count",)
    assert _read("71.4 ± 8.5", _ctx(paper=(("mean ± SE",),))).stats == ("mean", "se")


def test_without_a_convention_the_cells_stay_unread() -> None:
    assert _read("62.3 (10.1)", _ctx()).reason.startswith("a (b) with decimals")
    assert _read("67 (29–76)", _ctx()).reason.startswith("estimate with an interval the table does not name")


def test_one_number_in_brackets_is_no_iqr_or_range() -> None:
    meaning = _read("62.3 (10.1)", _ctx(paper=(("median (IQR)", "median (range)"),)))
    assert meaning.stats == ()


def test_a_plus_minus_statement_does_not_speak_for_a_bracket() -> None:
    assert _read("62.3 (10.1)", _ctx(paper=(("mean ± SD",),))).stats == ()


def test_a_count_is_no_more_than_n_and_its_percent_is_count_over_n() -> None:
    refused = _read("40 (80)", _ctx(paper=(("n (%)",),), n=30))
    assert refused.stats == () and "n (%)" in refused.reason
    assert _read("12 (80)", _ctx(paper=(("n (%)",),), n=30)).stats == ()


def test_two_readings_of_one_shape_the_numbers_decide() -> None:
    both = (("mean (SD)", "n (%)"),)
    assert _read("30 (30)", _ctx(paper=both, n=100)).stats == ("count", "percent")
    assert _read("62 (10)", _ctx(paper=both, n=100)).stats == ("mean", "sd")


def test_a_count_whose_percentage_is_misprinted_is_no_mean() -> None:
    both = (("mean (SD)", "n (%)"),)
    meaning = _read("21 (71.8)", _ctx(paper=both, n=27))  # 21/27 is 77.8%: a count, its percentage misprinted
    assert meaning.stats == () and '"mean (SD)"' in meaning.reason and "N = 27" in meaning.reason
    assert _read("64 (9)", _ctx(paper=both, n=27)).stats == ("mean", "sd")  # more than N: no count


def test_two_readings_the_numbers_cannot_tell_apart_name_both() -> None:
    meaning = _read("62.1 (3.4)", _ctx(paper=(("mean (SD)", "mean (SE)"),)))
    assert meaning.stats == () and '"mean (SD)"' in meaning.reason and '"mean (SE)"' in meaning.reason
    meaning = _read("62 (41–80)", _ctx(paper=(("median (IQR)", "median (range)"),)))
    assert meaning.stats == () and '"median (IQR)"' in meaning.reason and '"median (range)"' in meaning.reason


def test_a_scoped_convention_comes_before_the_general_one() -> None:
    tiers = (("median (95% CI)",), ("median (range)", "n (%)"))
    meaning = _read("104 (60, 210)", _ctx(row="Median", paper=tiers))
    assert meaning.stats == ("median", "ci_low", "ci_high") and meaning.ci_level == 95


def test_the_labels_estimate_is_never_blended_with_the_papers() -> None:
    meaning = _read("53 (25–80)", _ctx(row="Mean", paper=(("median (range)",),)))
    assert meaning.stats == () and "median (range)" in meaning.reason


def test_every_table_statement_comes_before_the_paper() -> None:
    paper = (("median (range)", "mean (SD)"),)
    assert _read("62 (41–80)", _ctx(notes="Data are median (IQR).", paper=paper)).stats == ("median", "q1", "q3")
    assert _read("62 (41–80)", _ctx(row="Age, median (IQR)", paper=paper)).stats == ("median", "q1", "q3")
    assert _read("12.5 (3.1)", _ctx(column="Arm A, mean (SE)", paper=paper)).stats == ("mean", "se")
    # a label that names its number ("Dose") comes before the paper's "n (%)"
    assert _read("7", _ctx(row="Dose", paper=(("n (%)",),))).stats == ("value",)


def test_a_part_named_by_its_doses_is_a_group_not_a_value() -> None:
    assert _read("0", _ctx(row="Bilateral", column="Part 2 Dose finding", paper=(("n (%)",),))).stats == ("count",)
    assert _read("0", _ctx(row="Bilateral", column="Dose escalation")).stats != ("value",)


def _page(lines: list[str]) -> Text:
    from extractors.prose_order import reading_order
    from schemas.document import Frame, Word

    words = []
    for n, line in enumerate(lines):
        x = 50.0
        for t in line.split():
            box = (x, 100.0 + 14 * n, x + 4.5 * len(t), 109.0 + 14 * n)
            words.append(Word(t, *box, 9.0, False, box))
            x = box[2] + 2.5
    return reading_order(Frame(1, 600.0, 800.0, 0, words), words, False, [], keep_all=True)[0]


def test_numbered_sections_are_read_as_sections() -> None:
    text = _page(
        [
            "2.4 Statistical analysis",
            "Continuous variables are presented as median (range) in all of the analyses we made here.",
            "3 Results",
            "Values are presented as mean (SD) for the twelve healthy volunteers who were enrolled.",
        ]
    )
    assert [h for _at, h in text.headings] == ["Statistical analysis", "Results"]
    found, last = methods_conventions(text, 1, "")
    assert [(c.phrase, c.subject) for c in found] == [("median (range)", "")]
    assert last == "Results"


def test_the_methods_kept_only_when_asked() -> None:
    from extractors.prose_order import reading_order
    from schemas.document import Frame, Word

    line = "Data are presented as n (%) for every one of the patients who were enrolled in this trial."
    words = [Word("Methods", 50.0, 100.0, 90.0, 109.0, 9.0, False, (50.0, 100.0, 90.0, 109.0))]
    x = 50.0
    for t in line.split():
        box = (x, 114.0, x + 4.5 * len(t), 123.0)
        words.append(Word(t, *box, 9.0, False, box))
        x = box[2] + 2.5
    frame = Frame(1, 600.0, 800.0, 0, words)
    assert "presented" not in reading_order(frame, words, False, [], False)[0].text  # the prose skips the Methods
    assert "presented as n (%)" in reading_order(frame, words, False, [], keep_all=True)[0].text


def test_a_column_of_convention_counts_with_no_shared_n_is_unread_naming_the_paper() -> None:
    from extractors.pipeline import extract

    extraction = extract(PDFS / "zoo-methods-siltuximab.pdf")
    unread = [f.message for f in extraction.findings if f.check == "cell-unread"]
    # the "Total" column mixes percentages of 37 and 38 patients: no one N confirms them
    assert unread and all('the paper\'s "n (%)"' in m for m in unread)
    assert not any(r.statistic == "count" and r.raw == "26 (68)" for r in extraction.records)


def test_a_methods_sentence_ending_on_a_line_of_one_hyphenated_word_is_read_whole() -> None:
    """zoo-methods-lu177: "... categorical variables are reported as counts (per-" / "centages)." on a line of its
    own before the Results heading; its distribution-qualified subjects speak for every continuous row."""
    document = load_document(PDFS / "zoo-methods-lu177.pdf")
    furniture = furniture_words(document)
    regions = find_regions(document, furniture)
    pages = prose_pages(document, regions, furniture)
    said = [(c.phrase, c.subject) for c in read_conventions(document, regions, furniture, pages)]
    assert said == [("mean (SD)", ""), ("median (range)", ""), ("n (%)", "")]
