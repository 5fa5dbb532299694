from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "000_7c3a48e42e6547a2.txt"


@pytest.fixture(scope="session")
def example_text() -> str:
    return EXAMPLE.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def example_doc(example_text: str):  # type: ignore[no-untyped-def]
    """The reference article analysed by the default pipeline (models loaded once)."""
    import presslens

    return presslens.analyze(example_text, published="2016-10-20", outlet="Fixture")


FIXTURES = ROOT / "tests" / "fixtures"


@pytest.fixture(scope="session")
def attribute():  # type: ignore[no-untyped-def]
    """A function text -> Document run through parse, entities (if present) and attributions."""
    from presslens.attribution.corpus import default_analyser
    from presslens.model import Document

    run = default_analyser()

    def _attribute(text: str) -> Document:
        return next(iter(run([Document(text=text)])))

    return _attribute


@pytest.fixture()
def brat_split(tmp_path: Path) -> Path:
    """A copy of the hand-written PolNeAR-style split in tests/fixtures/attributions."""
    import shutil

    dest = tmp_path / "split"
    shutil.copytree(FIXTURES / "attributions", dest)
    return dest


@pytest.fixture(scope="session")
def hand_parse():  # type: ignore[no-untyped-def]
    """A function rows -> spaCy ``Doc`` parsed by hand, so that rules on the parse are tested
    without a model. One row a token: ``word head dep pos tag lemma [entity]``, the head
    being the index of the head token (the root points at itself) and the entity an IOB
    tag such as ``B-PERSON``. A token is followed by a space unless the next is ``,``
    ``.`` ``:`` ``;`` ``!`` ``?`` or ``'s``."""
    import spacy
    from spacy.tokens import Doc

    vocab = spacy.blank("en").vocab  # lexical attributes (lower_, is_punct) as the model's

    def _parse(rows: str) -> Doc:
        cols = [line.split() for line in rows.strip().splitlines() if line.strip()]
        words = [c[0] for c in cols]
        spaces = [
            i + 1 < len(words) and words[i + 1] not in (",", ".", ":", ";", "!", "?", "'s")
            for i in range(len(words))
        ]
        return Doc(
            vocab,
            words=words,
            spaces=spaces,
            heads=[int(c[1]) for c in cols],
            deps=[c[2] for c in cols],
            pos=[c[3] for c in cols],
            tags=[c[4] for c in cols],
            lemmas=[c[5] for c in cols],
            ents=[c[6] if len(c) > 6 else "O" for c in cols],
        )

    return _parse


# --- Web: the in-memory store, story fixtures and a light analyser ---------------------
# The fake analyser marks a few layers by rule, so API tests exercise the web layer
# without loading models; layers whose stage ran (real models) are left alone.

import datetime as dt  # noqa: E402
import re  # noqa: E402
from typing import Any  # noqa: E402

STORY_FIGURE = "2,500"


def story_findings(docs: Any) -> list[Any]:
    """Findings for tests: every article's first "2,500", earliest first."""
    from presslens.model import Finding, FindingMember

    members = []
    for d in docs:
        i = d.text.find(STORY_FIGURE)
        if i >= 0:
            members.append(
                FindingMember(article=d.id, outlet=d.meta.outlet, published=d.meta.published,
                              start=i, end=i + len(STORY_FIGURE), text=STORY_FIGURE, value=2500)
            )  # fmt: skip
    members.sort(key=lambda m: (m.published or dt.date.max, m.article))
    if not members:
        return []
    return [Finding(kind="conflict", subject="Europeans fighting for ISIS", members=members,
                    earliest=members[0], score=1.0)]  # fmt: skip


def add_story(store: Any, text: str, editions: list[tuple[str, str]]) -> tuple[list[str], str]:
    """Store one edition of ``text`` per (outlet, date): near-copies the store groups into
    one story. Returns the article ids (in ``editions`` order) and the story id."""
    from presslens import make_document

    ids = []
    for outlet, day in editions:
        doc = make_document(f"{text}\nFiled by the {outlet} desk.", outlet=outlet,
                            published=day, title=f"Europeans fighting for ISIS <b>{outlet}</b>")
        ids.append(store.add(doc)[0])
    rows = store.articles(limit=500)
    story_ids = {r.story_id for r in rows if r.id in ids}
    assert len(story_ids) == 1, "the editions did not group into one story"
    return ids, story_ids.pop()


@pytest.fixture
def fake_store():  # type: ignore[no-untyped-def]
    from presslens.store.fake import FakeStore

    store = FakeStore(findings_fn=story_findings)
    yield store
    store.close()


LOADED = re.compile(r"\b(onslaught|deathblow|jihadis?|violent|very serious threat)\b", re.I)
QUOTE = re.compile(r"\"([^\"\n]+)\"")
NUMBER = re.compile(r"\b\d[\d,]*(?:\.\d+)?\b")


