from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from presslens.attribution.spans import comma_before, np_span, runs, subtree_ids, trim

Parse = Callable[[str], Any]  # the hand_parse fixture


def _trimmed(text: str) -> list[str]:
    return [text[s:e] for s, e in trim(text, [(0, len(text))])]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("WASHINGTON — Still, the plan will work and", ["the plan will work"]),
        ("“the plan will work,”", ["“the plan will work,”"]),
        ("troops left the U.S.", ["troops left the U.S."]),
        ("troops left the city.", ["troops left the city"]),
        (", ;", []),
    ],
)
def test_spans_trim(text: str, expected: list[str]) -> None:
    assert _trimmed(text) == expected


NP = """
Raffaello 1 compound PROPN NNP Raffaello
Pantucci 5 nsubj PROPN NNP Pantucci
, 1 punct PUNCT , ,
who 4 nsubj PRON WP who
knows 1 relcl VERB VBZ know
warned 5 ROOT VERB VBD warn
. 5 punct PUNCT . .
"""


def test_spans_np_span_leaves_out_the_relative_clause(hand_parse: Parse) -> None:
    doc = hand_parse(NP)
    s, e = np_span(doc[1])
    assert doc.text[s:e] == "Raffaello Pantucci"
    assert subtree_ids(doc[1]) == {0, 1, 2, 3, 4}


def test_spans_runs_split_at_gaps_and_trim_punctuation(hand_parse: Parse) -> None:
    doc = hand_parse(NP)
    assert [doc.text[s:e] for s, e in runs(doc, {0, 1, 2, 4})] == ["Raffaello Pantucci", "knows"]


def test_spans_comma_before(hand_parse: Parse) -> None:
    doc = hand_parse(NP)
    sent = next(iter(doc.sents))
    assert comma_before(doc, 3, sent)
    assert not comma_before(doc, 1, sent)
    assert not comma_before(doc, 0, sent)


@pytest.mark.slow
def test_spans_a_percent_sign_at_the_end_is_the_figures_not_punctuation() -> None:
    import presslens

    doc = presslens.analyze("Turnout was 61%, the commission said.")
    assert [doc.text[a.content.start : a.content.end] for a in doc.attributions] == [
        "Turnout was 61%"]
