"""Rank fusion (assistant/fusion.py): pure functions, the same for every backend."""
from __future__ import annotations

import doctest

import pytest

from assistant import fusion

pytestmark = pytest.mark.unit


def test_rrf_adds_weighted_reciprocal_ranks_and_keeps_first_seen_order_on_ties():
    dense = [("a", 0.9), ("b", 0.8)]
    bm25 = [("b", 7.0), ("a", 3.0)]
    scores = fusion.rrf([dense, bm25], weights=[1.0, 1.0], k=20)
    assert scores == {"a": 1 / 20 + 1 / 21, "b": 1 / 21 + 1 / 20}
    assert [i for i, _ in fusion.ranked(scores)] == ["a", "b"]  # a tie: dense named "a" first


def test_a_zero_weight_list_adds_nothing_not_even_its_own_ids():
    scores = fusion.rrf([[("a", 0.9)], [("z", 9.0)]], weights=[1.0, 0.0])
    assert scores == {"a": 1 / fusion.RRF_K}


def test_rrf_refuses_a_weight_count_that_does_not_match():
    with pytest.raises(ValueError, match="2 lists but 1 weights"):
        fusion.rrf([[("a", 1.0)], [("b", 1.0)]], weights=[1.0])


def test_boost_moves_a_named_letter_up_half_a_first_place_but_only_ids_present():
    scores = fusion.boost({"a": 0.05, "b": 0.04}, ["b", "c"])
    assert scores == {"a": 0.05, "b": 0.04 + 0.5 / fusion.RRF_K}
    assert "c" not in scores


def test_convex_normalises_each_list_before_weighting():
    scores = fusion.convex([[("a", 0.9), ("b", 0.5)], [("b", 10.0), ("c", 2.0)]], weights=[0.7, 0.3])
    assert scores == pytest.approx({"a": 0.7, "b": 0.3, "c": 0.0})


def test_the_module_examples_run():
    failures, _ = doctest.testmod(fusion, optionflags=doctest.ELLIPSIS)
    assert failures == 0
