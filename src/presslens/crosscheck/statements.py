"""The same statement across articles: quoted in full, in part, or paraphrased.

Two attributions are the same statement when their contents share word
trigrams (one quote contained in the other counts fully) or, for
paraphrases, when a small learned model (``resources/statement_pairs.json``)
over the pair's evidence says so: their sentence embeddings, the content words
and numbers they share, whether one speaker gives both. A group of one
statement then tells whether outlets disagree on where it was said
(``venue_conflict``) or on who said it (``speaker_conflict``).
"""

from __future__ import annotations

import functools
import json
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

from ..embed import Embedder, as_array, cosine
from ..model import Attribution, Document
from ..names import (
    ANONYMOUS,
    is_place,
    name_words,
    normalise_outlet,
    one_person_spelled_two_ways,
    speaker_key,
)
from ..wording import QUOTE_CONTAINMENT, containment, content_words, same_words, word_ngrams
from ._groups import connected_groups


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
    numbers: set[str] = field(default_factory=set)
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
                    numbers=_numbers(piece),
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


#: reported speech is a misattribution only when its wording is all but the same
#: (:func:`~presslens.wording.same_words`) and says something particular ("it would study
#: the recommendations" is said by many)
REPORTED_MIN_WORDS = 8

#: The pair features, in the order :func:`pair_features` gives them.
FEATURES = (
    "word_containment", "embedding_cosine", "content_shared", "content_jaccard",
    "same_speaker", "numbers", "both_direct", "length_log_ratio",
)
PAIR_MODEL = "resources/statement_pairs.json"
#: the model's probability from which two mentions are one statement; chosen on the
#: coverage dev set (benchmarks/train_statement_pairs.py, BENCHMARKS.md)
SAME_STATEMENT_THRESHOLD = 0.95
_NUMBER = re.compile(r"\d[\d,.]*")


def _numbers(text: str) -> set[str]:
    return {n.strip(".,").replace(",", "") for n in _NUMBER.findall(text)}


def pair_features(a: StatementMention, b: StatementMention) -> list[float]:
    """What says two mentions in two articles are one statement (see :data:`FEATURES`):
    the share of the shorter one's word trigrams in the other, the cosine of their
    sentence embeddings, the content words they share (of the fewer; of all), whether one
    named speaker gives both (+1), two different ones (-1) or either is unnamed (0), whether
    they share a number (+1), both hold numbers and share none (-1) or not (0), both
    quoted, and how many times longer one is (log)."""
    shared = len(a.words & b.words)
    same = 0.0
    if a.speaker and b.speaker and ANONYMOUS not in (a.speaker_key, b.speaker_key):
        same = 1.0 if a.speaker_key == b.speaker_key else -1.0
    na, nb = a.numbers, b.numbers
    numbers = 0.0 if not (na and nb) else (1.0 if na & nb else -1.0)
    la, lb = max(1, len(a.text.split())), max(1, len(b.text.split()))
    return [
        containment(a.grams, b.grams),
        cosine(a.vec, b.vec),
        shared / max(1, min(len(a.words), len(b.words))),
        shared / max(1, len(a.words | b.words)),
        same,
        numbers,
        float(a.kind == b.kind == "direct"),
        abs(math.log(la / lb)),
    ]


@functools.lru_cache(maxsize=1)
def pair_model() -> tuple[list[float], float]:
    """The logistic model's weights and bias (``resources/statement_pairs.json``)."""
    raw = json.loads(resources.files("presslens").joinpath(PAIR_MODEL).read_text("utf-8"))
    if tuple(raw["features"]) != FEATURES:
        raise ValueError(f"{PAIR_MODEL} was trained on other features; retrain it")
    return [float(w) for w in raw["weights"]], float(raw["bias"])


def _probability(features: Sequence[float]) -> float:
    """The model's probability that two mentions in two articles are one statement, in
    [0, 1]: a logistic model over :func:`pair_features`, trained on the coverage dev set's
    tune half (``benchmarks/train_statement_pairs.py``)."""
    weights, bias = pair_model()
    z = bias + sum(w * x for w, x in zip(weights, features, strict=True))
    return 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, z))))


_NUMBERS_FEATURE = FEATURES.index("numbers")


def same_statement_score(a: StatementMention, b: StatementMention) -> float:
    """The share of words one quote holds of the other when it holds most of them (a quote
    in part or in full); otherwise the model's probability of one statement said in other
    words, when it reaches :data:`SAME_STATEMENT_THRESHOLD` and the two give no different
    numbers ("prices will rise by 5 percent" is no "by 8 percent", however alike); else 0."""
    c = containment(a.grams, b.grams)
    if c >= QUOTE_CONTAINMENT:
        return c
    features = pair_features(a, b)
    if features[_NUMBERS_FEATURE] < 0:
        return 0.0
    p = _probability(features)
    return p if p >= SAME_STATEMENT_THRESHOLD else 0.0


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


def by_speaker(group: Sequence[StatementMention]) -> list[list[StatementMention]]:
    """The mentions of one statement by who gives it: one person however two outlets of the
    story spell the name (:func:`~presslens.names.one_person_spelled_two_ways`; and
    "Peñalver" / "Álvaro Peñalver Etxeberria": a one-word name goes with the one fuller name
    of the group it is a word of, when it is a word of no other and no place: "Israel" is
    no "Israel Katzir", "Wang" no one of "Wang Yi" and "Wang Wenbin"), the unnamed sources
    together."""
    fuller: dict[str, set[str]] = {}  # a one-word name -> the fuller names holding it
    for m in group:
        words = name_words(m.speaker or "")
        for n in group:
            if len(words) == 1 and len(name_words(n.speaker or "")) >= 2 and (
                words[0] in name_words(n.speaker or "")
            ):
                fuller.setdefault(words[0], set()).add(n.speaker_key)

    def one(a: StatementMention, b: StatementMention) -> bool:
        if a.speaker_key == b.speaker_key:
            return True
        if ANONYMOUS in (a.speaker_key, b.speaker_key):
            return False
        wa, wb = name_words(a.speaker or ""), name_words(b.speaker or "")
        (short, short_name), (full, _) = sorted(((wa, a.speaker), (wb, b.speaker)),
                                                key=lambda p: len(p[0]))
        if len(short) > 1:
            return one_person_spelled_two_ways(a.speaker, b.speaker)
        return (len(short) == 1 and len(full) >= 2 and short[0] in full
                and len(fuller.get(short[0], ())) == 1 and not is_place(short_name or ""))

    pairs = [(i, j) for i in range(len(group)) for j in range(i + 1, len(group))
             if one(group[i], group[j])]
    return connected_groups(group, pairs)


def venue_conflict(group: Sequence[StatementMention]) -> bool:
    """Two or more different venues for one speaker's same statement, across articles: a
    named speaker's (two unnamed officials are no one speaker)."""
    venues: dict[str, set[int]] = {}
    for m in group:
        if m.venue and m.speaker_key != ANONYMOUS:
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
    """Two mentions carry the same words (:func:`~presslens.wording.same_words`)."""
    return same_words(a.grams, a.kind == "direct", b.grams, b.kind == "direct")
