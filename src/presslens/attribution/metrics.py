"""Scoring attributions against gold: content overlap F1 (PTC formula), exact F1,
and source/cue accuracy of matched attributions."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from .._scoring import f1, ratio
from .brat import BratAttribution, Span


def _chars(text: str, parts: Sequence[Span]) -> frozenset[int]:
    """Covered character positions, ignoring whitespace."""
    return frozenset(i for s, e in parts for i in range(s, e) if not text[i].isspace())


@dataclass
class Scores:
    predicted: int = 0
    gold: int = 0
    precision_sum: float = 0.0
    recall_sum: float = 0.0
    exact: int = 0
    matched: int = 0
    source_ok: int = 0
    cue_ok: int = 0
    both_ok: int = 0

    def add(self, other: Scores) -> None:
        for name in self.__dataclass_fields__:
            setattr(self, name, getattr(self, name) + getattr(other, name))

    @property
    def partial_precision(self) -> float:
        return ratio(self.precision_sum, self.predicted)

    @property
    def partial_recall(self) -> float:
        return ratio(self.recall_sum, self.gold)

    @property
    def partial_f1(self) -> float:
        return f1(self.partial_precision, self.partial_recall)

    @property
    def exact_precision(self) -> float:
        return ratio(self.exact, self.predicted)

    @property
    def exact_recall(self) -> float:
        return ratio(self.exact, self.gold)

    @property
    def exact_f1(self) -> float:
        return f1(self.exact_precision, self.exact_recall)

    @property
    def source_accuracy(self) -> float:
        """Share of matched predictions whose source and cue both overlap the gold ones."""
        return ratio(self.both_ok, self.matched)

    def as_dict(self) -> dict[str, float | int]:
        return {
            "predicted": self.predicted,
            "gold": self.gold,
            "partial_precision": round(self.partial_precision, 4),
            "partial_recall": round(self.partial_recall, 4),
            "partial_f1": round(self.partial_f1, 4),
            "exact_precision": round(self.exact_precision, 4),
            "exact_recall": round(self.exact_recall, 4),
            "exact_f1": round(self.exact_f1, 4),
            "matched": self.matched,
            "source_accuracy": round(self.source_accuracy, 4),
            "source_only_accuracy": round(self.source_ok / self.matched, 4)
            if self.matched
            else 0.0,
            "cue_accuracy": round(ratio(self.cue_ok, self.matched), 4),
        }


def score_document(
    text: str, predicted: Sequence[BratAttribution], gold: Sequence[BratAttribution]
) -> Scores:
    """Scores for one article.

    Partial overlap follows the PTC formula: each prediction p earns
    |p ∩ G| / |p| where G is the union of gold contents, each gold g earns
    |g ∩ P| / |g| (sums over non-overlapping spans, capped at 1 when gold
    spans overlap each other). Whitespace is not counted. Exact match compares
    the covered characters. A prediction is matched to the gold attribution
    its content overlaps most; its source (cue) is right when it overlaps the
    gold source (cue); a gold attribution without a source accepts none.
    """
    s = Scores(predicted=len(predicted), gold=len(gold))
    p_sets = [_chars(text, p.content) for p in predicted]
    g_sets = [_chars(text, g.content) for g in gold]
    p_union = frozenset().union(*p_sets) if p_sets else frozenset()
    g_union = frozenset().union(*g_sets) if g_sets else frozenset()
    for ps in p_sets:
        if ps:
            s.precision_sum += len(ps & g_union) / len(ps)
    for gs in g_sets:
        if gs:
            s.recall_sum += len(gs & p_union) / len(gs)
    exact_gold = set(g_sets)
    used: set[frozenset[int]] = set()
    for pred, ps in zip(predicted, p_sets, strict=True):
        if ps in exact_gold and ps not in used:
            s.exact += 1
            used.add(ps)
        best, best_overlap = None, 0
        for g, gs in zip(gold, g_sets, strict=True):
            overlap = len(ps & gs)
            if overlap > best_overlap:
                best, best_overlap = g, overlap
        if best is None:
            continue
        s.matched += 1
        src_ok = _overlaps(pred.source, best.source)
        cue_ok = _overlaps(pred.cue, best.cue)
        s.source_ok += src_ok
        s.cue_ok += cue_ok
        s.both_ok += src_ok and cue_ok
    return s


def _overlaps(a: Sequence[Span], b: Sequence[Span]) -> bool:
    if not b:
        return not a
    return any(min(x[1], y[1]) > max(x[0], y[0]) for x in a for y in b)
