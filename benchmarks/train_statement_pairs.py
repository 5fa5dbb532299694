"""Train the same-statement pair model on the coverage dev set's tune half.

    python benchmarks/train_statement_pairs.py            # writes resources/statement_pairs.json
    python benchmarks/train_statement_pairs.py --dry-run  # cross-validated scores only
    python benchmarks/train_statement_pairs.py --cache DIR  # documents cached by
                                                            # coverage_loop.py cache tune DIR

Every pair of statement mentions (``presslens.crosscheck.statements.mentions_of``) in two
different articles of one tune event, both on an annotated quote, is an example: positive
when the annotations give both the same statement. Each event's articles are one story, their
speakers spelled as the story spells them. The features are
``presslens.crosscheck.statements.pair_features``; the model is a class-balanced logistic
regression (scikit-learn), so the resource is a weight per feature and a bias. The test half
is never read here, nor the valid half, which chose the threshold.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from coverage import documents, load_events  # noqa: E402
from train_quantity_pairs import (  # noqa: E402
    FOLDS,
    cross_validated,
    fit_and_write,
    labelled_pairs,
)

OUT = HERE.parent / "src" / "presslens" / "resources" / "statement_pairs.json"


def event_pairs(ev: Any, docs: list[Any], embedder: Any) -> tuple[list[list[float]], list[int]]:
    """One event's labelled pairs: every two statement mentions in two articles of
    ``docs`` (the event's analysed articles, in order), both on an annotated quote (the one
    each overlaps most), with their features; 1 when the annotations give both the same
    statement."""
    from presslens.crosscheck import statements as st

    mentions = [m for i, d in enumerate(docs) for m in st.mentions_of(d, i)]
    st.embed_mentions(mentions, embedder)
    ids = [d.id for d in docs]
    labels: list[str | None] = []
    for m in mentions:
        overlaps = [(min(m.end, q.end) - max(m.start, q.start), q.fields.get("statement"))
                    for q in ev.quotes if q.article == ids[m.doc_index]]
        best = max(overlaps, key=lambda o: o[0], default=(0, None))
        labels.append(best[1] if best[0] > 0 else None)
    return labelled_pairs(mentions, labels, st.pair_features)


def examples(cache: Path | None) -> tuple[np.ndarray, np.ndarray, list[str]]:
    import presslens
    from presslens.embed import default_embedder
    from presslens.model import Document
    from presslens.stories.resolve import resolve_speakers

    embedder = default_embedder()
    pipeline = presslens.load_pipeline(exclude=("presslens.techniques.v1",))
    xs: list[list[float]] = []
    ys: list[int] = []
    groups: list[str] = []
    for ev in load_events("tune"):
        if cache is not None:
            raw = json.loads((cache / f"{ev.id}.json").read_text(encoding="utf-8"))
            analysed = [Document.model_validate(d) for d in raw]
        else:
            analysed = list(presslens.analyze_documents(documents(ev.articles),
                                                        pipeline=pipeline))
        resolve_speakers(analysed)  # the event is one story
        x, y = event_pairs(ev, analysed, embedder)
        xs += x
        ys += y
        groups += [ev.id] * len(y)
    return np.array(xs), np.array(ys), groups


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--dry-run", action="store_true")
    ap.add_argument("--c", type=float, default=1.0, help="inverse regularisation strength")
    ap.add_argument("--cache", type=Path, help="tune documents cached by coverage_loop.py")
    args = ap.parse_args()
    if args.cache is not None and not args.cache.is_dir():
        print(f"error: no cache folder {args.cache}; make one with "
              f"'python benchmarks/coverage_loop.py cache tune {args.cache}'", file=sys.stderr)
        return 2
    from sklearn.metrics import average_precision_score

    from presslens.crosscheck.statements import (
        FEATURES,
        QUOTE_CONTAINMENT,
        SAME_STATEMENT_THRESHOLD,
    )

    x, y, groups = examples(args.cache)
    print(f"{len(y)} pairs, {int(y.sum())} same-statement, from {len(set(groups))} events")
    scores = cross_validated(x, y, groups, args.c)
    print(f"{FOLDS}-fold by event average precision: {average_precision_score(y, scores):.3f}")
    said = (scores >= SAME_STATEMENT_THRESHOLD) | (
        x[:, FEATURES.index("word_containment")] >= QUOTE_CONTAINMENT)
    tp = int((said & (y == 1)).sum())
    print(f"  at {SAME_STATEMENT_THRESHOLD} (or a quote in part): precision "
          f"{tp / max(1, int(said.sum())):.3f}, recall {tp / max(1, int(y.sum())):.3f}")
    fit_and_write(x, y, groups, args.c, FEATURES, OUT,
                  "Same-statement pair model: logistic regression over "
                  "presslens.crosscheck.statements.pair_features, trained by "
                  "benchmarks/train_statement_pairs.py on the coverage dev set's tune half.",
                  args.dry_run)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
