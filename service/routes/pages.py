"""``/documents/{id}/pages``: the pages of a stored PDF, as sizes and as PNG images (cached on disk)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from pydantic import BaseModel
from starlette.responses import Response

from db.models import Document
from db.queries import get_document
from extractors.render import MAX_DPI, MIN_DPI
from service.deps import SessionDep
from service.pagecache import PageCache
from service.problems import PROBLEM_JSON, Problem, ProblemError
from trialex.blobs import BlobNotFound

router = APIRouter(prefix="/documents", tags=["review"])

_PROBLEM: dict[str, Any] = {"model": Problem, "content": {PROBLEM_JSON: {}}}
RESPONSES: dict[int | str, dict[str, Any]] = {
    404: {**_PROBLEM, "description": "No such document or page, or the PDF itself is not stored"},
}
DEFAULT_DPI = 100


class PageInfo(BaseModel):
    number: int
    width: float
    height: float


def page_cache(request: Request) -> PageCache:
    cache: PageCache | None = getattr(request.app.state, "page_cache", None)
    if cache is None:
        cache = PageCache(request.app.state.settings)
        request.app.state.page_cache = cache
    return cache


def page_infos(cache: PageCache, document: Document) -> list[PageInfo]:
    """Page sizes in points, or an empty list when the PDF is not stored (uploaded before blobs were kept)."""
    try:
        return [PageInfo(number=s.number, width=s.width, height=s.height) for s in cache.sizes(document.sha256)]
    except BlobNotFound:
        return []


@router.get("/{document_id}/pages", response_model=list[PageInfo], responses=RESPONSES, summary="Page sizes")
def read_pages(document_id: int, request: Request, session: SessionDep) -> list[PageInfo]:
    """The size of every page in PDF points (a record's bbox is in the same units, from the top-left)."""
    document = _document(session, document_id)
    cache = page_cache(request)
    if not cache.has_pdf(document.sha256):
        raise _no_pdf(document_id)
    return page_infos(cache, document)


@router.get(
    "/{document_id}/pages/{page}.png",
    response_class=Response,
    responses={**RESPONSES, 200: {"content": {"image/png": {}}, "description": "the page as a PNG"}},
    summary="A page as an image",
)
def read_page_image(
    document_id: int,
    page: int,
    request: Request,
    session: SessionDep,
    dpi: Annotated[int, Query(ge=MIN_DPI, le=MAX_DPI, description="resolution")] = DEFAULT_DPI,
) -> Response:
    """Page ``page`` (1-based) rendered at ``dpi`` (greyscale PNG); the first request renders it, later ones
    are served from the disk cache (header ``X-Render-Cache: hit``)."""
    document = _document(session, document_id)
    if not 1 <= page <= document.pages:
        raise ProblemError(404, "not-found", f"document {document_id} has {document.pages} pages, not a page {page}")
    try:
        png, hit = page_cache(request).png(document.sha256, page, dpi)
    except BlobNotFound as exc:
        raise _no_pdf(document_id) from exc
    return Response(
        png,
        media_type="image/png",
        headers={
            "Cache-Control": "private, max-age=3600",
            "ETag": f'"{document.sha256}-{page}-{dpi}"',
            "X-Render-Cache": "hit" if hit else "miss",
        },
    )


def _document(session: SessionDep, document_id: int) -> Document:
    document = get_document(session=session, document_id=document_id)
    if document is None:
        raise ProblemError(404, "not-found", f"no document with id {document_id}")
    return document


def _no_pdf(document_id: int) -> ProblemError:
    return ProblemError(
        404, "pdf-not-stored", f"the PDF of document {document_id} is not stored; upload it again to see its pages"
    )
