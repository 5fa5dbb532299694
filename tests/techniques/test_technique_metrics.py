from __future__ import annotations

import pytest

from presslens.techniques.metrics import merge_spans, si_score, tc_micro_f1, tc_per_technique


def test_merge_spans_joins_overlaps_only() -> None:
    assert merge_spans([(10, 20), (0, 5), (15, 30), (30, 40)]) == [(0, 5), (10, 30), (30, 40)]


def test_si_exact_match_scores_one() -> None:
    s = si_score({"1": [(0, 10)]}, {"1": [(0, 10)]})
    assert (s.precision, s.recall, s.f1) == (1.0, 1.0, 1.0)


def test_si_partial_overlap_credits_both_sides() -> None:
    # pred [0,10) vs gold [5,25): overlap 5 -> P = 5/10, R = 5/20
    s = si_score({"1": [(0, 10)]}, {"1": [(5, 25)]})
    assert s.precision == pytest.approx(0.5)
    assert s.recall == pytest.approx(0.25)
    assert s.f1 == pytest.approx(2 * 0.5 * 0.25 / 0.75)


def test_si_one_prediction_over_two_gold_spans() -> None:
    # pred [0,20) covers gold [0,5) and [10,20): P = (5+10)/20, R = (1 + 1) / 2
    s = si_score({"1": [(0, 20)]}, {"1": [(0, 5), (10, 20)]})
    assert s.precision == pytest.approx(0.75)
    assert s.recall == pytest.approx(1.0)


def test_si_overlapping_gold_spans_are_merged_first() -> None:
    s = si_score({"1": [(0, 10)]}, {"1": [(0, 6), (4, 10)]})
    assert s.n_gold == 1
    assert s.f1 == pytest.approx(1.0)


def test_si_micro_over_articles_and_missing_articles() -> None:
    # article 1 perfect, article 2 predicted nothing, article 3 a false alarm
    s = si_score({"1": [(0, 10)], "3": [(0, 4)]}, {"1": [(0, 10)], "2": [(3, 9)]})
    assert s.n_pred == 2 and s.n_gold == 2
    assert s.precision == pytest.approx(0.5)
    assert s.recall == pytest.approx(0.5)


def test_si_no_predictions_scores_zero() -> None:
    s = si_score({}, {"1": [(0, 10)]})
    assert s.f1 == 0.0 and s.recall == 0.0


def test_tc_micro_f1_is_accuracy_on_gold_spans() -> None:
    gold = [("1", 0, 5, "Doubt"), ("1", 7, 9, "Slogans"), ("2", 0, 3, "Doubt")]
    gold.append(("2", 4, 8, "Doubt"))
    pred = [("1", 0, 5, "Doubt"), ("1", 7, 9, "Doubt"), ("2", 0, 3, "Doubt")]
    pred.append(("2", 4, 8, "Slogans"))
    assert tc_micro_f1(pred, gold) == pytest.approx(0.5)


def test_tc_repeated_span_counts_as_multiset() -> None:
    gold = [("1", 0, 5, "Doubt"), ("1", 0, 5, "Slogans")]
    assert tc_micro_f1([("1", 0, 5, "Doubt"), ("1", 0, 5, "Doubt")], gold) == pytest.approx(0.5)
    assert tc_micro_f1([("1", 0, 5, "Slogans"), ("1", 0, 5, "Doubt")], gold) == pytest.approx(1.0)


def test_tc_per_technique_support_and_scores() -> None:
    gold = [("1", 0, 5, "Doubt"), ("1", 7, 9, "Slogans")]
    pred = [("1", 0, 5, "Doubt"), ("1", 7, 9, "Doubt")]
    per = tc_per_technique(pred, gold)
    assert per["Doubt"] == pytest.approx((0.5, 1.0, 2 / 3, 1))
    assert per["Slogans"] == (0.0, 0.0, 0.0, 1)
