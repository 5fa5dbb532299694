"""The corpus store's queries and writes, shared by the SQLite and PostgreSQL stores.

Writes go through one connection, each batch in one transaction that holds the write lock,
so a killed ingest loses at most the batch in flight and a re-run adds exactly what is
missing: ``UNIQUE`` constraints on the article id, the URL and the normalised-text SHA-1
make duplicates impossible. The story index lives in memory, is rebuilt from the stored
signatures when first needed, and is brought up to date with rows other processes added at
the start of every write transaction.
"""

from __future__ import annotations

import abc
import contextlib
import datetime as dt
import json
import logging
import threading
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any, Literal
from urllib.parse import urlsplit, urlunsplit

from .._version import __version__
from ..embed import default_embedder
from ..errors import StoreError
from ..model import Document, Finding, Story
from ..stories import Signature, StoryIndex, article_id, headline, signatures, text_hash
from .base import (
    ALL_ARTICLES,
    ArticleFilter,
    ArticleRow,
    FetchRecord,
    FindingsFn,
    IngestResult,
    Store,
    StoreStats,
)

logger = logging.getLogger(__name__)

BUSY_TIMEOUT_S = 5.0
SNIPPET_CHARS = 200


def normalise_url(url: str | None) -> str | None:
    """Scheme and host lower-cased, fragment and trailing slash dropped."""
    if not url or not url.strip():
        return None
    parts = urlsplit(url.strip())
    path = parts.path.rstrip("/") or ""
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), path, parts.query, ""))


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def _date(value: str | None) -> dt.date | None:
    return None if value is None else dt.date.fromisoformat(value)


