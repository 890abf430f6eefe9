"""Rank fusion as pure functions over (id, score) lists: the same on every search backend.

Each retriever gives its candidates best first; fusion turns those lists into one score per id. Reciprocal rank
fusion (the default) only reads ranks, so cosines and BM25 scores never have to share a scale; the convex
combination reads the scores themselves (min-max normalised per list), as txtai's hybrid search does.

Example:
    >>> dense = [("a", 0.81), ("b", 0.79)]
    >>> bm25 = [("b", 12.0), ("c", 7.5)]
    >>> ranked(rrf([dense, bm25], weights=[1.0, 0.7]))
    [('b', 0.0826...), ('a', 0.05), ('c', 0.0333...)]
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence

RRF_K = 20  # measured on the dev split: 20 beat 60 (see README)
BOOST = 0.5 / RRF_K  # a letter named in the question moves up half a first place, but is not forced

Scored = Sequence[tuple[str, float]]


def rrf(lists: Sequence[Scored], weights: Sequence[float] | None = None, k: int = RRF_K) -> dict[str, float]:
    """Weighted reciprocal rank fusion: id -> sum over lists of weight / (k + rank), rank counted from 0.

    A list with weight 0 adds no ids of its own. Ids keep the order in which the lists first name them, so ties
    sort the same way on every backend.

    >>> rrf([[("a", 1.0)], [("a", 3.0), ("b", 2.0)]], k=20)
    {'a': 0.1, 'b': 0.047619047619047616}
    """
    weights = [1.0] * len(lists) if weights is None else list(weights)
    if len(weights) != len(lists):
        raise ValueError(f"{len(lists)} lists but {len(weights)} weights")
    scores: dict[str, float] = {}
    for items, weight in zip(lists, weights):
        if weight <= 0:
            continue
        for rank, (item, _) in enumerate(items):
            scores[item] = scores.get(item, 0.0) + weight / (k + rank)
    return scores


def convex(lists: Sequence[Scored], weights: Sequence[float] | None = None) -> dict[str, float]:
    """Weighted sum of min-max normalised scores (an id missing from a list scores 0 there).

    >>> convex([[("a", 0.9), ("b", 0.5)], [("b", 10.0), ("c", 2.0)]], weights=[0.5, 0.5])
    {'a': 0.5, 'b': 0.5, 'c': 0.0}
    """
    weights = [1.0 / max(1, len(lists))] * len(lists) if weights is None else list(weights)
    scores: dict[str, float] = {}
    for items, weight in zip(lists, weights):
        if not items or weight <= 0:
            continue
        values = [score for _, score in items]
        low, high = min(values), max(values)
        span = (high - low) or 1.0
        for item, score in items:
            scores[item] = scores.get(item, 0.0) + weight * (score - low) / span
    return scores


def boost(scores: dict[str, float], ids: Iterable[str], amount: float = BOOST) -> dict[str, float]:
    """A copy of `scores` with `amount` added to the given ids that are already present."""
    chosen = set(ids)
    return {item: score + (amount if item in chosen else 0.0) for item, score in scores.items()}


def ranked(scores: dict[str, float]) -> list[tuple[str, float]]:
    """(id, score) best first; equal scores keep their insertion order."""
    return sorted(scores.items(), key=lambda pair: -pair[1])
