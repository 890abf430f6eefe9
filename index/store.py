"""The on-disk index: FAISS vectors + BM25 + chunks, with a manifest, built atomically and reused.

Layout under the index folder:
    builds/<build-id>/{manifest.json, chunks.jsonl, vectors.faiss, lexical/}
    CURRENT            the build id in use, replaced atomically once a build is complete
    embeddings/        cache of chunk embeddings by content hash, so a rebuild embeds only changed chunks

Example:
    >>> index = open_index(settings, corpus, embedder)        # builds on first use, then loads in ~0.1 s
    >>> index.manifest.n_chunks
    1043
"""
from __future__ import annotations

import fcntl
import json
import os
import shutil
import sys
import time
import uuid
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from pathlib import Path

import faiss
import numpy as np

from config import Settings
from corpus import Corpus
from corpus.chunking import CHUNKER_VERSION, chunk_units
from corpus.records import Chunk
from index.embedders import Embedder
from index.embedding_cache import embed_with_cache
from index.lexical import LexicalIndex

INDEX_FORMAT = "1"
APPROXIMATE_FROM_CHUNKS = 50_000  # below this, exact search costs a few ms: no reason to give up recall
IVF_NPROBE = 32  # recall@10 >= 0.99 at 100k and 1M synthetic chunks; 16 gives 0.961 at 100k (bench/figures/)
IVF_POINTS_PER_LIST = 39  # faiss's minimum of training points per IVF list
INDEX_TYPES = ("auto", "flat", "ivf", "hnsw")


class IndexError_(Exception):
    """An index that cannot be used as it is; the message says what to run."""


@dataclass(frozen=True)
class Manifest:
    format: str
    model_id: str
    model_fingerprint: str
    dim: int
    chunker_version: str
    corpus_hash: str
    index_type: str
    n_chunks: int
    built_at: str
    build_seconds: float
    embedded_new: int
    embedded_cached: int

    def matches(self, expected: dict) -> list[str]:
        """The manifest fields that differ from what the current corpus and model need."""
        return [k for k, v in expected.items() if getattr(self, k) != v]


@dataclass
class SearchIndex:
    manifest: Manifest
    chunks: list[Chunk]
    vectors: faiss.Index
    lexical: LexicalIndex
    folder: Path

    @property
    def backend(self):
        """This build as a SearchBackend (index/backends/embedded.py), made once."""
        if "_backend" not in self.__dict__:
            from index.backends.embedded import EmbeddedBackend

            self.__dict__["_backend"] = EmbeddedBackend(self)
        return self.__dict__["_backend"]

    def chunk(self, chunk_id: str) -> Chunk:
        if "_chunk_by_id" not in self.__dict__:  # built on first use: a loaded build never changes
            self.__dict__["_chunk_by_id"] = {c.chunk_id: c for c in self.chunks}
        return self.__dict__["_chunk_by_id"][chunk_id]

    def refresh(self, force: bool = False) -> "SearchIndex":
        """The index to serve now: a loaded build never changes (a rebuild is picked up by reloading)."""
        return self

    def dense_search(self, query_vector: np.ndarray, k: int,
                     allowed: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
        """(chunk positions, cosine scores) of the k nearest chunks; only chunks in `allowed` (positions) if given.

        A filter goes into the search itself: an approximate index visits only part of the vectors, so
        searching first and filtering after would miss a small letter's chunks.
        """
        k = min(k, len(self.chunks) if allowed is None else len(allowed))
        if k == 0:
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32)
        params = None
        if allowed is not None:
            allowed = np.asarray(allowed, dtype=np.int64)
            if isinstance(self.vectors, faiss.IndexHNSW):  # a graph walk finds few of a small letter's chunks
                cosines = self.vectors.reconstruct_batch(allowed) @ query_vector.astype(np.float32)
                order = np.argsort(-cosines)[:k]
                return allowed[order], cosines[order]
            selector = faiss.IDSelectorBatch(allowed)
            if isinstance(self.vectors, faiss.IndexIVF):
                params = faiss.SearchParametersIVF(sel=selector, nprobe=self.vectors.nlist)
            else:
                params = faiss.SearchParameters(sel=selector)
        scores, ids = self.vectors.search(query_vector.reshape(1, -1).astype(np.float32), k, params=params)
        keep = ids[0] >= 0
        return ids[0][keep], scores[0][keep]


