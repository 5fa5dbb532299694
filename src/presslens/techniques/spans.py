"""From token probabilities to character spans, and back (labels)."""

from __future__ import annotations

import numpy as np

from .encoder import Tokens


def token_labels(tokens: Tokens, spans: list[tuple[int, int]]) -> np.ndarray:
    """1 for tokens that overlap a technique span, else 0."""
    marks = np.zeros(max((e for _, e in spans), default=0) + 1, dtype=bool)
    for s, e in spans:
        marks[s:e] = True
    out = np.zeros(len(tokens.ids), dtype=np.int64)
    for i, (s, e) in enumerate(tokens.offsets):
        if s < len(marks) and marks[s:e].any():
            out[i] = 1
    return out


def _is_word(ch: str) -> bool:
    return ch.isalnum() or ch in "'’-"


def _inside_word(text: str, i: int) -> bool:
    """Whether the boundary before ``text[i]`` falls inside a word ("9,000" and "2.5" are words)."""
    a, b = text[i - 1], text[i]
    if _is_word(a) and _is_word(b):
        return True
    if a in ",." and b.isdigit() and i >= 2 and text[i - 2].isdigit():
        return True
    return b in ",." and a.isdigit() and i + 1 < len(text) and text[i + 1].isdigit()


def snap(text: str, start: int, end: int) -> tuple[int, int]:
    """Widen a span to whole words and trim spaces at its edges."""
    while start > 0 and _inside_word(text, start):
        start -= 1
    while end < len(text) and _inside_word(text, end):
        end += 1
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def decode_spans(
    text: str,
    tokens: Tokens,
    probs: np.ndarray,
    threshold: float = 0.5,
    gap: int = 3,
    min_chars: int = 3,
    low: float | None = None,
    stop: str = "\n",
) -> list[tuple[int, int, float]]:
    """Runs of tokens above ``threshold`` as character spans with a confidence.

    With ``low`` (hysteresis), a run is a maximal stretch of tokens at or above
    ``low`` that holds at least one token at or above ``threshold``. Spans
    separated by at most ``gap`` characters with none of the ``stop``
    characters between them (a newline; with ``".!?\\n"`` also a sentence end)
    merge; spans shorter than ``min_chars`` are dropped; edges snap to word
    boundaries. The confidence is the mean token probability.
    """
    floor = threshold if low is None else min(low, threshold)
    runs: list[list[int]] = []
    for i, p in enumerate(probs):
        if p < floor:
            continue
        if runs and runs[-1][1] == i - 1:
            runs[-1][1] = i
        else:
            runs.append([i, i])
    runs = [r for r in runs if float(np.max(probs[r[0] : r[1] + 1])) >= threshold]
    spans: list[list[float]] = []
    for a, b in runs:
        s, e = tokens.offsets[a][0], tokens.offsets[b][1]
        conf_sum, n = float(probs[a : b + 1].sum()), b - a + 1
        if spans:
            prev = spans[-1]
            between = text[int(prev[1]) : s]
            if s - prev[1] <= gap and not any(c in between for c in stop):
                prev[1] = e
                prev[2] += conf_sum
                prev[3] += n
                continue
        spans.append([s, e, conf_sum, n])
    out: list[tuple[int, int, float]] = []
    for s_f, e_f, c_sum, n_tok in spans:
        s2, e2 = snap(text, int(s_f), int(e_f))
        if e2 - s2 >= min_chars:
            if out and s2 < out[-1][1]:
                s2 = out[-1][1]
                if e2 <= s2:
                    continue
            out.append((s2, e2, c_sum / n_tok))
    return out
