"""The same statement across articles: quoted in full, in part, or paraphrased.

Two attributions are the same statement when their contents share word
trigrams (one quote contained in the other counts fully) or, for
paraphrases, when their sentence embeddings are close and they share content
words. A group of one statement then tells whether outlets disagree on where
it was said (``venue_conflict``) or on who said it (``speaker_conflict``).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from ..embed import Embedder, as_array, cosine
from ..model import Attribution, Document
from ..names import ANONYMOUS, normalise_outlet, one_person_spelled_two_ways, speaker_key
from ._groups import connected_groups
from .quantities import content_words

_N = 5


def _norm_text(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).lower()
    text = re.sub(r"[\"“”‘’'`]", "", text)
    return re.sub(r"[^a-z0-9]+", " ", text).strip()


def char_ngrams(text: str, n: int = _N) -> set[str]:
    t = _norm_text(text)
    return {t[i : i + n] for i in range(max(1, len(t) - n + 1))} if t else set()


def word_ngrams(text: str, n: int = 3) -> set[str]:
    """Word n-grams of the normalised text (the words themselves when it is shorter)."""
    words = _norm_text(text).split()
    if len(words) < n:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i : i + n]) for i in range(len(words) - n + 1)}


def containment(a: set[str], b: set[str]) -> float:
    """Share of the smaller set found in the larger: 1.0 when one quote is part of the other."""
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


# --- Speakers and venues ---------------------------------------------------------------

def normalise_venue(venue: str | None) -> str | None:
    return normalise_outlet(venue) if venue else None


def same_speaker(a: str | None, b: str | None) -> bool:
    return speaker_key(a) == speaker_key(b)


# --- Mentions of statements ------------------------------------------------------------


@dataclass
class StatementMention:
    doc_index: int
    start: int
    end: int
    text: str
    speaker: str | None
    venue: str | None
    kind: str
    grams: set[str] = field(default_factory=set)
    words: set[str] = field(default_factory=set)
    vec: Any = field(default_factory=list)

    @property
    def speaker_key(self) -> str:
        return speaker_key(self.speaker)


MIN_WORDS = 4
_QUOTED = re.compile(r"“([^”]{3,600})”|\"([^\"\n]{3,600})\"")


def mentions_of(doc: Document, doc_index: int) -> list[StatementMention]:
    """The statements of one document worth aligning (a few words or more).

    Besides each attribution's content: the words quoted inside a reported
    statement (``saying a foundation ... "has no comment on ..."``), which
    align with the same words quoted elsewhere.
    """
    out: list[StatementMention] = []
    for att in doc.attributions:
        text = _content_text(doc, att)
        speaker = att.speaker.name if att.speaker else None
        pieces = [(att.content.start, att.content.end, text, att.kind)]
        if att.kind == "reported" and not att.content_parts:
            for qm in _QUOTED.finditer(text):
                inner = qm.group(1) or qm.group(2) or ""
                lo = att.content.start + qm.start(1 if qm.group(1) else 2)
                pieces.append((lo, lo + len(inner), inner, "direct"))
        for start, end, piece, kind in pieces:
            if len(piece.split()) < MIN_WORDS:
                continue
            out.append(
                StatementMention(
                    doc_index=doc_index,
                    start=start,
                    end=end,
                    text=piece,
                    speaker=speaker,
                    venue=normalise_venue(att.venue),
                    kind=kind,
                    grams=word_ngrams(piece),
                    words=content_words(piece),
                )
            )
    return out


def _content_text(doc: Document, att: Attribution) -> str:
    if att.content_parts:
        return " ".join(doc.text[p.start : p.end] for p in att.content_parts)
    return att.text or doc.text[att.content.start : att.content.end]


def embed_mentions(mentions: Sequence[StatementMention], embedder: Embedder) -> None:
    if mentions:
        for m, v in zip(mentions, embedder.encode([m.text for m in mentions]), strict=True):
            m.vec = as_array(v)


QUOTE_CONTAINMENT = 0.6
#: reported speech is a misattribution only when its wording is all but the same and
#: says something particular ("it would study the recommendations" is said by many)
REPORTED_CONTAINMENT = 0.7
REPORTED_MIN_WORDS = 8
REPORTED_COVERED = 0.5
PARAPHRASE_COSINE = 0.80


def same_statement_score(a: StatementMention, b: StatementMention) -> float:
    """1.0 for a quote contained in the other; otherwise the paraphrase evidence."""
    c = containment(a.grams, b.grams)
    if c >= QUOTE_CONTAINMENT:
        return c
    emb = cosine(a.vec, b.vec)
    shared = len(a.words & b.words) / max(1, min(len(a.words), len(b.words)))
    if emb >= PARAPHRASE_COSINE and shared >= 0.3:
        return 0.5 * emb + 0.5 * max(c, shared)
    return 0.0


def align_statements(mentions: Sequence[StatementMention]) -> list[list[StatementMention]]:
    """Group mentions of the same statement across (and within) articles."""
    pairs = []
    for i in range(len(mentions)):
        for j in range(i + 1, len(mentions)):
            a, b = mentions[i], mentions[j]
            if a.doc_index == b.doc_index:
                # one article quoting the same words twice (headline and body)
                if containment(a.grams, b.grams) >= 0.9 and same_speaker(a.speaker, b.speaker):
                    pairs.append((i, j))
                continue
            if same_statement_score(a, b) > 0:
                pairs.append((i, j))
    return connected_groups(mentions, pairs)


def venue_conflict(group: Sequence[StatementMention]) -> bool:
    """Two or more different venues for one speaker's same statement, across articles."""
    venues: dict[str, set[int]] = {}
    for m in group:
        if m.venue:
            venues.setdefault(m.venue, set()).add(m.doc_index)
    docs = {d for ds in venues.values() for d in ds}
    return len(venues) >= 2 and len(docs) >= 2


def speaker_conflict(group: Sequence[StatementMention]) -> bool:
    """The same statement given to different named speakers in different articles.

    Compared by word n-gram containment, not by meaning: two speakers making a
    similar argument in paraphrase is not a misattribution. Quoted words count
    (direct quotes, or the words quoted inside a reported statement), and so does
    reported speech of eight words or more that is all but word for word the same
    ("the party would file a petition with the Constitutional Court next week"), as
    wire copy and its rewrites carry it; a paraphrase that carries someone's quoted
    words among its own is no misattribution.
    """
    named = [
        m for m in group
        if m.speaker_key != ANONYMOUS
        and (m.kind == "direct" or len(m.text.split()) >= REPORTED_MIN_WORDS)
    ]
    return any(
        a.doc_index != b.doc_index
        and not one_person_spelled_two_ways(a.speaker, b.speaker)
        and _same_words(a, b)
        for x, a in enumerate(named)
        for b in named[x + 1 :]
    )


def _same_words(a: StatementMention, b: StatementMention) -> bool:
    """Two mentions carry the same words: quotes sharing most of the shorter one; with
    reported speech on either side, all but word for word, and at least half of each
    reported mention (a paraphrase around someone's quoted words is not theirs)."""
    if a.kind == b.kind == "direct":
        return containment(a.grams, b.grams) >= QUOTE_CONTAINMENT
    shared = len(a.grams & b.grams)
    return containment(a.grams, b.grams) >= REPORTED_CONTAINMENT and all(
        shared >= REPORTED_COVERED * len(m.grams) for m in (a, b) if m.kind != "direct"
    )
