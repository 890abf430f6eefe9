"""The postgres backend's schema: versioned migrations, and one set of tables per build.

Shared tables (migrated by `python -m index build`, recorded in kb_migrations):
    kb_builds      one row per build: manifest, analyzer vocabulary, BM25 statistics, status building|ready
    kb_served      the one build being served; a build switches it in one transaction when complete
    kb_embeddings  chunk and sentence vectors by (model fingerprint, content hash): a rebuild embeds only new texts
    feedback       the UI's feedback from every app server (ui/feedback/postgres.py; same fields as the SQLite store)
Per build <id> (written before the switch, dropped two builds later):
    kb_chunks_<id> chunk records, vector(dim) with an HNSW index on its float16 cast (halfvec: half the memory,
                   the same recall in bench/figures/pg-scale-100k.json), the analyzer's terms as a tsvector (GIN),
                   a generated `dutch` tsvector (GIN), letter / date / kind columns
    kb_terms_<id>  document frequency per term (BM25's idf)
    kb_sentences_<id>        the reading stage's sentence rows (role body | question | row): letter, offsets into
                             the letter's clean text, the sentence text and its vector(dim)
    kb_chunk_sentences_<id>  each chunk's sentence rows, in text order (a question's sentences serve every chunk
                             of its answer, so rows are shared)
"""
from __future__ import annotations

import re

MIGRATIONS: list[tuple[int, str]] = [
    (1, """
        CREATE EXTENSION IF NOT EXISTS vector;
        CREATE TABLE kb_builds (
            build_id   text PRIMARY KEY,
            status     text NOT NULL DEFAULT 'building' CHECK (status IN ('building', 'ready')),
            manifest   jsonb NOT NULL,
            vocabulary jsonb NOT NULL,
            n_chunks   integer NOT NULL,
            avgdl      double precision NOT NULL,
            created_at timestamptz NOT NULL DEFAULT now()
        );
        CREATE TABLE kb_served (
            singleton  boolean PRIMARY KEY DEFAULT true CHECK (singleton),
            build_id   text NOT NULL REFERENCES kb_builds (build_id),
            switched_at timestamptz NOT NULL DEFAULT now()
        );
        CREATE TABLE kb_embeddings (
            fingerprint text NOT NULL,
            key         text NOT NULL,
            embedding   vector NOT NULL,
            PRIMARY KEY (fingerprint, key)
        );
    """),
    (2, """
        CREATE TABLE feedback (
            id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            created_at timestamptz NOT NULL,
            query      text NOT NULL,
            history    text NOT NULL,
            passages   text NOT NULL,
            rating     text NOT NULL,
            comment    text NOT NULL DEFAULT '',
            version    text NOT NULL,
            reply_kind text NOT NULL DEFAULT '',
            "user"     text NOT NULL DEFAULT ''
        );
        CREATE INDEX ON feedback (created_at);
    """),
]

BUILD_TABLES = """
    CREATE TABLE {chunks} (
        ord        integer PRIMARY KEY,
        chunk_id   text NOT NULL UNIQUE,
        doc_id     text NOT NULL,
        kind       text NOT NULL,
        letter_date text NOT NULL,
        record     jsonb NOT NULL,
        text       text NOT NULL,
        embedding  vector({dim}) NOT NULL,
        terms      tsvector NOT NULL,
        n_terms    integer NOT NULL,
        dutch      tsvector GENERATED ALWAYS AS (to_tsvector('dutch', text)) STORED
    );
    CREATE TABLE {terms} (term text PRIMARY KEY, df integer NOT NULL);
"""

SENTENCE_TABLES = """
    CREATE TABLE {sentences} (
        ord        integer PRIMARY KEY,
        doc_id     text NOT NULL,
        start_char integer NOT NULL,
        end_char   integer NOT NULL,
        role       text NOT NULL CHECK (role IN ('body', 'question', 'row')),
        text       text NOT NULL,
        embedding  vector({dim}) NOT NULL
    );
    CREATE TABLE {chunk_sentences} (chunk_id text PRIMARY KEY, rows integer[] NOT NULL);
"""

BUILD_INDEXES = """
    CREATE INDEX ON {chunks} USING hnsw ((embedding::halfvec({dim})) halfvec_ip_ops) WITH (m = 16, ef_construction = 64);
    CREATE INDEX ON {chunks} USING gin (terms);
    CREATE INDEX ON {chunks} USING gin (dutch);
    CREATE INDEX ON {chunks} (doc_id);
    ANALYZE {chunks};
    ANALYZE {terms};
"""


def table_names(build_id: str) -> dict[str, str]:
    """Safe identifiers for a build's tables (build ids are generated: digits, letters and underscores)."""
    if not re.fullmatch(r"[a-z0-9_]+", build_id):
        raise ValueError(f"not a build id: {build_id!r}")
    return {"chunks": f"kb_chunks_{build_id}", "terms": f"kb_terms_{build_id}",
            "sentences": f"kb_sentences_{build_id}", "chunk_sentences": f"kb_chunk_sentences_{build_id}"}


def migrate(conn) -> int:
    """Apply the migrations not applied yet (one transaction each, serialised by an advisory lock)."""
    with conn.transaction():
        conn.execute("SELECT pg_advisory_xact_lock(7240001)")
        conn.execute("CREATE TABLE IF NOT EXISTS kb_migrations (version integer PRIMARY KEY, "
                     "applied_at timestamptz NOT NULL DEFAULT now())")
        done = {row[0] for row in conn.execute("SELECT version FROM kb_migrations")}
        for version, sql in MIGRATIONS:
            if version not in done:
                conn.execute(sql)
                conn.execute("INSERT INTO kb_migrations (version) VALUES (%s)", (version,))
    return max(v for v, _ in MIGRATIONS)
