"""A small fallback for documents that lack the figures or attributions layer.

The real extractors are the ``figures`` and ``attributions`` pipeline stages.
When a document was analysed without them (their stage is absent from
``doc.models``), :func:`ensure_layers` fills in rough figures (numbers with
hedge, scale, currency and percent) and direct quotes (with the speaker and
venue named next to them), so ``check`` still works. It never overwrites a
layer a stage produced.
"""

from __future__ import annotations

import re

from ..model import Attribution, Document, Figure, Offsets, Speaker

_MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december|"
    "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
)
_HEDGES = sorted(
    [
        "an estimated", "estimated", "about", "around", "roughly", "approximately", "some",
        "nearly", "almost", "close to", "up to", "as many as", "at least", "more than",
        "over", "fewer than", "less than", "under", "potentially", "just over", "just under",
        "upwards of", "as much as", "no more than",
    ],
    key=len,
    reverse=True,
)
_SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "m": 1e6,
           "bn": 1e9}
_NUMBER = re.compile(
    r"(?:(?P<cur>[$£€])\s?)?(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    r"(?:\s?(?P<scale>thousand|million|billion|trillion|bn|m)\b)?"
    r"(?:\s?(?P<pct>%|percent\b|per cent\b|percentage points?\b))?",
    re.I,
)
_NUM = r"[$£€]?\d[\d,.]*"
_RANGE = re.compile(
    rf"(?:\b(?:between|from)\s+(?P<a>{_NUM})\S*\s+(?:and|to)\s+(?P<b>{_NUM}))"
    rf"|(?:(?<![\d-])(?P<a2>{_NUM})\s?[-–]\s?(?P<b2>{_NUM}))",
    re.I,
)
_HEDGE_RE = re.compile(r"(?:\b(" + "|".join(re.escape(h) for h in _HEDGES) + r")\s+)$", re.I)


def _is_figure(text: str, m: re.Match[str]) -> bool:
    num = m.group("num")
    before = text[max(0, m.start() - 12) : m.start()].lower()
    after = text[m.end() : m.end() + 12].lower()
    if m.group("cur") or m.group("pct") or m.group("scale"):
        return True
    if re.fullmatch(r"(19|20)\d\d", num):
        return False  # a year
    if re.search(rf"\b({_MONTHS})\.?\s*$", before) or re.match(rf"\s*({_MONTHS})\b", after):
        return False  # a date
    if re.match(r"(st|nd|rd|th)\b|:\d|\s?(a\.m|p\.m|am\b|pm\b)", after):
        return False  # ordinal or time
    if re.match(r"[-\s]?(year|years|yr)[-\s]old", after) or re.search(r"\baged?\s*$", before):
        return False  # an age
    prev = text[max(0, m.start() - 2) : m.start()]
    if prev[-1:].isalpha() or prev[-1:] in ("#", "/") or re.fullmatch(r"\w-", prev):
        return False  # inside a name or an identifier ("PF-9", "F-16")
    return not re.match(r"[a-z]", text[m.end() : m.end() + 1], re.I)


_UNITS_WORDS = [
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
    "nineteen", "twenty",
]
_TENS_WORDS = ("thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_WORD_NUMBERS = {w: float(i) for i, w in enumerate(_UNITS_WORDS)} | {
    w: float(10 * (i + 3)) for i, w in enumerate(_TENS_WORDS)
}
_WORD_FIGURE = re.compile(
    r"\b(" + "|".join(_WORD_NUMBERS) + r")(?:[- ](percent|per cent|percentage points?|points?)\b)",
    re.I,
)


def _word_figures(text: str) -> list[Figure]:
    """Spelled-out numbers with a percent or points unit ("four percentage points")."""
    out = []
    for m in _WORD_FIGURE.finditer(text):
        unit = m.group(2).lower()
        before = text[max(0, m.start() - 20) : m.start()]
        hedge_m = _HEDGE_RE.search(before)
        out.append(Figure(
            start=m.start(1), end=m.end(1), text=m.group(1),
            value=_WORD_NUMBERS[m.group(1).lower()],
            unit="points" if unit.startswith("point") else "percent",
            hedge=hedge_m.group(1).lower() if hedge_m else None))
    return out


