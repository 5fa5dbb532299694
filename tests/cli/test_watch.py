"""``presslens watch`` stopped with Ctrl-C: a real process, a real SIGINT, a local site whose
second article is held back until the test lets it go."""

from __future__ import annotations

import os
import queue
import signal
import subprocess
import sys
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from presslens.store import open_store

WAIT = 120  # seconds any step may take on a slow, busy machine before the test gives up


def article(title: str, sentence: str) -> bytes:
    body = "".join(f"<p>{sentence} Paragraph {i} of the report adds more detail.</p>"
                   for i in range(4))  # fmt: skip
    return (f"<!doctype html><html><head><meta charset='utf-8'><title>{title}</title></head>"
            f"<body><article><h1>{title}</h1>{body}</article></body></html>").encode()  # fmt: skip


PAGES = {
    "/one.html": article("Harbour wall repaired before winter",
                         "Workers finished repairing the harbour wall at Polcarrow on Monday."),
    "/two.html": article("Ferry fares frozen for a year",
                         "The island ferry company froze its fares for the coming year."),
    "/three.html": article("Library opens on Sundays",
                           "The town library in Trevanna will open on Sundays from March."),
}  # fmt: skip


@dataclass
class Held:
    """The site's second article: ``arrived`` when watch asks for it, sent on ``release``."""

    arrived: threading.Event = field(default_factory=threading.Event)
    release: threading.Event = field(default_factory=threading.Event)


@pytest.fixture
def feed_site(site) -> Iterator[tuple[Any, Held]]:  # type: ignore[no-untyped-def]
    held = Held()
    links = "".join(f"<item><title>{p}</title><link>{p}</link></item>" for p in PAGES)
    body = (
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>Courier</title>'
        f"<link>/</link><description>x</description>{links}</channel></rss>"
    ).encode()

    def feed(handler: Any) -> tuple[int, dict[str, str], bytes]:
        if handler.headers.get("If-None-Match") == '"v1"':
            return 304, {"ETag": '"v1"'}, b""
        return 200, {"Content-Type": "application/rss+xml", "ETag": '"v1"'}, body

    def slow(handler: Any) -> tuple[int, dict[str, str], bytes]:
        held.arrived.set()
        held.release.wait(WAIT)
        return 200, {"Content-Type": "text/html; charset=utf-8"}, PAGES["/two.html"]

    site.routes["/feed.xml"] = feed
    for path, page in PAGES.items():
        site.routes[path] = (200, {"Content-Type": "text/html; charset=utf-8"}, page)
    site.routes["/two.html"] = slow
    try:
        yield site, held
    finally:
        held.release.set()  # the server thread is never left waiting


class Watch:
    """``presslens watch FEED --db DB`` as a subprocess, its stderr read line by line."""

    def __init__(self, *args: str) -> None:
        env = {**os.environ, "PYTHONUNBUFFERED": "1"}
        env.pop("PRESSLENS_DEBUG", None)
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "presslens.cli", "watch", *args],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
        )  # fmt: skip
        self.lines: list[str] = []
        self._queue: queue.Queue[str | None] = queue.Queue()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.proc.stderr is not None
        for line in self.proc.stderr:
            self._queue.put(line.rstrip("\n"))
        self._queue.put(None)

    def wait_for(self, text: str) -> None:
        """Read stderr until a line contains ``text``."""
        while True:
            try:
                line = self._queue.get(timeout=WAIT)
            except queue.Empty:
                pytest.fail(f"watch wrote no {text!r} within {WAIT} s: {self.lines}")
            if line is None:
                pytest.fail(f"watch ended before writing {text!r}: {self.lines}")
            self.lines.append(line)
            if text in line:
                return

    def until(self, event: threading.Event) -> None:
        """Wait for ``event`` (set by the site) while watch runs."""
        for _ in range(WAIT * 10):
            if event.wait(0.1):
                return
            if self.proc.poll() is not None:
                break
        self.finish()
        pytest.fail(f"watch never asked for the held article: {self.lines}")

    def interrupt(self) -> None:
        self.proc.send_signal(signal.SIGINT)

    def finish(self) -> tuple[int, str]:
        """The exit status and everything written to stdout."""
        try:
            self.proc.wait(timeout=WAIT)
        except subprocess.TimeoutExpired:
            self.close()
            pytest.fail(f"watch did not end after Ctrl-C: {self.lines}")
        assert self.proc.stdout is not None
        out = self.proc.stdout.read()
        while (line := self._queue.get(timeout=WAIT)) is not None:
            self.lines.append(line)
        self.close()
        return self.proc.returncode, out

    def close(self) -> None:
        """End the process if it still runs and close its pipes."""
        if self.proc.poll() is None:
            self.proc.kill()
        self.proc.wait()
        self._reader.join(timeout=WAIT)
        for pipe in (self.proc.stdout, self.proc.stderr):
            if pipe is not None:
                pipe.close()

    def __enter__(self) -> Watch:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def stored(db: str) -> list[tuple[str | None, str]]:
    """(URL, text) of every article in the corpus, in the order stored."""
    with open_store(db) as store:
        docs = [store.get(a.id) for a in store.articles(limit=100)]
    return [(d.meta.url, d.text) for d in docs if d is not None]


