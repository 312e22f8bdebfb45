"""Test distribution over pytest-xdist workers (``-n 2 --dist loadgroup`` in pyproject.toml).

A session fixture is computed once per worker, so the tests sharing an expensive one are kept on one worker:
the golden extractions (every golden PDF, ``extraction``), the mixed ingest run (``mixed``) and the database of
uploaded papers (``loaded``). Every other test stays with the tests of its own file, so module fixtures are
computed once too. Each group runs whole on one worker; groups are spread over the workers.
"""

from __future__ import annotations

import os
import sys

import pytest
from hypothesis import HealthCheck, settings

# Property tests have no per-example deadline: hypothesis's default (200 ms) is a wall-clock limit that a loaded
# two-core machine misses (a first call importing scipy, a worker sharing its core), failing a test whose property
# holds. Speed is measured in bench/, not here.
settings.register_profile("trialex", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("trialex")

# The suite starts many Python processes of its own (the CLI, uvicorn, queue workers, ingest runs). Where the
# environment sets PYTHONDONTWRITEBYTECODE, each of them would compile every trialex module again: the test
# run writes bytecode, so the processes started after the first import read it instead.
os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
sys.dont_write_bytecode = False

# The session fixtures that cost seconds to minutes: each fixture's users form one group.
SHARED_FIXTURES = ("extraction", "mixed", "loaded")


def group_of(item: pytest.Item) -> str:
    for name in SHARED_FIXTURES:
        if name in getattr(item, "fixturenames", ()):
            return f"fixture:{name}"
    return f"file:{item.nodeid.split('::', 1)[0]}"


@pytest.hookimpl(tryfirst=True)  # before xdist's own hook reads the marks into node ids
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        item.add_marker(pytest.mark.xdist_group(group_of(item)))
