"""Serving the web app with uvicorn, with a deadline for each request's headers.

The app sees a request only once its headers are complete, so a client that trickles its
headers a byte at a time (slowloris), or connects and sends nothing, can only be stopped by
the server: :class:`HeaderTimeoutProtocol` is uvicorn's httptools protocol with a timer
from the moment a connection opens (and from the first byte of each later request on a
kept-alive connection) to the end of the request's headers. When it fires, the client gets
408 in the one error shape and the connection is closed. Bodies have their own deadline in
:class:`~presslens.web.errors.GuardMiddleware`; idle kept-alive connections uvicorn's own.
"""

from __future__ import annotations

import asyncio
import json
import logging
import socket
from typing import Any

import uvicorn
from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

from ..errors import InputError
from .errors import HEADER_TIMEOUT_S, SECURITY_HEADERS, error_body

logger = logging.getLogger(__name__)


class HeaderTimeoutProtocol(HttpToolsProtocol):
    """uvicorn's HTTP/1.1 protocol, closing connections whose headers come too slowly."""

    header_timeout: float = HEADER_TIMEOUT_S

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._header_timer: asyncio.TimerHandle | None = None

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._arm()  # a connection that sends nothing is a request that never arrives

    def on_message_begin(self) -> None:
        super().on_message_begin()
        if self._header_timer is None:  # a later request on a kept-alive connection
            self._arm()

    def on_headers_complete(self) -> None:
        self._disarm()
        super().on_headers_complete()

    def connection_lost(self, exc: Exception | None) -> None:
        self._disarm()
        super().connection_lost(exc)

    def _arm(self) -> None:
        self._header_timer = self.loop.call_later(self.header_timeout, self._headers_too_slow)

    def _disarm(self) -> None:
        if self._header_timer is not None:
            self._header_timer.cancel()
            self._header_timer = None

    def _headers_too_slow(self) -> None:
        self._header_timer = None
        if self.transport.is_closing():
            return
        client = f"{self.client[0]}:{self.client[1]}" if self.client else "a client"
        logger.info("%s: request headers incomplete after %g s", client, self.header_timeout)
        if self.cycle is None or self.cycle.response_complete:  # no response under way
            message = f"the request headers did not arrive within {self.header_timeout:g} s"
            self.transport.write(response_408(message, self.server_state.default_headers))
        self.transport.close()


def response_408(message: str, default_headers: list[tuple[bytes, bytes]]) -> bytes:
    body = json.dumps(error_body(408, message)).encode()
    headers = [
        *default_headers,
        (b"content-type", b"application/json"),
        (b"content-length", str(len(body)).encode()),
        (b"connection", b"close"),
        *SECURITY_HEADERS,
    ]
    head = b"".join(name + b": " + value + b"\r\n" for name, value in headers)
    return b"HTTP/1.1 408 Request Timeout\r\n" + head + b"\r\n" + body


def header_timeout_protocol(seconds: float) -> type[HeaderTimeoutProtocol]:
    """The protocol class for ``uvicorn.Config(http=...)`` with this header deadline."""
    return type("HeaderTimeoutProtocol", (HeaderTimeoutProtocol,), {"header_timeout": seconds})


def server_options(header_timeout: float = HEADER_TIMEOUT_S) -> dict[str, Any]:
    """uvicorn's options for ``presslens serve``: the header deadline, quiet logs, no
    ``Server`` header."""
    return {
        "http": header_timeout_protocol(header_timeout),
        "log_level": "warning",
        "server_header": False,
    }


def server_config(
    app: Any, host: str, port: int, *, header_timeout: float = HEADER_TIMEOUT_S
) -> uvicorn.Config:
    """The configuration :func:`serve_app` runs ``app`` with (tests serve it so in a thread)."""
    return uvicorn.Config(app, host=host, port=port, **server_options(header_timeout))


def serve_app(app: Any, host: str, port: int, *, header_timeout: float = HEADER_TIMEOUT_S) -> None:
    """Serve ``app`` until interrupted (``presslens serve``)."""
    uvicorn.run(app, host=host, port=port, **server_options(header_timeout))


def check_listen(host: str, port: int) -> None:
    """Refuse, in one line, an address ``serve`` cannot listen on (a port in use, an
    address not on this machine), before minutes go into loading models; binding as
    uvicorn binds (``SO_REUSEADDR``)."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)
    except (OSError, UnicodeError) as exc:
        raise InputError(f"cannot serve on {host}: the name does not resolve ({exc})") from None
    family, kind, proto, _, address = infos[0]
    try:
        with socket.socket(family, kind, proto) as sock:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            sock.bind(address)
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise InputError(
            f"cannot serve on {host} port {port} ({reason.lower()}); give another --port or "
            "stop what is listening there"
        ) from None
