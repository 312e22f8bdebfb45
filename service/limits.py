"""A size limit on upload bodies, enforced before the body is read.

A declared ``Content-Length`` over the limit is refused at once with 413, nothing read. A body without one
(chunked) is counted as it streams in and refused with 413 as soon as it passes the limit. The limit covers
the multipart envelope too, so it is the file limit plus :data:`ENVELOPE_BYTES`; the route checks the file's
own size exactly.
"""

from __future__ import annotations

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from service.problems import problem_response

ENVELOPE_BYTES = 64 * 1024


class BodyTooLargeError(Exception):
    """The streamed body passed the limit."""


class UploadLimitMiddleware:
    def __init__(self, app: ASGIApp, *, max_file_bytes: int, paths: tuple[str, ...] = ("/documents",)) -> None:
        self.app = app
        self.max_file_bytes = max_file_bytes
        self.max_body = max_file_bytes + ENVELOPE_BYTES
        self.paths = paths

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        method = scope.get("method")
        upload = scope["type"] == "http" and method in {"POST", "PUT"} and scope["path"] in self.paths
        if not upload:
            await self.app(scope, receive, send)
            return
        declared = _content_length(scope)
        if declared is not None and declared > self.max_body:
            await self._refuse(scope, receive, send, f"the request body is {declared} bytes")
            return
        received = 0
        overflow = False
        started = False

        async def counted_receive() -> Message:
            nonlocal received, overflow
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_body:
                    overflow = True
                    raise BodyTooLargeError
            return message

        async def guarded_send(message: Message) -> None:
            nonlocal started
            if overflow:
                return  # whatever the app made of the interrupted body, the answer is the 413 below
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, counted_receive, guarded_send)
        except Exception:
            if not overflow:  # the app's own error, not the interrupted body
                raise
        if overflow and not started:
            await self._refuse(scope, receive, send, f"the request body passed {self.max_body} bytes")

    async def _refuse(self, scope: Scope, receive: Receive, send: Send, what: str) -> None:
        limit_mb = self.max_file_bytes / (1024 * 1024)
        response = problem_response(
            413,
            "too-large",
            f"{what}; uploads are limited to {limit_mb:.3g} MB (TRIALEX_MAX_UPLOAD_MB)",
            instance=scope["path"],
            headers={"Connection": "close"},
        )
        await response(scope, receive, send)


def _content_length(scope: Scope) -> int | None:
    for name, value in scope["headers"]:
        if name == b"content-length":
            try:
                return int(value)
            except ValueError:
                return None
    return None
