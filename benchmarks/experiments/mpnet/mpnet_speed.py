"""Encoding time for a 1,000-word article: shipped MiniLM encode_text vs mpnet
(fp32 full depth, truncated, dynamic int8). Median of 3 runs after one warm-up,
torch.set_num_threads(2). Windows 256 / stride 190 and layer keep as in mpnet_encode.py.

usage: mpnet_speed.py [KEEP_LAYERS=8,6]
"""

import statistics
import sys
import time
from pathlib import Path

import torch

sys.path.insert(0, "/work/main/src")
torch.set_num_threads(2)
from transformers import AutoModel, AutoTokenizer  # noqa: E402

from presslens.techniques import encoder as E  # noqa: E402
from presslens.techniques.encoder import make_windows  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
from mpnet_loader import encode_states  # noqa: E402  (beside this script)

MP = "/tmp/mpnet/all-mpnet-base-v2"
words = Path("/work/main/examples/000_7c3a48e42e6547a2.txt").read_text().split()
text = " ".join((words * (1000 // len(words) + 1))[:1000])
tok = AutoTokenizer.from_pretrained(MP, local_files_only=True)


def load(keep=None, quant=False):
    m = AutoModel.from_pretrained(MP, local_files_only=True).eval()
    if keep:
        m.encoder.layer = m.encoder.layer[:keep]
        m.config.num_hidden_layers = keep
    if quant:
        m = torch.ao.quantization.quantize_dynamic(m, {torch.nn.Linear}, dtype=torch.qint8)
    return m


def enc_mpnet(model, layers, batch_size=8):
    """The mpnet states of the text as the experiments encode them
    (:func:`mpnet_loader.encode_states`), its token and window counts."""
    tokens, states = encode_states(tok, model, text, layers, batch_size)
    n = len(tokens.ids)
    return states, n, len(make_windows(n))


def bench(name, fn):
    fn()
    ts = []
    for _ in range(3):
        t = time.perf_counter()
        out = fn()
        ts.append(time.perf_counter() - t)
    print(
        f"{name}: median {statistics.median(ts):.3f} s  runs {[round(x, 3) for x in ts]}",
        flush=True,
    )
    return out


bench("MiniLM encode_text (shipped)", lambda: E.encode_text(text))
_, n, w = enc_mpnet(load(), [12])
print(f"1000 words -> {n} mpnet tokens, {w} windows; MiniLM tokens {len(E.tokenize(text).ids)}")
m = load()
bench("mpnet fp32 12 layers (12+8)", lambda: enc_mpnet(m, [12, 8]))
keeps = [int(x) for x in (sys.argv[1] if len(sys.argv) > 1 else "8,6").split(",")]
for k in keeps:
    m = load(keep=k)
    bench(f"mpnet fp32 first {k} layers", lambda m=m, k=k: enc_mpnet(m, [k]))
m = load(quant=True)
bench("mpnet int8 12 layers (12+8)", lambda: enc_mpnet(m, [12, 8]))
for k in keeps:
    m = load(keep=k, quant=True)
    bench(f"mpnet int8 first {k} layers", lambda m=m, k=k: enc_mpnet(m, [k]))
