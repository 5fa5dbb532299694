"""Hedges and bounds written next to a figure ("an estimated", "more than", "or more").

A hedge is the approximator or bound as written, lower-cased: "An estimated
2,500" -> ``"an estimated"``. Evaluative words ("only", "whopping") are not
hedges. Both ends of a range get the hedge ``"range"`` (set by the stage).
"""

from __future__ import annotations

from typing import Any

_BEFORE = [
    "an estimated", "estimated", "about", "around", "roughly", "approximately", "some",
    "nearly", "almost", "close to", "closer to", "at least", "at most", "more than",
    "less than", "fewer than", "greater than", "higher than", "lower than", "over", "under",
    "above", "below", "up to", "as many as", "as much as", "as few as", "as little as",
    "as high as", "as low as", "upwards of", "upward of", "in excess of", "north of",
    "shy of", "no more than", "no less than", "no fewer than", "not more than",
    "not less than", "a maximum of", "a minimum of", "potentially", "possibly", "perhaps",
    "maybe", "probably", "approaching", "nearing", "topping", "circa", "roughly some",
    "an additional",
]  # fmt: skip
_AFTER = ["or more", "or so", "plus", "or fewer", "or less", "and counting",
          "or higher", "or above", "or over"]  # fmt: skip
_INTENSIFIERS = ("well", "just", "slightly", "far", "a little", "a bit", "somewhat", "much")

_BEFORE_TOKENS = sorted((h.split() for h in _BEFORE), key=len, reverse=True)
_AFTER_TOKENS = sorted((h.split() for h in _AFTER), key=len, reverse=True)
_INTENSIFIER_TOKENS = sorted((h.split() for h in _INTENSIFIERS), key=len, reverse=True)

#: "an additional" is a quantity, not an approximator: never reported.
_NOT_HEDGES = {"an additional"}


def _match_before(doc: Any, end: int, candidates: list[list[str]]) -> int | None:
    """Start token of the longest candidate ending right before token ``end``.

    Whitespace tokens (a doubled space) between the words are skipped.
    """
    index: list[int] = []
    k = end - 1
    while k >= 0 and len(index) < 5:
        if not doc[k].is_space:
            index.append(k)
        k -= 1
    lows = [doc[k].lower_ for k in index]
    for words in candidates:
        n = len(words)
        if n <= len(lows) and lows[:n][::-1] == words:
            return index[n - 1]
    return None


def hedge_before(doc: Any, start: int) -> tuple[str, int] | None:
    """The hedge written before token ``start``: (hedge text, first hedge token)."""
    first = _match_before(doc, start, _BEFORE_TOKENS)
    if first is None:
        return None
    text = " ".join(t.lower_ for t in doc[first:start] if not t.is_space)
    if text in _NOT_HEDGES:
        return None
    intens = _match_before(doc, first, _INTENSIFIER_TOKENS)
    if intens is not None:
        first = intens
        text = " ".join(t.lower_ for t in doc[first:start] if not t.is_space)
    return text, first


def hedge_after(doc: Any, end: int) -> tuple[str, int] | None:
    """A bound written after the figure ("10,000 or more"): (text, one past last token)."""
    for words in _AFTER_TOKENS:
        stop = end + len(words)
        toks = [t.lower_ for t in doc[end:stop]]
        if toks == words:
            if words == ["plus"] and [t.lower_ for t in doc[stop : stop + 2]] == ["or", "minus"]:
                return None  # "a 2 percent plus or minus margin": not a bound on the figure
            return " ".join(toks), stop
        nxt = doc[end + 1 : end + 2].text.lower()
        if words == ["plus"] and toks[:1] == ["-"] and nxt == "plus":
            return "plus", end + 2
    return None


def hedge_at(doc: Any, start: int, end: int) -> tuple[str | None, int]:
    """The hedge of the figure spanning tokens ``[start, end)`` (a hedge before it wins),
    and where the figure's phrase ends: past a trailing hedge ("20 or more"), else ``end``."""
    before = hedge_before(doc, start)
    if before is not None:
        return before[0], end
    after = hedge_after(doc, end)
    return (after[0], after[1]) if after is not None else (None, end)


def find_hedge(doc: Any, start: int, end: int) -> str | None:
    """The hedge of the figure spanning tokens ``[start, end)``, or None."""
    return hedge_at(doc, start, end)[0]
