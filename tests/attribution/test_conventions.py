from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

import presslens
from presslens.attribution.conventions import is_agentless, is_statement
from presslens.attribution.found import Found

Parse = Callable[[str], Any]  # the hand_parse fixture

NOTED = """
She 1 nsubj PRON PRP she
noted 1 ROOT VERB VBD note
the 3 det DET DT the
clot 5 poss NOUN NN clot
's 3 case PART POS 's
existence 1 dobj NOUN NN existence
. 1 punct PUNCT . .
"""
SUPPORTS = """
She 1 nsubj PRON PRP she
supports 1 ROOT VERB VBZ support
the 3 det DET DT the
plan 1 dobj NOUN NN plan
. 1 punct PUNCT . .
"""
SAID = """
She 1 nsubj PRON PRP she
said 1 ROOT VERB VBD say
taxes 3 nsubj NOUN NNS tax
rise 1 ccomp VERB VBP rise
. 1 punct PUNCT . .
"""


def _reported(doc: Any, first: int, last: int) -> Found:
    cue = doc[1]
    return Found(
        "reported",
        [(doc[first].idx, doc[last].idx + len(doc[last].text))],
        (cue.idx, cue.idx + len(cue.text)),
        (0, 3),
        cue_token=1,
        source_token=0,
    )


def test_conventions_agentless_is_reported_without_source() -> None:
    assert is_agentless(Found("reported", [(0, 5)], (6, 10), None))
    assert not is_agentless(Found("reported", [(0, 5)], (6, 10), (11, 15)))
    assert not is_agentless(Found("direct", [(0, 5)], None, None))


@pytest.mark.parametrize(
    ("rows", "first", "last", "expected"),
    [
        (NOTED, 2, 5, False),  # an act named without content
        (SUPPORTS, 2, 3, False),  # a stance
        (SAID, 2, 3, True),  # a clause
    ],
)
def test_conventions_is_statement(
    hand_parse: Parse, rows: str, first: int, last: int, expected: bool
) -> None:
    doc = hand_parse(rows)
    assert is_statement(_reported(doc, first, last), doc) is expected


def test_conventions_direct_quotes_always_count(hand_parse: Parse) -> None:
    doc = hand_parse(NOTED)
    direct = Found("direct", [(0, 3)], None, None, cue_token=1)
    assert is_statement(direct, doc)


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    ["A Frontex spokeswoman declined to comment on the report.",
     "The company declined to comment when reached by phone on Monday."],
)
def test_conventions_declining_to_comment_is_no_statement(text: str) -> None:
    assert presslens.analyze(text).attributions == []


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    ["The minister said the suspect had financed the cell, which was planning to target a "
     "tourist site.",
     "The union is seeking an 8.5% pay increase and a shorter working week."],
)
def test_conventions_a_plan_or_an_aim_is_no_statement(text: str) -> None:
    contents = [a.text for a in presslens.analyze(text).attributions]
    assert not any(c.startswith(("to target", "an 8.5%")) for c in contents)


@pytest.mark.slow
def test_conventions_who_was_quoted_as_saying_said_it() -> None:
    doc = presslens.analyze('"Our records are clear," Mr Nyamhanga was quoted as saying.')
    assert [(a.kind, a.text, a.speaker.name if a.speaker else None)
            for a in doc.attributions] == [("direct", "Our records are clear,", "Nyamhanga")]


@pytest.mark.slow
def test_conventions_asking_not_to_be_named_is_no_statement() -> None:
    doc = presslens.analyze(
        "A Korvell spokesman, who asked not to be named, said by phone that about 1.9 "
        "million of the phones had been sold.")
    assert [a.text for a in doc.attributions] == [
        "about 1.9 million of the phones had been sold"]


@pytest.mark.slow
def test_conventions_a_hyphen_the_parser_splits_off_a_name_is_no_speaker() -> None:
    doc = presslens.analyze(
        '"We are deeply sorry," mobile chief Koh Min-seok told reporters in Suwon.')
    assert [(a.speaker.name if a.speaker else None, a.venue) for a in doc.attributions] == [
        ("Koh Min-seok", "reporters")]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The airline puts the number of passengers affected at around 85,000.",
         "the number of passengers affected at around 85,000"),
        ("Rheinflug put the cost of the strike at about €45 million, including passenger "
         "compensation.", "the cost of the strike at about €45 million, including passenger "
         "compensation"),
        ("Officials pegged the cost of the damage at about $3 billion.",
         "the cost of the damage at about $3 billion"),
    ],
)
def test_conventions_a_value_put_at_a_number_is_a_statement(text: str, content: str) -> None:
    assert [a.text for a in presslens.analyze(text).attributions] == [content]


@pytest.mark.slow
def test_conventions_a_thing_put_at_a_place_is_no_statement() -> None:
    assert presslens.analyze("She placed the vase at the window.").attributions == []
