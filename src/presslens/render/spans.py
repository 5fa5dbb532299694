"""Turn a text and overlapping, nested layers of spans into escaped HTML.

HTML elements must nest, but annotation layers overlap freely (a technique
span may start inside a quotation and end after it). :func:`render_spans`
cuts the text at every span boundary into non-overlapping segments; each
segment is wrapped in one element per layer that covers it, outermost
first, so every layer is still addressable by its classes and attributes.
Everything, text and attribute values alike, is HTML-escaped here: callers
pass raw article text and get markup that is safe to insert.

Each segment's outer wrapper carries ``data-s`` / ``data-e`` (its offsets),
so a page can highlight any ``[start, end)`` range by offsets alone.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from html import escape
from itertools import pairwise

__all__ = ["Layer", "render_spans"]


@dataclass(frozen=True)
class Layer:
    """One span to draw: ``[start, end)`` with the element's classes and attributes.

    ``id`` goes only on the first segment of the span (ids must be unique);
    ``tag`` is ``span`` or ``a`` (give ``href`` in ``attrs`` for a link).
    """

    start: int
    end: int
    classes: tuple[str, ...] = ()
    attrs: Mapping[str, str] = field(default_factory=dict)
    id: str | None = None
    tag: str = "span"


def _open(layer: Layer, first: bool) -> str:
    parts = [layer.tag]
    if layer.classes:
        parts.append(f'class="{escape(" ".join(layer.classes))}"')
    if first and layer.id:
        parts.append(f'id="{escape(layer.id)}"')
    for key, value in layer.attrs.items():
        parts.append(f'{escape(key)}="{escape(value)}"')
    return "<" + " ".join(parts) + ">"


def render_spans(text: str, layers: Sequence[Layer]) -> str:
    """Escaped HTML for ``text`` with every layer wrapped around the text it covers.

    Empty and out-of-range spans are clipped or dropped; the text itself is
    never changed, so the page shows exactly ``text``.
    """
    n = len(text)
    spans = [
        (max(0, sp.start), min(n, sp.end), i, sp)
        for i, sp in enumerate(layers)
        if sp.tag in ("span", "a") and min(n, sp.end) > max(0, sp.start)
    ]
    bounds = sorted({0, n, *(s for s, _, _, _ in spans), *(e for _, e, _, _ in spans)})
    # Outermost first: earlier start, then longer span, then input order.
    spans.sort(key=lambda t: (t[0], -t[1], t[2]))
    out: list[str] = []
    started: set[int] = set()
    for seg_start, seg_end in pairwise(bounds):
        if seg_end <= seg_start:
            continue
        active = [t for t in spans if t[0] <= seg_start and t[1] >= seg_end]
        out.append(f'<span class="seg" data-s="{seg_start}" data-e="{seg_end}">')
        for _, _, idx, layer in active:
            out.append(_open(layer, idx not in started))
            started.add(idx)
        out.append(escape(text[seg_start:seg_end], quote=False))
        for _, _, _, layer in reversed(active):
            out.append(f"</{layer.tag}>")
        out.append("</span>")
    return "".join(out)
