"""``presslens batch --db`` into SQLite and into PostgreSQL, side by side (issue 14, item 5):
the store's write rate (store, story grouping and the MiniLM embedding of each headline and
lead, all on the driver) and the database size per article::

    python benchmarks/batch_store.py --n 2000 --postgres postgresql://me@/bench?host=/tmp/pg

No analysis stage runs (``--stages none``), so what is timed is the driver's side of an
ingest; records are generated (about 4.5 kB of text each, 3 articles per event, dates over
January). Without --postgres only SQLite is measured. The PostgreSQL database should be
new and empty.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import machine
from batch_memory import WORDS


def generate(path: Path, n: int, words: int = 600) -> None:
    """n distinct articles, three per event: the event's own words in the headline and
    lead, then filler."""
    with path.open("w") as fh:
        for i in range(n):
            event = i // 3
            lead = (f"Record {i}. The harbour{event} council of town{event} met on "
                    f"item{event} of the plan{event}, officials of agency{event} said. ")
            filler = " ".join(WORDS[(i * 7 + k * 3) % len(WORDS)] for k in range(words))
            fh.write(json.dumps({"id": f"r{i}", "title": f"Council{event} votes on plan{event}",
                                 "text": lead + filler, "outlet": f"outlet{i % 3}",
                                 "published": f"2024-01-{1 + event % 28:02d}"}) + "\n")


def ingest(src: Path, db: str, chunk_size: int) -> float:
    cmd = [sys.executable, "-c", "from presslens.cli import main; main()", "batch", str(src),
           "--db", db, "--engine", "serial", "--stages", "none",
           "--chunk-size", str(chunk_size), "-q"]
    t0 = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - t0


def postgres_size(url: str) -> int:
    import psycopg

    with psycopg.connect(url) as conn:
        row = conn.execute("SELECT pg_database_size(current_database())").fetchone()
    return int(row[0]) if row else 0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=2000)
    parser.add_argument("--chunk-size", type=int, default=50)
    parser.add_argument("--postgres", metavar="URL", help="An empty PostgreSQL database.")
    args = parser.parse_args()
    print(f"machine: {machine()}")
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "in.jsonl"
        generate(src, args.n)
        targets = [("sqlite", str(Path(tmp) / "c.db"))]
        if args.postgres:
            targets.append(("postgresql", args.postgres))
        for name, db in targets:
            seconds = ingest(src, db, args.chunk_size)
            again = ingest(src, db, args.chunk_size)
            if name == "sqlite":
                size = sum(p.stat().st_size for p in Path(tmp).glob("c.db*"))
            else:
                size = postgres_size(db)
            print(f"{name:<10} {args.n:,} articles: {seconds:6.1f} s "
                  f"({args.n / seconds:5.1f} articles/s); rerun, all duplicates: {again:5.1f} s; "
                  f"database {size / 2**20:,.0f} MiB ({size / args.n / 1024:.1f} kB/article)",
                  flush=True)


if __name__ == "__main__":
    main()
