from __future__ import annotations

import pytest

from presslens.attribution.venues import normalise_venue


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("The (London) Telegraph", "The Telegraph"),
        ("the Daily Telegraph", "The Telegraph"),
        ("Die Welt", "Die Welt"),
        ("the New York Times", "The New York Times"),
        ("Russia Today", "Russia Today"),
        ("MSNBC's", "MSNBC"),
    ],
)
def test_venues_normalise(raw: str, expected: str) -> None:
    assert normalise_venue(raw) == expected
