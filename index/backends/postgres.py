"""The postgres backend: pgvector (HNSW) + BM25 over the shared analyzer's terms, in one SQL statement.

Several app servers share one database and keep no index state beyond caches: each follows `kb_served`, checked
every settings.pg_refresh_seconds (KB_PG_REFRESH_SECONDS), and a query that meets a build dropped under it
re-reads kb_served and runs again.
A build writes new tables (chunks, terms, and the reading stage's sentence rows: pg_sentences.py), then switches
kb_served in one transaction; a build killed half-way leaves the served build as it was (its tables are dropped by
the next build). An app server reads the sentence vectors of the build it serves (`index.sentences()`), so its
cache folder holds no index state.

BM25 is computed in SQL with bm25s's formula (Lucene idf, k1 1.2, b 0.75) over the analyzer's terms stored as a
tsvector (positions give the term frequency), so scores equal the embedded backend's. The generated `dutch`
column (PostgreSQL's own Dutch config, the older Snowball stemmer) is there for SQL users and for the comparison
in docs/backend-pg.md.

Example:
    >>> index = open_postgres_index(settings, corpus, embedder)    # KB_DATABASE_URL=postgresql://...
    >>> index.backend.candidates(vector, ["sloopfonds"], 60).lexical[0].chunk_id
    'atlas-u0113-c0'
"""
from __future__ import annotations

import json
import sys
import threading
import time
import uuid
from collections import Counter
from dataclasses import asdict, dataclass
from functools import lru_cache
from typing import Sequence

import numpy as np

from config import Settings
from corpus import Corpus
from corpus.chunking import CHUNKER_VERSION, chunk_units
from corpus.records import Chunk
from index.backends import database_url, redacted
from index.backends.base import BackendInfo, BuildInfo, Candidate, Candidates, Filters, StaleBuild
from index.backends.pg_schema import BUILD_INDEXES, BUILD_TABLES, migrate, table_names
from index.backends.pg_sentences import has_sentences, read_sentences, write_sentences
from index.embedders import Embedder
from index.embedding_cache import FolderStore, LayeredStore, embed_with_cache
from index.lexical import EMPTY, DutchAnalyzer
from index.sentence_vectors import SentenceVectors, embed_sentences
from index.store import INDEX_FORMAT, IndexError_, Manifest, choose_index_type, expected_manifest

K1, B = 1.2, 0.75
# hnsw.ef_search, >= the 60 candidates asked for. recall@10 (bench/figures/pg-scale-*.json, m 16, ef_construction
# 64, halfvec): 0.984 at 100k and 0.968 at 300k with 100; at 1M 0.930 with 100 and 0.956 with 200.
EF_SEARCH = 100
EF_SEARCH_LARGE, LARGE_FROM = 200, 500_000
BUILD_LOCK = 7240002
RECORDS_CACHED = 50_000  # chunk records kept per app server (~1 KB each); all of them for a corpus this size

CANDIDATES_SQL = """
WITH q AS (
    SELECT t.term, asked.qtf, ln(1 + (%(n_docs)s - t.df + 0.5) / (t.df + 0.5)) AS idf
    FROM unnest(%(terms)s::text[], %(qtf)s::int[]) AS asked(term, qtf) JOIN {terms} t USING (term)
), scored AS (
    SELECT c.ord, sum(q.qtf * q.idf * cardinality(u.positions)
                      / (cardinality(u.positions) + %(k1)s * (1 - %(b)s + %(b)s * c.n_terms / %(avgdl)s))) AS bm25
    FROM {chunks} c CROSS JOIN LATERAL unnest(c.terms) u JOIN q ON q.term = u.lexeme
    WHERE c.terms @@ %(tsquery)s::tsquery {filter}
    GROUP BY c.ord
), lexical AS (
    SELECT ord, bm25, row_number() OVER (ORDER BY bm25 DESC, ord) AS lexical_rank
    FROM scored ORDER BY bm25 DESC, ord LIMIT %(n)s
), dense AS (
    SELECT ord, -(embedding <#> %(vector)s::vector) AS cosine,
           row_number() OVER (ORDER BY {distance}, ord) AS dense_rank
    FROM {chunks} WHERE %(use_dense)s {filter} ORDER BY {distance}, ord LIMIT %(n)s
)
SELECT c.chunk_id, c.record, c.text, d.dense_rank, d.cosine, l.lexical_rank, coalesce(s.bm25, 0)
FROM (SELECT ord FROM dense UNION SELECT ord FROM lexical) pool
JOIN {chunks} c USING (ord) LEFT JOIN dense d USING (ord) LEFT JOIN lexical l USING (ord)
LEFT JOIN scored s USING (ord)
"""


