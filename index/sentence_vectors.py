"""Sentence vectors of every chunk, embedded once at build time, so the reading stage can score a question against
single sentences without re-encoding any passage at query time.

Each chunk gets the sentences of its own text (role "body") and, for an answer to numbered questions, the sentences
of the question it answers (role "question"). Sentences are embedded with the same model as the chunks and cached
by content hash, so a rebuild embeds only new sentences.

Example:
    >>> vectors = load_sentence_vectors(settings, corpus, index.chunks, embedder)
    >>> rows = vectors.rows_of("so-bevolkingsdaling:q87-111-7-6-81#0")
    >>> vectors.texts[rows[0]][:40]
    'Hierbij wil ik allereerst opmerken dat d'
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from config import Settings
from corpus import Corpus
from corpus.records import Chunk
from corpus.sentences import split_sentences
from index.embedders import Embedder
from index.embedding_cache import EmbeddingStore, embed_with_cache

SEED_NAME = "sentences"  # shipped vectors for the default corpus: index/seed/sentences/<fingerprint>/
MIN_SENTENCE_CHARS = 12  # shorter pieces ("Antwoord", "1.") carry no meaning of their own
PLANNING_CELL = re.compile(r"(?:(?:vanaf|tot|per|medio|eind|begin|voorjaar|najaar|zomer)\s+)?(?:19|20)\d{2}"
                           r"(?:\s*[-–/]\s*(?:19|20)?\d{2})?(?:\s*(?:e\.?\s?v\.?|ev\.?))?\.?", re.I)


@dataclass(frozen=True)
class SentenceVectors:
    """Row-aligned sentence records and their unit vectors; `rows_of(chunk_id)` gives a chunk's rows."""

    texts: list[str]
    doc_ids: list[str]
    starts: np.ndarray  # offsets into the letter's clean text
    ends: np.ndarray
    roles: list[str]  # "body" | "question" | "row"
    vectors: np.ndarray  # (rows, dim) float32, unit length
    chunk_rows: dict[str, np.ndarray]

    def rows_of(self, chunk_id: str) -> np.ndarray:
        return self.chunk_rows.get(chunk_id, np.zeros(0, dtype=np.int64))


def sentence_records(corpus: Corpus, chunks: list[Chunk]) -> tuple[list[tuple[str, int, int, str, str]], dict]:
    """(doc_id, start, end, role, own text) per distinct sentence, and the rows of every chunk. Roles: "body",
    "question" (the question an answer responds to) and "row" (a table row, its text with caption and headers)."""
    rows: dict[tuple[str, int, int, str], int] = {}
    chunk_rows: dict[str, list[int]] = {}
    row_texts: dict[tuple[str, int, int, str], str] = {}
    for chunk in chunks:
        clean = corpus.letter(chunk.doc_id).clean
        own = clean.text[chunk.start:chunk.end]
        spans = [(chunk.start + s, chunk.start + e, "body") for s, e in with_planning_cells(own, split_sentences(own))]
        if chunk.kind == "qa":
            unit = corpus.unit(chunk.unit_id)
            if unit.body_text and unit.body_start > unit.start:
                question = clean.text[unit.start:unit.body_start]
                spans += [(unit.start + s, unit.start + e, "question") for s, e in split_sentences(question)]
        if chunk.kind == "table_row":  # the row with its caption and column headers: a bare row line means little
            spans = [(chunk.start, chunk.end, "row")]
        mine = []
        for start, end, role in spans:
            if end - start < MIN_SENTENCE_CHARS and role != "row":
                continue
            key = (chunk.doc_id, start, end, role)
            mine.append(rows.setdefault(key, len(rows)))
            if role == "row":
                row_texts[key] = chunk.text
        chunk_rows[chunk.chunk_id] = mine
    return [key + (row_texts.get(key, ""),) for key in rows], chunk_rows


def with_planning_cells(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    r"""The spans with each cell that only gives a year or period ("2017-2018", "Vanaf 2019", "2016 e.v.": the
    planning column of the action tables) joined to the sentence before it, instead of left out as too short: "When
    will the region map its facilities?" is answered by "• In beeld brengen huidige situatie … (Transitieatlas).
    2017-2018".

    >>> text = "• In beeld brengen knelpunten (Transitieatlas).\n\n2017-2018\n\n• Provincie participeert actief."
    >>> [text[s:e] for s, e in with_planning_cells(text, [(0, 47), (49, 58), (60, 92)])]
    ['• In beeld brengen knelpunten (Transitieatlas).\n\n2017-2018', '• Provincie participeert actief.']
    """
    joined: list[tuple[int, int]] = []
    for start, end in spans:
        if joined and PLANNING_CELL.fullmatch(" ".join(text[start:end].split())):
            joined[-1] = (joined[-1][0], end)
        else:
            joined.append((start, end))
    return joined


def load_sentence_vectors(settings: Settings, corpus: Corpus, chunks: list[Chunk], embedder: Embedder,
                          progress: bool = True) -> SentenceVectors:
    """Sentence vectors for `chunks`, embedding only sentences not seen before by this model (cached in this
    machine's cache folder; the postgres backend keeps them in the database instead: index/backends/pg_sentences.py)."""
    return embed_sentences(settings.index_dir / "sentence-embeddings", corpus, chunks, embedder, progress)


def embed_sentences(cache: Path | EmbeddingStore, corpus: Corpus, chunks: list[Chunk], embedder: Embedder,
                    progress: bool = True) -> SentenceVectors:
    """Sentence vectors for `chunks` from `cache` (a folder or a store), then the shipped seed, then the model."""
    records, chunk_rows = sentence_records(corpus, chunks)
    texts = sentence_texts(corpus, records)
    matrix, _, _ = embed_with_cache(cache, texts, embedder, progress, seed=SEED_NAME)
    return SentenceVectors(
        texts=texts, doc_ids=[r[0] for r in records],
        starts=np.array([r[1] for r in records], dtype=np.int64), ends=np.array([r[2] for r in records], dtype=np.int64),
        roles=[r[3] for r in records], vectors=matrix,
        chunk_rows={cid: np.array(r, dtype=np.int64) for cid, r in chunk_rows.items()},
    )


def sentence_texts(corpus: Corpus, records: list[tuple[str, int, int, str, str]]) -> list[str]:
    """The text of each sentence record, its wrapped lines joined."""
    return [" ".join((own or corpus.letter(doc).clean.text[s:e]).split()) for doc, s, e, _, own in records]


def describe(vectors: SentenceVectors) -> dict:
    """Size figures for the README and `python -m index info`."""
    return {"sentences": len(vectors.texts), "bytes": int(vectors.vectors.nbytes),
            "question_sentences": sum(r == "question" for r in vectors.roles)}

