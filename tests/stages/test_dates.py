from __future__ import annotations

import datetime as dt

import pytest

from presslens.model import Document
from presslens.stages.dates import resolve

PUB = dt.date(2016, 10, 20)  # a Thursday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("last November", ("2015-11", "month")),
        ("last December", ("2015-12", "month")),
        ("in March", ("2016-03", "month")),
        ("March", ("2016-03", "month")),
        ("November", ("2015-11", "month")),
        ("next March", ("2017-03", "month")),
        ("Last year's", ("2015", "year")),
        ("this year", ("2016", "year")),
        ("last month", ("2016-09", "month")),
        ("yesterday", ("2016-10-19", "day")),
        ("Tuesday", ("2016-10-18", "day")),
        ("last Thursday", ("2016-10-13", "day")),
        ("March 5, 2016", ("2016-03-05", "day")),
        ("5 March", ("2016-03-05", "day")),
        ("2014", ("2014", "year")),
        ("the 1990s", (None, "unknown")),
    ],
)
def test_dates_resolve_against_publication(text: str, expected: tuple[str | None, str]) -> None:
    assert resolve(text, PUB) == expected


def test_dates_stay_text_without_publication_date() -> None:
    assert resolve("last November", None) == (None, "month")
    assert resolve("March 5, 2016", None) == ("2016-03-05", "day")


@pytest.mark.slow
def test_dates_reference_article(example_text: str) -> None:
    import presslens

    doc = presslens.analyze(example_text, published="2016-10-20")
    found = {d.text: d.resolved for d in doc.dates}
    assert found["last November"] == "2015-11"  # the Paris attacks of November 2015
    assert found["March"] == "2016-03"
    assert found["last December"] == "2015-12"
    assert "Today" not in found  # part of "Russia Today"
    assert isinstance(doc, Document)
