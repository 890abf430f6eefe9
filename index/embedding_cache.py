"""Embeddings cached by content hash, with a read-only seed layer shipped in the repository.

Lookup order for a text: the writable cache (float32, per model fingerprint), then the seed (float16, shipped
under index/seed/<name>/<fingerprint>/ for the default corpus), then the model. A seed is used only when its
folder carries the running model's fingerprint and one of its vectors, re-embedded now, still agrees (cos >= 0.99):
an export that gives other vectors is caught, and its texts are embedded instead. Anything embedded is written to
the writable cache, so a rebuild embeds only new texts.

Generic over a list of texts (chunks, sentences, ...): give each kind its own cache folder and seed name.

Example:
    >>> vectors, new, cached = embed_with_cache(settings.index_dir / "embeddings", texts, embedder, progress=False)
    >>> export_seed(texts, embedder, settings.index_dir / "embeddings")      # python -m index export-seed
"""
from __future__ import annotations

import hashlib
import json
import os
import sys
from pathlib import Path
from typing import Callable, Protocol

import numpy as np
from tqdm import tqdm

SEED_ROOT = Path(__file__).resolve().parent / "seed"
SEED_AGREEMENT = 0.99  # float16 storage costs ~1e-4 of cosine; a different encoder costs far more
BATCH = 16


class EmbeddingStore(Protocol):
    """Where computed vectors are kept: a folder (embedded backend) or a database table (postgres backend)."""

    def get(self, keys: list[str]) -> dict[str, np.ndarray]: ...

    def put(self, vectors: dict[str, np.ndarray]) -> None: ...


def content_key(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:24]


class FolderStore:
    """keys.json + vectors.npy (float32) in one folder per model fingerprint, replaced atomically."""

    def __init__(self, folder: Path):
        self.folder = folder
        folder.mkdir(parents=True, exist_ok=True)
        self.known = _read_folder(folder, "vectors.npy")

    def get(self, keys: list[str]) -> dict[str, np.ndarray]:
        return {k: self.known[k] for k in keys if k in self.known}

    def put(self, vectors: dict[str, np.ndarray]) -> None:
        self.known.update(vectors)
        keys = list(self.known)
        tmp_vectors, tmp_keys = self.folder / "vectors.tmp.npy", self.folder / "keys.tmp.json"
        np.save(tmp_vectors, np.stack([self.known[k] for k in keys]).astype(np.float32))
        tmp_keys.write_text(json.dumps(keys))
        os.replace(tmp_vectors, self.folder / "vectors.npy")
        os.replace(tmp_keys, self.folder / "keys.json")


class LayeredStore:
    """A writable store in front of read-only ones (e.g. the database in front of this machine's cache folder);
    vectors found behind are copied to the front, so the front store ends up complete."""

    def __init__(self, front: EmbeddingStore, *behind: EmbeddingStore):
        self.front, self.behind = front, behind

    def get(self, keys: list[str]) -> dict[str, np.ndarray]:
        found = self.front.get(keys)
        copied: dict[str, np.ndarray] = {}
        for store in self.behind:
            copied.update(store.get([k for k in keys if k not in found and k not in copied]))
        if copied:
            self.front.put(copied)
        return {**found, **copied}

    def put(self, vectors: dict[str, np.ndarray]) -> None:
        self.front.put(vectors)


def seed_folder(name: str, fingerprint: str, root: Path = SEED_ROOT) -> Path:
    return root / name / fingerprint


def read_seed(folder: Path) -> dict[str, np.ndarray]:
    """The shipped vectors (float16 -> float32); empty when there is no seed for this model."""
    return {k: v.astype(np.float32) for k, v in _read_folder(folder, "vectors.f16.npy").items()}


