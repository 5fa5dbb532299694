"""Stage ``presslens.figures.v1``: every number the article claims about the world.

Rules over the spaCy parse (see ``presslens.figures``): number expressions in
digits or words are found (:mod:`~presslens.figures.numbers`), dates, times,
ages, identifiers and the like are dropped (:mod:`~presslens.figures.filters`),
then each figure gets its hedge (:mod:`~presslens.figures.hedges`), what it
counts and its unit (:mod:`~presslens.figures.counted`), and who asserts it:
the speaker of the attribution whose content contains it, else None (the
article's own voice).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..figures.counted import counted_noun, describe, unit_of
from ..figures.filters import exclusion_reason
from ..figures.hedges import hedge_at
from ..figures.numbers import NumberExpr, find_numbers
from ..model import Attribution, Document, Figure


def _containing(attributions: Sequence[Attribution], start: int, end: int) -> Attribution | None:
    """The innermost attribution whose content contains ``[start, end)``."""
    best: Attribution | None = None
    best_len = 0
    for att in attributions:
        parts = att.content_parts or [att.content]
        for part in parts:
            if part.start <= start and end <= part.end:
                length = part.end - part.start
                if best is None or length < best_len:
                    best, best_len = att, length
    return best


def extract_figures(parsed: Any, attributions: Sequence[Attribution] = ()) -> list[Figure]:
    """The figures of one spaCy ``Doc``; attributions decide who asserts each."""
    text = parsed.text  # Doc.text joins every token: read it once
    exprs = find_numbers(parsed)
    previous: NumberExpr | None = None
    excluded: set[int] = set()
    for k, expr in enumerate(exprs):
        if exclusion_reason(parsed, expr, previous) is not None:
            excluded.add(k)
        previous = expr
    for k, expr in enumerate(exprs):
        # "those 18 to 35 years old": when one end of a range is an age, date or
        # name, so is the other.
        if expr.range_with is not None and expr.range_with in excluded:
            excluded.add(k)
    figures: list[Figure] = []
    for k, expr in enumerate(exprs):
        if k in excluded:
            continue
        partner = expr.range_with
        in_range = partner is not None and partner not in excluded
        if in_range:
            hedge: str | None = "range"
            after_end = expr.end
        else:
            hedge, after_end = hedge_at(parsed, expr.start, expr.end)
        if in_range and partner is not None:  # (partner: for the type checker)
            # Both ends of "from 10 to 20 people" count what the second end counts;
            # neither end, the joiner nor "between"/"from" belongs in ``counted``.
            first, second = sorted((expr, exprs[partner]), key=lambda e: e.start)
            lead = first.start - 1
            skip = set(range(first.start, second.end))
            if lead >= 0 and parsed[lead].lower_ in ("between", "from"):
                skip.add(lead)
            counted, unit = describe(parsed, second, second.end, skip)
            if unit is None:
                unit = unit_of(parsed, first, counted_noun(parsed, first))
        else:
            counted, unit = describe(parsed, expr, after_end)
        start, end = expr.char_span(parsed)
        att = _containing(attributions, start, end)
        figures.append(
            Figure(
                start=start,
                end=end,
                text=text[start:end],
                value=expr.value,
                unit=unit,
                counted=counted,
                asserted_by=att.speaker.name if att is not None and att.speaker else None,
                attribution=att.id if att is not None else None,
                hedge=hedge,
            )
        )
    return figures


class FigureStage:
    name = "presslens.figures.v1"
    version = "5"
    requires: tuple[str, ...] = ("parse", "attributions")
    assigns: tuple[str, ...] = ("figures",)

    def predict(self, docs: Sequence[Document]) -> list[list[Figure]]:
        return [extract_figures(doc.parse, doc.attributions) for doc in docs]

    def set_annotations(self, docs: Sequence[Document], preds: Sequence[list[Figure]]) -> None:
        for doc, figures in zip(docs, preds, strict=True):
            doc.figures = figures
