"""The JSON API and the pages, in process, over a fake store and a rule-based analyser."""

from __future__ import annotations

import re

import pytest

from conftest import STORY_FIGURE, add_story

AUTH = {"Authorization": "Bearer secret"}
CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
)


def _error(resp, status: int, code: str) -> dict:  # type: ignore[no-untyped-def,type-arg]
    """The one error shape, pinned: exactly {error: {status, code, message}}."""
    assert resp.status_code == status, resp.text
    assert resp.headers["content-type"].startswith("application/json")
    body = resp.json()
    assert set(body) == {"error"}
    assert set(body["error"]) == {"status", "code", "message"}
    assert body["error"]["status"] == status
    assert body["error"]["code"] == code
    assert isinstance(body["error"]["message"], str) and body["error"]["message"]
    assert "Traceback" not in resp.text
    return body["error"]  # type: ignore[no-any-return]


def _save(client, text: str, **meta: str) -> str:  # type: ignore[no-untyped-def]
    resp = client.post("/api/articles", json={"text": text, **meta}, headers=AUTH)
    assert resp.status_code == 201, resp.text
    return resp.json()["id"]  # type: ignore[no-any-return]


def test_web_analyze_returns_document_with_layers(web_client, example_text: str) -> None:
    resp = web_client.post(
        "/api/analyze", json={"text": example_text, "outlet": "Fixture", "published": "2016-10-20"}
    )
    assert resp.status_code == 200, resp.text
    doc = resp.json()
    assert doc["text"] == example_text
    assert doc["meta"]["outlet"] == "Fixture"
    assert doc["meta"]["published"] == "2016-10-20"
    king = [a for a in doc["attributions"] if a["speaker"]["name"] == "Julian King"]
    assert king and "serious threat" in " ".join(a["text"] for a in king)
    for t in doc["techniques"]:
        assert example_text[t["start"] : t["end"]] == t["text"]
    assert web_client.app.state.web.store.count_articles() == 0  # analyse stores nothing


def test_web_security_headers_on_every_response(web_client) -> None:
    for resp in (
        web_client.get("/analyse"),
        web_client.get("/api/articles"),
        web_client.get("/static/presslens.css"),
        web_client.get("/nope"),
        web_client.post("/api/articles", json={"text": "x"}),
    ):
        assert resp.headers["content-security-policy"] == CSP
        assert resp.headers["x-content-type-options"] == "nosniff"


@pytest.mark.parametrize(
    ("method", "path", "kwargs", "status", "code"),
    [
        ("get", "/api/articles/missing", {}, 404, "not_found"),
        ("get", "/api/no-such-route", {}, 404, "not_found"),
        ("put", "/api/analyze", {"json": {"text": "x"}}, 405, "method_not_allowed"),
        ("post", "/api/analyze", {"json": {"txt": "x"}}, 422, "validation_error"),
        (
            "post",
            "/api/analyze",
            {"json": {"text": "x", "published": "soon"}},
            422,
            "validation_error",
        ),
        ("get", "/api/articles?limit=0", {}, 422, "validation_error"),
        ("post", "/api/articles", {"json": {"text": "x"}}, 401, "unauthorized"),
        (
            "post",
            "/api/articles",
            {"json": {"text": "x"}, "headers": {"Authorization": "Bearer wrong"}},
            403,
            "forbidden",
        ),
        ("delete", "/api/articles/a1", {}, 401, "unauthorized"),
        (
            "post",
            "/api/analyze",
            {
                "content": b'{"text": "' + b"a" * 300_000 + b'"}',
                "headers": {"content-type": "application/json"},
            },
            413,
            "payload_too_large",
        ),
        ("get", "/api/stories/nope", {}, 404, "not_found"),
        ("get", "/api/stories/nope/findings", {}, 404, "not_found"),
    ],
)
def test_web_error_shape(web_client, method, path, kwargs, status, code) -> None:  # type: ignore[no-untyped-def]
    _error(getattr(web_client, method)(path, **kwargs), status, code)


