"""Span tagger seed ensemble (issue 13): SI F1 on the development slice of frozen-encoder
taggers trained with seeds 0, 1, 2 on the 282 training articles (outside the slice and the
held-out split), alone and with their token probabilities averaged, decoded as shipped.

    python benchmarks/experiments/si_seed_ensemble.py --data ../shared/datasets/ptc-train \\
        --states /tmp/tech/states-all.pt          # ~4 min with the cache

``--states`` is the encoder-state cache of `presslens techniques train --cache` (encoded
when missing). A trusted pickle: load only your own. Result of 2026-12-05: single taggers
0.432 / 0.435 / 0.427, the mean of three 0.437 (+0.006): not pursued.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

from presslens.techniques.train import TrainSettings, train_tagger

sys.path.insert(0, str(Path(__file__).resolve().parent))
from si_data_curve import si_f1, span_probabilities, tagger_data


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, required=True, help="the PTC training corpus")
    ap.add_argument("--states", type=Path, required=True, help="encoder-state cache file")
    ap.add_argument("--seeds", type=int, default=3, help="how many taggers")
    args = ap.parse_args()
    arts, enc, pool, dev = tagger_data(args.data, args.states)
    st = TrainSettings()
    runs: dict[str, list[np.ndarray]] = {a: [] for a in dev}
    for seed in range(args.seeds):
        st.seed = seed
        tagger = train_tagger(arts, enc, pool, st, lambda _: None)
        for a, p in span_probabilities(tagger, enc, dev).items():
            runs[a].append(p)
        alone = si_f1(arts, enc, {a: runs[a][-1] for a in dev}, st.decode)
        mean = si_f1(arts, enc, {a: np.mean(runs[a], 0) for a in dev}, st.decode)
        print(f"seed {seed}: SI F1 {alone:.4f}; mean of {seed + 1}: {mean:.4f}", flush=True)


if __name__ == "__main__":
    main()
