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


def golden_files() -> list[Path]:
    return sorted(GOLDEN.glob("*.json"))


def load_golden(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data
