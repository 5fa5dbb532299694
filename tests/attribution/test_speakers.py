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
