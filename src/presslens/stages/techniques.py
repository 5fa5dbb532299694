"""Stage ``presslens.techniques.v1``: persuasion technique spans and a summary.

Fills ``doc.techniques`` (one :class:`~presslens.model.TechniqueSpan` per span,
with its most likely PTC technique and a confidence) and
``doc.technique_summary`` (how many sentences use any technique, counts per
technique), counted over the spans a reader is shown: those at or above the
model's display threshold (``doc.techniques`` keeps every span). The model
loads once per process (:func:`load_model`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from ..model import Document, TechniqueSpan, TechniqueSummary
from ..techniques.model import FoundSpan, TechniqueModel, load_model


def summarise(
    doc: Document, spans: Sequence[TechniqueSpan], display_threshold: float = 0.0
) -> TechniqueSummary:
    """Sentence share and counts of the ``spans`` at or above ``display_threshold``."""
    spans = [t for t in spans if t.confidence >= display_threshold]
    sentences = doc.sentences
    with_technique = sum(
        1 for sent in sentences if any(t.start < sent.end and t.end > sent.start for t in spans)
    )
    counts = Counter(t.technique for t in spans)
    return TechniqueSummary(
        sentences=len(sentences),
        sentences_with_technique=with_technique,
        share=round(with_technique / len(sentences), 4) if sentences else 0.0,
        counts=dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))),
        display_threshold=display_threshold,
    )


class TechniqueStage:
    name = "presslens.techniques.v1"
    requires: tuple[str, ...] = ("parse",)
    assigns: tuple[str, ...] = ("techniques", "technique_summary")

    def __init__(self, model: TechniqueModel | None = None) -> None:
        self.model = model or load_model()
        self.version = f"presslens.techniques.v1+{self.model.name}"

    def predict(self, docs: Sequence[Document]) -> list[list[FoundSpan]]:
        return [self.model.find(doc.text) for doc in docs]

    def set_annotations(self, docs: Sequence[Document], preds: Sequence[list[FoundSpan]]) -> None:
        for doc, found in zip(docs, preds, strict=True):
            spans = [
                TechniqueSpan(
                    start=f.start,
                    end=f.end,
                    technique=f.technique,
                    confidence=min(max(f.confidence, 0.0), 1.0),
                    text=doc.text[f.start : f.end],
                )
                for f in found
            ]
            doc.techniques = spans
            doc.technique_summary = summarise(doc, spans, self.model.display_threshold)
