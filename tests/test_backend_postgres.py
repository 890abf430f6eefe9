"""The postgres backend on a real server: same candidates as the embedded one, migrations, atomic rebuilds."""
from __future__ import annotations

import numpy as np
import pytest

from assistant.retrieval import Retriever
from backend_support import postgres_settings, postgres_url
from config import Settings
from corpus import load_corpus
from index import load_embedder, open_index
from index.backends.base import StaleBuild
from index.backends.pg_schema import MIGRATIONS, migrate, table_names
from index.backends.postgres import PgEmbeddingStore, build_postgres_index, connect, open_postgres_index
from index.embedding_cache import FolderStore

REAL = Settings.from_env()
QUERIES = [  # one per eval kind that searches, plus a letter filter and a named-letter boost below
    "Wat doet het Rijk aan leegstand in winkelgebieden?", "Komt er een nationaal sloopfonds?",
    "Which regions get extra money?", "Welke gemeenten zijn krimpregio?", "regiodeals", "vraag 87",
]


@pytest.fixture(scope="module")
def embedder():
    return load_embedder(REAL)


@pytest.fixture(scope="module")
def corpus():
    return load_corpus()


@pytest.fixture(scope="module")
def url():
    return postgres_url("kamerbrieven_test_builds")


@pytest.fixture(scope="module")
def both(url, corpus, embedder):
    """Both backends on the very same vectors: the local float32 cache is imported into kb_embeddings first
    (a fresh database would take the float16 seed, whose cosines differ in the 6th decimal)."""
    embedded = Retriever(open_index(REAL, corpus, embedder, progress=False), embedder)
    conn = connect(url)
    migrate(conn)
    PgEmbeddingStore(conn, embedder.fingerprint).put(FolderStore(REAL.index_dir / "embeddings" / embedder.fingerprint).known)
    postgres = Retriever(build_postgres_index(postgres_settings(url), corpus, embedder, progress=False), embedder)
    return embedded, postgres


@pytest.mark.parametrize("query", QUERIES)
@pytest.mark.parametrize("mode", ["dense", "lexical", "fused"])
def test_both_backends_give_the_same_pool_with_the_same_scores(both, query, mode):
    embedded, postgres = (r.pool(query, mode=mode, lexical_weight=0.7) for r in both)
    assert [h.chunk.chunk_id for h in embedded.hits] == [h.chunk.chunk_id for h in postgres.hits]
    for a, b in zip(embedded.hits, postgres.hits):
        assert a.chunk == b.chunk
        assert a.scores == pytest.approx(b.scores, abs=1e-4)


def test_letter_filter_and_boost_agree_on_both_backends(both):
    for kwargs in ({"allowed_docs": ("k6-brief",)}, {"boost_docs": ("atlas",)}):
        embedded, postgres = (r.search("Hoe krijgen gemeenten geld voor de regio?", k=8, **kwargs) for r in both)
        assert [h.chunk.chunk_id for h in embedded] == [h.chunk.chunk_id for h in postgres]
    assert {h.chunk.doc_id for h in both[1].search("geld voor de regio", allowed_docs=("k6-brief",))} == {"k6-brief"}


def test_schema_is_migrated_once_and_versioned(url):
    conn = connect(url)
    assert migrate(conn) == migrate(conn) == MIGRATIONS[-1][0]
    versions = [r[0] for r in conn.execute("SELECT version FROM kb_migrations ORDER BY version")]
    assert versions == [v for v, _ in MIGRATIONS]


