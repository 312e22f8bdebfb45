"""Extractions of the fixture PDFs, computed once per test session: the first one asked for extracts every
golden PDF at once, on every core (the golden tests read them all; one by one they are the suite's longest
wait)."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from extractors.pipeline import extract
from extractors.structure import TableModel
from schemas.extraction import Extraction

DATA = Path(__file__).resolve().parents[1] / "data"
PDFS = DATA / "pdfs"
GOLDEN = DATA / "golden"


def _extract_one(name: str) -> Extraction:
    return extract(PDFS / name)


@cache
def _golden_extractions() -> dict[str, Extraction]:
    names = sorted({load_golden(p)["pdf"] for p in golden_files()})
    with ProcessPoolExecutor(max_workers=max(1, min(2, os.cpu_count() or 1))) as pool:
        return dict(zip(names, pool.map(_extract_one, names, chunksize=1), strict=True))


@cache
def _extract(name: str) -> Extraction:
    extractions = _golden_extractions()
    return extractions[name] if name in extractions else _extract_one(name)


@pytest.fixture(scope="session")
def extraction() -> Callable[[str], Extraction]:
    """extraction("seed-nct04728035.pdf") -> the Extraction of that fixture (cached)."""
    return _extract


ZOO_ORIGIN = "zoo-typeset"  # the layout zoo (tests/typeset/zoo.py): its accuracy is reported by bench/accuracy.py


def golden_files() -> list[Path]:
    return sorted(p for p in GOLDEN.glob("*.json") if p.name != "floors.json")  # floors.json holds recall floors


def scored_golden_files() -> list[Path]:
    """The golden files held to the recall/wrong-value thresholds of tests/extraction/test_golden.py."""
    return [p for p in golden_files() if load_golden(p)["origin"] != ZOO_ORIGIN]


def zoo_golden_files() -> list[Path]:
    return [p for p in golden_files() if load_golden(p)["origin"] == ZOO_ORIGIN]


def load_golden(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def table_model(title: str, rows: list[str] | None = None, columns: list[list[str]] | None = None) -> TableModel:
    """A one-page "Table 2" with ``title``, one-level row labels and two arms, for the classifier's tests."""
    return TableModel(
        table_id="Table 2",
        title=title,
        pages=[1],
        notes="",
        stub_header="",
        columns=columns or [["Arm A (n = 20)"], ["Arm B (n = 21)"]],
        row_labels=[[r] for r in rows or []],
    )


# The sentence-form tests (tests/extraction/test_prose_*.py) test how the prose reader binds a number's endpoint and
# group, stage by stage: their corpora's ratchets and cases say what each binding rule reads. Which bindings are then
# emitted is the binding-kind gate's policy (extractors/prose_kind_gate.py), a stage after them with tests of its own
# (test_prose_calibration2.py); so they read with the gate off. Every test of a whole extraction (the golden files,
# the reader snapshot, the CLI, the service) reads with it on, as a user does.
_GATE_TESTS = ("test_prose_calibration2.py", "test_prose_accounting.py")  # the gate's own tests; whole papers


@pytest.fixture(autouse=True)
def _binding_stage_without_the_gate(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    name = request.path.name
    if name.startswith("test_prose_") and name not in _GATE_TESTS and "extraction" not in request.fixturenames:
        monkeypatch.setenv("TRIALEX_PROSE_KIND_GATE", "0")
