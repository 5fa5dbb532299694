"""The coverage dev set: realistic multi-outlet coverage of events, annotated by hand.

    python benchmarks/coverage.py validate                 # every locator and field checked
    python benchmarks/coverage.py export --split tune -o tune.jsonl   # check/analyze input
    python benchmarks/coverage.py score --split tune [--errors]       # the numbers
    python benchmarks/coverage.py score --split valid                 # to choose settings
    python benchmarks/coverage.py score --split test                  # the held-back half

``score`` reports, for one half: story grouping over all its articles together (pairwise
precision, recall, F1, and the comparisons made); quotes (precision, recall, speaker and
venue accuracy of matched quotes, scored as ``presslens figures eval`` scores them, with
the speaker's same-name diagnostic beside the strict figure); and,
per event given as one story, the cross-source findings: recall and precision of conflicts
(``conflict``, ``venue_conflict``, ``speaker_conflict``) and of corroborations, and the
purity of reported quantity findings (the share of a finding's members that count its main
quantity). A reported finding matches an annotated one of its kind when its members overlap
the annotated spans in at least two articles.

Format: ``benchmarks/coverage/FORMAT.md``. Each event is one JSON file under
``benchmarks/coverage/events/``; its ``split`` (tune, valid or test: see ``SPLITS``) was
fixed before any tuning.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from _anchors import LocateError, locate  # benchmarks/_anchors.py, beside this script

HERE = Path(__file__).resolve().parent
EVENTS = HERE / "coverage" / "events"

KINDS = {"direct", "indirect"}
QUANTITY_FINDINGS = {"corroborated", "conflict", "single_source"}
STATEMENT_FINDINGS = {"venue_conflict", "speaker_conflict", "corroborated", "single_source"}
ARTICLE_FIELDS = {"id", "title", "url", "outlet", "published", "text", "quotes", "figures"}


@dataclass
class Span:
    article: str
    start: int
    end: int
    text: str
    fields: dict[str, Any]


@dataclass
class Event:
    id: str
    split: str
    articles: list[dict[str, Any]]
    quotes: list[Span] = field(default_factory=list)
    figures: list[Span] = field(default_factory=list)
    quantities: dict[str, dict[str, Any]] = field(default_factory=dict)
    statements: dict[str, dict[str, Any]] = field(default_factory=dict)


#: tune: read freely, rules and models are fitted on it; valid: scored for numbers only,
#: to choose between settings fitted on tune (its errors are never read); test: scored for
#: numbers only, to report how well the choice generalises
SPLITS = ("tune", "valid", "test")


class FormatError(ValueError):
    """An event file breaks FORMAT.md."""


def _spans(article: dict[str, Any], key: str) -> Iterable[Span]:
    text = article["text"]
    for i, item in enumerate(article.get(key, [])):
        try:
            start, end = locate(text, item["loc"], item.get("occ"))
        except LocateError as exc:
            raise FormatError(f"{article['id']} {key}[{i}]: {exc}") from None
        yield Span(article["id"], start, end, text[start:end], item)


def load_event(path: Path) -> Event:
    raw = json.loads(path.read_text(encoding="utf-8"))
    if raw.get("event") != path.stem:
        raise FormatError(f"{path.name}: event {raw.get('event')!r} is not the file name")
    if raw.get("split") not in SPLITS:
        raise FormatError(f"{path.name}: split must be one of {', '.join(SPLITS)}")
    ev = Event(raw["event"], raw["split"], raw["articles"])
    ev.quantities = {q["id"]: q for q in raw.get("quantities", [])}
    ev.statements = {s["id"]: s for s in raw.get("statements", [])}
    for q in ev.quantities.values():
        if q.get("finding") not in QUANTITY_FINDINGS:
            raise FormatError(f"{path.name}: quantity {q['id']}: bad finding {q.get('finding')!r}")
    for s in ev.statements.values():
        if s.get("finding") not in STATEMENT_FINDINGS:
            raise FormatError(f"{path.name}: statement {s['id']}: bad finding {s.get('finding')!r}")
    for a in ev.articles:
        extra = set(a) - ARTICLE_FIELDS
        if extra or not a.get("text") or not str(a.get("id", "")).startswith(ev.id + "/"):
            raise FormatError(
                f"{path.name}: article {a.get('id')!r}: bad id, text or fields {extra}")
        ev.quotes.extend(_spans(a, "quotes"))
        ev.figures.extend(_spans(a, "figures"))
    for q in ev.quotes:
        if q.fields.get("kind") not in KINDS or not q.fields.get("speaker"):
            raise FormatError(f"{q.article}: quote {q.text[:40]!r}: kind and speaker needed")
        sid = q.fields.get("statement")
        if sid is not None and sid not in ev.statements:
            raise FormatError(f"{q.article}: quote {q.text[:40]!r}: unknown statement {sid!r}")
    for f in ev.figures:
        if f.fields.get("quantity") not in ev.quantities:
            raise FormatError(f"{f.article}: figure {f.text!r}: unknown quantity")
        if not isinstance(f.fields.get("value"), int | float):
            raise FormatError(f"{f.article}: figure {f.text!r}: value must be a number")
    _check_findings(ev)
    return ev


def _check_findings(ev: Event) -> None:
    """Quantities and statements agree with how many articles carry them."""
    for qid, q in ev.quantities.items():
        n = len({f.article for f in ev.figures if f.fields["quantity"] == qid})
        if n == 0:
            raise FormatError(f"{ev.id}: quantity {qid} has no figure")
        if (n == 1) != (q["finding"] == "single_source"):
            raise FormatError(f"{ev.id}: quantity {qid} is in {n} article(s) but {q['finding']}")
    for sid, s in ev.statements.items():
        n = len({x.article for x in ev.quotes if x.fields.get("statement") == sid})
        if n == 0:
            raise FormatError(f"{ev.id}: statement {sid} has no quote")
        if (n == 1) != (s["finding"] == "single_source"):
            raise FormatError(f"{ev.id}: statement {sid} is in {n} article(s) but {s['finding']}")


def load_events(split: str | None = None, folder: Path = EVENTS) -> list[Event]:
    events = [load_event(p) for p in sorted(folder.glob("*.json"))]
    return [e for e in events if split in (None, "all", e.split)]


def documents(articles: Iterable[dict[str, Any]]) -> list[Any]:
    """The articles as presslens documents, metadata as an input record gives it."""
    import datetime as dt

    import presslens

    return [
        presslens.make_document(
            a["text"], id=a["id"], title=a.get("title"), url=a.get("url"),
            outlet=a.get("outlet"),
            published=dt.date.fromisoformat(a["published"]) if a.get("published") else None)
        for a in articles
    ]


def records(events: list[Event]) -> list[dict[str, Any]]:
    """The articles as `presslens check` / `analyze` input records."""
    keys = ("id", "title", "url", "outlet", "published", "text")
    return [{k: a.get(k) for k in keys} for e in events for a in e.articles]


CONFLICTS = ("conflict", "venue_conflict", "speaker_conflict")


def gold_findings(ev: Event) -> list[dict[str, Any]]:
    """The annotated cross-article findings of an event, with their member spans."""
    out = []
    for qid, q in ev.quantities.items():
        if q["finding"] in ("corroborated", "conflict"):
            members = [f for f in ev.figures if f.fields["quantity"] == qid]
            out.append({"kind": q["finding"], "id": qid, "about": q.get("about", ""),
                        "members": members})
    for sid, st in ev.statements.items():
        if st["finding"] in ("venue_conflict", "speaker_conflict"):
            members = [x for x in ev.quotes if x.fields.get("statement") == sid]
            out.append({"kind": st["finding"], "id": sid, "about": st.get("about", ""),
                        "members": members})
    return out


def _hits(pred: dict[str, Any], spans: list[Span]) -> set[str]:
    """The articles in which a reported finding's members overlap the given spans."""
    return {
        g.article for g in spans for m in pred["members"]
        if m["article"] == g.article and m["start"] < g.end and g.start < m["end"]
    }


