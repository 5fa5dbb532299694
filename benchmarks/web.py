"""Load test of ``presslens serve`` on loopback: p50/p95 of the article page, the story
page and the analyse endpoint with concurrent clients.

    python benchmarks/web.py [--articles 200] [--clients 20] [--requests 600] [--seconds 60]

It builds a throw-away SQLite corpus of synthetic articles (rule-made layers, so
pages have as many spans as analysed articles; the corpus needs no model), serves
it with uvicorn in a subprocess, and drives it from this process with httpx
clients in threads. The analyse endpoint runs the real default pipeline on a
1,000-word article made from the bundled reference article. Bounded in count
and time; needs the store (``presslens.store``).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Sequence
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "000_7c3a48e42e6547a2.txt"
TOKEN = "bench-token"
OUTLETS = ("Breitbart", "The Independent", "The Telegraph", "Daily Mirror", "Reuters", "AP")
_FILLER = "the of and to in a is that for on said with as was by at from it an be has \
officials government minister people country week report told statement city police"
FILLER = _FILLER.split()
LOADED = re.compile(r"\b(onslaught|deathblow|brutal|terror\w*|threat|crisis|chaos)\b", re.I)


def synthetic_corpus(n: int, seed: int = 7) -> list:  # type: ignore[type-arg]
    """``n`` articles about ``n // 5`` events, each with technique, quote and figure layers."""
    from presslens import make_document
    from presslens.model import Attribution, Figure, Offsets, Speaker, TechniqueSpan

    rng = random.Random(seed)
    docs = []
    events = max(1, n // 5)
    event_words = [
        [f"{rng.choice('bcdfgklmnprstvz')}{rng.choice('aeiou')}{w}{e}" for w in range(25)]
        for e in range(events)
    ]
    for i in range(n):
        e = i % events
        day = dt.date(2016, 10, 1) + dt.timedelta(days=(e * 3) % 150 + rng.randint(0, 2))
        paras = []
        for _ in range(6):
            words = [
                rng.choice(event_words[e]) if rng.random() < 0.35 else rng.choice(FILLER)
                for _ in range(55)
            ]
            loaded = rng.choice(["onslaught", "terror", "crisis", "threat"])
            words[rng.randrange(len(words))] = loaded
            words[rng.randrange(len(words))] = f"{rng.choice([2500, 5000, 120, 37])}"
            paras.append(" ".join(words).capitalize() + ".")
        paras.insert(2, f'"This is a very serious threat {event_words[e][0]}," Speaker{e} said.')
        text = "\n".join(paras)
        doc = make_document(
            text, title=f"{event_words[e][0].title()} report {i}", outlet=OUTLETS[i % len(OUTLETS)],
            published=day, url=f"https://example.org/{e}/{i}",
        )  # fmt: skip
        doc.techniques = [
            TechniqueSpan(start=m.start(), end=m.end(), technique=rng.choice(
                ["Loaded_Language", "Appeal_to_fear-prejudice", "Exaggeration,Minimisation"]),
                confidence=0.7, text=m.group())
            for m in LOADED.finditer(text)
        ]  # fmt: skip
        q = re.search(r'"([^"]+)," (Speaker\d+) said', text)
        if q:
            doc.attributions = [
                Attribution(id="A1", kind="direct", content=Offsets(start=q.start(1), end=q.end(1)),
                            source=Offsets(start=q.start(2), end=q.end(2)),
                            speaker=Speaker(name=q.group(2)), text=q.group(1))
            ]  # fmt: skip
        doc.figures = [
            Figure(start=m.start(), end=m.end(), text=m.group(), value=float(m.group()))
            for m in re.finditer(r"\b\d+\b", text)
        ]
        docs.append(doc)
    return docs


def simple_findings(docs: Sequence) -> list:  # type: ignore[type-arg]
    """Stand-in for the cross-source checks when they are not installed: equal figures."""
    from presslens.model import Finding, FindingMember

    by_value: dict[float, list[FindingMember]] = {}
    for d in docs:
        for f in d.figures:
            if f.value is not None:
                by_value.setdefault(f.value, []).append(
                    FindingMember(article=d.id, outlet=d.meta.outlet, published=d.meta.published,
                                  start=f.start, end=f.end, text=f.text, value=f.value)
                )  # fmt: skip
    out = []
    for value, members in sorted(by_value.items()):
        members.sort(key=lambda m: (m.published or dt.date.max, m.article))
        kind = "corroborated" if len({m.article for m in members}) > 1 else "single_source"
        out.append(Finding(kind=kind, subject=f"{value:g}", members=members, earliest=members[0]))
    return out


def open_bench_store(path: str):  # type: ignore[no-untyped-def]
    from presslens.store import open_store

    try:
        from presslens import open_corpus

        return open_corpus(path)
    except ImportError:
        return open_store(path, findings_fn=simple_findings)


def serve(db: str, port: int) -> None:
    import uvicorn

    from presslens import default_pipeline
    from presslens.web.app import LOOPBACK_HOSTS, create_app

    default_pipeline()  # load models before the first request, as `presslens serve` does
    app = create_app(open_bench_store(db), token=TOKEN, allowed_hosts=list(LOOPBACK_HOSTS))
    uvicorn.run(app, host="127.0.0.1", port=port, log_level="warning")


def load(
    base: str, make_request, clients: int, count: int, seconds: float
) -> tuple[list[float], int]:  # type: ignore[no-untyped-def]
    """Run ``count`` requests (at most ``seconds``) over ``clients`` threads; latencies in s."""
    latencies: list[float] = []
    failures = 0
    lock = threading.Lock()
    issued = 0
    deadline = time.monotonic() + seconds

    def worker(k: int) -> None:
        nonlocal issued, failures
        with httpx.Client(base_url=base, timeout=120) as client:
            while True:
                with lock:
                    if issued >= count or time.monotonic() > deadline:
                        return
                    n = issued
                    issued += 1
                t0 = time.perf_counter()
                resp = make_request(client, n)
                took = time.perf_counter() - t0
                with lock:
                    if resp.status_code >= 400:
                        failures += 1
                    latencies.append(took)

    threads = [threading.Thread(target=worker, args=(k,)) for k in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return latencies, failures


def pct(values: list[float], q: float) -> float:
    if len(values) < 2:
        return values[0] if values else float("nan")
    return statistics.quantiles(values, n=100, method="inclusive")[int(q) - 1]


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", type=int, default=200)
    ap.add_argument("--clients", type=int, default=20)
    ap.add_argument("--requests", type=int, default=600, help="per page kind")
    ap.add_argument("--analyse-requests", type=int, default=40)
    ap.add_argument("--seconds", type=float, default=60, help="time bound per phase")
    ap.add_argument("--serve", metavar="DB", help=argparse.SUPPRESS)
    ap.add_argument("--port", type=int, default=0, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.serve:
        serve(args.serve, args.port)
        return 0

    tmp = tempfile.mkdtemp(prefix="presslens-web-bench-")
    db = os.path.join(tmp, "corpus.db")
    t0 = time.perf_counter()
    store = open_bench_store(db)
    store.add_many(synthetic_corpus(args.articles))
    article_ids = [r.id for r in store.articles(limit=args.articles)]
    story_ids = [s.id for s in store.stories(limit=1000) if s.size > 1] or [
        s.id for s in store.stories(limit=1000)
    ]
    for sid in story_ids:  # fill the findings cache, as a served corpus would have it
        store.findings(sid)
    store.close()
    print(f"corpus: {len(article_ids)} articles, {len(story_ids)} multi-article stories "
          f"({time.perf_counter() - t0:.1f} s)", file=sys.stderr)  # fmt: skip

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    import presslens

    src = str(Path(presslens.__file__).resolve().parent.parent)  # the same presslens here
    env = {**os.environ, "PYTHONPATH": src + os.pathsep + os.environ.get("PYTHONPATH", "")}
    server = subprocess.Popen(
        [sys.executable, __file__, "--serve", db, "--port", str(port)], env=env
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 180
        while True:
            try:
                if httpx.get(f"{base}/api/stories?limit=1", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline or server.poll() is not None:
                raise SystemExit("server did not start")
            time.sleep(0.3)

        words = EXAMPLE.read_text(encoding="utf-8").split(" ")
        article_1000 = " ".join((words * 3)[:1000])
        rows = []
        phases = [
            ("article page GET /articles/{id}, 1 client", 1, args.requests // 4,
             lambda c, n: c.get(f"/articles/{article_ids[n % len(article_ids)]}")),
            ("article page GET /articles/{id}", args.clients, args.requests,
             lambda c, n: c.get(f"/articles/{article_ids[n % len(article_ids)]}")),
            ("story page GET /stories/{id}", args.clients, args.requests,
             lambda c, n: c.get(f"/stories/{story_ids[n % len(story_ids)]}")),
            ("corpus search GET /corpus?q=...", args.clients, args.requests,
             lambda c, n: c.get("/corpus", params={"q": "threat"})),
            ("analyse 1,000 words, 1 client", 1, max(5, args.analyse_requests // 4),
             lambda c, n: c.post("/api/analyze", json={"text": article_1000})),
            (f"analyse 1,000 words, {args.clients} clients", args.clients, args.analyse_requests,
             lambda c, n: c.post("/api/analyze", json={"text": article_1000})),
        ]  # fmt: skip
        for name, clients, count, req in phases:
            with httpx.Client(base_url=base, timeout=120) as c:
                req(c, 0)  # warm-up
            t1 = time.perf_counter()
            lat, failures = load(base, req, clients, count, args.seconds)
            wall = time.perf_counter() - t1
            rps = len(lat) / wall
            rows.append((name, clients, len(lat), failures, pct(lat, 50), pct(lat, 95), rps))
        print("| what | clients | requests | errors | p50 ms | p95 ms | req/s |")
        print("|---|---:|---:|---:|---:|---:|---:|")
        for name, clients, n, failures, p50, p95, rps in rows:
            print(f"| {name} | {clients} | {n} | {failures} | {p50 * 1000:.0f} | "
                  f"{p95 * 1000:.0f} | {rps:.1f} |")  # fmt: skip
    finally:
        server.terminate()
        server.wait(timeout=30)
    return 0


if __name__ == "__main__":
    sys.exit(main())
