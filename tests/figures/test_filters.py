"""What is not a figure: dates, years, times, ages, names, ... (CONVENTIONS.md)."""

from __future__ import annotations

import pytest

from presslens.nlp import load_nlp
from presslens.stages.figures import extract_figures

pytestmark = pytest.mark.slow


def _texts(text: str) -> list[str]:
    return [f.text for f in extract_figures(load_nlp()(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The vote is on Nov. 8 and polls close at 8 p.m.", []),
        ("He was elected in 2008 and re-elected on 6 November 2012.", []),
        ("Two days after the attack, police made arrests.", []),
        ("In two weeks the talks resume, with two months to go.", []),
        ("The 70-year-old candidate spoke; Julian King, 52, agreed.", []),
        ("Proposition 64 passed and Air Force One landed at 131 West 23rd Street.", []),
        ("He is the first candidate, and one of the few, to ask.", []),
        ("Thousands marched while hundreds watched and dozens were hurt.", []),
        ("Three in 10 Americans distrust the media.", ["Three"]),
        ("The tax is $5 per 1,000 residents.", ["$5"]),
        ("Nearly eight of 10 voters plan to watch.", ["eight"]),
        ("The two men met, and the two sides agreed.", []),
        ("The storm killed 12 people in 2016.", ["12"]),
        ("The firm sold 2,000 cars and 1,500 trucks in March.", ["2,000", "1,500"]),
        ("He served 30 years in the Senate.", ["30"]),
        ("He won 83% of voters under 30 in Ohio.", ["83%"]),
        ("Three weeks and a day after the vote, Cruz quit.", []),
        ("Trump leads in Indiana. [538] About three-quarters support a ban.", ["three-quarters"]),
        ("He averaged the five most recent polls.", ["five"]),
        ("Richard Osman (left), 40.\nHe flew often.", []),
        ("Ten things.\n1. TRUMP SPEAKS\n2. STORM HITS\nIt killed 12 people.", ["Ten", "12"]),
        ("Police got 911 calls; the shooting began 20 mins later.", []),
        ('<tweet datetime="2015-12-02">', []),
        ("A survey of those 18 to 35 years old found 34% agree.", ["34%"]),
        ("Van Dyke shot Laquan McDonald 16 times.", ["16"]),
        ("The poll found Clinton would beat Trump 46 to 40 percent.", ["46", "40 percent"]),
        ("Fox 5 reported that Proposition 64 passed.", []),
        # a product's or model's number is part of its name, not a count
        ("Samsung will recall 2.5 million Galaxy Note 7 smartphones.", ["2.5 million"]),
        ("It had 35 reports of Note 7 phones catching fire.", ["35"]),
        ("Daesol recalls 184,000 Halo Fit 3 Pro watches, not the Halo Band 2 tracker.",
         ["184,000"]),
        ("The Boeing 737 MAX jets stay grounded.", []),
        # ... but a size after the name, its unit hyphened on, is one
        ("The recall covers Kestrel Home 6-quart and 8-quart electric pressure cookers.",
         ["6", "8"]),
        # a count after an organisation's or a building's name
        ("A police spokesman told Al Jazeera 30 people had been killed.", ["30"]),
        ("Medics told Reuters 12 Palestinians were killed in the strike.", ["12"]),
        ("At Gatwick Airport 200 flights were cancelled.", ["200"]),
        ("The Coast Guard 12 crew members were rescued.", ["12"]),
        ("Police said Tuesday 14 people were killed.", ["14"]),
        ("In Gaza 30 people were killed.", ["30"]),
        ("Quake Kills 38 People In Remote Province\nIt struck at dawn.", ["38"]),
        ("Samsung Halts Galaxy Note 7 Sales\nIt has 35 reports of Galaxy Note 7 fires.", ["35"]),
    ],
)
def test_filters_keep_only_claims_about_the_world(text: str, expected: list[str]) -> None:
    assert _texts(text) == expected


def test_a_product_name_is_not_what_its_sales_count() -> None:
    """The parser hangs "2.5 million" on the name's "Note"; the figure counts phones."""
    figures = extract_figures(load_nlp()("Samsung will recall 2.5 million Galaxy Note 7 phones."))
    assert [(f.text, f.unit) for f in figures] == [("2.5 million", "phone")]


def test_a_plural_in_es_spacy_does_not_know_gives_its_singular_unit() -> None:
    figures = extract_figures(load_nlp()("Daesol recalled 184,000 smartwatches."))
    assert [f.unit for f in figures] == ["smartwatch"]
