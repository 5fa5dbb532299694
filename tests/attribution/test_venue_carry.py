"""Venues carried along a passage (:func:`presslens.attribution.venues.carry_venues`)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from presslens.attribution.found import Found
from presslens.attribution.venues import carry_venues
from presslens.model import Speaker

Parse = Callable[[str], Any]  # the hand_parse fixture

TOLD = """
King 1 nsubj PROPN NNP King B-PERSON
told 1 ROOT VERB VBD tell
Reuters 1 dative PROPN NNP Reuters B-ORG
taxes 4 nsubj NOUN NNS tax
rise 1 ccomp VERB VBP rise
. 1 punct PUNCT . .
"""


def _said(first: int, speaker: str, adverb: str | None = None) -> str:
    """Rows of "SPEAKER [ADVERB] said prices fall." starting at token ``first``."""
    words = [(speaker, "nsubj", "PROPN", "NNP")]
    if adverb:
        words.append((adverb, "advmod", "ADV", "RB"))
    said = first + len(words)
    words += [("said", "ROOT", "VERB", "VBD"), ("prices", "nsubj", "NOUN", "NNS"),
              ("fall", "ccomp", "VERB", "VBP"), (".", "punct", "PUNCT", ".")]
    heads = {"said": said, "prices": said + 2, "fall": said}
    return "\n".join(
        f"{w} {heads.get(w, said)} {dep} {pos} {tag} {w.lower()}" for w, dep, pos, tag in words
    )


def _found(doc: Any, cue: int, content: tuple[int, int], speaker: str) -> Found:
    tok = doc[cue]
    return Found(
        "reported",
        [(doc[content[0]].idx, doc[content[1]].idx + len(doc[content[1]].text))],
        (tok.idx, tok.idx + len(tok.text)),
        None,
        cue_token=cue,
        speaker=Speaker(name=speaker),
    )


@pytest.mark.parametrize(
    ("first", "speaker", "adverb", "venue"),
    [
        ("King", "King", None, "Reuters"),  # the same speaker, the next paragraph
        ("Julian King", "King", None, "Reuters"),  # the same speaker by surname
        ("King", "Smith", None, None),  # another speaker
        ("King", "King", "then", None),  # a new occasion
    ],
)
def test_venue_carry(
    hand_parse: Parse, first: str, speaker: str, adverb: str | None, venue: str | None
) -> None:
    doc = hand_parse(TOLD + _said(6, speaker, adverb))
    said = 7 + (adverb is not None)
    found = [_found(doc, 1, (3, 4), first), _found(doc, said, (said + 1, said + 2), speaker)]
    carry_venues(doc, found, [0, doc[6].idx], [])
    assert [f.venue for f in found] == ["Reuters", venue]
