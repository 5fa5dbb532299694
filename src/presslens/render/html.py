"""The standalone HTML report: one file, no external scripts, fonts or images.

All article text goes through Jinja2's autoescaping or :func:`markupsafe.escape`;
nothing from the article is ever inserted as markup.
"""

from __future__ import annotations

import functools
from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup, escape

from .._version import __version__
from ..model import SCHEMA_VERSION, Document
from .palette import technique_colour, technique_definition, technique_label
from .spans import Mark, document_marks, segments
from .techniques import display_threshold, shown_summary, shown_techniques


@functools.lru_cache(maxsize=1)
def environment() -> Environment:
    env = Environment(
        loader=PackageLoader("presslens", "templates"),
        autoescape=select_autoescape(["html", "j2"], default=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["technique_label"] = technique_label
    env.filters["technique_colour"] = technique_colour
    return env


def _classes(marks: tuple[Mark, ...]) -> tuple[str, str, str]:
    classes: list[str] = []
    titles: list[str] = []
    style = ""
    for m in marks:
        if m.layer == "technique":
            classes.append("tech")
            colour = technique_colour(m.label)
            style = f"border-bottom-color:{colour};background:{colour}33"
            titles.append(
                f"{technique_label(m.label)} ({m.attrs['confidence']:.0%}): "
                f"{technique_definition(m.label)}"
            )
        elif m.layer == "attribution":
            classes.append(f"attr attr-{m.label}")
            if m.attrs.get("speaker"):
                titles.append(f"{m.label} statement by {m.attrs['speaker']}")
        elif m.layer == "cue":
            classes.append("cue")
        elif m.layer == "figure":
            classes.append("fig")
        elif m.layer == "entity":
            classes.append(f"ent ent-{m.label.lower()}")
    return " ".join(classes), style, "; ".join(titles)


def marked_html(doc: Document, prefix: str = "", all_techniques: bool = False) -> Markup:
    """The article text as escaped HTML with one ``<span>`` per marked segment.

    Anchors (``attr-A1``, ``fig-3``, ``tech-2``, ``speaker-1``) carry ``prefix``
    so that several articles can share one page. Technique spans below the display
    threshold are left out unless ``all_techniques``.
    """
    anchors: dict[int, list[str]] = defaultdict(list)
    for a in doc.attributions:
        anchors[a.content.start].append(f"{prefix}attr-{a.id}")
    for i, f in enumerate(doc.figures):
        anchors[f.start].append(f"{prefix}fig-{i + 1}")
    for i, t in enumerate(shown_techniques(doc, all_techniques)):
        anchors[t.start].append(f"{prefix}tech-{i + 1}")
    out: list[str] = []
    speakers = _speaker_anchor_ids(doc, prefix)
    for seg in segments(doc.text, document_marks(doc, all_techniques=all_techniques)):
        for anchor in anchors.pop(seg.start, []):
            out.append(f'<a class="anchor" id="{escape(anchor)}"></a>')
        text = str(escape(seg.text)).replace("\n", "<br>\n")
        if not seg.marks:
            out.append(text)
            continue
        classes, style, title = _classes(seg.marks)
        attrs = f' class="{escape(classes)}"'
        if style:
            attrs += f' style="{escape(style)}"'
        if title:
            attrs += f' title="{escape(title)}"'
        speaker = next(
            (m.attrs.get("speaker") for m in seg.marks if m.layer == "attribution"), None
        )
        if speaker and speaker in speakers:
            out.append(f'<a href="#{escape(speakers[speaker])}"{attrs}>{text}</a>')
        else:
            out.append(f"<span{attrs}>{text}</span>")
    return Markup("".join(out))


def _speaker_anchor_ids(doc: Document, prefix: str = "") -> dict[str, str]:
    names = sorted({a.speaker.name for a in doc.attributions if a.speaker})
    return {name: f"{prefix}speaker-{i + 1}" for i, name in enumerate(names)}


def _speakers(doc: Document, prefix: str = "") -> list[dict[str, Any]]:
    ids = _speaker_anchor_ids(doc, prefix)
    grouped: dict[str, list[dict[str, Any]]] = defaultdict(list)
    roles: dict[str, str | None] = {}
    for a in doc.attributions:
        if a.speaker:
            cue = doc.text[a.cue.start : a.cue.end] if a.cue else ""
            grouped[a.speaker.name].append(
                {
                    "anchor": f"{prefix}attr-{a.id}",
                    "cue": cue,
                    "kind": a.kind,
                    "venue": a.venue,
                    "text": a.text,
                }
            )
            roles.setdefault(a.speaker.name, a.speaker.role)
    return [
        {"name": name, "role": roles[name], "anchor": ids[name], "statements": grouped[name]}
        for name in sorted(grouped, key=lambda n: -len(grouped[n]))
    ]


def render_html(docs: Document | Sequence[Document], all_techniques: bool = False) -> str:
    """The whole report (one or several articles) as one HTML string.

    Technique spans below each document's display threshold are left out (the
    legend says how many) unless ``all_techniques``.
    """
    docs = [docs] if isinstance(docs, Document) else list(docs)
    template = environment().get_template("report.html.j2")
    items = []
    for n, doc in enumerate(docs, 1):
        prefix = f"d{n}-" if len(docs) > 1 else ""
        shown = shown_techniques(doc, all_techniques)
        used = sorted({t.technique for t in shown})
        items.append(
            {
                "doc": doc,
                "prefix": prefix,
                "body": marked_html(doc, prefix, all_techniques),
                "speakers": _speakers(doc, prefix),
                "legend": [(t, technique_colour(t), technique_definition(t)) for t in used],
                "techniques": shown,
                "summary": shown_summary(doc, all_techniques),
                "hidden": len(doc.techniques) - len(shown),
                "threshold": display_threshold(doc),
            }
        )
    first = docs[0] if docs else None
    title = (first.meta.title if first and len(docs) == 1 else None) or (
        "article report" if len(docs) == 1 else f"{len(docs)} articles"
    )
    return template.render(
        items=items,
        title=title,
        version=__version__,
        schema_version=SCHEMA_VERSION,
        models=first.models if first else {},
    )
