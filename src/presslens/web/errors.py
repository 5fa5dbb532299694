"""The web layer's one error shape, and the ASGI guards that produce it early.

Every error the server returns, from any route or guard, has this JSON body::

    {"error": {"status": 404, "code": "not_found", "message": "no article 'x'"}}

``status`` repeats the HTTP status, ``code`` is a stable machine-readable
word (see :data:`CODES`), ``message`` is one human line. Tracebacks are
logged on the server and never sent. Browser pages get the same information
as an HTML page.
"""

from __future__ import annotations

import hmac
import json
import logging
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

import anyio

from ..settings import setting

logger = logging.getLogger(__name__)

#: The ``code`` for each status the server returns.
CODES: dict[int, str] = {
    400: "bad_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    408: "request_timeout",
    413: "payload_too_large",
    415: "unsupported_media_type",
    422: "validation_error",
    500: "internal_error",
    503: "store_unavailable",
}

#: Headers every response carries.
SECURITY_HEADERS: list[tuple[bytes, bytes]] = [
    (
        b"content-security-policy",
        b"default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        b"form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
    ),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
]

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]


class WebError(Exception):
    """An error a route raises on purpose; becomes the JSON error shape."""

    def __init__(self, status: int, message: str, code: str | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.code = code or CODES.get(status, "error")
        self.message = message


def error_body(status: int, message: str, code: str | None = None) -> dict[str, Any]:
    return {
        "error": {"status": status, "code": code or CODES.get(status, "error"), "message": message}
    }


class BodyTooLarge(Exception):
    pass


#: How long the server waits for each piece of a request body.
BODY_TIMEOUT_S = float(setting("body_timeout").default)  # type: ignore[arg-type]
#: How long the server waits for a request's headers (``serve --header-timeout``; enforced
#: by :mod:`presslens.web.server`, since the app sees no request before its headers).
HEADER_TIMEOUT_S = float(setting("header_timeout").default)  # type: ignore[arg-type]


class GuardMiddleware:
    """Security headers on every response, a body size limit, and a Host check.

    The Host check (when ``allowed_hosts`` is given) stops DNS-rebinding pages
    from reading a loopback server through a name they control.
    """

    def __init__(
        self,
        app: ASGIApp,
        max_body: int,
        allowed_hosts: list[str] | None = None,
        token: str | None = None,
        body_timeout: float = BODY_TIMEOUT_S,
    ) -> None:
        self.app = app
        self.max_body = max_body
        self.allowed_hosts = {h.lower() for h in allowed_hosts} if allowed_hosts else None
        self.token = token
        self.body_timeout = body_timeout

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers") or [])
        if self.allowed_hosts is not None:
            host = headers.get(b"host", b"").decode("latin-1").lower()
            name = host.rsplit(":", 1)[0] if not host.endswith("]") else host
            if name not in self.allowed_hosts:
                await _send_error(
                    send, 400, f"host {host!r} is not served here; use the address serve printed"
                )
                return
        if self.token is not None and _api_write(scope):
            # refused before a byte of the body is read: a client without the token cannot
            # hold the connection open by trickling one
            refusal = token_refusal(_bearer(headers), self.token)
            if refusal is not None:
                await _send_error(send, *refusal)
                return
        length = headers.get(b"content-length")
        if length is not None and length.isdigit() and int(length) > self.max_body:
            await _send_error(send, 413, f"request body is over the {self.max_body:,}-byte limit")
            return
        started = False
        received = 0
        overflow = False  # the body ran past the limit (a chunked body says no length)

        async def limited_receive() -> Message:
            nonlocal received, overflow
            try:
                with anyio.fail_after(self.body_timeout):
                    message = await receive()
            except TimeoutError:
                raise BodyTimeout from None
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_body:
                    overflow = True
                    raise BodyTooLarge
            return message

        async def guarded_send(message: Message) -> None:
            nonlocal started
            if overflow:
                # a framework that caught BodyTooLarge while parsing answers "400 error
                # parsing the body": the client is told what happened instead, once
                if message["type"] == "http.response.start" and not started:
                    started = True
                    await _send_error(
                        send, 413, f"request body is over the {self.max_body:,}-byte limit"
                    )
                return
            if message["type"] == "http.response.start":
                started = True
                names = {k.lower() for k, _ in message.get("headers", [])}
                message["headers"] = list(message.get("headers", [])) + [
                    (k, v) for k, v in SECURITY_HEADERS if k not in names
                ]
            await send(message)

        try:
            await self.app(scope, limited_receive, guarded_send)
        except BodyTimeout:
            if not started:
                await _send_error(
                    send, 408, f"the request body did not arrive within {self.body_timeout:g} s"
                )
        except BodyTooLarge:
            if not started:
                await _send_error(
                    send, 413, f"request body is over the {self.max_body:,}-byte limit"
                )


#: The API's writes (they need the token; /api/analyze is a read).
_WRITE_METHODS = frozenset(["POST", "PUT", "PATCH", "DELETE"])


class BodyTimeout(Exception):
    """A request body that stopped arriving."""


def _api_write(scope: Scope) -> bool:
    path = str(scope.get("path", ""))
    return scope.get("method") in _WRITE_METHODS and (
        path.startswith("/api/articles") or path == "/api/analyze/file"
    )


def _bearer(headers: dict[bytes, bytes]) -> str | None:
    scheme, _, value = headers.get(b"authorization", b"").decode("latin-1").partition(" ")
    return value.strip() if scheme.lower() == "bearer" else None


def token_refusal(given: str | None, token: str) -> tuple[int, str] | None:
    """(status, message) when ``given`` is not the write token, else None."""
    if not given:
        return 401, "this action needs the write token (Authorization: Bearer <token>)"
    if not hmac.compare_digest(given.encode(), token.encode()):
        return 403, "the write token is wrong; use the token serve was started with"
    return None


async def _send_error(send: Send, status: int, message: str) -> None:
    body = json.dumps(error_body(status, message)).encode()
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(body)).encode()),
                *SECURITY_HEADERS,
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})
