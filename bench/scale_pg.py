"""The scale benchmark on PostgreSQL + pgvector: the same synthetic vectors and queries as bench/scale.py.

    python -m bench.scale --backend postgres --n 100000 [--out bench/figures/pg-scale-100k.json]

Database: KB_DATABASE_URL's server (a database `kamerbrieven_bench` is created there), else the local server of
scripts/postgres.sh (started if needed). Vectors go in with binary COPY; the HNSW index is built as the postgres
backend builds it (m 16, ef_construction 64), once on vector (float32) and once on halfvec (float16) unless
--skip halfvec. Queries run one at a time over TCP (as an app server asks them), ef_search swept; recall@10 is
against exact search; p50/p95 in ms. Disk is what PostgreSQL reports for the table and each index; memory is what
must stay in shared buffers / page cache for queries that never touch disk (the index, plus heap pages fetched).
"""
from __future__ import annotations

import statistics
import time

import numpy as np

from bench.scale import p95_ms, recall

EF_SEARCHES = (40, 100, 200)
DATABASE = "kamerbrieven_bench"


def bench_url() -> str:
    from config import Settings

    settings = Settings.from_env()
    url = settings.database_url
    if not url:
        from index.backends import pgserver

        url = pgserver.start(settings)
    import psycopg

    with psycopg.connect(url, autocommit=True) as conn:
        if not conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", (DATABASE,)).fetchone():
            conn.execute(f"CREATE DATABASE {DATABASE}")
    return url.rsplit("/", 1)[0] + f"/{DATABASE}"


def run_postgres(data: np.ndarray, queries: np.ndarray, truth: np.ndarray, skip: set[str]) -> dict:
    from index.backends.postgres import connect

    conn = connect(bench_url())
    n, dim = data.shape
    table = f"bench_{n}"
    conn.execute(f"DROP TABLE IF EXISTS {table}")
    conn.execute(f"CREATE TABLE {table} (id integer PRIMARY KEY, embedding vector({dim}) NOT NULL)")
    started = time.perf_counter()
    with conn.cursor() as cur, cur.copy(f"COPY {table} (id, embedding) FROM STDIN WITH (FORMAT BINARY)") as copy:
        copy.set_types(["int4", "vector"])
        for i in range(n):
            copy.write_row((i, data[i]))
    conn.execute(f"VACUUM ANALYZE {table}")
    results = {"load_s": round(time.perf_counter() - started, 1),
               "table_mb": _mb(conn, f"pg_table_size('{table}')")}
    conn.execute("SET maintenance_work_mem = '4GB'")
    conn.execute("SET max_parallel_maintenance_workers = 1")  # 2 shared cores: one helper beside the leader
    for kind in ("vector", "halfvec"):
        if kind in skip:
            continue
        column = "embedding" if kind == "vector" else f"(embedding::halfvec({dim}))"
        ops = "vector_ip_ops" if kind == "vector" else "halfvec_ip_ops"
        index = f"{table}_{kind}_hnsw"
        conn.execute(f"DROP INDEX IF EXISTS {index}")
        started = time.perf_counter()
        conn.execute(f"CREATE INDEX {index} ON {table} USING hnsw ({column} {ops}) WITH (m = 16, ef_construction = 64)")
        build = time.perf_counter() - started
        cast = "%s::vector" if kind == "vector" else f"%s::vector::halfvec({dim})"
        sql = f"SELECT id FROM {table} ORDER BY {column} <#> {cast} LIMIT 10"
        results[f"hnsw_{kind}"] = {"build_s": round(build, 1), "index_mb": _mb(conn, f"pg_relation_size('{index}')"),
                                   "m": 16, "ef_construction": 64, "sweep": _sweep(conn, sql, queries, truth)}
        print({f"hnsw_{kind}": results[f"hnsw_{kind}"]}, flush=True)
        conn.execute(f"DROP INDEX {index}")  # one index at a time: the planner must not pick the other
    few = queries[:20 if n <= 300_000 else 5]  # a full scan of 1M rows takes seconds: a few queries say enough
    exact = _timed(conn, f"SELECT id FROM {table} ORDER BY (embedding <#> %s::vector) + 0 LIMIT 10", few)
    results["exact_scan"] = {"search_p50_ms": round(statistics.median(exact[1]) * 1000, 1)}
    conn.execute(f"DROP TABLE {table}")
    return results


def _sweep(conn, sql: str, queries: np.ndarray, truth: np.ndarray) -> list[dict]:
    rows = []
    for ef in EF_SEARCHES:
        conn.execute(f"SET hnsw.ef_search = {ef}")
        found, latencies = _timed(conn, sql, queries)
        rows.append({"ef_search": ef, "search_p50_ms": round(statistics.median(latencies) * 1000, 2),
                     "search_p95_ms": p95_ms(latencies), "recall@10": round(recall(found, truth), 3)})
    return rows


def _timed(conn, sql: str, queries: np.ndarray) -> tuple[np.ndarray, list[float]]:
    found, latencies = [], []
    for query in queries:
        started = time.perf_counter()
        ids = [r[0] for r in conn.execute(sql, (query,)).fetchall()]
        latencies.append(time.perf_counter() - started)
        found.append(ids + [-1] * (10 - len(ids)))
    return np.array(found), latencies


def _mb(conn, expression: str) -> float:
    return round(conn.execute(f"SELECT {expression}").fetchone()[0] / 2**20, 1)
