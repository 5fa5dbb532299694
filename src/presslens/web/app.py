"""The presslens web application: pages and a JSON API over the library and store.

:func:`create_app` builds a FastAPI app around a store and an analyser
function; the ``serve`` command passes the real ones, tests pass fakes. The
web layer holds no analysis: it calls :func:`presslens.analyze_documents`
(through the analyser), :func:`presslens.reading.parse_bytes` for uploads
and the store's public methods, and arranges what they return.
"""

from __future__ import annotations

import ipaddress
import logging
import secrets
import socket
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from jinja2 import Environment, FileSystemLoader
from starlette.exceptions import HTTPException as StarletteHTTPException

from .._version import __version__
from ..errors import InputError, InputTooLargeError, PresslensError, StoreError
from ..net.fetch import WEB_FETCH_SETTINGS, Fetcher, FetchSettings
from ..reading import DEFAULT_MAX_BYTES
from . import api, pages
from .errors import CODES, SECURITY_HEADERS, BodyTooLarge, GuardMiddleware, WebError, error_body
from .state import Analyzer, WebState, default_analyzer, state_of

logger = logging.getLogger(__name__)

HERE = Path(__file__).resolve().parent
DEFAULT_MAX_UPLOAD = DEFAULT_MAX_BYTES  # uploads are limited like any other input
LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "::1", "[::1]")

def _wants_html(request: Request) -> bool:
    return not request.url.path.startswith("/api/") and "text/html" in request.headers.get(
        "accept", ""
    )


def _error_response(
    request: Request, status: int, message: str, code: str | None = None
) -> Response:
    if _wants_html(request):
        try:
            return state_of(request).render(
                "error.html",
                status=status,
                status_code=status,
                message=message,
                title=f"Error {status}",
            )
        except Exception:  # pragma: no cover - fall back to JSON if templates break
            logger.exception("error page failed")
    return JSONResponse(error_body(status, message, code), status_code=status)


def _validation_message(exc: RequestValidationError) -> str:
    errors = exc.errors()
    if not errors:
        return "the request is not valid"
    first = errors[0]
    where = ".".join(str(p) for p in first.get("loc", ()))
    more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
    return f"{where}: {first.get('msg', 'invalid')}{more}"


def _install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(WebError)
    async def _web_error(request: Request, exc: WebError) -> Response:
        return _error_response(request, exc.status, exc.message, exc.code)

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(request: Request, exc: StarletteHTTPException) -> Response:
        messages = {
            404: f"nothing at {request.url.path}; see /api/docs for what the server has",
            405: f"{request.method} is not allowed on {request.url.path}",
        }
        message = messages.get(exc.status_code) or str(exc.detail)
        return _error_response(request, exc.status_code, message)

    @app.exception_handler(RequestValidationError)
    async def _validation_error(request: Request, exc: RequestValidationError) -> Response:
        return _error_response(request, 422, _validation_message(exc))

    @app.exception_handler(BodyTooLarge)
    async def _too_large(request: Request, exc: BodyTooLarge) -> Response:
        limit = state_of(request).max_upload
        return _error_response(request, 413, f"request body is over the {limit:,}-byte limit")

    @app.exception_handler(PresslensError)
    async def _presslens_error(request: Request, exc: PresslensError) -> Response:
        if isinstance(exc, InputTooLargeError):
            return _error_response(request, 413, exc.message)
        if isinstance(exc, InputError):
            return _error_response(request, 422, exc.message, "invalid_input")
        if isinstance(exc, StoreError):
            logger.error("store error: %s", exc.message)
            return _error_response(request, 503, exc.message)
        logger.error("presslens error: %s", exc.message)
        return _error_response(request, 500, "the analysis failed; see the server log")

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception) -> Response:
        logger.exception("unhandled error on %s %s", request.method, request.url.path)
        response = _error_response(request, 500, "internal server error; see the server log")
        for key, value in SECURITY_HEADERS:
            response.headers[key.decode()] = value.decode()
        return response


def create_app(
    store: Any,
    *,
    token: str | None = None,
    analyzer: Analyzer | None = None,
    max_upload: int = DEFAULT_MAX_UPLOAD,
    allowed_hosts: Sequence[str] | None = None,
    allow_private_urls: bool = False,
    fetch_settings: FetchSettings | None = None,
) -> FastAPI:
    """The web app over ``store``.

    ``token`` guards every write; when ``None`` a random one is made (read it
    from ``app.state.web.token``). ``analyzer`` turns documents with text and
    metadata into analysed documents (default: the library's pipeline).
    ``allowed_hosts`` restricts the Host header (``None``: any). A URL to analyse is
    fetched with ``fetch_settings`` (default :data:`~presslens.net.fetch.WEB_FETCH_SETTINGS`:
    done within 20 s); loopback, private, link-local and metadata addresses are refused
    (after every redirect) unless ``allow_private_urls``.
    """
    settings = replace(fetch_settings or WEB_FETCH_SETTINGS, allow_private=allow_private_urls)

    app = FastAPI(
        title="presslens",
        version=__version__,
        description=(
            "How a news article persuades, who said what, and what holds up across outlets. "
            "Every error has the shape "
            '`{"error": {"status": int, "code": str, "message": str}}`; codes: '
            + ", ".join(f"{s} `{c}`" for s, c in sorted(CODES.items()))
            + ". Writes need `Authorization: Bearer <token>`."
        ),
        docs_url=None,
        redoc_url=None,
        openapi_url="/api/openapi.json",
    )
    env = Environment(
        loader=FileSystemLoader(str(HERE / "templates")),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
        auto_reload=False,
    )
    state = WebState(
        store=store,
        analyzer=analyzer or default_analyzer,
        token=token or secrets.token_urlsafe(24),
        max_upload=max_upload,
        templates=env,
        fetcher=Fetcher(settings),
    )
    app.state.web = state
    _install_error_handlers(app)
    app.add_middleware(
        GuardMiddleware,
        max_body=max_upload + 64 * 1024,
        allowed_hosts=list(allowed_hosts) if allowed_hosts else None,
        token=state.token,
    )
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")
    app.include_router(api.router)
    app.include_router(pages.router)
    return app


def is_loopback(host: str) -> bool:
    """Whether binding ``host`` serves this machine alone: decided on the address it
    resolves to ("127.invalid" is a name, not a loopback address), never on its spelling.
    A name that does not resolve, or resolves to any non-loopback address, is not."""
    name = host.strip("[]")
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        pass
    try:
        infos = socket.getaddrinfo(name, None)
    except (OSError, UnicodeError):
        return False
    addresses = {info[4][0] for info in infos}
    return bool(addresses) and all(
        ipaddress.ip_address(str(a).split("%")[0]).is_loopback for a in addresses
    )