def test_web_500_has_error_shape_without_traceback(fake_store) -> None:  # type: ignore[no-untyped-def]
    from fastapi.testclient import TestClient

    from presslens.web.app import create_app

    def broken(docs):  # type: ignore[no-untyped-def]
        raise RuntimeError("secret internals /etc/passwd")

    app = create_app(fake_store, token="secret", analyzer=broken)
    with TestClient(app, raise_server_exceptions=False) as client:
        resp = client.post("/api/analyze", json={"text": "Some text."})
    err = _error(resp, 500, "internal_error")
    assert "secret internals" not in resp.text and "RuntimeError" not in resp.text
    assert "see the server log" in err["message"]
    assert resp.headers["content-security-policy"] == CSP


def test_web_save_get_search_delete_roundtrip(web_client, example_text: str) -> None:
    aid = _save(web_client, example_text, outlet="Fixture", published="2016-10-20", title="Mosul")
    again = web_client.post("/api/articles", json={"text": example_text}, headers=AUTH)
    assert again.status_code == 200 and again.json() == {"id": aid, "created": False}
    other = _save(web_client, "Nothing to see here. 42 cats sat.", outlet="Other")

    doc = web_client.get(f"/api/articles/{aid}").json()
    assert doc["id"] == aid and doc["meta"]["title"] == "Mosul"

    listing = web_client.get("/api/articles", params={"q": "Mosul"}).json()
    assert listing["total"] == 1 and [r["id"] for r in listing["items"]] == [aid]
    assert (
        web_client.get("/api/articles", params={"outlet": "Other"}).json()["items"][0]["id"]
        == other
    )
    by_tech = web_client.get("/api/articles", params={"technique": "Loaded_Language"}).json()
    assert [r["id"] for r in by_tech["items"]] == [aid]
    by_speaker = web_client.get("/api/articles", params={"speaker": "Julian King"}).json()
    assert [r["id"] for r in by_speaker["items"]] == [aid]
    dated = web_client.get("/api/articles", params={"since": "2016-10-01", "until": "2016-10-31"})
    assert [r["id"] for r in dated.json()["items"]] == [aid]

    outlets = web_client.get("/api/outlets").json()["items"]
    assert outlets[0]["outlet"] == "Fixture"
    assert outlets[0]["periods"]["2016-10"]["Loaded_Language"] >= 1

    assert web_client.delete(f"/api/articles/{aid}", headers=AUTH).json() == {
        "id": aid,
        "deleted": True,
    }
    _error(web_client.get(f"/api/articles/{aid}"), 404, "not_found")
    _error(web_client.delete(f"/api/articles/{aid}", headers=AUTH), 404, "not_found")


def test_web_save_prebuilt_document(web_client) -> None:
    from presslens import make_document

    doc = make_document("A prepared article.", outlet="Wire", published="2020-01-02")
    resp = web_client.post("/api/articles", json={"document": doc.to_dict()}, headers=AUTH)
    assert resp.status_code == 201
    page = web_client.get(f"/articles/{resp.json()['id']}").text
    assert "The figures stage did not run." in page and "No figure found." not in page
    doc2 = make_document("Another prepared article.")
    doc2.models["presslens.figures.v1"] = "1"
    resp2 = web_client.post("/api/articles", json={"document": doc2.to_dict()}, headers=AUTH)
    page2 = web_client.get(f"/articles/{resp2.json()['id']}").text
    assert "No figure found." in page2 and "The figures stage did not run." not in page2
    _error(
        web_client.post("/api/articles", json={"document": {"text": 3}}, headers=AUTH),
        422,
        "invalid_input",
    )
    _error(web_client.post("/api/articles", json={}, headers=AUTH), 422, "validation_error")


def test_web_upload_needs_token_and_never_uses_the_path(web_client) -> None:
    files = {"file": ("../../etc/passwd.jsonl", b'{"text": "One."}\n{"text": "Two 3 things."}\n')}
    _error(web_client.post("/api/analyze/file", files=files), 401, "unauthorized")
    resp = web_client.post("/api/analyze/file", files=files, headers=AUTH)
    assert resp.status_code == 200, resp.text
    docs = resp.json()
    assert [d["text"] for d in docs] == ["One.", "Two 3 things."]
    assert docs[0]["meta"]["source"] == "passwd.jsonl"
    big = {"file": ("big.txt", b"word " * 60_000)}
    _error(web_client.post("/api/analyze/file", files=big, headers=AUTH), 413, "payload_too_large")
    bad = {"file": ("bad.jsonl", b'{"text": "ok"}\n{oops\n')}
    err = _error(
        web_client.post("/api/analyze/file", files=bad, headers=AUTH), 422, "invalid_input"
    )
    assert "line 2" in err["message"]


