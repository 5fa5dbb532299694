"""Following URLs and feeds into a corpus: what ``ingest URL...`` and ``watch`` do.

:class:`Follower` turns URLs into documents ready to store. A page URL gives its article;
a feed URL gives the article of every item not in the corpus yet. An article is in the
corpus when an article with its URL is stored, or when the URL was fetched before and the
canonical URL it gave is stored; such a page is not fetched again unless ``refresh``.
A feed is fetched with the ETag / Last-Modified the corpus remembers from the last time,
so an unchanged feed costs one 304.

A URL the user named that cannot be read raises its :class:`~presslens.errors.FetchError`;
a feed item that cannot be read is recorded in :attr:`Collected.failed` and the others
go on. Nothing is remembered until the articles are stored (:meth:`Follower.remember`).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field

from ..errors import InputError
from ..model import Document
from ..store.base import FetchRecord, Store
from ..stories import text_hash
from .feeds import FeedItem, kind_of, page_document, parse_feed
from .fetch import Fetcher

logger = logging.getLogger(__name__)

FEED_ACCEPT = (
    "application/rss+xml, application/atom+xml, application/rdf+xml;q=0.9, "
    "application/xml;q=0.8, text/xml;q=0.8, text/html;q=0.7, */*;q=0.5"
)


@dataclass
class Collected:
    """What following some URLs gave."""

    #: articles fetched, ready to analyse and store
    docs: list[Document] = field(default_factory=list)
    #: URLs not fetched because their article is stored already
    skipped: list[str] = field(default_factory=list)
    #: (URL, message) of feed items that could not be read
    failed: list[tuple[str, str]] = field(default_factory=list)
    #: feeds fetched (with how many items each listed), and feeds unchanged since last time
    feeds: dict[str, int] = field(default_factory=dict)
    unchanged: list[str] = field(default_factory=list)
    #: stored article ids a refreshed page replaces (its text changed)
    replaces: list[str] = field(default_factory=list)
    #: what to remember once the articles are stored
    records: list[FetchRecord] = field(default_factory=list)

    def merge(self, other: Collected) -> None:
        self.docs += other.docs
        self.skipped += other.skipped
        self.failed += other.failed
        self.feeds.update(other.feeds)
        self.unchanged += other.unchanged
        self.replaces += other.replaces
        self.records += other.records


class Follower:
    """Fetches pages and feeds for a corpus (``store``; None when only analysing)."""

    def __init__(self, fetcher: Fetcher, store: Store | None = None, *, refresh: bool = False):
        self.fetcher = fetcher
        self.store = store
        self.refresh = refresh

    # -- one page ----------------------------------------------------------------------
    def page(self, url: str, item: FeedItem | None = None) -> Document:
        """The article at ``url`` (an HTML page; a feed or a PDF is refused)."""
        fetched = self.fetcher.get(url)
        doc = page_document(fetched)
        if item is not None:  # what the feed says fills what the page does not
            if doc.meta.title is None and item.title:
                doc.meta.title = item.title
            if doc.meta.published is None and item.published:
                doc.meta.published = item.published
        return doc

    def stored_id(self, url: str) -> str | None:
        """The stored article ``url`` gave (directly or through its canonical URL)."""
        if self.store is None:
            return None
        found = self.store.article_for_url(url)
        if found is not None:
            return found
        record = self.store.fetch_record(url)
        if record is not None and record.canonical_url:
            return self.store.article_for_url(record.canonical_url)
        return None

    # -- any URL -----------------------------------------------------------------------
    def collect(self, url: str) -> Collected:
        """The new articles of one URL the user named: a page, or a feed's items."""
        out = Collected()
        known = self.stored_id(url)
        if known is not None and not self.refresh:
            out.skipped.append(url)
            return out
        record = self.store.fetch_record(url) if self.store is not None else None
        conditional = record is not None and not self.refresh and known is None
        fetched = self.fetcher.get(
            url,
            etag=record.etag if record and conditional else None,
            last_modified=record.last_modified if record and conditional else None,
            accept=FEED_ACCEPT,
        )
        if fetched.not_modified:
            out.unchanged.append(url)
            out.feeds[url] = 0
            return out
        if kind_of(fetched) == "html":
            doc = page_document(fetched)
            self._add_page(out, url, doc, known)
            return out
        feed = parse_feed(fetched)
        out.feeds[url] = len(feed.items)
        for item in feed.items:
            out.merge(self.item(item))
        if not out.failed:  # a failed item is tried again next time: no 304 for it
            out.records.append(FetchRecord(url=url, etag=fetched.etag,
                                           last_modified=fetched.last_modified))  # fmt: skip
        return out

    def item(self, item: FeedItem) -> Collected:
        """One feed item's article, unless it is stored already; a failure is recorded."""
        out = Collected()
        known = self.stored_id(item.link)
        if known is not None and not self.refresh:
            out.skipped.append(item.link)
            return out
        try:
            doc = self.page(item.link, item)
        except InputError as exc:
            logger.info("%s", exc.message)
            out.failed.append((item.link, exc.message))
            return out
        self._add_page(out, item.link, doc, known)
        return out

    def _add_page(self, out: Collected, url: str, doc: Document, known: str | None) -> None:
        out.records.append(FetchRecord(url=url, canonical_url=doc.meta.url))
        if known is not None and self.store is not None:
            old = self.store.get(known)
            if old is not None and text_hash(old.text) == text_hash(doc.text):
                out.skipped.append(url)  # refreshed, unchanged
                return
            out.replaces.append(known)
        out.docs.append(doc)

    def feed_items(self, url: str) -> tuple[list[FeedItem], FetchRecord | None]:
        """A feed's items (none when unchanged since the remembered validators) and the
        record to remember once they are stored."""
        record = self.store.fetch_record(url) if self.store is not None else None
        fetched = self.fetcher.get(
            url,
            etag=record.etag if record else None,
            last_modified=record.last_modified if record else None,
            accept=FEED_ACCEPT,
        )
        if fetched.not_modified:
            return [], None
        if kind_of(fetched) != "feed":
            raise InputError(f"{url}: an HTML page, not a feed; 'presslens watch' follows "
                             "RSS/Atom feeds ('presslens ingest' reads pages)")  # fmt: skip
        feed = parse_feed(fetched)
        return feed.items, FetchRecord(url=url, etag=fetched.etag,
                                       last_modified=fetched.last_modified)  # fmt: skip

    # -- after storing -----------------------------------------------------------------
    def remember(self, records: list[FetchRecord]) -> None:
        if self.store is not None:
            for record in records:
                self.store.save_fetch_record(record)

    def replace(self, article_ids: list[str]) -> None:
        """Drop the stored articles refreshed pages replace (just before storing those)."""
        if self.store is not None:
            for aid in dict.fromkeys(article_ids):
                self.store.delete(aid)