def extract_figures(doc: Document) -> list[Figure]:
    text = doc.text
    out: list[Figure] = []
    range_starts = set()
    for r in _RANGE.finditer(text):
        for a, b in (("a", "b"), ("a2", "b2")):
            if r.group(a):
                range_starts |= {r.start(a), r.start(b)}
    for m in _NUMBER.finditer(text):
        if not _is_figure(text, m):
            continue
        value = float(m.group("num").replace(",", ""))
        scale = (m.group("scale") or "").lower()
        value *= _SCALES.get(scale, 1.0)
        hedge_m = _HEDGE_RE.search(text[max(0, m.start() - 20) : m.start()])
        hedge = hedge_m.group(1).lower() if hedge_m else None
        start = m.start()
        unit = None
        if m.group("pct"):
            pct = m.group("pct").lower()
            unit = "points" if pct.startswith("point") else "percent"
        elif m.group("cur"):
            unit = {"$": "USD", "£": "GBP", "€": "EUR"}[m.group("cur")]
        if start in range_starts:
            hedge = "range"
        out.append(Figure(start=start, end=m.end(), text=text[start : m.end()], value=value,
                          unit=unit, hedge=hedge))
    out.extend(_word_figures(text))
    return sorted(out, key=lambda f: f.start)


_OPEN_CLOSE = re.compile(r"“([^”]{3,600})”|\"([^\"\n]{3,600})\"")
_VERBS = (
    r"(?:said|says|told|added|warned|wrote|declared|stated|explained|noted|insisted|argued"
    r"|claimed|tweeted|asked|continued|promised)"
)
_NAME = r"((?:[A-Z][\w.'\-]+|of|the|for)(?:\s+(?:[A-Z][\w.'\-]+|of|the|for))*)"
_ORG_NOUNS = (
    "group|organization|organisation|foundation|company|agency|campaign|committee|association"
    "|union|department|ministry|council|firm|institute|network|charity|party"
)
_AFTER = [
    re.compile(rf"^,?\s*the\s+({_ORG_NOUNS})\s+{_VERBS}\b"),
    re.compile(rf"^,?\s*{_NAME}\s+{_VERBS}\b"),
    re.compile(rf"^,?\s*{_VERBS}\s+{_NAME}"),
    re.compile(rf"^,?\s*(he|she|they)\s+{_VERBS}\b", re.I),
]
_BEFORE = re.compile(
    rf"{_NAME}(?:,[^,\"“”]{{2,60}},)?\s+{_VERBS}(?:\s+[A-Za-z ]{{0,30}})?[:,]?\s*$"
)
_VENUE = re.compile(
    r"\btold\s+((?:the\s+)?(?:\([A-Z][\w]+\)\s+)?[A-Z][\w.'\-]*(?:\s+[A-Z][\w.'\-]*)*)"
                    r"|\b(?:in an interview with|wrote in|writing in)\s+((?:the\s+)?[A-Z][\w.'\-]*"
                    r"(?:\s+[A-Z][\w.'\-]*)*)")
_NOT_NAMES = {"The", "He", "She", "They", "It", "But", "And", "In", "On", "A", "An", "This"}


def _clean_name(name: str, verb_first: bool = False) -> str:
    if verb_first:  # "said Peter Neumann of King's College": the name comes first
        name = re.split(r"\s+(?:of|the|for)\s+", name)[0]
    words = [w.strip(".,") for w in name.split() if w not in _NOT_NAMES]
    # a role before the name ("Security Commissioner Julian King"): keep the last two words
    caps = [w for w in words if w[:1].isupper()]
    return " ".join(caps[-2:]) if caps else name


#: How far back "the group said" looks for the organisation it refers to.
ORG_LOOKBACK = 600


