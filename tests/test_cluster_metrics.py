"""Document-clustering metrics on small hand-computed examples."""

from __future__ import annotations

import pytest

from crosscheck.evaluation.cluster_metrics import b_cubed, score_clustering

GOLD = {"d1": "A", "d2": "A", "d3": "A", "d4": "B", "d5": "B"}


def test_perfect_clustering() -> None:
    scores = score_clustering(GOLD, {"d1": 7, "d2": 7, "d3": 7, "d4": 9, "d5": 9})
    assert (scores.b3_precision, scores.b3_recall, scores.b3_f1) == (1.0, 1.0, 1.0)
    assert scores.ari == pytest.approx(1.0)
    assert scores.nmi == pytest.approx(1.0)
    assert (scores.gold_clusters, scores.predicted_clusters) == (2, 2)


def test_everything_in_one_cluster() -> None:
    # Precision: d1-d3 have 3/5 correct, d4-d5 have 2/5 -> (3*3/5 + 2*2/5)/5 = 13/25.
    # Recall is 1 for every item.
    p, r, f = b_cubed(GOLD, dict.fromkeys(GOLD, "x"))
    assert p == pytest.approx(13 / 25)
    assert r == pytest.approx(1.0)
    assert f == pytest.approx(2 * (13 / 25) / (1 + 13 / 25))
    assert score_clustering(GOLD, dict.fromkeys(GOLD, "x")).ari == pytest.approx(0.0)


def test_all_singletons() -> None:
    # Precision 1; recall: d1-d3 each 1/3, d4-d5 each 1/2 -> (1 + 1) / 5 = 2/5.
    p, r, _ = b_cubed(GOLD, {d: d for d in GOLD})
    assert p == pytest.approx(1.0)
    assert r == pytest.approx(2 / 5)


def test_split_and_merge() -> None:
    # Predicted {d1,d2} {d3,d4,d5}.
    # Precision: d1,d2: 2/2; d3: 1/3; d4,d5: 2/3 -> (2 + 1/3 + 4/3)/5 = 11/15.
    # Recall: d1,d2: 2/3; d3: 1/3; d4,d5: 2/2 -> (4/3 + 1/3 + 2)/5 = 11/15.
    pred = {"d1": 1, "d2": 1, "d3": 2, "d4": 2, "d5": 2}
    p, r, f = b_cubed(GOLD, pred)
    assert (p, r, f) == pytest.approx((11 / 15, 11 / 15, 11 / 15))
    # ARI by hand: contingency [[2,1],[0,2]]; sum C(n_ij,2)=1+0+0+1=2; rows C(3,2)+C(2,2)=4;
    # cols C(2,2)+C(3,2)=4; C(5,2)=10; expected=4*4/10=1.6; max=4 -> (2-1.6)/(4-1.6)=1/6.
    assert score_clustering(GOLD, pred).ari == pytest.approx(1 / 6)


def test_missing_predictions_are_singletons_and_extras_ignored() -> None:
    pred = {"d1": 1, "d2": 1, "d3": 1, "d4": 2, "zz": 2}  # d5 missing, zz not in gold
    p, r, _ = b_cubed(GOLD, pred)
    assert p == pytest.approx(1.0)
    # d4 and d5 each find 1 of 2 -> recall (3 + 1/2 + 1/2)/5 = 4/5.
    assert r == pytest.approx(4 / 5)


def test_empty_gold() -> None:
    scores = score_clustering({}, {"a": 1})
    assert scores.items == 0
    assert scores.b3_f1 == 0.0
