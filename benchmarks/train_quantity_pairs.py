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
import hashlib
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from coverage import documents, load_events  # noqa: E402

OUT = HERE.parent / "src" / "presslens" / "resources" / "quantity_pairs.json"
FOLDS = 5


def fold_of(event_id: str, folds: int = FOLDS) -> int:
    """An event's fold, by a hash of its id (fixed before any fitting)."""
    return int(hashlib.sha1(event_id.encode()).hexdigest()[:8], 16) % folds


def event_pairs(ev: Any, docs: list[Any], embedder: Any) -> tuple[list[list[float]], list[int]]:
    """One event's labelled pairs: every two figure mentions in two articles of ``docs``
    (the event's analysed articles, in order), both on an annotated figure, with their
    features; 1 when the annotations give both the same quantity."""
    from presslens.crosscheck import quantities as q

    mentions = [m for i, d in enumerate(docs) for m in q.mentions_of(d, i)]
    q.embed_mentions(mentions, embedder)
    spans = [(f.article, f.start, f.end, f.fields["quantity"]) for f in ev.figures]
    ids = [d.id for d in docs]
    labels = [
        next((quantity for art, start, end, quantity in spans
              if art == ids[m.doc_index] and m.start < end and start < m.end), None)
        for m in mentions
    ]
    return labelled_pairs(mentions, labels, q.pair_features, keep=q.compatible)


def labelled_pairs(
    mentions: Sequence[Any], labels: Sequence[str | None],
    features: Callable[[Any, Any], list[float]],
    keep: Callable[[Any, Any], bool] | None = None,
) -> tuple[list[list[float]], list[int]]:
    """The features of every two ``mentions`` in two articles that both carry a label (and
    that ``keep`` keeps), in order, with 1 where the two labels are one: the examples
    both pair models are fitted on."""
    xs: list[list[float]] = []
    ys: list[int] = []
    for i, a in enumerate(mentions):
        for j in range(i + 1, len(mentions)):
            b = mentions[j]
            if a.doc_index == b.doc_index or labels[i] is None or labels[j] is None:
                continue
            if keep is not None and not keep(a, b):
                continue
            xs.append(features(a, b))
            ys.append(int(labels[i] == labels[j]))
    return xs, ys


def examples() -> tuple[np.ndarray, np.ndarray, list[str]]:
    import presslens
    from presslens.embed import default_embedder

    embedder = default_embedder()
    pipeline = presslens.load_pipeline(exclude=("presslens.techniques.v1",))
    xs: list[list[float]] = []
    ys: list[int] = []
    groups: list[str] = []
    for ev in load_events("tune"):
        analysed = list(presslens.analyze_documents(documents(ev.articles), pipeline=pipeline))
        x, y = event_pairs(ev, analysed, embedder)
        xs += x
        ys += y
        groups += [ev.id] * len(y)
    return np.array(xs), np.array(ys), groups


def fit(x: np.ndarray, y: np.ndarray, c: float, degree: int = 1) -> Any:
    """A class-balanced logistic regression (scikit-learn) over the features, or at
    ``degree`` 2 over the standardised features and the products of every two (an
    experiment: ``benchmarks/experiments/quantity_pairs_cv.py``; the shipped model is
    degree 1, a weight per feature)."""
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import PolynomialFeatures, StandardScaler

    model = LogisticRegression(C=c, class_weight="balanced", max_iter=5000)
    if degree == 1:
        return model.fit(x, y)
    return make_pipeline(StandardScaler(), PolynomialFeatures(degree, include_bias=False),
                         StandardScaler(), model).fit(x, y)


def cross_validated(x: np.ndarray, y: np.ndarray, groups: list[str], c: float) -> np.ndarray:
    """Each example's score from a model fitted on the other folds' events (:func:`fold_of`):
    how the model does on events it was not fitted on."""
    fold = np.array([fold_of(g) for g in groups])
    scores = np.zeros(len(y))
    for k in range(FOLDS):
        scores[fold == k] = fit(x[fold != k], y[fold != k], c).predict_proba(x[fold == k])[:, 1]
    return scores


def fit_and_write(x: np.ndarray, y: np.ndarray, groups: list[str], c: float,
                  features: tuple[str, ...], out: Path, about: str, dry_run: bool) -> None:
    """Fit the model on every example, print its weight per feature and, unless
    ``dry_run``, write it as a resource (:func:`write_model`)."""
    model = fit(x, y, c)
    for name, w in zip(features, model.coef_[0], strict=True):
        print(f"  {name:20s} {w:+.3f}")
    if not dry_run:
        write_model(out, about, features, model, groups, y)


def write_model(out: Path, about: str, features: tuple[str, ...], model: Any,
                groups: list[str], y: np.ndarray) -> None:
    """The fitted logistic model as a resource: a weight per feature, the bias and what it was
    trained on."""
    out.write_text(json.dumps({
        "about": about,
        "features": list(features),
        "weights": [round(float(w), 5) for w in model.coef_[0]],
        "bias": round(float(model.intercept_[0]), 5),
        "trained_on": {"events": sorted(set(groups)), "pairs": len(y),
                       "positive": int(y.sum())},
    }, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {out}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--dry-run", action="store_true")
    ap.add_argument("--c", type=float, default=1.0, help="inverse regularisation strength")
    args = ap.parse_args()
    from sklearn.metrics import average_precision_score

    from presslens.crosscheck.quantities import FEATURES

    x, y, groups = examples()
    print(f"{len(y)} pairs, {int(y.sum())} same-quantity, from {len(set(groups))} events")
    scores = cross_validated(x, y, groups, args.c)
    print(f"{FOLDS}-fold by event average precision: {average_precision_score(y, scores):.3f}")
    fit_and_write(x, y, groups, args.c, FEATURES, OUT,
                  "Same-quantity pair model: logistic regression over "
                  "presslens.crosscheck.quantities.pair_features, trained by "
                  "benchmarks/train_quantity_pairs.py on the coverage dev set's tune half.",
                  args.dry_run)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
