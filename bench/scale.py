"""Synthetic scale benchmark: FAISS flat vs IVF vs HNSW, and BM25, at N chunks of the real dimension.

    python -m bench.scale --n 100000 [--dim 768] [--queries 200]

Vectors are clustered Gaussians (like real embeddings, unlike uniform noise); recall@10 is measured against the
exact flat index. Prints build time, p50 search latency, memory of the index, and recall@10 per index type.
"""
from __future__ import annotations

import argparse
import json
import statistics
import time

import faiss
import numpy as np


def clustered_vectors(n: int, dim: int, seed: int = 0) -> np.ndarray:
    rng = np.random.default_rng(seed)
    centres = rng.standard_normal((max(16, n // 500), dim)).astype(np.float32)
    vectors = centres[rng.integers(0, len(centres), n)] + 0.6 * rng.standard_normal((n, dim)).astype(np.float32)
    faiss.normalize_L2(vectors)
    return vectors


def _ivf(dim: int, lists: int) -> faiss.Index:
    quantizer = faiss.IndexFlatIP(dim)
    index = faiss.IndexIVFFlat(quantizer, dim, lists, faiss.METRIC_INNER_PRODUCT)
    return index


def timed_search(index: faiss.Index, queries: np.ndarray, k: int = 10) -> tuple[np.ndarray, float]:
    latencies, found = [], []
    for query in queries:
        started = time.perf_counter()
        _, ids = index.search(query.reshape(1, -1), k)
        latencies.append(time.perf_counter() - started)
        found.append(ids[0])
    return np.array(found), statistics.median(latencies) * 1000


def recall(found: np.ndarray, truth: np.ndarray) -> float:
    return float(np.mean([len(set(f) & set(t)) / len(t) for f, t in zip(found, truth)]))


def run(n: int, dim: int, n_queries: int) -> dict:
    data = clustered_vectors(n, dim)
    queries = clustered_vectors(n_queries, dim, seed=1)
    results = {}
    builders = {
        "flat": lambda: faiss.IndexFlatIP(dim),
        "ivf": lambda: _ivf(dim, int(4 * np.sqrt(n))),
        "hnsw": lambda: faiss.IndexHNSWFlat(dim, 32, faiss.METRIC_INNER_PRODUCT),
    }
    truth = None
    for name, make in builders.items():
        index = make()
        started = time.perf_counter()
        if name == "ivf":
            index.train(data[: min(n, 50_000)])
            index.nprobe = 32
        if name == "hnsw":
            index.hnsw.efConstruction = 80
        index.add(data)
        build = time.perf_counter() - started
        if name == "hnsw":
            index.hnsw.efSearch = 128
        found, p50 = timed_search(index, queries)
        truth = found if name == "flat" else truth
        results[name] = {"build_s": round(build, 1), "search_p50_ms": round(p50, 2),
                         "recall@10": round(recall(found, truth), 3),
                         "memory_mb": round(faiss.serialize_index(index).nbytes / 2**20, 1)}
    results["bm25"] = bm25_at_scale(n)
    return results


def bm25_at_scale(n: int) -> dict:
    import bm25s

    rng = np.random.default_rng(2)
    vocabulary = [f"w{i}" for i in range(50_000)]
    ranks = rng.zipf(1.3, size=(n, 60)) % len(vocabulary)
    corpus = [[vocabulary[i] for i in row] for row in ranks]
    started = time.perf_counter()
    retriever = bm25s.BM25()
    retriever.index(corpus, show_progress=False)
    build = time.perf_counter() - started
    latencies = []
    for row in ranks[:50]:
        started = time.perf_counter()
        retriever.get_scores([vocabulary[i] for i in row[:6]])
        latencies.append(time.perf_counter() - started)
    return {"build_s": round(build, 1), "score_all_p50_ms": round(statistics.median(latencies) * 1000, 2)}


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.scale", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=100_000)
    parser.add_argument("--dim", type=int, default=768)
    parser.add_argument("--queries", type=int, default=200)
    args = parser.parse_args()
    print(json.dumps({"n": args.n, "dim": args.dim, **run(args.n, args.dim, args.queries)}, indent=2))


if __name__ == "__main__":
    main()
