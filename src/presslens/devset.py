"""Scoring presslens against the hand-annotated development set.

The gold file is JSON Lines, one article a line (``benchmarks/devset/``)::

    {"file": "datasets/polnear/dev/text/NAME.txt", "sha1": "...",
     "quotes": [{"start", "end", "kind", "speaker", "venue", "text"}, ...],
     "figures": [{"start", "end", "text", "value", "unit", "counted",
                  "attributed_to", "hedge"}, ...]}

``file`` is relative to the texts folder (the shared data folder). Predicted
figures are matched one-to-one to gold figures by character overlap (largest
overlap first); precision and recall count matches, value accuracy is the share
of matched figures whose value equals the gold value (within 0.1 %, or
0.005 for small numbers: "a third" annotated 33.33 percent is right). Predicted attributions
are matched to gold quotes the same way by content overlap; speaker and venue
accuracy are the shares of matched quotes whose speaker (case-insensitive) and
venue (case-insensitive; null matches null) equal the gold ones; a second speaker
figure, ``speaker_accuracy_same_name``, also counts a speaker written in another
spelling of the same name (``presslens.names.same_name``: "Vinod Kulkarni" for "Vinod
Raghunath Kulkarni"), which tells a wrong speaker from the gold's choice of spelling.
It is a diagnostic, judged by presslens's own name key; the strict figure is the
score. Hedge, unit
and asserted-by accuracy are reported the same way for matched figures, and
``counted_token_f1`` is the mean bag-of-words F1 between the predicted and the
gold ``counted`` phrase (a rough guide: gold phrases are paraphrases).
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ._scoring import f1, overlap, ratio
from .errors import InputFormatError, InputNotFoundError
from .model import Attribution, Document, Figure
from .names import same_name

logger = logging.getLogger(__name__)


@dataclass
class GoldArticle:
    file: str
    text: str
    quotes: list[dict[str, Any]]
    figures: list[dict[str, Any]]


def load_gold(gold: Path, texts: Path) -> list[GoldArticle]:
    """Read the gold JSONL and the article texts it names; one-line errors on bad input."""
    if not gold.is_file():
        raise InputNotFoundError(f"gold file {gold} does not exist; pass --gold FILE.jsonl")
    if not texts.is_dir():
        raise InputNotFoundError(
            f"texts folder {texts} does not exist; pass --texts with the shared data folder"
        )
    try:
        lines = gold.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise InputFormatError(f"cannot read gold file {gold}: {exc}") from None
    articles: list[GoldArticle] = []
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
            name = rec["file"]
            quotes, figures = list(rec.get("quotes", [])), list(rec.get("figures", []))
        except (json.JSONDecodeError, KeyError, TypeError):
            raise InputFormatError(
                f"{gold}:{n} is not a gold record with a 'file' field; check the JSONL"
            ) from None
        path = texts / name
        try:
            raw = path.read_bytes()
        except OSError:
            raise InputNotFoundError(
                f"{gold}:{n} names {name}, which is not under {texts}; pass the right --texts"
            ) from None
        if rec.get("sha1") and hashlib.sha1(raw).hexdigest() != rec["sha1"]:
            raise InputFormatError(f"{path} changed since it was annotated (sha1 differs)")
        text = raw.decode("utf-8", errors="replace").replace("\r\n", "\n").replace("\r", "\n")
        articles.append(GoldArticle(name, text, quotes, figures))
    if not articles:
        raise InputFormatError(f"gold file {gold} has no records")
    return articles


def match(
    gold: Sequence[tuple[int, int]], pred: Sequence[tuple[int, int]]
) -> list[tuple[int, int]]:
    """One-to-one (gold index, predicted index) pairs, largest overlap first."""
    pairs = sorted(
        (
            (overlap(g, p), gi, pi)
            for gi, g in enumerate(gold)
            for pi, p in enumerate(pred)
            if overlap(g, p) > 0
        ),
        reverse=True,
    )
    used_g: set[int] = set()
    used_p: set[int] = set()
    out: list[tuple[int, int]] = []
    for _, gi, pi in pairs:
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        out.append((gi, pi))
    return sorted(out)


def _same_value(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is b
    # Gold values are written by hand: 33.33 for "a third" is the same value.
    return abs(a - b) <= max(0.005, 1e-3 * abs(b))


def token_f1(pred: str | None, gold: str | None) -> float:
    """Bag-of-words F1 between two short phrases (lower-cased word tokens)."""
    p = re.findall(r"\w+", (pred or "").lower())
    g = re.findall(r"\w+", (gold or "").lower())
    if not p or not g:
        return float(p == g)
    common = sum((Counter(p) & Counter(g)).values())
    if not common:
        return 0.0
    return f1(common / len(p), common / len(g))


def _norm(s: str | None) -> str | None:
    return s.strip().casefold() if s else None


@dataclass
class Score:
    figures_gold: int = 0
    figures_pred: int = 0
    figures_matched: int = 0
    values_right: int = 0
    hedges_right: int = 0
    units_right: int = 0
    counted_overlap: float = 0.0
    asserted_right: int = 0
    quotes_gold: int = 0
    quotes_pred: int = 0
    quotes_matched: int = 0
    speakers_right: int = 0
    speakers_same_name: int = 0  # right, or the same name in another spelling
    venues_right: int = 0
    kinds_right: int = 0
    # the same quote counts restricted to gold direct quotes
    direct_gold: int = 0
    direct_matched: int = 0
    direct_speakers_right: int = 0
    direct_venues_right: int = 0
    errors: list[str] = field(default_factory=list)

    def summary(self) -> dict[str, Any]:
        p = ratio(self.figures_matched, self.figures_pred)
        r = ratio(self.figures_matched, self.figures_gold)
        return {
            "figures": {
                "gold": self.figures_gold,
                "predicted": self.figures_pred,
                "matched": self.figures_matched,
                "precision": round(p, 3),
                "recall": round(r, 3),
                "f1": round(f1(p, r), 3),
                "value_accuracy": round(ratio(self.values_right, self.figures_matched), 3),
                "hedge_accuracy": round(ratio(self.hedges_right, self.figures_matched), 3),
                "unit_accuracy": round(ratio(self.units_right, self.figures_matched), 3),
                "counted_token_f1": round(
                    self.counted_overlap / self.figures_matched if self.figures_matched else 0.0, 3
                ),
                "asserted_by_accuracy": round(
                    ratio(self.asserted_right, self.figures_matched), 3
                ),
            },
            "quotes": {
                "gold": self.quotes_gold,
                "predicted": self.quotes_pred,
                "matched": self.quotes_matched,
                "precision": round(ratio(self.quotes_matched, self.quotes_pred), 3),
                "recall": round(ratio(self.quotes_matched, self.quotes_gold), 3),
                "speaker_accuracy": round(ratio(self.speakers_right, self.quotes_matched), 3),
                "speaker_accuracy_same_name": round(
                    ratio(self.speakers_same_name, self.quotes_matched), 3
                ),
                "venue_accuracy": round(ratio(self.venues_right, self.quotes_matched), 3),
                "kind_accuracy": round(ratio(self.kinds_right, self.quotes_matched), 3),
                "speaker_accuracy_all_gold": round(
                    ratio(self.speakers_right, self.quotes_gold), 3
                ),
                "direct": {
                    "gold": self.direct_gold,
                    "matched": self.direct_matched,
                    "recall": round(ratio(self.direct_matched, self.direct_gold), 3),
                    "speaker_accuracy": round(
                        ratio(self.direct_speakers_right, self.direct_matched), 3
                    ),
                    "venue_accuracy": round(
                        ratio(self.direct_venues_right, self.direct_matched), 3
                    ),
                },
            },
        }


def _span(att: Attribution) -> tuple[int, int]:
    parts = att.content_parts or [att.content]
    return min(p.start for p in parts), max(p.end for p in parts)


def score_article(gold: GoldArticle, doc: Document, score: Score) -> None:
    """Add one article's counts (and readable error lines) to ``score``."""
    figs: list[Figure] = doc.figures
    gspans = [(g["start"], g["end"]) for g in gold.figures]
    pairs = match(gspans, [(f.start, f.end) for f in figs])
    score.figures_gold += len(gspans)
    score.figures_pred += len(figs)
    score.figures_matched += len(pairs)
    matched_g = {gi for gi, _ in pairs}
    matched_p = {pi for _, pi in pairs}
    for gi, pi in pairs:
        g, f = gold.figures[gi], figs[pi]
        if _same_value(f.value, g["value"]):
            score.values_right += 1
        else:
            score.errors.append(f"{gold.file}: value {f.text!r} {f.value} != {g['value']}")
        if _norm(f.hedge) == _norm(g.get("hedge")):
            score.hedges_right += 1
        else:
            score.errors.append(f"{gold.file}: hedge {f.text!r} {f.hedge!r} != {g.get('hedge')!r}")
        if _norm(f.unit) == _norm(g.get("unit")):
            score.units_right += 1
        else:
            score.errors.append(f"{gold.file}: unit {f.text!r} {f.unit!r} != {g.get('unit')!r}")
        score.counted_overlap += token_f1(f.counted, g.get("counted"))
        if _norm(f.asserted_by) == _norm(g.get("attributed_to")):
            score.asserted_right += 1
        else:
            score.errors.append(
                f"{gold.file}: asserted_by {f.text!r} {f.asserted_by!r} "
                f"!= {g.get('attributed_to')!r}"
            )
    for gi, g in enumerate(gold.figures):
        if gi not in matched_g:
            score.errors.append(f"{gold.file}: missed figure {_context(gold.text, g)}")
    for pi, f in enumerate(figs):
        if pi not in matched_p:
            score.errors.append(
                f"{gold.file}: spurious figure {_context(gold.text, f.model_dump())}"
            )
    atts = doc.attributions
    qpairs = match([(q["start"], q["end"]) for q in gold.quotes], [_span(a) for a in atts])
    score.quotes_gold += len(gold.quotes)
    score.quotes_pred += len(atts)
    score.quotes_matched += len(qpairs)
    score.direct_gold += sum(q.get("kind") == "direct" for q in gold.quotes)
    for gi, pi in qpairs:
        q, a = gold.quotes[gi], atts[pi]
        speaker = a.speaker.name if a.speaker else None
        speaker_right = _norm(speaker) == _norm(q["speaker"])
        venue_right = _norm(a.venue) == _norm(q["venue"])
        score.speakers_right += speaker_right
        score.speakers_same_name += speaker_right or same_name(speaker, q["speaker"])
        score.venues_right += venue_right
        kind = "indirect" if a.kind == "reported" else a.kind  # gold says "indirect"
        score.kinds_right += kind == q.get("kind")
        if q.get("kind") == "direct":
            score.direct_matched += 1
            score.direct_speakers_right += speaker_right
            score.direct_venues_right += venue_right
        if not speaker_right:
            score.errors.append(f"{gold.file}: speaker {speaker!r} != {q['speaker']!r}")
        if not venue_right:
            score.errors.append(f"{gold.file}: venue {a.venue!r} != {q['venue']!r}")
    matched_q = {gi for gi, _ in qpairs}
    for gi, q in enumerate(gold.quotes):
        if gi not in matched_q:
            score.errors.append(f"{gold.file}: missed quote {_context(gold.text, q)}")


def _context(text: str, item: dict[str, Any]) -> str:
    s, e = item["start"], item["end"]
    left = text[max(0, s - 30) : s].replace("\n", " ")
    right = text[e : e + 30].replace("\n", " ")
    return f"...{left}[[{text[s:e]}]]{right}..."


Analyzer = Callable[[Iterable[Document]], Iterable[Document]]


def evaluate(articles: Sequence[GoldArticle], analyze: Analyzer) -> Score:
    """Analyse every gold article's text with ``analyze`` and score it."""
    docs = [Document(id=a.file, text=a.text) for a in articles]
    score = Score()
    for gold, doc in zip(articles, analyze(docs), strict=True):
        score_article(gold, doc, score)
    return score


def default_analyzer() -> Analyzer:
    """The default pipeline without the technique stage, which nothing here scores."""
    from .analysis import analyze_documents, load_pipeline

    pipeline = load_pipeline(exclude=("presslens.techniques.v1",))
    return lambda docs: analyze_documents(docs, pipeline=pipeline)
