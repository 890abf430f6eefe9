"""Hybrid search on postgres: candidates for the Python fusion, or reciprocal rank fusion inside the SQL.

    KB_DATABASE_URL=postgresql://... python -m bench.pg_hybrid [--repeat 5] [--out bench/figures/pg-hybrid.json]

Both run one statement per question on the served build of the real corpus (query vectors encoded beforehand,
so only the database and the fusion are timed). The fused order of the two is compared: it must be the same.
"""
from __future__ import annotations

import argparse
import json
import statistics
import time
from pathlib import Path

import numpy as np

from assistant import fusion
from bench.__main__ import QUERIES
from bench.scale import p95_ms
from config import Settings
from corpus import load_corpus
from index import load_embedder
from index.backends.base import Filters
from index.backends.postgres import CANDIDATES_SQL, open_postgres_index

WEIGHT = 0.7  # BM25 against dense, as the composer fuses Dutch questions

FUSED_SQL = CANDIDATES_SQL.replace(
    "SELECT c.chunk_id, c.record, c.text, d.dense_rank, d.cosine, l.lexical_rank, coalesce(s.bm25, 0)",
    "SELECT c.chunk_id, coalesce(1.0 / (%(k)s + d.dense_rank - 1), 0) "
    "+ coalesce(%(weight)s / (%(k)s + l.lexical_rank - 1), 0) AS fused").rstrip() + \
    "\nORDER BY fused DESC, coalesce(d.dense_rank, 1000000), coalesce(l.lexical_rank, 1000000)\nLIMIT %(n)s * 2\n"


def python_fusion(index, vector, terms, n: int) -> list[str]:
    found = index.backend.candidates(vector, terms, n, Filters())
    fused = fusion.rrf([[(c.chunk_id, 0.0) for c in found.dense], [(c.chunk_id, 0.0) for c in found.lexical]],
                       weights=[1.0, WEIGHT])
    return [i for i, _ in fusion.ranked(fused)]


def sql_fusion(index, vector, terms, n: int) -> list[str]:
    backend = index.backend
    counts = {t: terms.count(t) for t in dict.fromkeys(terms)}
    sql = FUSED_SQL.format(**backend.tables, filter="", distance="(embedding <#> %(vector)s::vector) + 0"
                           if backend.build.manifest.index_type == "flat" else "embedding <#> %(vector)s::vector")
    params = {"terms": list(counts), "qtf": list(counts.values()), "n_docs": backend.build.n_chunks,
              "avgdl": backend.build.avgdl, "k1": 1.2, "b": 0.75, "n": n, "docs": [],
              "tsquery": " | ".join(f"'{t}'" for t in counts) or "'_none_'", "vector": np.asarray(vector, np.float32),
              "use_dense": True, "k": fusion.RRF_K, "weight": WEIGHT}
    return [r[0] for r in backend.conn.execute(sql, params).fetchall()]


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.pg_hybrid", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    settings = Settings.from_env()
    corpus, embedder = load_corpus(settings.corpus_dir), load_embedder(settings)
    index = open_postgres_index(settings, corpus, embedder, progress=False)
    questions = QUERIES["search_nl"] + QUERIES["english"] + QUERIES["unanswerable"]
    prepared = [(embedder.encode_queries([q])[0], index.lexical.tokens(q)) for q in questions]
    figures, same = {}, True
    for name, method in (("python_fusion", python_fusion), ("sql_fusion", sql_fusion)):
        latencies = []
        for _ in range(args.repeat):
            for vector, terms in prepared:
                started = time.perf_counter()
                method(index, vector, terms, 60)
                latencies.append(time.perf_counter() - started)
        figures[name] = {"p50_ms": round(statistics.median(latencies) * 1000, 2), "p95_ms": p95_ms(latencies)}
    for vector, terms in prepared:
        same &= python_fusion(index, vector, terms, 60) == sql_fusion(index, vector, terms, 60)
    figures.update(chunks=index.backend.build.n_chunks, questions=len(questions), same_order=same)
    print(json.dumps(figures, indent=2))
    if args.out:
        args.out.write_text(json.dumps(figures, indent=2) + "\n")


if __name__ == "__main__":
    main()