def _organisation(doc: Document, before: int, noun: str) -> str | None:
    """The organisation "the group" / "the foundation" refers to: the last one named before.

    One whose name contains the noun ("the foundation" -> "Trayvon Martin
    Foundation") wins, then one that is not the outlet it told (after "told",
    "to", "with"), then a clause subject, then the nearest; none within
    ``ORG_LOOKBACK`` characters: unresolved.
    """
    best: tuple[int, int, int, int, str] | None = None
    for ent in doc.entities:
        if ent.type != "ORG":
            continue
        for mention in ent.mentions:
            if before - ORG_LOOKBACK <= mention.start < before:
                fits = int(noun.lower() in ent.name.lower())
                told = _ADDRESSEE.search(doc.text[max(0, mention.start - 25) : mention.start])
                key = (fits, int(not told), _is_subject(doc, mention.start, mention.end),
                       mention.start, ent.name)
                if best is None or key > best:
                    best = key
    return best[4] if best else None


_ADDRESSEE = re.compile(r"\b(?:told|telling|tells|tell|to|with|in|on)\s+(?:the\s+)?$", re.I)


def _is_subject(doc: Document, start: int, end: int) -> int:
    if doc.parse is None:
        return 0
    span = doc.parse.char_span(start, end, alignment_mode="expand")
    return int(span is not None and len(span) > 0 and span.root.dep_ in {"nsubj", "nsubjpass"})


def extract_quotes(doc: Document) -> list[Attribution]:
    text = doc.text
    out: list[Attribution] = []
    last_speaker: str | None = None
    last_venue: str | None = None
    last_end = -1
    for m in _OPEN_CLOSE.finditer(text):
        start, end = (m.start(1), m.end(1)) if m.group(1) is not None else (m.start(2), m.end(2))
        after = text[m.end() : m.end() + 160].split("\n")[0]
        line_start = text.rfind("\n", 0, m.start()) + 1
        before = text[max(line_start, m.start() - 120) : m.start()]
        speaker = None
        venue = None
        tail = after
        verb_first = False
        org_noun = None
        for n, pat in enumerate(_AFTER):
            am = pat.match(after)
            if am:
                speaker = am.group(1)
                if n == 0:
                    org_noun, speaker = speaker, _organisation(doc, m.start(), speaker)
                verb_first = n == 2
                tail = after[: am.end() + 80]
                break
        if speaker is None:
            bm = _BEFORE.search(before)
            if bm:
                speaker = bm.group(1)
                tail = before[bm.start() :]
        if speaker and speaker.lower() in {"he", "she", "they"}:
            speaker = last_speaker
        elif speaker and not org_noun:
            speaker = _clean_name(speaker, verb_first)
        if speaker is not None:
            vm = _VENUE.search(tail.split(".")[0] if "." in tail else tail)
            if vm:
                venue = (vm.group(1) or vm.group(2)).strip()
                venue = re.sub(r"\((\w+)\)\s+", "", venue)
        if speaker is None and last_speaker and m.start() - last_end < 200 and \
                "\n" not in text[last_end : m.start()]:
            speaker, venue = last_speaker, last_venue  # the same passage
        elif speaker == last_speaker and venue is None and m.start() - last_end < 200:
            venue = last_venue
        if speaker is None or len(text[start:end].split()) < 3:
            continue
        last_speaker, last_venue, last_end = speaker, venue, m.end()
        out.append(Attribution(
            id=f"Q{len(out) + 1}", kind="direct", content=Offsets(start=start, end=end),
            speaker=Speaker(name=speaker), venue=venue, text=text[start:end]))
    return out


FIGURES_STAGE = "figures"
ATTRIBUTIONS_STAGE = "attributions"


def ensure_layers(doc: Document) -> Document:
    """Fill figures / attributions with the fallback when no stage produced them."""
    ran = " ".join(doc.models)
    if not doc.figures and FIGURES_STAGE not in ran:
        doc.figures = extract_figures(doc)
    if not doc.attributions and ATTRIBUTIONS_STAGE not in ran:
        doc.attributions = extract_quotes(doc)
    return doc
