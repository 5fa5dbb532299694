"""Datelines: what opens a wire story's first line before a dash, a place in capitals,
maybe a country, a date and the agency's credit ("WASHINGTON ―", "JOHANNESBURG, Nov 4
(Reuters) -", "NIAMEY/DOHA, June 15 (Reuters) -"), or a place in any case with the
agency ("Berlin (AFP) –"). One pattern for every step that must read past one: the
source spans, the entities (a dateline's places are no organisation) and the story's
acronyms (a wire's credit defines none). South Asian papers write the place in capitals
and a colon ("KOLKATA: ..."), on a line after the headline."""

from __future__ import annotations

import re

DATELINE = re.compile(
    r"(?:(?P<place>[A-Z](?:[A-Z.'/-]| (?=[A-Z])){2,40})"
    r"(?:,\s*[A-Z][A-Za-z.]+(?:\s[A-Z][A-Za-z.]+)?)?"
    r"(?:,?\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?\s*(?:\([^)]{1,30}\))?"
    r"|[A-Z][\w.'-]+(?:,?\s[A-Z][\w.'-]+){0,3}\s*\([A-Z][^)]{1,29}\))\s*[―—–-]+\s+"
)


#: a dateline in the style of South Asian papers, a place in capitals and a colon
#: ("KOLKATA: The flight data recorders ..."): seven letters or two words at least, so that
#: an acronym's headline ("WHO: ...", "UNICEF: ...") stays a speaker's; never on a text's
#: first line, the headline
COLON_DATELINE = re.compile(
    r"(?P<place>[A-Z][A-Z'’-]{6,}|[A-Z][A-Z'’-]+(?: [A-Z][A-Z'’-]+)+):\s+(?=[A-Z\"“‘'])"
)


def dateline_at(text: str, start: int, end: int | None = None) -> re.Match[str] | None:
    """The dateline that opens ``text[start:end]``, or None."""
    stop = len(text) if end is None else end
    found = DATELINE.match(text, start, stop)
    if found is None and start > 0 and text[start - 1] == "\n":
        found = COLON_DATELINE.match(text, start, stop)
    return found


def line_dateline(text: str, pos: int) -> re.Match[str] | None:
    """The dateline that opens the line holding ``pos``, when ``pos`` lies inside it."""
    found = dateline_at(text, text.rfind("\n", 0, pos) + 1)
    return found if found is not None and pos < found.end() else None
