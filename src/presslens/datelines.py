"""Datelines: what opens a wire story's first line before a dash, a place in capitals,
maybe a country, a date and the agency's credit ("WASHINGTON ―", "JOHANNESBURG, Nov 4
(Reuters) -", "NIAMEY/DOHA, June 15 (Reuters) -"), a place in any case with the
agency ("Berlin (AFP) –"), or a city in capitals before a colon ("KARACHI: ..."). One
pattern for every step that must read past one: the source spans, the entities (a
dateline's places are no organisation) and the story's acronyms (a wire's credit
defines none)."""

from __future__ import annotations

import re

DATELINE = re.compile(
    r"(?:(?P<place>[A-Z](?:[A-Z.'/-]| (?=[A-Z])){2,40})"
    r"(?:,\s*[A-Z][A-Za-z.]+(?:\s[A-Z][A-Za-z.]+)?)?"
    r"(?:,?\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?\s*(?:\([^)]{1,30}\))?"
    r"|[A-Z][\w.'-]+(?:,?\s[A-Z][\w.'-]+){0,3}\s*\([A-Z][^)]{1,29}\))\s*[―—–-]+\s+"
)


#: a place in capitals and a colon, as South Asian outlets write a dateline ("KARACHI: A
#: heatwave ...", "NEW DELHI: ..."); a transcript's or a headline's label looks the same
_COLON_DATELINE = re.compile(
    r"(?P<place>[A-Z][A-Z'’.-]+(?:[ \t][A-Z][A-Z'’.-]+){0,2}):[ \t]+(?=\S)"
)
#: a label in capitals at a line's start ("PENCE: ...", "BORIS JOHNSON: ...")
_CAPITALS_LABEL = re.compile(r"^[A-Z][A-Z'’.-]+(?:[ \t][A-Z][A-Z'’.-]+){0,3}:[ \t]", re.M)


def dateline_at(text: str, start: int, end: int | None = None) -> re.Match[str] | None:
    """The dateline that opens ``text[start:end]``, or None."""
    found = DATELINE.match(text, start, len(text) if end is None else end)
    return found if found is not None else colon_dateline(text, start, end)


def colon_dateline(text: str, start: int, end: int | None = None) -> re.Match[str] | None:
    """The colon dateline that opens the line at ``start`` ("KARACHI: ..."): a city or a
    country's province in capitals (:func:`~presslens.names.is_city`,
    :func:`~presslens.names.is_place`) with no given name among its words, in an article
    with no other label in capitals at a line's start. Not a speaker's label ("SMITH:
    ...", "BORIS JOHNSON: ...", "FLORENCE: ...") nor a transcript's turns ("PENCE: ...",
    "KAINE: ...")."""
    if start and text[start - 1] != "\n":
        return None
    found = _COLON_DATELINE.match(text, start, len(text) if end is None else end)
    if found is None:
        return None
    from .given_names import is_given_name
    from .names import is_city, is_place

    place = found.group("place").title()
    if not (is_city(place) or is_place(place)) or any(
        is_given_name(w) for w in place.split()
    ):
        return None
    return found if len(_CAPITALS_LABEL.findall(text)) == 1 else None


def line_dateline(text: str, pos: int) -> re.Match[str] | None:
    """The dateline that opens the line holding ``pos``, when ``pos`` lies inside it."""
    found = dateline_at(text, text.rfind("\n", 0, pos) + 1)
    return found if found is not None and pos < found.end() else None
