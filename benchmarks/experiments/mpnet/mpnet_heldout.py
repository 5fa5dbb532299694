"""Train the shipped tagger recipe on ALL 321 non-held-out articles (mpnet states,
fp32-encoded cache) and score the 50 held-out articles ONCE at the shipped decoding.

usage: mpnet_heldout.py TRAIN_CACHE HELDOUT_CACHE L1,L2 [SEED]
"""

import sys
from pathlib import Path

import numpy as np
import torch

sys.path.insert(0, "/work/main/src")
torch.set_num_threads(2)
from presslens.techniques import train as T  # noqa: E402
from presslens.techniques.data import is_heldout, read_corpus  # noqa: E402
from presslens.techniques.metrics import si_score  # noqa: E402
from presslens.techniques.spans import decode_spans  # noqa: E402

arts = read_corpus(Path("/work/shared/datasets/ptc-train"))
train_ids = [a for a in arts if not is_heldout(a)]
held_ids = [a for a in arts if is_heldout(a)]
assert len(train_ids) == 321 and len(held_ids) == 50
spec = [int(x) for x in sys.argv[3].split(",")]
seed = int(sys.argv[4]) if len(sys.argv) > 4 else 0


def feats(path, ids):
    raw = torch.load(path, weights_only=False)
    cols = [raw["layers"].index(L) for L in spec]
    return {
        a: (raw["states"][a][0], raw["states"][a][1][:, cols].reshape(len(raw["states"][a][1]), -1))
        for a in ids
    }


enc = feats(sys.argv[1], train_ids)
s = T.TrainSettings()
s.seed = seed
tg = T.train_tagger(arts, enc, train_ids, s, print)
del enc
held = feats(sys.argv[2], held_ids)
d = s.decode
pred = {}
with torch.no_grad():
    for a in held_ids:
        p = tg(torch.from_numpy(held[a][1].astype(np.float32))[None])[0].softmax(-1)[:, 1].numpy()
        pred[a] = [(x, y) for x, y, _ in decode_spans(arts[a].text, held[a][0], p, **d)]
gold = {a: [(x, y) for x, y, _ in arts[a].spans] for a in held_ids}
sc = si_score(pred, gold)
print(
    f"HELD-OUT SI layers={spec} seed={seed} decode={d}: F1 {sc.f1:.4f} P {sc.precision:.3f} "
    f"R {sc.recall:.3f} n_pred {sc.n_pred}",
    flush=True,
)