def expected_manifest(settings: Settings, corpus: Corpus, embedder: Embedder) -> dict:
    return {
        "format": INDEX_FORMAT,
        "model_fingerprint": embedder.fingerprint,
        "chunker_version": CHUNKER_VERSION,
        "corpus_hash": corpus.content_hash,
    }


def open_index(settings: Settings, corpus: Corpus, embedder: Embedder, rebuild: bool = True,
               progress: bool = True) -> SearchIndex:
    """Load the current index; build it when missing, stale (corpus, model or chunker changed) or corrupt."""
    root = settings.index_dir
    expected = expected_manifest(settings, corpus, embedder)
    problem = None
    try:
        index = load_current(root)
        differs = index.manifest.matches(expected)
        if not differs:
            return index
        problem = f"index at {root} is stale ({', '.join(differs)} changed)"
    except FileNotFoundError:
        problem = f"no index at {root} yet"
    except IndexError_ as error:
        problem = str(error)
    if not rebuild:
        raise IndexError_(f"{problem}; run 'python -m index build' to rebuild.")
    print(f"[index] {problem}: building it now.", file=sys.stderr)
    return build_index(settings, corpus, embedder, progress=progress)


def load_current(root: Path) -> SearchIndex:
    current = root / "CURRENT"
    build_id = current.read_text().strip()  # FileNotFoundError when never built
    folder = root / "builds" / build_id
    try:
        manifest = Manifest(**json.loads((folder / "manifest.json").read_text()))
        chunks = [Chunk(**_tuples(json.loads(line))) for line in (folder / "chunks.jsonl").read_text().splitlines()]
        vectors = faiss.read_index(str(folder / "vectors.faiss"))
        lexical = LexicalIndex.load(folder / "lexical")
    except Exception as error:  # any unreadable part means the build cannot be trusted
        raise IndexError_(f"index build {folder} is unreadable ({type(error).__name__}: {error})") from error
    if vectors.ntotal != len(chunks) or len(chunks) != manifest.n_chunks:
        raise IndexError_(f"index build {folder} is inconsistent ({vectors.ntotal} vectors, {len(chunks)} chunks)")
    return SearchIndex(manifest, chunks, vectors, lexical, folder)


def _tuples(record: dict) -> dict:
    return {k: tuple(v) if isinstance(v, list) else v for k, v in record.items()}


