from __future__ import annotations

import pytest

from presslens.figures.hedges import find_hedge
from presslens.nlp import load_nlp

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "number", "hedge"),
    [
        ("An estimated 400 French nationals are fighting.", "400", "an estimated"),
        ("More than 10 officers watch each returnee.", "10", "more than"),
        ("There are potentially 9,000 jihadists in Mosul.", "9,000", "potentially"),
        ("As many as 5,000 fighters may return.", "5,000", "as many as"),
        ("Up to 30 people were hurt.", "30", "up to"),
        ("Well over 200 cars burned.", "200", "well over"),
        ("The group has 10,000 or more members.", "10,000", "or more"),
        ("Only 24 percent are small donors.", "24", None),
        ("The truck killed at least  80 people.", "80", "at least"),
        ("It has a two percent plus or minus margin of error.", "two", None),
        ("A whopping 300 firms signed.", "300", None),
        ("The company employs 1,200 people.", "1,200", None),
    ],
)
def test_hedges_find_hedge(text: str, number: str, hedge: str | None) -> None:
    doc = load_nlp()(text)
    tok = next(t for t in doc if t.text == number)
    assert find_hedge(doc, tok.i, tok.i + 1) == hedge
