"""Which of the four kinds a table is (its section, i.e. the API endpoint its values are served under).

A table filed under another kind puts right numbers under the wrong endpoint: a PK table served as
efficacy, an AE table as efficacy. The families: captions broken by a line-break hyphen, captions naming
their analysis population, concomitant medications as baseline data, urinary excretion as PK, and untitled
tables whose row labels decide."""

from __future__ import annotations

import pytest

from extractors.classify import classify_section
from extractors.structure import TableModel


def _model(title: str, rows: list[str] | None = None, columns: list[list[str]] | None = None) -> TableModel:
    return TableModel(
        table_id="Table 2",
        title=title,
        pages=[1],
        notes="",
        stub_header="",
        columns=columns or [["Arm A (n = 20)"], ["Arm B (n = 21)"]],
        row_labels=[[r] for r in rows or []],
    )


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("Parameter estimates of the final population phar- macokinetic model of paracetamol", "pk"),
        ("Mean (SD) percentage of acetaminophen and metabolites excreted in urine", "pk"),
        (
            "Concomitant Antihypertensive Medications Used by Drug Class and Treatment Group (Safety Set)",
            "demographics",
        ),
        ("Prior therapies of the patients", "demographics"),
        ("Adverse events (safety population)", "adverse_events"),
        ("Response by treatment group (full analysis set)", "efficacy"),
    ],
)
def test_a_caption_decides_without_its_hyphens_and_population(title: str, kind: str) -> None:
    assert classify_section(_model(title)) == kind


def test_the_analysis_population_alone_makes_no_table_an_ae_table() -> None:
    rows = ["ACE inhibitor", "ARB", "Calcium channel blocker", "β-Blocker"]
    assert classify_section(_model("Antihypertensive drugs by class (Safety Set)", rows)) != "adverse_events"


def test_an_untitled_table_of_ae_terms_is_an_ae_table() -> None:
    rows = ["Nausea", "Fatigue", "Anemia", "Neutropenia", "Elevated ALT", "Hyponatremia", "Vomiting", "Other"]
    assert classify_section(_model("", rows, [["GP (n = 53)"], ["GV (n = 53)"], ["P"]])) == "adverse_events"


def test_an_untitled_response_table_is_efficacy_though_one_row_says_baseline() -> None:
    rows = [
        "Total number of patients with tumour assessment at baseline",
        "End of Cycle 3 > Partial response",
        "End of Cycle 3 > Stable disease",
        "End of Cycle 3 > Progressive disease",
        "End of Cycle 6 > Partial response",
        "End of Cycle 6 > Stable disease",
    ]
    assert classify_section(_model("", rows)) == "efficacy"


def test_an_untitled_table_with_too_few_telling_labels_falls_back_to_the_old_order() -> None:
    rows = ["Alpha", "Beta", "Gamma", "Delta", "Epsilon", "Nausea"]
    assert classify_section(_model("", rows)) == "efficacy"


def test_a_table_of_no_known_kind_is_filed_under_efficacy_with_a_finding_that_says_so() -> None:
    from extractors.classify import section_evidence
    from extractors.records import table_to_records
    from extractors.structure import TableCell

    model = _model("Ranges, interassay precisions and accuracy values", ["Caffeine", "Metoprolol"])
    assert section_evidence(model) == ("efficacy", "default")
    model.cells = [
        TableCell(
            row=["Caffeine"],
            column=["Arm A (n = 20)"],
            text="25",
            page=1,
            bbox=(0.0, 0.0, 1.0, 1.0),
            arm_n=20,
            marks=[],
        )
    ]
    _section, _records, findings = table_to_records(model)
    assert [f.check for f in findings if f.check == "table-kind-unknown"] == ["table-kind-unknown"]
    assert section_evidence(_model("Adverse events")) == ("adverse_events", "caption")
