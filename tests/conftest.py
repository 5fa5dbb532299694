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


# --- Web: an in-memory store and a light analyser -------------------------------------
# FakeStore follows the store contract (docs in the store package); it stands in until
# presslens.store.fake lands on main. The fake analyser marks a few layers by rule, so
# API tests exercise the web layer without loading models.

import dataclasses  # noqa: E402
import datetime as dt  # noqa: E402
import re  # noqa: E402
from collections import defaultdict  # noqa: E402
from typing import Any  # noqa: E402


@dataclasses.dataclass
class FakeArticleRow:
    id: str
    title: str | None
    outlet: str | None
    published: dt.date | None
    url: str | None
    snippet: str
    story_id: str | None
    n_techniques: int
    n_attributions: int
    n_figures: int


class FakeStore:
    """Dict-backed store with the contract's methods; stories and findings are set by tests."""

    def __init__(self) -> None:
        from presslens.model import Document, Finding, Story

        self.docs: dict[str, Document] = {}
        self.story_of: dict[str, str] = {}
        self._stories: dict[str, Story] = {}
        self._findings: dict[str, list[Finding]] = {}
        self.closed = False

    def add(self, doc: Any) -> tuple[str, bool]:
        for aid, old in self.docs.items():
            if (doc.meta.url and old.meta.url == doc.meta.url) or old.text == doc.text:
                return aid, False
        aid = doc.id or f"a{len(self.docs) + 1}"
        doc = doc.model_copy(update={"id": aid})
        self.docs[aid] = doc
        return aid, True

    def get(self, article_id: str) -> Any:
        return self.docs.get(article_id)

    def delete(self, article_id: str) -> bool:
        self.story_of.pop(article_id, None)
        return self.docs.pop(article_id, None) is not None

    def set_story(self, story: Any, findings: list[Any]) -> None:
        self._stories[story.id] = story
        self._findings[story.id] = findings
        for aid in story.articles:
            self.story_of[aid] = story.id

    def _match(self, d: Any, query: str | None = None, outlet: str | None = None,
               since: dt.date | None = None, until: dt.date | None = None,
               technique: str | None = None, speaker: str | None = None,
               story: str | None = None) -> bool:  # fmt: skip
        p = d.meta.published
        return (
            (not query or query.lower() in d.text.lower())
            and (not outlet or d.meta.outlet == outlet)
            and (not since or (p is not None and p >= since))
            and (not until or (p is not None and p <= until))
            and (not technique or any(t.technique == technique for t in d.techniques))
            and (not speaker or any(a.speaker and a.speaker.name == speaker
                                    for a in d.attributions))
            and (not story or self.story_of.get(d.id) == story)
        )

    def articles(self, *, limit: int = 50, offset: int = 0, **filters: Any) -> list[Any]:
        hits = [d for d in self.docs.values() if self._match(d, **filters)]
        hits.sort(key=lambda d: (d.meta.published or dt.date.min, d.id), reverse=True)
        return [
            FakeArticleRow(d.id, d.meta.title, d.meta.outlet, d.meta.published, d.meta.url,
                           d.text[:120], self.story_of.get(d.id), len(d.techniques),
                           len(d.attributions), len(d.figures))
            for d in hits[offset : offset + limit]
        ]

    def count_articles(self, **filters: Any) -> int:
        return sum(1 for d in self.docs.values() if self._match(d, **filters))

    def outlets(self) -> list[str]:
        return sorted({d.meta.outlet for d in self.docs.values() if d.meta.outlet})

    def stories(self, *, limit: int = 100, offset: int = 0) -> list[Any]:
        return list(self._stories.values())[offset : offset + limit]

    def story(self, story_id: str) -> Any:
        return self._stories.get(story_id)

    def story_documents(self, story_id: str) -> list[Any]:
        return [self.docs[a] for a in self._stories[story_id].articles if a in self.docs]

    def findings(self, story_id: str) -> list[Any]:
        return list(self._findings.get(story_id, []))

    def technique_mix(self, outlet: str | None = None, by: str = "month") -> list[Any]:
        counts: dict[tuple[str, str, str], int] = defaultdict(int)
        for d in self.docs.values():
            if outlet and d.meta.outlet != outlet:
                continue
            period = d.meta.published.strftime("%Y-%m") if d.meta.published else "undated"
            for t in d.techniques:
                counts[(d.meta.outlet or "unknown", period, t.technique)] += 1
        return [(o, p, t, n) for (o, p, t), n in sorted(counts.items())]

    def close(self) -> None:
        self.closed = True


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
def fake_store() -> FakeStore:
    return FakeStore()


@pytest.fixture
def web_client(fake_store: FakeStore):  # type: ignore[no-untyped-def]
    """An in-process client of the web app over a fake store, token 'secret'."""
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

    from presslens.web.app import LOOPBACK_HOSTS, create_app

    store = FakeStore()
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
