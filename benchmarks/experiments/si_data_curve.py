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
from typing import Any

import numpy as np
import torch

from presslens.techniques.data import is_dev, is_heldout, read_corpus
from presslens.techniques.metrics import si_score
from presslens.techniques.spans import decode_spans
from presslens.techniques.train import TrainSettings, encode_corpus, train_tagger

sys.path.insert(0, str(Path(__file__).resolve().parent))
from tc_features import bucket  # the same fixed shares as the TC curve


def tagger_data(data: Path, states: Path) -> tuple[dict[str, Any], dict[str, Any], list[str],
                                                   list[str]]:
    """The training corpus at ``data``, its encoder states (cached at ``states``), the
    articles outside the development slice and the held-out split, and the slice; exits
    with one error line when ``data`` is no PTC training corpus."""
    if not (data / "articles").is_dir():
        sys.exit(f"error: {data} has no articles/ folder; pass the PTC training corpus "
                 "(ptc-train)")
    torch.set_num_threads(2)
    arts = read_corpus(data)
    enc = encode_corpus(arts, lambda m: print(m, file=sys.stderr), states)
    pool = [a for a in arts if not is_heldout(a) and not is_dev(a)]
    dev = [a for a in arts if is_dev(a)]
    return arts, enc, pool, dev


def span_probabilities(tagger: Any, enc: dict[str, Any], ids: list[str]) -> dict[str, Any]:
    """Each article's per-token span probabilities from ``tagger``."""
    out = {}
    for a in ids:
        with torch.no_grad():
            logits = tagger(torch.from_numpy(enc[a][1].astype(np.float32))[None])[0]
        out[a] = logits.softmax(-1)[:, 1].numpy()
    return out


def si_f1(arts: dict[str, Any], enc: dict[str, Any], probs: dict[str, Any],
          decode: dict[str, Any]) -> float:
    """SI F1 of the spans ``probs`` decode to, as shipped, against the gold spans."""
    pred = {a: [(s, e) for s, e, _ in decode_spans(arts[a].text, enc[a][0], p, **decode)]
            for a, p in probs.items()}
    gold = {a: [(s, e) for s, e, _ in arts[a].spans] for a in probs}
    return si_score(pred, gold).f1


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, required=True, help="the PTC training corpus")
    ap.add_argument("--states", type=Path, required=True, help="encoder-state cache file")
    ap.add_argument("shares", help="comma-separated percentages of the training articles")
    args = ap.parse_args()
    arts, enc, pool, dev = tagger_data(args.data, args.states)
    st = TrainSettings()
    for share in map(int, args.shares.split(",")):
        ids = [a for a in pool if bucket(a, "x") < share]
        for seed in (0, 1):
            st.seed = seed
            tagger = train_tagger(arts, enc, ids, st, lambda _: None)
            f1 = si_f1(arts, enc, span_probabilities(tagger, enc, dev), st.decode)
            print(f"{share}% ({len(ids)} articles), seed {seed}: SI F1 {f1:.4f}", flush=True)


if __name__ == "__main__":
    main()
