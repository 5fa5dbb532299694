"""Speed of the techniques stage: ``analyze`` of a 1,000-word article, model loaded.

Usage: ``PYTHONPATH=src python benchmarks/techniques.py [--threads 2] [--runs 5]``

The article is the bundled reference article, repeated and cut to 1,000
words. Prints the load time, then the median of ``--runs`` timed runs of
(a) the techniques model alone and (b) ``analyze`` with parse + techniques.
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "000_7c3a48e42e6547a2.txt"


def thousand_words() -> str:
    words = EXAMPLE.read_text(encoding="utf-8").split()
    while len(words) < 1000:
        words = words + words
    return " ".join(words[:1000])


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()

    import torch

    torch.set_num_threads(args.threads)
    import presslens
    from presslens.techniques.model import load_model

    text = thousand_words()
    t0 = time.perf_counter()
    model = load_model()
    pipeline = presslens.load_pipeline(["presslens.parse.v1", "presslens.techniques.v1"])
    print(f"load: {time.perf_counter() - t0:.2f} s (threads={args.threads})")

    def timed(fn) -> float:  # type: ignore[no-untyped-def]
        fn()  # warm-up
        times = []
        for _ in range(args.runs):
            t = time.perf_counter()
            fn()
            times.append(time.perf_counter() - t)
        return statistics.median(times)

    def model_only() -> None:
        model.forget()  # no cached encoding
        model.find(text)

    doc = presslens.analyze(text, pipeline=pipeline)
    print(f"article: {len(text.split())} words, {len(doc.techniques)} technique spans")
    print(f"techniques model alone: {timed(model_only):.3f} s median of {args.runs}")
    parse_only = presslens.load_pipeline(["presslens.parse.v1"])
    t = timed(lambda: presslens.analyze(text, pipeline=parse_only))
    print(f"analyze (parse only): {t:.3f} s median of {args.runs}")
    t = timed(lambda: (model.forget(), presslens.analyze(text, pipeline=pipeline)))
    print(f"analyze (parse + techniques): {t:.3f} s median of {args.runs}")


if __name__ == "__main__":
    main()
