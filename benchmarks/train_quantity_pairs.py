"""Train the same-quantity pair model on the coverage dev set's tune half.

    python benchmarks/train_quantity_pairs.py            # writes resources/quantity_pairs.json
    python benchmarks/train_quantity_pairs.py --dry-run  # cross-validated scores only

Every pair of figure mentions in two different articles of one tune event, both on an
annotated figure, is an example: positive when the annotations give both the same
quantity. The features are ``presslens.crosscheck.quantities.pair_features``; the model
is a class-balanced logistic regression (scikit-learn), so the resource is a weight per
feature and a bias. The test half is never read here.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from coverage import documents, load_events  # noqa: E402

OUT = HERE.parent / "src" / "presslens" / "resources" / "quantity_pairs.json"


def examples() -> tuple[np.ndarray, np.ndarray, list[str]]:
    import presslens
    from presslens.crosscheck import quantities as q
    from presslens.embed import default_embedder

    embedder = default_embedder()
    pipeline = presslens.load_pipeline(exclude=("presslens.techniques.v1",))
    xs: list[list[float]] = []
    ys: list[int] = []
    groups: list[str] = []
    for ev in load_events("tune"):
        analysed = list(presslens.analyze_documents(documents(ev.articles), pipeline=pipeline))
        mentions = [m for i, d in enumerate(analysed) for m in q.mentions_of(d, i)]
        q.embed_mentions(mentions, embedder)

        spans = [(f.article, f.start, f.end, f.fields["quantity"]) for f in ev.figures]
        ids = [d.id for d in analysed]
        labels = [
            next((quantity for art, start, end, quantity in spans
                  if art == ids[m.doc_index] and m.start < end and start < m.end), None)
            for m in mentions
        ]
        for i, a in enumerate(mentions):
            for j in range(i + 1, len(mentions)):
                b = mentions[j]
                if a.doc_index == b.doc_index or labels[i] is None or labels[j] is None:
                    continue
                if not q.compatible(a, b):
                    continue
                xs.append(q.pair_features(a, b))
                ys.append(int(labels[i] == labels[j]))
                groups.append(ev.id)
    return np.array(xs), np.array(ys), groups


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--dry-run", action="store_true")
    ap.add_argument("--c", type=float, default=1.0, help="inverse regularisation strength")
    args = ap.parse_args()
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import average_precision_score

    from presslens.crosscheck.quantities import FEATURES

    x, y, groups = examples()
    print(f"{len(y)} pairs, {int(y.sum())} same-quantity, from {len(set(groups))} events")
    # leave-one-event-out: how the model does on an event it was not fitted on
    aps = []
    for ev in sorted(set(groups)):
        held = np.array([g == ev for g in groups])
        model = LogisticRegression(C=args.c, class_weight="balanced", max_iter=2000)
        model.fit(x[~held], y[~held])
        if y[held].any():
            aps.append(average_precision_score(y[held], model.predict_proba(x[held])[:, 1]))
    print(f"leave-one-event-out average precision: {np.mean(aps):.3f} "
          f"({', '.join(f'{a:.2f}' for a in aps)})")
    model = LogisticRegression(C=args.c, class_weight="balanced", max_iter=2000).fit(x, y)
    for name, w in zip(FEATURES, model.coef_[0], strict=True):
        print(f"  {name:20s} {w:+.3f}")
    if args.dry_run:
        return 0
    OUT.write_text(json.dumps({
        "about": "Same-quantity pair model: logistic regression over "
                 "presslens.crosscheck.quantities.pair_features, trained by "
                 "benchmarks/train_quantity_pairs.py on the coverage dev set's tune half.",
        "features": list(FEATURES),
        "weights": [round(float(w), 5) for w in model.coef_[0]],
        "bias": round(float(model.intercept_[0]), 5),
        "trained_on": {"events": sorted(set(groups)), "pairs": len(y),
                       "positive": int(y.sum())},
    }, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
