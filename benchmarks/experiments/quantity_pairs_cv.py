"""Findings of the same-quantity pair model, cross-validated by event on the tune half.

    python benchmarks/coverage_loop.py cache tune /tmp/cache        # ~2 min, once
    python benchmarks/experiments/quantity_pairs_cv.py /tmp/cache [--folds 5] [--c 1.0 ...]

``benchmarks/train_quantity_pairs.py`` fits the pair model on the whole tune half, so the
tune half's findings score it on the events it was fitted on. This splits the tune events
into folds (by a hash of the event id, fixed before any fitting), fits the model on the
other folds, and scores each fold's findings (each event as one story, as
``coverage.py`` scores them) with the model that never saw it. The shipped weights are
scored on the same events beside it. Only the tune half is read.
"""

from __future__ import annotations

import argparse
import functools
import json
import sys
from pathlib import Path
from typing import Any

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

import coverage as cov  # noqa: E402
from train_quantity_pairs import event_pairs, fit, fold_of  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("cache", type=Path, help="a `coverage_loop.py cache tune` folder")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--c", type=float, nargs="+", default=[1.0],
                    help="inverse regularisation strengths to compare")
    ap.add_argument("--degree", type=int, nargs="+", default=[1, 2],
                    help="1: the features alone; 2: and the products of every two")
    ap.add_argument("--threshold", type=float, nargs="+", default=[None],
                    help="same-quantity thresholds to compare (default: the shipped one)")
    ap.add_argument("--conflict-threshold", type=float, nargs="+", default=[None])
    args = ap.parse_args()
    if not args.cache.is_dir():
        print(f"error: no cache at {args.cache}: run `python benchmarks/coverage_loop.py "
              "cache tune DIR` first", file=sys.stderr)
        return 2
    from presslens.crosscheck import find_findings
    from presslens.crosscheck import quantities as q
    from presslens.crosscheck.quantities import align
    from presslens.embed import default_embedder
    from presslens.model import Document
    from presslens.stories.resolve import resolve_speakers

    embedder = default_embedder()
    events: list[tuple[Any, list[Any]]] = []
    data: dict[str, tuple[np.ndarray, np.ndarray]] = {}
    for ev in cov.load_events("tune"):
        path = args.cache / f"{ev.id}.json"
        if not path.exists():
            continue
        docs = [Document.model_validate(d) for d in json.loads(path.read_text("utf-8"))]
        resolve_speakers(docs)
        x, y = event_pairs(ev, docs, embedder)
        data[ev.id] = (np.array(x).reshape(-1, len(q.FEATURES)), np.array(y))
        events.append((ev, docs))
    print(f"{len(events)} tune events, {sum(len(y) for _, y in data.values())} pairs",
          flush=True)

    original_align = q.align_quantities
    shipped_score = align.same_quantity_score

    def findings(tally: cov.FindingsTally, model: Any, thr: float | None,
                 cthr: float | None, fold: int | None) -> cov.FindingsTally:
        """``tally`` with the findings of the events (of one fold), the pairs scored by
        ``model`` (None: the shipped one) at the given thresholds (None: the shipped
        ones)."""
        kwargs = {k: v for k, v in (("threshold", thr), ("conflict_threshold", cthr))
                  if v is not None}

        def score(a: Any, b: Any) -> float:
            if not q.compatible(a, b):
                return 0.0
            return float(model.predict_proba([q.pair_features(a, b)])[0, 1])

        q.align_quantities = functools.partial(original_align, **kwargs)
        align.same_quantity_score = shipped_score if model is None else score
        try:
            for ev, docs in events:
                if fold is not None and fold_of(ev.id, args.folds) != fold:
                    continue
                preds = [f.model_dump(mode="json") for f in find_findings(docs, embedder)]
                tally.add(ev, preds)
        finally:
            q.align_quantities = original_align
            align.same_quantity_score = shipped_score
        return tally

    def summary(tally: cov.FindingsTally) -> str:
        s = tally.summary()
        c, r = s["conflicts"], s["corroborations"]
        return (f"conflicts R {c['recall']:.3f} P {c['precision']:.3f} ({c['reported']}); "
                f"corroborations R {r['recall']:.3f} P {r['precision']:.3f} ({r['reported']})")

    for thr in args.threshold:
        for cthr in args.conflict_threshold:
            base = findings(cov.FindingsTally(), None, thr, cthr, None)
            print(f"shipped weights, thresholds {thr} / {cthr}: {summary(base)}", flush=True)
            for degree in args.degree:
                for c in args.c:
                    total = cov.FindingsTally()
                    for fold in range(args.folds):
                        train = [e for e in data if fold_of(e, args.folds) != fold]
                        x = np.concatenate([data[e][0] for e in train])
                        y = np.concatenate([data[e][1] for e in train])
                        model = fit(x, y, c, degree)
                        findings(total, model, thr, cthr, fold)
                    print(f"refit by fold, degree {degree}, C {c}, thresholds {thr} / {cthr}: "
                          f"{summary(total)}", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
