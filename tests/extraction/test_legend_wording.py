"""Legends that say what the bracket holds in words of their own, sampled from real table notes (each beside its
source: a URL, or the `find_string` id of a public file quoting the note): "Values in parentheses are percentages",
"Numbers in parentheses are standard deviations", "values in parentheses are 95 per cent confidence intervals"
(BJS), "data are numbers of patients, and data in parentheses are percentages" (Radiology), "number (percentage)",
"means and standard deviations", "Mean (Standard Error)". Gold written before the first reading.

First contact (main at 5575466, before extractors/legend_wording.py): 6 of 14 right (the two CONSORT controls,
the BJS footnote's "mean(s.d.)", its "95 per cent" CI, the Methods-worded median, and the gtsummary cell withheld as
it must be), 8 withheld ("the table does not say"), none wrong.

Fixed (extractors/legend_wording.py): the legend's, the title's and the footnotes' wordings are rewritten to the
canonical statements the cell grammar reads before any cell is read ("in parentheses are percentages" -> "n (%)",
"... standard deviations" -> "mean (SD)", "... 95 per cent confidence intervals" -> "(95% CI)", "number
(percentage)" -> "n (%)", "mean(s) and standard deviation(s)" -> "mean (SD)", "mean (standard error)" ->
"mean (SE)"); a note naming two things for the bracket ("percentages or p-values") is left as printed. The first
version read the gtsummary cell as a mean and its SE (its note names the SE of a proportion as well); fixed
before commit: a spread named for two estimates settles no bracket. End: 14 of 14 (the gtsummary cell withheld),
none wrong. Second set, end to end: tests/extraction/test_read_back_legend_wording.py.
"""

from __future__ import annotations

import pytest

from extractors.cells import parse_shape
from extractors.hints import Context, meaning_of


def _read(cell: str, notes: str = "", footnotes: tuple[str, ...] = (), row: str = "Age (years)") -> tuple[str, ...]:
    from extractors.legend_wording import canonical

    ctx = Context(
        row=(row,),
        column=("Group A",),
        footnotes=tuple(canonical(f) for f in footnotes),
        table_notes=canonical(notes),
        title="",
        arm_n=None,
        section="demographics",
    )
    shape = parse_shape(cell)
    assert shape is not None
    return meaning_of(shape, ctx).stats


BJS = "Values in parentheses are percentages unless indicated otherwise."  # find_string id 48303922254 (BJS style)
BJS_CI = "values in parentheses are 95 per cent confidence intervals"  # the same note, its "†" footnote
RADIOLOGY = (  # find_string id 70398952971 (Radiology's "Note.—" house style)
    "Note.—Unless otherwise indicated, data are numbers of patients, and data in parentheses are percentages."
)
SAS = "NOTE: Numbers in parentheses are percentages"  # find_string id 15834575861 (a demography table's footnote)
SD_VALUES = "Values in parentheses are standard deviations."  # find_string id 70090603208
SD_NUMBERS = "Numbers in parentheses are standard deviations."  # find_string id 15579325574
SE_FORMAT = "Proficiency values are all in the format 'Mean (Standard Error)'"  # find_string id 17339167465
CONSORT = "Data are means (SD) or numbers (%)."  # consort-statement.org item 15 example (TRANSCEND, table 1)
METHODS_WORDED = (  # yvm2020.authorea.com/users/324527/articles/452705 (data analysis)
    "For continuous data, means and standard deviations (SD) or medians and interquartile ranges (IQR) were reported"
)
# consort-spirit.org/item25-baselinedata
SPIRIT = "Continuous variables can be summarised for each group by the mean and standard deviation."
GTSUMMARY = (  # find_string id 42864498564: a proportion and a mean both with their SE: the bracket is not told
    "Mean (standard error), Proportion (%) (standard error), Median (p25, p75) for diabetes duration"
)

CASES = [
    ("12 (26.7)", BJS, (), "Female", ("count", "percent")),
    ("62.3 (8.1)", BJS, ("values are mean(s.d.)",), "Age (years)", ("mean", "sd")),
    (
        "4.2 (3.1–5.3)",
        BJS,
        ("values in parentheses are 95 per cent confidence intervals",),
        "Stay (days)",
        ("value", "ci_low", "ci_high"),
    ),
    ("12 (26.7)", RADIOLOGY, (), "Female", ("count", "percent")),
    ("12 (26.7)", SAS, (), "Female", ("count", "percent")),
    ("3.02 (1.01)", SD_VALUES, (), "LDL (mmol/l)", ("mean", "sd")),
    ("3.02 (1.01)", SD_NUMBERS, (), "LDL (mmol/l)", ("mean", "sd")),
    ("502.3 (2.9)", SE_FORMAT, (), "Score", ("mean", "se")),
    ("66.9 (7.3)", CONSORT, (), "Age (years)", ("mean", "sd")),
    ("1280 (43.3%)", CONSORT, (), "Sex (female)", ("count", "percent")),
    ("66.9 (7.3)", METHODS_WORDED, (), "Age (years)", ("mean", "sd")),
    ("5 (3–8)", METHODS_WORDED, (), "Visits", ("median", "q1", "q3")),
    ("66.9 (7.3)", SPIRIT, (), "Age (years)", ("mean", "sd")),
    ("12.1 (0.4)", GTSUMMARY, (), "HbA1c (%)", ()),
]


@pytest.mark.parametrize(("cell", "notes", "footnotes", "row", "stats"), CASES)
def test_a_legend_in_words_of_its_own_says_what_the_bracket_holds(
    cell: str, notes: str, footnotes: tuple[str, ...], row: str, stats: tuple[str, ...]
) -> None:
    assert _read(cell, notes, footnotes, row) == stats


def test_a_note_naming_two_things_for_the_bracket_is_left_as_printed() -> None:
    from extractors.legend_wording import canonical

    two = "Numbers in parentheses are percentages or p-values resulting from a chi-squared test."  # id 28209174509
    assert canonical(two) == two
    assert "95% CI" in canonical("values in parentheses are 95 per cent confidence intervals")


@pytest.mark.parametrize(
    ("label", "stats"),
    [
        ("Geo. Mean (CV%)", ("geometric_mean", "cv_percent")),  # find_string id 13665071831 (a SAS report template)
        ("GeoMean (CV%)", ("geometric_mean", "cv_percent")),  # id 51765216759 (an R table generator)
        ("Geo mean (CV%)", ("geometric_mean", "cv_percent")),
        ("G-mean (CV%)", ("geometric_mean", "cv_percent")),
        ("Geometric LS mean (CV%)", ("geometric_mean", "cv_percent")),  # id 58762000234 (a table shell)
        ("Geometric mean (geometric coefficient of variation)", ("geometric_mean", "cv_percent")),
        ("Mean (CV%)", ("mean", "cv_percent")),  # the control: an arithmetic mean stays one
    ],
)
def test_a_geometric_mean_spelled_short_is_read_as_one(label: str, stats: tuple[str, ...]) -> None:
    from extractors.legend_wording import canonical

    ctx = Context(
        row=("Cmax (ng/mL)",), column=(canonical(label),), footnotes=(), table_notes="", title="", arm_n=None,
        section="pk",
    )  # fmt: skip
    shape = parse_shape("1234 (35.2)")
    assert shape is not None
    assert meaning_of(shape, ctx).stats == stats
