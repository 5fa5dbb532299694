"""Score a trained tagger (state dict from mpnet_tagger.py) on dev states from another
cache (e.g. int8 / truncated mpnet), to check the encoder variant keeps dev SI F1.

usage: mpnet_eval_cache.py TAGGER.pt CACHE L1,L2
"""

import hashlib
import itertools
import sys
from pathlib import Path

import numpy as np
import torch

sys.path.insert(0, "/work/main/src")
torch.set_num_threads(2)
from presslens.techniques.data import is_heldout, read_corpus  # noqa: E402
from presslens.techniques.encoder import SpanTagger  # noqa: E402
from presslens.techniques.metrics import si_score  # noqa: E402
from presslens.techniques.spans import decode_spans  # noqa: E402

arts = read_corpus(Path("/work/shared/datasets/ptc-train"))
dev_ids = [
    a
    for a in arts
    if not is_heldout(a) and int(hashlib.sha1(a.encode()).hexdigest()[:8], 16) % 100 < 27
]
sd = torch.load(sys.argv[1])
raw = torch.load(sys.argv[2], weights_only=False)
cols = [raw["layers"].index(int(x)) for x in sys.argv[3].split(",")]
tg = SpanTagger(dim=sd["proj.weight"].shape[1], hidden=sd["proj.weight"].shape[0])
tg.load_state_dict(sd)
tg.eval()
gold = {a: [(s, e) for s, e, _ in arts[a].spans] for a in dev_ids}
probs, toks = {}, {}
with torch.no_grad():
    for a in dev_ids:
        t, st = raw["states"][a]
        x = st[:, cols].reshape(len(st), -1).astype(np.float32)
        probs[a] = tg(torch.from_numpy(x)[None])[0].softmax(-1)[:, 1].numpy()
        toks[a] = t
res = []
for hi, lo, gap in itertools.product((0.4, 0.5, 0.6), (0.3, 0.4, 0.5), (25, 60)):
    if lo > hi:
        continue
    pred = {
        a: [
            (x, y)
            for x, y, _ in decode_spans(
                arts[a].text,
                toks[a],
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
print(
    sys.argv[2],
    sys.argv[3],
    "shipped(F1,P,R,n):",
    [r for r in res if r[4:] == (0.5, 0.5, 60)],
    "best:",
    res[:2],
    flush=True,
)
