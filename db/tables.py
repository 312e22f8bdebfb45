"""Every table of the schema, imported in one place so that ``SQLModel.metadata`` knows them all (the engine,
the migrations and the tests import this module)."""

from __future__ import annotations

import importlib

import db.jobs
import db.models
import db.payloads
import db.runs  # noqa: F401

# Tables other packages own register themselves when their module exists (db/reviews.py).
try:
    importlib.import_module("db.reviews")
except ModuleNotFoundError as exc:
    if exc.name != "db.reviews":
        raise