def fake_layers(doc: Any) -> Any:
    """Rule-made technique, attribution and figure layers (for tests only)."""
    from presslens.model import Attribution, Figure, Offsets, Speaker, TechniqueSpan
    from presslens.web.views import STAGE_HINTS

    def ran(layer: str) -> bool:
        return any(h in name for name in doc.models for h in STAGE_HINTS[layer])

    text = doc.text
    if not ran("techniques"):
        doc.techniques = [
            TechniqueSpan(start=m.start(), end=m.end(), technique="Loaded_Language",
                          confidence=0.8, text=m.group())
            for m in LOADED.finditer(text)
        ]
        if "threat" in text:
            i = text.index("threat")
            doc.techniques.append(
                TechniqueSpan(start=i, end=i + 6, technique="Appeal_to_fear-prejudice",
                              confidence=0.6, text="threat")
            )
    if not ran("attributions"):
        atts = []
        for i, m in enumerate(QUOTE.finditer(text), start=1):
            tail = text[m.end() : m.end() + 120]
            head = text[max(0, m.start() - 200) : m.start()]
            who = "Julian King" if "King" in tail or "King" in head else "unknown"
            src = text.find("Julian King", m.end())
            atts.append(
                Attribution(
                    id=f"A{i}", kind="direct", content=Offsets(start=m.start(1), end=m.end(1)),
                    source=Offsets(start=src, end=src + 11) if 0 <= src - m.end() < 80 else None,
                    speaker=Speaker(name=who), venue="The Telegraph" if who != "unknown" else None,
                    text=m.group(1),
                )
            )
        doc.attributions = atts
    if not ran("figures"):
        doc.figures = [
            Figure(start=m.start(), end=m.end(), text=m.group(),
                   value=float(m.group().replace(",", "")), unit=None, counted="people")
            for m in NUMBER.finditer(text)
            if not (1900 <= float(m.group().replace(",", "")) <= 2100)
        ]
    return doc


def fake_analyzer(docs: list[Any]) -> list[Any]:
    from presslens._version import __version__

    out = []
    for d in docs:
        d = fake_layers(d)
        d.presslens_version = __version__
        d.models.setdefault("fake.rules", "1")
        out.append(d)
    return out


@pytest.fixture
def web_client(fake_store):  # type: ignore[no-untyped-def]
    """An in-process client of the web app over the in-memory store, token 'secret'."""
    from fastapi.testclient import TestClient

    from presslens.web.app import create_app

    app = create_app(fake_store, token="secret", analyzer=fake_analyzer, max_upload=200_000)
    with TestClient(app, raise_server_exceptions=False) as client:
        yield client


CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run",
]  # fmt: skip


def real_then_fake_analyzer(docs: list[Any]) -> list[Any]:
    """The real default pipeline; layers whose stage is not on this branch yet come from rules."""
    import presslens

    return [fake_layers(d) for d in presslens.analyze_documents(docs)]


@pytest.fixture(scope="session")
def live_server():  # type: ignore[no-untyped-def]
    """The web app served by uvicorn on a free loopback port, in a thread (token 'secret')."""
    import socket
    import threading
    import time

    import uvicorn

    from presslens.store.fake import FakeStore
    from presslens.web.app import LOOPBACK_HOSTS, create_app

    store = FakeStore(findings_fn=story_findings)
    app = create_app(store, token="secret", analyzer=real_then_fake_analyzer,
                     allowed_hosts=list(LOOPBACK_HOSTS))  # fmt: skip
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline:
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}", store
    server.should_exit = True
    thread.join(timeout=10)
    store.close()


@pytest.fixture(scope="session")
def browser():  # type: ignore[no-untyped-def]
    """Debian's Chromium through Playwright; never downloads a browser."""
    import os

    if not os.path.exists(CHROMIUM):
        pytest.skip(f"{CHROMIUM} is missing: apt-get install -y chromium (.ci/run does)")
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        yield b
        b.close()


@pytest.fixture
def page(browser):  # type: ignore[no-untyped-def]
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    p = context.new_page()
    p.set_default_timeout(60_000)
    yield p
    context.close()


STORY_ISIS = ROOT / "tests" / "fixtures" / "story_isis.jsonl"


@pytest.fixture(scope="session")
def story_isis_path() -> Path:
    """Four invented articles of one story (figures that agree and conflict, a venue clash)."""
    return STORY_ISIS


# --- A local web site for presslens.net: pages, feeds and misbehaving servers -----------


class Site:
    """What the local HTTP server answers: ``routes[path]`` is ``(status, headers, body)``
    or a function of the request handler returning that; ``hits`` counts requests per path
    and ``requests`` keeps (path, headers) in order."""

    def __init__(self) -> None:
        self.routes: dict[str, Any] = {"/robots.txt": (404, {}, b"")}
        self.hits: dict[str, int] = {}
        self.requests: list[tuple[str, dict[str, str]]] = []
        self.base = ""

    def url(self, path: str) -> str:
        return self.base + path

    def page(self, path: str, html: str, content_type: str = "text/html; charset=utf-8",
             **headers: str) -> None:  # fmt: skip
        self.routes[path] = (200, {"Content-Type": content_type, **headers}, html.encode())


