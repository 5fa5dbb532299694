"""The JSON API: ``/api/...``. Everything the pages show, as JSON."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Awaitable, Callable
from typing import Annotated, Any, TypeVar

from fastapi import APIRouter, Depends, File, Query, Request, UploadFile
from fastapi.concurrency import run_in_threadpool
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from .._api import make_document
from ..model import Document, Finding, Story
from ..reading import DEFAULT_MAX_BYTES
from ..store import ArticleFilter
from .errors import WebError
from .queries import (
    article_filters,
    doc_response,
    get_article,
    get_story,
    outlet_mix,
    read_upload,
    row_dict,
)
from .state import state_of

router = APIRouter(prefix="/api", tags=["api"])

#: The longest text a request may carry: the same limit as every other input.
MAX_TEXT = DEFAULT_MAX_BYTES


class ErrorDetail(BaseModel):
    status: int
    code: str
    message: str


class ErrorOut(BaseModel):
    """The one error shape of every error response."""

    error: ErrorDetail


class ArticleIn(BaseModel):
    """An article to analyse: its text and what is known about it, or only its ``url``
    to fetch the page (that needs the token; private addresses are refused unless the
    server runs with ``--allow-private-urls``)."""

    model_config = ConfigDict(extra="forbid")
    text: str | None = Field(default=None, min_length=1, max_length=MAX_TEXT,
                             description="The article text; leave it out to fetch `url`.")
    title: str | None = Field(default=None, max_length=1000)
    outlet: str | None = Field(default=None, max_length=200)
    url: str | None = Field(default=None, max_length=2000)
    published: dt.date | None = None

    @model_validator(mode="after")
    def _text_or_url(self) -> ArticleIn:
        if self.text is None and not (self.url or "").strip():
            raise ValueError("give the article 'text', or a 'url' to fetch")
        return self

    def overrides(self) -> dict[str, Any]:
        """The metadata given, to apply over a fetched page's own."""
        given = {"title": self.title, "outlet": self.outlet, "published": self.published}
        return {k: v for k, v in given.items() if v}

    def document(self) -> Document:
        if self.text is None or not self.text.strip():
            raise WebError(422, "text: the article text is empty")
        return make_document(
            self.text, title=self.title, outlet=self.outlet, url=self.url, published=self.published
        )


class SaveIn(BaseModel):
    """Save an article: give its text (it is analysed first) or an analysed document."""

    model_config = ConfigDict(extra="forbid")
    id: str | None = Field(default=None, min_length=1, max_length=500,
                           description="The article's id, as in the CLI's records.")
    text: str | None = Field(default=None, max_length=MAX_TEXT)
    title: str | None = Field(default=None, max_length=1000)
    outlet: str | None = Field(default=None, max_length=200)
    url: str | None = Field(default=None, max_length=2000)
    published: dt.date | None = None
    document: dict[str, Any] | None = None

    @model_validator(mode="after")
    def _one_source(self) -> SaveIn:
        if (self.text is None) == (self.document is None):
            raise ValueError("give either 'text' (with optional metadata) or 'document'")
        return self


class SavedOut(BaseModel):
    id: str
    created: bool


class ArticleRowOut(BaseModel):
    id: str
    title: str | None = None
    outlet: str | None = None
    published: dt.date | None = None
    url: str | None = None
    snippet: str | None = None
    story_id: str | None = None
    n_techniques: int = 0
    n_attributions: int = 0
    n_figures: int = 0


class ArticleListOut(BaseModel):
    total: int
    limit: int
    offset: int
    items: list[ArticleRowOut]


class StoryListOut(BaseModel):
    items: list[Story]


class StoryOut(BaseModel):
    story: Story
    articles: list[ArticleRowOut]


class FindingListOut(BaseModel):
    items: list[Finding]


class OutletOut(BaseModel):
    outlet: str
    techniques: dict[str, int]
    periods: dict[str, dict[str, int]]


class OutletListOut(BaseModel):
    items: list[OutletOut]


