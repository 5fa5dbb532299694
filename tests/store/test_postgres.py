"""The PostgreSQL store against a throw-away server (skipped when PostgreSQL is absent)."""

from __future__ import annotations

import datetime as dt
import itertools
import os
from collections.abc import Callable
from pathlib import Path

import pytest

from presslens.errors import StoreError
from presslens.model import Document, Finding, FindingMember
from presslens.reading import read_path
from presslens.store import ArticleFilter, open_store
from presslens.store.base import FetchRecord
from presslens.store.postgres import PG_LATEST_VERSION, PG_MIGRATIONS

psycopg = pytest.importorskip("psycopg", reason="psycopg is not installed (presslens[postgres])")

FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "stories.jsonl"


_counter = itertools.count()


@pytest.fixture()
def url(postgres_server: str) -> str:
    """A new database on the session's server (``postgres_server`` in tests/conftest.py)."""
    name = f"t{os.getpid()}_{next(_counter)}"
    with psycopg.connect(postgres_server, autocommit=True) as admin:
        admin.execute(f"CREATE DATABASE {name}")
    return postgres_server.replace("/postgres?", f"/{name}?")


@pytest.fixture()
def docs() -> list[Document]:
    return read_path(FIXTURE)


def fake_findings() -> tuple[list[int], Callable[[list[Document]], list[Finding]]]:
    calls: list[int] = []

    def fn(story_docs: list[Document]) -> list[Finding]:
        calls.append(len(story_docs))
        member = FindingMember(article=story_docs[0].id or "", start=0, end=1, text="x")
        return [Finding(kind="single_source", subject=str(len(story_docs)), members=[member])]

    return calls, fn


def test_postgres_store_end_to_end(url: str, docs: list[Document]) -> None:
    calls, fn = fake_findings()
    with open_store(url, findings_fn=fn) as store:
        assert store.stats().schema_version == PG_LATEST_VERSION
        result = store.add_many(docs)
        assert len(result.added) == 7
        assert len(store.add_many(docs).duplicates) == 7
        same_text = Document(id="x", text=docs[0].text.upper())
        assert store.add(same_text) == ("riv-1", False)
        got = store.get("riv-2")
        assert got is not None and got.meta.outlet == "Marrow Valley News"
        hits = store.articles(ArticleFilter(query="flood wall"))
        assert {h.id for h in hits} == {"riv-1", "riv-2", "riv-3", "riv-old"}
        assert all("[" in h.snippet for h in hits)
        assert store.count_articles(ArticleFilter(query="flood", outlet="Daily Ledger")) == 2
        one_day = ArticleFilter(since=dt.date(2024, 3, 5), until=dt.date(2024, 3, 5))
        assert store.count_articles(one_day) == 4
        groups = sorted(sorted(s.articles) for s in store.stories())
        assert groups == [
            ["riv-1", "riv-2", "riv-3"], ["riv-old"], ["storm-1", "storm-2"], ["tech-1"]
        ]
        sid = store.articles(ArticleFilter(query="Imogen"))[0].story_id
        assert sid is not None
        assert store.findings(sid)[0].subject == "2"
        assert store.findings(sid)[0].subject == "2" and calls == [2]
        assert store.delete("storm-1")
        story = store.story(sid)
        assert story is not None and story.articles == ["storm-2"]
        assert store.findings(sid)[0].subject == "1"
    with open_store(url) as store:  # reopened: same stories, incremental assignment goes on
        store.delete("riv-3")
        _, created = store.add(docs[2])
        assert created
        hit = store.articles(ArticleFilter(query="Riverton council"))[0]
        riverton = store.story(hit.story_id or "")
        assert riverton is not None and sorted(riverton.articles) == ["riv-1", "riv-2", "riv-3"]


def test_postgres_schema_1_corpus_is_migrated_to_remember_fetches(
    url: str, docs: list[Document], monkeypatch: pytest.MonkeyPatch
) -> None:
    # a corpus made by a presslens from before the fetched table (schema 1)
    from presslens.store import postgres

    with monkeypatch.context() as old:
        old.setattr(postgres, "PG_MIGRATIONS", PG_MIGRATIONS[:1])
        old.setattr(postgres, "PG_LATEST_VERSION", 1)
        with open_store(url) as store:
            assert store.stats().schema_version == 1
            store.add_many(docs[:2])
    with psycopg.connect(url) as conn:
        assert conn.execute("SELECT to_regclass('fetched')").fetchone() == (None,)

    with open_store(url) as store:  # today's presslens migrates it, keeping the articles
        assert store.stats().schema_version == PG_LATEST_VERSION == 2
        assert sorted(a.id for a in store.articles()) == ["riv-1", "riv-2"]
        assert store.fetch_record("https://example.org/feed.xml") is None
        store.save_fetch_record(
            FetchRecord(url="https://example.org/feed.xml", etag='"v1"',
                        last_modified="Tue, 05 Mar 2024 10:00:00 GMT")
        )  # fmt: skip
        store.save_fetch_record(
            FetchRecord(url="https://example.org/feed.xml", etag='"v2"')
        )  # remembered again: replaced, not added
        store.save_fetch_record(
            FetchRecord(url="https://example.org/a", canonical_url="https://example.org/a1")
        )
    with open_store(url) as store:  # reopened: not migrated again, the records are there
        got = store.fetch_record("https://example.org/feed.xml")
        assert got is not None and got.etag == '"v2"' and got.last_modified is None
        assert got.fetched_at
        other = store.fetch_record("https://example.org/a")
        assert other is not None and other.canonical_url == "https://example.org/a1"
    with psycopg.connect(url) as conn:
        versions = conn.execute("SELECT version FROM schema_migrations ORDER BY 1").fetchall()
        assert versions == [(1,), (2,)]
        assert conn.execute("SELECT count(*) FROM fetched").fetchone() == (2,)


def test_postgres_foreign_schema_is_refused(url: str) -> None:
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("CREATE TABLE customers (id serial PRIMARY KEY, name text)")
    with pytest.raises(StoreError, match="not a presslens corpus"):
        open_store(url)
    with psycopg.connect(url, autocommit=True) as conn:
        tables = conn.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'"
        ).fetchall()
    assert tables == [("customers",)]


def test_postgres_newer_schema_and_lock(url: str, docs: list[Document]) -> None:
    from presslens.store.postgres import WRITE_LOCK_KEY, PostgresStore

    open_store(url).close()
    with psycopg.connect(url, autocommit=True) as holder:
        holder.execute("BEGIN")
        holder.execute("SELECT pg_advisory_xact_lock(%s)", (WRITE_LOCK_KEY,))
        store = PostgresStore(url, busy_timeout=0.2)
        with pytest.raises(StoreError, match="locked by another process"):
            store.add(docs[0])
        holder.execute("ROLLBACK")
        assert store.add(docs[0]) == ("riv-1", True)
        store.close()
        holder.execute("UPDATE store_meta SET value = '99' WHERE key = 'schema_version'")
    with pytest.raises(StoreError, match="newer than this presslens reads"):
        open_store(url)


def test_postgres_unreachable_server_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="cannot connect to PostgreSQL"):
        open_store(f"postgresql://nobody:secret@/x?host={tmp_path}")
