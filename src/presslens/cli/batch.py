"""``presslens batch``: analyse many articles, locally or on a Dask cluster, into a JSONL
file or straight into the corpus. ``presslens ingest`` runs through :func:`ingest_inputs`
here too, so both commands share one engine and one way of storing."""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar

import click

from ..batch import make_engine, run_batch
from ..batch.engines import Engine
from ..batch.run import Inputs, n_chunks, run_ingest
from ..errors import InputError, PresslensError, StoreError
from ..settings import setting
from ._util import (
    ChunkProgress,
    dev_stages_option,
    handle_errors,
    max_bytes_option,
    quiet_option,
    skip_option,
)

F = TypeVar("F", bound=Callable[..., Any])

#: Short stage names accepted by the hidden ``--stages`` option.
STAGE_ALIASES = {"parse": "presslens.parse.v1", "entities": "presslens.entities.v1"}


class Interrupted(PresslensError):
    """Ctrl-C: what was finished is kept for the rerun."""

    exit_code = 130


def parse_stages(stages: str | None) -> tuple[str, ...] | None:
    """The hidden ``--stages`` option: ``None`` for the default pipeline, ``()`` for none
    (``none``: no analysis), else the stages named, comma-separated."""
    if stages is None:
        return None
    if stages.strip().lower() == "none":
        return ()
    return tuple(STAGE_ALIASES.get(s.strip(), s.strip()) for s in stages.split(",") if s.strip())


def engine_options(default: str) -> Callable[[F], F]:
    """``--engine``, ``--workers``, ``--scheduler``, ``--chunk-size``: where the analysis
    runs, the same for ``batch`` and ``ingest``."""

    def decorate(func: F) -> F:
        for option in reversed([
            click.option(
                "--engine",
                type=click.Choice(["dask", "serial"]),
                default=default,
                show_default=True,
                help="dask: worker processes (or a cluster with --scheduler); "
                "serial: this process only.",
            ),
            click.option(
                "--workers",
                type=click.IntRange(min=1),
                default=2,
                show_default=True,
                help="Local Dask workers (with --engine dask and no --scheduler).",
            ),
            click.option(
                "--scheduler",
                metavar="ADDRESS",
                help="An existing Dask scheduler, e.g. tcp://10.0.0.5:8786 (implies "
                "--engine dask).",
            ),
        ]):
            func = option(func)
        return func

    return decorate


@contextlib.contextmanager
def _running(
    label: str, total: int, chunk_size: int, engine: str, scheduler: str | None,
    workers: int, quiet: bool,
) -> Iterator[tuple[Engine, ChunkProgress]]:
    """The engine a batch or an ingest runs on, and its progress display."""
    with make_engine(_engine_name(engine, scheduler), scheduler=scheduler,
                     workers=workers) as eng, \
            ChunkProgress(label, total, n_chunks(total, chunk_size), quiet=quiet) as progress:
        yield eng, progress


def _engine_name(engine: str, scheduler: str | None) -> str:
    return "dask" if scheduler else engine


def ingest_inputs(
    inputs: Inputs,
    db: str,
    *,
    engine: str,
    workers: int,
    scheduler: str | None,
    chunk_size: int,
    stages: tuple[str, ...] | None,
    exclude: tuple[str, ...] = (),
    quiet: bool = False,
) -> None:
    """Analyse ``inputs`` on the engine and store them in the corpus ``db``, one
    transaction per chunk, in input order; print what was added (``ingest``'s summary).

    The inputs are validated before the database is opened; a first ingest that
    stores nothing leaves no corpus file behind.
    """
    from .._api import open_corpus
    from ..batch.run import check_stages

    check_stages(stages, exclude)
    total = inputs.count()  # every record validated before the database is touched
    new_file = "://" not in db and not Path(db).exists()
    store = open_corpus(db)
    failed = True
    try:
        with _running("ingesting", total, chunk_size, engine, scheduler, workers,
                      quiet) as (eng, progress):
            try:
                result = run_ingest(inputs, store, eng, chunk_size=chunk_size, exclude=exclude,
                                    progress=progress, stages=stages)
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
                Path(db + suffix).unlink(missing_ok=True)
    stored = result.stored
    assert stored is not None
    click.echo(
        f"added {len(stored.added)}, duplicates {len(stored.duplicates)}, "
        f"stories touched {len(stored.stories_touched)} ({len(stored.stories_created)} new); "
        f"{db}: {stats.articles} articles in {stats.stories} stories"
    )
    renamed = sorted(stored.renamed.items())
    for old, new in renamed[:5]:
        click.echo(f"note: id {old!r} was taken by another article; stored as {new!r}", err=True)
    if len(renamed) > 5:
        more = len(renamed) - 5
        click.echo(f"note: {more} more ids were taken and stored with a suffix", err=True)


