"""Features of a candidate span for technique classification.

Three groups, concatenated as the classifier's input (``classifier.py``):

* encoder: mean of the frozen MiniLM states over the span (top and middle
  layer) and of the top layer over the span's ±32-token context;
* lexical: TF-IDF of the span's words and word pairs (``analyzer`` below);
* article level and surface: does the span's text, or do its words, recur
  elsewhere in the article (Repetition), length, punctuation, capitals,
  position, share of its sentence.
"""

from __future__ import annotations

import itertools
import math
import re
from collections import Counter

import numpy as np

from .encoder import Tokens

_WORD = re.compile(r"(?u)\b\w\w+\b")
_ANY_WORD = re.compile(r"(?u)\w+")
_SENT_END = re.compile(r"[.!?]+[\"'”’)]*\s+|\n+")
CONTEXT = 32


def analyzer(text: str) -> list[str]:
    """Lower-cased words and word pairs (TF-IDF terms)."""
    words = _WORD.findall(text.lower())
    return words + [f"{a} {b}" for a, b in itertools.pairwise(words)]


def token_range(tokens: Tokens, start: int, end: int) -> tuple[int, int]:
    """Indices ``[a, b)`` of the tokens overlapping ``[start, end)``."""
    idx = [i for i, (s, e) in enumerate(tokens.offsets) if s < end and e > start]
    if not idx:  # a span between tokens: take the nearest token
        nearest = min(
            range(len(tokens.offsets)), key=lambda i: abs(tokens.offsets[i][0] - start), default=0
        )
        return nearest, nearest + 1
    return idx[0], idx[-1] + 1


class ArticleContext:
    """What the surface features need to know about the whole article."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.lower = text.lower()
        self.word_counts = Counter(w.lower() for w in _ANY_WORD.findall(text))
        bounds = [0]
        for m in _SENT_END.finditer(text):
            bounds.append(m.end())
        bounds.append(len(text))
        self.bounds = sorted(set(bounds))

    def sentence(self, start: int, end: int) -> tuple[int, int]:
        s = max((b for b in self.bounds if b <= start), default=0)
        e = min((b for b in self.bounds if b >= end), default=len(self.text))
        return s, e


N_SURFACE = 20


def surface_features(ctx: ArticleContext, start: int, end: int) -> np.ndarray:
    span = ctx.text[start:end]
    low = span.lower().strip()
    words = _ANY_WORD.findall(span)
    lw = [w.lower() for w in words]
    content = [w for w in lw if len(w) > 3]
    occurrences = ctx.lower.count(low) if low else 0
    word_rec = [max(ctx.word_counts[w] - lw.count(w), 0) for w in content]
    s_start, s_end = ctx.sentence(start, end)
    sent = ctx.text[s_start:s_end]
    caps = sum(1 for w in words if len(w) > 1 and w.isupper())
    f = [
        math.log1p(len(span)),
        math.log1p(len(words)),
        math.log1p(max(occurrences - 1, 0)),
        float(occurrences > 1),
        float(np.mean([r > 0 for r in word_rec])) if word_rec else 0.0,
        math.log1p(max(word_rec)) if word_rec else 0.0,
        math.log1p(float(np.mean(word_rec))) if word_rec else 0.0,
        float("!" in span),
        float("?" in span),
        float("?" in sent),
        float(any(q in span for q in "\"“”")),
        float(any(q in ctx.text[max(0, start - 2) : end + 2] for q in "\"“”")),
        caps / max(len(words), 1),
        float(bool(span[:1].isupper())),
        float("#" in span),
        (end - start) / max(s_end - s_start, 1),
        start / max(len(ctx.text), 1),
        float(len(words) <= 2),
        float(len(words) <= 6 and (span.isupper() or span.istitle())),
        float(s_start >= start - 1),
    ]
    return np.asarray(f, dtype=np.float32)


def encoder_features(
    tokens: Tokens, states: list[np.ndarray], start: int, end: int
) -> np.ndarray:
    """Mean of each token-state matrix over the span, then over its context."""
    a, b = token_range(tokens, start, end)
    ca, cb = max(0, a - CONTEXT), min(len(tokens.ids), b + CONTEXT)
    parts = []
    for st in states:
        parts.append(st[a:b].mean(0))
    parts.append(states[0][ca:cb].mean(0))
    return np.concatenate(parts).astype(np.float32)


def dense_features(
    tokens: Tokens, states: np.ndarray, ctx: ArticleContext, spans: list[tuple[int, int]]
) -> np.ndarray:
    """The classifier's dense input for each span, in training and at inference alike:
    encoder features over the two halves of ``states`` (top layer, middle layer),
    then the surface features."""
    st = states.astype(np.float32)
    dim = st.shape[1] // 2
    parts = [st[:, :dim], st[:, dim:]]
    return np.stack(
        [
            np.concatenate([encoder_features(tokens, parts, s, e), surface_features(ctx, s, e)])
            for s, e in spans
        ]
    )
