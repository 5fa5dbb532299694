"""Reading the news from the web: polite fetching (:mod:`.fetch`), pages and feeds
(:mod:`.feeds`), and following URLs and feeds into a corpus (:mod:`.follow`).

The library never fetches anything unless one of these is called; the CLI calls them
for ``analyze URL``, ``ingest URL...`` and ``watch``, the web app for a URL to analyse.
"""

from __future__ import annotations

from .feeds import Feed, FeedItem, kind_of, page_document, parse_feed
from .fetch import USER_AGENT, Fetched, Fetcher, FetchSettings, RateLimiter, is_url

__all__ = [
    "USER_AGENT",
    "Feed",
    "FeedItem",
    "FetchSettings",
    "Fetched",
    "Fetcher",
    "RateLimiter",
    "is_url",
    "kind_of",
    "page_document",
    "parse_feed",
]
