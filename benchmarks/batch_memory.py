"""Driver memory of a streaming batch: flat however large the input (issue 14, item 1).

Generates JSONL inputs of 1,000 and 100,000 records (about 4.5 kB each, the size of
a 700-word article) and runs ``presslens batch`` on each, in its own process, with no
analysis stage (``--stages none``: the records still cross to the workers as JSON,
are validated, and come back; the cheapest honest run, so the driver's own memory is
what is measured). Reports the driver's peak RSS (``getrusage(RUSAGE_SELF)`` at exit:
with Dask, the driver process holds the client and the LocalCluster scheduler, not
the workers) and the ratio large / small, which must be at most 1.5::

    python benchmarks/batch_memory.py                       # serial and dask, 1k and 100k
    python benchmarks/batch_memory.py --engines serial --sizes 1000 10000

Writes its inputs and outputs under a temporary folder and removes them.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import machine

WORDS = (
    "council harbour river flood wall budget engineers homes vote plan minister said "
    "police report city people year government million week officials told reporters"
).split()

DRIVER = (
    "import atexit, resource, sys\n"
    "out = sys.argv.pop(1)\n"
    "atexit.register(lambda: open(out, 'w').write("
    "str(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)))\n"
    "from presslens.cli import main\n"
    "main()\n"
)


def generate(path: Path, n: int, words: int = 700) -> None:
    with path.open("w") as fh:
        for i in range(n):
            body = " ".join(WORDS[(i * 7 + k * 3) % len(WORDS)] for k in range(words))
            fh.write(json.dumps({"id": f"r{i}", "title": f"Record {i}", "text": body,
                                 "outlet": f"outlet{i % 9}",
                                 "published": f"2024-01-{1 + i % 28:02d}"}) + "\n")


def run(src: Path, out: Path, engine: str, chunk_size: int) -> tuple[float, float]:
    rss_file = out.with_suffix(".rss")
    cmd = [sys.executable, "-c", DRIVER, str(rss_file), "batch", str(src), "-o", str(out),
           "--engine", engine, "--workers", "1", "--stages", "none",
           "--chunk-size", str(chunk_size), "-q"]
    t0 = time.perf_counter()
    subprocess.run(cmd, check=True)
    elapsed = time.perf_counter() - t0
    return int(rss_file.read_text()) / 1024, elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1_000, 100_000])
    parser.add_argument("--engines", nargs="+", default=["serial", "dask"])
    parser.add_argument("--chunk-size", type=int, default=16)
    args = parser.parse_args()
    root = Path(tempfile.mkdtemp(prefix="presslens-batch-memory-"))
    print(f"machine: {machine()}")
    try:
        inputs = {}
        for n in args.sizes:
            inputs[n] = root / f"in-{n}.jsonl"
            generate(inputs[n], n)
            print(f"{n:>9,} records: {inputs[n].stat().st_size / 2**20:,.0f} MiB of JSONL")
        for engine in args.engines:
            peaks = []
            for n in args.sizes:
                out = root / f"out-{engine}-{n}.jsonl"
                peak, elapsed = run(inputs[n], out, engine, args.chunk_size)
                lines = sum(1 for _ in out.open())
                assert lines == n, f"{out}: {lines} lines, expected {n}"
                out.unlink()
                peaks.append(peak)
                print(f"{engine:>6} {n:>9,} records: driver peak RSS {peak:6.0f} MiB, "
                      f"{elapsed:6.1f} s ({n / elapsed:,.0f} records/s)", flush=True)
            print(f"{engine:>6} ratio {args.sizes[-1]:,} / {args.sizes[0]:,}: "
                  f"{peaks[-1] / peaks[0]:.2f}", flush=True)
    finally:
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
