"""Statements marked by layout rather than by a cue: ``Pat Caddell: Democrats worried
...`` headlines, ``PENCE: Well, ...`` transcripts and notes signed ``― Sonya
Herridge, 34, Texas``."""

from __future__ import annotations

import re
from typing import Any

from ..datelines import POINTERS, colon_dateline
from .found import Found, mark_at
from .quotes import Quote

_BAR_SIGNATURE = re.compile(r"[ \t]*―[ \t]*([A-Z][^\n,(]*)[^\n]*$", re.M)
_COLON_LABEL = re.compile(r"([A-Z][\w.'’-]*(?:[ \t][A-Z][\w.'’-]*){0,3})(:)[ \t]+(\S)")


def colon_labels(
    text: str, parse: Any, paragraphs: list[tuple[int, int]], quotes: list[Quote]
) -> list[Found]:
    """``Pat Caddell: Democrats worried ...`` headlines and ``PENCE: Well, ...`` transcripts."""
    out: list[Found] = []
    for p_start, p_end in paragraphs:
        sig = _BAR_SIGNATURE.search(text, p_start, p_end)
        if sig is not None and sig.start() > p_start + 10:
            # "Content of a reader's note ― Sonya Herridge, 34, Texas"
            s, e = p_start, sig.start()
            while e > s and text[e - 1] in " .":
                e -= 1
            bar = text.index("―", sig.start())
            src = (sig.start(1), sig.start(1) + len(sig.group(1).rstrip()))
            q = next((q for q in quotes if mark_at(text, q) <= s and e <= q.outer_end), None)
            if q is not None:
                out.append(
                    Found(
                        "direct",
                        q.pieces(),
                        (bar, bar + 1),
                        src,
                        quote=q,
                    )
                )
            else:
                out.append(Found("reported", [(s, e)], (bar, bar + 1), src))
            continue
        m = _COLON_LABEL.match(text, p_start)
        if m is None or m.end() >= p_end:
            continue
        label = m.group(1)
        if colon_dateline(text, m.start()) is not None:
            continue  # "KARACHI: A heatwave ... officials said": the sentence says who
        if label.lower() in (
            "update",
            "watch",
            "read",
            "note",
            "editor",
            "photo",
            "video",
            "clarification",
            "correction",
            # a section's or a story's kicker ("BREAKING: ...", "ANALYSIS: ...")
            "breaking",
            "breaking news",
            "exclusive",
            "analysis",
            "opinion",
            "comment",
            "explainer",
            "factbox",
            "live",
            *POINTERS,
        ):
            continue
        span = parse.char_span(m.start(1), m.end(1), alignment_mode="expand")
        kinds = {t.ent_type_ for t in span} if span is not None else set()
        if "GPE" in kinds or "DATE" in kinds:
            continue
        if not (kinds & {"PERSON", "ORG", "NORP"} or (label.isupper() and len(label) >= 3)):
            continue
        s, e = m.start(3), p_end
        while e > s and text[e - 1] in ".!?;: ":
            e -= 1
        q = next((q for q in quotes if mark_at(text, q) <= s and e <= q.outer_end), None)
        if q is not None and mark_at(text, q) == s:
            out.append(
                Found(
                    "direct",
                    [(q.start, q.end)],
                    (m.start(2), m.end(2)),
                    (m.start(1), m.end(1)),
                    quote=q,
                )
            )
        else:
            out.append(Found("reported", [(s, e)], (m.start(2), m.end(2)), (m.start(1), m.end(1))))
    return out
