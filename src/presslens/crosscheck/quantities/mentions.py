"""Mentions of quantities: a figure with what it counts, its unit, the names, places and poll
around it, and its context embedding."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from ...embed import Embedder, as_array
from ...model import Document, Figure
from ...wording import STOP_WORDS as _STOP
from ...wording import WORD as _WORD
from ...wording import content_words
from .values import Claim

# --- Mentions of quantities ----------------------------------------------------------

_UNITS = {
    "%": "percent", "percent": "percent", "per cent": "percent", "pct": "percent",
    "percentage points": "percent", "percentage point": "percent",
    "points": "points", "point": "points",
    "$": "USD", "usd": "USD", "dollars": "USD", "dollar": "USD", "us$": "USD",
    "£": "GBP", "gbp": "GBP", "pounds": "GBP", "€": "EUR", "eur": "EUR", "euros": "EUR",
}
_NOT_NAMES = {
    "mr", "mrs", "ms", "dr", "either", "after", "now", "but", "and", "the", "this", "that",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "last",
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "among", "only", "just", "while", "when", "if", "in",
    "according", "several", "some", "many", "most", "all", "both",
}


def normalise_unit(unit: str | None, text: str = "") -> str | None:
    if unit:
        key = unit.lower().strip()
        return _UNITS.get(key, key)
    low = text.lower()
    if "%" in low or "percent" in low or "per cent" in low:
        return "percent"
    if "$" in low:
        return "USD"
    if "£" in low:
        return "GBP"
    if "€" in low:
        return "EUR"
    return None


#: Units whose mismatch rules out the same quantity; other units are counted nouns.
HARD_UNITS = {
    "percent", "points", "USD", "GBP", "EUR", "year", "month", "week", "day", "hour",
    "minute", "second", "mile", "kilometer", "kilometre", "km", "meter", "metre", "foot",
    "feet", "inch", "acre", "hectare", "pound", "kilogram", "kg", "ton", "tonne", "gallon",
    "liter", "litre", "barrel", "degree", "mph",
}


def hard_unit(unit: str | None) -> bool:
    return unit is not None and (unit in HARD_UNITS or unit.rstrip("s") in HARD_UNITS)


# --- Polls: who ran the poll a figure comes from ----------------------------------------

_POLL_NAME = r"((?:[A-Z][\w.&'\-/]*)(?:\s+(?:[A-Z][\w.&'\-/]*|of|for|and))*)"
_POLL_BEFORE = re.compile(_POLL_NAME + r"\s+(?:poll|polls|survey|surveys)\b")
_POLL_AFTER = re.compile(
    r"\b(?:poll|polls|survey|surveys)\b(?:,\s*(?:conducted|released|carried out|taken)"
    r"[^,.;\n]{0,40}?)?\s+(?:by|from|for)\s+(?:the\s+)?" + _POLL_NAME
)
_POLL_GENERIC = {
    "the", "a", "an", "latest", "several", "many", "some", "most", "few", "two", "three",
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "national", "nationwide", "statewide", "recent",
    "last", "this", "that", "its", "other", "another", "one", "state", "early", "exit",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "and",
    "of", "for", "poll", "polls", "survey", "but", "in", "on", "at", "after", "before",
}
#: Words too common in pollster names to tell two apart ("Quinnipiac University").
_POLL_COMMON = {
    "of", "the", "and", "for", "news", "university", "college", "school", "law", "institute",
    "center", "centre", "research", "reports", "group", "poll", "polling", "associates",
    "inc", "co", "survey", "public", "policy",
}
#: A sentence about a poll's figures, even when it names no poll.
_POLL_SENTENCE = re.compile(
    r"\b(?:polls?|surveys?|surveyed|margin of (?:sampling )?error|respondents|likely voters"
    r"|registered voters)\b", re.I)


def _clean_poll_name(name: str, before: bool) -> str | None:
    # the name never runs across a sentence end ("... Mr. Sanders. The PPIC poll")
    parts = re.split(r"(?<=\w)\.\s+", name)
    words = (parts[-1] if before else parts[0]).split()
    while words and words[0].lower().strip(".,") in _POLL_GENERIC:
        words = words[1:]
    while words and words[-1].lower() in {"of", "for", "and"}:
        words = words[:-1]
    return " ".join(words) or None


def poll_mentions(text: str) -> list[tuple[int, str]]:
    """(offset, pollster) of every named poll in a text ("the PPIC poll", "a poll by X")."""
    out: list[tuple[int, str]] = []
    for pat in (_POLL_BEFORE, _POLL_AFTER):
        for m in pat.finditer(text):
            name = _clean_poll_name(m.group(1), pat is _POLL_BEFORE)
            if name:
                out.append((m.start(), name))
    return sorted(out)


def _poll_tokens(name: str) -> tuple[set[str], set[str]]:
    """Distinctive words of a pollster's name, and its acronyms ("PPIC")."""
    words = re.findall(r"[A-Za-z][A-Za-z'&]*", name)
    caps = [w for w in words if w[:1].isupper()]
    acronyms = {"".join(w[0] for w in caps).lower()} if len(caps) >= 2 else set()
    tokens = {w.lower() for w in words if w.lower() not in _POLL_COMMON}
    return tokens, acronyms