def connect(url: str):
    import psycopg
    from pgvector.psycopg import register_vector

    conn = psycopg.connect(url, autocommit=True)
    conn.execute("CREATE EXTENSION IF NOT EXISTS vector")
    register_vector(conn)
    return conn


class PgEmbeddingStore:
    """kb_embeddings as the embedding cache (one model fingerprint)."""

    def __init__(self, conn, fingerprint: str):
        self.conn, self.fingerprint = conn, fingerprint

    def get(self, keys: list[str]) -> dict[str, np.ndarray]:
        with self.conn.cursor(binary=True) as cur:  # vectors as float32 bytes: no text to parse
            rows = cur.execute("SELECT key, embedding FROM kb_embeddings WHERE fingerprint = %s AND key = ANY(%s)",
                               (self.fingerprint, keys)).fetchall()
        return {key: np.asarray(vector.to_numpy(), np.float32) for key, vector in rows}

    def put(self, vectors: dict[str, np.ndarray]) -> None:
        with self.conn.cursor() as cur:
            cur.executemany("INSERT INTO kb_embeddings (fingerprint, key, embedding) VALUES (%s, %s, %s) "
                            "ON CONFLICT (fingerprint, key) DO UPDATE SET embedding = excluded.embedding",
                            [(self.fingerprint, k, np.asarray(v, np.float32)) for k, v in vectors.items()])


@dataclass(frozen=True)
class ServedBuild:
    build_id: str
    manifest: Manifest
    vocabulary: frozenset
    n_chunks: int
    avgdl: float


class PostgresBackend:
    name = "postgres"

    def __init__(self, url: str, build: ServedBuild, conn=None):
        self.url, self.build = url, build
        self.tables = table_names(build.build_id)
        self._conn = conn
        self._lock = threading.Lock()
        self.records: dict[str, Chunk] = {}  # chunk records seen in candidates, for chunk(id)

    @property
    def conn(self):
        if self._conn is None or self._conn.closed:
            self._conn = connect(self.url)
        return self._conn

    def index(self, chunks: Sequence[Chunk], vectors: np.ndarray, manifest: dict) -> BuildInfo:
        return write_build(self.conn, list(chunks), vectors, manifest)

    def candidates(self, query_vector: np.ndarray | None, query_terms: Sequence[str], n: int,
                   filters: Filters = Filters()) -> Candidates:
        counts = Counter(query_terms)  # unknown terms drop out in the join with the terms table
        exact = filters or self.build.manifest.index_type == "flat"
        sql = CANDIDATES_SQL.format(
            **self.tables, filter="AND doc_id = ANY(%(docs)s)" if filters else "",
            # An expression the HNSW index cannot serve: exact search, as the embedded flat index and a letter
            # filter do (a graph walk with a filter finds few of a small letter's chunks).
            # The HNSW index is on the float16 cast; the cosine reported is always the float32 one.
            distance="(embedding <#> %(vector)s::vector) + 0" if exact
            else "embedding::halfvec({dim}) <#> %(vector)s::vector::halfvec({dim})".format(dim=self.build.manifest.dim))
        params = {"terms": list(counts), "qtf": list(counts.values()), "n_docs": self.build.n_chunks,
                  "avgdl": self.build.avgdl, "k1": K1, "b": B, "n": n, "docs": list(filters.doc_ids),
                  "tsquery": " | ".join(_quoted(t) for t in counts) or "'_none_'",
                  "vector": np.zeros(self.build.manifest.dim, np.float32) if query_vector is None
                  else np.asarray(query_vector, np.float32), "use_dense": query_vector is not None}
        import psycopg

        try:
            with self._lock, self.conn.transaction():
                self.conn.execute("SET LOCAL hnsw.ef_search = %d" % ef_search(self.build.n_chunks, n))
                rows = self.conn.execute(sql, params).fetchall()
        except psycopg.errors.UndefinedTable as error:
            raise StaleBuild(f"build {self.build.build_id} was dropped") from error
        dense, lexical = [], []
        if len(self.records) > RECORDS_CACHED:
            self.records.clear()
        for chunk_id, record, text, dense_rank, cosine, lexical_rank, bm25 in rows:
            self.records.setdefault(chunk_id, _chunk(record, text))
            candidate = Candidate(chunk_id, {"dense": float(cosine) if cosine is not None else -1.0,
                                             "bm25": float(bm25)})
            if dense_rank is not None:
                dense.append((dense_rank, candidate))
            if lexical_rank is not None and bm25 > 0:
                lexical.append((lexical_rank, candidate))
        return Candidates([c for _, c in sorted(dense, key=lambda p: p[0])],
                          [c for _, c in sorted(lexical, key=lambda p: p[0])])

    def chunk(self, chunk_id: str) -> Chunk:
        if chunk_id not in self.records:
            row = self.conn.execute(f"SELECT record, text FROM {self.tables['chunks']} WHERE chunk_id = %s",
                                    (chunk_id,)).fetchone()
            if row is None:
                raise KeyError(chunk_id)
            self.records[chunk_id] = _chunk(*row)
        return self.records[chunk_id]

    def all_chunks(self) -> list[Chunk]:
        rows = self.conn.execute(f"SELECT record, text FROM {self.tables['chunks']} ORDER BY ord").fetchall()
        return [_chunk(*row) for row in rows]

    def info(self) -> BackendInfo:
        return BackendInfo(self.name, self.build.build_id, self.build.n_chunks, redacted(self.url))