def purity(pred: dict[str, Any], ev: Event) -> float:
    """Share of a quantity finding's members that overlap figures of its main quantity."""
    labels = []
    for m in pred["members"]:
        q = next((f.fields["quantity"] for f in ev.figures if f.article == m["article"]
                  and m["start"] < f.end and f.start < m["end"]), None)
        labels.append(q)
    known = [x for x in labels if x is not None]
    if not known:
        return 0.0
    main = max(set(known), key=known.count)
    return labels.count(main) / len(labels)


def _pairs(groups: Iterable[Iterable[str]]) -> set[tuple[str, str]]:
    out = set()
    for g in groups:
        ids = sorted(g)
        out |= {(a, b) for i, a in enumerate(ids) for b in ids[i + 1 :]}
    return out


class FindingsTally:
    """Reported findings against the annotated ones, event by event: a gold finding is
    found when a reported one of its kind has members in two of its articles."""

    def __init__(self) -> None:
        self.counts: dict[str, int] = {}
        self.purities: list[float] = []
        self.lines: list[str] = []

    def _bump(self, key: str, by: int = 1) -> None:
        self.counts[key] = self.counts.get(key, 0) + by

    def add(self, e: Event, preds: list[dict[str, Any]]) -> None:
        """Score one event's reported findings (``Finding.model_dump(mode="json")``)."""
        golds = gold_findings(e)
        for g in golds:
            key = "conflicts" if g["kind"] in CONFLICTS else "corroborations"
            hit = any(p["kind"] == g["kind"] and len(_hits(p, g["members"])) >= 2 for p in preds)
            self._bump(f"{key}_gold")
            self._bump(f"{key}_found", hit)
            self.lines.append(f"  {e.id}: gold {'HIT ' if hit else 'MISS'} [{g['kind']}] "
                              f"{g['about']}")
        for p in preds:
            if p["kind"] == "single_source":
                continue
            key = "conflicts" if p["kind"] in CONFLICTS else "corroborations"
            right = any(p["kind"] == g["kind"] and len(_hits(p, g["members"])) >= 2
                        for g in golds)
            self._bump(f"{key}_reported")
            self._bump(f"{key}_right", right)
            if p["kind"] in ("conflict", "corroborated"):
                self.purities.append(purity(p, e))
            if not right:
                self.lines.append(f"  {e.id}: WRONG [{p['kind']}] {p['subject']}")

    def _pr(self, key: str) -> dict[str, Any]:
        c = self.counts
        rec = c.get(f"{key}_found", 0) / max(1, c.get(f"{key}_gold", 0))
        prec = c.get(f"{key}_right", 0) / max(1, c.get(f"{key}_reported", 0))
        return {"gold": c.get(f"{key}_gold", 0), "reported": c.get(f"{key}_reported", 0),
                "recall": round(rec, 3), "precision": round(prec, 3)}

    def summary(self) -> dict[str, Any]:
        p = self.purities
        return {"conflicts": self._pr("conflicts"), "corroborations": self._pr("corroborations"),
                "mean_purity": round(sum(p) / len(p), 3) if p else None,
                "impure_share": round(sum(x < 0.8 for x in p) / len(p), 3) if p else None}


