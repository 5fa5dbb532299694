"""Small arithmetic shared by the scorers (techniques, attributions, dev set)."""

from __future__ import annotations


def f1(precision: float, recall: float) -> float:
    """Harmonic mean of precision and recall; 0 when both are 0."""
    return 2 * precision * recall / (precision + recall) if precision + recall > 0 else 0.0


def ratio(num: float, den: float) -> float:
    """``num / den``, 0 when there is nothing to divide by."""
    return num / den if den else 0.0


def overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    """Characters shared by two half-open spans."""
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))
