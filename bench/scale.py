"""Synthetic scale benchmark: FAISS flat vs IVF vs HNSW, and BM25, at N chunks of the real dimension.

    python -m bench.scale --n 1000000 [--dim 768] [--queries 200] [--skip hnsw] [--out bench/results/scale-1m.json]
    python -m bench.scale --backend postgres --n 100000     # pgvector HNSW (vector, halfvec) on the same data

Vectors come from a low-dimensional topic space mapped into the real dimension (see `Space`); queries are drawn
from the same space (a query is about something the corpus covers). recall@10 is measured against
the exact flat index. For IVF and HNSW the search knob (nprobe, efSearch) is swept, so the table shows the
cheapest setting that reaches a recall target. Prints build time, p50 search latency, index memory, recall@10.
"""
from __future__ import annotations

import argparse
import json
import statistics
import time
from dataclasses import dataclass
from pathlib import Path

import faiss
import numpy as np

from index.store import ivf_lists, ivf_training_sample, make_faiss_index

NPROBES = (8, 16, 32, 64, 128)
EF_SEARCHES = (32, 64, 128, 256)


LATENT_DIM = 48


@dataclass(frozen=True)
class Space:
    """A low-dimensional topic space mapped into the embedding dimension.

    Real text embeddings have a low intrinsic dimension, share one common direction (they are anisotropic) and
    shade continuously from topic to topic; isotropic clusters in 768-d would make every index look perfect.
    """
    topics: np.ndarray   # (T, LATENT_DIM) topic centres
    mapping: np.ndarray  # (LATENT_DIM, dim) random linear map into the embedding space
    shared: np.ndarray   # (dim,) common direction, added to every vector


