"""Server-side SVG charts: no script, no network resource, every label escaped.

Technique colours come from the shared palette as SVG ``fill`` attributes
(presentation attributes, not inline styles, so the CSP allows them).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from html import escape
from urllib.parse import quote

from ..render.palette import technique_colour, technique_label


@dataclass(frozen=True)
class TimelinePoint:
    article: str
    title: str
    outlet: str
    published: dt.date | None
    earliest: bool = False


def _a(value: object) -> str:
    return escape(str(value), quote=True)


def _label(x: float, y: float, text: str, anchor: str = "end", cls: str = "lbl") -> str:
    return f'<text class="{cls}" x="{x:.1f}" y="{y:.1f}" text-anchor="{anchor}">{_a(text)}</text>'


def timeline_svg(points: Sequence[TimelinePoint], width: int = 760) -> str:
    """One row per outlet, one dot per article at its publication date; earliest ringed."""
    outlets = sorted({p.outlet for p in points})
    dated = [p.published for p in points if p.published is not None]
    if not points:
        return ""
    lo = min(dated) if dated else dt.date.today()
    hi = max(dated) if dated else lo
    span_days = max((hi - lo).days, 1)
    left, right, row_h, top = 170, 30, 28, 30
    height = top + row_h * len(outlets) + 30
    plot_w = width - left - right

    def x(d: dt.date | None) -> float:
        if d is None:
            return left + plot_w + 12
        return left + 14 + (plot_w - 28) * (d - lo).days / span_days

    out = [
        f'<svg class="chart timeline" viewBox="0 0 {width} {height}" role="img" '
        f'aria-label="Timeline of the story\'s articles by date and outlet" '
        f'xmlns="http://www.w3.org/2000/svg">'
    ]
    for i, outlet in enumerate(outlets):
        y = top + row_h * i + row_h / 2
        out.append(_label(left - 8, y + 4, outlet[:26]))
        out.append(
            f'<line class="grid" x1="{left}" x2="{left + plot_w}" y1="{y:.1f}" y2="{y:.1f}"/>'
        )
    axis_y = top + row_h * len(outlets) + 4
    out.append(f'<line class="axis" x1="{left}" x2="{left + plot_w}" y1="{axis_y}" y2="{axis_y}"/>')
    out.append(f'<text class="lbl" x="{left}" y="{axis_y + 18}">{_a(lo.isoformat())}</text>')
    if hi != lo:
        out.append(_label(left + plot_w, axis_y + 18, hi.isoformat()))
    for p in points:
        y = top + row_h * outlets.index(p.outlet) + row_h / 2
        cls = "dot earliest" if p.earliest else "dot"
        when = p.published.isoformat() if p.published else "undated"
        label = f"{p.title} ({p.outlet}, {when})" + (" — earliest" if p.earliest else "")
        out.append(
            f'<a href="/articles/{_a(quote(p.article, safe=""))}"><circle class="{cls}" '
            f'cx="{x(p.published):.1f}" cy="{y:.1f}" r="{8 if p.earliest else 6}">'
            f"<title>{_a(label)}</title></circle></a>"
        )
    out.append("</svg>")
    return "".join(out)


def mix_svg(rows: Sequence[tuple[str, str, str, int]], width: int = 760) -> str:
    """Each outlet's technique mix as a 100 % stacked bar (all periods together)."""
    totals: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for outlet, _period, technique, count in rows:
        totals[outlet][technique] += count
    if not totals:
        return ""
    outlets = sorted(totals)
    left, right, bar_h, gap, top = 170, 20, 20, 8, 10
    plot_w = width - left - right
    height = top + (bar_h + gap) * len(outlets) + 10
    out = [
        f'<svg class="chart mix" viewBox="0 0 {width} {height}" role="img" '
        f'aria-label="Technique mix per outlet" xmlns="http://www.w3.org/2000/svg">'
    ]
    for i, outlet in enumerate(outlets):
        y = top + (bar_h + gap) * i
        total = sum(totals[outlet].values()) or 1
        out.append(_label(left - 8, y + bar_h - 5, outlet[:26]))
        xpos = float(left)
        for technique, count in sorted(totals[outlet].items(), key=lambda kv: (-kv[1], kv[0])):
            w = plot_w * count / total
            out.append(
                f'<rect fill="{technique_colour(technique)}" x="{xpos:.1f}" y="{y}" '
                f'width="{w:.1f}" height="{bar_h}"><title>{_a(outlet)}: '
                f"{_a(technique_label(technique))} {count} "
                f"({100 * count / total:.0f}%)</title></rect>"
            )
            xpos += w
    out.append("</svg>")
    return "".join(out)


def trend_svg(rows: Sequence[tuple[str, str, str, int]], outlet: str, width: int = 760) -> str:
    """One outlet's technique counts per period as stacked columns."""
    per: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for o, period, technique, count in rows:
        if o == outlet:
            per[period][technique] += count
    if not per:
        return ""
    periods = sorted(per)
    peak = max(sum(v.values()) for v in per.values()) or 1
    left, bottom, top, plot_h = 40, 24, 10, 120
    col_w = min(48, (width - left - 10) / len(periods))
    height = top + plot_h + bottom
    out = [
        f'<svg class="chart trend" viewBox="0 0 {width} {height}" role="img" '
        f'aria-label="Techniques over time in {_a(outlet)}" xmlns="http://www.w3.org/2000/svg">',
        f'<text class="lbl" x="{left - 6}" y="{top + 10}" text-anchor="end">{peak}</text>',
        f'<line class="axis" x1="{left}" x2="{width - 10}" '
        f'y1="{top + plot_h}" y2="{top + plot_h}"/>',
    ]
    for i, period in enumerate(periods):
        x = left + i * col_w + 2
        y = float(top + plot_h)
        for technique, count in sorted(per[period].items()):
            h = plot_h * count / peak
            y -= h
            out.append(
                f'<rect fill="{technique_colour(technique)}" x="{x:.1f}" y="{y:.1f}" '
                f'width="{col_w - 4:.1f}" height="{h:.1f}"><title>{_a(period)}: '
                f"{_a(technique_label(technique))} {count}</title></rect>"
            )
        out.append(
            f'<text class="lbl small" x="{x + (col_w - 4) / 2:.1f}" y="{top + plot_h + 16}" '
            f'text-anchor="middle">{_a(period)}</text>'
        )
    out.append("</svg>")
    return "".join(out)
