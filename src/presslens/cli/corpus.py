"""``presslens ingest`` and ``presslens stories``: the corpus on the command line.

Where the corpus lives: ``--db FILE``, else ``$PRESSLENS_DB``, else ``./presslens.db``.
"""

from __future__ import annotations

import json

import click

from .._api import open_corpus
from ..model import Story
from ..settings import setting
from ..store import default_db_path
from ._util import db_option, dev_stages_option, handle_errors, max_bytes_option, quiet_option
from .batch import engine_options, ingest_inputs, parse_stages
from .follow import fetch_settings, ingest_with_urls, network_options, refresh_option


@click.command()
@click.argument("paths", nargs=-1, required=True, metavar="PATH|URL...")
@db_option
@click.option("--batch-size", default=setting("ingest_batch").default, show_default=True,
              type=click.IntRange(min=1),
              help="Articles per transaction (and per chunk sent to a worker).")
@engine_options("serial")
@max_bytes_option("Refuse an input file larger than this (for JSONL, a larger record).")
@quiet_option
@refresh_option
@network_options
@dev_stages_option
@handle_errors
def ingest(
    paths: tuple[str, ...],
    db: str | None,
    batch_size: int,
    engine: str,
    workers: int,
    scheduler: str | None,
    max_bytes: int,
    quiet: bool,
    refresh: bool,
    delay: float,
    timeout: float,
    stages: str | None,
) -> None:
    """Analyse articles and add them to the corpus, grouped into stories.

    PATH is a text, HTML, JSON, JSONL or JSONL.GZ file (or - for stdin); JSONL is
    streamed, a record at a time. An article already in the corpus (same URL, or
    same text) is kept once, so an interrupted ingest can simply be run again.
    With --engine dask (or --scheduler) the analysis runs on Dask workers and
    this process stores and groups, as 'presslens batch --db' does.

    A URL is a web page (its article) or an RSS/Atom feed (the article of each
    item not stored yet); a page stored before is not fetched again unless --refresh.
    """
    from ..batch.run import Inputs
    from ..net.fetch import is_url

    target = db or default_db_path()

    def run(inputs: Inputs) -> None:
        ingest_inputs(
            inputs, target, engine=engine,
            workers=workers, scheduler=scheduler, chunk_size=batch_size,
            stages=parse_stages(stages), quiet=quiet,
        )

    if any(is_url(p) for p in paths):
        settings = fetch_settings(max_bytes, delay, timeout)
        ingest_with_urls(paths, target, max_bytes=max_bytes, settings=settings,
                         refresh=refresh, run=run)  # fmt: skip
        return
    run(Inputs(paths, max_bytes=max_bytes))


@click.command()
@db_option
@click.option(
    "--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True
)
@click.option(
    "--min-size", default=1, show_default=True, help="Only stories with this many articles."
)
@click.option("--limit", default=0, help="At most this many stories (0: all).")
@handle_errors
def stories(db: str | None, fmt: str, min_size: int, limit: int) -> None:
    """List the corpus's stories: id, title, outlets, date range and size, biggest first."""
    store = open_corpus(db or default_db_path(), create=False)
    try:
        found: list[Story] = []
        page = 500
        offset = 0
        while True:
            chunk = store.stories(limit=page, offset=offset)
            offset += page
            found.extend(s for s in chunk if s.size >= min_size)
            if len(chunk) < page or (chunk and chunk[-1].size < min_size):
                break
            if limit and len(found) >= limit:
                break
    finally:
        store.close()
    if limit:
        found = found[:limit]
    if fmt == "json":
        out = [{**s.model_dump(mode="json"), "size": s.size} for s in found]
        click.echo(json.dumps(out, indent=2, ensure_ascii=False))
        return
    if not found:
        click.echo("no stories yet; add articles with 'presslens ingest'")
        return
    for s in found:
        first = s.first_published.isoformat() if s.first_published else "?"
        last = s.last_published.isoformat() if s.last_published else "?"
        dates = first if first == last else f"{first}..{last}"
        outlets = ", ".join(s.outlets) or "-"
        click.echo(f"{s.id}  {s.size:>3} article{'s' if s.size != 1 else ' '}  {dates}  {s.title}")
        click.echo(f"{'':16}outlets: {outlets}")