def test_web_stories_and_findings_api(web_client, example_text: str) -> None:
    store = web_client.app.state.web.store
    editions = [("Breitbart", "2016-10-20"), ("Independent", "2016-10-19")]
    (a, b), sid = add_story(store, example_text, editions)
    assert [s["id"] for s in web_client.get("/api/stories").json()["items"]] == [sid]
    one = web_client.get(f"/api/stories/{sid}").json()
    assert set(one["story"]["articles"]) == {a, b}
    assert {r["id"] for r in one["articles"]} == {a, b}
    findings = web_client.get(f"/api/stories/{sid}/findings").json()["items"]
    assert findings[0]["kind"] == "conflict"
    assert findings[0]["earliest"]["article"] == b


def test_web_story_page_links_members_to_spans(web_client, example_text: str) -> None:
    store = web_client.app.state.web.store
    editions = [("Breitbart", "2016-10-20"), ("Independent", "2016-10-19")]
    (a, b), sid = add_story(store, example_text, editions)
    i = example_text.index(STORY_FIGURE)
    span = f"#span-{i}-{i + len(STORY_FIGURE)}"
    html = web_client.get(f"/stories/{sid}").text
    assert f'href="/articles/{b}{span}"' in html and f'href="/articles/{a}{span}"' in html
    assert "<svg" in html and html.count("<circle") == 2 and 'class="dot earliest"' in html
    earliest = re.search(r'<li class="earliest"><a class="member-link" href="([^"]+)"', html)
    assert earliest and earliest.group(1) == f"/articles/{b}{span}"
    assert "&lt;b&gt;" in html and "<b>" not in html  # titles are escaped


def test_web_article_page_layers(web_client, example_text: str) -> None:
    aid = _save(web_client, example_text, outlet="Fixture", published="2016-10-20")
    html = web_client.get(f"/articles/{aid}").text
    assert 'class="t" data-technique="Loaded_Language" title="Loaded Language (80%): Picks' in html
    assert 'class="toggle-technique" data-technique="Loaded_Language"' in html
    assert 'id="speaker-julian-king"' in html and 'href="#speaker-julian-king"' in html
    assert 'id="attr-A1"' in html and 'href="#attr-A1"' in html
    assert 'id="fig-1"' in html and 'href="#fig-1"' in html
    assert "<script>" not in html.split("</head>")[1]
    # The text is shown exactly: stripping tags and unescaping gives the article back.
    body = re.search(r'id="article-text">(.*?)</div>', html, re.S).group(1)  # type: ignore[union-attr]
    import html as htmllib

    assert htmllib.unescape(re.sub(r"<[^>]+>", "", body)) == example_text


def test_web_pages_escape_hostile_text(web_client) -> None:
    hostile = 'Hi <script>alert(1)</script> and <img src=x onerror=alert(1)> "quoted <b>" 5 men.'
    aid = _save(web_client, hostile, title="<script>alert(2)</script>", outlet="<i>o</i>")
    html = web_client.get(f"/articles/{aid}").text
    assert "<script>alert" not in html and "<img src=x" not in html and "<i>o</i>" not in html
    assert "&lt;script&gt;alert(" in html and "&lt;img src=x onerror=alert(" in html
    corpus = web_client.get("/corpus").text
    assert "<script>alert(2)" not in corpus and "&lt;script&gt;alert(2)" in corpus


def test_web_forms_analyse_save_delete(web_client, example_text: str) -> None:
    resp = web_client.post(
        "/analyse", data={"text": example_text, "title": "Mosul"}, follow_redirects=False
    )
    assert resp.status_code == 303
    view = resp.headers["location"]
    page = web_client.get(view).text
    key = re.search(r'name="key" value="([^"]+)"', page).group(1)  # type: ignore[union-attr]
    bad = web_client.post(
        "/articles", data={"key": key, "token": "nope"}, headers={"accept": "text/html"}
    )
    assert bad.status_code == 403 and "write token is wrong" in bad.text
    saved = web_client.post(
        "/articles", data={"key": key, "token": "secret"}, follow_redirects=False
    )
    assert saved.status_code == 303 and saved.headers["location"].startswith("/articles/")
    aid = saved.headers["location"].rsplit("/", 1)[1]
    upload = web_client.post(
        "/analyse", files={"file": ("a.txt", b"Text here.")}, data={"token": ""}
    )
    _error(upload, 401, "unauthorized")
    gone = web_client.post(
        f"/articles/{aid}/delete", data={"token": "secret"}, follow_redirects=False
    )
    assert gone.status_code == 303
    assert web_client.get(f"/api/articles/{aid}").status_code == 404


