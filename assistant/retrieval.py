"""Dense, lexical and fused retrieval over a search backend, one best chunk per question unit.

The query is analysed here (the shared Dutch analyzer) and encoded here; the backend returns each retriever's
candidates by chunk id with named scores; assistant/fusion.py fuses them. So the same question gets the same
treatment on the embedded (FAISS + bm25s) and the postgres backend.

Example:
    >>> hits = Retriever(index, embedder).search("leegstand winkels", mode="fused", k=5)
    >>> hits[0].chunk.doc_id
    'actieplan-2016'
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from assistant import fusion
from corpus.records import Chunk
from index.backends.base import Candidate, Filters, StaleBuild
from index.embedders import Embedder

MODES = ("dense", "lexical", "fused")
RRF_K = fusion.RRF_K
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
    """Searches the served index. `index` has .backend, .lexical (the analyzer), .chunk(id), .manifest and
    .refresh() (the postgres index switches to a newer build there; the embedded one returns itself)."""

    def __init__(self, index, embedder: Embedder):
        self.index = index
        self.embedder = embedder

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
        vector = self.embedder.encode_queries([query])[0] if mode in ("dense", "fused") else None
        index = self.index = self.index.refresh()
        try:
            found = index.backend.candidates(vector, index.lexical.tokens(query), n, Filters(tuple(allowed_docs)))
        except StaleBuild:  # a rebuild switched builds and dropped ours between the refresh and the query
            index = self.index = self.index.refresh(force=True)
            found = index.backend.candidates(vector, index.lexical.tokens(query), n, Filters(tuple(allowed_docs)))
        dense = found.dense if mode in ("dense", "fused") else []
        lexical = found.lexical if mode in ("lexical", "fused") else []
        weight = lexical_weight if mode == "fused" else 1.0  # the weight balances two retrievers, not one
        by_id: dict[str, Candidate] = {c.chunk_id: c for c in [*lexical, *dense]}
        fused = fusion.rrf([_ranked(dense, "dense"), _ranked(lexical, "bm25")], weights=[1.0, weight])
        if boost_docs:
            fused = fusion.boost(fused, [i for i in fused if index.chunk(i).doc_id in boost_docs])
        hits = [Hit(index.chunk(i), {"fused": score, "dense": by_id[i].scores["dense"], "bm25": by_id[i].scores["bm25"]})
                for i, score in fusion.ranked(fused)]
        return Pool(vector, hits)


def _ranked(candidates: list[Candidate], key: str) -> list[tuple[str, float]]:
    return [(c.chunk_id, c.scores[key]) for c in candidates]


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