@click.command("batch")
@click.argument("inputs", nargs=-1, required=True, metavar="PATH...")
@click.option(
    "-o", "--output", type=click.Path(dir_okay=False), help="JSONL file to write."
)
@click.option(
    "--db", "db", metavar="FILE",
    help="Store into this corpus instead (an SQLite file or a postgresql:// URL).",
)
@engine_options("dask")
@click.option("--chunk-size", type=click.IntRange(min=1), default=setting("chunk_size").default,
              show_default=True,
              help="Articles sent to a worker at a time (and, with --db, per transaction).")
@skip_option()
@max_bytes_option("Refuse a larger input file (for JSONL, a larger record).")
@quiet_option
@dev_stages_option
@handle_errors
def batch_cmd(
    inputs: tuple[str, ...],
    output: str | None,
    db: str | None,
    engine: str,
    workers: int,
    scheduler: str | None,
    chunk_size: int,
    skip: tuple[str, ...],
    max_bytes: int,
    quiet: bool,
    stages: str | None,
) -> None:
    """Analyse every article in PATH... (text, HTML, JSON, JSONL, JSONL.GZ) into one JSONL
    file (-o), or into the corpus (--db), on Dask workers.

    Inputs are streamed: JSONL is read a line at a time and only a few chunks are in
    flight, so memory stays flat however large the input. Every record is checked
    before work starts. Output lines follow input order; OUT appears only when the
    whole batch succeeded. A killed batch keeps what it finished (OUT.partial and
    OUT.manifest, or the corpus itself): run the same command again and it does only
    what is missing, every record exactly once.

    \b
    Examples:
      presslens batch articles.jsonl -o analysed.jsonl --workers 2
      presslens batch *.jsonl.gz -o analysed.jsonl --scheduler tcp://scheduler:8786
      presslens batch archive.jsonl --db postgresql://me@dbhost/corpus --workers 2
    """
    if (output is None) == (db is None):
        raise InputError("give -o FILE.jsonl or --db DATABASE (one of them)")
    names = parse_stages(stages)
    source = Inputs(inputs, max_bytes=max_bytes)
    if db is not None:
        ingest_inputs(source, db, engine=engine, workers=workers, scheduler=scheduler,
                      chunk_size=chunk_size, stages=names, exclude=skip, quiet=quiet)
        return
    assert output is not None
    from .._files import check_writable
    from ..batch.run import check_stages

    check_writable(output)
    check_stages(names, skip)
    total = source.count()  # validate everything before starting workers
    name = _engine_name(engine, scheduler)
    with _running("analysed", total, chunk_size, engine, scheduler, workers,
                  quiet) as (eng, progress):
        try:
            result = run_batch(source, output, eng, chunk_size=chunk_size, exclude=skip,
                               progress=progress, stages=names)
        except KeyboardInterrupt:
            raise Interrupted(
                f"interrupted; the finished chunks are kept in {output}.partial: run the "
                "same command again to finish"
            ) from None
    resumed = (
        f", {result.resumed_articles} done by an earlier run" if result.resumed_chunks else ""
    )
    if not quiet:
        click.echo(
            f"{result.articles} articles in {result.seconds:.1f} s "
            f"({result.articles_per_second:.2f}/s, {result.chunks} chunks, engine {name}"
            f"{resumed}) -> {result.output}",
            err=True,
        )
    sys.stderr.flush()