def test_watch_ctrl_c_ends_after_the_current_article(feed_site, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    site, held = feed_site
    db = str(tmp_path / "c.db")
    args = (site.url("/feed.xml"), "--db", db, "--every", "1h", "--delay", "0", "--stages", "none")
    with Watch(*args) as watch:
        watch.until(held.arrived)
        watch.interrupt()  # while the second article is being read
        watch.wait_for("stopping after the current article")
        held.release.set()
        code, out = watch.finish()

    assert code == 0, watch.lines
    assert out == ""
    assert not [line for line in watch.lines if line.startswith("error:")], watch.lines
    polls = [line for line in watch.lines if " poll 1: " in line]
    assert len(polls) == 1 and "2 new: 2 stored" in polls[0], watch.lines
    articles = stored(db)
    urls = [url for url, _ in articles]
    assert sorted(urls) == [site.url("/one.html"), site.url("/two.html")]  # each once
    texts = dict(articles)
    assert "harbour wall at Polcarrow" in texts[site.url("/one.html")]
    assert "froze its fares" in texts[site.url("/two.html")]  # the article in hand, whole
    assert "/three.html" not in site.hits  # nothing was started after Ctrl-C
    with open_store(db) as store:  # the feed is not marked read: its rest is fetched later
        assert store.fetch_record(site.url("/feed.xml")) is None

    # the next run fetches only what is missing, and nothing is stored twice; Ctrl-C in
    # the wait between two polls (an hour here) ends it at once
    with Watch(*args) as rerun:
        rerun.wait_for(" poll 1: ")
        assert "1 feed, 1 new: 1 stored" in rerun.lines[-1]
        rerun.interrupt()
        code, _ = rerun.finish()
    assert code == 0, rerun.lines
    assert sorted(url for url, _ in stored(db)) == sorted(site.url(p) for p in PAGES)
    assert site.hits["/one.html"] == 1 and site.hits["/two.html"] == 1


def test_watch_second_ctrl_c_stops_at_once(feed_site, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    site, held = feed_site
    db = str(tmp_path / "c.db")
    args = (site.url("/feed.xml"), "--db", db, "--every", "1h", "--delay", "0", "--stages", "none")
    with Watch(*args) as watch:
        watch.until(held.arrived)
        watch.interrupt()
        watch.wait_for("stopping after the current article")
        watch.interrupt()  # the held article never arrives: only stopping at once ends watch
        code, out = watch.finish()

    assert code == 130, watch.lines
    assert out == ""
    errors = [line for line in watch.lines if line.startswith("error:")]
    kept = "error: interrupted; what was stored before is kept (1 article this run)"
    assert errors == [kept], watch.lines
    assert watch.lines[-1] == errors[0]
    assert not [line for line in watch.lines if "Traceback" in line], watch.lines
    assert [url for url, _ in stored(db)] == [site.url("/one.html")]
    assert "/three.html" not in site.hits
