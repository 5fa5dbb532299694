"""Wire copy: articles that re-publish one agency's text are not independent sources."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..model import Document
from ..wording import char_ngrams

_AGENCIES = {
    "AP": r"\(AP\)|\bAssociated Press\b|\bAP contributed\b",
    "AFP": r"\(AFP\)|\bAgence France[- ]Presse\b|\bAFP contributed\b",
    "Reuters": r"\(Reuters\)|\bReuters contributed\b|\bcontributed by Reuters\b",
}
_CREDIT = re.compile(
    r"\b(?:The )?(Associated Press|AP|AFP|Reuters)\b[^.\n]{0,40}\bcontributed\b", re.I
)
_BYLINE = re.compile(r"^\s*(?:By|BY)\s+([A-Z][^\n]{2,60})$", re.M)
NEAR_IDENTICAL = 0.6


def wire_marks(doc: Document) -> set[str]:
    """Agencies whose copy the text says it carries: a dateline tag or a credit line."""
    text = doc.text
    marks = {name for name, pat in _AGENCIES.items() if re.search(pat, text[:400])}
    for m in _CREDIT.finditer(text):
        name = m.group(1)
        marks.add("AP" if name.lower() in {"ap", "associated press"} else name)
    if re.search(r"\(AP\)|\(AFP\)|\(Reuters\)", text):
        marks |= {n for n, pat in _AGENCIES.items() if re.search(pat.split("|")[0], text)}
    return marks


def byline(doc: Document) -> str | None:
    m = _BYLINE.search(doc.text[:300])
    return m.group(1).strip().lower() if m else None


def wire_groups(docs: Sequence[Document]) -> tuple[list[int], dict[int, str]]:
    """Label each document with a source group; documents of one group are one source.

    Returns (group of each document, reason per group that has several members).
    Same agency mark, same byline, or near-identical text join documents.
    """
    n = len(docs)
    parent = list(range(n))
    reasons: dict[int, str] = {}

    def find(i: int) -> int:
        while parent[i] != i:
            i = parent[i]
        return i

    marks = [wire_marks(d) for d in docs]
    lines = [byline(d) for d in docs]
    grams = [char_ngrams(d.text[:3000], 8) for d in docs]
    for i in range(n):
        for j in range(i + 1, n):
            why = None
            shared = marks[i] & marks[j]
            if shared:
                why = f"wire copy ({', '.join(sorted(shared))})"
            elif lines[i] and lines[i] == lines[j]:
                why = f"shared byline ({lines[i]})"
            elif grams[i] and grams[j]:
                inter = len(grams[i] & grams[j])
                if inter / max(1, min(len(grams[i]), len(grams[j]))) >= NEAR_IDENTICAL:
                    why = "near-identical text"
            if why:
                ri, rj = find(i), find(j)
                if ri != rj:
                    parent[ri] = rj
                reasons[rj] = why
    groups = [find(i) for i in range(n)]
    return groups, {g: reasons[g] for g in set(groups) if g in reasons}
