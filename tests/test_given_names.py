from __future__ import annotations

import pytest

from presslens.given_names import given_name_gender


@pytest.mark.parametrize(
    ("name", "gender"),
    [
        ("Witold Szczęsny", "m"),
        ("Luísa Guambe", "f"),
        ("Katrin Vogelsang", "f"),
        ("Emeka Brandt", "m"),
        # a letter with no accent to strip, written plainly in the table
        ("Mirosław Kędzierski", "m"),
        # titles before the name are no given name
        ("Dr. Joyce Nabirye", "f"),
    ],
)
def test_a_given_name_borne_by_one_gender_says_it(name: str, gender: str) -> None:
    assert given_name_gender(name) == gender


@pytest.mark.parametrize(
    "name",
    [
        "Brandt",  # one word may be a surname
        "Andrea Rossi",  # borne by men and women
        "Kim Ji-won",
        "Bwalya Siame",  # too few bearers recorded to say
        "Xqzv Okafor",  # not in the table
    ],
)
def test_a_name_that_says_no_gender_gives_none(name: str) -> None:
    assert given_name_gender(name) is None
