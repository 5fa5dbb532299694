"""Encode PTC articles with frozen all-mpnet-base-v2, MiniLM-style windows.

256-token windows (254 content + <s> </s>) every 190 tokens; each token's state
is the mean over the windows holding it (per-window states rounded to fp16, as
the shipped cache does). Keeps hidden_states[L] for L in LAYERS, stored fp16
as (n, len(LAYERS), 768).

usage: mpnet_encode.py OUT.pt {nonheldout|heldout|dev} [LAYERS=4,6,8,10,12]
env: KEEP=N keeps only the first N transformer layers; QUANT=1 applies
torch.ao.quantization.quantize_dynamic(Linear -> qint8).
"""

import hashlib
import os
import sys
import time
from pathlib import Path

import numpy as np
import torch

sys.path.insert(0, "/work/main/src")
torch.set_num_threads(2)
from mpnet_loader import encode_states  # noqa: E402
from transformers import AutoModel, AutoTokenizer  # noqa: E402

from presslens.techniques.data import is_heldout, read_corpus  # noqa: E402
from presslens.techniques.encoder import Tokens  # noqa: E402

MP = "/tmp/mpnet/all-mpnet-base-v2"
OUT = sys.argv[1]
WHICH = sys.argv[2]
LAYERS = [int(x) for x in (sys.argv[3] if len(sys.argv) > 3 else "4,6,8,10,12").split(",")]


def is_dev(a: str) -> bool:
    return (not is_heldout(a)) and int(hashlib.sha1(a.encode()).hexdigest()[:8], 16) % 100 < 27


tok = AutoTokenizer.from_pretrained(MP, local_files_only=True)
model = AutoModel.from_pretrained(MP, local_files_only=True).eval()
for p in model.parameters():
    p.requires_grad_(False)
if os.environ.get("KEEP"):
    model.encoder.layer = model.encoder.layer[: int(os.environ["KEEP"])]
    model.config.num_hidden_layers = int(os.environ["KEEP"])
if os.environ.get("QUANT") == "1":
    model = torch.ao.quantization.quantize_dynamic(model, {torch.nn.Linear}, dtype=torch.qint8)


def encode(text: str) -> tuple[Tokens, np.ndarray]:
    return encode_states(tok, model, text, LAYERS)  # type: ignore[no-any-return]


arts = read_corpus(Path("/work/shared/datasets/ptc-train"))
if WHICH == "heldout":
    ids = [a for a in arts if is_heldout(a)]
elif WHICH == "dev":
    ids = [a for a in arts if is_dev(a)]
else:  # dev first, then train
    ids = [a for a in arts if is_dev(a)] + [a for a in arts if not is_heldout(a) and not is_dev(a)]
print(f"{len(ids)} articles, layers {LAYERS}", flush=True)
out = {}
t0 = time.time()
ntok = 0
for i, a in enumerate(ids, 1):
    out[a] = encode(arts[a].text)
    ntok += len(out[a][0].ids)
    if i % 10 == 0 or i == len(ids):
        print(f"{i}/{len(ids)} {ntok} tokens {time.time() - t0:.0f} s", flush=True)
torch.save({"layers": LAYERS, "states": out}, OUT)
print(f"done {time.time() - t0:.0f} s, saved {OUT}", flush=True)
