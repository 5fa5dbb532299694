"""Which technique spans a reader is shown, one rule for the terminal, HTML and web views.

``doc.techniques`` keeps every span the model found, with its confidence; views
show those at or above ``doc.technique_summary.display_threshold`` (chosen on
development data for precision, see docs/model-card-techniques.md), or all of
them when asked (``presslens analyze --all-techniques``).
"""

from __future__ import annotations

from ..model import Document, TechniqueSpan, TechniqueSummary


def display_threshold(doc: Document) -> float:
    return doc.technique_summary.display_threshold if doc.technique_summary else 0.0


def shown_techniques(doc: Document, all_techniques: bool = False) -> list[TechniqueSpan]:
    """The spans a view shows: those at or above the display threshold, or all."""
    if all_techniques:
        return list(doc.techniques)
    threshold = display_threshold(doc)
    return [t for t in doc.techniques if t.confidence >= threshold]


def shown_summary(doc: Document, all_techniques: bool = False) -> TechniqueSummary | None:
    """The summary of the shown spans (the stored one, or recounted over all spans)."""
    if not all_techniques or doc.technique_summary is None:
        return doc.technique_summary
    from ..stages.techniques import summarise

    return summarise(doc, doc.techniques, 0.0)
