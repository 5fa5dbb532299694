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
import threading
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import anyio
import anyio.to_thread
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from jinja2 import Environment, FileSystemLoader
from starlette.exceptions import HTTPException as StarletteHTTPException

from .._version import __version__
from ..errors import InputError, InputTooLargeError, PresslensError, StoreError
from ..model import Document, Finding
from ..reading import DEFAULT_MAX_BYTES
from .errors import (
    CODES,
    SECURITY_HEADERS,
    BodyTooLarge,
    GuardMiddleware,
    WebError,
    error_body,
    token_refusal,
)

logger = logging.getLogger(__name__)
T = TypeVar("T")

HERE = Path(__file__).resolve().parent
DEFAULT_MAX_UPLOAD = DEFAULT_MAX_BYTES  # uploads are limited like any other input
LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "::1", "[::1]")

Analyzer = Callable[[list[Document]], list[Document]]


def default_analyzer(docs: list[Document]) -> list[Document]:
    """The library's default pipeline (models load once per process)."""
    from .._api import analyze_documents

    return list(analyze_documents(docs))


@dataclass
class WebState:
    """What every request handler needs; one per app."""

    store: Any
    analyzer: Analyzer
    token: str
    max_upload: int
    templates: Environment
    store_lock: threading.RLock = field(default_factory=threading.RLock)
    recent: OrderedDict[str, Document] = field(default_factory=OrderedDict)
    recent_max: int = 64
    pages: OrderedDict[tuple[str, ...], tuple[Any, str]] = field(default_factory=OrderedDict)
    pages_max: int = 256

    _limiter: anyio.CapacityLimiter | None = None

    async def _with_models(self, fn: Callable[..., T], *args: Any) -> T:
        """Run ``fn`` in a worker thread, one model-using call at a time.

        The models are shared, so analyses and findings are serialised; waiting
        requests wait on a limiter, not in the thread pool, so page reads stay
        responsive on the event loop meanwhile.
        """
        if self._limiter is None:
            self._limiter = anyio.CapacityLimiter(1)
        return await anyio.to_thread.run_sync(fn, *args, limiter=self._limiter)

    async def analyse(self, docs: list[Document]) -> list[Document]:
        """Analyse ``docs`` off the event loop (see :meth:`_with_models`)."""
        out = await self._with_models(self.analyzer, docs)
        for doc in out:
            doc._parse = None  # pages and the store use the layers; free the spaCy Doc
        return out

    async def findings(self, story_id: str) -> list[Finding]:
        """A story's findings off the event loop: the first request after a story
        changes computes them (embeddings, seconds), later ones read the store's
        cache. The store guards its own connection, so no ``store_lock`` is held
        while they are computed."""
        result: list[Finding] = await self._with_models(self.store.findings, story_id)
        return result

    def remember(self, doc: Document) -> str:
        key = secrets.token_urlsafe(9)
        with self.store_lock:
            self.recent[key] = doc
            while len(self.recent) > self.recent_max:
                self.recent.popitem(last=False)
        return key

    def recall(self, key: str) -> Document:
        with self.store_lock:
            doc = self.recent.get(key)
        if doc is None:
            raise WebError(404, "that analysis is no longer kept here; analyse the article again")
        return doc

    def add(self, doc: Document) -> tuple[str, bool]:
        with self.store_lock:
            result: tuple[str, bool] = self.store.add(doc)
        return result

    def check_token(self, given: str | None) -> None:
        refusal = token_refusal(given, self.token)
        if refusal is not None:
            raise WebError(*refusal)

    def check_bearer(self, request: Request) -> None:
        header = request.headers.get("authorization", "")
        scheme, _, value = header.partition(" ")
        self.check_token(value.strip() if scheme.lower() == "bearer" else None)

    def page(self, key: tuple[str, ...], build: Callable[[], HTMLResponse]) -> HTMLResponse:
        """The page for ``key``: as rendered before if the store has not changed since,
        else ``build()``, kept for the next request."""
        version = self.write_version()
        hit = self.cached_page(key, version)
        if hit is not None:
            return hit
        response = build()
        self.keep_page(key, version, response)
        return response

    def write_version(self) -> Any:
        """The store's write version, which keys the page cache."""
        with self.store_lock:
            return self.store.write_version()

    def cached_page(self, key: tuple[str, ...], version: Any) -> HTMLResponse | None:
        """The page rendered for ``key`` while the store was at ``version``, if kept."""
        with self.store_lock:
            hit = self.pages.get(key)
            if hit is None or hit[0] != version:
                return None
            self.pages.move_to_end(key)
        return HTMLResponse(hit[1])

    def keep_page(self, key: tuple[str, ...], version: Any, response: HTMLResponse) -> None:
        """Keep a rendered page until the store changes (least recently used go first)."""
        if response.status_code != 200:
            return
        with self.store_lock:
            self.pages[key] = (version, bytes(response.body).decode())
            self.pages.move_to_end(key)
            while len(self.pages) > self.pages_max:
                self.pages.popitem(last=False)

    def render(self, name: str, status: int = 200, **context: Any) -> HTMLResponse:
        html = self.templates.get_template(name).render(version=__version__, **context)
        return HTMLResponse(html, status_code=status)


def state_of(request: Request) -> WebState:
    state: WebState = request.app.state.web
    return state


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
) -> FastAPI:
    """The web app over ``store``.

    ``token`` guards every write; when ``None`` a random one is made (read it
    from ``app.state.web.token``). ``analyzer`` turns documents with text and
    metadata into analysed documents (default: the library's pipeline).
    ``allowed_hosts`` restricts the Host header (``None``: any).
    """
    from . import api, pages

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
