"""The one dateline pattern the source spans, the entities and the story's acronyms read."""

from __future__ import annotations

import pytest

from presslens.attribution.spans import trim
from presslens.datelines import colon_dateline, dateline_at, line_dateline


@pytest.mark.parametrize(
    ("line", "place"),
    [
        ("WASHINGTON ― Donald Trump said", "WASHINGTON"),
        ("JOHANNESBURG, Nov 4 (Reuters) - South Africa's Ilanga Telecom said", "JOHANNESBURG"),
        ("SONAGARH, India, May 19 (Reuters) - Rescuers dug", "SONAGARH"),
        ("NIAMEY/DOHA, June 15 (Reuters) - Five aid workers", "NIAMEY/DOHA"),
        ("Berlin (AFP) – The police said", None),  # a place in any case, with the agency
        # a date, and a stop before the dash, as Spanish and Portuguese wires write them
        ("Mexico City, March 9 (Notimex).- The Federal Consumer Protection Agency said",
         None),
        ("Lima, 9 mar (Andina).- The Ministry of Health said", None),
    ],
)
def test_a_dateline_is_read_to_its_dash(line: str, place: str | None) -> None:
    found = dateline_at(line, 0)
    assert found is not None
    assert line[found.end():][:1].isupper()  # what follows is the story's first words
    assert found.group("place") == place


@pytest.mark.parametrize(
    "line",
    [
        "Sorami Motor Corporation said on Monday it would recall 1.1 million cars.",
        "The minister - who spoke to reporters - said",
        # a label in capitals before a colon that is no city: a speaker's, a kicker's
        "SMITH: I heard shouting and smelled smoke",
        "BORIS JOHNSON: We must act now",
        "FLORENCE: I was never told",  # a city, but a given name too
        "EXCLUSIVE: The minister is to resign",
    ],
)
def test_a_line_without_a_dateline_has_none(line: str) -> None:
    assert dateline_at(line, 0) is None


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("BRUSSELS: US cloud company Cirrion could face a fine of up to 10 percent of its "
         "global turnover, the commission said.", "BRUSSELS"),
        ("Heatwave grips Sindh\nKARACHI: A heatwave has killed 28 pilgrims on their way to a "
         "Sufi shrine near Jacobabad, officials said.", "KARACHI"),
        ("NEW DELHI: The government said on Monday it would act against hoarders of onions "
         "and pulses across the country.", "NEW DELHI"),
    ],
)
def test_a_city_in_capitals_before_a_colon_is_a_dateline(text: str, place: str) -> None:
    found = dateline_at(text, text.index(place))
    assert found is not None and found.group("place") == place
    assert text[found.end():][:1].isupper()


def test_labels_in_capitals_on_several_lines_are_no_datelines() -> None:
    # a transcript's turns or a round-up's sections: each line opens with a label
    line = "KARACHI: Prices of wheat flour rose again on Monday in the markets of the city."
    text = f"{line}\nLAHORE: Prices fell.\nQ: Why?\nKARACHI: Prices held."
    assert colon_dateline(text, 0) is None
    assert colon_dateline(line, 0) is not None
    # nor the label of a headline or of a speaker's words
    for label in ("JORDAN: We will not allow our territory to be used for attacks on anyone",
                  "KIM: North will respond to the drills with \u201coverwhelming force\u201d\n"
                  "Pyongyang warned on Monday that it would answer the exercises."):
        assert colon_dateline(label, 0) is None


def test_line_dateline_is_the_dateline_of_the_line_holding_a_position() -> None:
    text = "Hostages freed\nNIAMEY (AFP) - Seven hostages were freed (AFP) - on Monday."
    credit = text.index("(AFP)")
    assert line_dateline(text, credit) is not None
    # the same credit later in the line is past the dateline, and the headline has none
    assert line_dateline(text, text.index("(AFP)", credit + 1)) is None
    assert line_dateline(text, 0) is None


def test_a_source_span_starts_after_the_dateline() -> None:
    text = "NIAMEY/DOHA, June 15 (Reuters) - Qatar's foreign ministry said"
    [(start, end)] = trim(text, [(0, text.index(" said"))])
    assert text[start:end] == "Qatar's foreign ministry"


@pytest.mark.parametrize(
    ("line", "place"),
    [
        ("Ranchi, Mar 11 (PTI) Mumbai-based steelmaker Vardhan Ispat Ltd said", "Ranchi"),
        ("New Delhi, March 3 (IANS) The Union Health Ministry said", "New Delhi"),
    ],
)
def test_a_wire_credit_without_a_dash_ends_a_dateline(line: str, place: str) -> None:
    found = dateline_at(line, 0)
    assert found is not None and found.group("place") == place
    assert line[found.end():][:1].isupper()
    # only at a line's start, and only with a wire's credit
    inside = f"Officials said so. {line}"
    assert dateline_at(inside, inside.index(place)) is None
    assert dateline_at("Ranchi, Mar 11 (Monday) the plant closed.", 0) is None
