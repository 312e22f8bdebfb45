"""Dependencies as named ``Annotated`` aliases, so route signatures read as prose."""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from typing import Annotated

from fastapi import Depends, Query, Request, Security
from fastapi.security import APIKeyHeader
from sqlmodel import Session

from db.engine import session_scope
from service.problems import ProblemError
from service.worker import Extractor
from trialex.settings import Settings

MAX_PAGE_SIZE = 1000


def get_app_settings(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


def get_session(request: Request) -> Iterator[Session]:
    with session_scope(request.app.state.engine) as session:
        yield session


def get_extractor(request: Request) -> Extractor:
    extractor: Extractor = request.app.state.extractor
    return extractor


SettingsDep = Annotated[Settings, Depends(get_app_settings)]
SessionDep = Annotated[Session, Depends(get_session)]
ExtractorDep = Annotated[Extractor, Depends(get_extractor)]

api_key_header = APIKeyHeader(
    name="X-API-Key",
    auto_error=False,
    description="Needed for uploads when the server sets TRIALEX_API_KEY; reads are open.",
)


def require_api_key(settings: SettingsDep, key: Annotated[str | None, Security(api_key_header)]) -> None:
    """Writes need the server's API key when one is configured (an empty value counts as none): 401
    without a key, 403 with a wrong one."""
    if not settings.api_key:
        return
    if not key:
        raise ProblemError(
            401,
            "unauthorized",
            "this server requires an X-API-Key header for uploads",
            headers={"WWW-Authenticate": 'ApiKey header="X-API-Key"'},
        )
    if not secrets.compare_digest(key.encode(), settings.api_key.encode()):
        raise ProblemError(403, "forbidden", "the X-API-Key header does not match the server's API key")


class Page:
    """``offset`` and ``limit`` query parameters."""

    def __init__(
        self,
        offset: Annotated[int, Query(ge=0, description="rows to skip")] = 0,
        limit: Annotated[int, Query(ge=1, le=MAX_PAGE_SIZE, description="rows to return (≤ 1000)")] = 100,
    ) -> None:
        self.offset = offset
        self.limit = limit


PageDep = Annotated[Page, Depends()]
ApiKeyDep = Depends(require_api_key)
