"""Batch throughput of the full default pipeline, in one run: where the time goes per
stage, articles/s with the serial engine, 1 Dask worker and 2 Dask workers (and the
ratio 2 / 1), each worker's peak RSS, and throughput by chunk size (issue 14, item 5)::

    python benchmarks/batch_throughput.py --data ../shared/datasets/polnear --n 40 \\
        --chunk-sizes 2 4 8

Takes the first N PolNeAR ``.txt`` articles (sorted by path), writes them as one JSONL,
and runs :func:`presslens.batch.run_batch` on it with each engine in this process
(the driver). Every timing includes loading the models once per process (serial: this
process; Dask: each worker), as a real batch does. Exits 2 when --data is missing.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import machine, peak_rss_mib, require_path

from presslens.batch import DaskEngine, SerialEngine, run_batch
from presslens.batch.run import Inputs, chunk_pipeline
from presslens.reading import read_path


def _worker_peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def stage_times(src: Path, chunk_size: int) -> tuple[dict[str, float], float, int]:
    """Serial run, with each stage's predict + set_annotations timed."""
    pipeline = chunk_pipeline(None, ())
    spent: dict[str, float] = defaultdict(float)
    for stage in pipeline.stages:
        for method in ("predict", "set_annotations"):
            original = getattr(stage, method)

            def timed(*args, _original=original, _name=stage.name):  # type: ignore[no-untyped-def]
                t0 = time.perf_counter()
                try:
                    return _original(*args)
                finally:
                    spent[_name] += time.perf_counter() - t0

            setattr(stage, method, timed)
    with tempfile.TemporaryDirectory() as tmp:
        result = run_batch(Inputs([str(src)]), Path(tmp) / "out.jsonl", SerialEngine(),
                           chunk_size=chunk_size)
    return dict(spent), result.seconds, result.articles


def dask_run(src: Path, workers: int, chunk_size: int) -> tuple[float, list[float]]:
    with DaskEngine(workers=workers) as engine, tempfile.TemporaryDirectory() as tmp:
        result = run_batch(Inputs([str(src)]), Path(tmp) / "out.jsonl", engine,
                           chunk_size=chunk_size)
        peaks = sorted(engine._client.run(_worker_peak_mib).values())
    return result.articles_per_second, peaks


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default="../shared/datasets/polnear")
    parser.add_argument("--n", type=int, default=40)
    parser.add_argument("--chunk-size", type=int, default=4, help="For serial, 1 and 2 workers.")
    parser.add_argument("--chunk-sizes", type=int, nargs="*", default=[2, 8],
                        help="Other chunk sizes to try with 2 workers.")
    args = parser.parse_args()
    paths = sorted(require_path(args.data, "PolNeAR").rglob("*.txt"))[: args.n]
    docs = [d for p in paths for d in read_path(p)]
    words = sum(len(d.text.split()) for d in docs)
    print(f"machine: {machine()}")
    print(f"{len(docs)} PolNeAR articles, {words / len(docs):.0f} words on average")
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "in.jsonl"
        src.write_text("".join(json.dumps({"id": f"a{i}", "text": d.text}) + "\n"
                               for i, d in enumerate(docs)))
        spent, seconds, n = stage_times(src, args.chunk_size)
        print(f"serial, chunk {args.chunk_size}: {n / seconds:.2f} articles/s "
              f"({seconds:.1f} s, models loaded in-run), peak RSS {peak_rss_mib():.0f} MiB")
        total = sum(spent.values())
        for name, s in sorted(spent.items(), key=lambda kv: -kv[1]):
            print(f"  {name:<28} {1000 * s / n:7.0f} ms/article  {100 * s / total:4.1f}%")
        rates = {}
        for workers in (1, 2):
            rate, peaks = dask_run(src, workers, args.chunk_size)
            rates[workers] = rate
            shown = ", ".join(f"{p:.0f}" for p in peaks)
            print(f"dask {workers} worker(s), chunk {args.chunk_size}: {rate:.2f} articles/s, "
                  f"worker peak RSS {shown} MiB", flush=True)
        print(f"ratio 2 workers / 1 worker: {rates[2] / rates[1]:.2f}")
        for size in args.chunk_sizes:
            rate, _ = dask_run(src, 2, size)
            print(f"dask 2 workers, chunk {size}: {rate:.2f} articles/s", flush=True)


if __name__ == "__main__":
    main()
