"""Train the shipped SI tagger recipe on cached frozen-encoder states; score dev.

Adapted from /tmp/s6/layers.py. Train = non-held-out, non-dev (282 articles);
dev = sha1 slice (39). Scores dev SI over the small decoding grid of layers.py.

usage: mpnet_tagger.py CACHE SEED[,SEED] TAG=L1,L2[@SEED] [TAG=L ...]
  CACHE: mpnet cache from mpnet_encode.py ({"layers", "states"}), or
         /tmp/ptc-states.pt (MiniLM shipped features; use TAG=ship)
  e.g.   mpnet_tagger.py /tmp/mpnet-states.pt 0 a=12,8 b=12 c=8,6
"""

import hashlib
import itertools
import pickle
import sys
import time
from pathlib import Path

import numpy as np
import torch

sys.path.insert(0, "/work/main/src")
torch.set_num_threads(2)
from presslens.techniques import train as T  # noqa: E402
from presslens.techniques.data import is_heldout, read_corpus  # noqa: E402
from presslens.techniques.metrics import si_score  # noqa: E402
from presslens.techniques.spans import decode_spans  # noqa: E402


def is_dev(a: str) -> bool:
    return (not is_heldout(a)) and int(hashlib.sha1(a.encode()).hexdigest()[:8], 16) % 100 < 27


arts = read_corpus(Path("/work/shared/datasets/ptc-train"))
CACHE, SEEDS, VARIANTS = sys.argv[1], [int(x) for x in sys.argv[2].split(",")], sys.argv[3:]
train_ids = [a for a in arts if not is_heldout(a) and not is_dev(a)]
dev_ids = [a for a in arts if is_dev(a)]
assert len(train_ids) == 282 and len(dev_ids) == 39, (len(train_ids), len(dev_ids))
raw = torch.load(CACHE, weights_only=False)
gold = {a: [(s_, e) for s_, e, _ in arts[a].spans] for a in dev_ids}


def score(probs, tokens):
    res = []
    for hi, lo, gap in itertools.product((0.4, 0.5, 0.6), (0.3, 0.4, 0.5), (25, 60)):
        if lo > hi:
            continue
        pred = {
            a: [
                (x, y)
                for x, y, _ in decode_spans(
                    arts[a].text,
                    tokens[a],
                    probs[a],
                    threshold=hi,
                    gap=gap,
                    min_chars=5,
                    low=lo,
                    stop=".!?\n",
                )
            ]
            for a in dev_ids
        }
        sc = si_score(pred, gold)
        res.append(
            (round(sc.f1, 4), round(sc.precision, 3), round(sc.recall, 3), sc.n_pred, hi, lo, gap)
        )
    res.sort(reverse=True)
    return res


for var, seed0 in itertools.product(VARIANTS, SEEDS):
    var, _, vseed = var.partition("@")  # TAG=LAYERS@SEED overrides the seed list
    if vseed and seed0 != SEEDS[0]:
        continue
    SEED = int(vseed) if vseed else seed0
    tag, _, spec = var.partition("=")
    t0 = time.time()
    if "layers" in raw:
        cols = [raw["layers"].index(int(x)) for x in spec.split(",")]
        st_ = raw["states"]
        enc = {
            a: (st_[a][0], st_[a][1][:, cols].reshape(len(st_[a][1]), -1))
            for a in train_ids + dev_ids
        }
    else:  # MiniLM training cache: (n, 768) = top + layer 4
        enc = {a: raw[a] for a in train_ids + dev_ids}
    s = T.TrainSettings()
    s.seed = SEED
    tg = T.train_tagger(arts, enc, train_ids, s, lambda m: None)
    probs = {}
    with torch.no_grad():
        for a in dev_ids:
            probs[a] = (
                tg(torch.from_numpy(enc[a][1].astype(np.float32))[None])[0]
                .softmax(-1)[:, 1]
                .numpy()
            )
    with open(f"/tmp/mpnet-probs_{tag}_s{SEED}.pkl", "wb") as f:
        pickle.dump(probs, f)
    torch.save(tg.state_dict(), f"/tmp/mpnet-tagger_{tag}_s{SEED}.pt")
    res = score(probs, {a: enc[a][0] for a in dev_ids})
    ship = [r for r in res if r[4:] == (0.5, 0.5, 60)]
    print(
        f"{tag} layers={spec} dim={enc[dev_ids[0]][1].shape[1]} seed={SEED} "
        f"shipped(F1,P,R,n): {ship} best: {res[:2]} ({time.time() - t0:.0f} s)",
        flush=True,
    )
