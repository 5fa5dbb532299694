"""What every request handler of the web app shares: :class:`WebState`, one per app,
and :func:`state_of` to reach it from a request. ``api`` and ``pages`` import this module,
never ``app``, so no module of the package imports back into one that imports it."""

from __future__ import annotations

import logging
import secrets
import threading
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

import anyio
import anyio.to_thread
from fastapi import Request
from fastapi.responses import HTMLResponse
from jinja2 import Environment

from .._version import __version__
from ..model import Document, Finding
from .errors import WebError, token_refusal

logger = logging.getLogger(__name__)
T = TypeVar("T")

Analyzer = Callable[[list[Document]], list[Document]]


def default_analyzer(docs: list[Document]) -> list[Document]:
    """The library's default pipeline (models load once per process)."""
    from ..analysis import analyze_documents

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
    #: fetches URLs to analyse (private addresses refused unless ``--allow-private-urls``)
    fetcher: Any = None

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

    def fetch_page(self, url: str) -> Document:
        """The article at ``url`` (blocking: call it in a worker thread)."""
        from ..net.follow import Follower

        if self.fetcher is None:
            raise WebError(422, "this server does not fetch URLs; paste the article text",
                           "invalid_input")  # fmt: skip
        return Follower(self.fetcher).page(url.strip())

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


