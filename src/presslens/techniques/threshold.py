"""The display threshold: the lowest confidence at which shown spans are precise enough.

Chosen on the development slice (:func:`~presslens.techniques.data.is_dev`) with a model
trained without it (``presslens techniques train --dev-slice``), never on the held-out
split, and stored in the shipped model's ``config.json`` under ``display``. Views show
the spans at or above it; the JSON keeps every span.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from .._files import write_text_atomic
from ..errors import InputError
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


def store_threshold(
    weights_dir: Path, chosen: CurvePoint, curve: Sequence[CurvePoint], target: float,
    min_spans: int, dev_articles: int,
) -> Path:
    """Write ``chosen`` into the ``display`` section of the model folder's ``config.json``
    (atomically: a failed write leaves the old file), with how it was chosen; the path."""
    config_path = weights_dir / "config.json"
    try:
        config = json.loads(config_path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise InputError(f"{config_path}: cannot read the model's config ({exc})") from None
    config["display"] = {
        "threshold": chosen.threshold,
        "target_precision": target,
        "dev_precision": chosen.precision,
        "dev_recall": chosen.recall,
        "dev_labelled_precision": chosen.labelled_precision,
        "dev_spans_kept": chosen.kept,
        "dev_spans_all": curve[0].kept,
        "min_spans": min_spans,
        "chosen_on": f"development slice ({dev_articles} articles), with a model trained "
                     "without it (techniques train --dev-slice)",
    }
    write_text_atomic(config_path, json.dumps(config, indent=1))
    return config_path
