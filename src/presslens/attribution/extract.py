"""Putting quotes, reported speech, speakers and venues together into attributions.

:mod:`.reported` finds reported speech, :mod:`.pairing` pairs quotes with cues,
:mod:`.labels` reads labelled turns, :mod:`.speakers` resolves sources, the
:mod:`.conventions` filter keeps what ``CONVENTIONS.md`` counts, :mod:`.venues`
finds and carries venues and :mod:`.posts` adds signed readers' posts.
"""

from __future__ import annotations

from typing import Any

from ..model import Attribution, Document, Entity, Offsets, Speaker
from ..names import ANONYMOUS
from .conventions import is_agentless, is_statement
from .found import Found, mark_at
from .labels import ROLE_LABEL, colon_labels
from .pairing import outermost, pair_quotes
from .posts import signed_posts
from .quotes import find_quotes
from .reported import find_candidates
from .speakers import SpeakerResolver, entities_from_parse
from .venues import carry_venues

__all__ = ["extract", "is_agentless", "is_statement"]


def extract(doc: Document, *, agentless: bool = True) -> list[Attribution]:
    """Every attribution in ``doc`` (needs ``doc.parse``; uses ``doc.entities`` if set).

    With ``agentless=False``, reported statements without a source ("Trump is expected to
    win", "the plan seems doomed") are left out: ``CONVENTIONS.md`` does not count them as
    quotes, while PolNeAR annotates them (the brat export keeps them)."""
    parse = doc.parse
    if parse is None:
        raise ValueError("extract() needs the parse stage to have run")
    text = doc.text
    paragraphs = [(p.start, p.end) for p in doc.paragraphs] or None
    quotes = find_quotes(text, paragraphs)
    in_quote = [False] * (len(text) + 1)
    for q in quotes:
        for i in range(mark_at(text, q), q.outer_end):
            in_quote[i] = True
    candidates = outermost(find_candidates(parse, in_quote), parse)
    found = pair_quotes(text, parse, quotes, candidates)
    labelled = colon_labels(text, parse, paragraphs or [], quotes)
    if labelled:
        # a labelled turn or headline owns its paragraph: speech inside it is nested
        spans = [(f.cue[0] if f.cue else f.start, f.end) for f in labelled]
        found = [
            f
            for f in found
            if not any(
                s <= (f.cue[0] if f.cue else f.start) < e or s <= f.start < e for s, e in spans
            )
        ]
        found += labelled
    found.sort(key=lambda f: (f.start, f.end))
    entities: list[Entity] = list(doc.entities) or entities_from_parse(parse)
    _resolve_speakers(parse, entities, found)
    unstated: list[Found] = []
    if not agentless:
        kept = [f for f in found if not is_agentless(f) and is_statement(f, parse)]
        unstated = [f for f in found if f not in kept]
        found = kept
    # after the filter: a venue carries along the statements that are kept, and an act
    # the conventions do not count sets the occasion ("On France Inter, the minister
    # sought to calm tempers. ... she said")
    par_starts = [p.start for p in doc.paragraphs] or [0]
    carry_venues(parse, found, par_starts, entities, doc.meta.outlet, unstated)
    if not agentless:
        people = [(m.start, m.end) for e in entities if e.type == "PERSON" for m in e.mentions]
        found = signed_posts(text, [(p.start, p.end) for p in doc.paragraphs], found, people)
    out: list[Attribution] = []
    for i, f in enumerate(found):
        content = Offsets(start=f.start, end=f.end)
        parts = [Offsets(start=s, end=e) for s, e in f.content] if len(f.content) > 1 else []
        out.append(
            Attribution(
                id=f"A{i + 1}",
                kind="direct" if f.kind == "direct" else "reported",
                content=content,
                content_parts=parts,
                cue=Offsets(start=f.cue[0], end=f.cue[1]) if f.cue else None,
                source=Offsets(start=f.source[0], end=f.source[1]) if f.source else None,
                speaker=f.speaker,
                venue=f.venue,
                text=text[f.start : f.end],
            )
        )
    return out


def _resolve_speakers(parse: Any, entities: list[Entity], found: list[Found]) -> None:
    resolver = SpeakerResolver.of_parse(parse, entities)
    for f in found:
        if f.continues is not None:
            f.speaker = None  # set from the attribution it continues, below
            continue
        head = parse[f.source_token] if f.source_token is not None else None
        f.speaker = resolver.resolve(f.source, head)
        role = f.extra.get(ROLE_LABEL)
        if role and f.speaker is not None and f.speaker.name == ANONYMOUS:
            # a headline's "Interior minister: ..." whose holder no one names: the role
            # title, as CONVENTIONS.md keeps an unnamed role; a role, which the story may
            # give its holder (another article's "Health Minister Inês Falcão")
            f.speaker = Speaker(name=role, role=role)
    for f in found:
        if f.continues is not None:
            f.speaker = f.continues.speaker
