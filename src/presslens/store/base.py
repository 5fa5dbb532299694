"""The corpus store interface: what the CLI, the checks and the web app may ask of a corpus.

Open one with :func:`open_store`: a path opens (or creates) a SQLite file, a
``postgresql://`` URL the PostgreSQL backend. Where the database lives when
none is given: ``--db`` on the command line, else ``$PRESSLENS_DB``, else
``./presslens.db`` (:func:`default_db_path`).
"""

from __future__ import annotations

import abc
import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from ..model import Document, Finding, Story
from ..settings import setting

DB_ENV = str(setting("db").env)
DEFAULT_DB = str(setting("db").default)

#: What computes a story's findings; ``presslens.crosscheck.find_findings`` by default.
FindingsFn = Callable[[Sequence[Document]], list[Finding]]


def default_db_path() -> str:
    """``$PRESSLENS_DB`` if set, else ``./presslens.db``."""
    return str(setting("db").value())


@dataclass(frozen=True)
class ArticleRow:
    """One article as listed: metadata and counts, not the whole analysis."""

    id: str
    title: str | None
    outlet: str | None
    published: dt.date | None
    url: str | None
    snippet: str
    story_id: str | None
    n_techniques: int
    n_attributions: int
    n_figures: int


@dataclass(frozen=True)
class ArticleFilter:
    """Which stored articles a listing covers; a field left at None does not filter.

    ``query`` is full-text search (every word must occur), ``since``/``until``
    bound the publication date (inclusive), ``speaker`` matches part of a
    speaker's name, case-insensitively.
    """

    query: str | None = None
    outlet: str | None = None
    since: dt.date | None = None
    until: dt.date | None = None
    technique: str | None = None
    speaker: str | None = None
    story: str | None = None


#: every article
ALL_ARTICLES = ArticleFilter()


@dataclass
class IngestResult:
    """What :meth:`Store.add_many` did."""

    added: list[str] = field(default_factory=list)
    duplicates: list[str] = field(default_factory=list)
    renamed: dict[str, str] = field(default_factory=dict)
    stories_touched: set[str] = field(default_factory=set)
    stories_created: set[str] = field(default_factory=set)

    def merge(self, other: IngestResult) -> None:
        self.added += other.added
        self.duplicates += other.duplicates
        self.renamed.update(other.renamed)
        self.stories_touched |= other.stories_touched
        self.stories_created |= other.stories_created


@dataclass(frozen=True)
class FetchRecord:
    """What the corpus remembers of a URL fetched from the web (:mod:`presslens.net`):
    the canonical URL of the article it gave, and a feed's conditional-GET validators."""

    url: str
    canonical_url: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    fetched_at: str | None = None


@dataclass(frozen=True)
class StoreStats:
    articles: int
    stories: int
    outlets: int
    schema_version: int
    path: str


class Store(abc.ABC):
    """A corpus of analysed articles grouped into stories."""

    @abc.abstractmethod
    def add(self, doc: Document) -> tuple[str, bool]:
        """Store one analysed document; returns ``(article id, created?)``."""

    @abc.abstractmethod
    def add_many(self, docs: Iterable[Document], batch_size: int = 50) -> IngestResult:
        """Store documents, one transaction per batch; a re-run skips what is there."""

    @abc.abstractmethod
    def known(self, docs: Sequence[Document]) -> list[str | None]:
        """For each document, the id of the stored article it duplicates (or None)."""

    @abc.abstractmethod
    def get(self, article_id: str) -> Document | None: ...

    @abc.abstractmethod
    def article_for_url(self, url: str) -> str | None:
        """The id of the stored article with this URL (compared normalised), if any."""

    @abc.abstractmethod
    def fetch_record(self, url: str) -> FetchRecord | None:
        """What was remembered when ``url`` was last fetched (None: never)."""

    @abc.abstractmethod
    def save_fetch_record(self, record: FetchRecord) -> None:
        """Remember a fetch of ``record.url`` (replacing what was remembered)."""

    @abc.abstractmethod
    def delete(self, article_id: str) -> bool: ...

    @abc.abstractmethod
    def articles(
        self, where: ArticleFilter = ALL_ARTICLES, *, limit: int = 50, offset: int = 0
    ) -> list[ArticleRow]:
        """Articles that pass ``where``: by relevance for a query, else newest first."""

    @abc.abstractmethod
    def count_articles(self, where: ArticleFilter = ALL_ARTICLES) -> int: ...

    @abc.abstractmethod
    def outlets(self) -> list[str]: ...

    @abc.abstractmethod
    def stories(self, *, limit: int = 100, offset: int = 0) -> list[Story]: ...

    @abc.abstractmethod
    def count_stories(self) -> int: ...

    @abc.abstractmethod
    def story(self, story_id: str) -> Story | None: ...

    @abc.abstractmethod
    def story_documents(self, story_id: str) -> list[Document]: ...

    @abc.abstractmethod
    def findings(self, story_id: str) -> list[Finding]: ...

    @abc.abstractmethod
    def technique_mix(
        self, outlet: str | None = None, by: Literal["month"] = "month"
    ) -> list[tuple[str, str, str, int]]: ...

    @abc.abstractmethod
    def stats(self) -> StoreStats: ...

    @abc.abstractmethod
    def write_version(self) -> Any:
        """A hashable value that changes after every write (add, delete, ingest)."""

    @abc.abstractmethod
    def close(self) -> None: ...

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
