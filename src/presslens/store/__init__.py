"""The corpus store: analysed articles, grouped into stories, searchable.

See :mod:`presslens.store.base` for the interface and where the database lives.
"""

from __future__ import annotations

import os
from pathlib import Path

from ..errors import StoreError
from .base import (
    DB_ENV,
    ArticleFilter,
    ArticleRow,
    FetchRecord,
    FindingsFn,
    IngestResult,
    Store,
    StoreStats,
    default_db_path,
)
from .sqlite import SQLiteStore


def open_store(
    path_or_url: str | os.PathLike[str] | None = None,
    *,
    findings_fn: FindingsFn | None = None,
    create: bool = True,
) -> Store:
    """Open the corpus at a path (SQLite) or ``postgresql://`` URL; ``None`` means the default."""
    target = str(path_or_url) if path_or_url is not None else default_db_path()
    if target.startswith(("postgresql://", "postgres://")):
        from .postgres import PostgresStore  # psycopg is an optional extra

        return PostgresStore(target, findings_fn=findings_fn)
    if target != ":memory:" and not create and not Path(target).exists():
        raise StoreError(f"{target}: no such corpus; run 'presslens ingest' first or check --db")
    return SQLiteStore(target, findings_fn=findings_fn)


__all__ = [
    "DB_ENV",
    "ArticleFilter",
    "ArticleRow",
    "FetchRecord",
    "IngestResult",
    "Store",
    "StoreStats",
    "default_db_path",
    "open_store",
]
