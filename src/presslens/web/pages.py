"""The HTML pages: analyse, article, corpus, stories, outlets."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any
from urllib.parse import quote, urlencode

from fastapi import APIRouter, Form, Request, UploadFile
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from .._api import make_document
from ..crosscheck.report import summary
from ..model import Document
from ..reading import parse_date
from ..render.palette import TECHNIQUE_COLOURS, technique_label
from ..store import ArticleFilter
from ..stories import EARLIEST_RULE, earliest_key
from .charts import TimelinePoint, mix_svg, timeline_svg, trend_svg
from .errors import WebError
from .queries import article_filters, get_article, get_story, outlet_mix, read_upload, row_dict
from .state import state_of
from .views import article_view, finding_views, technique_css

router = APIRouter(include_in_schema=False)
PAGE_SIZE = 25
MAX_RECORDS = 20


def _date(value: str | None, name: str) -> dt.date | None:
    try:
        return parse_date(value, name) if value else None
    except Exception:
        raise WebError(422, f"{name}: {value!r} is not a date (YYYY-MM-DD)") from None


def _article_page(request: Request, doc: Document, **extra: Any) -> HTMLResponse:
    view = article_view(doc)
    return state_of(request).render(
        "article.html", title=doc.meta.title or "Article", doc=doc, view=view, **extra
    )


@router.get("/assets/techniques.css")
async def techniques_css() -> Response:
    """Technique colours from the shared palette, as a stylesheet."""
    return Response(
        _TECHNIQUE_CSS, media_type="text/css", headers={"cache-control": "max-age=3600"}
    )


_TECHNIQUE_CSS = technique_css()


@router.get("/", response_class=HTMLResponse)
@router.get("/analyse", response_class=HTMLResponse)
async def analyse_form(request: Request) -> HTMLResponse:
    return state_of(request).render("analyse.html", title="Analyse")


@router.post("/analyse")
async def analyse_submit(
    request: Request,
    text: Annotated[str, Form()] = "",
    title: Annotated[str, Form()] = "",
    outlet: Annotated[str, Form()] = "",
    url: Annotated[str, Form()] = "",
    published: Annotated[str, Form()] = "",
    token: Annotated[str, Form()] = "",
    file: UploadFile | None = None,
) -> Any:
    state = state_of(request)
    when = _date(published, "published")
    if file is not None and file.filename:
        state.check_token(token)  # an upload is a write: it needs the token
        docs = await run_in_threadpool(read_upload, file, state.max_upload)
        if len(docs) > MAX_RECORDS:
            raise WebError(
                413, f"the file has {len(docs)} records; the page analyses up to {MAX_RECORDS}"
            )
        for d in docs:
            d.meta = d.meta.model_copy(
                update={
                    k: v
                    for k, v in {
                        "title": title,
                        "outlet": outlet,
                        "url": url,
                        "published": when,
                    }.items()
                    if v
                }
            )
    elif text.strip():
        docs = [
            make_document(
                text, title=title or None, outlet=outlet or None, url=url or None, published=when
            )
        ]
    elif url.strip():
        state.check_token(token)  # the server fetching for the reader needs the token
        page = await run_in_threadpool(state.fetch_page, url)
        given = {"title": title, "outlet": outlet, "published": when}
        page.meta = page.meta.model_copy(update={k: v for k, v in given.items() if v})
        docs = [page]
    else:
        raise WebError(
            422, "give the article text, its URL or a file to analyse", "invalid_input"
        )
    analysed = await state.analyse(docs)
    keys = [state.remember(d) for d in analysed]
    if len(keys) == 1:
        return RedirectResponse(f"/analysis/{keys[0]}", status_code=303)
    items = [(k, d) for k, d in zip(keys, analysed, strict=True)]
    return state.render("analysed_list.html", title="Analysed", items=items)


@router.get("/analysis/{key}", response_class=HTMLResponse)
async def analysis(request: Request, key: str) -> HTMLResponse:
    doc = state_of(request).recall(key)
    return _article_page(request, doc, save_key=key)


@router.post("/articles")
def save(
    request: Request, key: Annotated[str, Form()], token: Annotated[str, Form()] = ""
) -> RedirectResponse:
    state = state_of(request)
    state.check_token(token)
    doc = state.recall(key)
    article_id, _ = state.add(doc)
    return RedirectResponse(f"/articles/{quote(article_id, safe='')}", status_code=303)


@router.get("/articles/{article_id:path}", response_class=HTMLResponse)
def article(request: Request, article_id: str) -> HTMLResponse:
    return state_of(request).page(
        ("article", article_id),
        lambda: _article_page(request, get_article(request, article_id), article_id=article_id),
    )


@router.post("/articles/{article_id:path}/delete")
def delete(
    request: Request, article_id: str, token: Annotated[str, Form()] = ""
) -> RedirectResponse:
    state = state_of(request)
    state.check_token(token)
    with state.store_lock:
        if not state.store.delete(article_id):
            raise WebError(404, f"no article {article_id!r} in the corpus")
    return RedirectResponse("/corpus", status_code=303)


@router.get("/corpus", response_class=HTMLResponse)
def corpus(
    request: Request,
    q: str = "",
    outlet: str = "",
    since: str = "",
    until: str = "",
    technique: str = "",
    speaker: str = "",
    page: int = 1,
) -> HTMLResponse:
    state = state_of(request)
    page = max(1, page)
    filters = article_filters(
        q, outlet, _date(since, "since"), _date(until, "until"), technique, speaker
    )
    form = {"q": q, "outlet": outlet, "since": since, "until": until,
            "technique": technique, "speaker": speaker}  # fmt: skip

    def page_url(n: int) -> str:
        return "/corpus?" + urlencode({**{k: v for k, v in form.items() if v}, "page": n})

    def build() -> HTMLResponse:
        with state.store_lock:
            rows = state.store.articles(filters, limit=PAGE_SIZE, offset=(page - 1) * PAGE_SIZE)
            total = state.store.count_articles(filters)
            outlets = state.store.outlets()
        pages = max(1, -(-total // PAGE_SIZE))
        return state.render(
            "corpus.html",
            title="Corpus",
            rows=[row_dict(r) for r in rows],
            total=total,
            form=form,
            outlets=outlets,
            techniques=[(t, technique_label(t)) for t in TECHNIQUE_COLOURS],
            page=page,
            pages=pages,
            prev_url=page_url(page - 1) if page > 1 else None,
            next_url=page_url(page + 1) if page < pages else None,
        )

    return state.page(("corpus", q, outlet, since, until, technique, speaker, str(page)), build)


@router.get("/stories", response_class=HTMLResponse)
def stories(request: Request) -> HTMLResponse:
    state = state_of(request)

    def build() -> HTMLResponse:
        with state.store_lock:
            items = state.store.stories(limit=200)
        return state.render("stories.html", title="Stories", stories=items)

    return state.page(("stories",), build)


@router.get("/stories/{story_id}", response_class=HTMLResponse)
async def story(request: Request, story_id: str) -> HTMLResponse:
    state = state_of(request)
    key = ("story", story_id)
    version = state.write_version()
    hit = state.cached_page(key, version)
    if hit is not None:
        return hit
    found = await run_in_threadpool(get_story, request, story_id)
    findings = await state.findings(story_id)  # off the event loop when not cached

    def read_rows() -> list[dict[str, Any]]:
        with state.store_lock:
            return [row_dict(r)
                    for r in state.store.articles(ArticleFilter(story=story_id), limit=500)]

    rows = await run_in_threadpool(read_rows)
    position = {aid: i for i, aid in enumerate(found.articles)}
    first = min(
        rows, key=lambda r: earliest_key(r["published"], position.get(r["id"], len(position)))
    )["id"] if rows else None
    points = [
        TimelinePoint(
            r["id"],
            r["title"] or r["id"],
            r["outlet"] or "unknown outlet",
            r["published"],
            r["id"] == first,
        )
        for r in rows
    ]
    rows.sort(key=lambda r: (r["published"] or dt.date.max, r["id"]))
    response = state.render(
        "story.html",
        title=found.title,
        story=found,
        rows=rows,
        first=first,
        timeline=timeline_svg(points),
        findings=finding_views(findings),
        summary=summary(findings),
        earliest_rule=EARLIEST_RULE,
    )
    state.keep_page(key, version, response)
    return response


@router.get("/outlets", response_class=HTMLResponse)
def outlets(request: Request) -> HTMLResponse:
    state = state_of(request)

    def build() -> HTMLResponse:
        with state.store_lock:
            rows = state.store.technique_mix()
        mix = outlet_mix(rows)
        techniques = sorted({t for m in mix for t in m["techniques"]})
        return state.render(
            "outlets.html",
            title="Outlets",
            mix=mix,
            overall=mix_svg(rows),
            trends={m["outlet"]: trend_svg(rows, m["outlet"]) for m in mix},
            legend=[(t, technique_label(t)) for t in techniques],
        )

    return state.page(("outlets",), build)