class PostgresIndex:
    """The served build as the retriever sees it: .backend, .lexical, .manifest, .chunk(id), .chunks, .refresh().

    refresh() looks at kb_served at most every `refresh_seconds` and returns the index of a newer build."""

    def __init__(self, url: str, build: ServedBuild, conn=None, refresh_seconds: float = Settings.pg_refresh_seconds):
        self.url, self.refresh_seconds = url, refresh_seconds
        self.backend = PostgresBackend(url, build, conn)
        self.manifest = build.manifest
        self.lexical = DutchAnalyzer(set(build.vocabulary))
        cached = lru_cache(maxsize=8192)(lambda text: tuple(DutchAnalyzer.tokens(self.lexical, text)))
        self.lexical.tokens = lambda text: list(cached(text))  # highlights re-analyse the same sentences
        self._checked = time.monotonic()

    @property
    def build_id(self) -> str:
        return self.backend.build.build_id

    @property
    def chunks(self) -> list[Chunk]:
        if "_chunks" not in self.__dict__:
            self.__dict__["_chunks"] = self.backend.all_chunks()
        return self.__dict__["_chunks"]

    def chunk(self, chunk_id: str) -> Chunk:
        return self.backend.chunk(chunk_id)

    def sentences(self) -> SentenceVectors:
        """The reading stage's sentence vectors of this build, read from the database once."""
        if "_sentences" not in self.__dict__:
            self.__dict__["_sentences"] = read_sentences(self.backend.conn, self.build_id)
        return self.__dict__["_sentences"]

    def refresh(self, force: bool = False) -> "PostgresIndex":
        if not force and time.monotonic() - self._checked < self.refresh_seconds:
            return self
        self._checked = time.monotonic()
        served = self.backend.conn.execute("SELECT build_id FROM kb_served").fetchone()
        if served is None or served[0] == self.build_id:
            return self
        if not has_sentences(self.backend.conn, served[0]):  # e.g. written by an older build job mid-deploy
            print(f"[index] build {served[0]} has no sentence rows; still serving {self.build_id}", file=sys.stderr,
                  flush=True)
            return self
        print(f"[index] serving build {served[0]} (was {self.build_id})", file=sys.stderr, flush=True)
        return PostgresIndex(self.url, read_build(self.backend.conn, served[0]), self.backend.conn,
                             self.refresh_seconds)


def ef_search(n_chunks: int, n: int) -> int:
    return max(n, EF_SEARCH_LARGE if n_chunks >= LARGE_FROM else EF_SEARCH)


def _quoted(term: str) -> str:
    return "'" + term.replace("\\", "\\\\").replace("'", "''") + "'"


def _chunk(record: dict, text: str) -> Chunk:
    """A chunk from its record (every field but the text, which has its own column) and its text."""
    return Chunk(text=text, **{k: tuple(v) if isinstance(v, list) else v for k, v in record.items() if k != "text"})


