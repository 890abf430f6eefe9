"""The embedded backend: FAISS (dense) + bm25s (lexical) in a build folder of the cache; no services.

Example:
    >>> backend = open_index(settings, corpus, embedder).backend
    >>> found = backend.candidates(vector, ["leegstand", "winkel"], 60, Filters(doc_ids=("actieplan-2016",)))
    >>> [c.chunk_id for c in found.lexical[:2]]
    ['actieplan-2016-u0042-c0', 'actieplan-2016-u0043-c0']
"""
from __future__ import annotations

import time
from typing import Sequence

import numpy as np

from corpus.records import Chunk
from index.backends.base import BackendInfo, BuildInfo, Candidate, Candidates, Filters
from index.store import SearchIndex, write_build


class EmbeddedBackend:
    name = "embedded"

    def __init__(self, index: SearchIndex):
        self.search_index = index
        self._ids = [c.chunk_id for c in index.chunks]
        self._doc_ids = np.array([c.doc_id for c in index.chunks])  # once, so a letter filter is one isin

    def index(self, chunks: Sequence[Chunk], vectors: np.ndarray, manifest: dict) -> BuildInfo:
        """Write a new build folder next to the served one (a later open_index/load_current serves it)."""
        started = time.perf_counter()
        root = self.search_index.folder.parent.parent
        folder = write_build(root, list(chunks), vectors, manifest, started)
        return BuildInfo(folder.name, len(chunks), round(time.perf_counter() - started, 2),
                         manifest.get("embedded_new", 0), manifest.get("embedded_cached", 0))

    def candidates(self, query_vector: np.ndarray | None, query_terms: Sequence[str], n: int,
                   filters: Filters = Filters()) -> Candidates:
        allowed = np.isin(self._doc_ids, list(filters.doc_ids)) if filters else None
        bm25 = self.search_index.lexical.term_scores(list(query_terms))
        if allowed is not None:
            bm25 = np.where(allowed, bm25, 0.0)
        dense_positions, cosines = np.zeros(0, np.int64), np.zeros(0, np.float32)
        if query_vector is not None:
            dense_positions, cosines = self.search_index.dense_search(
                query_vector, n, allowed=None if allowed is None else np.flatnonzero(allowed))
        cosine_of = dict(zip(dense_positions.tolist(), cosines.tolist()))
        top = np.argsort(-bm25, kind="stable")[:n]  # ties by corpus order, as postgres breaks them
        lexical_positions = [int(i) for i in top if bm25[i] > 0]

        def candidate(position: int) -> Candidate:
            return Candidate(self._ids[position], {"dense": cosine_of.get(position, -1.0),
                                                   "bm25": float(bm25[position])})

        return Candidates([candidate(int(i)) for i in dense_positions], [candidate(i) for i in lexical_positions])

    def info(self) -> BackendInfo:
        return BackendInfo(self.name, self.search_index.folder.name, len(self._ids), str(self.search_index.folder))
