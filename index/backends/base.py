"""The search-backend interface: index chunks + vectors, answer dense and lexical candidate queries.

A backend only stores and searches. The Dutch analyzer (query terms), rank fusion (assistant/fusion.py) and the
later stages sit outside it and are shared, so a question gets the same treatment on every backend.

Example:
    >>> backend = open_backend(settings, corpus, embedder)        # index.backends.open_backend
    >>> found = backend.candidates(vector, analyzer.tokens("leegstand winkels"), 60, Filters())
    >>> found.dense[0].chunk_id, found.dense[0].scores
    ('actieplan-2016-u0042-c0', {'dense': 0.71, 'bm25': 14.2})
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol, Sequence

import numpy as np

from corpus.records import Chunk

BACKENDS = ("embedded", "postgres")


@dataclass(frozen=True)
class Filters:
    """Which chunks may be returned; empty means no restriction. Applied inside the search, never after it."""

    doc_ids: tuple[str, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.doc_ids)


@dataclass(frozen=True)
class Candidate:
    """A chunk id with named scores: "dense" (cosine) and "bm25"; both are given for every candidate the
    backend returns (-1.0 cosine when no query vector was given, 0.0 BM25 when no query term occurs)."""

    chunk_id: str
    scores: dict[str, float]


@dataclass(frozen=True)
class Candidates:
    """Each retriever's top-n, best first: `dense` by cosine, `lexical` by BM25 (only chunks with a term)."""

    dense: list[Candidate]
    lexical: list[Candidate]


@dataclass(frozen=True)
class BuildInfo:
    version: str
    n_chunks: int
    seconds: float
    embedded_new: int = 0
    embedded_cached: int = 0


@dataclass(frozen=True)
class BackendInfo:
    name: str
    version: str        # the build being served
    n_chunks: int
    location: str       # a folder, or a database URL without its password


class SearchBackend(Protocol):
    name: str

    def index(self, chunks: Sequence[Chunk], vectors: np.ndarray, manifest: dict) -> BuildInfo:
        """Write a new version with these chunks and vectors and serve it once complete."""

    def candidates(self, query_vector: np.ndarray | None, query_terms: Sequence[str], n: int,
                   filters: Filters = Filters()) -> Candidates:
        """Top-n by cosine (when a vector is given) and top-n by BM25 over `query_terms`."""

    def info(self) -> BackendInfo: ...


class StaleBuild(Exception):
    """The build a query ran against was replaced and removed; refresh the index and ask again."""


def unknown_backend(name: str) -> ValueError:
    return ValueError(f"Unknown search backend '{name}'; KB_BACKEND is one of: {', '.join(BACKENDS)}.")
