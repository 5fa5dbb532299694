"""The web app over the real SQLite store (in memory): FTS search, stories, findings."""

from __future__ import annotations

from presslens import store as store_mod
from presslens.model import Finding, FindingMember

AUTH = {"Authorization": "Bearer secret"}


def _first_figure_findings(docs):  # type: ignore[no-untyped-def]
    members = [
        FindingMember(article=d.id, outlet=d.meta.outlet, published=d.meta.published,
                      start=f.start, end=f.end, text=f.text, value=f.value)
        for d in docs for f in d.figures[:1]
    ]  # fmt: skip
    members.sort(key=lambda m: (m.published, m.article))
    return [Finding(kind="corroborated", subject="figure", members=members, earliest=members[0])]


def test_web_over_sqlite_store(example_text: str) -> None:
    from fastapi.testclient import TestClient

    from conftest import fake_analyzer
    from presslens.web.app import create_app

    store = store_mod.open_store(":memory:", findings_fn=_first_figure_findings)
    app = create_app(store, token="secret", analyzer=fake_analyzer)
    with TestClient(app, raise_server_exceptions=False) as client:
        ids = []
        pairs = (("Breitbart", "2016-10-20", ""), ("Independent", "2016-10-19", "\nUpdated."))
        for outlet, day, extra in pairs:
            resp = client.post(
                "/api/articles",
                json={"text": example_text + extra, "outlet": outlet, "published": day,
                      "url": f"https://{outlet.lower()}.example/mosul"},
                headers=AUTH,
            )  # fmt: skip
            assert resp.status_code == 201, resp.text
            ids.append(resp.json()["id"])
        hits = client.get("/api/articles", params={"q": "Mosul stronghold"}).json()
        assert hits["total"] == 2 and {r["id"] for r in hits["items"]} == set(ids)
        assert client.get("/api/articles", params={"q": "zebra"}).json()["total"] == 0
        stories = client.get("/api/stories").json()["items"]
        assert len(stories) == 1 and set(stories[0]["articles"]) == set(ids)
        sid = stories[0]["id"]
        findings = client.get(f"/api/stories/{sid}/findings").json()["items"]
        assert findings[0]["earliest"]["outlet"] == "Independent"
        page = client.get(f"/stories/{sid}").text
        assert page.count("<circle") == 2 and 'class="dot earliest"' in page
        corpus = client.get("/corpus", params={"q": "Mosul", "outlet": "Breitbart"})
        assert corpus.status_code == 200 and "1 article<" in corpus.text
        assert "Loaded Language" in client.get("/outlets").text
        assert client.delete(f"/api/articles/{ids[0]}", headers=AUTH).status_code == 200
        assert client.get("/api/articles").json()["total"] == 1
    store.close()


def test_web_story_findings_are_computed_off_the_event_loop(example_text: str) -> None:
    """While one request computes a story's findings, other pages are still served."""
    import threading

    from fastapi.testclient import TestClient

    from conftest import fake_analyzer
    from presslens.web.app import create_app

    started, release = threading.Event(), threading.Event()

    def slow_findings(docs):  # type: ignore[no-untyped-def]
        started.set()
        release.wait(30)
        return _first_figure_findings(docs)

    store = store_mod.open_store(":memory:", findings_fn=slow_findings)
    app = create_app(store, token="secret", analyzer=fake_analyzer)
    with TestClient(app, raise_server_exceptions=False) as client:
        resp = client.post("/api/articles", json={"text": example_text, "outlet": "Breitbart"},
                           headers=AUTH)  # fmt: skip
        assert resp.status_code == 201, resp.text
        sid = client.get("/api/stories").json()["items"][0]["id"]
        pages: dict[str, int] = {}

        def get(path: str) -> None:
            pages[path] = client.get(path).status_code

        story = threading.Thread(target=get, args=(f"/stories/{sid}",))
        story.start()
        assert started.wait(10)
        other = threading.Thread(target=get, args=("/corpus",))
        other.start()
        other.join(10)
        served_meanwhile = not other.is_alive() and story.is_alive()
        release.set()
        story.join(30)
        assert served_meanwhile
        assert pages == {"/corpus": 200, f"/stories/{sid}": 200}
    store.close()
