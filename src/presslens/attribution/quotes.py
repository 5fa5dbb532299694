"""Pairing quotation marks into direct quotes.

Robust to curly, straight and mismatched marks and to odd counts (an unpaired
mark is dropped, never an error), and to the open-quote convention of quotes
running over several paragraphs: a paragraph that ends inside a quote and is
followed by a paragraph starting with an opening mark continues the quote.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

OPENING = frozenset("“„«")
CLOSING = frozenset("”»")
AMBIGUOUS = frozenset('"')
_OPEN_BEFORE = frozenset(" \t\n([{—–-/:;,")  # characters after which a " opens


@dataclass(frozen=True)
class Quote:
    """A direct quote: ``start``/``end`` is the text between the marks.

    ``open_at`` and ``close_at`` are the positions of the outer marks (the
    closing mark is ``text[close_at:close_at + close_len]``). ``parts`` holds
    one inner piece per paragraph for quotes that run over several.
    """

    start: int
    end: int
    open_at: int
    close_at: int
    close_len: int = 1
    parts: tuple[tuple[int, int], ...] = field(default=())

    @property
    def outer_end(self) -> int:
        return self.close_at + self.close_len

    def pieces(self) -> list[tuple[int, int]]:
        return list(self.parts) if self.parts else [(self.start, self.end)]


def _marks(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """(position, length, direction) of every double quotation mark in ``text[start:end]``.

    direction is ``open``, ``close`` or ``either``.
    """
    out: list[tuple[int, int, str]] = []
    i = start
    while i < end:
        ch = text[i]
        if ch == "`" and text.startswith("``", i):
            out.append((i, 2, "open"))
            i += 2
            continue
        if ch == "'" and text.startswith("''", i) and i + 2 <= end:
            before = text[i - 1] if i > start else " "
            after = text[i + 2] if i + 2 < end else " "
            opening = before in _OPEN_BEFORE and not after.isspace()
            out.append((i, 2, "open" if opening else "close"))
            i += 2
            continue
        if ch in OPENING:
            out.append((i, 1, "open"))
        elif ch in CLOSING:
            out.append((i, 1, "close"))
        elif ch in AMBIGUOUS:
            before = text[i - 1] if i > start else " "
            after = text[i + 1] if i + 1 < end else " "
            if before in _OPEN_BEFORE and not after.isspace():
                out.append((i, 1, "open"))
            elif not before.isspace() and (after.isspace() or not after.isalnum()):
                out.append((i, 1, "close"))
            else:
                out.append((i, 1, "either"))
        i += 1
    return out


def _looks_closing(text: str, pos: int, length: int, start: int, end: int) -> bool:
    before = text[pos - 1] if pos > start else " "
    after = text[pos + length] if pos + length < end else " "
    return not before.isspace() and (after.isspace() or not after.isalnum())


def _pair_paragraph(
    text: str, start: int, end: int
) -> tuple[list[tuple[int, int, int]], int | None]:
    """Pairs in one paragraph as (open_at, close_at, close_len) and a dangling open mark."""
    pairs: list[tuple[int, int, int]] = []
    open_at: int | None = None
    for pos, length, direction in _marks(text, start, end):
        if open_at is None:
            if direction in ("open", "either"):
                open_at = pos + length - 1  # ``open_at`` is the last char of the mark
            # a closing mark with nothing open is a stray: dropped
            continue
        if (
            direction == "close"
            or direction == "either"
            or _looks_closing(text, pos, length, start, end)
        ):
            pairs.append((open_at, pos, length))
            open_at = None
        else:  # an opening mark while one is open: the earlier one was a stray
            open_at = pos + length - 1
    return pairs, open_at


#: a capitalised word right before a quote mark (not a sentence's end: "said Smith.
#: "Definitely.""), the quoted word, and a capitalised word right after the closing mark
_NAME_BEFORE = re.compile(r"[A-Z][\w'’-]* $")
_NICKNAME = re.compile(r"[A-Z][\w'’-]*")
_NAME_AFTER = re.compile(r" [A-Z]")


def _nickname(text: str, open_at: int, close_at: int, close_len: int) -> bool:
    """The quoted word between two words of a name is a nickname, no quote ('Ramon "Bong"
    Villanueva')."""
    return (
        bool(_NICKNAME.fullmatch(text, open_at + 1, close_at))
        and bool(_NAME_BEFORE.search(text, max(0, open_at - 40), open_at))
        and bool(_NAME_AFTER.match(text, close_at + close_len))
    )


def find_quotes(text: str, paragraphs: Sequence[tuple[int, int]] | None = None) -> list[Quote]:
    """Every direct quote in ``text``, in order.

    ``paragraphs`` are ``(start, end)`` ranges; by default the non-blank lines.
    """
    if paragraphs is None:
        paragraphs = _lines(text)
    quotes: list[Quote] = []
    carry: list[tuple[int, int]] = []  # pieces of a quote running over paragraphs
    carry_open: int | None = None
    for p_start, p_end in paragraphs:
        pairs, dangling = _pair_paragraph(text, p_start, p_end)
        if carry_open is not None:
            first = text[p_start] if p_start < p_end else ""
            if first in OPENING or first in AMBIGUOUS:
                if pairs and pairs[0][0] == p_start:
                    # the continuation closes in this paragraph
                    o, c, n = pairs.pop(0)
                    carry.append((o + 1, c))
                    quotes.append(_multi(carry_open, carry, c, n))
                    carry, carry_open = [], None
                elif dangling == p_start and not pairs:
                    carry.append((p_start + 1, p_end))
                    continue
            carry, carry_open = [], None
        for o, c, n in pairs:
            if c > o + 1 and not _nickname(text, o, c, n):
                quotes.append(Quote(start=o + 1, end=c, open_at=o, close_at=c, close_len=n))
        if dangling is not None and dangling + 1 < p_end:
            carry_open = dangling
            carry = [(dangling + 1, p_end)]
    return sorted(quotes + _single_quoted(text, paragraphs, quotes), key=lambda q: q.start)


#: A quote in single marks, as British papers print them: the opening mark starts the
#: paragraph or follows a space or dash and comes before a capital; the closing mark follows
#: the quote's own punctuation (so an apostrophe, "workers' pay", never closes one).
_SINGLE = re.compile(
    r"(?:(?<=^)|(?<=[\s(\[—–-]))['‘](?=[A-Z0-9])([^\n]+?[,.!?])['’](?=\s|$|[)\]—–-])",
    re.MULTILINE,
)


def _single_quoted(
    text: str, paragraphs: Sequence[tuple[int, int]], double: Sequence[Quote]
) -> list[Quote]:
    """Quotes in single marks, in an article that quotes in single marks: one with no
    double quotation mark at all (where double marks quote, single ones are quotes within
    quotes, or a headline's scare quotes)."""
    out: list[Quote] = []
    if double or any(mark in text for mark in ('"', "“", "”", "``")):
        return out
    for p_start, p_end in paragraphs:
        for m in _SINGLE.finditer(text, p_start, p_end):
            o, c = m.start(), m.end() - 1
            out.append(Quote(start=o + 1, end=c, open_at=o, close_at=c, close_len=1))
    return out


def _multi(open_at: int, pieces: list[tuple[int, int]], close_at: int, close_len: int) -> Quote:
    return Quote(
        start=open_at + 1,
        end=close_at,
        open_at=open_at,
        close_at=close_at,
        close_len=close_len,
        parts=tuple(pieces),
    )


def _lines(text: str) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            s = pos + (len(line) - len(line.lstrip()))
            out.append((s, s + len(stripped)))
        pos += len(line) + 1
    return out
