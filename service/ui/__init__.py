"""The review web UI at ``/ui/``: plain HTML, CSS and one script served from ``service/ui/static`` by the same
app, with no build step and nothing fetched from elsewhere, so it works offline."""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI
from starlette.staticfiles import StaticFiles

STATIC = Path(__file__).resolve().parent / "static"


def mount_ui(app: FastAPI) -> None:
    app.mount("/ui", StaticFiles(directory=STATIC, html=True), name="ui")