def embed_with_cache(cache: Path | EmbeddingStore, texts: list, embedder, progress: bool = True,
                     seed: str = "chunks", encode: Callable[[list[str]], np.ndarray] | None = None,
                     seed_root: Path = SEED_ROOT) -> tuple[np.ndarray, int, int]:
    """Vectors for all texts (or objects with a .text); returns (matrix, newly embedded, from cache or seed)."""
    texts = [getattr(t, "text", t) for t in texts]
    store = FolderStore(cache / embedder.fingerprint) if isinstance(cache, Path) else cache
    encode = encode or embedder.encode_documents
    keys = [content_key(t) for t in texts]
    known = store.get(list(dict.fromkeys(keys)))
    missing = {k: t for k, t in zip(keys, texts) if k not in known}
    if missing:
        seeded = _from_seed(seed_folder(seed, embedder.fingerprint, seed_root), missing, encode)
        if seeded:
            store.put(seeded)  # checked once: later builds find them in the cache
            known.update(seeded)
    # Shortest first: a batch pads to its longest text, so similar lengths together waste the least work.
    todo = sorted(((k, t) for k, t in missing.items() if k not in known), key=lambda kt: (len(kt[1]), kt[0]))
    bar = tqdm(total=len(todo), desc=f"embedding {seed}", unit="text", disable=not progress or not todo)
    fresh: dict[str, np.ndarray] = {}
    for i in range(0, len(todo), BATCH):
        part = todo[i:i + BATCH]
        fresh.update(zip((k for k, _ in part), encode([t for _, t in part])))
        bar.update(len(part))
        if (i // BATCH) % 8 == 7:
            store.put(fresh)  # a killed build keeps what it embedded
            known.update(fresh)
            fresh = {}
    bar.close()
    if fresh:
        store.put(fresh)
        known.update(fresh)
    dim = getattr(embedder, "dim", 0)
    matrix = np.stack([known[k] for k in keys]).astype(np.float32) if keys else np.zeros((0, dim), np.float32)
    return matrix, len(todo), len(texts) - len(todo)


def _from_seed(folder: Path, missing: dict[str, str], encode) -> dict[str, np.ndarray]:
    seeded = read_seed(folder)
    usable = {k: seeded[k] for k in missing if k in seeded}
    if not usable:
        return {}
    probe = next(iter(usable))
    agreement = float(encode([missing[probe]])[0] @ usable[probe])
    if agreement < SEED_AGREEMENT:
        print(f"[index] the shipped vectors in {folder} disagree with this encoder (cos {agreement:.3f}): "
              "embedding instead.", file=sys.stderr)
        return {}
    return usable


def export_seed(texts: list, embedder, cache: Path | EmbeddingStore, seed: str = "chunks",
                seed_root: Path = SEED_ROOT) -> Path:
    """Write the vectors of `texts` (embedding what the cache lacks) as the shipped float16 seed."""
    texts = [getattr(t, "text", t) for t in texts]
    vectors, _, _ = embed_with_cache(cache, texts, embedder, progress=True, seed=seed, seed_root=seed_root)
    keys, order = [], []
    for i, key in enumerate(content_key(t) for t in texts):
        if key not in keys:
            keys.append(key)
            order.append(i)
    folder = seed_folder(seed, embedder.fingerprint, seed_root)
    folder.mkdir(parents=True, exist_ok=True)
    np.save(folder / "vectors.f16.npy", vectors[order].astype(np.float16))
    (folder / "keys.json").write_text(json.dumps(keys))
    (folder / "seed.json").write_text(json.dumps({"model_id": embedder.model_id, "fingerprint": embedder.fingerprint,
                                                  "texts": len(keys), "dtype": "float16"}, indent=2) + "\n")
    for other in folder.parent.iterdir():  # one seed per kind: the one for the running model
        if other != folder and other.is_dir():
            for path in other.iterdir():
                path.unlink()
            other.rmdir()
    return folder


def _read_folder(folder: Path, vectors_name: str) -> dict[str, np.ndarray]:
    try:
        keys = json.loads((folder / "keys.json").read_text())
        vectors = np.load(folder / vectors_name)
        if len(keys) != len(vectors):
            return {}
        return dict(zip(keys, vectors))
    except (FileNotFoundError, ValueError, OSError):
        return {}
