"""Reading the store for a request, shared by the JSON API and the pages: one article,
one story, the article filter from request parameters, an outlet's technique mix, an
uploaded file's documents."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import defaultdict
from collections.abc import Callable
from pathlib import PurePath
from typing import Any, TypeVar

from fastapi import Request, UploadFile
from fastapi.responses import Response

from ..model import Document, Story
from ..reading import parse_bytes
from ..store import ArticleFilter, ArticleRow, Store
from .errors import WebError
from .state import state_of

T = TypeVar("T")


def row_dict(row: ArticleRow) -> dict[str, Any]:
    """A listed article as the API and the templates show it."""
    return dataclasses.asdict(row)


def doc_response(doc: Document, status: int = 200) -> Response:
    return Response(doc.to_json(), status_code=status, media_type="application/json")


def _stored(request: Request, what: str, key: str, read: Callable[[Store, str], T | None]) -> T:
    """One stored thing by its id, under the store lock; a 404 naming it when absent."""
    state = state_of(request)
    with state.store_lock:
        found = read(state.store, key)
    if found is None:
        raise WebError(404, f"no {what} {key!r} in the corpus")
    return found


def get_article(request: Request, article_id: str) -> Document:
    return _stored(request, "article", article_id, lambda store, key: store.get(key))


def get_story(request: Request, story_id: str) -> Story:
    return _stored(request, "story", story_id, lambda store, key: store.story(key))


def article_filters(
    q: str | None = None,
    outlet: str | None = None,
    since: dt.date | None = None,
    until: dt.date | None = None,
    technique: str | None = None,
    speaker: str | None = None,
    story: str | None = None,
) -> ArticleFilter:
    """Request parameters to a store filter; empty strings mean "any"."""
    return ArticleFilter(
        query=q or None,
        outlet=outlet or None,
        since=since,
        until=until,
        technique=technique or None,
        speaker=speaker or None,
        story=story or None,
    )


def outlet_mix(rows: list[tuple[str, str, str, int]]) -> list[dict[str, Any]]:
    techniques: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    periods: dict[str, dict[str, dict[str, int]]] = defaultdict(lambda: defaultdict(dict))
    for outlet, period, technique, count in rows:
        techniques[outlet][technique] += count
        periods[outlet][period][technique] = count
    return [
        {"outlet": o, "techniques": dict(techniques[o]), "periods": dict(periods[o])}
        for o in sorted(techniques)
    ]


def read_upload(file: UploadFile, max_bytes: int) -> list[Document]:
    """Documents from an uploaded file; its name is used only in messages, never as a path."""
    data = file.file.read(max_bytes + 1)
    name = PurePath(file.filename or "upload").name[:100] or "upload"
    if not data:
        raise WebError(422, f"{name}: the file is empty", "invalid_input")
    return parse_bytes(data, name, max_bytes=max_bytes)
