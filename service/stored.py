"""A trial's section answered from the payloads stored with its papers (:mod:`db.payloads`): the parts are
joined as bytes, with no record read, no model built and no JSON encoded but the small ``meta`` block.

The ETag is a hash of the server version, the kind, section and page asked for, and each paper's stored
payload tag: it changes when a paper of the trial is added or deleted, never otherwise. ``If-None-Match``
with the current tag answers 304 at the cost of one small query. Payload bodies are kept in a small
in-process LRU cache keyed by their tag (a stored payload never changes under its tag).
"""

from __future__ import annotations

import hashlib
import json
import threading
from collections import OrderedDict
from typing import Any

from sqlalchemy import Engine
from starlette.responses import Response

import trialex
from db.engine import session_scope
from db.models import Document
from db.payloads import csv_header, ensure_payloads, payload_bodies, payload_tags
from db.queries import trial_documents
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
    *,
    nct_id: str,
    section: str,
    kind: str,
    offset: int,
    limit: int,
    if_none_match: str | None,
) -> Response:
    with session_scope(engine) as session:
        own = trial_documents(session=session, nct_id=nct_id)
        if own is None:
            raise ProblemError(404, "not-found", f"no stored paper prints {nct_id}")
        ids = [d.id for d in own if d.id is not None]
        tags = payload_tags(session=session, document_ids=ids, section=section, kind=kind)
        if len(tags) < len(ids):
            ensure_payloads(session=session, documents=own)
            tags = payload_tags(session=session, document_ids=ids, section=section, kind=kind)
        page = (offset, limit) if kind == "values" else (0, 0)
        digest = hashlib.sha256(
            f"{trialex.__version__}|{nct_id}|{section}|{kind}|{page}|".encode()
            + ",".join(f"{i}:{tags[i].etag}" for i in ids).encode()
        ).hexdigest()[:32]
        etag = f'"{digest}"'
        headers = {"ETag": etag, "Cache-Control": "no-cache"}
        if if_none_match is not None and etag in (t.strip() for t in if_none_match.split(",")):
            return Response(status_code=304, headers=headers)
        keys = {i: (i, section, kind, tags[i].etag) for i in ids}
        parts = {i: cache.get(keys[i]) for i in ids}
        missing = [i for i, part in parts.items() if part is None]
        if missing:
            for i, body in payload_bodies(session=session, document_ids=missing, section=section, kind=kind).items():
                part: Any = body.splitlines() if kind == "values" else body
                cache.put(keys[i], part)
                parts[i] = part
    if kind == "csv":
        total = sum(tags[i].items for i in ids)
        file_name = f"{nct_id}-{section.replace('_', '-')}.csv"
        return Response(
            csv_header() + b"".join(parts[i] for i in ids),
            media_type="text/csv; charset=utf-8",
            headers={
                **headers,
                "Content-Disposition": f'attachment; filename="{file_name}"',
                "X-Total-Count": str(total),
            },
        )
    head = _head(own, nct_id, section, kind, offset, limit, sum(tags[i].items for i in ids))
    if kind == "values":
        lines = [line for i in ids for line in parts[i]]
        results = b",".join(lines[offset : offset + limit])
    else:
        results = b",".join(
            b'{"document_id":%d,"file_name":%s,"data":%s}' % (d.id or 0, json.dumps(d.file_name).encode(), parts[d.id])
            for d in own
            if d.id is not None
        )
    return Response(head + results + b"]}", media_type="application/json", headers=headers)


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
