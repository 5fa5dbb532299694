from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

import presslens
from presslens.attribution.reported import find_candidates

Parse = Callable[[str], Any]  # the hand_parse fixture

CONTINUED = """
He 1 nsubj PRON PRP he
continued 1 ROOT VERB VBD continue
to 3 aux PART TO to
say 1 xcomp VERB VB say
that 6 mark SCONJ IN that
taxes 6 nsubj NOUN NNS tax
rise 3 ccomp VERB VBP rise
. 1 punct PUNCT . .
"""


def test_reported_defers_to_the_inner_cue(hand_parse: Parse) -> None:
    doc = hand_parse(CONTINUED)
    [cand] = find_candidates(doc, [False] * (len(doc.text) + 1))
    assert doc.text[cand.cue[0] : cand.cue[1]] == "say"
    assert [doc.text[s:e] for s, e in cand.content] == ["taxes rise"]
    assert doc.text[cand.source[0] : cand.source[1]] == "He"  # type: ignore[index]


def test_reported_cues_inside_quotes_are_skipped(hand_parse: Parse) -> None:
    doc = hand_parse(CONTINUED)
    assert find_candidates(doc, [True] * (len(doc.text) + 1)) == []


@pytest.mark.slow
def test_a_cue_whose_clause_is_only_its_subject_gives_no_candidate() -> None:
    # word salad from benchmarks/web.py's synthetic corpus: after the subject and the cue
    # are taken out, "told" has no content left (it raised ValueError in the web benchmark)
    text = ("Report from in minister that for do201 told told week city gu161 week at it it "
            "statement told mu71 crisis na21 se111 officials gu131 statement pi241 pe41 it "
            "minister from said no181 people a with mi141 an so151 week told and report as as "
            "said that ki91 pe01 2500 minister zo81 gu131 the pi241 week.")
    doc = presslens.analyze(text)
    assert all(a.content.start < a.content.end for a in doc.attributions)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # whom a report relied on is no part of it, nor a statement of its own ...
        ("Milan prosecutors have opened an investigation, Italian news agency ANSA reported, "
         "citing judicial sources.", ["Milan prosecutors have opened an investigation"]),
        ("The children were safe, a police source said, citing the family.",
         ["The children were safe"]),
        # ... but a reason given is what the company said
        ("The company reported a loss, citing weak demand.", ["weak demand"]),
    ],
)
def test_citing_a_source_after_a_report(text: str, expected: list[str]) -> None:
    assert [a.text for a in presslens.analyze(text).attributions] == expected


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a "that" the parser took for a relative on a phrase of the cue's own
        ("Park Jae-won said at the time that replacement phones were safe.",
         ["replacement phones were safe"]),
        ("The president said in a speech that the country would recover.",
         ["the country would recover"]),
        # ... but a true relative on the cue's object is no content
        ("He responded then the same way that we must respond now.", []),
        # the source's apposition the parser left out of "According to X, ..." ...
        ("According to Eurostat, the EU's statistics office, container traffic grew by 12 "
         "percent last year.", ["container traffic grew by 12 percent last year"]),
        # ... but not the content's subject with a parenthesis
        ("According to the ministry, the death toll, the highest in a decade, rose to 40.",
         ["the death toll, the highest in a decade, rose to 40"]),
        # a time phrase after the cue is when it was said, not what
        ("The company said on Tuesday it had stopped sales.", ["it had stopped sales"]),
        ("The company said late on Monday it had stopped sales.", ["it had stopped sales"]),
        # ... but a subject that names a time stays
        ("The minister said Tuesday's vote was a disgrace.", ["Tuesday's vote was a disgrace"]),
        ("The company said 2024 was a record year.", ["2024 was a record year"]),
        ("The spokesman said last year had been the hottest on record.",
         ["last year had been the hottest on record"]),
    ],
)
def test_content_after_a_phrase_of_the_cue(text: str, expected: list[str]) -> None:
    assert [a.text for a in presslens.analyze(text).attributions] == expected