def same_pollster(a: str, b: str) -> bool:
    ta, aa = _poll_tokens(a)
    tb, ab = _poll_tokens(b)
    return bool(ta & tb or aa & tb or ab & ta or (aa & ab))


def _counted_after(text: str, end: int) -> str:
    """A fallback for what is counted: the content words right after the number."""
    tail = text[end : end + 60]
    tail = re.split(r"[.,;:!?()\"“”]", tail, maxsplit=1)[0]
    words = [w for w in _WORD.findall(tail) if w.lower() not in {"of", "the", "a"}][:2]
    if len(words) == 2 and not words[0][:1].isupper():
        words = words[:1]  # "Europeans" (still ...), but "EU nationals", "Isis fighters"
    return " ".join(words)


def _counted_from_parse(doc: Document, start: int, end: int) -> str | None:
    """The noun the number counts ("2,500 EU nationals" -> "EU nationals"), from the parse."""
    parse = doc.parse
    if parse is None:
        return None
    span = parse.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    tok = span[-1]
    head = tok.head if tok.dep_ in {"nummod", "quantmod", "compound"} else None
    if head is None or head.i == tok.i or head.pos_ not in {"NOUN", "PROPN"}:
        return None
    mods = [t for t in head.lefts if t.dep_ in {"compound", "amod"} and t.i > tok.i]
    words = [t.text for t in mods] + [head.text]
    return " ".join(words)


def _sentence_bounds(doc: Document, start: int, end: int) -> tuple[int, int]:
    for s in doc.sentences:
        if s.start <= start < s.end:
            return s.start, max(s.end, end)
    text = doc.text
    lo = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start))
    hi_candidates = [i for i in (text.find(". ", end), text.find("\n", end)) if i != -1]
    hi = min(hi_candidates) + 1 if hi_candidates else len(text)
    return (lo + 1 if lo >= 0 else 0), hi


_NAME = re.compile(r"\b[A-Z][a-zA-Z\-']+(?:\s+[A-Z][a-zA-Z\-']+)*")


def _names_near(text: str, start: int, end: int, sent_start: int, sent_end: int) -> set[str]:
    """Capitalised words within a few words of the number (who or what it belongs to)."""
    left = text[max(sent_start, start - 40) : start]
    right = text[end : min(sent_end, end + 40)]
    names: set[str] = set()
    for chunk in (left, right):
        for m in _NAME.finditer(chunk):
            if m.start() == 0 and chunk is left and max(sent_start, start - 40) == sent_start:
                pass  # a sentence-initial capital still counts when it is a name
            for w in m.group(0).split():
                if w.lower() not in _STOP and w.lower() not in _NOT_NAMES and len(w) > 2:
                    names.add(w.lower())
    return names


