"""URLs on the command line: ``analyze URL``, ``ingest URL...`` and ``watch`` against a
local site, every failure one ``error:`` line and exit 2 (in ``watch``, a logged line)."""

from __future__ import annotations

import json
import socket
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from presslens.cli import cli

NET = Path(__file__).resolve().parents[1] / "fixtures" / "net"
FAST = ["--delay", "0"]


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def article(title: str, *paragraphs: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f"<!doctype html><html><head><meta charset='utf-8'><title>{title}</title></head>"
            f"<body><article><h1>{title}</h1>{body}</article></body></html>")  # fmt: skip


FERRY = article(
    "Ferry timetable changes for the summer",
    "The Porthwenna ferry will run every forty minutes from June, the operator said on "
    "Wednesday, up from once an hour last summer.",
    "Passengers had asked for later sailings for three years, according to the harbour "
    "master, Kit Rowe, who said the last boat would now leave at eleven at night.",
)
LIFEBOAT = article(
    "Lifeboat crew rescues two kayakers",
    "Two kayakers were rescued off Gull Point early on Thursday after their boats capsized "
    "in a strong offshore wind, the lifeboat station said.",
    "The coxswain, Demelza Trew, said both were cold but unhurt and thanked the walker who "
    "raised the alarm from the cliff path.",
)


def rss(*links: str) -> bytes:
    items = "".join(f"<item><title>Item {i}</title><link>{link}</link></item>"
                    for i, link in enumerate(links))  # fmt: skip
    return (f'<?xml version="1.0"?><rss version="2.0"><channel><title>Courier</title>'
            f"<link>/</link><description>x</description>{items}</channel></rss>").encode()


@pytest.fixture
def news(site):  # type: ignore[no-untyped-def]
    """The site with three articles and an RSS feed (relative links) that honours ETags."""
    site.routes["/news/mill.html"] = (200, {"Content-Type": "text/html; charset=utf-8"},
                                      (NET / "article.html").read_bytes())  # fmt: skip
    site.page("/news/ferry.html", FERRY)
    site.page("/news/lifeboat.html", LIFEBOAT)
    site.feed_items = ["mill.html", "ferry.html"]

    def feed(handler: Any) -> tuple[int, dict[str, str], bytes]:
        body = rss(*site.feed_items)
        etag = f'"{len(site.feed_items)}"'
        if handler.headers.get("If-None-Match") == etag:
            return 304, {"ETag": etag}, b""
        return 200, {"Content-Type": "application/rss+xml", "ETag": etag}, body

    site.routes["/news/feed.xml"] = feed
    return site


def test_analyze_url_gives_the_saved_file_analysis(news) -> None:  # type: ignore[no-untyped-def]
    skip = ["--skip", "presslens.techniques.v1", "--skip", "presslens.attributions.v1",
            "--skip", "presslens.figures.v1"]  # fmt: skip
    code, out, err = run("analyze", news.url("/news/mill.html"), "--format", "json", *FAST, *skip)
    assert code == 0, err
    code, saved_out, _ = run("analyze", str(NET / "article.html"), "--format", "json", *skip)
    assert code == 0
    fetched, saved = json.loads(out), json.loads(saved_out)
    assert fetched["meta"].pop("source") == news.url("/news/mill.html")
    assert saved["meta"].pop("source") == str(NET / "article.html")
    assert fetched == saved  # same text, offsets, entities, dates and metadata
    assert fetched["entities"], "the analysis found nothing: the comparison proves little"


@pytest.mark.slow
def test_analyze_url_full_pipeline_matches_the_file(news) -> None:  # type: ignore[no-untyped-def]
    code, out, err = run("analyze", news.url("/news/mill.html"), "--format", "json", *FAST)
    assert code == 0, err
    _, saved_out, _ = run("analyze", str(NET / "article.html"), "--format", "json")
    fetched, saved = json.loads(out), json.loads(saved_out)
    fetched["meta"].pop("source"), saved["meta"].pop("source")
    assert fetched == saved and fetched["attributions"]


def _unused_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.mark.parametrize(
    ("path", "setup", "message"),
    [
        ("/missing.html", None, r"HTTP 404 Not Found; the page is not there"),
        ("/doc.pdf", (200, {"Content-Type": "application/pdf"}, b"%PDF-1.7\n%\xe2\xe3\n"),
         r"a PDF \(application/pdf\), not an HTML page or a feed"),
        ("/big.html", (200, {"Content-Type": "text/html"}, b"<p>" + b"x" * (6 * 1024 * 1024)),
         r"over the 5,242,880-byte limit"),
        ("/loop", (302, {"Location": "/loop"}, b""), r"redirected more than 5 times"),
        ("/news/feed.xml", None, r"a feed, not an article page; 'presslens ingest' reads feeds"),
    ],
)  # fmt: skip
def test_analyze_url_failures_are_one_line_exit_2(news, path, setup, message) -> None:  # type: ignore[no-untyped-def]
    if setup is not None:
        news.routes[path] = setup
    code, out, err = run("analyze", news.url(path), *FAST)
    assert (code, out) == (2, "")
    assert err.startswith("error: ") and err.count("\n") == 1, err
    import re

    assert re.search(message, err), err


@pytest.mark.parametrize(
    ("url", "extra", "message"),
    [
        ("http://presslens-test.invalid/a.html", [], "does not resolve"),
        ("http://127.0.0.1:{port}/a.html", [], "connection refused"),
        ("{base}/slow.html", ["--timeout", "0.3"], "no answer from 127.0.0.1 within 0.3 s"),
        ("ftp://example.org/a.html", [], None),  # a file name, as before: no such file
    ],
)
def test_analyze_network_failures_are_one_line_exit_2(news, url, extra, message) -> None:  # type: ignore[no-untyped-def]
    import time

    def slow(handler: Any) -> tuple[int, dict[str, str], bytes]:
        time.sleep(1.5)
        return 200, {"Content-Type": "text/html"}, FERRY.encode()

    news.routes["/slow.html"] = slow
    target = url.format(port=_unused_port(), base=news.base)
    code, out, err = run("analyze", target, *FAST, *extra)
    assert (code, out) == (2, "") and err.startswith("error: ") and err.count("\n") == 1, err
    assert message is None or message in err


