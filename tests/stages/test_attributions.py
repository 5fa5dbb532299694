from __future__ import annotations

from collections.abc import Callable

import pytest

from presslens.model import Attribution, Document

pytestmark = pytest.mark.slow

Attribute = Callable[[str], Document]


def _by_text(doc: Document, fragment: str) -> Attribution:
    found = [a for a in doc.attributions if fragment in a.text]
    assert found, f"no attribution contains {fragment!r}: {[a.text for a in doc.attributions]}"
    return found[0]


def test_attributions_reference_article(attribute: Attribute, example_text: str) -> None:
    doc = attribute(example_text)
    text = doc.text
    first = _by_text(doc, "The retaking of")
    second = _by_text(doc, "This is a very serious threat")
    for att in (first, second):
        assert att.kind == "direct"
        assert att.speaker is not None and att.speaker.name == "Julian King"
        assert att.speaker.role is not None and "Security Commissioner" in att.speaker.role
        assert att.venue == "The Telegraph"
    # content is exactly the characters between the marks
    assert text[first.content.start - 1] == '"' and text[first.content.end] == '"'
    assert first.cue is not None and first.cue.slice(text) == "told"

    pantucci = _by_text(doc, "Jihadis without a home base")
    assert pantucci.kind == "reported"
    assert pantucci.cue is not None and pantucci.cue.slice(text) == "warned"
    assert pantucci.speaker is not None and pantucci.speaker.name == "Raffaello Pantucci"
    assert pantucci.text.endswith("around the world")

    atkinson = _by_text(doc, "We've had hundreds returned")
    assert atkinson.speaker is not None and atkinson.speaker.name == "Janice Atkinson"
    assert atkinson.venue == "Russia Today"

    flags = _by_text(doc, "If they win this battle")
    assert flags.kind == "direct"
    assert flags.speaker is not None and flags.speaker.name == "Black Flags From the Islamic State"
    assert flags.cue is not None and flags.cue.slice(text) == "promised"

    # "Some estimates say ..." is nested inside Atkinson's quote: not a record of its own
    assert not any(a.text.startswith("it's a thousand") for a in doc.attributions)
    assert [a.id for a in doc.attributions] == [f"A{i + 1}" for i in range(len(doc.attributions))]


def test_attributions_split_quote_gives_two_records_with_one_speaker(attribute: Attribute) -> None:
    text = (
        "Maria Lopez is the harbour master.\n"
        '"The cranes are fixed," Lopez told Reuters. "Ships can dock again next week."'
    )
    doc = attribute(text)
    a = _by_text(doc, "The cranes are fixed,")
    b = _by_text(doc, "Ships can dock again")
    assert a.text == "The cranes are fixed,"
    assert b.text == "Ships can dock again next week."
    for att in (a, b):
        assert att.kind == "direct"
        assert att.speaker is not None and att.speaker.name == "Maria Lopez"
        assert att.venue == "Reuters"


def test_attributions_reported_speech_excludes_that_and_final_period(
    attribute: Attribute,
) -> None:
    doc = attribute("Finance minister Peter Holm said that the budget would be balanced by 2027.")
    att = _by_text(doc, "the budget")
    assert att.kind == "reported"
    assert att.text == "the budget would be balanced by 2027"
    assert att.speaker is not None and att.speaker.name == "Peter Holm"


def test_attributions_according_to(attribute: Attribute) -> None:
    doc = attribute("The smuggling network spans twelve countries, according to Europol.")
    att = _by_text(doc, "smuggling network")
    assert att.text == "The smuggling network spans twelve countries"
    assert att.source is not None and att.source.slice(doc.text) == "Europol"
    assert att.cue is not None and att.cue.slice(doc.text) == "according to"


def test_attributions_venue_carries_forward_not_backwards(attribute: Attribute) -> None:
    text = (
        "Anna Berg said the plan was late.\n"
        '"We need more time," Berg said in an interview with Die Welt.\n'
        '"The money is there," Berg said.'
    )
    doc = attribute(text)
    assert _by_text(doc, "the plan was late").venue is None
    assert _by_text(doc, "We need more time").venue == "Die Welt"
    assert _by_text(doc, "The money is there").venue == "Die Welt"


def test_attributions_multi_paragraph_quote_is_one_record(attribute: Attribute) -> None:
    text = (
        "Tom Reed, the union leader, spoke after the vote.\n"
        '"We asked for a fair deal and we did not get one.\n'
        '"So we will strike until they listen," Reed said.'
    )
    doc = attribute(text)
    att = _by_text(doc, "We asked for a fair deal")
    assert att.kind == "direct"
    assert "So we will strike until they listen," in att.text
    assert len(att.content_parts) == 2
    assert att.speaker is not None and att.speaker.name == "Tom Reed"


@pytest.mark.parametrize(
    "text",
    [
        'He said "this never closes.',
        '"""',
        '“Odd ” marks “ everywhere," she said.',
        "",
    ],
)
def test_attributions_odd_quote_counts_do_not_crash(attribute: Attribute, text: str) -> None:
    doc = attribute(text)
    for att in doc.attributions:
        assert 0 <= att.content.start <= att.content.end <= len(text)
