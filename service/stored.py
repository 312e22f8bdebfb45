"""A trial's section answered from the payloads stored with its papers (:mod:`db.payloads`): the parts are
joined as bytes, with no record read, no model built and no JSON encoded but the small ``meta`` block.

The ETag is a hash of the server version, the kind, section and page asked for, and each paper's stored
payload tag: it changes when a paper of the trial is added or deleted, never otherwise. One small query
(the trial's papers and their payload tags) decides it; ``If-None-Match`` with the current tag answers 304.
Payload bodies, and whole answers, are kept in an in-process LRU cache keyed by their tag: what a tag names
never changes, so the cache needs no invalidation, and a new or deleted paper makes a new tag.
"""

from __future__ import annotations

import hashlib
import json
import threading
from collections import OrderedDict
from typing import Any

from sqlalchemy import Engine
from sqlmodel import Session
from starlette.responses import Response

import trialex
from db.engine import session_scope
from db.models import Document
from db.payloads import csv_header, ensure_payloads, payload_bodies, trial_payload_tags
from db.queries import get_documents, trial_documents
from service.problems import ProblemError
from service.schemas import meta_for

CACHE_ENTRIES = 512


class PayloadCache:
    """Bodies of stored payloads by (document, section, kind, etag); values split into lines."""

    def __init__(self, entries: int = CACHE_ENTRIES) -> None:
        self.entries = entries
        self._items: OrderedDict[tuple[int, str, str, str], Any] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: tuple[int, str, str, str]) -> Any:
        with self._lock:
            value = self._items.get(key)
            if value is not None:
                self._items.move_to_end(key)
            return value

    def put(self, key: tuple[int, str, str, str], value: Any) -> None:
        with self._lock:
            self._items[key] = value
            self._items.move_to_end(key)
            while len(self._items) > self.entries:
                self._items.popitem(last=False)


def answer(
    engine: Engine,
    cache: PayloadCache,
    nct_id: str,
    section: str,
    kind: str,
    offset: int,
    limit: int,
    if_none_match: str | None,
) -> Response:
    """The answer, from one small query when it is cached or not modified."""
    with engine.connect() as connection:
        tags = trial_payload_tags(connection=connection, nct_id=nct_id, section=section, kind=kind)
    if not tags or any(etag is None for _, etag, _ in tags):
        with session_scope(engine) as session:
            own = trial_documents(session=session, nct_id=nct_id)
            if own is None:
                raise ProblemError(404, "not-found", f"no stored paper prints {nct_id}")
            ensure_payloads(session=session, documents=own)
            tags = trial_payload_tags(connection=session.connection(), nct_id=nct_id, section=section, kind=kind)
    page = (offset, limit) if kind == "values" else (0, 0)
    digest = hashlib.sha256(
        f"{trialex.__version__}|{nct_id}|{section}|{kind}|{page}|".encode()
        + ",".join(f"{i}:{etag}" for i, etag, _ in tags).encode()
    ).hexdigest()[:32]
    etag = f'"{digest}"'
    headers = {"ETag": etag, "Cache-Control": "no-cache"}
    if if_none_match is not None and etag in (t.strip() for t in if_none_match.split(",")):
        return Response(status_code=304, headers=headers)
    cached = cache.get((0, nct_id, kind, etag))
    if cached is None:
        with session_scope(engine) as session:
            cached = _build(session, cache, tags, nct_id=nct_id, section=section, kind=kind, offset=offset, limit=limit)
        cache.put((0, nct_id, kind, etag), cached)
    body, media_type, extra = cached
    return Response(body, media_type=media_type, headers={**headers, **extra})


def _build(
    session: Session,
    cache: PayloadCache,
    tags: list[tuple[int, str | None, int]],
    *,
    nct_id: str,
    section: str,
    kind: str,
    offset: int,
    limit: int,
) -> tuple[bytes, str, dict[str, str]]:
    """The whole answer: (body, media type, extra headers)."""
    ids = [i for i, _, _ in tags]
    keys = {i: (i, section, kind, etag or "") for i, etag, _ in tags}
    parts = {i: cache.get(keys[i]) for i in ids}
    missing = [i for i, part in parts.items() if part is None]
    for i, body in payload_bodies(session=session, document_ids=missing, section=section, kind=kind).items():
        part: Any = body.splitlines() if kind == "values" else body
        cache.put(keys[i], part)
        parts[i] = part
    total = sum(items for _, _, items in tags)
    if kind == "csv":
        file_name = f"{nct_id}-{section.replace('_', '-')}.csv"
        extra = {"Content-Disposition": f'attachment; filename="{file_name}"', "X-Total-Count": str(total)}
        return csv_header() + b"".join(parts[i] for i in ids), "text/csv; charset=utf-8", extra
    own = get_documents(session=session, document_ids=ids)
    head = _head(own, nct_id, section, kind, offset, limit, total)
    if kind == "values":
        lines = [line for i in ids for line in parts[i]]
        results = b",".join(lines[offset : offset + limit])
    else:
        results = b",".join(
            b'{"document_id":%d,"file_name":%s,"data":%s}' % (d.id or 0, json.dumps(d.file_name).encode(), parts[d.id])
            for d in own
            if d.id is not None
        )
    return head + results + b"]}", "application/json", {}


def _head(own: list[Document], nct_id: str, section: str, kind: str, offset: int, limit: int, total: int) -> bytes:
    meta = meta_for(own, offset=offset, limit=limit, total=total) if kind == "values" else meta_for(own)
    return (
        b'{"meta":'
        + meta.model_dump_json().encode()
        + b',"nct_id":'
        + json.dumps(nct_id).encode()
        + b',"section":'
        + json.dumps(section).encode()
        + b',"filters":{},"results":['
    )