def test_web_corpus_outlets_and_docs_pages(web_client, example_text: str) -> None:
    for i in range(30):
        _save(
            web_client,
            f"Article {i} about a loaded onslaught.",
            outlet=f"O{i % 3}",
            published=f"2016-{1 + i % 12:02d}-01",
        )
    first = web_client.get("/corpus", params={"q": "onslaught"}).text
    assert "30 articles" in first and "page 1 of 2" in first and 'rel="next"' in first
    filtered = web_client.get("/corpus", params={"outlet": "O1", "since": "", "until": ""}).text
    assert "10 articles" in filtered
    by_tech = web_client.get("/corpus", params={"technique": "Loaded_Language"}).text
    assert "30 articles" in by_tech
    assert '<option value="Loaded_Language" selected>Loaded Language</option>' in by_tech
    assert "0 articles" in web_client.get("/corpus", params={"technique": "Doubt"}).text
    _error(web_client.get("/corpus", params={"since": "yesterday"}), 422, "validation_error")
    outlets = web_client.get("/outlets").text
    assert outlets.count('<svg class="chart') == 4  # the mix, and one trend per outlet
    docs = web_client.get("/api/docs").text
    assert "/api/articles/{article_id}" in docs and "cdn" not in docs.lower()
    spec = web_client.get("/api/openapi.json").json()
    assert {"/api/analyze", "/api/articles", "/api/stories/{story_id}/findings"} <= set(
        spec["paths"]
    )
    assert (
        web_client.get("/docs").status_code == 404 and web_client.get("/redoc").status_code == 404
    )


def test_web_html_errors_for_browsers(web_client) -> None:
    resp = web_client.get("/articles/missing", headers={"accept": "text/html"})
    assert resp.status_code == 404 and "<h1>Error 404</h1>" in resp.text


def test_web_host_check_blocks_rebinding(fake_store) -> None:  # type: ignore[no-untyped-def]
    from fastapi.testclient import TestClient

    from presslens.web.app import create_app

    app = create_app(fake_store, token="t", analyzer=lambda d: d, allowed_hosts=["127.0.0.1"])
    with TestClient(app, base_url="http://127.0.0.1:8000") as ok:
        assert ok.get("/api/articles").status_code == 200
    with TestClient(app, base_url="http://evil.example") as bad:
        _error(bad.get("/api/articles"), 400, "bad_request")


def test_web_serve_refuses_public_host_without_token() -> None:
    from click.testing import CliRunner

    from presslens.cli import cli

    result = CliRunner().invoke(cli, ["serve", "--host", "0.0.0.0"], env={"PRESSLENS_TOKEN": ""})
    assert result.exit_code == 2
    assert result.output.strip().splitlines() == [
        "error: refusing to serve on 0.0.0.0 without --token; give --token "
        "(or $PRESSLENS_TOKEN) or bind to 127.0.0.1"
    ]


def test_web_refuses_a_document_whose_spans_leave_its_text(web_client) -> None:
    from presslens import make_document

    doc = make_document("A short article.").to_dict()
    for bad in ({"start": 30, "end": 10}, {"start": 0, "end": 99999}):
        broken = {**doc, "paragraphs": [bad]}
        _error(
            web_client.post("/api/articles", json={"document": broken}, headers=AUTH),
            422,
            "invalid_input",
        )
    assert web_client.get("/api/articles").json()["total"] == 0


def test_web_an_id_with_a_slash_is_served_and_deleted(web_client) -> None:
    from urllib.parse import quote

    from presslens import make_document

    doc = make_document("A wire story from the capital.", outlet="Wire").to_dict()
    doc["id"] = "wire/2024/a1"
    resp = web_client.post("/api/articles", json={"document": doc}, headers=AUTH)
    assert resp.status_code == 201 and resp.json()["id"] == "wire/2024/a1"
    url = quote("wire/2024/a1", safe="")
    assert web_client.get(f"/api/articles/{url}").json()["id"] == "wire/2024/a1"
    assert web_client.get(f"/articles/{url}").status_code == 200
    assert web_client.delete(f"/api/articles/{url}", headers=AUTH).status_code == 200
    assert web_client.get(f"/api/articles/{url}").status_code == 404


