"""Stage ``presslens.dates.v1``: date expressions, resolved against the publication date.

spaCy's DATE entities are the candidates. Relative expressions ("last
November", "in March", "last year", "yesterday", "on Tuesday") are resolved
against ``meta.published`` the way news copy uses them: a bare month or
weekday is the most recent one on or before publication, "last <month>" the
one before that when the month has not come round yet this year.
Absolute dates ("March 5, 2016", "2015") resolve without a publication date.
When nothing can be resolved the expression keeps only its text.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from typing import Any, Literal

from ..model import Document, TimeExpression

MONTH_NAMES = (
    "january february march april may june july august september october november december"
).split()
MONTHS = {m: i for i, m in enumerate(MONTH_NAMES, 1)}
MONTHS.update({m[:3]: i for m, i in list(MONTHS.items())})
MONTHS["sept"] = 9
WEEKDAYS = {
    d: i
    for i, d in enumerate(
        ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
    )
}
_MONTH_RE = "|".join(sorted(MONTHS, key=len, reverse=True))
#: a month and a day as a dateline writes them, capitalised ("Mar 8", "Sept. 14", "March 8")
MONTH_DAY = re.compile(rf"(?:{_MONTH_RE.title()})\.? \d{{1,2}}")

_MOD = r"(?:(?P<mod>last|this|next|past|previous|in|on|since|early|late|mid|mid-)\s+)?"
_MONTH = re.compile(
    rf"^{_MOD}(?P<month>{_MONTH_RE})\.?"
    r"(?:\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?)?(?:,?\s+(?P<year>\d{4}))?$"
)
_DAY_FIRST = re.compile(
    rf"^(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month>{_MONTH_RE})"
    r"\.?(?:,?\s+(?P<year>\d{4}))?$"
)
_YEAR = re.compile(r"^(?:in\s+)?(?P<year>(?:19|20)\d{2})$")
_WEEKDAY = re.compile(rf"^{_MOD}(?P<weekday>{'|'.join(WEEKDAYS)})$")
_RELATIVE = re.compile(r"^(?P<mod>last|this|next|past)\s+(?P<unit>year|month|week)$")


def _clean(text: str) -> str:
    text = text.lower().strip()
    text = re.sub(r"(?:'s|’s)$", "", text)
    text = re.sub(r"^the\s+", "", text)
    return re.sub(r"\s+", " ", text)


def _shift_month(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


Granularity = Literal["day", "month", "year", "unknown"]


def resolve(text: str, published: dt.date | None) -> tuple[str | None, Granularity]:
    """Return (resolved ISO string or None, granularity) for a date expression."""
    t = _clean(text)
    pub = published

    m = _MONTH.match(t) or _DAY_FIRST.match(t)
    if m:
        month = MONTHS[m.group("month")]
        day = int(m.group("day")) if m.group("day") else None
        mod = m.groupdict().get("mod")
        if m.group("year"):
            year = int(m.group("year"))
        elif pub is None:
            return None, "day" if day else "month"
        elif mod == "next":
            year = pub.year if month > pub.month else pub.year + 1
        elif mod == "last" and month >= pub.month:
            year = pub.year - 1
        else:
            year = pub.year if (month, day or 1) <= (pub.month, pub.day) else pub.year - 1
        if day:
            try:
                return dt.date(year, month, day).isoformat(), "day"
            except ValueError:
                return None, "unknown"
        return f"{year:04d}-{month:02d}", "month"

    m = _YEAR.match(t)
    if m:
        return m.group("year"), "year"

    if pub is None:
        return None, "unknown"

    if t in ("today", "tonight", "this morning", "this afternoon", "this evening"):
        return pub.isoformat(), "day"
    if t in ("yesterday", "last night"):
        return (pub - dt.timedelta(days=1)).isoformat(), "day"
    if t == "tomorrow":
        return (pub + dt.timedelta(days=1)).isoformat(), "day"

    m = _WEEKDAY.match(t)
    if m:
        target = WEEKDAYS[m.group("weekday")]
        if m.group("mod") == "next":
            delta = (target - pub.weekday()) % 7 or 7
            return (pub + dt.timedelta(days=delta)).isoformat(), "day"
        delta = (pub.weekday() - target) % 7
        if m.group("mod") == "last" and delta == 0:
            delta = 7
        return (pub - dt.timedelta(days=delta)).isoformat(), "day"

    m = _RELATIVE.match(t)
    if m:
        step = {"last": -1, "past": -1, "this": 0, "next": 1}[m.group("mod")]
        unit = m.group("unit")
        if unit == "year":
            return str(pub.year + step), "year"
        if unit == "month":
            y, mo = _shift_month(pub.year, pub.month, step)
            return f"{y:04d}-{mo:02d}", "month"
        monday = pub - dt.timedelta(days=pub.weekday()) + dt.timedelta(weeks=step)
        return monday.isoformat(), "day"
    return None, "unknown"


def _is_name_part(ent: Any) -> bool:
    """'Today' in 'Russia Today' or 'USA Today' is part of a name, not a date."""
    return (
        ent.text in ("Today", "Tonight")
        and ent.start > 0
        and not ent[0].is_sent_start
        and ent.doc[ent.start - 1].pos_ == "PROPN"
    )


def find_dates(parsed: Any, published: dt.date | None) -> list[TimeExpression]:
    out = []
    for ent in parsed.ents:
        if ent.label_ != "DATE":
            continue
        if _is_name_part(ent):
            continue
        resolved, granularity = resolve(ent.text, published)
        out.append(
            TimeExpression(
                start=ent.start_char,
                end=ent.end_char,
                text=ent.text,
                resolved=resolved,
                granularity=granularity,
            )
        )
    return out


class DateStage:
    name = "presslens.dates.v1"
    version = "1"
    requires: tuple[str, ...] = ("parse",)
    assigns: tuple[str, ...] = ("dates",)

    def predict(self, docs: Sequence[Document]) -> list[list[TimeExpression]]:
        return [find_dates(doc.parse, doc.meta.published) for doc in docs]

    def set_annotations(
        self, docs: Sequence[Document], preds: Sequence[list[TimeExpression]]
    ) -> None:
        for doc, dates in zip(docs, preds, strict=True):
            doc.dates = dates
