"""The PostgreSQL corpus store (``open_store("postgresql://...")``), via psycopg 3.

Same tables and behaviour as the SQLite store, in PostgreSQL's dialect:
``BIGSERIAL`` keys, a generated ``tsvector`` column with a GIN index for
full-text search (``plainto_tsquery``, ``ts_headline``, ``ts_rank``), and a
transaction-level advisory lock so writers take turns like SQLite's
``BEGIN IMMEDIATE``. The schema version is kept in ``store_meta``; a database
whose schema has other tables and no presslens marker is refused, untouched.
Install the driver with ``pip install 'presslens[postgres]'``.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterator, Sequence
from typing import Any

from ..errors import StoreError
from .base import FindingsFn
from .migrations import migrations_for
from .sql import BUSY_TIMEOUT_S, SQLStore

#: Arbitrary constant: the advisory lock every presslens writer takes.
WRITE_LOCK_KEY = 0x504C4E53

PG_MIGRATIONS = migrations_for("postgresql")
PG_LATEST_VERSION = PG_MIGRATIONS[-1][0]
_HEADLINE = "StartSel=[, StopSel=], MaxWords=30, MinWords=12, MaxFragments=1"
_REDACT = re.compile(r"://([^:/@]+):[^@]*@")


def _redact(url: str) -> str:
    """The URL without its password, for messages."""
    return _REDACT.sub(r"://\1:***@", url)


class _Connection:
    """psycopg with the sqlite3 calls the store makes: ``?`` parameters, ``executemany``."""

    def __init__(self, conn: Any) -> None:
        self._conn = conn

    def execute(self, sql: str, params: Sequence[Any] = ()) -> Any:
        return self._conn.execute(sql.replace("?", "%s"), tuple(params))

    def executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        rows = list(rows)
        if rows:
            with self._conn.cursor() as cur:
                cur.executemany(sql.replace("?", "%s"), rows)

    def close(self) -> None:
        self._conn.close()


class PostgresStore(SQLStore):
    """A corpus in a PostgreSQL database (its current schema)."""

    def __init__(
        self,
        url: str,
        *,
        findings_fn: FindingsFn | None = None,
        busy_timeout: float = BUSY_TIMEOUT_S,
    ) -> None:
        try:
            import psycopg
        except ImportError:
            raise StoreError(
                "the PostgreSQL store needs psycopg; run \"pip install 'presslens[postgres]'\""
            ) from None
        self._psycopg = psycopg
        self._setup(_redact(url), findings_fn)
        try:
            raw = psycopg.connect(url, autocommit=True, connect_timeout=10)
        except psycopg.Error as exc:
            first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            raise StoreError(
                f"{self.path}: cannot connect to PostgreSQL ({first}); check the URL and "
                "that the server is running"
            ) from None
        self._conn = _Connection(raw)
        try:
            with self._errors():
                ms = int(busy_timeout * 1000)
                self._conn.execute(f"SET lock_timeout = {ms}")
                self._open(False)
        except BaseException:
            raw.close()
            raise

    @contextlib.contextmanager
    def _errors(self) -> Iterator[None]:
        errors = self._psycopg.errors
        try:
            yield
        except (errors.LockNotAvailable, errors.QueryCanceled):
            raise StoreError(
                f"{self.path}: the database is locked by another process "
                "(an ingest still running?); wait for it to finish or use another --db"
            ) from None
        except (errors.UndefinedTable, errors.UndefinedColumn) as exc:
            raise StoreError(
                f"{self.path}: the database is missing presslens tables "
                f"({str(exc).splitlines()[0]}); it is not a presslens corpus: give another --db"
            ) from None
        except self._psycopg.Error as exc:
            first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            raise StoreError(f"{self.path}: database error ({first}); check the server") from None

    def _meta(self, key: str) -> str | None:
        row = self._conn.execute("SELECT value FROM store_meta WHERE key = ?", (key,)).fetchone()
        return None if row is None else str(row[0])

    def _tables(self) -> list[str]:
        rows = self._conn.execute(
            "SELECT table_name FROM information_schema.tables"
            " WHERE table_schema = current_schema()"
        )
        return sorted(r[0] for r in rows)

    def _open(self, memory: bool, existing: bool = False) -> None:
        tables = self._tables()
        if not tables:
            self._migrate()
            return
        if "store_meta" not in tables or self._meta("application") != "presslens":
            shown = ", ".join(tables[:4])
            raise StoreError(
                f"{self.path}: a PostgreSQL schema that is not a presslens corpus (tables: "
                f"{shown}); presslens leaves it untouched: give another database"
            )
        version = int(self._meta("schema_version") or 0)
        if version > PG_LATEST_VERSION:
            raise StoreError(
                f"{self.path}: corpus schema version {version} is newer than this presslens "
                f"reads ({PG_LATEST_VERSION}); upgrade presslens"
            )
        if version < PG_LATEST_VERSION:
            self._migrate()

    def _migrate(self) -> None:
        conn = self._conn
        self._begin_write()
        try:
            current = 0
            if "store_meta" in self._tables():
                current = int(self._meta("schema_version") or 0)
            self._apply_migrations(
                PG_MIGRATIONS, current,
                lambda version: conn.execute(
                    "UPDATE store_meta SET value = ? WHERE key = 'schema_version'",
                    (str(version),),
                ),
            )
            conn.execute("COMMIT")
        except BaseException:
            with contextlib.suppress(Exception):
                conn.execute("ROLLBACK")
            raise

    @property
    def schema_version(self) -> int:
        with self._lock, self._errors():
            return int(self._meta("schema_version") or 0)

    def _begin_write(self) -> None:
        self._conn.execute("BEGIN")
        try:
            self._conn.execute("SELECT pg_advisory_xact_lock(?)", (WRITE_LOCK_KEY,))
        except BaseException:
            with contextlib.suppress(Exception):
                self._conn.execute("ROLLBACK")
            raise

    # -- full-text search ----------------------------------------------------------
    _fts_match_sql = "articles_fts.tsv @@ plainto_tsquery('english', ?)"

    def _fts_query(self, query: str) -> str | None:
        return query if query.strip() else None

    def _fts_ranked(self, query: str) -> tuple[str, str, list[Any], list[Any]]:
        return (
            f"ts_headline('english', articles_fts.body, plainto_tsquery('english', ?),"
            f" '{_HEADLINE}')",
            "ts_rank(articles_fts.tsv, plainto_tsquery('english', ?)) DESC, a.seq",
            [query],
            [query],
        )

    def _fts_insert(self, conn: Any, seq: int, title: str, body: str) -> None:
        conn.execute(
            "INSERT INTO articles_fts(rowid, title, body) VALUES (?, ?, ?)", (seq, title, body)
        )

    def _fts_delete(self, conn: Any, seq: int) -> None:
        conn.execute("DELETE FROM articles_fts WHERE rowid = ?", (seq,))
