"""View models: what the pages show of a document, a story, an outlet.

Pure functions from library objects to plain data for the templates. No
analysis happens here; this only arranges what the pipeline produced.
"""

from __future__ import annotations

import re
import zlib
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote

from ..model import Document, FindingMember
from ..render.spans import Layer, render_spans

#: The 14 PTC technique labels, in the order of their colour classes.
PTC_TECHNIQUES: tuple[str, ...] = (
    "Appeal_to_Authority",
    "Appeal_to_fear-prejudice",
    "Bandwagon,Reductio_ad_hitlerum",
    "Black-and-White_Fallacy",
    "Causal_Oversimplification",
    "Doubt",
    "Exaggeration,Minimisation",
    "Flag-Waving",
    "Loaded_Language",
    "Name_Calling,Labeling",
    "Repetition",
    "Slogans",
    "Thought-terminating_Cliches",
    "Whataboutism,Straw_Men,Red_Herring",
)
N_COLOURS = len(PTC_TECHNIQUES)


def technique_colour(technique: str) -> str:
    """The CSS colour class of a technique (``tc-0`` ... ``tc-13``), stable across pages."""
    if technique in PTC_TECHNIQUES:
        return f"tc-{PTC_TECHNIQUES.index(technique)}"
    return f"tc-{zlib.crc32(technique.encode()) % N_COLOURS}"


def technique_label(technique: str) -> str:
    return technique.replace("_", " ").replace(",", ", ")


def slug(value: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", value.lower()).strip("-") or "x"


@dataclass
class LegendItem:
    technique: str
    label: str
    colour: str
    count: int


@dataclass
class Statement:
    id: str
    kind: str
    text: str
    venue: str | None
    start: int
    end: int


@dataclass
class SpeakerView:
    name: str
    anchor: str
    role: str | None
    statements: list[Statement] = field(default_factory=list)


@dataclass
class ArticleView:
    html: str
    legend: list[LegendItem]
    speakers: list[SpeakerView]
    figures: list[dict[str, Any]]
    entities: list[dict[str, Any]]
    summary: dict[str, Any] | None
    stages: dict[str, str]
    ran: dict[str, bool]


def article_view(doc: Document) -> ArticleView:
    """Everything the article page shows, with the text rendered as layered HTML."""
    layers: list[Layer] = []
    counts: dict[str, int] = defaultdict(int)
    for t in doc.techniques:
        counts[t.technique] += 1
        layers.append(
            Layer(
                t.start,
                t.end,
                ("t", technique_colour(t.technique)),
                {
                    "data-technique": t.technique,
                    "title": f"{technique_label(t.technique)} ({t.confidence:.2f})",
                },
            )
        )
    speakers: dict[str, SpeakerView] = {}
    for a in doc.attributions:
        name = a.speaker.name if a.speaker else "unknown"
        sp = speakers.get(name)
        if sp is None:
            sp = speakers[name] = SpeakerView(
                name, f"speaker-{slug(name)}", a.speaker.role if a.speaker else None
            )
        sp.statements.append(
            Statement(a.id, a.kind, a.text, a.venue, a.content.start, a.content.end)
        )
        title = f"{a.kind} statement by {name}" + (f", via {a.venue}" if a.venue else "")
        parts = a.content_parts or [a.content]
        for i, part in enumerate(parts):
            layers.append(
                Layer(
                    part.start,
                    part.end,
                    ("q", f"q-{a.kind}"),
                    {"title": title, "data-speaker": sp.anchor},
                    id=f"q-{a.id}" if i == 0 else None,
                )
            )
        if a.source is not None:
            layers.append(
                Layer(
                    a.source.start,
                    a.source.end,
                    ("src",),
                    {"href": f"#{sp.anchor}", "title": f"All statements by {name}"},
                    tag="a",
                )
            )
        if a.cue is not None:
            layers.append(Layer(a.cue.start, a.cue.end, ("cue",)))
    figures = []
    for i, f in enumerate(doc.figures, start=1):
        anchor = f"fig-{i}"
        layers.append(
            Layer(f.start, f.end, ("fig",), {"title": _figure_title(f.value, f.unit)}, id=anchor)
        )
        figures.append({"anchor": anchor, **f.model_dump(mode="json")})
    legend = [
        LegendItem(t, technique_label(t), technique_colour(t), n)
        for t, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    ]
    entities = [
        {
            "name": e.name,
            "type": e.type,
            "role": e.role,
            "mentions": len(e.mentions),
            "first": e.mentions[0].start if e.mentions else None,
        }
        for e in doc.entities
    ]
    summary = doc.technique_summary.model_dump(mode="json") if doc.technique_summary else None
    return ArticleView(
        html=render_spans(doc.text, layers),
        legend=legend,
        speakers=sorted(speakers.values(), key=lambda s: (-len(s.statements), s.name)),
        figures=figures,
        entities=entities,
        summary=summary,
        stages=dict(doc.models),
        ran={layer: _layer_ran(doc, layer) for layer in STAGE_HINTS},
    )


#: Words in a stage name that tell which layer it assigns (to tell "none found"
#: apart from "the stage did not run").
STAGE_HINTS: dict[str, tuple[str, ...]] = {
    "techniques": ("techniq",),
    "attributions": ("attribution", "quote"),
    "figures": ("figure",),
    "entities": ("entit",),
}


def _layer_ran(doc: Document, layer: str) -> bool:
    if getattr(doc, layer):
        return True
    return any(hint in name for name in doc.models for hint in STAGE_HINTS[layer])


def _figure_title(value: float | None, unit: str | None) -> str:
    if value is None:
        return "figure"
    shown = f"{value:,.0f}" if value == int(value) else f"{value:,}"
    return f"{shown} {unit}" if unit else shown


def member_href(member: FindingMember) -> str:
    """Link from a finding member to its span in its article."""
    return f"/articles/{quote(member.article, safe='')}#span-{member.start}-{member.end}"
