"""Cut an article into non-overlapping segments under overlapping marks.

Every view that highlights spans (terminal, HTML report, web app) needs the
same thing: the text split at every mark boundary, each piece knowing which
marks cover it. Overlapping and nested marks are fine.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from ..model import Document
from .techniques import shown_techniques


@dataclass(frozen=True)
class Mark:
    """A highlight: ``layer`` (e.g. 'technique'), a ``label``, and free attributes."""

    start: int
    end: int
    layer: str
    label: str
    attrs: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)


@dataclass(frozen=True)
class Segment:
    start: int
    end: int
    text: str
    marks: tuple[Mark, ...]


def segments(text: str, marks: Iterable[Mark]) -> list[Segment]:
    """Split ``text`` at every mark boundary; each segment lists the marks covering it."""
    marks = [m for m in marks if 0 <= m.start < m.end <= len(text)]
    cuts = sorted({0, len(text), *(m.start for m in marks), *(m.end for m in marks)})
    out = []
    for a, b in itertools.pairwise(cuts):
        covering = tuple(m for m in marks if m.start <= a and b <= m.end)
        out.append(Segment(a, b, text[a:b], covering))
    return out


def document_marks(
    doc: Document,
    layers: Sequence[str] = ("technique", "attribution", "figure", "entity"),
    all_techniques: bool = False,
) -> list[Mark]:
    """The standard marks of a document, one list for every view.

    Technique spans below the display threshold are left out unless ``all_techniques``.
    """
    marks: list[Mark] = []
    if "entity" in layers:
        for ent in doc.entities:
            for m in ent.mentions:
                marks.append(
                    Mark(m.start, m.end, "entity", ent.type, {"entity": ent.id, "name": ent.name})
                )
    if "technique" in layers:
        for i, t in enumerate(shown_techniques(doc, all_techniques)):
            marks.append(
                Mark(
                    t.start,
                    t.end,
                    "technique",
                    t.technique,
                    {"confidence": t.confidence, "index": i},
                )
            )
    if "attribution" in layers:
        for a in doc.attributions:
            speaker = a.speaker.name if a.speaker else None
            for part in a.content_parts or [a.content]:
                marks.append(
                    Mark(
                        part.start,
                        part.end,
                        "attribution",
                        a.kind,
                        {"id": a.id, "speaker": speaker},
                    )
                )
            if a.cue:
                marks.append(Mark(a.cue.start, a.cue.end, "cue", "cue", {"id": a.id}))
    if "figure" in layers:
        for i, f in enumerate(doc.figures):
            marks.append(
                Mark(f.start, f.end, "figure", f.unit or "figure", {"index": i, "value": f.value})
            )
    return marks
