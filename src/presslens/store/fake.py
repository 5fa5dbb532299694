"""An in-memory store for tests of other layers (web, checks): no file, same behaviour.

It is the SQLite store on ``":memory:"``, so tests exercise the real queries;
``findings_fn`` lets a test inject findings without the cross-source checks.
"""

from __future__ import annotations

from collections.abc import Iterable

from ..model import Document
from .base import FindingsFn
from .sqlite import SQLiteStore


class FakeStore(SQLiteStore):
    def __init__(
        self, docs: Iterable[Document] = (), *, findings_fn: FindingsFn | None = None
    ) -> None:
        super().__init__(":memory:", findings_fn=findings_fn)
        docs = list(docs)
        if docs:
            self.add_many(docs)
