"""Render a story's findings as text, JSON or HTML (all article text escaped).

Each finding reads as a sentence naming the outlets, the values as written (hedge and
all), the speakers and venues (:func:`sentence`); a story opens with a summary line
("2 conflicts, 1 venue conflict, 5 corroborated, 31 single-source"), conflicts come
first, and single-source items are folded under their count unless asked for.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import jinja2

from .._version import __version__
from ..model import Document, Finding, FindingMember, Story
from ..stories import EARLIEST_RULE, headline

#: The findings JSON's own version (``presslens check --format json``).
FINDINGS_SCHEMA_VERSION = "1.1"

#: The order kinds are listed in, and how a summary names them.
KIND_LABELS = {
    "conflict": ("conflict", "conflicts"),
    "venue_conflict": ("venue conflict", "venue conflicts"),
    "speaker_conflict": ("speaker conflict", "speaker conflicts"),
    "corroborated": ("corroborated", "corroborated"),
    "single_source": ("single-source", "single-source"),
}


@dataclass
class StoryFindings:
    story: Story
    findings: list[Finding]
    #: the story's articles, for views that show the spans in their text
    documents: list[Document] = field(default_factory=list)


def summary(findings: Sequence[Finding]) -> str:
    """"2 conflicts, 1 venue conflict, 5 corroborated, 31 single-source"."""
    counts: Counter[str] = Counter(f.kind for f in findings)
    parts = [
        f"{counts[k]} {one if counts[k] == 1 else many}"
        for k, (one, many) in KIND_LABELS.items() if counts[k]
    ]
    return ", ".join(parts) if parts else "no findings"


def as_written(m: FindingMember) -> str:
    """A member's value as the article writes it: "as many as 5,000", "9,000"."""
    text = " ".join(m.text.split())
    if m.hedge and m.hedge != "range" and not text.lower().startswith(m.hedge.lower()):
        return f"{m.hedge} {text}"
    return text


def _where(members: Sequence[FindingMember]) -> str:
    """"Reuters (2024-03-04) and AP" — each outlet once, in the members' order."""
    names: list[str] = []
    for m in members:
        name = m.outlet or m.article
        if m.published:
            name += f" ({m.published.isoformat()})"
        if name not in names:
            names.append(name)
    if len(names) <= 2:
        return " and ".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def _by(members: Sequence[FindingMember], key: str) -> list[tuple[str, list[FindingMember]]]:
    """Members grouped by one field's value (a value, venue or speaker), in order."""
    groups: dict[str, list[FindingMember]] = {}
    for m in members:
        value = as_written(m) if key == "value" else (getattr(m, key) or "no " + key)
        groups.setdefault(value, []).append(m)
    return list(groups.items())


def _what(f: Finding) -> str:
    """What a quantity finding counts (its subject without the values)."""
    return f.subject.rsplit(": ", 1)[0] if ": " in f.subject else f.subject


def _quote(f: Finding) -> str:
    text = min((" ".join(m.text.split()) for m in f.members), key=len)
    return "“" + (text if len(text) <= 120 else text[:117].rstrip() + "...") + "”"


def sentence(f: Finding) -> str:
    """The finding as one sentence a journalist can read."""
    if f.kind == "conflict" and f.evolving:
        steps = " → ".join(f"{as_written(m)} ({_where([m])})" for m in f.members)
        return f"The count of {_what(f)} changed as the story went on: {steps}."
    if f.kind == "conflict":
        sides = "; ".join(f"{_where(ms)}: {v}" for v, ms in _by(f.members, "value"))
        return f"Outlets disagree on {_what(f)} — {sides}."
    if f.kind == "corroborated":
        values = " / ".join(v for v, _ in _by(f.members, "value"))
        return (f"{len({m.article for m in f.members})} articles agree on {_what(f)}: "
                f"{values} ({_where(f.members)}).")
    if f.kind == "venue_conflict":
        speaker = next((m.speaker for m in f.members if m.speaker), "the speaker")
        with_venue = [m for m in f.members if m.venue]
        sides = "; ".join(f"to {v} according to {_where(ms)}" for v, ms in _by(with_venue, "venue"))
        return f"{speaker}'s words {_quote(f)} were given {sides}."
    if f.kind == "speaker_conflict":
        sides = "; ".join(f"to {v} by {_where(ms)}" for v, ms in _by(f.members, "speaker"))
        return f"The words {_quote(f)} are attributed {sides}."
    first = f.members[0]
    who = f" ({first.speaker})" if first.speaker and first.value is None else ""
    if first.value is not None:
        return f"Only {_where(f.members)} reports {_what(f)}: {as_written(first)}."
    return f"Only {_where(f.members)} carries {_quote(f)}{who}."