def read_build(conn, build_id: str) -> ServedBuild:
    row = conn.execute("SELECT manifest, vocabulary, n_chunks, avgdl FROM kb_builds WHERE build_id = %s",
                       (build_id,)).fetchone()
    if row is None:
        raise IndexError_(f"build {build_id} is served but not recorded in kb_builds")
    return ServedBuild(build_id, Manifest(**row[0]), frozenset(row[1]), row[2], row[3])


def served_build(conn) -> ServedBuild | None:
    row = conn.execute("SELECT build_id FROM kb_served").fetchone()
    return read_build(conn, row[0]) if row else None


def _tsvector(tokens: list[str]) -> str:
    positions: dict[str, list[int]] = {}
    for position, token in enumerate(tokens[:16383], start=1):
        positions.setdefault(token, []).append(position)
    return " ".join(f"{_quoted(t)}:{','.join(map(str, p[:256]))}" for t, p in positions.items())


def write_build(conn, chunks: list[Chunk], vectors: np.ndarray, fields: dict, letter_dates: dict | None = None,
                progress: bool = False, sentences: SentenceVectors | None = None) -> BuildInfo:
    """Write a build's tables (with its sentence rows when given), then switch kb_served to it in one
    transaction; drop builds older than the last."""
    started = time.perf_counter()
    analyzer = DutchAnalyzer.build([c.text for c in chunks])
    tokens = [analyzer.tokens(c.text) or [EMPTY] for c in chunks]
    df = Counter(t for doc in tokens for t in set(doc))
    build_id = f"{time.strftime('%Y%m%d_%H%M%S')}_{uuid.uuid4().hex[:8]}"
    tables = table_names(build_id)
    dim = int(vectors.shape[1])
    manifest = Manifest(
        format=INDEX_FORMAT, model_id=fields["model_id"], model_fingerprint=fields["model_fingerprint"], dim=dim,
        chunker_version=CHUNKER_VERSION, corpus_hash=fields["corpus_hash"],
        index_type=fields.get("index_type") or choose_index_type("auto", len(chunks)), n_chunks=len(chunks),
        built_at=time.strftime("%Y-%m-%dT%H:%M:%S"), build_seconds=0.0,
        embedded_new=fields.get("embedded_new", 0), embedded_cached=fields.get("embedded_cached", 0))
    avgdl = float(np.mean([len(t) for t in tokens])) if tokens else 1.0
    conn.execute("INSERT INTO kb_builds (build_id, manifest, vocabulary, n_chunks, avgdl) VALUES (%s, %s, %s, %s, %s)",
                 (build_id, json.dumps(asdict(manifest)), json.dumps(sorted(analyzer.vocabulary)), len(chunks), avgdl))
    conn.execute(BUILD_TABLES.format(dim=dim, **tables))
    dates = letter_dates or {}
    with conn.cursor() as cur, cur.copy(f"COPY {tables['chunks']} (ord, chunk_id, doc_id, kind, letter_date, record, "
                                        "text, embedding, terms, n_terms) FROM STDIN") as copy:
        for i, (chunk, terms) in enumerate(zip(chunks, tokens)):
            copy.write_row((i, chunk.chunk_id, chunk.doc_id, chunk.kind, dates.get(chunk.doc_id, ""),
                            json.dumps({k: v for k, v in asdict(chunk).items() if k != "text"}, ensure_ascii=False),
                            chunk.text,
                            "[" + ",".join(f"{x:.9g}" for x in vectors[i]) + "]", _tsvector(terms), len(terms)))
    with conn.cursor() as cur, cur.copy(f"COPY {tables['terms']} (term, df) FROM STDIN") as copy:
        for term, count in df.items():
            copy.write_row((term, count))
    if sentences is not None:
        write_sentences(conn, tables, sentences)
    conn.execute(BUILD_INDEXES.format(dim=dim, **tables))
    seconds = round(time.perf_counter() - started, 2)
    manifest_json = json.dumps({**asdict(manifest), "build_seconds": seconds})
    with conn.transaction():
        conn.execute("UPDATE kb_builds SET status = 'ready', manifest = %s WHERE build_id = %s",
                     (manifest_json, build_id))
        conn.execute("INSERT INTO kb_served (singleton, build_id) VALUES (true, %s) ON CONFLICT (singleton) "
                     "DO UPDATE SET build_id = excluded.build_id, switched_at = now()", (build_id,))
    drop_old_builds(conn, keep_latest=2)
    return BuildInfo(build_id, len(chunks), seconds, manifest.embedded_new, manifest.embedded_cached)


