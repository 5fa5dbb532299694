"""Ingest and story grouping at scale: throughput and peak memory.

Two measurements (see BENCHMARKS.md, "Store and stories"):

* full pipeline, a few hundred articles: read -> analyse (default pipeline) -> store
  -> group; ``--save-analyzed FILE`` keeps the analysed documents::

      python benchmarks/ingest.py --data /work/shared/datasets/polnear --n 300 \\
          --pipeline default --save-analyzed /tmp/polnear-analyzed.jsonl

* store + grouping only, 10,000 articles: the PolNeAR articles (pre-analysed ones
  from ``--analyzed FILE`` when given, raw otherwise) repeated with new ids, a copy
  marker appended to the text and a URL suffix (so dedupe keeps them apart), and
  dates shifted by 371 days per copy (so each week holds PolNeAR's real density)::

      python benchmarks/ingest.py --data /work/shared/datasets/polnear --n 10000 \\
          --analyzed /tmp/polnear-analyzed.jsonl

Exits 2 with a message when the data folder is missing.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import peak_rss_mib
from polnear_data import load_polnear

from presslens.model import Document
from presslens.store import ArticleFilter
from presslens.store.sqlite import SQLiteStore


def replicate(templates: list[Document], n: int) -> Iterator[Document]:
    """n documents: the templates, then copies with new ids, text, URLs and dates."""
    for i in range(n):
        copy, k = divmod(i, len(templates))
        doc = templates[k]
        if copy == 0:
            yield doc.model_copy(deep=True)
            continue
        clone = doc.model_copy(deep=True)
        clone.id = f"{doc.id}#copy{copy}"
        clone.text = doc.text + f"\n\n[benchmark copy {copy}]"
        clone.meta.url = None if doc.meta.url is None else f"{doc.meta.url}?copy={copy}"
        if doc.meta.published is not None:
            clone.meta.published = doc.meta.published + dt.timedelta(days=371 * copy)
        yield clone


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=Path("/work/shared/datasets/polnear"))
    ap.add_argument("--n", type=int, default=10_000)
    ap.add_argument("--db", type=Path, default=None, help="default: a temporary file")
    ap.add_argument("--batch-size", type=int, default=50)
    ap.add_argument("--pipeline", choices=["none", "default"], default="none")
    ap.add_argument("--analyzed", type=Path, default=None, help="JSONL of analysed documents")
    ap.add_argument("--save-analyzed", type=Path, default=None)
    args = ap.parse_args()

    t0 = time.perf_counter()
    if args.analyzed is not None:
        if not args.analyzed.is_file():
            print(
                f"error: {args.analyzed} not found; make it with --save-analyzed",
                file=sys.stderr,
            )
            return 2
        with args.analyzed.open(encoding="utf-8") as fh:
            templates = [Document.from_json(line) for line in fh if line.strip()]
    else:
        templates = load_polnear(args.data)
    read_s = time.perf_counter() - t0
    docs = list(replicate(templates, args.n))
    rss_before = peak_rss_mib()

    analyse_s = 0.0
    if args.pipeline == "default":
        from presslens import analyze_documents
        from presslens.analysis import default_pipeline

        t = time.perf_counter()
        pipe = default_pipeline()
        load_s = time.perf_counter() - t
        t = time.perf_counter()
        analysed = []
        for doc in analyze_documents(docs, pipe):
            doc._parse = None
            analysed.append(doc)
        docs = analysed
        analyse_s = time.perf_counter() - t
        print(f"models loaded in {load_s:.1f}s; analysed {len(docs)} in {analyse_s:.1f}s "
              f"({len(docs) / analyse_s:.1f} articles/s)")
        if args.save_analyzed:
            with args.save_analyzed.open("w", encoding="utf-8") as fh:
                for doc in docs:
                    fh.write(doc.to_json() + "\n")

    tmp = None
    if args.db is None:
        tmp = tempfile.TemporaryDirectory()
        db_path = Path(tmp.name) / "bench.db"
    else:
        db_path = args.db
    store = SQLiteStore(str(db_path))
    t = time.perf_counter()
    result = store.add_many(docs, batch_size=args.batch_size)
    store_s = time.perf_counter() - t
    comparisons = store._index.comparisons if store._index is not None else 0
    t = time.perf_counter()
    again = store.add_many(docs, batch_size=args.batch_size)
    rerun_s = time.perf_counter() - t
    stats = store.stats()
    t = time.perf_counter()
    stories = store.stories(limit=100)
    list_s = time.perf_counter() - t
    t = time.perf_counter()
    hits = store.count_articles(ArticleFilter(query="debate poll"))
    search_s = time.perf_counter() - t
    store.close()
    size_mib = sum(
        p.stat().st_size for p in db_path.parent.glob(db_path.name + "*")
    ) / 2**20
    multi = sum(1 for s in stories if s.size > 1)
    n = len(docs)
    report = {
        "articles": n,
        "added": len(result.added),
        "duplicates_on_rerun": len(again.duplicates),
        "stories": stats.stories,
        "similarity_comparisons": comparisons,
        "all_pairs": n * (n - 1) // 2,
        "read_s": round(read_s, 2),
        "analyse_s": round(analyse_s, 1),
        "store_and_group_s": round(store_s, 1),
        "store_and_group_articles_per_s": round(n / store_s, 1),
        "end_to_end_articles_per_s": round(n / (analyse_s + store_s), 1),
        "rerun_all_duplicates_s": round(rerun_s, 1),
        "list_100_stories_s": round(list_s, 3),
        "fts_count_s": round(search_s, 3),
        "fts_hits": hits,
        "multi_article_stories_in_top100": multi,
        "db_mib": round(size_mib, 1),
        "peak_rss_mib_before_ingest": round(rss_before, 1),
        "peak_rss_mib": round(peak_rss_mib(), 1),
        "cpu": os.cpu_count(),
    }
    print(json.dumps(report, indent=2))
    if tmp is not None:
        tmp.cleanup()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