def test_ingest_feed_stores_every_item_once(news, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db = str(tmp_path / "c.db")
    code, out, err = run("ingest", news.url("/news/feed.xml"), "--db", db, "--stages", "none",
                         *FAST)  # fmt: skip
    assert code == 0, err
    assert out.startswith("added 2, duplicates 0")
    assert "fetched 2 pages from 1 feed; 0 already stored" in err
    assert (news.hits["/news/mill.html"], news.hits["/news/ferry.html"]) == (1, 1)
    # again: the feed answers 304, no page is fetched, nothing is stored
    code, out, err = run("ingest", news.url("/news/feed.xml"), "--db", db, "--stages", "none",
                         *FAST)  # fmt: skip
    assert code == 0, err
    assert out.startswith("added 0, duplicates 0") and "2 articles in" in out
    assert "1 unchanged" in err
    assert news.requests[-1][0] == "/news/feed.xml"
    assert news.requests[-1][1].get("if-none-match") == '"2"'
    assert (news.hits["/news/mill.html"], news.hits["/news/ferry.html"]) == (1, 1)


def test_ingest_page_is_not_fetched_again_unless_refresh(news, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db = str(tmp_path / "c.db")
    url = news.url("/news/mill.html")
    assert run("ingest", url, "--db", db, "--stages", "none", *FAST)[0] == 0
    code, out, err = run("ingest", url, "--db", db, "--stages", "none", *FAST)
    assert code == 0 and "1 already stored" in err and out.startswith("added 0")
    assert news.hits["/news/mill.html"] == 1  # known by its canonical URL: not fetched
    # the page changed: --refresh fetches it and the new text replaces the stored one
    news.routes["/news/mill.html"] = (200, {"Content-Type": "text/html"},
                                      (NET / "article.html").read_bytes().replace(
                                          b"nine to four", b"ten to three"))  # fmt: skip
    code, out, err = run("ingest", url, "--db", db, "--stages", "none", "--refresh", *FAST)
    assert code == 0, err
    assert news.hits["/news/mill.html"] == 2 and out.startswith("added 1")
    assert f"{db}: 1 articles in" in out  # replaced, not added beside the old text

    from presslens.store import open_store

    with open_store(db) as store:
        (row,) = store.articles()
        stored = store.get(row.id)
        assert stored is not None and "ten to three" in stored.text


def test_ingest_failing_url_stores_nothing_and_makes_no_file(news, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db = tmp_path / "c.db"
    code, out, err = run("ingest", news.url("/gone.xml"), "--db", str(db), *FAST)
    assert (code, out) == (2, "") and err.startswith("error: ") and err.count("\n") == 1
    assert not db.exists()


def test_ingest_feed_with_a_broken_item_stores_the_rest(news, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    news.feed_items = ["mill.html", "missing.html", "ferry.html"]
    db = str(tmp_path / "c.db")
    code, out, err = run("ingest", news.url("/news/feed.xml"), "--db", db, "--stages", "none",
                         *FAST)  # fmt: skip
    assert code == 0 and out.startswith("added 2")
    assert "warning: " in err and "missing.html: HTTP 404" in err and "1 failed" in err
    # the feed's ETag was not remembered: the next run asks again and retries the item
    run("ingest", news.url("/news/feed.xml"), "--db", db, "--stages", "none", *FAST)
    assert news.hits["/news/missing.html"] == 2


def test_watch_picks_up_an_item_added_between_polls(news, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db = str(tmp_path / "c.db")
    polls = {"n": 0}
    feed = news.routes["/news/feed.xml"]

    def changing(handler: Any) -> tuple[int, dict[str, str], bytes]:
        polls["n"] += 1
        if polls["n"] == 2:  # between the first and the second poll, an item appears
            news.feed_items = [*news.feed_items, "lifeboat.html"]
        result: tuple[int, dict[str, str], bytes] = feed(handler)
        return result

    news.routes["/news/feed.xml"] = changing
    news.routes["/other.xml"] = (500, {}, b"")
    code, _, err = run("watch", news.url("/news/feed.xml"), news.url("/other.xml"), "--db", db,
                         "--every", "0.05s", "--polls", "3", "--stages", "none", *FAST)  # fmt: skip
    assert code == 0, err
    lines = [line for line in err.splitlines() if " poll " in line]
    assert len(lines) == 3, err
    assert "poll 1: 2 feeds, 2 new: 2 stored" in lines[0]
    assert "poll 2: 2 feeds, 1 new: 1 stored" in lines[1] and "1 failed" in lines[1]
    assert "poll 3: 2 feeds (1 unchanged), 0 new" in lines[2]
    assert err.count("warning: ") == 3  # the failing feed, logged once per poll
    assert "other.xml: HTTP 500" in err
    assert news.hits["/news/lifeboat.html"] == 1 and news.hits["/news/mill.html"] == 1


def test_watch_needs_urls_and_a_duration(tmp_path: Path) -> None:
    code, out, err = run("watch", "feeds.txt", "--db", str(tmp_path / "c.db"))
    assert (code, out) == (2, "") and "not an http:// or https:// URL" in err
    code, _, err = run("watch", "http://x.example/feed", "--every", "soon")
    assert code == 2 and "is not a duration" in err
