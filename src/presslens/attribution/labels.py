"""Statements marked by layout rather than by a cue: ``Pat Caddell: Democrats worried
...`` headlines, ``PENCE: Well, ...`` transcripts and notes signed ``― Sonya
Herridge, 34, Texas``."""

from __future__ import annotations

import re
from typing import Any

from ..datelines import POINTERS, colon_dateline
from ..names import INSTITUTION_NOUNS, ORGANISATION_NOUNS, PERSON_DESCRIPTORS, TITLE_WORDS
from .found import Found, mark_at
from .quotes import Quote
from .speakers import LEADER_WORDS

_BAR_SIGNATURE = re.compile(r"[ \t]*―[ \t]*([A-Z][^\n,(]*)[^\n]*$", re.M)
#: ``Found.extra`` key: the role a headline's label names, for a speaker no one names
ROLE_LABEL = "role_label"
_COLON_LABEL = re.compile(r"([A-Z][\w.'’-]*(?:[ \t][A-Z][\w.'’-]*){0,3})(:)[ \t]+(\S)")
#: a headline's label whose later words may be lower case ("Energy minister: ...")
_ROLE_LABEL = re.compile(r"([A-Z][\w.'’-]*(?:[ \t][\w.'’-]+){0,3})(:)[ \t]+(\S)")
#: the words a label that names who spoke ends in: a title, a body, a person's description
_SPEAKER_WORDS = (
    TITLE_WORDS | LEADER_WORDS | INSTITUTION_NOUNS | ORGANISATION_NOUNS | PERSON_DESCRIPTORS
    | frozenset(["government", "official", "officials"])
)


def _speaker_word(label: str) -> bool:
    """The label ends in a word for who speaks ("Ward councillor", "AAIB chief")."""
    last = re.sub(r"['’]s?$", "", label.split()[-1]).lower()
    return last in _SPEAKER_WORDS


def colon_labels(
    text: str, parse: Any, paragraphs: list[tuple[int, int]], quotes: list[Quote]
) -> list[Found]:
    """``Pat Caddell: Democrats worried ...`` headlines and ``PENCE: Well, ...`` transcripts."""
    out: list[Found] = []
    first_start = paragraphs[0][0] if paragraphs else -1
    for p_start, p_end in paragraphs:
        sig = _BAR_SIGNATURE.search(text, p_start, p_end)
        if sig is not None and sig.start() > p_start + 10:
            # "Content of a reader's note ― Sonya Herridge, 34, Texas"
            s, e = p_start, sig.start()
            while e > s and text[e - 1] in " .":
                e -= 1
            bar = text.index("―", sig.start())
            src = (sig.start(1), sig.start(1) + len(sig.group(1).rstrip()))
            q = next((q for q in quotes if mark_at(text, q) <= s and e <= q.outer_end), None)
            if q is not None:
                out.append(
                    Found(
                        "direct",
                        q.pieces(),
                        (bar, bar + 1),
                        src,
                        quote=q,
                    )
                )
            else:
                out.append(Found("reported", [(s, e)], (bar, bar + 1), src))
            continue
        m = _COLON_LABEL.match(text, p_start)
        role = None
        if p_start == first_start:
            # a headline's "Energy minister: ...", "Tunisia's transport minister: ...": a
            # role in lower case, which the body names
            role = _ROLE_LABEL.match(text, p_start)
            if role is not None and role.end() < p_end and _speaker_word(role.group(1)):
                m = role
            else:
                role = None
        if m is None or m.end() >= p_end:
            continue
        label = m.group(1)
        if colon_dateline(text, m.start()) is not None:
            continue  # "KARACHI: A heatwave ... officials said": the sentence says who
        if label.lower() in (
            "update",
            "watch",
            "read",
            "note",
            "editor",
            "photo",
            "video",
            "clarification",
            "correction",
            # a section's or a story's kicker ("BREAKING: ...", "ANALYSIS: ...")
            "breaking",
            "breaking news",
            "exclusive",
            "analysis",
            "opinion",
            "comment",
            "explainer",
            "factbox",
            "live",
            "background",
            "context",
            "timeline",
            "related",
            *POINTERS,
        ):
            continue
        span = parse.char_span(m.start(1), m.end(1), alignment_mode="expand")
        kinds = {t.ent_type_ for t in span} if span is not None else set()
        if "DATE" in kinds or ("GPE" in kinds and role is None):
            continue
        if not (kinds & {"PERSON", "ORG", "NORP"} or (label.isupper() and len(label) >= 3)
                or role is not None):
            continue
        s, e = m.start(3), p_end
        while e > s and text[e - 1] in ".!?;: ":
            e -= 1
        q = next((q for q in quotes if mark_at(text, q) <= s and e <= q.outer_end), None)
        if q is not None and mark_at(text, q) == s:
            out.append(
                Found(
                    "direct",
                    [(q.start, q.end)],
                    (m.start(2), m.end(2)),
                    (m.start(1), m.end(1)),
                    quote=q,
                )
            )
        else:
            found = Found(
                "reported", [(s, e)], (m.start(2), m.end(2)), (m.start(1), m.end(1)),
                # a role's head word, for the resolver to find its holder
                source_token=span.root.i if role is not None and span is not None else None,
            )
            if role is not None and span is not None and not span[0].ent_type_:
                found.extra[ROLE_LABEL] = label[:1].lower() + label[1:]  # "interior minister"
            out.append(found)
    return out