@dataclass
class PollResult:
    """One poll of ``watch``: what it found and stored."""

    new: int = 0
    added: int = 0
    duplicates: int = 0
    unchanged: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)
    stopped: bool = False


def poll(
    follower: Follower,
    feeds: list[str],
    store_one: Callable[[Document], tuple[int, int]],
    should_stop: Callable[[], bool] = lambda: False,
) -> PollResult:
    """Fetch every feed once and store each new item's article as soon as it is read
    (``store_one`` analyses and stores one document, returning (added, duplicates)), so
    a stop between two articles loses nothing. A feed or item that fails is recorded in
    the result and the poll goes on."""
    result = PollResult()
    for url in feeds:
        if should_stop():
            result.stopped = True
            return result
        try:
            items, feed_record = follower.feed_items(url)
        except InputError as exc:
            result.failed.append((url, exc.message))
            continue
        if feed_record is None:
            result.unchanged += 1
            continue
        failed_before = len(result.failed)
        for item in items:
            if should_stop():
                result.stopped = True
                return result
            got = follower.item(item)
            result.failed += got.failed
            if not got.docs:
                continue
            result.new += len(got.docs)
            follower.replace(got.replaces)
            for doc in got.docs:
                added, duplicates = store_one(doc)
                result.added += added
                result.duplicates += duplicates
            follower.remember(got.records)
        if len(result.failed) == failed_before:
            follower.remember([feed_record])
    return result
