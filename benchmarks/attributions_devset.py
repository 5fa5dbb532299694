"""Speaker and venue accuracy of the attribution stage on the hand-annotated dev set.

Usage::

    PYTHONPATH=src python benchmarks/attributions_devset.py [--shared ../shared]

Each gold quote of ``benchmarks/devset/annotations.jsonl`` is matched to the
predicted attribution whose content overlaps it most. Reported: quote recall
(gold quotes overlapped by a prediction), precision (predictions overlapping a
gold quote), and, over matched quotes, speaker accuracy (same canonical name,
case-insensitive) and venue accuracy (same venue, ``null`` included), for all
quotes and for direct quotes only.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from presslens.attribution.corpus import default_analyser
from presslens.model import Document

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "benchmarks" / "devset" / "annotations.jsonl"


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("-v", "--verbose", action="count", default=0)
    args = ap.parse_args()
    if not args.shared.is_dir():
        raise SystemExit(f"error: {args.shared} is missing; pass --shared")
    records = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line]
    docs = [
        Document(text=(args.shared / r["file"]).read_text(encoding="utf-8"), id=r["file"])
        for r in records
    ]
    docs = list(default_analyser()(docs))
    tally = {k: [0, 0, 0, 0] for k in ("all", "direct")}  # gold, matched, speaker, venue
    predicted = predicted_hit = 0
    for rec, doc in zip(records, docs, strict=True):
        preds = doc.attributions
        gold = rec["quotes"]
        predicted += len(preds)
        predicted_hit += sum(
            any(_overlap((p.content.start, p.content.end), (g["start"], g["end"])) for g in gold)
            for p in preds
        )
        for g in gold:
            span = (g["start"], g["end"])
            best = max(
                preds, key=lambda p: _overlap((p.content.start, p.content.end), span), default=None
            )
            keys = ["all"] + (["direct"] if g["kind"] == "direct" else [])
            for k in keys:
                tally[k][0] += 1
            if best is None or not _overlap((best.content.start, best.content.end), span):
                continue
            name = best.speaker.name if best.speaker else None
            for k in keys:
                tally[k][1] += 1
                tally[k][2] += (name or "").lower() == (g["speaker"] or "").lower()
                tally[k][3] += best.venue == g["venue"]
            if (args.verbose and k == "direct") or args.verbose == 2:
                print(
                    f"  {g['speaker']!r}/{g['venue']!r} vs {name!r}/{best.venue!r}"
                    f" (src {best.source and best.source.slice(doc.text)!r}) {g['text'][:50]!r}"
                )
    print(
        f"dev set: {len(records)} articles; predictions {predicted}, "
        f"precision {predicted_hit / max(predicted, 1):.3f}"
    )
    for k, (n, m, sp, ve) in tally.items():
        print(
            f"{k:>6} quotes: {n} gold, recall {m / max(n, 1):.3f}; over {m} matched: "
            f"speaker accuracy {sp / max(m, 1):.3f}, venue accuracy {ve / max(m, 1):.3f}"
        )


if __name__ == "__main__":
    main()
