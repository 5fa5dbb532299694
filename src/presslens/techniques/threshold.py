"""The display threshold: the lowest confidence at which shown spans are precise enough.

Chosen on the development slice (:func:`~presslens.techniques.data.is_dev`) with a model
trained without it (``presslens techniques train --dev-slice``), never on the held-out
split, and stored in the shipped model's ``config.json`` under ``display``. Views show
the spans at or above it; the JSON keeps every span.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from .metrics import si_score
from .model import FoundSpan

#: the thresholds tried, 0.00 to 0.95 in steps of 0.01
GRID = tuple(round(i / 100, 2) for i in range(96))


@dataclass(frozen=True)
class CurvePoint:
    threshold: float
    #: SI precision (task definition: partial overlap) of the spans kept
    precision: float
    #: SI recall of the spans kept
    recall: float
    #: share of kept spans that overlap a gold span of the technique they are shown with
    labelled_precision: float
    kept: int


def precision_curve(
    found: Mapping[str, Sequence[FoundSpan]],
    gold: Mapping[str, Sequence[tuple[int, int, str]]],
    grid: Sequence[float] = GRID,
) -> list[CurvePoint]:
    """Precision of the spans at or above each threshold of ``grid``."""
    gold_si = {a: [(s, e) for s, e, _ in spans] for a, spans in gold.items()}
    out = []
    for t in grid:
        kept = {a: [f for f in spans if f.confidence >= t] for a, spans in found.items()}
        n = sum(len(v) for v in kept.values())
        if n == 0:
            break
        si = si_score({a: [(f.start, f.end) for f in v] for a, v in kept.items()}, gold_si)
        right = sum(
            1 for a, v in kept.items() for f in v
            if any(s < f.end and f.start < e and tech == f.technique
                   for s, e, tech in gold.get(a, ()))
        )
        out.append(CurvePoint(t, round(si.precision, 4), round(si.recall, 4),
                              round(right / n, 4), n))
    return out


def choose_threshold(
    curve: Sequence[CurvePoint], target: float = 0.6, min_spans: int = 20
) -> CurvePoint | None:
    """The lowest threshold whose kept spans (at least ``min_spans``) reach ``target``."""
    for point in curve:
        if point.kept >= min_spans and point.precision >= target:
            return point
    return None
