"""Datelines: what opens a wire story's first line before a dash, a place in capitals,
maybe a country, a date and the agency's credit ("WASHINGTON ―", "JOHANNESBURG, Nov 4
(Reuters) -", "NIAMEY/DOHA, June 15 (Reuters) -"), a place in any case with the
agency ("Berlin (AFP) –"), a place and date with a wire's credit and no dash ("Ranchi,
Mar 11 (PTI) ..."), or a city in capitals before a colon ("KARACHI: ..."). One
pattern for every step that must read past one: the source spans, the entities (a
dateline's places are no organisation) and the story's acronyms (a wire's credit
defines none)."""

from __future__ import annotations

import re

from .given_names import is_given_name
from .names import WIRE_AGENCIES, is_city, is_place

DATELINE = re.compile(
    r"(?:(?P<place>[A-Z](?:[A-Z.'/-]| (?=[A-Z])){2,40})"
    r"(?:,\s*[A-Z][A-Za-z.]+(?:\s[A-Z][A-Za-z.]+)?)?"
    r"(?:,?\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?\s*(?:\([^)]{1,30}\))?"
    r"|[A-Z][\w.'-]+(?:,?\s[A-Z][\w.'-]+){0,3}(?:,?\s\d{1,2}(?:\s[a-z]{3}\.?)?)?"
    r"\s*\([A-Z][^)\d]{1,29}\))"
    # the dash, after a stop in Spanish and Portuguese wires' ("México, 9 mar (EFE).-")
    r"\s*\.?[―—–-]+\s+"
)


#: a place in any case, a date and a wire agency's credit with no dash after it, as the
#: Indian and other Asian wires write a dateline ("Ranchi, Mar 11 (PTI) Mumbai-based ...",
#: "New Delhi, March 3 (IANS) The ...")
_CREDIT_DATELINE = re.compile(
    r"(?P<place>[A-Z][\w.'-]+(?: [A-Z][\w.'-]+){0,2}),\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}\s*"
    rf"\((?:{'|'.join(sorted(WIRE_AGENCIES, key=len, reverse=True))})\)[ \t]+(?=\S)"
)
#: a place in capitals and a colon, as South Asian outlets write a dateline ("KARACHI: A
#: heatwave ...", "NEW DELHI: ..."); a transcript's or a headline's label looks the same
_COLON_DATELINE = re.compile(
    r"(?P<place>[A-Z][A-Z'’.-]+(?:[ \t][A-Z][A-Z'’.-]+){0,2}):[ \t]+(?=\S)"
)
#: a label in capitals at a line's start ("PENCE: ...", "BORIS JOHNSON: ...", "Q: ...")
_CAPITALS_LABEL = re.compile(r"^([A-Z][A-Z'’.-]*(?:[ \t][A-Z][A-Z'’.-]+){0,3}):[ \t]", re.M)
#: labels that point elsewhere, no turn of a transcript ("ALSO READ: ...", "WATCH: ...")
POINTERS = frozenset(["also read", "read more", "read also", "watch", "listen", "see also"])
#: what opens a speaker's words rather than a story's lead: a quote mark, the first person
_SPOKEN = re.compile(r"[\"“‘']|(?:I|I'm|I’m|We|We're|We’re|My|Our|No|Yes)\b")


def dateline_at(text: str, start: int, end: int | None = None) -> re.Match[str] | None:
    """The dateline that opens ``text[start:end]``, or None."""
    found = DATELINE.match(text, start, len(text) if end is None else end)
    if found is None:
        found = credit_dateline(text, start, end)
    return found if found is not None else colon_dateline(text, start, end)


def credit_dateline(text: str, start: int, end: int | None = None) -> re.Match[str] | None:
    """The dateline with a wire's credit and no dash that opens the line at ``start``
    ("Ranchi, Mar 11 (PTI) ...")."""
    if start and text[start - 1] != "\n":
        return None
    return _CREDIT_DATELINE.match(text, start, len(text) if end is None else end)


def colon_dateline(text: str, start: int, end: int | None = None) -> re.Match[str] | None:
    """The colon dateline that opens the line at ``start`` ("KARACHI: ..."): a city or a
    country's province in capitals (:func:`~presslens.names.is_city`,
    :func:`~presslens.names.is_place`) with no given name among its words, before a lead's
    sentence of a dozen words or more in the story's own voice, in an article with no
    other label in capitals at a line's start (besides pointers such as "ALSO READ:").
    Not a speaker's label ("SMITH: ...", "BORIS JOHNSON: ...", "FLORENCE: ...", a
    headline's "JORDAN: We will not ...") nor a transcript's turns ("PENCE: ...", "Q: ...",
    "KAINE: ...")."""
    if start and text[start - 1] != "\n":
        return None
    found = _COLON_DATELINE.match(text, start, len(text) if end is None else end)
    if found is None:
        return None
    place = found.group("place").title()
    if not (is_city(place) or is_place(place)) or any(
        is_given_name(w) for w in place.split()
    ):
        return None
    # a lead's sentence follows a dateline; a headline's or an answer's words a label
    # ("JORDAN: We will not allow ...", "KIM: North will respond to drills")
    line_end = text.find("\n", found.end())
    lead = text[found.end() : len(text) if line_end == -1 else line_end].strip()
    if len(lead.split()) < 12 or lead[-1:] not in ".\"”'’" or _SPOKEN.match(lead):
        return None
    labels = [m for m in _CAPITALS_LABEL.findall(text) if m.lower() not in POINTERS]
    return found if len(labels) == 1 else None


def line_dateline(text: str, pos: int) -> re.Match[str] | None:
    """The dateline that opens the line holding ``pos``, when ``pos`` lies inside it."""
    found = dateline_at(text, text.rfind("\n", 0, pos) + 1)
    return found if found is not None and pos < found.end() else None


_CREDIT = re.compile(r"\(([^)]{1,30})\)")


def wire_credit(text: str, lines: int = 3) -> str | None:
    """The news agency whose copy the text is, by the credit of a dateline in its first
    ``lines`` lines ("DHAKA, March 3 (AFP) -": AFP), or None."""
    start = 0
    for _ in range(lines):
        found = dateline_at(text, start)
        if found is not None:
            credit = _CREDIT.search(found.group())
            if credit is not None and credit.group(1).strip() in WIRE_AGENCIES:
                return credit.group(1).strip()
        start = text.find("\n", start) + 1
        if not start:
            break
    return None
