"""Grouping the mentions of a story into quantities (average linkage, one value per article)."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from ...embed import cosine
from .mentions import QuantityMention
from .pairs import (
    CONFLICT_THRESHOLD,
    REPEAT_CONTEXT,
    SAME_QUANTITY_THRESHOLD,
    is_tally,
    same_quantity_score,
)
from .values import agree, agree_as_tally


def align_quantities(
    mentions: Sequence[QuantityMention],
    threshold: float = SAME_QUANTITY_THRESHOLD,
    conflict_threshold: float = CONFLICT_THRESHOLD,
) -> list[list[QuantityMention]]:
    """Group mentions of the same quantity across articles.

    Average-linkage clustering over :func:`same_quantity_score`, with two constraints
    that keep different quantities apart: a group holds at most one value per article
    (a number repeated in one article, headline and body, joins its first mention when
    the value and what is counted are the same), and two groups merge only when their
    mean pair score reaches ``threshold``, or ``conflict_threshold`` when their values
    disagree (a reported conflict should rest on more than topical similarity). So
    "2,500 Europeans fighting for ISIS" and "9,000 fighters in Mosul" do not chain
    into one group through a third figure like both.
    """
    n = len(mentions)
    if n == 0:
        return []
    docs = sorted({m.doc_index for m in mentions})
    col = {d: k for k, d in enumerate(docs)}
    score = np.zeros((n, n))
    agreeing = np.ones((n, n), dtype=bool)
    for i in range(n):
        for j in range(i + 1, n):
            a, b = mentions[i], mentions[j]
            tally = is_tally(a) and is_tally(b)
            agreeing[i, j] = agreeing[j, i] = (
                agree_as_tally(a.claim, b.claim) if tally else agree(a.claim, b.claim)
            )
            if a.doc_index != b.doc_index:
                score[i, j] = score[j, i] = same_quantity_score(a, b)
    in_doc = np.zeros((n, len(docs)), dtype=bool)
    for i, m in enumerate(mentions):
        in_doc[i, col[m.doc_index]] = True
    members: list[list[int]] = [[i] for i in range(n)]
    alive = np.ones(n, dtype=bool)
    size = np.ones(n)

    best = score.copy()  # the closest pair between two groups

    def merge(k: int, other: int) -> None:
        score[k, :] += score[other, :]
        score[:, k] = score[k, :]
        best[k, :] = np.maximum(best[k, :], best[other, :])
        best[:, k] = best[k, :]
        agreeing[k, :] &= agreeing[other, :]
        agreeing[:, k] = agreeing[k, :]
        in_doc[k] |= in_doc[other]
        size[k] += size[other]
        members[k] += members[other]
        alive[other] = False

    # a number repeated in one article (headline and body) is one mention of it
    for i in range(n):
        for j in range(i):
            a, b = mentions[j], mentions[i]
            if (alive[j] and alive[i] and a.doc_index == b.doc_index and a.claim == b.claim
                    and a.unit == b.unit and (
                        (a.counted_words and a.counted_words == b.counted_words)
                        or (a.sentence != b.sentence
                            and cosine(a.context_vec, b.context_vec) >= REPEAT_CONTEXT))):
                merge(j, i)
                break
    while True:
        idx = np.flatnonzero(alive)
        if len(idx) < 2:
            break
        mean = score[np.ix_(idx, idx)] / np.outer(size[idx], size[idx])
        shared = (in_doc[idx].astype(np.int32) @ in_doc[idx].T.astype(np.int32)) > 0
        agree_here = agreeing[np.ix_(idx, idx)]
        # values that agree join on the mean link; two groups whose values disagree join
        # (a conflict) when their closest pair is sure enough: each group has already
        # gathered its own wordings, and a mean over them would drown the one clear match
        link = np.where(agree_here, mean, best[np.ix_(idx, idx)])
        need = np.where(agree_here, threshold, conflict_threshold)
        ok = ~shared & (link >= need)
        mean = link
        np.fill_diagonal(ok, False)
        if not ok.any():
            break
        cand = np.where(ok, mean, -1.0)
        x, y = np.unravel_index(int(np.argmax(cand)), cand.shape)
        k, other = sorted((int(idx[x]), int(idx[y])))
        merge(k, other)
    groups = sorted((sorted(members[i]) for i in np.flatnonzero(alive)), key=lambda g: g[0])
    return [[mentions[i] for i in g] for g in groups]