@pytest.fixture
def site():  # type: ignore[no-untyped-def]
    """A threaded HTTP server on 127.0.0.1 serving a :class:`Site` (tests fill ``routes``)."""
    import contextlib
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    state = Site()

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args: Any) -> None:
            pass

        def do_GET(self) -> None:
            path = self.path.split("?")[0]
            state.hits[path] = state.hits.get(path, 0) + 1
            state.requests.append((path, {k.lower(): v for k, v in self.headers.items()}))
            route = state.routes.get(path, (404, {"Content-Type": "text/plain"}, b"not here"))
            status, headers, body = route(self) if callable(route) else route
            if status is None:  # the route wrote the response itself
                return
            self.send_response(status)
            for key, value in headers.items():
                self.send_header(key, value)
            if "Content-Length" not in headers:
                self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                self.wfile.write(body)

    class Server(ThreadingHTTPServer):
        daemon_threads = True

        def handle_error(self, request: Any, client_address: Any) -> None:
            import sys

            if isinstance(sys.exc_info()[1], ConnectionError):
                return  # a client that hung up (a fetch given up): not the test's output
            super().handle_error(request, client_address)

    server = Server(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    state.base = f"http://127.0.0.1:{server.server_address[1]}"
    yield state
    server.shutdown()
    server.server_close()


# --- PostgreSQL: a throw-away server for tests that run the store on it ------------------
# Skipped, with the reason, where no server binary or psycopg is installed (.ci/run installs
# both). tests/store/test_postgres.py keeps its own copy of this server fixture.


def _pg_binary(name: str) -> str | None:
    import shutil

    found = shutil.which(name)
    if found:
        return found
    candidates = sorted(Path("/usr/lib/postgresql").glob(f"*/bin/{name}"))
    return str(candidates[-1]) if candidates else None


@pytest.fixture(scope="session")
def postgres_server() -> Any:
    """A PostgreSQL server on a Unix socket in a temporary folder; yields its admin URL."""
    import os
    import shutil
    import subprocess
    import tempfile

    pytest.importorskip("psycopg", reason="psycopg is not installed (presslens[postgres])")
    initdb, pg_ctl = _pg_binary("initdb"), _pg_binary("pg_ctl")
    if initdb is None or pg_ctl is None:
        pytest.skip("PostgreSQL server (initdb, pg_ctl) not found; apt-get install postgresql")
    prefixes: list[list[str]] = [[]]
    if os.geteuid() == 0:  # PostgreSQL refuses to run as root
        prefixes = []
        if shutil.which("unshare"):
            prefixes.append(["unshare", "--user", "--map-user=1000", "--map-group=1000"])
        if shutil.which("runuser"):
            prefixes.append(["runuser", "-u", "postgres", "--"])
    root = Path(tempfile.mkdtemp(prefix="presslens-pg-"))
    root.chmod(0o777)
    data = root / "data"
    prefix, reasons = None, []
    for candidate in prefixes:
        done = subprocess.run(
            [*candidate, initdb, "-D", str(data), "-A", "trust", "-U", "presslens", "--no-sync"],
            capture_output=True, text=True,
        )
        if done.returncode == 0:
            prefix = candidate
            break
        reasons.append((done.stderr.strip().splitlines() or ["?"])[-1])
        shutil.rmtree(data, ignore_errors=True)
    if prefix is None:
        shutil.rmtree(root, ignore_errors=True)
        pytest.skip(f"cannot initialise a PostgreSQL server here: {'; '.join(reasons)}")
    opts = f"-k {root} -c listen_addresses='' -c fsync=off"
    subprocess.run(
        [*prefix, pg_ctl, "-D", str(data), "-o", opts, "-l", str(root / "log"), "-w", "start"],
        check=True, capture_output=True,
    )
    try:
        yield f"postgresql://presslens@/postgres?host={root}"
    finally:
        subprocess.run(
            [*prefix, pg_ctl, "-D", str(data), "-m", "immediate", "stop"], capture_output=True
        )
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture()
def postgres_url(postgres_server: str, request: pytest.FixtureRequest) -> str:
    """A new, empty database on :func:`postgres_server` for one test."""
    import os
    import re

    import psycopg

    name = "t_" + re.sub(r"\W", "_", request.node.name)[-40:].lower() + f"_{os.getpid()}"
    with psycopg.connect(postgres_server, autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}"')
        admin.execute(f'CREATE DATABASE "{name}"')
    return postgres_server.replace("/postgres?", f"/{name}?")
