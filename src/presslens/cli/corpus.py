"""``presslens ingest`` and ``presslens stories``: the corpus on the command line.

Where the corpus lives: ``--db FILE``, else ``$PRESSLENS_DB``, else ``./presslens.db``.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import click

from ..errors import StoreError
from ..model import Document, Story
from ..reading import DEFAULT_MAX_BYTES
from ..store import default_db_path, open_store
from ._util import db_option, handle_errors

#: Short stage names accepted by the hidden ``--stages`` option.
_STAGE_ALIASES = {"parse": "presslens.parse.v1", "entities": "presslens.entities.v1"}



def _pipeline(stages: str | None) -> Any:
    """The analysis pipeline: the default one, or the stages named (``none``: no analysis)."""
    from .._api import load_pipeline

    if stages is None or stages.strip().lower() == "none":
        return None
    names = [_STAGE_ALIASES.get(s.strip(), s.strip()) for s in stages.split(",") if s.strip()]
    return load_pipeline(stages=names)


@click.command()
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@db_option
@click.option("--batch-size", default=50, show_default=True, help="Articles per transaction.")
@click.option(
    "--max-bytes",
    type=click.IntRange(min=1),
    default=DEFAULT_MAX_BYTES,
    show_default=True,
    help="Refuse an input file larger than this.",
)
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
@click.option("--stages", default=None, hidden=True, help="Dev: comma-separated stages, or none.")
@handle_errors
def ingest(
    paths: tuple[str, ...],
    db: str | None,
    batch_size: int,
    max_bytes: int,
    quiet: bool,
    stages: str | None,
) -> None:
    """Analyse articles and add them to the corpus, grouped into stories.

    PATH is a text, HTML, JSON or JSONL file (or - for stdin). An article
    already in the corpus (same URL, or same text) is kept once, so an
    interrupted ingest can simply be run again.
    """
    from ..reading import read_path

    docs: list[Document] = []
    for path in paths:  # read and validate every input before touching the database
        docs.extend(read_path(path, max_bytes=max_bytes))
    from .. import ingest as ingest_documents

    db_path = db or default_db_path()
    new_file = "://" not in db_path and not Path(db_path).exists()
    store = open_store(db_path)
    failed = True
    try:
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeRemainingColumn

        console = Console(stderr=True)
        progress = Progress(
            "[progress.description]{task.description}",
            BarColumn(),
            MofNCompleteColumn(),
            TimeRemainingColumn(),
            console=console,
            disable=quiet or not console.is_terminal,
            transient=True,
        )
        with progress:
            task = progress.add_task("ingesting", total=len(docs))
            try:
                result = ingest_documents(
                    store, docs, pipeline=_pipeline(stages),
                    analyse=(stages or "").strip().lower() != "none",
                    batch_size=batch_size, progress=lambda: progress.advance(task),
                )
            except KeyboardInterrupt:
                raise StoreError(
                    "interrupted; the articles stored so far are kept: run the same "
                    "command again to finish"
                ) from None
        stats = store.stats()
        failed = False
    finally:
        empty = failed and new_file and store.stats().articles == 0
        store.close()
        if empty:  # a first ingest that stored nothing leaves no corpus file behind
            for suffix in ("", "-wal", "-shm"):
                Path(db_path + suffix).unlink(missing_ok=True)
    click.echo(
        f"added {len(result.added)}, duplicates {len(result.duplicates)}, "
        f"stories touched {len(result.stories_touched)} ({len(result.stories_created)} new); "
        f"{db_path}: {stats.articles} articles in {stats.stories} stories"
    )
    renamed = sorted(result.renamed.items())
    for old, new in renamed[:5]:
        click.echo(f"note: id {old!r} was taken by another article; stored as {new!r}", err=True)
    if len(renamed) > 5:
        more = len(renamed) - 5
        click.echo(f"note: {more} more ids were taken and stored with a suffix", err=True)


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
    store = open_store(db or default_db_path(), create=False)
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
