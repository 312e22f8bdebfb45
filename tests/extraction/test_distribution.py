"""The suite runs on two pytest-xdist workers; the tests sharing the golden extractions must stay on one of
them, or every golden PDF is extracted once per worker (tests/conftest.py)."""

from __future__ import annotations

import os
from collections.abc import Callable

import pytest

from schemas.extraction import Extraction
from tests.conftest import group_of


def test_the_golden_extraction_users_form_one_group(
    request: pytest.FixtureRequest, extraction: Callable[[str], Extraction]
) -> None:
    assert group_of(request.node) == "fixture:extraction"
    if os.environ.get("PYTEST_XDIST_WORKER"):
        # xdist's loadgroup scheduler reads the group from the node id's "@" suffix; a pytest release that
        # stops honouring the rewrite would split the group silently.
        assert request.node.nodeid.endswith("@fixture:extraction"), request.node.nodeid


def test_other_tests_are_grouped_by_file(request: pytest.FixtureRequest) -> None:
    assert group_of(request.node) == "file:tests/extraction/test_distribution.py"
