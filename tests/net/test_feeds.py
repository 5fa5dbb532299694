"""presslens.net.feeds: pages read exactly as saved HTML files, feeds of every kind."""

from __future__ import annotations

from pathlib import Path

import pytest

from presslens.errors import NotHTMLError
from presslens.net.feeds import kind_of, page_document, parse_feed
from presslens.net.fetch import Fetched, Fetcher, FetchSettings
from presslens.reading import read_path

NET = Path(__file__).resolve().parents[1] / "fixtures" / "net"


def fetched(body: bytes, content_type: str = "text/html", charset: str | None = None,
            url: str = "http://courier.example/news/feed") -> Fetched:  # fmt: skip
    return Fetched(url=url, final_url=url, status=200, content_type=content_type,
                   charset=charset, content=body)  # fmt: skip


def test_page_document_is_the_saved_file_document(site) -> None:  # type: ignore[no-untyped-def]
    html = (NET / "article.html").read_bytes()
    site.routes["/story"] = (200, {"Content-Type": "text/html; charset=utf-8"}, html)
    with Fetcher(FetchSettings(delay=0)) as f:
        got = page_document(f.get(site.url("/story")))
    (saved,) = read_path(NET / "article.html")
    assert got.text == saved.text and "Mayor Tamsin Hollow" in got.text
    assert got.meta.title == saved.meta.title == "Harbour town votes to rebuild its tidal mill"
    assert got.meta.outlet == saved.meta.outlet == "The Estuary Courier"
    assert str(got.meta.published) == "2024-05-14"
    assert got.meta.url == "https://courier.example/news/2024/tidal-mill.html"  # canonical
    assert got.meta.source == site.url("/story")


@pytest.mark.parametrize(
    ("declared", "body"),
    [
        # the server says UTF-8; the bytes are Windows-1252
        ("utf-8", "<html><body><p>Zoë and Renée, who run the café in Cádiz, said “we will "
                  "reopen” on Monday.</p></body></html>".encode("cp1252")),
        # the server says Latin-1; the bytes are UTF-8
        ("iso-8859-1", "<html><body><p>Zoë and Renée, who run the café in Cádiz, said “we will "
                       "reopen” on Monday.</p></body></html>".encode()),
    ],
)  # fmt: skip
def test_page_with_a_wrong_charset_reads_right(declared: str, body: bytes) -> None:
    doc = page_document(fetched(body, charset=declared))
    assert "Zoë and Renée, who run the café in Cádiz, said “we will reopen”" in doc.text


def test_page_in_its_declared_charset() -> None:
    body = "<html><body><p>Der Bürgermeister sagte, die Brücke werde im Mai eröffnet, und " \
           "alle Anwohner seien eingeladen.</p></body></html>"
    doc = page_document(fetched(body.encode("iso-8859-1"), charset="iso-8859-1"))
    assert "Der Bürgermeister sagte" in doc.text


@pytest.mark.parametrize(
    ("body", "content_type", "what"),
    [
        (b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n", "application/pdf", "a PDF"),
        (b"%PDF-1.4\n...", "text/html", "a PDF"),  # the bytes win over a wrong type
        (b"\x89PNG\r\n\x1a\n....", "image/png", "a PNG image"),
        (b'{"text": "json"}', "application/json", "a application/json document"),
    ],
)
def test_not_html_is_refused_with_what_it_is(body: bytes, content_type: str, what: str) -> None:
    with pytest.raises(NotHTMLError, match=rf"{what} .*not an HTML page or a feed"):
        page_document(fetched(body, content_type))


def test_a_feed_where_a_page_was_wanted_is_refused() -> None:
    with pytest.raises(NotHTMLError, match=r"a feed, not an article page"):
        page_document(fetched((NET / "rss2.xml").read_bytes(), "application/rss+xml"))


@pytest.mark.parametrize(
    ("name", "version", "links"),
    [
        ("rss2.xml", "rss20", ["http://courier.example/news/2024/tidal-mill.html",
                               "http://courier.example/news/ferry.html"]),
        ("atom.xml", "atom10", ["http://courier.example/news/ferry.html",
                                "https://courier.example/news/lifeboat.html"]),
        ("rss1.xml", "rss10", ["http://courier.example/news/lifeboat.html"]),
        ("rss091.xml", "rss091", ["http://courier.example/news/ferry.html"]),
    ],
)  # fmt: skip
def test_feeds_of_every_kind_with_relative_links_resolved(
    name: str, version: str, links: list[str]
) -> None:
    body = (NET / name).read_bytes()
    page = fetched(body, "text/plain")  # detected by content, not by the declared type
    assert kind_of(page) == "feed"
    feed = parse_feed(page)
    assert feed.version.startswith(version)
    assert [i.link for i in feed.items] == links


def test_feed_items_keep_title_and_date() -> None:
    feed = parse_feed(fetched((NET / "rss2.xml").read_bytes(), "application/rss+xml"))
    first = feed.items[0]
    assert first.title == "Harbour town votes to rebuild its tidal mill"
    assert str(first.published) == "2024-05-14"
    assert feed.title == "The Estuary Courier: News"


def test_xml_that_is_not_a_feed_is_refused() -> None:
    page = fetched(b'<?xml version="1.0"?><catalog><book>x</book></catalog>', "application/xml")
    with pytest.raises(NotHTMLError, match=r"not an RSS or Atom feed"):
        parse_feed(page)


def test_html_is_detected_by_content() -> None:
    assert kind_of(fetched(b"  <!DOCTYPE html><html><body>x</body></html>", "text/plain")) == "html"
    assert kind_of(fetched(b"<div>x</div>", "text/html")) == "html"
