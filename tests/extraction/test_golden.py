"""Every golden file, value by value (rules: tests/data/golden/README.md).

What the tests hold (the issue targets, recall >= 0.95 everywhere, are reported by bench/accuracy.py): wrong
values, mislabeled included, at most 0.5% of the labelled values emitted on tuning files; validation papers'
wrong rate may not grow; no golden file reads fewer values than its recorded floor in any section; the seed
paper's four tables are read completely and without a single wrong value.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from schemas.extraction import Extraction
from tests.extraction.conftest import golden_files, load_golden, scored_golden_files, zoo_golden_files
from tests.typeset.zoo_patterns import PATTERNS
from trialex.evaluate import Report, compare, split_of

ALL_GOLDEN = golden_files()
GOLDEN = scored_golden_files()  # the layout zoo is reported by bench/accuracy.py, not held to these thresholds
ZOO = zoo_golden_files()


_REPORTS: dict[Path, Report] = {}


def _report(path: Path, extraction: Callable[[str], Extraction]) -> Report:
    """The comparison of a golden file with its (session-cached) extraction, computed once per session."""
    if path not in _REPORTS:
        golden = load_golden(path)
        _REPORTS[path] = compare(golden, extraction(golden["pdf"]).records)
    return _REPORTS[path]


def test_golden_set_is_present() -> None:
    kinds = {load_golden(p)["origin"] for p in ALL_GOLDEN}
    assert len(GOLDEN) >= 20
    assert kinds == {"real", "jats-typeset", "seed-typeset", "zoo-typeset"}
    real = [p for p in GOLDEN if load_golden(p)["origin"] == "real"]
    assert len(real) >= 8


def test_layout_zoo_covers_every_pattern() -> None:
    """Issue 8's zoo: at least six house styles, each pattern of PATTERNS ((a)-(z) and the later uppercase ones)
    exposed by some fixture."""
    goldens = [load_golden(p) for p in ZOO]
    assert len(goldens) >= 12
    assert len({g["source"]["zoo_style"] for g in goldens}) >= 6
    letters = {p.split(":")[0] for g in goldens for p in g["source"]["zoo_patterns"]}
    assert set("abcdefghijklmnopqrstuvwxyz") <= set(PATTERNS)
    assert letters == set(PATTERNS)


@pytest.mark.parametrize("path", ZOO, ids=[p.stem for p in ZOO])
def test_zoo_golden_parses_and_has_its_pdf(path: Path) -> None:
    golden = load_golden(path)
    assert golden["pdf"] == path.stem + ".pdf"
    assert (path.parents[1] / "pdfs" / golden["pdf"]).is_file()
    assert golden["tables"] and all(t["cells"] for t in golden["tables"])
    for table in golden["tables"]:
        assert table["section"] in ("demographics", "adverse_events", "pk", "efficacy")
        for cell in table["cells"]:
            # a ratio or P value printed once for the arms (pattern D) is under no column
            stats = set(cell["values"]) | set(cell.get("qualifiers", {}))
            contrast = stats <= {"hr", "or", "rr", "p", "ci_low", "ci_high"}
            assert cell["row"] and (cell["column"] or contrast) and cell["raw"]
            assert cell["values"] or cell.get("qualifiers")


@pytest.mark.parametrize("path", ALL_GOLDEN, ids=[p.stem for p in ALL_GOLDEN])
def test_golden_file_has_its_pdf_and_source(path: Path) -> None:
    golden = load_golden(path)
    assert (path.parents[1] / "pdfs" / golden["pdf"]).is_file()
    assert golden["source"]["slug"] or golden["source"]["path"]


def test_seed_tables_read_completely(extraction: Callable[[str], Extraction]) -> None:
    report = _report(Path(__file__).parents[1] / "data" / "golden" / "seed-nct04728035.json", extraction)
    for section in ("demographics", "adverse_events", "pk", "efficacy"):
        tally = report.sections[section]
        assert tally.found == tally.golden, (section, report.misses[:5])
        assert tally.wrong == 0 and tally.mislabeled == 0, report.wrongs[:5]
    # prose numbers whose endpoint the sentence does not tell are reported, not emitted (issue 9)
    assert report.sections["text"].recall >= 0.4, report.misses[:10]
    assert report.sections["text_labelled"].found >= 10, report.misses[:10]


def _wrong_rate(paths: list[Path], extraction: Callable[[str], Extraction]) -> tuple[int, int]:
    """Wrong plus mislabeled table values, and the labelled table values emitted, over these golden files."""
    bad = emitted = 0
    for path in paths:
        for section, tally in _report(path, extraction).sections.items():
            if not section.startswith("text"):
                bad += tally.wrong + tally.mislabeled
                emitted += tally.emitted
    return bad, emitted


def test_wrong_values_on_tuning_files_within_target(extraction: Callable[[str], Extraction]) -> None:
    """Issue 9's target on what we tune on (typeset fixtures, the zoo, tuning real papers): wrong values,
    mislabeled included, at most 0.5% of the labelled values emitted."""
    tuning = [p for p in ALL_GOLDEN if split_of(p.stem, load_golden(p)["origin"]) == "tuning"]
    bad, emitted = _wrong_rate(tuning, extraction)
    assert emitted > 5000
    assert bad <= 0.005 * emitted, f"{bad} wrong or mislabeled of {emitted}"


def test_wrong_values_on_validation_files_do_not_grow(extraction: Callable[[str], Extraction]) -> None:
    """Validation papers are never tuned on; their wrong rate over table values (3.3% when first
    recorded, 1.37% after the typing families of issue 9, 1.19% after the house styles A-E, 0.68% once one block
    belongs to one table; still above the 0.5% target, see README) may only fall. The ceiling went from 0.8% to
    1.1% when the evaluator began to score each found value's group and AE grade (1.07%: 14 validation values under
    another group, until then counted found); no extraction rule changed it."""
    validation = [p for p in ALL_GOLDEN if split_of(p.stem, load_golden(p)["origin"]) == "validation"]
    bad, emitted = _wrong_rate(validation, extraction)
    assert emitted > 2000
    assert bad <= 0.011 * emitted, f"{bad} wrong or mislabeled of {emitted}"


def test_prose_mislabels_do_not_grow(extraction: Callable[[str], Extraction]) -> None:
    """Prose values emitted with an endpoint and group, under another endpoint or group than the golden file's:
    18 of 333 on the tuning papers and 212 of 454 on validation when prose labels were first withheld on doubt
    (issue 9; far above the 0.5% target on validation, see README). The JATS-typeset papers' prose was
    transcribed blind later (270 of 518 under another label when first measured): a second unseen set. After
    the rounds that withheld labels bound across a verb, lists and shared values: tuning 18 of 343, JATS 151 of
    455, validation 146 of 378; after the round of comparator groups and coordinated terms: tuning 18 of 343,
    JATS 114 of 478, validation 137 of 382; after the round of column gutters and prose intervals (with the
    unseen JATS paper cea in the JATS set): tuning 18 of 347, JATS 111 of 524, validation 153 of 475; after the
    round of label precision (placeholder endpoints, P values in brackets, figure-legend groups): tuning 12 of
    346, JATS 55 of 514, validation 151 of 474 (the round did not carry over to validation). After the round that
    types a prose estimate by its own clause's statistic (a "median" said of another clause no longer makes it a
    median): validation 160 of 480 (158 of 478 at the round's end), 7 (then 5) more values emitted with the right
    statistic under the labels they already had wrong (the bench did not count a wrong statistic's label), so the
    ceiling went from 33% to 34%; tuning 18 of 231 with the two papers first measured this round (12 of 58 when
    measured). After the round of general-medicine sentences written and read back (two coordinated values the
    reader would give one label withheld, groups said after the number): validation 125 of 444, tuning 16 of
    229, JATS 53 of 561; the validation ceiling went down to 29%. After the binding-kind gate (chosen on a blind
    calibration corpus, extractors/prose_kind_gate.py): validation 107 of 446, tuning 16 of 590, JATS 41 of 624; the
    ceilings went down to 25% and 8%. No share may grow."""
    for group, ceiling in (("tuning", 0.05), ("jats", 0.08), ("validation", 0.25)):
        bad = emitted = 0
        for path in ALL_GOLDEN:
            origin = load_golden(path)["origin"]
            split = split_of(path.stem, origin)
            member = split if split == "validation" else ("jats" if origin == "jats-typeset" else "tuning")
            if member != group:
                continue
            tally = _report(path, extraction).sections.get("text_labelled")
            if tally is not None:
                bad += tally.mislabeled
                emitted += tally.emitted
        assert emitted > 200, group
        assert bad <= ceiling * emitted, f"{group}: {bad} mislabeled of {emitted} labelled prose values"


FLOORS = json.loads((Path(__file__).parents[1] / "data" / "floors.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("path", ALL_GOLDEN, ids=[p.stem for p in ALL_GOLDEN])
def test_no_golden_file_falls_below_its_floor(path: Path, extraction: Callable[[str], Extraction]) -> None:
    """Every golden file keeps at least the values it was found to read when its floor was recorded
    (tests/extraction/floors.py; floors only move up), section by section, prose included."""
    floors = FLOORS[path.stem]
    report = _report(path, extraction)
    for section, floor in floors.items():
        found = report.sections[section].found if section in report.sections else 0
        assert found >= floor, f"{section}: {found} < floor {floor}: {report.misses[:5]}"


def test_metadata_title_and_doi_of_the_golden_papers(extraction: Callable[[str], Extraction]) -> None:
    """The article's own title, whole, and its DOI from the running heads (not the reference list)."""
    dois = titles = total = 0
    for path in GOLDEN:
        golden = load_golden(path)
        want = golden.get("metadata") or {}
        if not want.get("doi"):
            continue
        got = extraction(golden["pdf"]).metadata
        total += 1
        dois += got.doi == want["doi"]
        titles += _plain(got.title) == _plain(want.get("title"))
    assert total >= 30
    assert dois >= 0.9 * total, f"{dois}/{total} DOIs"  # 34 of 37 when the 31 real papers were added
    assert titles >= 0.85 * total, f"{titles}/{total} titles"


def _plain(text: str | None) -> str:
    import unicodedata

    return " ".join(unicodedata.normalize("NFKC", text or "").split()).lower()


def test_acronyms_are_trial_names_not_phases_or_compound_codes() -> None:
    from extractors.metadata import _acronym

    assert _acronym("Spironolactone versus placebo (PATHWAY-2): a randomised trial", "") == "PATHWAY-2"
    assert _acronym("Effect of rifampin on Axitinib (AG-013736) in volunteers", "") is None
    assert _acronym("A phase III trial", "the SPLASH trial enrolled") == "SPLASH"
