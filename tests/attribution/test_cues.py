from __future__ import annotations

from collections.abc import Callable
from typing import Any

from presslens.attribution.cues import (
    CUE_LEMMAS,
    has_that_clause,
    is_cue,
    is_learned,
    is_verb_cue,
    learned_cues,
    prep_cue,
)

Parse = Callable[[str], Any]  # the hand_parse fixture

SAID = """
Smith 1 nsubj PROPN NNP Smith
said 1 ROOT VERB VBD say
the 3 det DET DT the
plan 4 nsubj NOUN NN plan
failed 1 ccomp VERB VBD fail
. 1 punct PUNCT . .
"""


def test_cues_lexicon_verb_is_a_cue(hand_parse: Parse) -> None:
    doc = hand_parse(SAID)
    assert "say" in CUE_LEMMAS
    assert is_cue(doc[1]) and is_verb_cue(doc[1])
    assert not is_cue(doc[4])  # "fail" is no cue


def test_cues_participle_modifying_a_noun_is_not_a_cue(hand_parse: Parse) -> None:
    doc = hand_parse("""
a 1 det DET DT a
publication 1 ROOT NOUN NN publication
called 1 acl VERB VBN call
Dabiq 2 oprd PROPN NNP Dabiq
""")
    assert not is_cue(doc[2])
    assert not is_learned(doc[2])


def test_cues_learned_forms_leave_out_non_cues() -> None:
    learned = learned_cues()
    assert learned
    assert not learned & {"according", "known", "named", "statement"}


def test_cues_that_clause_makes_any_verb_a_cue(hand_parse: Parse) -> None:
    doc = hand_parse("""
Officials 1 nsubj NOUN NNS official
figured 1 ROOT VERB VBD figure
that 4 mark SCONJ IN that
talks 4 nsubj NOUN NNS talk
stalled 1 ccomp VERB VBD stall
. 1 punct PUNCT . .
""")
    assert "figure" not in CUE_LEMMAS
    assert has_that_clause(doc[1])
    assert is_verb_cue(doc[1])


def test_cues_prep_cue_is_the_preposition_of_spoke_of(hand_parse: Parse) -> None:
    doc = hand_parse("""
She 1 nsubj PRON PRP she
spoke 1 ROOT VERB VBD speak
of 1 prep ADP IN of
reform 2 pobj NOUN NN reform
. 1 punct PUNCT . .
""")
    assert prep_cue(doc[1]) == doc[2]


def test_cues_prep_cue_skips_an_object_before_the_preposition(hand_parse: Parse) -> None:
    doc = hand_parse("""
He 1 nsubj PRON PRP he
accused 1 ROOT VERB VBD accuse
her 1 dobj PRON PRP she
of 1 prep ADP IN of
lying 3 pcomp VERB VBG lie
. 1 punct PUNCT . .
""")
    assert prep_cue(doc[1]) is None
