"""View models: what the pages show of a document, a story, an outlet.

Pure functions from library objects to plain data for the templates. No
analysis happens here; this only arranges what the pipeline produced.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from html import escape
from typing import Any
from urllib.parse import quote

from ..crosscheck.quantities import format_value
from ..crosscheck.report import sentence
from ..model import Document, Finding, FindingMember
from ..render.palette import (
    TECHNIQUE_COLOURS,
    technique_colour,
    technique_definition,
    technique_label,
)
from ..render.spans import Mark, document_marks, segments
from ..render.techniques import display_threshold, shown_techniques


def slug(value: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", value.lower()).strip("-") or "x"


def technique_css() -> str:
    """Colour rules for technique spans and swatches, from the shared palette.

    Served as a stylesheet (the CSP forbids inline styles); techniques the
    palette does not know get the default rule in ``presslens.css``.
    """
    rules = []
    for technique, colour in TECHNIQUE_COLOURS.items():
        sel = technique.replace("\\", "\\\\").replace('"', '\\"')
        rules.append(
            f'.t[data-technique="{sel}"]'
            f"{{background:{colour}33;box-shadow:inset 0 -2px 0 {colour}}}"
            f'\n.swatch[data-technique="{sel}"]{{background:{colour}}}'
        )
    return "\n".join(rules) + "\n"


@dataclass
class LegendItem:
    technique: str
    label: str
    colour: str
    count: int
    definition: str = ""


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
    #: technique spans below the display threshold, kept in the JSON but not shown
    hidden_techniques: int = 0
    display_threshold: float = 0.0


#: Nesting order of the layers inside one segment, outermost first.
_LAYER_ORDER = {"attribution": 0, "technique": 1, "figure": 2, "cue": 3, "source": 4}


def article_view(doc: Document) -> ArticleView:
    """Everything the article page shows, with the text rendered as layered HTML."""
    counts: dict[str, int] = defaultdict(int)
    shown = shown_techniques(doc)
    for t in shown:
        counts[t.technique] += 1
    speakers: dict[str, SpeakerView] = {}
    by_id = {a.id: a for a in doc.attributions}
    marks = document_marks(doc, layers=("technique", "attribution", "figure"))
    linked: list[tuple[int, int]] = []
    for a in doc.attributions:
        name = a.speaker.name if a.speaker else "unknown"
        sp = speakers.get(name)
        if sp is None:
            role = a.speaker.role if a.speaker else None
            sp = speakers[name] = SpeakerView(name, f"speaker-{slug(name)}", role)
        sp.statements.append(
            Statement(a.id, a.kind, a.text, a.venue, a.content.start, a.content.end)
        )
        # one link per source span: statements sharing a source ("A," he said. "B.") would
        # otherwise nest <a> in <a>, which browsers split into an empty link
        src = a.source
        if src is not None and not any(s < src.end and src.start < e for s, e in linked):
            linked.append((src.start, src.end))
            marks.append(Mark(src.start, src.end, "source", name, {"anchor": sp.anchor}))
    figures = [
        {"anchor": f"fig-{i}", "shown_value": "" if f.value is None else format_value(f.value),
         **f.model_dump(mode="json")}
        for i, f in enumerate(doc.figures, start=1)
    ]
    legend = [
        LegendItem(t, technique_label(t), technique_colour(t), n, technique_definition(t))
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
        html=render_marks(doc.text, marks, by_id),
        legend=legend,
        speakers=sorted(speakers.values(), key=lambda s: (-len(s.statements), s.name)),
        figures=figures,
        entities=entities,
        summary=summary,
        stages=dict(doc.models),
        ran={layer: _layer_ran(doc, layer) for layer in STAGE_HINTS},
        hidden_techniques=len(doc.techniques) - len(shown),
        display_threshold=display_threshold(doc),
    )


def _open_tag(mark: Mark, by_id: dict[str, Any], ids: set[str]) -> tuple[str, str]:
    """The opening and closing tag of one mark's wrapper (attribute values escaped)."""
    attrs: dict[str, str] = {}
    tag = "span"
    anchor = None
    if mark.layer == "technique":
        attrs["class"] = "t"
        attrs["data-technique"] = mark.label
        attrs["title"] = (
            f"{technique_label(mark.label)} ({mark.attrs['confidence']:.0%}): "
            f"{technique_definition(mark.label)}"
        )
    elif mark.layer == "attribution":
        a = by_id.get(mark.attrs.get("id", ""))
        speaker = mark.attrs.get("speaker") or "unknown"
        venue = f", via {a.venue}" if a is not None and a.venue else ""
        attrs["class"] = f"q q-{mark.label}"
        attrs["title"] = f"{mark.label} statement by {speaker}{venue}"
        anchor = f"attr-{mark.attrs.get('id')}"
    elif mark.layer == "figure":
        attrs["class"] = "fig"
        unit = None if mark.label == "figure" else mark.label
        attrs["title"] = _figure_title(mark.attrs.get("value"), unit)
        anchor = f"fig-{mark.attrs['index'] + 1}"
    elif mark.layer == "cue":
        attrs["class"] = "cue"
    elif mark.layer == "source":
        tag = "a"
        attrs["class"] = "src"
        attrs["href"] = f"#{mark.attrs['anchor']}"
        attrs["title"] = f"All statements by {mark.label}"
    if anchor is not None and anchor not in ids:
        ids.add(anchor)
        attrs = {"id": anchor, **attrs}
    inner = " ".join(f'{k}="{escape(v)}"' for k, v in attrs.items())
    return f"<{tag} {inner}>", f"</{tag}>"


def render_marks(text: str, marks: list[Mark], by_id: dict[str, Any] | None = None) -> str:
    """Escaped HTML of ``text``: one ``<span class="seg" data-s data-e>`` per segment
    (offsets in code points, for highlighting any range from a URL), with one
    nested wrapper per mark covering it. Anchor ids go on a mark's first segment."""
    out: list[str] = []
    ids: set[str] = set()
    for seg in segments(text, marks):
        out.append(f'<span class="seg" data-s="{seg.start}" data-e="{seg.end}">')
        ordered = sorted(seg.marks, key=lambda m: (_LAYER_ORDER.get(m.layer, 9), m.start, -m.end))
        closers = []
        for mark in ordered:
            opening, closing = _open_tag(mark, by_id or {}, ids)
            out.append(opening)
            closers.append(closing)
        out.append(escape(seg.text, quote=False))
        out.extend(reversed(closers))
        out.append("</span>")
    return "".join(out)


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


def finding_views(findings: list[Finding]) -> list[dict[str, Any]]:
    """Findings as plain rows for the story page (one pass, no lookups in the template)."""
    out = []
    for f in findings:
        first = f.earliest
        members = []
        for m in f.members:
            who = m.outlet or "unknown outlet"
            if m.published:
                who += f", {m.published.isoformat()}"
            if m.speaker:
                who += f" · {m.speaker}"
            if m.venue:
                who += f" via {m.venue}"
            earliest = first is not None and first.article == m.article and first.start == m.start
            members.append(
                {"href": member_href(m), "text": m.text, "who": who, "earliest": earliest}
            )
        out.append(
            {"kind": f.kind, "label": f.kind.replace("_", " "), "subject": f.subject,
             "sentence": sentence(f), "note": f.note, "members": members}
        )  # fmt: skip
    return out


def member_href(member: FindingMember) -> str:
    """Link from a finding member to its span in its article."""
    return f"/articles/{quote(member.article, safe='')}#span-{member.start}-{member.end}"