class SQLStore(Store):
    """What the SQLite and PostgreSQL stores share: every query and write, over a
    DB-API connection ``self._conn`` that takes ``?`` parameters.

    A dialect gives its constructor (which opens, checks and migrates the database) and
    the hooks below: :meth:`_errors`, :meth:`_begin_write`, :attr:`schema_version` and the
    full-text search statements.
    """

    path: str
    _conn: Any
    _findings_fn: FindingsFn | None
    _fts_match_sql: str

    def _setup(self, path: str, findings_fn: FindingsFn | None) -> None:
        """The state every store keeps beside its connection."""
        self.path = path
        self._findings_fn = findings_fn
        self._lock = threading.RLock()
        self._index: StoryIndex | None = None
        self._index_seq = 0
        self._index_generation = ""

    # -- dialect hooks ---------------------------------------------------------------
    @abc.abstractmethod
    def _errors(self) -> contextlib.AbstractContextManager[None]:
        """Turns the driver's errors into one-line StoreErrors."""

    @abc.abstractmethod
    def _begin_write(self) -> None:
        """Start a transaction that holds the database's write lock from its first statement."""

    @property
    @abc.abstractmethod
    def schema_version(self) -> int: ...

    @abc.abstractmethod
    def _fts_query(self, query: str) -> str | None: ...

    @abc.abstractmethod
    def _fts_ranked(self, query: str) -> tuple[str, str, list[Any], list[Any]]:
        """Snippet and ORDER BY expressions for a full-text query, with their parameters."""

    @abc.abstractmethod
    def _fts_insert(self, conn: Any, seq: int, title: str, body: str) -> None: ...

    @abc.abstractmethod
    def _fts_delete(self, conn: Any, seq: int) -> None: ...


    _writes: int = 0  # commits through this object; bumped by _write

    def _apply_migrations(
        self,
        migrations: list[tuple[int, str, list[str]]],
        current: int,
        mark_version: Callable[[int], object],
    ) -> None:
        """Run the migrations past ``current`` inside the caller's write transaction,
        recording each in ``schema_migrations`` and with ``mark_version``."""
        for version, description, statements in migrations:
            if version <= current:
                continue
            for sql in statements:
                self._conn.execute(sql)
            self._conn.execute(
                "INSERT INTO schema_migrations(version, description, presslens_version,"
                " applied_at) VALUES (?, ?, ?, ?)",
                (version, description, __version__, _now()),
            )
            mark_version(version)
            logger.info("%s: migrated corpus schema to version %d", self.path, version)

    # -- transactions and the story index -----------------------------------------
    @contextlib.contextmanager
    def _write(self) -> Iterator[Any]:
        with self._lock, self._errors():
            self._begin_write()
            try:
                self._sync_index()
                yield self._conn
                self._conn.execute("COMMIT")
                self._writes += 1
            except BaseException:
                with contextlib.suppress(Exception):
                    self._conn.execute("ROLLBACK")
                self._index = None  # in-memory state may be ahead of the database
                raise

    def write_version(self) -> tuple[int, int, str]:
        """A value that changes after every write: this process's commits, new rows
        from any process (the highest seq) and deletes anywhere (the generation).

        Caches above the store key on it, so they never serve a page from before a write.
        """
        with self._lock, self._errors():
            row = self._conn.execute(
                "SELECT COALESCE(MAX(seq), 0),"
                " (SELECT value FROM store_meta WHERE key='generation') FROM articles"
            ).fetchone()
        return (self._writes, int(row[0]), str(row[1] or ""))

    def _generation(self) -> str:
        row = self._conn.execute("SELECT value FROM store_meta WHERE key='generation'").fetchone()
        return "" if row is None else str(row[0])

    def _sync_index(self) -> None:
        """Load the rows this process has not seen yet (all of them after a delete)."""
        generation = self._generation()
        if self._index is None or generation != self._index_generation:
            self._index = StoryIndex()
            self._index_seq = 0
            self._index_generation = generation
        rows = self._conn.execute(
            "SELECT seq, id, published, story_id, signature FROM articles WHERE seq > ? "
            "ORDER BY seq",
            (self._index_seq,),
        )
        for seq, aid, published, story_id, sig in rows:
            self._index.load(aid, Signature.from_json(sig), _date(published), story_id)
            self._index_seq = seq

    def _bump_generation(self, conn: Any) -> None:
        conn.execute(
            "UPDATE store_meta SET value = CAST(CAST(value AS INTEGER) + 1 AS TEXT)"
            " WHERE key='generation'"
        )
        self._index_generation = self._generation()

    # -- writing -------------------------------------------------------------------
    def _lookup(self, conn: Any, doc: Document) -> str | None:
        url = normalise_url(doc.meta.url)
        if url is None:
            row = conn.execute(
                "SELECT id FROM articles WHERE text_sha1 = ? LIMIT 1", (text_hash(doc.text),)
            ).fetchone()
        else:
            row = conn.execute(
                "SELECT id FROM articles WHERE text_sha1 = ? OR url = ? LIMIT 1",
                (text_hash(doc.text), url),
            ).fetchone()
        return None if row is None else str(row[0])

    def known(self, docs: Sequence[Document]) -> list[str | None]:
        with self._lock, self._errors():
            return [self._lookup(self._conn, d) for d in docs]

    # -- fetched URLs (presslens.net) ---------------------------------------------------
    def article_for_url(self, url: str) -> str | None:
        with self._lock, self._errors():
            row = self._conn.execute(
                "SELECT id FROM articles WHERE url = ? LIMIT 1", (normalise_url(url),)
            ).fetchone()
        return None if row is None else str(row[0])

    def fetch_record(self, url: str) -> FetchRecord | None:
        with self._lock, self._errors():
            row = self._conn.execute(
                "SELECT url, canonical_url, etag, last_modified, fetched_at FROM fetched"
                " WHERE url = ?",
                (url,),
            ).fetchone()
        return None if row is None else FetchRecord(*row)

    def save_fetch_record(self, record: FetchRecord) -> None:
        with self._lock, self._errors():
            self._begin_write()
            try:
                self._conn.execute(
                    "INSERT INTO fetched(url, canonical_url, etag, last_modified, fetched_at)"
                    " VALUES (?, ?, ?, ?, ?) ON CONFLICT(url) DO UPDATE SET"
                    " canonical_url = excluded.canonical_url, etag = excluded.etag,"
                    " last_modified = excluded.last_modified, fetched_at = excluded.fetched_at",
                    (record.url, record.canonical_url, record.etag, record.last_modified,
                     record.fetched_at or _now()),
                )  # fmt: skip
                self._conn.execute("COMMIT")
            except BaseException:
                with contextlib.suppress(Exception):
                    self._conn.execute("ROLLBACK")
                raise

    def _insert(
        self, conn: Any, doc: Document, result: IngestResult, sig: Signature | None
    ) -> str:
        existing = self._lookup(conn, doc)
        if existing is not None:
            result.duplicates.append(existing)
            return existing
        if sig is None:  # stored when checked, deleted since: embed it now
            sig = signatures([doc], default_embedder())[0]
        sha = text_hash(doc.text)
        aid = article_id(doc)
        if conn.execute("SELECT 1 FROM articles WHERE id = ?", (aid,)).fetchone():
            new_id = f"{aid}-{sha[:8]}"
            logger.warning("article id %r is taken by another text; stored as %r", aid, new_id)
            result.renamed[aid] = new_id
            aid = new_id
        stored = doc.model_copy(deep=False)
        stored.id = aid
        if stored.presslens_version is None:
            stored.presslens_version = __version__
        techniques: Counter[str] = Counter(
            (stored.technique_summary.counts if stored.technique_summary else None)
            or Counter(t.technique for t in stored.techniques)
        )
        speakers = {a.speaker.name for a in stored.attributions if a.speaker and a.speaker.name}
        published = stored.meta.published
        title = headline(stored)
        cur = conn.execute(
            "INSERT INTO articles(id, url, text_sha1, title, outlet, published, story_id,"
            " n_techniques, n_attributions, n_figures, presslens_version, models, signature,"
            " document, added_at) VALUES (?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, ?, ?, ?, ?, ?)"
            " RETURNING seq",
            (
                aid,
                normalise_url(stored.meta.url),
                sha,
                title,
                stored.meta.outlet,
                None if published is None else published.isoformat(),
                len(stored.techniques),
                len(stored.attributions),
                len(stored.figures),
                stored.presslens_version,
                json.dumps(stored.models, sort_keys=True),
                sig.to_json(),
                stored.to_json(),
                _now(),
            ),
        )
        seq = int(cur.fetchone()[0])
        conn.executemany(
            "INSERT INTO article_techniques(article_seq, technique, count) VALUES (?, ?, ?)",
            [(seq, t, int(c)) for t, c in sorted(techniques.items()) if c],
        )
        conn.executemany(
            "INSERT INTO article_speakers(article_seq, speaker) VALUES (?, ?)",
            [(seq, s) for s in sorted(speakers)],
        )
        self._fts_insert(conn, seq, title, stored.text)
        assert self._index is not None
        story_id = self._index.add(aid, sig, published)
        conn.execute("UPDATE articles SET story_id = ? WHERE seq = ?", (story_id, seq))
        self._index_seq = max(self._index_seq, seq)
        if len(self._index.members(story_id)) == 1:
            result.stories_created.add(story_id)
        result.stories_touched.add(story_id)
        result.added.append(aid)
        return aid

    def _refresh_story(self, conn: Any, story_id: str) -> None:
        size, first, last = conn.execute(
            "SELECT COUNT(*), MIN(published), MAX(published) FROM articles WHERE story_id = ?",
            (story_id,),
        ).fetchone()
        if size == 0:
            conn.execute("DELETE FROM stories WHERE id = ?", (story_id,))
            return
        (title,) = conn.execute(
            "SELECT title FROM articles WHERE story_id = ? "
            "ORDER BY published IS NULL, published, seq LIMIT 1",
            (story_id,),
        ).fetchone()
        conn.execute(
            "INSERT INTO stories(id, title, first_published, last_published, size, revision,"
            " updated_at) VALUES (?, ?, ?, ?, ?, 1, ?) ON CONFLICT(id) DO UPDATE SET"
            " title = excluded.title, first_published = excluded.first_published,"
            " last_published = excluded.last_published, size = excluded.size,"
            " revision = stories.revision + 1, updated_at = excluded.updated_at",
            (story_id, title or "", first, last, size, _now()),
        )

    def add(self, doc: Document) -> tuple[str, bool]:
        result = IngestResult()
        sig = signatures([doc], default_embedder())[0]
        with self._write() as conn:
            aid = self._insert(conn, doc, result, sig)
            for sid in result.stories_touched:
                self._refresh_story(conn, sid)
        return aid, bool(result.added)

    def add_many(self, docs: Iterable[Document], batch_size: int = 50) -> IngestResult:
        total = IngestResult()
        batch: list[Document] = []
        for doc in docs:
            batch.append(doc)
            if len(batch) >= batch_size:
                total.merge(self._add_batch(batch))
                batch = []
        if batch:
            total.merge(self._add_batch(batch))
        return total

    def _add_batch(self, docs: Sequence[Document]) -> IngestResult:
        result = IngestResult()
        # the leads of the articles not stored yet, embedded in one batch before the write
        # lock is taken (a duplicate needs no signature)
        known = self.known(docs)
        fresh = [d for d, k in zip(docs, known, strict=True) if k is None]
        by_doc = dict(zip(map(id, fresh), signatures(fresh, default_embedder()), strict=True))
        with self._write() as conn:
            for doc in docs:
                self._insert(conn, doc, result, by_doc.get(id(doc)))
            for sid in sorted(result.stories_touched):
                self._refresh_story(conn, sid)
        return result

    def delete(self, article_id: str) -> bool:
        with self._write() as conn:
            row = conn.execute(
                "SELECT seq, story_id FROM articles WHERE id = ?", (article_id,)
            ).fetchone()
            if row is None:
                return False
            seq, story_id = row
            self._fts_delete(conn, seq)
            conn.execute("DELETE FROM articles WHERE seq = ?", (seq,))
            if story_id:
                self._refresh_story(conn, story_id)
            assert self._index is not None
            self._index.remove(article_id)
            self._bump_generation(conn)
        return True

    # -- reading -------------------------------------------------------------------
    def _read(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        with self._lock, self._errors():
            return list(self._conn.execute(sql, params))

    def get(self, article_id: str) -> Document | None:
        rows = self._read("SELECT document FROM articles WHERE id = ?", (article_id,))
        return Document.from_json(rows[0][0]) if rows else None

    def _filters(self, f: ArticleFilter) -> tuple[str, list[Any], bool]:
        where: list[str] = []
        params: list[Any] = []
        match = self._fts_query(f.query) if f.query else None
        if f.query and match is None:
            where.append("1 = 0")
        if match:
            where.append(self._fts_match_sql)
            params.append(match)
        if f.outlet is not None:
            where.append("a.outlet = ?")
            params.append(f.outlet)
        if f.since is not None:
            where.append("a.published >= ?")
            params.append(f.since.isoformat())
        if f.until is not None:
            where.append("a.published <= ?")
            params.append(f.until.isoformat())
        if f.technique is not None:
            where.append(
                "EXISTS (SELECT 1 FROM article_techniques t WHERE t.article_seq = a.seq"
                " AND t.technique = ?)"
            )
            params.append(f.technique)
        if f.speaker is not None:
            escaped = f.speaker.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            where.append(
                "EXISTS (SELECT 1 FROM article_speakers s WHERE s.article_seq = a.seq"
                " AND s.speaker LIKE ? ESCAPE '\\')"
            )
            params.append(f"%{escaped}%")
        if f.story is not None:
            where.append("a.story_id = ?")
            params.append(f.story)
        clause = (" WHERE " + " AND ".join(where)) if where else ""
        return clause, params, bool(match)

    def articles(
        self, where: ArticleFilter = ALL_ARTICLES, *, limit: int = 50, offset: int = 0
    ) -> list[ArticleRow]:
        clause, params, matched = self._filters(where)
        select_params: list[Any] = []
        order_params: list[Any] = []
        if matched and where.query:
            snippet, order, select_params, order_params = self._fts_ranked(where.query)
        else:
            snippet = f"substr(articles_fts.body, 1, {SNIPPET_CHARS})"
            order = "a.published IS NULL, a.published DESC, a.seq DESC"
        sql = (
            f"SELECT a.id, a.title, a.outlet, a.published, a.url, {snippet}, a.story_id,"
            " a.n_techniques, a.n_attributions, a.n_figures"
            " FROM articles a JOIN articles_fts ON articles_fts.rowid = a.seq"
            f"{clause} ORDER BY {order} LIMIT ? OFFSET ?"
        )
        rows = self._read(
            sql, [*select_params, *params, *order_params, int(limit), int(offset)]
        )
        return [
            ArticleRow(
                id=r[0], title=r[1], outlet=r[2], published=_date(r[3]), url=r[4],
                snippet=" ".join(str(r[5] or "").split()), story_id=r[6],
                n_techniques=r[7], n_attributions=r[8], n_figures=r[9],
            )
            for r in rows
        ]

    def count_articles(self, where: ArticleFilter = ALL_ARTICLES) -> int:
        clause, params, matched = self._filters(where)
        join = " JOIN articles_fts ON articles_fts.rowid = a.seq" if matched else ""
        return int(self._read(f"SELECT COUNT(*) FROM articles a{join}{clause}", params)[0][0])

    def outlets(self) -> list[str]:
        rows = self._read(
            "SELECT DISTINCT outlet FROM articles WHERE outlet IS NOT NULL ORDER BY outlet"
        )
        return [r[0] for r in rows]

    def _stories_from_rows(self, rows: list[tuple[Any, ...]]) -> list[Story]:
        # every listed story's members in one query, not one query per story
        members_of: dict[str, list[tuple[str, str | None]]] = {r[0]: [] for r in rows}
        if rows:
            marks = ", ".join("?" * len(rows))
            for sid, aid, outlet in self._read(
                f"SELECT story_id, id, outlet FROM articles WHERE story_id IN ({marks}) "
                "ORDER BY story_id, published IS NULL, published, seq",
                [r[0] for r in rows],
            ):
                members_of[sid].append((aid, outlet))
        stories = []
        for sid, title, first, last in rows:
            members = members_of[sid]
            stories.append(
                Story(
                    id=sid,
                    title=title,
                    articles=[m[0] for m in members],
                    outlets=sorted({m[1] for m in members if m[1]}),
                    first_published=_date(first),
                    last_published=_date(last),
                )
            )
        return stories

    def stories(self, *, limit: int = 100, offset: int = 0) -> list[Story]:
        rows = self._read(
            "SELECT id, title, first_published, last_published FROM stories"
            " ORDER BY size DESC, first_published IS NULL, first_published, id LIMIT ? OFFSET ?",
            (int(limit), int(offset)),
        )
        return self._stories_from_rows(rows)

    def count_stories(self) -> int:
        return int(self._read("SELECT COUNT(*) FROM stories")[0][0])

    def story(self, story_id: str) -> Story | None:
        rows = self._read(
            "SELECT id, title, first_published, last_published FROM stories WHERE id = ?",
            (story_id,),
        )
        found = self._stories_from_rows(rows)
        return found[0] if found else None

    def story_documents(self, story_id: str) -> list[Document]:
        rows = self._read(
            "SELECT document FROM articles WHERE story_id = ? "
            "ORDER BY published IS NULL, published, seq",
            (story_id,),
        )
        return [Document.from_json(r[0]) for r in rows]

    def findings(self, story_id: str) -> list[Finding]:
        """Findings of one story, computed once per story revision and cached."""
        head = self._read("SELECT revision FROM stories WHERE id = ?", (story_id,))
        if not head:
            return []
        revision = head[0][0]
        cached = self._read(
            "SELECT findings FROM findings_cache WHERE story_id = ? AND revision = ?"
            " AND presslens_version = ?",
            (story_id, revision, __version__),
        )
        if cached:
            return [Finding.model_validate(f) for f in json.loads(cached[0][0])]
        if self._findings_fn is None:
            raise StoreError(
                "this corpus was opened without a findings function: open it with "
                "presslens.open_corpus(), or give open_store() findings_fn="
            )
        findings = list(self._findings_fn(self.story_documents(story_id)))
        payload = json.dumps([f.model_dump(mode="json") for f in findings])
        with self._lock, self._errors():
            self._begin_write()
            try:
                self._conn.execute(
                    "INSERT INTO findings_cache(story_id, revision, presslens_version, findings)"
                    " SELECT id, revision, CAST(? AS TEXT), CAST(? AS TEXT) FROM stories"
                    " WHERE id = ? AND revision = ?"
                    " ON CONFLICT(story_id) DO UPDATE SET revision = excluded.revision,"
                    " presslens_version = excluded.presslens_version,"
                    " findings = excluded.findings",
                    (__version__, payload, story_id, revision),
                )
                self._conn.execute("COMMIT")
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
        return findings

    def technique_mix(
        self, outlet: str | None = None, by: Literal["month"] = "month"
    ) -> list[tuple[str, str, str, int]]:
        if by != "month":
            raise StoreError(f"technique_mix by {by!r} is not supported; use by='month'")
        where = "WHERE a.published IS NOT NULL"
        params: list[Any] = []
        if outlet is not None:
            where += " AND a.outlet = ?"
            params.append(outlet)
        rows = self._read(
            "SELECT COALESCE(a.outlet, ''), substr(a.published, 1, 7), t.technique,"
            " SUM(t.count) FROM article_techniques t JOIN articles a ON a.seq = t.article_seq"
            f" {where} GROUP BY 1, 2, 3 ORDER BY 1, 2, 3",
            params,
        )
        return [(r[0], r[1], r[2], int(r[3])) for r in rows]

    def stats(self) -> StoreStats:
        n_articles = int(self._read("SELECT COUNT(*) FROM articles")[0][0])
        n_outlets = int(
            self._read("SELECT COUNT(DISTINCT outlet) FROM articles WHERE outlet IS NOT NULL")[0][0]
        )
        return StoreStats(
            articles=n_articles,
            stories=self.count_stories(),
            outlets=n_outlets,
            schema_version=self.schema_version,
            path=self.path,
        )

    def close(self) -> None:
        with self._lock, contextlib.suppress(Exception):
            self._conn.close()
