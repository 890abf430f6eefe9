"""The reading stage's sentence vectors on the postgres backend: written with each build, read by app servers.

`python -m index build` on postgres embeds the sentences of its chunks (by content hash: kb_embeddings first, then
this machine's cache folder, then the shipped seed index/seed/sentences/, then the model) and writes them into the
build's own kb_sentences_<id> and kb_chunk_sentences_<id> before kb_served switches. An app server reads the
sentence rows of exactly the build it serves, again when it follows a newer build, and embeds no passage
sentence itself: its cache folder may be empty.

Example:
    >>> sentences = read_sentences(conn, index.build_id)
    >>> len(sentences.texts), sentences.vectors.shape
    (3557, (3557, 768))
"""
from __future__ import annotations

import numpy as np

from index.backends.base import StaleBuild
from index.backends.pg_schema import SENTENCE_TABLES, table_names
from index.sentence_vectors import SentenceVectors


def write_sentences(conn, tables: dict[str, str], sentences: SentenceVectors) -> None:
    """Create and fill a build's sentence tables (before the build is served)."""
    conn.execute(SENTENCE_TABLES.format(dim=int(sentences.vectors.shape[1]), **tables))
    with conn.cursor() as cur:
        with cur.copy(f"COPY {tables['sentences']} (ord, doc_id, start_char, end_char, role, text, embedding) "
                      "FROM STDIN (FORMAT BINARY)") as copy:  # binary: float32 bytes, no text to format
            copy.set_types(["integer", "text", "integer", "integer", "text", "text", "vector"])
            for row, text in enumerate(sentences.texts):
                copy.write_row((row, sentences.doc_ids[row], int(sentences.starts[row]), int(sentences.ends[row]),
                                sentences.roles[row], text, sentences.vectors[row]))
        with cur.copy(f"COPY {tables['chunk_sentences']} (chunk_id, rows) FROM STDIN") as copy:
            for chunk_id, rows in sentences.chunk_rows.items():
                copy.write_row((chunk_id, [int(r) for r in rows]))


def has_sentences(conn, build_id: str) -> bool:
    """Whether the build was written with its sentence rows (builds before this change were not)."""
    return conn.execute("SELECT to_regclass(%s)", (table_names(build_id)["chunk_sentences"],)).fetchone()[0] is not None


def read_sentences(conn, build_id: str) -> SentenceVectors:
    """The build's sentence rows as the reading stage uses them; StaleBuild when the build was dropped meanwhile."""
    import psycopg

    tables = table_names(build_id)
    try:
        with conn.cursor(binary=True) as cur:  # binary: vectors arrive as float32 bytes, not text to parse
            rows = cur.execute(f"SELECT doc_id, start_char, end_char, role, text, embedding FROM {tables['sentences']} "
                               "ORDER BY ord").fetchall()
            chunk_rows = cur.execute(f"SELECT chunk_id, rows FROM {tables['chunk_sentences']}").fetchall()
    except psycopg.errors.UndefinedTable as error:
        raise StaleBuild(f"build {build_id} has no sentence rows (dropped, or built before they were stored)") \
            from error
    dim = len(rows[0][5].to_numpy()) if rows else 0
    return SentenceVectors(
        texts=[r[4] for r in rows], doc_ids=[r[0] for r in rows],
        starts=np.array([r[1] for r in rows], dtype=np.int64), ends=np.array([r[2] for r in rows], dtype=np.int64),
        roles=[r[3] for r in rows],
        vectors=np.stack([r[5].to_numpy() for r in rows]) if rows else np.zeros((0, dim), np.float32),
        chunk_rows={chunk_id: np.array(r, dtype=np.int64) for chunk_id, r in chunk_rows})
