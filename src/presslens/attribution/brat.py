"""PolNeAR-style brat standoff: reading gold ``.ann`` files and writing predictions.

PolNeAR's spans differ from ``CONVENTIONS.md`` in two ways, which the writer
applies: direct content includes its quotation marks, and reported content
starts at the complementiser *that* when there is one. Attributions sharing a
cue (``"A," he said. "B."``) are written as one record with discontinuous
content, as PolNeAR annotates them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from ..model import Attribution

Span = tuple[int, int]
_OPEN = "“\"„«‘'`"
_CLOSE = "”\"»’'"
_THAT_BEFORE = re.compile(r"\b[Tt]hat,?\s$")


@dataclass(frozen=True)
class BratAttribution:
    """One E record: content, cue and source as lists of character ranges."""

    content: tuple[Span, ...]
    cue: tuple[Span, ...] = ()
    source: tuple[Span, ...] = ()


class BratFormatError(ValueError):
    """A line of a .ann file cannot be read."""


def parse_ann(raw: str) -> list[BratAttribution]:
    """The attribution relations (E lines) of a brat ``.ann`` file."""
    spans: dict[str, tuple[str, tuple[Span, ...]]] = {}
    events: list[dict[str, str]] = []
    for n, line in enumerate(raw.splitlines(), 1):
        if not line.strip():
            continue
        fields = line.split("\t")
        key = fields[0]
        try:
            if key.startswith("T"):
                label, _, ranges = fields[1].partition(" ")
                parts = tuple((int(a), int(b)) for a, b in (r.split() for r in ranges.split(";")))
                spans[key] = (label, parts)
            elif key.startswith("E"):
                events.append(dict(arg.split(":", 1) for arg in fields[1].split()))
        except (IndexError, ValueError):
            raise BratFormatError(f"line {n} is not brat standoff: {line[:60]!r}") from None
    out: list[BratAttribution] = []
    for ev in events:
        if "Content" not in ev or ev["Content"] not in spans:
            continue

        def get(role: str, ev: dict[str, str] = ev) -> tuple[Span, ...]:
            ref = ev.get(role)
            return spans[ref][1] if ref in spans else ()

        out.append(BratAttribution(content=get("Content"), cue=get("Cue"), source=get("Source")))
    return out


def polnear_content(text: str, att: Attribution) -> list[Span]:
    """The attribution's content pieces as PolNeAR spans them."""
    parts = [(p.start, p.end) for p in att.content_parts] or [(att.content.start, att.content.end)]
    start, end = att.content.start, att.content.end
    if att.kind == "direct":
        if start > 1 and text[start - 2 : start] in ("''", "``"):
            start -= 2
        elif start > 0 and text[start - 1] in _OPEN:
            start -= 1
        if text.startswith("''", end):
            end += 2
        elif end < len(text) and text[end] in _CLOSE:
            end += 1
        that = _THAT_BEFORE.search(text, max(0, start - 8), start)
        if that is not None:
            start = that.start()
        return [(start, end)]
    that = _THAT_BEFORE.search(text, max(0, start - 8), start)
    if that is not None:  # "said that [C]", "said that, [if ...]"
        start = that.start()
        parts[0] = (start, parts[0][1])
    return parts


def _join_colon(text: str, pieces: list[Span]) -> tuple[Span, ...]:
    """``said [she has the quality for the job]: ["Steadiness ..."]`` is one span in PolNeAR."""
    out = [pieces[0]]
    for s, e in pieces[1:]:
        if text[out[-1][1] : s].strip() == ":":
            out[-1] = (out[-1][0], e)
        else:
            out.append((s, e))
    return tuple(out)


def to_records(text: str, attributions: Sequence[Attribution]) -> list[BratAttribution]:
    """Group the document's attributions into PolNeAR records (one per cue)."""
    records: list[BratAttribution] = []
    by_cue: dict[Span, int] = {}
    for att in attributions:
        cue = (att.cue.start, att.cue.end) if att.cue else None
        content = polnear_content(text, att)
        source = ((att.source.start, att.source.end),) if att.source else ()
        if cue is not None and cue in by_cue:
            i = by_cue[cue]
            prev = records[i]
            records[i] = BratAttribution(
                content=_join_colon(text, sorted(prev.content + tuple(content))),
                cue=prev.cue,
                source=prev.source,
            )
            continue
        if cue is not None:
            by_cue[cue] = len(records)
        records.append(
            BratAttribution(content=tuple(content), cue=(cue,) if cue else (), source=source)
        )
    return records


def write_ann(text: str, attributions: Sequence[Attribution]) -> str:
    """A brat ``.ann`` file in PolNeAR's form for ``attributions`` over ``text``."""
    lines: list[str] = []
    t = 0
    for e, rec in enumerate(to_records(text, attributions), 1):
        args: list[str] = []
        cue_ref = None
        for label, parts in (("Source", rec.source), ("Cue", rec.cue), ("Content", rec.content)):
            if not parts:
                continue
            t += 1
            ranges = ";".join(f"{s} {x}" for s, x in parts)
            covered = " ".join(text[s:x] for s, x in parts).replace("\n", " ")
            lines.append(f"T{t}\t{label} {ranges}\t{covered}")
            args.append(f"{label}:T{t}")
            if label == "Cue":
                cue_ref = (ranges, covered)
        if cue_ref is not None:
            t += 1
            lines.append(f"T{t}\tAttribution {cue_ref[0]}\t{cue_ref[1]}")
            args.insert(0, f"Attribution:T{t}")
        lines.append(f"E{e}\t" + " ".join(args))
    return "\n".join(lines) + ("\n" if lines else "")
