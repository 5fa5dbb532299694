from __future__ import annotations

from presslens.attribution.speakers import ANONYMOUS, SpeakerResolver
from presslens.model import Entity, Mention

TEXT = (
    "European Union Security Commissioner Julian King spoke. King said it. "
    "He said more. The commissioner added this. Officials said that."
)


def _mention(text: str, n: int = 1) -> Mention:
    i = -1
    for _ in range(n):
        i = TEXT.index(text, i + 1)
    return Mention(start=i, end=i + len(text), text=text)


def _span(text: str) -> tuple[int, int]:
    i = TEXT.index(text)
    return i, i + len(text)


ENTITIES = [
    Entity(
        id="E1",
        name="Julian King",
        type="PERSON",
        role="European Union Security Commissioner",
        mentions=[_mention("Julian King"), _mention("King", 2)],
    ),
    Entity(id="E2", name="European Union", type="ORG", mentions=[_mention("European Union")]),
]


def test_speakers_surname_pronoun_and_role_resolve_to_the_holder() -> None:
    r = SpeakerResolver(TEXT, ENTITIES)
    start = _span("King said")[0]
    king = r.resolve((start, start + 4))
    assert king is not None and king.name == "Julian King" and king.entity == "E1"
    assert king.role == "European Union Security Commissioner"
    he = r.resolve(_span("He"))
    assert he is not None and he.name == "Julian King"
    commissioner = r.resolve(_span("The commissioner"))
    assert commissioner is not None and commissioner.name == "Julian King"


def test_speakers_unnamed_sources_are_anonymous() -> None:
    r = SpeakerResolver(TEXT, ENTITIES)
    officials = r.resolve(_span("Officials"))
    assert officials is not None and officials.name == ANONYMOUS
    assert r.resolve(None) is None


def test_speakers_pronoun_without_antecedent_is_anonymous() -> None:
    r = SpeakerResolver("She said so.", [])
    she = r.resolve((0, 3))
    assert she is not None and she.name == ANONYMOUS


def test_speakers_the_group_is_the_organisation_named_before_not_the_outlet() -> None:
    text = ("The Trayvon Martin Foundation did not want to address it, telling Fox 35 about "
            "its work. \u201cWe are focused on our mission,\u201d the group said. The network "
            "said nothing.")
    found, fox = text.index("Trayvon"), text.index("Fox 35")
    entities = [
        Entity(id="E1", name="Trayvon Martin Foundation", type="ORG",
               mentions=[Mention(start=found, end=found + 25, text=text[found:found + 25])]),
        Entity(id="E2", name="Fox 35", type="ORG",
               mentions=[Mention(start=fox, end=fox + 6, text="Fox 35")]),
    ]  # fmt: skip
    r = SpeakerResolver(text, entities)
    group = text.index("the group")
    speaker = r.resolve((group, group + 9))
    assert speaker is not None and (speaker.name, speaker.entity) == (
        "Trayvon Martin Foundation", "E1")
    # with no organisation named before it, "the group" stays a role-only source
    alone = SpeakerResolver("The group said it would appeal.", [])
    speaker = alone.resolve((0, 9))
    assert speaker is not None and speaker.entity is None


def _entity(text: str, id: str, name: str, type: str) -> Entity:
    i = text.index(name)
    return Entity(id=id, name=name, type=type, mentions=[Mention(start=i, end=i + len(name),
                                                                 text=name)])


def test_speakers_an_organisation_keeps_the_fuller_name_its_source_writes() -> None:
    # the tagger began "Management Victoria" late; the source span holds the whole name
    text = "Crews held the line, according to Emergency Management Victoria."
    r = SpeakerResolver(text, [_entity(text, "E1", "Management Victoria", "ORG")])
    start = text.index("Emergency")
    found = r.resolve((start, len(text) - 1))
    assert found is not None and found.name == "Emergency Management Victoria"
    # a place before the name is no part of it
    text = "Aid arrived on Monday, according to the Kenyan Red Cross."
    ents = [_entity(text, "E1", "Red Cross", "ORG"), _entity(text, "E2", "Kenyan", "NORP")]
    r = SpeakerResolver(text, ents)
    start = text.index("the Kenyan")
    found = r.resolve((start, len(text) - 1))
    assert found is not None and found.name == "Red Cross"