def to_json(results: Sequence[StoryFindings], show_all: bool = True) -> str:
    """Every finding with its members (``show_all`` is for the other views)."""
    data: dict[str, Any] = {
        "schema_version": FINDINGS_SCHEMA_VERSION,
        "presslens_version": __version__,
        "earliest_rule": EARLIEST_RULE,
        "stories": [
            {
                "story": r.story.model_dump(mode="json"),
                "summary": summary(r.findings),
                "findings": [
                    {**f.model_dump(mode="json"), "sentence": sentence(f)} for f in r.findings
                ],
            }
            for r in results
        ],
    }
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def _member_line(m: FindingMember) -> str:
    where = m.outlet or m.article
    if m.published:
        where += f", {m.published.isoformat()}"
    text = " ".join(m.text.split())
    text = text if len(text) <= 100 else text[:97] + "..."
    extra = [x for x in (m.speaker and f"speaker {m.speaker}", m.venue and f"venue {m.venue}")
             if x]
    tail = f" [{'; '.join(extra)}]" if extra else ""
    return f"      {where} ({m.article} @{m.start}-{m.end}): “{text}”{tail}"


def to_text(results: Sequence[StoryFindings], show_all: bool = False) -> str:
    lines: list[str] = []
    for r in results:
        s = r.story
        dates = ""
        if s.first_published:
            dates = f", {s.first_published.isoformat()}"
            if s.last_published and s.last_published != s.first_published:
                dates += f" to {s.last_published.isoformat()}"
        n = s.size
        lines.append(f"Story {s.id}: {s.title} ({n} article{'s' if n != 1 else ''}{dates})")
        lines.append(f"  {summary(r.findings)}")
        singles = [f for f in r.findings if f.kind == "single_source"]
        for f in r.findings:
            if f.kind == "single_source" and not show_all:
                continue
            lines.append(f"  - {sentence(f)}")
            if f.earliest:
                lines.append(f"      earliest: {f.earliest.outlet or f.earliest.article}"
                             f" ({f.earliest.article})")
            if f.note:
                lines.append(f"      note: {f.note}")
            lines.extend(_member_line(m) for m in f.members)
        if singles and not show_all:
            lines.append(f"  + {len(singles)} single-source item"
                         f"{'s' if len(singles) != 1 else ''} (--all lists them)")
        lines.append("")
    if results:
        lines.append(f"({EARLIEST_RULE})")
    return "\n".join(lines) + "\n"