ERRORS: dict[int | str, dict[str, Any]] = {
    s: {"model": ErrorOut} for s in (401, 403, 404, 413, 422, 500)
}


M = TypeVar("M", bound=BaseModel)
_FORM_TYPES = ("application/x-www-form-urlencoded", "multipart/form-data")


def json_or_form(model: type[M]) -> Callable[[Request], Awaitable[M]]:
    """A dependency that reads ``model`` from a JSON body or a form body (the fields as
    form fields; an empty field counts as absent), with the same validation either way."""

    async def parse(request: Request) -> M:
        kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
        try:
            if kind in _FORM_TYPES:
                form = await request.form()
                data: Any = {k: v for k, v in form.items() if isinstance(v, str) and v != ""}
            else:
                data = await request.json()
        except (ValueError, UnicodeDecodeError):
            raise WebError(422, "the body is not valid JSON; send JSON or a form body",
                           "invalid_input") from None
        try:
            return model.model_validate(data)
        except ValidationError as exc:
            raise RequestValidationError(exc.errors()) from None

    return parse


def _body_doc(model: type[BaseModel]) -> dict[str, Any]:
    """The OpenAPI request body of a :func:`json_or_form` endpoint: JSON or form."""
    schema = model.model_json_schema()
    return {"requestBody": {"required": True, "content": {
        "application/json": {"schema": schema},
        "application/x-www-form-urlencoded": {"schema": schema},
    }}}


@router.post("/analyze", response_model=Document, responses=ERRORS,
             openapi_extra=_body_doc(ArticleIn))
async def analyze(
    request: Request, article: Annotated[ArticleIn, Depends(json_or_form(ArticleIn))]
) -> Response:
    """Analyse one article (its text, or the page at its URL); nothing is stored."""
    state = state_of(request)
    if article.text is None:
        state.check_bearer(request)  # the server fetching for the caller needs the token
        page = await run_in_threadpool(state.fetch_page, article.url or "")
        page.meta = page.meta.model_copy(update=article.overrides())
        doc = (await state.analyse([page]))[0]
        return doc_response(doc)
    doc = (await state.analyse([article.document()]))[0]
    return doc_response(doc)


@router.post("/analyze/file", response_model=list[Document], responses=ERRORS)
async def analyze_file(
    request: Request, file: Annotated[UploadFile, File(description=".txt, .html or .jsonl")]
) -> Response:
    """Analyse an uploaded file (text, HTML, JSON or JSONL); needs the token. Nothing is stored."""
    state = state_of(request)
    state.check_bearer(request)
    docs = await run_in_threadpool(read_upload, file, state.max_upload)
    out = await state.analyse(docs)
    return Response("[" + ",".join(d.to_json() for d in out) + "]", media_type="application/json")


