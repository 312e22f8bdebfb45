"""The FastAPI application. :func:`create_app` builds one for a :class:`trialex.settings.Settings` (tests
point it at a temporary database); ``app`` is the one that ``uvicorn service.main:app`` and
``trialex serve`` run."""

from __future__ import annotations

import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import Depends, FastAPI
from pydantic import BaseModel
from sqlalchemy import func
from sqlmodel import select

import trialex
from db.engine import init_db, make_engine, session_scope
from db.models import Document
from service import offline_docs, openapi, problems
from service.deps import refuse_control_characters
from service.limits import UploadLimitMiddleware
from service.routes import documents, jobs, pages, review, runs, trials
from service.stored import PayloadCache
from service.ui import mount_ui
from trialex.blobs import BlobStore
from trialex.ingest.queue import make_queue
from trialex.isolation import Limits
from trialex.settings import Settings, get_settings

DESCRIPTION = """\
Clinical-trial publications in, typed and provenanced numbers out.

Upload a paper (`POST /documents`: 202 and its job at `/jobs/{id}`; `?wait=true` for the document), then
read its trial by NCT id: `/trials/{nct_id}/demographics`,
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
    blobs = BlobStore(settings.blob_dir)
    limits = Limits(
        max_bytes=settings.max_upload_bytes,
        max_pages=settings.max_pages,
        timeout_s=settings.ingest_timeout_s,
        memory_mb=settings.ingest_memory_mb,
        reader=settings.reader,
    )

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        init_db(engine)
        app.state.queue = make_queue(
            setting=settings.queue,
            database_url=settings.database_url,
            engine=engine,
            blobs=blobs,
            limits=limits,
            slots=settings.local_workers or extraction_slots(),
        )
        app.state.queue.start()
        try:
            yield
        finally:
            app.state.queue.close()
            engine.dispose()

    app = FastAPI(
        title="trialex",
        version=trialex.__version__,
        description=DESCRIPTION,
        lifespan=lifespan,
        docs_url=None,
        redoc_url=None,
        dependencies=[Depends(refuse_control_characters)],
    )
    app.state.settings = settings
    app.state.engine = engine
    app.state.blobs = blobs
    app.state.payload_cache = PayloadCache()
    problems.install(app)
    app.add_middleware(UploadLimitMiddleware, max_file_bytes=settings.max_upload_bytes)
    app.include_router(documents.router)
    app.include_router(jobs.router)
    app.include_router(trials.router)
    app.include_router(runs.router)
    offline_docs.install(app)
    app.include_router(pages.router)
    app.include_router(review.router)
    mount_ui(app)

    @app.get("/health", response_model=Health, tags=["health"], summary="Liveness and database check")
    def health() -> Health:
        with session_scope(engine) as session:
            count = session.exec(select(func.count()).select_from(Document)).one()
        return Health(status="ok", trialex_version=trialex.__version__, documents=count)

    openapi.install(app)
    return app


app = create_app()
