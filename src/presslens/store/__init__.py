"""The corpus store: analysed articles, grouped into stories, searchable.

See :mod:`presslens.store.base` for the interface and where the database lives.
"""

from __future__ import annotations

from .base import (
    DB_ENV,
    ArticleFilter,
    ArticleRow,
    IngestResult,
    Store,
    StoreStats,
    default_db_path,
    open_store,
)

__all__ = [
    "DB_ENV",
    "ArticleFilter",
    "ArticleRow",
    "IngestResult",
    "Store",
    "StoreStats",
    "default_db_path",
    "open_store",
]
