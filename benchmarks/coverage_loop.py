"""The fast loop for speaker and venue work on the coverage set (issue 11).

    python benchmarks/coverage_loop.py cache tune /tmp/cache       # ~2 min: per-article analyses
    python benchmarks/coverage_loop.py score /tmp/cache --rows /tmp/a.json   # ~10 s
    # ... change the code; re-run `cache` only when a per-article stage changed ...
    python benchmarks/coverage_loop.py score /tmp/cache --rows /tmp/b.json
    python benchmarks/coverage_loop.py diff /tmp/a.json /tmp/b.json   # gains, losses, changes

``benchmarks/coverage.py score`` runs the whole pipeline, groups the articles and scores
the findings (about 5 minutes on tune). This loop keeps each article's analysis (parse,
entities, attributions, figures; no techniques) in one JSON file per event, then gives
each event's articles as one story to ``presslens.stories.resolve.resolve_speakers`` and
scores the quotes as ``coverage.py`` does. Speaker and venue accuracy match ``coverage.py``
where grouping puts each event in one story. ``--rows`` writes one row per matched quote
(annotated speaker and venue, the prediction, right or not) for ``diff``. Errors may be
read on the tune split only (``cache`` refuses valid and test unless ``--numbers-only``).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import coverage as cov  # benchmarks/coverage.py, beside this file


def cache(split: str, out: Path, events: list[str] | None) -> int:
    """One JSON file of per-article analyses per event of ``split``."""
    import presslens

    chosen = [e for e in cov.load_events(split) if not events or e.id in events]
    if not chosen:
        print(f"error: no events in split {split!r} under {cov.EVENTS}", file=sys.stderr)
        return 2
    out.mkdir(parents=True, exist_ok=True)
    pipeline = presslens.load_pipeline(exclude=("presslens.techniques.v1",))
    t0 = time.perf_counter()
    for n, ev in enumerate(chosen, 1):
        docs = presslens.analyze_documents(cov.documents(ev.articles), pipeline)
        (out / f"{ev.id}.json").write_text(
            json.dumps([d.model_dump(mode="json") for d in docs]), encoding="utf-8")
        print(f"{n}/{len(chosen)} {ev.id} {time.perf_counter() - t0:.0f} s", flush=True)
    return 0


def score(folder: Path, split: str, rows_path: Path | None, per_event: bool) -> int:
    """Each cached event as one story: speaker and venue accuracy over matched quotes."""
    from presslens.devset import GoldArticle, Score, match, score_article
    from presslens.model import Document
    from presslens.names import same_name
    from presslens.stories.resolve import resolve_speakers

    total, rows = Score(), []
    for ev in cov.load_events(split):
        path = folder / f"{ev.id}.json"
        if not path.exists():
            continue
        docs = [Document.model_validate(d) for d in json.loads(path.read_text("utf-8"))]
        resolve_speakers(docs)
        event = Score()
        for article, doc in zip(ev.articles, docs, strict=True):
            gold_quotes = [{"start": q.start, "end": q.end, "text": q.text, **q.fields}
                           for q in ev.quotes if q.article == article["id"]]
            gold = GoldArticle(file=article["id"], text=article["text"], quotes=gold_quotes,
                               figures=[])
            score_article(gold, doc, total)
            score_article(gold, doc, event)
            atts = doc.attributions
            spans = [(min(p.start for p in a.content_parts or [a.content]),
                      max(p.end for p in a.content_parts or [a.content])) for a in atts]
            for gi, pi in match([(q["start"], q["end"]) for q in gold_quotes], spans):
                q, att = gold_quotes[gi], atts[pi]
                said = att.speaker.name if att.speaker else None
                rows.append({
                    "article": article["id"], "start": q["start"], "text": q["text"][:80],
                    "gold": q["speaker"], "pred": said,
                    "ok": _same(said, q["speaker"]),
                    "same_name": _same(said, q["speaker"]) or same_name(said, q["speaker"]),
                    "venue_gold": q["venue"], "venue": att.venue,
                    "source": doc.text[att.source.start:att.source.end] if att.source else None,
                    "venue_ok": _same(att.venue, q["venue"]),
                })
        if per_event:
            s = event.summary()["quotes"]
            print(f"{ev.id:45} speaker {s['speaker_accuracy']:.3f} "
                  f"same name {s['speaker_accuracy_same_name']:.3f} "
                  f"venue {s['venue_accuracy']:.3f} ({event.quotes_matched} quotes)")
    if not total.quotes_matched:
        print(f"error: no cached events of split {split!r} in {folder}; run `cache` first",
              file=sys.stderr)
        return 2
    s = total.summary()["quotes"]
    print(f"speaker {total.speakers_right}/{total.quotes_matched} = {s['speaker_accuracy']}, "
          f"same name {s['speaker_accuracy_same_name']}, venue {s['venue_accuracy']} "
          f"({total.quotes_matched} of {total.quotes_gold} quotes matched)")
    if rows_path is not None:
        rows_path.write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")
    return 0


def _same(a: str | None, b: str | None) -> bool:
    """As ``presslens.devset`` compares a speaker or venue with the annotation."""
    return (a.strip().casefold() if a else None) == (b.strip().casefold() if b else None)


def diff(before: Path, after: Path) -> int:
    """The quotes whose speaker or venue changed between two ``score --rows`` files."""
    def load(path: Path) -> dict[tuple[str, int], dict[str, Any]]:
        return {(r["article"], r["start"]): r for r in json.loads(path.read_text("utf-8"))}

    old, new = load(before), load(after)
    counts = {"speaker gains": 0, "speaker losses": 0, "venue gains": 0, "venue losses": 0}
    for key in sorted(old.keys() & new.keys()):
        a, b = old[key], new[key]
        for what, right in (("speaker", "ok"), ("venue", "venue_ok")):
            field = "pred" if what == "speaker" else "venue"
            if a[right] != b[right]:
                tag = "gain" if b[right] else "loss"
                counts[f"{what} {'gains' if b[right] else 'losses'}"] += 1
                print(f"{tag.upper()} {what} {key[0]}: {a[field]!r} -> {b[field]!r} "
                      f"(annotated {a['gold' if what == 'speaker' else 'venue_gold']!r})")
            elif a[field] != b[field]:
                print(f"CHANGE {what} {key[0]}: {a[field]!r} -> {b[field]!r}")
    print(", ".join(f"{k} {v}" for k, v in counts.items()))
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    c = sub.add_parser("cache", help="analyse each article of a split, one file per event")
    c.add_argument("split", choices=cov.SPLITS)
    c.add_argument("out", type=Path)
    c.add_argument("--event", action="append", help="only this event (repeatable)")
    c.add_argument("--numbers-only", action="store_true",
                   help="allow valid or test (scored for numbers, never read)")
    s = sub.add_parser("score", help="each cached event as one story: speakers and venues")
    s.add_argument("cache", type=Path)
    s.add_argument("--split", choices=cov.SPLITS, default="tune")
    s.add_argument("--rows", type=Path, help="write one row per matched quote here")
    s.add_argument("--per-event", action="store_true")
    d = sub.add_parser("diff", help="what changed between two --rows files")
    d.add_argument("before", type=Path)
    d.add_argument("after", type=Path)
    args = ap.parse_args(argv)
    if args.cmd == "cache":
        if args.split != "tune" and not args.numbers_only:
            print(f"error: the {args.split} split is scored for numbers only; pass "
                  "--numbers-only to cache it, and read no error of it", file=sys.stderr)
            return 2
        return cache(args.split, args.out, args.event)
    if args.cmd == "score":
        return score(args.cache, args.split, args.rows, args.per_event)
    return diff(args.before, args.after)


if __name__ == "__main__":
    sys.exit(main())