#: a year written out
YEAR = re.compile(r"\b(?:19|20)\d\d\b")


@dataclass
class QuantityMention:
    """One figure (or one range) in one article, with what is needed to align it."""

    doc_index: int
    start: int
    end: int
    text: str
    claim: Claim
    unit: str | None
    counted: str
    context: str
    names: set[str] = field(default_factory=set)
    asserted_by: str | None = None
    pair_role: str | None = None
    pollster: str | None = None
    neighbours: set[float] = field(default_factory=set)
    places: set[str] = field(default_factory=set)
    sentence: str = ""
    #: the figure stage's account of what is counted, often a whole clause
    phrase: str = ""
    context_vec: Any = field(default_factory=list)
    phrase_vec: Any = field(default_factory=list)
    counted_vec: Any = field(default_factory=list)
    unit_vec: Any = field(default_factory=list)

    @property
    def counted_words(self) -> set[str]:
        return content_words(self.counted)


def _merge_ranges(figures: Sequence[Figure], text: str) -> list[tuple[Figure, Figure | None]]:
    """Pair the two ends of a range ("between 2,000 and 3,000") into one mention."""
    out: list[tuple[Figure, Figure | None]] = []
    figs = sorted(figures, key=lambda f: f.start)
    i = 0
    while i < len(figs):
        f = figs[i]
        if (
            i + 1 < len(figs)
            and (f.hedge or "") == "range"
            and (figs[i + 1].hedge or "") == "range"
            and figs[i + 1].start - f.end <= 8
            and re.fullmatch(r"\s*(-|–|—|to|and)\s*", text[f.end : figs[i + 1].start])
        ):
            out.append((f, figs[i + 1]))
            i += 2
            continue
        out.append((f, None))
        i += 1
    return out


CONTEXT_CHARS = 80
#: A "counted" phrase longer than this is a clause, not what is counted.
MAX_COUNTED_WORDS = 4
SHORT_SENTENCE_WORDS = 6


def _in_identifier(text: str, start: int, end: int) -> bool:
    """A number glued to letters ("9mm", "PF-9", "G7") names something; it is no claim."""
    before = text[max(0, start - 2) : start]
    after = text[end : end + 1]
    return bool(after.isalpha() or before[-1:].isalpha() or re.fullmatch(r"[A-Za-z]-", before))
_PAIR_AFTER = re.compile(r"\s*(?:%|percent|per cent)?\s*(?:to|-|–)\s*[$£€]?\d")
_PAIR_BEFORE = re.compile(r"\d\s*(?:%|percent|per cent)?\s*(?:to|-|–)\s*[$£€]?$")


def _pair_role(text: str, start: int, end: int) -> str | None:
    """First or second number of a score-like pair ("46 percent to 44 percent", "52-48")."""
    if _PAIR_AFTER.match(text, end):
        return "first"
    if _PAIR_BEFORE.search(text[max(0, start - 20) : start]):
        return "second"
    return None


def _pollster_of(polls: Sequence[tuple[int, str]], unit: str | None, sentence: str,
                 s_start: int, s_end: int, start: int) -> str | None:
    """The poll a figure comes from: one named in its sentence, else the article's last one.

    Only for poll figures: percentages and points, or a sentence about a poll
    ("The margin of error is ...", "996 likely voters").
    """
    if not polls or not (unit in {"percent", "points"} or _POLL_SENTENCE.search(sentence)):
        return None
    inside = [name for off, name in polls if s_start <= off < s_end]
    if inside:
        return inside[0]
    before = [name for off, name in polls if off < start]
    return before[-1] if before else None


