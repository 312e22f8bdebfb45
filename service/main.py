"""The FastAPI application. :func:`create_app` builds one for a :class:`trialex.settings.Settings` (tests
point it at a temporary database); ``app`` is the one that ``uvicorn service.main:app`` and
``trialex serve`` run."""

from __future__ import annotations

import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI
from pydantic import BaseModel
from sqlalchemy import func
from sqlmodel import select

import trialex
from db.engine import init_db, make_engine, session_scope
from db.models import Document
from service import problems
from service.limits import UploadLimitMiddleware
from service.routes import documents, pages, review, runs, trials
from service.ui import mount_ui
from service.worker import Extractor, Limits
from trialex.settings import Settings, get_settings

DESCRIPTION = """\
Clinical-trial publications in, typed and provenanced numbers out.

Upload a paper (`POST /documents`), then read its trial by NCT id: `/trials/{nct_id}/demographics`,
`/adverse-events`, `/pk`, `/efficacy` (typed, or `view=values` long form, or `format=csv`) and `/checks`.
Every number keeps its page, bounding box and raw text. Errors are `application/problem+json` (RFC 9457).
"""


class Health(BaseModel):
    status: str
    trialex_version: str
    documents: int


def extraction_slots() -> int:
    return max(1, min(4, os.cpu_count() or 1))


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or get_settings()
    engine = make_engine(settings.database_url)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        init_db(engine)
        yield
        engine.dispose()

    app = FastAPI(title="trialex", version=trialex.__version__, description=DESCRIPTION, lifespan=lifespan)
    app.state.settings = settings
    app.state.engine = engine
    app.state.extractor = Extractor(
        Limits(
            max_bytes=settings.max_upload_bytes,
            max_pages=settings.max_pages,
            timeout_s=settings.ingest_timeout_s,
            memory_mb=settings.ingest_memory_mb,
        ),
        slots=extraction_slots(),
    )
    problems.install(app)
    app.add_middleware(UploadLimitMiddleware, max_file_bytes=settings.max_upload_bytes)
    app.include_router(documents.router)
    app.include_router(trials.router)
    app.include_router(runs.router)
    app.include_router(pages.router)
    app.include_router(review.router)
    mount_ui(app)

    @app.get("/health", response_model=Health, tags=["health"], summary="Liveness and database check")
    def health() -> Health:
        with session_scope(engine) as session:
            count = session.exec(select(func.count()).select_from(Document)).one()
        return Health(status="ok", trialex_version=trialex.__version__, documents=count)

    return app


app = create_app()
