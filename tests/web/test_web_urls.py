"""The web app analyses a URL, and never fetches private addresses unless allowed."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from conftest import fake_analyzer
from presslens.net.fetch import FetchSettings
from presslens.web.app import create_app

NET = Path(__file__).resolve().parents[1] / "fixtures" / "net"
AUTH = {"Authorization": "Bearer secret"}


@pytest.mark.parametrize(
    "url",
    ["http://127.0.0.1/", "http://localhost:8000/admin", "http://169.254.169.254/latest/meta-data/",
     "http://[::1]/", "http://10.0.0.7/internal", "http://0.0.0.0:22/"],
)  # fmt: skip
def test_web_refuses_private_urls_without_the_flag(web_client, url: str) -> None:  # type: ignore[no-untyped-def]
    resp = web_client.post("/api/analyze", json={"url": url}, headers=AUTH)
    assert resp.status_code == 422
    error = resp.json()["error"]
    assert error["code"] == "invalid_input"
    assert "--allow-private-urls" in error["message"]


def test_web_refusal_happens_before_any_request(web_client, site) -> None:  # type: ignore[no-untyped-def]
    site.page("/a.html", (NET / "article.html").read_text())
    resp = web_client.post("/api/analyze", json={"url": site.url("/a.html")}, headers=AUTH)
    assert resp.status_code == 422 and "a loopback address" in resp.json()["error"]["message"]
    assert site.hits == {}
    form = web_client.post("/analyse", data={"url": site.url("/a.html"), "token": "secret"},
                           headers={"Accept": "text/html"})  # fmt: skip
    assert form.status_code == 422 and "--allow-private-urls" in form.text
    assert site.hits == {}


def test_web_url_needs_the_token(web_client) -> None:  # type: ignore[no-untyped-def]
    resp = web_client.post("/api/analyze", json={"url": "http://news.example/a.html"})
    assert resp.status_code == 401
    empty = web_client.post("/api/analyze", json={}, headers=AUTH)
    assert empty.status_code == 422 and "give the article 'text', or a 'url'" in empty.text


def test_web_with_the_flag_analyses_a_page(fake_store, site) -> None:  # type: ignore[no-untyped-def]
    site.routes["/a.html"] = (200, {"Content-Type": "text/html; charset=utf-8"},
                              (NET / "article.html").read_bytes())  # fmt: skip
    app = create_app(fake_store, token="secret", analyzer=fake_analyzer,
                     allow_private_urls=True, fetch_settings=FetchSettings(delay=0))  # fmt: skip
    with TestClient(app, raise_server_exceptions=False) as client:
        resp = client.post("/api/analyze", json={"url": site.url("/a.html"), "outlet": "Mine"},
                           headers=AUTH)  # fmt: skip
        assert resp.status_code == 200, resp.text
        doc = resp.json()
        assert "Mayor Tamsin Hollow" in doc["text"]
        assert doc["meta"]["outlet"] == "Mine"  # what the caller gives wins
        assert doc["meta"]["title"] == "Harbour town votes to rebuild its tidal mill"
        page = client.post("/analyse", data={"url": site.url("/a.html"), "token": "secret"},
                           follow_redirects=True)  # fmt: skip
        assert page.status_code == 200 and "Tamsin Hollow" in page.text
        missing = client.post("/api/analyze", json={"url": site.url("/nope")}, headers=AUTH)
        assert missing.status_code == 422 and "HTTP 404" in missing.json()["error"]["message"]


def test_web_fetches_with_the_web_settings(fake_store) -> None:  # type: ignore[no-untyped-def]
    from dataclasses import replace

    from presslens.net.fetch import WEB_FETCH_SETTINGS

    app = create_app(fake_store, token="secret", analyzer=fake_analyzer)
    assert app.state.web.fetcher.settings == WEB_FETCH_SETTINGS  # within 20 s, no delay
    allowed = create_app(fake_store, token="secret", analyzer=fake_analyzer,
                         allow_private_urls=True)  # fmt: skip
    assert allowed.state.web.fetcher.settings == replace(WEB_FETCH_SETTINGS, allow_private=True)


def test_web_url_that_trickles_is_given_up_at_the_total_limit(fake_store, site) -> None:  # type: ignore[no-untyped-def]
    import time
    from dataclasses import replace

    from presslens.net.fetch import WEB_FETCH_SETTINGS

    def trickle(handler):  # type: ignore[no-untyped-def]
        handler.send_response(200)
        handler.send_header("Content-Type", "text/html")
        handler.send_header("Connection", "close")
        handler.end_headers()
        try:
            for _ in range(100):
                handler.wfile.write(b"<p>")
                handler.wfile.flush()
                time.sleep(0.2)
        except (BrokenPipeError, ConnectionResetError):
            pass
        return None, None, None

    site.routes["/slow.html"] = trickle
    settings = replace(WEB_FETCH_SETTINGS, total=1.0)  # the web's own, with a short total
    app = create_app(fake_store, token="secret", analyzer=fake_analyzer,
                     allow_private_urls=True, fetch_settings=settings)  # fmt: skip
    with TestClient(app, raise_server_exceptions=False) as client:
        resp = client.post("/api/analyze", json={"url": site.url("/slow.html")}, headers=AUTH)
    assert resp.status_code == 422
    assert "no complete answer within 1 s" in resp.json()["error"]["message"]