_HTML = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>presslens findings</title>
<style>body{font-family:sans-serif;max-width:60em;margin:auto;line-height:1.4}
.conflict,.venue_conflict,.speaker_conflict{border-left:4px solid #c33}
.single_source{border-left:4px solid #c93}.corroborated{border-left:4px solid #393}
section.finding{padding-left:.6em;margin:.8em 0}
.kind{font-size:.8em;text-transform:uppercase;color:#555}
mark{background:#ffe28a}mark:target{outline:2px solid #c33}
.text{white-space:pre-wrap;border-top:1px solid #ccc;padding-top:.5em}
.summary{font-weight:bold}</style></head><body>
{% macro finding(f) %}<section class="finding {{ f.kind }}">
<p><span class="kind">{{ f.kind|replace("_", " ") }}</span> {{ f.sentence }}</p>
{% if f.note %}<p class="note">{{ f.note }}</p>{% endif %}
<ul>{% for m in f.members %}<li><a href="#{{ m.anchor }}">{{ m.outlet or m.article }}</a>
{% if m.published %}({{ m.published }}){% endif %}: <q>{{ m.text }}</q>
{% if m.speaker %} · {{ m.speaker }}{% endif %}{% if m.venue %} · to {{ m.venue }}{% endif %}
{% if m.earliest %} <em>(earliest)</em>{% endif %}</li>{% endfor %}</ul>
</section>{% endmacro %}
{% for r in results %}<article><h2>{{ r.story.title }}</h2>
<p>{{ r.story.size }} articles{% if r.story.outlets %}: {{ r.story.outlets|join(", ") }}
{% endif %}</p>
<p class="summary">{{ r.summary }}</p>
{% for f in r.findings if f.kind != "single_source" %}{{ finding(f) }}{% endfor %}
{% if r.singles %}<details><summary>{{ r.singles|length }} single-source items</summary>
{% for f in r.singles %}{{ finding(f) }}{% endfor %}</details>{% endif %}
{% if not r.findings %}<p>No findings.</p>{% endif %}
{% for a in r.articles %}<section class="article"><h3>{{ a.outlet or a.id }}
{% if a.published %}({{ a.published }}){% endif %}: {{ a.title }}</h3>
<p class="text">{% for text, anchor in a.segments %}{% if anchor %}<mark id="{{ anchor }}">
{{- text }}</mark>{% else %}{{ text }}{% endif %}{% endfor %}</p></section>{% endfor %}
</article>{% endfor %}
<p><small>{{ rule }}</small></p>
</body></html>
"""

_ENV = jinja2.Environment(autoescape=True, undefined=jinja2.StrictUndefined)


def _html_view(r: StoryFindings) -> dict[str, Any]:
    findings = []
    for f in r.findings:
        first = f.earliest
        members = [
            {**m.model_dump(), "anchor": f"{m.article}-{m.start}-{m.end}",
             "earliest": first is not None and (first.article, first.start) == (m.article,
                                                                                m.start)}
            for m in f.members
        ]
        findings.append({"kind": f.kind, "sentence": sentence(f), "note": f.note,
                         "members": members})
    spans: dict[str, set[tuple[int, int]]] = {}
    for f in r.findings:
        for m in f.members:
            spans.setdefault(m.article, set()).add((m.start, m.end))
    articles = [
        {"id": d.id, "outlet": d.meta.outlet, "published": d.meta.published,
         "title": headline(d), "segments": _segments(d, sorted(spans.get(d.id or "", ())))}
        for d in r.documents
    ]
    return {"story": r.story, "summary": summary(r.findings), "findings": findings,
            "singles": [f for f in findings if f["kind"] == "single_source"],
            "articles": articles}


def _segments(doc: Document, spans: list[tuple[int, int]]) -> list[tuple[str, str | None]]:
    """The text cut at the members' spans: (text, anchor of the span or None); a span
    inside one already marked is left to the outer one."""
    out: list[tuple[str, str | None]] = []
    pos = 0
    for start, end in spans:
        if start < pos:
            continue
        out.append((doc.text[pos:start], None))
        out.append((doc.text[start:end], f"{doc.id}-{start}-{end}"))
        pos = end
    out.append((doc.text[pos:], None))
    return out


def to_html(results: Sequence[StoryFindings], show_all: bool = True) -> str:
    """A standalone page: each story's summary, its findings as sentences with links to
    the members' spans, single-source items folded."""
    return _ENV.from_string(_HTML).render(
        results=[_html_view(r) for r in results], rule=EARLIEST_RULE
    )


RENDERERS = {"text": to_text, "json": to_json, "html": to_html}
