"""The span tagger's data curve (issue 13): SI F1 on the development slice of the frozen
encoder's tagger trained on a fixed share of the 282 training articles (outside the slice
and the held-out split), for two seeds, decoded as shipped.

    python benchmarks/experiments/si_data_curve.py --data ../shared/datasets/ptc-train \\
        --states /tmp/tech/states-all.pt 85,100

``--states`` is the encoder-state cache of `presslens techniques train --cache` (encoded
when missing). A trusted pickle: load only your own.
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

sys.path.insert(0, str(Path(__file__).resolve().parent))
from tc_features import bucket  # the same fixed shares as the TC curve


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, required=True, help="the PTC training corpus")
    ap.add_argument("--states", type=Path, required=True, help="encoder-state cache file")
    ap.add_argument("shares", help="comma-separated percentages of the training articles")
    args = ap.parse_args()
    if not (args.data / "articles").is_dir():
        sys.exit(f"error: {args.data} has no articles/ folder; pass the PTC training corpus "
                 "(ptc-train)")
    torch.set_num_threads(2)
    arts = read_corpus(args.data)
    enc = encode_corpus(arts, lambda m: print(m, file=sys.stderr), args.states)
    pool = [a for a in arts if not is_heldout(a) and not is_dev(a)]
    dev = [a for a in arts if is_dev(a)]
    st = TrainSettings()
    for share in map(int, args.shares.split(",")):
        ids = [a for a in pool if bucket(a, "x") < share]
        for seed in (0, 1):
            st.seed = seed
            tagger = train_tagger(arts, enc, ids, st, lambda _: None)
            pred, gold = {}, {}
            for a in dev:
                tokens, states = enc[a]
                with torch.no_grad():
                    logits = tagger(torch.from_numpy(states.astype(np.float32))[None])[0]
                probs = logits.softmax(-1)[:, 1].numpy()
                pred[a] = [(s, e) for s, e, _ in decode_spans(arts[a].text, tokens, probs,
                                                              **st.decode)]
                gold[a] = [(s, e) for s, e, _ in arts[a].spans]
            print(f"{share}% ({len(ids)} articles), seed {seed}: SI F1 "
                  f"{si_score(pred, gold).f1:.4f}", flush=True)


if __name__ == "__main__":
    main()
