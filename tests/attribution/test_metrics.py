from __future__ import annotations

import pytest

from presslens.attribution.brat import BratAttribution
from presslens.attribution.metrics import Scores, score_document

TEXT = "abcdefghij" * 4


def test_metrics_exact_match_scores_one() -> None:
    gold = [BratAttribution(content=((0, 10),), cue=((10, 12),), source=((12, 14),))]
    s = score_document(TEXT, gold, gold)
    assert s.partial_f1 == 1.0
    assert s.exact_f1 == 1.0
    assert s.source_accuracy == 1.0


def test_metrics_partial_overlap_follows_ptc_formula() -> None:
    gold = [BratAttribution(content=((0, 10),))]
    pred = [BratAttribution(content=((5, 15),)), BratAttribution(content=((30, 35),))]
    s = score_document(TEXT, pred, gold)
    # precision: (5/10 + 0/5) / 2; recall: 5/10 / 1
    assert s.partial_precision == pytest.approx(0.25)
    assert s.partial_recall == pytest.approx(0.5)
    assert s.partial_f1 == pytest.approx(2 * 0.25 * 0.5 / 0.75)
    assert s.exact == 0


def test_metrics_discontinuous_content_is_a_character_set() -> None:
    gold = [BratAttribution(content=((0, 3), (6, 9)))]
    pred = [BratAttribution(content=((0, 3), (6, 9)))]
    assert score_document(TEXT, pred, gold).exact == 1
    assert score_document(TEXT, [BratAttribution(content=((0, 9),))], gold).exact == 0


def test_metrics_source_must_overlap_the_matched_gold() -> None:
    gold = [
        BratAttribution(content=((0, 10),), cue=((10, 12),), source=((12, 14),)),
        BratAttribution(content=((20, 30),), cue=((30, 32),), source=((32, 34),)),
    ]
    pred = [
        BratAttribution(content=((0, 8),), cue=((10, 11),), source=((13, 14),)),
        BratAttribution(content=((20, 30),), cue=((30, 32),), source=((36, 38),)),
    ]
    s = score_document(TEXT, pred, gold)
    assert s.matched == 2
    assert s.both_ok == 1
    assert s.source_accuracy == 0.5
    assert s.cue_ok == 2


def test_metrics_add_accumulates_over_documents() -> None:
    gold = [BratAttribution(content=((0, 10),))]
    total = Scores()
    total.add(score_document(TEXT, gold, gold))
    total.add(score_document(TEXT, [], gold))
    assert total.gold == 2 and total.predicted == 1
    assert total.partial_recall == 0.5