def score(split: str, show_errors: bool, only: set[str] | None = None) -> dict[str, Any]:
    import time

    import presslens
    from presslens.crosscheck import default_embedder, find_findings
    from presslens.devset import GoldArticle, Score, score_article
    from presslens.stories import StoryIndex, group_stories

    events = [e for e in load_events(split) if only is None or e.id in only]
    if not events:
        raise SystemExit(f"error: no events in split {split!r} under {EVENTS}")
    t0 = time.perf_counter()
    docs = documents(a for e in events for a in e.articles)
    pipeline = presslens.load_pipeline(exclude=("presslens.techniques.v1",))
    # as `presslens analyze FILE.jsonl` does: each article alone, then one spelling per
    # speaker within each story
    analysed = {d.id: d for d in presslens.analyze_collection(docs, pipeline=pipeline)}
    t_analyse = time.perf_counter() - t0

    # grouping: all the half's articles together
    index = StoryIndex()
    stories = group_stories(list(analysed.values()), index=index)
    pred_pairs = _pairs(s.articles for s in stories)
    gold_pairs = _pairs([a["id"] for a in e.articles] for e in events)
    gp = len(pred_pairs & gold_pairs) / len(pred_pairs) if pred_pairs else 1.0
    gr = len(pred_pairs & gold_pairs) / len(gold_pairs) if gold_pairs else 1.0
    grouping = {"articles": len(docs), "events": len(events), "stories": len(stories),
                "pairwise_precision": round(gp, 3), "pairwise_recall": round(gr, 3),
                "pairwise_f1": round(2 * gp * gr / (gp + gr), 3) if gp + gr else 0.0,
                "comparisons": index.comparisons}

    # quotes and figures, scored as `presslens figures eval` does
    sc = Score()
    by_event: dict[str, Any] = {}
    for e in events:
        event_score = Score()
        for a in e.articles:
            def rows(spans: list[Span], aid: str = a["id"]) -> list[dict[str, Any]]:
                return [{"start": x.start, "end": x.end, "text": x.text, **x.fields}
                        for x in spans if x.article == aid]
            gold = GoldArticle(file=a["id"], text=a["text"], quotes=rows(e.quotes),
                               figures=rows(e.figures))
            score_article(gold, analysed[a["id"]], sc)
            score_article(gold, analysed[a["id"]], event_score)
        event_quotes = event_score.summary()["quotes"]
        by_event[e.id] = {k: event_quotes[k] for k in ("speaker_accuracy",
                                                       "speaker_accuracy_same_name",
                                                       "venue_accuracy")}
    quotes = sc.summary()["quotes"]
    figures = sc.summary()["figures"]

    # findings, each event given as one story
    embedder = default_embedder()
    tally = FindingsTally()
    for e in events:
        preds = [f.model_dump(mode="json") for f in
                 find_findings([analysed[a["id"]] for a in e.articles], embedder=embedder)]
        tally.add(e, preds)

    result = {
        "split": split,
        "grouping": grouping,
        "quotes": {k: quotes[k] for k in ("gold", "predicted", "precision", "recall",
                                          "speaker_accuracy", "speaker_accuracy_same_name",
                                          "venue_accuracy")},
        "quotes_by_event": by_event,
        "figures": {k: figures[k] for k in ("gold", "precision", "recall")},
        "findings": tally.summary(),
        "seconds": {"analyse": round(t_analyse, 1), "total": round(time.perf_counter() - t0, 1)},
    }
    if show_errors:
        for s in stories:
            print(f"story {s.id}: {sorted(s.articles)}")
        print("\n".join(tally.lines))
        print("\n".join(x for x in sc.errors if "figure" not in x))
    return result


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    v = sub.add_parser("validate", help="check every event file")
    v.add_argument("files", nargs="*", type=Path)
    ex = sub.add_parser("export", help="write the articles as JSONL input records")
    ex.add_argument("--split", choices=[*SPLITS, "all"], default="tune")
    ex.add_argument("-o", "--output", type=Path, required=True)
    sc = sub.add_parser("score", help="score presslens on one split (tune, valid or test)")
    sc.add_argument("--split", choices=[*SPLITS, "all"], required=True)
    sc.add_argument("--errors", action="store_true", help="list misses (tune split only)")
    sc.add_argument("--event", action="append", help="only this event (repeatable)")
    args = ap.parse_args(argv)
    if args.cmd == "score":
        if args.errors and args.split != "tune":
            print(f"error: --errors lists the misses of the tune split only; the {args.split} "
                  "split is scored for numbers, so that it stays unread", file=sys.stderr)
            return 2
        only = set(args.event) if args.event else None
        print(json.dumps(score(args.split, args.errors, only), indent=2))
        return 0
    if args.cmd == "validate":
        paths = args.files or sorted(EVENTS.glob("*.json"))
        bad = 0
        for p in paths:
            try:
                ev = load_event(p)
            except (FormatError, KeyError, json.JSONDecodeError) as exc:
                print(f"error: {p.name}: {exc}", file=sys.stderr)
                bad += 1
                continue
            kinds = [q["finding"] for q in ev.quantities.values()]
            kinds += [s["finding"] for s in ev.statements.values()]
            summary = {k: kinds.count(k) for k in sorted(set(kinds))}
            print(f"{ev.id} [{ev.split}]: {len(ev.articles)} articles, {len(ev.quotes)} quotes, "
                  f"{len(ev.figures)} figures, findings {summary}")
        return 2 if bad else 0
    recs = records(load_events(args.split))
    with args.output.open("w", encoding="utf-8") as fh:
        for r in recs:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"{len(recs)} articles -> {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
