"""URLs on the command line: the network options, ``analyze URL``'s and ``ingest URL``'s
fetching, and ``presslens watch``, which polls feeds into the corpus until stopped."""

from __future__ import annotations

import datetime as dt
import re
import signal
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

import click

from ..errors import InputError
from ..model import Document
from ..net.fetch import FetchSettings, is_url
from ..settings import setting
from ._util import db_option, dev_stages_option, fail, handle_errors

F = TypeVar("F", bound=Callable[..., Any])

_DEFAULTS = FetchSettings()


def network_options(func: F) -> F:
    """``--delay`` and ``--timeout``: how presslens behaves toward the sites it reads."""
    func = click.option(
        "--timeout",
        type=click.FloatRange(min=0.1),
        default=_DEFAULTS.timeout,
        show_default=True,
        help="Seconds to wait for a site to connect or send more.",
    )(func)
    return click.option(
        "--delay",
        type=click.FloatRange(min=0),
        default=_DEFAULTS.delay,
        show_default=True,
        help="Seconds between two requests to the same host.",
    )(func)


def refresh_option(func: F) -> F:
    return click.option(
        "--refresh",
        is_flag=True,
        help="Fetch pages again even when their article is stored (a changed page "
        "replaces it).",
    )(func)


def fetch_settings(max_bytes: int, delay: float, timeout: float) -> FetchSettings:
    return FetchSettings(delay=delay, timeout=timeout, max_bytes=max_bytes)


def fetch_page(url: str, settings: FetchSettings) -> list[Document]:
    """``analyze URL``: the article of one page."""
    from ..net.fetch import Fetcher
    from ..net.follow import Follower

    with Fetcher(settings) as fetcher:
        return [Follower(fetcher).page(url)]


def report_collected(collected: Any) -> None:
    """One line per feed item that could not be read, and one summary line, on stderr."""
    for _url, message in collected.failed:
        click.echo(f"warning: {message}; skipped", err=True)
    feeds = len(collected.feeds)
    head = f"fetched {len(collected.docs)} page{'s' if len(collected.docs) != 1 else ''}"
    if feeds:
        unchanged = f", {len(collected.unchanged)} unchanged" if collected.unchanged else ""
        head += f" from {feeds} feed{'s' if feeds != 1 else ''}{unchanged}"
    parts = [head]
    parts.append(f"{len(collected.skipped)} already stored")
    if collected.failed:
        parts.append(f"{len(collected.failed)} failed")
    click.echo("; ".join(parts), err=True)


def ingest_with_urls(
    paths: tuple[str, ...],
    db: str,
    *,
    max_bytes: int,
    settings: FetchSettings,
    refresh: bool,
    run: Callable[[Any], None],
) -> None:
    """``ingest`` given URLs (and perhaps files): read the files and fetch every URL
    (pages, and the new items of feeds) before the corpus is written, then store them all
    with ``run(Inputs)`` (``ingest``'s own storing), then remember what was fetched."""
    from pathlib import Path

    from .._api import open_corpus
    from ..batch.run import Inputs
    from ..net.fetch import Fetcher
    from ..net.follow import Collected, Follower
    from ..reading import read_path

    docs: list[Document] = []
    for path in paths:  # files first: a bad one stops the run before anything is fetched
        if not is_url(path):
            docs.extend(read_path(path, max_bytes=max_bytes))
    existing = "://" in db or Path(db).exists()
    store = open_corpus(db, create=False) if existing else None  # a new corpus holds nothing
    collected = Collected()
    try:
        with Fetcher(settings) as fetcher:
            follower = Follower(fetcher, store, refresh=refresh)
            for url in dict.fromkeys(p for p in paths if is_url(p)):
                collected.merge(follower.collect(url))
    finally:
        if store is not None:
            store.close()
    report_collected(collected)
    if collected.replaces:
        with open_corpus(db) as store:
            for aid in dict.fromkeys(collected.replaces):
                store.delete(aid)
    run(Inputs(docs + collected.docs, max_bytes=max_bytes))
    if collected.records:
        with open_corpus(db) as store:
            for record in collected.records:
                store.save_fetch_record(record)


def parse_every(ctx: click.Context, param: click.Parameter, value: str) -> float:
    """``15m``, ``1h``, ``30s``, ``90`` (seconds) -> seconds."""
    match = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([smhd]?)\s*", value.lower())
    if not match or float(match.group(1)) <= 0:
        raise click.BadParameter(f"{value!r} is not a duration such as 30s, 15m, 2h or 1d")
    scale = {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400}[match.group(2)]
    return float(match.group(1)) * scale