def drop_old_builds(conn, keep_latest: int = 2) -> None:
    """Drop all but the served build and the one before it (a request in flight may still read that one)."""
    served = conn.execute("SELECT build_id FROM kb_served").fetchone()
    ready = [r[0] for r in conn.execute("SELECT build_id FROM kb_builds WHERE status = 'ready' "
                                        "ORDER BY created_at DESC")]
    keep = set(ready[:keep_latest]) | ({served[0]} if served else set())
    for (build_id,) in conn.execute("SELECT build_id FROM kb_builds").fetchall():
        if build_id in keep:
            continue
        conn.execute(f"DROP TABLE IF EXISTS {', '.join(table_names(build_id).values())}")
        conn.execute("DELETE FROM kb_builds WHERE build_id = %s", (build_id,))


def _require_url(settings: Settings) -> str:
    url = database_url(settings)
    if not url:
        raise IndexError_("KB_BACKEND=postgres needs KB_DATABASE_URL=postgresql://... "
                          "(a local one: 'bash scripts/postgres.sh start' prints it)")
    return url


def build_postgres_index(settings: Settings, corpus: Corpus, embedder: Embedder, progress: bool = True,
                         url: str | None = None) -> PostgresIndex:
    """Chunk, embed (cached in kb_embeddings, then this machine's cache folder, then the shipped seed), write a
    new build and serve it."""
    url = url or _require_url(settings)
    conn = connect(url)
    migrate(conn)
    conn.execute("SELECT pg_advisory_lock(%s)", (BUILD_LOCK,))  # one build at a time; leftovers are ours to drop
    try:
        drop_old_builds(conn)  # and the tables of a build killed half-way
        started = time.perf_counter()
        chunks = chunk_units(corpus.units, embedder.count_tokens)
        local = FolderStore(settings.index_dir / "embeddings" / embedder.fingerprint)  # this machine's cache
        store = LayeredStore(PgEmbeddingStore(conn, embedder.fingerprint), local)
        vectors, new, cached = embed_with_cache(store, chunks, embedder, progress)
        fields = {"model_id": embedder.model_id, "model_fingerprint": embedder.fingerprint,
                  "corpus_hash": corpus.content_hash, "embedded_new": new, "embedded_cached": cached,
                  "index_type": choose_index_type(settings.index_type, len(chunks))}
        sentence_cache = FolderStore(settings.index_dir / "sentence-embeddings" / embedder.fingerprint)
        sentences = embed_sentences(LayeredStore(PgEmbeddingStore(conn, embedder.fingerprint), sentence_cache),
                                    corpus, chunks, embedder, progress)
        info = write_build(conn, chunks, vectors, fields, {l.doc_id: l.meta.date for l in corpus.letters},
                           sentences=sentences)
        print(f"[index] built {info.n_chunks} chunks and {len(sentences.texts)} sentences in postgres ({new} chunks "
              f"embedded, {cached} from cache) in {time.perf_counter() - started:.1f} s -> build {info.version}",
              file=sys.stderr)
    finally:
        conn.execute("SELECT pg_advisory_unlock(%s)", (BUILD_LOCK,))
    return PostgresIndex(url, read_build(conn, info.version), conn, settings.pg_refresh_seconds)


def open_postgres_index(settings: Settings, corpus: Corpus, embedder: Embedder, rebuild: bool = True,
                        progress: bool = True) -> PostgresIndex:
    """The served build; built first when there is none or it is stale (corpus, model or chunker changed)."""
    url = _require_url(settings)
    conn = connect(url)
    migrate(conn)
    build = served_build(conn)
    if build is not None:
        differs = build.manifest.matches(expected_manifest(settings, corpus, embedder))
        if not differs and has_sentences(conn, build.build_id):
            return PostgresIndex(url, build, conn, settings.pg_refresh_seconds)
        problem = (f"the served build in {redacted(url)} is stale ({', '.join(differs)} changed)" if differs
                   else f"the served build in {redacted(url)} has no sentence rows (built before they were stored)")
    else:
        problem = f"no build in {redacted(url)} yet"
    if not rebuild:
        raise IndexError_(f"{problem}; run 'python -m index build' to rebuild.")
    print(f"[index] {problem}: building it now.", file=sys.stderr)
    conn.close()
    return build_postgres_index(settings, corpus, embedder, progress=progress, url=url)