def make_space(n: int, dim: int, rng: np.random.Generator) -> Space:
    topics = rng.standard_normal((max(8, n // 2_000), LATENT_DIM)).astype(np.float32)
    mapping = rng.standard_normal((LATENT_DIM, dim)).astype(np.float32) / np.sqrt(LATENT_DIM)
    shared = rng.standard_normal(dim).astype(np.float32)
    return Space(topics, mapping, 1.2 * shared / np.linalg.norm(shared))


def sample(space: Space, count: int, rng: np.random.Generator) -> np.ndarray:
    """`count` unit vectors: a topic plus a wide latent spread, mapped up, plus a little full-rank noise."""
    dim = space.mapping.shape[1]
    vectors = np.empty((count, dim), dtype=np.float32)
    for start in range(0, count, 100_000):
        stop = min(count, start + 100_000)
        latent = space.topics[rng.integers(0, len(space.topics), stop - start)]
        latent = latent + 0.8 * rng.standard_normal(latent.shape, dtype=np.float32)
        block = latent @ space.mapping + 0.3 * rng.standard_normal((stop - start, dim), dtype=np.float32)
        vectors[start:stop] = block + space.shared
    faiss.normalize_L2(vectors)
    return vectors


def timed_search(index: faiss.Index, queries: np.ndarray, k: int = 10) -> tuple[np.ndarray, float, float]:
    """One query at a time, as the chat asks them; returns ids and the p50 and p95 latency in ms."""
    latencies, found = [], []
    for query in queries:
        started = time.perf_counter()
        _, ids = index.search(query.reshape(1, -1), k)
        latencies.append(time.perf_counter() - started)
        found.append(ids[0])
    return np.array(found), statistics.median(latencies) * 1000, p95_ms(latencies)


def p95_ms(seconds: list[float]) -> float:
    ordered = sorted(seconds)
    return round(ordered[min(len(ordered) - 1, int(0.95 * (len(ordered) - 1) + 0.5))] * 1000, 2)


def recall(found: np.ndarray, truth: np.ndarray) -> float:
    return float(np.mean([len(set(f) & set(t)) / len(t) for f, t in zip(found, truth)]))


def index_memory_mb(index: faiss.Index) -> float:
    return round(faiss.serialize_index(index).nbytes / 2**20, 1)


def build_ivf(data: np.ndarray, encoding: str) -> faiss.Index:
    """IVF-flat exactly as the product builds it (index/store.py); IVF-SQ8 with the same lists and training."""
    if encoding == "flat":
        return make_faiss_index(data, "ivf")
    n, dim = data.shape
    lists = ivf_lists(n)
    index = faiss.IndexIVFScalarQuantizer(faiss.IndexFlatIP(dim), dim, lists, faiss.ScalarQuantizer.QT_8bit,
                                          faiss.METRIC_INNER_PRODUCT)
    index.train(ivf_training_sample(data, lists))
    index.add(data)
    return index


def sweep(index: faiss.Index, queries: np.ndarray, truth: np.ndarray, knob: str, values: tuple) -> list[dict]:
    rows = []
    for value in values:
        if knob == "nprobe":
            index.nprobe = value
        else:
            index.hnsw.efSearch = value
        found, p50, p95 = timed_search(index, queries)
        rows.append({knob: value, "search_p50_ms": round(p50, 2), "search_p95_ms": p95,
                     "recall@10": round(recall(found, truth), 3)})
    return rows


def run(n: int, dim: int, n_queries: int, skip: set[str], backend: str = "faiss") -> dict:
    space = make_space(n, dim, np.random.default_rng(0))
    data = sample(space, n, np.random.default_rng(1))
    queries = sample(space, n_queries, np.random.default_rng(2))

    flat = faiss.IndexFlatIP(dim)
    started = time.perf_counter()
    flat.add(data)
    results = {"flat": {"build_s": round(time.perf_counter() - started, 1)}}
    truth, p50, p95 = timed_search(flat, queries)
    results["flat"].update(search_p50_ms=round(p50, 2), search_p95_ms=p95, memory_mb=round(data.nbytes / 2**20, 1),
                           **{"recall@10": 1.0})
    del flat
    if backend == "postgres":
        from bench.scale_pg import run_postgres

        return {**results, **run_postgres(data, queries, truth, skip)}

    for encoding in ("flat", "sq8"):
        name = f"ivf_{encoding}"
        if name in skip:
            continue
        started = time.perf_counter()
        index = build_ivf(data, encoding)
        results[name] = {"build_s": round(time.perf_counter() - started, 1), "lists": index.nlist,
                         "memory_mb": index_memory_mb(index), "sweep": sweep(index, queries, truth, "nprobe", NPROBES)}
        del index
        print(json.dumps({name: results[name]}), flush=True)

    if "hnsw" not in skip:
        started = time.perf_counter()
        index = make_faiss_index(data, "hnsw")  # as the product builds it
        results["hnsw"] = {"build_s": round(time.perf_counter() - started, 1), "M": 32, "efConstruction": 80,
                           "memory_mb": index_memory_mb(index),
                           "sweep": sweep(index, queries, truth, "efSearch", EF_SEARCHES)}
        del index
        print(json.dumps({"hnsw": results["hnsw"]}), flush=True)
    del data
    if "bm25" not in skip:
        results["bm25"] = bm25_at_scale(n)
    return results


def bm25_at_scale(n: int) -> dict:
    """bm25s over n synthetic chunks of 60 Zipf-distributed terms; scoring every chunk for a 6-term query."""
    import bm25s

    rng = np.random.default_rng(2)
    vocabulary = [f"w{i}" for i in range(50_000)]
    ranks = rng.zipf(1.3, size=(n, 60)) % len(vocabulary)
    corpus = [[vocabulary[i] for i in row] for row in ranks]
    started = time.perf_counter()
    retriever = bm25s.BM25()
    retriever.index(corpus, show_progress=False)
    build = time.perf_counter() - started
    del corpus
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
    parser.add_argument("--skip", action="append", default=[],
                        help="ivf_flat, ivf_sq8, hnsw or bm25 (faiss); vector or halfvec (postgres)")
    parser.add_argument("--backend", choices=("faiss", "postgres"), default="faiss")
    parser.add_argument("--out", type=Path, help="also write the figures as JSON here")
    args = parser.parse_args()
    faiss.omp_set_num_threads(2)
    figures = {"n": args.n, "dim": args.dim, "queries": args.queries, "backend": args.backend,
               **run(args.n, args.dim, args.queries, set(args.skip), args.backend)}
    text = json.dumps(figures, indent=2)
    print(text)
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(text + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
