"""The story and corpus pages are cached per store write version: every write shows."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fastapi.testclient import TestClient

from conftest import add_story, fake_analyzer, story_findings
from presslens import make_document
from presslens.store import open_store
from presslens.web.app import create_app

AUTH = {"Authorization": "Bearer secret"}
TEXT = (
    "Some 2,500 Europeans are fighting for ISIS in Syria and Iraq, the security "
    "commissioner said on Monday, warning of returning fighters."
)


def _state(client: TestClient) -> Any:
    return client.app.state.web  # type: ignore[attr-defined]


def test_story_page_cached_then_invalidated_by_web_writes(web_client: TestClient) -> None:
    store = _state(web_client).store
    editions = [("Alpha Post", "2026-01-02"), ("Beta Times", "2026-01-03")]
    ids, story_id = add_story(store, TEXT, editions)
    first = web_client.get(f"/stories/{story_id}")
    assert first.status_code == 200 and "Beta Times" in first.text
    assert ("story", story_id) in _state(web_client).pages
    again = web_client.get(f"/stories/{story_id}")
    assert again.text == first.text
    assert again.headers["content-security-policy"] == first.headers["content-security-policy"]

    # a save through the API adds an edition: the cached page must not be served
    doc = make_document(f"{TEXT}\nFiled by the Gamma Daily desk.", outlet="Gamma Daily",
                        published="2026-01-04", title="Europeans fighting")  # fmt: skip
    saved = web_client.post("/api/articles", json={"document": doc.to_dict()}, headers=AUTH)
    assert saved.status_code == 201, saved.text
    assert "Gamma Daily" in web_client.get(f"/stories/{story_id}").text

    # a delete through the form removes it again
    gone = web_client.post(f"/articles/{ids[1]}/delete", data={"token": "secret"},
                           follow_redirects=False)  # fmt: skip
    assert gone.status_code == 303
    page = web_client.get(f"/stories/{story_id}").text
    assert "Beta Times" not in page and "Gamma Daily" in page


def test_article_page_cached_then_gone_after_delete(web_client: TestClient) -> None:
    aid, _ = _state(web_client).store.add(make_document(TEXT, outlet="Alpha Post", title="Kept"))
    assert web_client.get(f"/articles/{aid}").status_code == 200
    assert ("article", aid) in _state(web_client).pages
    assert web_client.delete(f"/api/articles/{aid}", headers=AUTH).status_code == 200
    assert web_client.get(f"/articles/{aid}").status_code == 404


def test_corpus_search_cached_then_invalidated_by_store_writes(web_client: TestClient) -> None:
    store = _state(web_client).store
    store.add(make_document(TEXT, outlet="Alpha Post", title="Fighters return"))
    first = web_client.get("/corpus", params={"q": "fighters"})
    assert "Fighters return" in first.text and "Delta dispatch" not in first.text
    # an ingest straight through the store (as the CLI does), not through the web app
    more = make_document(TEXT + " Delta adds more.", outlet="Delta News", title="Delta dispatch")
    store.add_many([more])
    assert "Delta dispatch" in web_client.get("/corpus", params={"q": "fighters"}).text
    # a different filter is a different page
    only = web_client.get("/corpus", params={"q": "fighters", "outlet": "Alpha Post"}).text
    assert "Fighters return" in only and "Delta dispatch" not in only


def test_page_cache_is_bounded(web_client: TestClient) -> None:
    state = _state(web_client)
    state.pages_max = 2
    state.store.add(make_document(TEXT, outlet="Alpha Post", title="Fighters return"))
    for q in ("fighters", "commissioner", "syria"):
        assert web_client.get("/corpus", params={"q": q}).status_code == 200
    assert [k[1] for k in state.pages] == ["commissioner", "syria"]


def test_writes_by_another_process_invalidate(tmp_path: Path) -> None:
    db = str(tmp_path / "corpus.db")
    store = open_store(db, findings_fn=story_findings)
    other = open_store(db, findings_fn=story_findings)  # another connection, as another process
    try:
        app = create_app(store, token="secret", analyzer=fake_analyzer)
        with TestClient(app) as client:
            ids, story_id = add_story(other, TEXT, [("Alpha Post", "2026-01-02"),
                                                    ("Beta Times", "2026-01-03")])  # fmt: skip
            assert "Beta Times" in client.get(f"/stories/{story_id}").text
            assert other.delete(ids[1])
            assert "Beta Times" not in client.get(f"/stories/{story_id}").text
            other.add(make_document(f"{TEXT}\nFiled by the Kappa desk.", outlet="Kappa Wire",
                                    published="2026-01-05", title="Europeans"))  # fmt: skip
            assert "Kappa Wire" in client.get(f"/stories/{story_id}").text
    finally:
        other.close()
        store.close()