def mentions_of(doc: Document, doc_index: int) -> list[QuantityMention]:
    """The quantity mentions of one analysed document."""
    out: list[QuantityMention] = []
    polls = poll_mentions(doc.text)
    spans: list[tuple[int, int]] = []
    place_mentions = [
        (mention.start, ent.name.lower())
        for ent in doc.entities if ent.type in PLACE_TYPES for mention in ent.mentions
    ]
    for low, high in _merge_ranges(doc.figures, doc.text):
        if low.value is None or _in_identifier(doc.text, low.start, low.end):
            continue
        end = high.end if high else low.end
        s_start, s_end = _sentence_bounds(doc, low.start, end)
        sentence = doc.text[s_start:s_end]
        # the words around the number (within its sentence), the number masked,
        # so the context compares what is said about it, not the value
        left = doc.text[max(s_start, low.start - CONTEXT_CHARS) : low.start]
        right = doc.text[end : min(s_end, end + CONTEXT_CHARS)]
        if low.start - CONTEXT_CHARS > s_start:
            left = left.split(" ", 1)[-1]
        if end + CONTEXT_CHARS < s_end:
            right = right.rsplit(" ", 1)[0]
        masked = (left + " N " + right).strip()
        if len(sentence.split()) < SHORT_SENTENCE_WORDS:
            # a list item ("Clinton: 547.") says what it counts in the lines above it
            above = doc.text[max(0, s_start - CONTEXT_CHARS * 2) : s_start]
            masked = " ".join((above.split(" ", 1)[-1] + " " + masked).split())
        claim = Claim(
            value=low.value,
            hedge=low.hedge,
            high=high.value if high is not None and high.value is not None else None,
        )
        unit = normalise_unit(low.unit, low.text)
        # what is counted, as a noun phrase: the noun the number modifies ("2,500 EU
        # nationals"), else the figure stage's phrase when it is one, else the words after
        counted = (
            _counted_from_parse(doc, low.start, end)
            or (low.counted if low.counted and len(low.counted.split()) <= MAX_COUNTED_WORDS
                else None)
            or _counted_after(doc.text, end)
        )
        out.append(
            QuantityMention(
                pollster=_pollster_of(polls, unit, sentence, s_start, s_end, low.start),
                places={name for off, name in place_mentions if s_start <= off < s_end},
                doc_index=doc_index,
                start=low.start,
                end=end,
                text=doc.text[low.start : end],
                claim=claim,
                unit=unit,
                counted=counted,
                phrase=low.counted or "",
                context=masked or sentence,
                names=_names_near(doc.text, low.start, end, s_start, s_end),
                asserted_by=low.asserted_by,
                pair_role=_pair_role(doc.text, low.start, end),
                sentence=sentence,
            )
        )
        spans.append((_sentence_bounds(doc, s_start - 1, s_start - 1)[0] if s_start else 0,
                      s_end))
    # the other figures of its sentence and the one before ("Of those, 996 were likely
    # voters. The margin of error among that group was four points")
    for m, (lo, hi) in zip(out, spans, strict=True):
        m.neighbours = {
            o.claim.value for o in out
            if o is not m and lo <= o.start < hi and _distinctive(o.claim.value)
        }
    return out


#: Entity types that say where a quantity is.
PLACE_TYPES = {"GPE", "LOC"}


def _distinctive(value: float) -> bool:
    """A value unlikely to recur by chance (not a small whole number)."""
    return not (value == int(value) and abs(value) <= 10)


def embed_mentions(mentions: Sequence[QuantityMention], embedder: Embedder) -> None:
    if not mentions:
        return
    nouns = sorted({m.unit for m in mentions if m.unit and not hard_unit(m.unit)})
    vecs = embedder.encode(
        [m.context for m in mentions] + [m.counted or "-" for m in mentions]
        + [m.phrase or "-" for m in mentions] + nouns
    )
    n = len(mentions)
    unit_vecs = {u: as_array(vecs[3 * n + k]) for k, u in enumerate(nouns)}
    for i, m in enumerate(mentions):
        m.context_vec = as_array(vecs[i])
        m.counted_vec = as_array(vecs[n + i])
        if m.phrase:
            m.phrase_vec = as_array(vecs[2 * n + i])
        if m.unit in unit_vecs:
            m.unit_vec = unit_vecs[m.unit]
