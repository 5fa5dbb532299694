from __future__ import annotations

from collections.abc import Callable
from typing import Any

from presslens.attribution.constructions import Candidate
from presslens.attribution.pairing import outermost, pair_quotes
from presslens.attribution.quotes import find_quotes

Parse = Callable[[str], Any]  # the hand_parse fixture

SIGNED = """
“ 2 punct PUNCT `` “
Never 2 neg ADV RB never
again 2 ROOT ADV RB again
. 2 punct PUNCT . .
” 2 punct PUNCT '' ”
― 2 punct PUNCT : ―
Sonya 7 compound PROPN NNP Sonya
Herridge 2 appos PROPN NNP Herridge
"""


def test_pairing_outermost_drops_speech_nested_in_content() -> None:
    outer = Candidate(cue=(0, 4), content=[(5, 40)], source=None, cue_token=0)
    inner = Candidate(cue=(10, 14), content=[(15, 30)], source=None, cue_token=2)
    belief = Candidate(cue=(0, 4), content=[(5, 40)], source=None, cue_token=0, attitude=True)
    assert outermost([outer, inner]) == [outer]
    assert outermost([belief, inner]) == [belief, inner]  # what someone believes was said


def test_pairing_a_quote_signed_after_a_dash(hand_parse: Parse) -> None:
    doc = hand_parse(SIGNED)
    text = doc.text
    quotes = find_quotes(text)
    [found] = pair_quotes(text, doc, quotes, [])
    assert found.kind == "direct" and found.quote is quotes[0]
    assert found.source is not None and text[found.source[0] : found.source[1]] == "Sonya Herridge"


def test_pairing_a_candidate_whose_content_is_a_quote_is_direct(hand_parse: Parse) -> None:
    doc = hand_parse(SIGNED)
    text = doc.text
    quotes = find_quotes(text)
    q = quotes[0]
    cand = Candidate(cue=(0, 1), content=[(q.start, q.end)], source=(30, 44), cue_token=6)
    [found] = pair_quotes(text, doc, quotes, [cand])
    assert found.kind == "direct" and found.cue == (0, 1) and found.source == (30, 44)
