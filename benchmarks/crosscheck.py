"""Score the cross-source checks on the hand-annotated stories dev set.

    PYTHONPATH=src python benchmarks/crosscheck.py --data /work/shared/datasets

Each story's articles (PolNeAR texts, read from --data) are analysed with the
default pipeline and given to ``presslens.crosscheck.find_findings``. A
predicted finding matches an annotated one when the kinds are equal and it
covers members of at least two different annotated articles (any character
overlap with the annotated spans; one article for single_source). Reported:
recall of annotated conflicts (all four conflict kinds) and corroborations,
precision of reported ones (bar: recall >= 0.8, precision >= 0.7), and, since
single-source claims are annotated only as examples, their recall alone.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
CROSS = ("corroborated", "conflict", "venue_conflict", "speaker_conflict")


def _overlaps(p: dict[str, Any], a: dict[str, Any]) -> bool:
    return p["article"] == a["file"] and p["start"] < a["end"] and a["start"] < p["end"]


def matches(pred: dict[str, Any], gold: dict[str, Any]) -> bool:
    if pred["kind"] != gold["kind"]:
        return False
    files = {a["file"] for a in gold["members"] if any(_overlaps(p, a) for p in pred["members"])}
    return len(files) >= (1 if gold["kind"] == "single_source" else 2)


def aligned(pred: dict[str, Any], gold: dict[str, Any]) -> bool:
    """Same members as the annotation, whatever the kind (to tell alignment from verdict)."""
    files = {a["file"] for a in gold["members"] if any(_overlaps(p, a) for p in pred["members"])}
    return len(files) >= 2


def run(data: Path, stories_path: Path, verbose: bool) -> dict[str, Any]:
    import presslens
    from presslens.crosscheck import default_embedder, find_findings

    stories = json.loads(stories_path.read_text(encoding="utf-8"))["stories"]
    embedder = default_embedder()
    totals: Counter[str] = Counter()
    per_kind: Counter[str] = Counter()
    n_articles = 0
    t0 = time.perf_counter()
    for story in stories:
        docs = [
            presslens.make_document(
                (data / a["file"]).read_text(encoding="utf-8"), id=a["file"], outlet=a["outlet"],
                published=dt.date.fromisoformat(a["published"]))
            for a in story["articles"]
        ]
        n_articles += len(docs)
        analysed = list(presslens.analyze_documents(docs))
        preds = [f.model_dump(mode="json") for f in find_findings(analysed, embedder=embedder)]
        gold = story["findings"]
        if verbose:
            print(f"\n== {story['id']}: {len(docs)} articles, {len(preds)} findings")
        for g in gold:
            hit = any(matches(p, g) for p in preds)
            key = "cross" if g["kind"] in CROSS else "single"
            totals[f"gold_{key}"] += 1
            totals[f"gold_{key}_found"] += hit
            per_kind[f"{g['kind']}_gold"] += 1
            per_kind[f"{g['kind']}_found"] += hit
            if g["kind"] in CROSS and not hit and any(aligned(p, g) for p in preds):
                totals["gold_cross_aligned_wrong_kind"] += 1
            if verbose:
                print(f"  gold {'HIT ' if hit else 'MISS'} [{g['kind']}] {g['subject']}")
        for p in preds:
            if p["kind"] not in CROSS:
                totals["pred_single"] += 1
                continue
            ok = any(matches(p, g) for g in gold)
            totals["pred_cross"] += 1
            totals["pred_cross_correct"] += ok
            if verbose:
                vals = ", ".join(
                    f"{Path(m['article']).name[:18]}:{m['text'][:40]!r}" for m in p["members"])
                mark = "OK  " if ok else "FP  "
                print(f"  pred {mark} [{p['kind']}] {p['subject'][:80]} <- {vals}")
    elapsed = time.perf_counter() - t0
    recall = totals["gold_cross_found"] / totals["gold_cross"] if totals["gold_cross"] else 0.0
    precision = (
        totals["pred_cross_correct"] / totals["pred_cross"] if totals["pred_cross"] else 0.0
    )
    single = (totals["gold_single_found"] / totals["gold_single"]) if totals["gold_single"] else 0.0
    return {
        "stories": len(stories),
        "articles": n_articles,
        "embedder": embedder.name,
        "annotated_cross": totals["gold_cross"],
        "recall": round(recall, 3),
        "reported_cross": totals["pred_cross"],
        "precision": round(precision, 3),
        "aligned_but_wrong_kind": totals["gold_cross_aligned_wrong_kind"],
        "single_source_recall": round(single, 3),
        "reported_single_source": totals["pred_single"],
        "per_kind": {k: f"{per_kind[k + '_found']}/{per_kind[k + '_gold']}"
                     for k in (*CROSS, "single_source") if per_kind[k + "_gold"]},
        "seconds": round(elapsed, 1),
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, required=True, help="the shared datasets folder")
    ap.add_argument("--stories", type=Path, default=HERE / "story-findings" / "stories.json",
                    help="annotated stories (default: the dev set)")
    ap.add_argument("-v", "--verbose", action="store_true", help="list every finding")
    args = ap.parse_args()
    if not args.data.is_dir():
        print(f"error: {args.data} not found; give --data the shared datasets folder "
              "(it holds polnear/)", file=sys.stderr)
        return 2
    if not args.stories.is_file():
        print(f"error: {args.stories} not found; give --stories an annotated stories.json",
              file=sys.stderr)
        return 2
    stories = json.loads(args.stories.read_text(encoding="utf-8"))["stories"]
    missing = [a["file"] for st in stories for a in st["articles"]
               if not (args.data / a["file"]).is_file()]
    if missing:
        print(f"error: {len(missing)} article file(s) of {args.stories} are not under "
              f"{args.data}, e.g. {missing[0]}; give --data the folder they are relative to",
              file=sys.stderr)
        return 2
    try:
        import torch

        torch.set_num_threads(2)
    except ImportError:
        pass
    result = run(args.data, args.stories, args.verbose)
    print(json.dumps(result, indent=2))
    bar = result["recall"] >= 0.8 and result["precision"] >= 0.7
    print(f"recall {result['recall']:.3f}  precision {result['precision']:.3f}  "
          f"({'meets' if bar else 'below'} the bar: recall >= 0.8, precision >= 0.7)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
