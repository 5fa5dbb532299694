"""Values, hedges and agreement: each value becomes the interval it claims."""

from __future__ import annotations

import math
from dataclasses import dataclass

# --- Values, hedges and agreement ---------------------------------------------------

APPROXIMATE = {
    "about", "around", "roughly", "approximately", "some", "an estimated", "estimated",
    "nearly", "almost", "close to", "circa", "approx", "potentially", "an approximate",
    "more or less", "or so", "just under", "just over", "just shy of", "upwards of",
}
UPPER = {"up to", "as many as", "at most", "no more than", "fewer than", "less than",
         "under", "below", "not more than", "as much as", "maximum of", "a maximum of"}
LOWER = {"at least", "more than", "over", "greater than", "above", "in excess of",
         "no fewer than", "no less than", "a minimum of", "minimum of", "exceeding"}
_APPROX_SHARE = 0.1


@dataclass(frozen=True)
class Claim:
    """A value as written: the number, its hedge, or both ends of a range."""

    value: float
    hedge: str | None = None
    high: float | None = None  # the upper end of a range

    def interval(self) -> tuple[float, float]:
        """The values the claim admits, given its hedge and how round it is."""
        v = self.value
        if self.high is not None or (self.hedge or "").lower() == "range":
            lo, hi = sorted((v, self.high if self.high is not None else v))
            return lo - rounding(lo), hi + rounding(hi)
        r = rounding(v)
        hedge = (self.hedge or "").lower().strip()
        if hedge in UPPER:
            # "as many as 5,000" claims about 5,000 at most: it agrees with 5,000 and
            # around 4,600, not with 1,000 (nor "as much as 20%" with 15%)
            return v - max(r, abs(v) * _APPROX_SHARE), v + r
        if hedge in LOWER:
            return v - r, math.inf
        if hedge:  # approximate, or a hedge this table does not know
            spread = max(r, abs(v) * _APPROX_SHARE)
            return v - spread, v + spread
        return v - r, v + r


def rounding(value: float) -> float:
    """How far a plainly written number may be from the truth it rounds.

    Half the place of its last significant digit, capped at 5% of the value
    for round numbers, so "2,500" admits 2,480 and "four" admits 4.3, but "10"
    does not admit 12 nor "5,000" 9,000.
    """
    v = abs(value)
    if v == 0:
        return 0.0
    if v != int(v):
        decimals = len(repr(v).split(".")[1].rstrip("0")) if "." in repr(v) else 0
        return min(0.5 * 10.0**-decimals, 0.05 * v)
    n = int(v)
    place = 1
    while n % (place * 10) == 0:
        place *= 10
    return min(0.5 * place, 0.05 * v) if place > 1 else 0.5


def agree(a: Claim, b: Claim) -> bool:
    """Whether two claims about one quantity are compatible (their intervals overlap)."""
    if a == b:
        return True
    alo, ahi = a.interval()
    blo, bhi = b.interval()
    return max(alo, blo) < min(ahi, bhi) or (alo == ahi == blo == bhi)


def agree_as_tally(a: Claim, b: Claim) -> bool:
    """Agreement of two values of a tally (a toll, a count of the injured): "at least 9"
    and "more than 40" report the count so far, so they agree only with what they round
    to, not with every larger number."""
    def point(c: Claim) -> Claim:
        return Claim(c.value, None, c.high) if (c.hedge or "").lower() in LOWER else c

    return agree(point(a), point(b))


def format_value(value: float | None) -> str:
    """A figure's value for people: "2,500", not "2500.0"; "4.3"; "?" when unknown."""
    if value is None:
        return "?"
    if value == int(value):
        return f"{int(value):,}"
    return f"{value:,.10g}"


def describe(claim: Claim) -> str:
    if claim.high is not None:
        return f"{format_value(claim.value)}-{format_value(claim.high)}"
    hedge = claim.hedge + " " if claim.hedge and claim.hedge != "range" else ""
    return hedge + format_value(claim.value)
