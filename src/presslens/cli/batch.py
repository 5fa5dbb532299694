"""``presslens batch``: analyse many articles, locally or on a Dask cluster."""

from __future__ import annotations

import sys
from typing import Any

import click

from .._files import check_writable
from ..batch import make_engine, run_batch
from ..batch.run import read_batch
from ._util import ProgressLines, handle_errors


@click.command("batch")
@click.argument("inputs", nargs=-1, required=True, metavar="PATH...")
@click.option(
    "-o", "--output", required=True, type=click.Path(dir_okay=False), help="JSONL file to write."
)
@click.option(
    "--engine",
    type=click.Choice(["dask", "serial"]),
    default="dask",
    show_default=True,
    help="dask: worker processes (or a cluster with --scheduler); serial: this process only.",
)
@click.option(
    "--workers",
    type=click.IntRange(min=1),
    default=2,
    show_default=True,
    help="Local Dask workers.",
)
@click.option(
    "--scheduler", metavar="ADDRESS", help="An existing Dask scheduler, e.g. tcp://10.0.0.5:8786."
)
@click.option("--chunk-size", type=click.IntRange(min=1), default=16, show_default=True,
              help="Articles sent to a worker at a time.")
@click.option("--skip", multiple=True, metavar="STAGE", help="Leave out a stage (repeatable).")
@handle_errors
def batch_cmd(
    inputs: tuple[str, ...],
    output: str,
    engine: str,
    workers: int,
    scheduler: str | None,
    chunk_size: int,
    skip: tuple[str, ...],
) -> None:
    """Analyse every article in PATH... (text, HTML, JSON, JSONL) into one JSONL file.

    Each worker loads the models once. Output lines follow input order; the
    file appears only when the whole batch succeeded.

    \b
    Examples:
      presslens batch articles.jsonl -o analysed.jsonl --workers 2
      presslens batch *.txt -o analysed.jsonl --scheduler tcp://scheduler:8786
    """
    check_writable(output)
    docs = read_batch(inputs)  # validate everything before starting workers
    bar: Any = click.progressbar(length=1, label="analysing", file=sys.stderr)
    lines = None if sys.stderr.isatty() else ProgressLines("analysed")

    def progress(done: int, total: int) -> None:
        if lines is not None:  # a log, not a terminal: lines, not a bar
            lines(done, total)
            return
        bar.length = total
        bar.update(done - bar.pos)

    with make_engine(engine, scheduler=scheduler, workers=workers) as eng, bar:
        result = run_batch(
            docs, output, eng, chunk_size=chunk_size, exclude=skip, progress=progress
        )
    click.echo(
        f"{result.articles} articles in {result.seconds:.1f} s "
        f"({result.articles_per_second:.2f}/s, {result.chunks} chunks, engine {engine}) "
        f"-> {result.output}",
        err=True,
    )