def test_a_rebuild_switches_atomically_and_a_running_server_follows_it(url, corpus, embedder):
    settings = postgres_settings(url)
    serving = open_postgres_index(settings, corpus, embedder, progress=False)
    retriever = Retriever(serving, embedder)
    before = retriever.search("Komt er een nationaal sloopfonds?")[0].chunk.chunk_id
    conn = connect(url)
    # What a build killed half-way leaves: its row and a partial table, never a switch of kb_served.
    conn.execute("INSERT INTO kb_builds (build_id, manifest, vocabulary, n_chunks, avgdl) "
                 "VALUES ('19990101_000000_dead', '{}', '[]', 0, 1)")
    conn.execute(f"CREATE TABLE {table_names('19990101_000000_dead')['chunks']} (ord integer)")
    assert open_postgres_index(settings, corpus, embedder, rebuild=False).build_id == serving.build_id
    first = build_postgres_index(settings, corpus, embedder, progress=False)
    assert first.manifest.embedded_new == 0  # every vector came from kb_embeddings
    tables = {r[0] for r in conn.execute("SELECT tablename FROM pg_tables WHERE tablename LIKE 'kb_chunks_%'")}
    assert table_names("19990101_000000_dead")["chunks"] not in tables  # the leftover was dropped
    second = build_postgres_index(settings, corpus, embedder, progress=False)
    assert len({serving.build_id, first.build_id, second.build_id}) == 3
    # The server's build is now two builds old and dropped: the next query finds and uses the served one.
    assert table_names(serving.build_id)["chunks"] not in {
        r[0] for r in conn.execute("SELECT tablename FROM pg_tables WHERE tablename LIKE 'kb_chunks_%'")}
    with pytest.raises(StaleBuild):
        serving.backend.candidates(None, ["sloopfonds"], 5)
    assert retriever.search("Komt er een nationaal sloopfonds?")[0].chunk.chunk_id == before
    assert retriever.index.build_id == second.build_id


@pytest.mark.unit
def test_postgres_dutch_is_the_older_snowball_stemmer(url, corpus):
    """PostgreSQL's `dutch` config stems as PyStemmer's dutch_porter, not as its `dutch` (which we use)."""
    import Stemmer

    from index.lexical import DUTCH_STOPWORDS, words

    vocabulary = sorted({w for u in corpus.units for w in words(u.text) if w.isalpha() and w not in DUTCH_STOPWORDS})
    rows = connect(url).execute("SELECT w, (ts_lexize('dutch_stem', w))[1] FROM unnest(%s::text[]) w",
                                (vocabulary,)).fetchall()
    postgres = {w: s for w, s in rows if s is not None}  # None: a word on PostgreSQL's own stopword list
    porter = dict(zip(vocabulary, Stemmer.Stemmer("dutch_porter").stemWords(vocabulary)))
    current = dict(zip(vocabulary, Stemmer.Stemmer("dutch").stemWords(vocabulary)))
    assert all(porter[w] == s for w, s in postgres.items())
    assert sum(current[w] != s for w, s in postgres.items()) > len(postgres) / 4


def test_an_approximate_build_searches_the_float16_hnsw_index_and_reports_float32_cosines(url, corpus, embedder):
    from dataclasses import replace

    exact = Retriever(open_index(REAL, corpus, embedder, progress=False), embedder)
    hnsw = build_postgres_index(replace(postgres_settings(url), index_type="hnsw"), corpus, embedder, progress=False)
    assert hnsw.manifest.index_type == "hnsw"
    hnsw.backend.conn.execute("SET enable_seqscan = off")  # 574 rows: the planner would rather scan them all
    plan = " ".join(r[0] for r in hnsw.backend.conn.execute(
        f"EXPLAIN SELECT ord FROM {hnsw.backend.tables['chunks']} ORDER BY embedding::halfvec(768) <#> "
        "%s::vector::halfvec(768) LIMIT 10", (np.zeros(768, np.float32),)))
    assert "index scan using" in plan.lower() and "embedding_idx" in plan  # the HNSW index on the cast
    approximate = Retriever(hnsw, embedder)
    for query in QUERIES[:4]:
        want = {h.chunk.chunk_id: h.dense for h in exact.pool(query, n=10, mode="dense").hits}
        got = {h.chunk.chunk_id: h.dense for h in approximate.pool(query, n=10, mode="dense").hits}
        assert len(want.keys() & got.keys()) >= 9  # recall@10 of the graph on 574 chunks
        assert all(abs(got[i] - want[i]) < 1e-4 for i in want.keys() & got.keys())
