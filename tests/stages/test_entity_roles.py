from __future__ import annotations

from collections.abc import Callable
from typing import Any

from presslens.nlp import prenominal_title
from presslens.stages.entities.mentions import Group, Mention
from presslens.stages.entities.roles import apposition_role, role_mentions

Parse = Callable[[str], Any]  # the hand_parse fixture

TITLED = """
Security 1 compound PROPN NNP Security
Commissioner 3 compound PROPN NNP Commissioner
Julian 3 compound PROPN NNP Julian B-PERSON
King 4 nsubj PROPN NNP King I-PERSON
spoke 4 ROOT VERB VBD speak
. 4 punct PUNCT . .
"""
APPOSED = """
Raffaello 1 compound PROPN NNP Raffaello B-PERSON
Pantucci 6 nsubj PROPN NNP Pantucci I-PERSON
, 1 punct PUNCT , ,
director 1 appos NOUN NN director
of 3 prep ADP IN of
RUSI 4 pobj PROPN NNP RUSI B-ORG
said 6 ROOT VERB VBD say
. 6 punct PUNCT . .
"""


def test_entity_roles_prenominal_title(hand_parse: Parse) -> None:
    doc = hand_parse(TITLED)
    assert prenominal_title(doc[2:4]) == "Security Commissioner"


def test_entity_roles_apposition(hand_parse: Parse) -> None:
    doc = hand_parse(APPOSED)
    assert apposition_role(doc[0:2]) == "director of RUSI"


def test_entity_roles_the_commissioner_is_a_mention_of_the_one_commissioner(
    hand_parse: Parse,
) -> None:
    doc = hand_parse(TITLED + """
The 7 det DET DT the
commissioner 8 nsubj NOUN NN commissioner
left 8 ROOT VERB VBD leave
. 8 punct PUNCT . .
""")
    king = Group(type="PERSON", role="Security Commissioner",
                 mentions=[Mention(doc[2].idx, doc[3].idx + 4, "Julian King", "PERSON")])
    role_mentions(doc, [king], list(king.mentions))
    assert [m.text for m in king.mentions] == ["Julian King", "The commissioner"]
