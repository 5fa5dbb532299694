from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from presslens.attribution.constructions import (
    Candidate,
    according_to,
    noun_candidate,
    verb_candidate,
)

Parse = Callable[[str], Any]  # the hand_parse fixture


def _texts(doc: Any, cand: Candidate | None) -> tuple[str, list[str], str | None]:
    assert cand is not None
    source = doc.text[cand.source[0] : cand.source[1]] if cand.source else None
    return doc.text[cand.cue[0] : cand.cue[1]], [doc.text[s:e] for s, e in cand.content], source


def _verb(doc: Any, i: int) -> Candidate | None:
    return verb_candidate(doc, doc[i].sent, doc[i])


def test_constructions_clause_after_the_cue(hand_parse: Parse) -> None:
    doc = hand_parse("""
Smith 1 nsubj PROPN NNP Smith
said 1 ROOT VERB VBD say
that 5 mark SCONJ IN that
the 4 det DET DT the
plan 5 nsubj NOUN NN plan
failed 1 ccomp VERB VBD fail
. 1 punct PUNCT . .
""")
    cand = _verb(doc, 1)
    assert _texts(doc, cand) == ("said", ["the plan failed"], "Smith")
    assert cand is not None and cand.that_at == doc[2].idx and not cand.attitude


def test_constructions_content_before_the_attribution(hand_parse: Parse) -> None:
    doc = hand_parse("""
Prices 2 nsubj NOUN NNS price
will 2 aux AUX MD will
rise 2 ROOT VERB VB rise
, 2 punct PUNCT , ,
Smith 5 nsubj PROPN NNP Smith
warned 2 parataxis VERB VBD warn
. 2 punct PUNCT . .
""")
    assert _texts(doc, _verb(doc, 5)) == ("warned", ["Prices will rise"], "Smith")


def test_constructions_inverted_source(hand_parse: Parse) -> None:
    doc = hand_parse("""
Attacks 2 nsubj NOUN NNS attack
will 2 aux AUX MD will
come 2 ROOT VERB VB come
, 2 punct PUNCT , ,
warned 2 parataxis VERB VBD warn
Pantucci 4 dobj PROPN NNP Pantucci
. 2 punct PUNCT . .
""")
    assert _texts(doc, _verb(doc, 4)) == ("warned", ["Attacks will come"], "Pantucci")


def test_constructions_agentless_passive_has_no_source(hand_parse: Parse) -> None:
    doc = hand_parse("""
Trump 2 nsubjpass PROPN NNP Trump
is 2 auxpass AUX VBZ be
expected 2 ROOT VERB VBN expect
to 4 aux PART TO to
win 2 xcomp VERB VB win
. 2 punct PUNCT . .
""")
    cand = _verb(doc, 2)
    assert _texts(doc, cand) == ("expected", ["Trump", "to win"], None)
    assert cand is not None and cand.attitude


def test_constructions_adjective_with_a_that_clause(hand_parse: Parse) -> None:
    doc = hand_parse("""
Democrats 1 nsubj NOUN NNS democrat
are 1 ROOT AUX VBP be
afraid 1 acomp ADJ JJ afraid
that 5 mark SCONJ IN that
he 5 nsubj PRON PRP he
wins 2 ccomp VERB VBZ win
. 1 punct PUNCT . .
""")
    cand = _verb(doc, 2)
    assert _texts(doc, cand) == ("afraid", ["he wins"], "Democrats")
    assert cand is not None and cand.attitude and cand.that_at == doc[3].idx


def test_constructions_prepositional_content_joins_the_cue(hand_parse: Parse) -> None:
    doc = hand_parse("""
She 1 nsubj PRON PRP she
spoke 1 ROOT VERB VBD speak
of 1 prep ADP IN of
reform 2 pobj NOUN NN reform
. 1 punct PUNCT . .
""")
    assert _texts(doc, _verb(doc, 1)) == ("spoke of", ["reform"], "She")


def test_constructions_no_content_is_no_candidate(hand_parse: Parse) -> None:
    doc = hand_parse("""
She 1 nsubj PRON PRP she
said 1 ROOT VERB VBD say
. 1 punct PUNCT . .
""")
    assert _verb(doc, 1) is None


def test_constructions_according_to(hand_parse: Parse) -> None:
    doc = hand_parse("""
According 6 prep VERB VBG accord
to 0 prep ADP IN to
police 1 pobj NOUN NNS police
, 6 punct PUNCT , ,
two 5 nummod NUM CD two
people 6 nsubj NOUN NNS people
died 6 ROOT VERB VBD die
. 6 punct PUNCT . .
""")
    cand = according_to(doc, doc[0].sent, doc[0])
    assert _texts(doc, cand) == ("According to", ["two people died"], "police")


def test_constructions_nominal_cue(hand_parse: Parse) -> None:
    doc = hand_parse("""
Trump 2 poss PROPN NNP Trump
's 0 case PART POS 's
criticism 6 nsubj NOUN NN criticism
of 2 prep ADP IN of
the 5 det DET DT the
deal 3 pobj NOUN NN deal
grew 6 ROOT VERB VBD grow
. 6 punct PUNCT . .
""")
    assert _texts(doc, noun_candidate(doc, doc[2])) == ("criticism of", ["the deal"], "Trump's")


_QUOTE_NOUN_AS_SUBJECT = """
" 8 punct PUNCT `` "
The 2 det DET DT the
bridge 8 nsubj NOUN NN bridge
folded 2 acl VERB VBD fold
, 8 punct PUNCT , ,
" 8 punct PUNCT '' "
Mayor 7 compound PROPN NNP Mayor
Gil 8 nsubj PROPN NNP Gil
told 8 ROOT VERB VBD tell
Caracol 8 dobj PROPN NNP Caracol
. 8 punct PUNCT . .
"""
_APPOSITION_AS_SUBJECT = """
Ban 4 nsubj PROPN NNP Ban
, 0 punct PUNCT , ,
the 3 det DET DT the
secretary 4 nsubj NOUN NN secretary
vowed 4 ROOT VERB VBD vow
to 6 aux PART TO to
act 4 xcomp VERB VB act
. 4 punct PUNCT . .
"""


@pytest.mark.parametrize(
    ("rows", "cue", "source"),
    [
        # the parser gives a quote's noun to the cue as a second subject
        (_QUOTE_NOUN_AS_SUBJECT, 8, "Mayor Gil"),
        # the parser gives a name's apposition to the cue as a second subject
        (_APPOSITION_AS_SUBJECT, 4, "Ban"),
    ],
)
def test_constructions_of_two_subjects_the_speaker(
    hand_parse: Parse, rows: str, cue: int, source: str
) -> None:
    doc = hand_parse(rows)
    cand = _verb(doc, cue)
    assert cand is not None and cand.source is not None
    assert doc.text[cand.source[0] : cand.source[1]] == source
