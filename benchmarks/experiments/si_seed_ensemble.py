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
import torch

from presslens.techniques.data import is_dev, is_heldout, read_corpus
from presslens.techniques.metrics import si_score
from presslens.techniques.spans import decode_spans
from presslens.techniques.train import TrainSettings, encode_corpus, train_tagger


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, required=True, help="the PTC training corpus")
    ap.add_argument("--states", type=Path, required=True, help="encoder-state cache file")
    ap.add_argument("--seeds", type=int, default=3, help="how many taggers")
    args = ap.parse_args()
    if not (args.data / "articles").is_dir():
        sys.exit(f"error: {args.data} has no articles/ folder; pass the PTC training corpus "
                 "(ptc-train)")
    torch.set_num_threads(2)
    arts = read_corpus(args.data)
    enc = encode_corpus(arts, lambda m: print(m, file=sys.stderr), args.states)
    pool = [a for a in arts if not is_heldout(a) and not is_dev(a)]
    dev = [a for a in arts if is_dev(a)]
    gold = {a: [(s, e) for s, e, _ in arts[a].spans] for a in dev}
    st = TrainSettings()

    def f1(probs: dict[str, np.ndarray]) -> float:
        pred = {a: [(s, e) for s, e, _ in decode_spans(arts[a].text, enc[a][0], probs[a],
                                                        **st.decode)] for a in dev}
        return si_score(pred, gold).f1

    runs: dict[str, list[np.ndarray]] = {a: [] for a in dev}
    for seed in range(args.seeds):
        st.seed = seed
        tagger = train_tagger(arts, enc, pool, st, lambda _: None)
        for a in dev:
            with torch.no_grad():
                logits = tagger(torch.from_numpy(enc[a][1].astype(np.float32))[None])[0]
            runs[a].append(logits.softmax(-1)[:, 1].numpy())
        print(f"seed {seed}: SI F1 {f1({a: runs[a][-1] for a in dev}):.4f}; mean of "
              f"{seed + 1}: {f1({a: np.mean(runs[a], 0) for a in dev}):.4f}", flush=True)


if __name__ == "__main__":
    main()
