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
from trialex.settings import Settings

MAX_PAGE_SIZE = 1000
MAX_ID = 2**63 - 1  # ids are 64-bit at most; a larger one is a 422, never an overflow in the database
MAX_OFFSET = 2**31 - 1


async def get_app_settings(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


def get_session(request: Request) -> Iterator[Session]:
    with session_scope(request.app.state.engine) as session:
        yield session


SettingsDep = Annotated[Settings, Depends(get_app_settings)]
SessionDep = Annotated[Session, Depends(get_session)]

api_key_header = APIKeyHeader(
    name="X-API-Key",
    auto_error=False,
    description="Needed for uploads when the server sets TRIALEX_API_KEY; reads are open.",
)


def has_api_key(settings: Settings, key: str | None) -> bool:
    """The request shows the server's API key (details such as paths and hosts are shown only then)."""
    return bool(settings.api_key and key and secrets.compare_digest(key.encode(), settings.api_key.encode()))


async def require_api_key(settings: SettingsDep, key: Annotated[str | None, Security(api_key_header)]) -> None:
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

    def __init__(self, offset: int = 0, limit: int = 100) -> None:
        self.offset = offset
        self.limit = limit


async def page_parameters(
    offset: Annotated[int, Query(ge=0, le=MAX_OFFSET, description="rows to skip")] = 0,
    limit: Annotated[int, Query(ge=1, le=MAX_PAGE_SIZE, description="rows to return (≤ 1000)")] = 100,
) -> Page:
    """(async: no thread hop for a dependency that does no I/O)"""
    return Page(offset, limit)


PageDep = Annotated[Page, Depends(page_parameters)]
ApiKeyDep = Depends(require_api_key)


async def refuse_control_characters(request: Request) -> None:
    """NUL and other control characters (below U+0020 except tab, and U+007F) in a query or path parameter
    are refused with a 422 problem: no database stores a NUL, and no label contains one."""
    for where, items in (("query", request.query_params.multi_items()), ("path", request.path_params.items())):
        for name, value in items:
            if isinstance(value, str) and any((ord(c) < 0x20 and c != "\t") or ord(c) == 0x7F for c in value):
                raise ProblemError(
                    422,
                    "validation-error",
                    f"{where}.{name}: control characters (such as NUL) are not allowed",
                )
