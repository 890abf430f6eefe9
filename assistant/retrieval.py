"""Dense, lexical and fused retrieval over the index, one best chunk per question unit.

Example:
    >>> hits = Retriever(index, embedder).search("leegstand winkels", mode="fused", k=5)
    >>> hits[0].chunk.doc_id
    'actieplan-2016'
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from corpus.records import Chunk
from index.embedders import Embedder
from index.store import SearchIndex

MODES = ("dense", "lexical", "fused")
RRF_K = 20  # measured on the dev split: 20 beat 60 (see README)
CANDIDATES = 60


@dataclass(frozen=True)
class Hit:
    """A retrieved chunk with named scores: "dense" (cosine), "bm25", "fused", and later stages' own keys."""

    chunk: Chunk
    scores: dict[str, float]

    @property
    def score(self) -> float:
        """The ranking score of the stage that produced this hit (fused, or the single retriever's)."""
        return self.scores.get("fused", 0.0)

    @property
    def dense(self) -> float:
        return self.scores.get("dense", -1.0)

    @property
    def lexical(self) -> float:
        return self.scores.get("bm25", 0.0)


@dataclass(frozen=True)
class Pool:
    """The candidate pool for one query: fused order, best first, not deduplicated per unit."""

    query_vector: np.ndarray | None
    hits: list[Hit]


class Retriever:
    def __init__(self, index: SearchIndex, embedder: Embedder):
        self.index = index
        self.embedder = embedder
        self._doc_ids = np.array([chunk.doc_id for chunk in index.chunks])  # once, so a letter filter is one isin

    def search(self, query: str, mode: str = "fused", k: int = 5, lexical_weight: float = 1.0,
               boost_docs: tuple[str, ...] = (), allowed_docs: tuple[str, ...] = ()) -> list[Hit]:
        """Top-k chunks for `query`, at most one per question unit; mode is one of dense, lexical, fused."""
        pool = self.pool(query, CANDIDATES, mode, lexical_weight, boost_docs, allowed_docs)
        return best_per_unit(pool.hits, k)

    def pool(self, query: str, n: int = CANDIDATES, mode: str = "fused", lexical_weight: float = 1.0,
             boost_docs: tuple[str, ...] = (), allowed_docs: tuple[str, ...] = ()) -> Pool:
        """The fused candidate pool (up to ~2n chunks, each with its per-retriever scores) and the query vector."""
        if mode not in MODES:
            raise ValueError(f"Unknown retrieval mode '{mode}'; use one of: {', '.join(MODES)}.")
        allowed = self._mask(allowed_docs)
        dense_scores = np.full(len(self.index.chunks), -1.0, dtype=np.float32)
        dense_rank: dict[int, int] = {}
        vector = None
        if mode in ("dense", "fused"):
            vector = self.embedder.encode_queries([query])[0]
            allowed_ids = None if allowed is None else np.flatnonzero(allowed)
            ids, scores = self.index.dense_search(vector, n, allowed=allowed_ids)
            dense_scores[ids] = scores
            dense_rank = {int(i): r for r, i in enumerate(ids)}
        lexical_scores = self.index.lexical.scores(query)
        if allowed is not None:
            lexical_scores = np.where(allowed, lexical_scores, 0.0)
        lexical_rank: dict[int, int] = {}
        if mode in ("lexical", "fused"):
            top = np.argsort(-lexical_scores)[:n]
            lexical_rank = {int(i): r for r, i in enumerate(top) if lexical_scores[i] > 0}
        weight = lexical_weight if mode == "fused" else 1.0  # the weight balances two retrievers, not one
        fused = self._rrf(dense_rank, lexical_rank, weight, boost_docs)
        hits = [Hit(self.index.chunks[i], {"fused": float(fused[i]), "dense": float(dense_scores[i]),
                                           "bm25": float(lexical_scores[i])})
                for i in sorted(fused, key=lambda j: -fused[j])]
        return Pool(vector, hits)

    def _mask(self, allowed_docs: tuple[str, ...]) -> np.ndarray | None:
        if not allowed_docs:
            return None
        return np.isin(self._doc_ids, list(allowed_docs))

    def _rrf(self, dense_rank, lexical_rank, lexical_weight, boost_docs) -> dict[int, float]:
        scores: dict[int, float] = {}
        for i, r in dense_rank.items():
            scores[i] = scores.get(i, 0.0) + 1.0 / (RRF_K + r)
        if lexical_weight > 0:  # weight 0 (English questions): BM25 adds no chunks of its own either
            for i, r in lexical_rank.items():
                scores[i] = scores.get(i, 0.0) + lexical_weight / (RRF_K + r)
        if boost_docs:
            for i in scores:
                if self.index.chunks[i].doc_id in boost_docs:
                    scores[i] += 0.5 / RRF_K  # a letter named in the question moves up, but is not forced
        return scores


def best_per_unit(hits: list[Hit], k: int) -> list[Hit]:
    """The first k hits, at most one per question unit (a long section may give several: its chunks differ)."""
    out: list[Hit] = []
    seen: set[str] = set()
    for hit in hits:
        key = hit.chunk.unit_id if hit.chunk.kind == "qa" else hit.chunk.chunk_id
        if key in seen:
            continue
        seen.add(key)
        out.append(hit)
        if len(out) == k:
            break
    return out
