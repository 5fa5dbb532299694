"""The SemEval-2020 Task 11 metrics, implemented from the task definition.

SI (span identification) gives partial credit for overlap: with predicted
span p and gold span g of the same article, precision adds |p∩g|/|p| and
recall adds |p∩g|/|g|; overlapping spans of one side are merged first, and
the sums are divided by the number of predicted (gold) spans over all
articles. TC (technique classification) is micro-F1 over the given gold
spans, which equals accuracy when every span gets one prediction.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from .._scoring import f1

Span = tuple[int, int]


def merge_spans(spans: Iterable[Span]) -> list[Span]:
    """Sort and merge overlapping spans (touching spans stay apart)."""
    out: list[list[int]] = []
    for s, e in sorted(spans):
        if e <= s:
            continue
        if out and s < out[-1][1]:
            out[-1][1] = max(out[-1][1], e)
        else:
            out.append([s, e])
    return [(s, e) for s, e in out]


@dataclass(frozen=True)
class SIScore:
    precision: float
    recall: float
    f1: float
    n_pred: int
    n_gold: int


def si_score(pred: Mapping[str, Iterable[Span]], gold: Mapping[str, Iterable[Span]]) -> SIScore:
    """SI precision, recall and F1 over articles (micro over spans)."""
    p_num = r_num = 0.0
    n_pred = n_gold = 0
    for aid in set(pred) | set(gold):
        ps = merge_spans(pred.get(aid, ()))
        gs = merge_spans(gold.get(aid, ()))
        n_pred += len(ps)
        n_gold += len(gs)
        for ps_, pe in ps:
            for gs_, ge in gs:
                inter = min(pe, ge) - max(ps_, gs_)
                if inter > 0:
                    p_num += inter / (pe - ps_)
                    r_num += inter / (ge - gs_)
    p = p_num / n_pred if n_pred else 0.0
    r = r_num / n_gold if n_gold else 0.0
    return SIScore(p, r, f1(p, r), n_pred, n_gold)


def tc_micro_f1(
    pred: Iterable[tuple[str, int, int, str]], gold: Iterable[tuple[str, int, int, str]]
) -> float:
    """Micro-F1 of rows ``(id, start, end, technique)``.

    A prediction is correct when the same span carries the same technique in
    the gold rows; repeated spans count as a multiset.
    """
    p = Counter(pred)
    g = Counter(gold)
    correct = sum((p & g).values())
    n_p, n_g = sum(p.values()), sum(g.values())
    prec = correct / n_p if n_p else 0.0
    rec = correct / n_g if n_g else 0.0
    return f1(prec, rec)


def tc_per_technique(
    pred: Iterable[tuple[str, int, int, str]], gold: Iterable[tuple[str, int, int, str]]
) -> dict[str, tuple[float, float, float, int]]:
    """Per technique: precision, recall, F1 and gold support."""
    p = Counter(pred)
    g = Counter(gold)
    both = p & g
    out: dict[str, tuple[float, float, float, int]] = {}
    labels = sorted({k[3] for k in p} | {k[3] for k in g})
    for lab in labels:
        c = sum(v for k, v in both.items() if k[3] == lab)
        n_p = sum(v for k, v in p.items() if k[3] == lab)
        n_g = sum(v for k, v in g.items() if k[3] == lab)
        prec = c / n_p if n_p else 0.0
        rec = c / n_g if n_g else 0.0
        out[lab] = (prec, rec, f1(prec, rec), n_g)
    return out
