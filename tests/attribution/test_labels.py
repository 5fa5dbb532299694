from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

import presslens
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


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a headline's role in lower case is who spoke, the holder the body names
        ("Tunisia's transport minister: fertiliser sat in Sfax port for months before deadly "
         "blast\nTransport Minister Rachid Amri told reporters the cargo had been seized in "
         "2021.",
         [("fertiliser sat in Sfax port for months before deadly blast", "Rachid Amri"),
          ("the cargo had been seized in 2021", "Rachid Amri")]),
        ("Ward councillor: Residents warned about KwaMashu tavern for years\nWard councillor "
         "Mondli Gumede said residents had complained for years.",
         [("Residents warned about KwaMashu tavern for years", "Mondli Gumede"),
          ("residents had complained for years", "Mondli Gumede")]),
        # ... else the role title, as CONVENTIONS.md keeps an unnamed role
        ("Interior minister: Borders will stay shut\nThe borders will remain closed, the "
         "interior minister said.",
         [("Borders will stay shut", "interior minister"),
          ("The borders will remain closed", "interior minister")]),
        # a headline needs no verb
        ("Philippine oil spill far bigger than first thought, coast guard says\nThe Philippine "
         "Coast Guard said on Monday the spill covered 40 km.",
         [("Philippine oil spill far bigger than first thought", "Philippine Coast Guard"),
          ("the spill covered 40 km", "Philippine Coast Guard")]),
        # ... but a body paragraph's label is no speaker, nor a verbless content a statement
        ("The port was closed.\nBackground: The port has been closed since 2020.\nThe minister "
         "noted the clot's existence.", []),
    ],
)
def test_labels_in_a_headline(text: str, expected: list[tuple[str, str]]) -> None:
    doc = presslens.analyze(text)
    assert [(a.text, a.speaker.name if a.speaker else None) for a in doc.attributions] == expected
