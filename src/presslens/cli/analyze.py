"""``presslens analyze``: analyse one article (or a JSON / JSONL batch) and show it."""

from __future__ import annotations

import datetime as dt
import sys

import click

from .._api import analyze_collection
from .._files import atomic_writer, check_writable
from ..analysis import load_pipeline
from ..net.fetch import is_url
from ..reading import Overrides, read_path
from ._util import handle_errors, max_bytes_option, parse_published, skip_option, working
from .follow import fetch_page, fetch_settings, network_options


@click.command("analyze")
@click.argument("path", metavar="PATH|URL|-")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "json"]),
    default="text",
    show_default=True,
    help="text: readable terminal view; json: the documented schema (JSONL in, JSONL out).",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False),
    help="Write the output here instead of stdout.",
)
@click.option(
    "--html",
    "html_path",
    type=click.Path(dir_okay=False),
    help="Also write a standalone HTML report.",
)
@click.option("--title", help="Article title (overrides what the input says).")
@click.option("--url", help="Article URL.")
@click.option("--outlet", help="Publishing outlet, e.g. 'The Guardian'.")
@click.option(
    "--published",
    callback=parse_published,
    metavar="YYYY-MM-DD",
    help="Publication date; relative dates ('last November') are resolved against it.",
)
@click.option(
    "--input-format",
    type=click.Choice(["text", "html", "json", "jsonl"]),
    default=None,
    help="Input format; guessed from the file name and content when not given.",
)
@max_bytes_option("Refuse inputs larger than this.")
@skip_option("Leave out a stage, e.g. --skip presslens.techniques.v1 (repeatable).")
@click.option(
    "--all-techniques",
    is_flag=True,
    help="Show every technique span in the terminal view and the HTML report, also those "
    "below the model's display threshold (the JSON always has them all).",
)
@network_options
@handle_errors
def analyze_cmd(
    path: str,
    fmt: str,
    output: str | None,
    html_path: str | None,
    title: str | None,
    url: str | None,
    outlet: str | None,
    published: dt.date | None,
    input_format: str | None,
    max_bytes: int,
    skip: tuple[str, ...],
    all_techniques: bool,
    delay: float,
    timeout: float,
) -> None:
    """Analyse the article in PATH (a text, HTML, JSON or JSONL file; '-' reads stdin)
    or at URL (an http:// or https:// page, read as its saved HTML file would be).

    Shows the persuasion techniques, who said what to whom, the figures it
    claims, the people and organisations it names, and its dates.

    \b
    Examples:
      presslens analyze examples/000_7c3a48e42e6547a2.txt --published 2016-10-20
      presslens analyze article.html --format json -o article.json
      presslens analyze batch.jsonl --format json > analysed.jsonl
      cat article.txt | presslens analyze - --html report.html
      presslens analyze https://example.org/news/story.html --format json
    """
    for target in (output, html_path):
        if target:
            check_writable(target)
    overrides = Overrides(title=title, url=url, outlet=outlet, published=published)
    if is_url(path):
        docs = fetch_page(path, fetch_settings(max_bytes, delay, timeout))
        for doc in docs:
            doc.meta = overrides.apply(doc.meta)
    else:
        docs = read_path(path, fmt=input_format, max_bytes=max_bytes, overrides=overrides)  # type: ignore[arg-type]
    pipeline = load_pipeline(exclude=skip) if skip else None
    with working("loading models and analysing..."):
        analysed = analyze_collection(docs, pipeline=pipeline)

    if html_path:
        from ..render.html import render_html

        with atomic_writer(html_path) as fh:
            fh.write(render_html(analysed, all_techniques=all_techniques))

    if fmt == "json":
        if len(analysed) == 1:
            body = analysed[0].to_json(indent=2) + "\n"
        else:
            body = "".join(d.to_json() + "\n" for d in analysed)
        if output:
            with atomic_writer(output) as fh:
                fh.write(body)
        else:
            sys.stdout.write(body)
        return

    from ..render.text import print_document, render_text

    if output:
        with atomic_writer(output) as fh:
            fh.write("\n".join(render_text(d, all_techniques=all_techniques) for d in analysed))
        return
    from rich.console import Console

    console = Console()
    for doc in analysed:
        print_document(doc, console, all_techniques)