def test_web_save_takes_an_id_as_the_cli_does(web_client) -> None:
    resp = web_client.post("/api/articles", json={"id": "wire-7", "text": "A short story."},
                           headers=AUTH)
    assert resp.status_code == 201 and resp.json()["id"] == "wire-7"


def test_web_a_chunked_body_over_the_limit_is_413(web_client) -> None:
    def chunks():  # no Content-Length: the server only learns the size while reading
        for _ in range(60):
            yield b'{"text": "' + b"x" * 10_000 if _ == 0 else b"x" * 10_000

    resp = web_client.post("/api/analyze", content=chunks(),
                           headers={"Content-Type": "application/json"})
    assert resp.status_code == 413, resp.text
    assert resp.json()["error"]["code"] == "payload_too_large"


def test_web_api_docs_say_the_body_each_endpoint_takes_and_show_no_backticks(web_client) -> None:
    page = web_client.get("/api/docs").text
    assert "JSON or form body" not in page
    assert "JSON body" in page and "form upload" in page
    assert "``" not in page and "<code>q</code>" in page


def _asgi_call(app, method: str, path: str, headers: list[tuple[bytes, bytes]]):  # type: ignore[no-untyped-def]
    """Call an ASGI app whose client sends headers, then never sends its body."""
    import anyio

    sent: list[dict] = []  # type: ignore[type-arg]
    reads = 0

    async def receive():  # type: ignore[no-untyped-def]
        nonlocal reads
        reads += 1
        await anyio.sleep(3600)  # a client trickling nothing

    async def send(message):  # type: ignore[no-untyped-def]
        sent.append(message)

    scope = {"type": "http", "method": method, "path": path, "headers": headers,
             "query_string": b"", "http_version": "1.1", "scheme": "http",
             "server": ("127.0.0.1", 8000), "client": ("127.0.0.1", 5000), "root_path": ""}

    async def main() -> None:
        with anyio.fail_after(10):
            await app(scope, receive, send)

    anyio.run(main)
    status = next(m["status"] for m in sent if m["type"] == "http.response.start")
    return status, reads


def test_web_a_write_without_the_token_is_refused_before_its_body_is_read(fake_store) -> None:
    from presslens.web.app import create_app

    app = create_app(fake_store, token="secret")
    status, reads = _asgi_call(app, "POST", "/api/articles",
                               [(b"content-type", b"application/json"),
                                (b"authorization", b"Bearer wrong")])
    assert (status, reads) == (403, 0)


def test_web_a_body_that_stops_arriving_times_out(fake_store) -> None:
    from presslens.web.errors import GuardMiddleware

    async def echo(scope, receive, send):  # type: ignore[no-untyped-def]
        await receive()
        await send({"type": "http.response.start", "status": 200, "headers": []})
        await send({"type": "http.response.body", "body": b"ok"})

    guarded = GuardMiddleware(echo, max_body=1000, body_timeout=0.2)
    status, reads = _asgi_call(guarded, "POST", "/api/analyze",
                               [(b"content-type", b"application/json")])
    assert status == 408 and reads == 1


def test_web_analyse_and_save_take_a_form_body_as_the_docs_say(web_client) -> None:
    form = {"text": "The mayor said 14 workers were hurt.", "outlet": "Wire", "title": ""}
    analysed = web_client.post("/api/analyze", data=form)
    assert analysed.status_code == 200, analysed.text
    assert analysed.json()["meta"]["outlet"] == "Wire" and analysed.json()["meta"]["title"] is None
    saved = web_client.post("/api/articles", data={**form, "id": "form-1"}, headers=AUTH)
    assert saved.status_code == 201 and saved.json()["id"] == "form-1"
    bad = web_client.post("/api/analyze", data={"text": "x", "published": "soon"})
    assert bad.status_code == 422 and bad.json()["error"]["code"] == "validation_error"
    not_json = web_client.post("/api/analyze", content=b"{oops",
                               headers={"Content-Type": "application/json"})
    assert not_json.status_code == 422 and "not valid JSON" in not_json.json()["error"]["message"]
    page = web_client.get("/api/docs").text
    assert "JSON body or form body" in page
