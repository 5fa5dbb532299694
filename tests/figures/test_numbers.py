from __future__ import annotations

import pytest

from presslens.figures.numbers import digit_value, find_numbers, words_value
from presslens.nlp import load_nlp


@pytest.mark.parametrize(
    ("text", "value"),
    [("2,500", 2500), ("3.5", 3.5), (".5", 0.5), ("1,234,567", 1234567), ("3bn", 3e9),
     ("20m", 2e7), ("5k", 5000), ("2016", 2016),
     ("3.7bn", 3_700_000_000)],
)  # fmt: skip
def test_numbers_digit_value(text: str, value: float) -> None:
    assert digit_value(text) == value


@pytest.mark.parametrize("text", ["9/11", "F-35", "COVID-19", "21st", "1990s", "abc", ""])
def test_numbers_digit_value_rejects_non_numbers(text: str) -> None:
    assert digit_value(text) is None


@pytest.mark.parametrize(
    ("words", "value"),
    [
        ("two thousand", 2000),
        ("twenty - five", 25),
        ("one hundred and fifty", 150),
        ("a dozen", 12),
        ("three dozen", 36),
        ("a thousand", 1000),
        ("2.5 million", 2_500_000),
        ("forty-three", 43),
        ("one million two hundred thousand", 1_200_000),
        # the scale applied in decimal: exactly 16.9 billion, as written
        ("16.9 billion", 16_900_000_000),
        # a scale after a scale multiplies: "1.5 lakh crore" is a lakh of crores
        ("1.5 lakh crore", 1_500_000_000_000),
        ("1.1 trillion", 1_100_000_000_000),
    ],
)
def test_numbers_words_value(words: str, value: float) -> None:
    assert words_value(words.replace("-", " - ").split()) == value


def test_numbers_words_value_rejects_other_words() -> None:
    assert words_value(["two", "people"]) is None
    assert words_value([]) is None


def _found(text: str) -> list[tuple[str, float, bool, int | None]]:
    doc = load_nlp()(text)
    out = []
    for e in find_numbers(doc):
        s, t = e.char_span(doc)
        out.append((text[s:t], e.value, e.percent, e.range_with))
    return out


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The fund lost $3 billion last year.", [("$3 billion", 3e9, False, None)]),
        ("Turnout rose to 62.5 percent.", [("62.5 percent", 62.5, True, None)]),
        ("Some 2.5 million people fled.", [("2.5 million", 2.5e6, False, None)]),
        ("Three dozen protesters came.", [("Three dozen", 36, False, None)]),
        ("It cost £20m to build.", [("£20m", 2e7, False, None)]),
        ("It cost £20m.", [("£20m", 2e7, False, None)]),  # the scale before a full stop
        ("They hired 20 to 30 guards.", [("20", 20, False, 1), ("30", 30, False, 0)]),
        ("Between 2 and 3 million people voted.",
         [("2", 2e6, False, 1), ("3 million", 3e6, False, 0)]),
        ("Prices rose 10% to 20% this spring.", [("10%", 10, True, 1), ("20%", 20, True, 0)]),
        # a change, then the level it reached: no range
        ("Shares fell 2.3 percent to 1,527,000 won.",
         [("2.3 percent", 2.3, True, None), ("1,527,000", 1527000, False, None)]),
        ("The fare rose by $2 to 9 yuan.", [("$2", 2, False, None), ("9", 9, False, None)]),
        ("Prices rose from 10 percent to 12 in a year.",
         [("10 percent", 10, True, 1), ("12", 12, False, 0)]),
        ("Clinton led 46 to 41 in the poll.", [("46", 46, False, None), ("41", 41, False, None)]),
        ("Nearly two-thirds of voters agreed.", [("two-thirds", 200 / 3, True, None)]),
        ("Christians are less than half of 1 percent of arrivals.",
         [("half of 1 percent", 0.5, True, None)]),
        ("Crime fell by four and a half percent.", [("four and a half percent", 4.5, True, None)]),
        ("Black voters turned out at twice the rate.", [("twice", 2, False, None)]),
        ("The committee raised $57million.", [("$57million", 5.7e7, False, None)]),
        ("Two-thirds support it. Half the time he won.", [("Two-thirds", 200 / 3, True, None)]),
        ("Half the voters agree.", [("Half", 50, True, None)]),
    ],
)  # fmt: skip
def test_numbers_find_numbers_spans_values_ranges(
    text: str, expected: list[tuple[str, float, bool, int | None]]
) -> None:
    found = _found(text)
    assert [(s, pytest.approx(v), p, r) for s, v, p, r in found] == expected


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    ["Thousands of people marched.", "Hundreds returned home.", "Dozens were hurt.",
     "Several officials and tens of thousands of fans left."],
)  # fmt: skip
def test_numbers_vague_quantity_words_are_not_numbers(text: str) -> None:
    assert _found(text) == []


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # lakh and crore are scales; the rupee is the article's country's, "₹" India's
        ("Each family will get Rs 25 lakh, the Andhra Pradesh government said.",
         [("Rs 25 lakh", 2_500_000, "INR")]),
        ("The project costs ₹420 crore.", [("₹420 crore", 4_200_000_000, "INR")]),
        ("The Rs 420 cr plan was approved in Mumbai.", [("Rs 420 cr", 4_200_000_000, "INR")]),
        ("KARACHI: The government will pay Rs1 million for each family and Rs500,000 for "
         "the injured.", [("Rs1 million", 1_000_000, "PKR"), ("Rs500,000", 500_000, "PKR")]),
        ("COLOMBO: Workers want Rs. 1,700 a day.", [("Rs. 1,700", 1_700, "LKR")]),
        # other currencies' signs glued to the amount, and the country's shilling ...
        ("It cost NT$3.8 billion (S$161 million).",
         [("NT$3.8 billion", 3_800_000_000, "TWD"), ("S$161 million", 161_000_000, "SGD")]),
        ("The state released R$42m.", [("R$42m", 42_000_000, "BRL")]),
        ("The government owes doctors N38.5bn.", [("N38.5bn", 38_500_000_000, "NGN")]),
        ("The bureau fined the company P800,000.", [("P800,000", 800_000, "PHP")]),
        ("NAIROBI: The county set aside Sh40 million.", [("Sh40 million", 40_000_000, "KES")]),
        ("DAR ES SALAAM: Each family gets Sh2 million.", [("Sh2 million", 2_000_000, "TZS")]),
        # ... but no model's letter and number
        ("Staff wore N95 masks on the N2 road.", []),
        # a model's "RS" is no rupee
        ("The Audi RS 3 costs about £55,000.", [("3", 3, None), ("£55,000", 55_000, "GBP")]),
    ],
)
def test_numbers_currencies_by_sign_and_the_articles_country(
    text: str, expected: list[tuple[str, float, str]]
) -> None:
    doc = load_nlp()(text)
    found = []
    for e in find_numbers(doc):
        s, t = e.char_span(doc)
        found.append((text[s:t], e.value, e.currency))
    assert found == expected
