"""Datelines: what opens a wire story's first line before a dash, a place in capitals,
maybe a country, a date and the agency's credit ("WASHINGTON ―", "JOHANNESBURG, Nov 4
(Reuters) -", "NIAMEY/DOHA, June 15 (Reuters) -"), or a place in any case with the
agency ("Berlin (AFP) –"). One pattern for every step that must read past one: the
source spans, the entities (a dateline's places are no organisation) and the story's
acronyms (a wire's credit defines none)."""

from __future__ import annotations

import re

DATELINE = re.compile(
    r"(?:(?P<place>[A-Z](?:[A-Z.'/-]| (?=[A-Z])){2,40})"
    r"(?:,\s*[A-Z][A-Za-z.]+(?:\s[A-Z][A-Za-z.]+)?)?"
    r"(?:,?\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?\s*(?:\([^)]{1,30}\))?"
    r"|[A-Z][\w.'-]+(?:,?\s[A-Z][\w.'-]+){0,3}\s*\([A-Z][^)]{1,29}\))\s*[―—–-]+\s+"
)


def dateline_at(text: str, start: int, end: int | None = None) -> re.Match[str] | None:
    """The dateline that opens ``text[start:end]``, or None."""
    return DATELINE.match(text, start, len(text) if end is None else end)


def line_dateline(text: str, pos: int) -> re.Match[str] | None:
    """The dateline that opens the line holding ``pos``, when ``pos`` lies inside it."""
    found = dateline_at(text, text.rfind("\n", 0, pos) + 1)
    return found if found is not None and pos < found.end() else None