@router.get("/articles", response_model=ArticleListOut, responses=ERRORS)
def list_articles(
    request: Request,
    filters: Annotated[ArticleFilter, Depends(article_filters)],
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> dict[str, Any]:
    """Articles in the corpus: full-text search (``q``) and filters, newest first."""
    state = state_of(request)
    with state.store_lock:
        rows = state.store.articles(filters, limit=limit, offset=offset)
        total = state.store.count_articles(filters)
    return {"total": total, "limit": limit, "offset": offset, "items": [row_dict(r) for r in rows]}


@router.post("/articles", status_code=201, response_model=SavedOut, responses=ERRORS,
             openapi_extra=_body_doc(SaveIn))
async def save_article(
    request: Request, body: Annotated[SaveIn, Depends(json_or_form(SaveIn))]
) -> JSONResponse:
    """Save an article to the corpus (analysed first when given as text); needs the token."""
    state = state_of(request)
    state.check_bearer(request)
    if body.document is not None:
        doc = Document.from_dict(body.document)
    else:
        fields = body.model_dump(include={"text", "title", "outlet", "url", "published"})
        try:
            article_in = ArticleIn(**fields)
        except ValidationError as exc:  # the same checks as /api/analyze, as one 422
            first = exc.errors()[0]
            where = ".".join(str(p) for p in first["loc"])
            raise WebError(422, f"{where}: {first['msg']}") from None
        doc = (await state.analyse([article_in.document()]))[0]
        doc.id = body.id
    article_id, created = await run_in_threadpool(state.add, doc)
    return JSONResponse({"id": article_id, "created": created}, status_code=201 if created else 200)


@router.get("/articles/{article_id:path}", response_model=Document, responses=ERRORS)
def article(request: Request, article_id: str) -> Response:
    """One stored article with every layer."""
    return doc_response(get_article(request, article_id))


@router.delete("/articles/{article_id:path}", responses=ERRORS)
def delete_article(request: Request, article_id: str) -> dict[str, Any]:
    """Remove an article from the corpus (and its story); needs the token."""
    state = state_of(request)
    state.check_bearer(request)
    with state.store_lock:
        deleted = state.store.delete(article_id)
    if not deleted:
        raise WebError(404, f"no article {article_id!r} in the corpus")
    return {"id": article_id, "deleted": True}


@router.get("/stories", response_model=StoryListOut, responses=ERRORS)
def stories(
    request: Request,
    limit: Annotated[int, Query(ge=1, le=500)] = 100,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> dict[str, Any]:
    """Stories: groups of articles about the same event, biggest first."""
    state = state_of(request)
    with state.store_lock:
        items = state.store.stories(limit=limit, offset=offset)
    return {"items": [s.model_dump(mode="json") for s in items]}


@router.get("/stories/{story_id}", response_model=StoryOut, responses=ERRORS)
def story(request: Request, story_id: str) -> dict[str, Any]:
    """One story and its articles."""
    state = state_of(request)
    found = get_story(request, story_id)
    with state.store_lock:
        rows = state.store.articles(ArticleFilter(story=story_id), limit=500)
    return {"story": found.model_dump(mode="json"), "articles": [row_dict(r) for r in rows]}


@router.get("/stories/{story_id}/findings", response_model=FindingListOut, responses=ERRORS)
async def findings(request: Request, story_id: str) -> dict[str, Any]:
    """A story's cross-source findings, in the order a fact-checker should read them."""
    state = state_of(request)
    get_story(request, story_id)
    items = await state.findings(story_id)
    return {"items": [f.model_dump(mode="json") for f in items]}


@router.get("/outlets", response_model=OutletListOut, responses=ERRORS)
def outlets(request: Request) -> dict[str, Any]:
    """Each outlet's technique counts, in all and per month."""
    state = state_of(request)
    with state.store_lock:
        rows = state.store.technique_mix()
    return {"items": outlet_mix(rows)}


def _body_kind(op: dict[str, Any]) -> str:
    """What body an operation takes, from its request content types ("" for none)."""
    types = op.get("requestBody", {}).get("content", {})
    kinds = ["JSON body" if t == "application/json" else
             "form upload" if t == "multipart/form-data" else
             "form body" if t == "application/x-www-form-urlencoded" else t for t in types]
    return " or ".join(kinds)


def _code_segments(text: str) -> list[tuple[str, bool]]:
    """A docstring's text cut at its ``code`` marks: (text, is_code) pieces, so the page
    shows code as code and no literal backticks."""
    parts = re.split(r"``?([^`]+)``?", text)
    return [(part, i % 2 == 1) for i, part in enumerate(parts) if part]


@router.get("/docs", response_class=HTMLResponse, include_in_schema=False)
async def docs(request: Request) -> HTMLResponse:
    """The OpenAPI description as a plain page (no script, no CDN)."""
    state = state_of(request)
    schema = request.app.openapi()
    ops = []
    for path, methods in schema.get("paths", {}).items():
        for method, op in methods.items():
            ops.append(
                {
                    "method": method.upper(),
                    "path": path,
                    "summary": op.get("summary", ""),
                    "description": _code_segments(op.get("description", "")),
                    "params": [
                        (p["name"], p["in"], p.get("required", False))
                        for p in op.get("parameters", [])
                    ],
                    "body": _body_kind(op),
                }
            )
    return state.render("api_docs.html", title="API", ops=ops, info=schema.get("info", {}))
