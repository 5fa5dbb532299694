"""Render a story's findings as text, JSON or HTML (all article text escaped)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import jinja2

from ..model import Finding, FindingMember, Story


@dataclass
class StoryFindings:
    story: Story
    findings: list[Finding]


def to_json(results: Sequence[StoryFindings]) -> str:
    data: dict[str, Any] = {
        "stories": [
            {
                "story": r.story.model_dump(mode="json"),
                "findings": [f.model_dump(mode="json") for f in r.findings],
            }
            for r in results
        ]
    }
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def _member_line(m: FindingMember) -> str:
    where = f"{m.article}"
    if m.outlet:
        where += f" ({m.outlet}"
        where += f", {m.published.isoformat()})" if m.published else ")"
    elif m.published:
        where += f" ({m.published.isoformat()})"
    extra = []
    if m.value is not None:
        extra.append(f"value {m.value:g}")
    if m.speaker:
        extra.append(f"speaker {m.speaker}")
    if m.venue:
        extra.append(f"venue {m.venue}")
    text = m.text if len(m.text) <= 100 else m.text[:97] + "..."
    tail = f" [{', '.join(extra)}]" if extra else ""
    return f"    - {where} @{m.start}-{m.end}: {text!r}{tail}"


def to_text(results: Sequence[StoryFindings]) -> str:
    lines: list[str] = []
    for r in results:
        s = r.story
        dates = ""
        if s.first_published:
            dates = f", {s.first_published.isoformat()}"
            if s.last_published and s.last_published != s.first_published:
                dates += f" to {s.last_published.isoformat()}"
        lines.append(f"Story {s.id}: {s.title} ({s.size} articles{dates})")
        if not r.findings:
            lines.append("  no findings")
        for f in r.findings:
            lines.append(f"  [{f.kind}] {f.subject}")
            if f.earliest:
                lines.append(f"    earliest: {f.earliest.article} ({f.earliest.outlet or '?'})")
            if f.note:
                lines.append(f"    note: {f.note}")
            lines.extend(_member_line(m) for m in f.members)
        lines.append("")
    return "\n".join(lines)


_HTML = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>presslens findings</title>
<style>body{font-family:sans-serif;max-width:60em;margin:auto}
.conflict,.venue_conflict,.speaker_conflict{border-left:4px solid #c33}
.single_source{border-left:4px solid #c93}.corroborated{border-left:4px solid #393}
section.finding{padding-left:.6em;margin:.8em 0}</style></head><body>
{% for r in results %}<article><h2>{{ r.story.title }}</h2>
<p>{{ r.story.size }} articles{% if r.story.outlets %}:
{{ r.story.outlets|join(", ") }}{% endif %}</p>
{% for f in r.findings %}<section class="finding {{ f.kind }}">
<h3>{{ f.kind }}: {{ f.subject }}</h3>
{% if f.note %}<p class="note">{{ f.note }}</p>{% endif %}
<ul>{% for m in f.members %}<li>{{ m.outlet or m.article }}{% if m.published %}
({{ m.published }}){% endif %}: <q>{{ m.text }}</q>
{% if m.value is not none %} value {{ m.value }}{% endif %}
{% if m.speaker %} speaker {{ m.speaker }}{% endif %}
{% if m.venue %} venue {{ m.venue }}{% endif %}
{% if f.earliest and m == f.earliest %} <em>(earliest)</em>{% endif %}</li>{% endfor %}</ul>
</section>{% else %}<p>No findings.</p>{% endfor %}</article>{% endfor %}
</body></html>
"""

_ENV = jinja2.Environment(autoescape=True, undefined=jinja2.StrictUndefined)


def to_html(results: Sequence[StoryFindings]) -> str:
    return _ENV.from_string(_HTML).render(results=results)


RENDERERS = {"text": to_text, "json": to_json, "html": to_html}