@contextmanager
def stop_on_interrupt() -> Iterator[threading.Event]:
    """An event set by the first Ctrl-C (the work in hand finishes first); a second
    Ctrl-C interrupts at once."""
    stop = threading.Event()
    if threading.current_thread() is not threading.main_thread():
        yield stop
        return
    previous = signal.getsignal(signal.SIGINT)

    def handler(signum: int, frame: Any) -> None:
        if stop.is_set():
            raise KeyboardInterrupt
        stop.set()
        click.echo("stopping after the current article (Ctrl-C again to stop now)", err=True)

    signal.signal(signal.SIGINT, handler)
    try:
        yield stop
    finally:
        signal.signal(signal.SIGINT, previous)


@click.command()
@click.argument("feeds", nargs=-1, required=True, metavar="FEED_URL...")
@db_option
@click.option(
    "--every",
    default=setting("watch_every").default,
    show_default=True,
    callback=parse_every,
    help="How often to poll the feeds: 30s, 15m, 2h, 1d.",
)
@click.option(
    "--polls",
    type=click.IntRange(min=1),
    default=None,
    help="Stop after this many polls (default: poll until Ctrl-C).",
)
@refresh_option
@network_options
@dev_stages_option
@handle_errors
def watch(
    feeds: tuple[str, ...],
    db: str | None,
    every: float,
    polls: int | None,
    refresh: bool,
    delay: float,
    timeout: float,
    stages: str | None,
) -> None:
    """Poll RSS/Atom feeds and add each new item's article to the corpus.

    Polls every FEED_URL, then again every --every, until Ctrl-C (which stops
    after the article in hand: nothing is lost). Only items whose article is not
    stored yet are fetched; an unchanged feed costs one conditional request. Each
    poll writes one line to stderr; a feed or page that fails is logged and the
    next poll goes on.

    \b
    Example:
      presslens watch https://example.org/rss.xml https://example.com/atom --db news.db --every 15m
    """
    for url in feeds:
        if not is_url(url):
            raise InputError(f"{url}: not an http:// or https:// URL; give each feed's address")
    from .. import ingest as ingest_documents
    from .._api import open_corpus
    from ..analysis import load_pipeline
    from ..net.fetch import Fetcher
    from ..net.follow import Follower, poll
    from ..reading import DEFAULT_MAX_BYTES
    from ..store import default_db_path
    from .batch import parse_stages

    names = parse_stages(stages)
    analyse = names != ()
    pipeline = load_pipeline(stages=names) if names else None
    store = open_corpus(db or default_db_path())
    settings = fetch_settings(DEFAULT_MAX_BYTES, delay, timeout)

    stored = [0]

    def store_one(doc: Document) -> tuple[int, int]:
        result = ingest_documents(store, [doc], pipeline=pipeline, analyse=analyse)
        stored[0] += len(result.added)
        return len(result.added), len(result.duplicates)

    try:
        with Fetcher(settings) as fetcher, stop_on_interrupt() as stop:
            follower = Follower(fetcher, store, refresh=refresh)
            n = 0
            while not stop.is_set():
                n += 1
                result = poll(follower, list(feeds), store_one, should_stop=stop.is_set)
                for _url, message in result.failed:
                    click.echo(f"warning: {message}", err=True)
                stats = store.stats()
                when = dt.datetime.now().astimezone().strftime("%Y-%m-%d %H:%M:%S")
                unchanged = f" ({result.unchanged} unchanged)" if result.unchanged else ""
                click.echo(
                    f"{when} poll {n}: {len(feeds)} feed{'s' if len(feeds) != 1 else ''}"
                    f"{unchanged}, {result.new} new: {result.added} stored, "
                    f"{result.duplicates} duplicates, {len(result.failed)} failed; "
                    f"{stats.articles} articles in {stats.stories} stories",
                    err=True,
                )
                if result.stopped or (polls is not None and n >= polls):
                    break
                stop.wait(every)
    except KeyboardInterrupt:  # the second Ctrl-C: the article in hand is not stored
        k = stored[0]
        fail(f"interrupted; what was stored before is kept ({k} article{'s' if k != 1 else ''} "
             "this run)", 130)  # fmt: skip
    finally:
        store.close()
