"""Errors as ``application/problem+json`` (RFC 9457): ``type``, ``title``, ``status``, ``detail``.

``type`` is the stable code of the error (a relative URI reference such as ``not-a-pdf``, the ``.code`` of
the :mod:`trialex.errors` class); clients branch on it, people read ``title`` and ``detail``. Every error the
service answers goes through :func:`problem_response`, including validation errors and unknown routes.
"""

from __future__ import annotations

from http import HTTPStatus
from typing import Any

from fastapi import FastAPI, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from pydantic import BaseModel, Field
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.responses import JSONResponse, Response

from service.worker import (
    ExtractionFailedError,
    ExtractionTimeoutError,
    ExtractorBugError,
    ExtractorBusyError,
)
from trialex.errors import (
    EmptyFileError,
    EncryptedPDFError,
    InputError,
    MemoryLimitError,
    NotAPDFError,
    NoTextLayerError,
    StorageError,
    TooLargeError,
    TrialexError,
    TruncatedPDFError,
)

PROBLEM_JSON = "application/problem+json"

# HTTP status of each trialex error; the first matching class (most specific first) wins.
STATUS_OF: tuple[tuple[type[TrialexError], int], ...] = (
    (TooLargeError, 413),
    (MemoryLimitError, 422),
    (NotAPDFError, 415),
    (EmptyFileError, 422),
    (TruncatedPDFError, 422),
    (EncryptedPDFError, 422),
    (NoTextLayerError, 422),
    (InputError, 422),
    (ExtractionTimeoutError, 422),
    (ExtractionFailedError, 422),
    (ExtractorBusyError, 503),
    (ExtractorBugError, 500),
    (StorageError, 503),
    (TrialexError, 500),
)

TITLES = {
    "empty-file": "The file is empty",
    "not-a-pdf": "The file is not a PDF",
    "truncated-pdf": "The PDF is damaged or truncated",
    "encrypted-pdf": "The PDF is encrypted",
    "no-text-layer": "The PDF has no text layer",
    "too-large": "The file is too large",
    "memory-limit": "The PDF needs more memory than allowed (a decompression bomb?)",
    "extraction-timeout": "The extraction took too long",
    "extraction-failed": "The extraction failed",
    "extractor-busy": "Every extraction worker is busy",
    "extractor-error": "The extractor failed on this file (a trialex bug)",
    "storage-error": "The database refused the write",
    "validation-error": "The request is not valid",
    "not-found": "Not found",
    "blob-missing": "The uploaded PDF is missing from the blob store",
    "unauthorized": "An API key is required",
    "forbidden": "The API key is not valid",
    "internal-error": "Internal server error",
}


class Problem(BaseModel):
    """An error response (RFC 9457)."""

    type: str = Field(description="stable error code, e.g. 'not-a-pdf', 'not-found', 'validation-error'")
    title: str
    status: int
    detail: str
    instance: str | None = Field(default=None, description="the request path")
    errors: list[dict[str, Any]] | None = Field(default=None, description="validation errors, field by field")


class ProblemError(Exception):
    """Raised by routes to answer with a problem."""

    def __init__(
        self, status: int, type_: str, detail: str, *, title: str | None = None, headers: dict[str, str] | None = None
    ) -> None:
        super().__init__(detail)
        self.status, self.type, self.detail = status, type_, detail
        self.title = title or TITLES.get(type_) or HTTPStatus(status).phrase
        self.headers = headers


def problem_response(
    status: int,
    type_: str,
    detail: str,
    *,
    title: str | None = None,
    instance: str | None = None,
    errors: list[dict[str, Any]] | None = None,
    headers: dict[str, str] | None = None,
) -> JSONResponse:
    problem = Problem(
        type=type_,
        title=title or TITLES.get(type_) or HTTPStatus(status).phrase,
        status=status,
        detail=detail,
        instance=instance,
        errors=errors,
    )
    return JSONResponse(
        problem.model_dump(mode="json", exclude_none=True), status_code=status, media_type=PROBLEM_JSON, headers=headers
    )


def status_of_code(code: str | None) -> int:
    """The HTTP status of a failed job's error code (the ``.code`` of a :mod:`trialex.errors` class)."""
    for cls, status in STATUS_OF:
        if getattr(cls, "code", None) == code:
            return status
    return 422


def status_of(exc: TrialexError) -> int:
    return next(status for cls, status in STATUS_OF if isinstance(exc, cls))


def _http_type(status: int) -> str:
    return {401: "unauthorized", 403: "forbidden", 404: "not-found", 413: "too-large"}.get(
        status, HTTPStatus(status).phrase.lower().replace(" ", "-")
    )


def allowed_methods(request: Request) -> list[str]:
    """Every method some route serves at this path (Starlette's 405 names only the first route's)."""
    from starlette.routing import Match, Route

    methods: set[str] = set()
    scope = {**request.scope, "method": "GET"}
    for route in request.app.routes:
        if isinstance(route, Route) and route.methods and route.matches(scope)[0] != Match.NONE:
            methods |= set(route.methods)
    return sorted(methods)


def install(app: FastAPI) -> None:
    """Register the handlers that turn every error into a problem response."""

    async def on_problem(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, ProblemError)
        return problem_response(
            exc.status, exc.type, exc.detail, title=exc.title, instance=request.url.path, headers=exc.headers
        )

    async def on_trialex(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, TrialexError)
        return problem_response(status_of(exc), exc.code, str(exc), instance=request.url.path)

    async def on_http(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, StarletteHTTPException)
        detail = exc.detail if isinstance(exc.detail, str) else HTTPStatus(exc.status_code).phrase
        headers = dict(exc.headers) if exc.headers else {}
        if exc.status_code == 405:
            headers["Allow"] = ", ".join(allowed_methods(request))
        return problem_response(
            exc.status_code,
            _http_type(exc.status_code),
            detail,
            instance=request.url.path,
            headers=headers or None,
        )

    async def on_validation(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, RequestValidationError)
        errors = [
            {"loc": list(e.get("loc", ())), "msg": e.get("msg", ""), "type": e.get("type", "")} for e in exc.errors()
        ]
        detail = "; ".join(f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in errors)
        return problem_response(
            422,
            "validation-error",
            detail or "the request is not valid",
            instance=request.url.path,
            errors=jsonable_encoder(errors),
        )

    async def on_unexpected(request: Request, exc: Exception) -> Response:
        return problem_response(
            500, "internal-error", "the server failed to answer; the error is logged", instance=request.url.path
        )

    app.add_exception_handler(Exception, on_unexpected)
    app.add_exception_handler(ProblemError, on_problem)
    app.add_exception_handler(TrialexError, on_trialex)
    app.add_exception_handler(StarletteHTTPException, on_http)
    app.add_exception_handler(RequestValidationError, on_validation)
