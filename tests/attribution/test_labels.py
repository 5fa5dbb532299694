from __future__ import annotations

from collections.abc import Callable
from typing import Any

from presslens.attribution.labels import colon_labels

Parse = Callable[[str], Any]  # the hand_parse fixture

TRANSCRIPT = """
PENCE 0 ROOT PROPN NNP Pence
: 0 punct PUNCT : :
Well 5 intj INTJ UH well
, 5 punct PUNCT , ,
we 5 nsubj PRON PRP we
win 0 parataxis VERB VBP win
. 0 punct PUNCT . .
"""


def test_labels_a_transcript_turn_is_the_speakers_statement(hand_parse: Parse) -> None:
    doc = hand_parse(TRANSCRIPT)
    text = doc.text
    [turn] = colon_labels(text, doc, [(0, len(text))], [])
    assert turn.kind == "reported"
    assert text[turn.start : turn.end] == "Well, we win"
    assert turn.source is not None and text[turn.source[0] : turn.source[1]] == "PENCE"
    assert turn.cue is not None and text[turn.cue[0] : turn.cue[1]] == ":"


def test_labels_editorial_labels_are_not_speakers(hand_parse: Parse) -> None:
    update = TRANSCRIPT.replace("PENCE 0 ROOT PROPN NNP Pence", "UPDATE 0 ROOT NOUN NN update")
    doc = hand_parse(update)
    assert colon_labels(doc.text, doc, [(0, len(doc.text))], []) == []


def test_labels_a_note_signed_after_a_bar(hand_parse: Parse) -> None:
    doc = hand_parse("""
Prices 1 nsubj NOUN NNS price
rose 1 ROOT VERB VBD rise
again 1 advmod ADV RB again
― 1 punct PUNCT : ―
Sonya 5 compound PROPN NNP Sonya
Herridge 1 appos PROPN NNP Herridge
""")
    text = doc.text
    [note] = colon_labels(text, doc, [(0, len(text))], [])
    assert text[note.start : note.end] == "Prices rose again"
    assert note.source is not None and text[note.source[0] : note.source[1]] == "Sonya Herridge"
