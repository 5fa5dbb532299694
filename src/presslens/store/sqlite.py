"""The default corpus store: one SQLite file (WAL, FTS5, numbered migrations).

The queries and writes are :class:`~presslens.store.sql.SQLStore`'s; this module opens the
file (refusing anything that is not a new path or a presslens corpus), migrates it in
``BEGIN IMMEDIATE`` transactions and gives SQLite's full-text search (FTS5).
"""

from __future__ import annotations

import contextlib
import re
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ..errors import StoreError
from .base import FindingsFn
from .migrations import APPLICATION_ID, LATEST_VERSION, MIGRATIONS
from .sql import BUSY_TIMEOUT_S, SQLStore

_FTS_TOKEN = re.compile(r"\w+", re.UNICODE)


def fts_query(query: str) -> str | None:
    """User words to a safe FTS5 query: every word must occur (quoted, so no syntax errors)."""
    words = _FTS_TOKEN.findall(query)
    return " ".join(f'"{w}"' for w in words) or None


class SQLiteStore(SQLStore):
    """A corpus in one SQLite file (or ``":memory:"``)."""

    def __init__(
        self,
        path: str,
        *,
        findings_fn: FindingsFn | None = None,
        busy_timeout: float = BUSY_TIMEOUT_S,
    ) -> None:
        self._setup(path, findings_fn)
        memory = path == ":memory:"
        existing = False
        if not memory:
            p = Path(path)
            if p.is_dir():
                raise StoreError(f"{path}: is a directory; give --db a file path")
            if not p.parent.exists():
                raise StoreError(f"{path}: folder {p.parent} does not exist; create it first")
            existing = p.exists()
            if existing and not p.is_file():
                raise StoreError(f"{path}: not a regular file; give --db a file path")
            if existing and p.stat().st_size == 0:
                raise StoreError(
                    f"{path}: an empty file, not a presslens corpus; presslens leaves it "
                    "untouched: give a new path or an existing corpus"
                )
        try:
            self._conn: Any = sqlite3.connect(
                path, timeout=busy_timeout, isolation_level=None, check_same_thread=False
            )
        except sqlite3.Error as exc:
            raise StoreError(f"{path}: cannot open the database ({exc}); check the path") from None
        try:
            with self._errors():
                self._open(memory, existing)
        except BaseException:
            self._conn.close()
            raise

    # -- opening and migrating -----------------------------------------------------
    @contextlib.contextmanager
    def _errors(self) -> Iterator[None]:
        """Translate sqlite3 errors into one-line :class:`StoreError` messages."""
        try:
            yield
        except sqlite3.OperationalError as exc:
            msg = str(exc)
            if "locked" in msg or "busy" in msg:
                raise StoreError(
                    f"{self.path}: the database is locked by another process "
                    "(an ingest still running?); wait for it to finish or use another --db"
                ) from None
            if "no such table" in msg or "no such column" in msg:
                raise StoreError(
                    f"{self.path}: the database is missing presslens tables ({msg}); "
                    "it is damaged or not a presslens corpus: give another --db"
                ) from None
            raise StoreError(f"{self.path}: database error ({msg}); check the file") from None
        except sqlite3.DatabaseError as exc:
            raise StoreError(
                f"{self.path}: not a presslens database or damaged ({exc}); "
                "the file was left untouched: give another --db path"
            ) from None

    def _open(self, memory: bool, existing: bool = False) -> None:
        """Check what the file is, then migrate it: only a new path or an existing presslens
        corpus is accepted, never another SQLite file (even one with no tables)."""
        conn = self._conn
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        tables = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        if existing and not tables and (app_id != APPLICATION_ID or version == 0):
            raise StoreError(
                f"{self.path}: an SQLite database that is not a presslens corpus (no tables); "
                "presslens leaves it untouched: give a new path or an existing corpus"
            )
        if tables and app_id != APPLICATION_ID:
            shown = ", ".join(sorted(tables)[:4])
            raise StoreError(
                f"{self.path}: an SQLite database that is not a presslens corpus (tables: "
                f"{shown}); presslens leaves it untouched: give another --db path"
            )
        if version > LATEST_VERSION:
            raise StoreError(
                f"{self.path}: corpus schema version {version} is newer than this presslens "
                f"reads ({LATEST_VERSION}); upgrade presslens"
            )
        conn.execute("PRAGMA foreign_keys = ON")
        if not memory:
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = NORMAL")
        if version < LATEST_VERSION:
            self._migrate()

    def _migrate(self) -> None:
        conn = self._conn
        conn.execute("BEGIN IMMEDIATE")
        try:
            # Re-read under the write lock: another process may have migrated meanwhile.
            current = conn.execute("PRAGMA user_version").fetchone()[0]
            self._apply_migrations(
                MIGRATIONS, current,
                lambda version: conn.execute(f"PRAGMA user_version = {int(version)}"),
            )
            conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise

    @property
    def schema_version(self) -> int:
        with self._lock, self._errors():
            return int(self._conn.execute("PRAGMA user_version").fetchone()[0])

    # -- transactions ----------------------------------------------------------------
    def _begin_write(self) -> None:
        """Start a transaction that holds the database's write lock from its first statement."""
        self._conn.execute("BEGIN IMMEDIATE")

    # -- full-text search ----------------------------------------------------------------
    _fts_match_sql = "articles_fts MATCH ?"

    def _fts_query(self, query: str) -> str | None:
        return fts_query(query)

    def _fts_ranked(self, query: str) -> tuple[str, str, list[Any], list[Any]]:
        """Snippet and ORDER BY expressions for a full-text query, with their parameters."""
        return (
            "snippet(articles_fts, 1, '[', ']', '…', 24)",
            "bm25(articles_fts), a.seq",
            [],
            [],
        )

    def _fts_insert(self, conn: Any, seq: int, title: str, body: str) -> None:
        conn.execute(
            "INSERT INTO articles_fts(rowid, title, body) VALUES (?, ?, ?)", (seq, title, body)
        )

    def _fts_delete(self, conn: Any, seq: int) -> None:
        conn.execute("DELETE FROM articles_fts WHERE rowid = ?", (seq,))
