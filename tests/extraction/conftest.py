"""Extractions of the fixture PDFs, computed once per test session."""

from __future__ import annotations

import json
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from extractors.pipeline import extract
from schemas.extraction import Extraction

DATA = Path(__file__).resolve().parents[1] / "data"
PDFS = DATA / "pdfs"
GOLDEN = DATA / "golden"


@cache
def _extract(name: str) -> Extraction:
    return extract(PDFS / name)


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
