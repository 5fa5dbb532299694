"""Throughput and peak memory of ``presslens.analyze``, and the CLI's cold start.

    python benchmarks/analyze.py --data ../shared/datasets/polnear --n 300 [--skip STAGE]

Reads up to N ``.txt`` articles under --data (recursively), analyses them with
the models loaded once, and prints articles per second, words per second and
peak memory; then times ``presslens --version`` and ``presslens analyze`` on the
bundled example in fresh processes (median of --runs).
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

from _common import machine, peak_rss_mib, require_path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "000_7c3a48e42e6547a2.txt"


def throughput(paths: list[Path], skip: list[str]) -> dict[str, float]:
    import presslens
    from presslens.reading import read_path

    t0 = time.perf_counter()
    pipeline = presslens.load_pipeline(exclude=skip)
    load_s = time.perf_counter() - t0
    docs = [d for p in paths for d in read_path(p)]
    words = sum(len(d.text.split()) for d in docs)
    t0 = time.perf_counter()
    n = sum(1 for _ in presslens.analyze_documents(docs, pipeline=pipeline))
    elapsed = time.perf_counter() - t0
    return {
        "articles": n,
        "words": words,
        "load_s": load_s,
        "seconds": elapsed,
        "articles_per_s": n / elapsed,
        "words_per_s": words / elapsed,
        "ms_per_1000_words": 1000 * elapsed / (words / 1000),
        "peak_rss_mib": peak_rss_mib(),
    }


def cold_start(runs: int) -> dict[str, float]:
    exe = Path(sys.executable).parent / "presslens"
    out = {}
    for label, args in (
        ("version_s", [str(exe), "--version"]),
        (
            "analyze_example_s",
            [str(exe), "analyze", str(EXAMPLE), "--format", "json", "-o", "/dev/null"],
        ),
    ):
        times = []
        for _ in range(runs):
            t0 = time.perf_counter()
            subprocess.run(args, check=True, capture_output=True)
            times.append(time.perf_counter() - t0)
        out[label] = statistics.median(times)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--data", default="../shared/datasets/polnear")
    ap.add_argument("--n", type=int, default=300)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--skip", action="append", default=[], metavar="STAGE")
    args = ap.parse_args()
    data = require_path(args.data, "article folder")
    paths = sorted(data.rglob("*.txt"))[: args.n]
    if not paths:
        print(f"error: no .txt files under {data}", file=sys.stderr)
        sys.exit(2)
    print(f"machine: {machine()}")
    res = throughput(paths, args.skip)
    print(
        f"analyze: {res['articles']} articles, {res['words']} words in {res['seconds']:.1f} s "
        f"-> {res['articles_per_s']:.2f} articles/s, {res['words_per_s']:.0f} words/s, "
        f"{res['ms_per_1000_words']:.0f} ms per 1,000 words; "
        f"models loaded in {res['load_s']:.1f} s; "
        f"peak RSS {res['peak_rss_mib']:.0f} MiB"
    )
    cs = cold_start(args.runs)
    print(
        f"cold start (median of {args.runs}): presslens --version {cs['version_s']:.2f} s, "
        f"presslens analyze example {cs['analyze_example_s']:.2f} s"
    )


if __name__ == "__main__":
    main()