@contextmanager
def _build_lock(root: Path):
    root.mkdir(parents=True, exist_ok=True)
    with open(root / ".lock", "w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def build_index(settings: Settings, corpus: Corpus, embedder: Embedder, progress: bool = True) -> SearchIndex:
    """Chunk, embed (reusing cached embeddings), and write a new build; switch CURRENT to it when complete."""
    root = settings.index_dir
    with _build_lock(root):
        started = time.perf_counter()
        chunks = chunk_units(corpus.units, embedder.count_tokens)
        vectors, new, cached = embed_with_cache(root / "embeddings", chunks, embedder, progress)
        manifest = {"model_id": embedder.model_id, "model_fingerprint": embedder.fingerprint,
                    "corpus_hash": corpus.content_hash, "embedded_new": new, "embedded_cached": cached,
                    "index_type": choose_index_type(settings.index_type, len(chunks))}
        final = write_build(root, chunks, vectors, manifest, started)
        print(f"[index] built {len(chunks)} chunks ({new} embedded, {cached} from cache) "
              f"in {time.perf_counter() - started:.1f} s -> {final}", file=sys.stderr)
    return load_current(root)


def write_build(root: Path, chunks: list[Chunk], vectors: np.ndarray, fields: dict, started: float) -> Path:
    """Write chunks, vectors and BM25 as a new build folder; point CURRENT at it once it is complete."""
    # The random tail keeps two builds of one process within one second apart (a fast rebuild does that).
    build_id = f"{time.strftime('%Y%m%d-%H%M%S')}-{os.getpid()}-{uuid.uuid4().hex[:6]}"
    staging = root / "builds" / f".{build_id}.partial"
    staging.mkdir(parents=True)
    index_type = fields.get("index_type") or choose_index_type("auto", len(chunks))
    faiss.write_index(make_faiss_index(vectors, index_type), str(staging / "vectors.faiss"))
    with (staging / "chunks.jsonl").open("w", encoding="utf-8") as out:
        for chunk in chunks:
            out.write(json.dumps(asdict(chunk), ensure_ascii=False) + "\n")
    (staging / "lexical").mkdir()
    LexicalIndex.build([c.text for c in chunks]).save(staging / "lexical")
    manifest = Manifest(
        format=INDEX_FORMAT, model_id=fields["model_id"], model_fingerprint=fields["model_fingerprint"],
        dim=int(vectors.shape[1]), chunker_version=CHUNKER_VERSION, corpus_hash=fields["corpus_hash"],
        index_type=index_type, n_chunks=len(chunks), built_at=time.strftime("%Y-%m-%dT%H:%M:%S"),
        build_seconds=round(time.perf_counter() - started, 2), embedded_new=fields.get("embedded_new", 0),
        embedded_cached=fields.get("embedded_cached", 0),
    )
    (staging / "manifest.json").write_text(json.dumps(asdict(manifest), indent=2))
    final = root / "builds" / build_id
    staging.rename(final)
    _write_atomically(root / "CURRENT", build_id)
    _remove_old_builds(root / "builds", keep=build_id)
    return final


def choose_index_type(setting: str, n_chunks: int) -> str:
    """'flat' (exact) below APPROXIMATE_FROM_CHUNKS chunks, 'ivf' from there on; an explicit setting wins.

    IVF over HNSW by the scale benchmark (README, "How far one machine goes"): at 1M chunks both reach
    recall@10 >= 0.95 in a few ms, but IVF builds faster, needs less memory and can be compressed (SQ8).
    """
    if setting not in INDEX_TYPES:
        raise IndexError_(f"Unknown index type '{setting}'; use one of: {', '.join(INDEX_TYPES)}.")
    if setting == "ivf" and n_chunks < IVF_POINTS_PER_LIST:  # too few vectors to train even one list
        return "flat"
    if setting != "auto":
        return setting
    return "ivf" if n_chunks >= APPROXIMATE_FROM_CHUNKS else "flat"


def make_faiss_index(vectors: np.ndarray, index_type: str) -> faiss.Index:
    n, dim = vectors.shape
    if index_type == "hnsw":
        index = faiss.IndexHNSWFlat(dim, 32, faiss.METRIC_INNER_PRODUCT)
        index.hnsw.efConstruction = 80
        index.hnsw.efSearch = 64
    elif index_type == "ivf":
        lists = ivf_lists(n)
        index = faiss.IndexIVFFlat(faiss.IndexFlatIP(dim), dim, lists, faiss.METRIC_INNER_PRODUCT)
        index.train(ivf_training_sample(vectors, lists))
        index.nprobe = min(IVF_NPROBE, lists)
    else:
        index = faiss.IndexFlatIP(dim)
    index.add(vectors)
    return index


def ivf_lists(n: int) -> int:
    """4·√n lists, as far as n allows enough training points per list."""
    return max(1, min(int(4 * np.sqrt(n)), n // IVF_POINTS_PER_LIST))


def ivf_training_sample(vectors: np.ndarray, lists: int) -> np.ndarray:
    """A fixed random sample of 40 vectors per list (k-means needs no more)."""
    return vectors[np.random.default_rng(0).permutation(len(vectors))[: 40 * lists]]


def _write_atomically(path: Path, text: str) -> None:
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.write_text(text)
    with open(tmp) as handle:
        os.fsync(handle.fileno())
    os.replace(tmp, path)


def _remove_old_builds(builds: Path, keep: str) -> None:
    for folder in builds.iterdir():
        if folder.name != keep and not folder.name.startswith("."):
            shutil.rmtree(folder, ignore_errors=True)
        elif folder.name.endswith(".partial") and folder.name != f".{keep}.partial":
            shutil.rmtree(folder, ignore_errors=True)
