"""What a fetched URL is: an HTML page (one :class:`~presslens.model.Document`, extracted
exactly as an HTML file is) or an RSS / Atom feed (its items' links), decided by content.

Feeds are parsed by feedparser, which reads RSS 0.9x, 1.0 (RDF) and 2.0 and Atom 0.3/1.0;
relative item links are resolved against the feed's own URL (or its ``xml:base``).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any, Literal
from urllib.parse import urljoin

from ..errors import NotHTMLError
from ..model import Document
from ..reading import parse_bytes
from .fetch import Fetched

Kind = Literal["html", "feed"]

HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
FEED_TYPES = frozenset({
    "application/rss+xml", "application/atom+xml", "application/rdf+xml",
    "application/xml", "text/xml", "application/feed+xml",
})  # fmt: skip
#: The root element of a feed, after any XML declaration, comments and doctype.
_FEED_ROOT = re.compile(
    rb"^(?:\xef\xbb\xbf)?\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--.*?-->\s*|<\?[^>]*\?>\s*|<!DOCTYPE[^>]*>\s*)*"
    rb"<(?:[\w-]+:)?(rss|feed|RDF)\b",
    re.S | re.I,
)
_HTML_START = re.compile(
    rb"^(?:\xef\xbb\xbf)?\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.S | re.I
)
_KNOWN_OTHER = {
    b"%PDF": "a PDF",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"PK\x03\x04": "a ZIP archive (a Word or Office file?)",
}


@dataclass(frozen=True)
class FeedItem:
    link: str
    title: str | None = None
    published: dt.date | None = None


@dataclass(frozen=True)
class Feed:
    url: str
    title: str | None
    version: str
    items: list[FeedItem]


def kind_of(fetched: Fetched) -> Kind:
    """``"feed"`` or ``"html"``, by the bytes first and the Content-Type second; anything
    else is refused with :class:`~presslens.errors.NotHTMLError`."""
    head = fetched.content[:4096]
    if _FEED_ROOT.match(head):
        return "feed"
    if _HTML_START.match(head):
        return "html"
    for magic, what in _KNOWN_OTHER.items():
        if head.startswith(magic):
            raise NotHTMLError(_not_html(fetched, what), fetched.url)
    if fetched.content_type in HTML_TYPES and b"<" in head:
        return "html"
    if fetched.content_type in FEED_TYPES and b"<" in head:
        return "feed"  # feedparser decides below whether it really is one
    what = f"a {fetched.content_type} document" if fetched.content_type else "not HTML"
    raise NotHTMLError(_not_html(fetched, what), fetched.url)


def _not_html(fetched: Fetched, what: str) -> str:
    shown = f" ({fetched.content_type})" if fetched.content_type and what != "not HTML" else ""
    return (
        f"{fetched.url}: {what}{shown}, not an HTML page or a feed; presslens reads web "
        "pages and RSS/Atom feeds (save other documents as text and analyse the file)"
    )


def page_document(fetched: Fetched, *, max_bytes: int | None = None) -> Document:
    """The article of an HTML page, read by the same code as an HTML file
    (:func:`presslens.reading.parse_bytes`), so its text and offsets are the file's.

    ``meta.url`` is the page's canonical URL (its ``<link rel=canonical>`` or ``og:url``),
    else the URL it was fetched from after redirects; ``meta.source`` is the URL asked for.
    """
    if kind_of(fetched) != "html":
        raise NotHTMLError(
            f"{fetched.url}: a feed, not an article page; 'presslens ingest' reads feeds",
            fetched.url,
        )
    limit = max_bytes if max_bytes is not None else max(len(fetched.content), 1)
    (doc,) = parse_bytes(
        fetched.content, fetched.url, fmt="html", max_bytes=limit, encoding=fetched.charset
    )
    canonical = doc.meta.url
    doc.meta.url = urljoin(fetched.final_url, canonical) if canonical else fetched.final_url
    return doc


def parse_feed(fetched: Fetched) -> Feed:
    """The items of an RSS or Atom feed, links absolute, in the feed's order, once each."""
    import feedparser

    parsed: Any = feedparser.parse(
        fetched.content,
        response_headers={
            "content-location": fetched.final_url,
            "content-type": fetched.content_type or "application/xml",
        },
    )
    version = str(parsed.get("version") or "")
    if not version:
        raise NotHTMLError(
            f"{fetched.url}: XML, but not an RSS or Atom feed feedparser can read; give a "
            "feed's URL or an article page",
            fetched.url,
        )
    items: list[FeedItem] = []
    seen: set[str] = set()
    for entry in parsed.entries:
        link = _entry_link(entry)
        if not link:
            continue
        link = urljoin(fetched.final_url, link.strip())
        if link in seen or not link.lower().startswith(("http://", "https://")):
            continue
        seen.add(link)
        items.append(FeedItem(link=link, title=entry.get("title") or None,
                              published=_entry_date(entry)))  # fmt: skip
    title = parsed.feed.get("title") if hasattr(parsed, "feed") else None
    return Feed(url=fetched.final_url, title=title or None, version=version, items=items)


def _entry_link(entry: Any) -> str | None:
    link = entry.get("link")
    if link:
        return str(link)
    for candidate in entry.get("links") or ():
        if candidate.get("href") and candidate.get("rel", "alternate") == "alternate":
            return str(candidate["href"])
    guid = entry.get("id")
    if guid and str(guid).lower().startswith(("http://", "https://")):
        return str(guid)
    return None


def _entry_date(entry: Any) -> dt.date | None:
    for key in ("published_parsed", "updated_parsed"):
        value = entry.get(key)
        if value:
            try:
                return dt.date(value.tm_year, value.tm_mon, value.tm_mday)
            except (ValueError, AttributeError):
                continue
    return None
