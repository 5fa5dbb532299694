from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

import presslens
from presslens.attribution.reported import find_candidates

Parse = Callable[[str], Any]  # the hand_parse fixture

CONTINUED = """
He 1 nsubj PRON PRP he
continued 1 ROOT VERB VBD continue
to 3 aux PART TO to
say 1 xcomp VERB VB say
that 6 mark SCONJ IN that
taxes 6 nsubj NOUN NNS tax
rise 3 ccomp VERB VBP rise
. 1 punct PUNCT . .
"""


def test_reported_defers_to_the_inner_cue(hand_parse: Parse) -> None:
    doc = hand_parse(CONTINUED)
    [cand] = find_candidates(doc, [False] * (len(doc.text) + 1))
    assert doc.text[cand.cue[0] : cand.cue[1]] == "say"
    assert [doc.text[s:e] for s, e in cand.content] == ["taxes rise"]
    assert doc.text[cand.source[0] : cand.source[1]] == "He"  # type: ignore[index]


def test_reported_cues_inside_quotes_are_skipped(hand_parse: Parse) -> None:
    doc = hand_parse(CONTINUED)
    assert find_candidates(doc, [True] * (len(doc.text) + 1)) == []


@pytest.mark.slow
def test_a_cue_whose_clause_is_only_its_subject_gives_no_candidate() -> None:
    # word salad from benchmarks/web.py's synthetic corpus: after the subject and the cue
    # are taken out, "told" has no content left (it raised ValueError in the web benchmark)
    text = ("Report from in minister that for do201 told told week city gu161 week at it it "
            "statement told mu71 crisis na21 se111 officials gu131 statement pi241 pe41 it "
            "minister from said no181 people a with mi141 an so151 week told and report as as "
            "said that ki91 pe01 2500 minister zo81 gu131 the pi241 week.")
    doc = presslens.analyze(text)
    assert all(a.content.start < a.content.end for a in doc.attributions)
