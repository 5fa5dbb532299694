"""Anchoring a span by its text: the ``[[span]]`` locators of the hand-annotated sets.

An annotated span is written as a *locator string*: the exact text of the span,
optionally wrapped in context (``before [[span]] after``) so that a repeated span can
be pinned down without counting characters, and optionally abbreviated with ``~~``
(``"The retaking of ~~ fighters,"`` matches from the first piece up to the nearest
following occurrence of the second piece, possibly across lines). Matches must not
cut a word or number in two, and a space in a locator also matches a no-break space.
``occ`` selects the n-th match when the locator is still ambiguous; otherwise an
ambiguous or missing locator is an error, as is a ``~~`` match whose first piece
recurs inside it.

Used by ``devset/build.py`` (the development set) and ``coverage.py`` (the coverage
set); not part of the package.
"""

from __future__ import annotations

import re


def _lit(text: str) -> str:
    """Regex for a literal piece; a space also matches a no-break space (U+00A0)."""
    return "[ \u00a0]".join(re.escape(part) for part in text.split(" "))


def _whole(content: str, start: int, end: int) -> bool:
    """True unless the span cuts a word or number in two at either end."""
    cut_left = start > 0 and content[start - 1].isalnum() and content[start].isalnum()
    cut_right = end < len(content) and content[end - 1].isalnum() and content[end].isalnum()
    return not (cut_left or cut_right)


class LocateError(ValueError):
    """A locator string matches nothing, or matches ambiguously."""


def locate(content: str, loc: str, occ: int | None = None) -> tuple[int, int]:
    """Return the ``[start, end)`` offsets that ``loc`` designates in ``content``."""
    if "[[" in loc:
        pre, rest = loc.split("[[", 1)
        body, post = rest.split("]]", 1)
    else:
        pre, body, post = "", loc, ""
    if "~~" in body:
        first, last = body.split("~~", 1)
        first, last = first.rstrip(" "), last.lstrip(" ")
        inner = _lit(first) + r".*?" + _lit(last)
    else:
        inner = _lit(body)
    pattern = re.compile(_lit(pre) + "(" + inner + ")" + _lit(post), re.DOTALL)
    matches = [m for m in pattern.finditer(content) if _whole(content, m.start(1), m.end(1))]
    if "~~" in body:
        # A match must not contain a later start of its own first piece: that would
        # mean an earlier, unintended occurrence of the first piece opened the span.
        first_re = re.compile(_lit(body.split("~~", 1)[0].rstrip(" ")))
        for m in matches:
            if first_re.search(content, m.start(1) + 1, m.end(1)):
                raise LocateError(f"first piece recurs inside the match, add context: {loc!r}")
    if not matches:
        raise LocateError(f"not found: {loc!r}")
    if occ is None:
        if len(matches) > 1:
            raise LocateError(f"{len(matches)} matches, give occ=: {loc!r}")
        m = matches[0]
    else:
        if occ >= len(matches):
            raise LocateError(f"occ={occ} but only {len(matches)} matches: {loc!r}")
        m = matches[occ]
    return m.start(1), m.end(1)
