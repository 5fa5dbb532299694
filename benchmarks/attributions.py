"""Benchmark the attribution stage: time added per 1,000-word article, and PolNeAR dev scores.

Usage::

    PYTHONPATH=src python benchmarks/attributions.py [--polnear DIR] [--runs N]

Time: the reference article repeated to about 1,000 words is parsed (and its
entities found) once, then the attribution stage (quotes, reported speech,
speakers, venues) runs ``N`` times on the parsed document; the median is
reported next to the parse time.
Scores: ``presslens attributions eval`` on ``DIR`` (default: PolNeAR dev in
``../shared``, skipped when absent).
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

import torch

from presslens.attribution.corpus import evaluate
from presslens.model import Document
from presslens.stages.attributions import AttributionStage
from presslens.stages.entities import EntityStage
from presslens.stages.parse import ParseStage

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "000_7c3a48e42e6547a2.txt"
POLNEAR_DEV = ROOT.parent / "shared" / "datasets" / "polnear" / "dev"


def thousand_words() -> str:
    base = EXAMPLE.read_text(encoding="utf-8")
    parts: list[str] = []
    while sum(len(p.split()) for p in parts) < 1000:
        parts.append(base)
    words = "\n".join(parts).split(" ")
    return " ".join(words[:1000])


def time_stage(runs: int) -> tuple[float, float, int]:
    text = thousand_words()
    parse = ParseStage()
    parse.predict([Document(text="Warm up.")])
    doc = Document(text=text)
    t0 = time.perf_counter()
    parse.set_annotations([doc], parse.predict([doc]))
    parse_s = time.perf_counter() - t0
    entities = EntityStage()
    entities.set_annotations([doc], entities.predict([doc]))
    stage = AttributionStage()
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        stage.set_annotations([doc], stage.predict([doc]))
        times.append(time.perf_counter() - t0)
    return parse_s, statistics.median(times), len(doc.attributions)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--polnear", type=Path, default=POLNEAR_DEV)
    ap.add_argument("--runs", type=int, default=20)
    args = ap.parse_args()
    torch.set_num_threads(2)
    parse_s, attr_s, n = time_stage(args.runs)
    print(
        f"1,000-word article: parse {parse_s:.3f} s; attributions {attr_s * 1000:.1f} ms "
        f"(median of {args.runs}, {n} attributions)"
    )
    if args.polnear.is_dir():
        t0 = time.perf_counter()
        s = evaluate(args.polnear).as_dict()
        print(f"PolNeAR {args.polnear.name}: {s} ({time.perf_counter() - t0:.0f} s)")
    else:
        print(f"PolNeAR scores skipped: {args.polnear} not found")


if __name__ == "__main__":
    main()
